"""Demand-zero and copy-on-write page faults served without leaving the jitted code (the
kernel's fast path).

`run_ring(hart, mmu, u8, code, tables, ff, budget)` is `interp.run` in a loop.  When a run stops
on a store page fault (scause 15) that the kernel declared eligible beforehand, this code does
the part of the fault that touches the machine -- the leaf PTE, the frame's contents, the TLB
flush of that page, the fault's simulated cycles -- and runs on, exactly as if `run` had
returned, the kernel had handled the fault and called `run` again.  Everything else the kernel
does for a fault (the shadow PTE, reverse map, counters, LRU, the task's fault count) it does
afterwards from the log this code keeps (kernel/mm/fastfault.py), before anything can look at
it.

What the kernel publishes in `ff` (int64; offsets in fastfault_layout.py) before the call:
  * up to MAX_RANGES virtual-page ranges [start, end) of private, writable, anonymous memory
    with the leaf PTE bits a demand-zero fault there installs (V U A R W D, no X unless the
    VMA has it);
  * a copy-on-write window: up to MAX_RING consecutive virtual pages from FF_COW_START, each
    with the PTE the kernel saw there (0: not to be served here), what its store fault does
    (COW_COPY: copy the frame into the next ring frame; COW_ZERO: the zero page, so the next
    ring frame, cleared; COW_REUSE: the page is this mapping's alone, make it writable in
    place) and the PTE bits to install (or to set, for COW_REUSE);
  * a ring of frames, already allocated, in the order the kernel's allocator would have handed
    them out fault after fault, each with a flag: clear it before use (a frame that has held
    data; the others still hold the zeros RAM had at boot).  Clearing here, not when the ring
    is filled, leaves the frames the run does not use as they were;
  * the ASID and the cycles a minor fault costs.
A fault is served here only when: the run that stopped retired at least one instruction (the
scheduler counts at least one slice unit per run), a log entry (and, unless reused in place, a
ring frame) is left, the page tables down to the leaf table exist (no table to allocate), and
either the leaf PTE is 0 (no entry at all: not present, not a swap entry) and the address lies
in a published range, or the page lies in the window and its PTE is the one the kernel saw
there (the A and D bits aside: the walker may have set them since).  Anything else ends the
call with the fault unhandled, for the kernel's Python handler.

The log holds, per fault served: its kind, the published range it fell in (demand-zero), the pc
and stval of the fault, and the instructions the run before it retired.  ff[FF_USED] is the
number of ring frames used, ff[FF_SERVED] that of faults served; st[RAN] is the total of
instructions over all the runs.
"""
from __future__ import annotations

import numpy as np
from numba import njit

from pagelab.mmu.core import layout as M
from pagelab.mmu.core.tlbwalk import tlb_flush

from . import layout as S
from .fastfault_layout import (COW_COPY, COW_REUSE, COW_WORDS, COW_ZERO,  # noqa: F401
                               DEMAND_ZERO, FF_ASID, FF_COW, FF_COW_N, FF_COW_START,
                               FF_FAULT_CYCLES, FF_LOG, FF_NRANGES, FF_RANGES, FF_RING,
                               FF_RING_N, FF_SERVED, FF_SIZE, FF_USED, FF_ZERO, LOG_WORDS,
                               MAX_RANGES, MAX_RING, STORE_PAGE_FAULT)
from .interp import run

AD = M.PTE_A | M.PTE_D


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
def frame_word(pfn):
    """Index in RAM's int64 view of the first word of frame `pfn`."""
    return ((pfn << 12) - M.DRAM_BASE) >> 3


@njit(cache=True, _nrt=False)
def run_ring(hart, mmu, u8, code, tables, ff, budget):
    """interp.run(budget) with the eligible demand-zero and copy-on-write faults served from
    `ff` (module doc).  Returns the cause of the last stop (STOP_BUDGET or the unhandled
    trap's scause)."""
    r64 = u8.view(np.int64)
    total = 0
    used = 0
    served = 0
    nring = ff[FF_RING_N]
    nranges = ff[FF_NRANGES]
    cow_start = ff[FF_COW_START]
    cow_n = ff[FF_COW_N]
    while True:
        cause = run(hart, mmu, u8, code, tables, budget - total)
        ran = hart[S.ST_BASE + S.RAN]
        total += ran
        if cause != STORE_PAGE_FAULT or ran == 0 or served >= MAX_RING or \
                mmu[M.CFG_MODE] == 0:
            break
        va = hart[S.ST_BASE + S.TVAL]
        if va < 0:
            break
        vpn = va >> 12
        index = leaf_pte_index(mmu, r64, va)
        if index < 0:
            break
        pte = r64[index]
        found = 0
        if pte == 0:                                  # demand-zero
            flags = -1
            for i in range(nranges):
                base = FF_RANGES + 3 * i
                if ff[base] <= vpn < ff[base + 1]:
                    flags = ff[base + 2]
                    found = i
                    break
            if flags < 0 or used >= nring:
                break
            kind = DEMAND_ZERO
        else:                                         # copy-on-write
            k = vpn - cow_start
            if k < 0 or k >= cow_n:
                break
            entry = FF_COW + COW_WORDS * k
            if ff[entry] == 0 or (pte | AD) != (ff[entry] | AD):
                break
            kind = ff[entry + 1]
            flags = ff[entry + 2]
            if kind != COW_REUSE and used >= nring:
                break
        if kind == COW_REUSE:
            r64[index] = pte | flags
        else:
            pfn = ff[FF_RING + used]
            first = frame_word(pfn)
            if kind == COW_COPY:
                source = frame_word((pte >> 10) & M.PPN_MASK)
                for w in range(512):
                    r64[first + w] = r64[source + w]
            elif ff[FF_ZERO + used] != 0:
                for w in range(first, first + 512):
                    r64[w] = 0
            r64[index] = (pfn << 10) | flags
            used += 1
        tlb_flush(mmu, vpn << 12, ff[FF_ASID] & M.ASID_MASK, 1, 1)
        log = FF_LOG + LOG_WORDS * served
        ff[log] = kind
        ff[log + 1] = found
        ff[log + 2] = hart[S.ST_BASE + S.PC]
        ff[log + 3] = va
        ff[log + 4] = ran
        served += 1
        hart[S.ST_BASE + S.CYCLES] += ff[FF_FAULT_CYCLES]
    ff[FF_USED] = used
    ff[FF_SERVED] = served
    hart[S.ST_BASE + S.RAN] = total
    return cause
