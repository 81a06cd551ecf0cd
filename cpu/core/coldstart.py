"""A cold start on two cores: a second process compiles the functions the run loop calls.

A cold start (a fresh clone, a rebuilt venv, or edited core sources) compiles the core with
numba, in one thread.  About half of that work is the run loop itself (cpu/core/interp.py `run`:
typing, lowering and LLVM of one large function); the rest is the functions it calls and that
are compiled on their own before being linked into it: the MMU's walk (`_translate`), the
load/store miss paths, the atomics, the decoder.  numba looks in its disk cache before it
compiles any function, so a second process that compiles those callees into the cache while
this one types the loop takes them off the critical path: when the loop's typing reaches a
callee, numba loads it from disk.  When the loop reaches a callee the helper is compiling at
that moment, this process waits for it (the helper reports "start <name>" / "done <name>" on a
pipe) rather than compile it a second time; a callee the helper has not started yet, this
process compiles itself, as it would without a helper.  Either way the machine code is the
same: numba's cache holds exactly what a compile here would produce.

Order.  This process spends its first ~5 s (boot, then the loop's bytecode, inlining and SSA
passes) before the loop's typing reaches its first big callee, the walk (`_translate`, ~3.5 s
with `_translate_core`); the helper needs ~1.5 s to start.  The helper leaves the walk to this
process and compiles the other callees from the last the loop reaches to the first: this
process compiles the early ones itself, the helper the late ones, and the two meet in the
middle, where this process waits at most for the one function the helper is finishing.  Then
what the export needs last (the ring loop's callees, the MMU entry points: a `pagelab run`
has compiled those at boot; `make venv` has not).  Two orders measured worse on this shared
2-CPU host: the loop's own order (this process caught up with the helper and waited for it at
each callee: no gain), and the walk first (waiting for a helper slowed by other load).
PLAN lists them with the argument types the loops call them with (a callee called with other
types would just be compiled twice; tests/cpu/test_coldstart.py checks that the loops find
every one in the cache).

`start()` launches the helper (`python -m pagelab.cpu.core.coldstart`) unless
PAGELAB_COMPILE_HELPER=0 or the host has a single CPU; `stop()` ends it once this process has
compiled what it needs (killing it is safe: numba writes each cache file under a temporary name
and renames it).  The helper writes numba's cache and its progress lines, nothing else.

Importing this module loads neither numba nor the jitted modules (start() does: a compile is
coming anyway).
"""
from __future__ import annotations

import os
import subprocess
import sys

# (module, function, argument types): q = int64 array, b = uint8 array (1-D, C order),
# i = int64, 1 = the literal 1 (numba compiles a function once per literal argument value it
# is called with).  In the helper's order (module doc): the callees from the last the loop's
# typing reaches to the first (the walk, `_translate`, which it reaches first, it compiles
# itself), then what the run loop with the fault ring (cpu/core/fastfault.py) needs besides the
# loop, then the MMU entry points.
PLAN = (
    ("pagelab.cpu.core.interp", "csr_op", "iiiiqqiiq"),
    ("pagelab.cpu.core.interp", "code_drop_all", "qq"),
    ("pagelab.cpu.core.interp", "amo", "iiiiqqbq"),
    ("pagelab.cpu.core.interp", "store_slow", "iiiqqbqq"),
    ("pagelab.cpu.core.interp", "load_slow", "iiqqbqq"),
    ("pagelab.cpu.core.interp", "decode_any", "iiqqq"),
    ("pagelab.cpu.core.interp", "pool_alloc", "iqqqqqqq"),
    ("pagelab.cpu.core.interp", "frame_check", "iiqqqqq"),
    ("pagelab.cpu.core.fastfault", "leaf_pte_index", "qqi"),
    ("pagelab.mmu.core.tlbwalk", "tlb_flush", "qii11"),
    ("pagelab.mmu.core.tlbwalk", "tlb_flush", "qiiii"),
    ("pagelab.mmu.core.tlbwalk", "set_priv", "qiii"),
    ("pagelab.mmu.core.tlbwalk", "set_satp", "qi"),
)


def enabled() -> bool:
    return os.environ.get("PAGELAB_COMPILE_HELPER", "1") != "0" \
        and os.environ.get("NUMBA_DISABLE_JIT", "0") in ("", "0") \
        and (os.cpu_count() or 1) > 1


