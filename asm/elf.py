"""ELF64 constants and the executable writer (little-endian RISC-V, ET_EXEC, static).

File layout (as GNU ld lays out a small static program):

    ELF header | program headers | alloc sections at offset = vaddr - 0x10000 (text segment)
    and offset ≡ vaddr (mod 0x1000) for the data segment | non-alloc sections | .symtab
    | .strtab | .shstrtab | section header table

PT_LOAD segments: text+rodata (R E) starting at the file's first byte (so the headers are
mapped, as ld does), data+bss (RW, p_memsz covers .bss).  p_align = 0x1000.  Before them, as
ld puts it, PT_RISCV_ATTRIBUTES for the (non-alloc) .riscv.attributes section.
"""
from __future__ import annotations

import struct

# e_ident / header values
ELFCLASS64 = 2
ELFDATA2LSB = 1
EV_CURRENT = 1
ELFOSABI_SYSV = 0
ET_EXEC = 2
EM_RISCV = 243
EF_RISCV_RVC = 0x0001
EF_RISCV_FLOAT_ABI_SOFT = 0x0000

# program header types and flags
PT_LOAD = 1
PT_RISCV_ATTRIBUTES = 0x70000003
PF_X, PF_W, PF_R = 1, 2, 4

# section header types and flags
SHT_NULL, SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_NOTE, SHT_NOBITS = 0, 1, 2, 3, 7, 8
SHT_INIT_ARRAY, SHT_FINI_ARRAY = 14, 15
SHT_RISCV_ATTRIBUTES = 0x70000003
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4
SHN_UNDEF, SHN_ABS = 0, 0xFFF1

# symbols
STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION, STT_FILE = 0, 1, 2, 3, 4

_SHT = {"progbits": SHT_PROGBITS, "nobits": SHT_NOBITS, "note": SHT_NOTE,
        "init_array": SHT_INIT_ARRAY, "fini_array": SHT_FINI_ARRAY,
        "riscv_attributes": SHT_RISCV_ATTRIBUTES}
_STT = {"notype": STT_NOTYPE, "object": STT_OBJECT, "func": STT_FUNC}
_STB = {"local": STB_LOCAL, "global": STB_GLOBAL, "weak": STB_WEAK}


class _StrTab:
    def __init__(self):
        self.data = bytearray(b"\0")
        self.index = {"": 0}

    def add(self, s: str) -> int:
        offset = self.index.get(s)
        if offset is None:
            offset = self.index[s] = len(self.data)
            self.data += s.encode("utf-8", "surrogateescape")
            self.data.append(0)
        return offset


def _sh_flags(flags: str) -> int:
    v = 0
    if "w" in flags:
        v |= SHF_WRITE
    if "a" in flags:
        v |= SHF_ALLOC
    if "x" in flags:
        v |= SHF_EXECINSTR
    return v


