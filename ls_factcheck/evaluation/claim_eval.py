"""How well pre-annotation finds claims, their sources and their numbers, against a gold file.

The gold file has one JSON object per sentence of each article (see ``eval/claims_dev.jsonl``):
``{"article_id", "start", "end", "text", "label": "claim"|"no_claim", "source", "source_resolved",
"quantities": [...]}``, offsets into the article text. The articles file has one article per line
(``id``, ``text``, ``language``, ...). Pre-annotation runs on every article; then

- a gold sentence counts as predicted claim when a predicted CLAIM covers at least half of the
  shorter of the two spans (claims may be clauses or slightly different sentence cuts);
- a gold source is found when a SOURCE linked to a predicted claim over that sentence overlaps the
  gold source span (its first occurrence in the sentence), or when the linked source's name
  (``resolved`` or its text) matches the gold name (``source_resolved`` or ``source``);
- "unattributed" precision: of the predicted claims over gold claims that carry no source, the
  share whose gold claim indeed has none;
- quantities match by character overlap, each side counted on its own (precision over predicted
  QUANTITY entities, recall over gold quantities).

The trivial baseline marks every sentence a claim, finds no source and no quantity.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ls_factcheck.evaluation.counts import Counts, f1, ratio
from ls_factcheck.ingest import readers
from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.problems import Problem, split_problems
from ls_factcheck.labels import QUANTITY
from ls_factcheck.schema import Annotations, Article, Claim, Entity, Source

TARGETS = {
    "claim F1": 0.95,
    "no_claim specificity": 0.70,
    "source recall": 0.85,
    "unattributed precision": 0.85,
    "quantity F1": 0.90,
}


@dataclass
class Scores:
    """One system's figures on a gold file."""

    claims: Counts = field(default_factory=Counts)
    sources_found: int = 0
    sources_total: int = 0
    # Recall alone would not see a source invented for a claim that has none.
    sources_linked: int = 0
    sources_linked_right: int = 0
    unattributed_right: int = 0
    unattributed_marked: int = 0
    quantity_pred_matched: int = 0
    quantity_pred: int = 0
    quantity_gold_matched: int = 0
    quantity_gold: int = 0

    @property
    def source_recall(self) -> float:
        return ratio(self.sources_found, self.sources_total)

    @property
    def source_precision(self) -> float:
        return ratio(self.sources_linked_right, self.sources_linked)

    @property
    def unattributed_precision(self) -> float:
        return ratio(self.unattributed_right, self.unattributed_marked)

    @property
    def quantity_precision(self) -> float:
        return ratio(self.quantity_pred_matched, self.quantity_pred)

    @property
    def quantity_recall(self) -> float:
        return ratio(self.quantity_gold_matched, self.quantity_gold)

    @property
    def quantity_f1(self) -> float:
        return f1(self.quantity_precision, self.quantity_recall)

    def metrics(self) -> dict[str, float | None]:
        """Every figure by name; None where the system made no prediction of that kind."""
        return {
            "claim precision": self.claims.precision,
            "claim recall": self.claims.recall,
            "claim F1": self.claims.f1,
            "no_claim specificity": self.claims.specificity,
            "source recall": self.source_recall,
            "source precision": self.source_precision if self.sources_linked else None,
            "unattributed precision": self.unattributed_precision if self.unattributed_marked else None,
            "quantity precision": self.quantity_precision if self.quantity_pred else None,
            "quantity recall": self.quantity_recall,
            "quantity F1": self.quantity_f1 if self.quantity_pred else None,
        }


@dataclass
class Miss:
    """One disagreement, for reading what went wrong."""

    article_id: str
    kind: str
    text: str
    detail: str = ""


@dataclass
class ClaimReport:
    gold_path: str
    articles: int
    sentences: int
    gold_claims: int
    system: Scores
    baseline: Scores
    misses: list[Miss] = field(default_factory=list)
    system_name: str = "pre-annotation"

    def rows(self) -> list[tuple[str, float | None, float | None, float | None]]:
        """(metric, pre-annotation, baseline, target)."""
        system, baseline = self.system.metrics(), self.baseline.metrics()
        return [(name, value, baseline[name], TARGETS.get(name)) for name, value in system.items()]


# --- reading -------------------------------------------------------------------------------


def read_gold(path: str | Path) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            if row.get("label") not in ("claim", "no_claim"):
                raise ValueError(f"{path}:{number}: label must be 'claim' or 'no_claim'")
            by_article[row["article_id"]].append(row)
    return by_article


def read_gold_articles(path: str | Path) -> dict[str, Article]:
    """The gold set's articles by id, read like any import; a bad article makes the gold set unusable."""
    problems: list[Problem] = []
    articles = {article.id: article for article in readers.read_articles([path], problems)}
    skipped, _notices = split_problems(problems)
    if skipped:
        raise ValueError("; ".join(str(problem) for problem in skipped))
    return articles


# --- scoring -------------------------------------------------------------------------------


