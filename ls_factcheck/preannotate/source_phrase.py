"""The whole noun phrase that names a source, for the SOURCE region a reviewer sees.

The attribution finders return the core that names a source ("Außenminister", "Angela Merkel",
"IAEA"); the guideline's SOURCE is the phrase as written: "der russische Außenminister", "die
64-jährige Bundeskanzlerin Angela Merkel", "die Deutsche Presse-Agentur (dpa)". The core stays what
the source resolves to; only the highlighted span grows, and only over words that belong to the
same phrase: its article and adjectives before it, a role noun right before a name, the statement
or document it was given in ("Angaben der Polizei", "einem Bericht des UNHCHR"), quotes around a
title, a bracketed abbreviation or party after it, and an apposition set off by commas ("Peter
Horrocks, der Direktor des BBC World Service, sagte").
"""

from __future__ import annotations

import re

from ls_factcheck.preannotate.attribution.clauses import adjective, apposition_end
from ls_factcheck.preannotate.attribution.tokens import Token
from ls_factcheck.preannotate.attribution.words import TEMPORAL
from ls_factcheck.preannotate.cues import ROLE_SUFFIXES

# Articles and possessives that open a phrase; the region starts there.
_OPENERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen the a an".split()
)
_AGE = re.compile(r"^\d+-(?:jährige|jährigen|jähriger|Jährige|Jährigen|Jähriger)$")
# Words that end a description reaching back to the start of the sentence.
_LEFT_STOPS = frozenset({",", ":", ";", "(", "–", "—", "laut", "nach", "so", "wie", "von", "vom", "zufolge", "dass", "und"})


_CLAUSE_VERBS = frozenset("""sei seien ist sind war waren wäre wären habe hat haben hatte hatten hätte hätten werde
    wird werden wurde wurden würde würden könne kann können konnte müsse muss müssen solle soll sollen gebe gibt gab
    stehe steht liege liegt bleibe bleibt gehe geht komme kommt""".split())
_OPENING_QUOTES = {"„", "»", "“", '"', "‚"}
_CLOSING_QUOTES = {"“", "«", "”", '"', "‘"}
_OWNER_LINKS = {"des", "der", "von", "vom", "aus"}


def _closing_quote(tokens: list[Token], start: int, stop: int) -> int | None:
    """The first closing quotation mark among tokens ``start`` … ``stop - 1``."""
    return next((m for m in range(start, min(len(tokens), stop)) if tokens[m].text in _CLOSING_QUOTES), None)
_POSSESSIVES = frozenset("dessen deren ihren ihrer ihrem seinen seiner seinem eigenen".split())


