"""What the reviewer sees in Chromium: the plugin's pre-annotation and a propagated suggestion."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .browser import chromium, open_task, page, screenshot, screenshots, select_region  # noqa: F401 (fixtures)
from ls_factcheck.studio.views import ALL, PROGRESS_DECIDED, PROGRESS_OPEN

from .test_plugin_end_to_end import (  # noqa: F401 (fixtures)
    annotate,
    claim_by_text,
    plugin,
    project,
    propagated,
    tasks_of,
    verdict_on_one_claim,
)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_opening_a_task_imported_without_predictions_shows_the_plugins_preannotation(studio, page, project, plugin, screenshots):
    client, connection = project
    task = tasks_of(client, connection.project_id)["flut-wa"]
    assert not task.predictions

    open_task(page, studio, connection.project_id, task.id)

    expect(page.get_by_text("Der Pegel der Lörze lag").first).to_be_visible()
    stored = tasks_of(client, connection.project_id)["flut-wa"]
    assert [p.model_version for p in stored.predictions] == [plugin.status()["model_version"]]
    screenshot(page, screenshots, "plugin-preannotation")


def test_a_verdict_on_one_article_shows_as_a_suggestion_on_the_same_claim_in_another(studio, page, project, plugin, screenshots):
    client, connection = project
    client.actions.create(id="retrieve_tasks_predictions", project=connection.project_id,
                          selected_items={"all": True, "excluded": []})
    tasks = tasks_of(client, connection.project_id)
    source = tasks["flut-rb"]
    annotate(client, source, claim_by_text(source, "Der Pegel der Lörze erreichte"), "supported",
             ["https://example.org/pegel-amtlich"])
    plugin.wait_for_propagations(1)
    sibling = tasks_of(client, connection.project_id)["flut-wa"]
    assert propagated(sibling)

    open_task(page, studio, connection.project_id, sibling.id)

    # Label Studio shows each prediction as a tab named by its model version, shortened
    page.locator(".lsf-annotation-button").filter(has_text="agated").first.click()
    target = claim_by_text(sibling, "Der Pegel der Lörze lag")
    select_region(page, target["id"], target["value"]["text"])
    expect(page.locator(".fc-verdict").get_by_role("radio", name=re.compile("^belegt"))).to_be_checked()
    expect(page.get_by_text(f"propagated from task {source.id}").first).to_be_visible()
    screenshot(page, screenshots, "plugin-suggestion")


def test_the_data_manager_shows_how_many_claims_of_each_article_are_decided_and_open(studio, page, project, plugin, screenshots):
    client, connection = project
    source, claims = verdict_on_one_claim(client, connection.project_id, plugin)

    page.goto(f"{studio.url}/projects/{connection.project_id}/data")
    page.get_by_text(ALL, exact=True).click()
    header = page.locator(".lsf-table-head, [class*=table-head]").first
    for title in (PROGRESS_DECIDED, PROGRESS_OPEN):
        expect(header.get_by_text(title, exact=True)).to_be_visible()
    row = page.locator(".lsf-table-row").filter(has_text=source.data["title"]).first
    expect(row).to_be_visible()
    columns = [th.get_attribute("data-id") for th in header.locator(".lsf-th").all()]
    cells = [td.inner_text().strip() for td in row.locator(":scope > .lsf-table__cell").all()]
    shown = dict(zip(columns, cells))
    # the reviewed article: one claim decided, the rest of its claims still open
    assert (shown[f"tasks:data.{PROGRESS_DECIDED}"], shown[f"tasks:data.{PROGRESS_OPEN}"]) == ("1", str(claims - 1))
    # The progress columns come after the import's own (Label Studio orders data columns as they
    # first appear); a full-HD window shows them all.
    page.set_viewport_size({"width": 1920, "height": 520})
    screenshot(page, screenshots, "data-manager-progress")
