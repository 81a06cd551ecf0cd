"""mmap, munmap, mprotect, mremap, madvise, mincore, msync, mlock, brk: results and errors as
Linux checks them (mm/mmap.c), VMA splitting and merging, overcommit accounting."""
import pytest

from mm_helpers import (LOAD, MAP_ANON, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R,
                        PROT_W, PROT_X, STORE, MiniKernel, guest_file)
from pagelab.kernel import errno as E
from pagelab.kernel.mm import inspect

MAP_FIXED_NOREPLACE, MAP_NORESERVE, MAP_POPULATE = 0x100000, 0x4000, 0x8000
MAP_SHARED_VALIDATE, MAP_GROWSDOWN, MAP_LOCKED = 0x03, 0x100, 0x2000
PRIV_ANON = MAP_PRIVATE | MAP_ANON
RW = PROT_R | PROT_W


@pytest.fixture
def kernel():
    return MiniKernel(mem=8 << 20)


@pytest.fixture
def mm(kernel):
    return kernel.new_mm()


def spans(mm):
    return [(v.start, v.end) for v in mm.vmas]


def test_mmap_argument_errors_match_linux(mm):
    f = guest_file(b"data")
    assert mm.mmap(0, 0, RW, PRIV_ANON) == -E.EINVAL
    assert mm.mmap(0, PAGE, RW, MAP_ANON) == -E.EINVAL                    # no type
    assert mm.mmap(0, PAGE, RW, MAP_SHARED_VALIDATE | MAP_ANON | 0x400) == -E.EOPNOTSUPP
    assert mm.mmap(0, PAGE, 8, PRIV_ANON) == -E.EINVAL                    # unknown prot
    assert mm.mmap(0, PAGE, PROT_R, MAP_PRIVATE, f, 100) == -E.EINVAL     # offset not aligned
    assert mm.mmap(0, (1 << 64) - 1, RW, PRIV_ANON) == -E.ENOMEM
    assert mm.mmap(0x1001, PAGE, RW, PRIV_ANON | MAP_FIXED) == -E.EINVAL
    assert mm.mmap(0, PAGE, RW, PRIV_ANON | MAP_FIXED) == -E.EPERM        # below mmap_min_addr
    assert mm.mmap(0, PAGE, PROT_R, MAP_PRIVATE, None, 0) == -E.EBADF
    assert mm.mmap(0, PAGE, RW, MAP_SHARED, f, 0, file_writable=False) == -E.EACCES
    assert mm.mmap(0, PAGE, PROT_R, MAP_PRIVATE, f, 0, file_readable=False) == -E.EACCES
    assert mm.vmas == []


def test_fixed_replaces_silently_and_fixed_noreplace_refuses(mm):
    a = mm.mmap(0x10000000, 4 * PAGE, RW, PRIV_ANON | MAP_FIXED)
    assert a == 0x10000000
    mm.copy_out(a, b"old")
    assert mm.mmap(a + PAGE, PAGE, PROT_R, PRIV_ANON | MAP_FIXED_NOREPLACE) == -E.EEXIST
    assert mm.mmap(a, PAGE, RW, PRIV_ANON | MAP_FIXED) == a
    assert mm.copy_in(a, 3) == b"\0\0\0"                                   # fresh memory
    assert mm.mmap(a + 8 * PAGE, PAGE, RW, PRIV_ANON | MAP_FIXED_NOREPLACE) == a + 8 * PAGE


def test_hint_is_used_when_free_and_search_is_top_down_below_mmap_base(mm):
    assert mm.mmap(0x20000000, PAGE, RW, PRIV_ANON) == 0x20000000
    first = mm.mmap(0, PAGE, PROT_R, PRIV_ANON)
    second = mm.mmap(0, PAGE, PROT_R | PROT_X, PRIV_ANON)
    assert first + PAGE <= mm.mmap_base and second == first - PAGE
    assert mm.mmap(0x20000000, PAGE, RW, PRIV_ANON) != 0x20000000          # taken: elsewhere


