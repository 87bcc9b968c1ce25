"""Candidate claims, their check-worthiness and their sources, by the annotation guideline.

A unit is a sentence of the pipeline, split again at line breaks (headings, bylines and
datelines stand on lines of their own, and a sentence splitter without a parser runs them into
the next sentence) and glued back where the splitter broke after an ordinal or abbreviation.
Each unit is meta text, a heading, a question, an appeal, speculation, bare opinion or a
candidate claim. Claims get a score from the reasons a fact-checker would give (a number, a
named source, an official act, a comparison or record, a cause, a hedge) and the source that
asserts them: found in the sentence by ``attribution``, or inherited from the attribution that
governs reported speech (subjunctive, "soll", a quote continuing, "hieß es").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ls_factcheck.preannotate.claim_model import CLAIM_UNITS, shipped_encoder_model, shipped_model, unit_features, unit_vector
from ls_factcheck.preannotate.encoder_ner import STATES_IN_TENSOR
from ls_factcheck.preannotate.source_phrase import full_phrase
from ls_factcheck.preannotate.attribution.clauses import clause_bounds
from ls_factcheck.preannotate.attribution.finder import SourceFinder
from ls_factcheck.preannotate.attribution.tokens import QUOTES, QUOTES_OPEN, Found, Token, inside_quotes, tokenize
from ls_factcheck.preannotate.attribution.words import (
    DEMONSTRATIVES, DOCUMENTS, INTENTION_VERBS, PARTICIPLE_PREFIXES, REPORT_ENDINGS,
)
from ls_factcheck.preannotate.stances import (
    CLAUSE_OPENERS, EVALUATIONS, subordinate_clauses as _subordinate_clauses, view_verb,
)
from ls_factcheck.preannotate.cues import ROLE_SUFFIXES, Cues, cues_for
from ls_factcheck.preannotate.numbers import MONTHS
from ls_factcheck.labels import DATE, QUANTITY
from ls_factcheck.schema import Claim, Entity, Source, Span

# German words that end a unit without ending the sentence: "am 28." + "April", "Mrd." + "Euro"
_GLUE_BEFORE = re.compile(r"(?:\b\d{1,2}\.|\b(?:Nr|Dr|Prof|St|ca|bzw|Mio|Mrd|Tsd|Abs|Art|vgl|z\.\s?B|u\.\s?a|Jan|Feb|Okt|Dez|Sept?)\.)$")

# Labels that mark a headline as an opinion piece
_OPINION_LABEL = re.compile(r"(?i)^(?:kommentar|meinung|leitartikel|glosse|kolumne|standpunkt|gastbeitrag|opinion|editorial|comment)\s*:")
# Format labels of a headline ("Presseschau: Die Rentenreform im Spiegel der Kommentare"): what follows names a topic
# and is a headline claim only with a verb or a number, like a section heading
_FORMAT_LABEL = re.compile(r"(?i)^(?:presseschau|pressestimmen|pressespiegel|chronik|porträt|hintergrund|überblick|"
                           r"rückblick|dossier|liveblog|newsblog|liveticker|ticker|fragen und antworten|faq|"
                           r"press review|explainer|timeline|profile)\s*:")
# Sentences that say something is open or unknown, or that the outlet could not verify it
_OPEN = re.compile(
    r"(?i)^(?:ob|whether)\b[^.]*,"
    r"|^(?:wie|wann|warum|wer|was|wo|es|it|ob|whether|how|when|why|who)\b.*\b(?:ist|bleibt|sind|bleiben|is|remains|remain)"
    r"\s+(?:\w+\s+){0,2}(?:offen|unklar|ungewiss|fraglich|umstritten|nicht\s+klar|nicht\s+bekannt|unclear|uncertain"
    r"|unknown|open)\b"
    # "Wann die Sitzung stattfindet, haben die Verantwortlichen bisher nicht bekannt gegeben"
    r"|^(?:wie|wann|warum|wer|was|wo|ob)\b[^.]*,\s*(?:hat|haben|hatte|hatten)\b[^.]*\b(?:noch|bisher|bislang)\s+nicht\s+"
    r"(?:bekannt|mitgeteilt|gesagt|verraten|verlautbar)"
    r"|^(?:it|es)\s+(?:is|ist|was|war)\s+(?:not|nicht|noch\s+nicht)\s+(?:yet\s+)?(?:clear|klar|bekannt|known)\b"
    r"|^(?:offen|unklar|ungeklärt)\s+(?:ist|bleibt|sind|bleiben)\b[^.]*\bfrage\b"  # "Offen ist allerdings die Frage, ob …"
    # "Unklar blieb zunächst, wer …", "Bei X ist vor allem fraglich, wie …"
    r"|^(?:unklar|offen|ungeklärt|fraglich)\s+(?:ist|bleibt|blieb|war|sind|bleiben|blieben)(?:\s+\w+){0,2},\s*(?:ob|wie|wer|was|wann|warum|wo|welche\w*)\b"
    r"|\b(?:ist|bleibt|blieb|war)\s+(?:\w+\s+){0,3}(?:fraglich|unklar|ungeklärt),\s*(?:ob|wie|wer|was|wann|warum|wo|welche\w*)\b"
    r"|^(?:andernfalls|ansonsten)\b"  # "Andernfalls sei Twitter gezwungen, …": a condition, nothing happened
    # "Weitere Informationen liegen nicht vor", "Weitere Angaben konnte er nicht machen": nothing is known
    r"|^(?:weitere|nähere)\s+(?:informationen|angaben|einzelheiten|details)\b[^.,;]*\b(?:liegen\s+(?:\w+\s+)?nicht\s+vor"
    r"|(?:konnte|konnten|kann|können)\b[^.,;]*\bnicht\s+(?:geben|machen|nennen|sagen))"
    r"|\b(?:ist|sind|war|waren)\s+(?:noch\s+|auch\s+)?(?:nicht|kein\w*)\s+(?:\w+\s+)?in\s+Sicht\b|\bnicht\s+absehbar\b"
    r"|\b(?:kann|konnte|könne)\s+niemand\s+(?:\w+\s+)?(?:sagen|vorhersagen|abschätzen)"
    r"|\b(?:ließen|ließ|lassen|lässt)\s+sich\s+(?:\w+\s+){0,3}nicht\s+(?:unabhängig\s+)?(?:überprüfen|bestätigen|verifizieren)"
    r"|\bunabhängig\s+(?:überprüfen|bestätigen|verifizieren)\s+(?:ließen|ließ|lassen|lässt)\s+sich"
    r"|could\s+not\s+be\s+independently\s+(?:verified|confirmed)"
)
# The police's and the outlet's requests to readers
_REQUEST = re.compile(r"(?i)\b(?:werden|wird)\s+gebeten\b|\bbittet\s+(?:\w+\s+){0,3}um\s+(?:hinweise|mithilfe)|^hinweise\s+(?:nimmt|nehmen)|\bare\s+asked\s+to\b")
# Reputation and evaluation without a speaker: "gilt als Brennpunkt", "wird von vielen als ... angesehen"
_REPUTATION = re.compile(r"(?i)\b(?:gilt|gelten|galt|galten)\s+(?:\w+\s+){0,4}als\b|\bvon\s+vielen\s+als\b"
                         r"|\b(?:wird|werden|wurde|wurden)\b(?:\s+\S+){0,8}\s+nachgesagt\b"  # "Ihm wird nachgesagt, …"
                         r"|\bzeigt\s+(?:einmal\s+mehr|erneut|wieder\s+einmal|deutlich),\s+wie\b"
                         r"|\b(?:wirft|werfen|warf|warfen)\b(?:\s+\w+){0,6}\s+Fragen\b|\braises\s+(?:\w+\s+)?questions\b")
# "Das ist beschämend.", "Für viele ist das ein bitteres Signal.": an evaluation of what came before
_DEMONSTRATIVE_EVALUATION = re.compile(
    r"^(?:Das|Dies|Es)\s+(?:ist|war|wäre|bleibt|scheint)\s+(?:\w+\s+){0,2}[a-zäöüß]+[.!]?$|^(?:That|This|It)\s+(?:is|was)\s+(?:\w+\s+){0,2}[a-z]+[.!]?$"
    # "Für die Fans ist das ein Schock.": the same evaluation with a dative in front
    r"|^Für\s+(?:\w+\s+){1,3}(?:ist|war|wäre|bleibt)\s+(?:das|dies|es)\s+(?:\w+\s+){0,2}\w+[.!]?$"
    # "Für die Familie ist der Brand ein schwerer Schlag.": a judgement in the dative frame
    r"|^Für\s+(?:\w+\s+){1,4}(?:ist|war|wäre|bleibt)\s+(?:\w+\s+){1,3}(?:ein|eine|einen)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]\w+[.!]?$")
# "Für viele Familien wird es eng.", "… wird noch schwieriger.": a prediction, not a fact
_PREDICTION = re.compile(r"\b(?:wird|werden)\b.*\s(?:[a-zäöüß]+er|(?!ge)[a-zäöüß]{2,5}(?<![t]))[.!]?$"
                         r"|\b(?:will|is going to)\s+(?:\w+\s+)?(?:get|become|be)\s+\w+er[.!]?$")
# An interviewer addressing the interviewee: "Frau Sommer, …?", "Herr Dr. Brandt, …?"
_ADDRESS = re.compile(r"^(?:Frau|Herr|Mrs?\.?|Ms\.?)\s+(?:Dr\.\s+|Prof\.\s+)*([A-ZÄÖÜ][\w-]+)\s*,")
# Sentences that open by pointing back at the claim before them
_POINTS_BACK = re.compile(r"(?i)^(?:das|dies|diese\s+(?:zahlen|angaben|daten|werte|ergebnisse)|zu\s+diesem\s+(?:ergebnis|schluss)"
                          r"|darauf|darüber|davon|daran|hierauf|hierüber|so\s+(?!\w+\s+(?:wie|dass))[a-zäöüß]+\s+(?:es|das)\b"
                          r"|these\s+figures|this|that\s+is\s+according)\b")

# Speakers too vague to put an evaluation on record ("Experten sehen darin ...")
_GENERIC_SPEAKERS = {"experten", "beobachter", "kritiker", "analysten", "kommentatoren", "viele", "vielen", "manche", "einige",
                     "experts", "observers", "critics", "analysts", "commentators", "many", "some"}
# The author's "must": with no speaker, no number and no date it is an appeal, not an obligation on record,
# where it speaks to everyone or draws a conclusion ("Man muss …", "Wir müssen …", "muss daher …");
# "Selbständige müssen sich selbst versichern", "muss sich vor Gericht verantworten" state an obligation
_MUST = {"muss", "müssen", "must"}
_APPEAL_MARKS = {"man", "wir", "uns", "ihr", "du", "endlich", "unbedingt", "dringend", "daher", "deshalb", "darum", "sonst",
                 "we", "you", "therefore", "finally", "urgently"}


# The author's appeals and "remains to be seen", in either word order and language
_APPEAL = re.compile(
    r"\b(?:es ist|ist es|es wäre|wäre es|it is|it would be)\s+(?:daher\s+|deshalb\s+|jetzt\s+|nun\s+)?"
    r"(?:unerlässlich|unabdingbar|wichtig|notwendig|nötig|geboten|dringend geboten|höchste zeit|an der zeit|"
    r"zu hoffen|wünschenswert|essential|imperative|crucial|vital|time)\b"
    r"|\b(?:bleibt abzuwarten|(?:muss|müsse|müssen) (?:\w+ )*abgewartet werden|remains to be seen)\b"
    # "Was das bedeutet, muss noch erforscht werden": still to be found out, nothing stated
    r"|\b(?:muss|müsse|müssen) noch (?:\w+ )*(?:erforscht|geklärt|untersucht) werden\b"
    r"|^(?:höchste zeit|zeit,|time to)\b"
)


@dataclass
class Unit:
    start: int
    end: int
    text: str
    own_line: bool  # nothing else on its line: a heading, byline or dateline may stand so


@dataclass
class _Context:
    """What earlier sentences leave for later ones: the governing source, the last person named."""

    last_source: Source | None = None
    attributed_before: bool = False  # did the unit just before carry a source?
    since_source: int = 99  # units since the last one that carried a source
    last_actor: str | None = None
    last_he: str | None = None  # the last actor "er" can mean: not a feminine noun ("die Realisierung")
    byline_names: list[str] = field(default_factory=list)
    opinion_piece: bool = False  # a commentary: the author's own sentences are opinion unless anchored
    named: list[tuple[str, str]] = field(default_factory=list)  # (name, "person"|"group"), oldest first
    interviewee: Source | None = None  # set by an interviewer's "Frau X, …?"
    lines_seen: set[str] = field(default_factory=set)
    # A quotation that runs over several sentences: its speaker, and its claims still waiting for one
    quote_open: bool = False
    quote_source: Source | None = None
    quote_claims: list[int] = field(default_factory=list)
    quote_end: int = 0  # where the last unit inside the quotation ended
    quote_units: int = 0
    previous_document: str | None = None  # a report or figures the unit just before named ("legte Zahlen vor")


def find_claims(doc: Doc, sentences: list[Span], entities: list[Entity], language: str) -> tuple[list[Claim], list[Source]]:
    """Candidate claims with scores and reasons, and the SOURCE spans they are attributed to."""
    text = doc.text
    cues = cues_for(language)
    english = cues is not cues_for("de")
    finder = SourceFinder(cues, english)
    verbs = cues.reporting_verbs | cues.finite_verbs | frozenset(cues.separable) | cues.official_acts | cues.subjunctive
    context = _Context()
    # German articles: the claim model decides from the rules' findings (English keeps the rules').
    model = None if english else shipped_model()
    if model is not None and doc.user_data.get(STATES_IN_TENSOR):
        # the accurate mode: its encoder's reading of each sentence goes into the model too
        encoder_model = shipped_encoder_model()
        if encoder_model is not None and doc.tensor.shape[1:] == (encoder_model.encoder_width,):
            model = encoder_model
    # Every sentence's model features, for tools/claim_model_train.py.
    trace: list[tuple[int, int, list[float]]] = []
    doc.user_data[CLAIM_UNITS] = trace
    claims: list[Claim] = []
    sources: list[Source] = []
    for unit in units(text, sentences):
        tokens = tokenize(unit.text, unit.start)
        inside = [e for e in entities if unit.start <= e.start and e.end <= unit.end]
        if _is_meta(unit, tokens, inside, cues, context):
            context.last_source, context.attributed_before = None, False
            continue
        if unit.text.rstrip().endswith("?"):
            # "Frau Sommer, wie …?": an interview; the answers that follow are hers
            addressed = _ADDRESS.match(unit.text)
            if addressed:
                context.interviewee = next((s for s in reversed(sources) if addressed[1] in (s.resolved or s.text)),
                                           context.interviewee)
        heading = unit.own_line and _unpunctuated(unit)
        if heading and _is_heading(unit, tokens, inside, cues, english, context):
            context.last_source, context.attributed_before = None, False
            continue
        names = [(e.start, e.end) for e in inside if e.label in ("PER", "ORG")]
        # "Studie: Jeder vierte Laden schreibt rote Zahlen": a speaker before a headline's colon comes first
        found = finder.headline_source(tokens, names) if heading else None
        others: list[Found] = []
        if found is None:
            found, *others = finder.find_all(tokens, names) or [None]
            if found is not None and found.acts:
                found, others = None, [found, *others]  # the one who gave an order is marked, the act is the claim
            if found is not None and found.cue == "danach" and not (context.attributed_before or context.previous_document):
                found = None  # "danach" points back at a report or a speaker only where the sentence before has one
        source = None
        if found is not None:
            region = full_phrase(tokens, found.start, found.end, finder.owner_nouns, verbs)
            source = _make_source(_shortest_naming(found, inside, text), region, text, context, len(sources) + 1)
            if source.text.lower() in DEMONSTRATIVES:
                # "In einem Interview mit dem Anwalt – Rainer Wittner – sagte dieser": the person just named
                named = [e for e in inside if e.label == "PER" and e.end <= source.start]
                if named:
                    source = source.model_copy(update={"resolved": named[-1].text})
        if source is not None:
            sources.append(source)
        for other in others:
            # further speakers of the sentence ("…, die Polizei spricht von 4.000"): marked, not linked
            region = full_phrase(tokens, other.start, other.end, finder.owner_nouns, verbs)
            if not any(region[0] < s.end and s.start < region[1] for s in sources):
                sources.append(_make_source(_shortest_naming(other, inside, text), region, text, context, len(sources) + 1))
        inherited = None
        if source is None and context.attributed_before and _continues_report(unit, tokens, cues) \
                and (context.last_source is None or context.last_source.cue not in INTENTION_VERBS):
            # (an intention is no report: "Dort will VW 110.000 Autos bauen. 2.500 Stellen sollen entstehen"
            # tells the plan, and "sollen" there is no hearsay)
            inherited = context.last_source
        elif source is None and context.since_source <= _REPORT_GAP and _reported_speech(tokens, cues):
            # "… stellten die Inspektoren fest. Besondere Probleme traten auf. Auch sei die Dokumentation …":
            # the Konjunktiv I still reports the speaker of a sentence or two before
            inherited = context.last_source
        if context.quote_open and ("\n" in text[context.quote_end : unit.start] or context.quote_units >= _QUOTE_UNITS):
            _close_quote(context)  # a paragraph ends a quotation whose closing mark got lost, and so does length
        in_quote = context.quote_open  # the unit starts inside a quotation opened before it
        if source is None and inherited is None and in_quote and context.quote_source is not None:
            inherited = context.quote_source  # "sagte X: „… . … .“": every sentence of the quote is X's
        if source is None and inherited is None and context.interviewee is not None:
            inherited = context.interviewee  # an interview's answers are the interviewee's statements
        governing = source or inherited
        verdict = _not_a_claim(unit, tokens, inside, cues, english, governing, source, context.opinion_piece)
        if verdict == "speculation":
            # "Die Stadt hat 40 Millionen Euro investiert, was die Steuern steigen lassen könnte": the clause
            # before the speculation carries the assertion and is the claim
            clause = _assertion_before_speculation(unit, tokens, cues, english)
            if clause is not None:
                unit, tokens = clause, [t for t in tokens if t.end <= clause.end]
                inside = [e for e in inside if e.end <= clause.end]
                verdict = _not_a_claim(unit, tokens, inside, cues, english, governing, source, context.opinion_piece)
        if source is not None and claims and claims[-1].source_id is None and _points_back(tokens, cues) \
                and "\n" not in text[claims[-1].end : unit.start]:
            # "… 24 Prozent. Das ergab eine Umfrage des Instituts X": the source governs the claim before it
            claims[-1] = _attribute(claims[-1], source)
        score, reasons = _score(unit, tokens, inside, cues, english, governing)
        features = unit_features(tokens, inside, verdict, score, reasons, source is not None, inherited is not None,
                                 unit.own_line, not trace, unit.text)
        trace.append((unit.start, unit.end, features))
        keep = verdict is None
        if keep and model is not None:
            # The model only takes back what the rules proposed. Its probability says how sure it is
            # that the sentence is a claim at all; the score keeps saying how much there is to check.
            vector = unit_vector(doc, unit.start, unit.end) if model.encoder_width else []
            probability = model.probability([*features, *vector])
            keep = probability >= model.threshold
            reasons = [*reasons, f"claim model: {probability:.2f}"]
        if keep:
            claims.append(Claim(id=f"claim-{len(claims) + 1}", start=unit.start, end=unit.end, text=unit.text,
                                score=score, reasons=reasons, source_id=governing.id if governing else None))
        _follow_quote(context, unit, claims, keep and governing is None, source)
        # A source whose statement is no claim (a view, a demand) stays: the reviewer sees who said
        # it, and it may govern the reported speech that follows.
        context.last_source = governing or context.last_source
        # a headline's source does not govern the sentences under it
        context.attributed_before = governing is not None and not heading
        context.since_source = 0 if context.attributed_before else context.since_source + 1
        context.previous_document = next((t.text for t in reversed(tokens) if t.capitalised
                                          and t.lower.endswith(DOCUMENTS + REPORT_ENDINGS)), None)
        if not heading:
            _remember_actor(context, governing, inside, tokens, cues)
            _remember_named(context, source, inside, text)
    return claims, sources


# --- units ---------------------------------------------------------------------------------


def units(text: str, sentences: list[Span]) -> list[Unit]:
    """The pipeline's sentences, split at line breaks and re-joined where the splitter erred."""
    pieces: list[tuple[int, int]] = []
    for sent in sentences:
        offset = sent.start
        for line in re.split(r"(\n+)", text[sent.start : sent.end]):
            if line and not line.startswith("\n"):
                for start, end in _resplit(text, offset, offset + len(line)):
                    start, end = _strip(text, start, end)
                    if end > start:
                        pieces.append((start, end))
            offset += len(line)
    pieces = _move_closing_quotes(text, _move_opening_quotes(text, pieces))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            prev_start, prev_end = merged[-1]
            between = text[prev_end:start]
            if "\n" not in between and _glued(text[prev_start:prev_end], text[start:end]):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    result = []
    for start, end in merged:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        own_line = not text[line_start:start].strip() and not text[end:line_end].strip()
        result.append(Unit(start, end, text[start:end], own_line))
    return result


