"""One long article never blocks the other requests: it is pre-annotated in a worker process.

A real plugin process on loopback (no Label Studio behind it: /predict answers the caller only)."""

from __future__ import annotations

import os
import threading
import time

import httpx
import pytest

from ls_factcheck.backend.predictor import Predictor
from ls_factcheck.schema import Article

from .plugin_process import start_plugin, stop_plugin

pytestmark = pytest.mark.e2e

PARAGRAPH = ("Nach Angaben der Feuerwehr mussten in Kaltenbrück 120 Menschen ihre Häuser verlassen. "
             "Der Landrat sagte, die Deiche hielten vorerst. ")
LONG = PARAGRAPH * 600  # about 90,000 characters, under the plugin's 100,000-character limit
SHORT = "Laut Polizei wurden bei dem Unfall auf der B 27 zwei Menschen verletzt."


@pytest.fixture(scope="module")
def plugin(tmp_path_factory):
    log = tmp_path_factory.mktemp("plugin") / "plugin.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "LS_FACTCHECK_"))}
    process, url = start_plugin(env, log, "--allow-unauthenticated")
    yield url
    stop_plugin(process)


def _predict(url: str, task_id: int, text: str) -> dict:
    answer = httpx.post(f"{url}/predict", json={"tasks": [{"id": task_id, "data": {"text": text}}]}, timeout=300)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_short_article_is_answered_while_a_long_one_is_still_being_preannotated(plugin):
    finished: list[str] = []
    answers: dict[str, dict] = {}

    def long_request() -> None:
        answers["long"] = _predict(plugin, 1, LONG)
        finished.append("long")

    worker = threading.Thread(target=long_request)
    worker.start()
    time.sleep(0.2)  # the long request is in
    answers["short"] = _predict(plugin, 2, SHORT)
    finished.append("short")
    worker.join(timeout=300)
    assert finished == ["short", "long"]
    long_regions = answers["long"]["results"][0]["result"]
    assert sum(r.get("value", {}).get("labels") == ["CLAIM"] for r in long_regions) >= 600
    assert any(r.get("value", {}).get("labels") == ["QUANTITY"] for r in answers["short"]["results"][0]["result"])


def test_the_worker_gives_the_task_the_plugin_itself_would_give():
    article = Article(id="lang", text=PARAGRAPH * 3, language="de")
    in_process = Predictor(long_article_chars=10**9).tasks([article])[0]
    by_worker = Predictor(long_article_chars=10)
    try:
        assert by_worker.tasks([article])[0] == in_process
    finally:
        by_worker.close()
