"""Which Label Studio projects the plugin is connected to, as Label Studio itself records it.

The plugin reads a project's tasks, and writes summary fields and suggestions into it, only when
the project is connected: it has a webhook to the plugin that carries the plugin's own secret in
the ``X-Factcheck-Secret`` header. ``ls-factcheck connect`` registers exactly that webhook, and
only someone who knows the secret (or the project's admin, in Label Studio) can. A caller of
``/predict`` who names another project id gets a pre-annotation of the text it sent and nothing
else: no other project is read and nothing is written.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable

from label_studio_sdk import LabelStudio

SECRET_HEADER = "X-Factcheck-Secret"


class ConnectedProjects:
    """Answers "is project N connected?", asking Label Studio at most once per ``ttl`` seconds per project."""

    def __init__(self, client: LabelStudio, secret: str | None, ttl: float = 60.0, unconnected_ttl: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        # An unconnected project is asked about again soon: `connect` may be running right now.
        self.client, self.secret, self.ttl, self.unconnected_ttl, self.clock = client, secret, ttl, unconnected_ttl, clock
        self._known: dict[int, tuple[float, bool]] = {}
        self._lock = threading.Lock()

    def __contains__(self, project_id: object) -> bool:
        if not self.secret or not isinstance(project_id, int) or isinstance(project_id, bool):
            return False
        with self._lock:
            known = self._known.get(project_id)
            if known is None or self.clock() - known[0] > (self.ttl if known[1] else self.unconnected_ttl):
                known = (self.clock(), self._ask(project_id))
                self._known[project_id] = known
            return known[1]

    def _ask(self, project_id: int) -> bool:
        try:
            hooks = self.client.webhooks.list(project=str(project_id))
        except Exception:  # noqa: BLE001 - Label Studio down or the project gone: not connected, for now
            return False
        return any(_carries(getattr(hook, "headers", None), self.secret) and str(getattr(hook, "project", project_id))
                   == str(project_id) for hook in hooks)


def _carries(headers: object, secret: str) -> bool:
    if not isinstance(headers, dict):
        return False
    given = next((value for key, value in headers.items() if str(key).lower() == SECRET_HEADER.lower()), None)
    return isinstance(given, str) and hmac.compare_digest(given.encode("utf-8"), secret.encode("utf-8"))
