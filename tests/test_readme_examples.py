"""The README's export and report examples run as written against the demo's project."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from ls_factcheck.cli import app
from ls_factcheck.demo import SAMPLES
from ls_factcheck.ingest.bulk_import import import_files

from .conftest import REPO

pytestmark = pytest.mark.e2e
DEMO_PROJECT = "Faktencheck Demo"  # what `make demo` creates (cli.demo's default)


def readme_commands(section: str) -> list[list[str]]:
    """The ``ls-factcheck`` command lines of the first code block under ``## section``."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"## {section}\n.*?```bash\n(.*?)```", readme, re.S)[1]
    joined = block.replace("\\\n", " ")
    return [shlex.split(line)[1:] for line in joined.splitlines() if line.startswith("ls-factcheck ")]


def test_the_readme_export_and_report_examples_run_against_the_demo_project(studio, tmp_path, monkeypatch):
    import_files([SAMPLES], DEMO_PROJECT, studio.url, studio.token)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LABEL_STUDIO_URL", studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio.token)
    commands = readme_commands("Export")
    assert [c[0] for c in commands] == ["export", "report"]
    for command in commands:
        run = CliRunner().invoke(app, command)
        assert run.exit_code == 0, (command, run.output)
    assert (tmp_path / "out").is_dir() and (tmp_path / "report.html").exists()


def test_the_readme_shows_the_demo_token_its_examples_use():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    from ls_factcheck.studio.server import DEFAULT_TOKEN

    assert f"API token: {DEFAULT_TOKEN}" in readme and f"LABEL_STUDIO_API_KEY={DEFAULT_TOKEN}" in readme
