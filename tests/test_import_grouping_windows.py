"""Claim grouping at import works in windows, so a batch of thousands costs linear time and memory."""

from __future__ import annotations

from ls_factcheck.ingest.bulk_import import tasks_from_files
from ls_factcheck.grouping.windows import with_claim_groups
from tests.conftest import REPO

BATCH = REPO / "samples" / "batch" / "articles.jsonl"


def groups(tasks):
    return {task.data.article_id: {claim: sorted(s["article_id"] for s in found)
                                   for claim, found in getattr(task.data, "claim_groups", {}).items()}
            for task in tasks}


def fresh_tasks():
    return list(tasks_from_files([BATCH], []))


def test_a_batch_within_one_window_is_grouped_completely():
    tasks = fresh_tasks()
    at_once = groups(with_claim_groups(fresh_tasks(), window=len(tasks)))
    assert groups(with_claim_groups(tasks, window=500)) == at_once
    assert sum(len(found) for found in at_once.values()) > 0


def test_in_small_windows_the_last_article_still_finds_siblings_in_earlier_windows():
    at_once = groups(with_claim_groups(fresh_tasks(), window=500))
    windowed = groups(with_claim_groups(fresh_tasks(), window=2, context=100))
    last = list(at_once)[-1]
    assert at_once[last] and windowed[last] == at_once[last]


def test_beyond_the_context_only_claims_that_repeat_a_figure_are_linked():
    at_once = groups(with_claim_groups(fresh_tasks(), window=500))
    tasks = fresh_tasks()
    windowed = with_claim_groups(tasks, window=1, context=1)
    neighbours = {a.data.article_id: {b.data.article_id for b in tasks[max(i - 1, 0):i]} for i, a in enumerate(tasks)}
    further_back = 0
    for task in windowed:
        for claim_id, found in getattr(task.data, "claim_groups", {}).items():
            region = next(r for r in task.predictions[0].result if getattr(r, "id", None) == claim_id)
            reasons = {s["article_id"]: s["reason"] for s in region.meta.model_extra["also_in"]}
            for sibling in found:
                assert sibling["article_id"] in at_once[task.data.article_id][claim_id]  # no link grouping at once lacks
                if sibling["article_id"] not in neighbours[task.data.article_id]:
                    further_back += 1
                    assert reasons[sibling["article_id"]] in ("wording", "figure")
    assert further_back > 0


def test_articles_compared_once_for_both_directions_get_what_comparing_each_way_gives():
    from ls_factcheck.grouping.compare import Sibling, compare_claims, same_story, siblings
    from ls_factcheck.grouping.crossref import task_records

    records = [r for task in fresh_tasks() for r in task_records(task)]
    # the plain definition: every claim against every claim of every other article of the same story
    expected = {a.key: [Sibling(b, link.reason, list(link.contradictions)) for b in records
                        if b.article_id != a.article_id and same_story(a, b) and (link := compare_claims(a, b))]
                for a in records}
    assert siblings(records) == expected
    assert sum(len(found) for found in expected.values()) > 0
