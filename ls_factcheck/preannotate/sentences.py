"""The German news sentence splitter, a spaCy component (``factcheck_sentences``).

The bundled pipeline runs it first; ``pipeline.load_pipeline`` adds it to any German pipeline
that sets no sentence boundaries of its own. Registered as a spaCy factory on import and through
the package's entry point, so a bare ``spacy.load`` of the bundled pipeline finds it.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_SPLITTER = "factcheck_sentences"

_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "''", "“", "”", "»", "«", "›", "‹", "'", "’", "‘", ")", "]"}
_MONTHS = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jan.", "feb.", "febr.", "mär.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "okt.", "nov.", "dez.",
}
# Words before "3." that make it an ordinal ("am 3. Spieltag", "den 2. Platz") rather than a
# count that ends a sentence ("stieg auf 120.").
_ORDINAL_CUES = {
    "am", "im", "zum", "vom", "beim", "der", "die", "das", "dem", "den", "des", "ein", "eine",
    "einem", "einen", "einer", "eines", "jeder", "jede", "jedes", "jeden", "jedem", "sein", "seine",
    "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "bis", "ab", "vor",
}
_ORDINAL = re.compile(r"^\d{1,3}\.$")
_NUMBER_WITH_PERIOD = re.compile(r"^\d[\d.,/-]*\.$")
# Abbreviations that also end sentences often enough that a capital word after them starts one.
_FINAL_ABBREVIATIONS = {"usw.", "etc.", "ff."}


@Language.factory(SENTENCE_SPLITTER)
def make_sentence_splitter(nlp: Language, name: str):
    """German news sentence boundaries from rules over spaCy's tokens.

    spaCy's German tokenizer already keeps abbreviations ("z.", "B.", "Dr.", "Mio.") and numbers
    with a period ("28.", "2020.", "11.000") as one token, so a period that is its own token ends a
    sentence. What is left to decide is a number with a period: an ordinal or date inside the
    sentence ("am 28. April", "der 3. Oktober", "den 2. Platz") or a count or year at its end
    ("starb 2020. Sein ..."). Line breaks always end a sentence, since headlines and captions carry
    no final period.
    """
    return split_sentences


# Every character str.splitlines() breaks at: old Mac files end lines with a lone CR, and word
# processors and some CMS exports with U+2028.
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def split_sentences(doc: Doc) -> Doc:
    n = len(doc)
    starts = [False] * n
    boundary = True
    for i, token in enumerate(doc):
        if boundary and not token.is_space:
            starts[i] = True
            boundary = False
        if token.is_space:
            boundary = boundary or not _LINE_BREAKS.isdisjoint(token.text)
        elif _ends_sentence(doc, i):
            boundary = True
    if n:
        # All at once: Token.is_sent_start checks the whole Doc on every assignment, which made long
        # articles quadratic (100,000 characters: 3.6 s here alone).
        values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")  # -1: not a start
        doc.from_array([SENT_START], values)
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if not (text in _CLOSERS or text in _ENDS or text.endswith(".")):
        return False  # most tokens: decided before looking ahead
    following = _next_word(doc, i)
    if following is None:
        return False
    if text in _CLOSERS:
        # A closing quote or bracket right after final punctuation belongs to that sentence.
        previous = doc[i - 1] if i > 0 else None
        if previous is None or previous.text not in _ENDS or previous.whitespace_:
            return False
        return _starts_like_sentence(following)
    if text in _ENDS:
        nxt = doc[i + 1]
        if nxt.text in _CLOSERS and not doc[i].whitespace_:
            return False
        return text == "." and following.text not in {",", ";"} or _starts_like_sentence(following)
    if not text.endswith(".") or len(text) < 2:
        return False
    if _NUMBER_WITH_PERIOD.match(text):
        if not following.text[:1].isupper() or following.lower_ in _MONTHS:
            return False
        previous = doc[i - 1].lower_ if i > 0 else ""
        return not (_ORDINAL.match(text) and previous in _ORDINAL_CUES)
    return doc[i].lower_ in _FINAL_ABBREVIATIONS and following.text[:1].isupper()


def _next_word(doc: Doc, i: int):
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j]
    return None


def _starts_like_sentence(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in _CLOSERS or first in "„»-–"
