"""The ``ls-factcheck`` command: argument parsing and progress only; the work is in the library."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ls_factcheck.ingest.readers import MAX_CHARS
from ls_factcheck.problems import Problem, split_problems
from ls_factcheck.preannotate.pipeline import ModelNotFound
from ls_factcheck.studio.client import StudioError

app = typer.Typer(help="Fact-check annotation for Label Studio.", no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
out = Console()

Inputs = Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md, .jsonl, .csv, .html)")]
Url = Annotated[str | None, typer.Option(envvar="LABEL_STUDIO_URL", help="Label Studio URL")]
Token = Annotated[str | None, typer.Option(envvar="LABEL_STUDIO_API_KEY", help="Label Studio API token")]
Model = Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_MODEL", help="spaCy pipeline name or path")]
MaxChars = Annotated[int, typer.Option(min=1, help="Skip (and report) articles longer than this many characters")]
FollowSymlinks = Annotated[bool, typer.Option("--follow-symlinks", help="Read links inside input folders that point outside them (skipped and reported otherwise)")]


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=False)


def _report_problems(problems: list[Problem], failed: bool = False) -> None:
    """Print every problem; exit 1 when input was skipped or the run stopped early (partial failure)."""
    skipped, _notices = split_problems(problems)
    for problem in problems:
        kind = "[yellow]skipped[/]" if problem.skipped else "[cyan]note[/]"
        err.print(f"{kind} {escape(str(problem))}", highlight=False, soft_wrap=True)
    if skipped:
        err.print(f"[red]{len(skipped)} input(s) skipped[/]")
    if skipped or failed:
        raise typer.Exit(code=1)


def _fail(error: Exception) -> None:
    err.print(f"[red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def preannotate(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("-o", "--output", help="Tasks file to write (Label Studio JSON); with --engine dask, a folder for the shard files")],
    model: Model = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes on this machine; with --engine dask and no --scheduler, local Dask workers")] = 1,
    engine: Annotated[Engine, typer.Option(help="local: this machine; dask: a Dask cluster, writing tasks-NNNNN.json shards")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(help="dask: scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")] = None,
    shard_size: Annotated[int, typer.Option(min=1, help="dask: articles per shard file")] = 1000,
    max_chars: MaxChars = MAX_CHARS,
    follow_symlinks: FollowSymlinks = False,
) -> None:
    """Pre-annotate articles into a Label Studio tasks file, without any server."""
    from ls_factcheck.ingest.bulk_import import preannotate_files
    from ls_factcheck.ingest.parallel import EngineUnavailable, preannotate_dask

    if scheduler and engine is not Engine.dask:
        _fail(ValueError("--scheduler needs --engine dask"))
    try:
        with _progress() as progress:
            bar = progress.add_task("pre-annotating", total=None)

            def advance(n: int) -> None:
                progress.advance(bar, n)

            if engine is Engine.dask:
                result = preannotate_dask(inputs, output, scheduler, model, shard_size, workers, progress=advance,
                                          max_chars=max_chars, follow_symlinks=follow_symlinks)
            else:
                result = preannotate_files(inputs, output, model, progress=advance, max_chars=max_chars,
                                           workers=workers, follow_symlinks=follow_symlinks)
    except (ModelNotFound, EngineUnavailable) as error:
        _fail(error)
    if engine is Engine.dask:
        out.print(f"wrote {result.tasks} task(s) in {len(result.shards)} shard(s) to {escape(str(output))} "
                  f"({result.computed} computed, {result.reused} already complete)", highlight=False, soft_wrap=True)
        if result.leftover:
            err.print(f"[yellow]note[/] {len(result.leftover)} shard(s) from an earlier, larger run are in "
                      f"{escape(str(output))} (from {escape(result.leftover[0].name)}); `import` would read them too", highlight=False, soft_wrap=True)
    elif result.tasks:
        out.print(f"wrote {result.tasks} task(s) to {escape(str(output))}", highlight=False, soft_wrap=True)
    else:
        state = "left as it was" if output.exists() else "not written"
        err.print(f"[red]no article was read: {escape(str(output))} {state}[/]", highlight=False, soft_wrap=True)
        _report_problems(result.problems, failed=True)
    _report_problems(result.problems)


@app.command("import")
def import_(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or folders, and task files (.json) that preannotate wrote")],
    project: Annotated[str, typer.Option(help="Project title; created with the fact-check interface if new")],
    url: Url = None,
    token: Token = None,
    model: Model = None,
    batch_size: Annotated[int, typer.Option(help="Tasks per import request")] = 500,
    retries: Annotated[int, typer.Option(help="Tries per request when Label Studio fails or does not answer")] = 8,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one import request")] = 300.0,
    group_claims: Annotated[bool, typer.Option(help="Mark claims that other articles of the batch or project also state")] = True,
    max_chars: MaxChars = MAX_CHARS,
    workers: Annotated[int, typer.Option(min=1, help="Processes for pre-annotation on this machine")] = 1,
    follow_symlinks: FollowSymlinks = False,
    memory: Annotated[str | None, typer.Option("--memory", envvar="LS_FACTCHECK_MEMORY", help="Mark claims this memory holds as checked before and suggest their verdicts")] = None,
) -> None:
    """Pre-annotate articles and import them into a Label Studio project; re-runs add nothing twice."""
    from ls_factcheck.ingest.bulk_import import STAGE_GROUPED, STAGE_MARKED, STAGE_PREANNOTATED, import_files
    from ls_factcheck.ingest.import_lock import ImportRunning
    from ls_factcheck.memory.store import StoreError
    from ls_factcheck.studio.retries import RetryPolicy

    policy = RetryPolicy(attempts=max(retries, 1), timeout=timeout)
    try:
        with _progress() as progress:
            # One bar a stage, in the order the tasks pass them, so a slow stage shows.
            names = [STAGE_PREANNOTATED, *([STAGE_GROUPED] if group_claims else []), *([STAGE_MARKED] if memory else [])]
            stages = {name: progress.add_task(name, total=None) for name in names}
            bar = progress.add_task("imported or already there", total=None)
            result = import_files(inputs, project, url, token, model, batch_size,
                                  progress=lambda n: progress.advance(bar, n), policy=policy,
                                  group_claims=group_claims, max_chars=max_chars, workers=workers,
                                  follow_symlinks=follow_symlinks, memory=memory,
                                  stage=lambda name, n: progress.advance(stages[name], n),
                                  on_retry=lambda message: progress.console.print(f"[yellow]retry[/] {escape(message)}",
                                                                                 highlight=False))
    except (StudioError, ModelNotFound, ImportRunning, StoreError) as error:
        _fail(error)
    if result.project_id is None:
        err.print(f"[red]no article was read: project {escape(repr(project))} was not created or changed[/]",
                  highlight=False, soft_wrap=True)
        _report_problems(result.problems, failed=True)
    out.print(f"project {escape(repr(project))} (id {result.project_id}): {result.imported} task(s) imported, "
              f"{len(result.already_there)} already there", highlight=False)
    if result.retries:
        out.print(f"{result.retries} request(s) retried after Label Studio failed", highlight=False)
    if result.stopped:
        err.print(f"[red]stopped:[/] {escape(result.stopped)}. {len(result.not_imported)} article(s) read but not imported, "
                  "and the rest of the input not read. Run the same command again to resume: articles already "
                  "in the project are skipped.", highlight=False, soft_wrap=True)
    _report_problems(result.problems, failed=bool(result.stopped))


@app.command()
def export(
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Folder for the files (or the file, for one format)")] = None,
    project: Annotated[str | None, typer.Option(help="Export from this live project")] = None,
    from_file: Annotated[Path | None, typer.Option(help="Export from a Label Studio JSON export file")] = None,
    format: Annotated[list[str] | None, typer.Option("--format", "-f", help="jsonl, csv, claimreview, fever or spacy; repeat for several")] = None,
    to: Annotated[list[str] | None, typer.Option(help="FORMAT=PATH: write one format to its own path")] = None,
    resolve: Annotated[str, typer.Option(help="When reviewers disagree: majority, unanimous or latest")] = "latest",
    bom: Annotated[bool, typer.Option(help="CSV with a UTF-8 byte order mark, for spreadsheets")] = False,
    org: Annotated[str, typer.Option(envvar="LS_FACTCHECK_ORG", help="claimreview: the organisation publishing the reviews")] = "",
    org_url: Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_ORG_URL", help="claimreview: its web address")] = None,
    review_url: Annotated[str, typer.Option(envvar="LS_FACTCHECK_REVIEW_URL", help="claimreview: URL template of a review, e.g. https://example.org/check/{article_id}/{claim_id}")] = "",
    rating_language: Annotated[str, typer.Option(help="claimreview: language of the rating names, de or en")] = "de",
    shard_size: Annotated[int, typer.Option(help="spacy: Docs per DocBin shard")] = 1000,
    force: Annotated[bool, typer.Option("--force", help="Replace output files that exist (a folder is never removed)")] = False,
    raw_csv: Annotated[bool, typer.Option("--raw-csv", help="CSV cells as stored, without the apostrophe that stops spreadsheet formulas")] = False,
    memory_store: Annotated[str | None, typer.Option("--memory", envvar="LS_FACTCHECK_MEMORY", help="Also add the verified claims to this memory (SQLite file or postgresql:// URL)")] = None,
    project_name: Annotated[str, typer.Option(help="memory: the project's name as the memory shows it (default: the project id)")] = "",
    model: Model = None,
    url: Url = None,
    token: Token = None,
) -> None:
    """Write every reviewed claim in one or more dataset formats, in one pass, with reviewer agreement."""
    from ls_factcheck.export.run import ExportOptions, make_writers, plan_outputs, run_export
    from ls_factcheck.export.sources import tasks_from_file, tasks_from_project

    if (project is None) == (from_file is None):
        _fail(ValueError("give exactly one of --project or --from-file"))
    try:
        plan = plan_outputs(format or [], output, to or [])
        options = ExportOptions(resolve=resolve, bom=bom, organisation=org, organisation_url=org_url,
                                review_url=review_url, language=rating_language, shard_size=shard_size,
                                force=force, raw_csv=raw_csv)
        writers = make_writers(plan, options)
        if memory_store:
            from ls_factcheck.export.to_memory import MemoryWriter
            from ls_factcheck.preannotate.pipeline import load_pipeline

            writers.append(MemoryWriter(_open_store(memory_store), load_pipeline(model), project_name or project or "", org))
        tasks = tasks_from_file(from_file) if from_file else tasks_from_project(project, url, token)
        with _progress() as progress:
            bar = progress.add_task("exporting", total=None)
            result = run_export(tasks, writers, options.resolve, progress=lambda n: progress.advance(bar, n))
    except (StudioError, OSError, ValueError, ModelNotFound) as error:
        _fail(error)
    for written in result.written:
        if written.format == "memory":
            out.print(escape(f"memory: {written.note} in {written.path}"), highlight=False, soft_wrap=True)
            continue
        unit = "article(s)" if written.format == "spacy" else "verified claim(s)"
        note = f" ({written.note})" if written.note else ""
        out.print(escape(f"{written.format}: wrote {written.records} {unit} to {written.path}{note}"), highlight=False, soft_wrap=True)
    out.print(f"{result.reviewed_tasks} reviewed of {result.tasks} task(s) read; {result.claims} claim(s), "
              f"{result.conflicts} in conflict", highlight=False, soft_wrap=True)
    if result.agreement and result.agreement.multi_reviewed_claims:
        out.print(f"agreement: {result.agreement.headline}", highlight=False, soft_wrap=True)
    for problem in result.problems:
        err.print(f"[yellow]problem[/] {escape(str(problem))}", highlight=False, soft_wrap=True)
    if result.problems:
        tasks = len({problem.where for problem in result.problems})
        err.print(f"[red]{len(result.problems)} problem(s) in {tasks} task(s); everything else was exported[/]")
        raise typer.Exit(code=1)


@app.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write")] = Path("review-report.html"),
    project: Annotated[str | None, typer.Option(help="Report on this live project (all tasks)")] = None,
    from_file: Annotated[Path | None, typer.Option(help="A Label Studio JSON export file; export all tasks for progress")] = None,
    resolve: Annotated[str, typer.Option(help="When reviewers disagree: majority, unanimous or latest")] = "latest",
    title: Annotated[str, typer.Option(help="Heading of the report")] = "Faktencheck: Prüfbericht",
    force: Annotated[bool, typer.Option("--force", help="Replace an existing report file")] = False,
    url: Url = None,
    token: Token = None,
) -> None:
    """Write a self-contained HTML review report (progress, verdicts, agreement, disputed claims)."""
    from ls_factcheck.export.review import RULES
    from ls_factcheck.export.report import build_report, print_summary, write_html
    from ls_factcheck.export.sources import tasks_from_file, tasks_from_project

    if (project is None) == (from_file is None):
        _fail(ValueError("give exactly one of --project or --from-file"))
    if resolve not in RULES:
        _fail(ValueError(f"--resolve must be majority, unanimous or latest, not {resolve!r}"))
    try:
        tasks = tasks_from_file(from_file) if from_file else tasks_from_project(project, url, token, all_tasks=True)
        with _progress() as progress:
            bar = progress.add_task("reading", total=None)
            summary = build_report(tasks, resolve, progress=lambda n: progress.advance(bar, n))
        write_html(summary, output, title=title, force=force)
    except (StudioError, OSError, ValueError) as error:
        _fail(error)
    print_summary(summary, out)
    out.print(f"wrote {escape(str(output))}", highlight=False, soft_wrap=True)
    for problem in summary.problems:
        err.print(escape(f"{problem.where}: {problem.message}"), highlight=False, soft_wrap=True)
    if summary.problems:
        tasks = len({problem.where for problem in summary.problems})
        err.print(f"[red]{len(summary.problems)} problem(s) in {tasks} task(s); the report covers everything else[/]")
        raise typer.Exit(code=1)


@app.command("train-claims")
def train_claims(
    data: Annotated[Path, typer.Argument(help="The spacy export (a folder of DocBin shards or one .spacy file)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to save the scorer's weights (JSON)")] = Path("claim_scorer.json"),
    held_out: Annotated[float, typer.Option(help="Share of articles held back to measure before/after")] = 0.25,
    seed: Annotated[int, typer.Option(help="Seed of the article split")] = 13,
) -> None:
    """Fit the claim re-scorer on reviewed claims; print the pre-annotation's score before and after."""
    from ls_factcheck.export.spacy_docs import read_docs, scorer_examples
    from ls_factcheck.preannotate.claim_scorer import train

    try:
        examples, manual = scorer_examples(read_docs(data))
        outcome = train(examples, manual, held_out=held_out, seed=seed)
    except (OSError, ValueError) as error:
        _fail(error)
    outcome.scorer.save(output)
    for line in outcome.lines():
        out.print(escape(line), highlight=False, soft_wrap=True)
    out.print(escape(f"saved the claim scorer to {output}; pre-annotation uses it with LS_FACTCHECK_CLAIM_SCORER={output}"), highlight=False, soft_wrap=True)


