"""The memory at scale: lookup time per claim in a store of many generated claims, and its size.

    python benchmarks/memory_lookup.py [--claims 1000000] [--store PATH] [--queries 1000]
    python benchmarks/memory_lookup.py --store PATH --reuse        # measure an existing store again

Generated claims draw 8 to 14 content-word stems from the frequency distribution of the stems in
GermEval 2014's training sentences (real German news and Wikipedia text): a word is in as many
stored claims as its frequency in real text implies, so a rare word is rare in the store too.
Each gets a random figure (value and one of a dozen units) and two names, one of them a
generated place. They are written straight into the store (no pre-annotation per claim: a
million would take hours), ``--batch`` per transaction.

Lookups are what ``import`` does per claim: ``match.matches`` for claims of GermEval dev sentences,
reduced with the real pipeline beforehand (that part is timed separately, as ``pre-annotation``).
Reported: the store's file size per claim, the time to fill it, lookup time per claim (mean,
median, 95th percentile), and what marking costs an import: pre-annotation of ``--articles``
articles of 25 GermEval dev sentences each against pre-annotation plus ``memory.mark.mark_task``
(the lookups of every claim), per article. One core; nothing else should run.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from itertools import accumulate
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ls_factcheck.evaluation.ner_eval import read_germeval  # noqa: E402
from ls_factcheck.grouping.compare import content_stems  # noqa: E402
from ls_factcheck.grouping.crossref import task_records  # noqa: E402
from ls_factcheck.memory.match import matches  # noqa: E402
from ls_factcheck.memory.records import MemoryClaim, comparable  # noqa: E402
from ls_factcheck.memory.store import MemoryStore  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "germeval2014"
UNITS = ["people", "EUR", "%", "km", "t", "households", "jobs", "customers", "helpers", "m", "passengers", None]
VERDICTS = ["supported", "disputed", "unsourced"]


def sentences(path: Path) -> list[tuple[str, list[str]]]:
    """(text, names) per sentence: names are the tokens GermEval tags as entities."""
    out = []
    for sentence in read_germeval(path):
        words = [w for w, _ in sentence]
        names = [w.lower() for w, tag in sentence if tag != "O" and len(w) > 2]
        out.append((" ".join(words), names))
    return out


def generated(n: int, pool: list[tuple[str, list[str]]], seed: int = 0):
    rng = random.Random(seed)
    frequency: Counter[str] = Counter()
    names: list[str] = []
    for text, sentence_names in pool:
        frequency.update(content_stems(text))
        names += sentence_names
    stems = list(frequency)
    cumulative = list(accumulate(frequency[s] for s in stems))
    towns = [f"ort{i:05d}" for i in range(20_000)]
    for i in range(n):
        words = sorted(set(rng.choices(stems, cum_weights=cumulative, k=rng.randint(8, 14))))
        value = float(rng.choice([rng.randint(1, 100), rng.randint(100, 5000), rng.randint(5000, 2_000_000)]))
        unit = rng.choice(UNITS)
        yield MemoryClaim(
            key=f"bench-{i}", origin="export", text=" ".join(words), verdict=rng.choice(VERDICTS),
            evidence=[f"https://example.org/beleg/{i}"], reviewer=f"reviewer{i % 40}", project=f"Woche {i % 52}",
            stems=words, figures=[(value, unit, f"{value:g} {unit or ''}".strip(), [])],
            names=sorted({rng.choice(names), rng.choice(towns)}),
        )


def _marking_cost(store_path: Path, nlp, articles: int) -> dict:
    from ls_factcheck.memory.mark import mark_task
    from ls_factcheck.preannotate.annotate import annotate_doc
    from ls_factcheck.preannotate.tasks import to_task
    from ls_factcheck.schema import Article

    texts = [text for text, _ in sentences(DATA / "dev.tsv")]
    bodies = [" ".join(texts[i : i + 25]) for i in range(0, min(len(texts), 25 * articles), 25)]
    start = time.perf_counter()
    tasks = [to_task(Article(id=f"a{i}", text=body), annotate_doc(nlp(body), "de"), "bench")
             for i, body in enumerate(bodies)]
    preannotate = time.perf_counter() - start
    claims = sum(len(task_records(task)) for task in tasks)
    with MemoryStore.open(store_path) as store:
        start = time.perf_counter()
        for task in tasks:
            mark_task(task, store)
        marking = time.perf_counter() - start
    return {
        "articles": len(tasks),
        "claims_per_article": round(claims / len(tasks), 1),
        "preannotate_ms_per_article": round(1000 * preannotate / len(tasks), 1),
        "marking_ms_per_article": round(1000 * marking / len(tasks), 1),
        "marking_share_of_preannotation": round(marking / preannotate, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/factcheck-memory-bench.sqlite"))
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--reuse", action="store_true", help="measure the store as it is, add nothing")
    parser.add_argument("--articles", type=int, default=88, help="articles for the marking cost (GermEval dev holds 88)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    pool = sentences(DATA / "train.bioes.txt")
    figures: dict = {}
    if not args.reuse:
        if args.store.exists():
            raise SystemExit(f"{args.store} exists: remove it or pass --reuse")
        start = time.perf_counter()
        with MemoryStore.open(args.store) as store:
            store.add(generated(args.claims, pool), batch=args.batch)
        figures["fill_seconds"] = round(time.perf_counter() - start, 1)

    from ls_factcheck.preannotate.pipeline import load_pipeline

    nlp = load_pipeline()
    queries = [text for text, _ in sentences(DATA / "dev.tsv")][: args.queries]
    start = time.perf_counter()
    records = [comparable(text, nlp, "de") for text in queries]
    figures["reduce_ms_per_claim"] = round(1000 * (time.perf_counter() - start) / len(records), 2)
    times = []
    found = 0
    with MemoryStore.open(args.store) as store:
        count = store.count()
        matches(store, records[0])  # the first query opens the database's pages
        for record in records:
            start = time.perf_counter()
            found += bool(matches(store, record))
            times.append(1000 * (time.perf_counter() - start))
        stats = store.stats()
    figures.update(_marking_cost(args.store, nlp, args.articles))
    times.sort()
    figures.update(
        claims=count,
        bytes_per_claim=round(stats.bytes_on_disk / count) if count and stats.bytes_on_disk else None,
        lookups=len(times),
        lookup_ms_mean=round(statistics.mean(times), 2),
        lookup_ms_median=round(statistics.median(times), 2),
        lookup_ms_p95=round(times[int(0.95 * (len(times) - 1))], 2),
        queries_with_a_match=found,
    )
    print(json.dumps(figures, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
