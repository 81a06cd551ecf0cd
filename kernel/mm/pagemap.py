"""PageMap: the kernel's record of every present user page, vpn -> the PTE it installed.

One 512-entry int64 array per leaf page-table page, keyed by vpn >> 9 -- the same shape as the
hardware tables, so this bookkeeping costs the host at most one 4 KiB array per 4 KiB
page-table page of the guest: it is bounded by guest memory like everything else.  A value of
0 means "no page" (a real shadow PTE always holds a frame number, so it is never 0).

It behaves like a dict for what the mm needs: get, in, [], []=, pop, len, iteration in vpn
order, and `in_range(lo, hi)` for the present vpns of a range.
"""
from __future__ import annotations

import numpy as np

_MISSING = object()


class PageMap:
    __slots__ = ("tables", "count")

    def __init__(self):
        self.tables: dict[int, np.ndarray] = {}
        self.count = 0

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
        self.count = 0
