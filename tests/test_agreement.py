"""Reviewer agreement on hand-made cases whose figures can be worked out on paper."""

from __future__ import annotations

from collections import Counter

import pytest

from ls_factcheck.export.agreement import AgreementTally, cohen_kappa, krippendorff_alpha, span_f1
from ls_factcheck.export.review import review_task
from tools.synthetic_export import ArticleBuilder

SATZ = [
    "Der Kreistag hat am Mittwoch 2,4 Millionen Euro für die Sanierung der Realschule bewilligt.",
    "Laut Schulamt besuchen derzeit 612 Kinder die Schule.",
    "Die Bauarbeiten sollen nach Angaben der Verwaltung im Juli beginnen.",
]


def task_judged_by(verdicts_per_reviewer: dict[str, list[str]], task_id: int = 1) -> dict:
    article = ArticleBuilder(f"schule-{task_id}", outlet="Weserbote")
    ids = [article.claim(sentence) for sentence in SATZ]
    annotations = [
        article.annotation(task_id * 10 + n, reviewer, dict(zip(ids, verdicts)), when=f"2026-04-0{n + 1}T08:00:00Z")
        for n, (reviewer, verdicts) in enumerate(verdicts_per_reviewer.items())
    ]
    return article.task(task_id, annotations)


def test_cohens_kappa_of_a_textbook_table():
    # 50 claims: both "supported" 20, A supported/B disputed 5, A disputed/B supported 10, both disputed 15.
    # observed 0.70, expected by chance 0.50, kappa 0.40
    table = {("supported", "supported"): 20, ("supported", "disputed"): 5,
             ("disputed", "supported"): 10, ("disputed", "disputed"): 15}
    assert cohen_kappa(table) == pytest.approx(0.4)


def test_cohens_kappa_is_one_for_identical_verdicts_and_undefined_without_claims():
    assert cohen_kappa({("supported", "supported"): 3, ("unsourced", "unsourced"): 2}) == pytest.approx(1.0)
    assert cohen_kappa({}) is None


def test_krippendorffs_alpha_of_three_reviewers_worked_out_by_hand():
    # Units (supported, disputed, unsourced counts): (2,1,0), (3,0,0), (0,3,0).
    # Coincidences: ss 4, sd 1, ds 1, dd 3; n 9; D_o = 2/9; D_e = 2*5*4/(9*8) = 5/9; alpha = 1 - 0.4 = 0.6
    assert krippendorff_alpha(Counter({(2, 1, 0): 1, (3, 0, 0): 1, (0, 3, 0): 1})) == pytest.approx(0.6)


def test_krippendorffs_alpha_is_one_when_everyone_always_says_the_same():
    assert krippendorff_alpha(Counter({(3, 0, 0): 4})) == 1.0


def test_claim_span_agreement_counts_exact_offsets_and_overlapping_characters():
    one = {(0, 10), (20, 30)}
    other = {(0, 10), (22, 30)}  # the second reviewer left out two characters of the second claim
    exact, overlap = span_f1(one, other)
    assert exact == pytest.approx(0.5)
    assert overlap == pytest.approx(2 * 18 / (20 + 18))


def test_two_reviewers_get_cohens_kappa_over_all_claims_they_both_judged():
    tasks = [
        task_judged_by({"anna@desk.example": ["supported", "disputed", "unsourced"],
                        "jonas@desk.example": ["supported", "supported", "unsourced"]}, 1),
        task_judged_by({"anna@desk.example": ["disputed", "supported", "supported"],
                        "jonas@desk.example": ["disputed", "supported", "disputed"]}, 2),
    ]
    tally = AgreementTally()
    for task in tasks:
        tally.add(review_task(task, "unanimous"))
    result = tally.result()
    assert result.multi_reviewed_claims == 6 and result.multi_reviewed_tasks == 2
    assert result.percent == pytest.approx(4 / 6)
    expected = cohen_kappa({("supported", "supported"): 2, ("disputed", "supported"): 1, ("unsourced", "unsourced"): 1,
                            ("disputed", "disputed"): 1, ("supported", "disputed"): 1})
    assert result.kappa == pytest.approx(expected)
    assert result.claims_in_conflict == 2
    assert result.span_exact_f1 == 1.0


def test_three_reviewers_get_krippendorffs_alpha_and_a_kappa_per_pair():
    task = task_judged_by({"anna@desk.example": ["supported", "supported", "disputed"],
                           "jonas@desk.example": ["supported", "supported", "disputed"],
                           "mira@desk.example": ["disputed", "supported", "disputed"]})
    tally = AgreementTally()
    tally.add(review_task(task))
    result = tally.result()
    assert result.kappa is None  # kappa is for two reviewers
    assert result.alpha == pytest.approx(0.6)
    assert [p.reviewers for p in result.pairs] == [("anna@desk.example", "jonas@desk.example"),
                                                   ("anna@desk.example", "mira@desk.example"),
                                                   ("jonas@desk.example", "mira@desk.example")]
    assert "Krippendorff's α 0.60 on 3 claims" in result.headline


def test_articles_with_one_reviewer_do_not_count_towards_agreement():
    tally = AgreementTally()
    tally.add(review_task(task_judged_by({"anna@desk.example": ["supported", "disputed", "unsourced"]})))
    result = tally.result()
    assert result.multi_reviewed_claims == 0 and result.alpha is None
    assert result.headline == "no claim was judged by two reviewers"
