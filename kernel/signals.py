"""Signals: numbers, default actions, siginfo, and delivery on Linux's riscv64 signal frame.

Mechanism, in the order a signal lives through it (Linux `kernel/signal.c`,
`arch/riscv/kernel/signal.c`):

1. *Generation* — `send(kernel, task, info)` (kill, a fault, a child's death) records a `SigInfo`
   as pending on the target.  A signal whose action is "ignore" (SIG_IGN, or SIG_DFL for SIGCHLD,
   SIGURG, SIGWINCH, SIGCONT) is dropped here unless blocked, as Linux does.  A fault uses
   `force=True` (`force_sig_fault`): if the signal is blocked or ignored it is unblocked and its
   action reset to SIG_DFL, so a fault can never be silently skipped.  A task sleeping in a
   system call is woken (`kernel.interrupt`) when the signal needs it.
2. *Delivery* — just before the kernel returns a task to user mode, `Kernel.deliver_signals()`
   takes the unblocked pending signals (`next_deliverable`: synchronous fault signals first,
   then the lowest number) and either runs the default action (terminate / core / stop /
   ignore) or builds a signal frame (`setup_frame`) and redirects the task to its handler.  A
   system call the signal interrupted is first tried once more (it may be able to finish, e.g.
   wait4 finding the child whose SIGCHLD this is); if it would still block, it returns -EINTR,
   or is restarted after the handler when the action has SA_RESTART (nanosleep and futex waits
   always return -EINTR, as on Linux).
3. *Return* — the handler's `ret` jumps to `ra` = the vDSO trampoline (`li a7,139; ecall`), and
   `rt_sigreturn` (`sys_rt_sigreturn` in sys_proc.py) restores everything from the frame.

The signal frame written on the user stack (`struct rt_sigframe`, 1088 bytes, 16-byte aligned):

    frame+0     siginfo_t (128 B)         si_signo@0 si_errno@4 si_code@8, then the union @16
    frame+128   struct ucontext (960 B)   uc_flags@0 uc_link@8 uc_stack@16 (stack_t, 24 B)
                                          uc_sigmask@40, __unused (120 B) @48,
                                          uc_mcontext@176: sc_regs[32] = pc, x1..x31 (256 B),
                                                           sc_fpregs (528 B, zero: no F/D)

and the handler is entered with a0 = signo, a1 = &info, a2 = &uc, sp = frame, ra = trampoline.

The current task's registers live in the Machine while the kernel handles its trap (see
kernel.py): every function here that builds or reads a frame works on the machine's registers,
so it must only be called for `kernel.current`.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field


# --- numbers (asm-generic, as riscv64 uses) ---------------------------------------------------
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT = 9, 10, 11, 12, 13, 14, 15, 16
SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU = 17, 18, 19, 20, 21, 22, 23, 24
SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS = 25, 26, 27, 28, 29, 30, 31
SIGRTMIN = 32
NSIG = 64                         # signals are 1..64

SIG_DFL = 0
SIG_IGN = 1

SA_NOCLDSTOP = 0x1
SA_NOCLDWAIT = 0x2
SA_SIGINFO = 0x4
SA_ONSTACK = 0x08000000
SA_RESTART = 0x10000000
SA_NODEFER = 0x40000000
SA_RESETHAND = 0x80000000

SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2

SS_ONSTACK = 1
SS_DISABLE = 2
MINSIGSTKSZ = 2048

# si_code values
SI_USER = 0
SI_KERNEL = 0x80
SI_TKILL = -6
SEGV_MAPERR, SEGV_ACCERR = 1, 2
BUS_ADRALN, BUS_ADRERR, BUS_OBJERR = 1, 2, 3
ILL_ILLOPC = 1
TRAP_BRKPT = 1
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 3, 4, 5, 6

NAMES = {value: name for name, value in dict(globals()).items()
         if name.startswith("SIG") and not name.startswith(("SIG_", "SIGRT"))
         and isinstance(value, int) and name != "SIGNALS"}


def bit(signo: int) -> int:
    """The sigset_t bit for a signal: bit (signo - 1)."""
    return 1 << (signo - 1)


UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP)
SYNCHRONOUS = bit(SIGSEGV) | bit(SIGBUS) | bit(SIGILL) | bit(SIGTRAP) | bit(SIGFPE) | bit(SIGSYS)
ALL_SIGNALS = (1 << NSIG) - 1

# --- default actions (signal(7)) --------------------------------------------------------------
TERM, CORE, IGNORE, STOP, CONT = "term", "core", "ignore", "stop", "cont"
_CORE_SIGNALS = {SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ,
                 SIGSYS}
_IGNORE_SIGNALS = {SIGCHLD, SIGURG, SIGWINCH}
_STOP_SIGNALS = {SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU}


def default_action(signo: int) -> str:
    if signo in _CORE_SIGNALS:
        return CORE
    if signo in _IGNORE_SIGNALS:
        return IGNORE
    if signo in _STOP_SIGNALS:
        return STOP
    if signo == SIGCONT:
        return CONT
    return TERM


# The messages bash prints when a job dies of a signal (its own table, close to strsignal).
SHELL_MESSAGES = {
    SIGHUP: "Hangup", SIGINT: "Interrupt", SIGQUIT: "Quit", SIGILL: "Illegal instruction",
    SIGTRAP: "Trace/breakpoint trap", SIGABRT: "Aborted", SIGBUS: "Bus error",
    SIGFPE: "Floating point exception", SIGKILL: "Killed", SIGUSR1: "User defined signal 1",
    SIGSEGV: "Segmentation fault", SIGUSR2: "User defined signal 2", SIGPIPE: "Broken pipe",
    SIGALRM: "Alarm clock", SIGTERM: "Terminated", SIGSTKFLT: "Stack fault",
    SIGCHLD: "Child exited", SIGCONT: "Continued", SIGSTOP: "Stopped (signal)",
    SIGTSTP: "Stopped", SIGTTIN: "Stopped (tty input)", SIGTTOU: "Stopped (tty output)",
    SIGURG: "Urgent I/O condition", SIGXCPU: "CPU time limit exceeded",
    SIGXFSZ: "File size limit exceeded", SIGVTALRM: "Virtual timer expired",
    SIGPROF: "Profiling timer expired", SIGWINCH: "Window changed", SIGIO: "I/O possible",
    SIGPWR: "Power failure", SIGSYS: "Bad system call",
}


def shell_message(signo: int, core_dumped: bool) -> str | None:
    """What a non-interactive bash prints for a job killed by `signo` (None: prints nothing).

    Like bash, nothing is printed for SIGINT and SIGPIPE (the user or the reader ended it)."""
    if signo in (SIGINT, SIGPIPE):
        return None
    text = SHELL_MESSAGES.get(signo, f"Real-time signal {signo - SIGRTMIN}"
                              if signo >= SIGRTMIN else f"Unknown signal {signo}")
    return text + (" (core dumped)" if core_dumped else "")


# --- siginfo_t --------------------------------------------------------------------------------
SIGINFO_SIZE = 128


@dataclass
class SigInfo:
    """One generated signal (the kernel's `struct kernel_siginfo`).

    Which union fields are meaningful depends on the signal: faults use `addr`; kill/tkill use
    `pid`/`uid`; SIGCHLD uses `pid`/`uid`/`status`/`utime`/`stime`."""
    signo: int
    code: int = SI_USER
    errno: int = 0
    addr: int | None = None        # si_addr (fault signals)
    pid: int = 0
    uid: int = 0
    status: int = 0                # SIGCHLD: exit code or signal number
    utime: int = 0
    stime: int = 0
    value: int | None = None       # si_value (rt_sigqueueinfo), at offset 24

    def pack(self) -> bytes:
        """The 128-byte siginfo_t the guest sees."""
        head = struct.pack("<iii4x", self.signo, self.errno, self.code)
        if self.addr is not None:
            union = struct.pack("<Q", self.addr & (2**64 - 1))
        elif self.signo == SIGCHLD and self.code in (CLD_EXITED, CLD_KILLED, CLD_DUMPED,
                                                      CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED):
            union = struct.pack("<iIi4xqq", self.pid, self.uid, self.status,
                                self.utime, self.stime)
        else:
            union = struct.pack("<iI", self.pid, self.uid)
            if self.value is not None:
                union += struct.pack("<Q", self.value & (2**64 - 1))
        return (head + union).ljust(SIGINFO_SIZE, b"\0")


# --- per-process signal state -----------------------------------------------------------------
@dataclass
class SigAction:
    """The kernel's `struct sigaction` on riscv64: handler @0, flags @8, mask @16 (24 bytes)."""
    handler: int = SIG_DFL
    flags: int = 0
    mask: int = 0

    SIZE = 24

    def pack(self) -> bytes:
        return struct.pack("<QQQ", self.handler, self.flags, self.mask)

    @classmethod
    def unpack(cls, data: bytes) -> "SigAction":
        handler, flags, mask = struct.unpack("<QQQ", data)
        return cls(handler, flags & 0xFFFFFFFF, mask)


@dataclass
class SignalState:
    """Signal dispositions, mask, pending signals and the alternate stack of one task.

    pagelab's processes have one thread each, so the per-thread parts (blocked, pending,
    altstack) and the per-process part (actions) sit together."""
    actions: list = field(default_factory=lambda: [SigAction() for _ in range(NSIG + 1)])
    blocked: int = 0
    pending: list = field(default_factory=list)      # SigInfo, in arrival order
    altstack_sp: int = 0
    altstack_size: int = 0
    altstack_flags: int = SS_DISABLE

    def fork(self) -> "SignalState":
        """The child's copy at fork: same actions, mask and altstack; nothing pending."""
        return SignalState(actions=[SigAction(a.handler, a.flags, a.mask) for a in self.actions],
                           blocked=self.blocked, altstack_sp=self.altstack_sp,
                           altstack_size=self.altstack_size, altstack_flags=self.altstack_flags)

    def reset_for_exec(self) -> None:
        """execve: caught signals go back to SIG_DFL, ignored ones stay ignored; the mask and the
        pending signals are kept; the alternate stack is cleared."""
        for action in self.actions:
            if action.handler != SIG_IGN:
                action.handler = SIG_DFL
            action.flags = 0
            action.mask = 0
        self.altstack_sp, self.altstack_size, self.altstack_flags = 0, 0, SS_DISABLE

    def pending_mask(self) -> int:
        mask = 0
        for info in self.pending:
            mask |= bit(info.signo)
        return mask

    def is_ignored(self, signo: int) -> bool:
        handler = self.actions[signo].handler
        return handler == SIG_IGN or (handler == SIG_DFL and default_action(signo) == IGNORE)

    def on_altstack(self, sp: int) -> bool:
        return self.altstack_size != 0 and \
            self.altstack_sp < sp <= self.altstack_sp + self.altstack_size

    def altstack_state(self, sp: int) -> tuple[int, int, int]:
        """(ss_sp, ss_flags, ss_size) as sigaltstack / uc_stack report them."""
        if self.altstack_size == 0:
            return self.altstack_sp, SS_DISABLE, self.altstack_size
        return self.altstack_sp, SS_ONSTACK if self.on_altstack(sp) else 0, self.altstack_size


def valid_signal(signo: int) -> bool:
    return 1 <= signo <= NSIG


# --- generation -------------------------------------------------------------------------------
def send(kernel, task, info: SigInfo, force: bool = False) -> None:
    """Make `info` pending on `task` (Linux `send_signal` / `force_sig_info`).

    Does nothing for tasks that have already exited.  Wakes a blocked task when the signal will
    need its attention (a handler, or a default action that ends or continues it)."""
    from pagelab.kernel.proc import TaskState
    if task.state in (TaskState.ZOMBIE, TaskState.DEAD):
        return
    if task.is_kthread and not force:
        return      # Linux sig_task_ignored: a kernel thread ignores signals (kill -9 too)
    sig = task.signals
    signo = info.signo
    if force:
        action = sig.actions[signo]
        blocked = bool(sig.blocked & bit(signo))
        if blocked or action.handler == SIG_IGN:
            action.handler = SIG_DFL
            sig.blocked &= ~bit(signo)
    if signo == SIGKILL or signo == SIGCONT:
        # SIGKILL and SIGCONT resume a stopped task; SIGCONT discards pending stop signals.
        if task.state == TaskState.STOPPED:
            task.state = TaskState.RUNNABLE
            kernel.scheduler.add(task)
            if signo == SIGCONT:
                kernel.report_continued(task)
        if signo == SIGCONT:
            sig.pending = [p for p in sig.pending if default_action(p.signo) != STOP]
    if default_action(signo) == STOP:
        sig.pending = [p for p in sig.pending if p.signo != SIGCONT]
    if not (sig.blocked & bit(signo)) and sig.is_ignored(signo):
        return                                      # dropped at generation time
    if signo < SIGRTMIN and any(p.signo == signo for p in sig.pending):
        return                                      # standard signals do not queue
    sig.pending.append(info)
    if not (sig.blocked & bit(signo)) or task.sigwait_set & bit(signo):
        kernel.interrupt(task)          # (a blocked signal wakes rt_sigtimedwait for it)


def next_deliverable(task) -> SigInfo | None:
    """Remove and return the signal to deliver next, or None (fault signals first, then the
    lowest number, as Linux's `next_signal`)."""
    sig = task.signals
    ready = [p for p in sig.pending if not (sig.blocked & bit(p.signo)) or p.signo in
             (SIGKILL, SIGSTOP)]
    if not ready:
        return None
    synchronous = [p for p in ready if bit(p.signo) & SYNCHRONOUS]
    chosen = min(synchronous or ready, key=lambda p: p.signo)
    sig.pending.remove(chosen)
    return chosen


def has_deliverable(task) -> bool:
    sig = task.signals
    return any(not (sig.blocked & bit(p.signo)) or p.signo in (SIGKILL, SIGSTOP)
               for p in sig.pending)


# --- the frame --------------------------------------------------------------------------------
UCONTEXT_SIZE = 960
UC_STACK = 16
UC_SIGMASK = 40
UC_MCONTEXT = 176
SC_FPREGS_SIZE = 528
FRAME_SIZE = SIGINFO_SIZE + UCONTEXT_SIZE          # struct rt_sigframe: 1088 bytes


def pack_ucontext(regs: list[int], pc: int, sigmask: int,
                  stack: tuple[int, int, int]) -> bytes:
    """struct ucontext (960 bytes) with uc_mcontext.sc_regs = pc, x1..x31."""
    ss_sp, ss_flags, ss_size = stack
    head = struct.pack("<QQQi4xQQ", 0, 0, ss_sp, ss_flags, ss_size, sigmask)
    head = head.ljust(UC_MCONTEXT, b"\0")
    gregs = struct.pack("<32Q", pc & (2**64 - 1), *[r & (2**64 - 1) for r in regs[1:32]])
    return (head + gregs).ljust(UCONTEXT_SIZE, b"\0")


def unpack_ucontext(data: bytes) -> tuple[list[int], int, int, tuple[int, int, int]]:
    """Inverse of pack_ucontext: (regs with x0 = 0, pc, sigmask, (ss_sp, ss_flags, ss_size))."""
    ss_sp, ss_flags, ss_size, sigmask = struct.unpack_from("<Qi4xQQ", data, UC_STACK)
    gregs = struct.unpack_from("<32Q", data, UC_MCONTEXT)
    return [0, *gregs[1:]], gregs[0], sigmask, (ss_sp, ss_flags, ss_size)


def setup_frame(kernel, task, info: SigInfo, action: SigAction) -> bool:
    """Build the rt_sigframe on the user stack and enter the handler (`setup_rt_frame`).

    Returns False when the frame cannot be written (e.g. the stack overflowed); the caller then
    kills the task with SIGSEGV, as Linux does."""
    machine = kernel.machine
    regs = list(machine.regs)
    pc = machine.pc
    sig = task.signals
    sp = regs[2]
    stack_state = sig.altstack_state(sp)
    if action.flags & SA_ONSTACK and sig.altstack_size and not sig.on_altstack(sp):
        sp = sig.altstack_sp + sig.altstack_size
    frame = (sp - FRAME_SIZE) & ~0xF
    data = info.pack() + pack_ucontext(regs, pc, sig.blocked, stack_state)
    try:
        task.mm.copy_out(frame, data)
    except Exception as error:                 # EFault: unwritable stack
        if type(error).__name__ != "EFault":
            raise
        return False
    machine.set_reg(1, kernel.sigreturn_trampoline(task))   # ra
    machine.set_reg(2, frame)                                # sp
    machine.set_reg(10, info.signo)                          # a0
    machine.set_reg(11, frame)                               # a1 = &info
    machine.set_reg(12, frame + SIGINFO_SIZE)                # a2 = &uc
    machine.pc = action.handler
    new_blocked = sig.blocked | action.mask
    if not action.flags & SA_NODEFER:
        new_blocked |= bit(info.signo)
    sig.blocked = new_blocked & ~UNBLOCKABLE
    if action.flags & SA_RESETHAND:
        sig.actions[info.signo] = SigAction()
    return True


def restore_frame(kernel, task) -> bool:
    """rt_sigreturn: restore registers, pc, mask and altstack from the frame at sp.

    Returns False for an unreadable frame (the caller sends SIGSEGV)."""
    machine = kernel.machine
    frame = machine.get_reg(2)
    try:
        data = task.mm.copy_in(frame + SIGINFO_SIZE, UCONTEXT_SIZE)
    except Exception as error:
        if type(error).__name__ != "EFault":
            raise
        return False
    regs, pc, sigmask, (ss_sp, ss_flags, ss_size) = unpack_ucontext(data)
    for i in range(1, 32):
        machine.set_reg(i, regs[i])
    machine.pc = pc
    task.signals.blocked = sigmask & ~UNBLOCKABLE & ALL_SIGNALS
    # restore_altstack(): a bad uc_stack is silently ignored, as Linux does
    if ss_flags & SS_DISABLE:
        task.signals.altstack_sp, task.signals.altstack_size = 0, 0
        task.signals.altstack_flags = SS_DISABLE
    elif ss_size >= MINSIGSTKSZ and not task.signals.on_altstack(machine.get_reg(2)):
        task.signals.altstack_sp, task.signals.altstack_size = ss_sp, ss_size
        task.signals.altstack_flags = 0
    return True

