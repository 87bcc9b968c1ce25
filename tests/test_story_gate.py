"""The story gate of an import window answers every pair of articles as comparing their stories one by one does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ls_factcheck.grouping.crossref import task_records
from ls_factcheck.grouping.stories import Story, same_stories
from ls_factcheck.ingest.bulk_import import tasks_from_files
from tests.conftest import REPO

NAMES = ["dresden", "elbe", "thw", "sachsen", "kretschmer", "bahn", "leipzig", "ver.di"]
STEMS = ["hochwass", "pegel", "deich", "evakuier", "einsatzkraft", "streik", "zug", "ausfall", "tarif",
         "lohn", "meter", "stund", "1200", "2026", "schad", "million"]

stories = st.builds(Story, st.frozensets(st.sampled_from(NAMES), max_size=4),
                    st.frozensets(st.sampled_from(STEMS), max_size=10))


@settings(max_examples=200, deadline=None)
@given(st.lists(stories | st.none(), min_size=1, max_size=6), st.lists(stories | st.none(), min_size=1, max_size=6))
def test_every_pair_gets_the_answer_of_comparing_the_two_stories(rows, columns):
    gate = same_stories(rows, columns)
    for i, a in enumerate(rows):
        for j, b in enumerate(columns):
            expected = a is None or b is None or a.same_as(b)
            assert gate[i, j] == expected, (a, b)


def test_the_sample_batch_gate_matches_the_stories_of_its_articles():
    tasks = list(tasks_from_files([REPO / "samples" / "batch" / "articles.jsonl"], []))
    articles = [records[0].story for records in map(task_records, tasks) if records]
    gate = same_stories(articles, articles)
    assert [[a.same_as(b) for b in articles] for a in articles] == gate.tolist()
    assert 0 < gate.sum() < gate.size  # some articles tell one story, not all
