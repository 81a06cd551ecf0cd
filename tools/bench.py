"""`pagelab bench [AREA] [options]`: performance figures.  Prints, never asserts.

Each area is a module `pagelab.tools.bench_<area>` with a `main(argv) -> int`.
"""
from __future__ import annotations

import importlib
import sys

AREAS = {
    "cpu": "MIPS, TLB misses and ns per miss of the compute programs, beside qemu-riscv64",
    "tlb": "the TLB-unfriendly programs and the miss-path microbenchmark (ns per miss)",
    "asm": "assembler throughput (lines per second) on a generated 100,000-line program",
    "faults": "kernel demand-paging rate (minor faults per second)",
    "userland": "boot to the shell prompt; host time of ps, free, pmap -x, vmstat, smem, top",
    "trace": "MIPS and faults/s with and without a tracepoint listener",
    "policies": "page-replacement policies side by side on one workload (faults, swap, reclaim)",
    "huge": "TLB reach: 4 KiB pages, THP, hugetlb 2 MiB and 1 GiB (misses, walk reads, cycles)",
}


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print("usage: pagelab bench [AREA] [options]\n\nareas (default: all):")
        for name, text in AREAS.items():
            print(f"  {name:<8} {text}")
        return 0
    if argv and not argv[0].startswith("-"):
        area, rest = argv[0], argv[1:]
        if area not in AREAS:
            print(f"pagelab bench: unknown area '{area}' (choose from {', '.join(AREAS)})",
                  file=sys.stderr)
            return 2
        areas = [area]
    else:
        areas, rest = list(AREAS), argv
    status = 0
    for area in areas:
        try:
            module = importlib.import_module(f"pagelab.tools.bench_{area}")
        except ModuleNotFoundError:
            print(f"[{area}] not available in this build")
            continue
        print(f"== bench {area} ==", flush=True)
        status |= int(module.main(rest) or 0)
    return status