def core_is_cached() -> bool:
    """True when numba's disk cache already holds the compiled run loop (see pagelab/__init__:
    the cache directory is keyed by a hash of the jitted sources)."""
    cache = os.environ.get("NUMBA_CACHE_DIR")
    if not cache or not os.path.isdir(cache):
        return False
    for _, _, files in os.walk(cache):
        if any(name.startswith("interp.run-") and name.endswith(".nbi") for name in files):
            return True
    return False


class _Helper:
    """The running helper process and what it last reported on its stdout: a line
    "start <name>" before it compiles a PLAN entry and "done <name>" after."""

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.current: str | None = None     # the entry it is compiling now
        self._fd = process.stdout.fileno()
        os.set_blocking(self._fd, False)
        self._partial = b""
        self._eof = False

    def _read(self, block: bool) -> None:
        """Take in what the helper has written (with `block`: wait for one more chunk)."""
        try:
            os.set_blocking(self._fd, block)
            chunk = os.read(self._fd, 4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._eof = True
            self.current = None
            return
        *lines, self._partial = (self._partial + chunk).split(b"\n")
        for line in lines:
            what, _, name = line.decode(errors="replace").partition(" ")
            self.current = name if what == "start" else None

    def wait_for(self, name: str) -> None:
        """If the helper is compiling `name` now, wait until it is done (it is then in the
        cache): finishing it takes less than compiling it here would."""
        if self._eof:
            return
        self._read(block=False)
        while self.current == name and not self._eof:
            self._read(block=True)


_helper: _Helper | None = None
_wrapped: list = []                     # the PLAN dispatchers whose compile waits for the helper


def start() -> None:
    """Launch the helper (once per process; nothing when disabled), and make this process wait
    for a PLAN function the helper is compiling instead of compiling it a second time.  Call it
    only when a compile of the core is coming (it imports the jitted modules, i.e. numba)."""
    global _helper
    if _helper is not None or not enabled():
        return
    try:
        process = subprocess.Popen([sys.executable, "-m", "pagelab.cpu.core.coldstart"],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, env=dict(os.environ))
    except OSError:                 # no helper: this process compiles everything, as before
        return
    _helper = _Helper(process)
    import atexit
    atexit.register(stop)
    import importlib
    for module, name, _ in PLAN:
        dispatcher = getattr(importlib.import_module(module), name)
        if dispatcher in _wrapped:
            continue
        # numba's typing calls dispatcher.compile(sig) for every call it types (the cache check
        # comes after): an instance attribute in front of the method, removed by stop()
        dispatcher.compile = _waiting_compile(dispatcher.compile, name)
        _wrapped.append(dispatcher)


def _waiting_compile(compile, name: str):
    def waiting_compile(sig):
        if _helper is not None:
            _helper.wait_for(name)
        return compile(sig)
    return waiting_compile


def stop() -> None:
    """End the helper if it still runs (this process has compiled what it needs)."""
    global _helper
    helper, _helper = _helper, None
    while _wrapped:
        del _wrapped.pop().compile  # the class's method again
    if helper is None:
        return
    if helper.process.poll() is None:
        helper.process.kill()
    helper.process.wait()
    helper.process.stdout.close()


def signature(spec: str) -> tuple:
    """numba argument types for a PLAN entry's letters."""
    from numba import types
    kinds = {"q": types.Array(types.int64, 1, "C"), "b": types.Array(types.uint8, 1, "C"),
             "i": types.int64, "1": types.literal(1)}
    return tuple(kinds[letter] for letter in spec)


def compile_plan(report=None) -> None:
    """Compile (or load from the cache) every PLAN entry, in order; `report`, a text file,
    gets the start/done lines."""
    import importlib
    for module, name, spec in PLAN:
        dispatcher = getattr(importlib.import_module(module), name)
        if report is not None:
            print("start", name, file=report, flush=True)
        dispatcher.compile(signature(spec))
        if report is not None:
            print("done", name, file=report, flush=True)


if __name__ == "__main__":
    import pagelab  # noqa: F401  (points numba's cache where the parent's is, before numba loads)
    try:
        compile_plan(sys.stdout)
    except BrokenPipeError:         # the parent has stopped listening: it needs no more
        pass
