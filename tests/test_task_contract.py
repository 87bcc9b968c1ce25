"""The task every consumer receives: data columns, regions, relations and checked offsets."""

from __future__ import annotations

import pytest

from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.labels import ATTRIBUTED_TO, CLAIM, LABELS, SOURCE
from ls_factcheck.schema import Annotations, Article, Claim, Entity, OffsetError, Source

TEXT = "Laut Feuerwehr wurden 12 Menschen verletzt. Die Ursache ist unklar."


def article() -> Article:
    return Article(id="brand-7", text=TEXT, title="Brand in Lagerhalle", outlet="Kreisbote",
                   published="2026-05-02", url="https://example.org/brand")


def annotations() -> Annotations:
    return Annotations(
        entities=[Entity(start=22, end=33, text="12 Menschen", label="QUANTITY",
                         normalized={"value": 12.0, "unit": "Menschen"})],
        sources=[Source(id="source-1", start=5, end=14, text="Feuerwehr", cue="laut")],
        claims=[Claim(id="claim-1", start=0, end=43, text=TEXT[:43], score=0.8,
                      reasons=["a number: 12 Menschen", "a named source: Feuerwehr"], source_id="source-1"),
                Claim(id="claim-2", start=44, end=len(TEXT), text=TEXT[44:], score=0.3)],
    )


def test_task_data_carries_article_fields_and_summary_columns():
    data = to_task(article(), annotations(), "v1").data
    assert (data.article_id, data.title, data.outlet, data.published) == ("brand-7", "Brand in Lagerhalle", "Kreisbote", "2026-05-02")
    assert (data.claims, data.max_claim_score, data.unattributed_claims) == (2, 0.8, 1)


def test_claim_is_linked_to_its_source_by_attributed_to():
    result = to_task(article(), annotations(), "v1").predictions[0].result
    relations = [r for r in result if r.type == "relation"]
    assert [(r.from_id, r.to_id, r.labels) for r in relations] == [("claim-1", "source-1", [ATTRIBUTED_TO])]


def test_regions_use_the_interface_label_names_and_show_reasons():
    result = to_task(article(), annotations(), "v1").predictions[0].result
    labels = {r.value.labels[0] for r in result if r.type == "labels"}
    assert labels == {CLAIM, SOURCE, "QUANTITY"} and labels <= set(LABELS.span_labels)
    claim = next(r for r in result if r.type == "labels" and r.id == "claim-1")
    assert claim.score == 0.8
    # a German article: the region details are German, the stored reasons stay English
    assert "Quelle: Feuerwehr" in claim.meta.text[0] and "Zahl: 12 Menschen" in claim.meta.text[0]
    assert claim.meta.reasons == ["a number: 12 Menschen", "a named source: Feuerwehr"]
    unattributed = next(r for r in result if r.type == "labels" and r.id == "claim-2")
    assert unattributed.meta.text[0].startswith("OHNE QUELLE")


def test_an_english_article_gets_english_region_details():
    english = article().model_copy(update={"language": "en"})
    result = to_task(english, annotations(), "v1").predictions[0].result
    claim = next(r for r in result if r.type == "labels" and r.id == "claim-1")
    assert "source: Feuerwehr" in claim.meta.text[0] and "a number: 12 Menschen" in claim.meta.text[0]
    unattributed = next(r for r in result if r.type == "labels" and r.id == "claim-2")
    assert unattributed.meta.text[0].startswith("UNATTRIBUTED")


def test_a_region_whose_offsets_miss_its_text_is_refused_before_sending():
    broken = annotations()
    broken.entities[0] = Entity(start=23, end=34, text="12 Menschen", label="QUANTITY")
    with pytest.raises(OffsetError, match="brand-7"):
        to_task(article(), broken, "v1")


def test_model_version_is_recorded():
    assert to_task(article(), annotations(), "ls-factcheck:de_factcheck-0.1.0").predictions[0].model_version == "ls-factcheck:de_factcheck-0.1.0"
