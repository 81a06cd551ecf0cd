"""Tracepoints: typed kernel events, delivered to whoever listens (Linux `include/trace/events`).

Every kernel has one tracer, `kernel.trace`.  A tracepoint in the kernel is one line::

    if kernel.trace.enabled: kernel.trace.emit(Fork, task.pid, child.pid)

`enabled` is False while nobody listens, so a tracepoint then costs one attribute test and
nothing else (`pagelab bench trace` measures it).  `emit(cls, pid, *fields)` stamps the event
with the simulated time (`kernel.now_ns()`), builds `cls(time_ns, pid, *fields)` and hands it to
every listener that asked for its kind.

A listener is any callable taking an event; `trace.listen(fn, kinds=None)` registers it (kinds:
a set of event names such as {"fault", "oom_kill"}, None = all) and returns a handle for
`trace.unlisten(handle)`.  Listeners must not change kernel state; one that wants the run to stop
(a breakpoint) calls `kernel.pause()` and the main loop returns after the current trap.

Events are frozen dataclasses; `event.kind` is the name used in JSON and on the command line,
`to_json(event)` / `from_json(dict)` convert both ways (JSON lines: `pagelab run --trace FILE`).
Every event has `time_ns` (simulated nanoseconds since boot) and `pid` (the task it concerns; 0
for the kernel itself).  A page fault's `kind` is one of FAULT_KINDS:

    minor   served without I/O (a new zeroed frame, a cached file page, A/D bits)
    major   a file page read from the "disk"
    cow     a store to a write-protected private page (the zero page too): copied, or reused
            when it is the only user
    zero    a load from untouched anonymous memory: the shared zero page is mapped
    segv    no mapping or access not allowed: SIGSEGV
    bus     past the end of a file mapping: SIGBUS
    oom     no frame could be found: the OOM killer runs
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Callable, ClassVar

from pagelab.mmu.pte import PTE_V, PTE_W, pte_pfn

ACCESS_NAMES = ("load", "store", "fetch")          # cpu/isa/causes.py Access 0/1/2
STORE = 1
SIGBUS = 7
FAULT_KINDS = ("minor", "major", "cow", "zero", "segv", "bus", "oom")


@dataclass(frozen=True, slots=True)
class Event:
    kind: ClassVar[str] = "event"
    time_ns: int
    pid: int


@dataclass(frozen=True, slots=True)
class Fault(Event):
    """A page fault the kernel handled (after the mm decided what it was)."""
    kind: ClassVar[str] = "fault"
    va: int
    access: str                  # load / store / fetch
    fault_kind: str              # FAULT_KINDS (JSON: "kind")
    pc: int


@dataclass(frozen=True, slots=True)
class SyscallEnter(Event):
    kind: ClassVar[str] = "syscall_enter"
    nr: int
    name: str
    args: tuple


@dataclass(frozen=True, slots=True)
class SyscallExit(Event):
    kind: ClassVar[str] = "syscall_exit"
    nr: int
    name: str
    args: tuple
    ret: int | None              # None: blocked or not returning (see `status`)
    status: str = "ok"           # ok / blocked / noreturn


@dataclass(frozen=True, slots=True)
class Fork(Event):
    kind: ClassVar[str] = "fork"
    child: int


@dataclass(frozen=True, slots=True)
class Exec(Event):
    kind: ClassVar[str] = "exec"
    path: str
    comm: str


@dataclass(frozen=True, slots=True)
class Exit(Event):
    kind: ClassVar[str] = "exit"
    status: int                  # the raw wait status (exit code << 8, or the signal)
    comm: str


@dataclass(frozen=True, slots=True)
class Signal(Event):
    """A signal delivered: its default action runs (handler 0 = SIG_DFL), it is ignored
    (1 = SIG_IGN), or a frame for the handler at that address is set up."""
    kind: ClassVar[str] = "signal"
    signo: int
    code: int
    handler: int


@dataclass(frozen=True, slots=True)
class OomKill(Event):
    """pid is the victim; `trigger` the task whose fault found no memory."""
    kind: ClassVar[str] = "oom_kill"
    trigger: int
    comm: str
    total_vm_kb: int
    rss_kb: int


@dataclass(frozen=True, slots=True)
class Map(Event):
    """A user PTE installed (or its target changed)."""
    kind: ClassVar[str] = "map"
    va: int
    pfn: int
    flags: int


@dataclass(frozen=True, slots=True)
class Unmap(Event):
    kind: ClassVar[str] = "unmap"
    va: int
    pfn: int


@dataclass(frozen=True, slots=True)
class Cow(Event):
    """Copy-on-write: the page's frame `old_pfn` was copied to `new_pfn` (a reused frame -- the
    mapping was its last user -- makes a `cow` fault but no copy)."""
    kind: ClassVar[str] = "cow"
    va: int
    old_pfn: int
    new_pfn: int


@dataclass(frozen=True, slots=True)
class TlbFlush(Event):
    """sfence.vma: va None = every page, asid None = every address space."""
    kind: ClassVar[str] = "tlb_flush"
    va: int | None
    asid: int | None


@dataclass(frozen=True, slots=True)
class SwapOut(Event):
    kind: ClassVar[str] = "swap_out"
    va: int
    pfn: int
    slot: int


@dataclass(frozen=True, slots=True)
class SwapIn(Event):
    kind: ClassVar[str] = "swap_in"
    va: int
    pfn: int
    slot: int


@dataclass(frozen=True, slots=True)
class ReclaimScan(Event):
    kind: ClassVar[str] = "reclaim_scan"
    scanned: int


@dataclass(frozen=True, slots=True)
class ReclaimSteal(Event):
    kind: ClassVar[str] = "reclaim_steal"
    stolen: int


@dataclass(frozen=True, slots=True)
class HugeAlloc(Event):
    kind: ClassVar[str] = "huge_alloc"
    va: int
    pfn: int


@dataclass(frozen=True, slots=True)
class HugeSplit(Event):
    kind: ClassVar[str] = "huge_split"
    va: int


@dataclass(frozen=True, slots=True)
class HugeCollapse(Event):
    kind: ClassVar[str] = "huge_collapse"
    va: int
    pfn: int


@dataclass(frozen=True, slots=True)
class Writeback(Event):
    """Dirty page-cache pages written to their files (mm/writeback.py): `reason` is periodic
    (expired), background, throttle (balance_dirty_pages), sync, fsync, msync or
    reclaim."""
    kind: ClassVar[str] = "writeback"
    pages: int
    reason: str


EVENT_TYPES: dict[str, type] = {cls.kind: cls for cls in (
    Fault, SyscallEnter, SyscallExit, Fork, Exec, Exit, Signal, OomKill, Map, Unmap, Cow,
    TlbFlush, SwapOut, SwapIn, ReclaimScan, ReclaimSteal, HugeAlloc, HugeSplit, HugeCollapse,
    Writeback)}
# command-line aliases for --trace-events
ALIASES = {"oom": "oom_kill", "syscall": "syscall_enter,syscall_exit", "swap": "swap_out,swap_in",
           "reclaim": "reclaim_scan,reclaim_steal", "huge": "huge_alloc,huge_split,huge_collapse",
           "process": "fork,exec,exit", "tlb": "tlb_flush"}


VA_EVENTS = (Fault, Map, Unmap, Cow, SwapOut, SwapIn, HugeAlloc, HugeSplit, HugeCollapse)


def event_va(event: Event) -> int | None:
    """The virtual address an event concerns, if it has one (a tlb_flush of one page too)."""
    if isinstance(event, VA_EVENTS) or isinstance(event, TlbFlush):
        return event.va
    return None


def parse_kinds(text: str) -> set[str]:
    """'fault,oom' -> {'fault', 'oom_kill'}; ValueError naming an unknown kind."""
    kinds: set[str] = set()
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        for name in ALIASES.get(item, item).split(","):
            if name not in EVENT_TYPES:
                raise ValueError(f"unknown event '{item}' (choose from "
                                 f"{', '.join(sorted(EVENT_TYPES) + sorted(ALIASES))})")
            kinds.add(name)
    if not kinds:
        raise ValueError("no event kinds given")
    return kinds


class Tracer:
    """The per-kernel event hub (module docstring)."""

    def __init__(self, clock: Callable[[], int]):
        self.enabled = False
        self._clock = clock
        self._listeners: list[tuple[Callable, frozenset | None]] = []

    def listen(self, listener: Callable, kinds=None):
        """Call `listener(event)` for every event (or only those of `kinds`); returns a handle."""
        if kinds is not None:
            kinds = frozenset(kinds)
            unknown = kinds - EVENT_TYPES.keys()
            if unknown:
                raise ValueError(f"unknown event kinds: {', '.join(sorted(unknown))}")
        handle = (listener, kinds)
        self._listeners.append(handle)
        self.enabled = True
        return handle

    def unlisten(self, handle) -> None:
        if handle in self._listeners:
            self._listeners.remove(handle)
        self.enabled = bool(self._listeners)

    def emit(self, cls: type, pid: int, *values) -> None:
        event = cls(self._clock(), pid, *values)
        kind = cls.kind
        for listener, kinds in list(self._listeners):
            if kinds is None or kind in kinds:
                listener(event)


# --- JSON --------------------------------------------------------------------------------------
def to_json(event: Event) -> dict:
    """`{"time_ns": .., "event": kind, "pid": .., field: value ...}` (a fault's fault_kind is
    "kind"; tuples become lists)."""
    out = {"time_ns": event.time_ns, "event": event.kind, "pid": event.pid}
    for f in fields(event)[2:]:
        value = getattr(event, f.name)
        out["kind" if f.name == "fault_kind" else f.name] = (
            list(value) if isinstance(value, tuple) else value)
    return out


def from_json(record: dict) -> Event:
    """The inverse of to_json; ValueError for a record that is not an event."""
    try:
        cls = EVENT_TYPES[record["event"]]
        values = []
        for f in fields(cls):
            key = "kind" if f.name == "fault_kind" else f.name
            if key in record:
                value = record[key]
            elif f.default is not MISSING:
                value = f.default
            else:
                raise KeyError(key)
            values.append(tuple(value) if isinstance(value, list) else value)
        return cls(*values)
    except (KeyError, TypeError) as error:
        raise ValueError(f"not a trace event: {record!r} ({error})") from None


def traced_fault(mm, va: int, access: int):
    """AddressSpace.handle_fault while somebody listens: serve the fault, then emit the fault
    tracepoint.  Covers faults from the trap dispatcher (pc = the faulting instruction) and
    those the kernel takes on a task's behalf in copy_in/copy_out/populate (pc = after the
    ecall; a failed one makes the system call return EFAULT rather than signal)."""
    from pagelab.kernel.mm import fault as F
    from pagelab.kernel.mm.vma import VM_SHARED
    va &= (1 << 64) - 1
    vpn = va >> 12
    before = mm.pages.get(vpn)
    try:
        result = F.handle_fault(mm, va, access)
    except MemoryError:
        result = F.OOM
    after = mm.pages.get(vpn) if result.ok else None
    vma = mm.vma_at(va) if result.ok else None
    shared = vma is not None and bool(vma.flags & VM_SHARED)
    kind = fault_kind(result, access, before, pte_pfn(after) if after is not None else None,
                      mm.physmem.zero_pfn, shared)
    kernel = mm.kernel
    task = kernel.current
    kernel.trace.emit(Fault, task.pid if task is not None else 0, va, ACCESS_NAMES[access],
                      kind, kernel.machine.pc)
    return result


def emit_mm(mm, cls: type, *values) -> None:
    """Emit a page-table event of address space `mm` for the task the kernel works for."""
    emit_current(mm.kernel, cls, *values)


def emit_current(kernel, cls: type, *values) -> None:
    """Emit an event for the task the kernel works for (pid 0 when none, e.g. at boot):
    reclaim runs on behalf of the task whose allocation needed it (direct reclaim) or whose
    fault woke kswapd."""
    task = kernel.current
    kernel.trace.emit(cls, task.pid if task is not None else 0, *values)


def fault_kind(result, access: int, before_pte: int | None, after_pfn: int | None,
               zero_pfn: int, shared: bool) -> str:
    """Name a handled fault from the mm's FaultResult and the page's state before and after:
    `before_pte` the shadow PTE before the fault (None: not present), `after_pfn` the frame
    mapped afterwards, `shared` whether the VMA is MAP_SHARED."""
    if not result.ok:
        if result.oom:
            return "oom"
        return "bus" if result.signal == SIGBUS else "segv"
    if result.major:
        return "major"
    if before_pte is not None and before_pte & PTE_V and access == STORE and \
            not before_pte & PTE_W and not shared:
        return "cow"
    if after_pfn == zero_pfn:
        return "zero"
    return "minor"


# --- ready-made listeners ------------------------------------------------------------------------
class JsonLinesWriter:
    """Writes each event as one JSON line to a text stream (`pagelab run --trace`)."""

    def __init__(self, stream):
        import json
        self._dumps = json.JSONEncoder(separators=(",", ":")).encode
        self.stream = stream
        self.count = 0

    def __call__(self, event: Event) -> None:
        self.stream.write(self._dumps(to_json(event)) + "\n")
        self.count += 1


def strace_line(event: SyscallExit) -> str:
    """`[pid] name(a0, a1, ...) = result` (-1 ENAME for errors), as `pagelab run --strace`."""
    from pagelab.kernel.errno import NAMES
    shown = ", ".join(hex(a) if a > 9 else str(a) for a in event.args)
    result = event.ret
    if event.status == "blocked":
        value = "? (blocked)"
    elif event.status == "noreturn":
        value = "?"
    elif -4096 < result < 0:
        value = f"-1 {NAMES.get(-result, str(-result))}"
    else:
        value = hex(result) if result > 0xFFFF else str(result)
    return f"[{event.pid}] {event.name}({shown}) = {value}"
