"""The mm system calls through the syscall table: file descriptors, /dev/zero, user vectors,
and random arguments that must give errno values, never a host exception."""
import random
from types import SimpleNamespace

import pytest

from mm_helpers import PAGE, MiniKernel, guest_file
from pagelab.kernel import errno as E
from pagelab.kernel import sys_mm  # noqa: F401  (registers the handlers)
from pagelab.kernel.fs.devices import ZeroDevice
from pagelab.kernel.fs.file import O_RDONLY, O_RDWR, FdTable, OpenFile
from pagelab.kernel.syscalls import SYSCALLS

MM_CALLS = {214: "brk", 222: "mmap", 215: "munmap", 226: "mprotect", 216: "mremap",
            233: "madvise", 232: "mincore", 227: "msync", 228: "mlock", 229: "munlock",
            284: "mlock2", 230: "mlockall", 231: "munlockall"}
M64 = (1 << 64) - 1


@pytest.fixture
def env():
    kernel = MiniKernel(mem=8 << 20)
    files = FdTable()
    task = SimpleNamespace(pid=1, comm="t", uid=0, min_flt=0, maj_flt=0, files=files,
                           mm=kernel.new_mm())
    kernel.current = task
    return kernel, task


def call(kernel, task, number, *args):
    args = [a & M64 for a in args] + [0] * (6 - len(args))
    return SYSCALLS[number].handler(kernel, task, *args)


def test_every_mm_call_is_registered_under_its_riscv64_number():
    for number, name in MM_CALLS.items():
        assert SYSCALLS[number].name == name


def test_mmap_of_a_file_descriptor_checks_the_open_mode(env):
    kernel, task = env
    f = guest_file(b"file contents" + bytes(PAGE))
    ro = task.files.install(OpenFile(f, O_RDONLY))
    rw = task.files.install(OpenFile(f, O_RDWR))
    addr = call(kernel, task, 222, 0, PAGE, 1, 0x02, ro, 0)
    assert addr > 0 and task.mm.copy_in(addr, 4) == b"file"
    assert call(kernel, task, 222, 0, PAGE, 3, 0x01, ro, 0) == -E.EACCES     # shared+write
    assert call(kernel, task, 222, 0, PAGE, 3, 0x01, rw, 0) > 0
    assert call(kernel, task, 222, 0, PAGE, 1, 0x02, 99, 0) == -E.EBADF
    assert call(kernel, task, 222, 0, PAGE, 1, 0x02, -1, 0) == -E.EBADF


def test_mmap_of_dev_zero_is_anonymous_memory(env):
    kernel, task = env
    fd = task.files.install(OpenFile(ZeroDevice(), O_RDWR))
    private = call(kernel, task, 222, 0, PAGE, 3, 0x02, fd, 0)
    shared = call(kernel, task, 222, 0, PAGE, 3, 0x01, fd, 0)
    assert private > 0 and shared > 0
    assert task.mm.vma_at(private).is_anonymous()
    assert task.mm.vma_at(shared).shmem is not None


def test_mincore_writes_the_vector_or_returns_efault(env):
    kernel, task = env
    mm = task.mm
    addr = call(kernel, task, 222, 0, 4 * PAGE, 3, 0x22, -1, 0)
    vec = call(kernel, task, 222, 0, PAGE, 3, 0x22, -1, 0)
    mm.copy_out(addr + 2 * PAGE, b"!")
    assert call(kernel, task, 232, addr, 4 * PAGE, vec) == 0
    assert mm.copy_in(vec, 4) == b"\0\0\1\0"
    assert call(kernel, task, 232, addr, 4 * PAGE, 0x10) == -E.EFAULT


def test_brk_returns_the_break_and_never_an_error(env):
    kernel, task = env
    task.mm.start_brk = task.mm.cur_brk = 0x40000
    assert call(kernel, task, 214, 0) == 0x40000
    assert call(kernel, task, 214, 0x48000) == 0x48000
    assert call(kernel, task, 214, M64) == 0x48000
    assert call(kernel, task, 214, 0x1000) == 0x48000


