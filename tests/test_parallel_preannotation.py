"""More cores, more machines, the same tasks: `--workers N` and the Dask engine give what one process gives."""

from __future__ import annotations

import json

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.preannotate import tasks as tasks_module
from ls_factcheck.ingest.parallel import pipelines_loaded, preannotate_dask, preannotate_parallel
from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.problems import Problem
from ls_factcheck.ingest.task_files import read_task_files
from ls_factcheck.preannotate.tasks import preannotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.schema import OffsetError

from .conftest import REPO, SAMPLES

runner = CliRunner()
# 12 German articles on four events, 220 to 280 words each.
BATCH = [REPO / "samples" / "batch" / "articles.jsonl"]
SHARD_NAMES = [f"tasks-0000{i}.json" for i in range(4)]  # 12 articles in shards of 3


@pytest.fixture(scope="module")
def one_process() -> list[str]:
    """The tasks of one process, as the lines a tasks file holds."""
    problems: list[Problem] = []
    tasks = list(preannotate(read_articles(BATCH, problems), load_pipeline(None), problems))
    assert len(tasks) == 12 and not problems
    return [task.model_dump_json(exclude_none=True) for task in tasks]


@pytest.fixture
def batch_with_bad_lines(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "ok-1", "text": "Der Landkreis zählt 4.100 Einwohner, teilte das Amt mit."}),
             "kein json",
             json.dumps({"id": "empty", "text": "   "}),
             json.dumps({"id": "ok-2", "text": "Laut Polizei wurden 12 Menschen verletzt."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lines_of(task_files) -> list[str]:
    """The task lines of Label Studio JSON arrays that preannotate wrote, in file order."""
    return [line.rstrip(",") for path in task_files
            for line in path.read_text(encoding="utf-8").splitlines() if line not in ("[", "]")]


# --- processes on one machine --------------------------------------------------------------


def test_two_worker_processes_give_the_same_tasks_in_the_same_order(one_process, batch_with_bad_lines):
    inputs = [*BATCH, batch_with_bad_lines]
    single: list[Problem] = []
    expected = [t.model_dump_json(exclude_none=True)
                for t in preannotate(read_articles(inputs, single), load_pipeline(None), single)]
    problems: list[Problem] = []
    # Chunks of two: seven chunks over two processes, finishing out of order, must come back in order.
    tasks = list(preannotate_parallel(read_articles(inputs, problems), None, 2, problems, chunk_size=2))
    assert [t.model_dump_json(exclude_none=True) for t in tasks] == expected
    assert expected[:12] == one_process
    # A bad article is still named by file and line, as with one process.
    assert problems == single
    assert [p.where for p in problems] == [f"{batch_with_bad_lines}:2", f"{batch_with_bad_lines}:3"]
    # What a dump leaves out crosses the process boundary too: where each task's article was read.
    assert tasks[0].origin == f"{BATCH[0]}:1"


def test_preannotate_with_workers_2_writes_the_file_workers_1_writes(tmp_path, batch_with_bad_lines):
    outputs = {}
    for workers in (1, 2):
        outputs[workers] = tmp_path / f"tasks-{workers}.json"
        result = runner.invoke(app, ["preannotate", *map(str, BATCH), str(batch_with_bad_lines),
                                     "-o", str(outputs[workers]), "--workers", str(workers)])
        assert result.exit_code == 1, result.output  # the bad lines were skipped
        assert "wrote 14 task(s)" in result.output
        assert f"{batch_with_bad_lines}:2: not valid JSON" in result.output
    assert outputs[2].read_bytes() == outputs[1].read_bytes()


def test_scheduler_without_the_dask_engine_is_refused(tmp_path):
    result = runner.invoke(app, ["preannotate", str(SAMPLES), "-o", str(tmp_path / "t.json"),
                                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


# --- a Dask cluster ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster


def test_a_dask_cluster_writes_shards_that_hold_what_one_process_gives(tmp_path, cluster, one_process):
    folder = tmp_path / "shards"
    run = preannotate_dask(BATCH, folder, cluster.scheduler_address, shard_size=3)

    assert [p.name for p in run.shards] == SHARD_NAMES
    assert sorted(p.name for p in folder.glob("*.json")) == SHARD_NAMES
    assert (run.articles, run.tasks, run.computed, run.reused, run.problems) == (12, 12, 4, 0, [])
    assert lines_of(run.shards) == one_process
    # `import` takes the folder's shards as task files.
    problems: list[Problem] = []
    assert len(list(read_task_files(run.shards, problems))) == 12 and not problems
    # Four shards on two workers, and each worker loaded the pipeline once.
    with Client(cluster) as client:
        assert list(client.run(pipelines_loaded).values()) == [1, 1]

    # A re-run finds every shard complete: nothing is recomputed, rewritten or added.
    written = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}
    result = runner.invoke(app, ["preannotate", *map(str, BATCH), "-o", str(folder), "--engine", "dask",
                                 "--scheduler", cluster.scheduler_address, "--shard-size", "3"])
    assert result.exit_code == 0, result.output
    assert "wrote 12 task(s) in 4 shard(s)" in result.output and "(0 computed, 4 already complete)" in result.output
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()} == written

    # A shard without its record did not finish: only that one is computed again.
    (folder / "tasks-00002.done").unlink()
    again = preannotate_dask(BATCH, folder, cluster.scheduler_address, shard_size=3)
    assert (again.computed, again.reused) == (1, 3)
    assert (folder / "tasks-00002.json").stat().st_ino != written["tasks-00002.json"][0]
    assert lines_of(again.shards) == one_process
    with Client(cluster) as client:
        assert list(client.run(pipelines_loaded).values()) == [1, 1]


def test_articles_a_worker_skips_are_reported_with_file_and_line_also_when_their_shard_is_reused(
    tmp_path, monkeypatch, batch_with_bad_lines
):
    real_to_task = tasks_module.to_task

    def inconsistent_for_one_article(article, annotations, version):
        if article.id == "ok-2":
            raise OffsetError("article ok-2: region claim-0 offsets 0:5 point at 'Laut ', not at 'Laut'")
        return real_to_task(article, annotations, version)

    # A worker thread in this process, so that the patched rule reaches it.
    monkeypatch.setattr(tasks_module, "to_task", inconsistent_for_one_article)
    skipped = Problem(f"{batch_with_bad_lines}:4", "skipped, pre-annotation is inconsistent: "
                      "article ok-2: region claim-0 offsets 0:5 point at 'Laut ', not at 'Laut'")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as threads:
        first = preannotate_dask([batch_with_bad_lines], tmp_path / "shards", threads.scheduler_address, shard_size=3)
        again = preannotate_dask([batch_with_bad_lines], tmp_path / "shards", threads.scheduler_address, shard_size=3)
    for run in (first, again):
        assert run.tasks == 1
        assert [p.where for p in run.problems] == [f"{batch_with_bad_lines}:{line}" for line in (2, 3, 4)]
        assert run.problems[-1] == skipped
    assert (again.computed, again.reused) == (0, 1)


def test_without_a_scheduler_the_dask_engine_runs_a_local_cluster_of_workers_processes(tmp_path, one_process):
    result = runner.invoke(app, ["preannotate", *map(str, BATCH), "-o", str(tmp_path), "--engine", "dask",
                                 "--workers", "1", "--shard-size", "5"])
    assert result.exit_code == 0, result.output
    assert "wrote 12 task(s) in 3 shard(s)" in result.output
    assert lines_of(sorted(tmp_path.glob("tasks-*.json"))) == one_process


def test_a_model_that_is_not_installed_is_named_also_with_worker_processes(tmp_path):
    result = runner.invoke(app, ["preannotate", *map(str, BATCH), "-o", str(tmp_path / "t.json"),
                                 "--workers", "2", "--model", "de_core_news_lg"])
    assert result.exit_code == 2
    assert "de_core_news_lg" in result.output and "Traceback" not in result.output


def test_shards_left_from_a_larger_earlier_run_are_named_not_removed(tmp_path, batch_with_bad_lines):
    folder = tmp_path / "shards"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as threads:
        larger = preannotate_dask([batch_with_bad_lines], folder, threads.scheduler_address, shard_size=1)
        smaller = preannotate_dask([batch_with_bad_lines], folder, threads.scheduler_address, shard_size=2)
    assert [p.name for p in larger.shards] == ["tasks-00000.json", "tasks-00001.json"] and not larger.leftover
    assert [p.name for p in smaller.shards] == ["tasks-00000.json"]
    assert smaller.computed == 1  # same index, other articles: computed again, not reused
    assert [p.name for p in smaller.leftover] == ["tasks-00001.json"]
