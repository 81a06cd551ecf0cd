"""The modelled TLB: split I/D arrays per page size, ASIDs and global entries, sfence.vma,
stale entries, replacement policies, exact statistics and the micro-cache contract."""
import numpy as np
import pytest

from mmu_board import board, make_board  # noqa: F401  (pytest fixtures)
from pagelab.mmu.core import layout as L
from pagelab.mmu.core import tlb_flush, tlb_touch, translate, translate_cpu
from pagelab.mmu.mmu import Mmu
from pagelab.mmu.pte import (
    DRAM_BASE, MODE_SV39, PTE_A, PTE_D, PTE_G, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X,
)
from pagelab.mmu.tlb import TLBConfig

LOAD, STORE, FETCH = 0, 1, 2
URW = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
URWX = URW | PTE_X
FRAME = DRAM_BASE + 0x10_0000
PAGE = 0x1000


def _map_pages(board, n, first_va=0x10_0000, flags=URWX, stride=PAGE):
    vas = [first_va + i * stride for i in range(n)]
    for i, va in enumerate(vas):
        board.pt.map(va, FRAME + i * PAGE, flags)
    return vas


def _valid_vas(board, structure="dtlb4k"):
    return sorted(e["va"] for e in board.mmu.entries() if e["structure"] == structure)


def test_second_access_to_a_page_hits_and_statistics_are_exact(board):
    va = _map_pages(board, 1)[0]
    board.load(va)
    board.load(va + 8)
    board.store(va + 16)
    board.fetch(va)
    board.fetch(va + 4)
    assert board.nonzero_stats() == {
        "dtlb.4K.load.misses": 1, "dtlb.4K.load.hits": 1, "dtlb.load.misses": 1,
        "dtlb.load.hits": 1, "dtlb.load.walk_reads": 4,
        "dtlb.4K.store.hits": 1, "dtlb.store.hits": 1,
        "itlb.4K.fetch.misses": 1, "itlb.4K.fetch.hits": 1, "itlb.fetch.misses": 1,
        "itlb.fetch.hits": 1, "itlb.fetch.walk_reads": 4,
        "dtlb.4K.fills": 1, "itlb.4K.fills": 1,
        "hits": 3, "misses": 2, "walks": 2, "walk_reads": 8,
    }


def test_fetches_use_the_itlb_and_loads_and_stores_the_dtlb(board):
    va = _map_pages(board, 1)[0]
    board.load(va)
    board.fetch(va)          # a separate ITLB: misses although the DTLB holds the page
    structures = sorted(e["structure"] for e in board.mmu.entries())
    assert structures == ["dtlb4k", "itlb4k"]
    assert board.stat("walks") == 2


def test_superpages_go_to_their_own_size_array(board):
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URWX, level=1)
    board.load(0x4000_0000 + 0x12345)
    board.load(0x4000_0000 + 0x1F_FFF8)
    [entry] = board.mmu.entries()
    assert (entry["structure"], entry["size"], entry["va"], entry["pa"]) == \
        ("dtlb2m", "2M", 0x4000_0000, DRAM_BASE + (4 << 20))
    assert board.stat("dtlb.2M.load.misses") == 1 and board.stat("dtlb.2M.load.hits") == 1
    assert board.stat("dtlb.load.walk_reads") == 3


def test_entries_report_permissions_and_accessed_dirty_bits(board):
    va = _map_pages(board, 1, flags=PTE_V | PTE_R | PTE_W | PTE_U)[0]
    board.load(va)
    [entry] = board.mmu.entries()
    assert entry["perms"] == "rw-u" and entry["A"] and not entry["D"]
    assert entry["asid"] == 1 and entry["global"] is False and entry["level"] == 0
    assert entry["vpn"] == va >> 12 and entry["ppn"] == FRAME >> 12
    assert entry["set"] == (va >> 12) % 16 and 0 <= entry["way"] < 4


def test_asids_keep_address_spaces_apart_and_writing_satp_does_not_flush(board):
    va = _map_pages(board, 1)[0]
    other = board.new_space(2)
    other.map(va, FRAME + 5 * PAGE, URWX)
    assert board.load(va) == FRAME
    board.use(other, 2)
    assert board.load(va) == FRAME + 5 * PAGE          # ASID 2 does not see ASID 1's entry
    board.use(board.pt, 1)
    walks = board.stat("walks")
    assert board.load(va) == FRAME                     # ASID 1's entry survived the switch
    assert board.stat("walks") == walks


