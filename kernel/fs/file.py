"""Open file descriptions and the per-process descriptor table.

Linux's three levels, kept apart here as there:

    fd (small int, per process)  ──▶  OpenFile (file description: offset, status flags)  ──▶  Inode
         FdTable, with FD_CLOEXEC          shared by dup() and by fork()

An `OpenFile` is reference counted: dup, dup3, fcntl(F_DUPFD) and fork add references, close drops
one, and when the last is gone the inode's `release` runs (a pipe end closes, waking the other side).
"""
from __future__ import annotations

from .. import errno as E

# open flags (asm-generic/fcntl.h; riscv64 uses the generic values)
O_ACCMODE = 0o3
O_RDONLY = 0o0
O_WRONLY = 0o1
O_RDWR = 0o2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DSYNC = 0o10000
O_DIRECT = 0o40000
O_LARGEFILE = 0o100000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_PATH = 0o10000000

# Flags F_SETFL may change (fs/fcntl.c SETFL_MASK, less the ones pagelab has no use for).
SETFL_MASK = O_APPEND | O_NONBLOCK | O_DIRECT | O_NOATIME

RLIMIT_NOFILE = 1024         # soft limit on descriptors per process (Linux's default)


class OpenFile:
    """A file description: what open() creates and dup()/fork() share."""

    def __init__(self, inode, flags: int, path: str = ""):
        self.inode = inode
        self.flags = flags & ~O_CLOEXEC      # FD_CLOEXEC belongs to the descriptor, not here
        self.pos = 0
        self.path = path                     # guest path at open time (maps, /proc/<pid>/fd)
        self.refs = 0
        self.dir_entries = None              # getdents64 snapshot, taken at offset 0
        self.snapshot = b""                  # a generated file's text (procfs, sysfs) at open
        self.write_access = False            # holds the inode's write access (ETXTBSY)
        self.filp = None                     # (cache, handle) of its `filp` slab object

    def account(self, slabs) -> None:
        """Charge this description to the kernel's `filp` slab cache (mm/slab.py), as Linux
        allocates every struct file from it; the object goes back with the last reference."""
        cache = slabs.cache("filp")
        handle = cache.alloc()
        if handle is not None:
            self.filp = (cache, handle)

    @property
    def readable(self) -> bool:
        return self.flags & O_ACCMODE in (O_RDONLY, O_RDWR) and not self.flags & O_PATH

    @property
    def writable(self) -> bool:
        return self.flags & O_ACCMODE in (O_WRONLY, O_RDWR) and not self.flags & O_PATH

    def get(self) -> "OpenFile":
        self.refs += 1
        return self

    def put(self) -> None:
        self.refs -= 1
        if self.refs == 0:
            if self.write_access:
                self.write_access = False
                self.inode.put_write_access()
            if self.filp is not None:
                cache, handle = self.filp
                self.filp = None
                cache.free(handle)
            self.inode.release(self)

    # mm's PageCache and exec see the inode through the description
    def __repr__(self) -> str:
        return f"<OpenFile {self.path or type(self.inode).__name__} flags={self.flags:#o} pos={self.pos}>"


class FdTable:
    """Per-process descriptors: fd -> (OpenFile, close-on-exec)."""

    def __init__(self, limit: int = RLIMIT_NOFILE):
        self.fds: dict[int, list] = {}       # fd -> [OpenFile, cloexec]
        self.limit = limit
        # The file-creation mask.  Linux keeps it in fs_struct beside cwd; it lives here because
        # it has the same life as this table: copied on fork, kept across exec.
        self.umask = 0o022

    def __contains__(self, fd: int) -> bool:
        return fd in self.fds

    def get(self, fd: int):
        """The OpenFile behind `fd`, or None (the caller returns -EBADF)."""
        entry = self.fds.get(fd)
        return entry[0] if entry else None

    def cloexec(self, fd: int) -> bool:
        return self.fds[fd][1]

    def set_cloexec(self, fd: int, value: bool) -> None:
        self.fds[fd][1] = bool(value)

    def lowest_free(self, start: int = 0) -> int:
        fd = max(start, 0)
        while fd in self.fds:
            fd += 1
        return fd if fd < self.limit else -E.EMFILE

    def install(self, file: OpenFile, cloexec: bool = False, start: int = 0) -> int:
        """Give `file` the lowest free descriptor >= start; returns it, or -EMFILE."""
        fd = self.lowest_free(start)
        if fd < 0:
            return fd
        self.fds[fd] = [file.get(), bool(cloexec)]
        return fd

    def install_at(self, fd: int, file: OpenFile, cloexec: bool = False) -> int:
        """dup3 semantics: put `file` at `fd`, silently closing what was there."""
        if not 0 <= fd < self.limit:
            return -E.EBADF
        file.get()
        old = self.fds.get(fd)
        self.fds[fd] = [file, bool(cloexec)]
        if old:
            old[0].put()
        return fd

    def close(self, fd: int) -> int:
        entry = self.fds.pop(fd, None)
        if entry is None:
            return -E.EBADF
        entry[0].put()
        return 0

    def fork(self) -> "FdTable":
        """The child's table: the same descriptions, shared (offsets move together)."""
        child = FdTable(self.limit)
        child.umask = self.umask
        for fd, (file, cloexec) in self.fds.items():
            child.fds[fd] = [file.get(), cloexec]
        return child

    def close_on_exec(self) -> None:
        for fd in [fd for fd, (_, cloexec) in self.fds.items() if cloexec]:
            self.close(fd)

    def close_all(self) -> None:
        for fd in sorted(self.fds):
            self.close(fd)

    def items(self):
        return sorted((fd, entry[0]) for fd, entry in self.fds.items())

    @property
    def fdsize(self) -> int:
        """The 'FDSize' of /proc/<pid>/status: the descriptor array's size (64, doubling as needed)."""
        size = 64
        top = max(self.fds, default=0)
        while size <= top:
            size *= 2
        return size
