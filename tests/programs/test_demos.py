"""The demos of programs/: each prints what its header comment promises.

A demo's header has an "Expected output" block: the lines after it that start with '#   '.  In
those lines `<name>` stands for a number that may vary (an absolute size); everything else must
match exactly, line for line.  The exit status is the one the header names ("exit status N" /
"exits with status N"), else 0.

Demos that do not depend on pagelab-only facts also run under qemu-riscv64 (assembled with GNU
as + ld) and must print the same there.
"""
from __future__ import annotations

import functools
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from oracles import GNU_AS, GNU_LD, QEMU, require_tool

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"
DEMOS = ["hello", "lazy", "cow", "segv", "crash", "filemap", "pipe", "heap", "ls", "thp"]
SAME_UNDER_QEMU = ["hello", "segv", "crash", "filemap", "pipe", "heap", "thp"]
TIMEOUT = 120
SCRATCH = tempfile.mkdtemp(prefix="pagelab-demos-")


def expected_block(source: Path) -> tuple[list, int, list]:
    """(expected lines, exit status, arguments): a header "Expected output for `NAME ARGS`:"
    names the arguments the block is for."""
    lines = source.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# Expected output"))
    named = re.match(r"# Expected output for `\S+((?: [^`]+)?)`", lines[start])
    args = named.group(1).split() if named else []
    block = []
    for line in lines[start + 1:]:
        if not line.startswith("#   "):
            break
        block.append(line[4:])
    header = "\n".join(line for line in lines if line.startswith("#"))
    status = re.search(r"exit(?:s with)? status (\d+)", header)
    return block, int(status.group(1)) if status else 0, args


def shell_status(returncode: int) -> int:
    """subprocess reports death by signal N as -N; a shell (and pagelab run) as 128 + N."""
    return 128 - returncode if returncode < 0 else returncode


def line_pattern(expected: str) -> re.Pattern:
    parts = re.split(r"<[a-z]+>", expected)
    return re.compile(r"-?\d+".join(re.escape(p) for p in parts) + r"\Z")


def run_pagelab(*args, **kwargs) -> subprocess.CompletedProcess:
    """`pagelab run ARGS` in a scratch directory (a crash must not leave a core file here)."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([sys.executable, "-m", "pagelab", "run",
                           "--sysctl", "kernel.core_pattern=", *args],
                          capture_output=True, timeout=TIMEOUT, text=True, cwd=SCRATCH, **kwargs)


@functools.lru_cache(maxsize=None)
def demo_run(name: str) -> subprocess.CompletedProcess:
    """`pagelab run programs/NAME.s ARGS` (ARGS from the header), once per test session."""
    _, _, args = expected_block(PROGRAMS / f"{name}.s")
    return run_pagelab(str(PROGRAMS / f"{name}.s"), *args)


@pytest.mark.parametrize("name", DEMOS)
def test_demo_prints_what_its_header_promises(name):
    source = PROGRAMS / f"{name}.s"
    block, status, args = expected_block(source)
    assert block, f"{name}.s has no expected-output block"
    result = demo_run(name)
    out_lines = result.stdout.splitlines()
    assert len(out_lines) == len(block), result.stdout + result.stderr
    for got, want in zip(out_lines, block):
        assert line_pattern(want).match(got), f"{got!r} does not match {want!r}"
    assert result.returncode == status, result.stderr


def test_crash_gets_the_shells_message():
    assert "Segmentation fault" in demo_run("crash").stderr


@pytest.fixture(scope="module")
def gnu_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("demos")

    def build(name: str) -> Path:
        gas, gld = require_tool(GNU_AS), require_tool(GNU_LD)
        obj, exe = out / f"{name}.o", out / name
        subprocess.run([gas, "-march=rv64imac", "-I", str(PROGRAMS), "-o", str(obj),
                        str(PROGRAMS / f"{name}.s")], check=True)
        subprocess.run([gld, "-static", "-o", str(exe), str(obj)], check=True)
        return exe
    return build


@pytest.mark.parametrize("name", SAME_UNDER_QEMU)
def test_demo_prints_the_same_under_qemu(name, gnu_build):
    """GNU as + ld + qemu-riscv64 against pagelab's assembler + pagelab run."""
    qemu = require_tool(QEMU)
    exe = gnu_build(name)
    _, _, args = expected_block(PROGRAMS / f"{name}.s")
    expected = subprocess.run([qemu, str(exe), *args], capture_output=True, text=True,
                              timeout=TIMEOUT, stdin=subprocess.DEVNULL, cwd=SCRATCH,
                              preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))
    actual = demo_run(name)
    assert actual.stdout == expected.stdout
    assert actual.returncode == shell_status(expected.returncode)


def test_cat_prints_files_and_reports_missing_ones(tmp_path):
    (tmp_path / "a.txt").write_text("first file\n")
    (tmp_path / "b.txt").write_text("second\nfile\n")
    result = run_pagelab("--root", str(tmp_path), str(PROGRAMS / "cat.s"), "/a.txt", "/missing",
                         "b.txt")
    assert result.stdout == "first file\nsecond\nfile\n"
    assert result.stderr == "cat: /missing: cannot open (errno 2)\n"
    assert result.returncode == 1


def test_cat_copies_standard_input():
    result = run_pagelab(str(PROGRAMS / "cat.s"), input="line one\nline two\n", stdin=None)
    assert result.stdout == "line one\nline two\n"
    assert result.returncode == 0


def test_cat_shows_its_own_maps_from_bin():
    result = run_pagelab("cat", "/proc/self/maps")
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert lines[0].endswith(" /bin/cat") and " r-xp " in lines[0]
    assert any(line.endswith("[stack]") for line in lines)
    for line in lines:
        assert re.match(r"[0-9a-f]{8,}-[0-9a-f]{8,} [r-][w-][x-][ps] [0-9a-f]{8} "
                        r"[0-9a-f]{2}:[0-9a-f]{2} \d+ ", line), line


def test_cat_cannot_read_outside_the_root(tmp_path):
    import os
    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "ok.txt").write_text("inside\n")
    (tmp_path / "secret.txt").write_text("SECRET\n")
    os.symlink("../secret.txt", tmp_path / "inside" / "link")
    result = run_pagelab("--root", str(tmp_path / "inside"), str(PROGRAMS / "cat.s"),
                         "ok.txt", "../secret.txt", "/../../secret.txt", "link")
    assert result.stdout == "inside\n"
    assert "SECRET" not in result.stdout
    assert result.stderr.count("cannot open (errno 2)") == 3
