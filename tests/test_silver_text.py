"""The text the teacher labels is cut into sentences, and its labels become training documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import silver  # noqa: E402


def test_a_line_is_cut_after_a_sentence_mark_that_a_capital_follows():
    tokens = "Die S-Bahn fährt ab 5 Uhr . Ab dem 3. Mai gilt der neue Fahrplan ! mehr dazu".split()

    assert list(silver.split_sentences(tokens)) == [
        "Die S-Bahn fährt ab 5 Uhr .".split(),
        "Ab dem 3. Mai gilt der neue Fahrplan ! mehr dazu".split(),
    ]


def test_a_line_without_an_end_mark_is_cut_at_the_longest_sentence():
    tokens = ["Halt"] * (silver.MAX_TOKENS + 5)

    assert [len(s) for s in silver.split_sentences(tokens)] == [silver.MAX_TOKENS, 5]


def test_the_teachers_tags_become_entities_with_the_pipelines_labels():
    tagged = [
        {"words": "Die Deutsche Bahn sperrt die Strecke nach Köln .".split(),
         "tags": ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "O"]},
        {"words": "Zur Bundesgartenschau fahren Sonderzüge .".split(),
         "tags": ["O", "B-MISC", "O", "O", "O"]},
    ]

    docs = list(silver.docs_from_tagged([json.dumps(t) for t in tagged]).get_docs(silver.spacy.blank("de").vocab))

    entities = [(ent.text, ent.label_) for doc in docs for ent in doc.ents]
    assert entities == [("Deutsche Bahn", "ORG"), ("Köln", "LOC"), ("Bundesgartenschau", "MISC")]


def test_no_evaluation_article_and_no_article_kept_aside_is_teacher_text():
    excluded = silver.evaluation_articles()
    reserved = [
        line.strip() for line in (silver.REPO / "eval" / "wikinews_reserved_ids.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    evaluated = {
        json.loads(line)["id"]
        for path in (silver.REPO / "eval").glob("wikinews_*_articles.jsonl")
        for line in path.read_text().splitlines() if line.strip()
    }

    assert len(reserved) == 240  # two pools of 120
    assert {f"wikinews-{i}" for i in reserved} <= excluded
    assert evaluated <= excluded
