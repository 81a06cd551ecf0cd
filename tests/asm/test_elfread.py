"""Tests of the ELF reader (asm/elfread.py): parsing, strict error messages, loader checks, fuzzing.

Most tests build small ELF files with `build_elf` below (a minimal, independent writer), so they run
without any external tool.  The oracle tests compare what we read from GNU-linked files with GNU
readelf.
"""
from __future__ import annotations

import re
import struct
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pagelab.asm.elfread import (
    ET_DYN, ET_EXEC, ET_REL, PF_R, PF_X, PT_INTERP, PT_LOAD, SHN_ABS, SHT_NOBITS,
    SHT_PROGBITS, SHT_STRTAB, SHT_SYMTAB, STB_GLOBAL, STT_FUNC, STT_SECTION, ElfError,
    check_loadable, read_elf,
)
from oracles import GNU_AS, GNU_GCC, GNU_LD, GNU_READELF, require_tool

TEXT = bytes.fromhex("13050000" "93088005" "73000000" "6f000000")   # li a0,0; li a7,88; ecall; j .


def build_elf(*, e_type=ET_EXEC, machine=243, entry=0x10078, segments=None, text=TEXT,
              text_addr=0x10078, symbols=(("_start", 0x10078, STT_FUNC, STB_GLOBAL, 1),),
              ident=None) -> bytes:
    """A small ELF64 file: header, program headers, .text, .bss, .symtab, .strtab, .shstrtab.

    `segments` is a list of (p_type, flags, offset, vaddr, filesz, memsz, align); by default one
    PT_LOAD maps the file from offset 0 at 0x10000.  Symbols are (name, value, type, bind, shndx).
    """
    if segments is None:
        segments = [(PT_LOAD, PF_R | PF_X, 0, 0x10000, None, None, 0x1000)]
    phoff, phnum = 64, len(segments)
    text_off = phoff + 56 * phnum
    body = bytearray(text)
    strtab = bytearray(b"\0")
    syms = bytearray(24)                                   # the null symbol
    for name, value, typ, bind, shndx in symbols:
        syms += struct.pack("<IBBHQQ", len(strtab), (bind << 4) | typ, 0, shndx, value, 0)
        strtab += name.encode() + b"\0"
    names = [b"", b".text", b".bss", b".symtab", b".strtab", b".shstrtab"]
    shstr = bytearray(b"\0")
    name_off = [0]
    for n in names[1:]:
        name_off.append(len(shstr))
        shstr += n + b"\0"
    sym_off = text_off + len(body)
    sym_off += (-sym_off) % 8
    str_off = sym_off + len(syms)
    shs_off = str_off + len(strtab)
    sh_off = shs_off + len(shstr)
    sh_off += (-sh_off) % 8
    file_end = sh_off
    shdrs = [
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        (name_off[1], SHT_PROGBITS, 6, text_addr, text_off, len(body), 0, 0, 4, 0),
        (name_off[2], SHT_NOBITS, 3, 0x11000, file_end, 0x100, 0, 0, 8, 0),
        (name_off[3], SHT_SYMTAB, 0, 0, sym_off, len(syms), 4, 1, 8, 24),
        (name_off[4], SHT_STRTAB, 0, 0, str_off, len(strtab), 0, 0, 1, 0),
        (name_off[5], SHT_STRTAB, 0, 0, shs_off, len(shstr), 0, 0, 1, 0),
    ]
    total = sh_off + 64 * len(shdrs)
    phdrs = bytearray()
    for p_type, flags, offset, vaddr, filesz, memsz, align in segments:
        filesz = total if filesz is None else filesz
        memsz = filesz if memsz is None else memsz
        phdrs += struct.pack("<IIQQQQQQ", p_type, flags, offset, vaddr, vaddr, filesz, memsz,
                             align)
    ident = ident or (b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8))
    header = struct.pack("<16sHHIQQQIHHHHHH", ident, e_type, machine, 1, entry, phoff, sh_off,
                         0x5, 64, 56, phnum, 64, len(shdrs), 5)
    out = bytearray(header) + phdrs + body
    out += bytes(sym_off - len(out)) + syms + strtab + shstr
    out += bytes(sh_off - len(out))
    for sh in shdrs:
        out += struct.pack("<IIQQQQIIQQ", *sh)
    assert len(out) == total
    return bytes(out)


def patch(data: bytes, offset: int, fmt: str, value) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def error_of(data: bytes, name: str = "prog") -> str:
    with pytest.raises(ElfError) as info:
        read_elf(data, name)
    return str(info.value)


