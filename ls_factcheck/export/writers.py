"""Write verified claims as JSONL (one record per line) or CSV for editors."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from ls_factcheck.schema import VerifiedClaim

CSV_COLUMNS = (
    "article_id", "outlet", "title", "url", "published", "claim", "start", "end", "verdict", "agreement",
    "evidence", "notes", "source", "entities", "reviewer", "reviewed_at", "reviewers",
)


def write_jsonl(claims: Iterable[VerifiedClaim], path: Path) -> int:
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for claim in claims:
            handle.write(claim.model_dump_json() + "\n")
            count += 1
    return count


def csv_row(claim: VerifiedClaim) -> dict[str, str]:
    record = claim.model_dump(mode="json")
    record["evidence"] = " | ".join(claim.evidence)
    record["entities"] = "; ".join(f"{e.label}: {e.text}" for e in claim.entities)
    record["reviewers"] = "; ".join(f"{r.reviewer}: {r.verdict.value}" for r in claim.reviewers)
    return {column: "" if record.get(column) is None else str(record[column]) for column in CSV_COLUMNS}


def write_csv(claims: Iterable[VerifiedClaim], path: Path, bom: bool = False) -> int:
    """One row per claim; ``bom`` adds a UTF-8 byte order mark so spreadsheets detect the encoding."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for claim in claims:
            writer.writerow(csv_row(claim))
            count += 1
    return count
