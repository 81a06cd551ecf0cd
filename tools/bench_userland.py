"""`pagelab bench userland`: how fast the guest userland feels (prints, never asserts).

1. boot to the shell prompt: a fresh kernel (file system, /bin) until /bin/sh -i has printed
   "$ " and waits for input -- the first figure is cold (programs assembled or read from the
   cache, numba compiled or loaded), the others warm;
2. the host time of one run of `ps -ef`, `free`, `pmap -x PID`, `vmstat`, `smem` and `top -b -n 1`
   on a machine where a `memhog -f 8` holds 8 MiB (its shell is stopped, so the tool is the
   only thing that runs); the median of --repeat runs.

The issue's targets: boot <= 1.5 s warm, ps / free / pmap -x <= 50 ms each on a quiet machine.
Options: --repeat N (default 5).
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

GUEST_ENV = ["PATH=/bin", "HOME=/", "TERM=dumb", "LANG=C"]
TOOLS = ["ps -ef", "free", "pmap -x 3", "vmstat", "smem", "top -b -n 1"]


def _kernel(console_reader=None, mem_size=64 << 20):
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    sink = bytearray()
    console = Console(writer=sink.extend, reader=console_reader or (lambda n: b""))
    config = KernelConfig(mem_size=mem_size, console=console,
                          sysctl={"kernel.core_pattern": ""})
    return Kernel(config), sink


def boot_to_prompt() -> float:
    """Seconds from a new kernel to the shell blocking in read() after its prompt."""
    start = time.perf_counter()
    reached = []

    def reader(count):
        reached.append(time.perf_counter())
        return b""                                   # end of input: the shell exits
    kernel, _ = _kernel(reader)
    kernel.spawn("/bin/sh", ["sh", "-i"], GUEST_ENV)
    kernel.run()
    return reached[0] - start


def tool_times(repeat: int) -> dict:
    kernel, sink = _kernel()
    kernel.spawn("/bin/sh", ["sh", "-c", "memhog -f 8 & sleep 1; kill -STOP $$"], GUEST_ENV)
    kernel.run()                                     # halts: every process waits
    times = {}
    for command in TOOLS:
        runs = []
        for _ in range(repeat):
            argv = command.split()
            start = time.perf_counter()
            kernel.spawn(f"/bin/{argv[0]}", argv, GUEST_ENV)
            kernel.run()
            runs.append(time.perf_counter() - start)
        times[command] = statistics.median(runs)
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="pagelab bench userland")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    boots = [boot_to_prompt() for _ in range(max(2, options.repeat))]
    print(f"boot to the shell prompt: cold {boots[0] * 1000:7.1f} ms, "
          f"warm {statistics.median(boots[1:]) * 1000:7.1f} ms (median of {len(boots) - 1})"
          f"   [target <= 1500 ms warm]")
    for command, seconds in tool_times(options.repeat).items():
        print(f"{command:<14} {seconds * 1000:7.1f} ms host time (median of {options.repeat})"
              f"   [target <= 50 ms for ps, free, pmap -x]")
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0
