"""`pagelab bench faults`: how many demand-paging (minor) faults per second pagelab serves.

Two figures, measured in the same run (prints, never asserts):

1. end to end: a guest program (assembled here) maps N fresh anonymous pages and writes one
   byte to each; the kernel runs it and we divide the task's min_flt by the time of
   kernel.run() -- trap exit, fault handler, PTE write, TLB flush, re-entry, all included;
2. the fault handler's share: the same N faults driven straight into
   AddressSpace.handle_fault (no CPU);
3. a peer for the rest: a guest making N trivial system calls (getpid) -- the bare trap round
   trip through the kernel's loop, which every fault pays too.

4. swap: N pages written with 16 MiB of RAM and a swap device (most go out), then read back
   (swap-ins, major faults with readahead), in the handle_fault loop.

Options: --pages N (default 100000), --mem SIZE in MiB (default: enough for N pages),
--direct-only (skip the guest program), --no-swap (skip the swap figure).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

GUEST_SOURCE = """\
# touch NPAGES fresh anonymous pages, one store each, then exit(0)
        .equ NPAGES, {npages}
        .text
        .globl _start
_start:
        li      a0, 0                   # addr: anywhere
        li      a1, NPAGES * 4096       # length
        li      a2, 3                   # PROT_READ | PROT_WRITE
        li      a3, 0x4022              # MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        li      a4, -1
        li      a5, 0
        li      a7, 222                 # mmap
        ecall
        li      t0, NPAGES
        li      t1, 4096
1:      sb      t0, 0(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 1b
        li      a0, 0
        li      a7, 94                  # exit_group
        ecall
"""


SYSCALL_SOURCE = """\
# N trivial system calls (getpid): the cost of one trap round trip through the kernel loop
        .text
        .globl _start
_start:
        li      t0, {count}
1:      li      a7, 172                 # getpid
        ecall
        addi    t0, t0, -1
        bnez    t0, 1b
        li      a0, 0
        li      a7, 94
        ecall
"""


def run_program(source: str, mem: int):
    """Assemble and run a one-file guest program; (task, wall s, cpu s) or None."""
    try:
        from pagelab.kernel.kernel import Kernel, KernelConfig
        from pagelab.tools.run import load_program
    except ImportError as error:
        print(f"  guest programs: not available in this build ({error})")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.s")
        with open(path, "w") as f:
            f.write(source)
        kernel = Kernel(KernelConfig(mem_size=mem))
        task = kernel.spawn(load_program(kernel, path, None), ["bench"], [])
        start, cpu = time.perf_counter(), time.process_time()
        kernel.run()
        return task, time.perf_counter() - start, time.process_time() - cpu


def run_guest(npages: int, mem: int, warm_up: bool = True) -> tuple[int, float] | None:
    """(minor faults, seconds) for the guest program, or None if the kernel cannot run it.
    A small run first loads (or compiles) the jitted CPU core outside the timed region."""
    if warm_up and run_guest(16, 16 << 20, warm_up=False) is None:
        return None
    try:
        from pagelab.kernel.kernel import Kernel, KernelConfig
        from pagelab.tools.run import load_program
    except ImportError as error:
        print(f"  end to end: not available in this build ({error})")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "touch.s")
        with open(path, "w") as f:
            f.write(GUEST_SOURCE.format(npages=npages))
        kernel = Kernel(KernelConfig(mem_size=mem))
        guest = load_program(kernel, path, None)
        task = kernel.spawn(guest, ["touch"], [])
        start, cpu = time.perf_counter(), time.process_time()
        status = kernel.run()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if status != 0:
        print(f"  end to end: guest exited with status {status}")
    return task.min_flt, elapsed, cpu


def run_direct(npages: int, mem: int) -> tuple[int, float, float]:
    """(faults, seconds) for handle_fault called in a loop on a real Machine."""
    from types import SimpleNamespace

    from pagelab.cpu.machine import Machine
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = SimpleNamespace(machine=Machine(mem_size=mem), config=None, current=None)
    setup(kernel)
    mm = AddressSpace(kernel)
    base = mm.mmap(0, npages * 4096, 3, 0x4022)
    fault = mm.handle_fault
    machine = kernel.machine
    machine.flush_tlb(None, None)                 # load the jitted MMU before timing
    start, cpu = time.perf_counter(), time.process_time()
    for va in range(base, base + npages * 4096, 4096):
        fault(va, 1)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return npages, elapsed, cpu


def run_swap(npages: int) -> tuple[int, int, float, float]:
    """Swap: `npages` anonymous pages written in 16 MiB of RAM (most go out to swap), then read
    back in order (major faults, with readahead).  (pswpout + pswpin, major faults, seconds,
    cpu seconds) of both passes."""
    from types import SimpleNamespace

    from pagelab.cpu.machine import Machine
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = SimpleNamespace(machine=Machine(mem_size=16 << 20), config=None, current=None)
    setup(kernel, swap_bytes=(npages + 4096) * 4096)
    mm = AddressSpace(kernel)
    base = mm.mmap(0, npages * 4096, 3, 0x4022)
    fault = mm.handle_fault
    kernel.machine.flush_tlb(None, None)
    events = kernel.physmem.events
    start, cpu = time.perf_counter(), time.process_time()
    for va in range(base, base + npages * 4096, 4096):
        fault(va, 1)
    for va in range(base, base + npages * 4096, 4096):
        fault(va, 0)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return events["pswpout"] + events["pswpin"], events["pgmajfault"], elapsed, cpu


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="pagelab bench faults", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--mem", type=int, default=0, help="RAM in MiB")
    parser.add_argument("--direct-only", action="store_true")
    parser.add_argument("--no-swap", action="store_true", help="skip the swap figure")
    options = parser.parse_args(argv)
    npages = max(1, options.pages)
    mem = (options.mem << 20) if options.mem else (((npages * 4096 * 9 // 8) >> 20) + 32) << 20
    print(f"minor faults: {npages} fresh pages touched once each, RAM {mem >> 20} MiB")
    print("  (rates by wall time, and by this process's CPU time: the machine is shared)")

    def show(label, events, seconds, cpu, unit="faults"):
        events = max(events, 1)
        print(f"  {label:<38} {events / seconds:10,.0f} {unit}/s wall "
              f"({seconds / events * 1e6:6.2f} us)  {events / cpu:10,.0f} {unit}/s cpu "
              f"({cpu / events * 1e6:6.2f} us)")

    show("kernel only (handle_fault loop):", *run_direct(npages, mem))
    if not options.direct_only:
        result = run_guest(npages, mem)
        if result is not None:
            show(f"end to end (guest, {result[0]} min_flt):", *result)
            calls = min(npages, 50_000)
            peer = run_program(SYSCALL_SOURCE.format(count=calls), 16 << 20)
            if peer is not None:
                _, wall, cpu = peer
                show(f"peer: {calls} getpid round trips:", calls, wall, cpu, unit="calls")
    print("  goal: >= 100,000 faults/s end to end")
    if not options.no_swap:
        pages, majors, wall, cpu = run_swap(npages)
        print(f"swap: {npages} pages written in 16 MiB of RAM, then read back")
        show(f"swap-out + swap-in ({pages} pages):", pages, wall, cpu, unit="pages")
        show(f"faults ({2 * npages}, {majors} major):", 2 * npages, wall, cpu)
        print("  goal: >= 40,000 faults/s while swapping")
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()
        print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} "
              f"CPUs (wall figures suffer when it is near or above the CPU count)")
    return 0
