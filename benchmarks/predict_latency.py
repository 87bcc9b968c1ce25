"""/predict latency and throughput for 3,000-character articles on one core, and its overhead.

The plugin runs as ``ls-factcheck serve`` in a child process pinned to one core (and told to use
one thread); the client sends Label Studio's request shape. Rows:

- direct: the pre-annotation the plugin wraps, ``to_task(article, annotate_doc(nlp(text)))``,
  called in this process on the plugin's core, one article at a time;
- /predict, 1 task per request: what Label Studio sends when a reviewer opens a task that has no
  prediction. Each article goes direct and then through /predict back to back, and the overhead
  is the median of those paired differences (HTTP, JSON both ways, grouping, cache bookkeeping);
- /predict, 16 tasks per request: a "Retrieve Predictions" batch;
- /predict, cached: the same articles again, answered from the cache: everything but the
  pre-annotation itself, so a second reading of the overhead;
- grouping alone: one new article against a project of N stored articles (in process), which
  ``/predict`` adds when the plugin can read the project; the cost is in the stored articles that
  tell the same story, so rows give a realistic share (10) and the worst case (all of them).

The synthetic articles are cut from the twelve sample articles, so they share many sentences and
all tell "the same story": the 16-task rows group every claim with every other article, the
worst case for the grouping step, not a typical batch.

Articles are the sample batch's texts cut and joined to 3,000 characters, each one unique so
the cache cannot help the cold rows. Latencies are medians and 95th percentiles over all
requests; throughput is articles per second of wall time. Not a test: the numbers depend on the
machine and its neighbours.

    python benchmarks/predict_latency.py [--articles 48] [--json]
"""

from __future__ import annotations

import os

for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import httpx  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BATCH = ROOT / "samples" / "batch" / "articles.jsonl"
LENGTH = 3000
SERVER_CORE = 0
BASIC = ("labelstudio", "benchmark-password")  # the plugin refuses to start without credentials
# the client on the other core where there is one, so the plugin's core serves only the plugin
CLIENT_CORES = (set(range(os.cpu_count() or 1)) - {SERVER_CORE}) or {SERVER_CORE}


