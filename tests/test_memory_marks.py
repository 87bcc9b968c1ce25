"""A new article's claims that the memory holds as checked: a line for the reviewer, a column, a suggestion."""

from __future__ import annotations

import pytest

from ls_factcheck.memory.mark import mark_task
from ls_factcheck.memory.remember import remember
from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.schema import MEMORY_VERSION, Article, LabelResult
from ls_factcheck.studio.results import base_prediction

from .memory_helpers import verified

ARTICLE = ("Hochwasser an der Oder: Lage bleibt angespannt\n"
           "In Neustadt an der Oder haben 1.200 Menschen ihre Häuser verlassen müssen, teilte die Feuerwehr am Montag mit. "
           "Der Landrat kündigte an, die Schulen bis Mittwoch geschlossen zu halten.")
OTHER_FIGURE = ARTICLE.replace("1.200 Menschen", "1.500 Menschen")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def new_task(text: str, nlp):
    article = Article(id="oder-dienstag", text=text, outlet="Märkische Rundschau")
    return to_task(article, annotate(article, nlp), "ls-factcheck:de_factcheck-test")


def claim_regions(task):
    return {r.id: r for r in task.predictions[0].result if isinstance(r, LabelResult) and r.value.labels == ["CLAIM"]}


def test_a_claim_checked_before_shows_who_checked_it_and_counts_in_its_column(memory_store, nlp):
    remember(memory_store, [verified()], nlp, project="Hochwasser Oder")

    task = mark_task(new_task(ARTICLE, nlp), memory_store)

    marked = [r for r in claim_regions(task).values() if r.meta and r.meta.model_extra.get("memory")]
    assert len(marked) == 1
    assert "1.200 Menschen" in marked[0].value.text
    assert "already checked by anna.berger (Hochwasser Oder): disputed" in marked[0].meta.text[0]
    assert (task.data.checked_before, task.data.memory_conflicts) == (1, 0)


def test_its_verdict_and_evidence_come_as_a_suggestion_of_their_own_not_as_the_pre_annotation(memory_store, nlp):
    remember(memory_store, [verified()], nlp, project="Hochwasser Oder")

    task = mark_task(new_task(ARTICLE, nlp), memory_store)

    base, suggestion = task.predictions
    assert suggestion.model_version == MEMORY_VERSION
    reviews = {item.from_name: item.value for item in suggestion.result if item.type in ("choices", "textarea")}
    assert reviews["verdict"]["choices"] == ["disputed"]
    assert reviews["evidence"]["text"] == ["https://example.org/feuerwehr-neustadt-lagebericht"]
    plain = [p.model_dump(mode="json") for p in task.predictions]
    assert base_prediction(plain)["model_version"] == base.model_version


def test_the_same_count_with_another_figure_is_a_hint_and_no_suggestion(memory_store, nlp):
    remember(memory_store, [verified()], nlp, project="Hochwasser Oder")

    task = mark_task(new_task(OTHER_FIGURE, nlp), memory_store)

    assert len(task.predictions) == 1
    assert (task.data.checked_before, task.data.memory_conflicts) == (0, 1)
    lines = " ".join(r.meta.text[0] for r in claim_regions(task).values() if r.meta)
    assert "different figure: 1.500 Menschen here vs 1.200 Menschen there" in lines


def test_a_memory_without_anything_like_it_leaves_the_task_as_it_was_with_zero_counts(memory_store, nlp):
    remember(memory_store, [verified("Der Deich bei Altwerder wurde 1978 erhöht.", "supported")], nlp)
    before = new_task(ARTICLE, nlp)
    regions = before.model_dump(mode="json")["predictions"]

    task = mark_task(before, memory_store)

    assert task.model_dump(mode="json")["predictions"] == regions
    assert (task.data.checked_before, task.data.memory_conflicts) == (0, 0)


def test_claims_grouping_read_are_not_read_again_for_the_memory():
    from ls_factcheck.grouping.crossref import task_records
    from ls_factcheck.ingest.bulk_import import tasks_from_files
    from tests.conftest import REPO

    task = next(iter(tasks_from_files([REPO / "samples" / "batch" / "articles.jsonl"], [])))
    first = task_records(task)
    assert task_records(task) == first and task_records(task)[0] is first[0]
    task.predictions[0] = task.predictions[0].model_copy(deep=True)  # a new first prediction is read anew
    assert task_records(task) == first and task_records(task)[0] is not first[0]
