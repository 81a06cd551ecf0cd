"""Character devices: /dev/null, /dev/zero, /dev/full and the console behind fds 0, 1 and 2.

Character devices are not seekable in the sense that matters (lseek succeeds and does nothing, as on
Linux for /dev/null and /dev/zero); their `rdev` identifies them in `stat` (major 1 = mem devices).
"""
from __future__ import annotations

from .. import errno as E
from . import hostfs
from .inode import DEV_DEVTMPFS, S_IFCHR, Inode, Stat

# (major, minor) as on Linux: drivers/char/mem.c, tty.
RDEV_NULL = (1, 3)
RDEV_ZERO = (1, 5)
RDEV_FULL = (1, 7)
RDEV_CONSOLE = (5, 1)


class CharDevice(Inode):
    dev = DEV_DEVTMPFS
    rdev = (0, 0)

    def __init__(self, mode: int = S_IFCHR | 0o666):
        super().__init__(mode)

    def stat(self) -> Stat:
        st = super().stat()
        st.rdev = self.rdev
        st.size = 0
        st.blocks = 0
        return st


class NullDevice(CharDevice):
    """/dev/null: reads see end of file, writes vanish."""
    rdev = RDEV_NULL
    discards_writes = True       # write() returns the count without reading the buffer (Linux)

    def read(self, f, count):
        return b""

    def write(self, f, data):
        return len(data)


class ZeroDevice(CharDevice):
    """/dev/zero: reads give zero bytes, writes vanish.  (mmap of it is anonymous memory.)"""
    discards_writes = True
    rdev = RDEV_ZERO

    def read(self, f, count):
        return bytes(min(count, 1 << 20))

    def write(self, f, data):
        return len(data)

    def read_page(self, index):
        return bytes(4096)


class FullDevice(CharDevice):
    """/dev/full: reads give zeros, writes fail with ENOSPC."""
    rdev = RDEV_FULL

    def read(self, f, count):
        return bytes(min(count, 1 << 20))

    def write(self, f, data):
        return -E.ENOSPC


class Console(CharDevice):
    """The terminal of `pagelab run`: guest reads come from `reader(count) -> bytes`, guest writes
    go to `writer(bytes)`.  The defaults use the host's own stdin and stdout.

    Not a tty for ioctl purposes (TCGETS gives ENOTTY), like a program whose output is piped — so
    a program behaves the same here as under a test harness that captures qemu's output."""
    rdev = RDEV_CONSOLE

    def __init__(self, writer=None, reader=None, mode: int = S_IFCHR | 0o620, host_fd=None):
        super().__init__(mode)
        self.writer = writer or _host_stdout_writer
        self.reader = reader or _host_stdin_reader
        self.host_fd = host_fd          # the host descriptor this end stands for, if any

    def stat(self) -> Stat:
        """A terminal by default.  When the console stands for a host descriptor, its file type
        is that descriptor's (a pipe when pagelab's output is piped, as under a test harness),
        so a program that fstat()s its stdout sees what it would see under qemu-riscv64."""
        st = super().stat()
        if self.host_fd is not None:
            kind = hostfs.console_kind(self.host_fd)
            if kind == 0o010000:                      # FIFO
                st.mode, st.rdev, st.blksize = kind | 0o600, (0, 0), 4096
            elif kind in (0o100000, 0o140000):       # regular file, socket
                st.mode, st.rdev = kind | 0o644, (0, 0)
        return st

    def read(self, f, count):
        try:
            return self.reader(count)
        except (OSError, ValueError):
            return -E.EIO

    def write(self, f, data):
        try:
            self.writer(bytes(data))
        except BrokenPipeError:
            return -E.EPIPE
        except (OSError, ValueError):        # the host stream is gone or closed
            return -E.EIO
        return len(data)


def _host_stdout_writer(data: bytes) -> None:
    hostfs.console_write(1, data)


def _host_stdin_reader(count: int) -> bytes:
    return hostfs.console_read(count)


class StderrConsole(Console):
    """The same terminal, but writing to the host's stderr (fd 2)."""

    def __init__(self, writer=None, reader=None, host_fd=None):
        super().__init__(writer or _host_stderr_writer, reader, host_fd=host_fd)


def _host_stderr_writer(data: bytes) -> None:
    hostfs.console_write(2, data)
