"""The review report an editor opens: written from a live project, read in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.client import connect

from .browser import chromium, page, screenshot, screenshots  # noqa: F401 (fixtures)
from .conftest import SAMPLES
from .reviewing import claim_regions, review

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_the_report_shows_the_projects_progress_and_its_disputed_claims_with_evidence(studio, page, tmp_path, screenshots):
    result = import_files([SAMPLES], "Faktencheck Demo", studio.url, studio.token)
    client = connect(studio.url, studio.token)
    tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
    first, second = claim_regions(tasks[0])[:2]
    review(client, tasks[0], {
        first["id"]: ("disputed", ["https://pegel.example/lindach/2026-03-02"], "Amtlicher Pegel: 4,10 Meter"),
        second["id"]: ("supported", ["https://feuerwehr.example/lage"], ""),
    })
    claims = sum(t.data["claims"] for t in tasks)
    report = tmp_path / "bericht.html"

    run = CliRunner().invoke(app, ["report", "--project", "Faktencheck Demo", "-o", str(report),
                                   "--url", studio.url, "--token", studio.token])
    assert run.exit_code == 0, run.output

    page.goto(report.as_uri())
    expect(page.get_by_text(f"1 / {len(tasks)}")).to_be_visible()  # articles reviewed, of the whole project
    expect(page.locator(".card").filter(has_text="claims open")).to_contain_text(str(claims - 2))
    disputed = page.locator("h2", has_text="Disputed claims").locator("xpath=following-sibling::*[1]")
    expect(disputed).to_contain_text(first["value"]["text"][:40])
    expect(page.get_by_role("link", name="https://pegel.example/lindach/2026-03-02")).to_be_visible()
    screenshot(page, screenshots, "report")
