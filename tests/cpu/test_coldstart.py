"""The cold-start compile helper (cpu/core/coldstart.py): a second process compiles the run
loop's callees into numba's cache while the first types the loop.

The helper only pays off if the loop then finds each of them in the cache: a PLAN entry whose
argument types differ from the loop's call would be compiled a second time, silently.  The slow
test here compiles the plan in one process and the loop in another, in a fresh cache, and
checks that the loop compiled none of the planned functions itself.
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys

from pagelab.cpu.core import coldstart


def test_every_plan_entry_is_a_jitted_function_with_that_many_arguments():
    from numba.core.registry import CPUDispatcher
    for module, name, spec in coldstart.PLAN:
        dispatcher = getattr(importlib.import_module(module), name)
        assert isinstance(dispatcher, CPUDispatcher), name
        assert dispatcher.py_func.__code__.co_argcount == len(spec), name
        assert len(coldstart.signature(spec)) == len(spec)


def test_the_helper_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PAGELAB_COMPILE_HELPER", "0")
    assert not coldstart.enabled()
    coldstart.start()
    assert coldstart._helper is None
    coldstart.stop()                    # nothing to stop: no error


# compiles the run loop and the ring loop (the helper off), and prints for each PLAN entry
# whether they found it in the cache and how often it was compiled here
LOOP = r'''
import importlib
from pagelab.cpu.core import coldstart, fastfault, interp
from numba import types
a64 = types.Array(types.int64, 1, "C")
a8 = types.Array(types.uint8, 1, "C")
interp.run.compile((a64, a64, a8, a64, a64, types.int64))
fastfault.run_ring.compile((a64, a64, a8, a64, a64, a64, types.int64))
for module, name, spec in coldstart.PLAN:
    d = getattr(importlib.import_module(module), name)
    sig = coldstart.signature(spec)
    print(name, spec, "hit" if d._cache_hits[sig] else "no-hit", d._cache_misses[sig])
'''
# the MMU entry points: called from Python, not from the loops
CALLED_FROM_PYTHON = {("tlb_flush", "qiiii"), ("set_priv", "qiii"), ("set_satp", "qi")}


def test_the_run_loop_finds_every_planned_callee_in_the_cache(tmp_path):
    # a fresh cache: the helper's compile (~10 s of CPU), then the loops' (~15 s)
    env = dict(os.environ, PAGELAB_NUMBA_BASE=str(tmp_path), PAGELAB_COMPILE_HELPER="0")
    env.pop("NUMBA_CACHE_DIR", None)
    helper = subprocess.run([sys.executable, "-m", "pagelab.cpu.core.coldstart"], env=env,
                            capture_output=True, text=True, timeout=900)
    assert helper.returncode == 0 and helper.stderr == "", helper.stderr
    progress = [f"{what} {name}" for _, name, _ in coldstart.PLAN for what in ("start", "done")]
    assert helper.stdout.splitlines() == progress
    loop = subprocess.run([sys.executable, "-c", LOOP], env=env, capture_output=True,
                          text=True, timeout=900)
    assert loop.returncode == 0, loop.stderr
    rows = [line.split() for line in loop.stdout.splitlines()]
    assert len(rows) == len(coldstart.PLAN), loop.stdout
    for name, spec, hit, compiled in rows:
        assert compiled == "0", f"{name} {spec} was compiled again"
        if (name, spec) not in CALLED_FROM_PYTHON:
            assert hit == "hit", f"the loops did not ask for {name} {spec}"
