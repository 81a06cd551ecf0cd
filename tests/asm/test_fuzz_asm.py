"""Random and mutated programs never crash or hang the assembler: either an ELF or AsmErrors.

"Crash" includes an `internal error` diagnostic (the assembler's last-resort catch of a bug).
Hangs are bounded by the limits in asm/errors.py (.rept counts, expansion size, macro and
include depth, output size); the slow cases here check that the bounds are hit quickly.
"""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pagelab.asm import AsmErrors, assemble
from pagelab.asm.fuzz import SEEDS
from pagelab.cpu.isa import pseudo
from pagelab.cpu.isa.table import ABI_NAMES, INSTRUCTIONS

MNEMONICS = [r.name for r in INSTRUCTIONS] + list(pseudo.ALIASES) + list(pseudo.MACROS)
DIRECTIVES = [".text", ".data", ".bss", ".section", ".globl", ".byte", ".half", ".word",
              ".dword", ".ascii", ".asciz", ".zero", ".skip", ".align", ".balign", ".p2align",
              ".equ", ".set", ".option", ".type", ".size", ".fill", ".rept", ".endr", ".irp",
              ".if", ".else", ".endif", ".macro", ".endm", ".ifdef", ".include", ".exitm"]
ATOMS = ABI_NAMES + ["x0", "x31", "fp", "0", "1", "-1", "2047", "-2049", "0x7fffffff",
                     "0xffffffffffffffff", "'a'", "'\\n'", "lbl", "1b", "1f", ".", "sym+4",
                     "8(sp)", "(a0)", "%hi(lbl)", "%lo(lbl)", "%pcrel_hi(lbl)",
                     "%pcrel_lo(1b)", "\"str\"", "@function", "rw", "iorw", "cycle",
                     "lbl - .", "(1 << 70)", "1/0", "~0", "!x", "rvc", "norvc", "push", "pop"]

line = st.one_of(
    st.builds(lambda m, ops: f"  {m} {', '.join(ops)}",
              st.sampled_from(MNEMONICS + DIRECTIVES),
              st.lists(st.sampled_from(ATOMS), max_size=4)),
    st.sampled_from(["lbl:", "1:", "sym = 3", "  .rept 3", "  .endr", ".macro m a", "  .endm",
                     "  m 5", ".if 1", ".endif", "# comment", "/* open comment", "*/", ";",
                     "  nop; nop", ".option push", ".option pop", ".section .x, \"ax\""]),
    st.text(alphabet="abcdehilmnoprstuwx0123456789.,:;()%#@'\"-+*/<>=!~&|^ \t\\", max_size=30),
)


def _check(text):
    try:
        assemble([("fuzz.s", text)])
    except AsmErrors as e:
        report = str(e)
        assert "internal error" not in report, report
        for err in e.errors:
            assert err.format().count("\n") in (0, 2)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line, max_size=25))
def test_random_programs_give_an_elf_or_clean_errors(lines):
    _check("\n".join([".globl _start", "_start:"] + lines) + "\n")


VALID = SEEDS[0]           # a valid program using most features (pagelab.asm.fuzz)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_valid_programs_give_an_elf_or_clean_errors(data):
    text = VALID
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if kind == "delete":
            end = data.draw(st.integers(pos, min(len(text), pos + 12)))
            text = text[:pos] + text[end:]
        elif kind == "insert":
            chunk = data.draw(st.text(alphabet="(),:;%#'\"\\.-+0123456789abxz \n", max_size=6))
            text = text[:pos] + chunk + text[pos:]
        else:
            end = data.draw(st.integers(pos, min(len(text), pos + 40)))
            text = text[:end] + text[pos:end] + text[end:]
    _check(text)


def _bounded(text, limit_s=20):
    start = time.monotonic()
    _check(text)
    assert time.monotonic() - start < limit_s


def test_runaway_repetition_is_stopped_quickly():
    _bounded(".rept 1000000000\nnop\n.endr\n")
    _bounded(".rept 2000\n.rept 2000\n.rept 2000\n.byte 0\n.endr\n.endr\n.endr\n", 60)


def test_runaway_sizes_are_stopped():
    _bounded(".skip 0x7fffffffffff\n.fill 0x100000000, 8, 1\n.zero -5\n.balign 1 << 40\n")


def test_mutually_recursive_macros_are_stopped():
    _bounded(".macro a\n b\n.endm\n.macro b\n a\n.endm\n a\n")


def test_deeply_nested_expressions_do_not_crash():
    _check(".word " + "(" * 5000 + "1" + ")" * 5000 + "\n")
    _check(".word " + "-" * 5000 + "1\n")
    _check("x = y\ny = x\n.word x\n")
