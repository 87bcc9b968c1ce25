"""German quantities that are not a figure followed by its unit.

``numbers`` finds "62.000 russische Soldaten" and "20 Milliarden Dollar". Real news also counts in
words and leaves units implicit, and the guideline counts these as quantities too: durations with
a spelled-out or implied one ("rund eine Stunde", "elf Jahre"), compounds ("siebenjährigen",
"24-stündiger", "10-km"), results ("4:0", "2:31:37"), the first figure of a range whose unit only
the second one names ("vier bis sechs Atomwaffen"), vague counts ("Tausende"), partitives ("zwei
der Männer") and shares ("jeder Dritte"). Spans never run into the next word or name.
"""

from __future__ import annotations

import re

_UNITS_OF_TIME = {
    "sekunde": "s", "minute": "min", "stunde": "h", "tag": "Tage", "woche": "Wochen", "monat": "Monate",
    "jahr": "Jahre", "jahrzehnt": "Jahrzehnte", "jahrhundert": "Jahrhunderte",
}
_TIME_WORD = r"(?:Sekunden?|Minuten?|Stunden?|Tage?n?|Tages|Wochen?|Monate?n?|Monats|Jahre?n?|Jahres|Jahrzehnte?n?|Jahrhunderte?n?)"

_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
          "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
         "neunzig": 90}


