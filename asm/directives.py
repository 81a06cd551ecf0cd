"""Assembler directives (everything that starts with '.' and is not handled by preprocess.py).

Each handler is `handler(asm, args, col)` where `args` are the parsed argument nodes and `col`
the directive's column.  Handlers raise `StmtError` for bad input; the caller reports it and
goes on with the next statement.
"""
from __future__ import annotations

import re

from .assembler import MAP_DATA, MAP_INSN, StmtError, _col, Defer
from .attributes import TAG_ARCH, TAG_NAMES, ArchError, arch_string, parse_arch, update_arch
from .errors import MAX_OUTPUT_BYTES
from .objfile import VarAlign


def _need(args, lo, hi, name):
    if not lo <= len(args) <= hi:
        want = str(lo) if lo == hi else f"{lo} to {hi}"
        raise StmtError(f"{name} takes {want} argument{'s' if hi != 1 else ''}, got {len(args)}")


def _name(arg, what="symbol name") -> str:
    if type(arg) is tuple and arg[0] == "sym":
        return arg[1]
    if type(arg) is tuple and arg[0] == "str":
        return arg[1].decode("utf-8", "replace")
    raise StmtError(f"expected a {what}", _col(arg))


# ---------------------------------------------------------------------- sections
def _switch_named(asm, name, flags=None, sh_type=None):
    sec = asm._section(name, flags, sh_type)
    asm.switch(sec)


def d_text(asm, args, col):
    _switch_named(asm, ".text")


def d_data(asm, args, col):
    _switch_named(asm, ".data")


def d_bss(asm, args, col):
    _switch_named(asm, ".bss")


def d_rodata(asm, args, col):
    _switch_named(asm, ".rodata")


def _parse_section(asm, args):
    if not args:
        raise StmtError(".section needs a name")
    name = _name(args[0], "section name")
    flags = sh_type = None
    if len(args) > 1:
        if type(args[1]) is not tuple or args[1][0] != "str":
            raise StmtError("section flags must be a string like \"ax\"", _col(args[1]))
        flags = args[1][1].decode("ascii", "replace")
        bad = [c for c in flags if c not in "awxMSGTRoed?"]
        if bad:
            raise StmtError(f"unknown section flag '{bad[0]}'", _col(args[1]))
    if len(args) > 2:
        tag = args[2]
        if type(tag) is tuple and tag[0] == "tag":
            sh_type = tag[1]
        elif type(tag) is tuple and tag[0] == "str":
            sh_type = tag[1].decode()
        else:
            raise StmtError("section type must be like @progbits or @nobits", _col(tag))
        if sh_type not in ("progbits", "nobits", "note", "init_array", "fini_array"):
            raise StmtError(f"unknown section type '@{sh_type}'", _col(tag))
    entsize = 0
    if len(args) > 3 and flags and "M" in flags:
        entsize = asm.const(args[3], "entry size")
        if not 1 <= entsize <= 64:
            raise StmtError(f"bad entry size {entsize}", _col(args[3]))
    existing = asm.sections.get(name)
    if existing is not None:
        return existing
    if flags is not None and sh_type is None:
        from .assembler import _default_section
        sh_type = _default_section(name)[1]
    sec = asm._section(name, flags, sh_type)
    sec.entsize = entsize
    return sec


def d_section(asm, args, col):
    asm.switch(_parse_section(asm, args))


def d_pushsection(asm, args, col):
    asm.section_stack.append((asm.cur, asm.previous))
    asm.switch(_parse_section(asm, args))


def d_popsection(asm, args, col):
    if not asm.section_stack:
        raise StmtError(".popsection without .pushsection")
    asm.cur, asm.previous = asm.section_stack.pop()


def d_previous(asm, args, col):
    if asm.previous is not None:
        asm.cur, asm.previous = asm.previous, asm.cur


# ---------------------------------------------------------------------- symbols
def _each_symbol(args):
    if not args:
        raise StmtError("expected a symbol name")
    for a in args:
        yield _name(a)


def d_globl(asm, args, col):
    for name in _each_symbol(args):
        asm.symbol(name).binding = "global"


def d_local(asm, args, col):
    for name in _each_symbol(args):
        sym = asm.symbol(name)
        sym.binding = "local"
        sym.declared_local = True


def d_weak(asm, args, col):
    for name in _each_symbol(args):
        asm.symbol(name).binding = "weak"


_TYPES = {"function": "func", "object": "object", "notype": "notype", "STT_FUNC": "func",
          "STT_OBJECT": "object", "STT_NOTYPE": "notype", "gnu_indirect_function": "func",
          "tls_object": "object", "common": "object"}


