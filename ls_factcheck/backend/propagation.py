"""Offer a reviewer's verdict on a claim to the same claim in the other articles of the project.

When an annotation with verdicts is saved, each sibling claim (``grouping.compare``) in a task
that no human has annotated gets a suggestion: one prediction per task with the model version
``ls-factcheck:propagated``, holding the task's pre-annotation plus, on each sibling claim, the
verdict, the evidence and the notes copied, and region meta naming the source task, annotation
and claim. The suggestion is a prediction, so a reviewer accepts or edits it like any other.

Rules that keep it safe to run on every webhook:

- a task with any annotation (submitted, skipped or updated) is never touched;
- the wanted suggestion is computed from scratch and compared with the stored one: the same
  webhook twice, or an unchanged re-save, writes nothing; a changed verdict updates the one
  prediction in place; a withdrawn verdict removes it from the suggestion;
- suggestions from other source tasks in the same prediction are kept; for one sibling claim
  the latest source wins.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from label_studio_sdk import LabelStudio

from ls_factcheck.backend.predictor import Predictor, article_from_task_data
from ls_factcheck.backend.project_index import claim_records
from ls_factcheck.backend.task_data import update_task_data
from ls_factcheck.grouping.compare import ClaimRecord, compare, content_stems
from ls_factcheck.labels import CLAIM
from ls_factcheck.schema import PROPAGATED_VERSION
from ls_factcheck.studio.project_tasks import plain, project_tasks
from ls_factcheck.studio.results import ReviewedClaim, annotation_view, base_prediction, verdict_items
from ls_factcheck.studio.suggestions import put_suggestion
from ls_factcheck.studio.views import PROGRESS_DECIDED, PROGRESS_OPEN

ANNOTATION_ACTIONS = ("ANNOTATION_CREATED", "ANNOTATION_UPDATED")


@dataclass(frozen=True)
class VerdictOrigin:
    """The reviewed task a suggested verdict was copied from."""

    task_id: int
    annotation_id: int | None
    article_id: str
    outlet: str
    title: str


@dataclass
class PropagationReport:
    reviewed: int = 0
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    human_annotated: list[int] = field(default_factory=list)
    progress: tuple[int, int] | None = None  # (decided, open) written into the reviewed task's data


def suggestion_items(region: Mapping, claim: ReviewedClaim, origin: VerdictOrigin) -> list[dict]:
    """The sibling's claim region marked as propagated, and its verdict, evidence and notes."""
    marked = copy.deepcopy(dict(region))
    meta = dict(marked.get("meta") or {})
    verdict = claim.region.verdict
    line = (f"suggested verdict: {verdict} (propagated from task {origin.task_id}: "
            f"{', '.join(p for p in (origin.outlet, origin.title) if p)})")
    meta["text"] = ["; ".join([*(meta.get("text") or [])[:1], line])]
    meta["propagated_from"] = {"task": origin.task_id, "annotation": origin.annotation_id,
                               "article_id": origin.article_id, "claim_id": claim.region.id, "verdict": verdict}
    marked["meta"] = meta
    return [marked, *verdict_items(region, verdict, claim.region.evidence, claim.region.notes, origin="prediction")]


def wanted_result(base: Sequence[Mapping], existing: Sequence[Mapping] | None,
                  new: Mapping[str, tuple[ReviewedClaim, VerdictOrigin]], source_task: int) -> list[dict]:
    """The propagated prediction's result: ``base`` with every standing suggestion on it.

    Suggestions in ``existing`` from other source tasks stay; those from ``source_task`` are
    replaced by ``new`` (sibling claim id → the reviewed claim and where it came from).
    """
    kept: dict[str, list[dict]] = {}
    for item in existing or ():
        origin = ((item.get("meta") or {}).get("propagated_from") or {})
        if origin and origin.get("task") != source_task:
            kept[str(item["id"])] = [dict(i) for i in existing if str(i.get("id")) == str(item["id"])]
    result: list[dict] = []
    added: list[dict] = []
    for item in base:
        region_id = str(item.get("id", ""))
        if region_id in new and (item.get("value") or {}).get("labels") == [CLAIM]:
            claim, origin = new[region_id]
            marked, *items = suggestion_items(item, claim, origin)
            result.append(marked)
            added += items
        elif region_id in kept and (item.get("value") or {}).get("labels") == [CLAIM]:
            marked, *items = kept[region_id]
            result.append(marked)
            added += items
        else:
            result.append(dict(item))
    return result + added


def has_suggestions(result: Sequence[Mapping]) -> bool:
    return any((item.get("meta") or {}).get("propagated_from") for item in result)


