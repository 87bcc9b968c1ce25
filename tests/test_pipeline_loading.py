"""Which spaCy pipeline pre-annotation gets: the bundled German one unless told otherwise."""

from __future__ import annotations

import json

import pytest
import spacy

from ls_factcheck.preannotate.pipeline import BUNDLED, ENV_MODEL, ModelNotFound, load_pipeline, model_version


@pytest.fixture(autouse=True)
def no_model_from_environment(monkeypatch):
    monkeypatch.delenv(ENV_MODEL, raising=False)
    load_pipeline.cache_clear()
    yield
    load_pipeline.cache_clear()


def test_default_is_the_bundled_german_pipeline():
    nlp = load_pipeline()
    assert nlp.lang == "de"
    assert "ner" in nlp.pipe_names
    assert model_version(nlp) == f"ls-factcheck:de_factcheck-{nlp.meta['version']}"


def test_bundled_pipeline_loads_with_plain_spacy_load():
    assert spacy.load(BUNDLED).meta["name"] == "factcheck"


def test_bundled_pipeline_records_its_data_licence_and_dev_scores():
    meta = json.loads((BUNDLED / "meta.json").read_text())
    germeval = meta["sources"][0]
    assert "GermEval 2014" in germeval["name"]
    assert germeval["license"].startswith("CC BY 4.0")
    assert "Benikova" in germeval["citation"]
    assert set(meta["performance"]["ents_per_type"]) == {"PER", "LOC", "ORG", "MISC"}


def test_bundled_pipeline_credits_the_pretrained_piece_vectors_and_their_licence():
    meta = json.loads((BUNDLED / "meta.json").read_text())
    (pieces,) = [s for s in meta["sources"] if "multilingual-e5-small piece embeddings" in s["name"]]
    assert pieces["license"].startswith("MIT")
    assert "Microsoft" in pieces["author"]


def test_bundled_pipeline_credits_the_teacher_and_the_texts_it_labelled():
    meta = json.loads((BUNDLED / "meta.json").read_text())
    names = " | ".join(s["name"] for s in meta["sources"])
    assert "fine-tuned on GermEval 2014 train" in names
    labelled = [s for s in meta["sources"] if "labelled by the teacher" in s["name"]]
    assert [s["name"].split()[0] for s in labelled] == ["SmartData", "MobIE"]
    assert all(s["license"].startswith("CC BY 4.0") for s in labelled)


def test_bundled_pipeline_is_at_most_60_mb():
    size = sum(f.stat().st_size for f in BUNDLED.rglob("*") if f.is_file())
    assert size <= 60 * 1024 * 1024


def test_a_name_that_is_not_installed_raises_model_not_found_saying_so():
    with pytest.raises(ModelNotFound, match="'de_core_news_nonexistent' not found .*not an installed package"):
        load_pipeline("de_core_news_nonexistent")


def test_a_path_that_does_not_exist_raises_model_not_found_saying_so(tmp_path):
    with pytest.raises(ModelNotFound, match="no such folder"):
        load_pipeline(str(tmp_path / "missing"))


def test_a_path_to_a_pipeline_folder_loads_that_pipeline(tmp_path):
    folder = tmp_path / "my_pipeline"
    nlp = spacy.blank("de")
    nlp.meta["name"] = "custom"
    nlp.to_disk(folder)
    assert model_version(load_pipeline(str(folder))) == "ls-factcheck:de_custom-0.0.0"


def test_environment_variable_names_the_pipeline(tmp_path, monkeypatch):
    folder = tmp_path / "from_env"
    nlp = spacy.blank("de")
    nlp.meta["name"] = "from_env"
    nlp.to_disk(folder)
    monkeypatch.setenv(ENV_MODEL, str(folder))
    assert load_pipeline().meta["name"] == "from_env"


def test_english_without_an_installed_english_pipeline_is_blank_english_with_sentences():
    if any(spacy.util.is_package(p) for p in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")):
        pytest.skip("an English pipeline is installed here")
    nlp = load_pipeline(language="en")
    assert nlp.lang == "en"
    assert len(list(nlp("It rained. Then it stopped.").sents)) == 2


def test_a_named_pipeline_without_sentence_boundaries_gets_the_german_splitter(tmp_path):
    folder = tmp_path / "ner_only"
    spacy.blank("de").to_disk(folder)
    nlp = load_pipeline(str(folder))
    assert [s.text for s in nlp("Am 3. Mai kam er. Dann ging er.").sents] == ["Am 3. Mai kam er.", "Dann ging er."]
