"""Page-table editing over emulated physical RAM: the only code that writes PTEs.

This is xv6's vm.c (`walk`, `mappages`, `uvmunmap`, `freewalk`) for Sv39/Sv48/Sv57, in plain
Python.  The tables live in the machine's RAM (a numpy uint8 array, DRAM at 0x8000_0000), so
helpers speak physical addresses: `pte_pa` is the address *of* a PTE, never a reference.

    va (Sv48):  sign | VPN[3] | VPN[2] | VPN[1] | VPN[0] | offset
                        root ->  table  ->  table  ->  leaf (level 0 = 4 KiB)

A leaf may sit at any level (a superpage: 2 MiB at level 1, 1 GiB at level 2, 512 GiB at
level 3, 256 TiB at level 4 in Sv57); its physical address must then be aligned to its size.

None of these functions flushes the TLB.  The caller must flush (machine.flush_tlb(va, asid),
i.e. sfence.vma) after changing or removing a mapping the hardware may have cached, and, as the
spec allows caching at any time, after installing one that replaces an invalid entry if the
hardware may have walked it already.  Bad arguments raise PageTableError naming the function.
"""
from __future__ import annotations

from typing import Callable, Iterator

import numpy as np

from .pte import (
    DRAM_BASE, LEVEL_PAGE_SIZE, LEVELS, MODE_BY_NAME, PAGE_SIZE, PTE_A, PTE_D, PTE_FLAGS_MASK,
    PTE_PPN_MASK, PTE_R, PTE_V, PTE_W, PTE_X, PTES_PER_TABLE, make_pte, pte_pa,
    to_unsigned64, va_bits, vpn,
)


class PageTableError(Exception):
    """A page-table operation that cannot be done (bad address, remap, not mapped ...)."""


class OutOfTableMemory(PageTableError):
    """The allocator returned None when a new page-table page was needed."""


def _ram_of(machine_or_ram) -> np.ndarray:
    ram = getattr(machine_or_ram, "ram", machine_or_ram)
    if not isinstance(ram, np.ndarray) or ram.dtype != np.uint8 or ram.ndim != 1:
        raise PageTableError("PageTable: expected a machine or its uint8 RAM array")
    if ram.size % PAGE_SIZE or not ram.flags.c_contiguous:
        raise PageTableError(f"PageTable: RAM size {ram.size} is not a multiple of {PAGE_SIZE}")
    return ram