_BOUNDARY = re.compile(r"(?<=[.!?])[“”\"»«)]?\s+(?=[A-ZÄÖÜ„\"“»])")
_ABBREVIATION = re.compile(r"(?:\b(?:Nr|Dr|Prof|St|ca|bzw|Mio|Mrd|Tsd|Abs|Art|vgl|Jan|Feb|Okt|Dez|Sept?|Mr|Mrs|Ms|Jr|Sen|Gen|Gov|Rep|No|vs|etc|usw|bzw|ggf|inkl|evtl)|\b[A-Z]|\b[a-z])\.$")
_SENTENCE_OPENERS = {"Das", "Die", "Der", "Dies", "Diese", "Dieser", "Er", "Sie", "Es", "Im", "In", "Am", "Auch", "Nach",
                     "Laut", "Bei", "Wie", "Damit", "Zudem", "The", "It", "He", "She", "They", "On", "A"}


def _resplit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ends the pipeline's splitter missed ("... von 2002. Nach Angaben ..."), never after an
    abbreviation, an initial or an ordinal ("die 3. Große Strafkammer", "am 12. Mai")."""
    cuts = [start]
    for m in _BOUNDARY.finditer(text, start, end):
        before = text[max(start, m.start() - 12) : m.start()].rstrip("“”\"»«)")
        if _ABBREVIATION.search(before):
            continue
        ordinal = re.search(r"(?<![\d.:,/])\d{1,2}\.$", before)  # not a score ("1:2.") or a decimal
        following = text[m.end() :].split(None, 1)[0] if text[m.end() :].strip() else ""
        if ordinal and following.strip("„\"“»") not in _SENTENCE_OPENERS:
            continue
        cuts.append(m.end())
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _move_opening_quotes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The splitter leaves a quote's opening mark at the end of the sentence before it."""
    moved = []
    carry = None
    for start, end in pieces:
        if carry is not None:
            start = carry
            carry = None
        if all(c in "„»“\"‚ " for c in text[start:end]):
            carry = start  # a lone opening quote belongs to the sentence after it
            continue
        stripped_end = end
        while stripped_end > start and (text[stripped_end - 1] in "„»" or (
            stripped_end - 1 > start and text[stripped_end - 1] in '"“‚' and text[stripped_end - 2].isspace()
        )):
            stripped_end -= 1
        if stripped_end < end and stripped_end > start:
            carry = stripped_end
            while carry < end and text[carry].isspace():
                carry += 1
            end = stripped_end
            while end > start and text[end - 1].isspace():
                end -= 1
        moved.append((start, end))
    return moved


