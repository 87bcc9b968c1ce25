"""Benchmark (not a test): import speed against a plain SDK import, and how the cost grows.

    .venv/bin/python benchmarks/import_speed.py overhead --articles 2000
    .venv/bin/python benchmarks/import_speed.py scaling --sizes 1000,5000,20000
    .venv/bin/python benchmarks/import_speed.py project --articles 1000 --existing 20000

Both start a fresh local Label Studio 1.23 (SQLite in a temporary folder) and use synthetic
articles of 12 GermEval 2014 dev sentences each (about 200 words), sampled with a fixed seed.

``overhead``: the same pre-annotated tasks file imported (a) with the SDK's plain
``projects.import_tasks`` in batches of 500 and (b) with ``ls-factcheck import`` of that file
(project listing, validation and offset check, retries, the upload thread), once without and
once with claim grouping;
then (c) ``ls-factcheck import --no-group-claims`` of the raw articles, pre-annotating on the way, against
(d) pre-annotating to a file first and importing it plainly after: the overlap of pre-annotation
with upload.

``scaling``: ``ls-factcheck import`` of N raw articles (claim grouping on, as by default) in a
fresh process per size, into a fresh project: seconds per article and the process's peak RSS.

``project``: ``ls-factcheck import`` of N raw articles (grouping on) into an empty project and
into one that already holds ``--existing`` tasks (copies of 1,000 pre-annotated filler articles
under new article ids, put in with the plain SDK import), each in a fresh process; how long
listing the full project's articles takes, which every import did before it asked for its
batches' ids only; and the plain SDK import of the same articles' tasks into an empty project and
into the full one: what the project's size costs Label Studio itself.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "germeval2014" / "dev.tsv"
CLI = [sys.executable, "-m", "ls_factcheck.cli"]
# One core for pre-annotation, as in preannotate_speed.py; Label Studio runs in its own process.
ONE_CORE = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def dev_sentences() -> list[str]:
    from ls_factcheck.evaluation.ner_eval import read_germeval, spaces_for

    sentences = []
    for sentence in read_germeval(DEV):
        words = [w for w, _ in sentence]
        sentences.append("".join(w + (" " if s else "") for w, s in zip(words, spaces_for(words))))
    return sentences


def write_articles(path: Path, count: int, seed: int = 7, per_article: int = 12) -> int:
    """``count`` articles as JSONL; returns the number of words written."""
    sentences = dev_sentences()
    rng = random.Random(seed)
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = " ".join(rng.sample(sentences, per_article))
            words += len(text.split())
            handle.write(json.dumps({"id": f"bench-{seed}-{number}", "text": text, "language": "de"},
                                    ensure_ascii=False) + "\n")
    return words


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    value = function(*args, **kwargs)
    return time.perf_counter() - started, value


def plain_sdk_import(client, title: str, tasks_file: Path, batch_size: int = 500) -> int:
    from ls_factcheck.labels import config_xml

    project = client.projects.create(title=title, label_config=config_xml())
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    for start in range(0, len(tasks), batch_size):
        client.projects.import_tasks(id=project.id, request=tasks[start:start + batch_size])
    return len(tasks)


def overhead(args, folder: Path, studio) -> dict:
    from ls_factcheck.ingest.bulk_import import import_files, preannotate_files
    from ls_factcheck.studio.client import connect

    client = connect(studio.url, studio.token)
    articles = folder / "articles.jsonl"
    words = write_articles(articles, args.articles)
    tasks_file = folder / "tasks.json"
    preannotate_seconds, _ = timed(preannotate_files, [articles], tasks_file)
    plain_seconds, _ = timed(plain_sdk_import, client, "plain SDK", tasks_file)
    bare_seconds, bare = timed(import_files, [tasks_file], "ls-factcheck import, no grouping", studio.url,
                               studio.token, group_claims=False)
    ours_seconds, ours = timed(import_files, [tasks_file], "ls-factcheck import of the tasks file", studio.url, studio.token)
    raw_seconds, raw = timed(import_files, [articles], "ls-factcheck import of the articles", studio.url, studio.token,
                             group_claims=False)
    assert bare.imported == ours.imported == raw.imported == args.articles, (bare, ours, raw)
    return {
        "articles": args.articles, "words": words,
        "preannotate_to_file_s": round(preannotate_seconds, 1),
        "plain_sdk_import_s": round(plain_seconds, 1),
        "ours_import_tasks_file_no_grouping_s": round(bare_seconds, 1),
        "overhead_no_grouping_percent": round(100 * (bare_seconds / plain_seconds - 1), 1),
        "ours_import_tasks_file_s": round(ours_seconds, 1),
        "overhead_with_grouping_percent": round(100 * (ours_seconds / plain_seconds - 1), 1),
        "ours_import_articles_no_grouping_s": round(raw_seconds, 1),
        "sequential_preannotate_then_plain_import_s": round(preannotate_seconds + plain_seconds, 1),
        "saved_by_overlap_percent": round(100 * (1 - raw_seconds / (preannotate_seconds + plain_seconds)), 1),
    }


def import_in_process(articles: Path, project: str, studio) -> tuple[float, int]:
    """``ls-factcheck import`` of ``articles`` in a fresh process: seconds, and its peak RSS in MB."""
    command = [*CLI, "import", str(articles), "--project", project, "--url", studio.url, "--token", studio.token]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **ONE_CORE})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(process.stderr.read().decode()[-2000:])
    return seconds, round(usage.ru_maxrss / 1024)


def scaling(args, folder: Path, studio) -> list[dict]:
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        articles = folder / f"articles-{size}.jsonl"
        words = write_articles(articles, size, seed=size)
        seconds, peak_mb = import_in_process(articles, f"scale {size}", studio)
        rows.append({"articles": size, "words": words, "seconds": round(seconds, 1),
                     "ms_per_article": round(1000 * seconds / size, 1), "peak_rss_mb": peak_mb})
        print(json.dumps(rows[-1]), file=sys.stderr)
        articles.unlink()
    return rows


def project_size(args, folder: Path, studio) -> list[dict]:
    from ls_factcheck.ingest.bulk_import import preannotate_files
    from ls_factcheck.labels import config_xml
    from ls_factcheck.studio.client import connect

    client = connect(studio.url, studio.token)
    filler_articles, filler_tasks = folder / "filler.jsonl", folder / "filler.json"
    write_articles(filler_articles, min(1000, args.existing), seed=99)
    preannotate_files([filler_articles], filler_tasks)
    filler = json.loads(filler_tasks.read_text(encoding="utf-8"))
    full = client.projects.create(title="full project", label_config=config_xml())
    fill_seconds = 0.0
    for copy in range(max(args.existing // len(filler), 1)):
        tasks = [{**task, "data": {**task["data"], "article_id": f"{task['data']['article_id']}-copy{copy}"}}
                 for task in filler]
        for start in range(0, len(tasks), 500):
            seconds, _ = timed(client.projects.import_tasks, id=full.id, request=tasks[start:start + 500])
            fill_seconds += seconds
    # what every import did before it asked for its batches' ids only: list the whole project
    listing_seconds, listed = timed(lambda: list(client.tasks.list(project=full.id, page_size=1000, include="id,data")))
    print(json.dumps({"existing_tasks": len(listed), "filled_in_s": round(fill_seconds, 1),
                      "listing_s": round(listing_seconds, 1)}), file=sys.stderr)
    articles = folder / "articles.jsonl"
    write_articles(articles, args.articles, seed=1)
    rows = []
    for title, existing in (("empty project", 0), ("full project", len(listed))):
        seconds, peak_mb = import_in_process(articles, title, studio)
        rows.append({"existing_tasks": existing, "articles": args.articles, "seconds": round(seconds, 1),
                     "ms_per_article": round(1000 * seconds / args.articles, 1),
                     "peak_rss_mb": peak_mb, "listing_existing_s": round(listing_seconds, 1)})
        print(json.dumps(rows[-1]), file=sys.stderr)
    # Label Studio's own share: the same tasks, pre-annotated once, put in with the plain SDK import
    # into an empty project and into the full one (which by now also holds the import above).
    tasks_file = folder / "tasks.json"
    preannotate_files([articles], tasks_file)
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    tasks = [{**task, "data": {**task["data"], "article_id": f"{task['data']['article_id']}-sdk"}} for task in tasks]
    empty = client.projects.create(title="plain SDK, empty project", label_config=config_xml())
    for row, project_id in zip(rows, (empty.id, full.id)):
        seconds = sum(timed(client.projects.import_tasks, id=project_id, request=tasks[start:start + 500])[0]
                      for start in range(0, len(tasks), 500))
        row["plain_sdk_import_s"] = round(seconds, 1)
        print(json.dumps({"existing_tasks": row["existing_tasks"], "plain_sdk_import_s": row["plain_sdk_import_s"]}),
              file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["overhead", "scaling", "project"])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--existing", type=int, default=20000, help="project: tasks already in the full project")
    args = parser.parse_args()
    os.environ.update(ONE_CORE)
    from ls_factcheck.studio.server import free_port, start_label_studio

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        studio = start_label_studio(folder / "label-studio", port=free_port(), timeout=300)
        try:
            run = {"overhead": overhead, "scaling": scaling, "project": project_size}[args.what]
            result = run(args, folder, studio)
        finally:
            studio.stop()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
