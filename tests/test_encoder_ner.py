"""The accurate mode's entity recogniser: the encoder's forward pass in numpy and its spaCy component.

A tiny encoder with random weights stands in for the fine-tuned one here; the shipped pipeline's
own behaviour is in tests/test_accurate_pipeline.py.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from ls_factcheck.preannotate import encoder_ner
from ls_factcheck.preannotate.sentences import SENTENCE_SPLITTER

HIDDEN, FFN, HEADS = 32, 64, 2
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581Ber", "lin", "\u2581Anna", "\u2581liegt", "\u2581in", "\u2581.", ".", "\u2581"]


def tiny_arrays(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    arrays: dict[str, np.ndarray] = {}
    blob, offsets = encoder_ner.strings_blob(PIECES)
    arrays |= {"vocab_blob": blob, "vocab_offsets": offsets, "vocab_scores": -np.arange(len(PIECES), dtype=np.float32)}
    blob, offsets = encoder_ner.strings_blob(["A"])
    arrays |= {"norm_from": np.array([0xFF21]), "norm_blob": blob, "norm_offsets": offsets}
    arrays["word.q"], arrays["word.scale"] = encoder_ner.quantise_rows(rng.standard_normal((len(PIECES), HIDDEN)).astype(np.float32))
    arrays["pos"] = rng.standard_normal((encoder_ner.WINDOW, HIDDEN)).astype(np.float32) * 0.1
    arrays["token_type"] = np.zeros(HIDDEN, np.float32)
    arrays["emb_norm.weight"], arrays["emb_norm.bias"] = np.ones(HIDDEN, np.float32), np.zeros(HIDDEN, np.float32)
    for name, rows, cols in (("qkv", 3 * HIDDEN, HIDDEN), ("out", HIDDEN, HIDDEN), ("up", FFN, HIDDEN), ("down", HIDDEN, FFN)):
        weights = rng.standard_normal((rows, cols)).astype(np.float32) * 0.3
        arrays[f"layers.0.{name}.q"], arrays[f"layers.0.{name}.scale"] = encoder_ner.quantise_rows(weights)
        arrays[f"layers.0.{name}.bias"] = rng.standard_normal(rows).astype(np.float32) * 0.1
    for norm in ("norm1", "norm2"):
        arrays[f"layers.0.{norm}.weight"], arrays[f"layers.0.{norm}.bias"] = np.ones(HIDDEN, np.float32), np.zeros(HIDDEN, np.float32)
    arrays["tags.q"], arrays["tags.scale"] = encoder_ner.quantise_rows(rng.standard_normal((len(TAGS), HIDDEN)).astype(np.float32))
    arrays["tags.bias"] = np.zeros(len(TAGS), np.float32)
    return arrays


CONFIG = {"tags": TAGS, "heads": HEADS, "eps": 1e-12, "layers": 1, "ffn": FFN, "unk": 3}


@pytest.fixture(scope="module")
def tagger() -> encoder_ner.EncoderTagger:
    return encoder_ner.EncoderTagger(CONFIG, tiny_arrays())


def test_a_sentence_gets_the_same_scores_alone_and_padded_in_a_batch(tagger):
    short = [0, 6, 7, 8, 2]
    longer = [0, 6, 7, 8, 4, 5, 9, 2]
    ids = np.full((2, len(longer)), encoder_ner.PAD)
    ids[0, : len(short)], ids[1] = short, longer
    mask = ids != encoder_ner.PAD

    batched = tagger.scores(ids, mask)
    alone = tagger.scores(np.array([short]), np.ones((1, len(short)), bool))

    assert np.allclose(batched[0, : len(short)], alone[0], atol=1e-4)


def test_every_word_gets_one_tag_even_past_the_window(tagger):
    words = ["Anna", "liegt", "in", "Berlin", "."] * 70  # longer than one window of pieces

    (tags,) = tagger.tag([words])

    assert len(tags) == len(words)
    assert set(tags) <= set(TAGS)


def test_the_weights_are_saved_and_loaded_without_change(tagger, tmp_path):
    sentences = [["Anna", "liegt", "in", "Berlin", "."], ["Berlin", "."]]
    tagger.save(tmp_path)

    again = encoder_ner.EncoderTagger.load(tmp_path)

    assert again.tag(sentences) == tagger.tag(sentences)


def test_a_weight_of_the_wrong_shape_is_refused_by_name():
    arrays = tiny_arrays()
    arrays["layers.0.up.bias"] = arrays["layers.0.up.bias"][:10]

    with pytest.raises(encoder_ner.EncoderWeightsError, match="layers.0.up.bias: expected shape"):
        encoder_ner.EncoderTagger(CONFIG, arrays)


def test_tags_become_entities_over_whole_words():
    assert encoder_ner.bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 7, "ORG"),
    ]


def test_the_component_marks_entities_on_the_docs_tokens_and_survives_a_round_trip(tagger, tmp_path):
    nlp = spacy.blank("de")
    nlp.add_pipe(SENTENCE_SPLITTER)
    nlp.add_pipe(encoder_ner.FACTORY, name="ner").model = tagger
    text = "Anna  liegt in Berlin. Berlin liegt in Berlin."
    nlp.to_disk(tmp_path / "accurate")

    loaded = spacy.load(tmp_path / "accurate")

    first, second = nlp(text), loaded(text)
    assert [(e.start, e.end, e.label_) for e in first.ents] == [(e.start, e.end, e.label_) for e in second.ents]
    assert all(not token.is_space for ent in first.ents for token in ent)


def test_an_empty_or_blank_text_gets_no_entities_and_no_error(tagger):
    nlp = spacy.blank("de")
    nlp.add_pipe(SENTENCE_SPLITTER)
    nlp.add_pipe(encoder_ner.FACTORY, name="ner").model = tagger

    assert [list(doc.ents) for doc in nlp.pipe(["", "  \n\n  "])] == [[], []]


def test_every_word_gets_its_hidden_state_too(tagger):
    tags, states = tagger.tag_with_states([["Anna", "liegt", "in", "Berlin", "."], ["Berlin"]])
    assert [len(t) for t in tags] == [5, 1]
    assert [s.shape for s in states] == [(5, HIDDEN), (1, HIDDEN)]
    assert tags == tagger.tag([["Anna", "liegt", "in", "Berlin", "."], ["Berlin"]])


def test_the_component_leaves_each_tokens_state_in_the_docs_tensor(tagger):
    nlp = spacy.blank("de")
    nlp.add_pipe(SENTENCE_SPLITTER)
    nlp.add_pipe(encoder_ner.FACTORY, name="ner").model = tagger

    doc = nlp("Anna liegt in Berlin.  Berlin liegt in Berlin.")

    assert doc.tensor.shape == (len(doc), HIDDEN)
    assert doc.user_data[encoder_ner.STATES_IN_TENSOR]
    assert all(np.abs(doc.tensor[t.i]).sum() > 0 for t in doc if not t.is_space)
    assert all(np.abs(doc.tensor[t.i]).sum() == 0 for t in doc if t.is_space)
