"""Numbered shards of task files (task_files.py) for the Dask engine, and their records.

A shard folder holds ``tasks-00000.json``, ``tasks-00001.json``, ... with the articles in input
order, and beside each a ``.done`` record (what went into the shard, how many tasks came out,
which articles were skipped and why). Both are written whole or not at all, so a crashed run
leaves nothing that ends in ``.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ls_factcheck.problems import Problem
from ls_factcheck.ingest.task_files import write_atomically
from ls_factcheck.schema import Article

SHARD_PREFIX = "tasks-"
# Bumped when what a shard holds for the same articles changes, so older shards are recomputed.
SHARD_FORMAT = 1


def shard_path(folder: Path, index: int) -> Path:
    return Path(folder) / f"{SHARD_PREFIX}{index:05d}.json"


def shard_fingerprint(articles: Sequence[Article], model: str | None) -> str:
    """Same articles (every field, in order) and the same ``--model``: same fingerprint.

    ``origin`` (file and line) counts too, since the problems a shard records name it: the same
    articles read from a moved file are pre-annotated again.
    """
    digest = hashlib.sha256(f"{SHARD_FORMAT}\0{model or ''}\0".encode())
    for article in articles:
        digest.update(article.model_dump_json().encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass
class ShardRecord:
    """What one finished shard holds; written next to it as ``tasks-NNNNN.done``."""

    fingerprint: str
    articles: int
    tasks: int
    problems: list[Problem] = field(default_factory=list)


def record_path(shard: Path) -> Path:
    # Not .json: a folder of shards given to `import` must not be read as one more task file.
    return shard.with_suffix(".done")


def write_record(shard: Path, record: ShardRecord) -> None:
    content = json.dumps({
        "format": SHARD_FORMAT, "fingerprint": record.fingerprint, "articles": record.articles,
        "tasks": record.tasks, "problems": [asdict(p) for p in record.problems],
    }, ensure_ascii=False)
    write_atomically(record_path(shard), lambda handle: handle.write(content + "\n"))


def finished_shard(shard: Path, fingerprint: str) -> ShardRecord | None:
    """The record of ``shard`` if it was completed for exactly these articles, else None."""
    try:
        data = json.loads(record_path(shard).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != SHARD_FORMAT or data.get("fingerprint") != fingerprint or not shard.is_file():
        return None
    return ShardRecord(fingerprint, data["articles"], data["tasks"], [Problem(**p) for p in data["problems"]])


def shards_beyond(folder: Path, count: int) -> list[Path]:
    """Shard files numbered ``count`` or higher: left from an earlier, larger run."""
    return sorted(p for p in Path(folder).glob(f"{SHARD_PREFIX}*.json")
                  if p.stem.removeprefix(SHARD_PREFIX).isdigit() and int(p.stem.removeprefix(SHARD_PREFIX)) >= count)
