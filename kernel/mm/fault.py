"""The page-fault handler: a fixed sequence of named steps (Linux `do_page_fault` ->
`handle_mm_fault`; xv6's lazy-allocation / COW lab branch in `usertrap`).

    1. classify     access = LOAD / STORE / FETCH (scause 13 / 15 / 12, given by the caller)
    2. find VMA     none -> SIGSEGV SEGV_MAPERR (a GROWSDOWN VMA above may grow down to it)
    3. check access fetch needs VM_EXEC, load VM_READ or VM_WRITE, store VM_WRITE
                    (riscv `access_error`) -> else SIGSEGV SEGV_ACCERR
       -- from here on the fault counts in vmstat `pgfault` --
    4. get a frame  physmem.alloc_frame(); when RAM is full the allocator reclaims first (the
                    page cache's unmapped pages, then vmscan: file pages dropped, anonymous
                    pages swapped out); if nothing frees a frame -> FaultResult.oom
    5. fill         not present:  anonymous  read -> shared zero page (read-only)
                                             write -> zeroed frame
                                  file       page cache (minor if cached, major if read);
                                             fault-around maps up to 16 cached neighbours;
                                             page at/after EOF -> SIGBUS BUS_ADRERR
                                  shmem      the object's page (zero-filled on first use)
                    present, store to a read-only PTE of a writable VMA:
                                  private    copy-on-write: copy the frame, or reuse it when
                                             this mapping is its only user; zero page -> new
                                             zeroed frame
                                  shared     make writable, mark dirty
                                             (shared file pages are mapped read-only
                                             until written: write-notify, as Linux)
                    swap entry:   do_swap_page -- the swap cache (minor) or the slot
                                  (major, with vm.page-cluster readahead); a store to
                                  a page still shared goes on to copy-on-write
                    present and permitted (Svade A/D fault, or a stale TLB entry):
                                  set A (and D on a store)
    6. map          write the PTE through pte_ops.py (map_page / replace_page / update_pte /
                    swap_in_page), which records it in the reverse map, then flushes that
                    page's TLB entry (sfence.vma va, asid).  A frame allocation may reclaim,
                    so a step that allocated re-checks that the PTE is unchanged (Linux
                    pte_same) and otherwise lets the access fault again
    7. count        return minor/major; the caller adds it to the task's min_flt/maj_flt

The result is one of a few shared immutable FaultResult objects, so the common path allocates
nothing.
"""
from __future__ import annotations

from functools import lru_cache

from pagelab.kernel.mm.physmem import PG_SWAPCACHE, USE_ANON, USE_PAGECACHE
from pagelab.kernel.mm.pagecache import RA_PAGES, file_pages
from pagelab.kernel.mm.vma import (VM_EXEC, VM_GROWSDOWN, VM_HUGETLB, VM_RAND_READ, VM_READ,
                                   VM_SEQ_READ, VM_SHARED, VM_WRITE, AnonVma)
from pagelab.kernel.mm.hugetlb import hugetlb_fault
from pagelab.kernel.mm.pte_ops import entry_pfn
from pagelab.mmu.pte import PAGE_SHIFT, PTE_A, PTE_D, PTE_R, PTE_SWP, PTE_U, PTE_V, PTE_W, PTE_X

LOAD, STORE, FETCH = 0, 1, 2          # cpu/isa/causes.py Access
SIGBUS = 7
SIGSEGV = 11
SEGV_MAPERR = 1
SEGV_ACCERR = 2
BUS_ADRERR = 2
FAULT_AROUND_PAGES = 16               # fault_around_bytes = 64 KiB
MASK64 = (1 << 64) - 1
HPAGE_PMD_SIZE = 2 << 20              # a transparent huge page (huge_memory.py)
CAUSE_TO_ACCESS = {13: LOAD, 15: STORE, 12: FETCH}
_SWP_TEST = PTE_V | PTE_SWP


class FaultResult:
    """What handle_fault did: ok (+ major) or a signal to deliver (signal, si_code), or oom.
    `cleared` is how many 4 KiB pages the fault zeroed or copied (the cost model charges a
    minor fault for one; a huge page's fault for all of them)."""
    __slots__ = ("ok", "major", "signal", "si_code", "oom", "cleared")

    def __init__(self, ok: bool, major: bool = False, signal: int = 0, si_code: int = 0,
                 oom: bool = False, cleared: int = 1):
        self.ok = ok
        self.cleared = cleared
        self.major = major
        self.signal = signal
        self.si_code = si_code
        self.oom = oom

    def __repr__(self) -> str:
        if self.ok:
            return f"FaultResult({'major' if self.major else 'minor'})"
        if self.oom:
            return "FaultResult(oom)"
        return f"FaultResult(signal={self.signal}, si_code={self.si_code})"


