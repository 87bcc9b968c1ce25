"""QUANTITY and DATE by rules, German formats first, English too.

Every match keeps a comparable reading in ``Entity.normalized`` so the same figure reported by
two outlets compares equal: "20 Milliarden Dollar" and "$20 billion" both become
``{"value": 2e10, "unit": "USD"}``; "mindestens 3.000 Soldaten" keeps its qualifier and the bound
it implies (``low``/``high``). Dates become ISO where the text gives day, month and year, and a
relative reading ("Montag", "vergangene Woche") where it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ls_factcheck.preannotate import quantity_forms
from ls_factcheck.preannotate.cues import COMBINING_MARKS
from ls_factcheck.labels import DATE, QUANTITY
from ls_factcheck.schema import Entity

# --- vocabularies --------------------------------------------------------------------------

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12,
    "jan.": 1, "feb.": 2, "febr.": 2, "mär.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
    "sep.": 9, "sept.": 9, "okt.": 10, "oct.": 10, "nov.": 11, "dez.": 12, "dec.": 12,
}
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

WEEKDAYS = {
    "montag": "Montag", "dienstag": "Dienstag", "mittwoch": "Mittwoch", "donnerstag": "Donnerstag",
    "freitag": "Freitag", "samstag": "Samstag", "sonnabend": "Samstag", "sonntag": "Sonntag",
    "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday",
    "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday",
}
_WEEKDAY = "|".join(WEEKDAYS)
_DAYPART = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)"

SEASONS = {"frühjahr": "Frühjahr", "frühling": "Frühling", "sommer": "Sommer", "herbst": "Herbst",
           "winter": "Winter", "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn"}
_SEASON = "|".join(SEASONS)

# scale words after a number; German abbreviations first
SCALES = {
    "tausend": 1e3, "tsd.": 1e3, "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "mill.": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "billionen": 1e12, "bio.": 1e12, "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}
# "Billion" is 1e12 in German but 1e9 in English: resolved per language in _scale()
_SCALE = r"(?:Tausend|Tsd\.|Millionen|Million|Mio\.?|Mill\.|Milliarden|Milliarde|Mrd\.?|Billionen|Billion|Bio\.|thousand|millions?|billions?|trillions?|bn|mn|tn)"

CURRENCIES = {
    "euro": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "us-dollar": "USD", "$": "USD", "usd": "USD",
    "us$": "USD", "dollars": "USD", "franken": "CHF", "chf": "CHF", "pfund": "GBP", "£": "GBP", "gbp": "GBP",
    "pounds": "GBP", "rubel": "RUB", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "won": "KRW",
    "yen": "JPY", "hrywnja": "UAH", "hrywnja.": "UAH", "griwna": "UAH", "zloty": "PLN", "kronen": "SEK",
}
_CURRENCY_WORD = r"(?:US-Dollar|Dollar|Euro|EUR|USD|CHF|Franken|Pfund|Rubel|Yuan|Won|Yen|Hrywnja|Griwna|Zloty|dollars|euros?|pounds|rubles|roubles)"
_CURRENCY_SIGN = r"(?:US\$|\$|€|£)"

PERCENT = r"(?:Prozentpunkte[n]?|Prozent|%|percentage points?|per ?cent|percent)"

UNITS = {
    "km": "km", "kilometer": "km", "kilometern": "km", "kilometres": "km", "kilometers": "km", "miles": "mi",
    "meter": "m", "metern": "m", "metres": "m", "meters": "m", "quadratkilometer": "km²",
    "quadratkilometern": "km²", "km²": "km²", "square kilometres": "km²", "square kilometers": "km²",
    "hektar": "ha", "tonnen": "t", "tonnes": "t", "tons": "t", "kilogramm": "kg", "kg": "kg",
    "liter": "l", "litres": "l", "grad": "°C", "°c": "°C", "degrees": "°",
    "stunden": "h", "stunde": "h", "hours": "h", "minuten": "min", "minutes": "min",
    "tage": "Tage", "tagen": "Tage", "tag": "Tage", "days": "days", "wochen": "Wochen", "woche": "Wochen",
    "weeks": "weeks", "monate": "Monate", "monaten": "Monate", "monat": "Monate", "months": "months",
    "jahre": "Jahre", "jahren": "Jahre", "jahr": "Jahre", "years": "years",
}

QUALIFIERS = {
    "mehr als": "mehr als", "über": "mehr als", "ueber": "mehr als", "rund": "etwa", "etwa": "etwa",
    "ca.": "etwa", "circa": "etwa", "zirka": "etwa", "ungefähr": "etwa", "knapp": "knapp",
    "fast": "knapp", "nahezu": "knapp", "beinahe": "knapp", "annähernd": "knapp", "mindestens": "mindestens",
    "wenigstens": "mindestens", "gut": "mehr als", "bis zu": "höchstens", "höchstens": "höchstens",
    "maximal": "höchstens", "weniger als": "weniger als", "unter": "weniger als", "insgesamt": None,
    "more than": "more than", "over": "more than", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "nearly": "nearly", "almost": "nearly", "at least": "at least",
    "up to": "at most", "at most": "at most", "fewer than": "less than", "less than": "less than",
    "under": "less than", "just over": "more than", "just under": "nearly",
}
_QUAL_DE = r"(?:insgesamt\s+)?(?:mehr\s+als|weniger\s+als|bis\s+zu|mindestens|wenigstens|höchstens|maximal|über|rund|etwa|ca\.|circa|zirka|ungefähr|knapp|fast|nahezu|beinahe|annähernd|gut)"
_QUAL_EN = r"(?:more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|over|about|around|roughly|approximately|some|nearly|almost|under)"

NUMBER_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100,
    "tausend": 1000, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100,
    "mehrere": None, "einige": None, "dutzende": None, "hunderte": None, "tausende": None, "zehntausende": None, "hunderttausende": None,
    "dozens": None, "hundreds": None, "thousands": None, "tens of thousands": None, "hundreds of thousands": None,
}
_VAGUE = {"mehrere", "einige", "several", "some"}
_NUMBER_WORD = r"(?:mehrere|einige|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Zz]wölf|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|(?:ein|zwei|drei|vier|fünf)?hundert|(?:ein|zwei|drei|vier|fünf)?tausend|Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausende|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundreds of thousands|tens of thousands|dozens|hundreds|thousands)"

# Numbers in the two conventions: German "11.000,5", English "11,000.5".
_NUM_DE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)(?:,\d+)?|\d+(?:,\d+)?"
_NUM_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# A word that names what is counted: German nouns are capitalised, optionally after one or two
# inflected adjectives ("62.000 russische Soldaten"); English takes up to two lower-case words.
_DE_ADJ = rf"(?:(?!(?:der|die|das|des|dem|den|eine[mnrs]?|und|oder|aber|sowie|seine[mnrs]?|ihre[mnrs]?|unter|über|gegen|wieder|{quantity_forms.VERBS_NOT_ADJECTIVES})\s)[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){{0,2}}"
_DE_NOUN = rf"[A-ZÄÖÜ][\w{COMBINING_MARKS}-]*[a-zäöüß][\w{COMBINING_MARKS}-]*"
_CAPITALISED = rf"[A-ZÄÖÜ][\w{COMBINING_MARKS}-]+"
_EN_NOUN = r"(?:[A-Z][a-z]+\s+)?[a-z][a-z-]+"

# Capitalised words after a number that are not counted things (months are dates, etc.)
_NOT_COUNTED_DE = {
    "uhr", "prozent", "jahrhundert", "jahrhunderts", "jahrhunderten", "mal", "und", "oder", "bis",
}
# Words before a number that make it an identifier, not a quantity ("Artikel 4", "Platz 3")
_IDENTIFIER_BEFORE = {
    "artikel", "art.", "paragraf", "paragraph", "§", "absatz", "abs.", "nummer", "nr.", "no.", "kapitel",
    "seite", "s.", "platz", "rang", "resolution", "gruppe", "article", "section", "chapter", "page",
    "number", "flug", "flight", "linie", "bus", "kanal", "gleis", "bundesstraße", "a", "b", "covid-",
}
# English function words that follow a number and are not counted things
_EN_NOT_NOUN = {
    "and", "or", "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
    "is", "are", "was", "were", "has", "have", "had", "that", "which", "who", "than", "but", "when",
    "after", "before", "per", "said", "according", "will", "would", "could",
}


@dataclass
class _Match:
    start: int
    end: int
    label: str
    normalized: dict
    priority: int = 0  # on equal length, higher wins


# "wurde 1993 Bundesminister", "im Mai 2005 der Präsident": a year before an article or an office
# counts nothing (a year alone is a DATE); "1500 Menschen" stays a count.
_YEAR_BEFORE_NOUN = re.compile(
    r"(?:1[0-9]{3}|20[0-9]{2})\s+(?:(?:der|die|das|den|dem|des)\b|\w*(?:minister|präsident|kanzler|könig|"
    r"kaiser|papst|meister|vorsitzende|chef)(?:in|innen|r)?\b)", re.IGNORECASE)
# "seit 2014 Vorschriften verletzt", "bis 1980 Beträge von 13 Millionen": after a preposition of time a
# year is a DATE whatever noun follows; "seit 2000 Jahren" and "bis 1500 Euro" stay amounts.
_YEAR_AFTER_TIME_WORD = re.compile(
    r"(?:[Ss]eit|[Bb]is|[Aa]b|[Ii]m|Jahre?|Anfang|Ende|Mitte)\s+(?:18|19|20)\d\d\s+(?!(?:Jahre|Jahren|Euro|Dollar|Franken|Prozent|"
    r"Millionen|Milliarden|Tausend)\b)[A-ZÄÖÜ]")


def _year_before_noun(text: str, start: int, end: int) -> bool:
    if _YEAR_BEFORE_NOUN.match(text, start, end):
        return True
    before = re.search(r"(\w+)\s+$", text[max(0, start - 12) : start])
    return before is not None and _YEAR_AFTER_TIME_WORD.match(text, start - len(before.group(0)), end) is not None


def find_quantities_and_dates(text: str, language: str) -> list[Entity]:
    """QUANTITY and DATE entities in ``text``, longest match wins where two overlap."""
    english = (language or "de").lower().startswith("en")
    quantities = [m for m in _quantities(text, english) if english or not _year_before_noun(text, m.start, m.end)]
    matches = _dates(text, english) + quantities
    chosen: list[_Match] = []
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), -m.priority, m.start)):
        if not any(m.start < c.end and c.start < m.end for c in chosen):
            chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return [
        Entity(start=m.start, end=m.end, text=text[m.start : m.end], label=m.label, score=0.9,
               normalized={k: v for k, v in m.normalized.items() if v is not None})
        for m in chosen
    ]


# --- numbers -------------------------------------------------------------------------------


def parse_number(raw: str, english: bool) -> float:
    """The value of a written number: "11.000" → 11000, "3,5" → 3.5; English "11,000" → 11000."""
    raw = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if english:
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def _scale(word: str | None, english: bool) -> float:
    if not word:
        return 1.0
    key = word.lower()
    if key in ("billion", "billions") and not english:
        return 1e12  # German "Billion" is a million million
    if key == "bio." or key == "billionen":
        return 1e12
    return SCALES.get(key, 1.0)


def _qualifier(raw: str | None) -> str | None:
    if not raw:
        return None
    words = " ".join(raw.lower().split())
    words = words.removeprefix("insgesamt").strip()
    return QUALIFIERS.get(words) if words else None


def _bounds(value: float | None, qualifier: str | None) -> tuple[float | None, float | None]:
    if value is None:
        return None, None
    if qualifier in ("mehr als", "mindestens", "more than", "at least"):
        return value, None
    if qualifier in ("höchstens", "weniger als", "knapp", "at most", "less than", "nearly"):
        return None, value
    return value, value


# Units of measurement written as symbols: "14,5 kg", "180 km", "35 °C", "1 km³", "130 km/h".
_UNIT_ABBREVIATION = (r"(?:km/h|km²|km³|m²|m³|cm²|°\s?C|°\s?F|kWh|MWh|GWh|TWh|kW|MW|GW|eV|keV|MeV|GeV|"
                      r"km|cm|mm|kg|mg|ha|ml|dB|Hz|kHz|MHz|GHz|PS|t|m|g|l)")


def _quantities(text: str, english: bool) -> list[_Match]:
    num = _NUM_EN if english else _NUM_DE
    qual = _QUAL_EN if english else f"(?i:{_QUAL_DE})"
    noun = _EN_NOUN if english else _DE_ADJ + _DE_NOUN
    range_word = r"(?:to|and|-|–)" if english else r"(?:bis|und|-|–)"
    pattern = re.compile(
        rf"(?<![\w.,])(?:(?P<qual>{qual})\s+)?"
        rf"(?:(?P<between>zwischen|between)\s+)?"
        rf"(?:(?P<sign>{_CURRENCY_SIGN})\s?)?"
        rf"(?P<num>{num}|{_NUMBER_WORD})"
        rf"(?:\s?(?:{range_word})\s?(?P<num2>{num}))?"
        rf"(?:\s?(?P<scale>{_SCALE})(?![\w]))?"
        rf"(?:\s?(?P<pct>{PERCENT})(?!\w)|\s?(?P<cur>{_CURRENCY_WORD}|{_CURRENCY_SIGN})(?![\w])"
        rf"|\s?(?P<abbr>(?-i:{_UNIT_ABBREVIATION}))(?![\w/²³])"
        rf"|\s(?P<noun>(?-i:{noun})))?",
        re.IGNORECASE if english else 0,
    )
    found: list[_Match] = []
    for m in pattern.finditer(text):
        raw = m.group("num")
        is_word = not raw[0].isdigit()
        noun_text = m.group("noun")
        # a lower-case German number word is a quantity only when it counts something
        if is_word and not (noun_text or m.group("pct") or m.group("cur") or m.group("scale")):
            continue
        if raw.lower() in _VAGUE and not m.group("scale"):
            continue  # "mehrere Millionen Geschosse" is a figure; "mehrere Soldaten" is not
        start, end = m.start(), m.end()
        if m.group("qual") and not m.group("num2") and m.group("between"):
            continue
        unit = None
        if m.group("pct"):
            unit = "pp" if "punkt" in m.group("pct").lower() or "point" in m.group("pct").lower() else "%"
        elif m.group("cur") or m.group("sign"):
            unit = CURRENCIES.get((m.group("cur") or m.group("sign")).lower())
            if noun_text:
                end = m.start("noun") - 1  # "$12 million budget": money counts money, not the budget
        elif m.group("abbr"):
            unit = " ".join(m.group("abbr").split()).replace("° C", "°C")
        elif noun_text:
            unit = _counted(noun_text, english)
            if unit is None:
                if is_word:
                    continue  # "um fünf Uhr", "zwei Mal": a number word that counts nothing
                end = m.start("noun") - 1
        value = _value(raw, english)
        if value is not None:
            value *= _scale(m.group("scale"), english)
        if not is_word and _is_identifier(text, m.start("num")):
            continue
        if not is_word and _SEASON_SPAN.search(text, max(0, m.start("num") - 8), m.start("num")):
            continue  # "in der Saison 2016/17": the second year of a span, not a count
        if not english and noun_text and noun_text[:1].islower() and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", raw) \
                and not (m.group("qual") or m.group("pct") or m.group("cur") or m.group("scale")):
            continue  # "des 1849 verstorbenen Schriftstellers": a year before a participle
        if not is_word and unit is None and not m.group("scale") and not (m.group("qual") and _qualifier(m.group("qual"))):
            continue  # a bare number says nothing comparable; "1.000 der 11.000 Soldaten" is mended below
        if m.group("between") and not m.group("num2"):
            start = m.start("sign") if m.group("sign") else m.start("num")
            if m.group("qual"):
                start = m.start("qual")
        qualifier = _qualifier(m.group("qual"))
        low, high = _bounds(value, qualifier)
        if m.group("num2"):
            high_value = parse_number(m.group("num2"), english) * _scale(m.group("scale"), english)
            low, high = value, high_value
        found.append(_Match(start, _trim(text, start, end), QUANTITY,
                            {"value": value, "unit": unit, "qualifier": qualifier, "low": low, "high": high}))
    found.extend(_parts_of(text, english, found, num, qual))
    found.extend(_shares_and_ages(text, english, qual))
    found.extend(_counts_of_named_total(text, english, num, qual))
    if not english:
        found.extend(_Match(start, end, QUANTITY, normalized) for start, end, normalized in quantity_forms.find(text))
        counted = [(m.start, m.end, m.normalized.get("unit")) for m in found]
        starts = quantity_forms.range_starts(text, counted) + quantity_forms.more_of_the_same(text, counted)
        found.extend(_Match(start, end, QUANTITY, normalized) for start, end, normalized in starts)
    return found


_FRACTIONS = {"hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2, "sechstel": 1 / 6, "achtel": 0.125,
              "zehntel": 0.1, "zwölftel": 1 / 12, "half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_ORDINAL_SHARE = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10,
                  "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}


def _shares_and_ages(text: str, english: bool, qual: str) -> list[_Match]:
    """Shares ("gut ein Fünftel", "jede fünfte Stelle", "die Hälfte der Befragten") and ages ("52-Jährige")."""
    found = []
    if not english:
        pattern = (rf"(?<!\w)(?:(?P<qual>(?i:{qual}))\s+)?(?P<n>(?i:ein|eine|einem|zwei|drei|vier|die|zur))\s+"
                   r"(?P<frac>Hälfte|Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel|Zwölftel)(?!\w)")
        share = rf"(?<!\w)(?:[Jj]ede[rsn]?)\s+(?P<ord>zweite|dritte|vierte|fünfte|sechste|zehnte)[nrs]?\s+(?P<noun>{_CAPITALISED})"
        age = rf"(?<![\w.])(?P<age>\d{{1,3}})-(?:[Jj]ährige[nmrs]?|[Jj]ähriger)(?:\s+(?P<noun>{_CAPITALISED}))?"
    else:
        pattern = (rf"(?<!\w)(?:(?P<qual>(?i:{qual}))\s+)?(?P<n>(?i:a|one|two|three|half))\s*-?\s*"
                   r"(?P<frac>half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?!\w)")
        share = r"(?<!\w)(?i:every|one\s+in\s+(?:two|three|four|five|ten))\s+(?P<ord>second|third|fourth|fifth|tenth)?\s*(?P<noun>[a-z]+)"
        age = r"(?<![\w.])(?P<age>\d{1,3})-year-old(?:\s+(?P<noun>[a-z]+))?"
    for m in re.finditer(pattern, text):
        if m["n"].lower() == "einem" and not m["qual"] and m["frac"] == "Viertel":
            continue  # "in einem Viertel von Paris" is a part of a city
        count = {"ein": 1, "eine": 1, "einem": 1, "die": 1, "zur": 1, "a": 1, "one": 1, "half": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3,
                 "vier": 4}.get(m["n"].lower(), 1)
        value = count * _FRACTIONS.get(m["frac"].lower().rstrip("s"), _FRACTIONS.get(m["frac"].lower(), 0))
        qualifier = _qualifier(m["qual"])
        low, high = _bounds(value, qualifier)
        found.append(_Match(m.start(), m.end(), QUANTITY, {"value": round(value, 4), "unit": "Anteil" if not english else "share",
                                                           "qualifier": qualifier, "low": low, "high": high}, 1))
    multiple = (rf"(?<!\w)(?:(?P<qual>(?i:{qual}))\s+)?(?i:das|um\s+das)\s+(?P<mult>Doppelte|Dreifache|Vierfache|Fünffache|Zehnfache)"
                if not english else rf"(?<!\w)(?:(?P<qual>(?i:{qual}))\s+)?(?P<mult>double|twice|triple|three times|four times|ten times)\b")
    factors = {"doppelte": 2, "dreifache": 3, "vierfache": 4, "fünffache": 5, "zehnfache": 10, "double": 2, "twice": 2,
               "triple": 3, "three times": 3, "four times": 4, "ten times": 10}
    for m in re.finditer(multiple, text):
        value = float(factors[m["mult"].lower()])
        qualifier = _qualifier(m["qual"])
        low, high = _bounds(value, qualifier)
        found.append(_Match(m.start(), m.end(), QUANTITY, {"value": value, "unit": "Faktor" if not english else "factor",
                                                           "qualifier": qualifier, "low": low, "high": high}, 1))
    for m in re.finditer(share, text):
        if not m["ord"]:
            continue
        value = round(1 / _ORDINAL_SHARE[m["ord"].lower()], 4)
        found.append(_Match(m.start(), m.end(), QUANTITY, {"value": value, "unit": "Anteil" if not english else "share",
                                                           "low": value, "high": value}, 1))
    for m in re.finditer(age, text):
        value = float(m["age"])
        # "der 21-jährige Otto": the age, not the name after it
        end = m.start("noun") - 1 if m["noun"] else m.end()
        found.append(_Match(m.start(), end, QUANTITY, {"value": value, "unit": "Lebensjahre" if not english else "years of age",
                                                           "low": value, "high": value}, 1))
    return found


def _counts_of_named_total(text: str, english: bool, num: str, qual: str) -> list[_Match]:
    """"Die Zahl der Arbeitslosen stieg auf 14.380", "sinken von 480.000 auf 300.000 Euro": a bare number
    counts what the sentence names as counted, or what the number it changes into counts."""
    found = []
    if english:
        return found
    for sentence in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$)", text):
        body = sentence.group(0)
        named = re.search(rf"\b(?:Zahl|Anzahl)\s+(?:der|von)\s+(?P<noun>{_CAPITALISED})", body)
        for m in re.finditer(rf"\b(?:auf|um|von|bei)\s+(?:(?P<qual>{qual})\s+)?(?P<num>{num})(?=\s+(?:auf|gestiegen|gesunken|"
                             rf"geklettert|gefallen|gewachsen|zurückgegangen|an|bis|\w+\s+(?:gestiegen|gesunken))\b|[.,;]|$)", body):
            raw = m["num"]
            if re.fullmatch(r"(19|20)\d\d", raw):
                continue
            start = sentence.start() + m.start("num")
            after = re.match(rf"\s+auf\s+(?:{qual}\s+)?(?:{num})\s*(?P<unit>{_CURRENCY_WORD}|{PERCENT}|[A-ZÄÖÜ][\w-]+)?",
                             body[m.end("num"):])
            unit = None
            if after and after["unit"]:
                unit = CURRENCIES.get(after["unit"].lower()) or ("%" if after["unit"] in ("Prozent", "%") else after["unit"])
            elif named:
                unit = named["noun"]
            if unit is None:
                continue
            value = parse_number(raw, english)
            qualifier = _qualifier(m["qual"])
            low, high = _bounds(value, qualifier)
            if m["qual"]:
                start = sentence.start() + m.start("qual")
            found.append(_Match(start, sentence.start() + m.end("num"), QUANTITY,
                                {"value": value, "unit": unit, "qualifier": qualifier, "low": low, "high": high}))
    return found


def _parts_of(text: str, english: bool, found: list[_Match], num: str, qual: str) -> list[_Match]:
    """"mindestens 1.000 der 11.000 Soldaten": the part counts what the whole counts."""
    parts = []
    linker = r"(?:of\s+(?:the\s+)?|out\s+of\s+)" if english else r"(?:der|von|aus)\s+(?:den\s+|insgesamt\s+)?"
    for m in re.finditer(rf"(?<![\w.,])(?:(?P<qual>{qual})\s+)?(?P<num>{num})\s+{linker}(?=\d)", text):
        whole = next((f for f in found if f.start == m.end()), None)
        if whole is None or _is_identifier(text, m.start("num")):
            continue
        value = parse_number(m.group("num"), english)
        qualifier = _qualifier(m.group("qual"))
        low, high = _bounds(value, qualifier)
        parts.append(_Match(m.start(), m.end("num"), QUANTITY,
                            {"value": value, "unit": whole.normalized.get("unit"), "qualifier": qualifier,
                             "low": low, "high": high}, priority=1))
    return parts


# a season or school year written as two years: "2016/17", "2016 / 2017"
_SEASON_SPAN = re.compile(r"(?:19|20)\d\d\s?/\s?$")


def _value(raw: str, english: bool) -> float | None:
    if raw[0].isdigit():
        return parse_number(raw, english)
    if raw.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[raw.lower()]
    return None if english else quantity_forms.word_value(raw)  # "einhundert", "dreitausend"


def _counted(noun_text: str, english: bool) -> str | None:
    """The unit a counted noun gives, or None when the word after the number is not counted."""
    words = noun_text.split()
    key = words[-1].lower()
    if key in MONTHS or key in WEEKDAYS or key in _NOT_COUNTED_DE:
        return None
    if english and (words[0].lower() in _EN_NOT_NOUN or key in _EN_NOT_NOUN or words[0].lower() in MONTHS):
        return None
    return UNITS.get(key, words[-1])


def _is_identifier(text: str, start: int) -> bool:
    """"Artikel 4", "Platz 3", "Nr. 12": a number that names, not one that counts."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower().rstrip(":") in _IDENTIFIER_BEFORE


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


