"""Encode and decode instruction words from the table, field by field.

    encode(row, fields) -> int          fields: {"rd": 10, "rs1": 2, "imm": -16, ...}
    decode(word)        -> Decoded | None
    expand(word16)      -> int | None   the 32-bit instruction a compressed one stands for

`fields` use the operand-kind names of `table.py`, with memory operands split into their parts:
``mem`` is given as ``imm`` + ``rs1``; ``c_mem`` as ``imm`` + ``c_rs1p`` (or nothing extra when the
base is sp); ``amo_mem`` as ``rs1``; ``target`` is the pc-relative offset in bytes.  AMO rows also
take ``aq`` and ``rl`` (0 or 1).  Values are checked: `EncodeError` says which operand is out of
range and what the range is.
"""
from __future__ import annotations

from dataclasses import dataclass

from .fields import REG_FIELDS, UINT_FIELDS, bits
from .table import BASE, COMPRESSED, BY_NAME, Insn


class EncodeError(ValueError):
    """An operand does not fit its field.  `operand` names it; the message gives the range."""

    def __init__(self, operand: str, message: str):
        super().__init__(message)
        self.operand = operand


def _field_names(row: Insn) -> list[str]:
    """The fields an encoding of `row` needs, in source order, memory operands split."""
    names: list[str] = []
    for op in row.operands:
        if op == "mem":
            names += ["imm", "rs1"]
        elif op == "c_mem":
            names += ["imm"] + (["c_rs1p"] if row.base == "c_rs1p" else [])
        elif op == "amo_mem":
            names.append("rs1")
        elif op == "target":
            names.append("imm")
        elif op == "sp":
            continue
        else:
            names.append(op)
    if row.aqrl:
        names += ["aq", "rl"]
    return names


def field_names(row: Insn) -> list[str]:
    return _field_names(row)


def _range_text(layout) -> str:
    lo, hi = layout.value_range()
    text = f"[{lo}, {hi}]"
    if layout.low_zero_bits:
        text += f" and a multiple of {1 << layout.low_zero_bits}"
    return text


def encode(row: Insn | str, fields: dict) -> int:
    """Build the instruction word for `row` from operand values (see module docstring)."""
    if isinstance(row, str):
        row = BY_NAME[row]
    word = row.match
    for name in _field_names(row):
        if name not in fields:
            raise EncodeError(name, f"{row.name}: missing operand '{name}'")
        value = int(fields[name])
        if name == "imm":
            layout = row.imm
            if not layout.fits(value):
                raise EncodeError(name, f"{row.name}: immediate {value} out of range, "
                                        f"expected {_range_text(layout)}")
            word |= layout.pack(value)
        elif name in REG_FIELDS:
            hi, lo, offset = REG_FIELDS[name]
            field_value = value - offset
            if not 0 <= field_value < (1 << (hi - lo + 1)):
                allowed = f"x{offset}..x{offset + (1 << (hi - lo + 1)) - 1}"
                raise EncodeError(name, f"{row.name}: register x{value} not allowed here, "
                                        f"expected {allowed}")
            word |= field_value << lo
        elif name in UINT_FIELDS:
            hi, lo = UINT_FIELDS[name]
            if not 0 <= value < (1 << (hi - lo + 1)):
                raise EncodeError(name, f"{row.name}: {name} {value} out of range, "
                                        f"expected [0, {(1 << (hi - lo + 1)) - 1}]")
            word |= value << lo
        else:  # pragma: no cover - table and field lists agree (tested)
            raise EncodeError(name, f"{row.name}: unknown field '{name}'")
    for name in row.nonzero:
        key = name if name in fields else "imm"
        if int(fields.get(key, 0)) == 0:
            raise EncodeError(key, f"{row.name}: operand '{name}' must not be zero")
    return word


@dataclass
class Decoded:
    row: Insn
    fields: dict        # as taken by `encode`
    word: int


def _extract(row: Insn, word: int) -> dict:
    out = {}
    for name in _field_names(row):
        if name == "imm":
            out[name] = row.imm.unpack(word)
        elif name in REG_FIELDS:
            hi, lo, offset = REG_FIELDS[name]
            out[name] = bits(word, hi, lo) + offset
        else:
            hi, lo = UINT_FIELDS[name]
            out[name] = bits(word, hi, lo)
    if row.imm is not None and "imm" not in out:
        out["imm"] = row.imm.unpack(word)      # e.g. c.nop's HINT immediate: no operand, but bits
    return out


def _buckets(rows, key_bits: int, key_values) -> dict:
    """Rows grouped by the value of `key_bits` (the major opcode), each group in table order.

    `key_values` maps a group key to an instruction word holding just those key bits.  A lookup
    then tries only the rows of one group, and first-declared-wins is kept because each group keeps
    table order.  A row that leaves some key bits free goes into every group it can match.
    """
    groups: dict = {}
    for key, bits_value in key_values.items():
        for row in rows:
            mask, match = row.mask, row.match
            if bits_value & mask & key_bits == match & mask & key_bits:
                groups.setdefault(key, []).append((mask, match, row))
    return groups


# 32-bit: keyed on bits 6:0.  16-bit: keyed on bits 1:0 and 15:13 (quadrant and funct3).
_BUCKETS_32 = _buckets(BASE, 0x7F, {k: k for k in range(128)})
_BUCKETS_16 = _buckets(COMPRESSED, 0xE003,
                       {q | f3 << 2: q | f3 << 13 for q in range(4) for f3 in range(8)})


def decode(word: int) -> Decoded | None:
    """Decode a 32-bit word (low two bits 11) or a 16-bit one (anything else in the low 16 bits).

    Returns None for an illegal or reserved encoding.  A 16-bit word's upper bits are ignored.
    """
    if word & 3 == 3:
        word &= 0xFFFFFFFF
        candidates = _BUCKETS_32.get(word & 0x7F, ())
    else:
        word &= 0xFFFF
        candidates = _BUCKETS_16.get((word & 3) | (word >> 13) << 2, ())
    for mask, match, row in candidates:
        if word & mask == match:
            fields = _extract(row, word)
            for name in row.nonzero:
                if fields.get(name if name in fields else "imm", 0) == 0:
                    return None
            return Decoded(row, fields, word)
    return None


def expansion_fields(decoded: Decoded) -> tuple[Insn, dict]:
    """For a compressed instruction: the 32-bit row and its fields."""
    row = decoded.row
    name, mapping = row.expand
    target = BY_NAME[name]
    fields: dict = {}
    for field, source in mapping.items():
        if isinstance(source, int):
            value = source
        elif source == "target":
            value = decoded.fields["imm"]
        else:
            value = decoded.fields[source]
        if target.name == "lui" and field == "imm":
            value &= 0xFFFFF           # c.lui's sign-extended 6 bits, as lui's 20-bit field
        if field == "target":
            field = "imm"
        fields[field] = value
    if target.aqrl:
        fields.setdefault("aq", 0)
        fields.setdefault("rl", 0)
    return target, fields


def expand(word16: int) -> int | None:
    """The 32-bit instruction word a 16-bit instruction stands for, or None if illegal."""
    decoded = decode(word16 & 0xFFFF) if word16 & 3 != 3 else None
    if decoded is None:
        return None
    target, fields = expansion_fields(decoded)
    return encode(target, fields)
