"""Differential tests: C programs written for pagelab print the same, and exit the same, under
qemu-riscv64 (whose system calls are real Linux's) and under `pagelab run`.

Each `c/*.c` is built with the project's fixed flags and the tiny runtime `c/rt.h` (raw ecalls, no
libc), run under both, and the two standard outputs and exit statuses are compared.  The programs
print only facts that hold on any Linux (values relative to a mapping's base, "yes"/"no" checks,
errno values), never raw addresses or pids, so qemu's own quirks (its emulated /proc/self/maps,
its loader's addresses) do not matter.  A program that needs arguments gets them from ARGS.
"""
from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from oracles import GNU_GCC, QEMU, require_tool

C_DIR = Path(__file__).parent / "c"
SOURCES = sorted(C_DIR.glob("*.c"))
CFLAGS = ["-static", "-nostdlib", "-O2", "-march=rv64imac", "-mabi=lp64", "-ffreestanding",
          "-fno-stack-protector", "-Wall", "-Werror"]
ARGS = {"proc_self": ["first", "second arg"]}
TIMEOUT = 120


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("c-programs")


def build(source: Path, out_dir: Path) -> Path:
    gcc = require_tool(GNU_GCC)
    exe = out_dir / source.stem
    result = subprocess.run([gcc, *CFLAGS, "-o", str(exe), str(source)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    return exe


def run_qemu(exe: Path, args: list) -> subprocess.CompletedProcess:
    qemu = require_tool(QEMU)
    return subprocess.run([qemu, str(exe), *args], capture_output=True, timeout=TIMEOUT,
                          stdin=subprocess.DEVNULL, cwd=exe.parent,
                          preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))


def run_pagelab(exe: Path, args: list) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pagelab", "run", "--sysctl",
                           "kernel.core_pattern=", str(exe), *args],
                          capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                          cwd=exe.parent)


def test_there_are_differential_programs():
    assert len(SOURCES) >= 8


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_c_program_behaves_the_same_under_qemu_and_pagelab(source, build_dir):
    exe = build(source, build_dir)
    args = ARGS.get(source.stem, [])
    expected = run_qemu(exe, args)
    assert expected.stdout, f"{source.name} printed nothing under qemu: {expected.stderr!r}"
    actual = run_pagelab(exe, args)
    assert actual.stdout.decode(errors="replace") == expected.stdout.decode(errors="replace"), \
        actual.stderr.decode(errors="replace")[-2000:]
    status = expected.returncode
    assert actual.returncode == (128 - status if status < 0 else status)   # killed: 128 + N
