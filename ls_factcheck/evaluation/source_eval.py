"""How many of the people and bodies quoted in real news the pre-annotation names as SOURCE.

Scores against a folder of SpkAtt-2023 articles (``wikinews-ID.json``: ``Sentences`` of
``Tokens``, ``Annotations`` with ``Source`` token positions ``"sentence:token"``, a ``Form`` and
``IsNested``). As that corpus' README asks, each article's tokens are joined with single spaces into
one text, which is pre-annotated like any import; a token counts as predicted source when a
predicted SOURCE span covers any of its characters. Gold tokens are the ``Source`` tokens of the
top-level (``IsNested: false``) annotations. Precision and recall are over tokens; recall is also
given per attribution form (Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported), so
one can see which kind of speech loses its speakers.

The corpus is CC BY-NC-SA: this command only measures, nothing of it is kept.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ls_factcheck.evaluation.counts import Counts
from ls_factcheck.preannotate.annotate import annotate_doc

TARGET_F1 = 0.70


@dataclass
class SourceReport:
    articles: int = 0
    tokens: Counts = field(default_factory=Counts)
    # Per form: gold source tokens, and how many of them were predicted.
    form_gold: Counter = field(default_factory=Counter)
    form_found: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        t = self.tokens
        out = [
            f"{self.articles} articles; source tokens: precision {t.precision:.3f} recall {t.recall:.3f} "
            f"F1 {t.f1:.3f} (target F1 >= {TARGET_F1:.2f}); {t.tp} found, {t.fp} extra, {t.fn} missed",
        ]
        for form in sorted(self.form_gold, key=lambda f: -self.form_gold[f]):
            gold = self.form_gold[form]
            out.append(f"  {form:<22} recall {self.form_found[form] / gold:.3f} ({self.form_found[form]}/{gold} tokens)")
        out.extend(f"skipped {name}" for name in self.skipped)
        return out


def article_text(document: dict) -> tuple[str, dict[str, tuple[int, int]]]:
    """The article as one text and each ``"sentence:token"`` position's character span in it."""
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    for sentence in document["Sentences"]:
        for index, token in enumerate(sentence["Tokens"]):
            if pieces:
                pieces.append(" ")
                at += 1
            spans[f"{sentence['SentenceId']}:{index}"] = (at, at + len(token))
            pieces.append(token)
            at += len(token)
    return "".join(pieces), spans


def gold_sources(document: dict) -> dict[str, str]:
    """Each gold source token position, with the form of the attribution it belongs to."""
    tokens: dict[str, str] = {}
    for annotation in document.get("Annotations", []):
        if annotation.get("IsNested"):
            continue
        for position in annotation.get("Source", []):
            tokens.setdefault(position, annotation.get("Form") or "unknown")
    return tokens


def evaluate_sources(folder: Path, nlp: Language, language: str = "de", limit: int | None = None) -> SourceReport:
    report = SourceReport()
    paths = sorted(folder.glob("*.json"))[:limit]
    if not paths:
        raise ValueError(f"{folder}: no SpkAtt article files (*.json) found")
    for path in paths:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            text, spans = article_text(document)
        except (OSError, ValueError, KeyError, TypeError) as error:
            report.skipped.append(f"{path.name}: {error}")
            continue
        predicted = annotate_doc(nlp(text), language).sources
        covered = {
            position for position, (start, end) in spans.items()
            if any(source.start < end and start < source.end for source in predicted)
        }
        gold = gold_sources(document)
        report.articles += 1
        report.tokens.tp += len(covered & gold.keys())
        report.tokens.fp += len(covered - gold.keys())
        report.tokens.fn += len(gold.keys() - covered)
        for position, form in gold.items():
            report.form_gold[form] += 1
            report.form_found[form] += position in covered
    return report
