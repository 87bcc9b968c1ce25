"""Who asserts a claim: one test per attribution form the annotation guideline names."""

from __future__ import annotations

import pytest

from tests.claims_helpers import annotate_text, claim_with, source_for


def test_laut_names_the_source_after_it():
    ann = annotate_text("Laut Feuerwehr mussten in Hainstadt 230 Menschen ihre Häuser verlassen.")
    assert source_for(ann, "230 Menschen").text == "Feuerwehr"


def test_laut_drops_the_article_but_keeps_the_description():
    ann = annotate_text("Laut der staatlichen Nachrichtenagentur Norpress wurden zwei Minister entlassen.")
    source = source_for(ann, "zwei Minister")
    assert source.text == "staatlichen Nachrichtenagentur Norpress"
    assert source.cue == "laut"


def test_zufolge_takes_the_source_before_it():
    ann = annotate_text("Dem Gesundheitsamt zufolge sind 14 Kinder an Masern erkrankt.")
    assert source_for(ann, "14 Kinder").text == "Gesundheitsamt"


def test_angaben_zufolge_names_the_owner_of_the_statement():
    ann = annotate_text("Angaben des Bauernverbands zufolge fiel die Ernte um ein Drittel geringer aus.")
    assert source_for(ann, "Ernte").text == "Bauernverbands"


def test_nach_angaben_des_names_the_owner():
    ann = annotate_text("Nach Angaben des Innenministeriums wurden im Mai 410 Asylanträge gestellt.")
    source = source_for(ann, "410 Asylanträge")
    assert source.text == "Innenministeriums"
    assert source.cue == "nach Angaben"


def test_nach_angaben_von_names_the_owner():
    ann = annotate_text("Nach Angaben von Greenwatch Nord starben in der Bucht 300 Seevögel.")
    assert source_for(ann, "300 Seevögel").text == "Greenwatch Nord"


def test_berichten_aus_is_a_generic_source():
    ann = annotate_text("Nach Berichten aus Tarsk sind die Grenzübergänge seit Freitag geschlossen.")
    assert source_for(ann, "Grenzübergänge").text == "Berichten aus Tarsk"


def test_wie_x_mitteilte():
    ann = annotate_text("Der Flughafen bleibt bis Sonntag gesperrt, wie die Betreibergesellschaft am Abend mitteilte.")
    assert source_for(ann, "Flughafen").text == "Betreibergesellschaft"


def test_wie_x_berichtete():
    ann = annotate_text("Wie die Zeitung Morgenblatt berichtete, hat der Konzern 400 Stellen gestrichen.")
    assert source_for(ann, "400 Stellen").text == "Zeitung Morgenblatt"


@pytest.mark.parametrize("verb", ["sagte", "erklärte", "betonte", "bestätigte"])
def test_speaker_before_the_reporting_verb(verb):
    ann = annotate_text(f"Bürgermeisterin Lena Voss {verb}, die Brücke werde im Herbst saniert.")
    source = source_for(ann, "Brücke")
    assert source.text == "Bürgermeisterin Lena Voss"
    assert source.cue == verb


def test_speaker_after_a_direct_quote():
    ann = annotate_text("„Wir haben keine andere Wahl“, sagte Kämmerer Jonas Ebert.")
    source = source_for(ann, "keine andere Wahl")
    assert source.text == "Kämmerer Jonas Ebert"


def test_direct_quote_after_a_colon_belongs_to_the_speaker_before_it():
    ann = annotate_text("Der Trainer sagte nach dem Spiel: „Wir waren in der zweiten Halbzeit zu passiv.“")
    assert source_for(ann, "zu passiv").text == "Trainer"


def test_quote_on_its_own_continues_the_speaker_before_it():
    text = "Die Ministerin wird auf ihrer Webseite mit den Worten zitiert: „Die Schulen bleiben geöffnet.“"
    ann = annotate_text(text)
    assert source_for(ann, "Schulen bleiben").text == "Ministerin"


def test_separable_teilte_mit():
    ann = annotate_text("Die Polizei teilte am Sonntag mit, dass zwei Männer festgenommen wurden.")
    source = source_for(ann, "zwei Männer")
    assert source.text == "Polizei"
    assert source.cue == "teilte mit"


def test_schaetzt_with_the_speaker_after_the_verb():
    ann = annotate_text("Den Schaden schätzt die Versicherung auf rund 2 Millionen Euro.")
    assert source_for(ann, "2 Millionen Euro").text == "Versicherung"


def test_so_x_after_a_quote():
    ann = annotate_text("Die Lage sei „unter Kontrolle“, so der Einsatzleiter.")
    source = source_for(ann, "unter Kontrolle")
    assert source.text == "Einsatzleiter"
    assert source.cue == "so"


def test_stellungnahme_des_names_its_owner():
    ann = annotate_text("In einer Stellungnahme des Verkehrsministeriums heißt es, die Maut steige 2027 um 8 Prozent.")
    assert source_for(ann, "8 Prozent").text == "Verkehrsministeriums"


