"""evaluate-sources: token scores against a SpkAtt-format folder (a made-up article in its format)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.evaluation.source_eval import article_text, gold_sources


def _article(tmp_path):
    document = {
        "DocumentName": "1 - Testartikel (2026-01-01)",
        "Sentences": [
            {"SentenceId": 0, "Tokens": "Laut Polizei wurden 12 Menschen verletzt .".split()},
            {"SentenceId": 1, "Tokens": "Der Bürgermeister sagte , die Straße bleibe gesperrt .".split()},
        ],
        "Annotations": [
            {"Source": ["0:1"], "Form": "Indirect", "IsNested": False},
            {"Source": ["1:0", "1:1"], "Form": "Indirect", "IsNested": False},
            {"Source": ["1:5"], "Form": "Direct", "IsNested": True},
        ],
    }
    (tmp_path / "wikinews-1.json").write_text(json.dumps(document), encoding="utf-8")
    return document


def test_tokens_are_joined_with_single_spaces_and_keep_their_positions(tmp_path):
    text, spans = article_text(_article(tmp_path))
    assert text.startswith("Laut Polizei wurden 12 Menschen verletzt . Der Bürgermeister")
    start, end = spans["1:1"]
    assert text[start:end] == "Bürgermeister"


def test_nested_attributions_are_not_gold(tmp_path):
    assert gold_sources(_article(tmp_path)) == {"0:1": "Indirect", "1:0": "Indirect", "1:1": "Indirect"}


def test_the_command_reports_token_scores_and_recall_per_form(tmp_path):
    _article(tmp_path)
    result = CliRunner().invoke(app, ["evaluate-sources", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 articles; source tokens: precision 1.000 recall 1.000 F1 1.000" in result.output
    assert "Indirect" in result.output


def test_a_folder_without_articles_is_one_clear_message(tmp_path):
    result = CliRunner().invoke(app, ["evaluate-sources", str(tmp_path)])
    assert result.exit_code != 0
    assert "no SpkAtt article files" in result.output
