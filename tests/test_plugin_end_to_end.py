"""The plugin as Label Studio uses it: a real server, a real plugin process, the SDK in between.

Tasks are imported without predictions, so every pre-annotation seen here came from the plugin.
The machine is shared and slow at times: waits poll with generous limits and assert on state,
never on how long something took.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.labels import CLAIM
from ls_factcheck.backend.connections import SECRET_HEADER
from ls_factcheck.backend.connect import connect_project
from ls_factcheck.schema import PROPAGATED_VERSION
from ls_factcheck.schema import TaskData
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.project_tasks import stored_task

from .conftest import REPO
from .plugin_process import start_plugin, stop_plugin
from ls_factcheck.studio.results import verdict_items

pytestmark = pytest.mark.e2e
BATCH = REPO / "samples" / "batch" / "articles.jsonl"
FLOOD = ("flut-rb", "flut-wa", "flut-m24")
SECRET = "test-webhook-secret-4711"
BASIC = ("labelstudio", "plugin-password-0815")
PATIENCE = 300  # seconds; a ceiling for waits on a loaded machine, never an expectation


class Plugin:
    def __init__(self, url: str, process: subprocess.Popen, log: Path) -> None:
        self.url, self.process, self.log = url, process, log

    def status(self) -> dict:
        return httpx.get(f"{self.url}/status", auth=BASIC, timeout=30).json()

    def wait_for_propagations(self, count: int) -> dict:
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            status = self.status()
            if status["propagations_done"] + status["propagations_failed"] >= count:
                assert status["propagations_failed"] == 0, self.log.read_text(encoding="utf-8")[-3000:]
                return status
            time.sleep(0.5)
        raise AssertionError(f"propagation did not finish; plugin log:\n{self.log.read_text(encoding='utf-8')[-3000:]}")


@pytest.fixture
def plugin(studio, tmp_path):
    log = tmp_path / "plugin.log"
    env = dict(os.environ, LS_FACTCHECK_WEBHOOK_SECRET=SECRET, LS_FACTCHECK_BASIC_AUTH_USER=BASIC[0],
               LS_FACTCHECK_BASIC_AUTH_PASSWORD=BASIC[1], LABEL_STUDIO_URL=studio.url,
               LABEL_STUDIO_API_KEY=studio.token)
    process, url = start_plugin(env, log, patience=PATIENCE)
    yield Plugin(url, process, log)
    stop_plugin(process)


@pytest.fixture
def project(studio, plugin):
    """The flood articles imported as bare tasks, and the plugin connected to their project."""
    client = connect(studio.url, studio.token)
    connection = connect_project(client, "Faktencheck Plugin", plugin.url, SECRET, BASIC)
    articles = [a for a in read_articles([BATCH], []) if a.id in FLOOD]
    # every field the labelling interface reads, empty: the plugin fills in what it computes
    data = [{"data": TaskData(text=a.text, article_id=a.id, title=a.title or "", outlet=a.outlet or "",
                              language=a.language or "", byline=a.outlet or "", unattributed_selector="").model_dump()}
            for a in articles]
    client.projects.import_tasks(id=connection.project_id, request=data, return_task_ids=True)
    return client, connection


def tasks_of(client, project_id: int) -> dict[str, object]:
    tasks = client.tasks.list(project=project_id, fields="all")
    return {task.data["article_id"]: task for task in tasks}


def predict_all(client, project_id: int) -> dict[str, object]:
    client.actions.create(id="retrieve_tasks_predictions", project=project_id, selected_items={"all": True, "excluded": []})
    return tasks_of(client, project_id)


def claim_by_text(task, prefix: str) -> dict:
    return next(r for r in task.predictions[0].result
                if r.get("type") == "labels" and r["value"]["labels"] == [CLAIM] and r["value"]["text"].startswith(prefix))


def propagated(task) -> list:
    return [p for p in task.predictions if p.model_version == PROPAGATED_VERSION]


def annotate(client, task, region: dict, verdict: str, evidence: list[str], notes: str = ""):
    result = [dict(item) for item in task.predictions[0].result if item.get("type") == "labels"]
    result += verdict_items(region, verdict, evidence, notes)
    return client.annotations.create(id=task.id, result=result)


def test_connect_registers_the_backend_and_one_webhook_with_the_secret_header(project):
    client, connection = project
    assert connection.state == "CO"  # Label Studio reached /health and /setup with basic auth
    hooks = [h for h in client.webhooks.list(project=str(connection.project_id))]
    assert len(hooks) == 1
    assert hooks[0].headers == {SECRET_HEADER: SECRET}


def test_reading_a_task_back_asks_the_plugin_for_no_prediction(project, plugin):
    # Label Studio's single-task endpoint asks the backend for a prediction of a task that has none;
    # the plugin reading a task right after /predict through it got the pre-annotation stored twice
    client, connection = project
    task_id = next(iter(tasks_of(client, connection.project_id).values())).id
    preannotated = plugin.status()["articles_preannotated"]

    task = stored_task(client, connection.project_id, task_id)

    assert task["id"] == task_id and task["data"]["article_id"] in FLOOD and not task["predictions"]
    assert plugin.status()["articles_preannotated"] == preannotated
    assert not tasks_of(client, connection.project_id)[task["data"]["article_id"]].predictions
    assert stored_task(client, connection.project_id + 1000, task_id) is None


def test_retrieve_predictions_stores_the_plugins_preannotation_for_tasks_imported_without(project, plugin):
    client, connection = project
    before = tasks_of(client, connection.project_id)
    assert all(not task.predictions for task in before.values())

    tasks = predict_all(client, connection.project_id)

    version = plugin.status()["model_version"]
    for task in tasks.values():
        assert [p.model_version for p in task.predictions] == [version]
        regions = [r for r in task.predictions[0].result if r.get("type") == "labels"]
        assert any(r["value"]["labels"] == [CLAIM] for r in regions)
        for region in regions:
            value = region["value"]
            assert task.data["text"][value["start"]:value["end"]] == value["text"]


def test_stored_predictions_show_siblings_and_conflicting_figures_to_the_reviewer(project):
    client, connection = project
    tasks = predict_all(client, connection.project_id)
    level = claim_by_text(tasks["flut-rb"], "Der Pegel der Lörze erreichte")
    assert "also in: Westfälische Abendpost" in level["meta"]["text"][0]
    evacuated = claim_by_text(tasks["flut-rb"], "Mindestens 1.200 Menschen")
    hints = evacuated["meta"]["contradictions"]
    assert any(h["article_id"] == "flut-m24" and "1.200" in h["here"] and "1.500" in h["there"] for h in hints)


def test_predicting_again_recomputes_nothing(project, plugin):
    client, connection = project
    predict_all(client, connection.project_id)
    computed = plugin.status()["articles_preannotated"]
    response = httpx.post(f"{plugin.url}/predict", auth=BASIC, timeout=300, json={
        "tasks": [{"id": t.id, "data": t.data} for t in tasks_of(client, connection.project_id).values()],
        "project": f"{connection.project_id}.0"})
    assert response.status_code == 200 and len(response.json()["results"]) == 3
    assert plugin.status()["articles_preannotated"] == computed


def test_a_verdict_becomes_a_marked_suggestion_on_the_same_claim_in_an_unreviewed_article(project, plugin):
    client, connection = project
    tasks = predict_all(client, connection.project_id)
    source = tasks["flut-rb"]
    level = claim_by_text(source, "Der Pegel der Lörze erreichte")
    annotation = annotate(client, source, level, "supported", ["https://example.org/pegel-hohenfurt"], "Pegelstand amtlich")
    plugin.wait_for_propagations(1)

    sibling = tasks_of(client, connection.project_id)["flut-wa"]
    [suggestion] = propagated(sibling)
    target = claim_by_text(sibling, "Der Pegel der Lörze lag")
    items = [i for i in suggestion.result if i.get("id") == target["id"]]
    choices = next(i for i in items if i["type"] == "choices")
    evidence = next(i for i in items if i["type"] == "textarea" and i["from_name"] == "evidence")
    marked = next(i for i in items if i["type"] == "labels")
    assert choices["value"]["choices"] == ["supported"]
    assert evidence["value"]["text"] == ["https://example.org/pegel-hohenfurt"]
    assert marked["meta"]["propagated_from"] == {"task": source.id, "annotation": annotation.id, "article_id": "flut-rb",
                                                 "claim_id": level["id"], "verdict": "supported"}
    assert f"propagated from task {source.id}" in marked["meta"]["text"][0]
    assert not list(client.annotations.list(id=sibling.id)), "a suggestion is a prediction, never an annotation"


def test_the_same_webhook_twice_changes_nothing(project, plugin):
    client, connection = project
    tasks = predict_all(client, connection.project_id)
    source = tasks["flut-rb"]
    level = claim_by_text(source, "Der Pegel der Lörze erreichte")
    annotation = annotate(client, source, level, "supported", ["https://example.org/pegel-hohenfurt"])
    plugin.wait_for_propagations(1)
    first = propagated(tasks_of(client, connection.project_id)["flut-wa"])

    stored = client.annotations.get(annotation.id)
    payload = {"action": "ANNOTATION_UPDATED", "annotation": {"id": stored.id, "task": source.id, "result": stored.result},
               "task": {"id": source.id}, "project": {"id": connection.project_id}}
    for _ in range(2):
        assert httpx.post(f"{plugin.url}/webhook", json=payload, headers={SECRET_HEADER: SECRET}, timeout=60).status_code == 200
    client.annotations.update(id=annotation.id, result=stored.result)  # Label Studio's own ANNOTATION_UPDATED
    status = plugin.wait_for_propagations(4)

    again = propagated(tasks_of(client, connection.project_id)["flut-wa"])
    assert [(p.id, p.result) for p in again] == [(p.id, p.result) for p in first]
    assert status["last_propagation"]["created"] == [] and status["last_propagation"]["updated"] == []


def test_a_changed_verdict_updates_the_one_suggestion_in_place(project, plugin):
    client, connection = project
    tasks = predict_all(client, connection.project_id)
    source = tasks["flut-rb"]
    level = claim_by_text(source, "Der Pegel der Lörze erreichte")
    annotation = annotate(client, source, level, "supported", ["https://example.org/pegel-hohenfurt"])
    plugin.wait_for_propagations(1)
    result = [dict(item) for item in source.predictions[0].result if item.get("type") == "labels"]
    result += verdict_items(level, "disputed", ["https://example.org/pegel-korrektur"])
    client.annotations.update(id=annotation.id, result=result)
    plugin.wait_for_propagations(2)

    [suggestion] = propagated(tasks_of(client, connection.project_id)["flut-wa"])
    choices = [i["value"]["choices"] for i in suggestion.result if i.get("type") == "choices"]
    assert choices == [["disputed"]]


def test_an_article_a_human_has_annotated_gets_no_suggestion(project, plugin):
    client, connection = project
    tasks = predict_all(client, connection.project_id)
    sibling = tasks["flut-wa"]
    client.annotations.create(id=sibling.id, result=[dict(i) for i in sibling.predictions[0].result if i.get("type") == "labels"])
    plugin.wait_for_propagations(1)  # the sibling's own annotation was a webhook too
    source = tasks["flut-rb"]
    annotate(client, source, claim_by_text(source, "Der Pegel der Lörze erreichte"), "supported", ["https://example.org/pegel"])
    status = plugin.wait_for_propagations(2)

    assert not propagated(tasks_of(client, connection.project_id)["flut-wa"])
    assert sibling.id in status["last_propagation"]["human_annotated"]
    assert len(list(client.annotations.list(id=sibling.id))) == 1


def test_a_webhook_with_a_wrong_or_missing_secret_is_refused(project, plugin):
    client, connection = project
    payload = json.dumps({"action": "ANNOTATION_CREATED", "annotation": {"id": 1, "result": []},
                          "task": {"id": 1}, "project": {"id": connection.project_id}})
    wrong = httpx.post(f"{plugin.url}/webhook", content=payload, headers={SECRET_HEADER: "guessed"}, timeout=60)
    missing = httpx.post(f"{plugin.url}/webhook", content=payload, timeout=60)
    assert wrong.status_code == missing.status_code == 403
    assert plugin.status()["propagations_queued"] == 0


def test_predict_and_setup_require_the_basic_auth_credentials(plugin):
    assert httpx.post(f"{plugin.url}/setup", json={}, timeout=60).status_code == 401
    assert httpx.post(f"{plugin.url}/predict", json={"tasks": []}, auth=("labelstudio", "wrong"), timeout=60).status_code == 401
    assert httpx.post(f"{plugin.url}/setup", json={}, auth=BASIC, timeout=60).json()["model_version"]


def test_predicted_tasks_get_the_summary_fields_and_claim_groups_in_their_data(project):
    client, connection = project
    predict_all(client, connection.project_id)
    deadline = time.monotonic() + PATIENCE  # the plugin writes the data after answering /predict
    while "claim_groups" not in (data := tasks_of(client, connection.project_id)["flut-rb"].data):
        assert time.monotonic() < deadline, "the task data never got its claim groups"
        time.sleep(0.5)
    siblings = [s["article_id"] for found in data["claim_groups"].values() for s in found]
    assert {"flut-wa", "flut-m24"} <= set(siblings)
    assert data["grouped_claims"] == len(data["claim_groups"]) and data["figure_conflicts"] >= 1
    assert data["claims"] > 0 and data["text"] == tasks_of(client, connection.project_id)["flut-rb"].data["text"]


def test_a_bulk_import_groups_the_batch_in_region_meta_and_task_data(studio, tmp_path):
    batch = tmp_path / "flood.jsonl"
    batch.write_text("".join(line + "\n" for line in BATCH.read_text(encoding="utf-8").splitlines()
                             if any(f'"id": "{a}"' in line for a in FLOOD)), encoding="utf-8")
    result = import_files([batch], "Faktencheck Import", studio.url, studio.token)
    tasks = tasks_of(connect(studio.url, studio.token), result.project_id)
    level = claim_by_text(tasks["flut-wa"], "Der Pegel der Lörze lag")
    assert "also in: Rheinischer Bote" in level["meta"]["text"][0]
    assert any(s["article_id"] == "flut-rb" for s in tasks["flut-wa"].data["claim_groups"][level["id"]])


def verdict_on_one_claim(client, project_id: int, plugin) -> tuple[object, int]:
    """Predict every article, give one claim of "flut-rb" a verdict; the task and how many claims it has."""
    source = predict_all(client, project_id)["flut-rb"]
    claims = [r for r in source.predictions[0].result if r.get("type") == "labels" and r["value"]["labels"] == [CLAIM]]
    annotate(client, source, claim_by_text(source, "Der Pegel der Lörze erreichte"), "supported",
             ["https://example.org/pegel-hohenfurt"])
    plugin.wait_for_propagations(1)
    return source, len(claims)


def test_a_saved_verdict_records_how_many_claims_of_the_article_are_decided_and_open(project, plugin):
    client, connection = project
    _, claims = verdict_on_one_claim(client, connection.project_id, plugin)
    data = tasks_of(client, connection.project_id)["flut-rb"].data
    assert (data["claims_decided"], data["claims_open"]) == (1, claims - 1)
