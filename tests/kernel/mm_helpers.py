"""Shared set-up for the memory-management tests: a real Machine (so the MMU's own walker checks
what the kernel built) with a recorder on flush_tlb, and the smallest kernel object the mm needs."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pagelab.cpu.machine import Machine
from pagelab.kernel.fs.inode import MemFile
from pagelab.kernel.mm import AddressSpace, setup
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.vmscan import KSWAPD_WAIT
from pagelab.kernel.sysctl import SYSCTL_DEFAULTS, check_value, set_sysctl

PAGE = 4096
LOAD, STORE, FETCH = 0, 1, 2
PROT_R, PROT_W, PROT_X = 1, 2, 4
MAP_SHARED, MAP_PRIVATE, MAP_FIXED, MAP_ANON = 0x01, 0x02, 0x10, 0x20


class MiniKernel:
    """machine + physmem + page_cache + config + log: what AddressSpace(kernel) reads."""

    def __init__(self, mem: int = 8 << 20, paging: str = "sv48", svade: bool = False,
                 sysctl: dict | None = None, policies: dict | None = None):
        self.machine = Machine(mem_size=mem, paging=paging, svade=svade)
        self.flushes: list[tuple] = []
        real_flush = self.machine.flush_tlb

        def recording_flush(va=None, asid=None):
            self.flushes.append((va, asid))
            return real_flush(va, asid)

        self.machine.flush_tlb = recording_flush
        self.config = SimpleNamespace(sysctl=dict(sysctl or {}), policies=dict(policies or {}),
                                      paging=paging, mem_size=mem)
        self.sysctl = dict(SYSCTL_DEFAULTS)              # the live table, as Kernel's
        for name, value in self.config.sysctl.items():
            set_sysctl(self.sysctl, name, check_value(name, value))
        self.lines: list[str] = []
        self.current = SimpleNamespace(pid=1, comm="test", uid=0, min_flt=0, maj_flt=0)
        self.tasks = {}
        # kswapd0: the harness has no scheduler, so a wake-up runs its balance_pgdat at once
        self.kswapd_task = SimpleNamespace(waiting_on=KSWAPD_WAIT)
        setup(self)

    def wake(self, waitable) -> None:
        if waitable == KSWAPD_WAIT:
            self.physmem.vmscan.kswapd_run()

    def cond_resched(self) -> None:
        pass

    def charge(self, cycles: int, task=None) -> None:
        """Kernel work on the simulated clock (the harness has no clock: nothing to add)."""

    def log(self, line: str) -> None:
        self.lines.append(line)

    def new_mm(self) -> AddressSpace:
        return AddressSpace(self)

    def translate(self, mm, va: int, access: int = LOAD) -> int:
        """Translate through the hardware MMU with mm's satp (raises PageFault)."""
        self.machine.satp = mm.satp
        return self.machine.translate(va, access)


def guest_file(data: bytes, path: str = "/tmp/data") -> MemFile:
    f = MemFile(data)
    f.path = path
    return f


def swap_kernel(policy: str = "lru", mem: int = 2 << 20, swap: int = 8 << 20,
                **kw) -> MiniKernel:
    """A MiniKernel with replacement policy `policy` and a swap area of `swap` bytes (`kw`:
    MiniKernel's other options, e.g. sysctl=)."""
    kernel = MiniKernel(mem=mem, policies={"replacement": policy}, **kw)
    setup(kernel, swap_bytes=swap)
    return kernel


def stamp(i: int) -> bytes:
    """The 32 bytes page i of a test mapping holds (filled)."""
    return i.to_bytes(4, "little") * 8


def filled(mm, npages: int) -> int:
    """A private anonymous mapping of `npages` pages, page i holding stamp(i)."""
    base = mm.mmap(0, npages * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    assert base > 0
    for i in range(npages):
        mm.copy_out(base + i * PAGE, stamp(i))
    return base


@pytest.fixture(autouse=True)
def invariants_after_each_test(monkeypatch):
    """Every MiniKernel a test makes is checked (check_invariants: compound-page reference
    and map counts, rmap, RSS, LRU) when the test ends: on in every test module that imports
    this fixture (autouse applies where the name is)."""
    made = []
    original = MiniKernel.__init__

    def record(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)
    monkeypatch.setattr(MiniKernel, "__init__", record)
    yield
    for k in made:
        assert check_invariants(k.physmem) == []

