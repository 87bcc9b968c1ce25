"""Turn reviewed Label Studio tasks into VerifiedClaim records.

Each annotation is read by ``studio/results.py``, the one reader of Label Studio results. A claim
is keyed across annotations by its offsets, because regions drawn by hand get a new id in each
annotation; when reviewers disagree, a rule (``RULES``) decides what is published.

``review_task`` reads one task into a :class:`TaskReview`: the verified claims plus what the
other consumers of the same pass need (every reviewer's claim spans for agreement, the latest
annotation's entities and sources for spaCy, the pre-annotated candidates for the claim scorer,
open claims for the report). Only one task is held at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ls_factcheck.labels import CLAIM, SOURCE
from ls_factcheck.schema import ClaimEntity, ReviewerVerdict, Verdict, VerifiedClaim
from ls_factcheck.studio.results import AnnotationView, Region, ReviewedClaim, annotation_view, prediction_regions

Resolve = Literal["majority", "unanimous", "latest"]
RULES: tuple[str, ...] = ("majority", "unanimous", "latest")


@dataclass
class TaskReview:
    """Everything one pass over the export needs from one task."""

    task: dict
    text: str
    annotations: list[AnnotationView]
    claims: list[VerifiedClaim]
    candidates: list[Region]  # the pre-annotation's CLAIM regions, with score and reasons in meta
    by_span: dict[tuple[int, int], list[ReviewedClaim]]
    problems: list[str] = field(default_factory=list)  # what could not be read; the rest of the task was

    @property
    def data(self) -> dict:
        return self.task.get("data") or {}

    @property
    def reviewed(self) -> bool:
        return bool(self.annotations)

    @property
    def latest(self) -> AnnotationView | None:
        return self.annotations[-1] if self.annotations else None

    @property
    def open_claims(self) -> int:
        """Claims nobody has decided: every candidate of an unreviewed task, else claims left without a verdict."""
        if not self.annotations:
            # An export of all tasks carries the predictions of unannotated ones as ids only; the
            # claim count the import stored in the task's data stands in for them then.
            counted = self.data.get("claims")
            if not self.candidates and isinstance(counted, int) and not isinstance(counted, bool) and counted > 0:
                return counted
            return len(self.candidates)
        decided = set(self.by_span)
        spans = set().union(*(a.claim_spans for a in self.annotations))
        return len(spans - decided)


def resolve(verdicts: list[ReviewerVerdict], rule: Resolve) -> tuple[Verdict | None, str]:
    """The verdict to publish and how it was reached: single, agreed, resolved or conflict."""
    if len(verdicts) == 1:
        return verdicts[0].verdict, "single"
    counts = Counter(v.verdict for v in verdicts)
    if len(counts) == 1:
        return verdicts[0].verdict, "agreed"
    if rule == "latest":
        latest = max(verdicts, key=_recency)
        return latest.verdict, "resolved"
    if rule == "majority":
        (top, top_count), (_, second_count) = counts.most_common(2)
        if top_count > second_count:
            return top, "resolved"
    return None, "conflict"


def _recency(verdict: ReviewerVerdict) -> tuple:
    when = verdict.reviewed_at
    # Mixed naive and aware timestamps cannot be compared; the timestamp alone orders them.
    return (when is not None, when.timestamp() if when else 0.0, verdict.annotation_id or 0)


def review_task(task: dict, rule: Resolve = "latest") -> TaskReview:
    """One task read for export; raises ``ValueError`` only when the task as a whole cannot be read."""
    if not isinstance(task, dict):
        raise ValueError("a task is not a JSON object")
    data = task.get("data") if isinstance(task.get("data"), dict) else {}
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError(f"task {task.get('id')}: data has no text")
    annotations = task.get("annotations") if isinstance(task.get("annotations"), list) else []
    views = [annotation_view(a) for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    problems = [f"annotation {view.annotation_id}: {problem}" for view in views for problem in view.problems]
    # Oldest first, so "latest" below and the spaCy Doc use the newest annotation.
    views.sort(key=lambda v: (v.reviewed_at is not None, v.reviewed_at.timestamp() if v.reviewed_at else 0.0,
                              v.annotation_id or 0))
    by_span: dict[tuple[int, int], list[ReviewedClaim]] = {}
    for view in views:
        for claim in view.claims:
            by_span.setdefault((claim.region.start, claim.region.end), []).append(claim)
    predicted = prediction_regions(task).values()
    candidates = [r for r in predicted if r.label == CLAIM]
    resolved_sources = {(r.start, r.end): r.meta["resolved"] for r in predicted if r.label == SOURCE and r.meta.get("resolved")}
    claims = []
    for span, reviews in sorted(by_span.items()):
        if any(text[span[0]:span[1]] != review.region.text for review in reviews):
            problems.append(f"claim {reviews[-1].region.id!r}: offsets {span[0]}:{span[1]} do not match the stored text")
            continue
        claims.append(_verified(task, data, span, reviews, rule, resolved_sources))
    return TaskReview(task=task, text=text, annotations=views, claims=claims, candidates=candidates, by_span=by_span,
                      problems=problems)


def _verified(task: dict, data: dict, span: tuple[int, int], reviews: list[ReviewedClaim], rule: Resolve,
              resolved_sources: dict) -> VerifiedClaim:
    start, end = span
    verdict, agreement = resolve([r.reviewer for r in reviews], rule)
    chosen = next((r for r in reversed(reviews) if r.reviewer.verdict == verdict), reviews[-1])
    source = chosen.source
    resolved = None
    if source is not None:
        # The UI may drop region meta on save; the prediction still knows whom "Sie" means.
        resolved = source.meta.get("resolved") or resolved_sources.get((source.start, source.end))
    return VerifiedClaim(
        article_id=str(data.get("article_id") or task.get("id")),
        task_id=task.get("id"),
        title=(data.get("title") or "").strip(),
        url=(data.get("url") or "").strip(),
        outlet=(data.get("outlet") or "").strip(),
        published=(data.get("published") or "").strip(),
        claim_id=chosen.region.id,
        claim=chosen.region.text,
        start=start,
        end=end,
        verdict=verdict,
        evidence=chosen.reviewer.evidence,
        notes=chosen.reviewer.notes,
        source=source.text if source else None,
        source_resolved=resolved if isinstance(resolved, str) and resolved else None,
        source_start=source.start if source else None,
        source_end=source.end if source else None,
        entities=[ClaimEntity(label=e.label, text=e.text, start=e.start, end=e.end) for e in chosen.entities],
        reviewer=chosen.reviewer.reviewer,
        reviewed_at=chosen.reviewer.reviewed_at,
        reviewers=[r.reviewer for r in reviews],
        agreement=agreement,
    )


def reviews(tasks: Iterable[dict], rule: Resolve = "latest") -> Iterator[TaskReview]:
    for task in tasks:
        yield review_task(task, rule)


def verified_claims(tasks: Iterable[dict], rule: Resolve = "latest") -> Iterator[VerifiedClaim]:
    """One record per reviewed claim of each task; disagreements stay in, marked ``conflict``."""
    for review in reviews(tasks, rule):
        yield from review.claims
