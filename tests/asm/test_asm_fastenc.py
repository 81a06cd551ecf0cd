"""The assembler's fast encoder gives exactly the table encoder's words and errors."""
from __future__ import annotations

import random

import pytest

from pagelab.asm.fastenc import encode_fast
from pagelab.cpu.isa.encoding import EncodeError, encode, field_names
from pagelab.cpu.isa.fields import REG_FIELDS, UINT_FIELDS
from pagelab.cpu.isa.table import INSTRUCTIONS


def _random_fields(row, rng, wild):
    fields = {}
    for name in field_names(row):
        if name == "imm":
            lo, hi = row.imm.value_range()
            fields[name] = rng.randrange(lo - 8, hi + 9) if wild else rng.randrange(lo, hi + 1)
        elif name in REG_FIELDS:
            fields[name] = rng.randrange(-1, 33) if wild else rng.randrange(0, 32)
        else:
            hi, lo = UINT_FIELDS[name]
            fields[name] = rng.randrange(-1, (2 << (hi - lo)) + 1)
    return fields


def _outcome(fn, row, fields):
    try:
        return fn(row, fields)
    except EncodeError as e:
        return ("error", str(e))


@pytest.mark.parametrize("wild", [False, True])
def test_fast_encoder_agrees_with_the_table_encoder_on_every_row(wild):
    rng = random.Random(wild)
    for row in INSTRUCTIONS:
        for _ in range(300):
            fields = _random_fields(row, rng, wild)
            assert _outcome(encode_fast, row, fields) == _outcome(encode, row, fields), row.name
