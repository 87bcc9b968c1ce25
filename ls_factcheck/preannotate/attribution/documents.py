"""Sources that relay or document: "unter Berufung auf X", a study, survey or report, researchers who
found something, and estimates that are assumed rather than asserted.
"""

from __future__ import annotations

from ls_factcheck.preannotate.attribution.clauses import clause_bounds
from ls_factcheck.preannotate.attribution.phrases import PhraseReader
from ls_factcheck.preannotate.attribution.tokens import Found, Token, words_in
from ls_factcheck.preannotate.attribution.words import (
    DOCUMENTS,
    ESTIMATE_NOUNS,
    FINDINGS,
    REPORT_ENDINGS,
    LEGAL_TEXTS,
    RELIED_STATEMENTS,
    REPORT_NOUNS,
    RESEARCHERS,
)
from ls_factcheck.preannotate.numbers import NUMBER_WORDS


class DocumentCues(PhraseReader):
    """Cues of ``documents``: relays, documents and researchers."""

    def _relied_on(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"unter Berufung auf Krankenhauskreise", "beruft sich auf einen Bericht des X": the relay names its source."""
        for i, tok in enumerate(tokens):
            if inside[i] or i + 1 >= len(tokens):
                continue
            low = tok.lower
            if low == "berufung" and i > 0 and tokens[i - 1].lower == "unter" and tokens[i + 1].lower == "auf":
                if self._relies_on_document(tokens, i + 2):
                    return None  # "berichtet die „Hauptstadtpost“ unter Berufung auf einen Entwurf": the outlet asserts
                span = self._owner_or_np(tokens, i + 2)
                if span:
                    return Found(span[0], span[1], "unter Berufung auf")
            elif low in ("beruft", "berief", "berufen", "beriefen") and tokens[i + 1].lower == "sich":
                lo, hi = clause_bounds(tokens, i)
                auf = next((k for k in range(i + 2, hi) if tokens[k].lower == "auf" and not inside[k]), None)
                if auf is None or self._relies_on_document(tokens, auf + 1):
                    return None
                span = self._owner_or_np(tokens, auf + 1)
                if span:
                    return Found(span[0], span[1], "beruft sich auf")
        return None

    def _result_of(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Das ist das Ergebnis einer Studie der Universität X": the report whose finding the sentence
        (and, pointing back, the one before it) states."""
        words = [t.lower for t in tokens[:4]]
        opening = 1 if words[:1] == ["das"] else 0
        if len(tokens) > 6 and not inside[0] and tokens[opening].lower in FINDINGS \
                and any(t.lower == "dass" for t in tokens) and any(t.lower in ("war", "ist") for t in tokens):
            # "Ergebnis einer privaten Untersuchung war, dass …": the report whose finding follows
            span = self._np_forward(tokens, opening + 1)
            if span and self._documentary(tokens, span):
                verb = next(t.lower for t in tokens if t.lower in ("war", "ist"))
                return Found(span[0], span[1], f"{tokens[opening].text} … {verb}")
        if len(tokens) < 6 or inside[0] or words[0] not in ("das", "dies") or words[1] not in ("ist", "sind", "war", "waren") \
                or words[2] != "das" or words[3] not in FINDINGS:
            return None
        span = self._np_forward(tokens, 4)
        return Found(span[0], span[1], f"{words[1]} das {tokens[3].text}") if span else None

    def _made_by(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"In einem von der Unternehmensberatung X aufgestellten Ranking …", "einer vom Institut Y
        veröffentlichten Studie zufolge": who made the report named with it."""
        for i, tok in enumerate(tokens[:-3]):
            if inside[i] or tok.lower not in ("von", "vom") or i == 0 or (
                    tok.lower == "von" and tokens[i - 1].lower not in self.cues.determiners) or (
                    tok.lower == "vom" and tokens[i - 1].lower not in self.cues.determiners | {"in", "im", "laut", "nach"}):
                continue
            for k in range(i + 2, min(len(tokens) - 1, i + 10)):
                word, noun = tokens[k], tokens[k + 1]
                if word.text in (",", ".", ";", ":"):
                    break
                if not word.capitalised and word.lower.endswith(("ten", "enen")) and noun.capitalised and (
                        noun.lower in self.owner_nouns or noun.lower.endswith(DOCUMENTS + REPORT_ENDINGS)):
                    span = self._np_forward(tokens, i + 1)
                    # ("der Unternehmensberatung Ernst & Young": the name the model found runs on past "&")
                    end = max([span[1]] + [e for s, e in self._names if span[0] <= s <= span[1] and e <= word.start]) \
                        if span else 0
                    if span and end == tokens[k - 1].end:  # the maker's phrase runs up to the participle
                        return Found(span[0], end, f"{tok.lower} … {word.text} {noun.text}")
                    break
        return None

    def _relies_on_document(self, tokens: list[Token], j: int) -> bool:
        """A document relied on ("interne Unterlagen", "einen Entwurf des Ministeriums") leaves the relay as the
        one who asserts; a statement ("eine Mitteilung der Polizei", "Angaben der Behörde") or a speaker does not."""
        k = self._skip_modifiers(tokens, j)
        if k >= len(tokens):
            return False
        head = tokens[k].lower
        if head in self.cues.statement_nouns or head in RELIED_STATEMENTS:
            return False
        return head in REPORT_NOUNS or head.endswith(DOCUMENTS) or head in LEGAL_TEXTS

    def _documentary(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in words_in(tokens, span)]
        return any(w.endswith(DOCUMENTS) for w in words)

    def _research(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in words_in(tokens, span)]
        return any(w.endswith(RESEARCHERS) for w in words)

    def _cut_after_researchers(self, tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """"fanden die Forschenden Mikroplastik": the noun run after the researchers is the object."""
        words = words_in(tokens, span)
        last = next((t for t in words if t.lower.endswith(RESEARCHERS)), None)
        return (span[0], last.end) if last is not None else span

    def _assumed_estimate(self, tokens: list[Token], i: int, before: bool = False,
                          nouns: tuple[str, ...] = ()) -> bool:
        """"ging von Kosten in Höhe von … aus", "war von einem Fehlbetrag … ausgegangen": "von" with an
        estimated amount in the verb's clause (not "Die Gefahr ging von dem Gebäude aus")."""
        lo, hi = clause_bounds(tokens, i)
        for k in range(lo if before else i + 1, hi):
            if tokens[k].lower in ("von", "vom"):
                m = self._skip_modifiers(tokens, k + 1)
                if m < hi and tokens[m].lower.endswith(nouns or ESTIMATE_NOUNS):
                    return True
                counted = k + 1 < hi and (tokens[k + 1].text[:1].isdigit() or tokens[k + 1].lower in NUMBER_WORDS)
                if not nouns and counted:
                    return True  # "Die NATO geht von zwölf getöteten Zivilisten aus": a count is an estimate
        return False
