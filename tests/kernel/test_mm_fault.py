"""Demand paging through the fault handler, checked with the hardware MMU's own walker."""
import pytest

from mm_helpers import (FETCH, LOAD, MAP_ANON, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R,
                        PROT_W, PROT_X, STORE, MiniKernel, guest_file)
from pagelab.kernel.mm import inspect
from pagelab.mmu.mmu import PageFault
from pagelab.mmu.pte import PTE_A, PTE_D, PTE_W


@pytest.fixture
def kernel():
    return MiniKernel(mem=8 << 20)


def anon(mm, npages=16, prot=PROT_R | PROT_W):
    return mm.mmap(0, npages * PAGE, prot, MAP_PRIVATE | MAP_ANON)


def test_nothing_is_allocated_until_a_page_is_touched(kernel):
    mm = kernel.new_mm()
    anon(mm, 1, 0)                                  # the first VMA brings its slab frame
    free = kernel.physmem.nr_free
    addr = anon(mm, 64)
    assert kernel.physmem.nr_free == free
    assert not inspect.is_resident(mm, addr)
    with pytest.raises(PageFault):
        kernel.translate(mm, addr, LOAD)
    assert mm.rss == 0


def test_reading_untouched_anonymous_memory_maps_the_shared_zero_page_read_only(kernel):
    mm = kernel.new_mm()
    addr = anon(mm)
    result = mm.handle_fault(addr + 8, LOAD)
    assert result.ok and not result.major
    pa = kernel.translate(mm, addr + 8, LOAD)
    assert pa >> 12 == kernel.physmem.zero_pfn
    assert not inspect.pte(mm, addr) & PTE_W
    with pytest.raises(PageFault):
        kernel.translate(mm, addr, STORE)
    assert mm.rss == 0                              # the zero page is not counted in RSS


def test_first_write_gets_a_zeroed_private_frame_that_the_mmu_translates_to(kernel):
    mm = kernel.new_mm()
    addr = anon(mm)
    assert mm.handle_fault(addr + 100, STORE).ok
    pfn = inspect.pfn_of(mm, addr)
    assert kernel.translate(mm, addr + 100, STORE) == (pfn << 12) + 100
    assert not kernel.physmem.read_frame(pfn).strip(b"\0")
    owner = inspect.frame_owner(kernel.physmem, pfn)
    assert owner["use"] == "anon" and owner["mapcount"] == 1
    assert owner["mappings"] == [(mm, addr)]
    assert mm.rss_anon == 1 and kernel.physmem.nr_anon_pages == 1


def test_write_after_read_replaces_the_zero_page_and_flushes_that_page(kernel):
    mm = kernel.new_mm()
    addr = anon(mm)
    mm.handle_fault(addr, LOAD)
    kernel.flushes.clear()
    assert mm.handle_fault(addr, STORE).ok
    assert inspect.pfn_of(mm, addr) != kernel.physmem.zero_pfn
    assert kernel.flushes == [(addr, mm.asid)]
    assert kernel.physmem.events["pgfault"] == 2


def test_installing_a_new_pte_flushes_exactly_that_page_in_that_asid(kernel):
    mm = kernel.new_mm()
    addr = anon(mm)
    kernel.flushes.clear()
    mm.handle_fault(addr + 3 * PAGE, STORE)
    assert kernel.flushes == [(addr + 3 * PAGE, mm.asid)]


def test_access_outside_any_vma_is_segv_maperr_and_is_not_counted(kernel):
    mm = kernel.new_mm()
    result = mm.handle_fault(0x10, STORE)
    assert (result.ok, result.signal, result.si_code) == (False, 11, 1)
    assert kernel.physmem.events["pgfault"] == 0


def test_permission_rules_follow_riscv_access_error(kernel):
    mm = kernel.new_mm()
    ro = anon(mm, 1, PROT_R)
    wo = anon(mm, 1, PROT_W)
    xo = anon(mm, 1, PROT_X)
    none = anon(mm, 1, 0)
    assert mm.handle_fault(ro, STORE).si_code == 2          # SEGV_ACCERR
    assert mm.handle_fault(ro, FETCH).si_code == 2
    assert mm.handle_fault(wo, LOAD).ok                     # write implies read
    assert mm.handle_fault(xo, LOAD).si_code == 2           # no MXR for users
    assert mm.handle_fault(xo, FETCH).ok
    for access in (LOAD, STORE, FETCH):
        assert mm.handle_fault(none, access).signal == 11
    assert kernel.physmem.events["pgfault"] == 2            # only the served ones


