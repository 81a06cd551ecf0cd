"""Error reports: `file:line:col: error: message`, the source line, a caret; every error of a
file; exit status 1; never a traceback."""
from __future__ import annotations

import re

import pytest

from pagelab.asm import AsmErrors, assemble
from pagelab.asm.cli import main as asm_main

HEAD = ".text\n.globl _start\n_start:\n"


def errors_of(text, name="t.s", march="rv64imac"):
    with pytest.raises(AsmErrors) as info:
        assemble([(name, text)], march)
    return info.value


def only_error(text, **kw):
    errs = errors_of(text, **kw)
    assert len(errs.errors) == 1, str(errs)
    return errs.errors[0]


def test_report_has_location_source_line_and_caret_under_the_culprit():
    err = errors_of(HEAD + "    addi a0, a0, 5000\n")
    lines = str(err).splitlines()
    assert lines[0] == ("t.s:4:18: error: addi: immediate 5000 out of range, "
                        "expected [-2048, 2047]")
    assert lines[1].strip() == "addi a0, a0, 5000"
    assert lines[2].index("^") == lines[1].index("5000")


def test_unknown_mnemonic_suggests_the_closest_instruction():
    e = only_error(HEAD + "  addd a0, a0, a1\n")
    assert e.message == "unknown instruction 'addd' (did you mean 'add'?)"
    assert (e.origin.line, e.column) == (4, 3)
    e = only_error(HEAD + "  bnqe a0, a1, _start\n")
    assert "did you mean 'bne'" in e.message


def test_unknown_directive_is_an_error_with_a_suggestion():
    e = only_error(HEAD + "  .wrod 5\n")
    assert e.message.startswith("unknown directive '.wrod'")
    assert "'.word'" in e.message


@pytest.mark.parametrize("line, fragment", [
    ("slli a0, a0, 64", "expected [0, 63]"),
    ("c.addi4spn a0, sp, 1024", "out of range"),
    ("lui a0, 0x100000", "expected [0, 1048575]"),
    ("sd a0, 4096(sp)", "expected [-2048, 2047]"),
    ("csrrwi a0, cycle, 32", "expected [0, 31]"),
    ("c.lwsp a0, 2(sp)", "multiple of 4"),
])
def test_immediate_out_of_range_states_the_allowed_range(line, fragment):
    e = only_error(HEAD + "  " + line + "\n")
    assert fragment in e.message, e.message


def test_undefined_symbol_is_named_at_the_line_that_uses_it():
    e = only_error(HEAD + "  nop\n  call missing_function\n")
    assert e.message == "undefined symbol 'missing_function'"
    assert e.origin.line == 5


def test_duplicate_label_names_the_first_definition():
    e = only_error(HEAD + "loop: nop\nloop: nop\n")
    assert e.message == "symbol 'loop' is already defined (first defined at t.s:4)"
    assert e.origin.line == 5


def test_bad_register_names_the_register_and_suggests_one():
    e = only_error(HEAD + "  add a0, a1, t9\n")
    assert e.message.startswith("bad register 't9'")
    e = only_error(HEAD + "  lw a0, 0(sq)\n")
    assert "bad register 'sq'" in e.message and "did you mean 'sp'" in e.message


def test_compressed_register_outside_x8_x15_is_rejected():
    e = only_error(HEAD + "  c.and a0, t0\n")
    assert "x8..x15" in e.message


def test_wrong_operand_count_says_how_many_are_expected():
    e = only_error(HEAD + "  add a0, a1\n")
    assert e.message == "'add' takes 3 operands, got 2"
    e = only_error(HEAD + "  ret a0\n")
    assert "takes 0 operands" in e.message


def test_branch_target_out_of_range_gives_the_offset_and_range():
    # (a far c.j is no error: GNU relaxes it to a jal, see test_gnu_odd_targets.py)
    e = only_error(HEAD + "  jal ra, far\n  .skip 0x100000\nfar: nop\n")
    assert "out of range" in e.message and "far" in e.message
    assert "0x100000" in e.message or "1048576" in e.message or "[-1048576" in e.message


