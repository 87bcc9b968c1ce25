"""The store of checked claims: one SQLite file by default, or a PostgreSQL database a desk shares.

Both go through the same code; what differs is in ``_Sqlite`` and ``_Postgres``: how a statement
is written and how full-text search is asked. Full-text search runs over each claim's content-word
stems (``ls_factcheck.grouping.compare.content_stems``), with SQLite's FTS5 or PostgreSQL's text
search on the ``simple`` configuration, so both find the same candidates for a new claim. Figures
and names are looked up exactly in ``memory_keys``.

The schema is versioned: ``MIGRATIONS`` lists the steps, ``memory_schema`` records which ran, and
opening a store runs those it has not seen, in one transaction each. A store written by a newer
version than this code knows is refused rather than misread.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations, islice
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ls_factcheck.memory.records import MemoryClaim

# The full-text query asks for claims sharing two of a claim's rarest stems in the store, of this
# many: a claim is told apart by its rare words (names, specific nouns, numbers), and the query's
# cost grows with how many stored claims its words occur in (benchmarks/memory_lookup.py).
QUERY_STEMS = 5
# Stems in more stored claims than this share (at least COMMON_STEM_FLOOR) are too common to help
# find a claim, and each costs as many claims as it occurs in: they are left out of the query.
COMMON_STEM_SHARE = 0.002
COMMON_STEM_FLOOR = 1000


class StoreError(RuntimeError):
    """The store cannot be opened or used as asked."""


@dataclass(frozen=True)
class Migration:
    version: int
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]
    # Run after the statements, in the same transaction: data a statement cannot compute in both databases.
    then: Callable[[MemoryStore], None] | None = None


def _count_stems(store: MemoryStore) -> None:
    """Version 2: fill ``memory_stems`` from the claims already stored."""
    counts: Counter[str] = Counter()
    for (stems,) in store.backend.execute("SELECT stems FROM memory_claims"):
        counts.update(set(stems.split()))
    for stem, n in counts.items():
        store.backend.execute("INSERT INTO memory_stems (stem, claims) VALUES (?, ?)", (stem, n))


_COLUMNS = """
    key TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    text TEXT NOT NULL,
    verdict TEXT,
    publisher TEXT NOT NULL,
    project TEXT NOT NULL,
    record TEXT NOT NULL,
    stems TEXT NOT NULL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
"""

MIGRATIONS = (
    Migration(
        1,
        sqlite=(
            f"CREATE TABLE memory_claims (id INTEGER PRIMARY KEY, {_COLUMNS})",
            "CREATE TABLE memory_keys (claim INTEGER NOT NULL REFERENCES memory_claims(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL, value TEXT NOT NULL)",
            "CREATE INDEX memory_keys_lookup ON memory_keys (kind, value)",
            "CREATE INDEX memory_keys_claim ON memory_keys (claim)",
            "CREATE VIRTUAL TABLE memory_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 0')",
        ),
        postgres=(
            f"CREATE TABLE memory_claims (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, {_COLUMNS},"
            " stems_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', stems)) STORED)",
            "CREATE INDEX memory_claims_fts ON memory_claims USING GIN (stems_tsv)",
            "CREATE TABLE memory_keys (claim BIGINT NOT NULL REFERENCES memory_claims(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL, value TEXT NOT NULL)",
            "CREATE INDEX memory_keys_lookup ON memory_keys (kind, value)",
            "CREATE INDEX memory_keys_claim ON memory_keys (claim)",
        ),
    ),
    # How many claims each stem occurs in: the full-text query asks for a claim's rarest stems only.
    Migration(
        2,
        sqlite=("CREATE TABLE memory_stems (stem TEXT PRIMARY KEY, claims INTEGER NOT NULL)",),
        postgres=("CREATE TABLE memory_stems (stem TEXT PRIMARY KEY, claims INTEGER NOT NULL)",),
        then=_count_stems,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


@dataclass
class Added:
    """What adding a batch did: new records, changed records (a new verdict), and unchanged ones."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class Stats:
    claims: int
    by_origin: dict[str, int]
    by_verdict: dict[str, int]
    publishers: int
    projects: int
    schema_version: int
    where: str
    bytes_on_disk: int | None = None


def _any_two(terms: Sequence[str], both: str, either: str) -> str:
    """A text query for claims with at least two of ``terms`` (the one term, if only one).

    Two rare stems in common are what a repeated claim has; asking for any one of them would
    rank every claim that shares a single word (a million-claim store: 6 ms against under 1 ms).
    """
    if len(terms) < 2:
        return either.join(terms)
    return either.join(f"({a}{both}{b})" for a, b in combinations(terms, 2))


