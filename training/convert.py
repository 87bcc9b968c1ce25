"""Convert the openly licensed corpora in ``shared/data`` into spaCy DocBins for training.

Tags go through ``ls_factcheck.evaluation.ner_eval``'s mapping, the one evaluation uses: OTH becomes MISC and
the derived/part tags become O (docs/model.md says why).

Sentences are detokenised and grouped into documents of one to eight sentences, so the trained
``senter`` learns boundaries on spaCy's own tokenisation, which keeps "28." and "2020." as one
token and leaves it to context whether that token ends a sentence.

UD German GSD (CC BY-SA 4.0) becomes only a check set for sentence boundaries; the shipped model
is trained on GermEval 2014 alone.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from ls_factcheck.evaluation.ner_eval import Sentence, read_germeval, spaces_for, spans_from_tags

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def make_doc(vocab, sentences: list[Sentence]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    spans: list[tuple[int, int, str]] = []
    for sentence in sentences:
        offset = len(words)
        tokens = [token for token, _ in sentence]
        words.extend(tokens)
        spaces.extend(spaces_for(tokens)[:-1] + [True])
        sent_starts.extend([True] + [False] * (len(tokens) - 1))
        spans.extend((offset + s, offset + e, label) for s, e, label in spans_from_tags([t for _, t in sentence]))
    spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return doc


def grouped(sentences: list[Sentence], rng: random.Random, low: int = 1, high: int = 8) -> Iterator[list[Sentence]]:
    i = 0
    while i < len(sentences):
        n = rng.randint(low, high)
        yield sentences[i : i + n]
        i += n


def read_conllu_texts(path: Path) -> list[str]:
    prefix = "# text = "
    return [line[len(prefix) :] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]


def ud_docs(nlp, texts: list[str], per_doc: int = 10) -> Iterator[Doc]:
    """UD's raw sentence texts joined into paragraphs, gold sentence starts set on spaCy's tokens."""
    for i in range(0, len(texts), per_doc):
        chunk = texts[i : i + per_doc]
        doc = nlp.make_doc(" ".join(chunk))
        starts, offset = set(), 0
        for sentence in chunk:
            starts.add(offset)
            offset += len(sentence) + 1
        for token in doc:
            token.is_sent_start = token.idx in starts
        yield doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "corpus")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    rng = random.Random(args.seed)

    germeval = args.data / "germeval2014"
    for name, filename in (("train", "train.bioes.txt"), ("dev", "dev.tsv")):
        sentences = list(read_germeval(germeval / filename))
        docs = [make_doc(nlp.vocab, group) for group in grouped(sentences, rng)]
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(sentences)} sentences in {len(docs)} docs")

    ud = args.data / "ud_german_gsd"
    texts = [t for part in ("dev", "test") for t in read_conllu_texts(ud / f"de_gsd-ud-{part}.conllu")]
    docs = list(ud_docs(nlp, texts))
    DocBin(docs=docs).to_disk(args.out / "ud_gsd_sents.spacy")
    print(f"ud_gsd_sents: {len(texts)} sentences in {len(docs)} docs")


if __name__ == "__main__":
    main()
