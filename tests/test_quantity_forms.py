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
])
def test_no_quantity_in_times_of_day_years_and_single_things(sentence):
    assert quantities(sentence) == {}
