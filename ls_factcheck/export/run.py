"""One streaming pass: tasks in, every requested format out, agreement tallied on the way.

Where files go: ``-o DIR`` puts each format under its default name in DIR (``claims.jsonl``,
``claims.csv``, ``claimreview.jsonld``, ``fever.jsonl``, ``spacy/``); ``--to FORMAT=PATH`` puts one
format elsewhere; a single format with ``-o`` naming a file (it has a suffix and is no folder)
writes that file, as the export did before it knew several formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ls_factcheck.export.agreement import Agreement, AgreementTally
from ls_factcheck.export.review import RULES, Resolve, review_task
from ls_factcheck.problems import Problem
from ls_factcheck.export.writers import ClaimReviewWriter, CsvWriter, FeverWriter, JsonlWriter, Writer, Written

FORMATS: tuple[str, ...] = ("jsonl", "csv", "claimreview", "fever", "spacy")
DEFAULT_NAMES = {"jsonl": "claims.jsonl", "csv": "claims.csv", "claimreview": "claimreview.jsonld",
                 "fever": "fever.jsonl", "spacy": "spacy"}


@dataclass
class ExportOptions:
    resolve: Resolve = "latest"
    bom: bool = False
    organisation: str = ""
    organisation_url: str | None = None
    review_url: str = ""
    language: str = "de"
    shard_size: int = 1000
    force: bool = False  # replace existing output files (never folders)
    raw_csv: bool = False  # CSV cells exactly as stored, formulas included


@dataclass
class ExportResult:
    tasks: int = 0
    reviewed_tasks: int = 0
    claims: int = 0
    conflicts: int = 0
    written: list[Written] = field(default_factory=list)
    agreement: Agreement | None = None
    # Tasks, annotations or regions that could not be read, by task; everything else was exported.
    problems: list[Problem] = field(default_factory=list)


def plan_outputs(formats: Iterable[str], output: Path | None, to: Iterable[str] = ()) -> dict[str, Path]:
    """Where each format goes; raises ValueError naming what is wrong with the options."""
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(map(repr, unknown))}: choose from {', '.join(FORMATS)}")
    explicit: dict[str, Path] = {}
    for item in to:
        name, sep, path = item.partition("=")
        if not sep or not path or name not in FORMATS:
            raise ValueError(f"--to {item!r}: write FORMAT=PATH with FORMAT one of {', '.join(FORMATS)}")
        explicit[name] = Path(path)
    formats += [name for name in explicit if name not in formats]
    if not formats:
        formats = ["jsonl"]
    plan: dict[str, Path] = {}
    single_file = output is not None and len(formats) == 1 and output.suffix and not output.is_dir()
    for name in formats:
        if name in explicit:
            plan[name] = explicit[name]
        elif single_file:
            plan[name] = output
        elif output is not None:
            plan[name] = output / DEFAULT_NAMES[name]
        else:
            raise ValueError(f"where should {name} go? give -o FOLDER or --to {name}=PATH")
    return plan


def make_writers(plan: dict[str, Path], options: ExportOptions) -> list[Writer]:
    """Open every output; options are checked here so a bad one fails before any task is read."""
    if options.resolve not in RULES:
        raise ValueError(f"--resolve must be majority, unanimous or latest, not {options.resolve!r}")
    if "claimreview" in plan and (not options.organisation.strip() or not options.review_url.strip()):
        raise ValueError("claimreview needs --org (who publishes the reviews) and --review-url (a template such as "
                         "'https://example.org/faktencheck/{article_id}/{claim_id}')")
    writers: list[Writer] = []
    try:
        for name, path in plan.items():
            if name == "jsonl":
                writers.append(JsonlWriter(path, force=options.force))
            elif name == "csv":
                writers.append(CsvWriter(path, bom=options.bom, force=options.force, raw=options.raw_csv))
            elif name == "claimreview":
                writers.append(ClaimReviewWriter(path, options.organisation, options.review_url,
                                                 options.organisation_url, options.language, force=options.force))
            elif name == "fever":
                writers.append(FeverWriter(path, force=options.force))
            elif name == "spacy":
                from ls_factcheck.export.spacy_docs import SpacyWriter

                writers.append(SpacyWriter(path, shard_size=options.shard_size, force=options.force))
    except Exception:
        for writer in writers:
            writer.finish(ok=False)
        raise
    return writers


def run_export(tasks: Iterable[dict], writers: list[Writer], rule: Resolve = "latest",
               progress: Callable[[int], None] | None = None) -> ExportResult:
    """Read each task once and hand it to every writer; returns counts and agreement."""
    result = ExportResult()
    tally = AgreementTally()
    ok = False
    try:
        for number, task in enumerate(tasks, start=1):
            result.tasks += 1
            where = f"task {task.get('id')}" if isinstance(task, dict) else f"task #{number} of the export"
            try:
                review = review_task(task, rule)
            except ValueError as error:
                result.problems.append(Problem(where, f"skipped: {error}"))
                continue
            result.problems += [Problem(where, problem) for problem in review.problems]
            result.reviewed_tasks += review.reviewed
            result.claims += len(review.claims)
            result.conflicts += sum(c.agreement == "conflict" for c in review.claims)
            tally.add(review)
            for writer in writers:
                writer.add(review)
            if progress:
                progress(1)
        ok = True
    finally:
        result.written, failures = [], []
        for writer in writers:  # every writer finishes, so none leaves its temporary file behind
            try:
                result.written.append(writer.finish(ok))
            except Exception as error:  # noqa: BLE001 - raised below, after the others finished
                failures.append(error)
        if ok and failures:
            raise failures[0]
    result.agreement = tally.result()
    return result
