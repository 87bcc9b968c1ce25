"""The command line: what a user sees for good and bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.studio.server import free_port

from .conftest import SAMPLES

runner = CliRunner()


def test_preannotate_writes_one_task_per_article(tmp_path):
    output = tmp_path / "tasks.json"
    result = runner.invoke(app, ["preannotate", str(SAMPLES), "-o", str(output)])
    assert result.exit_code == 0, result.output
    tasks = json.loads(output.read_text(encoding="utf-8"))
    assert len(tasks) == 5
    assert "wrote 5 task(s)" in result.output


def test_preannotate_reports_skipped_input_and_exits_non_zero(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"text": "Die Gemeinde zählt 4.100 Einwohner."}\nnicht json\n', encoding="utf-8")
    output = tmp_path / "tasks.json"
    result = runner.invoke(app, ["preannotate", str(batch), "-o", str(output)])
    assert result.exit_code == 1
    assert f"{batch}:2: not valid JSON" in result.output
    assert len(json.loads(output.read_text(encoding="utf-8"))) == 1


def test_import_into_an_unreachable_label_studio_says_so_without_a_traceback(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["import", str(SAMPLES), "--project", "X", "--url", url, "--token", "abcdef"])
    assert result.exit_code == 2
    assert f"cannot reach Label Studio at {url}" in result.output
    assert "Traceback" not in result.output


def test_import_without_a_token_says_how_to_give_one(monkeypatch):
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    result = runner.invoke(app, ["import", str(SAMPLES), "--project", "X"])
    assert result.exit_code == 2
    assert "LABEL_STUDIO_API_KEY" in result.output


def test_export_needs_exactly_one_source(tmp_path):
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert "exactly one of --project or --from-file" in result.output


def test_a_model_that_is_not_installed_is_named_without_a_traceback(tmp_path):
    result = runner.invoke(app, ["preannotate", str(SAMPLES), "-o", str(tmp_path / "t.json"), "--model", "de_core_news_lg"])
    assert result.exit_code == 2
    assert "de_core_news_lg" in result.output and "Traceback" not in result.output
