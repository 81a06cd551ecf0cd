"""Assemble one source file into an in-memory object (objfile.py), the way GNU as does.

Pipeline for one file:

    preprocess.py  text -> flat statement lines + origins   (.include/.macro/.rept/.if, comments)
    parser.py      lines -> statement tuples                 (one lark LALR pass, no tree)
    Assembler      statements -> sections of frags           (this module; pass 1, in order)
    relax          variable tails settled to a fixed point    (relax.py; GNU relax_segment)
    finish         frags -> section bytes + fixups            (objfile.Section.data/fixups)

Instructions are checked against the table (`pagelab.cpu.isa`): the mnemonic picks a row (or
an alias/macro of `cpu/isa/pseudo.py`), each operand is converted by its kind, and
`encode(row, fields)` builds the word.  With RVC on, `pseudo.compress` makes GNU's choice of
16-bit form.  Branches and `j` to symbols become relaxable tails; immediates that need
addresses become fixups resolved by the linker.  Errors are collected per statement with
their origin; processing continues with the next statement.
"""
from __future__ import annotations

import difflib

from pagelab.cpu.isa import pseudo
from pagelab.cpu.isa.csr import CSR_NAMES
from pagelab.cpu.isa.encoding import EncodeError
from pagelab.cpu.isa.fields import IMM_I, IMM_S
from pagelab.cpu.isa.table import BY_NAME, INSTRUCTIONS, REGISTERS

from .fastenc import encode_fast as encode, imm_fits
from .errors import MAX_ERRORS, MAX_OUTPUT_BYTES, AsmError, Origin
from .expr import ExprError, fold, local_label_number, symbols_in
from .attributes import arch_string, parse_arch
from .objfile import MAP_DATA, MAP_INSN, Section, Symbol, VarBranch, add_mapping_symbol

_AMO_SUFFIXES = {"": (0, 0), ".aq": (1, 0), ".rl": (0, 1), ".aqrl": (1, 1)}

# Default flags and types of well-known section names (GNU's obj-elf.c rules).
_SECTION_DEFAULTS = [
    (".text", "ax", "progbits"), (".data", "aw", "progbits"), (".bss", "aw", "nobits"),
    (".rodata", "a", "progbits"), (".sdata", "aw", "progbits"), (".sbss", "aw", "nobits"),
    (".srodata", "a", "progbits"), (".tdata", "awT", "progbits"), (".tbss", "awT", "nobits"),
    (".init_array", "aw", "init_array"), (".fini_array", "aw", "fini_array"),
    (".note", "", "note"),
]

_IGNORED_DIRECTIVES = {
    ".file", ".ident", ".loc", ".hidden", ".protected", ".internal", ".addrsig",
    ".addrsig_sym", ".cfi_startproc", ".cfi_endproc", ".cfi_def_cfa_offset", ".cfi_offset",
    ".cfi_restore", ".cfi_def_cfa", ".cfi_def_cfa_register", ".cfi_sections",
    ".cfi_remember_state", ".cfi_restore_state", ".cfi_adjust_cfa_offset", ".cfi_rel_offset",
    ".cfi_signal_frame", ".cfi_return_column", ".cfi_undefined", ".cfi_same_value",
    ".cfi_escape", ".cfi_personality", ".cfi_lsda", ".cfi_window_save", ".cfi_register",
    ".variant_cc", ".eject", ".psize", ".list", ".nolist", ".title", ".sbttl",
}


def _default_section(name: str):
    for prefix, flags, sh_type in _SECTION_DEFAULTS:
        if name == prefix or name.startswith(prefix + "."):
            return flags, sh_type
    return "", "progbits"


class StmtError(Exception):
    """An error in the statement being processed; `col` is 1-based within its preprocessed line."""

    def __init__(self, message: str, col: int = 0):
        super().__init__(message)
        self.message = message
        self.col = col


class Defer(Exception):
    """The value is not known yet (forward or relocatable symbol): make a fixup instead."""


_NOT_VALUES = {"str": "a string", "tag": "a type tag", "mem": "a memory operand",
               "empty": "nothing"}
_EMPTY = ("empty", 0)
_EMPTY_OK = {".align", ".p2align", ".balign"}


def _suggest(name: str, choices) -> str:
    cutoff = 0.5 if len(name) <= 3 else 0.6
    hint = difflib.get_close_matches(name, choices, n=1, cutoff=cutoff)
    return f" (did you mean '{hint[0]}'?)" if hint else ""


def _mnemonics(rvc: bool) -> list[str]:
    names = [r.name for r in INSTRUCTIONS if rvc or not r.compressed]
    return names + list(pseudo.ALIASES) + list(pseudo.MACROS)