def test_file_page_wholly_beyond_end_of_file_raises_sigbus(kernel):
    mm = kernel.new_mm()
    f = guest_file(b"x")                                    # 1 byte file mapped with 8 KiB
    addr = mm.mmap(0, 2 * PAGE, PROT_R, MAP_PRIVATE, f, 0)
    assert mm.handle_fault(addr + 100, LOAD).ok
    assert mm.copy_in(addr, 2) == b"x\0"                    # the tail of the page reads 0
    result = mm.handle_fault(addr + PAGE, LOAD)
    assert (result.signal, result.si_code) == (7, 2)        # SIGBUS BUS_ADRERR


def test_file_fault_is_major_once_then_minor_and_processes_share_the_cached_frame(kernel):
    data = bytes(range(256)) * 16 * 40                      # 40 pages
    f = guest_file(data, "/bin/prog")
    a, b = kernel.new_mm(), kernel.new_mm()
    va = a.mmap(0, 40 * PAGE, PROT_R | PROT_X, MAP_PRIVATE, f, 0)
    vb = b.mmap(0, 40 * PAGE, PROT_R | PROT_X, MAP_PRIVATE, f, 0)
    first = a.handle_fault(va + 20 * PAGE, FETCH)
    assert first.ok and first.major
    second = b.handle_fault(vb + 20 * PAGE, FETCH)
    assert second.ok and not second.major
    assert inspect.pfn_of(a, va + 20 * PAGE) == inspect.pfn_of(b, vb + 20 * PAGE)
    assert kernel.physmem.events["pgmajfault"] == 1
    assert a.copy_in(va + 20 * PAGE, 256) == bytes(range(256))
    assert inspect.frame_owner(kernel.physmem, inspect.pfn_of(a, va + 20 * PAGE))["mapcount"] == 2


def test_fault_around_maps_up_to_sixteen_cached_neighbours_in_an_aligned_window(kernel):
    f = guest_file(bytes(64 * PAGE))
    mm = kernel.new_mm()
    addr = mm.mmap(0x4000_0000, 64 * PAGE, PROT_R, MAP_PRIVATE | MAP_FIXED, f, 0)
    page = lambda i: addr + i * PAGE                         # noqa: E731
    assert mm.handle_fault(page(40), LOAD).major             # read-around: 32 pages, 24..55
    assert sorted(kernel.page_cache.cached_pages(f)) == list(range(24, 56))
    assert mm.rss == 1                                       # only the faulting page is mapped
    assert not mm.handle_fault(page(41), LOAD).major         # cached: window 32..47 mapped
    assert mm.rss == 16
    assert mm.handle_fault(page(5), LOAD).major              # window clipped at 0: reads 0..31
    assert mm.rss == 17
    assert not mm.handle_fault(page(6), LOAD).major          # maps 0..15
    assert mm.rss == 32
    assert mm.handle_fault(page(60), LOAD).major             # maps cached 48..55, reads 56..63
    assert mm.rss == 41
    assert kernel.physmem.events["pgmajfault"] == 3
    assert sorted(v - (addr >> 12) for v in mm.pages) == \
        list(range(16)) + list(range(32, 48)) + list(range(48, 56)) + [60]


def test_private_file_write_copies_the_page_and_never_changes_the_file(kernel):
    f = guest_file(b"A" * PAGE)
    mm = kernel.new_mm()
    addr = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE, f, 0)
    mm.handle_fault(addr, LOAD)
    cached = inspect.pfn_of(mm, addr)
    mm.copy_out(addr, b"B")
    assert inspect.pfn_of(mm, addr) != cached
    assert mm.copy_in(addr, 2) == b"BA"
    assert bytes(f.data[:2]) == b"AA"
    assert mm.rss_anon == 1 and mm.rss_file == 0


