"""Claim groups at import: the batch is grouped with itself and with the project's tasks.

The bulk import calls ``with_claim_groups`` on its stream of tasks. Grouping needs every claim
of the batch at once, so the batch is held in memory here (about 10 kB per article of 3,000
characters). Tasks already in the project take part through their stored pre-annotation; they
are not changed, so their reviewers see the new siblings once ``/predict`` or a re-import adds
them (see docs/plugin.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from label_studio_sdk import LabelStudio

from ls_factcheck.plugin.crossref import apply_groups, stored_records
from ls_factcheck.plugin.project_tasks import project_tasks
from ls_factcheck.schema import Task


def with_claim_groups(tasks: Iterable[Task], client: LabelStudio | None = None, project_id: int | None = None) -> Iterator[Task]:
    """``tasks`` with claim groups in region meta and task data, in the same order."""
    batch = list(tasks)
    context = []
    if client is not None and project_id is not None:
        for stored in project_tasks(client, project_id):
            context += stored_records(stored) or []
    apply_groups(batch, context)
    yield from batch
