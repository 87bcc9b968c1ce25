"""The ``ls-factcheck`` command: argument parsing and progress only; the work is in the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ls_factcheck.import_scripts.readers import Problem
from ls_factcheck.studio import StudioError

app = typer.Typer(help="Fact-check annotation for Label Studio.", no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
out = Console()

Inputs = Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md, .jsonl, .csv, .html)")]
Url = Annotated[str | None, typer.Option(envvar="LABEL_STUDIO_URL", help="Label Studio URL")]
Token = Annotated[str | None, typer.Option(envvar="LABEL_STUDIO_API_KEY", help="Label Studio API token")]
Model = Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_MODEL", help="spaCy pipeline name or path")]


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=False)


def _report_problems(problems: list[Problem]) -> None:
    for problem in problems:
        err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)
    if problems:
        err.print(f"[red]{len(problems)} input(s) skipped[/]")
        raise typer.Exit(code=1)


def _fail(error: Exception) -> None:
    err.print(f"[red]error:[/] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


@app.command()
def preannotate(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("-o", "--output", help="Tasks file to write (Label Studio JSON)")],
    model: Model = None,
) -> None:
    """Pre-annotate articles into a Label Studio tasks file, without any server."""
    from ls_factcheck.import_scripts.bulk_import import preannotate_files

    with _progress() as progress:
        bar = progress.add_task("pre-annotating", total=None)
        result = preannotate_files(inputs, output, model, progress=lambda n: progress.advance(bar, n))
    out.print(f"wrote {result.tasks} task(s) to {output}")
    _report_problems(result.problems)


@app.command("import")
def import_(
    inputs: Inputs,
    project: Annotated[str, typer.Option(help="Project title; created with the fact-check interface if new")],
    url: Url = None,
    token: Token = None,
    model: Model = None,
    batch_size: Annotated[int, typer.Option(help="Tasks per import request")] = 500,
) -> None:
    """Pre-annotate articles and import them into a Label Studio project; re-runs add nothing twice."""
    from ls_factcheck.import_scripts.bulk_import import import_files

    try:
        with _progress() as progress:
            bar = progress.add_task("importing", total=None)
            result = import_files(inputs, project, url, token, model, batch_size,
                                  progress=lambda n: progress.advance(bar, n))
    except StudioError as error:
        _fail(error)
    out.print(f"project {project!r} (id {result.project_id}): {result.imported} task(s) imported, "
              f"{len(result.already_there)} already there")
    _report_problems(result.problems)


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write")],
    project: Annotated[str | None, typer.Option(help="Export from this live project")] = None,
    from_file: Annotated[Path | None, typer.Option(help="Export from a Label Studio JSON export file")] = None,
    format: Annotated[str, typer.Option(help="jsonl or csv")] = "jsonl",
    resolve: Annotated[str, typer.Option(help="When reviewers disagree: majority, unanimous or latest")] = "latest",
    bom: Annotated[bool, typer.Option(help="CSV with a UTF-8 byte order mark, for spreadsheets")] = False,
    url: Url = None,
    token: Token = None,
) -> None:
    """Write one verified claim per reviewed claim."""
    from ls_factcheck.export.claims import verified_claims
    from ls_factcheck.export.sources import tasks_from_file, tasks_from_project
    from ls_factcheck.export.writers import write_csv, write_jsonl

    if (project is None) == (from_file is None):
        _fail(ValueError("give exactly one of --project or --from-file"))
    if resolve not in ("majority", "unanimous", "latest"):
        _fail(ValueError(f"--resolve must be majority, unanimous or latest, not {resolve!r}"))
    try:
        tasks = tasks_from_file(from_file) if from_file else tasks_from_project(project, url, token)
        claims = verified_claims(tasks, resolve)
        if format == "jsonl":
            count = write_jsonl(claims, output)
        elif format == "csv":
            count = write_csv(claims, output, bom=bom)
        else:
            _fail(ValueError(f"unknown format {format!r}: jsonl or csv"))
    except (StudioError, OSError, ValueError) as error:
        _fail(error)
    out.print(f"wrote {count} verified claim(s) to {output}")


@app.command()
def demo(
    port: Annotated[int, typer.Option(help="Port for Label Studio on 127.0.0.1")] = 8080,
    data_dir: Annotated[Path, typer.Option(help="Where Label Studio keeps its SQLite database")] = Path(".demo"),
    project: Annotated[str, typer.Option(help="Project title")] = "Faktencheck Demo",
) -> None:
    """Start a local Label Studio with the sample articles imported; Ctrl+C stops it."""
    from ls_factcheck.demo import run_demo

    try:
        run_demo(port=port, data_dir=data_dir, project=project, console=out)
    except (StudioError, RuntimeError) as error:
        _fail(error)


if __name__ == "__main__":
    app()
