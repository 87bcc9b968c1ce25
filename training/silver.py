"""Text for the teacher to label, and its labels as training documents for the CNN (docs/model.md).

    python training/silver.py sentences --out training/silver/sentences.txt
    python training/teacher.py label training/teacher training/silver/sentences.txt --out training/silver/tagged.jsonl
    python training/silver.py docs training/silver/tagged.jsonl --out training/corpus/silver.spacy

The text is SmartData's and MobIE's (both CC BY 4.0; their own labels are not used: their schemes
have no MISC and call traffic routes places); with ``--ud`` UD German GSD's too (CC BY-SA 4.0), and
with ``--wikinews`` German Wikinews articles (CC BY 2.5) rebuilt from the SpkAtt-2023 tokens, none
of SpkAtt's annotations used, no article that an ``eval/wikinews_*`` set holds and none of those
kept aside for later held-out sets. Each sentence is
one line of space-separated tokens, and no sentence is written twice (tweets repeat). The shipped
pipeline was trained with SmartData and MobIE only (docs/model.md says what the others gave).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from convert import grouped, make_doc  # noqa: E402
from piece_table import smartdata_records  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SENTENCE_END = {".", "!", "?"}
# A line this long without an end mark is cut anyway (lists, tables).
MAX_TOKENS = 80
SOURCES = [
    {
        "name": "SmartData corpus v1_20180119 (text only, labelled by the teacher)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Martin Schiersch, Veselina Mironova, Maximilian Schmitt, Philippe Thomas, Aleksandra Gabryszak, Leonhard Hennig",
    },
    {
        "name": "MobIE v1_20210811 (text only, labelled by the teacher)",
        "url": "https://github.com/DFKI-NLP/MobIE",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Leonhard Hennig, Phuc Tran Truong, Aleksandra Gabryszak",
    },
]
UD_SOURCE = {
    "name": "Universal Dependencies German GSD, dev and test parts (text only, labelled by the teacher)",
    "url": "https://github.com/UniversalDependencies/UD_German-GSD",
    "license": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
}
WIKINEWS_SOURCE = {
    "name": "German Wikinews articles 2004-2010 (text only, rebuilt from the SpkAtt-2023 training part's tokens; "
    "labelled by the teacher; no SpkAtt annotation used; the articles of the project's evaluation sets and "
    "those kept aside for later ones left out)",
    "url": "https://de.wikinews.org/",
    "license": "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)",
    "author": "Wikinews contributors",
}


def split_sentences(tokens: list[str]) -> Iterator[list[str]]:
    """Cut after a sentence mark that a capitalised word follows, and at ``MAX_TOKENS``."""
    start = 0
    for i, token in enumerate(tokens):
        ends = token in SENTENCE_END and (i + 1 == len(tokens) or tokens[i + 1][:1].isupper())
        if ends or i + 1 - start >= MAX_TOKENS:
            yield tokens[start : i + 1]
            start = i + 1
    if start < len(tokens):
        yield tokens[start:]


def smartdata_sentences(data: Path, nlp) -> Iterator[list[str]]:
    for name in ("train.json.gz", "test.json.gz"):
        path = data / "smartdata" / name
        if not path.exists():
            continue
        for text in smartdata_records(path):
            for line in re.split(r"[\r\n]+", text):
                tokens = [t.text for t in nlp.make_doc(line) if not t.is_space]
                yield from split_sentences(tokens)


def mobie_sentences(data: Path) -> Iterator[list[str]]:
    archive = data / "mobie" / "ner_conll03_formatted.zip"
    if not archive.exists():
        return
    with zipfile.ZipFile(archive) as zf:
        for member in sorted(zf.namelist()):
            tokens: list[str] = []
            for line in zf.read(member).decode("utf-8").splitlines():
                if line.startswith("-DOCSTART-"):
                    continue
                if not line.strip():
                    yield from split_sentences(tokens)
                    tokens = []
                else:
                    tokens.append(line.split("\t")[0])
            yield from split_sentences(tokens)


def ud_sentences(data: Path) -> Iterator[list[str]]:
    for path in sorted((data / "ud_german_gsd").glob("*.conllu")):
        tokens: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit():
                tokens.append(cols[1])
            elif not line.strip() and tokens:
                yield tokens
                tokens = []
        if tokens:
            yield tokens


def evaluation_articles(repo: Path = REPO) -> set[str]:
    """The Wikinews articles the project's claim sets are measured on, and those kept aside for
    future held-out sets (``eval/wikinews_reserved_ids.txt``)."""
    ids: set[str] = set()
    for path in sorted((repo / "eval").glob("wikinews_*_articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    reserved = repo / "eval" / "wikinews_reserved_ids.txt"
    if reserved.exists():
        for line in reserved.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                ids.add(f"wikinews-{line.strip()}")
    return ids


def wikinews_sentences(data: Path, excluded: set[str]) -> Iterator[list[str]]:
    for path in sorted((data / "spkatt2023_train" / "articles").glob("wikinews-*.json")):
        if path.stem in excluded:
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        for sentence in record.get("Sentences", []):
            tokens = [t for t in sentence.get("Tokens", []) if t.strip()]
            yield from split_sentences(tokens)


def sentences(data: Path = DATA, ud: bool = False, wikinews: bool = False) -> Iterator[list[str]]:
    """Every sentence of the silver text once, in a fixed order."""
    nlp = spacy.blank("de")
    seen: set[str] = set()
    parts = [smartdata_sentences(data, nlp), mobie_sentences(data)]
    if ud:
        parts.append(ud_sentences(data))
    if wikinews:
        parts.append(wikinews_sentences(data, evaluation_articles()))
    for sentence in (s for part in parts for s in part):
        key = " ".join(sentence)
        if len(sentence) < 3 or key in seen:
            continue
        seen.add(key)
        yield sentence


def docs_from_tagged(lines: list[str], seed: int = 0) -> DocBin:
    """The teacher's tagged sentences as documents of one to eight sentences, like GermEval's."""
    vocab = spacy.blank("de").vocab
    tagged = []
    for line in lines:
        record = json.loads(line)
        # make_doc reads GermEval's tag names, which call MISC "OTH".
        tags = [tag.replace("MISC", "OTH") for tag in record["tags"]]
        tagged.append(list(zip(record["words"], tags)))
    rng = random.Random(seed)
    return DocBin(docs=[make_doc(vocab, group) for group in grouped(tagged, rng)], store_user_data=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    commands = parser.add_subparsers(dest="command", required=True)
    s = commands.add_parser("sentences")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--ud", action="store_true", help="add UD German GSD's dev and test text")
    s.add_argument("--wikinews", action="store_true", help="add the Wikinews articles no evaluation set holds or keeps aside")
    d = commands.add_parser("docs")
    d.add_argument("tagged", type=Path)
    d.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.command == "sentences":
        n = 0
        with args.out.open("w", encoding="utf-8") as out:
            for sentence in sentences(args.data, args.ud, args.wikinews):
                out.write(" ".join(sentence) + "\n")
                n += 1
        print(f"{n} sentences")
    else:
        lines = args.tagged.read_text(encoding="utf-8").splitlines()
        docbin = docs_from_tagged(lines)
        docbin.to_disk(args.out)
        print(f"{len(lines)} sentences in {len(docbin)} docs")


if __name__ == "__main__":
    main()