def evaluate_claims(gold_path: str | Path, articles_path: str | Path, nlp: Language) -> ClaimReport:
    """Run pre-annotation over the articles and score it (and the trivial baseline) on the gold file."""
    return _evaluate(gold_path, articles_path, lambda article, rows: annotate(article, nlp))


def evaluate_labels(gold_path: str | Path, labels_path: str | Path, articles_path: str | Path) -> ClaimReport:
    """Score a second, independent labelling of the same sentences as if it were the system: how far two
    labellers agree is the ceiling any pre-annotation can be measured against on these sets."""
    labels = read_gold(labels_path)

    def second_labelling(article: Article, rows: list[dict]) -> Annotations:
        theirs = {(row["start"], row["end"]): row for row in labels.get(article.id, [])}
        missing = [row for row in rows if (row["start"], row["end"]) not in theirs]
        if missing:
            raise ValueError(f"{labels_path}: no label for {article.id} {missing[0]['start']}:{missing[0]['end']} "
                             f"({missing[0]['text'][:60]!r})")
        return labels_as_annotations(article, [theirs[(row["start"], row["end"])] for row in rows])

    report = _evaluate(gold_path, articles_path, second_labelling)
    report.gold_path, report.system_name = f"{gold_path} (against {labels_path})", "second labelling"
    return report


def _evaluate(gold_path: str | Path, articles_path: str | Path,
              annotations_of: Callable[[Article, list[dict]], Annotations]) -> ClaimReport:
    """Score ``annotations_of`` each article (and the trivial baseline) on the gold file."""
    gold = read_gold(gold_path)
    articles = read_gold_articles(articles_path)
    missing = sorted(set(gold) - set(articles))
    if missing:
        raise ValueError(f"gold sentences for articles not in {articles_path}: {', '.join(missing[:5])}")
    system, baseline = Scores(), Scores()
    misses: list[Miss] = []
    for article_id, rows in gold.items():
        article = articles[article_id]
        for row in rows:
            if article.text[row["start"] : row["end"]] != row["text"]:
                raise ValueError(f"{gold_path}: offsets {row['start']}:{row['end']} of {article_id} do not point at its text")
        score_article(article, rows, annotations_of(article, rows), system, misses)
        score_article(article, rows, Annotations(), baseline, None, every_sentence_a_claim=True)
    return ClaimReport(
        gold_path=str(gold_path), articles=len(gold), sentences=sum(len(r) for r in gold.values()),
        gold_claims=sum(r["label"] == "claim" for rows in gold.values() for r in rows),
        system=system, baseline=baseline, misses=misses,
    )


def labels_as_annotations(article: Article, rows: list[dict]) -> Annotations:
    """Hand labels in the gold form as the annotations pre-annotation would have made: a CLAIM over each
    claim sentence, its SOURCE where the sentence names it (else where the article last did), QUANTITY
    entities at the labelled spans."""
    claims, sources, entities = [], [], []
    for row in rows:
        if article.text[row["start"] : row["end"]] != row["text"]:
            raise ValueError(f"offsets {row['start']}:{row['end']} of {article.id} do not point at its text")
        entities.extend(Entity(start=start, end=end, text=article.text[start:end], label=QUANTITY)
                        for start, end in _quantity_spans(row))
        if row["label"] != "claim":
            continue
        source_id = None
        if row.get("source"):
            at = row["text"].find(row["source"])
            start = row["start"] + at if at >= 0 else article.text.rfind(row["source"], 0, row["start"])
            if start >= 0:
                source_id = f"source-{len(sources) + 1}"
                sources.append(Source(id=source_id, start=start, end=start + len(row["source"]), text=row["source"],
                                      resolved=row.get("source_resolved")))
        claims.append(Claim(id=f"claim-{len(claims) + 1}", start=row["start"], end=row["end"], text=row["text"],
                            score=1.0, source_id=source_id))
    return Annotations(claims=claims, sources=sources, entities=entities)


