"""The memory's lookups during an import, on a process of their own while the import goes on.

Looking an article's claims up in a large store costs a third of pre-annotating it (the text
search, the key queries, reading and scoring the candidates: docs/memory.md). Done in line, it
adds that third to the import. Here the claims of each task are sent to one lookup process as
soon as the task is pre-annotated, and the answer is applied to the task later in the stream,
after grouping, in the same order and with the same marks as ``mark.mark_task`` gives: the
lookups run on the second core while the import pre-annotates the next articles.

The claims a task sends are those of its pre-annotation (``task_records``); grouping adds group
lines to the regions but changes no claim, so asking before grouping and marking after gives
what marking after grouping in line gave. The process is started with "spawn" for the reasons
in ``ingest/parallel.py``, opens the store itself (a SQLite connection cannot cross processes)
and costs about 0.7 s of start, paid once per import while the parent loads its pipeline.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ls_factcheck.grouping.compare import ClaimRecord
from ls_factcheck.grouping.crossref import task_records
from ls_factcheck.memory.mark import with_matches
from ls_factcheck.memory.match import MemoryMatch, matches_of
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.schema import Task

# Tasks the marking stage holds before it waits for the oldest one's answer. Answers are usually
# in long before (asked at pre-annotation, applied after a grouping window of 500); without
# grouping, this is how far the import runs ahead of the lookups.
AHEAD = 64


class MemoryLookups:
    """Ask with ``asking`` (right after pre-annotation), apply with ``marked`` (where marking goes).

    Use as a context manager: it starts the lookup process and stops it, also when the import
    stops early."""

    def __init__(self, location: str, ahead: int = AHEAD) -> None:
        self.location, self.ahead = location, ahead
        self._pool: ProcessPoolExecutor | None = None
        # id(task) -> (task, its claims, the answer to come); the task is held so its id stays its own.
        self._asked: dict[int, tuple[Task, list[ClaimRecord], Future | None]] = {}

    def __enter__(self) -> MemoryLookups:
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_open_store, initargs=(self.location,))
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._asked.clear()

    def asking(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """``tasks`` unchanged; the claims of each are sent to be looked up."""
        for task in tasks:
            self._ask(task)
            yield task

    def marked(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """``tasks`` in the same order, each marked with the memory's answer for its claims."""
        waiting: deque[Task] = deque()
        for task in tasks:
            waiting.append(task)
            if len(waiting) > self.ahead:
                yield self._mark(waiting.popleft())
        while waiting:
            yield self._mark(waiting.popleft())

    def _ask(self, task: Task) -> None:
        if self._pool is None:
            raise RuntimeError("MemoryLookups is used outside its 'with' block")
        records = task_records(task)
        self._asked[id(task)] = (task, records, self._pool.submit(_look_up, records) if records else None)

    def _mark(self, task: Task) -> Task:
        if id(task) not in self._asked:  # a task that did not pass ``asking``: asked now
            self._ask(task)
        _, records, answer = self._asked.pop(id(task))
        return with_matches(task, records, answer.result() if answer is not None else [])


# --- in the lookup process ------------------------------------------------------------------

_store: MemoryStore | None = None
_store_error: Exception | None = None


def _open_store(location: str) -> None:
    global _store, _store_error
    try:
        _store = MemoryStore.open(location)
    except Exception as error:  # noqa: BLE001 - raised by the first lookup, where the import sees it
        _store_error = error


def _look_up(records: list[ClaimRecord]) -> list[list[MemoryMatch]]:
    if _store is None:
        raise _store_error or RuntimeError("the memory store was not opened")
    return matches_of(_store, records)
