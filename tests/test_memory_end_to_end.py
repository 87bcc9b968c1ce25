"""The memory against a real Label Studio: at import and through the running plugin."""

from __future__ import annotations

import json
import os
import time

import pytest

from ls_factcheck.backend.connect import connect_project
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.memory.remember import remember
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.schema import MEMORY_VERSION, TaskData, VerifiedClaim
from ls_factcheck.studio.client import connect

from .conftest import REPO
from .plugin_process import start_plugin, stop_plugin
from .test_plugin_end_to_end import BASIC, PATIENCE, SECRET, Plugin, predict_all, tasks_of

pytestmark = pytest.mark.e2e
FLOOD = ("flut-rb", "flut-wa", "flut-m24")
DAMAGE = "Die Kreisverwaltung Elsbachtal schätzt den Schaden nach dem Deichbruch in Hohenfurt auf rund 40 Millionen Euro."


@pytest.fixture
def memory_file(tmp_path):
    """A memory that holds one verified claim of an earlier batch: the flood damage, supported."""
    path = tmp_path / "gedaechtnis.sqlite"
    claim = VerifiedClaim(article_id="flut-archiv", claim_id="claim-1", claim=DAMAGE, start=0, end=len(DAMAGE),
                          verdict="supported", evidence=["Pressemitteilung des Landkreises vom 3. März 2026"],
                          reviewer="lena.vogt")
    with MemoryStore.open(path) as store:
        remember(store, [claim], load_pipeline(), project="Hochwasser Lörze, Woche 10")
    return path


@pytest.fixture
def flood_articles(tmp_path):
    lines = [line for line in (REPO / "samples" / "batch" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"] in FLOOD]
    path = tmp_path / "flut.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def memory_suggestions(task) -> list:
    return [p for p in task.predictions if p.model_version == MEMORY_VERSION]


def suggested_verdicts(prediction) -> list[tuple[str, list[str]]]:
    return [(item["value"]["text"], item["value"]["choices"]) for item in prediction.result if item.get("type") == "choices"]


def test_an_import_with_a_memory_marks_the_claim_checked_before_and_suggests_its_verdict(studio, memory_file, flood_articles):
    result = import_files([flood_articles], "Hochwasser Woche 11", studio.url, studio.token, memory=str(memory_file))
    tasks = tasks_of(connect(studio.url, studio.token), result.project_id)

    damage = tasks["flut-wa"]
    assert damage.data["checked_before"] >= 1
    (suggestion,) = memory_suggestions(damage)
    assert all(choices == ["supported"] for _, choices in suggested_verdicts(suggestion))
    assert any("40 Millionen Euro" in text for text, _ in suggested_verdicts(suggestion))
    lines = [r["meta"]["text"][0] for r in damage.predictions[0].result if (r.get("meta") or {}).get("memory")]
    assert any("already checked by lena.vogt (Hochwasser Lörze, Woche 10): supported" in line for line in lines)
    assert not damage.annotations
    assert tasks["flut-rb"].data["checked_before"] == 0 and not memory_suggestions(tasks["flut-rb"])


@pytest.fixture
def plugin_with_memory(studio, tmp_path, memory_file):
    log = tmp_path / "plugin.log"
    env = dict(os.environ, LS_FACTCHECK_WEBHOOK_SECRET=SECRET, LS_FACTCHECK_BASIC_AUTH_USER=BASIC[0],
               LS_FACTCHECK_BASIC_AUTH_PASSWORD=BASIC[1], LABEL_STUDIO_URL=studio.url,
               LABEL_STUDIO_API_KEY=studio.token, LS_FACTCHECK_MEMORY=str(memory_file))
    process, url = start_plugin(env, log, patience=PATIENCE)
    yield Plugin(url, process, log)
    stop_plugin(process)


def test_the_running_plugin_suggests_the_remembered_verdict_and_leaves_a_human_annotation_alone(
        studio, plugin_with_memory, flood_articles):
    client = connect(studio.url, studio.token)
    connection = connect_project(client, "Hochwasser Plugin", plugin_with_memory.url, SECRET, BASIC)
    articles = [json.loads(line) for line in flood_articles.read_text(encoding="utf-8").splitlines()]
    client.projects.import_tasks(id=connection.project_id, request=[
        {"data": TaskData(text=a["text"], article_id=a["id"], title=a.get("title", ""), outlet=a.get("outlet", "")).model_dump()}
        for a in articles], return_task_ids=True)
    before = tasks_of(client, connection.project_id)
    # A reviewer has already opened and saved the m24 article: the memory must not add to it.
    client.annotations.create(id=before["flut-m24"].id, result=[])
    checked_at_start = plugin_with_memory.status()["task_data_checked"]

    predict_all(client, connection.project_id)
    deadline = time.monotonic() + PATIENCE
    while plugin_with_memory.status()["task_data_checked"] < checked_at_start + 3 and time.monotonic() < deadline:
        time.sleep(0.5)
    tasks = tasks_of(client, connection.project_id)

    (suggestion,) = memory_suggestions(tasks["flut-wa"])
    assert all(choices == ["supported"] for _, choices in suggested_verdicts(suggestion))
    assert tasks["flut-wa"].data["checked_before"] >= 1
    assert not memory_suggestions(tasks["flut-m24"])
    (annotation,) = tasks["flut-m24"].annotations
    assert annotation["result"] == []
    assert plugin_with_memory.status()["memory_suggestions"] == 1


def test_memory_add_from_a_live_project_remembers_its_verdicts_once(studio, tmp_path):
    from typer.testing import CliRunner

    from ls_factcheck.cli import app

    from .conftest import SAMPLES
    from .reviewing import claim_regions, review

    result = import_files([SAMPLES], "Faktencheck Gedächtnis", studio.url, studio.token)
    client = connect(studio.url, studio.token)
    first = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)[0]
    claim = claim_regions(first)[0]
    review(client, first, {claim["id"]: ("disputed", ["https://example.org/gegendarstellung"], "")})
    store = tmp_path / "gedaechtnis.sqlite"
    command = ["memory", "add", "--project", "Faktencheck Gedächtnis", "--store", str(store),
               "--url", studio.url, "--token", studio.token]

    added = CliRunner().invoke(app, command)
    again = CliRunner().invoke(app, command)
    found = CliRunner().invoke(app, ["memory", "search", claim["value"]["text"], "--store", str(store)])

    assert added.exit_code == 0, added.output
    assert "1 new, 0 updated, 0 already there" in added.output
    assert "0 new, 0 updated, 1 already there" in again.output
    assert f"same claim: {claim['value']['text']}" in found.output
    assert "(Faktencheck Gedächtnis): disputed" in found.output
