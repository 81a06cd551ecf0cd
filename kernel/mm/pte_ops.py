"""PTE operations: the one place in the kernel that writes user page-table entries.

Every change to a process's page table -- mapping a page after a fault, unmapping it, pointing
it at another frame (copy-on-write), changing its flag bits (mprotect, write-protect for fork,
cleaning for writeback), turning it into a swap entry (reclaim) and back (swap-in) -- is a
method of `PteOps`, the mixin AddressSpace inherits.  Each method does the three things that
must always go together:

  1. the entry itself, in the hardware table (guest RAM, through mmu/pagetable) and in the
     kernel's shadow record `mm.pages` (pagemap.py);
  2. the accounting: the frame's reference count, map count and reverse map (physmem), the
     mm's RSS counters and swap-entry count, the LRU membership of a newly mapped page;
  3. the TLB: `machine.flush_tlb(va, asid)` (sfence.vma) after changing or removing an entry
     the hardware may have cached.  No other kernel code flushes user mappings.

Installing an entry over a present one is a kernel bug and raises PteError (xv6's mappages
"remap" panic): callers that mean to change a present entry use replace_page / update_pte.

Flush rules (Linux riscv's, see docs/memory.md):
  * after changing or removing a present PTE the page's TLB entry is flushed; ranges of more
    than FLUSH_ALL_THRESHOLD pages flush the whole ASID instead;
  * after *installing* a PTE where there was none, the page is flushed too (the spec allows
    caching at any time; Linux riscv's update_mmu_cache does this sfence.vma after a fault);
  * fork write-protects the parent's private pages, then flushes the parent's ASID once;
  * a dying address space does not flush: its ASID is not handed out again before the ASID
    space wraps, and the wrap flushes everything;
  * pages that were not present, or whose PTE did not change, are not flushed;
  * clearing an A bit for reclaim (test_and_clear_young) does not flush, as Linux riscv's
    ptep_clear_flush_young (the cached entry may hide later accesses: aging gets less
    precise, memory stays correct); MADV_COLD asks for the flush.

The entry formats (valid leaf, swap entry) are mmu/pte.py's; only this module and mmu/ take
PTEs apart with shifts.  A shadow entry is one of:
    valid leaf          V=1, the frame and flags the kernel installed (the hardware copy may
                        have A/D set by the walker on top)
    PROT_NONE page      V=0, frame and flags kept, permission bits cleared; no hardware entry
    swap entry          V=0, PTE_SWP set, swap type and offset (the hardware entry is the same)

Huge leaves (transparent huge pages and hugetlb; docs/memory.md "Huge pages").  A 2 MiB leaf
sits at level 1 of the hardware table (a PMD), a 1 GiB one at level 2 (a PUD; Sv39's gigapage,
also in Sv48/Sv57).  It maps a compound page (physmem.alloc_compound): the head frame holds
the references, compound_mapcount counts the huge mappings, compound_rmap lists them as
(mm, first vpn).  The shadow record keeps one entry per 4 KiB page of the leaf (frame
head + i, the leaf's flags), so readers need not know, and `mm.pages.huge` marks the 2 MiB
regions a leaf covers (pagemap.py).  The operations:

    map_huge(vpn, pfn, pte_flags, level=1, take_ref=False) -> None
        install a leaf of `level` (vpn, pfn aligned; pfn a compound head of order 9*level,
        or the huge zero page); PteError over anything present, MemoryError without a table;
        a 2 MiB leaf gets a deposited page-table page (counted in VmPTE) for its split
    unmap_huge(vpn) -> int            remove the leaf starting at vpn; the old head PTE
    split_huge(vpn) -> None           2 MiB leaf -> 512 PTEs in place (data intact)
    collapse_huge(vpn, pfn, pte_flags) -> None
                                      512 small PTEs (present or empty) -> one 2 MiB leaf of
                                      the compound page `pfn` the caller filled
    update_huge(vpn, set_bits=0, clear_bits=0, flush=True) -> None
                                      change the leaf's flag bits (must stay a valid leaf)
    huge_entry(vpn) -> (pte, level) | None
                                      the leaf covering vpn, hardware A/D folded in
    copy_huge(child, vpn, cow) -> bool   fork of a leaf (copy_huge_pmd)
    move_huge(vpn, new_vpn) -> None   mremap of a whole 2 MiB leaf (move_huge_pmd)
    split_huge_range(start, end, whole=False) -> int
                                      split the 2 MiB leaves a byte range covers in part
The small-page methods refuse a page inside a huge leaf (PteError), except update_pte and
test_and_clear_young, which act on the whole leaf, and _zap_range, which removes the leaves it
covers whole and splits the others.  Accounting of a huge mapping: RSS +512 (or +262144) by
the frame's use (a USE_HUGETLB page counts in no RSS counter), NR_ANON_MAPPED for subpages no
PTE maps, NR_ANON_THPS (physmem.nr_anon_thps), the head on the LRU.  A split turns the PMD
mapping into 512 PTE mappings and, when no huge mapping is left, splits the compound page
into ordinary frames (Linux's split_huge_page, done at once rather than deferred).
"""
from __future__ import annotations

import numpy as np

from pagelab.kernel.mm.physmem import (PG_HEAD, PG_LRU, PG_SWAPCACHE, PG_TAIL, USE_ANON,
                                       USE_PAGECACHE, USE_PAGETABLE, USE_SHMEM)
from pagelab.kernel import trace
from pagelab.mmu.pagetable import PageTableError
from pagelab.mmu.pte import (DRAM_BASE, PAGE_SHIFT, PAGE_SIZE, PTE_A, PTE_D, PTE_FLAGS_MASK,
                             PTE_R, PTE_SWP, PTE_V, PTE_W, PTE_X, is_swap_pte, pte_pfn,
                             swp_offset)


FLUSH_ALL_THRESHOLD = 64        # pages; larger ranges flush the whole ASID
_SWP_TEST = PTE_V | PTE_SWP
_COMPOUND = PG_HEAD | PG_TAIL
HPAGE_PMD_NR = 512              # 4 KiB pages in a 2 MiB leaf


def flush_every_asid(machine) -> None:
    """Flush every TLB entry of every address space (the ASID space wrapped)."""
    machine.flush_tlb(None, None)


class PteError(RuntimeError):
    """A kernel bug in page-table editing (e.g. mapping over a present entry)."""


def entry_pfn(pte: int) -> int:
    """The frame a shadow entry names (a valid leaf or a PROT_NONE page); not for swap
    entries."""
    return pte >> 10