def _at_least_two(terms: Sequence[str]) -> str:
    """``_any_two`` for FTS5, written so that each term's list is read fewer times: the pairs of
    the last term (the most common of a claim's rarest stems) grouped under it, and so on
    ("e AND (a OR b OR c OR d) OR d AND (a OR b OR c) ..."); the same claims match."""
    if len(terms) < 2:
        return " OR ".join(terms)
    return " OR ".join(f"({terms[i]} AND ({' OR '.join(terms[:i])}))" for i in range(len(terms) - 1, 0, -1))


def redacted(url: str) -> str:
    """A store URL safe to print: a password in it is replaced."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def figure_key(value: float, unit: str | None) -> str:
    return f"{unit or '-'}:{value:.6g}"


def _keys_of(claim: MemoryClaim) -> list[tuple[str, str]]:
    keys = {("figure", figure_key(value, unit)) for value, unit, _text, _role in claim.figures}
    keys |= {("name", name) for name in claim.names}
    return sorted(keys)


class _Sqlite:
    def __init__(self, path: Path, shared: bool = False) -> None:
        self.path = path
        try:
            # shared: the caller serialises access from several threads (the plugin holds a lock)
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=not shared)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the memory store {path}: {error}") from error
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.execute("PRAGMA journal_mode = WAL")

    def where(self) -> str:
        return str(self.path)

    def begin(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.connection.execute("COMMIT")

    def rollback(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.connection.execute(sql, params).fetchall()

    def insert_claim(self, columns: Sequence[str], values: Sequence[Any]) -> int | None:
        marks = ", ".join("?" for _ in columns)
        cursor = self.connection.execute(
            f"INSERT INTO memory_claims ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT (key) DO NOTHING", values
        )
        return cursor.lastrowid if cursor.rowcount else None

    def index_text(self, claim_id: int, stems: str, replace: bool) -> None:
        if replace:
            self.connection.execute("DELETE FROM memory_fts WHERE rowid = ?", (claim_id,))
        self.connection.execute("INSERT INTO memory_fts (rowid, stems) VALUES (?, ?)", (claim_id, stems))

    def search_text(self, stems: Sequence[str], limit: int) -> list[int]:
        terms = ['"' + s.replace('"', '""') + '"' for s in stems]
        # Most claims share two rare stems with fewer than ``limit`` stored claims: then all of them
        # are the answer, and an unranked query that reads each term's list once finds them in
        # half the time. Only a claim with more is ranked (benchmarks/memory_lookup.py).
        rows = self.execute("SELECT rowid FROM memory_fts WHERE memory_fts MATCH ? LIMIT ?",
                            (_at_least_two(terms), limit + 1))
        if len(rows) > limit:
            rows = self.execute("SELECT rowid FROM memory_fts WHERE memory_fts MATCH ? ORDER BY bm25(memory_fts) LIMIT ?",
                                (_any_two(terms, " AND ", " OR "), limit))
        return [row[0] for row in rows]

    def has_table(self, name: str) -> bool:
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def size(self) -> int | None:
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())

    def close(self) -> None:
        self.connection.close()


class _Postgres:
    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as error:  # pragma: no cover - psycopg is a dependency
            raise StoreError("a PostgreSQL store needs the psycopg package") from error
        self.url = url
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            # The driver's message can quote the URL: say where without the password.
            raise StoreError(f"cannot connect to the memory store {redacted(url)}: {type(error).__name__}") from None

    def where(self) -> str:
        return redacted(self.url)

    def begin(self) -> None:
        self.connection.execute("BEGIN")

    def commit(self) -> None:
        self.connection.execute("COMMIT")

    def rollback(self) -> None:
        self.connection.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = self.connection.execute(sql.replace("?", "%s"), params)
        return cursor.fetchall() if cursor.description else []

    def insert_claim(self, columns: Sequence[str], values: Sequence[Any]) -> int | None:
        marks = ", ".join("%s" for _ in columns)
        rows = self.execute(
            f"INSERT INTO memory_claims ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT (key) DO NOTHING RETURNING id",
            values,
        )
        return rows[0][0] if rows else None

    def index_text(self, claim_id: int, stems: str, replace: bool) -> None:
        """Nothing to do: the text-search column is generated from ``stems``."""

    def search_text(self, stems: Sequence[str], limit: int) -> list[int]:
        query = _any_two(["'" + s.replace("'", "''").replace("\\", "\\\\") + "'" for s in stems], " & ", " | ")
        rows = self.execute(
            "SELECT id FROM memory_claims, to_tsquery('simple', ?) AS q WHERE stems_tsv @@ q"
            " ORDER BY ts_rank(stems_tsv, q) DESC LIMIT ?",
            (query, limit),
        )
        return [row[0] for row in rows]

    def has_table(self, name: str) -> bool:
        return bool(self.execute("SELECT 1 FROM information_schema.tables WHERE table_name = ?", (name,)))

    def size(self) -> int | None:
        return None

    def close(self) -> None:
        self.connection.close()


class MemoryStore:
    """Checked claims that outlive projects; see the module docstring."""

    def __init__(self, backend: _Sqlite | _Postgres) -> None:
        self.backend = backend
        self._migrate()
        self._claims: int | None = None  # how many claims, as far as this process knows (for the query)

    @classmethod
    def open(cls, location: str | Path, shared: bool = False) -> MemoryStore:
        """A ``postgresql://`` URL, or the path of a SQLite file (created if missing).

        ``shared``: the store will be used from several threads, one at a time (the caller locks).
        """
        text = str(location)
        if text.startswith(("postgresql://", "postgres://")):
            return cls(_Postgres(text))
        if "://" in text:
            raise StoreError(f"unknown kind of store {redacted(text)!r}: give a file path or a postgresql:// URL")
        path = Path(text)
        if path.is_dir():
            raise StoreError(f"{path} is a folder: give the path of the store's file")
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(_Sqlite(path, shared))

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    @property
    def where(self) -> str:
        return self.backend.where()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.backend.begin()
        try:
            yield
            self.backend.commit()
        except BaseException:
            self.backend.rollback()
            raise

    # --- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.backend.has_table("memory_schema"):
            return 0
        rows = self.backend.execute("SELECT MAX(version) FROM memory_schema")
        return rows[0][0] or 0

    def _migrate(self) -> None:
        db = self.backend
        if not db.has_table("memory_schema"):
            with self._transaction():
                if not db.has_table("memory_schema"):
                    db.execute("CREATE TABLE memory_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the memory store {self.where} has schema version {current}; this version of ls-factcheck "
                f"knows up to {SCHEMA_VERSION}: update ls-factcheck"
            )
        for migration in MIGRATIONS:
            if migration.version <= current:
                continue
            steps = migration.sqlite if isinstance(db, _Sqlite) else migration.postgres
            with self._transaction():
                # Another process may have run it meanwhile: check again inside the transaction.
                if self.schema_version() < migration.version:
                    for step in steps:
                        db.execute(step)
                    if migration.then is not None:
                        migration.then(self)
                    db.execute("INSERT INTO memory_schema (version, applied_at) VALUES (?, ?)", (migration.version, _now()))

    # --- writing ----------------------------------------------------------------------------

    def add(self, claims: Iterable[MemoryClaim], batch: int = 200) -> Added:
        """Add checked claims; one already there unchanged is left as it is, a changed one updated.

        Claims are written ``batch`` to a transaction: a failure loses at most the batch it
        happened in, and everything before it stays added.
        """
        result = Added()
        stream = iter(claims)
        try:
            while chunk := list(islice(stream, batch)):
                with self._transaction():
                    for claim in chunk:
                        self._add_one(claim, result)
        finally:
            self._claims = None
        return result

    def _add_one(self, claim: MemoryClaim, result: Added) -> None:
        db = self.backend
        content_hash = claim.content_hash()
        stems = " ".join(claim.stems)
        rows = db.execute("SELECT id, content_hash, stems FROM memory_claims WHERE key = ?", (claim.key,))
        if rows and rows[0][1] == content_hash:
            result.unchanged += 1
            return
        now = _now()
        if rows:
            claim_id = rows[0][0]
            self._count(rows[0][2].split(), -1)
            db.execute(
                "UPDATE memory_claims SET content_hash = ?, origin = ?, text = ?, verdict = ?, publisher = ?,"
                " project = ?, record = ?, stems = ?, updated_at = ? WHERE id = ?",
                (content_hash, claim.origin, claim.text, claim.verdict, claim.publisher, claim.project,
                 claim.model_dump_json(), stems, now, claim_id),
            )
            db.execute("DELETE FROM memory_keys WHERE claim = ?", (claim_id,))
            result.updated += 1
        else:
            columns = ("key", "content_hash", "origin", "text", "verdict", "publisher", "project", "record",
                       "stems", "added_at", "updated_at")
            values = (claim.key, content_hash, claim.origin, claim.text, claim.verdict, claim.publisher,
                      claim.project, claim.model_dump_json(), stems, now, now)
            claim_id = db.insert_claim(columns, values)
            if claim_id is None:  # added by another process since the lookup
                result.unchanged += 1
                return
            result.added += 1
        for kind, value in _keys_of(claim):
            db.execute("INSERT INTO memory_keys (claim, kind, value) VALUES (?, ?, ?)", (claim_id, kind, value))
        db.index_text(claim_id, stems, replace=bool(rows))
        self._count(claim.stems, +1)

    def _count(self, stems: Iterable[str], change: int) -> None:
        for stem in set(stems):
            self.backend.execute(
                "INSERT INTO memory_stems (stem, claims) VALUES (?, ?)"
                " ON CONFLICT (stem) DO UPDATE SET claims = memory_stems.claims + ?", (stem, max(change, 0), change))

    # --- reading ----------------------------------------------------------------------------

    def candidates_of(self, claims: Sequence[tuple[Iterable[str], Iterable[tuple[float, str | None]], Iterable[str]]],
                      limit: int = 20) -> list[list[MemoryClaim]]:
        """For each claim (stems, figures, names), the stored claims worth comparing with it.

        The full-text search asks for stored claims sharing two of a claim's rarest stems; exact
        figure and name keys add the claims that say the same number or name in other words,
        where the key is rare enough to tell (in at most ``limit`` claims: "2 people" says nothing
        in a store of a million). The claims of an article share one query for the stems' counts
        and one to read their candidates; text and key queries stay one per claim and key (a
        ranked text query over a whole article's stems, or a row-value IN over all its keys,
        measured slower).
        """
        claims = [(sorted(set(stems)), list(figures), list(names)) for stems, figures, names in claims]
        every_stem = sorted({s for stems, _, _ in claims for s in stems})
        counts = dict(self.backend.execute(
            f"SELECT stem, claims FROM memory_stems WHERE stem IN ({', '.join('?' for _ in every_stem)})",
            every_stem)) if every_stem else {}
        if self._claims is None:
            self._claims = self.count()
        common = max(COMMON_STEM_FLOOR, COMMON_STEM_SHARE * self._claims)
        wanted = [sorted((s for s in stems if 0 < counts.get(s, 0) <= common), key=lambda s: (counts[s], s))[:QUERY_STEMS]
                  for stems, _, _ in claims]
        # One text query per claim: one ranked query over the whole article's stems costs more.
        by_text = [self.backend.search_text(terms, limit) if terms else [] for terms in wanted]
        keys = [[("figure", figure_key(value, unit)) for value, unit in figures] + [("name", n) for n in names]
                for _, figures, names in claims]
        by_key = self._claims_by_key({key for claim_keys in keys for key in claim_keys}, limit)
        records = self._read({i for ids in [*by_text, *by_key.values()] for i in ids})
        result = []
        for text_ids, claim_keys in zip(by_text, keys):
            ids = text_ids + [i for key in claim_keys for i in by_key.get(key, ())]
            result.append([records[i] for i in dict.fromkeys(ids) if i in records])
        return result

    def _claims_by_key(self, keys: set[tuple[str, str]], limit: int) -> dict[tuple[str, str], list[int]]:
        """The stored claims of each figure or name key; a key in more than ``limit`` claims is left out."""
        found = {}
        for kind, value in sorted(keys):
            # One indexed lookup per key: a row-value IN over all keys is read as a scan.
            rows = self.backend.execute(
                "SELECT claim FROM memory_keys WHERE kind = ? AND value = ? LIMIT ?", (kind, value, limit + 1))
            if len(rows) <= limit:
                found[kind, value] = [row[0] for row in rows]
        return found

    def _read(self, ids: set[int]) -> dict[int, MemoryClaim]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.backend.execute(f"SELECT id, record FROM memory_claims WHERE id IN ({marks})", tuple(ids))
        return {claim_id: MemoryClaim.model_validate_json(record) for claim_id, record in rows}

    def count(self) -> int:
        return self.backend.execute("SELECT COUNT(*) FROM memory_claims")[0][0]

    def stats(self) -> Stats:
        db = self.backend
        by_origin = dict(db.execute("SELECT origin, COUNT(*) FROM memory_claims GROUP BY origin ORDER BY origin"))
        by_verdict = {
            (verdict or "rated by publisher"): n
            for verdict, n in db.execute("SELECT verdict, COUNT(*) FROM memory_claims GROUP BY verdict ORDER BY verdict")
        }
        publishers = db.execute("SELECT COUNT(DISTINCT publisher) FROM memory_claims WHERE publisher <> ''")[0][0]
        projects = db.execute("SELECT COUNT(DISTINCT project) FROM memory_claims WHERE project <> ''")[0][0]
        return Stats(self.count(), by_origin, by_verdict, publishers, projects, self.schema_version(), self.where,
                     db.size())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
