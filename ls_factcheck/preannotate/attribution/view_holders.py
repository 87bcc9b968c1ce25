"""Whose view a sentence gives: "X ist der Ansicht, dass …", "Für den Minister ist …", "seiner
Meinung nach", a stance that is somebody's ("Kritik kam von X"), and a stated intention ("X will …").
"""

from __future__ import annotations

from ls_factcheck.preannotate.attribution.clauses import clause_bounds
from ls_factcheck.preannotate.attribution.phrases import PhraseReader
from ls_factcheck.preannotate.attribution.tokens import Found, Token, words_in
from ls_factcheck.preannotate.attribution.words import (
    INTENTION_VERBS, POSSESSIVE_OWNERS, STANCE_NOUNS, STANCE_VERBS, SUBORDINATORS,
)
from ls_factcheck.preannotate.cues import OPINION_NOUNS


class ViewHolderCues(PhraseReader):
    """Cues of ``view_holders``: whose view or stance a sentence gives."""

    def _of_the_view(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Die DSW ist der Ansicht, dass …", "Der Verteidiger vertritt (wie sein Mandant) die Auffassung, …":
        the subject of "ist der / vertritt die Ansicht/Meinung/Auffassung"."""
        for i, tok in enumerate(tokens[:-2]):
            if inside[i]:
                continue
            if tok.lower in ("ist", "sind", "war", "waren"):
                noun = i + 2 if tokens[i + 1].lower == "der" else None
            elif tok.lower in ("vertritt", "vertreten", "vertrat", "vertraten"):
                noun = next((k + 1 for k in range(i + 1, min(len(tokens) - 1, i + 8))
                             if tokens[k].lower == "die" and tokens[k + 1].lower in OPINION_NOUNS), None)
                if noun is not None and any(t.text == "," for t in tokens[i + 1 : noun]):
                    noun = None
            else:
                continue
            if noun is None or tokens[noun].lower not in OPINION_NOUNS:
                continue
            span = self._subject_before(tokens, i) or (self._subject_after(tokens, i) if tok.lower.startswith("vertr") else None)
            if span:  # ("Seit 2013 vertritt er die These": the speaker after the verb)
                return Found(span[0], span[1], f"{tok.lower} {tokens[noun - 1].lower} {tokens[noun].text}",
                             pronoun=self._is_pronoun(tokens, span))
        return None

    def _judged_by(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Für den Gesundheitsminister ist die Lage alarmierend": whose view it is. Only a role
        ("Für die Vereine ist …" names nobody; "Für Wellberg ist es das dritte Aus" is a team's record)."""
        words = [k for k, t in enumerate(tokens) if t.word]
        if not words or tokens[words[0]].lower != "für" or inside[words[0]]:
            return None
        start = words[0] + 1
        copula = next((k for k in range(start, min(len(tokens), start + 10))
                       if tokens[k].lower in ("ist", "sind", "war", "waren", "bleibt", "bleiben")), None)
        if copula is None or copula == start:
            return None
        span = self._np_forward(tokens, start)
        if not span or span[1] != tokens[copula - 1].end:
            return None
        if not self._role_in(tokens, span):
            return None
        return Found(span[0], span[1], "für … " + tokens[copula].lower)

    def _own_view(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Seiner Meinung nach", "ihren Angaben nach": the owner is the one named before. A speaker the
        sentence names ("erklärte el-Baradei, Nordkorea besitze seiner Meinung nach …") comes first."""
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower == "nach" and i >= 2 and tokens[i - 1].lower in self.owner_nouns \
                    and tokens[i - 2].lower in POSSESSIVE_OWNERS:
                return Found(tokens[i - 2].start, tokens[i - 1].end, "… nach", pronoun=True)
        return None

    def _stance(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Kritik kam von der Opposition", "Rückendeckung erhielt sie von X": a statement named by its noun."""
        for i, tok in enumerate(tokens):
            if inside[i] or not tok.capitalised or tok.lower not in STANCE_NOUNS:
                continue
            lo, hi = clause_bounds(tokens, i)
            if not any(tokens[k].lower in STANCE_VERBS for k in range(lo, hi)):
                continue
            if tokens[hi - 1].lower == "nach":
                continue  # "kam er Forderungen von Stadt und Land nach": he complied, nobody spoke
            for k in range(lo, hi):
                if tokens[k].lower in ("von", "vom", "seitens") and not inside[k]:
                    span = self._np_forward(tokens, k + 1)
                    if span and span[1] <= tokens[hi - 1].end:
                        return Found(span[0], span[1], f"{tok.text} von")
        return None

    def _intention(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"2009 will BYD 180.000 Autos verkaufen", "Der Kreis will 40 Stellen streichen": an intention with a
        figure or a year, in the present tense, is the subject's own announcement. Not in a clause that ends
        on the verb (a relative or "wenn" clause), not "man" or "es", not the past ("wollte" tells
        what someone was after, not what they announce)."""
        if self.english:
            return None
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower not in INTENTION_VERBS or tok.capitalised:
                continue
            lo, hi = clause_bounds(tokens, i)
            if i == hi - 1 and (lo > 0 or tokens[lo].lower in SUBORDINATORS):
                continue  # "…, die das Werk schließen wollen", "Wenn die Stadt bauen will, …"
            span = self._subject_before(tokens, i) or self._subject_after(tokens, i)
            if span is None or tokens[i].start < span[0] and span[0] - tokens[i].end > 40:
                continue
            # "will die Agentur ISRO Bodentests durchführen": the object runs on after the name
            span = next(((span[0], e) for s, e in self._names if span[0] <= s and e < span[1]), span)
            words = [t.lower for t in words_in(tokens, span)]
            if words in (["man"], ["es"]):
                continue
            if not any(t.text[:1].isdigit() for t in tokens):
                # "Die Grünen wollen wieder ins Parlament einziehen": the author tells the agents' aim; a plan
                # with a figure or a year in digits ("2009 will BYD 180.000 Autos verkaufen") is what they announced
                continue
            return Found(span[0], span[1], tok.lower, pronoun=self._is_pronoun(tokens, span))
        return None