def _move_closing_quotes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quote's closing mark written apart from the sentence end ("… gesehen . “ Der Sprecher …",
    as tokenised text has it) belongs to the sentence it closes, not to the next one."""
    moved: list[tuple[int, int]] = []
    for start, end in pieces:
        if moved and end - start > 2 and text[start] in "“”«‘\"" and text[start + 1].isspace():
            prev_start, prev_end = moved[-1]
            before = text[prev_start:prev_end]
            opened = before.count("„") + before.count("»") + before.count("‚") > before.count("“") + before.count("«") + before.count("‘") \
                if text[start] != '"' else before.count('"') % 2 == 1
            if opened:
                moved[-1] = (prev_start, start + 1)
                start += 1
                while start < end and text[start].isspace():
                    start += 1
        moved.append((start, end))
    return moved


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _glued(previous: str, following: str) -> bool:
    first = following[:1]
    if first.islower() or first in ",;:)–":
        return True  # no sentence starts in lower case or with a comma: the splitter broke a quote
    if _GLUE_BEFORE.search(previous):
        word = following.split()[0].lower().rstrip(".,") if following.split() else ""
        return word in MONTHS or first.isdigit() or previous.endswith(("Mio.", "Mrd.", "Nr.", "Dr.", "Prof.", "ca.", "bzw.", "Art.", "Abs."))
    return False


# --- what is not a claim -------------------------------------------------------------------


def _is_meta(unit: Unit, tokens: list[Token], entities: list[Entity], cues: Cues, context: _Context) -> bool:
    low = unit.text.lower()
    if low.startswith(cues.meta_prefixes):
        return True
    if unit.own_line and re.search(r"\s[»›>]\s", unit.text) and not unit.text.rstrip().endswith("."):
        return True  # a breadcrumb: "Home » Politik » …"
    byline = re.match(r"(?i)^(?:von|by|text:|text von|(?P<opinion>ein kommentar von|eine kolumne von|ein gastbeitrag von)|eine analyse von)\s+(.+?)\.?$", unit.text)
    if byline and len(byline[2].split()) <= 8 and all(w[:1].isupper() or w.lower() in ("und", "and", "von", "van", "de", ",") for w in byline[2].replace(",", " ,").split()):
        context.byline_names.extend(n.strip() for n in re.split(r",|\bund\b|\band\b", byline[2]) if n.strip())
        context.opinion_piece = context.opinion_piece or bool(byline["opinion"])
        return True
    if "©" in unit.text or low.startswith(("copyright", "(c)")):
        return True
    if any(unit.text.startswith(name) for name in context.byline_names) and re.search(r"\b(ist|is|arbeitet|schreibt|writes)\b", low):
        return True  # the author's note at the end
    words = [t for t in tokens if t.word]
    covered = sum(t.end - t.start for t in words if any(e.start <= t.start and t.end <= e.end and e.label == DATE for e in entities))
    if words and covered == sum(t.end - t.start for t in words):
        return True  # a dateline: nothing but a date
    if unit.own_line and len(words) <= 4 and re.search(r"(?i)\b(dpa|afp|reuters|ap|kna|epd|red)\b", unit.text) and not _has_verb(tokens, cues):
        return True
    return False


def _unpunctuated(unit: Unit) -> bool:
    stripped = unit.text.rstrip()
    return not (stripped[-1:] in ".!…" or (stripped[-1:] in QUOTES and len(stripped) > 80))


def _is_heading(unit: Unit, tokens: list[Token], entities: list[Entity], cues: Cues, english: bool,
                context: _Context) -> bool:
    """A line without a sentence end that is no claim: a topic heading, a question, a repeat, an opinion
    label. A line that asserts something (a finite verb, a number) is a headline and may be a claim."""
    stripped = unit.text.rstrip()
    if stripped.endswith("?"):
        return True
    key = " ".join(stripped.lower().split())
    if key in context.lines_seen:
        return True  # a headline repeated by the page layout
    context.lines_seen.add(key)
    if _OPINION_LABEL.match(stripped):
        context.opinion_piece = True
        return True
    words = [t for t in tokens if t.word]
    if len(words) > 20:
        return False
    if len(words) < 3 or _speculative(tokens, cues, english):
        return True
    outside = [t for t in words if not any(e.start <= t.start < e.end for e in entities)]
    # where the headline's subject may stand: its first two words, or the first two after "Thema:"
    colon = next((t.end for t in tokens if t.text == ":"), None)
    after_colon = [t for t in words if colon is not None and t.start > colon]
    opening = {t.start for t in words[:2] + after_colon[:2]}
    if any(e.label in ("PER", "ORG") and e.start in opening for e in entities) or (
            any(e.label == DATE for e in entities) and len(outside) >= 2):
        # "Phil Spector wegen Mordes vor Gericht", "Erde am 3. Januar in Sonnennähe": who or when, and what;
        # "Streit um Montezumas Kopfschmuck" opens with its topic, and the name only belongs to it
        return False
    # The headline too names only its topic without a verb or a number ("Großbrand in Olpe"): the
    # sentences under it carry the checkable version.
    if any(e.label == QUANTITY for e in entities):
        return False
    return not (_has_verb(tokens, cues) or _has_headline_verb(tokens, cues, english))


def _has_headline_verb(tokens: list[Token], cues: Cues, english: bool) -> bool:
    """Headlines drop articles and auxiliaries: "Gaspreise sinken im Schnitt", "Hunderte Operationen verschoben",
    "Council approves deal". A lower-case word that is not followed by the noun it would qualify is a verb."""
    words = [t for t in tokens if t.word]
    for k, tok in enumerate(words[1:], start=1):
        low = tok.lower
        if tok.capitalised or low in cues.stop_words or low in cues.not_names or low in _NOT_VERBS or len(low) < 4:
            continue
        following = words[k + 1] if k + 1 < len(words) else None
        if english:
            if re.search(r"(?:[^s]s|ed)$", low) and (following is None or not following.capitalised):
                return True
            continue
        if low.endswith("en") and (following is None or not following.capitalised):
            return True
        if re.search(r"[^aeiouäöü]ten?$", low) and len(low) > 5 and words[k - 1].capitalised and not _looks_adjective(low):
            return True  # "Bank von England veröffentlichte Namensliste": a past tense after its subject
    return False


def _looks_adjective(low: str) -> bool:
    return low.endswith(("ische", "ischen", "liche", "lichen", "igte", "igten", "este", "esten", "ste", "sten"))


def _has_verb(tokens: list[Token], cues: Cues) -> bool:
    for i, tok in enumerate(tokens):
        low = tok.lower
        if not tok.word or (tok.capitalised and i > 0):
            continue
        if low in cues.finite_verbs or low in cues.reporting_verbs or low in cues.official_acts:
            return True
        if tok.capitalised:
            continue
        if low in cues.not_names or low in cues.stop_words or low in _NOT_VERBS:
            continue
        if re.search(r"(?:[^s]t|ern|eln|ieren|ierte|ierten)$", low) and len(low) > 3 \
                and not _attributive(tokens, i):
            return True
    return False


def _attributive(tokens: list[Token], i: int) -> bool:
    """"auf digitalisierte Passfotos": a participle between a lower-case word and its noun qualifies the noun
    ("Bank veröffentlichte Namensliste" has its subject before the verb)."""
    low = tokens[i].lower
    return low.endswith(("te", "ten")) and 0 < i < len(tokens) - 1 and tokens[i + 1].capitalised \
        and tokens[i + 1].word and not tokens[i - 1].capitalised


_NOT_VERBS = {"nicht", "jetzt", "erst", "bereits", "weit", "seit", "mit", "gut", "laut", "ausgerechnet", "meist",
              "zuletzt", "zunächst", "insgesamt", "erneut", "vorerst", "gestern", "modern", "selbst", "fast",
              "trotz", "bisweilen", "oft", "sanft", "nachts", "rechts", "links", "welt", "stadt", "not", "most",
              "but", "just", "last", "first", "against", "at", "that", "what", "about", "out", "it", "east",
              "west", "best", "amid", "next", "yet", "abroad", "post", "vast", "heart", "court", "report", "statt"}


_RULING_CUES = frozenset({"entschied", "entschieden", "entscheidet", "urteilte", "urteilten", "urteilt"})


def _not_a_claim(unit: Unit, tokens: list[Token], entities: list[Entity], cues: Cues, english: bool,
                 source: Source | None, own_source: Source | None = None, opinion_piece: bool = False) -> str | None:
    """Why this sentence is no claim, or None when it is one. ``source`` may be inherited from the
    attribution before; ``own_source`` is the one named in the sentence itself."""
    stripped = unit.text.rstrip("".join(QUOTES) + " ")
    if stripped.endswith("?"):
        return "question"
    low = unit.text.lower()
    if low.startswith(cues.appeals) or _APPEAL.search(low):
        return "appeal"
    if not any(t.word for t in tokens):
        return "no words"
    has_number = any(e.label == QUANTITY for e in entities)
    has_date = any(e.label == DATE for e in entities)
    if _REQUEST.search(unit.text):
        return "request to readers"
    if own_source is None and _OPEN.search(unit.text.strip()):
        return "open question"
    if source is None and _speculative(tokens, cues, english) and not (
            _conditional(tokens) and _number_after_condition(tokens, entities)):
        return "speculation"
    main = [t for t, sub in zip(tokens, _subordinate_clauses(tokens)) if not sub]
    # "Das Gericht hat entschieden: X können Y nicht belangen": what a court may or may not do is its ruling
    ruling = own_source is not None and (own_source.cue or "").split(" ")[0] in _RULING_CUES
    if source is not None and not has_number and not ruling and (
            _speculative(main, cues, english) or _REPORTED_POSSIBILITY.search(" ".join(t.text for t in main))
            or _possible_that(tokens)):
        # "Der Minister sagte, dass sich ein Sicherheitsproblem ergeben könne": only possible, in his words too
        return "a prediction or possibility on record"
    if source is None and not has_number and _opinionated(tokens, cues):
        return "opinion"
    if source is None and not has_number and not has_date and _PREDICTION.search(unit.text.strip()) \
            and not _present_passive(tokens):
        return "prediction"
    unnamed = source is None or source.text.lower() in _GENERIC_SPEAKERS
    if unnamed and not has_number and (_REPUTATION.search(unit.text) or _DEMONSTRATIVE_EVALUATION.search(unit.text)):
        return "evaluation"
    first = tokens[0].lower if tokens else ""
    if first in _GENERIC_SPEAKERS and not has_number and len(tokens) > 1 and not tokens[1].capitalised \
            and tokens[1].lower not in _PARTITIVE \
            and (source is None or source.text.lower() in _GENERIC_SPEAKERS):
        return "opinion of unnamed experts"
    if _unnamed_group_stance(tokens, entities, source) and not has_number and not has_date:
        return "opinion of an unnamed group"
    if source is None and first in ("wer", "whoever") and not has_number:
        return "generalisation"
    if source is None and not has_number and not has_date and any(t.lower in _MUST for t in tokens) \
            and any(t.lower in _APPEAL_MARKS for t in tokens):
        return "appeal"
    if opinion_piece and source is None and not has_number and not has_date \
            and not any(e.label not in (QUANTITY, DATE) for e in entities) \
            and not any(t.lower in cues.official_acts for t in tokens if not t.capitalised) \
            and not _comparison(unit.text, [t.lower for t in tokens if t.word], cues, english):
        return "opinion piece: the author's view"
    if not _has_verb(tokens, cues) and not has_number and len([t for t in tokens if t.word]) < 4:
        return "fragment"
    if own_source is not None and (own_source.cue or "") in _OPINION_CUES and not has_number \
            and not _alleged_deed(tokens):
        # "Nach Ansicht von Senator Dodd hat die Fed versagt": a view credited to someone stays a view
        return f"a view, not an act: {own_source.cue}"
    quoted = inside_quotes(tokens)
    acts = _acts(tokens, quoted, cues)
    view = view_verb(tokens, quoted, english)
    if view is not None and not has_number and not acts - {view}:
        return f"a view, not an act: {view}"
    if view in _HOPES and not acts - {view} and not any(t.lower in ("hatte", "hatten") for t in tokens):
        # "Die NASA hofft, dass in drei Jahren …": the figure is part of the hope, nothing has happened
        return f"a hope: {view}"
    if source is not None and not has_number and not acts and (
            _opinionated(tokens, cues) or any(t.lower in EVALUATIONS for t in tokens if not t.capitalised)):
        return "an evaluation on record"
    if not has_number and not acts and (_EVALUATIVE_PREDICATE.search(unit.text) or _EXCESS_PREDICATE.search(unit.text)):
        return "an evaluation"
    if source is not None and not has_number and any(t.lower in _PRESCRIBING for t in tokens):
        return "a demand on record"
    return None


def _possible_that(tokens: list[Token]) -> bool:
    """"sagte, dass sich ein Problem ergeben könne": what was said is only possible. Not in a clause added
    to the statement ("…, was mit Zeugen belegt werden könne"), nor what someone cannot do."""
    for k, tok in enumerate(tokens):
        if tok.lower in ("könne", "könnten", "könnte"):
            opener = next((tokens[m].lower for m in range(k - 1, 0, -1)
                           if tokens[m].lower in CLAUSE_OPENERS and tokens[m - 1].text == ","), "dass")
            clause = [t.lower for t in tokens[:k]][-8:]
            # "dass sie sich keinen Anwalt leisten könne": what someone cannot do is a fact about them
            if opener == "dass" and not any(w == "nicht" or w.startswith("kein") for w in clause):
                return True
    return False


# "es könne … bestehen", "hätte vermutlich …": a possibility, in reported speech or hedged
# ("behauptete, belegen zu können": an infinitive of ability, no possibility)
_REPORTED_POSSIBILITY = re.compile(r"(?<!zu )\b(?:könne|können)\b|\b(?:hätte|hätten|wäre|wären)\b.*\b(?:vermutlich|wohl|möglicherweise)\b"
                                   r"|\b(?:vermutlich|wohl|möglicherweise)\b.*\b(?:hätte|hätten|wäre|wären)\b")
# "… ist idiotisch", "sei dringend nötig", "bleibt unverzichtbar": the predicate is a judgement
_EVALUATIVE_PREDICATE = re.compile(
    r"(?i)\b(?:ist|sei|sind|seien|war|wäre|waren|wären|bleibt|bleibe|bleiben)\s+(?:\w+\s+){0,4}?(?:nicht\s+)?(?:"
    + "|".join(sorted(EVALUATIONS, key=len, reverse=True)) + r")\b(?!\s+[A-ZÄÖÜ])")

# "Wir waren zu passiv", "Der Preis sei zu hoch": too much or too little of something is a judgement
# ("ist zu sehen" is an infinitive, "ist zu 80 Prozent fertig" has a number)
_EXCESS_PREDICATE = re.compile(
    r"\b(?:ist|sei|sind|seien|war|wäre|waren|wären|bleibt|bleibe|bleiben)\s+(?:\w+\s+){0,5}?zu\s+"
    r"(?!\w+(?:en|ern|eln)\b)[a-zäöüß]+\s*(?:[“”\"«».,;!?]|$)")

_HOPES = frozenset({"hofft", "hoffen", "erhofft", "erhoffen"})

# Subjunctive modals of reported demands: "die Regelung solle gelten", "man müsse handeln".
_PRESCRIBING = {"sollten", "sollte", "müsse", "müssten", "should", "must"}


def _acts(tokens: list[Token], quoted: list[bool], cues: Cues) -> set[str]:
    """The official acts the sentence states outside quotes ("verurteilte den Anschlag und verhängte
    Sanktionen"): a view beside one of them is still a claim."""
    return {t.lower for k, t in enumerate(tokens) if t.lower in cues.official_acts and not quoted[k] and not t.capitalised}


# Plural verbs of judging and expecting: "Naturschützer sehen die Pläne skeptisch", "Anwohner befürchten …"
_STANCE_PLURAL = {"sehen", "halten", "bewerten", "beurteilen", "bezweifeln", "zweifeln", "befürchten", "fürchten",
                  "glauben", "meinen", "finden", "kritisieren", "begrüßen", "loben", "warnen", "sind", "zeigen",
                  "reagieren", "rechnen", "erwarten", "beklagen", "bemängeln", "hoffen", "vermuten", "sprechen",
                  "äußern", "stehen"}


# "Viele von ihnen wurden erschossen", "Einige der Opfer", "Einige weitere Minister": a part of a group, no speakers
_PARTITIVE = frozenset({"von", "der", "des", "davon", "weitere", "dieser", "ihrer", "unter", "of"})
# Predicative words before "sind" that no group is named by ("Betroffen sind …"); documents are none either
_NOT_A_GROUP = frozenset({"betroffen", "verboten", "vorgesehen", "geplant", "bekannt", "offen", "unklar", "gestorben"})


def _present_passive(tokens: list[Token]) -> bool:
    """"Die Männer werden beschuldigt, …", "Sie wird dem Richter vorgeführt": "werden" with a participle
    closing its clause is the present passive, not the future."""
    for k, t in enumerate(tokens):
        if t.lower in ("wird", "werden"):
            lo, hi = clause_bounds(tokens, k)
            last = next((tokens[m] for m in range(hi - 1, k, -1) if tokens[m].word), None)
            return last is not None and last.lower.startswith(PARTICIPLE_PREFIXES) and last.lower.endswith("t") \
                and not last.capitalised
    return False


def _unnamed_group_stance(tokens: list[Token], entities: list[Entity], source: Source | None) -> bool:
    """A bare plural noun with no article and no name ("Naturschützer", "Ökonomen", "Anwohner") opening
    a sentence with a verb of judging: the view of a group nobody can check, not a statement on record."""
    words = [t for t in tokens if t.word]
    if len(words) < 3 or not words[0].capitalised or words[1].capitalised or words[1].lower not in _STANCE_PLURAL:
        return False
    if any(e.start <= words[0].start < e.end for e in entities if e.label not in (QUANTITY, DATE)):
        return False
    head = words[0].lower
    if not head.endswith(("er", "en", "e", "innen", "leute")) or head in ("sie", "die", "diese", "beide", "alle") \
            or head in _NOT_A_GROUP or head in DOCUMENTS:
        return False
    if words[1].lower in ("halten", "zeigen") and words[2].lower == "sich":
        return False  # "Privatfirmen halten sich mit Zusagen zurück": holding back, not judging
    return source is None or source.text.lower() == head


def _assertion_before_speculation(unit: Unit, tokens: list[Token], cues: Cues, english: bool) -> Unit | None:
    """The leading clause of a sentence whose speculation sits only in a trailing clause, when that
    clause asserts something on its own (a finite verb and no modal of its own)."""
    if _conditional(tokens):
        return None
    first = next((k for k, t in enumerate(tokens) if t.word and t.text in cues.speculation), None)
    if first is None:
        return None
    boundary = next((k for k in range(first - 1, 0, -1) if tokens[k].text in (",", ";", "–", "—")), None)
    if boundary is None or boundary < 3:
        return None
    head = tokens[:boundary]
    if _speculative(head, cues, english) or not _has_verb(head, cues) or any(t.text in QUOTES for t in head):
        return None
    end = tokens[boundary - 1].end
    return Unit(unit.start, end, unit.text[: end - unit.start], unit.own_line)


def _conditional(tokens: list[Token]) -> bool:
    """"Wenn …", "Sollte …", and the inverted "Kämen sie dem nicht nach, …"."""
    words = [t.lower for t in tokens if t.word]
    return bool(words) and words[0] in ("sollte", "sollten", "falls", "wenn", "should", "if", "wäre", "wären", "hätte",
                                        "hätten", "käme", "kämen", "würde", "würden", "gäbe", "ginge", "bliebe")


def _number_after_condition(tokens: list[Token], entities: list[Entity]) -> bool:
    """A figure in what follows the condition ("Wäre am Sonntag Wahl, käme die SPD auf 24 Prozent": a poll's
    result); one inside the condition ("Sollte das Hochwasser zehn Tage anhalten, …") states nothing."""
    comma = next((t for t in tokens if t.text == ","), None)
    after = comma.end if comma is not None else 0
    return any(e.label == QUANTITY and e.start >= after for e in entities)


def _speculative(tokens: list[Token], cues: Cues, english: bool) -> bool:
    """Modal, conditional or advising: what may be, not what is."""
    words = [t.lower for t in tokens if t.word]
    if not words:
        return False
    if _conditional(tokens):
        return True
    # case matters ("may" is no "May"), except for the sentence's first word ("Möglicherweise …")
    first = next(t for t in tokens if t.word)
    if any(t.text in cues.speculation and not _stated_modal(tokens, k) for k, t in enumerate(tokens) if t.word) \
            or (not english and first.lower in cues.speculation):
        return True
    text = " ".join(words)
    return bool(re.search(r"nicht (?:mehr )?(?:ausgeschlossen|auszuschließen)|not ruled out|cannot be ruled out", text))


# Sources that present what follows as someone's opinion
_OPINION_CUES = frozenset({"nach Ansicht", "nach Meinung", "nach Auffassung"})  # ("nach Überzeugung der Kammer" is a finding)


def _alleged_deed(tokens: list[Token]) -> bool:
    """"Nach Ansicht der Staatsanwaltschaft soll er die Frau getötet haben", "… sind für die Verletzungen
    verantwortlich": an accusation of a deed or blame, which is checkable even as someone's view."""
    words = {t.lower for t in tokens if t.word}
    return bool(words & {"soll", "sollen"} and words & {"haben", "habe"}) or "verantwortlich" in words


# Who "sollte" advises rather than plans for ("Man sollte …", "Jeder sollte wissen …", "Verbraucher sollten jetzt …")
_ADVISED = frozenset({"man", "wir", "ihr", "du", "jeder", "jede", "niemand", "besser", "lieber", "unbedingt", "endlich",
                      "jetzt", "verbraucher", "autofahrer", "bürger", "anwohner", "reisende", "kunden", "eltern",
                      "patienten", "besucher", "fahrgäste", "nutzer", "urlauber"})
# What the law threatens: "Ihm droht eine Freiheitsstrafe" states the penalty, not a guess
_PENALTIES = ("strafe", "haft", "haftstrafe", "freiheitsstrafe", "todesstrafe", "geldstrafe", "gefängnis")


def _stated_modal(tokens: list[Token], k: int) -> bool:
    """A modal word that states rather than supposes: the past plan "Das Flugzeug sollte um 9 Uhr landen",
    "ein Gesetz, das die Zahlungen regeln sollte", and the penalty the law sets ("Ihm droht lebenslange Haft").
    A "sollte" that opens a clause is a condition, one in a "dass" clause a demand, one with "man" advice."""
    low = tokens[k].lower
    lo, hi = clause_bounds(tokens, k)
    words = {t.lower for t in tokens[lo:hi]}
    if low in ("droht", "drohte"):
        return any(t.lower.endswith(_PENALTIES) for t in tokens[k + 1 : hi])
    if low not in ("sollte", "sollten"):
        return False
    return k > lo and not words & _ADVISED and tokens[lo].lower not in ("dass", "wenn", "falls", "ob", "damit") \
        and not any(t.text in QUOTES for t in tokens)


def _opinionated(tokens: list[Token], cues: Cues) -> bool:
    # (a capitalised word inside the sentence is part of a name or title: the series „Wunderbare Welt“)
    first = next((k for k, t in enumerate(tokens) if t.word), 0)
    return any(t.lower in cues.opinion for k, t in enumerate(tokens) if t.word and (k == first or not t.capitalised))


# How many units without a source a Konjunktiv I sentence may look back over for its speaker
_REPORT_GAP = 2
# Konjunktiv II forms that also state conditions and wishes: no sign of reported speech on their own
_CONDITIONAL = {"hätte", "hätten", "würde", "würden", "könnten", "müssten", "wollten", "gäbe", "käme", "ginge",
                "lägen", "stünden", "befänden", "blieben"}


def _reported_speech(tokens: list[Token], cues: Cues) -> bool:
    """A Konjunktiv I verb outside quotes: reported speech even where the sentence before it was not."""
    if cues is cues_for("en"):
        return False
    for k, t in enumerate(tokens[1:-1], start=1):
        # "das reiche Saudi-Arabien": a form before a noun is an adjective
        if t.text in cues.subjunctive and t.text not in _CONDITIONAL and not tokens[k + 1].capitalised:
            return True
    return False


# A quotation is followed over at most this many sentences
_QUOTE_UNITS = 8


def _follow_quote(context: _Context, unit: Unit, claims: list[Claim], unattributed_claim: bool,
                  source: Source | None) -> None:
    """Keep track of a quotation over several sentences: "„… . … .“, sagte X" gives X the sentences
    before the one that names X too."""
    opened = unit.text.count("„") + unit.text.count("»")
    closed = unit.text.count("“") + unit.text.count("«")
    if not context.quote_open:
        if opened > closed:
            context.quote_open, context.quote_source = True, source
            context.quote_claims = [len(claims) - 1] if unattributed_claim else []
            context.quote_end, context.quote_units = unit.end, 1
        return
    context.quote_end, context.quote_units = unit.end, context.quote_units + 1
    if closed > opened:
        if source is not None:
            for index in context.quote_claims:
                if claims[index].source_id is None:
                    claims[index] = _attribute(claims[index], source)
        _close_quote(context)
    elif unattributed_claim:
        context.quote_claims.append(len(claims) - 1)


def _close_quote(context: _Context) -> None:
    context.quote_open, context.quote_source, context.quote_claims, context.quote_units = False, None, [], 0


def _continues_report(unit: Unit, tokens: list[Token], cues: Cues) -> bool:
    """Reported speech that carries on the attribution before it: subjunctive, "soll", a quote."""
    text = unit.text.lstrip()
    if text[:1] in QUOTES_OPEN:
        return True
    words = [t.lower for t in tokens if t.word]
    if "hieß" in words or "heißt" in words:
        return True
    # a verb form in lower case: "wegen seiner Berichte" holds no "berichte"
    if any(t.text in cues.subjunctive for t in tokens if t.word) or any(w in cues.hearsay for w in words):
        return True
    return cues is not cues_for("en") and any(_looks_subjunctive(tokens, k) for k in range(1, len(tokens)))


# Lower-case words ending in -e that are no verbs
_NOT_SUBJUNCTIVE = {"gerne", "heute", "alleine", "lange", "bitte", "ohne", "alle", "diese", "jene", "eine", "keine",
                    "seine", "ihre", "unsere", "beide", "einige", "viele", "wenige", "manche", "welche", "solche", "jede",
                    "meine", "deine", "eure", "gerade", "ebenfalls", "nahe", "ferne", "rasche", "weise", "gemeinsame",
                    "andere", "mehrere", "sowie", "ende", "etwa", "selbe", "derselbe", "dieselbe", "dasselbe", "die",
                    # the indicative past "wurde" and adverbs/predicatives in -e
                    "wurde", "beinahe", "schade", "zugute", "zugrunde", "zuliebe", "zumute", "leise", "müde", "böse",
                    "stille", "ganze", "lose", "träge", "irre", "ade", "zuhause", "daheime", "alleine"}


def _looks_subjunctive(tokens: list[Token], k: int) -> bool:
    """A Konjunktiv I form the word lists do not name ("dauere", "plane", "liege"): lower case, ending in -e
    but not in the past tense's -te, and not an adjective before its noun."""
    tok = tokens[k]
    low = tok.text
    if not tok.word or not low[:1].islower() or len(low) < 4 or not low.endswith("e") or low.endswith("te"):
        return False
    if low in _NOT_SUBJUNCTIVE or low.endswith(("ische", "liche", "ige", "ene", "ste", "nde", "weise")):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is not None and following.lower in ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                                                     "einem", "einer", "sich", "nicht", "auch", "es"):
        return True  # an adjective is never followed by an article: "treffe der Aufschlag"
    return following is None or not (following.capitalised or following.text.endswith(("e", "en", "er", "es")))


