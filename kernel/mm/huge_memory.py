"""Transparent huge pages: the fault arms, the huge zero page, splitting a THP, the sysfs files
(Linux mm/huge_memory.c).

Settings (`physmem.thp`, a ThpSettings), as /sys/kernel/mm/transparent_hugepage shows them:
    enabled          always | madvise | never   (default madvise; `transparent_hugepage=` on
                     the kernel command line sets it at boot)
    defrag           always | defer | defer+madvise | madvise | never   (default madvise):
                     may a huge-page fault reclaim memory to find a free 2 MiB block?
                     always: yes; madvise / defer+madvise: in MADV_HUGEPAGE regions; defer
                     (and defer+madvise elsewhere): no, but kswapd is woken for later faults;
                     never: no (pagelab has no compaction daemon to wake)
    use_zero_page    1 (default): a read fault maps the huge zero page
    hpage_pmd_size   2097152
    khugepaged/...   see khugepaged.py

The anonymous fault (do_huge_pmd_anonymous_page, called by fault.py before the 4 KiB path):
the 2 MiB-aligned range around the address must lie inside a private anonymous VMA and hold no
entry yet; the THP policy (kernel/policy/thp.py, `--policy thp=NAME`) then says whether to try
a huge page.  A read fault maps the huge zero page (made on first use, `thp_zero_page_alloc`);
a write fault asks the buddy allocator for an order-9 block (`thp_fault_alloc`), and when none
is free falls back to a 4 KiB page (`thp_fault_fallback`).

A fault on a page inside a huge leaf (do_huge_pmd_fault): a store to a read-only leaf is
do_huge_pmd_wp_page -- the huge zero page is split into 512 small zero-page PTEs and the 4 KiB
page is copied as usual; a THP only this mapping uses is made writable in place; a THP shared
after fork has this process's PMD split and the 4 KiB page written copied (Linux 6.1).  Any
other fault there sets the A (and D) bits of the leaf.

Splitting for reclaim (split_huge_page): every PMD mapping of the page is split (rmap walk over
compound_rmap), and with the last one the compound page becomes 512 ordinary pages that reclaim
swaps out one by one (`thp_split_page`, or `thp_split_page_failed` when something pins it).
"""
from __future__ import annotations

from pagelab.kernel import errno as E
from pagelab.kernel import trace
from pagelab.kernel.mm import fault as F
from pagelab.kernel.mm.physmem import USE_ANON, USE_RESERVED
from pagelab.kernel.mm.pte_ops import HPAGE_PMD_NR, entry_pfn
from pagelab.kernel.mm.vma import VM_HUGEPAGE, VM_HUGETLB, VM_NOHUGEPAGE, VM_SHARED, AnonVma
from pagelab.kernel.policy.thp import ThpFacts, linux_allows
from pagelab.mmu.pte import PAGE_SHIFT, PTE_A, PTE_D, PTE_R, PTE_W

HPAGE_PMD_ORDER = 9
HPAGE_PMD_SIZE = 1 << (PAGE_SHIFT + HPAGE_PMD_ORDER)          # 2 MiB
ENABLED_MODES = ("always", "madvise", "never")
DEFRAG_MODES = ("always", "defer", "defer+madvise", "madvise", "never")
SYSFS_DIR = "kernel/mm/transparent_hugepage"


class ThpSettings:
    """The THP knobs of one kernel (physmem.thp); sysfs and the command line change them."""

    def __init__(self):
        self.enabled = "madvise"
        self.defrag = "madvise"
        self.use_zero_page = 1
        # khugepaged (khugepaged.py)
        self.pages_to_scan = 8 * HPAGE_PMD_NR          # 4096
        self.scan_sleep_millisecs = 10000
        self.alloc_sleep_millisecs = 60000
        self.max_ptes_none = HPAGE_PMD_NR - 1
        self.max_ptes_swap = HPAGE_PMD_NR // 8
        self.max_ptes_shared = HPAGE_PMD_NR // 2
        self.khugepaged_defrag = 1
        self.full_scans = 0
        self.pages_collapsed = 0


def bracketed(modes: tuple, current: str) -> str:
    """Linux's sysfs rendering of a choice: 'always [madvise] never'."""
    return " ".join(f"[{m}]" if m == current else m for m in modes) + "\n"


def thp_policy(mm):
    from pagelab.kernel.policy import get_policy
    return get_policy(mm.kernel, "thp")


def vma_facts(mm, vma, write: bool) -> ThpFacts:
    """What the policy is told about a VMA (see kernel/policy/thp.py)."""
    settings = mm.physmem.thp
    return ThpFacts(enabled=settings.enabled, vma_hugepage=bool(vma.flags & VM_HUGEPAGE),
                    vma_nohugepage=bool(vma.flags & VM_NOHUGEPAGE),
                    thp_disabled=mm.thp_disabled, write=write,
                    max_ptes_none=settings.max_ptes_none)


