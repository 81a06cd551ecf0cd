"""Page reclaim: the mechanism (Linux mm/vmscan.c, mm/rmap.c).  The replacement policy
(kernel/policy/replacement.py) only chooses; everything that touches a page table is here or
in pte_ops.py.

LRU lists.  Every evictable page is on one of four lists, each an OrderedDict used as an
ordered set of frame numbers, oldest first: inactive/active x anon/file (what meminfo's
Active(anon) ... lines count).  A private anonymous page joins inactive anon when it is first mapped; a page-
cache page joins inactive file when it is read from its file.  A page leaves its list when
its frame is freed or when reclaim takes it.  Shared anonymous memory (shmem) is swap-backed
and lives on the anon lists, as in Linux; reclaim writes it to swap for its ShmemObject.

Reclaim of `n` pages (`shrink`):
  1. choose which lists to scan: anonymous pages only when a swap slot (or the swap cache)
     can take them, weighted against file pages by vm.swappiness (Linux get_scan_count);
  2. ask the policy for victims of one kind through a ReclaimView -- the lists, in order, and
     the operations a policy may use: page_referenced (rmap walk that tests and clears the
     PTEs' A bits -- without a TLB flush, as Linux riscv), rotate, activate, deactivate,
     isolate;
  3. evict each isolated page (a transparent huge page is split into 512 pages first: the
     others join the inactive list, see _split_thp): skip it (back to its list) when it is
     mlocked or pinned by
     someone other than its mappings and its cache; anonymous -> write it to a swap slot
     (once: a page still in the swap cache is clean), replace every PTE that maps it by the
     swap entry (rmap walk, TLB flush per page); file -> write it back if dirty, unmap it
     everywhere, drop it from the page cache.

Lazy free (MADV_FREE, Linux mark_page_lazyfree).  madvise(MADV_FREE) clears the dirty and
accessed bits of the range's private anonymous pages that only this process maps, and puts them
at the old end of the inactive anon list, in the `lazyfree` set.  Reclaim then frees such a
page without writing it anywhere -- even with no swap -- if none of its PTEs was dirtied since
(the next access reads zeros, pglazyfreed); a page written again is no longer lazily freeable
and goes back to the active list with its contents (Linux sets it swap-backed again).

Who reclaims: an allocation that finds no free frame (physmem.alloc_pages -> direct_reclaim,
counted pgscan_direct/pgsteal_direct) -- so anonymous faults, file reads, shmem, page tables
and slabs all reach reclaim before an OOM -- and the `kswapd0` kernel thread (pid 3, function
`kswapd` below), woken by a fault that finds free memory below the low watermark; the kernel
switches to it at once (a preemption point at fault entry), and it reclaims until free memory is
above high (kswapd_run, pgscan_kswapd/pgsteal_kswapd), charging its own system time on the
simulated clock.

Reference traces (for the `opt` policy).  Belady's OPT needs the future, so it is computed from
a recording of a previous run of the same program: `ReferenceRecorder` notes, as
(instructions retired, pid, virtual page), every page fault and every page that reclaim's
page_referenced finds with A set; `ReferenceTrace` reads such recordings back and answers "when
is this page next referenced after instruction count t?".  The clock is the machine's retired-
instruction count, which does not depend on which pages were evicted, so the two runs line up.
What a trace cannot see: a page's accesses between two looks at its A bit collapse into one
reference at the later look, and accesses to a resident page nobody looks at are not seen at
all.  It is the best a trace of faults and A bits gives, not a record of every access.
"""
from __future__ import annotations

import bisect
import random
from collections import OrderedDict

from pagelab.kernel.sysctl import sysctl_int
from pagelab.kernel.mm.physmem import (PG_ACTIVE, PG_DIRTY, PG_HEAD, PG_LRU, PG_REFERENCED,
                                       PG_SWAPCACHE, USE_ANON, USE_NAMES, USE_PAGECACHE,
                                       USE_SHMEM)
from pagelab.kernel.mm.vma import VM_EXEC, VM_LOCKED
from pagelab.kernel.trace import ReclaimScan, ReclaimSteal, emit_current as emit_reclaim
from pagelab.mmu.pte import PAGE_SHIFT, PTE_D

