"""The JSON Schema of the ``jsonl`` format, generated from the pydantic model and kept in the repo.

Consumers validate against the file, not against our Python code, so the file is published per
major version (``verified_claim.v1.json``) and a test fails when the model and the file drift.
Regenerate after a schema change with ``python -m tools.published_schema``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ls_factcheck.schema import SCHEMA_VERSION, VerifiedClaim

MAJOR = SCHEMA_VERSION.split(".")[0]
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "ls_factcheck" / "schemas" / f"verified_claim.v{MAJOR}.json"
SCHEMA_ID = f"urn:ls-factcheck:schema:verified_claim:v{MAJOR}"


def verified_claim_schema() -> dict:
    schema = VerifiedClaim.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "x-schema-version": SCHEMA_VERSION, **schema}


def rendered() -> str:
    return json.dumps(verified_claim_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if "--check" in argv:
        if not SCHEMA_PATH.exists() or SCHEMA_PATH.read_text(encoding="utf-8") != rendered():
            print(f"{SCHEMA_PATH} is out of date: run python -m tools.published_schema", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(rendered(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
