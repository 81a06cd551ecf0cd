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

import weakref
from dataclasses import dataclass, field

from pagelab.kernel import errno as E, trace
from pagelab.kernel.cmdline import HPAGE_PMD_SIZE, HPAGE_PUD_SIZE, HUGE_PAGE_SIZES, format_size
from pagelab.kernel.mm.physmem import USE_HUGETLB
from pagelab.mmu.pte import PAGE_SHIFT, PAGE_SIZE

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
    zeroed: set = field(default_factory=set)          # free pages known to hold zeros

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
        self.files = weakref.WeakSet()         # live HugetlbFiles (for check())

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
        """A new huge page from the buddy allocator (alloc_fresh_huge_page): a compound page
        (physmem.alloc_compound) of the pool's order, or None.  When no block of that order is
        free, reclaim runs once first for a 2 MiB page (Linux __GFP_RETRY_MAYFAIL); it may
        still fail, as on Linux, because the freed frames need not form an aligned block.  A
        1 GiB page only takes a free block (reclaiming a GiB to find one would empty RAM;
        Linux migrates pages instead, which pagelab does not)."""
        physmem = self.physmem
        pfn = physmem.alloc_compound(h.order, USE_HUGETLB, zero=True)
        if pfn is None and not h.gigantic:
            for shrink in physmem.shrinkers:
                shrink()
            physmem.vmscan.direct_reclaim(h.nr_pages)
            pfn = physmem.alloc_compound(h.order, USE_HUGETLB, zero=True)
        if not h.gigantic:
            event = "htlb_buddy_alloc_success" if pfn is not None else "htlb_buddy_alloc_fail"
            physmem.events[event] = physmem.events.get(event, 0) + 1
        if pfn is None:
            return None
        physmem.refcount[pfn - physmem.base_pfn] = 0     # a free pool page: no references
        h.pages.add(pfn)
        h.zeroed.add(pfn)        # (alloc_compound zeroes, and skips RAM never written yet)
        h.nr_huge_pages += 1
        return pfn

    def _free_to_buddy(self, h: HState, pfn: int) -> None:
        """update_and_free_page: a free pool page goes back to the buddy allocator."""
        h.pages.discard(pfn)
        h.zeroed.discard(pfn)
        h.nr_huge_pages -= 1
        physmem = self.physmem
        physmem.refcount[pfn - physmem.base_pfn] = 1
        physmem.put_page(pfn)            # (not in h.pages any more: free_huge_page says buddy)

    def hstate_of(self, pfn: int) -> HState | None:
        """The pool a head frame belongs to, or None."""
        for h in self.hstates.values():
            if pfn in h.pages:
                return h
        return None

    def free_huge_page(self, pfn: int) -> bool:
        """The last reference to pool page `pfn` is gone (physmem's compound put calls this,
        Linux's free_huge_page): back to its pool's free list (True), or, when the pool has
        surplus pages, back to the buddy allocator (False: the caller frees the block)."""
        h = self.hstate_of(pfn)
        if h is None:
            return False
        self.physmem.owner[pfn - self.physmem.base_pfn] = None
        h.zeroed.discard(pfn)
        if h.surplus_huge_pages:
            h.surplus_huge_pages -= 1
            h.pages.discard(pfn)
            h.nr_huge_pages -= 1
            return False
        self._enqueue(h, pfn)
        return True

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

    # --- pages for faults (alloc_huge_page) and reservations -------------------------------
    def alloc_huge_page(self, h: HState, reserved: bool) -> int | None:
        """A page for a fault, with one reference (the caller's), not zeroed; None when the pool
        cannot give one (the fault is then SIGBUS).  `reserved`: a reservation of this
        mapping pays for it (resv_huge_pages goes down with free_huge_pages).  Otherwise it
        must be a free page nobody reserved, or a surplus page from the buddy allocator while
        surplus_huge_pages < nr_overcommit_hugepages (dequeue_huge_page_vma, then
        alloc_buddy_huge_page_with_mpol)."""
        physmem = self.physmem
        if reserved and h.resv_huge_pages and h.free_list:
            h.resv_huge_pages -= 1
            pfn = self._dequeue(h)
        elif h.free_huge_pages - h.resv_huge_pages > 0:
            pfn = self._dequeue(h)
        elif not h.gigantic and h.surplus_huge_pages < h.nr_overcommit_huge_pages:
            pfn = self._alloc_fresh(h)
            if pfn is None:
                return None
            h.surplus_huge_pages += 1
        else:
            return None
        physmem.refcount[pfn - physmem.base_pfn] = 1
        return pfn

    def clear_page(self, h: HState, pfn: int) -> None:
        """clear_huge_page: zero the whole huge page -- unless it is fresh from the buddy
        allocator and still zero (so a 1 GiB page costs host memory only where it is used).
        (A direct write into RAM: the CPU notices changed code in a frame by itself,
        interfaces section 3.)"""
        if pfn in h.zeroed:
            h.zeroed.discard(pfn)
            return
        physmem = self.physmem
        offset = (pfn - physmem.base_pfn) << PAGE_SHIFT
        physmem.ram[offset:offset + h.size] = 0

    def copy_page(self, h: HState, dst: int, src: int) -> None:
        """copy_user_huge_page: the copy-on-write of a whole huge page."""
        physmem = self.physmem
        d = (dst - physmem.base_pfn) << PAGE_SHIFT
        s = (src - physmem.base_pfn) << PAGE_SHIFT
        physmem.ram[d:d + h.size] = physmem.ram[s:s + h.size]

    def reserve(self, h: HState, delta: int) -> bool:
        """hugetlb_acct_memory(h, delta > 0): promise `delta` more free pages.  When the free
        pages do not cover resv + delta, surplus pages are allocated first (gather_surplus_pages,
        within nr_overcommit_hugepages; never for 1 GiB pages); False (ENOMEM for mmap) if even
        that is not enough -- then nothing changed."""
        if delta <= 0:
            return True
        needed = h.resv_huge_pages + delta - h.free_huge_pages
        if needed > 0:
            fresh = []
            while len(fresh) < needed:
                if h.gigantic or h.surplus_huge_pages >= h.nr_overcommit_huge_pages:
                    break
                pfn = self._alloc_fresh(h)
                if pfn is None:
                    break
                h.surplus_huge_pages += 1
                fresh.append(pfn)
            if len(fresh) < needed:
                for pfn in fresh:
                    h.surplus_huge_pages -= 1
                    self._free_to_buddy(h, pfn)
                return False
            for pfn in fresh:
                self._enqueue(h, pfn)
        h.resv_huge_pages += delta
        return True

    def unreserve(self, h: HState, count: int) -> None:
        """return_unused_surplus_pages: `count` reservations are no longer needed; as many free
        surplus pages go back to the buddy allocator."""
        if count <= 0:
            return
        h.resv_huge_pages -= count
        for _ in range(min(count, h.surplus_huge_pages)):
            if not self._free_pool_page(h, surplus=True):
                break

    # --- files (kernel/fs/hugetlbfs.py HugetlbFile) ------------------------------------------
    def new_file(self, h: HState, size: int, path: str):
        """An unnamed hugetlbfs file (anon_hugepage, memfd): it lives while open or mapped."""
        from pagelab.kernel.fs.hugetlbfs import HugetlbFile
        f = HugetlbFile(self, h, size=size, path=path)
        f.nlink = 0
        return f

    def file_bytes(self, file, offset: int, count: int) -> bytes:
        """`count` bytes of `file` from `offset`, from its pages (holes read as zeros)."""
        physmem = self.physmem
        size = file.h.size
        out = bytearray()
        while count > 0:
            index, within = divmod(offset, size)
            chunk = min(count, size - within)
            pfn = file.pages.get(index)
            if pfn is None:
                out += bytes(chunk)
            else:
                start = ((pfn - physmem.base_pfn) << PAGE_SHIFT) + within
                out += physmem.ram[start:start + chunk].tobytes()
            offset += chunk
            count -= chunk
        return bytes(out)

    def add_to_file(self, file, index: int, pfn: int) -> None:
        """huge_add_to_page_cache: the file keeps one reference of its own on the page."""
        physmem = self.physmem
        physmem.get_page(pfn)
        file.pages[index] = pfn
        physmem.owner[pfn - physmem.base_pfn] = (file, index)

    def _mapped_anywhere(self, file) -> bool:
        for mm in list(self.physmem.address_spaces.values()):
            if mm.dead:
                continue
            if any(vma.file is file for vma in mm.vmas):
                return True
        return False

    def maybe_release(self, file) -> None:
        """A file with no name, no open descriptor and no mapping gives its pages back to the
        pool and its reservations up (hugetlbfs_evict_inode)."""
        if file.nlink or file.opens or self._mapped_anywhere(file):
            return
        self._remove_pages(file, 0)

    def _remove_pages(self, file, first: int, last: int | None = None) -> None:
        """remove_inode_hugepages for huge page indexes [first, last): the file's references
        are dropped (a page nobody maps returns to the pool) and the reservations of the range
        that were never used are given up."""
        physmem = self.physmem

        def inside(i):
            return first <= i and (last is None or i < last)
        for index in sorted(i for i in file.pages if inside(i)):
            pfn = file.pages.pop(index)
            physmem.owner[pfn - physmem.base_pfn] = None
            physmem.put_page(pfn)
        gone = {i for i in file.resv if inside(i)}
        file.resv -= gone
        self.unreserve(file.h, len(gone))

    def _unmap_file_range(self, file, first: int, last: int | None) -> None:
        """hugetlb_vmdelete_list: remove the leaves of file indexes [first, last) from every
        shared mapping of `file` (and, past a truncated end, from private ones too)."""
        from pagelab.kernel.mm.vma import VM_MAYSHARE
        size = file.h.size
        for mm in list(self.physmem.address_spaces.values()):
            if mm.dead:
                continue
            for vma in mm.vmas:
                if vma.file is not file or (last is not None and not vma.flags & VM_MAYSHARE):
                    continue
                base = vma.start - (vma.pgoff << PAGE_SHIFT)      # where index 0 would be
                lo = max(vma.start, base + first * size)
                hi = vma.end if last is None else min(vma.end, base + last * size)
                if lo < hi:
                    mm._zap_range(lo, hi)

    def truncate(self, file, size: int) -> None:
        """ftruncate of a hugetlbfs file (size a multiple of the huge page size): shrinking
        unmaps the pages past the end from every mapping, then drops them (hugetlb_vmtruncate)."""
        if size < file.i_size:
            first = size // file.h.size
            self._unmap_file_range(file, first, None)
            self._remove_pages(file, first)
        file.i_size = size

    def punch_hole(self, file, first: int, last: int) -> None:
        """hugetlbfs_punch_hole (MADV_REMOVE, fallocate PUNCH_HOLE): the file's pages of
        indexes [first, last) are unmapped from its shared mappings and dropped, with their
        reservations; the size stays."""
        self._unmap_file_range(file, first, last)
        self._remove_pages(file, first, last)

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
            # a surplus page is in use, or free only to back a reservation (it leaves the
            # pool as soon as neither holds); within nr_overcommit_hugepages unless a shrink
            # turned pages in use into surplus or the limit was lowered since
            in_use = h.nr_huge_pages - h.free_huge_pages
            assert h.surplus_huge_pages <= in_use + h.resv_huge_pages, (name, h)
            for pfn in h.pages:
                idx = pfn - physmem.base_pfn
                assert pfn % h.nr_pages == 0, (name, hex(pfn))
                assert all(physmem.use[i] == USE_HUGETLB
                           for i in range(idx, idx + h.nr_pages, 511)), (name, hex(pfn))
            for pfn in h.free_list:
                assert physmem.refcount[pfn - physmem.base_pfn] == 0, (name, hex(pfn))
            free = set(h.free_list)
            for pfn in h.pages - free:
                # a page in use: one reference per huge mapping, plus its file's
                idx = pfn - physmem.base_pfn
                cached = physmem.owner[idx] is not None
                assert physmem.refcount[idx] == physmem.compound_mapcount.get(idx, 0) + cached \
                    and physmem.refcount[idx] > 0, (name, hex(pfn), physmem.refcount[idx])
        # reservations: each is one file index or one private mapping's index, and unused
        promised = {h.size: 0 for h in self.hstates.values()}
        for f in list(self.files):
            promised[f.h.size] += len(f.resv)
            assert not f.resv & set(f.pages), f.path
        seen = set()
        for mm in list(physmem.address_spaces.values()):
            for vma in ([] if mm.dead else mm.vmas):
                resv = vma.hugetlb_resv
                if resv is not None and id(resv) not in seen:
                    seen.add(id(resv))
                    promised[resv.h.size] += len(resv.pending)
        for h in self.hstates.values():
            assert h.resv_huge_pages == promised[h.size], (h.name, h.resv_huge_pages,
                                                           promised[h.size])


