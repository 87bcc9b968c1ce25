"""Quantities real news writes in words or with an implicit unit (guideline: durations, ages,
frequencies and bare numbers are quantities; spans never run into the next word)."""

from __future__ import annotations

import pytest

from tests.test_quantities import quantities


@pytest.mark.parametrize("sentence, span", [
    ("Der Einsatz dauerte rund eine Stunde.", "rund eine Stunde"),
    ("Die Sperrung soll drei Wochen dauern.", "drei Wochen"),
    ("Etwa sechzig Helfer waren im Einsatz.", "Etwa sechzig Helfer"),
    ("Elf Angestellte wurden entlassen.", "Elf Angestellte"),
    ("Er wurde zu einer siebenjährigen Haftstrafe verurteilt.", "siebenjährigen"),
    ("Es war ein 24-stündiger Streik.", "24-stündiger"),
    ("Der 10-km-Lauf fiel aus.", "10-km"),
    ("Die Gastgeber gewannen 3:1.", "3:1"),
    ("Tausende säumten die Straßen.", "Tausende"),
    ("Zwei der Verdächtigen sind Brüder.", "Zwei der Verdächtigen"),
    ("Jeder Dritte fährt mit dem Rad zur Arbeit.", "Jeder Dritte"),
    ("Der Kran hebt bis zu 14,5 kg an.", "bis zu 14,5 kg"),
    ("Die Strecke ist 180 km lang und erlaubt 130 km/h.", "130 km/h"),
    ("Im Becken hatte das Wasser 35 °C.", "35 °C"),
    ("Der Stern ist sechsmal so groß wie die Sonne.", "sechsmal"),
    ("Die Partei scheiterte an der Fünf-Prozent-Hürde.", "Fünf-Prozent"),
    ("Zwölf Häftlinge flohen, sechs von ihnen wurden gefasst.", "sechs von ihnen"),
    ("Mehr als eine Million Pendler sind betroffen.", "Mehr als eine Million Pendler"),
])
def test_a_quantity_in_words_or_with_an_implicit_unit(sentence, span):
    assert span in quantities(sentence)


def test_the_first_figure_of_a_range_takes_the_unit_of_the_second():
    found = quantities("Das Lager fasst vier bis sechs Container.")
    assert found["vier"]["unit"] == "Container" and "sechs Container" in found


def test_an_age_ends_before_the_name_after_it():
    found = quantities("Der 21-jährige Otto Brand wurde festgenommen.")
    assert "21-jährige" in found and "21-jährige Otto" not in found


@pytest.mark.parametrize("sentence", [
    "Der Zug fuhr um 9:45 Uhr ab.",
    "Sie trafen sich um fünf Uhr.",
    "Das Haus des 1849 verstorbenen Dichters steht leer.",
    "Ein Haus brannte nieder.",
    "Sie wurde 2013 Bürgermeisterin von Kassel.",
    "Zuletzt hatte im Mai 2019 der Präsident um Aufschub gebeten.",
    "Das Schiff wurde vor etwa vier Jahren verkauft.",
    "Einen Tag zuvor war die Brücke gesperrt worden.",
    "Vor 60 Millionen Jahren lebten hier Riesenschlangen.",
])
def test_no_quantity_in_times_of_day_years_and_single_things(sentence):
    assert quantities(sentence) == {}


def test_a_measure_written_as_a_symbol_keeps_the_symbol_as_its_unit():
    assert quantities("Der Wal wog 1.135 kg.")["1.135 kg"]["unit"] == "kg"
    assert quantities("Gemessen wurden 35 ° C.")["35 ° C"]["unit"] == "°C"


@pytest.mark.parametrize("sentence, span", [
    ("Die Sporthalle wurde nach 18 Monaten Bauzeit eingeweiht.", "18 Monaten"),
    ("Seit drei Jahren steht das Kaufhaus leer.", "drei Jahren"),
    ("Binnen zwei Wochen gingen 300 Anträge ein.", "zwei Wochen"),
])
def test_a_length_of_time_after_nach_seit_binnen_is_a_quantity(sentence, span):
    assert quantities(sentence)[span]["value"] > 1


@pytest.mark.parametrize("sentence, span, value", [
    ("Der Prozess dauerte zweieinhalb Jahre.", "zweieinhalb Jahre", 2.5),
    ("Die Sitzung dauerte eineinhalb Stunden.", "eineinhalb Stunden", 1.5),
    ("Der Umbau dauerte anderthalb Jahre.", "anderthalb Jahre", 1.5),
    ("Zur Kundgebung kamen eintausend Menschen.", "eintausend Menschen", 1000),
])
def test_halves_and_thousands_written_as_words_are_quantities(sentence, span, value):
    assert quantities(sentence)[span]["value"] == value


def test_a_frequency_written_apart_is_a_quantity():
    assert quantities("Der Mann war bereits drei Mal verurteilt worden.")["drei Mal"]["value"] == 3


