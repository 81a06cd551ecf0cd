"""Stand-ins for the kernel, a task and its address space, for testing the file system alone.

FakeMM is a flat user memory at [BASE, BASE + SIZE); any access outside raises EFault, as the real
AddressSpace's copy_in/copy_out/read_cstring do for bad pointers.
"""
from __future__ import annotations

import struct

from pagelab.kernel.cmdline import parse_cmdline
from pagelab.kernel.kernel import KernelConfig
from pagelab.kernel.proc import PidAllocator, Task
from pagelab.kernel.sysctl import SYSCTL_DEFAULTS
from pagelab.kernel.fs.vfs import FileSystem
from pagelab.kernel.syscalls import SYSCALLS
import pagelab.kernel.sys_fs  # noqa: F401  (registers the file system calls)

BASE = 0x10000
SIZE = 1 << 20
MASK64 = (1 << 64) - 1


class EFault(Exception):
    pass


class FakeMM:
    task_size = 1 << 47                  # the user address-space limit (access_ok)

    def __init__(self):
        self.mem = bytearray(SIZE)
        self.top = BASE

    def _check(self, va, n):
        if va < BASE or va + n > BASE + SIZE:
            raise EFault(hex(va))

    def copy_in(self, va, n):
        self._check(va, n)
        return bytes(self.mem[va - BASE:va - BASE + n])

    def copy_out(self, va, data):
        self._check(va, len(data))
        self.mem[va - BASE:va - BASE + len(data)] = data

    def read_cstring(self, va, limit):
        out = bytearray()
        while len(out) < limit:
            self._check(va + len(out), 1)
            b = self.mem[va - BASE + len(out)]
            if b == 0:
                return bytes(out)
            out.append(b)
        return bytes(out)

    def alloc(self, data=b"", size=None) -> int:
        """Place `data` (or `size` zero bytes) in user memory; returns its address."""
        size = len(data) if size is None else size
        va = self.top
        self.top += (size + 15) & ~15 or 16
        self.copy_out(va, data)
        return va


class FakeTask(Task):
    """A real kernel Task (every field procfs and the system calls read), with a flat FakeMM."""

    def __init__(self, fs, pid=1):
        super().__init__(pid=pid, ppid=0, comm="test", files=fs.stdio_table(), mm=FakeMM(),
                         argv=["test"], pgid=pid, sid=pid)
        self.blocked_on = None

    def block_on(self, waitable):
        super().block_on(waitable)
        self.blocked_on = waitable


class FakeKernel:
    def __init__(self, root=None, programs_dir=None, populate_bin=False, console_out=None):
        from pagelab.kernel.fs.devices import Console
        self.output = bytearray() if console_out is None else console_out
        self.tasks = {}
        self.woken = []
        self.signals = []
        self.lines = []
        # what procfs reads of a kernel (kernel/fs/procfs.py ProcKernel)
        self.config = KernelConfig()
        self.sysctl = dict(SYSCTL_DEFAULTS)
        self.pids = PidAllocator()
        self.cmdline = parse_cmdline("")
        self.idle_ns = 0
        self.current = None
        self.changed_sysctls = []
        # what the file-system calls use when there is memory management (none here)
        self.page_cache = None
        self.flusher = None
        self.physmem = None
        self.timers = []
        self.charged = 0
        console = Console(writer=self.output.extend, reader=lambda n: b"")
        self.fs = FileSystem(self, root=root, programs_dir=programs_dir, console=console,
                             populate_bin=populate_bin)

    def log(self, line):
        self.lines.append(line)

    def add_timer(self, task):
        self.timers.append(task)

    def charge(self, cycles, task=None):
        self.charged += cycles

    def cycles_to_ns(self, cycles):
        return cycles

    def sysctl_changed(self, name):
        self.changed_sysctls.append(name)

    def wake(self, waitable):
        self.woken.append(waitable)

    def send_signal(self, task, signo, code=0, addr=0, pid=0):
        self.signals.append((task.pid, signo))

    def now_ns(self):
        return 1_500_000_000

    def new_task(self, pid=1):
        task = FakeTask(self.fs, pid)
        self.tasks[pid] = task
        return task

    def call(self, task, name, *args):
        """Invoke a registered system call by name; returns the (signed) result."""
        entry = next(e for e in SYSCALLS.values() if e.name == name)
        regs = [a & MASK64 for a in args] + [0] * (6 - len(args))
        return entry.handler(self, task, *regs)


def s(task, text) -> int:
    """A NUL-terminated string in the task's memory."""
    if isinstance(text, str):
        text = text.encode()
    return task.mm.alloc(text + b"\0")


def unpack_stat(data: bytes) -> dict:
    fields = struct.unpack("<QQIIIIQQqiiqqqqqqqII", data)
    names = ["dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "pad1", "size", "blksize",
             "pad2", "blocks", "atime", "atime_nsec", "mtime", "mtime_nsec", "ctime",
             "ctime_nsec", "unused4", "unused5"]
    return dict(zip(names, fields))


def parse_dirents(data: bytes) -> list:
    out, off = [], 0
    while off < len(data):
        ino, doff, reclen, dtype = struct.unpack_from("<QqHB", data, off)
        name = data[off + 19:off + reclen].split(b"\0")[0].decode()
        out.append((name, ino, dtype, doff))
        off += reclen
    return out
