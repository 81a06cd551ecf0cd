"""Swap-in keeps the slot (Linux 6.1 do_swap_page): a page read back stays in the swap cache,
mapped read-only, and reclaim drops it again without writing it while it is clean; a write,
an unmap, or swap more than half full lets the slot go.  And the lru policy's promotion on a
second reference (PG_referenced).  Driven at the kernel level, invariants checked throughout."""
from __future__ import annotations

from pagelab.kernel.mm.inspect import check_invariants, is_swapped, pfn_of
from pagelab.kernel.mm.physmem import PG_ACTIVE, PG_REFERENCED, PG_SWAPCACHE
from pagelab.mmu.pte import PTE_A, PTE_V, PTE_W

import mm_helpers
from mm_helpers import PAGE, filled, stamp

MADV_PAGEOUT = 21


def swap_kernel(mem=8 << 20, swap=8 << 20):
    """(vm.page-cluster=0: no readahead, so each swap-in reads just the page asked for.)"""
    return mm_helpers.swap_kernel(mem=mem, swap=swap, sysctl={"vm.page-cluster": 0})


def flags_of(kernel, mm, va: int) -> int:
    physmem = kernel.physmem
    return physmem.flags[pfn_of(mm, va) - physmem.base_pfn]


def test_a_page_read_back_keeps_its_slot_and_goes_out_again_without_a_write():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    base = filled(mm, 4)
    swap, ev = kernel.physmem.swap, kernel.physmem.events
    assert mm.madvise(base, 4 * PAGE, MADV_PAGEOUT) == 0
    assert ev["pswpout"] == 4 and swap.used_pages == 4 and swap.nr_cached == 0
    assert mm.copy_in(base, 32) == stamp(0)                      # a read fault: swap-in
    assert ev["pswpin"] == 1
    pte = mm.pages[base >> 12]
    assert pte & PTE_V and not pte & PTE_W                       # read-only while cached
    assert flags_of(kernel, mm, base) & PG_SWAPCACHE
    assert swap.used_pages == 4 and swap.nr_cached == 1          # the slot is kept
    assert check_invariants(kernel.physmem) == []
    assert mm.madvise(base, PAGE, MADV_PAGEOUT) == 0             # clean: no second write
    assert is_swapped(mm, base) and ev["pswpout"] == 4 and swap.nr_cached == 0
    assert check_invariants(kernel.physmem) == []
    assert mm.copy_in(base, 32) == stamp(0) and ev["pswpin"] == 2


def test_a_write_frees_the_slot_and_the_page_is_written_again_when_reclaimed():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    base = filled(mm, 4)
    swap, ev = kernel.physmem.swap, kernel.physmem.events
    assert mm.madvise(base, 4 * PAGE, MADV_PAGEOUT) == 0
    assert mm.copy_in(base + PAGE, 32) == stamp(1)
    assert swap.used_pages == 4 and swap.nr_cached == 1
    mm.copy_out(base + PAGE + 64, b"new")                        # write fault on the r/o page
    assert not flags_of(kernel, mm, base + PAGE) & PG_SWAPCACHE
    assert mm.pages[(base >> 12) + 1] & PTE_W
    assert swap.used_pages == 3 and swap.nr_cached == 0          # the slot went
    assert check_invariants(kernel.physmem) == []
    assert mm.madvise(base + PAGE, PAGE, MADV_PAGEOUT) == 0
    assert ev["pswpout"] == 5                                    # written again
    assert mm.copy_in(base + PAGE, 32) == stamp(1)
    assert mm.copy_in(base + PAGE + 64, 3) == b"new"
    # a write fault that swaps the page in frees the slot at once, the page mapped writable
    mm.copy_out(base + 2 * PAGE + 64, b"w")
    assert not flags_of(kernel, mm, base + 2 * PAGE) & PG_SWAPCACHE
    assert swap.used_pages == 3 and check_invariants(kernel.physmem) == []   # (1's again)


def test_unmapping_a_page_read_back_frees_its_slot_and_exit_frees_them_all():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    base = filled(mm, 8)
    swap = kernel.physmem.swap
    assert mm.madvise(base, 8 * PAGE, MADV_PAGEOUT) == 0
    for i in range(8):
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
    assert swap.used_pages == 8 and swap.nr_cached == 8
    assert mm.munmap(base, 2 * PAGE) == 0                        # free_swap_cache
    assert swap.used_pages == 6 and swap.nr_cached == 6
    assert check_invariants(kernel.physmem) == []
    mm.destroy()
    assert swap.used_pages == 0 and swap.nr_cached == 0
    assert check_invariants(kernel.physmem) == []


def test_with_swap_more_than_half_full_a_swap_in_frees_the_slot():
    kernel = swap_kernel(swap=64 << 10)                          # 15 slots
    mm = kernel.new_mm()
    base = filled(mm, 10)
    swap = kernel.physmem.swap
    assert mm.madvise(base, 10 * PAGE, MADV_PAGEOUT) == 0
    assert swap.total_pages == 15 and swap.used_pages == 10 and swap.swap_full()
    assert mm.copy_in(base, 32) == stamp(0)
    assert swap.used_pages == 9 and swap.nr_cached == 0          # vm_swap_full: freed
    assert check_invariants(kernel.physmem) == []


