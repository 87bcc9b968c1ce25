"""Putting checked claims into the memory, and looking a text up in it.

``memory add`` reads this project's JSONL export (one verified claim per line) or a live project;
``export`` adds what it writes when a store is configured (``ls_factcheck.export.to_memory``);
``memory import`` reads other organisations' ClaimReview records. Every claim is reduced to its stems, figures and
names by pre-annotating its text (``records.with_keys``) before it is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError
from spacy.language import Language

from ls_factcheck.memory.claimreview import read_claimreviews
from ls_factcheck.memory.match import MemoryMatch, matches
from ls_factcheck.memory.records import MemoryClaim, comparable, from_verified, with_keys
from ls_factcheck.memory.store import Added, MemoryStore
from ls_factcheck.problems import Problem
from ls_factcheck.schema import VerifiedClaim


def claims_from_jsonl(path: Path, problems: list[Problem]) -> Iterator[VerifiedClaim]:
    """The verified claims of a JSONL export; a line that is not one is reported and skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        problems.append(Problem(str(path), f"cannot be read: {error.strerror or error}"))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield VerifiedClaim.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ())) or "line"
                problems.append(Problem(f"{path}:{number}", f"not a verified claim ({where}: {first.get('msg')}); skipped"))


def remember(store: MemoryStore, claims: Iterable[VerifiedClaim], nlp: Language, project: str = "",
             publisher: str = "") -> Added:
    """Add verified claims to the store; a claim in conflict (no verdict) is counted as skipped."""
    records: list[MemoryClaim] = []
    skipped = 0
    for claim in claims:
        record = from_verified(claim, project=project, publisher=publisher)
        if record is None:
            skipped += 1
        else:
            records.append(with_keys(record, nlp))
    result = store.add(records)
    if skipped:
        result.problems.append(f"{skipped} claim(s) in conflict have no verdict to remember; not added")
    return result


def import_claimreviews(store: MemoryStore, paths: list[Path], nlp: Language, problems: list[Problem]) -> Added:
    """Add the usable ClaimReview records found in ``paths``; the others go to ``problems``."""
    return store.add(with_keys(record, nlp) for record in read_claimreviews(paths, problems))


def search(store: MemoryStore, text: str, nlp: Language, limit: int = 5, at_least: float = 0.2,
           language: str | None = None) -> list[MemoryMatch]:
    """The stored claims most like ``text``, best first, each with its score and reasons."""
    return matches(store, comparable(text, nlp, language), limit=limit, at_least=at_least)