def test_adjacent_compatible_anonymous_mappings_merge_into_one_vma(mm):
    a = mm.mmap(0, 2 * PAGE, RW, PRIV_ANON)
    b = mm.mmap(0, 2 * PAGE, RW, PRIV_ANON)
    assert b == a - 2 * PAGE
    assert spans(mm) == [(b, a + 2 * PAGE)]
    c = mm.mmap(0, PAGE, PROT_R, PRIV_ANON)                                # different flags
    assert len(mm.vmas) == 2 and c == b - PAGE


def test_munmap_splits_a_vma_and_frees_its_pages(kernel, mm):
    a = mm.mmap(0, 8 * PAGE, RW, PRIV_ANON)
    mm.copy_out(a, b"x" * 8 * PAGE)
    committed = kernel.physmem.committed
    kernel.flushes.clear()
    assert mm.munmap(a + 2 * PAGE, 3 * PAGE) == 0
    assert spans(mm) == [(a, a + 2 * PAGE), (a + 5 * PAGE, a + 8 * PAGE)]
    assert mm.rss == 5 and mm.total_vm == 5
    assert kernel.physmem.committed == committed - 3
    assert sorted(kernel.flushes) == sorted((a + i * PAGE, mm.asid) for i in (2, 3, 4))
    assert mm.munmap(a + PAGE, 0) == -E.EINVAL
    assert mm.munmap(a + 1, PAGE) == -E.EINVAL
    assert mm.munmap(0x7000_0000, PAGE) == 0                                 # nothing there
    assert mm.munmap(1 << 62, PAGE) == -E.EINVAL                             # beyond TASK_SIZE


def test_mprotect_splits_changes_ptes_flushes_and_merges_back(kernel, mm):
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    mm.copy_out(a, b"y" * 4 * PAGE)
    kernel.flushes.clear()
    assert mm.mprotect(a + PAGE, PAGE, PROT_R) == 0
    assert spans(mm) == [(a, a + PAGE), (a + PAGE, a + 2 * PAGE), (a + 2 * PAGE, a + 4 * PAGE)]
    assert kernel.flushes == [(a + PAGE, mm.asid)]
    assert mm.handle_fault(a + PAGE, STORE).si_code == 2
    assert mm.mprotect(a + PAGE, PAGE, RW) == 0
    assert spans(mm) == [(a, a + 4 * PAGE)]
    # an exclusive anonymous page becomes writable again without another fault
    kernel.translate(mm, a + PAGE, STORE)
    assert mm.mprotect(a, PAGE, 0) == 0                                      # PROT_NONE
    assert not inspect.is_resident(mm, a) and mm.rss == 4                    # frame kept
    assert mm.mprotect(a, PAGE, PROT_R) == 0
    assert mm.copy_in(a, 1) == b"y"
    assert mm.mprotect(a + 1, PAGE, PROT_R) == -E.EINVAL
    assert mm.mprotect(a, PAGE, 0x10) == -E.EINVAL
    assert mm.mprotect(a, 8 * PAGE, PROT_R) == -E.ENOMEM                     # hole after
    assert mm.mprotect(a, 0, PROT_R) == 0


def test_mprotect_refuses_write_on_a_shared_mapping_of_a_read_only_file(mm):
    f = guest_file(b"r" * PAGE)
    a = mm.mmap(0, PAGE, PROT_R, MAP_SHARED, f, 0, file_writable=False)
    assert mm.vmas[0].flags & 0x80 and not mm.vmas[0].flags & 0x08          # ms, no sh
    assert mm.mprotect(a, PAGE, RW) == -E.EACCES


