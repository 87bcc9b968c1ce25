"""Helpers for the claim, source and number tests: annotate a text with the rules alone.

A blank spaCy pipeline with a sentence splitter keeps these tests fast and independent of the
trained NER model; the rules must work without it.
"""

from __future__ import annotations

from functools import cache

import spacy

from ls_factcheck.preannotate.annotate import annotate_doc
from ls_factcheck.schema import Annotations, Claim, Source


@cache
def _nlp(language: str):
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def annotate_text(text: str, language: str = "de") -> Annotations:
    return annotate_with_names(text, {}, language)


def annotate_with_names(text: str, names: dict[str, str], language: str = "de") -> Annotations:
    """Annotate with the rules, the entities a model would mark set by hand: {phrase: label}."""
    doc = _nlp(language)(text)
    if names:
        doc.ents = [doc.char_span(text.index(phrase), text.index(phrase) + len(phrase), label=label)
                    for phrase, label in names.items()]
    annotations = annotate_doc(doc, language)
    for span in [*annotations.claims, *annotations.sources, *annotations.entities]:
        span.check_against(text)
    return annotations


def claim_with(annotations: Annotations, fragment: str) -> Claim:
    found = [c for c in annotations.claims if fragment in c.text]
    assert found, f"no claim contains {fragment!r}; claims: {[c.text for c in annotations.claims]}"
    return found[0]


def source_for(annotations: Annotations, fragment: str) -> Source | None:
    return annotations.source_of(claim_with(annotations, fragment))
