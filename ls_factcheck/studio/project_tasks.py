"""Every task of a Label Studio project, page by page, as plain JSON data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from label_studio_sdk import LabelStudio

PAGE_SIZE = 500


def plain(obj: Any) -> Any:
    """An SDK model as plain JSON data (the SDK's models are pydantic)."""
    return obj.model_dump(mode="json") if hasattr(obj, "model_dump") else obj


def project_tasks(client: LabelStudio, project_id: int, newest_first: bool = False) -> Iterator[dict]:
    """Every task of the project with its data and predictions, oldest (or newest) first, page by page."""
    order = {"query": json.dumps({"ordering": ["-tasks:id"]})} if newest_first else {}
    for task in client.tasks.list(project=project_id, fields="all", page_size=PAGE_SIZE, **order):
        yield plain(task)
