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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ls_factcheck.preannotate.cues import (
    CLAUSE_FINAL_PARTICLES,
    COMBINING_MARKS,
    OPINION_NOUNS,
    REFLEXIVE_PARTICLES,
    ROLE_SUFFIXES,
    Cues,
)

_TOKEN = re.compile(rf"[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|eu|info|tv|fr|uk|ru|it|nl|es)(?![\w.])"
                    rf"|\w[\w{COMBINING_MARKS}\-’'/&]*\.?(?<!\.\.)|[„“”\"»«‚‘’()\[\]]|[^\w\s]")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$")
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ar|at|an|az|ash|bin|ibn|abu|abd)-[A-ZÄÖÜ]")
QUOTES_OPEN = {"„", "“", "»", "«", '"', "‚"}
QUOTES = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}
_CLAUSE_BREAKS = {",", ":", ";", "–", "—", "-", "(", ")"} | QUOTES
# Verbs of evidence rather than speech: a "laut"/"nach Einschätzung" source in the same sentence wins
_EVIDENTIAL = {"zeigt", "zeigen", "zeigte", "ergab", "ergaben", "ergibt", "sieht", "sehen", "erwartet", "erwarten",
               "erwartete", "legte", "legt", "geht", "gehen", "ging"}
_EVIDENCE_VERBS = {"zeigt", "zeigen", "zeigte", "zeigten", "ergab", "ergaben", "ergibt", "legte", "legt",
                   "found", "finds", "showed", "shows", "suggests", "suggested", "concluded", "concludes", "indicates",
                   "indicated"}
# Verbs of evidence that name a source only with a document or researchers as subject: "The study found",
# "fanden die Forschenden"; "Police found a body", "Passanten fanden den Mann" are events
_DOCUMENT_ONLY = {"found", "finds", "showed", "shows", "show", "concluded", "concludes", "fand", "fanden", "findet", "finden",
                  "stießen", "stieß", "entdeckten", "entdeckte", "beobachteten", "beobachtete", "maßen", "gemessen"}
_RESEARCHERS = ("forscher", "forscherin", "forscherinnen", "forschende", "forschenden", "wissenschaftler",
                "wissenschaftlerin", "wissenschaftlerinnen", "autoren", "autorinnen", "team", "teams", "researchers",
                "scientists", "authors")
# Plural endings no singular noun has: "Kündigungen schließt das Unternehmen aus" cannot have them as subject
_SURE_PLURALS = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten")
# What evidence verbs ("zeigt", "ergab", "legt nahe") need as subject to count as a source
_DOCUMENTS = ("studie", "umfrage", "bericht", "analyse", "auswertung", "daten", "zahlen", "statistik", "untersuchung",
              "gutachten", "bilder", "video", "aufnahmen", "dokumente", "unterlagen", "erhebung", "befragung",
              "institut", "instituts", "amt", "survey", "study", "report", "data", "figures", "images", "poll",
              "spiegel", "index", "atlas", "monitor", "barometer", "ranking", "bilanz", "prognose", "review", "audit")
# Nouns of a report or a statement whose owner is the source: "einer Studie des X zufolge", "laut einer
# Umfrage des X", "nach jüngsten Zahlen des X"
_REPORT_NOUNS = {"studie", "umfrage", "bericht", "berichts", "nachricht", "meldung", "meldungen", "analyse", "auswertung", "untersuchung", "gutachten",
                 "erhebung", "befragung", "statistik", "prognose", "prognosen", "hochrechnung", "hochrechnungen",
                 "mitteilung", "pressemitteilung", "stellungnahme", "erklärung", "einschätzung", "schätzung",
                 "berechnung", "bilanz", "jahresbericht", "lagebericht", "recherche", "recherchen", "messungen",
                 "beobachtungen", "unterlagen", "dokumenten", "dokument", "papier", "positionspapier", "bewertung",
                 "kenntnis", "kenntnisstand", "lesart", "version", "darstellung", "aussage", "aussagen", "zählung",
                 "schreiben", "brief", "vorlage", "protokoll", "antwort", "entwurf", "urteilsbegründung",
                 "anklageschrift", "begründung", "konzept", "strategiepapier",
                 "report", "study", "survey", "poll", "analysis", "estimate", "estimates", "figures", "data"}
# Nouns of a statement made about someone: "Kritik kam von X", "Rückendeckung erhielt Y von X"
_STANCE_NOUNS = {"kritik", "lob", "zustimmung", "widerspruch", "rückendeckung", "rückhalt",
                 "ablehnung", "protest", "proteste", "warnungen", "forderungen", "einwände", "bedenken", "beifall",
                 "applaus", "dementi", "widerstand", "tadel", "vorwürfe", "appelle", "drohungen"}
_STANCE_VERBS = {"kam", "kamen", "kommt", "kommen", "erhielt", "erhielten", "erhält", "erhalten", "bekam", "bekamen",
                 "bekommt", "erntete", "ernteten", "erntet", "gab", "gibt", "hagelte", "hagelt", "äußerte", "äußerten"}
# "beantragte drei Jahre Haft": a sentence demanded in court is a statement; "beantragte Fördermittel" is an act
_SENTENCE_DEMAND = ("haft", "strafe", "freispruch", "bewährung", "verwahrung", "sozialstunden")
_DEMAND_VERBS = {"beantragte", "beantragten", "beantragt"}
# "Aus Koalitionskreisen hieß es", "Beim Verband heißt es", "hieß es in dem Bericht"
# "hält X für unrealistisch", "hielt den Plan für richtig": a judgement on record
_JUDGING = {"hält", "halten", "hielt", "hielten"}
# "Einen Rücktritt lehnte er ab" is a statement only with a statement object or a speech frame in the clause;
# "lehnte den Antrag ab" is a vote, an act
_REFUSAL_VERBS = {"lehnte", "lehnten", "lehnt"}
_REFUSAL_OBJECTS = ("rücktritt", "forderung", "forderungen", "vorwurf", "vorwürfe", "kritik", "stellungnahme",
                    "kommentar", "verantwortung", "spekulationen", "darstellung", "entschuldigung", "schuld")
_SPEECH_FRAMES = ("interview", "rede", "ansprache", "pressekonferenz", "erklärung", "mitteilung", "anfrage", "gespräch",
                  "stellungnahme", "schreiben", "brief", "sitzung", "debatte", "talkshow", "sendung")
# Statements relied on by a relay: their owner asserts ("unter Berufung auf eine Mitteilung der Polizei")
_RELIED_STATEMENTS = {"mitteilung", "pressemitteilung", "stellungnahme", "erklärung", "aussage", "aussagen", "äußerungen",
                      "angaben", "antwort", "darstellung", "einschätzung", "schätzung", "schätzungen"}
