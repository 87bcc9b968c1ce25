"""What ``required`` on the per-region evidence field really does in open-source Label Studio.

The interface we ship does not set it (docs/reviewing.md says why); this test pins the behaviour
that decision rests on, so an upgrade that changes it shows up here: with ``required="true"`` the
Submit button refuses the annotation while ANY claim lacks evidence, whatever its verdict, and
selects that claim. There is no way to require evidence only for some verdicts.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from ls_factcheck.labels import config_xml
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.upload import import_tasks

from .browser import chromium, open_task, page, select_region  # noqa: F401 (fixtures)
from .test_browser_offsets import emoji_task

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
MESSAGE = "Belege fehlen / evidence missing"


def config_with_required_evidence() -> str:
    xml = config_xml()
    marker = '<TextArea name="evidence" '
    assert xml.count(marker) == 1
    return xml.replace(marker, f'{marker}required="true" requiredMessage="{MESSAGE}" ')


def test_required_evidence_blocks_submit_until_every_claim_has_evidence(studio, page):
    client = connect(studio.url, studio.token)
    project = client.projects.create(title="Faktencheck required", label_config=config_with_required_evidence())
    task = emoji_task()
    task_id = import_tasks(client, project.id, [task]).task_ids[0]
    open_task(page, studio, project.id, task_id)

    # A complete verdict with evidence on one claim ...
    select_region(page, "claim-2", "„Die Beschaffungskosten")
    page.keyboard.press("1")
    evidence = page.locator(".fc-verdict textarea").first
    evidence.click()
    evidence.type("https://example.org/stadtwerke/jahresbericht")
    page.get_by_role("button", name="Submit").click()

    # ... is refused because other claims, without any verdict, have no evidence; entities and
    # sources are not asked for it (the control's whenLabelValue="CLAIM" limits the check).
    dialog = page.get_by_role("dialog").filter(has_text=MESSAGE)
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="OK").click()
    expect(page.locator(".fc-verdict")).to_be_visible()
    expect(page.get_by_text("claim-1", exact=True).first).to_be_visible()
    assert client.annotations.list(id=task_id) == []
