"""Turn reviewed Label Studio tasks into VerifiedClaim records.

Label Studio stores a per-region verdict, evidence and notes as separate result items that share
the id of the claim's span, so result items are grouped by id. A claim is keyed across
annotations by its offsets, because regions drawn by hand get a new id in each annotation.
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


@dataclass
class ReviewedClaim:
    """One claim as one reviewer left it."""

    region: Region
    source: Region | None
    entities: list[Region]
    reviewer: ReviewerVerdict


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
        elif item.get("type") == "labels" and item.get("value", {}).get("labels"):
            value = item["value"]
            text, start, end = _strip(value.get("text", ""), value["start"], value["end"])
            regions[item["id"]] = Region(item["id"], value["labels"][0], start, end, text)
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
    return str(annotation.get("created_username") or who or "unknown").strip().rstrip(",").strip()


def _time(annotation: dict) -> datetime | None:
    value = annotation.get("updated_at") or annotation.get("created_at")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except (AttributeError, ValueError):
        return None


def reviewed_claims(annotation: dict) -> Iterator[ReviewedClaim]:
    """Every claim with a verdict in one annotation."""
    regions, relations = regions_of(annotation.get("result") or [])
    entities = [r for r in regions.values() if r.label in ENTITY_LABELS]
    for region in regions.values():
        if region.label != CLAIM or region.verdict not in LABELS.verdicts:
            continue
        yield ReviewedClaim(
            region=region,
            source=_source_for(region, regions, relations),
            entities=[e for e in entities if region.start <= e.start and e.end <= region.end],
            reviewer=ReviewerVerdict(
                reviewer=reviewer_name(annotation),
                verdict=Verdict(region.verdict),
                evidence=region.evidence,
                notes=region.notes,
                reviewed_at=_time(annotation),
                annotation_id=annotation.get("id"),
            ),
        )


def resolve(verdicts: list[ReviewerVerdict], rule: Resolve) -> tuple[Verdict | None, str]:
    """The verdict to publish and how it was reached: single, agreed, resolved or conflict."""
    if len(verdicts) == 1:
        return verdicts[0].verdict, "single"
    counts = Counter(v.verdict for v in verdicts)
    if len(counts) == 1:
        return verdicts[0].verdict, "agreed"
    if rule == "latest":
        latest = max(verdicts, key=lambda v: (v.reviewed_at is not None, v.reviewed_at or datetime.min, v.annotation_id or 0))
        return latest.verdict, "resolved"
    if rule == "majority":
        (top, top_count), (_, second_count) = counts.most_common(2)
        if top_count > second_count:
            return top, "resolved"
    return None, "conflict"


def verified_claims(tasks: Iterable[dict], rule: Resolve = "latest") -> Iterator[VerifiedClaim]:
    """One record per reviewed claim of each task; disagreements stay in, marked ``conflict``."""
    for task in tasks:
        data = task.get("data", {})
        by_span: dict[tuple[int, int], list[ReviewedClaim]] = {}
        for annotation in task.get("annotations") or []:
            if annotation.get("was_cancelled"):
                continue
            for claim in reviewed_claims(annotation):
                by_span.setdefault((claim.region.start, claim.region.end), []).append(claim)
        for (start, end), reviews in sorted(by_span.items()):
            verdict, agreement = resolve([r.reviewer for r in reviews], rule)
            chosen = next((r for r in reversed(reviews) if r.reviewer.verdict == verdict), reviews[-1])
            text = data.get("text", "")
            if text[start:end] != chosen.region.text:
                raise ValueError(f"task {task.get('id')}: claim {start}:{end} does not match the stored text")
            yield VerifiedClaim(
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
                source=chosen.source.text if chosen.source else None,
                source_start=chosen.source.start if chosen.source else None,
                source_end=chosen.source.end if chosen.source else None,
                entities=[ClaimEntity(label=e.label, text=e.text, start=e.start, end=e.end) for e in chosen.entities],
                reviewer=chosen.reviewer.reviewer,
                reviewed_at=chosen.reviewer.reviewed_at,
                reviewers=[r.reviewer for r in reviews],
                agreement=agreement,
            )
