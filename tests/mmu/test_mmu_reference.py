"""Differential tests: the jitted MMU against small reference models written here from the spec.

1. A reference page-table walker (privileged spec, "Virtual Address Translation Process")
   against walk_only and translate, on random page-table soup: random pointers between a pool
   of table pages, random flag bits, reserved bits, misaligned and out-of-RAM PPNs.
2. A reference TLB (plain lists, one per set, LRU / FIFO) against the modelled TLB on random
   traces of loads, stores, fetches, PTE edits without fences, sfence.vma of every form and
   ASID switches: every result, every statistic and the final contents must agree.
"""
import numpy as np
import pytest

from pagelab.mmu.mmu import Mmu, PageFault, AccessFault
from pagelab.mmu.pte import (
    DRAM_BASE, LEVELS, MODE_SV39, MODE_SV48, MODE_SV57, PTE_A, PTE_D, PTE_G, PTE_R, PTE_U, PTE_V,
    PTE_W, PTE_X, make_satp,
)
from pagelab.mmu.tlb import TLBConfig

LOAD, STORE, FETCH = 0, 1, 2
MEM = 1 << 20
M64 = (1 << 64) - 1


# --- 1. the reference walker -------------------------------------------------------------------

def ref_walk(words, root_pa, mode, va, access, priv="U", sum_=False, mxr=False, svade=False,
             set_ad=False, check_pa=True):
    """Spec algorithm, step by step.  words: RAM as a numpy uint64 array (one word per PTE).

    Returns ("ok", pa, level, global) or ("page",) or ("access",).  With set_ad (Svadu), A and
    D are written into `words` as the hardware would.  check_pa=False leaves out the final
    check that the page is in RAM (the TLB caches such a translation; the access then faults).
    """
    levels = LEVELS[mode]
    bits = 12 + 9 * levels
    va &= M64
    top = va >> (bits - 1)
    if top not in (0, (1 << (65 - bits)) - 1):                        # step 0
        return ("page",)
    a, i, global_ = root_pa, levels - 1, False
    while True:
        pte_addr = a + ((va >> (12 + 9 * i)) & 511) * 8                # step 2
        if not DRAM_BASE <= pte_addr < DRAM_BASE + len(words) * 8:
            return ("access",)
        pte = int(words[(pte_addr - DRAM_BASE) // 8])
        v, r, w, x = pte & 1, pte >> 1 & 1, pte >> 2 & 1, pte >> 3 & 1
        if not v or (not r and w) or pte >> 54:                         # step 3
            return ("page",)
        global_ |= bool(pte & PTE_G)
        if not r and not x:                                             # step 4
            if pte & (PTE_D | PTE_A | PTE_U):
                return ("page",)
            i -= 1
            if i < 0:
                return ("page",)
            a = ((pte >> 10) & ((1 << 44) - 1)) * 4096
            continue
        u = pte & PTE_U                                                 # step 5
        if priv == "U" and not u:
            return ("page",)
        if priv == "S" and u and (access == FETCH or not sum_):
            return ("page",)
        ok = {LOAD: r or (mxr and x), STORE: w, FETCH: x}[access]
        if not ok:
            return ("page",)
        ppn = (pte >> 10) & ((1 << 44) - 1)
        if i > 0 and ppn % (1 << (9 * i)):                              # step 6
            return ("page",)
        need = PTE_A | (PTE_D if access == STORE else 0)                # step 7
        if pte & need != need:
            if svade:
                return ("page",)
            if set_ad:
                words[(pte_addr - DRAM_BASE) // 8] = pte | need
        size = 1 << (12 + 9 * i)                                        # step 8
        pa = (ppn * 4096 & ~(size - 1)) | (va & (size - 1))
        if check_pa and not DRAM_BASE <= pa < DRAM_BASE + len(words) * 8:
            return ("access",)
        return ("ok", pa, i, global_)


def _random_pte(rng, pool, levels, pointer=False):
    kind = 0.2 if pointer else rng.random()
    if kind < 0.08:
        return 0
    if kind < 0.25:                                                  # pointer to a table
        pte = (int(rng.choice(pool)) >> 12 << 10) | PTE_V
        if rng.random() < 0.1:
            pte |= int(rng.choice([PTE_A, PTE_D, PTE_U, PTE_G, 1 << 55, 1 << 63]))
        return pte
    if kind < 0.45:
        return int(rng.integers(0, 1 << 63)) * 2 + int(rng.integers(0, 2))   # garbage
    flags = int(rng.integers(0, 256)) | PTE_V                         # a leaf, maybe odd
    if not flags & (PTE_R | PTE_X):
        flags |= PTE_R
    level_align = int(rng.integers(0, levels))
    if rng.random() < 0.85:
        ppn = (DRAM_BASE >> 12) + int(rng.integers(0, MEM >> 12))
        ppn &= ~((1 << (9 * level_align)) - 1)
    else:
        ppn = int(rng.integers(0, 1 << 44))
    pte = (ppn << 10) | flags
    if rng.random() < 0.05:
        pte |= 1 << int(rng.integers(54, 64))
    return pte


def _soup(rng, mode):
    """RAM whose first pages are page tables with random entries at a few indices.

    Three tables per level; entries of a level-L table mostly point at level L-1 tables (so
    walks get deep) and sometimes anywhere in the pool; lower levels hold more leaves.
    """
    levels = LEVELS[mode]
    ram = np.zeros(MEM, dtype=np.uint8)
    words = ram.view(np.uint64)
    by_level = [[DRAM_BASE + (3 * level + k) * 4096 for k in range(3)]
                for level in range(levels)]
    pool = [pa for tables in by_level for pa in tables]
    indices = [0, 1, 2, 511]
    for level, tables in enumerate(by_level):
        for table in tables:
            for index in indices:
                if level > 0 and rng.random() < 0.6:
                    targets = by_level[level - 1] if rng.random() < 0.9 else pool
                    pte = _random_pte(rng, targets, levels, pointer=True)
                else:
                    pte = _random_pte(rng, pool, levels)
                words[(table - DRAM_BASE) // 8 + index] = pte
    root = by_level[levels - 1][0]
    return ram, root, indices


def _random_va(rng, mode, indices):
    levels = LEVELS[mode]
    va = int(rng.integers(0, 4096))
    for level in range(levels):
        va |= int(rng.choice(indices)) << (12 + 9 * level)
    bits = 12 + 9 * levels
    if va >> (bits - 1):
        va |= M64 ^ ((1 << bits) - 1)                                # sign-extend: canonical
    if rng.random() < 0.05:
        va ^= 1 << 62                                                # non-canonical
    return va


def _outcome(call):
    try:
        return ("ok", call())
    except PageFault:
        return ("page",)
    except AccessFault:
        return ("access",)


@pytest.mark.parametrize("mode", [MODE_SV39, MODE_SV48, MODE_SV57])
def test_walker_agrees_with_the_reference_on_random_page_table_soup(mode):
    rng = np.random.default_rng(100 + mode)
    checked = {"ok": 0, "page": 0, "access": 0}
    for trial in range(12):
        ram, root, indices = _soup(rng, mode)
        words = ram.view(np.uint64)
        svade = bool(trial % 2)
        mmu = Mmu(svade=svade, satp=make_satp(mode, 1, root >> 12))
        for _ in range(120):
            va = _random_va(rng, mode, indices)
            access = int(rng.integers(0, 3))
            priv, sum_, mxr = ("U", False, False) if rng.random() < 0.7 else \
                (str(rng.choice(["U", "S"])), bool(rng.integers(0, 2)), bool(rng.integers(0, 2)))
            mmu.set_priv(priv, sum_, mxr)
            # walk_only: no side effects, and it reports what the hardware would do
            before = ram.copy()
            expected = ref_walk(words, root, mode, va, access, priv, sum_, mxr, svade)
            result = mmu.walk(ram, va, access)
            assert (ram == before).all()
            if expected[0] == "ok":
                assert result.ok and (result.pa, result.level, result.global_) == expected[1:]
            else:
                assert not result.ok
                assert (result.reason in (2, 12)) == (expected[0] == "access"), hex(va)
            # translate with an empty TLB: same outcome, and A/D written like the reference
            mmu.flush()
            shadow = words.copy()
            expected = ref_walk(shadow, root, mode, va, access, priv, sum_, mxr, svade,
                                set_ad=True)
            got = _outcome(lambda: mmu.translate(ram, va, access))
            assert got[0] == expected[0], (hex(va), access, priv, expected)
            if got[0] == "ok":
                assert got[1] == expected[1]
            assert (words == shadow).all()
            checked[expected[0]] += 1
    assert min(checked.values()) > 10, checked        # the soup exercised every outcome


# --- 2. the reference TLB ----------------------------------------------------------------------

class RefTLB:
    """The TLB rules of mmu/core/tlbwalk.py, written as plainly as possible with lists."""

    def __init__(self, config, mode, svade):
        self.config, self.mode, self.svade = config, mode, svade
        self.levels = LEVELS[mode]
        self.sets = {}
        for tlb in ("itlb", "dtlb"):
            for level, size in enumerate(("4k", "2m", "1g", "512g", "256t")):
                shape = config.arrays[tlb + size]
                self.sets[tlb, level] = [[None] * shape.ways for _ in range(shape.sets)]
        self.clock = 0
        self.stats = {}
        self.asid = 0
        self.root = 0

    def count(self, key, n=1):
        self.stats[key] = self.stats.get(key, 0) + n

    @staticmethod
    def tlb_of(access):
        return "itlb" if access == FETCH else "dtlb"

    def vpn_all(self, va):
        return (va >> 12) & ((1 << (9 * self.levels)) - 1)

    def matches(self, entry, tag):
        return entry is not None and entry["tag"] == tag and \
            (entry["asid"] == self.asid or entry["global"])

    def lookup(self, tlb, va):
        for level in range(self.levels):
            sets = self.sets[tlb, level]
            if not sets:
                continue
            tag = self.vpn_all(va) >> (9 * level)
            for entry in sets[tag % len(sets)]:
                if self.matches(entry, tag):
                    return entry, level
        return None, None

    @staticmethod
    def allows(entry, access):
        pte = entry["pte"]
        if not pte & PTE_A or not pte & PTE_U:
            return False
        return {LOAD: pte & PTE_R, STORE: pte & PTE_W and pte & PTE_D,
                FETCH: pte & PTE_X}[access] != 0

    def translate(self, words, va, access):
        va &= M64
        bits = 12 + 9 * self.levels
        if va >> (bits - 1) not in (0, (1 << (65 - bits)) - 1):
            self.count(f"pf{access}")
            return ("page",)
        tlb = self.tlb_of(access)
        entry, level = self.lookup(tlb, va)
        if entry is not None:
            if self.allows(entry, access):
                self.clock += 1
                entry["used"] = self.clock
                self.count(f"hit{level}.{access}")
                return self.finish(entry, level, va, access, words)
            self.count(f"rewalk{access}")
        result = ref_walk(words, self.root, self.mode, va, access, svade=self.svade,
                          set_ad=True, check_pa=False)
        if result[0] != "ok":
            self.count(f"faultwalk{access}")
            self.count(f"{'pf' if result[0] == 'page' else 'af'}{access}")
            return result[:1]
        _, pa, level, global_ = result
        self.count(f"miss{level}.{access}")
        pte_addr = self.pte_addr(words, va, level)
        entry = self.fill(tlb, level, va, int(words[(pte_addr - DRAM_BASE) // 8]), global_)
        if entry is None:                                # no array for this page size
            return self.finish({"pte": int(words[(pte_addr - DRAM_BASE) // 8])}, level, va,
                               access, words)
        return self.finish(entry, level, va, access, words)

    def pte_addr(self, words, va, level):
        a = self.root
        for i in range(self.levels - 1, level - 1, -1):
            addr = a + ((va >> (12 + 9 * i)) & 511) * 8
            a = (int(words[(addr - DRAM_BASE) // 8]) >> 10 & ((1 << 44) - 1)) * 4096
        return addr

    def finish(self, entry, level, va, access, words):
        size = 1 << (12 + 9 * level)
        pa = ((entry["pte"] >> 10 << 12) & ~(size - 1) & ((1 << 56) - 1)) | (va & (size - 1))
        if not DRAM_BASE <= pa < DRAM_BASE + len(words) * 8:
            self.count(f"af{access}")
            return ("access",)
        return ("ok", pa)

    def fill(self, tlb, level, va, pte, global_):
        sets = self.sets[tlb, level]
        if not sets:
            return None
        tag = self.vpn_all(va) >> (9 * level)
        for lvl in range(5):                                 # drop overlapping entries
            for s in self.sets[tlb, lvl]:
                for way, e in enumerate(s):
                    if e is None or not (e["asid"] == self.asid or e["global"]):
                        continue
                    if (lvl >= level and e["tag"] == self.vpn_all(va) >> (9 * lvl)) or \
                            (lvl < level and e["tag"] >> (9 * (level - lvl)) == tag):
                        s[way] = None
                        self.count(f"drop.{tlb}")
        ways = sets[tag % len(sets)]
        policy = self.config.arrays[tlb + ("4k", "2m", "1g", "512g", "256t")[level]].replacement
        if None in ways:
            way = ways.index(None)
        else:
            key = "used" if policy == "lru" else "filled"
            way = min(range(len(ways)), key=lambda w: ways[w][key])
            self.count(f"evict.{tlb}{level}")
        self.clock += 1
        ways[way] = {"tag": tag, "asid": self.asid, "global": global_, "pte": pte,
                     "used": self.clock, "filled": self.clock}
        return ways[way]

    def flush(self, va, asid):
        self.count("flushes")
        if va is not None:
            bits = 12 + 9 * self.levels
            if (va & M64) >> (bits - 1) not in (0, (1 << (65 - bits)) - 1):
                return
        for (tlb, level), sets in self.sets.items():
            for s in sets:
                for way, e in enumerate(s):
                    if e is None:
                        continue
                    if va is not None and e["tag"] != self.vpn_all(va & M64) >> (9 * level):
                        continue
                    if asid is not None and (e["asid"] != asid or e["global"]):
                        continue
                    s[way] = None

    def contents(self):
        return sorted((tlb, level, e["tag"], e["asid"], e["global"], e["pte"])
                      for (tlb, level), sets in self.sets.items()
                      for s in sets for e in s if e is not None)


def _model_stats(mmu):
    """The Mmu's statistics in RefTLB's key names (only non-zero ones)."""
    from pagelab.mmu.core import layout as L
    a = mmu.array
    out = {}
    for level in range(5):
        for acc in range(3):
            for key, base in (("hit", L.STAT_HITS), ("miss", L.STAT_MISSES)):
                out[f"{key}{level}.{acc}"] = int(a[base + level * 3 + acc])
    for acc in range(3):
        out[f"rewalk{acc}"] = int(a[L.STAT_REWALKS + acc])
        out[f"faultwalk{acc}"] = int(a[L.STAT_FAULT_WALKS + acc])
        out[f"pf{acc}"] = int(a[L.STAT_PAGE_FAULTS + acc])
        out[f"af{acc}"] = int(a[L.STAT_ACCESS_FAULTS + acc])
    for t, tlb in enumerate(("itlb", "dtlb")):
        out[f"drop.{tlb}"] = int(a[L.STAT_REFILL_DROPS + t])
        for level in range(5):
            out[f"evict.{tlb}{level}"] = int(a[L.STAT_EVICTIONS + t * 5 + level])
    out["flushes"] = int(a[L.STAT_FLUSHES])
    return {k: v for k, v in out.items() if v}


def _model_contents(mmu):
    return sorted((e["tlb"], e["level"], e["vpn"] >> (9 * e["level"]) &
                   ((1 << (9 * LEVELS[mmu.mode] - 9 * e["level"])) - 1),
                   e["asid"], e["global"], e["pte"]) for e in mmu.entries())


@pytest.mark.parametrize("mode,policy", [(MODE_SV48, "lru"), (MODE_SV48, "fifo"),
                                         (MODE_SV39, "lru"), (MODE_SV57, "fifo")])
def test_tlb_model_agrees_with_the_reference_tlb_on_random_traces(mode, policy):
    rng = np.random.default_rng(7 + mode)
    config = TLBConfig.parse(f"dtlb4k=8x2,itlb4k=4x2,dtlb2m=2x2,itlb2m=2,dtlb1g=2,"
                             f"policy={policy}")
    levels = LEVELS[mode]
    ram = np.zeros(MEM * 4, dtype=np.uint8)           # 4 MiB: room for 2 MiB pages
    words = ram.view(np.uint64)
    mmu = Mmu(config, svade=False)
    ref = RefTLB(config, mode, svade=False)
    # Two address spaces with hand-built tables: roots at pages 0 and 1, tables after.
    next_table = [DRAM_BASE + 2 * 4096]

    def table_for(root, va, level):
        a = root
        for i in range(levels - 1, level, -1):
            index = (a - DRAM_BASE) // 8 + ((va >> (12 + 9 * i)) & 511)
            if not words[index] & PTE_V:
                words[index] = (next_table[0] >> 12 << 10) | PTE_V
                next_table[0] += 4096
            a = int(words[index]) >> 10 << 12
        return (a - DRAM_BASE) // 8 + ((va >> (12 + 9 * level)) & 511)

    roots = {1: DRAM_BASE, 2: DRAM_BASE + 4096}
    vas = [0x10_0000 + i * 0x1000 for i in range(20)] + [0x4000_0000, 0x4020_0000]
    if levels > 3:
        vas.append(0x80_0000_0000 - 0x1000)             # top of the lower half of Sv39's range
    slots = {(asid, va): table_for(roots[asid], va, 1 if va >= 0x4000_0000 and
                                   va < 0x4040_0000 else 0)
             for asid in roots for va in vas}

    def random_leaf(va):
        level = 1 if 0x4000_0000 <= va < 0x4040_0000 else 0
        if rng.random() < 0.15:
            return 0
        flags = int(rng.choice([PTE_R, PTE_R | PTE_W, PTE_R | PTE_X, PTE_X,
                                PTE_R | PTE_W | PTE_X])) | PTE_V | PTE_U
        flags |= int(rng.choice([0, PTE_A, PTE_A | PTE_D, PTE_G]))
        if level:
            pa = DRAM_BASE + (2 << 20)
        else:
            pa = DRAM_BASE + (1 << 20) + int(rng.integers(0, 256)) * 4096
            if rng.random() < 0.05:
                pa = 0x10_0000
        return (pa >> 12 << 10) | flags

    for (asid, va), index in slots.items():
        words[index] = random_leaf(va)

    def set_asid(asid):
        mmu.configure(make_satp(mode, asid, roots[asid] >> 12))
        ref.asid, ref.root = asid, roots[asid]

    set_asid(1)
    outcomes = set()
    for step in range(2500):
        r = rng.random()
        if r < 0.80:
            va = int(rng.choice(vas)) + int(rng.integers(0, 512)) * 8
            access = int(rng.integers(0, 3))
            shadow = words.copy()
            expected = ref.translate(shadow, va, access)
            got = _outcome(lambda: mmu.translate(ram, va, access))
            assert got == expected, (step, hex(va), access)
            assert (words == shadow).all(), step
            outcomes.add(got[0])
        elif r < 0.90:                                   # the kernel edits a PTE, no fence
            asid, va = list(slots)[int(rng.integers(0, len(slots)))]
            words[slots[asid, va]] = random_leaf(va)
        elif r < 0.97:                                   # sfence.vma of a random form
            va = int(rng.choice(vas)) if rng.random() < 0.5 else None
            asid = int(rng.integers(1, 3)) if rng.random() < 0.5 else None
            mmu.flush(va, asid)
            ref.flush(va, asid)
        else:
            set_asid(int(rng.integers(1, 3)))
        if step % 50 == 0:
            assert _model_stats(mmu) == {k: v for k, v in ref.stats.items() if v}, step
    assert _model_stats(mmu) == {k: v for k, v in ref.stats.items() if v}
    assert _model_contents(mmu) == ref.contents()
    assert outcomes == {"ok", "page", "access"}
    assert ref.stats.get("evict.dtlb0", 0) > 0 and ref.stats.get("rewalk1", 0) > 0
