"""The demand-zero fast path (kernel/mm/fastfault.py + cpu/core/fastfault.py) changes nothing
anyone can see: the same guest run with and without it leaves the same PTEs, frames, reverse
map, LRU lists, counters, clocks, TLB statistics and trap CSRs -- at the end, and when the run
is cut short at arbitrary instruction counts in the middle of a fault storm."""
from __future__ import annotations

import hashlib

import pytest

from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.tools.run import load_program

# Stores to fresh pages (fast), loads (zero page: Python), stores to those (COW of the zero
# page: Python), a fork whose child writes the shared pages (COW) and fresh ones, munmap.
PROGRAM = """\
        .equ NPAGES, {npages}
        .text
        .globl _start
_start:
        li      a0, 0
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x4022              # MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        li      a4, -1
        li      a5, 0
        li      a7, 222                 # mmap
        ecall
        mv      s0, a0
        li      t1, 4096
        li      t0, NPAGES / 2          # first half: one store per page
        mv      a0, s0
1:      sb      t0, 0(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 1b
        li      t0, NPAGES / 4          # third quarter: a load, then a store
2:      lb      t2, 8(a0)
        sb      t0, 9(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 2b
        li      a0, 17                  # fork
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a4, 0
        li      a7, 220
        ecall
        bnez    a0, 4f
        mv      a0, s0                  # child: every page (COW, then fresh ones)
        li      t0, NPAGES
3:      sb      t0, 2(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 3b
        li      a0, 0
        li      a7, 93
        ecall
4:      li      a0, -1                  # parent: wait, unmap the first quarter, touch on
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a7, 260
        ecall
        mv      a0, s0
        li      a1, NPAGES * 1024
        li      a7, 215                 # munmap
        ecall
        li      a0, NPAGES * 1024
        add     a0, a0, s0
        li      t0, NPAGES * 3 / 4
5:      sb      t0, 3(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 5b
        li      a0, 0
        li      a7, 94
        ecall
"""


def run(tmp_path, fast: bool, npages: int = 600, mem: int = 32 << 20, swap: int = 0,
        limit: int | None = None, thp: str | None = None, source: str = PROGRAM):
    path = tmp_path / "prog.s"
    path.write_text(source.format(npages=npages))
    kernel = Kernel(KernelConfig(mem_size=mem, swap_size=swap, fast_faults=fast,
                                 max_instructions=limit, quantum=3000))
    if thp is not None:
        kernel.physmem.thp.enabled = thp
    task = kernel.spawn(load_program(kernel, str(path), None), ["prog"], [])
    status = kernel.run()
    return kernel, task, status


def snapshot(kernel) -> dict:
    """Everything the fast path could get wrong."""
    physmem = kernel.physmem
    machine = kernel.machine
    vmscan = physmem.vmscan
    spaces = {mm.asid: mm for mm in physmem.address_spaces.values()}
    state = {
        "events": dict(physmem.events),
        "gauges": (physmem.nr_free, physmem.nr_anon_pages, physmem.nr_mapped,
                   physmem.nr_page_table_pages, physmem.committed),
        "free_lists": [list(lst) for lst in physmem.free_lists],
        "frames": (list(physmem.use), list(physmem.refcount), list(physmem.mapcount),
                   list(physmem.flags)),
        "rmap": [None if r is None else [(mm.asid, vpn) for mm, vpn in r]
                 for r in physmem.rmap],
        "lru": [list(vmscan.inactive[k]) for k in ("anon", "file")] +
               [list(vmscan.active[k]) for k in ("anon", "file")],
        "clock": (machine.cycles, machine.instret, kernel.cycles),
        "tlb": machine.mmu.stats(),
        "csrs": [machine.csr_read(n) for n in (0x141, 0x142, 0x143)],   # sepc scause stval
        "ram": hashlib.sha1(machine.ram.tobytes()).hexdigest(),
        "tasks": [(t.pid, t.min_flt, t.maj_flt, t.instret, t.user_cycles, t.sys_cycles,
                   t.nvcsw, t.nivcsw, t.slice_left, t.last_fault, t.same_fault_count,
                   t.stalled_faults, t.alive)
                  for t in sorted(kernel.tasks.values(), key=lambda t: t.pid)],
        "mms": {asid: (mm.pages.items(), [mm._hw_pte(vpn) for vpn, _ in mm.pages.items()],
                       mm.rss_anon, mm.rss_file, mm.rss_shmem, mm.hiwater_rss, mm.pt_pages,
                       [(v.start, v.end, v.flags, v.anon_vma is not None) for v in mm.vmas])
                for asid, mm in sorted(spaces.items())},
    }
    return state