def _attribute(claim: Claim, source: Source) -> Claim:
    """The claim with a source found after it, its score and reasons updated to match."""
    reasons = [f"a named source: {source.resolved or source.text}", *claim.reasons]
    return claim.model_copy(update={"source_id": source.id, "reasons": reasons,
                                    "score": round(min(1.0, claim.score + _SOURCE_WEIGHT), 2)})


def _points_back(tokens: list[Token], cues: Cues) -> bool:
    text = " ".join(t.text for t in tokens[:4])
    if len(tokens) > 1 and tokens[0].lower in ("das", "dies", "this", "that") and (tokens[1].capitalised or not tokens[1].word):
        return False  # "Das Ergebnis ist eindeutig", "Das Ministerium teilte mit": a noun phrase, not a pointer
    return bool(_POINTS_BACK.match(text))


# --- sources -------------------------------------------------------------------------------


def _shortest_naming(found: Found, entities: list[Entity], text: str) -> Found:
    """"der kaldonische Präsident Ivo Marek" is named by "Ivo Marek": a person the model found at the
    end of the source span, after a role, is the shortest span that names it. A first name the model left
    out ("Ina Roth" tagged as "Roth") or a possessive ("Varnias Außenministerium") is no role."""
    people = [e for e in entities if e.label == "PER" and found.start <= e.start and e.end == found.end]
    if len(people) != 1 or people[0].start == found.start:
        return found
    before = text[found.start : people[0].start].split()
    role = before[-1]
    if role[:1].islower() or "-" in role or role.lower().endswith(ROLE_SUFFIXES) or role in ("Dr.", "Prof."):
        return Found(people[0].start, people[0].end, found.cue, found.pronoun, found.speaker_first)
    return found