ANON, FILE = "anon", "file"
# The LRU list kind of a frame, by its physmem use: file pages on the file lists, everything
# else (anonymous, shmem/tmpfs: swap-backed) on the anon lists.  One table, so that the inlined
# look-ups of the hot paths cannot drift apart.
LRU_KIND = tuple(FILE if use == USE_PAGECACHE else ANON for use in range(len(USE_NAMES)))
SWAP_CLUSTER_MAX = 32
MAX_RECLAIM_RETRIES = 16


class ReclaimView:
    """What a replacement policy sees of the LRU lists, and the only things it may do.
    Pages are frame numbers.  `rng` is the kernel's seeded generator (random policy)."""

    def __init__(self, reclaimer: "Reclaimer", kind: str):
        self._r = reclaimer
        self.kind = kind
        self.rng = reclaimer.rng
        self.future = reclaimer.future          # ReferenceTrace of a previous run, or None
        self.isolated: list[int] = []
        # the policy's most frequent calls go straight to the mechanism (same as the methods
        # below, one Python call less per look)
        self.referenced = reclaimer.page_referenced
        self.test_clear_mark = reclaimer.test_clear_mark
        self.keep = reclaimer.keep

    def now(self) -> int:
        """The reference clock: instructions retired by the machine so far."""
        return self._r.clock()

    def page_ids(self, pfn: int) -> list[tuple[int, int]]:
        """(pid, virtual page number) of each mapping of the page (read-only; a page-cache page
        nobody maps has none)."""
        return self._r.page_ids(pfn)

    def inactive(self) -> dict:
        """The inactive list of this kind, oldest first (read-only: use the methods)."""
        return self._r.inactive[self.kind]

    def active(self) -> dict:
        return self._r.active[self.kind]

    def oldest(self, active: bool = False) -> int | None:
        lst = self._r.active[self.kind] if active else self._r.inactive[self.kind]
        return next(iter(lst), None)

    def size(self) -> int:
        """Pages of this kind on both lists."""
        return len(self._r.inactive[self.kind]) + len(self._r.active[self.kind])

    def referenced(self, pfn: int) -> int:
        """page_referenced: how many PTEs mapping the page had A set (now cleared)."""
        return self._r.page_referenced(pfn)

    def rotate(self, pfn: int) -> None:
        """Move the page to the young end of its list (a second chance)."""
        self._r.rotate(pfn)

    def activate(self, pfn: int) -> None:
        self._r.move(pfn, True)

    def test_clear_mark(self, pfn: int) -> bool:
        """Was the page's referenced mark (PG_referenced) set?  Clears it."""
        return self._r.test_clear_mark(pfn)

    def mark(self, pfn: int) -> None:
        """Set the page's referenced mark (PG_referenced)."""
        self._r.physmem.flags[pfn - self._r.physmem.base_pfn] |= PG_REFERENCED

    def keep(self, pfn: int) -> None:
        """Set the page's referenced mark and put it back at the young end of its list (Linux
        PAGEREF_KEEP: another trip around the list; not counted as a rotation)."""
        self._r.keep(pfn)

    def mapped_exec(self, pfn: int) -> bool:
        """Does any mapping of the page have VM_EXEC (a program's text)?"""
        return self._r.mapped_exec(pfn)

    def deactivate(self, pfn: int) -> None:
        self._r.move(pfn, False)

    def isolate(self, pfn: int) -> None:
        """Take the page off its list as a victim; the mechanism evicts it after the policy
        returns (or puts it back if it cannot)."""
        self._r.lru_del(pfn)
        self.isolated.append(pfn)


