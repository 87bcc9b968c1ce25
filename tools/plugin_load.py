"""A bounded load on a running plugin: concurrent /predict and /webhook calls over loopback.

Shared by the load test (tests/test_backend_load.py) and the benchmark
(benchmarks/backend_load.py). ``run_load`` keeps ``clients`` threads busy for ``seconds``, each
sending what Label Studio sends (docs/plugin.md): ``/predict`` with one to five full tasks, and
``/webhook`` with annotation events carrying verdicts. Every answer is checked against the
protocol as it arrives: a 2xx status, one prediction per task, and regions whose offsets point at
the text that was sent. ``serve`` starts ``ls-factcheck serve`` as its own process, as an
operator runs it, so the load meets uvicorn, FastAPI and the predictor as deployed.

Most tasks repeat articles the plugin has seen (a reviewer reopening a task, a second "Retrieve
Predictions"), answered from the predictor's cache; every ``fresh_every``-th task is an article
with a new update line, so real pre-annotation runs throughout (up to ``fresh_limit`` of them).
"""

from __future__ import annotations

import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ls_factcheck.labels import CLAIM, LABELS
from ls_factcheck.backend.connections import SECRET_HEADER

PREDICT, WEBHOOK = "/predict", "/webhook"
BASIC = ("labelstudio", "load-test-password")  # the basic auth ``serve`` starts the plugin with
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÄÖÜ„]|\s*$)")
PROJECT = 1
# Label Studio names the project "<id>.<created timestamp>" in /predict
PROJECT_NAME = f"{PROJECT}.1767225600"
LABEL_CONFIG = "<View><Text name='text' value='$text'/></View>"  # sent by Label Studio, not read by the plugin
UPDATES = ("Aktualisiert um {hour}.{minute:02d} Uhr: Nach Angaben der Polizei sind inzwischen {n} Einsatzkräfte vor Ort.",
           "Nachtrag ({hour}.{minute:02d} Uhr): Die Stadt beziffert den Schaden laut einer Sprecherin auf {n},5 Millionen Euro.",
           "Update {hour}:{minute:02d} Uhr – {n} Menschen haben nach Angaben des Landkreises eine Notunterkunft bezogen.")


@dataclass(frozen=True)
class Call:
    """One request and what came of it; ``problem`` says what was wrong, None if nothing."""

    endpoint: str
    seconds: float
    status: int | None
    problem: str | None = None


@dataclass
class LoadReport:
    seconds: float  # wall time from the first request to the last answer: the last calls may overrun
    clients: int
    calls: list[Call] = field(default_factory=list)
    fresh_articles: int = 0  # new texts sent, each pre-annotated by the plugin

    def of(self, endpoint: str) -> list[Call]:
        return [c for c in self.calls if c.endpoint == endpoint]

    @property
    def problems(self) -> list[Call]:
        return [c for c in self.calls if c.problem]

    def summary(self) -> dict:
        """Requests per second, latency percentiles and problems, per endpoint and in all."""
        rows = {}
        for endpoint in (PREDICT, WEBHOOK):
            calls = self.of(endpoint)
            rows[endpoint] = {"requests": len(calls), "per_s": round(len(calls) / self.seconds, 2),
                              **percentiles([c.seconds for c in calls]), "problems": sum(bool(c.problem) for c in calls)}
        rows["all"] = {"requests": len(self.calls), "per_s": round(len(self.calls) / self.seconds, 2),
                       "problems": len(self.problems)}
        return rows


def percentiles(seconds: Sequence[float]) -> dict:
    if not seconds:
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None}
    cuts = statistics.quantiles(seconds, n=100, method="inclusive") if len(seconds) > 1 else [seconds[0]] * 99
    return {"p50_ms": round(cuts[49] * 1000, 1), "p95_ms": round(cuts[94] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1)}


# --- what Label Studio sends ---------------------------------------------------------------


