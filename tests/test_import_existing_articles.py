"""An import asks the project only for the articles it brings, and still finds every one already there."""

from __future__ import annotations

import json
from collections import Counter

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.client import connect, ensure_project

TEXT = ("Der Landkreis Görlitz meldet 37 neue Fälle von Vogelgrippe in zwei Geflügelbetrieben. "
        "Das teilte das Veterinäramt am Dienstag mit.")


def write(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def article_ids(studio, project_id):
    client = connect(studio.url, studio.token)
    return Counter(str(t.data["article_id"]) for t in client.tasks.list(project=project_id, include="id,data"))


def test_an_article_another_tool_stored_under_a_numeric_id_is_not_imported_again(studio, tmp_path):
    client = connect(studio.url, studio.token)
    project = ensure_project(client, "Faktencheck Fremdimport")
    client.projects.import_tasks(id=project.id, request=[
        {"data": {"article_id": 4711, "text": TEXT, "title": "Vogelgrippe", "byline": "", "link": ""}}])
    result = import_files([write(tmp_path / "vogelgrippe.jsonl", [{"id": "4711", "text": TEXT}])],
                          "Faktencheck Fremdimport", studio.url, studio.token)
    assert (result.imported, result.already_there) == (0, ["4711"])
    assert article_ids(studio, project.id) == {"4711": 1}


def test_article_ids_with_quotes_umlauts_and_spaces_are_found_again_on_a_re_run(studio, tmp_path):
    odd = ['Görlitz "Vogelgrippe" 1', "landkreis/görlitz?id=2&x='ß'", "  eingerückt 3"]
    batch = write(tmp_path / "meldungen.jsonl", [{"id": i, "text": f"{TEXT} Meldung {n}."} for n, i in enumerate(odd)])
    first = import_files([batch], "Faktencheck Sonderzeichen", studio.url, studio.token)
    again = import_files([batch], "Faktencheck Sonderzeichen", studio.url, studio.token)
    stored = article_ids(studio, first.project_id)
    assert (first.imported, again.imported) == (3, 0)
    assert len(stored) == 3 and set(stored.values()) == {1}
    assert sorted(again.already_there) == sorted(stored)
