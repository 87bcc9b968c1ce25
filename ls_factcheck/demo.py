"""``ls-factcheck demo``: a local Label Studio with the sample articles imported, ready to review.

The server stops with the demo on every signal a terminal sends (Ctrl+C, closing the window,
``kill``). Should the demo itself be killed outright, the server it leaves behind is recognised on
the next start by the file ``demo-server.pid`` in the data folder, and replaced.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from rich.console import Console

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.server import port_is_free, start_label_studio

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"


def run_demo(port: int, data_dir: Path, project: str, console: Console, wait: bool = True) -> None:
    if not SAMPLES.exists():
        raise RuntimeError(f"sample articles not found at {SAMPLES}: run the demo from a checkout of the repository")
    if stop_leftover_server(Path(data_dir)):
        console.print("stopped the Label Studio an earlier demo left running on this data folder")
    console.print(f"starting Label Studio on 127.0.0.1:{port} (data in {data_dir}) …")
    studio = start_label_studio(Path(data_dir), port=port)
    pid_file = Path(data_dir) / PID_FILE
    pid_file.write_text(f"{studio.process.pid} {port}", encoding="utf-8")
    previous = _stop_on_signals()
    try:
        result = import_files([SAMPLES], project, studio.url, studio.token)
        console.print(f"project {project!r}: {result.imported} sample article(s) imported, "
                      f"{len(result.already_there)} already there")
        for problem in result.problems:
            console.print(f"[yellow]skipped[/] {problem}")
        console.print(
            f"\n[bold]Label Studio is ready:[/] {studio.url}/projects/{result.project_id}/data\n"
            f"  login:    {studio.username}\n  password: {studio.password}\n  API token: {studio.token}\n"
            "Press Ctrl+C to stop."
        )
        while wait and studio.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        studio.stop()
        pid_file.unlink(missing_ok=True)
        _restore(previous)


PID_FILE = "demo-server.pid"
_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def _stop_on_signals() -> dict:
    """Closing the terminal (SIGHUP) or ``kill`` (SIGTERM) stop the demo like Ctrl+C does."""
    previous = {}
    for signum in _SIGNALS:
        try:
            previous[signum] = signal.signal(signum, _interrupt)
        except ValueError:
            pass  # not the main thread (a test calling run_demo): the caller stops the server
    return previous


def _restore(previous: dict) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def stop_leftover_server(data_dir: Path) -> bool:
    """Stop the Label Studio an earlier demo started on ``data_dir`` and could not stop; True if there was one.

    Only a process that is a ``label-studio`` server for this very data folder is stopped; a stale
    file naming another process is just removed."""
    pid_file = data_dir / PID_FILE
    try:
        pid, port = (int(part) for part in pid_file.read_text(encoding="utf-8").split())
    except (OSError, ValueError):
        return False
    ours = _is_demo_server(pid, data_dir)
    if ours:
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            ours = False
        deadline = time.monotonic() + 20
        while ours and time.monotonic() < deadline and _is_demo_server(pid, data_dir):
            time.sleep(0.2)
        if _is_demo_server(pid, data_dir):
            os.killpg(pid, signal.SIGKILL)
        while ours and time.monotonic() < deadline + 20 and not port_is_free(port):
            time.sleep(0.2)  # the server's workers let go of the port a moment after it exits
    pid_file.unlink(missing_ok=True)
    return ours


def _is_demo_server(pid: int, data_dir: Path) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    words = [part.decode(errors="replace") for part in command]
    return state != "Z" and any("label-studio" in w for w in words) and str(data_dir.resolve()) in words
