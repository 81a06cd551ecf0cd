"""`pagelab run [options] PROGRAM[.s|.elf] [ARGS...]` — run a program on the emulated machine.

PROGRAM is looked up in this order:

1. a guest path: an absolute path the guest has (e.g. `/bin/cat`), unless the host file of that
   name is itself a RISC-V executable;
2. a host file: a `.s` file is assembled first (pagelab's assembler; GNU as + ld while it is not
   installed), anything else must be a RISC-V ELF executable.  The file is put into the guest's
   file system as `/bin/<name>` (`<name>` without `.s`) and executed from there; with `--root DIR`
   a file inside DIR runs under its guest path instead.  argv[0] is PROGRAM as typed.
3. a bare name found in the guest's /bin (the assembled programs/), e.g. `cat`.

Without PROGRAM, /bin/sh runs: on a terminal, an interactive shell.

The run ends when PROGRAM exits: whatever it left running (background jobs, orphans) is killed
with SIGKILL and listed on stderr, as a container's processes die with its init.  `--wait-all`
instead runs until every process has exited.

The guest's stdout and stderr are the host's; its exit status is ours.  A program killed by a
signal makes us print the shell's message (`Segmentation fault (core dumped)`, `Killed`, ...) on
stderr and exit with 128 + signal, like bash.  The guest's environment is fixed
(`PATH=/bin HOME=/ TERM=dumb LANG=C`) so that runs are reproducible.  Ctrl-C sends SIGINT to
the guest's foreground processes (a second Ctrl-C stops pagelab).

Core dumps: a program killed by SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, ... leaves an ELF core
file named by `kernel.core_pattern` (default `core`; `--sysctl kernel.core_pattern=core.%p` adds
the pid, an empty pattern turns dumps off).  pagelab writes host files only where the command
line says (docs/threat-model.md): with `--core-dir DIR` the core goes into host directory DIR
(named by the pattern's last component); without it, into the guest's own file system (its cwd,
i.e. inside `--root DIR` when one is given).  The guest's RLIMIT_CORE is unlimited by default,
so cores appear; a program can lower it.  Inspect one with `gdb-multiarch PROGRAM DIR/core`.

Exit statuses of pagelab itself: 2 for a bad command line, 1 for a program that cannot be
loaded (missing file, bad ELF, assembly errors), 124 when --max-instructions ends the run
(the timeout(1) convention), 125 when every process is blocked forever (deadlock).
"""
from __future__ import annotations

import argparse
import os
import sys

EXIT_USAGE = 2
EXIT_LOAD = 1
EXIT_MAX_INSTRUCTIONS = 124
EXIT_DEADLOCK = 125
EXIT_INTERNAL = 70                     # EX_SOFTWARE: a bug in pagelab itself
GUEST_ENV = ["PATH=/bin", "HOME=/", "TERM=dumb", "LANG=C"]
MIN_MEM = 1 << 20
MAX_MEM = 16 << 30

MAX_SWAP = 64 << 30
_SUFFIXES = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


class UsageError(Exception):
    """A bad option value; the message names the option and the problem."""


