"""Physical memory: the buddy allocator, the frame table and the shared zero page.

Linux names: `mm/page_alloc.c` (buddy), `struct page` (frame table), `ZERO_PAGE`.
xv6 names: `kalloc`/`kfree` (xv6 has a free list of single pages; we keep blocks of 2^order).

All frames come from the machine's RAM array (`machine.ram`, DRAM at 0x8000_0000); the kernel
never uses host memory in place of a frame.  A frame is named by its physical frame number
`pfn = pa >> 12`.  Internally the frame table is indexed by `idx = pfn - base_pfn`.

The buddy allocator keeps one free list per order (0 .. MAX_ORDER = 18, i.e. 4 KiB .. 1 GiB).
A free block of order k starts at an index that is a multiple of 2^k; its buddy is the block
at `idx ^ (1 << k)`.  Allocating splits a larger block in halves and puts the upper halves
back; freeing merges a block with its buddy while the buddy is free and of the same order::

    order 2:  [ 0  1  2  3 ]            alloc order 0 from an order-2 block:
    order 1:  [ 0  1 ][ 2  3 ]          -> returns 0, frees [2 3] at order 1 and [1] at order 0
    order 0:  [0][1][2][3]

Per-frame metadata (parallel Python lists, indexed by idx; lists are the fastest thing for
the fault path to touch):
    use[idx]       what the frame holds (USE_* below)
    refcount[idx]  references: one per PTE mapping it, one for the page cache, one per pin
    mapcount[idx]  PTEs that map it (the zero page is never counted, as in Linux)
    flags[idx]     PG_* bits (dirty, referenced, mlocked, ...)
    rmap[idx]      reverse map: list of (mm, vpn) pairs whose PTE points here, or None
    owner[idx]     for page-cache and shmem frames: (object, index); else None

Compound pages (huge pages, Linux's compound pages): a block of 2^order frames allocated
with alloc_compound() is one page for reference counting.  Its first frame (the head, PG_HEAD)
holds all the references -- one per PMD/PUD mapping of the whole page, one per PTE mapping of
any of its 4 KiB subpages, one per pin -- and the other frames (tails, PG_TAIL) hold none:
get_page/put_page of a tail act on its head, and the whole block goes back to the buddy
allocator when the head's count reaches zero.  Mappings are counted apart:
    compound_mapcount[head]  the huge (PMD or PUD) mappings of the whole page
    compound_rmap[head]      their (mm, first vpn) pairs
    mapcount[idx], rmap[idx] the PTE mappings of subpage idx, as for any frame
so a THP that one process maps by a PMD and another (after a split) by 512 PTEs has
compound_mapcount 1, each subpage mapcount 1 and head refcount 513.  split_compound() turns a
compound page that no huge mapping uses any more into 2^order ordinary frames, each with the
references of its own PTEs (Linux split_huge_page).

When no block is free, the allocator first calls the registered shrinkers (the page cache
drops its unmapped pages), then reclaim proper (vmscan.py: mapped file pages, anonymous pages
to swap), and tries once more -- Linux's direct reclaim.  Only then does an allocation fail
(None): the fault handler turns that into OOM, the system calls into ENOMEM.

Counters: `events` holds the cumulative /proc/vmstat events (pgfault, pgalloc_normal, ...);
`committed` is Committed_AS in pages (overcommit accounting, reference §5); the nr_* gauges
back /proc/meminfo.
"""
from __future__ import annotations

from contextlib import contextmanager

from pagelab.mmu.pte import DRAM_BASE, PAGE_SHIFT, PAGE_SIZE

ZERO_PAGE_BYTES = bytes(PAGE_SIZE)

MAX_ORDER = 18                       # 2^18 frames = 1 GiB blocks

# What a frame holds.
USE_FREE = 0
USE_RESERVED = 1                     # never allocatable (firmware, kernel image, zero page)
USE_ANON = 2                         # private anonymous page (incl. COW copies)
USE_PAGECACHE = 3                    # a page of a regular file
USE_SHMEM = 4                        # shared anonymous memory (shmem object page)
USE_PAGETABLE = 5                    # a page-table page
USE_SLAB = 6                         # a slab of a kmem_cache
USE_KERNEL = 7                       # other kernel allocations
USE_HUGETLB = 8                      # a page of a hugetlb pool (hugetlb.py), free or mapped
USE_NAMES = ("free", "reserved", "anon", "pagecache", "shmem", "pagetable", "slab", "kernel",
             "hugetlb")

