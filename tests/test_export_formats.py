"""Each export format, parsed back: what a desk publishing it or a model training on it receives."""

from __future__ import annotations

import csv
import json

import jsonschema
import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from tools.published_schema import SCHEMA_PATH, rendered
from ls_factcheck.export.run import ExportOptions, make_writers, plan_outputs, run_export
from ls_factcheck.export.spacy_docs import read_docs
from tools.synthetic_export import ArticleBuilder, span_item
from ls_factcheck.export.writers import check_claimreview

STROM = "Die Stadtwerke Marbeck erhöhen den Strompreis zum 1. April um 14 Prozent, wie eine Sprecherin des Unternehmens am Dienstag mitteilte."
HAUSHALT = "Nach Angaben der Verbraucherzentrale zahlt ein Haushalt mit drei Personen damit rund 190 Euro mehr im Jahr."
LENZ = "Bürgermeister Tobias Lenz nannte die Erhöhung „bitter, aber unvermeidlich“."
VORJAHR = "Im vergangenen Jahr waren die Preise bereits zweimal gestiegen."
SIE = "Sie betonte, die Kundinnen und Kunden würden im Februar per Brief informiert."
ORG = "Faktencheck-Redaktion Elbkurier"
URL_TEMPLATE = "https://faktencheck.example/pruefung/{article_id}/{claim_id}"


def strompreis_article() -> ArticleBuilder:
    article = ArticleBuilder("strom-marbeck", outlet="Elbkurier", title="Strom in Marbeck wird teurer",
                             url="https://elbkurier.example/marbeck/strompreis", published="2026-02-17")
    article.sentence("Von Lena Sommer")
    article.claim(STROM, 0.85, ["a number: 14 Prozent", "a named source: eine Sprecherin des Unternehmens"],
                  source="eine Sprecherin des Unternehmens")
    article.claim(HAUSHALT, 0.8, ["a number: rund 190 Euro", "a named source: Verbraucherzentrale"],
                  source="Verbraucherzentrale")
    article.claim(LENZ, 0.5, ["names: Tobias Lenz", "a direct quote"])
    article.claim(VORJAHR, 0.45, ["a comparison or record: gestiegen"])
    article.claim(SIE, 0.5, ["a named source: eine Sprecherin des Unternehmens"], source="Sie")
    # The pre-annotation says whom "Sie" means; the export must carry that name, not the pronoun.
    next(r for r in article.regions if r["value"]["text"] == "Sie")["meta"] = {"resolved": "eine Sprecherin des Unternehmens"}
    article.entity("Stadtwerke Marbeck", "ORG", within=STROM)
    article.entity("14 Prozent", "QUANTITY", within=STROM, normalized={"value": 14.0, "unit": "%"})
    article.entity("am Dienstag", "DATE", within=STROM)
    article.entity("rund 190 Euro", "QUANTITY", within=HAUSHALT, normalized={"value": 190.0, "unit": "EUR"})
    article.entity("Tobias Lenz", "PER", within=LENZ)
    return article


def reviewed_task(second_reviewer: bool = False) -> dict:
    article = strompreis_article()
    first = article.annotation(101, "anna.berg@elbkurier.example", {
        "claim-1": ("supported", ["https://stadtwerke-marbeck.example/presse/preise-2026", "Pressemitteilung vom 17.02.2026"],
                    "Preisblatt liegt vor"),
        "claim-2": ("disputed", ["https://verbraucherzentrale.example/rechner"], "Rechner ergibt 160 Euro"),
        "claim-4": ("unsourced", ["Keine Preisänderung 2025 im Archiv gefunden"]),
        "claim-5": ("supported", ["Kundenschreiben liegt vor"]),
    }, when="2026-02-18T09:00:00Z", drop=("claim-3",))
    annotations = [first]
    if second_reviewer:
        annotations.append(article.annotation(102, "jonas.kraft@elbkurier.example", {
            "claim-1": ("supported", ["https://stadtwerke-marbeck.example/presse/preise-2026"]),
            "claim-2": ("supported", ["https://verbraucherzentrale.example/rechner"], "Zahl stimmt mit dem Rechner"),
            "claim-4": ("unsourced", ["Nichts gefunden"]),
        }, when="2026-02-19T15:30:00Z", drop=("claim-3",)))
    return article.task(7, annotations)


