"""`pagelab bench tlb`: the TLB-unfriendly programs and the miss-path microbenchmark.

The same table as `pagelab bench cpu` (see its docstring for every column), restricted to the
programs of `programs/bench/` whose first line says "TLB-unfriendly", plus `tlbstride` over 16
pages (all hits: the baseline) and over 1,024 pages (all misses), which gives ns per miss.
"""
from __future__ import annotations

import sys

from . import bench_cpu


def main(argv: list[str]) -> int:
    return bench_cpu.main(argv, prog="pagelab bench tlb", only_unfriendly=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
