"""`pagelab fuzz [--minutes N] [--seed S] [--target asm|elf|syscall|all] [--out DIR]`.

Continuous fuzzing of the sandbox's edges, seeded and bounded in time, for nightly runs (the test
suite runs the same fuzzers for a few thousand cases each, tests/kernel/test_contain_fuzz.py):

* `syscall` -- random system calls on a live process: every registered call, with arguments
  drawn from extreme integers (0, -1, 2^31, 2^63-1, 2^64-1, ...), valid pointers and small
  numbers.  Each call must return a value or -errno (an errno Linux has) and must not raise a
  host exception (the kernel logs those as "BUG:").  `sweep()` is the exhaustive variant: every
  call, every argument position, every extreme.
* `elf` -- malformed executables through execve: a good program with random bytes, fields or
  lengths changed.  Each must be refused with an errno or run and end (within an instruction
  budget), never crash the kernel.
* `asm` -- the assembler's own fuzzer, `pagelab.asm.fuzz.run_asm_fuzz(seed=, seconds=,
  save_dir=)` (owned by the assembler, docs/interfaces.md §2; it saves its reproducers
  itself; when it is not installed the target says so and is skipped).

A failing case is saved in `--out DIR` (default `fuzz-findings/`) as a reproducer: the ELF file
itself, or a text file with the system call and its arguments, plus what went wrong.  The exit
status is 1 when anything was found, 0 otherwise, 2 for a bad command line.
"""
from __future__ import annotations

import argparse
import os
import random
import struct
import sys
import time
from dataclasses import dataclass, field

# The extreme integers of issue 7, as 64-bit register values: 0, -1 (as an int and as a long),
# 2^31, 2^63-1, 2^63, 2^64-1.
EXTREMES = (0, 0xFFFF_FFFF, 1 << 31, (1 << 63) - 1, 1 << 63, (1 << 64) - 1)
NASTY = EXTREMES + (1, 2, 3, 8, 16, 4095, 4096, 0x10000, 0x7FFF_FFFF, 1 << 32, (1 << 47) - 8,
                    1 << 47, (1 << 64) - 4096, (1 << 64) - 22)
ENDS_THE_TASK = {93, 94}           # exit, exit_group: exercised by the program tests instead
ERRNO_MAX = 4095


@dataclass
class Finding:
    target: str
    case: int
    problem: str
    reproducer: bytes = b""        # an ELF file, or the text of a system call
    suffix: str = ".txt"
    saved: str | None = None       # already saved (by the assembler's fuzzer) at this path


@dataclass
class Report:
    cases: dict = field(default_factory=dict)       # target -> cases run
    findings: list = field(default_factory=list)

    def add(self, target: str, n: int = 1) -> None:
        self.cases[target] = self.cases.get(target, 0) + n


def _quiet_kernel(**config):
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    config.setdefault("mem_size", 32 << 20)
    sysctl = {"kernel.core_pattern": ""}
    return Kernel(KernelConfig(console=Console(writer=lambda data: None, reader=lambda n: b""),
                               sysctl=sysctl, **config))


def _bug_lines(kernel, start: int = 0) -> list[str]:
    return [line for line in kernel.klog.lines()[start:] if "BUG" in line]


class _Ecall:
    """Stands in for the machine's Stop of an `ecall` at `pc`."""

    def __init__(self, pc: int):
        self.pc = pc
        self.cause = 8


# 8-byte words a scratch buffer is filled with before each call: structures full of extremes
SCRATCH_WORDS = ((1 << 63) - 1, 0, (1 << 64) - 1, 1 << 31, 1 << 63, 999_999_999, 0xFFFF_FFFF, 1)
# path names the random calls may point at (so that file calls reach the file systems)
PATHS = ("/tmp/fz", "/tmp", "/proc/self/maps", "/proc/self/exe", "/proc/sys/vm/max_map_count",
         "/dev/zero", "/dev/null", "/", "/bin/hello", "/tmp/fz/../fz", "fz", "/d", "/d/f",
         "/link", "/link/f", "/x")
# open flags and modes worth trying (O_CREAT|O_RDWR, O_TRUNC|O_WRONLY, O_DIRECTORY, ...)
FLAGS = (0o102, 0o1001, 0o200000, 0o101, 0o302, 0o2000102, 0o400000, 0o10000000, 0o644, 0o755)


