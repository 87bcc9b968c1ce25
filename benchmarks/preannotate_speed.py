"""Words per second on one core: the whole pre-annotation next to spaCy's bare tokenizer.

Texts are GermEval 2014 dev sentences joined into article-sized texts (plus any ``.txt`` files in
``samples/articles``). "Words" are whitespace-separated words of the article text, so every row
divides by the same number whatever a pipeline's tokenizer does. Each row is the best of
``--repeat`` passes, after one warm-up pass, so a busy neighbour on a shared machine costs less.

    python benchmarks/preannotate_speed.py [--model NAME] [--json]
"""

from __future__ import annotations

import os

# One core: thinc/numpy must not fan out over threads, or the figure is not per core.
for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "germeval2014" / "dev.tsv"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def article_texts(dev: Path, sentences_per_article: int) -> list[str]:
    from ls_factcheck.evaluation.ner_eval import read_germeval, spaces_for

    sentences = []
    for sentence in read_germeval(dev):
        words = [w for w, _ in sentence]
        sentences.append("".join(w + (" " if s else "") for w, s in zip(words, spaces_for(words))))
    texts = [
        " ".join(sentences[i : i + sentences_per_article]) for i in range(0, len(sentences), sentences_per_article)
    ]
    samples = ROOT / "samples" / "articles"
    texts += [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))] if samples.is_dir() else []
    return texts


def best_seconds(run, repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="installed spaCy pipeline or path (default: bundled)")
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--sentences-per-article", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    rss_before = rss_mb()
    from ls_factcheck.preannotate.pipeline import load_pipeline, model_version

    nlp = load_pipeline(args.model)
    texts = article_texts(args.dev, args.sentences_per_article)
    words = sum(len(t.split()) for t in texts)

    rows: dict[str, float] = {}
    rows["spaCy tokenizer only"] = best_seconds(lambda: [nlp.tokenizer(t) for t in texts], args.repeat)
    rows["spaCy pipeline, nlp(text)"] = best_seconds(lambda: [nlp(t) for t in texts], args.repeat)
    try:
        from ls_factcheck.preannotate.annotate import annotate
        from ls_factcheck.schema import Article
    except ImportError as error:  # pre-annotation not importable in this checkout
        print(f"annotate() not importable ({error}); pipeline rows only")
    else:
        articles = [Article(id=f"bench-{i}", text=t, language="de") for i, t in enumerate(texts)]
        rows["whole pre-annotation, annotate()"] = best_seconds(
            lambda: [annotate(article, nlp) for article in articles], args.repeat
        )
    rss_loaded = rss_mb()

    result = {
        "model": model_version(nlp),
        "pipeline": nlp.pipe_names,
        "articles": len(texts),
        "words": words,
        "words_per_second": {name: round(words / seconds) for name, seconds in rows.items()},
        # the yardstick: how many times the bare tokenizer's time each row takes (goal: 20)
        "times_tokenizer": {name: round(seconds / rows["spaCy tokenizer only"], 1) for name, seconds in rows.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_mb_after_run": round(rss_loaded, 1),
        "rss_mb_before_loading": round(rss_before, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{result['words']} words in {result['articles']} articles · {result['model']} · one core")
    table.add_column("what runs")
    table.add_column("words/s", justify="right")
    table.add_column("× tokenizer time", justify="right")
    for name, wps in result["words_per_second"].items():
        table.add_row(name, f"{wps:,}", f"{result['times_tokenizer'][name]}")
    console = Console()
    console.print(table)
    console.print(
        f"RSS with the pipeline loaded and run: {result['rss_mb_after_run']} MB "
        f"(before loading: {result['rss_mb_before_loading']} MB; peak {result['peak_rss_mb']} MB)"
    )


if __name__ == "__main__":
    main()
