"""Transparent huge pages (kernel/mm/huge_memory.py, khugepaged.py, kernel/policy/thp.py): when a
fault maps 2 MiB, the huge zero page, fallback, splits on partial operations and before
reclaim, COW after fork, khugepaged, the policy, and the /proc files.  Every test ends with
check_invariants (compound-page reference and map counts included)."""
from __future__ import annotations

import pytest
from mm_helpers import (LOAD, MAP_ANON, MAP_FIXED, MAP_PRIVATE, PROT_R, PROT_W, STORE,
                        MiniKernel)
from mm_helpers import invariants_after_each_test  # noqa: F401  (autouse: every test)

from pagelab.kernel.mm.huge_memory import (PR_GET_THP_DISABLE, PR_SET_THP_DISABLE,
                                           bracketed, prctl_thp)
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.mmap import MADV_DONTNEED, MADV_HUGEPAGE, MADV_NOHUGEPAGE
from pagelab.kernel.mm.procfs import meminfo, vmstat
from pagelab.kernel.trace import HugeAlloc, HugeCollapse, HugeSplit

M2 = 2 << 20
BASE = 0x4000_0000
RW = PROT_R | PROT_W


def kernel(mode="always", mem=64 << 20, **kw) -> MiniKernel:
    k = MiniKernel(mem=mem, **kw)
    k.physmem.thp.enabled = mode
    return k


def anon(mm, size=4 * M2, addr=BASE):
    assert mm.mmap(addr, size, RW, MAP_PRIVATE | MAP_ANON | MAP_FIXED) == addr
    return addr


def is_huge(mm, va) -> bool:
    return mm.pt.get(va) is not None and mm.pt.get(va)[1] == 1


def ev(k, name):
    return k.physmem.events.get(name, 0)


def ok(k):
    assert check_invariants(k.physmem) == []


def fill(mm, start, npages, tag=0):
    for i in range(npages):
        mm.copy_out(start + i * 4096, bytes([(i + tag) % 251 + 1]) * 8)


def check(mm, start, npages, tag=0, skip=()):
    for i in range(npages):
        if i in skip:
            continue
        assert mm.copy_in(start + i * 4096, 8) == bytes([(i + tag) % 251 + 1]) * 8, i


# --- faults --------------------------------------------------------------------------------

def test_write_fault_in_always_mode_maps_a_2mib_page():
    k = kernel("always")
    mm = k.new_mm()
    base = anon(mm)
    assert mm.handle_fault(base + M2 + 12345, STORE).ok
    assert is_huge(mm, base + M2) and not is_huge(mm, base)
    assert ev(k, "thp_fault_alloc") == 1 and mm.rss_anon == 512
    assert k.physmem.nr_anon_thps == 1
    assert "AnonHugePages:      2048 kB" in meminfo(k)
    assert "nr_anon_transparent_hugepages 1\n" in vmstat(k)
    assert "thp_fault_alloc 1\n" in vmstat(k)
    ok(k)


@pytest.mark.parametrize("mode, advice, huge", [
    ("always", None, True), ("always", MADV_NOHUGEPAGE, False),
    ("madvise", None, False), ("madvise", MADV_HUGEPAGE, True),
    ("never", MADV_HUGEPAGE, False),
])
def test_the_mode_and_madvise_decide(mode, advice, huge):
    k = kernel(mode)
    mm = k.new_mm()
    base = anon(mm)
    if advice is not None:
        assert mm.madvise(base, 4 * M2, advice) == 0
    assert mm.handle_fault(base, STORE).ok
    assert is_huge(mm, base) == huge
    ok(k)


def test_prctl_thp_disable_stops_huge_faults_and_is_inherited():
    k = kernel("always")
    mm = k.new_mm()
    base = anon(mm)
    assert prctl_thp(mm, PR_GET_THP_DISABLE, 0, 0, 0, 0) == 0
    assert prctl_thp(mm, PR_SET_THP_DISABLE, 1, 0, 0, 0) == 0
    assert prctl_thp(mm, PR_GET_THP_DISABLE, 0, 0, 0, 0) == 1
    assert prctl_thp(mm, PR_SET_THP_DISABLE, 1, 1, 0, 0) < 0       # EINVAL
    assert mm.handle_fault(base, STORE).ok and not is_huge(mm, base)
    child = mm.fork()
    assert child.thp_disabled
    assert "THPeligible:           0" in mm.smaps_text()
    ok(k)


def test_a_vma_without_an_aligned_2mib_range_gets_small_pages():
    k = kernel("always")
    mm = k.new_mm()
    base = anon(mm, M2 + 8192, BASE + 4096)       # holds no aligned 2 MiB range
    assert mm.handle_fault(base, STORE).ok and not is_huge(mm, base)
    assert "THPeligible:           0" in mm.smaps_text()
    ok(k)


