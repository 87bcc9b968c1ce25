"""Precision, recall and F1 per entity label on a GermEval 2014 file.

The gold tags go through the same mapping the bundled model was trained with (see
``docs/model.md``): OTH is MISC, and the derived/part tags (``LOCderiv``, ``ORGpart``, ...) are O
because they mark adjectives and compounds built from a name, not the name itself.

The pipeline runs on GermEval's own tokens, as in the shared task, so a score does not depend on
how a tokenizer happens to split a word; spans count only when start, end and label all match.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ls_factcheck.evaluation.counts import Counts

LABELS = ("PER", "LOC", "ORG", "MISC")
GERMEVAL_TO_LABEL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
# Other pipelines name the same classes differently (OntoNotes-style English models, say);
# labels outside this table (DATE, MONEY, ...) have no GermEval counterpart and are ignored.
PREDICTED_TO_LABEL = {
    **{label: label for label in LABELS},
    "OTH": "MISC",
    "PERSON": "PER",
    "GPE": "LOC",
}

Sentence = list[tuple[str, str]]
Span = tuple[int, int, str]

_NO_SPACE_BEFORE = set(",.;:!?)]}%“")
_NO_SPACE_AFTER = set("([{„")


def map_germeval_type(kind: str) -> str | None:
    """GermEval entity type to the pipeline's label; ``None`` for types that count as O."""
    return GERMEVAL_TO_LABEL.get(kind.upper())


def read_germeval(path: str | Path) -> Iterator[Sentence]:
    """(token, outer tag) per sentence from the official TSV or the two-column ``token TAG`` form."""
    sentence: Sentence = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t"):
            continue
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            sentence.append((fields[1], fields[2]))
        else:
            token, tag = line.rsplit(" ", 1)
            sentence.append((token, tag))
    if sentence:
        yield sentence


def spans_from_tags(tags: list[str]) -> list[Span]:
    """(start, end, label) token spans from BIO or BIOES tags, after the label mapping."""
    spans: list[Span] = []
    start: int | None = None
    current: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        label = map_germeval_type(kind) if kind else None
        continues = prefix in ("I", "E") and label is not None and label == current
        if start is not None and not continues:
            spans.append((start, i, current))
            start, current = None, None
        if label is not None and not continues:
            start, current = i, label
        if prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1, current))
            start, current = None, None
    return spans


def spaces_for(words: list[str]) -> list[bool]:
    """Whitespace after each token as running text would have it, so features like the
    token's shape see what they see at run time."""
    spaces = []
    quote_open = False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == '"':
            quote_open = not quote_open
        space = nxt is not None and word not in _NO_SPACE_AFTER and nxt not in _NO_SPACE_BEFORE
        if (word == '"' and quote_open) or (nxt == '"' and quote_open):
            space = False
        spaces.append(space)
    return spaces


@dataclass
class NerReport:
    model: str
    sentences: int
    tokens: int
    per_label: dict[str, Counts] = field(default_factory=dict)

    @property
    def overall(self) -> Counts:
        return sum(self.per_label.values(), Counts())

    def as_dict(self) -> dict:
        def row(s: Counts) -> dict:
            return {"p": round(s.precision, 4), "r": round(s.recall, 4), "f": round(s.f1, 4), "support": s.support}

        return {
            "model": self.model,
            "sentences": self.sentences,
            "tokens": self.tokens,
            "overall": row(self.overall),
            "per_label": {label: row(score) for label, score in self.per_label.items()},
        }


def score_spans(gold: Iterable[set[Span]], predicted: Iterable[set[Span]]) -> dict[str, Counts]:
    scores = {label: Counts() for label in LABELS}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        for span in gold_spans & predicted_spans:
            scores[span[2]].tp += 1
        for span in predicted_spans - gold_spans:
            scores[span[2]].fp += 1
        for span in gold_spans - predicted_spans:
            scores[span[2]].fn += 1
    return scores


def evaluate_ner(path: str | Path, model: str | Language | None = None) -> NerReport:
    """Score a pipeline (default: the one pre-annotation uses) on a GermEval-format file."""
    from ls_factcheck.preannotate.pipeline import load_pipeline, model_version

    nlp = model if isinstance(model, Language) else load_pipeline(model)
    sentences = list(read_germeval(path))
    docs = [Doc(nlp.vocab, words=[w for w, _ in s], spaces=spaces_for([w for w, _ in s])) for s in sentences]
    gold = [set(spans_from_tags([t for _, t in s])) for s in sentences]
    predicted = []
    for doc in nlp.pipe(docs, batch_size=256):
        spans = set()
        for ent in doc.ents:
            label = PREDICTED_TO_LABEL.get(ent.label_)
            if label is not None:
                spans.add((ent.start, ent.end, label))
        predicted.append(spans)
    return NerReport(
        model=model_version(nlp),
        sentences=len(sentences),
        tokens=sum(len(s) for s in sentences),
        per_label=score_spans(gold, predicted),
    )


def print_report(report: NerReport, console=None) -> None:
    """The report as a table: one row per label, then the micro-averaged total."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"NER on {report.sentences} sentences, {report.tokens} tokens · {report.model}")
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    rows = [*report.per_label.items(), ("overall", report.overall)]
    for label, score in rows:
        table.add_row(label, f"{score.precision:.4f}", f"{score.recall:.4f}", f"{score.f1:.4f}", str(score.support))
    (console or Console()).print(table)
