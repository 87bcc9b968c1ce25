"""Sources named by a preposition or a fixed phrase: "laut X", "X zufolge", "nach Angaben des X",
"wie X berichtete", "in einer Mitteilung des X", "aus Kreisen der X", "„…“, so X", "demnach".
"""

from __future__ import annotations

from ls_factcheck.preannotate.attribution.clauses import adjective, clause_bounds, relative_clause_opening
from ls_factcheck.preannotate.attribution.phrases import PhraseReader
from ls_factcheck.preannotate.attribution.tokens import Found, QUOTES, QUOTES_OPEN, Token, words_in
from ls_factcheck.preannotate.attribution.words import (
    CITED_PROVISIONS,
    PREPOSITIONS_AFTER_VERB,
    CLAUSE_BREAKS,
    HEARSAY_NOUNS,
    HEARSAY_PLACES,
    INSTITUTION_ENDINGS,
    POSSESSIVES,
    PUBLISHED_PLACES,
    REPORT_ENDINGS,
    REPORT_NOUNS,
    REPORTING_MEDIA,
    RELATIVE_PRONOUNS,
    REPORTED_COMPOUNDS,
    RULINGS,
    STATEMENT_COMPOUNDS,
    TEMPORAL,
)
from ls_factcheck.preannotate.numbers import NUMBER_WORDS


_OPENING_LINKS = frozenset({"denn", "und", "aber", "doch", "auch", "so", "and", "but"})


# Polls, which name their owner ("einer Umfrage des Instituts X") or speak for themselves ("in Umfragen")
_POLLS = frozenset({"umfrage", "umfragen", "meinungsumfrage", "meinungsumfragen", "befragung", "erhebung", "hochrechnung",
                    "hochrechnungen"})
# What a statement is made in, its owner after it: "in einer Stellungnahme des Verbands"
_STATEMENT_NOUNS = frozenset({"stellungnahme", "mitteilung", "erklärung", "pressemitteilung", "presseerklärung", "bericht",
                              "statement", "report", "studie", "analyse", "schreiben", "brief", "interview", "sendung"}) | _POLLS