def articles(count: int) -> list[dict]:
    """``count`` different articles of about 3,000 characters, cut at line ends."""
    sources = [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [line for s in sources for line in s["text"].split("\n") if len(line) > 40]
    made = []
    for i in range(count):
        picked, size, j = [], 0, i * 7
        while size < LENGTH:
            line = lines[j % len(lines)]
            picked.append(line)
            size += len(line) + 1
            j += 3 + i % 5
        text = "\n".join(picked)[:LENGTH]
        text = text[: text.rfind(".") + 1] if "." in text else text
        made.append({"id": i + 1, "data": {"text": text, "article_id": f"bench-{i + 1}", "title": f"Artikel {i + 1}",
                                           "outlet": f"Outlet {i % 4}", "language": "de"}})
    return made


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_plugin(port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY")}
    env.update(LS_FACTCHECK_BASIC_AUTH_USER=BASIC[0], LS_FACTCHECK_BASIC_AUTH_PASSWORD=BASIC[1])
    process = subprocess.Popen(
        [sys.executable, "-m", "ls_factcheck.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.sched_setaffinity(0, {SERVER_CORE}))
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("the plugin did not start")


def summary(seconds: list[float], articles_done: int, wall: float) -> dict:
    ordered = sorted(seconds)
    return {"median_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 1),
            "articles_per_s": round(articles_done / wall, 2)}


def timed_requests(url: str, tasks: list[dict], per_request: int) -> dict:
    latencies = []
    start = time.perf_counter()
    with httpx.Client(timeout=600, auth=BASIC) as http:
        for i in range(0, len(tasks), per_request):
            chunk = tasks[i : i + per_request]
            began = time.perf_counter()
            response = http.post(f"{url}/predict", json={"tasks": chunk, "project": "1.0"})
            latencies.append(time.perf_counter() - began)
            assert response.status_code == 200 and len(response.json()["results"]) == len(chunk)
    return summary(latencies, len(tasks), time.perf_counter() - start)


def paired(url: str, tasks: list[dict]) -> tuple[dict, dict, float]:
    """Each article first directly, then through /predict (cold there): the same text both ways,
    measured back to back, so a neighbour's load spike hits both sides of a pair alike."""
    from ls_factcheck.preannotate.annotate import annotate_doc, article_language
    from ls_factcheck.preannotate.tasks import to_task
    from ls_factcheck.preannotate.pipeline import load_pipeline, model_version
    from ls_factcheck.backend.predictor import article_from_task_data

    nlp = load_pipeline()
    version = model_version(nlp)
    nlp(tasks[0]["data"]["text"])  # warm-up
    direct_s, predict_s = [], []
    direct_wall = predict_wall = 0.0
    with httpx.Client(timeout=600, auth=BASIC) as http:
        for task in tasks:
            article = article_from_task_data(task["data"], task["id"])
            os.sched_setaffinity(0, {SERVER_CORE})  # the direct call on the plugin's core
            began = time.perf_counter()
            to_task(article, annotate_doc(nlp(article.text), article_language(article)), version)
            direct_s.append(time.perf_counter() - began)
            os.sched_setaffinity(0, CLIENT_CORES)
            began = time.perf_counter()
            response = http.post(f"{url}/predict", json={"tasks": [task], "project": "1.0"})
            predict_s.append(time.perf_counter() - began)
            assert response.status_code == 200 and len(response.json()["results"]) == 1
    direct_wall, predict_wall = sum(direct_s), sum(predict_s)
    overhead = statistics.median(p - d for p, d in zip(predict_s, direct_s))
    return (summary(direct_s, len(tasks), direct_wall), summary(predict_s, len(tasks), predict_wall),
            round(overhead * 1000, 1))


def grouping(tasks: list[dict], project_sizes: list[int]) -> dict:
    """One new article grouped against stored articles: realistic (a few of its story) and worst case."""
    from dataclasses import replace

    from ls_factcheck.grouping.crossref import apply_groups, task_records
    from ls_factcheck.grouping.stories import Story
    from ls_factcheck.backend.predictor import Predictor, article_from_task_data

    predictor = Predictor()
    built = predictor.tasks([article_from_task_data(t["data"], t["id"]) for t in tasks])
    by_article = [task_records(task) for task in built]

    def stored(size: int, same_story: int) -> list:
        # copies under new ids stand in for stored articles; all but ``same_story`` of them get a
        # story of their own, as in a project that covers many events
        context = []
        for k in range(size):
            records = by_article[k % len(by_article)]
            other = None if k < same_story else Story(frozenset({f"name-{k}"}), frozenset({f"word-{k}"}))
            context += [replace(r, article_id=f"stored-{k}", story=other or r.story) for r in records]
        return context

    rows = {}
    for size, same in [(size, 10) for size in project_sizes] + [(100, 100)]:
        context = stored(size, same)
        target = predictor.tasks([article_from_task_data(tasks[0]["data"], tasks[0]["id"])])
        began = time.perf_counter()
        apply_groups(target, context)
        rows[f"vs {size} stored articles, {same} of its story"] = round((time.perf_counter() - began) * 1000, 1)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    tasks = articles(args.articles)
    lengths = [len(t["data"]["text"]) for t in tasks]
    report: dict = {"articles": len(tasks), "mean_characters": round(statistics.mean(lengths))}
    os.sched_setaffinity(0, {SERVER_CORE})
    report["grouping one article (ms)"] = grouping(tasks[:12], [100, 1000, 5000])

    port = free_port()
    plugin = start_plugin(port)
    url = f"http://127.0.0.1:{port}"
    try:
        half = len(tasks) // 2
        warm_up = articles(len(tasks) + 1)[-1:]  # an article the timed rows never ask for
        httpx.post(f"{url}/predict", json={"tasks": warm_up, "project": "1.0"}, timeout=600)
        direct_row, predict_row, overhead = paired(url, tasks[:half])
        report["direct to_task(annotate), in process"] = direct_row
        report["/predict, 1 task per request"] = predict_row
        report["overhead of /predict vs direct, median of pairs (ms)"] = overhead
        os.sched_setaffinity(0, CLIENT_CORES)
        report["/predict, cached, 1 task per request"] = timed_requests(url, tasks[:half], 1)
        report["/predict, 16 tasks per request"] = timed_requests(url, tasks[half:], 16)
    finally:
        plugin.terminate()
        plugin.wait(timeout=60)

    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    for name, value in report.items():
        print(f"{name:52} {value}")


if __name__ == "__main__":
    main()
