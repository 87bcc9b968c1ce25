"""A mistyped input costs nothing: no file replaced by an empty one, no empty project created."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.studio import client as studio_client

runner = CliRunner()


def test_preannotate_with_a_mistyped_input_leaves_the_existing_tasks_file_as_it_was(tmp_path):
    output = tmp_path / "tasks.json"
    output.write_text('[{"data": {"text": "Die Brücke ist seit 2019 gesperrt."}}]', encoding="utf-8")
    result = runner.invoke(app, ["preannotate", str(tmp_path / "artikle"), "-o", str(output)])
    assert result.exit_code == 1
    assert "no article was read" in result.output and "left as it was" in result.output
    assert output.read_text(encoding="utf-8") == '[{"data": {"text": "Die Brücke ist seit 2019 gesperrt."}}]'
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.json"]  # no temporary file left behind


def test_preannotate_with_nothing_read_writes_no_file(tmp_path):
    output = tmp_path / "tasks.json"
    result = runner.invoke(app, ["preannotate", str(tmp_path / "artikle"), "-o", str(output)])
    assert result.exit_code == 1
    assert "not written" in result.output
    assert not output.exists()


def test_serve_with_a_missing_model_says_so_in_one_line():
    script = Path(sys.executable).with_name("ls-factcheck")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "ls_factcheck.cli"]
    run = subprocess.run([*entry, "serve", "--model", "de_nicht_installiert", "--allow-unauthenticated"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "de_nicht_installiert" in errors[0]
    assert "Traceback" not in run.stderr


@pytest.mark.e2e
def test_import_of_a_mistyped_file_creates_no_project(studio, tmp_path):
    result = runner.invoke(app, ["import", str(tmp_path / "artikel.jsonl"), "--project", "Tippfehler",
                                 "--url", studio.url, "--token", studio.token])
    assert result.exit_code == 1
    assert "no article was read" in result.output and "was not created" in result.output
    client = studio_client.connect(studio.url, studio.token)
    assert studio_client.find_project(client, "Tippfehler") is None
