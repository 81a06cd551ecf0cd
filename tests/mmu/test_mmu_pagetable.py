"""PageTable: the software side that edits PTEs in RAM, checked against the hardware walker."""
import numpy as np
import pytest

from mmu_board import board, make_board  # noqa: F401  (pytest fixtures)
from pagelab.mmu.mmu import PageFault
from pagelab.mmu.pagetable import OutOfTableMemory, PageTable, PageTableError
from pagelab.mmu.pte import (
    DRAM_BASE, LEVEL_PAGE_SIZE, LEVELS, MODE_SV39, MODE_SV48, MODE_SV57, PTE_A, PTE_D, PTE_R,
    PTE_U, PTE_V, PTE_W, PTE_X, make_pte, pte_pa,
)

URW = PTE_R | PTE_W | PTE_U
FRAME = DRAM_BASE + 0x10_0000
PAGE = 0x1000
LOAD, STORE, FETCH = 0, 1, 2


def test_map_builds_intermediate_tables_and_the_hardware_agrees(board):
    before = len(board.tables)
    pte_pa = board.pt.map(0x12_3000, FRAME, URW)
    assert len(board.tables) == before + 3               # Sv48: levels 2, 1, 0 allocated
    assert board.read64(pte_pa) == make_pte(FRAME >> 12, URW | PTE_V)
    assert board.pt.get(0x12_3456) == (make_pte(FRAME >> 12, URW | PTE_V), 0)
    assert board.pt.translate(0x12_3456) == FRAME + 0x456
    assert board.load(0x12_3456) == FRAME + 0x456


def test_walk_without_alloc_returns_none_for_missing_tables(board):
    assert board.pt.walk(0x12_3000) is None
    assert board.pt.get(0x12_3000) is None
    pte_pa = board.pt.walk(0x12_3000, alloc=board.alloc)
    assert pte_pa is not None and board.read64(pte_pa) == 0
    assert board.pt.walk(0x12_3000) == pte_pa
    assert board.pt.walk(0x12_3000, level=1) == board.pt.walk(0x12_3000, alloc=True, level=1)


def test_walk_reports_each_allocated_table_page_and_zeroes_it(board):
    allocated = []

    def alloc():
        pa = board.alloc()
        board.ram[pa - DRAM_BASE: pa - DRAM_BASE + PAGE] = 0xAB     # dirty frame
        allocated.append(pa)
        return pa
    board.pt.walk(0x7F_0000_0000, alloc=alloc)
    assert len(allocated) == 3
    leaf_table = allocated[-1]                           # nothing linked below it yet
    assert not board.ram[leaf_table - DRAM_BASE: leaf_table - DRAM_BASE + PAGE].any()
    for pa in allocated[:-1]:                            # only the one link to the next table
        words = board.ram64[(pa - DRAM_BASE) >> 3: (pa - DRAM_BASE + PAGE) >> 3]
        assert np.count_nonzero(words) == 1


def test_map_raises_out_of_table_memory_when_the_allocator_is_empty(board):
    with pytest.raises(OutOfTableMemory, match="no memory"):
        board.pt.map(0x12_3000, FRAME, URW, alloc=lambda: None)
    assert board.pt.walk(0x12_3000, alloc=lambda: None) is None


@pytest.mark.parametrize("mode", [MODE_SV39, MODE_SV48, MODE_SV57])
def test_superpage_maps_at_every_level_need_aligned_addresses(make_board, mode):
    b = make_board(mode=mode)
    for level in range(1, LEVELS[mode]):
        size = LEVEL_PAGE_SIZE[level]
        va = size * 3 if level < LEVELS[mode] - 1 else size
        pa = 0 if level >= 3 else DRAM_BASE
        with pytest.raises(PageTableError, match="aligned"):
            b.pt.map(va + PAGE, pa, URW, level=level)
        with pytest.raises(PageTableError, match="aligned"):
            b.pt.map(va, pa + PAGE, URW, level=level)
        b.pt.map(va, pa, URW, level=level)
        assert b.pt.get(va + 0x1234)[1] == level
        assert b.mmu.walk(b.ram, va + DRAM_BASE - pa + 8).pa == DRAM_BASE + 8


