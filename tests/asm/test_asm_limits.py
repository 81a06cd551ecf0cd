"""The assembler's limits (issue 7, containment): hostile input gives AsmErrors quickly, never a
hang, a traceback or memory out of proportion to the output.

Each test here failed (hung, traced back or took gigabytes) before the limits existed.  The
limits themselves are listed in asm/__init__.py's docstring and docs/interfaces.md §2.
"""
from __future__ import annotations

import os
import sys
import time

import pytest

from pagelab.asm import AsmErrors, assemble, build
from pagelab.asm import cli as asm_cli
from pagelab.asm import objdump
from pagelab.asm.elfread import read_elf
from pagelab.asm.errors import MAX_EXPANSION_WORK, MAX_MACRO_DEPTH
from pagelab.asm.inputfile import MAX_INPUT_BYTES

START = ".globl _start\n_start:\n"


def _errors(sources, seconds=10.0):
    """Assemble; return the error report (AsmErrors required), checking the time taken."""
    t0 = time.monotonic()
    with pytest.raises(AsmErrors) as info:
        assemble(sources)
    assert time.monotonic() - t0 < seconds
    report = str(info.value)
    assert "internal error" not in report and "Traceback" not in report
    return report


def _text(sources, name=".text"):
    image = build(sources)
    return next(bytes(s.data) for s in image.sections if s.name == name)


# ---------------------------------------------------------------- nesting and expansion size
def test_rept_around_a_self_include_stops_at_once(tmp_path):
    # GNU: "macros nested too deeply" in 0.01 s; this used to explore 2**50 expansions
    path = tmp_path / "self.s"
    path.write_text('.rept 2\n.include "self.s"\n.endr\n')
    report = _errors([str(path)], seconds=5)
    assert "nested too deeply" in report
    assert report.startswith(f"{path}:")


def test_irp_whose_body_calls_its_own_macro_stops_at_once():
    src = ".macro m\n.irp x, 1, 2\nm\n.endr\n.endm\nm\n"
    report = _errors([("irp.s", src)], seconds=5)
    assert f"macros nested too deeply (more than {MAX_MACRO_DEPTH} levels" in report
    assert report.startswith("irp.s:3:1: error:")


def test_rept_nesting_limit_is_gnus():
    # GNU accepts 100 nested .rept blocks and refuses 101 (max_macro_nest = 100)
    def nested(n):
        return START + ".rept 1\n" * n + "nop\n" + ".endr\n" * n
    assert len(_text([("ok.s", nested(MAX_MACRO_DEPTH))])) == 2
    assert "nested too deeply" in _errors([("deep.s", nested(MAX_MACRO_DEPTH + 1))])


def test_expansions_that_emit_nothing_are_still_bounded():
    # each call repeats an empty body a million times: no line is emitted, but it is work
    src = ".macro m\n.rept 1000000\n.endr\n.endm\n.rept 1000\nm\n.endr\n"
    report = _errors([("work.s", src)], seconds=10)
    assert f"expansion too large (.macro/.rept/.irp bodies read more than " \
           f"{MAX_EXPANSION_WORK} lines)" in report
    assert report.startswith("work.s:2:1: error:")


def test_include_nesting_is_fatal(tmp_path):
    (tmp_path / "a.s").write_text('.include "a.s"\n.include "a.s"\n')
    report = _errors([str(tmp_path / "a.s")], seconds=5)
    assert ".include nested too deeply" in report
    assert report.count("error:") == 1


# ---------------------------------------------------------------- literals
def test_decimal_literals_of_any_length_are_truncated_like_gnu():
    # GNU: "bignum truncated to 4/8 bytes", keeping the low bytes (c7711cc7 here)
    digits = "1" * 5000                      # int() refuses more than 4,300 digits
    value = (10 ** 5000 - 1) // 9
    assert _text([("big.s", START + f".word {digits}\n.dword {digits}, -{digits}\n")]) == (
        (value % (1 << 32)).to_bytes(4, "little") + (value % (1 << 64)).to_bytes(8, "little")
        + (-value % (1 << 64)).to_bytes(8, "little"))
    assert _text([("big.s", START + f".word {digits}\n")]) == bytes.fromhex("c7711cc7")
    # the lark path (an operator on the line) reads it the same way
    assert _text([("big.s", START + f".word {digits} * 1\n")]) == bytes.fromhex("c7711cc7")
    t0 = time.monotonic()
    _text([("huge.s", START + ".dword " + "7" * 1_000_000 + "\n")])
    assert time.monotonic() - t0 < 5


