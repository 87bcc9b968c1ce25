"""A Label Studio project's tasks as plain JSON data: every one, page by page, or one as stored now."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

PAGE_SIZE = 500


def plain(obj: Any) -> Any:
    """An SDK model as plain JSON data (the SDK's models are pydantic)."""
    return obj.model_dump(mode="json") if hasattr(obj, "model_dump") else obj


def project_tasks(client: LabelStudio, project_id: int, newest_first: bool = False) -> Iterator[dict]:
    """Every task of the project with its data and predictions, oldest (or newest) first, page by page."""
    order = {"query": json.dumps({"ordering": ["-tasks:id"]})} if newest_first else {}
    for task in client.tasks.list(project=project_id, fields="all", page_size=PAGE_SIZE, **order):
        yield plain(task)


def stored_task(client: LabelStudio, project_id: int, task_id: int) -> dict | None:
    """One task of the project as stored now, with its data and predictions; None if the project has
    no such task.

    Read through the Data Manager's task list, not ``GET /api/tasks/{id}``: that one asks the ML
    backend for predictions when the task has none yet (with the project's default "show
    predictions"), so the plugin reading a task right after answering ``/predict``, before Label
    Studio had stored the answer, made it call ``/predict`` again and store the pre-annotation twice.
    The list asks only when the project evaluates predictions automatically, which ``ensure_project``
    leaves off.
    """
    query = json.dumps({"selectedItems": {"all": False, "included": [task_id]}})
    try:
        for task in client.tasks.list(project=project_id, fields="all", query=query, page_size=1):
            task = plain(task)
            if task.get("id") == task_id:
                return task
    except ApiError as error:
        if error.status_code == 404:
            return None  # no such project
        raise
    return None
