"""Bit fields and immediate layouts of RISC-V instructions, defined once.

Immediates are written the way the ISA manual draws them: a list of segments, each naming a range
of *instruction* bits and, in the manual's notation, which *immediate* bits sit there from the
highest instruction bit down.  For example the B-type immediate is

    inst[31:25] = imm[12|10:5]      inst[11:7] = imm[4:1|11]

and is written ``ImmLayout("B", ((31, 25, "12|10:5"), (11, 7, "4:1|11")), signed=True)``.
`pack` and `unpack` are generated from that description, so a scrambled layout is typed exactly
once.  The assembler packs, the disassembler and the CPU's decode-table builder unpack; the numba
core uses njit copies of the same formulas, checked equal by tests.

Register fields:

    rd  = inst[11:7]    rs1 = inst[19:15]    rs2 = inst[24:20]          (32-bit forms)
    rd/rs1 = inst[11:7] rs2 = inst[6:2]                                  (CR/CI/CSS full regs)
    rd'/rs2' = inst[4:2] + 8    rs1'/rd' = inst[9:7] + 8                 (compressed x8..x15)
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

# Register operand fields: name -> (hi, lo, offset added to the field value).
REG_FIELDS = {
    "rd": (11, 7, 0),
    "rs1": (19, 15, 0),
    "rs2": (24, 20, 0),
    "c_rd": (11, 7, 0),      # CR/CI: rd (= rs1 for two-address forms)
    "c_rs2": (6, 2, 0),      # CR/CSS: rs2
    "c_rdp": (4, 2, 8),      # CIW/CL: rd'
    "c_rs1p": (9, 7, 8),     # CL/CS/CB/CA: rs1' (and rd' for CA/CB two-address forms)
    "c_rs2p": (4, 2, 8),     # CS/CA: rs2'
}

# Plain unsigned fields: name -> (hi, lo).
UINT_FIELDS = {
    "csr": (31, 20),
    "zimm": (19, 15),        # CSR immediate forms
    "shamt6": (25, 20),
    "shamt5": (24, 20),
    "pred": (27, 24),
    "succ": (23, 20),
    "aq": (26, 26),
    "rl": (25, 25),
}


def bits(value: int, hi: int, lo: int) -> int:
    """Return value[hi:lo] as an unsigned integer."""
    return (value >> lo) & ((1 << (hi - lo + 1)) - 1)


def _parse_imm_bits(spec: str) -> list[int]:
    """'4:1|11' -> [4, 3, 2, 1, 11]: immediate bit numbers from the highest instruction bit down."""
    out: list[int] = []
    for part in spec.split("|"):
        if ":" in part:
            hi, lo = (int(p) for p in part.split(":"))
            out.extend(range(hi, lo - 1, -1))
        else:
            out.append(int(part))
    return out


@functools.lru_cache(maxsize=None)
def _placement(name: str, segments: tuple) -> tuple[tuple[int, int], ...]:
    """(instruction bit, immediate bit) pairs of a layout, computed once per layout."""
    pairs = []
    for hi, lo, spec in segments:
        imm_bits = _parse_imm_bits(spec)
        if len(imm_bits) != hi - lo + 1:
            raise ValueError(f"{name}: segment {hi}:{lo} does not match '{spec}'")
        for i, b in enumerate(imm_bits):
            pairs.append((hi - i, b))
    return tuple(pairs)


@dataclass(frozen=True)
class ImmLayout:
    """Where an immediate's bits live inside an instruction word (see module docstring)."""

    name: str
    segments: tuple[tuple[int, int, str], ...]
    signed: bool

    def placement(self) -> list[tuple[int, int]]:
        """List of (instruction bit, immediate bit) pairs."""
        return list(_placement(self.name, self.segments))

    @property
    def top_bit(self) -> int:
        return max(b for _, b in self.placement())

    @property
    def low_zero_bits(self) -> int:
        """How many low immediate bits are implicitly zero (the alignment the value must have)."""
        present = {b for _, b in self.placement()}
        n = 0
        while n not in present:
            n += 1
        return n

    def value_range(self) -> tuple[int, int]:
        """Smallest and largest value the layout can hold (ignoring alignment)."""
        top = self.top_bit
        if self.signed:
            return -(1 << top), (1 << top) - 1
        return 0, (1 << (top + 1)) - 1

    def fits(self, value: int) -> bool:
        lo, hi = self.value_range()
        return lo <= value <= hi and value % (1 << self.low_zero_bits) == 0

    def pack(self, value: int) -> int:
        """Scatter `value` into instruction bits. The caller checks `fits` first."""
        word = 0
        for inst_bit, imm_bit in _placement(self.name, self.segments):
            word |= ((value >> imm_bit) & 1) << inst_bit
        return word

    def unpack(self, word: int) -> int:
        """Gather the immediate from an instruction word (sign-extended if signed)."""
        value = 0
        for inst_bit, imm_bit in _placement(self.name, self.segments):
            value |= ((word >> inst_bit) & 1) << imm_bit
        if self.signed and (value >> self.top_bit) & 1:
            value -= 1 << (self.top_bit + 1)
        return value

    def mask(self) -> int:
        """Instruction bits occupied by this immediate."""
        m = 0
        for inst_bit, _ in self.placement():
            m |= 1 << inst_bit
        return m


