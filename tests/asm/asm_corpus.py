"""Generators of assembly corpora for the differential tests (pagelab vs GNU binutils).

Everything is generated from the instruction table (`pagelab.cpu.isa`) and the pseudo table
(`cpu/isa/pseudo.py`) with a seeded `random.Random`, so a failing case can be reproduced from
its seed.  Register choices are biased towards the cases where GNU's choices differ: x0, sp,
x8..x15 (the compressed set) and rd == rs1.
"""
from __future__ import annotations

import random

from pagelab.cpu.isa.csr import CSR_NAMES
from pagelab.cpu.isa.table import ABI_NAMES, INSTRUCTIONS

SPECIAL_LI = [
    0, 1, -1, 2, -2, 31, 32, -32, -33, 2047, 2048, -2048, -2049, 4095, 4096, -4096, 0x7FF,
    0x800, 0xFFF, 0x1000, 0x1F000, 0x20000, -0x20000, 0x7FFFF000, 0x7FFFFFFF, 0x80000000,
    0xFFFFFFFF, 0x100000000, 0xFFFFFFFF00000000, 0x7FFFFFFFFFFFFFFF, -0x8000000000000000,
    0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0x123456789ABCDEF0, 0xFFFFF000, 0xFFFFF800,
    0x7FFFF800, 0x80000800, -0x80000000, -0x80000001, 0xFFFFFFFF80000000,
    0x00FF00FF00FF00FF, 0x5555555555555555, 0xAAAAAAAAAAAAAAAA, 0x0F0F0F0F0F0F0F0F,
]


def li_values(rng: random.Random, count: int) -> list[int]:
    """Edge values, powers of two (and neighbours), runs of ones/zeros, and random values."""
    values = list(SPECIAL_LI)
    for bit in range(64):
        p = 1 << bit
        values += [p, p - 1, p + 1, -p, -p + 1, -p - 1]
    while len(values) < count:
        kind = rng.randrange(6)
        if kind == 0:
            v = rng.getrandbits(64)
        elif kind == 1:
            v = rng.getrandbits(rng.randrange(1, 64))
            if rng.random() < 0.5:
                v = -v
        elif kind == 2:               # a run of ones somewhere
            lo = rng.randrange(64)
            hi = rng.randrange(lo, 64)
            v = ((1 << (hi - lo + 1)) - 1) << lo
        elif kind == 3:               # ones with a run of zeros
            lo = rng.randrange(64)
            hi = rng.randrange(lo, 64)
            v = ~(((1 << (hi - lo + 1)) - 1) << lo)
        elif kind == 4:               # a few scattered bits
            v = 0
            for _ in range(rng.randrange(1, 5)):
                v |= 1 << rng.randrange(64)
        else:                         # 32-bit edge-ish values
            v = rng.choice([0x7FFFFFFF, 0x80000000, 0xFFFFFFFF]) + rng.randrange(-3000, 3000)
        values.append(v)
    out = []
    for v in values[:count]:
        v &= (1 << 64) - 1
        out.append(v - (1 << 64) if v >> 63 else v)
    return out


