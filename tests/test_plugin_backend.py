"""The plugin's HTTP protocol in process (FastAPI's test client): contract, cache, auth."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.backend.app import create_app
from ls_factcheck.backend.config import PluginConfig
from ls_factcheck.backend.connections import SECRET_HEADER
from ls_factcheck.backend.predictor import Predictor
from ls_factcheck.schema import Article

BRIDGE = Article(id="karstedt-1", outlet="Kreisblatt", title="Talbrücke gesperrt", language="de", text=(
    "Die Talbrücke bei Karstedt ist seit Montag für Lastwagen gesperrt. Nach Angaben des Landesbetriebs "
    "Straßenbau wurden bei einer Prüfung Risse an zwei Pfeilern entdeckt. Die Sanierung soll rund "
    "14 Millionen Euro kosten, sagte Behördensprecherin Anke Doll am Dienstag."))
FIRE = Article(id="lindau-1", outlet="Tagespost", title="Großbrand in Lindau", language="de", text=(
    "In einer Lagerhalle in Lindau ist am Sonntagabend ein Feuer ausgebrochen. Laut Feuerwehr waren mehr als "
    "120 Einsatzkräfte vor Ort. Mindestens 300 Menschen mussten ihre Wohnungen vorübergehend verlassen."))


def task_json(article: Article, task_id: int) -> dict:
    return {"id": task_id, "data": {"text": article.text, "article_id": article.id, "title": article.title,
                                    "outlet": article.outlet, "language": article.language}}


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    return Predictor()


@pytest.fixture
def client(predictor) -> TestClient:
    return TestClient(create_app(PluginConfig(webhook_secret="s3cret"), predictor))


def test_each_result_is_the_prediction_the_import_builds_for_that_article(client, predictor):
    response = client.post("/predict", json={"tasks": [task_json(BRIDGE, 1)], "project": "1.1700000000"})
    expected = to_task(BRIDGE, annotate(BRIDGE, predictor.nlp), predictor.version)
    assert response.json()["results"] == [expected.predictions[0].model_dump(mode="json", exclude_none=True)]


def test_results_come_one_per_task_in_the_order_asked(client):
    response = client.post("/predict", json={"tasks": [task_json(FIRE, 2), task_json(BRIDGE, 1)]})
    results = response.json()["results"]
    assert len(results) == 2
    texts = [{r["value"]["text"] for r in result["result"] if r.get("type") == "labels"} for result in results]
    assert "Lindau" in texts[0] and "Anke Doll" in texts[1]


def test_setup_answers_the_model_version_the_predictions_carry(client, predictor):
    assert client.post("/setup", json={"project": "1.1700000000", "access_token": "x"}).json() == {
        "model_version": predictor.version}
    result = client.post("/predict", json={"tasks": [task_json(FIRE, 2)]}).json()["results"][0]
    assert result["model_version"] == predictor.version


def test_an_article_asked_for_again_is_not_preannotated_again(client, predictor):
    client.post("/predict", json={"tasks": [task_json(BRIDGE, 1)]})
    computed = predictor.computed
    client.post("/predict", json={"tasks": [task_json(BRIDGE, 1)]})
    assert predictor.computed == computed


def test_an_edited_article_is_preannotated_afresh(client, predictor):
    client.post("/predict", json={"tasks": [task_json(BRIDGE, 1)]})
    computed = predictor.computed
    edited = BRIDGE.model_copy(update={"text": BRIDGE.text + " Eine Umleitung ist ausgeschildert."})
    client.post("/predict", json={"tasks": [task_json(edited, 1)]})
    assert predictor.computed == computed + 1


def test_a_task_without_text_is_refused_with_a_reason(client):
    response = client.post("/predict", json={"tasks": [{"id": 5, "data": {"article_id": "x"}}]})
    assert response.status_code == 422 and "task 5" in response.json()["detail"]


def test_webhooks_are_refused_while_no_secret_is_configured(predictor):
    client = TestClient(create_app(PluginConfig(), predictor))
    response = client.post("/webhook", json={"action": "ANNOTATION_CREATED"}, headers={SECRET_HEADER: ""})
    assert response.status_code == 403 and "no webhook secret" in response.json()["detail"]


def test_a_webhook_with_the_secret_but_no_label_studio_access_is_acknowledged_and_ignored(client):
    response = client.post("/webhook", json={"action": "ANNOTATION_CREATED"}, headers={SECRET_HEADER: "s3cret"})
    assert response.status_code == 200 and response.json()["status"] == "ignored"


def test_other_webhook_actions_are_ignored(client):
    response = client.post("/webhook", json={"action": "PROJECT_UPDATED"}, headers={SECRET_HEADER: "s3cret"})
    assert response.json() == {"status": "ignored", "action": "PROJECT_UPDATED"}


def test_with_basic_auth_configured_predict_needs_it_and_health_does_not(predictor):
    client = TestClient(create_app(PluginConfig(basic_auth_user="ls", basic_auth_password="pw"), predictor))
    assert client.post("/predict", json={"tasks": []}).status_code == 401
    assert client.post("/predict", json={"tasks": []}, auth=("ls", "pw")).status_code == 200
    assert client.get("/health").json()["status"] == "UP"


def test_predict_still_answers_when_label_studio_cannot_be_read(predictor):
    unreachable = PluginConfig(label_studio_url="http://127.0.0.1:9", label_studio_token="token")
    client = TestClient(create_app(unreachable, predictor))
    response = client.post("/predict", json={"tasks": [task_json(FIRE, 2)], "project": "1.1700000000"})
    assert response.status_code == 200 and len(response.json()["results"]) == 1


def test_a_webhook_body_that_is_not_json_is_refused(client):
    response = client.post("/webhook", content=b"not json", headers={SECRET_HEADER: "s3cret"})
    assert response.status_code == 400


def test_while_label_studio_is_unreachable_the_project_listing_is_not_retried_on_every_prediction():
    import httpx

    from ls_factcheck.backend.project_index import ProjectIndex

    class Unreachable:
        calls = 0

        class tasks:  # noqa: N801 - mimics the SDK's client.tasks
            @staticmethod
            def list(**_):
                Unreachable.calls += 1
                raise httpx.ConnectError("connection refused")

    index = ProjectIndex(Unreachable, predictor=None, pause=30.0)
    for _ in range(5):
        with pytest.raises(httpx.ConnectError):
            index.records(7)
    assert Unreachable.calls == 1


class _StoredTasks:
    """Label Studio's task endpoints as far as the after-answer pass uses them: one stored task."""

    def __init__(self, task: dict) -> None:
        self.task, self.updates = task, []

    def list(self, project: int, fields: str, query: str, page_size: int) -> list[dict]:
        wanted = json.loads(query)["selectedItems"]["included"]
        return [self.task] if project == self.task["project"] and self.task["id"] in wanted else []

    def update(self, id: str, data: dict) -> None:
        self.updates.append(data)
        self.task = {**self.task, "data": data}


