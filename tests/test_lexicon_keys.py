"""The German pipeline's word-list features are found by a word's lowercase form, after any load."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.vectors import Vectors

from ls_factcheck.preannotate.pipeline import BUNDLED
from ls_factcheck.preannotate.lexicon_keys import LEXICON_KEYS


COMMON_NOUN, PLACE, ORGANISATION = 0, 1, 2


def pipeline_with_lowercase_lexicon(compound_heads: bool = False) -> spacy.language.Language:
    """Feature 0 marks common nouns, as in training/lexicon.py; one row per feature here."""
    nlp = spacy.blank("de")
    vectors = Vectors(strings=nlp.vocab.strings, shape=(3, 3), attr="LOWER")
    vectors.data[:] = np.eye(3, dtype="float32")
    vectors.add(hash_string("bundeswehr"), row=ORGANISATION)
    vectors.add(hash_string("görlitz"), row=PLACE)
    vectors.add(hash_string("stadt"), row=COMMON_NOUN)
    vectors.add(hash_string("klausel"), row=COMMON_NOUN)
    nlp.vocab.vectors = vectors
    nlp.add_pipe(LEXICON_KEYS, config={"compound_heads": compound_heads})
    return nlp


def rows(nlp, text: str) -> list[int]:
    doc = nlp(text)
    return list(nlp.vocab.vectors.find(keys=doc.to_array(nlp.vocab.vectors.attr)))


def test_capitalised_words_find_their_lowercase_entry_after_a_save_and_load(tmp_path):
    pipeline_with_lowercase_lexicon().to_disk(tmp_path / "de_lexicon")

    reloaded = spacy.load(tmp_path / "de_lexicon")

    assert reloaded.vocab.vectors.attr == LOWER
    assert rows(reloaded, "Die Bundeswehr übte bei Görlitz") == [-1, ORGANISATION, -1, -1, PLACE]


def test_the_same_holds_after_loading_from_bytes():
    nlp = pipeline_with_lowercase_lexicon()
    copy = spacy.blank("de")
    copy.add_pipe(LEXICON_KEYS)

    copy.from_bytes(nlp.to_bytes())

    assert rows(copy, "GÖRLITZ") == [PLACE]


def test_with_compound_heads_a_compound_the_lexicon_lacks_gets_the_row_of_its_common_noun_tail():
    nlp = pipeline_with_lowercase_lexicon(compound_heads=True)

    assert rows(nlp, "Die Nachbarstadt prüft die Lohngleitklausel") == [-1, COMMON_NOUN, -1, -1, COMMON_NOUN]


def test_with_compound_heads_a_word_ending_in_a_name_or_in_nothing_known_gets_no_row():
    nlp = pipeline_with_lowercase_lexicon(compound_heads=True)

    assert rows(nlp, "Obergörlitz und Kowalczyk") == [-1, -1, -1]


def test_with_compound_heads_a_short_word_is_not_split():
    nlp = pipeline_with_lowercase_lexicon(compound_heads=True)
    nlp.vocab.vectors.add(hash_string("rat"), row=COMMON_NOUN)

    assert rows(nlp, "Beirat") == [-1]


def test_compounds_are_not_split_unless_asked():
    nlp = spacy.blank("de")
    nlp.vocab.vectors = pipeline_with_lowercase_lexicon().vocab.vectors
    nlp.add_pipe(LEXICON_KEYS)

    assert rows(nlp, "Nachbarstadt Ebersfeld") == [-1, -1]


def test_the_component_leaves_entities_and_sentences_alone():
    nlp = pipeline_with_lowercase_lexicon()
    doc = nlp("Die Bundeswehr übte bei Görlitz.")
    assert doc.ents == ()
    assert [t.text for t in doc] == ["Die", "Bundeswehr", "übte", "bei", "Görlitz", "."]


def test_the_bundled_pipeline_looks_up_its_lexicon_by_lowercase_form():
    nlp = spacy.load(BUNDLED)

    assert LEXICON_KEYS in nlp.pipe_names
    assert nlp.vocab.vectors.attr == LOWER
    found = rows(nlp, "Der Bürgermeister von Hamburg sprach mit Journalisten")
    assert all(row >= 0 for row in (found[1], found[3], found[5]))
