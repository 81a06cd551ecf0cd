"""write() through the page cache and writeback (kernel/mm/writeback.py, pagecache.py), driven
at the system-call level with a real page cache and physical memory and a fake task: data
integrity across drop_caches and reclaim, the dirty-count invariant, the flusher on simulated
time, the dirty sysctls, fsync of host files, drop_caches 2, and the kernel memory of tasks and
files."""
from __future__ import annotations

import os
import random
from types import SimpleNamespace

import pytest

from pagelab.cpu.machine import Machine
from pagelab.kernel import errno as E
from pagelab.kernel.mm import drop_caches, setup
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.physmem import PG_DIRTY, USE_PAGECACHE
from pagelab.kernel.mm.procfs import meminfo, render_smaps, vmstat
from pagelab.kernel.mm.writeback import NS_PER_CENTISEC, dirty_limits
from pagelab.kernel.sysctl import SYSCTL_DEFAULTS, SysctlError, parse_sysctl, set_sysctl

from fs_fakes import FakeKernel, s
from mm_helpers import MAP_ANON, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R, PROT_W, MiniKernel

AT_FDCWD = -100
O_RDONLY, O_RDWR, O_CREAT, O_TRUNC = 0, 2, 0o100, 0o1000


class CacheKernel(FakeKernel):
    """The fs test kernel with real physical memory, page cache and flusher, and a clock the
    test moves."""

    def __init__(self, mem=8 << 20, root=None, sysctl=None):
        super().__init__(root=root)
        self.clock_ns = 0
        self.machine = Machine(mem_size=mem)
        self.config = SimpleNamespace(sysctl={}, policies={}, paging="sv48", mem_size=mem)
        self.sysctl = dict(SYSCTL_DEFAULTS)
        for name, value in (sysctl or {}).items():
            set_sysctl(self.sysctl, name, value)
        self.lines = []
        self.current = None
        setup(self)

    def now_ns(self):
        return self.clock_ns

    def log(self, line):
        self.lines.append(line)


def meminfo_kb(kernel, name):
    for line in meminfo(kernel).splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def vmstat_value(kernel, name):
    return dict(line.split() for line in vmstat(kernel).splitlines())[name]


def check_dirty(kernel):
    """Invariant: nr_dirty == frames with PG_DIRTY == pages listed dirty; every listed file is
    in dirty_inodes and every dirty frame is a page-cache frame."""
    physmem, cache = kernel.physmem, kernel.page_cache
    flagged = [i for i, f in enumerate(physmem.flags) if f & PG_DIRTY]
    assert all(physmem.use[i] == USE_PAGECACHE for i in flagged)
    listed = sum(len(pages) for pages in cache.dirty.values())
    assert physmem.nr_dirty == len(flagged) == listed
    assert set(cache.dirty) == set(cache.dirty_inodes)
    assert meminfo_kb(kernel, "Dirty") == physmem.nr_dirty * 4
    assert int(vmstat_value(kernel, "nr_dirty")) == physmem.nr_dirty
    assert check_invariants(physmem) == []


@pytest.fixture
def kt():
    kernel = CacheKernel()
    return kernel, kernel.new_task()


def open_(k, t, path, flags=O_RDWR | O_CREAT):
    return k.call(t, "openat", AT_FDCWD, s(t, path), flags, 0o644)


SCRATCH = 400 << 10


def scratch(t) -> int:
    """One user buffer per task, reused (the fake address space is a bump allocator)."""
    if not hasattr(t, "scratch"):
        t.scratch = t.mm.alloc(size=SCRATCH)
    return t.scratch


def pwrite(k, t, fd, data, off):
    assert len(data) <= SCRATCH
    t.mm.copy_out(scratch(t), data)
    return k.call(t, "pwrite64", fd, scratch(t), len(data), off)


def pread(k, t, fd, n, off):
    n = min(n, SCRATCH)
    got = k.call(t, "pread64", fd, scratch(t), n, off)
    return got if got < 0 else t.mm.copy_in(scratch(t), got)


def test_write_dirties_cache_pages_and_the_file_sees_them_only_at_writeback(kt):
    k, t = kt
    fd = open_(k, t, "/data")
    inode = k.fs.root.lookup("data")
    assert pwrite(k, t, fd, b"a" * 10000, 0) == 10000
    assert inode.size == 10000                      # the size is extended at once
    assert inode.pages[0] == bytearray(4096)        # reserved on the disk, not written yet
    assert k.physmem.nr_dirty == 3 and meminfo_kb(k, "Dirty") == 12
    assert pread(k, t, fd, 10000, 0) == b"a" * 10000     # read() sees the cache
    check_dirty(k)
    assert k.call(t, "fsync", fd) == 0
    assert inode.data == b"a" * 10000 and k.physmem.nr_dirty == 0
    assert int(vmstat_value(k, "nr_dirtied")) == 3 and int(vmstat_value(k, "nr_written")) == 3
    check_dirty(k)


