"""``ls-factcheck demo``: a local Label Studio with the sample articles imported, ready to review."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console

from ls_factcheck.ingest.bulk_import import import_files
from ls_factcheck.studio.server import start_label_studio

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"


def run_demo(port: int, data_dir: Path, project: str, console: Console, wait: bool = True) -> None:
    if not SAMPLES.exists():
        raise RuntimeError(f"sample articles not found at {SAMPLES}: run the demo from a checkout of the repository")
    console.print(f"starting Label Studio on 127.0.0.1:{port} (data in {data_dir}) …")
    studio = start_label_studio(Path(data_dir), port=port)
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
