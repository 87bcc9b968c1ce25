"""Import a batch of articles (or tasks files from preannotate_folder.py) into a Label Studio project.

    export LABEL_STUDIO_URL=http://127.0.0.1:8080 LABEL_STUDIO_API_KEY=...
    python import_scripts/import_batch.py samples/batch --project "Faktencheck"

The project is created with the fact-check interface if it does not exist. Articles are keyed by
their id, so running the same batch again adds nothing twice. The exit status is 1 when an
article was skipped or the import stopped early (run it again to resume).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # runs from a checkout, too

from ls_factcheck.ingest.bulk_import import import_files  # noqa: E402
from ls_factcheck.ingest.import_lock import ImportRunning  # noqa: E402
from ls_factcheck.preannotate.pipeline import ModelNotFound  # noqa: E402
from ls_factcheck.problems import split_problems  # noqa: E402
from ls_factcheck.studio.client import StudioError  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path, nargs="+", help="article files or folders, or tasks files (.json)")
    parser.add_argument("--project", required=True, help="project title")
    parser.add_argument("--url", help="Label Studio URL (default: $LABEL_STUDIO_URL)")
    parser.add_argument("--token", help="API token (default: $LABEL_STUDIO_API_KEY)")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: the bundled German pipeline)")
    args = parser.parse_args(argv)

    try:
        result = import_files(args.inputs, args.project, url=args.url, token=args.token, model=args.model)
    except (StudioError, ModelNotFound, ImportRunning) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(("skipped " if problem.skipped else "note ") + str(problem), file=sys.stderr)
    print(f"project {args.project!r} (id {result.project_id}): {result.imported} task(s) imported, "
          f"{len(result.already_there)} already there")
    if result.stopped:
        print(f"stopped: {result.stopped}; run the same command again to resume", file=sys.stderr)
    skipped, _notes = split_problems(result.problems)
    return 1 if skipped or result.stopped else 0


if __name__ == "__main__":
    raise SystemExit(main())