# Heads so general that any organisation or person of the right kind may be meant
_GENERIC_HEADS = {"land", "unternehmen", "konzern", "behörde", "firma", "country", "company", "firm", "agency",
                  "minister", "ministerin", "sprecher", "sprecherin", "politiker", "politikerin", "präsident", "präsidentin"}
# Heads of a description that points back at an organisation or a country named before ("das Land")
_GROUP_HEADS = {"land", "regierung", "ministerium", "behörde", "konzern", "unternehmen", "stadt", "gemeinde", "partei",
                "verband", "gericht", "amt", "institut", "agentur", "firma", "kommune", "landkreis", "kreis",
                "country", "government", "ministry", "agency", "company", "firm", "city", "party", "court"}


def _feminine_head(phrase: str | None) -> bool:
    """A phrase whose head noun is feminine by its ending ("Realisierung", "Mehrheit", "Kommission")."""
    words = [w for w in (phrase or "").split() if w[:1].isupper()]
    return bool(words) and words[0].lower().endswith(("ung", "heit", "keit", "schaft", "ion", "tät"))


def _make_source(found: Found, region: tuple[int, int], text: str, context: _Context, number: int) -> Source:
    """The SOURCE over the whole phrase ``region``; it resolves to the name ``found`` holds, or further
    back when that is a pronoun or a bare description."""
    resolved = None
    if found.owner is not None:
        resolved = text[found.owner[0] : found.owner[1]]
    elif found.pronoun:
        if found.cue == "danach" and not context.attributed_before:
            resolved = context.previous_document  # "Die UBS legte Quartalszahlen vor. Danach …"
        elif found.cue in ("demnach", "demzufolge", "danach") and context.last_source is not None:
            resolved = context.last_source.resolved or context.last_source.text
        elif text[found.start : found.end].lower() == "er":
            resolved = context.last_he  # "er" never means "die Realisierung dieses Vorhabens"
        else:
            resolved = context.last_actor
    else:
        resolved = _description_antecedent(text, found, context)
    start, end = region
    if resolved is None and (start, end) != (found.start, found.end):
        resolved = text[found.start : found.end]
    return Source(id=f"source-{number}", start=start, end=end, text=text[start:end], resolved=resolved, cue=found.cue)


