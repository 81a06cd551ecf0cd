"""Pseudo-instructions and GNU's compression choices, as data over the instruction table.

Owned by the assembler (docs/interfaces.md §1).  Three things live here:

1. ``ALIASES``: one-instruction pseudo-instructions of the RISC-V assembly manual, each as
   ``name -> [(operand kinds, (real mnemonic, {field: source}))]``.  A source is the name of one of
   the alias's own operands, or an int (a fixed register number or immediate).  Several entries
   mean several accepted operand counts (``jal target`` / ``jal rd, target``).  The operand kinds
   are those of table.py.

2. ``MACROS``: the multi-instruction pseudo-instructions (``li la lla call tail jump``, loads and
   stores to a symbol) with their operand shapes.  Their expansion needs relocations, so the
   assembler builds them (asm/assembler.py); ``load_const`` below is GNU's `li` algorithm.

3. ``compress(form, fields)``: which RVC instruction GNU as picks for an instruction written as
   ``form`` (a mnemonic or an alias name) with the given 32-bit fields, or None.  GNU's choice
   depends on how the instruction was *written*, not only on its encoding: `mv a0, a1` becomes
   c.mv (`add a0, x0, a1`), `addi a0, a0, 0` also becomes c.mv, but `add a0, a0, x0` stays 32-bit,
   and `jal x0, L` is never c.j while `j L` is.  The rules mirror the order of the compressed
   alias entries in binutils' riscv-opc.c (first match wins) and were checked against
   riscv64-linux-gnu-as 2.40 by the differential tests in tests/asm/.
"""
from __future__ import annotations

from .table import BY_NAME

# ---------------------------------------------------------------------------------------------
# 1. One-instruction aliases

ZERO, RA, SP = 0, 1, 2

