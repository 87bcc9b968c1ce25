"""The plugin's writes into a task's data keep what another write stored a moment before."""

from __future__ import annotations

import json
from types import SimpleNamespace

from ls_factcheck.backend.task_data import update_task_data


class StoredTasks:
    """Label Studio's task endpoints as far as these writes use them: one task read through the
    project's task list, and update replacing ``data`` whole."""

    def __init__(self, data: dict) -> None:
        self.data = dict(data)
        self.updates = 0

    def list(self, project: int, fields: str, query: str, page_size: int) -> list[dict]:
        wanted = json.loads(query)["selectedItems"]["included"]
        return [{"id": 7, "project": 3, "data": dict(self.data), "total_annotations": 1}] if project == 3 and 7 in wanted else []

    def update(self, id: str, data: dict) -> None:
        self.updates += 1
        self.data = dict(data)


def test_progress_written_after_the_summary_keeps_the_summary():
    tasks = StoredTasks({"text": "Der Deich bei Hohenfurt brach am Montag.", "claims": 0})
    client = SimpleNamespace(tasks=tasks)
    update_task_data(client, 3, 7, lambda task: {"claims": 14, "unattributed_claims": 5})
    update_task_data(client, 3, 7, lambda task: {"claims_decided": 1, "claims_open": 13})
    assert tasks.data == {"text": "Der Deich bei Hohenfurt brach am Montag.", "claims": 14,
                          "unattributed_claims": 5, "claims_decided": 1, "claims_open": 13}


def test_a_write_that_changes_nothing_is_not_sent():
    tasks = StoredTasks({"text": "Ein Satz.", "claims_decided": 1, "claims_open": 13})
    client = SimpleNamespace(tasks=tasks)
    assert update_task_data(client, 3, 7, lambda task: {"claims_decided": 1, "claims_open": 13}) == {}
    assert tasks.updates == 0


def test_a_task_the_project_does_not_hold_is_not_written():
    tasks = StoredTasks({"text": "Ein Satz."})
    client = SimpleNamespace(tasks=tasks)
    assert update_task_data(client, 4, 7, lambda task: {"claims": 2}) == {}
    assert tasks.updates == 0
