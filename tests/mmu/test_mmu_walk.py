"""The hardware page-table walker on hand-built tables: every translation and fault rule of
the privileged spec (Sv39/Sv48/Sv57), driven through Mmu.translate with a fresh TLB."""
import pytest

from mmu_board import board, make_board  # noqa: F401  (pytest fixtures)
from pagelab.mmu.core import layout as L
from pagelab.mmu.mmu import AccessFault, Mmu, PageFault
from pagelab.mmu.pte import (
    DRAM_BASE, LEVEL_PAGE_SIZE, LEVELS, MODE_BARE, MODE_SV39, MODE_SV48, MODE_SV57, PTE_A, PTE_D,
    PTE_G, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, make_pte, make_satp, va_bits,
)

LOAD, STORE, FETCH = 0, 1, 2
URW = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
URWX = URW | PTE_X
PAGE_FAULT = {LOAD: 13, STORE: 15, FETCH: 12}
ACCESS_FAULT = {LOAD: 5, STORE: 7, FETCH: 1}
MODES = [MODE_SV39, MODE_SV48, MODE_SV57]
VA = 0x1234_5678
FRAME = DRAM_BASE + 0x10_0000


def test_worked_sv39_example_translates_through_three_levels(make_board):
    b = make_board(mode=MODE_SV39)
    ram = b.ram
    ram[:] = 0
    root, mid, low = 0x8020_0000, 0x8020_1000, 0x8020_2000
    b.write64(root + 0 * 8, make_pte(0x80201, PTE_V))
    b.write64(mid + 0x91 * 8, make_pte(0x80202, PTE_V))
    b.write64(low + 0x145 * 8, 0x2004_00DF)
    mmu = Mmu(satp=(8 << 60) | 0x80200)
    assert mmu.translate(ram, 0x1234_5678, LOAD) == 0x8010_0678
    assert mmu.stats()["dtlb.load.walk_reads"] == 3


def test_worked_sv39_megapage_translates_and_a_misaligned_one_faults(make_board):
    b = make_board(mode=MODE_SV39)
    b.ram[:] = 0
    root, mid = 0x8020_0000, 0x8020_1000
    b.write64(root, make_pte(0x80201, PTE_V))
    b.write64(mid + 0x91 * 8, make_pte(0x80200, 0xDF))
    mmu = Mmu(satp=(8 << 60) | 0x80200)
    assert mmu.translate(b.ram, 0x1234_5678, LOAD) == 0x8034_5678
    b.write64(mid + 0x91 * 8, make_pte(0x80201, 0xDF))
    mmu = Mmu(satp=(8 << 60) | 0x80200)
    with pytest.raises(PageFault) as info:
        mmu.translate(b.ram, 0x1234_5678, LOAD)
    assert info.value.cause == 13 and info.value.va == 0x1234_5678
    assert info.value.reason == L.REASON_MISALIGNED


def _superpage_case(mode, level):
    """(va, pa) of a leaf at `level` whose page contains RAM, and the expected pa of va."""
    size = LEVEL_PAGE_SIZE[level]
    if level == 0:
        page_pa = FRAME
    elif level == 1:
        page_pa = DRAM_BASE + 2 * size           # the 2 MiB page at 4 MiB into RAM
    elif level == 2:
        page_pa = DRAM_BASE                      # 1 GiB-aligned already
    else:
        page_pa = 0                              # 512 GiB / 256 TiB pages cover DRAM at 2 GiB
    offset = (DRAM_BASE + 0x6_1238 - page_pa) if level >= 2 else (0x238, 0x1_1238)[level]
    va = 5 * size if level < LEVELS[mode] - 1 else size   # keep VA canonical and positive
    return va + offset, page_pa, page_pa + offset


