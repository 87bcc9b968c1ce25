"""The one way the plugin changes a stored task's data fields.

Label Studio replaces a task's ``data`` as a whole on update, and two parts of the plugin write
fields into it: the summary columns after a prediction (``app``) and the review progress after a
saved annotation (``propagation``). Each writes from the task as it is stored at that moment, under
one lock, so neither puts back fields the other has just changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from label_studio_sdk import LabelStudio

from ls_factcheck.studio.project_tasks import stored_task

_WRITING = threading.Lock()

# Given the task as stored now, the fields to change (nothing: leave the task as it is).
Changes = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]


def update_task_data(client: LabelStudio, project_id: int, task_id: int, changes: Changes) -> dict[str, Any]:
    """Apply ``changes`` to the task's stored data; return the fields that were written (none when the
    project holds no such task)."""
    with _WRITING:
        task = stored_task(client, project_id, task_id)
        if task is None:
            return {}
        data = task.get("data") or {}
        wanted = {key: value for key, value in (changes(task) or {}).items() if data.get(key) != value}
        if wanted:
            client.tasks.update(id=str(task_id), data={**data, **wanted})
        return wanted
