"""A jitted driver for robustness tests: start the hart at every instruction slot of a region.

`run_each` sets pc to start, start + stride, ... (count slots) and runs up to `budget`
instructions from each, counting the stop causes in `causes` (index = scause; the last entry
counts budget stops).  It exists so that a million random words can be executed as code without
a Python round trip per trap.
"""
from numba import njit

from . import layout as S
from .interp import run


@njit(cache=True, _nrt=False)
def run_each(hart, mmu, u8, code, tables, start, count, stride, budget, causes):
    """Returns the number of instructions retired in all the runs."""
    st = hart[S.ST_BASE:S.ST_BASE + S.ST_SIZE]
    executed = 0
    last = causes.shape[0] - 1
    for i in range(count):
        st[S.PC] = start + i * stride
        c = run(hart, mmu, u8, code, tables, budget)
        executed += st[S.RAN]
        if 0 <= c < last:
            causes[c] += 1
        else:
            causes[last] += 1
    return executed
