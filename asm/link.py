"""Link assembled objects into one static executable image (GNU ld's default layout).

Layout (riscv64 `ld --verbose`, static, non-PIE; MAXPAGESIZE = 0x1000):

    0x10000          ELF header + program headers      \\
    .text            code (all "x" sections)            |  PT_LOAD  R E
    .rodata          read-only data ("a" sections)     /
    next page + (address & 0xfff)                       \\  (DATA_SEGMENT_ALIGN: same offset
    .data            writable data                       |   within the page as in the file)
    .bss             zero-initialised (NOBITS)          /   PT_LOAD  RW

Input sections are concatenated into ld's output sections in command-line order, each at its
own alignment; gaps between them are zero bytes (as ld fills them).  Then every
symbol gets its address and every fixup is resolved (relocation arithmetic of the RISC-V ELF
psABI: %hi/%lo, %pcrel_hi/%pcrel_lo, branches, jal, call pairs, data words).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pagelab.cpu.isa.encoding import EncodeError

from .fastenc import encode_fast as encode
from .errors import AsmError
from .expr import ExprError, fold, symbols_in
from .objfile import display_name
from .attributes import merge as merge_attributes, section_bytes as attribute_bytes
from .merge import merge_groups
from .relax import position

TEXT_BASE = 0x10000
PAGE = 0x1000
EHDR_SIZE = 64
PHDR_SIZE = 56


@dataclass
class OutSection:
    name: str
    flags: str
    type: str
    align: int = 1
    addr: int = 0
    data: bytearray = field(default_factory=bytearray)
    size: int = 0
    pieces: list = field(default_factory=list)     # (object, input section, offset in output)

    @property
    def alloc(self) -> bool:
        return "a" in self.flags

    @property
    def nobits(self) -> bool:
        return self.type == "nobits"


@dataclass
class Image:
    """The linked program: what the ELF writer needs."""
    sections: list            # OutSection, in address order (alloc) then non-alloc
    segments: list            # (flags "rx"/"rw", [OutSection...])
    symbols: list             # (name, value, size, type, bind, OutSection | None | "abs", file)
    entry: int
    rvc: bool
    warnings: list
    listing: list             # (address, bytes, origin)
    script_symbols: dict = field(default_factory=dict)   # __global_pointer$, _end, ... values


def output_name(name: str) -> str:
    """The output section GNU ld's default script puts an input section into."""
    for out, patterns in _OUTPUT_PATTERNS:
        for p in patterns:
            if name == p or (p.endswith(".") and name.startswith(p)):
                return out
    return name


_OUTPUT_PATTERNS = [
    (".text", (".text", ".text.", ".stub", ".gnu.linkonce.t.")),
    (".rodata", (".rodata", ".rodata.", ".gnu.linkonce.r.")),
    (".data", (".data", ".data.", ".gnu.linkonce.d.")),
    (".sdata", (".sdata", ".sdata.", ".srodata", ".srodata.", ".gnu.linkonce.s.")),
    (".sbss", (".sbss", ".sbss.", ".gnu.linkonce.sb.")),
    (".bss", (".bss", ".bss.", ".gnu.linkonce.b.")),
]

# Order of input sections inside .text (ld: unlikely, exit, startup, hot, then the rest).
_TEXT_GROUPS = (".text.unlikely", ".text.exit", ".text.startup", ".text.hot")


def _text_group(name: str) -> int:
    for i, prefix in enumerate(_TEXT_GROUPS):
        if name == prefix or name.startswith(prefix + "."):
            return i
    return len(_TEXT_GROUPS)


def _rank(out) -> tuple:
    """Output order: code, read-only data, writable data, zero-initialised; orphans after the
    standard section of their kind (as ld places them)."""
    name, flags = out.name, out.flags
    if "a" not in flags:
        return (5, 0)
    if out.type == "nobits":
        return (4, {".sbss": 0, ".bss": 1}.get(name, 2))
    if "x" in flags:
        return (0, 0 if name == ".text" else 1)
    if "w" not in flags:
        return (1, 0 if name == ".rodata" else 1)
    return (3, {".data": 0, ".sdata": 2}.get(name, 1))


