"""procfs: /proc, generated text in Linux's exact formats.

Like Linux's seq_file, a file's text is generated once, when it is opened, and kept with the open
file description: every read of that description sees one consistent snapshot, however the process
changes between reads.  `lseek` works inside the snapshot.

Files:

    /proc/meminfo vmstat slabinfo buddyinfo swaps  from the mm renderers (kernel/mm/procfs.py)
    /proc/stat uptime loadavg version cpuinfo    system-wide counters and facts
    /proc/cmdline                                the kernel command line (kernel.cmdline.text)
    /proc/sys/<a>/<b>                            the live sysctl a.b (kernel.sysctl), read/write
    /proc/self                                   symlink to the reader's pid
    /proc/mounts -> self/mounts                  the fixed mount table
    /proc/<pid>/maps smaps smaps_rollup statm    from the process's AddressSpace renderers
    /proc/<pid>/pagemap                          binary, read live (mm.pagemap_bytes)
    /proc/<pid>/status                           Linux field order; the Vm*/Rss* block from mm
    /proc/<pid>/stat                             the 52 fields of Linux's fs/proc/array.c
    /proc/<pid>/cmdline environ comm             argv / environment (NUL-separated), command name
    /proc/<pid>/fd/<n> exe                       "magic" links to an open file / the program
    /proc/<pid>/cwd root                         links to the working directory and /
    /proc/<pid>/task/<pid>/...                   the one thread: the same files

Other parts of the kernel add files with `proc.register("driver/x", render)` (the path is
relative to /proc; `render(kernel, task)` returns the text) and per-process files with
`proc.register_pid_file("oom_score", render)`.

What procfs reads, and from whom: the three Protocols below.  `ProcKernel` is what the Kernel
(kernel/kernel.py) offers, a process is a `kernel.proc.Task`, and `ProcMM` is the part of an
AddressSpace (kernel/mm/aspace.py) that /proc shows.  A task without an address space (init,
kernel threads, a zombie after exit) has `mm = None`: its maps read empty, as on Linux.
"""
from __future__ import annotations

from typing import Protocol

from .. import errno as E
from ..proc import Task, TaskState
from .inode import DEV_PROC, S_IFDIR, S_IFLNK, S_IFREG, Directory, Inode, Symlink

USER_HZ = 100
NS_PER_TICK = 1_000_000_000 // USER_HZ

STATE_NAMES = {
    "R": "R (running)", "S": "S (sleeping)", "D": "D (disk sleep)", "T": "T (stopped)",
    "t": "t (tracing stop)", "X": "X (dead)", "Z": "Z (zombie)", "P": "P (parked)",
    "I": "I (idle)",
}


class ProcMM(Protocol):
    """The address-space side: the renderers of kernel/mm/procfs.py and the layout fields."""
    total_vm: int                          # pages in VMAs
    start_code: int
    end_code: int
    start_data: int
    end_data: int
    start_brk: int
    start_stack: int
    arg_start: int
    arg_end: int
    env_start: int
    env_end: int

    @property
    def rss(self) -> int: ...              # resident pages
    def maps_text(self) -> str: ...
    def smaps_text(self) -> str: ...
    def smaps_rollup_text(self) -> str: ...
    def statm_text(self) -> str: ...
    def status_vm_text(self) -> str: ...
    def pagemap_bytes(self, offset: int, count: int, show_pfn: bool = True) -> bytes: ...
    def copy_in(self, va: int, n: int) -> bytes: ...


class ProcKernel(Protocol):
    """The kernel side: the task table, the clocks, the sysctls, the mounts."""
    tasks: dict[int, Task]
    current: Task | None                   # the task on the hart (None between tasks)
    sysctl: dict                           # live sysctls, "vm.swappiness" -> value
    idle_ns: int                           # time with every task asleep
    config: object                         # kernel.KernelConfig: mem_size, paging
    pids: object                           # proc.PidAllocator: .allocated
    fs: object                             # fs.vfs.FileSystem: .host, .hugetlbfs
    cmdline: object                        # cmdline.BootParams: .text

    def now_ns(self) -> int: ...
    def cycles_to_ns(self, cycles: int) -> int: ...
    def sysctl_changed(self, name: str) -> None: ...


