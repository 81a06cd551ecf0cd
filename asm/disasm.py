"""The disassembler: instruction words to text, in GNU objdump's syntax, driven by the ISA table.

    disassemble_one(word, pc, symbols=None, aliases=True) -> (length, text)
    Disassembler(symbols=None, aliases=True, gp=None).disassemble(word, pc) -> (length, text)
    SymbolMap([(address, name), ...])        how branch targets are labelled (`<name+0x10>`)

Design
------
Decoding is `pagelab.cpu.isa.encoding.decode` - the one instruction table that the assembler and
the CPU use (docs/interfaces.md §1); this module has no opcode table of its own.  What it adds is
*presentation*: how GNU objdump (binutils 2.40, the oracle of our tests) spells a decoded
instruction.  GNU picks the first entry of its own opcode list that matches a word, and that list
puts pseudo-instructions first, so objdump prints ``li``, ``mv``, ``ret``, ``beqz``... and, in
2.40, also some less obvious spellings: ``addi a0,a0,1`` prints as ``add a0,a0,1``,
``xori``/``ori``/``andi`` as ``xor``/``or``/``and``, ``slli``/``srli``/``srai`` as
``sll``/``srl``/``sra``, ``csrrwi`` as ``csrrw`` with an immediate.  Compressed instructions print
as the 32-bit form they expand to (``c.addi a0,1`` -> ``add a0,a0,1``), except HINT encodings,
which keep their ``c.`` name (``c.li zero,5``, ``c.slli64 a0``).  These choices are the `ALIASES`
and `C_ALIASES` rules below: for each table row, an ordered list of (condition on the decoded
fields, mnemonic, operand template); the first rule whose condition holds wins.  They were
established empirically, by comparing with ``riscv64-linux-gnu-objdump -d`` on every 16-bit word
and on hundreds of thousands of 32-bit words (tests/asm/test_disasm_gnu.py keeps comparing).

With ``aliases=False`` (objdump ``-M no-aliases``) every row prints under its own name with the
operands of the table (`Insn.operands`), as GNU does, but for GNU's few canonical quirks
(`C_CANONICAL`: ``c.nop`` is ``c.addi zero,imm``, zero shifts are ``c.slli64``...; and
``unimp``, which GNU never spells otherwise).

Known, intended differences from GNU: pagelab has no F/D, so GNU's raw-binary mode (rv64gc)
shows ``c.fld``/``fsd``... where we show ``.2byte``/``.4byte`` (with an ``rv64imac`` file both
agree); and the reserved ``c.addi16sp sp,0`` (0x6101) is ``.2byte`` here, ``add sp,sp,0`` there.

Operand formats follow GNU: registers by ABI name, I/S immediates and offsets in decimal, shift
amounts, ``lui``/``auipc`` immediates and unknown CSR numbers in hex, branch and jump targets as
absolute addresses (``0x1a2b`` without symbols; ``1a2b <name+0x4>`` with a `SymbolMap`), fence sets
as ``iorw`` letters.  Words that decode to nothing print as GNU 2.40 prints them: ``.2byte 0x4``,
``.4byte 0x12345678``; 48- and 64-bit encodings (which pagelab does not implement) likewise by
their length.

Address comments: like GNU, a `Disassembler` remembers the value each ``lui``/``auipc``/``c.lui``
put in a register and, when a following ``addi``/load/store/``jalr`` uses that register as a base,
appends ``# <address>`` (``add a1,a1,40 # 11114 <msg>``); a remembered value is used once, and
only by spellings whose printed operands consult it (``mv`` never does).  Offsets from ``zero``,
``tp`` and (when the ELF file has ``__global_pointer$``) ``gp`` are shown the same way.
`disassemble_one` starts from a fresh state every call, which suits the front panel and traces.

ISA subset: like GNU, a `Disassembler` decodes only the extensions of its ISA string (`set_arch`;
objdump takes it from the file's ``$xrv64...`` mapping symbols or ``.riscv.attributes``, else
GNU's default rv64gc): without C, 16-bit words are ``.2byte``; without Zicsr, CSR instructions
are ``.4byte`` (but ``rdcycle``/``rdtime``/``rdinstret``, in GNU's base class, still print);
with F, the floating-point CSRs get their own names (``frflags``, ``fsrm``...).
"""
from __future__ import annotations

