"""Claims in different articles that state the same fact, and the figures they disagree on.

The method is deliberately plain so a reviewer can follow why two claims were put together.
Each claim becomes a set of *word stems*, its *figures* and its *names* (PER/ORG/LOC/MISC
entities inside it):

- word stems: lower case, umlauts folded (ä→a, ß→ss), stop words and words under three letters
  dropped, English day and month names read as the German ones ("Thursday" → "donnerstag"),
  then one inflection ending cut ("Häuser" → "haus", "Metern" → "meter"); numbers stay as words
  with their separators removed ("1.200", "1,200" → "1200"). The pipeline has no lemmatizer, so
  this stands in for one. Two stems also match when one of at least five letters begins or ends
  the other, which catches German compounds ("Deichbruch" ~ "Deich", "Einsatzkräfte" ~ "Kräfte").
- overlap: the Dice coefficient of the two stem sets under that matching.
- figures: the QUANTITY entities inside the claim with their normalised value and unit (where
  the rules leave the unit open, a currency named in the figure's text: "2.4 million euros" →
  EUR); counted nouns map to a few unit classes (people, customers, jobs, households, helpers,
  passengers) so "1.200 Menschen" and "1.500 Personen" count the same kind of thing. Calendar
  days (DATE entities with month and day: "26. Februar 2026" = "February 26") and times of day
  in the text ("gegen 7.40 Uhr") are figures too, but only ever *shared*: they are never
  counted or contradicted. The same figure is the same value (within 0.5 %; days and times
  exactly) in the same unit class, or in a unit the other side leaves open. An age ("der
  67-Jährige") is no figure but a name: it tells which person, not which fact.
- money: a sum of money counts the same thing as another only when the claims do not name
  different kinds of money (``MONEY_KINDS``: damage, aid, ransom, subsidy, cost, ...): a relief
  fund ("Soforthilfe") and a damage estimate ("Schaden") of one flood are both euros, but never
  one count. A claim that names no kind is not kept apart.

Claims are only compared when their articles tell the same story: the claims of both articles
share at least two names, or their word stems overlap (plain Dice) by at least 0.2. On the
sample batch this separates the four events completely, and it keeps a damage figure of a
flood from being linked to one of a train crash. Then two claims state the same fact when one
of these holds (``Link.reason``):

1. ``wording``: overlap >= 0.45: near-identical sentences;
2. ``figure``: they share a figure and either overlap >= 0.15 or a shared name;
3. ``same count``: both give a figure of the same unit class (different values; for money, not
   of different kinds) and overlap >= 0.2: the same thing counted differently, which is what a
   contradiction hint is for;
4. ``only count``: both give a figure of a unit class that no other claim of their article
   counts (customers, passengers, households, ...; not the broad classes people and jobs, nor
   money), whatever the wording: this links an English claim to a German one on the number of
   customers alone.

The thresholds were set on the sample batch (``ls-factcheck evaluate-grouping``); a rule "shared
name and overlap >= 0.3" was tried and dropped: it linked different statements of one speaker.

Within a link, figures of the same unit class with different values and no equal figure of that
class are a *contradiction hint*, reported with both values as written (not for days and times,
nor for sums of different kinds of money), and only where both count the same thing
(``figure_roles``: not injured against evacuated people, a rate against a total, or a reference
value such as the usual river level against today's).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

import numpy as np

from ls_factcheck.grouping.figure_roles import comparable, role_of
from ls_factcheck.grouping.stories import Story, same_stories
from ls_factcheck.labels import CLAIM, DATE, LABELS, QUANTITY, SOURCE
from ls_factcheck.studio.results import regions_of

PERSON = LABELS.require("PER")

WORDING = 0.45
FIGURE_WORDING = 0.15
COUNT_WORDING = 0.2
_VALUE_TOLERANCE = 0.005
DAY = "date"  # the unit of a calendar day (a DATE with month and day) taken as a figure
CLOCK = "clock"  # the unit of a time of day in the claim's text ("gegen 7.40 Uhr", "at 7:40 a.m.")
AGE_UNITS = frozenset({"Lebensjahre", "years of age"})  # ages as the number rules normalise them
MOMENTS = frozenset({DAY, CLOCK})  # figures that place a fact, never counted or contradicted
_ISO_DAY = re.compile(r"^(?:\d{4}|-)-(\d{2})-(\d{2})$")
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:Uhr\b|([ap])\.?m\b\.?)", re.IGNORECASE)
_MIN_COMPOUND = 5

# Function words of German and English news text; content words are what is left.
STOP_WORDS = frozenset("""
aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bereits
bis bisher bislang da dabei damit dann darauf darum das dass dem den denen der deren des dessen
die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines
einige er erst es etwa ihr ihre ihrem ihren ihrer im in ins ist jedoch jetzt kein keine man mehr
mit nach nicht noch nun nur ob oder ohne rund schon sei seien sein seine seinem seinen seiner
seit sich sie sind so soll sollen sowie uber um und uns unter vom von vor war waren wegen weil
welche wenn werde werden wie wieder wird wir wo wurde wurden zu zum zur zwischen gegen laut
zufolge haben hat hatte hatten habe mindestens knapp gut fast insgesamt zusammen derzeit
sagte sagt erklarte betonte teilte mitteilte mit berichtete angaben hiess demnach
the a an and or of in on at to for by with from as is are was were be been has have had that
which who this these those it its their they he she said says told added according than but not
""".split())

# Counted nouns, by stem, that name the same kind of thing (German and English).
UNIT_CLASSES = {
    "people": ("mensch", "person", "leut", "bewohn", "einwohn", "anwohn", "betroffen", "evakuiert",
               "people", "resident", "inhabitant"),
    "customers": ("kund", "customer"),
    "jobs": ("stell", "arbeitsplatz", "job", "beschaftigt", "mitarbeit", "employe"),
    "households": ("haushalt", "household"),
    "helpers": ("einsatzkraft", "kraft", "helf", "helfer", "rettungskraft"),
    "passengers": ("fahrgast", "reisend", "passeng"),
}
_CLASS_OF = {stem: name for name, stems in UNIT_CLASSES.items() for stem in stems}
# Classes that count several things in one story (injured, evacuated; jobs cut, jobs there):
# that an article gives only one such figure says nothing about which thing it counts.
BROAD_CLASSES = frozenset({"people", "jobs"})

# What a sum of money is, by the stem of its key noun (German and English; stems as ``stem`` cuts
# them). Two sums of different kinds are never the same count: a relief fund and a damage estimate
# of one flood are both euros.
MONEY_KINDS = {
    "damage": ("schad", "damag"),
    "aid": ("hilf", "aid", "relief"),
    "ransom": ("losegeld", "ransom"),
    "subsidy": ("fordermittel", "zuschuss", "subvention", "subsid", "grant"),
    "cost": ("kost", "cost"),
    "revenue": ("umsatz", "revenu", "gewinn", "profit", "verlust"),
    "pay": ("gehalt", "lohn", "salary", "wage"),
    "investment": ("investition", "investment"),
    "spending": ("ausgab", "spending"),
}
# English day and month names as their German words, so a date reads alike in both languages.
CALENDAR = dict(zip(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split(),
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz april mai juni "
    "juli august september oktober november dezember".split()))
_ENDINGS = ("innen", "ern", "en", "er", "es", "em", "e", "n", "s")
_WORD = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+")


@lru_cache(maxsize=65_536)  # the words of a batch repeat: each is folded once
def fold(word: str) -> str:
    """Lower case without umlauts or accents: "Häuser" → "hauser", "Straße" → "strasse"."""
    word = word.lower().replace("ß", "ss")
    if word.isascii():  # most words of a batch: nothing to take apart
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The folded word with one inflection ending cut, keeping at least four letters.

    English day and month names become the German ones first ("Thursday" → "donnerstag").
    """
    word = fold(word)
    word = CALENDAR.get(word, word)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_stems(text: str) -> frozenset[str]:
    """The stems of a sentence's content words and its numbers (separators removed)."""
    stems = set()
    for token in _WORD.findall(text):
        if token[0].isdigit():
            stems.add(re.sub(r"[.,](?=\d{3}\b)", "", token))
        elif len(token) >= 3 and fold(token) not in STOP_WORDS:
            stems.add(stem(token))
    return frozenset(stems)