def test_shared_file_mapping_writes_reach_the_file_on_msync(kernel):
    f = guest_file(b"hello world" + bytes(PAGE - 11))
    mm = kernel.new_mm()
    addr = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_SHARED, f, 0)
    assert mm.handle_fault(addr, STORE).ok
    pa = kernel.translate(mm, addr, STORE)
    kernel.machine.write_phys(pa, b"HELLO")
    assert bytes(f.data[:5]) == b"hello"
    assert mm.msync(addr, PAGE, 4) == 0                      # MS_SYNC
    assert bytes(f.data[:11]) == b"HELLO world"


def test_svade_accessed_bit_fault_is_a_minor_fault_that_sets_the_bit():
    kernel = MiniKernel(mem=8 << 20, svade=True)
    parent = kernel.new_mm()
    addr = anon(parent)
    parent.handle_fault(addr, STORE)
    child = parent.fork()                                    # the child's PTEs are "old"
    assert not inspect.pte(child, addr) & PTE_A
    with pytest.raises(PageFault):
        kernel.translate(child, addr, LOAD)
    result = child.handle_fault(addr, LOAD)
    assert result.ok and not result.major
    assert inspect.pte(child, addr) & PTE_A
    kernel.translate(child, addr, LOAD)


def test_svade_dirty_bit_fault_on_a_shared_mapping_sets_dirty():
    kernel = MiniKernel(mem=8 << 20, svade=True)
    mm = kernel.new_mm()
    addr = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)
    mm.handle_fault(addr, LOAD)
    assert inspect.pte(mm, addr) & PTE_W and not inspect.pte(mm, addr) & PTE_D
    with pytest.raises(PageFault):
        kernel.translate(mm, addr, STORE)
    assert mm.handle_fault(addr, STORE).ok
    kernel.translate(mm, addr, STORE)


def test_running_out_of_frames_returns_oom_and_other_address_spaces_keep_their_pages():
    kernel = MiniKernel(mem=1 << 20)                         # 256 frames
    keeper = kernel.new_mm()
    k = keeper.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    keeper.copy_out(k, b"safe")
    hog = kernel.new_mm()
    addr = hog.mmap(0, 400 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | 0x4000)
    results = [hog.handle_fault(addr + i * PAGE, STORE) for i in range(400)]
    assert results[-1].oom and not results[-1].ok
    assert results[0].ok
    assert kernel.physmem.nr_free == 0
    assert keeper.copy_in(k, 4) == b"safe"
    hog.destroy()
    assert kernel.physmem.nr_free > 200
    from pagelab.kernel.mm.oom import kill_line
    from types import SimpleNamespace
    line = kill_line(SimpleNamespace(pid=7, comm="hog", mm=keeper, uid=0, oom_score_adj=0))
    assert line.startswith("Out of memory: Killed process 7 (hog) total-vm:4kB, anon-rss:4kB, "
                           "file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:")


def test_stack_grows_down_on_a_fault_below_it_but_not_into_the_guard_gap(kernel):
    mm = kernel.new_mm()
    top = mm.setup_stack(8 * PAGE)
    stack = mm.vma_at(top - 1)
    assert mm.handle_fault(top - 20 * PAGE, STORE).ok
    assert stack.start == top - 20 * PAGE and mm.stack_vm == 20
    # a mapping just below: the stack may not come within 1 MiB (stack_guard_gap) of it
    below = top - 20 * PAGE - (1 << 20) - 2 * PAGE
    assert mm.mmap(below, PAGE, PROT_R, MAP_PRIVATE | MAP_ANON | MAP_FIXED) == below
    assert mm.handle_fault(top - 21 * PAGE, STORE).ok
    assert mm.handle_fault(below + PAGE + 8, STORE).si_code == 1        # SEGV_MAPERR
    # nor beyond RLIMIT_STACK (8 MiB)
    mm2 = kernel.new_mm()
    top2 = mm2.setup_stack()
    assert mm2.handle_fault(top2 - (9 << 20), STORE).si_code == 1


def test_uaccess_faults_count_for_the_current_task(kernel):
    mm = kernel.new_mm()
    addr = anon(mm)
    mm.copy_out(addr, b"x" * (3 * PAGE))
    assert kernel.current.min_flt == 3
    from pagelab.kernel.mm import EFault
    with pytest.raises(EFault):
        mm.copy_in(0x1000, 4)
    with pytest.raises(EFault):
        mm.copy_out(1 << 63, b"x")