def full_phrase(tokens: list[Token], start: int, end: int, statement_nouns: frozenset[str] = frozenset(),
                verbs: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Character span of the phrase around the core ``start``–``end`` within the sentence ``tokens``.
    ``statement_nouns`` are the nouns a source is given in ("Angaben", "Bericht"); ``verbs`` are
    words that look like adjectives but are not ("sagte")."""
    first = next((k for k, t in enumerate(tokens) if t.start >= start), None)
    last = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= end), None)
    if first is None or last is None or last < first:
        return start, end
    if first > 0 and last + 1 < len(tokens) and tokens[first - 1].text in _OPENING_QUOTES \
            and tokens[last + 1].text in _CLOSING_QUOTES:
        first, last = first - 1, last + 1  # „Billboard“: the title with its quotes
    if first == last and tokens[first].lower in _POSSESSIVES and last + 1 < len(tokens) \
            and tokens[last + 1].lower in statement_nouns:
        last += 1  # "nach dessen Angaben", "ihren Aussagen zufolge": the statement with its owner
    first = _left_edge(tokens, first, statement_nouns, verbs)
    last = _right_edge(tokens, last, verbs)
    last = _owner_after(tokens, last, statement_nouns)
    last = _coordinated_after(tokens, first, last)
    last = _affiliation_after(tokens, last)
    if last + 3 < len(tokens) and tokens[last + 1].lower == "in" and tokens[last + 2].lower in ("ihrer", "seiner") \
            and tokens[last + 3].lower.endswith(("ausgabe", "sendung")):
        last += 3  # "die Ärztezeitung in ihrer Onlineausgabe": the outlet and the edition
    if last + 3 < len(tokens) and tokens[last + 1].text == "," \
            and any(t.capitalised and _role(t.lower) for t in tokens[first : last + 1]):
        # "nach den Worten der Sprecherin der FDP-Fraktion, Gisela Piltz, …": the name the role introduces
        close = apposition_end(tokens, last + 1)
        if close is not None and close - last <= 5:
            last = close - 1
    # "…, sagte der Vorsitzende des Verbands, Elmar Gesse.": the name closes the sentence
    closes = last + 2 < len(tokens) and tokens[last + 1].text == "," and _opens_clause(tokens, last + 2) \
        or last + 1 == len(tokens) or last + 2 == len(tokens) and tokens[last + 1].text in (".", "!", "?")
    if first >= 2 and tokens[first - 1].text == "," and closes:
        # "Der Direktor des BBC World Service, Peter Horrocks, sagte": the description and the name;
        # "So sagte der Koordinator, Deftalgne Tessema, gegenüber …": the description after the verb
        opening = max((k + 1 for k in range(first - 1) if tokens[k].lower in verbs), default=0)
        starts_phrase = tokens[opening].capitalised if opening == 0 else tokens[opening].word
        if opening < first - 1 and starts_phrase and not any(
                _stops_description(tokens, k) for k in range(opening + 1, first - 1)):
            first = opening
    return tokens[first].start, tokens[last].end


# What an outlet publishes, besides the statement nouns: "einem Artikel der „New York Times“"
_PUBLISHED_PIECES = frozenset({"artikel", "beitrag", "bericht", "meldung", "interview", "kommentar", "leitartikel"})


def _affiliation_after(tokens: list[Token], last: int) -> int:
    """"Moritz Wohlrab von der „Aktion Deutschland hilft“", "Jan Ossen vom Bund Naturschutz": a name's
    organisation after "von"/"vom", when a verb, a comma or the sentence's end follows it."""
    if not tokens[last].capitalised or last + 2 >= len(tokens) or tokens[last + 1].lower not in ("von", "vom", "aus"):
        return last
    k = last + 2
    if tokens[k].lower in ("der", "dem", "den") and tokens[k + 1 :]:
        k += 1
    if tokens[k].text in _OPENING_QUOTES:
        end = _closing_quote(tokens, k + 1, k + 8)
    else:
        end = k - 1
        while end + 1 < len(tokens) and tokens[end + 1].capitalised and tokens[end + 1].word and end - k < 4:
            end += 1
    if end is None or end < k:
        return last
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if after is None or after.text in (",", ".", ":", ";") or (after.word and after.text[:1].islower()):
        return end
    return last


def _coordinated_after(tokens: list[Token], first: int, last: int) -> int:
    """"Die SPD und PDS lehnten ab", "Laut Polizei und Feuerwehr": a second name joined by "und" or
    "sowie" that ends the subject (a lower-case word, a comma or the sentence's end follows)."""
    if not tokens[last].capitalised or last + 2 >= len(tokens) or tokens[last + 1].lower not in ("und", "sowie"):
        return last
    # after the verb, "und" before a verb opens a clause: "sagte der Minister und Kanzler X stimmte zu"
    subject_first = first == 0 or tokens[first - 1].lower in ("laut", "nach", "wie", "von", "vom", "zufolge", "gemäß")
    k = last + 2
    if tokens[k].lower in _OPENERS:
        k += 1
    start = k
    while k < len(tokens) and tokens[k].capitalised and tokens[k].word and k - start < 4:
        k += 1
    if k == start:
        return last
    after = tokens[k] if k < len(tokens) else None
    ends = after is None or after.text in (",", ".", ":", ";") or (subject_first and after.word and after.text[:1].islower())
    return k - 1 if ends else last


def _owner_after(tokens: list[Token], last: int, statement_nouns: frozenset[str]) -> int:
    """"einem Bericht der Salzburger Nachrichten", "einer Pressemitteilung der Organisation": a statement
    noun ends no source; its owner in the genitive belongs to the phrase."""
    if not (tokens[last].capitalised and (tokens[last].lower in statement_nouns or tokens[last].lower in _PUBLISHED_PIECES)) \
            or last + 2 >= len(tokens) \
            or tokens[last + 1].lower not in ("des", "der", "eines", "einer", "von", "vom"):
        return last
    k = last + 2
    while k < len(tokens) and adjective(tokens[k]):
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in _OPENING_QUOTES:
        close = _closing_quote(tokens, k + 1, k + 10)
        return close if close is not None and close > k + 1 else last  # "einem Artikel der „New York Times“"
    if k < len(tokens) and tokens[k].word and "." in tokens[k].text.strip(".") and tokens[k].text[:1].isalnum():
        return k  # "einem Bericht von ndr.de"
    if k >= len(tokens) or not tokens[k].capitalised or not tokens[k].word:
        return last
    while k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k + 1].word:
        k += 1  # "der Salzburger Nachrichten", "des Bundesamts Statistik"
    if k + 2 < len(tokens) and tokens[k + 1].text in _OPENING_QUOTES:
        close = _closing_quote(tokens, k + 2, k + 10)
        if close is not None:
            k = close  # "des Magazins „auto, motor und sport“"
    return k