def test_read_fault_maps_the_huge_zero_page_then_a_write_splits_it():
    k = kernel("always")
    mm = k.new_mm()
    base = anon(mm)
    assert mm.handle_fault(base + 100, LOAD).ok
    assert is_huge(mm, base) and ev(k, "thp_zero_page_alloc") == 1
    assert mm.rss_anon == 0 and mm.copy_in(base + 5 * 4096, 4) == b"\0\0\0\0"
    assert mm.handle_fault(base + M2, LOAD).ok          # the same huge zero page again
    assert ev(k, "thp_zero_page_alloc") == 1
    ok(k)
    assert mm.handle_fault(base + 3 * 4096, STORE).ok   # split into small zero PTEs, COW one
    assert not is_huge(mm, base) and mm.rss_anon == 1 and ev(k, "thp_split_pmd") == 1
    assert mm.pages[(base >> 12) + 4] >> 10 == k.physmem.zero_pfn
    ok(k)


def test_use_zero_page_0_makes_a_read_fault_allocate_a_thp():
    k = kernel("always")
    k.physmem.thp.use_zero_page = 0
    mm = k.new_mm()
    base = anon(mm)
    assert mm.handle_fault(base, LOAD).ok and is_huge(mm, base)
    assert ev(k, "thp_zero_page_alloc") == 0 and ev(k, "thp_fault_alloc") == 1
    ok(k)


def test_no_free_2mib_block_falls_back_to_4kib_and_counts_it():
    k = kernel("always", mem=16 << 20)
    pm = k.physmem
    mm = k.new_mm()
    base = anon(mm, M2)
    while any(pm.free_lists[9:]):                        # keep one frame of every 2 MiB block
        pfn = pm.alloc_pages(9)
        for i in range(1, 512):
            pm.free_pages(pfn + i, 0)
    assert mm.handle_fault(base, STORE).ok and not is_huge(mm, base)
    assert ev(k, "thp_fault_fallback") == 1 and ev(k, "thp_fault_alloc") == 0


# --- splits -------------------------------------------------------------------------------

def huge_filled(k, n=2):
    mm = k.new_mm()
    base = anon(mm)
    for i in range(n):
        assert mm.handle_fault(base + i * M2, STORE).ok
    fill(mm, base, n * 512)
    assert all(is_huge(mm, base + i * M2) for i in range(n))
    return mm, base


def test_partial_munmap_splits_and_keeps_the_rest_intact():
    k = kernel()
    mm, base = huge_filled(k)
    assert mm.munmap(base + 10 * 4096, 4096) == 0
    assert not is_huge(mm, base) and is_huge(mm, base + M2)
    assert ev(k, "thp_split_pmd") == 1 and mm.rss_anon == 1023
    check(mm, base, 1024, skip={10})
    ok(k)


def test_munmap_of_a_whole_huge_page_does_not_split():
    k = kernel()
    mm, base = huge_filled(k)
    free = k.physmem.nr_free
    assert mm.munmap(base + M2, M2) == 0
    assert ev(k, "thp_split_pmd") == 0 and k.physmem.nr_free >= free + 512
    check(mm, base, 512)
    ok(k)


def test_partial_mprotect_splits_and_a_whole_one_does_not():
    k = kernel()
    mm, base = huge_filled(k)
    assert mm.mprotect(base + M2, M2, PROT_R) == 0          # whole: stays huge, read-only
    assert is_huge(mm, base + M2) and ev(k, "thp_split_pmd") == 0
    assert not mm.handle_fault(base + M2, STORE).ok
    assert mm.mprotect(base + 4096, 4096, PROT_R) == 0
    assert not is_huge(mm, base) and ev(k, "thp_split_pmd") == 1
    assert not mm.handle_fault(base + 4096, STORE).ok and mm.handle_fault(base, STORE).ok
    check(mm, base, 1024)
    ok(k)


def test_mprotect_none_splits_and_restores():
    k = kernel()
    mm, base = huge_filled(k, 1)
    assert mm.mprotect(base, M2, 0) == 0
    assert mm.pt.get(base) is None
    assert mm.mprotect(base, M2, RW) == 0
    check(mm, base, 512)
    ok(k)


