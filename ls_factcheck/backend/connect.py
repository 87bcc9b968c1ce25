"""Connect a Label Studio project to a running plugin: the ML backend and the webhook, via the SDK.

The webhook is registered first and with the shared secret header: when an ML backend is added,
Label Studio registers ``<backend>/webhook`` for all actions itself, but only if no webhook with
that URL exists yet, and its own would carry no secret (the plugin would refuse every call).
Running ``connect`` again updates both in place instead of adding a second of either.
"""

from __future__ import annotations

from dataclasses import dataclass

from label_studio_sdk import LabelStudio

from ls_factcheck.studio import client as studio
from ls_factcheck.backend.connections import SECRET_HEADER

BACKEND_TITLE = "ls-factcheck"
WEBHOOK_ACTIONS = ["ANNOTATION_CREATED", "ANNOTATION_UPDATED"]


@dataclass
class Connection:
    project_id: int
    ml_backend_id: int
    webhook_id: int
    state: str  # Label Studio's view of the backend after its first /health and /setup
    created: bool


def connect_project(
    client: LabelStudio,
    project: str,
    backend_url: str,
    webhook_secret: str,
    basic_auth: tuple[str, str] | None = None,
    timeout: float = 100.0,
) -> Connection:
    """Register the plugin at ``backend_url`` as ML backend and webhook receiver of ``project``."""
    if not webhook_secret:
        raise studio.StudioError("a webhook secret is needed: set LS_FACTCHECK_WEBHOOK_SECRET (the plugin's too)")
    backend_url = backend_url.rstrip("/")
    label_studio_project = studio.ensure_project(client, project)
    pid = label_studio_project.id
    with studio.studio_errors(studio.base_url(client)):
        hook_url = f"{backend_url}/webhook"
        hook = next((w for w in client.webhooks.list(project=str(pid)) if w.url == hook_url), None)
        settings = dict(url=hook_url, actions=WEBHOOK_ACTIONS, headers={SECRET_HEADER: webhook_secret},
                        send_payload=True, send_for_all_actions=False, is_active=True)
        hook = client.webhooks.update(hook.id, **settings) if hook else client.webhooks.create(project=pid, **settings)

        auth = dict(auth_method="BASIC_AUTH", basic_auth_user=basic_auth[0], basic_auth_pass=basic_auth[1]) \
            if basic_auth else dict(auth_method="NONE")
        backend = next((b for b in client.ml.list(project=pid) if (b.url or "").rstrip("/") == backend_url), None)
        created = backend is None
        if created:
            backend = client.ml.create(project=pid, url=backend_url, title=BACKEND_TITLE, is_interactive=False,
                                       timeout=timeout, **auth)
        else:
            backend = client.ml.update(backend.id, url=backend_url, title=BACKEND_TITLE, timeout=timeout, **auth)
        state = client.ml.get(backend.id).state
    return Connection(pid, backend.id, hook.id, str(state), created)