# What one "geht von … aus" as an estimate: "ging von Kosten von 3 Millionen Euro aus"
_ESTIMATE_NOUNS = ("kosten", "defizit", "fehlbetrag", "schaden", "schäden", "verlust", "verlusten", "einnahmen",
                   "ausgaben", "überschuss", "gewinn", "anstieg", "rückgang", "zuwachs", "wachstum", "bedarf", "summe",
                   "betrag", "teilnehmern", "besuchern", "opfern", "toten", "fällen", "plus", "minus", "zahl", "quote")
# "ein Spiel bestreiten" is playing one, "den Lebensunterhalt bestreiten" paying for it: no denial
_CONTESTS = ("spiel", "spiele", "spiels", "partie", "partien", "match", "matches", "finale", "rennen", "turnier",
             "wettkampf", "wettkämpfe", "einsatz", "einsätze", "lebensunterhalt", "duell", "duelle", "wahlkampf")
# Causes one "geht von … aus" as a stated assumption: "Die Polizei geht von Brandstiftung aus"
_CAUSE_NOUNS = ("brandstiftung", "unfall", "defekt", "fremdverschulden", "suizid", "anschlag", "straftat", "vorsatz",
                "versehen", "tötungsdelikt", "gewaltverbrechen", "einzeltäter", "unglück", "sabotage", "fahrlässigkeit")
# Words inside an outlet's title in quotes: die „Kurier an der Saale“
_TITLE_GLUE = {"am", "an", "der", "die", "das", "dem", "des", "im", "in", "von", "vom", "und", "für", "zur", "zum", "auf"}
_REPORT_ENDINGS = tuple(_REPORT_NOUNS)
# Where a text is published: "Auf der Homepage des Vereins heißt es"
_PUBLISHED_PLACES = ("homepage", "website", "webseite", "internetseite", "blog", "aufruf", "flugblatt", "erklärung",
                     "mitteilung", "schreiben", "brief", "antrag", "beschluss", "urteil", "begründung", "text")
_PHRASE_WORDS = frozenset("""von vom der des in im aus für bei beim am an auf mit zu zur zum und sowie
    oder den dem die das ein eine einer eines einem van de la du al bin""".split())
_PRONOMINAL_ADVERB = re.compile(r"^(?:da|hier|wo)r?(?:auf|über|für|gegen|von|aus|zu|mit|nach|bei|in|an|um|unter|vor|durch)$")
# The verbs of saying a sentence-initial phrase is taken as the speaker of (``_vorfeld``)
_SPEECH_FORMS = frozenset("""sagte sagten sagt erklärte erklärten erklärt teilte teilten betonte betonten betont
    berichtete berichteten berichtet schrieb schrieben schreibt fragte fragten fragt nannte nannten nennt bezeichnete
    bezeichneten bezeichnet warnte warnten warnt kritisierte kritisierten kritisiert forderte forderten fordert
    lautete lautet meldete meldeten meldet bestätigte bestätigten bestätigt dementierte dementierten räumte räumten
    wies wiesen gab gaben kündigte kündigten rief riefen verkündete verkündeten verkündet kommentierte
    gesagt erklärt mitgeteilt betont berichtet geschrieben gefragt genannt bezeichnet gewarnt kritisiert gefordert
    gemeldet bestätigt dementiert eingeräumt zurückgewiesen bekanntgegeben angekündigt verkündet aufgerufen
    angeregt gebeten zugesagt versprochen beschuldigt vorgeworfen erwidert entgegnet ergänzt hinzugefügt
    erwiderte entgegnete ergänzte fügte unterstrich versicherte versichert beteuerte beteuert behauptete behauptet""".split())
_SPEECH_PARTICIPLES = frozenset("""erklärt mitgeteilt betont berichtet bezeichnet kritisiert bestätigt dementiert
    eingeräumt zurückgewiesen bekanntgegeben angekündigt verkündet aufgerufen angeregt zugesagt versprochen beschuldigt
    vorgeworfen erwidert entgegnet ergänzt hinzugefügt versichert beteuert behauptet""".split())
# Words that open the sentence with something else than its subject
_VORFELD_OPENERS = {"am", "im", "in", "nach", "laut", "bei", "beim", "mit", "für", "auf", "aus", "von", "vom", "zu", "zum",
                    "zur", "seit", "es", "so", "dann", "weiter", "auch", "zudem", "außerdem", "dabei",
                    "dazu", "damit", "hier", "dort", "jetzt", "heute", "gestern", "nun", "wie", "als", "wenn", "während",
                    "obwohl", "nachdem", "bereits", "erst", "noch", "doch", "aber", "und", "denn", "daher", "deshalb",
                    "trotzdem", "allerdings", "jedoch", "zuvor", "später", "zunächst", "vor", "gegen", "unter", "über",
                    "durch", "ohne", "um", "an", "anfang", "ende", "mitte", "diesen", "dieses", "diese", "dieser",
                    "insbesondere", "vor allem", "gegenüber", "angesichts", "wegen", "trotz", "ob", "was", "wer", "welche"}
_TIME_ADVERBS = {"gestern", "heute", "vorgestern", "zuvor", "damals", "kürzlich", "zuletzt", "später", "morgens", "abends",
                 "inzwischen", "mittlerweile", "nochmals", "wiederholt", "jüngst", "unlängst", "bislang"}
_POSSESSIVE_OWNERS = {"seiner", "ihrer", "seinen", "ihren", "unserer", "eigener", "eigenen"}
_HEARSAY_PLACES = {"aus", "in", "im", "bei", "beim", "von", "vom", "seitens", "auf"}
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
_STATEMENT_COMPOUNDS = ("angaben", "schätzungen", "informationen", "berichten", "erkenntnissen", "berechnungen",
                        "meinung", "einschätzung")
_POSSESSIVES = {"seinen", "ihren", "seiner", "ihrer", "unseren", "unserer", "meinen", "meiner", "seinem", "ihrem",
                "unserem", "meinem", "dessen", "deren", "his", "her", "their", "our", "my"}
# Heads of a described source that may carry a place after them: "Quellen im Ministerium bestätigten"
_GROUP_SPEAKERS = {"quellen", "kreise", "kreisen", "vertreter", "vertreterin", "mitarbeiter", "mitarbeiterin", "insider",
                   "beamte", "beamter", "ermittler", "diplomaten", "stimmen", "fachleute", "teilnehmer", "mitglieder",
                   "officials", "sources", "spokesperson", "spokesman", "spokeswoman", "representatives",
                   "representative", "staff", "members", "investigators", "researchers", "scientists"}
