"""Read ELF64 little-endian RISC-V files, strictly.

    read_elf(data: bytes, name: str) -> ElfFile       raises ElfError for anything malformed
    check_loadable(elf, va_limit=...) -> None          raises ElfError if a loader cannot map it

Users: `pagelab objdump` (any ELF: executables, relocatable objects, shared objects) and the
kernel's `execve` (static executables only; it calls `check_loadable` after `read_elf`).

Design
------
The reader is written as a sequence of checked steps, each of which names the structure it reads,
so that a malformed file always ends in one `ElfError` whose message starts with the file name and
says exactly what is wrong ("prog: section header 3 extends past the end of the file").  Nothing
here trusts a number read from the file: every offset, size, count and index is checked against
the file length or the table it indexes *before* it is used, so a hostile or truncated file can
neither raise another exception (IndexError, struct.error, UnicodeDecodeError, MemoryError) nor
make us loop or allocate in proportion to a forged count.  All work is bounded by the file size.

What is read:

* the ELF header (64-bit, little-endian, EM_RISCV = 243 only);
* the program headers (`segments`), each with its file bytes (`data`, `filesz` bytes);
* the section headers (`sections`), named from the section-header string table, each with its
  file bytes (empty for SHT_NOBITS such as .bss);
* the symbols of the symbol table (`.symtab`, SHT_SYMTAB; if the file has none, the dynamic symbol
  table SHT_DYNSYM), without the null symbol at index 0, named from the linked string table.

ELF's escape hatches for large counts are honoured: e_shnum == 0 with a section table present
(count in section 0's sh_size), e_shstrndx == SHN_XINDEX (index in section 0's sh_link) and
e_phnum == PN_XNUM (count in section 0's sh_info).

`read_elf` checks what makes the file *readable*; `check_loadable` adds what the kernel's loader
needs (ET_EXEC, no interpreter, PT_LOAD alignment and congruence, filesz <= memsz, no wrap-around
or overlap, addresses below the user limit), mirroring the reasons Linux's binfmt_elf refuses a
file with ENOEXEC/EINVAL.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

# --- constants (the subset pagelab uses; names as in <elf.h>) ------------------------------------
ELFMAG = b"\x7fELF"
ELFCLASS32, ELFCLASS64 = 1, 2
ELFDATA2LSB, ELFDATA2MSB = 1, 2
EV_CURRENT = 1
EM_RISCV = 243

ET_NONE, ET_REL, ET_EXEC, ET_DYN, ET_CORE = 0, 1, 2, 3, 4

PT_NULL, PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_NOTE, PT_SHLIB, PT_PHDR, PT_TLS = range(8)
PT_GNU_EH_FRAME, PT_GNU_STACK, PT_GNU_RELRO = 0x6474E550, 0x6474E551, 0x6474E552
PT_RISCV_ATTRIBUTES = 0x70000003
PF_X, PF_W, PF_R = 1, 2, 4

SHT_NULL, SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_RELA, SHT_HASH, SHT_DYNAMIC = range(7)
SHT_NOTE, SHT_NOBITS, SHT_REL, SHT_SHLIB, SHT_DYNSYM = 7, 8, 9, 10, 11
SHT_SYMTAB_SHNDX = 18
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4

SHN_UNDEF, SHN_LORESERVE, SHN_ABS, SHN_COMMON, SHN_XINDEX = 0, 0xFF00, 0xFFF1, 0xFFF2, 0xFFFF
PN_XNUM = 0xFFFF

STB_LOCAL, STB_GLOBAL, STB_WEAK = 0, 1, 2
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION, STT_FILE, STT_COMMON, STT_TLS = range(7)

EHDR_SIZE, PHDR_SIZE, SHDR_SIZE, SYM_SIZE = 64, 56, 64, 24
PAGE_SIZE = 4096

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")

_PT_NAMES = {PT_NULL: "PT_NULL", PT_LOAD: "PT_LOAD", PT_DYNAMIC: "PT_DYNAMIC",
             PT_INTERP: "PT_INTERP", PT_NOTE: "PT_NOTE", PT_SHLIB: "PT_SHLIB", PT_PHDR: "PT_PHDR",
             PT_TLS: "PT_TLS", PT_GNU_EH_FRAME: "PT_GNU_EH_FRAME", PT_GNU_STACK: "PT_GNU_STACK",
             PT_GNU_RELRO: "PT_GNU_RELRO", PT_RISCV_ATTRIBUTES: "PT_RISCV_ATTRIBUTES"}


class ElfError(ValueError):
    """A malformed or unsupported ELF file.  The message names the file and the problem."""


@dataclass
class Segment:
    p_type: int
    flags: int
    vaddr: int
    offset: int
    filesz: int
    memsz: int
    align: int
    data: bytes = field(repr=False)
    paddr: int = 0

    @property
    def type_name(self) -> str:
        return _PT_NAMES.get(self.p_type, f"0x{self.p_type:x}")


@dataclass
class Section:
    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int
    data: bytes = field(repr=False)
    link: int = 0
    info: int = 0
    addralign: int = 0
    entsize: int = 0
    index: int = 0


@dataclass
class Symbol:
    name: str
    value: int
    size: int
    type: int
    bind: int
    shndx: int
    section_name: str      # the section's name, or "*UND*", "*ABS*", "*COM*" as objdump writes them
    other: int = 0


@dataclass
class ElfFile:
    name: str
    entry: int
    e_type: int
    e_flags: int
    segments: list
    sections: list
    symbols: list
    phoff: int
    phentsize: int
    phnum: int
    e_machine: int = EM_RISCV
    shoff: int = 0
    shstrndx: int = 0
    shnum: int = 0          # e_shnum as written (0 when extended numbering is used)

    def section(self, name: str) -> Section | None:
        """The first section called `name`, or None."""
        for sec in self.sections:
            if sec.name == name:
                return sec
        return None


def read_elf(data: bytes, name: str) -> ElfFile:
    """Parse `data` as an ELF64 little-endian RISC-V file called `name` (used in messages)."""
    return _Reader(bytes(data), name).read()


def read_elf_file(path: str) -> ElfFile:
    """Read the file at `path`; I/O problems, non-regular files (/dev/zero, a FIFO, a
    directory) and files over 64 MiB (inputfile.MAX_INPUT_BYTES) become ElfError too."""
    from .inputfile import InputError, read_regular_file
    try:
        data = read_regular_file(path)      # regular files up to MAX_INPUT_BYTES only
    except InputError as e:
        raise ElfError(str(e)) from None
    return read_elf(data, path)


class _Reader:
    def __init__(self, data: bytes, name: str):
        self.data = data
        self.name = name

    def fail(self, message: str):
        raise ElfError(f"{self.name}: {message}")

    def within(self, offset: int, size: int) -> bool:
        return 0 <= offset and 0 <= size and offset + size <= len(self.data)

    # --- header ----------------------------------------------------------------------------------
    def read(self) -> ElfFile:
        data = self.data
        if len(data) < 4 or data[:4] != ELFMAG:
            self.fail("not an ELF file")
        if len(data) < 16:
            self.fail(f"file too short for an ELF header ({len(data)} bytes)")
        ei_class, ei_data, ei_version = data[4], data[5], data[6]
        if ei_class != ELFCLASS64:
            what = "32-bit ELF" if ei_class == ELFCLASS32 else f"ELF class {ei_class}"
            self.fail(f"not a 64-bit little-endian RISC-V executable ({what})")
        if ei_data != ELFDATA2LSB:
            what = "big-endian" if ei_data == ELFDATA2MSB else f"ELF data encoding {ei_data}"
            self.fail(f"not a 64-bit little-endian RISC-V executable ({what})")
        if len(data) < EHDR_SIZE:
            self.fail(f"file too short for an ELF header ({len(data)} bytes, need {EHDR_SIZE})")
        (_, e_type, e_machine, e_version, e_entry, e_phoff, e_shoff, e_flags, e_ehsize,
         e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx) = _EHDR.unpack_from(data, 0)
        if e_machine != EM_RISCV:
            self.fail(f"not a 64-bit little-endian RISC-V executable (e_machine {e_machine})")
        if ei_version != EV_CURRENT or e_version != EV_CURRENT:
            version = e_version if ei_version == EV_CURRENT else ei_version
            self.fail(f"unsupported ELF version {version}")
        if e_ehsize < EHDR_SIZE:
            self.fail(f"ELF header size e_ehsize {e_ehsize} is smaller than {EHDR_SIZE}")

        sections, shstrndx = self.read_sections(e_shoff, e_shentsize, e_shnum, e_shstrndx)
        if e_phnum == PN_XNUM:
            if not sections:
                self.fail("e_phnum is PN_XNUM but there is no section 0 holding the real count")
            e_phnum = sections[0].info
        segments = self.read_segments(e_phoff, e_phentsize, e_phnum)
        symbols = self.read_symbols(sections)
        return ElfFile(name=self.name, entry=e_entry, e_type=e_type, e_flags=e_flags,
                       segments=segments, sections=sections, symbols=symbols, phoff=e_phoff,
                       phentsize=e_phentsize, phnum=e_phnum, e_machine=e_machine,
                       shoff=e_shoff, shstrndx=shstrndx, shnum=e_shnum)

    # --- program headers -------------------------------------------------------------------------
    def read_segments(self, phoff: int, phentsize: int, phnum: int) -> list:
        if phnum == 0:
            return []
        if phentsize != PHDR_SIZE:
            self.fail(f"program header size e_phentsize {phentsize} is not {PHDR_SIZE}")
        if phoff == 0 or phoff >= len(self.data):
            self.fail(f"program header table offset e_phoff 0x{phoff:x} is outside the file")
        if not self.within(phoff, phnum * PHDR_SIZE):
            first_bad = max(0, (len(self.data) - phoff) // PHDR_SIZE)
            self.fail(f"program header {first_bad} extends past the end of the file")
        segments = []
        for i in range(phnum):
            at = phoff + i * PHDR_SIZE
            p_type, flags, offset, vaddr, paddr, filesz, memsz, align = _PHDR.unpack_from(
                self.data, at)
            seg = Segment(p_type, flags, vaddr, offset, filesz, memsz, align, b"", paddr)
            if not self.within(offset, filesz):
                self.fail(f"segment {i} ({seg.type_name}) file contents at offset 0x{offset:x} "
                          f"size 0x{filesz:x} extend past the end of the file")
            seg.data = self.data[offset:offset + filesz]
            segments.append(seg)
        return segments

    # --- section headers -------------------------------------------------------------------------
    def read_sections(self, shoff: int, shentsize: int, shnum: int, shstrndx: int):
        if shoff == 0:
            return [], 0
        if shentsize != SHDR_SIZE:
            self.fail(f"section header size e_shentsize {shentsize} is not {SHDR_SIZE}")
        if not self.within(shoff, SHDR_SIZE):
            self.fail(f"section header table offset e_shoff 0x{shoff:x} is outside the file")
        raw0 = _SHDR.unpack_from(self.data, shoff)
        if shnum == 0:                       # extended numbering: the count is in section 0
            shnum = raw0[5]
        if shstrndx == SHN_XINDEX:
            shstrndx = raw0[6]
        if shnum == 0:
            return [], 0
        if not self.within(shoff, shnum * SHDR_SIZE):
            last = (len(self.data) - shoff) // SHDR_SIZE
            self.fail(f"section header {last} extends past the end of the file "
                      f"(e_shnum {shnum})")
        raws = [_SHDR.unpack_from(self.data, shoff + i * SHDR_SIZE) for i in range(shnum)]
        if shstrndx != SHN_UNDEF and shstrndx >= shnum:
            self.fail(f"section name string table index e_shstrndx {shstrndx} is not below "
                      f"the section count {shnum}")
        names_data = b""
        if shstrndx != SHN_UNDEF:
            s = raws[shstrndx]
            if s[1] != SHT_STRTAB:
                self.fail(f"section name string table (section {shstrndx}) is not a string table")
            names_data = self.section_bytes(shstrndx, s)
        sections = []
        for i, (sh_name, sh_type, flags, addr, offset, size, link, info, addralign,
                entsize) in enumerate(raws):
            if shstrndx == SHN_UNDEF:
                sec_name = ""
            else:
                sec_name = self.string(names_data, sh_name, f"name of section {i}",
                                       "the section name string table")
            sec_data = self.section_bytes(i, raws[i], sec_name)
            if link >= shnum and link != 0 and sh_type in (SHT_SYMTAB, SHT_DYNSYM, SHT_REL,
                                                         SHT_RELA, SHT_HASH, SHT_DYNAMIC,
                                                         SHT_SYMTAB_SHNDX):
                self.fail(f"section {i} ({sec_name}) links to section {link}, but there are "
                          f"only {shnum} sections")
            sections.append(Section(sec_name, sh_type, flags, addr, offset, size, sec_data,
                                    link, info, addralign, entsize, i))
        return sections, shstrndx

    def section_bytes(self, index: int, raw, sec_name: str | None = None) -> bytes:
        sh_type, offset, size = raw[1], raw[4], raw[5]
        if sh_type in (SHT_NOBITS, SHT_NULL):
            return b""
        if not self.within(offset, size):
            label = f"section {index}" + (f" ({sec_name})" if sec_name else "")
            self.fail(f"{label} contents at offset 0x{offset:x} size 0x{size:x} extend past "
                      f"the end of the file")
        return self.data[offset:offset + size]

    def string(self, table: bytes, index: int, what: str, table_name: str) -> str:
        if index >= len(table):
            self.fail(f"{what}: offset {index} is outside {table_name} ({len(table)} bytes)")
        end = table.find(b"\0", index)
        if end < 0:
            self.fail(f"{what}: string at offset {index} in {table_name} is not terminated")
        return table[index:end].decode("utf-8", errors="replace")

    # --- symbols ---------------------------------------------------------------------------------
    def read_symbols(self, sections: list) -> list:
        tables = [s for s in sections if s.type == SHT_SYMTAB]
        if not tables:
            tables = [s for s in sections if s.type == SHT_DYNSYM]
        symbols = []
        for symtab in tables:
            label = f"symbol table section {symtab.index} ({symtab.name})"
            if symtab.entsize != SYM_SIZE:
                self.fail(f"{label} has entry size {symtab.entsize}, expected {SYM_SIZE}")
            if symtab.size % SYM_SIZE:
                self.fail(f"{label} size 0x{symtab.size:x} is not a multiple of {SYM_SIZE}")
            if not 0 < symtab.link < len(sections) or sections[symtab.link].type != SHT_STRTAB:
                self.fail(f"{label} does not link to a string table (sh_link {symtab.link})")
            strtab = sections[symtab.link]
            for i in range(1, symtab.size // SYM_SIZE):
                st_name, st_info, st_other, st_shndx, value, size = _SYM.unpack_from(
                    symtab.data, i * SYM_SIZE)
                sym_name = self.string(strtab.data, st_name, f"name of symbol {i}",
                                       f"string table section {strtab.index} ({strtab.name})")
                if st_shndx == SHN_UNDEF:
                    sec_name = "*UND*"
                elif st_shndx == SHN_ABS:
                    sec_name = "*ABS*"
                elif st_shndx == SHN_COMMON:
                    sec_name = "*COM*"
                elif st_shndx < len(sections):
                    sec_name = sections[st_shndx].name
                elif st_shndx >= SHN_LORESERVE:
                    sec_name = ""                 # processor/OS-specific or SHN_XINDEX
                else:
                    self.fail(f"symbol {i} ('{sym_name}') has section index {st_shndx}, but "
                              f"there are only {len(sections)} sections")
                symbols.append(Symbol(sym_name, value, size, st_info & 0xF, st_info >> 4,
                                      st_shndx, sec_name, st_other))
        return symbols


# --- what a loader needs -------------------------------------------------------------------------
def check_loadable(elf: ElfFile, va_limit: int = 1 << 47, page_size: int = PAGE_SIZE,
                   allow_dyn: bool = False) -> None:
    """Raise ElfError unless `elf` is a static executable that a loader can map.

    `va_limit` is the end of the user address space (Sv48: 2**47; Sv39: 2**38; Sv57: 2**56).
    `allow_dyn` also accepts ET_DYN (a static PIE; the loader chooses its load bias).
    Checks, in the spirit of Linux's binfmt_elf: ET_EXEC; no PT_INTERP (no dynamic linking);
    at least one PT_LOAD; for every PT_LOAD: p_filesz <= p_memsz, p_align zero or a power of two,
    p_vaddr congruent to p_offset modulo p_align and modulo the page size (so the file pages can be
    mapped), no address wrap-around, the whole segment below `va_limit`; PT_LOAD segments do not
    overlap each other.
    """
    name = elf.name

    def fail(message):
        raise ElfError(f"{name}: {message}")

    if elf.e_type != ET_EXEC and not (allow_dyn and elf.e_type == ET_DYN):
        kinds = {ET_REL: "a relocatable object file", ET_DYN: "a shared object or PIE",
                 ET_CORE: "a core file", ET_NONE: "an ELF file of no type"}
        kind = kinds.get(elf.e_type, f"of type {elf.e_type}")
        fail(f"not an executable (e_type {elf.e_type}: {kind}); only static ET_EXEC "
             f"executables can be run")
    loads = []
    for i, seg in enumerate(elf.segments):
        if seg.p_type == PT_INTERP:
            interp = seg.data.split(b"\0", 1)[0].decode("utf-8", errors="replace")
            fail(f"dynamically linked (interpreter {interp}); only static executables can be run")
        if seg.p_type != PT_LOAD:
            continue
        label = f"segment {i} (PT_LOAD at 0x{seg.vaddr:x})"
        if seg.filesz > seg.memsz:
            fail(f"{label} has p_filesz 0x{seg.filesz:x} larger than p_memsz 0x{seg.memsz:x}")
        if seg.align > 1 and seg.align & (seg.align - 1):
            fail(f"{label} has p_align 0x{seg.align:x}, which is not a power of two")
        if seg.align > 1 and (seg.vaddr - seg.offset) % seg.align:
            fail(f"{label}: p_vaddr 0x{seg.vaddr:x} and p_offset 0x{seg.offset:x} are not "
                 f"congruent modulo p_align 0x{seg.align:x}")
        if (seg.vaddr - seg.offset) % page_size:
            fail(f"{label}: p_vaddr 0x{seg.vaddr:x} and p_offset 0x{seg.offset:x} are not "
                 f"congruent modulo the page size 0x{page_size:x}")
        end = seg.vaddr + seg.memsz
        if end >= 1 << 64:
            fail(f"{label}: p_vaddr + p_memsz overflows 64 bits")
        if end > va_limit:
            fail(f"{label} ends at 0x{end:x}, beyond the user address space (0x{va_limit:x})")
        if seg.memsz:
            loads.append((seg.vaddr, end, i))
    if not any(s.p_type == PT_LOAD for s in elf.segments):
        fail("no loadable (PT_LOAD) segment")
    loads.sort()
    for (a_start, a_end, a), (b_start, b_end, b) in zip(loads, loads[1:]):
        if b_start < a_end:
            fail(f"segments {a} and {b} overlap (0x{a_start:x}-0x{a_end:x} and "
                 f"0x{b_start:x}-0x{b_end:x})")
