"""The claim model: which sentences of a German article become CLAIM regions, and how sure it is.

The rules (``claim_rules.py``) give every sentence either the reasons it is check-worthy or the
reason it is no claim (a view, a prediction, an evaluation, ...). On real news the rules alone
mark too many sentences: opinions inside quotes, review prose and intentions pass them. The claim
model is a logistic regression over what the rules found and a few surface facts of the sentence
(modal verbs, tense, negation, names, numbers, quotes, first person), trained on the project's own
sentence labels: real German Wikinews articles and the hand-written sets in ``eval/`` (never on
NC-licensed data). It only takes back sentences the rules proposed: a proposed sentence becomes a
CLAIM region when the model's probability reaches ``threshold`` (kept in the weights file). The
region's score stays the rules' check-worthiness (how much there is to check); the reviewer sees
the rule reasons and the model's probability ("claim model: 0.87") in the region details.

``tools/claim_model_train.py`` rebuilds ``claim_model.json`` from the gold files; the figures are
in docs/claims.md. Only German articles use it; other languages keep the rules' decision.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from spacy.tokens import Doc

from ls_factcheck.labels import DATE, QUANTITY
from ls_factcheck.preannotate.attribution.tokens import Token
from ls_factcheck.preannotate.claim_scorer import REASON_KINDS
from ls_factcheck.preannotate.stances import EVALUATIONS
from ls_factcheck.schema import Entity

WEIGHTS = Path(__file__).with_name("claim_model.json")
# The accurate mode's claim model: the same features and the encoder's hidden states of the sentence
ENCODER_WEIGHTS = Path(__file__).with_name("claim_model_encoder.json")
# Where find_claims leaves each sentence's (start, end, features) in ``doc.user_data``.
CLAIM_UNITS = "claim_model_units"
FORMAT_VERSION = 1

# The rules' reasons for "no claim" (claim_rules._not_a_claim), the text before a colon, grouped
# where one alone is too rare to weigh.
VERDICT_KINDS = {
    "question": "question", "appeal": "appeal", "request to readers": "appeal", "no words": "fragment",
    "open question": "open question", "speculation": "speculation",
    "a prediction or possibility on record": "prediction on record", "prediction": "prediction",
    "opinion": "opinion", "evaluation": "evaluation", "an evaluation": "evaluation",
    "an evaluation on record": "evaluation on record", "opinion of unnamed experts": "unnamed opinion",
    "opinion of an unnamed group": "unnamed opinion", "generalisation": "opinion",
    "opinion piece": "opinion", "fragment": "fragment", "a view, not an act": "view",
    "a demand on record": "demand on record",
}
_KINDS = tuple(dict.fromkeys(VERDICT_KINDS.values()))

_MODAL = {"könnte", "könnten", "dürfte", "dürften", "würde", "würden", "wäre", "wären", "sollte", "sollten",
          "müsste", "müssten", "möglicherweise", "vielleicht", "wohl", "vermutlich", "eventuell"}
_REPORTED_MODAL = {"soll", "sollen"}
_SUBJUNCTIVE = {"sei", "seien", "habe", "hätten", "hätte", "werde", "könne", "müsse", "gebe", "wolle"}
_PAST = {"wurde", "wurden", "war", "waren", "hatte", "hatten", "hat", "haben", "ist", "sind", "gab", "kam", "kamen"}
_FUTURE = {"will", "wollen", "plant", "planen", "soll", "sollen", "wird", "werden"}
_NEGATION = {"nicht", "kein", "keine", "keinen", "keiner", "keines", "nie", "niemals"}
_FIRST_PERSON = {"ich", "wir", "uns", "unser", "unsere", "unseren", "mir", "mich"}
_PARTICIPLE = re.compile(r"^ge\w{2,}(?:t|en)$")
_QUOTES = "„“”\"»«"

FEATURES = (
    "rules: a claim", *(f"rules, no claim: {kind}" for kind in _KINDS), "rule score",
    *(f"reason: {kind}" for kind in REASON_KINDS), "source in the sentence", "source carried over",
    "log words", "a quantity", "a date", "a person", "an organisation", "a place", "another name",
    "conditional or possible", "reported 'soll'", "subjunctive", "past tense", "participle", "future or plan",
    "negation", "first person", "evaluative word", "inside quotes", "own line", "first sentence", "ends with colon",
)


def unit_features(tokens: Sequence[Token], entities: Sequence[Entity], verdict: str | None, score: float,
                  reasons: Sequence[str], own_source: bool, carried_source: bool, own_line: bool,
                  first: bool, text: str) -> list[float]:
    """What the model sees of one sentence (the order of ``FEATURES``)."""
    kind = VERDICT_KINDS.get((verdict or "").split(":", 1)[0].strip()) if verdict else None
    reason_kinds = {reason.split(":", 1)[0].strip() for reason in reasons}
    words = [t.lower for t in tokens if t.word]
    lowered = set(words)
    labels = {e.label for e in entities}
    stripped = text.strip()
    quoted = sum(1 for c in text if c in _QUOTES) >= 2 or stripped[:1] in _QUOTES
    return [
        float(verdict is None),
        *(float(kind == k) for k in _KINDS),
        float(score),
        *(float(k in reason_kinds) for k in REASON_KINDS),
        float(own_source),
        float(carried_source and not own_source),
        math.log1p(len(words)),
        float(QUANTITY in labels),
        float(DATE in labels),
        float("PER" in labels),
        float("ORG" in labels),
        float("LOC" in labels),
        float("MISC" in labels),
        float(bool(lowered & _MODAL) or "falls" in lowered or "wenn" in lowered),
        float(bool(lowered & _REPORTED_MODAL)),
        float(bool(lowered & _SUBJUNCTIVE)),
        float(bool(lowered & _PAST)),
        float(any(_PARTICIPLE.match(w) for w in words)),
        float(bool(lowered & _FUTURE)),
        float(bool(lowered & _NEGATION)),
        float(bool(lowered & _FIRST_PERSON)),
        float(bool(lowered & EVALUATIONS)),
        float(quoted),
        float(own_line),
        float(first),
        float(stripped.endswith(":")),
    ]


@dataclass(frozen=True)
class ClaimModel:
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    trained_on: dict
    encoder_width: int = 0  # > 0: the features end with the sentence's mean encoder state (``unit_vector``)

    @cached_property
    def _linear(self) -> tuple[list[float], float]:
        """The standardisation folded into the weights: one dot product per sentence."""
        coefficients = [w / s for w, s in zip(self.weights, self.scale)]
        return coefficients, self.bias - sum(c * m for c, m in zip(coefficients, self.mean))

    def probability(self, features: Sequence[float]) -> float:
        coefficients, offset = self._linear
        z = offset + sum(c * x for c, x in zip(coefficients, features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: str | Path = WEIGHTS) -> None:
        record = {"format_version": FORMAT_VERSION, "features": list(FEATURES), "encoder_width": self.encoder_width,
                  "weights": list(self.weights), "bias": self.bias, "mean": list(self.mean),
                  "scale": list(self.scale), "threshold": self.threshold, "trained_on": self.trained_on}
        Path(path).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path = WEIGHTS) -> ClaimModel:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
        width = int(record.get("encoder_width", 0))
        if record.get("format_version") != FORMAT_VERSION or record.get("features") != list(FEATURES) \
                or len(record["weights"]) != len(FEATURES) + width:
            raise ValueError(f"{path} was trained with other features; run tools/claim_model_train.py again")
        return cls(tuple(record["weights"]), record["bias"], tuple(record["mean"]), tuple(record["scale"]),
                   record["threshold"], record.get("trained_on", {}), width)


@cache
def shipped_model() -> ClaimModel | None:
    """The weights that ship with the package (None before the first training)."""
    return ClaimModel.load(WEIGHTS) if WEIGHTS.exists() else None


@cache
def shipped_encoder_model() -> ClaimModel | None:
    """The accurate mode's weights (None before its first training)."""
    return ClaimModel.load(ENCODER_WEIGHTS) if ENCODER_WEIGHTS.exists() else None


def unit_vector(doc: Doc, start: int, end: int) -> list[float]:
    """The mean hidden state of a sentence's tokens, as the accurate mode's encoder left them in
    ``doc.tensor`` (``encoder_ner``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    rows = [token.i for token in span if not token.is_space] if span is not None else []
    if not rows:
        return [0.0] * doc.tensor.shape[1]
    return doc.tensor[rows].mean(axis=0).tolist()