import bisect
import re

from pagelab.cpu.isa.csr import STANDARD_CSR_NAMES
from pagelab.cpu.isa.encoding import decode
from pagelab.cpu.isa.table import ABI_NAMES

MASK64 = (1 << 64) - 1

# --- GNU's alias choices for 32-bit rows ----------------------------------------------------------
# row name -> [(condition: {field: value}, mnemonic, operand template)], first match wins; when no
# rule matches, the row prints under its own name with its table operands.  Template tokens are
# field names (`rd`, `rs1`, `imm`, `csr`...), `mem` = imm(rs1), `amo_mem` = (rs1), `target`.
ALIASES = {
    "addi": [({"rd": 0, "rs1": 0, "imm": 0}, "nop", ""),
             ({"rs1": 0}, "li", "rd,imm"),
             ({"imm": 0}, "mv", "rd,rs1"),
             ({}, "add", "rd,rs1,imm")],
    "addiw": [({"imm": 0}, "sext.w", "rd,rs1"),
              ({}, "addw", "rd,rs1,imm")],
    "xori": [({"imm": -1}, "not", "rd,rs1"),
             ({}, "xor", "rd,rs1,imm")],
    "ori": [({}, "or", "rd,rs1,imm")],
    "andi": [({"imm": 255}, "zext.b", "rd,rs1"),
             ({}, "and", "rd,rs1,imm")],
    "sltiu": [({"imm": 1}, "seqz", "rd,rs1")],
    "slli": [({}, "sll", "rd,rs1,shamt6")],
    "srli": [({}, "srl", "rd,rs1,shamt6")],
    "srai": [({}, "sra", "rd,rs1,shamt6")],
    "slliw": [({}, "sllw", "rd,rs1,shamt5")],
    "srliw": [({}, "srlw", "rd,rs1,shamt5")],
    "sraiw": [({}, "sraw", "rd,rs1,shamt5")],
    "sub": [({"rs1": 0}, "neg", "rd,rs2")],
    "subw": [({"rs1": 0}, "negw", "rd,rs2")],
    "slt": [({"rs2": 0}, "sltz", "rd,rs1"),
            ({"rs1": 0}, "sgtz", "rd,rs2")],
    "sltu": [({"rs1": 0}, "snez", "rd,rs2")],
    "beq": [({"rs2": 0}, "beqz", "rs1,target")],
    "bne": [({"rs2": 0}, "bnez", "rs1,target")],
    "bge": [({"rs1": 0}, "blez", "rs2,target"),
            ({"rs2": 0}, "bgez", "rs1,target")],
    "blt": [({"rs2": 0}, "bltz", "rs1,target"),
            ({"rs1": 0}, "bgtz", "rs2,target")],
    "jal": [({"rd": 0}, "j", "target"),
            ({"rd": 1}, "jal", "target")],
    "jalr": [({"rd": 0, "rs1": 1, "imm": 0}, "ret", ""),
             ({"rd": 0, "imm": 0}, "jr", "rs1"),
             ({"rd": 0}, "jr", "mem"),
             ({"rd": 1, "imm": 0}, "jalr", "rs1"),
             ({"rd": 1}, "jalr", "mem"),
             ({"imm": 0}, "jalr", "rd,rs1")],
    "csrrw": [({"rd": 0}, "csrw", "csr,rs1")],
    "csrrs": [({"rs1": 0, "csr": 0xC00}, "rdcycle", "rd"),
              ({"rs1": 0, "csr": 0xC01}, "rdtime", "rd"),
              ({"rs1": 0, "csr": 0xC02}, "rdinstret", "rd"),
              ({"rs1": 0}, "csrr", "rd,csr"),
              ({"rd": 0}, "csrs", "csr,rs1")],
    "csrrc": [({"rd": 0}, "csrc", "csr,rs1")],
    "csrrwi": [({"rd": 0}, "csrw", "csr,zimm"),
               ({}, "csrrw", "rd,csr,zimm")],
    "csrrsi": [({"rd": 0}, "csrs", "csr,zimm"),
               ({}, "csrrs", "rd,csr,zimm")],
    "csrrci": [({"rd": 0}, "csrc", "csr,zimm"),
               ({}, "csrrc", "rd,csr,zimm")],
    "fence": [({"pred": 15, "succ": 15}, "fence", "")],
    "sfence.vma": [({"rs1": 0, "rs2": 0}, "sfence.vma", ""),
                   ({"rs2": 0}, "sfence.vma", "rs1")],
}

