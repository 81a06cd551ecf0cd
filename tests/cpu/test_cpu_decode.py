"""The decode tables and the jitted decoder agree with the instruction table's reference decoder."""
from __future__ import annotations

import random

import numpy as np
import pytest

from pagelab.cpu import decode_tables as DT
from pagelab.cpu.core import ops as O
from pagelab.cpu.core.interp import decode32, decode_any
from pagelab.cpu.isa import encoding
from pagelab.cpu.isa.table import BASE, COMPRESSED


@pytest.fixture(scope="module")
def tables():
    return DT.DecodeTables.get()


def unpack(d):
    rd = (d >> O.RD_SHIFT) & 63
    return {"op": d & O.OP_MASK, "rd": 0 if rd == O.RD_SINK else rd,
            "rs1": (d >> O.RS1_SHIFT) & 31, "rs2": (d >> O.RS2_SHIFT) & 31,
            "imm": d >> O.IMM_SHIFT, "c": bool(d & O.C_BIT)}


def test_every_table_row_has_an_op_id():
    for row in BASE:
        assert DT.op_id(row.name) > 0
    assert len({DT.op_id(row.name) for row in BASE}) == len(BASE)


def test_every_rows_match_word_decodes_to_its_own_op(tables):
    for row in BASE:
        d = unpack(decode32(row.match, tables.lut, tables.cands.ravel()))
        want = O.FENCE if row.name == "fence.tso" else DT.op_id(row.name)   # decode_tables doc
        assert d["op"] == want, row.name


def test_random_words_decode_like_the_reference_decoder(tables):
    rng = random.Random(5)
    cands = tables.cands.ravel()
    words = [rng.getrandbits(32) | 3 for _ in range(20000)]
    words += [row.match | (rng.getrandbits(32) & ~row.mask) for row in BASE for _ in range(50)]
    for word in words:
        d = unpack(decode32(word, tables.lut, cands))
        dec = encoding.decode(word)
        relaxed = word & 0x707F in (0x000F, 0x100F)       # fence / fence.i ignore other fields
        if dec is None and not relaxed:
            assert d["op"] == O.ILLEGAL and d["imm"] & 0xFFFFFFFF == word
            continue
        if relaxed:
            assert d["op"] == (O.FENCE if word & 0x7000 == 0 else O.FENCE_I)
            continue
        row = dec.row
        assert d["op"] == DT.op_id(row.name), (hex(word), row.name)
        f = dec.fields
        for reg in ("rd", "rs1", "rs2"):
            if reg in f:
                assert d[reg] == f[reg], (row.name, reg)
        if "imm" in f:
            imm = f["imm"] << 12 if row.fmt == "U" else f["imm"]
            imm = imm - (1 << 32) if row.fmt == "U" and imm >> 31 else imm
            assert d["imm"] == imm, (row.name, hex(word))
        for shamt in ("shamt6", "shamt5"):
            if shamt in f:
                assert d["imm"] == f[shamt]
        if "csr" in f:
            assert (d["imm"] >> 20) & 0xFFF == f["csr"]
        if "zimm" in f:
            assert d["rs1"] == f["zimm"]


def test_the_rvc_table_is_the_expansion_of_every_halfword(tables):
    for h in range(0, 1 << 16, 7):
        if h & 3 == 3:
            continue
        word = encoding.expand(h)
        assert tables.rvc[h] == (word or 0), hex(h)


def test_compressed_instructions_decode_as_their_expansion_marked_two_bytes_long(tables):
    cands = tables.cands.ravel()
    for h in range(0, 1 << 16):
        if h & 3 == 3:
            continue
        d = unpack(decode_any(h, 0, tables.lut, cands, tables.rvc))
        assert d["c"]
        word = encoding.expand(h)
        if word is None:
            assert d["op"] == O.ILLEGAL and d["imm"] == h
        else:
            assert d["op"] == unpack(decode32(word, tables.lut, cands))["op"]


def test_the_cached_rvc_table_matches_a_fresh_computation(tables):
    fresh = DT.compute_rvc()
    assert np.array_equal(fresh, tables.rvc)


def test_every_compressed_row_expands_to_a_base_row():
    names = {row.name for row in BASE}
    for row in COMPRESSED:
        assert row.expand[0] in names