class SyscallBench:
    """A kernel with one process stopped at its first instruction, on which system calls are
    issued as if it had executed `ecall` (trap.do_syscall), with any arguments.  An argument
    None stands for `scratch`: a valid pointer to 4 KiB of the process's stack, refilled with
    SCRATCH_WORDS before each call (timespecs, iovecs, sigsets ... made of extremes)."""

    def __init__(self, program: str = "/bin/hello", root: str | None = None):
        self.kernel = _quiet_kernel(nproc=16, root=root)
        self.task = self.kernel.spawn(program, [program.rsplit("/", 1)[-1]], [])
        self.kernel.scheduler.remove(self.task)
        self.kernel.switch_to(self.task)
        machine = self.kernel.machine
        self.sp, self.pc = machine.get_reg(2), machine.pc
        self.scratch = (self.sp - 8192) & ~4095
        self.pattern = struct.pack("<8Q", *SCRATCH_WORDS) * 64
        self.paths = []                           # addresses of PATHS, below the scratch page
        va = self.scratch - 4096
        for path in PATHS:
            self.task.mm.copy_out(va, path.encode() + b"\0")
            self.paths.append(va)
            va += 64

    def call(self, number: int, args) -> object:
        """Issue one call; returns its value, "blocked", "no-return" or "dead"."""
        from pagelab.kernel.proc import TaskState
        from pagelab.kernel.syscalls import signed
        from pagelab.kernel.trap import do_syscall
        kernel, task = self.kernel, self.task
        machine = kernel.machine
        args = [self.scratch if value is None else value for value in args]
        if None in args or self.scratch in args:
            task.mm.copy_out(self.scratch, self.pattern)
        for i, value in enumerate(args):
            machine.set_reg(10 + i, value & ((1 << 64) - 1))
        machine.set_reg(17, number & ((1 << 64) - 1))
        machine.set_reg(2, self.sp)
        machine.pc = self.pc
        do_syscall(kernel, task, _Ecall(self.pc))
        if not task.alive:
            return "dead"
        outcome = signed(machine.get_reg(10))
        if task.state == TaskState.BLOCKED or task.syscall_blocked:
            task.state = TaskState.RUNNABLE                # undo: the bench does not wait
            task.waiting_on = None
            task.syscall_blocked = False
            task.sleep_deadline = None
            task.on_interrupt = None
            task.sigwait_set = 0
            kernel.timers.clear()
            kernel.futex_waiters.clear()
            outcome = "blocked"
        elif number in (139, 221):                # sigreturn and execve replace the registers
            outcome = "no-return"
        task.signals.pending.clear()              # signals stay undelivered
        kernel.switch_to(task)
        machine.pc = self.pc
        return outcome

    def finish(self) -> str:
        """End the bench process, then run /bin/hello to completion: '' when the kernel still
        works, else what went wrong."""
        kernel = self.kernel
        if self.task.alive:
            self.call(94, [0] * 6)
        for other in kernel.live_user_tasks():
            kernel.exit_task(other, 9)
        kernel.current = None
        try:
            task = kernel.spawn("/bin/hello", ["hello"], [])
        except Exception as error:
            return f"spawn after the calls failed: {error}"
        kernel.config.max_instructions = kernel.machine.instret + 5_000_000
        kernel.run()
        if task.alive or task.exit_code != 0:
            return f"/bin/hello did not end normally (exit code {task.exit_code})"
        return ""


def _judge(number: int, args, outcome) -> str:
    """'' if the outcome is acceptable (a value, or -errno with an errno Linux has)."""
    from pagelab.kernel.errno import NAMES
    if isinstance(outcome, str):
        return ""
    if -ERRNO_MAX <= outcome < 0 and -outcome not in NAMES:
        return f"returned -{-outcome}, which is not an errno"
    return ""


def _call_text(number: int, args, problem: str) -> bytes:
    from pagelab.kernel.syscalls import SYSCALLS
    name = SYSCALLS[number].name if number in SYSCALLS else "unknown"
    arguments = ", ".join("scratch" if a is None else f"0x{a & ((1 << 64) - 1):x}"
                          for a in args)
    return f"syscall {number} ({name})({arguments})\n{problem}\n".encode()