def test_kernel_bookkeeping_of_present_pages_grows_only_with_guest_page_tables(kernel):
    mm = kernel.new_mm()
    addr = mm.mmap(0, 4096 * PAGE, PROT_R, MAP_PRIVATE | MAP_ANON)          # 16 MiB, read only
    for i in range(0, 4096, 3):
        assert mm.handle_fault(addr + i * PAGE, LOAD).ok                     # zero page each
    assert len(mm.pages) == len(range(0, 4096, 3))
    assert len(mm.pages.tables) <= mm.pt_pages                               # one array per table
    assert kernel.physmem.nr_free > 0 and mm.rss == 0


def test_shared_file_pages_are_write_notify_read_only_until_written_and_after_msync(kernel):
    f = guest_file(b"n" * PAGE)
    mm = kernel.new_mm()
    addr = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_SHARED, f, 0)
    assert mm.handle_fault(addr, LOAD).ok
    assert not inspect.pte(mm, addr) & PTE_W                    # read-only although VM_WRITE
    with pytest.raises(PageFault):
        kernel.translate(mm, addr, STORE)
    assert mm.handle_fault(addr, STORE).ok                      # write-notify fault: no copy
    assert inspect.pte(mm, addr) & PTE_W and inspect.pte(mm, addr) & PTE_D
    assert kernel.physmem.events["cow_copies"] == 0
    kernel.machine.write_phys(kernel.translate(mm, addr, STORE), b"N")
    assert mm.msync(addr, PAGE, 4) == 0 and bytes(f.data[:1]) == b"N"
    assert not inspect.pte(mm, addr) & PTE_W                    # cleaned and write-protected
    with pytest.raises(PageFault):
        kernel.translate(mm, addr, STORE)


def test_unmapped_page_cache_pages_are_dropped_when_frames_run_out():
    kernel = MiniKernel(mem=1 << 20)
    f = guest_file(bytes(range(256)) * 16 * 100, "/tmp/big")          # 100 pages
    reader = kernel.new_mm()
    addr = reader.mmap(0, 100 * PAGE, PROT_R, MAP_PRIVATE, f, 0)
    for i in range(0, 100, 8):
        reader.handle_fault(addr + i * PAGE, LOAD)
    reader.destroy()                                               # cached, mapped by no one
    assert len(kernel.page_cache.cached_pages(f)) > 50
    hog = kernel.new_mm()
    heap = hog.mmap(0, 200 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | 0x4000)
    results = [hog.handle_fault(heap + i * PAGE, STORE) for i in range(200)]
    assert sum(r.ok for r in results) > 150                        # the cache made room
    assert len(kernel.page_cache.cached_pages(f)) == 0


def test_oom_policies_choose_the_faulting_task_or_the_biggest_one(kernel):
    from types import SimpleNamespace
    from pagelab.kernel.policy import get_policy, policy_class
    from pagelab.kernel.policy.oom import oom_score
    small, big = kernel.new_mm(), kernel.new_mm()
    a = big.mmap(0, 64 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    big.copy_out(a, b"b" * 64 * PAGE)
    init = SimpleNamespace(pid=1, comm="init", mm=big, oom_score_adj=0)
    t_small = SimpleNamespace(pid=5, comm="small", mm=small, oom_score_adj=0)
    t_big = SimpleNamespace(pid=6, comm="big", mm=big, oom_score_adj=0)
    tasks = [init, t_small, t_big]
    assert get_policy(kernel, "oom").choose_victim(kernel, tasks, t_small) is t_big  # default
    faulting = policy_class("oom", "faulting")()
    assert faulting.choose_victim(kernel, tasks, t_small) is t_small
    badness = policy_class("oom", "badness")()
    assert badness.choose_victim(kernel, tasks, t_small) is t_big          # init is exempt
    t_big.oom_score_adj = -1000
    assert badness.choose_victim(kernel, tasks, t_small) is t_small
    total = kernel.physmem.total_pages
    assert oom_score(SimpleNamespace(pid=9, mm=small, oom_score_adj=0), 1 << 40) == 666
    assert oom_score(init, total) == 0


def test_truncating_a_shared_mapped_file_unmaps_the_pages_past_the_end(kernel):
    from pagelab.kernel.mm.pagecache import truncate_pagecache
    f = guest_file(b"A" * (4 * PAGE))
    shared, private = kernel.new_mm(), kernel.new_mm()
    a = shared.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_SHARED, f, 0)
    b = private.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE, f, 0)
    for i in range(4):
        assert shared.handle_fault(a + i * PAGE, STORE).ok
        assert private.handle_fault(b + i * PAGE, STORE).ok      # private copies
    f.truncate(PAGE + 10)
    truncate_pagecache(kernel.physmem, kernel.page_cache, f, PAGE + 10)
    for mm, base in ((shared, a), (private, b)):
        assert inspect.is_resident(mm, base) and inspect.is_resident(mm, base + PAGE)
        for i in (2, 3):
            assert not inspect.is_resident(mm, base + i * PAGE)
            result = mm.handle_fault(base + i * PAGE, LOAD)
            assert result.signal == 7 and result.si_code == 2          # SIGBUS BUS_ADRERR
    assert sorted(kernel.page_cache.cached_pages(f)) == [0, 1]
    assert inspect.check_invariants(kernel.physmem) == []


