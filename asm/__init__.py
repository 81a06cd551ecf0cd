"""pagelab's RISC-V assembler and linker (GNU as + ld compatible, to the byte).

API for the rest of pagelab (docs/interfaces.md §2):

    from pagelab.asm import assemble, AsmErrors

    elf_bytes = assemble(["prog.s", "lib.s"], march="rv64imac")     # paths, read from disk
    elf_bytes = assemble([("prog.s", source_text)])                  # (name, text) pairs
    try:
        assemble(...)
    except AsmErrors as e:
        print(e)            # GNU-style report: file:line:col: error: ..., source line, caret
        e.errors            # the individual AsmError objects

`march` is "rv64imac" (default; compresses like GNU as) or "rv64ima" (never compresses;
`.option rvc` or `.attribute arch` in the source can still turn compression on, as in GNU).
`build(...)` returns the linked `Image` (sections with addresses and bytes, symbols, entry,
warnings, listing) for tools; `assemble_objects`/`link_objects` split the two steps.
Only `AsmErrors` escapes for bad input: all errors of all files and of the link in one report.

The contract is GNU's: the bytes of every section equal those of `riscv64-linux-gnu-as
-mno-relax` + `riscv64-linux-gnu-ld --no-relax` at the same addresses, and the layout is ld's
default one (tests/asm/test_gnu_*.py).

How it works, one module per step:

    preprocess.py   comments, `;`, .include, .macro, .rept/.irp/.irpc, .if*  -> flat lines
    parser.py       lark LALR over grammar.lark, transformer in the parser (no tree); common
                    line shapes (`op reg, reg, imm`, `op reg, imm(reg)`, labels, plain data
                    directives) take a regex fast path that builds the same tuples
    assembler.py    pass 1: statements -> sections of frags (objfile.py); instructions are
                    checked against cpu/isa (table.py) and encoded (fastenc.py); aliases,
                    GNU's compression choices and `li` come from cpu/isa/pseudo.py; directives
                    in directives.py, multi-instruction pseudos in macros.py
    relax.py        branch/jump sizes and alignment padding to GNU's fixed point
    attributes.py   GNU's ISA strings (`$x<isa>` mapping symbols, Tag_RISCV_arch) and the
                    .riscv.attributes section; mapping symbols are made in assembler.py and
                    settled in relax.py (finish_mapping_symbols)
    link.py         ld's output sections and order, COMMON, script symbols
                    (__global_pointer$ ...), SHF_MERGE string merging (merge.py), fixups
    elf.py          the ELF64 executable
    cli.py          `pagelab asm`, listings
    inputfile.py    reading input: regular files of bounded size only
    fuzz.py         the seeded assembler fuzzer (`run_asm_fuzz`)

Limits (errors.py, inputfile.py) keep hostile input from hanging pagelab or exhausting the
host, each reported as a `file:line:col: error` (fatal ones end the file, like GNU's
as_fatal):

    nested .macro/.rept/.irp/.irpc bodies   100, fatal      GNU: max_macro_nest 100, fatal
    nested .include                          50, fatal       GNU: open-file limit
    lines out of expansions                  2,000,000       GNU: none
    body lines read by expansions            2,000,000       GNU: none (an empty .rept
                                                             called a million times)
    .rept count                              1,000,000       GNU: none
    section bytes per file                   64 MiB          GNU: none
    input file (also .include)               64 MiB, regular files only (no /dev/zero, FIFO)
    expression nesting                       256 levels      GNU: none (stack overflow)

Literals of any length are values (the low 64 bits, as GNU's truncated bignums in data);
`x = y` chains are resolved iteratively (Assembler._resolve, Linker._resolve), with constant
work per link (a link to a constant takes its value: Assembler._known_now); memory stays
proportional to the output (about 3 bytes per byte of .ascii/.fill data: the string regex is
possessive, and the text, statements and frag bytes are released once copied).
"""
from __future__ import annotations

import contextlib
import gc
import os

from .errors import AsmError, AsmErrors, Origin  # noqa: F401
from .inputfile import MAX_INPUT_BYTES

MARCHES = ("rv64imac", "rv64ima")


class ObjectFile:
    """One assembled source file: its sections (bytes + fixups) and symbols."""

    def __init__(self, filename, sections, symbols, rvc, attributes=None):
        self.filename = filename
        self.sections = sections
        self.symbols = symbols
        self.rvc = rvc
        self.attributes = attributes or {}    # .riscv.attributes: tag -> int or str


