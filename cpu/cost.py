"""The deterministic cost model: simulated cycles per instruction class and per page-walk access.

Guest-visible time is simulated, never read from the host: the core adds the cost of every
retired instruction to the hart's cycle counter, plus `walk_access` cycles for every page-table
entry the hardware walker reads.  The same program with the same configuration therefore gives the
same `cycle`, `time` and `instret` on every run and every host.

`rdcycle` reads the cycle counter; `rdtime` reads cycles // `timebase_ratio`.  The defaults model a
1 GHz core with a 10 MHz timebase (ratio 100), like common RISC-V boards: `time` ticks once every
100 cycles, i.e. every 100 ns of simulated time.

Classes (op ids -> class in `CLASS_OF`):

    alu      integer ALU, lui, auipc              mul     mul, mulh*, mulw
    div      div*, rem*                           load    lb .. ld, lr
    store    sb .. sd, sc                         branch  not taken / branch_taken (also jal/jalr)
    amo      amo*                                 csr     csrr*
    system   fence, fence.i, ecall, ebreak (ecall/ebreak are charged though they do not retire)

Instructions that trap (a page fault, an illegal instruction) are not charged; the walk reads of a
faulting walk are.  The kernel charges its own costs (faults, disk) through `Machine.add_cycles`.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from .core import layout as S
from .core import ops as O

CLASSES = ("alu", "mul", "div", "load", "store", "branch", "branch_taken", "jump", "amo", "csr",
           "system")


def _class_of() -> dict[int, str]:
    table = {}
    for op in range(O.ADDI, O.SRAW + 1):
        table[op] = "alu"
    for op in (O.MUL, O.MULH, O.MULHSU, O.MULHU, O.MULW):
        table[op] = "mul"
    for op in (O.DIV, O.DIVU, O.REM, O.REMU, O.DIVW, O.DIVUW, O.REMW, O.REMUW):
        table[op] = "div"
    for op in range(O.BEQ, O.BGEU + 1):
        table[op] = "branch"
    table[O.JAL] = table[O.JALR] = "jump"
    for op in range(O.LB, O.LWU + 1):
        table[op] = "load"
    for op in range(O.SB, O.SD + 1):
        table[op] = "store"
    for op in range(O.LR_W, O.AMOMAXU_D + 1):
        table[op] = "amo"
    table[O.LR_W] = table[O.LR_D] = "load"
    table[O.SC_W] = table[O.SC_D] = "store"
    for op in range(O.CSRRW, O.CSRRCI + 1):
        table[op] = "csr"
    for op in (O.FENCE, O.FENCE_TSO, O.FENCE_I, O.ECALL, O.EBREAK):
        table[op] = "system"
    return table


CLASS_OF = _class_of()


@dataclass(frozen=True)
class CostModel:
    """Cycles per instruction class and per page-walk memory access (all non-negative ints)."""
    alu: int = 1
    mul: int = 3
    div: int = 20
    load: int = 2
    store: int = 1
    branch: int = 1
    branch_taken: int = 3
    jump: int = 3
    amo: int = 10
    csr: int = 2
    system: int = 10
    walk_access: int = 20
    timebase_ratio: int = 100       # cycles per tick of `time` (1 GHz core, 10 MHz timebase)

    def __post_init__(self):
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 0:
                raise ValueError(f"cost model: {f.name} must be a non-negative integer, "
                                 f"not {value!r}")
        if self.timebase_ratio < 1:
            raise ValueError("cost model: timebase_ratio must be at least 1")

    @classmethod
    def parse(cls, text: str) -> "CostModel":
        """'alu=1,div=30,walk_access=50' -> CostModel (ValueError naming a bad item)."""
        values = {}
        names = {f.name for f in fields(cls)}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, value = item.partition("=")
            if not sep or name not in names:
                raise ValueError(f"cost model: bad item '{item}' (expected NAME=INT with NAME in "
                                 f"{', '.join(sorted(names))})")
            try:
                values[name] = int(value, 0)
            except ValueError:
                raise ValueError(f"cost model: '{value}' is not an integer in '{item}'") from None
        return cls(**values)

    def array(self) -> np.ndarray:
        """The int64 cost table the jitted core reads (layout.COST_*)."""
        table = np.zeros(S.COST_SIZE, dtype=np.int64)
        for op, cls_name in CLASS_OF.items():
            table[op] = getattr(self, cls_name)
        table[S.COST_TAKEN] = self.branch_taken
        table[S.COST_WALK] = self.walk_access
        table[S.COST_TIMEBASE] = self.timebase_ratio
        return table
