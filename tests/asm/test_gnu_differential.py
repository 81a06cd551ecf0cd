"""pagelab asm against GNU as + ld (-mno-relax / --no-relax): every byte of every section.

Each test builds a corpus (see asm_corpus.py), assembles it with pagelab, links it with GNU at
the same section addresses, and compares.  A corpus is one program per -march so that GNU runs a
handful of times, not once per case.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import asm_corpus
from asm_gnu import compare
from oracles import GNU_AS, GNU_LD, require_tool

MARCHES = ["rv64imac", "rv64ima"]


@pytest.fixture(autouse=True)
def _gnu():
    require_tool(GNU_AS)
    require_tool(GNU_LD)


def _same(sources, march):
    diffs = compare(sources, march)
    assert diffs == [], "\n".join(diffs)


@pytest.mark.parametrize("march", MARCHES)
def test_every_table_row_with_random_operands_matches_gnu(march):
    rng = random.Random(f"table-{march}")
    _same([("table.s", asm_corpus.table_program(rng, march == "rv64imac", per_row=20))], march)


def test_option_norvc_compresses_nothing_like_gnu():
    rng = random.Random("norvc")
    body = asm_corpus.table_program(rng, False, per_row=6)
    src = ".option norvc\n" + body + asm_corpus.pseudo_program(rng, 2).replace(
        ".globl _start\n_start:", "")
    _same([("norvc.s", src)], "rv64imac")
    # and nothing 2 bytes long: every instruction word in .text has its low bits 11
    from pagelab.asm import assemble_objects, link_objects
    image = link_objects(assemble_objects([("norvc.s", src)], "rv64imac"))
    text = next(s for s in image.sections if s.name == ".text")
    assert len(text.data) % 4 == 0


@pytest.mark.parametrize("march", MARCHES)
def test_every_pseudo_instruction_matches_gnu(march):
    _same([("pseudo.s", asm_corpus.pseudo_program(random.Random(f"pseudo-{march}"), 6))], march)


@pytest.mark.parametrize("march", MARCHES)
@pytest.mark.parametrize("seed", range(4))
def test_branches_and_jumps_relax_like_gnu(march, seed):
    rng = random.Random(f"branch-{seed}")
    src = asm_corpus.branch_program(rng, 50, rvc=march == "rv64imac")
    _same([("branches.s", src)], march)


DIRECTIVES = r"""
        .equ    N, 4
        .set    M, N * 2 + 1
        K = M << 2
        .macro  push reg, off=8
        sd      \reg, \off(sp)
        .endm
        .macro  sum a, b:vararg
        .word   \a
        .ifnb   \b
        sum     \b
        .endif
        .endm
        .macro  lbl name
\name\()_x: .byte 1
        .endm
        .text
        .globl  _start
        .type   _start, @function
_start:
        push    a0
        push    a1, 16
        push    reg=s0, off=24
        .rept   3
        addi    a0, a0, N
        .endr
        .irp    r, a1, a2, a3
        mv      \r, zero
        .endr
        .irpc   c, 123
        li      a0, \c
        .endr
1:      addi    a0, a0, -1 ; bnez a0, 1b ; j 1f
        nop /* inline comment */ ; nop   # and a line comment
1:      ret
        .if     N > 3
        li      t0, 1
        .else
        li      t0, 2
        .endif
        .ifdef  N
        li      t1, 3
        .endif
        .ifndef UNDEFINED_THING
        li      t2, 4
        .endif
        .if N == 4 && M == 9
        li t3, 5
        .elseif N == 5
        li t3, 6
        .endif
        .ifc    abc, abc
        li      t4, 7
        .endif
        .size   _start, . - _start
        .option push
        .option norvc
        add     a0, a0, a1
        .option pop
        add     a0, a0, a1
        .p2align 3
        .balign 16, 0
        csrr    a0, cycle
        .section .rodata
        .align  3
