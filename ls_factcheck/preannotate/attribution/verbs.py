"""Speakers of verbs of saying: "X sagte", "sagte X", "wie X mitteilte", "X hat … erklärt", and when
the phrase before such a verb is not its subject.
"""

from __future__ import annotations

from collections.abc import Iterator

from ls_factcheck.preannotate.attribution.clauses import (
    claims_a_deed, clause_bounds, judged_as, particle, particle_in_clause, takes_a_toll,
)
from ls_factcheck.preannotate.attribution.phrases import PhraseReader
from ls_factcheck.preannotate.attribution.tokens import Found, QUOTES, QUOTES_OPEN, Token, words_in
from ls_factcheck.preannotate.attribution.words import (
    CAUSE_NOUNS,
    CONTESTS,
    COUNT_HEADS,
    DEMAND_VERBS,
    DOCUMENT_ONLY,
    EVIDENCE_VERBS,
    FRONTED_PREPOSITIONS,
    HAVE_AUXILIARIES,
    JUDGING,
    LEGAL_MOTIONS,
    OFFER_VERBS,
    PARTICIPLE_PREFIXES,
    PASSIVE_AUXILIARIES,
    PERFECT_AND_PASSIVE,
    REFUSAL_OBJECTS,
    PRESENTED_FINDINGS,
    REFUSAL_VERBS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    RESULT_VERBS,
    SENTENCE_DEMAND,
    SPEECH_FRAMES,
    SPEECH_PARTICIPLES,
    SUBORDINATORS,
    SURE_PLURALS,
)


# Forms that state something only in a frame: "wird angenommen, dass", "beruft sich auf", "in Aussicht
# gestellt" (``_said_in_a_frame``); checked first, as every word of every sentence passes this test
# "entscheiden" states what a court rules ("Das Gericht hat entschieden: …"); a council's decision is an act
RULING_VERBS = frozenset({"entschied", "entschieden", "entscheidet"})
COURT_NOUNS = ("gericht", "gerichtshof", "richter", "richterin", "richterinnen", "kammer", "senat")
# "vorwerfen": the subject accuses, the dative object after the verb is accused
ACCUSING = frozenset({"wirft", "werfen", "warf", "warfen", "wirfst", "werfe"})
# A verb of saying in the infinitive under one of these closes a stated intention, not a statement
_INTENT_MODALS = frozenset({"will", "wollen", "wollte", "wollten", "möchte", "möchten", "plant", "planen", "plante", "planten"})
# Participles that say nothing after "nicht" ("wurde nicht bestätigt", "hat nicht mitgeteilt")
_NOT_SAID_PARTICIPLES = frozenset({"bestätigt", "mitgeteilt", "kommentiert", "bekanntgegeben", "gegeben", "informiert",
                                   "gesagt", "erklärt", "angegeben", "beziffert", "veröffentlicht", "dementiert"})
# Articles that never stand alone as a subject before a verb ("das", "die" do: "Das erklärte der Minister")
_ARTICLES_BEFORE_ATTRIBUTES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines", "der", "den", "dem", "des"})
_SAID_IN_A_FRAME = frozenset({"angenommen", "beruft", "berief", "beriefen", "berufen", "gestellt",
                              "bekannte", "bekannten", "bekennt", "bekennen", "bekannt"})

# Modal and future verbs that follow an infinitive at the end of a clause
_MODALS_AFTER = frozenset({"wollen", "wollten", "will", "wollte", "sollen", "sollten", "soll", "sollte", "können",
                           "konnten", "kann", "konnte", "müssen", "mussten", "muss", "musste", "werden", "würden",
                           "wird", "würde", "dürfen", "durften", "darf", "durfte"})


_ORDER_PARTICLES = frozenset({"an", "auf"})
# What one writes that is a work, not a statement: "schrieb die Filmmusik", "schrieb einige Titel für …"
_WORKS = ("titel", "lied", "lieder", "song", "songs", "buch", "bücher", "roman", "romane", "musik", "drehbuch",
          "drehbücher", "oper", "opern", "sinfonie", "sinfonien", "gedicht", "gedichte", "theaterstück", "theaterstücke",
          "hits", "partitur", "komposition", "kompositionen")