class _NoMM:
    """The memory fields /proc/<pid>/stat shows for a task without an address space: zeros."""
    total_vm = rss = start_code = end_code = start_data = end_data = start_brk = 0
    start_stack = arg_start = arg_end = env_start = env_end = 0


NO_MM = _NoMM()


# --- access to the rest of the kernel ------------------------------------------------------------
def all_tasks(kernel: ProcKernel) -> list[Task]:
    return sorted(kernel.tasks.values(), key=lambda t: t.pid)


def find_task(kernel: ProcKernel, pid: int) -> Task | None:
    return kernel.tasks.get(pid)


def state_letter(task: Task) -> str:
    """The one-letter Linux state: Task.state is a TaskState whose value is the letter."""
    return task.state.value


def signal_masks(task: Task) -> tuple:
    """(pending, blocked, ignored, caught) as sigset bit masks."""
    st = task.signals
    ignored = caught = 0
    for signo, action in enumerate(st.actions):
        if signo == 0:
            continue
        if action.handler == 1:
            ignored |= 1 << (signo - 1)
        elif action.handler not in (0, 1):
            caught |= 1 << (signo - 1)
    return st.pending_mask(), st.blocked, ignored, caught


def cmdline_bytes(task: Task) -> bytes:
    """argv as the process's memory holds it (Linux reads arg_start..arg_end); zombies: empty."""
    if not task.alive:
        return b""
    mm = task.mm
    start = task.arg_start or (mm.arg_start if mm is not None else 0)
    end = task.arg_end or (mm.arg_end if mm is not None else 0)
    if mm is not None and 0 < start < end and end - start <= 1 << 20:
        try:
            return bytes(mm.copy_in(start, end - start))
        except Exception:            # an unreadable argument area reads as empty, as on Linux
            pass
    return b"".join((a if isinstance(a, bytes) else str(a).encode()) + b"\0" for a in task.argv)


# --- renderers ----------------------------------------------------------------------------------
def render_status(kernel: ProcKernel, task: Task) -> str:
    letter = state_letter(task)
    pending, blocked, ignored, caught = signal_masks(task)
    files = task.files                         # FdTable; None for a kernel thread
    fdsize = files.fdsize if files is not None else 64
    umask = files.umask if files is not None else 0o022
    pid, ppid, pgid, sid = task.pid, task.ppid, task.pgid, task.sid
    lines = [
        f"Name:\t{_comm(task)}",
        f"Umask:\t{umask:04o}",
        f"State:\t{STATE_NAMES[letter]}",
        f"Tgid:\t{pid}",
        "Ngid:\t0",
        f"Pid:\t{pid}",
        f"PPid:\t{ppid}",
        "TracerPid:\t0",
        "Uid:\t0\t0\t0\t0",
        "Gid:\t0\t0\t0\t0",
        f"FDSize:\t{fdsize}",
        "Groups:\t ",              # Linux: "Trailing space shouldn't have been added ..."
        f"NStgid:\t{pid}",
        f"NSpid:\t{pid}",
        f"NSpgid:\t{pgid}",
        f"NSsid:\t{sid}",
        f"Kthread:\t{int(task.is_kthread)}",
    ]
    text = "\n".join(lines) + "\n"
    mm = task.mm
    if letter != "Z" and mm is not None:
        vm = mm.status_vm_text()
        if vm:
            text += vm if vm.endswith("\n") else vm + "\n"
    sigq_limit = _sigpending_limit(kernel, task)
    lines = [
        "CoreDumping:\t0",
        "THP_enabled:\t1",
        "Threads:\t1",
        f"SigQ:\t{_count_pending(task)}/{sigq_limit}",
        f"SigPnd:\t{0:016x}",
        f"ShdPnd:\t{pending:016x}",
        f"SigBlk:\t{blocked:016x}",
        f"SigIgn:\t{ignored:016x}",
        f"SigCgt:\t{caught:016x}",
        "CapInh:\t0000000000000000",
        "CapPrm:\t000001ffffffffff",
        "CapEff:\t000001ffffffffff",
        "CapBnd:\t000001ffffffffff",
        "CapAmb:\t0000000000000000",
        "NoNewPrivs:\t0",
        "Seccomp:\t0",
        "Seccomp_filters:\t0",
        "Speculation_Store_Bypass:\tunknown",
        "SpeculationIndirectBranch:\tunknown",
        "Cpus_allowed:\t1",
        "Cpus_allowed_list:\t0",
        "Mems_allowed:\t1",
        "Mems_allowed_list:\t0",
        f"voluntary_ctxt_switches:\t{task.nvcsw}",
        f"nonvoluntary_ctxt_switches:\t{task.nivcsw}",
    ]
    return text + "\n".join(lines) + "\n"


