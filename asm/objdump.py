"""`pagelab objdump FILE...`: disassemble ELF files in GNU objdump -d's exact layout.

    pagelab objdump [-d] [-M no-aliases] [--start-address=ADDR] [--stop-address=ADDR] FILE...

Design
------
The instruction text comes from `disasm.Disassembler` (driven by the ISA table); this module
reproduces what GNU objdump 2.40 wraps around it, so that ``diff`` against
``riscv64-linux-gnu-objdump -d`` is empty for the files pagelab builds:

* which sections: those with SHF_EXECINSTR and file contents, in section-header order;
* symbols (`SymbolTable`): objdump drops unnamed, section, file, undefined and common symbols,
  sorts the rest by address and, at one address, prefers (in order) symbols of the section being
  disassembled, non-file names, functions, objects, globals over locals, larger sizes, names not
  starting with '.', then by name.  RISC-V mapping symbols (``$x``, ``$d``, ``$xrv64i...``) and the
  assembler's fake label ``.L0 `` never label anything;
* each symbol in a code section starts a region with a heading ``\\n<16-digit address> <name>:``;
  a branch target or address comment is labelled with the nearest symbol at or below it
  (``10078 <_start+0x8>``);
* mapping symbols decide whether bytes are code or data: data prints in chunks of at most 4 bytes
  (up to the next mapping symbol; 3 becomes 2) as ``.word``/``.short``/``.byte``; a
  ``$xrv64...`` mapping symbol (or else the file's ``.riscv.attributes``, or else rv64gc) says
  which extensions to decode, so ``.option norvc`` code shows 16-bit words as ``.2byte``;
* an instruction or data item that would run past the next symbol is not read: GNU prints its
  memory error, "Address 0x... is out of bounds.", and moves on 5 bytes (its EIO code);
* runs of zero bytes print as ``\\t...`` (8 or more anywhere, in multiples of 4 when more data
  follows; or fewer than 3 at the end of a region), as objdump does;
* the line layout: the address right-aligned to a width chosen from the section's end address,
  ``:\\t``, the raw bytes in chunks (4-byte chunks for 4- and 8-byte instructions, 2-byte chunks
  for 2-, 6-, 10-byte ones; little-endian values), padded to 8 bytes' width, ``\\t``, the text;
  longer encodings continue on further lines.
* the address comments of ``auipc``/``lui`` pairs carry across the whole file, and ``gp``-relative
  addresses use ``__global_pointer$``, as in GNU;
* a region that starts at an STT_OBJECT symbol inside a code section is dumped as hex and ASCII,
  16 bytes a line, in chunks the size of the last thing disassembled (objdump's quirk).

Not reproduced: relocations (-r) and F/D instructions (pagelab has no F/D; GNU shows them when the
file's ISA has F/D).

Errors (unreadable or malformed files, bad options) print one line naming the file and the problem
on stderr; the exit status is 1 (2 for usage errors).
"""
from __future__ import annotations

import argparse
import functools
import sys

from .disasm import DEFAULT_ARCH, Disassembler, instruction_length
from .elfread import (
    ET_REL, SHF_EXECINSTR, SHN_ABS, SHN_COMMON, SHN_UNDEF, STB_GLOBAL, STB_LOCAL,
    STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION, ElfError, read_elf_file,
)

SKIP_ZEROES = 8
SKIP_ZEROES_AT_END = 3
FAKE_LABEL = ".L0 "


def sanitize(name: str) -> str:
    """Control characters as ^X, as objdump prints names (GNU as's local labels hold ^B)."""
    return "".join(f"^{chr(ord(c) + 0x40)}" if ord(c) < 0x20 else c for c in name)


def is_mapping_symbol(name: str) -> bool:
    return name in ("$x", "$d") or name.startswith("$xrv")


class Sym:
    """One symbol as objdump sorts it."""

    __slots__ = ("name", "value", "size", "type", "bind", "section")

    def __init__(self, s):
        self.name, self.value, self.size = s.name, s.value, s.size
        self.type, self.bind = s.type, s.bind
        self.section = "*ABS*" if s.shndx == SHN_ABS else s.section_name

    @property
    def valid(self) -> bool:
        """May label an address (riscv_symbol_is_valid)."""
        return self.name != FAKE_LABEL and not is_mapping_symbol(self.name)


