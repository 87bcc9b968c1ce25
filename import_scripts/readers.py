"""Read articles from files: .txt/.md, .jsonl, .csv and .html.

Text is kept exactly as given (files are opened with ``newline=""`` so ``\\r\\n`` stays two
characters): every offset computed later is a Python str index into ``Article.text``. Bad input
never stops a batch: each problem is recorded with its file and line, and reading goes on.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ls_factcheck.schema import Article

TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = TEXT_SUFFIXES | {".jsonl", ".csv", ".html", ".htm"}
FIELDS = ("id", "text", "title", "url", "outlet", "published", "author", "language")


@dataclass(frozen=True)
class Problem:
    """Why one input (a file, a line, a row) was skipped."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def read_articles(inputs: Iterable[str | Path], problems: list[Problem]) -> Iterator[Article]:
    """Yield every readable article in ``inputs`` (files or folders); record the rest in ``problems``."""
    for path in _expand(inputs, problems):
        reader = _READERS.get(path.suffix.lower(), _read_text)
        try:
            yield from reader(path, problems)
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(str(path), f"cannot be read: {_reason(error)}"))


def _expand(inputs: Iterable[str | Path], problems: list[Problem]) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            problems.append(Problem(str(path), "no such file or folder"))


def _article(fields: dict, where: str, problems: list[Problem]) -> Article | None:
    text = fields.get("text")
    if not isinstance(text, str):
        problems.append(Problem(where, "no 'text' field" if text is None else "'text' is not a string"))
        return None
    values = {key: _as_str(fields.get(key)) for key in FIELDS if key not in ("id", "text")}
    article_id = _as_str(fields.get("id")) or Article.stable_id(text)
    try:
        return Article(id=article_id, text=text, origin=where, **values)
    except ValidationError as error:
        problems.append(Problem(where, "; ".join(e["msg"].removeprefix("Value error, ") for e in error.errors())))
        return None


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _read_text(path: Path, problems: list[Problem]) -> Iterator[Article]:
    """First line is the title; the article text is everything after it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        content = handle.read()
    title, _, body = content.partition("\n")
    body = body.lstrip("\r\n")
    article = _article({"title": title.rstrip("\r"), "text": body}, f"{path}:1", problems)
    if article:
        yield article


def _read_jsonl(path: Path, problems: list[Problem]) -> Iterator[Article]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                fields = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(Problem(where, f"not valid JSON ({error.msg})"))
                continue
            if not isinstance(fields, dict):
                problems.append(Problem(where, "expected a JSON object"))
                continue
            article = _article(fields, where, problems)
            if article:
                yield article


def _read_csv(path: Path, problems: list[Problem]) -> Iterator[Article]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if "text" not in (reader.fieldnames or []):
            problems.append(Problem(f"{path}:1", "CSV has no 'text' column"))
            return
        row_start = reader.line_num + 1
        for row in reader:
            # line_num counts physical lines, so a row with quoted line breaks spans several.
            article = _article(row, f"{path}:{row_start}", problems)
            row_start = reader.line_num + 1
            if article:
                yield article


def _read_html(path: Path, problems: list[Problem]) -> Iterator[Article]:
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    html = path.read_text(encoding="utf-8-sig")
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None:
        problems.append(Problem(f"{path}:1", "no article text found in the HTML"))
        return
    data = document if isinstance(document, dict) else document.as_dict()
    fields = {
        "text": data.get("text") or "",
        "title": data.get("title"),
        "url": data.get("url"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "author": data.get("author"),
        "language": data.get("language"),
    }
    article = _article(fields, f"{path}:1", problems)
    if article:
        yield article


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte {error.start})"
    return error.strerror or str(error)


_READERS = {
    ".txt": _read_text,
    ".md": _read_text,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
    ".html": _read_html,
    ".htm": _read_html,
}
