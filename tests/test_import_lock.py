"""Two imports into one project at the same time: the second stops with a message, never duplicates."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.ingest.import_lock import ImportRunning, project_lock

from .conftest import SAMPLES

URL = "http://127.0.0.1:9"


def test_a_second_import_into_the_same_project_stops_before_it_sends_anything():
    with project_lock(URL, "Faktencheck Hochwasser"):
        with pytest.raises(ImportRunning, match="another import into project 'Faktencheck Hochwasser' is running"):
            import_files([SAMPLES], "Faktencheck Hochwasser", url=URL, token="abc")


def test_the_command_says_so_in_one_line():
    with project_lock(URL, "Faktencheck Hochwasser"):
        done = CliRunner().invoke(app, ["import", str(SAMPLES), "--project", "Faktencheck Hochwasser", "--url", URL,
                                        "--token", "abc"])
    assert done.exit_code == 2
    assert "run this one again when it has finished: articles already imported are skipped" in done.output


def test_imports_into_other_projects_or_after_the_first_ended_go_ahead():
    with project_lock(URL, "Faktencheck Hochwasser"):
        with project_lock(URL, "Faktencheck Wahl"):
            pass
    with project_lock(URL, "Faktencheck Hochwasser"):
        pass
