"""One import into a project at a time on this machine.

Two imports of the same batch into the same project, started together, would each list the
project before the other's tasks landed and both send them. An import therefore holds an
exclusive lock for its project (by server address and title) while it runs; a second one stops
at once with a message instead of waiting or duplicating. The lock is an advisory file lock, so
it is released when the process ends, however it ends. Imports started on different machines
are not covered: the project listing before each retried batch is what stands between them.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ImportRunning(RuntimeError):
    """Another import into the same project is running on this machine."""


def lock_path(url: str, project: str) -> Path:
    key = hashlib.sha256(f"{url.rstrip('/')}\x00{project}".encode()).hexdigest()[:24]
    folder = Path(tempfile.gettempdir()) / "ls-factcheck-imports"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"{key}.lock"


@contextmanager
def project_lock(url: str, project: str) -> Iterator[None]:
    """Hold the import lock of ``project`` at ``url``; ``ImportRunning`` when another import holds it."""
    path = lock_path(url, project)
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ImportRunning(f"another import into project {project!r} is running on this machine ({holder}); "
                                "run this one again when it has finished: articles already imported are skipped") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()
