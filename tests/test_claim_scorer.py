"""train-claims: learning from what reviewers kept and removed, measured on held-back articles."""

from __future__ import annotations

import random

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.preannotate.claim_scorer import ENV, ClaimScorer, load_scorer, rescore_claims, train
from ls_factcheck.export.run import ExportOptions, make_writers, plan_outputs, run_export
from ls_factcheck.export.spacy_docs import read_docs, scorer_examples
from tools.synthetic_export import ArticleBuilder
from ls_factcheck.schema import Claim

ORTE = ("Lindach", "Marbeck", "Oberau", "Grünwalde", "Hohenfurt", "Tessin am See")


def reviewed_batch(articles: int = 60, seed: int = 3) -> list[dict]:
    """Reviewers keep the sentences with figures and sources and delete quoted assessments,
    which the rules happen to score high: the pattern a re-scorer should pick up."""
    rng = random.Random(seed)
    tasks = []
    for n in range(articles):
        ort = rng.choice(ORTE)
        article = ArticleBuilder(f"ort-{n}", outlet="Weserbote")
        kept = [
            article.claim(f"Nach Angaben der Stadt {ort} kostet der Umbau des Bahnhofs {rng.randint(3, 90)} Millionen Euro.",
                          round(rng.uniform(0.4, 0.75), 2), ["a number: Millionen Euro", "a named source: Stadt"], source=f"Stadt {ort}"),
            article.claim(f"Im Jahr {rng.randint(2015, 2024)} nutzten täglich {rng.randint(2, 40)}.000 Fahrgäste den Bahnhof.",
                          round(rng.uniform(0.35, 0.7), 2), ["a number: Fahrgäste", "a date: Jahr"]),
        ]
        removed = [
            article.claim(f"„Das ist ein guter Tag für {ort}“, sagte der Bürgermeister bei der Feier.",
                          round(rng.uniform(0.6, 0.9), 2), ["a direct quote", "names: Bürgermeister"]),
            article.claim(f"Viele Menschen in {ort} freuen sich schon lange auf den neuen Bahnhof.",
                          round(rng.uniform(0.35, 0.6), 2), []),
        ]
        annotation = article.annotation(n + 1, "anna@desk.example", {cid: ("supported", ["https://bahn.example"]) for cid in kept},
                                        drop=tuple(removed))
        tasks.append(article.task(n + 1, [annotation]))
    return tasks


@pytest.fixture(scope="module")
def exported_docs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trainingsdaten")
    plan = plan_outputs(["spacy"], folder)
    run_export(reviewed_batch(), make_writers(plan, ExportOptions()))
    return plan["spacy"]


def test_training_on_exported_docs_ranks_held_back_candidates_better_than_the_rules(exported_docs):
    outcome = train(*scorer_examples(read_docs(exported_docs)), held_out=0.25, seed=13)
    assert outcome.test > 0 and 0 < outcome.test_kept < outcome.test
    assert outcome.after["auc"] > outcome.before["auc"]
    assert outcome.after["auc"] > 0.9
    assert outcome.manual == 0


def test_held_back_articles_are_never_trained_on(exported_docs):
    outcome = train(*scorer_examples(read_docs(exported_docs)), held_out=0.25, seed=13)
    assert outcome.train + outcome.test == 60 * 4
    assert outcome.scorer.trained_on["candidates"] == outcome.train


def test_train_claims_prints_before_and_after_and_saves_weights_pre_annotation_can_load(exported_docs, tmp_path):
    weights = tmp_path / "claim_scorer.json"
    run = CliRunner().invoke(app, ["train-claims", str(exported_docs), "-o", str(weights)])
    assert run.exit_code == 0, run.output
    assert "held-back ROC AUC:" in run.output and "before" in run.output and "after" in run.output
    scorer = ClaimScorer.load(weights)
    text = "„Das ist ein guter Tag für Lindach“, sagte er."
    quote = Claim(id="claim-1", start=0, end=len(text), text=text, score=0.85, reasons=["a direct quote"])
    figure = "Der Umbau kostet 12 Millionen Euro."
    money = Claim(id="claim-2", start=0, end=len(figure), text=figure, score=0.5,
                  reasons=["a number: 12 Millionen Euro", "a named source: Stadt"], source_id="source-1")
    rescored_quote, rescored_money = scorer.rescore([quote, money])
    assert rescored_money.score > rescored_quote.score
    assert rescored_quote.reasons[-1].startswith("re-scored from 0.85")


def test_pre_annotation_claims_are_left_alone_when_no_scorer_is_configured(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    text = "Der Umbau kostet 12 Millionen Euro."
    claims = [Claim(id="claim-1", start=0, end=len(text), text=text, score=0.5)]
    assert load_scorer() is None
    assert rescore_claims(claims) is claims


def test_the_configured_scorer_is_picked_up_from_the_environment(exported_docs, tmp_path, monkeypatch):
    weights = tmp_path / "claim_scorer.json"
    train(*scorer_examples(read_docs(exported_docs))).scorer.save(weights)
    monkeypatch.setenv(ENV, str(weights))
    text = "Viele Menschen in Oberau freuen sich auf den Bahnhof."
    [claim] = rescore_claims([Claim(id="claim-1", start=0, end=len(text), text=text, score=0.55)])
    assert claim.score < 0.5 and "re-scored" in claim.reasons[-1]


def test_training_without_any_removed_candidate_explains_what_is_missing(tmp_path):
    tasks = reviewed_batch(articles=4)
    for task in tasks:  # the reviewer kept everything: nothing to learn "remove" from
        for annotation in task["annotations"]:
            annotation["result"] = [r for r in task["predictions"][0]["result"]] + [
                r for r in annotation["result"] if r.get("type") in ("choices", "textarea")]
    plan = plan_outputs(["spacy"], tmp_path)
    run_export(tasks, make_writers(plan, ExportOptions()))
    with pytest.raises(ValueError, match="both kept and removed"):
        train(*scorer_examples(read_docs(plan["spacy"])))


def test_the_gold_claim_sets_become_a_reviewed_export_in_which_every_gold_claim_is_verified():
    import json

    from ls_factcheck.export.review import verified_claims
    from tools.gold_review import GOLD_SETS, REPO, gold_tasks

    tasks = gold_tasks()
    claims = list(verified_claims(tasks))
    gold = [json.loads(line) for name, _ in GOLD_SETS
            for line in (REPO / "eval" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in (r for r in gold if r["label"] == "claim"):
        assert any(c.article_id == row["article_id"] and c.start < row["end"] and row["start"] < c.end for c in claims), row["text"]
    no_claims = {(r["article_id"], r["start"], r["end"]) for r in gold if r["label"] == "no_claim"}
    assert not any((c.article_id, c.start, c.end) in no_claims for c in claims)