def _role(low: str) -> bool:
    """A role noun, also in the genitive ("des Direktors", "der Sprecherin")."""
    return low.endswith(ROLE_SUFFIXES) or low.endswith("s") and low[:-1].endswith(ROLE_SUFFIXES)


def _stops_description(tokens: list[Token], k: int) -> bool:
    """Does token ``k`` end a description read leftwards? Not the "und" of "der Such- und Rettungsagentur",
    nor the bracket of "der Direktor der IAEO (IAEO)"."""
    tok = tokens[k]
    if tok.lower == "und" and k > 0 and tokens[k - 1].text.endswith("-"):
        return False
    if tok.text == "(" and any(t.text == ")" for t in tokens[k + 1 : k + 5]):
        return False
    return tok.text in (",", ":", ";") or tok.lower in _LEFT_STOPS


def _left_edge(tokens: list[Token], first: int, statement_nouns: frozenset[str], verbs: frozenset[str]) -> int:
    first = _phrase_start(tokens, first, statement_nouns, verbs)
    if first >= 2 and tokens[first - 1].lower in _POSSESSIVE_GENITIVES and tokens[first - 2].capitalised \
            and tokens[first - 2].lower in statement_nouns:
        first -= 1  # "nach Angaben seines Impresario": the possessive, then the statement below
    if first >= 1 and (tokens[first].lower in _POSSESSIVE_GENITIVES or _genitive_plural_adjective(tokens[first])) \
            and tokens[first - 1].capitalised and tokens[first - 1].lower in statement_nouns:
        # "nach Angaben eines Mitarbeiters", "nach der Einschätzung eines Experten": the statement with its owner
        return _phrase_start(tokens, first - 1, statement_nouns, verbs)
    return first


_POSSESSIVE_GENITIVES = frozenset({"eines", "einer", "seines", "seiner", "ihres", "ihrer"})


def _genitive_plural_adjective(tok: Token) -> bool:
    """"informierter", "vieler", "französischer": an adjective opening a genitive plural ("Angaben informierter Kreise")."""
    return tok.word and tok.text[:1].islower() and tok.text.endswith("er") and len(tok.text) > 4


def _phrase_start(tokens: list[Token], first: int, statement_nouns: frozenset[str], verbs: frozenset[str]) -> int:
    if first >= 2 and tokens[first - 1].lower in _OWNER_LINKS and tokens[first - 2].lower in statement_nouns:
        first -= 2  # "nach Angaben der Polizei": the statement the source gave

    elif first >= 1 and tokens[first - 1].lower in statement_nouns and tokens[first - 1].capitalised \
            and tokens[first].capitalised and tokens[first].text.endswith("s"):
        first -= 1  # "nach Meinung Russlands", "Aussagen Gordons zufolge": the owner in the genitive
    if first > 0 and tokens[first - 1].capitalised and tokens[first - 1].lower.endswith(ROLE_SUFFIXES) \
            and tokens[first].capitalised:
        first -= 1  # "Bundeskanzlerin Angela Merkel", "Musikzeitschrift „Billboard“"
    if tokens[first].lower in _OPENERS:
        return first
    if tokens[first].lower in ("er", "sie", "man", "he", "she", "they"):
        return first  # a pronoun takes no article: "in dem er verlangte"
    k = first
    while k > 0 and _modifier(tokens[k - 1]) and tokens[k - 1].lower not in verbs:
        k -= 1
    if k > 0 and tokens[k - 1].lower in _OPENERS:
        return k - 1
    if k == 0:
        return k
    # Without an article the words before may be a verb or an adverb ("sagte", "heute"), not adjectives.
    return first


def _modifier(tok: Token) -> bool:
    return adjective(tok) or _AGE.match(tok.text) is not None