def test_global_entries_match_in_every_address_space(board):
    va = _map_pages(board, 1, flags=URWX | PTE_G)[0]
    board.load(va)
    other = board.new_space(2)                         # maps nothing at all
    board.use(other, 2)
    assert board.load(va) == FRAME                     # served by the global entry
    assert board.stat("walks") == 1


def _two_spaces_with_a_global_page(board):
    """ASID 1 and 2 both map page A (non-global) and G (global); both cached."""
    a_va, g_va = 0x10_0000, 0x20_0000
    other = board.new_space(2)
    board.pt.map(a_va, FRAME, URW)
    board.pt.map(g_va, FRAME + PAGE, URW | PTE_G)
    other.map(a_va, FRAME + 2 * PAGE, URW)
    other.map(g_va, FRAME + PAGE, URW | PTE_G)
    board.load(a_va)
    board.load(g_va)
    board.use(other, 2)
    board.load(a_va)
    return a_va, g_va, other


def _cached(board):
    return sorted((e["asid"], e["va"], e["global"]) for e in board.mmu.entries())


def test_flush_all_drops_every_entry_including_globals(board):
    _two_spaces_with_a_global_page(board)
    assert len(_cached(board)) == 3
    assert board.mmu.flush() == 3
    assert _cached(board) == [] and board.stat("flushes") == 1
    assert board.stat("flushed_entries") == 3


def test_flush_by_asid_keeps_globals_and_other_asids(board):
    a_va, g_va, _ = _two_spaces_with_a_global_page(board)
    board.mmu.flush(asid=1)
    assert _cached(board) == [(1, g_va, True), (2, a_va, False)]


def test_flush_by_va_drops_that_page_in_every_asid_including_global(board):
    a_va, g_va, _ = _two_spaces_with_a_global_page(board)
    board.mmu.flush(va=a_va + 0x123)
    assert _cached(board) == [(1, g_va, True)]
    board.mmu.flush(va=g_va)
    assert _cached(board) == []


def test_flush_by_va_and_asid_drops_only_that_asids_non_global_entry(board):
    a_va, g_va, _ = _two_spaces_with_a_global_page(board)
    board.mmu.flush(va=a_va, asid=2)
    assert _cached(board) == [(1, a_va, False), (1, g_va, True)]
    board.mmu.flush(va=g_va, asid=1)
    assert _cached(board) == [(1, a_va, False), (1, g_va, True)]


def test_flush_by_va_drops_a_superpage_covering_that_address(board):
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    board.load(0x4000_0000)
    board.mmu.flush(va=0x4000_0000 + 0x1F_0000)
    assert board.mmu.entries() == []


def test_flush_with_a_non_canonical_address_does_nothing_but_counts(board):
    va = _map_pages(board, 1)[0]
    board.load(va)
    assert board.mmu.flush(va=1 << 47) == 0
    assert len(board.mmu.entries()) == 1 and board.stat("flushes") == 1


def test_a_changed_pte_is_not_seen_until_sfence_vma(board):
    va = _map_pages(board, 1)[0]
    assert board.load(va) == FRAME
    board.pt.unmap(va)
    board.pt.map(va, FRAME + 7 * PAGE, URW)
    assert board.load(va) == FRAME                      # the stale entry is still used
    board.mmu.flush(va=va, asid=1)
    assert board.load(va) == FRAME + 7 * PAGE


def test_an_unmapped_page_keeps_translating_until_flushed(board):
    va = _map_pages(board, 1)[0]
    board.store(va)
    board.pt.unmap(va)
    assert board.store(va) == FRAME
    board.mmu.flush(va=va)
    assert board.fault(va, STORE).cause == 15


