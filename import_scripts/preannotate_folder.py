"""Pre-annotate a folder of articles into a Label Studio tasks file, without any server.

    python import_scripts/preannotate_folder.py samples/batch -o tasks.json

The tasks file imports into Label Studio as it is (Data Manager → Import) or with
import_batch.py. Every bad file or line is reported with its name and the rest goes on; the exit
status is 1 when anything was skipped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # runs from a checkout, too

from ls_factcheck.ingest.bulk_import import preannotate_files  # noqa: E402
from ls_factcheck.preannotate.pipeline import ModelNotFound  # noqa: E402
from ls_factcheck.problems import split_problems  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder (or file) of .txt, .md, .jsonl, .csv or .html articles")
    parser.add_argument("-o", "--output", type=Path, required=True, help="tasks file to write (Label Studio JSON)")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: the bundled German pipeline)")
    args = parser.parse_args(argv)

    try:
        result = preannotate_files([args.folder], args.output, model=args.model)
    except ModelNotFound as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(("skipped " if problem.skipped else "note ") + str(problem), file=sys.stderr)
    print(f"wrote {result.tasks} task(s) to {args.output}")
    skipped, _notes = split_problems(result.problems)
    return 1 if skipped else 0


if __name__ == "__main__":
    raise SystemExit(main())
