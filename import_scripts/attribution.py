"""Who asserts a sentence: the SOURCE span, its cue and, for pronouns, the name it stands for.

There is no parser in the pipeline, so sources are found by the surface forms German news uses
("laut X", "X zufolge", "nach Angaben des X", "wie X berichtete", "X sagte", "sagte X", "so X",
"in einer Mitteilung des X") and a small noun-phrase reader over capitalisation: German nouns
and names are capitalised, the words around them are not. The shortest span that names the
source is kept: leading articles are dropped and a name in apposition ("Der Sprecher ..., John
Kirby, erklärte") wins over the role before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ls_factcheck.import_scripts.cues import Cues

_TOKEN = re.compile(r"\w[\w\-’'/&]*\.?(?<!\.\.)|[„“”\"»«‚‘’()\[\]]|[^\w\s]")
QUOTES_OPEN = {"„", "“", "»", "«", '"', "‚"}
QUOTES = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
_CLAUSE_BREAKS = {",", ":", ";", "–", "—", "-", "(", ")"} | QUOTES
# Abbreviations keep their dot; any other word loses a trailing sentence dot.
_AUXILIARIES = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "habe", "has", "have", "had",
                "will", "wollte", "wollen", "soll", "sollen", "muss", "musste", "kann", "konnte"}
_ABBREVIATIONS = {"dr.", "prof.", "st.", "nr.", "mio.", "mrd.", "bzw.", "ca.", "u.", "z.", "v.", "jr.", "sen.", "gen."}


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class Found:
    """A source found in one sentence; offsets are into the article."""

    start: int
    end: int
    cue: str
    pronoun: bool = False  # the span is a pronoun or "demnach": resolve it to an earlier name
    speaker_first: bool = False  # the clause before the cue is the speaker, not the claim


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        start, end = m.start(), m.end()
        if word.endswith(".") and len(word) > 1 and word.lower() not in _ABBREVIATIONS and not _is_initial(word):
            end -= 1
            word = word[:-1]
        tokens.append(Token(word, start + offset, end + offset))
    return tokens


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


class SourceFinder:
    """Finds the source of one sentence with the cues of one language."""

    def __init__(self, cues: Cues, english: bool) -> None:
        self.cues = cues
        self.english = english

    # --- entry ------------------------------------------------------------------------------

    def find(self, tokens: list[Token]) -> Found | None:
        inside = _inside_quotes(tokens)
        for finder in (self._preposition, self._postposition, self._as_reported, self._statement_owner,
                       self._reporting_verb, self._so, self._back_reference):
            found = finder(tokens, inside)
            if found:
                return found
        return None

    # --- forms ------------------------------------------------------------------------------

    def _preposition(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """laut X, gemäß X, nach Angaben des X, according to X, citing X."""
        for i, tok in enumerate(tokens):
            if inside[i]:
                continue
            low = tok.lower
            if low in ("laut", "gemäß", "citing") or (
                low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to"
            ):
                j = i + 2 if low == "according" else i + 1
                if low == "gemäß" and j < len(tokens) and tokens[j].lower in self.cues.statement_nouns:
                    return self._owner_of(tokens, j, low)
                span = self._np_forward(tokens, j)
                if span:
                    return Found(span[0], span[1], "according to" if low == "according" else low)
            if low == "nach" and i + 1 < len(tokens) and tokens[i + 1].lower in self.cues.statement_nouns:
                found = self._owner_of(tokens, i + 1, "nach Angaben" if tokens[i + 1].lower == "angaben" else f"nach {tokens[i + 1].text}")
                if found:
                    return found
        return None

    def _owner_of(self, tokens: list[Token], j: int, cue: str) -> Found | None:
        """The owner after a statement noun: "Angaben des Ministeriums", "Berichten aus Südkorea"."""
        noun = tokens[j]
        k = j + 1
        if k < len(tokens) and tokens[k].lower in ("von", "vom", "of", "by"):
            k += 1
        if k < len(tokens) and tokens[k].lower == "aus":
            span = self._np_forward(tokens, k + 1)
            if span:
                return Found(noun.start, span[1], cue)  # a generic source: "Berichten aus Südkorea"
        span = self._np_forward(tokens, k)
        if span:
            return Found(span[0], span[1], cue)
        if noun.lower in ("berichten", "reports"):
            return Found(noun.start, noun.end, cue)
        return None

    def _postposition(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """X zufolge; Angaben des X zufolge."""
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower not in self.cues.source_after:
                continue
            span = self._np_backward(tokens, i)
            if not span:
                continue
            start_index = next(k for k, t in enumerate(tokens) if t.start == span[0])
            if tokens[start_index].lower in self.cues.statement_nouns and start_index + 1 < i:
                owner = self._np_forward(tokens, start_index + 1)
                if owner and owner[1] <= tok.start:
                    return Found(owner[0], owner[1], "zufolge")
            return Found(span[0], span[1], "zufolge")
        return None

    def _as_reported(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """wie X berichtete/mitteilte; as X reported."""
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower not in self.cues.as_reported:
                continue
            if i > 0 and tokens[i - 1].text not in (",", "(") and i != 0:
                continue
            for k in range(i + 2, min(len(tokens), i + 14)):
                low = tokens[k].lower
                if tokens[k].text in (",", ".", ")"):
                    break
                if low in self.cues.reporting_verbs or low in ("mitteilte", "mitteilten", "bekanntgab", "meldete", "hinwies"):
                    span = self._np_forward(tokens, i + 1)
                    if span and span[1] <= tokens[k].start:
                        return Found(span[0], span[1], f"wie … {low}" if not self.english else f"as … {low}")
                    break
        return None

    def _statement_owner(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """in einer Stellungnahme/Mitteilung des X; in a statement from X."""
        nouns = {"stellungnahme", "mitteilung", "erklärung", "pressemitteilung", "presseerklärung", "bericht",
                 "statement", "report", "studie", "analyse", "schreiben", "brief", "interview", "sendung"}
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower not in nouns or i + 1 >= len(tokens):
                continue
            nxt = tokens[i + 1].lower
            if nxt in ("des", "der", "von", "vom", "from", "by", "of"):
                span = self._np_forward(tokens, i + 1 + (nxt in ("von", "vom", "from", "by", "of")))
                if span:
                    return Found(span[0], span[1], f"in einer {tok.text} des" if not self.english else f"{tok.text} from")
        return None

    def _reporting_verb(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """X sagte / sagte X / X teilte mit / X told."""
        for i, tok in enumerate(tokens):
            low = tok.lower
            if inside[i] or (low not in self.cues.reporting_verbs and low not in self.cues.separable):
                continue
            if tok.capitalised and i == 0:
                continue
            particles = self.cues.separable.get(low)
            if particles and not _particle_in_clause(tokens, i, particles):
                continue
            cue = low + (" " + _particle(tokens, i, particles) if particles else "")
            before = self._subject_before(tokens, i) or self._apposition(tokens, i) or self._subject_of_perfect(tokens, i)
            if before:
                return before_found(before, cue, self._is_pronoun(tokens, before))
            after = self._subject_after(tokens, i)
            if after:
                return Found(after[0], after[1], cue, pronoun=self._is_pronoun(tokens, after))
        # "hieß es" with no owner named: the source is the attribution that governs it
        return None

    def _so(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """„…“, so X."""
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower != "so" or i == 0:
                continue
            if tokens[i - 1].text not in {",", "–", "—"} | QUOTES:
                continue
            span = self._np_forward(tokens, i + 1)
            if span:
                end_index = next(k for k, t in enumerate(tokens) if t.end == span[1])
                if end_index + 1 >= len(tokens) or tokens[end_index + 1].text in (",", ".", ":", ";", "–") or tokens[end_index + 1].text in QUOTES:
                    return Found(span[0], span[1], "so")
        return None

    def _back_reference(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower in ("demnach", "demzufolge"):
                return Found(tok.start, tok.end, tok.lower, pronoun=True)
        return None

    # --- noun phrases -----------------------------------------------------------------------

    def _is_pronoun(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1]]
        return len(words) == 1 and words[0].lower in self.cues.pronouns

    def _np_forward(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``j``, without its article; None if there is none."""
        cues = self.cues
        n = len(tokens)
        while j < n and tokens[j].lower in cues.determiners:
            j += 1
        k = j
        last_head = None
        while k < n:
            tok = tokens[k]
            low = tok.lower
            if tok.text == "(":
                close = next((m for m in range(k + 1, min(n, k + 6)) if tokens[m].text == ")"), None)
                if close is not None and last_head is not None:
                    last_head = close
                    k = close + 1
                    continue
                break
            if not tok.word:
                break
            if self._name_word(tok) and low not in cues.not_names | cues.reporting_verbs:
                last_head = k
                k += 1
                continue
            if low in cues.name_glue and last_head is not None and k + 1 < n and self._name_word(tokens[k + 1]):
                k += 1
                continue
            if low in ("des", "der", "von", "vom", "of", "the") and last_head is not None:
                m = k + 1
                while m < n and (_adjective(tokens[m]) or tokens[m].lower in cues.determiners):
                    m += 1
                if m < n and self._name_word(tokens[m]) and tokens[m].lower not in cues.not_names:
                    k = m
                    continue
                break
            if _adjective(tok) and not self.english:
                m = k + 1
                while m < n and _adjective(tokens[m]):
                    m += 1
                if m < n and self._name_word(tokens[m]) and tokens[m].lower not in cues.not_names:
                    k = m
                    continue
                break
            if low in cues.pronouns and last_head is None and k == j:
                return tok.start, tok.end
            if self.english and low in ("officials", "sources", "experts", "analysts", "spokesman", "spokeswoman",
                                        "spokesperson", "police", "authorities", "ministry", "government", "officer"):
                last_head = k
                k += 1
                continue
            break
        if last_head is None:
            return None
        return tokens[j].start, tokens[last_head].end

    def _np_backward(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``i`` ("Dem Ministerium zufolge")."""
        k = i - 1
        start = None
        while k >= 0:
            tok = tokens[k]
            if tok.text == ")":
                k -= 1
                while k >= 0 and tokens[k].text != "(":
                    k -= 1
                k -= 1
                continue
            if not tok.word or tok.lower in self.cues.not_names and tok.lower not in ("der", "des", "von"):
                break
            if self._name_word(tok) or _adjective(tok) or tok.lower in self.cues.determiners or tok.lower in ("des", "der", "von", "vom"):
                start = k
                k -= 1
                continue
            break
        if start is None:
            return None
        span = self._np_forward(tokens, start)
        if span and span[1] <= tokens[i].start:
            return span
        return None

    def _name_word(self, tok: Token) -> bool:
        if not tok.word or tok.text[0].isdigit():
            return False
        return tok.capitalised

    def _subject_before(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The subject right before a reporting verb when it opens its clause: "Kirby betonte"."""
        start = i
        while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS and tokens[start - 1].lower not in ("dass", "that", "und", "and", "aber", "but"):
            start -= 1
        if start == i:
            return None
        first = tokens[start]
        if first.lower in self.cues.pronouns:
            return (first.start, first.end) if start + 1 == i else None
        if first.lower in self.cues.not_names and first.lower not in self.cues.determiners:
            return None
        span = self._np_forward(tokens, start)
        if span and span[1] == tokens[i - 1].end:
            return span
        return None

    def _apposition(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Waleri Gerassimow, der Generalstabschef, berichtete" and "Der Sprecher, John Kirby, erklärte":
        the name and the role stand apart by commas; the shorter, name-like one is the source."""
        if i < 4 or tokens[i - 1].text != ",":
            return None
        comma = next((k for k in range(i - 2, -1, -1) if tokens[k].text in _CLAUSE_BREAKS), None)
        if comma is None or tokens[comma].text != ",":
            return None
        second = self._np_forward(tokens, comma + 1)
        if not second or second[1] != tokens[i - 2].end:
            return None
        start = comma
        while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS and tokens[start - 1].lower not in ("dass", "that"):
            start -= 1
        if start == comma or tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners:
            return None
        first = self._np_forward(tokens, start)
        if not first:
            return None
        first_is_name = self._looks_like_name(tokens, first) and first[1] == tokens[comma - 1].end
        if self._looks_like_name(tokens, second) and not first_is_name:
            return second
        return first

    def _looks_like_name(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1] and t.word]
        return 0 < len(words) <= 4 and all(t.capitalised or t.lower in self.cues.name_glue for t in words)

    def _subject_of_perfect(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Nordkorea hat erstmals bestätigt": the subject opens the clause, the auxiliary follows it."""
        for k in range(i - 1, 0, -1):
            if tokens[k].text in _CLAUSE_BREAKS:
                return None
            if tokens[k].lower in _AUXILIARIES:
                start = k
                while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS:
                    start -= 1
                if start == k or tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners:
                    return None
                if tokens[start].lower in self.cues.pronouns and start + 1 == k:
                    return tokens[start].start, tokens[start].end
                span = self._np_forward(tokens, start)
                return span if span and span[1] == tokens[k - 1].end else None
        return None

    def _subject_after(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The subject right after a reporting verb in second position: "„…“, sagte Kirby"."""
        j = i + 1
        while j < len(tokens) and tokens[j].lower in ("jedoch", "aber", "auch", "zudem", "außerdem", "dann", "nun", "am", "im", "erneut", "bereits", "however", "also"):
            j += 1
        if j < len(tokens) and tokens[j].lower in self.cues.pronouns:
            return tokens[j].start, tokens[j].end
        return self._np_forward(tokens, j)


def before_found(span: tuple[int, int], cue: str, pronoun: bool) -> Found:
    return Found(span[0], span[1], cue, pronoun=pronoun, speaker_first=True)


def _particle_in_clause(tokens: list[Token], i: int, particles: frozenset[str]) -> bool:
    for tok in tokens[i + 1 :]:
        if tok.text in (",", ".", ";", ":"):
            return False
        if tok.lower in particles:
            return True
    return False


def _particle(tokens: list[Token], i: int, particles: frozenset[str]) -> str:
    return next(t.lower for t in tokens[i + 1 :] if t.lower in particles)


def _adjective(tok: Token) -> bool:
    """An inflected lower-case attributive adjective ("staatlichen", "russische")."""
    low = tok.text
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


def _inside_quotes(tokens: list[Token]) -> list[bool]:
    """For each token: does it stand inside a direct quote? Cues there belong to the quote."""
    inside = []
    depth = False
    for tok in tokens:
        if tok.text in ("„", "»", "“") and not depth:
            depth = True
            inside.append(True)
            continue
        if tok.text in ("“", "”", "«", "\"") and depth:
            depth = False
            inside.append(True)
            continue
        if tok.text == '"' and not depth:
            depth = True
            inside.append(True)
            continue
        inside.append(depth)
    return inside