class Payloads:
    """Tasks and webhook events built from ``articles`` (dicts with text, id, title, outlet, language)."""

    def __init__(self, articles: Sequence[Mapping], rng: random.Random, fresh_every: int = 4,
                 fresh_limit: int | None = None) -> None:
        self.articles, self.rng, self.fresh_every, self.fresh_limit = list(articles), rng, fresh_every, fresh_limit
        self._made = 0
        self.fresh = 0
        self._lock = threading.Lock()

    def task(self) -> dict:
        with self._lock:
            self._made += 1
            number = self._made
            fresh = bool(self.fresh_every) and number % self.fresh_every == 0 and (
                self.fresh_limit is None or self.fresh < self.fresh_limit)
            self.fresh += fresh
        index = self.rng.randrange(len(self.articles))
        article = self.articles[index]
        task_id, article_id, text = 1000 + index, str(article["id"]), article["text"]
        if fresh:
            # a new update line makes a new text: pre-annotated, not served from the cache
            update = self.rng.choice(UPDATES).format(hour=6 + number % 17, minute=number % 60, n=10 + number)
            task_id, article_id, text = 100_000 + number, f"{article_id}-update-{number}", f"{text.rstrip()}\n{update}"
        return {"id": task_id, "project": PROJECT, "annotations": [], "predictions": [],
                "data": {"text": text, "article_id": article_id, "title": article.get("title") or "",
                         "outlet": article.get("outlet") or "", "language": article.get("language") or "de"}}

    def predict(self) -> dict:
        tasks = [self.task() for _ in range(self.rng.randint(1, 5))]
        return {"tasks": tasks, "project": PROJECT_NAME, "label_config": LABEL_CONFIG,
                "params": {"login": None, "password": None, "context": None}}

    def webhook(self) -> dict:
        """An annotation event: a reviewer's verdict on a sentence near the top of a task."""
        task = self.task()
        text = task["data"]["text"]
        # past the byline, up to a sentence end ("1.200" and "4. Mai" have none)
        found = _SENTENCE_END.search(text, 40)
        end = found.end() if found else len(text)
        start = text.rfind("\n", 0, end) + 1
        span = {"start": start, "end": end, "text": text[start:end]}
        region = "claim-1"
        result = [
            {"id": region, "from_name": LABELS.span_control, "to_name": LABELS.text_object, "type": "labels",
             "origin": "prediction", "value": {**span, "labels": [CLAIM]}},
            {"id": region, "from_name": LABELS.verdict_control, "to_name": LABELS.text_object, "type": "choices",
             "origin": "manual", "value": {**span, "choices": [self.rng.choice(LABELS.verdicts)]}},
            {"id": region, "from_name": LABELS.evidence_control, "to_name": LABELS.text_object, "type": "textarea",
             "origin": "manual", "value": {**span, "text": ["https://landkreis.example/pressemitteilung"]}},
        ]
        action = self.rng.choice(("ANNOTATION_CREATED", "ANNOTATION_CREATED", "ANNOTATION_UPDATED", "TASKS_CREATED"))
        return {"action": action, "project": {"id": PROJECT, "title": "Faktencheck"},
                "task": {"id": task["id"], "data": task["data"]},
                "annotation": {"id": 500_000 + task["id"], "task": task["id"], "result": result, "was_cancelled": False}}


# --- what must come back -------------------------------------------------------------------


def predict_problem(sent: dict, answer: dict) -> str | None:
    """What is wrong with a /predict answer, None if nothing: the contract Label Studio relies on."""
    results = answer.get("results")
    if not isinstance(results, list) or len(results) != len(sent["tasks"]):
        return f"{len(results) if isinstance(results, list) else 'no'} results for {len(sent['tasks'])} tasks"
    for task, result in zip(sent["tasks"], results):
        text = task["data"]["text"]
        for region in result.get("result") or []:
            value = region.get("value") or {}
            if region.get("type") == "labels" and text[value["start"]:value["end"]] != value["text"]:
                return f"task {task['id']}: region {region['id']} {value['start']}:{value['end']} misses {value['text']!r}"
    return None


def webhook_problem(answer: dict) -> str | None:
    return None if answer.get("status") in ("queued", "ignored") else f"unexpected answer {answer}"


# --- the load ------------------------------------------------------------------------------


