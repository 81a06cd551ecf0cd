"""`pagelab bench faults`: how many page faults per second pagelab serves, by kind.

Figures measured in the same run (prints, never asserts), each as a rate by wall time and by
this process's CPU time, with the load average at the end:

1. demand-zero, kernel only: N faults driven straight into AddressSpace.handle_fault;
2. demand-zero, end to end: a guest program (assembled here) maps N fresh anonymous pages and
   writes one byte to each; the task's min_flt over the time of kernel.run() -- trap exit,
   fault handler, PTE write, TLB flush, re-entry, exit teardown, all included, and how many
   of the faults the demand-zero fast path served; then the same with the guest's RAM
   written by the host beforehand (pagelab's own cost, without the host's first touch of
   each frame, which a virtual machine may charge dearly), with and without the fast path
   (--no-fast-faults).  Beside it:
   qemu-riscv64 on the same ELF (the whole process, start-up included), the host's own cost
   of a first store to N fresh RAM pages (every demand-zero fault pays it once), and a
   guest making trivial system calls (getpid): the bare trap round trip;
3. copy-on-write: kernel only (N written pages, fork, a store to each page of the child) and
   end to end (the same guest with and without the child's stores; the difference; RAM for
   both the parent's pages and the child's copies), as is and with the RAM pre-touched;
4. file minor faults, kernel only: a cached file of N pages mapped private and read one byte
   per page (fault-around maps up to 16 neighbours per fault): by fault and by page mapped;
5. swap: N pages written with 16 MiB of RAM and a swap device (most go out), then read back
   (swap-ins, major faults with readahead): in the handle_fault loop (kernel only), and end
   to end -- a guest program (assembled here) that stores to each page then loads each back,
   with the default vm.page-cluster (3: readahead, so most swap-ins are minor faults on pages
   already read) and with vm.page-cluster=0 (no readahead: every swap-in is a major fault).
   Printed: pages swapped out + in per second, major faults per second and all faults per
   second over kernel.run() (best of two by CPU time), beside the getpid round-trip peer.

Options: --pages N (default 100000), --mem SIZE in MiB (default: enough for N pages),
--direct-only (skip the guest program), --no-swap (skip the swap figure).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

# How the guests below start: mmap NPAGES private anonymous pages (s0 = their address, t1 =
# 4096), then one store to each, first to last (t0 counts NPAGES down to 1; its low byte is
# the byte stored).
TOUCH_PAGES = """\
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
        mv      s0, a0
        li      t0, NPAGES
        li      t1, 4096
1:      sb      t0, 0(a0)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 1b
"""

GUEST_SOURCE = "# touch NPAGES fresh anonymous pages, one store each, then exit(0)\n" + \
    TOUCH_PAGES + """\
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


COW_SOURCE = \
    "# touch NPAGES fresh anonymous pages, fork; the child {what} and exits; the parent waits\n" \
    + TOUCH_PAGES + """\
        li      a0, 17                  # clone(SIGCHLD): fork
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a4, 0
        li      a7, 220
        ecall
        bnez    a0, 3f
        mv      a0, s0                  # the child
        li      t0, {child_pages}
2:      beqz    t0, 4f
        sb      t0, 1(a0)               # a store to a shared page: copy-on-write
        add     a0, a0, t1
        addi    t0, t0, -1
        j       2b
4:      li      a0, 0
        li      a7, 93                  # exit
        ecall
3:      li      a0, -1                  # the parent: wait4(-1, NULL, 0, NULL)
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a7, 260
        ecall
        li      a0, 0
        li      a7, 94
        ecall
"""


def run_program(source: str, mem: int, pretouch: bool = False, fast: bool = True):
    """Assemble and run a one-file guest program; (task, wall s, cpu s, kernel) or None.
    `pretouch`: write the host pages under the guest's RAM first (see run_guest); `fast`:
    False is --no-fast-faults.  A guest that does not exit with status 0 is reported."""
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
        kernel = Kernel(KernelConfig(mem_size=mem, fast_faults=fast))
        if pretouch:
            kernel.machine.ram[::4096] = 0
        task = kernel.spawn(load_program(kernel, path, None), ["bench"], [])
        start, cpu = time.perf_counter(), time.process_time()
        status = kernel.run()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if status != 0:
        print(f"  guest program exited with status {status} (oom_kill "
              f"{kernel.physmem.events.get('oom_kill', 0)}): its figure is not a fault rate")
    return task, wall, cpu, kernel


