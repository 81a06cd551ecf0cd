"""GapTree: the free gaps between VMAs, searchable in O(log n) (Linux keeps the largest gap of
each maple-tree subtree for the same purpose; before 6.1 it was the rb-tree's
`rb_subtree_gap`).

The tree is a treap (a binary search tree kept balanced by random priorities) of the VMAs of
one address space, ordered by start address.  Each node also knows, for its subtree: the
first start, the last end, and the largest gap *between* two of its VMAs.  That is enough to
find the highest gap of at least `length` bytes below an address without visiting every VMA:
a subtree whose largest gap is too small is skipped whole.

The gap below a VMA that grows down (the stack) is shortened by the stack guard gap, as
Linux's vm_start_gap() does.  Insert, remove and search cost O(log n) expected.
"""
from __future__ import annotations

import random

from pagelab.kernel.mm.mmap import STACK_GUARD_GAP
from pagelab.kernel.mm.vma import VM_GROWSDOWN


class _Node:
    __slots__ = ("start", "gap_top", "end", "prio", "left", "right",
                 "first_top", "last_end", "max_gap")

    def __init__(self, start: int, gap_top: int, end: int, prio: float):
        self.start = start
        self.gap_top = gap_top          # where the gap below this VMA ends (guard applied)
        self.end = end
        self.prio = prio
        self.left = self.right = None
        self.first_top = gap_top
        self.last_end = end
        self.max_gap = -1

    def update(self) -> None:
        left, right = self.left, self.right
        best = -1
        if left is not None:
            self.first_top = left.first_top
            best = max(left.max_gap, self.gap_top - left.last_end)
        else:
            self.first_top = self.gap_top
        if right is not None:
            self.last_end = right.last_end
            best = max(best, right.max_gap, right.first_top - self.end)
        else:
            self.last_end = self.end
        self.max_gap = best


def _gap_top(vma) -> int:
    return vma.start - STACK_GUARD_GAP if vma.flags & VM_GROWSDOWN else vma.start


class GapTree:
    """The VMAs of one address space as gaps (see the module docstring)."""

    def __init__(self, seed: int = 0):
        self.root: _Node | None = None
        self._rng = random.Random(seed)

    # --- updates ------------------------------------------------------------------------
    def insert(self, vma) -> None:
        node = _Node(vma.start, _gap_top(vma), vma.end, self._rng.random())
        self.root = self._insert(self.root, node)

    def _insert(self, root, node):
        if root is None:
            return node
        if node.prio > root.prio:
            node.left, node.right = self._split(root, node.start)
            node.update()
            return node
        if node.start < root.start:
            root.left = self._insert(root.left, node)
        else:
            root.right = self._insert(root.right, node)
        root.update()
        return root

    def _split(self, root, key):
        """(nodes with start < key, nodes with start >= key)."""
        if root is None:
            return None, None
        if root.start < key:
            low, high = self._split(root.right, key)
            root.right = low
            root.update()
            return root, high
        low, high = self._split(root.left, key)
        root.left = high
        root.update()
        return low, root

    def remove(self, start: int) -> None:
        """Remove the VMA that started at `start` when it was inserted."""
        self.root = self._remove(self.root, start)

    def _remove(self, root, start):
        if root is None:
            raise KeyError(f"GapTree: no VMA starts at {start:#x}")
        if start == root.start:
            return self._merge(root.left, root.right)
        if start < root.start:
            root.left = self._remove(root.left, start)
        else:
            root.right = self._remove(root.right, start)
        root.update()
        return root

    def _merge(self, left, right):
        if left is None:
            return right
        if right is None:
            return left
        if left.prio > right.prio:
            left.right = self._merge(left.right, right)
            left.update()
            return left
        right.left = self._merge(left, right.left)
        right.update()
        return right

    # --- search -------------------------------------------------------------------------
    def highest_gap(self, length: int, low: int, high: int, top: int) -> int | None:
        """The highest address `addr` with [addr, addr + length) free, addr >= low and
        addr + length <= min(high, the upper end of its gap).  `top` is where the gap above
        the last VMA ends (TASK_SIZE)."""
        root = self.root
        if root is None:
            return _fit(low, min(top, high), length, low)
        found = _fit(root.last_end, min(top, high), length, low)     # above every VMA
        if found is not None:
            return found
        return self._search(root, low, length, low, high)

    def _search(self, node, prev_end, length, low, high):
        """Highest fit among the gaps of `node`'s subtree, the lowest of which starts at
        prev_end."""
        if node is None or prev_end + length > high or prev_end + length > node.last_end:
            return None
        if max(node.max_gap, node.first_top - prev_end) < length:
            return None
        if node.right is not None:
            found = self._search(node.right, node.end, length, low, high)
            if found is not None:
                return found
        below = node.left.last_end if node.left is not None else prev_end
        found = _fit(below, min(node.gap_top, high), length, low)
        if found is not None:
            return found
        return self._search(node.left, prev_end, length, low, high)


def _fit(lower: int, upper: int, length: int, low: int) -> int | None:
    if upper - length >= max(lower, low):
        return upper - length
    return None
