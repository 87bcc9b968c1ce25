"""An import tells how many tasks have passed each stage, so a desk sees which one is slow."""

from __future__ import annotations

import json
from collections import Counter

from ls_factcheck.ingest.bulk_import import STAGE_GROUPED, STAGE_MARKED, STAGE_PREANNOTATED, import_files

ARTICLES = [
    {"id": f"fahrplan-{n}", "text": f"Die Regionalbahn nach {town} fährt ab Dezember alle 30 Minuten, teilte der "
                                    f"Verkehrsverbund am Freitag mit."}
    for n, town in enumerate(["Husum", "Niebüll", "Tönning"])
]


def test_every_task_passes_pre_annotation_grouping_and_the_memory_before_it_is_counted_as_imported(studio, tmp_path):
    batch = tmp_path / "fahrplan.jsonl"
    batch.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    stages: Counter = Counter()
    done: list[int] = []

    result = import_files([batch], "Faktencheck Fahrplan", studio.url, studio.token,
                          memory=str(tmp_path / "gedaechtnis.sqlite"), progress=done.append,
                          stage=lambda name, n: stages.update({name: n}))

    assert stages == {STAGE_PREANNOTATED: 3, STAGE_GROUPED: 3, STAGE_MARKED: 3}
    assert result.imported == 3 and sum(done) == 3


def test_without_grouping_the_grouping_stage_is_not_counted(studio, tmp_path):
    batch = tmp_path / "fahrplan.jsonl"
    batch.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    stages: Counter = Counter()

    import_files([batch], "Faktencheck Fahrplan ohne Gruppen", studio.url, studio.token, group_claims=False,
                 stage=lambda name, n: stages.update({name: n}))

    assert stages == {STAGE_PREANNOTATED: 1}
