"""The bundled pipeline finds clear German named entities with GermEval's classes.

All examples were written for these tests.
"""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.pipeline import load_pipeline


@pytest.fixture(scope="module")
def entities():
    nlp = load_pipeline()
    return lambda text: {(ent.text, ent.label_) for ent in nlp(text).ents}


CASES = [
    ("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.", {("Olaf Scholz", "PER"), ("Paris", "LOC")}),
    ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", {("Europäische Union", "ORG"), ("Russland", "LOC")}),
    ("Angela Merkel sprach in Hamburg mit Vertretern der Gewerkschaften.", {("Angela Merkel", "PER"), ("Hamburg", "LOC")}),
    ("Siemens will in Erlangen 500 neue Stellen schaffen.", {("Siemens", "ORG"), ("Erlangen", "LOC")}),
    ("Der Bundestag stimmte am Donnerstag in Berlin über das Gesetz ab.", {("Bundestag", "ORG"), ("Berlin", "LOC")}),
    ("Die Vereinten Nationen warnten vor einer Hungersnot im Sudan.", {("Vereinten Nationen", "ORG"), ("Sudan", "LOC")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_finds_the_people_places_and_organisations(entities, text, expected):
    assert expected <= entities(text)


# Small towns, local officials and firms that no word list of the pipeline holds (made up here):
# the word-list features must not make the model blind to names outside the lists.
UNLISTED = [
    ("Die Polizei in Ebersfeld ermittelt wegen Brandstiftung.", {("Ebersfeld", "LOC")}),
    ("Der Zug war von Grauheim nach Lindenau unterwegs.", {("Grauheim", "LOC"), ("Lindenau", "LOC")}),
    ("Bürgermeisterin Karla Wendt sprach von einer Katastrophe.", {("Karla Wendt", "PER")}),
    ("Die Firma Voltaro Energy will das Werk in Ebersfeld schließen.", {("Voltaro Energy", "ORG"), ("Ebersfeld", "LOC")}),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED, ids=[c[0][:30] for c in UNLISTED])
def test_finds_names_that_no_word_list_holds(entities, text, expected):
    assert expected <= entities(text)


def test_labels_are_the_four_germeval_classes(entities):
    labels = {label for _, label in entities(" ".join(text for text, _ in CASES))}
    assert labels <= {"PER", "LOC", "ORG", "MISC"}


def test_derived_adjectives_are_not_entities(entities):
    # GermEval's *deriv class ("deutsche") maps to O: the adjective is not the named place.
    assert not {text for text, _ in entities("Die deutsche Wirtschaft wächst langsamer.")} & {"deutsche"}


def test_a_name_next_to_an_emoji_is_highlighted_without_a_piece_of_the_emoji():
    from ls_factcheck.preannotate.annotate import annotate
    from ls_factcheck.schema import Article

    text = "Laut Polizei waren 120 Einsatzkräfte 👩🏿‍🚒 in Köln-Mülheim 👩🏿‍🚒 im Einsatz."
    annotations = annotate(Article(id="einsatz", text=text, language="de"), load_pipeline())
    for entity in annotations.entities:
        assert entity.text[0].isalnum() and (entity.text[-1].isalnum() or entity.text[-1] in ".)"), entity.text
