"""An import looks claims up in the memory on a process of its own: the same marks, in the same order."""

from __future__ import annotations

import pytest

from ls_factcheck.grouping.windows import with_claim_groups
from ls_factcheck.memory.lookups import MemoryLookups
from ls_factcheck.memory.mark import mark_task
from ls_factcheck.memory.remember import remember
from ls_factcheck.memory.store import MemoryStore, StoreError
from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.preannotate.tasks import to_task
from ls_factcheck.schema import Article, LabelResult

from .memory_helpers import verified

ODER = ("Hochwasser an der Oder: Lage bleibt angespannt\n"
        "In Neustadt an der Oder haben 1.200 Menschen ihre Häuser verlassen müssen, teilte die Feuerwehr am Montag mit. "
        "Der Landrat kündigte an, die Schulen bis Mittwoch geschlossen zu halten.")
ARTICLES = {
    "oder-montag": ODER,
    "oder-dienstag": ODER.replace("1.200 Menschen", "1.500 Menschen"),
    "bahn-streik": "Der Streik der Lokführer hat am Freitag 800 Zugverbindungen ausfallen lassen, teilte die Bahn mit.",
    "kurzmeldung": "Wetter: sonnig.",
}


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path, nlp) -> str:
    """A store on a SQLite file or a real PostgreSQL server that holds the disputed evacuation figure."""
    where = str(tmp_path / "gedaechtnis.sqlite") if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    with MemoryStore.open(where) as store:
        remember(store, [verified()], nlp, project="Hochwasser Oder")
    return where


def new_tasks(nlp):
    return [to_task(article, annotate(article, nlp), "ls-factcheck:de_factcheck-test")
            for article in (Article(id=i, text=text, outlet="Märkische Rundschau") for i, text in ARTICLES.items())]


def memory_lines(task) -> list[str]:
    """What the memory wrote into the claim regions (grouping's lines left out)."""
    return [line for region in task.predictions[0].result if isinstance(region, LabelResult) and region.meta
            for line in region.meta.text[0].split("; ") if line.startswith(("already checked", "different figure:"))]


def test_the_lookup_process_marks_every_task_as_marking_in_line_does_in_the_same_order(location, nlp):
    with MemoryStore.open(location) as store:
        in_line = [mark_task(task, store) for task in new_tasks(nlp)]

    with MemoryLookups(location, ahead=1) as lookups:
        # asked before grouping, marked after it, as the import does; a window of 2 holds tasks back
        marked = list(lookups.marked(with_claim_groups(lookups.asking(new_tasks(nlp)), window=2, context=2)))

    assert [t.data.article_id for t in marked] == list(ARTICLES)
    assert [(t.data.checked_before, t.data.memory_conflicts) for t in marked] == [(1, 0), (0, 1), (0, 0), (0, 0)]
    assert [len(t.predictions) for t in marked] == [len(t.predictions) for t in in_line] == [2, 1, 1, 1]
    assert [memory_lines(t) for t in marked] == [memory_lines(t) for t in in_line]
    assert "already checked by anna.berger" in memory_lines(marked[0])[0]

def test_a_task_that_was_not_asked_for_is_looked_up_when_it_is_marked(location, nlp):
    with MemoryLookups(location) as lookups:
        marked = list(lookups.marked(new_tasks(nlp)[:1]))

    assert marked[0].data.checked_before == 1


def test_a_store_the_lookup_process_cannot_open_stops_the_import_with_the_stores_own_message(tmp_path, nlp):
    with MemoryLookups(str(tmp_path)) as lookups, pytest.raises(StoreError, match="is a folder"):
        list(lookups.marked(lookups.asking(new_tasks(nlp))))
