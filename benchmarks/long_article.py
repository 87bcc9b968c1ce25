"""Whole pre-annotation time of one article by length: does it grow linearly?

The sample batch's articles are joined and cut to each length (German news text, paragraphs
kept), then pre-annotated once each after a warm-up, on one core.

    python benchmarks/long_article.py [--lengths 25000 50000 100000 200000] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ls_factcheck.preannotate.annotate import annotate
from ls_factcheck.preannotate.pipeline import load_pipeline
from ls_factcheck.schema import Article

BATCH = Path(__file__).resolve().parents[1] / "samples" / "batch" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline()
    base = "\n\n".join(json.loads(line)["text"] for line in BATCH.read_text(encoding="utf-8").splitlines() if line.strip())
    annotate(Article(id="warm-up", text=base[:5000]), nlp)
    rows = []
    for length in args.lengths:
        text = (base * (length // len(base) + 1))[:length]
        began = time.perf_counter()
        annotate(Article(id=f"long-{length}", text=text), nlp)
        seconds = time.perf_counter() - began
        rows.append({"characters": length, "seconds": round(seconds, 2),
                     "ms_per_1000_characters": round(1000 * seconds / length * 1000, 1)})
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            print(f"{row['characters']:>9,} characters: {row['seconds']:6.2f} s ({row['ms_per_1000_characters']} ms per 1,000)")


if __name__ == "__main__":
    main()
