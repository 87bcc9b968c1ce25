"""The one reader of Label Studio result JSON, and the writer of per-region verdict items.

A Label Studio annotation or prediction is a list of result items. A labelled span is one item
(``type: labels``); the per-region verdict, evidence and notes of a claim are further items that
share the span's id, one per control named in ``label_config/factcheck.xml``; a source is linked
to its claim by a ``relation`` item. Export, the report, agreement, claim grouping and verdict
propagation all read results through this module, so they agree on what a reviewer decided:

- a span's text and offsets lose whitespace a reviewer selected around it;
- evidence is one entry per line, however the reviewer spread it over the text area;
- notes are one string;
- a claim counts as reviewed only with a verdict the interface defines;
- the source of a claim is the SOURCE region at the other end of an ``attributed_to`` relation,
  drawn in either direction (an unlabelled relation counts as one);
- a task's pre-annotation is :func:`base_prediction`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, ENTITY_LABELS, LABELS, SOURCE
from ls_factcheck.schema import MODEL_VERSION_PREFIX, SUGGESTION_VERSIONS, ReviewerVerdict, Verdict


@dataclass
class Region:
    """A labelled span with what the reviewer attached to it (verdict, evidence, notes)."""

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
    """One claim as one reviewer left it: the region with its verdict, its source and entities."""

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
    problems: list[str] = field(default_factory=list)  # items that could not be read, by region id

    @property
    def claim_spans(self) -> set[tuple[int, int]]:
        return {(r.start, r.end) for r in self.regions.values() if r.label == CLAIM}

    @property
    def progress(self) -> tuple[int, int]:
        """(claims decided, claims still open) of this annotation: every CLAIM region counts."""
        total = sum(r.label == CLAIM for r in self.regions.values())
        return len(self.claims), total - len(self.claims)


def regions_of(result: Iterable[Mapping], problems: list[str] | None = None) -> tuple[dict[str, Region], list[Mapping]]:
    """Group one annotation's (or prediction's) result items into regions by id; return them and the relations.

    An item that cannot be read (no id, offsets that are not whole numbers in order, an empty
    verdict) is left out, and said in ``problems`` when a list is given.
    """
    problems = [] if problems is None else problems
    regions: dict[str, Region] = {}
    extras: list[Mapping] = []
    relations = []
    for item in result:
        if not isinstance(item, Mapping):
            problems.append(f"a result item is not an object: {str(item)[:40]!r}")
        elif item.get("type") == "relation":
            relations.append(item)
        elif item.get("type") == "labels":
            region = _region(item, problems)
            if region is not None:
                regions[region.id] = region
        else:
            extras.append(item)
    for item in extras:
        region = regions.get(str(item.get("id")))
        if region is None:
            continue
        value = item.get("value") if isinstance(item.get("value"), Mapping) else {}
        if item.get("from_name") == LABELS.verdict_control:
            choices = value.get("choices")
            if isinstance(choices, list) and choices and isinstance(choices[0], str) and choices[0]:
                region.verdict = choices[0]
            else:
                problems.append(f"region {region.id!r}: the verdict is empty")
        elif item.get("from_name") == LABELS.evidence_control:
            region.evidence = evidence_lines(value.get("text"))
        elif item.get("from_name") == LABELS.notes_control:
            region.notes = " ".join(evidence_lines(value.get("text")))
    return regions, relations


def _region(item: Mapping, problems: list[str]) -> Region | None:
    region_id = item.get("id")
    value = item.get("value")
    if not isinstance(region_id, (str, int)) or isinstance(region_id, bool) or str(region_id) == "":
        problems.append("a labelled region has no id")
        return None
    where = f"region {str(region_id)!r}"
    if not isinstance(value, Mapping):
        problems.append(f"{where}: no value")
        return None
    start, end, text, labels = value.get("start"), value.get("end"), value.get("text", ""), value.get("labels")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        problems.append(f"{where}: start and end must be whole numbers, not {start!r} and {end!r}")
        return None
    if not 0 <= start < end or not isinstance(text, str) or len(text) != end - start:
        problems.append(f"{where}: offsets {start}:{end} do not fit its text {str(text)[:40]!r}")
        return None
    if not isinstance(labels, list) or not labels or not isinstance(labels[0], str):
        return None  # a region whose labels were all removed: nothing to read
    text, start, end = _strip(text, start, end)
    meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
    score = item.get("score") if isinstance(item.get("score"), (int, float)) else None
    return Region(str(region_id), labels[0], start, end, text, meta=meta, score=score)


def evidence_lines(value: object) -> list[str]:
    """A text area's entries as one stripped line each: "URL\\nURL" and ["URL", "URL"] read alike.

    A text area with rows > 1 keeps the reviewer's Enter inside an entry, so one entry may hold
    several citations.
    """
    parts = value if isinstance(value, list) else [value]
    return [line.strip() for part in parts if isinstance(part, str) for line in part.splitlines() if line.strip()]


def _strip(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Drop whitespace a reviewer selected around a span, keeping the offsets exact."""
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return text.strip(), start + lead, end - trail


