"""The Data Manager a desk works from: review tabs with the summary columns, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.upload import import_tasks
from ls_factcheck.studio.views import ALL, SHOWN, TO_REVIEW, UNATTRIBUTED, ensure_review_views

from .browser import chromium, page, screenshot, screenshots  # noqa: F401 (fixtures)
from .conftest import SAMPLES
from .reviewing import claim_regions, review
from .test_browser_offsets import emoji_task

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

# The header of a data column is its key; system columns have a title or only an icon.
HEADERS = ["outlet", "published", "claims", "max_claim_score", "unattributed_claims", "Completed", "Annotated by"]


def test_review_tabs_sort_and_split_the_work(studio, page, screenshots):
    result = import_files([SAMPLES], "Faktencheck Desk", studio.url, studio.token)
    client = connect(studio.url, studio.token)
    import_tasks(client, result.project_id, [emoji_task()])
    # The import created the project and with it the review tabs; setting them up again adds none.
    assert ensure_review_views(client, result.project_id) == []
    views = {view.data["title"]: view.id for view in client.views.list(project=result.project_id)}
    assert list(views) == [TO_REVIEW, UNATTRIBUTED, ALL]

    tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
    first = tasks[0]
    review(client, first, {claim_regions(first)[0]["id"]: ("unsourced", ["Keine Quelle gefunden"], "")})

    def listed(view_title: str) -> list:
        return list(client.tasks.list(project=result.project_id, view=views[view_title], fields="all"))

    to_review = listed(TO_REVIEW)
    assert first.id not in [t.id for t in to_review] and len(to_review) == len(tasks) - 1
    scores = [t.data["max_claim_score"] for t in to_review]
    assert scores == sorted(scores, reverse=True)
    unattributed = listed(UNATTRIBUTED)
    assert all(t.data["unattributed_claims"] > 0 for t in unattributed)
    counts = [t.data["unattributed_claims"] for t in unattributed]
    assert counts == sorted(counts, reverse=True)
    assert len(listed(ALL)) == len(tasks)

    page.goto(f"{studio.url}/projects/{result.project_id}/data")
    expect(page.get_by_text(TO_REVIEW, exact=True)).to_be_visible()
    expect(page.get_by_text(UNATTRIBUTED, exact=True)).to_be_visible()
    header = page.locator(".lsf-table-head, [class*=table-head]").first
    for title in HEADERS:
        expect(header.get_by_text(title, exact=True)).to_be_visible()
    # The article text and the raw link HTML would fill the table; they stay hidden.
    expect(header.locator('[data-id="tasks:data.text"]')).to_have_count(0)
    expect(header.locator('[data-id="tasks:data.link"]')).to_have_count(0)
    assert all(column in SHOWN for column in ("tasks:data.outlet", "tasks:total_annotations"))
    screenshot(page, screenshots, "data-manager")