class VerbCues(PhraseReader):
    """Cues of ``verbs``: the speaker of a verb of saying."""

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
            if inside[i] or (low not in self.cues.reporting_verbs and low not in self.cues.separable
                             and low != "ausgegangen" and not (low in _SAID_IN_A_FRAME and self._said_in_a_frame(tokens, i))
                             and not (low == "meinen" and self._after_quote(tokens, i))):
                continue
            if tok.capitalised:
                continue  # a capitalised word is a noun ("Berichten zufolge") or opens a question
            if self._not_saying(tokens, i):
                continue
            if 2 <= i and tokens[i - 2].text == "(" and i + 1 < len(tokens) and tokens[i + 1].text in (")", "."):
                continue  # "(Wikinews berichtete)": a pointer to an earlier article, not who says this one
            particles = self.cues.separable.get(low)
            rejects = low in ("wies", "wiesen", "weist", "weisen") and self._closes_with(tokens, i, ("von", "sich"))
            # a particle before the verb counts where the verb ends its clause ("Obwohl er mit Mehreinnahmen rechnet,")
            before = low in RESULT_VERBS or low in ("erhoben", "gerechnet") or (low.startswith("rechne") and self._verb_last(tokens, i))
            # "und rief: „Lasst mich raus!“": a call quoted after a colon needs no particle
            called_out = low in ("rief", "riefen", "ruft") and i + 1 < len(tokens) and tokens[i + 1].text == ":" \
                and tokens[i - 1].lower not in ("und", "sowie")  # (after "und" the caller is too far back to tell)
            if particles and not rejects and not called_out and not particle_in_clause(tokens, i, particles, before=before) \
                    and not (i > 0 and tokens[i - 1].lower in particles and tokens[i - 1].lower not in ("an", "zu", "vor", "aus", "ein")):
                continue  # "wie das Präsidium bekannt gab": the particle before the verb at a clause's end
            if low.startswith(("schreib", "schrieb")) and any(t.lower in ("zahlen", "geschichte") or t.lower.endswith(_WORKS)
                                                               for t in tokens[i + 1 : i + 6]):
                continue  # "schreibt rote Zahlen", "schrieb Geschichte", "schrieb die Filmmusik": idioms and works, not statements
            if low.startswith(("bestreit", "bestritt")) and any(
                    t.lower.endswith(CONTESTS) for t in tokens[max(0, i - 4) : i + 8] if t.capitalised):
                continue  # "bestreitet das Heimspiel", "bestritt 30 Partien": playing, not denying
            if low in ("posted", "posts", "postete", "posteten") and any(t.lower in (
                    "loss", "losses", "profit", "profits", "gain", "gains", "record", "revenue", "revenues", "deficit",
                    "surplus", "decline", "increase", "verlust", "gewinn") for t in tokens[i + 1 : i + 6]):
                continue  # "posted a loss of $3 million": a result, not a post
            if low in ("sprach", "sprachen", "spricht", "sprechen", "gesprochen") and any(
                    t.lower in ("schuldig", "frei", "heilig", "selig") for t in tokens[i - 1 : i + 12] if t.word):
                continue  # "sprach den Mann frei", "hat ihn schuldig gesprochen": a verdict, an act
            if low in ("sprach", "sprachen", "spricht", "sprechen", "gesprochen") and (
                    any(t.lower in ("urteil", "recht") for t in tokens[slice(*clause_bounds(tokens, i))])
                    or self._only_with_whom(tokens, i) or particle(tokens, i, frozenset({"zu"})) == "zu"
                    and self._closes_with(tokens, i, ("zu",))):
                continue  # "das Urteil sprechen die Richter", "hat mit der Freundin gesprochen": no statement
            if low in JUDGING and not particle_in_clause(tokens, i, particles - {"für"}) and not judged_as(tokens, i):
                continue  # "hält diese Zahl für unrealistisch" judges; "hält für Notfälle einen Raum bereit" does not
            if low in DEMAND_VERBS and not any(t.lower.endswith(SENTENCE_DEMAND) and not t.lower.endswith("schaft")
                                                for t in tokens):
                continue  # "beantragte Fördermittel" is an act; "beantragte drei Jahre Haft" a statement in court
            if low in REFUSAL_VERBS:
                lo, hi = clause_bounds(tokens, i)
                words = [t.lower for t in tokens[lo:hi]]
                if not any(w.endswith(REFUSAL_OBJECTS) or w.endswith(SPEECH_FRAMES) for w in words):
                    continue  # "lehnte den Antrag ab": a vote; "lehnte einen Rücktritt ab": a statement
            if low in OFFER_VERBS and not self._offers_to_do(tokens, i):
                continue
            if low in ("stellte", "stellten", "stellt") and particle(tokens, i, particles) == "vor" \
                    and not any(t.lower in REPORT_NOUNS | PRESENTED_FINDINGS for t in tokens[slice(*clause_bounds(tokens, i))]):
                continue  # "stellte die Studie vor" presents findings; "stellte den neuen Trainer vor" does not
            if low in ("lautete", "lautet", "lauteten") and not (i + 1 < len(tokens) and (tokens[i + 1].text == ":" or tokens[i + 1].text in QUOTES_OPEN)):
                continue  # "Der Text lautete: „…“" quotes; "Die Anklage lautet auf Mord" does not
            if low in ("befand", "befanden", "befindet", "befinden") and any(t.lower == "sich" for t in tokens[max(0, i - 3) : i + 3]):
                continue  # "An Bord befanden sich 40 Menschen": where, not a judgement
            if low.startswith(("bestätig", "meld")) and self._reflexive(tokens, i) \
                    and not any(t.lower == "wort" for t in tokens[slice(*clause_bounds(tokens, i))]):
                continue  # "Damit bestätigt sich die Befürchtung", "wollte sich wieder melden": no statement
            if low in RULING_VERBS and not self._court_rules(tokens, i):
                continue  # "Der Stadtrat entschied, die Steuer zu senken": a decision, not a statement
            if low.startswith(("forder", "geforder")) and takes_a_toll(tokens, i):
                continue  # "Die Grippe hatte 25 Millionen Todesopfer gefordert": a toll, not a demand
            # "forderte die Nationalgarde an", "hat die Bewohner aufgefordert": an order, the one who gave it acts
            acts = low == "aufgefordert" or low.startswith("forder") and particle_in_clause(tokens, i, _ORDER_PARTICLES)
            if low in ("zitiert", "zitierte", "zitierten") and i + 1 < len(tokens) and tokens[i + 1].lower not in ("mit", "wird", "wurde"):
                # "Die Zeitung zitierte Präsident X mit den Worten …": the one quoted speaks, the outlet relays
                quoted = self._np_forward(tokens, i + 1)
                nxt = next((k for k, t in enumerate(tokens) if quoted and t.start >= quoted[1]), None)
                if quoted and nxt is not None and tokens[nxt].lower == "mit":
                    yield Found(quoted[0], quoted[1], f"{low} … mit den Worten", self._is_pronoun(tokens, quoted),
                                speaker_first=True)
                    continue
            cue = low + " von sich" if rejects else (low + " " + particle(tokens, i, particles)).strip() if particles else low
            if low == "ausgegangen":
                if not self._assumed_estimate(tokens, i, before=True):
                    continue  # "war von einem Fehlbetrag ausgegangen" estimates; "Der Strom war ausgegangen" does not
                cue = "von … ausgegangen"
            elif low in ("geht", "gehen", "ging", "gingen") and self._assumed_estimate(tokens, i) \
                    and particle_in_clause(tokens, i, frozenset({"aus"})):
                cue = low + " von … aus"  # "Die Stadt ging von Kosten von drei Millionen Euro aus": an estimate
            elif low in ("geht", "gehen", "ging", "gingen") and self._assumed_estimate(tokens, i, nouns=CAUSE_NOUNS) \
                    and particle_in_clause(tokens, i, frozenset({"aus"})):
                # "Die Ermittler gehen von Brandstiftung aus" is an assumption on record; "Der Brand ging von einem
                # Defekt aus" is the article's own account: only a speaker-like subject counts
                subject = self._subject_before(tokens, i)
                if subject is None and (after := self._subject_after(tokens, i)) is not None:
                    # "Derzeit geht die Polizei von einer … Tat aus": the subject ends where "von" opens the cause
                    cut = next((t.start for t in tokens if after[0] < t.start < after[1] and t.lower in ("von", "vom")), None)
                    subject = (after[0], max(t.end for t in tokens if t.end <= cut)) if cut is not None else after
                    if self._speaker_like(tokens, subject):
                        yield Found(subject[0], subject[1], low + " von … aus")
                    continue
                if subject is None or not self._speaker_like(tokens, subject):
                    continue
                cue = low + " von … aus"
            elif low in ("geht", "gehen", "ging", "gingen", "gehe") and any(t.lower == "davon" for t in tokens[i + 1 :]) \
                    and particle_in_clause(tokens, i, frozenset({"aus"})):
                cue = low + " davon aus"  # "Die Polizei geht davon aus, dass …": a stated assumption
            elif low == "gehe":
                continue  # "Eine Bedrohung gehe vom Bakterium aus": only "gehe davon aus" states an assumption
            elif low in ("geht", "gehen", "ging", "gingen"):
                # "Das geht aus einer Studie der Universität X hervor": the source follows "aus"
                aus = next((k for k in range(i + 1, len(tokens)) if tokens[k].lower == "aus"), None)
                span = self._np_forward(tokens, aus + 1) if aus is not None else None
                if span:
                    yield Found(span[0], span[1], "geht aus … hervor")
                continue
            if i > 0 and tokens[i - 1].lower in ("und", "and", "sowie"):
                # "X äußerte sich besorgt und forderte ...": the second verb shares the first one's subject
                opening = self._opening_speaker(tokens, i)
                if opening and low in DOCUMENT_ONLY and not (self._documentary(tokens, opening) or self._research(tokens, opening)):
                    continue  # "stieg auf und belegt den vierten Platz": a place, not a finding
                if opening:
                    yield Found(opening[0], opening[1], cue, self._is_pronoun(tokens, opening), speaker_first=True, acts=acts)
                continue
            # "wie das Präsidium bekannt gab": the subject ends before the particle
            at = i - 1 if particles and i > 0 and tokens[i - 1].lower in particles else i
            if i + 1 < len(tokens) and tokens[i + 1].lower == "worden":
                # "ist für November angekündigt worden": the passive's subject is what was said; only its agent speaks
                before = self._passive_quote(tokens, i)
            else:
                before = (self._subject_before(tokens, at) or self._apposition(tokens, at) or self._subject_of_perfect(tokens, i)
                          or self._passive_quote(tokens, i) or self._before_relative_clause(tokens, at)
                          or (None if self.english else self._vorfeld(tokens, i)))
                auxiliary = self._auxiliary_before(tokens, i, before) if before else None
                if auxiliary is not None:
                    # "Die Polizei hat die Festnahme von drei Männern bestätigt", "Die Konflikte werden im Bericht
                    # auf … ethnischer Grenzen zurückgeführt": the phrase after the auxiliary is the participle's
                    # object; the subject stands before the auxiliary, and a passive names only its agent
                    before = self._passive_quote(tokens, i) if tokens[auxiliary].lower in PASSIVE_AUXILIARIES \
                        or self._state_passive(tokens, i) else self._subject_of_perfect(tokens, i)
                elif before and self._state_passive(tokens, i):
                    before = self._passive_quote(tokens, i)  # "Weitere Aktionen sind für Montag angekündigt": what, not who
            if low in DOCUMENT_ONLY and self.english and before is None:
                before = self._english_bare_subject(tokens, i)  # "…, state figures show."
            if low in DOCUMENT_ONLY:
                after_subject = self._subject_after(tokens, i) if not self.english else None
                subject = before if before and not (after_subject and self._research(tokens, after_subject)) else after_subject
                if not subject or not (self._documentary(tokens, subject) or self._research(tokens, subject)):
                    continue  # "The study found …" is a source; "Police found a body" is an event
                if subject is after_subject:
                    subject = self._cut_after_researchers(tokens, subject)
                yield Found(subject[0], subject[1], low, speaker_first=subject is before)
                continue
            reflexive = i + 1 < len(tokens) and tokens[i + 1].lower == "sich"  # "zeigte sich zufrieden": a stance
            if low.startswith("zeig") and not reflexive and not self._shows_that(tokens, i, before):
                continue  # "zeigte er dem Publikum den Mittelfinger", "zeigte Bilder von Verletzten": showing, not stating
            if low in EVIDENCE_VERBS and not reflexive and before and not self._named(before) \
                    and not self._documentary(tokens, before) and not self._is_pronoun(tokens, before):
                continue  # "Der Fall zeigt, wie …": evidence needs a study, data or a named source behind it
            after = self._subject_after(tokens, i)
            if after and words_in(tokens, after)[-1].lower in COUNT_HEADS:
                after = None  # "korrigierten die Zahl nach unten": what is counted is never a speaker
            opener = next((t for t in reversed(tokens) if t.end <= after[0]), None) if after else None
            if opener is not None and opener.lower in ("keine", "keinen", "keinerlei"):
                after = None  # "Die Verbände erwarten keine schnelle Entscheidung": a negated object
            if after and particles and any(t.lower in particles for t in words_in(tokens, after)):
                # "erhebt schwere Vorwürfe": the noun that makes the cue is its object, not its speaker;
                # "erhob die Staatsanwaltschaft Anklage": the speaker ends before it
                words = words_in(tokens, after)
                cue_word = next(k for k, t in enumerate(words) if t.lower in particles)
                after = (after[0], words[cue_word - 1].end) if cue_word > 0 and words[0].lower not in particles \
                    and not any(t.lower in particles for t in words[:cue_word]) else None
            if after and not self._named(after) and low.startswith(("schreib", "schrieb", "zeig", "meld", "stell", "leg", "nenn", "nann"))\
                    and self._bare_adjective_phrase(tokens, after):
                after = None  # "schreibt rote Zahlen": an object, not a speaker
            # "Die Behörden werfen Luna Menschenhandel vor": the accused follows the verb, the accuser precedes it
            accuses = low in ACCUSING and particle(tokens, i, particles) == "vor"
            if before and after and not accuses and not self._is_pronoun(tokens, before) and (
                    tokens[clause_bounds(tokens, i)[0]].lower in FRONTED_PREPOSITIONS
                    or (self._named(after) and not self._named(before) and not self._role_in(tokens, before)
                        and not self._documentary(tokens, before))  # ("Umfragen, die …, sehen Zapatero vorne")
                    or self._disagrees(tokens, before, i) or self._counted(tokens, before) or rejects
                    or self._nominative_pronoun(tokens, after)):
                # ("Jegliche Schuld weist Hartmann von sich": what is rejected comes first; "Gegenüber
                # Spiegel Online berichtete Gordon", "Im Mordfall um X urteilte das Gericht": a clause that
                # opens with a preposition holds one phrase before its verb, and that is not the subject)
                # "Weitere Streiks schloss Oswald nicht aus": the fronted phrase is the object
                yield Found(after[0], after[1], cue, pronoun=self._is_pronoun(tokens, after), acts=acts)
                continue
            if before is None and self.english:
                before = self._english_head_subject(tokens, i)
            if before:
                pronoun = self._is_pronoun(tokens, before)
                named = None if pronoun else self._apposition_name(tokens, before)
                if named and named[1] <= tok.start:
                    before = named  # "hatte der Investor für den Neubau, Larry A. Silverstein, zugesagt"
                yield Found(before[0], before[1], cue, pronoun, speaker_first=True, acts=acts)
                continue
            if self.english and tokens[i - 1].text not in {",", "—", "–"} | QUOTES:
                continue  # English puts the speaker after the verb only after a quote: "…,” said Okafor
            if after:
                yield Found(after[0], after[1], cue, pronoun=self._is_pronoun(tokens, after), acts=acts)

    def _shows_that(self, tokens: list[Token], i: int, before: tuple[int, int] | None) -> bool:
        """"Die Studie zeigt …", "X zeigte, dass …": showing states something when a study, data or
        a report shows it, or when a clause ("dass", "wie", "ob", a colon) says what is shown."""
        if before and (self._documentary(tokens, before) or self._research(tokens, before)):
            return True
        after = self._subject_after(tokens, i) if not self.english and before is None else None
        if after and (self._documentary(tokens, after) or self._research(tokens, after)):
            return True  # "Das zeigen Zahlen des Amtes"; with a subject before the verb, it is the object
        return any(t.lower in ("dass", "wie", "ob", "that", "how") or t.text == ":" for t in tokens[i + 1 :])

    @staticmethod
    def _only_with_whom(tokens: list[Token], i: int) -> bool:
        """"Die Polizei hat mit der Freundin gesprochen": a talk with someone, nothing said in the clause
        (no "von", "über", colon, quote or "dass" follows)."""
        lo, hi = clause_bounds(tokens, i)
        words = [t.lower for t in tokens[lo:hi]]
        said = hi < len(tokens) and tokens[hi].text in (":", ",") or any(t in QUOTES for t in words) \
            or any(w in ("von", "vom", "über", "davon", "darüber", "dass") for w in words)
        return "mit" in words and not said

    @staticmethod
    def _court_rules(tokens: list[Token], i: int) -> bool:
        """A court as the subject and the ruling after a colon or "dass": "Der Gerichtshof hat entschieden: …"."""
        lo, hi = clause_bounds(tokens, i)
        court = any(t.lower.endswith(COURT_NOUNS) or t.text in ("IGH", "EuGH", "BGH", "BVerfG") for t in tokens[lo:hi])
        ruling = any(t.text == ":" or t.lower == "dass" for t in tokens[i + 1 : i + 4])
        return court and ruling

    @staticmethod
    def _reflexive(tokens: list[Token], i: int) -> bool:
        """"sich" right after the verb, or before it where the verb ends its clause."""
        lo, hi = clause_bounds(tokens, i)
        return (i + 1 < hi and tokens[i + 1].lower == "sich") or any(t.lower == "sich" for t in tokens[lo:i])

    @staticmethod
    def _state_passive(tokens: list[Token], i: int) -> bool:
        """A participle of saying with "ist"/"sind" closing its main clause: verbs of saying make their perfect
        with "haben", so "sind … angekündigt" states what was announced, and its subject is the content."""
        lo, hi = clause_bounds(tokens, i)
        words = {t.lower for t in tokens[lo:i]}
        return hi == i + 1 and tokens[i].lower in SPEECH_PARTICIPLES and bool(words & {"ist", "sind", "war", "waren"}) \
            and not words & (PASSIVE_AUXILIARIES | HAVE_AUXILIARIES | {"habe"}) \
            and tokens[lo].lower not in SUBORDINATORS | {"dass", "wie"} \
            and not (lo > 0 and tokens[lo].lower in RELATIVE_PRONOUNS)  # (a relative clause: "…, die … angekündigt sind")

    @staticmethod
    def _verb_last(tokens: list[Token], i: int) -> bool:
        """Does verb ``i`` close a clause opened by a conjunction ("obwohl …, weil …, dass …")?"""
        lo, hi = clause_bounds(tokens, i)
        return hi == i + 1 and tokens[lo].lower in SUBORDINATORS | {"dass", "that"}

    @staticmethod
    def _closes_with(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
        """Does the clause of verb ``i`` end with ``words`` ("weist … von sich")?"""
        _, hi = clause_bounds(tokens, i)
        end = hi
        while end > i and not tokens[end - 1].word:
            end -= 1
        return end - len(words) > i and tuple(t.lower for t in tokens[end - len(words) : end]) == words

    def _not_saying(self, tokens: list[Token], i: int) -> bool:
        """Forms of verbs of saying used in another sense: "sehen … vor" (provide for), "zu sehen" (visible),
        "hielten sie … fest" (held, not stated: stating needs the clause it states), "auch X genannt" (named)."""
        low = tokens[i].lower
        if i > 0 and tokens[i - 1].lower == "zu" and not low.startswith("zu"):
            return True  # "zu sehen", "zu sagen": an infinitive says nothing
        if low.endswith("en") and i + 1 < len(tokens) and tokens[i + 1].lower in _MODALS_AFTER:
            return True  # "Demonstranten, die protestieren wollten": an infinitive before its modal
        if low in ("geltend", "deutlich", "klar", "verantwortlich"):
            # only "hat deutlich gemacht", "hatte klar gestellt"; "hat die Wahl klar gewonnen",
            # "versäumt, Ansprüche geltend zu machen" say nothing
            return not (i + 1 < len(tokens) and tokens[i + 1].lower in ("gemacht", "gestellt"))
        lo, hi = clause_bounds(tokens, i)
        words = {t.lower for t in tokens[lo:hi]}
        if hi == i + 1 and low.endswith("en") and words & _INTENT_MODALS:
            return True  # "Die Regierung will die Bevölkerung per Radio informieren": an intention, nothing said yet
        negation = i - 2 if low == "gegeben" else i - 1  # ("nicht bekannt gegeben": the particle stands between)
        if low in _NOT_SAID_PARTICIPLES and negation >= 0 and tokens[negation].lower in ("nicht", "kein", "keine"):
            return True  # "Von der Fluggesellschaft wurden die Angaben noch nicht bestätigt": nothing said yet
        if low in ("bezeichnet", "bezeichnete", "nennt", "nannte") and i + 1 < len(tokens) and tokens[i + 1].lower == "man":
            return True  # "Als Lichtjahr bezeichnet man die Strecke …": a definition, nobody's statement
        if low in ("sagte", "sagten", "sagt", "sagen") and self._closes_with(tokens, i, ("ab",)):
            return True  # "Ihre Teilnahme sagten sie ab": a cancellation, an act
        if low in ("ergab", "ergaben", "ergibt", "ergeben") and i + 1 < len(tokens) and tokens[i + 1].lower == "sich":
            return True  # "Der Gesuchte ergab sich der Polizei": surrendered, not a finding
        if low in ("gab", "gaben", "gibt", "geben") and "sich" in words and "als" in words \
                and self._closes_with(tokens, i, ("aus",)):
            return True  # "Die Ermittler gaben sich als Kuriere aus": pretending, not stating
        if i > 0 and tokens[i - 1].lower in _ARTICLES_BEFORE_ATTRIBUTES and low.endswith(("te", "ten", "tem", "ter", "tes")) \
                and i + 1 < len(tokens) and tokens[i + 1].capitalised and not (i >= 2 and tokens[i - 2].text == ","):
            return True  # "mit einer bestätigten Höchstgeschwindigkeit": an attribute, not a verb ("Das erklärte X" is one)
        if low in ("darstellt", "darstellen", "darstellte", "darstellten") and tokens[lo].lower != "wie":
            return True  # "das die Grundlage der Notenbank darstellt": is, not says ("wie X es darstellte" says)
        if low.startswith("verurteil") and (words & {"wegen", "haft", "jahren", "monaten", "geldstrafe", "bewährung",
                                                     "gericht", "richter", "richterin", "schlägen", "strafe"}
                                            or any(w.endswith("gericht") for w in words)):
            return True  # "wegen Mordes verurteilt", "Londoner Gericht verurteilt …": a sentence passed
        if low in ("stellt", "stellte", "stellen", "stellten") and self._closes_with(tokens, i, ("dar",)):
            return True  # "stellt einen Indikator dar": is, not says
        if low == "geschrieben" and i + 1 < len(tokens) and tokens[i + 1].lower in ("stand", "steht"):
            return True  # "ein Zettel, auf dem geschrieben stand": what was written there
        if low in ("erwartet", "erwarteten", "erwartete") and i > 0 and tokens[i - 1].lower in ("wie", "als"):
            return True  # "wie erwartet", "schneller als erwartet": a comparison
        if low in ("erwartet", "erwarten") and words & {"anklage", "strafe", "haftstrafe", "geldstrafe", "prozess",
                                                          "verfahren", "redner", "rednerin", "gäste", "besucher"}:
            return True  # "Den Piloten erwartet eine Anklage", "Als Redner werden … erwartet": awaits, not expects
        if i + 1 < len(tokens) and tokens[i + 1].lower == "werden" and words & {"muss", "müssen", "soll", "sollen"}:
            return True  # "muss noch bestätigt werden": what is still to be said, nothing said yet
        if low == "anerkannt" or (low in ("erkannte", "erkannten", "erkennt") and self._closes_with(tokens, i, ("an",))):
            if not any(t.lower == "dass" or t.text in (":", ",") for t in tokens[i + 1 :]):
                return True  # "haben den Kosovo als Staat nicht anerkannt": recognition, an act
        if low.startswith("bestätig") and words & {"urteil", "haftstrafe", "strafe", "freispruch", "todesurteil"} \
                and any(w.endswith(COURT_NOUNS) for w in words):
            return True  # "Das Berufungsgericht bestätigte das Urteil": a ruling, an act
        if low in ("befand", "befanden", "befunden") and "schuldig" in words:
            return True  # "befand den Angeklagten schuldig": a verdict
        if low in ("meinte", "meinten", "meint") and {"es", "gut"} <= words:
            return True  # "Das Wetter meinte es gut"
        if low in ("wies", "wiesen", "weist") and words & LEGAL_MOTIONS and self._closes_with(tokens, i, ("zurück",)):
            return True  # "Das Gericht wies die Klage zurück": a ruling, an act
        if low.startswith("bezeichn") and not any(t.lower in ("als", "as") for t in tokens):
            return True  # "Der Name bezeichnet eine Philosophie": denotes; calling something needs its "als"
        if low.startswith("informier") and not self._verb_last(tokens, i) and not any(
                t.lower in ("dass", "darüber") or t.text == ":" or t.text in QUOTES for t in tokens[i + 1 :]):
            return True  # "Der Veranstalter informierte die Botschaft": an act; "informierte, dass …" states something
        if low == "ergeben" and i + 1 < len(tokens) and tokens[i + 1].lower in ("hat", "haben", "hatte", "hatten", "habe", "hätte"):
            return True  # "…, weil eine Überprüfung ergeben hat, dass …": a reason given, its speaker is the main clause's
        if low in ("verwies", "verwiesen", "verweist") and words & {"landes", "platzes", "saales", "feldes", "schule"}:
            return True  # "hatte die Inspekteure des Landes verwiesen": expelled, not referred to anything
        if low in ("fand", "fanden", "findet", "finden") and self._closes_with(tokens, i, ("statt",)):
            return True  # "Eine Autopsie fand nicht statt": took place, found nothing
        if low in ("sehen", "sieht", "sah", "sahen"):
            # "Auf dem Bild sieht man eine Hand": what one sees, nobody's statement
            return self._closes_with(tokens, i, ("vor",)) or (i + 1 < len(tokens) and tokens[i + 1].lower == "man")
        if low in ("hielt", "hielten", "hält", "halten") and self._closes_with(tokens, i, ("fest",)):
            return not (hi < len(tokens) and tokens[hi].text in (",", ":"))
        # "Profil 1.0, genannt „BRD-Video“", "auch X genannt": a name given; "nicht genannt": nothing said
        return low == "genannt" and (
            tokens[i - 1].text in (",", "(", "“", "”", "«") or tokens[i - 1].lower == "nicht" or "name" in words
            or (i + 1 < len(tokens) and tokens[i + 1].text in QUOTES_OPEN)
            or (i >= 2 and tokens[i - 2].lower in ("auch", "sogenannt", "kurz")))

    @classmethod
    def _said_in_a_frame(cls, tokens: list[Token], i: int) -> bool:
        """A word of ``_SAID_IN_A_FRAME`` that says something here (the word lists leave them out: alone,
        each is mostly something else)."""
        # ("Die Gruppe bekannte sich zu dem Anschlag": whoever claims a deed is the source of that claim)
        return cls._assumed_that(tokens, i) or cls._relies_on(tokens, i) or cls._stated_as_act(tokens, i) \
            or claims_a_deed(tokens, i)

    @staticmethod
    def _assumed_that(tokens: list[Token], i: int) -> bool:
        """"Von den Behörden wird angenommen, dass …": an assumption on record; "Der Antrag wurde
        angenommen" is a vote."""
        return tokens[i].lower == "angenommen" and i + 2 < len(tokens) and tokens[i + 1].text == "," \
            and tokens[i + 2].lower == "dass"

    @staticmethod
    def _stated_as_act(tokens: list[Token], i: int) -> bool:
        """"eine Rückgabe in Aussicht gestellt": a promise, said in a frame around a plain participle.
        ("hatte mit der Begründung abgelehnt, …" was tried: the reason then reads as the claim, and
        the refusal, an act, stopped being one.)"""
        return tokens[i].lower == "gestellt" and i > 0 and tokens[i - 1].lower == "aussicht"

    @staticmethod
    def _relies_on(tokens: list[Token], i: int) -> bool:
        """"Die Bank beruft sich darauf, dass …", "Die Universität berief sich dabei auf Artikel 48":
        whoever invokes a ground asserts what rests on it ("wurde in den Vorstand berufen" has no "sich")."""
        return tokens[i].lower in ("beruft", "berief", "beriefen", "berufen") \
            and any(t.lower == "sich" for t in tokens[i + 1 : i + 3]) and any(
                t.lower in ("auf", "darauf") for t in tokens[i + 1 : i + 6])

    @staticmethod
    def _offers_to_do(tokens: list[Token], i: int) -> bool:
        """An offer to act: a comma after the verb opens the "zu" infinitive ("bot an, … zu senken")."""
        comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
        return comma is not None and any(t.lower == "zu" for t in tokens[comma + 1 :])

    def _subordinate(self, tokens: list[Token], found: Found) -> bool:
        """Is the speaker the subject of a clause opened by "während", "obwohl", …? Then the main
        clause's source, if any, is the one the claim rests on."""
        k = next((k for k, t in enumerate(tokens) if t.start == found.start), 0)
        while k > 0 and tokens[k - 1].lower in self.cues.determiners:
            k -= 1
        return k > 0 and tokens[k - 1].lower in SUBORDINATORS

    @staticmethod
    def _nominative_pronoun(tokens: list[Token], span: tuple[int, int]) -> bool:
        """"Die Tat bezeichnete er als sinnlos": "er" and "man" after the verb can only be its subject."""
        words = [t.lower for t in words_in(tokens, span)]
        return words in (["er"], ["man"])

    @staticmethod
    def _after_quote(tokens: list[Token], i: int) -> bool:
        """"„…“, meinen die beiden Mitglieder": right after a quote and its comma a verb form that is also
        another word ("meinen Angaben") can only be the verb of saying."""
        return i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text in QUOTES

    @staticmethod
    def _auxiliary_before(tokens: list[Token], i: int, subject: tuple[int, int]) -> int | None:
        """The auxiliary of a participle that closes its main clause, where ``subject`` starts after it
        ("X hat … bestätigt", "Y werden … zurückgeführt"; not "…, dass die Polizei … bestätigt hat")."""
        lo, hi = clause_bounds(tokens, i)
        if hi != i + 1 or not tokens[i].lower.startswith(PARTICIPLE_PREFIXES):
            return None
        return next((k for k in range(lo + 1, i) if tokens[k].lower in PERFECT_AND_PASSIVE and tokens[k].end <= subject[0]),
                    None)

    @staticmethod
    def _counted(tokens: list[Token], span: tuple[int, int]) -> bool:
        """"Die Zahl der Toten bezifferte die Agentur mit 13": a number's noun is what is said, not who says it."""
        return any(t.lower in COUNT_HEADS for t in words_in(tokens, span))

    def _disagrees(self, tokens: list[Token], span: tuple[int, int], verb: int) -> bool:
        """A plural noun before a singular verb cannot be its subject: the fronted phrase is the object."""
        words = words_in(tokens, span)
        low = tokens[verb].lower
        return bool(words) and not self.english and words[-1].lower.endswith(SURE_PLURALS) and not low.endswith("n")
