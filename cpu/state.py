"""Hart state: the numpy arrays the jitted core works on, with named views for Python.

All of it lives in a few int64 arrays (layout in `cpu/core/layout.py`), so a snapshot is a handful
of numpy copies and the core is called with few arguments:

* `hart`: registers x0..x31 (+ a write-only sink x32 that absorbs writes to x0), the scalar state
  `st` (pc, LR/SC reservation, instret, cycles, last stop cause and stval, ...), and the data
  micro-caches `uc`.
* `code`: the pre-decoded instruction pool (decoded slots, raw frame copies, pool table, the frame
  map).  It is a cache: it never holds architectural state and can be dropped at any time.
* `tables`: decode LUTs and the cost table (constant for one machine).
"""
from __future__ import annotations

import numpy as np

from .core import layout as S


class HartState:
    """The arrays of one hart; `x`, `st` and `uc` are views into `hart`."""

    def __init__(self, nframes: int):
        self.hart = np.zeros(S.HART_SIZE, dtype=np.int64)
        self.x = self.hart[S.X_BASE:S.X_BASE + S.X_SIZE]
        self.st = self.hart[S.ST_BASE:S.ST_BASE + S.ST_SIZE]
        self.uc = self.hart[S.UC_BASE:S.UC_BASE + S.UC_SIZE]
        self.st[S.FAST] = 1
        self.st[S.CAUSE] = S.STOP_BUDGET
        self.st[S.GEN_SEEN] = -1
        self.code = np.zeros(S.C_FMAP + nframes, dtype=np.int64)
        self.drop_code()

    def drop_code(self) -> None:
        """Forget every decoded instruction (and the micro-caches).

        Only the frame-map entries of frames in the pool are reset: the map has one word per
        RAM frame, and writing all of it would make the host allocate it (16 MiB for 8 GiB)."""
        pool = self.code[S.C_POOL:S.C_FMAP]
        fmap = self.code[S.C_FMAP:]
        for frame in pool[0::2].tolist():
            if frame >= 0:
                fmap[frame] = 0
        pool[:] = -1
        self.uc[:] = S.UC_EMPTY
        self.st[S.GEN_SEEN] = -1

    def drop_code_range(self, offset: int, n: int) -> None:
        """Forget decoded instructions of the frames overlapping RAM bytes [offset, offset+n)."""
        if n <= 0:
            return
        fmap = self.code[S.C_FMAP:]
        first, last = offset >> 12, (offset + n - 1) >> 12
        for frame in range(first, min(last, len(fmap) - 1) + 1):
            p = int(fmap[frame]) - 1
            if p >= 0:
                fmap[frame] = 0
                self.code[S.C_POOL + 2 * p] = -1

    def snapshot(self) -> np.ndarray:
        return self.hart.copy()

    def restore(self, hart: np.ndarray) -> None:
        self.hart[:] = hart
        self.drop_code()