def stems_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[0].isdigit() or b[0].isdigit():
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _MIN_COMPOUND and (long.startswith(short) or long.endswith(short))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two stem sets where compound parts match (see ``stems_match``).

    Computed with set lookups instead of comparing every pair: a stem matches the other set when
    it is in it, is a part of one of its stems, or has one of them as a part.
    """
    if not a or not b:
        return 0.0
    return (_matched(a, b) + _matched(b, a)) / (len(a) + len(b))


def _matched(a: frozenset[str], b: frozenset[str]) -> int:
    """How many stems of ``a`` match one of ``b``: equal, a part of one, or having one as a part.

    In set operations where it can (a claim pair of a large import is compared many times); only
    the stems of ``a`` are gone through whose parts include a stem of ``b``, when there are any.
    """
    found = (a & b) | (a & _parts_of_set(b))
    common = b & _parts_of_set(a)  # stems of b that are parts of stems of a
    if common:
        found |= {x for x in a if not _parts(x).isdisjoint(common)}
    return len(found)


@lru_cache(maxsize=65_536)  # distinct words of about a window of articles
def _parts(word: str) -> frozenset[str]:
    """The beginnings and ends of ``word`` that ``stems_match`` accepts as compound parts."""
    if word[0].isdigit() or len(word) <= _MIN_COMPOUND:
        return frozenset()
    return frozenset(word[:n] for n in range(_MIN_COMPOUND, len(word))) | frozenset(
        word[-n:] for n in range(_MIN_COMPOUND, len(word)))


# Sized for an import window with its context (about 1,000 articles, 11,000 claims): a set of a
# claim's stems with their parts takes a few kB, so a larger cache would grow with the batch.
_SET_CACHE = 16_384


@lru_cache(maxsize=_SET_CACHE)
def _match_keys(words: frozenset[str]) -> frozenset[str]:
    """The stems and their compound parts: two sets without a key in common cannot overlap."""
    return words | _parts_of_set(words)


@lru_cache(maxsize=_SET_CACHE)
def _parts_of_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(_parts(w) for w in words)) if words else frozenset()


def is_money(unit: str | None) -> bool:
    """A currency as normalised: three capital letters ("EUR", "USD")."""
    return bool(unit) and len(unit) == 3 and unit.isalpha() and unit.isupper()


_CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "€": "EUR", "dollar": "USD", "dollars": "USD", "$": "USD"}


def currency_in(text: str) -> str | None:
    """The currency a figure's text names where its normalised reading leaves the unit open
    ("2.4 million euros" in the English rules) → "EUR"."""
    words = re.findall(r"[^\W\d_]+|[€$]", fold(text))
    return next((_CURRENCY_WORDS[w] for w in words if w in _CURRENCY_WORDS), None)


def money_kinds(stems: Iterable[str]) -> frozenset[str]:
    """The kinds of money (``MONEY_KINDS``) a claim's stems name.

    A key of four letters or more also ends a compound: "Sachschaden" → "sachschad" is damage,
    "Soforthilfe" → "soforthilf" is aid; "aid" must stand alone (not "paid", "raid").
    """
    return frozenset(kind for kind, keys in MONEY_KINDS.items() for s in stems for key in keys
                     if s == key or (len(key) >= 4 and s.endswith(key)))


def unit_class(unit: str | None) -> str | None:
    """The comparable unit: a currency or measure as normalised, or the class of a counted noun."""
    if not unit:
        return None
    if unit.isupper() or not unit.isalpha():
        return unit  # EUR, USD, %, pp, km², °C
    key = stem(unit)
    for candidate in (key, fold(unit)):
        if candidate in _CLASS_OF:
            return _CLASS_OF[candidate]
    return next((name for s, name in _CLASS_OF.items() if len(s) >= _MIN_COMPOUND and key.endswith(s)), key)


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    unit: str | None
    text: str  # as written, qualifier included: "mindestens 1.200 Menschen"
    role: frozenset[str] = frozenset()  # what else it counts: a fate, a rate, a reference (figure_roles)

    def same_value(self, other: Figure) -> bool:
        if self.unit in MOMENTS or other.unit in MOMENTS:
            return self.unit == other.unit and self.value == other.value
        scale = max(abs(self.value), abs(other.value), 1e-9)
        return abs(self.value - other.value) / scale <= _VALUE_TOLERANCE

    def same_figure(self, other: Figure) -> bool:
        units_agree = self.unit == other.unit or self.unit is None or other.unit is None
        return units_agree and self.same_value(other)


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One claim of one article, reduced to what grouping compares."""

    article_id: str
    claim_id: str
    text: str
    start: int
    end: int
    stems: frozenset[str]
    figures: tuple[Figure, ...] = ()
    names: frozenset[str] = frozenset()
    outlet: str = ""
    title: str = ""
    task_id: int | None = None
    story: Story | None = None  # None: compare regardless of the article (unit tests, single claims)

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.claim_id


