"""Benchmark (not a test): where the time of ``ls-factcheck import`` goes, stage by stage.

    .venv/bin/python benchmarks/import_profile.py ARTICLES.jsonl [--limit N] [--memory STORE]

Starts a fresh local Label Studio 1.23 (SQLite in a temporary folder) and measures, on the same
articles, one core for the pre-annotation:

1. read: the readers, articles only;
2. pre-annotate: the pipeline and rules, tasks built and offset-checked;
3. group: claim grouping over the batch (``with_claim_groups``, windows as the import uses them);
4. serialise: the tasks as the JSON the upload sends;
5. upload: the SDK's plain ``projects.import_tasks`` of those tasks into an empty project, in
   batches of 500;
6. ``ls-factcheck preannotate`` of the raw articles into a tasks file: pre-annotation as a command,
   with its process start and model load, the way issue 19 measured its parts;
7. the whole ``ls-factcheck import`` of the raw articles into another empty project, in one
   process, the way a desk runs it, with grouping on and off.

The stage times are measured one after another, so (7) against (2) + (5) says how much the import
costs beyond its parts with nothing of its start counted in them, and (7) against (6) + (5) the
same with the commands side by side; (3) says what grouping costs on its own. With ``--memory`` (a store, e.g.
the million generated claims of ``memory_lookup.py``) the import runs a third time, grouping on and
marking claims against that store: what the memory adds to an import. ``--repeat N`` runs the
imports with grouping on and with the memory N times each, alternately (each into a new project),
and reports every run and the medians: one run of either varies by some 5 % on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CLI = [sys.executable, "-m", "ls_factcheck.cli"]
ONE_CORE = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def timed(what: str, figures: dict, function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    figures[what] = time.perf_counter() - start
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="articles as JSONL (id, text, ...)")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles only")
    parser.add_argument("--memory", default=None, help="also import with this memory store (file or URL)")
    parser.add_argument("--repeat", type=int, default=1, help="run the imports with and without the memory N times each")
    args = parser.parse_args()
    os.environ.update(ONE_CORE)

    from ls_factcheck.grouping.windows import with_claim_groups
    from ls_factcheck.ingest.readers import read_articles
    from ls_factcheck.preannotate.pipeline import load_pipeline
    from ls_factcheck.preannotate.tasks import preannotate
    from ls_factcheck.studio.client import connect, ensure_project
    from ls_factcheck.studio.server import free_port, start_label_studio

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        lines = args.articles.read_text(encoding="utf-8").splitlines()[: args.limit]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        figures: dict[str, float] = {}
        problems: list = []
        articles = timed("read", figures, lambda: list(read_articles([source], problems)))
        words = sum(len(a.text.split()) for a in articles)
        nlp = load_pipeline()
        tasks = timed("pre-annotate", figures, lambda: list(preannotate(articles, nlp, problems)))
        copies = [t.model_copy(deep=True) for t in tasks]  # grouping writes into its tasks; copying is no stage
        timed("group", figures, lambda: list(with_claim_groups(copies)))
        payload = timed("serialise", figures, lambda: [json.loads(t.model_dump_json(exclude_none=True)) for t in tasks])

        studio = start_label_studio(Path(folder) / "ls", port=free_port())
        try:
            client = connect(studio.url, studio.token)
            plain = ensure_project(client, "Profil SDK")
            def upload() -> None:
                for start in range(0, len(payload), 500):
                    client.projects.import_tasks(id=plain.id, request=payload[start : start + 500])
            timed("upload (SDK, plain)", figures, upload)
            env = dict(os.environ, LABEL_STUDIO_URL=studio.url, LABEL_STUDIO_API_KEY=studio.token)
            start = time.perf_counter()
            run = subprocess.run([*CLI, "preannotate", str(source), "-o", str(Path(folder) / "tasks.json")],
                                 env=env, capture_output=True, text=True, cwd=REPO)
            figures["pre-annotate (command)"] = time.perf_counter() - start
            if run.returncode != 0:
                print(run.stdout[-2000:], run.stderr[-2000:], file=sys.stderr)
                return 1
            runs = [("import, grouping off", ["--no-group-claims"])]
            for _ in range(args.repeat):
                runs.append(("import, grouping on", []))
                if args.memory:
                    runs.append(("import, grouping and memory", ["--memory", args.memory]))
            times: dict[str, list[float]] = {}
            for number, (label, extra) in enumerate(runs):
                start = time.perf_counter()
                run = subprocess.run([*CLI, "import", str(source), "--project", f"Profil {number} {label}", *extra],
                                     env=env, capture_output=True, text=True, cwd=REPO)
                times.setdefault(label, []).append(time.perf_counter() - start)
                if run.returncode != 0:
                    print(run.stdout[-2000:], run.stderr[-2000:], file=sys.stderr)
                    return 1
            for label, seconds in times.items():
                figures[label] = statistics.median(seconds)
                if len(seconds) > 1:
                    print(f"  {label}: " + ", ".join(f"{s:.1f} s" for s in seconds) + " (median below)")
        finally:
            studio.stop()

    parts = figures["pre-annotate"] + figures["upload (SDK, plain)"]
    commands = figures["pre-annotate (command)"] + figures["upload (SDK, plain)"]
    print(f"{len(articles)} articles, {words:,} words")
    for what, seconds in figures.items():
        print(f"  {what:<28} {seconds:8.1f} s  {1000 * seconds / max(len(articles), 1):7.1f} ms/article")
    for label in ("import, grouping on", "import, grouping off", "import, grouping and memory"):
        if label in figures:
            print(f"  {label} / (pre-annotate + SDK upload) = {figures[label] / parts:.2f};"
                  f" / (preannotate command + SDK upload) = {figures[label] / commands:.2f}")
    if "import, grouping and memory" in figures:
        added = figures["import, grouping and memory"] / figures["import, grouping on"] - 1
        print(f"  the memory adds {100 * added:.0f} % to the import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
