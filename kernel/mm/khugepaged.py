"""khugepaged: the kernel thread that collapses 2 MiB ranges of small pages into huge pages
(Linux mm/khugepaged.c), on simulated time.

Like kswapd (vmscan.py), it is not a host thread: the kernel's main loop wakes it when the
simulated clock passes its deadline (`wake_if_due`), so the same program gives the same
collapses.  One wake-up scans up to `pages_to_scan` pages (512 per 2 MiB range looked at),
continuing where the last one stopped, over every address space's private anonymous VMAs; a
pass that reaches the end counts in `full_scans`.  It then sleeps `scan_sleep_millisecs`, or
`alloc_sleep_millisecs` after a failed huge-page allocation.  Nothing is scanned while
`enabled` is `never` (Linux does not run the thread then).

A range is a candidate when it lies inside the VMA, holds no huge leaf, and its entries are
present pages or empty (the zero page counts as empty); the scan counts them:
    empty > max_ptes_none         thp_scan_exceed_none_pte, not collapsed
    shared > max_ptes_shared      thp_scan_exceed_share_pte (pages another process maps too)
    swap entries > max_ptes_swap  thp_scan_exceed_swap_pte; up to that many are swapped back in
                                  (major faults) before the collapse, if at least half of the
                                  range's pages were recently accessed (Linux 6.1's rule)
    a PROT_NONE page, no page with the A bit set: not collapsed
and the THP policy (kernel/policy/thp.py) decides with those numbers.  To collapse, khugepaged
allocates a 2 MiB page (`thp_collapse_alloc`, or `thp_collapse_alloc_failed`; with
khugepaged/defrag it may reclaim first), copies every present page into it (empty ones stay
zero) and has pte_ops.collapse_huge replace the 512 PTEs by one writable, dirty leaf
(`pages_collapsed`, the huge_collapse trace event).
"""
from __future__ import annotations

from pagelab.kernel.mm import fault as F
from pagelab.kernel.mm.physmem import USE_ANON
from pagelab.kernel.mm.pte_ops import HPAGE_PMD_NR, entry_pfn, is_swap_pte
from pagelab.kernel.mm.vma import VM_WRITE
from pagelab.kernel.policy.thp import ThpFacts
from pagelab.mmu.pte import PAGE_SHIFT, PTE_A, PTE_D, PTE_V


