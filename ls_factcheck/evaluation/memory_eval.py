"""How well the memory recognises a claim checked before: precision and recall on labelled pairs.

A pairs file holds one JSON object per line: ``{"id", "a", "b", "same": true|false, "kind"}``;
``a`` was checked earlier, ``b`` comes in a new article. Every distinct ``a`` of the file goes
into a fresh store once (in a temporary folder; several pairs may test one ``a``), then every
``b`` is looked up as the import looks a claim up (``match.matches``): retrieval by the
database's text search and keys, then the score.

- a labelled same pair whose ``a`` is offered as the same claim: true positive; not offered:
  false negative;
- an ``a`` offered for a ``b`` no pair labels the same as it (its own pair labelled different,
  or another pair's ``a``): false positive.

Besides the figures at the shipped threshold, the report gives precision and recall at other
thresholds, so a desk can see what moving it would cost.

``among`` asks the same question at scale: the ``a`` claims go into a copy of that SQLite store
(e.g. a desk's own, or the million generated claims of ``benchmarks/memory_lookup.py``), so the
text search must find them among all its claims, and a claim of the store offered for a ``b`` is
a false positive too. The store itself is only read.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from ls_factcheck.evaluation.counts import Counts
from ls_factcheck.memory.match import MATCH_THRESHOLD, matches
from ls_factcheck.memory.records import MemoryClaim, comparable, with_keys
from ls_factcheck.memory.store import MemoryStore

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


@dataclass
class Pair:
    id: str
    a: str
    b: str
    same: bool
    kind: str = ""


@dataclass
class MemoryReport:
    pairs: int
    at: dict[float, Counts] = field(default_factory=dict)
    by_kind: dict[str, Counter] = field(default_factory=dict)  # at the shipped threshold: kind -> right/wrong
    misses: list[str] = field(default_factory=list)

    def shipped(self) -> Counts:
        return self.at[MATCH_THRESHOLD]


def read_pairs(path: Path) -> list[Pair]:
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            pairs.append(Pair(str(item["id"]), item["a"], item["b"], bool(item["same"]), str(item.get("kind", ""))))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a pair ({error})") from None
    return pairs


def evaluate_memory(path: Path, nlp: Language, thresholds: tuple[float, ...] = THRESHOLDS,
                    among: Path | None = None) -> MemoryReport:
    pairs = read_pairs(path)
    thresholds = tuple(sorted(set(thresholds) | {MATCH_THRESHOLD}))
    key = {text: f"pairs-a{n}" for n, text in enumerate(dict.fromkeys(p.a for p in pairs))}
    same = {(key[p.a], p.b) for p in pairs if p.same}
    report = MemoryReport(len(pairs), {t: Counts() for t in thresholds})
    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "pairs.sqlite"
        if among is not None:
            _copy_store(among, location)
        with MemoryStore.open(location) as store:
            store.add(with_keys(MemoryClaim(key=k, origin="export", text=text, verdict="supported"), nlp)
                      for text, k in key.items())
            for pair in pairs:
                _score_pair(pair, key, same, store, nlp, thresholds, report)
    return report


def _score_pair(pair: Pair, key: dict[str, str], same: set[tuple[str, str]], store: MemoryStore, nlp: Language,
                thresholds: tuple[float, ...], report: MemoryReport) -> None:
    own = key[pair.a]
    found = matches(store, comparable(pair.b, nlp), limit=5, at_least=min(thresholds))
    for threshold in thresholds:
        offered = {m.claim.key for m in found if m.same_claim_at(threshold)}
        counts = report.at[threshold]
        if pair.same:
            counts.tp += own in offered
            counts.fn += own not in offered
        counts.fp += len({k for k in offered if (k, pair.b) not in same})
        if threshold == MATCH_THRESHOLD:
            right = (own in offered) == pair.same and not {k for k in offered if (k, pair.b) not in same}
            report.by_kind.setdefault(pair.kind, Counter())["right" if right else "wrong"] += 1
            if not right:
                best = max(found, key=lambda m: m.score, default=None)
                which = ("its own a" if best and best.claim.key == own
                         else "another a" if best and best.claim.key in key.values() else "a claim of the store")
                why = f"{which} {best.score:.2f} ({'; '.join(best.reasons)})" if best else "nothing found"
                report.misses.append(f"{pair.id} [{pair.kind}, same={pair.same}]: best {why}")


def _copy_store(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite store ``source`` (read only) at ``target``."""
    if not source.is_file():
        raise ValueError(f"{source}: no such SQLite store (--among takes a memory's SQLite file)")
    reading = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writing = sqlite3.connect(target)
        try:
            reading.backup(writing)
        finally:
            writing.close()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{source}: not a SQLite store ({error})") from None
    finally:
        reading.close()
