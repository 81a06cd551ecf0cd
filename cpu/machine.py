"""`Machine`: the emulated RISC-V computer's thin Python API (docs/interfaces.md §3).

One RV64IMAC hart that runs guest code in U-mode, physical memory (DRAM at 0x8000_0000, one numpy
uint8 array), and the MMU (pagelab.mmu: Sv39/Sv48/Sv57 walker and the modelled TLB).  The jitted
core (`cpu/core/interp.py`) executes instructions; this class holds no instruction logic.  It
builds the arrays, calls `run`, and turns the result into a `Stop`:

    m = Machine(mem_size=128 << 20, paging="sv48")
    m.write_phys(0x8000_0000, code); m.pc = 0x8000_0000     # Bare mode until satp is set
    stop = m.run(1_000_000)          # -> Stop(reason, cause, tval, pc, instret)

After a trap the hart is as the trapping instruction found it (nothing retired, pc at it); for an
ECALL the kernel advances pc itself.  The S-mode trap CSRs (sepc, scause, stval) are also set, so
`csr_read` shows a normal trap state.

Register values are returned as unsigned 64-bit ints; setters accept signed or unsigned values.

Decoded-instruction cache and outside writes: the core caches decoded instructions per physical
frame.  Guest stores, `write_phys` and `write_virt` keep it exact.  Writes straight into `m.ram`
(the kernel copying a page) are noticed too: the first fetch from a frame in each `run` call
compares the frame with the copy taken when it was decoded (a 4 KiB compare), so no call is
needed; `invalidate_code()` exists for callers that want to drop the cache explicitly.
"""
from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

import numpy as np

from pagelab.mmu.mmu import AccessFault, Mmu, MmuFault
from pagelab.mmu.pte import MODE_BY_NAME, PAGE_SIZE, to_signed64
from pagelab.mmu.tlb import TLBConfig

from .cost import CostModel
from .core import fastfault_layout as FF
from .core import layout as S
from .decode_tables import DecodeTables
from .isa.causes import Access
from .isa.csr import CSR_BY_NUMBER
from .state import HartState

DRAM_BASE = 0x8000_0000
ENGINES = ("interp", "jit")
DEFAULT_MEM_SIZE = 128 << 20
MASK64 = (1 << 64) - 1

# `m.translate` / `read_virt` / `write_virt` raise this on a fault: `.cause` (scause: 12/13/15
# page fault, 1/5/7 access fault) and `.va` (the faulting address).  It is the MMU's base class,
# so `except PageFault` also catches access faults (mmu.AccessFault).
PageFault = MmuFault

__all__ = ["Machine", "Stop", "StopReason", "PageFault", "AccessFault", "DRAM_BASE",
           "CostModel", "TLBConfig"]

CSR_CYCLE, CSR_TIME, CSR_INSTRET = 0xC00, 0xC01, 0xC02
CSR_SATP = 0x180
CSR_SEPC, CSR_SCAUSE, CSR_STVAL = 0x141, 0x142, 0x143


class StopReason(IntEnum):
    TRAP = 0          # a synchronous exception: Stop.cause is the scause number
    BUDGET = 1        # the instruction budget ran out


class Stop(NamedTuple):
    """Why `run` returned (immutable).  A NamedTuple: one is built per trap, and it is several
    times cheaper to create than a frozen dataclass."""
    reason: StopReason
    cause: int        # scause for TRAP (2 illegal, 3 ebreak, 8 ecall, 12/13/15 page faults, ...)
    tval: int         # stval (faulting address; instruction bits for an illegal instruction)
    pc: int           # address of the trapping instruction (or the next one for BUDGET)
    instret: int      # instructions retired during this call

    @property
    def is_trap(self) -> bool:
        return self.reason == StopReason.TRAP


def _parse_paging(paging) -> int:
    if isinstance(paging, str) and paging.lower() in MODE_BY_NAME and paging.lower() != "bare":
        return MODE_BY_NAME[paging.lower()]
    if paging in (8, 9, 10):
        return int(paging)
    raise ValueError(f"paging must be 'sv39', 'sv48' or 'sv57', not {paging!r}")