def test_remapping_a_present_page_or_mapping_inside_a_superpage_is_refused(board):
    board.pt.map(0x40_0000, FRAME, URW)
    with pytest.raises(PageTableError, match="remap"):
        board.pt.map(0x40_0000, FRAME + PAGE, URW)
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    with pytest.raises(PageTableError, match="superpage"):
        board.pt.map(0x4000_1000, FRAME, URW)


@pytest.mark.parametrize("flags,message", [
    (PTE_U, "neither R nor X"),
    (PTE_W | PTE_U, "W without R"),
    (0x400, "bits 9:0"),
])
def test_map_refuses_flags_that_would_not_make_a_valid_leaf(board, flags, message):
    with pytest.raises(PageTableError, match=message):
        board.pt.map(0x40_0000, FRAME, flags)


@pytest.mark.parametrize("va", [1 << 47, -(1 << 47) - 1, "0x1000", 1 << 70])
def test_non_canonical_or_non_integer_addresses_raise_page_table_errors(board, va):
    with pytest.raises(PageTableError):
        board.pt.map(va, FRAME, URW)
    with pytest.raises(PageTableError):
        board.pt.get(va)


def test_bad_constructor_arguments_raise_clear_errors():
    ram = np.zeros(1 << 20, dtype=np.uint8)
    with pytest.raises(PageTableError, match="outside physical RAM"):
        PageTable(ram, 0x1000, MODE_SV48)
    with pytest.raises(PageTableError, match="aligned"):
        PageTable(ram, DRAM_BASE + 8, MODE_SV48)
    with pytest.raises(PageTableError, match="mode"):
        PageTable(ram, DRAM_BASE, "sv64")
    with pytest.raises(PageTableError, match="uint8"):
        PageTable([0] * 10, DRAM_BASE, MODE_SV48)
    assert PageTable(ram, DRAM_BASE, "sv39").levels == 3


def test_unmap_returns_the_old_pte_and_the_stale_tlb_entry_needs_a_flush(board):
    board.pt.map(0x40_0000, FRAME, URW)
    board.load(0x40_0000)
    old = board.pt.unmap(0x40_0000)
    assert pte_pa(old) == FRAME
    assert board.pt.unmap(0x40_0000) is None and board.pt.get(0x40_0000) is None
    assert board.load(0x40_0000) == FRAME                 # "caller must flush"
    board.mmu.flush(va=0x40_0000)
    with pytest.raises(PageFault):
        board.load(0x40_0000)


def test_unmap_removes_a_whole_superpage(board):
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    assert board.pt.unmap(0x4000_0000 + 0x12_3000) is not None
    assert board.pt.get(0x4000_0000) is None


def test_set_flags_and_clear_ad_edit_the_leaf_and_validate_the_result(board):
    board.pt.map(0x40_0000, FRAME, PTE_R | PTE_U)
    new = board.pt.set_flags(0x40_0000, set=PTE_W | PTE_A | PTE_D)
    assert new & (PTE_W | PTE_A | PTE_D) == PTE_W | PTE_A | PTE_D
    before = board.pt.clear_ad(0x40_0000)
    assert before == new and board.pt.get(0x40_0000)[0] & (PTE_A | PTE_D) == 0
    board.pt.set_flags(0x40_0000, set=PTE_A | PTE_D)
    board.pt.clear_ad(0x40_0000, dirty=False)
    assert board.pt.get(0x40_0000)[0] & (PTE_A | PTE_D) == PTE_D
    with pytest.raises(PageTableError, match="W without R"):
        board.pt.set_flags(0x40_0000, clear=PTE_R)
    with pytest.raises(PageTableError, match="not mapped"):
        board.pt.set_flags(0x50_0000, set=PTE_A)
    with pytest.raises(PageTableError, match="not mapped"):
        board.pt.clear_ad(0x50_0000)