@app.command("evaluate-claims")
def evaluate_claims_command(
    gold: Annotated[Path, typer.Argument(help="Gold sentences (JSONL), e.g. eval/claims_dev.jsonl")],
    articles: Annotated[Path, typer.Option(help="The articles the gold file labels (JSONL)")],
    model: Model = None,
    misses: Annotated[bool, typer.Option(help="Also list every disagreement with the gold file")] = False,
    labels: Annotated[Path | None, typer.Option(
        help="A second labelling of the same sentences (gold form), scored in place of pre-annotation: "
             "how far two labellers agree")] = None,
) -> None:
    """Score claims, sources and quantities against a gold file, next to the every-sentence-a-claim baseline."""
    from ls_factcheck.evaluation.claim_eval import evaluate_claims, evaluate_labels, print_report
    from ls_factcheck.preannotate.pipeline import load_pipeline

    try:
        report = evaluate_labels(gold, labels, articles) if labels else evaluate_claims(gold, articles, load_pipeline(model))
    except (OSError, ValueError) as error:
        _fail(error)
    print_report(report, console=out, show_misses=misses)


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


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 9090,
    model: Model = None,
    allow_unauthenticated: Annotated[bool, typer.Option(
        "--allow-unauthenticated", envvar="LS_FACTCHECK_ALLOW_UNAUTHENTICATED",
        help="Run without basic auth; only on a loopback address, and said at every start")] = False,
    memory: Annotated[str | None, typer.Option("--memory", envvar="LS_FACTCHECK_MEMORY", help="Mark claims this memory holds as checked before and suggest their verdicts")] = None,
) -> None:
    """Run the plugin (Label Studio ML backend); settings from the environment, see docs/plugin.md."""
    import logging

    import uvicorn

    from ls_factcheck.backend.app import create_app
    from ls_factcheck.backend.config import PluginConfig

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = PluginConfig.from_env(model=model, allow_unauthenticated=allow_unauthenticated or None, memory=memory)
    except ValueError as error:
        _fail(error)
    if refusal := config.refusal(host):
        _fail(RuntimeError(f"the plugin does not start: {refusal}"))
    for warning in config.warnings():
        err.print(f"[yellow]{warning}[/]", highlight=False, soft_wrap=True)
    from ls_factcheck.memory.store import StoreError

    try:
        app_ = create_app(config)
    except (ModelNotFound, StoreError) as error:
        _fail(error)
    uvicorn.run(app_, host=host, port=port, log_level="info")