def test_huge_local_labels_and_versions_are_errors():
    digits = "1" * 5000
    report = _errors([("ll.s", START + f"{digits}:\n j {digits}b\n")])
    assert "ll.s:3:1: error: local label too large" in report
    assert "ll.s:4" in report
    report = _errors([("at.s", START + f'.attribute arch, "rv64i{digits}p0"\n')])
    assert "is too large" in report


def test_nul_byte_in_include_name_is_an_error():
    report = _errors([("nul.s", START + '.include "a\0b"\n')])
    assert "nul.s:3:1: error: .include: the file name contains a NUL byte" in report


# ---------------------------------------------------------------- input files
def _special_files(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    big = tmp_path / "big.s"
    with open(big, "wb") as f:                  # sparse: no disk space used
        f.truncate(MAX_INPUT_BYTES + 1)
    return [("/dev/zero", "not a regular file (a character device)"),
            (str(fifo), "not a regular file (a FIFO)"),
            (str(tmp_path), "is a directory"),
            (str(big), "file too large")]


def test_asm_refuses_non_regular_and_huge_files(tmp_path, capsys):
    for path, message in _special_files(tmp_path):
        t0 = time.monotonic()
        assert asm_cli.main(["-o", str(tmp_path / "out"), path]) == 1
        assert time.monotonic() - t0 < 5
        err = capsys.readouterr().err
        assert f"{path}: {message}" in err, err
        # the same through .include
        report = _errors([("inc.s", START + f'.include "{path}"\n')])
        assert f"inc.s:3:1: error: .include: {path}: {message}" in report


def test_objdump_refuses_non_regular_and_huge_files(tmp_path, capsys):
    for path, message in _special_files(tmp_path):
        t0 = time.monotonic()
        assert objdump.main([path]) == 1
        assert time.monotonic() - t0 < 5
        assert capsys.readouterr().err == f"pagelab objdump: {path}: {message}" + \
            ("" if "too large" not in message else
             f" ({MAX_INPUT_BYTES + 1} bytes; the limit is {MAX_INPUT_BYTES})") + "\n"


def test_source_text_over_the_limit_is_refused():
    report = _errors([("t.s", "#" * (MAX_INPUT_BYTES + 1))])
    assert "t.s: input too large" in report


# ---------------------------------------------------------------- memory
DATA_BYTES = 2_000_000


@pytest.mark.parametrize("body", [
    '.ascii "' + "a" * DATA_BYTES + '"',
    '.asciz "' + "b" * (DATA_BYTES - 1) + '"',
    '.string "' + "\\0" * (DATA_BYTES - 1) + '"',          # escapes take the slow path
    f".fill {DATA_BYTES}, 1, 7",
    f".space {DATA_BYTES}, 7",
    f".zero {DATA_BYTES}",
    ".byte " + ",".join(["7"] * DATA_BYTES),
], ids=["ascii", "asciz", "string-escapes", "fill", "space", "zero", "byte"])
def test_memory_is_proportional_to_the_output(body):
    # before: a 2 MB .ascii string took ~590 MB (the string regex kept ~150 bytes of
    # backtracking state per character; then 7 copies of the data)
    import tracemalloc
    source = START + ".data\n" + body + "\n"
    build([("warm.s", START + '.data\n.ascii "x"\n.fill 3, 1, 1\n')])   # lark tables etc.
    tracemalloc.start()
    try:
        data = assemble([("big.s", source)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(data) > DATA_BYTES
    assert peak < 4 * DATA_BYTES + (1 << 20), f"peak {peak} bytes for {DATA_BYTES} bytes"


# ---------------------------------------------------------------- expressions and chains
def _plain_seconds(lines):
    t0 = time.monotonic()
    assemble([("plain.s", START + "nop\n" * lines)])
    return time.monotonic() - t0


def test_long_assignment_chains_resolve_in_linear_time():
    # before: chains of more than 100 links were "defined in terms of itself" (and pass 1
    # walked the whole chain again for every line: quadratic)
    n = 100_000
    forward = START + ".data\n.word v0\n" + "".join(f"v{i} = v{i + 1}\n" for i in range(n)) \
        + f"v{n} = 5\n"
    t0 = time.monotonic()
    assert _text([("fwd.s", forward)], ".data") == (5).to_bytes(4, "little")
    took = time.monotonic() - t0
    # as cheap as any program of the same length (one `nop` per link)
    assert took < 3 * _plain_seconds(n) + 2, took

    # backward links to a label defined at the end: deferred in pass 1, resolved by the linker
    backward = START + "v0 = lbl\n" + "".join(f"v{i + 1} = v{i} + 1\n" for i in range(n // 4)) \
        + f".data\n.dword v{n // 4}\n.text\nlbl: nop\n"
    image = build([("bwd.s", backward)])
    data = next(bytes(s.data) for s in image.sections if s.name == ".data")
    assert int.from_bytes(data, "little") == image.entry + n // 4   # lbl is _start's address


def _chain(shape, n):
    """A program with an n-link `x = y` chain whose last link is stored with `.dword`."""
    links = "".join(f"n{i + 1} = n{i}\n" for i in range(n))
    if shape == "constant":            # every link is a constant when it is read
        body = "n0 = 7\n" + links
    elif shape == "label-before":      # every link is a place in .text, known in pass 1
        body = "lbl: nop\nn0 = lbl\n" + links
    elif shape == "label-after":       # every link waits for the label (linker resolves)
        body = "n0 = lbl\n" + links + "lbl: nop\n"
    else:                              # "reversed": each link names one defined later
        body = "".join(f"n{i + 1} = n{i}\n" for i in reversed(range(n))) + "n0 = 7\n"
    return START + body + f".data\n.dword n{n}\n"


def _work(src):
    """Python function calls (ours and the C built-ins) made to assemble `src`: a count that
    is the same on every run, so the test below cannot be flaky the way a time limit is."""
    assemble([("warm.s", START + "nop\n")])       # first-use work (imports, caches) not counted
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call" or event == "c_call":
            calls += 1
    sys.setprofile(count)
    try:
        image = assemble([("chain.s", src)])
    finally:
        sys.setprofile(None)
    return calls, image


@pytest.mark.parametrize("shape", ["constant", "label-before", "label-after", "reversed"])
def test_assignment_chains_cost_the_same_per_link(shape):
    # issue 7: 100k links in about a second.  Work per link must not grow with the chain
    # (a resolution walked again from the start, or a memo emptied on every line, is
    # quadratic): four times the links, at most about four times the calls.
    small, image = _work(_chain(shape, 500))
    large, image = _work(_chain(shape, 2000))
    assert large < 4.3 * small, (small, large)
    # and the chain still means what it says: every link is in the symbol table (as GNU
    # keeps them) with the value of the start, which is also what .dword stored
    elf = read_elf(image, "chain")
    expected = 7 if shape in ("constant", "reversed") else elf.entry    # lbl is at _start
    values = {sym.name: sym.value for sym in elf.symbols if sym.name.startswith("n")}
    assert values == {f"n{i}": expected for i in range(2001)}
    assert int.from_bytes(elf.section(".data").data, "little") == expected


def test_shared_subexpressions_are_resolved_once():
    # d(i+1) = d(i) + d(i): evaluating without remembering is 2**60 steps
    src = START + "d0 = one\n" + "".join(f"d{i + 1} = d{i} + d{i}\n" for i in range(60)) \
        + ".data\n.dword d60\none = 1\n"
    t0 = time.monotonic()
    assert _text([("dag.s", src)], ".data") == (1 << 60).to_bytes(8, "little")
    assert time.monotonic() - t0 < 10


def test_assignment_cycles_are_errors():
    report = _errors([("cyc.s", START + ".word x\nx = y\ny = z\nz = x\n")])
    assert "is defined in terms of itself" in report


@pytest.mark.parametrize("expr", [
    "(" * 1_000_000,                                  # GNU as: segmentation fault
    "(" * 1_000_000 + "1" + ")" * 1_000_000,
    "+".join(["y"] * 100_000),
    "-" * 100_000 + "y",
    "~" * 300 + "(" * 200 + "y" + ")" * 200,
], ids=["open-parens", "balanced-parens", "long-sum", "unary-chain", "mixed"])
def test_deeply_nested_expressions_are_a_clean_error(expr):
    report = _errors([("deep.s", START + ".word " + expr + "\ny = 1\n")], seconds=10)
    assert "deep.s:3:" in report
    assert "error: expression nested too deeply (more than 256 levels)" in report
    # the report shows the part of the line around the caret, not a megabyte of it
    assert len(report) < 1000


def test_deep_expressions_in_conditions_are_a_clean_error():
    report = _errors([("if.s", START + ".if " + "(" * 300 + "1" + ")" * 300 + "\n.endif\n")])
    assert "if.s:3:" in report and "nested too deeply" in report


def test_expressions_at_the_depth_limit_assemble():
    src = START + ".data\ny = 3\n.word " + "(" * 255 + "y" + ")" * 255 + \
        ", " + "-" * 250 + "y\n"
    assert _text([("ok.s", src)], ".data") == (3).to_bytes(4, "little") + \
        (3).to_bytes(4, "little")
