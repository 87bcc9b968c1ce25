"""Claim groups at import: the batch is grouped with itself and with the project's newest tasks.

Grouping compares every pair of articles, so a batch of thousands cannot be grouped in one go
without the cost growing with its square and the whole batch sitting in memory. The stream is
grouped in windows instead: each window of ``window`` tasks is grouped with itself and with the
claims of the ``context`` articles before it (from this batch, or the project's newest tasks
at the start). News batches arrive roughly in time order, and one story's articles sit close
together in them, so a window with its context finds most siblings at a cost that grows linearly
with the batch. A batch no larger than one window is grouped completely. Articles that leave the
context go into a ``ClaimIndex``: a story that comes back later in the batch is still linked
where a claim repeats a figure or the wording of an earlier one (see ``claim_index``), at the
cost of a few lookups per claim. Tasks already sent are not changed: they learn of a newer
sibling when ``/predict`` or a re-import adds them (see docs/plugin.md).

Python's cycle collector is paused while a window is grouped: grouping builds hundreds of
thousands of small sets and records that hold no reference cycles (reference counting frees
them), yet each burst of them set off full collections that walked the whole heap of tasks and
pipeline, a fifth of grouping's time on 700 Wikinews articles. Pre-annotation and upload run with
the collector as the process had it.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from label_studio_sdk import LabelStudio

from ls_factcheck.grouping.crossref import apply_groups, stored_records
from ls_factcheck.grouping.compare import ClaimRecord
from ls_factcheck.grouping.claim_index import CAPACITY, ClaimIndex
from ls_factcheck.studio.project_tasks import project_tasks
from ls_factcheck.schema import Task

WINDOW = 500
CONTEXT = 500


def with_claim_groups(
    tasks: Iterable[Task],
    client: LabelStudio | None = None,
    project_id: int | None = None,
    window: int = WINDOW,
    context: int = CONTEXT,
    further_back: int = CAPACITY,
) -> Iterator[Task]:
    """``tasks`` with claim groups in region meta and task data, in the same order.

    ``further_back``: how many claims beyond the context the index holds (0: none)."""
    recent: deque[list[ClaimRecord]] = deque()  # one entry per article, at most ``context``
    index = ClaimIndex(capacity=further_back)
    if client is not None and project_id is not None:
        recent.extend(reversed(list(newest_project_records(client, project_id, context))))
    stream = iter(tasks)
    while chunk := list(islice(stream, window)):
        with _cycle_collector_paused():
            recent.extend(apply_groups(chunk, (record for records in recent for record in records),
                                       further_back=index))
            while len(recent) > context:
                index.add(recent.popleft())
        yield from chunk


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    # One import groups in one thread; a collector the caller had switched off stays off.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def newest_project_records(client: LabelStudio, project_id: int, limit: int) -> Iterator[list[ClaimRecord]]:
    """The claims of the project's ``limit`` newest tasks (by task id), newest first."""
    for task in islice(project_tasks(client, project_id, newest_first=True), limit):
        records = stored_records(task)
        if records:
            yield records
