"""Comments, .include, macros, repetition and conditionals - checked against GNU as where it is
installed, and by their effect on the bytes otherwise."""
from __future__ import annotations

import subprocess

import pytest

from asm_gnu import elf_sections
from oracles import GNU_AS, require_tool
from pagelab.asm import AsmErrors, build
from pagelab.asm.preprocess import preprocess, split_statements, strip_comments


def text_bytes(source, name="t.s", march="rv64imac", **kw):
    image = build([(name, source)], march, **kw)
    return next(bytes(s.data) for s in image.sections if s.name == ".text")


def gnu_text(tmp_path, main_name, march="rv64imac"):
    obj = tmp_path / "gnu.o"
    subprocess.run([require_tool(GNU_AS), f"-march={march}", "-mno-relax", "-o", str(obj),
                    str(tmp_path / main_name)], check=True, cwd=tmp_path)
    return elf_sections(obj.read_bytes())[".text"][3]


def test_comments_are_removed_but_not_inside_strings_or_characters():
    state = [False]
    assert strip_comments('  .ascii "a#b/*c" # real', state) == '  .ascii "a#b/*c" '
    assert strip_comments("  li a0, '#' # x", state) == "  li a0, '#' "
    assert strip_comments("  nop /* start", state) == "  nop "
    assert state == [True]
    assert strip_comments("still comment */ addi a0, a0, 1", state) == "  addi a0, a0, 1"
    assert state == [False]


def test_semicolons_split_statements_outside_strings():
    assert [t for t, _ in split_statements('nop; .ascii ";"; ret')] == \
        ["nop", ' .ascii ";"', " ret"]


def test_include_is_relative_to_the_including_file_and_matches_gnu(tmp_path):
    (tmp_path / "inc").mkdir()
    (tmp_path / "inc" / "defs.s").write_text(".equ STEP, 3\n.macro bump r\n addi \\r, \\r, STEP\n.endm\n")
    (tmp_path / "main.s").write_text('.include "inc/defs.s"\n.globl _start\n_start:\n bump a0\n'
                                     ' bump s1\n')
    ours = text_bytes((tmp_path / "main.s").read_text(), name=str(tmp_path / "main.s"))
    assert ours == gnu_text(tmp_path, "main.s")


def test_errors_inside_an_included_file_name_that_file(tmp_path):
    (tmp_path / "bad.s").write_text("nop\n  frob a0\n")
    (tmp_path / "main.s").write_text('.include "bad.s"\n')
    with pytest.raises(AsmErrors) as info:
        build([str(tmp_path / "main.s")])
    (err,) = info.value.errors
    assert err.origin.file.endswith("bad.s") and err.origin.line == 2


MACROS = r"""
        .macro  save regs:vararg
        .irp    r, \regs
        sd      \r, 0(sp)
        addi    sp, sp, -8
        .endr
        .endm
        .macro  loop n, body="nop"
        .if     \n
        \body
        loop    "(\n-1)", "\body"
        .endif
        .endm
        .macro  uniq
L\@:    j       L\@
        .endm
        .macro  early x
        .ifeq   \x
        .exitm
        .endif
        li      a0, \x
        .endm
        .macro  req a:req, b=7
        li      \a, \b
        .endm
        .globl  _start
_start:
        save    a0, a1, s0
        loop    3
        loop    2, "addi a0, a0, 1"
        uniq
        uniq
        early   0
        early   5
        req     t0
        req     t1, 9
        req     b=11, a=t2
        .irpc   d, 0123
        addi    a\d, a\d, \d
        .endr
        .purgem uniq
        .macro  uniq
        ebreak
        .endm
        uniq
        .ifc    "x y", "x y"
        li      a1, 1
        .endif
        .ifnc   a, b
        li      a1, 2
        .endif
        .ifb
        li      a1, 3
        .endif
        .ifgt   2 - 1
        li      a1, 4
        .else
        li      a1, 5
        .endif
        .iflt   1
        li      a1, 6
        .elseif 1
        li      a1, 7
        .endif
"""


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_macro_features_match_gnu(tmp_path, march):
    (tmp_path / "m.s").write_text(MACROS)
    assert text_bytes(MACROS, march=march) == gnu_text(tmp_path, "m.s", march)


def test_origins_map_expanded_lines_back_to_their_source():
    text, origins, errors = preprocess([("m.s", ".macro two\n nop\n nop\n.endm\n two\n")])
    assert errors == []
    assert [o.line for o, _ in origins] == [2, 3]
    assert all("macro 'two' called from m.s:5" in o.via for o, _ in origins)


def test_rept_with_zero_or_negative_count_emits_nothing():
    assert text_bytes(".rept 0\nnop\n.endr\n.rept -3\nnop\n.endr\nebreak\n") == \
        text_bytes("ebreak\n")
