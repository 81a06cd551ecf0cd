"""The front panel's model: a kernel driven step by step, and read-only snapshots of its state.

    session = Session(["--mem", "16M", "programs/cow.s"])     # `pagelab run` options + program
    session.run_slice(50_000)           # run up to 50 000 instructions, then return
    session.run_until({"fault"})        # stop after the next page fault
    session.step_instruction()          # retire one instruction (traps in between are handled)
    session.frames()                    # FrameSnapshot: every physical frame's use
    session.walk(pid, va)               # the page-table walk of one address
    session.tlb()                       # every TLB array as sets x ways

Nothing here uses threads: the UI calls run_slice() between two screen refreshes.  Stepping is
built on the kernel's own pause points (kernel.pause(), kernel.pause_instret, see
kernel/kernel.py): the kernel's main loop returns after the current trap and continues on the
next call, so a run cut into slices makes the same events as a run in one go.

Breakpoints are event kinds (`break_kinds`) and virtual pages (`break_vas`: any event with a
`va` on that page); a listener on the kernel's tracer pauses the kernel when one is hit.

The snapshots read the kernel through read-only helpers (kernel/mm/inspect.py, the frame
table, Machine.tlb_entries / Mmu.walk) and never change kernel state.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

import numpy as np

from pagelab.kernel import trace as tr
from pagelab.kernel.mm import inspect
from pagelab.kernel.mm.physmem import PG_DIRTY, USE_NAMES
from pagelab.mmu.pte import LEVELS, PAGE_SHIFT, satp_fields, vpn as vpn_field
from pagelab.mmu.pte import pte_pa as pte_target
from pagelab.mmu.tlb import ARRAY_NAMES

# What a physical-memory cell shows (the order is the legend's).
CATEGORIES = ("free", "kernel", "slab", "pagetable", "anon", "file", "dirty", "shmem", "zero",
              "huge", "swapcache")
CAT = {name: i for i, name in enumerate(CATEGORIES)}
# frame-table use name -> category ("huge"/"swapcache" appear when the mm has such uses)
CATEGORY_OF_USE = {"free": "free", "reserved": "kernel", "kernel": "kernel", "slab": "slab",
                   "pagetable": "pagetable", "anon": "anon", "pagecache": "file",
                   "shmem": "shmem", "huge": "huge", "hugetlb": "huge", "swapcache": "swapcache"}
_USE_LUT = np.array([CAT[CATEGORY_OF_USE.get(name, "kernel")] for name in USE_NAMES] + [CAT["kernel"]] * (256 - len(USE_NAMES)), dtype=np.uint8)  # noqa: E501

DEFAULT_SLICE = 20_000            # instructions per UI refresh at speed 1


class SessionError(Exception):
    """Bad options or a program that cannot be loaded (the message says which)."""


@dataclass
class FrameSnapshot:
    base_pfn: int
    category: np.ndarray          # uint8 per frame, index into CATEGORIES
    counts: dict                  # category name -> frames


@dataclass
class WalkStep:
    level: int                    # 0 = 4 KiB leaf level
    index: int                    # VPN[level]
    pte_pa: int
    pte: int
    kind: str                     # table / leaf / invalid


@dataclass
class Walk:
    va: int
    pid: int
    mode: str                     # sv39 / sv48 / sv57
    asid: int
    vpns: list                    # VPN[top] .. VPN[0]
    offset: int
    steps: list = field(default_factory=list)
    pa: int | None = None         # translated address, None = the walk faults
    tlb_hit: str | None = None    # the TLB array holding this page, if any


@dataclass
class ProcessRow:
    pid: int
    comm: str
    state: str
    vsz_kb: int
    rss_kb: int
    swap_kb: int
    min_flt: int
    maj_flt: int


class Session:
    """A program run on a fresh kernel, driven in slices (module docstring)."""

    def __init__(self, argv: list[str], console_limit: int = 64_000):
        from pagelab.kernel.fs.devices import Console
        from pagelab.kernel.kernel import Kernel, SpawnError
        from pagelab.tools import run as runcli
        self.argv = list(argv)
        parser = runcli.build_parser()
        try:
            options = parser.parse_args(self.argv)
        except SystemExit:
            raise SessionError(f"bad run options: {' '.join(self.argv)}") from None
        if options.program is None:
            raise SessionError("PROGRAM is missing (the panel runs no interactive shell)")
        try:
            config = runcli.make_config(options)
        except runcli.UsageError as error:
            raise SessionError(str(error)) from None
        self.options = options
        self.console = bytearray()
        self._console_limit = console_limit
        config.console = Console(writer=self._console_write, reader=lambda count: b"")
        self.kernel = kernel = Kernel(config)
        self.events: list[tr.Event] = []
        self.break_kinds: set[str] = set()
        self.break_vas: set[int] = set()       # page numbers
        self.stop_kinds: set[str] = set()      # run_until's targets
        self.hit: tr.Event | None = None       # the event that paused the run
        # called with the event inside the tracepoint, while the kernel is still in the state
        # of that moment (the trap finishes before the run returns): e.g. a screen capture
        self.on_hit = None
        self.state = "ready"                   # ready / running / paused / exited / halted
        self.last_fault: tr.Fault | None = None
        self._tlb_seen: dict = {}
        kernel.trace.listen(self._on_event)
        try:
            self._trace_file = runcli.attach_tracing(kernel, options)   # --trace, --strace
        except runcli.UsageError as error:
            raise SessionError(str(error)) from None
        try:
            path = runcli.load_program(kernel, options.program, options.root)
            kernel.spawn(path, [options.program, *options.args], runcli.GUEST_ENV)
        except (runcli.LoadError, SpawnError) as error:
            raise SessionError(str(error)) from None

    @staticmethod
    def program_of(argv: list[str]) -> str | None:
        """The PROGRAM of a run argv (None if the argv does not parse)."""
        from pagelab.tools import run as runcli
        try:
            return runcli.build_parser().parse_args(list(argv)).program
        except SystemExit:
            return None

    # --- running ---------------------------------------------------------------------------
    def _console_write(self, data: bytes) -> int:
        self.console += data
        if len(self.console) > self._console_limit:
            del self.console[:len(self.console) - self._console_limit]
        return len(data)

    def _on_event(self, event: tr.Event) -> None:
        self.events.append(event)
        if event.kind == "fault":
            self.last_fault = event
        if event.kind in self.stop_kinds or self.is_breakpoint(event):
            self.hit = event
            self.kernel.pause()
            if self.on_hit is not None:
                self.on_hit(event)

    def is_breakpoint(self, event: tr.Event) -> bool:
        va = tr.event_va(event)
        return event.kind in self.break_kinds or (
            va is not None and va >> PAGE_SHIFT in self.break_vas)

    @property
    def finished(self) -> bool:
        return self.state in ("exited", "halted")

    def run_slice(self, instructions: int = DEFAULT_SLICE) -> str:
        """Run up to `instructions` instructions; returns the state: "paused" (slice used up or
        a breakpoint hit: see `hit`), "exited" (every process is gone) or "halted"
        (--max-instructions or deadlock: kernel.halt_reason)."""
        if self.finished:
            return self.state
        kernel = self.kernel
        self.hit = None
        kernel.pause_instret = kernel.machine.instret + max(1, int(instructions))
        self.state = "running"
        try:
            kernel.run()
        finally:
            kernel.pause_instret = None
        if kernel.halt_reason == "paused":
            self.state = "paused"
        elif kernel.halt_reason is None:
            self.state = "exited"
        else:
            self.state = "halted"
        if self.finished and self._trace_file not in (None, sys.stderr):
            self._trace_file.close()
            self._trace_file = None
        return self.state

    def step_instruction(self) -> str:
        return self.run_slice(1)

    def run_until(self, kinds, max_instructions: int = 50_000_000,
                  slice_: int = 1_000_000) -> tr.Event | None:
        """Run until an event of one of `kinds` (or the end); returns that event or None."""
        self.stop_kinds = set(kinds)
        try:
            start = self.kernel.machine.instret
            while not self.finished and self.kernel.machine.instret - start < max_instructions:
                self.run_slice(slice_)
                if self.hit is not None:
                    return self.hit
            return None
        finally:
            self.stop_kinds = set()

    def run_to_event_count(self, count: int, slice_: int = 1_000_000) -> None:
        """Run until at least `count` events have been emitted (replay's seek)."""
        target = count

        def stop(event):
            if len(self.events) >= target:
                self.kernel.pause()
        handle = self.kernel.trace.listen(stop)
        try:
            while not self.finished and len(self.events) < target:
                self.run_slice(slice_)
        finally:
            self.kernel.trace.unlisten(handle)

    def run_to_end(self, slice_: int = 1_000_000) -> str:
        while not self.finished:
            self.run_slice(slice_)
        return self.state

    def exit_status(self) -> int:
        return self.kernel.exit_status()

    # --- snapshots ---------------------------------------------------------------------------
    def frames(self) -> FrameSnapshot:
        physmem = self.kernel.physmem
        cats = _USE_LUT[np.asarray(physmem.use, dtype=np.uint8)]
        flags = np.asarray(physmem.flags, dtype=np.int64)
        dirty = ((flags & PG_DIRTY) != 0) & ((cats == CAT["file"]) | (cats == CAT["shmem"]))
        cats[dirty] = CAT["dirty"]
        zero = physmem.zero_pfn - physmem.base_pfn
        if 0 <= zero < len(cats):
            cats[zero] = CAT["zero"]
        counts = np.bincount(cats, minlength=len(CATEGORIES))
        return FrameSnapshot(physmem.base_pfn, cats,
                             {name: int(counts[i]) for i, name in enumerate(CATEGORIES)})

    def frame_info(self, pfn: int, dump_bytes: int = 128) -> dict:
        """One frame: use, counts, flags, the (pid, va) pairs mapping it, first bytes."""
        physmem = self.kernel.physmem
        idx = pfn - physmem.base_pfn
        if not 0 <= idx < physmem.nframes:
            raise ValueError(f"pfn {pfn:#x} is outside RAM")
        owner = inspect.frame_owner(physmem, pfn)
        pids = self._pids_by_mm()
        mappings = [(pid, va) for mm, va in owner["mappings"] for pid in pids.get(id(mm), [0])]
        return {"pfn": pfn, "pa": pfn << PAGE_SHIFT, "use": owner["use"],
                "refcount": owner["refcount"], "mapcount": owner["mapcount"],
                "flags": physmem.flags[idx], "zero_page": owner["zero_page"],
                "mappings": mappings,
                "bytes": self.kernel.machine.read_phys(pfn << PAGE_SHIFT, dump_bytes)}

    def _pids_by_mm(self) -> dict:
        pids: dict[int, list[int]] = {}
        for task in self.kernel.tasks.values():
            if task.mm is not None:
                pids.setdefault(id(task.mm), []).append(task.pid)
        return pids

    def processes(self) -> list[ProcessRow]:
        rows = []
        for task in sorted(self.kernel.tasks.values(), key=lambda t: t.pid):
            if task.pid == 1:
                continue
            mm = task.mm
            rows.append(ProcessRow(task.pid, task.comm, task.state.value,
                                   mm.total_vm * 4 if mm is not None else 0,
                                   mm.rss * 4 if mm is not None else 0,
                                   mm.swap_ents * 4 if mm is not None else 0,
                                   task.min_flt, task.maj_flt))
        return rows

    def task(self, pid: int):
        task = self.kernel.tasks.get(pid)
        return task if task is not None and task.mm is not None else None

    def maps(self, pid: int) -> str:
        task = self.task(pid)
        return task.mm.maps_text() if task is not None else ""

    def current_pid(self) -> int:
        task = self.kernel.current
        if task is not None and task.mm is not None:
            return task.pid
        live = [t.pid for t in self.kernel.live_user_tasks() if t.mm is not None]
        return live[0] if live else 0

    def walk(self, pid: int, va: int) -> Walk | None:
        """The Sv39/48/57 walk of `va` in `pid`'s page table, level by level (read-only)."""
        task = self.task(pid)
        if task is None:
            return None
        mode, asid, root = satp_fields(task.mm.satp)
        levels = LEVELS.get(mode)
        if levels is None:
            return None
        machine = self.kernel.machine
        va &= (1 << 64) - 1
        result = Walk(va, pid, {3: "sv39", 4: "sv48", 5: "sv57"}[levels], asid,
                      [vpn_field(va, lv) for lv in reversed(range(levels))],
                      va & ((1 << PAGE_SHIFT) - 1))
        # the walk itself is mmu/pagetable.py's (the one software walker of a page table)
        for level, index, pte_pa, pte, kind in task.mm.pt.walk_steps(va):
            result.steps.append(WalkStep(level, index, pte_pa, pte, kind))
            if kind == "leaf":
                size_mask = (1 << (PAGE_SHIFT + 9 * level)) - 1
                result.pa = (pte_target(pte) & ~size_mask) | (va & size_mask)
        for entry in machine.tlb_entries():
            size = 1 << (PAGE_SHIFT + 9 * entry["level"])
            if (entry["asid"] == asid or entry["global"]) and \
                    entry["va"] <= va < entry["va"] + size:
                result.tlb_hit = entry["structure"]
                break
        return result

    def tlb(self) -> dict:
        """{array name: {"sets", "ways", "entries": {(set, way): entry dict}, "new": set of
        (set, way) filled since the previous call (none on the first)}} for every array that
        exists."""
        config = self.kernel.machine.mmu.config
        out = {}
        for name in ARRAY_NAMES:
            shape = config.arrays[name]
            if shape.entries:
                out[name] = {"sets": shape.sets, "ways": shape.ways, "entries": {},
                             "new": set()}
        seen = {}
        for entry in self.kernel.machine.tlb_entries():
            key = (entry["structure"], entry["set"], entry["way"])
            out[entry["structure"]]["entries"][key[1:]] = entry
            seen[key] = (entry["filled"], entry["vpn"], entry["asid"])
            if self._tlb_seen and self._tlb_seen.get(key) != seen[key]:
                out[entry["structure"]]["new"].add(key[1:])
        self._tlb_seen = seen
        return out

    def counters(self) -> dict:
        """vmstat-like counters plus the TLB's hits, misses and hit rates."""
        kernel = self.kernel
        physmem = kernel.physmem
        stats = kernel.machine.stats()
        out = {"time_ns": kernel.now_ns(), "instret": kernel.machine.instret,
               "nr_free": physmem.nr_free, "nr_anon": physmem.nr_anon_pages,
               "nr_file": physmem.nr_file_pages, "nr_pagetable": physmem.nr_page_table_pages,
               "nr_dirty": physmem.nr_dirty}
        for name in ("pgfault", "pgmajfault", "cow_copies", "pgreuse", "oom_kill", "pswpin",
                     "pswpout"):
            out[name] = physmem.events.get(name, 0)
        for tlb, accesses in (("dtlb", ("load", "store")), ("itlb", ("fetch",))):
            hits = sum(stats.get(f"{tlb}.{a}.hits", 0) for a in accesses)
            misses = sum(stats.get(f"{tlb}.{a}.misses", 0) for a in accesses)
            out[f"{tlb}_hits"], out[f"{tlb}_misses"] = hits, misses
            out[f"{tlb}_hit_rate"] = hits / (hits + misses) if hits + misses else 0.0
        out["tlb_flushes"] = stats.get("flushes", 0)
        out["walks"] = stats.get("walks", 0)
        return out

    def event_counts(self) -> dict:
        counts: dict[str, int] = {}
        for event in self.events:
            key = event.kind if event.kind != "fault" else f"fault.{event.fault_kind}"
            counts[key] = counts.get(key, 0) + 1
        return counts


def aggregate(categories: np.ndarray, cells: int) -> tuple[np.ndarray, int]:
    """Fold frames into at most `cells` cells of k frames each; a cell shows the category
    most of its frames have, a used one winning over free when at least a quarter is used.
    Returns (cell categories, k)."""
    n = len(categories)
    k = max(1, -(-n // max(1, cells)))
    if k == 1:
        return categories, 1
    padded = np.full(-(-n // k) * k, CAT["free"], dtype=np.uint8)
    padded[:n] = categories
    rows = padded.reshape(-1, k)
    counts = np.stack([(rows == c).sum(axis=1) for c in range(len(CATEGORIES))], axis=1)
    used = counts.copy()
    used[:, CAT["free"]] = 0
    best_used = used.argmax(axis=1)
    use_wins = used.sum(axis=1) * 4 >= k
    return np.where(use_wins, best_used, CAT["free"]).astype(np.uint8), k