class Assembler:
    """Pass 1 over one file's statements.  Use `assemble_file` rather than this directly."""

    def __init__(self, filename: str, origins: list, march: str = "rv64imac", listing=False):
        self.filename = filename
        self.origins = origins
        self.march = march
        self.has_c = "c" in march[4:]
        self.rvc = self.has_c
        self.ever_rvc = self.has_c
        self.subsets = parse_arch(march)           # GNU's subset list (attributes.py)
        self.arch = arch_string(self.subsets)
        self.attributes: dict = {}                 # explicit .attribute tag -> value
        self.option_stack: list = []
        self.sections: dict[str, Section] = {}
        self.section_stack: list = []
        self.previous = None
        self.symbols: dict[str, Symbol] = {}
        self.local_counts: dict[int, int] = {}
        self.errors: list[AsmError] = []
        self.origin = None
        self.stmt_col = 0
        self.col_offset = 0
        self.listing = listing
        self.total_bytes = 0
        self._resolved: dict = {}    # equated symbol -> value or exception (see _resolve)
        self._watched: set = set()   # names the entries of _resolved looked at
        self.lcomm: list = []             # (symbol, size, alignment) from .lcomm
        self.cur = self._section(".text")
        self.switch(self.cur)

    # ------------------------------------------------------------------ errors and origins
    def error(self, message: str, col: int = 0, origin=None):
        if len(self.errors) >= MAX_ERRORS:
            return
        origin = origin or self.origin
        self.errors.append(AsmError(message, origin, col))

    def _origin_of(self, line: int):
        if 0 < line <= len(self.origins):
            origin, offset = self.origins[line - 1]
            return origin, offset
        return Origin(self.filename, line, ""), 0

    # ------------------------------------------------------------------ sections
    def _section(self, name, flags=None, sh_type=None) -> Section:
        sec = self.sections.get(name)
        if sec is None:
            dflags, dtype = _default_section(name)
            sec = Section(name, dflags if flags is None else flags,
                          dtype if sh_type is None else sh_type)
            if name == ".text":
                # GNU (md_begin) aligns .text to the instruction size of -march; sections made
                # with .section start at 1, and instructions do not raise it
                sec.align = 2 if self.has_c else 4
            self.sections[name] = sec
        return sec

    def switch(self, sec: Section):
        if sec is not self.cur:
            self.previous = self.cur
        self.cur = sec

    # ------------------------------------------------------------------ ISA and mapping symbols
    def set_subsets(self, subsets: dict):
        """A new extension set (.option arch/rvc/norvc/pop, .attribute arch)."""
        self.subsets = subsets
        self.arch = arch_string(subsets)
        self.rvc = "c" in subsets
        if self.rvc:
            self.ever_rvc = True

    def mapping(self, to: int, align_code: bool = False):
        """GNU's riscv_mapping_state: a `$x<isa>`/`$x`/`$d` mapping symbol when the kind of
        contents of a code section changes (or, for instructions, the ISA string does)."""
        sec = self.cur
        if not sec.code:
            return
        if to == MAP_INSN and sec.map_arch is None:
            reset = True                          # always `$x<isa>` at a section's first code
        elif to == MAP_INSN and not align_code and sec.map_arch != self.arch:
            reset = True
        elif sec.map_state == to:
            return
        else:
            reset = False
        sec.map_state = to
        if reset:
            sec.map_arch = self.arch
            name = "$x" + self.arch
        else:
            name = "$x" if to == MAP_INSN else "$d"
        frag = sec.frag
        add_mapping_symbol(frag, len(frag.data), name)

    def map_data(self):
        sec = self.cur
        if sec.code and sec.map_state != MAP_DATA:
            self.mapping(MAP_DATA)

    # ------------------------------------------------------------------ symbols
    def symbol(self, name: str) -> Symbol:
        sym = self.symbols.get(name)
        if sym is None:
            sym = self.symbols[name] = Symbol(name)
        return sym

    def define_label(self, name: str, col: int):
        sym = self.symbol(name)
        if sym.defined and sym.kind != "set":
            prev = sym.origin
            where = f" (first defined at {prev.file}:{prev.line})" if prev else ""
            self.error(f"symbol '{name}' is already defined{where}", col)
            return
        sec = self.cur
        self.symbol_defined(name)
        sym.kind = "label"
        sym.defined = True
        sym.frag = sec.frag
        sym.offset = len(sec.frag.data)
        sym.section = sec
        sym.value = None
        sym.expr = None
        sym.origin = self.origin
        sym.col = col

    def local_label_name(self, number: int, forward: bool) -> str:
        count = self.local_counts.get(number, 0)
        if forward:
            count += 1
        return f".L{number}\x02{count}"

    def local_ref_name(self, text: str) -> str:
        """The symbol a reference `12b`/`12f` names (ExprError if the number is too large)."""
        number = local_label_number(text[:-1])
        if number < 0:
            raise ExprError(f"local label too large: '{text[:40]}'")
        return self.local_label_name(number, text[-1] == "f")

    # ------------------------------------------------------------------ main loop
    def run(self, statements: list):
        handlers_d = DIRECTIVES
        origins = self.origins
        for index, stmt in enumerate(statements):
            statements[index] = None        # done with it: a big .ascii string is freed now
            kind = stmt[0]
            line = stmt[-2]
            if 0 < line <= len(origins):
                self.origin, self.col_offset = origins[line - 1]
            else:
                self.origin, self.col_offset = Origin(self.filename, line, ""), 0
            col = stmt[-1] + self.col_offset
            self.stmt_col = col
            self.operand_index = None
            try:
                if kind == "stmt":
                    name = stmt[1]
                    if _EMPTY in stmt[2] and name.lower() not in _EMPTY_OK:
                        raise StmtError("missing operand between commas",
                                        stmt[-1] + len(name) + 1)
                    if name[0] == ".":
                        handler = handlers_d.get(name.lower())
                        if handler is None:
                            if name.lower() in _IGNORED_DIRECTIVES or name.startswith(".cfi_"):
                                continue
                            raise StmtError(f"unknown directive '{name}'"
                                            f"{_suggest(name, list(handlers_d))}", col)
                        handler(self, stmt[2], col)
                    else:
                        self.instruction(name, stmt[2], col)
                elif kind == "label":
                    self.define_label(stmt[1], col)
                elif kind == "llabel":
                    number = stmt[1]
                    if number < 0:
                        raise StmtError("local label too large", stmt[-1])
                    self.local_counts[number] = self.local_counts.get(number, 0) + 1
                    name = self.local_label_name(number, False)
                    self.define_label(name, col)
                else:  # assign
                    self.assign(stmt[1], stmt[2], col, "set")
            except StmtError as e:
                self.error(e.message, e.col + self.col_offset if e.col else self._operand_col(col))
            except ExprError as e:
                self.error(e.message, e.col + self.col_offset if e.col else self._operand_col(col))
            except EncodeError as e:
                self.error(str(e), self._operand_col(col))
            except RecursionError:
                self.error("expression nested too deeply", col)
            except Exception as e:      # a bug: report it as an error, never a traceback
                self.error(f"internal error: {type(e).__name__}: {e}", col)
            if self.total_bytes > MAX_OUTPUT_BYTES:
                self.error(f"output too large (more than {MAX_OUTPUT_BYTES} bytes)", col)
                break

    def _operand_col(self, col):
        """Column of the operand being converted when the error happened (for the caret)."""
        index = self.operand_index
        if index is None or self.origin is None:
            return col
        text = self.origin.text
        i = col - 1
        # skip the mnemonic, then count top-level commas
        while i < len(text) and not text[i].isspace():
            i += 1
        depth = 0
        current = 0
        start = i
        while i < len(text):
            c = text[i]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == "," and depth == 0:
                current += 1
                if current > index:
                    break
                start = i + 1
            elif c in "#;":
                break
            i += 1
        if current < index:
            return col
        while start < len(text) and text[start].isspace():
            start += 1
        return start + 1

    # ------------------------------------------------------------------ expressions
    def bind(self, node):
        """Make a node independent of the current position: numeric local refs become names,
        "." becomes a ("loc", frag, offset) node.  Returns the node (rebuilt only if needed)."""
        if type(node) is not tuple:
            return node
        tag = node[0]
        if tag == "lref":
            text = node[1]
            return ("sym", self.local_ref_name(text), node[2])
        if tag == "dot":
            frag = self.cur.frag
            return ("loc", frag, len(frag.data))
        if tag in ("sym", "loc"):
            return node
        if tag == "reloc":
            return ("reloc", node[1], self.bind(node[2]), node[3])
        return (tag,) + tuple(self.bind(c) for c in node[1:])

    def note_reference(self, node):
        for name in symbols_in(node):
            sym = self.symbol(name)
            if not sym.referenced:
                sym.referenced = True
                sym.ref_origin = self.origin
                sym.ref_col = self.stmt_col

    def value_now(self, node):
        """Evaluate at this point of pass 1: an int, or ("rel", frag, offset) for a label
        position; raises Defer when it cannot be known yet.

        Symbols equated to expressions (`x = y + 1`) are resolved first, iteratively and
        remembered (`_resolve`), so a 100,000-link chain of assignments costs no Python
        recursion and no repeated walk; the expression itself is at most MAX_EXPR_DEPTH deep
        (the parser's limit), so the walk of one tree may recurse."""
        if type(node) is int:
            return node
        self._resolve(node)
        return self._value(node)

    def _known_now(self, node):
        """The value of a number or of one symbol that already has a constant value (the
        links of an `x = y` chain whose start is a number), without the general walk of
        value_now; None for anything else."""
        if type(node) is int:
            return node
        if node[0] == "sym":
            sym = self.symbols.get(node[1])
            if sym is not None and sym.defined and sym.kind != "label":
                return sym.value            # None unless a constant
        return None

    def _needs_resolving(self, sym) -> bool:
        return (sym is not None and sym.defined and sym.kind != "label" and sym.value is None
                and sym.expr is not None)

    def _resolve(self, node):
        """Fill self._resolved (name -> value, or the exception its evaluation raised) for
        every equated symbol `node` depends on, deepest first, without recursion.

        An entry stays valid until a symbol that some entry looked at is (re)defined:
        `symbol_defined` then empties the table (self._watched holds those names)."""
        resolved, watched, symbols = self._resolved, self._watched, self.symbols
        stack = [n for n in symbols_in(node) if n not in resolved]
        entered = set()
        while stack:
            name = stack[-1]
            sym = symbols.get(name)
            if name in resolved or not self._needs_resolving(sym):
                watched.add(name)
                stack.pop()
                continue
            if name in entered:                  # its dependencies are done: evaluate it
                stack.pop()
                entered.discard(name)
                try:
                    resolved[name] = self._value(sym.expr)
                except (Defer, ExprError, StmtError) as e:
                    resolved[name] = e
                watched.add(name)
                continue
            entered.add(name)
            for dep in symbols_in(sym.expr):
                if dep in entered:
                    # `dep` is on the path that led here: a cycle
                    resolved[dep] = ExprError(f"symbol '{dep}' is defined in terms of itself")
                    watched.add(dep)
                elif dep not in resolved:
                    stack.append(dep)

    def symbol_defined(self, name: str):
        """A symbol got a (new) definition: forget resolved values that may depend on it."""
        if name in self._watched:
            self._resolved.clear()
            self._watched.clear()

    def _value(self, node):
        if type(node) is int:
            return node
        tag = node[0]
        if tag == "sym" or tag == "lref":
            if tag == "lref":
                text = node[1]
                name = self.local_ref_name(text)
            else:
                name = node[1]
            sym = self.symbols.get(name)
            if sym is None or not sym.defined:
                if tag == "sym" and name in REGISTERS:
                    raise ExprError(f"register '{name}' used where a value is expected", node[2])
                raise Defer()
            if sym.kind == "label":
                return ("rel", sym.frag, sym.offset)
            if sym.value is not None:
                return sym.value
            if sym.expr is None:            # .comm/.lcomm: placed later
                raise Defer()
            result = self._resolved.get(name)
            if result is None:              # not resolved yet (a name from an lref)
                self._resolve(("sym", name, 0))
                result = self._resolved[name]
            if isinstance(result, Exception):
                raise result.with_traceback(None)
            return result
        if tag == "dot":
            frag = self.cur.frag
            return ("rel", frag, len(frag.data))
        if tag == "loc":
            return ("rel", node[1], node[2])
        if tag == "paren":
            return self._value(node[1])
        if tag == "reloc":
            raise ExprError(f"%{node[1]} is not allowed here", node[3])
        if tag in _NOT_VALUES:
            raise StmtError(f"expected a number or symbol, not {_NOT_VALUES[tag]}", _col(node))
        if len(node) == 2:
            a = self._value(node[1])
            if type(a) is not int:
                raise Defer()
            return fold(tag, a)
        a = self._value(node[1])
        b = self._value(node[2])
        if type(a) is int and type(b) is int:
            return fold(tag, a, b)
        if tag == "add":
            if type(a) is int:
                a, b = b, a
            if type(b) is int:
                return ("rel", a[1], a[2] + b)
        elif tag == "sub":
            if type(b) is int:
                return ("rel", a[1], a[2] - b)
            if type(a) is not int:
                d = self._fixed_distance(a, b)
                if d is not None:
                    return d
        raise Defer()

    def _fixed_distance(self, a, b):
        """a - b for two label positions when no variable-size tail lies between them."""
        fa, oa = a[1], a[2]
        fb, ob = b[1], b[2]
        if fa.section is not fb.section:
            return None
        if fa is fb:
            return oa - ob
        sign = 1
        if fa.index < fb.index:
            fa, oa, fb, ob, sign = fb, ob, fa, oa, -1
        frags = fa.section.frags
        total = 0
        for i in range(fb.index, fa.index):
            f = frags[i]
            if f.var is not None:
                return None
            total += len(f.data)
        return sign * (total - ob + oa)

    def const(self, node, what="value") -> int:
        """A value that must be a constant now (counts, alignments, .if ...)."""
        try:
            v = self.value_now(node)
        except Defer:
            v = None
        if type(v) is not int:
            raise StmtError(f"{what} must be a constant expression here",
                            _col(node))
        return v

    # ------------------------------------------------------------------ emitting bytes
    def emit(self, data: bytes):
        sec = self.cur
        if sec.nobits:
            if any(data):
                raise StmtError(f"attempt to store non-zero value in section '{sec.name}'",
                                self.stmt_col - self.col_offset)
        frag = sec.frag
        if self.listing:
            self._list(frag, len(data))
        frag.data += data
        self.total_bytes += len(data)

    def _list(self, frag, size):
        if frag.lines is None:
            frag.lines = []
        frag.lines.append((len(frag.data), size, self.origin))

    def emit_word(self, word: int, length: int):
        frag = self.cur.frag
        if self.cur.nobits:
            raise StmtError(f"instructions are not allowed in section '{self.cur.name}'",
                            self.stmt_col - self.col_offset)
        if self.listing:
            self._list(frag, length)
        frag.data += word.to_bytes(length, "little")
        self.total_bytes += length

    def add_fixup(self, fixup, size):
        """Record a fixup at the current position and reserve `size` zero bytes for it."""
        frag = self.cur.frag
        frag.fixups.append((len(frag.data), fixup, self.origin, self.stmt_col))
        if self.listing:
            self._list(frag, size)
        frag.data += bytes(size)
        self.total_bytes += size

    def add_var(self, var, size_hint=0):
        sec = self.cur
        frag = sec.frag
        if self.listing:
            self._list(frag, -1)
        frag.var = var
        sec.new_frag()

    # ------------------------------------------------------------------ operands
    def reg(self, arg, what="register") -> int:
        if type(arg) is tuple:
            if arg[0] == "sym":
                num = REGISTERS.get(arg[1])
                if num is not None:
                    return num
                raise StmtError(f"bad register '{arg[1]}'{_suggest(arg[1], REGISTERS)}",
                                arg[2])
            if arg[0] == "paren" and arg[1][0] == "sym" and arg[1][1] in REGISTERS:
                raise StmtError(f"expected a {what}, not a memory operand", arg[1][2] - 1)
        raise StmtError(f"expected a {what}", _col(arg))

    def is_reg(self, arg) -> bool:
        return type(arg) is tuple and arg[0] == "sym" and arg[1] in REGISTERS

    def mem_parts(self, arg):
        """`imm(rs1)`, `(rs1)`: returns (offset node, base register)."""
        if type(arg) is tuple:
            if arg[0] == "mem":
                if self.is_reg(arg[1]) and not self.is_reg(arg[2]):
                    raise StmtError("offset and register look swapped: write offset(register), "
                                    "e.g. 8(sp)", _col(arg[1]))
                return arg[1], self.reg(arg[2], "base register")
            if arg[0] == "paren":
                return 0, self.reg(arg[1], "base register")
        raise StmtError("expected a memory operand 'offset(register)'", _col(arg))

    def csr(self, arg) -> int:
        if type(arg) is tuple and arg[0] == "sym" and arg[1] in CSR_NAMES:
            return CSR_NAMES[arg[1]]
        if type(arg) is tuple and arg[0] == "sym":
            sym = self.symbols.get(arg[1])
            if sym is None or not sym.defined:
                raise StmtError(f"unknown CSR '{arg[1]}'{_suggest(arg[1], CSR_NAMES)}", arg[2])
        v = self.const(arg, "CSR number")
        if not 0 <= v <= 0xFFF:
            raise StmtError(f"CSR number {v} out of range, expected [0, 4095]", _col(arg))
        return v

    def fence_set(self, arg) -> int:
        if type(arg) is tuple and arg[0] == "sym":
            text = arg[1]
            bits = 0
            for ch in text:
                pos = "iorw".find(ch)
                if pos < 0 or bits & (8 >> pos):
                    raise StmtError(f"bad fence operand '{text}' (use letters of 'iorw')",
                                    arg[2])
                bits |= 8 >> pos
            return bits
        if arg == 0:
            return 0
        raise StmtError("bad fence operand (use letters of 'iorw')", _col(arg))

    # ------------------------------------------------------------------ instructions
    def instruction(self, name: str, args: tuple, col: int):
        sec = self.cur
        if sec.code and (sec.map_state != MAP_INSN or sec.map_arch != self.arch):
            self.mapping(MAP_INSN)
        entry = INSN_INDEX.get(name)
        if entry is None:
            base, dot, suffix = name.partition(".")
            self._unknown(name, col)
            return
        kind, data = entry
        if kind == "row":
            row = data
            if row.length == 2 and not self.rvc:
                raise StmtError(f"'{name}' needs the C extension (-march with 'c' or "
                                f".option rvc)", col - self.col_offset)
            self.real(row, args, name)
        elif kind == "amo":
            row, aq, rl = data
            self.real(row, args, name, aq, rl)
        elif kind == "alias":
            self.alias(name, data, args)
        else:
            MACRO_HANDLERS[name](self, args)

    def _unknown(self, name, col):
        raise StmtError(f"unknown instruction '{name}'{_suggest(name, _mnemonics(self.rvc))}",
                        col - self.col_offset)

    def _count_error(self, name, expected, got):
        if isinstance(expected, (list, tuple, set)):
            options = sorted(set(expected))
            want = " or ".join(str(n) for n in options)
        else:
            want = str(expected)
        raise StmtError(f"'{name}' takes {want} operand{'s' if want != '1' else ''}, "
                        f"got {got}", self.stmt_col - self.col_offset)

    def real(self, row, args, name, aq=0, rl=0):
        """A real instruction of the table, written with its own operands (or a short form)."""
        ops = row.operands
        plain = _PLAIN_OPERANDS.get(row.name)
        if plain is not None and len(args) == len(plain):
            # the common shapes `op rd, rs1, rs2` / `op rd, rs1, imm` with registers and a
            # number: straight to the fields (anything else takes the general path below)
            fields = {}
            for op, arg in zip(plain, args):
                if op:
                    if type(arg) is not tuple or arg[0] != "sym":
                        break
                    r = REGISTERS.get(arg[1])
                    if r is None:
                        break
                    fields[op] = r
                elif type(arg) is not int:
                    break
            else:
                if plain[-1] is None:
                    self.operand_index = len(args) - 1
                    return self.with_immediate(row, fields, args[-1], name)
                self.operand_index = None
                return self.finish_insn(row, fields, name)
        if row.name in _LOADS and len(args) == 2 and not _is_mem(args[1]):
            return load_symbol(self, row, args)
        if row.name in _STORES and (len(args) == 3 or (len(args) == 2 and not _is_mem(args[1]))):
            return store_symbol(self, row, args)
        if len(args) != len(ops) or ("mem" in ops and not _is_mem(args[ops.index("mem")])):
            alt = pseudo.SHORT_FORMS.get(row.name)
            if alt:
                for kinds, expansion in alt:
                    if len(kinds) == len(args) and _shape_ok(kinds, args):
                        return self.alias(row.name + f".{len(args)}", [(kinds, expansion)], args)
            counts = [len(ops)] + [len(k) for k, _ in (alt or [])]
            self._count_error(name, counts, len(args))
        # csrrw/csrrs/csrrc with an immediate source are the csrr*i instructions (GNU)
        if row.fmt == "CSR" and len(args) == 3 and not self.is_reg(args[2]):
            return self.real(BY_NAME[row.name + "i"], args, name)
        # immediate forms of R-type mnemonics: `add a0, a1, 5` is addi
        if row.fmt == "R" and row.name in pseudo.IMMEDIATE_FORMS and len(args) == 3 \
                and not self.is_reg(args[2]):
            arg = args[2]
            if type(arg) is tuple and arg[0] == "sym" and arg[1] not in self.symbols:
                raise StmtError(f"bad register '{arg[1]}'{_suggest(arg[1], REGISTERS)}",
                                arg[2])
            irow = BY_NAME[pseudo.IMMEDIATE_FORMS[row.name]]
            return self.real(irow, args, name + ".imm")
        fields = {}
        imm_node = None
        imm_index = None
        for index, (op, arg) in enumerate(zip(ops, args)):
            self.operand_index = index
            if op in ("rd", "rs1", "rs2", "c_rd", "c_rs2"):
                fields[op] = self.reg(arg)
            elif op in ("c_rdp", "c_rs1p", "c_rs2p"):
                r = self.reg(arg)
                if not 8 <= r <= 15:
                    raise StmtError(f"register '{arg[1]}' not allowed here, expected one of "
                                    f"x8..x15 (s0, s1, a0..a5)", _col(arg))
                fields[op] = r
            elif op == "imm":
                imm_node, imm_index = arg, index
            elif op == "mem":
                imm_node, imm_index = arg, index
                imm_node, fields["rs1"] = self.mem_parts(arg)
            elif op == "c_mem":
                imm_index = index
                imm_node, base = self.mem_parts(arg)
                if row.base == "sp":
                    if base != 2:
                        raise StmtError("base register must be sp", _col(arg))
                else:
                    if not 8 <= base <= 15:
                        raise StmtError("base register must be one of x8..x15", _col(arg))
                    fields["c_rs1p"] = base
            elif op == "amo_mem":
                off, fields["rs1"] = self.mem_parts(arg)
                if off != 0:
                    try:
                        v = self.const(off)
                    except StmtError:
                        v = 1
                    if v != 0:
                        raise StmtError("offset must be 0 for this instruction", _col(arg))
            elif op == "target":
                return self.branch(row, fields, arg, name, args)
            elif op == "csr":
                fields["csr"] = self.csr(arg)
            elif op in ("zimm", "shamt6", "shamt5"):
                fields[op] = self._uint(arg, op, row)
            elif op in ("pred", "succ"):
                fields[op] = self.fence_set(arg)
            elif op == "sp":
                if self.reg(arg) != 2:
                    raise StmtError("this operand must be sp", _col(arg))
        if row.aqrl:
            fields["aq"] = aq
            fields["rl"] = rl
        if imm_node is not None:
            self.operand_index = imm_index
            return self.with_immediate(row, fields, imm_node, name)
        self.operand_index = None
        self.finish_insn(row, fields, name)

    def _uint(self, arg, op, row):
        v = self.const(arg, "immediate")
        hi = {"zimm": 31, "shamt6": 63, "shamt5": 31}[op]
        if not 0 <= v <= hi:
            raise StmtError(f"{row.name}: immediate {v} out of range, expected [0, {hi}]",
                            _col(arg))
        return v

    def finish_insn(self, row, fields, form):
        """Encode (compressing like GNU when RVC is on) and emit."""
        if self.rvc and row.length != 2:
            c = pseudo.compress(form, fields)
            if c is not None:
                crow = BY_NAME[c[0]]
                self.emit_word(encode(crow, c[1]), 2)
                return
        self.emit_word(encode(row, fields), row.length)

    def with_immediate(self, row, fields, node, form):
        """An instruction whose immediate is an expression (maybe %hi/%lo/... or a symbol)."""
        if type(node) is int:
            fields["imm"] = self._check_imm(row, node, node)
            return self.finish_insn(row, fields, form)
        if node[0] == "reloc":
            kind = node[1]
            inner = node[2]
            mod = self._reloc_mod(kind, row, node)
            try:
                v = self.value_now(inner)
            except Defer:
                v = None
            if type(v) is int and mod in ("hi", "lo"):
                fields["imm"] = self._check_imm(row, _hi(v) if mod == "hi" else _lo(v), node)
                return self.finish_insn(row, fields, form)
            self.note_reference(inner)
            anchor = None
            target = self.bind(inner)
            if mod == "pcrel_lo":
                anchor = target
            self.add_fixup(("insn", row, fields, mod, target, anchor), 4)
            return
        try:
            v = self.value_now(node)
        except Defer:
            v = None
        if type(v) is int:
            fields["imm"] = self._check_imm(row, v, node)
            return self.finish_insn(row, fields, form)
        self.note_reference(node)
        self.add_fixup(("insn", row, fields, "abs", self.bind(node), None), row.length)

    def _reloc_mod(self, kind, row, node):
        mods = {"hi": "hi", "lo": "lo", "pcrel_hi": "pcrel_hi", "pcrel_lo": "pcrel_lo"}
        mod = mods.get(kind)
        if mod is None:
            raise StmtError(f"unknown relocation '%{kind}' (expected %hi, %lo, %pcrel_hi or "
                            f"%pcrel_lo)", node[3])
        if mod in ("hi", "pcrel_hi") and row.imm is not BY_NAME["lui"].imm:
            raise StmtError(f"%{kind} can only be used with lui/auipc", node[3])
        if mod in ("lo", "pcrel_lo") and row.imm not in (IMM_I, IMM_S):
            raise StmtError(f"%{kind} can only be used with an I- or S-type immediate",
                            node[3])
        return mod

    def _check_imm(self, row, value, node):
        layout = row.imm
        if row.name == "c.lui":
            if 0xFFFE0 <= value <= 0xFFFFF:
                value -= 0x100000          # GNU writes c.lui's immediate as lui's 20 bits
            if value == 0 or not -32 <= value <= 31:
                raise StmtError(f"c.lui: immediate {value} out of range, expected [1, 31] or "
                                f"[0xfffe0, 0xfffff]", _col(node))
            return value
        if row.name in ("lui", "auipc"):
            if not 0 <= value <= 0xFFFFF:
                raise StmtError(f"{row.name}: immediate {value} out of range, expected "
                                f"[0, 1048575] (0xfffff)", _col(node))
            return value
        if not imm_fits(layout, value):
            lo, hi = layout.value_range()
            extra = ""
            if layout.low_zero_bits:
                extra = f" and a multiple of {1 << layout.low_zero_bits}"
            raise StmtError(f"{row.name}: immediate {value} out of range, expected "
                            f"[{lo}, {hi}]{extra}", _col(node))
        return value

    # ------------------------------------------------------------------ branches and jumps
    def target_symbol(self, node):
        """A branch/jump/call target: (Symbol, addend); or an int for an absolute target."""
        if type(node) is int:
            return node
        tag = node[0]
        addend = 0
        if tag in ("add", "sub") and type(node[2]) is int:
            addend = node[2] if tag == "add" else -node[2]
            node = node[1]
            tag = node[0] if type(node) is tuple else None
        elif tag == "add" and type(node[1]) is int:
            addend = node[1]
            node = node[2]
            tag = node[0] if type(node) is tuple else None
        if tag == "lref":
            text = node[1]
            name = self.local_ref_name(text)
            sym = self.symbol(name)
        elif tag == "dot":
            # `.` is this instruction's own address: an anonymous label here
            sym = self.symbol(f".Ldot\x03{len(self.symbols)}")
            sym.kind = "label"
            sym.defined = True
            sym.frag = self.cur.frag
            sym.offset = len(self.cur.frag.data)
            sym.section = self.cur
        elif tag == "sym":
            if node[1] in REGISTERS:
                raise StmtError(f"expected a label, not register '{node[1]}'", node[2])
            sym = self.symbol(node[1])
        else:
            return None
        if not sym.referenced:
            sym.referenced = True
            sym.ref_origin = self.origin
            sym.ref_col = self.stmt_col
        return sym, addend

    def branch(self, row, fields, target_node, form, args):
        """beq/bne/.../jal/c.j/c.beqz...: pc-relative target, relaxable when symbolic."""
        target = self.target_symbol(target_node)
        if target is None:
            raise StmtError("branch target must be a label or label +/- constant",
                            _col(target_node))
        if type(target) is int:
            # GNU: a constant target is an absolute address (a relocation against *ABS*), so
            # never a same-section target: `j` stays 4 bytes, a conditional branch 8
            sym = Symbol(f".L\x04{target:#x}")
            sym.kind = "set"
            sym.defined = True
            sym.value = target
            sym.referenced = True
            target = (sym, 0)
        sym, addend = target
        if row.name == "c.j":
            # GNU relaxes an explicit c.j like `j` (RELAX_BRANCH with rvc): 2 bytes when the
            # target is near and in this section, else a 4-byte jal
            self.add_var(VarBranch("jump", BY_NAME["jal"], {"rd": 0}, True, sym, addend,
                                   self.origin, self.stmt_col))
            return
        if row.name in ("c.beqz", "c.bnez"):
            # ... and c.beqz/c.bnez like beqz/bnez: 2, 4, 6 or 8 bytes
            base = BY_NAME["beq" if row.name == "c.beqz" else "bne"]
            self.add_var(VarBranch("cond", base, {"rs1": fields["c_rs1p"], "rs2": 0}, True,
                                   sym, addend, self.origin, self.stmt_col))
            return
        if row.compressed:
            # other explicit compressed branches: fixed 2 bytes, offset resolved at link time
            self.add_fixup(("insn", row, fields, "pcrel", ("symref", sym, addend), None), 2)
            return
        if row.name == "jal":
            rvc = self.rvc and form in pseudo.RVC_JUMP_FORMS
            var = VarBranch("jump", row, fields, rvc, sym, addend, self.origin, self.stmt_col)
        else:
            rvc = (self.rvc and form in pseudo.RVC_BRANCH_FORMS and fields["rs2"] == 0
                   and 8 <= fields["rs1"] <= 15)
            var = VarBranch("cond", row, fields, rvc, sym, addend, self.origin, self.stmt_col)
        self.add_var(var)

    # ------------------------------------------------------------------ aliases
    def alias(self, name, entries, args):
        if name in ("csrw", "csrs", "csrc") and len(args) == 2 and not self.is_reg(args[1]):
            name += "i"                  # `csrw csr, 5` is csrwi (GNU)
            entries = pseudo.ALIASES[name]
        for kinds, (mnemonic, mapping) in entries:
            if len(kinds) == len(args) and _shape_ok(kinds, args):
                break
        else:
            self._count_error(name.split(".")[0] if name[-2:-1] == "." else name,
                              [len(k) for k, _ in entries], len(args))
        row = BY_NAME[mnemonic]
        values = {}
        for kind, arg in zip(kinds, args):
            values[kind] = arg
        # build the real instruction's operand list in its own order
        fields = {}
        imm_node = None
        target_node = None
        for field, source in mapping.items():
            if isinstance(source, int):
                if field in ("imm",):
                    imm_node = source
                else:
                    fields[field] = source
                continue
            arg = values[source]
            if source in ("rd", "rs1", "rs2"):
                fields[field] = self.reg(arg)
            elif source == "imm":
                imm_node = arg
            elif source == "mem":
                imm_node, fields["rs1"] = self.mem_parts(arg)
            elif source == "target":
                target_node = arg
            elif source == "csr":
                fields["csr"] = self.csr(arg)
            elif source == "zimm":
                fields["zimm"] = self._uint(arg, "zimm", row)
        if name == "unimp" and self.rvc:
            self.emit_word(0, 2)
            return
        form = name
        if name == "jalr.1":
            form = "jalr.1"
        if target_node is not None:
            return self.branch(row, fields, target_node, form, args)
        if imm_node is not None:
            return self.with_immediate(row, fields, imm_node, form)
        self.finish_insn(row, fields, form)

    # ------------------------------------------------------------------ assignments
    def assign(self, name, node, col, how):
        sym = self.symbol(name)
        if how == "equiv" and sym.defined:
            raise StmtError(f"symbol '{name}' is already defined", col - self.col_offset)
        if sym.defined and sym.kind == "label":
            raise StmtError(f"symbol '{name}' is already defined as a label",
                            col - self.col_offset)
        node = self.bind(node)
        v = self._known_now(node)
        if v is None:
            try:
                v = self.value_now(node)
            except Defer:
                v = None
        self.symbol_defined(name)
        sym.defined = True
        sym.origin = self.origin
        sym.col = col
        sym.kind = "set"
        if type(v) is int:
            sym.value = v
            sym.expr = None
            sym.frag = None
        elif v is not None:
            sym.value = None
            sym.expr = ("loc", v[1], v[2])
        else:
            sym.value = None
            sym.expr = node
            self.note_reference(node)