class Reclaimer:
    """LRU lists and reclaim for one PhysicalMemory (physmem.vmscan)."""

    def __init__(self, physmem):
        self.physmem = physmem
        # OrderedDicts, not dicts: a dict whose oldest entries keep being removed has to skip
        # their empty slots on every look at its first entry (~5 us per look with a few
        # thousand pages); an OrderedDict finds it at once.  Same order, same operations.
        self.inactive = {ANON: OrderedDict(), FILE: OrderedDict()}
        self.inactive_anon = self.inactive[ANON]      # (the fault path adds here directly)
        self.active = {ANON: OrderedDict(), FILE: OrderedDict()}
        self.policy = None              # set at boot (kernel/policy); None: built on first use
        self.tracker = None             # the policy, if it wants page_resident/page_gone
        self.kernel = None
        self.page_cache = None          # the PageCache registers itself
        self.rng = random.Random(0)
        self.busy = False
        self.recorder = None            # ReferenceRecorder while a run records its references
        self.future = None              # ReferenceTrace the opt policy reads
        self.lazyfree: set[int] = set()  # frames MADV_FREE made freeable (see the module doc)
        ev = physmem.events
        for key in ("pgscan_kswapd", "pgscan_direct", "pgsteal_kswapd", "pgsteal_direct",
                    "pgrefill", "pgactivate", "pgdeactivate", "pgrotated", "pswpin", "pswpout",
                    "workingset_refault_anon", "workingset_refault_file", "allocstall_normal",
                    "kswapd_wake", "pglazyfree", "pglazyfreed"):
            ev.setdefault(key, 0)
        self._evicted_file: set = set()      # (file key, index) dropped by reclaim: refaults
        self.wmark_low = 0                   # pages; refreshed by refresh_watermarks()
        self.kswapd_failures = 0             # runs in a row that freed nothing

    # --- list membership (called by pte_ops, the page cache, physmem.free_pages) ----------

    def lru_add(self, pfn: int, anon: bool) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        physmem.flags[idx] |= PG_LRU
        self.inactive[ANON if anon else FILE][pfn] = None
        if self.tracker is not None:
            self.tracker.page_resident(pfn, anon)

    def lru_del(self, pfn: int) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        flags = physmem.flags[idx]
        if not flags & PG_LRU:
            return
        physmem.flags[idx] = flags & ~(PG_LRU | PG_ACTIVE)
        if self.lazyfree and physmem.refcount[idx] == 0:
            self.lazyfree.discard(pfn)                  # freed (not isolated): forget it
        kind = LRU_KIND[physmem.use[idx]]
        (self.active if flags & PG_ACTIVE else self.inactive)[kind].pop(pfn, None)
        if self.tracker is not None:
            self.tracker.page_gone(pfn)

    def _kind(self, pfn: int) -> str:
        return LRU_KIND[self.physmem.use[pfn - self.physmem.base_pfn]]

    def rotate(self, pfn: int) -> None:
        idx = pfn - self.physmem.base_pfn
        flags = self.physmem.flags[idx]
        if not flags & PG_LRU:
            return
        lst = (self.active if flags & PG_ACTIVE else self.inactive)[self._kind(pfn)]
        lst.pop(pfn, None)
        lst[pfn] = None
        self.physmem.events["pgrotated"] += 1

    def test_clear_mark(self, pfn: int) -> bool:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        flags = physmem.flags[idx]
        if not flags & PG_REFERENCED:
            return False
        physmem.flags[idx] = flags & ~PG_REFERENCED
        return True

    def keep(self, pfn: int) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        flags = physmem.flags[idx]
        if not flags & PG_LRU:
            return
        physmem.flags[idx] = flags | PG_REFERENCED
        lst = (self.active if flags & PG_ACTIVE else self.inactive)[LRU_KIND[physmem.use[idx]]]
        lst.move_to_end(pfn)

    def mapped_exec(self, pfn: int) -> bool:
        for mm, vpn in list(self.physmem.rmap[pfn - self.physmem.base_pfn] or ()):
            vma = mm.vma_at(vpn << PAGE_SHIFT)
            if vma is not None and vma.flags & VM_EXEC:
                return True
        return False

    def move(self, pfn: int, to_active: bool) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        flags = physmem.flags[idx]
        if not flags & PG_LRU or bool(flags & PG_ACTIVE) == to_active:
            return
        kind = LRU_KIND[physmem.use[idx]]                            # (_kind, inlined)
        if to_active:
            self.inactive[kind].pop(pfn, None)
            self.active[kind][pfn] = None
            physmem.flags[idx] = flags | PG_ACTIVE
            physmem.events["pgactivate"] += 1
        else:
            self.active[kind].pop(pfn, None)
            self.inactive[kind][pfn] = None
            physmem.flags[idx] = flags & ~PG_ACTIVE
            physmem.events["pgdeactivate"] += 1

    def counts(self) -> dict:
        """Pages per list: {"active_anon": n, "inactive_anon": n, ...} (meminfo, vmstat)."""
        return {"active_anon": len(self.active[ANON]), "inactive_anon": len(self.inactive[ANON]),
                "active_file": len(self.active[FILE]), "inactive_file": len(self.inactive[FILE])}

    def page_referenced(self, pfn: int, flush: bool = False) -> int:
        """Walk the reverse map: count the PTEs with A set, clearing them (without a TLB flush,
        as Linux riscv's ptep_clear_flush_young: see PteOps.test_and_clear_young; `flush`
        flushes each cleared page too, for MADV_COLD).  A transparent huge page's PMDs count
        too."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        rmap = physmem.rmap[idx]
        if physmem.flags[idx] & PG_HEAD:                        # a THP: its PMDs too
            rmap = list(rmap or ()) + physmem.compound_rmap.get(idx, [])
        if not rmap:
            return 0
        if len(rmap) == 1 and self.recorder is None:      # the common case: one mapping
            mm, vpn = rmap[0]
            return 1 if mm.test_and_clear_young(vpn, flush) else 0
        young = [(mm, vpn) for mm, vpn in list(rmap) if mm.test_and_clear_young(vpn, flush)]
        if young and self.recorder is not None:
            for mm, vpn in young:
                self.recorder.note(self.clock(), self.pid_of(mm), vpn)
        return len(young)

    # --- reference traces (the opt policy) ----------------------------------------------------

    def clock(self) -> int:
        return self.kernel.machine.instret

    def pid_of(self, mm) -> int:
        """The pid of the task using address space `mm` (0 if none does)."""
        kernel = self.kernel
        current = kernel.current
        if current is not None and current.mm is mm:
            return current.pid
        for task in kernel.tasks.values():
            if task.mm is mm:
                return task.pid
        return 0

    def page_ids(self, pfn: int) -> list[tuple[int, int]]:
        rmap = self.physmem.rmap[pfn - self.physmem.base_pfn]
        return [(self.pid_of(mm), vpn) for mm, vpn in list(rmap or ())]

    def note_fault(self, mm, va: int) -> None:
        """A page fault at `va` (called by the fault path while recording)."""
        self.recorder.note(self.clock(), self.pid_of(mm), va >> PAGE_SHIFT)

    # --- reclaim --------------------------------------------------------------------------

    def _policy(self):
        if self.policy is None:
            from pagelab.kernel.policy import build_policy
            self.set_policy(build_policy(self.kernel, "replacement"))
        return self.policy

    def set_policy(self, policy) -> None:
        """Install a replacement policy; it is told about every page now resident."""
        self.policy = policy
        self.tracker = policy if policy.tracks_residency else None
        if self.tracker is None:
            return
        for lists in (self.inactive, self.active):
            for kind, lst in lists.items():
                for pfn in lst:
                    policy.page_resident(pfn, kind == ANON)

    def _swappiness(self) -> int:
        return max(0, min(200, sysctl_int(self.kernel, "vm.swappiness")))

    def shrink(self, count: int, kswapd: bool = False) -> int:
        """Reclaim up to `count` pages; returns how many frames were freed."""
        if self.busy:
            return 0
        self.busy = True
        try:
            return self._shrink(count, kswapd)
        finally:
            self.busy = False

    def _shrink(self, count: int, kswapd: bool) -> int:
        physmem = self.physmem
        swap = physmem.swap
        can_anon = swap.free_pages > 0 or bool(swap.cache) or bool(self.lazyfree)
        anon_n = len(self.inactive[ANON]) + len(self.active[ANON]) if can_anon else 0
        file_n = len(self.inactive[FILE]) + len(self.active[FILE])
        if anon_n + file_n == 0:
            return 0
        swappiness = self._swappiness()
        if anon_n and file_n:
            # get_scan_count: anon weighted by swappiness, file by 200 - swappiness, each
            # in proportion to its list sizes
            anon_w = swappiness * anon_n
            file_w = (200 - swappiness) * file_n
            # rounded to the nearest page: a list whose share is below half a page is not
            # scanned this time (Linux scans size >> priority pages of each list, nothing of
            # a list that small at the first priorities) -- a program's few text pages are
            # not taken for every batch of anonymous ones
            total = max(1, anon_w + file_w)
            anon_goal = (2 * count * anon_w + total) // (2 * total)
        else:
            anon_goal = count if anon_n else 0
        plan = [(ANON, anon_goal), (FILE, count - anon_goal)]
        freed = 0
        for kind, goal in plan + [(ANON, count), (FILE, count)]:   # then top up
            want = min(goal, count - freed)
            if want <= 0 or (kind == ANON and not anon_n):
                continue
            freed += self._shrink_list(kind, want, kswapd)
            if freed >= count:
                break
        return freed

    def _shrink_list(self, kind: str, want: int, kswapd: bool) -> int:
        physmem = self.physmem
        view = ReclaimView(self, kind)
        try:
            self._policy().select(view, want)
        except Exception:
            for pfn in view.isolated:
                self._putback(pfn, kind)
            raise
        ev = physmem.events
        ev["pgscan_kswapd" if kswapd else "pgscan_direct"] += len(view.isolated)
        ev[f"pgscan_{kind}"] = ev.get(f"pgscan_{kind}", 0) + len(view.isolated)  # _anon/_file
        trace_on = self.kernel is not None and self.kernel.trace.enabled
        if trace_on: emit_reclaim(self.kernel, ReclaimScan, len(view.isolated))  # noqa: E701
        freed = 0
        puts: list[int] = []                     # references evict leaves to drop at the end
        with physmem.batched_frees():            # (no guest instruction runs in reclaim)
            for pfn in view.isolated:
                if self.evict(pfn, puts):
                    freed += 1
                else:
                    self._putback(pfn, kind)
            physmem.put_pages(puts)
        ev["pgsteal_kswapd" if kswapd else "pgsteal_direct"] += freed
        ev[f"pgsteal_{kind}"] = ev.get(f"pgsteal_{kind}", 0) + freed
        if trace_on: emit_reclaim(self.kernel, ReclaimSteal, freed)  # noqa: E701
        if freed:
            self.kswapd_failures = 0         # reclaim works again: kswapd may retry
        return freed

    def _putback(self, pfn: int, kind: str) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if physmem.refcount[idx] > 0 and not physmem.flags[idx] & PG_LRU:
            self.move_to_active(pfn, kind)

    def move_to_active(self, pfn: int, kind: str) -> None:
        """An unevictable or busy page goes back, to the active list (Linux putback)."""
        physmem = self.physmem
        physmem.flags[pfn - physmem.base_pfn] |= PG_LRU | PG_ACTIVE
        self.active[kind][pfn] = None
        if self.tracker is not None:
            self.tracker.page_resident(pfn, kind == ANON)

    def evict(self, pfn: int, puts: list | None = None) -> bool:
        """Free one isolated page (see the module docstring).  False when it must stay.
        `puts`: in the usual case (an anonymous page mapped once) the frame's last references
        are appended there, for the caller to drop with the rest of its batch
        (physmem.put_pages), instead of dropped here."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        flags = physmem.flags[idx]
        rmap = physmem.rmap[idx]
        if rmap is not None and len(rmap) == 1 and not flags & PG_HEAD and \
                physmem.use[idx] == USE_ANON and physmem.mapcount[idx] == 1 and \
                not rmap[0][0].locked_vm and not (self.lazyfree and pfn in self.lazyfree):
            # the common case, the general code below in short: an anonymous page mapped once
            mm, vpn = rmap[0]
            swap = physmem.swap
            if flags & PG_SWAPCACHE:
                if physmem.refcount[idx] != 2:
                    return False                                # pinned
                entry = physmem.owner[idx]
                if not swap.hold(entry):
                    return False                                # swapoff is emptying it
                defer = puts is not None
                if mm.set_swap_entry(vpn, entry, not defer) & PTE_D:   # written since: the
                    swap.write(entry, physmem.read_frame(pfn))  # slot's copy is stale (pageout)
                swap.delete_from_cache(pfn, not defer)          # the last reference: freed
                if defer:
                    puts.append(pfn)                            # (the mapping's and the
                    puts.append(pfn)                            # cache's references)
                return True
            if physmem.refcount[idx] != 1:
                return False                                    # pinned
            entry = swap.store(pfn, 1)
            if entry is None:
                return False
            if puts is None:
                mm.set_swap_entry(vpn, entry)                   # the last reference: freed
            else:
                mm.set_swap_entry(vpn, entry, False)
                puts.append(pfn)
            return True
        if flags & PG_HEAD:
            if not self._split_thp(pfn):
                return False
            flags = physmem.flags[idx]
        rmap = list(physmem.rmap[idx] or ())
        for mm, vpn in rmap:
            if mm.locked_vm:
                vma = mm.vma_at(vpn << PAGE_SHIFT)
                if vma is None or vma.flags & VM_LOCKED:
                    return False                                # unevictable (mlock)
        use = physmem.use[idx]
        in_cache = flags & PG_SWAPCACHE or use == USE_PAGECACHE or \
            use == USE_SHMEM                                    # (the object's reference)
        if physmem.refcount[idx] != physmem.mapcount[idx] + (1 if in_cache else 0):
            return False                                        # pinned (a fault in progress)
        if use == USE_ANON:
            if pfn in self.lazyfree:
                return self._free_lazy(pfn, rmap)
            swap = physmem.swap
            if flags & PG_SWAPCACHE:
                entry = physmem.owner[idx]                      # already in its slot
                if not swap.area_of(entry).writeok:
                    return False                                # swapoff is emptying it
                swap.dup(entry, len(rmap))
                dirty = 0
                for mm, vpn in rmap:
                    dirty |= mm.set_swap_entry(vpn, entry)
                if dirty & PTE_D:                               # written since: the slot's
                    swap.write(entry, physmem.read_frame(pfn))  # copy is stale (pageout)
            else:
                entry = swap.get_slot()
                if entry is None:
                    return False
                swap.write(entry, physmem.read_frame(pfn))
                swap.add_to_cache(entry, pfn)
                swap.dup(entry, len(rmap))
                for mm, vpn in rmap:
                    mm.set_swap_entry(vpn, entry)
            swap.delete_from_cache(pfn)                         # the last reference: freed
            return True
        if use == USE_SHMEM:
            return self._swap_out_shmem(pfn, rmap)
        if use == USE_PAGECACHE:
            owner = physmem.owner[idx]
            for mm, vpn in rmap:
                mm.drop_mapping(vpn)
            cache = self.page_cache
            if cache is None or owner is None:
                return False
            file, index = owner
            if physmem.flags[idx] & PG_DIRTY:
                cache.writeback(file, index, reclaim=True)      # pageout
            cache.remove(file, index)
            from pagelab.kernel.mm.pagecache import file_key
            self._evicted_file.add((file_key(file), index))
            return True
        return False

    def _swap_out_shmem(self, pfn: int, rmap: list) -> bool:
        """Reclaim of a shared anonymous page (Linux shmem_writepage): write it to a swap
        slot, remove every PTE that maps it (a later access faults and the object reads it
        back) and let the object keep the swap entry."""
        physmem = self.physmem
        owner = physmem.owner[pfn - physmem.base_pfn]
        swap = physmem.swap
        entry = swap.get_slot() if owner is not None else None
        if entry is None:
            return False
        swap.write(entry, physmem.read_frame(pfn))
        swap.dup(entry, 1)                                      # held by the object
        for mm, vpn in rmap:
            mm.drop_mapping(vpn)
        owner[0].swapped_out(owner[1], entry)
        return True

    def _split_thp(self, pfn: int) -> bool:
        """A transparent huge page about to be reclaimed is split first (its PMDs into PTEs,
        then the page into 512 ordinary ones): reclaim then swaps it out 4 KiB at a time (Linux
        splits too when it cannot swap the THP out whole).  The head goes on being evicted;
        the other pages join the inactive list, to be taken next.  False if it stays whole."""
        from pagelab.kernel.mm.huge_memory import split_huge_page
        if not split_huge_page(self.physmem, pfn):
            return False
        physmem = self.physmem
        for sub in range(pfn + 1, pfn + 512):
            idx = sub - physmem.base_pfn
            if physmem.refcount[idx] and not physmem.flags[idx] & PG_LRU:
                self.lru_add(sub, physmem.use[idx] == USE_ANON)
        return True

    def _free_lazy(self, pfn: int, rmap: list) -> bool:
        """Reclaim of a MADV_FREE page: discard it if no PTE was dirtied since the madvise
        (Linux try_to_unmap_one on a !SwapBacked page); a re-dirtied page is kept (False:
        it goes back to the active list) and is an ordinary anonymous page again."""
        self.lazyfree.discard(pfn)
        for mm, vpn in rmap:
            mm.update_pte(vpn, flush=False)             # fold the walker's A/D into the shadow
            if mm.pages[vpn] & PTE_D:
                return False
        for mm, vpn in rmap:
            mm._zap_range(vpn << PAGE_SHIFT, (vpn + 1) << PAGE_SHIFT)   # last one frees it
        self.physmem.events["pglazyfreed"] += 1
        return True

    def mark_lazyfree(self, pfns: list[int]) -> None:
        """MADV_FREE: the pages (their PTEs already cleaned by madvise) may be discarded by
        reclaim; they go to the old end of the inactive anon list, as Linux moves them to the
        inactive list's tail."""
        for pfn in pfns:
            if not self.physmem.flags[pfn - self.physmem.base_pfn] & PG_LRU:
                continue
            if pfn not in self.lazyfree:
                self.lazyfree.add(pfn)
                self.physmem.events["pglazyfree"] += 1
            self.move(pfn, False)
            self._to_oldest(pfn)

    def _to_oldest(self, pfn: int) -> None:
        """Put an inactive page at the old end of its list (the next reclaim looks at it
        first)."""
        lst = self.inactive[self._kind(pfn)]
        lst[pfn] = None
        lst.move_to_end(pfn, last=False)

    def reclaim_pages(self, pfns: list[int]) -> int:
        """MADV_PAGEOUT: evict these pages now (Linux reclaim_pages), whatever the policy
        would choose.  Anonymous pages need a swap slot; busy pages are put back.  Returns the
        pages freed."""
        physmem = self.physmem
        freed = 0
        for pfn in pfns:
            idx = pfn - physmem.base_pfn
            if not physmem.flags[idx] & PG_LRU:
                continue
            kind = self._kind(pfn)
            self.lru_del(pfn)
            if self.evict(pfn):
                freed += 1
            else:
                self._putback(pfn, kind)
        physmem.events["pgsteal_direct"] += freed
        if self.kernel is not None and self.kernel.trace.enabled:
            emit_reclaim(self.kernel, ReclaimScan, len(pfns))
            emit_reclaim(self.kernel, ReclaimSteal, freed)
        return freed

    def deactivate_pages(self, pfns: list[int]) -> None:
        """MADV_COLD: move the pages to the old end of the inactive list, forgetting their
        accessed bits, so reclaim takes them first (Linux madvise_cold)."""
        physmem = self.physmem
        for pfn in pfns:
            idx = pfn - physmem.base_pfn
            if not physmem.flags[idx] & PG_LRU:
                continue
            self.page_referenced(pfn, flush=True)     # (Linux madvise_cold flushes them)
            self.move(pfn, False)
            self._to_oldest(pfn)

    def note_file_read(self, key, index: int) -> None:
        """A page-cache miss: a refault if reclaim dropped this page before."""
        if self._evicted_file:
            try:
                self._evicted_file.remove((key, index))
            except KeyError:
                return
            self.physmem.events["workingset_refault_file"] += 1

    def direct_reclaim(self, npages: int) -> int:
        """An allocation found no free frame: reclaim in the allocating context."""
        self.physmem.events["allocstall_normal"] += 1
        return self.shrink(max(npages, SWAP_CLUSTER_MAX), kswapd=False)

    # --- watermarks and kswapd --------------------------------------------------------------

    def watermarks(self) -> tuple[int, int, int]:
        """(min, low, high) in pages, from vm.min_free_kbytes (Linux
        __setup_per_zone_wmarks: low = min + max(min/4, managed * scale_factor / 10000),
        high = min + 2 * that).  min_free_kbytes 0 (pagelab's default) is computed as
        Linux does: sqrt(lowmem_kbytes * 16), clamped to 128..262144."""
        managed = self.physmem.total_pages
        kbytes = sysctl_int(self.kernel, "vm.min_free_kbytes")
        if kbytes <= 0:
            kbytes = min(max(int((managed * 4 * 16) ** 0.5), 128), 262144)
        wmin = kbytes >> 2
        scale = sysctl_int(self.kernel, "vm.watermark_scale_factor")
        step = max(wmin >> 2, managed * scale // 10000)
        return wmin, wmin + step, wmin + 2 * step

    def refresh_watermarks(self) -> tuple[int, int, int]:
        marks = self.watermarks()
        self.wmark_low = marks[1]
        return marks

    def wakeup_kswapd(self) -> None:
        """An allocation found free memory below the low watermark: wake the kswapd0 thread
        (Linux wakeup_kswapd, a wake_up_interruptible on its wait queue), then reach a
        preemption point (cond_resched): the woken thread runs now, before the allocation goes
        on -- so the page this fault is about to map cannot be reclaimed before the access
        completes.  Not woken while it has given up (kswapd_failures), as Linux."""
        if self.kswapd_failures >= MAX_RECLAIM_RETRIES:
            return
        task = self.kernel.kswapd_task                      # (None while the kernel boots)
        if task is not None and task.waiting_on == KSWAPD_WAIT:
            self.kernel.wake(KSWAPD_WAIT)
            self.kernel.cond_resched()

    def kswapd_run(self) -> int:
        """kswapd's work for one wake-up: reclaim while free memory is below the high
        watermark (it is woken below low).  After MAX_RECLAIM_RETRIES runs that freed nothing
        it stays asleep until some reclaim succeeds again (Linux kswapd_failures).  Runs at
        the end of a page fault that left free memory below low, so on simulated time: the
        same program gives the same reclaim.  Returns the pages freed."""
        physmem = self.physmem
        _, low, high = self.refresh_watermarks()
        if physmem.nr_free >= low or self.kswapd_failures >= MAX_RECLAIM_RETRIES or self.busy:
            return 0
        physmem.events["kswapd_wake"] += 1
        freed = 0
        while physmem.nr_free < high:
            got = self.shrink(SWAP_CLUSTER_MAX, kswapd=True)
            if not got:
                break
            freed += got
        if not freed:
            self.kswapd_failures += 1
        return freed


KSWAPD_WAIT = ("kswapd", 0)          # kswapd0's wait queue (pgdat->kswapd_wait of node 0)
KSWAPD_SCAN_CYCLES = 200             # kswapd's CPU cost per page it scans (isolate, rmap, unmap)


def kswapd(kernel, task) -> None:
    """One turn of the kswapd0 kernel thread's loop (Linux kswapd()): balance_pgdat --
    reclaim until free memory is above the high watermark (Reclaimer.kswapd_run) -- charged to
    its own system time on the simulated clock, KSWAPD_SCAN_CYCLES per page scanned; then
    sleep until the next wake-up."""
    vmscan = kernel.physmem.vmscan
    events = kernel.physmem.events
    scanned = events["pgscan_kswapd"]
    vmscan.kswapd_run()
    kernel.charge((events["pgscan_kswapd"] - scanned) * KSWAPD_SCAN_CYCLES, task)
    task.block_on(KSWAPD_WAIT)


class ReferenceRecorder:
    """The page references a run shows the kernel: (instret, pid, vpn), in order."""

    def __init__(self):
        self.refs: list[tuple[int, int, int]] = []

    def note(self, when: int, pid: int, vpn: int) -> None:
        self.refs.append((when, pid, vpn))

    def text(self) -> str:
        """The trace as a file holds it (pagelab run --opt-trace writes it): a header line,
        then one 'instret pid vpn' line per reference, vpn in hex."""
        return "# pagelab reference trace: instret pid vpn (hex)\n" + \
            "".join(f"{w} {p} {v:x}\n" for w, p, v in self.refs)


class TraceError(Exception):
    pass


class ReferenceTrace:
    """A recorded reference string, for looking ahead: next_use((pid, vpn), t)."""

    NEVER = float("inf")

    def __init__(self, refs):
        times: dict[tuple[int, int], list[int]] = {}
        for when, pid, vpn in refs:
            times.setdefault((pid, vpn), []).append(when)
        for lst in times.values():
            lst.sort()
        self.times = times
        self.count = sum(len(lst) for lst in times.values())

    @classmethod
    def parse(cls, text: str, name: str = "trace") -> "ReferenceTrace":
        """Read a recording (ReferenceRecorder.text).  TraceError names a bad line of `name`."""
        refs = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split()
            try:
                if len(parts) != 3:
                    raise ValueError
                refs.append((int(parts[0]), int(parts[1]), int(parts[2], 16)))
            except ValueError:
                raise TraceError(f"{name}:{number}: expected 'instret pid vpn', "
                                 f"got '{line.strip()[:60]}'") from None
        return cls(refs)

    def next_use(self, key: tuple[int, int], now: int) -> float:
        """The first recorded reference of page `key` after instruction count `now`."""
        lst = self.times.get(key)
        if not lst:
            return self.NEVER
        i = bisect.bisect_right(lst, now)
        return lst[i] if i < len(lst) else self.NEVER
