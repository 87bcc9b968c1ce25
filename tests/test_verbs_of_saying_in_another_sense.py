"""Verbs of saying used in another sense name no source: a toll, a work written, a talk with someone,
a verdict spoken."""

from __future__ import annotations

import pytest

from tests.claims_helpers import annotate_text


@pytest.mark.parametrize("sentence", [
    "Lawinenunglück in Tirol fordert drei Opfer",
    "Die Sängerin schrieb mehrere Lieder für das Musical „Elisabeth“.",
    "Der Komponist schrieb die Filmmusik zu einem Krimi aus Köln.",
    "Die Ermittler haben bereits mit dem Nachbarn gesprochen.",
    "Die Verhandlung dauert bis Ende Mai, das Urteil sprechen die Richter erst im Sommer.",
    "Der neue Standard, genannt „Klarbild 2“, gilt seit Mai.",
    "Ziel und Route des Fluges wurden von der Flugsicherung nicht genannt.",
    "Den 40-jährigen Fahrer erwartet eine Anklage wegen fahrlässiger Tötung.",
    "Als Redner werden die Landrätin und der Bürgermeister erwartet.",
    "Nach dem Abpfiff zeigte der Stürmer den Fans den ausgestreckten Mittelfinger.",
    "Im März war der Versuch einer Einigung für gescheitert erklärt worden.",
    "Der Landtag hat im Mai ein lange erwartetes Urteil zur Grundsteuer gesprochen.",
    "Mehrere Länder haben die Republik noch nicht als Staat anerkannt.",
    "Das Land sprach der Provinz zu, eigene Abkommen schließen zu dürfen.",
    "In den Dokumenten wird jetzt der Name „Nordmark“ genannt.",
    "Das Berufungsgericht bestätigte das Urteil gegen den früheren Landrat.",
    "Das neue Modell, auch „Nordlicht“ genannt, hat 40 Sitze.",
    "Das Gerät ist für Mitte November auf dem deutschen Markt angekündigt worden.",
    "Zwei verdeckte Ermittler gaben sich als Kuriere einer Bande aus.",
    "Der gesuchte Bandenchef ergab sich der Polizei ohne Widerstand.",
    "Die Landesregierung will die Bevölkerung künftig per App über Hochwasser informieren.",
    "Der Wagen hält den Rekord mit einer bestätigten Höchstgeschwindigkeit von 412 km/h.",
    "Der Präsident unterzeichnete 1913 das Gesetz, das die Grundlage der Notenbank darstellt.",
    "Von der Fluggesellschaft wurden diese Angaben bislang noch nicht bestätigt.",
    "Ihre geplante Teilnahme sagten die Fischer wegen der Saison ab.",
    "Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.",
    "Das Wort Heimat bezeichnet im Plattdeutschen auch den eigenen Hof.",
    "Die Reederei informierte daraufhin das Konsulat in Tunis.",
    "Auf dem zweiten Foto sieht man den Bürgermeister mit einer Schere.",
    "Für Samstag sind weitere Kundgebungen vor dem Rathaus angekündigt.",
    "Eine Obduktion, die die Todesursache hätte klären können, fand nicht statt.",
    "Im Mai hatte die Regierung zwei Journalisten des Landes verwiesen.",
])
def test_a_verb_of_saying_in_another_sense_names_no_source(sentence):
    assert annotate_text(sentence).sources == []


def test_a_talk_with_someone_about_something_still_names_the_speaker():
    ann = annotate_text("Der Bürgermeister sprach mit Anwohnern über die Sperrung und sagte, sie dauere drei Wochen.")
    assert [s.text for s in ann.sources] == ["Der Bürgermeister"]


def test_writing_that_something_is_so_still_names_the_writer():
    ann = annotate_text("Die Zeitung schrieb, der Konzern streiche 400 Stellen.")
    assert [s.text for s in ann.sources] == ["Die Zeitung"]


def test_a_study_that_shows_something_still_states_it():
    assert [s.text for s in annotate_text("Die Studie zeigt einen Anstieg um 40 Prozent.").sources] == ["Die Studie"]


def test_a_plan_announced_as_an_intention_is_not_continued_by_sollen():
    ann = annotate_text("In Werl will der Konzern ab 2027 bis zu 9.000 Räder im Jahr bauen. "
                        "Dort sollen 300 Arbeitsplätze entstehen.")
    assert [s.text for s in ann.sources] == ["der Konzern"]
    assert ann.claims[-1].source_id is None


def test_a_verb_of_saying_after_a_fronted_das_still_names_the_speaker():
    assert [s.text for s in annotate_text("Das erklärte der Landrat am Montag in Husum.").sources] == ["der Landrat"]


def test_informing_that_something_is_so_still_names_the_one_who_informs():
    ann = annotate_text("Die Stadtwerke informierten die Anwohner darüber, dass das Wasser drei Tage abgestellt bleibt.")
    assert [s.text for s in ann.sources] == ["Die Stadtwerke"]


def test_what_is_announced_for_a_day_does_not_carry_over_as_a_speaker():
    ann = annotate_text("Für Samstag sind weitere Kundgebungen angekündigt. Dann soll ein Marsch zum Landtag stattfinden.")
    assert ann.sources == []
    assert all(c.source_id is None for c in ann.claims)
