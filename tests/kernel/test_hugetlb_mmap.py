"""hugetlb mappings (kernel/mm/hugetlb.py): MAP_HUGETLB, memfd_create(MFD_HUGETLB), files on
/dev/hugepages -- reservations, faults, fork, munmap/mprotect/mremap on huge boundaries, and
what /proc shows.  Invariants are checked after every test (hugetlb_helpers.boot)."""
from __future__ import annotations

import struct

from hugetlb_helpers import (G1, HUGE_PRIV, HUGE_SHARED, LOAD, M2, MAP_FIXED,  # noqa: F401
                             MAP_HUGE_1GB, MAP_HUGE_2MB, MAP_HUGETLB, MAP_NORESERVE,
                             MAP_POPULATE, MAP_PRIVATE, MAP_SHARED, PROT_R, PROT_RW, STORE,
                             boot, call, check_all, meminfo_hugepages, pool, task_of,
                             user_string)

from pagelab.kernel import errno as E
from pagelab.kernel.mm import AddressSpace

SIGBUS, SIGSEGV = 7, 11


def events(kernel) -> int:
    return kernel.physmem.events["pgfault"]


def touch_every_page(mm, addr: int, length: int) -> None:
    for va in range(addr, addr + length, 4096):
        result = mm.handle_fault(va, STORE) if not mm.pages.get(va >> 12) else None
        assert result is None or result.ok
        mm.copy_out(va, struct.pack("<Q", va))


# --- reservations -------------------------------------------------------------------------------
def test_mmap_reserves_faults_consume_and_munmap_gives_back(boot):
    kernel = boot("hugepages=10")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 10 * M2, PROT_RW, HUGE_PRIV)
    assert addr % M2 == 0
    assert pool(kernel) == (10, 10, 10, 0)                   # Total 10, Free 10, Rsvd 10
    for i in range(4):
        assert mm.handle_fault(addr + i * M2 + 123, STORE).ok
    assert pool(kernel) == (10, 6, 6, 0)                     # after 4 touches: Free 6, Rsvd 6
    assert mm.mmap(0, M2, PROT_RW, HUGE_PRIV) == -E.ENOMEM   # nothing left to reserve
    assert mm.munmap(addr + 8 * M2, 2 * M2) == 0
    assert pool(kernel) == (10, 6, 4, 0)
    mm.destroy()
    assert pool(kernel) == (10, 10, 0, 0)


def test_no_pool_means_enomem_and_bad_sizes_einval(boot):
    kernel = boot("")
    mm = AddressSpace(kernel)
    assert mm.mmap(0, M2, PROT_RW, HUGE_PRIV) == -E.ENOMEM
    assert mm.mmap(0, M2, PROT_RW, HUGE_PRIV | (16 << 26)) == -E.EINVAL    # 64 KiB: no pool
    assert mm.mmap(0, M2, PROT_RW, HUGE_PRIV | MAP_HUGE_1GB) == -E.ENOMEM
    assert mm.mmap(0, M2, PROT_RW, HUGE_PRIV | MAP_NORESERVE) > 0        # nothing reserved


def test_length_is_rounded_up_and_fixed_addresses_must_be_aligned(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, M2 + 1, PROT_RW, HUGE_PRIV)
    vma = mm.vma_at(addr)
    assert vma.end - vma.start == 2 * M2 and pool(kernel)[2] == 2
    assert mm.mmap(0x40001000, M2, PROT_RW, HUGE_PRIV | MAP_FIXED) == -E.EINVAL
    assert mm.mmap(0x40000000, M2, PROT_RW, HUGE_PRIV | MAP_FIXED) == 0x40000000
    hinted = mm.mmap(0x50001000, M2, PROT_RW, HUGE_PRIV)
    assert hinted == 0x50200000                                      # the hint, aligned up


def test_shared_mappings_reserve_per_file_and_keep_the_reservation(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_SHARED)
    assert pool(kernel) == (4, 4, 3, 0)
    assert mm.handle_fault(addr, STORE).ok
    assert pool(kernel) == (4, 3, 2, 0)
    assert mm.munmap(addr + 2 * M2, M2) == 0        # the file still holds index 2's promise
    assert pool(kernel) == (4, 3, 2, 0)
    assert mm.munmap(addr, 2 * M2) == 0             # the file's last mapping: all given back
    assert pool(kernel) == (4, 4, 0, 0)