def _comm(task: Task) -> str:
    return task.comm[:15]


def _count_pending(task: Task) -> int:
    return len(task.signals.pending)


def _sigpending_limit(kernel: ProcKernel, task: Task) -> int:
    """RLIMIT_SIGPENDING: the task's soft limit (its default, from proc.default_rlimits, is
    Linux's: max_threads / 2, with max_threads = RAM pages / 32 for 16 KiB kernel stacks)."""
    return int(task.rlimits[11][0])


PF_EXITING = 0x4
PF_RANDOMIZE = 0x400000


def _pf_flags(kernel: ProcKernel, task: Task, zombie: bool) -> int:
    """Field 9: PF_RANDOMIZE when exec randomised the layout (kernel.randomize_va_space),
    PF_EXITING once the task is dead.  A kernel thread shows its own flags (PF_KTHREAD, and
    PF_KSWAPD for kswapd0: kernel/proc.py)."""
    if task.is_kthread:
        return task.pf_flags
    flags = PF_RANDOMIZE if kernel.sysctl["kernel.randomize_va_space"] else 0
    return flags | (PF_EXITING if zombie else 0)


def render_stat(kernel: ProcKernel, task: Task) -> str:
    zombie = not task.alive
    m = task.mm if task.mm is not None and not zombie else NO_MM   # zombie: zeros, as on Linux
    pending, blocked, ignored, caught = signal_masks(task)

    def ticks(cycles: int) -> int:
        """A CPU-time counter (cycles on the kernel's cost-model clock) in clock ticks."""
        return kernel.cycles_to_ns(cycles) // NS_PER_TICK


    fields = [
        task.pid, f"({_comm(task)})", state_letter(task), task.ppid, task.pgid, task.sid,
        0, -1,                                            # tty_nr, tpgid
        _pf_flags(kernel, task, zombie),
        task.min_flt, task.cmin_flt, task.maj_flt, task.cmaj_flt,
        ticks(task.user_cycles), ticks(task.sys_cycles),
        ticks(task.child_cycles), ticks(task.child_sys_cycles),
        20, 0, 1, 0,                                      # priority, nice, num_threads, itrealvalue
        task.start_ns // NS_PER_TICK,
        m.total_vm * 4096, m.rss,
        (1 << 64) - 1,                                    # rsslim: RLIM_INFINITY
        m.start_code, m.end_code, m.start_stack,
        0, 0,                                             # kstkesp, kstkeip
        pending, blocked, ignored, caught,
        0, 0, 0,                                          # wchan, nswap, cnswap
        17, 0, 0, 0, 0, 0, 0,                             # exit_signal .. cguest_time
        m.start_data, m.end_data, m.start_brk,
        m.arg_start, m.arg_end, m.env_start, m.env_end,
        task.exit_code if zombie else 0,
    ]
    assert len(fields) == 52
    return " ".join(str(f) for f in fields) + "\n"


def render_statm(kernel: ProcKernel, task: Task) -> str:
    if task.mm is None or state_letter(task) == "Z":
        return "0 0 0 0 0 0 0\n"                        # no mm: Linux prints zeros
    return task.mm.statm_text()


def render_maps(kernel: ProcKernel, task: Task) -> str:
    return task.mm.maps_text() if task.mm is not None and task.alive else ""


def render_smaps(kernel: ProcKernel, task: Task) -> str:
    return task.mm.smaps_text() if task.mm is not None and task.alive else ""


def render_smaps_rollup(kernel: ProcKernel, task: Task) -> str | None:
    """A task without an mm (a kernel thread) has no smaps_rollup: reading it fails (ENOENT)."""
    if not task.alive:
        return ""
    return task.mm.smaps_rollup_text() if task.mm is not None else None


def render_uptime(kernel: ProcKernel, task) -> str:
    return f"{kernel.now_ns() / 1e9:.2f} {kernel.idle_ns / 1e9:.2f}\n"


