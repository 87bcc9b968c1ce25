"""How well claim grouping finds the same claim across articles, against gold sentence pairs.

The gold file (``samples/batch/same_claim_pairs.jsonl``) has one pair per line:
``{"a": {"article_id", "text"}, "b": {...}, "same_figures": bool}``, each text a sentence (or
clause) of that article. Pre-annotation runs on every article of the batch; a gold sentence maps
to the predicted CLAIMs whose spans overlap it, so a gold pair becomes the claim pairs between
those two sets. Then, over unordered claim pairs of different articles:

- precision: linked pairs that are gold pairs, over all linked pairs;
- recall: gold pairs (that map to claims on both sides) that are linked;
- contradiction recall: gold pairs with ``same_figures: false`` that are linked *and* carry a
  contradiction hint; contradiction precision: hinted links that are such pairs.

The gold pairs list the same-claim pairs the sample's author saw, not provably every one, so a
link outside them counts against precision even where a reader might accept it; ``--show``
prints those links to judge.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ls_factcheck.evaluation.counts import ratio
from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.problems import Problem
from ls_factcheck.preannotate.tasks import preannotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.grouping.compare import ClaimRecord, Link, link_all, records_from_result

Pair = frozenset[tuple[str, str]]


@dataclass
class GroupingReport:
    articles: int = 0
    claims: int = 0
    gold_pairs: int = 0
    unmapped: list[str] = field(default_factory=list)
    gold: set[Pair] = field(default_factory=set)
    conflicting: set[Pair] = field(default_factory=set)
    predicted: dict[Pair, Link] = field(default_factory=dict)
    records: dict[tuple[str, str], ClaimRecord] = field(default_factory=dict)

    @property
    def true_positives(self) -> set[Pair]:
        return self.gold & set(self.predicted)

    @property
    def precision(self) -> float:
        return ratio(len(self.true_positives), len(self.predicted))

    @property
    def recall(self) -> float:
        return ratio(len(self.true_positives), len(self.gold))

    @property
    def hinted(self) -> set[Pair]:
        return {pair for pair, link in self.predicted.items() if link.contradictions}

    @property
    def contradiction_recall(self) -> float:
        return ratio(len(self.conflicting & self.hinted), len(self.conflicting))

    @property
    def contradiction_precision(self) -> float:
        return ratio(len(self.conflicting & self.hinted), len(self.hinted))

    def lines(self, show: bool = False) -> list[str]:
        by_reason: dict[str, list[int]] = {}
        for pair, link in self.predicted.items():
            by_reason.setdefault(link.reason, [0, 0])
            by_reason[link.reason][0] += 1
            by_reason[link.reason][1] += pair in self.gold
        out = [
            f"articles {self.articles}, claims {self.claims}, gold sentence pairs {self.gold_pairs} "
            f"-> {len(self.gold)} gold claim pairs",
            f"pair precision {self.precision:.3f} ({len(self.true_positives)}/{len(self.predicted)})",
            f"pair recall    {self.recall:.3f} ({len(self.true_positives)}/{len(self.gold)})",
            f"contradiction hints: recall {self.contradiction_recall:.3f} "
            f"({len(self.conflicting & self.hinted)}/{len(self.conflicting)}), precision "
            f"{self.contradiction_precision:.3f} ({len(self.conflicting & self.hinted)}/{len(self.hinted)})",
            "links by rule: " + ", ".join(f"{reason} {n} ({good} gold)" for reason, (n, good) in sorted(by_reason.items())),
        ]
        out += [f"unmapped gold sentence: {text}" for text in self.unmapped]
        if show:
            out.append("-- linked, not gold:")
            out += [_describe(link) for pair, link in self.predicted.items() if pair not in self.gold]
            out.append("-- gold, not linked:")
            for pair in sorted(self.gold - set(self.predicted), key=sorted):
                out.append("  " + "  <->  ".join(_label(self.records.get(k), k) for k in sorted(pair)))
        return out


def evaluate(articles_path: Path, pairs_path: Path, model: str | None = None) -> GroupingReport:
    problems: list[Problem] = []
    articles = list(read_articles([articles_path], problems))
    tasks = list(preannotate(articles, load_pipeline(model), problems))
    texts = {a.id: a.text for a in articles}
    records: list[ClaimRecord] = []
    for task in tasks:
        result = task.model_dump(mode="json")["predictions"][0]["result"]
        records += records_from_result(result, task.data.article_id, task.data.outlet, task.data.title)
    report = GroupingReport(articles=len(articles), claims=len(records), records={r.key: r for r in records})
    by_article: dict[str, list[ClaimRecord]] = {}
    for record in records:
        by_article.setdefault(record.article_id, []).append(record)

    def claims_over(side: dict) -> list[ClaimRecord]:
        text = texts.get(side["article_id"], "")
        start = text.find(side["text"])
        if start < 0:
            return []
        end = start + len(side["text"])
        return [r for r in by_article.get(side["article_id"], []) if r.start < end and start < r.end]

    for line in pairs_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        report.gold_pairs += 1
        left, right = claims_over(gold["a"]), claims_over(gold["b"])
        for side, found in ((gold["a"], left), (gold["b"], right)):
            if not found:
                report.unmapped.append(f"{side['article_id']}: {side['text']}")
        for a in left:
            for b in right:
                pair = frozenset({a.key, b.key})
                report.gold.add(pair)
                if not gold.get("same_figures", True):
                    report.conflicting.add(pair)
    report.predicted = {frozenset({link.a.key, link.b.key}): link for link in link_all(records)}
    return report


def _describe(link: Link) -> str:
    hint = f" [{'; '.join(c.describe(link.b.article_id) for c in link.contradictions)}]" if link.contradictions else ""
    return f"  {link.reason} {link.overlap:.2f}: {link.a.article_id}/{link.a.claim_id} {link.a.text!r} <-> " \
           f"{link.b.article_id}/{link.b.claim_id} {link.b.text!r}{hint}"


def _label(record: ClaimRecord | None, key: tuple[str, str]) -> str:
    return f"{'/'.join(key)} {record.text!r}" if record else "/".join(key)