@app.command()
def connect(
    project: Annotated[str, typer.Option(help="Project title; created with the fact-check interface if new")],
    backend: Annotated[str, typer.Option(help="URL Label Studio reaches the plugin at")],
    secret: Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_WEBHOOK_SECRET",
                                               help="Shared webhook secret (the plugin's too)")] = None,
    basic_user: Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_BASIC_AUTH_USER")] = None,
    basic_password: Annotated[str | None, typer.Option(envvar="LS_FACTCHECK_BASIC_AUTH_PASSWORD")] = None,
    url: Url = None,
    token: Token = None,
) -> None:
    """Register the running plugin as the project's ML backend and webhook receiver."""
    from ls_factcheck.backend.connect import connect_project
    from ls_factcheck.studio.client import connect as studio_connect

    try:
        client = studio_connect(url, token)
        auth = (basic_user, basic_password) if basic_user and basic_password else None
        result = connect_project(client, project, backend, secret or "", auth)
    except StudioError as error:
        _fail(error)
    out.print(f"project {escape(repr(project))} (id {result.project_id}): ML backend {result.ml_backend_id} "
              f"({'added' if result.created else 'updated'}, state {result.state}), webhook {result.webhook_id}")


@app.command("evaluate-grouping")
def evaluate_grouping(
    articles: Annotated[Path, typer.Option(help="Articles (JSONL)")] = Path("samples/batch/articles.jsonl"),
    pairs: Annotated[Path, typer.Option(help="Gold same-claim pairs (JSONL)")] = Path("samples/batch/same_claim_pairs.jsonl"),
    show: Annotated[bool, typer.Option(help="Also list the links outside the gold pairs and the gold pairs missed")] = False,
    model: Model = None,
) -> None:
    """Pair precision and recall of cross-article claim grouping against gold pairs."""
    from ls_factcheck.evaluation.grouping_eval import evaluate

    for line in evaluate(articles, pairs, model).lines(show):
        out.print(escape(line), highlight=False, soft_wrap=True)


