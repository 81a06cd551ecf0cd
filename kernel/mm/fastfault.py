"""The demand-zero fast path, the kernel's side (the jitted side is cpu/core/fastfault.py).

A program that touches many fresh pages spends most of its time going in and out of the kernel:
each first store to an anonymous page stops the CPU, and Python finds the VMA, takes a zeroed
frame, writes the PTE, flushes that page from the TLB and resumes.  With the fast path the
kernel decides beforehand which faults it would handle that way and lets the jitted code serve
them without stopping:

  1. before running a task that has just been taking such faults, publish its private writable
     anonymous VMAs (in one that can hold a transparent huge page, only its 2 MiB regions that
     already have a page table: a THP fault happens only where none is) and a ring of frames:
     the next frames the allocator would hand out, taken now (physmem.take_frames; the jitted
     side clears each one it uses);
  2. run (Machine.run_fault_ring): a store fault on a page of those VMAs with no entry at all
     gets the next frame, its PTE and its TLB flush in jitted code, and the run goes on;
  3. afterwards, before anything else: give back the frames not used (physmem.give_back_frames
     leaves the allocator exactly as if they had never been taken), and do for each fault
     served, in order, the rest of what the Python handler does -- the shadow PTE, the reverse
     map, map counts, RSS, the LRU list and the policy's residency event (PteOps.
     account_fast_map), vmstat's pgfault, the task's min_flt, its system time and the loop
     guard's last fault -- and correct the scheduler's slice and the user time for the runs
     the jitted code strung together.

So every PTE, frame, counter, list and clock value comes out as without the fast path.  It is
off (the Python handler takes every fault) whenever something could see the difference: kernel
tracing (trace events are emitted by the Python handler with their times), a reference
recording for the opt policy, a sleeping task or an armed alarm (timers fire between traps), an
interactive console, an RLIMIT_CPU, a free-memory level near kswapd's low watermark (the ring
never takes a frame the handler would have found below it), and `--no-fast-faults`
(KernelConfig.fast_faults = False) for teaching: then every fault goes through the Python
handler, where a student can follow (or trace) it.
"""
from __future__ import annotations

import numpy as np

from pagelab.cpu.core import fastfault_layout as FF
from pagelab.kernel.mm.fault import vma_pte_flags
from pagelab.kernel.mm.huge_memory import vma_can_hold_thp
from pagelab.kernel.mm.vma import VM_HUGETLB, VM_SHARED, VM_WRITE, AnonVma
from pagelab.kernel.proc import RLIM_INFINITY
from pagelab.mmu.pte import PAGE_SHIFT, PTE_D

STORE = 1
FIRST_RING = 8                  # frames in the ring after one fault served by Python


def eligible(vma) -> bool:
    """A VMA whose not-present store faults do_anonymous_page serves with one zeroed 4 KiB
    frame wherever a page table already covers the page: private, writable, anonymous (no
    file, no shmem object, no special pages), not hugetlb.  (Where a transparent huge page
    may be mapped -- huge_memory.vma_can_hold_thp -- only the 2 MiB regions that already
    have a page table are published: see published_ranges.)"""
    return (vma.file is None and vma.shmem is None and vma.special is None
            and vma.flags & (VM_WRITE | VM_SHARED | VM_HUGETLB) == VM_WRITE)


def published_ranges(mm, vma) -> list[tuple[int, int]]:
    """The virtual-page ranges [start, end) of an eligible VMA the fast path may serve.

    A fault on a page with no PTE maps a transparent huge page only when the 2 MiB region
    around it has no page table yet (Linux do_huge_pmd_anonymous_page on pmd_none; fault.py
    do_missing_page); once a 4 KiB table is there, every fault under it is an ordinary 4 KiB
    one.  So in a VMA that can hold a THP only the regions with a leaf table (mm's
    `_leaf_tables`) are published, whatever the THP mode and policy say; the jitted side
    also stops at a missing table, so a region whose table appears later is simply left to
    Python until the next publication.  Any other eligible VMA is published whole."""
    start, end = vma.start >> PAGE_SHIFT, vma.end >> PAGE_SHIFT
    if not vma_can_hold_thp(vma):
        return [(start, end)]
    tables = mm._leaf_tables
    low, high = start >> 9, (end - 1) >> 9
    if high - low < len(tables):
        keys = [key for key in range(low, high + 1) if key in tables]
    else:
        keys = sorted(key for key in tables if low <= key <= high)
    ranges: list[tuple[int, int]] = []
    for key in keys:
        first, last = max(start, key << 9), min(end, (key + 1) << 9)
        if ranges and ranges[-1][1] == first:
            ranges[-1] = (ranges[-1][0], last)
        else:
            ranges.append((first, last))
    return ranges


