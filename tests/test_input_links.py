"""A link inside an input folder that points outside it is not followed unless asked for."""

from __future__ import annotations

from ls_factcheck.ingest.readers import read_articles
from ls_factcheck.ingest.task_files import split_inputs

MELDUNG = "Kreistag beschließt Haushalt\nDer Kreistag hat den Haushalt für 2027 mit 31 zu 12 Stimmen verabschiedet.\n"


def batch_with_a_link_outside(tmp_path):
    outside = tmp_path / "privat"
    outside.mkdir()
    (outside / "passwoerter.txt").write_text("Zugang\nBenutzer redaktion, Kennwort Sommer2026\n", encoding="utf-8")
    (outside / "aufgaben.json").write_text("[\n]\n", encoding="utf-8")
    batch = tmp_path / "eingang"
    batch.mkdir()
    (batch / "kreistag.txt").write_text(MELDUNG, encoding="utf-8")
    (batch / "notizen.txt").symlink_to(outside / "passwoerter.txt")
    return batch, outside


def test_a_link_out_of_the_folder_is_reported_and_not_read(tmp_path):
    batch, outside = batch_with_a_link_outside(tmp_path)
    problems = []
    articles = list(read_articles([batch], problems))
    assert [a.title for a in articles] == ["Kreistag beschließt Haushalt"]
    assert f"{batch / 'notizen.txt'}: skipped: a link to {outside / 'passwoerter.txt'}, outside {batch} " \
           "(--follow-symlinks reads it)" in [str(p) for p in problems]


def test_a_link_inside_the_folder_is_read(tmp_path):
    batch, _ = batch_with_a_link_outside(tmp_path)
    (batch / "kopie.txt").symlink_to(batch / "kreistag.txt")
    problems = []
    assert len(list(read_articles([batch], problems))) == 1  # the same article twice: read once
    assert any(str(p).startswith(f"{batch / 'kreistag.txt'}:1: duplicate of {batch / 'kopie.txt'}:1") for p in problems)
    assert not any(p.where == str(batch / "kopie.txt") for p in problems)


def test_links_are_followed_when_asked_for(tmp_path):
    batch, _ = batch_with_a_link_outside(tmp_path)
    titles = {a.title for a in read_articles([batch], [], follow_symlinks=True)}
    assert titles == {"Kreistag beschließt Haushalt", "Zugang"}


def test_task_files_behind_a_link_out_of_the_folder_are_not_imported(tmp_path):
    batch, outside = batch_with_a_link_outside(tmp_path)
    (batch / "aufgaben.json").symlink_to(outside / "aufgaben.json")
    problems = []
    _, task_files = split_inputs([batch], problems)
    assert task_files == []
    assert any("outside" in str(p) for p in problems)
