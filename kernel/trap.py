"""The trap dispatcher: what the kernel does when `machine.run()` stops with a trap.

One branch per scause, in the shape of xv6's `usertrap()` and Linux's riscv `do_trap_*`
(riscv-abi §10.6):

    8            ecall from U           -> system call (do_syscall)
    12 / 13 / 15 instruction/load/store page fault -> mm.handle_fault; on failure SIGSEGV/SIGBUS
    2            illegal instruction    -> SIGILL  ILL_ILLOPC, si_addr = pc
    3            ebreak                 -> SIGTRAP TRAP_BRKPT, si_addr = pc
    0, 4, 6      misaligned             -> SIGBUS  BUS_ADRALN, si_addr = stval
    1, 5, 7      access fault           -> SIGSEGV SEGV_ACCERR, si_addr = stval
    other        unexpected             -> SIGILL  ILL_ILLTRP (Linux `do_trap_unknown`)

A signal caused by a trap is *forced* (it cannot be blocked or ignored away).  If it will kill
the task — no handler installed — the kernel log gets Linux's riscv line, then a register dump:

    comm[pid]: unhandled signal 11 code 0x1 at 0x0000000000000010 in prog[10078,10000+1000]

(`in file[offset of pc in the file, VMA start+VMA size]`, present when the pc is in a file
mapping; Linux `do_trap` + `print_vma_addr` + `__show_regs`).
"""
from __future__ import annotations

from pagelab.kernel import signals as sig
from pagelab.kernel.errno import EAGAIN, EFAULT, ENOSYS
from pagelab.kernel.syscalls import BLOCKED, MASK64, NO_RETURN, SYSCALLS
from pagelab.kernel.trace import ACCESS_NAMES, Fault, SyscallEnter, SyscallExit

LOAD, STORE, FETCH = 0, 1, 2
PAGE_FAULT_ACCESS = {12: FETCH, 13: LOAD, 15: STORE}
ILL_ILLTRP = 4

# cost-model charges for kernel work the Machine does not see (cycles)
SYSCALL_CYCLES = 100
MINOR_FAULT_CYCLES = 1_000
CLEAR_PAGE_CYCLES = 400           # zeroing 4 KiB (~10 GB/s), part of a minor fault's cost
MAJOR_FAULT_CYCLES = 100_000      # a "disk" read: 100 µs at 1 GHz
REPEATED_FAULT_LIMIT = 10_000     # identical faults in a row before the kernel gives up


def handle_trap(kernel, task, stop) -> None:
    cause = stop.cause
    if cause == 8:
        do_syscall(kernel, task, stop)
    elif cause in PAGE_FAULT_ACCESS:
        do_page_fault(kernel, task, stop.tval, PAGE_FAULT_ACCESS[cause], stop.pc)
    elif cause == 2:
        force_fault_signal(kernel, task, sig.SIGILL, sig.ILL_ILLOPC, stop.pc, cause, stop.tval)
    elif cause == 3:
        force_fault_signal(kernel, task, sig.SIGTRAP, sig.TRAP_BRKPT, stop.pc, cause, stop.tval)
    elif cause in (0, 4, 6):
        force_fault_signal(kernel, task, sig.SIGBUS, sig.BUS_ADRALN, stop.tval, cause, stop.tval)
    elif cause in (1, 5, 7):
        force_fault_signal(kernel, task, sig.SIGSEGV, sig.SEGV_ACCERR, stop.tval, cause,
                           stop.tval)
    else:
        kernel.log(f"{task.comm}[{task.pid}]: unexpected trap cause {cause} at pc "
                   f"0x{stop.pc:x} stval 0x{stop.tval:x}")
        force_fault_signal(kernel, task, sig.SIGILL, ILL_ILLTRP, stop.pc, cause, stop.tval)


