"""A reviewer's verdict given in the browser ends up, exactly, on the claim it was given for.

The sample articles go through the real import (pre-annotation, bulk import); the reviewer then
works in Chromium: open the task, pick a claim from the region list, press a verdict hotkey,
type evidence, submit. The stored annotation is read back through the API.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.labels import CLAIM, LABELS
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.views import ensure_review_views

from .browser import chromium, page, screenshots  # noqa: F401 (fixtures)
from .browser import open_task, screenshot, select_region, wait_for
from .conftest import SAMPLES
from .reviewing import claim_regions

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
PROJECT = "Faktencheck Browser"
EVIDENCE = "https://example.org/landkreis/pressemitteilung-deich\nPressekonferenz im Kreishaus, Mitschrift S. 2"


@pytest.fixture
def imported(studio):
    result = import_files([SAMPLES], PROJECT, studio.url, studio.token)
    client = connect(studio.url, studio.token)
    ensure_review_views(client, result.project_id)
    tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
    return client, result.project_id, tasks


def attributed_claim(task) -> dict:
    """A claim the pre-annotation linked to a source: the case the screenshots should show."""
    result = task.predictions[0].result
    linked = {item["from_id"] for item in result if item.get("type") == "relation"}
    return next(region for region in claim_regions(task) if region["id"] in linked)


def submitted_annotation(client, task_id: int) -> dict:
    """The one annotation of ``task_id``, once the Submit click has reached the server."""
    annotations = wait_for(lambda: client.annotations.list(id=task_id), "the submitted annotation")
    assert len(annotations) == 1, f"expected one submitted annotation, found {len(annotations)}"
    return {"result": annotations[0].result}


def items_of(annotation: dict, control: str) -> list[dict]:
    return [item for item in annotation["result"] if item.get("from_name") == control]


def submit(page) -> None:
    page.get_by_role("button", name="Submit").click()


def test_verdict_by_hotkey_and_typed_evidence_are_stored_on_that_claim(studio, page, imported):
    client, project_id, tasks = imported
    task = tasks[0]
    claim = attributed_claim(task)
    open_task(page, studio, project_id, task.id)

    select_region(page, claim["id"], claim["value"]["text"])
    verdict_panel = page.locator(".fc-verdict")
    expect(verdict_panel).to_be_visible()
    page.keyboard.press("1")
    expect(verdict_panel.get_by_role("radio", name=re.compile("^belegt"))).to_be_checked()
    expect(verdict_panel.get_by_text("evidence required")).to_be_visible()
    evidence = verdict_panel.locator("textarea").first
    evidence.click()
    evidence.type(EVIDENCE)
    submit(page)

    annotation = submitted_annotation(client, task.id)
    verdicts = items_of(annotation, LABELS.verdict_control)
    assert [(v["id"], v["value"]["choices"]) for v in verdicts] == [(claim["id"], ["supported"])]
    evidences = items_of(annotation, LABELS.evidence_control)
    assert [(e["id"], e["value"]["text"]) for e in evidences] == [(claim["id"], [EVIDENCE])]
    assert items_of(annotation, LABELS.notes_control) == []
    # The verdict sits on the claim span itself, not on a copy: same id, same offsets.
    span = next(i for i in annotation["result"] if i.get("id") == claim["id"] and i.get("type") == "labels")
    assert span["value"]["labels"] == [CLAIM]
    offsets = (claim["value"]["start"], claim["value"]["end"])
    assert (span["value"]["start"], span["value"]["end"]) == offsets
    assert (verdicts[0]["value"]["start"], verdicts[0]["value"]["end"]) == offsets


def test_disputed_without_evidence_is_flagged_but_label_studio_still_saves_it(studio, page, imported):
    client, project_id, tasks = imported
    task = tasks[1]
    claim = claim_regions(task)[0]
    open_task(page, studio, project_id, task.id)

    select_region(page, claim["id"], claim["value"]["text"])
    verdict_panel = page.locator(".fc-verdict")
    expect(verdict_panel.get_by_text("evidence required")).to_be_hidden()
    page.keyboard.press("2")
    expect(verdict_panel.get_by_role("radio", name=re.compile("^strittig"))).to_be_checked()
    expect(verdict_panel.get_by_text("evidence required")).to_be_visible()
    submit(page)

    # The shipped interface only warns (see docs/reviewing.md): the verdict is saved without
    # evidence, and the export is where such a verdict has to be caught.
    annotation = submitted_annotation(client, task.id)
    assert [(v["id"], v["value"]["choices"]) for v in items_of(annotation, LABELS.verdict_control)] == [
        (claim["id"], ["disputed"])]
    assert items_of(annotation, LABELS.evidence_control) == []


def test_screenshots_of_the_reviewers_view(studio, page, imported, screenshots):
    _, project_id, tasks = imported
    task = tasks[0]
    claim = attributed_claim(task)
    open_task(page, studio, project_id, task.id)
    expect(page.locator(".fc-guide")).to_be_visible()
    screenshot(page, screenshots, "review-task")

    select_region(page, claim["id"], claim["value"]["text"])
    page.keyboard.press("1")
    evidence = page.locator(".fc-verdict textarea").first
    evidence.click()
    evidence.type(EVIDENCE)
    expect(page.locator(".fc-verdict").get_by_role("radio", name=re.compile("^belegt"))).to_be_checked()
    screenshot(page, screenshots, "review-claim-selected")
