"""`pagelab bench cpu`: MIPS of the compute programs, beside qemu-riscv64 on the same ELFs.

For each program of `programs/bench/*.c` (built here with riscv64-linux-gnu-gcc -static -nostdlib
-O2 -march=rv64imac -mabi=lp64) it prints pagelab's speed with the MMU on (Sv48, default TLB),
the TLB hit rate, and qemu-riscv64's time on the same ELF measured in the same run, interleaved
(pagelab, qemu, pagelab, qemu, ...), medians of --reps runs.  Then the geomean, the cold numba
compile time (a first run in a fresh, empty numba cache directory) and the wall time of a warm
`pagelab run` of a hello program.

MIPS = instructions retired / CPU time of the thread inside Machine.run (the emulator itself;
the mini runtime's Python system-call handling and eager page mapping are outside it, and on a
shared machine CPU time is steadier than wall time).  qemu's figure is instructions / CPU time
(user + system) of the whole qemu process, startup included, so the ratio flatters pagelab a
little on short runs.  "wall s" is pagelab's whole run (set-up included) by the wall clock.

Programs run under the temporary mini runtime (pagelab.cpu.minirt), which needs no kernel.
This prints figures; it never asserts.
"""
from __future__ import annotations

import argparse
import glob
import io
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GCC = "riscv64-linux-gnu-gcc"
QEMU = "qemu-riscv64"
HELLO_C = r'''
#include "rt.h"
int main(int argc, char **argv) { puts_("Hello, world!\n"); return 0; }
'''


def _root() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(here)


def build(sources: list[str], out_dir: str) -> dict[str, str]:
    gcc = shutil.which(GCC)
    if gcc is None:
        return {}
    elfs = {}
    for src in sources:
        name = os.path.splitext(os.path.basename(src))[0]
        elf = os.path.join(out_dir, name + ".elf")
        proc = subprocess.run([gcc, "-static", "-nostdlib", "-O2", "-march=rv64imac", "-mabi=lp64",
                               "-I", os.path.join(_root(), "programs", "bench"), "-o", elf, src],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"  {name}: build failed: {proc.stderr.strip()[:200]}")
            continue
        elfs[name] = elf
    return elfs


def run_pagelab(elf: str) -> tuple[float, float, int, float, int]:
    """(mips, tlb hit %, instructions, wall seconds, exit status) of one run."""
    from pagelab.cpu.minirt import MiniRuntime, load_program
    out = io.BytesIO()
    t0 = time.perf_counter()
    rt = MiniRuntime(load_program(elf), [elf], out=out, err=out, paging="sv48")
    status = rt.run()
    wall = time.perf_counter() - t0
    s = rt.m.stats()
    total = s["hits"] + s["misses"]
    rate = 100.0 * s["hits"] / total if total else 100.0
    n = rt.m.instret
    return n / max(rt.cpu_seconds, 1e-9) / 1e6, rate, n, wall, status


def run_qemu(elf: str) -> float | None:
    """CPU seconds (user + system) of one qemu-riscv64 run, startup included."""
    import resource
    qemu = shutil.which(QEMU)
    if qemu is None:
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([qemu, elf], capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(argv: list[str], env=None) -> tuple[float, float] | None:
    """(wall seconds, CPU seconds user+system) of one child process; None if it failed."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        return None
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold_compile_seconds(elf: str) -> tuple[float, float] | None:
    """A first run with an empty numba cache (compilation included)."""
    with tempfile.TemporaryDirectory(prefix="pagelab-cold-") as cache:
        env = dict(os.environ, NUMBA_CACHE_DIR=cache, PAGELAB_NUMBA_BASE=cache)
        return timed([sys.executable, "-m", "pagelab.cpu.minirt", elf], env)


def warm_run_seconds(argv: list[str], reps: int = 3) -> tuple[float, float] | None:
    runs = [timed(argv) for _ in range(reps)]
    if any(r is None for r in runs):
        return None
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _seconds(result) -> str:
    return "failed" if result is None else f"{result[0]:.2f} s wall, {result[1]:.2f} s CPU"


def geomean(values: list[float]) -> float:
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 0.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="pagelab bench cpu", description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=3, help="runs per program (median)")
    parser.add_argument("--programs", nargs="*", help="names of programs/bench/*.c to run")
    parser.add_argument("--no-startup", action="store_true",
                        help="skip the cold-compile and warm-run measurements")
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if options.reps < 1:
        print("pagelab bench cpu: --reps must be at least 1", file=sys.stderr)
        return 2
    sources = sorted(glob.glob(os.path.join(_root(), "programs", "bench", "*.c")))
    if options.programs:
        sources = [s for s in sources if os.path.splitext(os.path.basename(s))[0]
                   in options.programs]
    with tempfile.TemporaryDirectory(prefix="pagelab-bench-") as tmp:
        elfs = build(sources, tmp)
        if not elfs:
            print(f"  no programs: {GCC} is missing or the build failed")
            return 0
        # warm the core (load from numba's cache, or compile) before timing anything
        first = next(iter(elfs.values()))
        run_pagelab(first)
        print(f"{'program':<11} {'MIPS':>7} {'TLB hit%':>9} {'instr':>12} {'wall s':>7} "
              f"{'qemu cpu s':>10} {'qemu MIPS':>10} {'qemu/pagelab':>13}")
        mips_all, qemu_all = [], []
        for name, elf in elfs.items():
            mips, walls, qemus = [], [], []
            for _ in range(options.reps):
                m, rate, n, wall, status = run_pagelab(elf)
                mips.append(m)
                walls.append(wall)
                q = run_qemu(elf)
                if q is not None and q > 0:
                    qemus.append(q)
            med = statistics.median(mips)
            mips_all.append(med)
            line = (f"{name:<11} {med:7.1f} {rate:9.3f} {n:12d} {statistics.median(walls):7.2f}")
            if qemus:
                q = statistics.median(qemus)
                qm = n / q / 1e6
                qemu_all.append(qm)
                line += f" {q:10.3f} {qm:10.0f} {qm / med:12.1f}x"
            else:
                line += f" {'-':>10} {'-':>10} {'(no qemu)':>13}"
            print(line, flush=True)
        g = geomean(mips_all)
        line = f"{'geomean':<11} {g:7.1f}"
        if qemu_all:
            gq = geomean(qemu_all)
            line += f" {'':>9} {'':>12} {'':>7} {'':>10} {gq:10.0f} {gq / g:12.1f}x"
        print(line)
        if not options.no_startup:
            hello_src = os.path.join(tmp, "hello.c")
            with open(hello_src, "w") as f:
                f.write(HELLO_C)
            hello = build([hello_src], tmp).get("hello")
            if hello:
                cold = cold_compile_seconds(hello)
                print("cold start (empty numba cache, compile + run hello): " + _seconds(cold))
                pagelab = shutil.which("pagelab") or os.path.join(os.path.dirname(sys.executable),
                                                                   "pagelab")
                warm = warm_run_seconds([pagelab, "run", hello])
                print("warm `pagelab run hello` (kernel): " + _seconds(warm))
                warm = warm_run_seconds([sys.executable, "-m", "pagelab.cpu.minirt", hello])
                print("warm `python -m pagelab.cpu.minirt hello` (no kernel): " + _seconds(warm))
                print(f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: "
                      f"wall times include waiting for a CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