def _description_antecedent(text: str, found: Found, context: _Context) -> str | None:
    """"Das Land betonte", "wie die Behörde mitteilte", "Der Minister sagte": a definite description with
    no name of its own points back at the last source (else name) of its kind."""
    words = text[found.start : found.end].split()
    article = text[max(0, found.start - 4) : found.start].strip().lower()
    if len(words) != 1 or article not in ("der", "die", "das", "the"):
        return None  # "die südkoreanische Regierung" names itself; only a bare head points back
    head = words[-1].lower()
    kind = "person" if head.endswith(ROLE_SUFFIXES) else "group" if head in _GROUP_HEADS else None
    if kind is None:
        return None
    earlier = [(name, seen) for name, seen in reversed(context.named) if name.lower() != head]
    # "der Landkreis" is the Landkreis named before; "das Unternehmen" is whatever organisation spoke last
    same_head = next((name for name, _ in earlier if head in name.lower()), None)
    if same_head or (head not in _GENERIC_HEADS and kind != "person"):
        return same_head
    # "die Grünen-Politikerin", "der 61-Jährige": a person's name never contains the role, so a role
    # or an age points back at the last person named
    return next((name for name, seen in earlier if seen == kind), None)


def _remember_named(context: _Context, source: Source | None, entities: list[Entity], text: str) -> None:
    """Names later descriptions may point back at: sources first (they are what a description usually
    means), then the people, organisations and places the model found."""
    mentioned = [(e.text, "person" if e.label == "PER" else "group") for e in entities if e.label in ("PER", "ORG", "LOC")]
    context.named.extend(mentioned)
    if source is not None:
        name = source.resolved or source.text
        words = source.text.split()
        # a person the model found, a role ("Sprecherin"), or a role before a name ("Hotelier Kurt Ahlers")
        person = any(e.label == "PER" and e.start < source.end and source.start < e.end for e in entities) or \
            words[-1].lower().endswith(ROLE_SUFFIXES) or (len(words) > 1 and words[0].lower().endswith(ROLE_SUFFIXES)
                                                        and all(w[:1].isupper() for w in words))
        if source.text.lower() not in _POINTERS:
            context.named.append((name, "person" if person else "group"))