def useful_symbols(elf) -> list:
    """objdump's remove_useless_symbols."""
    out = []
    for s in elf.symbols:
        if not s.name or s.type in (STT_SECTION, STT_FILE):
            continue
        if s.shndx in (SHN_UNDEF, SHN_COMMON):
            continue
        out.append(Sym(s))
    return out


def _compare(section_name: str, a: Sym, b: Sym) -> int:
    """objdump's compare_symbols, for the section being disassembled."""
    if a.value != b.value:
        return -1 if a.value < b.value else 1
    a_here, b_here = a.section == section_name, b.section == section_name
    if a_here != b_here:
        return -1 if a_here else 1
    for flag in (lambda s: "gnu_compiled" in s.name or "gcc2_compiled" in s.name,
                 lambda s: len(s.name) > 2 and s.name[-2] == "." and s.name[-1] in "oa"):
        fa, fb = flag(a), flag(b)
        if fa != fb:
            return 1 if fa else -1
    for wanted, first in ((lambda s: s.type == STT_FUNC, True),
                          (lambda s: s.type == STT_OBJECT, True),
                          (lambda s: s.bind == STB_LOCAL, False),
                          (lambda s: s.bind == STB_GLOBAL, True)):
        fa, fb = wanted(a), wanted(b)
        if fa != fb:
            return (-1 if fa else 1) if first else (1 if fa else -1)
    if a.size != b.size:
        return -1 if a.size > b.size else 1
    da, db = a.name.startswith("."), b.name.startswith(".")
    if da != db:
        return 1 if da else -1
    an, bn = a.name.encode(), b.name.encode()
    return (an > bn) - (an < bn)


class SymbolTable:
    """Sorted symbols for one section being disassembled; labels addresses like objdump."""

    def __init__(self, symbols: list, section, relocatable: bool = False):
        self.section = section
        self.relocatable = relocatable
        self.syms = sorted(symbols, key=functools.cmp_to_key(
            lambda a, b: _compare(section.name, a, b)))

    def __bool__(self):
        return bool(self.syms)

    def find(self, vma: int):
        """(index, symbol) for `vma` as objdump's find_symbol_for_address, or (-1, None)."""
        syms = self.syms
        if not syms:
            return -1, None
        lo, hi = 0, len(syms)
        while lo + 1 < hi:                 # the last symbol with value <= vma (or index 0)
            mid = (lo + hi) // 2
            if syms[mid].value > vma:
                hi = mid
            elif syms[mid].value < vma:
                lo = mid
            else:
                lo = mid
                break
        place = lo
        while place > 0 and syms[place].value == syms[place - 1].value:
            place -= 1

        def ok(k: int, want_section: bool) -> bool:
            return syms[k].valid and (not want_section or syms[k].section == self.section.name)

        i = place
        while i < hi and syms[i].value == syms[place].value:
            if ok(i, True):
                return i, syms[i]
            i += 1
        # In a relocatable file, an address inside this section wants a symbol of this section.
        want = self.relocatable and (
            self.section.addr <= vma < self.section.addr + self.section.size)
        if not ok(place, want):
            newplace = None
            for j in range(i - 1, -1, -1):
                if ok(j, want):
                    if newplace is None:
                        newplace = j
                    if syms[j].value != syms[newplace].value:
                        break
                    newplace = j
            if newplace is None:
                for j in range(place + 1, len(syms)):
                    if ok(j, want):
                        newplace = j
                        break
            if newplace is None or not ok(newplace, want):
                return -1, None
            place = newplace
        return place, syms[place]

    def describe(self, vma: int, sym, full: bool) -> str:
        """``addr <sym+0xoff>`` (objdump_print_addr_with_sym)."""
        text = f"{vma:016x}" if full else f"{vma:x}"
        if sym is None:
            base, name = self.section.addr, sanitize(self.section.name)
        else:
            base, name = sym.value, sanitize(sym.name)
        if vma == base:
            return f"{text} <{name}>"
        if base > vma:
            return f"{text} <{name}-0x{base - vma:x}>"
        return f"{text} <{name}+0x{vma - base:x}>"

    def format(self, address: int) -> str:
        """A branch target or comment address (what `Disassembler` calls)."""
        return self.describe(address, self.find(address)[1], full=False)


