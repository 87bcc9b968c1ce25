"""`preannotate` then `import` of the tasks file: the same tasks arrive, once, and conflicts are named."""

from __future__ import annotations

import json

from ls_factcheck.ingest.bulk_import import import_files, preannotate_files
from ls_factcheck.studio.client import connect

PROJECT = "Faktencheck Dateiimport"
ARTICLES = [
    {"id": "kita-01", "text": "Die Stadt Neuburg baut bis 2027 drei neue Kitas mit 240 Plätzen, sagte Bürgermeisterin "
                              "Anke Roth am Mittwoch. Die Kosten liegen laut Bauamt bei 18 Millionen Euro."},
    {"id": "kita-02", "text": "Der Kreistag in Neuburg hat am Abend 18 Millionen Euro für drei neue Kitas bewilligt. "
                              "Nach Angaben der Verwaltung entstehen 240 Betreuungsplätze."},
]


def write(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def stored(studio, project_id):
    client = connect(studio.url, studio.token)
    return {t.data["article_id"]: t for t in client.tasks.list(project=project_id, fields="all")}


def test_a_tasks_file_imports_its_tasks_with_their_predictions_once(studio, tmp_path):
    tasks_file = tmp_path / "tasks.json"
    preannotate_files([write(tmp_path / "kitas.jsonl", ARTICLES)], tasks_file)
    first = import_files([tasks_file], PROJECT, studio.url, studio.token)
    again = import_files([tasks_file], PROJECT, studio.url, studio.token)
    tasks = stored(studio, first.project_id)
    assert (first.imported, again.imported, again.already_there) == (2, 0, ["kita-01", "kita-02"])
    written = {t["data"]["article_id"]: t for t in json.loads(tasks_file.read_text(encoding="utf-8"))}
    for article_id, task in tasks.items():
        regions = {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                   for r in task.predictions[0].result if r["type"] == "labels"}
        assert regions == {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                           for r in written[article_id]["predictions"][0]["result"] if r["type"] == "labels"}
    assert tasks["kita-02"].data["claim_groups"], "the two articles on the same vote are grouped at import"


def test_an_article_id_already_in_the_project_with_another_text_is_reported_not_overwritten(studio, tmp_path):
    import_files([write(tmp_path / "kitas.jsonl", ARTICLES)], PROJECT, studio.url, studio.token)
    changed = [{**ARTICLES[0], "text": ARTICLES[0]["text"].replace("drei", "vier")}]
    result = import_files([write(tmp_path / "korrektur.jsonl", changed)], PROJECT, studio.url, studio.token)
    assert result.imported == 0
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'korrektur.jsonl'}:1: article id 'kita-01' is already in the project with a different text; "
        "not imported: give the new article its own id"]
    assert "drei neue Kitas" in stored(studio, result.project_id)["kita-01"].data["text"]