def parse_size(text: str, option: str) -> int:
    """'16M', '64K', '1G', '4096' -> bytes (a whole number of 4 KiB pages)."""
    value = text.strip().upper().removesuffix("IB").removesuffix("B")
    suffix = value[-1:] if value[-1:] in ("K", "M", "G") else ""
    number = value[:-1] if suffix else value
    try:
        size = int(number, 0) * _SUFFIXES[suffix]
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not a size (use e.g. 16M, 512K, 1G)") from None
    if size <= 0 or size % 4096:
        raise UsageError(f"{option}: '{text}' must be a positive multiple of 4K")
    return size


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pagelab run", allow_abbrev=False,
        description="Run a RISC-V program (.s or ELF) on pagelab's emulated machine.",
        epilog="Exit status: the program's; 128+N when killed by signal N; 2 bad options; "
               "1 program cannot be loaded; 124 --max-instructions reached; 125 deadlock. "
               "A crash leaves an ELF core file 'core' in --core-dir DIR, or else in the "
               "guest's file system (--sysctl kernel.core_pattern=...; empty: none).")
    parser.add_argument("--mem", metavar="SIZE", default="128M",
                        help="physical memory, e.g. 16M (default 128M)")
    parser.add_argument("--swap", metavar="SIZE",
                        help="a swap device of SIZE (e.g. 64M), enabled at boot as /dev/vdb")
    parser.add_argument("--paging", choices=("sv39", "sv48", "sv57"), default="sv48",
                        help="paging mode (default sv48)")
    parser.add_argument("--tlb", metavar="SPEC",
                        help="TLB shape, e.g. dtlb4k=64x4:lru,itlb4k=32x4 (see mmu/tlb.py)")
    parser.add_argument("--cmdline", metavar="TEXT", default="",
                        help="the kernel command line, e.g. \"hugepages=16 hugepagesz=1G "
                             "hugepages=1\" (shown in /proc/cmdline)")
    parser.add_argument("--sysctl", metavar="NAME=VALUE", action="append", default=[],
                        help="set a sysctl, e.g. vm.overcommit_memory=2 (repeatable)")
    parser.add_argument("--policy", metavar="KIND=NAME", action="append", default=[],
                        help="choose a policy, e.g. replacement=clock (repeatable)")
    parser.add_argument("--opt-trace", metavar="FILE",
                        help="page reference trace: with --policy replacement=opt, read it "
                             "(Belady's OPT looks ahead in it); otherwise record this run's "
                             "references (faults and A bits) into it")
    parser.add_argument("--engine", choices=("interp", "jit"), default="interp",
                        help="CPU execution engine: interp (the interpreter, default) or jit "
                             "(hot blocks translated to native code; experimental, docs/jit.md)")
    parser.add_argument("--max-instructions", metavar="N", type=_positive_int,
                        help="stop everything after N instructions (exit status 124)")
    parser.add_argument("--stats", action="store_true",
                        help="print instructions, cycles, TLB and fault counters at exit")
    parser.add_argument("--root", metavar="DIR", help="host directory to show as the guest's /")
    parser.add_argument("--core-dir", metavar="DIR",
                        help="host directory for core files (default: the guest's own files)")
    parser.add_argument("--dmesg", action="store_true", help="print the kernel log at exit")
    parser.add_argument("--strace", action="store_true",
                        help="trace the system calls on stderr")
    parser.add_argument("--wait-all", action="store_true",
                        help="run until every process has exited (default: end when PROGRAM "
                             "exits, killing what it left running)")
    parser.add_argument("--no-fast-faults", action="store_true",
                        help="serve every page fault in the Python handler (no jitted "
                             "demand-zero fast path; same results, slower)")
    parser.add_argument("--trace", metavar="FILE",
                        help="write kernel events as JSON lines to FILE ('-': stderr)")
    parser.add_argument("--trace-events", metavar="KINDS",
                        help="only these events, e.g. fault,oom (see kernel/trace.py)")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--quantum", type=_positive_int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("program", metavar="PROGRAM", nargs="?", default=None,
                        help="a .s file, an ELF file or /bin name (default: an interactive "
                             "/bin/sh)")
    parser.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS",
                        help="arguments for the program")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an integer") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be positive")
    return value