_LOADS = {"lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"}
_STORES = {"sb", "sh", "sw", "sd"}


def _shape_ok(kinds, args) -> bool:
    """Memory operands only where the form has one (so `jr 4(a0)` picks the right form)."""
    for kind, arg in zip(kinds, args):
        if (kind == "mem") != _is_mem(arg):
            return False
    return True


def _is_mem(arg) -> bool:
    return type(arg) is tuple and arg[0] in ("mem", "paren")


def _col(node) -> int:
    from .expr import first_col
    if type(node) is tuple and node[0] in ("mem",):
        return first_col(node[2])
    if type(node) is tuple and node[0] in ("str", "tag"):
        return node[2]
    return first_col(node)


def _hi(v: int) -> int:
    return ((v + 0x800) >> 12) & 0xFFFFF


def _lo(v: int) -> int:
    v &= 0xFFF
    return v - 0x1000 if v & 0x800 else v


# ---------------------------------------------------------------------- instruction index
def _build_index():
    index = {}
    for row in INSTRUCTIONS:
        index[row.name] = ("row", row)
        if row.aqrl:
            for suffix, (aq, rl) in _AMO_SUFFIXES.items():
                index[row.name + suffix] = ("amo", (row, aq, rl))
    for name, entries in pseudo.ALIASES.items():
        index[name] = ("alias", entries)
    for name in pseudo.MACROS:
        index[name] = ("macro", None)
    for op in ("lb", "lh", "lw", "ld", "lbu", "lhu", "lwu", "sb", "sh", "sw", "sd"):
        index[op] = ("row", BY_NAME[op])
    return index


INSN_INDEX = _build_index()

# rows whose operands are registers (rd/rs1/rs2) with at most a final `imm`: for the fast path
# of Assembler.real, register field names with None for the immediate (by mnemonic)
_PLAIN_OPERANDS = {}
for _row in INSTRUCTIONS:
    _ops = tuple(_row.operands)
    if (_ops and not _row.aqrl and _row.fmt != "CSR"
            and all(op in ("rd", "rs1", "rs2") for op in _ops[:-1])
            and (_ops[-1] in ("rd", "rs1", "rs2") or (_ops[-1] == "imm" and len(_ops) > 1))
            and _row.name not in _LOADS and _row.name not in _STORES):
        _PLAIN_OPERANDS[_row.name] = tuple(None if op == "imm" else op for op in _ops)

from .directives import DIRECTIVES  # noqa: E402  (directives use Assembler's helpers)
from .macros import MACRO_HANDLERS, load_symbol, store_symbol  # noqa: E402
