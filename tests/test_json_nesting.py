"""JSON nested absurdly deep is one clear message, wherever it comes from; nothing crashes or stalls."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.ingest.task_files import read_task_files
from ls_factcheck.json_items import json_items

DEEP = "[" * 200_000 + "]" * 200_000


def test_items_are_built_as_json_loads_builds_them():
    tasks = [{"id": 1, "data": {"text": "Pegel 3,90 Meter"}, "annotations": [{"result": [{"value": {"start": 0}}]}]},
             {"id": 2, "data": {}, "predictions": [], "score": 0.5}]
    assert list(json_items(io.BytesIO(json.dumps(tasks).encode()))) == tasks


def test_an_export_nested_too_deep_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "export.json"
    path.write_text("[" + DEEP + "]", encoding="utf-8")
    done = CliRunner().invoke(app, ["export", "--from-file", str(path), "-o", str(tmp_path / "claims.jsonl")])
    assert done.exit_code == 2
    assert f"{path}: JSON nested more than 64 levels deep" in done.output
    assert not (tmp_path / "claims.jsonl").exists()


def test_a_file_that_is_no_array_is_named(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{"id": 1}', encoding="utf-8")
    done = CliRunner().invoke(app, ["export", "--from-file", str(path), "-o", str(tmp_path / "out")])
    assert done.exit_code == 2 and f"{path}: expected a JSON array of tasks" in done.output


@pytest.mark.parametrize("layout", ["one task a line", "pretty-printed"])
def test_a_task_file_nested_too_deep_costs_only_what_is_nested(tmp_path, layout):
    path = tmp_path / "tasks.json"
    deep_task = '{"data": {"text": ' + DEEP + "}}"
    path.write_text(f"[\n{deep_task}\n]\n" if layout == "one task a line" else f"[ {deep_task} ]", encoding="utf-8")
    problems = []
    assert list(read_task_files([path], problems)) == []
    assert "nested" in str(problems[0]) and str(problems[0]).startswith(str(path))


def test_one_jsonl_line_nested_too_deep_never_drops_its_neighbours(tmp_path):
    path = tmp_path / "meldungen.jsonl"
    lines = [{"id": "a", "text": "Der Pegel stieg auf 3,90 Meter."}, None, {"id": "b", "text": "Der Deich hält."}]
    path.write_text("\n".join(DEEP if line is None else json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    problems = []
    assert [a.id for a in read_articles([path], problems)] == ["a", "b"]
    assert [str(p) for p in problems] == [f"{path}:2: JSON nested too deeply to read"]