@dataclass(frozen=True)
class Contradiction:
    unit: str
    here: str
    there: str

    def describe(self, where: str) -> str:
        return f"different figures: {self.here} here vs {self.there} in {where}"


@dataclass(frozen=True)
class Link:
    """Two claims of different articles judged to state the same fact, and why."""

    a: ClaimRecord
    b: ClaimRecord
    reason: str
    overlap: float
    contradictions: tuple[Contradiction, ...] = ()  # seen from ``a``: here = a's figure


@dataclass
class Sibling:
    """What a claim's reviewer is shown about one of its siblings."""

    record: ClaimRecord
    reason: str
    contradictions: list[Contradiction] = field(default_factory=list)


def records_from_result(
    result: Iterable[Mapping], article_id: str, outlet: str = "", title: str = "", task_id: int | None = None
) -> list[ClaimRecord]:
    """The claims in a Label Studio result list (a prediction from ``to_task`` or a stored one).

    Entities inside a claim's span become its figures and names; QUANTITY regions carry their
    normalised reading in ``meta.normalized`` as ``to_task`` writes it.
    """
    spans = list(regions_of(result)[0].values())
    records = []
    for claim in (s for s in spans if s.label == CLAIM):
        inside = [s for s in spans if s is not claim and claim.start <= s.start and s.end <= claim.end]
        figures, names = [], set()
        for entity in inside:
            normalized = entity.meta.get("normalized")
            normalized = normalized if isinstance(normalized, Mapping) else {}
            if entity.label == QUANTITY:
                if normalized.get("unit") in AGE_UNITS and normalized.get("value") is not None:
                    names.add(f"{normalized['value']:g} jahre alt")  # "der 67-Jährige" names a person
                elif normalized.get("value") is not None:
                    unit = unit_class(normalized.get("unit")) or currency_in(entity.text)
                    role = role_of(claim.text, entity.start - claim.start, entity.end - claim.start)
                    figures.append(Figure(float(normalized["value"]), unit, entity.text, role))
            elif entity.label == DATE:
                day = _ISO_DAY.match(str(normalized.get("iso", "")))
                if day:  # "26. Februar 2026" = "February 26": month and day, the year may be left open
                    figures.append(Figure(int(day[1]) * 100 + int(day[2]), DAY, entity.text))
            elif entity.label not in (CLAIM, SOURCE):
                names.add(_name_key(entity.text, entity.label))
        figures += [Figure(_minutes(m), CLOCK, m[0]) for m in _CLOCK.finditer(claim.text)]
        records.append(ClaimRecord(
            article_id=article_id, claim_id=claim.id, text=claim.text, start=claim.start,
            end=claim.end, stems=content_stems(claim.text), figures=tuple(figures),
            names=frozenset(names), outlet=outlet, title=title, task_id=task_id,
        ))
    story = Story(frozenset().union(*(r.names for r in records)),
                  frozenset().union(*(r.stems for r in records)),
                  _counted_once(records))
    return [replace(r, story=story) for r in records]


