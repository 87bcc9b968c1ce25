"""What a reviewer does in Label Studio, done through the API for end-to-end tests."""

from __future__ import annotations

from label_studio_sdk import LabelStudio

from ls_factcheck.labels import CLAIM
from ls_factcheck.studio.results import verdict_items


def claim_regions(task) -> list[dict]:
    return [r for r in task.predictions[0].result
            if r.get("type") == "labels" and r["value"]["labels"] == [CLAIM]]


def review(client: LabelStudio, task, verdicts: dict[str, tuple[str, list[str], str]]) -> dict:
    """Accept the task's pre-annotations and give ``verdicts`` (claim region id → verdict, evidence, notes)."""
    result = [dict(item, origin="prediction") if item.get("type") == "labels" else dict(item)
              for item in task.predictions[0].result]
    by_id = {r["id"]: r for r in result if r.get("type") == "labels"}
    for region_id, (verdict, evidence, notes) in verdicts.items():
        result.extend(verdict_items(by_id[region_id], verdict, evidence, notes))
    annotation = client.annotations.create(id=task.id, result=result)
    return annotation