def score_article(article: Article, rows: list[dict], annotations: Annotations, scores: Scores,
                  misses: list[Miss] | None, every_sentence_a_claim: bool = False) -> None:
    sources = {s.id: s for s in annotations.sources}
    for row in rows:
        start, end = row["start"], row["end"]
        over = [c for c in annotations.claims if _covers(c.start, c.end, start, end)]
        predicted = every_sentence_a_claim or bool(over)
        gold_claim = row["label"] == "claim"
        if gold_claim and predicted:
            scores.claims.tp += 1
        elif gold_claim:
            scores.claims.fn += 1
            _note(misses, article.id, "missed claim", row["text"])
        elif predicted:
            scores.claims.fp += 1
            _note(misses, article.id, "false claim", row["text"])
        else:
            scores.claims.tn += 1
        if not gold_claim:
            continue
        linked = [sources[c.source_id] for c in over if c.source_id in sources]
        found = False
        if row.get("source"):
            scores.sources_total += 1
            gold_span = _locate(row["text"], row["source"], start)
            found = any(
                (gold_span and s.start < gold_span[1] and gold_span[0] < s.end)
                or same_name(s.resolved or s.text, row.get("source_resolved") or row["source"])
                or same_name(s.text, row["source"])
                for s in linked
            )
            scores.sources_found += found
            if not found and predicted:
                got = ", ".join(s.text + (f" → {s.resolved}" if s.resolved else "") for s in linked) or "none"
                _note(misses, article.id, "source", row["text"], f"gold {row['source']!r}, got {got}")
        if linked:
            scores.sources_linked += 1
            scores.sources_linked_right += found
            if not row.get("source"):
                _note(misses, article.id, "wrong source", row["text"], f"gold has none, got {linked[0].text!r}")
        if predicted and (every_sentence_a_claim or (over and not linked)):
            scores.unattributed_marked += 1
            right = not row.get("source")
            scores.unattributed_right += right
            if not right:
                _note(misses, article.id, "unattributed", row["text"], f"gold source {row['source']!r}")
    _score_quantities(article, rows, annotations, scores, misses)


def _score_quantities(article: Article, rows: list[dict], annotations: Annotations, scores: Scores,
                      misses: list[Miss] | None) -> None:
    gold_spans = [span for row in rows for span in _quantity_spans(row)]
    covered = [(r["start"], r["end"]) for r in rows]
    predicted = [e for e in annotations.entities if e.label == QUANTITY
                 and any(s <= e.start and e.end <= t for s, t in covered)]
    scores.quantity_gold += len(gold_spans)
    scores.quantity_pred += len(predicted)
    for s, t in gold_spans:
        if any(e.start < t and s < e.end for e in predicted):
            scores.quantity_gold_matched += 1
        else:
            _note(misses, article.id, "missed quantity", article.text[s:t])
    for e in predicted:
        if any(e.start < t and s < e.end for s, t in gold_spans):
            scores.quantity_pred_matched += 1
        else:
            _note(misses, article.id, "false quantity", e.text)


def _quantity_spans(row: dict) -> list[tuple[int, int]]:
    """Article offsets of a gold row's quantities, each found after the one before it where it repeats."""
    spans = []
    cursor = 0
    for quantity in row.get("quantities", []):
        at = row["text"].find(quantity, cursor)
        if at < 0:
            at = row["text"].find(quantity)
        if at < 0 or not quantity:
            raise ValueError(f"quantity {quantity!r} is not in the sentence {row['text']!r}")
        spans.append((row["start"] + at, row["start"] + at + len(quantity)))
        cursor = at + len(quantity)
    return spans


def _covers(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    overlap = min(a_end, b_end) - max(a_start, b_start)
    return overlap > 0 and overlap * 2 >= min(a_end - a_start, b_end - b_start)


def _locate(sentence: str, source: str, offset: int) -> tuple[int, int] | None:
    at = sentence.find(source)
    return (offset + at, offset + at + len(source)) if at >= 0 else None


_WORD = re.compile(r"\w+")
_FUNCTION = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer", "the", "a", "an", "of", "von"}


def same_name(a: str | None, b: str | None) -> bool:
    """Do two names mention the same source? "Reh" ~ "Tobias Reh", "Auswärtige Amt" ~ "Auswärtiges Amt"."""
    if not a or not b:
        return False
    words_a = [w.lower() for w in _WORD.findall(a) if w.lower() not in _FUNCTION and len(w) > 2]
    words_b = [w.lower() for w in _WORD.findall(b) if w.lower() not in _FUNCTION and len(w) > 2]
    return any(x == y or (min(len(x), len(y)) >= 6 and x[:6] == y[:6]) for x in words_a for y in words_b)


def _note(misses: list[Miss] | None, article_id: str, kind: str, text: str, detail: str = "") -> None:
    if misses is not None:
        misses.append(Miss(article_id, kind, text, detail))


# --- printing ------------------------------------------------------------------------------


def print_report(report: ClaimReport, console=None, show_misses: bool = False) -> None:
    """The figures as a table, pre-annotation next to the every-sentence-a-claim baseline."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"Claims, sources, quantities on {report.gold_path} "
                        f"({report.articles} articles, {report.sentences} sentences, {report.gold_claims} claims)")
    table.add_column("metric")
    table.add_column(report.system_name, justify="right")
    table.add_column("baseline: every sentence a claim", justify="right")
    table.add_column("target", justify="right")
    for name, value, base, target in report.rows():
        mark = "" if target is None or value is None else (" ✓" if value >= target else " ✗")
        table.add_row(name, _fmt(value) + mark, _fmt(base), f"≥ {target:.2f}" if target else "")
    console.print(table)
    if show_misses:
        for miss in report.misses:
            console.print(f"[dim]{miss.article_id}[/] [bold]{miss.kind}[/] {miss.text!r} {miss.detail}",
                          highlight=False, soft_wrap=True)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