def test_mremap_moves_a_whole_aligned_thp_as_it_is():
    k = kernel()
    mm, base = huge_filled(k, 2)
    new = mm.mremap(base, 2 * M2, 2 * M2, 3, BASE + 64 * M2)    # MAYMOVE | FIXED, aligned
    assert new == BASE + 64 * M2
    assert is_huge(mm, new) and is_huge(mm, new + M2) and ev(k, "thp_split_pmd") == 0
    assert mm.pt.get(base) is None and "AnonHugePages:      4096 kB" in mm.smaps_text()
    check(mm, new, 1024)
    assert mm.handle_fault(new + 5, STORE).ok


def test_mremap_to_an_unaligned_place_or_of_part_splits():
    k = kernel()
    mm, base = huge_filled(k, 2)
    new = mm.mremap(base, M2, M2, 3, BASE + 64 * M2 + 4096)    # not 2 MiB aligned: split
    assert new == BASE + 64 * M2 + 4096 and ev(k, "thp_split_pmd") == 1
    check(mm, new, 512)
    new2 = mm.mremap(base + M2 + 8192, 8192, 8192, 3, BASE + 80 * M2)   # part of a THP
    assert new2 == BASE + 80 * M2 and ev(k, "thp_split_pmd") == 2
    assert mm.copy_in(new2, 8) == bytes([(512 + 2) % 251 + 1]) * 8


def test_partial_madvise_dontneed_splits():
    k = kernel()
    mm, base = huge_filled(k, 1)
    assert mm.madvise(base + 8 * 4096, 4 * 4096, MADV_DONTNEED) == 0
    assert ev(k, "thp_split_pmd") == 1
    assert mm.copy_in(base + 9 * 4096, 8) == bytes(8)
    check(mm, base, 512, skip={8, 9, 10, 11})
    ok(k)


def test_a_vma_split_inside_a_huge_page_splits_it():
    k = kernel()
    mm, base = huge_filled(k, 1)
    assert mm.madvise(base + 4096, 4096, MADV_NOHUGEPAGE) == 0
    assert not is_huge(mm, base) and ev(k, "thp_split_pmd") == 1
    check(mm, base, 512)
    ok(k)


# --- fork and copy-on-write --------------------------------------------------------------

def test_cow_after_fork_splits_only_the_writer_and_copies_one_page():
    k = kernel()
    mm, base = huge_filled(k, 1)
    child = mm.fork()
    ok(k)
    assert is_huge(child, base) and is_huge(mm, base)
    assert "Shared_Dirty:       2048 kB" in mm.smaps_text()
    copies = ev(k, "cow_copies")
    assert child.handle_fault(base + 7 * 4096, STORE).ok
    child.copy_out(base + 7 * 4096, b"child!!!")
    assert not is_huge(child, base) and is_huge(mm, base)
    assert ev(k, "cow_copies") == copies + 1 and ev(k, "thp_split_pmd") == 1
    assert "AnonHugePages:      2048 kB" in mm.smaps_text()
    assert "AnonHugePages:         0 kB" in child.smaps_text()
    check(mm, base, 512)
    check(child, base, 512, skip={7})
    assert child.copy_in(base + 7 * 4096, 8) == b"child!!!"
    ok(k)
    mm.destroy()                    # the child's PTEs are all that is left: the page splits
    ok(k)
    check(child, base, 512, skip={7})
    assert child.handle_fault(base + 9 * 4096, STORE).ok
    ok(k)


def test_a_write_to_a_thp_only_this_process_maps_reuses_it():
    k = kernel()
    mm, base = huge_filled(k, 1)
    child = mm.fork()
    child.destroy()
    assert mm.handle_fault(base, STORE).ok
    assert is_huge(mm, base) and ev(k, "thp_split_pmd") == 0
    ok(k)


# --- reclaim ------------------------------------------------------------------------------

def test_reclaim_splits_a_thp_before_swapping_it_out():
    k = kernel("always", mem=16 << 20)
    pm = k.physmem
    pm.swap.devices["/dev/test"] = 8192
    pm.swap.swapon("/dev/test", 8192)
    mm = k.new_mm()
    base = anon(mm, 12 * M2)                  # 24 MiB in 16 MiB of RAM
    for i in range(12):
        assert mm.handle_fault(base + i * M2, STORE).ok
        mm.copy_out(base + i * M2 + 4096, bytes([i + 1]) * 16)
    thps = ev(k, "thp_fault_alloc")
    assert thps >= 2
    for page in range(12 * 512):              # every page written: reclaim must swap
        mm.copy_out(base + page * 4096 + 64, b"x")
    assert ev(k, "pswpout") > 0 and ev(k, "thp_split_page") > 0
    for i in range(12):
        assert mm.copy_in(base + i * M2 + 4096, 16) == bytes([i + 1]) * 16
    ok(k)


# --- khugepaged ---------------------------------------------------------------------------