@pytest.mark.parametrize("mode", MODES)
def test_a_leaf_at_every_level_of_every_mode_translates_with_the_low_va_bits(make_board, mode):
    for level in range(LEVELS[mode]):
        b = make_board(mode=mode)
        va, page_pa, pa = _superpage_case(mode, level)
        b.pt.map(va & ~(LEVEL_PAGE_SIZE[level] - 1), page_pa, URWX, level=level)
        assert b.load(va) == pa, (mode, level)
        assert b.fetch(va) == pa
        stats = b.mmu.stats()
        size = ("4K", "2M", "1G", "512G", "256T")[level]
        assert stats[f"dtlb.{size}.load.misses"] == 1
        assert stats[f"itlb.{size}.fetch.misses"] == 1
        assert stats["dtlb.load.walk_reads"] == LEVELS[mode] - level
        assert b.load(va + 8) == pa + 8
        assert b.mmu.stats()[f"dtlb.{size}.load.hits"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_misaligned_superpage_at_every_level_page_faults(make_board, mode):
    for level in range(1, LEVELS[mode]):
        b = make_board(mode=mode)
        va, page_pa, _ = _superpage_case(mode, level)
        pte_pa = b.pt.map(va & ~(LEVEL_PAGE_SIZE[level] - 1), page_pa, URWX, level=level)
        b.write64(pte_pa, b.read64(pte_pa) | (1 << 10))          # ppn[0] bit 0 set
        for access in (LOAD, STORE, FETCH):
            fault = b.fault(va, access)
            assert isinstance(fault, PageFault)
            assert (fault.cause, fault.va, fault.reason) == \
                (PAGE_FAULT[access], va, L.REASON_MISALIGNED)


@pytest.mark.parametrize("mode", MODES)
def test_non_canonical_addresses_page_fault_with_stval_the_address(make_board, mode):
    b = make_board(mode=mode)
    bad = 1 << (va_bits(mode) - 1)                     # top VA bit set, upper bits clear
    for access in (LOAD, STORE, FETCH):
        fault = b.fault(bad, access)
        assert isinstance(fault, PageFault)
        assert (fault.cause, fault.va, fault.reason) == \
            (PAGE_FAULT[access], bad, L.REASON_NONCANONICAL)
    assert b.stat("walks") == 0


def test_a_negative_canonical_address_is_walked_through_the_upper_half(board):
    va = (1 << 64) - (1 << 47) + 0x3000                  # lowest upper-half Sv48 page
    board.pt.map(va & ~0xFFF, FRAME, URW)
    assert board.load(va + 4) == FRAME + 4
    assert board.load(va - (1 << 64) + 4) == FRAME + 4   # signed spelling is the same address


BAD_LEAVES = [
    ("invalid", URW & ~PTE_V, L.REASON_INVALID),
    ("write-only", PTE_V | PTE_W | PTE_U | PTE_A | PTE_D, L.REASON_RESERVED_RWX),
    ("write-execute", PTE_V | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D, L.REASON_RESERVED_RWX),
] + [(f"reserved bit {bit}", URWX | (1 << bit), L.REASON_RESERVED_BITS)
     for bit in range(54, 61)] + [
    ("PBMT=NC", URWX | (1 << 61), L.REASON_RESERVED_BITS),
    ("PBMT=IO", URWX | (2 << 61), L.REASON_RESERVED_BITS),
    ("N (Svnapot)", URWX | (1 << 63), L.REASON_RESERVED_BITS),
    ("supervisor page in U-mode", URWX & ~PTE_U, L.REASON_PERMISSION),
]


@pytest.mark.parametrize("name,flags,reason", BAD_LEAVES, ids=[c[0] for c in BAD_LEAVES])
def test_bad_leaf_encodings_page_fault_for_every_access_type(board, name, flags, reason):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, URWX)
    board.write64(pte_pa, (FRAME >> 12 << 10) | flags)
    for access in (LOAD, STORE, FETCH):
        fault = board.fault(VA, access)
        assert isinstance(fault, PageFault), name
        assert (fault.cause, fault.va, fault.reason) == (PAGE_FAULT[access], VA, reason)
    assert board.mmu.entries() == []            # faults are never cached


@pytest.mark.parametrize("bit", [PTE_A, PTE_D, PTE_U])
def test_a_table_pointer_with_a_d_or_u_set_page_faults(board, bit):
    board.pt.map(VA & ~0xFFF, FRAME, URW)
    pointer_pa = board.pt.walk(VA, level=1)
    board.write64(pointer_pa, board.read64(pointer_pa) | bit)
    fault = board.fault(VA, LOAD)
    assert fault.reason == L.REASON_NONLEAF_BITS and fault.cause == 13


def test_reserved_bits_in_a_table_pointer_page_fault(board):
    board.pt.map(VA & ~0xFFF, FRAME, URW)
    pointer_pa = board.pt.walk(VA, level=2)
    board.write64(pointer_pa, board.read64(pointer_pa) | (1 << 60))
    assert board.fault(VA, STORE).reason == L.REASON_RESERVED_BITS


