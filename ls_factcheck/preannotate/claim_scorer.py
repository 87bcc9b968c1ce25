"""A claim re-scorer learnt from what reviewers kept and removed.

The rule-based pre-annotation proposes candidate claims with a hand-set score and the reasons
behind it. Reviewers then keep a candidate (and give it a verdict) or delete it. This module fits
a small logistic regression on those decisions: features are the rule score, which reasons fired,
and a few surface facts of the sentence. It only re-orders and re-weights the candidates the
rules found; it cannot find a claim the rules missed, and ``train-claims`` says how many such
claims reviewers added by hand.

Honest measurement: articles (not claims) are split into training and held-back sets, so
sentences of one article never sit on both sides, and the before/after figures are ROC AUC and
average precision of "the reviewer kept this candidate" on the held-back articles, for the rule
score (before) and the re-scorer (after).

Pre-annotation picks the weights up through :func:`rescore_claims`, which reads the file named by
``LS_FACTCHECK_CLAIM_SCORER`` and leaves claims untouched when it is not set.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from ls_factcheck.schema import Claim

ENV = "LS_FACTCHECK_CLAIM_SCORER"
MIN_PER_CLASS = 5  # fewer decisions of a kind than this teach the model noise, not a pattern
FORMAT_VERSION = 1

# The reason kinds the rules emit (ls_factcheck/preannotate/claim_rules.py, _score): the text before the colon.
REASON_KINDS = ("a number", "a named source", "an official act", "a comparison or record", "a causal statement",
                "hedging", "a date", "a direct quote", "names")
FEATURES = ("rule_score", *(f"reason: {kind}" for kind in REASON_KINDS), "unattributed", "log_words", "has_digit",
            "opens_with_quote", "ends_with_colon", "has_colon_or_dash")
_QUOTES = "„“”\"»«‚‘'"


def features(text: str, reasons: Iterable[str], score: float | None, unattributed: bool) -> list[float]:
    kinds = {reason.split(":", 1)[0].strip() for reason in reasons}
    words = len(text.split())
    stripped = text.strip()
    return [
        float(score or 0.0),
        *(float(kind in kinds) for kind in REASON_KINDS),
        float(unattributed),
        math.log1p(words),
        float(bool(re.search(r"\d", text))),
        float(stripped[:1] in _QUOTES),
        float(stripped.endswith(":")),
        float(bool(re.search(r"[:–—]", stripped[:-1]))),
    ]


@dataclass
class ClaimScorer:
    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]
    features: list[str] = field(default_factory=lambda: list(FEATURES))
    trained_on: dict = field(default_factory=dict)

    def probability(self, text: str, reasons: Iterable[str], score: float | None, unattributed: bool) -> float:
        x = (np.array(features(text, reasons, score, unattributed)) - self.mean) / self.scale
        return float(_sigmoid(float(x @ np.array(self.weights)) + self.bias))

    def rescore(self, claims: list[Claim]) -> list[Claim]:
        """Copies of ``claims`` with the learnt score; the rule score stays readable in the reasons."""
        rescored = []
        for claim in claims:
            p = self.probability(claim.text, claim.reasons, claim.score, claim.unattributed)
            note = f"re-scored from {claim.score:.2f} by the claim scorer trained on {self.trained_on.get('candidates', '?')} reviewed candidates"
            rescored.append(claim.model_copy(update={"score": round(p, 2), "reasons": [*claim.reasons, note]}))
        return rescored

    def save(self, path: str | Path) -> None:
        record = {"format_version": FORMAT_VERSION, "features": self.features, "weights": self.weights,
                  "bias": self.bias, "mean": self.mean, "scale": self.scale, "trained_on": self.trained_on}
        Path(path).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> ClaimScorer:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
        if record.get("format_version") != FORMAT_VERSION or record.get("features") != list(FEATURES):
            raise ValueError(f"{path} was trained with other features; run ls-factcheck train-claims again")
        return cls(record["weights"], record["bias"], record["mean"], record["scale"], record["features"],
                   record.get("trained_on", {}))


@cache
def _cached(path: str, mtime: float) -> ClaimScorer:
    return ClaimScorer.load(path)


def load_scorer(path: str | Path | None = None) -> ClaimScorer | None:
    """The scorer at ``path``, else at ``$LS_FACTCHECK_CLAIM_SCORER``, else None."""
    path = path or os.environ.get(ENV)
    if not path:
        return None
    return _cached(str(path), Path(path).stat().st_mtime)


def rescore_claims(claims: list[Claim], scorer: ClaimScorer | None = None) -> list[Claim]:
    """The hook for pre-annotation: re-score with the trained scorer if one is configured."""
    scorer = scorer or load_scorer()
    return scorer.rescore(claims) if scorer else claims


# --- fitting -----------------------------------------------------------------------------------


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> ClaimScorer:
    """L2-regularised logistic regression by Newton's method (a handful of features, no library needed)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    design = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[-1, -1] = 0.0  # the intercept is not shrunk
    for _ in range(steps):
        p = _sigmoid(design @ w)
        gradient = design.T @ (p - y) + penalty @ w
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return ClaimScorer(weights=[float(v) for v in w[:-1]], bias=float(w[-1]), mean=[float(v) for v in mean],
                       scale=[float(v) for v in scale])