class Linker:
    def __init__(self, objects):
        self.objects = objects         # list of asm.ObjectFile
        self.errors: list[AsmError] = []
        self.warnings: list[str] = []
        self.globals: dict = {}        # name -> (object, Symbol)

    def error(self, message, origin=None, col=0):
        self.errors.append(AsmError(message, origin, col))

    # ------------------------------------------------------------------ symbols
    def collect_globals(self):
        for obj in self.objects:
            for name, sym in obj.symbols.items():
                if sym.binding not in ("global", "weak"):
                    continue
                if not sym.defined:
                    continue
                prev = self.globals.get(name)
                if prev is None or (prev[1].binding == "weak" and sym.binding == "global"):
                    self.globals[name] = (obj, sym)
                elif sym.binding == "global" and prev[1].binding == "global":
                    po = prev[1].origin
                    where = f" (first defined at {po.file}:{po.line})" if po else ""
                    self.error(f"multiple definition of '{name}'{where}", sym.origin, sym.col)

    def lookup(self, obj, name, origin, col):
        sym = obj.symbols.get(name)
        if sym is not None and sym.defined:
            return self.sym_value(obj, sym, origin, col)
        entry = self.globals.get(name)
        if entry is not None:
            return self.sym_value(entry[0], entry[1], origin, col)
        if name in self.linker_symbols:
            return self.linker_symbols[name]
        if sym is not None and sym.binding == "weak":
            return 0                       # an undefined weak symbol is 0 (ELF rule)
        raise _Undefined(name)

    def sym_value(self, obj, sym, origin=None, col=0):
        if sym.addr is not None:
            return sym.addr
        if sym.kind == "label":
            sym.addr = self.loc_addr(sym.frag, sym.offset)
            return sym.addr
        if sym.value is not None:
            return sym.value
        if sym.expr is not None:
            self._resolve(obj, sym)
            return sym.addr
        raise _Undefined(sym.name)

    def _target(self, obj, name):
        """(object, Symbol) that `name` means in `obj` (lookup's rules), or None."""
        sym = obj.symbols.get(name)
        if sym is not None and sym.defined:
            return obj, sym
        return self.globals.get(name)

    def _resolve(self, obj, sym):
        """Set sym.addr for an equated symbol and, first, for every equated symbol its
        expression depends on - deepest first, with an explicit stack instead of recursion,
        so chains of 100,000 `x = y` links resolve in linear time.  A cycle is an ExprError."""
        stack = [(obj, sym)]
        entered = set()
        while stack:
            o, s = stack[-1]
            if s.addr is not None or s.value is not None or s.kind == "label" or s.expr is None:
                stack.pop()
                continue
            if s in entered:                      # dependencies done: evaluate this one
                stack.pop()
                entered.discard(s)
                s.addr = self._eval_tree(o, s.expr, s.origin, s.col)
                continue
            entered.add(s)
            for name in symbols_in(s.expr):
                target = self._target(o, name)
                if target is None:
                    continue                      # undefined: evaluate reports it
                if target[1] in entered:
                    raise ExprError(f"symbol '{display_name(target[1].name)}' is defined in "
                                    f"terms of itself")
                stack.append(target)

    linker_symbols: dict = {}

    def _undefined_weak(self, obj, expr) -> bool:
        """Is `expr` just an undefined weak symbol (defined nowhere in the link)?"""
        if type(expr) is not tuple or expr[0] != "sym":
            return False
        sym = obj.symbols.get(expr[1])
        return (sym is not None and sym.binding == "weak" and not sym.defined
                and expr[1] not in self.globals)

    def loc_addr(self, frag, offset):
        sec = frag.section
        if sec.remap is not None:
            owner, new = sec.remap(frag.addr + offset)
            return owner.out_addr + new
        return sec.out_addr + frag.addr + offset

    def evaluate(self, obj, node, origin, col):
        """The value of an expression at link time.  The equated symbols it uses are resolved
        first (`_resolve`, no recursion through symbol definitions); the walk of the tree
        itself recurses at most MAX_EXPR_DEPTH levels (the parser's limit)."""
        if type(node) is not tuple:
            return node
        for name in symbols_in(node):
            target = self._target(obj, name)
            if target is not None and target[1].addr is None and target[1].expr is not None:
                self._resolve(*target)
        return self._eval_tree(obj, node, origin, col)

    def _eval_tree(self, obj, node, origin, col):
        if type(node) is int:
            return node
        tag = node[0]
        if tag == "sym":
            sym = obj.symbols.get(node[1])
            if sym is not None and sym.defined:
                return self.sym_value(obj, sym, origin, col)
            return self.lookup(obj, node[1], origin, col)
        if tag == "loc":
            return self.loc_addr(node[1], node[2])
        if tag == "symref":
            sym = node[1]
            if sym.defined:
                return self.sym_value(obj, sym, origin, col) + node[2]
            return self.lookup(obj, sym.name, origin, col) + node[2]
        if tag == "paren":
            return self._eval_tree(obj, node[1], origin, col)
        if tag == "reloc":
            raise ExprError(f"%{node[1]} is not allowed here")
        if len(node) == 2:
            return fold(tag, self._eval_tree(obj, node[1], origin, col))
        return fold(tag, self._eval_tree(obj, node[1], origin, col),
                    self._eval_tree(obj, node[2], origin, col))

    # ------------------------------------------------------------------ layout
    def layout(self):
        outs: dict[str, OutSection] = {}
        order = {}
        inputs = []
        for obj in self.objects:
            for name, sec in obj.sections.items():
                inputs.append((obj, name, sec))
        merge_groups(inputs, output_name)       # ld's SHF_MERGE string merging
        common = self.common_section()
        if common is not None:
            inputs.append(common)
        for obj, name, sec in inputs:
            oname = output_name(name)
            if oname not in outs:
                outs[oname] = OutSection(oname, sec.flags, sec.type)
                order[oname] = len(order)
            else:                       # ld: an output section has the union of its inputs' flags
                out = outs[oname]       # (.sdata takes read-only .srodata.cst8 and writable .sdata)
                out.flags += "".join(f for f in sec.flags if f not in out.flags)
        # .text takes its inputs in ld's group order, the others in command-line order
        inputs.sort(key=lambda t: _text_group(t[1]) if output_name(t[1]) == ".text" else 0)
        for obj, name, sec in inputs:
            out = outs[output_name(name)]
            if sec.merged:
                out.pieces.append((obj, sec, out.size))   # excluded: no bytes, no alignment
                continue
            out.align = max(out.align, sec.align)
            start = _align_up(out.size, sec.align)
            if start > out.size and not out.nobits:
                gap = start - out.size
                out.data += bytes(gap)          # ld fills gaps between input sections with 0
            out.pieces.append((obj, sec, start))
            if not out.nobits:
                out.data += sec.data
            out.size = start + sec.size
        ordered = sorted(outs.values(), key=lambda s: (_rank(s), order[s.name]))
        # ld discards empty output sections
        ordered = [s for s in ordered if s.size > 0 or self._has_symbols(s)]
        alloc = [s for s in ordered if s.alloc]
        rx = [s for s in alloc if "w" not in s.flags]
        rw = [s for s in alloc if "w" in s.flags]
        nsegs = (1 if rx else 0) + (1 if rw else 0)
        # ld's PT_RISCV_ATTRIBUTES header (for .riscv.attributes) comes first
        nattr = 1 if any(getattr(o, "attributes", None) for o in self.objects) else 0
        address = TEXT_BASE + EHDR_SIZE + PHDR_SIZE * (max(nsegs, 1) + nattr)
        for s in rx:
            address = _align_up(address, s.align)
            s.addr = address
            address += s.size
        text_end = next((s.addr + s.size for s in rx if s.name == ".text"), address)
        # DATA_SEGMENT_ALIGN: the next page, at the same offset within the page
        address = _align_up(address, PAGE) + (address & (PAGE - 1))
        data_start = address
        if rw:
            for s in rw:
                address = _align_up(address, s.align)
                s.addr = address
                if s.name == ".bss" and s.size:
                    # ld's script: `. = ALIGN(. != 0 ? 64 / 8 : 1);` at the end of .bss
                    s.size = _align_up(s.addr + s.size, 8) - s.addr
                address += s.size
        for s in outs.values():
            for obj, sec, offset in s.pieces:
                sec.out_addr = s.addr + offset
                sec.out_name = s.name
        self.linker_symbols = _script_symbols(text_end, data_start, rw)
        segments = []
        if rx:
            segments.append(("rx", rx))
        if rw:
            segments.append(("rw", rw))
        nonalloc = [s for s in ordered if not s.alloc]
        return alloc + nonalloc, segments

    def common_section(self):
        """ld's `*(COMMON)`: the .comm symbols not defined anywhere, after all .bss input,
        each at its alignment, one per name (largest size and alignment win)."""
        from .objfile import Section
        commons = {}
        for obj in self.objects:
            for name, sym in obj.symbols.items():
                if sym.kind != "common":
                    continue
                if name in self.globals and self.globals[name][1].kind != "common":
                    continue                    # a real definition elsewhere wins
                if name in commons:
                    first_obj, first_sym, (size, align) = commons[name]
                    commons[name] = (first_obj, first_sym, (max(size, sym.common[0]),
                                                            max(align, sym.common[1])))
                else:
                    commons[name] = (obj, sym, sym.common)
        if not commons:
            return None
        sec = Section("COMMON", "aw", "nobits")
        sec.data = b""
        offset = 0
        # ld walks its symbol hash table to allocate commons: bucket order, and within a
        # bucket the most recently entered name first
        seen = list(commons)
        order = sorted(seen, key=lambda n: (_bfd_hash(n) % _BFD_HASH_SIZE, -seen.index(n)))
        for name in order:
            first_obj, sym, (size, align) = commons[name]
            offset = _align_up(offset, align)
            sec.align = max(sec.align, align)
            for obj in self.objects:
                other = obj.symbols.get(name)
                if other is not None and other.kind == "common":
                    other.kind = "label"
                    other.frag = sec.frag
                    other.offset = offset
                    other.section = sec
                    other.size_expr = size
                    other.defined = True
            self.globals[name] = (first_obj, sym)
            offset += size
        sec.size = offset
        return (self.objects[0], ".bss", sec)

    def _has_symbols(self, out):
        for obj, sec, _ in out.pieces:
            for s in obj.symbols.values():
                if s.defined and s.kind == "label" and s.section is sec:
                    return True
        return False

    # ------------------------------------------------------------------ fixups
    def apply_fixups(self, sections):
        hi_targets = {}
        pending = []
        for out in sections:
            for obj, sec, offset in out.pieces:
                for off, fix, origin, col in sec.fixups:
                    address = out.addr + offset + off
                    pending.append((out, offset + off, address, obj, fix, origin, col))
        # %pcrel_hi first: %pcrel_lo needs the target of the auipc it names
        for out, pos, address, obj, fix, origin, col in pending:
            if fix[0] == "insn" and fix[3] in ("pcrel_hi", "call_hi"):
                try:
                    if fix[3] == "call_hi" and self._undefined_weak(obj, fix[4]):
                        hi_targets[address] = _WEAK_ZERO
                        continue
                    hi_targets[address] = self.evaluate(obj, fix[4], origin, col)
                except (_Undefined, ExprError):
                    hi_targets[address] = None      # reported once, at the %pcrel_hi
        for out, pos, address, obj, fix, origin, col in pending:
            try:
                self._apply(out, pos, address, obj, fix, origin, col, hi_targets)
            except _Undefined as u:
                self.error(f"undefined symbol '{display_name(u.name)}'", origin, col)
            except ExprError as e:
                self.error(e.message, origin, col)
            except RecursionError:
                self.error("expression nested too deeply", origin, col)

    def _apply(self, out, pos, address, obj, fix, origin, col, hi_targets):
        if fix[0] == "data":
            size, expr = fix[1], fix[2]
            value = self.evaluate(obj, expr, origin, col)
            bits = 8 * size
            if size < 8 and not -(1 << (bits - 1)) <= value < (1 << bits):
                self.error(f"value {value:#x} does not fit in {size} byte{'s' * (size > 1)}",
                           origin, col)
                return
            out.data[pos:pos + size] = (value & ((1 << bits) - 1)).to_bytes(size, "little")
            return
        _, row, fields, mod, expr, anchor = fix
        fields = dict(fields)
        if mod == "call_hi" and hi_targets.get(address) is _WEAK_ZERO:
            imm = 0
        elif mod == "pcrel_lo":
            anchor_addr = self.evaluate(obj, anchor, origin, col)
            if anchor_addr in hi_targets and hi_targets[anchor_addr] is None:
                return
            target = hi_targets.get(anchor_addr)
            if target is _WEAK_ZERO:
                fields["rs1"] = 0              # jalr rd, 0(zero): the weak call goes to 0
                target = anchor_addr
            if target is None:
                self.error("%pcrel_lo must name the label of an auipc with %pcrel_hi",
                           origin, col)
                return
            imm = _lo(target - anchor_addr)
        else:
            value = self.evaluate(obj, expr, origin, col)
            if mod == "abs":
                imm = value
            elif mod == "pcrel":
                imm = value - address
            elif mod == "hi":
                imm = _hi(value)
            elif mod == "lo":
                imm = _lo(value)
            else:  # pcrel_hi, call_hi
                delta = value - address
                if not -(1 << 31) - 0x800 <= delta < (1 << 31) - 0x800:
                    self.error(f"%pcrel_hi target is out of range (offset {delta:#x})",
                               origin, col)
                    return
                imm = _hi(delta)
        fields["imm"] = imm
        try:
            word = encode(row, fields)
        except EncodeError as e:
            msg = str(e)
            if mod == "pcrel":
                name = _target_name(expr)
                rng = msg.split("expected ")[-1]
                if imm % 2:
                    msg = f"{row.name}: target '{name}' is misaligned (offset {imm})"
                else:
                    msg = f"{row.name}: target '{name}' out of range (offset {imm}, expected {rng})"
            self.error(msg, origin, col)
            return
        out.data[pos:pos + row.length] = word.to_bytes(row.length, "little")

    # ------------------------------------------------------------------ all together
    def link(self, entry_name="_start") -> Image:
        self.collect_globals()
        sections, segments = self.layout()
        self.apply_fixups(sections)
        attributes = self.attributes_section()
        if attributes is not None:
            sections.append(attributes)
        symbols = self.symbol_table()
        entry = None
        if entry_name in self.globals or any(entry_name in o.symbols and
                                             o.symbols[entry_name].defined
                                             for o in self.objects):
            for obj in self.objects:
                sym = obj.symbols.get(entry_name)
                if sym is not None and sym.defined:
                    try:
                        entry = self.sym_value(obj, sym)
                    except (_Undefined, ExprError):
                        pass
                    break
        if entry is None:
            text = next((s for s in sections if "x" in s.flags), None)
            entry = text.addr if text else TEXT_BASE
            self.warnings.append(f"warning: cannot find entry symbol {entry_name}; "
                                 f"defaulting to {entry:016x}")
        listing = []
        for out in sections:
            for obj, sec, offset in out.pieces:
                for off, size, origin in sec.listing:
                    start = offset + off
                    data = b"" if out.nobits else bytes(out.data[start:start + size])
                    listing.append((out.addr + start, data, origin, out.nobits, size))
        rvc = any(o.rvc for o in self.objects)
        return Image(sections, segments, symbols, entry, rvc, self.warnings, listing,
                     dict(self.linker_symbols))

    def attributes_section(self):
        """ld keeps the merged .riscv.attributes (non-alloc) in the executable."""
        inputs = [o.attributes for o in self.objects if getattr(o, "attributes", None)]
        if not inputs:
            return None
        attrs, problems = merge_attributes(inputs)
        named = [o for o in self.objects if getattr(o, "attributes", None)]
        for index, message in problems:
            self.errors.append(AsmError(f"{named[index].filename}: {message}"))
        data = attribute_bytes(attrs)
        return OutSection(".riscv.attributes", "", "riscv_attributes", 1, 0, bytearray(data),
                          len(data))

    def symbol_table(self):
        out_of = {}
        for obj in self.objects:
            for name, sec in obj.sections.items():
                out_of[id(sec)] = getattr(sec, "out_name", name)
        locals_, globals_ = [], []
        positions = {}                  # position()'s memo
        for obj in self.objects:
            file_syms = []
            for name, sym in obj.symbols.items():
                if not sym.defined:
                    continue
                if name.startswith(".L") or "\x02" in name:
                    continue
                try:
                    value = self.sym_value(obj, sym)
                except (_Undefined, ExprError):
                    continue
                if sym.kind == "label":
                    section = out_of.get(id(sym.section))
                elif sym.value is not None:
                    section = "abs"             # a constant (position() would say None)
                else:
                    pos = position(sym, positions)
                    section = out_of.get(id(pos[0].section)) if pos else "abs"
                size = 0
                if sym.size_expr is not None:
                    try:
                        size = self.evaluate(obj, sym.size_expr, sym.origin, sym.col)
                    except (_Undefined, ExprError):
                        size = 0
                entry = (name, value, size, sym.type, sym.binding, section, obj.filename)
                if sym.binding == "local":
                    file_syms.append(entry)
                elif self.globals.get(name, (None, None))[1] is sym:
                    globals_.append(entry)
            # GNU as's mapping symbols ($x<isa>, $x, $d) of the code sections, which ld keeps
            for name, sec in obj.sections.items():
                if sec.mapsyms and not sec.merged and hasattr(sec, "out_addr"):
                    for off, mname in sec.mapsyms:
                        file_syms.append((mname, sec.out_addr + off, 0, "notype", "local",
                                          sec.out_name, obj.filename))
            if file_syms:
                locals_.append((obj.filename, file_syms))
        return locals_, globals_