def test_whole_run_is_the_same_with_and_without_the_fast_path(tmp_path):
    slow, slow_task, slow_status = run(tmp_path, False)
    fast, fast_task, fast_status = run(tmp_path, True)
    assert slow_status == fast_status == 0
    assert fast.fast_faults.served > 250                 # it did serve most first stores
    demand_zero, copies, _, reuses = fast.fast_faults.served_kinds
    assert demand_zero > 250 and copies > 100 and reuses > 100      # (the child, the parent)
    assert sum(fast.fast_faults.served_kinds) == fast.fast_faults.served
    assert snapshot(fast) == snapshot(slow)


@pytest.mark.parametrize("limit", [1_000, 2_477, 3_301, 4_000, 5_333, 6_001])
def test_the_state_in_the_middle_of_a_fault_storm_is_the_same(tmp_path, limit):
    slow, _, _ = run(tmp_path, False, limit=limit)
    fast, _, _ = run(tmp_path, True, limit=limit)
    assert slow.halt_reason == fast.halt_reason == "max-instructions"
    assert fast.fast_faults.served > 0
    assert check_invariants(fast.physmem) == []
    assert snapshot(fast) == snapshot(slow)


def test_under_memory_pressure_with_swap_reclaim_is_the_same(tmp_path):
    """8 MiB of RAM for ~9 MiB of touched pages: kswapd and direct reclaim run; the ring never
    takes a frame below the low watermark, so reclaim sees the same pages at the same time."""
    slow, _, slow_status = run(tmp_path, False, npages=2200, mem=8 << 20, swap=32 << 20)
    fast, _, fast_status = run(tmp_path, True, npages=2200, mem=8 << 20, swap=32 << 20)
    assert slow_status == fast_status == 0
    assert slow.physmem.events["pswpout"] > 0
    assert fast.fast_faults.served > 0
    assert check_invariants(fast.physmem) == []
    assert snapshot(fast) == snapshot(slow)


def traced(tmp_path, fast: bool) -> tuple[Kernel, list]:
    path = tmp_path / "prog.s"
    path.write_text(PROGRAM.format(npages=64))
    kernel = Kernel(KernelConfig(mem_size=16 << 20, fast_faults=fast))
    events = []
    kernel.trace.listen(events.append)
    kernel.spawn(load_program(kernel, str(path), None), ["prog"], [])
    assert kernel.run() == 0
    return kernel, events


def test_tracing_sees_every_fault_with_its_time(tmp_path):
    """The fault events come from the Python handler with their simulated times: with a
    listener the fast path stands aside, and the stream is the one without it."""
    kernel, events = traced(tmp_path, True)
    assert kernel.fast_faults.served == 0
    _, reference = traced(tmp_path, False)
    assert [e.kind for e in events].count("fault") >= 64
    assert events == reference


def test_no_fast_faults_option(tmp_path, capsys):
    from pagelab.tools import run as run_tool
    path = tmp_path / "prog.s"
    path.write_text(PROGRAM.format(npages=64))
    assert run_tool.main(["--no-fast-faults", "--stats", str(path)]) == 0
    slow = capsys.readouterr()
    assert run_tool.main(["--stats", str(path)]) == 0
    fast = capsys.readouterr()
    assert "fault" in slow.err + slow.out
    assert (slow.out, slow.err) == (fast.out, fast.err)