def d_type(asm, args, col):
    _need(args, 2, 2, ".type")
    name = _name(args[0])
    t = args[1]
    if type(t) is tuple and t[0] in ("tag", "sym"):
        kind = _TYPES.get(t[1])
    elif type(t) is tuple and t[0] == "str":
        kind = _TYPES.get(t[1].decode())
    else:
        kind = None
    if kind is None:
        raise StmtError("symbol type must be @function, @object or @notype", _col(t))
    asm.symbol(name).type = kind


def d_size(asm, args, col):
    _need(args, 2, 2, ".size")
    sym = asm.symbol(_name(args[0]))
    sym.size_expr = asm.bind(args[1])


def d_set(asm, args, col):
    _need(args, 2, 2, ".set")
    asm.assign(_name(args[0]), args[1], col, "set")


def d_equiv(asm, args, col):
    _need(args, 2, 2, ".equiv")
    asm.assign(_name(args[0]), args[1], col, "equiv")


# ---------------------------------------------------------------------- data
def _data(size):
    def handler(asm, args, col):
        if not args:
            raise StmtError("expected at least one value")
        asm.map_data()                      # GNU's md_cons_align: a `$d` in code sections
        lo = -(1 << (8 * size - 1))
        for arg in args:
            if type(arg) is int:
                asm.emit((arg & ((1 << (8 * size)) - 1)).to_bytes(size, "little"))
                continue
            if type(arg) is tuple and arg[0] == "str" and size == 1:
                asm.emit(arg[1])
                continue
            if type(arg) is tuple and arg[0] in ("str", "tag", "mem"):
                raise StmtError("expected a number or a symbol expression", _col(arg))
            try:
                v = asm.value_now(arg)
            except Defer:
                v = None
            if type(v) is int:
                asm.emit((v & ((1 << (8 * size)) - 1)).to_bytes(size, "little"))
            else:
                if type(arg) is tuple and arg[0] == "reloc":
                    raise StmtError(f"%{arg[1]} is not allowed in data", arg[3])
                asm.note_reference(arg)
                if asm.cur.nobits:
                    raise StmtError(f"attempt to store a value in section '{asm.cur.name}'")
                asm.add_fixup(("data", size, asm.bind(arg)), size)
        del lo
    return handler


def _strings(terminate):
    def handler(asm, args, col):
        asm.map_data()
        if not args:
            raise StmtError("expected a string")
        for arg in args:
            if type(arg) is not tuple or arg[0] != "str":
                raise StmtError("expected a string in double quotes", _col(arg))
            data = arg[1]
            if len(data) < 65536:
                asm.emit(data + b"\0" if terminate else data)
            else:                       # no copy of a big string just to add its NUL
                asm.emit(data)
                if terminate:
                    asm.emit(b"\0")
    return handler


def d_zero(asm, args, col):
    asm.map_data()
    _need(args, 1, 1, ".zero")
    _space(asm, args[0], 0)


def d_skip(asm, args, col):
    asm.map_data()
    _need(args, 1, 2, ".skip")
    fill = asm.const(args[1], "fill value") & 0xFF if len(args) > 1 else 0
    _space(asm, args[0], fill)


def _space(asm, count_node, fill):
    n = asm.const(count_node, "size")
    if n < 0:
        raise StmtError(f"size {n} is negative", _col(count_node))
    if n > MAX_OUTPUT_BYTES:
        raise StmtError(f"size {n} is too large (at most {MAX_OUTPUT_BYTES})", _col(count_node))
    asm.emit(bytes([fill]) * n)


def d_fill(asm, args, col):
    asm.map_data()
    _need(args, 1, 3, ".fill")
    repeat = asm.const(args[0], "repeat count")
    size = asm.const(args[1], "size") if len(args) > 1 else 1
    value = asm.const(args[2], "value") if len(args) > 2 else 0
    if repeat < 0 or size < 0:
        raise StmtError(".fill: negative count or size")
    size = min(size, 8)
    if repeat * size > MAX_OUTPUT_BYTES:
        raise StmtError(f".fill: too large (at most {MAX_OUTPUT_BYTES} bytes)")
    unit = (value & 0xFFFFFFFF).to_bytes(8, "little")[:size] if size else b""
    asm.emit(unit * repeat)


# ---------------------------------------------------------------------- alignment
def _align(asm, nbytes, fill_node, max_node, what):
    if nbytes <= 0 or nbytes & (nbytes - 1):
        raise StmtError(f"{what}: alignment must be a power of 2")
    if nbytes > (1 << 16) * 16:
        raise StmtError(f"{what}: alignment {nbytes} is too large")
    fill = None
    if fill_node is not None:
        fill = asm.const(fill_node, "fill value") & 0xFF
    max_skip = None
    if max_node is not None:
        max_skip = asm.const(max_node, "maximum skip")
    sec = asm.cur
    sec.align = max(sec.align, nbytes)
    if sec.code and fill is None and nbytes <= (2 if asm.rvc else 4):
        # GNU (riscv_frag_align_code): code is assumed aligned to the instruction size, so an
        # alignment that small pads nothing - even after a .byte.  Only the section alignment
        # is recorded.
        return
    if nbytes > 1:
        # GNU's riscv_init_frag: an rs_align_code frag is "code" (`$x`), a filled one data
        if sec.code:
            if fill is None:
                asm.mapping(MAP_INSN, align_code=True)
            else:
                asm.mapping(MAP_DATA)
        asm.add_var(VarAlign(nbytes, fill, max_skip, sec.code and fill is None))


