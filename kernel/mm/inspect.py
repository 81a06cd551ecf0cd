"""Read-only introspection of memory management, for tests and the front panel (Pintos's
inspect.c).  Nothing here changes state; policies must not use it.
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import USE_NAMES
from pagelab.kernel.mm.pte_ops import entry_pfn
from pagelab.mmu.pte import PAGE_SHIFT, PTE_V, is_swap_pte


def is_resident(mm, va: int) -> bool:
    """True when the page holding `va` has a frame (a present PTE, zero page included)."""
    pte = mm.pages.get(va >> PAGE_SHIFT)
    return pte is not None and bool(pte & PTE_V)


def pte(mm, va: int) -> int:
    """The hardware leaf PTE of the page holding `va` (with the walker's A/D bits), or 0."""
    entry = mm.pt.get(va & ~((1 << PAGE_SHIFT) - 1))
    return entry[0] if entry else 0


def pfn_of(mm, va: int) -> int | None:
    """The frame backing `va`, or None."""
    entry = mm.pages.get(va >> PAGE_SHIFT)
    return entry_pfn(entry) if entry is not None and not is_swap_pte(entry) else None


def is_swapped(mm, va: int) -> bool:
    """True when the page holding `va` is out in swap (its PTE is a swap entry)."""
    entry = mm.pages.get(va >> PAGE_SHIFT)
    return entry is not None and is_swap_pte(entry)


def frame_owner(physmem, pfn: int) -> dict:
    """What a frame holds: use, refcount, mapcount and the (mm, va) pairs mapping it."""
    idx = pfn - physmem.base_pfn
    return {
        "use": USE_NAMES[physmem.use[idx]],
        "refcount": physmem.refcount[idx],
        "mapcount": physmem.mapcount[idx],
        "mappings": [(mm, vpn << PAGE_SHIFT) for mm, vpn in (physmem.rmap[idx] or [])],
        "zero_page": pfn == physmem.zero_pfn,
    }


def fault_counts(physmem) -> dict:
    """System-wide pgfault / pgmajfault."""
    return {"pgfault": physmem.events["pgfault"], "pgmajfault": physmem.events["pgmajfault"]}


def frame_uses(physmem) -> list[str]:
    """The use of every frame, in physical order (front panel colouring)."""
    return [USE_NAMES[u] for u in physmem.use]


def check_invariants(physmem) -> list[str]:
    """Cross-check the frame table, the reverse map, every address space's shadow PTEs and its
    hardware page table, and the RSS counters.  Returns a list of problems (empty = consistent).
    For tests; it reads every frame and PTE, so it is slow."""
    from pagelab.kernel.mm.physmem import (PG_HEAD, PG_LRU, PG_SWAPCACHE, PG_TAIL, USE_ANON,
                                           USE_FREE, USE_HUGETLB, USE_PAGECACHE, USE_SHMEM)
    from pagelab.mmu.pte import PTE_A, PTE_D
    problems: list[str] = []
    base = physmem.base_pfn
    vmscan = physmem.vmscan
    lru_members = set()
    for lists in (vmscan.inactive, vmscan.active):
        for lst in lists.values():
            lru_members.update(lst)
    mapped: dict[int, int] = {}
    huge_mapped: dict[int, int] = {}            # compound head pfn -> huge leaves mapping it
    slots: dict[int, int] = {}                  # swap entry -> PTEs naming it
    for mm in list(physmem.address_spaces.values()):
        anon = file = shmem = swapped = 0
        for vpn, level in mm._huge_leaves(0, 1 << 52):
            head = entry_pfn(mm.pages[vpn])
            if head == physmem.huge_zero_pfn:
                continue
            huge_mapped[head] = huge_mapped.get(head, 0) + 1
            if (mm, vpn) not in physmem.compound_rmap.get(head - base, ()):
                problems.append(f"mm {mm.asid} va {vpn << PAGE_SHIFT:#x}: huge leaf missing "
                                f"from the compound rmap of {head:#x}")
            if level == 1 and (vpn >> 9) not in mm._deposited:
                problems.append(f"mm {mm.asid} va {vpn << PAGE_SHIFT:#x}: no deposited table")
        for vpn, pte in mm.pages.items():
            va = vpn << PAGE_SHIFT
            hw = mm._hw_pte(vpn)
            huge = mm.pages.huge_level(vpn)
            if is_swap_pte(pte):
                swapped += 1
                slots[pte] = slots.get(pte, 0) + 1
                if hw != pte:
                    problems.append(f"mm {mm.asid} va {va:#x}: hw pte {hw:#x} != swap entry "
                                    f"{pte:#x}")
                if mm.vma_at(va) is None:
                    problems.append(f"mm {mm.asid} va {va:#x}: swap entry outside every VMA")
                continue
            pfn = entry_pfn(pte)
            if pte & PTE_V:
                if (hw | PTE_A | PTE_D) != (pte | PTE_A | PTE_D):
                    problems.append(f"mm {mm.asid} va {va:#x}: hw pte {hw:#x} != shadow {pte:#x}")
            elif hw:
                problems.append(f"mm {mm.asid} va {va:#x}: PROT_NONE page has a hw pte {hw:#x}")
            if mm.vma_at(va) is None:
                problems.append(f"mm {mm.asid} va {va:#x}: present page outside every VMA")
            if pfn == physmem.zero_pfn:
                continue
            if huge and physmem.huge_zero_pfn is not None and \
                    physmem.huge_zero_pfn <= pfn < physmem.huge_zero_pfn + 512:
                continue
            use = physmem.use[pfn - base]
            if use == USE_FREE:
                problems.append(f"mm {mm.asid} va {va:#x}: maps free frame {pfn:#x}")
            if use == USE_HUGETLB:
                continue                                # (in no RSS counter)
            if not huge:
                mapped[pfn] = mapped.get(pfn, 0) + 1
                if (mm, vpn) not in (physmem.rmap[pfn - base] or []):
                    problems.append(f"mm {mm.asid} va {va:#x}: missing from rmap of {pfn:#x}")
            anon += use == USE_ANON
            shmem += use == USE_SHMEM
            file += use not in (USE_ANON, USE_SHMEM)
        if (anon, file, shmem) != (mm.rss_anon, mm.rss_file, mm.rss_shmem):
            problems.append(f"mm {mm.asid}: rss counters {(mm.rss_anon, mm.rss_file, mm.rss_shmem)}"
                            f" but pages say {(anon, file, shmem)}")
        if swapped != mm.swap_ents:
            problems.append(f"mm {mm.asid}: swap_ents {mm.swap_ents} but {swapped} swap entries")
        if mm.pt_pages != len(mm.pt.table_pages()) + len(mm._deposited):
            problems.append(f"mm {mm.asid}: pt_pages {mm.pt_pages} but "
                            f"{len(mm.pt.table_pages())} tables in RAM + "
                            f"{len(mm._deposited)} deposited")
        for key, table in mm._leaf_tables.items():
            walked = mm.pt.walk(key << 21, None, 0)
            if walked is None or walked - ((key << 21 >> 12) & 511) * 8 != table:
                problems.append(f"mm {mm.asid}: stale leaf-table cache for {key << 21:#x}")
        if mm.total_vm != sum(v.npages for v in mm.vmas):
            problems.append(f"mm {mm.asid}: total_vm {mm.total_vm} != VMA pages")
        for left, right in zip(mm.vmas, mm.vmas[1:]):
            if left.end > right.start or left.start >= left.end:
                problems.append(f"mm {mm.asid}: VMAs overlap or are empty: {left} {right}")
    problems += _check_compound(physmem, mapped, huge_mapped)
    for idx in range(physmem.nframes):
        pfn = idx + base
        want = mapped.get(pfn, 0)
        if physmem.mapcount[idx] != want:
            problems.append(f"frame {pfn:#x}: mapcount {physmem.mapcount[idx]} != {want} PTEs")
        if physmem.flags[idx] & (PG_HEAD | PG_TAIL):
            continue                                    # (_check_compound's)
        cached = 1 if physmem.flags[idx] & PG_SWAPCACHE else 0
        if physmem.use[idx] == USE_ANON and physmem.refcount[idx] != want + cached:
            problems.append(f"anon frame {pfn:#x}: refcount {physmem.refcount[idx]} != {want}"
                            f" PTEs + {cached} swap cache")
        if physmem.use[idx] == USE_ANON and want + cached == 0:
            problems.append(f"anon frame {pfn:#x} is mapped nowhere (leaked)")
        on_lru = bool(physmem.flags[idx] & PG_LRU)
        if physmem.use[idx] in (USE_ANON, USE_PAGECACHE, USE_SHMEM) and not on_lru:
            problems.append(f"frame {pfn:#x} ({USE_NAMES[physmem.use[idx]]}) is on no LRU list")
        if on_lru != (pfn in lru_members):
            problems.append(f"frame {pfn:#x}: PG_LRU {on_lru} but on a list: "
                            f"{pfn in lru_members}")
        if physmem.use[idx] in (USE_PAGECACHE, USE_SHMEM) and physmem.refcount[idx] != want + 1:
            problems.append(f"cached frame {pfn:#x}: refcount {physmem.refcount[idx]} != "
                            f"{want} PTEs + the cache's own")
    shmem_objects: list = []                    # each object once (shared by fork)
    for mm in list(physmem.address_spaces.values()):
        for vma in mm.vmas:
            if vma.shmem is not None and not any(o is vma.shmem for o in shmem_objects):
                shmem_objects.append(vma.shmem)
    cache = physmem.vmscan.page_cache             # and tmpfs files' pages
    if cache is not None:
        shmem_objects += list(cache.swap_backed_files.values())
    for obj in shmem_objects:                   # shmem pages out in swap: one count each
        for entry in obj.swapped.values():
            slots[entry] = slots.get(entry, 0) + 1
    swap = physmem.swap
    for area in swap.active:
        for slot in range(1, area.npages):
            from pagelab.mmu.pte import swp_entry
            entry = swp_entry(area.type, slot)
            if area.swap_map[slot] != slots.get(entry, 0):
                problems.append(f"swap {area.type} slot {slot}: count {area.swap_map[slot]} "
                                f"!= {slots.get(entry, 0)} entries")
        used = sum(1 for slot in range(1, area.npages) if area.swap_map[slot] or
                   swp_entry(area.type, slot) in swap.cache)   # (the cache holds its slot)
        if used != area.inuse:
            problems.append(f"swap {area.type}: inuse {area.inuse} != {used} slots in use")
    for entry, pfn in swap.cache.items():
        # a cached page is named by a swap entry, or mapped (read back, keeping its slot)
        if (swap.count(entry) == 0 and not physmem.mapcount[pfn - base]) or \
                physmem.owner[pfn - base] != entry:
            problems.append(f"swap cache {entry:#x} -> {pfn:#x} is stale")
    # page-cache gauges: dirty pages (flag, gauge and the cache's lists agree), file pages
    from pagelab.kernel.mm.physmem import PG_DIRTY
    dirty = sum(1 for f in physmem.flags if f & PG_DIRTY)
    listed = sum(len(pages) for pages in cache.dirty.values()) if cache is not None else dirty
    if not dirty == listed == physmem.nr_dirty:
        problems.append(f"dirty pages: {dirty} flagged, {listed} listed, nr_dirty "
                        f"{physmem.nr_dirty}")
    uses = physmem.use
    shmem_frames = sum(1 for u in uses if u == USE_SHMEM)
    file_frames = shmem_frames + sum(1 for u in uses if u == USE_PAGECACHE)
    if shmem_frames != physmem.nr_shmem or file_frames != physmem.nr_file_pages:
        problems.append(f"nr_shmem {physmem.nr_shmem} / nr_file_pages {physmem.nr_file_pages}"
                        f" but {shmem_frames} / {file_frames} frames")
    free = sum(len(lst) << order for order, lst in enumerate(physmem.free_lists))
    if free != physmem.nr_free:
        problems.append(f"free lists hold {free} frames, nr_free says {physmem.nr_free}")
    try:                                        # the hugetlb pools (hugetlb.py)
        physmem.hugetlb.check()
    except AssertionError as error:
        problems.append(f"hugetlb: {error}")
    return problems


def _check_compound(physmem, mapped: dict, huge_mapped: dict) -> list[str]:
    """The compound-page invariants (physmem.py's docstring): the head holds every reference
    (its huge mappings + its subpages' PTE mappings, for pages no pool or cache holds), tails
    none; compound_mapcount = the huge leaves found; the head alone is on an LRU list (anon);
    NR_ANON_THPS and NR_ANON_MAPPED agree with the page tables."""
    from pagelab.kernel.mm.physmem import (PG_HEAD, PG_LRU, PG_TAIL, USE_ANON)
    problems: list[str] = []
    base = physmem.base_pfn
    thps = 0
    for head, order in physmem.compound_order.items():
        pfn = head + base
        n = 1 << order
        if not physmem.flags[head] & PG_HEAD:
            problems.append(f"compound {pfn:#x}: head lacks PG_HEAD")
        huge = huge_mapped.get(pfn, 0)
        if physmem.compound_mapcount.get(head, 0) != huge:
            problems.append(f"compound {pfn:#x}: compound_mapcount "
                            f"{physmem.compound_mapcount.get(head, 0)} != {huge} huge leaves")
        ptes = sum(mapped.get(pfn + i, 0) for i in range(n))
        if physmem.use[head] == USE_ANON:
            if pfn == physmem.huge_zero_pfn:
                continue
            if physmem.refcount[head] != huge + ptes:
                problems.append(f"compound {pfn:#x}: head refcount {physmem.refcount[head]} != "
                                f"{huge} huge + {ptes} PTE mappings")
            if huge + ptes == 0:
                problems.append(f"compound {pfn:#x} is mapped nowhere (leaked)")
            if not physmem.flags[head] & PG_LRU:
                problems.append(f"compound {pfn:#x}: head is on no LRU list")
            thps += huge > 0
        for i in range(head + 1, head + n):
            if not physmem.flags[i] & PG_TAIL or physmem.refcount[i] or \
                    physmem.flags[i] & PG_LRU:
                problems.append(f"compound {pfn:#x}: tail {i + base:#x} flags "
                                f"{physmem.flags[i]:#x} refcount {physmem.refcount[i]}")
                break
    if thps != physmem.nr_anon_thps:
        problems.append(f"nr_anon_thps {physmem.nr_anon_thps} != {thps} PMD-mapped anon THPs")
    anon_mapped = 0
    for idx in range(physmem.nframes):
        if physmem.use[idx] != USE_ANON or idx + base == physmem.huge_zero_pfn:
            continue
        if physmem.mapcount[idx]:
            anon_mapped += 1
        elif physmem.flags[idx] & (PG_HEAD | PG_TAIL) and \
                physmem.compound_mapcount.get(physmem.compound_head_idx(idx), 0):
            anon_mapped += 1
    if anon_mapped != physmem.nr_anon_pages:
        problems.append(f"nr_anon_pages {physmem.nr_anon_pages} != {anon_mapped} mapped anon "
                        f"frames")
    return problems