# --- mappings ----------------------------------------------------------------------------------
# Every hugetlb VMA maps a HugetlbFile (kernel/fs/hugetlbfs.py): MAP_ANONYMOUS|MAP_HUGETLB makes
# a hidden one (Linux hugetlb_file_setup), so a VMA's pool is `vma.file.h` and its huge page
# index `index_of(vma, va)`.  Its flags carry VM_HUGETLB and VM_DONTEXPAND (VmFlags "de ht");
# it is never charged to Committed_AS and never merged with a neighbour.

class PrivateResv:
    """The reservations a private hugetlb mapping holds (Linux's per-VMA resv_map with
    HPAGE_RESV_OWNER): huge page indexes still promised to it.  Split pieces share it; a
    forked child's copy has none (the parent owns them, as on Linux)."""

    def __init__(self, h: HState, pending, unmapped: bool = False):
        self.h = h
        self.pending = set(pending)
        # HPAGE_RESV_UNMAPPED: the owner took a page back from this (forked) mapping when
        # a copy-on-write found the pool empty; a fault here is then SIGBUS
        self.unmapped = unmapped


def is_hugetlb_file(file) -> bool:
    from pagelab.kernel.fs.hugetlbfs import HugetlbFile
    return isinstance(file, HugetlbFile)


def hstate_for_log(hugetlb: Hugetlb, log: int) -> HState | None:
    """The pool a MAP_HUGE_* / MFD_HUGE_* / SHM_HUGE_* size field names: 0 is the default
    size, else log2 of the size (21: 2 MiB, 30: 1 GiB; hstate_sizelog)."""
    if log == 0:
        return hugetlb.default
    return hugetlb.hstates.get(1 << log) if log < 64 else None


