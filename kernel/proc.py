"""Processes: the task structure, pids, and the round-robin scheduler.

A `Task` is one single-threaded process (pagelab has no threads: tid == pid).  Its life:

    RUNNABLE  --(picked by the scheduler)-->  running (kernel.current, registers in the Machine)
       ^   \\--(blocks: task.block_on(w))-->  BLOCKED --(kernel.wake(w) or a signal)--> RUNNABLE
       |    \\-(SIGSTOP)--------------------> STOPPED --(SIGCONT / SIGKILL)-----------> RUNNABLE
       \\----- exit / fatal signal --------->  ZOMBIE  --(parent's wait4 reaps it)-->   DEAD

pid 1 is a kernel-internal *init* task: it has no address space and never runs guest code.
Kernel threads come next, as on Linux: `kthreadd` (pid 2, parent 0) and `kswapd0` (pid 3, a
child of kthreadd); see Kernel._start_kthreads.  The first program (`kernel.spawn`) is init's
child, with pid 4 (pids are handed out in increasing order, 4, 5, ...).  Orphans are re-parented to init, and init reaps every child of its own as
soon as it becomes a zombie, which is all a real init does for orphans.

The scheduler is round-robin over RUNNABLE tasks.  Time slices are measured in retired
instructions (the cost model's unit): the kernel runs a task with `machine.run(slice)` and,
when the Machine returns BUDGET, puts it at the back of the queue.  A task keeps the rest of its
slice across system calls and page faults.
"""
from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass, field

from pagelab.kernel.signals import SignalState

RLIM_INFINITY = 2**64 - 1

# resource numbers (asm-generic)
RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_RSS = 0, 1, 2, 3, 4, 5
RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_MEMLOCK, RLIMIT_AS, RLIMIT_LOCKS = 6, 7, 8, 9, 10
RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME = 11, 12, 13, 14, 15
RLIM_NLIMITS = 16

DEFAULT_NPROC = 64          # a fork bomb stops here (clone returns EAGAIN)


def default_rlimits(nproc: int = DEFAULT_NPROC) -> list[list[int]]:
    """[soft, hard] per resource.  RLIMIT_CORE is unlimited so that a crash leaves a core file
    for the lesson (most distributions default to a soft limit of 0)."""
    limits = [[RLIM_INFINITY, RLIM_INFINITY] for _ in range(RLIM_NLIMITS)]
    limits[RLIMIT_STACK] = [8 << 20, RLIM_INFINITY]
    limits[RLIMIT_NPROC] = [nproc, nproc]
    limits[RLIMIT_NOFILE] = [1024, 4096]
    limits[RLIMIT_MEMLOCK] = [8 << 20, 8 << 20]
    limits[RLIMIT_SIGPENDING] = [4096, 4096]
    limits[RLIMIT_MSGQUEUE] = [819200, 819200]
    limits[RLIMIT_NICE] = [0, 0]
    limits[RLIMIT_RTPRIO] = [0, 0]
    return limits


# task flags (Linux include/linux/sched.h), shown in /proc/<pid>/stat field 9
PF_FORKNOEXEC = 0x00000040         # forked but never exec'd
PF_MEMALLOC = 0x00000800           # may dip into the reserves below the min watermark
PF_NOFREEZE = 0x00008000
PF_KSWAPD = 0x00020000             # the kswapd thread
PF_KTHREAD = 0x00200000            # a kernel thread: no address space, never runs user code


class TaskState(enum.Enum):
    RUNNABLE = "R"
    BLOCKED = "S"
    STOPPED = "T"
    ZOMBIE = "Z"
    DEAD = "X"