def render_loadavg(kernel: ProcKernel, task) -> str:
    tasks = all_tasks(kernel)
    running = sum(1 for t in tasks if state_letter(t) == "R")
    last = max((t.pid for t in tasks), default=0)
    return f"0.00 0.00 0.00 {running}/{len(tasks)} {last}\n"


def render_proc_stat(kernel, task) -> str:
    """/proc/stat: CPU time in clock ticks (one hart), context switches, boot time, processes.

    Every cycle of guest time is in exactly one place: a task's own counters, or the
    child_* counters of the parent that reaped it (init included), so the sums over the task
    table are the totals since boot."""
    from pagelab.kernel.kernel import REALTIME_EPOCH_NS
    tasks = all_tasks(kernel)
    user = kernel.cycles_to_ns(sum(t.user_cycles + t.child_cycles for t in tasks))
    system = kernel.cycles_to_ns(sum(t.sys_cycles + t.child_sys_cycles for t in tasks))
    cpu = (f"{user // NS_PER_TICK} 0 {system // NS_PER_TICK} {kernel.idle_ns // NS_PER_TICK}"
           " 0 0 0 0 0 0")
    btime = REALTIME_EPOCH_NS // 1_000_000_000
    forks = kernel.pids.allocated
    switches = sum(t.nvcsw + t.nivcsw for t in tasks)
    running = sum(1 for t in tasks if t.pid != 1 and state_letter(t) == "R")
    lines = [f"cpu  {cpu}", f"cpu0 {cpu}", "intr 0",
             f"ctxt {switches}", f"btime {btime}", f"processes {forks}",
             f"procs_running {max(running, 1)}", "procs_blocked 0",
             "softirq 0 0 0 0 0 0 0 0 0 0 0"]
    return "\n".join(lines) + "\n"


def render_cpuinfo(kernel, task) -> str:
    """One hart, in riscv's format (arch/riscv/kernel/cpu.c show_cpuinfo, 6.1)."""
    paging = kernel.config.paging
    return f"processor\t: 0\nhart\t\t: 0\nisa\t\t: rv64imac\nmmu\t\t: {paging}\n\n"


def render_mounts(kernel, task) -> str:
    """/proc/<pid>/mounts (and /proc/mounts): pagelab's fixed mount table, fstab format."""
    fs = kernel.fs
    root = "hostfs / hostfs rw,relatime 0 0" if fs.host is not None else "rootfs / rootfs rw 0 0"
    return "\n".join([root,
                      "binfs /bin tmpfs ro,relatime 0 0",
                      "devtmpfs /dev devtmpfs rw,relatime 0 0",
                      "tmpfs /dev/shm tmpfs rw,nosuid,nodev 0 0",
                      *_hugetlbfs_mounts(fs),
                      "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0",
                      "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0",
                      "tmpfs /tmp tmpfs rw,nosuid,nodev,relatime 0 0"]) + "\n"


def _hugetlbfs_mounts(fs) -> list[str]:
    """The hugetlbfs on /dev/hugepages (kernel/fs/hugetlbfs.py), when the kernel mounted one."""
    mount = fs.hugetlbfs
    if mount is None:
        return []
    size = mount.h.size
    pagesize = f"{size >> 30}G" if size >= 1 << 30 else f"{size >> 20}M"
    return [f"hugetlbfs /dev/hugepages hugetlbfs rw,relatime,pagesize={pagesize} 0 0"]


def render_cmdline(kernel, task) -> str:
    """/proc/cmdline: the kernel command line (`pagelab run --cmdline`) and a newline."""
    return kernel.cmdline.text + "\n"


def render_version(kernel, task) -> str:
    """Linux's banner, with uname's release and version (sys_proc.UTS_*)."""
    from pagelab.kernel.sys_proc import UTS_RELEASE, UTS_VERSION
    return f"Linux version {UTS_RELEASE} (pagelab@pagelab) (Python) {UTS_VERSION}\n"


