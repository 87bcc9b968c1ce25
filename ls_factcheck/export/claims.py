"""Turn reviewed Label Studio tasks into VerifiedClaim records.

Label Studio stores a per-region verdict, evidence and notes as separate result items that share
the id of the claim's span, so result items are grouped by id. A claim is keyed across
annotations by its offsets, because regions drawn by hand get a new id in each annotation.

``review_task`` reads one task into a :class:`TaskReview`: the verified claims plus what the
other consumers of the same pass need (every reviewer's claim spans for agreement, the latest
annotation's entities and sources for spaCy, the pre-annotated candidates for the claim scorer,
open claims for the report). Only one task is held at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, ENTITY_LABELS, LABELS, SOURCE
from ls_factcheck.schema import ClaimEntity, ReviewerVerdict, Verdict, VerifiedClaim

Resolve = Literal["majority", "unanimous", "latest"]
RULES: tuple[str, ...] = ("majority", "unanimous", "latest")


@dataclass
class Region:
    id: str
    label: str
    start: int
    end: int
    text: str
    verdict: str | None = None
    evidence: list[str] = field(default_factory=list)
    notes: str = ""
    meta: dict = field(default_factory=dict)
    score: float | None = None


@dataclass
class ReviewedClaim:
    """One claim as one reviewer left it."""

    region: Region
    source: Region | None
    entities: list[Region]
    reviewer: ReviewerVerdict


@dataclass
class AnnotationView:
    """One reviewer's annotation of a task: all its regions, and the claims it gave a verdict."""

    reviewer: str
    annotation_id: int | None
    reviewed_at: datetime | None
    regions: dict[str, Region]
    claims: list[ReviewedClaim]

    @property
    def claim_spans(self) -> set[tuple[int, int]]:
        return {(r.start, r.end) for r in self.regions.values() if r.label == CLAIM}


@dataclass
class TaskReview:
    """Everything one pass over the export needs from one task."""

    task: dict
    text: str
    annotations: list[AnnotationView]
    claims: list[VerifiedClaim]
    candidates: list[Region]  # the pre-annotation's CLAIM regions, with score and reasons in meta
    by_span: dict[tuple[int, int], list[ReviewedClaim]]

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
            return len(self.candidates)
        decided = set(self.by_span)
        spans = set().union(*(a.claim_spans for a in self.annotations))
        return len(spans - decided)