def run_guest(npages: int, mem: int, warm_up: bool = True, fast: bool = True,
              pretouch: bool = False) -> tuple[int, float, float, int] | None:
    """(minor faults, wall s, cpu s, faults served by the fast path) for the guest program, or
    None if the kernel cannot run it.  A small run first loads (or compiles) the jitted CPU
    core outside the timed region.  `fast`: False is --no-fast-faults.  `pretouch`: the host
    pages under the guest's RAM are written before the timed run, so that the figure is
    pagelab's own cost without the host's first touch of each frame."""
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
        kernel = Kernel(KernelConfig(mem_size=mem, fast_faults=fast))
        if pretouch:
            kernel.machine.ram[::4096] = 0        # (RAM is all zeros: only the host notices)
        guest = load_program(kernel, path, None)
        task = kernel.spawn(guest, ["touch"], [])
        start, cpu = time.perf_counter(), time.process_time()
        status = kernel.run()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if status != 0:
        print(f"  end to end: guest exited with status {status}")
    served = kernel.fast_faults.served if kernel.fast_faults is not None else 0
    return task.min_flt, elapsed, cpu, served


def bare_kernel(mem: int):
    """What the mm's setup and AddressSpace read of a kernel, for the kernel-only loops: a
    Machine of `mem` bytes (Sv48 paging), the default policies, the live sysctl table (the
    defaults)."""
    from types import SimpleNamespace

    from pagelab.cpu.machine import Machine
    from pagelab.kernel.sysctl import SYSCTL_DEFAULTS
    return SimpleNamespace(machine=Machine(mem_size=mem),
                           config=SimpleNamespace(policies={}, sysctl={}, paging="sv48",
                                                  mem_size=mem),
                           sysctl=dict(SYSCTL_DEFAULTS), current=None, tasks={},
                           kswapd_task=None,          # no kswapd0: reclaim is direct
                           log=lambda line: None, charge=lambda cycles, task=None: None)


def run_direct(npages: int, mem: int) -> tuple[int, float, float]:
    """(faults, seconds) for handle_fault called in a loop on a real Machine."""
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = bare_kernel(mem)
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


def run_cow(npages: int, mem: int, pretouch: bool = False, fast: bool = True) -> tuple | None:
    """COW faults end to end: the same guest run twice, its child writing every page or none;
    (faults, wall s, cpu s, copies, reuses, faults the fast path served) of the difference.
    `mem` must hold both the parent's pages and the child's copies (without swap, a
    shortfall ends in the OOM killer, and the figure would time the kill instead)."""
    runs = {}
    for child_pages in (0, npages):
        best = None
        for _ in range(2):                      # best of two: the machine is shared
            result = run_program(COW_SOURCE.format(npages=npages, child_pages=child_pages,
                                                   what="writes every page" if child_pages
                                                   else "writes nothing"), mem, pretouch,
                                 fast)
            if result is None:
                return None
            if best is None or result[2] < best[2]:
                best = result
        runs[child_pages] = best
    wall = runs[npages][1] - runs[0][1]
    cpu = runs[npages][2] - runs[0][2]
    if cpu <= 0 or wall <= 0:
        return None
    kernels = runs[npages][3], runs[0][3]
    served = [k.fast_faults.served if k.fast_faults is not None else 0 for k in kernels]
    events = kernels[0].physmem.events
    return (npages, wall, cpu, events.get("cow_copies", 0), events.get("pgreuse", 0),
            served[0] - served[1])


def run_cow_direct(npages: int, mem: int) -> tuple[int, float, float]:
    """COW faults in the kernel only: N written pages, fork, then a store to each page of the
    child (handle_fault in a loop: copy the frame, replace the PTE)."""
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = bare_kernel(mem * 2)
    setup(kernel)
    mm = AddressSpace(kernel)
    base = mm.mmap(0, npages * 4096, 3, 0x4022)
    for va in range(base, base + npages * 4096, 4096):
        mm.handle_fault(va, 1)
    child = mm.fork()
    fault = child.handle_fault
    start, cpu = time.perf_counter(), time.process_time()
    for va in range(base, base + npages * 4096, 4096):
        fault(va, 1)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return npages, elapsed, cpu


def run_file_direct(npages: int, mem: int) -> tuple[int, float, float]:
    """File minor faults in the kernel only: a file of N pages already in the page cache,
    mapped private read-only and read one byte per page (fault-around maps up to 16 cached
    neighbours per fault, as Linux)."""
    from pagelab.kernel.fs.inode import MemFile
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = bare_kernel(mem)
    setup(kernel)
    data = MemFile(bytes(npages * 4096))
    data.path = "/tmp/data"
    warm = AddressSpace(kernel)                      # read once: the page cache holds it
    base = warm.mmap(0, npages * 4096, 1, 0x02, file=data)
    for va in range(base, base + npages * 4096, 4096):
        warm.handle_fault(va, 0)
    mm = AddressSpace(kernel)
    base = mm.mmap(0, npages * 4096, 1, 0x02, file=data)
    fault = mm.handle_fault
    faults = 0
    start, cpu = time.perf_counter(), time.process_time()
    pages = mm.pages
    for va in range(base, base + npages * 4096, 4096):
        if (va >> 12) not in pages:
            fault(va, 0)
            faults += 1
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return faults, elapsed, cpu


