"""Which sentences are candidate claims, and why: the guideline's CLAIM section as tests."""

from __future__ import annotations

import pytest

from tests.claims_helpers import annotate_text, annotate_with_names, claim_with, source_for

ARTICLE = """Home » Regionales » Wendelbrück
Neue Brücke über die Wendel freigegeben
Von Carla Imhof
Wendelbrück, 14. März 2026
Nach drei Jahren Bauzeit ist die neue Wendelbrücke am Freitag für den Verkehr freigegeben worden. Sie hat nach Angaben des Landesbetriebs 38 Millionen Euro gekostet, 6 Millionen mehr als geplant.
Kosten und Kritik
Ist das Geld gut angelegt? Die Entwicklung wirft ein bedenkliches Licht auf die Planung. Der Verkehr könnte in den kommenden Jahren weiter zunehmen. Es ist unerlässlich, dass die Stadt die Kosten offenlegt.
Mehr zum Thema: Brücken im Land marode
© Wendelbrücker Bote 2026"""


def claim_texts(text: str, language: str = "de") -> list[str]:
    return [c.text for c in annotate_text(text, language).claims]


def test_a_statement_of_fact_with_a_number_is_a_claim():
    assert any("38 Millionen Euro" in text for text in claim_texts(ARTICLE))


def test_a_headline_that_asserts_is_a_claim():
    assert "Neue Brücke über die Wendel freigegeben" in claim_texts(ARTICLE)


def test_meta_text_is_never_a_claim():
    texts = claim_texts(ARTICLE)
    for meta in ("Home »", "Von Carla Imhof", "Wendelbrück, 14. März 2026", "Mehr zum Thema", "©"):
        assert not any(meta in text for text in texts), meta


def test_a_heading_that_only_names_a_topic_is_not_a_claim():
    assert "Kosten und Kritik" not in claim_texts(ARTICLE)


def test_a_headline_that_names_a_person_only_in_its_topic_is_not_a_claim():
    text = "Streit um die Schulpläne von Ministerin Lena Brandt\nDer Landtag hat am Dienstag über die Pläne beraten."
    claims = annotate_with_names(text, {"Lena Brandt": "PER"}).claims
    assert [claim.text for claim in claims] == ["Der Landtag hat am Dienstag über die Pläne beraten."]


def test_a_headline_whose_subject_is_a_person_stays_a_claim():
    text = "Lena Brandt neue Landrätin im Kreis Olpe\nDie Wahl fiel am Sonntag."
    claims = annotate_with_names(text, {"Lena Brandt": "PER", "Olpe": "LOC"}).claims
    assert claims[0].text == "Lena Brandt neue Landrätin im Kreis Olpe"


def test_a_question_is_not_a_claim():
    assert not any("Ist das Geld" in text for text in claim_texts(ARTICLE))


def test_opinion_without_a_checkable_core_is_not_a_claim():
    assert not any("bedenkliches Licht" in text for text in claim_texts(ARTICLE))


def test_speculation_about_the_future_is_not_a_claim():
    assert not any("könnte" in text for text in claim_texts(ARTICLE))


def test_the_authors_appeal_is_not_a_claim():
    assert not any("unerlässlich" in text for text in claim_texts(ARTICLE))


def test_an_obligation_stated_as_fact_is_a_claim():
    text = "Selbständige Handwerker müssen sich gegen Unfälle selbst versichern."
    assert claim_texts(text) == [text]


def test_a_trial_someone_must_face_is_a_claim():
    text = "Ein Jäger aus Rendsburg muss sich wegen fahrlässiger Körperverletzung vor Gericht verantworten."
    assert claim_texts(text) == [text]


@pytest.mark.parametrize("text", [
    "Man muss die Schulen endlich besser ausstatten.",
    "Wir müssen jetzt handeln.",
    "Die Fangflotte muss verkleinert werden, da es sonst bald keinen Dorsch mehr gibt.",
    "Was das für die Fischer bedeutet, muss noch erforscht werden.",
])
def test_a_must_addressed_to_everyone_or_still_open_is_no_claim(text):
    assert claim_texts(text) == []


@pytest.mark.parametrize("text", [
    "Die Maschine war in Hannover gestartet und sollte gegen 14 Uhr in Palma landen.",
    "Ein Gesetz, das die Entschädigung regeln sollte, wurde vom Landtag gestoppt.",
    "Dem 52-Jährigen droht eine Freiheitsstrafe von bis zu zehn Jahren.",
])
def test_a_past_plan_or_a_penalty_the_law_sets_is_a_claim(text):
    assert claim_texts(text) == [text]


