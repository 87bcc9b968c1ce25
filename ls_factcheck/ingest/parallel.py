"""Pre-annotation on more than one core: a process pool on this machine, or a Dask cluster.

Both run the same ``preannotate`` (tasks.py) on chunks of articles, with the pipeline loaded once
per worker process, and give the same tasks in the same order as one process does.

Why not spaCy's ``nlp.pipe(n_process=N)``: it parallelises only the pipeline and sends every Doc
back to the parent, where the rules (a quarter of the time) would then run on one core. Here a
worker runs pipeline and rules and sends back finished tasks.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ls_factcheck.ingest.readers import MAX_CHARS, read_articles
from ls_factcheck.problems import Problem
from ls_factcheck.ingest.shards import (
    ShardRecord, finished_shard, shard_fingerprint, shard_path, shards_beyond, write_record,
)
from ls_factcheck.ingest.task_files import write_task_file
from ls_factcheck.preannotate.tasks import preannotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.schema import Article, Task

# Articles per chunk sent to a worker process: one to two seconds of work for news articles, so
# round trips are few and a chunk in flight holds little memory. nlp.pipe batches 32 at a time.
CHUNK_SIZE = 64
# Chunks (or shards) waiting or running per worker: one running and one queued keeps a worker busy
# without the reader running ahead and holding the batch in memory.
IN_FLIGHT_PER_WORKER = 2


def preannotate_parallel(
    articles: Iterable[Article], model: str | None, workers: int, problems: list[Problem],
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Task]:
    """``preannotate`` on ``workers`` processes; yields the same tasks in the same (input) order.

    Streams: at most ``2 × workers`` chunks are read ahead. Articles skipped by a worker are added to
    ``problems`` when their chunk comes back. ``workers=1`` is the single-process path itself.
    """
    if workers <= 1:
        yield from preannotate(articles, load_pipeline(model), problems)
        return
    # "spawn", not fork: the parent may hold threads (rich's progress refresh, a Dask client's event
    # loop, BLAS pools), and a forked child can inherit a lock one of them held and hang; Python
    # 3.12 warns about forking a threaded process. A spawned worker starts clean, imports the
    # package and loads the pipeline once in the initializer: about 1.5 CPU seconds per worker,
    # measured here, paid once per run; and spawn behaves the same on Linux, macOS and Windows.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(model,))
    pending: deque[Future] = deque()
    try:
        for chunk in _chunks(articles, chunk_size):
            # Articles and tasks travel as pickled pydantic models. Measured on the sample batch,
            # dicts (model_dump, then model_validate in the parent) cost the parent, which is the
            # serial part, the same 0.35 ms a task and save the worker 0.2 ms of 25, but lose
            # what a dump leaves out, such as Task.origin; JSON strings cost the parent 0.55 ms.
            pending.append(pool.submit(_annotate_chunk, chunk))
            if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from _finished_chunk(pending.popleft(), problems)
        while pending:
            yield from _finished_chunk(pending.popleft(), problems)
    finally:
        # A consumer that stops early, or a failed chunk: do not run what nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _finished_chunk(future: Future, problems: list[Problem]) -> Iterator[Task]:
    tasks, skipped = future.result()
    problems.extend(skipped)
    yield from tasks


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --- in a worker process -------------------------------------------------------------------

_worker_model: str | None = None
_model_error: Exception | None = None


def _start_worker(model: str | None) -> None:
    global _worker_model, _model_error
    _worker_model = model
    try:
        load_pipeline(model)
    except Exception as error:  # noqa: BLE001 - re-raised by the first chunk, see below
        # An initializer that raises breaks the whole pool with an anonymous BrokenProcessPool;
        # kept here, the first chunk raises it and the caller sees e.g. ModelNotFound itself.
        _model_error = error


def _annotate_chunk(articles: list[Article]) -> tuple[list[Task], list[Problem]]:
    if _model_error is not None:
        raise _model_error
    problems: list[Problem] = []
    tasks = list(preannotate(articles, load_pipeline(_worker_model), problems))
    return tasks, problems


def pipelines_loaded() -> int:
    """How many pipelines this process has loaded: 1 on a worker that loaded its model once."""
    return load_pipeline.cache_info().misses


# --- a Dask cluster ------------------------------------------------------------------------


class EngineUnavailable(RuntimeError):
    """Dask is not installed, or its scheduler cannot be reached."""


@dataclass
class ShardRun:
    """What ``preannotate_dask`` did: every shard of the batch, computed now or found complete."""

    articles: int = 0
    tasks: int = 0
    shards: list[Path] = field(default_factory=list)
    computed: int = 0
    reused: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Shard files numbered past this batch's last shard: from an earlier, larger run; not removed.
    leftover: list[Path] = field(default_factory=list)


def preannotate_dask(
    inputs: Iterable[str | Path], output_dir: Path, scheduler: str | None, model: str | None = None,
    shard_size: int = 1000, workers: int = 2, progress: Callable[[int], None] = lambda n: None,
    max_chars: int = MAX_CHARS, follow_symlinks: bool = False,
) -> ShardRun:
    """Pre-annotate ``inputs`` on a Dask cluster into ``output_dir/tasks-NNNNN.json`` shards.

    Articles are read here and sent in shards of ``shard_size``; each worker loads the pipeline
    once, writes its shard straight into ``output_dir`` (which must be the same folder, at the same
    path, for this process and every worker: a shared filesystem) and returns only counts and
    problems. Shards are numbered in input order, so their tasks in order equal a single process's
    output. A shard already complete for the same articles and model is not recomputed; a re-run
    after a crash or with more articles does only what is missing. At most two shards per worker
    thread are in flight, so a huge batch never sits in the scheduler's memory. ``scheduler=None``
    starts a local cluster of ``workers`` processes for the run. ``progress`` gets task counts.
    """
    distributed = _import_distributed()
    # Absolute, since a worker's working folder is not ours; not resolved, since a symlink here
    # may be the very path under which the workers see the shared folder.
    output_dir = Path(output_dir).absolute()
    output_dir.mkdir(parents=True, exist_ok=True)
    run = ShardRun()
    records: dict[int, ShardRecord] = {}

    def finished(index: int, record: ShardRecord) -> None:
        records[index] = record
        progress(record.tasks)

    with _dask_client(distributed, scheduler, workers) as client:
        # The documented way to set a worker up once: the plugin's setup runs on every worker,
        # also on one that joins later, before it runs any shard; idempotent, so a second run
        # against the same cluster keeps the pipeline already loaded.
        client.register_plugin(PipelineOnWorker(model))
        running = distributed.as_completed()
        index = -1
        for index, shard in enumerate(_chunks(read_articles(inputs, run.problems, max_chars=max_chars,
                                                                  follow_symlinks=follow_symlinks), shard_size)):
            path = shard_path(output_dir, index)
            run.shards.append(path)
            run.articles += len(shard)
            fingerprint = shard_fingerprint(shard, model)
            if record := finished_shard(path, fingerprint):
                run.reused += 1
                finished(index, record)
                continue
            # Asked again for every shard: workers that join a running cluster get work at once.
            while running.count() >= IN_FLIGHT_PER_WORKER * max(1, sum(client.nthreads().values())):
                finished(*next(running).result())
            running.add(client.submit(_annotate_shard, index, shard, model, str(path), fingerprint,
                                      key=f"preannotate-{path.stem}-{fingerprint[:12]}"))
            run.computed += 1
        for future in running:
            finished(*future.result())
    for index in sorted(records):
        run.tasks += records[index].tasks
        run.problems.extend(records[index].problems)
    run.leftover = shards_beyond(output_dir, index + 1)
    return run


def _import_distributed():
    try:
        import distributed
    except ImportError as error:
        raise EngineUnavailable(
            "the Dask engine needs dask.distributed: pip install 'label-studio-factcheck[dask]'"
        ) from error
    return distributed


@contextmanager
def _dask_client(distributed, scheduler: str | None, workers: int):
    if scheduler is None:
        # One thread per worker process: pre-annotation holds the GIL, threads would only queue.
        # Port 0 for the scheduler's HTTP endpoint: 8787 may belong to another cluster here.
        with distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler)
    except (OSError, TimeoutError) as error:
        raise EngineUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    with client:
        yield client


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # the dask extra is not installed; preannotate_dask says so when called
    _WorkerPlugin = object


class PipelineOnWorker(_WorkerPlugin):
    """Loads the spaCy pipeline into a Dask worker when it starts, once per worker process."""

    idempotent = True

    def __init__(self, model: str | None):
        self.model = model
        self.name = f"ls-factcheck-pipeline-{model or 'default'}"

    def setup(self, worker) -> None:
        # load_pipeline is cached per process: the shards on this worker get this very pipeline.
        load_pipeline(self.model)


def _annotate_shard(index: int, articles: list[Article], model: str | None, path: str,
                    fingerprint: str) -> tuple[int, ShardRecord]:
    problems: list[Problem] = []
    tasks = write_task_file(preannotate(articles, load_pipeline(model), problems), Path(path))
    record = ShardRecord(fingerprint, len(articles), tasks, problems)
    # The record last: a shard without one is not complete and is recomputed on the next run.
    write_record(Path(path), record)
    return index, record