def _after_answer(monkeypatch, predictor, stored_text: str) -> tuple[int, list[dict]]:
    """Run the pass that follows /predict for BRIDGE as asked; how often it pre-annotated and grouped, and what it wrote."""
    from types import SimpleNamespace

    from ls_factcheck.backend import app as plugin_app
    from ls_factcheck.backend.predictor import article_from_task_data

    calls = []
    computed = plugin_app._predicted
    monkeypatch.setattr(plugin_app, "_predicted", lambda *args: calls.append(args) or computed(*args))
    asked = article_from_task_data(task_json(BRIDGE, 7)["data"], 7)
    answer = computed(predictor, None, (), 3, [asked], [7])
    tasks = _StoredTasks({"id": 7, "project": 3, "data": dict(task_json(BRIDGE, 7)["data"], text=stored_text)})
    plugin_app._store_task_data(SimpleNamespace(tasks=tasks), predictor, None, plugin_app.Progress(), 3,
                                {7: (asked, answer[0])})
    return len(calls), tasks.updates


def test_after_predict_the_stored_article_asked_about_is_not_computed_again(monkeypatch, predictor):
    computed, written = _after_answer(monkeypatch, predictor, BRIDGE.text)
    assert computed == 0
    assert written and written[-1]["claims"] >= 1 and written[-1]["text"] == BRIDGE.text


def test_after_predict_a_stored_article_that_differs_from_the_request_is_computed_from_what_is_stored(
        monkeypatch, predictor):
    stored = BRIDGE.text.replace("14 Millionen", "16 Millionen")
    computed, written = _after_answer(monkeypatch, predictor, stored)
    assert computed == 1
    assert written and written[-1]["text"] == stored
