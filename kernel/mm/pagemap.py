"""PageMap: the kernel's record of every present user page, vpn -> the PTE it installed.

One 512-entry int64 array per leaf page-table page, keyed by vpn >> 9 -- the same shape as the
hardware tables, so this bookkeeping costs the host at most one 4 KiB array per 4 KiB
page-table page of the guest: it is bounded by guest memory like everything else.  A value of
0 means "no page" (a real shadow PTE always holds a frame number, so it is never 0).

It behaves like a dict for what the mm needs: get, in, [], []=, pop, len, iteration in vpn
order, and `in_range(lo, hi)` for the present vpns of a range.

Huge leaves (a 2 MiB leaf at level 1, a 1 GiB one at level 2) are recorded twice over:
  * every 4 KiB page the leaf covers has its ordinary entry, the PTE a small page at that
    address would have -- frame head_pfn + i, the leaf's flags -- so everything that only
    reads (page_bytes, copy_in/copy_out, /proc/pid/pagemap, mincore, the fault handler's
    first look) sees the right frame without knowing about huge pages;
  * `huge` maps the key (vpn >> 9) of every 2 MiB region a huge leaf covers to the leaf's
    level (1 or 2; a 1 GiB leaf puts its 512 region keys here).  huge_level(vpn) is how the
    mm tells a subpage of a huge leaf from a small page; pte_ops.py keeps both in step.
"""
from __future__ import annotations

import numpy as np

_MISSING = object()


class PageMap:
    __slots__ = ("tables", "count", "huge")

    def __init__(self):
        self.tables: dict[int, np.ndarray] = {}
        self.count = 0
        self.huge: dict[int, int] = {}        # vpn >> 9 -> level of the huge leaf there

    def huge_level(self, vpn: int) -> int:
        """The level (1: 2 MiB, 2: 1 GiB) of the huge leaf covering `vpn`, 0 if none."""
        return self.huge.get(vpn >> 9, 0) if self.huge else 0

    def set_huge(self, vpn: int, level: int, pte: int) -> None:
        """Record a huge leaf of `level` at `vpn` (aligned) whose head PTE is `pte`: every
        4 KiB page of it gets the entry (pfn + i, same flags).  The range must be empty."""
        regions = 1 << (9 * (level - 1))                  # 2 MiB regions it covers
        key0 = vpn >> 9
        step = np.arange(512, dtype=np.int64) << 10
        for r in range(regions):
            key = key0 + r
            table = self.tables.get(key)
            if table is None:
                table = self.tables[key] = np.zeros(512, dtype=np.int64)
            elif table.any():
                raise ValueError(f"PageMap.set_huge: region {key << 21:#x} is not empty")
            table[:] = step + (pte + (r << 19))
            self.huge[key] = level
        self.count += regions << 9

    def set_huge_flags(self, vpn: int, pte: int) -> None:
        """Rewrite the entries of the huge leaf at `vpn` (aligned) from its new head PTE."""
        level = self.huge[vpn >> 9]
        step = np.arange(512, dtype=np.int64) << 10
        for r in range(1 << (9 * (level - 1))):
            self.tables[(vpn >> 9) + r][:] = step + (pte + (r << 19))

    def clear_huge(self, vpn: int, keep_entries: bool = False) -> None:
        """Forget the huge leaf at `vpn` (aligned): its entries are removed too, unless
        `keep_entries` (a split: they become the entries of 512 small PTEs)."""
        level = self.huge[vpn >> 9]
        for r in range(1 << (9 * (level - 1))):
            key = (vpn >> 9) + r
            del self.huge[key]
            if not keep_entries:
                self.tables[key][:] = 0
                self.count -= 512

    def get(self, vpn: int, default=None):
        table = self.tables.get(vpn >> 9)
        if table is None:
            return default
        value = table.item(vpn & 511)         # a Python int (faster than int(table[i]))
        return value if value else default

    def __contains__(self, vpn: int) -> bool:
        table = self.tables.get(vpn >> 9)
        return table is not None and table.item(vpn & 511) != 0

    def __getitem__(self, vpn: int) -> int:
        value = self.get(vpn)
        if value is None:
            raise KeyError(vpn)
        return value

    def __setitem__(self, vpn: int, pte: int) -> None:
        key = vpn >> 9
        table = self.tables.get(key)
        if table is None:
            table = self.tables[key] = np.zeros(512, dtype=np.int64)
        index = vpn & 511
        if not table.item(index):
            self.count += 1
        table[index] = pte

    def pop(self, vpn: int, default=_MISSING):
        table = self.tables.get(vpn >> 9)
        if table is not None:
            index = vpn & 511
            value = table.item(index)
            if value:
                table[index] = 0
                self.count -= 1
                return value
        if default is _MISSING:
            raise KeyError(vpn)
        return default

    def __len__(self) -> int:
        return self.count

    def in_range(self, lo: int, hi: int) -> list[int]:
        """Present vpns in [lo, hi), ascending."""
        out: list[int] = []
        first, last = lo >> 9, (hi - 1) >> 9
        if hi <= lo:
            return out
        if last - first + 1 <= len(self.tables):
            keys = [k for k in range(first, last + 1) if k in self.tables]
        else:
            keys = sorted(k for k in self.tables if first <= k <= last)
        for key in keys:
            base = key << 9
            for index in np.flatnonzero(self.tables[key]):
                vpn = base + int(index)
                if lo <= vpn < hi:
                    out.append(vpn)
        return out

    def __iter__(self):
        return iter(self.in_range(0, 1 << 52))

    def keys(self):
        return list(self)

    def values(self):
        return [self.get(vpn) for vpn in self]

    def items(self):
        """(vpn, pte) pairs in vpn order (one numpy pass per table)."""
        out = []
        for key in sorted(self.tables):
            table = self.tables[key]
            index = np.flatnonzero(table)
            base = key << 9
            out.extend(zip([base + i for i in index.tolist()], table[index].tolist()))
        return out

    def clear(self) -> None:
        self.tables.clear()
        self.huge.clear()
        self.count = 0
