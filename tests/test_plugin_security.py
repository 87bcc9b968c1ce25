"""The plugin's guards, without a server: credentials, bounded bodies, clear refusals of bad payloads."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from ls_factcheck.backend.app import create_app
from ls_factcheck.backend.config import PluginConfig
from ls_factcheck.backend.connections import SECRET_HEADER, ConnectedProjects
from ls_factcheck.backend.predictor import Predictor

BASIC = ("labelstudio", "Deichgraf-2026")
TEXT = "Die Talbrücke bei Karstedt bleibt nach Angaben des Landkreises bis Ende Mai gesperrt."


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    return Predictor()


@pytest.fixture
def client(predictor) -> TestClient:
    config = PluginConfig(basic_auth_user=BASIC[0], basic_auth_password=BASIC[1], webhook_secret="s3cret",
                          label_studio_url="http://127.0.0.1:9", label_studio_token="token",
                          max_body_bytes=200_000, max_article_chars=5_000)
    return TestClient(create_app(config, predictor), raise_server_exceptions=False)


def predict(client: TestClient, body: object, **options):
    return client.post("/predict", content=json.dumps(body), auth=BASIC,
                       headers={"content-type": "application/json"}, **options)


@pytest.mark.parametrize(("body", "message"), [
    ({"tasks": "abc"}, "/predict: tasks: Input should be a valid list"),
    ([1], "/predict: body: Input should be a valid dictionary"),
    ({"tasks": [{"data": "x"}]}, "/predict: tasks.0.data: Input should be a valid dictionary"),
    ({"tasks": [{"id": "fünf", "data": {"text": TEXT}}]}, "/predict: tasks.0.id: Input should be a valid integer"),
])
def test_a_payload_of_the_wrong_shape_is_refused_with_the_field_named(client, body, message):
    answer = predict(client, body)
    assert answer.status_code == 422
    assert answer.json()["detail"].startswith(message)


def test_json_nested_too_deeply_to_read_is_a_clear_400(client):
    deep = '{"tasks": [{"data": {"text": ' + "[" * 50_000 + "]" * 50_000 + "}}]}"
    answer = client.post("/predict", content=deep, auth=BASIC, headers={"content-type": "application/json"})
    assert (answer.status_code, answer.json()) == (400, {"detail": "the body nests JSON too deeply to read"})


def test_a_body_that_is_not_json_is_a_clear_400(client):
    answer = client.post("/predict", content=b"tasks=1", auth=BASIC)
    assert answer.status_code == 400 and answer.json()["detail"].startswith("the body is not JSON")


def test_a_body_over_the_limit_is_refused_before_it_is_read(client):
    answer = client.post("/predict", content=b"x" * 200_001, headers={"content-type": "application/json"})
    assert (answer.status_code, answer.json()) == (413, {"detail": "request body over the limit of 200,000 bytes"})


def test_a_chunked_body_over_the_limit_is_cut_off(client):
    def chunks():
        for _ in range(50):
            yield b" " * 10_000

    answer = client.post("/predict", content=chunks(), auth=BASIC, headers={"content-type": "application/json"})
    assert answer.status_code == 413


def test_without_credentials_the_body_is_never_parsed(client):
    answer = client.post("/predict", content=b"not even json", headers={"content-type": "application/json"})
    assert answer.status_code == 401


def test_an_article_over_the_length_limit_is_refused_naming_its_task(client):
    answer = predict(client, {"tasks": [{"id": 7, "data": {"text": TEXT + " Lang." * 1000}}]})
    assert answer.status_code == 413
    assert answer.json()["detail"].startswith("task 7: article is 6,085 characters long, more than the plugin's limit")


def test_a_webhook_with_ids_of_the_wrong_type_is_refused(client):
    event = {"action": "ANNOTATION_CREATED", "annotation": {"id": "sieben"}, "project": {"id": 1}, "task": {"id": 5}}
    answer = client.post("/webhook", json=event, headers={SECRET_HEADER: "s3cret"})
    assert answer.status_code == 422 and answer.json()["detail"].startswith("webhook: annotation.id")


def test_a_webhook_naming_no_task_is_refused(client):
    event = {"action": "ANNOTATION_UPDATED", "annotation": {"id": 3}, "project": {"id": 1}}
    answer = client.post("/webhook", json=event, headers={SECRET_HEADER: "s3cret"})
    assert (answer.status_code, answer.json()["detail"]) == (422, "webhook: the payload names no task")


def hooks(*headers: dict, project: int = 4):
    listed = [SimpleNamespace(project=project, url="http://127.0.0.1:9090/webhook", headers=h) for h in headers]
    return SimpleNamespace(webhooks=SimpleNamespace(list=lambda project=None: listed))


def test_a_project_is_connected_only_by_a_webhook_with_the_plugins_secret():
    assert 4 in ConnectedProjects(hooks({SECRET_HEADER: "s3cret"}), "s3cret")
    assert 4 not in ConnectedProjects(hooks({SECRET_HEADER: "geraten"}), "s3cret")
    assert 4 not in ConnectedProjects(hooks({}), "s3cret")
    assert 4 not in ConnectedProjects(hooks({SECRET_HEADER: "s3cret"}), None)


def test_a_project_the_caller_names_but_nobody_connected_is_not_read():
    listing = SimpleNamespace(webhooks=SimpleNamespace(list=lambda project=None: []))
    assert "4" not in ConnectedProjects(listing, "s3cret") and None not in ConnectedProjects(listing, "s3cret")


def test_without_credentials_serve_does_not_start():
    done = subprocess.run([sys.executable, "-m", "ls_factcheck.cli", "serve", "--port", "9"], capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"}, timeout=120)
    assert done.returncode == 2
    assert "the plugin does not start: no credentials" in done.stderr


def test_the_opt_out_is_for_loopback_addresses_only():
    opted_out = PluginConfig(allow_unauthenticated=True)
    assert opted_out.refusal("127.0.0.1") is None and opted_out.refusal("::1") is None
    assert "on a loopback address only, not on 0.0.0.0" in opted_out.refusal("0.0.0.0")
    assert PluginConfig(basic_auth_user="ls", basic_auth_password="pw").refusal("0.0.0.0") is None
