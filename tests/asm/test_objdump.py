"""Tests of `pagelab objdump`: command-line behaviour, and output identical to GNU objdump -d.

The oracle tests build files with GNU as/ld/gcc (the course's own programs, the benchmark C
programs, and a file made to exercise the awkward corners: data in code, zero runs, object and
function symbols at one address, mixed 16/32-bit code, gp-relative and lui/auipc addresses) and
require byte-identical output from both objdumps, with and without ``-M no-aliases`` and with
address ranges.  Once `pagelab asm` exists, its output goes through the same comparison.
"""
from __future__ import annotations

import importlib.util
import io
import random
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from oracles import GNU_AS, GNU_GCC, GNU_LD, GNU_OBJDUMP, require_tool
from pagelab.asm.elfread import ElfError, read_elf
from pagelab.asm.objdump import dump_file, main
from test_elfread import build_elf

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((ROOT / "programs").glob("*.s"))

CORNERS = r"""
        .option rvc
        .text
        .globl _start
        .type _start, @function
_start:
        li      a0, 1
        la      a1, message
        lui     a2, %hi(message)
        addi    a2, a2, %lo(message)
        ld      a3, %lo(counter)(a2)
        lw      a4, 8(gp)
        sd      a4, 16(tp)
        call    helper
        beqz    a0, 1f
        bgez    a1, _start
1:      csrr    a5, cycle
        rdtime  a6
        fence
        fence   rw, w
        fence.i
        j       after_data
        .size _start, .-_start
table:
        .word   0x12345678, 0xdeadbeef
        .type   greeting, @object
greeting:
        .ascii  "hi there, objdump\n"
        .size   greeting, .-greeting
        .align  2
other:
        .word   0x00000013
        .byte   1, 2, 3
        .half   0x4455
        .byte   7
        .align  2
after_data:
        .option norvc
        addi    sp, sp, -32
        sd      ra, 24(sp)
        mv      s0, a0
        not     s1, a1
        neg     s2, a2
        sext.w  s3, a3
        seqz    s4, a4
        snez    s5, a5
        .option rvc
        lr.d.aq t0, (a0)
        sc.d.rl t1, t2, (a0)
        amoadd.w.aqrl t3, t4, (a1)
        ebreak
        ecall
        .zero   24
        unimp
        .type helper, @function
helper:
        addiw   a0, a0, -1
        srai    a0, a0, 3
        andi    a0, a0, 255
        jr      ra
        .size helper, .-helper
        .zero   2

        .data
        .type message, @object
message:
        .ascii  "corner cases\n"
        .align 3
counter:
        .dword  7
        .size message, 13
"""

C_SOURCE = r"""
static long table[64];
long step(long x) { return x * 6364136223846793005L + 1442695040888963407L; }
int classify(int c) {
    switch (c) { case 0: return 10; case 1: return 22; case 2: return 35; case 3: return 41;
                 case 4: return 59; case 5: return 60; default: return -1; }
}
void _start(void) {
    long s = 1;
    for (int i = 0; i < 64; i++) { s = step(s); table[i] = s % 7 + classify(i % 8); }
    __asm__ volatile ("li a7, 93; li a0, 0; ecall");
    for (;;) ;
}
"""


def gnu(path, *options) -> str:
    return subprocess.run([require_tool(GNU_OBJDUMP), "-d", *options, str(path)],
                          capture_output=True, text=True, check=True).stdout


def ours(path, *options) -> str:
    out = io.StringIO()
    aliases = "no-aliases" not in options
    start = stop = None
    for option in options:
        if option.startswith("--start-address="):
            start = int(option.split("=")[1], 0)
        if option.startswith("--stop-address="):
            stop = int(option.split("=")[1], 0)
    dump_file(str(path), out, aliases=aliases, start=start, stop=stop)
    return out.getvalue()


def assert_same_as_gnu(path, *options):
    expected, actual = gnu(path, *options), ours(path, *options)
    if expected != actual:
        diff = [f"GNU : {g!r}\nours: {o!r}" for g, o in
                zip(expected.splitlines(), actual.splitlines()) if g != o]
        pytest.fail(f"{path} {options}: {len(diff)} lines differ; first:\n" + "\n".join(diff[:5])
                    + ("" if diff else "\n(line counts differ)"))
    return expected.count("\n")


