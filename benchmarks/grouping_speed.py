"""Benchmark (not a test): what claim grouping costs per article, on one core.

    .venv/bin/python benchmarks/grouping_speed.py ARTICLES.jsonl [--limit N] [--repeat 3]
        [--window 500] [--context 500] [--further-back 30000]

Pre-annotates the articles once, then groups fresh copies of the tasks the way the import does
(``with_claim_groups``: windows of 500 with their context) and reports the first and the best of
``--repeat`` runs in milliseconds per article, with a fingerprint of the grouped tasks so that two versions of
the grouping code can be checked to give the same groups, and how many sibling links the claims got.
``--window``/``--context`` shrink the windows to see what a long batch loses; ``--further-back 0``
leaves the index of claims beyond the context (``claim_index``) empty, as grouping was without it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="articles as JSONL (id, text, ...)")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles only")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    parser.add_argument("--window", type=int, default=None, help="articles per window (default: the import's)")
    parser.add_argument("--context", type=int, default=None, help="articles of context (default: the import's)")
    parser.add_argument("--further-back", type=int, default=None,
                        help="claims the index beyond the context holds (default: the import's; 0: none)")
    args = parser.parse_args()
    os.environ.update({"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})

    from ls_factcheck.grouping.windows import with_claim_groups
    from ls_factcheck.ingest.readers import read_articles
    from ls_factcheck.preannotate.pipeline import load_pipeline
    from ls_factcheck.preannotate.tasks import preannotate

    problems: list = []
    articles = list(read_articles([args.articles], problems))[: args.limit]
    tasks = list(preannotate(articles, load_pipeline(), problems))
    sizes = {k: v for k, v in (("window", args.window), ("context", args.context), ("further_back", args.further_back))
             if v is not None}
    times, grouped = [], []
    for _ in range(args.repeat):
        batch = [task.model_copy(deep=True) for task in tasks]
        start = time.perf_counter()
        grouped = list(with_claim_groups(batch, **sizes))
        times.append(time.perf_counter() - start)
    fingerprint = hashlib.sha1("".join(t.model_dump_json() for t in grouped).encode()).hexdigest()[:12]
    claims = sum(t.data.claims for t in grouped)
    links = sum(len(found) for t in grouped for found in getattr(t.data, "claim_groups", {}).values())
    per_article = [1000 * t / max(len(grouped), 1) for t in times]
    # the first run is what an import pays; later ones find the word caches warm
    print(f"{len(grouped)} articles, {claims} claims: grouping {per_article[0]:.2f} ms/article on the first run, "
          f"{min(per_article):.2f} at best of {args.repeat}; {links} sibling links; groups fingerprint {fingerprint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
