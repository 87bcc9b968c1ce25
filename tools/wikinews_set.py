"""Real German news to label: Wikinews articles rebuilt from the SpkAtt-2023 tokens.

The SpkAtt-2023 training part (``../shared/data/spkatt2023_train``, CC BY-NC-SA 4.0) may only be
used to measure; its article texts, though, come from German Wikinews (CC BY 2.5), and a text
rebuilt from the tokens may enter the project with Wikinews attribution. This harness rebuilds
chosen articles as readable text (headline line, then the body with the tokenizer's spaces taken
out again) and writes the articles file that ``eval/wikinews_*`` gold labels refer to. The labels
themselves are the project's own: written per sentence from the guideline, never taken from the
SpkAtt annotations.

    python -m tools.wikinews_set pick --count 48 --seed 16 > ids.txt
    python -m tools.wikinews_set articles ids.txt -o eval/wikinews_dev_articles.jsonl
    python -m tools.wikinews_set units eval/wikinews_dev_articles.jsonl -o units.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPKATT = REPO.parent / "shared" / "data" / "spkatt2023_train" / "articles"
ATTRIBUTION = "Wikinews (de.wikinews.org), CC BY 2.5; text rebuilt from the SpkAtt-2023 tokens"

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "“", "‘", "%", "…", "'s"}
_NO_SPACE_AFTER = {"(", "[", "„", "‚", "»"}
_TITLE = re.compile(r"^\d+\s*-\s*(?P<title>.*?)\s*\((?P<date>\d{4}-\d{2}-\d{2})\)\s*$")


def detokenize(tokens: list[str]) -> str:
    """Join tokens as a person would have written them: no space before a comma, inside quotes."""
    out: list[str] = []
    straight_open = False
    glue_next = False
    for token in tokens:
        glue = glue_next or not out or token in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER
        if token == '"':
            # A straight quote opens and closes in turn.
            straight_open = not straight_open
            glue = glue or not straight_open
            glue_next = straight_open
        out.append(token if glue else " " + token)
    return "".join(out)


def load(article_id: str) -> dict:
    return json.loads((SPKATT / f"wikinews-{article_id}.json").read_text(encoding="utf-8"))


def article_record(article_id: str) -> dict:
    document = load(article_id)
    match = _TITLE.match(document["DocumentName"])
    title = match["title"] if match else document["DocumentName"]
    body = " ".join(detokenize(sentence["Tokens"]) for sentence in document["Sentences"])
    return {
        "id": f"wikinews-{article_id}",
        "title": title,
        "text": f"{title}\n{body}",
        "date": match["date"] if match else None,
        "url": f"https://de.wikinews.org/wiki/?curid={article_id}",
        "outlet": "Wikinews",
        "language": "de",
        "attribution": ATTRIBUTION,
    }


def pick(count: int, seed: int, min_sentences: int = 8, max_sentences: int = 30, exclude: set[str] = frozenset()) -> list[str]:
    """Article ids of middling length, chosen at random but repeatably, none of ``exclude``."""
    ids = []
    for path in sorted(SPKATT.glob("wikinews-*.json")):
        size = len(json.loads(path.read_text(encoding="utf-8"))["Sentences"])
        article_id = path.stem.removeprefix("wikinews-")
        if min_sentences <= size <= max_sentences and article_id not in exclude:
            ids.append(article_id)
    return random.Random(seed).sample(ids, count)


def evaluation_ids() -> set[str]:
    """The articles that an ``eval/wikinews_*`` set already holds."""
    ids = set()
    for path in sorted((REPO / "eval").glob("wikinews_*_articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"].removeprefix("wikinews-"))
    return ids


def units(articles_path: Path) -> list[dict]:
    """The sentence units a labeller labels: the pipeline's sentences, cut again at line breaks."""
    from ls_factcheck.preannotate.pipeline import load_pipeline
    from ls_factcheck.preannotate.sentences import SENTENCE_SPLITTER

    nlp = load_pipeline()
    rows = []
    for line in articles_path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = article["text"]
        with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in (SENTENCE_SPLITTER, "senter", "parser")]):
            doc = nlp(text)
        for sentence in doc.sents:
            start = sentence.start_char
            for piece in re.split(r"(\n)", sentence.text):
                stripped = piece.strip()
                if stripped:
                    offset = start + piece.index(stripped)
                    rows.append({"article_id": article["id"], "start": offset, "end": offset + len(stripped), "text": stripped})
                start += len(piece)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    pick_cmd = commands.add_parser("pick")
    pick_cmd.add_argument("--count", type=int, default=48)
    pick_cmd.add_argument("--seed", type=int, default=16)
    pick_cmd.add_argument("--new", action="store_true", help="leave out the articles the eval sets already hold")
    articles_cmd = commands.add_parser("articles")
    articles_cmd.add_argument("ids", type=Path)
    articles_cmd.add_argument("-o", "--output", type=Path, required=True)
    units_cmd = commands.add_parser("units")
    units_cmd.add_argument("articles", type=Path)
    units_cmd.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "pick":
        print("\n".join(pick(args.count, args.seed, exclude=evaluation_ids() if args.new else frozenset())))
    elif args.command == "articles":
        ids = args.ids.read_text(encoding="utf-8").split()
        lines = [json.dumps(article_record(i), ensure_ascii=False) for i in ids]
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        lines = [json.dumps(row, ensure_ascii=False) for row in units(args.articles)]
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