def host_first_touch(npages: int) -> tuple[int, float, float]:
    """The host's own cost of the guest's first store to a fresh page: one byte written into
    each page of a fresh RAM array allocated as the Machine allocates guest RAM.  Every
    demand-zero fault of the guest pays this once, outside pagelab's control."""
    from pagelab.cpu.machine import _alloc_ram
    ram = _alloc_ram(npages * 4096)
    start, cpu = time.perf_counter(), time.process_time()
    ram[::4096] = 1
    return npages, time.perf_counter() - start, time.process_time() - cpu


def run_qemu_touch(npages: int) -> tuple[int, float, float] | None:
    """qemu-riscv64 on the demand-zero guest's ELF: (pages, wall s, cpu s) of the whole
    process (start-up included), or None without qemu."""
    import resource
    import shutil
    import subprocess
    qemu = shutil.which("qemu-riscv64")
    if qemu is None:
        return None
    from pagelab.asm import assemble
    with tempfile.TemporaryDirectory() as tmp:
        elf = os.path.join(tmp, "touch")
        with open(elf, "wb") as f:
            f.write(assemble([("touch.s", GUEST_SOURCE.format(npages=npages))]))
        os.chmod(elf, 0o755)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([qemu, elf], capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        return None
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return npages, wall, cpu


def swap_device_pages(npages: int) -> int:
    """The swap device of the swap figures: twice the pages swapped, plus 16 MiB.  (With swap
    more than half full the kernel frees a page's slot when it reads the page back, as Linux's
    vm_swap_full, and writes the page again when it is reclaimed; below half full the page
    keeps its slot and is dropped without a write while it stays clean -- the usual case,
    measured here.)"""
    return 2 * npages + 4096


def run_swap(npages: int) -> tuple[int, int, float, float]:
    """Swap: `npages` anonymous pages written in 16 MiB of RAM (most go out to swap), then read
    back in order (major faults, with readahead).  (pswpout + pswpin, major faults, seconds,
    cpu seconds) of both passes."""
    from pagelab.kernel.mm import AddressSpace, setup
    kernel = bare_kernel(16 << 20)
    setup(kernel, swap_bytes=swap_device_pages(npages) * 4096)
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


# pass 1 (TOUCH_PAGES) sends most pages out to swap; pass 2 swaps them in
SWAP_SOURCE = \
    "# write one byte to each of NPAGES fresh anonymous pages, then read every page back\n" \
    + TOUCH_PAGES + """\
        mv      a0, s0
        li      t0, {read_pages}
        beqz    t0, 8f
2:      lbu     t2, 0(a0)               # pass 2: a load from each page (swap-ins)
        andi    t3, t0, 0xff
        bne     t2, t3, 9f              # the byte pass 1 wrote: else exit(1)
        add     a0, a0, t1
        addi    t0, t0, -1
        bnez    t0, 2b
8:      li      a0, 0
        li      a7, 94                  # exit_group
        ecall
9:      li      a0, 1
        li      a7, 94
        ecall
"""


def run_swap_guest(npages: int, page_cluster: int | None = None,
                   read_back: bool = True) -> dict | None:
    """Swap end to end: the guest above with 16 MiB of RAM and a swap device of
    swap_device_pages(npages) (vm.page-cluster as given, else the default 3).  The kernel's counters over
    kernel.run(): pswpout, pswpin, pgmajfault, and all page faults (the task's min_flt +
    maj_flt); with wall and CPU seconds.  None if the kernel cannot run it."""
    try:
        from pagelab.kernel.kernel import Kernel, KernelConfig
        from pagelab.tools.run import load_program
    except ImportError as error:
        print(f"  swap end to end: not available in this build ({error})")
        return None
    sysctl = {} if page_cluster is None else {"vm.page-cluster": page_cluster}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "swap.s")
        with open(path, "w") as f:
            f.write(SWAP_SOURCE.format(npages=npages, read_pages=npages if read_back else 0))
        kernel = Kernel(KernelConfig(mem_size=16 << 20, swap_size=swap_device_pages(npages) * 4096,
                                     sysctl=sysctl))
        task = kernel.spawn(load_program(kernel, path, None), ["swap"], [])
        events = kernel.physmem.events
        before = {key: events.get(key, 0) for key in ("pswpout", "pswpin", "pgmajfault")}
        start, cpu = time.perf_counter(), time.process_time()
        status = kernel.run()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if status != 0:
        print(f"  swap end to end: guest exited with status {status}")
        return None
    result = {key: events.get(key, 0) - value for key, value in before.items()}
    result.update(faults=task.min_flt + task.maj_flt, wall=elapsed, cpu=cpu)
    return result