def test_misaligned_branch_target_is_an_error():
    e = only_error(HEAD + "  beq a0, a1, there+1\n  nop\nthere: nop\n")
    assert "misaligned" in e.message


def test_all_errors_of_a_file_are_reported_in_line_order():
    text = HEAD + "".join([
        "  addd a0, a0, a1\n",          # 4
        "  addi a0, a0, 99999\n",       # 5
        "  lw a0, 8(a1\n",              # 6  syntax
        "  add a0, a1\n",               # 7
        "  j nowhere\n",                # 8  undefined (found at link time)
        "x: x: nop\n",                  # 9
        "  .byte 1, , 2\n",             # 10 syntax
        "  mv a0, q7\n",                # 11
    ])
    errs = errors_of(text)
    lines = [e.origin.line for e in errs.errors]
    assert lines == [4, 5, 6, 7, 8, 9, 10, 11], str(errs)


def test_syntax_error_caret_points_at_the_problem():
    e = only_error(HEAD + "  addi a0, a0 5\n")
    assert e.origin.line == 4
    assert e.column == len("  addi a0, a0 ") + 1


def test_operands_written_backwards_get_a_hint():
    e = only_error(HEAD + "  ld a0, a1(8)\n")
    assert "swapped" in e.message


def test_errors_in_several_files_are_all_reported():
    with pytest.raises(AsmErrors) as info:
        assemble([("a.s", HEAD + "  bogus\n"), ("b.s", ".text\n  also_bogus\n")])
    files = [e.origin.file for e in info.value.errors]
    assert files == ["a.s", "b.s"]


def test_duplicate_global_across_files_names_both_places():
    with pytest.raises(AsmErrors) as info:
        assemble([("a.s", HEAD + ".globl f\nf: ret\n"), ("b.s", ".globl f\nf: ret\n")])
    (e,) = info.value.errors
    assert e.message == "multiple definition of 'f' (first defined at a.s:5)"
    assert e.origin.file == "b.s"


@pytest.mark.parametrize("text, fragment", [
    (".rept 3\n nop\n", ".rept without .endr"),
    (".if 1\n nop\n", "missing .endif"),
    (".endif\n", ".endif without .if"),
    (".macro m\n .word 1\n", ".macro without .endm"),
    (".rept 99999999999\n.endr\n", "too large"),
    (".macro r\n r\n.endm\n r\n", "nested too deeply"),
    (".if undefined_sym\n.endif\n", "not a constant"),
])
def test_block_directives_report_unbalanced_or_runaway_input(text, fragment):
    errs = errors_of(HEAD + text)
    assert any(fragment in e.message for e in errs.errors), str(errs)


def test_recursive_include_is_stopped(tmp_path):
    path = tmp_path / "self.s"
    path.write_text('.include "self.s"\n')
    with pytest.raises(AsmErrors) as info:
        assemble([str(path)])
    assert "nested too deeply" in str(info.value)


def test_cli_prints_the_report_and_exits_1(tmp_path, capsys):
    src = tmp_path / "bad.s"
    src.write_text(HEAD + "  addd a0, a0, a1\n  li a0\n")
    status = asm_main([str(src), "-o", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert status == 1
    assert "Traceback" not in captured.err
    assert re.search(r"bad\.s:4:3: error: unknown instruction 'addd'", captured.err)
    assert re.search(r"bad\.s:5:3: error: 'li' takes 2 operands, got 1", captured.err)
    assert not (tmp_path / "out").exists()


def test_missing_input_file_is_a_clean_error(tmp_path, capsys):
    status = asm_main([str(tmp_path / "nope.s"), "-o", str(tmp_path / "out")])
    assert status == 1
    assert "cannot read" in capsys.readouterr().err


def test_li_with_a_symbol_address_is_rejected_as_gnu_does():
    e = only_error(HEAD + "  li a0, label\nlabel: nop\n")
    assert "constant" in e.message
