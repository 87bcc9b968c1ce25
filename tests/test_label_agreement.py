"""A second labelling scored against the gold (`evaluate-claims --labels`): how far two labellers agree."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.evaluation.claim_eval import evaluate_labels

TEXT = ("Hochwasser an der Mulde\n"
        "Nach Angaben des Landkreises wurden 340 Bewohner in Sicherheit gebracht. "
        "Der Pegel sei in der Nacht um 40 Zentimeter gestiegen. "
        "Die Bürgermeisterin forderte mehr Geld für den Deichbau.")
GOLD = [
    ("Hochwasser an der Mulde", "no_claim", None, None, []),
    ("Nach Angaben des Landkreises wurden 340 Bewohner in Sicherheit gebracht.", "claim", "Landkreises",
     "Landkreis", ["340 Bewohner"]),
    ("Der Pegel sei in der Nacht um 40 Zentimeter gestiegen.", "claim", "Landkreises", "Landkreis",
     ["40 Zentimeter"]),
    ("Die Bürgermeisterin forderte mehr Geld für den Deichbau.", "no_claim", None, None, []),
]


def write(tmp_path, name, sentences):
    rows = []
    for sentence, label, source, resolved, quantities in sentences:
        start = TEXT.index(sentence)
        rows.append({"article_id": "mulde", "start": start, "end": start + len(sentence), "text": sentence,
                     "label": label, "source": source, "source_resolved": resolved, "quantities": quantities})
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "mulde", "text": TEXT, "language": "de"}, ensure_ascii=False) + "\n", "utf-8")
    return write(tmp_path, "gold.jsonl", GOLD), articles


def test_a_labelling_agrees_fully_with_itself(files):
    gold, articles = files
    metrics = evaluate_labels(gold, gold, articles).system.metrics()
    assert [metrics[name] for name in ("claim F1", "no_claim specificity", "source recall", "quantity F1")] == [1.0] * 4
    assert metrics["unattributed precision"] is None  # every claim here has a source: none is marked unattributed


def test_a_second_labeller_who_takes_a_demand_for_a_claim_lowers_specificity(tmp_path, files):
    gold, articles = files
    theirs = [row if not row[0].startswith("Die Bürgermeisterin") else
              (row[0], "claim", "Die Bürgermeisterin", "Bürgermeisterin", []) for row in GOLD]
    metrics = evaluate_labels(gold, write(tmp_path, "second.jsonl", theirs), articles).system.metrics()
    assert metrics["no_claim specificity"] == 0.5
    assert metrics["claim precision"] == pytest.approx(2 / 3)


def test_a_carried_over_source_the_second_labeller_left_out_is_a_missed_source(tmp_path, files):
    gold, articles = files
    theirs = [row if not row[0].startswith("Der Pegel") else (row[0], "claim", None, None, ["40 Zentimeter"])
              for row in GOLD]
    report = evaluate_labels(gold, write(tmp_path, "second.jsonl", theirs), articles)
    assert report.system.metrics()["source recall"] == 0.5
    assert report.system.metrics()["unattributed precision"] == 0.0
    assert any(miss.kind == "source" and miss.text.startswith("Der Pegel") for miss in report.misses)


def test_a_quantity_one_labeller_saw_and_the_other_did_not(tmp_path, files):
    gold, articles = files
    theirs = [row if not row[0].startswith("Der Pegel") else (*row[:4], []) for row in GOLD]
    metrics = evaluate_labels(gold, write(tmp_path, "second.jsonl", theirs), articles).system.metrics()
    assert metrics["quantity precision"] == 1.0
    assert metrics["quantity recall"] == 0.5


def test_a_sentence_the_second_labelling_lacks_is_named(tmp_path, files):
    gold, articles = files
    with pytest.raises(ValueError, match=r"second.jsonl: no label for mulde .*Die Bürgermeisterin"):
        evaluate_labels(gold, write(tmp_path, "second.jsonl", GOLD[:3]), articles)


def test_the_cli_names_the_second_labelling_in_its_table(files):
    gold, articles = files
    result = CliRunner().invoke(app, ["evaluate-claims", str(gold), "--articles", str(articles), "--labels", str(gold)])
    assert result.exit_code == 0, result.output
    assert "second labelling" in result.output