def test_noreserve_faults_sigbus_when_the_pool_is_empty(boot):
    kernel = boot("hugepages=2")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 4 * M2, PROT_RW, HUGE_PRIV | MAP_NORESERVE)
    assert pool(kernel) == (2, 2, 0, 0)
    assert mm.handle_fault(addr, STORE).ok and mm.handle_fault(addr + M2, STORE).ok
    result = mm.handle_fault(addr + 2 * M2, STORE)
    assert not result.ok and result.signal == SIGBUS and result.si_code == 2   # BUS_ADRERR
    # a reserved mapping's promise is kept: NORESERVE cannot take a reserved page
    other = AddressSpace(kernel)
    mm.munmap(addr, M2)
    reserved = other.mmap(0, M2, PROT_RW, HUGE_PRIV)
    assert reserved > 0 and pool(kernel) == (2, 1, 1, 0)
    assert mm.handle_fault(addr + 3 * M2, STORE).signal == SIGBUS
    assert other.handle_fault(reserved, STORE).ok


# --- faults ------------------------------------------------------------------------------------
def test_one_minor_fault_per_huge_page_and_data_everywhere(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 2 * M2, PROT_RW, HUGE_PRIV)
    before = events(kernel)
    touch_every_page(mm, addr, 2 * M2)
    assert events(kernel) - before == 2
    assert all(mm.copy_in(va, 8) == struct.pack("<Q", va) for va in range(addr, addr + 2 * M2,
                                                                           4096 * 37))
    assert mm.pages.huge_level(addr >> 12) == 1
    assert mm.rss == 0                                       # hugetlb is never in RSS
    assert "HugetlbPages:\t    4096 kB\n" in mm.status_vm_text()
    assert "VmRSS:\t       0 kB\n" in mm.status_vm_text()


def test_a_new_page_reads_as_zeros_even_after_reuse(boot):
    kernel = boot("hugepages=1")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, M2, PROT_RW, HUGE_PRIV)
    mm.copy_out(addr + 4096 * 100, b"secret")
    mm.munmap(addr, M2)
    addr = mm.mmap(0, M2, PROT_RW, HUGE_PRIV)
    assert mm.copy_in(addr + 4096 * 100, 6) == bytes(6)


def test_fork_private_is_copy_on_write_and_shared_is_shared(boot):
    kernel = boot("hugepages=8")
    parent = AddressSpace(kernel)
    priv = parent.mmap(0, M2, PROT_RW, HUGE_PRIV)
    shared = parent.mmap(0, M2, PROT_RW, HUGE_SHARED)
    parent.copy_out(priv, b"parent-private")
    parent.copy_out(shared, b"parent-shared")
    child = parent.fork()
    assert child.copy_in(priv, 14) == b"parent-private"
    assert pool(kernel)[1] == 6                  # the child shares the private page for now
    child.copy_out(priv, b"child--private")      # the copy-on-write of a whole 2 MiB page
    assert pool(kernel)[1] == 5
    assert parent.copy_in(priv, 14) == b"parent-private"
    child.copy_out(shared + 5, b"CHILD")
    assert parent.copy_in(shared, 13) == b"paren" + b"CHILD" + b"red"
    check_all(kernel)
    child.destroy()
    before = events(kernel)
    parent.copy_out(priv, b"again")              # only mapper now: reused, no copy
    assert pool(kernel)[1] == 6 and events(kernel) - before == 1


