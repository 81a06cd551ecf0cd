"""Process, signal, time and miscellaneous system calls (Linux riscv64 numbers).

Each handler follows kernel/syscalls.py: raw a0..a5 in, a value >= 0 or -errno out, BLOCKED to
sleep and re-execute, NO_RETURN when the handler set the registers itself.  User memory is read
and written only through `task.mm` (copy_in / copy_out / read_u64 ...), whose `EFault` becomes
-EFAULT; so no argument can make the host raise.

The calling task is `kernel.current`: its registers are in the machine, and `machine.pc` already
points past the ecall when a handler runs.
"""
from __future__ import annotations

import struct

from pagelab.kernel import signals as sig, trace
from pagelab.kernel.errno import (EAGAIN, ECHILD, EFAULT, EINVAL, ENOMEM, ENOSYS, EOPNOTSUPP,
                                  EPERM, ESRCH, ETIMEDOUT)
from pagelab.kernel.proc import (RLIM_NLIMITS, RLIMIT_CPU, RLIMIT_MEMLOCK, RLIMIT_NOFILE,
                                 RLIMIT_NPROC,
                                 RLIMIT_STACK, TaskState, wait_status_exited,
                                 wait_status_stopped)
from pagelab.kernel.syscalls import BLOCKED, NO_RETURN, signed, syscall


def is_efault(error: BaseException) -> bool:
    """The mm signals a bad user pointer with its EFault exception."""
    return any(cls.__name__ == "EFault" for cls in type(error).__mro__)


class _Fault(Exception):
    pass


def copy_in(task, va: int, n: int) -> bytes:
    try:
        return bytes(task.mm.copy_in(va, n))
    except Exception as error:
        if is_efault(error):
            raise _Fault() from None
        raise


def copy_out(task, va: int, data: bytes) -> None:
    try:
        task.mm.copy_out(va, data)
    except Exception as error:
        if is_efault(error):
            raise _Fault() from None
        raise


def user_call(function):
    """Turn a bad user pointer (_Fault) anywhere in `function` into -EFAULT."""
    def wrapper(kernel, task, *args):
        try:
            return function(kernel, task, *args)
        except _Fault:
            return -EFAULT
    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


# --- exit, clone, execve, wait4 -----------------------------------------------------------------
@syscall(93, "exit")
def sys_exit(kernel, task, status, *_):
    """exit(status): ends the thread; pagelab's processes have one thread, so the process."""
    kernel.exit_task(task, wait_status_exited(status & 0xFF))
    return NO_RETURN


@syscall(94, "exit_group")
def sys_exit_group(kernel, task, status, *_):
    kernel.exit_task(task, wait_status_exited(status & 0xFF))
    return NO_RETURN


CSIGNAL = 0xFF
CLONE_VM = 0x00000100
CLONE_FS = 0x00000200
CLONE_FILES = 0x00000400
CLONE_SIGHAND = 0x00000800
CLONE_PIDFD = 0x00001000
CLONE_PTRACE = 0x00002000
CLONE_VFORK = 0x00004000
CLONE_PARENT = 0x00008000
CLONE_THREAD = 0x00010000
CLONE_SETTLS = 0x00080000
CLONE_PARENT_SETTID = 0x00100000
CLONE_CHILD_CLEARTID = 0x00200000
CLONE_DETACHED = 0x00400000
CLONE_CHILD_SETTID = 0x01000000
# what pagelab implements: fork (glibc/musl pass SIGCHLD plus the tid flags) and vfork
CLONE_SUPPORTED = (CSIGNAL | CLONE_VM | CLONE_VFORK | CLONE_SETTLS | CLONE_PARENT_SETTID
                   | CLONE_CHILD_CLEARTID | CLONE_CHILD_SETTID | CLONE_DETACHED)


@syscall(220, "clone")
@user_call
def sys_clone(kernel, task, flags, newsp, parent_tid, tls, child_tid, *_):
    """clone(flags, newsp, parent_tid, tls, child_tid) — riscv64 argument order.

    Implemented: fork (no CLONE_VM: the child gets a copy-on-write copy of the address space)
    and vfork (CLONE_VM|CLONE_VFORK: the child shares the address space and the parent sleeps
    until the child execs or exits).  Threads and namespaces return EINVAL."""
    flags &= 0xFFFFFFFF
    if flags & CLONE_VM and not flags & CLONE_VFORK or flags & CLONE_THREAD:
        kernel.log_once("clone-threads", f"{task.comm}[{task.pid}]: clone(0x{flags:x}): "
                        f"threads (CLONE_VM without CLONE_VFORK, CLONE_THREAD) are not "
                        f"supported by pagelab: EINVAL")
        return -EINVAL
    if flags & ~CLONE_SUPPORTED:
        return -EINVAL
    exit_signal = flags & CSIGNAL
    if exit_signal > sig.NSIG:
        return -EINVAL
    user_tasks = sum(1 for t in kernel.tasks.values()
                     if t.pid != 1 and t.alive and t.uid == task.uid and not t.is_kthread)
    if user_tasks >= task.rlimits[RLIMIT_NPROC][0] or \
            len(kernel.tasks) >= int(kernel.sysctl.get("kernel.pid_max", 32768)) - 1:
        return -EAGAIN
    if flags & CLONE_VM:
        child_mm = task.mm
    else:
        try:
            child_mm = task.mm.fork()
        except MemoryError:
            return -ENOMEM
        if child_mm is None:
            return -ENOMEM
        if isinstance(child_mm, int):
            return child_mm if child_mm < 0 else -ENOMEM
    child = kernel.new_task(task)
    if child is None:
        if child_mm is not task.mm:
            child_mm.destroy()
        return -EAGAIN
    kernel.mm_get(child_mm)
    child.mm = child_mm
    child.files = task.files.fork() if task.files is not None else None
    child.signals = task.signals.fork()
    for name in ("comm", "cwd", "uid", "gid", "pgid", "sid", "exe_path", "exe_inode",
                 "exe_flags", "auxv", "argv", "arg_start", "arg_end"):
        setattr(child, name, getattr(task, name))
    if child.exe_inode is not None:
        child.exe_inode.executors += 1       # the child runs the same file (ETXTBSY)
    child.rlimits = [list(pair) for pair in task.rlimits]
    child.exit_signal = exit_signal
    machine = kernel.machine
    child.regs = list(machine.regs)
    child.pc = machine.pc                    # already past the ecall
    child.regs[10] = 0                       # the child's clone() returns 0
    if newsp:
        child.regs[2] = newsp
    if flags & CLONE_SETTLS:
        child.regs[4] = tls
    tid_bytes = struct.pack("<i", child.pid)
    try:
        if flags & CLONE_PARENT_SETTID:
            copy_out(task, parent_tid, tid_bytes)
        if flags & CLONE_CHILD_SETTID:
            copy_out(child, child_tid, tid_bytes)
    except _Fault:
        pass                                 # Linux ignores these faults too
    if flags & CLONE_CHILD_CLEARTID:
        child.clear_child_tid = child_tid
    kernel.scheduler.add(child)
    if kernel.trace.enabled: kernel.trace.emit(trace.Fork, task.pid, child.pid)
    if flags & CLONE_VFORK:
        child.vfork_parent = task
        task.vfork_child = child
        machine.set_reg(10, child.pid)
        task.block_on(("vfork", child.pid))
        return NO_RETURN
    return child.pid