def test_given_back_frames_leave_the_allocator_as_before(tmp_path):
    kernel = Kernel(KernelConfig(mem_size=16 << 20))
    physmem = kernel.physmem
    for pfn in [physmem.alloc_frame() for _ in range(37)][::3]:   # break up some blocks
        physmem.free_pages(pfn)

    def allocator():
        return ([list(lst) for lst in physmem.free_lists], list(physmem._free_order),
                physmem.nr_free, list(physmem.use), list(physmem.refcount),
                dict(physmem.events))

    before = allocator()
    expected = []
    for _ in range(40):
        expected.append(physmem.alloc_frame(zero=True))
    after_40 = allocator()
    for pfn in reversed(expected):           # back to the start by a fresh kernel's path
        physmem.free_pages(pfn)
    kernel2 = Kernel(KernelConfig(mem_size=16 << 20))
    physmem = kernel2.physmem
    for pfn in [physmem.alloc_frame() for _ in range(37)][::3]:
        physmem.free_pages(pfn)
    assert allocator() == before
    frames, _, record = physmem.take_frames(100)
    assert frames[:40] == expected
    physmem.give_back_frames(record, 40)
    assert allocator() == after_40
    physmem.give_back_frames(record[:40], 0)
    assert allocator() == before


def test_the_bench_guest_is_served_by_the_fast_path(tmp_path):
    """`pagelab bench faults`' demand-zero guest: all but a few faults come from the ring (the
    first of each 2 MiB region has a page table to allocate, the first after the end of a
    time slice arms the ring again: Python) -- a fast path that silently stopped serving
    would fail here, not only be slow."""
    from pagelab.tools.bench_faults import GUEST_SOURCE
    npages = 1500
    slow, slow_task, slow_status = run(tmp_path, False, npages=npages, source=GUEST_SOURCE)
    fast, fast_task, fast_status = run(tmp_path, True, npages=npages, source=GUEST_SOURCE)
    assert slow_status == fast_status == 0
    assert fast_task.min_flt == slow_task.min_flt >= npages
    assert fast.fast_faults.served >= npages * 98 // 100
    assert slow.fast_faults is None
    assert snapshot(fast) == snapshot(slow)


def test_thp_regions_with_a_page_table_are_served(tmp_path):
    """THP enabled=always: a fault maps a 2 MiB page only where no page table is there yet
    (pmd_none); under an existing 4 KiB table faults are ordinary ones, and the fast path
    serves them -- with the same huge pages, splits and counters as without it."""
    slow, _, slow_status = run(tmp_path, False, npages=2048, mem=16 << 20, thp="always")
    fast, _, fast_status = run(tmp_path, True, npages=2048, mem=16 << 20, thp="always")
    assert slow_status == fast_status == 0
    assert slow.physmem.events.get("thp_fault_alloc", 0) > 0     # huge pages were mapped
    assert fast.fast_faults.served > 500
    assert check_invariants(fast.physmem) == []
    assert snapshot(fast) == snapshot(slow)


def test_published_ranges_of_a_thp_capable_vma_follow_its_page_tables():
    from pagelab.kernel.mm.fastfault import eligible, published_ranges
    kernel = Kernel(KernelConfig(mem_size=32 << 20))
    kernel.physmem.thp.enabled = "never"           # 4 KiB faults: tables appear where touched
    from pagelab.kernel.mm import AddressSpace
    mm = AddressSpace(kernel)
    base = mm.mmap(0x40000000 - 0x1000, (6 << 20) + 0x2000, 3, 0x22)     # 4 KiB + 6 MiB + 4 KiB
    small = mm.mmap(0, 0x5000, 3, 0x22)
    vma, small_vma = mm.find_vma(base), mm.find_vma(small)
    assert eligible(vma) and eligible(small_vma)
    assert published_ranges(mm, small_vma) == [(small >> 12, (small >> 12) + 5)]
    assert published_ranges(mm, vma) == []                # no page table yet: all Python
    for va in (base, base + 0x1000 + (2 << 20), base + 0x1000 + (4 << 20) + 0x5000):
        assert mm.handle_fault(va, 1).ok
    start, end = base >> 12, vma.end >> 12
    assert published_ranges(mm, vma) == [(start, start + 1),
                                         (start + 1 + 512, start + 1 + 1536)]
    assert mm.handle_fault(vma.end - 1, 1).ok
    assert published_ranges(mm, vma)[-1] == (start + 1 + 512, end)