def test_mprotect_and_munmap_on_huge_boundaries_only(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 4 * M2, PROT_RW, HUGE_PRIV)
    assert mm.munmap(addr + 4096, M2) == -E.EINVAL
    assert mm.munmap(addr, M2 + 4096) == -E.EINVAL
    assert mm.mprotect(addr + 4096, 4096, PROT_R) == -E.EINVAL
    assert mm.madvise(addr, M2 + 4096, 10) == -E.EINVAL     # MADV_DONTFORK would split
    mm.copy_out(addr + M2, b"data")
    assert mm.mprotect(addr + M2, M2, PROT_R) == 0
    assert [v.end - v.start for v in mm.vmas if v.start >= addr][:3] == [M2, M2, 2 * M2]
    result = mm.handle_fault(addr + M2, STORE)
    assert result.signal == SIGSEGV and result.si_code == 2           # SEGV_ACCERR
    assert mm.copy_in(addr + M2, 4) == b"data"
    assert mm.mprotect(addr + M2, M2, 0) == 0                          # PROT_NONE
    assert mm.handle_fault(addr + M2, LOAD).signal == SIGSEGV
    assert mm.mprotect(addr + M2, M2, PROT_RW) == 0
    assert mm.copy_in(addr + M2, 4) == b"data"
    mm.copy_out(addr + M2, b"more")
    assert mm.munmap(addr + M2, M2) == 0
    assert len([v for v in mm.vmas if v.start >= addr and v.file is not None]) == 2


def test_mremap_shrinks_and_moves_but_never_grows(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_PRIV)
    mm.copy_out(addr, b"moved")
    assert mm.mremap(addr, 3 * M2, 4 * M2, 1) == -E.EINVAL
    assert mm.mremap(addr + 4096, M2, M2, 0) == -E.EINVAL
    assert mm.mremap(addr, 3 * M2, 2 * M2, 0) == addr
    assert pool(kernel)[2] == 1                     # index 2's reservation went with the tail
    target = 0x60000000
    assert mm.mremap(addr, 2 * M2, 2 * M2, 3, target) == target        # MAYMOVE | FIXED
    assert mm.copy_in(target, 5) == b"moved"
    assert mm.vma_at(addr) is None


# --- /proc ------------------------------------------------------------------------------------
def test_smaps_pagemap_maps_and_mincore_of_hugetlb_mappings(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    priv = mm.mmap(0, 2 * M2, PROT_RW, HUGE_PRIV)
    shared = mm.mmap(0, M2, PROT_RW, HUGE_SHARED)
    mm.copy_out(priv, b"x")
    mm.copy_out(shared, b"y")
    child = mm.fork()
    assert child.copy_in(shared, 1) == b"y"
    smaps = mm.smaps_text()
    record = smaps[smaps.index("%08x-" % priv):]
    assert "KernelPageSize:     2048 kB\nMMUPageSize:        2048 kB\n" \
        "Rss:                   0 kB\n" in record
    assert "Shared_Hugetlb:     2048 kB\nPrivate_Hugetlb:       0 kB\n" in record   # forked
    assert "VmFlags: rd wr mr mw me de ht \n" in record
    record = smaps[smaps.index("%08x-" % shared):]
    assert "VmFlags: rd wr sh mr mw me ms de ht \n" in record
    assert "Shared_Hugetlb:     2048 kB\n" in record
    assert "/anon_hugepage (deleted)\n" in mm.maps_text()
    rollup = mm.smaps_rollup_text()
    assert "Shared_Hugetlb:     4096 kB\nPrivate_Hugetlb:       0 kB\n" in rollup
    child.destroy()
    assert "Private_Hugetlb:    4096 kB\n" in mm.smaps_rollup_text()
    data = mm.pagemap_bytes((priv >> 12) * 8, 8 * 3)
    entries = struct.unpack("<3Q", data)
    head = mm.pages[priv >> 12] >> 10
    assert entries[0] == (1 << 63) | (1 << 56) | head            # present, exclusive, no file
    assert entries[2] & ((1 << 55) - 1) == head + 2
    shared_entry = struct.unpack("<Q", mm.pagemap_bytes((shared >> 12) * 8, 8))[0]
    assert shared_entry & (1 << 61)                              # a file page
    assert mm.mincore(priv, 2 * M2) == bytes([1] * 512 + [0] * 512)


def test_memfd_hugetlb_files_are_shared_sized_and_readable(boot):
    kernel = boot("hugepages=4")
    task = task_of(kernel)
    name = user_string(task, "buf")
    assert call(kernel, task, "memfd_create", name, 0x8) == -E.EINVAL
    assert call(kernel, task, "memfd_create", name, 4 | (16 << 26)) == -E.ENODEV
    fd = call(kernel, task, "memfd_create", name, 4 | MAP_HUGE_2MB)
    assert fd >= 3
    assert call(kernel, task, "ftruncate", fd, 4096) == -E.EINVAL       # huge multiples only
    assert call(kernel, task, "ftruncate", fd, 2 * M2) == 0
    a = call(kernel, task, "mmap", 0, 2 * M2, PROT_RW, MAP_SHARED, fd, 0)
    b = call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_SHARED, fd, M2)
    assert a > 0 and b > 0 and pool(kernel)[2] == 2            # one reservation per index
    assert call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_SHARED, fd, 4096) == -E.EINVAL
    task.mm.copy_out(a + M2 + 8, b"one file")
    assert task.mm.copy_in(b + 8, 8) == b"one file"
    assert call(kernel, task, "write", fd, b, 8) == -E.EINVAL
    assert call(kernel, task, "pread64", fd, a, 16, M2) == 16
    assert task.mm.copy_in(a + 8, 8) == b"one file"
    assert "/memfd:buf (deleted)" in task.mm.maps_text()
    assert call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_PRIVATE | MAP_HUGETLB, 0, 0) \
        == -E.EINVAL                                          # stdin is not on hugetlbfs
    call(kernel, task, "close", fd)
    assert pool(kernel)[1] == 2              # (pread's buffer faulted index 0 in)
    task.mm.munmap(a, 2 * M2)
    task.mm.munmap(b, M2)
    assert pool(kernel) == (4, 4, 0, 0)                      # the file went with its last user


