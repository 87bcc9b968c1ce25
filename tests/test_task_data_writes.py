"""The plugin's writes into a task's data keep what another write stored a moment before."""

from __future__ import annotations

from types import SimpleNamespace

from ls_factcheck.backend.task_data import update_task_data


class StoredTasks:
    """Label Studio's task endpoint as far as these writes use it: update replaces ``data`` whole."""

    def __init__(self, data: dict) -> None:
        self.data = dict(data)
        self.updates = 0

    def get(self, id: str) -> dict:
        return {"id": int(id), "data": dict(self.data), "total_annotations": 1}

    def update(self, id: str, data: dict) -> None:
        self.updates += 1
        self.data = dict(data)


def test_progress_written_after_the_summary_keeps_the_summary():
    tasks = StoredTasks({"text": "Der Deich bei Hohenfurt brach am Montag.", "claims": 0})
    client = SimpleNamespace(tasks=tasks)
    update_task_data(client, 7, lambda task: {"claims": 14, "unattributed_claims": 5})
    update_task_data(client, 7, lambda task: {"claims_decided": 1, "claims_open": 13})
    assert tasks.data == {"text": "Der Deich bei Hohenfurt brach am Montag.", "claims": 14,
                          "unattributed_claims": 5, "claims_decided": 1, "claims_open": 13}


def test_a_write_that_changes_nothing_is_not_sent():
    tasks = StoredTasks({"text": "Ein Satz.", "claims_decided": 1, "claims_open": 13})
    client = SimpleNamespace(tasks=tasks)
    assert update_task_data(client, 7, lambda task: {"claims_decided": 1, "claims_open": 13}) == {}
    assert tasks.updates == 0