def _alloc_ram(size: int) -> np.ndarray:
    """Zeroed RAM as a numpy uint8 array over an anonymous mapping, in 4 KiB host pages
    (MADV_NOHUGEPAGE): the host gives RAM a page at a time as the guest first touches it.
    Huge host pages would save the interpreter some host TLB misses (chase and hashtab 11-15 %
    faster, matmul_stride 3-5 %), but a fault storm pays for them: on a virtual machine whose
    balloon reports free memory to the hypervisor, every fresh 2 MiB block costs hypervisor
    faults, and a guest touching 100,000 fresh pages ran 2.5x slower end to end
    (docs/performance.md, "Guest RAM in 4 KiB host pages").  Falls back to np.zeros where
    mmap is unavailable."""
    try:
        import mmap
        buf = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        if hasattr(mmap, "MADV_NOHUGEPAGE"):
            try:
                buf.madvise(mmap.MADV_NOHUGEPAGE)
            except OSError:
                pass
        return np.frombuffer(buf, dtype=np.uint8)
    except (ImportError, OSError, ValueError, AttributeError):
        return np.zeros(size, dtype=np.uint8)


_core_module = None
_fastfault_module = None          # cpu/core/fastfault.py, imported on first use
_compile_started: float | None = None


def _core_is_cached() -> bool:
    """True when numba's disk cache already holds the compiled run loop (see pagelab/__init__:
    the cache directory is keyed by a hash of the jitted sources)."""
    from .core import coldstart
    return coldstart.core_is_cached()


def _announce_compile() -> None:
    """On the first run after install (or after the core's sources changed), numba compiles
    the core, which takes tens of seconds: say so on a terminal instead of seeming to hang.
    Silent when stderr is not a terminal (the guest's stderr output stays exact)."""
    global _compile_started
    import sys
    import time
    if _core_module is not None or _core_is_cached():
        return
    # a second process compiles the functions the run loop calls meanwhile (cpu/core/coldstart.py)
    from .core import coldstart
    coldstart.start()
    if sys.stderr.isatty():
        _compile_started = time.monotonic()
        print("pagelab: first run: compiling the emulator core with numba (once; 15-30 s)...",
              file=sys.stderr, flush=True)


def _compile_done() -> None:
    global _compile_started
    import sys
    import time
    if _compile_started is not None:
        print(f"pagelab: compiled in {time.monotonic() - _compile_started:.0f} s "
              f"(cached for the next runs)", file=sys.stderr, flush=True)
        _compile_started = None
    from .core import coldstart
    coldstart.stop()


def _core():
    """The jitted core, imported on first use (importing it loads numba), then kept: `run`
    calls it once per trap, and an import statement per call costs more than the call."""
    global _core_module
    if _core_module is None:
        from .core import interp
        _core_module = interp
    return _core_module


_exported = False


def _export_native() -> None:
    """After the first numba run of this process: write the native artifact (cpu/core/native.py)
    if the sources have none yet, so that later runs start without numba.  Never fails the run."""
    global _exported
    if _exported:
        return
    _exported = True
    from .core import native
    if not native.enabled():
        return
    try:
        native.export()
    except Exception:           # no artifact: later runs use numba as this one did
        pass
    from .core import coldstart
    coldstart.stop()                # everything is compiled now