def test_files_on_dev_hugepages(boot):
    kernel = boot("hugepages=4")
    from pagelab.kernel.fs.procfs import render_mounts
    assert "hugetlbfs /dev/hugepages hugetlbfs rw,relatime,pagesize=2M 0 0\n" in \
        render_mounts(kernel, None)
    task = task_of(kernel)
    path = user_string(task, "/dev/hugepages/data")
    fd = call(kernel, task, "openat", -100, path, 0o102, 0o600)    # O_RDWR | O_CREAT
    assert fd >= 0
    a = call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_SHARED, fd, 0)
    assert a > 0
    task.mm.copy_out(a, b"persistent")
    task.mm.munmap(a, M2)
    call(kernel, task, "close", fd)
    assert pool(kernel)[1] == 3                      # the named file keeps its page
    fd = call(kernel, task, "openat", -100, path, 0, 0)
    assert call(kernel, task, "read", fd, path, 10) == 10
    assert task.mm.copy_in(path, 10) == b"persistent"
    call(kernel, task, "close", fd)
    assert call(kernel, task, "unlinkat", -100, user_string(task, "/dev/hugepages/data"), 0) == 0
    assert pool(kernel) == (4, 4, 0, 0)


def test_one_gib_pages_map_as_gigapages(boot):
    kernel = boot("hugepagesz=1G hugepages=1", mem=2 << 30, paging="sv39")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 4096, PROT_RW, HUGE_PRIV | MAP_HUGE_1GB)
    assert addr % G1 == 0 and mm.vma_at(addr).end == addr + G1
    assert pool(kernel, G1) == (1, 1, 1, 0)
    before = events(kernel)
    mm.copy_out(addr + G1 - 8, b"lastword")
    mm.copy_out(addr, b"first")
    assert events(kernel) - before == 1 and mm.pages.huge_level(addr >> 12) == 2
    assert pool(kernel, G1) == (1, 0, 0, 0)
    assert "KernelPageSize:  1048576 kB\n" in mm.smaps_text()
    assert mm.munmap(addr, M2) == -E.EINVAL
    mm.destroy()
    assert pool(kernel, G1) == (1, 1, 0, 0)


