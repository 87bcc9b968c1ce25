"""Siblings further back than the window's context: the batch's earlier claims, indexed.

An import groups each window of articles completely with the articles just before it (see
``windows``). A story that comes back later in a long batch, weeks of news in one file, is beyond
that context, and comparing every later window with every earlier one would make the cost grow
with the batch. The claims that leave the context therefore go into this index, filed under the
figures they give and their word stems, and a new claim asks the index only for the claims that
share one of its figures or two of its stems: a few lookups per claim, whatever the batch's length.

The index links only what it can be sure of without the whole article at hand:

- ``compare`` links the two claims as ``wording`` (near-identical sentences) or ``figure`` (a
  figure both give, with some wording or a name in common), not on a count alone;
- their articles share enough names (``Story.same_names``, the name half of the story gate; the
  article's word stems are not kept, they are what would make the index large).

A figure or stem that more than ``MAX_POSTINGS`` claims give ("2 Menschen", "polizei") tells
nothing about which fact is meant: it is not looked up, and no longer filed. Days and times of
day, which place many facts, are not filed as figures. The index holds at most ``CAPACITY``
claims, the oldest leaving first, so its memory stays bounded however long the batch, and a claim
gets at most ``MAX_SIBLINGS`` siblings from it, the newest.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import replace

from ls_factcheck.grouping.compare import MOMENTS, ClaimRecord, Figure, Sibling, compare_claims
from ls_factcheck.grouping.stories import Story

MAX_POSTINGS = 40
CAPACITY = 30_000  # about 18 MB of slim records: some 2,700 articles of news beyond the context
MAX_SIBLINGS = 10  # per claim, the newest: an agency text reprinted everywhere would list hundreds
SHARED_STEMS = 2  # a claim is a candidate by wording when it shares this many filed stems
FAR_REASONS = frozenset({"wording", "figure"})

Key = float | str  # a figure's value, or a stem: the two never meet


def figure_key(figure: Figure) -> float | None:
    """The value a figure is filed under: three significant digits, so values within the
    tolerance of ``Figure.same_value`` ("1.200" and "1200", "2,4 Mio." and "2.401.000") meet.
    Days and times of day are not filed."""
    if figure.unit in MOMENTS:
        return None
    return float(f"{figure.value:.3g}")


def _figure_keys(record: ClaimRecord) -> list[float]:
    return list(dict.fromkeys(k for f in record.figures if (k := figure_key(f)) is not None))


class ClaimIndex:
    """Claims by their figures and stems; the oldest leave beyond ``capacity``."""

    def __init__(self, capacity: int = CAPACITY, max_postings: int = MAX_POSTINGS) -> None:
        self.capacity = capacity
        self.max_postings = max_postings
        self._postings: dict[Key, list[ClaimRecord]] = {}
        self._common: set[Key] = set()  # keys too many claims gave: neither filed nor looked up
        self._held: deque[ClaimRecord] = deque()
        self._filed = 0  # how many claims were ever filed: a claim's number tells the newest
        self._number: dict[tuple[str, str], int] = {}

    def __len__(self) -> int:
        return len(self._held)

    def add(self, records: Iterable[ClaimRecord]) -> None:
        stories: dict[int, Story] = {}  # the claims of one article share one names-only story
        for record in records:
            if self.capacity <= 0:
                return
            slim = _slim(record, stories)
            for key in (*_figure_keys(record), *record.stems):
                if key in self._common:
                    continue
                postings = self._postings.setdefault(key, [])
                postings.append(slim)
                if len(postings) > self.max_postings:
                    self._common.add(key)
                    del self._postings[key]
            self._held.append(slim)
            self._filed += 1
            self._number[slim.key] = self._filed
            while len(self._held) > self.capacity:
                self._forget(self._held.popleft())

    def siblings(self, record: ClaimRecord) -> list[Sibling]:
        """The filed claims of other articles that state the same fact as ``record`` (see the module)."""
        candidates: dict[tuple[str, str], ClaimRecord] = {}
        for key in _figure_keys(record):
            for other in self._postings.get(key, ()):
                candidates[other.key] = other
        shared: Counter[tuple[str, str]] = Counter()
        by_key: dict[tuple[str, str], ClaimRecord] = {}
        for key in record.stems:
            for other in self._postings.get(key, ()):
                shared[other.key] += 1
                by_key[other.key] = other
        candidates.update((k, by_key[k]) for k, n in shared.items() if n >= SHARED_STEMS)
        found = []
        for other in sorted(candidates.values(), key=lambda r: -self._number[r.key]):
            if len(found) == MAX_SIBLINGS:
                break
            if other.article_id == record.article_id or not _same_names(record, other):
                continue
            link = compare_claims(record, other)
            if link and link.reason in FAR_REASONS:
                found.append(Sibling(other, link.reason, list(link.contradictions)))
        return found

    def _forget(self, record: ClaimRecord) -> None:
        self._number.pop(record.key, None)
        for key in (*_figure_keys(record), *record.stems):
            postings = self._postings.get(key)
            if postings is not None:
                postings[:] = [r for r in postings if r is not record]
                if not postings:
                    del self._postings[key]


def _slim(record: ClaimRecord, stories: dict[int, Story]) -> ClaimRecord:
    # The text and the article's word stems are most of what a record holds; neither is needed here.
    story = record.story
    if story is not None:
        story = stories.setdefault(id(story), Story(story.names, frozenset(), story.single_counts))
    return replace(record, text="", story=story)


def _same_names(a: ClaimRecord, b: ClaimRecord) -> bool:
    """The name half of the story gate; a claim without a story (unit tests) needs one shared name."""
    if a.story is None or b.story is None:
        return bool(a.names & b.names)
    return a.story.same_names(b.story)