def small_pages(k, npages=512, step=1):
    mm = k.new_mm()
    base = anon(mm)
    for i in range(0, npages, step):
        assert mm.handle_fault(base + i * 4096, STORE).ok
        mm.copy_out(base + i * 4096, bytes([i % 251 + 1]) * 8)
    assert not is_huge(mm, base)
    return mm, base


def test_khugepaged_collapses_a_range_of_small_pages():
    k = kernel("madvise")
    mm, base = small_pages(k, 300)
    khugepaged = k.physmem.khugepaged
    assert khugepaged.scan(k, 4096) == (0, False)          # madvise mode, no MADV_HUGEPAGE
    assert mm.madvise(base, 4 * M2, MADV_HUGEPAGE) == 0
    free = k.physmem.nr_free
    collapsed, failed = khugepaged.scan(k, 4096)
    assert (collapsed, failed) == (1, False) and is_huge(mm, base)
    assert k.physmem.thp.pages_collapsed == 1 and k.physmem.thp.full_scans == 2
    assert ev(k, "thp_collapse_alloc") == 1 and k.physmem.nr_free == free - 512 + 300
    for i in range(512):
        want = bytes([i % 251 + 1]) * 8 if i < 300 else bytes(8)
        assert mm.copy_in(base + i * 4096, 8) == want
    assert mm.handle_fault(base + 5, STORE).ok and mm.rss_anon == 512
    ok(k)


def test_khugepaged_respects_max_ptes_none_and_the_policy():
    k = kernel("always", policies={"thp": "never"})
    k.physmem.thp.enabled = "always"
    mm, base = small_pages(k, 512)
    assert k.physmem.khugepaged.scan(k, 4096)[0] == 0          # policy never: no collapse
    k2 = kernel("always")
    k2.physmem.thp.enabled = "never"
    mm2, base2 = small_pages(k2, 512, step=2)                   # 256 empty entries
    k2.physmem.thp.enabled = "always"
    k2.physmem.thp.max_ptes_none = 100
    assert k2.physmem.khugepaged.scan(k2, 4096)[0] == 0
    assert ev(k2, "thp_scan_exceed_none_pte") >= 1
    k2.physmem.thp.max_ptes_none = 511
    assert k2.physmem.khugepaged.scan(k2, 4096)[0] == 1
    ok(k2)


def test_khugepaged_wakes_on_simulated_time():
    class Clock:
        now = 0

        def now_ns(self):
            return self.now
    k = kernel("always")
    k.physmem.thp.enabled = "never"
    mm, base = small_pages(k, 512)
    k.physmem.thp.enabled = "always"
    clock = Clock()
    khugepaged = k.physmem.khugepaged
    assert khugepaged.wake_if_due(clock) == 0 and not is_huge(mm, base)
    clock.now = 10_000 * 1_000_000                              # scan_sleep_millisecs
    assert khugepaged.wake_if_due(clock) == 1 and is_huge(mm, base)
    assert khugepaged.due_ns == clock.now + 10_000 * 1_000_000


def test_dense_policy_collapses_only_full_ranges_and_never_faults_huge():
    k = kernel("always", policies={"thp": "dense"})
    mm = k.new_mm()
    base = anon(mm)
    assert mm.handle_fault(base, STORE).ok and not is_huge(mm, base)
    for i in range(1, 511):
        assert mm.handle_fault(base + i * 4096, STORE).ok
    assert k.physmem.khugepaged.scan(k, 4096)[0] == 0          # one entry empty
    assert mm.handle_fault(base + 511 * 4096, STORE).ok
    assert k.physmem.khugepaged.scan(k, 4096)[0] == 1
    ok(k)


# --- /proc and trace events ------------------------------------------------------------------

def test_smaps_fields_rollup_and_pagemap_for_a_huge_mapping():
    k = kernel()
    mm, base = huge_filled(k, 1)
    smaps = mm.smaps_text()
    assert "AnonHugePages:      2048 kB" in smaps and "THPeligible:           1" in smaps
    assert "KernelPageSize:        4 kB" in smaps and "MMUPageSize:           4 kB" in smaps
    assert "Rss:                2048 kB" in smaps
    assert "AnonHugePages:      2048 kB" in mm.smaps_rollup_text()
    raw = mm.pagemap_bytes((base >> 12) * 8, 512 * 8)
    pfns = [int.from_bytes(raw[i:i + 8], "little") & ((1 << 55) - 1) for i in range(0, 4096, 8)]
    head = mm.pages[base >> 12] >> 10
    assert pfns == list(range(head, head + 512))
    entries = [int.from_bytes(raw[i:i + 8], "little") for i in range(0, 4096, 8)]
    assert all(e >> 63 & 1 and e >> 56 & 1 and not e >> 61 & 1 for e in entries)  # exclusive
    child = mm.fork()
    raw = mm.pagemap_bytes((base >> 12) * 8, 512 * 8)
    assert not any(int.from_bytes(raw[i:i + 8], "little") >> 56 & 1 for i in range(0, 4096, 8))
    child.destroy()