def test_random_writes_survive_drop_caches_and_match_a_model(kt):
    k, t = kt
    fd = open_(k, t, "/model")
    model = bytearray()
    rng = random.Random(7)
    for step in range(300):
        off = rng.randrange(0, 60000)
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9000)))
        assert pwrite(k, t, fd, data, off) == len(data)
        if off > len(model):
            model += bytes(off - len(model))
        model[off:off + len(data)] = data
        action = rng.random()
        if action < 0.1:
            k.call(t, "fdatasync", fd)
        elif action < 0.15:
            k.call(t, "sync")
        elif action < 0.25:
            drop_caches(k, 3)
        elif action < 0.3:
            k.call(t, "ftruncate", fd, len(model) // 2)
            del model[len(model) // 2:]
        if step % 25 == 0:
            check_dirty(k)
            assert pread(k, t, fd, len(model) + 10, 0) == bytes(model)
    assert pread(k, t, fd, len(model) + 10, 0) == bytes(model)
    k.call(t, "fsync", fd)
    drop_caches(k, 1)
    assert k.page_cache.cached_pages(k.fs.root.lookup("model")) == {}
    assert k.fs.root.lookup("model").data == bytes(model)
    check_dirty(k)


def test_drop_caches_keeps_dirty_pages_and_frees_clean_ones(kt):
    k, t = kt
    fd = open_(k, t, "/f")
    pwrite(k, t, fd, b"x" * 8192, 0)
    cached = meminfo_kb(k, "Cached")
    assert drop_caches(k, 1) == 0                   # both pages dirty: nothing to drop
    assert meminfo_kb(k, "Cached") == cached
    k.call(t, "fsync", fd)
    assert drop_caches(k, 1) == 2
    assert meminfo_kb(k, "Cached") == cached - 8
    assert int(vmstat_value(k, "drop_pagecache")) == 2
    assert k.lines[-1] == " (0): drop_caches: 1"
    drop_caches(k, 4)
    drop_caches(k, 1)
    assert k.lines[-1] == " (0): drop_caches: 1"    # 4 silenced the log for good
    assert pread(k, t, fd, 8192, 0) == b"x" * 8192


def test_drop_caches_2_gives_back_the_empty_slabs():
    k = CacheKernel()
    vma_cache = k.physmem.slabs.cache("vm_area_struct")
    handles = [vma_cache.alloc() for _ in range(60)]      # three slabs
    for h in handles:
        vma_cache.free(h)
    assert len(vma_cache.slabs) == 1                      # SLUB keeps one
    free = k.physmem.nr_free
    assert drop_caches(k, 2) >= 1
    assert vma_cache.slabs == [] and k.physmem.nr_free > free
    assert int(vmstat_value(k, "drop_slab")) == 1
    h = vma_cache.alloc()                                  # still usable
    assert h is not None and vma_cache.active_objs == 1


def test_flusher_writes_expired_files_and_background_excess_on_simulated_time(kt):
    k, t = kt
    fd = open_(k, t, "/old")
    pwrite(k, t, fd, b"o" * 4096, 0)
    k.clock_ns = 20 * 100 * NS_PER_CENTISEC               # 20 s later
    fd2 = open_(k, t, "/young")
    pwrite(k, t, fd2, b"y" * 4096, 0)
    k.flusher.next_wake_ns = 0
    k.clock_ns = 31 * 100 * NS_PER_CENTISEC
    assert k.flusher.tick() == 1                           # only /old has expired
    assert k.fs.root.lookup("old").data == b"o" * 4096
    assert k.fs.root.lookup("young").data == bytes(4096)
    assert k.flusher.next_wake_ns == k.clock_ns + 500 * NS_PER_CENTISEC
    k.clock_ns += 100 * NS_PER_CENTISEC
    assert k.flusher.tick() == 0                           # not its time yet
    k.clock_ns = 60 * 100 * NS_PER_CENTISEC
    assert k.flusher.tick() == 1 and k.physmem.nr_dirty == 0
    # over the background threshold: the writer wakes the flusher, which writes down to it
    set_sysctl(k.sysctl, "vm.dirty_background_bytes", 16 * PAGE)
    pwrite(k, t, fd, b"b" * 40 * PAGE, 0)
    assert k.flusher.next_wake_ns <= k.clock_ns
    assert k.flusher.tick() >= 24 and k.physmem.nr_dirty <= 16
    check_dirty(k)


def test_writer_is_throttled_above_the_dirty_threshold():
    k = CacheKernel(sysctl={"vm.dirty_bytes": 64 * PAGE, "vm.dirty_background_bytes": 32 * PAGE})
    t = k.new_task()
    fd = open_(k, t, "/f")
    assert dirty_limits(k) == (64, 32)
    for i in range(10):
        assert pwrite(k, t, fd, b"z" * 100 * PAGE, i * 100 * PAGE) == 100 * PAGE
        assert k.physmem.nr_dirty <= 64 + 32              # + one ratelimit step
    assert k.physmem.events["wb_throttled"] >= 10
    check_dirty(k)


def test_dirty_sysctls_have_linuxs_ranges_and_clear_their_twin():
    assert parse_sysctl("vm.dirty_ratio", "0") == 0
    for name, bad in (("vm.dirty_ratio", "101"), ("vm.dirty_background_ratio", "-1"),
                      ("vm.dirty_bytes", "8191"), ("vm.dirty_background_bytes", "0"),
                      ("vm.dirty_expire_centisecs", "-1")):
        with pytest.raises(SysctlError):
            parse_sysctl(name, bad)
    table = dict(SYSCTL_DEFAULTS)
    assert (table["vm.dirty_ratio"], table["vm.dirty_background_ratio"],
            table["vm.dirty_expire_centisecs"], table["vm.dirty_writeback_centisecs"]) == \
        (20, 10, 3000, 500)
    set_sysctl(table, "vm.dirty_bytes", 1 << 20)
    assert table["vm.dirty_ratio"] == 0
    set_sysctl(table, "vm.dirty_bytes", 1 << 20)           # unchanged: nothing else moves
    set_sysctl(table, "vm.dirty_ratio", 0)                  # unchanged: bytes stay
    assert table["vm.dirty_bytes"] == 1 << 20
    set_sysctl(table, "vm.dirty_ratio", 30)
    assert table["vm.dirty_bytes"] == 0
    set_sysctl(table, "vm.dirty_background_bytes", 4096)
    assert table["vm.dirty_background_ratio"] == 0
    set_sysctl(table, "vm.dirty_background_ratio", 10)
    assert table["vm.dirty_background_bytes"] == 0


def test_background_threshold_not_below_dirty_is_halved():
    k = CacheKernel(sysctl={"vm.dirty_ratio": 10, "vm.dirty_background_ratio": 50})
    thresh, bg = dirty_limits(k)
    assert bg == thresh // 2 and thresh > 0
    assert int(vmstat_value(k, "nr_dirty_threshold")) == thresh


def test_shared_mapping_store_after_writeback_dirties_the_page_again():
    k = MiniKernel()
    from pagelab.kernel.fs.inode import MemFile
    f = MemFile(b"\0" * 8192)
    f.path = "/m"
    mm = k.new_mm()
    base = mm.mmap(0, 8192, PROT_R | PROT_W, MAP_SHARED, file=f)
    mm.copy_out(base, b"one")
    assert k.physmem.nr_dirty == 1
    assert k.page_cache.write_file(f) == 1 and f.data[:3] == b"one"
    assert k.physmem.nr_dirty == 0
    mm.copy_out(base, b"two")                               # write-protected again: dirty
    assert k.physmem.nr_dirty == 1
    k.page_cache.write_file(f)
    assert f.data[:3] == b"two"
    assert check_invariants(k.physmem) == []


def test_reclaim_writes_dirty_file_pages_back_before_freeing_them():
    k = CacheKernel(mem=4 << 20, sysctl={"vm.dirty_writeback_centisecs": 0})
    t = k.new_task()
    fd = open_(k, t, "/big")
    chunk = bytes(range(256)) * 16 * 64                    # 256 KiB
    for i in range(48):                                    # 12 MiB through 4 MiB of RAM
        assert pwrite(k, t, fd, chunk, i * len(chunk)) == len(chunk)
    assert k.physmem.events["oom_kill"] == 0
    for i in range(0, 48, 5):
        assert pread(k, t, fd, len(chunk), i * len(chunk)) == chunk
    check_dirty(k)


def test_host_file_is_the_disk_fsync_writes_it(tmp_path):
    k = CacheKernel(root=str(tmp_path))
    t = k.new_task()
    fd = open_(k, t, "/h.txt")
    assert pwrite(k, t, fd, b"hello", 0) == 5
    assert (tmp_path / "h.txt").stat().st_size == 5       # extended at once (sparse)
    assert (tmp_path / "h.txt").read_bytes() == bytes(5)  # the bytes are still in the cache
    assert pread(k, t, fd, 5, 0) == b"hello"
    assert k.call(t, "fsync", fd) == 0
    assert (tmp_path / "h.txt").read_bytes() == b"hello"
    assert pwrite(k, t, fd, b"J", 0) == 1
    assert k.call(t, "syncfs", fd) == 0
    assert (tmp_path / "h.txt").read_bytes() == b"Jello"
    assert k.call(t, "syncfs", 99) == -E.EBADF


def test_pglazyfree_and_smaps_lazyfree_show_madv_free():
    k = MiniKernel()
    mm = k.new_mm()
    base = mm.mmap(0, 8 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    for i in range(8):
        mm.copy_out(base + i * PAGE, b"x")
    assert mm.madvise(base, 6 * PAGE, 8) == 0                # MADV_FREE
    assert "pglazyfree 6\n" in vmstat(k)
    assert "LazyFree:             24 kB" in render_smaps(mm)
    mm.copy_out(base, b"y")                                  # written again: not lazy
    assert "LazyFree:             20 kB" in render_smaps(mm)
    k.physmem.vmscan.shrink(8)
    assert int(vmstat_value(k, "pglazyfreed")) == 5


def test_tasks_and_open_files_cost_kernel_memory():
    from pagelab.kernel.kernel import Kernel, KernelConfig
    from pagelab.kernel.fs.devices import Console
    kernel = Kernel(KernelConfig(mem_size=16 << 20, console=Console(writer=lambda b: None,
                                                                     reader=lambda n: b"")))
    slabs = kernel.physmem.slabs
    tasks0 = slabs.cache("task_struct").active_objs
    stack0 = meminfo_kb(kernel, "KernelStack")
    assert tasks0 == 3 and stack0 == 48         # init, kthreadd and kswapd0
    free0 = kernel.physmem.nr_free
    child = kernel.new_task(kernel.init)
    assert slabs.cache("task_struct").active_objs == 4
    assert meminfo_kb(kernel, "KernelStack") == 64 and kernel.physmem.nr_free <= free0 - 4
    assert "nr_kernel_stack 64\n" in vmstat(kernel)
    kernel.exit_task(child, 0)                               # reaped by init at once
    assert meminfo_kb(kernel, "KernelStack") == 48
    assert slabs.cache("task_struct").active_objs == 3
    filp = slabs.cache("filp")
    before = filp.active_objs
    task = kernel.spawn("/bin/true", ["true"], [])
    assert filp.active_objs == before + 3                    # its stdin, stdout, stderr
    kernel.run()
    assert filp.active_objs == before


def test_writeback_is_traced_with_its_reason(kt):
    from pagelab.kernel import trace
    k, t = kt
    seen = []
    k.trace = trace.Tracer(k.now_ns)
    k.trace.listen(seen.append, {"writeback"})
    fd = open_(k, t, "/f")
    pwrite(k, t, fd, b"x" * 3 * PAGE, 0)
    k.call(t, "fsync", fd)
    pwrite(k, t, fd, b"y", 0)
    k.call(t, "sync")
    assert [(e.pages, e.reason) for e in seen] == [(3, "fsync"), (1, "sync")]


def tmpfs_kernel(mem=4 << 20, swap=16 << 20):
    k = CacheKernel(mem=mem)
    k.fs.tmp.page_cache = k.page_cache        # (the fake kernel made its fs before its memory)
    if swap:
        from pagelab.kernel.mm import SWAP_DEVICE
        k.physmem.swap.devices[SWAP_DEVICE] = swap >> 12
        k.physmem.swap.swapon(SWAP_DEVICE, swap >> 12)
    return k


def test_tmpfs_pages_are_shmem_never_dirty_and_go_to_swap_under_pressure():
    from pagelab.kernel.fs.tmpfs import TmpfsFile
    k = tmpfs_kernel()
    t = k.new_task()
    fd = open_(k, t, "/tmp/t")
    inode = k.fs.tmp.lookup("t")
    assert isinstance(inode, TmpfsFile)
    chunk = bytes(range(256)) * 16 * 64                    # 256 KiB
    for i in range(24):                                    # 6 MiB in 4 MiB of RAM
        assert pwrite(k, t, fd, chunk, i * len(chunk)) == len(chunk)
    ev = k.physmem.events
    assert k.physmem.nr_dirty == 0 and ev["nr_written"] == 0       # nothing to write back
    assert inode.swapped and ev["pswpout"] >= len(inode.swapped)
    assert meminfo_kb(k, "Shmem") == len(k.page_cache.cached_pages(inode)) * 4
    assert drop_caches(k, 3) == 0 or meminfo_kb(k, "Shmem") > 0     # drop_caches keeps them
    assert check_invariants(k.physmem) == []
    for i in range(24):
        assert pread(k, t, fd, len(chunk), i * len(chunk)) == chunk, i
    assert ev["pswpin"] > 0
    check_dirty(k)
    # truncation gives slots back; the last close of an unlinked file frees everything
    k.call(t, "ftruncate", fd, 3 * len(chunk) + 100)
    assert pread(k, t, fd, 200, 3 * len(chunk)) == chunk[:100]
    assert check_invariants(k.physmem) == []
    assert k.call(t, "unlinkat", AT_FDCWD, s(t, "/tmp/t"), 0) == 0
    assert pread(k, t, fd, 100, 0) == chunk[:100]          # still open: still there
    k.call(t, "close", fd)
    assert meminfo_kb(k, "Shmem") == 0 and k.physmem.swap.used_pages == 0
    assert k.fs.quota.used == 0
    assert check_invariants(k.physmem) == []


def test_tmpfs_is_limited_to_half_of_ram():
    k = tmpfs_kernel(mem=8 << 20)
    k.fs.quota.limit = 3 * PAGE
    t = k.new_task()
    fd = open_(k, t, "/tmp/q")
    assert pwrite(k, t, fd, b"x" * 10000, 0) == 10000
    assert pwrite(k, t, fd, b"y" * 10000, 10000) == 2288     # the rest of page 2
    assert pwrite(k, t, fd, b"z", 12288) == -E.ENOSPC


def test_swapoff_brings_tmpfs_pages_back():
    from pagelab.kernel.mm import SWAP_DEVICE
    from pagelab.kernel.mm.swap import unuse_area
    k = tmpfs_kernel(mem=4 << 20)
    t = k.new_task()
    fd = open_(k, t, "/tmp/t")
    for i in range(8):
        pwrite(k, t, fd, bytes([i]) * (256 << 10), i << 18)   # 2 MiB
    open_(k, t, "/big")
    pwrite(k, t, 4, b"b" * (256 << 10), 0)
    area = k.physmem.swap.area_by_path(SWAP_DEVICE)
    inode = k.fs.tmp.lookup("t")
    pfns = list(k.page_cache.cached_pages(inode).values())[:100]
    assert k.physmem.vmscan.reclaim_pages(pfns) == 100       # (MADV_PAGEOUT's mechanism)
    assert len(inode.swapped) >= 100 and area.inuse >= 100
    assert check_invariants(k.physmem) == []
    assert unuse_area(k.physmem, area) and area.inuse == 0
    assert not k.fs.tmp.lookup("t").swapped
    for i in range(8):
        assert pread(k, t, fd, 4096, i << 18) == bytes([i]) * 4096


def test_kernel_side_write_of_a_tmpfs_file_goes_to_the_cache():
    from pagelab.kernel.fs.file import OpenFile
    k = tmpfs_kernel(swap=0)
    inode = k.fs.tmp.create("core", 0o600)
    handle = OpenFile(inode, 1, "/tmp/core").get()
    assert inode.write(handle, b"E" * 5000) == 5000 and inode.size == 5000
    assert inode.data == b"E" * 5000
    assert meminfo_kb(k, "Shmem") == 8


def test_a_failed_spawn_gives_its_task_memory_back():
    from pagelab.kernel.kernel import Kernel, KernelConfig, SpawnError
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    kernel = Kernel(KernelConfig(mem_size=16 << 20, console=Console(writer=lambda b: None,
                                                                     reader=lambda n: b"")))
    kernel.fs.bin.add("junk", MemFile(b"not an ELF", mode=S_IFREG | 0o755))
    stacks = kernel.physmem.slabs.kernel_stacks
    tasks = kernel.physmem.slabs.cache("task_struct").active_objs
    for _ in range(3):
        with pytest.raises(SpawnError):
            kernel.spawn("/bin/junk", ["junk"], [])
    assert kernel.physmem.slabs.kernel_stacks == stacks
    assert kernel.physmem.slabs.cache("task_struct").active_objs == tasks