def _align_args(args):
    n = args[0] if args else None
    fill = args[1] if len(args) > 1 and args[1] != ("empty", 0) else None
    mx = args[2] if len(args) > 2 and args[2] != ("empty", 0) else None
    return n, fill, mx


def d_p2align(asm, args, col):
    _need(args, 1, 3, ".p2align")
    n, fill, mx = _align_args(args)
    power = asm.const(n, "alignment")
    if not 0 <= power <= 20:
        raise StmtError(f".p2align: alignment 2**{power} is out of range", _col(n))
    _align(asm, 1 << power, fill, mx, ".p2align")


def d_balign(asm, args, col):
    _need(args, 1, 3, ".balign")
    n, fill, mx = _align_args(args)
    _align(asm, asm.const(n, "alignment"), fill, mx, ".balign")


# ---------------------------------------------------------------------- options & misc
def d_option(asm, args, col):
    if not args:
        raise StmtError(".option takes 1 argument, got 0")
    opt = _name(args[0], "option")
    if opt == "arch" and len(args) >= 2:
        # `.option arch, +c, -m2p0` / `.option arch, rv64imac` (GNU's riscv_update_subset)
        subsets = asm.subsets
        for v in args[1:]:
            text = _arch_operand(v)
            try:
                subsets = update_arch(subsets, text)
            except ArchError as e:
                raise StmtError(str(e), _col(v)) from None
        asm.set_subsets(subsets)
        return
    if len(args) != 1:
        raise StmtError(f"'.option {opt}' takes no value")
    if opt == "rvc":
        asm.set_subsets(update_arch(asm.subsets, "+c"))
    elif opt == "norvc":
        asm.set_subsets(update_arch(asm.subsets, "-c"))
    elif opt == "push":
        asm.option_stack.append((asm.rvc, asm.subsets))
    elif opt == "pop":
        if not asm.option_stack:
            raise StmtError(".option pop without .option push")
        rvc, subsets = asm.option_stack.pop()
        asm.set_subsets(subsets)
        asm.rvc = rvc
    elif opt in ("relax", "norelax", "pic", "nopic", "csr-check", "no-csr-check"):
        pass
    elif opt == "arch":
        raise StmtError(".option arch needs a value, e.g. .option arch, +c")
    else:
        raise StmtError(f"unknown option '{opt}' (expected rvc, norvc, push, pop, relax, "
                        f"norelax, pic or nopic)", _col(args[0]))


def _arch_operand(v) -> str:
    """`+c` (the parser drops a unary +), `-c`, `rv64gc`, `"rv64gc"`, `+m2p0` as text."""
    if type(v) is tuple and v[0] == "sym":
        return v[1] if v[1].lower().startswith("rv") else "+" + v[1]
    if type(v) is tuple and v[0] == "str":
        return v[1].decode("ascii", "replace")
    if type(v) is tuple and v[0] == "neg" and type(v[1]) is tuple and v[1][0] == "sym":
        return "-" + v[1][1]
    raise StmtError("bad .option arch value (expected +ext, -ext or an ISA string)", _col(v))


def arch_has_c(arch: str):
    """Does an ISA string ("rv64imac", "rv64i2p1_m2p0_a2p1_c2p0", "rv64gc") include C?
    None if it is not a valid RV64 ISA string."""
    try:
        return "c" in parse_arch(arch)
    except ArchError:
        return None


def d_attribute(asm, args, col):
    _need(args, 2, 2, ".attribute")
    tag, value = args
    if type(tag) is tuple and tag[0] == "sym":
        number = TAG_NAMES.get(tag[1])
        if number is None:
            raise StmtError(f"unknown attribute '{tag[1]}' (expected arch, stack_align, "
                            f"unaligned_access, priv_spec, priv_spec_minor, "
                            f"priv_spec_revision or a number)", tag[2])
    elif type(tag) is int and 0 <= tag < (1 << 32):
        number = tag
    else:
        raise StmtError("expected an attribute name or number", _col(tag))
    if number & 1:
        if type(value) is not tuple or value[0] != "str":
            raise StmtError("this attribute needs a string value"
                            + (' like "rv64imac"' if number == TAG_ARCH else ""), _col(value))
        text = value[1].decode("utf-8", "surrogateescape")
        if number == TAG_ARCH:
            # GNU: the arch attribute replaces the extension set (and so compression)
            try:
                asm.set_subsets(parse_arch(text))
            except ArchError as e:
                raise StmtError(f"bad ISA string in .attribute arch: {e}", _col(value)) from None
            return
        asm.attributes[number] = text
    else:
        asm.attributes[number] = asm.const(value, "attribute value") & ((1 << 64) - 1)