# --- compressed rows ------------------------------------------------------------------------------
# Conditions and templates use the compressed row's own fields (c_rd, c_rs1p, imm ...) plus `sp`
# and `zero` as literal registers.  `imm:x` prints in hex, `imm:u20` as lui's 20-bit field in hex.
C_ALIASES = {
    "c.addi4spn": [({}, "add", "c_rdp,sp,imm")],
    "c.lw": [({}, "lw", "c_rdp,c_mem")],
    "c.ld": [({}, "ld", "c_rdp,c_mem")],
    "c.sw": [({}, "sw", "c_rs2p,c_mem")],
    "c.sd": [({}, "sd", "c_rs2p,c_mem")],
    "c.nop": [({"imm": 0}, "nop", ""),
              ({}, "c.nop", "imm")],
    "c.addi": [({}, "add", "c_rd,c_rd,imm")],
    "c.addiw": [({"imm": 0}, "sext.w", "c_rd,c_rd"),
                ({}, "addw", "c_rd,c_rd,imm")],
    "c.li": [({"c_rd": 0}, "c.li", "c_rd,imm"),
             ({}, "li", "c_rd,imm")],
    "c.addi16sp": [({}, "add", "sp,sp,imm")],
    "c.lui": [({"c_rd": 0}, "c.lui", "c_rd,imm:u20"),
              ({}, "lui", "c_rd,imm:u20")],
    "c.srli": [({"imm": 0}, "c.srli64", "c_rs1p"),
               ({}, "srl", "c_rs1p,c_rs1p,imm:x")],
    "c.srai": [({"imm": 0}, "c.srai64", "c_rs1p"),
               ({}, "sra", "c_rs1p,c_rs1p,imm:x")],
    "c.andi": [({}, "and", "c_rs1p,c_rs1p,imm")],
    "c.sub": [({}, "sub", "c_rs1p,c_rs1p,c_rs2p")],
    "c.xor": [({}, "xor", "c_rs1p,c_rs1p,c_rs2p")],
    "c.or": [({}, "or", "c_rs1p,c_rs1p,c_rs2p")],
    "c.and": [({}, "and", "c_rs1p,c_rs1p,c_rs2p")],
    "c.subw": [({}, "subw", "c_rs1p,c_rs1p,c_rs2p")],
    "c.addw": [({}, "addw", "c_rs1p,c_rs1p,c_rs2p")],
    "c.j": [({}, "j", "target")],
    "c.beqz": [({}, "beqz", "c_rs1p,target")],
    "c.bnez": [({}, "bnez", "c_rs1p,target")],
    "c.slli": [({"imm": 0}, "c.slli64", "c_rd"),
               ({"c_rd": 0}, "c.slli", "c_rd,imm:x"),
               ({}, "sll", "c_rd,c_rd,imm:x")],
    "c.lwsp": [({}, "lw", "c_rd,c_mem")],
    "c.ldsp": [({}, "ld", "c_rd,c_mem")],
    "c.jr": [({"c_rd": 1}, "ret", ""),
             ({}, "jr", "c_rd")],
    "c.mv": [({"c_rd": 0}, "c.mv", "c_rd,c_rs2"),
             ({}, "mv", "c_rd,c_rs2")],
    "c.ebreak": [({}, "ebreak", "")],
    "c.jalr": [({}, "jalr", "c_rd")],
    "c.add": [({"c_rd": 0}, "c.add", "c_rd,c_rs2"),
              ({}, "add", "c_rd,c_rd,c_rs2")],
    "c.swsp": [({}, "sw", "c_rs2,c_mem")],
    "c.sdsp": [({}, "sd", "c_rs2,c_mem")],
}

