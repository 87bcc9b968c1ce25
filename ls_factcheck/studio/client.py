"""Talk to a running Label Studio through its SDK: connect, find or create the project.

Importing tasks is in ``task_upload.py``.

Every failure a user can cause (wrong URL, server down, token refused) becomes a
``StudioError`` with a message that says what to do, never a traceback.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from ls_factcheck.labels import config_xml
from ls_factcheck.studio.retries import CONNECT, ONE_TRY, RetryPolicy, retrying
from ls_factcheck.studio.views import ensure_review_views, update_review_queue

DEFAULT_URL = "http://127.0.0.1:8080"


class StudioError(RuntimeError):
    """Label Studio could not be reached or refused the request."""


def connect(url: str | None = None, token: str | None = None, policy: RetryPolicy = CONNECT) -> LabelStudio:
    """A client for ``url`` (else ``LABEL_STUDIO_URL``) with ``token`` (else ``LABEL_STUDIO_API_KEY``)."""
    url = (url or os.environ.get("LABEL_STUDIO_URL") or DEFAULT_URL).rstrip("/")
    token = token or os.environ.get("LABEL_STUDIO_API_KEY")
    if not token:
        raise StudioError("no API token: pass --token or set LABEL_STUDIO_API_KEY (Account & Settings in Label Studio)")
    client = LabelStudio(base_url=url, api_key=token, timeout=600)
    with studio_errors(url):
        for attempt in retrying(policy):
            with attempt:
                client.users.whoami()
    return client


def shown_url(url: str) -> str:
    """``url`` as messages may show it: without a user name or password written into it."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=netloc))


class studio_errors:
    """Context manager turning SDK and network errors into ``StudioError`` naming ``url`` (credentials left out)."""

    def __init__(self, url: str) -> None:
        self.url = shown_url(url)
        self._secret_url = url

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, _traceback) -> bool:
        if error is None:
            return False
        if isinstance(error, httpx.HTTPError):
            reason = str(error).replace(self._secret_url, self.url)
            raise StudioError(f"cannot reach Label Studio at {self.url}: {error.__class__.__name__}: {reason}") from error
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
    """The server's address as messages may show it."""
    return shown_url(client._client_wrapper.get_base_url())


def find_project(client: LabelStudio, title: str):
    """The project called ``title``, or None."""
    with studio_errors(base_url(client)):
        return _find(client, title)


def _find(client: LabelStudio, title: str):
    return next((p for p in client.projects.list(title=title) if p.title == title), None)


def ensure_project(client: LabelStudio, title: str, policy: RetryPolicy = ONE_TRY):
    """The project called ``title``, created with the fact-check interface if it does not exist."""
    with studio_errors(base_url(client)):
        for attempt in retrying(policy):
            with attempt:
                # looked up again on every try: a create that failed late may have created it
                found = _find(client, title)
                if found is not None:
                    update_review_queue(client, found.id)  # an older project's queue learns review progress
                    return found
                return _create(client, title)


def _create(client: LabelStudio, title: str):
    project = client.projects.create(
        title=title,
        label_config=config_xml(),
        description="Fact-check review: verdicts on pre-annotated claims (label-studio-factcheck)",
        show_collab_predictions=True,
        request_options={"max_retries": 0},  # the SDK would re-send it blindly after a 5xx
    )
    # Only at creation: a desk that deleted or changed a tab keeps its choice on re-import.
    ensure_review_views(client, project.id)
    return project