def test_a_private_mapping_of_a_file_copies_on_write_and_leaves_the_file(boot):
    kernel = boot("hugepages=4")
    task = task_of(kernel)
    fd = call(kernel, task, "memfd_create", user_string(task, "f"), 4)
    shared = call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_SHARED, fd, 0)
    task.mm.copy_out(shared, b"file data")
    private = call(kernel, task, "mmap", 0, M2, PROT_RW, MAP_PRIVATE, fd, 0)
    assert task.mm.copy_in(private, 9) == b"file data"          # the file's page, read-only
    assert pool(kernel)[1] == 3
    task.mm.copy_out(private, b"mine")                          # its own copy now
    assert pool(kernel)[1] == 2
    assert task.mm.copy_in(shared, 9) == b"file data"
    assert task.mm.copy_in(private, 9) == b"mine data"
    entry = struct.unpack("<Q", task.mm.pagemap_bytes((private >> 12) * 8, 8))[0]
    assert not entry & (1 << 61)                                # a private copy: no file bit


def test_truncating_a_mapped_file_unmaps_and_frees_the_tail(boot):
    kernel = boot("hugepages=4")
    task = task_of(kernel)
    fd = call(kernel, task, "memfd_create", user_string(task, "t"), 4)
    a = call(kernel, task, "mmap", 0, 3 * M2, PROT_RW, MAP_SHARED, fd, 0)
    for i in range(3):
        task.mm.copy_out(a + i * M2, b"page")
    assert pool(kernel)[1] == 1
    assert call(kernel, task, "ftruncate", fd, M2) == 0
    assert pool(kernel)[1] == 3
    assert task.mm.handle_fault(a + M2, LOAD).signal == SIGBUS   # past the end of the file
    assert task.mm.copy_in(a, 4) == b"page"


def test_madvise_dontneed_drops_whole_huge_pages(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 2 * M2, PROT_RW, HUGE_PRIV)
    mm.copy_out(addr, b"gone")
    mm.copy_out(addr + M2, b"kept")
    assert mm.madvise(addr + 4096, 4096, 4) == -E.EINVAL        # MADV_DONTNEED, unaligned
    assert mm.madvise(addr, 4096, 4) == 0                       # the end rounds up to 2 MiB
    assert mm.copy_in(addr, 4) == bytes(4) and mm.copy_in(addr + M2, 4) == b"kept"
    assert mm.madvise(addr, M2, 21) == -E.EINVAL                # MADV_PAGEOUT: never
    assert mm.madvise(addr, M2, 3) == 0                         # MADV_WILLNEED: nothing


def test_populate_takes_one_fault_per_huge_page_and_prot_none_is_out_of_reach(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    before = events(kernel)
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_PRIV | MAP_POPULATE)
    assert events(kernel) - before == 3 and pool(kernel)[1:3] == (1, 0)
    assert mm.mprotect(addr, M2, 0) == 0
    from pagelab.kernel.mm import EFault
    try:
        mm.copy_in(addr, 8)
        raise AssertionError("copy_in of a PROT_NONE hugetlb page succeeded")
    except EFault:
        pass


def test_sysctl_on_the_command_line_sets_the_default_pool(boot):
    kernel = boot("hugepages=2", sysctl={"vm.nr_hugepages": 5,
                                         "vm.nr_overcommit_hugepages": 1})
    assert pool(kernel) == (5, 5, 0, 0)
    assert kernel.physmem.hugetlb.default.nr_overcommit_huge_pages == 1
    assert meminfo_hugepages(kernel)["HugePages_Total"] == 5


def test_memfd_without_hugetlb_is_a_tmpfs_file(boot):
    kernel = boot("")
    task = task_of(kernel)
    fd = call(kernel, task, "memfd_create", user_string(task, "plain"), 1)    # MFD_CLOEXEC
    assert fd >= 3 and task.files.cloexec(fd)
    buf = user_string(task, "hello memfd")
    assert call(kernel, task, "write", fd, buf, 11) == 11
    a = call(kernel, task, "mmap", 0, 4096, PROT_RW, MAP_SHARED, fd, 0)
    assert task.mm.copy_in(a, 11) == b"hello memfd"
    task.mm.copy_out(a, b"HELLO")
    assert call(kernel, task, "pread64", fd, buf, 11, 0) == 11
    assert task.mm.copy_in(buf, 11) == b"HELLO memfd"
    assert "/memfd:plain (deleted)" in task.mm.maps_text()
    assert call(kernel, task, "memfd_create", user_string(task, "x" * 250), 0) == -E.EINVAL
    assert call(kernel, task, "memfd_create", 8, 0) == -E.EFAULT