def make_config(options):
    """KernelConfig from the parsed options; raises UsageError with a clear message."""
    from pagelab.kernel.kernel import KernelConfig, SysctlError, parse_sysctl
    mem = parse_size(options.mem, "--mem")
    if not MIN_MEM <= mem <= MAX_MEM:
        raise UsageError(f"--mem: {options.mem} is outside 1M .. 16G")
    swap = 0
    if options.swap is not None:
        swap = parse_size(options.swap, "--swap")
        if not 2 * 4096 <= swap <= MAX_SWAP or swap % 4096:
            raise UsageError(f"--swap: {options.swap} must be whole pages, 8K .. 64G")
    from pagelab.kernel.cmdline import COMMAND_LINE_SIZE
    if len(options.cmdline.encode("utf-8", "surrogateescape")) >= COMMAND_LINE_SIZE:
        raise UsageError(f"--cmdline: longer than {COMMAND_LINE_SIZE - 1} bytes")
    tlb = None
    if options.tlb is not None:
        from pagelab.mmu.tlb import TLBConfig, TLBConfigError
        try:
            tlb = TLBConfig.parse(options.tlb)
        except TLBConfigError as error:
            message = str(error)              # the mmu's message may already name the option
            if not message.startswith("--tlb"):
                message = f"--tlb: {message}"
            raise UsageError(message) from None
    sysctl = {}
    for item in options.sysctl:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"--sysctl: expected NAME=VALUE, got '{item}'")
        try:
            sysctl[name.strip()] = parse_sysctl(name.strip(), value.strip())
        except SysctlError as error:
            raise UsageError(f"--sysctl: {error}") from None
    policies = {}
    for item in options.policy:
        kind, sep, name = item.partition("=")
        if not sep or not kind or not name:
            raise UsageError(f"--policy: expected KIND=NAME, got '{item}'")
        check_policy(kind, name)
        policies[kind] = name
    options.opt_future = None
    if policies.get("replacement") == "opt":
        if options.opt_trace is None:
            raise UsageError("--policy replacement=opt: needs --opt-trace FILE, recorded by a "
                             "previous run of the same program with --opt-trace FILE")
        from pagelab.kernel.mm.vmscan import ReferenceTrace, TraceError
        try:
            with open(options.opt_trace) as f:
                options.opt_future = ReferenceTrace.parse(f.read(), options.opt_trace)
        except OSError as error:
            raise UsageError(f"--opt-trace: cannot read '{options.opt_trace}': "
                             f"{error.strerror}") from None
        except (TraceError, UnicodeDecodeError) as error:
            raise UsageError(f"--opt-trace: {error}") from None
    if options.trace_events is not None:
        if options.trace is None:
            raise UsageError("--trace-events: needs --trace FILE")
        from pagelab.kernel.trace import parse_kinds
        try:
            options.trace_kinds = parse_kinds(options.trace_events)
        except ValueError as error:
            raise UsageError(f"--trace-events: {error}") from None
    else:
        options.trace_kinds = None
    if options.root is not None and not os.path.isdir(options.root):
        raise UsageError(f"--root: '{options.root}' is not a directory")
    if options.core_dir is not None and not os.path.isdir(options.core_dir):
        raise UsageError(f"--core-dir: '{options.core_dir}' is not a directory")
    config = KernelConfig(mem_size=mem, paging=options.paging, tlb=tlb, sysctl=sysctl,
                          policies=policies, max_instructions=options.max_instructions,
                          root=options.root, core_dir=options.core_dir, seed=options.seed,
                          wait_all=options.wait_all, swap_size=swap, cmdline=options.cmdline,
                          fast_faults=not options.no_fast_faults)
    if options.quantum:
        config.quantum = options.quantum
    config.engine = options.engine
    return config


def check_policy(kind: str, name: str) -> None:
    """Validate --policy against the policy registry (kernel/policy)."""
    from pagelab.kernel import policy as registry
    kinds = getattr(registry, "REGISTRY", {})
    if kinds and kind not in kinds:
        raise UsageError(f"--policy: unknown policy kind '{kind}' "
                         f"(choose {', '.join(sorted(kinds))})")
    lookup = getattr(registry, "policy_class", None)
    if lookup is None:
        return
    try:
        lookup(kind, name)
    except KeyError as error:
        raise UsageError(f"--policy: {error.args[0] if error.args else error}") from None
    except (ImportError, AttributeError, ValueError) as error:
        raise UsageError(f"--policy: cannot load '{name}': {error}") from None


def assemble(path: str) -> bytes:
    """Assemble a .s file into ELF bytes with pagelab's assembler (`pagelab.asm.assemble`);
    while that is not complete, with GNU as + ld.  Raises LoadError with the assembler's
    GNU-style report (file:line:col: error: ...)."""
    try:
        from pagelab.asm import AsmErrors, assemble as asm_assemble
    except ImportError:
        asm_assemble = None
    if asm_assemble is not None:
        try:
            from pagelab.kernel.fs.bin import link_sources
            return asm_assemble([str(p) for p in link_sources(path)])
        except AsmErrors as error:
            raise LoadError(str(error).rstrip()) from None
        except (ImportError, NotImplementedError):
            pass                                # parts of the assembler not there yet
        except OSError as error:
            raise LoadError(f"{path}: {error.strerror}") from None
    from pathlib import Path
    from pagelab.kernel.fs.bin import _assemble_gnu
    import subprocess
    try:
        data = _assemble_gnu(Path(path))
    except subprocess.CalledProcessError as error:
        text = (error.stderr or b"").decode("utf-8", "replace").strip()
        raise LoadError(text or f"{path}: assembly failed") from None
    if data is None:
        raise LoadError(f"{path}: no assembler available")
    return data


class LoadError(Exception):
    pass


