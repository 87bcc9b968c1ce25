"""``ls-factcheck memory``: what a desk sees when it adds to, imports into and searches its memory."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.memory.store import SCHEMA_VERSION

from .memory_helpers import DIKE, EVACUATED, verified
from .test_export_formats import reviewed_task

runner = CliRunner()


def jsonl_export(tmp_path):
    path = tmp_path / "claims.jsonl"
    lines = [verified().model_dump_json(), '{"claim": "nur ein Bruchstück"}',
             verified(DIKE, "supported", claim_id="claim-2").model_dump_json()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_memory_add_names_the_bad_line_adds_the_rest_and_a_second_run_adds_nothing(tmp_path):
    export, store = jsonl_export(tmp_path), tmp_path / "gedaechtnis.sqlite"

    first = runner.invoke(app, ["memory", "add", str(export), "--store", str(store), "--project-name", "Hochwasser Oder"])
    second = runner.invoke(app, ["memory", "add", str(export), "--store", str(store), "--project-name", "Hochwasser Oder"])

    assert first.exit_code == 1
    assert f"{export}:2: not a verified claim" in first.output
    assert f"2 new, 0 updated, 0 already there in {store}" in first.output
    assert "0 new, 0 updated, 2 already there" in second.output


def test_memory_search_shows_the_earlier_verdict_and_why(tmp_path):
    store = tmp_path / "gedaechtnis.sqlite"
    runner.invoke(app, ["memory", "add", str(jsonl_export(tmp_path)), "--store", str(store), "--project-name", "Hochwasser Oder"])

    result = runner.invoke(app, ["memory", "search", "In Neustadt an der Oder mussten 1.200 Menschen ihre Häuser verlassen.",
                                 "--store", str(store), "--limit", "1"])

    assert result.exit_code == 0, result.output
    assert f"same claim: {EVACUATED}" in result.output
    assert "already checked by anna.berger (Hochwasser Oder): disputed" in result.output
    assert "why: wording" in result.output and "same figure: 1.200 Menschen" in result.output


def test_memory_stats_counts_by_origin_and_verdict(tmp_path):
    store = tmp_path / "gedaechtnis.sqlite"
    runner.invoke(app, ["memory", "add", str(jsonl_export(tmp_path)), "--store", str(store)])

    result = runner.invoke(app, ["memory", "stats", "--store", str(store)])

    assert result.exit_code == 0, result.output
    assert f"2 checked claim(s) in {store} (schema version {SCHEMA_VERSION})" in result.output
    assert "from export: 2" in result.output and "disputed: 1" in result.output and "supported: 1" in result.output


def test_memory_without_a_store_says_how_to_name_one(tmp_path, monkeypatch):
    monkeypatch.delenv("LS_FACTCHECK_MEMORY", raising=False)

    result = runner.invoke(app, ["memory", "stats"])

    assert result.exit_code == 2
    assert "no memory store: give --store FILE_OR_URL or set LS_FACTCHECK_MEMORY" in result.output


def test_an_export_with_a_memory_configured_adds_its_verified_claims_to_it(tmp_path, monkeypatch):
    source = tmp_path / "export.json"
    source.write_text(json.dumps([reviewed_task()]), encoding="utf-8")
    store = tmp_path / "gedaechtnis.sqlite"
    monkeypatch.setenv("LS_FACTCHECK_MEMORY", str(store))

    result = runner.invoke(app, ["export", "--from-file", str(source), "-o", str(tmp_path / "out.jsonl"),
                                 "--project-name", "Strompreise"])
    stats = runner.invoke(app, ["memory", "stats"])

    assert result.exit_code == 0, result.output
    assert f"memory: 4 new, 0 updated, 0 already there in {store}" in result.output
    assert "4 checked claim(s)" in stats.output and "1 project(s)" in stats.output
