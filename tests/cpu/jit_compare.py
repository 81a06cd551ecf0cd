"""assert_same_machine: what the jit engine must leave exactly as the interpreter does."""
from __future__ import annotations

import numpy as np

from pagelab.mmu.core import layout as M


def strip(entry):
    return {k: v for k, v in entry.items() if k not in ("last_used", "filled")}


def stamp_order(entries):
    """Per TLB structure: the order of the valid entries' LRU and FIFO stamps (all that LRU and
    FIFO decide by; absolute values differ because fetch hits are handed over in batches)."""
    sets = {}
    for e in entries:
        sets.setdefault(e["structure"], []).append(e)
    return {key: (sorted(range(len(es)), key=lambda i: es[i]["last_used"]),
                  sorted(range(len(es)), key=lambda i: es[i]["filled"]))
            for key, es in sets.items()}


def comparable_stats(m):
    return {k: v for k, v in m.stats().items() if not k.startswith(("core.", "jit."))}


def assert_same_machine(ref, jit, label=""):
    assert jit.regs == ref.regs, label
    assert jit.pc == ref.pc, label
    assert comparable_stats(jit) == comparable_stats(ref), label
    assert [strip(e) for e in jit.tlb_entries()] == [strip(e) for e in ref.tlb_entries()], label
    assert stamp_order(jit.tlb_entries()) == stamp_order(ref.tlb_entries()), label
    assert jit.mmu.array[M.CLOCK] == ref.mmu.array[M.CLOCK], label
    assert jit.reservation == ref.reservation, label
    assert np.array_equal(jit.ram, ref.ram), label
