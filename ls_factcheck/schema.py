"""The one data model, from import to export.

Readers produce :class:`Article`; pre-annotation produces :class:`Annotations` for an article and
turns them into a Label Studio :class:`Task` with one :class:`Prediction`; export turns reviewed
annotations back into :class:`VerifiedClaim` records. Offsets everywhere are Python ``str``
indices into the exact stored article text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from ls_factcheck.labels import LABELS

SCHEMA_VERSION = "1.1.0"


# The reviewer's decision on one claim (see the annotation guideline); the values are the
# verdict choices of the labelling interface: supported, disputed, unsourced.
Verdict = Enum("Verdict", {value: value for value in LABELS.verdicts}, type=str)

# A verdict as a ClaimReview rating (the export writes it, the memory reads it back): worst 1 to
# best 3 by how well the claim holds up; evidence against it (disputed) is worse than no evidence
# either way (unsourced).
RATING_SCALE = {"supported": 3, "unsourced": 2, "disputed": 1}
BEST_RATING, WORST_RATING = 3, 1
RATING_NAMES = {
    "de": {"supported": "Belegt", "unsourced": "Unbelegt", "disputed": "Strittig"},
    "en": {"supported": "Supported", "unsourced": "Unsourced", "disputed": "Disputed"},
}


class Article(BaseModel):
    """One news article exactly as read; ``text`` is never normalised."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    origin: str | None = Field(default=None, description="where it was read from: file and line")

    @field_validator("text")
    @classmethod
    def _text_is_usable(cls, text: str) -> str:
        if "\x00" in text:
            raise ValueError("text contains NUL bytes")
        if not text.strip():
            raise ValueError("text is empty")
        return text

    @staticmethod
    def stable_id(text: str) -> str:
        """An id for an article that came without one: the same text always gets the same id."""
        return "sha1-" + Article.text_digest(text).hex()[:16]

    @staticmethod
    def text_digest(text: str) -> bytes:
        """SHA-1 of the exact text: tells a second copy of an article from another text under its id."""
        return hashlib.sha1(text.encode("utf-8")).digest()


class Span(BaseModel):
    """A stretch of an article's text; ``text`` must equal ``article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} is not after start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text {self.text!r} has {len(self.text)} characters, offsets say {self.end - self.start}"
            )
        return self

    def check_against(self, text: str) -> None:
        """Raise ``OffsetError`` unless this span's text is exactly what the offsets point at."""
        if text[self.start : self.end] != self.text:
            raise OffsetError(
                f"offsets {self.start}:{self.end} point at {text[self.start:self.end]!r}, "
                f"not at {self.text!r}"
            )


class OffsetError(ValueError):
    """A span whose offsets do not point at its text."""


class Entity(Span):
    """A named entity, quantity or date. ``normalized`` holds comparable values for numbers."""

    label: str
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    normalized: dict[str, str | float | int | None] = Field(default_factory=dict)


class Source(Span):
    """Who asserts a claim. ``resolved`` names the person a pronoun or 'demnach' points back to."""

    id: str
    resolved: str | None = None
    cue: str | None = Field(default=None, description="the attribution form, e.g. 'laut', 'sagte'")


class Claim(Span):
    """A candidate claim with its check-worthiness score and the reasons for it."""

    id: str
    score: float = Field(ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list)
    source_id: str | None = None

    @property
    def unattributed(self) -> bool:
        return self.source_id is None


class Annotations(BaseModel):
    """What pre-annotation found in one article."""

    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)

    def source_of(self, claim: Claim) -> Source | None:
        return next((s for s in self.sources if s.id == claim.source_id), None)


# --- Label Studio task and prediction -------------------------------------------------------


class SpanValue(BaseModel):
    start: int
    end: int
    text: str
    labels: list[str]


class RegionMeta(BaseModel):
    """Label Studio shows ``text`` in the region panel; the rest travels with the region."""

    model_config = ConfigDict(extra="allow")

    text: list[str] = Field(default_factory=list)


class LabelResult(BaseModel):
    """A labelled span in a Label Studio result."""

    id: str
    from_name: str
    to_name: str
    type: Literal["labels"] = "labels"
    origin: str = "prediction"
    value: SpanValue
    score: float | None = None
    meta: RegionMeta | None = None


class RelationResult(BaseModel):
    """A directed relation between two regions, e.g. claim → source."""

    type: Literal["relation"] = "relation"
    from_id: str
    to_id: str
    direction: Literal["right", "left", "bi"] = "right"
    labels: list[str]


