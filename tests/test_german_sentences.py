"""The bundled pipeline splits German news into sentences where a reader would.

All examples were written for these tests.
"""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.pipeline import load_pipeline


@pytest.fixture(scope="module")
def sentences():
    nlp = load_pipeline()
    return lambda text: [s.text.strip() for s in nlp(text).sents]


def test_day_and_month_do_not_end_a_sentence(sentences):
    assert sentences("Gewählt wird am 28. April 2025 in allen Kreisen. Die Auszählung dauert bis Montag.") == [
        "Gewählt wird am 28. April 2025 in allen Kreisen.",
        "Die Auszählung dauert bis Montag.",
    ]


def test_a_named_day_with_article_does_not_end_a_sentence(sentences):
    assert sentences("Der 3. Oktober erinnert an die Einheit. Schulen bleiben zu.") == [
        "Der 3. Oktober erinnert an die Einheit.",
        "Schulen bleiben zu.",
    ]


def test_ordinal_before_a_noun_does_not_end_a_sentence(sentences):
    assert sentences("Die Mannschaft erreichte den 2. Platz in der Tabelle.") == [
        "Die Mannschaft erreichte den 2. Platz in der Tabelle."
    ]


def test_z_b_does_not_end_a_sentence(sentences):
    assert sentences("Einige Städte, z. B. Kassel, sparen beim Licht. Andere nicht.") == [
        "Einige Städte, z. B. Kassel, sparen beim Licht.",
        "Andere nicht.",
    ]


def test_u_a_does_not_end_a_sentence(sentences):
    assert sentences("Betroffen sind u. a. Bäckereien und Metzgereien. Der Verband warnt.") == [
        "Betroffen sind u. a. Bäckereien und Metzgereien.",
        "Der Verband warnt.",
    ]


def test_title_dr_does_not_end_a_sentence(sentences):
    assert sentences("Dr. Petra Lang leitet die Studie. Sie beginnt im Herbst.") == [
        "Dr. Petra Lang leitet die Studie.",
        "Sie beginnt im Herbst.",
    ]


def test_thousands_separator_does_not_end_a_sentence(sentences):
    assert sentences("Rund 11.000 Soldaten nehmen an der Übung teil. Sie endet am Freitag.") == [
        "Rund 11.000 Soldaten nehmen an der Übung teil.",
        "Sie endet am Freitag.",
    ]


def test_a_year_at_the_end_ends_the_sentence(sentences):
    assert sentences("Das Werk schloss im Jahr 2019. Heute steht dort ein Park.") == [
        "Das Werk schloss im Jahr 2019.",
        "Heute steht dort ein Park.",
    ]


def test_a_count_at_the_end_ends_the_sentence(sentences):
    assert sentences("Die Zahl der Anträge stieg auf 340. Das Amt stellt mehr Personal ein.") == [
        "Die Zahl der Anträge stieg auf 340.",
        "Das Amt stellt mehr Personal ein.",
    ]


def test_a_closing_quote_stays_with_its_sentence(sentences):
    assert sentences('Der Sprecher sagte: "Das prüfen wir." Mehr wollte er nicht sagen.') == [
        'Der Sprecher sagte: "Das prüfen wir."',
        "Mehr wollte er nicht sagen.",
    ]


def test_a_line_break_ends_a_headline_without_period(sentences):
    assert sentences("Neue Brücke für Dresden\nDie Stadt baut ab Juni.") == [
        "Neue Brücke für Dresden",
        "Die Stadt baut ab Juni.",
    ]


@pytest.mark.parametrize("line_break", ["\r", "\u2028", "\u2029", "\x85"])
def test_a_lone_cr_or_unicode_line_separator_ends_a_headline_too(sentences, line_break):
    assert sentences(f"Großbrand in Marbeck{line_break}Laut Feuerwehr brannte eine Lagerhalle.") == [
        "Großbrand in Marbeck",
        "Laut Feuerwehr brannte eine Lagerhalle.",
    ]
