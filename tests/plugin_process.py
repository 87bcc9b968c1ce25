"""A real plugin process on loopback, for the tests that talk to it over HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from ls_factcheck.studio.server import free_port


def start_plugin(env: dict[str, str], log: Path, *options: str, patience: float = 300) -> tuple[subprocess.Popen, str]:
    """``ls-factcheck serve`` on a free loopback port; returns the process and its URL once /health answers."""
    port = free_port()
    script = Path(sys.executable).with_name("ls-factcheck")
    entry = [str(script)] if script.exists() else [sys.executable, "-m", "ls_factcheck.cli"]
    with log.open("ab") as handle:
        process = subprocess.Popen([*entry, "serve", "--host", "127.0.0.1", "--port", str(port), *options], env=env,
                                   stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + patience
    while True:
        assert process.poll() is None, log.read_text(encoding="utf-8")
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
        time.sleep(0.5)


def stop_plugin(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=60)