def test_an_invalid_pointer_at_an_upper_level_page_faults(board):
    board.pt.map(VA & ~0xFFF, FRAME, URW)
    pointer_pa = board.pt.walk(VA, level=3)
    board.write64(pointer_pa, board.read64(pointer_pa) & ~PTE_V)
    fault = board.fault(VA, FETCH)
    assert (fault.cause, fault.reason) == (12, L.REASON_INVALID)
    assert board.stat("dtlb.load.walk_reads") == 0 and board.stat("itlb.fetch.walk_reads") == 1


def test_a_table_pointer_at_level_zero_page_faults(board):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, URW)
    board.write64(pte_pa, make_pte(FRAME >> 12, PTE_V))
    assert board.fault(VA, LOAD).reason == L.REASON_NO_LEAF


@pytest.mark.parametrize("flags,access", [
    (PTE_V | PTE_X | PTE_U | PTE_A, LOAD),          # execute-only: no loads without MXR
    (PTE_V | PTE_R | PTE_U | PTE_A | PTE_D, STORE),  # read-only
    (PTE_V | PTE_R | PTE_X | PTE_U | PTE_A, STORE),  # read-execute
    (PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D, FETCH),   # no X
])
def test_missing_r_w_or_x_permission_page_faults_with_the_access_cause(board, flags, access):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, URWX)
    board.write64(pte_pa, make_pte(FRAME >> 12, flags))
    fault = board.fault(VA, access)
    assert (fault.cause, fault.va, fault.reason) == (PAGE_FAULT[access], VA, L.REASON_PERMISSION)


def test_amo_and_sc_are_stores_so_they_need_w_even_when_readable(board):
    """The CPU passes STORE for AMOs and SC: a readable, non-writable page gives cause 15."""
    board.pt.map(VA & ~0xFFF, FRAME, PTE_R | PTE_U | PTE_A | PTE_D)
    assert board.load(VA) == FRAME + 0x678
    assert board.fault(VA, STORE).cause == 15


def test_a_pte_read_outside_physical_ram_is_an_access_fault(board):
    board.pt.map(VA & ~0xFFF, FRAME, URW)
    pointer_pa = board.pt.walk(VA, level=1)
    board.write64(pointer_pa, make_pte(0x1000, PTE_V))          # table at pa 0x100_0000
    for access in (LOAD, STORE, FETCH):
        fault = board.fault(VA, access)
        assert isinstance(fault, AccessFault)
        assert (fault.cause, fault.va, fault.reason) == \
            (ACCESS_FAULT[access], VA, L.REASON_PTE_ACCESS)
    assert board.stat("access_faults.load") == 1 and board.stat("page_faults.load") == 0


def test_a_root_table_outside_ram_is_an_access_fault(board):
    board.mmu.configure(make_satp(MODE_SV48, 1, (DRAM_BASE + (1 << 30)) >> 12))
    fault = board.fault(VA, LOAD)
    assert isinstance(fault, AccessFault) and fault.cause == 5


def test_a_leaf_pointing_outside_ram_is_an_access_fault(board):
    board.pt.map(VA & ~0xFFF, 0x1000_0000, URW)
    fault = board.fault(VA, STORE)
    assert isinstance(fault, AccessFault)
    assert (fault.cause, fault.reason) == (7, L.REASON_PA_ACCESS)


def test_svadu_walker_sets_a_on_load_and_a_and_d_on_store_in_memory(board):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, PTE_R | PTE_W | PTE_U)
    board.load(VA)
    assert board.read64(pte_pa) & (PTE_A | PTE_D) == PTE_A
    board.store(VA)
    assert board.read64(pte_pa) & (PTE_A | PTE_D) == PTE_A | PTE_D
    assert board.stat("ad_writes") == 2


def test_svadu_walker_never_sets_d_when_the_store_is_not_permitted(board):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, PTE_R | PTE_U)
    board.fault(VA, STORE)
    assert board.read64(pte_pa) & (PTE_A | PTE_D) == 0