def vma_can_hold_thp(vma) -> bool:
    """A private anonymous VMA (not hugetlb) holding at least one whole aligned 2 MiB range."""
    if not vma.is_anonymous() or vma.flags & (VM_SHARED | VM_HUGETLB):
        return False
    first = (vma.start + HPAGE_PMD_SIZE - 1) & ~(HPAGE_PMD_SIZE - 1)
    return first + HPAGE_PMD_SIZE <= vma.end


def thp_eligible(mm, vma) -> bool:
    """smaps THPeligible: huge pages may be used in this VMA under Linux's rules (the settings,
    madvise flags and prctl), whatever the THP policy then decides."""
    return vma_can_hold_thp(vma) and linux_allows(vma_facts(mm, vma, False))


def thp_fault_possible(mm, vma) -> bool:
    """May a store fault in `vma` map a 2 MiB page (the VMA can hold one and the THP policy
    would say yes to an empty range)?  For code that serves 4 KiB faults on its own, outside
    fault.py: where this is True it must leave the faults to handle_fault."""
    return vma_can_hold_thp(vma) and thp_policy(mm).fault_huge(vma_facts(mm, vma, True))


def _count(physmem, event: str) -> None:
    physmem.events[event] = physmem.events.get(event, 0) + 1


# --- the huge zero page ------------------------------------------------------------------

def get_huge_zero_page(physmem) -> int | None:
    """The huge zero page's head pfn, made on first use (thp_zero_page_alloc; None and
    thp_zero_page_alloc_failed when no 2 MiB block is free).  It is reserved memory: never
    counted, never freed."""
    if physmem.huge_zero_pfn is None:
        pfn = physmem.alloc_compound(HPAGE_PMD_ORDER, USE_RESERVED, zero=True)
        if pfn is None:
            _count(physmem, "thp_zero_page_alloc_failed")
            return None
        physmem.huge_zero_pfn = pfn
        _count(physmem, "thp_zero_page_alloc")
    return physmem.huge_zero_pfn


# --- faults --------------------------------------------------------------------------------

def _may_reclaim(settings, vma) -> bool:
    """defrag: may this huge-page allocation reclaim memory (Linux's direct reclaim)?"""
    mode = settings.defrag
    return mode == "always" or (mode in ("madvise", "defer+madvise") and
                                bool(vma.flags & VM_HUGEPAGE))


def alloc_thp(physmem, vma) -> int | None:
    """A zeroed order-9 compound page for an anonymous THP, or None."""
    pfn = physmem.alloc_compound(HPAGE_PMD_ORDER, USE_ANON, zero=True)
    if pfn is None and _may_reclaim(physmem.thp, vma):
        physmem.vmscan.direct_reclaim(HPAGE_PMD_NR)
        pfn = physmem.alloc_compound(HPAGE_PMD_ORDER, USE_ANON, zero=True)
    elif pfn is None and physmem.thp.defrag in ("defer", "defer+madvise"):
        physmem.vmscan.wakeup_kswapd()     # wake kswapd (it runs below the low watermark); no stall
    return pfn


def do_huge_pmd_anonymous_page(mm, vma, vpn: int, access: int):
    """Try to serve an anonymous fault with a 2 MiB page (see the module docstring).  Returns a
    FaultResult, or None to let the 4 KiB path serve the fault."""
    first = vpn & ~(HPAGE_PMD_NR - 1)
    if vma.start > first << PAGE_SHIFT or (first + HPAGE_PMD_NR) << PAGE_SHIFT > vma.end or \
            vma.flags & (VM_SHARED | VM_HUGETLB):
        return None
    if (first >> 9) in mm._leaf_tables:
        return None                      # a page table is there (Linux: only if pmd_none)
    table = mm.pages.tables.get(first >> 9)
    if table is not None and table.any():
        return None                                    # small pages are there already
    write = access == F.STORE
    if not thp_policy(mm).fault_huge(vma_facts(mm, vma, write)):
        return None
    physmem = mm.physmem
    if vma.anon_vma is None:
        vma.anon_vma = AnonVma()
    try:
        if not write and physmem.thp.use_zero_page:
            zero = get_huge_zero_page(physmem)
            if zero is None:
                return None
            mm.map_huge(first, zero, F.vma_pte_flags(vma.flags, False), 1, take_ref=True)
            return F.MINOR
        pfn = alloc_thp(physmem, vma)
        if pfn is None:
            _count(physmem, "thp_fault_fallback")
            return None
        mm.map_huge(first, pfn, F.vma_pte_flags(vma.flags, True) | PTE_D, 1)
    except MemoryError:                                # no page-table page: try 4 KiB
        return None
    _count(physmem, "thp_fault_alloc")
    if mm.kernel.trace.enabled:
        trace.emit_mm(mm, trace.HugeAlloc, first << PAGE_SHIFT, pfn)
    return F.MINOR_HUGE                  # (the cost model charges the 2 MiB of zeroing)


