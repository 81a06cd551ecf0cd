"""C programs on pagelab (through the temporary mini runtime) against qemu-riscv64, and the TLB
statistics of the fast core against its reference mode.

The programs are freestanding (raw system calls, `programs/bench/rt.h`): `tests/cpu/c/*.c` cover
arithmetic corners, misaligned and page-crossing memory traffic, control flow and atomics;
`programs/bench/*.c` are the benchmark programs.  Each is built with
`riscv64-linux-gnu-gcc -static -nostdlib -O2` for rv64im and for rv64imac (lp64).
"""
from __future__ import annotations

import glob
import io
import os
import subprocess

import pytest

from oracles import require_tool
from pagelab.cpu.minirt import MiniRuntime, load_program
from pagelab.mmu.tlb import TLBConfig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TEST_PROGRAMS = sorted(glob.glob(os.path.join(HERE, "c", "*.c")))
BENCH_PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "programs", "bench", "*.c")))
MARCHES = ["rv64im", "rv64imac"]


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    gcc = require_tool("riscv64-linux-gnu-gcc")
    out = tmp_path_factory.mktemp("cpu-programs")
    cache = {}

    def _build(source, march):
        key = (source, march)
        if key not in cache:
            name = os.path.splitext(os.path.basename(source))[0]
            elf = str(out / f"{name}-{march}.elf")
            # -DQUICK: the benchmark programs' small sizes (the suite must stay fast)
            subprocess.run([gcc, "-static", "-nostdlib", "-O2", f"-march={march}", "-mabi=lp64",
                            "-DQUICK", "-o", elf, source], check=True, capture_output=True)
            cache[key] = elf
        return cache[key]
    return _build


def run_pagelab(elf, fast=True, tlb=None):
    out, err = io.BytesIO(), io.BytesIO()
    rt = MiniRuntime(load_program(elf), [elf], out=out, err=err, fast=fast, tlb=tlb)
    status = rt.run(max_instructions=2_000_000_000)
    return out.getvalue(), status, rt.m


def run_qemu(elf):
    qemu = require_tool("qemu-riscv64")
    proc = subprocess.run([qemu, elf], capture_output=True, timeout=120)
    return proc.stdout, proc.returncode


@pytest.mark.parametrize("march", MARCHES)
@pytest.mark.parametrize("source", TEST_PROGRAMS + BENCH_PROGRAMS,
                         ids=lambda p: os.path.basename(p))
def test_c_programs_give_the_same_output_and_status_as_qemu(build, source, march):
    elf = build(source, march)
    expected_out, expected_status = run_qemu(elf)
    out, status, _ = run_pagelab(elf)
    assert (out, status) == (expected_out, expected_status)


# A small TLB, so that evictions, rewalks and replacement decisions happen often.
SMALL_TLB = "itlb4k=4x2,dtlb4k=8x2,tlb2m=2,policy=lru"


@pytest.mark.parametrize("tlb", [SMALL_TLB, SMALL_TLB.replace("lru", "fifo"),
                                 SMALL_TLB.replace("lru", "random"), None])
@pytest.mark.parametrize("source", TEST_PROGRAMS, ids=lambda p: os.path.basename(p))
def test_tlb_statistics_are_the_same_with_and_without_the_fast_paths(build, source, tlb):
    stats = assert_fast_equals_reference(build(source, "rv64imac"), tlb)
    assert stats["hits"] > stats["misses"] > 0


UNFRIENDLY = [p for p in BENCH_PROGRAMS if "TLB-unfriendly" in open(p).readline()]


@pytest.mark.parametrize("tlb", [SMALL_TLB, None])
@pytest.mark.parametrize("source", UNFRIENDLY, ids=lambda p: os.path.basename(p))
def test_tlb_unfriendly_benchmarks_keep_the_statistics_of_the_reference_mode(build, source, tlb):
    """The miss path (evictions named to the micro-cache, no GEN move) on programs that miss
    all the time, in their small test sizes."""
    stats = assert_fast_equals_reference(build(source, "rv64imac"), tlb)
    assert stats["dtlb.4K.evictions"] > (1000 if tlb else 0) or "matmul" in source


def assert_fast_equals_reference(elf, tlb):
    """Run `elf` with the fast paths and in reference mode; everything the TLB model shows must
    be equal.  Returns the statistics."""
    config = TLBConfig.parse(tlb) if tlb else None
    fast_out, fast_status, fast = run_pagelab(elf, fast=True, tlb=config)
    ref_out, ref_status, ref = run_pagelab(elf, fast=False, tlb=config)
    assert (fast_out, fast_status) == (ref_out, ref_status)
    fs, rs = fast.stats(), ref.stats()
    for key in [k for k in fs if k.startswith("core.")]:
        del fs[key], rs[key]
    assert fs == rs
    # The entries are the same; their replacement stamps may differ in absolute value (the fast
    # core hands the MMU a page's fetch hits in one batch) but not in order within a set, and
    # the order is all that LRU and FIFO decide by.
    assert [strip(e) for e in fast.tlb_entries()] == [strip(e) for e in ref.tlb_entries()]
    assert stamp_order(fast.tlb_entries()) == stamp_order(ref.tlb_entries())
    return fs


def strip(entry):
    return {k: v for k, v in entry.items() if k not in ("last_used", "filled")}


def stamp_order(entries):
    sets = {}
    for e in entries:
        sets.setdefault((e["structure"], e["set"]), []).append(e)
    return {key: (sorted(range(len(es)), key=lambda i: es[i]["last_used"]),
                  sorted(range(len(es)), key=lambda i: es[i]["filled"]))
            for key, es in sets.items()}


def test_the_same_program_gives_identical_counters_on_every_run(build):
    elf = build(TEST_PROGRAMS[0], "rv64imac")
    runs = [run_pagelab(elf, tlb=TLBConfig.parse(SMALL_TLB)) for _ in range(2)]
    first, second = runs[0][2].stats(), runs[1][2].stats()
    assert first == second
    assert first["cycles"] > first["instret"] > 0