ALIASES: dict[str, list] = {
    "nop": [((), ("addi", {"rd": 0, "rs1": 0, "imm": 0}))],
    "mv": [(("rd", "rs1"), ("addi", {"rd": "rd", "rs1": "rs1", "imm": 0}))],
    "move": [(("rd", "rs1"), ("addi", {"rd": "rd", "rs1": "rs1", "imm": 0}))],
    "not": [(("rd", "rs1"), ("xori", {"rd": "rd", "rs1": "rs1", "imm": -1}))],
    "neg": [(("rd", "rs2"), ("sub", {"rd": "rd", "rs1": 0, "rs2": "rs2"}))],
    "negw": [(("rd", "rs2"), ("subw", {"rd": "rd", "rs1": 0, "rs2": "rs2"}))],
    "sext.w": [(("rd", "rs1"), ("addiw", {"rd": "rd", "rs1": "rs1", "imm": 0}))],
    "seqz": [(("rd", "rs1"), ("sltiu", {"rd": "rd", "rs1": "rs1", "imm": 1}))],
    "snez": [(("rd", "rs2"), ("sltu", {"rd": "rd", "rs1": 0, "rs2": "rs2"}))],
    "sltz": [(("rd", "rs1"), ("slt", {"rd": "rd", "rs1": "rs1", "rs2": 0}))],
    "sgtz": [(("rd", "rs2"), ("slt", {"rd": "rd", "rs1": 0, "rs2": "rs2"}))],
    "sgt": [(("rd", "rs2", "rs1"), ("slt", {"rd": "rd", "rs1": "rs1", "rs2": "rs2"}))],
    "sgtu": [(("rd", "rs2", "rs1"), ("sltu", {"rd": "rd", "rs1": "rs1", "rs2": "rs2"}))],
    "zext.b": [(("rd", "rs1"), ("andi", {"rd": "rd", "rs1": "rs1", "imm": 255}))],
    # branches against zero and with swapped operands
    "beqz": [(("rs1", "target"), ("beq", {"rs1": "rs1", "rs2": 0, "target": "target"}))],
    "bnez": [(("rs1", "target"), ("bne", {"rs1": "rs1", "rs2": 0, "target": "target"}))],
    "blez": [(("rs2", "target"), ("bge", {"rs1": 0, "rs2": "rs2", "target": "target"}))],
    "bgez": [(("rs1", "target"), ("bge", {"rs1": "rs1", "rs2": 0, "target": "target"}))],
    "bltz": [(("rs1", "target"), ("blt", {"rs1": "rs1", "rs2": 0, "target": "target"}))],
    "bgtz": [(("rs2", "target"), ("blt", {"rs1": 0, "rs2": "rs2", "target": "target"}))],
    "bgt": [(("rs2", "rs1", "target"), ("blt", {"rs1": "rs1", "rs2": "rs2", "target": "target"}))],
    "ble": [(("rs2", "rs1", "target"), ("bge", {"rs1": "rs1", "rs2": "rs2", "target": "target"}))],
    "bgtu": [(("rs2", "rs1", "target"),
              ("bltu", {"rs1": "rs1", "rs2": "rs2", "target": "target"}))],
    "bleu": [(("rs2", "rs1", "target"),
              ("bgeu", {"rs1": "rs1", "rs2": "rs2", "target": "target"}))],
    # jumps
    "j": [(("target",), ("jal", {"rd": 0, "target": "target"}))],
    "jr": [(("rs1",), ("jalr", {"rd": 0, "rs1": "rs1", "imm": 0})),
           (("mem",), ("jalr", {"rd": 0, "mem": "mem"})),
           (("rs1", "imm"), ("jalr", {"rd": 0, "rs1": "rs1", "imm": "imm"}))],
    "ret": [((), ("jalr", {"rd": 0, "rs1": RA, "imm": 0}))],
    # CSR access
    "csrr": [(("rd", "csr"), ("csrrs", {"rd": "rd", "csr": "csr", "rs1": 0}))],
    "csrw": [(("csr", "rs1"), ("csrrw", {"rd": 0, "csr": "csr", "rs1": "rs1"}))],
    "csrs": [(("csr", "rs1"), ("csrrs", {"rd": 0, "csr": "csr", "rs1": "rs1"}))],
    "csrc": [(("csr", "rs1"), ("csrrc", {"rd": 0, "csr": "csr", "rs1": "rs1"}))],
    "csrwi": [(("csr", "zimm"), ("csrrwi", {"rd": 0, "csr": "csr", "zimm": "zimm"}))],
    "csrsi": [(("csr", "zimm"), ("csrrsi", {"rd": 0, "csr": "csr", "zimm": "zimm"}))],
    "csrci": [(("csr", "zimm"), ("csrrci", {"rd": 0, "csr": "csr", "zimm": "zimm"}))],
    "rdcycle": [(("rd",), ("csrrs", {"rd": "rd", "csr": 0xC00, "rs1": 0}))],
    "rdtime": [(("rd",), ("csrrs", {"rd": "rd", "csr": 0xC01, "rs1": 0}))],
    "rdinstret": [(("rd",), ("csrrs", {"rd": "rd", "csr": 0xC02, "rs1": 0}))],
    "frcsr": [(("rd",), ("csrrs", {"rd": "rd", "csr": 0x003, "rs1": 0}))],
    # old spellings GNU still accepts
    "scall": [((), ("ecall", {}))],
    "sbreak": [((), ("ebreak", {}))],
    # unimp: `csrrw x0, cycle, x0`, or c.unimp (0x0000) when compressing
    "unimp": [((), ("csrrw", {"rd": 0, "csr": 0xC00, "rs1": 0}))],
}

# Alternative operand counts of real instructions, written like aliases.
SHORT_FORMS: dict[str, list] = {
    "jal": [(("target",), ("jal", {"rd": RA, "target": "target"}))],
    "jalr": [(("rs1",), ("jalr", {"rd": RA, "rs1": "rs1", "imm": 0})),
             (("rd", "rs1"), ("jalr", {"rd": "rd", "rs1": "rs1", "imm": 0})),
             (("rd", "rs1", "imm"), ("jalr", {"rd": "rd", "rs1": "rs1", "imm": "imm"}))],
    "fence": [((), ("fence", {"pred": 0xF, "succ": 0xF}))],
    "sfence.vma": [((), ("sfence.vma", {"rs1": 0, "rs2": 0})),
                   (("rs1",), ("sfence.vma", {"rs1": "rs1", "rs2": 0}))],
    # csrr* with an immediate in the rs1 position are the csrr*i forms (GNU accepts this)
}

