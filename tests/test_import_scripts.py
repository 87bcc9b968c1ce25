"""The scripts in import_scripts/ run as a desk runs them: from the repository, on real articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ls_factcheck.studio.client import connect

from .conftest import REPO, SAMPLES

SCRIPTS = REPO / "import_scripts"


def run(script: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / script), *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=300)


def test_preannotate_folder_writes_one_checked_task_per_article(tmp_path):
    output = tmp_path / "aufgaben.json"
    done = run("preannotate_folder.py", str(SAMPLES), "-o", str(output))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote 5 task(s) to {output}"
    tasks = json.loads(output.read_text(encoding="utf-8"))
    assert len(tasks) == 5
    for task in tasks:
        text = task["data"]["text"]
        for region in task["predictions"][0]["result"]:
            if region["type"] == "labels":
                assert text[region["value"]["start"]:region["value"]["end"]] == region["value"]["text"]


def test_preannotate_folder_names_a_bad_file_and_goes_on(tmp_path):
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "leer.txt").write_text("", encoding="utf-8")
    (folder / "meldung.txt").write_text("Brücke gesperrt\nDie Talbrücke bei Karstedt bleibt bis Ende Mai gesperrt.\n",
                                        encoding="utf-8")
    done = run("preannotate_folder.py", str(folder), "-o", str(tmp_path / "aufgaben.json"))
    assert done.returncode == 1
    assert f"skipped {folder / 'leer.txt'}:1: file is empty" in done.stderr
    assert "wrote 1 task(s)" in done.stdout


def test_import_batch_without_a_token_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "LABEL_STUDIO_API_KEY"}
    done = subprocess.run([sys.executable, str(SCRIPTS / "import_batch.py"), str(SAMPLES), "--project", "Faktencheck"],
                          cwd=REPO, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: no API token: pass --token or set LABEL_STUDIO_API_KEY (Account & Settings in Label Studio)"]


@pytest.mark.e2e
def test_import_batch_imports_the_articles_once_however_often_it_runs(studio):
    env = {"LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    first = run("import_batch.py", str(SAMPLES), "--project", "Faktencheck Skripte", **env)
    again = run("import_batch.py", str(SAMPLES), "--project", "Faktencheck Skripte", **env)
    assert first.returncode == 0, first.stderr
    assert "5 task(s) imported, 0 already there" in first.stdout
    assert "0 task(s) imported, 5 already there" in again.stdout
    client = connect(studio.url, studio.token)
    [project] = [p for p in client.projects.list() if p.title == "Faktencheck Skripte"]
    assert len(list(client.tasks.list(project=project.id))) == 5


@pytest.mark.parametrize("script", sorted(p.name for p in SCRIPTS.glob("*.py")))
def test_the_scripts_readme_names_every_script_and_option(script):
    readme = (SCRIPTS / "README.md").read_text(encoding="utf-8")
    options = {word.strip("[],") for word in run(script, "--help").stdout.split() if word.startswith("--")}
    assert script in readme
    assert sorted(option for option in options - {"--help"} if option not in readme) == []
