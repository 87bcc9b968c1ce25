"""The sharpened guideline: a statement that only voices a view is no claim, even on record.

Sentences are the project's own; each pins one verb family or one exception."""

from __future__ import annotations

import pytest

from tests.claims_helpers import annotate_text


@pytest.mark.parametrize("sentence", [
    "Die Opposition kritisierte den Haushaltsentwurf der Stadt Lindenau scharf.",
    "Der Mieterbund forderte eine Obergrenze für Nebenkosten.",
    "Der Verband warnte vor einem Ärztemangel auf dem Land.",
    "Die Elternvertreter hoffen auf eine schnelle Einigung im Tarifstreit.",
    "Die Grünen bezweifelten die Darstellung des Landrats.",
    "Der Bürgermeister nannte die Kritik eine „haltlose Kampagne“.",
    "Die Gewerkschaft bezeichnete das Angebot als Provokation.",
    "Der Landrat rief alle Beteiligten zur Besonnenheit auf.",
    "Die Trainerin zeigte sich enttäuscht über die Niederlage.",
    "Der Wetterdienst erwartet für das Wochenende weiteren Schneefall.",
    "Der Vereinsvorstand verteidigte die Entscheidung.",
    "Eine Reform sei dringend nötig, sagte die Ministerin.",
])
def test_a_reported_view_is_no_claim(sentence):
    assert annotate_text(sentence).claims == []


@pytest.mark.parametrize("sentence", [
    "Der Landesdatenschützer Jan Moor übte ebenfalls Kritik an den Plänen.",
    "Allerdings gab es auch Kritik an der Ministerin aus der eigenen Fraktion.",
    "Zuletzt war die Schulreform auf immer größere Kritik gestoßen.",
    "Im Gemeinderat stieß der Vorschlag auf breite Ablehnung.",
    "Umweltverbände bewerteten den Entwurf positiv.",
    "Die Grünen signalisierten bereits Gesprächsbereitschaft.",
    "Der Bürgermeister machte zur Bedingung, dass die Demonstranten den Platz räumen.",
    "Mehrere Landräte sprangen der Ministerin bei.",
    "Der Stürmer spielte damit auf seine Wutrede aus dem Vorjahr an.",
    "Die Partei forderte die Bürger zugleich auf, wachsam zu bleiben.",
    "Frühestens im März wird mit dem ersten Verhandlungstermin gerechnet.",
    "Im Süden des Landes wird auch in den nächsten Tagen von hoher Waldbrandgefahr ausgegangen.",
    "Der Fraktionschef hatte die Abgeordnete gestern aufgefordert, ihr Mandat niederzulegen.",
    "Der Vereinsmanager hatte bereits zuvor Zweifel an der Durchführbarkeit des Spiels geäußert.",
    "Beide Mannschaften zeigten Verständnis für die Entscheidung des Schiedsrichters.",
    "Von Seiten der Opposition gibt es Verständnis.",
    "Die Grünen sehen in diesem Vorschlag keine Lösung des Problems.",
    "Der Dekan sieht einen möglichen Rechtsstreit gelassen.",
    "Das Regierungspräsidium halte dieses Verfahren für einen schnellen Weg.",
    "Eine Bürgerinitiative feierte die Absage als „großen Erfolg“.",
    "Die Ministerin hob hervor, dass dies Arbeitsplätze sichern könnte.",
    "Sie rate zum Kauf gebrauchter Räder.",
    "Die Bevölkerung macht sich derzeit Sorgen um die Sicherheit im Bahnverkehr.",
    "Von den Spürhunden verspricht man sich nun Erfolg.",
    "Kritik an dem Vorhaben kam sowohl aus der Koalition als auch von der Opposition.",
    "In den Medien richtet sich Kritik vor allem gegen die Landesregierung.",
    "Von der Spitzenkandidatin wurde bereits Verhandlungsbereitschaft signalisiert.",
    "Der Premier machte außerdem zur Bedingung, dass die Demonstranten den Platz räumen.",
])
def test_a_reaction_named_by_its_noun_or_particle_is_no_claim(sentence):
    assert annotate_text(sentence).claims == []


