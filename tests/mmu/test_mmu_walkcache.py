"""The walk cache (layout.py WC_*, tlbwalk._walk) is invisible: a walk through a region whose
upper-level PTEs changed since the last walk sees the change, and every walk counts all its
PTE reads, whether it took the shortcut or not."""
import pytest

from mmu_board import make_board  # noqa: F401  (pytest fixture)
from pagelab.mmu.core import layout as L
from pagelab.mmu.pte import (
    DRAM_BASE, LEVELS, MODE_SV39, MODE_SV48, MODE_SV57, PTE_A, PTE_D, PTE_G, PTE_R, PTE_U,
    PTE_V, PTE_W, make_pte,
)

LOAD = 0
URW = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
FRAME = DRAM_BASE + 0x10_0000
BASE = 0x4000_0000                      # a 2 MiB-aligned region


def _reads(b):
    return b.stat("dtlb.load.walk_reads")


@pytest.mark.parametrize("mode", [MODE_SV39, MODE_SV48, MODE_SV57])
def test_every_walk_counts_all_levels_and_the_shortcut_is_taken(make_board, mode):
    b = make_board(mode=mode, tlb="dtlb4k=4x4")
    for i in range(16):
        b.pt.map(BASE + i * 4096, FRAME + i * 4096, URW)
    for i in range(16):                  # 16 pages through a 4-entry TLB: each one walks
        assert b.load(BASE + i * 4096 + 8) == FRAME + i * 4096 + 8
    assert _reads(b) == 16 * LEVELS[mode]
    a = b.mmu.array
    key = ((BASE >> 12) & ((1 << (9 * LEVELS[mode])) - 1)) >> 9
    wc = L.WC_BASE + (key & (L.WC_N - 1)) * L.WC_SIZE
    assert a[wc + L.WC_KEY] == key       # the region is cached (so later walks used it)


@pytest.mark.parametrize("mode", [MODE_SV39, MODE_SV48])
def test_a_changed_upper_level_pte_is_seen_without_a_flush_of_the_walk(make_board, mode):
    b = make_board(mode=mode, tlb="dtlb4k=4x4")
    for i in range(8):
        b.pt.map(BASE + i * 4096, FRAME + i * 4096, URW)
    b.load(BASE)                         # caches the region's path
    # a second level-0 table for the region, mapping page 5 elsewhere; repoint level 1 at it
    level1_pte_pa = b.pt.walk(BASE, level=1)
    other = b.alloc()
    b.write64(other + 5 * 8, make_pte((FRAME + 0x8_0000) >> 12, URW))
    b.write64(level1_pte_pa, make_pte(other >> 12, PTE_V))
    assert b.load(BASE + 5 * 4096) == FRAME + 0x8_0000      # the new table, not the cached one
    # and an invalid upper level faults (page fault, not a stale translation)
    b.write64(level1_pte_pa, 0)
    fault = b.fault(BASE + 6 * 4096, LOAD)
    assert fault.cause == 13 and b.reason() == L.REASON_INVALID
    assert _reads(b) == 2 * LEVELS[mode] + (LEVELS[mode] - 1)


def test_global_bits_of_the_upper_levels_come_back_from_the_cache(make_board):
    b = make_board(mode=MODE_SV48, tlb="dtlb4k=4x4")
    for i in range(8):
        b.pt.map(BASE + i * 4096, FRAME + i * 4096, URW)
    top = b.pt.walk(BASE, level=3)      # the root's entry: mark it global
    b.write64(top, b.read64(top) | PTE_G)
    for i in range(8):
        b.load(BASE + i * 4096)
    globals_ = [e for e in b.mmu.entries() if e["tlb"] == "dtlb" and e.get("global")]
    assert len(globals_) == 4            # every entry in the TLB, cached path or not, is global