@pytest.mark.parametrize("seed", [1234, 99, 2026, 200, 207])
def test_random_arguments_give_errno_values_and_never_raise(env, seed):
    from pagelab.kernel.mm.inspect import check_invariants
    kernel, task = env
    rng = random.Random(seed)
    tasks = [task]
    task.files.install(OpenFile(guest_file(b"x" * 3 * PAGE), O_RDWR))
    interesting = [0, 1, PAGE - 1, PAGE, 3 * PAGE, 0x10000, 0x7fff_ffff_f000, 1 << 47,
                   (1 << 47) - PAGE, 1 << 63, M64, M64 - PAGE + 1, 0x22, 0x3, 0x4022, 0x100000,
                   -1 & M64, 0x2000, 0x8000, 0x100, 7, 0x01000000]
    mapped = []
    for _ in range(3000):
        number = rng.choice(list(MM_CALLS))
        args = [rng.choice(interesting + mapped) if rng.random() < 0.8 else rng.getrandbits(64)
                for _ in range(6)]
        result = call(kernel, task, number, *args)
        assert isinstance(result, int)
        if number == 222 and result > 0:
            mapped.append(result)
        if number not in (214, 222, 216):
            assert result == 0 or -4095 <= result < 0
        if rng.random() < 0.05:                        # touch something
            va = rng.choice(mapped) if mapped else 0x10000
            task.mm.handle_fault(va + rng.randrange(4) * PAGE, rng.randrange(3))
        if rng.random() < 0.01 and len(tasks) < 4:     # fork: COW between several mms
            child = task.mm.fork()
            if child is not None:
                tasks.append(SimpleNamespace(**{**vars(task), "mm": child}))
        if rng.random() < 0.02:                        # switch task
            task = rng.choice(tasks)
    assert check_invariants(kernel.physmem) == []
    for other in tasks:
        if other is not task:
            other.mm.destroy()
    assert check_invariants(kernel.physmem) == []
    mm = task.mm
    assert mm.rss == sum(1 for v in mm.pages.values() if v >> 10 != kernel.physmem.zero_pfn)
    assert mm.total_vm == sum(v.npages for v in mm.vmas)
    for left, right in zip(mm.vmas, mm.vmas[1:]):
        assert left.end <= right.start
    mm.destroy()
    assert kernel.physmem.nr_anon_pages == 0 and kernel.physmem.nr_page_table_pages == 0


def test_mincore_of_a_huge_mapping_is_bounded_by_the_vector(env):
    kernel, task = env
    huge = call(kernel, task, 222, 0, 1 << 40, 1, 0x4022, -1, 0)          # 1 TiB, NORESERVE
    assert huge > 0
    vec = call(kernel, task, 222, 0, PAGE, 3, 0x22, -1, 0)
    assert call(kernel, task, 232, huge, 1 << 40, vec) == -E.EFAULT        # vector too small


@pytest.mark.parametrize("seed,mem", [(1, 4 << 20), (2, 4 << 20), (3, 4 << 20), (4, 4 << 20),
                                      (5, 320 << 10), (6, 320 << 10)])
