"""A real Chromium driving a real Label Studio: fixtures and the reviewer's moves.

Debian's chromium at /usr/bin/chromium is used through Playwright; Playwright's own browser
download is never needed (``make browser`` installs chromium and an emoji font with apt). The
machines these tests run on are shared and slow, so every wait is generous and nothing is timed.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from playwright.sync_api import expect, sync_playwright

from ls_factcheck.studio.server import LocalStudio

T = TypeVar("T")

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Label Studio's first render of a long article with dozens of regions takes seconds on two busy
# cores; 30 s leaves room without hiding a page that never renders.
WAIT_MS = 30_000
VIEWPORT = {"width": 1440, "height": 1000}

# Screenshots go to a temporary folder unless this names one: a plain test run must not rewrite
# the committed docs/screenshots/*.png (they differ every run, e.g. in "seconds ago").
SCREENSHOTS_ENV = "FACTCHECK_SCREENSHOTS"


@pytest.fixture(scope="module")
def chromium() -> Iterator:
    """One browser process per test module; each test gets its own context (cookies).

    Test modules import this fixture, which makes one copy per module: session scope would run
    two Playwright instances at once, which the sync API refuses.
    """
    # Failing rather than skipping: a CI run without a browser must not pass as if it had one.
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.fail(f"no chromium at {CHROMIUM}: run `make browser` (apt: chromium fonts-noto-color-emoji) "
                    f"or set FACTCHECK_CHROMIUM; deselect these tests with -m 'not browser'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, studio: LocalStudio):
    """A page logged in to this test's Label Studio as the known reviewer."""
    expect.set_options(timeout=WAIT_MS)
    context = chromium.new_context(viewport=VIEWPORT, locale="de-DE")
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    log_in(page, studio)
    yield page
    context.close()


def log_in(page, studio: LocalStudio) -> None:
    page.goto(f"{studio.url}/user/login/")
    page.fill("input[name=email]", studio.username)
    page.fill("input[name=password]", studio.password)
    page.click("button[type=submit]")
    # The login form posts and redirects to the projects list; waiting for the URL to leave
    # /user/login/ catches a refused login here instead of as a missing task later.
    expect(page).not_to_have_url(f"{studio.url}/user/login/")


def open_task(page, studio: LocalStudio, project_id: int, task_id: int) -> None:
    """Open a task in the labelling view and wait until the pre-annotations are drawn."""
    page.goto(f"{studio.url}/projects/{project_id}/data?task={task_id}")
    expect(page.locator(".htx-highlight").first).to_be_visible()
    expect(page.locator(".lsf-outliner-item").first).to_be_visible()


def select_region(page, region_id: str, text: str) -> None:
    """Select a region the way a reviewer does: find it in the region list and click it.

    The list is virtualised (only the rows in view exist), so it is scrolled until the row with
    the region's text appears; the region's details panel then has to show its id. Clicking the
    row of the selected region would unselect it, so a selected region is left as it is.
    """
    if page.get_by_text(region_id, exact=True).count():
        return
    outliner = page.locator(".lsf-outliner-tree").first
    row = page.locator(".lsf-outliner-item").filter(has_text=text[:40])
    outliner.hover()
    for _ in range(80):
        if row.count():
            break
        page.mouse.wheel(0, 300)
        page.wait_for_timeout(150)
    row.first.scroll_into_view_if_needed()
    row.first.click()
    expect(page.get_by_text(region_id, exact=True).first).to_be_visible()


def highlighted_texts(page) -> dict[str, str]:
    """What each region highlights in the page, keyed by the region id in its class name.

    A region is drawn as one or more spans (split where other regions or line breaks cut it);
    its text is the text of its outermost spans in document order. Label Studio draws each line
    of the article as its own element, so a line break inside a region is not part of any span.
    """
    return page.evaluate(
        """() => {
            const texts = {};
            const prefix = 'htx-highlight-';
            const idOf = (span) => {
                for (const cls of span.classList) {
                    if (cls.startsWith(prefix) && /-\\d+$/.test(cls)) {
                        return cls.slice(prefix.length).replace(/-\\d+$/, '');
                    }
                }
                return null;
            };
            for (const span of document.querySelectorAll('span.htx-highlight')) {
                const id = idOf(span);
                if (id === null) continue;
                let outer = span.parentElement, nested = false;
                while (outer) {
                    if (outer.classList && outer.classList.contains('htx-highlight') && idOf(outer) === id) {
                        nested = true;
                        break;
                    }
                    outer = outer.parentElement;
                }
                if (!nested) texts[id] = (texts[id] || '') + span.textContent;
            }
            return texts;
        }"""
    )


def wait_for(probe: Callable[[], T], what: str, timeout_s: float = WAIT_MS / 1000) -> T:
    """Poll ``probe`` until it returns something truthy: a save reaches the server when it does."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout_s:.0f} s for {what}")
        time.sleep(0.5)


@pytest.fixture
def screenshots(tmp_path) -> Path:
    """Where this test saves screenshots: $FACTCHECK_SCREENSHOTS, else its temporary folder."""
    folder = Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    return path
