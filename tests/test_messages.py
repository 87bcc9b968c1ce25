"""What the command line prints is safe to show: no credentials, and names printed as written."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.studio.client import shown_url


def test_a_password_in_the_label_studio_address_is_never_shown():
    assert shown_url("https://redaktion:Geheim-2026@studio.example:8443/ls") == "https://studio.example:8443/ls"
    assert shown_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"


def test_a_connection_error_names_the_server_without_its_credentials():
    done = CliRunner().invoke(app, ["import", "unbekannt.jsonl", "--project", "Faktencheck", "--retries", "1",
                                    "--url", "http://redaktion:Geheim-2026@127.0.0.1:9", "--token", "abc"])
    assert done.exit_code == 2
    assert "127.0.0.1:9" in done.output and "Geheim-2026" not in done.output and "redaktion" not in done.output


def test_file_names_that_look_like_console_markup_are_printed_literally(tmp_path):
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "meldung[bold]eilt[red].txt").write_text("", encoding="utf-8")
    done = CliRunner().invoke(app, ["preannotate", str(folder), "-o", str(tmp_path / "aufgaben.json")])
    assert done.exit_code == 1
    assert f"skipped {folder}/meldung[bold]eilt[red].txt:1: file is empty" in done.output
