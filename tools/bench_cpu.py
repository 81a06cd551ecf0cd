"""`pagelab bench cpu`: MIPS of the compute programs, beside qemu-riscv64 on the same ELFs.

For each program of `programs/bench/*.c` (built here with riscv64-linux-gnu-gcc -static -nostdlib
-O2 -march=rv64imac -mabi=lp64) it prints pagelab's speed with the MMU on (Sv48, default TLB),
TLB misses per 1,000 instructions, the estimated cost of one miss, and qemu-riscv64's time on the
same ELF measured in the same run, interleaved (pagelab, qemu, pagelab, qemu, ...), medians of
--reps runs.  Programs whose first line says "TLB-unfriendly" (large strides, random access over
tens of MiB) are marked `*`; the geomean is printed for all, friendly and unfriendly ones.

The TLB miss path is measured by `tlbstride.c`: the same loop of one load per page over 16
pages (every access hits: the baseline) and over 1,024 pages (every access misses);
ns/miss = (CPU time of the miss run - that of the hit run) / (extra misses).  A program's
"ns/miss" column is an estimate on the same basis: (its CPU time - instructions x the hit loop's
time per instruction) / its misses -- rough where the instruction mix differs from the loop's.
`pagelab bench tlb` runs only the unfriendly programs and the stride pair.

Then the cold numba compile time (a first run in a fresh, empty numba cache directory) and the
wall time of a warm `pagelab run` of a hello program.

MIPS = instructions retired / CPU time of the thread inside Machine.run (the emulator itself;
the mini runtime's Python system-call handling and eager page mapping are outside it, and on a
shared machine CPU time is steadier than wall time).  qemu's figure is instructions / CPU time
(user + system) of the whole qemu process, startup included, so the ratio flatters pagelab a
little on short runs.  "wall s" is pagelab's whole run (set-up included) by the wall clock.

`jit MIPS` is the same measurement with the block-translation engine (`--engine jit`,
docs/jit.md; translation time included -- its persistent cache makes later runs cheaper);
--no-jit leaves it out.

The physical bound (a second table; --no-native and --no-big-tlb leave parts out): the same C
sources built for the host with its own `gcc -O2` (rt.h's host variant: x86-64 or AArch64
Linux system calls, nothing else differs) and run natively, twice: as built (the host's 4 KiB
pages) and with -DHOST_THP (madvise(MADV_HUGEPAGE) over its data: the best the host can do).
`native MIPS` = pagelab's instruction count for the program / the faster variant's CPU
seconds: the rate at which the host hardware itself does the same work.  Where that is under a
goal, no emulator on this host reaches the goal.  (gcc 12's -O2 vectorizes: the friendly
programs' native rates are far above any emulator's; the column is there for the programs
the host itself finds hard.)  A program whose native output differs from
pagelab's is marked (the comparison would be meaningless).  Without the host's gcc, or on
another host architecture, the native columns are skipped with a note.
The TLB model's part of each run, two ways.  `big-TLB MIPS` is pagelab again with a DTLB so
large (dtlb4k=32768x4, 128 MiB of reach) that only first touches miss, and `share` = 1 - (its
CPU time / the default TLB's).  That understates the part where accesses are random: the big
TLB's own entries are 2 MiB of host memory, so its hits miss the host's caches where the
default TLB's 64 entries never do, and every access that leaves pagelab's 64-line micro-cache
still goes through the slow path (a negative share: the program is not bound by the TLB
model).  `miss est` = misses x the tlbstride pair's ns per miss / CPU time: the time the miss
path (probe, walk, fill, replacement) takes at its pure, host-cache-warm cost.

Programs run under the temporary mini runtime (pagelab.cpu.minirt), which needs no kernel.
This prints figures; it never asserts.
"""
from __future__ import annotations

import argparse
import glob
import io
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GCC = "riscv64-linux-gnu-gcc"
QEMU = "qemu-riscv64"
HOST_GCC = "gcc"
HOST_MACHINES = ("x86_64", "amd64", "aarch64", "arm64")     # rt.h has a host variant for these
BIG_TLB = "dtlb4k=32768x4"     # 128 MiB of 4 KiB reach: more than any program here touches
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


def native_unavailable() -> str | None:
    """Why the native peer cannot run here, or None."""
    if platform.system() != "Linux" or platform.machine().lower() not in HOST_MACHINES:
        return (f"host is {platform.system()} {platform.machine()}: rt.h has a host variant for "
                f"Linux x86-64 and AArch64 only")
    if shutil.which(HOST_GCC) is None:
        return f"the host's {HOST_GCC} is missing (apt-get install gcc)"
    return None