def test_the_walker_sets_accessed_bits_that_clear_ad_then_samples(board):
    board.pt.map(0x40_0000, FRAME, URW)
    board.store(0x40_0000)
    assert board.pt.clear_ad(0x40_0000) & (PTE_A | PTE_D) == PTE_A | PTE_D
    board.mmu.flush(va=0x40_0000)
    board.load(0x40_0000)
    assert board.pt.get(0x40_0000)[0] & (PTE_A | PTE_D) == PTE_A


def test_iter_leaves_yields_leaves_of_all_sizes_in_address_order(board):
    board.pt.map(0x40_0000, FRAME, URW)
    board.pt.map(0x40_3000, FRAME + PAGE, URW)
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    board.pt.map(0x7F_0000_0000, FRAME + 2 * PAGE, URW)
    high = (1 << 64) - (1 << 47)
    board.pt.map(high, FRAME + 3 * PAGE, URW)
    leaves = [(va, level) for va, _, _, level in board.pt.iter_leaves()]
    assert leaves == [(0x40_0000, 0), (0x40_3000, 0), (0x4000_0000, 1), (0x7F_0000_0000, 0)]
    inside = [va for va, *_ in board.pt.iter_leaves(0x40_1000, 0x4000_0000)]
    assert inside == [0x40_3000]
    everything = [va for va, *_ in board.pt.iter_leaves(0, 1 << 64)]
    assert everything[-1] == high
    for va, pte_addr, pte, level in board.pt.iter_leaves():
        assert board.read64(pte_addr) == pte


def test_software_entries_with_v_clear_are_kept_and_visible_on_request(board):
    pte_addr = board.pt.walk(0x40_0000, alloc=True)
    swap_entry = (1234 << 10) | (1 << 8)                 # V=0, kernel's own encoding
    board.pt.write_pte(pte_addr, swap_entry)
    assert board.pt.get(0x40_0000) is None
    assert board.pt.get_entry(0x40_0000) == (pte_addr, swap_entry, 0)
    assert list(board.pt.iter_leaves()) == []
    assert list(board.pt.iter_leaves(include_invalid=True)) == \
        [(0x40_0000, pte_addr, swap_entry, 0)]
    with pytest.raises(PageFault):
        board.load(0x40_0000)
    other = 0x4000_0000                                  # a swap entry where a table would go
    board.pt.write_pte(board.pt.walk(other, alloc=True, level=1), swap_entry)
    with pytest.raises(PageTableError, match="software value"):
        board.pt.walk(other, alloc=True, level=0)


def test_free_tables_returns_every_table_page_root_last(board):
    board.pt.map(0x40_0000, FRAME, URW)
    board.pt.map(0x7F_0000_0000, FRAME + PAGE, URW)
    tables = board.pt.table_pages()
    assert tables[0] == board.pt.root_pa and len(tables) == 6      # root, shared level 2, two level-1 and two level-0 tables
    freed = []
    result = board.pt.free_tables(freed.append)
    assert sorted(result) == sorted(tables) and freed == result and freed[-1] == board.root
    assert not board.ram[board.root - DRAM_BASE: board.root - DRAM_BASE + PAGE].any()


def test_page_table_and_hardware_walker_agree_on_random_mappings(make_board):
    rng = np.random.default_rng(5)
    for mode in (MODE_SV39, MODE_SV48, MODE_SV57):
        b = make_board(mode=mode)
        mapped = {}
        for _ in range(40):
            level = int(rng.choice([0, 0, 0, 1]))
            size = LEVEL_PAGE_SIZE[level]
            va = int(rng.integers(0, 1 << 30)) & ~(size - 1)
            pa = (DRAM_BASE + 2 * size) if level else FRAME + int(rng.integers(0, 256)) * PAGE
            flags = int(rng.choice([PTE_R, PTE_R | PTE_W, PTE_X, PTE_R | PTE_X])) | PTE_U
            try:
                b.pt.map(va, pa, flags, level=level)
            except PageTableError:
                continue                               # remap or inside a superpage: skip
            mapped[va] = (pa, flags, level)
        for va, (pa, flags, level) in mapped.items():
            probe = va + int(rng.integers(0, LEVEL_PAGE_SIZE[level]))
            assert b.pt.translate(probe) == pa + (probe - va)
            for access, need in ((LOAD, PTE_R), (STORE, PTE_W), (FETCH, PTE_X)):
                result = b.mmu.walk(b.ram, probe, access)
                assert result.ok == bool(flags & need)
                if result.ok:
                    assert result.pa == pa + (probe - va) and result.level == level