def test_mremap_shrinks_grows_in_place_and_moves_with_the_pages(kernel, mm):
    a = mm.mmap(0x30000000, 4 * PAGE, RW, PRIV_ANON | MAP_FIXED)
    mm.copy_out(a, b"0123" + b"\0" * (PAGE - 4) + b"page1")
    assert mm.mremap(a, 4 * PAGE, 2 * PAGE, 0) == a
    assert spans(mm) == [(a, a + 2 * PAGE)]
    assert mm.mremap(a, 2 * PAGE, 6 * PAGE, 0) == a                          # room after it
    assert spans(mm) == [(a, a + 6 * PAGE)]
    mm.mmap(a + 6 * PAGE, PAGE, PROT_R, PRIV_ANON | MAP_FIXED)               # block growth
    assert mm.mremap(a, 6 * PAGE, 8 * PAGE, 0) == -E.ENOMEM
    pfn = inspect.pfn_of(mm, a)
    b = mm.mremap(a, 6 * PAGE, 8 * PAGE, 1)                                  # MAYMOVE
    assert b != a and b > 0
    assert inspect.pfn_of(mm, b) == pfn                                      # moved, not copied
    assert mm.copy_in(b, 4) == b"0123" and mm.copy_in(b + PAGE, 5) == b"page1"
    assert mm.vma_at(a) is None
    assert mm.mremap(b + 1, PAGE, PAGE, 0) == -E.EINVAL
    assert mm.mremap(b, PAGE, 0, 0) == -E.EINVAL
    assert mm.mremap(b, PAGE, PAGE, 2) == -E.EINVAL                          # FIXED w/o MAYMOVE
    assert mm.mremap(0x5000_0000, PAGE, 2 * PAGE, 1) == -E.EFAULT
    assert mm.mremap(b, 16 * PAGE, 32 * PAGE, 1) == -E.EFAULT                # spans beyond VMA
    c = mm.mremap(b, 8 * PAGE, 8 * PAGE, 3, 0x6000_0000)                     # MAYMOVE|FIXED
    assert c == 0x6000_0000 and mm.copy_in(c, 4) == b"0123"


def test_madvise_dontneed_drops_pages_and_they_read_back_as_zero(kernel, mm):
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    mm.copy_out(a, b"z" * 4 * PAGE)
    assert mm.madvise(a, 4 * PAGE, 4) == 0
    assert mm.rss == 0
    assert mm.copy_in(a + PAGE, 2) == b"\0\0"
    assert mm.madvise(a + 1, PAGE, 4) == -E.EINVAL
    assert mm.madvise(a, PAGE, 99) == -E.EINVAL
    assert mm.madvise(a, 0, 4) == 0
    assert mm.madvise(a, 16 * PAGE, 4) == -E.ENOMEM                          # partly unmapped


def test_madvise_access_pattern_advice_sets_rr_and_sr_flags(mm):
    from pagelab.kernel.mm.vma import vmflags_string
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    assert mm.madvise(a, 2 * PAGE, 1) == 0                                   # RANDOM
    assert "rr " in vmflags_string(mm.vma_at(a).flags)
    assert len(mm.vmas) == 2
    assert mm.madvise(a, 2 * PAGE, 2) == 0                                   # SEQUENTIAL
    assert "sr " in vmflags_string(mm.vma_at(a).flags)
    assert "rr " not in vmflags_string(mm.vma_at(a).flags)
    assert mm.madvise(a, 2 * PAGE, 0) == 0                                   # NORMAL: merge
    assert len(mm.vmas) == 1


def test_madvise_willneed_reads_a_file_into_the_page_cache_without_mapping(kernel, mm):
    f = guest_file(b"w" * 3 * PAGE)
    a = mm.mmap(0, 3 * PAGE, PROT_R, MAP_PRIVATE, f, 0)
    assert mm.mincore(a, 3 * PAGE) == b"\0\0\0"
    assert mm.madvise(a, 3 * PAGE, 3) == 0
    assert mm.mincore(a, 3 * PAGE) == b"\1\1\1" and mm.rss == 0
    assert not mm.handle_fault(a, LOAD).major