# -M no-aliases: GNU's canonical spelling where it differs from "row name + table operands".
C_CANONICAL = {
    "c.nop": [({}, "c.addi", "zero,imm")],
    "c.slli": [({"imm": 0}, "c.slli64", "c_rd"), ({}, "c.slli", "c_rd,imm:x")],
    "c.srli": [({"imm": 0}, "c.srli64", "c_rs1p"), ({}, "c.srli", "c_rs1p,imm:x")],
    "c.srai": [({"imm": 0}, "c.srai64", "c_rs1p"), ({}, "c.srai", "c_rs1p,imm:x")],
    "c.lui": [({}, "c.lui", "c_rd,imm:u20")],
}

# Whole-word spellings GNU gives to encodings that are otherwise illegal.
SPECIAL_WORDS = {
    (2, 0x0000): ("unimp", "c.unimp"),          # (aliased, canonical)
    (4, 0xC0001073): ("unimp", "unimp"),        # csrrw zero,cycle,zero: GNU's 32-bit unimp
}

FENCE_SETS = [None, "w", "r", "rw", "o", "ow", "or", "orw", "i", "iw", "ir", "irw", "io", "iow",
              "ior", "iorw"]

# Operand kinds printed in hex by GNU.
HEX_FIELDS = {"shamt6", "shamt5"}
HEX_ROWS = {"lui", "auipc"}


# Spellings GNU uses only when the file's ISA has F (the floating-point CSRs' own names).
F_ALIASES = {
    "csrrw": [({"rd": 0, "csr": 1}, "fsflags", "rs1"), ({"csr": 1}, "fsflags", "rd,rs1"),
              ({"rd": 0, "csr": 2}, "fsrm", "rs1"), ({"csr": 2}, "fsrm", "rd,rs1"),
              ({"rd": 0, "csr": 3}, "fscsr", "rs1"), ({"csr": 3}, "fscsr", "rd,rs1")],
    "csrrs": [({"rs1": 0, "csr": 1}, "frflags", "rd"), ({"rs1": 0, "csr": 2}, "frrm", "rd"),
              ({"rs1": 0, "csr": 3}, "frcsr", "rd")],
    "csrrwi": [({"csr": 1}, "fsflagsi", "rd,zimm"), ({"csr": 2}, "fsrmi", "rd,zimm")],
}

# Spellings in GNU's base (I) class: printed even when the file's ISA lacks Zicsr.
BASE_CLASS_ALIASES = {
    "csrrs": [({"rs1": 0, "csr": 0xC00}, "rdcycle", "rd"),
              ({"rs1": 0, "csr": 0xC01}, "rdtime", "rd"),
              ({"rs1": 0, "csr": 0xC02}, "rdinstret", "rd")],
}

# GNU's default ISA when a file says nothing (no .riscv.attributes, no $xrv mapping symbol).
DEFAULT_ARCH = "rv64gc"

_MUL_ROWS = {"mul", "mulh", "mulhsu", "mulhu", "mulw"}


def parse_arch(text: str) -> set | None:
    """Extensions named by an ISA string (``rv64i2p0_m2p0_a2p0_c2p0_zmmul1p0``, ``rv64gc``).

    Implied extensions are added as GNU 2.40 does: g = imafd + zicsr + zifencei; i version 2.0
    (or unversioned) brings zicsr and zifencei; d brings f, f brings zicsr, m brings zmmul.
    Returns None if `text` is not an ISA string.
    """
    text = text.lower().split(".")[0]
    if not text.startswith(("rv64", "rv32")):
        return None
    exts: dict[str, str] = {}
    tokens = text[4:].split("_")
    for n, token in enumerate(tokens):
        if not token:
            continue
        if n > 0 and token[0] in "zsx":
            match = re.fullmatch(r"([a-z][a-z0-9]*?)(\d+p\d+|\d+)?", token)
            if match is None:
                return None
            exts[match.group(1)] = match.group(2) or ""
            continue
        for letter, version in re.findall(r"([a-z])(\d+p\d+|\d+)?", token):
            exts[letter] = version
    if "g" in exts:
        for letter in "imafd":
            exts.setdefault(letter, "")
        exts.setdefault("zicsr", "")
        exts.setdefault("zifencei", "")
    if "i" in exts and exts["i"] in ("", "2", "2p0"):
        exts.setdefault("zicsr", "")
        exts.setdefault("zifencei", "")
    if "q" in exts:
        exts.setdefault("d", "")
    if "d" in exts:
        exts.setdefault("f", "")
    if "f" in exts:
        exts.setdefault("zicsr", "")
    if "m" in exts:
        exts.setdefault("zmmul", "")
    return set(exts)


