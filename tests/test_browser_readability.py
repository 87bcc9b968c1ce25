"""The article reads undisturbed: no arrows over the lines, no gaps after highlights, region
details that break between words, and a red warning when evidence is required."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .browser import chromium, page, screenshots  # noqa: F401 (fixtures)
from .browser import open_task, screenshot, select_region
from .test_browser_review import attributed_claim, imported  # noqa: F401 (fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_the_article_has_no_arrows_over_its_lines_and_no_gaps_after_highlights(studio, page, imported, screenshots):
    client, project_id, tasks = imported
    open_task(page, studio, project_id, tasks[0].id)
    expect(page.locator(".htx-highlight").first).to_be_visible()
    overlays = page.locator(".relations-overlay")
    assert all(not overlays.nth(k).is_visible() for k in range(overlays.count()))
    sides = page.evaluate("""() => [...document.querySelectorAll('.htx-highlight')].map(e => {
        const s = getComputedStyle(e); return parseFloat(s.borderLeftWidth) + parseFloat(s.borderRightWidth); })""")
    assert sides and max(sides) == 0
    screenshot(page, screenshots, "article-without-arrows")


def test_a_claims_source_and_reasons_read_in_german_and_break_between_words(studio, page, imported):
    client, project_id, tasks = imported
    claim = attributed_claim(tasks[0])
    open_task(page, studio, project_id, tasks[0].id)
    select_region(page, claim["id"], claim["value"]["text"])
    details = page.locator(".lsf-detailed-region").first
    expect(details).to_contain_text("Quelle:")
    expect(details).to_contain_text("Score")
    assert details.evaluate("e => getComputedStyle(e.querySelector('*') || e).wordBreak") == "normal"


def test_the_evidence_warning_is_red(studio, page, imported):
    client, project_id, tasks = imported
    claim = attributed_claim(tasks[0])
    open_task(page, studio, project_id, tasks[0].id)
    select_region(page, claim["id"], claim["value"]["text"])
    page.keyboard.press("2")
    warning = page.locator(".fc-warn h4")
    expect(warning).to_be_visible()
    assert warning.evaluate("e => getComputedStyle(e).color") == "rgb(176, 58, 46)"