def test_lru_keeps_a_page_referenced_once_and_promotes_it_on_the_second_reference():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    base = filled(mm, 3)
    physmem = kernel.physmem
    vmscan = physmem.vmscan
    from pagelab.kernel.mm.vmscan import ReclaimView
    a, b, c = (pfn_of(mm, base + i * PAGE) for i in range(3))
    inactive = vmscan.inactive["anon"]
    assert list(inactive) == [a, b, c]                 # oldest first; each page's A bit set
    flags, first = physmem.flags, physmem.base_pfn     # (by the fault that mapped it)
    view = ReclaimView(vmscan, "anon")
    vmscan.policy.select(view, 1)
    # each page was referenced once: kept with its mark, another trip; then a, unused since
    assert view.isolated == [a]
    assert [bool(flags[p - first] & PG_REFERENCED) for p in (b, c)] == [True, True]
    assert physmem.events["pgactivate"] == 0 and physmem.events["pgrotated"] == 0
    vmscan.lru_add(a, True)                            # (back, at the young end)
    mm.update_pte((base >> 12) + 1, set_bits=PTE_A, flush=False)   # b is used again
    view = ReclaimView(vmscan, "anon")
    vmscan.policy.select(view, 1)
    assert flags[b - first] & PG_ACTIVE and b not in inactive      # promoted
    assert view.isolated == [c]                                    # unused: the victim
    vmscan.lru_add(c, True)
    assert check_invariants(physmem) == []


def test_the_swap_bench_guest_swaps_out_reads_back_every_byte_and_writes_each_page_once():
    """`pagelab bench faults`' end-to-end swap guest on a real kernel: 6,000 pages stored in
    16 MiB of RAM, then loaded back and checked (the guest exits 1 on a wrong byte, and the
    bench then returns None).  Without readahead every swap-in is a major fault, and a page
    read back is not written again when reclaim takes it anew."""
    from pagelab.tools.bench_faults import run_swap_guest
    npages = 6000
    both = run_swap_guest(npages, page_cluster=0)
    assert both is not None                                # every byte read back was right
    out = both["pswpout"]
    assert npages - 4096 < out <= npages + 1             # each page out at most once
    assert npages - 4096 < both["pswpin"] <= out and both["pgmajfault"] >= both["pswpin"]
    assert both["faults"] >= npages + both["pswpin"]
    write_only = run_swap_guest(npages, page_cluster=0, read_back=False)
    assert write_only is not None and write_only["pswpin"] == 0
    assert write_only["pswpout"] > 0


def test_a_page_read_back_then_shared_by_fork_stays_private_to_each_writer():
    kernel = swap_kernel()
    parent = kernel.new_mm()
    base = filled(parent, 4)
    swap = kernel.physmem.swap
    assert parent.madvise(base, 4 * PAGE, MADV_PAGEOUT) == 0
    for i in range(4):
        assert parent.copy_in(base + i * PAGE, 32) == stamp(i)  # read back: cached, r/o
    child = parent.fork()
    assert swap.nr_cached == 4 and check_invariants(kernel.physmem) == []
    child.copy_out(base, b"child")                   # shared: a copy for the child; the
    assert flags_of(kernel, parent, base) & PG_SWAPCACHE      # parent's keeps its slot
    parent.copy_out(base + PAGE, b"parent")          # shared with the child: a copy too
    assert flags_of(kernel, child, base + PAGE) & PG_SWAPCACHE
    assert swap.nr_cached == 4 and swap.used_pages == 4
    assert check_invariants(kernel.physmem) == []
    parent.copy_out(base + 2 * PAGE, b"x")           # still shared: copied, slot kept
    child.copy_out(base + 2 * PAGE, b"y")            # now the child's alone: slot freed,
    assert swap.nr_cached == 3 and swap.used_pages == 3        # page reused
    assert check_invariants(kernel.physmem) == []
    assert child.copy_in(base, 5) == b"child" and parent.copy_in(base, 4) == stamp(0)[:4]
    assert parent.copy_in(base + PAGE, 6) == b"parent"
    assert child.copy_in(base + PAGE, 4) == stamp(1)[:4]
    assert parent.madvise(base, 4 * PAGE, MADV_PAGEOUT) == 0   # out again, then back
    assert child.madvise(base, 4 * PAGE, MADV_PAGEOUT) == 0
    assert check_invariants(kernel.physmem) == []
    assert [parent.copy_in(base + i * PAGE, 4) for i in (0, 3)] == [stamp(0)[:4], stamp(3)[:4]]
    assert parent.copy_in(base + 2 * PAGE, 1) == b"x" and child.copy_in(base + 2 * PAGE, 1) == b"y"
    assert child.copy_in(base, 5) == b"child" and parent.copy_in(base + PAGE, 6) == b"parent"
    child.destroy()
    parent.destroy()
    assert swap.used_pages == 0 and swap.nr_cached == 0
    assert check_invariants(kernel.physmem) == []


def test_the_kernel_only_fault_loops_of_bench_faults_run():
    """`pagelab bench faults`'s kernel-only loops drive the mm on a bare kernel object: each
    must run to the end and count what it did (they print the figures the issue asks for)."""
    from pagelab.tools import bench_faults
    assert bench_faults.run_direct(64, 8 << 20)[0] == 64
    assert bench_faults.run_cow_direct(64, 8 << 20)[0] == 64
    assert bench_faults.run_file_direct(64, 8 << 20)[0] > 0
    pages, majors = bench_faults.run_swap(6000)[:2]
    assert pages >= 6000 and majors > 0
