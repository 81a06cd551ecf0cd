"""The kernel object: boot, the task table, simulated time, and the main loop.

    kernel = Kernel(KernelConfig(mem_size=16 << 20))
    kernel.spawn("/bin/hello", [b"hello"], [b"HOME=/"])
    status = kernel.run()          # the first program's exit status, as a shell reports it

The main loop is xv6's `scheduler()` + `usertrap()` in one place:

    pick a RUNNABLE task (round robin)  ->  switch to it (registers, pc, satp)
    deliver its pending signals          ->  maybe a handler frame, or its death
    machine.run(rest of its time slice)  ->  Stop
        BUDGET  slice used up: back of the queue (preemption)
        TRAP    trap.handle_trap(): system call, page fault, or a signal for the fault

The Machine holds the running task's registers; a task that is not running has them saved in
`task.regs` / `task.pc`.  Switching address spaces is only `machine.satp = next.mm.satp`: every
address space has its own ASID, so no TLB flush is needed (the mm flushes an ASID before it
reuses it).

Time is simulated: `now_ns()` converts the machine's cycle counter (the cost model's clock) into
nanoseconds.  Kernel work (faults, disk reads) and idle time (every task asleep) are added to
that counter with `machine.add_cycles`, so `rdcycle`/`rdtime` and clock_gettime agree.  Nothing reads the
host clock, so the same program and configuration give the same output and counters.

Time saturates: simulated time ends at `END_OF_TIME_NS` (2^62 ns, about 146 years after boot,
well inside the machine's signed 64-bit cycle counter).  A deadline at or past it (a 300-year
nanosleep, an INT64_MAX timeout) is kept as a Python int and simply never fires: the idle clock
never jumps to it, and kernel work charged to the clock stops at the end (`charge`).

The run ends when no user task is left, when `max_instructions` is reached
(`halt_reason == "max-instructions"`), or when every task is blocked with nothing that could
wake it (`halt_reason == "deadlock"`).  A debugger or the front panel can also make run() return
early and call it again to continue: `kernel.pause()` (e.g. from a tracepoint listener, see
kernel/trace.py) or `kernel.pause_instret = N` (stop when N instructions have retired);
`halt_reason` is then `"paused"` until the next run().
"""
from __future__ import annotations

import gc
import random
import traceback
from dataclasses import dataclass, field

from pagelab.kernel import signals as sig, trace
from pagelab.kernel.cmdline import parse_cmdline
from pagelab.kernel.klog import KernelLog
from pagelab.kernel.mm.slab import TaskMemory
from pagelab.kernel.trace import Tracer
from pagelab.kernel.proc import (DEFAULT_NPROC, RLIM_INFINITY, PidAllocator, Scheduler, Task,
                                 TaskState, shell_exit_status, wait_status_signaled)
# The sysctl table (names, defaults, Linux's ranges) is kernel/sysctl.py; SYSCTL_DEFAULTS,
# SysctlError and parse_sysctl stay importable from here.
from pagelab.kernel.sysctl import (SYSCTL_DEFAULTS, SysctlError, check_value, parse_sysctl,
                                   set_sysctl)

DEFAULT_QUANTUM = 100_000             # instructions per time slice
CPU_HZ = 1_000_000_000                # the cost model's cycles are nanoseconds (1 GHz hart)
REALTIME_EPOCH_NS = 1_767_225_600 * 1_000_000_000   # CLOCK_REALTIME at boot: 2026-01-01 UTC
END_OF_TIME_NS = 1 << 62              # simulated time never passes this; later deadlines never fire
_END_OF_TIME_CYCLES = END_OF_TIME_NS * CPU_HZ // 1_000_000_000


@dataclass
class KernelConfig:
    mem_size: int = 128 << 20
    paging: str = "sv48"
    tlb: object = None                 # mmu.tlb.TLBConfig or None for the default shape
    sysctl: dict = field(default_factory=dict)
    policies: dict = field(default_factory=dict)
    max_instructions: int | None = None
    root: str | None = None            # host directory shown as the guest's /
    core_dir: str | None = None        # host directory for core files (None: the guest's fs)
    quantum: int = DEFAULT_QUANTUM
    seed: int = 0                      # AT_RANDOM and getrandom come from this seed
    nproc: int = DEFAULT_NPROC         # RLIMIT_NPROC of the first task
    swap_size: int = 0
    console: object = None             # fs Console override (tests capture output with it)
    programs_dir: object = None        # programs/ tree for /bin (None: the repository's)
    svade: bool = False
    engine: str = "interp"             # cpu execution engine: "interp" or "jit" (docs/jit.md)
    cost: object = None                # cpu CostModel or None for the default
    wait_all: bool = True              # False: the run ends when the first program exits, and
                                       # what it left running is killed (as a container's init)
    cmdline: str = ""                  # the kernel command line (kernel/cmdline.py, /proc/cmdline)
    fast_faults: bool = True           # demand-zero faults served in jitted code when exact
                                       # (kernel/mm/fastfault.py); False: all in Python


