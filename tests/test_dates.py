"""DATE: absolute and relative dates and periods, German formats first."""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.numbers import find_quantities_and_dates
from ls_factcheck.labels import DATE


def dates(text: str, language: str = "de") -> dict[str, dict]:
    return {e.text: e.normalized for e in find_quantities_and_dates(text, language) if e.label == DATE}


def test_day_month_year_is_iso():
    assert dates("Das Gesetz trat am 28. April 2025 in Kraft.")["28. April 2025"] == {"iso": "2025-04-28"}


def test_numeric_german_date():
    assert dates("Stichtag ist der 03.11.2026.")["03.11.2026"] == {"iso": "2026-11-03"}


def test_weekday_with_am_is_relative():
    assert dates("Die Polizei meldete am Montag zwei Festnahmen.")["am Montag"] == {"relative": "Montag"}


def test_vergangenen_samstag_keeps_its_modifier():
    assert dates("Vergangenen Samstag brannte eine Scheune.")["Vergangenen Samstag"] == {
        "relative": "Samstag", "modifier": "vergangen"}


def test_season_of_a_year():
    assert dates("Die Truppen kamen im Herbst des Jahres 2024.")["im Herbst des Jahres 2024"] == {
        "season": "Herbst", "year": 2024}


def test_span_between_parts_of_a_month():
    found = dates("Die Schiffe liefen zwischen Anfang und Mitte Oktober aus.")
    assert found["zwischen Anfang und Mitte Oktober"]["part"] == "anfang–mitte"


def test_dateline_with_comma_before_the_year():
    assert dates("12. März, 2026")["12. März, 2026"] == {"iso": "2026-03-12"}


def test_vor_fuenf_jahren_is_a_date_not_a_quantity():
    found = find_quantities_and_dates("Vor fünf Jahren lag der Wert niedriger.", "de")
    assert [(e.text, e.label) for e in found] == [("Vor fünf Jahren", DATE)]


@pytest.mark.parametrize(("text", "span", "normalized"), [
    ("The vote took place on April 28, 2025.", "April 28, 2025", {"iso": "2025-04-28"}),
    ("Officials said on Monday that it was over.", "on Monday", {"relative": "Monday"}),
    ("The fire started last Saturday.", "last Saturday", {"relative": "Saturday", "modifier": "last"}),
])
def test_english_dates(text, span, normalized):
    assert dates(text, "en")[span] == normalized


@pytest.mark.parametrize(("text", "date", "normalized"), [
    # OCR of old print keeps the long s; IGNORECASE takes it for "s"
    ("Die Brücke wurde am 4. Auguſt 1926 eröffnet.", "4. Auguſt 1926", {"iso": "1926-08-04"}),
    # uppercased under a Turkish locale, "i" becomes "İ"
    ("SPERRUNG AB 1. APRİL 2026", "1. APRİL 2026", {"iso": "2026-04-01"}),
    # typed on a Turkish keyboard: dotless i
    ("Die Polizei meldete am Freıtag zwei Festnahmen.", "am Freıtag", {"relative": "Freitag"}),
])
def test_a_date_spelled_with_letters_that_only_match_case_insensitively_is_read_not_a_crash(text, date, normalized):
    assert dates(text)[date] == normalized
