"""The accurate mode's entity recogniser: the fine-tuned multilingual-e5-small encoder, run with numpy.

The default German pipeline is a small CNN (fast: over 10,000 words a second on one core). The
accurate pipeline (``de_factcheck_accurate``, docs/model.md) runs the transformer the CNN learns
from: multilingual-e5-small (MIT) fine-tuned on GermEval 2014 by ``training/teacher.py``, about a
tenth of the speed and several points more F1. No PyTorch or GPU is needed: twelve layers of matrix
products in numpy on the CPU. Its weights are stored as 8-bit integers with a scale per row
(``training/accurate.py`` writes them) and kept as float32 once loaded.

Each sentence is split into the encoder's word pieces (``PieceSegmenter``), tagged with BIO labels
on the first piece of every word, and the tags become ``doc.ents``. A sentence longer than the
window the encoder was trained on is tagged in parts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ls_factcheck.preannotate.piece_vectors import PieceSegmenter

FACTORY = "factcheck_encoder_ner"
WEIGHTS = "weights.npz"
CONFIG = "cfg.json"
BOS, PAD, EOS = 0, 1, 2
# Pieces per window, <s> and </s> included: the length the encoder was fine-tuned on.
WINDOW = 160
# Windows of similar length are run together, up to this many pieces a batch.
BATCH_PIECES = 4096
# The layer whose hidden states the claim model reads: a middle one keeps more of what the
# pretrained encoder knew of sentences than the last, which fine-tuning bent towards names
STATE_LAYER = 8
# Set on a doc whose ``tensor`` holds those states (the claim rules then use the accurate mode's claim model)
STATES_IN_TENSOR = "encoder_states_in_tensor"


class EncoderWeightsError(ValueError):
    """The weights file is missing a tensor or a tensor has the wrong shape."""


@Language.factory(FACTORY)
def make_encoder_ner(nlp: Language, name: str) -> EncoderNer:
    return EncoderNer(name)


class EncoderNer:
    """spaCy component: entities from the fine-tuned encoder (weights set by ``from_disk``)."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name
        self.model: EncoderTagger | None = None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        if self.model is None:
            raise RuntimeError(f"{self.name}: no weights loaded (the pipeline folder holds them)")
        sentences: list[tuple[int, list[int]]] = []
        for n, doc in enumerate(docs):
            sentences.extend((n, indices) for indices in self._segments(doc))
        words = [[docs[n][i].text for i in indices] for n, indices in sentences]
        tags, states = self.model.tag_with_states(words)
        spans: list[list[Span]] = [[] for _ in docs]
        hidden = self.model.word_q.shape[1]
        # Each token's hidden state, where spaCy keeps a tok2vec's output (spaces stay zero)
        tensors = [np.zeros((len(doc), hidden), np.float32) for doc in docs]
        for (n, indices), sentence_tags, sentence_states in zip(sentences, tags, states):
            for start, end, label in bio_spans(sentence_tags):
                spans[n].append(Span(docs[n], indices[start], indices[end - 1] + 1, label=label))
            tensors[n][indices] = sentence_states
        for doc, found, tensor in zip(docs, spans, tensors):
            doc.ents = filter_spans(found)
            doc.tensor = tensor
            doc.user_data[STATES_IN_TENSOR] = True
        return docs

    def _segments(self, doc: Doc) -> Iterator[list[int]]:
        """Token indices of whole sentences packed into windows: a name is tagged with the most
        context the window holds, and a sentence cut short by the splitter keeps its other part."""
        assert self.model is not None
        current: list[int] = []
        size = 2  # <s> and </s>
        for sent in doc.sents:
            indices = [t.i for t in sent if not t.is_space]
            pieces = sum(len(self.model.pieces_of(doc[i].text)) for i in indices)
            if current and size + pieces > WINDOW:
                yield current
                current, size = [], 2
            current.extend(indices)
            size += pieces
        if current:
            yield current

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        if self.model is None:
            raise RuntimeError(f"{self.name}: nothing to save")
        self.model.save(Path(path))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> EncoderNer:
        self.model = EncoderTagger.load(Path(path))
        return self


class PieceIds:
    """A word's piece ids as the encoder splits it (an unknown character as <unk>), each word split once."""

    def __init__(self, segmenter: PieceSegmenter, unk: int, cache_size: int = 200_000) -> None:
        self.segmenter = segmenter
        self.unk = unk
        self.cache_size = cache_size
        self.cache: dict[str, list[int]] = {}

    def __call__(self, word: str) -> list[int]:
        ids = self.cache.get(word)
        if ids is None:
            ids = [self.unk if i < 0 else i for i in self.segmenter.segment(word)] or [self.unk]
            if len(self.cache) >= self.cache_size:
                self.cache.clear()
            self.cache[word] = ids
        return ids


