"""Verified claims for the memory tests."""

from __future__ import annotations

from ls_factcheck.schema import VerifiedClaim

EVACUATED = "Nach Angaben der Feuerwehr mussten in Neustadt an der Oder 1.200 Menschen ihre Häuser verlassen."
DIKE = "Der Deich bei Altwerder war nach Angaben des Landesamts im Jahr 1978 erhöht worden."


def verified(text: str = EVACUATED, verdict: str = "disputed", **fields) -> VerifiedClaim:
    return VerifiedClaim(
        article_id=fields.pop("article_id", "hochwasser-neustadt"),
        claim_id=fields.pop("claim_id", "claim-1"),
        claim=text,
        start=fields.pop("start", 0),
        end=fields.pop("end", len(text)),
        verdict=verdict,
        evidence=fields.pop("evidence", ["https://example.org/feuerwehr-neustadt-lagebericht"]),
        reviewer=fields.pop("reviewer", "anna.berger"),
        url=fields.pop("url", "https://example.org/neustadt-hochwasser"),
        outlet=fields.pop("outlet", "Oder-Kurier"),
        **fields,
    )