def test_store_through_a_read_only_entry_rewalks_and_faults_only_if_the_pte_agrees(board):
    va = _map_pages(board, 1, flags=PTE_V | PTE_R | PTE_U | PTE_A)[0]
    board.load(va)
    fault = board.fault(va, STORE)                       # walk confirms: still read-only
    assert fault.cause == 15
    assert board.stat("dtlb.store.rewalks") == 1 and board.stat("dtlb.store.faulting_walks") == 1
    assert len(board.mmu.entries()) == 1                 # the read-only entry stays
    board.pt.set_flags(va, set=PTE_W)                    # kernel upgrades, no sfence
    assert board.store(va) == FRAME                      # the re-walk finds W and D is set
    assert board.stat("dtlb.store.rewalks") == 2
    [entry] = board.mmu.entries()
    assert entry["perms"] == "rw-u" and entry["D"]


def test_store_through_an_entry_with_d_clear_rewalks_and_the_walker_sets_d(board):
    va = _map_pages(board, 1, flags=PTE_V | PTE_R | PTE_W | PTE_U | PTE_A)[0]
    board.load(va)
    board.store(va)
    assert board.stat("dtlb.4K.store.misses") == 1 and board.stat("dtlb.store.rewalks") == 1
    assert board.read64(board.pt.walk(va)) & PTE_D
    board.store(va)
    assert board.stat("dtlb.4K.store.hits") == 1
    assert len(board.mmu.entries()) == 1


def test_svade_store_through_an_entry_with_d_clear_faults_for_the_kernel(make_board):
    b = make_board(svade=True)
    va = _map_pages(b, 1, flags=PTE_V | PTE_R | PTE_W | PTE_U | PTE_A)[0]
    b.load(va)
    fault = b.fault(va, STORE)
    assert (fault.cause, fault.reason) == (15, L.REASON_D_CLEAR)
    b.pt.set_flags(va, set=PTE_D)
    assert b.store(va) == FRAME


def test_a_fill_drops_an_overlapping_stale_entry_so_only_one_entry_matches(board):
    va = 0x4000_0000
    board.pt.map(va, FRAME, URW)
    board.load(va)                                       # a 4 KiB entry
    board.pt.unmap(va)                                   # replaced by a 2 MiB page, no flush
    pointer_pa = board.pt.walk(va, level=1)
    board.write64(pointer_pa, 0)
    board.pt.map(va, DRAM_BASE + (4 << 20), URW, level=1)
    assert board.load(va) == FRAME                       # still the stale 4 KiB entry
    assert board.load(va + 0x5000) == DRAM_BASE + (4 << 20) + 0x5000   # 2 MiB fill
    assert board.stat("dtlb.refill_drops") == 1
    assert [e["size"] for e in board.mmu.entries()] == ["2M"]
    assert board.load(va) == DRAM_BASE + (4 << 20)


def _one_set_board(make_board, policy, ways=4, seed=0):
    return make_board(tlb=f"dtlb4k={ways}x{ways}:{policy},seed={seed}")


def test_lru_evicts_the_least_recently_used_entry(make_board):
    b = _one_set_board(make_board, "lru")
    vas = _map_pages(b, 5)
    for va in vas[:4]:
        b.load(va)
    b.load(vas[0])                                       # page 1 is now the LRU one
    gen = b.mmu.generation
    b.load(vas[4])
    assert _valid_vas(b) == sorted([vas[0], vas[2], vas[3], vas[4]])
    assert b.stat("dtlb.4K.evictions") == 1 and b.mmu.generation != gen


def test_fifo_evicts_the_oldest_fill_even_if_recently_used(make_board):
    b = _one_set_board(make_board, "fifo")
    vas = _map_pages(b, 5)
    for va in vas[:4]:
        b.load(va)
    b.load(vas[0])
    b.load(vas[4])
    assert _valid_vas(b) == sorted(vas[1:5])


def test_random_replacement_is_deterministic_under_a_seed(make_board):
    def survivors(seed):
        b = _one_set_board(make_board, "random", ways=4, seed=seed)
        vas = _map_pages(b, 12)
        for va in vas * 2:
            b.load(va)
        assert b.stat("dtlb.4K.evictions") > 0 and len(_valid_vas(b)) == 4
        return _valid_vas(b), b.stat("dtlb.4K.load.hits")
    assert survivors(7) == survivors(7)
    assert len({tuple(survivors(seed)[0]) for seed in range(6)}) > 1


