"""Random RV64IMAC instruction sequences, generated from the instruction table, for differential
tests against Unicorn (tests/cpu/test_unicorn_differential.py).

Every row of `cpu/isa/table.py` that can run without trapping in U-mode is eligible; operands are
drawn from the row's own fields and immediate layouts (`ImmLayout.value_range`), weighted towards
edge values.  Registers x2 (sp), x8 (s0) and x31 are base pointers into the data area and are never
written; x29/x30 are scratch for address set-up.  Memory operations stay inside the data area
(two pages, so misaligned accesses can cross the boundary); branches and jumps only go forward to
an instruction boundary inside the sequence, so every sequence terminates.

Not generated (trap, or machine-mode differences in Unicorn): ecall, ebreak, CSR instructions
(Unicorn runs in M-mode with its own counters), S-mode instructions, misaligned AMO/LR/SC (they
trap; tested separately).  One deliberate difference from Unicorn/qemu is avoided: an SC to a
misaligned address that holds no reservation -- the spec requires an address-misaligned exception
for any misaligned LR/SC, qemu fails the SC without looking at the address.
"""
from __future__ import annotations

import random

from pagelab.cpu.isa.encoding import encode, field_names
from pagelab.cpu.isa.table import BASE, BY_NAME, COMPRESSED

CODE_VA = 0x10000
DATA_VA = 0x20000           # two pages: 0x20000 .. 0x22000
DATA_SIZE = 0x2000
BASE31 = 0x21000            # x31: page boundary, so imm12 offsets reach both pages
BASE8 = 0x20F80             # x8: c.lw/c.sd offsets 0..248 cross the boundary
BASE2 = 0x20E00             # sp: c.ldsp offsets 0..504 cross the boundary
RESERVED = {2, 8, 31}
WRITABLE = [r for r in range(1, 31) if r not in RESERVED]
WRITABLE_P = [r for r in range(9, 16)]           # x9..x15 (x8 is a base)

EDGE = [0, 1, -1, 2, -2, 31, 32, 33, 63, 64, (1 << 63) - 1, -(1 << 63), (1 << 31) - 1, -(1 << 31),
        (1 << 32) - 1, 1 << 32, 0x80000000, 0xFFFFFFFF, 0x7FF, -0x800, 0x1234_5678_9ABC_DEF0]

SKIP = {"ecall", "ebreak", "c.ebreak", "sret", "mret", "wfi", "sfence.vma", "csrrw", "csrrs",
        "csrrc", "csrrwi", "csrrsi", "csrrci"}
LOADS = {"lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"}
STORES = {"sb", "sh", "sw", "sd"}
BRANCHES = {"beq", "bne", "blt", "bge", "bltu", "bgeu"}


def to_s64(v: int) -> int:
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >> 63 else v


def reg_value(rng: random.Random) -> int:
    if rng.random() < 0.6:
        v = rng.choice(EDGE)
        if rng.random() < 0.3:
            v += rng.choice([-1, 1])
        return to_s64(v)
    return to_s64(rng.getrandbits(64))


