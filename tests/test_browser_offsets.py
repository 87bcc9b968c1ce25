"""Offsets as the reviewer sees them: emoji, CRLF line breaks and typographic quotes.

Label Studio counts offsets in Python code points while the browser works in UTF-16 units, and an
article read with ``newline=""`` keeps its ``\\r\\n``. A mistake in either shows up only in the
browser, as highlights that start a character or two too early or too late, so the test reads
the highlighted text back out of the page. The same page shows whether the claims without a
source are marked as such.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from ls_factcheck.preannotate.tasks import unattributed_selector
from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, DATE, LABELS, QUANTITY, SOURCE
from ls_factcheck.schema import Claim, LabelResult, Prediction, RelationResult, SpanValue, Task, TaskData
from ls_factcheck.studio.client import connect, ensure_project
from ls_factcheck.studio.upload import import_tasks

from .browser import chromium, highlighted_texts, open_task, page  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

# Written for this test. The emoji sit before most regions and include a skin-tone modifier and
# a ZWJ family (several code points, more UTF-16 units); every line ends in CRLF.
LINES = [
    "Stadtwerke Kleinwasserburg heben den Strompreis an ⚡",
    "Von Mara Feldhaus 👩🏽‍💻",
    "Die Stadtwerke Kleinwasserburg erhöhen zum 1. April den Strompreis um 12 Prozent. "
    "„Die Beschaffungskosten sind im Winter deutlich gestiegen“, sagte Geschäftsführer Tobias Renner "
    "am Dienstag.",
    "Nach Berechnung der Verbraucherzentrale zahlt ein Haushalt mit 2.500 Kilowattstunden künftig "
    "rund 110 Euro mehr im Jahr 😬.",
    "Im Netz kursiert die Behauptung, die Stadtwerke hätten 2025 einen Rekordgewinn von 9 Millionen "
    "Euro gemacht 🤔 – belegt ist das nicht.",
    "Der Stadtrat werde sich am 14. März mit den Preisen befassen 👨‍👩‍👧, erklärte ein Sprecher des "
    "Rathauses. ‚Wir schauen genau hin‘, hieß es.",
]
TEXT = "\r\n".join(LINES) + "\r\n"

# (id, label, exact text, occurrence); the id prefixes follow ls_factcheck/preannotate/tasks.py.
REGIONS = [
    ("per-author", "PER", "Mara Feldhaus", 0),
    ("org-stadtwerke", "ORG", "Stadtwerke Kleinwasserburg", 1),
    ("date-april", DATE, "zum 1. April", 0),
    ("quantity-prozent", QUANTITY, "12 Prozent", 0),
    ("claim-1", CLAIM, "Die Stadtwerke Kleinwasserburg erhöhen zum 1. April den Strompreis um 12 Prozent.", 0),
    ("claim-2", CLAIM, "„Die Beschaffungskosten sind im Winter deutlich gestiegen“", 0),
    ("source-1", SOURCE, "Geschäftsführer Tobias Renner", 0),
    ("per-renner", "PER", "Tobias Renner", 0),
    ("source-2", SOURCE, "Verbraucherzentrale", 0),
    ("claim-3", CLAIM, "zahlt ein Haushalt mit 2.500 Kilowattstunden künftig rund 110 Euro mehr im Jahr 😬.", 0),
    ("quantity-euro", QUANTITY, "rund 110 Euro", 0),
    ("claim-4", CLAIM, "die Stadtwerke hätten 2025 einen Rekordgewinn von 9 Millionen Euro gemacht 🤔", 0),
    ("quantity-millionen", QUANTITY, "9 Millionen Euro", 0),
    ("claim-5", CLAIM, "Der Stadtrat werde sich am 14. März mit den Preisen befassen 👨‍👩‍👧", 0),
    ("date-maerz", DATE, "am 14. März", 0),
    ("claim-6", CLAIM, "‚Wir schauen genau hin‘", 0),
    # Crosses a CRLF: the end of one paragraph and the start of the next.
    ("misc-crlf", "MISC", "im Jahr 😬.\r\nIm Netz", 0),
]
RELATIONS = [("claim-2", "source-1"), ("claim-3", "source-2")]


def _find(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start


def emoji_task() -> Task:
    results: list = []
    for region_id, label, needle, occurrence in REGIONS:
        start = _find(TEXT, needle, occurrence)
        results.append(LabelResult(
            id=region_id, from_name=LABELS.span_control, to_name=LABELS.text_object,
            value=SpanValue(start=start, end=start + len(needle), text=needle, labels=[label]), score=0.9,
        ))
    results += [RelationResult(from_id=a, to_id=b, labels=[ATTRIBUTED_TO]) for a, b in RELATIONS]
    attributed = dict(RELATIONS)
    claims = [Claim(id=r.id, start=r.value.start, end=r.value.end, text=r.value.text, score=0.9,
                    source_id=attributed.get(r.id))
              for r in results if isinstance(r, LabelResult) and r.value.labels == [CLAIM]]
    task = Task(
        data=TaskData(
            text=TEXT, article_id="test-emoji-crlf", title="Strompreis in Kleinwasserburg steigt ⚡",
            url="https://example.org/kleinwasserburg/strompreis", outlet="Kleinwasserburger Anzeiger",
            published="2026-03-10", author="Mara Feldhaus", language="de",
            byline="Kleinwasserburger Anzeiger · 2026-03-10 · Mara Feldhaus",
            link='<a href="https://example.org/kleinwasserburg/strompreis" target="_blank" rel="noopener">'
                 "https://example.org/kleinwasserburg/strompreis</a>",
            claims=len(claims), max_claim_score=0.9, unattributed_claims=sum(c.unattributed for c in claims),
            unattributed_selector=unattributed_selector(c.id for c in claims if c.unattributed),
        ),
        predictions=[Prediction(model_version="browser-test", score=0.9, result=results)],
    )
    task.check_offsets()
    return task


def test_the_article_really_has_what_the_test_is_about():
    assert TEXT.count("\r\n") == len(LINES)
    assert any(len(c.encode("utf-16-le")) > 2 for c in TEXT), "no character outside the BMP"
    assert "„" in TEXT and "“" in TEXT and "‚" in TEXT and "‘" in TEXT
    emoji_task()


def test_highlights_match_the_prediction_text_and_show_which_claims_lack_a_source(studio, page):
    client = connect(studio.url, studio.token)
    project = ensure_project(client, "Faktencheck Browser Offsets")
    task = emoji_task()
    report = import_tasks(client, project.id, [task])
    open_task(page, studio, project.id, report.task_ids[0])

    shown = highlighted_texts(page)

    expected = {item.id: item.value.text for item in task.predictions[0].result if isinstance(item, LabelResult)}
    # Label Studio draws each line as its own element, so a line break inside a region is not
    # part of any highlight: compare without it, and check separately that both sides of the
    # break are highlighted.
    assert {region_id: text.replace("\r\n", "") for region_id, text in expected.items()} == shown
    assert "😬." in shown["misc-crlf"] and shown["misc-crlf"].endswith("Im Netz")

    # Unattributed claims are drawn with a dashed underline, attributed ones with a solid one.
    attributed = {claim for claim, _ in RELATIONS}
    underline = {
        region_id: page.locator(f'[class*="htx-highlight-{region_id}-"]').first.evaluate(
            "span => getComputedStyle(span).borderBottomStyle")
        for region_id, label, _, _ in REGIONS if label == CLAIM
    }
    assert underline == {region_id: "solid" if region_id in attributed else "dashed" for region_id in underline}
    expect(page.get_by_text("Behauptungen (claims)")).to_be_visible()