def _fault_around_one_page_at_a_time(mm, vma, vpn):
    """fault.fault_around as it was before PteOps.map_pages: map_page for each page (the
    reference the batched version must match)."""
    from pagelab.kernel.mm.fault import FAULT_AROUND_PAGES, vma_pte_flags
    from pagelab.kernel.mm.pagecache import file_pages
    pte_off = vpn & 511
    vma_off = vpn - (vma.start >> 12)
    from_pte = max(pte_off & ~(FAULT_AROUND_PAGES - 1), pte_off - min(pte_off, vma_off))
    to_pte = min(from_pte + FAULT_AROUND_PAGES, 512, pte_off + vma.npages - vma_off)
    base = vpn - pte_off
    cached = mm.page_cache.cached_pages(vma.file)
    if not cached:
        return
    pte_flags = vma_pte_flags(vma.flags, False)
    first_index = vma.pgoff + base + from_pte - (vma.start >> 12)
    for off in range(from_pte, to_pte):
        index = first_index + off - from_pte
        if index >= file_pages(vma.file):
            break
        if base + off in mm.pages:
            continue
        pfn = cached.get(index)
        if pfn is not None:
            mm.physmem.get_page(pfn)
            mm.map_page(base + off, pfn, pte_flags, take_ref=False)


def _fault_around_scenario():
    kernel = MiniKernel(mem=8 << 20)
    f = guest_file(bytes(200 * PAGE))
    warm = kernel.new_mm()
    base = warm.mmap(0, 200 * PAGE, PROT_R, MAP_PRIVATE, f, 0)
    for page in (10, 60, 130, 190):                          # read-around: some of the file
        warm.handle_fault(base + page * PAGE, LOAD)
    cached = set(kernel.page_cache.cached_pages(f))
    assert 0 < len(cached) < 150
    mm = kernel.new_mm()
    addr = mm.mmap(0x4000_0000 - 3 * PAGE, 150 * PAGE, PROT_R, MAP_PRIVATE | MAP_FIXED, f,
                   7 * PAGE)
    mm.mprotect(addr + 20 * PAGE, PAGE, 0)                   # a PROT_NONE page: left alone
    mm.handle_fault(addr + 21 * PAGE, LOAD)
    kernel.flushes.clear()
    for page in (1, 2, 5, 9, 22, 40, 41, 148, 120):
        assert mm.handle_fault(addr + page * PAGE, LOAD).ok
    physmem = kernel.physmem
    assert inspect.check_invariants(physmem) == []
    return (sorted(mm.pages.items()), [mm._hw_pte(v) for v, _ in sorted(mm.pages.items())],
            mm.rss_file, physmem.nr_mapped, list(physmem.refcount), list(physmem.mapcount),
            [None if r is None else [v for _, v in r] for r in physmem.rmap],
            list(kernel.flushes), dict(physmem.events))


def test_fault_around_in_one_batch_is_map_page_per_page(monkeypatch):
    """Fault-around maps its window through PteOps.map_pages: the PTEs, frames' counts, reverse
    map, RSS, nr_mapped and TLB flushes are those of map_page called page by page."""
    from pagelab.kernel.mm import fault as F
    batched = _fault_around_scenario()
    monkeypatch.setattr(F, "fault_around", _fault_around_one_page_at_a_time)
    assert len(batched[0]) > 40
    assert _fault_around_scenario() == batched