def test_reclaim_never_takes_hugetlb_pages(boot):
    kernel = boot("hugepages=4", mem=32 << 20, swap_size=64 << 20)
    mm = AddressSpace(kernel)
    huge = mm.mmap(0, 4 * M2, PROT_RW, HUGE_PRIV)
    for i in range(4):
        mm.copy_out(huge + i * M2 + 64, b"huge%d" % i)
    anon = mm.mmap(0, 40 << 20, PROT_RW, MAP_PRIVATE | 0x20)
    for va in range(anon, anon + (40 << 20), 4096):             # 40 MiB through 24 MiB
        assert mm.handle_fault(va, STORE).ok
    assert kernel.physmem.events["pswpout"] > 0                 # reclaim ran and swapped
    for i in range(4):
        assert mm.pages.huge_level((huge + i * M2) >> 12) == 1  # still mapped whole
        assert mm.copy_in(huge + i * M2 + 64, 5) == b"huge%d" % i
    assert not any(kernel.physmem.flags[(pfn - kernel.physmem.base_pfn)] & (1 << 5)
                   for pfn in kernel.physmem.hugetlb.default.pages)        # never on an LRU


def test_the_owner_takes_the_page_back_from_children_when_the_pool_is_empty(boot):
    kernel = boot("hugepages=1")
    parent = AddressSpace(kernel)
    addr = parent.mmap(0, M2, PROT_RW, HUGE_PRIV)
    parent.copy_out(addr, b"owner")
    child = parent.fork()
    assert child.copy_in(addr, 5) == b"owner"
    assert pool(kernel)[1] == 0
    parent.copy_out(addr, b"OWNER")             # no page for a copy: the child loses its map
    assert parent.copy_in(addr, 5) == b"OWNER"
    assert child.handle_fault(addr, LOAD).signal == SIGBUS
    assert "PID" in kernel.klog.render() and "inadequate hugepage pool" in kernel.klog.render()
    child.destroy()
    parent.destroy()
    assert pool(kernel) == (1, 1, 0, 0)


def test_mlock_populates_but_never_locks_a_hugetlb_mapping(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 2 * M2, PROT_RW, HUGE_PRIV | 0x2000)          # MAP_LOCKED
    assert pool(kernel)[1] == 2 and mm.locked_vm == 0
    other = mm.mmap(0, M2, PROT_RW, HUGE_PRIV)
    assert mm.mlock(other, M2) == 0 and pool(kernel)[1] == 1
    assert mm.locked_vm == 0 and " lo " not in mm.smaps_text()
    assert mm.mlock(other + 4096, 4096) == 0                         # no split: nothing to do
    assert [v.start for v in mm.vmas].count(other) == 1 and mm.vma_at(other).end == other + M2
    assert addr != other


def test_madv_remove_punches_a_hole_in_a_shared_mapping(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    low = mm.mmap(0, 4096, PROT_RW, MAP_PRIVATE | 0x20)
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_SHARED)
    for i in range(3):
        mm.copy_out(addr + i * M2, b"page%d" % i)
    child = mm.fork()
    assert child.copy_in(addr + M2, 5) == b"page1"
    assert pool(kernel) == (4, 1, 0, 0)
    assert mm.madvise(addr + M2, 4096, 9) == 0                  # MADV_REMOVE: index 1 goes
    assert pool(kernel) == (4, 2, 0, 0)
    assert child.copy_in(addr + M2, 5) == bytes(5)              # gone for every mapper
    assert mm.copy_in(addr + 2 * M2, 5) == b"page2"
    # a range that starts below the mapping is checked from the mapping's own start
    assert mm.madvise(low, addr + M2 - low, 4) in (0, -E.ENOMEM)
