"""The huge-leaf seam of pte_ops.py: map_huge / unmap_huge / split_huge / collapse_huge /
update_huge / copy_huge on 2 MiB leaves (and a 1 GiB leaf), with the compound-page accounting
of physmem checked by check_invariants after every step."""
from __future__ import annotations

import pytest
from mm_helpers import MAP_ANON, MAP_FIXED, MAP_PRIVATE, PROT_R, PROT_W, STORE, MiniKernel
from mm_helpers import invariants_after_each_test  # noqa: F401  (autouse: every test)

from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.physmem import PG_HEAD, PG_LRU, PG_TAIL, USE_ANON
from pagelab.kernel.mm.pte_ops import PteError
from pagelab.kernel.mm.vma import AnonVma
from pagelab.mmu.pte import PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W

HUGE = 2 << 20
RW = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
BASE = 0x4000_0000


def setup_mm(kernel, size=4 * HUGE):
    mm = kernel.new_mm()
    assert mm.mmap(BASE, size, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | MAP_FIXED) == BASE
    mm.vma_at(BASE).anon_vma = AnonVma()
    return mm


def filled_thp(kernel):
    """A compound page whose subpage i starts with the byte i+1."""
    pm = kernel.physmem
    pfn = pm.alloc_compound(9, USE_ANON, zero=True)
    for i in range(512):
        pm.ram[(pfn - pm.base_pfn + i) << 12] = (i + 1) & 255
    return pfn


def ok(kernel):
    assert check_invariants(kernel.physmem) == []


def test_map_huge_maps_a_2mib_leaf_the_mmu_walks():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    pfn = filled_thp(k)
    mm.map_huge(BASE >> 12, pfn, RW)
    ok(k)
    assert k.translate(mm, BASE + 5 * 4096 + 7) == ((pfn + 5) << 12) + 7
    assert mm.pt.get(BASE)[1] == 1                       # a level-1 leaf
    assert mm.huge_entry((BASE >> 12) + 100) == (mm.pages[BASE >> 12] | PTE_A | PTE_D, 1)
    assert mm.copy_in(BASE + 9 * 4096, 1) == bytes([10])
    pm = k.physmem
    head = pfn - pm.base_pfn
    assert (pm.refcount[head], pm.compound_mapcount[head], pm.nr_anon_thps) == (1, 1, 1)
    assert pm.flags[head] & (PG_HEAD | PG_LRU) == PG_HEAD | PG_LRU
    assert pm.flags[head + 1] & PG_TAIL and not pm.flags[head + 1] & PG_LRU
    assert mm.rss_anon == 512 and mm.pages.huge_level(BASE >> 12) == 1


def test_map_huge_over_anything_present_is_a_pte_error():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    assert mm.handle_fault(BASE + HUGE + 3 * 4096, STORE).ok
    pfn = filled_thp(k)
    with pytest.raises(PteError):
        mm.map_huge((BASE + HUGE) >> 12, pfn, RW, take_ref=True)
    with pytest.raises(PteError):                        # not aligned
        mm.map_huge((BASE >> 12) + 1, pfn, RW, take_ref=True)
    small = k.physmem.alloc_frame()
    with pytest.raises(PteError):                        # not a compound head
        mm.map_huge(BASE >> 12, small, RW, take_ref=True)
    k.physmem.put_page(small)
    mm.map_huge(BASE >> 12, pfn, RW)
    with pytest.raises(PteError):
        mm.map_page((BASE >> 12) + 3, k.physmem.zero_pfn, PTE_V | PTE_R | PTE_U, take_ref=False)
    with pytest.raises(PteError):
        mm.unmap_page((BASE >> 12) + 3)
    ok(k)


def test_a_table_left_empty_by_small_pages_is_freed_for_the_leaf():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    assert mm.handle_fault(BASE + 4096, STORE).ok
    mm.madvise(BASE, HUGE, 4)                            # MADV_DONTNEED: the table stays
    tables = mm.pt_pages
    mm.map_huge(BASE >> 12, filled_thp(k), RW)
    assert mm.pt_pages == tables                         # one table freed, one deposited
    ok(k)


def test_unmap_huge_frees_the_compound_page_and_the_deposit():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    pm = k.physmem
    free, tables = pm.nr_free, mm.pt_pages
    pfn = filled_thp(k)
    mm.map_huge(BASE >> 12, pfn, RW)
    old = mm.unmap_huge(BASE >> 12)
    assert old >> 10 == pfn and old & PTE_D
    assert pm.nr_free + (mm.pt_pages - tables) == free and mm.rss_anon == 0
    assert pm.nr_anon_pages == 0 and pm.nr_anon_thps == 0
    assert (BASE, None) in k.flushes or (BASE, mm.asid) in k.flushes
    ok(k)