def write_executable(image) -> bytes:
    """Serialise a linked `Image` (link.py) as an ELF64 executable."""
    from .link import TEXT_BASE, EHDR_SIZE, PHDR_SIZE, PAGE
    attributes = next((s for s in image.sections if s.type == "riscv_attributes"), None)
    nphdr = len(image.segments) + (attributes is not None)    # ld: PT_RISCV_ATTRIBUTES first
    out = bytearray(EHDR_SIZE + PHDR_SIZE * nphdr)
    offsets = {}
    # alloc sections: file offset follows the address (text segment maps the file from 0)
    for kind, secs in image.segments:
        for s in secs:
            if kind == "rx":
                off = s.addr - TEXT_BASE
            else:
                # same offset within the page as the address, right after what is written
                off = len(out)
                off += (s.addr - off) % PAGE
            if not s.nobits:
                if off > len(out):
                    out += bytes(off - len(out))
                offsets[id(s)] = off
                out[off:off + len(s.data)] = s.data
            else:
                offsets[id(s)] = off if off >= len(out) else len(out)
    phdrs = []
    for kind, secs in image.segments:
        first = secs[0]
        file_secs = [s for s in secs if not s.nobits]
        vaddr = first.addr
        offset = offsets[id(first)]
        if kind == "rx":
            vaddr, offset = TEXT_BASE, 0
        else:
            vaddr, offset = first.addr, offsets[id(first)]
        end_file = max((offsets[id(s)] + len(s.data) for s in file_secs), default=offset)
        end_mem = max(s.addr + s.size for s in secs)
        filesz = end_file - offset
        memsz = end_mem - vaddr
        flags = PF_R | (PF_X if kind == "rx" else PF_W)
        phdrs.append(struct.pack("<IIQQQQQQ", PT_LOAD, flags, offset, vaddr, vaddr,
                                 filesz, memsz, PAGE))
    # non-alloc sections
    nonalloc = [s for s in image.sections if not s.alloc]
    for s in nonalloc:
        offsets[id(s)] = len(out)
        out += s.data
    if attributes is not None:
        phdrs.insert(0, struct.pack("<IIQQQQQQ", PT_RISCV_ATTRIBUTES, PF_R,
                                    offsets[id(attributes)], 0, 0, attributes.size, 0, 1))
    # symbol table
    strtab = _StrTab()
    shstrtab = _StrTab()
    sec_index = {}
    shdr_list = [None]                      # (name, type, flags, addr, off, size, link, info,
    for s in image.sections:                #  align, entsize)
        sec_index[s.name] = len(shdr_list)
        shdr_list.append((s.name, _SHT.get(s.type, SHT_PROGBITS), _sh_flags(s.flags),
                          s.addr, offsets[id(s)], s.size, 0, 0, s.align, 0))
    symtab = bytearray(24)
    nlocal = 1
    locals_, globals_ = image.symbols
    for filename, syms in locals_:
        symtab += struct.pack("<IBBHQQ", strtab.add(filename.rsplit("/", 1)[-1]),
                              STT_FILE, 0, SHN_ABS, 0, 0)
        nlocal += 1 + len(syms)
        _add_symbols(symtab, strtab, syms, sec_index)
    _add_symbols(symtab, strtab, globals_, sec_index)
    while len(out) % 8:
        out.append(0)
    symtab_off = len(out)
    out += symtab
    strtab_off = len(out)
    out += strtab.data
    symtab_index = len(shdr_list)
    shdr_list.append((".symtab", SHT_SYMTAB, 0, 0, symtab_off, len(symtab), symtab_index + 1,
                      nlocal, 8, 24))
    shdr_list.append((".strtab", SHT_STRTAB, 0, 0, strtab_off, len(strtab.data), 0, 0, 1, 0))
    shstr_index = len(shdr_list)
    names = [shstrtab.add(e[0]) if e else 0 for e in shdr_list]
    names.append(shstrtab.add(".shstrtab"))
    shstr_off = len(out)
    out += shstrtab.data
    shdr_list.append((".shstrtab", SHT_STRTAB, 0, 0, shstr_off, len(shstrtab.data), 0, 0, 1, 0))
    while len(out) % 8:
        out.append(0)
    shoff = len(out)
    for i, entry in enumerate(shdr_list):
        if entry is None:
            out += bytes(64)
            continue
        _, sh_type, flags, addr, off, size, link, info, align, entsize = entry
        out += struct.pack("<IIQQQQIIQQ", names[i], sh_type, flags, addr, off, size, link, info,
                           align, entsize)
    e_flags = (EF_RISCV_RVC if image.rvc else 0) | EF_RISCV_FLOAT_ABI_SOFT
    ident = bytes([0x7F, ord("E"), ord("L"), ord("F"), ELFCLASS64, ELFDATA2LSB, EV_CURRENT,
                   ELFOSABI_SYSV]) + bytes(8)
    ehdr = ident + struct.pack("<HHIQQQIHHHHHH", ET_EXEC, EM_RISCV, EV_CURRENT, image.entry,
                               EHDR_SIZE if nphdr else 0, shoff, e_flags, EHDR_SIZE,
                               PHDR_SIZE, nphdr, 64, len(shdr_list), shstr_index)
    out[0:EHDR_SIZE] = ehdr
    out[EHDR_SIZE:EHDR_SIZE + PHDR_SIZE * nphdr] = b"".join(phdrs)
    return bytes(out)


_SYM = struct.Struct("<IBBHQQ").pack     # one Elf64_Sym
_MASK64 = (1 << 64) - 1


def _add_symbols(symtab: bytearray, strtab: _StrTab, syms, sec_index):
    """Append an Elf64_Sym to `symtab` for each (name, value, size, type, binding, section,
    file) entry (one loop for all: a program may have 100,000 symbols)."""
    add_name = strtab.add
    for name, value, size, stype, bind, section, _ in syms:
        if section == "abs" or section is None:
            shndx = SHN_ABS
        else:
            shndx = sec_index.get(section, SHN_ABS)
        info = (_STB[bind] << 4) | _STT.get(stype, STT_NOTYPE)
        symtab += _SYM(add_name(name), info, 0, shndx, value & _MASK64, size & _MASK64)
