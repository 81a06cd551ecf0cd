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
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import (PG_LRU, USE_ANON, USE_PAGECACHE, USE_PAGETABLE,
                                       USE_SHMEM)
from pagelab.kernel import trace
from pagelab.mmu.pte import (DRAM_BASE, PAGE_SHIFT, PAGE_SIZE, PTE_A, PTE_D, PTE_R, PTE_SWP,
                             PTE_V, PTE_X, is_swap_pte, pte_pfn, swp_offset)

FLUSH_ALL_THRESHOLD = 64        # pages; larger ranges flush the whole ASID
_SWP_TEST = PTE_V | PTE_SWP


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
        freed = False
        for level in range(1, self.pt.levels):
            span = 1 << (PAGE_SHIFT + 9 * level)          # bytes the freed table covered
            parents = set()
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
        """The hardware PTE of a page (with the A/D bits the walker set), 0 if none."""
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
                physmem.nr_anon_pages += 1
                flags = physmem.flags
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
                physmem.nr_anon_pages -= 1
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
        the entries dropped."""
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
            physmem.refcount[pfn - physmem.base_pfn] += 1
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
        mapcount, rmaps = physmem.mapcount, physmem.rmap
        references = []                  # frames whose reference the mappings held, in order
        first = True
        anon_unmapped = anon_freed = 0
        for vpn, pte in self.pages.items():
            if (pte & _SWP_TEST) == PTE_SWP:
                self.swap_ents -= 1
                physmem.swap.free(pte)
                continue
            pfn = pte >> 10
            if pfn == zero_pfn:
                continue
            idx = pfn - base
            if use[idx] != USE_ANON or first:
                # the general case; and the first page, which updates hiwater_rss (the later
                # ones cannot: RSS only goes down from here)
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
            references.append(pfn)
        self.rss_anon -= anon_unmapped
        physmem.nr_anon_pages -= anon_freed
        self.pages.clear()
        physmem.put_pages(references)

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
        the hardware PTE (PROT_NONE) but keeps the frame.  Flushes unless told not to."""
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
        (and the shadow's).  A PROT_NONE page reads as not accessed.

        No TLB flush unless `flush` (MADV_COLD asks for one): this is Linux riscv's
        ptep_clear_flush_young, which -- like x86's and arm64's -- only clears the bit.  A TLB
        entry loaded before the clear still carries A, so accesses through it do not set the
        bit again until the entry is evicted or flushed for another reason: reclaim may then
        take a page for colder than it is, which costs a fault later but never corrupts
        memory, while a flush per scanned page would cost every reclaim scan a fence."""
        pte_pa = self._pte_pa(vpn, False)
        if pte_pa is None:
            return False
        words = self.pt.words
        index = (pte_pa - DRAM_BASE) >> 3
        hw = words[index]               # (V in the hardware entry <=> V in the shadow one)
        if hw & (PTE_V | PTE_A) != PTE_V | PTE_A:
            return False
        words[index] = hw & ~PTE_A
        self.pages[vpn] = (self.pages[vpn] | (hw & PTE_D)) & ~PTE_A
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

    # --- swap entries ---------------------------------------------------------------------

    def set_swap_entry(self, vpn: int, entry: int) -> int:
        """Reclaim: replace the present page (or PROT_NONE page) at `vpn` by swap entry
        `entry`, drop the mapping's frame reference and flush the page.  The caller has
        already counted this entry in the slot's map count.  Returns the old PTE with the
        hardware A/D bits."""
        old = self.pages[vpn]
        words = self.pt.words
        index = (self._pte_pa(vpn, False) - DRAM_BASE) >> 3
        if old & PTE_V:
            old |= words[index] & (PTE_A | PTE_D)
        words[index] = entry
        self.pages[vpn] = entry
        self.swap_ents += 1
        self._account_unmap(vpn, old >> 10, old)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.SwapOut, vpn << PAGE_SHIFT, old >> 10, swp_offset(entry))  # noqa: E501,E701
        if old & PTE_V:
            self._flush_page(vpn)
        return old

    def swap_in_page(self, vpn: int, entry: int, pfn: int, pte_flags: int) -> None:
        """Swap-in: replace swap entry `entry` at `vpn` by a present page of frame `pfn`
        (whose reference the caller took for this mapping).  A PteError if the entry
        changed.  Flushes the page (an entry was installed where none was valid)."""
        pte_pa = self._pte_pa(vpn, False)
        words = self.pt.words
        if self.pages.get(vpn) != entry or pte_pa is None or \
                words[(pte_pa - DRAM_BASE) >> 3] != entry:
            raise PteError(f"swap_in_page: {vpn << PAGE_SHIFT:#x} no longer holds {entry:#x}")
        pte = (pfn << 10) | pte_flags
        words[(pte_pa - DRAM_BASE) >> 3] = pte if pte & PTE_V else 0   # (PROT_NONE: no hw entry)
        self.pages[vpn] = pte
        self.swap_ents -= 1
        self._account_map(vpn, pfn, False)
        self._tlb_flush(vpn << PAGE_SHIFT)
        if self.kernel.trace.enabled: trace.emit_mm(self, trace.SwapIn, vpn << PAGE_SHIFT, pfn, swp_offset(entry))  # noqa: E501,E701

    def drop_mapping(self, vpn: int) -> int:
        """Reclaim of a file page: remove its present PTE (dirty state passes to the page
        cache), drop the mapping's reference and flush.  Returns the old PTE."""
        old = self.pages.pop(vpn)
        pte_pa = self._pte_pa(vpn, False)
        if old & PTE_V:
            old |= self.pt.read_pte(pte_pa) & (PTE_A | PTE_D)
            self.pt.write_pte(pte_pa, 0)
        self._account_unmap(vpn, old >> 10, old)
        if old & PTE_V:
            self._flush_page(vpn)
        return old


__all__ = ["PteOps", "PteError", "FLUSH_ALL_THRESHOLD", "entry_pfn", "is_swap_pte"]
