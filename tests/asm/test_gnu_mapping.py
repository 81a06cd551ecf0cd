"""Mapping symbols ($x<isa>, $x, $d) and .riscv.attributes against GNU as + ld.

Each program is assembled by pagelab and by `riscv64-linux-gnu-as -mno-relax` +
`riscv64-linux-gnu-ld --no-relax` with ld's default layout; the executables must have the same
mapping symbols (names and addresses), byte-identical .riscv.attributes sections, the same
program headers (ld adds PT_RISCV_ATTRIBUTES), and GNU objdump must disassemble them alike.
"""
from __future__ import annotations

import os
import subprocess
import tempfile

import pytest

from oracles import GNU_AS, GNU_LD, GNU_OBJDUMP, GNU_READELF, require_tool
from pagelab.asm import assemble
from pagelab.asm.attributes import arch_string, parse_arch, section_bytes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# data in text, odd and even alignment padding, a filled alignment, small (skipped) code
# alignments, zero-sized data, end-of-section padding, several code sections
DATA_IN_TEXT = r"""
        .text
        .globl _start
_start: addi a0, a0, 1
        .byte 1
        .align 2
        nop
        .word 5
        ret
        .ascii ""
        nop
        .zero 0
        nop
        .fill 0
        nop
        .skip 2
        nop
        .fill 1, 2, 3
        nop
        .asciz "ab"
        .p2align 2
        nop
        .string "x"
        .balign 4, 0
        nop
        .half 1
        .balign 8
        nop
        .byte 1
        .balign 2
        nop
        .byte 1
        .p2align 3
        .word 1
        .p2align 4, 0x5
        nop
        .dword 2
        .section .text.unlikely, "ax", @progbits
f:      .word 1
        ret
        .zero 3
        .section .text.other, "ax"
        .fill 2, 1, 0
        .section .text.empty, "ax"
        .data
x:      .word 1
        .section .rodata
y:      .word 2
        .text
        .dword 5
"""

# the ISA string changes: .option rvc/norvc/push/pop/arch, explicit attributes
OPTIONS = r"""
        .attribute stack_align, 16
        .attribute unaligned_access, 1
        .attribute priv_spec, 1
        .attribute priv_spec_minor, 11
        .text
        .globl _start
_start: beqz a0, 1f
        .word 0x12345678
1:      j 2f
        .byte 1, 2, 3, 4
2:      nop
        .option push
        .option norvc
        addi a0, a0, 1
        .option pop
        addi a0, a0, 1
        .option arch, +zba
        nop
        .option arch, -zba
        .half 7
        nop
        .option arch, +m, -a
        nop
        .option rvc
        .balign 8, 0
        .p2align 4,,2
        .byte 9
"""

ARCH_ATTRIBUTE = r"""
        .attribute arch, "rv64imac_zicsr_zifencei"
        .text
        .globl _start
_start: c.nop
        .word 1
        nop
        .option arch, rv64i
        nop
"""


def _run(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, **kw)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _mapping_symbols(path):
    out = _run([require_tool(GNU_READELF), "-Ws", path])
    rows = [line.split() for line in out.splitlines() if line.strip()[:1].isdigit()]
    return sorted((r[7], int(r[1], 16)) for r in rows
                  if len(r) >= 8 and (r[7] in ("$x", "$d") or r[7].startswith("$xrv")))


def _section(data: bytes, name: str) -> bytes:
    import struct
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shnum, shstrndx = struct.unpack_from("<HH", data, 0x3C)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + 64 * i) for i in range(shnum)]
    stroff = headers[shstrndx][4]
    for h in headers:
        end = data.index(b"\0", stroff + h[0])
        if data[stroff + h[0]:end].decode() == name:
            return data[h[4]:h[4] + h[5]]
    return None


def _program_headers(path):
    out = _run([require_tool(GNU_READELF), "-lW", path])
    return [line.split()[:2] for line in out.splitlines()
            if line.strip().startswith(("LOAD", "RISCV_ATTRIBUT"))]


def _disassembly(path):
    out = _run([require_tool(GNU_OBJDUMP), "-d", path])
    return out.split("\n", 2)[2]            # without the file name line