def reg_name(num: int, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"x{num}"
    if num == 8 and rng.random() < 0.3:
        return "fp"
    return ABI_NAMES[num]


class RowGen:
    """Random valid operands for a table row, in GNU syntax."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def reg(self, kind, nonzero=False):
        r = self.rng
        if kind in ("c_rdp", "c_rs1p", "c_rs2p"):
            return r.randrange(8, 16)
        pick = r.random()
        if pick < 0.1 and not nonzero:
            return 0
        if pick < 0.2:
            return 2
        if pick < 0.6:
            return r.randrange(8, 16)
        return r.randrange(1, 32)

    def imm_for(self, layout, nonzero=False):
        r = self.rng
        lo, hi = layout.value_range()
        step = 1 << layout.low_zero_bits
        for _ in range(100):
            choice = r.random()
            if choice < 0.2:
                v = r.choice([lo, hi, 0, step, -step, lo + step, hi - step])
            else:
                v = r.randrange(lo, hi + 1)
            v -= v % step
            if lo <= v <= hi and (v != 0 or not nonzero):
                return v
        return step

    def operands(self, row, labels):
        r = self.rng
        text = []
        vals = {}
        for op in row.operands:
            nonzero = op in row.nonzero or op in row.hint_if_zero
            if op in ("rd", "rs1", "rs2", "c_rd", "c_rs2", "c_rdp", "c_rs1p", "c_rs2p"):
                v = self.reg(op, nonzero or op in ("c_rd", "c_rs2"))
                if op == "rs1" and "rd" in vals and r.random() < 0.4:
                    v = vals["rd"]
                if op == "c_rd" and row.name == "c.lui" and v == 2:
                    v = 10
                vals[op] = v
                text.append(reg_name(v, r))
            elif op == "imm":
                if row.name in ("lui", "auipc"):
                    v = r.choice([0, 1, 0xFFFFF, 0x80000, r.randrange(0, 1 << 20)])
                    text.append(hex(v))
                elif row.name == "c.lui":
                    v = r.choice(list(range(1, 32)) + list(range(0xFFFE0, 0x100000)))
                    text.append(hex(v))
                else:
                    nz = "imm" in row.nonzero or "imm" in row.hint_if_zero
                    text.append(str(self.imm_for(row.imm, nz)))
            elif op == "mem":
                text.append(f"{self.imm_for(row.imm)}({reg_name(self.reg('rs1'), r)})")
            elif op == "c_mem":
                base = "sp" if row.base == "sp" else reg_name(r.randrange(8, 16), r)
                text.append(f"{self.imm_for(row.imm)}({base})")
            elif op == "amo_mem":
                text.append(f"({reg_name(self.reg('rs1'), r)})")
            elif op == "target":
                text.append(r.choice(labels))
            elif op == "csr":
                if r.random() < 0.6:
                    text.append(r.choice(sorted(CSR_NAMES)))
                else:
                    text.append(str(r.randrange(0, 4096)))
            elif op == "zimm":
                text.append(str(r.randrange(32)))
            elif op == "shamt6":
                text.append(str(r.choice([0, 1, 31, 32, 63, r.randrange(64)])))
            elif op == "shamt5":
                text.append(str(r.choice([0, 1, 31, r.randrange(32)])))
            elif op in ("pred", "succ"):
                bits = r.randrange(1, 16)
                text.append("".join(c for i, c in enumerate("iorw") if bits & (8 >> i)))
            elif op == "sp":
                text.append("sp")
        name = row.name
        if row.aqrl:
            name += r.choice(["", ".aq", ".rl", ".aqrl"])
        return f"{name} {', '.join(text)}".strip()


def table_program(rng: random.Random, rvc: bool, per_row: int = 6) -> str:
    """Every row of the table (compressed rows only with RVC) with random operands.

    Branch/jump targets are local labels within reach of c.beqz/c.j, so explicit compressed
    branches always encode.
    """
    gen = RowGen(rng)
    lines = [".text", ".globl _start", "_start:"]
    n = 0
    for row in INSTRUCTIONS:
        if row.compressed and not rvc:
            continue
        for _ in range(per_row):
            label = f".Lr{n}"
            n += 1
            lines.append(f"{label}:")
            lines.append("  " + gen.operands(row, [label, f".Lr{n}"]))
    lines.append(f".Lr{n}:")
    lines.append("  nop")
    return "\n".join(lines) + "\n"


PSEUDO_TEMPLATES = [
    "nop", "mv {r}, {r}", "move {r}, {r}", "not {r}, {r}", "neg {r}, {r}", "negw {r}, {r}",
    "sext.w {r}, {r}", "seqz {r}, {r}", "snez {r}, {r}", "sltz {r}, {r}", "sgtz {r}, {r}",
    "sgt {r}, {r}, {r}", "sgtu {r}, {r}, {r}",
    "zext.b {r}, {r}", "zext.h {r}, {r}", "zext.w {r}, {r}", "sext.b {r}, {r}",
    "sext.h {r}, {r}",
    "beqz {r}, {L}", "bnez {r}, {L}", "blez {r}, {L}", "bgez {r}, {L}", "bltz {r}, {L}",
    "bgtz {r}, {L}", "bgt {r}, {r}, {L}", "ble {r}, {r}, {L}", "bgtu {r}, {r}, {L}",
    "bleu {r}, {r}, {L}", "j {L}", "jal {L}", "jal {r}, {L}", "jr {r}", "jalr {r}",
    "jalr {r}, {r}", "jalr {r}, 8({r})", "jr 4({r})", "ret",
    "csrr {r}, {csr}", "csrw {csr}, {r}", "csrs {csr}, {r}", "csrc {csr}, {r}",
    "csrwi {csr}, {u5}", "csrsi {csr}, {u5}", "csrci {csr}, {u5}",
    "csrw {csr}, {u5}", "csrs {csr}, {u5}", "csrc {csr}, {u5}", "csrrw {r}, {csr}, {u5}",
    "csrrs {r}, {csr}, {u5}", "csrrc {r}, {csr}, {u5}",
    "rdcycle {r}", "rdtime {r}", "rdinstret {r}",
    "fence", "fence rw, rw", "fence r, w", "fence iorw, iorw", "fence.tso", "fence.i",
    "unimp", "ebreak", "ecall", "scall", "sbreak", "sfence.vma", "sfence.vma {r}", "wfi",
    "li {r}, {imm}", "la {r}, {S}", "lla {r}, {S}", "call {S}", "call {r}, {S}", "tail {S}",
    "jump {S}, {r}",
    "lw {r}, {S}", "ld {r}, {S}", "lb {r}, {S}", "lbu {r}, {S}", "lh {r}, {S}",
    "lhu {r}, {S}", "lwu {r}, {S}",
    "sw {r}, {S}, {r}", "sd {r}, {S}, {r}", "sb {r}, {S}, {r}", "sh {r}, {S}, {r}",
    "add {r}, {r}, {simm}", "and {r}, {r}, {simm}", "or {r}, {r}, {simm}",
    "xor {r}, {r}, {simm}", "slt {r}, {r}, {simm}", "sltu {r}, {r}, {simm}",
    "sll {r}, {r}, {sh}", "srl {r}, {r}, {sh}", "sra {r}, {r}, {sh}", "addw {r}, {r}, {simm}",
    "lui {r}, %hi({S})", "addi {r}, {r}, %lo({S})", "lw {r}, %lo({S})({r})",
    "sd {r}, %lo({S})({r})",
    "1: auipc {r}, %pcrel_hi({S})\n  addi {r}, {r}, %pcrel_lo(1b)",
    "1: auipc {r}, %pcrel_hi({S})\n  lw {r}, %pcrel_lo(1b)({r})\n  sd {r}, %pcrel_lo(1b)({r})",
    "auipc {r}, 0x12345", "lui {r}, %hi(0x12345678)", "addi {r}, {r}, %lo(0x12345678)",
    "lr.w {r}, 0({r})", "amoadd.d.aqrl {r}, {r}, 0({r})", "sc.d.rl {r}, {r}, ({r})",
]


def pseudo_program(rng: random.Random, copies: int = 8) -> str:
    gen = RowGen(rng)
    lines = [".text", ".globl _start", "_start:"]
    n = 0
    for _ in range(copies):
        for template in PSEUDO_TEMPLATES:
            label = f".Lp{n}"
            n += 1
            lines.append(f"{label}:")

            def fill(key):
                if key == "r":
                    return reg_name(gen.reg("rd"), rng)
                if key == "L":
                    return rng.choice([label, f".Lp{n}", "far", "_start"])
                if key == "S":
                    return rng.choice(["data_sym", "far", "_start", "data_sym+8"])
                if key == "csr":
                    return rng.choice(["cycle", "time", "instret", "sstatus", "0x340", "3"])
                if key == "u5":
                    return str(rng.randrange(32))
                if key == "imm":
                    return str(rng.choice(li_values(rng, 80)))
                if key == "simm":
                    return str(rng.choice([0, 1, -1, 5, -32, 31, 32, 2047, -2048]))
                if key == "sh":
                    return str(rng.choice([0, 1, 5, 31, 63]))
                raise KeyError(key)

            text = template
            while "{" in text:
                start = text.index("{")
                end = text.index("}", start)
                text = text[:start] + fill(text[start + 1:end]) + text[end + 1:]
            lines.append("  " + text)
    lines.append(f".Lp{n}:")
    lines += ["  .skip 3000", "far:", "  nop", ".data", "data_sym: .dword 1, 2, 3"]
    return "\n".join(lines) + "\n"


def li_program(values, rd_names=("a0", "t3", "s1", "sp", "x5", "zero")) -> str:
    lines = [".text", ".globl _start", "_start:"]
    for i, v in enumerate(values):
        lines.append(f"  li {rd_names[i % len(rd_names)]}, {v}")
    return "\n".join(lines) + "\n"


def branch_program(rng: random.Random, nblocks: int = 40, rvc: bool = True) -> str:
    """Random branches/jumps over random distances, to exercise GNU's relaxation choices."""
    lines = [".text", ".globl _start", "_start:"]
    labels = [f"B{i}" for i in range(nblocks)]
    forms = ["beq {p}, zero, {L}", "bne {p}, x0, {L}", "beqz {p}, {L}", "bnez {p}, {L}",
             "beq {r}, {r}, {L}", "blt {r}, {r}, {L}", "bgeu {r}, {r}, {L}", "j {L}",
             "jal {L}", "jal zero, {L}", "bgt {r}, {r}, {L}", "beqz {r}, {L}",
             "j {L}+4", "bnez {p}, {L}-2", "bnez {p}, .+8", "j .-4", "beq {r}, {r}, . + 12"]
    for i, label in enumerate(labels):
        lines.append(f"{label}:")
        for _ in range(rng.randrange(1, 4)):
            form = rng.choice(forms)
            text = form.replace("{L}", rng.choice(labels), 1)
            while "{p}" in text:
                text = text.replace("{p}", rng.choice(["a0", "a5", "s0", "s1"]), 1)
            while "{r}" in text:
                text = text.replace("{r}", rng.choice(["a0", "t0", "s1", "zero", "ra"]), 1)
            lines.append("  " + text)
        pad = rng.choice([0, 2, 4, 40, 100, 200, 250, 500, 1000, 2000, 3000,
                          rng.randrange(230, 262, 2), rng.randrange(2020, 2060, 2),
                          rng.randrange(4070, 4110, 2)])
        if pad:
            lines.append(f"  .skip {pad}")
        if rng.random() < 0.2:
            lines.append(f"  .balign {rng.choice([4, 8, 16])}")
        if rng.random() < 0.3:
            lines.append("  c.nop" if rvc and rng.random() < 0.5 else "  nop")
    return "\n".join(lines) + "\n"


MIXED_TEXT = [
    "nop", "addi a0, a0, 5", "li t0, 0x12345678", "la a1, L1", "call L2", "tail L1", "j L1",
    "beqz a0, L2", "bnez s0, 1b", "beq a0, a1, 1f", "lw a2, 8(sp)", "sd s1, 16(sp)", "mv a0, a1",
    "ret", "csrr a0, cycle", "fence", "ecall", "lw a3, L1", "sw a3, L2, t0", "c.addi a0, 1",
    ".p2align 2", ".p2align 3", ".balign 16", ".p2align 4,,6", ".align 1", ".balign 8, 0",
    ".option rvc", ".option norvc", "1:", "L1:", "L2:",
]
MIXED_DATA = [
    ".byte 1, 2, 3", ".half 0x1234", ".word L1, L2 - L1", ".dword 0x123456789",
    ".ascii \"abc\"", ".asciz \"xy\\n\"", ".zero 5", ".skip 3, 7", ".p2align 2", ".balign 8, 0xff",
    ".p2align 4,,6", ".align 1",
]
MIXED_SECTIONS = [(".text", True), (".data", False), (".section .rodata", False),
                  (".section .sdata,\"aw\"", False), (".section .text.hot,\"ax\"", True),
                  (".section .mycode,\"ax\"", True)]


def mixed_program(rng: random.Random, rvc: bool) -> str:
    """Sections switched at random, instructions in code sections, data elsewhere, RVC
    toggled: layout, padding and relaxation interacting."""
    lines = [".globl _start", ".text", "_start:", "1:"]
    code = True
    defined = set()
    for _ in range(rng.randrange(30, 120)):
        if rng.random() < 0.12:
            sec, code = rng.choice(MIXED_SECTIONS)
            lines.append(sec)
            continue
        piece = rng.choice(MIXED_TEXT if code else MIXED_DATA)
        if piece in ("L1:", "L2:"):
            if piece in defined:
                continue
            defined.add(piece)
        if piece == "c.addi a0, 1":
            piece = ".option push; .option rvc; c.addi a0, 1; .option pop"
        lines.append(piece)
    for label in ("L1:", "L2:"):
        if label not in defined:
            lines.append(label)
    lines += [".text", "1: nop"]
    return "\n".join(lines) + "\n"
