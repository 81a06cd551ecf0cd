"""Text of the memory files in /proc, in Linux's exact formats (docs/memory.md).

    per process (an AddressSpace):  maps, smaps, smaps_rollup, statm, the Vm*/Rss* lines of status
    system (a kernel):              meminfo, vmstat, slabinfo

Sources of the formats: fs/proc/task_mmu.c (show_map_vma, show_smap, task_mem, task_statm),
fs/proc/meminfo.c, mm/vmstat.c, mm/slab_common.c.  The procfs (kernel/fs/procfs.py) calls these.
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import (PG_DIRTY, PG_HEAD, PG_REFERENCED, PG_TAIL, USE_ANON,
                                       USE_HUGETLB, USE_SHMEM)
from pagelab.kernel.mm.hugetlb import hugetlb_usage, meminfo_lines, smaps_hugetlb
from pagelab.kernel.mm.slab import THREAD_SIZE_ORDER, render_slabinfo
from pagelab.kernel.mm.vma import VM_HUGETLB, VM_LOCKED, perms_string, vmflags_string
from pagelab.kernel.mm.pte_ops import HPAGE_PMD_NR, entry_pfn
from pagelab.mmu.pte import (DRAM_BASE, PAGE_SHIFT, PAGE_SIZE, PTE_A, PTE_D, PTE_V, is_swap_pte,
                             swp_offset, swp_type)

PSS_SHIFT = 12
MAPS_NAME_COLUMN = 72          # seq_setwidth(m, 25 + sizeof(void *) * 6 - 1)


# --- /proc/<pid>/maps ---------------------------------------------------------------------------

def vma_name(mm, vma) -> str | None:
    """The name column (show_map_vma order): file path, special name, [heap], [stack]."""
    if vma.file is not None:
        return getattr(vma.file, "path", "") or ""
    if vma.shmem is not None:
        return vma.shmem.path
    if vma.name:
        return vma.name
    # Linux: vm_start <= brk && vm_end >= start_brk.  Here the break has to have moved first
    # (reference §1.1: no [heap] line until then), so the bss VMA that ends at start_brk is
    # not called [heap] although pagelab places the break right after it.
    if mm.cur_brk > mm.start_brk and vma.start <= mm.cur_brk and vma.end > mm.start_brk:
        return "[heap]"
    if vma.start <= mm.start_stack < vma.end:
        return "[stack]"
    return None


def maps_line(mm, vma) -> str:
    """One maps line, with the 72-column padding rule, ending in a newline."""
    if vma.file is not None:
        dev = getattr(vma.file, "dev", (0, 0))
        ino = vma.file.ino
        offset = vma.pgoff << PAGE_SHIFT
    elif vma.shmem is not None:
        dev, ino, offset = vma.shmem.dev, vma.shmem.ino, vma.pgoff << PAGE_SHIFT
    else:
        dev, ino, offset = (0, 0), 0, 0
    major, minor = dev if isinstance(dev, (tuple, list)) else (dev >> 8, dev & 0xFF)
    header = "%08x-%08x %s %08x %02x:%02x %d " % (vma.start, vma.end, perms_string(vma.flags),
                                                  offset, major, minor, ino)
    name = vma_name(mm, vma)
    if name is None:
        return header + "\n"
    name = name.replace("\n", "\\012")
    return header.ljust(MAPS_NAME_COLUMN) + " " + name + "\n"


def render_maps(mm) -> str:
    return "".join(maps_line(mm, vma) for vma in mm.vmas)


# --- /proc/<pid>/smaps ------------------------------------------------------------------------

def _kb_line(label: str, nbytes: int) -> str:
    return "%-16s%8d kB\n" % (label + ":", nbytes >> 10)


def smaps_counts(mm, vma) -> dict:
    """Page walk of one VMA: the byte counts smaps prints (pss fixed point << PSS_SHIFT).  A
    hugetlb VMA counts only in shared_hugetlb / private_hugetlb (never in Rss or Pss, as
    Linux's smaps_hugetlb_range)."""
    physmem = mm.physmem
    c = dict(rss=0, pss=0, pss_dirty=0, pss_anon=0, pss_file=0, pss_shmem=0,
             shared_clean=0, shared_dirty=0, private_clean=0, private_dirty=0,
             referenced=0, anonymous=0, swap=0, swap_pss=0, lazyfree=0, anon_huge=0,
             shared_hugetlb=0, private_hugetlb=0)
    if vma.flags & VM_HUGETLB:
        c["shared_hugetlb"], c["private_hugetlb"] = smaps_hugetlb(mm, vma)
        return c
    swap = physmem.swap
    lazyfree = physmem.vmscan.lazyfree
    huge_zero = physmem.huge_zero_pfn if physmem.huge_zero_pfn is not None else -1 << 40
    for vpn in mm._present_vpns(vma.start, vma.end):
        pte = mm.pages[vpn]
        if is_swap_pte(pte):
            c["swap"] += PAGE_SIZE
            c["swap_pss"] += (PAGE_SIZE << PSS_SHIFT) // max(1, swap.count(pte))
            continue
        pfn = entry_pfn(pte)
        if pfn == physmem.zero_pfn:
            continue
        if pte & PTE_V:
            pte |= mm._hw_pte(vpn)
        idx = pfn - physmem.base_pfn
        mapcount = max(physmem.mapcount[idx], 1)
        if physmem.flags[idx] & (PG_HEAD | PG_TAIL):          # a THP's page (page_mapcount)
            if huge_zero <= pfn < huge_zero + HPAGE_PMD_NR:
                continue                                      # (the huge zero page)
            head = physmem.compound_head_idx(idx)
            mapcount = max(physmem.mapcount[idx] + physmem.compound_mapcount[head], 1)
            if mm.pages.huge_level(vpn) == 1 and physmem.use[idx] == USE_ANON:
                c["anon_huge"] += PAGE_SIZE
        dirty = bool(pte & PTE_D or physmem.flags[idx] & PG_DIRTY)
        use = physmem.use[idx]
        c["rss"] += PAGE_SIZE
        share = (PAGE_SIZE << PSS_SHIFT) // mapcount
        c["pss"] += share
        if dirty:
            c["pss_dirty"] += share
        if use == USE_ANON:
            c["pss_anon"] += share
            c["anonymous"] += PAGE_SIZE
            if not dirty and pfn in lazyfree:         # MADV_FREE, not written since
                c["lazyfree"] += PAGE_SIZE
        elif vma.shmem is not None or use == USE_SHMEM:      # (a tmpfs file's page too)
            c["pss_shmem"] += share
        else:
            c["pss_file"] += share
        if mapcount >= 2:
            c["shared_dirty" if dirty else "shared_clean"] += PAGE_SIZE
        else:
            c["private_dirty" if dirty else "private_clean"] += PAGE_SIZE
        if pte & PTE_A or physmem.flags[idx] & PG_REFERENCED:
            c["referenced"] += PAGE_SIZE
    shmem = vma.shmem if vma.shmem is not None else \
        vma.file if vma.file is not None and vma.file.swap_backed else None
    if shmem is not None and shmem.swapped:
        # shmem / tmpfs pages out in swap are not in the PTEs: Linux adds shmem_swap_usage of
        # the range to Swap (not to SwapPss)
        first = vma.pgoff
        last = first + ((vma.end - vma.start) >> PAGE_SHIFT)
        c["swap"] += PAGE_SIZE * sum(1 for index in shmem.swapped if first <= index < last)
    return c


def _thp_eligible(mm, vma) -> int:
    from pagelab.kernel.mm.huge_memory import thp_eligible
    return int(thp_eligible(mm, vma))


def render_smaps_vma(mm, vma) -> str:
    c = smaps_counts(mm, vma)
    locked = c["pss"] >> PSS_SHIFT if vma.flags & VM_LOCKED else 0
    page_size = vma.file.h.size if vma.flags & VM_HUGETLB else PAGE_SIZE
    return "".join([
        maps_line(mm, vma),
        _kb_line("Size", vma.end - vma.start),
        _kb_line("KernelPageSize", page_size),
        _kb_line("MMUPageSize", page_size),
        _kb_line("Rss", c["rss"]),
        _kb_line("Pss", c["pss"] >> PSS_SHIFT),
        _kb_line("Pss_Dirty", c["pss_dirty"] >> PSS_SHIFT),
        _kb_line("Shared_Clean", c["shared_clean"]),
        _kb_line("Shared_Dirty", c["shared_dirty"]),
        _kb_line("Private_Clean", c["private_clean"]),
        _kb_line("Private_Dirty", c["private_dirty"]),
        _kb_line("Referenced", c["referenced"]),
        _kb_line("Anonymous", c["anonymous"]),
        _kb_line("KSM", 0),
        _kb_line("LazyFree", c["lazyfree"]),
        _kb_line("AnonHugePages", c["anon_huge"]),
        _kb_line("ShmemPmdMapped", 0),
        _kb_line("FilePmdMapped", 0),
        _kb_line("Shared_Hugetlb", c["shared_hugetlb"]),
        _kb_line("Private_Hugetlb", c["private_hugetlb"]),
        _kb_line("Swap", c["swap"]),
        _kb_line("SwapPss", c["swap_pss"] >> PSS_SHIFT),
        _kb_line("Locked", locked),
        "THPeligible:    %8d\n" % _thp_eligible(mm, vma),
        "VmFlags: " + vmflags_string(vma.flags) + "\n",
    ])


def render_smaps(mm) -> str:
    return "".join(render_smaps_vma(mm, vma) for vma in mm.vmas)


def render_smaps_rollup(mm) -> str:
    """smaps_rollup: one [rollup] record summing every VMA (reference §1.3)."""
    if not mm.vmas:
        return ""
    total = dict.fromkeys(("rss", "pss", "pss_dirty", "pss_anon", "pss_file", "pss_shmem",
                           "shared_clean", "shared_dirty", "private_clean", "private_dirty",
                           "referenced", "anonymous", "swap", "swap_pss", "lazyfree", "anon_huge",
                           "shared_hugetlb", "private_hugetlb"), 0)
    locked = 0
    for vma in mm.vmas:
        c = smaps_counts(mm, vma)
        for key in total:
            total[key] += c[key]
        if vma.flags & VM_LOCKED:
            locked += c["pss"]
    header = "%08x-%08x ---p %08x %02x:%02x %d " % (mm.vmas[0].start, mm.vmas[-1].end, 0, 0, 0, 0)
    lines = [header.ljust(MAPS_NAME_COLUMN) + " [rollup]\n",
             _kb_line("Rss", total["rss"])]
    for label, key in (("Pss", "pss"), ("Pss_Dirty", "pss_dirty"), ("Pss_Anon", "pss_anon"),
                       ("Pss_File", "pss_file"), ("Pss_Shmem", "pss_shmem")):
        lines.append(_kb_line(label, total[key] >> PSS_SHIFT))
    for label, key in (("Shared_Clean", "shared_clean"), ("Shared_Dirty", "shared_dirty"),
                       ("Private_Clean", "private_clean"), ("Private_Dirty", "private_dirty"),
                       ("Referenced", "referenced"), ("Anonymous", "anonymous")):
        lines.append(_kb_line(label, total[key]))
    lines.append(_kb_line("KSM", 0))
    lines.append(_kb_line("LazyFree", total["lazyfree"]))
    lines.append(_kb_line("AnonHugePages", total["anon_huge"]))
    for label in ("ShmemPmdMapped", "FilePmdMapped"):
        lines.append(_kb_line(label, 0))
    lines.append(_kb_line("Shared_Hugetlb", total["shared_hugetlb"]))
    lines.append(_kb_line("Private_Hugetlb", total["private_hugetlb"]))
    lines.append(_kb_line("Swap", total["swap"]))
    lines.append(_kb_line("SwapPss", total["swap_pss"] >> PSS_SHIFT))
    lines.append(_kb_line("Locked", locked >> PSS_SHIFT))
    return "".join(lines)


# --- /proc/<pid>/statm and status -----------------------------------------------------------

def text_bytes(mm) -> int:
    """VmExe: PAGE_ALIGN(end_code) - (start_code & PAGE_MASK), capped at exec_vm."""
    text = ((mm.end_code + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)) - (mm.start_code & ~(PAGE_SIZE - 1))
    return max(0, min(text, mm.exec_vm << PAGE_SHIFT))


def render_statm(mm) -> str:
    """size resident shared text lib data dt, in pages (task_statm)."""
    text = text_bytes(mm) >> PAGE_SHIFT
    return "%d %d %d %d 0 %d 0\n" % (mm.total_vm, mm.rss, mm.rss_file + mm.rss_shmem, text,
                                     mm.data_vm + mm.stack_vm)


def render_status_vm(mm) -> str:
    """The VmPeak .. HugetlbPages lines of /proc/<pid>/status (task_mem)."""
    kb = PAGE_SHIFT - 10
    rss = mm.rss
    text = text_bytes(mm)
    lib = (mm.exec_vm << PAGE_SHIFT) - text
    rows = [
        ("VmPeak", max(mm.hiwater_vm, mm.total_vm) << kb),
        ("VmSize", mm.total_vm << kb),
        ("VmLck", mm.locked_vm << kb),
        ("VmPin", mm.pinned_vm << kb),
        ("VmHWM", max(mm.hiwater_rss, rss) << kb),
        ("VmRSS", rss << kb),
        ("RssAnon", mm.rss_anon << kb),
        ("RssFile", mm.rss_file << kb),
        ("RssShmem", mm.rss_shmem << kb),
        ("VmData", mm.data_vm << kb),
        ("VmStk", mm.stack_vm << kb),
        ("VmExe", text >> 10),
        ("VmLib", lib >> 10),
        ("VmPTE", mm.pt_pages << kb),
        ("VmSwap", mm.swap_ents << (PAGE_SHIFT - 10)),
        ("HugetlbPages", hugetlb_usage(mm) >> 10),
    ]
    return "".join("%s:\t%8d kB\n" % row for row in rows)


# --- /proc/meminfo --------------------------------------------------------------------------------

def watermarks(physmem) -> tuple[int, int, int]:
    """(min, low, high) watermarks in pages: reclaim's, from vm.min_free_kbytes and
    vm.watermark_scale_factor (vmscan.py)."""
    return physmem.vmscan.watermarks()


def mem_available(kernel) -> int:
    """si_mem_available() in pages."""
    physmem = kernel.physmem
    _, low, high = watermarks(physmem)
    available = physmem.nr_free - high
    pagecache = physmem.nr_file_pages - physmem.nr_shmem
    pagecache -= min(pagecache // 2, low)
    available += pagecache
    reclaimable = physmem.slabs.pages(True)
    available += reclaimable - min(reclaimable // 2, low)
    return max(available, 0)


def lru_counts(physmem) -> dict:
    """Pages on each LRU list (vmscan.py): active/inactive x anon/file.  Shared anonymous
    (shmem) pages are on the anon lists, as in Linux."""
    return physmem.vmscan.counts()


def mlocked_pages(physmem) -> int:
    """Distinct frames mapped in VM_LOCKED VMAs of any address space."""
    frames = set()
    for mm in list(physmem.address_spaces.values()):
        for vma in mm.vmas:
            if vma.flags & VM_LOCKED:
                for vpn in mm._present_vpns(vma.start, vma.end):
                    pte = mm.pages[vpn]
                    pfn = entry_pfn(pte)
                    if not is_swap_pte(pte) and pfn != physmem.zero_pfn:
                        frames.add(pfn)
    return len(frames)


def meminfo(kernel) -> str:
    """/proc/meminfo, every field in Linux's order (riscv64 6.x configuration)."""
    from pagelab.kernel.policy.overcommit import commit_limit
    physmem = kernel.physmem
    kb = PAGE_SHIFT - 10
    sreclaimable = physmem.slabs.pages(True)
    sunreclaim = physmem.slabs.pages(False)
    swap = physmem.swap
    lru = lru_counts(physmem)
    mlocked = mlocked_pages(physmem)
    va_bits = {8: 39, 9: 48, 10: 57}.get(_mode_of(kernel), 48)
    vmalloc_total = ((1 << (va_bits - 1)) >> 2) - 1
    rows = [
        ("MemTotal", physmem.total_pages << kb),
        ("MemFree", physmem.nr_free << kb),
        ("MemAvailable", mem_available(kernel) << kb),
        ("Buffers", 0),
        ("Cached", physmem.nr_file_pages << kb),
        ("SwapCached", swap.nr_cached << kb),
        ("Active", (lru["active_anon"] + lru["active_file"]) << kb),
        ("Inactive", (lru["inactive_anon"] + lru["inactive_file"]) << kb),
        ("Active(anon)", lru["active_anon"] << kb),
        ("Inactive(anon)", lru["inactive_anon"] << kb),
        ("Active(file)", lru["active_file"] << kb),
        ("Inactive(file)", lru["inactive_file"] << kb),
        ("Unevictable", mlocked << kb),
        ("Mlocked", mlocked << kb),
        ("SwapTotal", swap.total_pages << kb),
        ("SwapFree", swap.free_pages << kb),
        ("Zswap", 0),
        ("Zswapped", 0),
        ("Dirty", physmem.nr_dirty << kb),
        ("Writeback", physmem.nr_writeback << kb),
        ("AnonPages", physmem.nr_anon_pages << kb),
        ("Mapped", physmem.nr_mapped << kb),
        ("Shmem", physmem.nr_shmem << kb),
        ("KReclaimable", sreclaimable << kb),
        ("Slab", (sreclaimable + sunreclaim) << kb),
        ("SReclaimable", sreclaimable << kb),
        ("SUnreclaim", sunreclaim << kb),
        ("KernelStack", physmem.slabs.kernel_stacks << (THREAD_SIZE_ORDER + kb)),
        ("PageTables", physmem.nr_page_table_pages << kb),
        ("SecPageTables", 0),
        ("NFS_Unstable", 0),
        ("Bounce", 0),
        ("WritebackTmp", 0),
        ("CommitLimit", commit_limit(kernel) << kb),
        ("Committed_AS", physmem.committed << kb),
        ("VmallocTotal", vmalloc_total >> 10),
        ("VmallocUsed", 0),
        ("VmallocChunk", 0),
        ("Percpu", 0),
        ("AnonHugePages", physmem.nr_anon_thps * HPAGE_PMD_NR << kb),
        ("ShmemHugePages", 0),
        ("ShmemPmdMapped", 0),
        ("FileHugePages", 0),
        ("FilePmdMapped", 0),
    ]
    out = ["%-16s%8d kB\n" % (name + ":", value) for name, value in rows]
    out += meminfo_lines(physmem)
    return "".join(out)


def _mode_of(kernel) -> int:
    from pagelab.kernel.mm.aspace import _paging_mode
    return _paging_mode(kernel)


# --- /proc/vmstat ------------------------------------------------------------------------------

# Linux 6.1's vm_event_item names (mm/vmstat.c vmstat_text) for a riscv64 kernel with swap,
# zswap, THP, hugetlbfs, compaction and migration, without NUMA, CMA, KSM or ballooning: every
# line /proc/vmstat has there, in its order.  Zone-split counters (pgalloc, allocstall, pgskip)
# are expanded from ZONES.  A counter pagelab never increments counts an event pagelab does
# not have (compaction, migration, THP, ...), so 0 is its true value.
ZONES = ("dma32", "normal", "movable")
VM_EVENTS = (
    ["pgpgin", "pgpgout", "pswpin", "pswpout"]
    + ["pgalloc_" + z for z in ZONES] + ["allocstall_" + z for z in ZONES]
    + ["pgskip_" + z for z in ZONES]
    + ["pgfree", "pgactivate", "pgdeactivate", "pglazyfree", "pgfault", "pgmajfault",
       "pglazyfreed", "pgrefill", "pgreuse", "pgsteal_kswapd", "pgsteal_direct",
       "pgsteal_khugepaged", "pgdemote_kswapd", "pgdemote_direct", "pgscan_kswapd",
       "pgscan_direct", "pgscan_khugepaged", "pgscan_direct_throttle", "pgscan_anon",
       "pgscan_file", "pgsteal_anon", "pgsteal_file", "pginodesteal", "slabs_scanned",
       "kswapd_inodesteal", "kswapd_low_wmark_hit_quickly", "kswapd_high_wmark_hit_quickly",
       "pageoutrun", "pgrotated", "drop_pagecache", "drop_slab", "oom_kill",
       "pgmigrate_success", "pgmigrate_fail", "thp_migration_success", "thp_migration_fail",
       "thp_migration_split", "compact_migrate_scanned", "compact_free_scanned",
       "compact_isolated", "compact_stall", "compact_fail", "compact_success",
       "compact_daemon_wake", "compact_daemon_migrate_scanned", "compact_daemon_free_scanned",
       "htlb_buddy_alloc_success", "htlb_buddy_alloc_fail", "unevictable_pgs_culled",
       "unevictable_pgs_scanned", "unevictable_pgs_rescued", "unevictable_pgs_mlocked",
       "unevictable_pgs_munlocked", "unevictable_pgs_cleared", "unevictable_pgs_stranded",
       "thp_fault_alloc", "thp_fault_fallback", "thp_fault_fallback_charge",
       "thp_collapse_alloc", "thp_collapse_alloc_failed", "thp_file_alloc",
       "thp_file_fallback", "thp_file_fallback_charge", "thp_file_mapped", "thp_split_page",
       "thp_split_page_failed", "thp_deferred_split_page", "thp_split_pmd",
       "thp_scan_exceed_none_pte", "thp_scan_exceed_swap_pte", "thp_scan_exceed_share_pte",
       "thp_zero_page_alloc", "thp_zero_page_alloc_failed", "thp_swpout",
       "thp_swpout_fallback", "swap_ra", "swap_ra_hit", "zswpin", "zswpout"])


def dirty_thresholds(kernel) -> tuple[int, int]:
    """(nr_dirty_threshold, nr_dirty_background_threshold) in pages: Linux
    global_dirty_limits, from vm.dirty_ratio / dirty_bytes and their background twins
    (writeback.py)."""
    from pagelab.kernel.mm.writeback import dirty_limits
    return dirty_limits(kernel)


def vmstat(kernel) -> str:
    """/proc/vmstat: Linux 6.1's zone, node and writeback gauges, then VM_EVENTS, in order."""
    physmem = kernel.physmem
    ev = physmem.events
    lru = lru_counts(physmem)
    mlocked = mlocked_pages(physmem)
    thresh, bg_thresh = dirty_thresholds(kernel)
    rows = [
        ("nr_free_pages", physmem.nr_free),
        ("nr_zone_inactive_anon", lru["inactive_anon"]),
        ("nr_zone_active_anon", lru["active_anon"]),
        ("nr_zone_inactive_file", lru["inactive_file"]),
        ("nr_zone_active_file", lru["active_file"]),
        ("nr_zone_unevictable", mlocked),
        ("nr_zone_write_pending", physmem.nr_dirty + physmem.nr_writeback),
        ("nr_mlock", mlocked),
        ("nr_bounce", 0),
        ("nr_zspages", 0),
        ("nr_free_cma", 0),
        ("nr_inactive_anon", lru["inactive_anon"]),
        ("nr_active_anon", lru["active_anon"]),
        ("nr_inactive_file", lru["inactive_file"]),
        ("nr_active_file", lru["active_file"]),
        ("nr_unevictable", mlocked),
        ("nr_slab_reclaimable", physmem.slabs.pages(True)),
        ("nr_slab_unreclaimable", physmem.slabs.pages(False)),
        ("nr_isolated_anon", 0),
        ("nr_isolated_file", 0),
        ("workingset_nodes", 0),
        ("workingset_refault_anon", ev.get("workingset_refault_anon", 0)),
        ("workingset_refault_file", ev.get("workingset_refault_file", 0)),
        ("workingset_activate_anon", ev.get("workingset_activate_anon", 0)),
        ("workingset_activate_file", ev.get("workingset_activate_file", 0)),
        ("workingset_restore_anon", ev.get("workingset_restore_anon", 0)),
        ("workingset_restore_file", ev.get("workingset_restore_file", 0)),
        ("workingset_nodereclaim", 0),
        ("nr_anon_pages", physmem.nr_anon_pages),
        ("nr_mapped", physmem.nr_mapped),
        ("nr_file_pages", physmem.nr_file_pages),
        ("nr_dirty", physmem.nr_dirty),
        ("nr_writeback", physmem.nr_writeback),
        ("nr_writeback_temp", 0),
        ("nr_shmem", physmem.nr_shmem),
        ("nr_shmem_hugepages", 0),
        ("nr_shmem_pmdmapped", 0),
        ("nr_file_hugepages", 0),
        ("nr_file_pmdmapped", 0),
        ("nr_anon_transparent_hugepages", physmem.nr_anon_thps),
        ("nr_vmscan_write", ev.get("nr_vmscan_write", 0)),
        ("nr_vmscan_immediate_reclaim", 0),
        ("nr_dirtied", ev.get("nr_dirtied", 0)),
        ("nr_written", ev.get("nr_written", 0)),
        ("nr_throttled_written", 0),
        ("nr_kernel_misc_reclaimable", 0),
        ("nr_foll_pin_acquired", 0),
        ("nr_foll_pin_released", 0),
        ("nr_kernel_stack", physmem.slabs.kernel_stacks << (THREAD_SIZE_ORDER + PAGE_SHIFT - 10)),
        ("nr_page_table_pages", physmem.nr_page_table_pages),
        ("nr_sec_page_table_pages", 0),
        ("nr_swapcached", physmem.swap.nr_cached),
        ("nr_dirty_threshold", thresh),
        ("nr_dirty_background_threshold", bg_thresh),
    ]
    # pagelab counts allocations and stalls in one zone; Linux names it DMA32 when all of RAM
    # lies below 4 GiB, else Normal.
    zone = "dma32" if DRAM_BASE + (physmem.nframes << PAGE_SHIFT) <= 1 << 32 else "normal"
    zoned = {f"pgalloc_{zone}": ev.get("pgalloc_normal", 0),
             f"allocstall_{zone}": ev.get("allocstall_normal", 0),
             "pageoutrun": ev.get("kswapd_wake", 0)}      # kswapd's balancing runs
    for name in VM_EVENTS:
        if name.startswith(("pgalloc_", "allocstall_")) or name == "pageoutrun":
            rows.append((name, zoned.get(name, 0)))
        else:
            rows.append((name, ev.get(name, 0)))
    return "".join("%s %d\n" % row for row in rows)


def swaps(kernel) -> str:
    """/proc/swaps (Linux swap_show): the header, then one line per enabled area."""
    out = ["Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"]
    for area in kernel.physmem.swap.active:
        size = area.pages << (PAGE_SHIFT - 10)
        used = area.inuse << (PAGE_SHIFT - 10)
        pad = 40 - len(area.path) if len(area.path) < 40 else 1
        out.append("%s%*s%s\t%d\t%s%d\t%s%d\n"
                   % (area.path, pad, " ", "partition" if area.partition else "file\t",
                      size, "\t" if size < 10000000 else "", used,
                      "\t" if used < 10000000 else "", area.priority))
    return "".join(out)


def slabinfo(kernel) -> str:
    return render_slabinfo(kernel.physmem)


# --- /proc/buddyinfo ---------------------------------------------------------------------------

LINUX_MAX_ORDER = 10          # Linux's free areas go up to order 10 (4 MiB blocks)


def buddyinfo(kernel) -> str:
    """/proc/buddyinfo: free blocks per order (mm/vmstat.c frag_show_print).  pagelab's buddy
    allocator keeps blocks up to order 18; a larger block is shown as the 2^(k-10) order-10
    blocks Linux would hold, so the columns mean what they mean on Linux."""
    physmem = kernel.physmem
    counts = [0] * (LINUX_MAX_ORDER + 1)
    for order, free in enumerate(physmem.free_lists):
        if order <= LINUX_MAX_ORDER:
            counts[order] += len(free)
        else:
            counts[LINUX_MAX_ORDER] += len(free) << (order - LINUX_MAX_ORDER)
    end = DRAM_BASE + (physmem.nframes << PAGE_SHIFT)
    zone = "DMA32" if end <= 1 << 32 else "Normal"
    return "Node 0, zone %8s " % zone + "".join("%6d " % n for n in counts) + "\n"


# --- /proc/<pid>/pagemap ---------------------------------------------------------------------

PM_PFN_MASK = (1 << 55) - 1
PM_EXCLUSIVE = 1 << 56
PM_FILE = 1 << 61
PM_SWAP = 1 << 62
PM_PRESENT = 1 << 63


def pagemap_bytes(mm, offset: int, count: int, show_pfn: bool = True) -> bytes:
    """`count` bytes of /proc/<pid>/pagemap from byte `offset`: one little-endian u64 per
    virtual page (Documentation/admin-guide/mm/pagemap.rst): bits 0-54 the frame number
    (zero unless the reader may see it: CAP_SYS_ADMIN), 56 exclusively mapped, 61 file page or
    shared anonymous, 62 swapped, 63 present.  Offsets follow vpn * 8; a read ends at the end
    of the user address space."""
    import struct
    physmem = mm.physmem
    first = offset // 8
    last = min((offset + count + 7) // 8, mm.task_size >> PAGE_SHIFT)
    out = bytearray()
    for vpn in range(first, last):
        pte = mm.pages.get(vpn)
        entry = 0
        if pte is not None and is_swap_pte(pte):
            # bits 0-4 swap type, 5-54 offset, 62 swapped (pagemap.rst)
            entry = PM_SWAP | (swp_type(pte) | (swp_offset(pte) << 5)) & PM_PFN_MASK
            if physmem.swap.count(pte) == 1:
                entry |= PM_EXCLUSIVE
        elif pte is not None:
            pfn = entry_pfn(pte)
            entry = PM_PRESENT | (pfn & PM_PFN_MASK if show_pfn else 0)
            if pfn != physmem.zero_pfn and physmem.use[pfn - physmem.base_pfn] == USE_HUGETLB:
                # pagemap_hugetlb_range: file unless a private copy; exclusive by the head
                head = physmem.compound_head(pfn) - physmem.base_pfn
                if physmem.owner[head] is not None:
                    entry |= PM_FILE
                if physmem.compound_mapcount.get(head, 0) == 1:
                    entry |= PM_EXCLUSIVE
            elif pfn != physmem.zero_pfn:
                idx = pfn - physmem.base_pfn
                if physmem.use[idx] != USE_ANON:
                    entry |= PM_FILE
                mapcount = physmem.mapcount[idx]
                if physmem.flags[idx] & (PG_HEAD | PG_TAIL):      # a THP's: page_mapcount
                    mapcount += physmem.compound_mapcount.get(physmem.compound_head_idx(idx), 0)
                if mapcount == 1:
                    entry |= PM_EXCLUSIVE
        out += struct.pack("<Q", entry)
    start = offset - first * 8
    return bytes(out[start:start + count])