def test_set_associative_arrays_index_sets_by_the_low_vpn_bits(make_board):
    b = make_board(tlb="dtlb4k=8x2")                     # 4 sets of 2 ways
    vas = _map_pages(b, 3, stride=4 * PAGE)              # all map to set 0
    for va in vas:
        b.load(va)
    entries = [e for e in b.mmu.entries() if e["structure"] == "dtlb4k"]
    assert {e["set"] for e in entries} == {0} and len(entries) == 2
    assert b.stat("dtlb.4K.evictions") == 1


def test_a_page_size_without_an_array_is_walked_on_every_access(make_board):
    b = make_board(tlb="dtlb2m=off")
    b.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    for _ in range(3):
        b.load(0x4000_0000)
    assert b.stat("dtlb.2M.load.misses") == 3 and b.stat("dtlb.2M.load.hits") == 0
    assert b.mmu.entries() == []


def test_generation_changes_on_flush_and_satp_but_not_on_hits_or_free_fills(board):
    vas = _map_pages(board, 2)
    gen = board.mmu.generation
    board.load(vas[0])
    board.load(vas[0])
    board.load(vas[1])
    assert board.mmu.generation == gen
    board.mmu.flush(va=vas[0])
    assert board.mmu.generation == gen + 1
    board.mmu.configure(board.mmu.satp)
    assert board.mmu.generation == gen + 2


def test_microcache_window_covers_the_page_clipped_to_ram(board):
    board.pt.map(0x4000_0000, DRAM_BASE, URW, level=2)   # 1 GiB page over 8 MiB of RAM
    ram_offset = board.load(0x4000_0000 + 0x1234) - DRAM_BASE
    a = board.mmu.array
    assert ram_offset == 0x1234
    assert (a[L.OUT_VA_LO], a[L.OUT_VA_HI], a[L.OUT_RAM_LO]) == \
        (0x4000_0000, 0x4000_0000 + board.ram.size, 0)
    assert a[L.OUT_LEVEL] == 2 and a[L.OUT_ALLOW] == (1 << LOAD) | (1 << STORE)
    assert board.fault(0x4000_0000 + board.ram.size, LOAD).cause == 5


def test_translate_once_then_tlb_touch_n_times_equals_n_plus_one_translates(board):
    vas = _map_pages(board, 3)
    ram64 = board.ram64
    for va in vas:
        board.load(va)                                  # same warm state in both copies
    fast = board.mmu.array.copy()
    slow = board.mmu.array.copy()
    va = np.int64(vas[0] + 8)
    assert translate(fast, ram64, va, np.int64(LOAD)) >= 0
    slot, level = fast[L.OUT_SLOT], fast[L.OUT_LEVEL]
    for _ in range(5):
        tlb_touch(fast, slot, np.int64(LOAD), level)
    for _ in range(6):
        translate(slow, ram64, va, np.int64(LOAD))
    assert (fast == slow).all()


def _run_with_microcache(mmu_array, ram64, trace):
    """A CPU-style micro-cache (one line per access type) that follows the documented contract."""
    lines = {}
    results = []
    for va, access in trace:
        line = lines.get(access)
        if (line is not None and line["gen"] == mmu_array[L.GEN]
                and line["lo"] <= va < line["hi"]):
            tlb_touch(mmu_array, line["slot"], np.int64(access), line["level"])
            results.append(int(line["ram"] + (va - line["lo"])))
            continue
        off = translate(mmu_array, ram64, np.int64(va), np.int64(access))
        results.append(int(off))
        if off >= 0 and mmu_array[L.OUT_VA_LO] != mmu_array[L.OUT_VA_HI] \
                and (mmu_array[L.OUT_ALLOW] >> access) & 1:
            lines[access] = {"gen": mmu_array[L.GEN], "lo": mmu_array[L.OUT_VA_LO],
                             "hi": mmu_array[L.OUT_VA_HI], "ram": mmu_array[L.OUT_RAM_LO],
                             "slot": mmu_array[L.OUT_SLOT], "level": mmu_array[L.OUT_LEVEL]}
    return results


