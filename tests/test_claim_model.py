"""The claim model: German sentences the rules propose become CLAIM regions only when it agrees;
no weights learn from the Wikinews set kept for the next first run."""

from __future__ import annotations

import json
import re

import pytest

from ls_factcheck.preannotate.annotate import annotate_doc
from ls_factcheck.preannotate.claim_model import (
    CLAIM_UNITS,
    ENCODER_WEIGHTS,
    FEATURES,
    WEIGHTS,
    ClaimModel,
    shipped_encoder_model,
    shipped_model,
    unit_vector,
)
from ls_factcheck.preannotate.pipeline import load_pipeline
from tools.claim_model_train import REPO, UNSCORED, scored_sets

from .claims_helpers import annotate_text

MATCH_REPORT = ("Der Klub verlor am Samstag mit 1:2 gegen den Tabellenletzten. "
                "„Wir waren zu passiv“, sagte der Trainer nach dem Spiel.")


def model_probability(reasons: list[str]) -> float:
    found = [float(m[1]) for r in reasons if (m := re.fullmatch(r"claim model: (\d\.\d\d)", r))]
    assert len(found) == 1, reasons
    return found[0]


def test_every_german_claim_shows_how_sure_the_model_is_and_reaches_its_threshold():
    claims = annotate_text("Die Polizei nahm am Montag in Kassel drei Verdächtige fest. "
                           "Laut Staatsanwaltschaft entstand ein Schaden von 40.000 Euro.").claims
    assert len(claims) == 2
    assert all(model_probability(c.reasons) >= shipped_model().threshold for c in claims)


def test_a_coachs_quoted_judgement_after_the_match_report_is_no_claim():
    assert [c.text for c in annotate_text(MATCH_REPORT).claims] == [
        "Der Klub verlor am Samstag mit 1:2 gegen den Tabellenletzten."]


def test_the_score_still_says_how_much_there_is_to_check():
    claims = annotate_text("Die Schule bleibt geschlossen. Laut Schulamt fehlen 40 Lehrkräfte.").claims
    bare, sourced = claims
    assert bare.score < sourced.score


def test_english_articles_keep_the_rules_decision():
    claims = annotate_text("The bridge reopened on Monday after 18 months of repairs.", "en").claims
    assert claims and not any(r.startswith("claim model") for c in claims for r in c.reasons)


def test_the_shipped_weights_fit_the_features_and_say_what_they_were_trained_on():
    model = ClaimModel.load(WEIGHTS)
    assert len(model.weights) == len(FEATURES) and 0.0 < model.threshold < 1.0
    assert {"wikinews_dev", "wikinews_dev2", "claims_dev"} <= set(model.trained_on["sets"])


def test_no_weights_read_the_set_kept_for_the_next_first_run():
    for path in (WEIGHTS, ENCODER_WEIGHTS):
        trained_on = set(ClaimModel.load(path).trained_on["sets"])
        assert UNSCORED and not set(UNSCORED) & trained_on


def test_weights_trained_on_other_features_are_refused(tmp_path):
    stale = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    stale["features"] = stale["features"][:-1]
    path = tmp_path / "claim_model.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        ClaimModel.load(path)


def test_the_accurate_modes_weights_read_its_encoder():
    model = ClaimModel.load(ENCODER_WEIGHTS)
    assert model.encoder_width == 384 and len(model.weights) == len(FEATURES) + 384
    assert set(scored_sets()) <= set(model.trained_on["sets"])
    assert all(name in model.trained_on["sets"] or name in UNSCORED for name in _labelled_wikinews_sets())


def _labelled_wikinews_sets() -> list[str]:
    names = (path.name.removesuffix(".jsonl") for path in (REPO / "eval").glob("wikinews_*.jsonl"))
    return [name for name in names if not name.endswith(("_articles", "_second"))]


def test_weights_of_another_encoder_width_are_refused(tmp_path):
    stale = json.loads(ENCODER_WEIGHTS.read_text(encoding="utf-8"))
    stale["encoder_width"] = 128
    path = tmp_path / "claim_model_encoder.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        ClaimModel.load(path)


def test_the_accurate_mode_decides_with_its_encoders_reading_of_each_sentence():
    nlp = load_pipeline("de_factcheck_accurate")
    text = ("Die Polizei nahm am Montag in Kassel drei Verdächtige fest. "
            "Laut Staatsanwaltschaft entstand ein Schaden von 40.000 Euro.")
    doc = nlp(text)
    claims = annotate_doc(doc, "de").claims
    model = shipped_encoder_model()
    assert len(claims) == 2
    for claim in claims:
        features = next(f for start, end, f in doc.user_data[CLAIM_UNITS] if start == claim.start)
        expected = model.probability([*features, *unit_vector(doc, claim.start, claim.end)])
        assert model_probability(claim.reasons) == pytest.approx(expected, abs=0.005)
        assert expected >= model.threshold


def test_the_default_pipeline_keeps_the_model_without_the_encoder():
    doc = load_pipeline(None)("Die Polizei nahm am Montag in Kassel drei Verdächtige fest.")
    claims = annotate_doc(doc, "de").claims
    features = doc.user_data[CLAIM_UNITS][0][2]
    assert model_probability(claims[0].reasons) == pytest.approx(shipped_model().probability(features), abs=0.005)
