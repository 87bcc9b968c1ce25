"""The memory keeps each checked claim once, in a SQLite file or a shared PostgreSQL database."""

from __future__ import annotations

import pytest

from ls_factcheck.memory.remember import remember, search
from ls_factcheck.memory.store import MIGRATIONS, SCHEMA_VERSION, MemoryStore, StoreError
from ls_factcheck.preannotate.pipeline import load_pipeline

from .memory_helpers import DIKE, EVACUATED, verified


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_a_verified_claim_is_added_once_and_re_adding_it_changes_nothing(memory_store, nlp):
    first = remember(memory_store, [verified()], nlp, project="Hochwasser Oder")
    again = remember(memory_store, [verified()], nlp, project="Hochwasser Oder")

    assert (first.added, first.unchanged) == (1, 0)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert memory_store.count() == 1


def test_a_new_verdict_on_the_same_claim_updates_it_instead_of_adding_a_second(memory_store, nlp):
    remember(memory_store, [verified(verdict="unsourced")], nlp, project="Hochwasser Oder")
    changed = remember(memory_store, [verified(verdict="disputed")], nlp, project="Hochwasser Oder")

    assert (changed.added, changed.updated) == (0, 1)
    (match,) = search(memory_store, EVACUATED, nlp)
    assert match.claim.verdict == "disputed"


def test_the_same_claim_in_other_words_is_found_with_its_verdict_and_why(memory_store, nlp):
    remember(memory_store, [verified(), verified(DIKE, "supported", claim_id="claim-2")], nlp, project="Hochwasser Oder")

    (match, *_) = search(memory_store, "In Neustadt an der Oder haben 1.200 Menschen ihre Häuser verlassen müssen.", nlp)

    assert match.same_claim
    assert match.claim.text == EVACUATED
    assert "same figure: 1.200 Menschen" in match.reasons
    assert match.describe().startswith("already checked by anna.berger (Hochwasser Oder): disputed")
    assert "https://example.org/feuerwehr-neustadt-lagebericht" in match.describe()


def test_the_same_count_with_another_figure_is_a_contradiction_not_the_same_claim(memory_store, nlp):
    remember(memory_store, [verified()], nlp, project="Hochwasser Oder")

    (match,) = search(memory_store, "In Neustadt an der Oder mussten 1.500 Menschen ihre Häuser verlassen.", nlp)

    assert not match.same_claim
    assert "different figure: 1.500 Menschen here vs 1.200 Menschen there" in match.describe()


def test_an_unrelated_claim_finds_nothing_it_could_be_mistaken_for(memory_store, nlp):
    remember(memory_store, [verified(), verified(DIKE, "supported", claim_id="claim-2")], nlp, project="Hochwasser Oder")

    found = search(memory_store, "Die Landesregierung in Potsdam beschloss einen Nachtragshaushalt von 40 Millionen Euro.", nlp)

    assert not any(m.same_claim for m in found)


def test_a_claim_in_conflict_is_not_remembered_and_the_count_says_so(memory_store, nlp):
    conflicted = verified().model_copy(update={"verdict": None, "agreement": "conflict"})

    result = remember(memory_store, [conflicted], nlp)

    assert memory_store.count() == 0
    assert result.problems == ["1 claim(s) in conflict have no verdict to remember; not added"]


def test_the_schema_version_is_recorded_and_stats_count_by_origin_and_verdict(memory_store, nlp):
    remember(memory_store, [verified(), verified(DIKE, "supported", claim_id="claim-2")], nlp, project="Hochwasser Oder")

    stats = memory_store.stats()

    assert stats.schema_version == SCHEMA_VERSION
    assert (stats.claims, stats.by_origin, stats.by_verdict) == (2, {"export": 2}, {"disputed": 1, "supported": 1})
    assert stats.projects == 1


def test_a_store_written_by_a_newer_version_is_refused_not_misread(tmp_path):
    path = tmp_path / "gedaechtnis.sqlite"
    with MemoryStore.open(path) as opened:
        opened.backend.execute("INSERT INTO memory_schema (version, applied_at) VALUES (99, 'später')")

    with pytest.raises(StoreError, match=f"schema version 99; this version of ls-factcheck knows up to {SCHEMA_VERSION}"):
        MemoryStore.open(path)


def test_a_folder_is_no_store():
    with pytest.raises(StoreError, match="is a folder"):
        MemoryStore.open("/tmp")


