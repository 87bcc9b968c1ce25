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
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from ls_factcheck.preannotate import encoder_ner  # noqa: F401  registers the accurate pipeline's entity recogniser
from ls_factcheck.preannotate import lexicon_keys  # noqa: F401  registers lexicon_keys, which the bundled pipeline uses
from ls_factcheck.preannotate import piece_vectors  # noqa: F401  registers the piece-vector layers the bundled pipeline uses
from ls_factcheck.preannotate.sentences import SENTENCE_SPLITTER
from ls_factcheck.schema import MODEL_VERSION_PREFIX

PIPELINES = Path(__file__).resolve().parent.parent / "pipelines"
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


_SENTENCE_FACTORIES = {"parser", "senter", "sentencizer", SENTENCE_SPLITTER}


def _with_sentences(nlp: Language) -> Language:
    """Pre-annotation reads ``doc.sents``; a pipeline that sets no boundaries gets a splitter."""
    if not _SENTENCE_FACTORIES & set(nlp.pipe_factories.values()):
        nlp.add_pipe(SENTENCE_SPLITTER if nlp.lang == "de" else "sentencizer", first=True)
    return nlp


def _load_named(name: str) -> Language:
    bundled = PIPELINES / name
    if name and os.sep not in name and (bundled / "meta.json").exists():
        # A pipeline that ships with the package, by its folder name ("de_factcheck_accurate").
        return spacy.load(bundled)
    try:
        return spacy.load(name)
    except OSError as error:
        where = "no such folder" if _looks_like_path(name) else "not an installed package"
        raise ModelNotFound(
            f"spaCy pipeline {name!r} not found ({where}). Bundled: {', '.join(bundled_names())}. Install it (e.g. `pip install {name}` or "
            f"`python -m spacy download {name}`), give the path to a pipeline folder, or leave "
            f"--model and {ENV_MODEL} unset to use the bundled German pipeline."
        ) from error


def bundled_names() -> list[str]:
    """The pipelines that ship with the package, by folder name."""
    return sorted(p.name for p in PIPELINES.iterdir() if (p / "meta.json").exists())


def _looks_like_path(name: str) -> bool:
    return os.sep in name or name.startswith(".") or Path(name).exists()


def model_version(nlp: Language) -> str:
    """What predictions record as ``model_version``: pipeline name and version."""
    meta = nlp.meta
    return f"{MODEL_VERSION_PREFIX}{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"