# --- dates ---------------------------------------------------------------------------------

_YEAR = r"(?:19|20)\d\d"
_PART_DE = r"(?:Anfang|Mitte|Ende|Beginn)"
_PART_EN = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"


def _dates(text: str, english: bool) -> list[_Match]:
    found: list[_Match] = []

    def add(m: re.Match, normalized: dict, priority: int = 1) -> None:
        found.append(_Match(m.start(), m.end(), DATE, normalized, priority))

    # numeric dates: 28.04.2025, 28.4.25, 2025-04-28
    for m in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)(?![\d])", text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if year < 100:
            year += 2000
        if 1 <= day <= 31 and 1 <= month <= 12:
            add(m, {"iso": f"{year:04d}-{month:02d}-{day:02d}"})
    for m in re.finditer(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])", text):
        add(m, {"iso": f"{m[1]}-{m[2]}-{m[3]}"})

    # 28. April 2025 / 28. April / am 28. April / April 28, 2025 / 28 April 2025
    for m in re.finditer(
        rf"(?<![\w.])(?:(?:am|vom|bis\s+zum|seit\s+dem)\s+)?(\d{{1,2}})\.\s?({_MONTH})(?:,?\s+({_YEAR}))?(?!\w)",
        text, re.IGNORECASE,
    ):
        month = MONTHS[_key(m[2])]
        start = m.start(1)
        found.append(_Match(start, m.end(), DATE, _iso(m[3], month, int(m[1])), 2))
    for m in re.finditer(rf"(?<!\w)({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?(?!\w)", text, re.IGNORECASE):
        if not english and not m[3]:
            continue
        add(m, _iso(m[3], MONTHS[_key(m[1])], int(m[2])), 2)
    for m in re.finditer(rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+({_YEAR}))?(?!\w)", text, re.IGNORECASE):
        if not english:
            continue
        add(m, _iso(m[3], MONTHS[_key(m[2])], int(m[1])), 2)

    # periods: (zwischen) Anfang (und Mitte) Oktober (2024), im April 2025, im Herbst (des Jahres) 2024
    part = _PART_EN if english else _PART_DE
    between = r"(?:between|from)" if english else r"(?:zwischen|von)"
    joiner = r"(?:and|to)" if english else r"(?:und|bis)"
    for m in re.finditer(
        rf"(?<!\w)(?:(?:{between})\s+)?(?:(?:{part})-?\s+(?:(?:{joiner})\s+(?:{part})-?\s+)?)"
        rf"(?:(?:des\s+)?(?:Jahres|Monats)\s+)?(?:of\s+)?({_MONTH}|{_YEAR}|{_SEASON})(?:\s+(?:des\s+Jahres\s+)?({_YEAR}))?(?!\w)",
        text, re.IGNORECASE,
    ):
        add(m, _period(m[1], m[2], m.group(0)), 3)
    for m in re.finditer(
        rf"(?<!\w)(?:(?:im|in|seit|bis|ab|vom|since|until|by)\s+)?(?:(?:the\s+)?(?:vergangenen|letzten|kommenden|nächsten|"
        rf"diesen|laufenden|last|this|next|coming|past)\s+)?({_MONTH}|{_SEASON})"
        rf"(?:\s+(?:des\s+Jahres\s+|of\s+)?({_YEAR}))?(?!\w)",
        text, re.IGNORECASE,
    ):
        word = _key(m[1])
        if word in ("may", "march", "mai", "fall") and not m[2] and not re.match(r"(?i)(im|in|seit|bis|ab|since|until|by)\s", m.group(0)):
            continue  # "may", "march" and "fall" are verbs too: a month only after a preposition or before a year
        if word in MONTHS and not english and word.endswith(".") and not m[2]:
            continue
        add(m, _period(m[1], m[2], m.group(0)), 1)
    # years: im Jahr 2024, 2024, in 2024, seit 2022, Ende 2024 (handled above)
    for m in re.finditer(
        rf"(?<![\w.,])(?:(?:im\s+(?:Jahr|Jahre)|in|seit|bis|ab|since|until|by|des\s+Jahres)\s+)?({_YEAR})(?![\w.,]\d)(?!\s?(?:{PERCENT}|{_SCALE}|{_CURRENCY_WORD}|€|\$))",
        text, re.IGNORECASE if english else 0,
    ):
        add(m, {"year": int(m[1])}, 0)

    # weekdays: am Montag(abend), am vergangenen Samstag, vergangenen Samstag, on Monday, last Saturday
    for m in re.finditer(
        rf"(?<!\w)(?:(?:am|vom|seit|bis|ab|on|since|until|by)\s+)?(?:(?:vergangenen|letzten|kommenden|nächsten|"
        rf"diesen|last|this|next|past|coming)\s+)?({_WEEKDAY})(?:{_DAYPART}|\s+(?:morning|afternoon|evening|night))?(?!\w)",
        text, re.IGNORECASE,
    ):
        add(m, {"relative": WEEKDAYS[_key(m[1])], "modifier": _modifier(m.group(0))}, 1)

    # relative expressions
    relative_de = (
        r"(?:heute|gestern|vorgestern|übermorgen)(?:\s+(?:morgen|vormittag|mittag|nachmittag|abend|nacht))?",
        r"(?:in\s+der\s+|die\s+|der\s+)?(?:vergangenen|vergangene|letzten|letzte|kommenden|kommende|nächsten|nächste|"
        r"laufenden|laufende|diese[nrs]?|vorigen|vorige)\s+(?:Woche|Monat|Monats|Jahr|Jahres|Jahrzehnt|Tagen|Wochen|Monaten|Jahren|Nacht|Wochenende)",
        r"(?:in\s+den|seit\s+den|vor)\s+(?:vergangenen|letzten|kommenden|nächsten)\s+(?:\w+\s+)?(?:Tagen|Wochen|Monaten|Jahren|Stunden)",
        r"(?:zu\s+)?(?:Beginn|Anfang|Mitte|Ende)\s+(?:des|der)\s+(?:laufenden|vergangenen|letzten|kommenden|nächsten)?\s*(?:Jahres|Monats|Woche|Jahrzehnts)",
        # "vor drei Jahren" is when; "nach 18 Monaten Bauzeit", "seit drei Jahren", "binnen zwei Wochen" count a
        # length of time (a QUANTITY, quantity_forms.py), unless no number is said ("seit einem Jahr", "nach wenigen Tagen")
        r"vor\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|einer|einem|wenigen|mehreren|vielen)\s+(?:Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Stunden|Stunde|Jahrzehnten)",
        r"(?:seit|binnen|innerhalb\s+von|nach)\s+(?:einer|einem|wenigen|mehreren|vielen)\s+(?:Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Stunden|Stunde|Jahrzehnten)",
        # "vor etwa vier Jahren", "vor 60 Millionen Jahren": a period anchored in time, qualified or scaled
        r"vor\s+(?:etwa|rund|gut|knapp|fast|ungefähr|mehr\s+als|über|mindestens)?\s*"
        r"(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)\s+"
        r"(?:(?:Millionen|Tausend|Milliarden)\s+)?(?:Tagen|Wochen|Monaten|Jahren|Stunden|Jahrzehnten|Jahrhunderten)",
        # "Einen Tag zuvor", "zwei Wochen später": a period counted from an event
        r"(?:einen|eine|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre)\s+"
        r"(?:zuvor|später|danach|davor|darauf|vorher)",
        r"(?:im|in\s+diesem|im\s+vergangenen|im\s+laufenden)\s+(?:Vorjahr|Frühjahr|Jahr)(?!\s+\d)",
        r"(?:am\s+)?Wochenende",
        r"(?:seit|zu)\s+(?:Jahresbeginn|Jahresanfang|Kriegsbeginn)|(?:zum|zu)\s+Jahresende",
    )
    relative_en = (
        r"(?:today|yesterday|tomorrow|tonight)",
        r"(?:(?:in|over|during)\s+)?(?:the\s+)?(?:last|past|next|coming|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades|hours)",
        r"(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|decade)",
        r"(?:at\s+)?(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+(?:the\s+)?(?:year|month|week|this\s+year|last\s+year)",
        r"(?:\w+|\d+)\s+(?:days|weeks|months|years|decades)\s+ago",
        r"(?:within|for|after)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:days|weeks|months|years|hours)",
        r"(?:over\s+)?the\s+weekend",
    )
    for pattern in relative_en if english else relative_de:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
            add(m, {"relative": " ".join(m.group(0).split())}, 1)
    return found