def test_mincore_reports_residency_and_errors(mm):
    a = mm.mmap(0, 3 * PAGE, RW, PRIV_ANON)
    mm.copy_out(a + PAGE, b"1")
    assert mm.mincore(a, 3 * PAGE) == b"\0\1\0"
    assert mm.mincore(a + 1, PAGE) == -E.EINVAL
    assert mm.mincore(a, 8 * PAGE) == -E.ENOMEM


def test_msync_checks_flags_and_ranges(mm):
    a = mm.mmap(0, PAGE, RW, PRIV_ANON)
    assert mm.msync(a, PAGE, 1) == 0
    assert mm.msync(a, PAGE, 5) == -E.EINVAL                                 # ASYNC|SYNC
    assert mm.msync(a, PAGE, 8) == -E.EINVAL
    assert mm.msync(a + 1, PAGE, 4) == -E.EINVAL
    assert mm.msync(a, 4 * PAGE, 4) == -E.ENOMEM


def test_mlock_populates_counts_vmlck_and_munlock_clears_it(mm):
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    assert mm.mlock(a + 10, PAGE) == 0                                       # rounded to pages
    assert mm.locked_vm == 2 and mm.rss == 2
    assert "VmLck:\t       8 kB" in mm.status_vm_text()
    assert mm.munlock(a, 4 * PAGE) == 0
    assert mm.locked_vm == 0 and len(mm.vmas) == 1
    assert mm.mlock(a, 16 * PAGE) == -E.ENOMEM


def test_map_populate_prefaults_and_map_shared_anonymous_is_dev_zero(kernel, mm):
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON | MAP_POPULATE)
    assert mm.rss_anon == 4
    s = mm.mmap(0, PAGE, RW, MAP_SHARED | MAP_ANON)
    line = [l for l in mm.maps_text().splitlines() if l.startswith("%08x" % s)][0]
    assert line.endswith(" /dev/zero (deleted)") and " rw-s 00000000 00:01 " in line
    del a


def test_brk_grows_and_shrinks_the_heap_and_refuses_quietly(kernel, mm):
    mm.start_brk = mm.cur_brk = 0x10000
    assert mm.brk(0) == 0x10000
    assert mm.brk(0x10000 + 100) == 0x10064
    assert spans(mm) == [(0x10000, 0x11000)]
    mm.copy_out(0x10000, b"heap")
    assert mm.brk(0x10000 + 5 * PAGE) == 0x15000
    assert mm.total_vm == 5 and mm.data_vm == 5
    assert mm.brk(0x12000) == 0x12000 and mm.total_vm == 2
    assert mm.copy_in(0x10000, 4) == b"heap"
    mm.mmap(0x20000, PAGE, PROT_R, PRIV_ANON | MAP_FIXED)
    assert mm.brk(0x20000) == 0x12000                                        # would collide
    assert "[heap]" in mm.maps_text()


def test_overcommit_heuristic_refuses_one_request_bigger_than_ram(kernel, mm):
    assert mm.mmap(0, 64 << 20, RW, PRIV_ANON) == -E.ENOMEM                 # 8 MiB machine
    assert mm.mmap(0, 64 << 20, RW, PRIV_ANON | MAP_NORESERVE) > 0          # not charged
    assert mm.mmap(0, 64 << 20, PROT_R, PRIV_ANON) > 0                       # read-only: free
    for _ in range(3):
        assert mm.mmap(0, 6 << 20, RW, PRIV_ANON) > 0                        # each fits alone
    assert kernel.physmem.committed >= 3 * (6 << 20) // PAGE


def test_overcommit_never_enforces_commit_limit_and_ignores_noreserve():
    kernel = MiniKernel(mem=8 << 20, sysctl={"vm.overcommit_memory": 2})
    mm = kernel.new_mm()
    assert mm.mmap(0, 2 << 20, RW, PRIV_ANON) > 0                            # limit ~4 MiB
    assert mm.mmap(0, 3 << 20, RW, PRIV_ANON | MAP_NORESERVE) == -E.ENOMEM
    assert any("not enough memory for the allocation" in l for l in kernel.lines)
    assert mm.mmap(0, 3 << 20, PROT_R, PRIV_ANON) > 0                        # not charged
    a = mm.mmap(0, 3 << 20, PROT_R, PRIV_ANON)
    assert mm.mprotect(a, 3 << 20, RW) == -E.ENOMEM                          # charging refused