def run_load(url: str, seconds: float, articles: Sequence[Mapping], secret: str, clients: int = 8,
             webhook_share: float = 0.3, fresh_every: int = 4, fresh_limit: int | None = None, seed: int = 7,
             timeout: float = 60.0, auth: tuple[str, str] | None = BASIC) -> LoadReport:
    """``clients`` threads send requests back to back for ``seconds``; every call is recorded.

    ``fresh_limit`` caps the new articles, so the predictor's cache grows by at most that many
    entries however fast the machine is.
    """
    payloads = Payloads(articles, random.Random(seed), fresh_every, fresh_limit)
    report = LoadReport(seconds=seconds, clients=clients)
    lock = threading.Lock()
    began = time.monotonic()
    deadline = began + seconds

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        with httpx.Client(base_url=url, timeout=timeout, headers={SECRET_HEADER: secret}, auth=auth) as http:
            while time.monotonic() < deadline:
                call = _webhook(http, payloads) if rng.random() < webhook_share else _predict(http, payloads)
                with lock:
                    report.calls.append(call)

    threads = [threading.Thread(target=client, args=(n,), name=f"load-{n}") for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report.seconds = time.monotonic() - began
    report.fresh_articles = payloads.fresh
    return report


def _predict(http: httpx.Client, payloads: Payloads) -> Call:
    body = payloads.predict()
    return _send(http, PREDICT, body, lambda answer: predict_problem(body, answer))


def _webhook(http: httpx.Client, payloads: Payloads) -> Call:
    return _send(http, WEBHOOK, payloads.webhook(), webhook_problem)


def _send(http: httpx.Client, endpoint: str, body: dict, check) -> Call:
    began = time.perf_counter()
    try:
        response = http.post(endpoint, json=body)
        seconds = time.perf_counter() - began
    except httpx.HTTPError as error:
        return Call(endpoint, time.perf_counter() - began, None, f"transport error: {type(error).__name__}: {error}")
    if not response.is_success:
        return Call(endpoint, seconds, response.status_code, f"HTTP {response.status_code}: {response.text[:200]}")
    try:
        problem = check(response.json())
    except ValueError as error:
        problem = f"answer is not JSON: {error}"
    return Call(endpoint, seconds, response.status_code, problem)


# --- the plugin as its own process -----------------------------------------------------------


@dataclass
class Served:
    url: str
    process: subprocess.Popen
    log: Path

    def rss_mib(self) -> float:
        """The plugin process's resident memory now (VmRSS from /proc, Linux only)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS in /proc status")

    def log_tail(self, characters: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-characters:]


@contextmanager
def serve(port: int, log: Path, secret: str, label_studio_url: str | None = None,
          patience: float = 300.0) -> Iterator[Served]:
    """``ls-factcheck serve`` on 127.0.0.1:``port`` with the webhook ``secret``, stopped on exit.

    Without ``label_studio_url`` the plugin talks to no Label Studio: webhooks are acknowledged
    and ignored. With one, grouping and propagation try to reach it.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "LS_FACTCHECK_"))}
    env.update(LS_FACTCHECK_WEBHOOK_SECRET=secret, LS_FACTCHECK_BASIC_AUTH_USER=BASIC[0],
               LS_FACTCHECK_BASIC_AUTH_PASSWORD=BASIC[1])
    if label_studio_url:
        env.update(LABEL_STUDIO_URL=label_studio_url, LABEL_STUDIO_API_KEY="load-test-token")
    script = Path(sys.executable).with_name("ls-factcheck")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "ls_factcheck.cli"]
    with log.open("ab") as handle:
        process = subprocess.Popen([*entry, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                                   stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
    served = Served(f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_until_up(served, patience)
        yield served
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(served: Served, patience: float) -> None:
    deadline = time.monotonic() + patience
    while True:
        if served.process.poll() is not None:
            raise RuntimeError(f"the plugin exited with {served.process.returncode}:\n{served.log_tail()}")
        try:
            if httpx.get(f"{served.url}/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the plugin did not answer /health within {patience:.0f} s:\n{served.log_tail()}")
        time.sleep(0.3)
