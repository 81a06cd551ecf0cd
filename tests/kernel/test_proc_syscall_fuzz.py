"""Random system calls never crash the host: every registered call (process, memory and file
calls alike) and unknown numbers, with random and nasty arguments, return a value or -errno
and leave no kernel BUG line in the log.  (The bench is tools/fuzz.py's SyscallBench, which
`pagelab fuzz` uses too.)"""
from __future__ import annotations

import random

from pagelab.kernel.syscalls import SYSCALLS
from pagelab.tools.fuzz import ENDS_THE_TASK, NASTY, SyscallBench


def random_argument(rng, sp):
    choice = rng.random()
    if choice < 0.35:
        return rng.choice(NASTY)
    if choice < 0.6:
        return sp - rng.randrange(0, 8192) & ~7      # a valid, writable stack address
    if choice < 0.8:
        return rng.randrange(0, 64)
    return rng.getrandbits(64)


def test_random_system_calls_return_errno_values_and_never_raise():
    bench = SyscallBench()
    rng = random.Random(1234)
    numbers = sorted(set(SYSCALLS) - ENDS_THE_TASK) + \
        [rng.randrange(300, 2000) for _ in range(10)] + [(1 << 64) - 1, 1 << 40]
    results = {}
    for round_ in range(4000):
        number = numbers[round_ % len(numbers)] if round_ < 2 * len(numbers) else \
            rng.choice(numbers)
        outcome = bench.call(number, [random_argument(rng, bench.sp) for _ in range(6)])
        assert outcome != "dead", f"syscall {number} killed the task"
        if isinstance(outcome, int) and not -4095 <= outcome < 0:
            outcome = "ok"
        results.setdefault(number, set()).add(outcome)
    kernel = bench.kernel
    bugs = [line for line in kernel.klog.lines() if "BUG" in line]
    assert bugs == []
    assert set(SYSCALLS) - ENDS_THE_TASK <= set(results)         # every call was exercised
    assert any("ok" in values for values in results.values())
    assert results[(1 << 64) - 1] == {-38}              # unknown numbers: ENOSYS
    assert any("unknown system call" in line for line in kernel.klog.lines())
    assert bench.finish() == ""                         # and the kernel still runs programs