def level_of(h: HState) -> int:
    return 1 if h.size == HPAGE_PMD_SIZE else 2


def index_of(vma, va: int) -> int:
    """The huge page index in the VMA's file of the huge page holding `va`."""
    return ((vma.pgoff << PAGE_SHIFT) + (va - vma.start)) // vma.file.h.size


def huge_unaligned(mm, start: int, end: int) -> bool:
    """Would an operation on [start, end) split a hugetlb VMA anywhere but on a huge page
    boundary?  (hugetlb_vm_op_split refuses: munmap, mprotect and madvise get EINVAL.)"""
    from pagelab.kernel.mm.vma import VM_HUGETLB
    for vma in mm._vmas_in(start, end):
        if vma.flags & VM_HUGETLB:
            mask = vma.file.h.size - 1
            if (vma.start < start < vma.end and start & mask) or \
                    (vma.start < end < vma.end and end & mask):
                return True
    return False


def _huge_area(mm, hint: int, length: int, size: int) -> int | None:
    """hugetlb_get_unmapped_area: a free range aligned to `size` (the hint, aligned up, if
    free), top-down like every other mapping."""
    if hint:
        addr = (hint + size - 1) & ~(size - 1)
        if mm.mmap_min_addr() <= addr and addr + length <= mm.task_size and \
                mm._free_for(addr, length):
            return addr
    found = mm.get_unmapped_area(0, length + size - PAGE_SIZE)
    if found is None:
        return None
    return (found + size - PAGE_SIZE) & ~(size - 1)