# --- reading --------------------------------------------------------------------------------------
def test_a_small_executable_reads_back_header_segments_sections_and_symbols():
    elf = read_elf(build_elf(), "prog")
    assert (elf.e_type, elf.entry, elf.e_flags) == (ET_EXEC, 0x10078, 5)
    assert (elf.phoff, elf.phentsize, elf.phnum) == (64, 56, 1)
    [seg] = elf.segments
    assert (seg.p_type, seg.flags, seg.vaddr, seg.offset, seg.align) == (PT_LOAD, 5, 0x10000, 0,
                                                                          0x1000)
    assert seg.data[:4] == b"\x7fELF" and len(seg.data) == seg.filesz
    assert [s.name for s in elf.sections] == ["", ".text", ".bss", ".symtab", ".strtab",
                                              ".shstrtab"]
    text = elf.section(".text")
    assert (text.addr, text.size, text.data) == (0x10078, len(TEXT), TEXT)
    assert elf.section(".bss").data == b"" and elf.section(".bss").size == 0x100
    [sym] = elf.symbols
    assert (sym.name, sym.value, sym.type, sym.bind, sym.section_name) == (
        "_start", 0x10078, STT_FUNC, STB_GLOBAL, ".text")
    check_loadable(elf)


def test_special_symbol_section_indexes_are_named_as_objdump_names_them():
    data = build_elf(symbols=(("a", 1, 0, 1, 0), ("b", 2, 0, 1, SHN_ABS), ("c", 3, 0, 1, 0xFFF2)))
    assert [s.section_name for s in read_elf(data, "p").symbols] == ["*UND*", "*ABS*", "*COM*"]


def test_a_file_without_section_headers_is_readable():
    data = patch(build_elf(), 0x28, "<Q", 0)               # e_shoff = 0
    elf = read_elf(data, "p")
    assert elf.sections == [] and elf.symbols == [] and len(elf.segments) == 1


# --- clear errors ---------------------------------------------------------------------------------
@pytest.mark.parametrize("data, message", [
    (b"", "prog: not an ELF file"),
    (b"#!/bin/sh\necho hi\n", "prog: not an ELF file"),
    (b"\x7fELF", "prog: file too short for an ELF header (4 bytes)"),
    (b"\x7fELF\x01\x01\x01" + bytes(60), "prog: not a 64-bit little-endian RISC-V executable "
                                          "(32-bit ELF)"),
    (b"\x7fELF\x02\x02\x01" + bytes(60), "prog: not a 64-bit little-endian RISC-V executable "
                                          "(big-endian)"),
    (build_elf()[:40], "prog: file too short for an ELF header (40 bytes, need 64)"),
    (build_elf(machine=62), "prog: not a 64-bit little-endian RISC-V executable (e_machine 62)"),
])
def test_files_that_are_not_riscv64_elf_are_refused_with_a_clear_message(data, message):
    assert error_of(data) == message


def test_a_program_header_past_the_end_of_the_file_is_named_by_its_index():
    data = build_elf(segments=[(PT_LOAD, 5, 0, 0x10000, 0x10, 0x10, 0x1000)] * 3)
    data = patch(data, 0x20, "<Q", len(data) - 2 * 56 - 10)   # e_phoff: header 2 runs off the end
    assert error_of(data) == "prog: program header 2 extends past the end of the file"


def test_segment_contents_past_the_end_of_the_file_are_refused():
    data = build_elf(segments=[(PT_LOAD, 5, 0, 0x10000, 1 << 20, 1 << 20, 0x1000)])
    assert "segment 0 (PT_LOAD) file contents" in error_of(data)
    assert "extend past the end of the file" in error_of(data)


def test_a_huge_offset_does_not_wrap_around_or_raise_another_exception():
    data = build_elf(segments=[(PT_LOAD, 5, (1 << 64) - 8, 0x10000, 16, 16, 0x1000)])
    assert "segment 0" in error_of(data)


def test_section_header_table_past_the_end_of_the_file_is_refused():
    data = build_elf()
    assert error_of(data[:-10]) == ("prog: section header 5 extends past the end of the file "
                                    "(e_shnum 6)")


def test_a_section_name_string_table_index_out_of_range_is_refused():
    data = patch(build_elf(), 0x3E, "<H", 17)
    assert error_of(data) == ("prog: section name string table index e_shstrndx 17 is not below "
                              "the section count 6")


def test_a_section_name_outside_the_string_table_is_refused():
    data = build_elf()
    sh_off = struct.unpack_from("<Q", data, 0x28)[0]
    data = patch(data, sh_off + 64 * 1, "<I", 5000)       # .text's sh_name
    assert error_of(data) == ("prog: name of section 1: offset 5000 is outside the section name "
                              "string table (38 bytes)")


def test_a_symbol_in_a_nonexistent_section_is_refused():
    data = build_elf(symbols=(("lost", 0, 0, 1, 40),))
    assert error_of(data) == ("prog: symbol 1 ('lost') has section index 40, but there are only "
                              "6 sections")