def test_random_valid_operation_sequences_keep_every_invariant(seed, mem):
    """Structured fuzzing: plausible calls on a small window of addresses, with forks, so that
    splitting, merging, COW, shared memory, page cache and teardown interleave -- and, with
    320 KiB of RAM, out-of-memory and page-cache shrinking too."""
    from pagelab.kernel.mm.inspect import check_invariants
    rng = random.Random(seed)
    kernel = MiniKernel(mem=mem)
    files = [guest_file(bytes([i]) * (i * PAGE + 100), f"/tmp/f{i}") for i in range(1, 4)]
    mms = [kernel.new_mm()]
    mms[0].start_brk = mms[0].cur_brk = 0x100000
    lo, npages = 0x200000, 32
    page = lambda: lo + rng.randrange(npages) * PAGE                       # noqa: E731
    span = lambda: rng.randrange(1, 12) * PAGE                             # noqa: E731
    for step in range(1500):
        mm = rng.choice(mms)
        op = rng.randrange(16)
        if op in (0, 14, 15):
            kind = rng.randrange(4)
            prot = rng.choice([0, 1, 3, 5, 7, 2])
            flags = (0x02 if kind in (0, 2) else 0x01) | (0x20 if kind < 2 else 0)
            flags |= rng.choice([0x10, 0x10, 0, 0x8000, 0x4000])
            f = rng.choice(files) if kind >= 2 else None
            mm.mmap(page(), span(), prot, flags, f, rng.randrange(3) * PAGE)
        elif op == 1:
            mm.munmap(page(), span())
        elif op == 2:
            mm.mprotect(page(), span(), rng.choice([0, 1, 3, 5, 7]))
        elif op == 3:
            mm.mremap(page(), span(), span(), rng.choice([0, 1, 3]), page())
        elif op == 4:
            mm.madvise(page(), span(), rng.choice([0, 1, 2, 3, 4, 10, 11, 18, 19, 22, 23]))
        elif op == 5:
            rng.choice([mm.mlock, mm.munlock])(page(), span())
        elif op == 6:
            mm.brk(0x100000 + rng.randrange(0, 20) * PAGE)
        elif op in (7, 8, 9, 10):
            mm.handle_fault(page() + rng.randrange(PAGE), rng.randrange(3))
        elif op == 11:
            try:
                mm.copy_out(page() + 10, bytes([step & 0xFF]) * rng.randrange(1, 3 * PAGE))
            except Exception as error:                       # only EFault may escape
                assert type(error).__name__ == "EFault"
        elif op == 12 and len(mms) < 4:
            child = mm.fork()
            if child is not None:
                mms.append(child)
        elif op == 13 and len(mms) > 1:
            victim = rng.choice(mms)
            mms.remove(victim)
            victim.destroy()
        if step % 250 == 0:
            assert check_invariants(kernel.physmem) == []
    assert check_invariants(kernel.physmem) == []
    for mm in mms:
        mm.destroy()
    kernel.page_cache.drop_unmapped()
    physmem = kernel.physmem
    assert check_invariants(physmem) == []
    assert physmem.nr_anon_pages == physmem.nr_mapped == physmem.nr_page_table_pages == 0
    assert physmem.committed == 0 and physmem.nr_file_pages == 0
    slab_frames = sum(c.pages for c in physmem.slabs.caches.values())
    assert physmem.nr_free + slab_frames == physmem.total_pages          # nothing leaked


def test_mlockall_future_locks_later_mappings_and_munlockall_undoes_it(env):
    kernel, task = env
    mm = task.mm
    a = call(kernel, task, 222, 0, 2 * PAGE, 3, 0x22, -1, 0)
    assert call(kernel, task, 230, 3) == 0                     # MCL_CURRENT | MCL_FUTURE
    assert mm.locked_vm == 2 and mm.rss == 2
    b = call(kernel, task, 222, 0, 3 * PAGE, 3, 0x22, -1, 0)
    assert mm.vma_at(b).flags & 0x2000 and mm.locked_vm == 5 and mm.rss == 5
    assert call(kernel, task, 231) == 0
    c = call(kernel, task, 222, 0, PAGE, 3, 0x22, -1, 0)
    assert mm.locked_vm == 0 and not mm.vma_at(c).flags & 0x2000
    assert call(kernel, task, 230, 0) == -E.EINVAL and call(kernel, task, 230, 4) == -E.EINVAL
    del a


def test_operations_on_huge_sparse_mappings_take_time_in_pages_not_in_address_space(env):
    import time
    kernel, task = env
    mm = task.mm
    tib = 1 << 40
    f = guest_file(b"x" * PAGE)
    start = time.process_time()
    ro = mm.mmap(0, tib, 1, 0x22 | 0x8000 | 0x4000)                  # PROT_READ, POPULATE
    rw = mm.mmap(0, tib, 3, 0x22 | 0x4000)
    sh = mm.mmap(0, tib, 3, 0x01, f, 0)
    assert min(ro, rw, sh) > 0
    mm.copy_out(rw + tib // 2, b"in the middle")
    assert mm.mlock(ro, tib) == 0 and mm.munlock(ro, tib) == 0
    assert mm.madvise(ro, tib, 22) == 0                               # POPULATE_READ
    assert mm.mprotect(rw, tib, 1) == 0 and mm.mprotect(rw, tib, 3) == 0
    assert mm.msync(sh, tib, 4) == 0
    assert mm.madvise(rw, tib, 4) == 0 and mm.rss == 0               # DONTNEED
    assert mm.munmap(ro, tib) == 0 and mm.munmap(rw, tib) == 0 and mm.munmap(sh, tib) == 0
    assert mm.munmap(PAGE, mm.task_size - 2 * PAGE) == 0               # everything at once
    assert mm.vmas == [] and mm.pt_pages == 1                           # only the root left
    assert time.process_time() - start < 5                            # no per-page work
