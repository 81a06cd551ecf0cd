"""The executable: GNU tools read it without complaint, qemu-riscv64 runs it, layout as ld's."""
from __future__ import annotations

import os
import struct
import subprocess

import pytest

from asm_gnu import elf_sections
from oracles import GNU_OBJDUMP, GNU_READELF, QEMU, require_tool
from pagelab.asm import assemble, build
from pagelab.asm.cli import main as asm_main

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join(ROOT, "programs", "hello.s")

# Uses .data, .bss, .rodata, a call into a second file, and exits with a computed status.
MAIN = r"""
        .text
        .globl  _start
_start:
        la      s0, counter
        li      t0, 5
1:      lw      a0, 0(s0)
        addi    a0, a0, 3
        sw      a0, 0(s0)
        addi    t0, t0, -1
        bnez    t0, 1b
        call    add_table           # a0 += sum of table (in lib.s)
        la      t1, scratch         # .bss is zero
        ld      t2, 8(t1)
        add     a0, a0, t2
        li      a7, 93
        ecall
        .data
counter: .word  1
        .bss
scratch: .zero  64
"""
LIB = r"""
        .text
        .globl  add_table
add_table:
        la      t0, table
        li      t1, 4
1:      lbu     t2, 0(t0)
        add     a0, a0, t2
        addi    t0, t0, 1
        addi    t1, t1, -1
        bnez    t1, 1b
        ret
        .section .rodata
table:  .byte   1, 2, 3, 4
"""
EXPECTED_STATUS = 1 + 5 * 3 + (1 + 2 + 3 + 4)


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    path.chmod(0o755)
    return str(path)


def test_hello_runs_under_qemu_and_prints_hello(tmp_path):
    qemu = require_tool(QEMU)
    exe = _write(tmp_path, "hello", assemble([HELLO]))
    r = subprocess.run([qemu, exe], capture_output=True, timeout=30)
    assert r.stdout == b"Hello, world!\n"
    assert r.returncode == 0


@pytest.mark.parametrize("march", ["rv64imac", "rv64ima"])
def test_two_files_with_data_and_bss_run_under_qemu(tmp_path, march):
    qemu = require_tool(QEMU)
    exe = _write(tmp_path, "prog", assemble([("main.s", MAIN), ("lib.s", LIB)], march))
    r = subprocess.run([qemu, exe], capture_output=True, timeout=30)
    assert r.returncode == EXPECTED_STATUS


@pytest.mark.parametrize("tool, args", [(GNU_READELF, ["-a", "-W"]), (GNU_OBJDUMP, ["-d", "-x"])])
def test_gnu_tools_read_our_executables_without_warnings(tmp_path, tool, args):
    path = require_tool(tool)
    programs = {
        "hello": [HELLO],
        "two": [("main.s", MAIN), ("lib.s", LIB)],
        "sections": [("s.s", ".globl _start\n_start: ret\n.section .mydata,\"aw\"\n.word 1\n"
                              ".section .myro,\"a\"\n.byte 2\n.bss\n.zero 3\n")],
    }
    for name, sources in programs.items():
        exe = _write(tmp_path, name, assemble(sources))
        r = subprocess.run([path] + args + [exe], capture_output=True, text=True, timeout=30)
        assert r.returncode == 0, r.stderr
        assert r.stderr == "", f"{name}: {r.stderr}"


def _header(data):
    return struct.unpack_from("<16sHHIQQQIHHHHHH", data, 0)


def _phdrs(data):
    hdr = _header(data)
    phoff, phnum = hdr[5], hdr[10]
    return [struct.unpack_from("<IIQQQQQQ", data, phoff + 56 * i) for i in range(phnum)]


def test_header_is_a_static_riscv_executable_entered_at_start():
    data = assemble([("main.s", MAIN), ("lib.s", LIB)])
    ident, e_type, machine, version, entry = _header(data)[:5]
    assert ident[:4] == b"\x7fELF" and ident[4] == 2 and ident[5] == 1
    assert (e_type, machine, version) == (2, 243, 1)        # ET_EXEC, EM_RISCV
    image = build([("main.s", MAIN), ("lib.s", LIB)])
    text = next(s for s in image.sections if s.name == ".text")
    assert entry == text.addr          # _start is the first thing in .text
    flags = _header(data)[7]
    assert flags == 0x1                # EF_RISCV_RVC, soft-float ABI


def test_rv64ima_output_has_no_rvc_flag():
    data = assemble([("main.s", MAIN), ("lib.s", LIB)], "rv64ima")
    assert _header(data)[7] == 0


