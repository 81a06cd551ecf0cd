"""`pagelab bench trace`: what the tracepoints (kernel/trace.py) cost.  Prints, never asserts.

The same two guest programs run three times each, on fresh kernels:

    no listener     kernel.trace.enabled is False: every tracepoint is one attribute test
    counting        a listener that counts events (the cost of building each event)
    json lines      `pagelab run --trace` 's writer, into /dev/null

and the figures are MIPS (a compute loop with one system call per 100,000 instructions) and
minor faults per second (bench faults' page-touching program).  Each figure is the best of
--repeat runs (CPU time of this process; the machine is shared).

Options: --pages N (default 50000), --instructions N (default 20 million), --repeat N (3).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

COMPUTE_SOURCE = """\
# {outer} x (100000-instruction loop + one getpid)
        .text
        .globl _start
_start:
        li      s0, {outer}
1:      li      t0, 33333
2:      addi    t1, t1, 3
        addi    t0, t0, -1
        bnez    t0, 2b
        li      a7, 172                 # getpid
        ecall
        addi    s0, s0, -1
        bnez    s0, 1b
        li      a0, 0
        li      a7, 94
        ecall
"""


def run_once(source: str, mem: int, listener: str) -> tuple[float, int, int, int]:
    """(cpu seconds of kernel.run, instructions, minor faults, events) for one fresh run."""
    from pagelab.kernel.kernel import Kernel, KernelConfig
    from pagelab.kernel.trace import JsonLinesWriter
    from pagelab.tools.run import load_program
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.s")
        with open(path, "w") as handle:
            handle.write(source)
        kernel = Kernel(KernelConfig(mem_size=mem))
        events = [0]
        sink = None
        if listener == "counting":
            def count(event):
                events[0] += 1
            kernel.trace.listen(count)
        elif listener == "json":
            sink = open(os.devnull, "w")
            writer = JsonLinesWriter(sink)
            kernel.trace.listen(writer)
        task = kernel.spawn(load_program(kernel, path, None), ["bench"], [])
        cpu = time.process_time()
        kernel.run()
        cpu = time.process_time() - cpu
        if sink is not None:
            events[0] = writer.count
            sink.close()
        return cpu, kernel.machine.instret, task.min_flt, events[0]


def main(argv: list[str]) -> int:
    from pagelab.tools.bench_faults import GUEST_SOURCE
    parser = argparse.ArgumentParser(prog="pagelab bench trace",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=50_000)
    parser.add_argument("--instructions", type=int, default=20_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)
    pages = max(1, options.pages)
    outer = max(1, options.instructions // 100_000)
    fault_mem = (((pages * 4096 * 9 // 8) >> 20) + 32) << 20
    run_once(COMPUTE_SOURCE.format(outer=1), 16 << 20, "none")      # load the jitted core
    print(f"tracepoints: {outer * 100_000:,} instructions / {pages:,} page faults, "
          f"best of {options.repeat} (CPU time)")
    for listener, label in (("none", "no listener"), ("counting", "counting listener"),
                            ("json", "json lines to /dev/null")):
        best_mips = best_faults = 0.0
        events = 0
        for _ in range(max(1, options.repeat)):
            cpu, instret, _, n1 = run_once(COMPUTE_SOURCE.format(outer=outer), 16 << 20,
                                           listener)
            best_mips = max(best_mips, instret / cpu / 1e6)
            cpu, _, faults, n2 = run_once(GUEST_SOURCE.format(npages=pages), fault_mem,
                                          listener)
            best_faults = max(best_faults, faults / cpu)
            events = n1 + n2
        print(f"  {label:<26} {best_mips:8.1f} MIPS   {best_faults:10,.0f} faults/s"
              f"   ({events:,} events)")
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()
        print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} "
              f"CPUs")
    return 0