def export(tmp_path, tasks, formats, **options):
    plan = plan_outputs(formats, tmp_path / "out")
    defaults = {"organisation": ORG, "review_url": URL_TEMPLATE}
    writers = make_writers(plan, ExportOptions(**{**defaults, **options}))
    return plan, run_export(tasks, writers, options.get("resolve", "latest"))


def test_every_jsonl_line_validates_against_the_published_json_schema(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task(second_reviewer=True)], ["jsonl"])
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    lines = plan["jsonl"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_the_published_json_schema_file_matches_the_model():
    assert SCHEMA_PATH.name == "verified_claim.v1.json"
    assert SCHEMA_PATH.read_text(encoding="utf-8") == rendered(), \
        "run: python -m tools.published_schema"


def test_jsonl_keeps_offsets_source_entities_and_evidence_exactly(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["jsonl"])
    text = strompreis_article().text
    claims = {c["claim_id"]: c for c in map(json.loads, plan["jsonl"].read_text(encoding="utf-8").splitlines())}
    strom = claims["claim-1"]
    assert text[strom["start"]:strom["end"]] == strom["claim"] == STROM
    assert strom["source"] == "eine Sprecherin des Unternehmens"
    assert text[strom["source_start"]:strom["source_end"]] == strom["source"]
    assert [(e["label"], e["text"]) for e in strom["entities"]] == [
        ("ORG", "Stadtwerke Marbeck"), ("QUANTITY", "14 Prozent"), ("DATE", "am Dienstag")]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in strom["entities"])
    assert strom["evidence"] == ["https://stadtwerke-marbeck.example/presse/preise-2026", "Pressemitteilung vom 17.02.2026"]
    assert claims["claim-5"]["source"] == "Sie"
    assert claims["claim-5"]["source_resolved"] == "eine Sprecherin des Unternehmens"
    assert "claim-3" not in claims  # removed by the reviewer, never verified


def test_csv_has_one_row_per_claim_with_evidence_joined_and_a_bom_for_spreadsheets(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["csv"], bom=True)
    raw = plan["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["verdict"] for r in rows] == ["supported", "disputed", "unsourced", "supported"]
    assert rows[0]["evidence"] == "https://stadtwerke-marbeck.example/presse/preise-2026 | Pressemitteilung vom 17.02.2026"
    assert rows[0]["claim"] == STROM


def test_claimreview_maps_verdicts_to_a_three_point_rating(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["claimreview"])
    reviews = json.loads(plan["claimreview"].read_text(encoding="utf-8"))
    ratings = {r["claimReviewed"]: r["reviewRating"] for r in reviews}
    assert ratings[STROM] == {"@type": "Rating", "ratingValue": 3, "bestRating": 3, "worstRating": 1, "alternateName": "Belegt"}
    assert (ratings[HAUSHALT]["ratingValue"], ratings[HAUSHALT]["alternateName"]) == (1, "Strittig")
    assert (ratings[VORJAHR]["ratingValue"], ratings[VORJAHR]["alternateName"]) == (2, "Unbelegt")


def test_claimreview_objects_carry_every_required_and_recommended_field(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["claimreview"])
    reviews = json.loads(plan["claimreview"].read_text(encoding="utf-8"))
    assert len(reviews) == 4
    for review in reviews:
        assert check_claimreview(review) == ([], [])
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": ORG}
        assert review["itemReviewed"]["appearance"]["url"] == "https://elbkurier.example/marbeck/strompreis"
        assert review["itemReviewed"]["datePublished"] == "2026-02-17"
        assert review["datePublished"] == "2026-02-18"
    strom = next(r for r in reviews if r["claimReviewed"] == STROM)
    assert strom["url"] == "https://faktencheck.example/pruefung/strom-marbeck/claim-1"
    # a spokeswoman is a person, whatever she speaks for
    assert strom["itemReviewed"]["author"] == {"@type": "Person", "name": "eine Sprecherin des Unternehmens"}


def test_claimreview_names_the_person_a_pronoun_source_refers_to_and_the_outlet_for_unattributed_claims(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["claimreview"])
    authors = {r["claimReviewed"]: r["itemReviewed"]["author"]
               for r in json.loads(plan["claimreview"].read_text(encoding="utf-8"))}
    assert authors[SIE] == {"@type": "Person", "name": "eine Sprecherin des Unternehmens"}
    assert authors[VORJAHR] == {"@type": "Organization", "name": "Elbkurier"}


def test_claimreview_leaves_out_a_claim_reviewers_disagree_on_and_says_so(tmp_path):
    plan, result = export(tmp_path, [reviewed_task(second_reviewer=True)], ["claimreview", "jsonl"], resolve="unanimous")
    reviews = json.loads(plan["claimreview"].read_text(encoding="utf-8"))
    assert HAUSHALT not in {r["claimReviewed"] for r in reviews}
    written = {w.format: w for w in result.written}
    assert written["claimreview"].skipped == 1 and "conflict" in written["claimreview"].note
    assert written["jsonl"].records == 4


def test_claimreview_without_an_organisation_fails_before_reading_any_task(tmp_path):
    with pytest.raises(ValueError, match="--org"):
        make_writers(plan_outputs(["claimreview"], tmp_path), ExportOptions(review_url=URL_TEMPLATE))
    with pytest.raises(ValueError, match="--review-url"):
        make_writers(plan_outputs(["claimreview"], tmp_path),
                     ExportOptions(organisation=ORG, review_url="https://x.example/{artikel}"))


def test_fever_maps_verdicts_to_labels_with_the_reviewers_sources_as_evidence(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["fever"])
    records = {r["claim"]: r for r in map(json.loads, plan["fever"].read_text(encoding="utf-8").splitlines())}
    assert {claim: r["label"] for claim, r in records.items()} == {
        STROM: "SUPPORTS", HAUSHALT: "REFUTES", VORJAHR: "NOT ENOUGH INFO", SIE: "SUPPORTS"}
    strom = records[STROM]
    assert isinstance(strom["id"], int) and strom["verifiable"] == "VERIFIABLE"
    assert strom["evidence"] == [[[101, 0, "https://stadtwerke-marbeck.example/presse/preise-2026", None],
                                  [101, 1, "Pressemitteilung vom 17.02.2026", None]]]
    assert records[VORJAHR]["verifiable"] == "NOT VERIFIABLE"


def test_fever_keeps_a_conflict_as_not_enough_info_with_every_reviewers_label(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task(second_reviewer=True)], ["fever"], resolve="unanimous")
    haushalt = next(r for r in map(json.loads, plan["fever"].read_text(encoding="utf-8").splitlines())
                    if r["claim"] == HAUSHALT)
    assert haushalt["label"] == "NOT ENOUGH INFO" and haushalt["agreement"] == "conflict"
    assert haushalt["reviewer_labels"] == ["REFUTES", "SUPPORTS"]
    assert len(haushalt["evidence"]) == 2


