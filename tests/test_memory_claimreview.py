"""Other fact-checkers' ClaimReview records go into the memory; a broken one is named, the rest imported."""

from __future__ import annotations

import json

import pytest

from ls_factcheck.export.writers import claimreview
from ls_factcheck.memory.claimreview import read_claimreviews
from ls_factcheck.memory.remember import import_claimreviews, search
from ls_factcheck.preannotate.pipeline import load_pipeline

from .memory_helpers import verified

PAGE = """<!doctype html>
<html lang="de"><head><title>Faktencheck: Wurde das Wasserwerk in Lauenburg geschlossen?</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ClaimReview",
 "url": "https://pruefstelle.example/faktencheck/wasserwerk-lauenburg",
 "claimReviewed": "Das Wasserwerk in Lauenburg ist seit Montag wegen verunreinigten Trinkwassers geschlossen.",
 "author": {"@type": "Organization", "name": "Prüfstelle Nord"},
 "datePublished": "2026-03-04",
 "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Falsch"},
 "itemReviewed": {"@type": "Claim", "appearance": {"@type": "SocialMediaPosting", "url": "https://social.example/p/42"}}}
</script></head><body><p>Unser Team hat nachgefragt.</p></body></html>
"""


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_published_page_keeps_the_publisher_its_rating_in_its_own_words_and_the_url(tmp_path):
    problems = []

    (record,) = read_claimreviews([write(tmp_path / "wasserwerk.html", PAGE)], problems)

    assert problems == []
    assert record.publisher == "Prüfstelle Nord"
    assert (record.rating, record.verdict) == ("Falsch", None)
    assert record.review_url == "https://pruefstelle.example/faktencheck/wasserwerk-lauenburg"
    assert record.url == "https://social.example/p/42"
    assert record.reviewed_at == "2026-03-04"


def test_the_desks_own_claimreview_export_comes_back_with_its_verdicts(tmp_path):
    own = [claimreview(verified(), "Faktencheck Oder", "https://faktencheck-oder.example/{article_id}/{claim_id}")]
    problems = []

    (record,) = read_claimreviews([write(tmp_path / "claimreview.json", json.dumps(own))], problems)

    assert (record.verdict, record.rating, record.publisher) == ("disputed", "Strittig", "Faktencheck Oder")
    assert record.evidence == ["https://example.org/feuerwehr-neustadt-lagebericht"]


def test_each_broken_record_gets_one_message_naming_its_file_and_the_rest_is_read(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    write(feed / "gut.html", PAGE)
    write(feed / "kaputt.json", '{"@type": "ClaimReview", "claimReviewed": ')
    write(feed / "teilweise.jsonl", "\n".join([
        json.dumps({"@type": "ClaimReview", "claimReviewed": "Die Fähre nach Helgoland fährt wieder täglich.",
                    "author": {"name": "Prüfstelle Nord"}, "reviewRating": {"alternateName": "Richtig"}}),
        json.dumps({"@type": "ClaimReview", "author": {"name": "Prüfstelle Nord"}, "reviewRating": {"ratingValue": 2}}),
    ]))
    problems = []

    records = list(read_claimreviews([feed], problems))

    assert sorted(r.text[:10] for r in records) == ["Das Wasser", "Die Fähre "]
    assert [str(p) for p in problems] == [
        f"{feed / 'kaputt.json'}: not valid JSON: Expecting value: line 1 column 43 (char 42)",
        f"{feed / 'teilweise.jsonl'}:2: ClaimReview without claimReviewed; not imported",
    ]


def test_a_page_without_json_ld_is_named_as_such(tmp_path):
    problems = []

    assert list(read_claimreviews([write(tmp_path / "leer.html", "<html><body>Kein Faktencheck</body></html>")], problems)) == []
    assert [p.message for p in problems] == ['no JSON-LD block (<script type="application/ld+json">) in this page']


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_an_imported_review_is_found_for_a_new_claim_and_reimporting_changes_nothing(memory_store, tmp_path, nlp):
    page = write(tmp_path / "wasserwerk.html", PAGE)

    first = import_claimreviews(memory_store, [page], nlp, [])
    again = import_claimreviews(memory_store, [page], nlp, [])
    (match, *_) = search(memory_store, "Seit Montag ist das Wasserwerk in Lauenburg geschlossen, das Trinkwasser sei verunreinigt.", nlp)

    assert (first.added, again.added, again.unchanged) == (1, 0, 1)
    assert match.same_claim
    assert match.describe().startswith("already checked on 2026-03-04 by Prüfstelle Nord: Falsch")