MINOR = FaultResult(True)
MINOR_HUGE = FaultResult(True, cleared=512)       # minor; a 2 MiB page zeroed or copied
MINOR_GIGA = FaultResult(True, cleared=1 << 18)   # minor; a 1 GiB page zeroed or copied
MAJOR = FaultResult(True, major=True)
MAPERR = FaultResult(False, signal=SIGSEGV, si_code=SEGV_MAPERR)
ACCERR = FaultResult(False, signal=SIGSEGV, si_code=SEGV_ACCERR)
BUSERR = FaultResult(False, signal=SIGBUS, si_code=BUS_ADRERR)
OOM = FaultResult(False, oom=True)


@lru_cache(maxsize=1024)
def vma_pte_flags(vma_flags: int, writable: bool) -> int:
    """Leaf PTE bits for a page of a VMA.  A is always preset (as Linux riscv does); W only
    when `writable` (private pages become writable only once they are this mapping's own).
    PROT_WRITE alone maps as R+W (W without R is reserved).  (Memoised: a pure function of
    its two arguments, called on every fault.)"""
    flags = PTE_V | PTE_U | PTE_A
    if vma_flags & (VM_READ | VM_WRITE):
        flags |= PTE_R
    if vma_flags & VM_EXEC:
        flags |= PTE_X
    if writable:
        flags |= PTE_W | PTE_R
    return flags


def handle_fault(mm, va: int, access: int):
    """Serve a page fault at `va` of kind `access` in address space `mm` (see module doc)."""
    va &= MASK64
    # --- 2. find the VMA ------------------------------------------------------------------
    vma = mm.find_vma(va)
    if vma is None or va < vma.start:
        if vma is None or not vma.flags & VM_GROWSDOWN or not mm.expand_stack(vma, va):
            return MAPERR
    # --- 3. check the access ----------------------------------------------------------------
    flags = vma.flags
    if access == STORE:
        if not flags & VM_WRITE:
            return ACCERR
    elif access == FETCH:
        if not flags & VM_EXEC:
            return ACCERR
    elif not flags & (VM_READ | VM_WRITE):
        return ACCERR
    mm.physmem.events["pgfault"] += 1
    if flags & VM_HUGETLB:
        return hugetlb_fault(mm, vma, va, access)      # one fault maps a whole huge page
    vpn = va >> PAGE_SHIFT
    pte = mm.pages.get(vpn)
    if pte is None:
        return do_missing_page(mm, vma, vpn, access)
    if mm.pages.huge and (vpn >> 9) in mm.pages.huge:      # inside a huge leaf
        from pagelab.kernel.mm.huge_memory import do_huge_pmd_fault
        return do_huge_pmd_fault(mm, vma, vpn, access)
    if (pte & _SWP_TEST) == PTE_SWP:
        return do_swap_page(mm, vma, vpn, pte, access)
    if access == STORE and not pte & PTE_W:
        return do_wp_page(mm, vma, vpn, pte)
    return do_access_flags(mm, vma, vpn, pte, access)


# --- 5. fill: page not present ----------------------------------------------------------------

def do_missing_page(mm, vma, vpn: int, access: int):
    """No PTE yet: dispatch on what backs the VMA."""
    if vma.file is not None:
        return do_file_page(mm, vma, vpn, access)
    if vma.shmem is not None:
        return do_shmem_page(mm, vma, vpn, access)
    if vma.special is not None:
        index = vpn - (vma.start >> PAGE_SHIFT)
        mm.map_page(vpn, vma.special[index], vma_pte_flags(vma.flags, False), take_ref=True)
        return MINOR
    if vma.end - vma.start >= HPAGE_PMD_SIZE and (vpn >> 9) not in mm._leaf_tables:
        # room for a 2 MiB page and no page table there yet (Linux: pmd_none): try one first
        from pagelab.kernel.mm.huge_memory import do_huge_pmd_anonymous_page
        result = do_huge_pmd_anonymous_page(mm, vma, vpn, access)
        if result is not None:
            return result
    return do_anonymous_page(mm, vma, vpn, access)


def do_anonymous_page(mm, vma, vpn: int, access: int):
    """Untouched private anonymous memory: zero page on read, a zeroed frame on write."""
    if access != STORE:
        mm.map_page(vpn, mm.physmem.zero_pfn, vma_pte_flags(vma.flags, False), take_ref=False)
        return MINOR
    pfn = mm.physmem.alloc_frame(USE_ANON, True)    # a zeroed frame (get_frame, inlined)
    if pfn is None:
        return OOM
    if vma.anon_vma is None:
        vma.anon_vma = AnonVma()
    mm.map_page(vpn, pfn, vma_pte_flags(vma.flags, True) | PTE_D, False)
    return MINOR


