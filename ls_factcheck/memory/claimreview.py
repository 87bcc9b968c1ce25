"""Read published ClaimReview records (schema.org JSON-LD) into memory records.

Accepted: a JSON file holding one ClaimReview, a list of them or a ``@graph`` (this project's own
``claimreview`` export is such a list); a JSON Lines file with one per line; an HTML page with
``<script type="application/ld+json">`` blocks, as fact-checking sites embed them; or a folder of
any of these. Every input is untrusted: a record that cannot be used is reported once, naming the
file and the item or line, and the others are read.

A record needs the claim (``claimReviewed``), who reviewed it (``author.name``) and a rating
(``reviewRating.alternateName``, or a ``ratingValue``). This project's own rating names
("Belegt", "Strittig", "Unbelegt", and their English forms) become its verdicts again; another
publisher's rating is kept in its own words.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ls_factcheck.schema import RATING_NAMES, RATING_SCALE
from ls_factcheck.memory.records import CLAIMREVIEW, MemoryClaim, claimreview_key
from ls_factcheck.problems import Problem

SUFFIXES = {".json", ".jsonld", ".jsonl", ".html", ".htm"}
MAX_FILE_BYTES = 50 * 1024 * 1024
_VERDICT_OF_NAME = {name.casefold(): verdict for names in RATING_NAMES.values() for verdict, name in names.items()}
_VERDICT_OF_VALUE = {value: verdict for verdict, value in RATING_SCALE.items()}


class _JsonLdScripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self._inside: int | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and any(k == "type" and (v or "").strip().lower() == "application/ld+json" for k, v in attrs):
            self._inside = self.getpos()[0]
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._inside is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inside is not None:
            self.blocks.append((self._inside, "".join(self._text)))
            self._inside = None


def read_claimreviews(paths: list[Path], problems: list[Problem]) -> Iterator[MemoryClaim]:
    """The usable ClaimReview records in ``paths`` (files or folders); the rest go to ``problems``."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file() and not p.is_symlink())
            if not files:
                problems.append(Problem(str(path), "no .json, .jsonld, .jsonl or .html files in this folder"))
            for file in files:
                yield from _read_file(file, problems)
        elif path.is_file():
            yield from _read_file(path, problems)
        else:
            problems.append(Problem(str(path), "no such file or folder"))


def _read_file(path: Path, problems: list[Problem]) -> Iterator[MemoryClaim]:
    if path.stat().st_size > MAX_FILE_BYTES:
        problems.append(Problem(str(path), f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; not read"))
        return
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem(str(path), f"cannot be read as UTF-8 text: {error}"))
        return
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        parser = _JsonLdScripts()
        parser.feed(text)
        parser.close()
        if not parser.blocks:
            problems.append(Problem(str(path), "no JSON-LD block (<script type=\"application/ld+json\">) in this page"))
        chunks = [(f"{path}:{line}", block) for line, block in parser.blocks]
    elif suffix == ".jsonl":
        chunks = [(f"{path}:{n}", line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        chunks = [(str(path), text)]
    found, reported = 0, len(problems)
    for where, chunk in chunks:
        try:
            data = json.loads(chunk)
        except (ValueError, RecursionError) as error:
            problems.append(Problem(where, f"not valid JSON: {str(error)[:120]}"))
            continue
        items = list(_claimreviews(data))
        for n, item in enumerate(items, start=1):
            label = f"{where} (ClaimReview {n})" if len(items) > 1 else where
            claim = _record(item, label, problems)
            if claim is not None:
                found += 1
                yield claim
    if found == 0 and chunks and len(problems) == reported:
        problems.append(Problem(str(path), "no ClaimReview record in it"))


def _claimreviews(data: Any, depth: int = 0) -> Iterator[Mapping]:
    """ClaimReview objects in parsed JSON-LD: the object itself, a list, or a ``@graph``."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _claimreviews(item, depth + 1)
    elif isinstance(data, Mapping):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "ClaimReview" in kinds:
            yield data
        elif "@graph" in data:
            yield from _claimreviews(data["@graph"], depth + 1)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _name(value: Any) -> str:
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), "")
    if isinstance(value, Mapping):
        return _text(value.get("name"))
    return _text(value)


def _record(item: Mapping, where: str, problems: list[Problem]) -> MemoryClaim | None:
    claim = _text(item.get("claimReviewed"))
    publisher = _name(item.get("author"))
    rating = item.get("reviewRating") if isinstance(item.get("reviewRating"), Mapping) else {}
    rating_name = _text(rating.get("alternateName"))
    rating_value = rating.get("ratingValue")
    missing = [name for name, value in (("claimReviewed", claim), ("author.name", publisher),
                                        ("reviewRating", rating_name or _text(rating_value))) if not value]
    if missing:
        problems.append(Problem(where, f"ClaimReview without {', '.join(missing)}; not imported"))
        return None
    verdict = _VERDICT_OF_NAME.get(rating_name.casefold())
    if verdict is None and not rating_name and _text(rating.get("bestRating")) == "3" and _text(rating.get("worstRating")) == "1":
        verdict = _VERDICT_OF_VALUE.get(_number(rating_value))
    reviewed = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), Mapping) else {}
    appearance = reviewed.get("appearance")
    appearance = appearance[0] if isinstance(appearance, list) and appearance else appearance
    appearance = appearance if isinstance(appearance, Mapping) else {}
    citations = item.get("citation")
    citations = citations if isinstance(citations, list) else [citations] if citations else []
    evidence = [e for e in (_text(c) or _text(c.get("url")) if isinstance(c, Mapping) else _text(c) for c in citations) if e]
    review_url = _text(item.get("url"))
    return MemoryClaim(
        key=claimreview_key(publisher, review_url, claim),
        origin=CLAIMREVIEW,
        text=claim,
        verdict=verdict,
        rating=rating_name or _text(rating_value),
        evidence=evidence,
        notes=_text(item.get("reviewBody")),
        url=_text(appearance.get("url")),
        outlet=_name(appearance.get("publisher")),
        published=_text(reviewed.get("datePublished")) or _text(appearance.get("datePublished")),
        reviewed_at=_text(item.get("datePublished")),
        publisher=publisher,
        review_url=review_url,
        language=_text(item.get("inLanguage"))[:2].lower(),
    )


def _number(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None
