"""A fast path for `cpu.isa.encoding.encode`, derived from the same table at import time.

`encode(row, fields)` re-derives each immediate layout's bit placement on every call, which
dominates assembly time for large files.  Here every row is compiled once into its fixed bits,
register/unsigned field shifts, and the immediate's range and bit *runs* (contiguous groups of
bits that move together), so encoding is a few shifts.  Anything out of range (or unusual) falls
back to the table's `encode`, which raises the canonical `EncodeError` message; the result is
therefore always identical to `encode`'s (checked for every row by tests/asm/test_asm_fastenc.py).
"""
from __future__ import annotations

from pagelab.cpu.isa.encoding import encode, field_names
from pagelab.cpu.isa.fields import REG_FIELDS, UINT_FIELDS
from pagelab.cpu.isa.table import INSTRUCTIONS


def _runs(layout):
    """[(imm_lo, width, inst_lo)]: maximal runs where consecutive imm bits map to consecutive
    instruction bits."""
    pairs = sorted(layout.placement(), key=lambda p: p[1])
    runs = []
    for inst_bit, imm_bit in pairs:
        if runs:
            imm_lo, width, inst_lo = runs[-1]
            if imm_bit == imm_lo + width and inst_bit == inst_lo + width:
                runs[-1] = (imm_lo, width + 1, inst_lo)
                continue
        runs.append((imm_bit, 1, inst_bit))
    return [(imm_lo, (1 << width) - 1, inst_lo) for imm_lo, width, inst_lo in runs]


class _Compiled:
    __slots__ = ("match", "regs", "uints", "imm", "nonzero", "row")

    def __init__(self, row):
        self.row = row
        self.match = row.match
        self.regs = []
        self.uints = []
        self.imm = None
        for name in field_names(row):
            if name == "imm":
                lo, hi = row.imm.value_range()
                self.imm = (lo, hi, (1 << row.imm.low_zero_bits) - 1, _runs(row.imm))
            elif name in REG_FIELDS:
                hi_bit, lo_bit, offset = REG_FIELDS[name]
                self.regs.append((name, lo_bit, offset, (1 << (hi_bit - lo_bit + 1)) - 1))
            else:
                hi_bit, lo_bit = UINT_FIELDS[name]
                self.uints.append((name, lo_bit, (1 << (hi_bit - lo_bit + 1)) - 1))
        self.nonzero = row.nonzero


_COMPILED = {row.name: _Compiled(row) for row in INSTRUCTIONS}      # mnemonics are unique


def encode_fast(row, fields: dict) -> int:
    """Same result as `encode(row, fields)`; raises the same EncodeError when out of range."""
    c = _COMPILED.get(row.name)
    if c is None or c.nonzero:
        return encode(row, fields)
    word = c.match
    try:
        for name, lo_bit, offset, mask in c.regs:
            v = fields[name] - offset
            if v < 0 or v > mask:
                return encode(row, fields)
            word |= v << lo_bit
        for name, lo_bit, mask in c.uints:
            v = fields[name]
            if v < 0 or v > mask:
                return encode(row, fields)
            word |= v << lo_bit
        if c.imm is not None:
            lo, hi, align, runs = c.imm
            v = fields["imm"]
            if v < lo or v > hi or v & align:
                return encode(row, fields)
            for imm_lo, mask, inst_lo in runs:
                word |= ((v >> imm_lo) & mask) << inst_lo
    except (KeyError, TypeError):
        return encode(row, fields)
    return word


_RANGES: dict = {}              # ImmLayout.name (unique per layout) -> its range, once


def imm_fits(layout, value: int) -> bool:
    """`layout.fits(value)`, with the layout's range computed once."""
    r = _RANGES.get(layout.name)
    if r is None:
        lo, hi = layout.value_range()
        r = _RANGES[layout.name] = (lo, hi, (1 << layout.low_zero_bits) - 1, layout)
    return r[0] <= value <= r[1] and not value & r[2]
