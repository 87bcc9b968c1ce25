"""The SOURCE region is the phrase as written; ``resolved`` keeps the name it stands for."""

from __future__ import annotations

from tests.claims_helpers import annotate_text, annotate_with_names, source_for


def test_the_article_and_adjectives_belong_to_the_phrase():
    ann = annotate_text("Die staatliche Wetterbehörde teilte mit, der Pegel sei auf 4,20 Meter gestiegen.")
    source = source_for(ann, "4,20 Meter")
    assert (source.text, source.resolved) == ("Die staatliche Wetterbehörde", "staatliche Wetterbehörde")


def test_a_role_before_a_name_belongs_to_the_phrase():
    ann = annotate_text("„Wir haben 30 Hektar verloren“, sagte die Landwirtin Petra Kornmann.")
    assert source_for(ann, "30 Hektar").text == "die Landwirtin Petra Kornmann"


def test_a_party_in_brackets_belongs_to_the_phrase():
    ann = annotate_text("Die Stadträtin Jana Holm (SPD) sagte, die Halle koste 8 Millionen Euro.")
    assert source_for(ann, "8 Millionen Euro").text == "Die Stadträtin Jana Holm (SPD)"


def test_an_apposition_between_commas_belongs_to_the_phrase():
    ann = annotate_text("Ein Sprecher der Bahn, Tobias Lenk, erklärte, 14 Züge seien ausgefallen.")
    assert source_for(ann, "14 Züge").text == "Ein Sprecher der Bahn, Tobias Lenk"


def test_the_statement_a_source_gave_belongs_to_the_phrase_and_the_owner_is_the_name():
    ann = annotate_text("Nach Angaben der Feuerwehr wurden 40 Menschen in Sicherheit gebracht.")
    source = source_for(ann, "40 Menschen")
    assert (source.text, source.resolved) == ("Angaben der Feuerwehr", "Feuerwehr")


def test_a_title_in_quotes_after_its_description_belongs_to_the_phrase():
    ann = annotate_text("Wie die Wochenzeitung „Nordkurier am Sonntag“ berichtete, wurden 12 Filialen geschlossen.")
    assert source_for(ann, "12 Filialen").text == "die Wochenzeitung „Nordkurier am Sonntag“"


def test_an_outlet_named_by_its_web_address_is_a_source():
    ann = annotate_text("Laut wendelbote.de wurden am Montag 25 Bäume gefällt.")
    assert source_for(ann, "25 Bäume").text == "wendelbote.de"


def test_a_second_speaker_in_the_sentence_is_marked_too():
    ann = annotate_text("Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei sprach von 4.000 Teilnehmern.")
    assert sorted(s.text for s in ann.sources) == ["Angaben der Veranstalter", "die Polizei"]


def test_a_possessive_keeps_the_statement_it_owns():
    ann = annotate_text("Nach dessen Angaben wurden 40 Menschen verletzt.")
    assert source_for(ann, "40 Menschen").text == "dessen Angaben"


def test_a_statement_noun_before_a_genitive_owner_belongs_to_the_phrase():
    ann = annotate_text("Nach Meinung Russlands müssen 3 Piloten übergeben werden.")
    assert source_for(ann, "3 Piloten").text == "Meinung Russlands"


def test_a_description_with_a_bracket_and_the_name_after_it_is_one_phrase():
    ann = annotate_text("„Wir prüfen 12 Anlagen“, sagte der Direktor der Atomenergie-Organisation (IAEO), "
                        "Mohammed el-Baradei, am Montag.")
    assert source_for(ann, "12 Anlagen").text == "der Direktor der Atomenergie-Organisation (IAEO), Mohammed el-Baradei"


def test_a_description_and_the_name_that_closes_the_sentence_are_one_phrase():
    ann = annotate_text("„Wir haben 300 Mitglieder“, sagte der Vorsitzende des Linux-Verbandes, Elmar Gesse.")
    assert source_for(ann, "300 Mitglieder").text == "der Vorsitzende des Linux-Verbandes, Elmar Gesse"


