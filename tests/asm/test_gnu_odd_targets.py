"""Branches and jumps to odd addresses, against GNU as + ld.

GNU as assembles a branch to a label at an odd address (after a `.byte` in .text) like any
other: the object holds the offset with bit 0 dropped and a relocation (R_RISCV_BRANCH, _JAL,
_RVC_BRANCH, _RVC_JUMP), which ld applies.  When the offset is even (branch and label both at
odd addresses, or both at even ones) the program links and pagelab must produce the same
bytes; when the offset is odd ld stops with "relocation truncated to fit", and pagelab must
report an error too.  A constant target is an absolute address (a relocation against *ABS*),
and explicit c.j/c.beqz/c.bnez are relaxed like j/beqz/bnez.
"""
from __future__ import annotations

import os
import subprocess
import tempfile

import pytest

from asm_gnu import compare
from oracles import GNU_AS, GNU_LD, require_tool
from pagelab.asm import AsmErrors, assemble


@pytest.fixture(autouse=True)
def _gnu():
    require_tool(GNU_AS)
    require_tool(GNU_LD)


def _same(text, march):
    diffs = compare([("odd.s", text)], march)
    assert diffs == [], "\n".join(diffs)


# every branch sits at an odd address and targets odd labels, or at an even one and targets
# even places: the offsets are even although the labels are not
EVEN_OFFSETS = r"""
        .text
        .globl _start
_start: nop
        .byte 1
odd1:   beq a0, a1, odd1
        bne a0, a1, odd2
        blt a0, a1, odd1 + 2
        bnez a0, odd2
        beqz s0, odd1
        j odd1
        j odd2
        jal ra, odd2
        jal odd1
        {rvc}
        call odd2
        tail odd1
        la a0, odd2
        .byte 2, 2
odd2:   nop
        j odd1
        .byte 3
        j odd1 + 1
        beq a0, a1, 3f + 1
        .byte 4
3:      ret
        .byte 5
        .balign 4
even:   j 0x10000
        beq a0, a1, 0x10100
        bnez a1, 0x10200
        .section .text.other, "ax"
        .byte 4
far:    j odd1
        bge a0, a1, odd2
"""

RVC_LINES = "c.j odd2\n        c.beqz a0, odd1\n        c.bnez s1, odd2"


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_branches_to_odd_labels_with_even_offsets_match_gnu_byte_for_byte(march):
    _same(EVEN_OFFSETS.format(rvc=RVC_LINES if march == "rv64imac" else ""), march)


def test_explicit_compressed_branches_are_relaxed_like_gnu():
    _same(r"""
        .text
        .globl _start
_start: c.j far
        c.beqz a0, far
        c.bnez a1, mid
        c.j other
        c.j 0x10000
        c.beqz a0, 1f
        .zero 300
mid:    nop
1:      .zero 5000
far:    c.beqz a0, _start
        .section .text.b, "ax"
other:  ret
""", "rv64imac")


ODD_OFFSETS = ["beq a0, a1, _start", "bnez a0, _start", "j _start", "jal _start",
               "c.j _start", "j odd1 + 1", "beq a0, a1, .+5", "jal .+7", "j 0x100b4",
               "bltu a0, a1, other + 1"]


def _gnu_link_error(text):
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "p.s")
        with open(src, "w") as f:
            f.write(text)
        r = subprocess.run([GNU_AS, "-march=rv64imac", "-mabi=lp64", "-mno-relax", "-o",
                            src + ".o", src], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr            # GNU as accepts the program
        r = subprocess.run([GNU_LD, "--no-relax", "-o", src + ".elf", src + ".o"],
                           capture_output=True, text=True)
        return r.returncode != 0 and "relocation truncated to fit" in r.stderr


def test_odd_branch_offsets_are_errors_as_in_gnu_ld():
    for line in ODD_OFFSETS:
        text = (".text\n.globl _start\n_start: nop\n.byte 1\nodd1: " + line +
                "\n.section .text.o, \"ax\"\n.byte 1\nother: ret\n")
        assert _gnu_link_error(text), line
        with pytest.raises(AsmErrors) as e:
            assemble([("p.s", text)])
        assert "misaligned" in str(e.value), line
        assert "internal error" not in str(e.value)
