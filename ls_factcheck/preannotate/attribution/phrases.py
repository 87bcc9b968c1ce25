"""Reading the noun phrase that names a speaker, without a parser.

German nouns and names are capitalised and the words around them are not, so a phrase is read over
capitalisation: forward from an article ("die Sprecherin der Stadt Wellberg"), backward from a
verb, the subject before or after a verb of saying, an apposition ("Der Sprecher …, Tobias Reh,
erklärte") and the whole "Vorfeld" before the finite verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ls_factcheck.preannotate.attribution.clauses import adjective, inserted_before, relative_clause_opening
from ls_factcheck.preannotate.attribution.tokens import QUOTES, Token, words_in
from ls_factcheck.preannotate.attribution.words import (
    DEMONSTRATIVES,
    HAVE_AUXILIARIES,
    PREPOSITIONS_AFTER_VERB,
    AUXILIARIES,
    PASSIVE_AUXILIARIES,
    CLAUSE_BREAKS,
    CLAUSE_VERBS,
    DOCUMENTS,
    DOMAIN,
    EN_SOURCE_NOUNS,
    EN_STOP,
    FOCUS,
    GENITIVE_OPENERS,
    GROUP_SPEAKERS,
    INSTITUTION_ENDINGS,
    LINKING_ADVERBS,
    NAME_PARTICLE,
    NP_QUANTIFIERS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    REPORT_ENDINGS,
    NOT_SUBJECT,
    PHRASE_WORDS,
    PRONOMINAL_ADVERB,
    QUANTIFIERS,
    SPEECH_FORMS,
    SPEECH_PARTICIPLES,
    SUBORDINATORS,
    TIME_ADVERBS,
    TIME_NOUNS,
    TITLE_GLUE,
    TRAILING_ADVERBS,
    VORFELD_OPENERS,
)
from ls_factcheck.preannotate.cues import Cues, ROLE_SUFFIXES

# "die zur Universität gehörende Stiftung", "die in Genf ansässige Organisation": a phrase that
# describes the noun before it is named; its own nouns are not the speaker
_ATTRIBUTE_OPENERS = frozenset({"zur", "zum", "vom", "im", "in", "aus", "bei", "beim", "am", "an", "von", "für"})
_ATTRIBUTE_CLOSER = re.compile(r"^[a-zäöüß]+(?:end|ansässig|zuständig)(?:e|en|er|es|em)$")


class PhraseReader:
    """Noun phrases and subjects around a cue. A finder keeps ``cues`` and ``english`` for its language,
    and ``_names``, the NER model's PER/ORG spans in the sentence at hand."""

    cues: Cues
    english: bool
    _names: list[tuple[int, int]]

    def _skip_modifiers(self, tokens: list[Token], k: int) -> int:
        """The first token after articles and adjectives: "einer neuen Studie" -> "Studie"."""
        while k < len(tokens) and (tokens[k].lower in self.cues.determiners or adjective(tokens[k])
                                   or tokens[k].lower in ("jüngsten", "neuesten", "aktuellen", "vorläufigen", "ersten",
                                                          "eigenen", "offiziellen", "internen", "diesen", "dieser",
                                                          "diesem", "dieses", "diese", "diversen", "mehreren",
                                                          "verschiedenen", "zahlreichen", "einigen", "vielen")):
            k += 1
        return k

    def _owner_or_np(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase at ``j``, or the owner of a report noun there ("dem Bericht der Kommission")."""
        k = self._skip_modifiers(tokens, j)
        report = k < len(tokens) and (tokens[k].lower in self.owner_nouns or tokens[k].lower.endswith(REPORT_ENDINGS))
        if report and k + 3 < len(tokens) and tokens[k + 1].lower in ("für", "aus") and tokens[k + 2].text[:1].isdigit():
            k += 2  # "einem Jahresbericht für 2005 des Ministeriums": the year stands between report and owner
        if report and k + 1 < len(tokens) and tokens[k + 1].lower in ("des", "der", "von", "vom"):
            owner = self._owner_of(tokens, k, "")
            if owner:
                return owner.start, owner.end
        return self._np_forward(tokens, j)

    def _speaker_like(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        """A person, an authority or a group that can state something: "die Ermittler", "die Polizei"."""
        words = [t.lower for t in words_in(tokens, span)]
        if words[-2:] == ["vor", "ort"]:
            words = words[:-2]  # "die Behörden vor Ort"
        head = words[-1] if words else ""
        return self._named(span) or head in GROUP_SPEAKERS or head.endswith(ROLE_SUFFIXES) \
            or head.endswith(INSTITUTION_ENDINGS) or head.endswith(("anwaltschaft", "feuerwehr", "experten", "gutachter", "behörden"))

    def _role_in(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        """A role noun in the phrase ("Ein Sprecher des Übergangsrates"): a person speaks, whoever the
        name after the verb is ("sagte SPIEGEL ONLINE": the outlet spoken to)."""
        return any(t.capitalised and t.lower.endswith(ROLE_SUFFIXES) for t in words_in(tokens, span))

    def _before_relative_clause(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Councillor Derek Mills, who voted against the plan, argued": the subject before a relative clause."""
        comma = relative_clause_opening(tokens, i, 20, RELATIVE_PRONOUNS - {"dem", "den", "welches"})
        return self._subject_before(tokens, comma) if comma is not None else None

    def _english_bare_subject(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"…, state figures show": a short noun phrase without article ending in a document noun."""
        lo = i
        while lo > 0 and tokens[lo - 1].word and tokens[lo - 1].lower not in self.cues.stop_words:
            lo -= 1
        if lo == i or i - lo > 4 or not tokens[i - 1].lower.endswith(DOCUMENTS):
            return None
        return tokens[lo].start, tokens[i - 1].end

    def _english_head_subject(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"The union representing the workers called": the head noun of a subject with a participle after it."""
        lo = i
        while lo > 0 and tokens[lo - 1].word:
            lo -= 1
        if lo != 0 and tokens[lo - 1].text not in (",", ";", ":") and tokens[lo - 1].text not in QUOTES:
            return None
        if lo >= i or tokens[lo].lower not in self.cues.determiners:
            return None
        span = self._np_forward(tokens, lo)
        if not span:
            return None
        cut = next((t for t in tokens[lo + 2 : i] if span[0] < t.start < span[1] and t.lower.endswith("ing")), None)
        if cut is not None:
            span = (span[0], max(t.end for t in tokens[lo:i] if t.end <= cut.start))
        rest = [t for t in tokens[lo:i] if t.start >= span[1]]
        participle = next((k for k, t in enumerate(rest) if t.lower.endswith("ing")), None)
        if participle != 0 or any(t.lower in self.cues.finite_verbs or t.lower in EN_STOP for t in rest[1:]
                                  if t.lower not in ("the", "a", "an", "of", "for", "in", "at")):
            return None
        return span

    def _bare_adjective_phrase(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        """A noun phrase opened by a lower-case adjective with no article, and no role at its head:
        an object ("rote Zahlen", "neue Rekorde"), hardly ever a speaker."""
        k = next((k for k, t in enumerate(tokens) if t.start == span[0]), None)
        if k is None or tokens[k].capitalised or not adjective(tokens[k]) or tokens[k].lower in self.cues.pronouns:
            return False
        if k > 0 and tokens[k - 1].lower in self.cues.determiners:
            return False
        words = words_in(tokens, span)
        return not words[-1].lower.endswith(ROLE_SUFFIXES)

    def _named(self, span: tuple[int, int]) -> bool:
        return any(span[0] < e and s < span[1] for s, e in self._names)

    def _is_pronoun(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = words_in(tokens, span)
        return len(words) == 1 and (words[0].lower in self.cues.pronouns or (not self.english and words[0].lower in DEMONSTRATIVES))

    def _np_forward(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``j``, without its article; None if there is none."""
        cues = self.cues
        n = len(tokens)
        while j < n and tokens[j].lower in cues.determiners:
            j += 1
        if j < n and tokens[j].lower in _ATTRIBUTE_OPENERS:
            closer = next((m for m in range(j + 1, min(n, j + 9)) if not tokens[m].word
                           or _ATTRIBUTE_CLOSER.match(tokens[m].text)), None)
            if closer is not None and tokens[closer].word and closer + 1 < n and (
                    self._name_word(tokens[closer + 1]) or tokens[closer + 1].text in ("„", "»", '"')):
                j = closer + 1
        k = j
        last_head = None
        while k < n:
            tok = tokens[k]
            low = tok.lower
            if tok.text in ("„", "»", "“", '"') and last_head is None:
                close = next((m for m in range(k + 1, min(n, k + 6)) if tokens[m].text in ("“", "«", "”", '"')), None)
                if close is not None and close > k + 1 and self._name_word(tokens[k + 1]) and (all(
                        self._name_word(t) or t.lower in cues.name_glue or t.lower in TITLE_GLUE for t in tokens[k + 1 : close])
                        or (k > 0 and tokens[k - 1].lower in cues.determiners)):
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
            # ("Ärzte ohne Grenzen", "Reporter ohne Grenzen": organisations named with "ohne")
            glue = low in cues.name_glue or (low == "ohne" and k + 1 < n and tokens[k + 1].lower == "grenzen")
            if glue and last_head is not None and not (
                    low == "den" and tokens[k - 1].lower not in ("van", "von")):  # "Sprecher der Stadtwerke den Ausfall"
                m = k + 1
                while m < n and tokens[m].lower in cues.name_glue:
                    m += 1
                if m < n and self._name_word(tokens[m]) and m - k <= 2:
                    k = m  # "Institute for the Study of War"
                    continue
            if low == "für" and last_head is not None and not self.english:
                # "Landesamt für Statistik", "Zentrum für internationale Studien": a name built with "für"
                m = self._name_after(tokens, k + 1, adjective)
                if m is not None:
                    k = m
                    continue
                break
            if low in ("des", "der", "von", "vom", "of", "the", "by", "eines", "einer") and last_head is not None:
                if low == "von" and k + 1 < n and tokens[k + 1].lower in ("einem", "einen"):
                    break  # "der Verein von einem Fehlbetrag": an object, not the speaker's name
                # ("Vertreter der drei Organisationen": a count inside the genitive)
                m = self._name_after(tokens, k + 1, lambda t: adjective(t) or t.lower in cues.determiners
                                     or t.lower in NP_QUANTIFIERS)
                if m is not None:
                    k = m
                    continue
                break
            if (adjective(tok) or (k == j and low in NP_QUANTIFIERS)) and not self.english and last_head is None \
                    and low not in cues.reporting_verbs and low not in cues.separable and low not in cues.finite_verbs:
                # ("der beiden Politiker", "mehrerer Hilfsorganisationen": a quantifier opens the phrase too)
                m = self._name_after(tokens, k + 1, adjective)
                if m is not None:
                    k = m
                    continue
                break
            if low in cues.pronouns and last_head is None and k == j:
                return tok.start, tok.end
            if self.english and tok.word and not tok.text[0].isdigit() and low not in cues.stop_words \
                    and low not in cues.reporting_verbs and low not in cues.separable and low not in EN_STOP and (
                    (j > 0 and tokens[j - 1].lower in cues.determiners | {"to", "citing"}) or low in EN_SOURCE_NOUNS
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
            if adjective(tok) and not self._name_word(tok) and k > 0 and tokens[k - 1].word and (
                    self._name_word(tokens[k - 1]) or tokens[k - 1].lower not in self.cues.determiners
                    and not adjective(tokens[k - 1]) and tokens[k - 1].lower not in self.cues.stop_words):
                break  # "Gruppen gewinnen Medienberichten zufolge": a verb after its subject, no adjective
            if self._name_word(tok) or adjective(tok) or tok.lower in self.cues.determiners or tok.lower in ("des", "der", "von", "vom"):
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

    def _name_after(self, tokens: list[Token], m: int, modifier: Callable[[Token], bool]) -> int | None:
        """The index of the name word after the modifiers from ``m`` on ("Landesamt für [amtliche] Statistik")."""
        while m < len(tokens) and modifier(tokens[m]):
            m += 1
        if m < len(tokens) and self._name_word(tokens[m]) and tokens[m].lower not in self.cues.not_names:
            return m
        return None

    def _name_word(self, tok: Token) -> bool:
        if not tok.word:
            return False
        if DOMAIN.match(tok.text):
            return True  # "ndr.de", "t-online.de": an outlet by its address
        if NAME_PARTICLE.match(tok.text):
            return True  # "el-Baradei", "al-Dschasira": a name that opens with its article
        if tok.text[0].isdigit():
            # "der 61-Jährige", "die 3-D-Druckerei": a number joined to a noun is a noun
            return re.match(r"\d+(?:[.,]\d+)?-[A-ZÄÖÜ]", tok.text) is not None
        if tok.capitalised:
            return True
        # "Die taz hat berichtet": a name written in lower case, where the NER model found a name
        return tok.text.isalpha() and tok.lower not in self.cues.not_names and self._named((tok.start, tok.end))

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
            if prev.text in ("“", "”", '"', "«") and start - 1 < i:
                opening = next((k for k in range(start - 2, max(-1, start - 7), -1) if tokens[k].text in ("„", "»", "“", '"')), None)
                if opening is not None and opening + 1 < start - 1 and self._name_word(tokens[opening + 1]) and (all(
                        self._name_word(t) or t.lower in TITLE_GLUE for t in tokens[opening + 1 : start - 1])
                        or (opening > 0 and tokens[opening - 1].lower in self.cues.determiners)):
                    start = opening  # die „Abendzeitung“ berichtete: an outlet's title in quotes
                    continue
            if prev.text in CLAUSE_BREAKS or prev.lower in ("dass", "that", "und", "and", "aber", "but"):
                break
            start -= 1
        if start == i:
            return None
        if tokens[start].lower in GENITIVE_OPENERS:
            return None  # "Bezüglich des Startortes meldet die Agentur": the speaker follows the verb
        if i >= 2 and tokens[i - 1].lower in self.cues.pronouns and tokens[i - 2].lower in RELATIVE_PRONOUNS:
            return tokens[i - 1].start, tokens[i - 1].end  # "einen Zettel, in dem er verlangte"
        if tokens[start].lower in FOCUS and start + 1 < i:
            start += 1  # "Auch die USA äußerten sich"
        if tokens[start].lower in SUBORDINATORS and start + 1 < i:
            start += 1  # "Obwohl die Militärführung ... verkündet hat": the subject follows the conjunction
            span = self._np_forward(tokens, start) if tokens[start].lower not in NOT_SUBJECT else None
            if span is None and tokens[start].lower in self.cues.pronouns:
                return tokens[start].start, tokens[start].end
            return span
        end = i
        while end - 1 > start and tokens[end - 1].lower in TRAILING_ADVERBS:
            end -= 1  # "Die Stadt ihrerseits hatte"
        if end - 1 > start and tokens[end - 1].text in QUOTES and tokens[start].text not in QUOTES:
            end -= 1  # die „Abendzeitung“ berichtete: the title ends before its closing mark
        first = tokens[start]
        if first.lower in TIME_NOUNS or (first.lower in LINKING_ADVERBS and start + 1 == i):
            return None  # "Ende Januar verkündete der Verband", "Weiter sagte der Journalist": the speaker follows the verb
        if first.lower in DEMONSTRATIVES and start + 1 == i and not self.english:
            return first.start, first.end  # "Dieser behauptete, …": a person named before
        if first.lower in self.cues.pronouns:
            # "Er sagte", "Er selbst hatte ... eingeräumt"
            return (first.start, first.end) if start + 1 == i or (start + 2 == i and tokens[start + 1].lower in ("selbst", "himself", "herself")) else None
        if first.lower in NOT_SUBJECT or (first.lower in self.cues.not_names and first.lower not in self.cues.determiners):
            return None
        span = self._np_forward(tokens, start)
        if span and first.text in QUOTES and end - start >= 3 and tokens[end - 1].text in QUOTES \
                and span[1] == tokens[end - 2].end:
            return span  # "„BBC News“ berichtet": a title in quotes opens the sentence
        if span is None or span[1] < tokens[end - 1].end:
            # "Amnesty international erhebt Vorwürfe": a name the model found, lower-case word and all
            named = next(((s, e) for s, e in self._names if s == first.start and e == tokens[end - 1].end), None)
            if named:
                return named
        if span and span[1] < tokens[end - 1].end and self._named(span) and self._seat_follows(tokens, span, end):
            return span  # "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte": a name and its organisation
        if span and span[1] == tokens[end - 1].end:
            if start >= 2 and tokens[start - 1].lower in ("und", "sowie"):
                # "NPR und PBS bestehen darauf": the walk stopped at "und"; the first name belongs to it
                opening = next((k + 1 for k in range(start - 2, -1, -1) if tokens[k].text in CLAUSE_BREAKS), 0)
                first = self._np_forward(tokens, opening) if opening < start - 1 else None
                if first and first[1] == tokens[start - 2].end:
                    return first[0], span[1]
            return span
        joined = self._coordinated(tokens, span, end)
        if joined:
            return joined  # "Sowohl die Behörde als auch das Militär kündigten an", "NPR und PBS bestehen darauf"
        if span:
            # "Quellen im Ministerium bestätigten", "Ein Sprecher beim Landkreis sagte": the place belongs to the speaker
            m = next((k for k in range(start, end) if tokens[k].start >= span[1]), None)
            head = tokens[m - 1].lower if m else ""
            if m is not None and m + 2 == end and tokens[m].lower == "vor" and tokens[m + 1].lower == "ort":
                return span[0], tokens[m + 1].end  # "Die Behörden vor Ort gehen von … aus"
            if m is not None and tokens[m].lower in ("im", "in", "aus", "bei", "beim", "vom", "at", "in", "for", "from", "of") \
                    and (head in GROUP_SPEAKERS or head.endswith(ROLE_SUFFIXES) or self._role_in(tokens, span)):
                place = self._np_forward(tokens, m + 1)
                if place and place[1] == tokens[end - 1].end:
                    return span[0], place[1]
        # "Knapp ein Drittel der Befragten gab an": the counted group is the speaker
        if first.lower not in QUANTIFIERS and not first.text[0].isdigit():
            return None
        if any(t.lower in AUXILIARIES or t.lower in PASSIVE_AUXILIARIES for t in tokens[start:i]):
            return None  # "Die Polizei hat die Festnahme von drei Männern bestätigt": the group is the object
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
        if not second or any(t.lower in CLAUSE_VERBS or t.lower in self.cues.subjunctive or t.lower in self.cues.reporting_verbs
                             for t in tokens[comma + 1 : i - 1] if not t.capitalised):
            return None  # "Die Strom-, Gas- und Wasserversorgung sei …, betonte X": a clause, not an apposition
        start = comma
        while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS and tokens[start - 1].lower not in ("dass", "that"):
            start -= 1
        if tokens[start].lower in FOCUS and start + 1 < comma:
            start += 1  # "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt"
        if start == comma or tokens[start].lower in NOT_SUBJECT or (
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
        start = 1 if tokens and tokens[0].lower in FOCUS else 0
        if not tokens or tokens[start].lower in NOT_SUBJECT:
            return None
        if tokens[start].lower in self.cues.not_names and tokens[start].lower not in self.cues.determiners:
            # the verb after the fronted phrase: "Am 20. Juli lenkte er …" (a number is no verb)
            verb = next((k for k in range(start + 1, min(i, start + 6)) if tokens[k].word and not tokens[k].capitalised
                         and not tokens[k].text[0].isdigit() and tokens[k].lower not in self.cues.determiners), None)
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

    def _report_place(self, tokens: list[Token], clause: range, i: int) -> tuple[int, int] | None:
        """"in Umfragen", "im ai-Bericht", "in mehreren Medien": the report a passive statement stands in."""
        place = next((k for k in clause if tokens[k].lower in ("in", "im") and k + 1 < i), None)
        head = self._skip_modifiers(tokens, place + 1) if place is not None else None
        if head is not None and head < i and tokens[head].lower.rsplit("-", 1)[-1] in REPORT_NOUNS | {
                "umfragen", "studien", "berichten", "medien", "zeitungen"}:
            return tokens[place + 1].start, tokens[head].end
        if tokens[i].lower in ("berichtet", "gemeldet"):
            # "Von einer hohen Brandgefahr wird auch aus Bonn berichtet": the place the report came from
            origin = next((k for k in clause if tokens[k].lower == "aus" and k + 1 < i and tokens[k + 1].capitalised), None)
            span = self._place_before_subject(tokens, self._np_forward(tokens, origin + 1)) if origin is not None else None
            if span and span[1] <= tokens[i].start \
                    and not tokens[origin + 1].lower.endswith(("gründen", "grund", "angst", "sorge", "sicht")):
                return span  # (not a reason: "aus Sicherheitsgründen")
        return None

    @staticmethod
    def _place_before_subject(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
        """"wurde aus Italien der Tod der Schauspielerin gemeldet": the place a report came from ends where
        the passive's subject begins (a name takes no genitive after it)."""
        if span is None:
            return None
        inner = words_in(tokens, span)
        # ("aus Bonn und dem Rhein-Sieg-Kreis": an article after "und" opens the second place)
        cut = next((t for k, t in enumerate(inner[1:], start=1) if t.lower in ("der", "die", "das", "den", "dem", "des")
                    and inner[k - 1].lower not in ("und", "sowie", "oder")), None)
        return span if cut is None else (span[0], max(t.end for t in inner if t.end <= cut.start))

    @staticmethod
    def _clause_opening_across_brackets(tokens: list[Token], i: int) -> int:
        """The first token of the clause before ``i``; a bracket ("vom Gerichtshof (IGH) … erklärt") does not end it."""
        k = i - 1
        while k >= 0:
            if tokens[k].text == ")" and (opening := inserted_before(tokens, k)) is not None:
                k = opening - 1
                continue
            if tokens[k].text in CLAUSE_BREAKS - QUOTES:
                return k + 1
            k -= 1
        return 0

    def _passive_quote(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Im Bericht wird sie mit dem Satz zitiert": the one quoted stands after the auxiliary;
        "Von offizieller Seite wurde bestätigt": the agent of a passive statement."""
        # (a quote inside the clause does not end it: "vom Wetterdienst als „sehr hoch“ eingestuft")
        opening = self._clause_opening_across_brackets(tokens, i)
        clause = range(opening, i)
        passive = any(tokens[k].lower in ("wurde", "wurden", "wird", "werden", "was", "were", "is", "been") for k in clause) \
            or (i + 1 < len(tokens) and tokens[i + 1].lower in ("werden", "worden"))  # "konnte nicht von X bestätigt werden"
        agents = [k for k in clause if tokens[k].lower in ("von", "vom", "seitens", "by")
                  and passive and tokens[k - 1].text not in ("Angaben",)]
        # "die Gefahr von Waldbränden vom Wetterdienst eingestuft": the agent is the one whose noun can speak
        agent = next((k for n, k in enumerate(agents) if self._speaker_like(tokens, self._agent_phrase(tokens, k, agents[n + 1 :]))),
                     None)
        if agent is None and agents and not self._report_place(tokens, clause, i):
            agent = agents[0]  # ("in mehreren Medien von 40 Entlassungen berichtet": what, not who)
        if agent is not None and tokens[i].lower not in ("zitiert", "quoted"):
            span = self._np_forward(tokens, agent + 1)
            words = words_in(tokens, span) if span else []
            if span and span[1] <= tokens[i].start and not any(t.lower in TIME_NOUNS for t in words):
                return span  # "Von Anfang an" tells when
        if passive and agent is None and tokens[i].lower not in ("zitiert", "quoted"):
            # "Ihm werden in Umfragen acht Prozent vorhergesagt", "war in diversen Medien berichtet worden":
            # a report the passive statement stands in
            place = self._report_place(tokens, clause, i)
            if place is not None:
                return place
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

    def _apposition_name(self, tokens: list[Token], span: tuple[int, int]) -> tuple[int, int] | None:
        """"der Investor für den Neubau, Larry A. Silverstein, …": the name set off by commas after a role."""
        m = next((k for k, t in enumerate(tokens) if t.start >= span[1]), None)
        limit = m + 4 if m is not None else 0
        while m is not None and m < min(limit, len(tokens)) and tokens[m].text != "," and tokens[m].word \
                and tokens[m].lower not in self.cues.reporting_verbs and tokens[m].lower not in AUXILIARIES:
            m += 1  # a short phrase may stand between: "für den Neubau"
        if m is None or m >= len(tokens) or tokens[m].text != ",":
            return None
        name = self._np_forward(tokens, m + 1)
        if not name or not self._looks_like_name(tokens, name):
            return None
        after = next((k for k, t in enumerate(tokens) if t.start >= name[1]), None)
        return name if after is not None and tokens[after].text == "," else None

    def _agent_phrase(self, tokens: list[Token], k: int, later: list[int]) -> tuple[int, int]:
        """The phrase after "von" at ``k``, up to the next "von" ("Waldbränden" in "von Waldbränden vom Dienst")."""
        span = self._np_forward(tokens, k + 1) or (tokens[k].end, tokens[k].end)
        cut = next((tokens[m - 1].end for m in later if tokens[m].start < span[1]), span[1])
        return span[0], min(span[1], cut)

    def _looks_like_name(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t for t in words_in(tokens, span) if t.word]
        return 0 < len(words) <= 4 and all(t.capitalised or t.lower in self.cues.name_glue for t in words) \
            and not any(t.lower.endswith(ROLE_SUFFIXES) for t in words)  # "Präsidentin der Kammer" is a role

    def _vorfeld(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The whole phrase before the sentence's first verb, when the reporting verb ``i`` (or the
        auxiliary of its perfect) is that verb: "Die US-Botschaft in Riad teilte … mit", "Barack Obama,
        der Kandidat der Demokraten, hat … angekündigt". German puts one phrase before the finite
        verb; with no preposition or adverb opening it and no verb inside, it is the subject."""
        if tokens[i].lower not in SPEECH_FORMS:
            return None
        finite = i
        participle = tokens[i].lower.startswith("ge") or tokens[i].lower in SPEECH_PARTICIPLES
        aux = next((k for k in range(i) if tokens[k].lower in AUXILIARIES and not tokens[k].capitalised), None)
        if aux is not None and participle:
            finite = aux  # "X hat … angekündigt": the auxiliary is the finite verb
        if finite < 1 or finite > 30:
            return None
        if finite + 1 < len(tokens) and tokens[finite + 1].lower in self.cues.pronouns:
            return None  # "Zugleich räumte er ein": the subject follows the verb
        if finite == 1 and not (self._named((tokens[0].start, tokens[0].end)) or tokens[0].lower.endswith(ROLE_SUFFIXES)):
            return None  # one word before the verb is a name or a role, else an adverb ("Zugleich")
        first = tokens[0]
        if first.lower in VORFELD_OPENERS or first.lower in NOT_SUBJECT or first.lower in self.cues.pronouns \
                or (finite == 1 and (first.lower in self.cues.determiners or first.lower in ("dies", "das")))\
                or not first.capitalised or PRONOMINAL_ADVERB.match(first.lower):
            return None
        for tok in tokens[1:finite]:
            low = tok.lower
            if tok.word and not tok.capitalised and not tok.text[0].isdigit() and not adjective(tok) \
                    and low not in PHRASE_WORDS and low not in self.cues.determiners and not NAME_PARTICLE.match(tok.text) \
                    and not DOMAIN.match(tok.text):
                return None  # only articles, adjectives, names and the small words of a name may stand there
            if tok.text in (":", ";", "?", "!") or low in SUBORDINATORS or low in self.cues.finite_verbs \
                    or low in AUXILIARIES or low in self.cues.subjunctive or low in ("sich", "werde", "wird", "würde") \
                    or (low in self.cues.reporting_verbs and not tok.capitalised):
                return None  # a verb inside: the phrase is a clause, not the subject
        end = finite - 1
        if tokens[end].text == ",":
            if not any(t.text == "," for t in tokens[1:end]):
                return None  # "Der Senat streicht 300 Stellen, berichtete X": a clause before the comma
            end -= 1  # "Barack Obama, der Kandidat der Demokraten, hat … angekündigt"
        if not (tokens[end].word or tokens[end].text in (")", "“", "”", "«", '"')):
            return None
        return tokens[0].start, tokens[end].end

    def _coordinated(self, tokens: list[Token], span: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
        """Two phrases joined by "und", "sowie" or "als auch" that together end before token ``end``."""
        if not span:
            return None
        m = next((k for k in range(len(tokens)) if tokens[k].start >= span[1]), None)
        if m is None or m >= end:
            return None
        joined = 2 if [t.lower for t in tokens[m : m + 2]] == ["als", "auch"] else 1 if tokens[m].lower in ("und", "sowie") else 0
        other = self._np_forward(tokens, m + joined) if joined else None
        return (span[0], other[1]) if other and other[1] == tokens[end - 1].end else None

    def _after_fronted_report(self, tokens: list[Token], aux: int, i: int) -> tuple[int, int] | None:
        """"Die Arbeit sei fehlerhaft, hatte die Ministerin damals gesagt": after the reported words the
        auxiliary opens the clause and the speaker follows it."""
        if aux == 0 or tokens[aux - 1].text not in {","} | QUOTES or aux + 1 >= i:
            return None
        if tokens[aux + 1].lower in self.cues.pronouns:
            return tokens[aux + 1].start, tokens[aux + 1].end
        span = self._np_forward(tokens, aux + 1)
        if not span or span[1] > tokens[i].start:
            return None
        # only adverbs and times may stand between the speaker and the verb ("damals", "am Montag");
        # a noun there is an object ("hat die Staatsanwaltschaft Anklage erhoben" reports no words)
        rest = [t for t in tokens[aux + 1 : i] if t.start >= span[1] and t.word]
        return None if any(t.capitalised and t.lower not in TIME_NOUNS for t in rest) else span

    def _subject_of_perfect(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Die Stadt hat erstmals bestätigt": the subject opens the clause, the auxiliary follows it."""
        k = i
        while k > 1:
            k -= 1
            inserted = inserted_before(tokens, k)
            if inserted is not None:
                k = inserted  # "… Thomas de Maizière (CDU) am Freitag bekanntgegeben", "…, Larry Silverstein, zugesagt"
                continue
            if tokens[k].text in CLAUSE_BREAKS:
                return None
            if tokens[k].lower in AUXILIARIES:
                start = k
                stray = start >= 2 and tokens[start - 1].text == "," and tokens[start - 2].text == ")" \
                    and tokens[k].lower in HAVE_AUXILIARIES
                if stray:
                    start -= 1  # "Franz Müntefering (SPD), hat … verkündet": a stray comma after the party
                while start > 0 and (tokens[start - 1].text not in CLAUSE_BREAKS or tokens[start - 1].text == ")"):
                    if tokens[start - 1].text == ")":
                        opening = inserted_before(tokens, start - 1)
                        if opening is None:
                            break
                        start = opening  # "Der Internationale Gerichtshof (IGH) in Den Haag hat entschieden"
                        continue
                    start -= 1
                if start == k:
                    # "Der Minister, der … übergeben hatte, hat nun … angekündigt": the subject before the relative clause
                    return self._before_relative_clause(tokens, k) or self._after_fronted_report(tokens, k, i)
                fronted = (tokens[start].lower in self.cues.not_names or tokens[start].lower in VORFELD_OPENERS) \
                    and tokens[start].lower not in self.cues.determiners and tokens[start].lower not in self.cues.pronouns
                if fronted or (start + 1 == k and (tokens[start].text[:1].isdigit() or tokens[start].lower in TIME_ADVERBS
                                                   or tokens[start].lower in LINKING_ADVERBS)):
                    # "Bereits im Mai hatte die Landrätin Ute Moor ... bestätigt", "1996 hatte der Präsident
                    # … zugesagt": the subject follows the auxiliary
                    # "So hat sich der Extremist zu dem Anschlag bekannt": the reflexive comes before the subject
                    nxt = k + 2 if k + 2 < i and tokens[k + 1].lower == "sich" else k + 1
                    if nxt < i and tokens[nxt].lower in self.cues.pronouns:
                        return tokens[nxt].start, tokens[nxt].end
                    following = tokens[nxt].lower if nxt < i else ""
                    # "Im Vorfeld hatte das Komitee betont": "das" opens the subject here, not a pronoun
                    if following and following not in NOT_SUBJECT and (
                            following not in self.cues.not_names or following in self.cues.determiners):
                        return self._np_forward(tokens, nxt)
                    return None
                if tokens[start].lower in self.cues.pronouns and (start + 1 == k or (
                        start + 2 == k and tokens[start + 1].lower in ("selbst", "himself", "herself"))):
                    return tokens[start].start, tokens[start].end
                if tokens[start].lower in DEMONSTRATIVES and start + 1 == k and tokens[k].lower in HAVE_AUXILIARIES:
                    return tokens[start].start, tokens[start].end  # "Diese hatte Anschläge angekündigt": a speaker named before
                if tokens[start].lower in NOT_SUBJECT:
                    return None
                end = k - 1 if stray else k
                while end - 1 > start and tokens[end - 1].lower in TRAILING_ADVERBS:
                    end -= 1
                span = self._np_forward(tokens, start)
                if span and span[1] == tokens[end - 1].end:
                    return span
                if span and self._seat_follows(tokens, span, end):
                    return span  # "Der Gerichtshof (IGH) in Den Haag hat entschieden": an institution and its seat
                return self._coordinated(tokens, span, end)  # "Die Regierungen von X und Y haben signalisiert"
        return None

    @staticmethod
    def _seat_follows(tokens: list[Token], span: tuple[int, int], end: int) -> bool:
        """Between ``span`` and token ``end`` stands only "in" and a capitalised place ("in Den Haag"), or
        "von"/"vom" and an organisation ("Moritz Wohlrab von der „Aktion Deutschland hilft“")."""
        rest = [t for t in tokens[:end] if t.start >= span[1]]
        if 2 <= len(rest) <= 4 and rest[0].lower == "in" and all(t.capitalised for t in rest[1:]):
            return True
        if not 2 <= len(rest) <= 9 or rest[0].lower not in ("von", "vom"):
            return False
        body = rest[2:] if rest[1].lower in ("der", "dem", "den") else rest[1:]
        quoted = bool(body) and body[0].text in QUOTES  # (its closing mark may stand outside ``end``)
        return bool(body) and (quoted or all(t.capitalised or not t.word for t in body))

    def _subject_after(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The subject right after a reporting verb in second position: "„…“, sagte Voss"."""
        j = i + 1
        while j < len(tokens) and tokens[j].lower in ("jedoch", "aber", "auch", "zudem", "außerdem", "dann", "nun", "erneut",
                                                       "bereits", "sich", "however", "also", "dagegen", "indes", "daraufhin",
                                                       "zumindest", "jedenfalls", "allerdings", "ebenfalls", "inzwischen",
                                                       "später", "weiter", "selbst", "offenbar", "ausdrücklich"):
            j += 1
        if j + 1 < len(tokens) and tokens[j].lower in TIME_ADVERBS:
            j += 1  # "Das erklärte gestern ein Sprecher"
        if j + 2 < len(tokens) and tokens[j].lower in ("am", "im", "gegenüber", "auf", "in") and tokens[j + 1].capitalised \
                and tokens[j + 2].lower in self.cues.determiners:
            j += 2  # "Das teilte am Montag die Polizei mit", "sagte gegenüber Reuters der Sprecher"
        if j + 1 < len(tokens) and tokens[j].lower in ("es", "dies") and tokens[j + 1].word:
            j += 1  # "So schildert es die Polizei": the object pronoun stands before the subject
            while j < len(tokens) and tokens[j].lower in ("zumindest", "jedenfalls", "auch", "selbst", "jedoch"):
                j += 1
        if j < len(tokens) and tokens[j].lower in self.cues.pronouns:
            return tokens[j].start, tokens[j].end
        if j < len(tokens) and tokens[j].lower in NOT_SUBJECT:
            return None  # "verurteilte den Apotheker": an accusative or dative object, not the speaker
        if j < len(tokens) and tokens[j].lower in PREPOSITIONS_AFTER_VERB and not self.english:
            return None  # "sagte gegenüber Heise, …": the one spoken to
        if j + 1 < len(tokens) and tokens[j].lower in DEMONSTRATIVES and not tokens[j + 1].capitalised and not self.english:
            return tokens[j].start, tokens[j].end  # "sagte dieser, dass …"
        span = self._np_forward(tokens, j)
        if span and not self.english:
            # "Das erklärte der Sprecher des Landratsamts, Uwe Rink, am Mittwoch": the name in apposition
            m = next((k for k, t in enumerate(tokens) if t.start >= span[1]), None)
            if m is not None and tokens[m].text == ",":
                name = self._np_forward(tokens, m + 1)
                after = next((k for k, t in enumerate(tokens) if name and t.start >= name[1]), None)
                # (only after a description: "erklärte Jane Greaves von der Universität X, Schottland" names a place)
                if name and self._looks_like_name(tokens, name) and (after is None or tokens[after].text in (",", ".")) \
                        and (tokens[j].lower in self.cues.determiners or tokens[j].lower.endswith(ROLE_SUFFIXES)):
                    return name
        if span is None and self.english:
            # "…,” said board chair Grace Whitfield: a lower-case role, then the name
            name = next((k for k in range(j, min(len(tokens), j + 4)) if tokens[k].capitalised), None)
            if name is not None and all(t.word and t.lower not in self.cues.stop_words for t in tokens[j:name]):
                span = self._np_forward(tokens, name)
        return span