def load_program(kernel, program: str, root: str | None) -> str:
    """Make PROGRAM available in the guest; return the guest path to execute."""
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    if program.startswith("/") and not program.endswith(".s") and \
            not isinstance(kernel.fs.lookup(program, "/"), int) and \
            not _is_riscv_elf_file(program):
        return program                          # a guest path such as /bin/cat
    if os.path.isfile(program):
        if root is not None:
            inside = os.path.relpath(os.path.realpath(program), os.path.realpath(root))
            if not inside.startswith(".."):
                if program.endswith(".s"):
                    pass                        # must be assembled: falls through to /bin
                else:
                    _check_elf(_read(program), program)
                    return "/" + inside.replace(os.sep, "/")
        if program.endswith(".s"):
            data = assemble(program)
            name = os.path.basename(program)[:-2] or "a.out"
        else:
            data = _read(program)
            name = os.path.basename(program) or "a.out"
        _check_elf(data, program)
        inode = MemFile(data, mode=S_IFREG | 0o755)
        inode.path = f"/bin/{name}"
        kernel.fs.bin.add(name, inode)
        return f"/bin/{name}"
    if os.path.isdir(program):
        raise LoadError(f"{program}: Is a directory")
    guest = program if program.startswith("/") else f"/bin/{program}"
    if "/" in program and not program.startswith("/"):
        raise LoadError(f"{program}: No such file or directory")
    found = kernel.fs.lookup(guest, "/")
    if isinstance(found, int):
        raise LoadError(f"{program}: No such file or directory")
    return guest