def row_enabled(row, extensions: set) -> bool:
    """Whether GNU decodes `row` under the ISA `extensions`."""
    if row.ext == "M":
        return "m" in extensions or (row.name in _MUL_ROWS and "zmmul" in extensions)
    need = {"A": "a", "C": "c", "Zicsr": "zicsr", "Zifencei": "zifencei"}.get(row.ext)
    return need is None or need in extensions


def instruction_length(low_bits: int) -> int:
    """The length in bytes of the instruction whose first 16 bits are `low_bits` (RISC-V rule)."""
    if low_bits & 0x3 != 0x3:
        return 2
    if low_bits & 0x1F != 0x1F:
        return 4
    if low_bits & 0x3F == 0x1F:
        return 6
    if low_bits & 0x7F == 0x3F:
        return 8
    if low_bits & 0x7F == 0x7F and low_bits & 0x7000 != 0x7000:
        return 10 + ((low_bits >> 11) & 0xE)         # 80- to 176-bit encodings
    return 2          # the reserved >= 192-bit encodings: GNU shows 16 bits at a time


class SymbolMap:
    """Addresses -> labels for branch targets and address comments, chosen as objdump does.

    `symbols` is a list of (address, name); among several names at one address, the first listed
    wins (callers order them by preference).  An address is shown as ``name`` when a symbol is
    exactly there and ``name+0xoff`` after the nearest symbol below it; below every symbol, GNU
    writes ``first-0xoff``.
    """

    def __init__(self, symbols):
        best: dict[int, str] = {}
        for address, name in symbols:
            best.setdefault(address, name)
        self.addresses = sorted(best)
        self.names = [best[a] for a in self.addresses]

    def __bool__(self):
        return bool(self.addresses)

    def label(self, address: int) -> str:
        i = bisect.bisect_right(self.addresses, address) - 1
        if i < 0:
            base, name = self.addresses[0], self.names[0]
            return f"{name}-0x{base - address:x}"
        base, name = self.addresses[i], self.names[i]
        return name if address == base else f"{name}+0x{address - base:x}"

    def format(self, address: int) -> str:
        """An address as objdump prints a branch target: ``1a2b <name+0x4>``."""
        return f"{address:x} <{self.label(address)}>"


def format_address(address: int, symbols) -> str:
    address &= MASK64
    if symbols:
        return symbols.format(address)
    return f"0x{address:x}"


def _matches(condition: dict, fields: dict) -> bool:
    return all(fields.get(name, 0) == want for name, want in condition.items())