class Machine:
    """One hart + physical memory + MMU.  See the module docstring and interfaces.md §3."""

    def __init__(self, mem_size: int = DEFAULT_MEM_SIZE, paging: str = "sv48",
                 tlb: TLBConfig | None = None, cost: CostModel | None = None,
                 svade: bool = False, fast: bool = True, engine: str = "interp",
                 jit_threshold: int | None = None):
        if not isinstance(mem_size, (int, np.integer)) or mem_size < PAGE_SIZE \
                or mem_size % PAGE_SIZE:
            raise ValueError(f"mem_size must be a positive multiple of {PAGE_SIZE} bytes, "
                             f"not {mem_size!r}")
        if mem_size > (1 << 40):
            raise ValueError(f"mem_size {mem_size} is larger than 1 TiB")
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.mem_size = int(mem_size)
        self.paging_mode = _parse_paging(paging)
        self.paging = {8: "sv39", 9: "sv48", 10: "sv57"}[self.paging_mode]
        self.cost = cost if cost is not None else CostModel()
        if not isinstance(self.cost, CostModel):
            raise TypeError(f"cost must be a CostModel, not {type(self.cost).__name__}")
        self.ram = _alloc_ram(self.mem_size)
        from .core import native
        # the compiled core straight from disk (no numba import), when an earlier run saved it;
        # the jit engine calls the interpreter's numba functions, so it keeps the numba core
        self._native = native.load() if engine == "interp" else None
        if self._native is None:
            _announce_compile()
        self.mmu = Mmu(tlb, svade=svade, native=self._native)
        self.state = HartState(self.mem_size // PAGE_SIZE)
        tables = DecodeTables.get()
        self._tables = np.concatenate([tables.lut, tables.rvc, self.cost.array(),
                                       tables.cands.ravel()]).astype(np.int64)
        assert len(tables.lut) == S.T_RVC and len(tables.rvc) == S.T_COST - S.T_RVC
        self._csrs: dict[int, int] = {}          # S-mode CSRs the kernel may keep here
        self.fast = fast
        if self._native is not None:
            # The arrays are made here once and never replaced (restore copies into them), so
            # the words describing them to the native run are built once too.
            st = self.state
            self._run_block = native.block(st.hart, self.mmu.array, self.ram, st.code,
                                           self._tables)
            self._run_block_addr = self._run_block.ctypes.data
            self._native_run = self._native.run
        self._ring_block = None         # (ring, its native block, address): run_fault_ring
        # execution engine: "interp" (the reference) or "jit" (block translation, cpu/jit/;
        # experimental: docs/jit.md).  The jit engine runs cold code in the interpreter.
        self.engine = engine
        self._jit = None
        if engine == "jit":
            from numba import config as numba_config
            if numba_config.DISABLE_JIT:
                raise ValueError("engine 'jit' needs numba's compiler (NUMBA_DISABLE_JIT is set)")
            from .jit.engine import DEFAULT_THRESHOLD, JitEngine
            self._jit = JitEngine(self, DEFAULT_THRESHOLD if jit_threshold is None
                                  else jit_threshold)

    # --- modes ---------------------------------------------------------------------------------
    @property
    def fast(self) -> bool:
        """True: the core's caches are on.  False: reference mode, every access translated and
        every instruction decoded (same results and TLB statistics, slower)."""
        return bool(self.state.st[S.FAST])

    @fast.setter
    def fast(self, value: bool) -> None:
        self.state.st[S.FAST] = 1 if value else 0
        self.state.drop_code()

    # --- physical memory ---------------------------------------------------------------------
    def _phys_offset(self, pa: int, n: int) -> int:
        off = int(pa) - DRAM_BASE
        if n < 0 or off < 0 or off + n > self.mem_size:
            raise ValueError(f"physical range {int(pa):#x}+{n} is outside RAM "
                             f"[{DRAM_BASE:#x}, {DRAM_BASE + self.mem_size:#x})")
        return off

    def read_phys(self, pa: int, n: int) -> bytes:
        off = self._phys_offset(pa, n)
        return self.ram[off:off + n].tobytes()

    def write_phys(self, pa: int, data) -> None:
        data = bytes(data)
        off = self._phys_offset(pa, len(data))
        self.ram[off:off + len(data)] = np.frombuffer(data, dtype=np.uint8)
        self.state.drop_code_range(off, len(data))

    load_image = write_phys

    def invalidate_code(self, pa: int | None = None, n: int | None = None) -> None:
        """Drop decoded instructions (all, or those of frames overlapping [pa, pa+n))."""
        if pa is None:
            self.state.drop_code()
        else:
            self.state.drop_code_range(self._phys_offset(pa, n or 1), n or 1)

    # --- registers ---------------------------------------------------------------------------
    @property
    def pc(self) -> int:
        return int(self.state.st[S.PC]) & MASK64

    @pc.setter
    def pc(self, value: int) -> None:
        self.state.st[S.PC] = to_signed64(int(value) & MASK64)

    def get_reg(self, i: int) -> int:
        if not 0 <= i < 32:
            raise ValueError(f"register number {i} out of range 0..31")
        return int(self.state.x[i]) & MASK64

    def set_reg(self, i: int, value: int) -> None:
        if not 0 <= i < 32:
            raise ValueError(f"register number {i} out of range 0..31")
        if i:
            self.state.x[i] = to_signed64(int(value) & MASK64)

    @property
    def regs(self) -> list[int]:
        """x0..x31 as unsigned ints (x0 = 0)."""
        return [v & MASK64 for v in self.state.x[:32].tolist()]

    @regs.setter
    def regs(self, values) -> None:
        values = list(values)
        if len(values) != 32:
            raise ValueError("regs needs 32 values (x0 is ignored)")
        self.state.x[1:32] = [to_signed64(int(v) & MASK64) for v in values[1:]]

    def clear_reservation(self) -> None:
        """Drop the LR/SC reservation (the kernel does this on a context switch)."""
        self.state.st[S.RES_VALID] = 0

    @property
    def reservation(self) -> int | None:
        """The reserved address, or None."""
        st = self.state.st
        return int(st[S.RES_ADDR]) & MASK64 if st[S.RES_VALID] else None

    # --- counters ----------------------------------------------------------------------------
    @property
    def instret(self) -> int:
        return self.state.st.item(S.INSTRET)     # .item(): a Python int, no numpy scalar

    @property
    def cycles(self) -> int:
        return self.state.st.item(S.CYCLES)

    def add_cycles(self, n: int) -> None:
        """Charge `n` simulated cycles (the kernel's fault and I/O costs)."""
        st = self.state.st                        # (once per fault and system call)
        st[S.CYCLES] = st.item(S.CYCLES) + int(n)

    @property
    def time(self) -> int:
        """The `time` CSR: cycles // cost.timebase_ratio."""
        return self.cycles // self.cost.timebase_ratio

    # --- satp and CSRs -----------------------------------------------------------------------
    @property
    def satp(self) -> int:
        return self.mmu.satp

    @satp.setter
    def satp(self, value: int) -> None:
        """Writing satp does NOT flush the TLB (sfence.vma semantics).  An unsupported MODE raises
        ValueError (on hardware the write would be ignored)."""
        self.mmu.configure(int(value) & MASK64)

    def csr_read(self, num: int) -> int:
        if num == CSR_CYCLE:
            return self.cycles
        if num == CSR_TIME:
            return self.time
        if num == CSR_INSTRET:
            return self.instret
        if 0xC03 <= num <= 0xC1F:
            return 0
        if num == CSR_SATP:
            return self.satp
        if num in CSR_BY_NUMBER:
            return self._csrs.get(num, 0)
        raise ValueError(f"unknown CSR {num:#x}")

    def csr_write(self, num: int, value: int) -> None:
        value = int(value) & MASK64
        if num == CSR_CYCLE:
            self.state.st[S.CYCLES] = to_signed64(value)
        elif num == CSR_INSTRET:
            self.state.st[S.INSTRET] = to_signed64(value)
        elif num == CSR_SATP:
            self.satp = value
        elif num in CSR_BY_NUMBER and num != CSR_TIME and not 0xC03 <= num <= 0xC1F:
            self._csrs[num] = value
        else:
            raise ValueError(f"CSR {num:#x} ({CSR_BY_NUMBER.get(num, 'unknown')}) "
                             f"cannot be written")

    # --- running -------------------------------------------------------------------------------
    def run(self, budget: int) -> Stop:
        """Run up to `budget` instructions in U-mode; return why it stopped."""
        budget = int(budget)
        if budget < 0:
            raise ValueError("budget must be >= 0")
        st = self.state
        if self._jit is not None:
            _core_module or _core()
            cause = self._jit.run(budget, self._tables)
            if _compile_started is not None:
                _compile_done()
        elif self._native is not None:
            cause = self._native_run(self._run_block_addr, budget)
        else:
            core = _core_module or _core()
            cause = int(core.run(st.hart, self.mmu.array, self.ram, st.code, self._tables,
                                 budget))
            if not _exported:
                _export_native()
            if _compile_started is not None:
                _compile_done()
        scalars = st.st                     # .item() gives Python ints without numpy scalars
        ran = scalars.item(S.RAN)
        pc = scalars.item(S.PC) & MASK64
        if cause == S.STOP_BUDGET:
            return Stop(StopReason.BUDGET, 0, 0, pc, ran)
        tval = scalars.item(S.TVAL) & MASK64
        csrs = self._csrs
        csrs[CSR_SEPC] = pc
        csrs[CSR_SCAUSE] = cause
        csrs[CSR_STVAL] = tval
        return Stop(StopReason.TRAP, cause, tval, pc, ran)

    def run_fault_ring(self, budget: int, ring: np.ndarray) -> Stop:
        """run(budget), with the store faults the kernel published in `ring` served in jitted
        code as they come (the kernel's demand-zero and copy-on-write fast path:
        cpu/core/fastfault.py, layout and contract there).  The Stop is the last one: its
        instret counts every instruction retired.  When faults were served and the run then
        ran out of budget, sepc / scause / stval hold the last served fault, as they would
        after run() + the kernel's handler."""
        budget = int(budget)
        if budget < 0:
            raise ValueError("budget must be >= 0")
        st = self.state
        ff = FF
        if self._native is not None:
            if self._ring_block is None or self._ring_block[0] is not ring:
                from .core.native import block as native_block
                block = native_block(st.hart, self.mmu.array, self.ram, st.code, self._tables,
                                     ring)
                self._ring_block = (ring, block, block.ctypes.data)
            cause = self._native.run_ring(self._ring_block[2], budget)
        else:
            global _fastfault_module
            if _fastfault_module is None:
                _core()
                from .core import fastfault
                _fastfault_module = fastfault
            cause = int(_fastfault_module.run_ring(st.hart, self.mmu.array, self.ram, st.code,
                                                   self._tables, ring, budget))
            if _compile_started is not None:
                _compile_done()
        scalars = st.st
        ran = scalars.item(S.RAN)
        pc = scalars.item(S.PC) & MASK64
        csrs = self._csrs
        if cause == S.STOP_BUDGET:
            served = ring.item(ff.FF_SERVED)
            if served:
                last = ff.FF_LOG + ff.LOG_WORDS * (served - 1)
                csrs[CSR_SEPC] = ring.item(last + 2) & MASK64
                csrs[CSR_SCAUSE] = ff.STORE_PAGE_FAULT
                csrs[CSR_STVAL] = ring.item(last + 3) & MASK64
            return Stop(StopReason.BUDGET, 0, 0, pc, ran)
        tval = scalars.item(S.TVAL) & MASK64
        csrs[CSR_SEPC] = pc
        csrs[CSR_SCAUSE] = cause
        csrs[CSR_STVAL] = tval
        return Stop(StopReason.TRAP, cause, tval, pc, ran)

    def step(self) -> Stop:
        return self.run(1)

    # --- MMU -----------------------------------------------------------------------------------
    def flush_tlb(self, va: int | None = None, asid: int | None = None) -> int:
        """sfence.vma semantics: (None, None) all; (va, None) that page in every address space;
        (None, asid) that ASID's non-global entries; (va, asid) both.  Returns entries dropped."""
        if va is not None:
            va = int(va) & MASK64
            if va >> 63:                    # to_signed64, inlined: the kernel flushes per fault
                va -= 1 << 64
        return self.mmu.flush(va, asid)

    def translate(self, va: int, access: int = Access.LOAD) -> int:
        """Translate through the MMU like the hart would (TLB, statistics, A/D); returns the
        physical address or raises PageFault (an MmuFault: .cause, .va)."""
        return self.mmu.translate(self.ram, to_signed64(int(va) & MASK64), int(access))

    def _virt_chunks(self, va: int, n: int, access: int):
        va = int(va) & MASK64
        done = 0
        while done < n:
            cur = (va + done) & MASK64
            chunk = min(n - done, PAGE_SIZE - (cur & (PAGE_SIZE - 1)))
            pa = self.translate(cur, access)
            yield pa - DRAM_BASE, done, chunk
            done += chunk

    def read_virt(self, va: int, n: int, access: int = Access.LOAD) -> bytes:
        """Read n bytes at virtual address va through the MMU (PageFault on a fault)."""
        out = bytearray(n)
        for off, done, chunk in self._virt_chunks(va, n, access):
            out[done:done + chunk] = self.ram[off:off + chunk].tobytes()
        return bytes(out)

    def write_virt(self, va: int, data) -> None:
        """Write bytes at virtual address va through the MMU (store permission; PageFault).
        Every page is translated before anything is written."""
        data = bytes(data)
        parts = list(self._virt_chunks(va, len(data), Access.STORE))
        for off, done, chunk in parts:
            self.ram[off:off + chunk] = np.frombuffer(data[done:done + chunk], dtype=np.uint8)
            self.state.drop_code_range(off, chunk)

    # --- observation -----------------------------------------------------------------------------
    def stats(self) -> dict:
        """instret, cycles, time, the MMU's TLB statistics (see Mmu.stats), core counters."""
        st = self.state.st
        out = {"instret": self.instret, "cycles": self.cycles, "time": self.time}
        out.update(self.mmu.stats())
        out["core.decodes"] = int(st[S.DECODES])
        out["core.code_drops"] = int(st[S.CODE_DROPS])
        out["core.frame_checks"] = int(st[S.FRAME_CHECKS])
        out["core.frames_stale"] = int(st[S.FRAME_STALE])
        if self._jit is not None:
            out.update(self._jit.stats())
        return out

    def tlb_entries(self) -> list[dict]:
        return self.mmu.entries()

    # --- snapshots -------------------------------------------------------------------------------
    def snapshot(self) -> dict:
        """Everything architectural (registers, counters, RAM, MMU with TLB) as numpy copies."""
        return {"hart": self.state.snapshot(), "ram": self.ram.copy(),
                "mmu": self.mmu.array.copy(), "csrs": dict(self._csrs)}

    def restore(self, snap: dict) -> None:
        if snap["ram"].shape != self.ram.shape or snap["mmu"].shape != self.mmu.array.shape:
            raise ValueError("snapshot is from a machine of another shape (memory or TLB size)")
        self.ram[:] = snap["ram"]
        self.mmu.array[:] = snap["mmu"]
        self.state.restore(snap["hart"])
        self._csrs = dict(snap["csrs"])
