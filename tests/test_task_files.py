"""Task files that `preannotate` wrote are read back for `import`: checked, and named by file and line."""

from __future__ import annotations

import json

from ls_factcheck.ingest.bulk_import import preannotate_files
from ls_factcheck.ingest.task_files import read_task_files, split_inputs

ARTICLES = [
    {"id": "bruecke", "text": "Die Brücke über die Saale bleibt bis zum 12. Juni gesperrt, teilte das Straßenbauamt mit."},
    {"id": "bad", "text": "Im Freibad Süd kostet der Eintritt ab Mai 4,50 Euro, sagte die Bäderchefin am Dienstag."},
]


def tasks_file(tmp_path):
    articles = tmp_path / "artikel.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    preannotate_files([articles], tmp_path / "tasks.json")
    return tmp_path / "tasks.json"


def read(path):
    problems = []
    return list(read_task_files([path], problems)), problems


def test_a_preannotated_file_reads_back_as_the_same_tasks(tmp_path):
    path = tasks_file(tmp_path)
    tasks, problems = read(path)
    assert [t.data.article_id for t in tasks] == ["bruecke", "bad"] and not problems
    assert tasks[0].model_dump(mode="json", exclude_none=True) == json.loads(path.read_text(encoding="utf-8"))[0]


def test_a_broken_line_costs_only_its_task_and_is_named_by_line(tmp_path):
    path = tasks_file(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1][:40]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks, problems = read(path)
    assert [t.data.article_id for t in tasks] == ["bad"]
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: not valid JSON (")


def test_a_region_whose_offsets_miss_the_text_is_refused_before_sending(tmp_path):
    path = tasks_file(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("Freibad Süd", "Freibad Nord", 1)  # text changed, offsets not
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks, problems = read(path)
    assert [t.data.article_id for t in tasks] == ["bruecke"]
    assert str(problems[0]).startswith(f"{path}:3: skipped, offsets do not match the text: article bad: region")


def test_a_pretty_printed_file_is_read_and_its_tasks_named_by_position(tmp_path):
    path = tasks_file(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data[1]["data"]["text"]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tasks, problems = read(path)
    assert [t.data.article_id for t in tasks] == ["bruecke"]
    assert [str(p) for p in problems] == [f"{path}: task 2: not a fact-check task: data.text: Field required"]


def test_task_files_in_a_folder_are_found_next_to_articles(tmp_path):
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "tasks-00000.json").write_text("[\n]\n", encoding="utf-8")
    (tmp_path / "shards" / "neu.txt").write_text("Titel\nText.", encoding="utf-8")
    articles, task_files = split_inputs([tmp_path / "shards"])
    assert articles == [tmp_path / "shards"] and task_files == [tmp_path / "shards" / "tasks-00000.json"]


def test_markup_written_into_a_task_file_is_replaced_by_what_the_project_computes(tmp_path):
    path = tasks_file(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    task = json.loads(lines[1].rstrip(","))
    genuine = dict(task["data"])
    task["data"].update(link='<img src="https://tracker.example/pixel.png">',
                        unattributed_selector=".lsf-choices { display: none }", byline="<b>Eilmeldung</b>")
    lines[1] = json.dumps(task, ensure_ascii=False) + ","
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks, problems = read(path)
    data = tasks[0].data
    assert not problems
    assert (data.link, data.unattributed_selector, data.byline) == (
        genuine["link"], genuine["unattributed_selector"], genuine["byline"])


def test_an_address_that_is_no_web_address_is_shown_but_never_linked(tmp_path):
    articles = tmp_path / "artikel.jsonl"
    articles.write_text(json.dumps({"id": "x", "url": "javascript:alert(1)", "text": ARTICLES[0]["text"]}) + "\n",
                        encoding="utf-8")
    preannotate_files([articles], tmp_path / "tasks.json")
    [task], _ = read(tmp_path / "tasks.json")
    assert task.data.link == "javascript:alert(1)"
