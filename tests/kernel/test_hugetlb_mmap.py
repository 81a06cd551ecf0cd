"""hugetlb mappings (kernel/mm/hugetlb.py): MAP_HUGETLB, memfd_create(MFD_HUGETLB), files on
/dev/hugepages -- reservations, faults, fork, munmap/mprotect/mremap on huge boundaries, and
what /proc shows.  Invariants are checked after every test (hugetlb_helpers.boot)."""
from __future__ import annotations

import struct

from hugetlb_helpers import (G1, HUGE_PRIV, HUGE_SHARED, LOAD, M2, MAP_ANON, MAP_FIXED,  # noqa
                             MAP_HUGE_1GB, MAP_HUGE_2MB, MAP_HUGETLB, MAP_NORESERVE,
                             MAP_POPULATE, MAP_PRIVATE, MAP_SHARED, PROT_R, PROT_RW, STORE,
                             boot, call, check_all, meminfo_hugepages, pool, read, task_of,
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
    assert "KernelPageSize:     2048 kB\nMMUPageSize:        2048 kB\nRss:                   0 kB\n" \
        in record
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