def d_ignore(asm, args, col):
    pass


def d_comm(asm, args, col):
    """`.comm sym, size[, align]`: a common symbol; the linker allocates it in .bss after all
    the .bss input (ld's `*(COMMON)`), merging commons of the same name."""
    _need(args, 2, 3, ".comm")
    name = _name(args[0])
    size = asm.const(args[1], "size")
    align = asm.const(args[2], "alignment") if len(args) > 2 else 1
    if size < 0 or size > MAX_OUTPUT_BYTES:
        raise StmtError(f".comm: bad size {size}", _col(args[1]))
    if align <= 0 or align & (align - 1):
        raise StmtError(".comm: alignment must be a power of 2", _col(args[2]))
    sym = asm.symbol(name)
    if sym.defined and sym.kind != "common":
        raise StmtError(f"symbol '{name}' is already defined")
    if sym.declared_local:
        # `.local x` + `.comm x, n, a` (GCC's static zero-initialised data): allocated in
        # this file's .bss like .lcomm, not a COMMON symbol
        sym.defined = True
        sym.kind = "lcomm"
        sym.origin = asm.origin
        sym.type = "object"
        asm.lcomm.append((sym, size, align))
        return
    sym.kind = "common"
    sym.common = (max(size, sym.common[0] if sym.common else 0),
                  max(align, sym.common[1] if sym.common else 1))
    sym.binding = "global" if sym.binding == "local" else sym.binding
    sym.type = "object"
    sym.origin = asm.origin


def d_lcomm(asm, args, col):
    """`.lcomm sym, size[, align]`: local, in .bss after the file's own .bss content (GNU puts
    it in .bss subsection 1), aligned by size when no alignment is given (8/4/2/1)."""
    _need(args, 2, 3, ".lcomm")
    name = _name(args[0])
    size = asm.const(args[1], "size")
    if size < 0 or size > MAX_OUTPUT_BYTES:
        raise StmtError(f".lcomm: bad size {size}", _col(args[1]))
    if len(args) > 2:
        align = 1 << asm.const(args[2], "alignment")
    else:
        align = 8 if size >= 8 else 4 if size >= 4 else 2 if size >= 2 else 1
    sym = asm.symbol(name)
    if sym.defined:
        raise StmtError(f"symbol '{name}' is already defined")
    sym.defined = True                  # placed by finish_lcomm
    sym.kind = "lcomm"
    sym.origin = asm.origin
    asm.lcomm.append((sym, size, align))


def finish_lcomm(asm):
    """Place the .lcomm symbols at the end of .bss (called once the file is read)."""
    if not asm.lcomm:
        return
    asm.cur = asm._section(".bss")
    for sym, size, align in asm.lcomm:
        if align > 1:
            asm.cur.align = max(asm.cur.align, align)
            asm.add_var(VarAlign(align, None, None, False))
        sym.kind = "label"
        sym.frag = asm.cur.frag
        sym.offset = len(asm.cur.frag.data)
        sym.section = asm.cur
        sym.size_expr = size
        asm.emit(bytes(size))


DIRECTIVES = {
    ".text": d_text, ".data": d_data, ".bss": d_bss, ".rodata": d_rodata,
    ".section": d_section, ".pushsection": d_pushsection, ".popsection": d_popsection,
    ".previous": d_previous,
    ".globl": d_globl, ".global": d_globl, ".local": d_local, ".weak": d_weak,
    ".type": d_type, ".size": d_size,
    ".equ": d_set, ".set": d_set, ".equiv": d_equiv, ".eqv": d_set,
    ".byte": _data(1), ".half": _data(2), ".2byte": _data(2), ".short": _data(2),
    ".hword": _data(2), ".word": _data(4), ".4byte": _data(4), ".long": _data(4),
    ".int": _data(4), ".dword": _data(8), ".8byte": _data(8), ".quad": _data(8),
    ".ascii": _strings(False), ".asciz": _strings(True), ".string": _strings(True),
    ".zero": d_zero, ".skip": d_skip, ".space": d_skip, ".fill": d_fill,
    ".align": d_p2align, ".p2align": d_p2align, ".balign": d_balign,
    ".option": d_option, ".attribute": d_attribute, ".file": d_ignore, ".ident": d_ignore,
    ".comm": d_comm, ".lcomm": d_lcomm,
}
