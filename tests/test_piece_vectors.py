"""Pretrained piece vectors: each word is split as the encoder splits it and gets its pieces' mean row."""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from ls_factcheck.preannotate import piece_vectors
from ls_factcheck.preannotate.piece_vectors import PieceSegmenter, PieceVectors

M = piece_vectors.METASPACE
PIECES = ["<unk>", f"{M}Kiew", f"{M}Ki", "ew", f"{M}Sel", "en", "sky", "j", M, "K", "i", "e", "w", "A"]
SCORES = [0.0, -9.0, -7.0, -6.0, -8.0, -4.0, -7.5, -6.5, -3.0, -9.0, -9.0, -9.0, -9.0, -9.0]
FULLWIDTH_A = 0xFF21


def segmenter() -> PieceSegmenter:
    return PieceSegmenter(PIECES, SCORES, {FULLWIDTH_A: [ord("A")]})


def words(ids: list[int]) -> list[str]:
    return [PIECES[i] if i >= 0 else "?" for i in ids]


def test_a_word_is_split_along_its_best_scoring_path():
    # "▁Kiew" alone scores -9.0; "▁Ki" + "ew" scores -13.0.
    assert words(segmenter().segment("Kiew")) == [f"{M}Kiew"]
    assert words(segmenter().segment("Selenskyj")) == [f"{M}Sel", "en", "sky", "j"]


def test_a_character_no_piece_holds_is_marked_unknown_and_the_rest_still_splits():
    assert words(segmenter().segment("Kiew\u00df")) == [f"{M}Kiew", "?"]


def test_characters_are_normalised_as_the_encoder_normalises_them():
    assert words(segmenter().segment("\uff21")) == [M, "A"]


@pytest.fixture
def table(tmp_path):
    vectors = np.arange(len(PIECES) * 4, dtype="float32").reshape(len(PIECES), 4)
    path = tmp_path / "pieces.npz"
    np.savez(
        path,
        vectors=vectors,
        pieces=np.asarray(PIECES),
        scores=np.asarray(SCORES, dtype="float32"),
        norm_codepoints=np.asarray([FULLWIDTH_A]),
        norm_offsets=np.asarray([0, 1]),
        norm_replacements=np.asarray([ord("A")]),
    )
    return path, vectors


def layer(path) -> PieceVectors:
    model = PieceVectors(4, str(path))
    model.initialize()
    return model


def test_each_token_gets_the_mean_row_of_its_known_pieces(table):
    path, vectors = table
    doc = spacy.blank("de")("Kiew Selenskyj ß")

    (rows,), _ = layer(path)([doc], is_train=False)

    assert np.allclose(rows[0], vectors[1])
    assert np.allclose(rows[1], vectors[[4, 5, 6, 7]].mean(axis=0))
    # "ß" is no piece here: only the word-start marker counts
    assert np.allclose(rows[2], vectors[8])


def test_an_overlong_token_gets_the_zero_row(table):
    path, _ = table
    doc = spacy.blank("de")("Kiew" * 20)

    (rows,), _ = layer(path)([doc], is_train=False)

    assert np.allclose(rows[0], 0.0)


def test_the_table_survives_a_save_and_load_and_gives_the_same_rows(table):
    path, _ = table
    doc = spacy.blank("de")("Selenskyj in Kiew")
    (before,), _ = layer(path)([doc], is_train=False)
    saved = layer(path).to_bytes()

    reloaded = PieceVectors(4).from_bytes(saved)
    (after,), _ = reloaded([doc], is_train=False)

    assert np.array_equal(before, after)


def test_training_leaves_the_pretrained_table_as_it_was(table):
    path, vectors = table
    model = layer(path)
    (rows,), backprop = model([spacy.blank("de")("Kiew")], is_train=True)

    assert backprop([np.ones_like(rows)]) == []
    assert np.array_equal(model.attrs["vectors"], vectors.astype("float16"))


def test_the_word_cache_starts_again_instead_of_growing_without_bound(table, monkeypatch):
    path, vectors = table
    monkeypatch.setattr(piece_vectors, "MAX_CACHED_WORDS", 2)
    model = layer(path)
    nlp = spacy.blank("de")

    for text in ("Kiew", "Selenskyj", "Kiewen", "Kiew"):
        (rows,), _ = model([nlp(text)], is_train=False)

    assert len(model.attrs["word_rows"].rows) <= 2
    assert np.allclose(rows[0], vectors[1])
