"""The demo never leaves Label Studio behind: it stops on every signal, and a leftover server of an
earlier, killed demo is recognised and replaced on the next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ls_factcheck.studio.server import free_port, port_is_free

pytestmark = pytest.mark.e2e


def _start_demo(data_dir: Path, port: int, log: Path) -> subprocess.Popen:
    script = Path(sys.executable).with_name("ls-factcheck")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "ls_factcheck.cli"]
    with log.open("ab") as handle:
        return subprocess.Popen([*entry, "demo", "--port", str(port), "--data-dir", str(data_dir), "--project", "Signale"],
                                stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def _wait_for(condition, what: str, log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}; demo output:\n{log.read_text(encoding='utf-8')[-3000:]}"
        time.sleep(0.5)


@pytest.fixture
def demo_dir(migrated_studio_dir, tmp_path) -> Path:
    data_dir = tmp_path / "demo"
    shutil.copytree(migrated_studio_dir, data_dir)
    return data_dir


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_the_demo_stops_its_server_on_a_signal(demo_dir, tmp_path, signum):
    port, log = free_port(), tmp_path / "demo.log"
    demo = _start_demo(demo_dir, port, log)
    _wait_for(lambda: "Label Studio is ready" in log.read_text(encoding="utf-8"), "the demo never became ready", log)
    demo.send_signal(signum)
    demo.wait(timeout=60)
    _wait_for(lambda: port_is_free(port), "Label Studio still holds the port", log, timeout=30)
    assert not (demo_dir / "demo-server.pid").exists()


def test_a_server_left_by_a_killed_demo_is_replaced_on_the_next_start(demo_dir, tmp_path):
    port, log = free_port(), tmp_path / "demo.log"
    first = _start_demo(demo_dir, port, log)
    _wait_for(lambda: "Label Studio is ready" in log.read_text(encoding="utf-8"), "the demo never became ready", log)
    first.send_signal(signal.SIGKILL)  # no chance to clean up: the server keeps running
    first.wait(timeout=30)
    assert not port_is_free(port)
    log.write_text("", encoding="utf-8")
    second = _start_demo(demo_dir, port, log)
    _wait_for(lambda: "Label Studio is ready" in log.read_text(encoding="utf-8"), "the second demo never became ready", log)
    assert "stopped the Label Studio an earlier demo left running" in log.read_text(encoding="utf-8")
    second.send_signal(signal.SIGTERM)
    second.wait(timeout=60)
    _wait_for(lambda: port_is_free(port), "Label Studio still holds the port", log, timeout=30)