def _both(text, march):
    require_tool(GNU_AS)
    require_tool(GNU_LD)
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "p.s")
        with open(src, "w") as f:
            f.write(text)
        _run([GNU_AS, f"-march={march}", "-mabi=lp64", "-mno-relax", "-o", src + ".o", src])
        _run([GNU_LD, "--no-relax", "-o", src + ".gnu", src + ".o"])
        with open(src + ".ours", "wb") as f:
            f.write(assemble([("p.s", text)], march))
        gnu, ours = src + ".gnu", src + ".ours"
        with open(gnu, "rb") as f:
            gnu_bytes = f.read()
        with open(ours, "rb") as f:
            our_bytes = f.read()
        assert _mapping_symbols(gnu)                   # (the comparison is not vacuous)
        assert _mapping_symbols(ours) == _mapping_symbols(gnu)
        assert _section(our_bytes, ".riscv.attributes") == _section(gnu_bytes,
                                                                     ".riscv.attributes")
        assert _program_headers(ours) == _program_headers(gnu)
        assert _disassembly(ours) == _disassembly(gnu)


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_data_in_text_gets_gnus_mapping_symbols_and_attributes(march):
    _both(DATA_IN_TEXT, march)


def test_isa_changes_rename_the_mapping_symbols_and_the_arch_attribute_like_gnu():
    _both(OPTIONS, "rv64imac")
    _both(ARCH_ATTRIBUTE, "rv64ima")


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_the_example_programs_get_gnus_mapping_symbols_and_attributes(march):
    for name in ("hello.s", "cow.s"):
        with open(os.path.join(ROOT, "programs", name)) as f:
            text = f.read()
        if ".include" in text:
            continue
        _both(text, march)


def test_isa_strings_are_written_in_gnus_canonical_form():
    cases = {
        "rv64imac": "rv64i2p0_m2p0_a2p0_c2p0_zmmul1p0",
        "rv64ima": "rv64i2p0_m2p0_a2p0_zmmul1p0",
        "rv64gc": "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0_zmmul1p0",
        "rv64ima_zicsr": "rv64i2p0_m2p0_a2p0_zmmul1p0",
        "rv64imac_zbb_zba_zbs": "rv64i2p0_m2p0_a2p0_c2p0_zmmul1p0_zba1p0_zbb1p0_zbs1p0",
        "rv64imac_zicbom": "rv64i2p0_m2p0_a2p0_c2p0_zicbom1p0_zmmul1p0",
        "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0":
            "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zmmul1p0",
    }
    for given, canonical in cases.items():
        assert arch_string(parse_arch(given)) == canonical
    assert section_bytes({5: "rv64i2p0_m2p0_a2p0_zmmul1p0"}).startswith(b"A,\0\0\0riscv\0\x01")


def test_attributes_of_several_files_are_merged_like_gnu_ld():
    first = (".attribute stack_align, 16\n.attribute unaligned_access, 1\n.text\n"
             ".globl _start\n_start: call f\n.option arch, +zba\nnop\n")
    second = (".attribute priv_spec, 1\n.attribute priv_spec_minor, 11\n.text\n.globl f\n"
              "f: .word 1\nret\n.option norvc\nnop\n")
    require_tool(GNU_AS)
    require_tool(GNU_LD)
    with tempfile.TemporaryDirectory() as work:
        objs = []
        for i, text in enumerate((first, second)):
            src = os.path.join(work, f"f{i}.s")
            with open(src, "w") as f:
                f.write(text)
            _run([GNU_AS, "-march=rv64imac", "-mabi=lp64", "-mno-relax", "-o", src + ".o", src])
            objs.append(src + ".o")
        gnu = os.path.join(work, "gnu")
        _run([GNU_LD, "--no-relax", "-o", gnu] + objs)
        ours = os.path.join(work, "ours")
        with open(ours, "wb") as f:
            f.write(assemble([("f0.s", first), ("f1.s", second)]))
        with open(gnu, "rb") as f:
            gnu_bytes = f.read()
        with open(ours, "rb") as f:
            our_bytes = f.read()
        assert _section(our_bytes, ".riscv.attributes") == _section(gnu_bytes,
                                                                     ".riscv.attributes")
        assert _mapping_symbols(ours) == _mapping_symbols(gnu)
