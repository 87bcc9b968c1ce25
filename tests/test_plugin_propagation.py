"""How a verdict becomes a suggestion on a sibling claim, without a server."""

from __future__ import annotations

from ls_factcheck.backend.propagation import VerdictOrigin, has_suggestions, wanted_result
from ls_factcheck.labels import CLAIM, LABELS
from ls_factcheck.studio.results import reviewed_claims, verdict_items

TEXT = "Die Talbrücke bei Karstedt bleibt bis Ende Mai gesperrt. Der Stadtrat tagt am Montag."


def region(region_id: str, start: int, end: int, label: str = CLAIM, **meta) -> dict:
    return {"id": region_id, "type": "labels", "from_name": LABELS.span_control, "to_name": LABELS.text_object,
            "origin": "prediction", "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]},
            **({"meta": meta} if meta else {})}


FIRST = region("claim-1", 0, 56, text=["score 0.70"])
SECOND = region("claim-2", 57, len(TEXT))
BASE = [FIRST, SECOND]
# The reviewer's claim in the other article, as the one reader of results reads it.
REVIEWED_TEXT = "Die Brücke bleibt bis Ende Mai gesperrt, teilte der Landkreis mit."
REVIEWED_REGION = {**region("claim-7", 0, len(REVIEWED_TEXT)),
                   "value": {"start": 0, "end": len(REVIEWED_TEXT), "text": REVIEWED_TEXT, "labels": [CLAIM]}}
REVIEWED = reviewed_claims({"id": 99, "result": [
    REVIEWED_REGION, *verdict_items(REVIEWED_REGION, "supported", ["https://example.org/sperrung"], "amtlich")]})[0]
FROM_12 = VerdictOrigin(12, 99, "karstedt-a", "Kreisblatt", "Brücke gesperrt")
FROM_13 = VerdictOrigin(13, 100, "karstedt-b", "Tagespost", "Sperrung bis Mai")


def test_the_suggestion_keeps_the_preannotation_and_adds_the_verdict_on_the_sibling_claim():
    result = wanted_result(BASE, None, {"claim-1": (REVIEWED, FROM_12)}, source_task=12)
    marked = next(i for i in result if i["id"] == "claim-1" and i["type"] == "labels")
    assert marked["meta"]["propagated_from"] == {"task": 12, "annotation": 99, "article_id": "karstedt-a",
                                                 "claim_id": "claim-7", "verdict": "supported"}
    assert marked["meta"]["text"][0].startswith("score 0.70; suggested verdict: supported (propagated from task 12")
    by_control = {i["from_name"]: i["value"] for i in result if i["id"] == "claim-1" and i["type"] != "labels"}
    assert by_control[LABELS.verdict_control]["choices"] == ["supported"]
    assert by_control[LABELS.evidence_control]["text"] == ["https://example.org/sperrung"]
    assert by_control[LABELS.notes_control]["text"] == ["amtlich"]
    assert next(i for i in result if i["id"] == "claim-2") == SECOND


def test_computing_the_suggestion_again_from_the_stored_one_gives_the_same_result():
    first = wanted_result(BASE, None, {"claim-1": (REVIEWED, FROM_12)}, source_task=12)
    assert wanted_result(BASE, first, {"claim-1": (REVIEWED, FROM_12)}, source_task=12) == first


def test_suggestions_from_another_source_task_stay():
    first = wanted_result(BASE, None, {"claim-1": (REVIEWED, FROM_12)}, source_task=12)
    both = wanted_result(BASE, first, {"claim-2": (REVIEWED, FROM_13)}, source_task=13)
    origins = {i["id"]: i["meta"]["propagated_from"]["task"] for i in both if (i.get("meta") or {}).get("propagated_from")}
    assert origins == {"claim-1": 12, "claim-2": 13}


def test_a_withdrawn_verdict_leaves_no_suggestion_from_its_source():
    first = wanted_result(BASE, None, {"claim-1": (REVIEWED, FROM_12)}, source_task=12)
    assert not has_suggestions(wanted_result(BASE, first, {}, source_task=12))
