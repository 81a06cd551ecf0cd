"""Shared set-up for the hugetlb tests: kernels booted with a command line, their invariants
checked after every test, and small helpers to call system calls on a real task."""
from __future__ import annotations

import pytest

from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.syscalls import MASK64, SYSCALLS

from kernel_files import read, write  # noqa: F401  (the tests import them from here too)

M2, G1 = 2 << 20, 1 << 30
PROT_R, PROT_W, PROT_RW = 1, 2, 3
MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANON = 0x01, 0x02, 0x10, 0x20
MAP_NORESERVE, MAP_POPULATE, MAP_HUGETLB = 0x4000, 0x8000, 0x40000
MAP_HUGE_2MB, MAP_HUGE_1GB = 21 << 26, 30 << 26
HUGE_PRIV = MAP_PRIVATE | MAP_ANON | MAP_HUGETLB
HUGE_SHARED = MAP_SHARED | MAP_ANON | MAP_HUGETLB
LOAD, STORE = 0, 1


class Booted:
    """Every kernel a test boots, for the invariant check after it."""

    def __init__(self):
        self.kernels: list[Kernel] = []

    def __call__(self, cmdline: str = "hugepages=8", mem: int = 64 << 20, **config) -> Kernel:
        sysctl = config.pop("sysctl", {})
        sysctl.setdefault("kernel.core_pattern", "")
        kernel = Kernel(KernelConfig(mem_size=mem, cmdline=cmdline, sysctl=sysctl, **config))
        self.kernels.append(kernel)
        return kernel


def check_all(kernel) -> None:
    """Pool counts (free <= total, resv <= free, surplus <= pages in use + reserved; in tests
    that neither shrink a pool nor lower its limit, surplus <= nr_overcommit_hugepages too),
    reservations = what files and private mappings hold, page references = mappings + file,
    and the mm's own invariants (compound refcounts and mapcounts, rmap, RSS)."""
    hugetlb = kernel.physmem.hugetlb
    hugetlb.check()
    for h in hugetlb.hstates.values():
        if not getattr(kernel, "pool_shrunk", False):
            assert h.surplus_huge_pages <= h.nr_overcommit_huge_pages, h
    problems = check_invariants(kernel.physmem)
    assert problems == [], problems


@pytest.fixture
def boot():
    booted = Booted()
    yield booted
    for kernel in booted.kernels:
        check_all(kernel)


def pool(kernel, size: int = M2):
    h = kernel.physmem.hugetlb.hstates[size]
    return (h.nr_huge_pages, h.free_huge_pages, h.resv_huge_pages, h.surplus_huge_pages)


def meminfo_hugepages(kernel) -> dict:
    from pagelab.kernel.mm import meminfo
    out = {}
    for line in meminfo(kernel).splitlines():
        name, _, value = line.partition(":")
        if name.startswith("HugePages_") or name in ("Hugepagesize", "Hugetlb"):
            out[name] = int(value.split()[0])
    return out


def task_of(kernel):
    """A real process (/bin/hello, not yet run) whose mm and descriptors the tests use."""
    task = kernel.spawn("/bin/hello", ["hello"], ["PATH=/bin"])
    kernel.current = task
    return task


def call(kernel, task, name: str, *args) -> int:
    entry = next(e for e in SYSCALLS.values() if e.name == name)
    regs = [a & MASK64 for a in args] + [0] * (6 - len(args))
    result = entry.handler(kernel, task, *regs)
    if isinstance(result, int) and result >= 1 << 63:
        return result - (1 << 64)
    return result


def user_string(task, text: str) -> int:
    """A NUL-terminated string in the task's memory (a page of its own)."""
    addr = task.mm.mmap(0, 4096, PROT_RW, MAP_PRIVATE | MAP_ANON)
    task.mm.copy_out(addr, text.encode() + b"\0")
    return addr