def piece_windows(
    sentences: list[list[str]], pieces_of: Callable[[str], list[int]]
) -> list[tuple[int, list[int], list[int]]]:
    """Each sentence as windows of at most ``WINDOW`` piece ids (<s> … </s>): (sentence number, ids,
    the index of every word's first piece). Every word gets a place; a longer word keeps its first pieces."""
    windows: list[tuple[int, list[int], list[int]]] = []
    for n, words in enumerate(sentences):
        ids, firsts = [BOS], []
        for word in words:
            pieces = pieces_of(word)[: WINDOW - 2]
            if len(ids) + len(pieces) + 1 > WINDOW:
                windows.append((n, [*ids, EOS], firsts))
                ids, firsts = [BOS], []
            firsts.append(len(ids))
            ids.extend(pieces)
        windows.append((n, [*ids, EOS], firsts))
    return windows


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) word spans; an I- tag that continues nothing starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and not (prefix == "I" and kind == label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and start is None:
            start, label = i, kind
    return spans


class EncoderTagger:
    """The encoder's forward pass in numpy, and the tag layer on top."""

    def __init__(self, config: dict, arrays: dict[str, np.ndarray]) -> None:
        self.config = config
        self.tags: list[str] = list(config["tags"])
        self.heads = int(config["heads"])
        self.eps = float(config["eps"])
        self.layers = int(config["layers"])
        pieces = _strings(arrays["vocab_blob"], arrays["vocab_offsets"])
        normalisation = dict(
            zip(arrays["norm_from"].tolist(), (tuple(map(ord, s)) for s in _strings(arrays["norm_blob"], arrays["norm_offsets"])))
        )
        self.pieces_of = PieceIds(PieceSegmenter(pieces, arrays["vocab_scores"].tolist(), normalisation), int(config["unk"]))
        self.word_q = arrays["word.q"]
        self.word_scale = arrays["word.scale"]
        self.pos = arrays["pos"]
        self.token_type = arrays["token_type"]
        self.emb_norm = (arrays["emb_norm.weight"], arrays["emb_norm.bias"])
        # Stored transposed and contiguous: numpy hands a 2-D product of contiguous arrays to BLAS,
        # while a stacked or strided one may run through its own slow loop.
        self.weights = {name: np.ascontiguousarray(_dequantised(arrays, name).T) for name in _matrix_names(self.layers)}
        self.vectors = {name: arrays[name] for name in _vector_names(self.layers)}
        self.raw = arrays
        hidden = self.word_q.shape[1]
        for name, shape in _expected_shapes(config, hidden).items():
            found = self.weights[name].T if name in self.weights else self.vectors.get(name)
            if found is None or found.shape != shape:
                raise EncoderWeightsError(f"{name}: expected shape {shape}, found {None if found is None else found.shape}")

    @classmethod
    def load(cls, folder: Path) -> EncoderTagger:
        config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
        with np.load(folder / WEIGHTS, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        return cls(config, arrays)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / CONFIG).write_text(json.dumps(self.config, indent=2), encoding="utf-8")
        np.savez(folder / WEIGHTS, **self.raw)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for every word of every sentence."""
        return self.tag_with_states(sentences)[0]

    def tag_with_states(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[np.ndarray]]:
        """BIO tags for every word of every sentence, and each word's hidden state at ``STATE_LAYER``
        (its first piece's), which the claim model of the accurate mode reads."""
        windows = piece_windows(sentences, self.pieces_of)
        out: list[list[str]] = [[] for _ in sentences]
        tagged: list[list[str]] = [[] for _ in windows]
        hidden = self.word_q.shape[1]
        window_states: list[np.ndarray] = [np.zeros((0, hidden), np.float32) for _ in windows]
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        at = 0
        while at < len(order):
            # Windows are sorted by length: grow the batch while the padded size stays within bounds.
            end = at + 1
            while end < len(order) and (end + 1 - at) * len(windows[order[end]][1]) <= BATCH_PIECES:
                end += 1
            chunk = order[at:end]
            at = end
            longest = len(windows[chunk[-1]][1])
            ids = np.full((len(chunk), longest), PAD, dtype=np.int64)
            mask = np.zeros((len(chunk), longest), dtype=bool)
            for row, i in enumerate(chunk):
                piece_ids = windows[i][1]
                ids[row, : len(piece_ids)] = piece_ids
                mask[row, : len(piece_ids)] = True
            scores, states = self.forward(ids, mask)
            for row, i in enumerate(chunk):
                firsts = windows[i][2]
                tagged[i] = [self.tags[k] for k in scores[row, firsts].argmax(-1).tolist()]
                window_states[i] = states[row, firsts]
        out_states: list[list[np.ndarray]] = [[] for _ in sentences]
        for i, (n, _, _) in enumerate(windows):
            out[n].extend(tagged[i])
            out_states[n].append(window_states[i])
        return out, [np.concatenate(parts) if parts else np.zeros((0, hidden), np.float32) for parts in out_states]

    def scores(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Tag scores (batch x length x tags) for piece ids; ``mask`` marks the real pieces."""
        return self.forward(ids, mask)[0]

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores (batch x length x tags) and the hidden states at ``STATE_LAYER`` (batch x length x
        hidden) for piece ids; ``mask`` marks the real pieces."""
        batch, length = ids.shape
        x = self.word_q[ids].astype(np.float32) * self.word_scale[ids][..., None]
        x += self.pos[:length][None] + self.token_type
        hidden = x.shape[-1]
        x = _layer_norm(x.reshape(batch * length, hidden), *self.emb_norm, self.eps)
        head_dim = hidden // self.heads
        blocked = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        w, v = self.weights, self.vectors
        state_layer = min(STATE_LAYER, self.layers)
        states = x
        for i in range(self.layers):
            qkv = x @ w[f"layers.{i}.qkv"] + v[f"layers.{i}.qkv.bias"]
            heads = qkv.reshape(batch, length, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            q = np.ascontiguousarray(heads[0])
            k_t = np.ascontiguousarray(heads[1].transpose(0, 1, 3, 2))
            val = np.ascontiguousarray(heads[2])
            attention = (q @ k_t) * np.float32(1.0 / np.sqrt(head_dim)) + blocked
            attention = np.exp(attention - attention.max(-1, keepdims=True))
            attention /= attention.sum(-1, keepdims=True)
            context = (attention @ val).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
            x = _layer_norm(
                x + context @ w[f"layers.{i}.out"] + v[f"layers.{i}.out.bias"],
                v[f"layers.{i}.norm1.weight"], v[f"layers.{i}.norm1.bias"], self.eps,
            )
            up = _gelu(x @ w[f"layers.{i}.up"] + v[f"layers.{i}.up.bias"])
            x = _layer_norm(
                x + up @ w[f"layers.{i}.down"] + v[f"layers.{i}.down.bias"],
                v[f"layers.{i}.norm2.weight"], v[f"layers.{i}.norm2.bias"], self.eps,
            )
            if i + 1 == state_layer:
                states = x
        return (x @ w["tags"] + v["tags.bias"]).reshape(batch, length, -1), states.reshape(batch, length, hidden)


def quantise_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 values and a float32 scale per row (symmetric: the row's largest magnitude is 127)."""
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    return np.clip(np.rint(matrix / scale[:, None]), -127, 127).astype(np.int8), scale


def _dequantised(arrays: dict[str, np.ndarray], name: str) -> np.ndarray:
    q, scale = arrays.get(f"{name}.q"), arrays.get(f"{name}.scale")
    if q is None or scale is None:
        raise EncoderWeightsError(f"{name}: missing from the weights file")
    return q.astype(np.float32) * scale[:, None]


def _matrix_names(layers: int) -> list[str]:
    names = [f"layers.{i}.{part}" for i in range(layers) for part in ("qkv", "out", "up", "down")]
    return [*names, "tags"]


def _vector_names(layers: int) -> list[str]:
    names = [f"layers.{i}.{part}.bias" for i in range(layers) for part in ("qkv", "out", "up", "down")]
    names += [f"layers.{i}.{norm}.{p}" for i in range(layers) for norm in ("norm1", "norm2") for p in ("weight", "bias")]
    return [*names, "tags.bias"]


def _expected_shapes(config: dict, hidden: int) -> dict[str, tuple[int, ...]]:
    ffn, n_tags = int(config["ffn"]), len(config["tags"])
    shapes: dict[str, tuple[int, ...]] = {"tags": (n_tags, hidden), "tags.bias": (n_tags,)}
    for i in range(int(config["layers"])):
        shapes |= {
            f"layers.{i}.qkv": (3 * hidden, hidden), f"layers.{i}.qkv.bias": (3 * hidden,),
            f"layers.{i}.out": (hidden, hidden), f"layers.{i}.out.bias": (hidden,),
            f"layers.{i}.up": (ffn, hidden), f"layers.{i}.up.bias": (ffn,),
            f"layers.{i}.down": (hidden, ffn), f"layers.{i}.down.bias": (hidden,),
        }
        for norm in ("norm1", "norm2"):
            shapes |= {f"layers.{i}.{norm}.weight": (hidden,), f"layers.{i}.{norm}.bias": (hidden,)}
    return shapes


def _strings(blob: np.ndarray, offsets: np.ndarray) -> list[str]:
    data = blob.tobytes()
    bounds = offsets.tolist()
    return [data[bounds[i] : bounds[i + 1]].decode("utf-8") for i in range(len(bounds) - 1)]


def strings_blob(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Strings as one UTF-8 byte array and offsets (no pickled objects in the weights file)."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets = np.cumsum([0] + [len(e) for e in encoded]).astype(np.int64)
    return np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), offsets


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, in place. The tanh form (within 1e-3 of the exact erf form the encoder was trained
    with, which numpy has no function for) in few passes over the array: it is the largest one."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.7978845608028654)
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    x *= np.float32(0.5)
    x *= inner
    return x
