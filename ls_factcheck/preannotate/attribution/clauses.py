"""Around one token of a sentence: where its clause begins and ends, a particle at the clause's end, an
apposition, an adjective.
"""

from __future__ import annotations

import re

from ls_factcheck.preannotate.attribution.tokens import QUOTES, Token
from ls_factcheck.preannotate.attribution.words import DEEDS, NAME_PARTICLE, RELATIVE_PRONOUNS
from ls_factcheck.preannotate.cues import CLAUSE_FINAL_PARTICLES, REFLEXIVE_PARTICLES
from ls_factcheck.preannotate.quantity_forms import word_value


def particle_in_clause(tokens: list[Token], i: int, particles: frozenset[str], before: bool = False) -> bool:
    """Does the clause of verb ``i`` hold one of its particles (after it; or before it, for "Zu diesem
    Ergebnis kommt …")? Particles that are also prepositions or adverbs ("zu", "vor", "an", "aus")
    count only where they close the clause, as a separated particle does ("gab den Fehler zu."); "hinter"
    and "gegen" only with "sich" ("stellte sich hinter die Ministerin")."""
    if before and any(t.lower in particles for t in tokens[:i]):
        return True
    reflexive = False
    k = i
    while k + 1 < len(tokens):
        k += 1
        tok = tokens[k]
        if tok.text == "," and (close := apposition_end(tokens, k)) is not None:
            k = close  # "Dies teilte der Sprecher, Jens Nacke, mit": the name in commas is no clause
            continue
        if tok.text == "," and (close := relative_clause_end(tokens, k)) is not None:
            k = close  # "geht aus einer Meldung, die … verbreitet wurde, hervor": the particle follows the relative clause
            continue
        if tok.text in (",", ".", ";", ":"):
            return False
        low = tok.lower
        reflexive = reflexive or low == "sich"
        if low not in particles:
            continue
        if low in REFLEXIVE_PARTICLES and not reflexive:
            continue
        if low in CLAUSE_FINAL_PARTICLES and not closes_clause(tokens, k):
            continue
        return True
    return False


def inserted_before(tokens: list[Token], k: int) -> int | None:
    """Where an insertion ending at ``k`` opens: a bracket ("(CDU)") or a name set off by commas
    (", Larry A. Silverstein,"), else None."""
    if tokens[k].text == ")":
        return next((m for m in range(k - 1, max(-1, k - 8), -1) if tokens[m].text == "("), None)
    if tokens[k].text == ",":
        opening = next((m for m in range(k - 1, max(-1, k - 7), -1) if tokens[m].text == ","), None)
        if opening is not None and apposition_end(tokens, opening) == k:
            return opening
    return None


def relative_clause_opening(tokens: list[Token], end: int, reach: int, pronouns: frozenset[str] | set[str]) -> int | None:
    """The comma that opens a relative clause closed by the comma at ``end - 1`` ("Der Bericht, der am
    Montag erschien, …"), at most ``reach`` tokens back, its next word one of ``pronouns``."""
    if end < 2 or tokens[end - 1].text != ",":
        return None
    comma = next((k for k in range(end - 2, max(1, end - reach) - 1, -1) if tokens[k].text == ","), None)
    return comma if comma is not None and tokens[comma + 1].lower in pronouns else None


def apposition_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of a name or a date set off by commas right after ``comma`` ("…, Jens Nacke, …",
    "am Montag, dem 27. März, …")."""
    if comma + 1 < len(tokens) and tokens[comma + 1].lower in ("dem", "den") and comma + 2 < len(tokens) \
            and tokens[comma + 2].text[:1].isdigit():
        close = next((k for k in range(comma + 3, min(len(tokens), comma + 6)) if tokens[k].text == ","), None)
        if close is not None and all(t.capitalised or t.text[:1].isdigit() for t in tokens[comma + 2 : close]):
            return close
    for k in range(comma + 1, min(len(tokens), comma + 6)):
        if tokens[k].text == ",":
            return k if k > comma + 1 else None
        if not (tokens[k].capitalised or NAME_PARTICLE.match(tokens[k].text) or tokens[k].lower in ("von", "van", "de", "zu")):
            return None
    return None


_RELATIVE_OPENERS = RELATIVE_PRONOUNS - {"who", "which"}


def relative_clause_end(tokens: list[Token], comma: int) -> int | None:
    """The comma closing a relative clause that opens right after ``comma`` and ends before the sentence does."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].text not in _RELATIVE_OPENERS:
        return None  # lower case only: "Die Polizei …" after a comma opens a main clause
    for k in range(comma + 2, min(len(tokens), comma + 20)):
        if tokens[k].text in (".", ";", ":") or tokens[k].text in QUOTES:
            return None
        if tokens[k].text == ",":
            return k
    return None


