"""Reviewed in a real Label Studio by two reviewers, exported in every format, read back.

One server for the whole module (starting one costs about ten seconds on two cores): the sample
articles are imported, one reviewer decides five claims in two articles, a second reviewer
(a real second user) re-decides three of them and disagrees on one.
"""

from __future__ import annotations

import csv
import json
import shutil

import httpx
import jsonschema
import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from tools.published_schema import SCHEMA_PATH
from ls_factcheck.export.spacy_docs import read_docs
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.client import connect
from ls_factcheck.studio.server import free_port, start_label_studio

from .conftest import SAMPLES
from ls_factcheck.studio.results import verdict_items

from .reviewing import claim_regions, review

pytestmark = pytest.mark.e2e
PROJECT = "Faktencheck Rundreise"
SECOND = "jonas.kraft@elbkurier.example"
ORG = "Faktencheck-Redaktion"
REVIEW_URL = "https://faktencheck.example/pruefung/{article_id}/{claim_id}"


@pytest.fixture(scope="module")
def reviewed(migrated_studio_dir, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("roundtrip") / "label-studio"
    shutil.copytree(migrated_studio_dir, data_dir)
    studio = start_label_studio(data_dir, port=free_port())
    try:
        result = import_files([SAMPLES], PROJECT, studio.url, studio.token)
        client = connect(studio.url, studio.token)
        tasks = sorted(client.tasks.list(project=result.project_id, fields="all"), key=lambda t: t.id)
        first, second = tasks[0], tasks[1]
        a, b, c = claim_regions(first)[:3]
        d, e = claim_regions(second)[:2]
        review(client, first, {
            a["id"]: ("supported", ["https://landkreis.example/pressemitteilung", "Pressekonferenz, Montag 11 Uhr"], "Zahl bestätigt"),
            b["id"]: ("disputed", ["https://feuerwehr.example/lagebericht"], "Feuerwehr nennt andere Zahl"),
            c["id"]: ("unsourced", ["Keine Quelle gefunden"], ""),
        })
        review(client, second, {
            d["id"]: ("supported", ["https://pegel.example/messstelle-12"], ""),
            e["id"]: ("disputed", ["https://archiv.example/2024"], ""),
        })
        headers = {"Authorization": f"Token {studio.token}"}
        user = httpx.post(f"{studio.url}/api/users/", headers=headers, timeout=30,
                          json={"username": "jonas", "email": SECOND, "password": "Pruefer-2026!"}).json()
        result_items = [dict(i, origin="prediction") if i.get("type") == "labels" else dict(i) for i in first.predictions[0].result]
        result_items += verdict_items(a, "supported", ["https://landkreis.example/pressemitteilung"])
        result_items += verdict_items(b, "supported", ["https://landkreis.example/pressemitteilung"], "Landkreis bestätigt die Zahl")
        result_items += verdict_items(c, "unsourced", ["Auch im Archiv nichts"])
        answer = httpx.post(f"{studio.url}/api/tasks/{first.id}/annotations/", headers=headers, timeout=30,
                            json={"result": result_items, "completed_by": user["id"]})
        answer.raise_for_status()
        yield studio, {"first": first, "second": second, "claims": {"a": a, "b": b, "c": c, "d": d, "e": e}}
    finally:
        studio.stop()


@pytest.fixture(scope="module")
def exported(reviewed, tmp_path_factory):
    studio, _ = reviewed
    out = tmp_path_factory.mktemp("datensatz")
    run = CliRunner().invoke(app, [
        "export", "--project", PROJECT, "--url", studio.url, "--token", studio.token, "-o", str(out),
        "-f", "jsonl", "-f", "csv", "-f", "claimreview", "-f", "fever", "-f", "spacy",
        "--org", ORG, "--review-url", REVIEW_URL, "--resolve", "unanimous"])
    assert run.exit_code == 0, run.output
    return out, run.output


def test_every_reviewed_claim_comes_out_once_in_jsonl_csv_and_fever(exported):
    out, _ = exported
    jsonl = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader((out / "claims.csv").read_text(encoding="utf-8").splitlines()))
    fever = [json.loads(line) for line in (out / "fever.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(jsonl) == len(rows) == len(fever) == 5
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for record in jsonl:
        jsonschema.validate(record, schema)


def test_values_and_offsets_are_exactly_those_reviewed(exported, reviewed):
    out, _ = exported
    _, seen = reviewed
    records = {(r["article_id"], r["claim_id"]): r
               for r in map(json.loads, (out / "claims.jsonl").read_text(encoding="utf-8").splitlines())}
    first, second = seen["first"].data, seen["second"].data
    texts = {first["article_id"]: first["text"], second["article_id"]: second["text"]}
    for key, region in seen["claims"].items():
        article = first if key in "abc" else second
        record = records[article["article_id"], region["id"]]
        assert (record["start"], record["end"], record["claim"]) == (
            region["value"]["start"], region["value"]["end"], region["value"]["text"])
        assert texts[record["article_id"]][record["start"]:record["end"]] == record["claim"]
    a = records[first["article_id"], seen["claims"]["a"]["id"]]
    assert a["verdict"] == "supported" and a["agreement"] == "agreed"
    assert a["evidence"] == ["https://landkreis.example/pressemitteilung"]  # the newer reviewer's, who agreed
    assert records[second["article_id"], seen["claims"]["e"]["id"]]["verdict"] == "disputed"


def test_the_claim_the_reviewers_disagree_on_is_kept_with_both_verdicts(exported, reviewed):
    out, _ = exported
    _, seen = reviewed
    first = seen["first"].data["article_id"]
    b = next(r for r in map(json.loads, (out / "claims.jsonl").read_text(encoding="utf-8").splitlines())
             if (r["article_id"], r["claim_id"]) == (first, seen["claims"]["b"]["id"]))
    assert b["verdict"] is None and b["agreement"] == "conflict"
    verdicts = {r["reviewer"]: (r["verdict"], r["evidence"]) for r in b["reviewers"]}
    assert verdicts[SECOND] == ("supported", ["https://landkreis.example/pressemitteilung"])
    assert ("disputed", ["https://feuerwehr.example/lagebericht"]) in verdicts.values()
    fever = next(r for r in map(json.loads, (out / "fever.jsonl").read_text(encoding="utf-8").splitlines())
                 if (r["article_id"], r["claim_id"]) == (first, seen["claims"]["b"]["id"]))
    assert fever["agreement"] == "conflict" and sorted(fever["reviewer_labels"]) == ["REFUTES", "SUPPORTS"]


def test_claimreview_publishes_the_four_settled_claims_and_reports_the_fifth(exported):
    out, output = exported
    reviews = json.loads((out / "claimreview.jsonld").read_text(encoding="utf-8"))
    assert len(reviews) == 4
    assert all(r["@type"] == "ClaimReview" and r["author"]["name"] == ORG and r["itemReviewed"]["@type"] == "Claim"
               for r in reviews)
    assert "1 claim(s) in conflict left out" in " ".join(output.split())


def test_spacy_docs_hold_the_two_reviewed_articles_with_their_claim_spans(exported, reviewed):
    out, _ = exported
    _, seen = reviewed
    docs = {d.user_data["article_id"]: d for d in read_docs(out / "spacy")}
    assert set(docs) == {seen["first"].data["article_id"], seen["second"].data["article_id"]}
    first = docs[seen["first"].data["article_id"]]
    assert [(s.start_char, s.end_char, s.label_) for s in first.spans["claims"]] == sorted(
        (r["value"]["start"], r["value"]["end"], label)
        for r, label in ((seen["claims"]["a"], "supported"), (seen["claims"]["b"], "conflict"), (seen["claims"]["c"], "unsourced")))


def test_agreement_between_the_two_reviewers_is_reported(exported):
    _, output = exported
    text = " ".join(output.split())
    assert "Cohen's κ" in text and "on 3 claims judged by two or more reviewers (67% identical verdicts)" in text


def test_report_counts_unreviewed_articles_and_shows_the_disputed_claim_with_its_evidence(reviewed, tmp_path):
    studio, seen = reviewed
    target = tmp_path / "bericht.html"
    run = CliRunner().invoke(app, ["report", "--project", PROJECT, "--url", studio.url, "--token", studio.token,
                                   "-o", str(target)])
    assert run.exit_code == 0, run.output
    page = target.read_text(encoding="utf-8")
    assert "<b>2 / 5</b>articles reviewed" in page
    assert "https://archiv.example/2024" in page and seen["claims"]["e"]["value"]["text"].split()[0] in page
    assert SECOND in page
