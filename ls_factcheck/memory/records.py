"""What the memory keeps of one checked claim, and how a claim's text becomes comparable.

A memory record comes from one of two places: a verified claim of this desk's export (its verdict,
evidence, notes, reviewer, article and project), or another organisation's published ClaimReview
(its publisher, rating and URL). Either way the claim's text is reduced to what matching compares
(``ls_factcheck.grouping.compare``): content-word stems, figures with their unit class, and names.
Those are derived by pre-annotating the claim's text alone, so a record reads the same whether it
came from an export, a feed or a live project.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field
from spacy.language import Language

from ls_factcheck.grouping.compare import ClaimRecord, Figure, records_from_result
from ls_factcheck.labels import CLAIM, LABELS
from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.schema import Article, VerifiedClaim

OWN = "export"
CLAIMREVIEW = "claimreview"


class MemoryClaim(BaseModel):
    """One checked claim as the memory keeps it."""

    key: str = Field(description="what makes two records the same claim check: re-adding it changes nothing")
    origin: Literal["export", "claimreview"]
    text: str
    verdict: str | None = None  # supported / disputed / unsourced for the desk's own claims
    rating: str = ""  # the publisher's own wording ("Falsch", "Strittig")
    evidence: list[str] = Field(default_factory=list)
    notes: str = ""
    url: str = ""  # the article the claim appeared in
    outlet: str = ""
    published: str = ""
    reviewer: str = ""
    reviewed_at: str = ""
    project: str = ""
    publisher: str = ""  # who checked it: the desk's organisation or the ClaimReview's author
    review_url: str = ""
    language: str = ""
    stems: list[str] = Field(default_factory=list)
    figures: list[tuple[float, str | None, str, list[str]]] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)

    def content_hash(self) -> str:
        """Changes when anything a reviewer would see changes (a new verdict, more evidence)."""
        return hashlib.sha1(self.model_dump_json(exclude={"key"}).encode("utf-8")).hexdigest()

    def record(self) -> ClaimRecord:
        """The record ``compare`` reads; no story: a memory claim is compared with any claim."""
        return ClaimRecord(
            article_id=f"memory:{self.key}",
            claim_id=self.key,
            text=self.text,
            start=0,
            end=len(self.text),
            stems=frozenset(self.stems),
            figures=tuple(Figure(value, unit, text, frozenset(role)) for value, unit, text, role in self.figures),
            names=frozenset(self.names),
            outlet=self.outlet,
        )

    def checked_by(self) -> str:
        """Who checked it, as a reviewer reads it: the publisher, or the desk's reviewer and project."""
        if self.origin == CLAIMREVIEW:
            return self.publisher or "unknown publisher"
        who = self.reviewer or "a reviewer"
        return f"{who} ({self.project})" if self.project else who

    def outcome(self) -> str:
        return self.verdict or self.rating or "no verdict"


def _key(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def with_keys(claim: MemoryClaim, nlp: Language) -> MemoryClaim:
    """``claim`` with the stems, figures and names of its text, found by pre-annotating it alone."""
    record = comparable(claim.text, nlp, claim.language or None)
    return claim.model_copy(
        update={
            "stems": sorted(record.stems),
            "figures": [(f.value, f.unit, f.text, sorted(f.role)) for f in record.figures],
            "names": sorted(record.names),
        }
    )


def comparable(text: str, nlp: Language, language: str | None = None, claim_id: str = "claim") -> ClaimRecord:
    """A claim's text as ``compare`` reads it: entities found in it, the whole text as the claim."""
    article = Article(id=claim_id, text=text, language=language)
    task = to_task(article, annotate(article, nlp), "memory")
    result = [r.model_dump() for r in task.predictions[0].result if r.type == "labels" and r.value.labels != [CLAIM]]
    result.append(
        {
            "id": claim_id,
            "type": "labels",
            "from_name": LABELS.span_control,
            "to_name": LABELS.text_object,
            "value": {"start": 0, "end": len(text), "text": text, "labels": [CLAIM]},
        }
    )
    (record,) = records_from_result(result, article_id=claim_id)
    return record


def from_verified(claim: VerifiedClaim, project: str = "", publisher: str = "") -> MemoryClaim | None:
    """The memory record of one exported claim; None for a claim in conflict (no verdict to remember)."""
    if claim.verdict is None:
        return None
    return MemoryClaim(
        key=_key(OWN, project, claim.article_id, str(claim.start), str(claim.end), claim.claim),
        origin=OWN,
        text=claim.claim,
        verdict=claim.verdict.value,
        evidence=list(claim.evidence),
        notes=claim.notes,
        url=claim.url,
        outlet=claim.outlet,
        published=claim.published,
        reviewer=claim.reviewer,
        reviewed_at=_iso(claim.reviewed_at),
        project=project,
        publisher=publisher,
    )


def claimreview_key(publisher: str, review_url: str, text: str) -> str:
    return _key(CLAIMREVIEW, publisher, review_url, text)


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""
