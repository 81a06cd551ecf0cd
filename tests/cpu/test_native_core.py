"""The native core (cpu/core/native.py): numba's machine code loaded without numba.

A run through it must be indistinguishable from a run through numba's dispatchers (the same
machine code: output, exit status, every TLB statistic), and must not import numba at all.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pagelab.cpu.core import native

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "programs")

# prints the program's output, its TLB statistics, and whether numba was imported
RUNNER = r'''
import sys
from pagelab.tools.run import main
status = main(sys.argv[1:])
import pagelab.cpu.machine as machine
print("numba imported:", "numba" in sys.modules, file=sys.stderr)
sys.exit(status)
'''


@pytest.fixture(scope="module")
def artifact():
    if not native.enabled():
        pytest.skip("native core disabled in this environment")
    assert native.export()          # compiles or loads the entry points with numba, once
    assert os.path.isfile(os.path.join(native.artifact_dir(), "manifest.json"))


def run(args, use_native):
    env = dict(os.environ, PAGELAB_NATIVE="1" if use_native else "0")
    return subprocess.run([sys.executable, "-c", RUNNER, *args], capture_output=True,
                          text=True, timeout=300, env=env)


@pytest.mark.parametrize("program, extra", [
    ("lazy.s", ["--tlb", "dtlb4k=8x2"]),
    ("cow.s", []),
    ("cat.s", ["--paging", "sv39", "/proc/self/maps"]),
])
def test_native_and_numba_runs_are_identical(artifact, program, extra):
    args = ["--stats", *extra[:2], os.path.join(PROGRAMS, program), *extra[2:]]
    jit = run(args, use_native=False)
    nat = run(args, use_native=True)
    assert "Traceback" not in jit.stderr and "Traceback" not in nat.stderr, nat.stderr
    assert (nat.returncode, nat.stdout) == (jit.returncode, jit.stdout)
    assert "numba imported: True" in jit.stderr
    assert "numba imported: False" in nat.stderr
    # every statistic line (TLB hits/misses per size, walks, faults, ...) is the same
    strip = [line for line in jit.stderr.splitlines() if "numba imported" not in line]
    assert [line for line in nat.stderr.splitlines() if "numba imported" not in line] == strip
    assert any("tlb" in line.lower() for line in strip), jit.stderr


def test_a_corrupt_artifact_falls_back_to_numba(artifact, tmp_path):
    # a copy of the artifact with a truncated object file: the loader must refuse it quietly
    import shutil
    bad = tmp_path / "native"
    shutil.copytree(native.artifact_dir(), bad)
    with open(bad / "run.o", "r+b") as f:
        f.truncate(100)
    code = (f"import pagelab.cpu.core.native as n\n"
            f"n.artifact_dir = lambda: {str(bad)!r}\n"
            f"print(n.load())\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None"


def test_the_trampoline_passes_every_array_word():
    ir = native._trampoline_ir("run", "cfunc.x", 5, 1, True)
    assert ir.count("load i64") == 5 * native.ARRAY_WORDS
    assert "i64 %s0" in ir and "ret i64 %r" in ir
    void = native._trampoline_ir("set_priv", "cfunc.y", 1, 3, False)
    assert "call void" in void and "ret i64 0" in void


def test_the_builtin_entries_refuse_bad_arguments_with_python_errors(artifact):
    # the entry points are builtin functions; a wrong call raises instead of crashing
    code = ("import pagelab.cpu.core.native as n\n"
            "core = n.load()\n"
            "for args in [(1,), ('x', 0), (2 ** 70, 0)]:\n"
            "    try:\n"
            "        core.run(*args)\n"
            "    except (TypeError, OverflowError) as error:\n"
            "        print(type(error).__name__)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["TypeError", "TypeError", "OverflowError"]