# Frame flags (a small subset of Linux's PG_*).
PG_DIRTY = 1 << 0                    # contents newer than the file (page cache / shmem)
PG_REFERENCED = 1 << 1
PG_MLOCKED = 1 << 2
PG_UPTODATE = 1 << 3
PG_ZERO = 1 << 4                     # this is the shared zero page
PG_LRU = 1 << 5                      # on one of vmscan's LRU lists
PG_ACTIVE = 1 << 6                   # on an active list (else inactive)
PG_SWAPCACHE = 1 << 7                # in the swap cache (owner[idx] is its swap entry)
PG_HEAD = 1 << 8                     # first frame of a compound page (a huge page)
PG_TAIL = 1 << 9                     # any other frame of a compound page


class PhysicalMemory:
    """The frame allocator and frame table over `machine.ram` (interfaces.md §6)."""

    def __init__(self, machine, reserved_frames: int = 0, ram_zeroed: bool = True):
        self.machine = machine
        self.ram = machine.ram
        self._ram_bytes = memoryview(self.ram)     # zeroing a frame through it is 3x faster
        self._invalidate_code = machine.invalidate_code     # freed code: drop its translations
        self._code_batch: list | None = None       # see batched_frees()
        # ram_zeroed: the machine's RAM is all zeros at boot (a new Machine's is: the host
        # gives it fresh anonymous memory, allocated on first touch).  Nothing is written
        # here, so host memory grows with the frames the guest uses, not with --mem.
        self.base_pfn = DRAM_BASE >> PAGE_SHIFT
        self.nframes = n = len(self.ram) >> PAGE_SHIFT
        self.use = [USE_FREE] * n
        self.refcount = [0] * n
        self.mapcount = [0] * n
        self.flags = [0] * n
        self.rmap: list = [None] * n
        self.owner: list = [None] * n
        # _free_order[idx] = k when idx heads a free block of order k, else -1.
        self._free_order = [-1] * n
        # pristine[idx] = 1 while a frame has never been freed since boot.  The guest and the
        # kernel write only into allocated frames, so a free pristine frame still holds the
        # zeros RAM had at boot (ram_zeroed): alloc_frame(zero=True) need not clear it (Windows
        # keeps such a "zeroed page list").  Without ram_zeroed nobody vouches for the
        # contents, and every frame is cleared.
        self._pristine = bytearray(b"\x01") * n if ram_zeroed else bytearray(n)
        # One dict per order used as an ordered set of block heads (O(1) removal of a buddy).
        self.free_lists: list[dict[int, None]] = [dict() for _ in range(MAX_ORDER + 1)]
        self.nr_free = 0
        # Callables that free memory on demand and return how much (the page cache adds one).
        self.shrinkers: list = []
        self.events: dict[str, int] = {
            "pgalloc_normal": 0, "pgfree": 0, "pgfault": 0, "pgmajfault": 0,
            "pgpgin": 0, "pgpgout": 0, "pswpin": 0, "pswpout": 0, "oom_kill": 0,
            "pgreuse": 0, "cow_copies": 0,
        }
        # Gauges kept up to date by the mm code (pages).  Read by meminfo/vmstat.
        self.nr_anon_pages = 0       # anon frames mapped by at least one PTE
        self.nr_mapped = 0           # file (page cache) frames mapped by at least one PTE
        self.nr_file_pages = 0       # page cache + shmem frames
        self.nr_shmem = 0
        self.nr_dirty = 0
        self.nr_page_table_pages = 0
        self.nr_mlock = 0
        self.committed = 0           # Committed_AS, pages
        self._next_asid = 1
        self.asid_generation = 0

        self.reserved = min(reserved_frames, n)
        self._build_free_lists(self.reserved, n)
        for idx in range(self.reserved):
            self.use[idx] = USE_RESERVED
        # The shared zero page (Linux ZERO_PAGE): mapped read-only wherever untouched anonymous
        # memory is read.  Never freed, never counted in mapcount/RSS.
        self.zero_pfn = self.alloc_frame(USE_RESERVED, zero=True)
        if self.zero_pfn is None:
            raise MemoryError("PhysicalMemory: RAM too small for the zero page")
        self.flags[self.zero_pfn - self.base_pfn] |= PG_ZERO
        self.events["pgalloc_normal"] = 0
        # init_admin_reserve / init_user_reserve: min(3% of free, 8 MiB / 128 MiB), in kB
        free_kb = self.nr_free << (PAGE_SHIFT - 10)
        self.admin_reserve_kbytes = min(free_kb // 32, 1 << 13)
        self.user_reserve_kbytes = min(free_kb // 32, 1 << 17)
        # the live address spaces, by their serial number (AddressSpace.serial), in creation order
        self.address_spaces: dict[int, object] = {}
        self.mm_serials = 0
        # Compound pages (see the module docstring), keyed by the head's idx.
        self.compound_order: dict[int, int] = {}
        self.compound_mapcount: dict[int, int] = {}
        self.compound_rmap: dict[int, list] = {}
        self.nr_anon_thps = 0        # anon compound pages mapped by a PMD (AnonHugePages)
        self.huge_zero_pfn: int | None = None   # the huge zero page, made on first use
        self.vdso_pfn: int | None = None        # the [vdso] page every process maps, on first use
        from pagelab.kernel.mm.slab import SlabAllocator
        self.slabs = SlabAllocator(self)
        from pagelab.kernel.mm.swap import SwapSpace
        from pagelab.kernel.mm.vmscan import Reclaimer
        self.swap = SwapSpace(self)
        self.vmscan = Reclaimer(self)
        from pagelab.kernel.mm.hugetlb import Hugetlb
        self.hugetlb = Hugetlb(self)             # the hugetlb pools (filled at boot)
        from pagelab.kernel.mm.huge_memory import ThpSettings
        from pagelab.kernel.mm.khugepaged import Khugepaged
        self.thp = ThpSettings()                 # transparent huge pages (huge_memory.py)
        self.khugepaged = Khugepaged(self)

    # --- buddy allocator -------------------------------------------------------------------

    def _build_free_lists(self, start: int, end: int) -> None:
        idx = start
        while idx < end:
            order = MAX_ORDER
            while order and (idx & ((1 << order) - 1) or idx + (1 << order) > end):
                order -= 1
            self._add_free(idx, order)
            idx += 1 << order

    def _add_free(self, idx: int, order: int) -> None:
        self.free_lists[order][idx] = None
        self._free_order[idx] = order
        self.nr_free += 1 << order

    def _merge_free(self, idx: int, order: int) -> None:
        """Put the free block of 2^order frames at `idx` on the free lists, merged with its free
        buddies into the largest block they make (the buddy allocator's free rule)."""
        free_order, free_lists, n = self._free_order, self.free_lists, self.nframes
        while order < MAX_ORDER:
            buddy = idx ^ (1 << order)
            if buddy >= n or free_order[buddy] != order:
                break
            del free_lists[order][buddy]
            free_order[buddy] = -1
            self.nr_free -= 1 << order
            idx &= ~(1 << order)
            order += 1
        free_lists[order][idx] = None            # _add_free(idx, order), inlined
        free_order[idx] = order
        self.nr_free += 1 << order

    def alloc_pages(self, order: int, use: int = USE_KERNEL) -> int | None:
        """Allocate 2^order contiguous frames; return the first pfn, or None when none is free.

        Each frame of the block gets `use` and refcount 1 (head) / 0 (tails); contents are
        not cleared.
        """
        if not 0 <= order <= MAX_ORDER:
            return None
        lists = self.free_lists
        k = order
        while k <= MAX_ORDER and not lists[k]:
            k += 1
        if k > MAX_ORDER:
            # Out of free blocks: let the shrinkers give back what can be dropped at once
            # (clean, unmapped page-cache pages), then try once more.  Linux: direct reclaim.
            if not any(shrink() for shrink in self.shrinkers) and \
                    not self.vmscan.direct_reclaim(1 << order):
                return None
            k = order
            while k <= MAX_ORDER and not lists[k]:
                k += 1
            if k > MAX_ORDER:
                return None
        idx, _ = lists[k].popitem()
        self._free_order[idx] = -1
        self.nr_free -= 1 << k
        while k > order:                 # split: keep the lower half, free the upper half
            k -= 1
            self._add_free(idx + (1 << k), k)
        for i in range(idx, idx + (1 << order)):
            self.use[i] = use
        self.refcount[idx] = 1
        self.events["pgalloc_normal"] += 1 << order
        return idx + self.base_pfn

    def free_pages(self, pfn: int, order: int = 0) -> None:
        """Return a block from alloc_pages to the allocator, merging it with free buddies."""
        idx = pfn - self.base_pfn
        if not 0 <= idx < self.nframes or self.use[idx] in (USE_FREE, USE_RESERVED):
            raise RuntimeError(f"free_pages: bad or free frame {pfn:#x}")
        if order == 0:                   # one frame (the usual case: unmap, exit)
            if self.flags[idx] & PG_LRU:
                self.vmscan.lru_del(pfn)
            self.use[idx] = USE_FREE
            self.refcount[idx] = self.mapcount[idx] = self.flags[idx] = 0
            self.rmap[idx] = self.owner[idx] = None
            self._pristine[idx] = 0
        else:
            for i in range(idx, idx + (1 << order)):
                if self.flags[i] & PG_LRU:
                    self.vmscan.lru_del(i + self.base_pfn)
                self.use[i] = USE_FREE
                self.refcount[i] = 0
                self.mapcount[i] = 0
                self.flags[i] = 0
                self.rmap[i] = None
                self.owner[i] = None
                self._pristine[i] = 0
        self.events["pgfree"] += 1 << order
        # A freed frame may have held code the CPU pre-decoded: forget it, so a frame is
        # always "clean" when handed out again (the kernel's later writes into fresh frames
        # -- zeroing, copying, reading a file -- then need no invalidation).
        if self._invalidate_code is not None:
            if self._code_batch is not None:
                if order == 0:
                    self._code_batch.append(pfn)
                else:
                    self._code_batch.extend(range(pfn, pfn + (1 << order)))
            else:
                self._invalidate_code(pfn << PAGE_SHIFT, PAGE_SIZE << order)
        self._merge_free(idx, order)

    @contextmanager
    def batched_frees(self):
        """Inside this block, frames freed drop their pre-decoded code all at once when the
        block ends (adjacent frames merged into one range), instead of one Machine call per
        frame -- for exit and exec, which free thousands of frames.  Safe because no guest
        instruction runs inside the block.  Blocks may nest (the outermost one flushes)."""
        if self._code_batch is not None:
            yield
            return
        self._code_batch = batch = []
        try:
            yield
        finally:
            self._code_batch = None
            if batch and self._invalidate_code is not None:
                batch.sort()                     # frame numbers; runs of adjacent ones merge
                start = end = batch[0]
                for pfn in batch:
                    if pfn > end:
                        self._invalidate_code(start << PAGE_SHIFT, (end - start) << PAGE_SHIFT)
                        start = pfn
                    end = pfn + 1
                self._invalidate_code(start << PAGE_SHIFT, (end - start) << PAGE_SHIFT)

    def alloc_frame(self, use: int = USE_ANON, zero: bool = False) -> int | None:
        """Allocate one 4 KiB frame (refcount 1).  `zero` clears it.  None when RAM is full.

        This is the fault path's allocator: order 0 is served straight from its free list.
        """
        lst = self.free_lists[0]
        if lst:
            idx, _ = lst.popitem()
            self._free_order[idx] = -1
            self.nr_free -= 1
            self.use[idx] = use
            self.refcount[idx] = 1
            self.events["pgalloc_normal"] += 1
            pfn = idx + self.base_pfn
        else:
            pfn = self.alloc_pages(0, use)
            if pfn is None:
                return None
            idx = pfn - self.base_pfn
        if zero and not self._pristine[idx]:        # (a pristine frame holds zeros already)
            off = idx << PAGE_SHIFT
            self._ram_bytes[off:off + PAGE_SIZE] = ZERO_PAGE_BYTES
        return pfn

    def take_frames(self, count: int) -> tuple[list[int], list[int], list[tuple[int, int]]]:
        """alloc_frame(USE_ANON) up to `count` times in a row, never reclaiming (stops early
        when nothing is free), for the demand-zero fast path's ring (kernel/mm/fastfault.py).
        Returns the frames, in the order alloc_frame would have handed them out; for each, 1
        if it must be cleared before use (what alloc_frame(zero=True) would have done: the
        user clears it, so that a frame given back keeps its contents); and a record for
        give_back_frames."""
        lists, free_order, base = self.free_lists, self._free_order, self.base_pfn
        use, refcount, pristine = self.use, self.refcount, self._pristine
        frames: list[int] = []
        dirty: list[int] = []
        record: list[tuple[int, int]] = []
        for _ in range(count):
            k = 0                                    # (alloc_pages' search and split)
            while k <= MAX_ORDER and not lists[k]:
                k += 1
            if k > MAX_ORDER:
                break
            idx, _ = lists[k].popitem()
            free_order[idx] = -1
            self.nr_free -= 1
            split = k
            while split > 0:
                split -= 1
                half = idx + (1 << split)            # (_add_free, inlined; nr_free above)
                lists[split][half] = None
                free_order[half] = split
            use[idx] = USE_ANON
            refcount[idx] = 1
            frames.append(idx + base)
            dirty.append(0 if pristine[idx] else 1)
            record.append((idx, k))
        self.events["pgalloc_normal"] += len(frames)
        return frames, dirty, record

    def give_back_frames(self, record: list[tuple[int, int]], keep: int) -> None:
        """Undo the allocations of take_frames after the first `keep`, newest first: each
        block goes back to the end of its free list (popitem took it from there) and the
        halves its split added come off the ends of theirs, so the free lists, their order and
        every counter are as if those frames had never been taken."""
        lists, free_order = self.free_lists, self._free_order
        for idx, k in reversed(record[keep:]):
            for split in range(k):
                half = idx + (1 << split)
                del lists[split][half]
                free_order[half] = -1
                self.nr_free -= 1 << split
            lists[k][idx] = None
            free_order[idx] = k
            self.nr_free += 1 << k
            self.use[idx] = USE_FREE
            self.refcount[idx] = 0
            self.events["pgalloc_normal"] -= 1

    def alloc_frame_noreclaim(self, use: int = USE_ANON) -> int | None:
        """alloc_frame that fails rather than reclaim (readahead: only if memory is free)."""
        if not any(self.free_lists):
            return None
        return self.alloc_frame(use)

    def get_page(self, pfn: int) -> None:
        """Take one more reference on a frame (Linux get_page); a tail's goes to its head."""
        idx = pfn - self.base_pfn
        if self.flags[idx] & PG_TAIL:
            idx = self.compound_head_idx(idx)
        self.refcount[idx] += 1

    def put_page(self, pfn: int) -> bool:
        """Drop a reference; the frame (a compound page: its whole block) returns to the buddy
        allocator at zero.  True if freed."""
        idx = pfn - self.base_pfn
        if self.flags[idx] & (PG_HEAD | PG_TAIL):
            return self._put_compound(self.compound_head_idx(idx))
        self.refcount[idx] -= 1
        if self.refcount[idx] <= 0:
            if self.use[idx] == USE_RESERVED:
                self.refcount[idx] = 0
                return False
            self.free_pages(pfn, 0)
            return True
        return False

    def put_pages(self, pfns) -> None:
        """put_page for each frame of `pfns`, in order (an exiting process's frames).  The
        frames that reach zero are freed as free_pages(pfn, 0) frees them, with that code
        inlined here (exit frees every frame of the process in one go); the result -- free
        lists, their order, counters, LRU lists -- is the same."""
        refcount, use, base = self.refcount, self.use, self.base_pfn
        mapcount, flags, rmap, owner = self.mapcount, self.flags, self.rmap, self.owner
        pristine, merge_free = self._pristine, self._merge_free
        vmscan = self.vmscan
        inactive_anon, active_anon = vmscan.inactive["anon"], vmscan.active["anon"]
        simple_lru = vmscan.tracker is None and not vmscan.lazyfree
        batch = self._code_batch if self._invalidate_code is not None else None
        n = self.nframes
        freed = 0
        for pfn in pfns:
            idx = pfn - base
            if flags[idx] & (PG_HEAD | PG_TAIL):
                self._put_compound(self.compound_head_idx(idx))
                continue
            count = refcount[idx] - 1
            refcount[idx] = count
            if count > 0:
                continue
            kind = use[idx]
            if kind == USE_RESERVED:
                refcount[idx] = 0
                continue
            if batch is None or not 0 <= idx < n or kind == USE_FREE:
                self.free_pages(pfn, 0)           # the general case (and its checks)
                continue
            # --- free_pages(pfn, 0), inlined --------------------------------------------
            frame_flags = flags[idx]
            if frame_flags & PG_LRU:
                if simple_lru and kind == USE_ANON:       # (vmscan.lru_del, inlined)
                    (active_anon if frame_flags & PG_ACTIVE else inactive_anon).pop(pfn, None)
                else:
                    vmscan.lru_del(pfn)
            use[idx] = USE_FREE
            refcount[idx] = mapcount[idx] = flags[idx] = 0
            rmap[idx] = owner[idx] = None
            pristine[idx] = 0
            freed += 1
            batch.append(pfn)
            merge_free(idx, 0)
        self.events["pgfree"] += freed

    # --- compound pages (huge pages; see the module docstring) ----------------------------

    def alloc_compound(self, order: int, use: int = USE_ANON, zero: bool = False) -> int | None:
        """Allocate a compound page of 2^order frames (naturally aligned): the head pfn with
        refcount 1 (the caller's), or None when no free block of that order exists.  Unlike
        alloc_frame it never reclaims: a huge page is an opportunity, and the caller falls
        back to small pages (Linux GFP_TRANSHUGE_LIGHT without defrag).  It leaves the high
        watermark's pages free: a pool grown to "as many as fit" must not take the memory the
        running programs need.  (Linux lets such an allocation go down to the min watermark and
        relies on kswapd; pagelab's reclaim does not protect running programs' text the way
        Linux's does -- VM_EXEC pages stay active -- so below high it would thrash.)"""
        if not 1 <= order <= MAX_ORDER or not any(self.free_lists[order:]):
            return None
        if self.nr_free - (1 << order) < self.vmscan.watermarks()[2]:
            return None
        pfn = self.alloc_pages(order, use)
        if pfn is None:
            return None
        idx = pfn - self.base_pfn
        flags = self.flags
        flags[idx] |= PG_HEAD
        for i in range(idx + 1, idx + (1 << order)):
            flags[i] |= PG_TAIL
        self.compound_order[idx] = order
        self.compound_mapcount[idx] = 0
        self.compound_rmap[idx] = []
        if zero:
            off = idx << PAGE_SHIFT
            pristine = self._pristine
            if not all(pristine[idx:idx + (1 << order)]):
                self.ram[off:off + (PAGE_SIZE << order)] = 0
        return pfn

    def compound_head_idx(self, idx: int) -> int:
        """The idx of the head of the compound page holding frame idx (idx itself for a
        head or an ordinary frame)."""
        if not self.flags[idx] & PG_TAIL:
            return idx
        for order in sorted(set(self.compound_order.values())):
            head = idx & ~((1 << order) - 1)
            if self.compound_order.get(head) == order:
                return head
        raise RuntimeError(f"compound_head: tail frame {idx + self.base_pfn:#x} has no head")

    def compound_head(self, pfn: int) -> int:
        """The head pfn of the compound page holding `pfn` (pfn itself if not compound)."""
        return self.compound_head_idx(pfn - self.base_pfn) + self.base_pfn

    def compound_order_of(self, pfn: int) -> int:
        """The order of the compound page whose head is `pfn`; 0 for an ordinary frame."""
        return self.compound_order.get(pfn - self.base_pfn, 0)

    def _put_compound(self, head: int) -> bool:
        refcount = self.refcount
        refcount[head] -= 1
        if refcount[head] > 0:
            return False
        if self.use[head] == USE_RESERVED:
            refcount[head] = 0
            return False
        if self.use[head] == USE_HUGETLB and self.hugetlb.free_huge_page(head + self.base_pfn):
            return True                         # back in its hugetlb pool (hugetlb.py)
        order = self.compound_order.pop(head)
        self.compound_mapcount.pop(head, None)
        self.compound_rmap.pop(head, None)
        self.free_pages(head + self.base_pfn, order)    # clears PG_HEAD / PG_TAIL
        return True

    def split_compound(self, pfn: int) -> bool:
        """Turn the compound page headed by `pfn` into 2^order ordinary frames (Linux
        split_huge_page), when no huge mapping uses it and every reference is a PTE mapping
        (else False, nothing changed).  Each subpage keeps the references of its own PTEs;
        a subpage no PTE maps is freed.  A head on an LRU list leaves its mapped subpages on
        that list (active or inactive), as Linux's lru_add_page_tail."""
        head = pfn - self.base_pfn
        order = self.compound_order.get(head)
        if order is None or self.compound_mapcount.get(head, 0):
            return False
        n = 1 << order
        mapcount, refcount, flags = self.mapcount, self.refcount, self.flags
        if refcount[head] != sum(mapcount[head:head + n]):
            return False                        # pinned (swap cache, a fault in progress)
        head_flags = flags[head]
        vmscan = self.vmscan
        if head_flags & PG_LRU:
            vmscan.lru_del(pfn)
        del self.compound_order[head]
        self.compound_mapcount.pop(head, None)
        self.compound_rmap.pop(head, None)
        keep = head_flags & (PG_DIRTY | PG_REFERENCED | PG_MLOCKED | PG_UPTODATE)
        free = []
        for i in range(head, head + n):
            flags[i] = (flags[i] & ~(PG_HEAD | PG_TAIL)) | keep
            refcount[i] = mapcount[i]
            if mapcount[i]:
                if head_flags & PG_LRU:
                    anon = self.use[i] == USE_ANON
                    if head_flags & PG_ACTIVE:
                        vmscan.move_to_active(i + self.base_pfn, "anon" if anon else "file")
                    else:
                        vmscan.lru_add(i + self.base_pfn, anon)
            else:
                refcount[i] = 1
                free.append(i + self.base_pfn)
        self.put_pages(free)
        return True

    # --- helpers -----------------------------------------------------------------------------

    def frame_offset(self, pfn: int) -> int:
        """Byte offset of a frame in machine.ram."""
        return (pfn - self.base_pfn) << PAGE_SHIFT

    def frame_pa(self, pfn: int) -> int:
        return pfn << PAGE_SHIFT

    def read_frame(self, pfn: int) -> bytes:
        off = (pfn - self.base_pfn) << PAGE_SHIFT
        return self.ram[off:off + PAGE_SIZE].tobytes()

    def copy_frame(self, dst_pfn: int, src_pfn: int) -> None:
        d = (dst_pfn - self.base_pfn) << PAGE_SHIFT
        s = (src_pfn - self.base_pfn) << PAGE_SHIFT
        self.ram[d:d + PAGE_SIZE] = self.ram[s:s + PAGE_SIZE]

    def fill_new_frame(self, pfn: int, data) -> None:
        """Write a whole frame just allocated (swap-in): no decoded code to drop, since a
        frame is clean when handed out (see free_pages)."""
        off = (pfn - self.base_pfn) << PAGE_SHIFT
        self._ram_bytes[off:off + PAGE_SIZE] = data

    def write_frame_bytes(self, offset: int, data) -> None:
        """Kernel write into a live frame (RAM byte offset): drops any decoded code there."""
        self.ram[offset:offset + len(data)] = data
        if self._invalidate_code is not None:
            self._invalidate_code(DRAM_BASE + offset, len(data))

    def use_of(self, pfn: int) -> int:
        return self.use[pfn - self.base_pfn]

    def new_asid(self) -> int:
        """A fresh address-space id (1..65535).  ASIDs are handed out in order and not reused
        until the 16-bit space wraps; the wrap flushes every TLB entry, so a dead address
        space never needs a flush of its own.  After a wrap, ids still held by live address
        spaces are skipped."""
        live = None
        while True:
            asid = self._next_asid
            self._next_asid += 1
            if self._next_asid > 0xFFFF:
                self._next_asid = 1
                self.asid_generation += 1
                from pagelab.kernel.mm.pte_ops import flush_every_asid
                flush_every_asid(self.machine)
            if self.asid_generation == 0:
                return asid
            if live is None:
                live = {mm.asid for mm in self.address_spaces.values()}
            if asid not in live:
                return asid

    @property
    def total_pages(self) -> int:
        """MemTotal in pages: all RAM minus reserved frames (Linux totalram_pages)."""
        return self.nframes - self.reserved - 1     # the zero page is reserved too

    def buddyinfo(self) -> list[int]:
        """Free blocks per order (the numbers of /proc/buddyinfo)."""
        return [len(lst) for lst in self.free_lists]