def test_a_password_in_the_url_of_an_unreachable_server_is_never_shown(tmp_path):
    url = f"postgresql://desk:geheim-123@/factcheck?host={tmp_path}&port=1"

    with pytest.raises(StoreError) as raised:
        MemoryStore.open(url)

    assert "geheim-123" not in str(raised.value)
    assert "desk:***@" in str(raised.value)


def test_a_store_of_an_older_schema_is_migrated_on_opening_and_keeps_its_claims(tmp_path, nlp, monkeypatch):
    path = tmp_path / "gedaechtnis.sqlite"
    monkeypatch.setattr("ls_factcheck.memory.store.MIGRATIONS", MIGRATIONS[:1])
    monkeypatch.setattr("ls_factcheck.memory.store.SCHEMA_VERSION", 1)
    with MemoryStore.open(path) as old:
        old.backend.execute("BEGIN")
        old.backend.execute(
            "INSERT INTO memory_claims (key, content_hash, origin, text, verdict, publisher, project, record, stems,"
            " added_at, updated_at) VALUES ('alt', 'h', 'export', ?, 'disputed', '', '', ?, ?, 'gestern', 'gestern')",
            (EVACUATED, remember_record(nlp), STEMS))
        old.backend.execute("INSERT INTO memory_fts (rowid, stems) SELECT id, stems FROM memory_claims")
        old.backend.execute("COMMIT")
    monkeypatch.undo()

    with MemoryStore.open(path) as migrated:
        assert migrated.schema_version() == SCHEMA_VERSION
        assert dict(migrated.backend.execute("SELECT stem, claims FROM memory_stems"))["neustadt"] == 1
        (match,) = search(migrated, "In Neustadt an der Oder mussten 1.200 Menschen ihre Häuser verlassen.", nlp)
        assert match.claim.text == EVACUATED


STEMS = "1200 feuerwehr haus mensch musst neustadt oder verlass"


def remember_record(nlp) -> str:
    from ls_factcheck.memory.records import from_verified, with_keys

    return with_keys(from_verified(verified(), project="Hochwasser Oder"), nlp).model_dump_json()


TOWNS = ["Altwerder", "Neuburg", "Lindau", "Kastell", "Moorbach", "Ebersfeld", "Wiesental", "Hohenau", "Rabenau",
         "Sandhof", "Birkenried", "Falkenau"]


def test_a_text_search_with_more_matches_than_asked_returns_the_best_ranked_and_one_with_fewer_returns_all(
        memory_store, nlp):
    both = [verified(f"Der Deichbruch bei {town} überflutete nach Angaben des Pegeldienstes das Sielgebiet.",
                     article_id=f"deich-{town.lower()}") for town in TOWNS]
    one = [verified(f"Der Deichbruch bei {town} kam für die Anwohner überraschend.", article_id=f"nur-{town.lower()}")
           for town in TOWNS[:3]]
    remember(memory_store, both + one, nlp, project="Hochwasser Nord")
    ids = {row[0]: row[1] for row in memory_store.backend.execute("SELECT id, text FROM memory_claims")}

    all_of_them = memory_store.backend.search_text(["sielgebiet", "pegeldienst"], limit=20)
    best = memory_store.backend.search_text(["sielgebiet", "pegeldienst"], limit=5)

    assert sorted(ids[i] for i in all_of_them) == sorted(claim.claim for claim in both)
    assert len(best) == 5 and set(best) <= set(all_of_them)


def test_a_text_search_finds_claims_sharing_any_two_of_its_stems_and_not_those_sharing_one(memory_store, nlp):
    remember(memory_store, [
        verified("Das Schöpfwerk am Sielgebiet lief nach Angaben des Verbands die ganze Nacht.", article_id="siel"),
        verified("Die Sturmflut erreichte nach Angaben der Gemeinde am Morgen die Warft.", article_id="warft"),
        verified("Der Pegeldienst meldete nach Angaben des Kreises am Abend Entwarnung.", article_id="pegel"),
    ], nlp, project="Hochwasser Nord")
    texts = {row[0]: row[1] for row in memory_store.backend.execute("SELECT id, text FROM memory_claims")}

    found = memory_store.backend.search_text(["sielgebiet", "pegeldienst", "schopfwerk", "sturmflut", "warft"], limit=20)

    assert sorted(texts[i].split()[1] for i in found) == ["Schöpfwerk", "Sturmflut"]
