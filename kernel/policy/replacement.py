"""Page-replacement policies: which resident pages reclaim should evict.

The mechanism (kernel/mm/vmscan.py) owns the LRU lists, tests and clears the A bits through
the reverse map, unmaps, swaps out and writes back.  A policy implements `ReplacementPolicy`:
it is told when a page becomes resident and when it goes away, and asked to pick victims of
one kind (anonymous or file) through a `ReclaimView`, which shows the lists (oldest first)
and offers the only operations a policy may use: referenced(pfn) (page_referenced: were any
of the page's PTEs accessed since the last look? clears A), rotate, activate, deactivate and
isolate (take as a victim).  A policy never touches a page table, so no policy can corrupt
memory: at worst it evicts the wrong pages.

    fifo     oldest resident page first (the inactive list is kept in residence order)
    clock    second chance: a page whose A bit is set is cleared and moved to the back
    lru      Linux's two lists: new pages start inactive; an inactive page found referenced
             once is marked (PG_referenced) and kept for another trip around the list, and
             promoted to active when found referenced again (or by several mappings, or
             mapped executable); the active list is aged into the inactive one when it grows
             larger (the inactive list is never smaller than the active one)
    random   uniform choice among resident pages, from the kernel's seeded generator
    opt      Belady's: the page whose next use is farthest in the future, looked up in a
             reference trace recorded by a previous run of the same program (view.future,
             `pagelab run --opt-trace FILE`; see vmscan.py for what a trace can see).  With no
             trace every page looks unused and the oldest go (FIFO).
"""
from __future__ import annotations

import heapq
from itertools import chain, islice
from typing import Protocol

from pagelab.kernel.policy import register


class ReplacementPolicy(Protocol):
    """What vmscan needs from a replacement policy.  A policy that keeps no per-page state of
    its own sets `tracks_residency = False`, and the mechanism spares the fault path the two
    calls below."""

    tracks_residency: bool

    def page_resident(self, pfn: int, anon: bool) -> None:
        """Frame `pfn` joined an LRU list (a new page, or one put back)."""

    def page_gone(self, pfn: int) -> None:
        """Frame `pfn` left the lists (freed, or isolated for eviction)."""

    def select(self, view, count: int) -> None:
        """Isolate up to `count` victims of view.kind with view.isolate(pfn)."""


class _NoEvents:
    """Policies that keep no state of their own ignore the residency events."""

    tracks_residency = False

    def page_resident(self, pfn: int, anon: bool) -> None:
        pass

    def page_gone(self, pfn: int) -> None:
        pass


def _scan_limit(view) -> int:
    return 2 * view.size() + 1


def _oldest(view) -> int | None:
    """The oldest page of the inactive list, else of the active one."""
    pfn = view.oldest()
    return pfn if pfn is not None else view.oldest(active=True)


def _take_oldest(view, count: int) -> None:
    """Isolate the `count` oldest pages (FIFO; the fallback when every page was referenced)."""
    while count > 0:
        pfn = _oldest(view)
        if pfn is None:
            return
        view.isolate(pfn)
        count -= 1


@register("replacement", "fifo")
class Fifo(_NoEvents):
    """First in, first out: evict the page that has been resident longest."""

    def select(self, view, count: int) -> None:
        _take_oldest(view, count)


@register("replacement", "clock")
class Clock(_NoEvents):
    """Second chance on the accessed bit: the hand passes over referenced pages."""

    def select(self, view, count: int) -> None:
        budget = _scan_limit(view)
        while count > 0 and budget > 0:
            budget -= 1
            pfn = _oldest(view)
            if pfn is None:
                return
            if view.referenced(pfn):
                view.rotate(pfn)
            else:
                view.isolate(pfn)
                count -= 1
        _take_oldest(view, count)             # every page was referenced: the oldest go


@register("replacement", "lru")
class Lru(_NoEvents):
    """Linux's active/inactive lists with promotion on a second reference (Linux 6.1
    shrink_inactive_list / folio_check_references, shrink_active_list)."""

    def select(self, view, count: int) -> None:
        # The two lists (read-only views, oldest first) and the view's operations are looked
        # up once: this loop runs once or twice per page reclaimed.
        active, inactive = view.active(), view.inactive()
        referenced = view.referenced
        file = view.kind == "file"
        # age the active list: keep inactive >= active (Linux inactive_is_low).  Every page
        # goes, its A bits cleared, except a referenced page of a program's text
        budget = _scan_limit(view)
        while len(active) > len(inactive) and budget > 0:
            budget -= 1
            pfn = next(iter(active))
            if referenced(pfn) and file and view.mapped_exec(pfn):
                view.keep(pfn)
            else:
                view.deactivate(pfn)
        budget = _scan_limit(view)
        activate, isolate, keep = view.activate, view.isolate, view.keep
        test_clear_mark = view.test_clear_mark
        while count > 0 and budget > 0:
            if not inactive:
                pfn = next(iter(active), None)
                if pfn is None:
                    return
                budget -= 1
                view.deactivate(pfn)
                continue
            # The oldest pages, oldest first, a few dozen at a time: each page looked at leaves
            # the old end (isolated, activated, or kept at the young end), so this is the same
            # as taking the oldest page again for every look -- with one Python call less.
            for pfn in list(islice(inactive, min(budget, 64))):
                budget -= 1
                refs = referenced(pfn)
                marked = test_clear_mark(pfn)
                if not refs:
                    isolate(pfn)              # not used since the last look: the victim
                    count -= 1
                    if not count:
                        break
                elif marked or refs > 1 or (file and view.mapped_exec(pfn)):
                    view.mark(pfn)            # used again (or by several, or text): active
                    activate(pfn)
                else:
                    keep(pfn)                 # used once (the fault that mapped it): marked,
                                              # another trip around the inactive list
        _take_oldest(view, count)


@register("replacement", "random")
class Random:
    """A page chosen uniformly at random (seeded: runs repeat exactly)."""

    tracks_residency = True

    def __init__(self):
        self.pages: dict[bool, list[int]] = {True: [], False: []}
        self.where: dict[int, tuple[bool, int]] = {}

    def page_resident(self, pfn: int, anon: bool) -> None:
        if pfn in self.where:
            return
        lst = self.pages[anon]
        self.where[pfn] = (anon, len(lst))
        lst.append(pfn)

    def page_gone(self, pfn: int) -> None:
        found = self.where.pop(pfn, None)
        if found is None:
            return
        anon, i = found
        lst = self.pages[anon]
        last = lst.pop()
        if last != pfn:
            lst[i] = last
            self.where[last] = (anon, i)

    def select(self, view, count: int) -> None:
        lst = self.pages[view.kind == "anon"]
        while count > 0 and lst:
            view.isolate(lst[view.rng.randrange(len(lst))])   # isolate -> page_gone
            count -= 1


@register("replacement", "opt")
class Opt(_NoEvents):
    """Belady's optimal: evict the page used farthest in the future (needs --opt-trace FILE)."""

    def select(self, view, count: int) -> None:
        future = view.future
        if future is None:
            _take_oldest(view, count)
            return
        now = view.now()
        scored = []
        for order, pfn in enumerate(chain(view.inactive(), view.active())):
            ids = view.page_ids(pfn)
            next_use = min((future.next_use(key, now) for key in ids), default=future.NEVER)
            scored.append((-next_use, order, pfn))     # farthest first; ties: oldest first
        for _, _, pfn in heapq.nsmallest(count, scored):
            view.isolate(pfn)
