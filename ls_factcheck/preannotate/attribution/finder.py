"""``SourceFinder``: the order in which one sentence's cues are tried, and every source it names.

The cues of each kind live in their own module (``verbs``, ``prepositions``, ``documents``,
``view_holders``); ``phrases`` reads the noun phrases they all point at.
"""

from __future__ import annotations

from ls_factcheck.preannotate.attribution.documents import DocumentCues
from ls_factcheck.preannotate.attribution.prepositions import PrepositionCues
from ls_factcheck.preannotate.attribution.tokens import Found, Token, inside_quotes
from ls_factcheck.preannotate.attribution.verbs import VerbCues
from ls_factcheck.preannotate.attribution.view_holders import ViewHolderCues
from ls_factcheck.preannotate.attribution.words import (
    DOCUMENTS,
    EVIDENTIAL,
    REPORT_NOUNS,
    SOURCE_HEADS,
    SOURCE_SUFFIXES,
)
from ls_factcheck.preannotate.cues import Cues, ROLE_SUFFIXES


# Competitions named before a headline's colon
_CONTESTS = ("-em", "-wm", "meisterschaft", "liga", "pokal", "cup", "spiele", "olympia", "turnier")


class SourceFinder(VerbCues, PrepositionCues, DocumentCues, ViewHolderCues):
    """Finds the source of one sentence with the cues of one language."""

    def __init__(self, cues: Cues, english: bool) -> None:
        self.cues = cues
        self.english = english
        self._names: list[tuple[int, int]] = []  # the NER model's PER/ORG spans in the sentence at hand
        self.owner_nouns = REPORT_NOUNS | cues.statement_nouns  # nouns whose owner is the source

    def find(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """The source of one sentence; ``names`` are the PER/ORG spans the NER model found in it."""
        self._names = list(names)
        inside = inside_quotes(tokens)
        relied_on = self._relied_on(tokens, inside)
        if relied_on is not None and relied_on.cue == "unter Berufung auf":
            # "berichtete die Agentur X unter Berufung auf Y": the outlet asserts it, as SpkAtt and our own
            # labels mark it; Y, whom it relies on, is marked beside it (find_all)
            outlet = self._reporting_verb(tokens, inside)
            if outlet is not None and (outlet.start >= relied_on.end or (not outlet.pronoun and outlet.end <= relied_on.start)):
                return outlet
        if relied_on is not None:
            return relied_on  # "X beruft sich auf Y": Y is the one who asserts it
        speaker = self._reporting_verb(tokens, inside)
        hearsay = any(t.lower in self.cues.hearsay and not inside[k] for k, t in enumerate(tokens))
        if speaker is not None and not speaker.pronoun and not hearsay \
                and speaker.cue.split()[0] not in EVIDENTIAL and not self._subordinate(tokens, speaker):
            # "Das Ministerium bezeichnete X laut Norpress als ...", "Heute bestätigte X laut Reuters, dass …":
            # the speaker, not the outlet relaying it. ("Laut ISNA soll ein Gericht die Urteile bestätigt haben":
            # that the court spoke is itself only reported, by ISNA.)
            return speaker
        for finder in (self._made_by, self._preposition, self._postposition, self._as_reported, self._statement_owner,
                       self._hearsay_place, self._stance):
            found = finder(tokens, inside)
            if found:
                return found
        so = self._so(tokens, inside)
        if so is not None and (speaker is None or speaker.pronoun):
            return so  # "Man habe einen Defekt festgestellt, so der Sender": "so" names who "man" is
        return speaker or so or self._colon_quote(tokens, inside) or self._wonach(tokens, inside) \
            or self._with_the_words(tokens, inside) or self._result_of(tokens, inside) \
            or self._back_reference(tokens, inside) or self._own_view(tokens, inside) \
            or self._judged_by(tokens, inside) or self._of_the_view(tokens, inside) or self._intention(tokens, inside) \
            or self._colon_intro(tokens, inside)

    def find_all(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> list[Found]:
        """Every source a sentence names, the one ``find`` picks for its claim first: "nach Angaben der
        Veranstalter 7.000, die Polizei spricht von 4.000" names two."""
        primary = self.find(tokens, names)
        found = [primary] if primary else []
        inside = inside_quotes(tokens)
        candidates = [finder(tokens, inside) for finder in (self._relied_on, self._preposition, self._postposition,
                                                             self._as_reported, self._statement_owner, self._own_view,
                                                             self._wonach)]
        for candidate in [*candidates, *self._speakers(tokens, inside)]:
            if candidate is not None and not any(candidate.start < f.end and f.start < candidate.end for f in found):
                found.append(candidate)
        return found

    def headline_source(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """"Verbraucherschützer: Gaspreise sinken": a source-like word before a headline's colon."""
        colon = next((k for k, t in enumerate(tokens[:4]) if t.text == ":"), None)
        if colon is None:
            return self._intention_headline(tokens, names)
        if colon == 0:
            return None
        words = tokens[:colon]
        if not all(t.capitalised for t in words):
            return None
        head = words[-1].lower
        if head.endswith(_CONTESTS):
            return None  # "Handball-EM: Deutschland gewinnt Auftaktspiel": a competition is a topic, not a speaker
        if len(words) > 1 and words[0].lower.endswith(ROLE_SUFFIXES):
            head = words[0].lower  # "Notfallmediziner Brenner:": a role before a name
        if head in SOURCE_HEADS or head.endswith(SOURCE_SUFFIXES + ROLE_SUFFIXES + DOCUMENTS) or (names and any(
                s <= words[0].start and words[-1].end <= e for s, e in names)):
            return Found(words[0].start, words[-1].end, "Schlagzeile mit Doppelpunkt" if not self.english else "headline colon")
        # "Vereinigte Staaten: Präsident Bush plant …": a place or topic before the colon, a speaker after it
        return self._intention_headline(tokens[colon + 1 :], names)

    @staticmethod
    def _intention_headline(tokens: list[Token], names: list[tuple[int, int]]) -> Found | None:
        """"Finanzminister will Etat anheben", "Verband plant Klage": a speaker's stated intention."""
        verb = next((k for k, t in enumerate(tokens[:4]) if t.lower in ("will", "wollen", "plant", "planen")), None)
        if verb and all(t.capitalised for t in tokens[:verb]):
            head = tokens[verb - 1].lower
            # ("Präsident Bush plant": the name may follow its title)
            if head in SOURCE_HEADS or head.endswith(SOURCE_SUFFIXES + ROLE_SUFFIXES) or (names and any(
                    s <= tokens[verb - 1].start and tokens[verb - 1].end <= e for s, e in names)):
                return Found(tokens[0].start, tokens[verb - 1].end, "Schlagzeile: " + tokens[verb].lower)
        return None
