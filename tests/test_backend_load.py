"""The plugin under load: concurrent /predict and /webhook calls for a fixed time, over loopback.

The plugin runs as ``ls-factcheck serve``, its own process, as an operator starts it; eight
clients send what Label Studio sends (one to five German sample articles per /predict, reviewers'
annotation events on /webhook) back to back. No Label Studio is configured, so webhooks are
acknowledged and ignored, as in a deployment without write-back.

What is asserted is correctness and bounded memory, never speed: the machine is shared and slow
at times, so the floor on completed requests only shows that work happened. Speed figures come
from benchmarks/backend_load.py.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tools.plugin_load import BASIC, PREDICT, WEBHOOK, LoadReport, run_load, serve
from ls_factcheck.studio.server import free_port

from .conftest import REPO

ARTICLES = REPO / "samples" / "batch" / "articles.jsonl"
SECRET = "load-test-secret-0815"
WARM_UP_S = 3  # first requests allocate the pipeline's buffers and the server's threads
LOAD_S = 12
CLIENTS = 8
# Each new article stays in the predictor's cache (a few hundred KB each): capped, so the
# memory bound below holds on a fast machine too.
FRESH_LIMIT = 120
MIN_REQUESTS = 20  # a floor that shows the load ran, not a speed
RSS_GROWTH_MIB = 150


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> dict:
    """One load run against one plugin process, with its resident memory before and after."""
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    log = tmp_path_factory.mktemp("plugin") / "plugin.log"
    with serve(free_port(), log, SECRET) as plugin:
        run_load(plugin.url, WARM_UP_S, articles, SECRET, clients=CLIENTS, seed=1)
        rss_before = plugin.rss_mib()
        report = run_load(plugin.url, LOAD_S, articles, SECRET, clients=CLIENTS, fresh_limit=FRESH_LIMIT, seed=2)
        rss_after = plugin.rss_mib()
        health = httpx.get(f"{plugin.url}/health", timeout=30)
        status = httpx.get(f"{plugin.url}/status", timeout=30, auth=BASIC).json()
        alive = plugin.process.poll() is None
        log_tail = plugin.log_tail()
    return {"report": report, "rss_before": rss_before, "rss_after": rss_after, "health": health,
            "status": status, "alive": alive, "log": log_tail}


def failures(report: LoadReport, kind: str) -> list[str]:
    calls = {"transport": [c for c in report.problems if c.status is None],
             "status": [c for c in report.problems if c.status is not None and not 200 <= c.status < 300],
             "contract": [c for c in report.problems if c.status is not None and 200 <= c.status < 300]}[kind]
    return [f"{c.endpoint}: {c.problem}" for c in calls]


def test_no_call_under_concurrent_load_fails_in_transport(loaded):
    assert failures(loaded["report"], "transport") == [], loaded["log"]


def test_every_call_under_concurrent_load_is_answered_with_success(loaded):
    assert failures(loaded["report"], "status") == [], loaded["log"]


def test_every_predict_answer_has_one_result_per_task_with_offsets_on_the_text_sent(loaded):
    # run_load checks each answer against its own request as it arrives
    assert failures(loaded["report"], "contract") == []


def test_the_load_did_work_on_both_endpoints_and_preannotated_new_articles(loaded):
    report = loaded["report"]
    assert len(report.calls) >= MIN_REQUESTS
    assert report.of(PREDICT) and report.of(WEBHOOK)
    assert report.fresh_articles > 0 and loaded["status"]["articles_preannotated"] >= report.fresh_articles


def test_memory_stays_bounded_after_warm_up(loaded):
    growth = loaded["rss_after"] - loaded["rss_before"]
    assert growth < RSS_GROWTH_MIB, (
        f"resident memory grew {growth:.0f} MiB ({loaded['rss_before']:.0f} → {loaded['rss_after']:.0f} MiB) "
        f"over {len(loaded['report'].calls)} requests, {loaded['report'].fresh_articles} new articles")


def test_the_plugin_is_alive_and_healthy_after_the_load(loaded):
    assert loaded["alive"] and loaded["health"].status_code == 200 and loaded["health"].json()["status"] == "UP"


BIG_BODY_MIB = 50
BIG_BODIES = 8
BIG_BODY_RSS_GROWTH_MIB = 40  # the bodies are refused unread: memory must not grow with them


def send_big_body(url: str, chunked: bool) -> int | None:
    """An unauthenticated /predict with a 50 MiB body: declared up front, or streamed in chunks."""
    chunk = b"[" * (1024 * 1024)
    body = (chunk for _ in range(BIG_BODY_MIB)) if chunked else chunk * BIG_BODY_MIB
    try:
        return httpx.post(f"{url}{PREDICT}", content=body, headers={"content-type": "application/json"},
                          timeout=60).status_code
    except httpx.HTTPError:
        return None  # the plugin answered and closed before the whole body was sent


def test_unauthenticated_large_bodies_are_refused_without_memory_growing_with_them(tmp_path):
    with serve(free_port(), tmp_path / "plugin.log", SECRET) as plugin:
        send_big_body(plugin.url, chunked=False)
        before = plugin.rss_mib()
        answers = [send_big_body(plugin.url, chunked=n % 2 == 1) for n in range(BIG_BODIES)]
        growth = plugin.rss_mib() - before
        healthy = httpx.get(f"{plugin.url}/health", timeout=30).status_code
    assert set(answers) <= {401, 413, None} and healthy == 200
    assert growth < BIG_BODY_RSS_GROWTH_MIB, f"{BIG_BODIES} bodies of {BIG_BODY_MIB} MiB grew memory by {growth:.0f} MiB"