def _remember_actor(context: _Context, source: Source | None, entities: list[Entity], tokens: list[Token], cues: Cues) -> None:
    if source is not None:
        actor = source.resolved or source.text
    else:
        subject = _opening_subject(tokens, cues)
        people = [e for e in entities if e.label == "PER"]
        after = next((t.lower for t in tokens if subject is not None and t.start >= subject[1]), "")
        if subject is not None and after in _COPULAS and any(e.start >= subject[1] for e in people) and not any(
                subject[0] <= e.start and e.end <= subject[1] and " " in e.text for e in people):
            # "Ein anderer Richter des Tribunals ist Raed Dschuhi": the name after the copula is who a later "er"
            # means (a one-word "name" inside the subject is as often the role: "Vorsitzender Richter")
            actor = next(e.text for e in people if e.start >= subject[1])
        elif subject is not None:
            inner = [e for e in people if subject[0] <= e.start and e.end <= subject[1]]
            actor = inner[0].text if inner else " ".join(t.text for t in tokens if subject[0] <= t.start and t.end <= subject[1])
        else:
            actor = people[0].text if people else None
    # "Er war zuvor in Lissabon tätig": a pronoun subject is still the actor named before it
    if actor is not None and actor.lower() not in _POINTERS and actor.lower() not in cues.pronouns:
        context.last_actor = actor
        if not _feminine_head(actor):
            context.last_he = actor


