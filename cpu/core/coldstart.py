"""A cold start on two cores: a second process compiles the functions the run loop calls.

A cold start (a fresh clone, a rebuilt venv, or edited core sources) compiles the core with
numba, in one thread.  About half of that work is the run loop itself (cpu/core/interp.py `run`:
typing, lowering and LLVM of one large function); the rest is the functions it calls and that
are compiled on their own before being linked into it: the MMU's walk (`_translate`), the
load/store miss paths, the atomics, the decoder.  numba looks in its disk cache before it
compiles any function, so a second process that compiles those callees into the cache while
this one types the loop takes them off the critical path: when the loop's typing reaches a
callee, numba loads it from disk.  If the helper has not got there yet, this process compiles
the callee itself, as it would without a helper; either way the machine code is the same
(numba's cache holds exactly what a compile here would produce).

PLAN lists the callees, each with the argument types the run loop calls it with (a callee the
loop calls with other types would just be compiled twice; tests/cpu/test_coldstart.py checks
that the loop finds every one in the cache).  The helper compiles them in the order that keeps
them ahead of the loop's typing: the walk first (the biggest, and the first the loop needs),
then the rest from the last the loop needs to the first, then the MMU entry points (which the
native artifact needs; a `pagelab run` has compiled those itself by then, at boot).

`start()` launches the helper (`python -m pagelab.cpu.core.coldstart`) unless
PAGELAB_COMPILE_HELPER=0 or the host has a single CPU; `stop()` ends it once this process has
compiled what it needs (killing it is safe: numba writes each cache file under a temporary name
and renames it).  The helper writes numba's cache only; it prints nothing.

This module imports neither numba nor the jitted modules (the helper process does).
"""
from __future__ import annotations

import os
import subprocess
import sys

# (module, function, argument types): q = int64 array, b = uint8 array (1-D, C order),
# i = int64.  In the order the helper compiles them (module doc).
PLAN = (
    ("pagelab.mmu.core.tlbwalk", "_translate", "qqii"),
    ("pagelab.cpu.core.interp", "amo", "iiiiqqbq"),
    ("pagelab.cpu.core.interp", "store_slow", "iiiqqbqq"),
    ("pagelab.cpu.core.interp", "load_slow", "iiqqbqq"),
    ("pagelab.cpu.core.interp", "decode_any", "iiqqq"),
    ("pagelab.cpu.core.interp", "pool_alloc", "iqqqqqqq"),
    ("pagelab.cpu.core.interp", "frame_check", "iiqqqqq"),
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


_helper: subprocess.Popen | None = None


def start() -> None:
    """Launch the helper (once per process; nothing when disabled).  Call it only when a
    compile of the core is coming: the helper itself costs about half a second of CPU."""
    global _helper
    if _helper is not None or not enabled():
        return
    try:
        _helper = subprocess.Popen([sys.executable, "-m", "pagelab.cpu.core.coldstart"],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, env=dict(os.environ))
    except OSError:                 # no helper: this process compiles everything, as before
        _helper = None
        return
    import atexit
    atexit.register(stop)


def stop() -> None:
    """End the helper if it still runs (this process has compiled what it needs)."""
    global _helper
    helper, _helper = _helper, None
    if helper is None:
        return
    if helper.poll() is None:
        helper.kill()
    helper.wait()


def signature(spec: str) -> tuple:
    """numba argument types for a PLAN entry's letters."""
    from numba import types
    kinds = {"q": types.Array(types.int64, 1, "C"), "b": types.Array(types.uint8, 1, "C"),
             "i": types.int64}
    return tuple(kinds[letter] for letter in spec)


def compile_plan() -> None:
    """Compile (or load from the cache) every PLAN entry, in order."""
    import importlib
    for module, name, spec in PLAN:
        dispatcher = getattr(importlib.import_module(module), name)
        dispatcher.compile(signature(spec))


if __name__ == "__main__":
    import pagelab  # noqa: F401  (points numba's cache where the parent's is, before numba loads)
    compile_plan()
