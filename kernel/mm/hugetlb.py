"""hugetlb: pools of huge pages set aside ahead of time (Linux mm/hugetlb.c, "hstates").

riscv64 has two huge page sizes, both leaves of the page table: 2 MiB (a level-1 leaf,
"megapage", order 9) and 1 GiB (a level-2 leaf, "gigapage", order 18; Sv39, Sv48 and Sv57 all
have it).  Each size has a pool, an `HState`, whose pages come from the buddy allocator as one
contiguous, aligned block (`physmem.alloc_pages(order)`) and stay out of it -- out of MemFree,
never on an LRU list, never reclaimed or swapped -- until the pool shrinks.

The counts of a pool, as Linux keeps them (and as /sys/kernel/mm/hugepages/hugepages-<N>kB/
shows them):

    nr_huge_pages            pages in the pool, persistent + surplus ("HugePages_Total")
    free_huge_pages          pages no mapping uses ("HugePages_Free")
    resv_huge_pages          free pages promised to mappings that have not faulted them yet
                             ("HugePages_Rsvd"; always <= free_huge_pages)
    surplus_huge_pages       pages above the persistent size, allocated on demand from the
                             buddy allocator up to nr_overcommit_huge_pages, and given back to
                             it as soon as they are free ("HugePages_Surp")
    max_huge_pages           the persistent size asked for (vm.nr_hugepages reads it)

Setting the size (`set_max_huge_pages`, Linux's function of that name): growing first turns
surplus pages into persistent ones, then allocates fresh blocks -- and stops at the first block
the buddy allocator cannot give (after reclaim), so the pool may end smaller than asked, as on
Linux (read the file back to see what you got).  Shrinking frees free pages not needed for
reservations, and what cannot be freed yet becomes surplus, freed when its mapping goes.  Every
order-9 block asked of the buddy allocator counts `htlb_buddy_alloc_success` or `_fail` in
/proc/vmstat (gigantic pages are not counted there, as in Linux).

Where the sizes are set:
* the kernel command line at boot (kernel/cmdline.py): `hugepages=16 hugepagesz=1G hugepages=1`
  (Linux logs `HugeTLB: registered 2.00 MiB page size, pre-allocated 16 pages`);
* `vm.nr_hugepages` / `vm.nr_overcommit_hugepages` (/proc/sys/vm, --sysctl): the default size;
* the sysfs files `nr_hugepages` and `nr_overcommit_hugepages` of each size.

1 GiB pages need a free, aligned 1 GiB block: with `--mem 2G` there is one (the first GiB holds
the kernel's reserved frames).  1 GiB pages are never surplus (Linux: gigantic pages cannot be
allocated on demand), so their nr_overcommit_hugepages write is EINVAL.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pagelab.kernel import errno as E
from pagelab.kernel.cmdline import HPAGE_PMD_SIZE, HPAGE_PUD_SIZE, HUGE_PAGE_SIZES, format_size
from pagelab.kernel.mm.physmem import USE_HUGETLB
from pagelab.mmu.pte import PAGE_SHIFT

HUGETLB_SYSCTLS = ("vm.nr_hugepages", "vm.nr_overcommit_hugepages")
SYSFS_DIR = "kernel/mm/hugepages"
ULONG_MAX = (1 << 64) - 1


@dataclass
class HState:
    """One pool: the huge pages of one size (Linux struct hstate)."""

    size: int                                  # bytes: 2 MiB or 1 GiB
    nr_huge_pages: int = 0
    free_huge_pages: int = 0
    resv_huge_pages: int = 0
    surplus_huge_pages: int = 0
    nr_overcommit_huge_pages: int = 0
    max_huge_pages: int = 0
    free_list: list = field(default_factory=list)     # head pfns of free pool pages
    pages: set = field(default_factory=set)           # head pfns of every pool page

    @property
    def order(self) -> int:
        return (self.size >> PAGE_SHIFT).bit_length() - 1

    @property
    def nr_pages(self) -> int:
        """Base pages per huge page (pages_per_huge_page)."""
        return self.size >> PAGE_SHIFT

    @property
    def gigantic(self) -> bool:
        return self.size > HPAGE_PMD_SIZE

    @property
    def name(self) -> str:
        return f"hugepages-{self.size >> 10}kB"

    @property
    def persistent(self) -> int:
        return self.nr_huge_pages - self.surplus_huge_pages


class Hugetlb:
    """Every pool of one kernel (`physmem.hugetlb`): the hstates and their page operations."""

    def __init__(self, physmem, default_size: int = HPAGE_PMD_SIZE):
        self.physmem = physmem
        self.hstates = {size: HState(size) for size in HUGE_PAGE_SIZES}
        self.default_size = default_size
        self.sysctl = None                     # the kernel's live sysctl table, once booted

    @property
    def default(self) -> HState:
        return self.hstates[self.default_size]

    def hstate(self, size: int) -> HState | None:
        return self.hstates.get(size)

    def total_pages(self) -> int:
        """hugetlb_total_pages(): base pages held by every pool (CommitLimit leaves them out)."""
        return sum(h.nr_huge_pages * h.nr_pages for h in self.hstates.values())

    # --- pages to and from the buddy allocator ------------------------------------------------
    def _alloc_fresh(self, h: HState) -> int | None:
        """A new huge page from the buddy allocator (alloc_fresh_huge_page), or None."""
        pfn = self.physmem.alloc_pages(h.order, USE_HUGETLB)
        if not h.gigantic:
            event = "htlb_buddy_alloc_success" if pfn is not None else "htlb_buddy_alloc_fail"
            self.physmem.events[event] = self.physmem.events.get(event, 0) + 1
        if pfn is None:
            return None
        self.physmem.refcount[pfn - self.physmem.base_pfn] = 0     # a free pool page: no refs
        h.pages.add(pfn)
        h.nr_huge_pages += 1
        return pfn

    def _free_to_buddy(self, h: HState, pfn: int) -> None:
        """update_and_free_page: the block goes back to the buddy allocator."""
        h.pages.discard(pfn)
        h.nr_huge_pages -= 1
        self.physmem.free_pages(pfn, h.order)

    def _enqueue(self, h: HState, pfn: int) -> None:
        h.free_list.append(pfn)
        h.free_huge_pages += 1

    def _dequeue(self, h: HState) -> int:
        h.free_huge_pages -= 1
        return h.free_list.pop()

    def _free_pool_page(self, h: HState, surplus: bool) -> bool:
        """free_pool_huge_page: give one free page back to the buddy allocator."""
        if not h.free_list:
            return False
        pfn = self._dequeue(h)
        if surplus:
            h.surplus_huge_pages -= 1
        self._free_to_buddy(h, pfn)
        return True

    def _adjust_surplus(self, h: HState, delta: int) -> bool:
        if delta < 0:
            if not h.surplus_huge_pages:
                return False
        elif h.surplus_huge_pages >= h.nr_huge_pages:
            return False
        h.surplus_huge_pages += delta
        return True

    # --- the pool size ----------------------------------------------------------------------
    def set_max_huge_pages(self, h: HState, count: int) -> None:
        """Linux set_max_huge_pages: make the persistent pool `count` pages if it can."""
        while h.surplus_huge_pages and count > h.persistent:
            if not self._adjust_surplus(h, -1):
                break
        while count > h.persistent:
            pfn = self._alloc_fresh(h)
            if pfn is None:
                break
            self._enqueue(h, pfn)
        min_count = max(count, h.resv_huge_pages + h.nr_huge_pages - h.free_huge_pages)
        while min_count < h.persistent:
            if not self._free_pool_page(h, surplus=False):
                break
        while count < h.persistent:
            if not self._adjust_surplus(h, 1):
                break
        h.max_huge_pages = h.persistent
        self._sync_sysctl()

    def set_overcommit(self, h: HState, count: int) -> int:
        """nr_overcommit_hugepages: 0, or -EINVAL for gigantic pages (never surplus)."""
        if h.gigantic:
            return -E.EINVAL
        h.nr_overcommit_huge_pages = count
        self._sync_sysctl()
        return 0

    def _sync_sysctl(self) -> None:
        """vm.nr_hugepages and vm.nr_overcommit_hugepages read the default pool."""
        if self.sysctl is not None:
            self.sysctl["vm.nr_hugepages"] = self.default.max_huge_pages
            self.sysctl["vm.nr_overcommit_hugepages"] = self.default.nr_overcommit_huge_pages

    # --- invariants --------------------------------------------------------------------------
    def check(self) -> None:
        """Raise AssertionError if a pool's counts disagree with each other or its pages."""
        physmem = self.physmem
        for h in self.hstates.values():
            name = h.name
            assert 0 <= h.resv_huge_pages <= h.free_huge_pages <= h.nr_huge_pages, (name, h)
            assert 0 <= h.surplus_huge_pages <= h.nr_huge_pages, (name, h)
            assert h.free_huge_pages == len(h.free_list), (name, h)
            assert len(set(h.free_list)) == len(h.free_list), name
            assert set(h.free_list) <= h.pages and len(h.pages) == h.nr_huge_pages, name
            # surplus pages beyond nr_overcommit_hugepages are pages a shrink left in use
            in_use = h.nr_huge_pages - h.free_huge_pages
            limit = 0 if h.gigantic else h.nr_overcommit_huge_pages
            assert h.surplus_huge_pages <= limit + in_use, (name, h)
            for pfn in h.pages:
                idx = pfn - physmem.base_pfn
                assert pfn % h.nr_pages == 0, (name, hex(pfn))
                assert all(physmem.use[i] == USE_HUGETLB
                           for i in range(idx, idx + h.nr_pages, 511)), (name, hex(pfn))
            for pfn in h.free_list:
                assert physmem.refcount[pfn - physmem.base_pfn] == 0, (name, hex(pfn))


