"""The import commands as library functions: pre-annotate files into tasks, and bulk-import them.

Both stream: articles are read, pre-annotated and written or sent one batch at a time. A problem
with one article (unreadable, empty, offsets that do not match) is recorded with its file and
line and the rest goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from ls_factcheck.studio import client as studio
from ls_factcheck.ingest.import_lock import project_lock
from ls_factcheck.ingest.readers import MAX_CHARS, read_articles
from ls_factcheck.problems import Problem
from ls_factcheck.ingest.parallel import preannotate_parallel
from ls_factcheck.ingest.task_files import read_task_files, split_inputs, write_task_file
from ls_factcheck.preannotate.tasks import preannotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.grouping.windows import with_claim_groups
from ls_factcheck.memory.lookups import MemoryLookups
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.studio.retries import RetryPolicy
from ls_factcheck.schema import Task
from ls_factcheck.studio.upload import BATCH_SIZE, ImportReport, import_tasks


@dataclass
class ImportResult(ImportReport):
    """What the upload reports (task_upload.py), plus how many tasks were read and the project."""

    tasks: int = 0
    project_id: int | None = None


@contextmanager
def _memory_lookups(location: str | None) -> Iterator[MemoryLookups | None]:
    if not location:
        yield None
        return
    # Opened here first, so that a store that cannot be opened (or migrated) fails the import
    # before anything is read; the lookups then run on their own process (memory/lookups.py).
    MemoryStore.open(location).close()
    with MemoryLookups(location) as lookups:
        yield lookups


def tasks_from_files(
    inputs: Iterable[str | Path], problems: list[Problem], model: str | None = None, max_chars: int = MAX_CHARS,
    workers: int = 1, follow_symlinks: bool = False,
) -> Iterator[Task]:
    """Read, pre-annotate and check every article in ``inputs``; bad ones go to ``problems``.

    ``workers`` > 1 pre-annotates on that many processes (parallel.py), same tasks in the same order.
    """
    articles = read_articles(inputs, problems, max_chars=max_chars, follow_symlinks=follow_symlinks)
    if workers > 1:
        return preannotate_parallel(articles, model, workers, problems)
    return preannotate(articles, load_pipeline(model), problems)


def preannotate_files(
    inputs: Iterable[str | Path], output: Path, model: str | None = None,
    progress: Callable[[int], None] = lambda n: None, max_chars: int = MAX_CHARS, workers: int = 1,
    follow_symlinks: bool = False,
) -> ImportResult:
    """Write the tasks for ``inputs`` to ``output`` as a Label Studio JSON import file (one task a line)."""
    result = ImportResult()
    tasks = tasks_from_files(inputs, result.problems, model, max_chars, workers, follow_symlinks)
    result.tasks = write_task_file(tasks, output, progress)
    return result


def import_files(
    inputs: Iterable[str | Path],
    project: str,
    url: str | None = None,
    token: str | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] = lambda n: None,
    policy: RetryPolicy = RetryPolicy(),
    on_retry: Callable[[str], None] = lambda message: None,
    group_claims: bool = True,
    max_chars: int = MAX_CHARS,
    workers: int = 1,
    follow_symlinks: bool = False,
    memory: str | None = None,
    stage: Callable[[str, int], None] = lambda name, n: None,
) -> ImportResult:
    """Import ``inputs`` into the project titled ``project`` (created if new); a re-run adds nothing twice.

    Articles are pre-annotated on the way; task files that ``preannotate`` wrote (``.json``) are
    imported as they are. Pre-annotation of the next batch overlaps with the upload of the last.
    ``group_claims`` marks claims that other articles of the batch or project also state
    (ls_factcheck/grouping/windows.py); it costs more than the upload on large batches.
    ``memory`` (a store's file or URL) marks claims checked before and suggests their verdicts
    (ls_factcheck/memory/mark.py), looked up on a process of their own (memory/lookups.py).
    ``stage(name, n)`` counts tasks through each stage before the upload, in order:
    ``STAGE_PREANNOTATED``, then ``STAGE_GROUPED`` and ``STAGE_MARKED`` when on; ``progress``
    counts the articles done (imported or already there).
    """
    address = url or os.environ.get("LABEL_STUDIO_URL") or studio.DEFAULT_URL
    # A store that cannot be opened fails the import before anything is read.
    with _memory_lookups(memory) as lookups, project_lock(address, project):
        client = studio.connect(url, token)
        result = ImportResult()
        article_inputs, task_file_paths = split_inputs(inputs, result.problems, follow_symlinks)
        read = chain(read_task_files(task_file_paths, result.problems),
                     tasks_from_files(article_inputs, result.problems, model, max_chars, workers, follow_symlinks)
                     if article_inputs else ())
        first = next(read, None)
        if first is None:
            return result  # nothing was read (a mistyped path): no project is created
        label_studio_project = studio.ensure_project(client, project, policy)
        result.project_id = label_studio_project.id

        def counted() -> Iterator[Task]:
            tasks = _passing(chain([first], read), STAGE_PREANNOTATED, stage)
            if lookups is not None:
                tasks = lookups.asking(tasks)  # looked up while the next articles are pre-annotated
            if group_claims:
                tasks = _passing(with_claim_groups(tasks, client, label_studio_project.id), STAGE_GROUPED, stage)
            if lookups is not None:
                tasks = _passing(lookups.marked(tasks), STAGE_MARKED, stage)
            for task in tasks:
                result.tasks += 1
                yield task

        import_tasks(client, label_studio_project.id, counted(), batch_size, progress, policy, on_retry, report=result)
        return result


STAGE_PREANNOTATED = "pre-annotated"  # or read from a task file
STAGE_GROUPED = "grouped"
STAGE_MARKED = "marked with the memory"


def _passing(tasks: Iterable[Task], name: str, stage: Callable[[str, int], None]) -> Iterator[Task]:
    for task in tasks:
        stage(name, 1)
        yield task
