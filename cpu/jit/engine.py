"""`JitEngine`: the Python side of block translation (`Machine(engine="jit")`, `--engine jit`).

It owns the engine's arrays (cpu/jit/layout.py), calls the numba driver (driver.py), and when
the driver stops with translation requests (block starts seen more than `threshold` times),
forms the blocks, emits LLVM IR for them (codegen.py), compiles them in one batch with
llvmlite and enters the functions' addresses in the block table.  Compiled objects are kept in a
persistent cache on disk, keyed by a hash of the IR, so a later run loads them instead of
compiling (the IR is position independent and names no process-specific address).

Regions: the blocks of one frame translated in the same batch are compiled into one function,
so branches between them stay inside native code; a batch brings along the blocks its blocks
lead to within the page (that have run, or all with threshold 0), so a hot loop is compiled
once with its other blocks.  A branch to a block of another function of the same page chains
to it directly; one to another frame goes back through the driver.  Function names are
a hash of the blocks they hold, so the same code found again (another machine, re-translation
after an invalidation) reuses the function compiled earlier in the process.
"""
from __future__ import annotations

import hashlib
import os

import numpy as np

from pagelab.cpu.core import layout as S

from . import codegen
from . import layout as J

DEFAULT_THRESHOLD = 1000
DISCOVER_MAX = 32                  # blocks a batch adds to a frame's region beyond those asked for
REGROW = 4                         # a batch re-compiles its frame's region if it adds >= 1/4 of it
REGION_MAX = 48                    # blocks of a frame recompiled together (see translate_requests)
_llvm = None
_known: dict[str, int] = {}        # function name (a hash of its IR) -> address, this process
_codegen_hash: str | None = None


def _codegen_digest() -> str:
    """A hash of the code generator's source: part of every function name and cache key, so an
    edit to codegen.py can never load an object compiled by an older version of it."""
    global _codegen_hash
    if _codegen_hash is None:
        with open(codegen.__file__, "rb") as f:
            _codegen_hash = hashlib.sha1(f.read()).hexdigest()[:16]
    return _codegen_hash


def _llvm_state():
    """(binding module, target machine, execution engine): created once per process."""
    global _llvm
    if _llvm is None:
        import llvmlite.binding as llvm
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_default_triple()
        tm = target.create_target_machine(cpu=llvm.get_host_cpu_name(),
                                          features=llvm.get_host_cpu_features().flatten(),
                                          opt=2, codemodel="jitdefault")
        backing = llvm.parse_assembly("")
        engine = llvm.create_mcjit_compiler(backing, tm)
        _llvm = (llvm, tm, engine)
    return _llvm


_host = None


def _host_digest() -> str:
    """A hash of the host CPU (objects are compiled for it): asked of LLVM once per process."""
    global _host
    if _host is None:
        llvm, tm, _ = _llvm_state()
        _host = hashlib.sha1((tm.triple + llvm.get_host_cpu_name()
                              + llvm.get_host_cpu_features().flatten()).encode()).hexdigest()[:12]
    return _host


def _cache_dir() -> str | None:
    base = os.environ.get("PAGELAB_CACHE_DIR") or os.environ.get("NUMBA_CACHE_DIR")
    if not base:
        return None
    path = os.path.join(base, "jit")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return None
    return path


