"""What a caller of the plugin can make it write: nothing of its own, and nothing outside connected projects.

A real plugin process and a real Label Studio; the caller knows the plugin's basic auth (the
worst case: anyone Label Studio's ML-backend settings were shared with).
"""

from __future__ import annotations

import time

import httpx
import pytest

from ls_factcheck.export.review import verified_claims
from ls_factcheck.export.sources import tasks_from_project
from ls_factcheck.ingest.bulk_import import import_files

from .test_plugin_end_to_end import (  # noqa: F401 (fixtures)
    BASIC,
    BATCH,
    PATIENCE,
    annotate,
    claim_by_text,
    plugin,
    project,
    tasks_of,
)

pytestmark = pytest.mark.e2e
FORGED = "Gefälschte Meldung: Der Deich bei Lörzingen ist gebrochen, 40.000 Menschen sind auf der Flucht."


def wait_for_data_checks(plugin, count: int) -> None:
    deadline = time.monotonic() + PATIENCE
    while plugin.status()["task_data_checked"] < count:
        assert time.monotonic() < deadline, plugin.log.read_text(encoding="utf-8")[-3000:]
        time.sleep(0.5)


def test_a_predict_call_with_forged_text_never_changes_the_stored_task(project, plugin):
    client, connection = project
    task = tasks_of(client, connection.project_id)["flut-rb"]
    forged = dict(task.data, text=FORGED, url="javascript:alert(1)", title="Deichbruch")
    answer = httpx.post(f"{plugin.url}/predict", auth=BASIC, timeout=300,
                        json={"tasks": [{"id": task.id, "data": forged}], "project": f"{connection.project_id}.0"})
    assert answer.status_code == 200  # the caller gets a pre-annotation of what it sent, and only the caller
    assert answer.json()["results"][0]["result"][0]["value"]["text"] in FORGED
    wait_for_data_checks(plugin, 1)

    stored = client.tasks.get(id=str(task.id)).data
    assert (stored["text"], stored["url"], stored["title"]) == (task.data["text"], task.data["url"], task.data["title"])
    assert "javascript" not in stored.get("link", "")
    assert stored["claims"] > 0  # the summary was computed from the stored article


def test_export_of_the_whole_project_still_works_after_a_forged_call(project, plugin, studio):
    client, connection = project
    task = tasks_of(client, connection.project_id)["flut-wa"]
    httpx.post(f"{plugin.url}/predict", auth=BASIC, timeout=300,
               json={"tasks": [{"id": task.id, "data": dict(task.data, text=FORGED)}],
                     "project": f"{connection.project_id}.0"})
    wait_for_data_checks(plugin, 1)
    tasks = list(tasks_from_project("Faktencheck Plugin", studio.url, studio.token, all_tasks=True))
    assert len(tasks) == 3 and list(verified_claims(tasks)) == []


def test_a_project_nobody_connected_is_neither_read_nor_written(project, plugin, studio):
    client, _ = project
    other = import_files([BATCH], "Fremdes Projekt", studio.url, studio.token)
    stored = tasks_of(client, other.project_id)
    before = {article_id: dict(task.data) for article_id, task in stored.items()}
    target = stored["flut-rb"]
    answer = httpx.post(f"{plugin.url}/predict", auth=BASIC, timeout=300,
                        json={"tasks": [{"id": target.id, "data": target.data}], "project": f"{other.project_id}.0"})
    assert answer.status_code == 200
    # grouped within the request only: the other articles of that project were not read
    assert not any("also in" in str((r.get("meta") or {}).get("text")) for r in answer.json()["results"][0]["result"])
    time.sleep(2)  # nothing is queued for an unconnected project; give a wrong write the chance to show
    assert {a: dict(t.data) for a, t in tasks_of(client, other.project_id).items()} == before
    assert plugin.status()["task_data_checked"] == 0


def test_predicting_a_reviewed_article_again_keeps_its_review_progress(project, plugin):
    client, connection = project
    client.actions.create(id="retrieve_tasks_predictions", project=connection.project_id,
                          selected_items={"all": True, "excluded": []})
    wait_for_data_checks(plugin, 3)
    task = tasks_of(client, connection.project_id)["flut-rb"]
    assert (task.data["claims_decided"], task.data["claims_open"]) == (0, task.data["claims"])  # nothing decided yet
    annotate(client, task, claim_by_text(task, "Der Pegel der Lörze erreichte"), "supported",
             ["https://example.org/pegel-hohenfurt"])
    plugin.wait_for_propagations(1)

    httpx.post(f"{plugin.url}/predict", auth=BASIC, timeout=300,
               json={"tasks": [{"id": task.id, "data": task.data}], "project": f"{connection.project_id}.0"})
    wait_for_data_checks(plugin, 4)
    stored = client.tasks.get(id=str(task.id)).data
    assert (stored["claims_decided"], stored["claims_open"]) == (1, task.data["claims"] - 1)