# --- inodes -------------------------------------------------------------------------------------
class ProcFile(Inode):
    """A generated file.  `render(kernel, task)` -> str/bytes (None: the file does not exist)."""

    dev = DEV_PROC

    def __init__(self, proc, render, task_pid=None, mode=S_IFREG | 0o444):
        super().__init__(mode)
        proc.fs_numbers(self)
        self.proc = proc
        self.render = render
        self.task_pid = task_pid

    @property
    def size(self) -> int:
        return 0            # procfs files report size 0; the text exists only once opened

    # What write() gives: files of a process have a seq_file without a write method (EINVAL);
    # system files made with proc_create_single have no proc_write (EIO).  Opening for writing
    # succeeds, as it does for root on Linux.
    write_errno = E.EINVAL

    def open(self, f) -> int:
        kernel = self.proc.fs.kernel
        task = None
        if self.task_pid is not None:
            task = find_task(kernel, self.task_pid)
            if task is None:
                return -E.ESRCH
        text = self.render(kernel, task)
        if text is None:
            return -E.ENOENT
        f.snapshot = text.encode() if isinstance(text, str) else bytes(text)
        return 0

    def read(self, f, count: int):
        data = f.snapshot[f.pos:f.pos + count]
        f.pos += len(data)
        return data

    def write(self, f, data):
        return -self.write_errno

    def stat(self):
        st = super().stat()
        st.blksize = 1024
        st.blocks = 0
        return st


class OomScoreAdjFile(ProcFile):
    """/proc/<pid>/oom_score_adj: read and written (the mm's oom.py checks the value)."""

    def __init__(self, proc, task_pid):
        from pagelab.kernel.mm.oom import oom_score_adj_text
        super().__init__(proc, oom_score_adj_text, task_pid, S_IFREG | 0o644)

    def open(self, f) -> int:
        if f.writable:
            f.snapshot = b""
            return 0 if find_task(self.proc.fs.kernel, self.task_pid) is not None else -E.ESRCH
        return super().open(f)

    def write(self, f, data):
        from pagelab.kernel.mm.oom import set_oom_score_adj
        kernel = self.proc.fs.kernel
        task = find_task(kernel, self.task_pid)
        if task is None:
            return -E.ESRCH
        err = set_oom_score_adj(kernel, task, kernel.current,
                                bytes(data).decode("ascii", "replace"))
        if err < 0:
            return err
        f.pos += len(data)
        return len(data)


class PagemapFile(ProcFile):
    """/proc/<pid>/pagemap: binary, one 64-bit entry per virtual page (Linux's
    Documentation/admin-guide/mm/pagemap.rst; the mm's `pagemap_bytes(offset, count,
    show_pfn)` makes them).  Not a snapshot: each read looks at
    the page tables as they are.  Reads must be 8-byte aligned in offset and length (EINVAL);
    the reader seeks to (va / 4096) * 8."""

    def __init__(self, proc, task_pid):
        super().__init__(proc, lambda kernel, task: b"", task_pid)

    def open(self, f) -> int:
        task = find_task(self.proc.fs.kernel, self.task_pid)
        if task is not None and task.mm is None and task.alive:
            return -E.ENOENT             # a kernel thread: no pagemap (Linux: ENOENT)
        return super().open(f)

    def read(self, f, count: int):
        if f.pos % 8 or count % 8:
            return -E.EINVAL
        task = find_task(self.proc.fs.kernel, self.task_pid)
        if task is None or task.mm is None or not task.alive:
            return b""
        data = bytes(task.mm.pagemap_bytes(f.pos, count, True))
        f.pos += len(data)
        return data


class ProcSymlink(Symlink):
    """A link whose text is computed per reader.  With `follow_fn` it is a "magic" link: path
    resolution goes straight to the inode follow_fn(task) returns (fd/N, exe), so it reaches
    pipes and deleted files too."""
    dev = DEV_PROC

    def __init__(self, target_fn, follow_fn=None):
        super().__init__()
        self.target_fn = target_fn
        if follow_fn is not None:
            self.follow = follow_fn

    link_size = 0

    def readlink(self, task) -> str:
        return self.target_fn(task)

    @property
    def size(self) -> int:
        return self.link_size

    def stat(self):
        st = super().stat()
        st.blksize, st.blocks = 1024, 0
        return st


class _NoNewNames:
    """procfs directories: looking up a name that does not exist fails (ENOENT), so creating
    one (open O_CREAT, mkdir, symlink) fails with ENOENT too, as on Linux."""

    def create(self, name, mode):
        return -E.ENOENT

    def mkdir(self, name, mode):
        return -E.ENOENT

    def symlink(self, name, target):
        return -E.ENOENT


