"""The plugin's settings, and the rule that it never runs open by accident.

Every setting comes from the environment (``from_env``; ``plugin/settings.example.env`` lists
them). ``refusal`` is what ``serve`` and ``plugin/app.py`` check before they start: without basic
auth anyone who reaches the plugin could make it pre-annotate text of their choosing for as long
as they like, so it starts without credentials only when the operator opts out explicitly, and
then only on a loopback address.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from typing import Any

ENV_ALLOW_UNAUTHENTICATED = "LS_FACTCHECK_ALLOW_UNAUTHENTICATED"
# A /predict body holds whole articles; Label Studio sends a few tasks at a time.
MAX_BODY_BYTES = 16 * 1024 * 1024
# News articles run to a few thousand characters; longer texts are refused with a reason per task.
MAX_ARTICLE_CHARS = 100_000


@dataclass(frozen=True)
class PluginConfig:
    """How the plugin is secured and where it reads and writes back (``from_env`` names the variables)."""

    webhook_secret: str | None = None
    basic_auth_user: str | None = None
    basic_auth_password: str | None = None
    label_studio_url: str | None = None
    label_studio_token: str | None = None
    model: str | None = None
    memory: str | None = None  # a memory store (file or URL): marks and suggestions for claims checked before
    project_ttl: float = 60.0  # seconds a listing of the project's tasks is reused for grouping
    allow_unauthenticated: bool = False  # the operator's explicit opt-out, for loopback only
    max_body_bytes: int = MAX_BODY_BYTES
    max_article_chars: int = MAX_ARTICLE_CHARS

    @classmethod
    def from_env(cls, **overrides: Any) -> PluginConfig:
        values: dict[str, Any] = dict(
            webhook_secret=os.environ.get("LS_FACTCHECK_WEBHOOK_SECRET") or None,
            basic_auth_user=os.environ.get("LS_FACTCHECK_BASIC_AUTH_USER") or None,
            basic_auth_password=os.environ.get("LS_FACTCHECK_BASIC_AUTH_PASSWORD") or None,
            label_studio_url=os.environ.get("LABEL_STUDIO_URL") or None,
            label_studio_token=os.environ.get("LABEL_STUDIO_API_KEY") or None,
            model=os.environ.get("LS_FACTCHECK_MODEL") or None,
            memory=os.environ.get("LS_FACTCHECK_MEMORY") or None,
            allow_unauthenticated=os.environ.get(ENV_ALLOW_UNAUTHENTICATED, "").strip().lower() in ("1", "true", "yes"),
        )
        numbers = {"project_ttl": ("LS_FACTCHECK_PROJECT_TTL", float),
                   "max_body_bytes": ("LS_FACTCHECK_MAX_BODY_BYTES", int),
                   "max_article_chars": ("LS_FACTCHECK_MAX_ARTICLE_CHARS", int)}
        for field, (name, kind) in numbers.items():
            if os.environ.get(name):
                try:
                    values[field] = kind(os.environ[name])
                except ValueError:
                    raise ValueError(f"{name} must be a number, not {os.environ[name]!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def talks_back(self) -> bool:
        return bool(self.label_studio_url and self.label_studio_token)

    @property
    def has_basic_auth(self) -> bool:
        return bool(self.basic_auth_user and self.basic_auth_password)

    def refusal(self, host: str | None = None) -> str | None:
        """Why the plugin must not start on ``host`` with these settings; None when it may.

        ``host`` None means the address is not known here (an ASGI server binds it): then an
        opted-out plugin is trusted to be bound to loopback, and ``warnings`` says it must be.
        """
        if self.has_basic_auth:
            return None
        if not self.allow_unauthenticated:
            return ("no credentials: set LS_FACTCHECK_BASIC_AUTH_USER and LS_FACTCHECK_BASIC_AUTH_PASSWORD "
                    "(and LS_FACTCHECK_WEBHOOK_SECRET), then run `ls-factcheck connect` with the same settings so "
                    f"Label Studio sends them; or set {ENV_ALLOW_UNAUTHENTICATED}=1 to run without them on a "
                    "loopback address only")
        if host is not None and not is_loopback(host):
            return (f"{ENV_ALLOW_UNAUTHENTICATED} allows running without credentials on a loopback address only, "
                    f"not on {host}")
        return None

    def warnings(self) -> list[str]:
        """What an operator should hear at start: settings that leave a protection or a feature off."""
        found = []
        if not self.has_basic_auth and self.allow_unauthenticated:
            found.append("running WITHOUT authentication (LS_FACTCHECK_ALLOW_UNAUTHENTICATED): anyone who can reach "
                         "this address can use the plugin; keep it on a loopback address")
        if not self.webhook_secret:
            found.append("LS_FACTCHECK_WEBHOOK_SECRET is not set: every webhook will be refused, and no project "
                         "counts as connected")
        if not self.talks_back:
            found.append("LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY not set: no grouping across the project, "
                         "no verdict propagation")
        return found


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
