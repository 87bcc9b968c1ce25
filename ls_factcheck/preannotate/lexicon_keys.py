"""The ``lexicon_keys`` pipeline component: how tokens find their row in the word-list features.

The bundled German pipeline reads a table of word-list features (``training/lexicon.py``) as
static vectors, keyed by the lowercase form so that "Haus" at a sentence start and "haus" in a
compound list find the same row. This component does two things for that table:

- spaCy saves which token attribute keys a vectors table only for floret tables, so after loading,
  a plain table would be looked up by the exact text and most capitalised words would silently
  miss. The component sets the key attribute again whenever the pipeline is initialised or loaded.
- Optionally (``compound_heads``, off in the shipped pipeline): German writes compounds as one
  word, so no list holds "Nachbarstadt" or "Lohngleitklausel". A word the table lacks gets the row
  of its longest tail that the table knows as a common noun ("stadt", "klausel"): a compound is
  the kind of thing its last part is. The word is added to the table with that row, so each new
  compound is split once (at most ``max_added`` of them). It is off because place names are
  compounds too: "Ebersfeld" and "Rothenfeld" read as kinds of "Feld" and were no longer found.

It changes nothing else on the Doc.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

LEXICON_KEYS = "lexicon_keys"


class LexiconKeys:
    def __init__(self, vocab: Vocab, attr: str, compound_heads: bool, head_feature: int, min_head: int, max_added: int) -> None:
        if attr.upper() not in IDS:
            raise ValueError(f"lexicon_keys: unknown token attribute {attr!r}")
        self.vocab = vocab
        self.attr = attr.upper()
        self.compound_heads = compound_heads
        self.head_feature = head_feature
        self.min_head = min_head
        self.max_added = max_added
        self.apply()

    def apply(self) -> None:
        vectors = self.vocab.vectors
        if vectors.mode == "default":
            # Vectors.attr is read-only from Python; _set_cfg is how spaCy itself restores it.
            vectors._set_cfg({"mode": "default", "attr": IDS[self.attr]})
        data = vectors.data
        has_feature = len(data.shape) == 2 and data.shape[0] > 0 and data.shape[1] > self.head_feature
        self._head_rows = {int(i) for i in (data[:, self.head_feature] > 0).nonzero()[0]} if has_feature else set()
        self._no_head: set[int] = set()
        self._added = 0

    def __call__(self, doc: Doc) -> Doc:
        if not (self.compound_heads and self._head_rows) or self._added >= self.max_added:
            return doc
        vectors = self.vocab.vectors
        key2row = vectors.key2row
        for token in doc:
            key = token.lower
            if key in key2row or key in self._no_head or len(token) < 2 * self.min_head - 1 or not token.is_alpha:
                continue
            row = self._head_row(token.lower_, key2row)
            if row is None:
                if len(self._no_head) < self.max_added:
                    self._no_head.add(key)
                continue
            vectors.add(key, row=row)
            self._added += 1
            if self._added >= self.max_added:
                break
        return doc

    def _head_row(self, word: str, key2row: dict) -> int | None:
        for start in range(3, len(word) - self.min_head + 1):
            row = key2row.get(hash_string(word[start:]))
            if row is not None and row in self._head_rows:
                return row
        return None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.apply()

    # spaCy loads the vocab (and its vectors) before any component, so this runs after them.
    def from_disk(self, path: Path, *, exclude=()) -> "LexiconKeys":
        self.apply()
        return self

    def from_bytes(self, data: bytes, *, exclude=()) -> "LexiconKeys":
        self.apply()
        return self

    def to_disk(self, path: Path, *, exclude=()) -> None:
        """Nothing to save: the settings are in the pipeline's config."""

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""


@Language.factory(
    LEXICON_KEYS,
    default_config={"attr": "LOWER", "compound_heads": False, "head_feature": 0, "min_head": 4, "max_added": 200_000},
)
def make_lexicon_keys(
    nlp: Language, name: str, attr: str, compound_heads: bool, head_feature: int, min_head: int, max_added: int
) -> LexiconKeys:
    return LexiconKeys(nlp.vocab, attr, compound_heads, head_feature, min_head, max_added)
