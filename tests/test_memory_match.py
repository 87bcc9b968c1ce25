"""When the memory offers an earlier check as the same claim, and what keeps it from doing so."""

from __future__ import annotations

import pytest

from ls_factcheck.memory.match import names_agree, score
from ls_factcheck.memory.records import MemoryClaim, comparable, with_keys
from ls_factcheck.preannotate.pipeline import load_pipeline

CHECKED = "In Hohenbrück wurden bei dem Busunfall auf der B 412 zwei Menschen verletzt, teilte die Polizei mit."


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def match(new: str, nlp, earlier: str = CHECKED):
    stored = with_keys(MemoryClaim(key="frueher", origin="export", text=earlier, verdict="supported"), nlp)
    return score(comparable(new, nlp), stored)


def test_the_same_fact_in_other_words_is_offered(nlp):
    found = match("Die Polizei teilte mit, dass bei dem Busunfall auf der B 412 in Hohenbrück zwei Personen verletzt wurden.", nlp)

    assert found.same_claim


def test_the_same_number_of_another_fate_is_another_claim(nlp):
    found = match("In Hohenbrück wurden bei dem Busunfall auf der B 412 zwei Menschen getötet, teilte die Polizei mit.", nlp)

    assert not found.same_claim
    assert any(reason.startswith("other figures") for reason in found.reasons)


def test_numbers_the_earlier_claim_does_not_give_make_it_another_claim(nlp):
    found = match("In Hohenbrück wurden nach dem Busunfall auf der B 412 40 Fahrgäste evakuiert, teilte die Polizei mit.", nlp)

    assert not found.same_claim and found.other_figures


def test_a_detail_left_out_keeps_it_the_same_claim(nlp):
    found = match("In Hohenbrück wurden bei dem Busunfall zwei Menschen verletzt.", nlp)

    assert found.same_claim


def test_the_same_fact_in_another_town_is_another_claim(nlp):
    found = match("In der Stadt Lüdersdorf wurden bei einem Busunfall auf der B 96 zwei Menschen verletzt, teilte die Polizei mit.", nlp)

    assert not found.same_claim and found.other_names


def test_a_figure_read_as_a_reference_on_one_side_only_is_still_the_same_figure(nlp):
    found = match("Der Hebesatz der Grundsteuer in Marbeck steigt von bisher 390 auf 470 Prozent, beschloss der Rat.", nlp,
                  earlier="Die Stadt Marbeck erhöht den Hebesatz der Grundsteuer von 390 auf 470 Prozent.")

    assert not found.other_figures


def test_the_opposite_of_a_checked_fact_is_another_claim(nlp):
    found = match("Die Stadt Marbeck senkt den Hebesatz der Grundsteuer von 470 auf 390 Prozent.", nlp,
                  earlier="Die Stadt Marbeck erhöht den Hebesatz der Grundsteuer von 390 auf 470 Prozent.")

    assert not found.same_claim
    assert "opposite: up or down" in found.reasons


def test_a_counted_noun_said_in_other_words_is_still_the_same_figure(nlp):
    found = match("Die Drogeriekette Sanomed schließt bis zum Sommer 31 Läden in Niedersachsen.", nlp,
                  earlier="Bis zum Sommer schließt die Drogeriekette Sanomed in Niedersachsen 31 Filialen.")

    assert not found.other_figures and found.same_claim


def test_the_same_value_of_another_measure_is_another_figure(nlp):
    found = match("Die Sperrung der Talbrücke bei Karstedt dauert nach Angaben des Landes drei Monate.", nlp,
                  earlier="Die Sperrung der Talbrücke bei Karstedt dauert nach Angaben des Landes drei Wochen.")

    assert found.other_figures and not found.same_claim


@pytest.mark.parametrize("earlier, new", [
    ("Die Polizei hat den 31-jährigen Verdächtigen nach dem Überfall auf die Tankstelle in Wendorf festgenommen.",
     "Die Polizei hat den 31-jährigen Verdächtigen nach dem Überfall auf die Tankstelle in Wendorf freigelassen."),
    ("Das Landratsamt hat die Genehmigung für den Steinbruch bei Oberkirn erteilt.",
     "Das Landratsamt hat die Genehmigung für den Steinbruch bei Oberkirn widerrufen."),
    ("Das Verwaltungsgericht hat die Klage der Anwohner gegen den Windpark bei Sülfeld abgewiesen.",
     "Das Verwaltungsgericht hat der Klage der Anwohner gegen den Windpark bei Sülfeld stattgegeben."),
    ("Die Bahn hat die Strecke zwischen Kirnau und Welden nach der Sanierung wieder freigegeben.",
     "Die Bahn hat die Strecke zwischen Kirnau und Welden für die Sanierung gesperrt."),
    ("Der Landkreis Halden schafft zum Schuljahr 30 Stellen für Schulbegleiter.",
     "Der Landkreis Halden streicht zum Schuljahr 30 Stellen für Schulbegleiter."),
    ("Im Bürgerentscheid in Oberau stimmten 58 Prozent für den Bau der Umgehungsstraße.",
     "Im Bürgerentscheid in Oberau stimmten 58 Prozent gegen den Bau der Umgehungsstraße."),
])
def test_one_verb_that_reverses_the_fact_makes_it_another_claim(nlp, earlier, new):
    found = match(new, nlp, earlier=earlier)

    assert found.opposite and not found.same_claim


def test_a_move_the_other_way_is_another_claim(nlp):
    found = match("Die Spedition Ruhland hat ihren Sitz von Altwiesen nach Bremkamp verlegt.", nlp,
                  earlier="Die Spedition Ruhland hat ihren Sitz von Bremkamp nach Altwiesen verlegt.")

    assert found.opposite == "from or to" and not found.same_claim


def test_another_year_is_another_claim(nlp):
    found = match("Das 1987 errichtete Gemeindehaus in Eulenbach soll abgerissen werden.", nlp,
                  earlier="Die Gemeinde Eulenbach will ihr 1978 errichtetes Gemeindehaus abreißen.")

    assert found.other_figures and not found.same_claim
    assert "other years: 1987 vs 1978" in found.reasons


def test_another_length_of_time_is_another_figure(nlp):
    found = match("Nach 14 Monaten Bauzeit ist die Sporthalle in Treubach eingeweiht worden.", nlp,
                  earlier="Die Sporthalle in Treubach wurde nach 18 Monaten Bauzeit eingeweiht.")

    assert found.other_figures and not found.same_claim


@pytest.mark.parametrize("one, other", [
    ("zoo amselbrun", "amselbrunn zoo"), ("uni vestenau", "universitat vestenau"),
    ("the town of querfurtshaus", "querfurtshaus"), ("gerlingshausen city", "gerlingshaus"),
])
def test_a_name_with_the_kind_of_place_said_differently_is_the_same_name(one, other):
    assert names_agree(one, other)


def test_names_with_other_words_that_tell_which_one_are_other_names():
    assert not names_agree("zoo amselbrun", "zoo lindenau")