def test_the_copy_on_write_window_says_what_do_wp_page_would_do():
    """Each page of the window: the zero page gets a zeroed frame, a shared anonymous page a
    copy, one this mapping alone holds is reused; the window ends at a page that is not
    present and read-only, at the end of the VMA, and before a frame it has seen (its
    refcount, and so the other page's fate, changes with the first copy)."""
    from types import SimpleNamespace

    from pagelab.cpu.core import fastfault_layout as FF
    from pagelab.kernel.mm import AddressSpace
    from pagelab.kernel.mm.fastfault import FastFaults
    kernel = Kernel(KernelConfig(mem_size=32 << 20))
    mm = AddressSpace(kernel)
    base = mm.mmap(0, 8 * 4096, 3, 0x22)
    for page in range(6):
        mm.handle_fault(base + page * 4096, 0 if page == 4 else 1)     # page 4: zero page
    child = mm.fork()
    mm.handle_fault(base + 2 * 4096, 1)              # parent copies page 2: child's is alone
    fast = FastFaults(kernel, 1000)
    task = SimpleNamespace(last_fault=(0, base, 1, 0))        # the last fault: page 0

    def window(space, count=16):
        fast._publish_window(task, space, count)
        ring = fast.ring
        assert ring[FF.FF_COW_START] == (base >> 12) + 1
        return [(int(ring[FF.FF_COW + FF.COW_WORDS * i + 1]),
                 int(ring[FF.FF_COW + FF.COW_WORDS * i]) == space.pages[(base >> 12) + 1 + i])
                for i in range(ring[FF.FF_COW_N])]
    copy, reuse, zero = (FF.COW_COPY, True), (FF.COW_REUSE, True), (FF.COW_ZERO, True)
    assert window(child) == [copy, reuse, copy, zero, copy]    # pages 1-5; 6 not present
    assert window(child, 2) == [copy, reuse]
    assert window(mm) == [copy]                                # page 2 is writable
    vpn = (base >> 12) + 5                       # page 5: the frame of page 4... of page 3
    mm.unmap_page(vpn)
    pfn = child.pages[(base >> 12) + 3] >> 10
    child.unmap_page(vpn)
    child.map_page(vpn, pfn, child.pages[(base >> 12) + 3] & 0x3ff, take_ref=True)
    assert window(child) == [copy, reuse, copy, zero]          # stops before page 5
    task.last_fault = (0, base + 7 * 4096, 1, 0)
    assert fast._publish_window(task, child, 16) == 0          # past the VMA's end


READ_THEN_WRITE = """\
        .equ NPAGES, {npages}
        .text
        .globl _start
_start:
        li      a0, 0
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x4022
        li      a4, -1
        li      a5, 0
        li      a7, 222                 # mmap
        ecall
        mv      s0, a0
        li      t1, 4096
        li      t0, NPAGES              # a load from every page: the zero page
1:      lb      t2, 0(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 1b
        mv      a0, s0
        li      t0, NPAGES              # then a store to every page: COW of the zero page
2:      sb      t0, 0(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 2b
        li      a0, 0
        li      a7, 94
        ecall
"""


def test_stores_to_the_zero_page_are_served_the_same(tmp_path):
    slow, slow_task, slow_status = run(tmp_path, False, npages=700, source=READ_THEN_WRITE)
    fast, fast_task, fast_status = run(tmp_path, True, npages=700, source=READ_THEN_WRITE)
    assert slow_status == fast_status == 0
    assert fast.fast_faults.served_kinds[2] > 600             # FF.COW_ZERO
    assert check_invariants(fast.physmem) == []
    assert snapshot(fast) == snapshot(slow)