def imm_value(rng: random.Random, layout) -> int:
    lo, hi = layout.value_range()
    step = 1 << layout.low_zero_bits
    choices = [lo, hi, 0, step, -step, 1, -1, 31, 32, 63, 16, 2047, -2048]
    if rng.random() < 0.4:
        v = rng.choice(choices)
    else:
        v = rng.randint(lo, hi)
    v = max(lo, min(hi, v))
    return v - (v % step) if v >= 0 else -((-v) // step * step)


class Item:
    """One instruction (or a placeholder for a forward branch resolved later)."""

    def __init__(self, row, fields, skip=0):
        self.row = row
        self.fields = fields
        self.skip = skip              # branch/jump: number of items to jump over
        self.size = row.length
        self.group_start = True       # False inside a set-up group (never a branch target)

    def word(self, offset: int) -> bytes:
        fields = dict(self.fields)
        if self.skip is not None and "target" in self.row.operands:
            fields["imm"] = offset
        value = encode(self.row, fields)
        return value.to_bytes(self.size, "little")


def _fill_fields(rng, row) -> dict | None:
    """Random legal fields for an ALU-like row (registers and immediates), or None to skip."""
    fields = {}
    writes = {"rd", "c_rd", "c_rdp"}
    names = field_names(row)
    two_address = row.compressed and row.expand and any(
        src in ("c_rs1p", "c_rd") and dst == "rd" for dst, src in row.expand[1].items())
    for name in names:
        if name in ("rd", "c_rd"):
            fields[name] = rng.choice(WRITABLE + [0] * (1 if name == "rd" else 0))
        elif name == "c_rdp":
            fields[name] = rng.choice(WRITABLE_P)
        elif name == "c_rs1p":
            fields[name] = rng.choice(WRITABLE_P) if two_address else rng.randint(8, 15)
        elif name in ("rs1", "rs2", "c_rs2"):
            fields[name] = rng.randint(0, 31)
        elif name == "c_rs2p":
            fields[name] = rng.randint(8, 15)
        elif name == "imm":
            fields[name] = imm_value(rng, row.imm)
        elif name in ("shamt6", "shamt5"):
            top = 63 if name == "shamt6" else 31
            fields[name] = rng.choice([0, 1, 31, top, rng.randint(0, top)])
        elif name in ("pred", "succ"):
            fields[name] = rng.randint(0, 15)
        elif name in ("aq", "rl"):
            fields[name] = rng.randint(0, 1)
        else:
            return None
    for name in row.nonzero:
        key = name if name in fields else "imm"
        if fields.get(key, 1) == 0:
            return None
    if row.name in ("c.lui",) and fields.get("c_rd") == 2:
        return None
    if row.name == "c.addi16sp":
        return None
    del writes
    return fields


def _mem_row(rng, row) -> list[Item]:
    """A load or store inside the data area (misaligned and page-crossing allowed)."""
    fields = {}
    for name in field_names(row):
        if name in ("rd", "c_rd"):
            fields[name] = rng.choice(WRITABLE + [0])
        elif name == "c_rdp":
            fields[name] = rng.choice(WRITABLE_P)
        elif name in ("rs2", "c_rs2"):
            fields[name] = rng.randint(0, 31)
        elif name == "c_rs2p":
            fields[name] = rng.randint(8, 15)
        elif name == "rs1":
            fields[name] = 31
        elif name == "c_rs1p":
            fields[name] = 8
        elif name == "imm":
            if row.name in LOADS | STORES:
                near = rng.choice([-8, -7, -5, -4, -3, -2, -1, 0, 1, 2, 3, 5])
                fields[name] = near if rng.random() < 0.4 else rng.randint(-2048, 2040)
            else:
                fields[name] = imm_value(rng, row.imm)
    for name in row.nonzero:
        if fields.get(name, 1) == 0:
            fields[name] = rng.choice(WRITABLE)
    return [Item(row, fields, None)]


def _amo_items(rng, row) -> list[Item]:
    size = 8 if row.name.endswith(".d") else 4
    off = rng.randrange(-2048, 2048 - size, size)
    items = [Item(BY_NAME["addi"], {"rd": 29, "rs1": 31, "imm": off}, None)]
    fields = {"rd": rng.choice(WRITABLE), "rs1": 29, "aq": rng.randint(0, 1),
              "rl": rng.randint(0, 1)}
    if "rs2" in field_names(row):
        fields["rs2"] = rng.randint(0, 31)
    if row.name.startswith("sc."):
        # an LR first (same or different address), a few ALU ops, then the SC
        lr = BY_NAME["lr.d" if size == 8 else "lr.w"]
        same = rng.random() < 0.7
        if not same:
            items.append(Item(lr, {"rd": rng.choice([r for r in WRITABLE if r != 29]), "rs1": 31,
                                   "aq": 0, "rl": 0}, None))
        elif rng.random() < 0.9:
            items.append(Item(lr, {"rd": rng.choice([r for r in WRITABLE if r != 29]), "rs1": 29,
                                   "aq": 0, "rl": 0}, None))
        fields["rd"] = rng.choice([r for r in WRITABLE if r != 29])
    items.append(Item(row, fields, None))
    return items


def _branch_items(rng, row) -> list[Item]:
    fields = {}
    for name in field_names(row):
        if name in ("rs1", "rs2"):
            fields[name] = rng.randint(0, 31)
        elif name == "c_rs1p":
            fields[name] = rng.randint(8, 15)
        elif name == "rd":
            fields[name] = rng.choice(WRITABLE + [0])
    return [Item(row, fields, rng.randint(0, 3))]


def _jalr_items(rng, row) -> list[Item]:
    """auipc x30, 0; addi x30, x30, delta; jalr/c.jr/c.jalr via x30 (delta fixed up later)."""
    skip = rng.randint(0, 2)
    items = [Item(BY_NAME["auipc"], {"rd": 30, "imm": 0}, None),
             Item(BY_NAME["addi"], {"rd": 30, "rs1": 30, "imm": 0}, None)]
    if row.name == "jalr":
        jump = Item(row, {"rd": rng.choice(WRITABLE + [0]), "rs1": 30,
                          "imm": rng.choice([0, 1])}, None)
    else:
        jump = Item(row, {"c_rd": 30}, None)
    items[1].jalr_fixup = (jump, skip)
    items.append(jump)
    return items


def _eligible():
    rows = []
    for row in BASE + COMPRESSED:
        if row.name in SKIP or row.name == "c.addi16sp":
            continue
        rows.append(row)
    return rows


ROWS = _eligible()


def generate(rng: random.Random, n: int) -> list[Item]:
    """About n instructions (AMO/jalr groups add their set-up instructions)."""
    items: list[Item] = []
    while len(items) < n:
        row = rng.choice(ROWS)
        base_name = row.expand[0] if row.compressed else row.name
        if row.name in ("jalr", "c.jr", "c.jalr"):
            group = _jalr_items(rng, row)
        elif row.fmt == "AMO":
            group = _amo_items(rng, row)
        elif base_name in LOADS | STORES:
            group = _mem_row(rng, row)
        elif base_name in BRANCHES or base_name == "jal":
            group = _branch_items(rng, row)
        else:
            fields = _fill_fields(rng, row)
            group = [Item(row, fields, None)] if fields is not None else []
        for k, item in enumerate(group):
            item.group_start = k == 0
        items += group
    return items


def _target(items, index):
    """The first group start at or after `index` (or the end of the sequence)."""
    while index < len(items) and not items[index].group_start:
        index += 1
    return min(index, len(items))


def assemble(items: list[Item]) -> bytes:
    """Lay the items out from CODE_VA and encode them (branch targets resolved)."""
    addr = []
    pc = CODE_VA
    for it in items:
        addr.append(pc)
        pc += it.size
    end = pc
    addr.append(end)
    out = b""
    for i, it in enumerate(items):
        offset = 0
        if it.skip is not None and "target" in it.row.operands:
            target = _target(items, i + 1 + it.skip)
            offset = addr[target] - addr[i]
        fix = getattr(it, "jalr_fixup", None)
        if fix is not None:
            jump, skip = fix
            j = items.index(jump)
            target = _target(items, j + 1 + skip)
            # x30 = address of the auipc (addr[i-1]); jalr adds its own imm (0 or 1; bit 0 is
            # cleared by jalr)
            it.fields["imm"] = addr[target] - addr[i - 1]
        out += it.word(offset)
    return out


def initial_registers(rng: random.Random) -> list[int]:
    regs = [0] * 32
    for r in range(1, 32):
        regs[r] = reg_value(rng)
    regs[2], regs[8], regs[31] = BASE2, BASE8, BASE31
    return regs


def initial_data(rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(DATA_SIZE))
