"""Exports stream: memory does not grow with the number of tasks."""

from __future__ import annotations

import tracemalloc

from ls_factcheck.export.run import ExportOptions, make_writers, plan_outputs, run_export
from ls_factcheck.export.sources import tasks_from_file
from tools.synthetic_export import write_synthetic_export


def peak_bytes(tmp_path, tasks: int) -> int:
    source = write_synthetic_export(tmp_path / f"export-{tasks}.json", tasks, sentences=4)
    plan = plan_outputs(["jsonl", "csv", "claimreview", "fever", "spacy"], tmp_path / f"out-{tasks}")
    writers = make_writers(plan, ExportOptions(organisation="Faktencheck", review_url="https://f.example/{claim_id}",
                                               shard_size=40))
    tracemalloc.start()
    try:
        result = run_export(tasks_from_file(source), writers, "majority")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.tasks == tasks
    return peak


def test_exporting_ten_times_as_many_tasks_in_every_format_needs_no_more_memory(tmp_path):
    small = peak_bytes(tmp_path, 60)
    large = peak_bytes(tmp_path, 600)
    assert large < small * 1.5, f"peak {small / 1e6:.1f} MB for 60 tasks, {large / 1e6:.1f} MB for 600"