def word_value(word: str) -> float | None:
    """The value of a German number word up to 999: "sechzig" → 60, "fünfundzwanzig" → 25."""
    w = word.lower()
    simple = {u: i + 1 for i, u in enumerate(_UNITS)} | {"eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1}
    if w in simple:
        return float(simple[w])
    if w in _TEENS:
        return float(_TEENS[w])
    if w in _TENS:
        return float(_TENS[w])
    if w == "anderthalb":
        return 1.5
    if w.endswith("einhalb") and w != "einhalb":  # "eineinhalb", "zweieinhalb": and a half
        whole = word_value(w[: -len("einhalb")] or "ein")
        return None if whole is None else whole + 0.5
    thousands, sep, rest = w.partition("tausend")
    if sep:  # "tausend", "eintausend", "zweitausendfünfhundert"
        head = 1.0 if thousands in ("", "ein") else word_value(thousands)
        tail = word_value(rest) if rest else 0.0
        return None if head is None or tail is None else head * 1000 + tail
    hundreds, _, rest = w.partition("hundert")
    if _:
        head = simple.get(hundreds, 1 if hundreds == "" else None)
        tail = word_value(rest) if rest else 0.0
        return None if head is None or tail is None else head * 100 + tail
    unit, sep, tens = w.partition("und")
    if sep and unit in simple and tens in _TENS:
        return float(simple[unit] + _TENS[tens])
    return None


def _figure_value(n: str) -> float | None:
    """"1.450" → 1450, "2,5" → 2.5, "zwölf" → 12: a figure in digits (German separators) or words."""
    return word_value(n) if not n[0].isdigit() else float(n.replace(".", "").replace(",", "."))


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_BASIC = _alternatives(["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", *_TEENS, *_TENS,
                        "hundert", "tausend"])
_COMPOUND = rf"(?:{_alternatives(_UNITS)})und(?:{_alternatives(_TENS)})"
# "eineinhalb", "zweieinhalb", "anderthalb"; "eintausend", "dreitausend"
_HALVES = rf"(?:{_alternatives([*_UNITS, 'zehn', 'elf', 'zwölf'])})einhalb|anderthalb"
_THOUSANDS = rf"(?:{_alternatives(_UNITS)})tausend"
# Any German number word from two on, in lower or upper case (sentence start: "Elf Angestellte").
NUMBER_WORD = rf"(?i:{_COMPOUND}|(?:{_alternatives(_UNITS[1:])})hundert(?:{_BASIC})?|{_BASIC})"
# The rarer words are tried only where a count is followed by its noun (each alternative costs time at every word)
_COUNT_WORD = rf"(?i:{_HALVES}|{_THOUSANDS})|{NUMBER_WORD}"
_ONE = r"(?i:ein|eine|einen|einem|einer)"
_QUAL = r"(?i:mehr\s+als|weniger\s+als|bis\s+zu|mindestens|höchstens|rund|etwa|ca\.|circa|ungefähr|knapp|fast|gut|über|nur)"
_NOUN = r"[A-ZÄÖÜ][\w-]*[a-zäöüß][\w-]*"
# Verbs in -en/-e that the adjective slot before a counted noun must not take: "auf den Plätzen drei und
# vier liegen Microsoft" counts no Microsofts
VERBS_NOT_ADJECTIVES = ("wurden|werden|waren|hatten|haben|seien|sollen|liegen|lagen|stehen|standen|kommen|kamen|"
                        "folgen|folgten|bleiben|blieben|gehen|gingen|können|konnten|müssen|mussten|wollen|wollten|"
                        "sollten|würden|hätten|wären|gehören|zählen|leben|lebten")
# ("sechs deutsche und französische Standorte": two adjectives may be joined by "und")
_ADJ = rf"(?:(?!(?:der|die|das|den|dem|des|eine[mnrs]?|seine[mnrs]?|ihre[mnrs]?|diese[mnrs]?|{VERBS_NOT_ADJECTIVES})\s)[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+(?:und\s+(?=[a-zäöüß][\w-]*(?:e|en|er|es|em)\s))?){{0,2}}"
_FIGURE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

_COMPOUND_SUFFIXES = {
    "jährig": "Jahre", "stündig": "h", "tägig": "Tage", "wöchig": "Wochen", "monatig": "Monate",
    "minütig": "min", "köpfig": "Personen", "fach": "Faktor", "malig": "mal", "prozentig": "%",
    "sekündig": "s", "jahres": "Jahre", "seitig": "Seiten", "stündlich": "h", "täglich": "Tage",
}


# Parts of a text numbered in brackets: "Absatz (2)" is no age
_NUMBERED_PARTS = {"Abschnitt", "Absatz", "Abs", "Paragraf", "Paragraph", "Artikel", "Art", "Nummer", "Nr", "Punkt",
                   "Ziffer", "Kapitel", "Seite", "Folge", "Teil", "Band", "Anlage", "Tabelle", "Abbildung", "Grafik",
                   "Halle", "Terminal", "Gleis", "Block", "Bahnsteig", "Tor"}


def find(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, normalized) of each quantity these forms give, possibly overlapping others."""
    found: list[tuple[int, int, dict]] = []

    def add(start: int, end: int, value: float | None, unit: str | None, qualifier: str | None = None) -> None:
        found.append((start, end, {"value": value, "unit": unit, "qualifier": qualifier, "low": value, "high": value}))

    # "rund eine Stunde", "elf Jahre", "sechzig Männern", "Elf Gefängnisangestellte"
    for m in re.finditer(rf"(?<![\w.,-])(?:(?P<qual>{_QUAL})\s+)?(?P<n>{_COUNT_WORD}|{_ONE})\s+(?P<noun>{_ADJ}{_NOUN})", text):
        word = m["n"]
        noun = m["noun"].split()[-1]
        if noun in ("Uhr", "Mal", "Prozent"):
            continue  # "um fünf Uhr" is a time; percentages are the figure patterns' own
        is_one = re.fullmatch(_ONE, word) is not None
        time_unit = re.fullmatch(_TIME_WORD, noun) is not None
        if is_one and not time_unit:
            continue  # "ein Haus" is no count; "eine Stunde" is a duration
        if _before(text, m.start()) in ("vor", "seit") and time_unit:
            continue  # "vor elf Jahren" dates an event; the DATE rules take it
        unit = _time_unit(noun) if time_unit else noun
        start = m.start("qual") if m["qual"] else m.start("n")
        add(start, m.end("noun"), word_value(word), unit, m["qual"])

    # "siebenjährigen", "24-stündiger", "Zweijahresvertrag" is left alone: a compound noun names a contract
    for m in re.finditer(rf"(?<![\w-])(?P<n>\d+-?|{NUMBER_WORD}|ein|halb)(?P<suffix>{_alternatives(_COMPOUND_SUFFIXES)})(?:e|en|er|es|em)?(?![\w-])", text):
        n = m["n"].rstrip("-")
        if n == "halb":
            add(m.start(), m.end(), 0.5, _COMPOUND_SUFFIXES[m["suffix"]])  # "halbstündlich", "halbjährigen"
            continue
        if n == "ein" and m["suffix"] in ("fach", "seitig"):
            continue  # "einfach", "einseitig": simple, one-sided, no count
        value = float(n) if n.isdigit() else word_value(n)
        add(m.start(), m.end(), value, _COMPOUND_SUFFIXES[m["suffix"]])

    # "zweimal", "sechsmal so groß", "10-mal": a frequency or a factor ("einmal" is mostly "once ever")
    apart = rf"|(?<![\w-])(?P<apart>\d+|{NUMBER_WORD})\s+Mal(?![\w-])" if " Mal" in text else ""  # "drei Mal"
    for m in re.finditer(rf"(?<![\w-])(?P<n>\d+-|{NUMBER_WORD})mal(?![\w-]){apart}", text):
        n = (m["n"] or m["apart"]).rstrip("-")
        add(m.start(), m.end(), float(n) if n.isdigit() else word_value(n), "mal")

    # "Fünf-Prozent-Hürde", "Vier-Personen-Haushalt", "100-Meter-Lauf": the figure inside a compound
    for m in re.finditer(rf"(?<![\w-])(?P<n>\d+(?:,\d+)?|{NUMBER_WORD})-(?P<unit>[A-ZÄÖÜ][a-zäöüß]+)-(?=[A-ZÄÖÜa-zäöü])", text):
        if text.startswith(("Bewegung", "Partei"), m.end()):
            continue  # "Fünf-Sterne-Bewegung": a name
        n = m["n"]
        value = float(n.replace(",", ".")) if n[0].isdigit() else word_value(n)
        add(m.start(), m.end("unit"), value, "%" if m["unit"] == "Prozent" else m["unit"])

    # "sechs von ihnen", "elf von ihnen": a count of a group named before
    for m in re.finditer(rf"(?<![\w-])(?P<n>\d+|{NUMBER_WORD})\s+von\s+(?:ihnen|uns|euch|diesen|denen)(?![\w-])", text):
        n = m["n"]
        add(m.start(), m.end(), float(n) if n.isdigit() else word_value(n), "Personen")

    # "mehr als eine Million Heranwachsende", "einer halben Milliarde Dollar"
    for m in re.finditer(rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<n>(?i:eine[rn]?\s+halben?|eine[rn]?))\s+"
                         rf"(?P<scale>Million|Millionen|Milliarde|Milliarden)(?:\s+(?P<noun>{_NOUN}))?", text):
        scale = 1e6 if m["scale"].startswith("Million") else 1e9
        value = scale * (0.5 if "halb" in m["n"].lower() else 1.0)
        unit = {"Euro": "EUR", "Dollar": "USD", "Franken": "CHF", "Pfund": "GBP"}.get(m["noun"] or "", m["noun"])
        start = m.start("qual") if m["qual"] else m.start("n")
        add(start, m.end(), value, unit, m["qual"])

    # "10-km-Lauf" keeps "10-km"
    for m in re.finditer(r"(?<![\w-])(?P<n>\d+(?:,\d+)?)-(?P<unit>km|m|kg|t|Kilometer|Meter|Kilogramm|Tonnen)(?![a-zäöü])", text):
        add(m.start(), m.end(), float(m["n"].replace(",", ".")), m["unit"])

    # results and times taken: "4:0", "2:31:37"; "um 9:45 Uhr" is a time of day
    # (basketball scores run to three digits: "114:106")
    for m in re.finditer(r"(?<![\w:.,])(?P<a>\d{1,3}):(?P<b>\d{1,3})(?::(?P<c>\d{2}))?(?![\w:]|\s*Uhr)", text):
        if _before(text, m.start()) in ("um", "gegen", "ab", "bis", "von"):
            continue
        unit = "Zeit" if m["c"] else "Ergebnis"
        add(m.start(), m.end(), None, unit)
    # a standing in brackets: "mit einem Spiel (3 - 2) vorne"
    for m in re.finditer(r"\((?P<r>\d{1,2}\s?[-–]\s?\d{1,2})\)", text):
        add(m.start("r"), m.end("r"), None, "Ergebnis")

    # "Tausende", "hunderte von Flügen", "Dutzende Verletzte"
    for m in re.finditer(rf"(?<![\w-])(?P<n>(?i:dutzende|hunderte|tausende|zehntausende|hunderttausende))(?:\s+von\s+{_NOUN}|\s+(?P<noun>{_NOUN}))?(?![\w-])", text):
        add(m.start(), m.end(), None, m["noun"].split()[-1] if m["noun"] else None)

    # "zwei der Männer", "Zwei der Verdächtigen": a count of a named group
    for m in re.finditer(rf"(?<![\w-])(?P<n>{NUMBER_WORD}|\d+)\s+(?:der|von\s+den)\s+(?:{_ADJ})(?P<noun>{_NOUN})", text):
        if _before(text, m.start()).capitalize() in _NUMBERED_PARTS:
            continue  # "Halle 4 der Buchmesse": a numbered place
        n = m["n"]
        add(m.start(), m.end(), float(n) if n.isdigit() else word_value(n), m["noun"])

    # "bei einem Prozent der Fälle", "um einen Prozentpunkt": one, in words, of a percentage
    for m in re.finditer(rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?{_ONE}\s+(?P<unit>Prozentpunkte?|Prozent)(?![\w-])", text):
        add(m.start(), m.end(), 1.0, "pp" if "punkt" in m["unit"] else "%", m["qual"])

    # "Nina Hagen (56)": an age in brackets after a name
    if "(" in text:
        for m in re.finditer(r"(?<![\w-])(?P<word>[A-ZÄÖÜ][\w.-]*) ?\((?P<n>\d{1,3})\)", text):
            if 0 < int(m["n"]) <= 120 and m["word"].rstrip(".") not in _NUMBERED_PARTS:
                add(m.start("n"), m.end("n"), float(m["n"]), "Jahre")

    # "Alarmstufe 4", "Kategorie fünf", "Stärke 4,4": a level on a scale
    for m in re.finditer(rf"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*)?(?:[Ss]tufe|Kategorie|Stärke)\s+(?P<n>\d+(?:,\d+)?|{NUMBER_WORD})(?![\w.,]\d|\w)", text):
        n = m["n"]
        add(m.start(), m.end(), float(n.replace(",", ".")) if n[0].isdigit() else word_value(n), "Stufe")

    # "zweier Parteien", "dreier Kinder": a count in the genitive
    for m in re.finditer(r"(?<![\w-])(?P<n>zweier|dreier)\s+(?P<noun>[A-ZÄÖÜ][\w-]*[a-zäöüß])", text):
        add(m.start(), m.end(), 2.0 if m["n"] == "zweier" else 3.0, m["noun"])

    # "doppelt so hoch", "etwa doppelt so viele": a factor
    for m in re.finditer(rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?doppelt(?=\s+so\b)", text):
        add(m.start(), m.end(), 2.0, "Faktor", m["qual"])

    # "jeder Dritte": a share named by its ordinal
    shares = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "zehnte": 10}
    for m in re.finditer(r"(?<!\w)[Jj]ede[rs]?\s+(?P<ord>Zweite|Dritte|Vierte|Fünfte|Zehnte)(?!\w)", text):
        add(m.start(), m.end(), round(1 / shares[m["ord"].lower()], 4), "Anteil")
    return found


def range_starts(text: str, quantities: list[tuple[int, int, str | None]]) -> list[tuple[int, int, dict]]:
    """The first figure of a range whose unit only the second names: "vier bis sechs Atomwaffen",
    "von 64 auf 67 Punkte", "25 bis 30 Prozent", "383 bzw. 163 Fälle". ``quantities`` are (start, end, unit) found so far."""
    found = []
    for start, _end, unit in quantities:
        before = text[max(0, start - 40) : start]
        # ("16- bis 25-Jährige": the first figure keeps its hyphen)
        m = re.search(rf"(?<![\w.,])(?:(?P<qual>{_QUAL})\s+)?(?P<n>{_FIGURE}|{NUMBER_WORD})-?\s*(?:bis|und|oder|auf|bzw\.|beziehungsweise|-|–)\s*$", before)
        if m is None:
            continue
        n = m["n"]
        if re.fullmatch(r"(?:19|20)\d\d", n):
            continue  # "2007 bis 2013" are years
        value = _figure_value(n)
        offset = start - len(before)
        begin = offset + (m.start("qual") if m["qual"] else m.start("n"))
        end = offset + m.end("n") + (1 if before[m.end("n") : m.end("n") + 1] == "-" else 0)
        found.append((begin, end, {"value": value, "unit": unit, "low": value, "high": value}))
    return found


def _time_unit(noun: str) -> str | None:
    low = noun.lower()
    for cut in ("", "e", "n", "s", "en", "es", "nen"):
        if low.endswith(cut) and (stem := low[: len(low) - len(cut)] if cut else low) in _UNITS_OF_TIME:
            return _UNITS_OF_TIME[stem]
    return None


def _before(text: str, start: int) -> str:
    words = text[max(0, start - 12) : start].split()
    return words[-1].lower() if words else ""


def more_of_the_same(text: str, quantities: list[tuple[int, int, str | None]]) -> list[tuple[int, int, dict]]:
    """"zehn Menschen erschossen und 110 weitere verletzt", "372 Autos, davon 140 in Paris": a bare figure
    with "weitere", "andere" or after "davon"/"darunter" counts what the figure before it in the sentence
    counts. ``quantities`` are (start, end, unit)."""
    found = []
    for _start, end, unit in quantities:
        if not unit or not unit.replace("-", "").isalpha() or unit in ("mal", "Ergebnis", "Zeit", "Anteil"):
            continue  # a counted noun: not a rate, a result or a frequency
        rest = text[end : end + 160]
        rest = rest[: m.start() + 1] if (m := re.search(r"[.!?](?:\s|$)", rest)) else rest
        for m in re.finditer(rf"(?<![\w.,])(?P<n>{_FIGURE}|{NUMBER_WORD})\s+(?:weitere|andere)(?=\s+[a-zäöü]|[,.;]|$)"
                             rf"|(?<=davon\s)(?P<part>{_FIGURE}|{NUMBER_WORD})(?=\s+[a-zäöü]|[,.;]|$)", rest):
            if m["part"]:
                value = _figure_value(m["part"])
                found.append((end + m.start("part"), end + m.end("part"), {"value": value, "unit": unit, "low": value, "high": value}))
                continue
            value = _figure_value(m["n"])
            found.append((end + m.start("n"), end + m.end("n"), {"value": value, "unit": unit, "low": value, "high": value}))
    return found
