"""QUANTITY: German formats first, each with a comparable value, unit and qualifier."""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.numbers import find_quantities_and_dates
from ls_factcheck.labels import DATE, QUANTITY


def quantities(text: str, language: str = "de") -> dict[str, dict]:
    found = find_quantities_and_dates(text, language)
    for entity in found:
        assert text[entity.start : entity.end] == entity.text
    return {e.text: e.normalized for e in found if e.label == QUANTITY}


def test_thousands_dot_and_counted_noun():
    assert quantities("Das Heer verlegte 11.000 Soldaten an die Küste.")["11.000 Soldaten"] == {
        "value": 11000.0, "unit": "Soldaten", "low": 11000.0, "high": 11000.0}


def test_adjectives_between_number_and_noun_belong_to_the_quantity():
    found = quantities("Gezählt wurden 62.000 verletzte Zugvögel.")
    assert found["62.000 verletzte Zugvögel"]["unit"] == "Zugvögel"


def test_milliarden_dollar_with_mehr_als():
    normalized = quantities("Der Ausbau kostet mehr als 20 Milliarden Dollar.")["mehr als 20 Milliarden Dollar"]
    assert normalized == {"value": 2e10, "unit": "USD", "qualifier": "mehr als", "low": 2e10}


def test_abbreviated_mrd_euro():
    assert quantities("Der Fonds umfasst rund 20 Mrd. Euro.")["rund 20 Mrd. Euro"]["value"] == 2e10


def test_decimal_comma_and_mio():
    normalized = quantities("Die Region zählt 3,5 Mio. Einwohner.")["3,5 Mio. Einwohner"]
    assert normalized["value"] == 3_500_000.0
    assert normalized["unit"] == "Einwohner"


def test_prozent_becomes_percent_sign():
    assert quantities("Die Zustimmung fiel auf 18 Prozent.")["18 Prozent"]["unit"] == "%"


def test_prozentpunkte_are_not_percent():
    assert quantities("Die Partei verlor 2,5 Prozentpunkte.")["2,5 Prozentpunkte"]["unit"] == "pp"


def test_range_keeps_both_bounds():
    normalized = quantities("Die Mieten steigen um 10 bis 11 Prozent.")["10 bis 11 Prozent"]
    assert (normalized["low"], normalized["high"]) == (10.0, 11.0)


@pytest.mark.parametrize(("phrase", "qualifier", "low", "high"), [
    ("mindestens 3.000 Helfer", "mindestens", 3000.0, None),
    ("über 3.000 Helfer", "mehr als", 3000.0, None),
    ("rund 3.000 Helfer", "etwa", 3000.0, 3000.0),
    ("etwa 3.000 Helfer", "etwa", 3000.0, 3000.0),
    ("bis zu 3.000 Helfer", "höchstens", None, 3000.0),
])
def test_qualifiers_set_the_bounds(phrase, qualifier, low, high):
    normalized = quantities(f"Im Einsatz waren {phrase}.")[phrase]
    assert normalized["qualifier"] == qualifier
    assert normalized.get("low") == low and normalized.get("high") == high


def test_a_part_counts_what_its_whole_counts():
    found = quantities("Mindestens 40 der 600 entsandten Helfer erkrankten.")
    assert found["Mindestens 40"]["unit"] == "Helfer"


def test_number_word_at_sentence_start_counts():
    assert quantities("Drei Menschen wurden verletzt.")["Drei Menschen"]["value"] == 3.0


def test_an_article_number_is_not_a_quantity():
    assert quantities("Artikel 4 des Vertrags regelt den Beistand.") == {}


def test_a_year_is_a_date_not_a_quantity():
    found = find_quantities_and_dates("Die Mauer fiel 1989.", "de")
    assert [e.label for e in found] == [DATE]


def test_the_counted_noun_named_earlier_in_the_sentence():
    normalized = quantities("Die Zahl der Arbeitslosen stieg im März auf 14.380.")["14.380"]
    assert normalized["unit"] == "Arbeitslosen"


def test_von_auf_gives_the_start_value_the_same_unit():
    assert quantities("Der Zuschuss sinkt von 480.000 auf 300.000 Euro.")["480.000"]["unit"] == "EUR"


def test_shares():
    found = quantities("Gut ein Drittel der Befragten und jede fünfte Schule sind betroffen.")
    assert found["Gut ein Drittel"]["value"] == pytest.approx(1 / 3, abs=1e-3)
    assert found["jede fünfte Schule"]["value"] == 0.2


def test_age_of_a_person():
    assert quantities("Ein 34-jähriger Radfahrer wurde verletzt.")["34-jähriger"]["value"] == 34.0


def test_german_billion_is_a_million_million():
    assert quantities("Die Schulden betragen 2 Billionen Euro.")["2 Billionen Euro"]["value"] == 2e12


def test_english_thousands_comma():
    assert quantities("More than 11,000 troops were sent.", "en")["More than 11,000 troops"]["value"] == 11000.0


def test_english_dollar_billion_compares_with_the_german_figure():
    english = quantities("The war cost $20 billion.", "en")["$20 billion"]
    german = quantities("Der Krieg kostete 20 Milliarden Dollar.")["20 Milliarden Dollar"]
    assert (english["value"], english["unit"]) == (german["value"], german["unit"])


def test_english_percent():
    assert quantities("Turnout rose to 18 percent.", "en")["18 percent"]["unit"] == "%"


def test_vague_count_with_a_scale_is_a_quantity():
    normalized = quantities("Geliefert wurden mehrere Millionen Schuss Munition.")["mehrere Millionen Schuss"]
    assert normalized["unit"] == "Schuss" and "value" not in normalized


def test_money_does_not_swallow_the_noun_after_it():
    assert "$12 million" in quantities("Mayor defends $12 million budget cut", "en")


def test_a_counted_noun_in_decomposed_letters_is_counted_whole():
    # "ä" as "a" + U+0308, as text pasted from macOS arrives; the quantity must not stop at the mark
    assert quantities("Die Werft entlässt 1.200 Bescha\u0308ftigte.")["1.200 Bescha\u0308ftigte"]["unit"] == "Bescha\u0308ftigte"