def test_the_speaker_of_a_view_stays_marked_as_source():
    ann = annotate_text("Die Opposition kritisierte den Haushaltsentwurf der Stadt Lindenau scharf.")
    assert [s.text for s in ann.sources] == ["Die Opposition"]


@pytest.mark.parametrize("sentence", [
    "Die Staatsanwaltschaft bestätigte die Festnahme eines 34-jährigen Mannes.",
    "Das Ministerium dementierte den Bericht über einen Rücktritt der Staatssekretärin.",
    "Der Gouverneur forderte die Nationalgarde an.",
    "Laut Polizei wurden bei dem Unfall zwölf Menschen verletzt.",
    "Die Gewerkschaft kritisierte, dass 400 Stellen gestrichen werden.",
])
def test_an_act_or_a_checkable_content_stays_a_claim(sentence):
    assert len(annotate_text(sentence).claims) == 1


def test_a_view_in_a_reason_clause_leaves_the_fact_a_claim():
    ann = annotate_text("Der Stadtrat lehnte den Antrag ab, da die Fraktion auf einer neuen Prüfung beharrte.")
    assert len(ann.claims) == 1


def test_a_verbless_topic_headline_is_no_claim():
    ann = annotate_text("Großbrand in einer Lagerhalle in Wendelbrück\nIn der Nacht brannte eine Lagerhalle nieder.")
    assert [c.text for c in ann.claims] == ["In der Nacht brannte eine Lagerhalle nieder."]


def test_a_headline_with_a_past_tense_after_its_subject_is_a_claim():
    ann = annotate_text("Landesbank veröffentlichte Liste gesperrter Konten\nDie Liste umfasst 40 Namen.")
    assert ann.claims[0].text == "Landesbank veröffentlichte Liste gesperrter Konten"


@pytest.mark.parametrize("sentence", [
    "Kämen die Anwohner der Aufforderung nicht nach, werde man räumen lassen.",
    "Diesen Streit möchte die Ministerin vermeiden.",
    "Von einer „gezielten Kampagne“ sprach der Fraktionschef.",
    "Die Vorsitzende äußerte sich kritisch über die Pläne.",
    "Jetzt droht ein Streik im Nahverkehr.",
])
def test_conditionals_wishes_labels_and_threats_are_no_claims(sentence):
    assert annotate_text(sentence).claims == []


def test_authorities_who_call_on_residents_to_leave_give_an_order_that_is_a_claim():
    ann = annotate_text("Die Behörden forderten die Bewohner der Altstadt auf, ihre Häuser sofort zu verlassen.")
    assert len(ann.claims) == 1


def test_a_possibility_in_reported_speech_is_no_claim():
    text = "Der Justizminister sagte, dass sich durch den Ausbruch ein Sicherheitsproblem ergeben könne."
    assert annotate_text(text).claims == []


def test_what_someone_cannot_do_in_reported_speech_stays_a_claim():
    text = "Die Anwältin sagte, dass sich die Familie keinen Gutachter leisten könne."
    assert len(annotate_text(text).claims) == 1


def test_residents_who_had_been_told_to_close_their_windows_were_given_an_order():
    ann = annotate_text("Anwohner waren aufgefordert worden, wegen des Rauchs Fenster und Türen geschlossen zu halten.")
    assert len(ann.claims) == 1


def test_faster_than_expected_is_a_comparison_not_an_expectation():
    assert len(annotate_text("Die Gletscher in den Ostalpen schmelzen schneller als erwartet.").claims) == 1


def test_a_hope_with_a_figure_in_it_is_still_no_claim():
    text = "Die Raumfahrtbehörde hofft, dass innerhalb der nächsten drei Jahre private Firmen Raumschiffe bauen."
    assert annotate_text(text).claims == []


