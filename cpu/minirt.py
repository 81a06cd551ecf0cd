"""TEMPORARY mini runtime: run a static RISC-V ELF on the Machine without the kernel.

    python -m pagelab.cpu.minirt [--stats] [--paging sv39|sv48|sv57] [--tlb SPEC]
                                 [--max-instructions N] [--mem SIZE] PROGRAM.elf|PROGRAM.s [ARGS]

This exists so the CPU can be tested and benchmarked against qemu-riscv64 before (and
independently of) the kernel.  It is NOT the kernel: `pagelab run` (tools/run.py) boots the real
kernel.  What it does, deliberately minimal:

* reads the ELF with pagelab.asm.elfread (static executables only), builds page tables for the
  chosen mode with pagelab.mmu.pagetable, maps every PT_LOAD segment and a 1 MiB stack eagerly
  (no demand paging; A/D bits are left for the hardware walker to set), and lays out the Linux
  process start-up stack (argc, argv, envp = empty, auxv with AT_PAGESZ);
* runs the hart in slices and handles, in a tiny Python loop, the system calls `write` (64),
  `exit` (93), `exit_group` (94) and `brk` (214, pages mapped eagerly); any other system call
  returns -ENOSYS;
* a fault or illegal instruction ends the run like a signal would: a message on stderr and exit
  status 128 + signal (SIGSEGV 11, SIGILL 4, SIGTRAP 5, SIGBUS 7).

Exit status: the guest's; 1 when the program cannot be loaded; 2 for bad options; 124 when
--max-instructions ends the run.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from pagelab.mmu.pte import (
    DRAM_BASE, MODE_BY_NAME, PAGE_SIZE, PTE_R, PTE_U, PTE_W, PTE_X, make_satp,
)

STACK_TOP = 0x3F_FFFF_F000          # below the Sv39 user limit, so one layout fits every mode
STACK_SIZE = 1 << 20
SLICE = 50_000_000                  # instructions per run() call between checks
ENOSYS, EFAULT, EBADF = 38, 14, 9
SYS_WRITE, SYS_EXIT, SYS_EXIT_GROUP, SYS_BRK = 64, 93, 94, 214
AT_NULL, AT_PAGESZ = 0, 6
PF_X, PF_W, PF_R = 1, 2, 4
MASK64 = (1 << 64) - 1
BRK_LIMIT = 1 << 30                 # the heap may grow this far past its start


class LoadError(Exception):
    """The program cannot be loaded; the message says why."""


class MiniRuntime:
    """One process on one Machine: ELF segments, stack and heap mapped eagerly."""

    def __init__(self, elf, argv: list[str], mem_size: int = 128 << 20, paging: str = "sv48",
                 tlb=None, out=None, err=None, fast: bool = True, cost=None,
                 engine: str = "interp", jit_threshold: int | None = None):
        from pagelab.mmu.pagetable import PageTable
        from .machine import Machine
        self.m = Machine(mem_size=mem_size, paging=paging, tlb=tlb, fast=fast, cost=cost,
                         engine=engine, jit_threshold=jit_threshold)
        self.out = out if out is not None else sys.stdout.buffer
        self.err = err if err is not None else sys.stderr.buffer
        self.next_frame = DRAM_BASE
        self.end = DRAM_BASE + mem_size
        root = self.alloc()
        self.pt = PageTable(self.m, root, MODE_BY_NAME[paging], alloc=self.alloc)
        self.exit_status: int | None = None
        self.cpu_seconds = 0.0          # CPU time of this thread inside Machine.run (benchmarks)
        self._map_elf(elf)
        self._setup_stack(argv)
        self.m.satp = make_satp(MODE_BY_NAME[paging], 1, root >> 12)
        self.m.flush_tlb()

    # --- memory ------------------------------------------------------------------------------
    def alloc(self) -> int:
        """A zeroed 4 KiB frame (bump allocator; frames are never freed)."""
        if self.next_frame + PAGE_SIZE > self.end:
            raise MemoryError("out of physical memory (try --mem)")
        pa = self.next_frame
        self.next_frame += PAGE_SIZE
        return pa

    def _map(self, va: int, flags: int) -> int:
        pa = self.alloc()
        self.pt.map(va, pa, flags | PTE_U)
        return pa

    def _map_elf(self, elf) -> None:
        from pagelab.asm.elfread import check_loadable
        check_loadable(elf)
        top = 0
        for seg in elf.segments:
            if seg.p_type != 1 or seg.memsz == 0:        # PT_LOAD
                continue
            flags = ((PTE_R if seg.flags & PF_R else 0) | (PTE_W | PTE_R if seg.flags & PF_W else 0)
                     | (PTE_X if seg.flags & PF_X else 0))
            if not flags:
                flags = PTE_R
            start = seg.vaddr & ~(PAGE_SIZE - 1)
            end = (seg.vaddr + seg.memsz + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
            for va in range(start, end, PAGE_SIZE):
                if self.pt.translate(va) is not None:    # shared with the previous segment
                    self.pt.set_flags(va, set=flags)
                else:
                    self._map(va, flags)
                lo = max(va, seg.vaddr)
                hi = min(va + PAGE_SIZE, seg.vaddr + seg.filesz)
                if hi > lo:
                    pa_page = self.pt.translate(va)
                    data = seg.data[lo - seg.vaddr:hi - seg.vaddr]
                    self.m.write_phys(pa_page + (lo - va), data)
            top = max(top, end)
        self.m.pc = elf.entry
        self.brk_start = self.brk = top
        self.brk_mapped = top

    def _setup_stack(self, argv: list[str]) -> None:
        for va in range(STACK_TOP - STACK_SIZE, STACK_TOP, PAGE_SIZE):
            self._map(va, PTE_R | PTE_W)
        strings = b""
        offsets = []
        for arg in argv:
            offsets.append(len(strings))
            strings += arg.encode() + b"\0"
        str_base = (STACK_TOP - len(strings) - 16) & ~15
        argv_ptrs = [str_base + o for o in offsets]
        words = [len(argv)] + argv_ptrs + [0] + [0] + [AT_PAGESZ, PAGE_SIZE, AT_NULL, 0]
        sp = (str_base - 8 * len(words)) & ~15
        blob = b"".join(w.to_bytes(8, "little") for w in words)
        self._poke(sp, blob)
        self._poke(str_base, strings)
        self.m.set_reg(2, sp)

    def _poke(self, va: int, data: bytes) -> None:
        """Write through the page table (software walk: no TLB, no statistics)."""
        done = 0
        while done < len(data):
            cur = va + done
            chunk = min(len(data) - done, PAGE_SIZE - (cur & (PAGE_SIZE - 1)))
            self.m.write_phys(self.pt.translate(cur), data[done:done + chunk])
            done += chunk

    # --- system calls ------------------------------------------------------------------------
    def syscall(self) -> None:
        m = self.m
        num = m.get_reg(17)
        a0, a1, a2 = m.get_reg(10), m.get_reg(11), m.get_reg(12)
        if num == SYS_WRITE:
            ret = self._write(a0, a1, a2)
        elif num in (SYS_EXIT, SYS_EXIT_GROUP):
            self.exit_status = a0 & 0xFF
            return
        elif num == SYS_BRK:
            ret = self._brk(a0)
        else:
            ret = -ENOSYS
        m.set_reg(10, ret & MASK64)
        m.pc = m.pc + 4

    def _write(self, fd: int, buf: int, n: int) -> int:
        from .machine import PageFault
        if fd not in (1, 2):
            return -EBADF
        n = min(n, 1 << 24)
        try:
            data = self.m.read_virt(buf, n)
        except PageFault:
            return -EFAULT
        stream = self.out if fd == 1 else self.err
        stream.write(data)
        return n

    def _brk(self, addr: int) -> int:
        if addr < self.brk_start or addr > self.brk_start + BRK_LIMIT:
            return self.brk
        want = (addr + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
        try:
            while self.brk_mapped < want:
                self._map(self.brk_mapped, PTE_R | PTE_W)
                self.brk_mapped += PAGE_SIZE
        except MemoryError:
            return self.brk
        self.brk = addr
        return addr

    # --- running -----------------------------------------------------------------------------
    def run(self, max_instructions: int | None = None) -> int:
        """Run to exit; returns the exit status (128 + signal for a fatal trap, 124 on limit)."""
        m = self.m
        left = max_instructions
        while True:
            budget = SLICE if left is None else min(SLICE, left)
            if budget <= 0:
                self.err.write(f"minirt: stopped after {m.instret} instructions "
                               f"(--max-instructions)\n".encode())
                return 124
            t0 = time.thread_time()
            stop = m.run(budget)
            self.cpu_seconds += time.thread_time() - t0
            if left is not None:
                left -= stop.instret
            if not stop.is_trap:
                continue
            if stop.cause == 8:
                self.syscall()
                if self.exit_status is not None:
                    return self.exit_status
                continue
            signal, name = {2: (4, "Illegal instruction"), 3: (5, "Trace/breakpoint trap"),
                            4: (7, "Bus error"), 6: (7, "Bus error")}.get(
                                stop.cause, (11, "Segmentation fault"))
            self.err.write(f"minirt: {name} (scause {stop.cause}, stval {stop.tval:#x}, "
                           f"pc {stop.pc:#x})\n".encode())
            return 128 + signal


def _parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    t = text.strip().upper()
    mult = units.get(t[-1:], 1)
    num = t[:-1] if t[-1:] in units else t
    try:
        value = int(num, 0) * mult
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size (e.g. 16M)") from None
    if value < (1 << 20) or value % PAGE_SIZE or value > (16 << 30):
        raise argparse.ArgumentTypeError(f"'{text}': need a multiple of 4K between 1M and 16G")
    return value


def _tlb(text: str):
    from pagelab.mmu.tlb import TLBConfig, TLBConfigError
    try:
        return TLBConfig.parse(text)
    except TLBConfigError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pagelab.cpu.minirt",
                                description="TEMPORARY: run a static RISC-V ELF on the CPU "
                                            "without the kernel (write/exit/brk only).")
    p.add_argument("--stats", action="store_true", help="print instructions, cycles, TLB stats")
    p.add_argument("--paging", choices=("sv39", "sv48", "sv57"), default="sv48")
    p.add_argument("--tlb", type=_tlb, default=None, metavar="SPEC")
    p.add_argument("--max-instructions", type=_count, default=None, metavar="N")
    p.add_argument("--mem", type=_parse_size, default=128 << 20, metavar="SIZE")
    p.add_argument("--reference", action="store_true",
                   help="reference mode: no decoded-instruction or micro caches (slow)")
    p.add_argument("--engine", choices=("interp", "jit"), default="interp",
                   help="execution engine: the interpreter (default) or block translation "
                        "(experimental, docs/jit.md)")
    p.add_argument("program")
    p.add_argument("args", nargs=argparse.REMAINDER)
    return p


def load_program(path: str):
    """ElfFile for a .elf or .s path; LoadError with a message otherwise."""
    from pagelab.asm.elfread import ElfError, read_elf
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise LoadError(f"{path}: {error.strerror}") from None
    if path.endswith(".s"):
        data = _assemble(path)
    try:
        return read_elf(data, path)
    except ElfError as error:
        raise LoadError(str(error)) from None


def _assemble(path: str) -> bytes:
    """Assemble with pagelab's assembler (lazy import: lark only here)."""
    try:
        from pagelab.asm import cli as asm_cli
    except ImportError:
        raise LoadError(f"{path}: the assembler is not available") from None
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "a.out")
        status = asm_cli.main(["-o", out, path])
        if status:
            raise LoadError(f"{path}: assembly failed")
        with open(out, "rb") as f:
            return f.read()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        elf = load_program(options.program)
        rt = MiniRuntime(elf, [options.program] + options.args, mem_size=options.mem,
                         paging=options.paging, tlb=options.tlb, fast=not options.reference,
                         engine=options.engine)
    except LoadError as error:
        print(f"minirt: {error}", file=sys.stderr)
        return 1
    except MemoryError as error:
        print(f"minirt: {options.program}: {error}", file=sys.stderr)
        return 1
    except Exception as error:   # ElfError from check_loadable, PageTableError
        print(f"minirt: {options.program}: cannot load: {error}", file=sys.stderr)
        return 1
    status = rt.run(options.max_instructions)
    sys.stdout.flush()
    if options.stats:
        print_stats(rt.m, sys.stderr)
    return status


def print_stats(m, out) -> None:
    s = m.stats()
    hits, misses = s["hits"], s["misses"]
    rate = 100.0 * hits / (hits + misses) if hits + misses else 100.0
    print(f"instructions {s['instret']}\ncycles {s['cycles']}\n"
          f"tlb hits {hits} misses {misses} ({rate:.3f}% hit)\n"
          f"walks {s['walks']} walk_reads {s['walk_reads']}", file=out)
    for key in ("itlb.fetch", "dtlb.load", "dtlb.store"):
        print(f"{key}: hits {s[key + '.hits']} misses {s[key + '.misses']} "
              f"walk_reads {s[key + '.walk_reads']}", file=out)


if __name__ == "__main__":
    sys.exit(main())