# Heads that make a place after "in"/"im" a source of "hieß es" ("im Ministerium hieß es")
_INSTITUTION_ENDINGS = ("kreisen", "kreise", "umfeld", "lager", "partei", "fraktion", "rathaus", "verwaltung",
                        "ministerium", "amt", "behörde", "regierung", "verband", "polizei", "gericht", "unternehmen",
                        "konzern", "haus", "zentrale", "vorstand", "leitung", "kammer", "senat", "präsidium")
_CALENDAR = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
_TEMPORAL = _CALENDAR | {"anschluss", "vorfeld", "nachgang", "verlauf", "laufe", "jahr", "vorjahr", "frühjahr", "sommer",
                         "herbst", "winter", "abend", "morgen", "mittag", "nacht", "wochenende"}
# A time before the verb is no speaker: "Ende Januar verkündete der Verband"
_TIME_NOUNS = _CALENDAR | {"ende", "anfang", "mitte", "beginn", "anfangs", "sonnabend"}
# Adverbs that may open a clause before the verb, the speaker after it: "Weiter sagte der Journalist"
_LINKING_ADVERBS = {"weiter", "ferner", "zudem", "außerdem", "dabei", "daraufhin", "anschließend", "später", "dann",
                    "so", "ebenso", "gleichzeitig", "zugleich", "indes", "jedoch", "allerdings", "dazu", "hierzu"}
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
    # Read hundreds of thousands of times per batch: computed once, not per access.
    lower: str = field(init=False, repr=False)
    capitalised: bool = field(init=False, repr=False)
    word: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.capitalised = self.text[:1].isupper()
        self.word = self.text[:1].isalnum()


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
        self.owner_nouns = _REPORT_NOUNS | cues.statement_nouns  # nouns whose owner is the source

    # --- entry ------------------------------------------------------------------------------

    def find(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """The source of one sentence; ``names`` are the PER/ORG spans the NER model found in it."""
        self._names = list(names)
        inside = inside_quotes(tokens)
        relied_on = self._relied_on(tokens, inside)
        if relied_on is not None:
            return relied_on  # "berichtete die Agentur X unter Berufung auf Y": Y is the one who asserts it
        speaker = self._reporting_verb(tokens, inside)
        if speaker is not None and speaker.speaker_first and not speaker.pronoun \
                and speaker.cue.split()[0] not in _EVIDENTIAL and not self._subordinate(tokens, speaker):
            # "Das Ministerium bezeichnete X laut Norpress als ...": the speaker, not the outlet relaying it
            return speaker
        for finder in (self._preposition, self._postposition, self._as_reported, self._statement_owner,
                       self._hearsay_place, self._stance):
            found = finder(tokens, inside)
            if found:
                return found
        return speaker or self._so(tokens, inside) or self._back_reference(tokens, inside) or self._own_view(tokens, inside) \
            or self._judged_by(tokens, inside) or self._of_the_view(tokens, inside)

    def _of_the_view(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Die DSW ist der Ansicht, dass …": the subject of "ist der Ansicht/Meinung/Auffassung"."""
        for i, tok in enumerate(tokens[:-2]):
            if inside[i] or tok.lower not in ("ist", "sind", "war", "waren") or tokens[i + 1].lower != "der" \
                    or tokens[i + 2].lower not in OPINION_NOUNS:
                continue
            span = self._subject_before(tokens, i)
            if span:
                return Found(span[0], span[1], f"{tok.lower} der {tokens[i + 2].text}")
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
        if not any(t.capitalised and t.lower.endswith(ROLE_SUFFIXES) for t in tokens[start:copula]):
            return None
        return Found(span[0], span[1], "für … " + tokens[copula].lower)

    def _own_view(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Seiner Meinung nach", "ihren Angaben nach": the owner is the one named before. A speaker the
        sentence names ("erklärte el-Baradei, Nordkorea besitze seiner Meinung nach …") comes first."""
        for i, tok in enumerate(tokens):
            if not inside[i] and tok.lower == "nach" and i >= 2 and tokens[i - 1].lower in self.owner_nouns \
                    and tokens[i - 2].lower in _POSSESSIVE_OWNERS:
                return Found(tokens[i - 2].start, tokens[i - 1].end, "… nach", pronoun=True)
        return None

    def find_all(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> list[Found]:
        """Every source a sentence names, the one ``find`` picks for its claim first: "nach Angaben der
        Veranstalter 7.000, die Polizei spricht von 4.000" names two."""
        primary = self.find(tokens, names)
        found = [primary] if primary else []
        inside = inside_quotes(tokens)
        candidates = [finder(tokens, inside) for finder in (self._preposition, self._postposition, self._as_reported,
                                                             self._statement_owner, self._own_view)]
        for candidate in [*candidates, *self._speakers(tokens, inside)]:
            if candidate is not None and not any(candidate.start < f.end and f.start < candidate.end for f in found):
                found.append(candidate)
        return found

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
                lo, hi = _clause_bounds(tokens, i)
                auf = next((k for k in range(i + 2, hi) if tokens[k].lower == "auf" and not inside[k]), None)
                if auf is None or self._relies_on_document(tokens, auf + 1):
                    return None
                span = self._owner_or_np(tokens, auf + 1)
                if span:
                    return Found(span[0], span[1], "beruft sich auf")
        return None

    def _relies_on_document(self, tokens: list[Token], j: int) -> bool:
        """A document relied on ("interne Unterlagen", "einen Entwurf des Ministeriums") leaves the relay as the
        one who asserts; a statement ("eine Mitteilung der Polizei", "Angaben der Behörde") or a speaker does not."""
        k = self._skip_modifiers(tokens, j)
        if k >= len(tokens):
            return False
        head = tokens[k].lower
        if head in self.cues.statement_nouns or head in _RELIED_STATEMENTS:
            return False
        return head in _REPORT_NOUNS or head.endswith(_DOCUMENTS)

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
            if (low in ("laut", "gemäß", "nach") or (low == "aus" and tokens[i + 1 : i + 2] and tokens[i + 1].lower == "sicht")) \
                    and i + 1 < len(tokens):
                # "laut einer Umfrage des Instituts X", "nach jüngsten Berechnungen der Kammer": the owner
                k = self._skip_modifiers(tokens, i + 1)
                if k < len(tokens) and tokens[k].lower in self.owner_nouns \
                        and tokens[k].capitalised and k + 1 < len(tokens) and tokens[k + 1].lower in ("des", "der", "von", "vom"):
                    found = self._owner_of(tokens, k, f"{low} {tokens[k].text}")
                    if found:
                        return found
            if low in ("laut", "gemäß", "citing") or (
                low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to"
            ):
                j = i + 2 if low == "according" else i + 1
                if low == "gemäß" and j < len(tokens) and tokens[j].lower in self.cues.statement_nouns:
                    return self._owner_of(tokens, j, low)
                k = self._skip_modifiers(tokens, j)
                if low == "according" and k + 1 < len(tokens) and tokens[k].lower in _REPORT_NOUNS \
                        and tokens[k + 1].lower in ("by", "of", "from"):
                    found = self._owner_of(tokens, k, "according to")  # "according to a report by the auditor"
                    if found:
                        return found
                span = self._np_forward(tokens, j)
                if span:
                    return Found(span[0], span[1], "according to" if low == "according" else low)
            if low == "nach" and i + 2 < len(tokens) and tokens[i + 1].lower == "eigenen" \
                    and tokens[i + 2].lower in self.cues.statement_nouns:
                # "Eine Initiative hat nach eigenen Angaben …": the subject speaks for itself
                opening = self._opening_speaker(tokens, len(tokens))
                if opening:
                    return Found(opening[0], opening[1], "nach eigenen Angaben")
            if low in ("nach", "laut") and i + 2 < len(tokens) and tokens[i + 1].lower in _POSSESSIVES \
                    and tokens[i + 2].lower in self.owner_nouns:
                # "Nach ihren Angaben", "Laut seinen Aussagen": the possessive stands for the source named before
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"{low} {tokens[i + 1].lower} {tokens[i + 2].text}", pronoun=True)
            if low in ("nach", "laut") and i + 1 < len(tokens) and tokens[i + 1].lower.endswith(_STATEMENT_COMPOUNDS) \
                    and tokens[i + 1].lower not in self.cues.statement_nouns:
                # "Nach Polizeiangaben", "laut Behördenangaben": the compound names the source
                return Found(tokens[i + 1].start, tokens[i + 1].end, f"{low} {tokens[i + 1].text}")
            if low == "nach" and i + 1 < len(tokens) and tokens[i + 1].lower in self.cues.statement_nouns:
                found = self._owner_of(tokens, i + 1, "nach Angaben" if tokens[i + 1].lower == "angaben" else f"nach {tokens[i + 1].text}")
                if found:
                    return found
            if low in ("nach", "laut") and i + 1 < len(tokens):
                # "Nach einer norwegischen Studie", "nach offiziellen Angaben", "laut ersten Erkenntnissen":
                # a document or a statement with no owner named is the source as it stands
                k = self._skip_modifiers(tokens, i + 1)
                while k < len(tokens) and (adjective(tokens[k]) or tokens[k].lower in self.cues.determiners):
                    k += 1
                if k < len(tokens) and k > i + 1 and tokens[k].capitalised and (
                        tokens[k].lower in self.owner_nouns or tokens[k].lower in _REPORT_NOUNS):
                    return Found(tokens[i + 1].start, tokens[k].end, f"{low} {tokens[k].text}")
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
            if i > 0 and tokens[i - 1].text not in (",", "(") and i != 0:
                continue
            first = i + 1  # where the speaker's phrase opens
            if first < len(tokens) and tokens[first].lower in ("schon", "bereits", "auch", "zuvor", "zuletzt", "kürzlich"):
                first += 1  # "Wie schon die WHO sagte"
            commas = 0
            for k in range(first + 1, min(len(tokens), first + 23)):
                low = tokens[k].lower
                commas += tokens[k].text == ","
                # "Wie Ina Roth, Sprecherin der Stadt, mitteilte": an apposition between its commas
                if tokens[k].text in (".", ")") or commas > 2 or (commas and k > first + 13):
                    break
                if low in self.cues.reporting_verbs or low in ("mitteilte", "mitteilten", "bekanntgab", "meldete", "hinwies",
                                                               "hervorgeht", "hervorging", "hervorgehen"):
                    if tokens[first].lower == "aus" if first < len(tokens) else False:
                        span = self._owner_or_np(tokens, first + 1)  # "wie aus dem Bericht hervorgeht"
                        if span and span[1] <= tokens[k].start:
                            return Found(span[0], span[1], f"wie aus … {low}")
                        break
                    span = self._np_forward(tokens, first)
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

    def _hearsay_place(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Aus Koalitionskreisen hieß es", "Beim Verband heißt es", "hieß es im Ministerium",
        "verlautete aus der Parteizentrale": the place the statement came from is its source."""
        for i, tok in enumerate(tokens):
            heard = tok.lower == "hören" and i > 0 and tokens[i - 1].lower == "zu"  # "Aus der Regierung ist zu hören"
            written = tok.lower in ("steht", "stand") and not tok.capitalised  # "In dem Bericht steht, dass …"
            if inside[i] or (tok.lower not in ("hieß", "heißt", "verlautete", "verlautet") and not heard and not written):
                continue
            lo, hi = _clause_bounds(tokens, i)
            for k in range(lo, hi):
                prep = tokens[k].lower
                if k == i or prep not in _HEARSAY_PLACES or inside[k]:
                    continue
                span = self._owner_or_np(tokens, k + 1)
                if not span or span[1] > tokens[hi - 1].end:
                    continue
                words = [t.lower for t in tokens if span[0] <= t.start and t.end <= span[1]]
                if words[0] in _TEMPORAL or words[-1] in _TEMPORAL:
                    continue  # "Im Mai hieß es": a time, not a place
                quoted = any(t.text in QUOTES_OPEN and t.end <= span[0] and t.start >= tokens[k].start for t in tokens[k + 1 : k + 4])
                # "Auf der Homepage des Vereins heißt es": the text it stands in, whoever owns it
                phrase = [t.lower for t in tokens[k + 1 : hi] if t.end <= span[1]]
                text_place = any(w.endswith(_PUBLISHED_PLACES) or w.endswith(_REPORT_ENDINGS) for w in phrase)
                if written and (prep not in ("in", "im", "auf") or not text_place):
                    continue  # "steht" only with the text it stands in: "In einem Jahresbericht steht"
                if prep in ("in", "im", "auf") and not self._named(span) and not words[-1].endswith(_INSTITUTION_ENDINGS) \
                        and words[-1] not in _REPORT_NOUNS and not text_place \
                        and not quoted:  # "Im „Kurier an der Saale“ heißt es"
                    continue
                return Found(span[0], span[1], f"{tok.lower} {prep}" if written else f"{tok.lower} es {prep}")
        return None

    def _stance(self, tokens: list[Token], inside: list[bool]) -> Found | None:
        """"Kritik kam von der Opposition", "Rückendeckung erhielt sie von X": a statement named by its noun."""
        for i, tok in enumerate(tokens):
            if inside[i] or not tok.capitalised or tok.lower not in _STANCE_NOUNS:
                continue
            lo, hi = _clause_bounds(tokens, i)
            if not any(tokens[k].lower in _STANCE_VERBS for k in range(lo, hi)):
                continue
            for k in range(lo, hi):
                if tokens[k].lower in ("von", "vom", "seitens") and not inside[k]:
                    span = self._np_forward(tokens, k + 1)
                    if span and span[1] <= tokens[hi - 1].end:
                        return Found(span[0], span[1], f"{tok.text} von")
        return None

    def _skip_modifiers(self, tokens: list[Token], k: int) -> int:
        """The first token after articles and adjectives: "einer neuen Studie" -> "Studie"."""
        while k < len(tokens) and (tokens[k].lower in self.cues.determiners or adjective(tokens[k])
                                   or tokens[k].lower in ("jüngsten", "neuesten", "aktuellen", "vorläufigen", "ersten",
                                                          "eigenen", "offiziellen", "internen")):
            k += 1
        return k

    def _owner_or_np(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """The noun phrase at ``j``, or the owner of a report noun there ("dem Bericht der Kommission")."""
        k = self._skip_modifiers(tokens, j)
        if k < len(tokens) and tokens[k].lower in self.owner_nouns and k + 1 < len(tokens) \
                and tokens[k + 1].lower in ("des", "der", "von", "vom"):
            owner = self._owner_of(tokens, k, "")
            if owner:
                return owner.start, owner.end
        return self._np_forward(tokens, j)

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
                             and low != "ausgegangen"):
                continue
            if tok.capitalised:
                continue  # a capitalised word is a noun ("Berichten zufolge") or opens a question
            particles = self.cues.separable.get(low)
            if particles and not _particle_in_clause(tokens, i, particles, before=low in _RESULT_VERBS or low == "erhoben") \
                    and not (i > 0 and tokens[i - 1].lower in particles and tokens[i - 1].lower not in ("an", "zu", "vor", "aus", "ein")):
                continue  # "wie das Präsidium bekannt gab": the particle before the verb at a clause's end
            if low.startswith(("schreib", "schrieb")) and any(t.lower in ("zahlen", "geschichte") for t in tokens[i + 1 : i + 6]):
                continue  # "schreibt rote Zahlen", "schrieb Geschichte": idioms, not writing
            if low.startswith(("bestreit", "bestritt")) and any(
                    t.lower.endswith(_CONTESTS) for t in tokens[max(0, i - 4) : i + 8] if t.capitalised):
                continue  # "bestreitet das Heimspiel", "bestritt 30 Partien": playing, not denying
            if low in ("posted", "posts", "postete", "posteten") and any(t.lower in (
                    "loss", "losses", "profit", "profits", "gain", "gains", "record", "revenue", "revenues", "deficit",
                    "surplus", "decline", "increase", "verlust", "gewinn") for t in tokens[i + 1 : i + 6]):
                continue  # "posted a loss of $3 million": a result, not a post
            if low in ("sprach", "sprachen", "spricht", "gesprochen") and any(
                    t.lower in ("schuldig", "frei", "heilig", "selig") for t in tokens[i - 1 : i + 12] if t.word):
                continue  # "sprach den Mann frei", "hat ihn schuldig gesprochen": a verdict, an act
            if low in _JUDGING and not _particle_in_clause(tokens, i, particles - {"für"}) and not _judged_as(tokens, i):
                continue  # "hält diese Zahl für unrealistisch" judges; "hält für Notfälle einen Raum bereit" does not
            if low in _DEMAND_VERBS and not any(t.lower.endswith(_SENTENCE_DEMAND) and not t.lower.endswith("schaft")
                                                for t in tokens):
                continue  # "beantragte Fördermittel" is an act; "beantragte drei Jahre Haft" a statement in court
            if low in _REFUSAL_VERBS:
                lo, hi = _clause_bounds(tokens, i)
                words = [t.lower for t in tokens[lo:hi]]
                if not any(w.endswith(_REFUSAL_OBJECTS) or w.endswith(_SPEECH_FRAMES) for w in words):
                    continue  # "lehnte den Antrag ab": a vote; "lehnte einen Rücktritt ab": a statement
            if low in ("lautete", "lautet", "lauteten") and not (i + 1 < len(tokens) and (tokens[i + 1].text == ":" or tokens[i + 1].text in QUOTES_OPEN)):
                continue  # "Der Text lautete: „…“" quotes; "Die Anklage lautet auf Mord" does not
            if low in ("befand", "befanden", "befindet", "befinden") and any(t.lower == "sich" for t in tokens[max(0, i - 3) : i + 3]):
                continue  # "An Bord befanden sich 40 Menschen": where, not a judgement
            if low in ("zitiert", "zitierte", "zitierten") and i + 1 < len(tokens) and tokens[i + 1].lower not in ("mit", "wird", "wurde"):
                # "Die Zeitung zitierte Präsident X mit den Worten …": the one quoted speaks, the outlet relays
                quoted = self._np_forward(tokens, i + 1)
                nxt = next((k for k, t in enumerate(tokens) if quoted and t.start >= quoted[1]), None)
                if quoted and nxt is not None and tokens[nxt].lower == "mit":
                    yield Found(quoted[0], quoted[1], f"{low} … mit den Worten", self._is_pronoun(tokens, quoted),
                                speaker_first=True)
                    continue
            cue = (low + " " + _particle(tokens, i, particles)).strip() if particles else low
            if low == "ausgegangen":
                if not self._assumed_estimate(tokens, i, before=True):
                    continue  # "war von einem Fehlbetrag ausgegangen" estimates; "Der Strom war ausgegangen" does not
                cue = "von … ausgegangen"
            elif low in ("geht", "gehen", "ging", "gingen") and self._assumed_estimate(tokens, i) \
                    and _particle_in_clause(tokens, i, frozenset({"aus"})):
                cue = low + " von … aus"  # "Die Stadt ging von Kosten von drei Millionen Euro aus": an estimate
            elif low in ("geht", "gehen", "ging", "gingen") and self._assumed_estimate(tokens, i, nouns=_CAUSE_NOUNS) \
                    and _particle_in_clause(tokens, i, frozenset({"aus"})):
                # "Die Ermittler gehen von Brandstiftung aus" is an assumption on record; "Der Brand ging von einem
                # Defekt aus" is the article's own account: only a speaker-like subject counts
                subject = self._subject_before(tokens, i) or self._subject_after(tokens, i)
                if subject is None or not self._speaker_like(tokens, subject):
                    continue
                cue = low + " von … aus"
            elif low in ("geht", "gehen", "ging", "gingen") and any(t.lower == "davon" for t in tokens[i + 1 :]) \
                    and _particle_in_clause(tokens, i, frozenset({"aus"})):
                cue = low + " davon aus"  # "Die Polizei geht davon aus, dass …": a stated assumption
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
                if opening:
                    yield Found(opening[0], opening[1], cue, self._is_pronoun(tokens, opening), speaker_first=True)
                continue
            # "wie das Präsidium bekannt gab": the subject ends before the particle
            at = i - 1 if particles and i > 0 and tokens[i - 1].lower in particles else i
            before = (self._subject_before(tokens, at) or self._apposition(tokens, at) or self._subject_of_perfect(tokens, i)
                      or self._passive_quote(tokens, i) or self._before_relative_clause(tokens, at)
                      or (None if self.english else self._vorfeld(tokens, i)))
            if low in _DOCUMENT_ONLY and self.english and before is None:
                before = self._english_bare_subject(tokens, i)  # "…, state figures show."
            if low in _DOCUMENT_ONLY:
                after_subject = self._subject_after(tokens, i) if not self.english else None
                subject = before if before and not (after_subject and self._research(tokens, after_subject)) else after_subject
                if not subject or not (self._documentary(tokens, subject) or self._research(tokens, subject)):
                    continue  # "The study found …" is a source; "Police found a body" is an event
                if subject is after_subject:
                    subject = self._cut_after_researchers(tokens, subject)
                yield Found(subject[0], subject[1], low, speaker_first=subject is before)
                continue
            reflexive = i + 1 < len(tokens) and tokens[i + 1].lower == "sich"  # "zeigte sich zufrieden": a stance
            if low in _EVIDENCE_VERBS and not reflexive and before and not self._named(before) \
                    and not self._documentary(tokens, before) and not self._is_pronoun(tokens, before):
                continue  # "Der Fall zeigt, wie …": evidence needs a study, data or a named source behind it
            after = self._subject_after(tokens, i)
            if after and not self._named(after) and low.startswith(("schreib", "schrieb", "zeig", "meld", "stell", "leg", "nenn", "nann"))\
                    and self._bare_adjective_phrase(tokens, after):
                after = None  # "schreibt rote Zahlen": an object, not a speaker
            if before and after and not self._is_pronoun(tokens, before) and (
                    (self._named(after) and not self._named(before)) or self._disagrees(tokens, before, i)):
                # "Weitere Streiks schloss Oswald nicht aus": the fronted phrase is the object
                yield Found(after[0], after[1], cue)
                continue
            if before is None and self.english:
                before = self._english_head_subject(tokens, i)
            if before:
                yield Found(before[0], before[1], cue, self._is_pronoun(tokens, before), speaker_first=True)
                continue
            if self.english and tokens[i - 1].text not in {",", "—", "–"} | QUOTES:
                continue  # English puts the speaker after the verb only after a quote: "…,” said Okafor
            if after:
                yield Found(after[0], after[1], cue, pronoun=self._is_pronoun(tokens, after))

    def _speaker_like(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        """A person, an authority or a group that can state something: "die Ermittler", "die Polizei"."""
        words = [t.lower for t in tokens if span[0] <= t.start and t.end <= span[1]]
        head = words[-1] if words else ""
        return self._named(span) or head in _GROUP_SPEAKERS or head.endswith(ROLE_SUFFIXES) \
            or head.endswith(_INSTITUTION_ENDINGS) or head.endswith(("anwaltschaft", "feuerwehr", "experten", "gutachter"))

    def _assumed_estimate(self, tokens: list[Token], i: int, before: bool = False,
                          nouns: tuple[str, ...] = ()) -> bool:
        """"ging von Kosten in Höhe von … aus", "war von einem Fehlbetrag … ausgegangen": "von" with an
        estimated amount in the verb's clause (not "Die Gefahr ging von dem Gebäude aus")."""
        lo, hi = _clause_bounds(tokens, i)
        for k in range(lo if before else i + 1, hi):
            if tokens[k].lower in ("von", "vom"):
                m = self._skip_modifiers(tokens, k + 1)
                if m < hi and tokens[m].lower.endswith(nouns or _ESTIMATE_NOUNS):
                    return True
        return False

    def _research(self, tokens: list[Token], span: tuple[int, int]) -> bool:
        words = [t.lower for t in tokens if span[0] <= t.start and t.end <= span[1]]
        return any(w.endswith(_RESEARCHERS) for w in words)

    def _cut_after_researchers(self, tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """"fanden die Forschenden Mikroplastik": the noun run after the researchers is the object."""
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1]]
        last = next((t for t in words if t.lower.endswith(_RESEARCHERS)), None)
        return (span[0], last.end) if last is not None else span

    def _disagrees(self, tokens: list[Token], span: tuple[int, int], verb: int) -> bool:
        """A plural noun before a singular verb cannot be its subject: the fronted phrase is the object."""
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1]]
        low = tokens[verb].lower
        return bool(words) and not self.english and words[-1].lower.endswith(_SURE_PLURALS) and not low.endswith("n")

    def _before_relative_clause(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Councillor Derek Mills, who voted against the plan, argued": the subject before a relative clause."""
        if i < 4 or tokens[i - 1].text != ",":
            return None
        comma = next((k for k in range(i - 2, 0, -1) if tokens[k].text == ","), None)
        if comma is None or i - comma > 20 or tokens[comma + 1].lower not in (
                "who", "which", "der", "die", "das", "welche", "welcher", "dessen", "deren"):
            return None
        return self._subject_before(tokens, comma)

    def _english_bare_subject(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"…, state figures show": a short noun phrase without article ending in a document noun."""
        lo = i
        while lo > 0 and tokens[lo - 1].word and tokens[lo - 1].lower not in self.cues.stop_words:
            lo -= 1
        if lo == i or i - lo > 4 or not tokens[i - 1].lower.endswith(_DOCUMENTS):
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
        if participle != 0 or any(t.lower in self.cues.finite_verbs or t.lower in _EN_STOP for t in rest[1:]
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
        words = [t for t in tokens if span[0] <= t.start and t.end <= span[1]]
        return not words[-1].lower.endswith(ROLE_SUFFIXES)

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
                if end_index + 1 >= len(tokens) or tokens[end_index + 1].text in (",", ".", ":", ";", "–") \
                        or tokens[end_index + 1].text in QUOTES or tokens[end_index + 1].lower == "gegenüber":
                    # "…, so Verbandschef Brink gegenüber der „Morgenpost“": the outlet is where he said it
                    return Found(span[0], span[1], "so")
        return None

    def headline_source(self, tokens: list[Token], names: list[tuple[int, int]] = ()) -> Found | None:
        """"Verbraucherschützer: Gaspreise sinken": a source-like word before a headline's colon."""
        colon = next((k for k, t in enumerate(tokens[:4]) if t.text == ":"), None)
        if colon is None:
            # "Finanzminister will Etat anheben", "Verband plant Klage": a speaker's stated intention
            verb = next((k for k, t in enumerate(tokens[:4]) if t.lower in ("will", "wollen", "plant", "planen")), None)
            if verb and all(t.capitalised for t in tokens[:verb]):
                head = tokens[verb - 1].lower
                if head in _SOURCE_HEADS or head.endswith(_SOURCE_SUFFIXES + ROLE_SUFFIXES) or (names and any(
                        s <= tokens[0].start and tokens[verb - 1].end <= e for s, e in names)):
                    return Found(tokens[0].start, tokens[verb - 1].end, "Schlagzeile: " + tokens[verb].lower)
            return None
        if colon == 0:
            return None
        words = tokens[:colon]
        if not all(t.capitalised for t in words):
            return None
        head = words[-1].lower
        if len(words) > 1 and words[0].lower.endswith(ROLE_SUFFIXES):
            head = words[0].lower  # "Notfallmediziner Brenner:": a role before a name
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
                if close is not None and close > k + 1 and self._name_word(tokens[k + 1]) and all(
                        self._name_word(t) or t.lower in cues.name_glue or t.lower in _TITLE_GLUE for t in tokens[k + 1 : close]):
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
            if low in cues.name_glue and last_head is not None and not (
                    low == "den" and tokens[k - 1].lower not in ("van", "von")):  # "Sprecher der Stadtwerke den Ausfall"
                m = k
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
            if low in ("des", "der", "von", "vom", "of", "the", "by") and last_head is not None:
                if low == "von" and k + 1 < n and tokens[k + 1].lower in ("einem", "einen"):
                    break  # "der Verein von einem Fehlbetrag": an object, not the speaker's name
                m = self._name_after(tokens, k + 1, lambda t: adjective(t) or t.lower in cues.determiners)
                if m is not None:
                    k = m
                    continue
                break
            if adjective(tok) and not self.english and last_head is None and low not in cues.reporting_verbs \
                    and low not in cues.separable and low not in cues.finite_verbs:
                m = self._name_after(tokens, k + 1, adjective)
                if m is not None:
                    k = m
                    continue
                break
            if low in cues.pronouns and last_head is None and k == j:
                return tok.start, tok.end
            if self.english and tok.word and not tok.text[0].isdigit() and low not in cues.stop_words \
                    and low not in cues.reporting_verbs and low not in cues.separable and low not in _EN_STOP and (
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
        if _DOMAIN.match(tok.text):
            return True  # "ndr.de", "t-online.de": an outlet by its address
        if NAME_PARTICLE.match(tok.text):
            return True  # "el-Baradei", "al-Dschasira": a name that opens with its article
        if tok.text[0].isdigit():
            # "der 61-Jährige", "die 3-D-Druckerei": a number joined to a noun is a noun
            return re.match(r"\d+(?:[.,]\d+)?-[A-ZÄÖÜ]", tok.text) is not None
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
            if prev.text in ("“", "”", '"', "«") and start - 1 < i:
                opening = next((k for k in range(start - 2, max(-1, start - 7), -1) if tokens[k].text in ("„", "»", "“", '"')), None)
                if opening is not None and opening + 1 < start - 1 and self._name_word(tokens[opening + 1]) and all(
                        self._name_word(t) or t.lower in _TITLE_GLUE for t in tokens[opening + 1 : start - 1]):
                    start = opening  # die „Abendzeitung“ berichtete: an outlet's title in quotes
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
        if end - 1 > start and tokens[end - 1].text in QUOTES and tokens[start].text not in QUOTES:
            end -= 1  # die „Abendzeitung“ berichtete: the title ends before its closing mark
        first = tokens[start]
        if first.lower in _TIME_NOUNS or (first.lower in _LINKING_ADVERBS and start + 1 == i):
            return None  # "Ende Januar verkündete der Verband", "Weiter sagte der Journalist": the speaker follows the verb
        if first.lower in self.cues.pronouns:
            # "Er sagte", "Er selbst hatte ... eingeräumt"
            return (first.start, first.end) if start + 1 == i or (start + 2 == i and tokens[start + 1].lower in ("selbst", "himself", "herself")) else None
        if first.lower in _NOT_SUBJECT or (first.lower in self.cues.not_names and first.lower not in self.cues.determiners):
            return None
        span = self._np_forward(tokens, start)
        if span and span[1] == tokens[end - 1].end:
            return span
        if span:
            # "Quellen im Ministerium bestätigten", "Ein Sprecher beim Landkreis sagte": the place belongs to the speaker
            m = next((k for k in range(start, end) if tokens[k].start >= span[1]), None)
            head = tokens[m - 1].lower if m else ""
            if m is not None and tokens[m].lower in ("im", "in", "aus", "bei", "beim", "vom", "at", "in", "for", "from", "of") \
                    and (head in _GROUP_SPEAKERS or head.endswith(ROLE_SUFFIXES)):
                place = self._np_forward(tokens, m + 1)
                if place and place[1] == tokens[end - 1].end:
                    return span[0], place[1]
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
        """"Im Bericht wird sie mit dem Satz zitiert": the one quoted stands after the auxiliary;
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

    def _vorfeld(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The whole phrase before the sentence's first verb, when the reporting verb ``i`` (or the
        auxiliary of its perfect) is that verb: "Die US-Botschaft in Riad teilte … mit", "Barack Obama,
        der Kandidat der Demokraten, hat … angekündigt". German puts one phrase before the finite
        verb; with no preposition or adverb opening it and no verb inside, it is the subject."""
        if tokens[i].lower not in _SPEECH_FORMS:
            return None
        finite = i
        participle = tokens[i].lower.startswith("ge") or tokens[i].lower in _SPEECH_PARTICIPLES
        aux = next((k for k in range(i) if tokens[k].lower in _AUXILIARIES and not tokens[k].capitalised), None)
        if aux is not None and participle:
            finite = aux  # "X hat … angekündigt": the auxiliary is the finite verb
        if finite < 1 or finite > 30:
            return None
        if finite + 1 < len(tokens) and tokens[finite + 1].lower in self.cues.pronouns:
            return None  # "Zugleich räumte er ein": the subject follows the verb
        if finite == 1 and not (self._named((tokens[0].start, tokens[0].end)) or tokens[0].lower.endswith(ROLE_SUFFIXES)):
            return None  # one word before the verb is a name or a role, else an adverb ("Zugleich")
        first = tokens[0]
        if first.lower in _VORFELD_OPENERS or first.lower in _NOT_SUBJECT or first.lower in self.cues.pronouns \
                or (finite == 1 and (first.lower in self.cues.determiners or first.lower in ("dies", "das")))\
                or not first.capitalised or _PRONOMINAL_ADVERB.match(first.lower):
            return None
        for tok in tokens[1:finite]:
            low = tok.lower
            if tok.word and not tok.capitalised and not tok.text[0].isdigit() and not adjective(tok) \
                    and low not in _PHRASE_WORDS and low not in self.cues.determiners and not NAME_PARTICLE.match(tok.text) \
                    and not _DOMAIN.match(tok.text):
                return None  # only articles, adjectives, names and the small words of a name may stand there
            if tok.text in (":", ";", "?", "!") or low in _SUBORDINATORS or low in self.cues.finite_verbs \
                    or low in _AUXILIARIES or low in self.cues.subjunctive or low in ("sich", "werde", "wird", "würde") \
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

    def _subject_of_perfect(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """"Die Stadt hat erstmals bestätigt": the subject opens the clause, the auxiliary follows it."""
        k = i
        while k > 1:
            k -= 1
            inserted = _inserted_before(tokens, k)
            if inserted is not None:
                k = inserted  # "… Thomas de Maizière (CDU) am Freitag bekanntgegeben", "…, Larry Silverstein, zugesagt"
                continue
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
                    following = tokens[k + 1].lower if k + 1 < i else ""
                    # "Im Vorfeld hatte das Komitee betont": "das" opens the subject here, not a pronoun
                    if following and following not in _NOT_SUBJECT and (
                            following not in self.cues.not_names or following in self.cues.determiners):
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
                                                       "bereits", "sich", "however", "also", "dagegen", "indes", "daraufhin",
                                                       "zumindest", "jedenfalls", "allerdings", "ebenfalls", "inzwischen",
                                                       "später", "weiter", "selbst", "offenbar", "ausdrücklich"):
            j += 1
        if j + 1 < len(tokens) and tokens[j].lower in _TIME_ADVERBS:
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
        if j < len(tokens) and tokens[j].lower in _NOT_SUBJECT:
            return None  # "verurteilte den Apotheker": an accusative or dative object, not the speaker
        span = self._np_forward(tokens, j)
        if span and not self.english:
            # "Das erklärte der Sprecher des Landratsamts, Uwe Rink, am Mittwoch": the name in apposition
            m = next((k for k, t in enumerate(tokens) if t.start >= span[1]), None)
            if m is not None and tokens[m].text == ",":
                name = self._np_forward(tokens, m + 1)
                after = next((k for k, t in enumerate(tokens) if name and t.start >= name[1]), None)
                if name and self._looks_like_name(tokens, name) and (after is None or tokens[after].text in (",", ".")):
                    return name
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
        if tok.text in (",", ".", ";", ":"):
            return False
        low = tok.lower
        reflexive = reflexive or low == "sich"
        if low not in particles:
            continue
        if low in REFLEXIVE_PARTICLES and not reflexive:
            continue
        if low in CLAUSE_FINAL_PARTICLES and not _closes_clause(tokens, k):
            continue
        return True
    return False


def _inserted_before(tokens: list[Token], k: int) -> int | None:
    """Where an insertion ending at ``k`` opens: a bracket ("(CDU)") or a name set off by commas
    (", Larry A. Silverstein,"), else None."""
    if tokens[k].text == ")":
        return next((m for m in range(k - 1, max(-1, k - 8), -1) if tokens[m].text == "("), None)
    if tokens[k].text == ",":
        opening = next((m for m in range(k - 1, max(-1, k - 7), -1) if tokens[m].text == ","), None)
        if opening is not None and apposition_end(tokens, opening) == k:
            return opening
    return None


def apposition_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of a name set off by commas right after ``comma`` ("…, Jens Nacke, …")."""
    for k in range(comma + 1, min(len(tokens), comma + 6)):
        if tokens[k].text == ",":
            return k if k > comma + 1 else None
        if not (tokens[k].capitalised or NAME_PARTICLE.match(tokens[k].text) or tokens[k].lower in ("von", "van", "de", "zu")):
            return None
    return None


def _judged_as(tokens: list[Token], i: int) -> bool:
    """"für" with a lower-case adjective or participle closing the clause: "hält X für (wenig) sinnvoll"."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].text in (",", ".", ";", ":"):
            return False
        if tokens[k].lower == "für":
            rest = [t for t in tokens[k + 1 : k + 4] if t.word]
            return bool(rest) and all(not t.capitalised for t in rest[:2]) and any(
                _closes_clause(tokens, tokens.index(t)) for t in rest[:2])
    return False


def _closes_clause(tokens: list[Token], k: int) -> bool:
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is None or following.text in {",", ".", ";", ":", "–", "—", ")", "!"} | QUOTES \
        or following.lower in ("und", "oder", "sowie", "aber", "and")


def _clause_bounds(tokens: list[Token], i: int) -> tuple[int, int]:
    """The tokens of the clause around ``i``: from the last comma/colon before it to the next one."""
    lo = i
    while lo > 0 and tokens[lo - 1].text not in (",", ";", ":", "–", "—"):
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and tokens[hi].text not in (",", ";", ":", ".", "–", "—"):
        hi += 1
    return lo, hi


def _particle(tokens: list[Token], i: int, particles: frozenset[str]) -> str:
    return next((t.lower for t in [*tokens[i + 1 :], *tokens[:i]] if t.lower in particles), "")


def adjective(tok: Token) -> bool:
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


def inside_quotes(tokens: list[Token]) -> list[bool]:
    """For each token: does it stand inside a direct quote? Cues there belong to the quote."""
    inside = []
    depth = False
    first_mark = next((k for k, t in enumerate(tokens) if t.text in QUOTES), None)
    if first_mark is not None and tokens[first_mark].text in ("“", "”", "«") and (
            first_mark + 1 < len(tokens) and tokens[first_mark + 1].text in (",", ".", ";")
            or first_mark > 0 and tokens[first_mark - 1].text in (".", "!", "?", ",")):
        # the sentence carries on a quote opened before it: "… funktioniert“, sagte Graham"
        inside = [True] * (first_mark + 1)
        tokens = tokens[first_mark + 1 :]
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