def _script_symbols(text_end, data_start, rw):
    """Symbols GNU ld's default script defines (riscv64 elf, static): __global_pointer$ and
    the section boundary names.  A program's own definition of any of them takes precedence.
    """
    by_name = {s.name: s for s in rw}
    here = data_start
    data = by_name.get(".data")
    data_begin = data.addr if data else here
    if data:
        here = data.addr + data.size
    for s in rw:                      # orphans placed after .data come before .sdata
        if s.type != "nobits" and s.name not in (".data", ".sdata"):
            here = max(here, s.addr + s.size)
    sdata = by_name.get(".sdata")
    sdata_begin = sdata.addr if sdata else here
    edata = sdata.addr + sdata.size if sdata else here
    end = edata
    for s in rw:
        if s.type == "nobits":
            end = max(end, s.addr + s.size)
    bss_end = _align_up(end, 8)
    gp = min(sdata_begin + 0x800, max(data_begin + 0x800, bss_end - 0x800))
    return {
        "__global_pointer$": gp, "__DATA_BEGIN__": data_begin, "__SDATA_BEGIN__": sdata_begin,
        "_edata": edata, "edata": edata, "__bss_start": edata, "__BSS_END__": bss_end,
        "_end": bss_end, "end": bss_end, "_etext": text_end, "etext": text_end,
        "__etext": text_end, "__executable_start": TEXT_BASE,
    }


_BFD_HASH_SIZE = 4051        # bfd's default hash table size (ld --hash-size)


def _bfd_hash(name: str) -> int:
    """bfd_hash_hash (bfd/hash.c) with a 64-bit unsigned long."""
    h = 0
    mask = (1 << 64) - 1
    data = name.encode("utf-8", "surrogateescape")
    for c in data:
        h = (h + c + (c << 17)) & mask
        h ^= h >> 2
    n = len(data)
    h = (h + n + (n << 17)) & mask
    h ^= h >> 2
    return h


_WEAK_ZERO = object()      # marks a call pair whose target is an undefined weak symbol


class _Undefined(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


def _target_name(expr):
    if type(expr) is tuple and expr[0] == "symref":
        return display_name(expr[1].name)
    if type(expr) is tuple and expr[0] == "sym":
        return display_name(expr[1])
    return "?"


def _align_up(value, align):
    return (value + align - 1) & -align if align > 1 else value


def _hi(v: int) -> int:
    return ((v + 0x800) >> 12) & 0xFFFFF


def _lo(v: int) -> int:
    v &= 0xFFF
    return v - 0x1000 if v & 0x800 else v