class PteOps:
    """Page-table editing for an AddressSpace (see the module docstring).  Uses the mm's
    `pt` (mmu PageTable), `pages` (PageMap), `physmem`, `machine`, `asid`."""

    # --- page-table pages ----------------------------------------------------------------

    def _alloc_table(self) -> int | None:
        """A zeroed frame for a page-table page (PageTables / VmPTE count it); pa or None."""
        pfn = self.physmem.alloc_frame(USE_PAGETABLE)
        if pfn is None:
            return None
        self.pt_pages += 1
        self.physmem.nr_page_table_pages += 1
        return pfn << PAGE_SHIFT

    def _free_table(self, pa: int) -> None:
        self.pt_pages -= 1
        self.physmem.nr_page_table_pages -= 1
        self.physmem.free_pages(pa >> PAGE_SHIFT, 0)

    def _pte_pa(self, vpn: int, alloc: bool) -> int | None:
        """Physical address of the level-0 PTE for page `vpn` (building tables if `alloc`).
        The leaf table of each 2 MiB region is remembered, so the fault path walks once per
        region."""
        table = self._leaf_tables.get(vpn >> 9)
        if table is None:
            if self.pages.huge and (vpn >> 9) in self.pages.huge:
                raise PteError(f"{vpn << PAGE_SHIFT:#x} is inside a huge page: split it (or "
                               f"use the huge-leaf methods) first")
            pte_pa = self.pt.walk(vpn << PAGE_SHIFT, self._alloc_table if alloc else None)
            if pte_pa is None:
                return None
            table = pte_pa - ((vpn & 511) << 3)
            self._leaf_tables[vpn >> 9] = table
        return table + ((vpn & 511) << 3)

    def free_page_tables(self, start: int, end: int) -> None:
        """Free the page-table pages around [start, end) that no VMA uses any more (Linux
        free_pgtables): a table covering a region with no VMA in it holds only empty entries.
        Leaf tables go first, then each directory that became empty, level by level; only
        tables that exist are looked at, so the work does not grow with the range.  The
        hardware may cache non-leaf entries, so freeing any table flushes the ASID (Linux
        riscv tlb_remove_table -> flush_tlb_mm)."""
        first, last = start >> 21, (end - 1) >> 21
        candidates = sorted(key << 21 for key in self._leaf_tables if first <= key <= last)
        gone = {key: level for key, level in self._huge_gone.items() if first <= key <= last}
        for key in gone:
            del self._huge_gone[key]
        freed = False
        for level in range(1, self.pt.levels):
            span = 1 << (PAGE_SHIFT + 9 * level)          # bytes the freed table covered
            parents = set()
            for key, at in gone.items():                  # a huge leaf removed at this level:
                if at == level and not self._vmas_in(key << 21, (key << 21) + span):
                    parents.add((key << 21) & ~((span << 9) - 1))   # its table may be empty
            for base in candidates:
                if self._vmas_in(base, base + span):
                    continue
                entry_pa = self.pt.walk(base, None, level)  # the entry pointing at the table
                if entry_pa is None:
                    continue
                entry = self.pt.read_pte(entry_pa)
                if not entry & PTE_V or entry & (PTE_R | PTE_X):
                    continue
                table = pte_pfn(entry) << PAGE_SHIFT
                if any(self.pt.read_pte(table + 8 * i) for i in range(512)):
                    continue                                # still holds entries
                self.pt.write_pte(entry_pa, 0)
                self._free_table(table)
                if level == 1:
                    self._leaf_tables.pop(base >> 21, None)
                    self.pages.tables.pop(base >> 21, None)
                freed = True
                parents.add(base & ~((span << 9) - 1))
            candidates = sorted(parents)
        if freed:
            self._tlb_flush(None)

    def _hw_pte(self, vpn: int) -> int:
        """The hardware PTE of a page (with the A/D bits the walker set), 0 if none.  For a
        subpage of a huge leaf: the leaf's entry moved to that subpage's frame."""
        if self.pages.huge and (vpn >> 9) in self.pages.huge:
            level = self.pages.huge[vpn >> 9]
            base = vpn & ~((1 << (9 * level)) - 1)
            hw = self.pt.read_pte(self.pt.walk(base << PAGE_SHIFT, None, level))
            return hw + ((vpn - base) << 10) if hw else 0
        pte_pa = self._pte_pa(vpn, False)
        return self.pt.read_pte(pte_pa) if pte_pa is not None else 0

    # --- TLB ----------------------------------------------------------------------------

    def _tlb_flush(self, va: int | None) -> None:
        """sfence.vma of one page of this ASID (`va`), or of the whole ASID (None); the
        tlb_flush tracepoint."""
        self.machine.flush_tlb(va, self.asid)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.TlbFlush, va, self.asid)  # noqa: E701

    def _flush_page(self, vpn: int) -> None:
        self._tlb_flush(vpn << PAGE_SHIFT)

    def _flush_range(self, start: int, end: int) -> None:
        npages = (end - start) >> PAGE_SHIFT
        if npages > FLUSH_ALL_THRESHOLD:
            self._tlb_flush(None)
        else:
            flush = self._tlb_flush
            for va in range(start, end, PAGE_SIZE):
                flush(va)

    def _flush_pages(self, vpns: list[int]) -> None:
        """Flush the given pages (or the whole ASID when there are many)."""
        if len(vpns) > FLUSH_ALL_THRESHOLD:
            self._tlb_flush(None)
        else:
            for vpn in vpns:
                self._flush_page(vpn)

    def flush_all(self) -> None:
        """Flush every TLB entry of this address space (sfence.vma x0, asid)."""
        self._tlb_flush(None)

    # --- installing entries ---------------------------------------------------------------

    def map_page(self, vpn: int, pfn: int, pte_flags: int, take_ref: bool) -> None:
        """Install a PTE for an empty page and account for it; flushes the page (see top).

        `take_ref`: the mapping takes a new reference on the frame (page cache, shmem, shared
        COW); False when the frame was just allocated for this mapping (its first reference
        becomes the mapping's).  Raises MemoryError if no page-table page can be had, PteError
        if the page already has an entry."""
        table = self._leaf_tables.get(vpn >> 9)     # (_pte_pa's fast case, inlined: per fault)
        pte_pa = table + ((vpn & 511) << 3) if table is not None else self._pte_pa(vpn, True)
        if pte_pa is None:
            if not take_ref and pfn != self.physmem.zero_pfn:
                self.physmem.put_page(pfn)
            raise MemoryError("no memory for a page table")
        words = self.pt.words                # (read_pte / write_pte without their checks:
        index = (pte_pa - DRAM_BASE) >> 3       # pte_pa comes from our own walk)
        if words[index]:
            raise PteError(f"map_page: remap of {vpn << PAGE_SHIFT:#x} "
                           f"(entry {words[index]:#x} is present)")
        pte = (pfn << 10) | pte_flags
        words[index] = pte
        self.pages[vpn] = pte
        self._account_map(vpn, pfn, take_ref)
        self._tlb_flush(vpn << PAGE_SHIFT)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.Map, vpn << PAGE_SHIFT, pfn, pte_flags)  # noqa: E501,E701

    def map_pages(self, maps: list[tuple[int, int]], pte_flags: int) -> None:
        """map_page(vpn, pfn, pte_flags, take_ref=False) for each (vpn, pfn) of `maps`, in
        order: empty pages of one 2 MiB region whose leaf table exists already (fault-around
        maps its batch this way, after map_page has mapped the first page and made sure of
        the table), the caller holding a reference on each frame for its mapping.  Each page
        is flushed as map_page flushes it (Linux riscv's update_mmu_cache, per page)."""
        key = maps[0][0] >> 9
        table = self._leaf_tables[key]
        words, pages = self.pt.words, self.pages
        shadow = pages.tables[key]             # (the first page's map_page made it)
        first = ((table - DRAM_BASE) >> 3) - (key << 9)
        flush, asid = self.machine.flush_tlb, self.asid
        physmem = self.physmem
        base, use, mapcount, rmaps = physmem.base_pfn, physmem.use, physmem.mapcount, physmem.rmap
        traced = self.kernel.trace.enabled
        for vpn, pfn in maps:
            index = first + vpn
            if vpn >> 9 != key or words[index] or shadow.item(vpn & 511):
                raise PteError(f"map_pages: {vpn << PAGE_SHIFT:#x} has an entry or is not in "
                               f"the region of {key << 21:#x}")
            pte = (pfn << 10) | pte_flags
            words[index] = pte
            shadow[vpn & 511] = pte             # (pages[vpn] = pte: an empty entry before)
            pages.count += 1
            idx = pfn - base
            if use[idx] == USE_PAGECACHE:       # (_account_map for a page-cache page, inlined)
                count = mapcount[idx]
                mapcount[idx] = count + 1
                rmap = rmaps[idx]
                if rmap is None:
                    rmaps[idx] = [(self, vpn)]
                else:
                    rmap.append((self, vpn))
                self.rss_file += 1
                if count == 0:
                    physmem.nr_mapped += 1
            else:
                self._account_map(vpn, pfn, False)
            if traced:
                self._tlb_flush(vpn << PAGE_SHIFT)
                trace.emit_mm(self, trace.Map, vpn << PAGE_SHIFT, pfn, pte_flags)
            else:
                flush(vpn << PAGE_SHIFT, asid)

    def account_fast_maps(self, maps: list[tuple[int, int, int]]) -> None:
        """The rest of map_page(vpn, pfn, pte_flags, take_ref=False) for each (vpn, pfn,
        pte_flags) of `maps`, in order: PTEs the demand-zero fast path wrote and flushed in
        jitted code (cpu/core/fastfault.py, kernel/mm/fastfault.py) get their shadow entry and
        accounting.  The frames are fresh anonymous ones, so _account_map's work is inlined for
        them (its first-mapping case); anything else goes through _account_map itself."""
        physmem = self.physmem
        pages, base = self.pages, physmem.base_pfn
        use, mapcount, rmaps, flags = physmem.use, physmem.mapcount, physmem.rmap, physmem.flags
        vmscan = physmem.vmscan
        inactive_anon, tracker = vmscan.inactive_anon, vmscan.tracker
        for vpn, pfn, pte_flags in maps:
            pages[vpn] = (pfn << 10) | pte_flags
            idx = pfn - base
            if use[idx] != USE_ANON or mapcount[idx] or rmaps[idx] is not None or \
                    flags[idx] & PG_LRU:
                self._account_map(vpn, pfn, False)
                continue
            mapcount[idx] = 1
            rmaps[idx] = [(self, vpn)]
            self.rss_anon += 1
            physmem.nr_anon_pages += 1
            flags[idx] |= PG_LRU
            inactive_anon[pfn] = None
            if tracker is not None:
                tracker.page_resident(pfn, True)

    def account_fast_replace(self, replaces: list[tuple[int, int, int]]) -> None:
        """The rest of replace_page(vpn, pfn, pte_flags) for each (vpn, pfn, pte_flags) of
        `replaces`, in order: copy-on-write faults the fast path served (kernel/mm/
        fastfault.py) -- the jitted code wrote the PTE and flushed the page; here the shadow
        entry and the accounting of the old frame (_account_unmap) and of the new one
        (_account_map).  The new frames are fresh anonymous ones and the old ones mostly
        shared anonymous pages, so both are inlined for those cases; anything else goes
        through _account_unmap / _account_map themselves."""
        physmem = self.physmem
        tables, base, zero = self.pages.tables, physmem.base_pfn, physmem.zero_pfn
        use, mapcount, rmaps, flags = physmem.use, physmem.mapcount, physmem.rmap, physmem.flags
        refcount = physmem.refcount
        vmscan = physmem.vmscan
        inactive_anon, tracker = vmscan.inactive_anon, vmscan.tracker
        for vpn, pfn, pte_flags in replaces:
            shadow, i = tables[vpn >> 9], vpn & 511      # (self.pages[vpn]: present)
            old = shadow.item(i)
            shadow[i] = (pfn << 10) | pte_flags
            old_pfn = old >> 10
            if old_pfn != zero:
                idx = old_pfn - base
                if use[idx] == USE_ANON and not flags[idx] & _COMPOUND and \
                        refcount[idx] > 1:       # (_account_unmap of a shared anon page)
                    rss = self.rss_anon + self.rss_file + self.rss_shmem
                    if rss > self.hiwater_rss:
                        self.hiwater_rss = rss
                    count = mapcount[idx] - 1
                    mapcount[idx] = count
                    rmap = rmaps[idx]
                    if rmap is not None:
                        try:
                            rmap.remove((self, vpn))
                        except ValueError:
                            pass
                    self.rss_anon -= 1
                    if count == 0:
                        physmem.nr_anon_pages -= 1
                    refcount[idx] -= 1           # (put_page: other references are left)
                else:
                    self._account_unmap(vpn, old_pfn, old)
            idx = pfn - base
            if use[idx] != USE_ANON or mapcount[idx] or rmaps[idx] is not None or \
                    flags[idx] & PG_LRU:
                self._account_map(vpn, pfn, False)
                continue
            mapcount[idx] = 1                    # (_account_map of a fresh anon frame)
            rmaps[idx] = [(self, vpn)]
            self.rss_anon += 1
            physmem.nr_anon_pages += 1
            flags[idx] |= PG_LRU
            inactive_anon[pfn] = None
            if tracker is not None:
                tracker.page_resident(pfn, True)

    def account_fast_update(self, vpn: int, set_bits: int) -> None:
        """The shadow half of update_pte(vpn, set_bits) with set_bits holding A and D (so
        the hardware's A/D bits need no folding), for a page the fast path made writable in
        place (kernel/mm/fastfault.py: copy-on-write reuse)."""
        shadow, i = self.pages.tables[vpn >> 9], vpn & 511   # (self.pages[vpn], present)
        shadow[i] = shadow.item(i) | set_bits

    def map_page_noflush(self, vpn: int, pfn: int, pte_flags: int) -> None:
        """map_page for a fresh address space that has never run (its ASID is new, so no TLB
        can hold its entries): takes a reference, no flush."""
        pte_pa = self._pte_pa(vpn, True)
        if pte_pa is None:
            raise MemoryError("no memory for a page table")
        if self.pt.read_pte(pte_pa) or vpn in self.pages:
            raise PteError(f"map_page_noflush: remap of {vpn << PAGE_SHIFT:#x}")
        pte = (pfn << 10) | pte_flags
        self.pt.write_pte(pte_pa, pte)
        self.pages[vpn] = pte
        self._account_map(vpn, pfn, True)

    def _install_invalid(self, vpn: int, pte: int, take_ref: bool = False) -> None:
        """Record a PROT_NONE page (frame kept, no hardware PTE)."""
        if vpn in self.pages:
            raise PteError(f"_install_invalid: remap of {vpn << PAGE_SHIFT:#x}")
        self.pages[vpn] = pte
        self._account_map(vpn, pte >> 10, take_ref)

    def install_swap_entry(self, vpn: int, entry: int, dup: bool) -> None:
        """Put swap entry `entry` where page `vpn` has no entry (fork copies a parent's swap
        entry, mremap moves one).  `dup`: the entry is a new reference to its slot (fork);
        False when the caller hands over an existing one (move).  No flush (nothing cached)."""
        pte_pa = self._pte_pa(vpn, True)
        if pte_pa is None:
            raise MemoryError("no memory for a page table")
        if self.pt.read_pte(pte_pa) or vpn in self.pages:
            raise PteError(f"install_swap_entry: remap of {vpn << PAGE_SHIFT:#x}")
        if dup:
            self.physmem.swap.dup(entry)
        self.pt.write_pte(pte_pa, entry)
        self.pages[vpn] = entry
        self.swap_ents += 1

    def _account_map(self, vpn: int, pfn: int, take_ref: bool) -> None:
        physmem = self.physmem
        if pfn == physmem.zero_pfn:
            return
        idx = pfn - physmem.base_pfn
        if take_ref:
            if physmem.flags[idx] & PG_TAIL:
                physmem.get_page(pfn)                     # (a huge page's: on its head)
            else:
                physmem.refcount[idx] += 1
        mapcount, rmaps = physmem.mapcount, physmem.rmap
        count = mapcount[idx]
        mapcount[idx] = count + 1
        rmap = rmaps[idx]
        if rmap is None:
            rmaps[idx] = [(self, vpn)]
        else:
            rmap.append((self, vpn))
        use = physmem.use[idx]
        if use == USE_ANON:
            self.rss_anon += 1
            if count == 0:
                flags = physmem.flags
                if flags[idx] & _COMPOUND:                # a subpage of a huge page: its head
                    if not physmem.compound_mapcount[physmem.compound_head_idx(idx)]:
                        physmem.nr_anon_pages += 1        # is on the LRU already
                    return
                physmem.nr_anon_pages += 1
                if not flags[idx] & PG_LRU:               # (vmscan.lru_add, inlined: per fault)
                    flags[idx] |= PG_LRU
                    vmscan = physmem.vmscan
                    vmscan.inactive_anon[pfn] = None
                    if vmscan.tracker is not None:
                        vmscan.tracker.page_resident(pfn, True)
        elif use == USE_SHMEM:
            self.rss_shmem += 1
            if count == 0:
                physmem.nr_mapped += 1
        else:
            self.rss_file += 1
            if count == 0:
                physmem.nr_mapped += 1

    # --- removing entries -----------------------------------------------------------------

    def unmap_page(self, vpn: int) -> None:
        """Remove a page's entry: a present page drops the mapping's frame reference (dirty
        bits of shared file pages pass to the page cache); a swap entry drops its slot
        reference.  No TLB flush: the caller flushes the range."""
        if self.pages.huge and (vpn >> 9) in self.pages.huge:
            raise PteError(f"unmap_page: {vpn << PAGE_SHIFT:#x} is inside a huge page")
        pte = self.pages.pop(vpn, None)
        if pte is None:
            return
        if pte & PTE_V:
            pte_pa = self._pte_pa(vpn, False)
            hw = self.pt.read_pte(pte_pa)
            self.pt.write_pte(pte_pa, 0)
            pte |= hw & PTE_D
        elif pte & PTE_SWP:
            self.pt.write_pte(self._pte_pa(vpn, False), 0)
            self.swap_ents -= 1
            self.physmem.swap.free(pte)
            return
        self._account_unmap(vpn, pte >> 10, pte)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.Unmap, vpn << PAGE_SHIFT, pte >> 10)  # noqa: E501,E701

    def _account_unmap(self, vpn: int, pfn: int, pte: int, put: bool = True) -> bool:
        """Undo _account_map and drop the mapping's frame reference (unless `put` is False:
        the caller then drops it).  False for the zero page (never counted, no reference)."""
        physmem = self.physmem
        if pfn == physmem.zero_pfn:
            return False
        idx = pfn - physmem.base_pfn
        rss = self.rss_anon + self.rss_file + self.rss_shmem
        if rss > self.hiwater_rss:
            self.hiwater_rss = rss
        count = physmem.mapcount[idx] - 1
        physmem.mapcount[idx] = count
        rmap = physmem.rmap[idx]
        if rmap is not None:
            try:
                rmap.remove((self, vpn))
            except ValueError:
                pass
        use = physmem.use[idx]
        if use == USE_ANON:
            self.rss_anon -= 1
            if count == 0:
                if physmem.flags[idx] & _COMPOUND:
                    head = physmem.compound_head_idx(idx)
                    if not physmem.compound_mapcount[head]:
                        physmem.nr_anon_pages -= 1
                        if put:                           # no huge mapping left: split it
                            physmem.put_page(pfn)         # (Linux's deferred split, at once)
                            if head in physmem.compound_order:
                                physmem.split_compound(head + physmem.base_pfn)
                            return True
                else:
                    physmem.nr_anon_pages -= 1
                    if physmem.flags[idx] & PG_SWAPCACHE:   # its last mapping: the slot goes
                        physmem.swap.try_to_free_swap(pfn)  # (Linux free_swap_cache)
        elif use == USE_SHMEM:
            self.rss_shmem -= 1
            if count == 0:
                physmem.nr_mapped -= 1
        else:
            self.rss_file -= 1
            if count == 0:
                physmem.nr_mapped -= 1
            if use == USE_PAGECACHE and pte & PTE_D:
                self.page_cache.set_dirty(pfn)
        if put:
            physmem.put_page(pfn)
        return True

    def _zap_range(self, start: int, end: int) -> int:
        """Unmap every entry (present page or swap entry) of [start, end) and flush; returns
        the entries dropped.  A huge leaf the range covers whole is removed as one entry
        (counted as its 4 KiB pages); one it covers in part is split first."""
        if self.pages.huge:
            self._zap_huge(start, end)
        vpns = self._present_vpns(start, end)
        for vpn in vpns:
            self.unmap_page(vpn)
        if vpns:
            self._flush_range(vpns[0] << PAGE_SHIFT, (vpns[-1] + 1) << PAGE_SHIFT)
        return len(vpns)

    def unmap_page_keep(self, vpn: int) -> int:
        """Remove a page's entry and its accounting without dropping the frame (or swap slot)
        reference: the caller re-installs it elsewhere, taking over the reference.  Returns
        the entry, with the hardware A/D bits folded in.  No flush."""
        if self.pages.huge and (vpn >> 9) in self.pages.huge:
            raise PteError(f"unmap_page_keep: {vpn << PAGE_SHIFT:#x} is inside a huge page")
        pte = self.pages.pop(vpn)
        if (pte & _SWP_TEST) == PTE_SWP:
            self.pt.write_pte(self._pte_pa(vpn, False), 0)
            self.swap_ents -= 1
            return pte
        pfn = pte >> 10
        if pte & PTE_V:
            pte_pa = self._pte_pa(vpn, False)
            pte |= self.pt.read_pte(pte_pa) & (PTE_A | PTE_D)
            self.pt.write_pte(pte_pa, 0)
        physmem = self.physmem
        if pfn != physmem.zero_pfn:
            physmem.get_page(pfn)
            self._account_unmap(vpn, pfn, pte)
        return pte

    def _unmap_all_pages(self) -> None:
        """unmap_page for every entry, in vpn order, for destroy (Linux exit_mmap): the same
        accounting and frame/slot releases, without clearing the leaf PTEs one by one --
        destroy frees every table right after, and free_tables zeroes them.  The hardware D
        bit is still read where it matters (a page-cache page becomes dirty).  The references
        are dropped after the accounting, in the same order (nothing in between looks at
        them)."""
        physmem = self.physmem
        use, base, zero_pfn = physmem.use, physmem.base_pfn, physmem.zero_pfn
        mapcount, rmaps, flags = physmem.mapcount, physmem.rmap, physmem.flags
        references = []                  # frames whose reference the mappings held, in order
        heads = []
        for vpn, level in self._huge_leaves(0, 1 << 52):
            pte = self.pages[vpn]
            self.pages.clear_huge(vpn)
            if self._account_unmap_huge(vpn, pte >> 10, level, put=False):
                heads.append(pte >> 10)
        for table in self._deposited.values():
            self._free_table(table)
        self._deposited.clear()
        first = True
        anon_unmapped = anon_freed = 0
        swap_cached = []
        swap_entries = []
        for vpn, pte in self.pages.items():
            if (pte & _SWP_TEST) == PTE_SWP:
                swap_entries.append(pte)
                continue
            pfn = pte >> 10
            if pfn == zero_pfn:
                continue
            idx = pfn - base
            if use[idx] != USE_ANON or first or flags[idx] & _COMPOUND:
                # the general case (and a page of a compound page); and the first page, which
                # updates hiwater_rss (the later ones cannot: RSS only goes down from here)
                if pte & PTE_V and use[idx] == USE_PAGECACHE:
                    pte |= self._hw_pte(vpn) & PTE_D
                if self._account_unmap(vpn, pfn, pte, put=False):
                    references.append(pfn)
                first = False
                continue
            # _account_unmap of an anonymous page, inlined (exit unmaps every page at once)
            count = mapcount[idx] - 1
            mapcount[idx] = count
            rmap = rmaps[idx]
            if rmap is not None:
                try:
                    rmap.remove((self, vpn))
                except ValueError:
                    pass
            anon_unmapped += 1
            if count == 0:
                anon_freed += 1
                if flags[idx] & PG_SWAPCACHE:
                    swap_cached.append(pfn)
            references.append(pfn)
        self.rss_anon -= anon_unmapped
        physmem.nr_anon_pages -= anon_freed
        self.pages.clear()
        if swap_entries:                  # (swap.free for each, in order)
            self.swap_ents -= len(swap_entries)
            physmem.swap.free_entries(swap_entries)
        for pfn in swap_cached:           # unmapped swap-cache pages: the slot goes with them
            physmem.swap.try_to_free_swap(pfn)      # (Linux free_swap_cache)
        physmem.put_pages(references)
        for head in heads:               # a compound page only PTEs map now: split it
            physmem.put_page(head)
            if physmem.compound_order_of(head) and use[head - base] == USE_ANON and \
                    not physmem.compound_mapcount[head - base]:
                physmem.split_compound(head)    # (never a hugetlb page: it stays whole)

    # --- changing entries -----------------------------------------------------------------

    def replace_page(self, vpn: int, pfn: int, pte_flags: int) -> None:
        """Point a present page at a new frame (COW break); flushes the page."""
        old = self.pages[vpn]
        pte = (pfn << 10) | pte_flags
        self.pt.words[(self._pte_pa(vpn, False) - DRAM_BASE) >> 3] = pte
        self.pages[vpn] = pte
        self._account_unmap(vpn, old >> 10, old)
        self._account_map(vpn, pfn, False)
        self._tlb_flush(vpn << PAGE_SHIFT)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.Cow, vpn << PAGE_SHIFT, old >> 10, pfn)  # noqa: E501,E701

    def update_pte(self, vpn: int, set_bits: int = 0, clear_bits: int = 0,
                   flush: bool = True) -> None:
        """Change flag bits of a present page, in the hardware PTE and the shadow.  The A/D
        bits the walker set are folded into the shadow first.  A result without V removes
        the hardware PTE (PROT_NONE) but keeps the frame.  Flushes unless told not to.
        Inside a huge leaf the change applies to the whole leaf (update_huge): callers that
        change part of one split it first."""
        if self.pages.huge and (vpn >> 9) in self.pages.huge:
            self.update_huge(vpn, set_bits, clear_bits, flush)
            return
        old = self.pages[vpn]
        if (old & _SWP_TEST) == PTE_SWP:
            raise PteError(f"update_pte: {vpn << PAGE_SHIFT:#x} holds a swap entry")
        pte_pa = self._pte_pa(vpn, True)
        if pte_pa is None:
            raise MemoryError("no memory for a page table")
        words = self.pt.words
        index = (pte_pa - DRAM_BASE) >> 3
        if old & PTE_V:
            old |= words[index] & (PTE_A | PTE_D)
        pte = (old | set_bits) & ~clear_bits
        self.pages[vpn] = pte
        words[index] = pte if pte & PTE_V else 0
        if flush:
            self._flush_page(vpn)

    def test_and_clear_young(self, vpn: int, flush: bool = False) -> bool:
        """Was the page accessed since the last look?  Reads and clears the hardware A bit
        (and the shadow's).  A PROT_NONE page reads as not accessed.  Inside a huge leaf: the
        leaf's A bit (pmdp_clear_flush_young).

        No TLB flush unless `flush` (MADV_COLD asks for one): this is Linux riscv's
        ptep_clear_flush_young, which -- like x86's and arm64's -- only clears the bit.  A TLB
        entry loaded before the clear still carries A, so accesses through it do not set the
        bit again until the entry is evicted or flushed for another reason: reclaim may then
        take a page for colder than it is, which costs a fault later but never corrupts
        memory, while a flush per scanned page would cost every reclaim scan a fence."""
        pages = self.pages
        if pages.huge and (vpn >> 9) in pages.huge:
            return self._huge_clear_young(vpn, flush)
        table = self._leaf_tables.get(vpn >> 9)       # (_pte_pa's remembered leaf, inlined:
        if table is not None:                         # reclaim looks at every page 2-3 times)
            pte_pa = table + ((vpn & 511) << 3)
        else:
            pte_pa = self._pte_pa(vpn, False)
            if pte_pa is None:
                return False
        words = self.pt.words
        index = (pte_pa - DRAM_BASE) >> 3
        hw = words[index]               # (V in the hardware entry <=> V in the shadow one)
        if hw & (PTE_V | PTE_A) != PTE_V | PTE_A:
            return False
        words[index] = hw & ~PTE_A
        shadow, i = pages.tables[vpn >> 9], vpn & 511      # (present: its shadow entry exists)
        shadow[i] = (shadow.item(i) | (hw & PTE_D)) & ~PTE_A
        if flush:
            self._flush_page(vpn)
        return True

    def page_bytes(self, vpn: int) -> bytes:
        """The contents of page `vpn` as the process would read it, without faulting: its
        frame, or its swap slot (through the swap cache) for a swap entry; zeros if none."""
        pte = self.pages.get(vpn)
        if pte is None:
            return bytes(PAGE_SIZE)
        if (pte & _SWP_TEST) == PTE_SWP:
            return self.physmem.swap.peek(pte)
        return self.physmem.read_frame(pte >> 10)

    # --- huge leaves: 2 MiB (level 1) and 1 GiB (level 2) ---------------------------------

    def _huge_leaves(self, lo_vpn: int, hi_vpn: int) -> list[tuple[int, int]]:
        """(first vpn, level) of every huge leaf overlapping [lo_vpn, hi_vpn), ascending."""
        huge = self.pages.huge
        if not huge:
            return []
        out = []
        for key in sorted(huge):
            level = huge[key]
            first = (key << 9) & ~((1 << (9 * level)) - 1)
            if first + (1 << (9 * level)) > lo_vpn and first < hi_vpn and \
                    (not out or out[-1][0] != first):
                out.append((first, level))
        return out

    def huge_entry(self, vpn: int) -> tuple[int, int] | None:
        """(head PTE, level) of the huge leaf covering `vpn`, the hardware A/D bits folded
        in; None if `vpn` is not inside a huge leaf."""
        level = self.pages.huge_level(vpn)
        if not level:
            return None
        base = vpn & ~((1 << (9 * level)) - 1)
        hw = self.pt.read_pte(self.pt.walk(base << PAGE_SHIFT, None, level))
        return self.pages[base] | (hw & (PTE_A | PTE_D)), level

    def _free_empty_subtree(self, entry: int, level: int, first_vpn: int) -> None:
        """Free the page-table pages below a level-`level` entry that points at a table whose
        leaves are all empty (small pages unmapped earlier left it); PteError if any entry
        below is not empty."""
        tables: list[tuple[int, int]] = []            # (table pa, its level)
        todo = [(pte_pfn(entry) << PAGE_SHIFT, level - 1)]
        while todo:
            table, lvl = todo.pop()
            tables.append((table, lvl))
            for i in range(512):
                child = self.pt.read_pte(table + 8 * i)
                if not child:
                    continue
                if lvl == 0 or not child & PTE_V or child & (PTE_R | PTE_X):
                    raise PteError(f"map_huge: {first_vpn << PAGE_SHIFT:#x}: an entry is "
                                   f"present under the huge page")
                todo.append((pte_pfn(child) << PAGE_SHIFT, lvl - 1))
        for table, lvl in reversed(tables):
            self._free_table(table)
        for key in range(first_vpn >> 9, (first_vpn >> 9) + (1 << (9 * (level - 1)))):
            self._leaf_tables.pop(key, None)

    def map_huge(self, vpn: int, pfn: int, pte_flags: int, level: int = 1,
                 take_ref: bool = False) -> None:
        """Install a huge leaf of `level` (1: 2 MiB PMD, 2: 1 GiB PUD) at `vpn` mapping the
        compound page headed by `pfn` (or the huge zero page) with `pte_flags`, account for
        it and flush it.  vpn and pfn must be aligned to the leaf size.  `take_ref` as for
        map_page.  A 2 MiB leaf gets a page-table page deposited with it (counted in VmPTE),
        so that split_huge never needs memory (Linux pgtable_trans_huge_deposit).  An empty
        table left under the range by earlier small pages is freed.  PteError if any entry
        is present in the range; MemoryError if no page-table page can be had."""
        npages = 1 << (9 * level) if level in (1, 2) else 0
        physmem = self.physmem
        if not npages or vpn & (npages - 1) or pfn & (npages - 1):
            raise PteError(f"map_huge: level {level}, vpn {vpn:#x}, pfn {pfn:#x}: not a 2 MiB "
                           f"or 1 GiB leaf with aligned addresses")
        if pfn != physmem.huge_zero_pfn and \
                physmem.compound_order_of(pfn) != 9 * level:
            raise PteError(f"map_huge: frame {pfn:#x} is not the head of a compound page of "
                           f"order {9 * level}")
        if self.pages.huge_level(vpn) or self.pages.in_range(vpn, vpn + npages):
            raise PteError(f"map_huge: remap of {vpn << PAGE_SHIFT:#x} (an entry is present)")

        def fail(message: str, error=MemoryError):
            if not take_ref and pfn != physmem.huge_zero_pfn:
                physmem.put_page(pfn)
            raise error(message)
        va = vpn << PAGE_SHIFT
        try:
            entry_pa = self.pt.walk(va, self._alloc_table, level)
        except PageTableError as error:
            fail(f"map_huge: {error}", PteError)
        if entry_pa is None:
            fail("no memory for a page table")
        old = self.pt.read_pte(entry_pa)
        if old:
            if not old & PTE_V or old & (PTE_R | PTE_X):
                fail(f"map_huge: remap of {va:#x} (entry {old:#x} is present)", PteError)
            self._free_empty_subtree(old, level, vpn)
            self.pt.write_pte(entry_pa, 0)
            self._tlb_flush(None)                   # a table pointer may have been cached
        deposit = None
        if level == 1:
            deposit = self._alloc_table()
            if deposit is None:
                fail("no memory for a page table")
        pte = (pfn << 10) | pte_flags
        self.pt.write_pte(entry_pa, pte)
        self.pages.set_huge(vpn, level, pte)
        if deposit is not None:
            self._deposited[vpn >> 9] = deposit
        self._account_map_huge(vpn, pfn, level, take_ref)
        self._tlb_flush(va)

    def _account_map_huge(self, vpn: int, pfn: int, level: int, take_ref: bool) -> None:
        """The accounting of a huge mapping: a reference on the head, compound_mapcount and
        compound_rmap, RSS (anon/shmem/file by the frame's use, 512 or 262144 pages; a
        hugetlb page counts in no RSS counter, as Linux), NR_ANON_MAPPED for the subpages no
        PTE maps yet, NR_ANON_THPS, and the head on the LRU.  The huge zero page is never
        counted (as the small one)."""
        physmem = self.physmem
        if pfn == physmem.huge_zero_pfn:
            return
        head = pfn - physmem.base_pfn
        npages = 1 << (9 * level)
        if take_ref:
            physmem.refcount[head] += 1
        count = physmem.compound_mapcount[head]
        physmem.compound_mapcount[head] = count + 1
        physmem.compound_rmap[head].append((self, vpn))
        use = physmem.use[head]
        unmapped = 0
        if count == 0:
            mapcount = physmem.mapcount
            unmapped = sum(1 for i in range(head, head + npages) if not mapcount[i])
        if use == USE_ANON:
            self.rss_anon += npages
            if count == 0:
                physmem.nr_anon_pages += unmapped
                physmem.nr_anon_thps += 1
                if not physmem.flags[head] & PG_LRU:
                    physmem.vmscan.lru_add(pfn, True)
        elif use == USE_SHMEM:
            self.rss_shmem += npages
            physmem.nr_mapped += unmapped
        elif use == USE_PAGECACHE:
            self.rss_file += npages
            physmem.nr_mapped += unmapped

    def _account_unmap_huge(self, vpn: int, pfn: int, level: int, put: bool = True) -> bool:
        """Undo _account_map_huge and (unless `put` is False) drop the mapping's reference.
        A compound page that no huge mapping uses any more but PTEs still do is split at
        once (Linux queues it for a deferred split).  False for the huge zero page."""
        physmem = self.physmem
        if pfn == physmem.huge_zero_pfn:
            return False
        head = pfn - physmem.base_pfn
        npages = 1 << (9 * level)
        rss = self.rss_anon + self.rss_file + self.rss_shmem
        if rss > self.hiwater_rss:
            self.hiwater_rss = rss
        count = physmem.compound_mapcount[head] - 1
        physmem.compound_mapcount[head] = count
        try:
            physmem.compound_rmap[head].remove((self, vpn))
        except ValueError:
            pass
        unmapped = 0
        if count == 0:
            mapcount = physmem.mapcount
            unmapped = sum(1 for i in range(head, head + npages) if not mapcount[i])
        use = physmem.use[head]
        if use == USE_ANON:
            self.rss_anon -= npages
            if count == 0:
                physmem.nr_anon_pages -= unmapped
                physmem.nr_anon_thps -= 1
        elif use == USE_SHMEM:
            self.rss_shmem -= npages
            physmem.nr_mapped -= unmapped
        elif use == USE_PAGECACHE:
            self.rss_file -= npages
            physmem.nr_mapped -= unmapped
        if put:
            physmem.put_page(pfn)
            if count == 0 and head in physmem.compound_order and use == USE_ANON:
                physmem.split_compound(pfn)
        return True

    def unmap_huge(self, vpn: int) -> int:
        """Remove the huge leaf starting at `vpn`: drop its accounting and the mapping's
        reference (the compound page is freed with its last one), free the deposited table,
        flush.  Returns the old head PTE with the hardware A/D bits folded in."""
        found = self.huge_entry(vpn)
        if found is None or vpn & ((1 << (9 * found[1])) - 1):
            raise PteError(f"unmap_huge: no huge leaf starts at {vpn << PAGE_SHIFT:#x}")
        pte, level = found
        self.pt.write_pte(self.pt.walk(vpn << PAGE_SHIFT, None, level), 0)
        self.pages.clear_huge(vpn)
        self._huge_gone[vpn >> 9] = level             # (free_page_tables looks above it)
        deposit = self._deposited.pop(vpn >> 9, None)
        if deposit is not None:
            self._free_table(deposit)
        self._account_unmap_huge(vpn, pte >> 10, level)
        self._tlb_flush(vpn << PAGE_SHIFT)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.Unmap, vpn << PAGE_SHIFT, pte >> 10)  # noqa: E501,E701
        return pte

    def split_huge(self, vpn: int) -> None:
        """Split the 2 MiB leaf covering `vpn` into 512 PTEs in its deposited table, in
        place: same frames (data intact), same flags and A/D bits (Linux __split_huge_pmd).
        The PMD mapping becomes 512 PTE mappings: compound_mapcount - 1, each subpage's
        mapcount + 1 and rmap entry, 511 more references on the head; RSS is unchanged.  If
        no huge mapping of the page is left, the compound page itself is split into 512
        ordinary frames (physmem.split_compound).  The huge zero page splits into 512
        mappings of the small zero page.  Flushes the leaf; counts thp_split_pmd and emits
        HugeSplit."""
        found = self.huge_entry(vpn)
        if found is None or found[1] != 1:
            raise PteError(f"split_huge: {vpn << PAGE_SHIFT:#x} is not inside a 2 MiB leaf")
        pte, _ = found
        base = vpn & ~(HPAGE_PMD_NR - 1)
        va = base << PAGE_SHIFT
        physmem = self.physmem
        pfn = pte >> 10
        flags = pte & PTE_FLAGS_MASK
        table = self._deposited.pop(base >> 9)
        shadow = self.pages.tables[base >> 9]
        self.pages.clear_huge(base, keep_entries=True)
        if pfn == physmem.huge_zero_pfn:
            small = (physmem.zero_pfn << 10) | flags
            for i in range(HPAGE_PMD_NR):
                self.pt.write_pte(table + 8 * i, small)
            self.pt.write_pte(self.pt.walk(va, None, 1), ((table >> PAGE_SHIFT) << 10) | PTE_V)
            shadow[:] = small
        else:
            self.pt.split(va, lambda: table)
            shadow[:] = np.arange(HPAGE_PMD_NR, dtype=np.int64) * (1 << 10) + pte
            head = pfn - physmem.base_pfn
            physmem.compound_mapcount[head] -= 1
            physmem.compound_rmap[head].remove((self, base))
            physmem.refcount[head] += HPAGE_PMD_NR - 1
            mapcount, rmaps = physmem.mapcount, physmem.rmap
            for i in range(HPAGE_PMD_NR):
                mapcount[head + i] += 1
                rmap = rmaps[head + i]
                if rmap is None:
                    rmaps[head + i] = [(self, base + i)]
                else:
                    rmap.append((self, base + i))
            if not physmem.compound_mapcount[head]:
                if physmem.use[head] == USE_ANON:
                    physmem.nr_anon_thps -= 1
                physmem.split_compound(pfn)
        self._leaf_tables[base >> 9] = table
        self._tlb_flush(va)
        physmem.events["thp_split_pmd"] = physmem.events.get("thp_split_pmd", 0) + 1
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.HugeSplit, va)  # noqa: E701

    def collapse_huge(self, vpn: int, pfn: int, pte_flags: int) -> None:
        """Replace the small PTEs of the 2 MiB range at `vpn` (aligned) by one leaf mapping
        the compound page headed by `pfn`, whose reference the caller hands over and into
        which it has already copied the range's data (khugepaged's collapse_huge_page).  The
        range may hold present pages and empty entries, nothing else (PteError for a swap
        entry or a PROT_NONE page).  The old pages' mappings and references are dropped; the
        leaf table becomes the deposited table; the range is flushed.  Emits HugeCollapse."""
        if vpn & (HPAGE_PMD_NR - 1) or self.pages.huge_level(vpn):
            raise PteError(f"collapse_huge: {vpn << PAGE_SHIFT:#x} is not a 2 MiB range of "
                           f"small pages")
        physmem = self.physmem
        if physmem.compound_order_of(pfn) != 9:
            raise PteError(f"collapse_huge: frame {pfn:#x} is not the head of a 2 MiB page")
        vpns = self.pages.in_range(vpn, vpn + HPAGE_PMD_NR)
        for v in vpns:
            if not self.pages[v] & PTE_V:
                raise PteError(f"collapse_huge: {v << PAGE_SHIFT:#x} is not a present page")
        va = vpn << PAGE_SHIFT
        table = self._leaf_tables.get(vpn >> 9)
        if table is None:
            table = self._pte_pa(vpn, True)
            if table is None:
                physmem.put_page(pfn)
                raise MemoryError("no memory for a page table")
        for v in vpns:
            self.unmap_page(v)
        removed = self.pt.collapse(va, pfn << PAGE_SHIFT, pte_flags, 1)
        for extra in removed:                         # (only the leaf table: kept)
            if extra != table:
                self._free_table(extra)
        for i in range(HPAGE_PMD_NR):
            self.pt.write_pte(table + 8 * i, 0)
        self._leaf_tables.pop(vpn >> 9, None)
        self._deposited[vpn >> 9] = table
        pte = (pfn << 10) | pte_flags
        self.pages.set_huge(vpn, 1, pte)
        self._account_map_huge(vpn, pfn, 1, False)
        self._tlb_flush(None)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.HugeCollapse, va, pfn)  # noqa: E701

    def copy_huge(self, child, vpn: int, cow: bool) -> bool:
        """fork of the huge leaf starting at `vpn` (Linux copy_huge_pmd): the child maps the
        same compound page with a new reference; with `cow` (a private writable mapping) both
        leaves lose W and the first write splits (do_huge_pmd_wp_page).  The parent is not
        flushed here (fork flushes its ASID once); returns True if it was write-protected."""
        pte, level = self.huge_entry(vpn)
        wrprotected = False
        if cow and pte & PTE_W:
            self.update_huge(vpn, clear_bits=PTE_W, flush=False)
            pte &= ~PTE_W
            wrprotected = True
        child.map_huge(vpn, pte >> 10, pte & PTE_FLAGS_MASK & ~PTE_A, level,
                       take_ref=True)
        return wrprotected

    def move_huge(self, vpn: int, new_vpn: int) -> None:
        """mremap of the whole 2 MiB leaf at `vpn` to `new_vpn` (both 2 MiB aligned; Linux
        move_huge_pmd): the leaf, its deposited table, its shadow entries and its reverse-map
        entry move; no reference or counter changes.  The destination must hold nothing
        (PteError); its path of tables is built here (MemoryError if that fails, nothing
        moved).  Flushes the old leaf."""
        found = self.huge_entry(vpn)
        if found is None or found[1] != 1 or vpn & (HPAGE_PMD_NR - 1) or \
                new_vpn & (HPAGE_PMD_NR - 1):
            raise PteError(f"move_huge: no 2 MiB leaf starts at {vpn << PAGE_SHIFT:#x}, or "
                           f"{new_vpn << PAGE_SHIFT:#x} is not 2 MiB aligned")
        if self.pages.huge_level(new_vpn) or self.pages.in_range(new_vpn, new_vpn + HPAGE_PMD_NR):
            raise PteError(f"move_huge: remap of {new_vpn << PAGE_SHIFT:#x}")
        pte = found[0]
        va, new_va = vpn << PAGE_SHIFT, new_vpn << PAGE_SHIFT
        dest = self.pt.walk(new_va, self._alloc_table, 1)
        if dest is None:
            raise MemoryError("no memory for a page table")
        old_dest = self.pt.read_pte(dest)
        if old_dest:
            if not old_dest & PTE_V or old_dest & (PTE_R | PTE_X):
                raise PteError(f"move_huge: remap of {new_va:#x}")
            self._free_empty_subtree(old_dest, 1, new_vpn)
            self._tlb_flush(None)
        self.pt.write_pte(self.pt.walk(va, None, 1), 0)
        self.pt.write_pte(dest, pte)
        self.pages.clear_huge(vpn)
        self.pages.set_huge(new_vpn, 1, pte)
        self._deposited[new_vpn >> 9] = self._deposited.pop(vpn >> 9)
        self._huge_gone[vpn >> 9] = 1
        physmem = self.physmem
        head = (pte >> 10) - physmem.base_pfn
        if pte >> 10 != physmem.huge_zero_pfn:
            rmap = physmem.compound_rmap[head]
            rmap[rmap.index((self, vpn))] = (self, new_vpn)
        self._tlb_flush(va)
        self._tlb_flush(new_va)

    def update_huge(self, vpn: int, set_bits: int = 0, clear_bits: int = 0,
                    flush: bool = True) -> None:
        """Change flag bits of the huge leaf covering `vpn`, in the hardware leaf and in the
        shadow entries of all its pages (the walker's A/D folded in first).  The result must
        stay a valid leaf (PteError otherwise: make a huge page PROT_NONE by splitting it).
        Flushes the leaf unless told not to."""
        found = self.huge_entry(vpn)
        if found is None:
            raise PteError(f"update_huge: {vpn << PAGE_SHIFT:#x} is not inside a huge leaf")
        old, level = found
        pte = (old | set_bits) & ~clear_bits
        if not pte & PTE_V or not pte & (PTE_R | PTE_X):
            raise PteError(f"update_huge: {vpn << PAGE_SHIFT:#x}: {pte:#x} is not a valid leaf")
        base = vpn & ~((1 << (9 * level)) - 1)
        self.pt.write_pte(self.pt.walk(base << PAGE_SHIFT, None, level), pte)
        self.pages.set_huge_flags(base, pte)
        if flush:
            self._tlb_flush(base << PAGE_SHIFT)

    def _huge_clear_young(self, vpn: int, flush: bool) -> bool:
        found = self.huge_entry(vpn)
        if found is None or not found[0] & PTE_A:
            return False
        self.update_huge(vpn, clear_bits=PTE_A, flush=flush)
        return True

    def _zap_huge(self, start: int, end: int) -> None:
        """_zap_range's huge arm: remove the huge leaves [start, end) covers whole, split the
        2 MiB ones it covers in part (a 1 GiB leaf cannot be split: PteError)."""
        lo, hi = start >> PAGE_SHIFT, end >> PAGE_SHIFT
        for first, level in self._huge_leaves(lo, hi):
            if lo <= first and first + (1 << (9 * level)) <= hi:
                self.unmap_huge(first)
            elif level == 1:
                self.split_huge(first)
            else:
                raise PteError(f"_zap_range: [{start:#x}, {end:#x}) covers part of a 1 GiB page")

    def split_huge_range(self, start: int, end: int, whole: bool = False) -> int:
        """Split the 2 MiB leaves that [start, end) covers in part (with `whole`, every one it
        touches), so that 4 KiB operations can follow; returns how many were split.  A 1 GiB
        leaf is never split (PteError if covered in part)."""
        lo, hi = start >> PAGE_SHIFT, end >> PAGE_SHIFT
        n = 0
        for first, level in self._huge_leaves(lo, hi):
            if not whole and lo <= first and first + (1 << (9 * level)) <= hi:
                continue
            if level != 1:
                if whole or not (lo <= first and first + (1 << (9 * level)) <= hi):
                    raise PteError(f"[{start:#x}, {end:#x}) covers part of a 1 GiB page")
                continue
            self.split_huge(first)
            n += 1
        return n

    # --- swap entries ---------------------------------------------------------------------

    def set_swap_entry(self, vpn: int, entry: int, put: bool = True) -> int:
        """Reclaim: replace the present page (or PROT_NONE page) at `vpn` by swap entry
        `entry`, drop the mapping's frame reference and flush the page.  The caller has
        already counted this entry in the slot's map count.  Returns the old PTE with the
        hardware A/D bits.  `put` False: the caller drops the reference (an ordinary page,
        never part of a huge one), with others of its batch."""
        pages = self.pages
        old = pages.get(vpn)
        if old is None:
            raise KeyError(vpn)
        words = self.pt.words
        table = self._leaf_tables.get(vpn >> 9)       # (_pte_pa, inlined for its common case)
        pte_pa = table + ((vpn & 511) << 3) if table is not None else self._pte_pa(vpn, False)
        index = (pte_pa - DRAM_BASE) >> 3                       # (PteError inside a huge page)
        if old & PTE_V:
            old |= words[index] & (PTE_A | PTE_D)
        words[index] = entry
        pages[vpn] = entry
        self.swap_ents += 1
        pfn = old >> 10
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        rmap = physmem.rmap[idx] if 0 <= idx < physmem.nframes else None
        if rmap is not None and len(rmap) == 1 and physmem.use[idx] == USE_ANON and \
                not physmem.flags[idx] & _COMPOUND and rmap[0][0] is self and rmap[0][1] == vpn:
            # _account_unmap of an anonymous page mapped once (reclaim's usual case), inlined.
            # (A swap-cache page keeps its slot: `entry` names it, the caller counted it.)
            rss = self.rss_anon + self.rss_file + self.rss_shmem
            if rss > self.hiwater_rss:
                self.hiwater_rss = rss
            physmem.mapcount[idx] -= 1
            rmap.clear()
            self.rss_anon -= 1
            physmem.nr_anon_pages -= 1
            if put:
                physmem.put_page(pfn)
        else:
            self._account_unmap(vpn, pfn, old, put)
        if self.kernel.trace.enabled:
            trace.emit_mm(self, trace.SwapOut, vpn << PAGE_SHIFT, old >> 10, swp_offset(entry))
            if old & PTE_V:
                self._tlb_flush(vpn << PAGE_SHIFT)
        elif old & PTE_V:
            self.machine.flush_tlb(vpn << PAGE_SHIFT, self.asid)     # (_tlb_flush, untraced)
        return old

    def swap_in_page(self, vpn: int, entry: int, pfn: int, pte_flags: int) -> None:
        """Swap-in: replace swap entry `entry` at `vpn` by a present page of frame `pfn`
        (whose reference the caller took for this mapping).  A PteError if the entry
        changed.  Flushes the page (an entry was installed where none was valid)."""
        table = self._leaf_tables.get(vpn >> 9)       # (_pte_pa, inlined for its common case)
        pte_pa = table + ((vpn & 511) << 3) if table is not None else self._pte_pa(vpn, False)
        words = self.pt.words
        pages = self.pages
        if pages.get(vpn) != entry or pte_pa is None or \
                words[(pte_pa - DRAM_BASE) >> 3] != entry:
            raise PteError(f"swap_in_page: {vpn << PAGE_SHIFT:#x} no longer holds {entry:#x}")
        pte = (pfn << 10) | pte_flags
        words[(pte_pa - DRAM_BASE) >> 3] = pte if pte & PTE_V else 0   # (PROT_NONE: no hw entry)
        pages[vpn] = pte
        self.swap_ents -= 1
        self._account_map(vpn, pfn, False)
        if self.kernel.trace.enabled:
            self._tlb_flush(vpn << PAGE_SHIFT)
            trace.emit_mm(self, trace.SwapIn, vpn << PAGE_SHIFT, pfn, swp_offset(entry))
        else:
            self.machine.flush_tlb(vpn << PAGE_SHIFT, self.asid)     # (_tlb_flush, untraced)

    def drop_mapping(self, vpn: int) -> int:
        """Reclaim of a file page: remove its present PTE (dirty state passes to the page
        cache), drop the mapping's reference and flush.  Returns the old PTE."""
        if self.pages.huge and (vpn >> 9) in self.pages.huge:
            raise PteError(f"drop_mapping: {vpn << PAGE_SHIFT:#x} is inside a huge page")
        old = self.pages.pop(vpn)
        pte_pa = self._pte_pa(vpn, False)
        if old & PTE_V:
            old |= self.pt.read_pte(pte_pa) & (PTE_A | PTE_D)
            self.pt.write_pte(pte_pa, 0)
        self._account_unmap(vpn, old >> 10, old)
        if old & PTE_V:
            self._flush_page(vpn)
        return old


__all__ = ["PteOps", "PteError", "FLUSH_ALL_THRESHOLD", "HPAGE_PMD_NR", "entry_pfn",
           "is_swap_pte"]