def test_segments_are_page_aligned_loads_with_the_right_permissions():
    data = assemble([("main.s", MAIN), ("lib.s", LIB)])
    sections = elf_sections(data)
    loads = [p for p in _phdrs(data) if p[0] == 1]
    assert len(loads) == 2
    (t_type, t_flags, t_off, t_vaddr, _, t_filesz, t_memsz, t_align), \
        (d_type, d_flags, d_off, d_vaddr, _, d_filesz, d_memsz, d_align) = loads
    assert (t_flags, t_vaddr, t_off, t_align) == (5, 0x10000, 0, 0x1000)     # R E
    assert d_flags == 6 and d_align == 0x1000                               # RW
    assert d_vaddr % 0x1000 == d_off % 0x1000
    assert d_vaddr >= t_vaddr + t_memsz
    text_addr, rodata_addr = sections[".text"][0], sections[".rodata"][0]
    assert t_vaddr <= text_addr < rodata_addr < t_vaddr + t_filesz
    data_addr, bss_addr, bss_size = sections[".data"][0], sections[".bss"][0], sections[".bss"][4]
    assert d_vaddr == data_addr
    assert d_vaddr + d_filesz <= bss_addr
    assert bss_addr + bss_size == d_vaddr + d_memsz
    assert sections[".bss"][2] == 8                                         # SHT_NOBITS
    # after the ELF header and ld's three program headers (PT_RISCV_ATTRIBUTES, two PT_LOAD)
    assert text_addr == 0x10000 + 64 + 3 * 56
    attributes = [p for p in _phdrs(data) if p[0] == 0x70000003]
    assert len(attributes) == 1 and _phdrs(data)[0][0] == 0x70000003


def test_symbol_table_keeps_labels_but_not_assembler_locals(tmp_path):
    readelf = require_tool(GNU_READELF)
    exe = _write(tmp_path, "prog", assemble([("main.s", MAIN), ("lib.s", LIB)]))
    out = subprocess.run([readelf, "-s", "-W", exe], capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()[:1].isdigit()]
    binding = {r[-1]: r[4] for r in rows}
    assert binding["_start"] == "GLOBAL" and binding["add_table"] == "GLOBAL"
    assert binding["counter"] == "LOCAL"
    names = [r[-1] for r in rows]
    assert {"_start", "add_table", "counter", "scratch", "table"} <= set(names)
    assert not any(n.startswith(".L") for n in names)


def test_default_output_is_a_out_like_gnu_ld(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.s").write_text(".globl _start\n_start: ret\n")
    assert asm_main(["p.s"]) == 0
    assert (tmp_path / "a.out").read_bytes()[:4] == b"\x7fELF"


def test_listing_shows_address_encoding_and_source(tmp_path, capsys):
    src = tmp_path / "l.s"
    src.write_text(".globl _start\n_start:\n  addi a0, a0, 1\n  li a1, 0x12345\n"
                   "  .data\nv: .word 7\n")
    assert asm_main([str(src), "-o", str(tmp_path / "l"), "--listing"]) == 0
    out = capsys.readouterr().out.splitlines()
    first = next(line for line in out if "addi a0, a0, 1" in line)
    assert first.split()[0] == "100e8:" and first.split()[1] == "0505"   # c.addi a0, 1
    li_lines = [line for line in out if "li a1, 0x12345" in line]
    assert [line.split()[1] for line in li_lines] == ["65c9", "3455859b"]
    assert any("00000007" in line and ".word 7" in line for line in out)


def test_undefined_entry_symbol_warns_and_uses_the_start_of_text(tmp_path, capsys):
    (tmp_path / "n.s").write_text("main: ret\n")
    assert asm_main([str(tmp_path / "n.s"), "-o", str(tmp_path / "n")]) == 0
    assert "cannot find entry symbol _start" in capsys.readouterr().err


def test_output_section_has_the_union_of_its_inputs_flags():
    """ld puts read-only .srodata.cst8 and writable .sdata into one .sdata output section: it is
    writable (SHF_WRITE) and lives in the RW segment whichever input came first (gcc -O2 output
    of a file with 8-byte constants and initialized small data)."""
    source = ("_start:\n ld a0, value\n ret\n"
              ' .section .srodata.cst8,"aM",@progbits,8\n .align 3\nconst: .dword 7\n'
              ' .section .sdata,"aw"\n .align 3\nvalue: .dword 5\n')
    data = assemble([("sdata.s", source)])
    addr, flags = elf_sections(data)[".sdata"][:2]
    assert flags & 3 == 3                                     # SHF_WRITE | SHF_ALLOC
    rw = [p for p in _phdrs(data) if p[0] == 1 and p[1] == 6]
    assert rw and rw[0][3] <= addr < rw[0][3] + rw[0][6]
