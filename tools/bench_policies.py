"""`pagelab bench policies [PROGRAM] [--mem SIZE] [--swap SIZE]`: one workload under every
page-replacement policy, as a table of fault and reclaim counters.

Each policy runs the same program on a fresh machine of the same size.  The policies that do
not look ahead (fifo, clock, lru, random) run first, each recording the page references it
saw (faults and accessed bits); `opt` (Belady's) then runs with the union of those
recordings as its knowledge of the future.  Runs are deterministic: the same program and
options give the same table every time.

Columns: majflt (major faults, pgmajfault), pswpin, pswpout, pgscan and pgsteal (kswapd and
direct reclaim together), as in /proc/vmstat at the end of the run.
"""
from __future__ import annotations

import argparse
import os
import sys

DEFAULT_PROGRAM = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                               "programs", "pressure", "workload.s")
LOOKING_BACK = ("fifo", "clock", "lru", "random")
COLUMNS = ("majflt", "pswpin", "pswpout", "pgscan", "pgsteal")


def run_policy(program: str, mem: int, swap: int, policy: str, future=None):
    """Run `program` once under `policy`; (counters, recorder, exit status, output bytes)."""
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    from pagelab.kernel.mm.vmscan import ReferenceRecorder
    from pagelab.tools.run import load_program
    output = bytearray()
    kernel = Kernel(KernelConfig(mem_size=mem, swap_size=swap, policies={"replacement": policy},
                                 console=Console(writer=output.extend, reader=lambda n: b"")))
    reclaim = kernel.physmem.vmscan
    reclaim.future = future
    recorder = reclaim.recorder = ReferenceRecorder() if future is None else None
    guest = load_program(kernel, program, None)
    kernel.spawn(guest, [os.path.basename(program)], [])
    status = kernel.run()
    ev = kernel.physmem.events
    counters = {"majflt": ev["pgmajfault"], "pswpin": ev["pswpin"], "pswpout": ev["pswpout"],
                "pgscan": ev["pgscan_kswapd"] + ev["pgscan_direct"],
                "pgsteal": ev["pgsteal_kswapd"] + ev["pgsteal_direct"]}
    return counters, recorder, status, bytes(output)


def compare(program: str, mem: int, swap: int) -> dict[str, dict]:
    """{policy: counters} for every built-in policy (opt last, from the others' traces).
    Raises RuntimeError if a run does not exit with status 0."""
    from pagelab.kernel.mm.vmscan import ReferenceTrace
    results, refs = {}, []
    for policy in LOOKING_BACK:
        counters, recorder, status, output = run_policy(program, mem, swap, policy)
        if status != 0:
            raise RuntimeError(f"{program} under {policy} exited with status {status}: "
                               f"{output.decode(errors='replace')[-200:]}")
        results[policy] = counters
        refs.extend(recorder.refs)
    counters, _, status, output = run_policy(program, mem, swap, "opt", ReferenceTrace(refs))
    if status != 0:
        raise RuntimeError(f"{program} under opt exited with status {status}")
    results["opt"] = counters
    return results


def table(results: dict[str, dict]) -> str:
    lines = [f"{'policy':<8}" + "".join(f"{c:>10}" for c in COLUMNS)]
    for policy, counters in results.items():
        lines.append(f"{policy:<8}" + "".join(f"{counters[c]:>10}" for c in COLUMNS))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from pagelab.tools.run import LoadError, UsageError, parse_size
    parser = argparse.ArgumentParser(prog="pagelab bench policies",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("program", nargs="?", default=DEFAULT_PROGRAM,
                        help="a .s file or ELF (default: programs/pressure/workload.s)")
    parser.add_argument("--mem", default="4M", help="RAM (default 4M)")
    parser.add_argument("--swap", default="16M", help="swap (default 16M)")
    options = parser.parse_args(argv)
    try:
        mem, swap = parse_size(options.mem, "--mem"), parse_size(options.swap, "--swap")
    except UsageError as error:
        print(f"pagelab bench policies: {error}", file=sys.stderr)
        return 2
    if not os.path.exists(options.program):
        print(f"pagelab bench policies: '{options.program}': no such file", file=sys.stderr)
        return 2
    print(f"{os.path.basename(options.program)} with --mem {options.mem} --swap {options.swap}")
    try:
        results = compare(options.program, mem, swap)
    except (RuntimeError, LoadError) as error:
        print(f"pagelab bench policies: {error}", file=sys.stderr)
        return 1
    print(table(results))
    return 0
