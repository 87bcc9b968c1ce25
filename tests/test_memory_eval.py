"""evaluate-memory: precision and recall of recognising a claim checked before, on labelled pairs."""

from __future__ import annotations

import json

import pytest

from ls_factcheck.evaluation.memory_eval import evaluate_memory
from ls_factcheck.memory.match import MATCH_THRESHOLD
from ls_factcheck.preannotate.pipeline import load_pipeline

PAIRS = [
    {"id": "p1", "a": "In Neustadt an der Oder mussten 1.200 Menschen ihre Häuser verlassen.",
     "b": "1200 Bewohner von Neustadt an der Oder mussten ihre Häuser verlassen, teilte die Feuerwehr mit.",
     "same": True, "kind": "reworded"},
    {"id": "p2", "a": "Der Landkreis Elsbachtal schätzt den Schaden nach dem Deichbruch auf 40 Millionen Euro.",
     "b": "Der Landkreis Elsbachtal schätzt den Schaden nach dem Deichbruch auf 45 Millionen Euro.",
     "same": False, "kind": "other_figure"},
    {"id": "p3", "a": "Die Stadtwerke Marbeck erhöhen den Strompreis zum 1. April um 14 Prozent.",
     "b": "Die Bäckerei Lindner in Marbeck schließt nach 80 Jahren ihre Filiale am Markt.",
     "same": False, "kind": "other_event"},
]


def pairs_file(tmp_path, pairs):
    path = tmp_path / "paare.jsonl"
    path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pairs) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_pairs_are_counted_as_found_missed_and_wrongly_offered(tmp_path, nlp):
    report = evaluate_memory(pairs_file(tmp_path, PAIRS), nlp)

    shipped = report.at[MATCH_THRESHOLD]
    assert (shipped.tp, shipped.fn, shipped.fp) == (1, 0, 0)
    assert report.by_kind["other_figure"]["right"] == 1 and report.by_kind["reworded"]["right"] == 1
    assert report.misses == []


def test_a_line_that_is_no_pair_is_named_with_its_file_and_line(tmp_path, nlp):
    path = pairs_file(tmp_path, PAIRS[:1])
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "p9", "a": "nur eine Seite"}\n', encoding="utf-8")

    with pytest.raises(ValueError, match=f"{path}:2: not a pair"):
        evaluate_memory(path, nlp)


def test_among_a_store_its_claims_compete_and_one_offered_for_a_new_claim_is_a_false_positive(tmp_path, nlp):
    from ls_factcheck.memory.remember import remember
    from ls_factcheck.memory.store import MemoryStore

    from .memory_helpers import verified

    desk = tmp_path / "desk.sqlite"
    with MemoryStore.open(desk) as store:
        remember(store, [verified("Wegen des Hochwassers mussten in Neustadt an der Oder 1.200 Menschen ihre Häuser verlassen.")], nlp)
        before = store.count()

    report = evaluate_memory(pairs_file(tmp_path, PAIRS), nlp, among=desk)

    shipped = report.at[MATCH_THRESHOLD]
    assert (shipped.tp, shipped.fn, shipped.fp) == (1, 0, 1)
    assert report.misses[0].startswith("p1 [reworded, same=True]: best")
    with MemoryStore.open(desk) as store:
        assert store.count() == before  # the desk's store is only read


def test_among_names_a_file_that_is_no_store(tmp_path, nlp):
    with pytest.raises(ValueError, match="no such SQLite store"):
        evaluate_memory(pairs_file(tmp_path, PAIRS), nlp, among=tmp_path / "fehlt.sqlite")