@pytest.mark.parametrize("policy", ["lru", "fifo", "random"])
def test_a_microcache_following_the_contract_leaves_every_statistic_as_the_model(make_board,
                                                                                   policy):
    b = make_board(tlb=f"dtlb4k=8x2:{policy},itlb4k=4x2:{policy},seed=3")
    vas = _map_pages(b, 24, flags=PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A)
    b.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URWX, level=1)
    rng = np.random.default_rng(11)
    trace = []
    for _ in range(3000):
        if rng.random() < 0.2:
            base = 0x4000_0000 + int(rng.integers(0, 512)) * PAGE
        else:
            base = vas[int(rng.integers(0, len(vas)))]
        repeat = int(rng.integers(1, 6))
        trace += [(base + int(rng.integers(0, 512)) * 8, int(rng.integers(0, 3)))] * repeat
    with_cache = b.mmu.array.copy()
    plain = b.mmu.array.copy()
    ram_a = b.ram64.copy()
    ram_b = b.ram64.copy()
    fast = _run_with_microcache(with_cache, ram_a, trace)
    slow = [int(translate(plain, ram_b, np.int64(va), np.int64(acc))) for va, acc in trace]
    assert fast == slow
    assert (with_cache == plain).all() and (ram_a == ram_b).all()
    assert plain[L.STAT_EVICTIONS] > 0                   # the trace did exercise replacement


def test_jitted_tlb_flush_matches_the_sfence_vma_argument_convention(board):
    va = _map_pages(board, 1)[0]
    board.load(va)
    a = board.mmu.array
    assert tlb_flush(a, np.int64(va), np.int64(2), np.int64(1), np.int64(1)) == 0
    assert tlb_flush(a, np.int64(va), np.int64(1), np.int64(1), np.int64(1)) == 1


def test_sv39_stats_walk_three_levels_and_reset_stats_zeroes_counters(make_board):
    b = make_board(mode=MODE_SV39)
    va = _map_pages(b, 1)[0]
    b.load(va)
    assert b.stat("walk_reads") == 3
    b.mmu.reset_stats()
    assert b.nonzero_stats() == {}
    assert len(b.mmu.entries()) == 1


def test_mmu_rejects_a_tlb_argument_that_is_not_a_config():
    with pytest.raises(TypeError, match="TLBConfig"):
        Mmu(tlb="dtlb4k=8")
    assert Mmu(TLBConfig.parse("tlb4k=16x4")).config.arrays["itlb4k"].entries == 16


def test_snapshot_and_restore_bring_back_the_tlb_and_move_the_generation(board):
    vas = _map_pages(board, 2)
    board.load(vas[0])
    snap = board.mmu.snapshot()
    board.load(vas[1])
    board.mmu.flush()
    gen = board.mmu.generation
    board.mmu.restore(snap)
    assert [e["va"] for e in board.mmu.entries()] == [vas[0]]
    assert board.stat("walks") == 1 and board.mmu.generation > gen
    with pytest.raises(ValueError, match="snapshot"):
        board.mmu.restore(snap[:10])


def test_report_prints_hits_misses_and_walk_reads_per_access_type(board):
    va = _map_pages(board, 1)[0]
    board.load(va)
    board.load(va)
    text = board.mmu.report()
    assert "dtlb  load              1          1   50.00           4" in text
    assert "dtlb.4K: 1 hits, 1 misses, 0 evictions" in text
    assert "walks 1, PTE reads 4" in text


def _run_with_page_lines(mmu_array, ram64, trace):
    """The CPU's micro-cache: one line per 4 KiB page (64 lines per access type), filled from
    translate_cpu; a 4 KiB eviction drops only the line of the evicted page (no GEN change)."""
    lines = {}
    gen_seen = mmu_array[L.GEN]
    results = []
    for va, access in trace:
        if mmu_array[L.GEN] != gen_seen:
            lines.clear()
            gen_seen = mmu_array[L.GEN]
        key = (access, (va >> 12) & 63)
        line = lines.get(key)
        if line is not None and line[0] == va >> 12:
            tlb_touch(mmu_array, line[2], np.int64(access), line[3])
            results.append(int(line[1] + (va & 0xFFF)))
            continue
        off, slot, level, allow, evicted = translate_cpu(mmu_array, ram64, np.int64(va),
                                                         np.int64(access))
        if evicted >= 0:
            for acc in range(3):
                old = lines.get((acc, evicted & 63))
                if old is not None and old[2] == slot:
                    del lines[(acc, evicted & 63)]
        if mmu_array[L.GEN] != gen_seen:
            lines.clear()
            gen_seen = mmu_array[L.GEN]
        results.append(int(off))
        if off >= 0 and slot >= 0 and (allow >> access) & 1:
            lines[key] = (va >> 12, off - (va & 0xFFF), slot, level)
    return results