def test_a_symbol_table_with_a_wrong_entry_size_is_refused():
    data = build_elf()
    sh_off = struct.unpack_from("<Q", data, 0x28)[0]
    data = patch(data, sh_off + 64 * 3 + 56, "<Q", 16)    # .symtab's sh_entsize
    assert error_of(data) == ("prog: symbol table section 3 (.symtab) has entry size 16, "
                              "expected 24")


def test_a_bad_program_header_entry_size_is_refused():
    data = patch(build_elf(), 0x36, "<H", 32)
    assert error_of(data) == "prog: program header size e_phentsize 32 is not 56"


# --- what the loader needs ------------------------------------------------------------------------
def loader_error(data: bytes) -> str:
    with pytest.raises(ElfError) as info:
        check_loadable(read_elf(data, "prog"))
    return str(info.value)


@pytest.mark.parametrize("kwargs, expected", [
    (dict(e_type=ET_REL), "prog: not an executable (e_type 1: a relocatable object file)"),
    (dict(e_type=ET_DYN), "prog: not an executable (e_type 3: a shared object or PIE)"),
    (dict(segments=[(PT_LOAD, 5, 0, 0x10000, 0x200, 0x100, 0x1000)]),
     "p_filesz 0x200 larger than p_memsz 0x100"),
    (dict(segments=[(PT_LOAD, 5, 0, 0x10000, None, None, 0x1800)]),
     "p_align 0x1800, which is not a power of two"),
    (dict(segments=[(PT_LOAD, 5, 0, 0x10010, None, None, 0x1000)]),
     "not congruent modulo p_align 0x1000"),
    (dict(segments=[(PT_LOAD, 5, 0, 0x10010, None, None, 4)]),
     "not congruent modulo the page size 0x1000"),
    (dict(segments=[(PT_LOAD, 5, 0, (1 << 64) - 0x1000, None, 0x2000, 0x1000)]),
     "p_vaddr + p_memsz overflows 64 bits"),
    (dict(segments=[(PT_LOAD, 5, 0, (1 << 47) - 0x1000, None, 0x2000, 0x1000)]),
     "beyond the user address space"),
    (dict(segments=[(PT_LOAD, 5, 0, 0x10000, None, 0x3000, 0x1000),
                    (PT_LOAD, 6, 0, 0x12000, None, None, 0x1000)]),
     "segments 0 and 1 overlap"),
    (dict(segments=[(PT_INTERP, 4, 0, 0, 4, 4, 1)]), "dynamically linked"),
    (dict(segments=[]), "no loadable (PT_LOAD) segment"),
])
def test_the_loader_check_refuses_what_a_kernel_cannot_map(kwargs, expected):
    message = loader_error(build_elf(**kwargs))
    assert message.startswith("prog: ") and expected in message


def test_the_loader_check_accepts_a_static_pie_only_when_asked():
    elf = read_elf(build_elf(e_type=ET_DYN), "prog")
    with pytest.raises(ElfError):
        check_loadable(elf)
    check_loadable(elf, allow_dyn=True)


def test_the_loader_check_accepts_segments_that_share_a_page_but_not_addresses():
    data = build_elf(segments=[(PT_LOAD, 5, 0, 0x10000, 0x100, 0x100, 0x1000),
                               (PT_LOAD, 6, 0x100, 0x11100, 0x10, 0x80, 0x1000)])
    check_loadable(read_elf(data, "prog"))


# --- fuzzing: nothing but ElfError, quickly -------------------------------------------------------
def read_or_elf_error(data: bytes) -> None:
    try:
        elf = read_elf(data, "fuzz")
    except ElfError as e:
        assert str(e).startswith("fuzz: ")
        return
    try:
        check_loadable(elf)
    except ElfError as e:
        assert str(e).startswith("fuzz: ")


FUZZ = settings(max_examples=400, deadline=200, suppress_health_check=[HealthCheck.too_slow])
VALID = build_elf(segments=[(PT_LOAD, 5, 0, 0x10000, None, None, 0x1000),
                            (PT_LOAD, 6, 0, 0x20000, 0x40, 0x100, 0x1000)],
                  symbols=(("_start", 0x10078, STT_FUNC, STB_GLOBAL, 1), ("x", 0, 1, 0, 2)))


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_give_only_elf_errors(data):
    read_or_elf_error(data)


@FUZZ
@given(st.binary(min_size=60, max_size=60))
def test_random_bytes_behind_a_valid_ident_give_only_elf_errors(rest):
    read_or_elf_error(b"\x7fELF\x02\x01\x01\x00" + bytes(8)[:4] + rest)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1,
                max_size=8),
       st.integers(0, len(VALID)))