def do_file_page(mm, vma, vpn: int, access: int):
    """A page of a file mapping: fault-around first (reads only), then the page cache
    (a miss reads the file: major), then map it -- a private write gets its own copy."""
    file = vma.file
    index = vma.pgoff + vpn - (vma.start >> PAGE_SHIFT)
    if index >= file_pages(file):
        return BUSERR
    cache = mm.page_cache
    shared = vma.flags & VM_SHARED
    if access != STORE:
        fault_around(mm, vma, vpn)
        if vpn in mm.pages:
            return MINOR
    if vma.flags & VM_RAND_READ:
        ra_start, ra_count = index, 0
    elif vma.flags & VM_SEQ_READ:
        ra_start, ra_count = index, RA_PAGES
    else:
        ra_start, ra_count = max(0, index - RA_PAGES // 2), RA_PAGES
    pfn, major = cache.get(file, index, ra_start, ra_count)
    if pfn is None:
        return OOM
    if major:
        mm.physmem.events["pgmajfault"] += 1
    # `pfn` carries a reference for us (see PageCache.get): it is handed to the new mapping,
    # or dropped after the copy.
    if access == STORE and not shared:
        # Private file page written before it was ever mapped: copy it now (do_cow_fault).
        new = get_frame(mm, USE_ANON)
        if new is None:
            mm.physmem.put_page(pfn)
            return OOM
        mm.physmem.copy_frame(new, pfn)
        mm.physmem.put_page(pfn)
        if vma.anon_vma is None:
            vma.anon_vma = AnonVma()
        mm.map_page(vpn, new, vma_pte_flags(vma.flags, True) | PTE_D, take_ref=False)
    else:
        # Shared file pages are "write-notify": mapped read-only until the first write, which
        # takes a (minor) fault that marks the page dirty (Linux vma_wants_writenotify).
        writable = bool(shared and access == STORE)
        pte_flags = vma_pte_flags(vma.flags, writable)
        if access == STORE:
            pte_flags |= PTE_D
            cache.set_dirty(pfn)
        mm.map_page(vpn, pfn, pte_flags, take_ref=False)
    return MAJOR if major else MINOR


def fault_around(mm, vma, vpn: int) -> None:
    """Map already-cached neighbours of a file read fault (Linux do_fault_around): a window of
    16 pages aligned to 16, clipped to the VMA, the page-table page and the end of the file;
    only empty PTEs are filled; nothing is read from the file."""
    pte_off = vpn & 511
    vma_off = vpn - (vma.start >> PAGE_SHIFT)
    from_pte = max(pte_off & ~(FAULT_AROUND_PAGES - 1), pte_off - min(pte_off, vma_off))
    to_pte = min(from_pte + FAULT_AROUND_PAGES, 512, pte_off + vma.npages - vma_off)
    base = vpn - pte_off
    file = vma.file
    cached = mm.page_cache.cached_pages(file)
    if not cached:
        return
    last = file_pages(file)
    shadow = mm.pages.tables.get(vpn >> 9)
    get_page = mm.physmem.get_page
    pte_flags = vma_pte_flags(vma.flags, False)        # read-only: see do_file_page
    first_index = vma.pgoff + base + from_pte - (vma.start >> PAGE_SHIFT)
    batch = None
    for off in range(from_pte, to_pte):
        index = first_index + off - from_pte
        if index >= last:
            break
        v = base + off
        if shadow is not None and shadow.item(off):
            continue                   # (v in mm.pages, on the region's shadow table)
        pfn = cached.get(index)
        if pfn is not None:
            # take the mapping's reference first: building a page table may allocate, and
            # the allocator may drop unreferenced cache pages
            get_page(pfn)
            if batch is None:          # the first: map_page makes sure of the page table
                mm.map_page(v, pfn, pte_flags, take_ref=False)
                batch = []
            else:                      # the rest share that table: mapped in one call
                batch.append((v, pfn))
    if batch:
        mm.map_pages(batch, pte_flags)


def do_shmem_page(mm, vma, vpn: int, access: int):
    """A page of shared anonymous memory: the object's frame, created zero-filled on first use."""
    index = vma.pgoff + vpn - (vma.start >> PAGE_SHIFT)
    if index >= file_pages(vma.shmem):             # beyond the object (grown by mremap)
        return BUSERR
    pfn, major = vma.shmem.get_page(index)           # major: read back from swap
    if pfn is None:
        return OOM
    pte_flags = vma_pte_flags(vma.flags, bool(vma.flags & VM_WRITE))
    if access == STORE:
        pte_flags |= PTE_D
    mm.map_page(vpn, pfn, pte_flags, take_ref=True)
    if major:
        mm.physmem.events["pgmajfault"] += 1
        return MAJOR
    return MINOR


def do_swap_page(mm, vma, vpn: int, entry: int, access: int):
    """The PTE holds a swap entry: bring the page back from the swap cache (minor) or its
    slot (major, with vm.page-cluster readahead) -- swap.py swapin_page.  A store to a page
    other sharers still hold then takes the usual copy-on-write fault."""
    from pagelab.kernel.mm.swap import swapin_page
    how = swapin_page(mm, vma, vpn, entry, access == STORE)
    if how is None:
        return OOM
    if how == "retry":
        return MINOR
    if access == STORE:
        pte = mm.pages.get(vpn)
        if pte is not None and pte & PTE_V and not pte & PTE_W:
            result = do_wp_page(mm, vma, vpn, pte)
            if not result.ok:
                return result
    return MAJOR if how == "major" else MINOR


# --- 5. fill: write to a present read-only page -------------------------------------------

def do_wp_page(mm, vma, vpn: int, pte: int):
    """Store to a present page whose PTE lacks W in a VMA that allows writing."""
    physmem = mm.physmem
    pfn = entry_pfn(pte)
    if vma.flags & VM_SHARED:
        # The first write to a shared page mapped read-only (write-notify, or after mprotect):
        # make it writable and dirty; no copy.
        mm.update_pte(vpn, set_bits=PTE_W | PTE_R | PTE_D | PTE_A)
        if physmem.use[pfn - physmem.base_pfn] == USE_PAGECACHE:
            mm.page_cache.set_dirty(pfn)
        return MINOR
    pte_flags = vma_pte_flags(vma.flags, True) | PTE_D
    if vma.anon_vma is None:
        vma.anon_vma = AnonVma()
    if pfn == physmem.zero_pfn:
        new = get_frame(mm, USE_ANON, zero=True)
        if new is None:
            return OOM
        if mm.pages.get(vpn) != pte:
            physmem.put_page(new)
            return MINOR
        mm.replace_page(vpn, new, pte_flags)
        return MINOR
    idx = pfn - physmem.base_pfn
    if physmem.flags[idx] & PG_SWAPCACHE and physmem.refcount[idx] == 2:   # read back from
        physmem.swap.try_to_free_swap(pfn)  # swap, mapped here alone: the slot goes (swap.py)
    if physmem.use[idx] == USE_ANON and physmem.refcount[idx] == 1:
        # The last sharer keeps the frame: no copy (Linux wp_page_reuse).
        physmem.events["pgreuse"] += 1
        mm.update_pte(vpn, set_bits=PTE_W | PTE_R | PTE_D | PTE_A)
        return MINOR
    physmem.get_page(pfn)                   # hold the source while a frame is found
    new = get_frame(mm, USE_ANON)
    if new is None:
        physmem.put_page(pfn)
        return OOM
    if mm.pages.get(vpn) != pte:            # reclaim took the page meanwhile: fault again
        physmem.put_page(new)
        physmem.put_page(pfn)
        return MINOR
    physmem.copy_frame(new, pfn)
    physmem.put_page(pfn)
    physmem.events["cow_copies"] += 1
    mm.replace_page(vpn, new, pte_flags)
    return MINOR


def do_access_flags(mm, vma, vpn: int, pte: int, access: int):
    """The PTE permits the access: an Svade fault for a clear A (or D on a store), or a stale
    TLB entry.  Set the bits the hardware would have set; a minor fault either way."""
    bits = PTE_A | (PTE_D if access == STORE else 0)
    mm.update_pte(vpn, set_bits=bits)
    if access == STORE and vma.flags & VM_SHARED:
        physmem = mm.physmem
        pfn = entry_pfn(pte)
        if physmem.use[pfn - physmem.base_pfn] == USE_PAGECACHE:
            mm.page_cache.set_dirty(pfn)
    return MINOR


# --- 4. get a frame ----------------------------------------------------------------------------

def get_frame(mm, use: int, zero: bool = False):
    """A frame for the fault, or None (OOM).  When RAM is full the allocator itself reclaims
    (physmem -> vmscan direct reclaim) before it gives up."""
    return mm.physmem.alloc_frame(use, zero)
