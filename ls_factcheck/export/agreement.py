"""How far reviewers agree: on verdicts per claim, and on which spans are claims at all.

Label Studio's open-source edition computes no agreement, so it is tallied here during the same
streaming pass as the export. Only counts are kept (a confusion matrix per reviewer pair, one
count vector per doubly-reviewed claim), never the tasks.

- Verdicts: Cohen's kappa for each pair of reviewers over the claims both judged; Krippendorff's
  alpha (nominal, from the ``krippendorff`` package) over all claims judged by two or more
  reviewers, which allows any number of reviewers and missing judgements.
- Spans: for each pair of annotations of the same task, the F1 of their CLAIM spans, once by
  exact offsets and once by overlapping characters (a reviewer who trims a clause still mostly
  agrees with one who keeps the whole sentence).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import krippendorff
import numpy as np

from ls_factcheck.export.review import TaskReview
from ls_factcheck.labels import LABELS

VERDICTS: tuple[str, ...] = LABELS.verdicts


def cohen_kappa(confusion: dict[tuple[str, str], int]) -> float | None:
    """Cohen's kappa from counts of (rater A's label, rater B's label); None when undefined."""
    total = sum(confusion.values())
    if total == 0:
        return None
    observed = sum(n for (a, b), n in confusion.items() if a == b) / total
    left, right = Counter(), Counter()
    for (a, b), n in confusion.items():
        left[a] += n
        right[b] += n
    expected = sum(left[label] * right[label] for label in left) / total**2
    if expected == 1.0:
        # Both raters used one and the same label throughout: chance explains everything.
        return 1.0 if observed == 1.0 else None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(unit_counts: Counter[tuple[int, ...]]) -> float | None:
    """Nominal alpha from how many times each unit (claim) received each verdict."""
    rows = [counts for counts, times in unit_counts.items() for _ in range(times) if sum(counts) >= 2]
    if not rows:
        return None
    matrix = np.array(rows, dtype=float)
    if np.count_nonzero(matrix.sum(axis=0)) < 2:
        return 1.0  # one verdict used throughout: no disagreement, and alpha's formula divides by zero
    return float(krippendorff.alpha(value_counts=matrix, level_of_measurement="nominal"))


def span_f1(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> tuple[float, float]:
    """(exact-offset F1, overlapping-character F1) of two reviewers' claim spans in one article."""
    if not a and not b:
        return 1.0, 1.0
    exact = 2 * len(a & b) / (len(a) + len(b))
    chars_a = {i for s, e in a for i in range(s, e)}
    chars_b = {i for s, e in b for i in range(s, e)}
    overlap = 2 * len(chars_a & chars_b) / (len(chars_a) + len(chars_b)) if chars_a or chars_b else 1.0
    return exact, overlap


@dataclass
class PairAgreement:
    reviewers: tuple[str, str]
    claims: int
    percent: float | None
    kappa: float | None


@dataclass
class Agreement:
    multi_reviewed_tasks: int = 0
    multi_reviewed_claims: int = 0
    claims_in_conflict: int = 0
    reviewers: list[str] = field(default_factory=list)
    percent: float | None = None
    kappa: float | None = None  # only when exactly two reviewers took part
    alpha: float | None = None
    pairs: list[PairAgreement] = field(default_factory=list)
    span_exact_f1: float | None = None
    span_overlap_f1: float | None = None
    span_pairs: int = 0

    @property
    def headline(self) -> str:
        if not self.multi_reviewed_claims:
            return "no claim was judged by two reviewers"
        figure = f"Cohen's κ {self.kappa:.2f}" if self.kappa is not None else (
            f"Krippendorff's α {self.alpha:.2f}" if self.alpha is not None else "agreement undefined")
        return (f"{figure} on {self.multi_reviewed_claims} claims judged by two or more reviewers "
                f"({self.percent:.0%} identical verdicts)")


class AgreementTally:
    """Fed one TaskReview at a time; ``result()`` gives the figures."""

    def __init__(self) -> None:
        self.pair_confusion: dict[tuple[str, str], Counter] = {}
        self.unit_counts: Counter[tuple[int, ...]] = Counter()
        self.reviewers: set[str] = set()
        self.tasks = 0
        self.claims = 0
        self.unanimous = 0
        self.conflicts = 0
        self.span_pairs = 0
        self.span_exact = 0.0
        self.span_overlap = 0.0

    def add(self, review: TaskReview) -> None:
        for claim in review.claims:
            self.conflicts += claim.agreement == "conflict"
        if len(review.annotations) < 2:
            return
        self.tasks += 1
        names = _rater_names(review)
        for (view_a, name_a), (view_b, name_b) in combinations(zip(review.annotations, names), 2):
            exact, overlap = span_f1(view_a.claim_spans, view_b.claim_spans)
            self.span_pairs += 1
            self.span_exact += exact
            self.span_overlap += overlap
        for reviewed in review.by_span.values():
            if len(reviewed) < 2:
                continue
            self.claims += 1
            verdicts = {}
            for claim, view_name in ((c, _name_of(c, review, names)) for c in reviewed):
                verdicts[view_name] = claim.reviewer.verdict.value
            self.reviewers.update(verdicts)
            self.unanimous += len(set(verdicts.values())) == 1
            self.unit_counts[tuple(sum(v == label for v in verdicts.values()) for label in VERDICTS)] += 1
            for a, b in combinations(sorted(verdicts), 2):
                self.pair_confusion.setdefault((a, b), Counter())[verdicts[a], verdicts[b]] += 1

    def result(self) -> Agreement:
        pairs = []
        for (a, b), confusion in sorted(self.pair_confusion.items()):
            total = sum(confusion.values())
            same = sum(n for (x, y), n in confusion.items() if x == y)
            pairs.append(PairAgreement((a, b), total, same / total if total else None, cohen_kappa(confusion)))
        return Agreement(
            multi_reviewed_tasks=self.tasks,
            multi_reviewed_claims=self.claims,
            claims_in_conflict=self.conflicts,
            reviewers=sorted(self.reviewers),
            percent=self.unanimous / self.claims if self.claims else None,
            kappa=pairs[0].kappa if len(self.reviewers) == 2 and len(pairs) == 1 else None,
            alpha=krippendorff_alpha(self.unit_counts),
            pairs=pairs,
            span_exact_f1=self.span_exact / self.span_pairs if self.span_pairs else None,
            span_overlap_f1=self.span_overlap / self.span_pairs if self.span_pairs else None,
            span_pairs=self.span_pairs,
        )


def _rater_names(review: TaskReview) -> list[str]:
    """One name per annotation; a reviewer who annotated the task twice counts as two raters."""
    seen: Counter[str] = Counter()
    names = []
    for view in review.annotations:
        seen[view.reviewer] += 1
        names.append(view.reviewer if seen[view.reviewer] == 1 else f"{view.reviewer} (#{seen[view.reviewer]})")
    return names


def _name_of(claim, review: TaskReview, names: list[str]) -> str:
    for view, name in zip(review.annotations, names):
        if view.annotation_id == claim.reviewer.annotation_id and any(c is claim for c in view.claims):
            return name
    return claim.reviewer.reviewer