def test_reported_speech_in_the_subjunctive_continues_the_attribution():
    text = ("Landrat Peter Kuhn sagte, die Kreisstraße werde ab Mai gesperrt. "
            "Die Sanierung koste 1,2 Millionen Euro und sei bis Juli abgeschlossen.")
    ann = annotate_text(text)
    first, second = source_for(ann, "Kreisstraße"), source_for(ann, "1,2 Millionen Euro")
    assert second is not None and second.id == first.id
    assert second.text == "Landrat Peter Kuhn"


def test_soll_continues_the_attribution_before_it():
    text = ("Die Staatsanwaltschaft erhob Anklage gegen einen Bankberater. "
            "Er soll Kunden um 900.000 Euro betrogen haben.")
    ann = annotate_text(text)
    assert source_for(ann, "900.000 Euro").text == "Staatsanwaltschaft"


def test_soll_without_any_source_is_unattributed_and_hedged():
    ann = annotate_text("Der Minister soll schon im März von den Mängeln gewusst haben.")
    claim = claim_with(ann, "Mängeln")
    assert claim.unattributed
    assert any(reason.startswith("hedging") for reason in claim.reasons)


def test_pronoun_source_resolves_to_the_person_named_before():
    text = "Klinikchefin Ute Brandl kündigte einen Neubau an. Sie betonte, die Finanzierung sei gesichert."
    source = source_for(annotate_text(text), "Finanzierung")
    assert source.text == "Sie"
    assert source.resolved == "Klinikchefin Ute Brandl"


def test_demnach_resolves_to_the_source_before_it():
    text = ("Das Statistikamt hat die Zahlen für 2025 vorgelegt. Laut Statistikamt zogen 3.100 Menschen zu. "
            "Demnach wuchs die Stadt so stark wie seit 2015 nicht mehr.")
    source = source_for(annotate_text(text), "wuchs die Stadt")
    assert source.text == "Demnach"
    assert source.resolved == "Statistikamt"


def test_name_in_apposition_is_the_shortest_span_that_names_the_source():
    text = "Der Sprecher des Landesamts für Umwelt in Kassel, Tobias Reh, erklärte, der Grenzwert sei überschritten."
    assert source_for(annotate_text(text), "Grenzwert").text == "Tobias Reh"


def test_passive_statement_names_its_agent():
    text = "Von der Bahn wurde bestätigt, dass der Tunnel bis Juni gesperrt bleibt."
    assert source_for(annotate_text(text), "Tunnel").text == "Bahn"


def test_the_speaker_wins_over_the_outlet_that_relays_the_statement():
    text = "Das Außenministerium bezeichnete den Test laut der Agentur Norpress als Provokation."
    assert source_for(annotate_text(text), "Provokation").text == "Außenministerium"


def test_a_claim_without_a_source_is_unattributed():
    ann = annotate_text("Die Brücke über die Wendel ist seit 2019 für Lastwagen gesperrt.")
    assert claim_with(ann, "Brücke").unattributed
    assert ann.sources == []


def test_english_according_to():
    ann = annotate_text("According to the fire department, 40 homes were destroyed.", "en")
    assert source_for(ann, "40 homes").text == "fire department"


def test_english_said_after_a_quote():
    ann = annotate_text("“We will rebuild,” said Mayor Ellen Fry.", "en")
    assert source_for(ann, "rebuild").text == "Mayor Ellen Fry"


def test_english_told():
    ann = annotate_text("The health minister, Omar Hale, told reporters that 12 clinics had closed.", "en")
    assert source_for(ann, "12 clinics").text == "Omar Hale"


def test_english_pronoun_resolves():
    text = "Police chief Dana Cole confirmed the arrest. She said the suspect was 31 years old."
    source = source_for(annotate_text(text, "en"), "suspect")
    assert source.text == "She"
    assert source.resolved == "Police chief Dana Cole"


def test_a_study_named_after_the_claim_is_its_source():
    text = ("Jeder dritte Pendler fährt täglich mehr als 50 Kilometer. "
            "Das ergab eine Umfrage des Instituts Vialog im Auftrag des Verkehrsverbunds.")
    assert source_for(annotate_text(text), "50 Kilometer").text == "Umfrage des Instituts Vialog"


def test_nach_eigenen_angaben_names_the_subject():
    text = "Der Verein hat nach eigenen Angaben 2.300 Mitglieder."
    assert source_for(annotate_text(text), "2.300 Mitglieder").text == "Verein"


def test_a_bare_description_resolves_to_the_last_source_of_its_kind():
    text = ("Laut Landesamt für Statistik stieg die Zahl der Geburten auf 9.100. "
            "Wie die Behörde weiter mitteilte, sank die Zahl der Sterbefälle.")
    source = source_for(annotate_text(text), "Sterbefälle")
    assert source.text == "Behörde"
    assert source.resolved == "Landesamt für Statistik"
