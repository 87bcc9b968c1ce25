"""The claim evaluation: what each figure counts, and the baseline next to it."""

from __future__ import annotations

import json
from io import StringIO

import pytest
import spacy
from rich.console import Console
from typer.testing import CliRunner

from ls_factcheck.evaluation.claim_eval import evaluate_claims, print_report, same_name
from ls_factcheck.cli import app

TEXT = ("Von Ina Roth\n"
        "Laut Landratsamt mussten 120 Menschen ihre Häuser verlassen. "
        "Die Feuerwehr pumpte die Keller aus. "
        "Ist die Gefahr vorbei?")
SENTENCES = [
    ("Von Ina Roth", "no_claim", None, None, []),
    ("Laut Landratsamt mussten 120 Menschen ihre Häuser verlassen.", "claim", "Landratsamt", "Landratsamt", ["120 Menschen"]),
    ("Die Feuerwehr pumpte die Keller aus.", "claim", None, None, []),
    ("Ist die Gefahr vorbei?", "no_claim", None, None, []),
]


@pytest.fixture
def nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def write_gold(tmp_path, sentences=SENTENCES, text=TEXT):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": text, "language": "de"}, ensure_ascii=False) + "\n", "utf-8")
    gold = tmp_path / "gold.jsonl"
    rows = []
    for sentence, label, source, resolved, quantities in sentences:
        start = text.index(sentence)
        rows.append({"article_id": "a1", "start": start, "end": start + len(sentence), "text": sentence, "label": label,
                     "source": source, "source_resolved": resolved, "quantities": quantities})
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return gold, articles


def test_rules_against_a_gold_file_they_agree_with(tmp_path, nlp):
    gold, articles = write_gold(tmp_path)
    metrics = evaluate_claims(gold, articles, nlp).system.metrics()
    assert metrics["claim F1"] == 1.0
    assert metrics["no_claim specificity"] == 1.0
    assert metrics["source recall"] == 1.0
    assert metrics["unattributed precision"] == 1.0
    assert metrics["quantity F1"] == 1.0


def test_baseline_marks_every_sentence_a_claim(tmp_path, nlp):
    gold, articles = write_gold(tmp_path)
    baseline = evaluate_claims(gold, articles, nlp).baseline.metrics()
    assert baseline["claim precision"] == 0.5
    assert baseline["claim recall"] == 1.0
    assert baseline["no_claim specificity"] == 0.0
    assert baseline["source recall"] == 0.0
    assert baseline["unattributed precision"] == 0.5


def test_a_missed_no_claim_lowers_specificity(tmp_path, nlp):
    # the gold calls the fire brigade sentence no claim; the rules call it a claim
    sentences = [s if s[0] != "Die Feuerwehr pumpte die Keller aus." else (s[0], "no_claim", None, None, [])
                 for s in SENTENCES]
    gold, articles = write_gold(tmp_path, sentences)
    metrics = evaluate_claims(gold, articles, nlp).system.metrics()
    assert metrics["no_claim specificity"] == pytest.approx(2 / 3)
    assert metrics["claim precision"] == 0.5


def test_a_source_resolved_elsewhere_counts_by_its_name(tmp_path, nlp):
    text = "Landrat Ole Brink sagte, die Straße werde gesperrt. Die Sperrung dauere zwei Wochen."
    sentences = [
        ("Landrat Ole Brink sagte, die Straße werde gesperrt.", "claim", "Landrat Ole Brink", "Ole Brink", []),
        ("Die Sperrung dauere zwei Wochen.", "claim", "Ole Brink", "Ole Brink", ["zwei Wochen"]),
    ]
    gold, articles = write_gold(tmp_path, sentences, text)
    assert evaluate_claims(gold, articles, nlp).system.metrics()["source recall"] == 1.0


def test_quantities_match_by_overlap(tmp_path, nlp):
    sentences = [s if not s[4] else (*s[:4], ["120 Menschen ihre"]) for s in SENTENCES]
    gold, articles = write_gold(tmp_path, sentences)
    assert evaluate_claims(gold, articles, nlp).system.metrics()["quantity recall"] == 1.0


def test_offsets_that_miss_their_text_are_refused(tmp_path, nlp):
    gold, articles = write_gold(tmp_path)
    rows = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    rows[1]["start"] += 1
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    with pytest.raises(ValueError, match="do not point at its text"):
        evaluate_claims(gold, articles, nlp)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Reh", "Tobias Reh", True),
    ("deutsche Auswärtige Amt", "Auswärtiges Amt", True),
    ("Polizei", "Feuerwehr", False),
    ("der Sprecher", "die Sprecherin des Amtes", True),
])
def test_same_name(a, b, same):
    assert same_name(a, b) is same


def test_printed_report_shows_the_baseline_and_the_targets(tmp_path, nlp):
    gold, articles = write_gold(tmp_path)
    buffer = StringIO()
    print_report(evaluate_claims(gold, articles, nlp), console=Console(file=buffer, width=140))
    printed = buffer.getvalue()
    assert "baseline: every sentence a claim" in printed
    assert "claim F1" in printed and "≥ 0.95" in printed


def test_the_cli_command_prints_the_table(tmp_path, monkeypatch):
    gold, articles = write_gold(tmp_path)
    result = CliRunner().invoke(app, ["evaluate-claims", str(gold), "--articles", str(articles)])
    assert result.exit_code == 0, result.output
    assert "source recall" in result.output


def test_a_source_given_to_a_claim_whose_gold_has_none_lowers_source_precision(tmp_path, nlp):
    sentences = [(text, label, None, None, quantities) for text, label, _, _, quantities in SENTENCES]
    gold, articles = write_gold(tmp_path, sentences)
    metrics = evaluate_claims(gold, articles, nlp).system.metrics()
    assert metrics["source precision"] == 0.0
    assert evaluate_claims(*write_gold(tmp_path), nlp).system.metrics()["source precision"] == 1.0