def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """Probability that a kept candidate outscores a removed one (ties count half), from ranks."""
    y = np.asarray(labels, dtype=bool)
    positives, negatives = int(y.sum()), int((~y).sum())
    if not positives or not negatives:
        return None
    values, inverse, counts = np.unique(np.asarray(scores, dtype=float), return_inverse=True, return_counts=True)
    upper = np.cumsum(counts)
    average_rank = (upper - (counts - 1) / 2.0)[inverse]
    return float((average_rank[y].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def average_precision(scores: list[float], labels: list[int]) -> float | None:
    if not any(labels):
        return None
    ranked = sorted(zip(scores, labels), key=lambda pair: -pair[0])
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(ranked, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits


@dataclass
class Example:
    article_id: str
    text: str
    reasons: list[str]
    score: float | None
    unattributed: bool
    kept: int


def held_back(article_id: str, share: float, seed: int) -> bool:
    digest = hashlib.sha1(f"{seed}:{article_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF < share


@dataclass
class TrainingOutcome:
    scorer: ClaimScorer
    train: int
    test: int
    test_kept: int
    manual: int
    before: dict
    after: dict

    def lines(self) -> list[str]:
        def fmt(value):
            return "n/a" if value is None else f"{value:.3f}"

        return [
            f"trained on {self.train} reviewed candidates; held back {self.test} from other articles "
            f"({self.test_kept} kept by reviewers)",
            f"held-back ROC AUC:          before {fmt(self.before['auc'])}  after {fmt(self.after['auc'])}",
            f"held-back average precision: before {fmt(self.before['ap'])}  after {fmt(self.after['ap'])}",
            f"{self.manual} claim(s) were added by hand: the rules missed them and no re-scoring can find them",
        ]


def train(examples: list[Example], manual: int = 0, held_out: float = 0.25, seed: int = 13) -> TrainingOutcome:
    """Fit on the reviewers' decisions of articles not held back; measure on the ones held back.

    ``manual``: how many claims reviewers added by hand (reported, never learnt from).
    """
    train = [e for e in examples if not held_back(e.article_id, held_out, seed)]
    test = [e for e in examples if held_back(e.article_id, held_out, seed)]
    kept = sum(e.kept for e in train)
    if min(kept, len(train) - kept) < MIN_PER_CLASS:
        raise ValueError(f"need at least {MIN_PER_CLASS} reviewed candidates both kept and removed to learn from; "
                         f"the training articles have {kept} kept and {len(train) - kept} removed")

    def matrix(rows: list[Example]) -> np.ndarray:
        return np.array([features(e.text, e.reasons, e.score, e.unattributed) for e in rows], dtype=float)

    scorer = fit(matrix(train), np.array([e.kept for e in train], dtype=float))
    labels = [e.kept for e in test]
    before = [float(e.score or 0.0) for e in test]
    after = [scorer.probability(e.text, e.reasons, e.score, e.unattributed) for e in test]
    scorer.trained_on = {"candidates": len(train), "kept": sum(e.kept for e in train),
                         "articles": len({e.article_id for e in train})}
    measured = {"before": {"auc": roc_auc(before, labels), "ap": average_precision(before, labels)},
                "after": {"auc": roc_auc(after, labels), "ap": average_precision(after, labels)}}
    scorer.trained_on["held_back"] = {"candidates": len(test), **measured}
    return TrainingOutcome(scorer, len(train), len(test), sum(labels), manual, measured["before"], measured["after"])