class PrepositionCues(PhraseReader):
    """Cues of ``prepositions``: a preposition or fixed phrase names the source."""

    def _preposition(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """laut X, gemäß X, nach Angaben des X, according to X, citing X."""
        for i, tok in enumerate(tokens):
            if inside[i]:
                continue
            low = tok.lower
            if (low in ("laut", "gemäß", "nach") or (low == "aus" and tokens[i + 1 : i + 2] and tokens[i + 1].lower == "sicht")) \
                    and i + 1 < len(tokens):
                # "laut einer Umfrage des Instituts X", "nach jüngsten Berechnungen der Kammer": the owner
                k = self._skip_modifiers(tokens, i + 1)
                if k < len(tokens) and tokens[k].lower in self.owner_nouns \
                        and tokens[k].capitalised and k + 1 < len(tokens) and tokens[k + 1].lower in ("des", "der", "von", "vom"):
                    # ("vom Rücktritt", "von dem Unglück": an article makes it a thing; "von Reuters" is a name)
                    news = low == "nach" and tokens[k].lower in ("nachricht", "nachrichten", "meldung", "meldungen") \
                        and (tokens[k + 1].lower == "vom" or (tokens[k + 1].lower == "von" and k + 2 < len(tokens)
                                                              and tokens[k + 2].lower in self.cues.determiners))
                    topic = self._np_forward(tokens, k + 2) if news else None
                    if topic is not None and not self._speaker_like(tokens, topic):
                        continue  # "Nach der Nachricht vom Rücktritt des Präsidenten stiegen die Kurse": after the news
                    found = self._owner_of(tokens, k, f"{low} {tokens[k].text}")
                    if found:
                        return found
            if low in ("nach", "laut", "gemäß") and i + 2 < len(tokens) and tokens[i + 1].lower in POSSESSIVES \
                    and tokens[i + 2].lower in self.owner_nouns:
                # "Nach ihren Angaben", "Laut seinen Aussagen", "Gemäß seiner Aussage": the possessive stands
                # for the source named before
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"{low} {tokens[i + 1].lower} {tokens[i + 2].text}", pronoun=True)
            if low in ("laut", "gemäß", "citing") or (
                low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to"
            ):
                j = i + 2 if low == "according" else i + 1
                if low == "gemäß" and j < len(tokens) and tokens[j].lower in self.cues.statement_nouns:
                    return self._owner_of(tokens, j, low)
                k = self._skip_modifiers(tokens, j)
                if low == "according" and k + 1 < len(tokens) and tokens[k].lower in REPORT_NOUNS \
                        and tokens[k + 1].lower in ("by", "of", "from"):
                    found = self._owner_of(tokens, k, "according to")  # "according to a report by the auditor"
                    if found:
                        return found
                span = self._np_forward(tokens, j)
                if span:
                    return Found(span[0], span[1], "according to" if low == "according" else low)
            if i == 0 and low == "nach":
                # "Nach Artikel 65 des Grundgesetzes bestimmt …", "Nach dem Urteil sind … erlaubt": what the
                # article or the ruling lays down (not "Nach dem Urteil verließ er den Saal")
                span = self._rule_cited(tokens, 1)
                if span:
                    return Found(span[0], span[1], "nach " + words_in(tokens, span)[0].text)
            if low == "nach" and i + 2 < len(tokens) and tokens[i + 1].lower == "eigenen" \
                    and tokens[i + 2].lower in self.cues.statement_nouns:
                # "Eine Initiative hat nach eigenen Angaben …": the subject speaks for itself; fronted,
                # the subject follows the verb ("Nach eigenen Angaben erhielt das Bundesamt …")
                fronted = i == 0 and len(tokens) > 4 and tokens[3].word and not tokens[3].capitalised
                opening = self._subject_after(tokens, 3) if fronted else self._opening_speaker(tokens, len(tokens))
                if opening:
                    # the SOURCE is the statement as written, "eigenen Angaben"; it resolves to its owner
                    return Found(tokens[i + 1].start, tokens[i + 2].end, "nach eigenen Angaben", owner=opening)
            if low in ("nach", "laut") and i + 1 < len(tokens) and tokens[i + 1].lower.endswith(STATEMENT_COMPOUNDS) \
                    and tokens[i + 1].lower not in self.cues.statement_nouns:
                # "Nach Polizeiangaben", "laut Behördenangaben": the compound names the source
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"{low} {tokens[i + 1].text}")
            if low == "nach" and i + 2 < len(tokens) and tokens[i + 1].capitalised and tokens[i + 1].text.endswith("s") \
                    and tokens[i + 2].lower in self.cues.statement_nouns and len(tokens[i + 1].text) > 3:
                # "Nach Grupps Meinung", "nach Müllers Angaben": the name in the genitive owns the statement
                return Found(tokens[i + 1].start, tokens[i + 1].end - 1, f"nach {tokens[i + 2].text}")
            if low == "nach" and i + 1 < len(tokens) and tokens[i + 1].lower in self.cues.statement_nouns:
                found = self._owner_of(tokens, i + 1, "nach Angaben" if tokens[i + 1].lower == "angaben" else f"nach {tokens[i + 1].text}")
                if found:
                    return found
            if low in ("nach", "laut") and i + 3 < len(tokens) and tokens[i + 2].lower == "veröffentlichung" \
                    and tokens[i + 3].lower in ("im", "in"):
                # "Nach einer Veröffentlichung im Fachmagazin „Nature“" (not "nach der Veröffentlichung kam es …")
                medium = self._np_forward(tokens, i + 4)
                if medium:
                    return Found(tokens[i + 1].start, medium[1], f"{low} Veröffentlichung in")
            if low in ("nach", "laut") and i + 1 < len(tokens):
                # "Nach einer norwegischen Studie", "nach offiziellen Angaben", "laut ersten Erkenntnissen":
                # a document or a statement with no owner named is the source as it stands
                k = self._skip_modifiers(tokens, i + 1)
                while k < len(tokens) and (adjective(tokens[k]) or tokens[k].lower in self.cues.determiners):
                    k += 1
                if k < len(tokens) and k > i + 1 and tokens[k].capitalised and (
                        (low == "nach" and tokens[k].lower in REPORTING_MEDIA)
                        or tokens[k].lower in self.owner_nouns or tokens[k].lower.rsplit("-", 1)[-1] in REPORT_NOUNS
                        or tokens[k].lower.endswith(STATEMENT_COMPOUNDS + REPORTED_COMPOUNDS)):
                    # ("Nach einem EU-Dokument": the part after the hyphen is the report)
                    # "nach israelischen Militärangaben", "Nach einem Fernsehbericht des Senders X": a compound
                    # report noun too, its owner where one follows
                    # ("nach der Einschätzung eines Experten": an owner after the article's noun too)
                    if k + 1 < len(tokens) and tokens[k + 1].lower in ("des", "der", "von", "vom", "eines", "einer"):
                        found = self._owner_of(tokens, k, f"{low} {tokens[k].text}")
                        if found:
                            return found
                    return Found(tokens[i + 1].start, tokens[k].end, f"{low} {tokens[k].text}")
        return None

    def _wonach(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"eine Schätzung, wonach …", "Gerüchte, nach denen …": the report whose content the clause gives."""
        for i, tok in enumerate(tokens):
            if inside[i] or i < 2 or tokens[i - 1].text != ",":
                continue
            if tok.lower != "wonach" and not (tok.lower == "nach" and i + 1 < len(tokens)
                                              and tokens[i + 1].lower in ("denen", "dem", "der")):
                continue
            for k in range(i - 2, max(-1, i - 10), -1):
                if tokens[k].text in CLAUSE_BREAKS and tokens[k].text not in "()":
                    break
                low = tokens[k].lower
                if not tokens[k].capitalised or not (low in REPORT_NOUNS or low in HEARSAY_NOUNS or low in self.owner_nouns
                                                     or low.endswith(REPORTED_COMPOUNDS)):
                    continue
                cue = f"…, {tok.lower}" if tok.lower == "wonach" else f"…, nach {tokens[i + 1].lower}"
                if k + 1 < i - 1 and tokens[k + 1].lower in ("des", "der", "von", "vom"):
                    owner = self._owner_of(tokens, k, cue)  # "Meldungen der New York Times, wonach …"
                    if owner:
                        return owner
                start = k
                while start > 0 and (tokens[start - 1].lower in self.cues.determiners or adjective(tokens[start - 1])):
                    start -= 1
                return Found(tokens[start].start, tokens[k].end, cue)
        return None

    def _with_the_words(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Er trat dem Vorwurf mit den Worten entgegen, …", "Der Minister reagierte mit dem Satz: „…“":
        whoever does something "with the words" says them: the sentence's subject."""
        for k in range(len(tokens) - 2):
            if inside[k] or tokens[k].lower != "mit" or tokens[k + 1].lower not in ("den", "dem", "der") \
                    or tokens[k + 2].lower not in ("worten", "satz", "bemerkung", "aussage", "ankündigung"):
                continue
            if not any(t.text in (":", ",") or t.text in QUOTES_OPEN for t in tokens[k + 3 : k + 6]):
                continue  # the words follow: "mit dem Satz von 30 Geräten" is a set of things
            subject = self._opening_speaker(tokens, k)
            if subject:
                return Found(subject[0], subject[1], f"mit {tokens[k + 1].lower} {tokens[k + 2].text}",
                             pronoun=self._is_pronoun(tokens, subject), speaker_first=True)
        return None

    def _owner_of(self, tokens: list[Token], j: int, cue: str) -> Found | None:
        """The owner after a statement noun: "Angaben des Ministeriums", "Berichten aus Tarsk"."""
        noun = tokens[j]
        k = j + 1
        if k < len(tokens) and tokens[k].lower in ("von", "vom", "of", "by", "from"):
            k += 1
        if k < len(tokens) and tokens[k].lower == "aus":
            span = self._np_forward(tokens, k + 1)
            if span:
                return Found(noun.start, span[1], cue)  # a generic source: "Berichten aus Tarsk"
        if k + 1 < len(tokens) and tokens[k].lower == "der" and adjective(tokens[k + 1]) \
                and not tokens[k + 1].lower.endswith("en"):
            return None  # "nach einer Nachricht der ursprüngliche Toaster": a subject, not a genitive owner
        span = self._np_forward(tokens, k)
        if span:
            return Found(span[0], span[1], cue)
        if noun.lower in ("berichten", "reports"):
            return Found(noun.start, noun.end, cue)
        return None

    def _postposition(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """X zufolge; Angaben des X zufolge; seiner Meinung nach."""
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower == "nach" and i > 0 and tokens[i - 1].lower == "vernehmen":
                # "Dem Vernehmen nach": hearsay, a generic source like "Berichten zufolge"
                first = i - 2 if i > 1 and tokens[i - 2].lower == "dem" else i - 1
                return Found(tokens[first].start, tokens[i - 1].end, "nach")
            if inside[i] or tok.lower not in self.cues.source_after:
                continue
            if i > 0 and tokens[i - 1].lower in ("ihr", "ihm", "ihnen"):
                # "Ihr zufolge …": the pronoun stands for the source named before
                return Found(tokens[i - 1].start, tokens[i - 1].end, "zufolge", pronoun=True)
            span = self._np_backward(tokens, i)
            if not span:
                continue
            start_index = next(k for k, t in enumerate(tokens) if t.start == span[0])
            start_index = self._skip_modifiers(tokens, start_index)
            if start_index < i and tokens[start_index].lower in self.owner_nouns \
                    and start_index + 1 < i:
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
            if i > 0 and tokens[i - 1].text not in (",", "(") and not (i == 1 and tokens[0].lower in _OPENING_LINKS):
                continue  # "Denn wie die Zeitung berichtete": a linking word may open the sentence
            first = i + 1  # where the speaker's phrase opens
            if first < len(tokens) and tokens[first].lower in ("schon", "bereits", "auch", "zuvor", "zuletzt", "kürzlich"):
                first += 1  # "Wie schon die WHO sagte"
            commas = brackets = 0
            for k in range(first + 1, min(len(tokens), first + 23)):
                low = tokens[k].lower
                commas += tokens[k].text == ","
                # "Wie Ina Roth, Sprecherin der Stadt, mitteilte": an apposition between its commas
                brackets += (tokens[k].text == "(") - (tokens[k].text == ")")
                # "(ISAF)" inside the phrase is part of it; a ")" that closes the sentence's own bracket ends it
                if tokens[k].text == "." or brackets < 0 or commas > 2 or (commas and k > first + 13):
                    break
                if low in ("genannt", "nannte", "nannten", "nennt", "nennen") or (
                        low in ("sagt", "sagte") and tokens[k - 1].lower == "man"):
                    break  # "„Trap“, wie er genannt wird", "wie man sagt": a name or a saying, no report
                separated = low in self.cues.separable and tokens[k - 1].lower in self.cues.separable[low]  # "bekannt gab"
                if separated or low in self.cues.reporting_verbs or low in (
                        "mitteilte", "mitteilten", "bekanntgab", "meldete", "hinwies", "hervorgeht", "hervorging", "hervorgehen"):
                    if tokens[first].lower == "aus" if first < len(tokens) else False:
                        span = self._owner_or_np(tokens, first + 1)  # "wie aus dem Bericht hervorgeht"
                        if span and span[1] <= tokens[k].start:
                            return Found(span[0], span[1], f"wie aus … {low}")
                        break
                    span = self._np_forward(tokens, first)
                    if span and span[1] <= tokens[k - separated].start:
                        # "wie er angegeben hat": the pronoun points back like "Er sagte"
                        verb = f"{tokens[k - 1].lower} {low}" if separated else low
                        return Found(span[0], span[1], f"wie … {verb}" if not self.english else f"as … {verb}",
                                     pronoun=self._is_pronoun(tokens, span))
                    break
        return None

    def _statement_owner(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """in einer Stellungnahme/Mitteilung des X; in a statement from X."""
        for i, tok in enumerate(tokens):
            if inside[i] or tok.lower not in _STATEMENT_NOUNS or i + 1 >= len(tokens):
                continue
            nxt = tokens[i + 1].lower
            if nxt in ("des", "der", "von", "vom", "from", "by", "of"):
                span = self._np_forward(tokens, i + 1 + (nxt in ("von", "vom", "from", "by", "of")))
                if span:
                    return Found(span[0], span[1], f"in einer {tok.text} des" if not self.english else f"{tok.text} from")
            if tok.lower in _POLLS and self._in_polls(tokens, i):
                return Found(tok.start, tok.end, f"in {tok.text}")
        return None

    @staticmethod
    def _in_polls(tokens: list[Token], i: int) -> bool:
        """"In aktuellen Umfragen liegt die SPD bei 18 Prozent", "verharrt in den Meinungsumfragen um zehn
        Prozent": polls with no owner named speak for themselves, where the clause gives a figure or a standing."""
        k = i - 1
        while k > 0 and (tokens[k].lower in ("den", "der", "einer", "allen", "mehreren", "zuletzt", "jüngst", "kürzlich")
                         or adjective(tokens[k])):
            k -= 1
        lo, hi = clause_bounds(tokens, i)
        # (a standing counts as a figure: "In Umfragen liegt X vor Y", "X führte in den letzten Umfragen")
        return k >= 0 and tokens[k].lower in ("in", "bei") and any(
            t.text[:1].isdigit() or t.lower in NUMBER_WORDS
            or t.lower in ("prozent", "liegt", "liegen", "lag", "lagen", "führt", "führen", "führte", "führten")
            for t in tokens[lo:hi])

    def _hearsay_place(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Aus Koalitionskreisen hieß es", "Beim Verband heißt es", "hieß es im Ministerium",
        "verlautete aus der Parteizentrale": the place the statement came from is its source."""
        for i, tok in enumerate(tokens):
            heard = tok.lower == "hören" and i > 0 and tokens[i - 1].lower == "zu"  # "Aus der Regierung ist zu hören"
            written = tok.lower in ("steht", "stand") and not tok.capitalised  # "In dem Bericht steht, dass …"
            # ("will aus Quellen nahe den Verhandlungen erfahren haben": the place it was learned from)
            learned = tok.lower in ("erfahren", "erfuhr", "erfuhren") and any(t.lower == "aus" for t in tokens[:i])
            # "In ersten Agenturmeldungen war von Amerikanern die Rede": what was spoken of there
            spoken = tok.lower == "rede" and i > 0 and tokens[i - 1].lower == "die" \
                and any(t.lower in ("war", "ist", "sei", "wäre") for t in tokens[:i]) and any(t.lower in ("von", "vom") for t in tokens[:i])
            # "Wie sich aus der Auswertung des Bodenradars ergab, …": what a finding showed
            derived = tok.lower in ("ergab", "ergaben", "ergibt") and any(t.lower == "sich" for t in tokens[:i]) \
                and any(t.lower == "aus" for t in tokens[:i])
            if inside[i] or (tok.lower not in ("hieß", "heißt", "geheißen", "verlautete", "verlautet") and not heard
                             and not written and not learned and not spoken and not derived):
                continue
            if tok.lower in ("hieß", "heißt", "geheißen") and not any(t.lower == "es" for t in tokens[slice(*clause_bounds(tokens, i))]):
                continue  # "Der neue Träger heißt Fabian Wegmann und kommt aus Deutschland": a name, nothing said
            lo, hi = clause_bounds(tokens, i)
            for k in [*self._before_relative_clause_of(tokens, lo), *range(lo, hi)]:
                prep = tokens[k].lower
                if k == i or prep not in HEARSAY_PLACES or inside[k] or (derived and prep != "aus"):
                    continue
                span = self._owner_or_np(tokens, k + 1)
                if not span or span[1] > tokens[hi - 1].end:
                    continue
                words = [t.lower for t in words_in(tokens, span)]
                if words[0] in TEMPORAL or words[-1] in TEMPORAL:
                    continue  # "Im Mai hieß es": a time, not a place
                quoted = any(t.text in QUOTES_OPEN and t.end <= span[0] and t.start >= tokens[k].start for t in tokens[k + 1 : k + 4])
                # "Auf der Homepage des Vereins heißt es": the text it stands in, whoever owns it
                phrase = [t.lower for t in tokens[k + 1 : hi] if t.end <= span[1]]
                text_place = any(w.endswith(PUBLISHED_PLACES) or w.endswith(REPORT_ENDINGS) for w in phrase)
                if written and (prep not in ("in", "im", "auf") or not text_place):
                    continue  # "steht" only with the text it stands in: "In einem Jahresbericht steht"
                if prep in ("in", "im", "auf") and not self._named(span) and not words[-1].endswith(INSTITUTION_ENDINGS) \
                        and words[-1] not in REPORT_NOUNS and not text_place \
                        and not quoted:  # "Im „Kurier an der Saale“ heißt es"
                    continue
                verb = "hieß" if tok.lower == "geheißen" else tok.lower
                cue = f"{verb} {prep}" if written or derived else f"{prep} … die Rede" if spoken else f"{verb} es {prep}"
                return Found(span[0], span[1], cue)
        return None

    @staticmethod
    def _before_relative_clause_of(tokens: list[Token], lo: int) -> range:
        """The tokens before a relative clause that ends at ``lo`` ("In der Resolution, die der Rat
        annahm, heißt es": the clause of "heißt" opens with "In der Resolution")."""
        opening = relative_clause_opening(tokens, lo, 24, RELATIVE_PRONOUNS)
        if opening is None:
            return range(0)
        start = opening
        while start > 0 and tokens[start - 1].text not in (",", ";", ":", "–", "—"):
            start -= 1
        return range(start, opening)

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
                after = end_index + 1
                if after < len(tokens) and tokens[after].lower in ("wörtlich", "weiter", "abschließend"):
                    after += 1  # "„…“, so Guttenberg wörtlich."
                if after >= len(tokens) or tokens[after].text in (",", ".", ":", ";", "–") \
                        or tokens[after].text in QUOTES or self._where_said(tokens, after):
                    # "…, so Verbandschef Brink gegenüber der „Morgenpost“": the outlet is where he said it
                    return Found(span[0], span[1], "so")
        return None

    def _where_said(self, tokens: list[Token], k: int) -> bool:
        """"gegenüber der Zeitung", "im libanesischen Fernsehen", "in einem Blogeintrag": a phrase of where
        something was said, running to the end of the clause without a verb."""
        if tokens[k].lower not in ("gegenüber", "in", "im", "auf", "bei", "beim", "am", "vor"):
            return False
        end = next((m for m in range(k + 1, len(tokens)) if tokens[m].text in (",", ".", ";", ":", "–")), len(tokens))
        return end - k <= 8 and not any(t.lower in self.cues.finite_verbs or t.lower in self.cues.reporting_verbs
                                        for t in tokens[k + 1 : end])

    def _colon_quote(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Ein Sprecher der Polizei: „…“": a speaker's phrase, a colon and the quote."""
        colon = next((k for k, t in enumerate(tokens[:16]) if t.text == ":"), None)
        if not colon or colon + 1 >= len(tokens) or tokens[colon + 1].text not in QUOTES_OPEN or inside[colon]:
            return None
        span = self._np_forward(tokens, 0)
        if not span or span[1] != tokens[colon - 1].end \
                or not (self._speaker_like(tokens, span) or self._role_in(tokens, span)):
            return None
        return Found(span[0], span[1], "Doppelpunkt vor Zitat" if not self.english else "colon before quote", speaker_first=True)

    def _colon_intro(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Hier sparte der Bundespräsident nicht mit Kritik:", "Erkki Tuomioja, Präsident des Rats:": a
        sentence that ends in a colon (or in a colon and a quote) introduces what its subject says next:
        the person the model names in it, else a pronoun, else a speaker-like phrase opening it."""
        colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not inside[k]
                      and (k == len(tokens) - 1 or tokens[k + 1].text in QUOTES_OPEN and self._says(tokens, k + 1))), None)
        if colon is None or colon < 2:
            return None
        intro = tokens[:colon]
        after_preposition = {t.end for k, t in enumerate(intro[1:], start=1)
                             if intro[k - 1].lower in PREPOSITIONS_AFTER_VERB}
        names = sorted((s, e) for s, e in self._names if e <= intro[-1].end)
        for s, e in names:
            starts = next((t for t in intro if t.start == s), None)
            if starts is not None and not any(t.start == s and t.end in after_preposition for t in intro) \
                    and not inside[intro.index(starts)]:
                return Found(s, e, "Doppelpunkt" if not self.english else "colon", speaker_first=True)
        for k, tok in enumerate(intro):
            if tok.lower in self.cues.pronouns and not inside[k] and (k == 0 or not tok.capitalised):
                return Found(tok.start, tok.end, "Doppelpunkt" if not self.english else "colon", pronoun=True,
                             speaker_first=True)
        for k, tok in enumerate(intro):
            # the first phrase that can speak and follows no preposition: "Hier sparte der Bundespräsident …:"
            if inside[k] or not (k == 0 or tok.lower in self.cues.determiners) \
                    or (k > 0 and intro[k - 1].lower in PREPOSITIONS_AFTER_VERB):
                continue
            span = self._np_forward(tokens, k)
            if span and span[1] <= intro[-1].end and (self._speaker_like(tokens, span)
                                                       or words_in(tokens, span)[-1].lower in ("firma", "unternehmen")):
                return Found(span[0], span[1], "Doppelpunkt" if not self.english else "colon", speaker_first=True)
        return None

    @staticmethod
    def _says(tokens: list[Token], opening: int) -> bool:
        """A quote that is a statement, not a title: "vor: „Have a nice day“" names a record."""
        close = next((k for k in range(opening + 1, len(tokens)) if tokens[k].text in QUOTES and tokens[k].text not in QUOTES_OPEN
                      or tokens[k].text == "“"), len(tokens))
        quoted = tokens[opening + 1 : close]
        return len([t for t in quoted if t.word]) >= 6 or any(t.text in (".", "!", "?", ",") for t in quoted)

    def _rule_cited(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """An article of a law or a ruling at ``j`` (after an article), read in the present for what it
        lays down: its span, else None."""
        k = j + 1 if j < len(tokens) and tokens[j].lower in ("dem", "der", "den") else j
        if k >= len(tokens) or not tokens[k].capitalised:
            return None
        head = tokens[k].lower
        if head not in CITED_PROVISIONS | RULINGS:
            return None  # ("Nach dem Gesetz müssen …" tells what a law says: no one asserts it)
        span = self._np_forward(tokens, j)
        following = [t for t in tokens if span and t.start >= span[1]]
        if span and len(following) > 2 and following[0].text[:1].isdigit() and following[1].lower in ("des", "der"):
            owner = self._np_forward(tokens, tokens.index(following[2]))  # "Artikel 65 des Grundgesetzes"
            span = (span[0], owner[1]) if owner else span
        # ("Nach dem Gesetz von 1961 konnten die Gemeinden …" tells what it allowed then, in the story)
        verb = next((t for t in tokens if span and t.start >= span[1] and t.word), None)
        return span if verb is not None and not verb.capitalised and _reporting_tense(verb) else None

    def _back_reference(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower in ("demnach", "demzufolge"):
                return Found(tok.start, tok.end, tok.lower, pronoun=True)
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower == "danach" and _according_to_that(tokens, i):
                # "Die UBS legte Quartalszahlen vor. Danach verzeichnet die Bank …" (claim_rules keeps it
                # only where the sentence before named a report or a speaker, which one sentence cannot see)
                return Found(tok.start, tok.end, "danach", pronoun=True)
        return None


# Finite verbs a narrative "danach" (afterwards) goes with: the past and the future
_NARRATIVE_FINITE = frozenset("""war waren wurde wurden hatte hatten ging gingen kam kamen gab gaben fand fanden
fing fingen ließ ließen stand standen sah sahen nahm nahmen zog zogen fiel fielen blieb blieben begann begannen
schwand schwanden trat traten rief riefen lief liefen fuhr fuhren flog flogen hielt hielten galt galten bat baten
riet rieten wird werden""".split())
# Present forms that end in neither "-t" nor "-en": "Danach muss …", "Danach sind …", "Nach dem Gesetz darf …"
_PRESENT_IRREGULAR = frozenset("muss kann darf soll will mag sei sind".split())
# Konjunktiv II forms end like the past but report: "Danach hätte es sich um … gehandelt"
_REPORTING_SUBJUNCTIVE = frozenset("hätte hätten wäre wären könnte könnten müsste müssten dürfte dürften".split())
# Words before "danach" that make it a time: "kurz danach", "vier Monate danach", "und danach"
_TIME_BEFORE_DANACH = frozenset("und oder kurz gleich bald erst unmittelbar wenig direkt schon sofort noch dass "
                                "jahre monate wochen tage stunden minuten jahr monat woche tag stunde".split())


def _according_to_that(tokens: list[Token], i: int) -> bool:
    """"Danach sind 40 Prozent der Radwege zu schmal", "Die Rechte stehen danach über …": "danach" as
    "according to it", next to a finite verb in the present or the Konjunktiv. ("Danach fuhr er zur
    Baustelle", "kurz danach", "danach gefragt" tell when or what was asked.)"""
    if i == 0:
        verb = tokens[1] if len(tokens) > 1 else None
    else:
        verb = tokens[i - 1]
        if verb.capitalised or not verb.word or verb.lower in _TIME_BEFORE_DANACH or verb.text[:1].isdigit():
            return False
    if verb is None or not verb.word or verb.capitalised:
        return False
    return _reporting_tense(verb)


def _reporting_tense(verb: Token) -> bool:
    """A finite verb in the present or the Konjunktiv, as far as its form tells: what a text lays down
    or reports, not what happened next."""
    low = verb.lower
    if low in _REPORTING_SUBJUNCTIVE or low in _PRESENT_IRREGULAR:
        return True
    if low in _NARRATIVE_FINITE or low.endswith(("te", "ten")):
        return False
    # a strong past has no ending ("verließ", "sank"); the present has "-t" or "-en"
    return low.endswith(("t", "en"))
