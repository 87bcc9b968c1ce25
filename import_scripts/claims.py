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

from ls_factcheck.import_scripts.attribution import QUOTES, QUOTES_OPEN, Found, SourceFinder, Token, tokenize
from ls_factcheck.import_scripts.cues import Cues, cues_for
from ls_factcheck.import_scripts.numbers import MONTHS
from ls_factcheck.labels import DATE, QUANTITY
from ls_factcheck.schema import Claim, Entity, Source, Span

# German words that end a unit without ending the sentence: "am 28." + "April", "Mrd." + "Euro"
_GLUE_BEFORE = re.compile(r"(?:\b\d{1,2}\.|\b(?:Nr|Dr|Prof|St|ca|bzw|Mio|Mrd|Tsd|Abs|Art|vgl|z\.\s?B|u\.\s?a|Jan|Feb|Okt|Dez|Sept?)\.)$")
_TERMINAL = ".!?…:" + "".join(QUOTES) + ")"
_NAME = re.compile(r"[A-ZÄÖÜ][\w.\-’']+")

# Speakers too vague to put an evaluation on record ("Experten sehen darin ...")
_GENERIC_SPEAKERS = {"experten", "beobachter", "kritiker", "analysten", "kommentatoren", "viele", "manche", "einige",
                     "experts", "observers", "critics", "analysts", "commentators", "many", "some"}
_OPINION_VERBS_DE = re.compile(r"\b(sehen|sieht|halten|hält|gilt|gelten|bewerten|bewertet|empfinden|betrachten)\b")


