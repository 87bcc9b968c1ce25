"""Imports survive a failing Label Studio: nothing lost, nothing twice, a clear report.

End to end: a real Label Studio (SQLite in a temporary folder). Network faults come from a
loopback proxy in front of it (tests/faulty_proxy.py); restarts and kills are real.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.retries import RetryPolicy
from ls_factcheck.studio.client import connect, find_project
from ls_factcheck.studio.server import start_label_studio
from tests.faulty_proxy import FaultyProxy

PROJECT = "Faktencheck Ausfall"
TOWNS = ["Kiel", "Erfurt", "Passau", "Gießen", "Lörrach", "Cottbus", "Wismar", "Aalen", "Fulda", "Husum",
         "Zwickau", "Landau", "Emden", "Görlitz", "Singen", "Plauen", "Goslar", "Bocholt", "Meißen", "Celle",
         "Rheine", "Unna", "Hameln", "Sonneberg"]


def write_batch(path: Path, count: int) -> Path:
    """``count`` short local-news articles, each with a figure, a date and a source."""
    lines = []
    for number, town in enumerate(TOWNS[:count]):
        text = (f"Die Stadtwerke {town} erhöhen den Wasserpreis zum 1. Juli um {number + 3} Prozent. "
                f"Das teilte ein Sprecher des Unternehmens am Montag mit. Laut Verbraucherzentrale zahlt ein "
                f"Haushalt in {town} dann rund {40 + number} Euro mehr im Jahr.")
        lines.append(json.dumps({"id": f"wasser-{town.lower()}", "text": text, "title": f"Wasser in {town} teurer",
                                 "outlet": "Landesbote"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def article_ids_in_project(url: str, token: str) -> Counter:
    client = connect(url, token)
    project = find_project(client, PROJECT)
    if project is None:
        return Counter()
    return Counter(task.data["article_id"] for task in client.tasks.list(project=project.id, include="id,data"))


QUICK = RetryPolicy(attempts=4, first_wait=0.2, max_wait=1.0, timeout=3.0)


def test_a_batch_whose_answer_was_lost_is_not_imported_twice(studio, tmp_path):
    proxy = FaultyProxy(studio.url, faults={1: "lose_answer", 2: "slow", 3: "refuse"}, hold=6.0)
    try:
        result = import_files([write_batch(tmp_path / "batch.jsonl", 12)], PROJECT, proxy.url, studio.token,
                              batch_size=4, policy=QUICK)
    finally:
        proxy.close()
    ids = article_ids_in_project(studio.url, studio.token)
    assert len(ids) == 12 and set(ids.values()) == {1}
    assert result.imported == 12 and result.retries >= 3 and not result.stopped and not result.problems


def test_when_label_studio_keeps_failing_the_import_stops_and_names_what_is_missing(studio, tmp_path):
    proxy = FaultyProxy(studio.url, faults={2: "refuse", 3: "refuse", 4: "refuse", 5: "refuse"})
    try:
        result = import_files([write_batch(tmp_path / "batch.jsonl", 12)], PROJECT, proxy.url, studio.token,
                              batch_size=4, policy=QUICK)
    finally:
        proxy.close()
    assert result.imported == 4
    assert result.stopped == f"Label Studio at {proxy.url} still failed after 4 tries (HTTP 503)"
    assert len(result.not_imported) >= 4
    assert sum(article_ids_in_project(studio.url, studio.token).values()) == 4

    again = import_files([tmp_path / "batch.jsonl"], PROJECT, studio.url, studio.token, batch_size=4)
    assert (again.imported, len(again.already_there), again.stopped) == (8, 4, None)
    assert sum(article_ids_in_project(studio.url, studio.token).values()) == 12


def cli(*args: str, **popen) -> subprocess.Popen:
    command = [str(Path(sys.executable).parent / "ls-factcheck"), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True, **popen)


def import_command(batch: Path, studio, *extra: str) -> list[str]:
    return ["import", str(batch), "--project", PROJECT, "--url", studio.url, "--token", studio.token, *extra]


def wait_until(condition, timeout: float = 120.0, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError("timed out waiting")


def tasks_now(studio) -> int:
    try:
        return sum(article_ids_in_project(studio.url, studio.token).values())
    except Exception:  # noqa: BLE001 - the project may not exist yet
        return 0


def test_an_import_killed_at_several_points_ends_with_exactly_one_task_per_article(studio, tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 24)
    after_kills = []
    for kill_after in (3, 9, 15):
        process = cli(*import_command(batch, studio, "--batch-size", "3"))
        wait_until(lambda: tasks_now(studio) >= kill_after or process.poll() is not None)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        after_kills.append(tasks_now(studio))
    assert after_kills[0] < 24, "the first kill came too late to interrupt anything"
    final = cli(*import_command(batch, studio, "--batch-size", "3"))
    output, _ = final.communicate(timeout=300)
    assert final.returncode == 0, output
    ids = article_ids_in_project(studio.url, studio.token)
    assert len(ids) == 24 and set(ids.values()) == {1}
    assert "already there" in output


def test_a_server_restarted_mid_import_is_waited_for_and_the_import_finishes(studio, tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 24)
    process = cli(*import_command(batch, studio, "--batch-size", "2", "--retries", "12"))
    wait_until(lambda: tasks_now(studio) >= 4)
    studio.stop()
    time.sleep(2)
    port = int(studio.url.rsplit(":", 1)[1])
    restarted = start_label_studio(studio.data_dir, port=port)
    try:
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
        assert "retry Label Studio failed" in output
        ids = article_ids_in_project(restarted.url, restarted.token)
        assert len(ids) == 24 and set(ids.values()) == {1}
    finally:
        restarted.stop()


def test_the_server_answering_nothing_at_the_start_fails_fast_with_the_url(tmp_path):
    batch = write_batch(tmp_path / "batch.jsonl", 2)
    url = "http://127.0.0.1:9"  # discard port: nothing listens
    started = time.monotonic()
    process = cli("import", str(batch), "--project", PROJECT, "--url", url, "--token", "x")
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 2 and f"cannot reach Label Studio at {url}" in output
    assert time.monotonic() - started < 30