# --- boot --------------------------------------------------------------------------------------
def hugetlb_init(kernel) -> None:
    """Boot: the pools the command line asks for (kernel.cmdline), then --sysctl
    vm.nr_hugepages / vm.nr_overcommit_hugepages, the boot log lines, the /sys files."""
    physmem = kernel.physmem
    params = kernel.cmdline
    hugetlb = physmem.hugetlb
    hugetlb.default_size = params.default_hugepagesz
    configured = getattr(kernel.config, "sysctl", None) or {}
    for size in HUGE_PAGE_SIZES:
        h = hugetlb.hstates[size]
        wanted = params.hugepages.get(size, 0)
        if wanted:
            hugetlb.set_max_huge_pages(h, wanted)
            if h.max_huge_pages < wanted:
                kernel.log(f"HugeTLB: allocating {wanted} of page size {format_size(size)} "
                           f"failed.  Only allocated {h.max_huge_pages} hugepages.")
    for size in sorted(HUGE_PAGE_SIZES, key=lambda s: s != hugetlb.default_size):
        h = hugetlb.hstates[size]
        kernel.log(f"HugeTLB: registered {format_size(size)} page size, pre-allocated "
                   f"{h.free_huge_pages} pages")
    hugetlb.sysctl = kernel.sysctl
    hugetlb._sync_sysctl()
    if "vm.nr_overcommit_hugepages" in configured:
        hugetlb.set_overcommit(hugetlb.default, configured["vm.nr_overcommit_hugepages"])
    if "vm.nr_hugepages" in configured:
        hugetlb.set_max_huge_pages(hugetlb.default, configured["vm.nr_hugepages"])
    register_sysfs(kernel)