def _strip(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Drop whitespace a reviewer selected around a span, keeping the offsets exact."""
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return text.strip(), start + lead, end - trail


def _lines(value: object) -> list[str]:
    parts = value if isinstance(value, list) else [value]
    return [line.strip() for part in parts if isinstance(part, str) for line in part.splitlines() if line.strip()]


def regions_of(result: list[dict]) -> tuple[dict[str, Region], list[dict]]:
    """Group one annotation's result items into regions by id; return them and the relations."""
    regions: dict[str, Region] = {}
    extras: list[dict] = []
    relations = []
    for item in result:
        if item.get("type") == "relation":
            relations.append(item)
        elif item.get("type") == "labels" and (item.get("value") or {}).get("labels"):
            value = item["value"]
            text, start, end = _strip(value.get("text", ""), value["start"], value["end"])
            meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
            regions[item["id"]] = Region(item["id"], value["labels"][0], start, end, text, meta=meta,
                                         score=item.get("score"))
        else:
            extras.append(item)
    for item in extras:
        region = regions.get(item.get("id"))
        if region is None:
            continue
        value = item.get("value", {})
        if item.get("from_name") == LABELS.verdict_control and value.get("choices"):
            region.verdict = value["choices"][0]
        elif item.get("from_name") == LABELS.evidence_control:
            region.evidence = _lines(value.get("text"))
        elif item.get("from_name") == LABELS.notes_control:
            region.notes = " ".join(_lines(value.get("text")))
    return regions, relations


def _source_for(claim: Region, regions: dict[str, Region], relations: list[dict]) -> Region | None:
    # Reviewers draw the arrow either way and may leave the relation unlabelled.
    for relation in relations:
        labels = relation.get("labels") or [ATTRIBUTED_TO]
        if ATTRIBUTED_TO not in labels:
            continue
        ends = {relation.get("from_id"), relation.get("to_id")}
        if claim.id in ends:
            other = regions.get((ends - {claim.id}).pop()) if len(ends) == 2 else None
            if other is not None and other.label == SOURCE:
                return other
    return None


def reviewer_name(annotation: dict) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return str(who.get("email") or who.get("username") or who.get("id"))
    name = annotation.get("created_username")
    if name:
        return str(name).strip().rstrip(",").strip()
    # A file export names the reviewer by user id only.
    return f"user {who}" if isinstance(who, int) else str(who or "unknown")


def _time(annotation: dict) -> datetime | None:
    value = annotation.get("updated_at") or annotation.get("created_at")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except (AttributeError, ValueError):
        return None


def annotation_view(annotation: dict) -> AnnotationView:
    regions, relations = regions_of(annotation.get("result") or [])
    entities = [r for r in regions.values() if r.label in ENTITY_LABELS]
    reviewer, when = reviewer_name(annotation), _time(annotation)
    claims = []
    for region in regions.values():
        if region.label != CLAIM or region.verdict not in LABELS.verdicts:
            continue
        claims.append(ReviewedClaim(
            region=region,
            source=_source_for(region, regions, relations),
            entities=[e for e in entities if region.start <= e.start and e.end <= region.end],
            reviewer=ReviewerVerdict(reviewer=reviewer, verdict=Verdict(region.verdict), evidence=region.evidence,
                                     notes=region.notes, reviewed_at=when, annotation_id=annotation.get("id")),
        ))
    return AnnotationView(reviewer, annotation.get("id"), when, regions, claims)


def reviewed_claims(annotation: dict) -> Iterator[ReviewedClaim]:
    """Every claim with a verdict in one annotation."""
    yield from annotation_view(annotation).claims


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


def base_prediction(task: dict) -> dict | None:
    """The task's newest pre-annotation; the plugin's propagated verdict suggestions are not one."""
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict) and p.get("result")
                   and "propagated" not in str(p.get("model_version") or "")]
    return max(predictions, key=lambda p: p.get("id") or 0) if predictions else None


def _prediction_regions(task: dict) -> dict[str, Region]:
    """The regions of the pre-annotation: what was proposed to the reviewer."""
    prediction = base_prediction(task)
    return regions_of(prediction["result"])[0] if prediction else {}


def review_task(task: dict, rule: Resolve = "latest") -> TaskReview:
    data = task.get("data") or {}
    text = data.get("text", "")
    views = [annotation_view(a) for a in task.get("annotations") or []
             if isinstance(a, dict) and not a.get("was_cancelled")]
    # Oldest first, so "latest" below and the spaCy Doc use the newest annotation.
    views.sort(key=lambda v: (v.reviewed_at is not None, v.reviewed_at.timestamp() if v.reviewed_at else 0.0,
                              v.annotation_id or 0))
    by_span: dict[tuple[int, int], list[ReviewedClaim]] = {}
    for view in views:
        for claim in view.claims:
            by_span.setdefault((claim.region.start, claim.region.end), []).append(claim)
    predicted = _prediction_regions(task).values()
    candidates = [r for r in predicted if r.label == CLAIM]
    resolved_sources = {(r.start, r.end): r.meta["resolved"] for r in predicted if r.label == SOURCE and r.meta.get("resolved")}
    claims = [_verified(task, data, text, span, reviews, rule, resolved_sources) for span, reviews in sorted(by_span.items())]
    return TaskReview(task=task, text=text, annotations=views, claims=claims, candidates=candidates, by_span=by_span)


def _verified(task: dict, data: dict, text: str, span: tuple[int, int], reviews: list[ReviewedClaim], rule: Resolve,
              resolved_sources: dict) -> VerifiedClaim:
    start, end = span
    verdict, agreement = resolve([r.reviewer for r in reviews], rule)
    chosen = next((r for r in reversed(reviews) if r.reviewer.verdict == verdict), reviews[-1])
    if text[start:end] != chosen.region.text:
        raise ValueError(f"task {task.get('id')}: claim {start}:{end} does not match the stored text")
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