def source_of(claim: Region, regions: Mapping[str, Region], relations: Iterable[Mapping]) -> Region | None:
    """The SOURCE region an ``attributed_to`` relation links to ``claim``."""
    # Reviewers draw the arrow either way and may leave the relation unlabelled.
    for relation in relations:
        labels = relation.get("labels") or [ATTRIBUTED_TO]
        if ATTRIBUTED_TO not in labels:
            continue
        ends = {str(relation.get("from_id")), str(relation.get("to_id"))}
        if claim.id in ends:
            other = regions.get((ends - {claim.id}).pop()) if len(ends) == 2 else None
            if other is not None and other.label == SOURCE:
                return other
    return None


def reviewer_name(annotation: Mapping) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return str(who.get("email") or who.get("username") or who.get("id"))
    name = annotation.get("created_username")
    if name:
        return str(name).strip().rstrip(",").strip()
    # A file export names the reviewer by user id only.
    return f"user {who}" if isinstance(who, int) else str(who or "unknown")


def annotation_time(annotation: Mapping) -> datetime | None:
    value = annotation.get("updated_at") or annotation.get("created_at")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except (AttributeError, ValueError):
        return None


def annotation_view(annotation: Mapping) -> AnnotationView:
    problems: list[str] = []
    result = annotation.get("result")
    regions, relations = regions_of(result if isinstance(result, list) else [], problems)
    entities = [r for r in regions.values() if r.label in ENTITY_LABELS]
    reviewer, when = reviewer_name(annotation), annotation_time(annotation)
    claims = []
    for region in regions.values():
        if region.label == CLAIM and region.verdict is not None and region.verdict not in LABELS.verdicts:
            problems.append(f"region {region.id!r}: verdict {region.verdict!r} is not one of {', '.join(LABELS.verdicts)}")
        if region.label != CLAIM or region.verdict not in LABELS.verdicts:
            continue
        claims.append(ReviewedClaim(
            region=region,
            source=source_of(region, regions, relations),
            entities=[e for e in entities if region.start <= e.start and e.end <= region.end],
            reviewer=ReviewerVerdict(reviewer=reviewer, verdict=Verdict(region.verdict), evidence=region.evidence,
                                     notes=region.notes, reviewed_at=when, annotation_id=annotation.get("id")),
        ))
    return AnnotationView(reviewer, annotation.get("id"), when, regions, claims, problems)


def reviewed_claims(annotation: Mapping) -> list[ReviewedClaim]:
    """Every claim with a verdict in one annotation."""
    return annotation_view(annotation).claims


def base_prediction(predictions: Iterable[object]) -> Mapping | None:
    """A task's pre-annotation: the newest of ours, else the newest of another ML backend.

    Verdict suggestions (``SUGGESTION_VERSIONS``: propagated, from the memory) are never one. Ours
    are told by the model-version prefix, so a second ML backend on the project does not take their place.
    """
    own = [p for p in predictions if isinstance(p, Mapping) and p.get("model_version") not in SUGGESTION_VERSIONS]
    ours = [p for p in own if str(p.get("model_version") or "").startswith(MODEL_VERSION_PREFIX)]
    candidates = ours or own
    return max(candidates, key=lambda p: p.get("id") or 0) if candidates else None


def prediction_regions(task: Mapping) -> dict[str, Region]:
    """The regions of a task's pre-annotation: what was proposed to the reviewer."""
    prediction = base_prediction(task.get("predictions") or [])
    return regions_of(prediction.get("result") or [])[0] if prediction else {}


def verdict_items(region: Mapping, verdict: str, evidence: Sequence[str], notes: str = "",
                  origin: str = "manual") -> list[dict]:
    """What Label Studio stores for a claim's verdict, evidence and notes: items with the span's id."""
    span = {k: region["value"][k] for k in ("start", "end", "text")}
    base = {"id": region["id"], "to_name": region.get("to_name", LABELS.text_object), "origin": origin}
    items = [{**base, "from_name": LABELS.verdict_control, "type": "choices", "value": {**span, "choices": [verdict]}},
             {**base, "from_name": LABELS.evidence_control, "type": "textarea", "value": {**span, "text": list(evidence)}}]
    if notes:
        items.append({**base, "from_name": LABELS.notes_control, "type": "textarea", "value": {**span, "text": [notes]}})
    return items
