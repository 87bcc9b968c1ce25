"""Benchmark (not a test): export speed and peak memory, ours against Label Studio's own JSON export.

    .venv/bin/python benchmarks/export_speed.py                      # 5,000 tasks, file source, and Label Studio
    .venv/bin/python benchmarks/export_speed.py --scales 1000,10000,100000 --no-studio   # memory against size

What it measures, each in a fresh process so peak RSS (ru_maxrss) belongs to that run alone:

1. ``ls-factcheck export --from-file`` of a synthetic Label Studio JSON export of N reviewed tasks
   (about 3,000 characters and 20 regions each, every fifth task reviewed twice), once with jsonl
   only and once with all five formats.
2. With Label Studio (unless ``--no-studio``): the same tasks imported into a fresh local Label
   Studio with their predictions and annotations; then Label Studio's own JSON export
   (``download_sync``) timed alone, with the server's peak RSS, and ``ls-factcheck export --project``
   (which includes that download) in all formats.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.synthetic_export import write_synthetic_export  # noqa: E402

CLI = [sys.executable, "-m", "ls_factcheck.cli"]
ALL_FORMATS = ["-f", "jsonl", "-f", "csv", "-f", "claimreview", "-f", "fever", "-f", "spacy",
               "--org", "Faktencheck-Redaktion", "--review-url", "https://faktencheck.example/{article_id}/{claim_id}"]


def measured(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def file_runs(tasks: int, folder: Path) -> list[dict]:
    source = folder / f"export-{tasks}.json"
    started = time.perf_counter()
    write_synthetic_export(source, tasks)
    print(f"generated {tasks} tasks ({source.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    rows = []
    for label, formats in (("jsonl", ["-f", "jsonl"]), ("all five formats", ALL_FORMATS)):
        out = folder / f"out-{tasks}-{len(formats)}"
        seconds, peak = measured([*CLI, "export", "--from-file", str(source), "-o", str(out), *formats, "--resolve", "majority"])
        rows.append({"what": f"ls-factcheck export --from-file, {label}", "tasks": tasks, "seconds": seconds,
                     "tasks_per_s": tasks / seconds, "peak_mb": peak, "file_mb": source.stat().st_size / 1e6})
        shutil.rmtree(out, ignore_errors=True)
    source.unlink()
    return rows


def studio_runs(tasks: int, folder: Path) -> list[dict]:
    from ls_factcheck.labels import config_xml
    from ls_factcheck.studio.client import connect
    from ls_factcheck.studio.server import free_port, start_label_studio

    source = write_synthetic_export(folder / "import.json", tasks)
    studio = start_label_studio(folder / "label-studio", port=free_port(), timeout=300)
    rows = []
    try:
        client = connect(studio.url, studio.token)
        project = client.projects.create(title="Benchmark Export", label_config=config_xml())
        me = client.users.whoami().id
        batch: list[dict] = []
        started = time.perf_counter()
        from ls_factcheck.export.sources import tasks_from_file

        for task in tasks_from_file(source):
            task.pop("id")
            for annotation in task["annotations"]:
                annotation.pop("id")
                annotation["completed_by"] = me
            for prediction in task["predictions"]:
                prediction.pop("id", None)
            batch.append(task)
            if len(batch) == 500:
                client.projects.import_tasks(id=project.id, request=batch)
                batch = []
        if batch:
            client.projects.import_tasks(id=project.id, request=batch)
        print(f"imported {tasks} tasks into Label Studio in {time.perf_counter() - started:.1f} s", file=sys.stderr)

        def server_peak_mb() -> float:
            status = Path(f"/proc/{studio.process.pid}/status").read_text()
            return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) / 1024

        before = server_peak_mb()
        started = time.perf_counter()
        size = 0
        for chunk in client.projects.exports.download_sync(project.id, export_type="JSON", download_all_tasks=False):
            size += len(chunk)
        seconds = time.perf_counter() - started
        rows.append({"what": "Label Studio JSON export (download_sync), server side", "tasks": tasks, "seconds": seconds,
                     "tasks_per_s": tasks / seconds, "peak_mb": server_peak_mb(), "file_mb": size / 1e6,
                     "server_peak_before_mb": before})
        env = {**os.environ, "LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
        out = folder / "out-project"
        seconds, peak = measured([*CLI, "export", "--project", "Benchmark Export", "-o", str(out), *ALL_FORMATS,
                                  "--resolve", "majority"], env)
        rows.append({"what": "ls-factcheck export --project (download + all five formats), client side",
                     "tasks": tasks, "seconds": seconds, "tasks_per_s": tasks / seconds, "peak_mb": peak,
                     "file_mb": size / 1e6})
    finally:
        studio.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--scales", default="", help="comma-separated task counts for the memory-against-size runs")
    parser.add_argument("--no-studio", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = Path(tmp)
        for tasks in [args.tasks, *(int(s) for s in args.scales.split(",") if s)]:
            rows += file_runs(tasks, folder)
        if not args.no_studio:
            rows += studio_runs(args.tasks, folder)
    print(f"{'what':<75} {'tasks':>7} {'s':>7} {'tasks/s':>8} {'peak MB':>8} {'JSON MB':>8}")
    for row in rows:
        print(f"{row['what']:<75} {row['tasks']:>7} {row['seconds']:>7.1f} {row['tasks_per_s']:>8.0f} "
              f"{row['peak_mb']:>8.0f} {row['file_mb']:>8.0f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
