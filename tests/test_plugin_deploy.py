"""plugin/app.py, the entry point an admin deploys, serves the backend with the settings it is given."""

from __future__ import annotations

import importlib.util
import os
import logging
import re

import pytest
from fastapi.testclient import TestClient

from .conftest import REPO


def load_entry_point(monkeypatch, **settings: str):
    for name in [n for n in os.environ if n.startswith(("LS_FACTCHECK_", "LABEL_STUDIO_"))]:
        monkeypatch.delenv(name, raising=False)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("plugin_app", REPO / "plugin" / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_deployed_app_answers_health_and_asks_for_the_configured_password(monkeypatch):
    module = load_entry_point(monkeypatch, LS_FACTCHECK_BASIC_AUTH_USER="labelstudio",
                              LS_FACTCHECK_BASIC_AUTH_PASSWORD="Deichgraf-2026")
    client = TestClient(module.app)
    assert client.get("/health").json()["status"] == "UP"
    assert client.post("/predict", json={"tasks": []}).status_code == 401
    assert client.post("/predict", json={"tasks": []}, auth=("labelstudio", "Deichgraf-2026")).status_code == 200


def test_the_deployed_app_does_not_start_without_credentials(monkeypatch):
    with pytest.raises(SystemExit, match="the plugin does not start: no credentials"):
        load_entry_point(monkeypatch)


def test_the_deployed_app_says_what_an_explicit_opt_out_and_missing_settings_leave_off(monkeypatch, caplog):
    with caplog.at_level(logging.WARNING, logger="ls_factcheck.backend"):
        load_entry_point(monkeypatch, LS_FACTCHECK_ALLOW_UNAUTHENTICATED="1")
    assert [r.getMessage() for r in caplog.records] == [
        "running WITHOUT authentication (LS_FACTCHECK_ALLOW_UNAUTHENTICATED): anyone who can reach this address "
        "can use the plugin; keep it on a loopback address",
        "LS_FACTCHECK_WEBHOOK_SECRET is not set: every webhook will be refused, and no project counts as connected",
        "LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY not set: no grouping across the project, no verdict propagation",
    ]


def test_the_settings_example_names_every_setting_the_plugin_reads():
    example = (REPO / "plugin" / "settings.example.env").read_text(encoding="utf-8")
    source = (REPO / "ls_factcheck" / "backend" / "config.py").read_text(encoding="utf-8")
    read = set(re.findall(r'"(LS_FACTCHECK_[A-Z_]+|LABEL_STUDIO_[A-Z_]+)"', source))
    assert read and read <= set(re.findall(r"^([A-Z_]+)=", example, flags=re.M))