def _run_calls(report: Report, target: str, calls, deadline: float | None,
               root: str | None = None) -> None:
    """Issue (number, args) pairs on a bench, recording findings; a bench whose process died is
    replaced."""
    bench = SyscallBench(root=root)
    for case, (number, args) in enumerate(calls):
        if deadline is not None and time.monotonic() > deadline:
            break
        before = len(bench.kernel.klog.lines())
        try:
            outcome = bench.call(number, args)
            problem = _judge(number, args, outcome)
        except Exception as error:                     # escaped the dispatcher: a real crash
            problem, outcome = f"host exception {type(error).__name__}: {error}", None
        bugs = _bug_lines(bench.kernel, before)
        if bugs:
            problem = "; ".join(bugs)
        report.add(target)
        if problem:
            report.findings.append(Finding(target, case, problem,
                                           _call_text(number, args, problem)))
        if outcome == "dead" or problem.startswith("host exception"):
            bench = SyscallBench(root=root)
    problem = bench.finish()
    if problem:
        report.findings.append(Finding(target, -1, problem, problem.encode()))


def syscall_numbers(rng: random.Random) -> list[int]:
    from pagelab.kernel.syscalls import SYSCALLS, register_all
    register_all()
    return sorted(set(SYSCALLS) - ENDS_THE_TASK) + [rng.randrange(300, 2000) for _ in range(4)]


def sweep_calls(seed: int = 0, mixed_per_call: int = 4):
    """Every registered call, every argument position, every extreme -- the other arguments 0,
    then the other arguments pointing at a scratch buffer full of extremes -- then
    `mixed_per_call` seeded all-extreme combinations per call."""
    rng = random.Random(seed)
    calls = []
    for number in syscall_numbers(rng):
        for others in (0, None):
            for position in range(6):
                for value in EXTREMES[1:]:
                    args = [others] * 6
                    args[position] = value
                    calls.append((number, args))
        for _ in range(mixed_per_call):
            calls.append((number, [rng.choice(EXTREMES) for _ in range(6)]))
    return calls


def random_calls(seed: int, sp: int = 0, paths=()):
    """An endless seeded stream of random calls (pointers near `sp` are valid stack memory,
    `paths` the addresses of path names)."""
    rng = random.Random(seed)
    numbers = syscall_numbers(rng)

    def path():
        return rng.choice(paths) if paths else 0

    def fd():
        return rng.choice((3, 4, 5, 6, 7, 0xFFFF_FF9C))          # AT_FDCWD = -100

    def small():
        return rng.choice((0, 1, 100, 4096, 5000, 1 << 20)) if rng.random() < 0.8 else \
            rng.choice(NASTY)
    # calls with the shape of real use, so that file-system state builds up
    templates = [
        lambda: (56, [fd(), path(), rng.choice(FLAGS), 0o644, 0, 0]),           # openat
        lambda: (276, [fd(), path(), fd(), path(), rng.choice((0, 1, 2)), 0]),  # renameat2
        lambda: (35, [fd(), path(), rng.choice((0, 0x200)), 0, 0, 0]),         # unlinkat
        lambda: (34, [fd(), path(), 0o755, 0, 0, 0]),                          # mkdirat
        lambda: (37, [fd(), path(), fd(), path(), rng.choice((0, 0x400)), 0]),  # linkat
        lambda: (64, [fd(), sp - 4096 if sp else 0, small(), 0, 0, 0]),        # write
        lambda: (63, [fd(), sp - 8192 if sp else 0, small(), 0, 0, 0]),        # read
        lambda: (68, [fd(), sp - 4096 if sp else 0, small(), rng.choice(NASTY), 0, 0]),
        lambda: (46, [fd(), rng.choice(NASTY + (0, 10, 5000)), 0, 0, 0, 0]),   # ftruncate
        lambda: (62, [fd(), rng.choice(NASTY), rng.choice((0, 1, 2, 3, 4)), 0, 0, 0]),
        lambda: (222, [0, small() or 4096, rng.choice((1, 3)), rng.choice((1, 2)), fd(),
                       rng.choice((0, 4096))]),                                # mmap
        lambda: (52, [fd(), rng.choice((0, 0o777, 0o4755)), 0, 0, 0, 0]),      # fchmod
        lambda: (88, [fd(), path(), 0, 0, 0, 0]),                              # utimensat
        lambda: (49, [path(), 0, 0, 0, 0, 0]),                                 # chdir
        lambda: (221, [path(), 0, 0, 0, 0, 0]),                                # execve
    ]

    def argument():
        choice = rng.random()
        if choice < 0.12 and paths:
            return rng.choice(paths)
        if choice < 0.2:
            return rng.choice(FLAGS)
        if choice < 0.35:
            return rng.choice(NASTY)
        if choice < 0.6 and sp:
            return sp - rng.randrange(0, 8192) & ~7
        if choice < 0.8:
            return rng.randrange(0, 64)
        return rng.getrandbits(64)
    while True:
        if rng.random() < 0.3:
            yield rng.choice(templates)()
        else:
            yield rng.choice(numbers), [argument() for _ in range(6)]