ro:     .byte   1, 2, 3, 'a', '\n', 0x7f, -1, 255, 'b'
        .half   0x1234, -2
        .2byte  1
        .short  2
        .word   0xdeadbeef, K, M, -1, 010, 0b101
        .4byte  ro
        .long   ro - 4
        .dword  ro + 16, 1 << 40
        .8byte  0x123456789abcdef0
        .quad   _start
        .ascii  "abc\t\"\\\101\x41"
        .asciz  "hello"
        .string "world", "two"
        .zero   5
        .skip   3, 0xaa
        .space  2
        .space  4, 7
        .fill   3, 2, 0x1234
        sum     1, 2, 3
        lbl     foo
        .word   foo_x - ro, (1 + 2) * 3, 7 / 2, -7 / 2, 7 % 3, ~0, !0, 1 | 2 ^ 3 & 4
        .word   1 + 2 << 3, -8 >> 1, 3 > 2, 2 >= 3, 1 == 1, 1 != 1, 1 && 2, 0 || 0
        .data
        .p2align 4,,3
d1:     .dword  d1, d2
        .balign 8
d2:     .word   . - d1
        .section .mydata, "aw", @progbits
        .byte 9
        .section .text.extra, "ax"
        nop
        .section .rodata.str, "a"
        .asciz "more"
        .bss
        .p2align 4
b1:     .zero   64
        .skip   10
        .section .bss.more, "aw", @nobits
        .zero 3
        .text
        .word d2 - d1
        .attribute stack_align, 16
        .ident "pagelab"
        .file "dir.s"
"""


@pytest.mark.parametrize("march", MARCHES)
def test_directives_macros_and_conditionals_match_gnu(march):
    _same([("directives.s", DIRECTIVES)], march)


def test_alignment_padding_in_code_matches_gnu():
    lines = [".text", ".globl _start", "_start:"]
    rng = random.Random("align")
    for _ in range(60):
        lines.append(rng.choice([".option push; .option rvc; c.nop; .option pop", "nop", ".byte 1", ".half 2", "add a0, a0, a1",
                                 ".option norvc", ".option rvc", "addi a0, a0, 1"]))
        lines.append(rng.choice([".align 2", ".align 3", ".p2align 4", ".balign 8",
                                 ".balign 16, 0xcc", ".p2align 3,,2", ""]))
    _same([("align.s", "\n".join(lines) + "\n")], "rv64imac")


MAIN = r"""
        .text
        .globl  _start
_start:
        call    helper
        tail    helper2
        j       helper
        beqz    a0, helper
        bnez    a5, helper2
        la      a0, shared
        lw      a1, shared
        sw      a1, shared, t0
        la      a2, cbuf
        la      a3, lbuf
        .comm   cbuf, 24, 8
        .lcomm  lbuf, 6
        .data
        .dword  helper, shared
        .word   local_data - shared
local_data:
        .byte 7
        .bss
        .zero   3
"""

LIB = r"""
        .text
        .globl  helper, helper2, shared
        .byte 1
        .p2align 3
helper: addi    a0, a0, 1
        ret
helper2:
        beq     a0, a1, helper
        call    _start
        ret
        .comm   cbuf, 32, 4
        .comm   other, 5, 2
        .lcomm  lb2, 1
        .data
        .byte 3
        .p2align 2
shared: .word   42
        .dword  other, lb2, cbuf
"""


@pytest.mark.parametrize("march", MARCHES)
def test_several_files_link_like_gnu_ld(march):
    _same([("main.s", MAIN), ("lib.s", LIB)], march)


SYMBOLS = r"""
        .globl _start
        .weak maybe
        .equ ABS, 0x1000
_start:
        la a0, ABS
        lla a1, LATER
        la a2, maybe
        la a3, -5
        lla a4, 0x12345678
        li a3, 'c
        li a4, 'c'
        .set v, 1
        .word v
        .set v, v + 1
        .word v
        .word LATER, end - _start, LATER2 - 4
        beq a0, a1, end
        j end
