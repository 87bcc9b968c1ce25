"""Pre-annotate one article: sentences, entities, quantities, dates, claims and their sources.

The spaCy pipeline gives sentences and PER/ORG/LOC/MISC; rules give QUANTITY and DATE
(``numbers``) and claims with their sources (``claims``, ``attribution``). Everything comes back as
schema objects whose offsets index the article's exact text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ls_factcheck.preannotate import claim_rules
from ls_factcheck.preannotate.claim_scorer import rescore_claims
from ls_factcheck.preannotate import numbers
from ls_factcheck.labels import ENTITY_LABELS
from ls_factcheck.schema import Annotations, Article, Entity, Span

# GermEval's "other" class is MISC in the interface; any other unknown label is dropped.
_NER_LABELS = {"OTH": "MISC", **{label: label for label in ENTITY_LABELS}}


def article_language(article: Article) -> str:
    """The article's language code: its ``language`` field, else a guess from common words."""
    if article.language:
        return article.language.split("-")[0].lower()
    return guess_language(article.text)


def guess_language(text: str) -> str:
    words = text.lower().split()
    german = sum(w in {"der", "die", "das", "und", "nicht", "ist", "laut", "mit", "sich", "den"} for w in words)
    english = sum(w in {"the", "and", "of", "is", "was", "said", "according", "with", "that", "to"} for w in words)
    return "en" if english > german else "de"


def annotate(article: Article, nlp: Language) -> Annotations:
    language = article_language(article)
    doc = nlp(article.text)
    return annotate_doc(doc, language)


def annotate_doc(doc: Doc, language: str) -> Annotations:
    text = doc.text
    sentences = [_stripped(text, sent.start_char, sent.end_char) for sent in doc.sents]
    sentences = [s for s in sentences if s is not None]
    rule_entities = numbers.find_quantities_and_dates(text, language)
    taken = [(e.start, e.end) for e in rule_entities]
    model_entities = [
        Entity(start=span.start, end=span.end, text=span.text, label=_NER_LABELS[ent.label_], score=0.8)
        for ent in doc.ents
        if ent.label_ in _NER_LABELS
        and not any(ent.start_char < end and start < ent.end_char for start, end in taken)
        and (span := _name_part(text, ent.start_char, ent.end_char)) is not None
    ]
    entities = sorted(rule_entities + model_entities, key=lambda e: (e.start, e.end))
    claims, sources = claim_rules.find_claims(doc, sentences, entities, language)
    # A scorer trained on the desk's own reviews (`ls-factcheck train-claims`) replaces the rule
    # score when LS_FACTCHECK_CLAIM_SCORER names its weights; otherwise claims stay as they are.
    claims = rescore_claims(claims)
    return Annotations(sentences=sentences, entities=entities, claims=claims, sources=sources)


def _name_part(text: str, start: int, end: int) -> Span | None:
    """A model entity without the symbols at its edges; None when nothing but symbols is left.

    The tokenizer can split an emoji sequence ("👩🏿‍🚒") into pieces, and the model then takes a
    piece into a name ("Köln-Mülheim 👩") or tags one alone: highlighted, it would cut an emoji
    in half. A name starts and ends with a letter or digit (or a closing bracket or dot: "AG)",
    "Dr.").
    """
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    return Span(start=start, end=end, text=text[start:end]) if end > start else None


def _stripped(text: str, start: int, end: int) -> Span | None:
    """The sentence without surrounding whitespace, or None for a blank stretch."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end]) if end > start else None