class ProcDir(_NoNewNames, Directory):
    dev = DEV_PROC
    mode = S_IFDIR | 0o555

    def __init__(self, children_fn):
        super().__init__()
        self.children_fn = children_fn

    def stat(self):
        st = super().stat()
        st.blksize = 1024
        return st

    def entries(self):
        return self.children_fn()

    def lookup(self, name):
        for child_name, inode in self.entries():
            if child_name == name:
                return inode
        return None


def environ_bytes(task: Task) -> bytes:
    """The environment strings as the process's memory holds them (env_start..env_end)."""
    mm = task.mm
    if not task.alive or mm is None:
        return b""
    start, end = mm.env_start, mm.env_end
    if not 0 < start < end or end - start > 1 << 20:
        return b""
    try:
        return bytes(mm.copy_in(start, end - start))
    except Exception:
        return b""


class SysctlFile(ProcFile):
    """/proc/sys/<a>/<b>: the kernel's live sysctl `a.b` (kernel.sysctl).  Reading gives the
    value and a newline; writing sets it, checked against the sysctl table (kernel/sysctl.py:
    -EINVAL for a value Linux refuses, read-only entries are mode 0444), then calls
    `kernel.sysctl_changed(name)` if the kernel has it, so the owner can act (vm.drop_caches
    drops clean unmapped page-cache pages, as `echo 1 > drop_caches` does)."""

    def __init__(self, proc, name: str):
        from pagelab.kernel.sysctl import BY_NAME
        entry = BY_NAME.get(name)
        if name == "vm.drop_caches":
            mode = S_IFREG | 0o200
        else:
            mode = S_IFREG | (0o644 if entry is None or entry.writable else 0o444)
        super().__init__(proc, lambda kernel, task: _sysctl_text(kernel, name), None, mode)
        self.name = name

    def open(self, f) -> int:
        if f.writable:
            if not self.mode & 0o200:
                return -E.EACCES
            f.snapshot = b""
            return 0
        return super().open(f)

    def truncate(self, size: int) -> int:
        """O_TRUNC (the shell's `echo 2 > /proc/sys/vm/...`): accepted and ignored, as Linux's
        proc_sys_setattr does."""
        return 0

    def write(self, f, data):
        from pagelab.kernel.sysctl import SysctlError, parse_sysctl, set_sysctl
        kernel = self.proc.fs.kernel
        table = kernel.sysctl
        text = bytes(data).decode("utf-8", "replace")
        if isinstance(table.get(self.name), str):
            text = text.split("\n")[0]                 # proc_dostring stops at a newline
        else:
            text = (text.split() or [""])[0]           # one integer per file: the first word
        try:
            value = parse_sysctl(self.name, text)
        except SysctlError:
            return -E.EINVAL
        set_sysctl(table, self.name, value)
        kernel.sysctl_changed(self.name)
        f.pos += len(data)
        return len(data)


def _sysctl_text(kernel, name: str):
    table = kernel.sysctl
    if name not in table:
        return None
    return f"{table[name]}\n"


def _oom_score(kernel: ProcKernel, task: Task) -> str:
    from pagelab.kernel.mm.oom import oom_score_text
    return oom_score_text(kernel, task)


def _cwd(task: Task | None) -> str:
    return task.cwd if task is not None else ""


def _exe_path(task: Task | None) -> str:
    """The program's path; empty for a kernel thread or init, whose readlink fails (ENOENT)."""
    return task.exe_path if task is not None else ""


def _exe_inode(task: Task | None):
    return task.exe_inode if task is not None else None


PID_FILES = {
    "cmdline": lambda kernel, task: cmdline_bytes(task),
    "environ": lambda kernel, task: environ_bytes(task),
    "comm": lambda kernel, task: _comm(task) + "\n",
    "maps": render_maps,
    "mounts": render_mounts,
    "oom_score": _oom_score,
    "smaps": render_smaps,
    "smaps_rollup": render_smaps_rollup,
    "stat": render_stat,
    "statm": render_statm,
    "status": render_status,
}