def do_syscall(kernel, task, stop):
    """Dispatch an ecall (contract in kernel/syscalls.py); returns the handler's result."""
    machine = kernel.machine
    regs = machine.regs
    number = regs[17]
    args = regs[10:16]
    machine.pc = stop.pc + 4           # sepc += 4; a BLOCKED call moves it back
    kernel.charge(SYSCALL_CYCLES, task)
    entry = SYSCALLS.get(number)
    if kernel.trace.enabled:
        trace_syscall(kernel, task, SyscallEnter, entry, number, args)
    if entry is None:
        kernel.log_once(("enosys", number),
                        f"{task.comm}[{task.pid}]: unknown system call {number} (-ENOSYS)")
        result = -ENOSYS
    else:
        try:
            result = entry.handler(kernel, task, *args)
        except Exception as error:
            if type(error).__name__ == "EFault":
                result = -EFAULT
            else:
                kernel.bug(f"system call {entry.name}({number})", error)
                result = -EFAULT
        if result is None:
            result = 0
    if kernel.trace.enabled:
        trace_syscall(kernel, task, SyscallExit, entry, number, args, result)
    if result is BLOCKED and task.alive and task.state.name != "BLOCKED":
        # contract breach: BLOCKED without block_on() would re-execute the call forever
        kernel.bug(f"system call {number} returned BLOCKED without block_on()",
                   RuntimeError("not blocked"))
        result = -EAGAIN
    if result is BLOCKED:
        if task.alive and kernel.current is task:
            machine.pc = stop.pc
            task.syscall_blocked = True
        if task.alive and sig.has_deliverable(task):
            # Linux checks signal_pending() before it sleeps: a signal the call's own mask
            # change made deliverable (rt_sigsuspend, ppoll), or one sent while it ran,
            # would find nobody to wake.  Stay runnable: delivery makes the call -EINTR.
            kernel.interrupt(task)
    elif result is NO_RETURN:
        pass
    elif kernel.current is task:
        machine.set_reg(10, int(result) & MASK64)
    return result


class _RetryStop:
    """Stands in for a Stop when a blocked system call is tried again."""

    def __init__(self, pc: int):
        self.pc = pc


def retry_blocked_syscall(kernel, task) -> None:
    """A signal woke `task` inside a blocking system call.  Like Linux, where the woken call
    re-checks its condition before it looks at signals, try the call once more: if it can
    finish now (a child exited, data arrived), it returns its result and the signal is
    delivered afterwards; if it would block again, the task stays runnable with pc on the ecall
    so that signal delivery turns the call into -EINTR or a restart."""
    result = do_syscall(kernel, task, _RetryStop(kernel.machine.pc))
    if result is BLOCKED:
        if task.alive and task.state.name == "BLOCKED":
            task.state = type(task.state).RUNNABLE
            task.waiting_on = None
        task.syscall_blocked = True
    elif kernel.current is task:
        task.syscall_blocked = False
        task.on_interrupt = None


def trace_syscall(kernel, task, cls, entry, number, args, result=None) -> None:
    """The syscall_enter / syscall_exit tracepoints (kernel/trace.py)."""
    name = entry.name if entry is not None else f"syscall_{number}"
    if cls is SyscallEnter:
        kernel.trace.emit(cls, task.pid, number, name, tuple(args))
    elif result is BLOCKED or result is NO_RETURN:
        status = "blocked" if result is BLOCKED else "noreturn"
        kernel.trace.emit(cls, task.pid, number, name, tuple(args), None, status)
    else:
        kernel.trace.emit(cls, task.pid, number, name, tuple(args), int(result))


