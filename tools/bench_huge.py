"""`pagelab bench huge [--mem SIZE]`: TLB reach with 4 KiB pages, transparent huge pages and
hugetlb pages, as a table.

programs/thp.s writes one byte of each page of 64 MiB, then loads one word of each page, 4
passes.  It runs four times on fresh machines of the same size:
    4K             --cmdline transparent_hugepage=never
    THP            --cmdline transparent_hugepage=always (the faults map 2 MiB pages)
    hugetlb 2M     --cmdline "hugepagesz=2M hugepages=32", the program's `2m` (MAP_HUGETLB)
    hugetlb 1G     --cmdline "hugepagesz=1G hugepages=1", the program's `1g` (needs --mem 2G)
Columns (the whole run, from the machine's counters): DTLB load misses, page-table reads of
every walk (walk_reads: data and instruction side), cycles on the cost model, minor faults, and
the cycles' ratio to the 4K row.  A row whose run fails (no hugetlb support in this build, a
pool the memory cannot hold) prints why instead of figures.  Runs are deterministic.
"""
from __future__ import annotations

import argparse
import os
import sys

PROGRAM = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "programs", "thp.s")
ROWS = (
    ("4K", "transparent_hugepage=never", []),
    ("THP", "transparent_hugepage=always", []),
    ("hugetlb 2M", "transparent_hugepage=never hugepagesz=2M hugepages=32", ["2m"]),
    ("hugetlb 1G", "transparent_hugepage=never hugepagesz=1G hugepages=1", ["1g"]),
)
COLUMNS = ("dtlb_load_misses", "walk_reads", "cycles", "min_flt")


def run_row(mem: int, cmdline: str, args: list[str]) -> tuple[dict | None, str]:
    """Run programs/thp.s once: (counters, "") or (None, why it failed)."""
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    from pagelab.tools.run import load_program
    output = bytearray()
    kernel = Kernel(KernelConfig(mem_size=mem, cmdline=cmdline,
                                 console=Console(writer=output.extend, reader=lambda n: b"")))
    guest = load_program(kernel, PROGRAM, None)
    kernel.spawn(guest, ["thp"] + args, [])
    status = kernel.run()
    text = bytes(output).decode(errors="replace").strip()
    if status != 0:
        return None, f"exit status {status}: {text.splitlines()[-1] if text else 'no output'}"
    stats = kernel.machine.stats()              # flat: "dtlb.load.misses", "walk_reads" ...
    min_flt = sum(r["min_flt"] for r in kernel.exited)
    return {"dtlb_load_misses": stats.get("dtlb.load.misses", 0),
            "walk_reads": stats.get("walk_reads", 0), "cycles": kernel.machine.cycles,
            "min_flt": min_flt}, ""


def table(rows: list[tuple[str, dict | None, str]]) -> str:
    lines = [f"{'pages':<12}{'dtlb misses':>13}{'walk reads':>12}{'cycles':>12}"
             f"{'faults':>9}{'cycles/4K':>11}"]
    base = next((c["cycles"] for name, c, _ in rows if c is not None and name == "4K"), None)
    for name, c, why in rows:
        if c is None:
            lines.append(f"{name:<12}  (not measured: {why})")
            continue
        ratio = f"{c['cycles'] / base:.3f}" if base else "-"
        lines.append(f"{name:<12}{c['dtlb_load_misses']:>13}{c['walk_reads']:>12}"
                     f"{c['cycles']:>12}{c['min_flt']:>9}{ratio:>11}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from pagelab.tools.run import UsageError, parse_size
    parser = argparse.ArgumentParser(prog="pagelab bench huge",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--mem", default="2G",
                        help="RAM of each run (default 2G: the 1 GiB pool needs it)")
    options = parser.parse_args(argv)
    try:
        mem = parse_size(options.mem, "--mem")
    except UsageError as error:
        print(f"pagelab bench huge: {error}", file=sys.stderr)
        return 2
    print(f"programs/thp.s (64 MiB, 4 passes) with --mem {options.mem}")
    rows = []
    for name, cmdline, args in ROWS:
        counters, why = run_row(mem, cmdline, args)
        rows.append((name, counters, why))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
