"""`li` builds exactly GNU as's instruction sequence for any 64-bit constant.

Thousands of constants (edge values, powers of two and neighbours, runs of ones and zeros,
random values) for several destination registers, with and without RVC, compared per `li`
with GNU's object code.  Plus a few properties of `load_const` that need no oracle.
"""
from __future__ import annotations

import random

import pytest

import asm_corpus
from asm_gnu import gnu_section_bytes
from oracles import GNU_AS, require_tool
from pagelab.asm import assemble_objects
from pagelab.cpu.isa.pseudo import load_const

REGS = ("a0", "t3", "s1", "sp", "x5", "zero", "ra", "a5")


def _per_li(values, march):
    """Assemble `li` lines with labels between them; return our and GNU's bytes per li."""
    src = "".join(f".L{i}: li {REGS[i % len(REGS)]}, {v}\n" for i, v in enumerate(values))
    src += f".L{len(values)}:\n"
    gnu = gnu_section_bytes(src, march)
    obj = assemble_objects([("li.s", src)], march)[0]
    ours = obj.sections[".text"].data
    out = []
    sym = obj.symbols
    for i, v in enumerate(values):
        a = sym[f".L{i}"].frag.addr + sym[f".L{i}"].offset
        b = sym[f".L{i + 1}"].frag.addr + sym[f".L{i + 1}"].offset
        out.append((v, REGS[i % len(REGS)], ours[a:b], gnu[a:b]))
    return out, ours, gnu


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_li_matches_gnu_for_thousands_of_constants(march):
    require_tool(GNU_AS)
    values = asm_corpus.li_values(random.Random(f"li-{march}"), 4000)
    cases, ours, gnu = _per_li(values, march)
    for v, reg, mine, theirs in cases:
        assert mine == theirs, (f"li {reg}, {v:#x}: ours {mine.hex()} GNU {theirs.hex()}")
    assert ours == gnu


def test_li_of_a_32_bit_value_takes_at_most_lui_and_addiw():
    rng = random.Random(1)
    for _ in range(2000):
        v = rng.randrange(-(1 << 31), 1 << 31)
        steps = load_const(v)
        assert 1 <= len(steps) <= 2
        assert [s for s, _ in steps] in (["lui"], ["addiw0"], ["lui", "addiw"])


def test_load_const_steps_rebuild_the_value():
    """Execute the steps (64-bit semantics) and get the constant back: the expansion is right
    even where no oracle is installed."""
    rng = random.Random(2)
    mask = (1 << 64) - 1

    def sext(x, bits):
        x &= (1 << bits) - 1
        return x - (1 << bits) if x >> (bits - 1) else x

    for v in asm_corpus.li_values(rng, 3000):
        reg = 0
        for step, imm in load_const(v):
            if step == "lui":
                reg = sext(imm << 12, 32)
            elif step == "addiw0":
                reg = sext(imm, 32)
            elif step == "addiw":
                reg = sext(reg + imm, 32)
            elif step == "slli":
                reg = sext((reg << imm) & mask, 64)
            else:
                reg = sext(reg + imm, 64)
        assert reg & mask == v & mask, hex(v)
