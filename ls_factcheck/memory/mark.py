"""What a reviewer sees of the memory on a new task: a line on each claim checked before, and a suggestion.

For every claim region of the task's pre-annotation the memory is asked for matches
(``match.matches``). A claim it holds as checked gets, in its region details, one line per match
("already checked on 2026-03-04 by Prüfstelle Nord: Falsch - …") and the matches as data
(``memory``); the same count with another figure gets the contradiction line. The task data gets
``memory`` (claim id → matches) and two counts that become Data Manager columns:
``checked_before`` and ``memory_conflicts``.

Where the best match carries a verdict (the desk's own claims), the task also gets a suggestion:
a prediction of its own (``MEMORY_VERSION``) holding the pre-annotation with that verdict, its
evidence and notes on the claim, marked as coming from the memory. It is a prediction, so it is
never written into a human annotation; a reviewer accepts or edits it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence

from ls_factcheck.grouping.compare import ClaimRecord
from ls_factcheck.grouping.crossref import task_records
from ls_factcheck.labels import CLAIM
from ls_factcheck.memory.match import MemoryMatch, best_of, matches_of
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.schema import MEMORY_VERSION, LabelResult, Prediction, RegionMeta, Task
from ls_factcheck.studio.results import verdict_items


def match_data(match: MemoryMatch) -> dict:
    """A match as region meta and task data hold it."""
    claim = match.claim
    data = {"key": claim.key, "text": claim.text, "score": match.score, "reasons": match.reasons,
            "checked_by": claim.checked_by(), "outcome": claim.outcome(), "same_claim": match.same_claim}
    for name in ("verdict", "rating", "reviewed_at", "review_url", "url", "publisher", "project"):
        if getattr(claim, name):
            data[name] = getattr(claim, name)
    if match.contradictions:
        data["contradictions"] = [{"unit": c.unit, "here": c.here, "there": c.there} for c in match.contradictions]
    return data


def mark_task(task: Task, store: MemoryStore) -> Task:
    """``task`` with the memory's matches in its claim regions, its data and, if any, a suggestion."""
    if not task.predictions:
        return task
    records = task_records(task)
    return with_matches(task, records, matches_of(store, records) if records else [])


def with_matches(task: Task, records: Sequence[ClaimRecord], matches: Sequence[list[MemoryMatch]]) -> Task:
    """``task`` marked with ``matches``, the memory's answer for each of ``records`` (its claims)."""
    if not task.predictions:
        return task
    found: dict[str, list[MemoryMatch]] = {}
    for record, matched in zip(records, matches):
        shown = [m for m in matched if m.same_claim or m.contradictions]
        if shown:
            found[record.claim_id] = shown
    task.data.checked_before = sum(any(m.same_claim for m in ms) for ms in found.values())
    task.data.memory_conflicts = sum(any(m.contradictions for m in ms) for ms in found.values())
    if not found:
        return task
    setattr(task.data, "memory", {claim_id: [match_data(m) for m in ms] for claim_id, ms in found.items()})
    base = task.predictions[0]
    for item in base.result:
        if isinstance(item, LabelResult) and item.value.labels == [CLAIM] and item.id in found:
            _mark_region(item, found[item.id])
    suggestion = _suggestion(base, found)
    if suggestion is not None:
        task.predictions.append(suggestion)
    return task


def _mark_region(region: LabelResult, found: list[MemoryMatch]) -> None:
    meta = region.meta or RegionMeta()
    lines = [m.describe() for m in found]
    extras = dict(meta.model_extra or {})
    extras["memory"] = [match_data(m) for m in found]
    region.meta = RegionMeta(text=["; ".join([*meta.text, *lines])], **extras)


def _suggestion(base: Prediction, found: Mapping[str, list[MemoryMatch]]) -> Prediction | None:
    """The pre-annotation with the remembered verdicts on the claims checked before, or None."""
    best = {claim_id: m for claim_id, ms in found.items() if (m := best_of(ms)) and m.claim.verdict}
    if not best:
        return None
    result: list[dict] = []
    added: list[dict] = []
    for item in base.model_dump(mode="json", exclude_none=True)["result"]:
        region_id = str(item.get("id", ""))
        if region_id in best and item.get("value", {}).get("labels") == [CLAIM]:
            match = best[region_id]
            marked = copy.deepcopy(item)
            meta = dict(marked.get("meta") or {})
            meta["text"] = [f"suggested verdict from the memory: {match.describe()}"]
            meta["from_memory"] = match_data(match)
            marked["meta"] = meta
            result.append(marked)
            added += verdict_items(item, match.claim.verdict, match.claim.evidence, match.claim.notes, origin="prediction")
        else:
            result.append(item)
    return Prediction.model_validate({"model_version": MEMORY_VERSION, "score": max(m.score for m in best.values()),
                                      "result": result + added})