@syscall(221, "execve")
def sys_execve(kernel, task, path_ptr, argv_ptr, envp_ptr, *_):
    """execve(path, argv, envp): returns only on failure."""
    from pagelab.kernel.exec import ARG_MAX_DEFAULT, ExecError, exec_into, read_user_strings
    try:
        path = task.mm.read_cstring(path_ptr, 4097)
    except Exception as error:
        if is_efault(error):
            return -EFAULT
        raise
    if len(path) > 4096:
        from pagelab.kernel.errno import ENAMETOOLONG
        return -ENAMETOOLONG
    try:
        argv = read_user_strings(task.mm, argv_ptr, ARG_MAX_DEFAULT)
        envp = read_user_strings(task.mm, envp_ptr, ARG_MAX_DEFAULT)
    except ExecError as error:
        return -error.errno
    result = exec_into(kernel, task, path.decode("utf-8", "surrogateescape"), argv, envp)
    if result < 0:
        return result
    return NO_RETURN


WNOHANG, WUNTRACED, WCONTINUED = 1, 2, 8
WNOTHREAD, WALL, WCLONE = 0x20000000, 0x40000000, 0x80000000
RUSAGE_SIZE = 144


def pack_rusage(kernel, user_cycles: int, sys_cycles: int, min_flt: int, maj_flt: int,
                maxrss_kb: int = 0, nvcsw: int = 0, nivcsw: int = 0) -> bytes:
    """struct rusage (144 bytes): utime, stime (timeval), then 14 longs."""
    def timeval(cycles):
        us = kernel.cycles_to_ns(cycles) // 1000
        return struct.pack("<qq", us // 1_000_000, us % 1_000_000)
    longs = [maxrss_kb, 0, 0, 0, min_flt, maj_flt, 0, 0, 0, 0, 0, 0, nvcsw, nivcsw]
    return timeval(user_cycles) + timeval(sys_cycles) + struct.pack("<14q", *longs)


def child_rusage(kernel, child) -> bytes:
    return pack_rusage(kernel, child.user_cycles + child.child_cycles,
                       child.sys_cycles + child.child_sys_cycles,
                       child.min_flt + child.cmin_flt, child.maj_flt + child.cmaj_flt,
                       child.mm_rss_peak * 4, child.nvcsw, child.nivcsw)


@syscall(260, "wait4")
@user_call
def sys_wait4(kernel, task, pid, status_ptr, options, rusage_ptr, *_):
    pid = signed(pid, 32)
    options &= 0xFFFFFFFF
    if options & ~(WNOHANG | WUNTRACED | WCONTINUED | WNOTHREAD | WALL | WCLONE):
        return -EINVAL
    if pid == -(2**31):
        return -ESRCH

    def matches(child):
        if pid > 0:
            return child.pid == pid
        if pid == -1:
            return True
        if pid == 0:
            return child.pgid == task.pgid
        return child.pgid == -pid

    candidates = [c for c in task.children if matches(c)]
    if not candidates:
        return -ECHILD
    for child in candidates:
        if child.state == TaskState.ZOMBIE:
            if status_ptr:
                copy_out(task, status_ptr, struct.pack("<i", signed(child.exit_code, 32)))
            if rusage_ptr:
                copy_out(task, rusage_ptr, child_rusage(kernel, child))
            child_pid = child.pid
            kernel.reap(child)
            return child_pid
        if options & WUNTRACED and child.state == TaskState.STOPPED and not child.stop_reported:
            if status_ptr:
                copy_out(task, status_ptr, struct.pack("<i", wait_status_stopped(
                    child.stop_signal)))
            if rusage_ptr:
                copy_out(task, rusage_ptr, child_rusage(kernel, child))
            child.stop_reported = True
            return child.pid
        if options & WCONTINUED and child.continued:
            if status_ptr:
                copy_out(task, status_ptr, struct.pack("<i", 0xFFFF))
            if rusage_ptr:
                copy_out(task, rusage_ptr, child_rusage(kernel, child))
            child.continued = False
            return child.pid
    if options & WNOHANG:
        return 0
    task.block_on(("child", task.pid))
    return BLOCKED


P_ALL, P_PID, P_PGID = 0, 1, 2
WSTOPPED, WEXITED, WNOWAIT = 2, 4, 0x01000000


@syscall(95, "waitid")
@user_call
def sys_waitid(kernel, task, idtype, ident, infop, options, rusage_ptr, *_):
    """waitid(idtype, id, infop, options, rusage): like wait4, but the result is a siginfo
    (si_signo SIGCHLD, si_code CLD_EXITED/KILLED/DUMPED/STOPPED, si_pid, si_status)."""
    options &= 0xFFFFFFFF
    ident = signed(ident, 32)
    if options & ~(WNOHANG | WSTOPPED | WEXITED | WCONTINUED | WNOWAIT | WNOTHREAD | WALL
                   | WCLONE) or not options & (WEXITED | WSTOPPED | WCONTINUED):
        return -EINVAL
    if idtype == P_ALL:
        candidates = list(task.children)
    elif idtype == P_PID and ident > 0:
        candidates = [c for c in task.children if c.pid == ident]
    elif idtype == P_PGID and ident >= 0:
        group = ident or task.pgid
        candidates = [c for c in task.children if c.pgid == group]
    else:
        return -EINVAL
    if not candidates:
        return -ECHILD
    for child in candidates:
        if child.state == TaskState.ZOMBIE and options & WEXITED:
            status = child.exit_code
            if status & 0x7F == 0:
                code, value = sig.CLD_EXITED, (status >> 8) & 0xFF
            else:
                code = sig.CLD_DUMPED if status & 0x80 else sig.CLD_KILLED
                value = status & 0x7F
            info = sig.SigInfo(sig.SIGCHLD, code=code, pid=child.pid, uid=child.uid,
                               status=value)
            if infop:
                copy_out(task, infop, info.pack())
            if rusage_ptr:
                copy_out(task, rusage_ptr, child_rusage(kernel, child))
            if not options & WNOWAIT:
                kernel.reap(child)
            return 0
        if child.state == TaskState.STOPPED and options & WSTOPPED and not child.stop_reported:
            info = sig.SigInfo(sig.SIGCHLD, code=sig.CLD_STOPPED, pid=child.pid,
                               uid=child.uid, status=child.stop_signal)
            if infop:
                copy_out(task, infop, info.pack())
            if not options & WNOWAIT:
                child.stop_reported = True
            return 0
        if options & WCONTINUED and child.continued:
            info = sig.SigInfo(sig.SIGCHLD, code=sig.CLD_CONTINUED, pid=child.pid,
                               uid=child.uid, status=sig.SIGCONT)
            if infop:
                copy_out(task, infop, info.pack())
            if not options & WNOWAIT:
                child.continued = False
            return 0
    if options & WNOHANG:
        if infop:
            copy_out(task, infop, bytes(sig.SIGINFO_SIZE))
        return 0
    task.block_on(("child", task.pid))
    return BLOCKED


# --- identity -------------------------------------------------------------------------------------
@syscall(172, "getpid")
def sys_getpid(kernel, task, *_):
    return task.pid


@syscall(173, "getppid")
def sys_getppid(kernel, task, *_):
    return task.ppid


@syscall(178, "gettid")
def sys_gettid(kernel, task, *_):
    return task.pid


@syscall(174, "getuid")
def sys_getuid(kernel, task, *_):
    return task.uid


@syscall(175, "geteuid")
def sys_geteuid(kernel, task, *_):
    return task.uid


@syscall(176, "getgid")
def sys_getgid(kernel, task, *_):
    return task.gid


@syscall(177, "getegid")
def sys_getegid(kernel, task, *_):
    return task.gid


@syscall(154, "setpgid")
def sys_setpgid(kernel, task, pid, pgid, *_):
    pid, pgid = signed(pid, 32), signed(pgid, 32)
    if pgid < 0:
        return -EINVAL
    target = task if pid == 0 else kernel.tasks.get(pid)
    if target is None or (target is not task and target.ppid != task.pid) or not target.alive:
        return -ESRCH
    target.pgid = target.pid if pgid == 0 else pgid
    return 0


@syscall(155, "getpgid")
def sys_getpgid(kernel, task, pid, *_):
    pid = signed(pid, 32)
    target = task if pid == 0 else kernel.tasks.get(pid)
    if target is None or target.pid == 1 and pid != 1:
        return -ESRCH
    return target.pgid if target.pid != 1 else 0


@syscall(156, "getsid")
def sys_getsid(kernel, task, pid, *_):
    pid = signed(pid, 32)
    target = task if pid == 0 else kernel.tasks.get(pid)
    if target is None:
        return -ESRCH
    return target.sid


@syscall(157, "setsid")
def sys_setsid(kernel, task, *_):
    if any(t.pgid == task.pid for t in kernel.tasks.values() if t is not task and t.alive):
        return -EPERM
    task.sid = task.pgid = task.pid
    return task.pid


@syscall(96, "set_tid_address")
def sys_set_tid_address(kernel, task, tidptr, *_):
    task.clear_child_tid = tidptr
    return task.pid


@syscall(99, "set_robust_list")
def sys_set_robust_list(kernel, task, head, length, *_):
    if length != 24:                         # sizeof(struct robust_list_head)
        return -EINVAL
    task.robust_list = head
    return 0


# --- signals --------------------------------------------------------------------------------------
def _targets(kernel, task, pid: int):
    """The tasks kill(pid, ...) addresses (see kill(2))."""
    live = [t for t in kernel.tasks.values() if t.pid != 1 and t.state != TaskState.DEAD]
    if pid > 0:
        target = kernel.tasks.get(pid)
        return [target] if target is not None and target.state != TaskState.DEAD else []
    if pid == 0:
        return [t for t in live if t.pgid == task.pgid]
    if pid == -1:
        return [t for t in live if t is not task]
    return [t for t in live if t.pgid == -pid]


@syscall(129, "kill")
def sys_kill(kernel, task, pid, signo, *_):
    pid, signo = signed(pid, 32), signed(signo, 32)
    if not 0 <= signo <= sig.NSIG:
        return -EINVAL
    if pid == -(2**31):
        return -ESRCH
    targets = _targets(kernel, task, pid)
    if not targets:
        return -ESRCH
    for target in targets:
        if signo and target.pid != 1:
            sig.send(kernel, target, sig.SigInfo(signo, code=sig.SI_USER, pid=task.pid,
                                                 uid=task.uid))
    return 0


def _tkill(kernel, task, tgid, tid, signo):
    if tid <= 0 or not 0 <= signo <= sig.NSIG:
        return -EINVAL
    target = kernel.tasks.get(tid)
    if target is None or target.state == TaskState.DEAD or (tgid > 0 and target.pid != tgid):
        return -ESRCH
    if signo and target.pid != 1:
        sig.send(kernel, target, sig.SigInfo(signo, code=sig.SI_TKILL, pid=task.pid,
                                             uid=task.uid))
    return 0


@syscall(130, "tkill")
def sys_tkill(kernel, task, tid, signo, *_):
    return _tkill(kernel, task, -1, signed(tid, 32), signed(signo, 32))


@syscall(131, "tgkill")
def sys_tgkill(kernel, task, tgid, tid, signo, *_):
    tgid = signed(tgid, 32)
    if tgid <= 0:
        return -EINVAL
    return _tkill(kernel, task, tgid, signed(tid, 32), signed(signo, 32))


KNOWN_SA_FLAGS = (sig.SA_NOCLDSTOP | sig.SA_NOCLDWAIT | sig.SA_SIGINFO | sig.SA_ONSTACK
                  | sig.SA_RESTART | sig.SA_NODEFER | sig.SA_RESETHAND | 0x400 | 0x800)


@syscall(134, "rt_sigaction")
@user_call
def sys_rt_sigaction(kernel, task, signo, act_ptr, oldact_ptr, sigsetsize, *_):
    signo = signed(signo, 32)
    if sigsetsize != 8:
        return -EINVAL
    if not sig.valid_signal(signo) or (act_ptr and signo in (sig.SIGKILL, sig.SIGSTOP)):
        return -EINVAL
    new = None
    if act_ptr:
        new = sig.SigAction.unpack(copy_in(task, act_ptr, sig.SigAction.SIZE))
        new.flags &= KNOWN_SA_FLAGS
        new.mask &= ~sig.UNBLOCKABLE & sig.ALL_SIGNALS
    old = task.signals.actions[signo]
    if oldact_ptr:
        copy_out(task, oldact_ptr, old.pack())
    if new is not None:
        task.signals.actions[signo] = new
        if task.signals.is_ignored(signo):        # POSIX: discard a now-ignored pending signal
            task.signals.pending = [p for p in task.signals.pending if p.signo != signo]
    return 0


@syscall(135, "rt_sigprocmask")
@user_call
def sys_rt_sigprocmask(kernel, task, how, set_ptr, oldset_ptr, sigsetsize, *_):
    if sigsetsize != 8:
        return -EINVAL
    how = signed(how, 32)
    old = task.signals.blocked
    if set_ptr:
        value = struct.unpack("<Q", copy_in(task, set_ptr, 8))[0] & ~sig.UNBLOCKABLE
        if how == sig.SIG_BLOCK:
            new = old | value
        elif how == sig.SIG_UNBLOCK:
            new = old & ~value
        elif how == sig.SIG_SETMASK:
            new = value
        else:
            return -EINVAL
    else:
        new = old
    if oldset_ptr:
        copy_out(task, oldset_ptr, struct.pack("<Q", old))
    task.signals.blocked = new & sig.ALL_SIGNALS
    return 0


@syscall(136, "rt_sigpending")
@user_call
def sys_rt_sigpending(kernel, task, set_ptr, sigsetsize, *_):
    if sigsetsize != 8:
        return -EINVAL
    pending = task.signals.pending_mask() & task.signals.blocked
    copy_out(task, set_ptr, struct.pack("<Q", pending))
    return 0


@syscall(139, "rt_sigreturn")
def sys_rt_sigreturn(kernel, task, *_):
    if not sig.restore_frame(kernel, task):
        from pagelab.kernel.trap import force_fault_signal
        force_fault_signal(kernel, task, sig.SIGSEGV, sig.SI_KERNEL, 0, 8, 0)
    return NO_RETURN


@syscall(132, "sigaltstack")
@user_call
def sys_sigaltstack(kernel, task, ss_ptr, old_ptr, *_):
    state = task.signals
    sp = kernel.machine.get_reg(2)
    old = struct.pack("<Qi4xQ", *state.altstack_state(sp))
    if ss_ptr:
        ss_sp, ss_flags, ss_size = struct.unpack("<Qi4xQ", copy_in(task, ss_ptr, 24))
        if state.on_altstack(sp):
            return -EPERM
        mode = ss_flags & ~(1 << 31)                 # SS_AUTODISARM
        if mode not in (0, sig.SS_DISABLE, sig.SS_ONSTACK):
            return -EINVAL
        if mode == sig.SS_DISABLE:
            ss_sp = ss_size = 0
        elif ss_size < sig.MINSIGSTKSZ:
            return -ENOMEM
        if old_ptr:
            copy_out(task, old_ptr, old)
        state.altstack_sp, state.altstack_size = ss_sp, ss_size
        state.altstack_flags = sig.SS_DISABLE if mode == sig.SS_DISABLE else 0
        return 0
    if old_ptr:
        copy_out(task, old_ptr, old)
    return 0


@syscall(137, "rt_sigtimedwait")
@user_call
def sys_rt_sigtimedwait(kernel, task, set_ptr, info_ptr, timeout_ptr, sigsetsize, *_):
    """Wait for one of the signals in *set (normally blocked by the caller) and take it
    without running a handler: returns its number and fills *info; EAGAIN at the timeout."""
    if sigsetsize != 8:
        return -EINVAL
    wanted = struct.unpack("<Q", copy_in(task, set_ptr, 8))[0] & ~sig.UNBLOCKABLE
    for info in list(task.signals.pending):
        if sig.bit(info.signo) & wanted:
            task.signals.pending.remove(info)
            task.sigwait_set = 0
            task.sleep_deadline = None
            if info_ptr:
                copy_out(task, info_ptr, info.pack())
            return info.signo
    if task.sleep_deadline is not None and kernel.now_ns() >= task.sleep_deadline:
        task.sleep_deadline = None
        task.sigwait_set = 0
        return -EAGAIN
    if task.sigwait_set == 0 and timeout_ptr:
        duration = _read_timespec(task, timeout_ptr)
        if duration < 0:
            return duration
        if duration == 0:
            return -EAGAIN
        task.sleep_deadline = kernel.now_ns() + duration
        kernel.add_timer(task)
    task.sigwait_set = wanted

    def interrupted(restart):               # another, unblocked signal ran its handler
        task.sigwait_set = 0
        task.sleep_deadline = None
        return False

    task.on_interrupt = interrupted
    task.block_on(("sigtimedwait", task.pid))
    return BLOCKED


@syscall(138, "rt_sigqueueinfo")
@user_call
def sys_rt_sigqueueinfo(kernel, task, pid, signo, info_ptr, *_):
    """Send a signal with caller-supplied siginfo (sigqueue): si_code must be negative
    (a user code) unless a process signals itself; si_pid, si_uid and si_value are delivered
    as the caller wrote them (Linux copies the siginfo verbatim)."""
    pid, signo = signed(pid, 32), signed(signo, 32)
    if not 1 <= signo <= sig.NSIG:
        return -EINVAL
    data = copy_in(task, info_ptr, sig.SIGINFO_SIZE)
    _, errno_, code = struct.unpack_from("<iii", data, 0)
    sender, sender_uid = struct.unpack_from("<iI", data, 16)    # taken as given, like Linux
    value = struct.unpack_from("<Q", data, 24)[0]
    target = kernel.tasks.get(pid)
    if target is None or target.state == TaskState.DEAD or target.pid == 1:
        return -ESRCH
    if (code >= 0 or code == sig.SI_TKILL) and target is not task:
        return -EPERM
    sig.send(kernel, target, sig.SigInfo(signo, code=code, errno=errno_, pid=sender,
                                         uid=sender_uid, value=value))
    return 0


@syscall(133, "rt_sigsuspend")
@user_call
def sys_rt_sigsuspend(kernel, task, set_ptr, sigsetsize, *_):
    """Wait for a signal with a temporary mask; returns -EINTR after the handler."""
    if sigsetsize != 8:
        return -EINVAL
    if task.suspend_mask is None:
        mask = struct.unpack("<Q", copy_in(task, set_ptr, 8))[0]
        task.suspend_mask = task.signals.blocked
        task.signals.blocked = mask & ~sig.UNBLOCKABLE & sig.ALL_SIGNALS

    def interrupted(restart):
        # the handler's frame saves (and sigreturn restores) the mask from before the call
        task.signals.blocked = task.suspend_mask
        task.suspend_mask = None
        return False                              # always -EINTR

    task.on_interrupt = interrupted
    task.block_on(("sigsuspend", task.pid))
    return BLOCKED


# --- scheduling and time ---------------------------------------------------------------------------
@syscall(124, "sched_yield")
def sys_sched_yield(kernel, task, *_):
    task.slice_left = 0                          # back of the run queue
    return 0


CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID = 0, 1, 2, 3
CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME = 4, 5, 6, 7
CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM, CLOCK_TAI = 8, 9, 11


def clock_ns(kernel, task, clock: int) -> int | None:
    from pagelab.kernel.kernel import REALTIME_EPOCH_NS
    now = kernel.now_ns()
    if clock in (CLOCK_REALTIME, CLOCK_REALTIME_COARSE, CLOCK_REALTIME_ALARM):
        return REALTIME_EPOCH_NS + now
    if clock == CLOCK_TAI:
        return REALTIME_EPOCH_NS + now + 37_000_000_000
    if clock in (CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_MONOTONIC_COARSE,
                 CLOCK_BOOTTIME, CLOCK_BOOTTIME_ALARM):
        return now
    if clock in (CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID):
        # up to date: the machine returned to the kernel before this system call
        return kernel.cycles_to_ns(task.user_cycles + task.sys_cycles)
    return None


def timespec(ns: int) -> bytes:
    return struct.pack("<qq", ns // 1_000_000_000, ns % 1_000_000_000)


@syscall(113, "clock_gettime")
@user_call
def sys_clock_gettime(kernel, task, clock, tp, *_):
    ns = clock_ns(kernel, task, signed(clock, 32))
    if ns is None:
        return -EINVAL
    copy_out(task, tp, timespec(ns))
    return 0


@syscall(114, "clock_getres")
@user_call
def sys_clock_getres(kernel, task, clock, res, *_):
    if clock_ns(kernel, task, signed(clock, 32)) is None:
        return -EINVAL
    if res:
        copy_out(task, res, timespec(1))
    return 0


@syscall(169, "gettimeofday")
@user_call
def sys_gettimeofday(kernel, task, tv, tz, *_):
    ns = clock_ns(kernel, task, CLOCK_REALTIME)
    if tv:
        copy_out(task, tv, struct.pack("<qq", ns // 1_000_000_000, ns % 1_000_000_000 // 1000))
    if tz:
        copy_out(task, tz, bytes(8))
    return 0


def _sleep(kernel, task, deadline_ns_fn, rem_ptr):
    """Common body of nanosleep/clock_nanosleep: block until the deadline (re-executed)."""
    if task.sleep_deadline is not None:
        if kernel.now_ns() >= task.sleep_deadline:
            task.sleep_deadline = None
            return 0
    else:
        deadline = deadline_ns_fn()
        if isinstance(deadline, int) and deadline < 0 and deadline > -4096:
            return deadline
        if deadline <= kernel.now_ns():
            return 0
        task.sleep_deadline = deadline

    def interrupted(restart):
        left = max(0, task.sleep_deadline - kernel.now_ns()) if task.sleep_deadline else 0
        task.sleep_deadline = None
        if rem_ptr:
            try:
                task.mm.copy_out(rem_ptr, timespec(left))
            except Exception as error:
                if not is_efault(error):
                    raise
        return False                              # a sleep interrupted by a handler: EINTR

    task.on_interrupt = interrupted
    kernel.add_timer(task)
    task.block_on(("sleep", task.pid))
    return BLOCKED


def _read_timespec(task, ptr) -> int:
    sec, nsec = struct.unpack("<qq", copy_in(task, ptr, 16))
    if sec < 0 or not 0 <= nsec < 1_000_000_000:
        return -EINVAL
    return sec * 1_000_000_000 + nsec


@syscall(101, "nanosleep")
@user_call
def sys_nanosleep(kernel, task, req, rem, *_):
    if task.sleep_deadline is None:
        duration = _read_timespec(task, req)
        if duration < 0:
            return duration
        return _sleep(kernel, task, lambda: kernel.now_ns() + duration, rem)
    return _sleep(kernel, task, None, rem)


ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


def _itimerval(kernel, task) -> bytes:
    """struct itimerval {it_interval, it_value} (two timevals) of the task's ITIMER_REAL."""
    interval = task.alarm_interval
    deadline = task.alarm_deadline
    left = max(1000, deadline - kernel.now_ns()) if deadline is not None else 0

    def timeval(ns):
        return struct.pack("<qq", ns // 1_000_000_000, ns % 1_000_000_000 // 1000)
    return timeval(interval) + timeval(left)


@syscall(102, "getitimer")
@user_call
def sys_getitimer(kernel, task, which, value_ptr, *_):
    if which != ITIMER_REAL:
        return -EINVAL
    copy_out(task, value_ptr, _itimerval(kernel, task))
    return 0


@syscall(103, "setitimer")
@user_call
def sys_setitimer(kernel, task, which, new_ptr, old_ptr, *_):
    """ITIMER_REAL only (SIGALRM on simulated time; glibc's alarm() uses it).  The virtual and
    profiling timers are not implemented (EINVAL)."""
    if which != ITIMER_REAL:
        if which in (ITIMER_VIRTUAL, ITIMER_PROF):
            kernel.log_once(("itimer", which), "setitimer: ITIMER_VIRTUAL/PROF not implemented")
        return -EINVAL
    new = None
    if new_ptr:
        fields = struct.unpack("<qqqq", copy_in(task, new_ptr, 32))
        if any(f < 0 for f in fields) or fields[1] >= 1_000_000 or fields[3] >= 1_000_000:
            return -EINVAL
        new = (fields[0] * 1_000_000_000 + fields[1] * 1000,
               fields[2] * 1_000_000_000 + fields[3] * 1000)
    if old_ptr:
        copy_out(task, old_ptr, _itimerval(kernel, task))
    if new is not None:
        interval, value = new
        task.alarm_interval = interval
        task.alarm_deadline = kernel.now_ns() + value if value else None
        if value and task not in kernel.alarms:
            kernel.alarms.append(task)
    return 0


TIMER_ABSTIME = 1


@syscall(115, "clock_nanosleep")
@user_call
def sys_clock_nanosleep(kernel, task, clock, flags, req, rem, *_):
    clock = signed(clock, 32)
    if clock_ns(kernel, task, clock) is None:
        return -EINVAL
    if clock in (CLOCK_THREAD_CPUTIME_ID, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE,
                 CLOCK_MONOTONIC_COARSE):
        return -EOPNOTSUPP                # these clocks have no nsleep in Linux
    if flags & ~TIMER_ABSTIME:
        return -EINVAL
    if clock == CLOCK_PROCESS_CPUTIME_ID:
        # The process's own CPU clock does not advance while its only thread sleeps: as on
        # Linux, the sleep ends only with a signal (or at once if the target has passed).
        value = _read_timespec(task, req)
        if value < 0:
            return value
        if (flags & TIMER_ABSTIME and value <= clock_ns(kernel, task, clock)) or value == 0:
            return 0
        task.on_interrupt = lambda restart: False
        task.block_on(("cpu-clock-sleep", task.pid))
        return BLOCKED
    if task.sleep_deadline is None:
        value = _read_timespec(task, req)
        if value < 0:
            return value
        if flags & TIMER_ABSTIME:
            offset = clock_ns(kernel, task, clock) - kernel.now_ns()
            target = value - offset
        else:
            target = kernel.now_ns() + value
        return _sleep(kernel, task, lambda: target, rem if not flags & TIMER_ABSTIME else 0)
    return _sleep(kernel, task, None, rem if not flags & TIMER_ABSTIME else 0)


@syscall(153, "times")
@user_call
def sys_times(kernel, task, buf, *_):
    def ticks(cycles):
        return kernel.cycles_to_ns(cycles) // 10_000_000
    if buf:
        copy_out(task, buf, struct.pack("<4q", ticks(task.user_cycles), ticks(task.sys_cycles),
                                        ticks(task.child_cycles), ticks(task.child_sys_cycles)))
    return kernel.now_ns() // 10_000_000


RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD = 0, -1, 1


@syscall(165, "getrusage")
@user_call
def sys_getrusage(kernel, task, who, usage, *_):
    who = signed(who, 32)
    if who in (RUSAGE_SELF, RUSAGE_THREAD):
        rss = task.mm.hiwater_rss if task.mm is not None else 0
        data = pack_rusage(kernel, task.user_cycles, task.sys_cycles, task.min_flt,
                           task.maj_flt, rss * 4, task.nvcsw, task.nivcsw)
    elif who == RUSAGE_CHILDREN:
        data = pack_rusage(kernel, task.child_cycles, task.child_sys_cycles, task.cmin_flt,
                           task.cmaj_flt)
    else:
        return -EINVAL
    copy_out(task, usage, data)
    return 0


# --- limits, system information, randomness ---------------------------------------------------------
NR_OPEN = 1 << 20


def _set_rlimit(task, resource: int, soft: int, hard: int) -> int:
    if soft > hard:
        return -EINVAL
    if resource == RLIMIT_NOFILE and hard > NR_OPEN:
        return -EPERM
    if resource == RLIMIT_CPU and soft == 0:
        soft = 1                  # Linux: an immediate CPU limit becomes one second
    task.rlimits[resource] = [soft, hard]
    apply_rlimits_to_mm(task)
    if resource == RLIMIT_NOFILE and task.files is not None:
        task.files.limit = min(soft, NR_OPEN)     # the fd table enforces it (EMFILE)
    return 0


def apply_rlimits_to_mm(task) -> None:
    """The address space enforces the stack and memlock limits itself (stack growth, mlock)."""
    mm = task.mm
    if mm is None:
        return
    mm.rlimit_stack = task.rlimits[RLIMIT_STACK][0]
    mm.rlimit_memlock = task.rlimits[RLIMIT_MEMLOCK][0]


@syscall(261, "prlimit64")
@user_call
def sys_prlimit64(kernel, task, pid, resource, new_ptr, old_ptr, *_):
    pid = signed(pid, 32)
    target = task if pid == 0 else kernel.tasks.get(pid)
    if target is None or not target.alive or target.pid == 1:
        return -ESRCH
    if resource >= RLIM_NLIMITS:
        return -EINVAL
    new = None
    if new_ptr:
        new = struct.unpack("<QQ", copy_in(task, new_ptr, 16))
        if new[0] > new[1]:
            return -EINVAL
    if old_ptr:
        copy_out(task, old_ptr, struct.pack("<QQ", *target.rlimits[resource]))
    if new is not None:
        return _set_rlimit(target, resource, *new)
    return 0


@syscall(163, "getrlimit")
@user_call
def sys_getrlimit(kernel, task, resource, rlim, *_):
    if resource >= RLIM_NLIMITS:
        return -EINVAL
    copy_out(task, rlim, struct.pack("<QQ", *task.rlimits[resource]))
    return 0


@syscall(164, "setrlimit")
@user_call
def sys_setrlimit(kernel, task, resource, rlim, *_):
    if resource >= RLIM_NLIMITS:
        return -EINVAL
    soft, hard = struct.unpack("<QQ", copy_in(task, rlim, 16))
    return _set_rlimit(task, resource, soft, hard)


UTS_RELEASE = "6.1.0-pagelab"
UTS_VERSION = "#1 SMP PREEMPT pagelab"


@syscall(160, "uname")
@user_call
def sys_uname(kernel, task, buf, *_):
    fields = ["Linux", "pagelab", UTS_RELEASE, UTS_VERSION, "riscv64", "(none)"]
    copy_out(task, buf, b"".join(f.encode().ljust(65, b"\0") for f in fields))
    return 0


GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE = 1, 2, 4
GETRANDOM_MAX = 1 << 20


@syscall(278, "getrandom")
@user_call
def sys_getrandom(kernel, task, buf, count, flags, *_):
    """Bytes from the kernel's seeded generator (deterministic from KernelConfig.seed)."""
    if flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE) or \
            (flags & GRND_INSECURE and flags & GRND_RANDOM):
        return -EINVAL
    count = min(count, GETRANDOM_MAX)
    if count == 0:
        return 0
    copy_out(task, buf, kernel.random_bytes(count))
    return count


PR_SET_PDEATHSIG, PR_GET_PDEATHSIG, PR_GET_DUMPABLE, PR_SET_DUMPABLE = 1, 2, 3, 4
PR_SET_NAME, PR_GET_NAME = 15, 16
PR_SET_THP_DISABLE, PR_GET_THP_DISABLE = 41, 42


@syscall(167, "prctl")
@user_call
def sys_prctl(kernel, task, option, arg2, arg3=0, arg4=0, arg5=0, *_):
    option = signed(option, 32)
    if option in (PR_SET_THP_DISABLE, PR_GET_THP_DISABLE):
        from pagelab.kernel.mm.huge_memory import prctl_thp
        return prctl_thp(task.mm, option, arg2, arg3, arg4, arg5) if task.mm else -EINVAL
    if option == PR_SET_NAME:
        name = task.mm.read_cstring(arg2, 16) if task.mm else b""
        task.comm = name[:15].decode("utf-8", "replace")
        return 0
    if option == PR_GET_NAME:
        copy_out(task, arg2, task.comm.encode()[:15].ljust(16, b"\0"))
        return 0
    if option == PR_GET_DUMPABLE:
        return task.dumpable
    if option == PR_SET_DUMPABLE:
        if arg2 not in (0, 1):
            return -EINVAL
        task.dumpable = arg2
        return 0
    if option == PR_SET_PDEATHSIG:
        if arg2 > sig.NSIG:
            return -EINVAL
        task.pdeath_signal = arg2
        return 0
    if option == PR_GET_PDEATHSIG:
        copy_out(task, arg2, struct.pack("<i", task.pdeath_signal))
        return 0
    return -EINVAL



# --- futex (single-threaded processes: waiters are other processes sharing memory) ---------------
FUTEX_WAIT, FUTEX_WAKE, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET = 0, 1, 9, 10
FUTEX_REQUEUE, FUTEX_CMP_REQUEUE = 3, 4
FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME = 128, 256
FUTEX_BITSET_MATCH_ANY = 0xFFFFFFFF
VM_SHARED = 0x8


def _futex_key(kernel, task, uaddr: int, private: bool):
    """Which futex `uaddr` names: for a MAP_SHARED mapping the object and offset (so two
    processes sharing the page meet), otherwise this address space and address (Linux
    get_futex_key).  An address outside user space is EFAULT; a shared futex's page must be
    mapped (Linux pins it with get_user_pages), so an unmapped one is EFAULT too."""
    from pagelab.kernel.exec import USER_VA_LIMIT
    if uaddr + 4 > USER_VA_LIMIT[kernel.config.paging]:
        raise _Fault(uaddr)
    if not private:
        copy_in(task, uaddr, 4)
        vma = task.mm.find_vma(uaddr)
        if vma is not None and vma.start <= uaddr and vma.flags & VM_SHARED:
            backing = vma.file if vma.file is not None else vma.shmem
            return ("shared", id(backing), vma.pgoff * 4096 + (uaddr - vma.start))
    return ("private", id(task.mm), uaddr)


@syscall(98, "futex")
@user_call
def sys_futex(kernel, task, uaddr, op, val, timeout, uaddr2, val3, *_):
    """FUTEX_WAIT / FUTEX_WAKE (and the _BITSET forms), FUTEX_REQUEUE / FUTEX_CMP_REQUEUE.
    pagelab has no threads, so the waiters are processes that share the futex word through a
    MAP_SHARED mapping, or a process waiting for a signal.  The PI and WAKE_OP operations
    return ENOSYS."""
    cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)
    if cmd in (FUTEX_REQUEUE, FUTEX_CMP_REQUEUE):
        return _futex_requeue(kernel, task, cmd, op, uaddr, val, timeout, uaddr2, val3)
    if cmd not in (FUTEX_WAIT, FUTEX_WAKE, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET):
        return -ENOSYS
    if uaddr & 3:
        return -EINVAL
    bitset = val3 & 0xFFFFFFFF if cmd in (FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET) else \
        FUTEX_BITSET_MATCH_ANY
    if bitset == 0 or (op & FUTEX_CLOCK_REALTIME and cmd == FUTEX_WAKE):
        return -EINVAL
    key = _futex_key(kernel, task, uaddr, bool(op & FUTEX_PRIVATE_FLAG))
    if cmd in (FUTEX_WAKE, FUTEX_WAKE_BITSET):
        woken = 0
        for waiter in list(kernel.futex_waiters):
            if woken >= (val & 0x7FFFFFFF):
                break
            if waiter.state == TaskState.BLOCKED and waiter.waiting_on == ("futex", key) \
                    and waiter.futex_bitset & bitset:
                kernel.futex_waiters.remove(waiter)
                waiter.futex_woken = True
                kernel.make_runnable(waiter)
                woken += 1
        return woken
    # FUTEX_WAIT: re-executed after a wake-up, a timeout or nothing yet
    if task.futex_woken:
        task.futex_woken = False
        task.sleep_deadline = None
        return 0
    if task.sleep_deadline is not None and kernel.now_ns() >= task.sleep_deadline:
        task.sleep_deadline = None
        return -ETIMEDOUT
    if task.sleep_deadline is None:
        current = struct.unpack("<I", copy_in(task, uaddr, 4))[0]
        if current != val & 0xFFFFFFFF:
            return -EAGAIN
        if timeout:
            value = _read_timespec(task, timeout)
            if value < 0:
                return value
            if cmd == FUTEX_WAIT_BITSET:          # absolute, on MONOTONIC or REALTIME
                clock = CLOCK_REALTIME if op & FUTEX_CLOCK_REALTIME else CLOCK_MONOTONIC
                deadline = value - (clock_ns(kernel, task, clock) - kernel.now_ns())
            else:
                deadline = kernel.now_ns() + value
            if deadline <= kernel.now_ns():
                return -ETIMEDOUT
            task.sleep_deadline = deadline
            kernel.add_timer(task)
    task.futex_bitset = bitset

    def interrupted(restart):
        task.sleep_deadline = None
        return False                              # futex_wait: -EINTR to a handler

    task.on_interrupt = interrupted
    if task not in kernel.futex_waiters:
        kernel.futex_waiters.append(task)
    task.block_on(("futex", key))
    return BLOCKED


def _futex_requeue(kernel, task, cmd, op, uaddr, nr_wake, nr_requeue, uaddr2, val3):
    """Wake up to nr_wake waiters of uaddr and move up to nr_requeue others to uaddr2
    (CMP_REQUEUE first checks that *uaddr == val3, else EAGAIN)."""
    nr_wake &= 0xFFFFFFFF
    nr_requeue &= 0xFFFFFFFF
    if uaddr & 3 or uaddr2 & 3 or signed(nr_wake, 32) < 0 or signed(nr_requeue, 32) < 0:
        return -EINVAL
    private = bool(op & FUTEX_PRIVATE_FLAG)
    key = _futex_key(kernel, task, uaddr, private)
    key2 = _futex_key(kernel, task, uaddr2, private)
    copy_in(task, uaddr2, 4)                       # EFAULT for a bad second address
    if cmd == FUTEX_CMP_REQUEUE:
        if struct.unpack("<I", copy_in(task, uaddr, 4))[0] != val3 & 0xFFFFFFFF:
            return -EAGAIN
    done = 0
    moved = 0
    for waiter in list(kernel.futex_waiters):
        if waiter.state != TaskState.BLOCKED or waiter.waiting_on != ("futex", key):
            continue
        if done < nr_wake:
            kernel.futex_waiters.remove(waiter)
            waiter.futex_woken = True
            kernel.make_runnable(waiter)
            done += 1
        elif moved < nr_requeue:
            waiter.waiting_on = ("futex", key2)
            moved += 1
    return done + moved if cmd == FUTEX_CMP_REQUEUE else done


# --- system information ----------------------------------------------------------------------------
@syscall(179, "sysinfo")
@user_call
def sys_sysinfo(kernel, task, info_ptr, *_):
    """struct sysinfo (112 bytes, mem_unit 1): uptime, loads, RAM and swap in bytes, procs."""
    physmem = kernel.physmem
    total = physmem.total_pages * 4096
    free = physmem.nr_free * 4096
    shared = physmem.nr_shmem * 4096
    procs = sum(1 for t in kernel.tasks.values() if t.alive)
    swap = physmem.swap
    data = struct.pack("<q3Q6QH6x2QI", kernel.now_ns() // 1_000_000_000, 0, 0, 0,
                       total, free, shared, 0, swap.total_pages * 4096,
                       swap.free_pages * 4096, procs, 0, 0, 1)
    copy_out(task, info_ptr, data.ljust(112, b"\0"))
    return 0


@syscall(259, "riscv_flush_icache")
def sys_riscv_flush_icache(kernel, task, start, end, flags, *_):
    """The hart's decoded-instruction cache follows stores by itself: nothing to do."""
    if flags & ~1:                                  # SYS_RISCV_FLUSH_ICACHE_LOCAL
        return -EINVAL
    return 0


@syscall(123, "sched_getaffinity")
@user_call
def sys_sched_getaffinity(kernel, task, pid, length, mask_ptr, *_):
    pid = signed(pid, 32)
    target = task if pid == 0 else kernel.tasks.get(pid)
    if target is None or target.pid == 1:
        return -ESRCH
    if length < 8 or length & 7:
        return -EINVAL
    copy_out(task, mask_ptr, struct.pack("<Q", 1))  # one hart: CPU 0
    return 8


@syscall(168, "getcpu")
@user_call
def sys_getcpu(kernel, task, cpu_ptr, node_ptr, *_):
    if cpu_ptr:
        copy_out(task, cpu_ptr, struct.pack("<I", 0))
    if node_ptr:
        copy_out(task, node_ptr, struct.pack("<I", 0))
    return 0


@syscall(148, "getresuid")
@user_call
def sys_getresuid(kernel, task, ruid, euid, suid, *_):
    for pointer in (ruid, euid, suid):
        copy_out(task, pointer, struct.pack("<I", task.uid))
    return 0


@syscall(150, "getresgid")
@user_call
def sys_getresgid(kernel, task, rgid, egid, sgid, *_):
    for pointer in (rgid, egid, sgid):
        copy_out(task, pointer, struct.pack("<I", task.gid))
    return 0
