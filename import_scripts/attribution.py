"""Who asserts a sentence: the SOURCE span, its cue and, for pronouns, the name it stands for.

There is no parser in the pipeline, so sources are found by the surface forms German news uses
("laut X", "X zufolge", "nach Angaben des X", "wie X berichtete", "X sagte", "sagte X", "so X",
"in einer Mitteilung des X") and a small noun-phrase reader over capitalisation: German nouns
and names are capitalised, the words around them are not. The shortest span that names the
source is kept: leading articles are dropped and a name in apposition ("Der Sprecher ..., Tobias
Reh, erklärte") wins over the role before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ls_factcheck.import_scripts.cues import ROLE_SUFFIXES, Cues

_TOKEN = re.compile(r"\w[\w\-’'/&]*\.?(?<!\.\.)|[„“”\"»«‚‘’()\[\]]|[^\w\s]")
QUOTES_OPEN = {"„", "“", "»", "«", '"', "‚"}
QUOTES = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
_CLAUSE_BREAKS = {",", ":", ";", "–", "—", "-", "(", ")"} | QUOTES
# Verbs of evidence rather than speech: a "laut"/"nach Einschätzung" source in the same sentence wins
_EVIDENTIAL = {"zeigt", "zeigen", "zeigte", "ergab", "ergaben", "ergibt", "sieht", "sehen", "erwartet", "erwarten",
               "erwartete", "legte", "legt", "geht", "gehen", "ging"}
_EVIDENCE_VERBS = {"zeigt", "zeigen", "zeigte", "zeigten", "ergab", "ergaben", "ergibt", "legte", "legt"}
# What evidence verbs ("zeigt", "ergab", "legt nahe") need as subject to count as a source
_DOCUMENTS = ("studie", "umfrage", "bericht", "analyse", "auswertung", "daten", "zahlen", "statistik", "untersuchung",
              "gutachten", "bilder", "video", "aufnahmen", "dokumente", "unterlagen", "erhebung", "befragung",
              "institut", "instituts", "amt", "survey", "study", "report", "data", "figures", "images", "poll")
_SUBORDINATORS = {"obwohl", "weil", "nachdem", "bevor", "während", "da", "wenn", "falls", "indem", "ob",
                  "although", "because", "after", "before", "while", "when", "if"}
_RESULT_VERBS = {"kommt", "kommen", "kam", "kamen"}
# Finite verbs that make a stretch between commas a clause rather than an apposition
_CLAUSE_VERBS = {"ist", "sind", "war", "waren", "sei", "seien", "hat", "haben", "hatte", "hatten", "wird", "werden",
                 "wurde", "wurden", "is", "are", "was", "were", "has", "have", "had"}
_TRAILING_ADVERBS = {"seinerseits", "ihrerseits", "selbst", "jedoch", "aber", "allerdings", "indes", "dagegen",
                     "hingegen", "wiederum", "zufolge", "however"}
_QUANTIFIERS = {"knapp", "fast", "rund", "etwa", "mehr", "weniger", "gut", "über", "die", "ein", "eine", "zwei", "drei",
                "viele", "einige", "mehrere", "jeder", "jede", "nearly", "almost", "about", "more", "half", "most"}
_STATEMENT_COMPOUNDS = ("angaben", "schätzungen", "informationen", "berichten", "erkenntnissen", "berechnungen")
_POSSESSIVES = {"seinen", "ihren", "seiner", "ihrer", "unseren", "unserer", "meinen", "meiner", "his", "her", "their",
                "our", "my"}
# Focus particles that may stand before the subject in first position
_FOCUS = {"auch", "sogar", "selbst", "nur", "also", "even", "only"}
# Articles in the accusative or dative: the noun phrase they open is an object, not the speaker
_NOT_SUBJECT = {"den", "dem", "einen", "einem", "diesen", "diesem"}
_AUXILIARIES = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "habe", "has", "have", "had",
                "will", "wollte", "wollen", "soll", "sollen", "muss", "musste", "kann", "konnte"}
# Abbreviations keep their dot; any other word loses a trailing sentence dot.
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
        self._names: list[tuple[int, int]] = []  # the NER model's PER/ORG spans in the sentence at hand

    # --- entry ------------------------------------------------------------------------------

    def find(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """The source of one sentence; ``names`` are the PER/ORG spans the NER model found in it."""
        self._names = list(names)
        inside = _inside_quotes(tokens)
        speaker = self._reporting_verb(tokens, inside)
        if speaker is not None and speaker.speaker_first and not speaker.pronoun \
                and speaker.cue.split()[0] not in _EVIDENTIAL and not self._subordinate(tokens, speaker):
            # "Das Ministerium bezeichnete X laut Norpress als ...": the speaker, not the outlet relaying it
            return speaker
        for finder in (self._preposition, self._postposition, self._as_reported, self._statement_owner):
            found = finder(tokens, inside)
            if found:
                return found
        return speaker or self._so(tokens, inside) or self._back_reference(tokens, inside)

    def _documentary(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in tokens if span[0] <= t.start and t.end <= span[1]]
        return any(w.endswith(_DOCUMENTS) for w in words)

    def _subordinate(self, tokens: list[Token], found: Found) -> bool:
        """Is the speaker the subject of a clause opened by "während", "obwohl", …? Then the main
        clause's source, if any, is the one the claim rests on."""
        k = next((k for k, t in enumerate(tokens) if t.start == found.start), 0)
        while k > 0 and tokens[k - 1].lower in self.cues.determiners:
            k -= 1
        return k > 0 and tokens[k - 1].lower in _SUBORDINATORS

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
            if low == "nach" and i + 2 < len(tokens) and tokens[i + 1].lower == "eigenen" \
                    and tokens[i + 2].lower in self.cues.statement_nouns:
                # "Eine Initiative hat nach eigenen Angaben …": the subject speaks for itself
                opening = self._opening_speaker(tokens, len(tokens))
                if opening:
                    return Found(opening[0], opening[1], "nach eigenen Angaben")
            if low == "nach" and i + 2 < len(tokens) and tokens[i + 1].lower in _POSSESSIVES \
                    and tokens[i + 2].lower in self.cues.statement_nouns:
                # "Nach ihren Angaben": the possessive stands for the source named before
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"nach {tokens[i + 1].lower} {tokens[i + 2].text}", pronoun=True)
            if low in ("nach", "laut") and i + 1 < len(tokens) and tokens[i + 1].lower.endswith(_STATEMENT_COMPOUNDS) \
                    and tokens[i + 1].lower not in self.cues.statement_nouns:
                # "Nach Polizeiangaben", "laut Behördenangaben": the compound names the source
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"{low} {tokens[i + 1].text}")
            if low == "nach" and i + 1 < len(tokens) and tokens[i + 1].lower in self.cues.statement_nouns:
                found = self._owner_of(tokens, i + 1, "nach Angaben" if tokens[i + 1].lower == "angaben" else f"nach {tokens[i + 1].text}")
                if found:
                    return found
        return None

    def _owner_of(self, tokens: list[Token], j: int, cue: str) -> Found | None:
        """The owner after a statement noun: "Angaben des Ministeriums", "Berichten aus Tarsk"."""
        noun = tokens[j]
        k = j + 1
        if k < len(tokens) and tokens[k].lower in ("von", "vom", "of", "by"):
            k += 1
        if k < len(tokens) and tokens[k].lower == "aus":
            span = self._np_forward(tokens, k + 1)
            if span:
                return Found(noun.start, span[1], cue)  # a generic source: "Berichten aus Tarsk"
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
            if i > 0 and tokens[i - 1].lower in ("ihr", "ihm", "ihnen"):
                # "Ihr zufolge …": the pronoun stands for the source named before
                return Found(tokens[i - 1].start, tokens[i - 1].end, "zufolge", pronoun=True)
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
        """X sagte / sagte X / X teilte mit / X told; a main clause's speaker before a subordinate one's
        ("Obwohl X nicht kommentierte, berichteten westliche Quellen …")."""
        candidates = self._speakers(tokens, inside)
        first = next(candidates, None)
        if first is not None and first.speaker_first and self._subordinate(tokens, first):
            return next(candidates, first)
        return first

    def _speakers(self, tokens: list[Token], inside: list[bool]) -> Iterator[Found]:
        for i, tok in enumerate(tokens):
            low = tok.lower
            if inside[i] or (low not in self.cues.reporting_verbs and low not in self.cues.separable):
                continue
            if tok.capitalised:
                continue  # a capitalised word is a noun ("Berichten zufolge") or opens a question
            particles = self.cues.separable.get(low)
            if particles and not _particle_in_clause(tokens, i, particles, before=low in _RESULT_VERBS):
                continue
            cue = (low + " " + _particle(tokens, i, particles)).strip() if particles else low
            if low in ("geht", "gehen", "ging"):
                # "Das geht aus einer Studie der Universität X hervor": the source follows "aus"
                aus = next((k for k in range(i + 1, len(tokens)) if tokens[k].lower == "aus"), None)
                span = self._np_forward(tokens, aus + 1) if aus is not None else None
                if span:
                    yield Found(span[0], span[1], "geht aus … hervor")
                continue
            if i > 0 and tokens[i - 1].lower in ("und", "and", "sowie"):
                # "X äußerte sich besorgt und forderte ...": the second verb shares the first one's subject
                opening = self._opening_speaker(tokens, i)
                if opening:
                    yield Found(opening[0], opening[1], cue, self._is_pronoun(tokens, opening), speaker_first=True)
                continue
            before = (self._subject_before(tokens, i) or self._apposition(tokens, i) or self._subject_of_perfect(tokens, i)
                      or self._passive_quote(tokens, i))
            if low in _EVIDENCE_VERBS and before and not self._named(before) and not self._documentary(tokens, before) \
                    and not self._is_pronoun(tokens, before):
                continue  # "Der Fall zeigt, wie …": evidence needs a study, data or a named source behind it
            after = self._subject_after(tokens, i)
            if before and after and self._named(after) and not self._named(before) \
                    and not self._is_pronoun(tokens, before):
                # "Weitere Streiks schloss Oswald nicht aus": the fronted phrase is the object
                yield Found(after[0], after[1], cue)
                continue
            if before:
                yield Found(before[0], before[1], cue, self._is_pronoun(tokens, before), speaker_first=True)
                continue
            if self.english and tokens[i - 1].text not in {",", "—", "–"} | QUOTES:
                continue  # English puts the speaker after the verb only after a quote: "…,” said Okafor
            if after:
                yield Found(after[0], after[1], cue, pronoun=self._is_pronoun(tokens, after))

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

    def headline_source(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """"Verbraucherschützer: Gaspreise sinken": a source-like word before a headline's colon."""
        colon = next((k for k, t in enumerate(tokens[:4]) if t.text == ":"), None)
        if colon is None or colon == 0:
            return None
        words = tokens[:colon]
        if not all(t.capitalised for t in words):
            return None
        head = words[-1].lower
        if head in _SOURCE_HEADS or head.endswith(_SOURCE_SUFFIXES + ROLE_SUFFIXES + _DOCUMENTS) or (names and any(
                s <= words[0].start and words[-1].end <= e for s, e in names)):
            return Found(words[0].start, words[-1].end, "Schlagzeile mit Doppelpunkt" if not self.english else "headline colon")
        return None

    def _back_reference(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower in ("demnach", "demzufolge"):
                return Found(tok.start, tok.end, tok.lower, pronoun=True)
        return None

    # --- noun phrases -----------------------------------------------------------------------

    def _named(self, span: tuple[int, int]) -> bool:
        return any(span[0] < e and s < span[1] for s, e in self._names)

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
            if tok.text in ("„", "»", "“", '"') and last_head is None:
                close = next((m for m in range(k + 1, min(n, k + 6)) if tokens[m].text in ("“", "«", "”", '"')), None)
                if close is not None and close > k + 1 and all(self._name_word(t) or t.lower in cues.name_glue
                                                               for t in tokens[k + 1 : close]):
                    # die „Hauptstadtpost“: a title in quotes names an outlet
                    return tokens[k + 1].start, tokens[close - 1].end
                break
            if tok.text == "(":
                close = next((m for m in range(k + 1, min(n, k + 6)) if tokens[m].text == ")"), None)
                if close is not None and last_head is not None:
                    last_head = close
                    k = close + 1
                    continue
                break
            if not tok.word:
                break
            # capitalised words are nouns in German ("Berichten zufolge"), whatever verb they look like
            if self._name_word(tok) and low not in cues.not_names and (low not in cues.reporting_verbs or not self.english):
                last_head = k
                k += 1
                continue
            if low in cues.name_glue and last_head is not None:
                m = k
                while m < n and tokens[m].lower in cues.name_glue:
                    m += 1
                if m < n and self._name_word(tokens[m]) and m - k <= 2:
                    k = m  # "Institute for the Study of War"
                    continue
            if low == "für" and last_head is not None and not self.english:
                # "Landesamt für Statistik", "Zentrum für internationale Studien": a name built with "für"
                m = k + 1
                while m < n and _adjective(tokens[m]):
                    m += 1
                if m < n and self._name_word(tokens[m]) and tokens[m].lower not in cues.not_names:
                    k = m
                    continue
                break
            if low in ("des", "der", "von", "vom", "of", "the", "by") and last_head is not None:
                m = k + 1
                while m < n and (_adjective(tokens[m]) or tokens[m].lower in cues.determiners):
                    m += 1
                if m < n and self._name_word(tokens[m]) and tokens[m].lower not in cues.not_names:
                    k = m
                    continue
                break
            if _adjective(tok) and not self.english and last_head is None and low not in cues.reporting_verbs \
                    and low not in cues.separable and low not in cues.finite_verbs:
                m = k + 1
                while m < n and _adjective(tokens[m]):
                    m += 1
                if m < n and self._name_word(tokens[m]) and tokens[m].lower not in cues.not_names:
                    k = m
                    continue
                break
            if low in cues.pronouns and last_head is None and k == j:
                return tok.start, tok.end
            if self.english and tok.word and not tok.text[0].isdigit() and low not in cues.stop_words \
                    and low not in cues.reporting_verbs and low not in _EN_STOP and (
                    (j > 0 and tokens[j - 1].lower in cues.determiners | {"to", "citing"}) or low in _EN_SOURCE_NOUNS
                    or last_head is not None):
                last_head = k
                k += 1
                continue
            break
        if last_head is None:
            return None
        if self.english and k + 2 < n and tokens[k].text == "," and not any(t.capitalised for t in tokens[j : last_head + 1]):
            # "according to the developer, Harlow Sports Group": the name in apposition is shorter to name
            name = self._np_forward(tokens, k + 1)
            if name and self._looks_like_name(tokens, name):
                return name
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
        """The subject right before a reporting verb when it opens its clause: "Voss betonte"."""
        start = i
        while start > 0:
            prev = tokens[start - 1]
            if prev.text == ")":
                opening = next((k for k in range(start - 2, -1, -1) if tokens[k].text == "("), None)
                if opening is None:
                    break
                start = opening  # "Das Amt für Statistik (AfS) meldete": an abbreviation in brackets
                continue
            if prev.text in _CLAUSE_BREAKS or prev.lower in ("dass", "that", "und", "and", "aber", "but"):
                break
            start -= 1
        if start == i:
            return None
        if tokens[start].lower in _FOCUS and start + 1 < i:
            start += 1  # "Auch die USA äußerten sich"
        if tokens[start].lower in _SUBORDINATORS and start + 1 < i:
            start += 1  # "Obwohl die Militärführung ... verkündet hat": the subject follows the conjunction
            span = self._np_forward(tokens, start) if tokens[start].lower not in _NOT_SUBJECT else None
            if span is None and tokens[start].lower in self.cues.pronouns:
                return tokens[start].start, tokens[start].end
            return span
        end = i
        while end - 1 > start and tokens[end - 1].lower in _TRAILING_ADVERBS:
            end -= 1  # "Die Stadt ihrerseits hatte"
        first = tokens[start]
        if first.lower in self.cues.pronouns:
            # "Er sagte", "Er selbst hatte ... eingeräumt"
            return (first.start, first.end) if start + 1 == i or (start + 2 == i and tokens[start + 1].lower in ("selbst", "himself", "herself")) else None
        if first.lower in _NOT_SUBJECT or (first.lower in self.cues.not_names and first.lower not in self.cues.determiners):
            return None
        span = self._np_forward(tokens, start)
        if span and span[1] == tokens[end - 1].end:
            return span
        # "Knapp ein Drittel der Befragten gab an": the counted group is the speaker
        if first.lower not in _QUANTIFIERS and not first.text[0].isdigit():
            return None
        link = max((k for k in range(start, i) if tokens[k].lower in ("der", "des", "von", "of")), default=None)
        if link is None:
            return None
        span = self._np_forward(tokens, link + 1)
        return span if span and span[1] == tokens[i - 1].end else None

    def _apposition(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Ina Roth, die Einsatzleiterin, berichtete" and "Der Sprecher, Tobias Reh, erklärte":
        name and role stand apart by commas; the name-like one is the source, else the first."""
        if i < 4 or tokens[i - 1].text != ",":
            return None
        comma = next((k for k in range(i - 2, -1, -1) if tokens[k].text in (",", ":", ";") or tokens[k].text in QUOTES), None)
        if comma is None or tokens[comma].text != "," or i - comma > 25:
            return None
        second = self._np_forward(tokens, comma + 1)
        if not second or any(t.lower in _CLAUSE_VERBS or t.lower in self.cues.subjunctive or t.lower in self.cues.reporting_verbs
                             for t in tokens[comma + 1 : i - 1] if not t.capitalised):
            return None  # "Die Strom-, Gas- und Wasserversorgung sei …, betonte X": a clause, not an apposition
        start = comma
        while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS and tokens[start - 1].lower not in ("dass", "that"):
            start -= 1
        if start == comma or tokens[start].lower in _NOT_SUBJECT or (
                tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners):
            return None
        first = self._np_forward(tokens, start)
        if first == second:
            return second  # English "the regional governor, Ana Reyes," already resolved to the name
        second_whole = second[1] == tokens[i - 2].end
        first_whole = bool(first) and first[1] == tokens[comma - 1].end
        if first_whole and self._looks_like_name(tokens, first):
            return first  # "Wadim K., Direktor des Zentrums ..., erklärte"
        if second_whole and self._looks_like_name(tokens, second):
            return second  # "Der Sprecher des Landesamts in Kassel, Tobias Reh, erklärte"
        return first if first_whole else None

    def _opening_speaker(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The subject that opens the sentence, for a second verb joined by "und" ("Ina Roth, eine
        Politologin, verweist auf … und betont …") or for "nach eigenen Angaben"; after a fronted
        adverb ("Derzeit hat die Partei …") the subject follows the verb."""
        start = 1 if tokens and tokens[0].lower in _FOCUS else 0
        if not tokens or tokens[start].lower in _NOT_SUBJECT:
            return None
        if tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners:
            verb = next((k for k in range(start + 1, min(i, start + 4)) if tokens[k].word and not tokens[k].capitalised
                         and tokens[k].lower not in self.cues.determiners), None)
            return self._subject_after(tokens, verb) if verb is not None else None
        if tokens[start].lower in self.cues.pronouns:
            return tokens[start].start, tokens[start].end
        span = self._np_forward(tokens, start)
        if not span:
            return None
        end = next(k for k, t in enumerate(tokens) if t.end == span[1])
        following = tokens[end + 1] if end + 1 < i else None
        if following is not None and (following.text == "," or (following.word and not following.capitalised)):
            return span
        return None

    def _passive_quote(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Auf der Webseite wird er mit den Worten zitiert": the one quoted stands after the auxiliary;
        "Von offizieller Seite wurde bestätigt": the agent of a passive statement."""
        opening = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].text in _CLAUSE_BREAKS), 0)
        clause = range(opening, i)
        passive = any(tokens[k].lower in ("wurde", "wurden", "wird", "werden", "was", "were", "is", "been") for k in clause)
        agent = next((k for k in clause if tokens[k].lower in ("von", "vom", "seitens", "by")
                      and passive and tokens[k - 1].text not in ("Angaben",)), None)
        if agent is not None and tokens[i].lower not in ("zitiert", "quoted"):
            span = self._np_forward(tokens, agent + 1)
            if span and span[1] <= tokens[i].start:
                return span
        if tokens[i].lower not in ("zitiert", "quoted"):
            return None
        aux = next((k for k in range(i - 1, -1, -1) if tokens[k].lower in ("wird", "wurde", "werden", "wurden", "is", "was")), None)
        if aux is None:
            return None
        subject = self._subject_before(tokens, aux)  # "Die Ministerin wird ... zitiert"
        if subject:
            return subject
        nxt = tokens[aux + 1] if aux + 1 < i else None
        if nxt is not None and nxt.lower in self.cues.pronouns:
            return nxt.start, nxt.end
        span = self._np_forward(tokens, aux + 1)
        return span if span and span[1] <= tokens[i].start else None

    def _looks_like_name(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1] and t.word]
        return 0 < len(words) <= 4 and all(t.capitalised or t.lower in self.cues.name_glue for t in words) \
            and not any(t.lower.endswith(ROLE_SUFFIXES) for t in words)  # "Präsidentin der Kammer" is a role

    def _subject_of_perfect(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Die Stadt hat erstmals bestätigt": the subject opens the clause, the auxiliary follows it."""
        for k in range(i - 1, 0, -1):
            if tokens[k].text in _CLAUSE_BREAKS:
                return None
            if tokens[k].lower in _AUXILIARIES:
                start = k
                while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS:
                    start -= 1
                if start == k:
                    return None
                if tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners:
                    # "Bereits im Mai hatte die Landrätin Ute Moor ... bestätigt": the subject follows the auxiliary
                    if k + 1 < i and tokens[k + 1].lower in self.cues.pronouns:
                        return tokens[k + 1].start, tokens[k + 1].end
                    if k + 1 < i and tokens[k + 1].lower not in _NOT_SUBJECT | self.cues.not_names:
                        return self._np_forward(tokens, k + 1)
                    return None
                if tokens[start].lower in self.cues.pronouns and (start + 1 == k or (
                        start + 2 == k and tokens[start + 1].lower in ("selbst", "himself", "herself"))):
                    return tokens[start].start, tokens[start].end
                if tokens[start].lower in _NOT_SUBJECT:
                    return None
                end = k
                while end - 1 > start and tokens[end - 1].lower in _TRAILING_ADVERBS:
                    end -= 1
                span = self._np_forward(tokens, start)
                if span and span[1] == tokens[end - 1].end:
                    return span
                return None
        return None

    def _subject_after(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The subject right after a reporting verb in second position: "„…“, sagte Voss"."""
        j = i + 1
        while j < len(tokens) and tokens[j].lower in ("jedoch", "aber", "auch", "zudem", "außerdem", "dann", "nun", "erneut",
                                                       "bereits", "sich", "however", "also", "dagegen", "indes", "daraufhin"):
            j += 1
        if j < len(tokens) and tokens[j].lower in self.cues.pronouns:
            return tokens[j].start, tokens[j].end
        span = self._np_forward(tokens, j)
        if span is None and self.english:
            # "…,” said board chair Grace Whitfield: a lower-case role, then the name
            name = next((k for k in range(j, min(len(tokens), j + 4)) if tokens[k].capitalised), None)
            if name is not None and all(t.word and t.lower not in self.cues.stop_words for t in tokens[j:name]):
                span = self._np_forward(tokens, name)
        return span


# Words that name a speaker or a document when they open a headline before a colon
_SOURCE_HEADS = {"studie", "umfrage", "bericht", "gutachten", "polizei", "regierung", "ministerium", "behörde",
                 "experten", "forscher", "ökonomen", "ärzte", "gericht", "staatsanwaltschaft", "kanzler", "kanzlerin",
                 "präsident", "präsidentin", "minister", "ministerin", "report", "study", "poll", "survey",
                 "police", "officials", "experts", "researchers"}
_SOURCE_SUFFIXES = ("schützer", "forscher", "experte", "experten", "minister", "ministerin", "sprecher", "sprecherin",
                    "chef", "chefin", "verband", "institut", "ministerium", "amt", "behörde", "gewerkschaft")
_EN_SOURCE_NOUNS = {"officials", "sources", "experts", "analysts", "spokesman", "spokeswoman", "spokesperson",
                    "police", "authorities", "ministry", "government", "officer", "officers", "investigators",
                    "prosecutors", "researchers", "scientists", "witnesses", "residents", "doctors"}
_EN_STOP = {"said", "says", "told", "on", "in", "at", "to", "by", "for", "with", "from", "that", "this", "who", "which",
            "when", "after", "before", "while", "had", "has", "have", "was", "were", "is", "are", "will", "would"}


def _particle_in_clause(tokens: list[Token], i: int, particles: frozenset[str], before: bool = False) -> bool:
    """Does the clause of verb ``i`` hold one of its particles (after it; or before it, for "Zu diesem
    Ergebnis kommt …")?"""
    if before and any(t.lower in particles for t in tokens[:i]):
        return True
    for tok in tokens[i + 1 :]:
        if tok.text in (",", ".", ";", ":"):
            return False
        if tok.lower in particles:
            return True
    return False


def _particle(tokens: list[Token], i: int, particles: frozenset[str]) -> str:
    return next((t.lower for t in [*tokens[i + 1 :], *tokens[:i]] if t.lower in particles), "")


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