def hugetlb_mmap(mm, addr: int, length: int, prot: int, flags: int, file, offset: int,
                 file_readable: bool, file_writable: bool) -> int:
    """The mmap of a hugetlb mapping (MAP_HUGETLB, or a hugetlbfs / MFD_HUGETLB file), after
    do_mmap's generic checks: ksys_mmap_pgoff's size choice, hugetlb_get_unmapped_area,
    hugetlbfs_file_mmap and hugetlb_reserve_pages.  Returns the address or -errno."""
    from pagelab.kernel.errno import EACCES, EBADF, EEXIST, EINVAL, ENOMEM, EPERM
    from pagelab.kernel.mm.mmap import (MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE,
                                        MAP_HUGE_MASK, MAP_HUGE_SHIFT, MAP_LOCKED,
                                        MAP_NORESERVE, MAP_POPULATE, MAP_PRIVATE, MAP_TYPE,
                                        PROT_WRITE)
    from pagelab.kernel.mm.vma import (VM_DONTEXPAND, VM_HUGETLB, VM_LOCKED, VM_LOCKONFAULT,
                                       VM_MAYEXEC, VM_MAYREAD, VM_MAYSHARE, VM_MAYWRITE,
                                       VM_NORESERVE, VM_SHARED, VM_WRITE, VMA)
    hugetlb = mm.physmem.hugetlb
    anonymous = bool(flags & MAP_ANONYMOUS)
    shared = (flags & MAP_TYPE) != MAP_PRIVATE
    if anonymous:
        h = hstate_for_log(hugetlb, (flags >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK)
        if h is None:
            return -EINVAL
        offset = 0
    else:
        if file is None:
            return -EBADF
        if not is_hugetlb_file(file):
            return -EINVAL                     # MAP_HUGETLB on a file not on hugetlbfs
        h = file.h
        if not file_readable:
            return -EACCES
        if shared and prot & PROT_WRITE and not file_writable:
            return -EACCES
    size = h.size
    length = (length + size - 1) & ~(size - 1)
    if length > mm.task_size:
        return -ENOMEM
    if flags & MAP_FIXED:
        if addr & (size - 1):
            return -EINVAL
        if addr < mm.mmap_min_addr():
            return -EPERM
        if addr + length > mm.task_size:
            return -ENOMEM
        if flags & MAP_FIXED_NOREPLACE and mm._vmas_in(addr, addr + length):
            return -EEXIST
        if huge_unaligned(mm, addr, addr + length):
            return -EINVAL
    else:
        addr = _huge_area(mm, addr, length, size)
        if addr is None:
            return -ENOMEM
    if len(mm.vmas) >= mm.max_map_count():
        return -ENOMEM
    if offset & (size - 1):
        return -EINVAL                         # hugetlbfs_file_mmap: pgoff huge-aligned
    vm_flags = (mm._prot_to_vm(prot) | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | mm.def_flags |
                VM_HUGETLB | VM_DONTEXPAND)
    # MAP_LOCKED (or mlockall(MCL_FUTURE)) populates a hugetlb mapping but never marks it
    # locked: hugetlb pages cannot be reclaimed anyway (mmap_region's VM_LOCKED_CLEAR_MASK)
    locked = bool(flags & MAP_LOCKED or (vm_flags & (VM_LOCKED | VM_LOCKONFAULT)) == VM_LOCKED)
    vm_flags &= ~(VM_LOCKED | VM_LOCKONFAULT)
    if flags & MAP_LOCKED and not mm._memlock_ok(length >> PAGE_SHIFT):
        from pagelab.kernel.errno import EAGAIN
        return -EAGAIN
    if shared:
        vm_flags |= VM_SHARED | VM_MAYSHARE
        if not anonymous and not file_writable:
            vm_flags &= ~(VM_MAYWRITE | VM_SHARED)
    if flags & MAP_NORESERVE:
        vm_flags |= VM_NORESERVE
    if anonymous:
        file = hugetlb.new_file(h, length, "/anon_hugepage (deleted)")
    first = offset // size
    count = length // size
    # hugetlb_reserve_pages: a private mapping reserves every page of its own; a shared one
    # what the file has neither reserved nor allocated yet
    resv = None
    if not vm_flags & VM_NORESERVE:
        if shared:
            wanted = {i for i in range(first, first + count)
                      if i not in file.resv and i not in file.pages}
        else:
            wanted = set(range(first, first + count))
        if not hugetlb.reserve(h, len(wanted)):
            return -ENOMEM
        if shared:
            file.resv |= wanted
        else:
            resv = PrivateResv(h, wanted)
    if flags & MAP_FIXED:
        mm._do_munmap(addr, addr + length)
    vma = VMA(addr, addr + length, vm_flags, file, offset >> PAGE_SHIFT)
    vma.hugetlb_resv = resv
    try:
        mm._link(vma)
    except MemoryError:
        if resv is not None:
            hugetlb.unreserve(h, len(resv.pending))
        hugetlb.maybe_release(file)
        return -ENOMEM
    if vm_flags & VM_WRITE and file.i_size < offset + length:
        file.i_size = offset + length
    if flags & MAP_POPULATE or locked:
        mm._populate(addr, addr + length)
    return addr


def hugetlb_vma_closed(mm, vma) -> None:
    """A hugetlb VMA (or a piece of one) was unmapped: a private mapping gives up the
    reservations of its range it never used (hugetlb_vm_op_close), and the file may go."""
    h = vma.file.h
    resv = vma.hugetlb_resv
    if resv is not None:
        first = (vma.pgoff << PAGE_SHIFT) // h.size
        last = first + (vma.end - vma.start) // h.size
        gone = {i for i in resv.pending if first <= i < last}
        resv.pending -= gone
        mm.physmem.hugetlb.unreserve(h, len(gone))
    mm.physmem.hugetlb.maybe_release(vma.file)


def hugetlb_fault(mm, vma, va: int, access: int):
    """hugetlb_fault: one fault maps one whole huge page (a level-1 or level-2 leaf)."""
    from pagelab.kernel.mm import fault as F
    from pagelab.mmu.pte import PTE_A, PTE_D, PTE_W
    h = vma.file.h
    haddr = va & ~(h.size - 1)
    vpn = haddr >> PAGE_SHIFT
    index = index_of(vma, haddr)
    found = mm.huge_entry(vpn)
    if found is None:
        return _hugetlb_no_page(mm, vma, h, vpn, index, access)
    pte = found[0]
    if access == F.STORE and not pte & PTE_W:
        return _hugetlb_wp(mm, vma, h, vpn, index, pte)
    mm.update_huge(vpn, set_bits=PTE_A | (PTE_D if access == F.STORE else 0))
    return F.MINOR


def _hugetlb_no_page(mm, vma, h: HState, vpn: int, index: int, access: int):
    """hugetlb_no_page: the file's page (shared mappings, or a private read of a file's
    data), or a new zeroed page from the pool; a private write gets its own page at once
    (the copy-on-write done in the same fault, as Linux does)."""
    from pagelab.kernel.mm import fault as F
    from pagelab.kernel.mm.vma import VM_MAYSHARE, VM_WRITE, AnonVma
    from pagelab.mmu.pte import PTE_D
    hugetlb = mm.physmem.hugetlb
    file = vma.file
    if index * h.size >= file.i_size:
        return F.BUSERR                        # beyond the end of the file
    shared = bool(vma.flags & VM_MAYSHARE)
    if not shared and vma.hugetlb_resv is not None and vma.hugetlb_resv.unmapped:
        task = mm.kernel.current
        pid = task.pid if task is not None else 0
        mm.kernel.log(f"PID {pid} killed due to inadequate hugepage pool")
        return F.BUSERR
    store = access == F.STORE
    level = level_of(h)
    cached = file.pages.get(index)
    if cached is not None and (shared or not store):
        flags = F.vma_pte_flags(vma.flags, shared and bool(vma.flags & VM_WRITE))
        mm.map_huge(vpn, cached, flags | (PTE_D if store else 0), level, take_ref=True)
        return F.MINOR
    if shared:
        reserved = index in file.resv
    else:
        resv = vma.hugetlb_resv
        reserved = resv is not None and index in resv.pending
    pfn = hugetlb.alloc_huge_page(h, reserved)
    if pfn is None:
        return F.BUSERR                        # the pool is empty: SIGBUS, as on Linux
    if reserved:
        (file.resv if shared else vma.hugetlb_resv.pending).discard(index)
    if cached is not None:
        hugetlb.copy_page(h, pfn, cached)      # a private write to a file's page
    else:
        hugetlb.clear_page(h, pfn)
    if shared:
        hugetlb.add_to_file(file, index, pfn)
        writable = bool(vma.flags & VM_WRITE)
    else:
        if vma.anon_vma is None:
            vma.anon_vma = AnonVma()
        writable = store
    flags = F.vma_pte_flags(vma.flags, writable) | (PTE_D if store else 0)
    mm.map_huge(vpn, pfn, flags, level, take_ref=False)
    if mm.kernel.trace.enabled:
        trace.emit_mm(mm, trace.HugeAlloc, vpn << PAGE_SHIFT, pfn)
    return F.MINOR_HUGE if level == 1 else F.MINOR_GIGA     # (the page was zeroed or copied)


def _hugetlb_wp(mm, vma, h: HState, vpn: int, index: int, pte: int):
    """hugetlb_wp: a store to a read-only huge page of a writable mapping.  Shared: make it
    writable.  Private: reuse the page when this mapping is its only user (an anonymous
    page, not a file's), else copy it into a new pool page (SIGBUS if there is none)."""
    from pagelab.kernel.mm import fault as F
    from pagelab.kernel.mm.pte_ops import entry_pfn
    from pagelab.kernel.mm.vma import VM_MAYSHARE, AnonVma
    from pagelab.mmu.pte import PTE_A, PTE_D, PTE_R, PTE_W
    physmem = mm.physmem
    hugetlb = physmem.hugetlb
    if vma.flags & VM_MAYSHARE:
        mm.update_huge(vpn, set_bits=PTE_W | PTE_R | PTE_D | PTE_A)
        return F.MINOR
    old = entry_pfn(pte)
    idx = old - physmem.base_pfn
    if physmem.owner[idx] is None and physmem.refcount[idx] == 1:
        mm.update_huge(vpn, set_bits=PTE_W | PTE_R | PTE_D | PTE_A)
        return F.MINOR
    resv = vma.hugetlb_resv
    reserved = resv is not None and index in resv.pending
    new = hugetlb.alloc_huge_page(h, reserved)
    if new is None:
        if resv is not None and physmem.owner[idx] is None and \
                _unmap_ref_private(mm, vma, h, vpn, old):
            return _hugetlb_wp(mm, vma, h, vpn, index, mm.huge_entry(vpn)[0])
        return F.BUSERR
    if reserved:
        resv.pending.discard(index)
    hugetlb.copy_page(h, new, old)
    if vma.anon_vma is None:
        vma.anon_vma = AnonVma()
    mm.unmap_huge(vpn)
    mm.map_huge(vpn, new, F.vma_pte_flags(vma.flags, True) | PTE_D, level_of(h),
                take_ref=False)
    if mm.kernel.trace.enabled:
        trace.emit_mm(mm, trace.HugeAlloc, vpn << PAGE_SHIFT, new)
    return F.MINOR_HUGE if level_of(h) == 1 else F.MINOR_GIGA   # (the page was copied)


def _unmap_ref_private(mm, vma, h: HState, vpn: int, head: int) -> bool:
    """unmap_ref_private: the owner of a private mapping (the process that made it) must not
    fail its copy-on-write because forked children share the page and the pool is empty:
    the page is unmapped from the children's mappings, which are marked so that their next
    fault there is SIGBUS.  True if the owner is then the page's only user."""
    from pagelab.kernel.mm.vma import VM_MAYSHARE
    physmem = mm.physmem
    for other, first in list(physmem.compound_rmap.get(head - physmem.base_pfn, ())):
        if other is mm:
            continue
        other_vma = other.vma_at(first << PAGE_SHIFT)
        if other_vma is None or other_vma.flags & VM_MAYSHARE or other_vma.file is not vma.file:
            continue
        other.unmap_huge(first)
        if other_vma.hugetlb_resv is None:
            other_vma.hugetlb_resv = PrivateResv(h, (), unmapped=True)
        else:
            other_vma.hugetlb_resv.unmapped = True
    return physmem.refcount[head - physmem.base_pfn] == 1


def hugetlb_change_protection(mm, vma) -> None:
    """mprotect of a hugetlb VMA: rewrite each huge leaf's permissions from the VMA's flags.
    A private page becomes writable only if it is this mapping's alone (else the next store
    copies it).  PROT_NONE keeps the page mapped as a leaf the user cannot reach (no U bit,
    execute-only for the kernel, so copy_from_user refuses it too), since a huge leaf cannot
    be made invalid and keep its page."""
    from pagelab.kernel.mm import fault as F
    from pagelab.kernel.mm.pte_ops import entry_pfn
    from pagelab.kernel.mm.vma import VM_EXEC, VM_MAYSHARE, VM_READ, VM_WRITE
    from pagelab.mmu.pte import PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X
    physmem = mm.physmem
    perm = PTE_R | PTE_W | PTE_X | PTE_U
    for first, _ in mm._huge_leaves(vma.start >> PAGE_SHIFT, vma.end >> PAGE_SHIFT):
        pte = mm.huge_entry(first)[0]
        if not vma.flags & (VM_READ | VM_WRITE | VM_EXEC):
            new = PTE_V | PTE_X | PTE_A
        else:
            writable = False
            if vma.flags & VM_WRITE:
                if vma.flags & VM_MAYSHARE:
                    writable = True
                else:
                    idx = entry_pfn(pte) - physmem.base_pfn
                    writable = physmem.owner[idx] is None and physmem.refcount[idx] == 1
            new = F.vma_pte_flags(vma.flags, writable)
        if pte & perm != new & perm:
            mm.update_huge(first, set_bits=new & perm, clear_bits=perm & ~new)


def hugetlb_mremap(mm, vma, old: int, old_len: int, new_len: int, flags: int,
                   new_addr: int) -> int:
    """mremap of a hugetlb mapping, as Linux 6.1: the addresses must be huge-page aligned and
    the lengths are rounded up to the huge page size (EINVAL otherwise); growing is EINVAL
    (a reservation cannot follow); shrinking unmaps the tail; MREMAP_FIXED moves the leaves
    (the pages themselves stay where they are in RAM)."""
    from pagelab.kernel.errno import EFAULT, EINVAL
    from pagelab.kernel.mm.mmap import MREMAP_DONTUNMAP, MREMAP_FIXED
    size = vma.file.h.size
    old_len = (old_len + size - 1) & ~(size - 1)
    new_len = (new_len + size - 1) & ~(size - 1)
    if old & (size - 1) or (flags & MREMAP_FIXED and new_addr & (size - 1)):
        return -EINVAL
    if new_len > old_len or flags & MREMAP_DONTUNMAP:
        return -EINVAL
    if old + old_len > vma.end:
        return -EFAULT
    if flags & MREMAP_FIXED:
        if huge_unaligned(mm, new_addr, new_addr + new_len) or \
                huge_unaligned(mm, old, old + old_len):
            return -EINVAL
        mm._do_munmap(new_addr, new_addr + new_len)
        if old_len > new_len:
            mm._do_munmap(old + new_len, old + old_len)
        return _huge_move(mm, old, new_len, new_addr)
    if new_len < old_len:
        mm._do_munmap(old + new_len, old + old_len)
    return old


def _huge_move(mm, old: int, length: int, new_addr: int) -> int:
    """move_vma for hugetlb: a new VMA takes over the leaves (and the reservations)."""
    from pagelab.kernel.mm.pte_ops import entry_pfn
    from pagelab.mmu.pte import pte_flags
    vma = mm._isolate(old, old + length)[0]
    new = vma.copy()
    new.start, new.end = new_addr, new_addr + length
    mm._link(new)
    shift = (new_addr - old) >> PAGE_SHIFT
    for first, level in mm._huge_leaves(old >> PAGE_SHIFT, (old + length) >> PAGE_SHIFT):
        pte = mm.huge_entry(first)[0]
        pfn = entry_pfn(pte)
        mm.physmem.get_page(pfn)               # keep the page across the move
        mm.unmap_huge(first)
        mm.map_huge(first + shift, pfn, pte_flags(pte), level, take_ref=False)
    mm._unlink(vma, free_slab=True)
    mm.free_page_tables(old, old + length)
    return new_addr


def hugetlb_usage(mm) -> int:
    """Bytes of hugetlb pages this address space maps (status HugetlbPages)."""
    from pagelab.kernel.mm.vma import VM_HUGETLB
    total = 0
    for vma in mm.vmas:
        if vma.flags & VM_HUGETLB:
            for _, level in mm._huge_leaves(vma.start >> PAGE_SHIFT, vma.end >> PAGE_SHIFT):
                total += 1 << (PAGE_SHIFT + 9 * level)
    return total


def smaps_hugetlb(mm, vma) -> tuple[int, int]:
    """(Shared_Hugetlb, Private_Hugetlb) bytes of a hugetlb VMA (smaps_hugetlb_range): a page
    mapped more than once is shared."""
    from pagelab.kernel.mm.pte_ops import entry_pfn
    physmem = mm.physmem
    shared = private = 0
    for first, level in mm._huge_leaves(vma.start >> PAGE_SHIFT, vma.end >> PAGE_SHIFT):
        head = entry_pfn(mm.pages[first]) - physmem.base_pfn
        size = 1 << (PAGE_SHIFT + 9 * level)
        if physmem.compound_mapcount.get(head, 0) >= 2:
            shared += size
        else:
            private += size
    return shared, private


# --- boot --------------------------------------------------------------------------------------
def hugetlb_init(kernel) -> None:
    """Boot: the pools the command line asks for (kernel.cmdline), then --sysctl
    vm.nr_hugepages / vm.nr_overcommit_hugepages, the boot log lines, the /sys files."""
    physmem = kernel.physmem
    params = kernel.cmdline
    hugetlb = physmem.hugetlb
    hugetlb.default_size = params.default_hugepagesz
    configured = kernel.config.sysctl
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
    mount_hugetlbfs(kernel)


def mount_hugetlbfs(kernel) -> None:
    """The hugetlbfs mounted at boot on /dev/hugepages, of the default huge page size, as
    systemd mounts it (`kernel.fs.hugetlbfs`; /proc/mounts lists it)."""
    fs = kernel.fs
    from pagelab.kernel.fs.hugetlbfs import HugetlbfsDir
    hugetlb = kernel.physmem.hugetlb
    directory = HugetlbfsDir(hugetlb, hugetlb.default)
    fs.numbers.assign(directory)
    directory.numbers = fs.numbers
    fs.dev.add("hugepages", directory)
    fs.hugetlbfs = directory


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
    fs = kernel.fs
    hugetlb = kernel.physmem.hugetlb
    for h in hugetlb.hstates.values():
        base = f"{SYSFS_DIR}/{h.name}"

        def show(count):
            return lambda kernel: f"{count()}\n"

        def set_pool(kernel, count, h=h):
            hugetlb.set_max_huge_pages(h, count)
            return 0

        def set_overcommit(kernel, count, h=h):
            return hugetlb.set_overcommit(h, count)

        fs.sys.register(f"{base}/nr_hugepages", show(lambda h=h: h.nr_huge_pages),
                        _store(set_pool))
        fs.sys.register(f"{base}/nr_overcommit_hugepages",
                        show(lambda h=h: h.nr_overcommit_huge_pages), _store(set_overcommit))
        fs.sys.register(f"{base}/free_hugepages", show(lambda h=h: h.free_huge_pages))
        fs.sys.register(f"{base}/resv_hugepages", show(lambda h=h: h.resv_huge_pages))
        fs.sys.register(f"{base}/surplus_hugepages", show(lambda h=h: h.surplus_huge_pages))


# --- /proc/meminfo --------------------------------------------------------------------------------
def meminfo_lines(physmem) -> list[str]:
    """hugetlb_report_meminfo: the default pool's counts, its size, and every pool's memory."""
    hugetlb = physmem.hugetlb
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
