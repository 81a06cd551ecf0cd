"""The parser: GNU precedence, and the fast lexer agrees with lark's own contextual lexer."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from lark.exceptions import UnexpectedInput

import asm_corpus
import pagelab.asm.parser as P
from test_gnu_differential import DIRECTIVES, SYMBOLS

_REFERENCE = Lark.open(P._GRAMMAR, parser="lalr", lexer="contextual", transformer=P.Build(),
                       maybe_placeholders=False)


def _both(text):
    try:
        ours = P.get_parser().parse(text + "\n")
    except UnexpectedInput:
        ours = "error"
    try:
        ref = _REFERENCE.parse(text + "\n")
    except UnexpectedInput:
        ref = "error"
    return ours, ref


def test_fast_lexer_parses_the_corpora_exactly_like_lark():
    rng = random.Random(5)
    texts = [DIRECTIVES, SYMBOLS, asm_corpus.table_program(rng, True, 4),
             asm_corpus.pseudo_program(rng, 2), asm_corpus.branch_program(rng, 30),
             asm_corpus.mixed_program(rng, True)]
    for text in texts:
        ours, ref = _both(text.replace("\\()", "").replace("\\", ""))
        assert ours == ref


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab01x.,:;()%#@'\"-+*/<>=!~&|^ \tz9\n", max_size=40))
def test_fast_lexer_accepts_and_rejects_what_lark_does(text):
    ours, ref = _both(text)
    assert (ours == "error") == (ref == "error")
    if ours != "error":
        assert ours == ref


def test_expressions_use_gnu_precedence_and_arithmetic():
    (stmt,), _ = P.parse(".word 1 + 2 << 3, 1 | 2 + 4, 7 - 2 - 1, -8 >> 1, 3 > 2, 1 && 2, 5 & 3 + 1\n")
    assert stmt[2] == (17, 7, 4, 0x7FFFFFFFFFFFFFFC, -1, 1, 2)


# ---------------------------------------------------------------------- the fast path
# parse() recognises common line shapes without lark (parser._fast_line); these tests parse
# the same text both ways and require identical statements and identical syntax problems.

import glob
import os
import sys

from pagelab.asm.preprocess import preprocess
from test_fuzz_asm import ATOMS, VALID, line as fuzz_line

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _both_ways(flat):
    fast, fast_problems = P.parse(flat)
    slow, slow_problems = P.parse(flat, fast=False)
    assert fast == slow
    assert [(p.line, p.col, p.message) for p in fast_problems] == \
        [(p.line, p.col, p.message) for p in slow_problems]
    return fast


def _preprocessed(name, text=None):
    flat, _, _ = preprocess([(name, text)])
    return flat


def test_fast_path_parses_every_program_and_the_bench_program_exactly_like_lark():
    sys.path.insert(0, _ROOT)
    from tools.bench_asm import generate
    paths = sorted(glob.glob(os.path.join(_ROOT, "programs", "**", "*.s"), recursive=True))
    assert paths
    for path in paths:
        _both_ways(_preprocessed(path))
    statements = _both_ways(_preprocessed("bench.s", generate(15_000)))
    assert len(statements) > 14_000


def test_fast_path_parses_the_generated_gnu_corpora_exactly_like_lark():
    rng = random.Random(11)
    texts = [DIRECTIVES, SYMBOLS, VALID]
    for rvc in (True, False):
        texts += [asm_corpus.table_program(rng, rvc, 3), asm_corpus.pseudo_program(rng, 2),
                  asm_corpus.branch_program(rng, 20, rvc), asm_corpus.mixed_program(rng, rvc)]
    for text in texts:
        _both_ways(_preprocessed("corpus.s", text))


# lines at the edges of the fast path: each must come out as lark makes it (or go to lark)
TRICKY = [
    "add a0, a1, a2", "  addi\tsp, sp, -16\r", "ld ra, 8(sp)", "sd ra,-8( sp)", "lw a0, (a0)",
    "lw a0,0x10(a1)", "lw a0, foo(a1)", "lw a0, 1b(a1)", "lw a0, 0b(a1)", "j 12f", "j 0f",
    "j 0b1", "li a0, 08", "li a0, 017", "li a0, 0", "li a0, -0", "li a0, -0x800",
    "li a0, 9223372036854775808", "li a0, -9223372036854775809", "li a0, 0xffffffffffffffff",
    "li-5", "li a0,- 5", "li a0, - 5", "li a0, +5", "li a0, 'a'", "li a0, 0b101", "j .5",
    "j .", "x:y", "x : y a, b", "1:", "01:", "10: nop", "1: 2: nop", "a: b:", "lbl:\tnop",
    ".word 1, 2, 3, 4, 5, 6", ".word 1, 2, 3, 4, 5,", ".word 1,,2", ".p2align 4,,3",
    ".word a0, ", "add a0,", "add a0 a1", "add a0, a1 a2", "ret", "  ret  ", "\f", "\t\r",
    '.asciz "a,b", "c;d"', '.ascii "esc\\"q\\n\\101\\x41"', '.ascii "unterminated',
    '.ascii "a" "b"', '.section ".text.x","ax",@progbits', ".type f, %function",
    ".type f, @function", "sw a0, %lo(x)(a1)", "lui a0, %hi(x)", "x = 5", "x=5", ".set x, 5",
    "la a0, sym+4", "beq a0, a1, 1f+2", "and a0, a0, ~1", "csrrw a0, cycle, a1",
    "amoadd.w.aqrl a3, a4, (a5)", "$x: nop", "_a.b$: .L1", ".L1: .word .L2",
    "addi a0, a0, 1f", "addi a0, a0, 2b", "addi a0, a0, 3bb", "nop # not stripped here",
    "j 1f(a0)", "lw a0, -(a1)", "lw a0, -x(a1)", "lw a0, 4(a1)(a2)", "lw a0, (4)", "(a0)",
    "5", "add a0, a1, a2, a3, a4, a5, 0x1, 1f, \"s\", 8(sp)", ".byte 1, 2, 3, 4, 5, 6, 7, 8, 9",
    ".dword 0x8000000000000000", ".zero 0x", ".word 0X1F", "x:", "x:=1", "é: nop",
]


def test_fast_path_handles_tricky_lines_exactly_like_lark():
    for common in ("add a0, a1, a2", "L1: ld ra, -8(sp)", "1: j 1b", "ret", ".word 1, 0x2, x",
                   'D1: .asciz "s"', "lw a0, (a1)", ".byte 1, 2, 3, 4, 5"):
        assert P._fast_line(common, 1, [])           # really taken by the fast path
    for text in TRICKY:
        _both_ways(text)
    _both_ways("\n".join(TRICKY))


def test_fast_path_and_lark_statements_merge_in_line_order():
    text = "a: nop\nb: x = 1 + 2\nc: add a0, a1, a2\n.word 1 << 2, 3\nret\n"
    statements = _both_ways(text)
    assert [(s[0], s[-2]) for s in statements] == [
        ("label", 1), ("stmt", 1), ("label", 2), ("assign", 2), ("label", 3), ("stmt", 3),
        ("stmt", 4), ("stmt", 5)]


@settings(max_examples=300, deadline=None)
@given(st.lists(fuzz_line, max_size=20))
def test_fast_path_agrees_with_lark_on_random_programs(lines):
    _both_ways("\n".join(lines))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.builds(lambda label, m, ops: f"{label}{m} {', '.join(ops)}",
                          st.sampled_from(["", "l:", "1: ", " x :"]),
                          st.sampled_from(["add", "lw", ".word", "j", ".asciz"]),
                          st.lists(st.sampled_from(ATOMS + ["-8", "0x10(a0)", "-0x8(sp)",
                                                            "1f(a0)", "08", "0b1", "12f"]),
                                   max_size=6)), max_size=10))
def test_fast_path_agrees_with_lark_on_random_operand_lists(lines):
    _both_ways("\n".join(lines))
