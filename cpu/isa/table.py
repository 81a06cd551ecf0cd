"""The instruction table: every RV64IMAC + Zicsr + Zifencei instruction, once, as data.

This is the single source of truth for encodings and assembly syntax.  The assembler's encoder,
the disassembler and the CPU's decoder are all built from it (docs/interfaces.md §1); nothing
else in the project types an opcode bit pattern.

A row (`Insn`) holds:

* ``name``      the mnemonic as GNU writes it (``addi``, ``lr.d``, ``c.addi4spn``);
* ``ext``       the extension that defines it: I, M, A, C, Zicsr, Zifencei, or S (privileged
                instructions that the assembler accepts and a U-mode hart treats as illegal);
* ``fmt``       the format name (R, I, S, B, U, J, ... CR, CI, CSS, CIW, CL, CS, CA, CB, CJ);
* ``fixed``     fixed bit fields, riscv-opcodes style: ``{(hi, lo): value}``.  ``match`` and
                ``mask`` are computed from them, never typed by hand;
* ``operands``  operand kinds in source order (see OPERAND_KINDS);
* ``imm``       the immediate's `ImmLayout`, if any;
* ``length``    4 or 2 bytes;
* compressed rows also carry ``expand``: the 32-bit instruction they stand for, as
  ``(mnemonic, {operand: source})`` where a source is the name of one of the row's own operands or
  a fixed register number, and ``nonzero``: operands whose zero value is a *reserved* encoding
  (illegal).  Operands in ``hint_if_zero`` make a HINT when zero: legal, executes as the expansion.

Operand kinds:

    rd rs1 rs2        integer registers (x0..x31) in the 32-bit fields
    c_rd c_rs2        full registers in RVC fields; c_rdp c_rs1p c_rs2p: x8..x15
    imm               the row's immediate (signed or unsigned per its layout)
    mem               ``imm(rs1)`` - the immediate and rs1 together, as loads and stores write it
    c_mem             ``imm(c_rs1p)`` or ``imm(sp)`` for RVC loads/stores (base named by the row)
    amo_mem           ``(rs1)`` with no offset (LR/SC/AMO)
    target            a branch or jump target: pc-relative immediate
    csr zimm shamt6 shamt5 pred succ      unsigned fields of UINT_FIELDS
    sp                the literal register sp (x2), required in that position (c.addi4spn, c.addi16sp)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fields import (
    IMM_B, IMM_CB, IMM_CB_ANDI, IMM_CI, IMM_CI_16SP, IMM_CI_LDSP, IMM_CI_LUI, IMM_CI_LWSP,
    IMM_CI_U, IMM_CIW, IMM_CJ, IMM_CL_D, IMM_CL_W, IMM_CSS_SDSP, IMM_CSS_SWSP, IMM_I, IMM_J,
    IMM_S, IMM_U, ImmLayout,
)

OPERAND_KINDS = {
    "rd", "rs1", "rs2", "c_rd", "c_rs2", "c_rdp", "c_rs1p", "c_rs2p", "imm", "mem", "c_mem",
    "amo_mem", "target", "csr", "zimm", "shamt6", "shamt5", "pred", "succ", "sp",
}


@dataclass(frozen=True)
class Insn:
    name: str
    ext: str
    fmt: str
    fixed: dict
    operands: tuple
    imm: ImmLayout | None = None
    length: int = 4
    expand: tuple | None = None          # compressed rows: (mnemonic, {operand: source})
    nonzero: tuple = ()                  # reserved encoding when this operand is zero
    hint_if_zero: tuple = ()             # HINT (legal, no architectural effect) when zero
    base: str | None = None              # c_mem rows: "sp" or "c_rs1p"
    rv64_only: bool = False
    aqrl: bool = False                   # A-extension rows: aq/rl bits are operands-by-suffix
    fields: dict = field(default_factory=dict, compare=False)

    @property
    def match(self) -> int:
        m = 0
        for (hi, lo), value in self.fixed.items():
            m |= value << lo
        return m

    @property
    def mask(self) -> int:
        m = 0
        for (hi, lo) in self.fixed:
            m |= ((1 << (hi - lo + 1)) - 1) << lo
        return m

    @property
    def compressed(self) -> bool:
        return self.length == 2


def _r(name, ext, opcode, funct3, funct7, operands=("rd", "rs1", "rs2"), rv64=False):
    return Insn(name, ext, "R", {(6, 0): opcode, (14, 12): funct3, (31, 25): funct7}, operands,
                rv64_only=rv64)


def _i(name, ext, opcode, funct3, operands=("rd", "rs1", "imm"), rv64=False):
    return Insn(name, ext, "I", {(6, 0): opcode, (14, 12): funct3}, operands, IMM_I, rv64_only=rv64)


def _load(name, funct3, rv64=False):
    return Insn(name, "I", "I", {(6, 0): 0x03, (14, 12): funct3}, ("rd", "mem"), IMM_I,
                rv64_only=rv64)


def _store(name, funct3, rv64=False):
    return Insn(name, "I", "S", {(6, 0): 0x23, (14, 12): funct3}, ("rs2", "mem"), IMM_S,
                rv64_only=rv64)


def _branch(name, funct3):
    return Insn(name, "I", "B", {(6, 0): 0x63, (14, 12): funct3}, ("rs1", "rs2", "target"), IMM_B)


def _shift64(name, funct3, funct6):
    return Insn(name, "I", "I-shift64", {(6, 0): 0x13, (14, 12): funct3, (31, 26): funct6},
                ("rd", "rs1", "shamt6"))


def _shiftw(name, funct3, funct7):
    return Insn(name, "I", "I-shiftw", {(6, 0): 0x1B, (14, 12): funct3, (31, 25): funct7},
                ("rd", "rs1", "shamt5"), rv64_only=True)


def _csr(name, funct3):
    return Insn(name, "Zicsr", "CSR", {(6, 0): 0x73, (14, 12): funct3}, ("rd", "csr", "rs1"))


def _csri(name, funct3):
    return Insn(name, "Zicsr", "CSR-imm", {(6, 0): 0x73, (14, 12): funct3}, ("rd", "csr", "zimm"))


def _amo(name, funct3, funct5, rv64=False):
    return Insn(name, "A", "AMO", {(6, 0): 0x2F, (14, 12): funct3, (31, 27): funct5},
                ("rd", "rs2", "amo_mem"), rv64_only=rv64, aqrl=True)


def _sys(name, ext, word, operands=()):
    """A SYSTEM-opcode row whose every bit is fixed except the named register operands."""
    fixed = {(6, 0): 0x73, (14, 12): 0, (11, 7): 0, (19, 15): 0, (31, 20): word}
    if "rs1" in operands:
        del fixed[(19, 15)]
    if "rs2" in operands:
        del fixed[(31, 20)]
        fixed[(31, 25)] = word >> 5
    return Insn(name, ext, "SYSTEM", fixed, operands)


BASE = [
    # RV32I / RV64I
    Insn("lui", "I", "U", {(6, 0): 0x37}, ("rd", "imm"), IMM_U),
    Insn("auipc", "I", "U", {(6, 0): 0x17}, ("rd", "imm"), IMM_U),
    Insn("jal", "I", "J", {(6, 0): 0x6F}, ("rd", "target"), IMM_J),
    Insn("jalr", "I", "I", {(6, 0): 0x67, (14, 12): 0}, ("rd", "mem"), IMM_I),
    _branch("beq", 0), _branch("bne", 1), _branch("blt", 4),
    _branch("bge", 5), _branch("bltu", 6), _branch("bgeu", 7),
    _load("lb", 0), _load("lh", 1), _load("lw", 2), _load("ld", 3, rv64=True),
    _load("lbu", 4), _load("lhu", 5), _load("lwu", 6, rv64=True),
    _store("sb", 0), _store("sh", 1), _store("sw", 2), _store("sd", 3, rv64=True),
    _i("addi", "I", 0x13, 0), _i("slti", "I", 0x13, 2), _i("sltiu", "I", 0x13, 3),
    _i("xori", "I", 0x13, 4), _i("ori", "I", 0x13, 6), _i("andi", "I", 0x13, 7),
    _shift64("slli", 1, 0x00), _shift64("srli", 5, 0x00), _shift64("srai", 5, 0x10),
    _r("add", "I", 0x33, 0, 0x00), _r("sub", "I", 0x33, 0, 0x20),
    _r("sll", "I", 0x33, 1, 0x00), _r("slt", "I", 0x33, 2, 0x00),
    _r("sltu", "I", 0x33, 3, 0x00), _r("xor", "I", 0x33, 4, 0x00),
    _r("srl", "I", 0x33, 5, 0x00), _r("sra", "I", 0x33, 5, 0x20),
    _r("or", "I", 0x33, 6, 0x00), _r("and", "I", 0x33, 7, 0x00),
    _i("addiw", "I", 0x1B, 0, rv64=True),
    _shiftw("slliw", 1, 0x00), _shiftw("srliw", 5, 0x00), _shiftw("sraiw", 5, 0x20),
    _r("addw", "I", 0x3B, 0, 0x00, rv64=True), _r("subw", "I", 0x3B, 0, 0x20, rv64=True),
    _r("sllw", "I", 0x3B, 1, 0x00, rv64=True), _r("srlw", "I", 0x3B, 5, 0x00, rv64=True),
    _r("sraw", "I", 0x3B, 5, 0x20, rv64=True),
    # fence pred, succ (fm = 0); fence.tso is fm = 1000, pred = succ = rw
    Insn("fence", "I", "FENCE", {(6, 0): 0x0F, (14, 12): 0, (11, 7): 0, (19, 15): 0, (31, 28): 0},
         ("pred", "succ")),
    Insn("fence.tso", "I", "FENCE",
         {(6, 0): 0x0F, (14, 12): 0, (11, 7): 0, (19, 15): 0, (31, 20): 0x833}, ()),
    _sys("ecall", "I", 0x000),
    _sys("ebreak", "I", 0x001),
    # Zifencei
    Insn("fence.i", "Zifencei", "I", {(6, 0): 0x0F, (14, 12): 1, (11, 7): 0, (19, 15): 0,
                                       (31, 20): 0}, ()),
    # Zicsr
    _csr("csrrw", 1), _csr("csrrs", 2), _csr("csrrc", 3),
    _csri("csrrwi", 5), _csri("csrrsi", 6), _csri("csrrci", 7),
    # M
    _r("mul", "M", 0x33, 0, 0x01), _r("mulh", "M", 0x33, 1, 0x01),
    _r("mulhsu", "M", 0x33, 2, 0x01), _r("mulhu", "M", 0x33, 3, 0x01),
    _r("div", "M", 0x33, 4, 0x01), _r("divu", "M", 0x33, 5, 0x01),
    _r("rem", "M", 0x33, 6, 0x01), _r("remu", "M", 0x33, 7, 0x01),
    _r("mulw", "M", 0x3B, 0, 0x01, rv64=True), _r("divw", "M", 0x3B, 4, 0x01, rv64=True),
    _r("divuw", "M", 0x3B, 5, 0x01, rv64=True), _r("remw", "M", 0x3B, 6, 0x01, rv64=True),
    _r("remuw", "M", 0x3B, 7, 0x01, rv64=True),
    # A: LR has rs2 = 0
    Insn("lr.w", "A", "AMO", {(6, 0): 0x2F, (14, 12): 2, (31, 27): 0x02, (24, 20): 0},
         ("rd", "amo_mem"), aqrl=True),
    _amo("sc.w", 2, 0x03),
    _amo("amoswap.w", 2, 0x01), _amo("amoadd.w", 2, 0x00), _amo("amoxor.w", 2, 0x04),
    _amo("amoand.w", 2, 0x0C), _amo("amoor.w", 2, 0x08), _amo("amomin.w", 2, 0x10),
    _amo("amomax.w", 2, 0x14), _amo("amominu.w", 2, 0x18), _amo("amomaxu.w", 2, 0x1C),
    Insn("lr.d", "A", "AMO", {(6, 0): 0x2F, (14, 12): 3, (31, 27): 0x02, (24, 20): 0},
         ("rd", "amo_mem"), rv64_only=True, aqrl=True),
    _amo("sc.d", 3, 0x03, rv64=True),
    _amo("amoswap.d", 3, 0x01, rv64=True), _amo("amoadd.d", 3, 0x00, rv64=True),
    _amo("amoxor.d", 3, 0x04, rv64=True), _amo("amoand.d", 3, 0x0C, rv64=True),
    _amo("amoor.d", 3, 0x08, rv64=True), _amo("amomin.d", 3, 0x10, rv64=True),
    _amo("amomax.d", 3, 0x14, rv64=True), _amo("amominu.d", 3, 0x18, rv64=True),
    _amo("amomaxu.d", 3, 0x1C, rv64=True),
    # Privileged instructions the assembler accepts; a U-mode hart raises illegal instruction.
    _sys("sret", "S", 0x102),
    _sys("mret", "S", 0x302),
    _sys("wfi", "S", 0x105),
    _sys("sfence.vma", "S", 0x120, ("rs1", "rs2")),
]


def _c(name, fmt, fixed, operands, imm, expand, nonzero=(), hint_if_zero=(), base=None):
    return Insn(name, "C", fmt, fixed, operands, imm, length=2, expand=expand, nonzero=nonzero,
                hint_if_zero=hint_if_zero, base=base)


# RV64C (no floating-point rows: pagelab has no F/D yet).  Quadrant = bits 1:0, funct3 = 15:13.
COMPRESSED = [
    # Quadrant 0
    _c("c.addi4spn", "CIW", {(1, 0): 0, (15, 13): 0}, ("c_rdp", "sp", "imm"), IMM_CIW,
       ("addi", {"rd": "c_rdp", "rs1": 2, "imm": "imm"}), nonzero=("imm",)),
    _c("c.lw", "CL", {(1, 0): 0, (15, 13): 2}, ("c_rdp", "c_mem"), IMM_CL_W,
       ("lw", {"rd": "c_rdp", "rs1": "c_rs1p", "imm": "imm"}), base="c_rs1p"),
    _c("c.ld", "CL", {(1, 0): 0, (15, 13): 3}, ("c_rdp", "c_mem"), IMM_CL_D,
       ("ld", {"rd": "c_rdp", "rs1": "c_rs1p", "imm": "imm"}), base="c_rs1p"),
    _c("c.sw", "CS", {(1, 0): 0, (15, 13): 6}, ("c_rs2p", "c_mem"), IMM_CL_W,
       ("sw", {"rs2": "c_rs2p", "rs1": "c_rs1p", "imm": "imm"}), base="c_rs1p"),
    _c("c.sd", "CS", {(1, 0): 0, (15, 13): 7}, ("c_rs2p", "c_mem"), IMM_CL_D,
       ("sd", {"rs2": "c_rs2p", "rs1": "c_rs1p", "imm": "imm"}), base="c_rs1p"),
    # Quadrant 1
    _c("c.nop", "CI", {(1, 0): 1, (15, 13): 0, (11, 7): 0}, (), IMM_CI,
       ("addi", {"rd": 0, "rs1": 0, "imm": "imm"})),
    _c("c.addi", "CI", {(1, 0): 1, (15, 13): 0}, ("c_rd", "imm"), IMM_CI,
       ("addi", {"rd": "c_rd", "rs1": "c_rd", "imm": "imm"}), hint_if_zero=("imm",)),
    _c("c.addiw", "CI", {(1, 0): 1, (15, 13): 1}, ("c_rd", "imm"), IMM_CI,
       ("addiw", {"rd": "c_rd", "rs1": "c_rd", "imm": "imm"}), nonzero=("c_rd",)),
    _c("c.li", "CI", {(1, 0): 1, (15, 13): 2}, ("c_rd", "imm"), IMM_CI,
       ("addi", {"rd": "c_rd", "rs1": 0, "imm": "imm"}), hint_if_zero=("c_rd",)),
    _c("c.addi16sp", "CI", {(1, 0): 1, (15, 13): 3, (11, 7): 2}, ("sp", "imm"), IMM_CI_16SP,
       ("addi", {"rd": 2, "rs1": 2, "imm": "imm"}), nonzero=("imm",)),
    _c("c.lui", "CI", {(1, 0): 1, (15, 13): 3}, ("c_rd", "imm"), IMM_CI_LUI,
       ("lui", {"rd": "c_rd", "imm": "imm"}), nonzero=("imm",), hint_if_zero=("c_rd",)),
    _c("c.srli", "CB", {(1, 0): 1, (15, 13): 4, (11, 10): 0}, ("c_rs1p", "imm"), IMM_CI_U,
       ("srli", {"rd": "c_rs1p", "rs1": "c_rs1p", "shamt6": "imm"}), hint_if_zero=("imm",)),
    _c("c.srai", "CB", {(1, 0): 1, (15, 13): 4, (11, 10): 1}, ("c_rs1p", "imm"), IMM_CI_U,
       ("srai", {"rd": "c_rs1p", "rs1": "c_rs1p", "shamt6": "imm"}), hint_if_zero=("imm",)),
    _c("c.andi", "CB", {(1, 0): 1, (15, 13): 4, (11, 10): 2}, ("c_rs1p", "imm"), IMM_CB_ANDI,
       ("andi", {"rd": "c_rs1p", "rs1": "c_rs1p", "imm": "imm"})),
    _c("c.sub", "CA", {(1, 0): 1, (15, 10): 0x23, (6, 5): 0}, ("c_rs1p", "c_rs2p"), None,
       ("sub", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.xor", "CA", {(1, 0): 1, (15, 10): 0x23, (6, 5): 1}, ("c_rs1p", "c_rs2p"), None,
       ("xor", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.or", "CA", {(1, 0): 1, (15, 10): 0x23, (6, 5): 2}, ("c_rs1p", "c_rs2p"), None,
       ("or", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.and", "CA", {(1, 0): 1, (15, 10): 0x23, (6, 5): 3}, ("c_rs1p", "c_rs2p"), None,
       ("and", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.subw", "CA", {(1, 0): 1, (15, 10): 0x27, (6, 5): 0}, ("c_rs1p", "c_rs2p"), None,
       ("subw", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.addw", "CA", {(1, 0): 1, (15, 10): 0x27, (6, 5): 1}, ("c_rs1p", "c_rs2p"), None,
       ("addw", {"rd": "c_rs1p", "rs1": "c_rs1p", "rs2": "c_rs2p"})),
    _c("c.j", "CJ", {(1, 0): 1, (15, 13): 5}, ("target",), IMM_CJ,
       ("jal", {"rd": 0, "target": "target"})),
    _c("c.beqz", "CB", {(1, 0): 1, (15, 13): 6}, ("c_rs1p", "target"), IMM_CB,
       ("beq", {"rs1": "c_rs1p", "rs2": 0, "target": "target"})),
    _c("c.bnez", "CB", {(1, 0): 1, (15, 13): 7}, ("c_rs1p", "target"), IMM_CB,
       ("bne", {"rs1": "c_rs1p", "rs2": 0, "target": "target"})),
    # Quadrant 2
    _c("c.slli", "CI", {(1, 0): 2, (15, 13): 0}, ("c_rd", "imm"), IMM_CI_U,
       ("slli", {"rd": "c_rd", "rs1": "c_rd", "shamt6": "imm"}), hint_if_zero=("c_rd", "imm")),
    _c("c.lwsp", "CI", {(1, 0): 2, (15, 13): 2}, ("c_rd", "c_mem"), IMM_CI_LWSP,
       ("lw", {"rd": "c_rd", "rs1": 2, "imm": "imm"}), nonzero=("c_rd",), base="sp"),
    _c("c.ldsp", "CI", {(1, 0): 2, (15, 13): 3}, ("c_rd", "c_mem"), IMM_CI_LDSP,
       ("ld", {"rd": "c_rd", "rs1": 2, "imm": "imm"}), nonzero=("c_rd",), base="sp"),
    _c("c.jr", "CR", {(1, 0): 2, (15, 12): 0x8, (6, 2): 0}, ("c_rd",), None,
       ("jalr", {"rd": 0, "rs1": "c_rd", "imm": 0}), nonzero=("c_rd",)),
    _c("c.mv", "CR", {(1, 0): 2, (15, 12): 0x8}, ("c_rd", "c_rs2"), None,
       ("add", {"rd": "c_rd", "rs1": 0, "rs2": "c_rs2"}), nonzero=("c_rs2",),
       hint_if_zero=("c_rd",)),
    _c("c.ebreak", "CR", {(1, 0): 2, (15, 12): 0x9, (11, 7): 0, (6, 2): 0}, (), None,
       ("ebreak", {})),
    _c("c.jalr", "CR", {(1, 0): 2, (15, 12): 0x9, (6, 2): 0}, ("c_rd",), None,
       ("jalr", {"rd": 1, "rs1": "c_rd", "imm": 0}), nonzero=("c_rd",)),
    _c("c.add", "CR", {(1, 0): 2, (15, 12): 0x9}, ("c_rd", "c_rs2"), None,
       ("add", {"rd": "c_rd", "rs1": "c_rd", "rs2": "c_rs2"}), nonzero=("c_rs2",),
       hint_if_zero=("c_rd",)),
    _c("c.swsp", "CSS", {(1, 0): 2, (15, 13): 6}, ("c_rs2", "c_mem"), IMM_CSS_SWSP,
       ("sw", {"rs2": "c_rs2", "rs1": 2, "imm": "imm"}), base="sp"),
    _c("c.sdsp", "CSS", {(1, 0): 2, (15, 13): 7}, ("c_rs2", "c_mem"), IMM_CSS_SDSP,
       ("sd", {"rs2": "c_rs2", "rs1": 2, "imm": "imm"}), base="sp"),
]

# Rows listed before others win when their patterns overlap: these overlaps are intended.
# (c.nop is c.addi with rd = 0; c.addi16sp is c.lui with rd = 2; c.jr/c.mv, c.ebreak/c.jalr/c.add
#  share a funct4 and are told apart by which register fields are zero.)
DECLARED_OVERLAPS = {
    ("c.nop", "c.addi"), ("c.addi16sp", "c.lui"),
    ("c.jr", "c.mv"), ("c.ebreak", "c.jalr"), ("c.ebreak", "c.add"), ("c.jalr", "c.add"),
}

INSTRUCTIONS: list[Insn] = BASE + COMPRESSED
BY_NAME: dict[str, Insn] = {row.name: row for row in INSTRUCTIONS}

EXTENSIONS = ("I", "M", "A", "C", "Zicsr", "Zifencei", "S")

# Register names: ABI names, xN, and fp as an alias of s0.
ABI_NAMES = [
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
    "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
    "t5", "t6",
]
REGISTERS: dict[str, int] = {name: i for i, name in enumerate(ABI_NAMES)}
REGISTERS.update({f"x{i}": i for i in range(32)})
REGISTERS["fp"] = 8


def decode_row(word: int, length: int) -> Insn | None:
    """The row whose pattern matches `word` (first declared wins), or None.

    A reference decoder in plain Python for tests and tools; the CPU builds fast tables instead.
    Reserved encodings (a `nonzero` operand that is zero) return None.
    """
    from .fields import REG_FIELDS, bits
    rows = COMPRESSED if length == 2 else BASE
    for row in rows:
        if word & row.mask == row.match:
            for op in row.nonzero:
                if op == "imm":
                    if row.imm.unpack(word) == 0:
                        return None
                else:
                    hi, lo, _ = REG_FIELDS[op]
                    if bits(word, hi, lo) == 0:
                        return None
            return row
    return None
