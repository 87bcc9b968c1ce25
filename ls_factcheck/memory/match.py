"""How much a new claim looks like one the memory holds, and why.

The score is built from parts a reviewer can check (``MemoryMatch.reasons``):

- wording: the overlap of content-word stems (``compare.overlap``, compound parts match), weighted
  ``WORDING_WEIGHT``;
- the same figure (value and unit class, ``Figure.same_figure``; not a day or a time alone):
  ``FIGURE_WEIGHT``;
- shared names (people, places, organisations): ``NAME_WEIGHT`` for the first, half again for a
  second.

A figure of the same unit class with a different value (and no equal one) is a *contradiction*:
the same thing counted differently. Such a pair is never offered as the same claim (its verdict
may not carry over), but it is shown as a hint when the wording or the names say it is about the
same thing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ls_factcheck.grouping.compare import (
    MOMENTS,
    ClaimRecord,
    Contradiction,
    contradictions,
    different_money,
    overlap,
)
from ls_factcheck.memory.records import MemoryClaim
from ls_factcheck.memory.store import MemoryStore

WORDING_WEIGHT = 0.7
FIGURE_WEIGHT = 0.2
NAME_WEIGHT = 0.1
# A score at or above this is offered as "already checked"; below, search still lists it.
MATCH_THRESHOLD = 0.5
# A different figure is a hint only about the same thing: this much wording in common, or a name.
HINT_WORDING = 0.3


@dataclass
class MemoryMatch:
    claim: MemoryClaim
    score: float
    reasons: list[str] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def same_claim(self) -> bool:
        return self.score >= MATCH_THRESHOLD and not self.contradictions

    def describe(self) -> str:
        """One line for a reviewer: who checked it when, with what outcome, and the evidence."""
        claim = self.claim
        when = (claim.reviewed_at or claim.published)[:10]
        line = f"already checked{f' on {when}' if when else ''} by {claim.checked_by()}: {claim.outcome()}"
        if claim.evidence:
            line += " - evidence: " + "; ".join(claim.evidence[:3])
        elif claim.review_url:
            line += f" - {claim.review_url}"
        for contradiction in self.contradictions:
            line += f" - different figure: {contradiction.here} here vs {contradiction.there} there"
        return line


def score(new: ClaimRecord, old: MemoryClaim) -> MemoryMatch:
    """The match of ``new`` against one stored claim, with its reasons."""
    stored = old.record()
    wording = overlap(new.stems, stored.stems)
    reasons = [f"wording {wording:.2f}"]
    total = WORDING_WEIGHT * wording
    shared = [x for x in new.figures if x.unit not in MOMENTS for y in stored.figures if x.same_figure(y)]
    if shared:
        total += FIGURE_WEIGHT
        reasons.append("same figure: " + ", ".join(dict.fromkeys(f.text for f in shared)))
    names = sorted(new.names & stored.names)
    if names:
        total += NAME_WEIGHT * (1.5 if len(names) > 1 else 1.0)
        reasons.append("same names: " + ", ".join(names))
    differing = contradictions(new.figures, stored.figures, skip=different_money(new, stored) | MOMENTS)
    if differing and not (wording >= HINT_WORDING or names):
        differing = []
    return MemoryMatch(old, round(min(total, 1.0), 3), reasons, differing)


def matches(store: MemoryStore, record: ClaimRecord, limit: int = 3, at_least: float = MATCH_THRESHOLD) -> list[MemoryMatch]:
    """The best stored claims for ``record``: scored at least ``at_least``, or contradicting it."""
    candidates = store.candidates(
        record.stems, [(f.value, f.unit) for f in record.figures if f.unit not in MOMENTS], record.names
    )
    found = [m for m in (score(record, c) for c in candidates) if m.score >= at_least or m.contradictions]
    return sorted(found, key=lambda m: (-m.score, m.claim.key))[:limit]


def best_of(found: Iterable[MemoryMatch]) -> MemoryMatch | None:
    """The match to offer as the same claim, if any."""
    return next((m for m in found if m.same_claim), None)
