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