def _counted_once(records: Iterable[ClaimRecord]) -> frozenset[str]:
    """The unit classes exactly one claim of an article counts (not money, days, times or the
    broad classes): what ``only count`` may link on."""
    claims_per_unit = Counter(unit for r in records for unit in {f.unit for f in r.figures}
                              if unit and unit not in MOMENTS | BROAD_CLASSES and not is_money(unit))
    return frozenset(unit for unit, n in claims_per_unit.items() if n == 1)


def _minutes(clock: re.Match) -> int:
    """Minutes after midnight of a matched time of day: "7.40 Uhr" → 460, "7:40 p.m." → 1180."""
    hour = int(clock[1]) + (12 if (clock[3] or "").lower() == "p" and int(clock[1]) < 12 else 0)
    return hour * 60 + int(clock[2])


def _name_key(text: str, label: str) -> str:
    # People are named in full once and by surname after ("Jörg Albrecht" ... "Albrecht").
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    return stem(words[-1]) if label == PERSON and words else " ".join(stem(w) for w in words)


def compare(a: ClaimRecord, b: ClaimRecord) -> Link | None:
    """The link between two claims of different articles, or None when they state different facts."""
    if a.article_id == b.article_id or not same_story(a, b):
        return None
    return compare_claims(a, b)


def same_story(a: ClaimRecord, b: ClaimRecord) -> bool:
    return a.story is None or b.story is None or a.story.same_as(b.story)


