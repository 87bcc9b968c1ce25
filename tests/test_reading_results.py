"""One reader of Label Studio results: export, grouping and propagation see the same review."""

from __future__ import annotations

from ls_factcheck.backend.propagation import VerdictOrigin, wanted_result
from ls_factcheck.export.review import review_task, verified_claims
from ls_factcheck.grouping.crossref import stored_records
from ls_factcheck.labels import LABELS
from ls_factcheck.studio.results import base_prediction, reviewed_claims, verdict_items
from tools.synthetic_export import ArticleBuilder

SPERRUNG = "Die Talbrücke bei Karstedt bleibt nach Angaben des Landkreises bis Ende Mai gesperrt."
UMLEITUNG = "Die Umleitung über Hohenfurt verlängert die Fahrt um zwölf Minuten."


def karstedt() -> ArticleBuilder:
    article = ArticleBuilder("karstedt-a", outlet="Kreisblatt", title="Brücke gesperrt")
    article.claim(SPERRUNG, source="des Landkreises")
    article.claim(UMLEITUNG)
    return article


def annotation_with_evidence(article: ArticleBuilder, evidence: list[str]) -> dict:
    return article.annotation(7, "pruefer@desk.example", {"claim-1": ("supported", evidence, "amtlich bestätigt\n")})


def test_verdict_evidence_and_notes_are_read_by_the_claim_region_id():
    [claim] = reviewed_claims(annotation_with_evidence(karstedt(), ["https://landkreis.example/sperrung\n"]))
    assert (claim.region.id, claim.region.verdict) == ("claim-1", "supported")
    assert claim.region.evidence == ["https://landkreis.example/sperrung"]
    assert claim.region.notes == "amtlich bestätigt"
    assert claim.source is not None and claim.source.text == "des Landkreises"


def test_a_claim_without_a_verdict_is_not_reviewed():
    article = karstedt()
    assert reviewed_claims(article.annotation(7, "pruefer@desk.example", {})) == []


def test_a_choice_the_interface_does_not_define_is_no_verdict():
    article = karstedt()
    annotation = article.annotation(7, "pruefer@desk.example", {"claim-1": ("vielleicht", [])})
    assert reviewed_claims(annotation) == []


def test_evidence_typed_on_several_lines_is_one_citation_per_line_in_export_and_propagation():
    article = karstedt()
    typed = ["https://landkreis.example/sperrung\nPressemitteilung vom 3. März, S. 2"]
    task = article.task(5, [annotation_with_evidence(article, typed)])
    expected = ["https://landkreis.example/sperrung", "Pressemitteilung vom 3. März, S. 2"]

    [exported] = verified_claims([task])
    [reviewed] = reviewed_claims(task["annotations"][0])
    sibling = ArticleBuilder("karstedt-b", outlet="Tagespost")
    sibling.claim(SPERRUNG)
    suggested = wanted_result(sibling.prediction_result(), None,
                              {"claim-1": (reviewed, VerdictOrigin(5, 7, "karstedt-a", "Kreisblatt", ""))}, source_task=5)
    evidence_item = next(i for i in suggested if i.get("from_name") == LABELS.evidence_control)

    assert exported.evidence == expected
    assert evidence_item["value"]["text"] == expected


def with_second_backend(task: dict) -> dict:
    """The task as Label Studio lists it with our pre-annotation and a newer one of another ML backend."""
    ours = dict(task["predictions"][0], id=11, model_version="ls-factcheck:de_factcheck-0.2.0")
    other = {"id": 12, "model_version": "ner-backend-v3", "score": 0.9,
             "result": [r for r in ours["result"] if r.get("id") == "claim-2"]}
    return dict(task, predictions=[ours, other])


def test_our_pre_annotation_is_the_base_even_when_another_backend_predicted_later():
    task = with_second_backend(karstedt().task(5))
    assert base_prediction(task["predictions"])["id"] == 11


def test_export_and_grouping_read_the_same_pre_annotation_with_a_second_backend_on_the_project():
    task = with_second_backend(karstedt().task(5))
    candidates = [region.id for region in review_task(task).candidates]
    grouped = [record.claim_id for record in stored_records(task)]
    assert candidates == grouped == ["claim-1", "claim-2"]


def test_a_suggestion_of_the_plugin_is_never_the_pre_annotation():
    task = karstedt().task(5)
    task["predictions"] = [dict(task["predictions"][0], id=11, model_version="ls-factcheck:de_factcheck-0.2.0"),
                           {"id": 13, "model_version": "ls-factcheck:propagated", "result": []}]
    assert base_prediction(task["predictions"])["id"] == 11