def assemble_and_link(tmp_path, name: str, source: str, link=True) -> Path:
    src = tmp_path / f"{name}.s"
    src.write_text(source)
    obj = tmp_path / f"{name}.o"
    subprocess.run([require_tool(GNU_AS), "-march=rv64imac", "-I", str(ROOT / "programs"),
                    "-o", obj, src], check=True)
    if not link:
        return obj
    exe = tmp_path / name
    subprocess.run([require_tool(GNU_LD), "-o", exe, obj], check=True)
    return exe


# --- oracle comparisons ------------------------------------------------------------------------
def test_the_corner_case_program_dumps_exactly_as_gnu_objdump(tmp_path):
    exe = assemble_and_link(tmp_path, "corners", CORNERS)
    for options in ((), ("-M", "no-aliases")):
        assert_same_as_gnu(exe, *options)
        assert_same_as_gnu(tmp_path / "corners.o", *options)


def test_address_ranges_select_the_same_lines_as_gnu(tmp_path):
    exe = assemble_and_link(tmp_path, "corners", CORNERS)
    for start, stop in ((0x100b4, 0x10100), (0x10000, 0x100c0), (0x100f0, 0x200000)):
        assert_same_as_gnu(exe, f"--start-address={start:#x}", f"--stop-address={stop:#x}")


@pytest.mark.parametrize("source", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_the_course_programs_built_by_gnu_dump_exactly_as_gnu_objdump(tmp_path, source):
    exe = assemble_and_link(tmp_path, source.stem, source.read_text())
    lines = assert_same_as_gnu(exe) + assert_same_as_gnu(tmp_path / f"{source.stem}.o")
    assert lines > 10


def test_a_gcc_compiled_program_dumps_exactly_as_gnu_objdump(tmp_path):
    gcc = require_tool(GNU_GCC)
    src = tmp_path / "prog.c"
    src.write_text(C_SOURCE)
    exe = tmp_path / "prog"
    benches = sorted((ROOT / "programs" / "bench").glob("*.c"))[:2]
    for source, out in [(src, exe)] + [(b, tmp_path / b.stem) for b in benches]:
        subprocess.run([gcc, "-march=rv64imac", "-mabi=lp64", "-O2", "-ffreestanding",
                        "-nostdlib", "-static", "-o", out, source], check=True)
        assert_same_as_gnu(out)
        assert_same_as_gnu(out, "-M", "no-aliases")


def test_files_made_by_pagelab_asm_dump_exactly_as_gnu_objdump(tmp_path):
    if importlib.util.find_spec("pagelab.asm.cli") is None:
        pytest.skip("pagelab asm (pagelab.asm.cli) is not built yet")
    from pagelab.asm.cli import main as asm_main
    corners = tmp_path / "corners.s"
    corners.write_text(CORNERS)
    for source in PROGRAMS + [corners]:
        for march in ("rv64imac", "rv64ima"):
            exe = tmp_path / f"{source.stem}-{march}"
            assert asm_main(["-march", march, "-o", str(exe), str(source)]) in (0, None), source
            assert_same_as_gnu(exe)
            assert_same_as_gnu(exe, "-M", "no-aliases")


# --- without the oracle: layout and errors -----------------------------------------------------
def test_a_small_executable_is_laid_out_like_gnu_objdump(tmp_path):
    path = tmp_path / "prog"
    path.write_bytes(build_elf())
    out = ours(path)
    assert out == (
        f"\n{path}:     file format elf64-littleriscv\n\n"
        "\nDisassembly of section .text:\n"
        "\n0000000000010078 <_start>:\n"
        "   10078:\t00000513          \tli\ta0,0\n"
        "   1007c:\t05800893          \tli\ta7,88\n"
        "   10080:\t00000073          \tecall\n"
        "   10084:\t0000006f          \tj\t10084 <_start+0xc>\n")


def test_the_command_prints_the_disassembly_and_exits_zero(tmp_path, capsys):
    path = tmp_path / "prog"
    path.write_bytes(build_elf())
    assert main([str(path)]) == 0
    assert "ecall" in capsys.readouterr().out
    assert main(["-d", "-M", "no-aliases", str(path)]) == 0
    assert "addi\ta0,zero,0" in capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    (None, "pagelab objdump: {path}: no such file\n"),
    (b"hello\n", "pagelab objdump: {path}: not an ELF file\n"),
    (b"\x7fELF\x02\x01\x01" + bytes(57), "pagelab objdump: {path}: not a 64-bit little-endian "
                                         "RISC-V executable (e_machine 0)\n"),
])
def test_bad_files_give_one_clear_line_and_status_one(tmp_path, capsys, content, message):
    path = tmp_path / "bad"
    if content is not None:
        path.write_bytes(content)
    assert main([str(path)]) == 1
    assert capsys.readouterr().err == message.format(path=path)


