"""The assembler's in-memory object: sections made of frags, symbols, fixups.

The model is GNU as's (`frags.h`): a section is a list of *frags*; each frag has fixed bytes
(`data`) and optionally a variable-size tail (`var`): a relaxable branch/jump or an alignment.
Symbols point into a frag (frag, offset).  Sizes of the tails are settled by `relax_section`
(the same fixed-point iteration as GNU's `relax_segment`), then frags are concatenated into the
section's bytes, and fixups that need final addresses are resolved by the linker (link.py).

Fixups (stored on the frag, offset relative to the frag's start, later to the section's):

    ("data", size, expr)                       .byte/.half/.word/.dword of a non-constant
    ("insn", row, fields, mod, expr, anchor)   an instruction whose immediate needs addresses:
         mod "abs"       imm = value
             "pcrel"     imm = value - P               (branches, jal)
             "hi"/"lo"   %hi / %lo of the value
             "pcrel_hi"  %pcrel_hi: hi part of value - P
             "call_hi"   the auipc of call/tail/jump (as pcrel_hi; undefined weak -> 0)
             "pcrel_lo"  %pcrel_lo: lo part of (target of the %pcrel_hi at `anchor`) - anchor
       `anchor` is None or ("label", name) / ("loc", frag, offset) naming the auipc
"""
from __future__ import annotations


def display_name(name: str) -> str:
    """How to show a symbol in a message: numeric local labels are stored as `.L<n>\x02<k>`."""
    if "\x03" in name:
        return "."
    if "\x04" in name:
        return name.split("\x04")[1]          # an absolute branch target (its address)
    if "\x02" in name:
        return f"{name[2:].split(chr(2))[0]} (numeric local label)"
    return name


MAP_INSN = 1
MAP_DATA = 2


def add_mapping_symbol(frag, offset: int, name: str, odd_data_padding: bool = False):
    """GNU's make_mapping_symbol: a mapping symbol at `offset` in `frag`.  One at the same
    offset as the frag's last one replaces it; for the `$d` of odd alignment padding the
    replaced symbol comes back as `$x` (or the same `$x<isa>`) one byte later."""
    maps = frag.maps
    if maps is None:
        maps = frag.maps = []
    removed = None
    if maps and maps[-1][0] == offset:
        removed = maps.pop()
    maps.append((offset, name))
    if removed is not None and odd_data_padding:
        again = removed[1] if removed[1].startswith("$xrv") else "$x"
        add_mapping_symbol(frag, offset + 1, again)


class Frag:
    __slots__ = ("data", "fixups", "var", "addr", "index", "section", "var_size", "lines",
                 "maps")

    def __init__(self, section, index):
        self.data = bytearray()
        self.fixups = []          # (offset in frag, fixup tuple, origin, col)
        self.var = None
        self.addr = 0             # section-relative address (settled by relax_section)
        self.index = index
        self.section = section
        self.var_size = 0
        self.lines = None         # listing: [(offset, origin)] when a listing is requested
        self.maps = None          # mapping symbols [(offset in frag, "$x..." / "$d")]


class Section:
    """One output section of one object file."""

    def __init__(self, name: str, flags: str, sh_type: str):
        self.name = name
        self.flags = flags           # subset of "awx" (alloc, write, exec) + others ignored
        self.type = sh_type          # "progbits" | "nobits" | "note" | ...
        self.align = 1
        self.frags = [Frag(self, 0)]
        self.frag = self.frags[0]    # the last frag, where bytes go (kept by new_frag)
        self.data = None             # bytes after relax_section/finish
        self.fixups = []             # (section offset, fixup, origin, col) after finish
        self.size = 0
        self.code = "x" in flags
        self.listing = []            # (section offset, size, origin) for --listing
        self.entsize = 0             # SHF_MERGE entry size (`.section n,"aMS",@progbits,1`)
        self.remap = None            # set by the linker's string merging: old -> new offset
        self.merged = False          # string merging left it empty: ld drops it (no padding)
        self.map_state = 0           # GNU's mapping state: 0, MAP_INSN or MAP_DATA
        self.map_arch = None         # the ISA string of the section's last `$x<isa>`
        self.mapsyms = []            # [(section offset, name)] after finish_section

    def new_frag(self) -> Frag:
        frag = Frag(self, len(self.frags))
        self.frags.append(frag)
        self.frag = frag
        return frag

    @property
    def nobits(self) -> bool:
        return self.type == "nobits"


class Symbol:
    __slots__ = ("name", "frag", "offset", "value", "expr", "binding", "type", "size_expr",
                 "origin", "col", "section", "addr", "referenced", "defined", "kind", "ref_origin",
                 "ref_col", "equ_env", "common", "declared_local")

    def __init__(self, name: str):
        self.name = name
        self.frag = None          # label: (frag, offset)
        self.offset = 0
        self.value = None         # absolute value (int) for constants
        self.expr = None          # equated to a not-yet-constant expression
        self.binding = "local"    # local | global | weak
        self.type = "notype"      # notype | func | object
        self.size_expr = None
        self.origin = None        # where it was defined
        self.col = 0
        self.section = None
        self.addr = None          # final address after linking
        self.referenced = False
        self.defined = False
        self.kind = None          # "label" | "abs" | "expr"
        self.ref_origin = None    # first reference (for "undefined symbol" messages)
        self.ref_col = 0
        self.equ_env = None
        self.common = None        # .comm: (size, alignment)
        self.declared_local = False   # named in a .local directive


class VarBranch:
    """A branch or jump to a symbol whose size GNU decides by relaxation.

    kind "cond": `row` is beq/bne/...; size 2 (c.beqz/c.bnez), 4, 6 (c.b*z over jal) or 8
    (inverted branch over jal).  kind "jump": `jal rd`; size 2 (c.j) or 4.
    `rvc` is GNU's RELAX_BRANCH_RVC: the instruction matched a compressed form.
    """
    __slots__ = ("kind", "row", "fields", "rvc", "target", "addend", "origin", "col")

    def __init__(self, kind, row, fields, rvc, target, addend, origin, col):
        self.kind = kind
        self.row = row
        self.fields = fields
        self.rvc = rvc
        self.target = target      # Symbol
        self.addend = addend
        self.origin = origin
        self.col = col


class VarAlign:
    """Padding to a power-of-two boundary (`.align`, `.balign`, `.p2align`)."""
    __slots__ = ("align", "fill", "max_skip", "code")

    def __init__(self, align, fill, max_skip, code):
        self.align = align        # bytes (a power of two)
        self.fill = fill          # None: nops in code, zeros elsewhere; else a byte value
        self.max_skip = max_skip  # None or the largest padding allowed
        self.code = code

    def size_at(self, address: int) -> int:
        pad = (-address) % self.align
        if self.max_skip is not None and pad > self.max_skip:
            return 0
        return pad
