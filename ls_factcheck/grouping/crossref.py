"""Write claim groups and contradiction hints into tasks, for the reviewer and the Data Manager.

A grouped claim's region meta gets a readable line ("also in: outlet, article title") and the
siblings as data (``also_in``, ``contradictions``); the task data gets ``claim_groups`` (claim id
→ siblings by article id and claim id) and two counts that become Data Manager columns. Used by
``/predict`` and by the bulk import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ls_factcheck.grouping.compare import ClaimRecord, Sibling, records_from_result, siblings
from ls_factcheck.grouping.claim_index import ClaimIndex
from ls_factcheck.labels import CLAIM
from ls_factcheck.schema import LabelResult, RegionMeta, Task
from ls_factcheck.studio.results import base_prediction

def task_records(task: Task, task_id: int | None = None) -> list[ClaimRecord]:
    """The claims of the task's first prediction, read once per task and prediction: an import
    groups a task and then looks its claims up in the memory, and both read them from here."""
    if not task.predictions:
        return []
    first = task.predictions[0]
    cached = task._claim_records  # (prediction, its number of regions, task id, records)
    if cached is not None and cached[0] is first and cached[1:3] == (len(first.result), task_id):
        return list(cached[3])  # the same prediction, not added to since: read already
    # Only the first prediction's regions are read: dumping the whole task would copy the article too.
    result = first.model_dump(mode="json", include={"result"})["result"]
    records = records_from_result(result, task.data.article_id, task.data.outlet, task.data.title, task_id)
    task._claim_records = (first, len(first.result), task_id, tuple(records))
    return records


def stored_records(task: Mapping) -> list[ClaimRecord] | None:
    """Claims of a task as Label Studio returns it, from its pre-annotation; None if it has none."""
    prediction = base_prediction(task.get("predictions") or [])
    if prediction is None:
        return None
    data = task.get("data") or {}
    return records_from_result(prediction.get("result") or [], str(data.get("article_id") or f"task-{task['id']}"),
                               str(data.get("outlet") or ""), str(data.get("title") or ""), task.get("id"))


def describe(record: ClaimRecord) -> str:
    return ", ".join(part for part in (record.outlet or record.article_id, record.title) if part)


def apply_groups(targets: Sequence[Task], context: Iterable[ClaimRecord] = (),
                 target_ids: Sequence[int | None] | None = None,
                 further_back: ClaimIndex | None = None) -> list[list[ClaimRecord]]:
    """Mark every claim of ``targets`` with its siblings among ``targets`` and ``context``, and
    those ``further_back`` finds by figure or wording (after them).

    Returns the claim records of each target, for callers that keep them as context.
    """
    ids = list(target_ids) if target_ids is not None else [None] * len(targets)
    own = [task_records(task, task_id) for task, task_id in zip(targets, ids)]
    pool = [r for records in own for r in records]
    seen = {r.article_id for r in pool}
    pool += [r for r in context if r.article_id not in seen]
    found = siblings(pool, [r for records in own for r in records])  # one pass: the pool is indexed once
    if further_back is not None:
        for record in (r for records in own for r in records):
            known = {s.record.key for s in found[record.key]}
            found[record.key] += [s for s in further_back.siblings(record) if s.record.key not in known]
    for task, records in zip(targets, own):
        mark_task(task, {record.claim_id: found[record.key] for record in records})
    return own


def mark_task(task: Task, groups: Mapping[str, list[Sibling]]) -> None:
    groups = {claim_id: found for claim_id, found in groups.items() if found}
    for prediction in task.predictions:
        for item in prediction.result:
            if isinstance(item, LabelResult) and item.value.labels == [CLAIM] and item.id in groups:
                _mark_region(item, groups[item.id])
    setattr(task.data, "claim_groups", {
        claim_id: [{"article_id": s.record.article_id, "claim_id": s.record.claim_id, "outlet": s.record.outlet,
                    "title": s.record.title, **({"task": s.record.task_id} if s.record.task_id else {})}
                   for s in found]
        for claim_id, found in groups.items()
    })
    setattr(task.data, "grouped_claims", len(groups))
    setattr(task.data, "figure_conflicts", sum(any(s.contradictions for s in found) for found in groups.values()))


def _mark_region(region: LabelResult, found: list[Sibling]) -> None:
    meta = region.meta or RegionMeta()
    articles = list(dict.fromkeys(describe(s.record) for s in found))
    lines = ["also in: " + "; ".join(articles)]
    hints = list(dict.fromkeys(c.describe(s.record.outlet or s.record.article_id) for s in found for c in s.contradictions))
    lines += hints
    text = "; ".join(meta.text + lines) if meta.text else "; ".join(lines)
    extras = dict(meta.model_extra or {})
    extras["also_in"] = [{"article_id": s.record.article_id, "claim_id": s.record.claim_id, "outlet": s.record.outlet,
                          "title": s.record.title, "reason": s.reason} for s in found]
    if hints:
        extras["contradictions"] = [{"article_id": s.record.article_id, "claim_id": s.record.claim_id,
                                     "unit": c.unit, "here": c.here, "there": c.there}
                                    for s in found for c in s.contradictions]
    region.meta = RegionMeta(text=[text], **extras)
