"""`pagelab bench cpu`'s native peer: the benchmark programs built for the host (rt.h's host
variant) do the same work as on pagelab -- the same output and exit status -- and the
physical-bound table names the programs the host itself cannot run at the goal's floor."""
from __future__ import annotations

import glob
import io
import os
import subprocess

import pytest

from oracles import require_tool
from pagelab.cpu.minirt import MiniRuntime, load_program
from pagelab.tools import bench_cpu

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = sorted(glob.glob(os.path.join(ROOT, "programs", "bench", "*.c")))


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    if bench_cpu.native_unavailable() is not None and "is missing" not in \
            bench_cpu.native_unavailable():
        pytest.skip(bench_cpu.native_unavailable())      # not an x86-64/AArch64 Linux host
    require_tool("gcc")
    gcc = require_tool("riscv64-linux-gnu-gcc")
    out = tmp_path_factory.mktemp("bench-native")
    natives = bench_cpu.build_native(BENCH, str(out), thp=False, defines=("QUICK",))
    thps = bench_cpu.build_native(BENCH, str(out), thp=True, defines=("QUICK",))
    elfs = {}
    for source in BENCH:
        name = os.path.splitext(os.path.basename(source))[0]
        elf = str(out / f"{name}.elf")
        subprocess.run([gcc, "-static", "-nostdlib", "-O2", "-march=rv64imac", "-mabi=lp64",
                        "-DQUICK", "-o", elf, source], check=True, capture_output=True)
        elfs[name] = elf
    return natives, thps, elfs


@pytest.mark.parametrize("source", BENCH, ids=lambda s: os.path.basename(s))
def test_host_build_gives_the_output_and_status_of_the_guest_build(builds, source):
    natives, thps, elfs = builds
    name = os.path.splitext(os.path.basename(source))[0]
    assert name in natives and name in thps, "host build failed"
    out = io.BytesIO()
    rt = MiniRuntime(load_program(elfs[name]), [elfs[name]], out=out, err=out)
    status = rt.run(max_instructions=2_000_000_000)
    assert out.getvalue()
    for exe in (natives[name], thps[name]):
        proc = subprocess.run([exe], capture_output=True, timeout=60)
        assert (proc.stdout, proc.returncode) == (out.getvalue(), status)
        seconds, output = bench_cpu.run_native(exe)
        assert output == out.getvalue() and seconds >= 0


def test_physical_bound_table_names_host_bound_programs(capsys):
    class R:
        def __init__(self, mips):
            self.mips = mips
    n = 300_000_000
    bound = {
        # name: (instructions, misses, MIPS, big-TLB runs, native s, native THP s, same output)
        "slowhost": (n, n // 10, 30.0, [R(40.0)], [6.0], [5.0], True),     # 60 M/s natively
        "fasthost": (n, n // 100, 100.0, [R(150.0)], [0.5], [0.6], True),  # 600 M/s
        "differs": (n, 0, 100.0, [], [0.1], [], False),
    }
    bench_cpu.print_bound(bound, {"slowhost", "fasthost", "differs"}, None, False, 30.0)
    text = capsys.readouterr().out
    lines = {line.split()[0]: line for line in text.splitlines() if line.strip()}
    assert lines["slowhost"].split()[-2:] == ["60", "0.50x"]
    assert lines["slowhost"].split()[3:5] == ["40.0", "25%"]          # big TLB: 1 - 30/40
    assert lines["slowhost"].split()[5] == "9%"     # 30 M misses x 30 ns / 10 s of CPU
    assert lines["fasthost"].split()[-2:] == ["600", "0.17x"]
    assert "native output differs" in lines["differs"]
    assert "slowhost: the host itself does this work at 60 M guest instructions/s" in text
    assert "fasthost: the host" not in text and "differs: the host" not in text


def test_physical_bound_says_why_the_native_columns_are_missing(capsys):
    bench_cpu.print_bound({}, set(), "the host's gcc is missing (apt-get install gcc)", False,
                          None)
    assert "native columns skipped: the host's gcc is missing" in capsys.readouterr().out
    bench_cpu.print_bound({}, set(), "left out (--no-native)", True, None)
    assert "skipped (native: left out (--no-native); big TLB: --no-big-tlb)" in \
        capsys.readouterr().out