class JitEngine:
    """Block translation for one Machine (see the module docstring and docs/jit.md)."""

    def __init__(self, machine, threshold: int = DEFAULT_THRESHOLD):
        if not isinstance(threshold, int) or threshold < 0:
            raise ValueError(f"jit threshold must be a non-negative integer, not {threshold!r}")
        self.m = machine
        self.jit = np.zeros(J.J_SIZE, dtype=np.int64)
        self.jit[J.J_THRESHOLD] = threshold
        self.jit[J.J_ENABLED] = 1
        self.jit[J.J_PAGES:J.J_PAGES + J.JP_MAX * J.JP_WORDS:J.JP_WORDS] = -1
        self.ctx = np.zeros(J.C_SIZE, dtype=np.int64)
        self._bound = None
        self.regions: dict[int, dict[int, list]] = {}     # frame -> {page offset: block}
        self.compiled_modules = 0
        self.cache_hits = 0
        self.compile_seconds = 0.0
        self.error: str | None = None                   # why the engine switched itself off
        from . import driver
        self._driver = driver
        self.ctx[J.C_LOAD_SLOW] = driver.load_slow_c.address
        self.ctx[J.C_STORE_SLOW] = driver.store_slow_c.address

    # --- running ------------------------------------------------------------------------------
    def _bind(self):
        """Point ctx at the machine's arrays (again if one of them was replaced)."""
        m = self.m
        arrays = (m.state.hart, m.mmu.array, m.ram, m.state.code)
        if self._bound is not None and all(a is b for a, b in zip(arrays, self._bound)):
            return
        hart, mmu, ram, code = arrays
        for a in arrays:
            assert a.flags["C_CONTIGUOUS"]
        self.ctx[J.C_HART] = hart.ctypes.data
        self.ctx[J.C_MMU] = mmu.ctypes.data
        self.ctx[J.C_MMU_LEN] = len(mmu)
        self.ctx[J.C_RAM] = ram.ctypes.data
        self.ctx[J.C_RAM_LEN] = len(ram)
        self.ctx[J.C_CODE] = code.ctypes.data
        self.ctx[J.C_CODE_LEN] = len(code)
        self.ctx[J.C_JIT] = self.jit.ctypes.data
        self._bound = arrays

    def run(self, budget: int, tables: np.ndarray) -> int:
        """interp.run's contract (returns the cause or STOP_BUDGET; st[RAN] = instructions)."""
        self._bind()
        m = self.m
        st = m.state.st
        drive = self._driver.drive
        total = 0
        while True:
            cause = int(drive(m.state.hart, m.mmu.array, m.ram, m.state.code, tables,
                              budget - total, self.jit, self.ctx))
            total += int(st[S.RAN])
            if cause != -2:
                if self.jit[J.J_NREQ] > 0:
                    self._translate()
                break
            self._translate()
            if total >= budget:
                cause = S.STOP_BUDGET
                break
        st[S.RAN] = total
        st[S.CAUSE] = cause
        return cause

    # --- translation --------------------------------------------------------------------------
    def _translate(self) -> None:
        """translate_requests, but a failure of the translator (a bug, or LLVM missing
        something on this host) switches the engine off instead of stopping the guest: from
        then on everything runs in the interpreter, which is always exact."""
        try:
            self.translate_requests()
        except Exception as error:            # noqa: BLE001 -- reported, never hidden
            import sys
            self.jit[J.J_ENABLED] = 0
            self.jit[J.J_NREQ] = 0
            self.error = f"{type(error).__name__}: {error}"
            print(f"pagelab: jit: translation failed, running on the interpreter only "
                  f"({self.error})", file=sys.stderr)

    def _slot_reader(self, frame: int):
        """slot_at(page offset) for codegen.form_block: the interpreter's decoded slot of the
        frame, decoding (and caching it in the pool, as a fetch would) when missing."""
        from pagelab.cpu.core import interp
        code = self.m.state.code
        p = int(code[S.C_FMAP + frame]) - 1
        assert p >= 0
        dcache = code[S.C_DCACHE:S.C_RAW]
        tables = self.m._tables
        lut = tables[S.T_LUT:S.T_RVC]
        rvc = tables[S.T_RVC:S.T_COST]
        cands = tables[S.T_CANDS:]
        ram = self.m.ram
        fbase = frame << 12

        def slot_at(off):
            si = p * S.SLOTS_PER_PAGE + (off >> 1)
            d = int(dcache[si])
            if d:
                return d
            h = int(ram[fbase + off]) | (int(ram[fbase + off + 1]) << 8)
            if (h & 3) == 3:
                if off > 4092:
                    return 0
                h2 = int(ram[fbase + off + 2]) | (int(ram[fbase + off + 3]) << 8)
                d = int(interp.decode_any(h, h2, lut, cands, rvc))
            else:
                d = int(interp.decode_any(h, 0, lut, cands, rvc))
            dcache[si] = d
            return d
        return slot_at

    def _ensure_pool(self, frame: int) -> None:
        """Put frame in the interpreter's decoded pool (as its first fetch would)."""
        from pagelab.cpu.core import interp
        st_ = self.m.state
        code = st_.code
        if code[S.C_FMAP + frame] != 0:
            return
        r64 = self.m.ram.view(np.int64)
        interp.pool_alloc(frame, st_.st, st_.uc, code[S.C_DCACHE:S.C_RAW], code[S.C_RAW:S.C_POOL],
                          code[S.C_POOL:S.C_FMAP], code[S.C_FMAP:], r64)
        # the pool page it took may have held a translated frame
        self._driver.verify_pages(self.jit, code, self.m.ram, self.m._tables, True, False)
        self._driver.note_interp_counters(self.jit, st_.hart)

    def _jit_page(self, frame: int) -> int:
        jit = self.jit
        free = -1
        for jp in range(int(jit[J.J_NPAGES])):
            f = int(jit[J.J_PAGES + jp * J.JP_WORDS + J.JP_FRAME])
            if f == frame:
                return jp
            if f < 0 and free < 0:
                free = jp
        if free < 0:
            if jit[J.J_NPAGES] >= J.JP_MAX:
                self._driver.drop_all(jit)
                self.regions.clear()
                jit[J.J_NPAGES] = 0
            free = int(jit[J.J_NPAGES])
            jit[J.J_NPAGES] = free + 1
        b = J.J_PAGES + free * J.JP_WORDS
        jit[b + J.JP_FRAME] = frame
        jit[b + J.JP_EPOCH] = jit[J.J_EPOCH]
        r64 = self.m.ram.view(np.int64)
        jit[b + J.JP_RAW:b + J.JP_RAW + 512] = r64[frame * 512:(frame + 1) * 512]
        jit[b + J.JP_MARK:b + J.JP_MARK + S.SLOTS_PER_PAGE] = 0
        self.regions[frame] = {}
        return free

    def translate_requests(self) -> None:
        """Translate the queued block starts (one module for the batch)."""
        jit = self.jit
        driver = self._driver
        n = int(jit[J.J_NREQ])
        jit[J.J_NREQ] = 0
        wanted: dict[int, list[tuple[int, int]]] = {}
        for k in range(n):
            off = int(jit[J.J_REQ + 2 * k])
            wanted.setdefault(off >> 12, []).append((off, int(jit[J.J_REQ + 2 * k + 1])))
        todo = {}
        for frame, starts in wanted.items():
            self._ensure_pool(frame)
        for frame, starts in wanted.items():
            if self.m.state.code[S.C_FMAP + frame] == 0:       # evicted by a later frame
                for off, _ in starts:
                    e = driver.h_find(jit, off)
                    if e >= 0:
                        jit[e + J.H_STATE] = J.B_COLD
                        jit[e + J.H_COUNT] = 0
                continue
            jp = self._jit_page(frame)
            region = self.regions[frame]
            slot_at = self._slot_reader(frame)
            new = {}
            marks = J.J_PAGES + jp * J.JP_WORDS + J.JP_MARK
            found = [off & 0xFFF for off, _pc in starts]
            asked = len(found)
            discover = DISCOVER_MAX
            while found:
                start = found.pop(0)
                asked -= 1
                if start in region:
                    continue
                e = driver.h_find(jit, (frame << 12) + start)
                if e < 0 or jit[e + J.H_STATE] == J.B_NEVER:
                    continue
                if asked < 0 and jit[e + J.H_COUNT] == 0 and jit[J.J_THRESHOLD] > 0:
                    continue            # found, but never run: no need to translate it yet
                block = codegen.form_block(start, slot_at)
                if not block:
                    jit[e + J.H_STATE] = J.B_NEVER
                    continue
                region[start] = block
                new[start] = block
                for insn in block:
                    jit[marks + (insn.off >> 1)] = 1
                # the blocks it leads to directly within the page come along (at most
                # DISCOVER_MAX per frame and batch): one compilation instead of one per block
                # as each becomes hot (or, with threshold 0, is reached)
                for nxt in codegen.successors(block):
                    if discover > 0 and nxt not in region and nxt not in found:
                        discover -= 1
                        found.append(nxt)
            if new:
                todo[frame] = (jp, new)
        if not todo:
            return
        # a frame's function holds all its blocks translated so far (branches between them
        # stay direct), unless that grew large, or the batch adds only a few blocks to it
        # (compiling a region costs about its size: re-compiling it for every block or two
        # that turns up later would cost the square): then a function of this batch's blocks
        for frame, (jp, new) in list(todo.items()):
            size = len(self.regions[frame])
            if size <= REGION_MAX and REGROW * len(new) >= size:
                todo[frame] = (jp, dict(self.regions[frame]))
        addresses = self._compile({frame: new for frame, (_, new) in todo.items()})
        for frame, (jp, new) in todo.items():
            fn = addresses[frame]
            for start in new:
                e = driver.h_find(jit, (frame << 12) + start)
                if e < 0:
                    continue
                jit[e + J.H_STATE] = J.B_NATIVE
                jit[e + J.H_FN] = fn
                jit[e + J.H_JP] = jp
                jit[J.J_JTAB + jp * J.JT_WORDS + (start >> 1)] = fn

    def _compile(self, regions: dict[int, dict[int, list]]) -> dict[int, int]:
        """A function per frame (its blocks of this batch); returns frame -> its address.

        Each function is its own module, cached on disk as an object file named by the hash of
        the blocks it holds (and of the host CPU): a cache hit costs no IR generation at all."""
        import time
        t0 = time.process_time()
        llvm, tm, engine = _llvm_state()
        cost = [int(c) for c in self.m._tables[S.T_COST:S.T_COST + S.COST_SIZE]]
        host = _host_digest()
        cache = _cache_dir()
        names = {}
        for frame, blocks in regions.items():
            blocks = dict(sorted(blocks.items()))
            digest = hashlib.sha1(repr((codegen.VERSION, _codegen_digest(), cost, [
                (off, [(i.off, i.op, i.rd, i.rs1, i.rs2, i.imm, i.length) for i in insns])
                for off, insns in blocks.items()])).encode()).hexdigest()[:24]
            names[frame] = name = f"region_{digest}"
            if name in _known:
                continue
            path = os.path.join(cache, f"{name}-{host}.o") if cache else None
            obj = None
            if path and os.path.exists(path):
                try:
                    with open(path, "rb") as f:
                        obj = f.read()
                    self.cache_hits += 1
                except OSError:
                    obj = None
            if obj is None:
                obj = self._emit_object(name, blocks, cost)
                if path:
                    tmp = f"{path}.{os.getpid()}.tmp"
                    try:
                        with open(tmp, "wb") as f:
                            f.write(obj)
                        os.replace(tmp, path)
                    except OSError:
                        pass
            engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
            engine.finalize_object()
            _known[name] = engine.get_function_address(name)
        self.compile_seconds += time.process_time() - t0
        return {frame: _known[names[frame]] for frame in regions}

    def _emit_object(self, name: str, blocks: dict[int, list], cost: list[int]) -> bytes:
        """IR for one region, optimised (O2) and compiled to a host object file."""
        from llvmlite import ir
        llvm, tm, _ = _llvm_state()
        module = ir.Module(name=name)
        module.triple = tm.triple
        codegen.emit_region(module, name, blocks, cost)
        mod = llvm.parse_assembly(str(module))
        mod.verify()
        pto = llvm.create_pipeline_tuning_options(speed_level=2)
        pb = llvm.create_pass_builder(tm, pto)
        pb.getModulePassManager().run(mod, pb)
        self.compiled_modules += 1
        return tm.emit_object(mod)

    # --- observation -----------------------------------------------------------------------------
    def stats(self) -> dict:
        jit = self.jit
        return {"jit.native_instructions": int(jit[J.J_NATIVE]),
                "jit.interp_instructions": int(jit[J.J_INTERP]),
                "jit.native_calls": int(jit[J.J_CALLS]),
                "jit.invalidations": int(jit[J.J_INVALIDATIONS]),
                "jit.table_resets": int(jit[J.J_RESETS]),
                "jit.modules_compiled": self.compiled_modules,
                "jit.cache_hits": self.cache_hits,
                "jit.compile_seconds": round(self.compile_seconds, 3),
                "jit.enabled": int(jit[J.J_ENABLED])}