def test_what_someone_had_hoped_for_with_a_figure_stays_a_claim():
    text = "Der Senat hatte sich erhofft, dass ein Erlös von 52 Millionen Euro dem Land zufließt."
    assert len(annotate_text(text).claims) == 1


def test_too_much_or_too_little_of_something_is_a_judgement():
    assert annotate_text("„Wir waren nach der Pause einfach zu passiv“, sagte die Trainerin.").claims == []
    assert annotate_text("Die Ausstellung im Stadtmuseum ist noch bis Mai zu sehen.").claims != []


def test_condemning_a_deed_is_a_view():
    assert annotate_text("Die Landesregierung verurteilte den Anschlag auf die Synagoge als feige.").claims == []


def test_a_sentence_passed_by_a_court_stays_a_claim():
    assert len(annotate_text("Das Landgericht verurteilte den Mann wegen des Anschlags zu zwölf Jahren Haft.").claims) == 1


def test_what_is_so_in_someones_opinion_is_a_view():
    assert annotate_text("Nach Ansicht der Opposition hat die Landesregierung beim Hochwasserschutz versagt.").claims == []


def test_an_alleged_deed_in_someones_opinion_stays_a_claim():
    text = "Nach Ansicht der Staatsanwaltschaft soll der Angeklagte das Feuer selbst gelegt haben."
    assert len(annotate_text(text).claims) == 1


def test_a_courts_conviction_stays_a_claim():
    text = "Nach Überzeugung der Kammer ließ sich der Bürgermeister von einem Bauunternehmer bestechen."
    assert len(annotate_text(text).claims) == 1


@pytest.mark.parametrize("sentence", [
    "Der Landrat schlug vor, die Fähre im Winter stündlich fahren zu lassen.",
    "Die Kommission schlug vor, den Grenzwert zu senken und die Frist zurückzustellen.",
])
def test_a_proposal_of_what_to_do_is_no_claim(sentence):
    assert annotate_text(sentence).claims == []


def test_proposing_someone_for_an_office_is_an_act():
    text = "Die Fraktion schlug am Montag die Abgeordnete Eva Brandt als neue Präsidentin vor."
    assert len(annotate_text(text).claims) == 1


@pytest.mark.parametrize("sentence", [
    "In Kiel und Lübeck stieß das Vorhaben der Landesregierung auf heftige Kritik.",
    "Die Pläne für das Windrad stoßen im Dorf auf Skepsis.",
])
def test_meeting_with_criticism_is_a_reaction_not_a_claim(sentence):
    assert annotate_text(sentence).claims == []


@pytest.mark.parametrize("sentence", [
    "Die Bürgerinitiative hat sich am Montag gegen den Bau der Umgehungsstraße ausgesprochen.",
    "Der Ortsverband distanziert sich von seinem früheren Vorsitzenden",
])
def test_speaking_out_for_or_against_and_distancing_are_stances(sentence):
    assert annotate_text(sentence).claims == []


def test_a_fantastic_tour_is_an_evaluation_on_record():
    text = "Der Tourmanager sagte der Zeitschrift: „Es war eine lange, aber vor allem eine fantastische Tour.“"
    assert annotate_text(text).claims == []


def test_an_evaluative_word_in_a_name_or_title_judges_nothing():
    assert len(annotate_text("Ute Bitter ist Sprecherin der Verbraucherzentrale Hessen.").claims) == 1


@pytest.mark.parametrize("headline", [
    "Kritik am geplanten Zugriff der Behörden auf gespeicherte Fahrgastdaten",
    "Tumulte am Rande der Kundgebung „Brot statt Böller“ in Kiel",
])
def test_a_topic_headline_with_a_participle_or_statt_has_no_verb(headline):
    ann = annotate_text(headline + "\nAm Samstag demonstrierten in Kiel 2.000 Menschen.")
    assert [c.text for c in ann.claims] == ["Am Samstag demonstrierten in Kiel 2.000 Menschen."]