class Disassembler:
    """Disassembles a stream of instructions, carrying GNU's address-comment state between them."""

    def __init__(self, symbols=None, aliases: bool = True, gp: int | None = None,
                 arch: str = DEFAULT_ARCH):
        if symbols is not None and not hasattr(symbols, "format"):
            symbols = SymbolMap(symbols)          # a list of (address, name)
        self.symbols = symbols
        self.aliases = aliases
        self.gp = gp
        self.hi_addr: dict[int, int] = {}     # register -> value set by lui/auipc/c.lui
        self.comment: int | None = None       # the address to show after the instruction
        self.extensions = parse_arch(DEFAULT_ARCH)    # the ISA subset to decode (see set_arch)
        self.set_arch(arch)

    def set_arch(self, arch: str) -> None:
        """Decode as for the ISA string `arch` (a file's attributes or a $xrv mapping symbol)."""
        extensions = parse_arch(arch)
        if extensions is not None:
            self.extensions = extensions

    # --- entry points ----------------------------------------------------------------------------
    def disassemble(self, word: int, pc: int) -> tuple[int, str]:
        """Disassemble the instruction whose bits are `word` (little-endian, low bits first)."""
        length = instruction_length(word & 0xFFFF)
        word &= (1 << (8 * length)) - 1
        special = SPECIAL_WORDS.get((length, word))
        if special and (length == 4 or "c" in self.extensions):
            return length, special[0] if self.aliases else special[1]
        if length > 4:
            return length, self.unknown(word, length)
        decoded = decode(word)
        if decoded is None:
            self.floating_point_access(word, length)
            return length, self.unknown(word, length)
        if not row_enabled(decoded.row, self.extensions):
            for condition, mnemonic, template in BASE_CLASS_ALIASES.get(decoded.row.name, ()):
                if self.aliases and _matches(condition, decoded.fields):
                    self.comment = None
                    return length, self.full(decoded.row, decoded.fields, pc)
            return length, self.unknown(word, length)
        self.comment = None
        if length == 2:
            text = self.compressed(decoded, pc)
        else:
            text = self.full(decoded.row, decoded.fields, pc)
        if self.comment is not None:
            text += " # " + format_address(self.comment, self.symbols)
        return length, text

    def disassemble_bytes(self, data: bytes, offset: int, pc: int) -> tuple[int, str]:
        """Disassemble at `data[offset:]`; a truncated instruction prints as GNU prints it."""
        if offset + 2 > len(data):
            return 1, f".byte\t0x{data[offset]:02x}"
        length = instruction_length(data[offset] | data[offset + 1] << 8)
        if offset + length > len(data):
            length = 2
            word = int.from_bytes(data[offset:offset + 2], "little")
            return 2, self.unknown(word, 2)
        return self.disassemble(int.from_bytes(data[offset:offset + length], "little"), pc)

    def floating_point_access(self, word: int, length: int) -> None:
        """flw/fld/fsw/fsd, which GNU decodes when the ISA has F/D and pagelab cannot: GNU's
        address tracking still consumes their base register, so ours does too."""
        width = (word >> 12) & 7
        if length != 4 or (word & 0x7F) not in (0x07, 0x27):
            return
        if not (width == 2 and "f" in self.extensions or width == 3 and "d" in self.extensions):
            return
        if word & 0x7F == 0x07:
            offset = _sext(word >> 20, 12)
        else:
            offset = _sext((word >> 25) << 5 | (word >> 7) & 0x1F, 12)
        self.maybe_comment((word >> 15) & 0x1F, offset)
        self.comment = None

    @staticmethod
    def unknown(word: int, length: int) -> str:
        """An encoding with no instruction, as GNU 2.40 prints it."""
        if length in (2, 4, 8):
            return f".{length}byte\t0x{word:x}"
        return ".byte\t" + ", ".join(f"0x{b:02x}" for b in word.to_bytes(length, "little"))

    # --- 32-bit ----------------------------------------------------------------------------------
    def full(self, row, fields: dict, pc: int) -> str:
        name, template = row.name, None
        if self.aliases:
            rules = ALIASES.get(row.name, [])
            if "f" in self.extensions:
                rules = F_ALIASES.get(row.name, []) + rules
            for condition, mnemonic, tmpl in rules:
                if _matches(condition, fields):
                    name, template = mnemonic, tmpl
                    break
        if template is None:
            template = ",".join(row.operands)
        if row.aqrl:
            name += {(0, 0): "", (1, 0): ".aq", (0, 1): ".rl", (1, 1): ".aqrl"}[
                (fields["aq"], fields["rl"])]
        self.track(row.name, fields, pc)
        operands = [self.operand(tok, row, fields, pc) for tok in template.split(",") if tok]
        return name + ("\t" + ",".join(operands) if operands else "")

    def operand(self, token: str, row, fields: dict, pc: int) -> str:
        # GNU consults its address tracking while printing certain operands, so whether a
        # comment appears depends on the spelling chosen (``mv a0,a1`` never has one).
        if token in ("rd", "rs1", "rs2"):
            if token == "rs1" and row.name == "jalr":
                self.maybe_comment(fields["rs1"], fields["imm"])
            return ABI_NAMES[fields[token]]
        if token == "imm":
            if row.name in HEX_ROWS:
                return f"0x{fields['imm']:x}"
            if row.name == "addi" and fields["rs1"] != 0:
                self.maybe_comment(fields["rs1"], fields["imm"])
            elif row.name == "addiw" and fields["rs1"] != 0:
                self.maybe_comment(fields["rs1"], fields["imm"], wide=True)
            return str(fields["imm"])
        if token in HEX_FIELDS:
            return f"0x{fields[token]:x}"
        if token == "mem":
            # GNU prints this as 'o(s)' (loads, jalr) or 'q(s)' (stores); for jalr each of
            # 'o', the fall-through to 'j', and 's' consults the tracking again.
            rounds = 3 if row.name == "jalr" else 1
            for _ in range(rounds):
                self.maybe_comment(fields["rs1"], fields["imm"])
            return f"{fields['imm']}({ABI_NAMES[fields['rs1']]})"
        if token == "amo_mem":
            return f"({ABI_NAMES[fields['rs1']]})"
        if token == "target":
            return format_address(pc + fields["imm"], self.symbols)
        if token == "csr":
            return STANDARD_CSR_NAMES.get(fields["csr"], f"0x{fields['csr']:x}")
        if token in ("pred", "succ"):
            return FENCE_SETS[fields[token]] or "unknown"
        return str(fields[token])                       # zimm and other plain numbers

    def track(self, name: str, fields: dict, pc: int) -> None:
        """Remember what lui/auipc put in rd (GNU does this while printing their rd)."""
        if name == "lui":
            self.hi_addr[fields["rd"]] = _sext(fields["imm"] << 12, 32) & MASK64
        elif name == "auipc":
            self.hi_addr[fields["rd"]] = (pc + _sext(fields["imm"] << 12, 32)) & MASK64

    def maybe_comment(self, base: int, offset: int, wide: bool = False) -> None:
        if base in self.hi_addr:
            value = (self.hi_addr.pop(base) if base != 0 else 0) + offset
        elif base == 3 and self.gp is not None:
            value = self.gp + offset
        elif base in (0, 4):
            value = offset
        else:
            return
        if wide:
            value = _sext(value & 0xFFFFFFFF, 32)
        self.comment = value & MASK64

    # --- 16-bit ----------------------------------------------------------------------------------
    def compressed(self, decoded, pc: int) -> str:
        row, fields = decoded.row, decoded.fields
        rules = (C_ALIASES if self.aliases else C_CANONICAL).get(row.name)
        name, template = row.name, None
        for condition, mnemonic, tmpl in rules or ():
            if _matches(condition, fields):
                name, template = mnemonic, tmpl
                break
        if template is None:
            template = ",".join(row.operands)
        # GNU's address tracking sees c.lui (as lui), and c.addi/c.addiw when printing the imm.
        if row.name == "c.lui":
            self.hi_addr[fields["c_rd"]] = (fields["imm"] << 12) & MASK64
        operands = [self.c_operand(tok, row, fields, pc) for tok in template.split(",") if tok]
        return name + ("\t" + ",".join(operands) if operands else "")

    def c_operand(self, token: str, row, fields: dict, pc: int) -> str:
        if token in ("sp", "zero"):
            return token
        if token in ("c_rd", "c_rs2", "c_rdp", "c_rs1p", "c_rs2p"):
            return ABI_NAMES[fields[token]]
        if token == "imm":
            if row.name == "c.addi" and fields.get("c_rd", 0) != 0:
                self.maybe_comment(fields["c_rd"], fields["imm"])
            elif row.name == "c.addiw":
                self.maybe_comment(fields["c_rd"], fields["imm"], wide=True)
            return str(fields["imm"])
        if token == "imm:x":
            return f"0x{fields['imm']:x}"
        if token == "imm:u20":
            return f"0x{fields['imm'] & 0xFFFFF:x}"
        if token == "c_mem":
            base = "sp" if row.base == "sp" else ABI_NAMES[fields["c_rs1p"]]
            return f"{fields['imm']}({base})"
        if token == "target":
            return format_address(pc + fields["imm"], self.symbols)
        raise ValueError(f"disassembler: unknown operand token {token!r} in {row.name}")


def _sext(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def disassemble_one(word: int, pc: int = 0, symbols=None, aliases: bool = True) -> tuple[int, str]:
    """(length in bytes, text) of the instruction `word` at address `pc`, as GNU objdump writes it.

    `symbols` is a `SymbolMap` or a list of (address, name) used to label branch targets.  The
    text uses a tab between mnemonic and operands, as objdump does.
    """
    return Disassembler(symbols, aliases).disassemble(word, pc)