def _key(word: str) -> str:
    """A matched month, weekday or season as its vocabulary key.

    The date patterns match with IGNORECASE, which also takes "ſ" (long s, from OCR of old print)
    for "s", and "ı" or "İ" (Turkish keyboards, text uppercased under a Turkish locale: "APRİL")
    for "i"; ``str.lower`` keeps those letters apart, so the lookup would fail on a date the
    pattern found. They are folded to the letter the pattern took them for.
    """
    return word.lower().replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def _iso(year: str | None, month: int, day: int) -> dict:
    if year:
        return {"iso": f"{int(year):04d}-{month:02d}-{day:02d}"}
    return {"iso": f"--{month:02d}-{day:02d}", "relative": "Jahr nicht genannt"}


def _period(first: str, year: str | None, whole: str) -> dict:
    key = _key(first)
    normalized: dict = {}
    if key in MONTHS:
        month = MONTHS[key]
        normalized["iso"] = f"{int(year):04d}-{month:02d}" if year else f"--{month:02d}"
    elif key in SEASONS:
        normalized["season"] = SEASONS[key]
        if year:
            normalized["year"] = int(year)
    elif re.fullmatch(_YEAR, first):
        normalized["year"] = int(first)
    parts = re.findall(r"(?i)\b(anfang|mitte|ende|beginn|early|mid|late|end|beginning|start)\b", whole)
    if parts:
        normalized["part"] = "–".join(p.lower() for p in parts)
    modifier = _modifier(whole)
    if modifier:
        normalized["modifier"] = modifier
    return normalized


def _modifier(whole: str) -> str | None:
    found = re.search(r"(?i)\b(vergangen|letzt|kommend|nächst|dies|laufend|last|this|next|past|coming)", whole)
    return found[1].lower() if found else None
