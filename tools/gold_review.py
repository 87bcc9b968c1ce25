"""A reviewed Label Studio export made from the project's gold claim sets, for train-claims.

Until real reviews exist, the gold sets in ``eval/`` (every sentence of fictional articles
labelled claim or no claim by the guideline) stand in for a reviewer: the articles are
pre-annotated exactly as on import, a proposed claim that covers a gold claim is kept with a
verdict, one that covers only non-claims is deleted, and a gold claim no proposal covers is drawn
by hand. The result is a Label Studio JSON export like any other, so it goes through
``ls-factcheck export -f spacy`` and ``ls-factcheck train-claims`` unchanged:

    python -m tools.gold_review gold-export.json
    ls-factcheck export --from-file gold-export.json -f spacy -o gold-data
    ls-factcheck train-claims gold-data/spacy -o claim_scorer.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.synthetic_export import span_item, verdict_items
from ls_factcheck.labels import CLAIM

REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = (("claims_dev.jsonl", "claims_dev_articles.jsonl"), ("claims_heldout.jsonl", "claims_heldout_articles.jsonl"),
             ("claims_heldout2.jsonl", "claims_heldout2_articles.jsonl"))
REVIEWER = "gold@eval.local"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_tasks(eval_dir: Path = REPO / "eval", model: str | None = None) -> list[dict]:
    from ls_factcheck.evaluation.claim_eval import read_gold, read_gold_articles
    from ls_factcheck.problems import Problem
    from ls_factcheck.preannotate.tasks import preannotate
    from ls_factcheck.preannotate.pipeline import load_pipeline

    nlp = load_pipeline(model)
    tasks = []
    for gold_name, articles_name in GOLD_SETS:
        if not (eval_dir / gold_name).exists():
            continue
        gold = read_gold(eval_dir / gold_name)
        articles = [a for a in read_gold_articles(eval_dir / articles_name).values() if a.id in gold]
        problems: list[Problem] = []
        for task in preannotate(articles, nlp, problems):
            record = task.model_dump(mode="json", exclude_none=True)
            record["id"] = len(tasks) + 1
            record["annotations"] = [_review(record, gold[task.data.article_id], record["id"])]
            tasks.append(record)
    return tasks


def _review(task: dict, rows: list[dict], task_id: int) -> dict:
    text = task["data"]["text"]
    proposed = task["predictions"][0]["result"]
    claims = [r for r in proposed if r.get("type") == "labels" and r["value"]["labels"] == [CLAIM]]
    gold_claims = [(r["start"], r["end"]) for r in rows if r["label"] == "claim"]
    no_claims = [(r["start"], r["end"]) for r in rows if r["label"] == "no_claim"]
    removed, kept, covered = set(), [], set()
    for region in claims:
        span = (region["value"]["start"], region["value"]["end"])
        hits = [g for g in gold_claims if _overlap(span, g) > 0]
        wrong = sum(_overlap(span, n) for n in no_claims)
        if hits and sum(_overlap(span, g) for g in hits) >= wrong:
            kept.append(region)
            covered.update(hits)
        else:
            removed.add(region["id"])
    result = [dict(r, origin="prediction") for r in proposed
              if r.get("id") not in removed and not (r.get("type") == "relation" and r["from_id"] in removed)]
    for region in kept:
        result += verdict_items(region, "supported", ["gold claim set"])
    for n, (start, end) in enumerate(g for g in gold_claims if g not in covered):
        drawn = span_item(f"manual-{n + 1}", text, start, end, CLAIM, origin="manual")
        result += [drawn, *verdict_items(drawn, "supported", ["gold claim set"])]
    return {"id": task_id, "completed_by": {"id": 1, "email": REVIEWER}, "result": result, "was_cancelled": False,
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}


def main(argv: list[str]) -> int:
    target = Path(argv[0] if argv else "gold-export.json")
    tasks = gold_tasks()
    target.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {len(tasks)} reviewed task(s) to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
