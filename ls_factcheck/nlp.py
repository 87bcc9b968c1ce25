"""Which spaCy pipeline pre-annotation runs on.

Order of preference when no name is given: for German, the pipeline this project trains and ships
(``ls_factcheck/pipelines/de_factcheck``, see docs/model.md); for English, an installed English
pipeline (``en_core_web_sm``, ``_md``, ``_lg``); otherwise a blank pipeline with a rule-based
sentence splitter, so pre-annotation always works offline. Any pipeline without sentence
boundaries gets that splitter too, since pre-annotation needs ``doc.sents``. A name given with ``--model`` (or the
``LS_FACTCHECK_MODEL`` environment variable) may be any installed spaCy pipeline or a path to one,
and then wins for every article.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ls_factcheck import vector_keys  # noqa: F401  registers lexicon_keys, which the bundled pipeline uses

PIPELINES = Path(__file__).parent / "pipelines"
BUNDLED = PIPELINES / "de_factcheck"
ENV_MODEL = "LS_FACTCHECK_MODEL"
# Smallest first: pre-annotation needs only sentences and entities, and the small English
# pipeline gives both at several times the speed of the larger ones.
INSTALLED_PREFERENCE = {"en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")}


class ModelNotFound(RuntimeError):
    """A pipeline was asked for by name but is not installed."""


@cache
def load_pipeline(name: str | None = None, language: str = "de") -> Language:
    """Load the pipeline called ``name``, or the best one present for ``language``."""
    name = name or os.environ.get(ENV_MODEL) or None
    if name:
        return _with_sentences(_load_named(name))
    if language == "de" and (BUNDLED / "meta.json").exists():
        return spacy.load(BUNDLED)
    for package in INSTALLED_PREFERENCE.get(language, ()):
        if spacy.util.is_package(package):
            return _with_sentences(spacy.load(package))
    return _with_sentences(spacy.blank(language))


_SENTENCE_FACTORIES = {"parser", "senter", "sentencizer", "factcheck_sentences"}


def _with_sentences(nlp: Language) -> Language:
    """Pre-annotation reads ``doc.sents``; a pipeline that sets no boundaries gets a splitter."""
    if not _SENTENCE_FACTORIES & set(nlp.pipe_factories.values()):
        nlp.add_pipe(SENTENCE_SPLITTER if nlp.lang == "de" else "sentencizer", first=True)
    return nlp


def _load_named(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as error:
        where = "no such folder" if _looks_like_path(name) else "not an installed package"
        raise ModelNotFound(
            f"spaCy pipeline {name!r} not found ({where}). Install it (e.g. `pip install {name}` or "
            f"`python -m spacy download {name}`), give the path to a pipeline folder, or leave "
            f"--model and {ENV_MODEL} unset to use the bundled German pipeline."
        ) from error


def _looks_like_path(name: str) -> bool:
    return os.sep in name or name.startswith(".") or Path(name).exists()


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
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
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
    for token in doc[i + 1 :]:
        if not token.is_space:
            return token
    return None


def _starts_like_sentence(token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in _CLOSERS or first in "„»-–"


def model_version(nlp: Language) -> str:
    """What predictions record as ``model_version``: pipeline name and version."""
    meta = nlp.meta
    return f"ls-factcheck:{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"
