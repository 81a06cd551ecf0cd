"""A randomised stress of MAP_HUGETLB: mmap (private / shared / NORESERVE), munmap of whole
huge pages, fork, exit, writes and reads, over a small pool with overcommit -- checking every
byte read against a model of what each process should see, and the pool counts and page
invariants after every step."""
from __future__ import annotations

import random

import pytest
from hugetlb_helpers import (HUGE_PRIV, HUGE_SHARED, M2, MAP_NORESERVE, PROT_RW,  # noqa: F401
                             boot, check_all, write)

from pagelab.kernel.mm import AddressSpace

SIGBUS = 7


class Proc:
    """One address space and the model of its hugetlb mappings: start -> (size, shared, data)
    where data maps huge page index -> {offset: byte} (shared mappings share the dict)."""

    def __init__(self, mm):
        self.mm = mm
        self.maps: dict[int, list] = {}


def _fork(proc: Proc) -> Proc | None:
    child_mm = proc.mm.fork()
    if child_mm is None:
        return None
    child = Proc(child_mm)
    for start, (npages, shared, pages) in proc.maps.items():
        copy = pages if shared else {i: dict(p) for i, p in pages.items()}
        child.maps[start] = [npages, shared, copy]
    return child


@pytest.mark.parametrize("seed", range(6))
def test_random_mmap_munmap_fork_write_read(boot, seed):
    rng = random.Random(seed)
    kernel = boot("hugepages=6", mem=48 << 20)
    write(kernel, "/sys/kernel/mm/hugepages/hugepages-2048kB/nr_overcommit_hugepages", "2")
    procs = [Proc(AddressSpace(kernel))]
    for step in range(200):
        proc = rng.choice(procs)
        op = rng.choice(["mmap", "mmap", "write", "write", "write", "read", "read", "munmap",
                         "fork", "exit"])
        if op == "mmap":
            npages = rng.randint(1, 3)
            shared = rng.random() < 0.4
            flags = (HUGE_SHARED if shared else HUGE_PRIV) | \
                (MAP_NORESERVE if rng.random() < 0.2 else 0)
            addr = proc.mm.mmap(0, npages * M2 - rng.choice([0, 4096]), PROT_RW, flags)
            if addr > 0:
                proc.maps[addr] = [npages, shared, {}]
            else:
                assert addr == -12                                   # ENOMEM: pool too small
        elif op in ("write", "read") and proc.maps:
            start = rng.choice(list(proc.maps))
            npages, shared, pages = proc.maps[start]
            index = rng.randrange(npages)
            offset = rng.choice([0, 8, 4096, M2 // 2, M2 - 1])     # few: reads meet writes
            va = start + index * M2 + offset
            if op == "write":
                value = rng.randrange(1, 256)
                result = proc.mm.handle_fault(va, 1)
                if not result.ok:
                    assert result.signal == SIGBUS                   # NORESERVE, empty pool
                    continue
                proc.mm.copy_out(va, bytes([value]))
                pages.setdefault(index, {})[offset] = value
            else:
                result = proc.mm.handle_fault(va, 0)
                if not result.ok:
                    assert result.signal == SIGBUS
                    continue
                expected = pages.get(index, {}).get(offset, 0)
                assert proc.mm.copy_in(va, 1)[0] == expected, (seed, step, hex(va))
        elif op == "munmap" and proc.maps:
            start = rng.choice(list(proc.maps))
            npages, shared, pages = proc.maps[start]
            first = rng.randrange(npages)
            count = rng.randint(1, npages - first)
            assert proc.mm.munmap(start + first * M2, count * M2) == 0
            del proc.maps[start]
            if first:                                               # the piece below stays
                proc.maps[start] = [first, shared, pages]
            if first + count < npages:                              # and the piece above
                above = {i - first - count: p for i, p in pages.items()
                         if i >= first + count} if not shared else pages
                if shared:
                    # a shared piece keeps its file offsets: model it as the same dict
                    proc.maps[start + (first + count) * M2] = [npages - first - count, True,
                                                               _Shifted(pages, first + count)]
                else:
                    proc.maps[start + (first + count) * M2] = [npages - first - count, False,
                                                               above]
        elif op == "fork" and len(procs) < 4:
            child = _fork(proc)
            if child is not None:
                procs.append(child)
        elif op == "exit" and len(procs) > 1:
            proc.mm.destroy()
            procs.remove(proc)
        check_all(kernel)
    for proc in procs:
        proc.mm.destroy()
    h = kernel.physmem.hugetlb.default
    assert (h.nr_huge_pages, h.free_huge_pages, h.resv_huge_pages, h.surplus_huge_pages) == \
        (6, 6, 0, 0)


class _Shifted(dict):
    """The model of a shared mapping's upper piece: the same pages, indexes shifted."""

    def __init__(self, pages, shift):
        super().__init__()
        self.pages, self.shift = pages, shift

    def get(self, index, default=None):
        return self.pages.get(index + self.shift, default)

    def setdefault(self, index, default=None):
        return self.pages.setdefault(index + self.shift, default)

    def items(self):
        return [(i - self.shift, p) for i, p in self.pages.items() if i >= self.shift]