class Kernel:
    def __init__(self, config: KernelConfig | None = None):
        self.config = config = config or KernelConfig()
        self.kswapd_task: Task | None = None   # made with the other kernel threads (below)
        self.sysctl = dict(SYSCTL_DEFAULTS)
        for name, value in config.sysctl.items():
            set_sysctl(self.sysctl, name, check_value(name, value))  # SysctlError: EINVAL
        self.klog = KernelLog(clock=self.now_ns)
        self.cmdline = parse_cmdline(config.cmdline)   # BootParams: each part reads its field
        self.idle_ns = 0                       # time spent with every task asleep
        self.rng = random.Random(config.seed)
        self.machine = self._make_machine(config)
        self._boot_cycles = self.machine.cycles
        self._make_memory(config)
        self._make_fs(config)
        self.core_dir = None                   # fs.hostfs.CoreDirectory for --core-dir
        if config.core_dir is not None:
            from pagelab.kernel.fs.hostfs import CoreDirectory
            self.core_dir = CoreDirectory(config.core_dir)
        self.tasks: dict[int, Task] = {}
        self.scheduler = Scheduler()
        self.pids = PidAllocator(first=2)
        self.current: Task | None = None
        self.timers: list[Task] = []           # tasks in nanosleep
        self.alarms: list[Task] = []           # tasks with an ITIMER_REAL armed (SIGALRM)
        self.futex_waiters: list[Task] = []    # FUTEX_WAIT sleepers, in arrival order
        self.first_task: Task | None = None
        self.halt_reason: str | None = None
        self.trace = Tracer(self.now_ns)       # tracepoints (kernel/trace.py)
        self.pause_requested = False           # pause(): run() returns after this trap
        self.pause_instret = None              # run() returns when machine.instret gets here
        self.host_signal = 0                   # set by `pagelab run` on Ctrl-C (SIGINT)
        self.tty = None                        # fs.tty.TtyConsole of an interactive session
        self.tty_polls = 0
        self.exited: list[dict] = []           # per-process records at exit (for --stats)
        self.first_exited = False              # the first program is gone (wait_all=False)
        self.leftovers: list[tuple] = []       # (pid, comm) killed when the first program ended
        self.init = Task(pid=1, ppid=0, comm="init", state=TaskState.BLOCKED)
        self.init.kmem = TaskMemory(self.physmem)
        self.init.waiting_on = ("init",)
        self.tasks[1] = self.init
        self.kthreads_runnable: list[Task] = []   # woken kernel threads, run before user code
        self._start_kthreads()
        from pagelab.kernel.syscalls import register_all
        register_all()                         # the system-call table (kernel/syscalls.py)
        self.log(f"Linux version 6.1.0-pagelab (pagelab) #1 SMP {config.paging} "
                 f"mem={config.mem_size >> 20}M")
        for line in self.cmdline.log_lines():
            self.log(line)
        from pagelab.kernel.mm import late_init
        late_init(self)                # hugetlb pools from the command line, the mm's /sys files

    # --- construction helpers (the other areas' objects) ---------------------------------------
    def _make_machine(self, config):
        from pagelab.cpu.machine import Machine
        kwargs = {"mem_size": config.mem_size, "paging": config.paging}
        if config.tlb is not None:
            kwargs["tlb"] = config.tlb
        if config.cost is not None:
            kwargs["cost"] = config.cost
        if config.svade:
            kwargs["svade"] = True
        if config.engine != "interp":
            kwargs["engine"] = config.engine
        return Machine(**kwargs)

    def _make_memory(self, config):
        from pagelab.kernel.mm import setup
        setup(self, swap_bytes=config.swap_size)
        self.fast_faults = None                # the demand-zero fast path (kernel/mm/fastfault.py)
        if config.fast_faults:
            from pagelab.kernel.mm.fastfault import FastFaults
            from pagelab.kernel.trap import MINOR_FAULT_CYCLES
            self.fast_faults = FastFaults(self, MINOR_FAULT_CYCLES)

    def _make_fs(self, config):
        from pagelab.kernel.fs.vfs import FileSystem
        kwargs = {"root": config.root}
        if config.console is not None:
            kwargs["console"] = config.console
        if config.programs_dir is not None:
            kwargs["programs_dir"] = config.programs_dir
        self.fs = FileSystem(self, **kwargs)

    def sysctl_changed(self, name: str) -> None:
        """A guest wrote /proc/sys/<name> (value checked and stored): the mm acts on the vm
        sysctls that do something when written (kernel/mm/__init__.py sysctl_changed)."""
        from pagelab.kernel.mm import sysctl_changed
        sysctl_changed(self, name)

    # --- logging ---------------------------------------------------------------------------------
    def log(self, line: str) -> None:
        self.klog.log(line)

    def log_once(self, key, line: str) -> None:
        self.klog.log_once(key, line)

    # --- time --------------------------------------------------------------------------------------
    @property
    def cycles(self) -> int:
        """Cycles since boot on the cost-model clock (guest work + charged kernel work)."""
        return self.machine.cycles - self._boot_cycles

    def cycles_to_ns(self, cycles: int) -> int:
        return cycles * 1_000_000_000 // CPU_HZ

    def now_ns(self) -> int:
        """Simulated time since boot (CLOCK_MONOTONIC)."""
        if not hasattr(self, "machine"):
            return 0
        return self.cycles_to_ns(self.cycles)

    def charge(self, cycles: int, task: Task | None = None) -> None:
        """Charge kernel work (a fault, a disk read) to the clock and to `task`'s system time."""
        room = _END_OF_TIME_CYCLES - self.cycles   # (once per fault and system call)
        if cycles > room:
            cycles = room                    # saturate: the clock stops at the end of time
        if cycles <= 0:
            return
        self.machine.add_cycles(cycles)
        if task is not None:
            task.sys_cycles += cycles

    def random_bytes(self, n: int) -> bytes:
        """Deterministic 'random' bytes (seeded by KernelConfig.seed)."""
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    # --- tasks -------------------------------------------------------------------------------------
    def live_user_tasks(self) -> list[Task]:
        """Every live process but init and the kernel threads (the run ends when none is left)."""
        return [t for t in self.tasks.values() if t.pid != 1 and t.alive and not t.is_kthread]

    def _start_kthreads(self) -> None:
        """Linux 6.1's boot order: init is pid 1, `kthreadd` pid 2 (parent 0), then the kernel
        threads kthreadd creates (here only `kswapd0`, pid 3, parent 2).  A kernel thread has
        no mm and never runs user code: it sleeps (S) until woken, and the main loop then runs
        its `kthread_fn` (R) at the next preemption point (cond_resched, or the top of the
        main loop) before the interrupted user task continues."""
        from pagelab.kernel.mm.vmscan import kswapd, KSWAPD_WAIT
        from pagelab.kernel.proc import (PF_FORKNOEXEC, PF_KSWAPD, PF_KTHREAD, PF_MEMALLOC,
                                         PF_NOFREEZE)
        kthreadd = self._new_kthread("kthreadd", 0, PF_KTHREAD | PF_NOFREEZE | PF_FORKNOEXEC,
                                     ("kthreadd",), None)
        self.kswapd_task = self._new_kthread(
            "kswapd0", kthreadd.pid, PF_KTHREAD | PF_KSWAPD | PF_MEMALLOC | PF_FORKNOEXEC,
            KSWAPD_WAIT, kswapd)

    def _new_kthread(self, comm: str, ppid: int, flags: int, waitable, fn) -> Task:
        pid = self.pids.allocate(self.tasks, int(self.sysctl["kernel.pid_max"]))
        task = Task(pid=pid, ppid=ppid, comm=comm, state=TaskState.BLOCKED, pf_flags=flags,
                    kthread_fn=fn, kmem=TaskMemory(self.physmem))
        task.waiting_on = waitable
        task.pgid = task.sid = 0                            # no session, no process group
        for signo in range(1, len(task.signals.actions)):   # kthreads ignore every signal
            task.signals.actions[signo].handler = sig.SIG_IGN
        self.tasks[pid] = task
        parent = self.tasks.get(ppid)
        if parent is not None:
            parent.children.append(task)
        return task

    def cond_resched(self) -> None:
        """A preemption point inside the kernel: a kernel thread woken meanwhile runs now."""
        if self.kthreads_runnable:
            self._run_kthreads()

    def _run_kthreads(self) -> None:
        """Run the woken kernel threads (a wake-up preempts the user task, which continues
        afterwards: one involuntary switch for it, one voluntary for the thread when it sleeps
        again).  The thread borrows the CPU without touching the user registers or satp."""
        RUNNABLE = TaskState.RUNNABLE
        while self.kthreads_runnable:
            task = self.kthreads_runnable.pop(0)
            if task.state is not RUNNABLE:
                continue
            user = self.current
            if user is not None and user.state is RUNNABLE:
                user.nivcsw += 1
            self.current = task
            try:
                task.kthread_fn(self, task)
            finally:
                self.current = user
            if task.state is not RUNNABLE:
                task.nvcsw += 1

    def new_task(self, parent: Task) -> Task | None:
        pid = self.pids.allocate(self.tasks, int(self.sysctl["kernel.pid_max"]))
        if pid is None:
            return None
        kmem = TaskMemory(self.physmem)        # task_struct and kernel stack (mm/slab.py)
        if not kmem.ok:
            kmem.free(self.physmem)
            return None
        task = Task(pid=pid, ppid=parent.pid, kmem=kmem)
        task.oom_score_adj = parent.oom_score_adj           # inherited (Linux signal_struct)
        task.start_ns = self.now_ns()
        self.tasks[pid] = task
        parent.children.append(task)
        return task

    def spawn(self, path: str, argv: list, envp: list, cwd: str = "/") -> Task:
        """Create a process running `path` (a guest path) as a child of init.

        Raises SpawnError(message) when the program cannot be executed."""
        from pagelab.kernel.exec import exec_into
        from pagelab.kernel.errno import EAGAIN, NAMES
        task = self.new_task(self.init)
        if task is None:
            raise SpawnError(f"{path}: cannot execute: no pid or no memory for a task", EAGAIN)
        task.pgid = task.sid = task.pid
        task.cwd = cwd
        task.rlimits[6] = [self.config.nproc, self.config.nproc]
        task.files = self.fs.stdio_table()
        argv = [a.encode("utf-8", "surrogateescape") if isinstance(a, str) else a for a in argv]
        envp = [e.encode("utf-8", "surrogateescape") if isinstance(e, str) else e for e in envp]
        # faults taken while building the new image count for the new task, as they count
        # for the exec'ing process on Linux (it is `current` during execve)
        previous = self.current
        if previous is not None and previous.alive:
            self.save_context(previous)
        self.current = task
        try:
            result = exec_into(self, task, path, argv, envp)
        finally:
            self.current = None
            if previous is not None and previous.alive:
                self.switch_to(previous)
        if result < 0:
            del self.tasks[task.pid]
            self.init.children.remove(task)
            if task.files is not None:
                task.files.close_all()
            task.kmem.free(self.physmem)
            name = NAMES.get(-result, str(-result))
            raise SpawnError(f"{path}: cannot execute: {_strerror(-result)} ({name})",
                             -result)
        self.log(f"run /{path.lstrip('/')} as pid {task.pid}")
        if self.first_task is None:
            self.first_task = task
        self.scheduler.add(task)
        return task

    def mm_get(self, mm) -> None:
        if mm is not None:
            mm.users += 1

    def mm_put(self, mm) -> None:
        """Drop one user of `mm`; the last user destroys it."""
        if mm is None:
            return
        mm.users -= 1
        if mm.users <= 0:
            mm.destroy()

    # --- context switching ---------------------------------------------------------------------------
    def save_context(self, task: Task) -> None:
        task.regs = list(self.machine.regs)
        task.pc = self.machine.pc

    def load_context(self, task: Task) -> None:
        machine = self.machine
        machine.regs = task.regs
        machine.pc = task.pc
        machine.clear_reservation()          # an LR/SC pair never spans a context switch
        if task.mm is not None:
            machine.satp = task.mm.satp

    def switch_to(self, task: Task) -> None:
        if self.current is task:
            return
        previous = self.current
        if previous is not None and previous.alive:
            self.save_context(previous)
        self.current = task
        self.load_context(task)

    # --- blocking and waking -------------------------------------------------------------------------
    def wake(self, waitable) -> None:
        """Make every task blocked on `waitable` runnable (interfaces §6)."""
        for task in list(self.tasks.values()):
            if task.state == TaskState.BLOCKED and task.waiting_on is not None \
                    and task.waiting_on == waitable and task.pid != 1:
                self.make_runnable(task)

    def make_runnable(self, task: Task) -> None:
        task.state = TaskState.RUNNABLE
        task.waiting_on = None
        if task.is_kthread:
            if task not in self.kthreads_runnable:
                self.kthreads_runnable.append(task)
        elif task is not self.current:
            self.scheduler.add(task)

    def interrupt(self, task: Task) -> None:
        """A signal arrived for `task`: if it sleeps, wake it so the signal can be delivered."""
        if task.state == TaskState.BLOCKED and task.pid != 1 and task.vfork_child is None:
            self.make_runnable(task)

    def add_timer(self, task: Task) -> None:
        if task not in self.timers:
            self.timers.append(task)

    def _expire_timers(self) -> None:
        now = self.now_ns()
        for task in list(self.alarms):
            deadline = task.alarm_deadline
            if deadline is None or not task.alive:
                self.alarms.remove(task)
            elif deadline <= now:
                interval = task.alarm_interval
                if interval:
                    task.alarm_deadline = deadline + ((now - deadline) // interval + 1) * interval
                else:
                    task.alarm_deadline = None
                    self.alarms.remove(task)
                sig.send(self, task, sig.SigInfo(sig.SIGALRM, code=-2))    # SI_TIMER
        for task in list(self.timers):
            if task.sleep_deadline is None or not task.alive:
                self.timers.remove(task)
            elif task.sleep_deadline <= now:
                self.timers.remove(task)
                if task.state == TaskState.BLOCKED:
                    self.make_runnable(task)

    def _idle_until_next_timer(self) -> bool:
        """Nothing can run: let simulated time pass to the first sleeper's deadline.  Deadlines
        at or past the end of time never come: with only those left, nothing can wake."""
        deadlines = [t.sleep_deadline for t in self.timers
                     if t.sleep_deadline is not None and t.alive]
        deadlines += [t.alarm_deadline for t in self.alarms
                      if t.alarm_deadline is not None and t.alive]
        if self.physmem.nr_dirty:                 # the flusher wakes for dirty pages
            deadlines.append(self.flusher.deadline())
        deadlines = [d for d in deadlines if d < END_OF_TIME_NS]
        if not deadlines:
            return False
        delta = max(0, min(deadlines) - self.now_ns())
        self.idle_ns += delta
        self.charge(delta * CPU_HZ // 1_000_000_000)     # the clock runs on while idle
        self._expire_timers()
        return True

    # --- signals --------------------------------------------------------------------------------------
    def send_signal(self, task: Task, signo: int, code: int = 0, addr: int = 0,
                    pid: int = 0) -> None:
        """Interfaces §6: generate `signo` for `task` (code/addr for faults, pid for kill)."""
        info = sig.SigInfo(signo, code=code, pid=pid,
                           addr=addr if signo in (sig.SIGSEGV, sig.SIGBUS, sig.SIGILL,
                                                  sig.SIGFPE, sig.SIGTRAP) and code > 0
                           else None)
        sig.send(self, task, info)

    def sigreturn_trampoline(self, task: Task) -> int:
        """The address of `li a7,139; ecall` in the task's [vdso] (the handler's `ra`)."""
        return task.mm.sigreturn_address

    def deliver_signals(self, task: Task) -> None:
        """Run default actions or set up handler frames for `task`'s deliverable signals
        (`task` is current, its registers in the machine).  Linux's `do_signal`."""
        if not task.signals.pending:          # the common case, on every return to user mode
            task.syscall_blocked = False
            task.on_interrupt = None
            return
        while task.alive and sig.has_deliverable(task):
            info = sig.next_deliverable(task)
            action = task.signals.actions[info.signo]
            if self.trace.enabled: self.trace.emit(trace.Signal, task.pid, info.signo, info.code, action.handler)  # noqa: E501
            if action.handler == sig.SIG_IGN and info.signo not in (sig.SIGKILL, sig.SIGSTOP):
                continue
            if action.handler == sig.SIG_DFL or info.signo in (sig.SIGKILL, sig.SIGSTOP):
                kind = sig.default_action(info.signo)
                if kind in (sig.IGNORE, sig.CONT):
                    continue
                if kind == sig.STOP:
                    self.stop_task(task, info.signo)
                    return
                self.kill_task(task, info, core=(kind == sig.CORE))
                return
            self._interrupt_syscall(task, action)
            if not sig.setup_frame(self, task, info, action):
                self.log(f"{task.comm}[{task.pid}]: bad signal frame for signal {info.signo}"
                         f" at sp 0x{self.machine.get_reg(2):x}")
                self.kill_task(task, sig.SigInfo(sig.SIGSEGV, code=sig.SI_KERNEL), core=True)
                return
        task.syscall_blocked = False
        task.on_interrupt = None

    def _interrupt_syscall(self, task: Task, action) -> None:
        """A handler runs while `task` sleeps in a system call: the call returns -EINTR
        (pc past the ecall), or re-executes after the handler with SA_RESTART (pc on it)."""
        if not task.syscall_blocked:
            return
        task.syscall_blocked = False
        restart = bool(action.flags & sig.SA_RESTART)
        handler = task.on_interrupt
        task.on_interrupt = None
        if handler is not None:
            restart = handler(restart)       # e.g. nanosleep: never restarted, writes *rem
        if not restart:
            from pagelab.kernel.errno import EINTR
            self.machine.set_reg(10, (-EINTR) & (2**64 - 1))
            self.machine.pc = self.machine.pc + 4
        task.sleep_deadline = None
        if task.vfork_child is not None:
            task.vfork_child = None

    # --- death -------------------------------------------------------------------------------------------
    def stop_task(self, task: Task, signo: int) -> None:
        task.state = TaskState.STOPPED
        task.stop_signal = signo
        task.stop_reported = False
        task.continued = False
        self.scheduler.remove(task)
        if task is self.current:
            self.save_context(task)
            self.current = None
        parent = self.tasks.get(task.ppid)
        if parent is not None and parent.pid != 1:
            if not parent.signals.actions[sig.SIGCHLD].flags & sig.SA_NOCLDSTOP:
                sig.send(self, parent, sig.SigInfo(sig.SIGCHLD, code=sig.CLD_STOPPED,
                                                   pid=task.pid, status=signo))
            self.wake(("child", parent.pid))

    def report_continued(self, task: Task) -> None:
        """A stopped task was continued: wait4(WCONTINUED) will report it, and the parent gets
        SIGCHLD with CLD_CONTINUED (unless it asked for SA_NOCLDSTOP)."""
        task.continued = True
        parent = self.tasks.get(task.ppid)
        if parent is not None and parent.pid != 1:
            if not parent.signals.actions[sig.SIGCHLD].flags & sig.SA_NOCLDSTOP:
                sig.send(self, parent, sig.SigInfo(sig.SIGCHLD, code=sig.CLD_CONTINUED,
                                                   pid=task.pid, status=sig.SIGCONT))
            self.wake(("child", parent.pid))

    def kill_task(self, task: Task, info, core: bool = False) -> None:
        """The default action of a fatal signal: maybe a core dump, then exit."""
        from pagelab.kernel.coredump import write_core
        dumped = False
        if core and task.mm is not None:
            try:
                dumped = write_core(self, task, info) is not None
            except Exception as error:        # a dump must never take the host down
                self.log(f"Core dump of {task.comm}[{task.pid}] failed: {error!r}")
        task.core_dumped = dumped
        task.fatal_signal = info.signo
        self.exit_task(task, wait_status_signaled(info.signo, dumped))

    def exit_task(self, task: Task, status: int) -> None:
        """Linux `do_exit`: release memory and files, re-parent children to init, become a
        zombie and tell the parent (SIGCHLD + wake its wait4)."""
        if not task.alive:
            return
        if task.clear_child_tid and task.mm is not None:
            try:
                task.mm.copy_out(task.clear_child_tid, b"\0\0\0\0")
            except Exception:
                pass
        if task is self.current:
            self.save_context(task)
            self.current = None
        self.scheduler.remove(task)
        for queue in (self.timers, self.alarms, self.futex_waiters):
            if task in queue:
                queue.remove(task)
        if task.files is not None:
            task.files.close_all()
        self.exited.append({"pid": task.pid, "comm": task.comm, "min_flt": task.min_flt,
                            "maj_flt": task.maj_flt, "status": status})
        if self.trace.enabled: self.trace.emit(trace.Exit, task.pid, status, task.comm)
        self.vfork_release(task)
        self.mm_put(task.mm)
        if task.exe_inode is not None:
            task.exe_inode.allow_write_access()      # its program may be written again
            task.exe_inode = None
        task.mm_rss_peak = task.mm.hiwater_rss if task.mm is not None else 0
        task.mm = None
        if task.kmem is not None:
            task.kmem.free_stack(self.physmem)        # a zombie keeps only its task_struct
        task.state = TaskState.ZOMBIE
        task.exit_code = status
        task.waiting_on = None
        if task is self.first_task and not self.config.wait_all:
            self.first_exited = True
        # children go to init, which reaps the dead ones
        for child in list(task.children):
            child.ppid = 1
            self.init.children.append(child)
            if child.state == TaskState.ZOMBIE:
                self.reap(child)
            elif child.pdeath_signal:                 # prctl(PR_SET_PDEATHSIG)
                sig.send(self, child, sig.SigInfo(child.pdeath_signal, code=sig.SI_USER,
                                                  pid=task.pid, uid=task.uid))
        task.children = []
        parent = self.tasks.get(task.ppid)
        if parent is None or parent.pid == 1:
            self.reap(task)
            return
        if status & 0x7F == 0:
            code, value = sig.CLD_EXITED, (status >> 8) & 0xFF
        else:
            code = sig.CLD_DUMPED if status & 0x80 else sig.CLD_KILLED
            value = status & 0x7F
        chld = parent.signals.actions[sig.SIGCHLD]
        autoreap = task.exit_signal == sig.SIGCHLD and (
            chld.handler == sig.SIG_IGN or chld.flags & sig.SA_NOCLDWAIT)
        if task.exit_signal and not autoreap:
            us = self.cycles_to_ns(task.user_cycles) // 10_000_000       # clock ticks
            sig.send(self, parent, sig.SigInfo(task.exit_signal, code=code, pid=task.pid,
                                               uid=task.uid, status=value, utime=us))
        if autoreap:
            self.reap(task)
        self.wake(("child", parent.pid))

    def reap(self, task: Task) -> None:
        """Release a zombie: its counters go to the parent's c* totals; its pid is free."""
        parent = self.tasks.get(task.ppid)
        if parent is not None:
            parent.cmin_flt += task.min_flt + task.cmin_flt
            parent.cmaj_flt += task.maj_flt + task.cmaj_flt
            parent.child_cycles += task.user_cycles + task.child_cycles
            parent.child_sys_cycles += task.sys_cycles + task.child_sys_cycles
            if task in parent.children:
                parent.children.remove(task)
        task.state = TaskState.DEAD
        self.tasks.pop(task.pid, None)
        if task.kmem is not None:
            task.kmem.free(self.physmem)

    def vfork_release(self, task: Task) -> None:
        """A vfork child exec'd or exited: its parent may run again."""
        parent = task.vfork_parent
        if parent is None:
            return
        task.vfork_parent = None
        if parent.vfork_child is task:
            parent.vfork_child = None
            if parent.state == TaskState.BLOCKED:
                self.make_runnable(parent)

    def oom_kill(self, task: Task) -> None:
        """The mm could not find a frame for `task`'s fault: the OOM killer (kernel/mm/oom.py)
        picks a victim with the oom policy and kills it."""
        from pagelab.kernel.mm.oom import oom_kill
        oom_kill(self, task)

    # --- the main loop ----------------------------------------------------------------------------------
    def run(self) -> int:
        """Run until every user task has exited (or the run is halted).  Returns the first
        task's exit status as a shell reports it (code, or 128 + signal)."""
        # Python's cyclic garbage collector: everything that exists when the run starts (the
        # kernel, the machine, numba, the file system) lives at least as long as the run.
        # Frozen, the collector does not walk it again on every full collection -- and the
        # guest triggers many: each page it maps adds a reverse-map entry.  That walk cost
        # ~2 us per page fault.  Objects made during the run are collected as usual.
        if self.halt_reason == "paused":
            self.halt_reason = None
        gc.freeze()
        try:
            return self._run()
        finally:
            gc.unfreeze()
            if self.halt_reason != "paused":
                self.flusher.sync_all()        # shutdown unmounts: dirty pages reach the disk

    def _run(self) -> int:
        """The main loop (see the module docstring)."""
        from pagelab.kernel.trap import handle_trap, retry_blocked_syscall
        machine = self.machine
        limit = self.config.max_instructions
        quantum = max(1, int(self.config.quantum))
        RUNNABLE = TaskState.RUNNABLE        # a local: this loop runs once per trap
        khugepaged = self.physmem.khugepaged
        while True:
            if self.first_exited:
                self._kill_leftovers()
            if self.host_signal:
                self._deliver_host_signal()
            if self.tty is not None:
                self._poll_tty()
            if self.pause_requested:              # a debugger / the front panel: return now
                self.pause_requested, self.halt_reason = False, "paused"
                break
            if self.timers or self.alarms:        # (most traps: nobody sleeps, no alarm)
                self._expire_timers()
            if self.physmem.nr_dirty and self.now_ns() >= self.flusher.next_wake_ns:
                self.flusher.tick()               # writeback on simulated time (mm/writeback.py)
            khugepaged.wake_if_due(self)          # khugepaged's wake-up, on simulated time
            if self.kthreads_runnable:            # a woken kernel thread (kswapd0) runs first
                self._run_kthreads()
            # 1. the current task keeps the CPU until it blocks, exits or uses up its slice
            task = self.current
            if task is not None and (task.state is not RUNNABLE or task.slice_left <= 0):
                if task.alive:
                    self.save_context(task)
                    if task.state is RUNNABLE:
                        task.nivcsw += task.slice_left <= 0
                        self.scheduler.add(task)
                    else:
                        task.nvcsw += 1
                self.current = None
                task = None
            # 2. otherwise the next runnable task, round robin; none: idle, or the run is over
            if task is None:
                task = self.scheduler.pick()
                if task is None:
                    if not self.live_user_tasks():
                        break
                    if self._idle_until_next_timer():
                        continue
                    if self.tty is not None and self.tty.wait_for_input():
                        continue                  # a reader waits for the user's typing
                    self.halt_reason = "deadlock"
                    self.log("pagelab: every process is blocked and nothing can wake them")
                    break
                task.slice_left = quantum
                self.switch_to(task)
            # 3. on the way back to user mode: finish a woken system call, deliver signals
            if task.syscall_blocked and sig.has_deliverable(task):
                retry_blocked_syscall(self, task)
                if self.current is not task:
                    continue
            if task.signals.pending or task.syscall_blocked or task.on_interrupt is not None:
                self.deliver_signals(task)   # (else it would have nothing to do: skip the call)
            if self.current is not task or task.state is not RUNNABLE:
                continue
            # 4. run guest code until a trap or the end of the slice
            budget = task.slice_left
            if limit is not None:
                left = limit - machine.instret
                if left <= 0:
                    self.halt_reason = "max-instructions"
                    self.log(f"pagelab: stopped after {machine.instret} instructions "
                             f"(--max-instructions)")
                    break
                budget = min(budget, left)
            if self.pause_instret is not None:    # stepping: stop at that instruction count
                budget = min(budget, self.pause_instret - machine.instret)
                if budget <= 0:
                    self.pause()
                    continue
            cycles_before = machine.cycles
            fast = self.fast_faults               # the demand-zero fast path, when armed
            if fast is not None and fast.want:    # (kernel/mm/fastfault.py)
                stop = fast.run(task, budget)
            else:
                stop = machine.run(budget)
            task.user_cycles += machine.cycles - cycles_before
            task.instret += stop.instret
            task.slice_left -= max(1, stop.instret)
            if task.rlimits[0][0] != RLIM_INFINITY:
                self._check_cpu_limit(task)
            if stop.is_trap:
                handle_trap(self, task, stop)       # BUDGET: the slice is over, loop again
        if self.current is not None and self.current.alive:
            self.save_context(self.current)
        return self.exit_status()

    def _kill_leftovers(self) -> None:
        """The first program has exited (and wait_all is off): SIGKILL every process it left
        running, as the kernel does to a PID namespace when its init exits.  They are noted in
        `leftovers` for `pagelab run` to report."""
        self.first_exited = False
        for task in sorted(self.live_user_tasks(), key=lambda t: t.pid):
            self.leftovers.append((task.pid, task.comm))
            self.log(f"pagelab: killing {task.comm}[{task.pid}]: the first program has exited")
            self.kill_task(task, sig.SigInfo(sig.SIGKILL, code=sig.SI_KERNEL))

    def pause(self) -> None:
        """Make run() return (halt_reason "paused") once the current trap is handled; run()
        again continues where it stopped.  For debuggers and the front panel (tools/panel)."""
        self.pause_requested = True

    def _check_cpu_limit(self, task: Task) -> None:
        """RLIMIT_CPU: SIGXCPU at the soft limit and every second after it, SIGKILL at the
        hard limit (CPU time on the cost-model clock)."""
        soft, hard = task.rlimits[0]
        seconds = self.cycles_to_ns(task.user_cycles + task.sys_cycles) // 1_000_000_000
        if hard != RLIM_INFINITY and seconds >= hard:
            sig.send(self, task, sig.SigInfo(sig.SIGKILL, code=sig.SI_KERNEL))
        elif seconds >= soft and seconds >= task.xcpu_sent_at:
            task.xcpu_sent_at = seconds + 1
            sig.send(self, task, sig.SigInfo(sig.SIGXCPU, code=sig.SI_KERNEL))

    def _poll_tty(self) -> None:
        """Typing reaches a reader of the interactive terminal while other tasks run (the
        host terminal is looked at every 256 passes through the loop)."""
        self.tty_polls += 1
        if self.tty_polls % 256 == 0 and self.tty.has_readers():
            self.tty.poll_host(0)

    def _deliver_host_signal(self) -> None:
        """The terminal's Ctrl-C: SIGINT to the foreground process group (the first program's,
        or the interactive terminal's), as the tty driver does."""
        signo, self.host_signal = self.host_signal, 0
        first = self.first_task
        group = first.pgid if first is not None else 0
        if self.tty is not None:
            group = self.tty.foreground_group()
            self.tty.interrupted()
        for task in list(self.tasks.values()):
            if task.pid != 1 and task.alive and task.pgid == group:
                sig.send(self, task, sig.SigInfo(signo, code=sig.SI_KERNEL))

    def exit_status(self) -> int:
        first = self.first_task
        if first is None or first.alive:
            return 0
        return shell_exit_status(first.exit_code)

    def bug(self, where: str, error: BaseException) -> None:
        """A kernel bug (a host exception) caught at a boundary: log it like Linux's BUG."""
        frames = traceback.extract_tb(error.__traceback__)
        place = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else "?"
        self.log(f"BUG: {where}: {type(error).__name__}: {error} at {place}")


class SpawnError(Exception):
    def __init__(self, message: str, errno: int = 0):
        super().__init__(message)
        self.errno = errno


def _strerror(errno: int) -> str:
    import os
    try:
        return os.strerror(errno)
    except ValueError:
        return f"error {errno}"


__all__ = ["Kernel", "KernelConfig", "SpawnError", "SYSCTL_DEFAULTS", "END_OF_TIME_NS",
           "parse_sysctl", "SysctlError"]
