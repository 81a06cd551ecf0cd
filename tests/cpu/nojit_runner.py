"""Run random sequences (randprog) and print the final state as JSON: the same source compiled by
numba or, with NUMBA_DISABLE_JIT=1, interpreted by Python (see test_cpu_nojit.py)."""
from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import randprog as R  # noqa: E402
from cpu_harness import user_machine  # noqa: E402

ECALL = (0x73).to_bytes(4, "little")


def final_states(first: int, last: int) -> list:
    out = []
    for seed in range(first, last):
        rng = random.Random(seed)
        code = R.assemble(R.generate(rng, 50)) + ECALL
        regs, data = R.initial_registers(rng), R.initial_data(rng)
        m, _, _ = user_machine(code, data)
        m.regs = regs
        stop = m.run(10_000)
        out.append([m.regs, stop.cause, stop.pc, m.cycles,
                    m.read_virt(R.DATA_VA, R.DATA_SIZE).hex()])
    return out


if __name__ == "__main__":
    print(json.dumps(final_states(int(sys.argv[1]), int(sys.argv[2]))))