def sysctl_changed(kernel, name: str) -> None:
    """A guest wrote vm.nr_hugepages or vm.nr_overcommit_hugepages (already range-checked)."""
    hugetlb = kernel.physmem.hugetlb
    value = kernel.sysctl[name]
    if name == "vm.nr_hugepages":
        hugetlb.set_max_huge_pages(hugetlb.default, value)
    else:
        hugetlb.set_overcommit(hugetlb.default, value)


# --- /sys/kernel/mm/hugepages --------------------------------------------------------------------
def kstrtoul(text: str) -> int | None:
    """Linux kstrtoul(buf, 10): one optional '+', decimal digits, one optional trailing newline;
    None for anything else, -1 for a value past ULONG_MAX (ERANGE)."""
    if text.endswith("\n"):
        text = text[:-1]
    if text.startswith("+"):
        text = text[1:]
    if not text or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return -1 if value > ULONG_MAX else value


def _store(setter):
    def store(kernel, text: str) -> int:
        count = kstrtoul(text)
        if count is None:
            return -E.EINVAL
        if count < 0:
            return -E.ERANGE
        return setter(kernel, count)
    return store


def register_sysfs(kernel) -> None:
    """/sys/kernel/mm/hugepages/hugepages-<N>kB/* for each size (Linux hugetlb_sysfs_init)."""
    fs = getattr(kernel, "fs", None)
    if fs is None or getattr(fs, "sys", None) is None:
        return
    hugetlb = kernel.physmem.hugetlb
    for h in hugetlb.hstates.values():
        base = f"{SYSFS_DIR}/{h.name}"

        def show(field_name, h=h):
            return lambda kernel: f"{getattr(h, field_name)}\n"

        def set_pool(kernel, count, h=h):
            hugetlb.set_max_huge_pages(h, count)
            return 0

        def set_overcommit(kernel, count, h=h):
            return hugetlb.set_overcommit(h, count)

        fs.sys.register(f"{base}/nr_hugepages", show("nr_huge_pages"), _store(set_pool))
        fs.sys.register(f"{base}/nr_overcommit_hugepages", show("nr_overcommit_huge_pages"),
                        _store(set_overcommit))
        fs.sys.register(f"{base}/free_hugepages", show("free_huge_pages"))
        fs.sys.register(f"{base}/resv_hugepages", show("resv_huge_pages"))
        fs.sys.register(f"{base}/surplus_hugepages", show("surplus_huge_pages"))


# --- /proc/meminfo ---------------------------------------------------------------------------------
def meminfo_lines(physmem) -> list[str]:
    """hugetlb_report_meminfo: the default pool's counts, its size, and every pool's memory."""
    hugetlb = getattr(physmem, "hugetlb", None)
    if hugetlb is None:
        h, total_kb = HState(HPAGE_PMD_SIZE), 0
    else:
        h = hugetlb.default
        total_kb = sum(x.nr_huge_pages * (x.size >> 10) for x in hugetlb.hstates.values())
    return ["HugePages_Total:   %5d\n" % h.nr_huge_pages,
            "HugePages_Free:    %5d\n" % h.free_huge_pages,
            "HugePages_Rsvd:    %5d\n" % h.resv_huge_pages,
            "HugePages_Surp:    %5d\n" % h.surplus_huge_pages,
            "Hugepagesize:   %8d kB\n" % (h.size >> 10),
            "Hugetlb:        %8d kB\n" % total_kb]


__all__ = ["HState", "Hugetlb", "hugetlb_init", "sysctl_changed", "register_sysfs",
           "meminfo_lines", "kstrtoul", "HPAGE_PMD_SIZE", "HPAGE_PUD_SIZE", "HUGETLB_SYSCTLS"]
