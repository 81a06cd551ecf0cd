"""Demand-zero page faults served without leaving the jitted code (the kernel's fast path).

`run_ring(hart, mmu, u8, code, tables, ff, budget)` is `interp.run` in a loop.  When a run stops
on a store page fault (scause 15) that the kernel declared eligible beforehand, this code does
the part of the fault that touches the machine -- the leaf PTE, the TLB flush of that page, the
fault's simulated cycles -- and runs on, exactly as if `run` had returned, the kernel had
handled the fault and called `run` again.  Everything else the kernel does for a fault (the
shadow PTE, reverse map, counters, LRU, the task's fault count) it does afterwards from the log
this code keeps (kernel/mm/fastfault.py), before anything can look at it.

What the kernel publishes in `ff` (int64; offsets below) before the call:
  * up to MAX_RANGES virtual-page ranges [start, end) of private, writable, anonymous memory
    with the leaf PTE bits a fault there installs (V U A R W D, no X unless the VMA has it);
  * a ring of frames, already allocated, in the order the kernel's allocator would have handed
    them out fault after fault, each with a flag: clear it before use (a frame that has held
    data; the others still hold the zeros RAM had at boot).  Clearing here, not when the ring
    is filled, leaves the frames the run does not use as they were;
  * the ASID and the cycles a minor fault costs.
A fault is served here only when: the run that stopped retired at least one instruction (the
scheduler counts at least one slice unit per run), a ring frame is left, the address lies in a
published range, the page tables down to the leaf table exist (no table to allocate), and the
leaf PTE is 0 (no entry at all: not present, not a swap entry).  Anything else ends the call
with the fault unhandled, for the kernel's Python handler.

The log holds, per fault served: the published range it fell in, the pc and stval of the
fault, and the instructions the run before it retired.  st[RAN] is the total over all the runs.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from pagelab.mmu.core import layout as M
from pagelab.mmu.core.tlbwalk import tlb_flush

from . import layout as S
from .fastfault_layout import (FF_ASID, FF_FAULT_CYCLES, FF_LOG, FF_NRANGES,  # noqa: F401
                               FF_RANGES, FF_RING, FF_RING_N, FF_SIZE, FF_USED, FF_ZERO,
                               LOG_WORDS, MAX_RANGES, MAX_RING, STORE_PAGE_FAULT)
from .interp import run


@njit(cache=True, _nrt=False)
def leaf_pte_index(mmu, r64, va):
    """Index in r64 of the level-0 PTE of `va` in the current page table, or -1 when a table on
    the way is missing (or a superpage covers va)."""
    table = mmu[M.CFG_ROOT_PA]
    levels = mmu[M.CFG_LEVELS]
    nwords = r64.shape[0]
    lvl = levels - 1
    while lvl > 0:
        index = ((table - M.DRAM_BASE) >> 3) + ((va >> (12 + 9 * lvl)) & 511)
        if index < 0 or index >= nwords:
            return -1
        pte = r64[index]
        if (pte & M.PTE_V) == 0 or (pte & (M.PTE_R | M.PTE_X)) != 0:
            return -1
        table = ((pte >> 10) & M.PPN_MASK) << 12
        lvl -= 1
    index = ((table - M.DRAM_BASE) >> 3) + ((va >> 12) & 511)
    if index < 0 or index >= nwords:
        return -1
    return index


@njit(cache=True, _nrt=False)
def run_ring(hart, mmu, u8, code, tables, ff, budget):
    """interp.run(budget) with the eligible demand-zero faults served from `ff` (module doc).
    Returns the cause of the last stop (STOP_BUDGET or the unhandled trap's scause)."""
    r64 = u8.view(np.int64)
    total = 0
    used = 0
    nring = ff[FF_RING_N]
    nranges = ff[FF_NRANGES]
    while True:
        cause = run(hart, mmu, u8, code, tables, budget - total)
        ran = hart[S.ST_BASE + S.RAN]
        total += ran
        if cause != STORE_PAGE_FAULT or ran == 0 or used >= nring or mmu[M.CFG_MODE] == 0:
            break
        va = hart[S.ST_BASE + S.TVAL]
        if va < 0:
            break
        vpn = va >> 12
        flags = -1
        found = 0
        for i in range(nranges):
            base = FF_RANGES + 3 * i
            if ff[base] <= vpn < ff[base + 1]:
                flags = ff[base + 2]
                found = i
                break
        if flags < 0:
            break
        index = leaf_pte_index(mmu, r64, va)
        if index < 0 or r64[index] != 0:
            break
        pfn = ff[FF_RING + used]
        if ff[FF_ZERO + used] != 0:
            first = ((pfn << 12) - M.DRAM_BASE) >> 3
            for w in range(first, first + 512):
                r64[w] = 0
        r64[index] = (pfn << 10) | flags
        tlb_flush(mmu, vpn << 12, ff[FF_ASID] & M.ASID_MASK, 1, 1)
        log = FF_LOG + LOG_WORDS * used
        ff[log] = found
        ff[log + 1] = hart[S.ST_BASE + S.PC]
        ff[log + 2] = va
        ff[log + 3] = ran
        used += 1
        hart[S.ST_BASE + S.CYCLES] += ff[FF_FAULT_CYCLES]
    ff[FF_USED] = used
    hart[S.ST_BASE + S.RAN] = total
    return cause