def show_swap_guest(show, npages: int, page_cluster: int | None) -> None:
    """Print one end-to-end swap run: pages out and in, major faults, all faults."""
    best = None
    for _ in range(2):                          # best of two by CPU time: the machine is shared
        result = run_swap_guest(npages, page_cluster)
        if result is None:
            return
        if best is None or result["cpu"] < best["cpu"]:
            best = result
    r = best
    name = "default 3" if page_cluster is None else str(page_cluster)
    print(f"  end to end, guest program, vm.page-cluster={name}:")
    show(f"  swapped out + in ({r['pswpout']} + {r['pswpin']}):", r["pswpout"] + r["pswpin"],
         r["wall"], r["cpu"], unit="pages")
    show(f"  major faults ({r['pgmajfault']}):", r["pgmajfault"], r["wall"], r["cpu"])
    show(f"  all faults ({r['faults']}):", r["faults"], r["wall"], r["cpu"])
    if page_cluster is None:
        return
    # the read-back pass alone: the same guest without it, the difference (best of two)
    write_only = None
    for _ in range(2):
        result = run_swap_guest(npages, page_cluster, read_back=False)
        if result is None:
            return
        if write_only is None or result["cpu"] < write_only["cpu"]:
            write_only = result
    wall, cpu = r["wall"] - write_only["wall"], r["cpu"] - write_only["cpu"]
    majors = r["pgmajfault"] - write_only["pgmajfault"]
    if wall > 0 and cpu > 0:
        show(f"  read-back pass alone ({majors} major):", majors, wall, cpu)


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
            show(f"demand-zero, end to end ({result[0]} min_flt):", *result[:3])
            print(f"    ({result[3]} of them served by the fast path)")
            touched = run_guest(npages, mem, warm_up=False, pretouch=True)
            show("  RAM pre-touched on the host:", *touched[:3])
            slow = run_guest(npages, mem, warm_up=False, pretouch=True, fast=False)
            show("  pre-touched, --no-fast-faults:", *slow[:3])
            qemu = run_qemu_touch(npages)
            if qemu is not None:
                show("  qemu-riscv64, same ELF (whole process):", *qemu)
            show("  host: first store to N fresh RAM pages:", *host_first_touch(npages))
            calls = min(npages, 50_000)
            peer = run_program(SYSCALL_SOURCE.format(count=calls), 16 << 20)
            if peer is not None:
                _, wall, cpu, _ = peer
                show(f"  peer: {calls} getpid round trips:", calls, wall, cpu, unit="calls")
    print("  goal: >= 150,000 demand-zero faults/s end to end")
    print(f"copy-on-write and file minor faults ({npages} pages)")
    show("COW, kernel only (handle_fault loop):", *run_cow_direct(npages, mem))
    if not options.direct_only:
        cow = run_cow(npages, 2 * mem)
        if cow is not None:
            show("COW, end to end (fork, child writes):", *cow[:3])
            print(f"    ({cow[3]} copies, {cow[4]} reuses; {cow[5]} more faults served by the "
                  f"fast path)")
        cow = run_cow(npages, 2 * mem, pretouch=True)
        if cow is not None:
            show("  RAM pre-touched on the host:", *cow[:3])
        cow = run_cow(npages, 2 * mem, pretouch=True, fast=False)
        if cow is not None:
            show("  pre-touched, --no-fast-faults:", *cow[:3])
    faults, wall, cpu = run_file_direct(npages, mem)
    show("file minor, kernel only (fault-around):", faults, wall, cpu)
    show(f"  per page mapped ({npages} pages):", npages, wall, cpu, unit="pages")
    print("  goal: COW and file minor faults within 1.5x of the demand-zero rate")
    if not options.no_swap:
        pages, majors, wall, cpu = run_swap(npages)
        print(f"swap: {npages} pages written in 16 MiB of RAM, then read back")
        print("  kernel only (handle_fault loop):")
        show(f"  swap-out + swap-in ({pages} pages):", pages, wall, cpu, unit="pages")
        show(f"  faults ({2 * npages}, {majors} major):", 2 * npages, wall, cpu)
        if not options.direct_only:
            show_swap_guest(show, npages, None)
            show_swap_guest(show, npages, 0)       # no readahead: every swap-in is major
            calls = min(npages, 50_000)
            peer = run_program(SYSCALL_SOURCE.format(count=calls), 16 << 20)
            if peer is not None:
                show(f"  peer: {calls} getpid round trips:", calls, peer[1], peer[2],
                     unit="calls")
        print("  goal: >= 40,000 major faults/s swapping 100,000 pages in and out")
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()
        print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} "
              f"CPUs (wall figures suffer when it is near or above the CPU count)")
    return 0
