"""Shared fixtures. End-to-end fixtures start a real Label Studio (SQLite in a temp folder).

Migrating a fresh data folder takes about half a minute, so it happens once per test session;
each test then starts its own server on a copy of that folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ls_factcheck.studio.server import LocalStudio, free_port, start_label_studio

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "articles.jsonl"


@pytest.fixture(scope="session")
def migrated_studio_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("label-studio-migrated")
    start_label_studio(data_dir, port=free_port()).stop()
    (data_dir / "label-studio.log").unlink(missing_ok=True)
    return data_dir


@pytest.fixture
def studio(migrated_studio_dir, tmp_path) -> LocalStudio:
    """A running Label Studio of this test's own, with the known user and token."""
    data_dir = tmp_path / "label-studio"
    shutil.copytree(migrated_studio_dir, data_dir)
    server = start_label_studio(data_dir, port=free_port())
    yield server
    server.stop()
