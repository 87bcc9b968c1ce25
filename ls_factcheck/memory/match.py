"""How much a new claim looks like one the memory holds, and why.

The score is built from parts a reviewer can check (``MemoryMatch.reasons``):

- wording: the overlap of content-word stems (``compare.overlap``, compound parts match), weighted
  ``WORDING_WEIGHT``;
- the same figure: ``FIGURE_WEIGHT`` when the figures agree and at least one (not a day or a
  time alone) is in both;
- shared names (people, places, organisations): ``NAME_WEIGHT`` times the share of names in common.

A claim is offered as the same claim at a score of ``MATCH_THRESHOLD`` or more, and only when
nothing says it is another one:

- *other figures*: a figure of one claim that the other does not give (one may leave figures
  out, but not give different ones): the numbers are what is checked. Two figures are the same
  when value, unit and role agree (the same fate, rate, not a reference value:
  ``grouping/figure_roles.py``); units agree when they are the same, one is a compound of the
  other ("Fälle" in "Keuchhusten-Fälle"), or both count things with the same value ("31
  Filialen" / "31 Läden"; not measures, durations, percentages or currencies);
- *other years*: both name years and none in common ("1978 errichtet" / "1987 errichtet"); a
  year is a date, not a figure;
- *other names*: both claims name people, places or organisations, and none in common; a name
  said with another word for the kind of place is the same ("Zoo Amselbrunn" / "Amselbrunn Zoo",
  ``names_agree``);
- *opposite*: one says the opposite of the other (raised / cut, won / lost, convicted /
  acquitted, opened / closed, approved / rejected, arrested / released, granted / revoked, for /
  against, created / cut, ...: ``OPPOSITES``), or a move the other way ("von A nach B" / "von B
  nach A");
- a *contradiction*: a figure of the same unit class with a different value, and no equal one:
  the same thing counted differently. It is shown as a hint when the wording overlaps by
  ``HINT_WORDING`` or the claims share a name: the earlier verdict need not hold for the other
  figure.

The weights and the threshold were set on ``eval/memory_pairs_dev.jsonl``; docs/memory.md has
the figures, and those of the held-out pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ls_factcheck.grouping.compare import (
    AGE_UNITS,
    MOMENTS,
    ClaimRecord,
    Contradiction,
    Figure,
    contradictions,
    different_money,
    fold,
    overlap,
    stem,
    stems_match,
    unit_class,
)
from ls_factcheck.memory.records import MemoryClaim
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.preannotate.numbers import CURRENCIES, UNITS

WORDING_WEIGHT = 0.6
FIGURE_WEIGHT = 0.25
NAME_WEIGHT = 0.15
# A score at or above this is offered as "already checked"; below, search still lists it.
MATCH_THRESHOLD = 0.45
# A different figure is a hint only about the same thing: this much wording in common, or a name.
HINT_WORDING = 0.3
# Words that turn a fact into its opposite, as the beginnings of folded stems (German and English):
# "erhöht" against "senkt", "verurteilt" against "freigesprochen". One claim with words of one
# side only and the other with words of the other side only state opposite facts.
OPPOSITES = {
    "up or down": (
        ("erhoh", "steig", "stieg", "gestieg", "anheb", "angehob", "zunahm", "zugenomm", "gewachs", "increas",
         "raise", "rose", "risen"),
        ("senk", "gesenkt", "sink", "sank", "gesunk", "gefall", "abnahm", "abgenomm", "ruckgang", "gekurzt",
         "verringer", "reduzier", "decreas", "lowere", "fell"),
    ),
    "won or lost": (("gewonn", "gewinnt", "gewann", "siegt", "besiegt", "won"), ("verlor", "verliert", "niederlag", "lost")),
    "convicted or acquitted": (("verurteil", "convict"), ("freigesproch", "freispruch", "acquit")),
    "opened or closed": (
        ("eroffn", "geoffn", "offnet", "opened", "weiterfuhr", "weiterzufuhr", "weitergefuhrt", "fortgefuhrt"),
        ("geschloss", "schliesst", "schliessung", "closed", "stilleg", "stillgelegt", "stillzuleg"),
    ),
    "cleared or blocked": (("freigegeb", "freigab", "reopen"), ("gesperrt", "sperrt", "sperrung", "blocked")),
    "created or cut": (("geschaff", "schafft", "schuf", "zusatzlich", "ausgeschuttet", "ausgezahlt", "creat"),
                       ("gestrich", "streicht", "strich", "abgebaut", "abbau", "weggefall", "scrapp", "cut")),
    "for or against": (("fur", "dafur", "befurwort", "favour", "favor"), ("gegen", "dageg")),
    "approved or rejected": (("genehmig", "zugestimmt", "approv", "angenomm"), ("abgelehnt", "lehnte", "ablehn", "reject")),
    "arrested or released": (("festgenomm", "festnahm", "verhaft", "inhaftiert", "arrest"),
                             ("freigelass", "freilass", "releas")),
    "lawsuit dismissed or upheld": (("abgewies", "abweis", "dismiss"), ("stattgegeb", "upheld")),
    "granted or revoked": (("erteilt", "granted"), ("widerruf", "entzog", "revok")),
    "imposed or lifted": (("verhangt", "ausgeruf", "angeordnet", "verbot", "verbiet", "imposed", "banned"),
                          ("aufgehob", "aufheb", "hebt", "erlaubt", "lifted")),
    "started or stopped": (("begonn", "beginn", "gestartet", "wiederaufgenomm", "resum"),
                           ("gestoppt", "stoppt", "abgebroch", "eingestellt", "halted", "suspend")),
    "rescued or died": (("gerettet", "rettet", "uberlebt", "rescued", "surviv"),
                        ("gestorb", "ertrunk", "getotet", "died", "drowned", "killed")),
    "confirmed or denied": (("bestatigt", "confirm"), ("dementiert", "bestritt", "bestreit", "denied", "deni")),
    "bought or sold": (("gekauft", "kauft", "ersteigert", "erworb", "bought"), ("verkauft", "versteigert", "sold")),
    "joined or left": (("eingetret", "beigetret", "beitret", "joined"), ("ausgetret", "austret")),
    "built or demolished": (("gebaut", "errichtet", "built"), ("abgeriss", "abreiss", "demolish")),
}


@dataclass
class MemoryMatch:
    claim: MemoryClaim
    score: float
    reasons: list[str] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    other_figures: bool = False  # a figure of one claim that the other does not give
    other_names: bool = False  # both name people, places or organisations, and none in common
    opposite: str = ""  # the two say opposite things ("up or down", "won or lost", ...)

    @property
    def same_claim(self) -> bool:
        return self.same_claim_at(MATCH_THRESHOLD)

    def same_claim_at(self, threshold: float) -> bool:
        """Offered as the same claim at ``threshold`` (evaluations try several)."""
        return self.score >= threshold and not (self.contradictions or self.other_figures or self.other_names
                                                or self.opposite)

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


def score(new: ClaimRecord, old: MemoryClaim, at_least: float = 0.0) -> MemoryMatch:
    """The match of ``new`` against one stored claim, with its reasons. Below ``at_least``, with no
    contradiction, what would only keep it from being offered (years, opposites) is not looked for."""
    stored = old.record()
    wording = overlap(new.stems, stored.stems)
    reasons = [f"wording {wording:.2f}"]
    total = WORDING_WEIGHT * wording
    agree = _figures_agree(new.figures, stored.figures)
    shared = [x for x in new.figures if x.unit not in MOMENTS for y in stored.figures if _same_figure(x, y)]
    if shared and agree:
        total += FIGURE_WEIGHT
        reasons.append("same figure: " + ", ".join(dict.fromkeys(f.text for f in shared)))
    if not agree:
        reasons.append("other figures: " + ", ".join(f.text for f in new.figures) + " vs "
                       + ", ".join(f.text for f in stored.figures))
    names = sorted(n for n in new.names if any(names_agree(n, m) for m in stored.names))
    if names:
        total += NAME_WEIGHT * len(names) / max(len(new.names), len(stored.names))
        reasons.append("same names: " + ", ".join(names))
    other_names = bool(new.names and stored.names and not names)
    if other_names:
        reasons.append("other names: " + ", ".join(sorted(new.names)) + " vs " + ", ".join(sorted(stored.names)))
    differing = contradictions(new.figures, stored.figures, skip=different_money(new, stored) | MOMENTS)
    if differing and not (wording >= HINT_WORDING or names):
        differing = []
    total = round(min(total, 1.0), 3)
    if total < at_least and not differing:
        return MemoryMatch(old, total, reasons, differing, other_figures=not agree, other_names=other_names)
    years = _other_years(new.text, stored.text)
    if years:
        reasons.append("other years: " + years)
    opposite = _opposite(_opposition_stems(new.stems, new.text), _opposition_stems(stored.stems, stored.text)) \
        or _reversed_route(new.text, stored.text)
    if opposite:
        reasons.append(f"opposite: {opposite}")
    return MemoryMatch(old, total, reasons, differing, other_figures=not agree or bool(years),
                       other_names=other_names, opposite=opposite)


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _other_years(here: str, there: str) -> str:
    """"1978 vs 1987" when both name years and none in common ("1978 errichtet" is not "1987
    errichtet"); a year is a date, not a figure, so the figures alone do not see it."""
    ours, theirs = _years(here), _years(there)
    return f"{', '.join(ours)} vs {', '.join(theirs)}" if ours and theirs and not set(ours) & set(theirs) else ""


# A new claim is scored against each of its candidates, and a stored claim's text is read once per
# import: what is read from a text is kept (lru_cache) rather than found again for every pair.
@lru_cache(maxsize=4096)
def _years(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(_YEAR.findall(text))))


