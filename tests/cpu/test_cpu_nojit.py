"""The core's source also runs as plain Python (NUMBA_DISABLE_JIT=1) and gives the same results:
a cheap guard against numba typing surprises (e.g. an int64/uint64 mix promoted to float)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import nojit_runner

HERE = os.path.dirname(os.path.abspath(__file__))


def test_the_core_gives_the_same_results_compiled_and_interpreted():
    env = dict(os.environ, NUMBA_DISABLE_JIT="1")
    # numpy warns on wrapping int64 arithmetic in interpreted mode; wrapping is what we want
    proc = subprocess.run([sys.executable, "-W", "ignore::RuntimeWarning",
                           os.path.join(HERE, "nojit_runner.py"), "0", "25"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    interpreted = json.loads(proc.stdout)
    compiled = json.loads(json.dumps(nojit_runner.final_states(0, 25)))
    assert interpreted == compiled
