"""Swap: swap areas, slot counts, the swap cache and swap-in (Linux mm/swapfile.c,
mm/swap_state.c, mm/memory.c do_swap_page).

A swap area is a host-side store of page-sized slots (the "disk": pagelab keeps only the
slots in use, in a dict).  Slot 0 holds the swap header, as on Linux, so an area of N pages
offers N - 1 slots.  Areas are numbered by type (0..31) as `swapon` enables them; the PTE of
a page that was moved out holds a swap entry naming (type, slot) (mmu/pte.py).

    swap_map[slot]   how many swap entries (in any page table, or a shmem object) name the
                     slot.  Fork duplicates entries (+1), munmap/exit/swap-in drop them.  The
                     slot is in use while its count is above 0 or the swap cache holds a page
                     for it (Linux's SWAP_HAS_CACHE), and free when both are gone.
    swap cache       slot -> frame, for a page that is both in RAM and in its slot: after a
                     swap-in (a page shared by fork is read once; the other sharers find it
                     here, a minor fault), and for readahead.  The cache holds one reference
                     on the frame; the page leaves the cache when reclaim takes it, or when its
                     slot is freed (try_to_free_swap, below).

Swap-in keeps the slot (Linux 6.1 do_swap_page).  A page read back on a read fault stays in the
swap cache and keeps its slot, mapped read-only: while nobody writes it, the copy in the slot
is still good, and reclaim can drop the page again without writing it (no pswpout).  The slot is
let go -- try_to_free_swap: only when no swap entry names it any more -- when
  * the fault is a write and the page is this mapping's alone (should_try_to_free_swap);
  * swap is more than half full (vm_swap_full: free slots * 2 < total), or the VMA is mlocked;
  * a write fault finds the read-only page later, mapped there alone (do_wp_page, before it
    reuses the page; a page still shared is copied and keeps its slot);
  * the last mapping of the page goes (munmap, exit: Linux free_swap_cache).
A swap-cache page whose PTE was dirtied anyway is written to its slot again when reclaimed.

Only this module reads or writes slots.  Reclaim (vmscan.py) calls `get_slot` and `write`;
the fault handler calls `swapin_page`.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from pagelab.kernel.sysctl import sysctl_int
from pagelab.kernel.mm.fault import vma_pte_flags
from pagelab.kernel.mm.physmem import PG_SWAPCACHE, USE_ANON
from pagelab.kernel.mm.vma import VM_EXEC, VM_LOCKED, VM_READ, VM_WRITE
from pagelab.mmu.pte import (MAX_SWAPFILES, PAGE_SHIFT, PAGE_SIZE, PTE_D, PTE_R, PTE_SWP, PTE_V,
                             PTE_W, PTE_X, SWP_OFFSET_SHIFT, SWP_TYPE_MASK, SWP_TYPE_SHIFT,
                             is_swap_pte, swp_entry, swp_offset, swp_type)

ZERO_PAGE = bytes(PAGE_SIZE)


@dataclass
class SwapArea:
    """One enabled swap area: `npages` pages including the header slot 0."""
    type: int
    path: str
    npages: int
    priority: int
    partition: bool = True
    swap_map: list = field(default_factory=list)
    data: dict = field(default_factory=dict)        # slot -> page bytes (the host-side store)
    inuse: int = 0
    writeok: bool = True                            # cleared while swapoff empties the area
    _free: list = field(default_factory=list)      # freed slots, a heap: lowest reused first
    _next: int = 1                                  # first never-used slot

    def __post_init__(self):
        self.swap_map = [0] * self.npages

    @property
    def pages(self) -> int:
        """Usable slots (Linux si->pages): all but the header."""
        return self.npages - 1

    def alloc_slot(self) -> int | None:
        if self._free:
            slot = heapq.heappop(self._free)    # deterministic, low slots first
        elif self._next < self.npages:
            slot = self._next
            self._next += 1
        else:
            return None
        self.swap_map[slot] = 0
        self.inuse += 1
        return slot

    def release_slot(self, slot: int) -> None:
        self.data.pop(slot, None)
        self.inuse -= 1
        heapq.heappush(self._free, slot)


class SwapSpace:
    """Every swap area of one kernel, the slot counts and the swap cache (lives in physmem)."""

    def __init__(self, physmem):
        self.physmem = physmem
        self.areas: list[SwapArea | None] = []
        self.cache: dict[int, int] = {}             # swap entry -> pfn
        self.devices: dict[str, int] = {}           # swap devices the machine has: path -> pages
        self._least_priority = -1

    # --- areas ------------------------------------------------------------------------------

    def swapon(self, path: str, npages: int, priority: int | None = None,
               partition: bool = True) -> SwapArea:
        """Enable a swap area of `npages` pages (header included).  Raises ValueError when it
        is too small or every type is taken."""
        if npages < 2:
            raise ValueError("swapon: a swap area needs at least two pages (header + 1 slot)")
        for area in self.areas:
            if area is not None and area.path == path:
                raise ValueError(f"swapon: {path} is already in use")
        free = [i for i, a in enumerate(self.areas) if a is None]
        if free:
            type_ = free[0]
        elif len(self.areas) < MAX_SWAPFILES:
            type_ = len(self.areas)
            self.areas.append(None)
        else:
            raise ValueError("swapon: too many swap areas")
        if priority is None or priority < 0:
            self._least_priority -= 1
            priority = self._least_priority
        area = SwapArea(type_, path, npages, priority, partition)
        self.areas[type_] = area
        return area

    def area_by_path(self, path: str) -> SwapArea | None:
        for area in self.areas:
            if area is not None and area.path == path:
                return area
        return None

    def remove_area(self, area: SwapArea) -> None:
        """Forget an area swapoff emptied (no slot may be in use)."""
        if area.inuse:
            raise RuntimeError("remove_area: slots still in use")
        self.areas[area.type] = None
        if area.priority < 0:
            # Linux gives the next area the freed priority back
            self._least_priority += 1

    @property
    def active(self) -> list[SwapArea]:
        return [a for a in self.areas if a is not None]

    @property
    def total_pages(self) -> int:
        """SwapTotal in pages."""
        return sum(a.pages for a in self.areas if a is not None)

    @property
    def free_pages(self) -> int:
        """SwapFree in pages (slots of areas still accepting pages; Linux counts only those)."""
        free = 0
        for a in self.areas:
            if a is not None and a.writeok:
                free += a.pages - a.inuse
        return free

    @property
    def used_pages(self) -> int:
        return sum(a.inuse for a in self.areas if a is not None)

    # --- slots ------------------------------------------------------------------------------

    def get_slot(self) -> int | None:
        """A free slot as a swap entry (map count 0), from the highest-priority area that has
        one, or None when swap is full or absent."""
        best = None
        for area in self.areas:
            if area is not None and area.writeok and area.inuse < area.pages and \
                    (best is None or area.priority > best.priority):
                best = area
        if best is None:
            return None
        # (swp_entry, inlined: the type and slot are in range by construction)
        return (best.alloc_slot() << SWP_OFFSET_SHIFT) | (best.type << SWP_TYPE_SHIFT) | PTE_SWP

    def store(self, pfn: int, count: int) -> int | None:
        """Reclaim's swap-out of a page not in the swap cache: a free slot (get_slot) with map
        count `count`, the frame's contents written to it (pswpout, pgpgout).  The swap entry,
        or None when swap is full."""
        entry = self.get_slot()
        if entry is None:
            return None
        area = self.areas[(entry >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK]
        slot = entry >> SWP_OFFSET_SHIFT
        area.swap_map[slot] = count
        area.data[slot] = self.physmem.read_frame(pfn)
        events = self.physmem.events
        events["pswpout"] += 1
        events["pgpgout"] += PAGE_SIZE >> 10
        return entry

    def hold(self, entry: int, n: int = 1) -> bool:
        """Reclaim of a swap-cache page: n more entries will name its slot (dup).  False, and
        nothing counted, while swapoff is emptying the area."""
        area = self.areas[(entry >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK]
        if not area.writeok:
            return False
        area.swap_map[entry >> SWP_OFFSET_SHIFT] += n
        return True

    def area_of(self, entry: int) -> SwapArea:
        """The swap area a swap entry names."""
        return self._area(entry)

    def _area(self, entry: int) -> SwapArea:
        kind = (entry >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK           # (swp_type, inlined)
        area = self.areas[kind] if kind < len(self.areas) else None
        if area is None:
            raise RuntimeError(f"swap entry {entry:#x} names no swap area")
        return area

    def count(self, entry: int) -> int:
        """How many page-table entries name this slot (Linux swap_count)."""
        return self._area(entry).swap_map[swp_offset(entry)]

    def dup(self, entry: int, n: int = 1) -> None:
        """n more entries name the slot (fork; reclaim of a page mapped n times)."""
        self._area(entry).swap_map[swp_offset(entry)] += n

    def free(self, entry: int) -> None:
        """One entry naming the slot is gone (munmap, exit, a shmem swap-in).  At zero the slot
        is released, unless the swap cache holds a page for it that is still mapped somewhere
        (then the slot goes with the page: try_to_free_swap); an unmapped cached page (read
        ahead) leaves the cache with it (Linux swap_free)."""
        area = self._area(entry)
        slot = swp_offset(entry)
        count = area.swap_map[slot] - 1
        area.swap_map[slot] = count
        if count > 0:
            return
        if count < 0:
            raise RuntimeError(f"swap_free: slot {slot} of area {area.type} was free")
        pfn = self.cache.get(entry)
        if pfn is None:
            area.release_slot(slot)
        elif not self.physmem.mapcount[pfn - self.physmem.base_pfn]:
            self.delete_from_cache(pfn)                  # (releases the slot)

    def try_to_free_swap(self, pfn: int) -> bool:
        """Take a swap-cache page out of the cache and free its slot, if no swap entry names
        the slot any more (Linux folio_free_swap).  True if it did."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if not physmem.flags[idx] & PG_SWAPCACHE:
            return False                                 # (left the cache meanwhile)
        entry = physmem.owner[idx]
        if self._area(entry).swap_map[entry >> SWP_OFFSET_SHIFT]:
            return False
        self.delete_from_cache(pfn)
        return True

    def swap_full(self) -> bool:
        """More than half of all swap is in use (Linux vm_swap_full)."""
        free = total = 0
        for a in self.areas:
            if a is not None:
                total += a.pages
                if a.writeok:
                    free += a.pages - a.inuse
        return free * 2 < total

    def free_entries(self, entries: list[int]) -> None:
        """free() for each swap entry of `entries`, in order (an exiting process's)."""
        free = self.free
        for entry in entries:
            free(entry)

    def write(self, entry: int, data: bytes) -> None:
        """Write one page to its slot (swap_writepage): pswpout, pgpgout."""
        self._area(entry).data[swp_offset(entry)] = bytes(data)
        events = self.physmem.events
        events["pswpout"] += 1
        events["pgpgout"] += PAGE_SIZE >> 10

    def read(self, entry: int) -> bytes:
        """Read one page from its slot (swap_readpage): pswpin, pgpgin."""
        events = self.physmem.events
        events["pswpin"] += 1
        events["pgpgin"] += PAGE_SIZE >> 10
        return self._area(entry).data.get(swp_offset(entry), ZERO_PAGE)

    def peek(self, entry: int) -> bytes:
        """The page a swap entry holds, from the swap cache or the slot, without I/O
        accounting (core dumps, /proc readers)."""
        pfn = self.cache.get(entry)
        if pfn is not None:
            return self.physmem.read_frame(pfn)
        return self._area(entry).data.get(swp_offset(entry), ZERO_PAGE)

    # --- the swap cache ---------------------------------------------------------------------

    def add_to_cache(self, entry: int, pfn: int) -> None:
        """The frame holds the slot's data; the cache takes a reference."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        physmem.refcount[idx] += 1
        physmem.flags[idx] |= PG_SWAPCACHE
        physmem.owner[idx] = entry
        self.cache[entry] = pfn

    def delete_from_cache(self, pfn: int, put: bool = True) -> None:
        """Take a page out of the swap cache and drop the cache's reference (unless `put` is
        False: the caller drops it); its slot is released too if no swap entry names it."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        entry = physmem.owner[idx]
        self.cache.pop(entry, None)
        physmem.flags[idx] &= ~PG_SWAPCACHE
        physmem.owner[idx] = None
        area = self._area(entry)
        slot = swp_offset(entry)
        if not area.swap_map[slot]:
            area.release_slot(slot)
        if put:
            physmem.put_page(pfn)

    @property
    def nr_cached(self) -> int:
        return len(self.cache)

    # --- swap-in ----------------------------------------------------------------------------

    def read_into_new_frame(self, entry: int, reclaim: bool = True) -> int | None:
        """A frame holding the slot's data, in the swap cache (its reference is the cache's),
        on the inactive anon list.  None when no frame can be had."""
        physmem = self.physmem
        if reclaim:
            pfn = physmem.alloc_frame(USE_ANON)
        else:
            pfn = physmem.alloc_frame_noreclaim(USE_ANON)
        if pfn is None:
            return None
        area = self.areas[(entry >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK]   # (read, inlined)
        events = physmem.events
        events["pswpin"] += 1
        events["pgpgin"] += PAGE_SIZE >> 10
        physmem.fill_new_frame(pfn, area.data.get(entry >> SWP_OFFSET_SHIFT, ZERO_PAGE))
        idx = pfn - physmem.base_pfn            # add_to_cache, the allocation's reference
        physmem.flags[idx] |= PG_SWAPCACHE      # becoming the cache's (the only one)
        physmem.owner[idx] = entry
        self.cache[entry] = pfn
        physmem.vmscan.lru_add(pfn, True)
        return pfn

    def readahead(self, entry: int, cluster_pages: int) -> None:
        """Read the in-use slots of the aligned cluster around `entry` into the swap cache
        (Linux swap_cluster_readahead, 2^vm.page-cluster pages); stops when RAM is short."""
        if cluster_pages <= 1:
            return
        area = self._area(entry)
        slot = swp_offset(entry)
        first = max(1, slot & ~(cluster_pages - 1))
        for other in range(first, min(area.npages, (slot & ~(cluster_pages - 1)) +
                                      cluster_pages)):
            if other == slot or area.swap_map[other] == 0:
                continue
            neighbour = swp_entry(area.type, other)
            if neighbour in self.cache:
                continue
            if self.read_into_new_frame(neighbour, reclaim=False) is None:
                break


def swapin_page(mm, vma, vpn: int, entry: int, write: bool):
    """Bring the page of swap entry `entry` back at `vpn` of `mm` (do_swap_page): from the
    swap cache (minor) or the slot (major, with readahead).  Returns "major", "minor", or
    None when no frame can be had, or "retry" when the entry changed meanwhile (a racing
    reclaim or a fork while the frame was allocated): the caller lets the access fault again."""
    physmem = mm.physmem
    swap = physmem.swap
    pfn = swap.cache.get(entry)
    major = pfn is None
    if major:
        cluster = 1 << max(0, min(sysctl_int(mm.kernel, "vm.page-cluster"), 10))
        pfn = swap.read_into_new_frame(entry)
        if pfn is None:
            return None
        physmem.events["pgmajfault"] += 1
        if cluster > 1:
            swap.readahead(entry, cluster)
    if mm.pages.get(vpn) != entry:
        return "retry"                               # (the page stays in the swap cache)
    idx = pfn - physmem.base_pfn
    refcount = physmem.refcount
    refcount[idx] += 1                               # the new mapping's reference (get_page:
    area = swap.areas[(entry >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK]   # never a compound page)
    slot = entry >> SWP_OFFSET_SHIFT                 # this entry no longer names the slot
    count = area.swap_map[slot] - 1                  # (swap_free; the cache keeps the slot)
    if count < 0:
        raise RuntimeError(f"swap_free: slot {slot} of area {area.type} was free")
    area.swap_map[slot] = count
    vma_flags = vma.flags
    if not count and ((write and refcount[idx] == 2) or vma_flags & VM_LOCKED or
                      swap.swap_full()):
        swap.delete_from_cache(pfn)                  # should_try_to_free_swap: the slot goes
    writable = refcount[idx] == 1 and bool(vma_flags & VM_WRITE)  # exclusive: no cache, no
    flags = vma_pte_flags(vma_flags, writable)                    # other mapping
    if write and writable:
        flags |= PTE_D
    if not vma_flags & (VM_READ | VM_WRITE | VM_EXEC):   # PROT_NONE: frame kept, no hw entry
        flags &= ~(PTE_V | PTE_R | PTE_W | PTE_X)
    mm.swap_in_page(vpn, entry, pfn, flags)
    return "major" if major else "minor"


def unuse_area(physmem, area: SwapArea) -> bool:
    """swapoff's work (Linux try_to_unuse): bring every page of `area` back into RAM in every
    address space.  False (the area keeps the pages not yet read) when RAM runs out."""
    area.writeok = False
    for mm in list(physmem.address_spaces.values()):
        for vpn, pte in mm.pages.items():
            if not is_swap_pte(pte) or swp_type(pte) != area.type:
                continue
            vma = mm.vma_at(vpn << PAGE_SHIFT)
            if vma is None or swapin_page(mm, vma, vpn, pte, False) is None:
                area.writeok = True
                return False
    for mm in list(physmem.address_spaces.values()):      # shared anonymous memory (shmem_unuse)
        for vma in list(mm.vmas):
            shmem = vma.shmem
            if shmem is None:
                continue
            for index, entry in list(shmem.swapped.items()):
                if swp_type(entry) == area.type and shmem.get(index) is None:
                    area.writeok = True
                    return False
    cache = physmem.vmscan.page_cache                    # tmpfs files' pages
    for file in list(cache.swap_backed_files.values() if cache is not None else ()):
        for index, entry in list(file.swapped.items()):
            if swp_type(entry) != area.type:
                continue
            pfn, _ = cache.get(file, index)
            if pfn is None:
                area.writeok = True
                return False
            physmem.put_page(pfn)
    for entry, pfn in list(physmem.swap.cache.items()):  # readahead pages, and pages read
        if swp_type(entry) == area.type:                 # back that keep their slot
            physmem.swap.delete_from_cache(pfn)
    return area.inuse == 0