@contextlib.contextmanager
def _no_cyclic_gc():
    """Pause Python's cyclic garbage collector while assembling or linking.

    A large file makes hundreds of thousands of small tuples that all stay alive until the end
    of the job; each collection would walk them all again (about a third of the run time on a
    100,000-line program) and find nothing to free.  Reference counting still frees everything
    as usual; the collector is switched back on afterwards if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _normalise(sources):
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    out = []
    for item in sources:
        if isinstance(item, tuple):
            out.append((str(item[0]), item[1]))
        else:
            out.append((os.fspath(item), None))
    return out


def assemble_one(name: str, text: str | None, march: str = "rv64imac", listing=False,
                 include_dirs=()):
    """Assemble one file.  Returns (ObjectFile or None, errors)."""
    with _no_cyclic_gc():
        return _assemble_one(name, text, march, listing, include_dirs)


def _assemble_one(name, text, march, listing, include_dirs):
    from .assembler import Assembler
    from .parser import parse
    from .preprocess import preprocess_lines
    from .directives import finish_lcomm
    from .attributes import TAG_ARCH
    from .objfile import MAP_INSN, VarAlign
    from .relax import finish_section, relax_section

    flat, origins, errors = preprocess_lines([(name, text)], include_dirs=include_dirs)
    del text                     # the caller may still hold it; we need only the lines now
    errors = list(errors)
    statements, problems = parse(flat)
    for p in problems:
        if 0 < p.line <= len(origins):
            origin, offset = origins[p.line - 1]
            errors.append(AsmError(p.message, origin, p.col + offset))
        else:
            errors.append(AsmError(p.message, Origin(name, p.line, ""), p.col))
    asm = Assembler(name, origins, march, listing=listing)
    asm.run(statements)
    errors += asm.errors
    for sym in asm.symbols.values():
        if sym.kind == "set" and sym.expr is not None:
            sym.equ_env = asm.symbols
    finish_lcomm(asm)
    for sec in asm.sections.values():
        if sec.code:
            # GNU pads the end of a code section to the section's alignment (with nops), in
            # an alignment frag that counts as code for the mapping symbols
            asm.cur = sec
            asm.mapping(MAP_INSN, align_code=True)
            if sec.align > 1:
                asm.add_var(VarAlign(sec.align, None, None, True))
        relax_section(sec)
        finish_section(sec, errors)
    attributes = dict(asm.attributes)
    attributes[TAG_ARCH] = asm.arch          # the extension set at the end of the file (GNU)
    obj = ObjectFile(name, asm.sections, asm.symbols, asm.ever_rvc, attributes)
    return obj, errors


def assemble_objects(sources, march="rv64imac", listing=False, include_dirs=()):
    """Assemble every file; raises AsmErrors with all errors of all files."""
    objects, errors = _assemble_all(sources, march, listing, include_dirs)
    if errors:
        raise AsmErrors(_sorted(errors))
    return objects


def _assemble_all(sources, march, listing=False, include_dirs=()):
    if march not in MARCHES:
        return [], [AsmError(f"unsupported -march '{march}' (use {' or '.join(MARCHES)})")]
    objects, errors = [], []
    for name, text in _normalise(sources):
        # a file (text None) is read by the preprocessor, which drops the text as soon as it
        # is split into lines (memory: a 20 MB .ascii line is not held twice)
        if text is not None and len(text) > MAX_INPUT_BYTES:
            errors.append(AsmError(f"{name}: input too large ({len(text)} characters; the "
                                   f"limit is {MAX_INPUT_BYTES})"))
            continue
        if text is not None and not text.isascii():
            text = _as_if_read(text)
        try:
            obj, errs = assemble_one(name, text, march, listing, include_dirs)
        except RecursionError:
            obj, errs = None, [AsmError(f"{name}: input nested too deeply")]
        errors += errs
        if obj is not None:
            objects.append(obj)
    return objects, errors


def _as_if_read(text: str) -> str:
    """Text given as a string is taken as if read from a file: a lone surrogate (which no
    UTF-8 file can hold; '\\ud800') becomes the surrogate-escaped bytes a file would give,
    so every later .encode("utf-8", "surrogateescape") works."""
    try:
        text.encode("utf-8", "surrogateescape")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "surrogateescape")


def link_objects(objects, entry="_start"):
    """Link assembled objects into an `Image` (link.py); raises AsmErrors."""
    from .link import Linker
    linker = Linker(objects)
    with _no_cyclic_gc():
        image = linker.link(entry)
    if linker.errors:
        raise AsmErrors(_sorted(linker.errors))
    return image


def build(sources, march: str = "rv64imac", entry: str = "_start", listing=False,
          include_dirs=()):
    """Assemble and link; returns the `Image`.  All errors - of every file and of the link
    (undefined symbols, branch ranges) - are raised together as one AsmErrors."""
    from .link import Linker
    objects, errors = _assemble_all(sources, march, listing, include_dirs)
    if objects:
        linker = Linker(objects)
        try:
            with _no_cyclic_gc():
                image = linker.link(entry)
        except RecursionError:
            image = None
            linker.errors.append(AsmError("symbol definitions nested too deeply"))
        errors += linker.errors
        # the objects are this function's own: their section bytes are in the image now, so
        # free them (memory stays proportional to the output: one copy, not two)
        for obj in objects:
            for sec in obj.sections.values():
                sec.data = b""
    else:
        image = None
    if errors:
        raise AsmErrors(_sorted(_unique(errors)))
    return image


def assemble(sources, march: str = "rv64imac", entry: str = "_start") -> bytes:
    """Assemble and link `sources` (paths or (name, text) pairs) into an ELF executable."""
    from .elf import write_executable
    # one pause for the whole job (build's own pauses nest in it): each time the collector
    # is switched back on it walks every object still alive, and between assembling,
    # linking and writing that is all of them
    with _no_cyclic_gc():
        image = build(sources, march, entry)
        return write_executable(image)


def _unique(errors):
    seen = set()
    out = []
    for e in errors:
        key = e.format()
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _sorted(errors):
    order = {}
    for e in errors:
        if e.origin is not None:
            order.setdefault(e.origin.file, len(order))
    return sorted(errors, key=lambda e: (order.get(e.origin.file, -1) if e.origin else -1,
                                         e.origin.line if e.origin else 0, e.column))