def test_trace_events_for_alloc_split_and_collapse():
    k = kernel()
    seen = []
    k.trace.enabled = True
    k.trace.listeners = getattr(k.trace, "listeners", [])
    import pagelab.kernel.trace as T
    original = T.emit_mm

    def spy(mm, cls, *args):
        seen.append(cls)
        return original(mm, cls, *args)
    T.emit_mm = spy
    try:
        mm, base = huge_filled(k, 1)
        mm.madvise(base + 4096, 4096, MADV_DONTNEED)
        k.physmem.khugepaged.scan(k, 4096)
    finally:
        T.emit_mm = original
    assert HugeAlloc in seen and HugeSplit in seen and HugeCollapse in seen


def test_sysfs_formats():
    assert bracketed(("always", "madvise", "never"), "madvise") == "always [madvise] never\n"
    assert bracketed(("always", "defer", "defer+madvise", "madvise", "never"), "madvise") == \
        "always defer defer+madvise [madvise] never\n"


@pytest.mark.parametrize("defrag, advise, reclaimed", [
    ("always", False, True), ("madvise", True, True), ("madvise", False, False),
    ("never", True, False),
])
def test_defrag_decides_whether_a_huge_fault_reclaims(defrag, advise, reclaimed):
    k = kernel("always", mem=16 << 20)
    pm = k.physmem
    pm.thp.defrag = defrag
    mm = k.new_mm()
    filler = anon(mm, 5 * M2, BASE + 16 * M2)
    for page in range(0, 5 * 512):                       # page cache-free memory, all anon:
        pm.thp.enabled = "never"                         # small pages fill RAM
        if not mm.handle_fault(filler + page * 4096, STORE).ok or not any(pm.free_lists[9:]):
            break
    pm.swap.devices["/dev/t"] = 8192
    pm.swap.swapon("/dev/t", 8192)
    while any(pm.free_lists[9:]):                        # no free 2 MiB block left
        pm.alloc_pages(9)
    pm.thp.enabled = "always"
    base = anon(mm, M2)
    if advise:
        assert mm.madvise(base, M2, MADV_HUGEPAGE) == 0
    scanned = ev(k, "pgscan_direct")
    assert mm.handle_fault(base, STORE).ok
    assert (ev(k, "pgscan_direct") > scanned) == reclaimed


def test_thp_fault_possible_follows_the_mode_and_the_policy():
    from pagelab.kernel.mm.huge_memory import thp_fault_possible
    k = kernel("madvise")
    mm = k.new_mm()
    base = anon(mm)
    vma = mm.vma_at(base)
    assert not thp_fault_possible(mm, vma)
    k.physmem.thp.enabled = "always"
    assert thp_fault_possible(mm, vma)
    small = mm.vma_at(anon(mm, M2 + 8192, BASE + 16 * M2 + 4096))
    assert not thp_fault_possible(mm, small)
    k2 = kernel("always", policies={"thp": "dense"})
    mm2 = k2.new_mm()
    assert not thp_fault_possible(mm2, mm2.vma_at(anon(mm2)))


def test_khugepaged_swaps_a_few_pages_back_in_before_collapsing():
    k = kernel("never", mem=32 << 20)
    pm = k.physmem
    pm.swap.devices["/dev/t"] = 4096
    pm.swap.swapon("/dev/t", 4096)
    mm, base = small_pages(k, 512)
    assert mm.madvise(base + 10 * 4096, 20 * 4096, 21) == 0          # MADV_PAGEOUT 20 pages
    assert sum(1 for v in range(base >> 12, (base >> 12) + 512)
               if mm.pages[v] & 1 == 0) == 20                       # now swap entries
    pm.thp.enabled = "always"
    pm.thp.max_ptes_swap = 10
    assert pm.khugepaged.scan(k, 4096)[0] == 0 and ev(k, "thp_scan_exceed_swap_pte") >= 1
    pm.thp.max_ptes_swap = 64
    swapins = ev(k, "pswpin")
    assert pm.khugepaged.scan(k, 4096)[0] == 1 and is_huge(mm, base)
    assert ev(k, "pswpin") > swapins
    for i in range(512):
        assert mm.copy_in(base + i * 4096, 8) == bytes([i % 251 + 1]) * 8
