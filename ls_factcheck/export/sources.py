"""Where reviewed tasks come from: a Label Studio JSON export file or a live project.

Both are streamed item by item (``json_items``), so memory stays flat however large the project.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import ijson

from ls_factcheck.json_items import json_items
from ls_factcheck.studio import client as studio


def tasks_from_file(path: str | Path) -> Iterator[dict]:
    """Each task of a Label Studio JSON export (a JSON array of tasks); ``ValueError`` names a file that is not one."""
    with Path(path).open("rb") as handle:
        try:
            yield from json_items(handle)
        except ijson.JSONError as error:
            raise ValueError(f"{path}: not a Label Studio JSON export ({error})") from None
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from None


def tasks_from_project(project: str, url: str | None = None, token: str | None = None,
                       all_tasks: bool = False) -> Iterator[dict]:
    """Each annotated task (``all_tasks``: every task) of the live project titled ``project``, with full predictions."""
    client = studio.connect(url, token)
    found = studio.find_project(client, project)
    if found is None:
        raise studio.StudioError(f"no project titled {project!r} in Label Studio at {studio.base_url(client)}")
    # The export endpoint streams JSON; spooling it to disk keeps memory flat for big projects.
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.json"
        with studio.studio_errors(studio.base_url(client)), target.open("wb") as handle:
            for chunk in client.projects.exports.download_sync(found.id, export_type="JSON", download_all_tasks=all_tasks):
                handle.write(chunk)
        # The JSON export names reviewers by user id only; the report and exports name them by email.
        with studio.studio_errors(studio.base_url(client)):
            users = {user.id: user.email or user.username for user in client.users.list()}
        yield from with_reviewer_names(tasks_from_file(target), users)


def with_reviewer_names(tasks: Iterator[dict], users: dict[int, str]) -> Iterator[dict]:
    for task in tasks:
        for annotation in task.get("annotations") or []:
            who = annotation.get("completed_by")
            if isinstance(who, int) and users.get(who):
                annotation["completed_by"] = {"id": who, "email": users[who]}
        yield task