def _mm_system_file(name: str):
    """A system-wide file that kernel/mm/procfs.py renders from the kernel's memory state."""
    def render(kernel: ProcKernel, task) -> str:
        from pagelab.kernel.mm import procfs as mm_procfs
        renderers = {"buddyinfo": mm_procfs.buddyinfo, "meminfo": mm_procfs.meminfo,
                     "slabinfo": mm_procfs.slabinfo, "swaps": mm_procfs.swaps,
                     "vmstat": mm_procfs.vmstat}
        return renderers[name](kernel)
    return render


SYSTEM_FILES = {
    "buddyinfo": _mm_system_file("buddyinfo"),
    "cmdline": render_cmdline,
    "cpuinfo": render_cpuinfo,
    "loadavg": render_loadavg,
    "meminfo": _mm_system_file("meminfo"),
    "slabinfo": _mm_system_file("slabinfo"),
    "stat": render_proc_stat,
    "swaps": _mm_system_file("swaps"),
    "uptime": render_uptime,
    "version": render_version,
    "vmstat": _mm_system_file("vmstat"),
}


def _fd_target(file) -> str:
    inode = file.inode
    kind = inode.mode & 0o170000
    if kind == 0o010000:
        return f"pipe:[{inode.ino}]"
    return file.path or inode.path or f"anon_inode:[{type(inode).__name__}]"