def test_split_turns_a_superpage_into_512_smaller_leaves_with_the_same_flags(board):
    huge = DRAM_BASE + (4 << 20)
    flags = PTE_R | PTE_W | PTE_U | PTE_A | PTE_D | (1 << 8)          # an RSW bit too
    board.pt.map(0x4000_0000, huge, flags, level=1)
    board.load(0x4000_0000)
    table = board.pt.split(0x4000_0000 + 0x5000)
    assert table in board.tables
    leaves = list(board.pt.iter_leaves(0x4000_0000, 0x4020_0000))
    assert len(leaves) == 512 and all(level == 0 for *_, level in leaves)
    assert all(pte & 0x3FF == flags | PTE_V for _, _, pte, _ in leaves)
    assert board.pt.translate(0x4000_0000 + 0x1F_F123) == huge + 0x1F_F123
    assert board.load(0x4000_1000) == huge + 0x1000          # stale 2 MiB entry until flushed
    board.mmu.flush(va=0x4000_0000)
    assert board.load(0x4000_1000) == huge + 0x1000
    assert [e["size"] for e in board.mmu.entries()] == ["4K"]
    with pytest.raises(PageTableError, match="not a superpage"):
        board.pt.split(0x4000_0000)


def test_collapse_replaces_a_table_by_a_superpage_and_returns_the_tables(board):
    for i in range(512):
        board.pt.map(0x4000_0000 + i * PAGE, DRAM_BASE + (4 << 20) + i * PAGE, URW)
    leaf_table = board.pt.walk(0x4000_0000) & ~0xFFF
    removed = board.pt.collapse(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    assert removed == [leaf_table]
    assert board.pt.get(0x4000_0000 + 0x12_3456) == \
        (make_pte((DRAM_BASE + (4 << 20)) >> 12, URW | PTE_V), 1)
    assert board.load(0x4000_0000 + 0x12_3456) == DRAM_BASE + (4 << 20) + 0x12_3456
    with pytest.raises(PageTableError, match="not a table"):
        board.pt.collapse(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    with pytest.raises(PageTableError, match="aligned"):
        board.pt.collapse(0x4000_1000, DRAM_BASE + (4 << 20), URW, level=1)


def test_collapse_with_bad_flags_changes_nothing(board):
    board.pt.map(0x4000_0000, FRAME, URW)
    with pytest.raises(PageTableError, match="W without R"):
        board.pt.collapse(0x4000_0000, DRAM_BASE + (4 << 20), PTE_W | PTE_U, level=1)
    assert board.pt.translate(0x4000_0000) == FRAME


def test_walk_steps_show_the_hardware_walk_level_by_level():
    """PageTable.walk_steps (the panel's walk) ends where the MMU's walk ends, with its PTE."""
    from pagelab.cpu.machine import Machine
    from pagelab.mmu.pagetable import PageTable
    from pagelab.mmu.pte import PTE_R, PTE_V, PTE_W
    m = Machine(mem_size=4 << 20)
    frames = iter(range(0x80100000, 0x80200000, 4096))
    pt = PageTable(m, next(frames), mode=9, alloc=lambda: next(frames))
    pt.map(0x40000000, 0x80300000, PTE_R | PTE_W | PTE_V)
    steps = pt.walk_steps(0x40000123)
    assert [s[4] for s in steps] == ["table", "table", "table", "leaf"]
    assert [s[0] for s in steps] == [3, 2, 1, 0]
    assert steps[-1][2] == pt.walk(0x40000123) and steps[-1][3] == pt.read_pte(steps[-1][2])
    assert [s[4] for s in pt.walk_steps(0x40200000)] == ["table", "table", "invalid"]
    assert pt.walk_steps(1 << 60) == []                  # not canonical: no walk at all