def build_native(sources: list[str], out_dir: str, thp: bool,
                 defines: tuple[str, ...] = ()) -> dict[str, str]:
    """The host builds of `sources` (host gcc -O2, rt.h's host variant); {} when unavailable.
    thp: -DHOST_THP (the program asks for transparent huge pages on its data); defines: more
    -D options (the tests build the programs' -DQUICK sizes)."""
    if native_unavailable() is not None:
        return {}
    exes = {}
    for src in sources:
        name = os.path.splitext(os.path.basename(src))[0]
        exe = os.path.join(out_dir, name + (".thp" if thp else ".native"))
        proc = subprocess.run([HOST_GCC, "-static", "-nostdlib", "-O2", "-fno-stack-protector",
                               "-no-pie", *(["-DHOST_THP"] if thp else []),
                               *("-D" + d for d in defines),
                               "-I", os.path.join(_root(), "programs", "bench"), "-o", exe, src],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"  {name}: host build failed: {proc.stderr.strip()[:200]}")
            continue
        exes[name] = exe
    return exes


NATIVE_TIMEOUT = 600            # seconds: a native run that takes longer is reported, not awaited


def run_native(exe: str, args: tuple[str, ...] = ()) -> tuple[float, bytes] | None:
    """(CPU seconds user + system, stdout) of one native run of a host build; None if it did
    not finish within NATIVE_TIMEOUT seconds."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        proc = subprocess.run([exe, *args], capture_output=True, timeout=NATIVE_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"  {os.path.basename(exe)}: native run stopped after {NATIVE_TIMEOUT} s")
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.stdout


STRIDE = "tlbstride"                   # the miss-path microbenchmark, not in the geomean
STRIDE_HIT, STRIDE_MISS = "16", "1024"  # pages: within every default TLB / beyond them


class Run:
    """One pagelab run of one program: figures from the Machine after it."""

    def __init__(self, cpu_seconds: float, instructions: int, misses: int, hits: int,
                 wall: float, status: int, output: bytes = b""):
        self.cpu_seconds = cpu_seconds
        self.instructions = instructions
        self.misses = misses
        self.hits = hits
        self.wall = wall
        self.status = status
        self.output = output

    @property
    def mips(self) -> float:
        return self.instructions / max(self.cpu_seconds, 1e-9) / 1e6


def run_pagelab(elf: str, args: tuple[str, ...] = (), engine: str = "interp",
                tlb: str | None = None) -> Run:
    """tlb: a `--tlb` setting (None: the default TLB)."""
    from pagelab.cpu.minirt import MiniRuntime, load_program
    from pagelab.mmu.tlb import TLBConfig
    out = io.BytesIO()
    t0 = time.perf_counter()
    rt = MiniRuntime(load_program(elf), [elf, *args], out=out, err=out, paging="sv48",
                     engine=engine, tlb=TLBConfig.parse(tlb) if tlb else None)
    status = rt.run()
    wall = time.perf_counter() - t0
    s = rt.m.stats()
    return Run(rt.cpu_seconds, rt.m.instret, s["misses"], s["hits"], wall, status,
               out.getvalue())


def is_unfriendly(source: str) -> bool:
    with open(source) as f:
        return "TLB-unfriendly" in f.readline()


def run_qemu(elf: str, args: tuple[str, ...] = ()) -> float | None:
    """CPU seconds (user + system) of one qemu-riscv64 run, startup included."""
    import resource
    qemu = shutil.which(QEMU)
    if qemu is None:
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([qemu, elf, *args], capture_output=True)
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


def stride_figures(elf: str, reps: int) -> tuple[float, float, float, list[str]] | None:
    """The miss-path microbenchmark: (ns per miss, hit-loop ns per instruction, miss-run MIPS,
    printed lines).  Interleaved hit and miss runs; the fastest of each (CPU time)."""
    hit, miss, qemu = [], [], []
    for _ in range(reps):
        hit.append(run_pagelab(elf, (STRIDE_HIT,)))
        miss.append(run_pagelab(elf, (STRIDE_MISS,)))
        q = run_qemu(elf, (STRIDE_MISS,))
        if q:
            qemu.append(q)
    h = min(hit, key=lambda r: r.cpu_seconds)
    m = min(miss, key=lambda r: r.cpu_seconds)
    extra = m.misses - h.misses
    if extra <= 0:
        return None
    ns_per_miss = (m.cpu_seconds - h.cpu_seconds) / extra * 1e9
    ns_per_instr = h.cpu_seconds / h.instructions * 1e9
    lines = [f"{STRIDE + ' ' + STRIDE_HIT:<15} {h.mips:7.1f} {1000 * h.misses / h.instructions:8.3f} "
             f"{'(base)':>7} {h.instructions:12d}",
             f"{STRIDE + ' ' + STRIDE_MISS:<15} {m.mips:7.1f} {1000 * m.misses / m.instructions:8.3f} "
             f"{ns_per_miss:7.1f} {m.instructions:12d}"]
    if qemu:
        qm = m.instructions / statistics.median(qemu) / 1e6
        lines[1] += f" {statistics.median([r.wall for r in miss]):7.2f} {qm:10.0f} {qm / m.mips:12.1f}x"
    return ns_per_miss, ns_per_instr, m.mips, lines


def main(argv: list[str], prog: str = "pagelab bench cpu", only_unfriendly: bool = False) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=3, help="runs per program (median)")
    parser.add_argument("--programs", nargs="*", help="names of programs/bench/*.c to run")
    parser.add_argument("--no-startup", action="store_true",
                        help="skip the cold-compile and warm-run measurements")
    parser.add_argument("--no-jit", action="store_true",
                        help="skip the `jit MIPS` column (the block-translation engine)")
    parser.add_argument("--no-native", action="store_true",
                        help="skip the native host builds (the physical bound)")
    parser.add_argument("--no-big-tlb", action="store_true",
                        help="skip the big-TLB runs (the TLB model's share of the time)")
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if options.reps < 1:
        print(f"{prog}: --reps must be at least 1", file=sys.stderr)
        return 2
    sources = sorted(glob.glob(os.path.join(_root(), "programs", "bench", "*.c")))
    if options.programs:
        sources = [s for s in sources if os.path.splitext(os.path.basename(s))[0]
                   in options.programs + [STRIDE]]
    if only_unfriendly:
        sources = [s for s in sources if is_unfriendly(s) or s.endswith(STRIDE + ".c")]
    unfriendly = {os.path.splitext(os.path.basename(s))[0] for s in sources if is_unfriendly(s)}
    with tempfile.TemporaryDirectory(prefix="pagelab-bench-") as tmp:
        elfs = build(sources, tmp)
        if not elfs:
            print(f"  no programs: {GCC} is missing or the build failed")
            return 0
        stride = elfs.pop(STRIDE, None)
        native_note = "left out (--no-native)" if options.no_native else native_unavailable()
        natives, thps = {}, {}
        if native_note is None:
            program_sources = [s for s in sources if not s.endswith(STRIDE + ".c")]
            natives = build_native(program_sources, tmp, thp=False)
            thps = build_native(program_sources, tmp, thp=True)
        # warm the core (load from numba's cache, or compile) before timing anything
        run_pagelab(stride or next(iter(elfs.values())), (STRIDE_HIT,) if stride else ())
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; "
              f"* = TLB-unfriendly; ns/miss = CPU time per TLB miss beyond the tlbstride 16 loop's")
        jit = not options.no_jit
        print(f"{'program':<15} {'MIPS':>7} {'miss/ki':>8} {'ns/miss':>7} {'instr':>12} "
              f"{'wall s':>7} {'qemu MIPS':>10} {'qemu/pagelab':>13}"
              + (f" {'jit MIPS':>9}" if jit else ""))
        base_ns = None
        if stride:
            figures = stride_figures(stride, options.reps)
            if figures:
                ns_per_miss, base_ns, _, lines = figures
                for line in lines:
                    print(line, flush=True)
        mips_all, qemu_all, jit_all = {}, {}, {}
        bound = {}   # name -> (instructions, misses, MIPS, big-TLB runs, native, native THP, same)
        for name, elf in elfs.items():
            runs, qemus, jits, bigs, nat, nat_thp = [], [], [], [], [], []
            same = True
            for _ in range(options.reps):
                runs.append(run_pagelab(elf))
                q = run_qemu(elf)
                if q is not None and q > 0:
                    qemus.append(q)
                if jit:
                    jits.append(run_pagelab(elf, engine="jit"))
                if not options.no_big_tlb:
                    bigs.append(run_pagelab(elf, tlb=BIG_TLB))
                for exes, times in ((natives, nat), (thps, nat_thp)):
                    result = run_native(exes[name]) if name in exes else None
                    if result is not None:
                        times.append(result[0])
                        same = same and result[1] == runs[0].output
            med = statistics.median(r.mips for r in runs)
            r = runs[0]
            n = r.instructions
            mips_all[name] = med
            miss_ki = 1000 * r.misses / n if n else 0.0
            est = "-"
            if base_ns is not None and r.misses > n / 1000:
                cpu = n / med / 1e6
                value = (cpu - n * base_ns * 1e-9) / r.misses * 1e9
                est = f"{value:.1f}" if value > 0 else "<0"      # mix cheaper than the loop
            label = name + (" *" if name in unfriendly else "")
            line = (f"{label:<15} {med:7.1f} {miss_ki:8.3f} {est:>7} {n:12d} "
                    f"{statistics.median(r.wall for r in runs):7.2f}")
            if qemus:
                qm = n / statistics.median(qemus) / 1e6
                qemu_all[name] = qm
                line += f" {qm:10.0f} {qm / med:12.1f}x"
            else:
                line += f" {'-':>10} {'(no qemu)':>13}"
            if jits:
                jit_all[name] = statistics.median(r.mips for r in jits)
                line += f" {jit_all[name]:9.1f}"
            print(line, flush=True)
            bound[name] = (n, r.misses, med, bigs, nat, nat_thp, same)
        groups = [("geomean", list(mips_all))]
        if unfriendly and len(unfriendly) < len(mips_all):
            groups += [("  friendly", [k for k in mips_all if k not in unfriendly]),
                       ("  unfriendly", [k for k in mips_all if k in unfriendly])]
        for title, names in groups:
            if not names:
                continue
            g = geomean([mips_all[k] for k in names])
            line = f"{title:<15} {g:7.1f} {'':>8} {'':>7} {'':>12} {'':>7}"
            if all(k in qemu_all for k in names):
                gq = geomean([qemu_all[k] for k in names])
                line += f" {gq:10.0f} {gq / g:12.1f}x"
            else:
                line += f" {'':>10} {'':>13}"
            if jit_all:
                line += f" {geomean([jit_all[k] for k in names]):9.1f}"
            print(line)
        print(f"(load average now {os.getloadavg()[0]:.2f})")
        print_bound(bound, unfriendly, native_note, options.no_big_tlb,
                    ns_per_miss if base_ns is not None else None)
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


GOAL_FLOOR = 150.0        # issue 12: no TLB-unfriendly program under 150 MIPS


def print_bound(bound: dict, unfriendly: set[str], native_note: str | None,
                no_big_tlb: bool, ns_per_miss: float | None) -> None:
    """The second table: the TLB model's share of each run and the host's own rate (medians)."""
    if native_note is not None and no_big_tlb:
        print(f"\nphysical bound: skipped (native: {native_note}; big TLB: --no-big-tlb)")
        return
    print(f"\nphysical bound: native = the same C built for this host ({HOST_GCC} -O2), CPU s "
          f"(4 KiB pages / THP); native MIPS = pagelab's instructions / the faster native CPU s")
    if native_note is not None:
        print(f"  native columns skipped: {native_note}")
    print(f"{'program':<15} {'MIPS':>7} {'big-TLB':>8} {'share':>6} {'miss est':>8} {'native s':>9} "
          f"{'THP s':>7} {'native MIPS':>11} {'pagelab/native':>14}")
    limited = []
    for name, (n, misses, med, bigs, nat, nat_thp, same) in bound.items():
        label = name + (" *" if name in unfriendly else "")
        line = f"{label:<15} {med:7.1f}"
        if bigs:
            big = statistics.median(r.mips for r in bigs)
            line += f" {big:8.1f} {100 * (1 - med / big):5.0f}%"
        else:
            line += f" {'-':>8} {'-':>6}"
        if ns_per_miss is not None and n:
            est = misses * ns_per_miss * 1e-9 / (n / med / 1e6)
            line += f" {100 * est:7.0f}%"
        else:
            line += f" {'-':>8}"
        if nat or nat_thp:
            secs = [statistics.median(t) if t else math.inf for t in (nat, nat_thp)]
            best = min(secs)
            native_mips = n / max(best, 1e-6) / 1e6
            line += "".join(f" {x:{w}.3f}" if x != math.inf else f" {'-':>{w}}"
                            for x, w in zip(secs, (9, 7)))
            line += f" {native_mips:11.0f} {med / native_mips:13.2f}x"
            if not same:
                line += "  (native output differs from pagelab's: not comparable)"
            elif name in unfriendly and native_mips < GOAL_FLOOR:
                limited.append((name, native_mips))
        print(line, flush=True)
    for name, native_mips in limited:
        print(f"  {name}: the host itself does this work at {native_mips:.0f} M guest "
              f"instructions/s, under the {GOAL_FLOOR:.0f} MIPS floor: no emulator on this host "
              f"can reach it")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