# R-type mnemonics GNU also accepts with an immediate last operand, as the I-type instruction.
IMMEDIATE_FORMS = {
    "add": "addi", "and": "andi", "or": "ori", "xor": "xori", "slt": "slti", "sltu": "sltiu",
    "sll": "slli", "srl": "srli", "sra": "srai", "addw": "addiw", "sllw": "slliw",
    "srlw": "srliw", "sraw": "sraiw",
}

# ---------------------------------------------------------------------------------------------
# 2. Multi-instruction pseudo-instructions (built by the assembler; shapes for documentation
#    and for operand-count checks and "did you mean" hints).

MACROS: dict[str, list[tuple]] = {
    "li": [("rd", "imm")],                     # load_const below
    "la": [("rd", "symbol")],                  # auipc rd, %pcrel_hi(sym); addi rd, rd, %pcrel_lo
    "lla": [("rd", "symbol")],                 # same (non-PIC: la = lla)
    "call": [("symbol",), ("rd", "symbol")],   # auipc ra, 0; jalr ra, 0(ra) (rd form: via t1)
    "tail": [("symbol",)],                     # auipc t1, 0; jalr x0, 0(t1)
    "jump": [("symbol", "rs1")],               # auipc rs1, 0; jalr x0, 0(rs1)
    "zext.h": [("rd", "rs1")],                 # slli rd, rs, 48; srli rd, rd, 48
    "zext.w": [("rd", "rs1")],                 # slli rd, rs, 32; srli rd, rd, 32
    "sext.b": [("rd", "rs1")],                 # slli rd, rs, 56; srai rd, rd, 56
    "sext.h": [("rd", "rs1")],                 # slli rd, rs, 48; srai rd, rd, 48
    # lb lh lw ld lbu lhu lwu rd, symbol        auipc rd, %pcrel_hi; lX rd, %pcrel_lo(rd)
    # sb sh sw sd rs2, symbol, rt              auipc rt, %pcrel_hi; sX rs2, %pcrel_lo(rt)
}

PSEUDO_NAMES = sorted(set(ALIASES) | set(MACROS))

CALL_TEMP = 6        # t1: `tail` and `call rd, sym` build the address in t1 (GNU 2.40)


