"""A tiny board for MMU tests: 8 MiB of RAM, a bump allocator for table pages, one Mmu.

Table pages come from [DRAM_BASE + 4 KiB, DRAM_BASE + 1 MiB); tests put 4 KiB data frames at
DATA (DRAM_BASE + 1 MiB and up) and superpages at their aligned addresses.  Nothing here
flushes the TLB by itself, exactly like the kernel's use of PageTable.
"""
from __future__ import annotations

import numpy as np
import pytest

from pagelab.mmu.core import layout as L
from pagelab.mmu.mmu import AccessFault, Mmu, PageFault
from pagelab.mmu.pagetable import PageTable
from pagelab.mmu.pte import DRAM_BASE, MODE_SV48, PAGE_SIZE, make_satp
from pagelab.mmu.tlb import TLBConfig

MEM = 8 << 20
DATA = DRAM_BASE + (1 << 20)
LOAD, STORE, FETCH = 0, 1, 2


class Board:
    def __init__(self, mode=MODE_SV48, tlb: str | TLBConfig | None = None, svade=False,
                 asid=1, mem=MEM):
        self.ram = np.zeros(mem, dtype=np.uint8)
        self.ram64 = self.ram.view(np.int64)
        self.mode = mode
        self.next_table = DRAM_BASE + PAGE_SIZE
        self.tables = []
        config = TLBConfig.parse(tlb) if isinstance(tlb, str) else tlb
        self.root = self.alloc()
        self.pt = PageTable(self.ram, self.root, mode, alloc=self.alloc)
        self.mmu = Mmu(config, svade=svade, satp=make_satp(mode, asid, self.root >> 12))

    def alloc(self) -> int:
        pa = self.next_table
        assert pa < DATA, "test board ran out of table pages"
        self.next_table += PAGE_SIZE
        self.tables.append(pa)
        return pa

    def new_space(self, asid: int) -> PageTable:
        """A second address space: its own root; switch to it with use(pt, asid)."""
        return PageTable(self.ram, self.alloc(), self.mode, alloc=self.alloc)

    def use(self, pt: PageTable, asid: int) -> None:
        self.mmu.configure(make_satp(self.mode, asid, pt.root_pa >> 12))

    # raw memory
    def read64(self, pa: int) -> int:
        return int(self.ram64[(pa - DRAM_BASE) >> 3]) & ((1 << 64) - 1)

    def write64(self, pa: int, value: int) -> None:
        value &= (1 << 64) - 1
        self.ram64[(pa - DRAM_BASE) >> 3] = value - (1 << 64) if value >> 63 else value

    # accesses through the modelled TLB
    def access(self, va: int, access: int) -> int:
        return self.mmu.translate(self.ram, va, access)

    def load(self, va: int) -> int:
        return self.access(va, LOAD)

    def store(self, va: int) -> int:
        return self.access(va, STORE)

    def fetch(self, va: int) -> int:
        return self.access(va, FETCH)

    def fault(self, va: int, access: int):
        """The PageFault/AccessFault an access raises (fails the test if it succeeds)."""
        with pytest.raises((PageFault, AccessFault)) as info:
            self.access(va, access)
        return info.value

    def reason(self) -> int:
        return int(self.mmu.array[L.OUT_REASON])

    def stat(self, key: str) -> int:
        return self.mmu.stats()[key]

    def nonzero_stats(self) -> dict:
        return {k: v for k, v in self.mmu.stats().items() if v}


@pytest.fixture
def board():
    return Board()


@pytest.fixture
def make_board():
    """Board(mode=..., tlb='dtlb4k=4x4', svade=..., asid=...) factory."""
    return Board