def do_page_fault(kernel, task, va: int, access: int, pc: int) -> None:
    """Linux `handle_page_fault`: let the mm fix it, count it, or signal the task."""
    try:
        result = task.mm.handle_fault(va, access)
    except Exception as error:
        kernel.bug(f"page fault at 0x{va:x}", error)
        if kernel.trace.enabled:
            kernel.trace.emit(Fault, task.pid, va, ACCESS_NAMES[access], "segv", pc)
        force_fault_signal(kernel, task, sig.SIGSEGV, sig.SEGV_MAPERR, va, 12 + access, va)
        return
    if result.ok:
        # a fault the mm reports fixed but that keeps coming back at the same place would
        # spin forever without retiring an instruction: after many, treat it as a bug
        key = (pc, va, access, task.instret)    # same place, nothing retired since
        if task.last_fault == key:
            task.same_fault_count += 1
            if task.same_fault_count > REPEATED_FAULT_LIMIT:
                kernel.bug(f"page fault at 0x{va:x} (pc 0x{pc:x}) repeats forever",
                           RuntimeError("fault not resolved"))
                task.last_fault = None
                force_fault_signal(kernel, task, sig.SIGBUS, sig.BUS_OBJERR, va, 12 + access,
                                   va)
                return
        else:
            if task.last_fault is not None and task.last_fault[3] == task.instret:
                # faults at different places but nothing retired between them: pages evicted
                # by reclaim as fast as they come back (thrashing with nothing left to reclaim
                # but the pages the task needs at once).  Linux ends this with the OOM killer
                # when reclaim stops making progress; so does pagelab, after many
                task.stalled_faults += 1
                if task.stalled_faults > REPEATED_FAULT_LIMIT:
                    task.stalled_faults = 0
                    task.last_fault = None
                    kernel.log(f"pagelab: pid {task.pid} ({task.comm}) thrashing: "
                               f"{REPEATED_FAULT_LIMIT} page faults without progress")
                    kernel.oom_kill(task)
                    return
            else:
                task.stalled_faults = 0
            task.last_fault, task.same_fault_count = key, 0
        if result.major:
            task.maj_flt += 1
            kernel.charge(MAJOR_FAULT_CYCLES, task)
        else:
            task.min_flt += 1
            # a huge page's fault also zeroes (or copies) its other 4 KiB pages
            kernel.charge(MINOR_FAULT_CYCLES + (result.cleared - 1) * CLEAR_PAGE_CYCLES, task)
            fast = kernel.fast_faults
            if access == STORE and fast is not None and not fast.want:
                fast.arm()                        # the demand-zero fast path may help next
        return
    if result.oom:
        kernel.oom_kill(task)
        return
    cause = {FETCH: 12, LOAD: 13, STORE: 15}[access]
    force_fault_signal(kernel, task, result.signal or sig.SIGSEGV, result.si_code, va, cause, va)


def force_fault_signal(kernel, task, signo: int, code: int, addr: int, cause: int,
                       tval: int) -> None:
    """Linux riscv `do_trap`: log if unhandled, then force the signal."""
    action = task.signals.actions[signo]
    if action.handler in (sig.SIG_DFL, sig.SIG_IGN) and kernel.sysctl.get(
            "debug.exception-trace", 1):
        log_unhandled(kernel, task, signo, code, addr, cause, tval)
    sig.send(kernel, task, sig.SigInfo(signo, code=code, addr=addr & MASK64), force=True)


def log_unhandled(kernel, task, signo, code, addr, cause, tval) -> None:
    machine = kernel.machine
    pc = machine.pc
    line = (f"{task.comm}[{task.pid}]: unhandled signal {signo} code 0x{code & 0xffffffff:x} "
            f"at 0x{addr & MASK64:016x}")
    where = vma_description(task.mm, pc)
    if where:
        line += " in " + where
    kernel.log(line)
    regs = list(machine.regs)
    names = ["ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3",
             "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10",
             "s11", "t3", "t4", "t5", "t6"]
    cells = [("epc", pc)] + [(name, regs[i + 1]) for i, name in enumerate(names)]
    for row in range(0, len(cells), 3):
        parts = [f"{'epc ' if name == 'epc' else f'{name:<3}'}: {value & MASK64:016x}"
                 for name, value in cells[row:row + 3]]
        text = " ".join(parts)
        kernel.log(text if row == 0 else " " + text)
    kernel.log(f"status: 0000000200004020 badaddr: {tval & MASK64:016x} "
               f"cause: {cause:016x}")


def vma_description(mm, pc: int) -> str:
    """`file[offset,start+size]` for the file mapping that holds pc (print_vma_addr)."""
    from pagelab.kernel.coredump import mm_vmas
    import os
    for vma in mm_vmas(mm):
        if vma.start <= pc < vma.end:
            file = vma.file
            if file is None:
                return ""
            path = file.path or "?"
            offset = pc - vma.start + vma.pgoff * 4096
            return (f"{os.path.basename(path)}[{offset:x},{vma.start:x}+"
                    f"{vma.end - vma.start:x}]")
    return ""