class Propagator:
    """Applies verdict propagation for one project through the Label Studio API."""

    def __init__(self, client: LabelStudio, predictor: Predictor) -> None:
        self.client = client
        self.predictor = predictor
        # webhooks arrive concurrently; two writers on one task would both create a prediction
        self._lock = threading.Lock()

    def handle(self, project_id: int, task_id: int, annotation: Mapping) -> PropagationReport:
        with self._lock:
            return self._handle(project_id, task_id, annotation)

    def handle_saved(self, project_id: int, task_id: int, annotation_id: int) -> PropagationReport:
        """Propagate the annotation as Label Studio stores it, whatever a webhook body said of it."""
        annotation = plain(self.client.annotations.get(id=annotation_id))
        if annotation.get("task") != task_id:
            raise ValueError(f"annotation {annotation_id} does not belong to task {task_id}")
        return self.handle(project_id, task_id, annotation)

    def _handle(self, project_id: int, task_id: int, annotation: Mapping) -> PropagationReport:
        report = PropagationReport()
        view = annotation_view(annotation)
        reviewed = [] if annotation.get("was_cancelled") else view.claims
        report.reviewed = len(reviewed)
        tasks = {task["id"]: task for task in project_tasks(self.client, project_id)}
        source_task = tasks.get(task_id)
        if source_task is None:
            return report
        data = source_task.get("data") or {}
        report.progress = None if annotation.get("was_cancelled") else self._record_progress(project_id, task_id, view.progress)
        origin = VerdictOrigin(task_id, annotation.get("id"), str(data.get("article_id") or f"task-{task_id}"),
                               str(data.get("outlet") or ""), str(data.get("title") or ""))
        records = claim_records(list(tasks.values()), self.predictor)
        source_records = {r.claim_id: r for r in records if r.task_id == task_id}
        story = next(iter(source_records.values())).story if source_records else None

        new: dict[int, dict[str, tuple[ReviewedClaim, VerdictOrigin]]] = {}
        for claim in reviewed:
            region = claim.region
            mine = source_records.get(region.id) or ClaimRecord(
                origin.article_id, region.id, region.text, region.start, region.end,
                content_stems(region.text), outlet=origin.outlet, title=origin.title, task_id=task_id, story=story)
            for other in records:
                if other.task_id not in (None, task_id) and compare(mine, other):
                    new.setdefault(other.task_id, {}).setdefault(other.claim_id, (claim, origin))

        standing = {tid for tid, task in tasks.items() if tid != task_id and any(
            p.get("model_version") == PROPAGATED_VERSION
            and any(((i.get("meta") or {}).get("propagated_from") or {}).get("task") == task_id for i in p.get("result") or [])
            for p in task.get("predictions") or [])}
        for sibling_id in sorted(set(new) | standing):
            self._apply(project_id, tasks[sibling_id], new.get(sibling_id, {}), task_id, report)
        return report

    def _record_progress(self, project_id: int, task_id: int, progress: tuple[int, int]) -> tuple[int, int]:
        """Write how many of the article's claims are decided and open into its data, for the Data
        Manager's columns and queue; computed from the annotation as Label Studio stores it."""
        decided, still_open = progress
        update_task_data(self.client, project_id, task_id, lambda _: {PROGRESS_DECIDED: decided, PROGRESS_OPEN: still_open})
        return decided, still_open

    def _apply(self, project_id: int, task: Mapping, new: Mapping[str, tuple[ReviewedClaim, VerdictOrigin]], source_task: int,
               report: PropagationReport) -> None:
        task_id = task["id"]
        if list(self.client.annotations.list(id=task_id)):
            report.human_annotated.append(task_id)
            return
        predictions = [plain(p) for p in self.client.predictions.list(task=task_id)]
        existing = next((p for p in predictions if p.get("model_version") == PROPAGATED_VERSION), None)
        base = base_prediction(predictions)
        if base is not None:
            base_result = base.get("result") or []
        else:
            built = self.predictor.tasks([article_from_task_data(task.get("data") or {}, task_id)])[0]
            base_result = built.model_dump(mode="json", exclude_none=True)["predictions"][0]["result"]
        wanted = wanted_result(base_result, existing.get("result") if existing else None, new, source_task)
        outcome = put_suggestion(self.client, project_id, task_id, PROPAGATED_VERSION,
                                 wanted if has_suggestions(wanted) else None, predictions,
                                 base.get("score") if base else None)
        done = {"created": report.created, "updated": report.updated, "removed": report.removed,
                "unchanged": report.unchanged}
        if outcome in done:
            done[outcome].append(task_id)
