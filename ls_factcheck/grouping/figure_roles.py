"""What a figure counts beyond its unit: which fate, per what, and whether it is the fact at all.

Two claims of one story that give different numbers of people are a contradiction only when they
count the same people: "300 Menschen wurden verletzt" and "1.200 Menschen mussten ihre Häuser
verlassen" are both people, and both true. So each figure carries a *role* read from its clause:

- the fate or act counted (injured, dead, evacuated, arrested, missing, ...), as a stem;
- ``per:<noun>`` when it is a rate ("500 Euro pro Haushalt"), not a total;
- ``reference`` when it is a comparison value, not the reported fact ("der übliche Pegel von
  2 Metern", "im Vorjahr 3,1 Prozent").

Figures whose roles name different fates, rates against totals, and reference values are never a
contradiction hint.
"""

from __future__ import annotations

import re

# Stems of what is counted; the first matching group names the role.
_FATES = {
    "injured": ("verletzt", "verwundet", "injured", "wounded", "hurt"),
    "dead": ("getötet", "tot", "tote", "toten", "starb", "starben", "gestorben", "ums leben", "leben gekommen",
             "killed", "dead", "died", "todesopfer", "opfer"),
    "evacuated": ("evakuiert", "verlassen", "in sicherheit gebracht", "evacuated", "flohen", "geflohen", "flüchteten",
                  "obdachlos", "notunterkünft"),
    "missing": ("vermisst", "missing"),
    "arrested": ("festgenommen", "verhaftet", "festnahmen", "arrested", "gefangen"),
    "rescued": ("gerettet", "geborgen", "rescued"),
    "ill": ("erkrankt", "infiziert", "infected", "krank"),
    "deployed": ("einsatzkräfte", "helfer", "im einsatz", "deployed", "entsandt"),
    "affected": ("betroffen", "affected", "ohne strom", "without power"),
    "demonstrating": ("demonstrierten", "demonstranten", "protestierten", "teilnehmer", "protesters"),
}
_PER = re.compile(r"(?i)^\s*(?:pro|je|per|a|each)\s+(?P<noun>[A-Za-zÄÖÜäöüß-]+)")
_EACH = re.compile(r"(?i)\b(?:je|jeweils|pro kopf|each)\s*$")
_REFERENCE = re.compile(
    r"(?i)\b(?:normal(?:erweise)?|übliche[nmrs]?|üblicherweise|durchschnittlich(?:e[nmrs]?)?|sonst|vorjahr(?:es)?|"
    r"zuvor|damals|ursprünglich|bisher(?:ige[nmrs]?)?|usual(?:ly)?|normally|average|previous(?:ly)?|last year|"
    r"im vergleich|zusage|gebunden|vorgabe|zielmarke|commitment|target)\b")
# "Betroffene Haushalte sollen bis zu 5.000 Euro erhalten": what each recipient gets, not the total
_RECIPIENTS = re.compile(
    r"(?i)\b(?:haushalte?n?|familien|betroffenen?|beschäftigten?|mitarbeiter(?:innen)?|bewohner(?:innen)?|"
    r"eigentümer(?:innen)?|rentner(?:innen)?|households|families|residents|employees)\b.*\b(?:erhalten|erhält|bekommen|"
    r"bekommt|receive|receives|get)\b")


def role_of(text: str, start: int, end: int) -> frozenset[str]:
    """The role of the figure at ``start``–``end`` of the claim ``text``."""
    clause_start = max(text.rfind(mark, 0, start) for mark in (",", ";", ":", " und ", " and ", " während ")) + 1
    following = [text.find(mark, end) for mark in (",", ";", ":", " und ", " and ", " während ")]
    clause_end = min([i for i in following if i >= 0] or [len(text)])
    clause = text[clause_start:clause_end].lower()
    role = {name for name, stems in _FATES.items() if any(s in clause for s in stems)}
    rate = _PER.match(text[end:])
    if rate:
        role.add(f"per:{rate['noun'].lower()}")
    elif _EACH.search(text[clause_start:start]):
        role.add("per:each")
    elif _RECIPIENTS.search(clause):
        role.add("per:recipient")
    near = text[max(clause_start, start - 40) : min(clause_end, end + 25)]
    if _REFERENCE.search(near):
        role.add("reference")
    return frozenset(role)


def comparable(a: frozenset[str], b: frozenset[str]) -> bool:
    """May two figures of one unit class count the same thing?"""
    if "reference" in a or "reference" in b:
        return False
    rates_a = {r for r in a if r.startswith("per:")}
    rates_b = {r for r in b if r.startswith("per:")}
    if rates_a != rates_b:
        return False
    fates_a, fates_b = a - rates_a, b - rates_b
    return not fates_a or not fates_b or bool(fates_a & fates_b)