def do_huge_pmd_fault(mm, vma, vpn: int, access: int):
    """A fault on a page inside a huge leaf (see the module docstring)."""
    pte, level = mm.huge_entry(vpn)
    physmem = mm.physmem
    if access == F.STORE and not pte & PTE_W:
        if level != 1:
            return F.ACCERR                            # (a read-only 1 GiB leaf: no COW)
        head = entry_pfn(pte)
        if head != physmem.huge_zero_pfn and physmem.use[head - physmem.base_pfn] == USE_ANON \
                and physmem.refcount[head - physmem.base_pfn] == 1 and not vma.flags & VM_SHARED:
            mm.update_huge(vpn, set_bits=PTE_W | PTE_R | PTE_D | PTE_A)   # reuse: ours alone
            return F.MINOR
        mm.split_huge(vpn)                             # then COW the 4 KiB page
        return F.do_wp_page(mm, vma, vpn, mm.pages[vpn])
    mm.update_huge(vpn, set_bits=PTE_A | (PTE_D if access == F.STORE else 0))
    return F.MINOR


# --- splitting a THP for reclaim ------------------------------------------------------------

def split_huge_page(physmem, pfn: int) -> bool:
    """Split every huge mapping of the compound page headed by `pfn`, then the page itself
    (Linux split_huge_page).  True when it is ordinary pages afterwards."""
    head = pfn - physmem.base_pfn
    if head not in physmem.compound_order:
        return True
    for mm, vpn in list(physmem.compound_rmap.get(head, ())):
        mm.split_huge(vpn)
    if head in physmem.compound_order and not physmem.split_compound(pfn):
        _count(physmem, "thp_split_page_failed")
        return False
    _count(physmem, "thp_split_page")
    return True


# --- prctl ---------------------------------------------------------------------------------

PR_SET_THP_DISABLE, PR_GET_THP_DISABLE = 41, 42


def prctl_thp(mm, option: int, arg2: int, arg3: int, arg4: int, arg5: int) -> int:
    """prctl(PR_SET_THP_DISABLE, flag, 0, 0, 0) / prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0): the
    process's "no THP" flag, inherited by fork and kept by execve (Linux MMF_DISABLE_THP).
    Non-zero unused arguments are EINVAL."""
    if option == PR_GET_THP_DISABLE:
        if arg2 or arg3 or arg4 or arg5:
            return -E.EINVAL
        return 1 if mm.thp_disabled else 0
    if arg3 or arg4 or arg5:
        return -E.EINVAL
    mm.thp_disabled = bool(arg2)
    return 0


# --- sysfs -----------------------------------------------------------------------------------

def _store_choice(attr: str, modes: tuple):
    def store(kernel, text: str) -> int:
        value = text[:-1] if text.endswith("\n") else text         # sysfs_streq
        if value not in modes:
            return -E.EINVAL
        setattr(kernel.physmem.thp, attr, value)
        return 0
    return store


def parse_uint(text: str) -> int | None:
    """kstrtouint(text, 10): digits with an optional leading '+' and one trailing newline."""
    value = text[:-1] if text.endswith("\n") else text
    if value.startswith("+"):
        value = value[1:]
    if not value or not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if number < 1 << 32 else None


def _store_uint(attr: str, low: int, high: int, then=None):
    def store(kernel, text: str) -> int:
        number = parse_uint(text)
        if number is None or not low <= number <= high:
            return -E.EINVAL
        setattr(kernel.physmem.thp, attr, number)
        if then is not None:
            then(kernel)
        return 0
    return store


def thp_init(kernel) -> None:
    """Boot: `transparent_hugepage=` from the command line, and the /sys files."""
    settings = kernel.physmem.thp
    mode = kernel.cmdline.transparent_hugepage          # None when not given
    if mode in ENABLED_MODES:
        settings.enabled = mode
    sysfs = kernel.fs.sys
    register = sysfs.register
    register(f"{SYSFS_DIR}/enabled", lambda k: bracketed(ENABLED_MODES, k.physmem.thp.enabled),
             _store_choice("enabled", ENABLED_MODES))
    register(f"{SYSFS_DIR}/defrag", lambda k: bracketed(DEFRAG_MODES, k.physmem.thp.defrag),
             _store_choice("defrag", DEFRAG_MODES))
    register(f"{SYSFS_DIR}/use_zero_page", lambda k: f"{k.physmem.thp.use_zero_page}\n",
             _store_uint("use_zero_page", 0, 1))
    register(f"{SYSFS_DIR}/hpage_pmd_size", lambda k: f"{HPAGE_PMD_SIZE}\n")
    from pagelab.kernel.mm.khugepaged import register_sysfs
    register_sysfs(kernel, register, f"{SYSFS_DIR}/khugepaged")