def test_section_counts_without_a_section_table_are_refused_as_gnu_refuses_them(tmp_path,
                                                                                  capsys):
    data = bytearray(build_elf())
    data[0x28:0x30] = bytes(8)                       # e_shoff = 0, e_shnum still 6
    path = tmp_path / "nosh"
    path.write_bytes(bytes(data))
    assert main([str(path)]) == 1
    assert capsys.readouterr().err == (f"pagelab objdump: {path}: file format not recognized "
                                       "(e_shnum 6 but no section header table)\n")
    data[0x3C:0x40] = bytes(4)                       # e_shnum = e_shstrndx = 0: fine, no code
    path.write_bytes(bytes(data))
    assert ours(path) == f"\n{path}:     file format elf64-littleriscv\n\n"


def test_a_directory_is_reported_not_traced_back(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"pagelab objdump: {tmp_path}: is a directory\n"


def test_truncated_and_corrupted_files_give_clean_errors(tmp_path, capsys):
    good = build_elf()
    for cut in (10, 64, 100, len(good) - 5):
        path = tmp_path / f"cut{cut}"
        path.write_bytes(good[:cut])
        assert main([str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"pagelab objdump: {path}: ") and err.count("\n") == 1


@pytest.mark.parametrize("argv, status", [
    ([], 2), (["-M", "bogus", "x"], 2), (["--start-address=zz", "x"], 2), (["--frobnicate"], 2),
])
def test_usage_errors_exit_with_status_two(argv, status, capsys):
    assert main(argv) == status
    assert "pagelab objdump: error:" in capsys.readouterr().err


def test_one_bad_file_does_not_stop_the_others(tmp_path, capsys):
    good = tmp_path / "good"
    good.write_bytes(build_elf())
    assert main([str(tmp_path / "missing"), str(good)]) == 1
    captured = capsys.readouterr()
    assert "ecall" in captured.out and "missing: no such file" in captured.err


FUZZ_BASE = build_elf(symbols=(("_start", 0x10078, 2, 1, 1), ("$d", 0x1007c, 0, 0, 1),
                               ("$x", 0x10080, 0, 0, 1), ("x", 0x10000, 1, 0, 65521)))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(FUZZ_BASE) - 1), st.integers(0, 255)), min_size=1,
                max_size=8), st.integers(1, len(FUZZ_BASE)))
def test_mutated_files_give_output_or_a_clean_error_never_a_traceback(tmp_path, changes, cut):
    data = bytearray(FUZZ_BASE)
    for offset, value in changes:
        data[offset] = value
    path = tmp_path / "fuzz"
    path.write_bytes(bytes(data[:cut]))
    try:
        dump_file(str(path), io.StringIO())
    except ElfError as e:
        assert str(e).startswith(f"{path}: ")


def test_a_static_glibc_program_differs_from_gnu_only_in_floating_point(tmp_path):
    """glibc is built for rv64gc: GNU shows its F/D instructions, pagelab (no F/D) cannot."""
    gcc = require_tool(GNU_GCC)
    src = tmp_path / "hello.c"
    src.write_text('#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }\n')
    exe = tmp_path / "hello"
    subprocess.run([gcc, "-static", "-O2", "-o", exe, src], check=True)
    expected, actual = gnu(exe).splitlines(), ours(exe).splitlines()
    assert len(expected) == len(actual)
    floating, unexpected = 0, []
    for g, o in zip(expected, actual):
        if g == o:
            continue
        mnemonic = g.split("\t")[2] if g.count("\t") >= 2 else ""
        if mnemonic.startswith(("f", "c.f")) and not mnemonic.startswith("fence"):
            floating += 1       # an F/D instruction: GNU decodes it, pagelab has no F/D
        else:
            unexpected.append((g, o))
    print(f"\nstatic glibc program: {len(expected) - floating}/{len(expected)} lines identical, "
          f"{floating} F/D differences")
    assert unexpected == [] and floating < len(expected) // 100