def _imm(name, segments, signed):
    return ImmLayout(name, tuple(segments), signed)


# 32-bit formats
IMM_I = _imm("I", [(31, 20, "11:0")], True)
IMM_S = _imm("S", [(31, 25, "11:5"), (11, 7, "4:0")], True)
IMM_B = _imm("B", [(31, 25, "12|10:5"), (11, 7, "4:1|11")], True)
IMM_U = _imm("U", [(31, 12, "19:0")], False)          # the 20-bit value as written in `lui rd, imm`
IMM_J = _imm("J", [(31, 12, "20|10:1|11|19:12")], True)

# 16-bit (RVC) formats, named after the instructions that use them.
IMM_CI = _imm("CI", [(12, 12, "5"), (6, 2, "4:0")], True)                   # c.addi, c.li, c.addiw
IMM_CI_U = _imm("CI-shamt", [(12, 12, "5"), (6, 2, "4:0")], False)          # c.slli/srli/srai
IMM_CI_LUI = _imm("CI-lui", [(12, 12, "5"), (6, 2, "4:0")], True)           # c.lui (value as in lui)
IMM_CI_16SP = _imm("CI-addi16sp", [(12, 12, "9"), (6, 2, "4|6|8:7|5")], True)
IMM_CI_LWSP = _imm("CI-lwsp", [(12, 12, "5"), (6, 2, "4:2|7:6")], False)
IMM_CI_LDSP = _imm("CI-ldsp", [(12, 12, "5"), (6, 2, "4:3|8:6")], False)
IMM_CSS_SWSP = _imm("CSS-swsp", [(12, 7, "5:2|7:6")], False)
IMM_CSS_SDSP = _imm("CSS-sdsp", [(12, 7, "5:3|8:6")], False)
IMM_CIW = _imm("CIW", [(12, 5, "5:4|9:6|2|3")], False)                      # c.addi4spn
IMM_CL_W = _imm("CL-w", [(12, 10, "5:3"), (6, 5, "2|6")], False)            # c.lw/c.sw
IMM_CL_D = _imm("CL-d", [(12, 10, "5:3"), (6, 5, "7:6")], False)            # c.ld/c.sd
IMM_CB = _imm("CB", [(12, 10, "8|4:3"), (6, 2, "7:6|2:1|5")], True)         # c.beqz/c.bnez
IMM_CB_ANDI = _imm("CB-andi", [(12, 12, "5"), (6, 2, "4:0")], True)         # c.andi
IMM_CJ = _imm("CJ", [(12, 2, "11|4|9:8|10|6|7|3:1|5")], True)               # c.j

ALL_IMM_LAYOUTS = [
    IMM_I, IMM_S, IMM_B, IMM_U, IMM_J, IMM_CI, IMM_CI_U, IMM_CI_LUI, IMM_CI_16SP, IMM_CI_LWSP,
    IMM_CI_LDSP, IMM_CSS_SWSP, IMM_CSS_SDSP, IMM_CIW, IMM_CL_W, IMM_CL_D, IMM_CB, IMM_CB_ANDI, IMM_CJ,
]