# The author's appeals and "remains to be seen", in either word order and language
_APPEAL = re.compile(
    r"\b(?:es ist|ist es|es wäre|wäre es|it is|it would be)\s+(?:daher\s+|deshalb\s+|jetzt\s+|nun\s+)?"
    r"(?:unerlässlich|unabdingbar|wichtig|notwendig|nötig|geboten|dringend geboten|höchste zeit|an der zeit|"
    r"zu hoffen|wünschenswert|essential|imperative|crucial|vital|time)\b"
    r"|\b(?:bleibt abzuwarten|(?:muss|müsse|müssen) (?:\w+ )*abgewartet werden|remains to be seen)\b"
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
    last_actor: str | None = None
    byline_names: list[str] = field(default_factory=list)
    lines_seen: set[str] = field(default_factory=set)


def find_claims(doc: Doc, sentences: list[Span], entities: list[Entity], language: str) -> tuple[list[Claim], list[Source]]:
    """Candidate claims with scores and reasons, and the SOURCE spans they are attributed to."""
    text = doc.text
    cues = cues_for(language)
    english = cues is not cues_for("de")
    finder = SourceFinder(cues, english)
    context = _Context()
    claims: list[Claim] = []
    sources: list[Source] = []
    for unit in units(text, sentences):
        tokens = tokenize(unit.text, unit.start)
        inside = [e for e in entities if unit.start <= e.start and e.end <= unit.end]
        if _is_meta(unit, tokens, inside, cues, context):
            context.last_source, context.attributed_before = None, False
            continue
        if unit.own_line and _is_heading(unit, tokens, cues, english, context):
            context.last_source, context.attributed_before = None, False
            continue
        found = finder.find(tokens)
        source = _make_source(found, text, context, len(sources) + 1) if found else None
        if source is not None:
            sources.append(source)
        inherited = None
        if source is None and context.attributed_before and _continues_report(unit, tokens, cues):
            inherited = context.last_source
        governing = source or inherited
        verdict = _not_a_claim(unit, tokens, inside, cues, english, governing)
        if verdict is None:
            score, reasons = _score(unit, tokens, inside, cues, english, governing)
            claims.append(Claim(id=f"claim-{len(claims) + 1}", start=unit.start, end=unit.end, text=unit.text,
                                score=score, reasons=reasons, source_id=governing.id if governing else None))
        elif source is not None and not _source_is_linked(source, claims):
            # a source with no claim to attach to is noise for the reviewer
            sources.remove(source)
            source = None
            governing = inherited
        context.last_source = governing or context.last_source
        context.attributed_before = governing is not None
        _remember_actor(context, governing, inside, tokens, cues)
    return claims, sources


# --- units ---------------------------------------------------------------------------------


def units(text: str, sentences: list[Span]) -> list[Unit]:
    """The pipeline's sentences, split at line breaks and re-joined where the splitter erred."""
    pieces: list[tuple[int, int]] = []
    for sent in sentences:
        offset = sent.start
        for line in re.split(r"(\n+)", text[sent.start : sent.end]):
            if line and not line.startswith("\n"):
                start, end = _strip(text, offset, offset + len(line))
                if end > start:
                    pieces.append((start, end))
            offset += len(line)
    pieces = _move_opening_quotes(text, pieces)
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


def _move_opening_quotes(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The splitter leaves a quote's opening mark at the end of the sentence before it."""
    moved = []
    carry = None
    for start, end in pieces:
        if carry is not None:
            start = carry
            carry = None
        stripped_end = end
        while stripped_end > start and text[stripped_end - 1] in "„»" or (
            stripped_end - 1 > start and text[stripped_end - 1] == '"' and text[stripped_end - 2].isspace()
        ):
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
    if low.startswith(cues.meta_prefixes) or "»" in unit.text and unit.own_line and unit.text.count("»") >= 1 and low.startswith(("home", "start")):
        return True
    byline = re.match(r"(?i)^(?:von|by|text:|text von|ein kommentar von|eine analyse von)\s+(.+?)\.?$", unit.text)
    if byline and len(byline[1].split()) <= 8 and all(w[:1].isupper() or w.lower() in ("und", "and", "von", "van", "de", ",") for w in byline[1].replace(",", " ,").split()):
        context.byline_names.extend(n.strip() for n in re.split(r",|\bund\b|\band\b", byline[1]) if n.strip())
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


def _is_heading(unit: Unit, tokens: list[Token], cues: Cues, english: bool, context: _Context) -> bool:
    """A line without a sentence end: a topic heading, unless it asserts something (a headline)."""
    stripped = unit.text.rstrip()
    if stripped[-1:] in ".!…" or (stripped[-1:] in QUOTES and len(tokens) > 12):
        return False
    if stripped.endswith("?"):
        return True
    key = " ".join(stripped.lower().split())
    if key in context.lines_seen:
        return True  # a headline repeated by the page layout
    context.lines_seen.add(key)
    words = [t for t in tokens if t.word]
    if len(words) > 20:
        return False
    return not _has_verb(tokens, cues) or len(words) < 3 or _speculative(tokens, cues, english)


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
        if re.search(r"(?:[^s]t|ern|eln|ieren|ierte|ierten)$", low) and len(low) > 3:
            return True
    return False


_NOT_VERBS = {"nicht", "jetzt", "erst", "bereits", "weit", "seit", "mit", "gut", "laut", "ausgerechnet", "meist",
              "zuletzt", "zunächst", "insgesamt", "erneut", "vorerst", "gestern", "modern", "selbst", "fast",
              "trotz", "bisweilen", "oft", "sanft", "nachts", "rechts", "links", "welt", "stadt", "not", "most",
              "but", "just", "last", "first", "against", "at", "that", "what", "about", "out", "it", "east",
              "west", "best", "amid", "next", "yet", "abroad", "post", "vast", "heart", "court", "report"}


def _not_a_claim(unit: Unit, tokens: list[Token], entities: list[Entity], cues: Cues, english: bool,
                 source: Source | None) -> str | None:
    """Why this sentence is no claim, or None when it is one."""
    stripped = unit.text.rstrip("".join(QUOTES) + " ")
    if stripped.endswith("?"):
        return "question"
    low = unit.text.lower()
    if low.startswith(cues.appeals) or _APPEAL.search(low):
        return "appeal"
    if not any(t.word for t in tokens):
        return "no words"
    has_number = any(e.label == QUANTITY for e in entities)
    if source is None and _speculative(tokens, cues, english):
        return "speculation"
    if source is None and not has_number and _opinionated(tokens, cues):
        return "opinion"
    first = tokens[0].lower if tokens else ""
    if source is None and first in _GENERIC_SPEAKERS and _OPINION_VERBS_DE.search(low) and not has_number:
        return "opinion of unnamed experts"
    if not _has_verb(tokens, cues) and not has_number and len([t for t in tokens if t.word]) < 4:
        return "fragment"
    return None


def _speculative(tokens: list[Token], cues: Cues, english: bool) -> bool:
    words = [t.lower for t in tokens if t.word]
    if not words:
        return False
    if words[0] in ("sollte", "sollten", "falls", "wenn", "should", "if") and not english or (english and words[0] in ("should", "if")):
        return True
    modal = {"könnte", "könnten", "dürfte", "dürften", "würde", "würden", "möglicherweise", "vielleicht",
             "womöglich", "eventuell"} if not english else {"could", "might", "may", "would", "perhaps", "maybe"}
    return any(w in modal for w in words)


def _opinionated(tokens: list[Token], cues: Cues) -> bool:
    return any(t.lower in cues.opinion for t in tokens if t.word)


def _continues_report(unit: Unit, tokens: list[Token], cues: Cues) -> bool:
    """Reported speech that carries on the attribution before it: subjunctive, "soll", a quote."""
    text = unit.text.lstrip()
    if text[:1] in QUOTES_OPEN:
        return True
    words = [t.lower for t in tokens if t.word]
    if "hieß" in words or "heißt" in words:
        return True
    return any(w in cues.subjunctive or w in cues.hearsay for w in words)


def _source_is_linked(source: Source, claims: list[Claim]) -> bool:
    return any(c.source_id == source.id for c in claims)


# --- sources -------------------------------------------------------------------------------


def _make_source(found: Found, text: str, context: _Context, number: int) -> Source:
    resolved = None
    if found.pronoun:
        if found.cue in ("demnach", "demzufolge") and context.last_source is not None:
            resolved = context.last_source.resolved or context.last_source.text
        else:
            resolved = context.last_actor
    return Source(id=f"source-{number}", start=found.start, end=found.end, text=text[found.start : found.end],
                  resolved=resolved, cue=found.cue)


def _remember_actor(context: _Context, source: Source | None, entities: list[Entity], tokens: list[Token], cues: Cues) -> None:
    if source is not None:
        context.last_actor = source.resolved or source.text
        return
    subject = _opening_subject(tokens, cues)
    people = [e for e in entities if e.label == "PER"]
    if subject is not None:
        inner = [e for e in people if subject[0] <= e.start and e.end <= subject[1]]
        context.last_actor = inner[0].text if inner else " ".join(
            t.text for t in tokens if subject[0] <= t.start and t.end <= subject[1])
    elif people:
        context.last_actor = people[0].text


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


# --- score ---------------------------------------------------------------------------------


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
        reasons.append((0.15, f"a named source: {source.resolved or source.text}"))
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
                      r"verdoppelt|verdreifacht|halbiert|gestiegen|gesunken|gestiegen|gewachsen|zurückgegangen|"
                      r"(?:mehr|weniger|höher|niedriger|größer|kleiner|stärker|schwächer)\b(?:\s+\w+){0,5}?\s+als\s+(?!\d|rund|etwa|über|ca\.))", text)
    return m[1] if m else None
