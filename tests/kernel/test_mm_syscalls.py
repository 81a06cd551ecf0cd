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


def test_random_arguments_give_errno_values_and_never_raise(env):
    kernel, task = env
    rng = random.Random(1234)
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
            task.mm.handle_fault(va, rng.randrange(3))
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