@pytest.mark.parametrize("policy", ["lru", "fifo", "random"])
def test_translate_cpu_with_page_lines_leaves_every_statistic_as_translate(make_board, policy):
    b = make_board(tlb=f"dtlb4k=8x2:{policy},itlb4k=4x2:{policy},dtlb2m=2x2:{policy},seed=5")
    vas = _map_pages(b, 40, flags=PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A)
    b.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URWX, level=1)
    b.pt.map(0x4020_0000, DRAM_BASE + (6 << 20), URWX, level=1)
    rng = np.random.default_rng(7)
    trace = []
    for _ in range(4000):
        if rng.random() < 0.2:
            base = 0x4000_0000 + int(rng.integers(0, 1024)) * PAGE
        else:
            base = vas[int(rng.integers(0, len(vas)))]
        repeat = int(rng.integers(1, 4))
        trace += [(base + int(rng.integers(0, 512)) * 8, int(rng.integers(0, 3)))] * repeat
    with_lines = b.mmu.array.copy()
    plain = b.mmu.array.copy()
    ram_a = b.ram64.copy()
    ram_b = b.ram64.copy()
    fast = _run_with_page_lines(with_lines, ram_a, trace)
    slow = [int(translate(plain, ram_b, np.int64(va), np.int64(acc))) for va, acc in trace]
    assert fast == slow
    assert (ram_a == ram_b).all()
    # everything but GEN (translate moves it on every eviction, translate_cpu only on
    # superpage ones) and translate's OUT_* window words is identical
    keep = np.ones(len(plain), dtype=bool)
    keep[[L.GEN, L.OUT_SLOT, L.OUT_LEVEL, L.OUT_VA_LO, L.OUT_VA_HI, L.OUT_RAM_LO,
          L.OUT_ALLOW, L.OUT_REASON]] = False
    assert (with_lines[keep] == plain[keep]).all()
    assert plain[L.STAT_EVICTIONS + L.DTLB * L.NSIZE] > 100        # 4 KiB evictions happened
    assert with_lines[L.GEN] < plain[L.GEN]


def test_translate_cpu_names_the_evicted_page_and_keeps_gen(make_board):
    b = make_board(tlb="dtlb4k=2x2")
    vas = _map_pages(b, 3)
    a = b.mmu.array
    for va in vas[:2]:
        translate_cpu(a, b.ram64, np.int64(va), np.int64(LOAD))
    gen = a[L.GEN]
    off, slot, level, allow, evicted = translate_cpu(a, b.ram64, np.int64(vas[2]), np.int64(LOAD))
    assert evicted == vas[0] >> 12 and level == 0 and slot >= 0      # LRU: the first page
    assert a[L.GEN] == gen and allow == (1 << LOAD) | (1 << STORE)
    assert _valid_vas(b) == vas[1:]
    b.load(vas[0])                                # translate (not _cpu) moves GEN on eviction
    assert a[L.GEN] == gen + 1


def test_lookups_probe_only_the_page_sizes_present_and_flushes_recompute_them(board):
    a = board.mmu.array
    present = L.SIZES_PRESENT + L.DTLB
    assert a[present] == 0 and a[L.SIZES_PRESENT + L.ITLB] == 0
    va = _map_pages(board, 1)[0]
    board.load(va)
    assert a[present] == 1 << 0
    board.pt.map(0x4000_0000, DRAM_BASE + (4 << 20), URW, level=1)
    board.load(0x4000_0000)
    assert a[present] == (1 << 0) | (1 << 1)
    board.mmu.flush(va=va)                        # by address: the mask may stay a superset
    assert a[present] == (1 << 0) | (1 << 1)
    assert board.stat("dtlb.2M.load.hits") == 0
    board.load(0x4000_0008)                       # the 2M entry is still found
    assert board.stat("dtlb.2M.load.hits") == 1
    board.mmu.flush(asid=1)                       # a scan of every entry: exact again
    assert a[present] == 0
    board.load(va)
    assert a[present] == 1 << 0
    board.mmu.flush()
    assert a[present] == 0 and board.mmu.entries() == []