class PageTable:
    """One address space's page table, rooted at physical address `root_pa`.

    `mode` is MODE_SV39/48/57 (or 'sv39', 'sv48', 'sv57').  `alloc`, if given, is the default
    allocator for missing intermediate tables: a callable returning the physical address of a
    4 KiB frame (or None when memory is exhausted); every table page is obtained through it.
    """

    def __init__(self, machine_or_ram, root_pa: int, mode=9, alloc: Callable | None = None):
        self.ram = _ram_of(machine_or_ram)
        self.ram64 = self.ram.view(np.int64)
        # PTEs are read and written through an unsigned 64-bit memoryview: indexing it gives
        # plain Python ints, several times faster than numpy scalars on the fault path.
        self._words = memoryview(self.ram).cast("Q")
        # The same view, public for the kernel's per-fault PTE writes (kernel/mm/pte_ops.py):
        # word (pte_pa - DRAM_BASE) >> 3, for a pte_pa a walk returned (no checks needed).
        self.words = self._words
        self._ram_end = DRAM_BASE + self.ram.size
        if isinstance(mode, str):
            if mode.lower() not in MODE_BY_NAME or mode.lower() == "bare":
                raise PageTableError(f"PageTable: unknown paging mode '{mode}' "
                                     f"(sv39, sv48 or sv57)")
            mode = MODE_BY_NAME[mode.lower()]
        if mode not in LEVELS:
            raise PageTableError(f"PageTable: unsupported mode {mode} (8, 9 or 10)")
        self.mode = mode
        self.levels = LEVELS[mode]
        self._top_shift = va_bits(mode) - 1          # bits va[63:top_shift] must be equal
        self._all_ones_top = (1 << (64 - self._top_shift)) - 1
        self.alloc = alloc
        self._check_table_pa(root_pa, "PageTable")
        self.root_pa = root_pa

    # --- raw PTE access -------------------------------------------------------------------
    def _check_table_pa(self, pa: int, who: str) -> None:
        if not isinstance(pa, (int, np.integer)) or pa % PAGE_SIZE:
            raise PageTableError(f"{who}: table address {pa!r} is not a 4 KiB aligned address")
        if not DRAM_BASE <= pa < DRAM_BASE + self.ram.size:
            raise PageTableError(f"{who}: table address {pa:#x} is outside physical RAM "
                                 f"{DRAM_BASE:#x}..{DRAM_BASE + self.ram.size:#x}")

    def read_pte(self, pte_pa: int) -> int:
        """The PTE stored at physical address `pte_pa` (unsigned)."""
        index = (pte_pa - DRAM_BASE) >> 3
        if pte_pa & 7 or not 0 <= index < len(self._words):
            raise PageTableError(f"read_pte: {pte_pa:#x} is not a PTE address in RAM")
        return self._words[index]

    def write_pte(self, pte_pa: int, pte: int) -> None:
        """Store a raw PTE value (e.g. a software swap entry with V=0).  Caller must flush."""
        index = (pte_pa - DRAM_BASE) >> 3
        if pte_pa & 7 or not 0 <= index < len(self._words):
            raise PageTableError(f"write_pte: {pte_pa:#x} is not a PTE address in RAM")
        self._words[index] = int(pte) & 0xFFFF_FFFF_FFFF_FFFF

    def _va(self, va, who: str) -> int:
        """`va` as an unsigned 64-bit int; PageTableError unless it is a canonical address."""
        if type(va) is not int:
            if not isinstance(va, (int, np.integer)):
                raise PageTableError(f"{who}: virtual address {va!r} is not an integer")
            va = int(va)
        if not -(1 << 63) <= va < (1 << 64):
            raise PageTableError(f"{who}: virtual address {va:#x} is not a 64-bit value")
        va &= 0xFFFF_FFFF_FFFF_FFFF
        top = va >> self._top_shift
        if top != 0 and top != self._all_ones_top:
            raise PageTableError(f"{who}: {va:#x} is not a canonical {self.mode_name} address")
        return va

    def _level(self, level, who: str) -> int:
        if type(level) is not int and not isinstance(level, np.integer):
            raise PageTableError(f"{who}: level {level!r} is not an integer")
        if not 0 <= level < self.levels:
            raise PageTableError(f"{who}: level {level!r} is not 0..{self.levels - 1} "
                                 f"for {self.mode_name}")
        return int(level)

    @property
    def mode_name(self) -> str:
        return {8: "Sv39", 9: "Sv48", 10: "Sv57"}[self.mode]

    # --- walking --------------------------------------------------------------------------
    def walk(self, va: int, alloc: Callable | None = None, level: int = 0) -> int | None:
        """Physical address of the PTE for `va` at `level` (xv6 `walk`).

        Missing tables above `level` are allocated with `alloc` (or the constructor's default
        if alloc is True); without an allocator, or if it returns None, the result is None.
        Raises PageTableError if a leaf (superpage) above `level` already covers `va`.
        """
        who = "walk"
        va = self._va(va, who)
        level = self._level(level, who)
        if alloc is True:
            alloc = self.alloc
        table = self.root_pa
        for lvl in range(self.levels - 1, level, -1):
            pte_addr = table + ((va >> (12 + 9 * lvl)) & 511) * 8     # vpn(va, lvl)
            pte = self._words[(pte_addr - DRAM_BASE) >> 3]
            if pte & PTE_V:
                if pte & (PTE_R | PTE_X):
                    raise PageTableError(f"{who}: {va:#x} is inside a "
                                         f"{_size_name(lvl)} superpage at level {lvl}")
                table = ((pte >> 10) & PTE_PPN_MASK) << 12          # pte_pa(pte)
                if not DRAM_BASE <= table < self._ram_end:
                    self._check_table_pa(table, who)          # raises with the details
                continue
            if alloc is None:
                return None
            if pte != 0:
                raise PageTableError(f"{who}: {va:#x}: level-{lvl} entry holds a software "
                                     f"value {pte:#x}; will not replace it with a table")
            new = alloc()
            if new is None:
                return None
            self._check_table_pa(new, f"{who} (allocator result)")
            self.ram[new - DRAM_BASE: new - DRAM_BASE + PAGE_SIZE] = 0
            self.write_pte(pte_addr, make_pte(new >> 12, PTE_V))
            table = new
        return table + vpn(va, level) * 8

    def walk_steps(self, va: int) -> list[tuple[int, int, int, int, str]]:
        """The hardware's walk of `va`, level by level, read-only (for showing it): a list of
        (level, index, pte_pa, pte, kind), kind "table", "leaf" or "invalid", ending at the
        first leaf or invalid entry, or at a table pointer that leads outside RAM.  A
        non-canonical `va` gives no steps (the hardware faults before walking)."""
        try:
            va = self._va(va, "walk_steps")
        except PageTableError:
            return []
        steps = []
        table = self.root_pa
        for lvl in range(self.levels - 1, -1, -1):
            index = vpn(va, lvl)
            pte_addr = table + index * 8
            pte = self._words[(pte_addr - DRAM_BASE) >> 3]
            if not pte & PTE_V:
                steps.append((lvl, index, pte_addr, pte, "invalid"))
                break
            if pte & (PTE_R | PTE_W | PTE_X):
                steps.append((lvl, index, pte_addr, pte, "leaf"))
                break
            steps.append((lvl, index, pte_addr, pte, "table"))
            table = pte_pa(pte)
            if not DRAM_BASE <= table < self._ram_end:
                break
        return steps

    def _find(self, va: int):
        """(pte_pa, pte, level) where a walk of va stops: at a leaf, an invalid entry, or
        (None, 0, level) when a table pointer leads outside RAM."""
        table = self.root_pa
        for lvl in range(self.levels - 1, -1, -1):
            pte_addr = table + ((va >> (12 + 9 * lvl)) & 511) * 8     # vpn(va, lvl)
            pte = self._words[(pte_addr - DRAM_BASE) >> 3]
            if not pte & PTE_V or pte & (PTE_R | PTE_X) or lvl == 0:
                return pte_addr, pte, lvl
            table = ((pte >> 10) & PTE_PPN_MASK) << 12              # pte_pa(pte)
            if not DRAM_BASE <= table < self._ram_end:
                return None, 0, lvl
        raise AssertionError("unreachable")

    def get(self, va: int) -> tuple[int, int] | None:
        """(pte, level) of the valid leaf mapping `va`, or None if it is not mapped."""
        pte_addr, pte, level = self._find(self._va(va, "get"))
        if pte_addr is None or not pte & PTE_V or not pte & (PTE_R | PTE_X):
            return None
        return pte, level

    def get_entry(self, va: int) -> tuple[int, int, int] | None:
        """(pte_pa, pte, level) where the walk of `va` ends, when that entry is non-zero: a
        valid leaf or an invalid entry holding a software value (e.g. swap).  Else None."""
        pte_addr, pte, level = self._find(self._va(va, "get_entry"))
        if pte_addr is None or pte == 0:
            return None
        if pte & PTE_V and not pte & (PTE_R | PTE_X):
            return None                       # a table pointer at level 0: malformed
        return pte_addr, pte, level

    def translate(self, va: int) -> int | None:
        """Physical address for `va` by a software walk (no permission or A/D checks)."""
        found = self.get(va)
        if found is None:
            return None
        pte, level = found
        size = LEVEL_PAGE_SIZE[level]
        return (pte_pa(pte) & ~(size - 1)) | (to_unsigned64(va) & (size - 1))

    # --- editing --------------------------------------------------------------------------
    def map(self, va: int, pa: int, flags: int, level: int = 0,
            alloc: Callable | None = None) -> int:
        """Map the page of `level` at `va` to `pa` with `flags` (V is added); return pte_pa.

        va and pa must be aligned to the page size of `level`; flags must make a leaf (R or X,
        never W without R).  Raises PageTableError on a remap (xv6 "mappages: remap") and
        OutOfTableMemory when a table is needed and the allocator gives none.  No flush.
        """
        who = "map"
        va = self._va(va, who)
        level = self._level(level, who)
        size = LEVEL_PAGE_SIZE[level]
        if not isinstance(pa, (int, np.integer)) or pa < 0 or (pa >> 12) > PTE_PPN_MASK:
            raise PageTableError(f"{who}: physical address {pa!r} is out of range")
        if va % size or pa % size:
            raise PageTableError(f"{who}: va {va:#x} and pa {pa:#x} must be aligned to the "
                                 f"{_size_name(level)} page size")
        _check_leaf_flags(flags, who)
        pte_addr = self.walk(va, alloc if alloc is not None else self.alloc, level)
        if pte_addr is None:
            raise OutOfTableMemory(f"{who}: no memory for a page table to map {va:#x}")
        old = self.read_pte(pte_addr)
        if old & PTE_V:
            raise PageTableError(f"{who}: remap of {va:#x} (entry {old:#x} is present)")
        self.write_pte(pte_addr, make_pte(pa >> 12, flags | PTE_V))
        return pte_addr

    def map_range(self, va: int, pa: int, nbytes: int, flags: int, level: int = 0,
                  alloc: Callable | None = None) -> None:
        """map() every page of `level` in [va, va + nbytes) to consecutive physical pages."""
        size = LEVEL_PAGE_SIZE[self._level(level, "map_range")]
        if nbytes <= 0 or nbytes % size:
            raise PageTableError(f"map_range: size {nbytes!r} is not a positive multiple of "
                                 f"{_size_name(level)}")
        for offset in range(0, nbytes, size):
            self.map(va + offset, pa + offset, flags, level, alloc)

    def unmap(self, va: int) -> int | None:
        """Clear the leaf (of any level) mapping `va`; return the old PTE, or None if `va`
        was not mapped.  Does not free tables or frames.  Caller must flush the TLB."""
        pte_addr, pte, level = self._find(self._va(va, "unmap"))
        if pte_addr is None or not pte & PTE_V or not pte & (PTE_R | PTE_X):
            return None
        self.write_pte(pte_addr, 0)
        return pte

    def set_flags(self, va: int, set: int = 0, clear: int = 0) -> int:
        """Set then clear flag bits (9:0) on the leaf mapping `va`; return the new PTE.
        The result must still be a valid leaf encoding.  Caller must flush the TLB."""
        who = "set_flags"
        for name, bits in (("set", set), ("clear", clear)):
            if not isinstance(bits, (int, np.integer)) or not 0 <= bits <= PTE_FLAGS_MASK:
                raise PageTableError(f"{who}: {name}={bits!r} must be PTE bits 9:0")
        pte_addr, pte, level = self._find(self._va(va, who))
        if pte_addr is None or not pte & PTE_V or not pte & (PTE_R | PTE_X):
            raise PageTableError(f"{who}: {to_unsigned64(va):#x} is not mapped")
        new = (pte | set) & ~clear
        if new & (PTE_R | PTE_W) == PTE_W:
            raise PageTableError(f"{who}: result {new:#x} has W without R (reserved)")
        if new & PTE_V and not new & (PTE_R | PTE_X):
            raise PageTableError(f"{who}: result {new:#x} would turn the leaf into a table "
                                 f"pointer (no R and no X)")
        self.write_pte(pte_addr, new)
        return new

    def clear_ad(self, va: int, accessed: bool = True, dirty: bool = True) -> int:
        """Clear A and/or D on the leaf mapping `va`; return the PTE as it was before.
        (Reference-bit sampling for page replacement.)  Caller must flush the TLB entry, or
        the hardware keeps using its cached copy and will not set A again."""
        mask = (PTE_A if accessed else 0) | (PTE_D if dirty else 0)
        pte_addr, pte, level = self._find(self._va(va, "clear_ad"))
        if pte_addr is None or not pte & PTE_V or not pte & (PTE_R | PTE_X):
            raise PageTableError(f"clear_ad: {to_unsigned64(va):#x} is not mapped")
        self.write_pte(pte_addr, pte & ~mask)
        return pte

    # --- huge pages: split and collapse --------------------------------------------------
    def split(self, va: int, alloc: Callable | None = None) -> int:
        """Replace the superpage leaf covering `va` by a table of 512 leaves one level down
        with the same flags (A, D, G, U, RSW kept) and consecutive physical pages; return the
        new table's pa.  (THP split on a partial munmap/mprotect.)  Caller must flush the TLB
        for the superpage (a flush of any address inside it drops the cached entry)."""
        who = "split"
        pte_addr, pte, level = self._find(self._va(va, who))
        if pte_addr is None or not pte & PTE_V or not pte & (PTE_R | PTE_X):
            raise PageTableError(f"{who}: {to_unsigned64(va):#x} is not mapped")
        if level == 0:
            raise PageTableError(f"{who}: {to_unsigned64(va):#x} is a 4 KiB page, not a "
                                 f"superpage")
        allocator = alloc if alloc is not None else self.alloc
        new = allocator() if allocator is not None else None
        if new is None:
            raise OutOfTableMemory(f"{who}: no memory for a page table to split "
                                   f"{to_unsigned64(va):#x}")
        self._check_table_pa(new, f"{who} (allocator result)")
        flags = pte & PTE_FLAGS_MASK
        first_ppn = (pte >> 10) & PTE_PPN_MASK
        step = 1 << (9 * (level - 1))                  # small pages per new leaf, in ppn units
        base = (new - DRAM_BASE) >> 3
        for index in range(PTES_PER_TABLE):
            self._words[base + index] = ((first_ppn + index * step) << 10) | flags
        self.write_pte(pte_addr, make_pte(new >> 12, PTE_V))
        return new

    def collapse(self, va: int, pa: int, flags: int, level: int) -> list[int]:
        """Replace the table subtree at `level` covering `va` by one superpage leaf mapping
        `pa` with `flags`; return the table pages removed (children first) for the caller to
        free, with the frames their leaves mapped.  (khugepaged collapse.)  Caller must flush
        every page of the range (or the whole ASID) from the TLB."""
        who = "collapse"
        va = self._va(va, who)
        level = self._level(level, who)
        if level == 0:
            raise PageTableError(f"{who}: level must be 1 or more (a superpage)")
        size = LEVEL_PAGE_SIZE[level]
        if va % size or not isinstance(pa, (int, np.integer)) or pa < 0 or pa % size \
                or (pa >> 12) > PTE_PPN_MASK:
            raise PageTableError(f"{who}: va {va:#x} and pa {pa!r} must be aligned to the "
                                 f"{_size_name(level)} page size")
        _check_leaf_flags(flags, who)
        pte_addr = self.walk(va, None, level)
        if pte_addr is None:
            raise PageTableError(f"{who}: no table path to level {level} for {va:#x}")
        old = self.read_pte(pte_addr)
        if not old & PTE_V or old & (PTE_R | PTE_X):
            raise PageTableError(f"{who}: the level-{level} entry for {va:#x} is not a table")
        removed: list[int] = []
        self._tables(pte_pa(old), level - 1, removed)
        self.write_pte(pte_addr, 0)
        self.map(va, pa, flags, level)
        return list(reversed(removed))

    # --- iteration and teardown -----------------------------------------------------------
    def iter_leaves(self, va_lo: int = 0, va_hi: int | None = None,
                    include_invalid: bool = False) -> Iterator[tuple[int, int, int, int]]:
        """Yield (va, pte_pa, pte, level) for every valid leaf whose page starts in
        [va_lo, va_hi), in address order (va as unsigned 64-bit; high-half addresses
        sign-extended).  With include_invalid, non-zero entries with V=0 (software entries
        such as swap) are yielded too.  Default range: the lower (user) half."""
        top = 1 << (va_bits(self.mode) - 1)
        lo = to_unsigned64(va_lo)
        hi = top if va_hi is None else to_unsigned64(va_hi)
        if va_hi is not None and va_hi == 1 << 64:
            hi = 1 << 64
        yield from self._iter(self.root_pa, self.levels - 1, 0, lo, hi, include_invalid)

    def _iter(self, table, level, base, lo, hi, include_invalid):
        size = LEVEL_PAGE_SIZE[level]
        bits = va_bits(self.mode)
        first = (table - DRAM_BASE) >> 3
        # Only non-zero entries matter; numpy finds them without a Python loop over 512.
        for index in np.flatnonzero(self.ram64[first: first + PTES_PER_TABLE]).tolist():
            start = base + index * size
            if start >> (bits - 1):                     # upper half: sign-extend
                va = start | ((1 << 64) - (1 << bits))
            else:
                va = start
            if va + size <= lo or va >= hi:
                continue
            pte_addr = table + index * 8
            pte = self._words[first + index]
            if not pte & PTE_V:
                if include_invalid and lo <= va < hi:
                    yield va, pte_addr, pte, level
                continue
            if pte & (PTE_R | PTE_X):
                if lo <= va < hi:
                    yield va, pte_addr, pte, level
                continue
            child = pte_pa(pte)
            if level > 0 and DRAM_BASE <= child < self._ram_end:
                yield from self._iter(child, level - 1, start, lo, hi, include_invalid)

    def table_pages(self) -> list[int]:
        """Physical addresses of every table page, root first (what VmPTE counts)."""
        pages = []
        self._tables(self.root_pa, self.levels - 1, pages)
        return pages

    def _tables(self, table, level, pages):
        pages.append(table)
        if level == 0:
            return
        first = (table - DRAM_BASE) >> 3
        for index in np.flatnonzero(self.ram64[first: first + PTES_PER_TABLE]).tolist():
            pte = self._words[first + index]
            if pte & PTE_V and not pte & (PTE_R | PTE_X):
                child = pte_pa(pte)
                if DRAM_BASE <= child < DRAM_BASE + self.ram.size:
                    self._tables(child, level - 1, pages)

    def free_tables(self, free: Callable[[int], None]) -> list[int]:
        """Call free(pa) for every table page, children before parents, the root last, and
        return them (xv6 `freewalk`).  Leaf frames are not freed: unmap them first.  The
        table contents are zeroed; the PageTable must not be used afterwards."""
        pages = self.table_pages()
        for pa in reversed(pages):
            self.ram[pa - DRAM_BASE: pa - DRAM_BASE + PAGE_SIZE] = 0
            free(pa)
        return list(reversed(pages))


def _check_leaf_flags(flags, who: str) -> None:
    """PageTableError unless `flags` (bits 9:0) make a valid leaf: R or X, never W without R."""
    if not isinstance(flags, (int, np.integer)) or not 0 <= flags <= PTE_FLAGS_MASK:
        raise PageTableError(f"{who}: flags {flags!r} must be PTE bits 9:0")
    if flags & (PTE_R | PTE_W) == PTE_W:
        raise PageTableError(f"{who}: flags {flags:#x} have W without R (a reserved encoding)")
    if not flags & (PTE_R | PTE_X):
        raise PageTableError(f"{who}: flags {flags:#x} have neither R nor X, so the entry "
                             f"would be a table pointer, not a leaf")


def _size_name(level: int) -> str:
    return ("4 KiB", "2 MiB", "1 GiB", "512 GiB", "256 TiB")[level]