class ProcRoot(_NoNewNames, Directory):
    """/proc.  Inodes for a pid are kept while the task exists, so `stat` shows stable numbers."""

    dev = DEV_PROC
    mode = S_IFDIR | 0o555

    def __init__(self, fs):
        super().__init__()
        self.fs = fs
        self.extra: dict[str, object] = {}      # registered files: relative path -> render
        self._system = {name: ProcFile(self, fn) for name, fn in sorted(SYSTEM_FILES.items())}
        self.pid_extra: dict[str, object] = {}  # registered per-process files: name -> render
        for inode in self._system.values():
            inode.write_errno = E.EIO
        self._self = self.fs_numbers(ProcSymlink(self._self_target))
        self._mounts = self.fs_numbers(ProcSymlink(lambda task: "self/mounts"))
        self._pid_dirs: dict[int, tuple] = {}   # pid -> (task, ProcDir)
        self._extra_dirs: dict[str, ProcDir] = {}
        self._sysctl_files: dict[str, ProcFile] = {}
        self._sysctl_dirs: dict[str, ProcDir] = {}

    def _self_target(self, task) -> str:
        """/proc/self: the reader's pid.  A kernel-side lookup (exec) passes no task: then the
        task running on the hart is the reader."""
        if task is None:
            task = self.fs.kernel.current
        return str(task.pid) if task is not None else ""

    def fs_numbers(self, inode):
        """Give a procfs inode its number from the file system's counter (if there is one yet)."""
        self.fs.numbers.assign(inode)
        return inode

    def register_pid_file(self, name: str, render) -> None:
        """Add /proc/<pid>/<name> for every process (render(kernel, task) -> text), e.g. the
        OOM killer's oom_score."""
        self.pid_extra[name] = render
        self._pid_dirs.clear()

    def register(self, path: str, render) -> None:
        """Add /proc/<path> (render(kernel, task) -> text).  Intermediate directories appear."""
        self.extra[path.strip("/")] = ProcFile(self, render)

    def _extra_entries(self, prefix: str):
        """Entries of a registered directory `prefix` ('' = /proc itself)."""
        names = {}
        for path, inode in self.extra.items():
            if prefix and not path.startswith(prefix + "/"):
                continue
            rest = path[len(prefix) + 1:] if prefix else path
            head, _, tail = rest.partition("/")
            if tail:
                sub = f"{prefix}/{head}" if prefix else head
                if head not in names:
                    names[head] = self._extra_dirs.get(sub) or self._extra_dirs.setdefault(
                        sub, self.fs_numbers(ProcDir(lambda sub=sub: self._extra_entries(sub))))
            else:
                names[head] = inode
        return sorted(names.items())

    def _pid_dir(self, task):
        cached = self._pid_dirs.get(task.pid)
        if cached is not None and cached[0] is task:
            return cached[1]
        pid = task.pid
        files = {name: ProcFile(self, fn, pid)
                 for name, fn in {**PID_FILES, **self.pid_extra}.items()}
        files["pagemap"] = PagemapFile(self, pid)
        files["oom_score_adj"] = OomScoreAdjFile(self, pid)
        fd_links: dict[int, ProcSymlink] = {}

        def fd_entries():
            t = find_task(self.fs.kernel, pid)
            files_table = t.files if t is not None else None
            if files_table is None:
                return []
            result = []
            for fd, file in files_table.items():
                link = fd_links.get(fd)
                if link is None or link.file is not file:
                    link = self.fs_numbers(ProcSymlink(lambda _task, file=file: _fd_target(file),
                                                       lambda _task, file=file: file.inode))
                    link.file = file
                    # lr-x / l-wx / lrwx by the descriptor's access mode; Linux reports size 64
                    link.mode = S_IFLNK | 0o100 | (0o400 if file.readable else 0) | \
                        (0o200 if file.writable else 0)
                    link.link_size = 64
                    fd_links[fd] = link
                result.append((str(fd), link))
            return result

        fd_dir = self.fs_numbers(ProcDir(fd_entries))
        fd_dir.mode = S_IFDIR | 0o500

        def current():
            return find_task(self.fs.kernel, pid)

        links = {
            "cwd": ProcSymlink(lambda _task: _cwd(current())),
            "exe": ProcSymlink(lambda _task: _exe_path(current()),
                               lambda _task: _exe_inode(current())),
            "root": ProcSymlink(lambda _task: "/"),
        }
        for link in links.values():
            link.mode = S_IFLNK | 0o777
            self.fs_numbers(link)

        def thread_entries():
            return sorted([("fd", fd_dir)] + list(files.items()) + list(links.items()))

        # /proc/<pid>/task/<tid>: pagelab's processes have one thread, tid == pid, whose files
        # are the process's own
        thread_dir = self.fs_numbers(ProcDir(thread_entries))
        task_dir = self.fs_numbers(ProcDir(lambda: [(str(pid), thread_dir)]))

        def entries():
            return sorted(thread_entries() + [("task", task_dir)])

        directory = self.fs_numbers(ProcDir(entries))
        self._pid_dirs[pid] = (task, directory)
        return directory

    def entries(self):
        result = sorted(self._system.items()) + [("mounts", self._mounts), ("self", self._self),
                                                 ("sys", self._sys_dir())]
        result += [item for item in self._extra_entries("") if item[0] not in self._system]
        live = all_tasks(self.fs.kernel)
        for pid in [p for p in self._pid_dirs if p not in {t.pid for t in live}]:
            del self._pid_dirs[pid]
        result += [(str(t.pid), self._pid_dir(t)) for t in live]
        return result

    def _sysctl_entries(self, prefix: str):
        """The /proc/sys directory for dotted `prefix` ('' = /proc/sys itself)."""
        table = self.fs.kernel.sysctl
        names = {}
        for key in sorted(table):
            parts = key.split(".")
            depth = len(prefix.split(".")) if prefix else 0
            if prefix and parts[:depth] != prefix.split("."):
                continue
            if len(parts) == depth + 1:
                inode = self._sysctl_files.get(key)
                if inode is None:
                    inode = self._sysctl_files[key] = SysctlFile(self, key)
                names[parts[depth]] = inode
            elif len(parts) > depth + 1:
                sub = ".".join(parts[:depth + 1])
                if sub not in self._sysctl_dirs:
                    self._sysctl_dirs[sub] = self.fs_numbers(
                        ProcDir(lambda sub=sub: self._sysctl_entries(sub)))
                names[parts[depth]] = self._sysctl_dirs[sub]
        return sorted(names.items())

    def _sys_dir(self):
        if "" not in self._sysctl_dirs:
            self._sysctl_dirs[""] = self.fs_numbers(ProcDir(lambda: self._sysctl_entries("")))
        return self._sysctl_dirs[""]

    def lookup(self, name):
        if name == "mounts":
            return self._mounts
        if name == "sys":
            return self._sys_dir()
        if name == "self":
            return self._self
        if name in self._system:
            return self._system[name]
        if name.isdigit() and not (len(name) > 1 and name.startswith("0")):
            task = find_task(self.fs.kernel, int(name))
            return self._pid_dir(task) if task is not None else None
        for child, inode in self._extra_entries(""):
            if child == name:
                return inode
        return None

    @property
    def size(self) -> int:
        return 0

    def stat(self):
        st = super().stat()
        st.blksize = 1024
        return st