@dataclass
class Task:
    pid: int
    ppid: int
    comm: str = ""
    mm: object = None                  # AddressSpace (None for init)
    kmem: object = None                # mm.slab.TaskMemory: task_struct and kernel stack
    files: object = None               # FdTable
    cwd: str = "/"
    state: TaskState = TaskState.RUNNABLE
    exit_code: int = 0                 # wait status word once a zombie (see wait_status_*)
    regs: list = field(default_factory=lambda: [0] * 32)   # saved when not running
    pc: int = 0
    signals: SignalState = field(default_factory=SignalState)
    children: list = field(default_factory=list)
    uid: int = 0
    gid: int = 0
    pgid: int = 0
    sid: int = 0
    # fault counters (from mm.handle_fault's FaultResult) and the children's, added on reap
    min_flt: int = 0
    maj_flt: int = 0
    cmin_flt: int = 0
    cmaj_flt: int = 0
    # accounting on the cost-model clock
    user_cycles: int = 0
    sys_cycles: int = 0
    child_cycles: int = 0
    child_sys_cycles: int = 0
    instret: int = 0
    start_ns: int = 0
    nvcsw: int = 0
    nivcsw: int = 0
    # scheduling and blocking
    waiting_on: object = None
    slice_left: int = 0
    syscall_blocked: bool = False      # blocked inside a system call (pc on the ecall)
    sleep_deadline: int | None = None  # nanosleep in progress (ns of simulated time)
    vfork_parent: object = None        # parent waiting for this child's exec/exit (vfork)
    vfork_child: object = None         # the vfork child this task waits for
    on_interrupt: object = None        # callable(restart) -> restart, for a blocked call
    exit_signal: int = 17              # signal the parent gets at our death (clone flags)
    clear_child_tid: int = 0
    rlimits: list = field(default_factory=default_rlimits)
    # the program
    exe_path: str = ""
    exe_inode: object = None
    exe_flags: int = 0
    auxv: bytes = b""
    argv: list = field(default_factory=list)
    arg_start: int = 0
    arg_end: int = 0
    core_dumped: bool = False
    stop_signal: int = 0               # the signal that stopped it (STOPPED)
    stop_reported: bool = True         # wait4(WUNTRACED) already reported the stop
    continued: bool = False            # SIGCONT not yet reported to wait4(WCONTINUED)
    robust_list: int = 0               # set_robust_list (recorded; no threads to wake)
    suspend_mask: int | None = None    # rt_sigsuspend: the mask to restore
    sigwait_set: int = 0               # rt_sigtimedwait: the signals being waited for
    alarm_deadline: int | None = None  # ITIMER_REAL expiry (ns), None when disarmed
    alarm_interval: int = 0            # ITIMER_REAL period (ns), 0 for one-shot
    dumpable: int = 1                  # prctl(PR_SET_DUMPABLE)
    oom_score_adj: int = 0             # /proc/<pid>/oom_score_adj, -1000..1000 (inherited)
    pdeath_signal: int = 0             # prctl(PR_SET_PDEATHSIG): sent when the parent dies
    mm_rss_peak: int = 0               # VmHWM in pages, kept after exit for ru_maxrss
    xcpu_sent_at: int = 0              # RLIMIT_CPU: next CPU second that earns a SIGXCPU
    futex_woken: bool = False          # a FUTEX_WAKE ended this task's FUTEX_WAIT
    futex_bitset: int = 0xFFFFFFFF
    last_fault: tuple | None = None    # the previous page fault (trap.py's loop guard)
    same_fault_count: int = 0
    stalled_faults: int = 0            # page faults in a row with no instruction retired between
    fatal_signal: int = 0              # the signal that killed it (0: exited)
    # kernel threads (PF_KTHREAD): `kthread_fn(kernel, task)` is one turn of the thread's
    # loop, run by the scheduler in place of user code; it ends by blocking the task again
    pf_flags: int = 0
    kthread_fn: object = None
    # file-system calls in progress (kernel/sys_fs.py)
    fs_write_progress: list | None = None   # a blocking pipe write: [key, bytes done, interrupted]
    poll_active: bool = False               # ppoll/pselect6 asleep with its temporary mask

    def block_on(self, waitable) -> None:
        """Sleep until `kernel.wake(waitable)` (contract of syscalls.py BLOCKED)."""
        self.state = TaskState.BLOCKED
        self.waiting_on = waitable

    @property
    def is_kthread(self) -> bool:
        return bool(self.pf_flags & PF_KTHREAD)

    @property
    def tid(self) -> int:
        return self.pid

    @property
    def alive(self) -> bool:
        state = self.state                  # (identity tests: enum members are singletons)
        return state is not TaskState.ZOMBIE and state is not TaskState.DEAD

    def __repr__(self) -> str:
        return f"<Task {self.pid} {self.comm!r} {self.state.name}>"


# --- wait status words (Linux's encoding, see wait(2)) ----------------------------------------
def wait_status_exited(code: int) -> int:
    return (code & 0xFF) << 8


def wait_status_signaled(signo: int, core_dumped: bool) -> int:
    return (signo & 0x7F) | (0x80 if core_dumped else 0)


def wait_status_stopped(signo: int) -> int:
    return (signo << 8) | 0x7F


def shell_exit_status(status: int) -> int:
    """What a shell reports as `$?` for a wait status: the exit code or 128 + signal."""
    if status & 0x7F == 0:
        return (status >> 8) & 0xFF
    return 128 + (status & 0x7F)


class Scheduler:
    """Round-robin run queue of RUNNABLE tasks."""

    def __init__(self):
        self.queue: deque[Task] = deque()

    def add(self, task: Task) -> None:
        if task not in self.queue:
            self.queue.append(task)

    def remove(self, task: Task) -> None:
        try:
            self.queue.remove(task)
        except ValueError:
            pass

    def pick(self) -> Task | None:
        """The next task to run (removed from the queue; the kernel re-adds it when it is
        preempted or yields)."""
        while self.queue:
            task = self.queue.popleft()
            if task.state == TaskState.RUNNABLE:
                return task
        return None

    def __len__(self) -> int:
        return len(self.queue)


RESERVED_PIDS = 300        # kernel/pid.c: after the first wrap, pids start again here


class PidAllocator:
    """Linux's alloc_pid: increasing pids from `first`, skipping live ones; at pid_max (the
    live kernel.pid_max sysctl) they wrap to RESERVED_PIDS once the counter has passed it (the
    low pids are for what started at boot), else to `first`.  `allocated` counts every pid
    handed out: the `processes` line of /proc/stat (Linux's total_forks)."""

    def __init__(self, first: int = 2):
        self.first = first
        self.next = first
        self.allocated = 0

    def allocate(self, in_use, pid_max: int) -> int | None:
        low = RESERVED_PIDS if self.next > RESERVED_PIDS else self.first
        if self.next >= pid_max:
            self.next = low
        for _ in range(pid_max):
            pid = self.next
            self.next = pid + 1 if pid + 1 < pid_max else low
            if pid not in in_use:
                self.allocated += 1
                return pid
        return None
