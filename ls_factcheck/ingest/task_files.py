"""Task files: the Label Studio JSON arrays ``preannotate`` (or a Dask run) writes and ``import`` reads.

A task file holds one task per line between ``[`` and ``]``, so a task is named by its file and
line, and one broken line costs only its task. Files are written to a hidden temporary name and
renamed, so a reader, an ``import`` or a re-run never sees half a file. A file in another layout
(pretty-printed, say) is parsed as a whole with ijson, streaming, and its tasks are named by
their position. Every task is validated against the schema and its offsets checked before it
can be sent, and the fields the interface renders as HTML or CSS are computed anew
(``preannotate.tasks.own_markup``): a task file is untrusted.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import ijson
from pydantic import ValidationError

from ls_factcheck.ingest.readers import inside_folder
from ls_factcheck.json_items import json_items
from ls_factcheck.preannotate.tasks import own_markup
from ls_factcheck.problems import Problem
from ls_factcheck.schema import OffsetError, Task

SUFFIX = ".json"


def write_task_file(tasks: Iterable[Task], path: Path, progress: Callable[[int], None] = lambda n: None) -> int:
    """Write ``tasks`` to ``path`` as a Label Studio JSON array; returns how many were written.

    With no task at all nothing is written: a mistyped input never replaces a good tasks file
    with an empty one."""
    count = 0

    def write(handle) -> None:
        nonlocal count
        handle.write("[")
        for task in tasks:
            handle.write(",\n" if count else "\n")
            handle.write(task.model_dump_json(exclude_none=True))
            count += 1
            progress(1)
        handle.write("\n]\n")

    write_atomically(Path(path), write, keep=lambda: count > 0)
    return count


def split_inputs(inputs: Iterable[str | Path], problems: list[Problem] | None = None,
                 follow_symlinks: bool = False) -> tuple[list[Path], list[Path]]:
    """Article inputs (files and folders for the readers) and task files (``.json``, also inside folders)."""
    articles, task_files = [], []
    for item in map(Path, inputs):
        if item.is_file() and item.suffix.lower() == SUFFIX:
            task_files.append(item)
            continue
        articles.append(item)
        if item.is_dir():
            found = sorted(p for p in item.rglob(f"*{SUFFIX}") if p.is_file())
            task_files += inside_folder(item, found, [] if problems is None else problems, follow_symlinks)
    return articles, task_files


def read_task_files(paths: Iterable[Path], problems: list[Problem]) -> Iterator[Task]:
    for path in paths:
        try:
            if _one_task_per_line(path):
                yield from _read_lines(path, problems)
            else:
                yield from _read_whole(path, problems)
        except (OSError, ValueError, ijson.JSONError) as error:  # ValueError: UnicodeDecodeError, TooDeep
            problems.append(Problem(str(path), f"cannot be read as a tasks file: {error}"))


def _one_task_per_line(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        first, second = handle.readline().strip(), handle.readline().strip()
    # preannotate's layout: "[" alone, then each task on its own line starting with "{"
    return first == "[" and (second in ("]", "") or second.startswith('{"'))


def _read_lines(path: Path, problems: list[Problem]) -> Iterator[Task]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            where = f"{path}:{number}"
            try:
                fields = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(Problem(where, f"not valid JSON ({error.msg})"))
                continue
            except RecursionError:
                problems.append(Problem(where, "JSON nested too deeply to read"))
                continue
            task = _task(fields, where, problems)
            if task:
                yield task


def _read_whole(path: Path, problems: list[Problem]) -> Iterator[Task]:
    with path.open("rb") as handle:
        for number, fields in enumerate(json_items(handle), start=1):
            task = _task(fields, f"{path}: task {number}", problems)
            if task:
                yield task


def _task(fields: object, where: str, problems: list[Problem]) -> Task | None:
    if not isinstance(fields, dict):
        problems.append(Problem(where, "expected a task (a JSON object with 'data')"))
        return None
    try:
        task = Task.model_validate(fields)
        task.check_offsets()
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        problems.append(Problem(where, f"not a fact-check task: {place}: {first['msg']}"))
        return None
    except OffsetError as error:
        problems.append(Problem(where, f"skipped, offsets do not match the text: {error}"))
        return None
    task.origin = where
    return own_markup(task)


def write_atomically(path: Path, write: Callable, keep: Callable[[], bool] = lambda: True) -> None:
    """Write ``path`` through ``write(handle)`` into a temporary file, then rename it into place
    (only when ``keep()`` says the result is worth keeping)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Hidden and not ending in .json, unique per writer: two workers retrying the same shard
    # never share a temporary file, and the last rename wins with a complete file either way.
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if keep():
            os.replace(temporary, path)
        else:
            temporary.unlink(missing_ok=True)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