def test_mprotect_flushes_only_pages_whose_pte_changed(kernel, mm):
    a = mm.mmap(0, 8 * PAGE, RW, PRIV_ANON)
    mm.handle_fault(a, LOAD)                                                # zero page: R
    mm.copy_out(a + PAGE, b"w")                                             # own page: RW
    kernel.flushes.clear()
    assert mm.mprotect(a, 8 * PAGE, PROT_R) == 0
    assert kernel.flushes == [(a + PAGE, mm.asid)]                          # 6 absent, 1 same
    kernel.flushes.clear()
    assert mm.mprotect(a, 8 * PAGE, PROT_R) == 0                            # no change at all
    assert kernel.flushes == []


def test_mprotect_checks_in_linux_order(mm):
    a = mm.mmap(0, PAGE, RW, PRIV_ANON)
    assert mm.mprotect(a, 0, 0x40) == 0                  # zero length wins over bad prot
    assert mm.mprotect(a + 1, 0, PROT_R) == -E.EINVAL    # alignment is checked first
    assert mm.mprotect(a, PAGE, 0x01000000 | 0x02000000) == -E.EINVAL
    assert mm.mprotect(a, PAGE, 0x01000000 | PROT_R) == -E.EINVAL   # not a GROWSDOWN VMA
    assert mm.mprotect(a, PAGE, 0x40) == -E.EINVAL


def test_mmap_of_files_that_cannot_be_mapped(kernel, mm):
    from pagelab.kernel.fs.inode import MemDirectory
    from pagelab.kernel.fs.devices import ZeroDevice
    assert mm.mmap(0, PAGE, PROT_R, MAP_PRIVATE, MemDirectory(), 0) == -E.ENODEV
    assert mm.mmap(0, PAGE, PROT_R, MAP_PRIVATE, ZeroDevice(), 0, file_readable=False) == \
        -E.EACCES
    z = mm.mmap(0, PAGE, RW, MAP_SHARED, ZeroDevice(), 0)
    assert z > 0 and mm.vma_at(z).shmem is not None


def test_munmap_frees_page_tables_that_no_mapping_needs_and_flushes_the_asid(kernel, mm):
    base_tables = mm.pt_pages
    a = mm.mmap(0x4000_0000, 4 * PAGE, RW, PRIV_ANON | MAP_FIXED)          # own 2 MiB region
    b = mm.mmap(0x4020_0000, PAGE, RW, PRIV_ANON | MAP_FIXED)              # next region
    mm.copy_out(a, b"a")
    mm.copy_out(b, b"b")
    grown = mm.pt_pages
    assert grown == base_tables + 4                    # L2, L1 and two leaf tables (Sv48)
    kernel.flushes.clear()
    assert mm.munmap(a, PAGE) == 0                     # the region still has a VMA: kept
    assert mm.pt_pages == grown and kernel.flushes == [(a, mm.asid)]
    assert mm.munmap(a + PAGE, 3 * PAGE) == 0          # region empty: its leaf table goes
    assert mm.pt_pages == grown - 1 and (None, mm.asid) in kernel.flushes
    assert mm.munmap(b, PAGE) == 0                     # now everything under the L2 goes
    assert mm.pt_pages == base_tables
    assert mm.handle_fault(b, STORE).si_code == 1
    assert mm.mmap(b, PAGE, RW, PRIV_ANON | MAP_FIXED) == b
    mm.copy_out(b, b"again")                           # tables are rebuilt on demand
    assert mm.copy_in(b, 5) == b"again"