def _opening_subject(tokens: list[Token], cues: Cues) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence and is followed by its verb: the likely subject."""
    words = [t for t in tokens if t.word]
    if len(words) < 2 or words[0].lower in cues.not_names and words[0].lower not in cues.determiners:
        return None
    k = 0
    while k < len(words) and words[k].lower in cues.determiners:
        k += 1
    start = k
    while k < len(words) and (words[k].capitalised or (k > start and words[k].lower in cues.name_glue)
                              or (not words[k].capitalised and words[k].text.endswith(("e", "en", "er", "es"))
                                  and k + 1 < len(words) and words[k + 1].capitalised)):
        k += 1
    if k == start or k >= len(words) or words[k].capitalised:
        return None
    if words[k].lower in cues.stop_words and words[k].lower not in cues.finite_verbs:
        return None
    return words[start].start, words[k - 1].end


_COPULAS = {"ist", "war", "sind", "waren", "heißt", "hieß", "is", "was"}

# Source words that only point at a name; they are never remembered as a name themselves
_POINTERS = {"er", "sie", "man", "demnach", "demzufolge", "he", "she", "they", "ihren", "seinen", "ihrer", "seiner"}


# --- score ---------------------------------------------------------------------------------

_SOURCE_WEIGHT = 0.15


def _score(unit: Unit, tokens: list[Token], entities: list[Entity], cues: Cues, english: bool,
           source: Source | None) -> tuple[float, list[str]]:
    """Check-worthiness in [0, 1] and the reasons that produced it, most weighty first."""
    reasons: list[tuple[float, str]] = []
    words = [t.lower for t in tokens if t.word]
    quantities = [e for e in entities if e.label == QUANTITY]
    dates = [e for e in entities if e.label == DATE]
    if quantities:
        reasons.append((0.2, "a number: " + ", ".join(e.text for e in quantities[:3])))
    if source is not None:
        reasons.append((_SOURCE_WEIGHT, f"a named source: {source.resolved or source.text}"))
    acts = [t.lower for k, t in enumerate(tokens) if t.lower in cues.official_acts and (k == 0 or not t.capitalised)]
    if acts:
        reasons.append((0.15, "an official act: " + acts[0]))
    comparison = _comparison(unit.text, words, cues, english)
    if comparison:
        reasons.append((0.15, "a comparison or record: " + comparison))
    causal = [w for w in words if w in cues.causal]
    if causal:
        reasons.append((0.1, "a causal statement: " + causal[0]))
    hedges = [w for w in words if w in cues.hedges]
    if hedges or (source is not None and source.cue in ("zufolge",) and source.text.lower() in ("berichten", "reports")):
        reasons.append((0.1, "hedging: " + (hedges[0] if hedges else "Berichten zufolge")))
    if dates:
        reasons.append((0.05, "a date: " + dates[0].text))
    if any(c in unit.text for c in QUOTES_OPEN):
        reasons.append((0.05, "a direct quote"))
    names = [e for e in entities if e.label not in (QUANTITY, DATE)]
    if names:
        reasons.append((0.05, "names: " + ", ".join(dict.fromkeys(e.text for e in names[:3]))))
    score = min(1.0, 0.35 + sum(weight for weight, _ in reasons))
    return round(score, 2), [reason for _, reason in sorted(reasons, key=lambda r: -r[0])]


def _comparison(text: str, words: list[str], cues: Cues, english: bool) -> str | None:
    if english:
        m = re.search(r"(?i)\b(for the first time|first ever|record|highest|lowest|doubled|tripled|"
                      r"(?:more|less|fewer|higher|lower)\b(?:\s+\w+){0,5}?\s+than\s+(?!\d|about|around))", text)
    else:
        m = re.search(r"(?i)\b(erstmal(?:s|ig)|zum ersten Mal|Rekord\w*|Höchst\w+|Tiefst\w+|höchste[nmrs]?|niedrigste[nmrs]?|"
                      r"(?:schlecht|gering|niedrig|hoch|groß|klein|stark|schwach|teuer|billig)\w*ste[nmrs]?\s+\w+\s+seit|"
                      r"verdoppelt|verdreifacht|halbiert|gestiegen|gesunken|gestiegen|gewachsen|zurückgegangen|"
                      r"(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer)\b(?:\s+\w+){0,5}?\s+als\s+(?!\d|rund|etwa|über|ca\.))", text)
    return m[1] if m else None