def mapping_symbols(symbols: list, section) -> list:
    """(address, is_code, isa) for this section's mapping symbols, sorted as objdump sorts them.

    `isa` is the ISA string of a ``$xrv64...`` symbol (the subset to decode from there on), else
    None (``$x`` and ``$d`` leave it unchanged).
    """
    marks = []
    for s in symbols:
        if s.section == section.name and is_mapping_symbol(s.name):
            marks.append(s)
    marks.sort(key=functools.cmp_to_key(lambda a, b: _compare(section.name, a, b)))
    return [(s.value, s.name != "$d", s.name[2:] if s.name.startswith("$xrv") else None)
            for s in marks]


def attribute_arch(elf) -> str | None:
    """Tag_RISCV_arch from the .riscv.attributes section, if the file has one."""
    section = elf.section(".riscv.attributes")
    if section is None:
        return None
    data = section.data
    if data[:1] != b"A":
        return None
    pos = 1
    try:
        while pos + 4 <= len(data):
            length = int.from_bytes(data[pos:pos + 4], "little")
            end = pos + length
            vendor_end = data.index(b"\0", pos + 4)
            vendor = data[pos + 4:vendor_end]
            sub = vendor_end + 1
            while vendor == b"riscv" and sub + 5 <= min(end, len(data)):
                sub_tag = data[sub]
                sub_len = int.from_bytes(data[sub + 1:sub + 5], "little")
                at, sub_end = sub + 5, min(sub + sub_len, end, len(data))
                while sub_tag == 1 and at < sub_end:
                    tag, at = _uleb(data, at)
                    if tag == 5 or (tag not in (4, 6, 8, 10, 12) and tag % 2):
                        nul = data.index(b"\0", at)
                        if tag == 5:
                            return data[at:nul].decode("ascii", errors="replace")
                        at = nul + 1
                    else:
                        _, at = _uleb(data, at)
                if sub_len < 5:
                    break
                sub += sub_len
            if length < 5:
                break
            pos = end
    except (ValueError, IndexError):
        return None                       # malformed attributes: GNU's default then applies
    return None


