"""The whole path once more against a Label Studio that keeps its data in PostgreSQL, as production does."""

from __future__ import annotations

import json

import pytest

from ls_factcheck.export.review import verified_claims
from ls_factcheck.export.sources import tasks_from_project
from ls_factcheck.export.writers import write_jsonl
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.server import free_port, postgres_environment, start_label_studio

from .conftest import SAMPLES
from .reviewing import claim_regions, review

pytestmark = pytest.mark.e2e
PROJECT = "Faktencheck PostgreSQL"


def test_the_url_of_a_database_becomes_label_studios_settings():
    assert postgres_environment("postgresql://ls:geheim%21@db.example:6543/labelstudio") == {
        "DJANGO_DB": "default", "POSTGRE_NAME": "labelstudio", "POSTGRE_USER": "ls",
        "POSTGRE_PASSWORD": "geheim!", "POSTGRE_HOST": "db.example", "POSTGRE_PORT": "6543"}
    assert postgres_environment("postgresql://postgres:@/studio?host=/tmp/pg")["POSTGRE_HOST"] == "/tmp/pg"


@pytest.fixture
def studio_on_postgres(postgres_url, tmp_path):
    server = start_label_studio(tmp_path / "label-studio", port=free_port(), database_url=postgres_url, timeout=600)
    yield server
    server.stop()


def test_import_review_and_export_work_on_a_label_studio_backed_by_postgresql(studio_on_postgres, postgres_url, tmp_path):
    studio = studio_on_postgres
    assert not (studio.data_dir / "label_studio.sqlite3").exists()

    result = import_files([SAMPLES], PROJECT, studio.url, studio.token)
    again = import_files([SAMPLES], PROJECT, studio.url, studio.token)
    client = connect(studio.url, studio.token)
    tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
    first = tasks[0]
    claim = claim_regions(first)[0]
    review(client, first, {claim["id"]: ("disputed", ["https://example.org/gegendarstellung"], "")})
    output = tmp_path / "claims.jsonl"
    count = write_jsonl(verified_claims(tasks_from_project(PROJECT, studio.url, studio.token)), output)

    assert (result.imported, again.imported, len(tasks)) == (5, 0, 5)
    (record,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert count == 1
    assert (record["claim"], record["verdict"]) == (claim["value"]["text"], "disputed")
    assert (record["start"], record["end"]) == (claim["value"]["start"], claim["value"]["end"])
