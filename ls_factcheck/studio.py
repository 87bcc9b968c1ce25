"""Talk to a running Label Studio through its SDK: connect, find or create the project, import.

Every failure a user can cause (wrong URL, server down, token refused) becomes a
``StudioError`` with a message that says what to do, never a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from ls_factcheck.labels import config_xml
from ls_factcheck.schema import Task
from ls_factcheck.views import ensure_review_views

DEFAULT_URL = "http://127.0.0.1:8080"
BATCH_SIZE = 500


class StudioError(RuntimeError):
    """Label Studio could not be reached or refused the request."""


def connect(url: str | None = None, token: str | None = None) -> LabelStudio:
    """A client for ``url`` (else ``LABEL_STUDIO_URL``) with ``token`` (else ``LABEL_STUDIO_API_KEY``)."""
    url = (url or os.environ.get("LABEL_STUDIO_URL") or DEFAULT_URL).rstrip("/")
    token = token or os.environ.get("LABEL_STUDIO_API_KEY")
    if not token:
        raise StudioError("no API token: pass --token or set LABEL_STUDIO_API_KEY (Account & Settings in Label Studio)")
    client = LabelStudio(base_url=url, api_key=token, timeout=600)
    with studio_errors(url):
        client.users.whoami()
    return client


class studio_errors:
    """Context manager turning SDK and network errors into ``StudioError`` naming ``url``."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, _traceback) -> bool:
        if error is None:
            return False
        if isinstance(error, httpx.HTTPError):
            raise StudioError(f"cannot reach Label Studio at {self.url}: {error.__class__.__name__}: {error}") from error
        if isinstance(error, ApiError):
            if error.status_code in (401, 403):
                raise StudioError(
                    f"Label Studio at {self.url} refused the token (HTTP {error.status_code}): "
                    "check LABEL_STUDIO_API_KEY; a legacy token needs LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN=true "
                    "on the server"
                ) from error
            raise StudioError(f"Label Studio at {self.url} answered HTTP {error.status_code}: {error.body}") from error
        return False


def base_url(client: LabelStudio) -> str:
    return client._client_wrapper.get_base_url()


def find_project(client: LabelStudio, title: str):
    """The project called ``title``, or None."""
    with studio_errors(base_url(client)):
        return next((p for p in client.projects.list(title=title) if p.title == title), None)


def ensure_project(client: LabelStudio, title: str):
    """The project called ``title``, created with the fact-check interface if it does not exist."""
    project = find_project(client, title)
    if project is None:
        with studio_errors(base_url(client)):
            project = client.projects.create(
                title=title,
                label_config=config_xml(),
                description="Fact-check review: verdicts on pre-annotated claims (label-studio-factcheck)",
                show_collab_predictions=True,
            )
            # Only at creation: a desk that deleted or changed a tab keeps its choice on re-import.
            ensure_review_views(client, project.id)
    return project


def article_ids(client: LabelStudio, project_id: int) -> set[str]:
    """The ``article_id`` of every task already in the project: the key that keeps imports idempotent."""
    with studio_errors(base_url(client)):
        return {
            str(task.data.get("article_id"))
            for task in client.tasks.list(project=project_id, page_size=1000, include="id,data")
            if task.data.get("article_id") is not None
        }


@dataclass
class ImportReport:
    imported: int = 0
    already_there: list[str] = field(default_factory=list)
    task_ids: list[int] = field(default_factory=list)


def import_tasks(
    client: LabelStudio,
    project_id: int,
    tasks: Iterable[Task],
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] = lambda n: None,
) -> ImportReport:
    """Import ``tasks`` with their predictions in batches, skipping articles the project already has."""
    known = article_ids(client, project_id)
    report = ImportReport()

    def fresh() -> Iterator[Task]:
        for task in tasks:
            if task.data.article_id in known:
                report.already_there.append(task.data.article_id)
                progress(1)
                continue
            known.add(task.data.article_id)
            yield task

    stream = fresh()
    while batch := list(islice(stream, batch_size)):
        payload = [task.model_dump(mode="json", exclude_none=True) for task in batch]
        with studio_errors(base_url(client)):
            response = client.projects.import_tasks(id=project_id, request=payload, return_task_ids=True)
        report.imported += len(batch)
        report.task_ids.extend(response.task_ids or [])
        progress(len(batch))
    return report
