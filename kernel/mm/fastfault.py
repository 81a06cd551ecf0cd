"""The fast fault path, the kernel's side (the jitted side is cpu/core/fastfault.py):
demand-zero and copy-on-write store faults.

A program that touches many fresh pages spends most of its time going in and out of the kernel:
each first store to an anonymous page stops the CPU, and Python finds the VMA, takes a zeroed
frame, writes the PTE, flushes that page from the TLB and resumes.  A child that writes the
pages it shares with its parent after fork does the same with a copy of each.  With the fast
path the kernel decides beforehand which faults it would handle that way and lets the jitted
code serve them without stopping:

  1. before running a task that has just been taking such faults, publish
       * its private writable anonymous VMAs (in one that can hold a transparent huge page,
         only its 2 MiB regions that already have a page table: a THP fault happens only
         where none is): a store there to a page with no entry is do_anonymous_page's;
       * a copy-on-write window: the read-only pages that follow the last fault (up to the
         first other page), each with what do_wp_page would do to it now -- the zero page: a
         zeroed frame; a page only this mapping holds (refcount 1): writable in place
         (pgreuse); another anonymous page: a copy (cow_copies) -- and the PTE it holds now
         (a store fault on the page with another PTE is left to Python);
       * a ring of frames: the next frames the allocator would hand out, taken now
         (physmem.take_frames; the jitted side clears or fills each one it uses);
  2. run (Machine.run_fault_ring): an eligible store fault gets its frame, PTE and TLB flush
     in jitted code, and the run goes on;
  3. afterwards, before anything else: give back the frames not used (physmem.give_back_frames
     leaves the allocator exactly as if they had never been taken), and do for each fault
     served, in order, the rest of what the Python handler does -- the shadow PTE, the reverse
     map, map counts, RSS, the LRU list and the policy's residency event (PteOps.
     account_fast_maps, account_fast_replace, account_fast_update), vmstat's pgfault,
     pgreuse and cow_copies, the task's min_flt, its system time and the loop guard's last
     fault -- and correct the scheduler's slice and the user time for the runs the jitted
     code strung together.

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
from pagelab.kernel.mm.physmem import PG_HEAD, PG_SWAPCACHE, PG_TAIL, USE_ANON
from pagelab.kernel.mm.pte_ops import entry_pfn
from pagelab.kernel.mm.vma import VM_HUGETLB, VM_SHARED, VM_WRITE, AnonVma
from pagelab.kernel.proc import RLIM_INFINITY
from pagelab.mmu.pte import PAGE_SHIFT, PTE_A, PTE_D, PTE_R, PTE_V, PTE_W

STORE = 1
FIRST_RING = 8                  # frames in the ring after one fault served by Python
REUSE_BITS = PTE_W | PTE_R | PTE_D | PTE_A      # do_wp_page's reuse: update_pte's bits


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
        self.window_vma = None       # the VMA of the copy-on-write window published
        self.served = 0              # statistics: faults served by the jitted code, and by
        self.served_kinds = [0, 0, 0, 0]     # kind (FF.DEMAND_ZERO, COW_COPY, _ZERO, _REUSE)
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
        eligible demand-zero and copy-on-write faults in jitted code when that cannot be told
        apart."""
        count = self.want
        if count and self._allowed(task):
            mm = task.mm
            physmem = mm.physmem
            count = min(count, FF.MAX_RING, physmem.nr_free - physmem.vmscan.wmark_low)
            if count > 0:
                ranges = self._publish(mm)
                window = self._publish_window(task, mm, count)
                if ranges or window:
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

    def _publish_window(self, task, mm, count: int) -> int:
        """Write the copy-on-write window into the ring: the `count` pages after the task's
        last fault, within its VMA, each with what do_wp_page would do to it now (fault.py):
        the zero page gets a zeroed frame, an anonymous page this mapping alone holds
        (refcount 1) is made writable in place (pgreuse), any other anonymous page is copied
        (cow_copies).  The window ends at the first page that is not such a page (not
        present and read-only, in a huge page, part of a compound page: left to Python; a
        program touching fresh pages thus pays nothing for the window), and before a frame
        seen twice: copying one sharer's page changes the other's refcount, and so its fate.
        Returns the pages in the window."""
        ring = self.ring
        ring[FF.FF_COW_N] = 0
        last = task.last_fault
        if last is None:
            return 0
        start = (last[1] >> PAGE_SHIFT) + 1
        vma = mm.find_vma(start << PAGE_SHIFT)
        if vma is None or vma.start > start << PAGE_SHIFT or not eligible(vma):
            return 0
        end = min(vma.end >> PAGE_SHIFT, start + count)
        physmem = mm.physmem
        zero, base, nframes = physmem.zero_pfn, physmem.base_pfn, physmem.nframes
        use, refcount, frame_flags = physmem.use, physmem.refcount, physmem.flags
        tables, huge = mm.pages.tables, mm.pages.huge
        copy_bits = vma_pte_flags(vma.flags, True) | PTE_D          # (do_wp_page's)
        seen = set()
        words = []                        # (the window's entries, written in one go)
        add = words.extend
        shadow, key = None, -1
        for vpn in range(start, end):
            if vpn >> 9 != key:           # (mm.pages.get(vpn), a shadow table at a time)
                key = vpn >> 9
                shadow = tables.get(key)
                if huge and key in huge:
                    shadow = None
            pte = shadow.item(vpn & 511) if shadow is not None else 0
            if pte & (PTE_V | PTE_W) == PTE_V:
                pfn = entry_pfn(pte)
                idx = pfn - base
                if pfn == zero:
                    add((pte, FF.COW_ZERO, copy_bits))
                    continue
                if 0 <= idx < nframes and use[idx] == USE_ANON and \
                        not frame_flags[idx] & (PG_HEAD | PG_TAIL | PG_SWAPCACHE):
                    # (a page in the swap cache is do_wp_page's to decide: its slot may go)
                    if pfn in seen:
                        end = vpn
                        break
                    seen.add(pfn)
                    if refcount[idx] == 1:
                        add((pte, FF.COW_REUSE, REUSE_BITS))
                    else:
                        add((pte, FF.COW_COPY, copy_bits))
                    continue
            end = vpn                     # not a copy-on-write page: the window ends here
            break
        ring[FF.FF_COW:FF.FF_COW + len(words)] = words
        ring[FF.FF_COW_START] = start
        ring[FF.FF_COW_N] = end - start
        self.window_vma = vma
        return end - start

    def _run_ring(self, task, mm, physmem, budget: int, count: int):
        ring = self.ring
        frames, dirty, record = physmem.take_frames(count)
        ring[FF.FF_RING:FF.FF_RING + len(frames)] = frames
        ring[FF.FF_ZERO:FF.FF_ZERO + len(frames)] = dirty
        ring[FF.FF_RING_N] = len(frames)
        ring[FF.FF_USED] = 0
        ring[FF.FF_SERVED] = 0
        ring[FF.FF_ASID] = mm.asid
        ring[FF.FF_FAULT_CYCLES] = self.fault_cycles
        try:
            stop = self.kernel.machine.run_fault_ring(budget, ring)
        finally:
            used = ring.item(FF.FF_USED)
            served = ring.item(FF.FF_SERVED)
            physmem.give_back_frames(record, used)
        if served:
            self._account(task, mm, physmem, served, stop)
        self.served += served
        if not served:                    # nothing to serve: back off (class doc)
            self.penalty = min(self.MAX_COOLDOWN, 2 * self.penalty or 1)
            self.cooldown = self.penalty
            self.want = 0
        else:                             # more may come: a larger ring if this one ran out
            self.penalty = 0
            stopped_on_store = stop.is_trap and stop.cause == FF.STORE_PAGE_FAULT
            self.want = min(FF.MAX_RING, max(FIRST_RING, 2 * served)) if stopped_on_store \
                else 0
        return stop

    def _account(self, task, mm, physmem, served: int, stop) -> None:
        """The Python handler's bookkeeping for each fault the jitted code served (module doc,
        step 3), in order."""
        ring = self.ring
        log = ring[FF.FF_LOG:FF.FF_LOG + FF.LOG_WORDS * served].tolist()
        frames = ring[FF.FF_RING:FF.FF_RING + ring.item(FF.FF_USED)].tolist()
        window = ring[FF.FF_COW:FF.FF_COW + FF.COW_WORDS * ring.item(FF.FF_COW_N)].tolist()
        window_start = ring.item(FF.FF_COW_START)
        vmas, pte_flags = self.vmas, self.pte_flags
        events = physmem.events
        kinds = self.served_kinds
        maps = []                         # demand-zero faults in a row: one batch
        replaces = []                     # copy-on-write copies in a row: one batch
        frame = 0
        ran_before = 0
        for i in range(0, FF.LOG_WORDS * served, FF.LOG_WORDS):
            kind, found, pc, va, ran = log[i:i + FF.LOG_WORDS]
            ran_before += ran
            kinds[kind] += 1
            vpn = va >> PAGE_SHIFT
            if kind == FF.DEMAND_ZERO:
                if replaces:
                    mm.account_fast_replace(replaces)
                    replaces = []
                vma = vmas[found]
                if vma.anon_vma is None:
                    vma.anon_vma = AnonVma()
                maps.append((vpn, frames[frame], pte_flags[found]))
                frame += 1
                continue
            if maps:
                mm.account_fast_maps(maps)
                maps = []
            vma = self.window_vma
            if vma.anon_vma is None:
                vma.anon_vma = AnonVma()
            bits = window[FF.COW_WORDS * (vpn - window_start) + 2]
            if kind == FF.COW_REUSE:
                if replaces:
                    mm.account_fast_replace(replaces)
                    replaces = []
                events["pgreuse"] += 1
                mm.account_fast_update(vpn, bits)
            else:
                if kind == FF.COW_COPY:
                    events["cow_copies"] += 1
                replaces.append((vpn, frames[frame], bits))
                frame += 1
        if maps:
            mm.account_fast_maps(maps)
        if replaces:
            mm.account_fast_replace(replaces)
        events["pgfault"] += served
        task.last_fault = (pc, va, STORE, task.instret + ran_before)   # (the last fault's)
        task.same_fault_count = 0
        task.stalled_faults = 0           # (each fault came after an instruction retired)
        task.min_flt += served
        task.sys_cycles += served * self.fault_cycles
        task.user_cycles -= served * self.fault_cycles  # the loop counts the run's cycles as user
        if stop.instret == ran_before:
            # The loop takes max(1, instret) of the whole call off the slice; one run per fault
            # would have taken each run's own count, and at least 1 for the last run even when
            # it retired nothing.  (The runs before retired at least one each: see the jitted
            # side's conditions.)
            task.slice_left -= 1
