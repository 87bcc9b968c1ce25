"""Read articles from files: .txt/.md, .jsonl, .csv and .html.

Text is kept exactly as given (``\\r\\n`` stays two characters, invisible characters stay): every
offset computed later is a Python str index into ``Article.text``. Bad input never stops a batch:
each problem is recorded with its file and line, and reading goes on.

Files are read as UTF-8. One that is not is decoded as Windows-1252 only when the result is
unmistakably Western European text; otherwise it is reported, because a guessed encoding that is
wrong garbles every umlaut without anyone noticing.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from ls_factcheck.problems import Problem
from ls_factcheck.schema import Article

TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = TEXT_SUFFIXES | {".jsonl", ".csv", ".html", ".htm"}
FIELDS = ("id", "text", "title", "url", "outlet", "published", "author", "language")

# spaCy's default ``nlp.max_length``: parsing a longer text needs about a gigabyte per 100,000
# characters, so such an article would stop pre-annotation instead of one file being skipped.
MAX_CHARS = 1_000_000

_SURROGATE = re.compile("[\ud800-\udfff]")


def read_articles(
    inputs: Iterable[str | Path], problems: list[Problem], *, max_chars: int = MAX_CHARS,
    follow_symlinks: bool = False,
) -> Iterator[Article]:
    """Yield every readable article in ``inputs`` (files or folders); record the rest in ``problems``.

    A link inside a folder that points outside it is skipped unless ``follow_symlinks``: a batch
    folder from elsewhere should not make the import read (and send) other files of this machine.
    """
    seen: dict[str, tuple[bytes, str]] = {}  # id -> (sha1 of text, origin): small, even for big batches
    for path in _expand(inputs, problems, follow_symlinks):
        for where, fields in _records(path, problems):
            article = _article(fields, where, problems, max_chars)
            if article and _first_time(article, seen, problems):
                _note_zero_width(article, problems)
                yield article


def _expand(inputs: Iterable[str | Path], problems: list[Problem], follow_symlinks: bool = False) -> Iterator[Path]:
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            yield from inside_folder(path, found, problems, follow_symlinks)
        elif path.is_file():
            yield path
        else:
            problems.append(Problem(str(path), "no such file or folder"))


def inside_folder(folder: Path, paths: Iterable[Path], problems: list[Problem], follow_symlinks: bool) -> Iterator[Path]:
    """``paths`` found in ``folder``, less those that are links to files outside it (reported)."""
    root = folder.resolve()
    for path in paths:
        target = path.resolve()
        if follow_symlinks or target.is_relative_to(root):
            yield path
        else:
            problems.append(Problem(str(path), f"skipped: a link to {target}, outside {folder} "
                                               "(--follow-symlinks reads it)"))


def _records(path: Path, problems: list[Problem]) -> Iterator[tuple[str, dict]]:
    """``(where, fields)`` for each article-like record in the file."""
    suffix = path.suffix.lower()
    try:
        if suffix in _LINE_READERS and _plain_utf8(path):
            # Large batches stream: a JSONL or CSV file in UTF-8 is read line by line, never whole.
            with path.open(encoding="utf-8-sig", newline="") as handle:
                yield from _LINE_READERS[suffix](path, handle, problems, path.stat().st_size)
            return
        # The bytes are not kept: only the text stays in memory while the records are read.
        data = path.read_bytes()
        if suffix == ".jsonl" and (mixed := _mixed_lines(path, data, problems)) is not None:
            yield from _read_jsonl(path, io.StringIO(mixed, newline=""), problems, len(mixed))
            return
        text = _decode(path, data, problems)
    except OSError as error:
        problems.append(Problem(str(path), f"cannot be read: {error.strerror or error}"))
        return
    if text is None:
        return
    if suffix in _LINE_READERS:
        yield from _LINE_READERS[suffix](path, io.StringIO(text, newline=""), problems, len(text))
    else:
        # A file named explicitly with another suffix is read as plain text.
        yield from _READERS.get(suffix, _read_text)(path, text, problems)


def _plain_utf8(path: Path, chunk: int = 1 << 20) -> bool:
    """True for a non-empty UTF-8 text file, checked in chunks; anything else goes the careful way."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        head = handle.read(chunk)
        if not head.strip() or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_binary(head, utf8=True):
            return False
        data = head
        while data:
            try:
                decoder.decode(data)
            except UnicodeDecodeError:
                return False
            data = handle.read(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _article(fields: dict, where: str, problems: list[Problem], max_chars: int) -> Article | None:
    text = fields.get("text")
    if not isinstance(text, str):
        problems.append(Problem(where, "no 'text' field" if text is None else "'text' is not a string"))
        return None
    if len(text) > max_chars:
        problems.append(Problem(where, f"article is {len(text):,} characters long, more than the limit of "
                                       f"{max_chars:,}: split it, or raise --max-chars"))
        return None
    if surrogate := _SURROGATE.search(text):
        # Only a JSON escape such as "\ud83d" without its pair gets here; such a text cannot be
        # stored or sent as UTF-8.
        problems.append(Problem(where, f"text contains {surrogate.group().encode('unicode_escape').decode()} "
                                       "without its pair: not valid Unicode, fix the JSON escape"))
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


def _first_time(article: Article, seen: dict[str, tuple[bytes, str]], problems: list[Problem]) -> bool:
    """False for an id read before: a second copy is a notice, another text under that id an error."""
    digest = Article.text_digest(article.text)
    if article.id not in seen:
        seen[article.id] = (digest, article.origin)
        return True
    first_digest, first_origin = seen[article.id]
    if digest == first_digest:
        # Nothing is lost, so this is a notice: re-exported batches often overlap.
        problems.append(Problem(article.origin, f"duplicate of {first_origin}, read once", skipped=False))
    else:
        problems.append(Problem(article.origin, f"article id {article.id!r} is already used by {first_origin} "
                                                "with a different text; not imported: give one of them a new id"))
    return False


# --- Invisible characters ---------------------------------------------------------------------

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_ZWJ = "\u200d"


def _note_zero_width(article: Article, problems: list[Problem]) -> None:
    """Zero-width characters are kept (offsets must match the exact text), but a reviewer cannot
    see them, so a search for a word that contains one fails for no visible reason."""
    count = sum(1 for match in _ZERO_WIDTH.finditer(article.text) if not _joins_emoji(article.text, match.start()))
    if count:
        problems.append(Problem(article.origin, f"contains {count} zero-width character(s) "
                                                "(kept: they are invisible in the labelling interface)", skipped=False))


def _joins_emoji(text: str, index: int) -> bool:
    """A zero-width joiner between two emoji builds one emoji (👨‍👩‍👧); that one is meant."""
    return (text[index] == _ZWJ and 0 < index < len(text) - 1
            and _emoji_part(text[index - 1]) and _emoji_part(text[index + 1]))


def _emoji_part(char: str) -> bool:
    # Python has no Extended_Pictographic property; emoji are "So", and a sequence may end in a
    # variation selector (🏳️‍🌈) or a skin tone modifier (👩🏽‍💻) before the joiner.
    return unicodedata.category(char) == "So" or char == "\ufe0f" or "\U0001f3fb" <= char <= "\U0001f3ff"


# --- Bytes to text ----------------------------------------------------------------------------

# Control bytes that text does not contain (tab, LF, FF and CR are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r") + b"\x7f"
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# UTF-8 for Latin-1 letters and typographic punctuation ("ä" is C3 A4, "„" E2 80 9E): a file that
# has these and is still not valid UTF-8 mixes encodings, and cp1252 would garble the UTF-8 part.
_UTF8_SEQUENCE = re.compile(rb"[\xc2\xc3][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]")
# What Western European text decodes to from cp1252. Ð ð Þ þ are left out: Icelandic is not
# expected here, and they are what Turkish ğ ş become when cp1254 is read as cp1252.
_LETTERS = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ"
_MARKS = "€‚„…‘’“”•–—™‹›«»°§©®²³¹µ·¼½¾£¥¢¡¿±×÷´¨‰ªº\xa0\xad"
# Signs that never sit inside a word, but do when cp1250 text is read as cp1252 ("b³¹d" for "błąd").
_WORD_BREAKERS = "£¥ª³¹º¼½¾¿°§©®²±×÷¨¢¡€™‰µ"
_NOT_WESTERN = (
    re.compile(f"[^\t\n\f\r\x20-\x7e{_LETTERS}{_MARKS}]"),  # control characters, unusual signs
    re.compile(f"[{_LETTERS}]{{4}}"),  # Cyrillic or Greek read as cp1252: whole words of accented letters
    re.compile(f"[A-Za-z{_LETTERS}][{_WORD_BREAKERS}]+[A-Za-z{_LETTERS}]"),
)


def _mixed_lines(path: Path, data: bytes, problems: list[Problem]) -> str | None:
    """A JSONL file of UTF-8 lines with a few in another encoding, decoded line by line; else None.

    One record pasted from an old system must not cost the file: the UTF-8 lines are read as
    they are, a line in Windows-1252 is decoded with a note, any other line is skipped with a
    message. A file with no UTF-8 line beyond ASCII is a legacy file as a whole (``_decode``).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_binary(data, utf8=False):
        return None
    lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    decoded: list[str | None] = []
    for raw in lines:
        try:
            decoded.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
    if None not in decoded or not any(line and not line.isascii() for line in decoded):
        return None
    for number, (raw, line) in enumerate(zip(lines, decoded), start=1):
        if line is not None:
            continue
        legacy = _western(raw)
        if legacy is None:
            problems.append(Problem(f"{path}:{number}", "not UTF-8 text and not recognisable as Windows-1252/Latin-1: "
                                                        "convert this line to UTF-8"))
            decoded[number - 1] = ""
        else:
            problems.append(Problem(f"{path}:{number}", "decoded as Windows-1252 (cp1252): this line is not UTF-8",
                                    skipped=False))
            decoded[number - 1] = legacy
    return "\n".join(line or "" for line in decoded)


def _decode(path: Path, data: bytes, problems: list[Problem]) -> str | None:
    """The file's text, or None after recording why it has none."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, problem = _from_utf16(path, data)
    else:
        text, problem = _from_utf8(path, data)
    if text is not None and (not text or text.isspace()):
        text, problem = None, Problem(f"{path}:1", "file is empty")
    if problem:
        problems.append(problem)
    return text


# Each of these returns the text or None, and what to tell the user: why there is no text, or a
# notice about how it was decoded.


def _from_utf8(path: Path, data: bytes) -> tuple[str | None, Problem | None]:
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        # A UTF-8 byte order mark says the file was meant as UTF-8: no other encoding is tried.
        return _from_legacy(path, data, bom + error.start, try_cp1252=not bom)
    if _looks_binary(data, utf8=True):
        return None, Problem(f"{path}:1", "binary file, not text")
    return text, None


def _from_legacy(path: Path, data: bytes, bad_byte: int, try_cp1252: bool) -> tuple[str | None, Problem]:
    if _looks_binary(data, utf8=False):
        return None, Problem(f"{path}:1", "binary file, not text")
    line = data.count(b"\n", 0, bad_byte) + 1
    where = f"{path}:{line}"
    text = _western(data) if try_cp1252 else None
    if text is None:
        return None, Problem(where, f"not UTF-8 text (byte {bad_byte}) and not recognisable as "
                                    "Windows-1252/Latin-1: convert it to UTF-8")
    return text, Problem(where, "decoded as Windows-1252 (cp1252): the file is not UTF-8", skipped=False)


def _from_utf16(path: Path, data: bytes) -> tuple[str | None, Problem]:
    # Windows tools (PowerShell 5's ">", some spreadsheet exports) write UTF-16 with this mark.
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        text = None
    # UTF-32 also starts with FF FE; read as UTF-16 it has NULs between the letters.
    if text is None or _CONTROL_CHARS.search(text):
        return None, Problem(f"{path}:1", "binary file, not text")
    return text, Problem(f"{path}:1", "decoded as UTF-16 (it starts with a UTF-16 byte order mark): "
                                      "the file is not UTF-8", skipped=False)


def _looks_binary(data: bytes, utf8: bool) -> bool:
    # Text has next to no control bytes; compressed or machine data about one byte in nine. A NUL
    # in a file that is not UTF-8 anyway means binary; a stray NUL in UTF-8 text is left to the
    # article check, whose "text contains NUL bytes" says more.
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls * 10 > len(sample) or (not utf8 and b"\0" in data)


def _western(data: bytes) -> str | None:
    """``data`` decoded as Windows-1252 if it is plausibly Western European text, else None.

    Latin-1 needs no rule of its own: it differs from cp1252 only in 0x80-0x9F, control
    characters that text does not contain.
    """
    if _UTF8_SEQUENCE.search(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252
        return None
    return None if any(pattern.search(text) for pattern in _NOT_WESTERN) else text


# --- Formats ----------------------------------------------------------------------------------


def _read_text(path: Path, text: str, problems: list[Problem]) -> Iterator[tuple[str, dict]]:
    """First line is the title; the article text is everything after it."""
    title, _, body = text.partition("\n")
    yield f"{path}:1", {"title": title.rstrip("\r"), "text": body.lstrip("\r\n")}


def _read_jsonl(path: Path, lines: Iterable[str], problems: list[Problem], size: int) -> Iterator[tuple[str, dict]]:
    # Lines come from a file or StringIO opened with newline="": "\r\n" stays as it is.
    for number, line in enumerate(lines, start=1):
        # Files joined with `cat` carry each one's byte order mark into the middle.
        line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            # Without its line break, a cut-off record is an "Unterminated string", as it should be.
            fields = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            # json's messages end in " at" for the position it keeps apart: "Unterminated string starting at".
            reason = f"{error.msg.removesuffix(' at')} at column {error.colno}"
            problems.append(Problem(where, f"not valid JSON ({reason})"))
            continue
        except RecursionError:
            problems.append(Problem(where, "JSON nested too deeply to read"))
            continue
        if not isinstance(fields, dict):
            problems.append(Problem(where, "expected a JSON object"))
            continue
        yield where, fields


def _read_csv(path: Path, lines: Iterable[str], problems: list[Problem], size: int) -> Iterator[tuple[str, dict]]:
    # The csv module refuses fields over 128 KiB; no field can be longer than the file, and the
    # article length limit gives the useful message. The limit is process-wide, so only raise it.
    csv.field_size_limit(max(csv.field_size_limit(), size))
    feed = _Lines(lines)
    reader = csv.reader(feed)
    columns = next(reader, None) or []
    if "text" not in columns:
        problems.append(Problem(f"{path}:1", f"CSV has no 'text' column (columns: {', '.join(columns)})"))
        return
    number = len(feed.taken)  # physical lines read so far: a row with quoted line breaks spans several
    feed.taken.clear()
    while True:
        fields = next(reader, None)
        if fields is None:
            return
        taken, start = feed.taken[:], number + 1
        feed.taken.clear()
        number += len(taken)
        if _swallowed_rows(fields, taken, len(columns), feed.exhausted):
            problems.append(Problem(f"{path}:{start}", f"a quote opened in this row is not closed: it took in lines "
                                                       f"{start + 1}–{number} as text; row skipped, those lines read "
                                                       "as rows of their own"))
            feed.queue.extendleft(reversed(taken[1:]))
            number = start
            reader = csv.reader(feed)
            continue
        if fields:  # as csv.DictReader: an empty line is no row; extra fields under None, missing ones None
            row: dict = dict(zip(columns, fields))
            row.update({column: None for column in columns[len(fields):]})
            if len(fields) > len(columns):
                row[None] = fields[len(columns):]
            yield f"{path}:{start}", row


class _Lines:
    """The lines a csv reader takes, recorded, with room to hand some back to a fresh reader."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = iter(lines)
        self.queue: deque[str] = deque()
        self.taken: list[str] = []
        self.exhausted = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.queue:
            line = self.queue.popleft()
        else:
            try:
                line = next(self.lines)
            except StopIteration:
                self.exhausted = True
                raise
        self.taken.append(line)
        return line


def _swallowed_rows(fields: list[str], taken: list[str], columns: int, at_end: bool) -> bool:
    """Whether a row spanning several lines is a stray quote's work rather than quoted line breaks:
    it took in lines that are rows of their own, and its fields do not fit the header (or it ran
    to the end of the file)."""
    if len(taken) < 2 or not (len(fields) != columns or (at_end and not taken[-1].rstrip().endswith('"'))):
        return False
    return any(len(next(csv.reader([line]), [])) == columns for line in taken[1:])


def _read_html(path: Path, text: str, problems: list[Problem]) -> Iterator[tuple[str, dict]]:
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    # On a page without an article (cookie banner, menu, footer) the default extraction falls
    # back to whatever prose it finds, often the cookie notice; the precision mode finds nothing
    # there. Its text is not used: it differs in line breaks, and text decides the article's id.
    # The second extraction costs a few milliseconds a page.
    document = None
    if trafilatura.bare_extraction(text, include_comments=False, favor_precision=True) is not None:
        document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if document is None:
        problems.append(Problem(f"{path}:1", "no article text found in the HTML"))
        return
    data = document if isinstance(document, dict) else document.as_dict()
    yield f"{path}:1", {
        "text": data.get("text") or "",
        "title": data.get("title"),
        "url": data.get("url"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "author": data.get("author"),
        "language": data.get("language"),
    }


_READERS = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
}
# One record per line (or row): these can stream, and take lines rather than the whole text.
_LINE_READERS = {
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}
