"""Pipes (pipe2): a bounded byte buffer shared by a read end and a write end.

One `Pipe` inode serves both ends; an open description's access mode says which end it is.  The pipe
counts the open read and write descriptions so that:

* a read on an empty pipe blocks while a writer exists, and sees end of file (0) once none does;
* a write with no reader fails with EPIPE (the syscall layer also sends SIGPIPE, as Linux does).

Blocking is the syscall layer's job: read/write return WOULD_BLOCK and the caller blocks the task on
the pipe; every change of state (data in, data out, an end closed) calls `wake(pipe)` so blocked
tasks re-run their system call.

Capacity is 64 KiB (Linux's default of 16 pages).  Writes of up to PIPE_BUF (4096) bytes are atomic:
they wait until the whole write fits.  `Pipe.write` takes what fits of a larger write and returns
the count; the syscall layer (sys_fs._write_stream) keeps writing and sleeping until a blocking
write is complete, as Linux does; a non-blocking write returns the short count.
"""
from __future__ import annotations

from .. import errno as E
from .inode import (DEV_PIPEFS, POLL_WAITABLE, POLLERR, POLLHUP, POLLIN, POLLOUT, POLLRDNORM,
                    POLLWRNORM, S_IFIFO, WOULD_BLOCK, Inode, Stat)

PIPE_CAPACITY = 16 * 4096
PIPE_MAX_SIZE = 1 << 20
PIPE_BUF = 4096

O_ACCMODE = 3
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2


class Pipe(Inode):
    dev = DEV_PIPEFS

    def __init__(self, wake=None):
        super().__init__(S_IFIFO | 0o600)
        self.buffer = bytearray()
        self.capacity = PIPE_CAPACITY          # F_SETPIPE_SZ changes it
        self.readers = 0
        self.writers = 0
        wake = wake or (lambda waitable: None)

        def wake_all(pipe):
            wake(pipe)
            wake(POLL_WAITABLE)
        self.wake = wake_all

    @property
    def size(self) -> int:
        return 0

    def open(self, f) -> int:
        mode = f.flags & O_ACCMODE
        if mode in (O_RDONLY, O_RDWR):
            self.readers += 1
        if mode in (O_WRONLY, O_RDWR):
            self.writers += 1
        return 0

    def release(self, f) -> None:
        mode = f.flags & O_ACCMODE
        if mode in (O_RDONLY, O_RDWR):
            self.readers -= 1
        if mode in (O_WRONLY, O_RDWR):
            self.writers -= 1
        self.wake(self)

    def read(self, f, count: int):
        if self.buffer:
            data = bytes(self.buffer[:count])
            del self.buffer[:len(data)]
            self.wake(self)                       # room for blocked writers
            return data
        if self.writers == 0 or count == 0:
            return b""
        return WOULD_BLOCK

    def write(self, f, data: bytes):
        if self.readers == 0:
            return -E.EPIPE
        if not data:
            return 0
        room = self.capacity - len(self.buffer)
        if room <= 0 or (len(data) <= PIPE_BUF and room < len(data)):
            return WOULD_BLOCK
        chunk = data[:room]
        self.buffer.extend(chunk)
        self.wake(self)                           # data for blocked readers
        return len(chunk)

    def ioctl(self, f, request: int, arg: int) -> int:
        return -E.ENOTTY

    def resize(self, size: int) -> int:
        """F_SETPIPE_SZ: a power-of-two number of pages, at least one, at most
        /proc/sys/fs/pipe-max-size (1 MiB); EBUSY if the data would not fit."""
        if size > PIPE_MAX_SIZE:
            return -E.EPERM
        pages = 1
        while pages * 4096 < size:
            pages *= 2
        new = pages * 4096
        if new < len(self.buffer):
            return -E.EBUSY
        self.capacity = new
        self.wake(self)
        return new

    def poll(self, f) -> int:
        """Linux pipe_poll: readable when data is buffered, HUP when no writer is left; writable
        while the pipe is not full, ERR when no reader is left."""
        mask = 0
        mode = f.flags & O_ACCMODE
        if mode in (O_RDONLY, O_RDWR):
            if self.buffer:
                mask |= POLLIN | POLLRDNORM
            if self.writers == 0:
                mask |= POLLHUP
        if mode in (O_WRONLY, O_RDWR):
            if len(self.buffer) + PIPE_BUF <= self.capacity:
                mask |= POLLOUT | POLLWRNORM
            if self.readers == 0:
                mask |= POLLERR
        return mask

    def stat(self) -> Stat:
        st = super().stat()
        st.blksize = 4096
        return st