def test_mutated_valid_files_give_only_elf_errors(changes, cut):
    data = bytearray(VALID)
    for offset, value in changes:
        data[offset] = value
    read_or_elf_error(bytes(data[:cut]))


# Field-aware mutation: set a header/table field to an extreme value.
_FIELDS = ([(o, f) for o, f in [(0x10, "<H"), (0x12, "<H"), (0x18, "<Q"), (0x20, "<Q"),
                                 (0x28, "<Q"), (0x34, "<H"), (0x36, "<H"), (0x38, "<H"),
                                 (0x3A, "<H"), (0x3C, "<H"), (0x3E, "<H")]]
           + [(64 + 56 * i + o, "<Q") for i in range(2) for o in (8, 16, 32, 40, 48)])


@FUZZ
@given(st.sampled_from(_FIELDS),
       st.sampled_from([0, 1, 2, 3, 0xFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 1 << 63,
                        (1 << 64) - 1, len(VALID), len(VALID) - 1, 0xFFF1]))
def test_header_fields_set_to_extreme_values_give_only_elf_errors(fld, value):
    offset, fmt = fld
    value &= (1 << (8 * struct.calcsize(fmt))) - 1
    read_or_elf_error(patch(VALID, offset, fmt, value))


def test_every_truncation_of_a_valid_file_gives_only_elf_errors():
    for cut in range(len(VALID)):
        read_or_elf_error(VALID[:cut])


# --- oracle: GNU readelf agrees with what we read -------------------------------------------------
PROGRAM = """
    .globl _start
    .text
_start: li a0, 1
    la a1, msg
    call helper
    li a7, 93
    ecall
    .type helper, @function
helper: ret
    .size helper, .-helper
    .data
msg: .ascii "hello\\n"
    .globl counter
    .type counter, @object
counter: .dword 7
    .size counter, 8
    .bss
buf: .zero 100
"""


def assert_agrees_with_readelf(path, loadable: bool) -> None:
    readelf = require_tool(GNU_READELF)
    elf = read_elf(path.read_bytes(), str(path))
    out = subprocess.run([readelf, "-W", "-h", "-S", "-l", "-s", path], capture_output=True,
                         text=True, check=True).stdout
    entry = int(re.search(r"Entry point address:\s+0x([0-9a-f]+)", out).group(1), 16)
    assert elf.entry == entry
    gnu_sections = re.findall(r"\[\s*(\d+)\] (\S*)\s+\S+\s+([0-9a-f]{16}) ([0-9a-f]{6,}) "
                              r"([0-9a-f]{6,})", out)
    ours = [(str(s.index), s.name, s.addr, s.offset, s.size) for s in elf.sections]
    assert ours == [(i, n, int(a, 16), int(o, 16), int(z, 16)) for i, n, a, o, z in gnu_sections]
    gnu_loads = re.findall(r"^\s+LOAD\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ 0x([0-9a-f]+) "
                           r"0x([0-9a-f]+)", out, re.M)
    assert [(s.offset, s.vaddr, s.filesz, s.memsz) for s in elf.segments
            if s.p_type == PT_LOAD] == [tuple(int(x, 16) for x in g) for g in gnu_loads]
    symtab = out[out.index("Symbol table '.symtab'"):]
    gnu_syms = re.findall(r"^\s+\d+: ([0-9a-f]{16})\s+(\d+) \w+\s+\w+\s+\w+\s+\S+ ?(.*)$",
                          symtab, re.M)[1:]
    # readelf shows a section symbol under its section's name
    assert [(s.value, s.size, s.name or (s.section_name if s.type == STT_SECTION else ""))
            for s in elf.symbols] == [(int(v, 16), int(z), n) for v, z, n in gnu_syms]
    if loadable:
        check_loadable(elf)


def test_what_we_read_agrees_with_gnu_readelf(tmp_path):
    for tool in (GNU_AS, GNU_LD):
        require_tool(tool)
    src = tmp_path / "p.s"
    src.write_text(PROGRAM)
    subprocess.run([GNU_AS, "-march=rv64imac", "-o", tmp_path / "p.o", src], check=True)
    subprocess.run([GNU_LD, "-o", tmp_path / "p", tmp_path / "p.o"], check=True)
    assert_agrees_with_readelf(tmp_path / "p", loadable=True)
    assert_agrees_with_readelf(tmp_path / "p.o", loadable=False)


def test_a_gcc_linked_static_executable_reads_as_readelf_reads_it(tmp_path):
    """A libc-static program: many sections and segments (TLS, GNU_STACK, RELRO, notes)."""
    gcc = require_tool(GNU_GCC)
    src = tmp_path / "hello.c"
    src.write_text('#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n')
    exe = tmp_path / "hello"
    subprocess.run([gcc, "-static", "-O2", "-o", exe, src], check=True)
    assert_agrees_with_readelf(exe, loadable=True)