class FastFaults:
    """The fast path of one kernel (kernel.fast_faults; None when it is off).  The trap
    handler arms it (`arm`) after a minor store fault it served itself; the kernel loop then
    runs the task through `run` instead of machine.run until a run ends otherwise.  When an
    armed run serves nothing (the faults were copy-on-write, say), the next arm requests are
    ignored, twice as many after each such miss (up to MAX_COOLDOWN), so that a storm of
    faults the fast path cannot serve pays for filling the ring only a few times."""

    MAX_COOLDOWN = 256

    def __init__(self, kernel, fault_cycles: int):
        self.kernel = kernel
        self.fault_cycles = fault_cycles
        self.ring = np.zeros(FF.FF_SIZE, dtype=np.int64)
        self.want = 0                # frames to offer the next run (grows while faults come)
        self.vmas: list = []         # the VMAs published, in range order, and their PTE bits
        self.pte_flags: list[int] = []
        self.served = 0              # statistics: faults served by the jitted code
        self.cooldown = 0            # arm requests still to ignore, and the next such penalty
        self.penalty = 0

    def arm(self) -> None:
        """A minor store fault was just served by the Python handler."""
        if self.cooldown:
            self.cooldown -= 1
        else:
            self.want = FIRST_RING

    def run(self, task, budget: int):
        """Run `task` for up to `budget` instructions (the kernel loop's machine.run), serving
        eligible demand-zero faults in jitted code when that cannot be told apart."""
        count = self.want
        if count and self._allowed(task):
            mm = task.mm
            physmem = mm.physmem
            count = min(count, FF.MAX_RING, physmem.nr_free - physmem.vmscan.wmark_low)
            if count > 0 and self._publish(mm):
                return self._run_ring(task, mm, physmem, budget, count)
        self.want = 0                     # (the next minor store fault arms it again)
        return self.kernel.machine.run(budget)

    def _allowed(self, task) -> bool:
        kernel = self.kernel
        return (not kernel.trace.enabled and not kernel.timers and not kernel.alarms
                and kernel.tty is None and task.mm is not None
                and task.rlimits[0][0] == RLIM_INFINITY
                and task.mm.physmem.vmscan.recorder is None
                and kernel.cycles < 1 << 61)

    def _publish(self, mm) -> bool:
        """Write the eligible ranges of `mm` into the ring; False when there is none."""
        ring = self.ring
        self.vmas = vmas = []             # per range: its VMA and PTE bits
        self.pte_flags = pte_flags = []
        for vma in mm.vmas:
            if not eligible(vma):
                continue
            flags = vma_pte_flags(vma.flags, True) | PTE_D     # (do_anonymous_page's)
            for first, last in published_ranges(mm, vma):
                base = FF.FF_RANGES + 3 * len(vmas)
                ring[base] = first
                ring[base + 1] = last
                ring[base + 2] = flags
                vmas.append(vma)
                pte_flags.append(flags)
                if len(vmas) == FF.MAX_RANGES:
                    break
            if len(vmas) == FF.MAX_RANGES:
                break
        ring[FF.FF_NRANGES] = len(vmas)
        return bool(vmas)

    def _run_ring(self, task, mm, physmem, budget: int, count: int):
        ring = self.ring
        frames, dirty, record = physmem.take_frames(count)
        ring[FF.FF_RING:FF.FF_RING + len(frames)] = frames
        ring[FF.FF_ZERO:FF.FF_ZERO + len(frames)] = dirty
        ring[FF.FF_RING_N] = len(frames)
        ring[FF.FF_USED] = 0
        ring[FF.FF_ASID] = mm.asid
        ring[FF.FF_FAULT_CYCLES] = self.fault_cycles
        try:
            stop = self.kernel.machine.run_fault_ring(budget, ring)
        finally:
            used = ring.item(FF.FF_USED)
            physmem.give_back_frames(record, used)
        if used:
            self._account(task, mm, physmem, used, stop)
        self.served += used
        if not used:                      # nothing to serve: back off (class doc)
            self.penalty = min(self.MAX_COOLDOWN, 2 * self.penalty or 1)
            self.cooldown = self.penalty
            self.want = 0
        else:                             # more may come: a larger ring if this one ran out
            self.penalty = 0
            stopped_on_store = stop.is_trap and stop.cause == FF.STORE_PAGE_FAULT
            self.want = min(FF.MAX_RING, max(FIRST_RING, 2 * used)) if stopped_on_store else 0
        return stop

    def _account(self, task, mm, physmem, used: int, stop) -> None:
        """The Python handler's bookkeeping for each fault the jitted code served (module doc,
        step 3), in order."""
        ring = self.ring
        log = ring[FF.FF_LOG:FF.FF_LOG + FF.LOG_WORDS * used].tolist()
        frames = ring[FF.FF_RING:FF.FF_RING + used].tolist()
        vmas, pte_flags = self.vmas, self.pte_flags
        maps = []
        ran_before = 0
        for i in range(0, FF.LOG_WORDS * used, FF.LOG_WORDS):
            found, pc, va, ran = log[i:i + FF.LOG_WORDS]
            vma = vmas[found]
            if vma.anon_vma is None:
                vma.anon_vma = AnonVma()
            maps.append((va >> PAGE_SHIFT, frames[len(maps)], pte_flags[found]))
            ran_before += ran
        physmem.events["pgfault"] += used
        mm.account_fast_maps(maps)
        task.last_fault = (pc, va, STORE, task.instret + ran_before)   # (the last fault's)
        task.same_fault_count = 0
        task.min_flt += used
        task.sys_cycles += used * self.fault_cycles
        task.user_cycles -= used * self.fault_cycles  # the loop counts the run's cycles as user
        if stop.instret == ran_before:
            # The loop takes max(1, instret) of the whole call off the slice; one run per fault
            # would have taken each run's own count, and at least 1 for the last run even when
            # it retired nothing.  (The runs before retired at least one each: see the jitted
            # side's conditions.)
            task.slice_left -= 1
