"""Inodes: the objects a path names.

Every file-system object is an `Inode`.  The VFS (vfs.py) walks directories by name; the system calls
(sys_fs.py) talk to an inode only through an open file description (file.py).  The operations an inode
may implement, each returning a value or `-errno` (never raising for guest input):

    read(f, count)  -> bytes | WOULD_BLOCK | -errno     f is the OpenFile (its `pos` for seekable files)
    write(f, data)  -> int   | WOULD_BLOCK | -errno
    truncate(size)  -> 0 | -errno
    open(f)         -> 0 | -errno                        called once when a description is created
    release(f)                                           called when the last reference is closed
    stat()          -> Stat

Directories also implement `lookup(name)`, `entries()`, `create(name, mode)`, `mkdir(name, mode)`,
`unlink(name)`, `rmdir(name)`.  Symlinks implement `readlink(task)`.

Files the page cache reads (mmap, exec) offer `ino`, `dev` (major, minor), `size`, `path`,
`read_page(index)` and `write_page(index, data)` (interfaces §6).  A kind whose `page_cached`
is True (in-memory files, host files) has its read() and write() go through the page cache
(sys_fs.py): the syscalls call `read_page` on a miss, `write_begin(index)` before dirtying a
page (0, or -ENOSPC when the file system cannot take it), `truncate(size)` to extend the file
and, at writeback, `write_page` (which may return -errno: kept in `wb_err` for fsync).

This module holds the in-memory kinds (tmpfs-like): `MemFile`, `MemDirectory`, `MemSymlink`.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from .. import errno as E

PAGE_SIZE = 4096

# st_mode file types (include/uapi/linux/stat.h)
S_IFMT = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000

# d_type values for getdents64
DT_UNKNOWN, DT_FIFO, DT_CHR, DT_DIR, DT_BLK, DT_REG, DT_LNK, DT_SOCK = 0, 1, 2, 4, 6, 8, 10, 12


def d_type(mode: int) -> int:
    return {S_IFIFO: DT_FIFO, S_IFCHR: DT_CHR, S_IFDIR: DT_DIR, S_IFBLK: DT_BLK,
            S_IFREG: DT_REG, S_IFLNK: DT_LNK, S_IFSOCK: DT_SOCK}.get(mode & S_IFMT, DT_UNKNOWN)


# poll(2) event bits (asm-generic/poll.h)
POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
POLLRDNORM, POLLWRNORM = 0x40, 0x100

# Every change of a stream's state also wakes this, for tasks in poll(2) over several files.
POLL_WAITABLE = ("poll",)


class _WouldBlock:
    def __repr__(self) -> str:
        return "WOULD_BLOCK"


# Returned by read/write of a stream that has no data (or no room) yet.  The syscall layer turns it
# into -EAGAIN (O_NONBLOCK) or blocks the task on `inode.waitable()`.
WOULD_BLOCK = _WouldBlock()

# Device numbers (major, minor) of the file systems.  Anonymous file systems use major 0, as Linux
# does; the minors are pagelab's own choice and only need to be distinct.
DEV_ROOTFS = (0, 0x1a)      # the in-memory root and /bin
DEV_TMPFS = (0, 0x1b)       # /tmp, a file system of its own (rename across it is EXDEV)
DEV_SHMFS = (0, 0x1c)       # /dev/shm, another tmpfs
DEV_PROC = (0, 0x16)
DEV_DEVTMPFS = (0, 0x05)
DEV_PIPEFS = (0, 0x0d)

class InodeNumbers:
    """Hands out inode numbers for one file system instance (FileSystem.numbers), so that a boot
    numbers its inodes the same way every time: same program, same `ls -i`, same maps line."""

    def __init__(self, start: int = 2):
        self._next = itertools.count(start)

    def __call__(self) -> int:
        return next(self._next)

    def assign(self, inode):
        inode.ino = self()
        return inode


_fallback_numbers = InodeNumbers(1 << 20)


def new_ino() -> int:
    """A fresh inode number for an inode made outside any FileSystem (unit tests)."""
    return _fallback_numbers()


@dataclass
class Stat:
    dev: tuple
    ino: int
    mode: int
    nlink: int = 1
    uid: int = 0
    gid: int = 0
    rdev: tuple = (0, 0)
    size: int = 0
    blksize: int = PAGE_SIZE
    blocks: int = 0
    atime_ns: int = 0
    mtime_ns: int = 0
    ctime_ns: int = 0


def encode_dev(dev: tuple) -> int:
    """new_encode_dev(): the st_dev / st_rdev number of a (major, minor) pair."""
    major, minor = dev
    return (minor & 0xFF) | (major << 8) | ((minor & ~0xFF) << 12)


class Inode:
    """Base class: an object with a type, permissions and (optionally) data."""

    mode = S_IFREG | 0o644
    dev = DEV_ROOTFS
    # Linux's i_writecount, in two counters: open descriptions with write access, and running
    # programs (execve) that deny writing.  Each excludes the other: ETXTBSY.
    writers = 0
    executors = 0
    # write() of a device that drops the data (/dev/null, /dev/zero) never reads the buffer
    discards_writes = False
    # read()/write() go through the page cache (regular files with a backing store)
    page_cached = False
    # its pages live only in the page cache and go to swap (tmpfs: fs/tmpfs.py)
    swap_backed = False
    # a writeback error not yet reported by fsync (-errno, 0: none)
    wb_err = 0

    def __init__(self, mode: int | None = None, ino: int | None = None):
        if mode is not None:
            self.mode = mode
        self.ino = new_ino() if ino is None else ino
        self.nlink = 1
        self.mtime_ns = 0
        self.path = ""          # guest path the inode was created at (for maps, cmdline names)

    # --- type tests -------------------------------------------------------------------------
    @property
    def is_dir(self) -> bool:
        return self.mode & S_IFMT == S_IFDIR

    @property
    def is_reg(self) -> bool:
        return self.mode & S_IFMT == S_IFREG

    @property
    def is_symlink(self) -> bool:
        return self.mode & S_IFMT == S_IFLNK

    @property
    def seekable(self) -> bool:
        return self.mode & S_IFMT in (S_IFREG, S_IFDIR, S_IFLNK, S_IFBLK)

    @property
    def size(self) -> int:
        return 0

    # --- write access versus execution (ETXTBSY) ----------------------------------------------
    def get_write_access(self) -> int:
        """An open for writing: 0, or -ETXTBSY while a process runs this file."""
        if self.executors:
            return -E.ETXTBSY
        self.writers += 1
        return 0

    def put_write_access(self) -> None:
        self.writers = max(self.writers - 1, 0)

    def deny_write_access(self) -> int:
        """An execve of this file: 0, or -ETXTBSY while it is open for writing."""
        if self.writers:
            return -E.ETXTBSY
        self.executors += 1
        return 0

    def allow_write_access(self) -> None:
        """A process stopped running this file (exec of another, exit)."""
        self.executors = max(self.executors - 1, 0)

    # --- file operations (defaults: a file with no data that refuses writes) ----------------
    def open(self, f) -> int:
        return 0

    def release(self, f) -> None:
        pass

    def read(self, f, count: int):
        if self.is_dir:
            return -E.EISDIR
        return b""

    def write(self, f, data: bytes):
        if self.is_dir:
            return -E.EISDIR
        return -E.EINVAL

    def truncate(self, size: int) -> int:
        return -E.EINVAL

    def ioctl(self, f, request: int, arg: int) -> int:
        return -E.ENOTTY

    def poll(self, f) -> int:
        """Readiness for poll(2): POLL* bits.  Files and devices are always ready."""
        return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM

    def waitable(self):
        """The object a task blocks on when read/write returns WOULD_BLOCK."""
        return self

    def stat(self) -> Stat:
        size = self.size
        return Stat(dev=self.dev, ino=self.ino, mode=self.mode, nlink=self.nlink, size=size,
                    blocks=_blocks(size), atime_ns=self.mtime_ns, mtime_ns=self.mtime_ns,
                    ctime_ns=self.mtime_ns)

    # --- page-cache interface ---------------------------------------------------------------
    def read_page(self, index: int) -> bytes:
        return b""

    def write_page(self, index: int, data: bytes) -> int:
        return 0

    def write_begin(self, index: int) -> int:
        """A write() is about to dirty page `index` in the page cache: 0, or -errno when the
        file system has no room for it (the write stops there)."""
        return 0


def _blocks(size: int) -> int:
    """st_blocks for page-granular storage: whole 4 KiB pages, counted in 512-byte units."""
    return (size + PAGE_SIZE - 1) // PAGE_SIZE * (PAGE_SIZE // 512)


class MemFile(Inode):
    """A regular file held in memory (tmpfs-like): /tmp files, /bin programs.

    Stored sparsely, as tmpfs stores it: a dict of 4 KiB pages by index, plus the size.  A page
    exists only once something was written into it; holes (an ftruncate that grows the file, a
    write far past the end) read as zeros and cost nothing, so a guest cannot blow up host
    memory with a huge size or offset.  Each page is charged to the file system's `quota`
    (tmpfs's size=, half of RAM): a write that needs a page beyond it stops short (ENOSPC when
    nothing was written).  The largest size is Linux's MAX_LFS_FILESIZE (EFBIG beyond)."""

    page_cached = True

    def __init__(self, data: bytes = b"", mode: int = S_IFREG | 0o644):
        super().__init__(mode)
        self.quota = None              # the SpaceQuota of the tmpfs it lives in (None: no limit)
        self.pages: dict[int, bytearray] = {}
        self._size = 0
        self.data = data

    @property
    def data(self) -> bytes:
        """The whole contents (for small files: tests, the assembled programs)."""
        return self._read(0, self._size)

    @data.setter
    def data(self, value) -> None:
        """Replace the contents (kernel-side; not charged to the quota)."""
        value = bytes(value)
        self.pages = {i // PAGE_SIZE: bytearray(value[i:i + PAGE_SIZE].ljust(PAGE_SIZE, b"\0"))
                      for i in range(0, len(value), PAGE_SIZE)}
        self._size = len(value)

    @property
    def size(self) -> int:
        return self._size

    def _read(self, pos: int, count: int) -> bytes:
        end = min(pos + count, self._size)
        out = bytearray()
        while pos < end:
            index, offset = divmod(pos, PAGE_SIZE)
            chunk = min(end - pos, PAGE_SIZE - offset)
            page = self.pages.get(index)
            out += page[offset:offset + chunk] if page is not None else bytes(chunk)
            pos += chunk
        return bytes(out)

    def read(self, f, count: int):
        data = self._read(f.pos, count)
        f.pos += len(data)
        return data

    def _page_for_write(self, index: int):
        """The page `index`, allocated (and charged) if it is a hole; None when out of space."""
        page = self.pages.get(index)
        if page is None:
            if self.quota is not None and self.quota.charge(PAGE_SIZE) < 0:
                return None
            page = self.pages[index] = bytearray(PAGE_SIZE)
        return page

    def write(self, f, data: bytes):
        pos = f.pos
        if pos >= MAX_FILE_SIZE:
            return -E.EFBIG
        data = data[:MAX_FILE_SIZE - pos]
        done = 0
        while done < len(data):
            index, offset = divmod(pos + done, PAGE_SIZE)
            page = self._page_for_write(index)
            if page is None:
                break
            chunk = min(len(data) - done, PAGE_SIZE - offset)
            page[offset:offset + chunk] = data[done:done + chunk]
            done += chunk
        if data and not done:
            return -E.ENOSPC
        self._size = max(self._size, pos + done)
        f.pos = pos + done
        return done

    def truncate(self, size: int) -> int:
        if not 0 <= size <= MAX_FILE_SIZE:
            return -E.EFBIG if size > 0 else -E.EINVAL
        if size < self._size:
            first_gone = (size + PAGE_SIZE - 1) // PAGE_SIZE
            for index in [i for i in self.pages if i >= first_gone]:
                del self.pages[index]
                if self.quota is not None:
                    self.quota.release(PAGE_SIZE)
            tail = self.pages.get(size // PAGE_SIZE)
            if tail is not None:                        # bytes past the new end read as zeros
                tail[size % PAGE_SIZE:] = bytes(PAGE_SIZE - size % PAGE_SIZE)
        self._size = size
        return 0

    def drop(self) -> None:
        """The last name is gone: give the space back (pagelab frees it at unlink time)."""
        if self.quota is not None:
            self.quota.release(len(self.pages) * PAGE_SIZE)
            self.quota = None

    def read_page(self, index: int) -> bytes:
        return self._read(index * PAGE_SIZE, PAGE_SIZE)

    def write_page(self, index: int, data: bytes) -> int:
        # Write-back never extends the file: bytes beyond EOF in the last page are dropped (Linux).
        start = index * PAGE_SIZE
        if start >= self._size:
            return 0
        data = data[:self._size - start]
        page = self._page_for_write(index)
        if page is None:
            return -E.ENOSPC
        page[:len(data)] = data
        return 0

    def write_begin(self, index: int) -> int:
        """Reserve the page now (charged to the quota), so that a full file system is ENOSPC
        at write() time rather than a lost page at writeback."""
        return 0 if self._page_for_write(index) is not None else -E.ENOSPC


# Linux's MAX_LFS_FILESIZE: no file grows beyond it (EFBIG).  In-memory files are sparse, so
# only the pages written cost memory; the file system's quota limits those.
MAX_FILE_SIZE = (1 << 63) - 1


class SpaceQuota:
    """The size limit of an in-memory file system (tmpfs's size=, by default half of RAM)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0

    @property
    def free(self) -> int:
        return max(self.limit - self.used, 0)

    def charge(self, nbytes: int) -> int:
        if self.used + nbytes > self.limit:
            return -E.ENOSPC
        self.used += nbytes
        return 0

    def release(self, nbytes: int) -> None:
        self.used = max(self.used - nbytes, 0)


class LazyFile(MemFile):
    """A read-only regular file whose bytes are produced on first use (the assembled /bin programs).

    `produce()` returns the bytes, or None when they cannot be made (then the file reads as empty
    and the failure is described in `error`)."""

    def __init__(self, produce, mode: int = S_IFREG | 0o755):
        super().__init__(b"", mode)
        self._produce = produce
        self._ready = False
        self.error = ""

    def _load(self) -> None:
        if not self._ready:
            self._ready = True
            try:
                data = self._produce()
            except Exception as exc:          # a broken program source must not break the boot
                data, self.error = None, str(exc)
            if data is not None:
                self.data = data

    @property
    def size(self) -> int:
        self._load()
        return self._size

    def read(self, f, count: int):
        self._load()
        return super().read(f, count)

    def read_page(self, index: int) -> bytes:
        self._load()
        return super().read_page(index)

    def open(self, f) -> int:
        return -E.EROFS if f.writable else 0        # /bin is a read-only mount

    def write(self, f, data: bytes):
        return -E.EBADF

    def truncate(self, size: int) -> int:
        return -E.EROFS


class Directory(Inode):
    """Directory interface.  Names never contain '/' and are never '.' or '..' (the VFS handles those)."""

    mode = S_IFDIR | 0o755

    def lookup(self, name: str):
        """The child inode called `name`, or None."""
        return None

    def entries(self) -> list:
        """[(name, inode), ...] in a stable order, without '.' and '..'."""
        return []

    def create(self, name: str, mode: int):
        return -E.EACCES

    def mkdir(self, name: str, mode: int):
        return -E.EACCES

    def symlink(self, name: str, target: str):
        return -E.EACCES

    def unlink(self, name: str) -> int:
        return -E.EACCES

    def rmdir(self, name: str) -> int:
        return -E.EACCES

    def link(self, name: str, inode) -> int:
        """link(2)'s last step: a new name for `inode` (a non-directory of this file system)."""
        return -E.EPERM

    def move(self, name: str, target, target_name: str, exchange: bool = False) -> int:
        """rename(2)'s last step, after the syscall layer has checked everything Linux checks:
        move entry `name` to `target_name` in directory `target` (same file system), replacing
        what is there, or swap the two entries (`exchange`)."""
        return -E.EPERM

    @property
    def size(self) -> int:
        return PAGE_SIZE if self.dev != DEV_PROC else 0

    def stat(self) -> Stat:
        st = super().stat()
        st.nlink = 2 + sum(1 for _, child in self.entries() if child.is_dir)
        st.blocks = 0 if self.dev == DEV_PROC else 8
        return st


class MemDirectory(Directory):
    """A directory held in memory (tmpfs-like)."""

    def __init__(self, mode: int = S_IFDIR | 0o755, dev: tuple = DEV_ROOTFS):
        super().__init__(mode)
        self.dev = dev
        self.children: dict[str, Inode] = {}
        self.readonly = False                 # a read-only mount (/bin): changes give EROFS
        self.numbers = None                   # InodeNumbers for the children it creates
        self.quota = None                     # SpaceQuota for the files created under it
        self.page_cache = None                # tmpfs: the PageCache its files live in

    def _numbered(self, inode):
        if self.numbers is not None:
            self.numbers.assign(inode)
        if isinstance(inode, MemDirectory):
            inode.numbers = self.numbers
            inode.quota = self.quota
            inode.page_cache = self.page_cache
        elif isinstance(inode, MemFile):
            inode.quota = self.quota
        return inode

    def lookup(self, name: str):
        return self.children.get(name)

    def entries(self) -> list:
        return list(self.children.items())

    def add(self, name: str, inode: Inode) -> Inode:
        """Kernel-side insertion (boot-time population); replaces an existing entry."""
        self.children[name] = inode
        return inode

    def create(self, name: str, mode: int):
        if self.readonly:
            return -E.EROFS
        if name in self.children:
            return -E.EEXIST
        if self.page_cache is not None:            # tmpfs: swap-backed page-cache pages
            from .tmpfs import TmpfsFile
            inode = self._numbered(TmpfsFile(self.page_cache, S_IFREG | (mode & 0o7777)))
        else:
            inode = self._numbered(MemFile(mode=S_IFREG | (mode & 0o7777)))
        inode.dev = self.dev
        self.children[name] = inode
        return inode

    def mkdir(self, name: str, mode: int):
        if self.readonly:
            return -E.EROFS
        if name in self.children:
            return -E.EEXIST
        inode = self._numbered(MemDirectory(S_IFDIR | (mode & 0o7777), self.dev))
        self.children[name] = inode
        return inode

    def symlink(self, name: str, target: str):
        if self.readonly:
            return -E.EROFS
        if name in self.children:
            return -E.EEXIST
        inode = self._numbered(MemSymlink(target))
        self.children[name] = inode
        return inode

    def unlink(self, name: str) -> int:
        if self.readonly:
            return -E.EROFS
        inode = self.children.get(name)
        if inode is None:
            return -E.ENOENT
        if inode.is_dir:
            return -E.EISDIR
        del self.children[name]
        self._drop_name(inode)   # open descriptions keep the data; maps show "(deleted)"
        return 0

    def link(self, name: str, inode) -> int:
        if self.readonly:
            return -E.EROFS
        if name in self.children:
            return -E.EEXIST
        self.children[name] = inode
        inode.nlink += 1
        return 0

    @staticmethod
    def _drop_name(inode) -> None:
        """One name of `inode` is gone; with the last one the data goes (open files keep it)."""
        inode.nlink = max(inode.nlink - 1, 0)
        if inode.nlink == 0 and isinstance(inode, MemFile):
            inode.drop()

    def move(self, name: str, target, target_name: str, exchange: bool = False) -> int:
        if self.readonly or target.readonly:
            return -E.EROFS
        inode = self.children.get(name)
        if inode is None:
            return -E.ENOENT
        replaced = target.children.get(target_name)
        if exchange:
            self.children[name], target.children[target_name] = replaced, inode
            return 0
        del self.children[name]
        target.children[target_name] = inode
        if replaced is not None and replaced is not inode:
            if replaced.is_dir:
                replaced.nlink = 0
            else:
                self._drop_name(replaced)
        return 0

    def rmdir(self, name: str) -> int:
        if self.readonly:
            return -E.EROFS
        inode = self.children.get(name)
        if inode is None:
            return -E.ENOENT
        if not inode.is_dir:
            return -E.ENOTDIR
        if inode.entries():
            return -E.ENOTEMPTY
        del self.children[name]
        inode.nlink = 0
        return 0


class Symlink(Inode):
    mode = S_IFLNK | 0o777
    # A "magic" link (procfs's fd/N and exe) sets `follow(task) -> Inode | None`: path
    # resolution goes straight to that inode instead of re-walking the text.
    follow = None

    def readlink(self, task) -> str:
        return ""

    @property
    def size(self) -> int:
        return len(self.readlink(None).encode())


class MemSymlink(Symlink):
    def __init__(self, target: str):
        super().__init__()
        self.target = target

    def readlink(self, task) -> str:
        return self.target