1:      nop
        bnez a0, 1b
        call maybe
        tail maybe
        lw a5, maybe
end:
        .equ LATER, 0x2000
        .equ LATER2, end
        .byte 'x, 'y'
        .word $sym.x
$sym.x: .dword $sym.x, alias
        .set alias, $sym.x + 8
        .local  lc
        .comm   lc, 12, 4
        .dword  lc
        .section .text.more, "ax"
        .half 1
        .text
        .byte 1
"""


@pytest.mark.parametrize("march", MARCHES)
def test_equates_weak_symbols_and_constant_addresses_match_gnu(march):
    _same([("symbols.s", SYMBOLS)], march)


def _plain_gnu_layout(sources, march, tmp_path):
    """Sections of a plain `ld --no-relax` link (ld's own default script and addresses)."""
    import subprocess
    from asm_gnu import elf_sections
    objs = []
    for i, (name, text) in enumerate(sources):
        (tmp_path / f"p{i}.s").write_text(text)
        subprocess.run([GNU_AS, f"-march={march}", "-mno-relax", "-o", str(tmp_path / f"p{i}.o"),
                        str(tmp_path / f"p{i}.s")], check=True)
        objs.append(str(tmp_path / f"p{i}.o"))
    subprocess.run([GNU_LD, "--no-relax", "-o", str(tmp_path / "plain"), *objs], check=True,
                   capture_output=True)
    secs = elf_sections((tmp_path / "plain").read_bytes())
    return sorted(((a, n, s) for n, (a, f, t, d, s) in secs.items() if f & 2), key=lambda x: x[0])


@pytest.mark.parametrize("sources", [[("d.s", DIRECTIVES)], [("m.s", MAIN), ("l.s", LIB)],
                                     [("s.s", SYMBOLS)]], ids=["directives", "two", "symbols"])
def test_section_order_sizes_and_gaps_match_a_plain_gnu_ld_link(sources, tmp_path):
    """Our layout is ld's default one: same sections in the same order with the same sizes and
    the same distances inside each segment, and the data segment at the same page offset.
    (Only the start differs: ld also maps a PT_RISCV_ATTRIBUTES header.)"""
    from pagelab.asm import build
    gnu = _plain_gnu_layout(sources, "rv64imac", tmp_path)
    image = build(sources, "rv64imac")
    ours = [(s.addr, s.name, s.size) for s in image.sections if s.alloc]
    assert [(n, s) for _, n, s in ours] == [(n, s) for _, n, s in gnu]

    def shape(layout):
        writable = {s.name for s in image.sections if "w" in s.flags}
        rx = [(a, n, s) for a, n, s in layout if n not in writable]
        rw = [(a, n, s) for a, n, s in layout if n in writable]
        rel = [(n, a - rx[0][0]) for a, n, s in rx] + [(n, a - rw[0][0]) for a, n, s in rw]
        page = rw[0][0] % 0x1000 - (rx[-1][0] + rx[-1][2]) % 0x1000 if rw else None
        return rel, page
    assert shape(ours) == shape(gnu)


PROGRAMS = sorted(p for p in (Path(__file__).parent.parent.parent / "programs").glob("*.s"))


@pytest.mark.parametrize("march", MARCHES)
def test_the_guest_programs_assemble_like_gnu(march):
    """programs/*.s (written by others, for the kernel's /bin) is a corpus nobody wrote for the
    assembler's tests."""
    from asm_gnu import compare_file
    failures = {p.name: d for p in PROGRAMS if (d := compare_file(str(p), march))}
    assert failures == {}


@pytest.mark.parametrize("march", MARCHES)
def test_random_mixed_programs_match_gnu(march):
    for seed in range(12):
        src = asm_corpus.mixed_program(random.Random(f"mixed-{seed}"), march == "rv64imac")
        diffs = compare([("mixed.s", src)], march)
        assert diffs == [], f"seed {seed}:\n" + "\n".join(diffs) + "\n" + src
