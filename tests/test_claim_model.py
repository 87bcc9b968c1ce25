"""The claim model: German sentences the rules propose become CLAIM regions only when it agrees."""

from __future__ import annotations

import json
import re

import pytest

from ls_factcheck.preannotate.claim_model import FEATURES, WEIGHTS, ClaimModel, shipped_model

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
    assert {"wikinews_dev", "wikinews_dev2"} <= set(model.trained_on["sets"])
    assert not any("heldout" in name and "wikinews" in name for name in model.trained_on["sets"])


def test_weights_trained_on_other_features_are_refused(tmp_path):
    stale = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    stale["features"] = stale["features"][:-1]
    path = tmp_path / "claim_model.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        ClaimModel.load(path)