def test_an_institution_keeps_its_seat():
    ann = annotate_text("Wie die Regierung in Lomé mitteilte, wurden 40 Menschen verletzt.")
    assert source_for(ann, "40 Menschen").text == "die Regierung in Lomé"


def test_the_name_a_role_introduces_after_the_statement_belongs_to_the_phrase():
    ann = annotate_text("Laut dem Sprecher der Stadt, Tom Rau, wurden 14 Menschen verletzt.")
    assert source_for(ann, "14 Menschen").text == "dem Sprecher der Stadt, Tom Rau"


def test_the_statement_of_someone_unnamed_keeps_its_noun():
    ann = annotate_text("Nach Angaben eines Mitarbeiters wurden 14 Filialen geschlossen.")
    assert source_for(ann, "14 Filialen").text == "Angaben eines Mitarbeiters"


def test_an_apposition_with_an_abbreviation_in_brackets_belongs_to_the_name():
    ann = annotate_with_names("Jan Ossen, Präsident des Landessportbunds (LSB), sagte, 40 Hallen seien marode.",
                              {"Jan Ossen": "PER"})
    assert source_for(ann, "40 Hallen").text == "Jan Ossen, Präsident des Landessportbunds (LSB)"


def test_the_statement_of_an_unnamed_group_keeps_its_noun():
    ann = annotate_text("Nach Angaben informierter Kreise wurden 40 Stellen gestrichen.")
    assert source_for(ann, "40 Stellen").text == "Angaben informierter Kreise"


def test_an_outlet_keeps_its_edition_and_an_article_its_outlet():
    ann = annotate_text("Die Weserpost berichtete in ihrer Onlineausgabe, 40 Stellen würden gestrichen.")
    assert source_for(ann, "40 Stellen").text == "Die Weserpost"
    ann = annotate_text("Das berichtete die Ärztezeitung in ihrer Onlineausgabe.")
    assert ann.sources[0].text == "die Ärztezeitung in ihrer Onlineausgabe"
    ann = annotate_text("Laut einem Artikel der „Nordpost“ wurden 40 Stellen gestrichen.")
    assert source_for(ann, "40 Stellen").text == "einem Artikel der „Nordpost“"


def test_two_names_joined_by_und_are_one_source_but_a_clause_after_the_verb_is_not():
    ann = annotate_text("Laut Polizei und Feuerwehr wurden 40 Menschen verletzt.")
    assert source_for(ann, "40 Menschen").text == "Polizei und Feuerwehr"
    ann = annotate_text("Das sagte der Minister und die Kanzlerin stimmte zu.")
    assert ann.sources[0].text == "der Minister"


def test_a_name_keeps_its_organisation_after_von():
    ann = annotate_with_names("Jan Ossen vom Bund Naturschutz sagte, es gebe 40 Brutpaare.", {"Jan Ossen": "PER"})
    assert source_for(ann, "40 Brutpaare").text == "Jan Ossen vom Bund Naturschutz"
    ann = annotate_with_names("Anna Roth von der „Tafel hilft“ sagte, 300 Familien seien versorgt worden.",
                              {"Anna Roth": "PER"})
    assert source_for(ann, "300 Familien").text == "Anna Roth von der „Tafel hilft“"


def test_an_institution_keeps_its_house_but_not_the_interview():
    ann = annotate_text("Nach Ansicht der Fraktionen im Abgeordnetenhaus wurden 40 Stellen zu viel gestrichen.")
    assert source_for(ann, "40 Stellen").text == "Ansicht der Fraktionen im Abgeordnetenhaus"
    ann = annotate_text("„Wir streichen 40 Stellen“, sagte die Ministerin im Interview.")
    assert source_for(ann, "40 Stellen").text == "die Ministerin"