@pytest.mark.parametrize("text", [
    "Sollte der Pegel weiter steigen, wird die Altstadt geräumt.",
    "Man sollte bei Glätte besser zu Hause bleiben.",
    "Verbraucher sollten ihre Verträge jetzt prüfen.",
    "Jetzt droht ein Streik der Lokführer.",
])
def test_a_condition_advice_or_a_threat_without_penalty_is_no_claim(text):
    assert claim_texts(text) == []


@pytest.mark.parametrize("text", [
    "Die beiden Männer werden beschuldigt, Geld aus der Vereinskasse genommen zu haben.",
    "Der Festgenommene wird dem Haftrichter in Lüneburg vorgeführt.",
])
def test_the_present_passive_of_werden_is_no_prediction(text):
    assert claim_texts(text) == [text]


@pytest.mark.parametrize("text", [
    "Viele von ihnen wurden in Lagern im Norden festgehalten.",
    "Einige der Verletzten mussten operiert werden.",
    "Betroffen sind vor allem Pendler aus dem Umland.",
    "Privatfirmen halten sich mit Investitionen in der Region zurück.",
])
def test_part_of_a_group_or_what_is_affected_is_no_unnamed_opinion(text):
    assert claim_texts(text) == [text]


def test_what_unnamed_critics_fear_stays_no_claim():
    assert claim_texts("Kritiker fürchten höhere Mieten in der Altstadt.") == []


def test_a_fact_followed_by_speculation_is_claimed_without_the_speculation():
    text = "Die Stadt hat 2025 rund 40 Millionen Euro in Schulen investiert, was die Steuern steigen lassen könnte."
    assert claim_texts(text) == ["Die Stadt hat 2025 rund 40 Millionen Euro in Schulen investiert"]


def test_speculation_on_record_is_a_claim():
    text = "Verkehrsminister Ralf Dörr sagte, die Maut könnte 2027 um 5 Prozent steigen."
    assert claim_texts(text) == [text]


def test_a_quoted_opinion_of_a_named_speaker_is_a_claim():
    text = "„Das ist ein schwarzer Tag für die Stadt“, sagte Ratsherr Emil Brand."
    assert claim_texts(text) == [text]


def test_an_opinion_of_unnamed_experts_is_not_a_claim():
    assert claim_texts("Beobachter sehen darin ein Zeichen der Schwäche.") == []


def test_an_open_question_in_a_statement_is_not_a_claim():
    assert claim_texts("Ob der Zeitplan hält, ist offen.") == []


def test_what_is_not_yet_known_is_not_a_claim():
    assert claim_texts("Wann das Fahrverbot aufgehoben wird, ist noch nicht klar.") == []


def test_an_open_question_named_as_such_is_not_a_claim():
    assert claim_texts("Offen ist allerdings die Frage, ob die Wohnungen oder nur Anteile verkauft werden.") == []


def test_what_stayed_unclear_is_not_a_claim():
    assert claim_texts("Unklar blieb zunächst, wer die Anzeige erstattet hatte.") == []
    assert claim_texts("Beim Gastgeber ist vor allem fraglich, wie gut die Abwehr steht.") == []


def test_a_figure_inside_a_condition_makes_no_claim_but_a_polls_figure_after_it_does():
    assert claim_texts("Sollte der Pegel mehr als zehn Tage so hoch bleiben, könnte der Deich brechen.") == []
    assert claim_texts("Wäre am Sonntag Landtagswahl, käme die CDU auf 31 Prozent.") != []


def test_what_is_said_of_someone_is_reputation_not_a_claim():
    assert claim_texts("Dem Verein werden enge Verbindungen zur Baubranche nachgesagt.") == []


def test_that_no_further_information_exists_is_not_a_claim():
    assert claim_texts("Weitere Informationen über Verletzte liegen nicht vor.") == []
    assert claim_texts("Weitere Angaben konnte die Feuerwehr nicht machen.") == []


def test_a_wikinews_cross_reference_is_meta_text():
    assert claim_texts("(Wikinews berichtete.)") == []


def test_a_links_block_at_the_end_is_meta_text():
    assert claim_texts("Weiterführende Links Bericht des Stadtrats zur Sanierung | Chronik des Hafens") == []


def test_what_would_happen_otherwise_is_not_a_claim():
    assert claim_texts("Andernfalls sei der Dienst gezwungen, die Daten herauszugeben.") == []


def test_a_list_of_sources_at_the_end_is_meta_text():
    assert claim_texts("Quellen: Lokalzeitung vom 9. Juni 2005, Stadtanzeiger vom 8. Juni 2005") == []


def test_what_officials_have_not_announced_is_not_a_claim():
    text = "Wann die Sitzung stattfinden soll, haben die Verantwortlichen bisher nicht bekannt gegeben."
    assert claim_texts(text) == []


