"""The accurate mode: the fine-tuned encoder as a second bundled German pipeline, picked by name."""

from __future__ import annotations

import json

import pytest

from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.pipeline import ENV_MODEL, PIPELINES, bundled_names, load_pipeline, model_version
from ls_factcheck.schema import Article

ACCURATE = PIPELINES / "de_factcheck_accurate"


@pytest.fixture(autouse=True)
def no_model_from_environment(monkeypatch):
    monkeypatch.delenv(ENV_MODEL, raising=False)


@pytest.fixture(scope="module")
def accurate():
    return load_pipeline("de_factcheck_accurate")


def test_the_accurate_pipeline_is_picked_by_its_folder_name(accurate):
    assert "de_factcheck_accurate" in bundled_names()
    assert model_version(accurate).startswith("ls-factcheck:de_factcheck_accurate-")


def test_it_finds_people_organisations_and_places_in_a_news_sentence(accurate):
    doc = accurate("Die Bürgermeisterin Hanna Petersen hat am Montag in Flensburg mit der Deutschen Bahn über neue Gleise verhandelt.")

    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Hanna Petersen", "PER"), ("Flensburg", "LOC"), ("Deutschen Bahn", "ORG"),
    }


def test_pre_annotation_runs_on_it_like_on_the_default(accurate):
    article = Article(
        id="accurate-1",
        text="Laut der Feuerwehr Kiel wurden bei dem Brand am Hafen drei Menschen verletzt.",
        language="de",
    )

    annotations = annotate(article, accurate)

    labels = {(e.text, e.label) for e in annotations.entities}
    assert ("Feuerwehr Kiel", "ORG") in labels or ("Kiel", "LOC") in labels
    assert any(c.text.startswith("Laut der Feuerwehr") for c in annotations.claims)


def test_it_records_its_training_data_licences_and_dev_scores():
    meta = json.loads((ACCURATE / "meta.json").read_text())

    assert "GermEval 2014" in meta["sources"][0]["name"]
    assert any("fine-tuned" in s["name"] and s["license"].startswith("MIT") for s in meta["sources"])
    assert set(meta["performance"]["ents_per_type"]) == {"PER", "LOC", "ORG", "MISC"}