def _right_edge(tokens: list[Token], last: int, verbs: frozenset[str] = frozenset()) -> int:
    # "die Deutsche Presse-Agentur (dpa)", "Willi Lemke (SPD)": a short bracket right after the name
    if last + 2 < len(tokens) and tokens[last + 1].text == "(":
        close = next((m for m in range(last + 2, min(len(tokens), last + 6)) if tokens[m].text == ")"), None)
        if close is not None and all(t.word for t in tokens[last + 2 : close]):
            last = close
    if last + 3 < len(tokens) and tokens[last + 1].text in _OPENING_QUOTES:
        # "die britische Tageszeitung „The Guardian“": the title the description introduces
        close = _closing_quote(tokens, last + 2, last + 8)
        if close is not None and close > last + 2 and tokens[last + 2].capitalised:
            last = close
    if last + 2 < len(tokens) and tokens[last + 1].lower in ("in", "im") and tokens[last + 2].capitalised \
            and tokens[last].capitalised and not tokens[last].lower.endswith(ROLE_SUFFIXES) \
            and tokens[last + 2].lower not in _NO_SEAT and not tokens[last + 2].lower.endswith(_SAID_IN):
        # "die Regierung in Lomé", "die Oppositionsparteien im Abgeordnetenhaus": the institution with its seat
        k = last + 2
        while k + 1 < len(tokens) and tokens[k + 1].capitalised and k < last + 3:
            k += 1
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is None or not after.word or (after.text[:1].islower() and after.lower not in _APPOSITION_LINKS):
            last = k
    if last + 3 < len(tokens) and tokens[last + 1].text == "," and tokens[last].lower.endswith(ROLE_SUFFIXES + ("(", ")")) or (
            last + 3 < len(tokens) and tokens[last + 1].text == "," and tokens[last].text == ")"):
        # "der Direktor der IAEO (IAEO), Mohammed el-Baradei, …": the name the role introduces
        close = apposition_end(tokens, last + 1)
        if close is not None:
            return close - 1
    if last + 2 < len(tokens) and tokens[last + 1].text == "," and _describes(tokens, last + 2):
        # "Ahmad Nuristani, der Vorsitzende der Wahlkommission, sagte", "so Frank Karl, Leiter der Abteilung."
        k = last + 2
        while k + 1 < len(tokens) and tokens[k + 1].text not in (",", ";", ":", "–", "—", ".", "!", "?") and k - last < 16:
            if tokens[k + 1].text == "(":
                close = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].text == ")"), None)
                if close is None:
                    break
                k = close  # "Theo Zwanziger, Präsident des Verbands (DFB), sagte"
                continue
            k += 1
        span = [t for t in tokens[last + 2 : k + 1] if t.text not in ("(", ")")]
        if any(t.lower in _CLAUSE_VERBS or (t.lower in verbs and not t.capitalised) for t in span) or any(
                t.word and not t.capitalised and span[n - 1].capitalised and t.lower not in _APPOSITION_LINKS
                for n, t in enumerate(span) if n):
            # "der Minister, die Lage sei ruhig", "…, der Bericht nenne …" (a verb after a noun): a clause
            return last
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        sentence_end = after is None or (after.text in (".", "!", "?") and k + 2 == len(tokens))
        # "sagte Jon Bon Jovi, Gründer der Band: „…“": a colon before the quote closes it too
        if (tokens[k].word or tokens[k].text == ")") and (
                sentence_end or after.text == "," and _opens_clause(tokens, k + 2) or after.text == ":"):
            return k
    return last


# Nouns after "im" that tell when or how something was said, not where an institution sits ("im Mai",
# "im Vorfeld", "im Rahmen"); those ending in ``_SAID_IN`` are the media it was said in
_NO_SEAT = TEMPORAL | {"rahmen", "namen", "auftrag", "internet"}
# "im Regionalfernsehen", "im ZDF-Interview": where something was said
_SAID_IN = ("fernsehen", "interview", "gespräch", "radio", "rundfunk", "programm", "sendung", "blatt", "netz")
# What may follow a noun inside an apposition: "Leiter der Abteilung", "Sprecher von Greenpeace in Kiel".
_APPOSITION_LINKS = frozenset("der die das des dem den von vom im in für bei am an auf aus zu zur zum und mit "
                              "über unter nach ein eine einer eines einem einen of the for at in and".split())


def _describes(tokens: list[Token], k: int) -> bool:
    """The apposition opens with an article or a role ("Leiter der Abteilung", "kanadischer General")."""
    tok = tokens[k]
    if tok.lower in _OPENERS or (tok.capitalised and tok.lower.endswith(ROLE_SUFFIXES)):
        return True
    return adjective(tok) and k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k + 1].lower.endswith(ROLE_SUFFIXES)


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """After the apposition's closing comma comes the verb: a lower-case word."""
    return k < len(tokens) and tokens[k].word and tokens[k].text[:1].islower()