@app.command("evaluate-sources")
def evaluate_sources_command(
    folder: Annotated[Path, typer.Argument(help="Folder of SpkAtt-2023 article files, e.g. ../shared/data/spkatt2023_train/articles")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles")] = None,
    model: Model = None,
) -> None:
    """Token precision, recall and F1 of SOURCE spans against who-said-what annotations, recall per form."""
    from ls_factcheck.evaluation.source_eval import evaluate_sources
    from ls_factcheck.preannotate.pipeline import load_pipeline

    try:
        report = evaluate_sources(folder, load_pipeline(model), limit=limit)
    except (OSError, ValueError, ModelNotFound) as error:
        _fail(error)
    for line in report.lines():
        out.print(escape(line), highlight=False, soft_wrap=True)


@app.command("evaluate-ner")
def evaluate_ner_command(
    file: Annotated[Path, typer.Argument(help="GermEval 2014 file, e.g. ../shared/data/germeval2014/dev.tsv")],
    model: Model = None,
) -> None:
    """Precision, recall and F1 per entity label (PER, LOC, ORG, MISC) on a GermEval-format file."""
    from ls_factcheck.evaluation.ner_eval import evaluate_ner, print_report
    from ls_factcheck.preannotate.pipeline import ModelNotFound

    try:
        report = evaluate_ner(file, model)
    except (OSError, ModelNotFound) as error:
        _fail(error)
    print_report(report, console=out)


@app.command("evaluate-memory")
def evaluate_memory_command(
    pairs: Annotated[Path, typer.Argument(help="Labelled claim pairs, JSON Lines: id, a, b, same, kind")],
    model: Model = None,
    misses: Annotated[bool, typer.Option("--misses", help="List the pairs the memory gets wrong")] = False,
    among: Annotated[Path | None, typer.Option(
        "--among", help="A SQLite memory to look the pairs up in, among all its claims (a copy is used)")] = None,
) -> None:
    """Match precision and recall of the memory on labelled pairs (a checked before, b new)."""
    from rich.table import Table

    from ls_factcheck.evaluation.memory_eval import evaluate_memory
    from ls_factcheck.memory.match import MATCH_THRESHOLD
    from ls_factcheck.preannotate.pipeline import load_pipeline

    try:
        report = evaluate_memory(pairs, load_pipeline(model), among=among)
    except (OSError, ValueError, ModelNotFound) as error:
        _fail(error)
    table = Table("threshold", "precision", "recall", "F1", "same pairs", title=f"{report.pairs} pairs")
    for threshold, counts in report.at.items():
        mark = " (shipped)" if threshold == MATCH_THRESHOLD else ""
        table.add_row(f"{threshold:.2f}{mark}", f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
                      str(counts.support))
    out.print(table)
    kinds = Table("kind", "right", "wrong", title=f"per kind of pair, threshold {MATCH_THRESHOLD}")
    for kind, tally in sorted(report.by_kind.items()):
        kinds.add_row(kind or "-", str(tally["right"]), str(tally["wrong"]))
    out.print(kinds)
    if misses:
        for line in report.misses:
            out.print(escape(line), highlight=False, soft_wrap=True)


memory = typer.Typer(help="The memory of verified claims: add, import ClaimReview, search, stats.", no_args_is_help=True)
app.add_typer(memory, name="memory")
Store = Annotated[str, typer.Option("--store", envvar="LS_FACTCHECK_MEMORY", help="SQLite file or postgresql:// URL of the memory")]


def _open_store(store: str):
    from ls_factcheck.memory.store import MemoryStore, StoreError

    if not store:
        _fail(ValueError("no memory store: give --store FILE_OR_URL or set LS_FACTCHECK_MEMORY"))
    try:
        return MemoryStore.open(store)
    except (StoreError, OSError) as error:
        _fail(error)


def _print_added(result, store_where: str) -> None:
    out.print(escape(f"{result.added} new, {result.updated} updated, {result.unchanged} already there "
                     f"in {store_where}"), highlight=False, soft_wrap=True)
    for note in result.problems:
        err.print(f"[cyan]note[/] {escape(note)}", highlight=False, soft_wrap=True)


@memory.command("add")
def memory_add(
    export_files: Annotated[list[Path] | None, typer.Argument(help="JSONL exports of verified claims (ls-factcheck export -f jsonl)")] = None,
    store: Store = "",
    project: Annotated[str | None, typer.Option(help="Add the verified claims of this live project instead")] = None,
    project_name: Annotated[str, typer.Option(help="The project's name as the memory shows it (default: the project id)")] = "",
    org: Annotated[str, typer.Option(envvar="LS_FACTCHECK_ORG", help="The organisation that checked the claims")] = "",
    resolve: Annotated[str, typer.Option(help="When reviewers disagree: majority, unanimous or latest")] = "latest",
    model: Model = None,
    url: Url = None,
    token: Token = None,
) -> None:
    """Add verified claims to the memory; re-adding the same claim changes nothing."""
    from ls_factcheck.export.review import review_task
    from ls_factcheck.export.sources import tasks_from_project
    from ls_factcheck.memory.remember import claims_from_jsonl, remember
    from ls_factcheck.preannotate.pipeline import load_pipeline

    if bool(export_files) == (project is not None):
        _fail(ValueError("give export files or --project, not both"))
    problems: list[Problem] = []
    with _open_store(store) as memory_store:
        try:
            nlp = load_pipeline(model)
            if project is not None:
                claims = (claim for task in tasks_from_project(project, url, token)
                          for claim in review_task(task, resolve).claims)
                result = remember(memory_store, claims, nlp, project_name or project, org)
            else:
                claims = (claim for path in export_files for claim in claims_from_jsonl(path, problems))
                result = remember(memory_store, claims, nlp, project_name, org)
        except (StudioError, ModelNotFound, ValueError) as error:
            _fail(error)
        _print_added(result, memory_store.where)
    _report_problems(problems)


@memory.command("import")
def memory_import(
    paths: Annotated[list[Path], typer.Argument(help="ClaimReview JSON-LD: .json/.jsonld/.jsonl files, HTML pages, or folders of them")],
    store: Store = "",
    model: Model = None,
) -> None:
    """Import other fact-checkers' ClaimReview records; a bad record is reported and the rest imported."""
    from ls_factcheck.memory.remember import import_claimreviews
    from ls_factcheck.preannotate.pipeline import load_pipeline

    problems: list[Problem] = []
    with _open_store(store) as memory_store:
        try:
            result = import_claimreviews(memory_store, paths, load_pipeline(model), problems)
        except ModelNotFound as error:
            _fail(error)
        _print_added(result, memory_store.where)
    _report_problems(problems)


@memory.command("search")
def memory_search(
    text: Annotated[str, typer.Argument(help="The claim to look up")],
    store: Store = "",
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many")] = 5,
    model: Model = None,
) -> None:
    """The checked claims most like TEXT, best first, with the score and why."""
    from ls_factcheck.memory.remember import search
    from ls_factcheck.preannotate.pipeline import load_pipeline

    with _open_store(store) as memory_store:
        try:
            found = search(memory_store, text, load_pipeline(model), limit=limit)
        except ModelNotFound as error:
            _fail(error)
    if not found:
        out.print("nothing like it in the memory")
    for match in found:
        kind = "same claim" if match.same_claim else "different figure" if match.contradictions else "similar"
        out.print(escape(f"{match.score:.2f} {kind}: {match.claim.text}"), highlight=False, soft_wrap=True)
        out.print(escape(f"     {match.describe()}"), highlight=False, soft_wrap=True)
        out.print(escape(f"     why: {'; '.join(match.reasons)}"), highlight=False, soft_wrap=True)


@memory.command("stats")
def memory_stats(store: Store = "") -> None:
    """How many checked claims the memory holds, by origin and verdict."""
    with _open_store(store) as memory_store:
        stats = memory_store.stats()
    out.print(escape(f"{stats.claims} checked claim(s) in {stats.where} (schema version {stats.schema_version})"),
              highlight=False, soft_wrap=True)
    for origin, n in stats.by_origin.items():
        out.print(f"  from {origin}: {n}", highlight=False)
    for verdict, n in stats.by_verdict.items():
        out.print(escape(f"  {verdict}: {n}"), highlight=False)
    out.print(f"  {stats.publishers} publisher(s), {stats.projects} project(s)", highlight=False)
    if stats.bytes_on_disk is not None and stats.claims:
        out.print(f"  {stats.bytes_on_disk:,} bytes on disk, {stats.bytes_on_disk // stats.claims:,} per claim", highlight=False)


if __name__ == "__main__":
    app()
