"""A sentence's tokens as the source rules read them, and which of them stand inside quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ls_factcheck.preannotate.cues import COMBINING_MARKS


TOKEN = re.compile(rf"[\w-]+(?:\.[\w-]+)*\.(?:de|com|net|org|at|ch|eu|info|tv|fr|uk|ru|it|nl|es)(?![\w.])"
                   # "3,5" and "10.000" are one token: the comma in a number opens no clause
                   rf"|\d+(?:[.,]\d+)+[\w\-]*"
                   rf"|\w[\w{COMBINING_MARKS}\-’'/&]*\.?(?<!\.\.)|[„“”\"»«‚‘’()\[\]]|[^\w\s]")
QUOTES_OPEN = {"„", "“", "»", "«", '"', "‚"}
QUOTES = {"„", "“", "”", "»", "«", '"', "‚", "‘", "’"}

# Abbreviations keep their dot; any other word loses a trailing sentence dot.
ABBREVIATIONS = {"dr.", "prof.", "st.", "nr.", "mio.", "mrd.", "bzw.", "ca.", "u.", "z.", "v.", "jr.", "sen.", "gen."}


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
        # "ai-Bericht", "taz-Interview": a compound whose last part is a noun is a noun
        self.capitalised = self.text[:1].isupper() or ("-" in self.text and self.text.rsplit("-", 1)[1][:1].isupper())
        self.word = self.text[:1].isalnum()


@dataclass
class Found:
    """A source found in one sentence; offsets are into the article."""

    start: int
    end: int
    cue: str
    pronoun: bool = False  # the span is a pronoun or "demnach": resolve it to an earlier name
    speaker_first: bool = False  # the clause before the cue is the speaker, not the claim
    acts: bool = False  # an order ("forderte die Anwohner auf"): the speaker acts; marked, not the claim's source
    owner: tuple[int, int] | None = None  # "nach eigenen Angaben": the span names no one; the owner is who speaks


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for m in TOKEN.finditer(text):
        word = m.group(0)
        start, end = m.start(), m.end()
        if word.endswith(".") and len(word) > 1 and word.lower() not in ABBREVIATIONS and not _is_initial(word):
            end -= 1
            word = word[:-1]
        tokens.append(Token(word, start + offset, end + offset))
    return tokens


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


def words_in(tokens: list[Token], span: tuple[int, int]) -> list[Token]:
    """The tokens that lie inside ``span`` (character offsets), punctuation included."""
    return [t for t in tokens if span[0] <= t.start and t.end <= span[1]]


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