class Khugepaged:
    """khugepaged's state for one PhysicalMemory (physmem.khugepaged)."""

    def __init__(self, physmem):
        self.physmem = physmem
        self.due_ns = physmem.thp.scan_sleep_millisecs * 1_000_000
        self._pass = None               # generator of (mm, first vpn) for the current pass
        self.wakeups = 0

    # --- time ------------------------------------------------------------------------------

    def wake_if_due(self, kernel) -> int:
        """Run one wake-up if the simulated clock has reached the deadline; returns the ranges
        collapsed."""
        now = kernel.now_ns()
        if now < self.due_ns:
            return 0
        return self.wake(kernel, now)

    def reschedule(self, kernel) -> None:
        """A sleep time was written: sleep that long from now (Linux wakes the thread, which
        starts a new sleep)."""
        self.due_ns = kernel.now_ns() + self.physmem.thp.scan_sleep_millisecs * 1_000_000

    def wake(self, kernel, now: int) -> int:
        settings = self.physmem.thp
        self.wakeups += 1
        collapsed, failed = 0, False
        if settings.enabled != "never":
            collapsed, failed = self.scan(kernel, settings.pages_to_scan)
        sleep = settings.alloc_sleep_millisecs if failed else settings.scan_sleep_millisecs
        self.due_ns = now + max(sleep, 1) * 1_000_000
        return collapsed

    # --- scanning --------------------------------------------------------------------------

    def _ranges(self):
        """Every candidate range of one pass: (mm, first vpn), address spaces in creation
        order, each one's VMAs in address order."""
        from pagelab.kernel.mm.huge_memory import vma_can_hold_thp
        for mm in list(self.physmem.address_spaces.values()):
            for vma in list(mm.vmas):
                if mm.dead or not vma_can_hold_thp(vma):
                    continue
                first = ((vma.start >> PAGE_SHIFT) + HPAGE_PMD_NR - 1) & ~(HPAGE_PMD_NR - 1)
                while (first + HPAGE_PMD_NR) << PAGE_SHIFT <= vma.end:
                    yield mm, first
                    first += HPAGE_PMD_NR

    def scan(self, kernel, budget: int) -> tuple[int, bool]:
        """Scan up to `budget` pages; returns (ranges collapsed, an allocation failed)."""
        settings = self.physmem.thp
        collapsed = 0
        progress = 0
        while progress < budget:
            if self._pass is None:
                self._pass = self._ranges()
            item = next(self._pass, None)
            if item is None:
                self._pass = None
                settings.full_scans += 1
                break
            progress += HPAGE_PMD_NR
            result = self.collapse_range(*item)
            if result == "collapsed":
                collapsed += 1
            elif result == "alloc_failed":
                return collapsed, True
        return collapsed, False

    def collapse_range(self, mm, first: int, swapped_in: bool = False) -> str:
        """Look at one 2 MiB range and collapse it if it qualifies (see the module docstring).
        Returns what happened: collapsed, alloc_failed, or why not."""
        from pagelab.kernel.mm.huge_memory import thp_policy, vma_can_hold_thp, vma_facts
        physmem = self.physmem
        settings = physmem.thp
        events = physmem.events
        va = first << PAGE_SHIFT
        vma = mm.vma_at(va) if not mm.dead else None
        if vma is None or not vma_can_hold_thp(vma) or \
                (first + HPAGE_PMD_NR) << PAGE_SHIFT > vma.end or vma.start > va:
            return "no_vma"
        if mm.pages.huge_level(first):
            return "huge"
        present = none = shared = 0
        young = 0
        swapped: list[int] = []
        pages = mm.pages
        frames = []
        for vpn in range(first, first + HPAGE_PMD_NR):
            pte = pages.get(vpn)
            if pte is None:
                none += 1
                continue
            if is_swap_pte(pte):
                swapped.append(vpn)
                continue
            if not pte & PTE_V:
                return "prot_none"
            pfn = entry_pfn(pte)
            if pfn == physmem.zero_pfn:
                none += 1
                continue
            idx = pfn - physmem.base_pfn
            if physmem.use[idx] != USE_ANON:
                return "not_anon"
            present += 1
            frames.append((vpn - first, pfn))
            if physmem.mapcount[idx] > 1:
                shared += 1
            if (pte | mm._hw_pte(vpn)) & PTE_A:
                young += 1
        if none > settings.max_ptes_none:
            events["thp_scan_exceed_none_pte"] = events.get("thp_scan_exceed_none_pte", 0) + 1
            return "exceed_none"
        if len(swapped) > settings.max_ptes_swap:
            events["thp_scan_exceed_swap_pte"] = events.get("thp_scan_exceed_swap_pte", 0) + 1
            return "exceed_swap"
        if shared > settings.max_ptes_shared:
            events["thp_scan_exceed_share_pte"] = \
                events.get("thp_scan_exceed_share_pte", 0) + 1
            return "exceed_shared"
        if not present or not young or (swapped and young < HPAGE_PMD_NR // 2):
            return "not_young"           # (with pages in swap: at least half must be young)
        facts = vma_facts(mm, vma, False)
        facts = ThpFacts(facts.enabled, facts.vma_hugepage, facts.vma_nohugepage,
                         facts.thp_disabled, False, present, none, settings.max_ptes_none)
        if not thp_policy(mm).collapse(facts):
            return "policy"
        if swapped:                      # bring them back first (__collapse_huge_page_swapin)
            if swapped_in:
                return "swap"            # reclaim took pages again meanwhile: later
            for vpn in swapped:
                if not mm.handle_fault(vpn << PAGE_SHIFT, F.LOAD).ok:
                    return "swapin_failed"
            return self.collapse_range(mm, first, swapped_in=True)
        new = physmem.alloc_compound(9, USE_ANON, zero=True)
        if new is None and settings.khugepaged_defrag:
            before = [pages.get(vpn) for vpn in range(first, first + HPAGE_PMD_NR)]
            physmem.vmscan.direct_reclaim(HPAGE_PMD_NR)
            if mm.dead or [pages.get(vpn) for vpn in range(first, first + HPAGE_PMD_NR)] != \
                    before:
                return "changed"                       # reclaim took pages: look again later
            new = physmem.alloc_compound(9, USE_ANON, zero=True)
        if new is None:
            events["thp_collapse_alloc_failed"] = events.get("thp_collapse_alloc_failed", 0) + 1
            return "alloc_failed"
        events["thp_collapse_alloc"] = events.get("thp_collapse_alloc", 0) + 1
        for i, pfn in frames:
            physmem.copy_frame(new + i, pfn)
        writable = bool(vma.flags & VM_WRITE)
        flags = F.vma_pte_flags(vma.flags, writable) | (PTE_D if writable else 0)
        try:
            mm.collapse_huge(first, new, flags)
        except MemoryError:
            return "alloc_failed"
        settings.pages_collapsed += 1
        return "collapsed"


def register_sysfs(kernel, register, base: str) -> None:
    """/sys/kernel/mm/transparent_hugepage/khugepaged/*, with Linux's checks on writes."""
    from pagelab.kernel.mm.huge_memory import _store_uint

    def show(attr):
        return lambda k: f"{getattr(k.physmem.thp, attr)}\n"

    def again(k):
        k.physmem.khugepaged.reschedule(k)
    limit = (1 << 32) - 1
    register(f"{base}/pages_to_scan", show("pages_to_scan"), _store_uint("pages_to_scan", 1, limit))
    register(f"{base}/scan_sleep_millisecs", show("scan_sleep_millisecs"),
             _store_uint("scan_sleep_millisecs", 0, limit, again))
    register(f"{base}/alloc_sleep_millisecs", show("alloc_sleep_millisecs"),
             _store_uint("alloc_sleep_millisecs", 0, limit, again))
    register(f"{base}/max_ptes_none", show("max_ptes_none"),
             _store_uint("max_ptes_none", 0, HPAGE_PMD_NR - 1))
    register(f"{base}/max_ptes_swap", show("max_ptes_swap"),
             _store_uint("max_ptes_swap", 0, HPAGE_PMD_NR - 1))
    register(f"{base}/max_ptes_shared", show("max_ptes_shared"),
             _store_uint("max_ptes_shared", 0, HPAGE_PMD_NR - 1))
    register(f"{base}/defrag", show("khugepaged_defrag"), _store_uint("khugepaged_defrag", 0, 1))
    register(f"{base}/full_scans", show("full_scans"))
    register(f"{base}/pages_collapsed", show("pages_collapsed"))