def test_in_a_commentary_only_anchored_sentences_are_claims():
    text = ("Kommentar: Die Stadt verspielt Vertrauen\n"
            "Die Sanierung des Hallenbads kostet inzwischen 14 Millionen Euro. Das ist beschämend. "
            "Es fehlt an Mut.")
    assert claim_texts(text) == ["Die Sanierung des Hallenbads kostet inzwischen 14 Millionen Euro."]


def test_a_headline_repeated_by_the_layout_is_claimed_once():
    text = "Ministerin tritt zurück\n\nMinisterin tritt zurück\n\nDie Ministerin ist am Dienstag zurückgetreten."
    assert claim_texts(text).count("Ministerin tritt zurück") == 1


def test_a_request_to_readers_is_not_a_claim():
    assert claim_texts("Zeugen werden gebeten, sich bei der Polizei in Hainstadt zu melden.") == []


def test_reasons_name_the_number_the_source_and_the_act():
    ann = annotate_text("Nach Angaben der Polizei wurden 12 Verdächtige festgenommen.")
    reasons = claim_with(ann, "12 Verdächtige").reasons
    assert "a number: 12 Verdächtige" in reasons
    assert "a named source: Polizei" in reasons
    assert "an official act: festgenommen" in reasons


def test_reasons_name_a_record_and_a_cause():
    ann = annotate_text("Wegen des Streiks fielen erstmals alle Flüge aus.")
    reasons = claim_with(ann, "Flüge").reasons
    assert "a comparison or record: erstmals" in reasons
    assert "a causal statement: wegen" in reasons


def test_score_is_higher_for_a_sourced_number_than_for_a_bare_statement():
    ann = annotate_text("Die Schule bleibt geschlossen. Laut Schulamt fehlen 40 Lehrkräfte.")
    bare, sourced = claim_with(ann, "Schule bleibt"), claim_with(ann, "40 Lehrkräfte")
    assert 0.0 <= bare.score < sourced.score <= 1.0


def test_ids_are_unique_and_every_claim_source_exists():
    ann = annotate_text(ARTICLE + "\nLaut Stadt gibt es 4 Brücken. Laut Land gibt es 9 Tunnel.")
    assert len({c.id for c in ann.claims}) == len(ann.claims)
    assert len({s.id for s in ann.sources}) == len(ann.sources)
    assert all(ann.source_of(c) is not None for c in ann.claims if c.source_id)


def test_english_meta_and_claims():
    text = ("By Jane Doe\nThe bridge reopened on Monday after 18 months of repairs.\n"
            "Will it last?\nRelated Articles")
    assert claim_texts(text, "en") == ["The bridge reopened on Monday after 18 months of repairs."]


def test_the_view_of_an_unnamed_plural_group_is_no_claim():
    assert claim_texts("Umweltverbände sehen die neue Trasse kritisch.") == []


def test_an_unnamed_group_with_a_number_stays_a_claim():
    assert claim_texts("Anwohner sehen 40 Bäume durch die Trasse gefährdet.") != []


def test_an_attitude_adverb_marks_the_authors_opinion():
    assert claim_texts("Damit ist der Streit um die Kita hoffentlich beigelegt.") == []


def test_an_interview_credit_line_is_meta():
    assert claim_texts("Das Gespräch führte Jana Kolbe.") == []


def test_english_whether_remains_open_is_no_claim():
    assert claim_texts("Whether the ferry will return next summer remains an open question.", "en") == []


def test_a_speakers_intention_in_a_headline_names_the_source():
    ann = annotate_text("Bürgermeisterin will Grundsteuer um 8 Prozent senken\nDer Rat berät im Mai.")
    assert source_for(ann, "Grundsteuer").text == "Bürgermeisterin"


def test_a_document_before_a_headline_colon_wins_over_a_verb_after_it():
    ann = annotate_text("Studie: Jede dritte Apotheke schreibt rote Zahlen\nDie Zahl der Apotheken sinkt.")
    assert source_for(ann, "Apotheke").text == "Studie"


def test_a_score_before_a_sentence_end_is_no_ordinal():
    texts = claim_texts("Der Klub verlor am Samstag mit 1:2. „Das Siegtor fiel in der 89. Minute“, sagte der Trainer.")
    assert len(texts) == 2


def test_a_judgement_in_the_dative_frame_is_opinion():
    assert claim_texts("Für die Vereine ist die Hallenschließung ein harter Rückschlag.") == []


def test_nicht_in_sicht_is_the_authors_forecast():
    assert claim_texts("Ein Ende der Bauarbeiten ist nicht in Sicht.") == []