def _is_riscv_elf_file(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(20)
    except OSError:
        return False
    return head[:4] == b"\x7fELF" and head[18:20] == b"\xf3\x00"     # EM_RISCV


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise LoadError(f"{path}: {error.strerror}") from None


def _check_elf(data: bytes, name: str) -> None:
    from pagelab.asm.elfread import ElfError, read_elf
    try:
        read_elf(data, name)
    except ElfError as error:
        raise LoadError(str(error)) from None


def print_stats(kernel, out) -> None:
    """Counters at exit (stderr): instructions, cycles, the TLB model's statistics (only the
    counters that are not zero) and each process's fault counts."""
    machine = kernel.machine
    print(f"pagelab: instructions {machine.instret}", file=out)
    print(f"pagelab: cycles {machine.cycles}", file=out)
    print(f"pagelab: time {kernel.now_ns() / 1e9:.6f} s (simulated)", file=out)
    try:
        stats = machine.stats()
    except Exception:
        stats = {}
    for key, value in _flatten(stats):
        if key in ("instret", "cycles", "time") or key.startswith("core.") or not value:
            continue
        print(f"pagelab: {key} {value}", file=out)
    records = {r["pid"]: r for r in kernel.exited}
    for task in kernel.tasks.values():
        if task.pid != 1 and not task.is_kthread and task.pid not in records:
            records[task.pid] = {"pid": task.pid, "comm": task.comm, "min_flt": task.min_flt,
                                 "maj_flt": task.maj_flt}
    for pid in sorted(records):
        r = records[pid]
        print(f"pagelab: pid {pid} ({r['comm']}) min_flt {r['min_flt']} "
              f"maj_flt {r['maj_flt']}", file=out)


def _flatten(stats, prefix=""):
    if isinstance(stats, dict):
        for key, value in stats.items():
            yield from _flatten(value, f"{prefix}{key}." if not isinstance(value, (int, float, str))
                                else f"{prefix}{key}")
    elif isinstance(stats, (list, tuple)):
        yield prefix.rstrip("."), " ".join(str(v) for v in stats)
    else:
        yield prefix.rstrip("."), stats


def run_with_ctrl_c(kernel) -> int:
    """kernel.run(), with the host's Ctrl-C turned into SIGINT for the guest's foreground
    process group (a second Ctrl-C while one is pending stops pagelab itself)."""
    import signal as host_signal
    import threading

    def on_interrupt(signo, frame):
        if kernel.host_signal:
            raise KeyboardInterrupt
        kernel.host_signal = 2

    if threading.current_thread() is not threading.main_thread():
        return kernel.run()
    previous = host_signal.signal(host_signal.SIGINT, on_interrupt)
    try:
        return kernel.run()
    finally:
        host_signal.signal(host_signal.SIGINT, previous)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if any(a == "--policy=help" or (a == "--policy" and b == "help")
           for a, b in zip(argv, argv[1:] + [""])):
        from pagelab.kernel.policy import describe
        print(describe())                     # pagelab run --policy help: needs no program
        return 0
    parser = build_parser()
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else EXIT_USAGE
    try:
        config = make_config(options)
    except UsageError as error:
        print(f"pagelab run: {error}", file=sys.stderr)
        return EXIT_USAGE

    try:
        return run_program(options, config)
    except KeyboardInterrupt:
        return 130
    except Exception as error:               # a pagelab bug: say so in one line, no traceback
        if os.environ.get("PAGELAB_DEBUG"):
            raise
        print(f"pagelab run: internal error: {type(error).__name__}: {error} "
              f"(set PAGELAB_DEBUG=1 for a traceback)", file=sys.stderr)
        return EXIT_INTERNAL


def _interactive_terminal() -> bool:
    try:
        return os.isatty(0) and os.isatty(1)
    except (OSError, ValueError):
        return False


def shell_main(argv: list[str] | None = None) -> int:
    """`pagelab shell [options]`: `pagelab run` with no program (an interactive /bin/sh)."""
    return main(sys.argv[1:] if argv is None else list(argv))


def run_program(options, config) -> int:
    if options.program is None and _interactive_terminal():
        from pagelab.kernel.fs.tty import TtyConsole
        tty = config.console = TtyConsole()
        tty.raw_mode()                       # from the start: typing ahead is not echoed twice
        try:
            return _run_kernel(options, config, tty)
        finally:
            tty.restore_mode()
    return _run_kernel(options, config, None)


def _run_kernel(options, config, tty) -> int:
    from pagelab.kernel.kernel import Kernel
    kernel = Kernel(config)
    if tty is not None:
        tty.kernel = kernel
        kernel.tty = tty
    try:
        trace_file = attach_tracing(kernel, options)
    except UsageError as error:
        print(f"pagelab run: {error}", file=sys.stderr)
        return EXIT_USAGE
    if options.program is None:               # no program: the shell, on the terminal
        options.program = "sh"
    reclaim = kernel.physmem.vmscan
    reclaim.future = options.opt_future
    if options.opt_trace is not None and options.opt_future is None:
        from pagelab.kernel.mm.vmscan import ReferenceRecorder
        reclaim.recorder = ReferenceRecorder()
    try:
        return _run_loaded(options, kernel)
    finally:
        if reclaim.recorder is not None:
            try:
                with open(options.opt_trace, "w") as f:
                    f.write(reclaim.recorder.text())
            except OSError as error:
                print(f"pagelab run: --opt-trace: cannot write '{options.opt_trace}': "
                      f"{error.strerror}", file=sys.stderr)
        if trace_file is not None and trace_file is not sys.stderr:
            trace_file.close()


def attach_tracing(kernel, options):
    """--strace and --trace FILE / --trace-events: listeners on kernel.trace.  Returns the
    opened trace file (the caller closes it) or None; UsageError if it cannot be opened."""
    if options.strace:
        from pagelab.kernel.trace import strace_line
        kernel.trace.listen(lambda event: print(strace_line(event), file=sys.stderr,
                                                flush=True), {"syscall_exit"})
    if options.trace is None:
        return None
    from pagelab.kernel.trace import JsonLinesWriter
    try:
        trace_file = sys.stderr if options.trace == "-" else open(options.trace, "w")
    except OSError as error:
        raise UsageError(f"--trace: cannot open '{options.trace}': {error.strerror}") from None
    kernel.trace.listen(JsonLinesWriter(trace_file), options.trace_kinds)
    return trace_file


def _run_loaded(options, kernel) -> int:
    from pagelab.kernel.kernel import SpawnError
    from pagelab.kernel import signals
    try:
        guest_path = load_program(kernel, options.program, options.root)
        kernel.spawn(guest_path, [options.program, *options.args], GUEST_ENV)
    except (LoadError, SpawnError) as error:
        print(f"pagelab run: {error}", file=sys.stderr)
        return EXIT_LOAD
    status = run_with_ctrl_c(kernel)
    sys.stdout.flush()
    first = kernel.first_task
    if kernel.halt_reason == "max-instructions":
        print(f"pagelab run: stopped after {kernel.machine.instret} instructions "
              f"(--max-instructions {options.max_instructions})", file=sys.stderr)
        status = EXIT_MAX_INSTRUCTIONS
    elif kernel.halt_reason == "deadlock":
        print("pagelab run: every process is blocked and nothing can wake them (deadlock)",
              file=sys.stderr)
        status = EXIT_DEADLOCK
    elif first is not None and first.fatal_signal:
        message = signals.shell_message(first.fatal_signal, first.core_dumped)
        if message:
            print(message, file=sys.stderr)
    if kernel.leftovers:
        names = ", ".join(f"{pid} ({comm})" for pid, comm in kernel.leftovers)
        print(f"pagelab run: {options.program} exited; killed (SIGKILL) what it left running: "
              f"{names} (--wait-all waits for them)", file=sys.stderr)
    if options.dmesg:
        sys.stderr.write(kernel.klog.render())
    if options.stats:
        print_stats(kernel, sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