def test_svade_faults_on_clear_a_and_on_store_with_clear_d_until_software_sets_them(make_board):
    b = make_board(svade=True)
    pte_pa = b.pt.map(VA & ~0xFFF, FRAME, PTE_R | PTE_W | PTE_U)
    fault = b.fault(VA, LOAD)
    assert (fault.cause, fault.reason) == (13, L.REASON_A_CLEAR)
    assert b.read64(pte_pa) & PTE_A == 0
    b.pt.set_flags(VA, set=PTE_A)
    assert b.load(VA) == FRAME + 0x678
    fault = b.fault(VA, STORE)
    assert (fault.cause, fault.reason) == (15, L.REASON_D_CLEAR)
    b.pt.set_flags(VA, set=PTE_D)
    assert b.store(VA) == FRAME + 0x678
    assert b.stat("ad_faults") == 2 and b.stat("ad_writes") == 0


def test_global_bit_in_a_table_pointer_makes_the_leaf_global(board):
    board.pt.map(VA & ~0xFFF, FRAME, URW)
    pointer_pa = board.pt.walk(VA, level=2)
    board.write64(pointer_pa, board.read64(pointer_pa) | PTE_G)
    board.load(VA)
    assert board.mmu.entries()[0]["global"] is True
    assert board.mmu.walk(board.ram, VA).global_ is True


def test_supervisor_mode_needs_sum_for_user_pages_and_never_fetches_them(board):
    board.pt.map(VA & ~0xFFF, FRAME, URWX)
    board.mmu.set_priv("S", sum=False)
    assert board.fault(VA, LOAD).reason == L.REASON_PERMISSION
    board.mmu.set_priv("S", sum=True)
    assert board.load(VA) == FRAME + 0x678
    assert board.store(VA) == FRAME + 0x678
    assert board.fault(VA, FETCH).cause == 12
    kernel_va = 0x4000_0000
    board.pt.map(kernel_va, FRAME, (URWX & ~PTE_U))
    assert board.fetch(kernel_va) == FRAME


def test_mxr_lets_loads_read_execute_only_pages(board):
    board.pt.map(VA & ~0xFFF, FRAME, PTE_V | PTE_X | PTE_U | PTE_A)
    assert board.fault(VA, LOAD).cause == 13
    board.mmu.set_priv("U", mxr=True)
    assert board.load(VA) == FRAME + 0x678


def test_bare_mode_is_identity_and_outside_ram_is_an_access_fault(make_board):
    b = make_board()
    b.mmu.configure(0)
    assert b.mmu.mode == MODE_BARE
    assert b.load(DRAM_BASE + 0x123) == DRAM_BASE + 0x123
    fault = b.fault(0x1000, FETCH)
    assert isinstance(fault, AccessFault) and fault.cause == 1
    assert b.stat("walks") == 0 and b.mmu.entries() == []


def test_walk_only_reports_the_leaf_and_changes_no_memory_tlb_or_statistics(board):
    pte_pa = board.pt.map(VA & ~0xFFF, FRAME, PTE_R | PTE_W | PTE_U)
    before_ram = board.ram.copy()
    before_stats = board.mmu.stats()
    result = board.mmu.walk(board.ram, VA, STORE)
    assert result.ok and result.pa == FRAME + 0x678 and result.level == 0
    assert result.pte_pa == pte_pa and result.reads == 4
    assert (board.ram == before_ram).all()
    assert board.mmu.stats() == before_stats and board.mmu.entries() == []
    bad = board.mmu.walk(board.ram, VA, FETCH)
    assert not bad.ok and bad.reason_name == "permission denied"


def test_unsupported_satp_mode_is_rejected_with_a_clear_error(board):
    with pytest.raises(ValueError, match="unsupported MODE 11"):
        board.mmu.configure(11 << 60)
    from pagelab.mmu.core import set_satp
    import numpy as np
    assert set_satp(board.mmu.array, np.int64((11 << 60) - (1 << 64))) == 0     # the CPU's csrw path
    assert board.mmu.mode == MODE_SV48


def test_bad_arguments_to_mmu_translate_raise_value_errors(board):
    with pytest.raises(ValueError, match="access"):
        board.mmu.translate(board.ram, VA, 3)
    with pytest.raises(ValueError, match="64-bit"):
        board.mmu.translate(board.ram, 1 << 64, LOAD)
    with pytest.raises(TypeError, match="uint8"):
        board.mmu.translate(board.ram.view("uint16"), VA, LOAD)
