"""What is exported as verified when reviewers disagree: the --resolve rules."""

from __future__ import annotations

from ls_factcheck.export.review import verified_claims
from tools.synthetic_export import ArticleBuilder

PEGEL = "Der Pegel der Isenach stieg bis Sonntagabend auf 3,90 Meter, teilte das Landesamt für Umwelt mit."


def pegel_task(*verdicts: str) -> dict:
    article = ArticleBuilder("pegel-isenach", outlet="Südwest Tagblatt")
    claim = article.claim(PEGEL, source="Landesamt für Umwelt")
    annotations = [article.annotation(n + 1, f"pruefer{n + 1}@desk.example", {claim: (v, [f"https://pegel.example/{n}"])},
                                      when=f"2026-05-0{n + 1}T12:00:00Z")
                   for n, v in enumerate(verdicts)]
    return article.task(3, annotations)


def only(task: dict, rule: str):
    [claim] = list(verified_claims([task], rule))
    return claim


def test_a_single_reviewer_verdict_is_exported_as_it_is():
    claim = only(pegel_task("supported"), "unanimous")
    assert (claim.verdict.value, claim.agreement) == ("supported", "single")


def test_reviewers_who_agree_are_marked_agreed_under_every_rule():
    for rule in ("majority", "unanimous", "latest"):
        assert only(pegel_task("disputed", "disputed"), rule).agreement == "agreed"


def test_majority_publishes_the_verdict_two_of_three_reviewers_gave():
    claim = only(pegel_task("supported", "disputed", "supported"), "majority")
    assert (claim.verdict.value, claim.agreement) == ("supported", "resolved")
    assert [r.verdict.value for r in claim.reviewers] == ["supported", "disputed", "supported"]


def test_majority_without_a_majority_leaves_the_claim_in_conflict():
    claim = only(pegel_task("supported", "disputed"), "majority")
    assert claim.verdict is None and claim.agreement == "conflict"


def test_unanimous_keeps_any_disagreement_as_a_conflict_with_every_verdict():
    claim = only(pegel_task("supported", "supported", "unsourced"), "unanimous")
    assert claim.verdict is None and claim.agreement == "conflict"
    assert [(r.reviewer, r.verdict.value) for r in claim.reviewers] == [
        ("pruefer1@desk.example", "supported"), ("pruefer2@desk.example", "supported"), ("pruefer3@desk.example", "unsourced")]


def test_latest_publishes_the_newest_verdict_and_its_evidence():
    claim = only(pegel_task("supported", "disputed"), "latest")
    assert (claim.verdict.value, claim.agreement, claim.reviewer) == ("disputed", "resolved", "pruefer2@desk.example")
    assert claim.evidence == ["https://pegel.example/1"]


def test_a_cancelled_annotation_is_not_a_verdict():
    task = pegel_task("supported", "disputed")
    task["annotations"][1]["was_cancelled"] = True
    assert only(task, "unanimous").agreement == "single"


def test_a_reviewer_known_only_by_user_id_is_named_so():
    task = pegel_task("supported")
    task["annotations"][0]["completed_by"] = 4
    assert only(task, "latest").reviewer == "user 4"


def test_a_verdict_the_plugin_only_suggested_is_no_review_and_not_the_pre_annotation():
    from ls_factcheck.export.review import review_task

    task = pegel_task()
    suggestion = {"id": 99, "model_version": "ls-factcheck:propagated", "result": [
        dict(task["predictions"][0]["result"][0], id="suggested-1")]}
    task["predictions"].append(suggestion)
    review = review_task(task)
    assert not review.reviewed and review.claims == []
    assert [c.id for c in review.candidates] == ["claim-1"]