def test_spacy_docbin_loads_one_doc_per_article_with_claims_entities_and_sources(tmp_path):
    unreviewed = strompreis_article().task(8)
    plan, _ = export(tmp_path, [reviewed_task(), unreviewed], ["spacy"])
    docs = list(read_docs(plan["spacy"]))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.text == strompreis_article().text
    assert [(s.text, s.label_) for s in doc.spans["claims"]] == [
        (STROM, "supported"), (HAUSHALT, "disputed"), (VORJAHR, "unsourced"), (SIE, "supported")]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Stadtwerke Marbeck", "ORG"), ("14 Prozent", "QUANTITY"), ("am Dienstag", "DATE"),
        ("rund 190 Euro", "QUANTITY"), ("Tobias Lenz", "PER")]
    assert {s.text for s in doc.spans["sources"]} == {"eine Sprecherin des Unternehmens", "Verbraucherzentrale", "Sie"}
    assert [s.text for s in doc.spans["rejected_claims"]] == [LENZ]
    assert doc.user_data["article_id"] == "strom-marbeck"


def test_spacy_export_is_split_into_shards_that_read_back_in_order(tmp_path):
    tasks = []
    for n in range(5):
        task = reviewed_task()
        task["id"], task["data"]["article_id"] = n, f"strom-{n}"
        tasks.append(task)
    plan, result = export(tmp_path, tasks, ["spacy"], shard_size=2)
    assert sorted(p.name for p in plan["spacy"].iterdir()) == ["part-00000.spacy", "part-00001.spacy", "part-00002.spacy"]
    assert [d.user_data["article_id"] for d in read_docs(plan["spacy"])] == [f"strom-{n}" for n in range(5)]