# Words a name is called by that say what kind of place it is, not which one
_NAME_KINDS = {"the", "of", "city", "town", "district", "municipality", "village", "stadt", "gemeinde", "kreis",
               "landkreis", "zoo", "uni", "universitat", "university", "klinikum", "hospital"}


@lru_cache(maxsize=65_536)
def names_agree(a: str, b: str) -> bool:
    """"zoo amselbrun" is "amselbrunn zoo", "uni vestenau" is "universitat vestenau", "the town of
    querfurtshaus" is "querfurtshaus": the same name when the words that tell which one agree."""
    if a == b:
        return True
    ours = {w for w in a.split() if w not in _NAME_KINDS}
    theirs = {w for w in b.split() if w not in _NAME_KINDS}
    return bool(ours and theirs) and all(any(_same_word(x, y) for y in theirs) for x in ours) \
        or bool(ours and theirs) and all(any(_same_word(x, y) for x in ours) for y in theirs)


def _same_word(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return x == y or (len(short) >= 5 and long.startswith(short))


_AGAINST = re.compile(r"\b(?:gegen|against)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _opposition_stems(stems: frozenset[str], text: str) -> frozenset[str]:
    """The stems ``_opposite`` reads: "gegen" is a stop word for wording but one side of "for or against"."""
    return stems | {"gegen"} if _AGAINST.search(text) else stems


_ROUTE = re.compile(r"\b(?:von|from)\s+(\w+)\s+(?:nach|to)\s+(\w+)", re.IGNORECASE)


def _reversed_route(here: str, there: str) -> str:
    """"von Bremkamp nach Altwiesen" against "von Altwiesen nach Bremkamp": the move the other way."""
    ours, theirs = _routes(here), _routes(there)
    return "from or to" if any((b, a) in theirs and (a, b) not in theirs for a, b in ours) else ""


@lru_cache(maxsize=4096)
def _routes(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((fold(a), fold(b)) for a, b in _ROUTE.findall(text))


def _opposite(here: frozenset[str], there: frozenset[str]) -> str:
    """The kind of opposition (``OPPOSITES``) between two claims' stems, or ""."""
    for kind, sides in _sides(here).items():
        if len(sides) == 1:  # most claims name no side of any kind: the stored one is not gone through
            theirs = _sides_of(there, OPPOSITES[kind])
            if len(theirs) == 1 and theirs != sides:
                return kind
    return ""


@lru_cache(maxsize=1024)  # a new claim is scored against each of its candidates
def _sides(stems: frozenset[str]) -> dict[str, frozenset[int]]:
    """For each kind of ``OPPOSITES``, which of its two sides the stems name (0, 1, both or none)."""
    return {kind: _sides_of(stems, words) for kind, words in OPPOSITES.items()}


def _sides_of(stems: frozenset[str], words: tuple[tuple[str, ...], tuple[str, ...]]) -> frozenset[int]:
    return frozenset(side for side, starts in enumerate(words) if any(s.startswith(starts) for s in stems))


def _figures_agree(here: Iterable[Figure], there: Iterable[Figure]) -> bool:
    """Every figure of one claim is in the other (one may leave some out): the numbers are what
    is checked, so a claim with a number the other lacks is another claim."""
    here, there = list(here), list(there)

    def covered(xs: list[Figure], ys: list[Figure]) -> bool:
        return all(any(_same_figure(x, y) for y in ys) for x in xs)

    return covered(here, there) or covered(there, here)


def _same_figure(x: Figure, y: Figure) -> bool:
    """The same value of the same thing: units alike (or a compound of the other: "Fälle" in
    "Keuchhusten-Fälle"), and the same role (the same fate, the same rate). Whether a figure is a
    reference value is not compared: the same figure is one in "von bisher 390 auf 470 Prozent"
    and not in "von 390 auf 470 Prozent", though both say the same."""
    if not x.same_value(y):
        return False
    if x.unit != y.unit and x.unit is not None and y.unit is not None:
        heads = stem(re.split(r"[-\s]", x.unit)[-1]), stem(re.split(r"[-\s]", y.unit)[-1])
        if not stems_match(*heads) and not (_counted_noun(x.unit) and _counted_noun(y.unit)):
            return False
    rates_x = {r for r in x.role if r.startswith("per:")}
    rates_y = {r for r in y.role if r.startswith("per:")}
    fates_x, fates_y = x.role - rates_x - {"reference"}, y.role - rates_y - {"reference"}
    return rates_x == rates_y and (not fates_x or not fates_y or bool(fates_x & fates_y))


# Units that measure rather than count, as a record's figures carry them (``unit_class``): two of
# them are the same unit or different ones.
_MEASURES = frozenset(unit_class(unit) for unit in (*UNITS.values(), *CURRENCIES.values(), *AGE_UNITS,
                                                   "%", "pp", "Prozentpunkte", "percentage points", "Punkte", "points"))


def _counted_noun(unit: str) -> bool:
    """A unit that counts things ("Filialen", "Läden", "branches"), not a measure, duration or currency."""
    return unit not in _MEASURES and unit.replace("-", "").isalpha() and not unit.isupper()


def matches(store: MemoryStore, record: ClaimRecord, limit: int = 3, at_least: float = MATCH_THRESHOLD) -> list[MemoryMatch]:
    """The best stored claims for ``record``: scored at least ``at_least``, or contradicting it."""
    return matches_of(store, [record], limit, at_least)[0]


def matches_of(store: MemoryStore, records: Sequence[ClaimRecord], limit: int = 3,
               at_least: float = MATCH_THRESHOLD) -> list[list[MemoryMatch]]:
    """``matches`` for the claims of an article, looked up together (``MemoryStore.candidates_of``)."""
    queries = [(r.stems, [(f.value, f.unit) for f in r.figures if f.unit not in MOMENTS], r.names) for r in records]
    result = []
    for record, candidates in zip(records, store.candidates_of(queries)):
        found = [m for m in (score(record, c, at_least) for c in candidates) if m.score >= at_least or m.contradictions]
        result.append(sorted(found, key=lambda m: (-m.score, m.claim.key))[:limit])
    return result


def best_of(found: Iterable[MemoryMatch]) -> MemoryMatch | None:
    """The match to offer as the same claim, if any."""
    return next((m for m in found if m.same_claim), None)
