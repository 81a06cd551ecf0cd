"""`Mmu`: the Python owner of the jitted MMU state (one int64 array), for the machine and tools.

The CPU core passes `Mmu.array` to the jitted functions in mmu/core (translate, tlb_touch,
tlb_flush, set_satp); everything here is the slow, readable side: building the array from a
TLBConfig, configuring satp, flushing, statistics by name, the TLB contents for the front panel,
and translate / walk wrappers that raise PageFault / AccessFault.

The array's size is fixed by the TLB shape when the Mmu is built; to change the shape, build a
new Mmu.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .core import layout as L
from .pte import (
    DRAM_BASE, LEVEL_NAMES, LEVEL_PAGE_SIZE, MODE_NAMES, PAGE_SIZE, PTE_A, PTE_D, PTE_R, PTE_U,
    PTE_W, PTE_X, pte_ppn, satp_fields, to_signed64, to_unsigned64,
)
from .tlb import ARRAY_NAMES, POLICIES, TLB_NAMES, TLBConfig

# Access numbers (cpu/isa/causes.py Access) and scause numbers, as plain ints so that this
# module does not depend on the CPU package.
ACCESS_NAMES = ("load", "store", "fetch")
PAGE_FAULT_CAUSES = (13, 15, 12)        # load, store, fetch
ACCESS_FAULT_CAUSES = (5, 7, 1)

REASON_NAMES = {
    L.REASON_OK: "ok",
    L.REASON_NONCANONICAL: "non-canonical address",
    L.REASON_PTE_ACCESS: "page-table entry outside physical memory",
    L.REASON_INVALID: "invalid PTE (V=0)",
    L.REASON_RESERVED_RWX: "reserved encoding (W without R)",
    L.REASON_RESERVED_BITS: "reserved PTE bits 63:54 set",
    L.REASON_NONLEAF_BITS: "non-leaf PTE with D, A or U set",
    L.REASON_NO_LEAF: "no leaf PTE at level 0",
    L.REASON_PERMISSION: "permission denied",
    L.REASON_MISALIGNED: "misaligned superpage",
    L.REASON_A_CLEAR: "accessed bit clear (Svade)",
    L.REASON_D_CLEAR: "dirty bit clear (Svade)",
    L.REASON_PA_ACCESS: "physical address outside memory",
}


class MmuFault(Exception):
    """A translation fault: `cause` is the scause number, `va` the faulting address (stval)."""

    def __init__(self, cause: int, va: int, access: int = 0, reason: int = 0):
        self.cause = cause
        self.va = to_unsigned64(va)
        self.access = access
        self.reason = reason
        super().__init__(f"{ACCESS_NAMES[access]} at {self.va:#x}: scause {cause} "
                         f"({REASON_NAMES.get(reason, 'unknown')})")


class PageFault(MmuFault):
    """scause 12 (fetch), 13 (load) or 15 (store/AMO)."""


class AccessFault(MmuFault):
    """scause 1 (fetch), 5 (load) or 7 (store/AMO): a PTE or the page lies outside RAM."""


@dataclass(frozen=True)
class WalkResult:
    """What a side-effect-free walk found (Mmu.walk)."""
    ok: bool
    pa: int            # translated physical address, -1 on a fault
    pte: int           # the leaf PTE (or the PTE that made the walk fail; 0 if none was read)
    pte_pa: int        # physical address of that PTE (-1 if none)
    level: int         # its level (0 = 4 KiB leaf)
    global_: bool      # G set on the leaf or a table above it
    reason: int        # layout.REASON_*
    reads: int         # PTE reads the walk made

    @property
    def reason_name(self) -> str:
        return REASON_NAMES[self.reason]


_jit = None


def _core():
    """The jitted MMU functions (mmu/core/tlbwalk.py), imported on first use: importing them
    loads numba, which a Machine running the native core (cpu/core/native.py) never needs."""
    global _jit
    if _jit is None:
        from .core import tlbwalk
        _jit = tlbwalk
    return _jit


def as_ram64(ram) -> np.ndarray:
    """The int64 view of RAM the jitted MMU reads PTEs through.

    Accepts the machine's uint8 RAM array (its length a multiple of 4 KiB) or an int64 array.
    """
    if not isinstance(ram, np.ndarray) or ram.ndim != 1:
        raise TypeError("ram must be a one-dimensional numpy array")
    if ram.dtype == np.int64:
        return ram
    if ram.dtype != np.uint8:
        raise TypeError(f"ram must be a uint8 (or int64) numpy array, not {ram.dtype}")
    if ram.size % PAGE_SIZE or not ram.flags.c_contiguous:
        raise ValueError(f"ram must be contiguous and a multiple of {PAGE_SIZE} bytes "
                         f"(got {ram.size} bytes)")
    return ram.view(np.int64)


def _check_access(access) -> int:
    if not isinstance(access, (int, np.integer)) or not 0 <= int(access) <= 2:
        raise ValueError(f"access must be 0 (load), 1 (store) or 2 (fetch), not {access!r}")
    return int(access)


def _check_va(va) -> int:
    if not isinstance(va, (int, np.integer)) or not -(1 << 63) <= int(va) < (1 << 64):
        raise ValueError(f"virtual address {va!r} is not a 64-bit integer")
    return to_signed64(int(va))


def _splitmix64(x: int) -> int:
    """A well-mixed 64-bit value from x (seeds the per-array xorshift states)."""
    x = (x + 0x9E3779B97F4A7C15) & ((1 << 64) - 1)
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & ((1 << 64) - 1)
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & ((1 << 64) - 1)
    return x ^ (x >> 31)


class Mmu:
    """The MMU of one hart: satp, Svade/Svadu, privilege, and the TLB arrays with statistics."""

    def __init__(self, tlb: TLBConfig | None = None, svade: bool = False, satp: int = 0,
                 native=None):
        """`native`: a cpu.core.native.NativeCore to call the same compiled MMU functions
        through instead of numba's dispatchers (the Machine passes it; results are identical)."""
        self.config = tlb if tlb is not None else TLBConfig.default()
        if not isinstance(self.config, TLBConfig):
            raise TypeError(f"tlb must be a TLBConfig, not {type(self.config).__name__}")
        self.config.check()
        total = sum(self.config.array(s).entries for s in range(L.NSTRUCT))
        self.array = np.zeros(L.HEADER_WORDS + total * L.ESIZE, dtype=np.int64)
        first = L.HEADER_WORDS
        for s in range(L.NSTRUCT):
            shape = self.config.array(s)
            sd = L.SD_BASE + s * L.SD_SIZE
            a = self.array
            a[sd + L.SD_ENTRIES] = shape.entries
            a[sd + L.SD_WAYS] = shape.ways
            a[sd + L.SD_SETS] = shape.sets
            a[sd + L.SD_SET_MASK] = max(shape.sets - 1, 0)
            a[sd + L.SD_POLICY] = POLICIES[shape.replacement]
            a[sd + L.SD_FIRST] = first
            a[sd + L.SD_WAY_WORDS] = shape.ways * L.ESIZE
            a[sd + L.SD_RNG] = to_signed64(_splitmix64(self.config.seed * L.NSTRUCT + s) | 1)
            a[first + L.E_TAG: first + shape.entries * L.ESIZE: L.ESIZE] = -1
            first += shape.entries * L.ESIZE
        self.array[L.CFG_PRIV] = L.PRIV_U
        self.array[L.WC_BASE + L.WC_KEY: L.WC_BASE + L.WC_N * L.WC_SIZE: L.WC_SIZE] = -1
        self._native = native
        if native is not None:
            self._blk = native.block(self.array)      # the array's words for the native calls
            self._blk_addr = self._blk.ctypes.data
            self._ram_seen = None                     # RAM of the last translate, its block
            self._ram_blk = None
            self._ram_blk_addr = 0
        self.set_svade(svade)
        self.configure(satp)

    # --- configuration ------------------------------------------------------------------
    def configure(self, satp: int) -> None:
        """Write satp (mode, ASID, root).  Does not flush the TLB, as on hardware."""
        value = _check_va(satp)
        mode = satp_fields(value)[0]
        if mode not in MODE_NAMES:
            raise ValueError(f"satp {to_unsigned64(value):#x}: unsupported MODE {mode} "
                             f"(0 bare, 8 sv39, 9 sv48, 10 sv57)")
        if self._native is not None:
            self._native.set_satp(self._blk_addr, value)
        else:
            _core().set_satp(self.array, np.int64(value))

    @property
    def satp(self) -> int:
        return to_unsigned64(int(self.array[L.CFG_SATP]))

    @property
    def mode(self) -> int:
        return int(self.array[L.CFG_MODE])

    @property
    def asid(self) -> int:
        return int(self.array[L.CFG_ASID])

    @property
    def generation(self) -> int:
        return int(self.array[L.GEN])

    def set_svade(self, svade: bool) -> None:
        """Svade (True): a clear A, or D on a store, faults for the kernel to handle.
        Svadu (False, the default): the walker sets A and D in the PTE itself."""
        self.array[L.CFG_SVADE] = 1 if svade else 0

    @property
    def svade(self) -> bool:
        return bool(self.array[L.CFG_SVADE])

    def set_priv(self, priv: str = "U", sum: bool = False, mxr: bool = False) -> None:
        """Privilege of the translated accesses ('U' or 'S') and sstatus.SUM / MXR."""
        if priv not in ("U", "S"):
            raise ValueError(f"privilege must be 'U' or 'S', not {priv!r}")
        args = (L.PRIV_U if priv == "U" else L.PRIV_S, 1 if sum else 0, 1 if mxr else 0)
        if self._native is not None:
            self._native.set_priv(self._blk_addr, *args)
        else:
            _core().set_priv(self.array, *args)

    # --- operations -----------------------------------------------------------------------
    def flush(self, va: int | None = None, asid: int | None = None) -> int:
        """sfence.vma: va=None, asid=None flushes everything; see mmu/core/tlbwalk.py.
        Returns the number of entries dropped."""
        if type(va) is int and type(asid) is int and -(1 << 63) <= va < (1 << 63) \
                and asid >= 0:
            # Fast path for the kernel's per-page flush (once per page fault): a signed 64-bit
            # va and an ASID need no checks or numpy scalars; numba takes Python ints as int64.
            if self._native is not None:
                return self._native.tlb_flush(self._blk_addr, va, asid & L.ASID_MASK, 1, 1)
            return _core().tlb_flush(self.array, va, asid & L.ASID_MASK, 1, 1)
        use_va = va is not None
        use_asid = asid is not None
        va_value = _check_va(va) if use_va else 0
        if use_asid and (not isinstance(asid, (int, np.integer)) or asid < 0):
            raise ValueError(f"asid must be a non-negative integer, not {asid!r}")
        asid_value = int(asid) & L.ASID_MASK if use_asid else 0
        if self._native is not None:
            return self._native.tlb_flush(self._blk_addr, int(va_value), asid_value,
                                          int(use_va), int(use_asid))
        return int(_core().tlb_flush(self.array, np.int64(va_value), np.int64(asid_value),
                                     np.int64(use_va), np.int64(use_asid)))

    def translate(self, ram, va: int, access: int = 0) -> int:
        """Translate through the modelled TLB (counts statistics, sets A/D like the hardware).
        Returns the physical address; raises PageFault or AccessFault."""
        access = _check_access(access)
        value = _check_va(va)
        if self._native is not None:
            offset = self._native.translate(self._ram_block(ram), value, access)
        else:
            offset = int(_core().translate(self.array, as_ram64(ram), np.int64(value),
                                           np.int64(access)))
        if offset >= 0:
            return offset + DRAM_BASE
        reason = int(self.array[L.OUT_REASON])
        if offset == -2:
            raise AccessFault(ACCESS_FAULT_CAUSES[access], value, access, reason)
        raise PageFault(PAGE_FAULT_CAUSES[access], value, access, reason)

    def walk(self, ram, va: int, access: int = 0) -> WalkResult:
        """Walk the page table without touching the TLB, A/D bits or statistics."""
        access = _check_access(access)
        value = _check_va(va)
        pa = int(_core().walk_only(self.array, as_ram64(ram), np.int64(value), np.int64(access)))
        a = self.array
        return WalkResult(ok=pa >= 0, pa=pa if pa >= 0 else -1, pte=to_unsigned64(int(a[L.WALK_PTE])),
                          pte_pa=int(a[L.WALK_PTE_PA]), level=int(a[L.WALK_LEVEL]),
                          global_=bool(a[L.WALK_GLOBAL]), reason=int(a[L.WALK_REASON]),
                          reads=int(a[L.WALK_READS]))

    def _ram_block(self, ram) -> int:
        """Address of the native block (this MMU's array, then RAM as int64) for `ram`."""
        if ram is not self._ram_seen:
            self._ram_blk = self._native.block(self.array, as_ram64(ram))
            self._ram_blk_addr = self._ram_blk.ctypes.data
            self._ram_seen = ram
        return self._ram_blk_addr

    # --- observation ------------------------------------------------------------------------
    def stats(self) -> dict:
        """Counters by name.  Keys (TLB = itlb|dtlb, SIZE = 4K..256T, ACC = load|store|fetch;
        the ITLB serves only fetches, the DTLB loads and stores):

        TLB.SIZE.ACC.hits / .misses   hits; misses whose walk found a leaf of that size
        TLB.ACC.hits / .misses        totals (misses include walks that faulted)
        TLB.ACC.faulting_walks        misses whose walk ended in a fault
        TLB.ACC.rewalks               matched entries lacking a permission or A/D (walked again)
        TLB.ACC.walk_reads            PTE reads made by those walks
        TLB.SIZE.fills / .evictions   entries written / valid entries replaced
        TLB.refill_drops              entries dropped because a new fill overlapped them
        page_faults.ACC, access_faults.ACC
        hits, misses, walks, walk_reads, flushes, flushed_entries, ad_writes, ad_faults
        """
        a = self.array
        out: dict[str, int] = {}
        for tlb, tlb_name in enumerate(TLB_NAMES):
            accesses = (2,) if tlb == L.ITLB else (0, 1)
            for acc in accesses:
                acc_name = ACCESS_NAMES[acc]
                hits = misses = 0
                for level, size in enumerate(LEVEL_NAMES):
                    h = int(a[L.STAT_HITS + level * L.NACCESS + acc])
                    m = int(a[L.STAT_MISSES + level * L.NACCESS + acc])
                    out[f"{tlb_name}.{size}.{acc_name}.hits"] = h
                    out[f"{tlb_name}.{size}.{acc_name}.misses"] = m
                    hits += h
                    misses += m
                faulting = int(a[L.STAT_FAULT_WALKS + acc])
                out[f"{tlb_name}.{acc_name}.hits"] = hits
                out[f"{tlb_name}.{acc_name}.misses"] = misses + faulting
                out[f"{tlb_name}.{acc_name}.faulting_walks"] = faulting
                out[f"{tlb_name}.{acc_name}.rewalks"] = int(a[L.STAT_REWALKS + acc])
                out[f"{tlb_name}.{acc_name}.walk_reads"] = int(a[L.STAT_WALK_READS + acc])
            for level, size in enumerate(LEVEL_NAMES):
                s = tlb * L.NSIZE + level
                out[f"{tlb_name}.{size}.fills"] = int(a[L.STAT_FILLS + s])
                out[f"{tlb_name}.{size}.evictions"] = int(a[L.STAT_EVICTIONS + s])
            out[f"{tlb_name}.refill_drops"] = int(a[L.STAT_REFILL_DROPS + tlb])
        for acc, acc_name in enumerate(ACCESS_NAMES):
            out[f"page_faults.{acc_name}"] = int(a[L.STAT_PAGE_FAULTS + acc])
            out[f"access_faults.{acc_name}"] = int(a[L.STAT_ACCESS_FAULTS + acc])
        out["hits"] = int(a[L.STAT_HITS: L.STAT_HITS + L.NSIZE * L.NACCESS].sum())
        out["walks"] = (int(a[L.STAT_MISSES: L.STAT_MISSES + L.NSIZE * L.NACCESS].sum())
                        + int(a[L.STAT_FAULT_WALKS: L.STAT_FAULT_WALKS + L.NACCESS].sum()))
        out["misses"] = out["walks"]
        out["walk_reads"] = int(a[L.STAT_WALK_READS: L.STAT_WALK_READS + L.NACCESS].sum())
        out["flushes"] = int(a[L.STAT_FLUSHES])
        out["flushed_entries"] = int(a[L.STAT_FLUSHED])
        out["ad_writes"] = int(a[L.STAT_AD_WRITES])
        out["ad_faults"] = int(a[L.STAT_AD_FAULTS])
        return out

    def report(self) -> str:
        """The TLB counters as a small table, for `pagelab run --stats` and the monitor."""
        s = self.stats()
        lines = [f"{'tlb':5s} {'access':6s} {'hits':>12s} {'misses':>10s} {'hit%':>7s} "
                 f"{'walk reads':>11s}"]
        for tlb, acc in (("itlb", "fetch"), ("dtlb", "load"), ("dtlb", "store")):
            hits, misses = s[f"{tlb}.{acc}.hits"], s[f"{tlb}.{acc}.misses"]
            rate = f"{100.0 * hits / (hits + misses):.2f}" if hits + misses else "-"
            lines.append(f"{tlb:5s} {acc:6s} {hits:12d} {misses:10d} {rate:>7s} "
                         f"{s[f'{tlb}.{acc}.walk_reads']:11d}")
        for tlb, accs in (("itlb", ("fetch",)), ("dtlb", ("load", "store"))):
            for size in LEVEL_NAMES:
                hits = sum(s[f"{tlb}.{size}.{a}.hits"] for a in accs)
                misses = sum(s[f"{tlb}.{size}.{a}.misses"] for a in accs)
                if hits or misses:
                    lines.append(f"  {tlb}.{size}: {hits} hits, {misses} misses, "
                                 f"{s[f'{tlb}.{size}.evictions']} evictions")
        lines.append(f"walks {s['walks']}, PTE reads {s['walk_reads']}, "
                     f"A/D writes {s['ad_writes']}, sfence.vma {s['flushes']} "
                     f"({s['flushed_entries']} entries)")
        return "\n".join(lines)

    def snapshot(self) -> np.ndarray:
        """A copy of the whole MMU state (TLB contents, satp, counters)."""
        return self.array.copy()

    def restore(self, snapshot: np.ndarray) -> None:
        """Put back a snapshot() in place (the CPU keeps its reference to `array`)."""
        if not isinstance(snapshot, np.ndarray) or snapshot.shape != self.array.shape \
                or snapshot.dtype != np.int64:
            raise ValueError("restore: the snapshot does not come from an Mmu of this TLB shape")
        # GEN must move past anything a CPU micro-cache saw, before or after the snapshot.
        generation = max(int(snapshot[L.GEN]), int(self.array[L.GEN])) + 1
        self.array[:] = snapshot
        self.array[L.GEN] = generation

    def reset_stats(self) -> None:
        """Zero every statistics counter (the TLB contents stay)."""
        self.array[L.STAT_BASE: L.STAT_END] = 0

    def entries(self) -> list[dict]:
        """The valid TLB entries, for the front panel and tests.

        Each: structure ('dtlb4k'), tlb, size ('4K'), level, set, way, va (page start), vpn
        (va >> 12), ppn and pa of the page, asid, global, perms ('rwxu' with '-' for clear),
        A, D, pte, pte_pa, last_used and filled (replacement clock values).
        """
        a = self.array
        levels = int(a[L.CFG_LEVELS])
        va_bits = int(a[L.CFG_VA_BITS])
        result = []
        for s in range(L.NSTRUCT):
            sd = L.SD_BASE + s * L.SD_SIZE
            tlb, level = divmod(s, L.NSIZE)
            ways = int(a[sd + L.SD_WAYS])
            first = int(a[sd + L.SD_FIRST])
            for i in range(int(a[sd + L.SD_ENTRIES])):
                e = first + i * L.ESIZE
                tag = int(a[e + L.E_TAG])
                if tag < 0:
                    continue
                va = tag * LEVEL_PAGE_SIZE[level]
                if levels and va >> (va_bits - 1):          # sign-extend a high-half address
                    va -= 1 << va_bits
                pte = to_unsigned64(int(a[e + L.E_PTE]))
                ppn = pte_ppn(pte) & ~((1 << (9 * level)) - 1)
                result.append({
                    "structure": ARRAY_NAMES[s], "tlb": TLB_NAMES[tlb],
                    "size": LEVEL_NAMES[level], "level": level,
                    "set": i // ways, "way": i % ways,
                    "va": to_unsigned64(va), "vpn": to_unsigned64(va) >> 12,
                    "ppn": ppn, "pa": ppn << 12,
                    "asid": int(a[e + L.E_ASID]), "global": bool(a[e + L.E_GLOBAL]),
                    "perms": "".join(ch if pte & bit else "-" for ch, bit in
                                     (("r", PTE_R), ("w", PTE_W), ("x", PTE_X), ("u", PTE_U))),
                    "A": bool(pte & PTE_A), "D": bool(pte & PTE_D),
                    "pte": pte, "pte_pa": int(a[e + L.E_PTE_PA]),
                    "last_used": int(a[e + L.E_USED]), "filled": int(a[e + L.E_FILLED]),
                })
        return result
