"""Articles in, reviewer verdicts in a real Label Studio, verified claims out."""

from __future__ import annotations

import json

import pytest

from ls_factcheck.export.review import verified_claims
from ls_factcheck.export.sources import tasks_from_project
from ls_factcheck.export.writers import write_jsonl
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.schema import VerifiedClaim
from ls_factcheck.studio.client import connect, ensure_project

from .conftest import SAMPLES
from .reviewing import claim_regions, review

pytestmark = pytest.mark.e2e
PROJECT = "Faktencheck Ende-zu-Ende"


@pytest.fixture
def imported(studio):
    result = import_files([SAMPLES], PROJECT, studio.url, studio.token)
    client = connect(studio.url, studio.token)
    tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
    return result, client, tasks


def test_import_creates_one_task_per_sample_article_with_predictions(imported):
    result, _, tasks = imported
    assert result.imported == 5 and not result.problems
    assert len(tasks) == 5
    for task in tasks:
        assert task.predictions, f"task {task.id} has no prediction"
        for region in task.predictions[0].result:
            if region["type"] == "labels":
                value = region["value"]
                assert task.data["text"][value["start"]:value["end"]] == value["text"]


def test_importing_the_same_articles_again_adds_nothing(imported, studio):
    again = import_files([SAMPLES], PROJECT, studio.url, studio.token)
    assert again.imported == 0
    assert len(again.already_there) == 5
    client = connect(studio.url, studio.token)
    assert len(list(client.tasks.list(project=again.project_id))) == 5


def test_reviewed_claims_come_out_as_verified_claims_line_by_line(imported, studio, tmp_path):
    _, client, tasks = imported
    first, second = tasks[0], tasks[1]
    attributed = next(r for r in claim_regions(first)
                      if any(i.get("type") == "relation" and i["from_id"] == r["id"] for i in first.predictions[0].result))
    unattributed = next(r for r in claim_regions(first) if r["id"] != attributed["id"])
    other = claim_regions(second)[0]
    review(client, first, {
        attributed["id"]: ("supported", ["https://example.org/pressemitteilung-landkreis",
                                         "Protokoll der Pressekonferenz, 2. März 2026"], "Zahl vom Landkreis bestätigt "),
        unattributed["id"]: ("unsourced", ["Keine Quelle gefunden"], ""),
    })
    review(client, second, {other["id"]: ("disputed", ["https://example.org/gegendarstellung"], "")})

    output = tmp_path / "claims.jsonl"
    count = write_jsonl(verified_claims(tasks_from_project(PROJECT, studio.url, studio.token)), output)

    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert count == len(lines) == 3
    records = {(record["article_id"], record["claim_id"]): VerifiedClaim.model_validate(record) for record in lines}
    supported = records[first.data["article_id"], attributed["id"]]
    assert supported.verdict.value == "supported"
    assert supported.claim == attributed["value"]["text"]
    assert (supported.start, supported.end) == (attributed["value"]["start"], attributed["value"]["end"])
    assert supported.evidence == ["https://example.org/pressemitteilung-landkreis", "Protokoll der Pressekonferenz, 2. März 2026"]
    assert supported.notes == "Zahl vom Landkreis bestätigt"
    relation = next(i for i in first.predictions[0].result if i.get("type") == "relation" and i["from_id"] == attributed["id"])
    source = next(i for i in first.predictions[0].result if i.get("id") == relation["to_id"])
    assert supported.source == source["value"]["text"]
    assert supported.article_id == first.data["article_id"] and supported.outlet == first.data["outlet"]
    assert supported.reviewer
    assert records[first.data["article_id"], unattributed["id"]].verdict.value == "unsourced"
    assert records[first.data["article_id"], unattributed["id"]].evidence == ["Keine Quelle gefunden"]
    assert records[first.data["article_id"], unattributed["id"]].source is None
    assert records[second.data["article_id"], other["id"]].verdict.value == "disputed"


def test_label_studio_accepts_the_interface_with_its_verdict_controls(studio):
    client = connect(studio.url, studio.token)
    project = client.projects.get(id=ensure_project(client, "Interface").id)
    assert "<Choices name=\"verdict\"" in project.label_config
    assert set(project.parsed_label_config) >= {"label", "verdict", "evidence", "notes"}


def test_the_label_studio_data_folder_is_readable_by_its_owner_only(studio):
    assert studio.data_dir.stat().st_mode & 0o777 == 0o700