def judged_as(tokens: list[Token], i: int) -> bool:
    """"für" with a lower-case adjective or participle closing the clause: "hält X für (wenig) sinnvoll"."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].text in (",", ".", ";", ":"):
            return False
        if tokens[k].lower == "für":
            rest = [t for t in tokens[k + 1 : k + 4] if t.word]
            return bool(rest) and all(not t.capitalised for t in rest[:2]) and any(
                closes_clause(tokens, tokens.index(t)) for t in rest[:2])
    return False


def closes_clause(tokens: list[Token], k: int) -> bool:
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or following.text in {",", ".", ";", ":", "–", "—", ")", "!"} | QUOTES \
        or following.lower in ("und", "oder", "sowie", "aber", "and")


def clause_bounds(tokens: list[Token], i: int) -> tuple[int, int]:
    """The tokens of the clause around ``i``: from the last comma/colon before it to the next one."""
    lo = i
    while lo > 0 and tokens[lo - 1].text not in (",", ";", ":", "–", "—"):
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and tokens[hi].text not in (",", ";", ":", ".", "–", "—"):
        hi += 1
    return lo, hi


def particle(tokens: list[Token], i: int, particles: frozenset[str]) -> str:
    return next((t.lower for t in [*tokens[i + 1 :], *tokens[:i]] if t.lower in particles), "")


def adjective(tok: Token) -> bool:
    """An inflected lower-case attributive adjective ("staatlichen", "russische", "33-jährige")."""
    low = tok.text
    if re.fullmatch(r"\d+(?:[.,]\d+)?-[a-zäöüß]+(?:e|en|er|es|em)", low):
        return True  # "der 33-jährige Torwart": an age or size written with digits
    return (
        tok.word
        and low[:1].islower()
        and len(low) > 3
        and re.search(r"(?:e|en|er|es|em)$", low) is not None
        and low not in {"eine", "einen", "einer", "eines", "einem", "seine", "seinen", "ihre", "ihren", "diese",
                        "dieser", "dieses", "diesen", "werden", "haben", "wurden", "waren", "seien", "hatten",
                        "hätten", "würden", "sollen", "wollen", "können", "müssen", "dürfen", "sagen", "gegen",
                        "unter", "über", "wieder", "aber", "oder", "sowie", "sogar", "immer", "weiter", "jeder",
                        "jede", "jedes", "alle", "allen", "beiden", "beide", "andere", "anderen", "einige",
                        "einigen", "mehrere", "mehreren", "viele", "vielen", "wenige", "wenigen", "sehen",
                        "hinter", "neben", "nahe", "sie", "sich", "zwischen", "seinerseits", "ihrerseits",
                        "außer", "bereits", "zuletzt", "später", "unsere", "unseren", "ohne", "selbe", "sehr"}
    )


# what a disaster "fordert": lives, not a demand
_TOLL_NOUNS = ("todesopfer", "todesopfern", "menschenleben")
_COUNTED_TOLL = frozenset({"opfer", "opfern", "tote", "toten", "leben", "verletzte", "verletzten"})
_TOLL_COUNTS = frozenset({"millionen", "tausende", "hunderte", "zahlreiche", "viele", "mehrere", "das", "dutzende"})


def takes_a_toll(tokens: list[Token], i: int) -> bool:
    """"Die Grippe hatte 25 Millionen Todesopfer gefordert", "forderte das Leben von zwölf Menschen":
    the verb at ``i`` counts victims; "fordert Geld für die Opfer" is still a demand."""
    lo, hi = clause_bounds(tokens, i)
    for k in range(lo, hi):
        low = tokens[k].lower
        if low.endswith(_TOLL_NOUNS):
            return True
        if low in _COUNTED_TOLL and k > lo and (tokens[k - 1].text[:1].isdigit() or tokens[k - 1].lower in _TOLL_COUNTS
                                                or word_value(tokens[k - 1].lower) is not None):
            return True
    return False


_BEFORE_A_DEED = frozenset({"dem", "der", "den", "diesem", "dieser", "diesen", "einem", "einer", "jüngsten", "tödlichen",
                            "blutigen", "gestrigen", "versuchten", "beiden", "mehreren"})


def claims_a_deed(tokens: list[Token], i: int) -> bool:
    """"bekannte sich zu dem Anschlag": a form of "sich bekennen" whose "zu" names a deed (``DEEDS``)."""
    if tokens[i].lower not in ("bekannte", "bekannten", "bekennt", "bekennen", "bekannt"):
        return False
    lo, hi = clause_bounds(tokens, i)
    words = [t.lower for t in tokens[lo:hi]]
    if "sich" not in words:
        return False
    after = words[words.index("sich") + 1 :]
    for k, word in enumerate(after):
        if word in ("zu", "zum", "zur"):
            # the noun the "zu" phrase is about: "zu dem Anschlag", not "zum ersten Mal … zur Notwendigkeit"
            head = next((w for w in after[k + 1 :] if w not in _BEFORE_A_DEED), "")
            if head.endswith(DEEDS):
                return True
    return False