def compare_claims(a: ClaimRecord, b: ClaimRecord) -> Link | None:
    """The rules of the module docstring for two claims whose articles tell the same story."""
    if not (a.figures and b.figures) and _match_keys(a.stems).isdisjoint(_match_keys(b.stems)):
        # No stem and no compound part in common means an overlap of 0, and without figures on
        # both sides no rule links them. Most pairs of a large import end here, at the cost of
        # one set operation instead of ``overlap``.
        return None
    return _link(a, b)


def _link(a: ClaimRecord, b: ClaimRecord) -> Link | None:
    """``compare_claims`` for a pair that shares a stem or of which both give figures."""
    wording = overlap(a.stems, b.stems)
    if not (a.figures and b.figures):
        # Rules 2 to 4 and every contradiction need figures on both sides: only the wording is left.
        return Link(a, b, "wording", round(wording, 3)) if wording >= WORDING else None
    shared_figure = any(x.same_figure(y) for x in a.figures for y in b.figures)
    shared_name = bool(a.names & b.names)
    apart = different_money(a, b)
    counts = {x.unit for x in a.figures for y in b.figures if x.unit and x.unit == y.unit} - apart - MOMENTS
    only_counts = counts & _single_counts(a) & _single_counts(b)
    if wording >= WORDING:
        reason = "wording"
    elif shared_figure and (wording >= FIGURE_WORDING or shared_name):
        reason = "figure"
    elif counts and wording >= COUNT_WORDING:
        reason = "same count"
    elif only_counts:
        reason = "only count"
    else:
        return None
    return Link(a, b, reason, round(wording, 3), tuple(contradictions(a.figures, b.figures, skip=apart | MOMENTS)))


def different_money(a: ClaimRecord, b: ClaimRecord) -> frozenset[str]:
    """The currencies both claims give sums in while naming different kinds of money.

    "Schaden von 40 Millionen Euro" and "Soforthilfe von 1,5 Millionen Euro" are not one count.
    A claim that names no kind (``MONEY_KINDS``) is not kept apart from any.
    """
    currencies = {f.unit for f in a.figures if is_money(f.unit)} & {f.unit for f in b.figures if is_money(f.unit)}
    if not currencies:
        return frozenset()
    kinds_a, kinds_b = money_kinds(a.stems), money_kinds(b.stems)
    return frozenset(currencies) if kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b) else frozenset()


def _single_counts(record: ClaimRecord) -> frozenset[str]:
    return record.story.single_counts if record.story is not None else frozenset()


def contradictions(here: Sequence[Figure], there: Sequence[Figure], skip: Iterable[str] = ()) -> list[Contradiction]:
    """Figures of one unit class whose values differ, where no figure of that class agrees.

    ``skip``: unit classes not to compare (sums of different kinds of money, ``different_money``).
    """
    found = []
    for unit in sorted(({f.unit for f in here if f.unit} & {f.unit for f in there if f.unit}) - set(skip)):
        pairs = [(x, y) for x in here if x.unit == unit for y in there if y.unit == unit if comparable(x.role, y.role)]
        if not pairs or any(x.same_value(y) for x, y in pairs):
            continue  # injured against evacuated, a rate against a total: not the same count
        mine = list(dict.fromkeys(x for x, _ in pairs))
        theirs = list(dict.fromkeys(y for _, y in pairs))
        found.append(Contradiction(unit, ", ".join(f.text for f in mine), ", ".join(f.text for f in theirs)))
    return found


def link_all(records: Sequence[ClaimRecord]) -> list[Link]:
    """Every link between claims of different articles (pairwise; no chaining through a third)."""
    by_article = _by_article(records)
    links = []
    for first, second in combinations(sorted(by_article), 2):
        if not same_story(by_article[first][0], by_article[second][0]):
            continue
        for a in by_article[first]:
            for b in by_article[second]:
                link = compare_claims(a, b)
                if link:
                    links.append(link)
    return links