# Every prediction this product writes carries a model_version that starts with this prefix: the
# pre-annotation names its pipeline after it ("ls-factcheck:de_factcheck-0.2.0"), and the plugin's
# verdict suggestions are the one version below. Another ML backend on the same project is told
# apart by it.
MODEL_VERSION_PREFIX = "ls-factcheck:"
PROPAGATED_VERSION = MODEL_VERSION_PREFIX + "propagated"
# Verdicts suggested from the memory of claims checked before (ls_factcheck/memory/mark.py).
MEMORY_VERSION = MODEL_VERSION_PREFIX + "memory"
# Predictions that suggest verdicts: never a task's pre-annotation.
SUGGESTION_VERSIONS = frozenset({PROPAGATED_VERSION, MEMORY_VERSION})


class ReviewResult(BaseModel):
    """A claim's verdict, evidence or notes in a suggestion: the interface's per-region controls."""

    id: str
    from_name: str
    to_name: str
    type: Literal["choices", "textarea"]
    origin: str = "prediction"
    value: dict


class Prediction(BaseModel):
    model_version: str
    score: float | None = None
    result: list[LabelResult | RelationResult | ReviewResult] = Field(default_factory=list)


class TaskData(BaseModel):
    """A task's ``data``; the summary fields become Data Manager columns."""

    model_config = ConfigDict(extra="allow")

    text: str
    article_id: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str = ""
    author: str = ""
    language: str = ""
    byline: str = ""
    link: str = ""
    claims: int = 0
    max_claim_score: float = 0.0
    unattributed_claims: int = 0
    # Review progress, counted by the plugin (none without it, so the review queue still works then);
    # present from the import on so that Label Studio shows the columns next to the other counts.
    claims_decided: int | None = None
    claims_open: int | None = None
    # Claims the memory holds as checked before, and those it knows with another figure (set when
    # a memory store is configured; ls_factcheck/memory/mark.py).
    checked_before: int | None = None
    memory_conflicts: int | None = None
    # A CSS selector the interface uses to mark unattributed claims (see ls_factcheck/preannotate/tasks.py).
    unattributed_selector: str = ""


class Task(BaseModel):
    data: TaskData
    predictions: list[Prediction] = Field(default_factory=list)
    # Where the article was read from (file and line), for messages; never sent or written.
    origin: str | None = Field(default=None, exclude=True)
    # The claims of the first prediction as grouping reads them (``grouping.crossref.task_records``),
    # kept so that grouping and the memory's lookup read them once; never sent or written.
    _claim_records: tuple | None = PrivateAttr(default=None)

    def check_offsets(self) -> None:
        """Raise ``OffsetError`` for the first region whose offsets miss its text."""
        for prediction in self.predictions:
            for item in prediction.result:
                if isinstance(item, LabelResult):
                    value = item.value
                    if self.data.text[value.start : value.end] != value.text:
                        raise OffsetError(
                            f"article {self.data.article_id}: region {item.id} offsets "
                            f"{value.start}:{value.end} point at "
                            f"{self.data.text[value.start:value.end]!r}, not at {value.text!r}"
                        )


# --- Export -------------------------------------------------------------------------------


class ReviewerVerdict(BaseModel):
    """One reviewer's decision on a claim, kept even when reviewers disagree."""

    reviewer: str
    verdict: Verdict
    evidence: list[str] = Field(default_factory=list)
    notes: str = ""
    reviewed_at: datetime | None = None
    annotation_id: int | None = None


class ClaimEntity(BaseModel):
    label: str
    text: str
    start: int
    end: int


class VerifiedClaim(BaseModel):
    """One reviewed claim, as the desk publishes it."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    article_id: str
    task_id: int | None = None
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: str = ""
    claim_id: str
    claim: str
    start: int
    end: int
    verdict: Verdict | None = Field(description="None only when reviewers disagree and the rule cannot resolve it")
    evidence: list[str] = Field(default_factory=list)
    notes: str = ""
    source: str | None = None
    source_resolved: str | None = Field(default=None, description="whom a pronoun source ('Sie') refers to")
    source_start: int | None = None
    source_end: int | None = None
    entities: list[ClaimEntity] = Field(default_factory=list)
    reviewer: str
    reviewed_at: datetime | None = None
    reviewers: list[ReviewerVerdict] = Field(default_factory=list)
    agreement: Literal["single", "agreed", "resolved", "conflict"] = "single"