def _sext(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def load_const(value: int, rd: int = 1) -> list[tuple[str, int]]:
    """GNU as's `li` expansion for a 64-bit constant (binutils tc-riscv.c `load_const`, RV64).

    Returns a list of (mnemonic, immediate) steps on the destination register:
    ("lui", imm20), ("addiw0", imm) = `addiw rd, x0, imm`, ("addiw", imm) = `addiw rd, rd, imm`,
    ("slli", shamt), ("addi", imm).  Each step is then assembled as GNU's md_assemblef does,
    i.e. compressed when RVC is on and the step fits.  `rd` matters only when it is x0: GNU
    then always emits the addiw (its "is there a high part" test looks at the register number).

    A 32-bit signed value takes lui and/or addiw; a larger one is built recursively from its
    upper part shifted left past its trailing zeros, then one addi for the low 12 bits.
    """
    value = _sext(value, 64)
    lower = _sext(value, 12)
    upper = _sext(value - lower, 64)       # 64-bit arithmetic, as GNU's bfd_vma
    if not -(1 << 31) <= value < (1 << 31):
        shift = 12
        while (upper >> shift) & 1 == 0:
            shift += 1
        steps = load_const(upper >> shift, rd)
        steps.append(("slli", shift))
        if lower != 0:
            steps.append(("addi", lower))
        return steps
    steps = []
    if upper != 0:
        steps.append(("lui", (upper >> 12) & 0xFFFFF))
    if lower != 0 or upper == 0 or rd == 0:
        steps.append(("addiw" if upper != 0 else "addiw0", lower))
    return steps


# ---------------------------------------------------------------------------------------------
# 3. Compression choices

_RANGE: dict = {}


def _fits(row_name: str, value: int) -> bool:
    """Does `value` fit the immediate of the (compressed) row?  Ranges computed once."""
    r = _RANGE.get(row_name)
    if r is None:
        layout = BY_NAME[row_name].imm
        lo, hi = layout.value_range()
        r = _RANGE[row_name] = (lo, hi, (1 << layout.low_zero_bits) - 1)
    return r[0] <= value <= r[1] and not value & r[2]


def _p(reg: int) -> bool:
    """In the compressed register set x8..x15?"""
    return 8 <= reg <= 15


def _lui_c(imm20: int):
    """c.lui's signed 6-bit view of a lui immediate, or None when it does not fit/is zero."""
    v = _sext(imm20, 20)
    if v == 0 or not -32 <= v <= 31:
        return None
    return v


def _addi(f, allow_li=True):
    rd, rs1, imm = f["rd"], f["rs1"], f["imm"]
    if _p(rd) and rs1 == SP and imm != 0 and _fits("c.addi4spn", imm):
        return "c.addi4spn", {"c_rdp": rd, "imm": imm}
    if rd == rs1 and rd != 0 and imm != 0 and _fits("c.addi", imm):
        return "c.addi", {"c_rd": rd, "imm": imm}
    if rd == rs1 == 0 and imm == 0:
        return "c.nop", {"imm": 0}
    if rd != 0 and rs1 != 0 and imm == 0:
        return "c.mv", {"c_rd": rd, "c_rs2": rs1}
    if rd == rs1 == SP and imm != 0 and _fits("c.addi16sp", imm):
        return "c.addi16sp", {"imm": imm}
    if allow_li and rs1 == 0 and rd != 0 and _fits("c.li", imm):
        return "c.li", {"c_rd": rd, "imm": imm}
    return None


def _add_imm(f):
    """`add rd, rs1, imm` (GNU's immediate form of add): c.addi even for 0, no c.li/c.mv."""
    rd, rs1, imm = f["rd"], f["rs1"], f["imm"]
    if rd == rs1 and rd != 0 and _fits("c.addi", imm):
        return "c.addi", {"c_rd": rd, "imm": imm}
    if _p(rd) and rs1 == SP and imm != 0 and _fits("c.addi4spn", imm):
        return "c.addi4spn", {"c_rdp": rd, "imm": imm}
    if rd == rs1 == SP and imm != 0 and _fits("c.addi16sp", imm):
        return "c.addi16sp", {"imm": imm}
    return None


def _add(f):
    rd, rs1, rs2 = f["rd"], f["rs1"], f["rs2"]
    if rd != 0 and rs2 != 0 and rd == rs1:
        return "c.add", {"c_rd": rd, "c_rs2": rs2}
    if rd != 0 and rs1 != 0 and rd == rs2:
        return "c.add", {"c_rd": rd, "c_rs2": rs1}
    if rs1 == 0 and rd != 0 and rs2 != 0:
        return "c.mv", {"c_rd": rd, "c_rs2": rs2}
    return None


def _ca(cname, commutative):
    def rule(f):
        rd, rs1, rs2 = f["rd"], f["rs1"], f["rs2"]
        if _p(rd) and rd == rs1 and _p(rs2):
            return cname, {"c_rs1p": rd, "c_rs2p": rs2}
        if commutative and _p(rd) and rd == rs2 and _p(rs1):
            return cname, {"c_rs1p": rd, "c_rs2p": rs1}
        return None
    return rule


def _andi(f):
    if _p(f["rd"]) and f["rd"] == f["rs1"] and _fits("c.andi", f["imm"]):
        return "c.andi", {"c_rs1p": f["rd"], "imm": f["imm"]}
    return None


def _addiw(f):
    if f["rd"] == f["rs1"] and f["rd"] != 0 and _fits("c.addiw", f["imm"]):
        return "c.addiw", {"c_rd": f["rd"], "imm": f["imm"]}
    return None


def _slli(f):
    if f["rd"] == f["rs1"] and f["rd"] != 0 and f["shamt6"] != 0:
        return "c.slli", {"c_rd": f["rd"], "imm": f["shamt6"]}
    return None


def _shift_right(cname):
    def rule(f):
        if _p(f["rd"]) and f["rd"] == f["rs1"] and f["shamt6"] != 0:
            return cname, {"c_rs1p": f["rd"], "imm": f["shamt6"]}
        return None
    return rule


def _lui(f):
    v = _lui_c(f["imm"])
    if f["rd"] not in (0, SP) and v is not None:
        return "c.lui", {"c_rd": f["rd"], "imm": v}
    return None


def _load(sp_row, p_row):
    def rule(f):
        rd, rs1, imm = f["rd"], f["rs1"], f["imm"]
        if rs1 == SP and rd != 0 and _fits(sp_row, imm):
            return sp_row, {"c_rd": rd, "imm": imm}
        if _p(rd) and _p(rs1) and _fits(p_row, imm):
            return p_row, {"c_rdp": rd, "c_rs1p": rs1, "imm": imm}
        return None
    return rule


def _store(sp_row, p_row):
    def rule(f):
        rs2, rs1, imm = f["rs2"], f["rs1"], f["imm"]
        if rs1 == SP and _fits(sp_row, imm):
            return sp_row, {"c_rs2": rs2, "imm": imm}
        if _p(rs2) and _p(rs1) and _fits(p_row, imm):
            return p_row, {"c_rs2p": rs2, "c_rs1p": rs1, "imm": imm}
        return None
    return rule


def _mv(f):
    if f["rd"] != 0 and f["rs1"] != 0:
        return "c.mv", {"c_rd": f["rd"], "c_rs2": f["rs1"]}
    return None


def _sext_w(f):
    if f["rd"] == f["rs1"] and f["rd"] != 0:
        return "c.addiw", {"c_rd": f["rd"], "imm": 0}
    return None


def _jr(f):
    if f["rs1"] != 0 and f["imm"] == 0:
        return "c.jr", {"c_rd": f["rs1"]}
    return None


def _jalr1(f):
    if f["rs1"] != 0 and f["imm"] == 0 and f["rd"] == RA:
        return "c.jalr", {"c_rd": f["rs1"]}
    return None


# form -> rule(fields) -> (compressed row name, its fields) | None
COMPRESS_RULES = {
    "addi": _addi,
    "add.imm": _add_imm,
    "add": _add,
    "sub": _ca("c.sub", False), "xor": _ca("c.xor", True), "or": _ca("c.or", True),
    "and": _ca("c.and", True), "subw": _ca("c.subw", False), "addw": _ca("c.addw", True),
    "andi": _andi, "and.imm": _andi,
    "addiw": _addiw, "addw.imm": _addiw,
    "slli": _slli, "sll.imm": _slli,
    "srli": _shift_right("c.srli"), "srl.imm": _shift_right("c.srli"),
    "srai": _shift_right("c.srai"), "sra.imm": _shift_right("c.srai"),
    "lui": _lui,
    "lw": _load("c.lwsp", "c.lw"), "ld": _load("c.ldsp", "c.ld"),
    "sw": _store("c.swsp", "c.sw"), "sd": _store("c.sdsp", "c.sd"),
    "ebreak": lambda f: ("c.ebreak", {}), "sbreak": lambda f: ("c.ebreak", {}),
    "nop": lambda f: ("c.nop", {"imm": 0}),
    "mv": _mv, "move": _mv,
    "sext.w": _sext_w,
    "ret": _jr, "jr": _jr,
    "jalr.1": _jalr1,
}

# Branch forms whose symbolic target GNU relaxes to a 2-byte instruction when in range.
RVC_BRANCH_FORMS = {"beq": "c.beqz", "bne": "c.bnez", "beqz": "c.beqz", "bnez": "c.bnez"}
RVC_JUMP_FORMS = {"j": "c.j"}


def compress(form: str, fields: dict):
    """GNU's RVC choice for an instruction written as `form` (see module docstring)."""
    rule = COMPRESS_RULES.get(form)
    if rule is None:
        return None
    return rule(fields)


def li_compress(rd: int, value: int):
    """GNU's direct `li` forms before the load_const macro: c.lui, c.li (or None)."""
    if rd not in (0, SP) and value & 0xFFF == 0:
        v = _lui_c((value >> 12) & 0xFFFFF)
        if v is not None and _sext(value, 64) == _sext(value >> 12 << 12, 32):
            return "c.lui", {"c_rd": rd, "imm": v}
    if rd != 0 and -32 <= value <= 31:
        return "c.li", {"c_rd": rd, "imm": value}
    return None