def test_a_hand_drawn_claim_with_spaces_around_it_is_exported_without_them(tmp_path):
    article = strompreis_article()
    start, end = article.locate(VORJAHR)
    drawn = span_item("manual-1", article.text, start - 1, end, "CLAIM", origin="manual")
    annotation = article.annotation(103, "anna.berg@elbkurier.example", {"manual-1": ("unsourced", ["Archiv"])},
                                    add=[drawn], drop=("claim-4",))
    plan, _ = export(tmp_path, [article.task(9, [annotation])], ["jsonl"])
    record = json.loads(plan["jsonl"].read_text(encoding="utf-8"))
    assert (record["start"], record["end"], record["claim"]) == (start, end, VORJAHR)


def test_output_goes_to_a_folder_to_a_single_file_or_to_a_path_per_format(tmp_path):
    assert plan_outputs(["jsonl", "csv"], tmp_path) == {"jsonl": tmp_path / "claims.jsonl", "csv": tmp_path / "claims.csv"}
    assert plan_outputs(["csv"], tmp_path / "redaktion.csv") == {"csv": tmp_path / "redaktion.csv"}
    assert plan_outputs(["jsonl"], tmp_path, [f"fever={tmp_path / 'train.jsonl'}"]) == {
        "jsonl": tmp_path / "claims.jsonl", "fever": tmp_path / "train.jsonl"}
    with pytest.raises(ValueError, match="unknown format"):
        plan_outputs(["xlsx"], tmp_path)


def test_export_command_writes_every_format_in_one_run(tmp_path):
    source = tmp_path / "export.json"
    source.write_text(json.dumps([reviewed_task(second_reviewer=True)]), encoding="utf-8")
    out = tmp_path / "datensatz"
    result = CliRunner().invoke(app, [
        "export", "--from-file", str(source), "-o", str(out), "--format", "jsonl", "--format", "csv",
        "--format", "claimreview", "--format", "fever", "--format", "spacy", "--org", ORG, "--review-url", URL_TEMPLATE,
        "--resolve", "majority"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["claimreview.jsonld", "claims.csv", "claims.jsonl", "fever.jsonl", "spacy"]
    assert "jsonl: wrote 4 verified claim(s)" in result.output
    assert "Cohen's κ" in result.output


def test_an_export_that_fails_midway_keeps_the_previous_files_and_leaves_no_partial_ones(tmp_path):
    plan, _ = export(tmp_path, [reviewed_task()], ["jsonl", "claimreview", "spacy"])
    before = plan["jsonl"].read_text(encoding="utf-8")

    def broken_connection():
        yield reviewed_task()
        raise OSError("Label Studio closed the connection")

    writers = make_writers(plan, ExportOptions(organisation=ORG, review_url=URL_TEMPLATE, force=True))
    with pytest.raises(OSError, match="closed the connection"):
        run_export(broken_connection(), writers)
    assert plan["jsonl"].read_text(encoding="utf-8") == before
    assert len(list(read_docs(plan["spacy"]))) == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["claimreview.jsonld", "claims.jsonl", "spacy"]


def test_a_jsonl_record_stays_one_line_when_the_claim_contains_unicode_line_separators(tmp_path):
    claim = "Der Tarif steigt um 14 Prozent,\u2028teilte der Versorger mit.\u2029Die Kunden\u0085werden informiert."
    article = ArticleBuilder("tarif-marbeck", outlet="Elbkurier", title="Tarif")
    article.claim(claim, 0.8, ["a number: 14 Prozent"])
    task = article.task(8, [article.annotation(101, "anna.berg@elbkurier.example", {"claim-1": ("supported", ["Tarifblatt"])},
                                               when="2026-02-18T09:00:00Z")])
    plan, _ = export(tmp_path, [task], ["jsonl"])
    lines = plan["jsonl"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["claim"] == claim


@pytest.mark.parametrize("source, resolved, kind", [
    ("Er", "Jonas Effinger", "Person"),
    ("der 63-Jährige", None, "Person"),
    ("Die Ministerin", None, "Person"),
    ("Die Stadtwerke", None, "Organization"),
    ("Sie", "Stadtwerke Lindenau", "Organization"),
])
def test_claimreview_types_the_source_as_person_or_organisation(source, resolved, kind):
    from ls_factcheck.export.writers import claim_author
    from ls_factcheck.schema import VerifiedClaim

    claim = VerifiedClaim.model_construct(source=source, source_resolved=resolved, source_start=0,
                                          source_end=len(source), entities=[], outlet="Elbkurier")
    assert claim_author(claim) == {"@type": kind, "name": resolved or source}