def _uleb(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


class SectionDumper:
    """Disassembles one code section region by region, writing objdump's lines."""

    def __init__(self, out, section, table: SymbolTable, marks: list, dis: Disassembler,
                 state: dict | None = None):
        self.out, self.section, self.table, self.marks, self.dis = out, section, table, marks, dis
        self.state = state if state is not None else {"chunk": 0}   # objdump's bytes_per_chunk
        self.data = section.data
        self.searched, self.code, self.boundary = False, True, 0     # mapping-symbol lookup cache
        end = f"{section.addr + section.size:016x}"
        skip = len(end) - len(end.lstrip("0"))
        if skip == len(end) and section.addr != 0:
            skip = 0
        self.skip_chars = (skip - 1) & -4 if skip else 0

    def address(self, vma: int) -> str:
        text = f"{vma:016x}"[self.skip_chars:]
        stripped = text.lstrip("0") or "0"
        return " " * (len(text) - len(stripped)) + stripped

    def is_code(self, vma: int) -> bool:
        """Code or data at `vma`, from the mapping symbols, searched as GNU searches them.

        GNU looks the state up again only once an address reaches the next mapping symbol, and
        then applies just the last mapping symbol at or below the address: a ``$xrv...`` symbol
        inside a region dumped as bytes, or jumped over, never changes the ISA.
        """
        if self.searched and vma < self.boundary:
            return self.code
        self.searched = True
        found = None
        for index, (address, _, _) in enumerate(self.marks):
            if address > vma:
                break
            found = index
        end = self.section.addr + self.section.size
        if found is None:
            self.code = True                  # code sections default to instructions
            self.boundary = next((a for a, _, _ in self.marks if a > vma), end)
            return True
        _, self.code, isa = self.marks[found]
        self.set_arch(isa)
        self.boundary = self.marks[found + 1][0] if found + 1 < len(self.marks) else end
        return self.code

    def set_arch(self, isa: str | None) -> None:
        if isa is not None and isa != self.state["arch"]:
            self.state["arch"] = isa
            self.dis.set_arch(isa)

    def data_length(self, vma: int) -> int:
        """Bytes of data to show at `vma`: up to 4, not past the next mapping symbol.

        Like GNU, peeking at the next mapping symbol applies its ISA if it is a ``$xrv...``.
        """
        length = 4
        found = False
        for address, _, isa in self.marks:
            if address > vma:
                length = min(length, address - vma)
                found = True
                self.set_arch(isa)
                break
        if not found:
            length = min(length, self.section.addr + self.section.size - vma)
        return 2 if length == 3 else length

    def dump(self, start: int, stop: int) -> None:
        """objdump's disassemble_section loop over symbol regions, offsets start..stop."""
        sec = self.section
        place, sym = self.table.find(sec.addr + start)
        syms = self.table.syms
        offset = start
        while offset < stop:
            addr = sec.addr + offset
            self.out.write("\n" + self.table.describe(addr, sym, full=True) + ":\n")
            if sym is not None and sym.value > addr:
                nextsym = sym
            elif sym is None:
                nextsym = None
            else:
                while place < len(syms) and not (
                        syms[place].section == sec.name and syms[place].value > sym.value
                        and syms[place].valid):
                    place += 1
                nextsym = syms[place] if place < len(syms) else None
            if sym is not None and sym.value > addr:
                next_stop = sym.value - sec.addr
            elif nextsym is None:
                next_stop = stop
            else:
                next_stop = nextsym.value - sec.addr
            if next_stop > stop or next_stop <= offset:
                next_stop = stop
            # A region that starts at an object symbol of this section is dumped as bytes.
            insns = not (sym is not None and sym.section == sec.name and sym.value <= addr
                         and (sym.type == STT_OBJECT or "gnu_compiled" in sym.name
                              or "gcc2_compiled" in sym.name))
            self.region(offset, next_stop, insns)
            offset = next_stop
            sym = nextsym

    def region(self, offset: int, stop: int, insns: bool = True) -> None:
        """objdump's disassemble_bytes for one region (offsets `offset` to `stop`)."""
        data, sec = self.data, self.section
        per_line = 4 if insns else 16         # objdump's octets_per_line, per region
        while offset < stop:
            z = offset
            while z < stop and data[z] == 0:
                z += 1
            zeros = z - offset
            if zeros >= SKIP_ZEROES or (z == stop and zeros < SKIP_ZEROES_AT_END):
                if z != stop:
                    zeros &= ~3
                self.out.write("\t...\n")
                offset += zeros
                continue
            vma = sec.addr + offset
            if not insns:
                length = min(per_line, stop - offset)
                text = "".join(chr(b) if 0x20 <= b < 0x7F else "."
                               for b in data[offset:offset + length])
                self.emit(offset, length, self.state["chunk"] or 1, per_line, stop, text, "    ")
                offset += length
                continue
            if self.is_code(vma):
                chunk = 0                     # not known until the instruction is read
                if offset + 2 <= stop:
                    length = instruction_length(data[offset] | data[offset + 1] << 8)
                    chunk = 4 if length % 4 == 0 else 2
            else:
                length = chunk = self.data_length(vma)
            if chunk == 0 or offset + length > stop:
                # GNU may not read past the region (the next symbol): its memory error text,
                # and the error code 5 (EIO) taken as the instruction's length.
                bpc = chunk if not self.is_code(vma) else 0
                self.state["chunk"] = bpc
                self.emit(offset, 5, bpc or 1, per_line, stop,
                          f"Address 0x{vma:x} is out of bounds.\n")
                offset += 5
                continue
            if self.is_code(vma):
                word = int.from_bytes(data[offset:offset + length], "little")
                _, text = self.dis.disassemble(word, vma)
                per_line = 8
            else:
                value = int.from_bytes(data[offset:offset + length], "little")
                directive = {1: ".byte", 2: ".short", 4: ".word"}[length]
                text = f"{directive}\t0x{value:0{2 * length}x}"
                per_line = 6 if length == 1 else 8
            self.state["chunk"] = chunk
            self.emit(offset, length, chunk, per_line, stop, text)
            offset += length

    def emit(self, offset: int, octets: int, bpc: int, per_line: int, stop: int, text: str,
             separator: str = "\t") -> None:
        """One item: address, raw bytes in chunks, padding, text, continuation lines (GNU)."""
        write = self.out.write
        write(self.address(self.section.addr + offset) + ":\t")
        pb = min(octets, per_line)
        write("".join(self.chunk_text(j, bpc, stop) + " "
                      for j in range(offset, offset + pb, bpc)))
        while pb < per_line:
            write("  " * bpc + " ")
            pb += bpc
        write(separator + text)
        while pb < octets:
            j = offset + pb
            write("\n" + self.address(self.section.addr + j) + ":\t")
            pb = min(pb + per_line, octets)
            while j < offset + pb:
                write(self.chunk_text(j, bpc, stop) + " ")
                j += bpc
        write("\n")

    def chunk_text(self, j: int, chunk: int, stop: int) -> str:
        if j + chunk <= stop:
            return self.data[j:j + chunk][::-1].hex()
        return ""                         # a chunk running past the region prints nothing

def dump_file(path: str, out, aliases: bool = True, start=None, stop=None) -> None:
    """Write objdump -d output for the ELF file at `path` (ElfError if it cannot be read)."""
    elf = read_elf_file(path)
    if elf.shoff == 0 and elf.shnum != 0:
        # loadable (a kernel ignores sections) but inconsistent: GNU refuses it, so do we
        raise ElfError(f"{path}: file format not recognized (e_shnum {elf.shnum} but no "
                       f"section header table)")
    symbols = useful_symbols(elf)
    gp = None
    for s in elf.symbols:
        if s.name == "__global_pointer$":
            gp = s.value
    out.write(f"\n{path}:     file format elf64-littleriscv\n\n")
    dis = None
    arch = attribute_arch(elf) or DEFAULT_ARCH
    state = {"chunk": 0, "arch": arch}    # objdump's bytes_per_chunk; the ISA being decoded
    for sec in elf.sections:
        if not sec.flags & SHF_EXECINSTR or len(sec.data) != sec.size or sec.size == 0:
            continue                      # not code, or no file contents (NOBITS, NULL)
        begin = 0 if start is None or start < sec.addr else start - sec.addr
        end = sec.size
        if stop is not None:
            end = 0 if stop < sec.addr else min(stop - sec.addr, sec.size)
        if begin >= end:
            continue
        table = SymbolTable(symbols, sec, relocatable=elf.e_type == ET_REL)
        if dis is None:
            dis = Disassembler(None, aliases=aliases, gp=gp, arch=arch)
        dis.symbols = table if table else None
        out.write(f"\nDisassembly of section {sanitize(sec.name)}:\n")
        SectionDumper(out, sec, table, mapping_symbols(symbols, sec), dis, state).dump(begin, end)


def _address(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid address '{text}'") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"pagelab objdump: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="pagelab objdump",
                     description="Disassemble ELF files in GNU objdump -d's style.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-d", "--disassemble", action="store_true",
                        help="disassemble code sections (the default)")
    parser.add_argument("-M", "--disassembler-options", action="append", default=[],
                        metavar="OPT", help="no-aliases: print canonical instructions only")
    parser.add_argument("--start-address", type=_address, metavar="ADDR")
    parser.add_argument("--stop-address", type=_address, metavar="ADDR")
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as e:
        return int(e.code or 0)
    aliases = True
    for group in args.disassembler_options:
        for option in group.split(","):
            if option == "no-aliases":
                aliases = False
            elif option:
                print(f"pagelab objdump: error: unrecognized disassembler option: {option}",
                      file=sys.stderr)
                return 2
    status = 0
    for path in args.files:
        try:
            dump_file(path, sys.stdout, aliases, args.start_address, args.stop_address)
        except ElfError as e:
            sys.stdout.flush()
            print(f"pagelab objdump: {e}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
