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
from ls_factcheck.schema import MODEL_VERSION_PREFIX, PROPAGATED_VERSION, ReviewerVerdict, Verdict


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

    @property
    def claim_spans(self) -> set[tuple[int, int]]:
        return {(r.start, r.end) for r in self.regions.values() if r.label == CLAIM}


def regions_of(result: Iterable[Mapping]) -> tuple[dict[str, Region], list[Mapping]]:
    """Group one annotation's (or prediction's) result items into regions by id; return them and the relations."""
    regions: dict[str, Region] = {}
    extras: list[Mapping] = []
    relations = []
    for item in result:
        if not isinstance(item, Mapping):
            continue
        if item.get("type") == "relation":
            relations.append(item)
        elif item.get("type") == "labels" and (item.get("value") or {}).get("labels"):
            value = item["value"]
            text, start, end = _strip(value.get("text", ""), value["start"], value["end"])
            meta = item.get("meta") if isinstance(item.get("meta"), dict) else {}
            regions[str(item["id"])] = Region(str(item["id"]), value["labels"][0], start, end, text, meta=meta,
                                              score=item.get("score"))
        else:
            extras.append(item)
    for item in extras:
        region = regions.get(str(item.get("id")))
        if region is None:
            continue
        value = item.get("value") or {}
        if item.get("from_name") == LABELS.verdict_control and value.get("choices"):
            region.verdict = value["choices"][0]
        elif item.get("from_name") == LABELS.evidence_control:
            region.evidence = evidence_lines(value.get("text"))
        elif item.get("from_name") == LABELS.notes_control:
            region.notes = " ".join(evidence_lines(value.get("text")))
    return regions, relations


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
    regions, relations = regions_of(annotation.get("result") or [])
    entities = [r for r in regions.values() if r.label in ENTITY_LABELS]
    reviewer, when = reviewer_name(annotation), annotation_time(annotation)
    claims = []
    for region in regions.values():
        if region.label != CLAIM or region.verdict not in LABELS.verdicts:
            continue
        claims.append(ReviewedClaim(
            region=region,
            source=source_of(region, regions, relations),
            entities=[e for e in entities if region.start <= e.start and e.end <= region.end],
            reviewer=ReviewerVerdict(reviewer=reviewer, verdict=Verdict(region.verdict), evidence=region.evidence,
                                     notes=region.notes, reviewed_at=when, annotation_id=annotation.get("id")),
        ))
    return AnnotationView(reviewer, annotation.get("id"), when, regions, claims)


def reviewed_claims(annotation: Mapping) -> list[ReviewedClaim]:
    """Every claim with a verdict in one annotation."""
    return annotation_view(annotation).claims


def base_prediction(predictions: Iterable[object]) -> Mapping | None:
    """A task's pre-annotation: the newest of ours, else the newest of another ML backend.

    The plugin's verdict suggestions (``PROPAGATED_VERSION``) are never one. Ours are told by the
    model-version prefix, so a second ML backend on the project does not take their place.
    """
    own = [p for p in predictions if isinstance(p, Mapping) and p.get("model_version") != PROPAGATED_VERSION]
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