def fuzz_syscalls(report: Report, seed: int, cases: int | None = None,
                  seconds: float | None = None, root: str | None = None) -> None:
    """Random calls; with `root`, the guest's / is that host directory (--root)."""
    import itertools
    probe = SyscallBench(root=root)
    calls = random_calls(seed, probe.sp, probe.paths)
    if cases is not None:
        calls = itertools.islice(calls, cases)
    deadline = time.monotonic() + seconds if seconds is not None else None
    _run_calls(report, "syscall", calls, deadline, root)


def sweep_syscalls(report: Report, seed: int = 0) -> None:
    _run_calls(report, "sweep", sweep_calls(seed), None)


# --- malformed ELF files --------------------------------------------------------------------------
def mutate_elf(good: bytes, rng: random.Random) -> bytes:
    """One malformed variant of `good`: flipped bytes, extreme header or program-header fields,
    or a truncated file."""
    data = bytearray(good)
    phoff, = struct.unpack_from("<Q", data, 32)
    phnum, = struct.unpack_from("<H", data, 56)
    kind = rng.randrange(5)
    if kind == 0:                                  # random bytes in the headers or anywhere
        for _ in range(rng.randint(1, 6)):
            where = rng.choice([rng.randrange(64), rng.randrange(64, 64 + 56 * max(phnum, 1)),
                                rng.randrange(len(data))])
            data[where] = rng.randrange(256)
    elif kind == 1:                                # an ELF header field set to an extreme
        offset, size = rng.choice([(16, 2), (18, 2), (24, 8), (32, 8), (40, 8), (52, 2),
                                   (54, 2), (56, 2), (58, 2), (60, 2), (62, 2)])
        value = rng.choice(EXTREMES + (1, 2, 3, 56, 64, 0x1000))
        data[offset:offset + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    elif kind in (2, 3) and phnum:                 # a program-header field set to an extreme
        header = phoff + 56 * rng.randrange(phnum)
        offset, size = rng.choice([(0, 4), (4, 4), (8, 8), (16, 8), (24, 8), (32, 8), (40, 8),
                                   (48, 8)])
        value = rng.choice(EXTREMES + (1, 0x1000, 0x10000, 1 << 47, 1 << 40))
        if kind == 3:                              # or near another segment's values
            other = phoff + 56 * rng.randrange(phnum) + offset
            near, = struct.unpack_from("<Q" if size == 8 else "<I", data, other)
            value = near + rng.choice((-0x1000, -8, 0, 8, 0x1000))
        if header + offset + size <= len(data):
            data[header + offset:header + offset + size] = \
                (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
    else:                                          # truncated
        data = data[:rng.randrange(len(data))]
    return bytes(data)


def good_elf() -> bytes:
    """A small good executable to mutate: the assembled /bin/hello."""
    from pagelab.kernel.exec import read_whole_file
    kernel = _quiet_kernel(mem_size=8 << 20)
    return read_whole_file(kernel.fs.lookup("/bin/hello"))


def fuzz_elf(report: Report, seed: int, cases: int | None = None,
             seconds: float | None = None, budget: int = 20_000) -> None:
    """Run mutants of a good ELF through execve (kernel.spawn) on one kernel: each is refused
    with an errno, or runs for at most `budget` instructions."""
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    from pagelab.kernel.kernel import SpawnError
    rng = random.Random(seed)
    good = good_elf()
    kernel = _quiet_kernel(mem_size=16 << 20)
    deadline = time.monotonic() + seconds if seconds is not None else None
    case = 0
    while (cases is None or case < cases) and (deadline is None or time.monotonic() < deadline):
        mutant = mutate_elf(good, rng)
        kernel.fs.bin.add("mutant", MemFile(mutant, mode=S_IFREG | 0o755))
        before = len(kernel.klog.lines())
        problem = ""
        try:
            try:
                kernel.spawn("/bin/mutant", ["mutant"], [])
            except SpawnError as error:
                if error.errno <= 0:
                    problem = f"refused without an errno: {error}"
            else:
                kernel.config.max_instructions = kernel.machine.instret + budget
                kernel.halt_reason = None
                kernel.run()
            for task in kernel.live_user_tasks():
                kernel.exit_task(task, 9)
            kernel.current = None
        except Exception as error:
            problem = f"host exception {type(error).__name__}: {error}"
            kernel = _quiet_kernel(mem_size=16 << 20)
        bugs = _bug_lines(kernel, before) if not problem.startswith("host") else []
        if bugs:
            problem = "; ".join(bugs)
        report.add("elf")
        if problem:
            report.findings.append(Finding("elf", case, problem, mutant, ".elf"))
        case += 1


# --- the assembler's fuzzer (owned by the assembler) ---------------------------------------------
def fuzz_asm(report: Report, seed: int, seconds: float, out_dir: str) -> str:
    """Run the assembler's fuzzer, `pagelab.asm.fuzz.run_asm_fuzz`, for `seconds`; its
    failures become findings (it saves their reproducers in `out_dir` itself).  Returns a note
    when this pagelab has no assembler fuzzer."""
    try:
        from pagelab.asm.fuzz import run_asm_fuzz
    except ImportError:
        return "asm: pagelab.asm.fuzz is not part of this pagelab; the asm target is skipped"
    failures = run_asm_fuzz(seed=seed, seconds=seconds, save_dir=out_dir)
    report.add("asm")
    for failure in failures:
        first_line = (failure.message or "").splitlines()[:1]
        report.findings.append(Finding("asm", failure.index,
                                       f"{failure.kind}: {''.join(first_line)}",
                                       saved=failure.saved))
    return ""


# --- command line ---------------------------------------------------------------------------------
def save(findings: list, out_dir: str) -> list[str]:
    """Write each finding's reproducer (and a .txt with the problem) into out_dir."""
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    for finding in findings:
        if finding.saved:
            paths.append(finding.saved)
            continue
        base = os.path.join(out_dir, f"{finding.target}-{finding.case}")
        with open(base + finding.suffix, "wb") as handle:
            handle.write(finding.reproducer)
        if finding.suffix != ".txt":
            with open(base + ".txt", "w") as handle:
                handle.write(finding.problem + "\n")
        paths.append(base + finding.suffix)
    return paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pagelab fuzz", allow_abbrev=False,
        description="Fuzz the assembler, the ELF loader and the system calls for a while; "
                    "save reproducers of anything that breaks.",
        epilog="Exit status: 0 nothing found, 1 findings saved, 2 bad options.")
    parser.add_argument("--minutes", type=float, default=1.0,
                        help="how long to fuzz in all (default 1), shared by the targets")
    parser.add_argument("--seed", type=int, default=None,
                        help="random seed (default: from the clock; printed)")
    parser.add_argument("--target", choices=("asm", "elf", "syscall", "all"), default="all")
    parser.add_argument("--out", metavar="DIR", default="fuzz-findings",
                        help="directory for reproducers (default fuzz-findings)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        options = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code in (0, None) else 2
    if not options.minutes > 0:
        print("pagelab fuzz: --minutes must be positive", file=sys.stderr)
        return 2
    seed = options.seed if options.seed is not None else int(time.time())
    targets = ["asm", "elf", "syscall"] if options.target == "all" else [options.target]
    seconds = options.minutes * 60 / len(targets)
    report = Report()
    print(f"pagelab fuzz: seed {seed}, {', '.join(targets)}, {seconds:.0f} s each", flush=True)
    for target in targets:
        if target == "asm":
            note = fuzz_asm(report, seed, seconds, options.out)
            if note:
                print(f"pagelab fuzz: {note}", file=sys.stderr)
        elif target == "elf":
            fuzz_elf(report, seed, seconds=seconds)
        else:
            fuzz_syscalls(report, seed, seconds=seconds)
    for target, n in report.cases.items():
        print(f"pagelab fuzz: {target}: " + (f"{n} cases" if target != "asm" else
                                             f"ran for {seconds:.0f} s"))
    if report.findings:
        paths = save(report.findings, options.out)
        print(f"pagelab fuzz: {len(paths)} finding(s); reproducers in {options.out}/",
              file=sys.stderr)
        for finding in report.findings[:20]:
            print(f"  {finding.target} case {finding.case}: {finding.problem}", file=sys.stderr)
        return 1
    print("pagelab fuzz: nothing found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