def siblings(records: Sequence[ClaimRecord], of: Iterable[ClaimRecord] | None = None) -> dict[tuple[str, str], list[Sibling]]:
    """For each claim of ``of`` (default: all), the claims of other articles that state the same fact.

    The story gate answers all pairs of articles at once (``same_stories``), and claims are
    compared only within stories that match, fewer than one pair of articles in a hundred on real
    news. A link holds both ways, so two articles of ``of`` are compared once and each gets the
    other's claims.
    """
    wanted = list(of) if of is not None else list(records)
    result: dict[tuple[str, str], list[Sibling]] = {r.key: [] for r in wanted}
    pool = _by_article(records)
    position = {r.key: n for n, r in enumerate(r for claims in pool.values() for r in claims)}
    by_article = _by_article(wanted)
    # Articles whose claims are all wanted and all in the pool: two of them are compared both ways at once.
    whole = {article_id for article_id, mine in by_article.items()
             if [r.key for r in pool.get(article_id, ())] == [r.key for r in mine]}
    done: set[str] = set()  # wanted articles already held against the whole pool
    keyed: dict[str, _ArticleKeys] = {}  # of the articles that passed a gate, computed once

    def keys_of(article_id: str, claims: Sequence[ClaimRecord]) -> _ArticleKeys:
        if article_id not in keyed:
            keyed[article_id] = _ArticleKeys.of(claims)
        return keyed[article_id]

    pool_ids = list(pool)
    stories = same_stories([mine[0].story for mine in by_article.values()], [pool[i][0].story for i in pool_ids])
    for row, (article_id, mine) in enumerate(by_article.items()):
        for column in np.flatnonzero(stories[row]):
            other_id = pool_ids[column]
            both = other_id in whole and article_id in whole
            if other_id == article_id or (both and other_id in done):
                continue
            for a, b in _candidate_pairs(keys_of(article_id, mine), keys_of(other_id, pool[other_id])):
                link = _link(a, b)
                if link:
                    found = Sibling(b, link.reason, list(link.contradictions))
                    result[a.key].append(found)
                    if both:
                        result[b.key].append(mirrored(a, found))
        done.add(article_id)
    # in the pool's order of articles and claims, whichever side found the link
    for found in result.values():
        found.sort(key=lambda sibling: position[sibling.record.key])
    return result


@dataclass(frozen=True)
class _ArticleKeys:
    """An article's claims with their match keys (``_match_keys``), and all of those keys."""

    claims: tuple[tuple[ClaimRecord, frozenset[str], bool], ...]  # claim, its keys, whether it gives figures
    keys: frozenset[str]

    @classmethod
    def of(cls, claims: Iterable[ClaimRecord]) -> _ArticleKeys:
        keyed = tuple((r, _match_keys(r.stems), bool(r.figures)) for r in claims)
        return cls(keyed, frozenset().union(*(keys for _, keys, _ in keyed)))


def _candidate_pairs(mine: _ArticleKeys, theirs: _ArticleKeys) -> Iterator[tuple[ClaimRecord, ClaimRecord]]:
    """The claim pairs of two articles that share a stem or a compound part, or of which both give
    figures: the only pairs a rule can link (``compare_claims`` tests the same first).

    Most claims of two articles of one story share no key with the other article at all; they
    are set aside with one set operation each instead of one per pair.
    """
    common = mine.keys & theirs.keys
    left = [claim for claim in mine.claims if claim[2] or not claim[1].isdisjoint(common)]
    right = [claim for claim in theirs.claims if claim[2] or not claim[1].isdisjoint(common)] if left else []
    for a, a_keys, a_figures in left:
        for b, b_keys, b_figures in right:
            if (a_figures and b_figures) or not a_keys.isdisjoint(b_keys):
                yield a, b


def mirrored(record: ClaimRecord, found: Sibling) -> Sibling:
    """``record`` as a sibling of ``found.record``: a link holds both ways, its figures seen from the other side."""
    skip = different_money(found.record, record) | MOMENTS
    return Sibling(record, found.reason, contradictions(found.record.figures, record.figures, skip=skip))


def _by_article(records: Iterable[ClaimRecord]) -> dict[str, list[ClaimRecord]]:
    grouped: dict[str, list[ClaimRecord]] = {}
    for record in records:
        grouped.setdefault(record.article_id, []).append(record)
    return grouped
