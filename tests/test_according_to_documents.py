"""Reports and figures as sources: "Danach …" after a report or a speaker, and a report that states
what it found ("Der Bericht enthält …", "Die Auswertung belegt …")."""

from __future__ import annotations

from tests.claims_helpers import annotate_text, source_for


def _sources(text: str) -> list[str]:
    return [source.text for source in annotate_text(text).sources]


def test_danach_after_a_report_points_back_at_it():
    text = ("Die Stadtwerke Kassel legten am Dienstag ihre Jahresbilanz vor. "
            "Danach verzeichnet der Versorger einen Rückgang des Gasabsatzes um zwölf Prozent.")
    source = source_for(annotate_text(text), "Gasabsatzes")
    assert (source.text, source.resolved) == ("Danach", "Jahresbilanz")


def test_danach_after_a_speaker_is_that_speaker():
    text = ("Der Verkehrsclub stellte gestern eine Studie zu Radwegen vor. "
            "Danach sind 40 Prozent der Radwege in Göttingen zu schmal.")
    source = source_for(annotate_text(text), "40 Prozent")
    assert (source.text, source.resolved) == ("Danach", "Verkehrsclub")


def test_danach_after_its_verb_reads_the_draft_before_it():
    text = ("Das Bauministerium legte am Montag einen Gesetzentwurf vor. "
            "Die Mieten dürfen danach in drei Jahren um höchstens 15 Prozent steigen.")
    assert source_for(annotate_text(text), "15 Prozent").text == "danach"


def test_danach_in_a_story_tells_what_came_next():
    text = ("Der Bürgermeister besuchte am Morgen das Kreiskrankenhaus. "
            "Danach fuhr er zur Baustelle am Hafen.")
    assert "Danach" not in _sources(text)


def test_danach_after_a_sentence_without_report_or_speaker_tells_what_came_next():
    text = ("Die Feuerwehr pumpte bis Mitternacht den Keller aus. "
            "Danach beginnt die Aufräumarbeit im Erdgeschoss.")
    assert "Danach" not in _sources(text)


def test_a_time_before_danach_keeps_it_a_time():
    text = ("Die Polizei veröffentlichte am Morgen ihre Unfallstatistik. "
            "Zwei Stunden danach sperrt die Stadt die Kreuzung am Markt.")
    assert "danach" not in [s.lower() for s in _sources(text)]


def test_a_report_that_contains_details_is_their_source():
    text = "Der Bericht enthält Angaben über 212 Unfälle auf der Strecke zwischen Fulda und Kassel."
    assert source_for(annotate_text(text), "212 Unfälle").text == "Der Bericht"


def test_an_analysis_that_proves_a_rise_is_its_source():
    text = "Die Auswertung der Universität Kiel belegt einen Anstieg der Wassertemperatur um zwei Grad."
    assert source_for(annotate_text(text), "zwei Grad").text == "Die Auswertung der Universität Kiel"


def test_a_club_that_holds_a_place_in_the_table_is_no_source():
    assert _sources("Der TSV Eschwege belegt nach dem Sieg den vierten Tabellenplatz.") == []
    assert _sources("Der Verein stieg 2024 in die Oberliga auf und belegt derzeit den vierten Platz.") == []


def test_one_who_denounces_in_a_report_is_the_source():
    text = ("Neben Entführungen prangert der UN-Generalsekretär in seinem Bericht Angriffe auf 14 Schulen an, "
            "die von beiden Seiten verübt worden seien.")
    assert source_for(annotate_text(text), "14 Schulen").text == "der UN-Generalsekretär"


def test_an_article_of_the_basic_law_is_the_source_of_what_it_lays_down():
    text = "Nach Artikel 65 des Grundgesetzes bestimmt die Kanzlerin die Richtlinien der Politik."
    assert source_for(annotate_text(text), "Richtlinien").text == "Artikel 65 des Grundgesetzes"


def test_a_ruling_read_in_the_present_is_the_source():
    text = "Nach dem Urteil dürfen die Anwohner das Grundstück am Deich nicht mehr betreten."
    assert source_for(annotate_text(text), "Anwohner").text == "dem Urteil"


def test_after_the_ruling_in_a_story_tells_when():
    assert _sources("Nach dem Urteil verließ der Angeklagte den Saal durch einen Seiteneingang.") == []


def test_a_study_that_has_proven_something_is_its_source():
    text = "Die Kieler Studie hat jedoch die Wirkung der Ernährung auf den Blutdruck bewiesen."
    assert source_for(annotate_text(text), "Blutdruck").text == "Die Kieler Studie"
