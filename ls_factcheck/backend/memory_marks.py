"""The memory in the plugin: /predict marks claims checked before, and their verdicts become a suggestion.

One store is opened at start and shared by the request threads under a lock (a SQLite connection
must not be used by two threads at once; a lookup takes milliseconds). The marks on the answer
to /predict are those of ``ls_factcheck.memory.mark``; the suggestion is written after the answer,
like the summary columns, as its own prediction (``MEMORY_VERSION``) in a task no human has
annotated. Written again only when it changed, so a second /predict writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from label_studio_sdk import LabelStudio

from ls_factcheck.memory.mark import mark_task
from ls_factcheck.memory.store import MemoryStore
from ls_factcheck.schema import MEMORY_VERSION, Task
from ls_factcheck.studio.project_tasks import plain
from ls_factcheck.studio.suggestions import put_suggestion


class MemoryMarks:
    def __init__(self, location: str) -> None:
        self.store = MemoryStore.open(location, shared=True)
        self._lock = threading.Lock()

    def mark(self, task: Task) -> Task:
        with self._lock:
            return mark_task(task, self.store)

    def close(self) -> None:
        with self._lock:
            self.store.close()


def write_suggestion(client: LabelStudio, project: int, task_id: int, built: Task, stored: Mapping) -> str:
    """Create, update or leave the memory's suggestion on one task; says which."""
    if stored.get("total_annotations") or stored.get("annotations") or list(client.annotations.list(id=task_id)):
        return "human annotated"
    wanted = next((p for p in built.predictions if p.model_version == MEMORY_VERSION), None)
    result = wanted.model_dump(mode="json", exclude_none=True)["result"] if wanted is not None else None
    predictions = [plain(p) for p in client.predictions.list(task=task_id)]
    return put_suggestion(client, project, task_id, MEMORY_VERSION, result, predictions,
                          wanted.score if wanted is not None else None)
