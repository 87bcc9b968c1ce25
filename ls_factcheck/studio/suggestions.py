"""A task's one prediction of a given model version, kept equal to what it should hold.

The plugin's suggestions (propagated verdicts, verdicts from the memory) are each one prediction
per task, told apart by model version. Both are recomputed from scratch and written only when
they differ from the stored one, so the same event twice writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from label_studio_sdk import LabelStudio


def put_suggestion(client: LabelStudio, project_id: int, task_id: int, version: str, result: list[dict] | None,
                   predictions: Sequence[Mapping], score: float | None = None) -> str:
    """Make the task's prediction of ``version`` hold ``result`` (None: have none).

    ``predictions`` are the task's stored predictions, as plain data. Returns what was done:
    "created", "updated", "removed", "unchanged", or "none" (nothing wanted, nothing there).
    """
    existing = next((p for p in predictions if p.get("model_version") == version), None)
    if result is None:
        if existing is None:
            return "none"
        client.predictions.delete(existing["id"])
        return "removed"
    if existing is None:
        extra = {"score": score} if score is not None else {}
        client.predictions.create(task=task_id, project=project_id, result=result, model_version=version, **extra)
        return "created"
    if existing.get("result") != result:
        # the server validates a changed result against the project's interface: name both
        client.predictions.update(existing["id"], result=result, project=project_id, task=task_id)
        return "updated"
    return "unchanged"