def test_split_keeps_data_flags_and_counts_then_splits_the_page():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    pm = k.physmem
    pfn = filled_thp(k)
    mm.map_huge(BASE >> 12, pfn, RW)
    k.flushes.clear()
    mm.split_huge((BASE >> 12) + 200)
    ok(k)
    assert mm.pages.huge_level(BASE >> 12) == 0 and mm.pt.get(BASE)[1] == 0
    assert k.translate(mm, BASE + 300 * 4096) == (pfn + 300) << 12
    assert all(mm.copy_in(BASE + i * 4096, 1) == bytes([(i + 1) & 255]) for i in range(512))
    assert pm.compound_order_of(pfn) == 0                 # no huge mapping left: split
    assert all(pm.refcount[pfn - pm.base_pfn + i] == 1 for i in range(512))
    assert mm.rss_anon == 512 and pm.nr_anon_pages == 512 and pm.nr_anon_thps == 0
    assert pm.events["thp_split_pmd"] == 1 and k.flushes
    mm.munmap(BASE + 4096, 4096)
    ok(k)


def test_collapse_replaces_small_pages_by_one_leaf():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    pm = k.physmem
    for i in range(0, 512, 3):                           # some present, some empty
        assert mm.handle_fault(BASE + i * 4096, STORE).ok
        mm.copy_out(BASE + i * 4096, bytes([i & 255 or 1]))
    free = pm.nr_free
    new = pm.alloc_compound(9, USE_ANON, zero=True)
    for vpn in mm.pages.in_range(BASE >> 12, (BASE >> 12) + 512):
        pm.copy_frame(new + vpn - (BASE >> 12), mm.pages[vpn] >> 10)
    mm.collapse_huge(BASE >> 12, new, RW)
    ok(k)
    assert mm.pt.get(BASE)[1] == 1 and mm.rss_anon == 512
    assert mm.copy_in(BASE + 3 * 4096, 1) == bytes([3]) and mm.copy_in(BASE + 4096, 1) == b"\0"
    assert pm.nr_free == free - 512 + 171                # 171 small pages freed
    mm.destroy()
    ok(k)


def test_fork_shares_the_leaf_and_a_split_in_one_leaves_the_other_huge():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    pm = k.physmem
    pfn = filled_thp(k)
    mm.map_huge(BASE >> 12, pfn, RW)
    child = mm.fork()
    ok(k)
    head = pfn - pm.base_pfn
    assert pm.compound_mapcount[head] == 2 and pm.refcount[head] == 2
    assert not mm.pages[BASE >> 12] & PTE_W and not child.pages[BASE >> 12] & PTE_W
    child.split_huge(BASE >> 12)
    ok(k)
    assert pm.compound_mapcount[head] == 1 and pm.refcount[head] == 513
    assert mm.pages.huge_level(BASE >> 12) == 1 and pm.nr_anon_thps == 1
    child.munmap(BASE, 4096)
    ok(k)
    mm.destroy()                                          # the child's PTEs keep 511 pages
    ok(k)
    assert pm.compound_order_of(pfn) == 0 and pm.nr_anon_pages == 511
    assert child.copy_in(BASE + 7 * 4096, 1) == bytes([8])
    child.destroy()
    ok(k)


def test_update_huge_changes_the_whole_leaf():
    k = MiniKernel(mem=32 << 20)
    mm = setup_mm(k)
    mm.map_huge(BASE >> 12, filled_thp(k), RW)
    mm.update_pte((BASE >> 12) + 9, clear_bits=PTE_W)
    assert not mm.pt.get(BASE)[0] & PTE_W
    assert all(not mm.pages[v] & PTE_W for v in range(BASE >> 12, (BASE >> 12) + 512))
    with pytest.raises(PteError):
        mm.update_huge(BASE >> 12, clear_bits=PTE_V)
    assert mm.test_and_clear_young((BASE >> 12) + 4)
    assert not mm.test_and_clear_young((BASE >> 12) + 4)
    ok(k)


def test_a_gigapage_leaf_at_level_2():
    k = MiniKernel(mem=1536 << 20, paging="sv39")
    pm = k.physmem
    mm = k.new_mm()
    base = 1 << 30
    assert mm.mmap(base, 1 << 30, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | MAP_FIXED) == base
    pfn = pm.alloc_compound(18, USE_ANON)
    assert pfn is not None
    mm.map_huge(base >> 12, pfn, RW, level=2)
    assert mm.pt.get(base + 12345)[1] == 2
    assert k.translate(mm, base + (300 << 12) + 5) == ((pfn + 300) << 12) + 5
    assert mm.rss_anon == 1 << 18 and mm.pages.huge_level((base >> 12) + 100000) == 2
    with pytest.raises(PteError):
        mm.split_huge(base >> 12)
    mm.unmap_huge(base >> 12)
    assert pm.compound_order_of(pfn) == 0 and mm.rss_anon == 0


def test_munmap_of_a_huge_leaf_frees_the_tables_above_it():
    k = MiniKernel(mem=32 << 20)
    mm = k.new_mm()
    tables = mm.pt_pages
    base = 0x40_0000_0000                              # its own level-2 and level-3 tables
    assert mm.mmap(base, HUGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | MAP_FIXED) == base
    mm.vma_at(base).anon_vma = AnonVma()
    mm.map_huge(base >> 12, filled_thp(k), RW)
    assert mm.pt_pages == tables + 3                   # two directories and the deposit
    assert mm.munmap(base, HUGE) == 0
    assert mm.pt_pages == tables
    ok(k)