RANDOM_LINES = [
    "li a0, {i}", "addi sp, sp, -{a}", "mv s0, a1", "lui a5, {u}", "auipc a4, {u}",
    "ld a3, {a}(a5)", "sd a3, {a}(sp)", "lw a2, 8(gp)", "beqz a0, {lab}", "bnez a1, {lab}",
    "j {lab}", "call {lab}", "jal {lab}", "ret", "ecall", "nop", "add a0, a0, a1",
    "sub a2, a3, a4", "slli a0, a0, 3", "csrr a0, cycle", "fence", "lr.w t0, (a0)",
    "addiw a0, a0, 1", "la a0, {lab}", "csrrs a0, fflags, zero", "ebreak", "andi a0, a0, 255",
    "not a0, a0", "addi a0, a5, %lo({lab})", "sw a1, %lo({lab})(a5)",
]
RANDOM_DATA = [".word 0x{w:x}", ".half 0x{h:x}", ".byte {b}", ".byte 1,2,3", ".dword 0x{w:x}",
               ".zero {z}", '.ascii "abc"', ".balign 4", ".align 3"]


def random_program(rng, lines: int) -> str:
    """Code, data, labels of every kind, .option rvc/norvc: objdump's awkward cases at random."""
    labels = [f"L{i}" for i in range(lines // 4 + 1)]
    out, used = [".text", ".globl _start", "_start:"], 0
    for _ in range(lines):
        r = rng.random()
        if r < 0.08 and used < len(labels):
            label = labels[used]
            used += 1
            kind = rng.choice(["", "@function", "@object", "global"])
            if kind == "global":
                out.append(f".globl {label}")
            elif kind:
                out.append(f".type {label}, {kind}")
            out.append(f"{label}:")
        elif r < 0.16:
            out.append(rng.choice(RANDOM_DATA).format(
                w=rng.getrandbits(32), h=rng.getrandbits(16), b=rng.randrange(256),
                z=rng.choice([1, 2, 3, 4, 8, 12, 16, 30])))
        elif r < 0.19:
            out.append(rng.choice([".option rvc", ".option norvc"]))
        else:
            out.append(rng.choice(RANDOM_LINES).format(
                i=rng.randrange(-3000, 3000), a=rng.randrange(0, 255) * 8,
                u=rng.randrange(1 << 20), lab=rng.choice(labels + ["_start"])))
    out += [f"{label}: nop" for label in labels[used:]]
    out.append('.data\nmsg: .ascii "hello"\n.globl counter\ncounter: .dword 1\n')
    return "\n".join(out)


def test_random_programs_mixing_code_data_and_symbols_dump_exactly_as_gnu(tmp_path):
    rng = random.Random(20261128)
    checked = 0
    for n in range(12):
        source = random_program(rng, rng.randrange(40, 160))
        obj = assemble_and_link(tmp_path, f"random{n}", source, link=False)
        files = [obj]
        exe = tmp_path / f"random{n}"
        if subprocess.run([require_tool(GNU_LD), "-o", exe, obj],
                          capture_output=True).returncode == 0:
            files.append(exe)                 # (relaxation can refuse odd alignments)
        for path in files:
            checked += assert_same_as_gnu(path)
            checked += assert_same_as_gnu(path, "-M", "no-aliases")
    assert checked > 1000


def test_mutations_of_a_gnu_object_with_attributes_and_mapping_symbols_never_crash(tmp_path):
    """Bytes changed anywhere, and especially in .riscv.attributes and the symbol names."""
    obj = assemble_and_link(tmp_path, "corners", CORNERS, link=False)
    base = obj.read_bytes()
    elf = read_elf(base, str(obj))
    hot = [s for s in (elf.section(".riscv.attributes"), elf.section(".strtab")) if s]
    rng = random.Random(99)
    path = tmp_path / "mutant"
    for _ in range(400):
        data = bytearray(base)
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.6:
                sec = rng.choice(hot)
                at = sec.offset + rng.randrange(sec.size)
            else:
                at = rng.randrange(len(data))
            data[at] = rng.choice([rng.randrange(256), 0, 0xFF, 0x7F, ord("_"), ord("z")])
        path.write_bytes(bytes(data))
        try:
            dump_file(str(path), io.StringIO(), aliases=rng.random() < 0.5)
        except ElfError as e:
            assert str(e).startswith(f"{path}: ")
