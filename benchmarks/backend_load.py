"""The plugin under concurrent /predict and /webhook load: throughput, latency, errors, memory.

The same load as tests/test_backend_load.py (``tools.plugin_load``), for a chosen time:
``ls-factcheck serve`` in its own process on loopback, ``--clients`` threads sending Label
Studio's requests back to back, ``--webhook-share`` of them annotation events, every
``--fresh-every``-th task a new article (pre-annotated, not cached). After ``--warm-up`` seconds
of the same load the plugin's resident memory is read, and again at the end.

``--unreachable-label-studio`` points the plugin at a port where nothing listens: grouping on
/predict and propagation after /webhook then try to reach Label Studio and fail; this shows what
an outage of Label Studio costs the plugin.

Rows: requests per second and p50/p95/p99 latency per endpoint, calls with a problem (transport
error, non-2xx status, a /predict answer that breaks the contract), RSS after warm-up and at the
end. Not a test: the numbers depend on the machine and its neighbours.

    python benchmarks/backend_load.py [--seconds 30] [--clients 8] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the harness in tools/ is not part of the installed package

from ls_factcheck.studio.server import free_port  # noqa: E402
from tools.plugin_load import BASIC, run_load, serve  # noqa: E402

ARTICLES = ROOT / "samples" / "batch" / "articles.jsonl"
SECRET = "benchmark-secret"


def measure(args: argparse.Namespace) -> dict:
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    dead = f"http://127.0.0.1:{free_port()}" if args.unreachable_label_studio else None
    with tempfile.TemporaryDirectory() as folder, serve(free_port(), Path(folder) / "plugin.log", SECRET, dead) as plugin:
        rss_start = plugin.rss_mib()
        run_load(plugin.url, args.warm_up, articles, SECRET, clients=args.clients, webhook_share=args.webhook_share,
                 fresh_every=args.fresh_every, seed=1)
        rss_warm = plugin.rss_mib()
        report = run_load(plugin.url, args.seconds, articles, SECRET, clients=args.clients,
                          webhook_share=args.webhook_share, fresh_every=args.fresh_every, seed=2)
        rss_end = plugin.rss_mib()
        status = httpx.get(f"{plugin.url}/status", timeout=60, auth=BASIC).json()
    return {
        "seconds (wall)": round(report.seconds, 1), "clients": args.clients, "cpus": os.cpu_count(),
        "label_studio": "unreachable" if dead else "not configured",
        **report.summary(),
        "new articles pre-annotated": report.fresh_articles,
        "propagations": {k: status[k] for k in ("propagations_queued", "propagations_done", "propagations_failed")},
        "rss_mib": {"at start": round(rss_start), "after warm-up": round(rss_warm), "at end": round(rss_end)},
        "first problems": [f"{c.endpoint}: {c.problem}" for c in report.problems[:5]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warm-up", type=float, default=3.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--webhook-share", type=float, default=0.3)
    parser.add_argument("--fresh-every", type=int, default=4, help="every Nth task is a new article; 0: none")
    parser.add_argument("--unreachable-label-studio", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    report = measure(args)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    for name, value in report.items():
        print(f"{name:28} {value}")


if __name__ == "__main__":
    main()