# Three generations share the pages (refcounts 3, then 2, then 1: copies, then reuses), with
# mprotect and madvise(MADV_DONTNEED) between the storms.
GENERATIONS = """\
        .equ NPAGES, {npages}
        .text
        .globl _start
_start:
        li      a0, 0
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x4022
        li      a4, -1
        li      a5, 0
        li      a7, 222                 # mmap
        ecall
        mv      s0, a0
        li      s1, 4096
        li      s2, 1                   # the value stored
        jal     ra, touch               # demand-zero
        jal     ra, fork
        bnez    a0, 3f
        jal     ra, fork                # the child forks again
        bnez    a0, 2f
        li      s2, 3                   # the grandchild: copies (refcount 3)
        jal     ra, touch
        j       exit
2:      jal     ra, wait
        li      s2, 2                   # the child: copies (refcount 2)
        jal     ra, touch
        j       exit
3:      jal     ra, wait                # the parent: read-only and back, then reuses
        mv      a0, s0
        li      a1, NPAGES * 2048
        li      a2, 1
        li      a7, 226                 # mprotect(PROT_READ)
        ecall
        mv      a0, s0
        li      a1, NPAGES * 2048
        li      a2, 3
        li      a7, 226                 # mprotect(PROT_READ | PROT_WRITE)
        ecall
        li      s2, 4
        jal     ra, touch
        li      a0, NPAGES * 3072       # madvise(DONTNEED) the last quarter, read it, touch
        add     a0, a0, s0
        li      a1, NPAGES * 1024
        li      a2, 4
        li      a7, 233
        ecall
        li      t0, NPAGES / 4
        li      a0, NPAGES * 3072
        add     a0, a0, s0
4:      lb      t2, 5(a0)
        add     a0, a0, s1
        addi    t0, t0, -1
        bnez    t0, 4b
        li      s2, 5
        jal     ra, touch
exit:   li      a0, 0
        li      a7, 93
        ecall
touch:  mv      a0, s0                  # one store to every page
        li      t0, NPAGES
1:      sb      s2, 0(a0)
        add     a0, a0, s1
        addi    t0, t0, -1
        bnez    t0, 1b
        ret
fork:   li      a0, 17
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a4, 0
        li      a7, 220
        ecall
        ret
wait:   li      a0, -1
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a7, 260
        ecall
        ret
"""


@pytest.mark.parametrize("limit", [None, 9_000, 12_345])
def test_three_generations_of_copy_on_write_are_the_same(tmp_path, limit):
    slow, _, _ = run(tmp_path, False, npages=800, limit=limit, source=GENERATIONS)
    fast, _, _ = run(tmp_path, True, npages=800, limit=limit, source=GENERATIONS)
    assert slow.halt_reason == fast.halt_reason == (limit and "max-instructions")
    demand_zero, copies, zero_page, reuses = fast.fast_faults.served_kinds
    assert demand_zero > 0 and copies > 0
    if limit is None:
        assert copies > 1000 and reuses > 300 and zero_page > 100
    assert check_invariants(fast.physmem) == []
    assert snapshot(fast) == snapshot(slow)


def test_the_copy_on_write_window_leaves_swap_cache_pages_to_do_wp_page():
    """A page swapped back in on a read stays in the swap cache, mapped read-only: its write
    fault decides whether the slot goes (do_wp_page), so the window must end before it."""
    from types import SimpleNamespace

    from pagelab.cpu.core import fastfault_layout as FF
    from pagelab.kernel.mm import AddressSpace
    from pagelab.kernel.mm.fastfault import FastFaults
    from pagelab.kernel.mm.physmem import PG_SWAPCACHE
    kernel = Kernel(KernelConfig(mem_size=32 << 20))
    mm = AddressSpace(kernel)
    base = mm.mmap(0, 4 * 4096, 3, 0x22)
    for page in range(4):
        mm.handle_fault(base + page * 4096, 1)
    child = mm.fork()
    fast = FastFaults(kernel, 1000)
    task = SimpleNamespace(last_fault=(0, base, 1, 0))
    pfn = child.pages[(base >> 12) + 2] >> 10
    physmem = kernel.physmem
    assert fast._publish_window(task, child, 16) == 3          # pages 1-3: copies
    physmem.flags[pfn - physmem.base_pfn] |= PG_SWAPCACHE       # page 2 as a swap-cache page
    assert fast._publish_window(task, child, 16) == 1          # the window stops before it
    assert int(fast.ring[FF.FF_COW + 1]) == FF.COW_COPY
    physmem.flags[pfn - physmem.base_pfn] &= ~PG_SWAPCACHE
