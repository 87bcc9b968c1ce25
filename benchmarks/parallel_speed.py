"""Words per second of the whole pre-annotation on 1 and N worker processes, and on a local Dask cluster.

The texts are the ones ``preannotate_speed.py`` uses (GermEval 2014 dev sentences joined into
articles of 25 sentences). Each row is wall time from the first article read to the last task
out, so it includes starting the worker processes and loading the pipeline in each: what a user
waits for. Best of ``--repeat`` runs; a shared machine's neighbours make the rest noise. CPU
seconds (this process and its worker processes) show what parallel work costs in all: on a machine
whose cores are busy with other work, more processes cannot finish sooner, only cost more.

    python benchmarks/parallel_speed.py [--workers 2] [--repeat 3] [--copies 3] [--no-dask] [--json]
"""

from __future__ import annotations

import os

# One thread per process, so N processes use N cores and no more.
for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from preannotate_speed import DEV, article_texts  # noqa: E402


def write_batch(texts: list[str], folder: Path) -> Path:
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"bench-{i}", "text": text, "language": "de"}, ensure_ascii=False) + "\n")
    return path


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_run(run, repeat: int) -> tuple[float, float]:
    """Wall and CPU seconds of the fastest of ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), cpu_seconds()
        run()
        runs.append((time.perf_counter() - wall, cpu_seconds() - cpu))
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=3, help="times the dev articles are repeated")
    parser.add_argument("--no-dask", action="store_true", help="leave out the local Dask cluster row")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from ls_factcheck.ingest.parallel import preannotate_dask, preannotate_parallel
    from ls_factcheck.ingest.readers import read_articles

    load_average = os.getloadavg()[0]
    # Copies, so that a run lasts long enough that starting the workers is not the whole story.
    texts = article_texts(args.dev, 25) * args.copies
    words = sum(len(t.split()) for t in texts)
    rows: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        batch = write_batch(texts, Path(folder))

        def local(workers: int):
            def run():
                problems: list = []
                tasks = sum(1 for _ in preannotate_parallel(read_articles([batch], problems), None, workers, problems))
                assert tasks == len(texts) and not problems
            return run

        # The single process loads the pipeline once in this process, cached after the first run;
        # a warm-up run makes every row of it pay the same (nothing) for loading.
        local(1)()
        rows["--workers 1 (this process, pipeline loaded)"] = best_run(local(1), args.repeat)
        rows[f"--workers {args.workers} (spawned processes, start and load included)"] = best_run(
            local(args.workers), args.repeat)
        if not args.no_dask:
            def dask_run():
                with tempfile.TemporaryDirectory() as shards:
                    run = preannotate_dask([batch], Path(shards), None, shard_size=max(1, len(texts) // (4 * args.workers)),
                                           workers=args.workers)
                    assert run.tasks == len(texts) and not run.problems
            rows[f"--engine dask, local cluster of {args.workers} (cluster start and load included)"] = best_run(
                dask_run, args.repeat)

    result = {
        "articles": len(texts),
        "words": words,
        "cores": os.cpu_count(),
        "load_average_before": load_average,
        "seconds": {name: round(wall, 2) for name, (wall, _) in rows.items()},
        "cpu_seconds": {name: round(cpu, 2) for name, (_, cpu) in rows.items()},
        "words_per_second": {name: round(words / wall) for name, (wall, _) in rows.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{words} words in {len(texts)} articles · {result['cores']} cores · "
                        f"load average {load_average:.2f} before")
    table.add_column("how")
    table.add_column("seconds", justify="right")
    table.add_column("CPU seconds", justify="right")
    table.add_column("words/s", justify="right")
    for name, (wall, cpu) in rows.items():
        table.add_row(name, f"{wall:.1f}", f"{cpu:.1f}", f"{round(words / wall):,}")
    Console().print(table)


if __name__ == "__main__":
    main()