def test_n_weitere_counts_what_the_figure_before_it_counts():
    found = quantities("Bei dem Unfall starben zehn Menschen, 110 weitere wurden verletzt.")
    assert found["110"]["unit"] == "Menschen"


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("Die Schauspielerin Jana Ortlieb (56) zieht aufs Land.", "56", 56.0, "Jahre"),
    ("In den Jahren davor wurden 383 bzw. 163 Fälle bekannt.", "383", 383.0, "Fälle"),
    ("Die Kurse stiegen um 62 beziehungsweise 46 Prozent.", "62", 62.0, "%"),
    ("Nur bei einem Prozent der Fälle kam es zum Prozess.", "einem Prozent", 1.0, "%"),
    ("Die Quote sank um einen Prozentpunkt.", "einen Prozentpunkt", 1.0, "pp"),
    ("Um die einhundert Millionen Zuschauer sahen das Finale.", "einhundert Millionen Zuschauer", 1e8, "Zuschauer"),
])
def test_ages_in_brackets_shared_units_and_one_in_words_are_quantities(sentence, span, value, unit):
    found = quantities(sentence)[span]
    assert (found["value"], found["unit"]) == (value, unit)


@pytest.mark.parametrize("sentence", [
    "Laut Absatz (2) der Satzung ist das erlaubt.",
    "Er war in der Saison 2016/17 Kapitän der Mannschaft.",
    "Die Kosten sind vom ersten Kilometer einfacher Wegstrecke zu erstatten.",
])
def test_numbered_parts_season_years_and_einfach_are_no_quantities(sentence):
    assert quantities(sentence) == {}


def test_a_verb_after_a_number_word_is_not_what_it_counts():
    found = quantities("Auf den Plätzen drei und vier liegen Microsoft und Amazon mit 532 Milliarden Dollar.")
    assert list(found) == ["532 Milliarden Dollar"]


@pytest.mark.parametrize("sentence, span", [
    ("Die Gäste gewannen das Spiel mit 103:98.", "103:98"),
    ("Bremen liegt in der Serie mit einem Sieg (3 - 1) vorn.", "3 - 1"),
    ("Die Klageschrift ist 52-seitig und liegt dem Gericht vor.", "52-seitig"),
    ("Der Fonds trägt je zur Hälfte die Kosten.", "zur Hälfte"),
    ("Die Strafe kann um bis zu einem Drittel gemindert werden.", "bis zu einem Drittel"),
])
def test_scores_pages_and_shares_are_quantities(sentence, span):
    assert span in quantities(sentence)


def test_a_figure_after_davon_counts_what_the_total_counts():
    found = quantities("In der Nacht brannten 418 Mülltonnen, davon 95 in Köln.")
    assert found["95"]["unit"] == "Mülltonnen"


@pytest.mark.parametrize("sentence", [
    "Dem Landrat wird vorgeworfen, seit 2016 Vorschriften zur Vergabe missachtet zu haben.",
    "Seit 1971 Mitglied der Partei, trat sie nun aus.",
    "Die Firma hat bis 1994 Beträge in Millionenhöhe verschoben.",
])
def test_a_year_after_seit_or_bis_counts_nothing(sentence):
    assert quantities(sentence) == {}


def test_einseitig_is_one_sided_and_a_quarter_of_a_city_is_no_share():
    assert quantities("Die Erklärung war einseitig, sagte sie in einem Viertel von Lyon.") == {}


@pytest.mark.parametrize("sentence, span", [
    ("Am Oberlauf gilt die Hochwasseralarmstufe 2.", "Hochwasseralarmstufe 2"),
    ("Der Sturm erreichte Kategorie vier.", "Kategorie vier"),
    ("Die Erde bebte mit einer Stärke von 3,9, zuvor mit Stärke 4,4.", "Stärke 4,4"),
    ("Die Quote ist doppelt so hoch wie im Vorjahr.", "doppelt"),
    ("Die Häuser zweier Familien brannten ab.", "zweier Familien"),
    ("Ein Zwölftel der Stimmen ging an die Liste.", "Ein Zwölftel"),
])
def test_levels_factors_genitive_counts_and_twelfths_are_quantities(sentence, span):
    assert span in quantities(sentence)


def test_the_first_age_of_a_range_keeps_its_hyphen():
    found = quantities("Befragt wurden 16- bis 25-Jährige.")
    assert "16-" in found and "25-Jährige" in found


def test_strength_as_a_quality_is_no_quantity():
    assert quantities("Die Mannschaft zeigte Stärke und gewann.") == {}


def test_a_party_named_after_a_number_counts_nothing():
    assert quantities("Die Fünf-Sterne-Bewegung verlor Stimmen.") == {}


@pytest.mark.parametrize("sentence, span", [
    ("Die Fähre fährt halbstündlich ab dem Hafen.", "halbstündlich"),
    ("Nach einer halbstündigen Pause ging es weiter.", "halbstündigen"),
    ("Sechs deutsche und französische Werke sollen verkauft werden.", "Sechs deutsche und französische Werke"),
])
def test_half_hours_and_adjectives_joined_by_und_belong_to_the_count(sentence, span):
    assert span in quantities(sentence)


def test_a_numbered_hall_counts_nothing():
    assert quantities("Der Stand liegt in Halle 4 der Messe.") == {}
