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


# compiles the run loop (the helper off) and prints the planned functions it compiled itself
LOOP = r'''
import importlib, sys
from pagelab.cpu.core import coldstart, interp
from numba import types
a64 = types.Array(types.int64, 1, "C")
interp.run.compile((a64, a64, types.Array(types.uint8, 1, "C"), a64, a64, types.int64))
for module, name, spec in coldstart.PLAN:
    d = getattr(importlib.import_module(module), name)
    sig = coldstart.signature(spec)
    if name in ("tlb_flush", "set_priv", "set_satp"):
        continue                        # MMU entry points: the loop does not call them
    print(name, "hit" if d._cache_hits[sig] else "miss", sum(d._cache_misses.values()))
'''


def test_the_run_loop_finds_every_planned_callee_in_the_cache(tmp_path):
    # a fresh cache: the helper's compile (~10 s of CPU), then the loop's (~15 s)
    env = dict(os.environ, PAGELAB_NUMBA_BASE=str(tmp_path), PAGELAB_COMPILE_HELPER="0")
    env.pop("NUMBA_CACHE_DIR", None)
    helper = subprocess.run([sys.executable, "-m", "pagelab.cpu.core.coldstart"], env=env,
                            capture_output=True, text=True, timeout=900)
    assert helper.returncode == 0 and helper.stdout == "", helper.stderr
    loop = subprocess.run([sys.executable, "-c", LOOP], env=env, capture_output=True,
                          text=True, timeout=900)
    assert loop.returncode == 0, loop.stderr
    rows = [line.split() for line in loop.stdout.splitlines()]
    assert len(rows) == len(coldstart.PLAN) - 3
    assert all(row[1:] == ["hit", "0"] for row in rows), loop.stdout
