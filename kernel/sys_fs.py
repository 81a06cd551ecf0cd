"""File system calls (Linux riscv64 numbers), on top of the VFS in kernel/fs/.

Each handler follows kernel/syscalls.py: raw register values in, a result or -errno out, never an
exception for guest input.  User memory is touched only through `task.mm` (copy_in / copy_out /
read_cstring); a bad pointer raises the mm's `EFault`, which becomes -EFAULT here.

Order of checks follows Linux where a program can tell: the descriptor first (EBADF), then flags
(EINVAL), then the user pointers (EFAULT) — e.g. `read(99, NULL, 1)` is EBADF, `read(0, NULL, 1)`
EFAULT.

What a task must have (interfaces §6): `files` (FdTable), `cwd` (canonical guest path), `mm`;
the kernel: `fs` (FileSystem), `wake`, `send_signal`, optionally `now_ns`, `page_cache`,
`add_timer` (poll timeouts).

Blocking: a read from an empty pipe (or a write to a full one) blocks the task on the pipe and
returns BLOCKED; the pipe wakes it when its state changes and the call runs again from the start.
A blocking pipe write keeps its progress on the task (`fs_write_progress`) so that it returns
only when all bytes are in, as on Linux; ppoll sleeps on POLL_WAITABLE, which every pipe change
(and typing on the interactive terminal) also wakes.

Contents, in file order: page-cache coherence helpers; read/write (readv, writev, pread64,
pwrite64); openat/close/lseek; fstat/newfstatat; getdents64, getcwd, chdir, fchdir, mkdirat,
unlinkat, faccessat(2), readlinkat, symlinkat, linkat, renameat2, truncate, ftruncate; dup, dup3,
pipe2, fcntl, ppoll; sync, syncfs, fsync, fdatasync, umask, fchmod(at), utimensat, statx,
close_range; ioctl.
"""
from __future__ import annotations

import struct

from . import errno as E
from . import signals as sigs
from .fs.file import (O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECT, O_DIRECTORY, O_EXCL,
                      O_LARGEFILE, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_RDONLY, O_TRUNC, O_WRONLY,
                      SETFL_MASK, OpenFile)
from .fs.inode import (DEV_PROC, POLL_WAITABLE, POLLERR, POLLHUP, POLLNVAL, S_IFCHR, S_IFMT,
                       WOULD_BLOCK, Stat, d_type, encode_dev)
from .fs.hostfs import HostInode
from .fs.inode import PAGE_SIZE
from .fs.pipe import Pipe
from .fs.vfs import DirPath
from .fs.procfs import ProcFile
from .syscalls import BLOCKED, signed, syscall

AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
AT_REMOVEDIR = 0x200
AT_EACCESS = 0x200
AT_NO_AUTOMOUNT = 0x800
AT_EMPTY_PATH = 0x1000

SEEK_SET, SEEK_CUR, SEEK_END, SEEK_DATA, SEEK_HOLE = 0, 1, 2, 3, 4

F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_DUPFD_CLOEXEC = 1030
F_GETLK, F_SETLK, F_SETLKW = 5, 6, 7
F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 36, 37, 38
F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
F_RDLCK, F_WRLCK, F_UNLCK = 0, 1, 2
LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN = 1, 2, 4, 8
FD_CLOEXEC = 1

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

PATH_MAX = 4096
UIO_MAXIOV = 1024
MAX_RW_COUNT = 0x7FFFF000          # Linux caps one read/write at INT_MAX & PAGE_MASK
MAX_READ_CHUNK = 1 << 20           # pagelab reads at most 1 MiB per call (a legal short read)
SIGPIPE = 13

STAT_FORMAT = struct.Struct("<QQIIIIQQqiiqqqqqqqII")     # asm-generic struct stat, 128 bytes
assert STAT_FORMAT.size == 128


class Fault(Exception):
    """A user pointer was bad (the mm raised EFault)."""


def _is_efault(exc: BaseException) -> bool:
    return any(cls.__name__ == "EFault" for cls in type(exc).__mro__)


def copy_in(task, va: int, n: int) -> bytes:
    if n == 0:
        return b""
    try:
        return bytes(task.mm.copy_in(va, n))
    except Exception as exc:
        if _is_efault(exc):
            raise Fault() from exc
        raise


def copy_out(task, va: int, data: bytes) -> None:
    if not data:
        return
    try:
        task.mm.copy_out(va, bytes(data))
    except Exception as exc:
        if _is_efault(exc):
            raise Fault() from exc
        raise


def read_path(task, va: int):
    """The NUL-terminated path at `va` as str, or -EFAULT / -ENAMETOOLONG / -ENOENT (empty)."""
    try:
        raw = bytes(task.mm.read_cstring(va, PATH_MAX + 1))
    except Exception as exc:
        if _is_efault(exc):
            return -E.EFAULT
        raise
    raw = raw.split(b"\0", 1)[0]
    if len(raw) >= PATH_MAX:
        return -E.ENAMETOOLONG
    return raw.decode("utf-8", "surrogateescape")


def _fs(kernel):
    return kernel.fs


def _now(kernel) -> int:
    """CLOCK_REALTIME on the simulated clock, for file times (boot is at REALTIME_EPOCH_NS)."""
    now = kernel.now_ns()
    try:
        from .kernel import REALTIME_EPOCH_NS
    except ImportError:
        REALTIME_EPOCH_NS = 0
    return now + REALTIME_EPOCH_NS


def _umask(task) -> int:
    return task.files.umask


def _base_dir(task, dirfd: int, path: str):
    """The guest directory a relative `path` starts from (for the *at calls), or -errno."""
    if path.startswith("/") or dirfd == AT_FDCWD:
        return task.cwd
    f = task.files.get(dirfd)
    if f is None:
        return -E.EBADF
    if not f.inode.is_dir:
        return -E.ENOTDIR
    return DirPath(f.path, f.inode)         # the directory itself, even if renamed since


RLIMIT_NOFILE = 7
NR_OPEN = 1 << 20


def _files(task):
    """The task's FdTable, with its limit following the task's RLIMIT_NOFILE soft limit."""
    files = task.files
    files.limit = min(int(task.rlimits[RLIMIT_NOFILE][0]), NR_OPEN)
    return files


def _wake(kernel):
    return kernel.wake


# --- the page cache -------------------------------------------------------------------------------
# read() and write() of a regular file with a backing store (inode.page_cached: in-memory and host
# files) go through the page cache, as Linux's do: a write dirties cache pages, which writeback
# (kernel/mm/writeback.py) later writes to the file; a read takes every page from the cache.  For
# other inodes the syscalls keep their bytes coherent with the cache: a write updates the cached
# frames (mm's `write_through`), and a read overlays each page that is cached.
def _page_cache(kernel):
    """The kernel's PageCache (None for a file system tested without memory management)."""
    return kernel.page_cache


def _overlay_cached(kernel, inode, pos: int, data: bytes) -> bytes:
    cache = _page_cache(kernel)
    if cache is None or not data or not inode.is_reg:
        return data
    physmem = cache.physmem
    out = None
    first, last = pos // 4096, (pos + len(data) - 1) // 4096
    for index in range(first, last + 1):
        pfn = cache.find(inode, index)
        if pfn is None or physmem is None:
            continue
        frame = physmem.read_frame(pfn)
        lo = max(pos, index * 4096)
        hi = min(pos + len(data), (index + 1) * 4096)
        if out is None:
            out = bytearray(data)
        out[lo - pos:hi - pos] = frame[lo - index * 4096:hi - index * 4096]
    return data if out is None else bytes(out)


def _cached(kernel, inode):
    """The page cache when `inode`'s read() and write() go through it (regular files with a
    backing store: in-memory and host files), else None."""
    cache = _page_cache(kernel)
    return cache if cache is not None and inode.page_cached and inode.is_reg else None


def _cached_read(kernel, cache, f: OpenFile, count: int) -> bytes:
    """read() of a page-cached file (Linux filemap_read): each page from its cached frame,
    read from the file on a miss together with the pages after it (readahead)."""
    from pagelab.kernel.mm.pagecache import RA_PAGES
    inode = f.inode
    physmem = cache.physmem
    pos = f.pos
    end = min(pos + count, inode.size)
    out = bytearray()
    while pos < end:
        index, in_page = divmod(pos, PAGE_SIZE)
        n = min(PAGE_SIZE - in_page, end - pos)
        pfn, _ = cache.get(inode, index, index, RA_PAGES)
        if pfn is None:                       # no frame to be had: read around the cache
            out += bytes(inode.read_page(index) or b"")[in_page:in_page + n].ljust(n, b"\0")
        else:
            off = physmem.frame_offset(pfn) + in_page
            out += physmem.ram[off:off + n].tobytes()
            physmem.put_page(pfn)
        pos += n
    f.pos = max(f.pos, pos)
    return bytes(out)


DIRTY_RATELIMIT = 32     # pages a writer dirties between looks at the dirty limits


def _cached_write(kernel, task, cache, f: OpenFile, data: bytes):
    """write() of a page-cached file (Linux generic_perform_write): the bytes go into cache
    pages, which become dirty; the file is extended first, so that writeback (which writes
    only below EOF) never loses them.  Every DIRTY_RATELIMIT pages and at the end the writer
    looks at the dirty limits and may be throttled (writeback.balance_dirty_pages, Linux
    balance_dirty_pages_ratelimited).  Returns the count written or -errno."""
    from pagelab.kernel.fs.inode import MAX_FILE_SIZE
    inode = f.inode
    physmem = cache.physmem
    pos = f.pos
    if pos >= MAX_FILE_SIZE:
        return -E.EFBIG
    data = data[:MAX_FILE_SIZE - pos]
    if not data:
        return 0
    size = inode.size
    end = pos + len(data)
    if end > size:
        err = inode.truncate(end)
        if err < 0:
            return err
    flusher = kernel.flusher
    done = 0
    err = 0
    while done < len(data):
        index, in_page = divmod(pos + done, PAGE_SIZE)
        n = min(PAGE_SIZE - in_page, len(data) - done)
        err = inode.write_begin(index)
        if err < 0:
            break
        whole = in_page == 0 and (n == PAGE_SIZE or pos + done + n >= size)
        pfn = cache.write_begin(inode, index, whole)
        if pfn is None:
            err = -E.ENOMEM
            break
        physmem.write_frame_bytes(physmem.frame_offset(pfn) + in_page,
                                  memoryview(data)[done:done + n])
        cache.set_dirty(pfn)
        physmem.put_page(pfn)
        done += n
        if flusher is not None and (index + 1) % DIRTY_RATELIMIT == 0:
            flusher.balance_dirty_pages(task)
    if done < len(data) and end > size:
        inode.truncate(max(size, pos + done))     # a short write extends only what it wrote
    if not done:
        return err
    f.pos = pos + done
    if flusher is not None:
        flusher.balance_dirty_pages(task)
    return done


def _write_through(kernel, inode, pos: int, data: bytes) -> None:
    cache = _page_cache(kernel)
    if cache is not None and data and inode.is_reg:
        cache.write_through(inode, pos, data)


def _truncated(kernel, inode, size: int) -> None:
    """After a file shrank to `size`: unmap and drop the pages wholly beyond the new end (the
    mm's truncate_pagecache: a later access is SIGBUS), drop cached pages that nothing maps
    (they are read again from the file when needed) and zero the tail of a still-cached
    partial last page, as Linux's truncate_inode_pages does."""
    cache = _page_cache(kernel)
    if cache is None:
        return
    from pagelab.kernel.mm.pagecache import truncate_pagecache
    truncate_pagecache(kernel.physmem, cache, inode, size)
    cache.drop_unmapped(inode)
    tail = -size % 4096
    if tail:
        _write_through(kernel, inode, size, bytes(tail))


# --- read / write ---------------------------------------------------------------------------------
def _do_read(kernel, task, f: OpenFile, count: int, pos=None):
    """Read up to `count` bytes: bytes, -errno, or BLOCKED (the task is blocked)."""
    if not f.readable:
        return -E.EBADF
    if f.inode.is_dir:
        return -E.EISDIR
    count = min(count, MAX_READ_CHUNK)
    saved = f.pos
    if pos is not None:
        f.pos = pos
    start = f.pos
    cache = _cached(kernel, f.inode)
    data = _cached_read(kernel, cache, f, count) if cache is not None else f.inode.read(f, count)
    if pos is not None:
        f.pos = saved
    if isinstance(data, bytes) and cache is None:
        data = _overlay_cached(kernel, f.inode, start, data)
    if data is WOULD_BLOCK:
        if f.flags & O_NONBLOCK:
            return -E.EAGAIN
        task.block_on(f.inode.waitable())
        return BLOCKED
    return data


def _do_write(kernel, task, f: OpenFile, data: bytes, pos=None, key=None):
    """Write `data`: a count, -errno, or BLOCKED.  `key` identifies the call (its user buffer
    and length) for the stream case below."""
    if not f.writable:
        return -E.EBADF
    if not f.inode.seekable and not f.flags & O_NONBLOCK and key is not None:
        return _write_stream(kernel, task, f, data, (id(f), key))
    saved = f.pos
    if f.flags & O_APPEND and f.inode.seekable:
        f.pos = f.inode.size          # even for pwrite64: Linux appends and ignores the offset
    elif pos is not None:
        f.pos = pos
    start = f.pos
    cache = _cached(kernel, f.inode)
    if cache is not None:
        n = _cached_write(kernel, task, cache, f, data)
    else:
        n = f.inode.write(f, data)
        if isinstance(n, int) and n > 0:
            _write_through(kernel, f.inode, start, data[:n])
    if pos is not None:
        f.pos = saved
    if n is WOULD_BLOCK:
        if f.flags & O_NONBLOCK:
            return -E.EAGAIN
        task.block_on(f.inode.waitable())
        return BLOCKED
    if n == -E.EPIPE:
        kernel.send_signal(task, SIGPIPE)
    elif n > 0 and f.inode.is_reg:
        f.inode.mtime_ns = _now(kernel)
    return n


def _write_stream(kernel, task, f: OpenFile, data: bytes, key):
    """A blocking write to a pipe writes everything before it returns, as on Linux, sleeping
    whenever the pipe is full.  Because a blocked call runs again from the start when woken,
    the bytes already written are remembered on the task (`fs_write_progress`, keyed by the
    call's descriptor, buffer and length).  A signal handler that interrupts the write after
    some bytes went through makes the call return that partial count (Linux does the same,
    with or without SA_RESTART)."""
    progress = task.fs_write_progress
    done = 0
    if progress is not None and progress[0] == key:
        done, interrupted = progress[1], progress[2]
        if interrupted:
            task.fs_write_progress = None
            return done
    task.fs_write_progress = None
    while done < len(data):
        n = f.inode.write(f, data[done:])
        if n is WOULD_BLOCK:
            task.fs_write_progress = [key, done, False]

            def interrupted(restart, task=task):
                state = task.fs_write_progress
                if state is not None and state[1] > 0:
                    state[2] = True          # run again once, to return the partial count
                    return True
                task.fs_write_progress = None
                return restart
            task.on_interrupt = interrupted
            task.block_on(f.inode.waitable())
            return BLOCKED
        if n < 0:
            if done:
                return done                  # the error shows on the next write
            if n == -E.EPIPE:
                kernel.send_signal(task, SIGPIPE)
            return n
        done += n
    return done


def access_ok(task, va: int, n: int) -> bool:
    """Linux's access_ok(): the range lies below the user address-space limit.  (Whether it is
    mapped is found out when copying.)"""
    task_size = task.mm.task_size
    return n <= task_size and va <= task_size - n


# --- partly mapped buffers ------------------------------------------------------------------
# Linux's read() and write() copy to and from user memory as they go, so a buffer whose tail is
# not mapped gives a partial count: the bytes before the first bad page.  EFAULT only when not
# even one byte could be copied.
def _user_bytes(task, buf: int, count: int):
    """The bytes of [buf, buf+count) up to the first bad page; -EFAULT if there are none."""
    try:
        return copy_in(task, buf, count)
    except Fault:
        pass
    chunks = []
    while count > 0:
        chunk = min(count, PAGE_SIZE - (buf & (PAGE_SIZE - 1)))
        try:
            chunks.append(copy_in(task, buf, chunk))
        except Fault:
            break
        buf += chunk
        count -= chunk
    data = b"".join(chunks)
    return data if data else -E.EFAULT


def _writable_length(task, buf: int, count: int) -> int:
    """How many bytes from `buf` on can be written (whole pages up to the first bad one).  The
    probe writes back what it read, so user memory does not change."""
    done = 0
    while done < count:
        chunk = min(count - done, PAGE_SIZE - ((buf + done) & (PAGE_SIZE - 1)))
        try:
            copy_out(task, buf + done, copy_in(task, buf + done, chunk))
        except Fault:
            break
        done += chunk
    return done


def _read_into(kernel, task, f: OpenFile, buf: int, count: int, pos=None):
    """read()/pread64() into user memory: the count copied, -errno, or BLOCKED."""
    if not access_ok(task, buf, count):
        return -E.EFAULT
    count = min(count, MAX_RW_COUNT)
    if not f.inode.seekable and count:
        # a stream cannot give bytes back: read only what the buffer can take
        count = _writable_length(task, buf, count) or -E.EFAULT
        if count < 0:
            return count
    saved = f.pos
    data = _do_read(kernel, task, f, count, pos)
    if not isinstance(data, bytes):
        return data
    try:
        copy_out(task, buf, data)
        return len(data)
    except Fault:
        pass
    copied = _writable_length(task, buf, len(data))
    if copied == 0:
        f.pos = saved
        return -E.EFAULT
    copy_out(task, buf, data[:copied])
    if pos is None:
        f.pos = saved + copied                   # the file offset moves by what was copied
    return copied


def _write_from(kernel, task, f: OpenFile, buf: int, count: int, pos=None):
    """write()/pwrite64() from user memory: the count written, -errno, or BLOCKED."""
    if not access_ok(task, buf, count):
        return -E.EFAULT
    count = min(count, MAX_RW_COUNT)
    if f.inode.discards_writes:
        return count
    data = _user_bytes(task, buf, count) if count else b""
    if isinstance(data, int):
        return data
    return _do_write(kernel, task, f, data, pos, key=(buf, count))


@syscall(63, "read")
def sys_read(kernel, task, fd, buf, count, *_):
    f = task.files.get(signed(fd, 32))
    if f is None or not f.readable:
        return -E.EBADF
    return _read_into(kernel, task, f, buf, count)


@syscall(64, "write")
def sys_write(kernel, task, fd, buf, count, *_):
    f = task.files.get(signed(fd, 32))
    if f is None or not f.writable:
        return -E.EBADF
    return _write_from(kernel, task, f, buf, count)


def _read_iovecs(task, iov, iovcnt):
    iovcnt = signed(iovcnt, 32)
    if iovcnt < 0 or iovcnt > UIO_MAXIOV:
        return -E.EINVAL
    try:
        raw = copy_in(task, iov, 16 * iovcnt)
    except Fault:
        return -E.EFAULT
    vecs = [struct.unpack_from("<QQ", raw, 16 * i) for i in range(iovcnt)]
    total = 0
    for base, length in vecs:
        if length > (1 << 63) - 1:
            return -E.EINVAL
        if not access_ok(task, base, length):
            return -E.EFAULT
        total += length
    if total > (1 << 63) - 1:
        return -E.EINVAL
    return vecs


def _readv(kernel, task, fd, iov, iovcnt, pos=None):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    vecs = _read_iovecs(task, iov, iovcnt)
    if isinstance(vecs, int):
        return vecs
    if not f.readable:
        return -E.EBADF
    total = min(sum(length for _, length in vecs), MAX_RW_COUNT)
    if not f.inode.seekable and total:
        # a stream cannot give bytes back: read only what the buffers can take
        total = _writable_length_v(task, vecs, total) or -E.EFAULT
        if total < 0:
            return total
    saved = f.pos
    data = _do_read(kernel, task, f, total, pos)
    if not isinstance(data, bytes):
        return data
    offset = 0
    for base, length in vecs:
        chunk = data[offset:offset + length]
        try:
            copy_out(task, base, chunk)
        except Fault:                      # a partial count up to the bad page, as Linux
            good = _writable_length(task, base, len(chunk))
            copy_out(task, base, chunk[:good])
            offset += good
            break
        offset += len(chunk)
        if offset >= len(data):
            break
    if offset == 0 and data:
        f.pos = saved
        return -E.EFAULT
    if pos is None and offset < len(data):
        f.pos = saved + offset
    return offset


def _writable_length_v(task, vecs, total: int) -> int:
    """_writable_length over an iovec array: bytes writable before the first bad page."""
    done = 0
    for base, length in vecs:
        length = min(length, total - done)
        good = _writable_length(task, base, length)
        done += good
        if good < length or done >= total:
            break
    return done


def _writev(kernel, task, fd, iov, iovcnt, pos=None):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    vecs = _read_iovecs(task, iov, iovcnt)
    if isinstance(vecs, int):
        return vecs
    if not f.writable:
        return -E.EBADF
    total = min(sum(length for _, length in vecs), MAX_RW_COUNT)
    if f.inode.discards_writes:
        return total
    chunks, left = [], total
    for base, length in vecs:               # the bytes up to the first bad page
        length = min(length, left)
        if not length:
            continue
        chunk = _user_bytes(task, base, length)
        if isinstance(chunk, int):
            break
        chunks.append(chunk)
        left -= len(chunk)
        if len(chunk) < length:
            break
    data = b"".join(chunks)
    if total and not data:
        return -E.EFAULT
    return _do_write(kernel, task, f, data, pos, key=(iov, iovcnt))


@syscall(65, "readv")
def sys_readv(kernel, task, fd, iov, iovcnt, *_):
    return _readv(kernel, task, fd, iov, iovcnt)


@syscall(66, "writev")
def sys_writev(kernel, task, fd, iov, iovcnt, *_):
    return _writev(kernel, task, fd, iov, iovcnt)


def _positional(task, fd, offset):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    if not f.inode.seekable:
        return -E.ESPIPE
    if signed(offset) < 0:
        return -E.EINVAL
    return f


@syscall(67, "pread64")
def sys_pread64(kernel, task, fd, buf, count, offset, *_):
    f = _positional(task, fd, offset)
    if isinstance(f, int):
        return f
    if not f.readable:
        return -E.EBADF
    return _read_into(kernel, task, f, buf, count, signed(offset))


@syscall(68, "pwrite64")
def sys_pwrite64(kernel, task, fd, buf, count, offset, *_):
    f = _positional(task, fd, offset)
    if isinstance(f, int):
        return f
    if not f.writable:
        return -E.EBADF
    return _write_from(kernel, task, f, buf, count, signed(offset))


# --- open / close ---------------------------------------------------------------------------------
def open_file(kernel, task, dirfd: int, path: str, flags: int, mode: int, depth: int = 0):
    """openat's work after the path is read: an installed fd or -errno."""
    fs = _fs(kernel)
    base = _base_dir(task, dirfd, path)
    if isinstance(base, int):
        return base
    accmode = flags & O_ACCMODE
    if accmode == 3:
        return -E.EINVAL
    wants_write = accmode != O_RDONLY
    if flags & O_CREAT and not flags & O_PATH:
        parent = fs.resolve_parent(path, base, task)
        if isinstance(parent, int):
            return parent
        parent_res, name = parent
        if name in ("", ".", "..") or path.endswith("/"):
            return -E.EISDIR
        child = parent_res.inode.lookup(name)
        if child is not None and flags & O_EXCL:
            return -E.EEXIST
        if child is None:
            if flags & O_DIRECTORY:
                return -E.EINVAL
            created = parent_res.inode.create(name, mode & ~_umask(task) & 0o7777)
            if isinstance(created, int):
                return created
            created.mtime_ns = _now(kernel)
            resolved_path = parent_res.path.rstrip("/") + "/" + name
            created.path = created.path or resolved_path
            inode = created
            flags &= ~O_TRUNC            # a new file is empty already
        else:
            res = fs.resolve(path, base, task, follow=not flags & O_NOFOLLOW)
            if res == -E.ENOENT and child.is_symlink and child.follow is None:
                # O_CREAT through a dangling symlink creates the file it points to (Linux)
                if depth >= 40:
                    return -E.ELOOP
                target = child.readlink(task)
                if not target:
                    return -E.ENOENT
                if not target.startswith("/"):
                    target = parent_res.path.rstrip("/") + "/" + target
                return open_file(kernel, task, AT_FDCWD, target, flags, mode, depth + 1)
            if isinstance(res, int):
                return res
            inode, resolved_path = res.inode, res.path
    else:
        res = fs.resolve(path, base, task, follow=not flags & O_NOFOLLOW)
        if isinstance(res, int):
            return res
        inode, resolved_path = res.inode, res.path
    if inode.is_symlink and not flags & O_PATH:
        return -E.ELOOP
    if flags & O_DIRECTORY and not inode.is_dir:
        return -E.ENOTDIR
    if inode.is_dir and (wants_write or flags & O_CREAT) and not flags & O_PATH:
        return -E.EISDIR
    f = OpenFile(inode, flags | O_LARGEFILE, resolved_path)
    if f.writable and inode.is_reg:
        err = inode.get_write_access()         # ETXTBSY: a process runs this file
        if err < 0:
            return err
        f.write_access = True

    def undo(err):
        if f.write_access:
            f.write_access = False
            inode.put_write_access()
        return err

    if not flags & O_PATH:
        err = inode.open(f)
        if isinstance(err, int) and err < 0:
            return undo(err)
        if flags & O_TRUNC and inode.is_reg:
            err = inode.truncate(0)
            if err < 0:
                inode.release(f)
                return undo(err)
            _truncated(kernel, inode, 0)
            inode.mtime_ns = _now(kernel)
    fd = _files(task).install(f, cloexec=bool(flags & O_CLOEXEC))
    if fd < 0:
        if not flags & O_PATH:
            inode.release(f)
        return undo(fd)
    _account_filp(kernel, f)
    return fd


def _account_filp(kernel, *files) -> None:
    physmem = kernel.physmem
    if physmem is not None:
        for f in files:
            f.account(physmem.slabs)


@syscall(56, "openat")
def sys_openat(kernel, task, dirfd, pathname, flags, mode, *_):
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    if path == "":
        return -E.ENOENT
    return open_file(kernel, task, signed(dirfd, 32), path, flags & 0xFFFFFFFF, mode & 0o7777)


@syscall(57, "close")
def sys_close(kernel, task, fd, *_):
    return task.files.close(signed(fd, 32))


@syscall(62, "lseek")
def sys_lseek(kernel, task, fd, offset, whence, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    inode = f.inode
    kind = inode.mode & S_IFMT
    whence = signed(whence, 32)
    offset = signed(offset)
    if kind == S_IFCHR:
        # /dev/null and /dev/zero accept any seek and stay at 0; a terminal is a stream.
        return -E.ESPIPE if type(inode).__name__.endswith("Console") else 0
    if not inode.seekable:
        return -E.ESPIPE
    if whence == SEEK_SET:
        new = offset
    elif whence == SEEK_CUR:
        new = f.pos + offset
    elif whence == SEEK_END and not isinstance(inode, ProcFile) and not inode.is_dir:
        new = inode.size + offset
    elif whence in (SEEK_DATA, SEEK_HOLE) and inode.is_reg and not isinstance(inode, ProcFile):
        size = inode.size
        if offset < 0 or offset >= size:
            return -E.ENXIO
        new = offset if whence == SEEK_DATA else size
    else:
        return -E.EINVAL
    if new < 0:
        return -E.EINVAL
    f.pos = new
    if inode.is_dir and new == 0:
        f.dir_entries = None
    return new


# --- stat -----------------------------------------------------------------------------------------
def pack_stat(st: Stat) -> bytes:
    def split(ns):
        return ns // 1_000_000_000, ns % 1_000_000_000
    a, an = split(st.atime_ns)
    m, mn = split(st.mtime_ns)
    c, cn = split(st.ctime_ns)
    return STAT_FORMAT.pack(encode_dev(st.dev), st.ino, st.mode, st.nlink, st.uid, st.gid,
                            encode_dev(st.rdev), 0, st.size, st.blksize, 0, st.blocks,
                            a, an, m, mn, c, cn, 0, 0)


@syscall(80, "fstat")
def sys_fstat(kernel, task, fd, statbuf, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    try:
        copy_out(task, statbuf, pack_stat(f.inode.stat()))
    except Fault:
        return -E.EFAULT
    return 0


def _stat_target(kernel, task, dirfd, pathname, flags):
    """The inode newfstatat/statx describe: `pathname` relative to `dirfd`, or with
    AT_EMPTY_PATH and an empty path the file `dirfd` itself.  Returns the inode or -errno."""
    dirfd = signed(dirfd, 32)
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    if path == "":
        if not flags & AT_EMPTY_PATH:
            return -E.ENOENT
        if dirfd == AT_FDCWD:
            res = _fs(kernel).resolve(task.cwd, "/", task)
            return res if isinstance(res, int) else res.inode
        f = task.files.get(dirfd)
        return -E.EBADF if f is None else f.inode
    base = _base_dir(task, dirfd, path)
    if isinstance(base, int):
        return base
    res = _fs(kernel).resolve(path, base, task, follow=not flags & AT_SYMLINK_NOFOLLOW)
    return res if isinstance(res, int) else res.inode


@syscall(79, "newfstatat")
def sys_newfstatat(kernel, task, dirfd, pathname, statbuf, flags, *_):
    flags &= 0xFFFFFFFF
    if flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT):
        return -E.EINVAL
    inode = _stat_target(kernel, task, dirfd, pathname, flags)
    if isinstance(inode, int):
        return inode
    try:
        copy_out(task, statbuf, pack_stat(inode.stat()))
    except Fault:
        return -E.EFAULT
    return 0


# --- directories ----------------------------------------------------------------------------------
def _dirent(ino: int, off: int, dtype: int, name: bytes) -> bytes:
    reclen = (19 + len(name) + 1 + 7) & ~7
    return struct.pack("<QqHB", ino, off, reclen, dtype) + name + bytes(reclen - 19 - len(name))


@syscall(61, "getdents64")
def sys_getdents64(kernel, task, fd, dirp, count, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    if not f.inode.is_dir:
        return -E.ENOTDIR
    if f.dir_entries is None or f.pos == 0:
        parent = _fs(kernel).resolve(f.path.rstrip("/") + "/..", "/", task) if f.path else None
        parent_ino = parent.inode.ino if parent is not None and not isinstance(parent, int) \
            else f.inode.ino
        entries = [(".", f.inode.ino, 4), ("..", parent_ino, 4)]
        entries += [(name, inode.ino, d_type(inode.mode)) for name, inode in f.inode.entries()]
        f.dir_entries = entries
    count = min(count & 0xFFFFFFFF, MAX_RW_COUNT)          # unsigned int in Linux
    out = bytearray()
    index = f.pos
    while index < len(f.dir_entries):
        name, ino, dtype = f.dir_entries[index]
        record = _dirent(ino, index + 1, dtype, name.encode("utf-8", "surrogateescape"))
        if len(out) + len(record) > count:
            break
        out += record
        index += 1
    if not out and index < len(f.dir_entries):
        return -E.EINVAL                  # the buffer cannot hold even one entry
    try:
        copy_out(task, dirp, bytes(out))
    except Fault:
        return -E.EFAULT
    f.pos = index
    return len(out)


@syscall(17, "getcwd")
def sys_getcwd(kernel, task, buf, size, *_):
    res = _fs(kernel).resolve(task.cwd, "/", task)
    if isinstance(res, int) or not res.inode.is_dir:
        return -E.ENOENT                       # the working directory has been removed
    path = task.cwd.encode("utf-8", "surrogateescape") + b"\0"
    if size < len(path):
        return -E.ERANGE
    try:
        copy_out(task, buf, path)
    except Fault:
        return -E.EFAULT
    return len(path)


def _chdir_to(kernel, task, inode, path: str) -> int:
    if not inode.is_dir:
        return -E.ENOTDIR
    task.cwd = path
    return 0


@syscall(49, "chdir")
def sys_chdir(kernel, task, pathname, *_):
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    res = _fs(kernel).resolve(path, task.cwd, task)
    if isinstance(res, int):
        return res
    return _chdir_to(kernel, task, res.inode, res.path)


@syscall(50, "fchdir")
def sys_fchdir(kernel, task, fd, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    return _chdir_to(kernel, task, f.inode, f.path)


@syscall(34, "mkdirat")
def sys_mkdirat(kernel, task, dirfd, pathname, mode, *_):
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    base = _base_dir(task, signed(dirfd, 32), path)
    if isinstance(base, int):
        return base
    parent = _fs(kernel).resolve_parent(path, base, task)
    if isinstance(parent, int):
        return parent
    parent_res, name = parent
    if name in ("", ".", "..") or parent_res.inode.lookup(name) is not None:
        return -E.EEXIST
    made = parent_res.inode.mkdir(name, mode & ~_umask(task) & 0o7777)
    if isinstance(made, int):
        return made
    made.mtime_ns = _now(kernel)
    return 0


@syscall(35, "unlinkat")
def sys_unlinkat(kernel, task, dirfd, pathname, flags, *_):
    flags &= 0xFFFFFFFF
    if flags & ~AT_REMOVEDIR:
        return -E.EINVAL
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    base = _base_dir(task, signed(dirfd, 32), path)
    if isinstance(base, int):
        return base
    parent = _fs(kernel).resolve_parent(path, base, task)
    if isinstance(parent, int):
        return parent
    parent_res, name = parent
    if flags & AT_REMOVEDIR:
        if name == "":
            return -E.EBUSY
        if name == ".":
            return -E.EINVAL
        if name == "..":
            return -E.ENOTEMPTY
        return parent_res.inode.rmdir(name)
    if name in ("", ".", ".."):
        return -E.EISDIR
    child = parent_res.inode.lookup(name)
    if child is None:
        return -E.ENOENT
    if path.endswith("/"):
        return -E.EISDIR if child.is_dir else -E.ENOTDIR
    return parent_res.inode.unlink(name)


def _access(kernel, task, dirfd, pathname, mode, flags):
    if mode & ~7:
        return -E.EINVAL
    if flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH):
        return -E.EINVAL
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    dirfd = signed(dirfd, 32)
    if path == "" and flags & AT_EMPTY_PATH:
        f = task.files.get(dirfd) if dirfd != AT_FDCWD else None
        if dirfd != AT_FDCWD and f is None:
            return -E.EBADF
        inode = f.inode if f else _fs(kernel).lookup(task.cwd, "/", task)
    else:
        base = _base_dir(task, dirfd, path)
        if isinstance(base, int):
            return base
        res = _fs(kernel).resolve(path, base, task, follow=not flags & AT_SYMLINK_NOFOLLOW)
        if isinstance(res, int):
            return res
        inode = res.inode
    if isinstance(inode, int):
        return inode
    # pagelab's processes run as root: read and write are always allowed (except on a
    # read-only mount); execute needs some x bit on a non-directory.
    if mode & X_OK and not inode.is_dir and not inode.mode & 0o111:
        return -E.EACCES
    if mode & W_OK and inode.is_reg and type(inode).__name__ == "LazyFile":
        return -E.EROFS
    return 0


@syscall(48, "faccessat")
def sys_faccessat(kernel, task, dirfd, pathname, mode, *_):
    return _access(kernel, task, dirfd, pathname, mode & 0xFFFFFFFF, 0)


@syscall(439, "faccessat2")
def sys_faccessat2(kernel, task, dirfd, pathname, mode, flags, *_):
    return _access(kernel, task, dirfd, pathname, mode & 0xFFFFFFFF, flags & 0xFFFFFFFF)


@syscall(78, "readlinkat")
def sys_readlinkat(kernel, task, dirfd, pathname, buf, bufsiz, *_):
    bufsiz = signed(bufsiz, 32)
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    if bufsiz <= 0:
        return -E.EINVAL
    base = _base_dir(task, signed(dirfd, 32), path)
    if isinstance(base, int):
        return base
    res = _fs(kernel).resolve(path, base, task, follow=False)
    if isinstance(res, int):
        return res
    if not res.inode.is_symlink:
        return -E.EINVAL
    target = res.inode.readlink(task).encode("utf-8", "surrogateescape")[:bufsiz]
    if not target:
        return -E.ENOENT             # a link to nothing (a kernel thread's exe, a vanished host link)
    try:
        copy_out(task, buf, target)
    except Fault:
        return -E.EFAULT
    return len(target)


@syscall(36, "symlinkat")
def sys_symlinkat(kernel, task, target_ptr, newdirfd, linkpath, *_):
    target = read_path(task, target_ptr)
    if isinstance(target, int):
        return target
    path = read_path(task, linkpath)
    if isinstance(path, int):
        return path
    if target == "":
        return -E.ENOENT
    base = _base_dir(task, signed(newdirfd, 32), path)
    if isinstance(base, int):
        return base
    parent = _fs(kernel).resolve_parent(path, base, task)
    if isinstance(parent, int):
        return parent
    parent_res, name = parent
    if name in ("", ".", "..") or parent_res.inode.lookup(name) is not None:
        return -E.EEXIST
    made = parent_res.inode.symlink(name, target)
    return made if isinstance(made, int) else 0


AT_SYMLINK_FOLLOW = 0x400


@syscall(37, "linkat")
def sys_linkat(kernel, task, olddirfd, oldpath, newdirfd, newpath, flags, *_):
    """link(2): a second name for a file (not a directory) on the same file system."""
    flags &= 0xFFFFFFFF
    if flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH):
        return -E.EINVAL
    fs = _fs(kernel)
    old = read_path(task, oldpath)
    if isinstance(old, int):
        return old
    new = read_path(task, newpath)
    if isinstance(new, int):
        return new
    olddirfd = signed(olddirfd, 32)
    if old == "" and flags & AT_EMPTY_PATH:
        f = task.files.get(olddirfd)
        if f is None:
            return -E.EBADF
        source = f.inode
    else:
        base = _base_dir(task, olddirfd, old)
        if isinstance(base, int):
            return base
        res = fs.resolve(old, base, task, follow=bool(flags & AT_SYMLINK_FOLLOW))
        if isinstance(res, int):
            return res
        source = res.inode
    base = _base_dir(task, signed(newdirfd, 32), new)
    if isinstance(base, int):
        return base
    parent = fs.resolve_parent(new, base, task)
    if isinstance(parent, int):
        return parent
    parent_res, name = parent
    if name in ("", ".", "..") or parent_res.inode.lookup(name) is not None:
        return -E.EEXIST
    if source.is_dir:
        return -E.EPERM
    if new.endswith("/"):
        return -E.ENOENT
    if parent_res.inode.dev == DEV_PROC:
        return -E.ENOENT                       # procfs's lookup of a new name fails first
    if source.dev != parent_res.inode.dev:
        return -E.EXDEV
    if source.nlink == 0:
        return -E.ENOENT                       # a deleted file cannot get a name back
    return parent_res.inode.link(name, source)


RENAME_NOREPLACE, RENAME_EXCHANGE, RENAME_WHITEOUT = 1, 2, 4


@syscall(276, "renameat2")
def sys_renameat2(kernel, task, olddirfd, oldpath, newdirfd, newpath, flags, *_):
    """rename(2): checks in Linux's order (do_renameat2, vfs_rename), then Directory.move."""
    flags &= 0xFFFFFFFF
    if flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT):
        return -E.EINVAL
    if flags & RENAME_EXCHANGE and flags & (RENAME_NOREPLACE | RENAME_WHITEOUT):
        return -E.EINVAL
    if flags & RENAME_WHITEOUT:
        return -E.EINVAL                       # whiteouts belong to overlay file systems
    old = read_path(task, oldpath)
    if isinstance(old, int):
        return old
    new = read_path(task, newpath)
    if isinstance(new, int):
        return new
    fs = _fs(kernel)
    sides = []
    for dirfd, path in ((olddirfd, old), (newdirfd, new)):
        base = _base_dir(task, signed(dirfd, 32), path)
        if isinstance(base, int):
            return base
        parent = fs.resolve_parent(path, base, task)
        if isinstance(parent, int):
            return parent
        sides.append(parent)
    (old_parent, old_name), (new_parent, new_name) = sides
    if old_name in ("", ".", "..") or new_name in ("", ".", ".."):
        return -E.EEXIST if flags & RENAME_NOREPLACE and new_name in ("", ".", "..") \
            else -E.EBUSY
    old_dir, new_dir = old_parent.inode, new_parent.inode
    if old_dir.dev != new_dir.dev:
        return -E.EXDEV
    source = old_dir.lookup(old_name)
    if source is None:
        return -E.ENOENT
    target = new_dir.lookup(new_name)
    if flags & RENAME_NOREPLACE and target is not None:
        return -E.EEXIST
    if flags & RENAME_EXCHANGE and target is None:
        return -E.ENOENT
    if not source.is_dir and (old.endswith("/") or (new.endswith("/") and
                                                    not flags & RENAME_EXCHANGE)):
        return -E.ENOTDIR
    if target is not None and not flags & RENAME_EXCHANGE:
        if source.is_dir and not target.is_dir:
            return -E.ENOTDIR
        if not source.is_dir and target.is_dir:
            return -E.EISDIR
    if source is target:
        return 0                               # two names for one file: nothing to do
    old_full = old_parent.path.rstrip("/") + "/" + old_name
    new_full = new_parent.path.rstrip("/") + "/" + new_name
    for moving, into in ((source, new_full), (target, old_full) if flags & RENAME_EXCHANGE
                         else (None, "")):
        if moving is not None and moving.is_dir and into.startswith(
                (old_full if moving is source else new_full) + "/"):
            return -E.EINVAL                   # a directory cannot move into itself
    if target is not None and target.is_dir and source.is_dir and \
            not flags & RENAME_EXCHANGE and target.entries():
        return -E.ENOTEMPTY
    result = old_dir.move(old_name, new_dir, new_name, exchange=bool(flags & RENAME_EXCHANGE))
    if result == 0:
        now = _now(kernel)
        old_dir.mtime_ns = new_dir.mtime_ns = now
    return result


def _truncate(kernel, inode, length: int) -> int:
    old_size = inode.size
    result = inode.truncate(length)
    if result == 0:
        if length < old_size:
            _truncated(kernel, inode, length)
        inode.mtime_ns = _now(kernel)
    return result


@syscall(46, "ftruncate")
def sys_ftruncate(kernel, task, fd, length, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    length = signed(length)
    if length < 0 or not f.inode.is_reg or not f.writable:
        return -E.EINVAL
    return _truncate(kernel, f.inode, length)


@syscall(45, "truncate")
def sys_truncate(kernel, task, pathname, length, *_):
    """truncate(2): as ftruncate, by path; a running program cannot be truncated (ETXTBSY)."""
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    length = signed(length)
    if length < 0:
        return -E.EINVAL
    res = _fs(kernel).resolve(path, task.cwd, task)
    if isinstance(res, int):
        return res
    inode = res.inode
    if inode.is_dir:
        return -E.EISDIR
    if not inode.is_reg:
        return -E.EINVAL
    err = inode.get_write_access()
    if err < 0:
        return err
    try:
        return _truncate(kernel, inode, length)
    finally:
        inode.put_write_access()


# --- descriptors ----------------------------------------------------------------------------------
@syscall(23, "dup")
def sys_dup(kernel, task, oldfd, *_):
    f = task.files.get(signed(oldfd, 32))
    if f is None:
        return -E.EBADF
    return _files(task).install(f)


@syscall(24, "dup3")
def sys_dup3(kernel, task, oldfd, newfd, flags, *_):
    oldfd, newfd, flags = signed(oldfd, 32), signed(newfd, 32), flags & 0xFFFFFFFF
    if flags & ~O_CLOEXEC:
        return -E.EINVAL
    if oldfd == newfd:
        return -E.EINVAL
    f = task.files.get(oldfd)
    if f is None:
        return -E.EBADF
    return _files(task).install_at(newfd, f, cloexec=bool(flags & O_CLOEXEC))


@syscall(59, "pipe2")
def sys_pipe2(kernel, task, fds_ptr, flags, *_):
    flags &= 0xFFFFFFFF
    if flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT):
        return -E.EINVAL
    pipe = Pipe(wake=_wake(kernel))
    _fs(kernel).numbers.assign(pipe)
    pipe.mtime_ns = _now(kernel)
    status = flags & (O_NONBLOCK | O_DIRECT)
    reader = OpenFile(pipe, O_RDONLY | status, "")
    writer = OpenFile(pipe, O_WRONLY | status, "")
    pipe.open(reader)
    pipe.open(writer)
    cloexec = bool(flags & O_CLOEXEC)
    rfd = _files(task).install(reader, cloexec)
    if rfd < 0:
        pipe.release(reader)
        pipe.release(writer)
        return rfd
    wfd = _files(task).install(writer, cloexec)
    if wfd < 0:
        task.files.close(rfd)
        pipe.release(writer)
        return wfd
    try:
        copy_out(task, fds_ptr, struct.pack("<ii", rfd, wfd))
    except Fault:
        task.files.close(rfd)
        task.files.close(wfd)
        return -E.EFAULT
    _account_filp(kernel, reader, writer)
    return 0


@syscall(25, "fcntl")
def sys_fcntl(kernel, task, fd, cmd, arg, *_):
    fd, cmd = signed(fd, 32), signed(cmd, 32)
    f = task.files.get(fd)
    if f is None:
        return -E.EBADF
    if cmd in (F_DUPFD, F_DUPFD_CLOEXEC):
        start = signed(arg, 32) if arg < (1 << 32) else -1
        if start < 0 or start >= _files(task).limit:
            return -E.EINVAL
        return _files(task).install(f, cloexec=cmd == F_DUPFD_CLOEXEC, start=start)
    if cmd == F_GETFD:
        return FD_CLOEXEC if task.files.cloexec(fd) else 0
    if cmd == F_SETFD:
        task.files.set_cloexec(fd, arg & FD_CLOEXEC)
        return 0
    if cmd == F_GETFL:
        return f.flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC | 0o400)
    if cmd == F_SETFL:
        f.flags = (f.flags & ~SETFL_MASK) | (arg & SETFL_MASK)
        return 0
    if cmd in (F_GETPIPE_SZ, F_SETPIPE_SZ):
        if not isinstance(f.inode, Pipe):
            return -E.EBADF
        if cmd == F_GETPIPE_SZ:
            return f.inode.capacity
        return f.inode.resize(arg & 0xFFFFFFFF)
    if cmd in (F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW):
        return _record_lock(task, f, cmd, arg)
    return -E.EINVAL


def _record_lock(task, f, cmd, arg) -> int:
    """fcntl record locks.  Locks matter only between processes that contend for them; pagelab
    grants every lock (a teaching simplification) after Linux's argument checks, and F_GETLK
    reports the range unlocked."""
    try:
        raw = copy_in(task, arg, 32)               # struct flock: type, whence, start, len, pid
    except Fault:
        return -E.EFAULT
    l_type, l_whence = struct.unpack_from("<hh", raw, 0)
    if l_type not in (F_RDLCK, F_WRLCK, F_UNLCK) or l_whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
        return -E.EINVAL
    if l_type == F_RDLCK and not f.readable or l_type == F_WRLCK and not f.writable:
        return -E.EBADF
    if cmd in (F_GETLK, F_OFD_GETLK):
        out = bytearray(raw)
        struct.pack_into("<h", out, 0, F_UNLCK)
        try:
            copy_out(task, arg, bytes(out))
        except Fault:
            return -E.EFAULT
    return 0


@syscall(32, "flock")
def sys_flock(kernel, task, fd, operation, *_):
    """flock(2): checked, then granted (see _record_lock)."""
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    if operation & ~(LOCK_SH | LOCK_EX | LOCK_NB | LOCK_UN) or \
            (operation & ~LOCK_NB) not in (LOCK_SH, LOCK_EX, LOCK_UN):
        return -E.EINVAL
    return 0


def _wait_ready(kernel, task, tmo_ptr, scan, mask=None):
    """The common body of ppoll and pselect6.  `scan()` looks at the descriptors and returns
    (number ready, finish) or -errno; `finish()` writes the results to user memory and returns
    0 or -errno.  With nothing ready the task sleeps until a pipe changes (POLL_WAITABLE) or the
    timeout passes on the simulated clock; the call re-runs after each wakeup, its deadline kept
    in task.sleep_deadline so that the kernel's timers wake the task.  A signal handler makes it
    return -EINTR (never restarted, as Linux for poll/select).

    `mask` (ppoll's / pselect6's sigmask) replaces the blocked signals for the length of the
    call and the old mask comes back when it returns, as rt_sigsuspend does (the old one is
    kept in task.suspend_mask): a program can block a signal, check a flag its handler sets,
    and then wait with the signal unblocked -- without the race of unblocking first.  A signal
    already pending that the mask unblocks makes the call -EINTR at once (kernel/trap.py)."""
    if not task.poll_active:
        task.sleep_deadline = None
        if tmo_ptr:
            try:
                sec, nsec = struct.unpack("<qq", copy_in(task, tmo_ptr, 16))
            except Fault:
                return -E.EFAULT
            if sec < 0 or not 0 <= nsec < 1_000_000_000:
                return -E.EINVAL
            task.sleep_deadline = _now_ns(kernel) + sec * 1_000_000_000 + nsec
        if mask is not None:
            task.suspend_mask = task.signals.blocked
            task.signals.blocked = mask & ~sigs.UNBLOCKABLE & sigs.ALL_SIGNALS
    result = scan()
    if isinstance(result, int):
        _end_wait(task)
        return result
    ready, finish = result
    deadline = task.sleep_deadline
    if ready or (deadline is not None and _now_ns(kernel) >= deadline):
        _end_wait(task)
        err = finish()
        return err if err else ready

    def interrupted(restart, task=task):
        # before the handler's frame is made: it saves (and sigreturn restores) the old mask
        _end_wait(task)
        return False

    task.poll_active = True
    task.on_interrupt = interrupted
    if deadline is not None:
        kernel.add_timer(task)
    task.block_on(POLL_WAITABLE)
    return BLOCKED


def _end_wait(task) -> None:
    """ppoll / pselect6 returns: no deadline, and the signal mask from before the call."""
    task.poll_active = False
    task.sleep_deadline = None
    if task.suspend_mask is not None:
        task.signals.blocked = task.suspend_mask
        task.suspend_mask = None


def _now_ns(kernel) -> int:
    """The simulated monotonic clock (timeouts compare with task.sleep_deadline on it)."""
    return kernel.now_ns()


@syscall(73, "ppoll")
def sys_ppoll(kernel, task, fds_ptr, nfds, tmo_ptr, sigmask, sigsetsize, *_):
    """poll(2) (glibc's poll() is ppoll here).  `sigmask`, if not NULL, is the signal mask
    while the call waits (EINVAL for a size other than 8, EFAULT for a bad pointer)."""
    nfds &= 0xFFFFFFFF
    if nfds > _files(task).limit:
        return -E.EINVAL
    mask = None
    if sigmask:
        if sigsetsize != 8:
            return -E.EINVAL
        try:
            mask = struct.unpack("<Q", copy_in(task, sigmask, 8))[0]
        except Fault:
            return -E.EFAULT

    def scan():
        try:
            raw = copy_in(task, fds_ptr, 8 * nfds)
        except Fault:
            return -E.EFAULT
        out = bytearray(raw)
        ready = 0
        for i in range(nfds):
            fd, events = struct.unpack_from("<ih", raw, 8 * i)
            revents = 0
            if fd >= 0:
                f = task.files.get(fd)
                if f is None:
                    revents = POLLNVAL
                else:
                    revents = f.inode.poll(f) & ((events & 0xFFFF) | POLLERR | POLLHUP)
            struct.pack_into("<h", out, 8 * i + 6, revents)
            ready += revents != 0

        def finish():
            try:
                copy_out(task, fds_ptr, bytes(out))
            except Fault:
                return -E.EFAULT
            return 0
        return ready, finish
    return _wait_ready(kernel, task, tmo_ptr, scan, mask)


# select's sets, from poll bits (fs/select.c POLLIN_SET, POLLOUT_SET, POLLEX_SET)
POLLIN_SET = 0x1 | 0x40 | 0x80 | POLLHUP | POLLERR          # IN RDNORM RDBAND HUP ERR
POLLOUT_SET = 0x4 | 0x100 | 0x200 | POLLERR                  # OUT WRNORM WRBAND ERR
POLLEX_SET = 0x2                                             # PRI


@syscall(72, "pselect6")
def sys_pselect6(kernel, task, n, inp, outp, exp, tsp, sig, *_):
    """select(2) (glibc's select() is pselect6 here): three fd_set bitmaps of n bits, rewritten
    in place to the ready ones; the count of ready bits is returned.  A descriptor in a set that
    is not open is EBADF.  `sig` points to {sigset_t *, size}: the signal mask while the call
    waits, as ppoll's (EFAULT for a bad pointer, EINVAL for a size other than 8)."""
    n = signed(n, 32)
    if n < 0:
        return -E.EINVAL
    mask = None
    if sig:
        try:
            mask_ptr, mask_size = struct.unpack("<QQ", copy_in(task, sig, 16))
            if mask_ptr:
                if mask_size != 8:
                    return -E.EINVAL
                mask = struct.unpack("<Q", copy_in(task, mask_ptr, 8))[0]
        except Fault:
            return -E.EFAULT
    n = min(n, _files(task).limit)
    nbytes = (n + 63) // 64 * 8
    sets = [(ptr, mask) for ptr, mask in ((inp, POLLIN_SET), (outp, POLLOUT_SET),
                                          (exp, POLLEX_SET))]

    def scan():
        wanted = []
        for ptr, _ in sets:
            if not ptr:
                wanted.append(0)
                continue
            try:
                wanted.append(int.from_bytes(copy_in(task, ptr, nbytes), "little"))
            except Fault:
                return -E.EFAULT
        union = wanted[0] | wanted[1] | wanted[2]
        got = [0, 0, 0]
        for fd in range(n):
            if not union >> fd & 1:
                continue
            f = task.files.get(fd)
            if f is None:
                return -E.EBADF
            mask = f.inode.poll(f)
            for i, (_, kind) in enumerate(sets):
                if wanted[i] >> fd & 1 and mask & kind:
                    got[i] |= 1 << fd
        ready = sum(bin(g).count("1") for g in got)

        def finish():
            try:
                for (ptr, _), bits in zip(sets, got):
                    if ptr:
                        copy_out(task, ptr, bits.to_bytes(nbytes, "little"))
            except Fault:
                return -E.EFAULT
            return 0
        return ready, finish
    return _wait_ready(kernel, task, tsp, scan, mask)


# --- sync, permissions, times, statx, close_range ----------------------------------------------
def _charge_writes(kernel, task, pages: int) -> None:
    """The caller waited for `pages` page writes (writeback is synchronous in pagelab)."""
    from pagelab.kernel.mm.writeback import WRITE_PAGE_NS
    if pages:
        kernel.charge(pages * WRITE_PAGE_NS, task)


@syscall(81, "sync")
def sys_sync(kernel, task, *_):
    """sync(2): write back every dirty page-cache page."""
    if kernel.flusher is not None:
        _charge_writes(kernel, task, kernel.flusher.sync_all())
    return 0


@syscall(267, "syncfs")
def sys_syncfs(kernel, task, fd, *_):
    """syncfs(2): write back the dirty pages of the files on `fd`'s file system."""
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    cache = _page_cache(kernel)
    if cache is None:
        return 0
    written = 0
    for entry in list(cache.dirty_inodes.values()):
        if entry[0].dev == f.inode.dev:
            written += cache.write_file(entry[0])
    from pagelab.kernel.mm.writeback import traced
    _charge_writes(kernel, task, traced(kernel, written, "sync"))
    return 0


def _fsync(kernel, task, fd) -> int:
    """fsync(2)/fdatasync(2): write back the file's dirty pages and report a writeback error
    not reported yet (once, as Linux's errseq)."""
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    if not f.inode.seekable and f.inode.mode & S_IFMT != S_IFCHR:
        return -E.EINVAL                       # pipes (and sockets) cannot be synced
    cache = _cached(kernel, f.inode)
    if cache is not None:
        from pagelab.kernel.mm.writeback import traced
        _charge_writes(kernel, task, traced(kernel, cache.write_file(f.inode), "fsync"))
    err = f.inode.wb_err
    if err:
        f.inode.wb_err = 0
    return err


@syscall(82, "fsync")
def sys_fsync(kernel, task, fd, *_):
    return _fsync(kernel, task, fd)


@syscall(83, "fdatasync")
def sys_fdatasync(kernel, task, fd, *_):
    return _fsync(kernel, task, fd)


@syscall(166, "umask")
def sys_umask(kernel, task, mask, *_):
    """Set the file-creation mask; returns the old one (kept in the FdTable: see file.py)."""
    old = _umask(task)
    task.files.umask = mask & 0o777
    return old


def _chmod(kernel, inode, mode: int) -> int:
    if inode.dev == DEV_PROC:
        return -E.EPERM
    if isinstance(inode, HostInode):
        err = inode.chmod(mode)               # the host boundary (fs/hostfs.py)
        if err < 0:
            return err
    elif type(inode).__name__ == "LazyFile":
        return -E.EROFS                        # /bin is a read-only mount
    inode.mode = (inode.mode & S_IFMT) | (mode & 0o7777)
    return 0


@syscall(52, "fchmod")
def sys_fchmod(kernel, task, fd, mode, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    return _chmod(kernel, f.inode, mode)


@syscall(53, "fchmodat")
def sys_fchmodat(kernel, task, dirfd, pathname, mode, *_):
    path = read_path(task, pathname)
    if isinstance(path, int):
        return path
    base = _base_dir(task, signed(dirfd, 32), path)
    if isinstance(base, int):
        return base
    res = _fs(kernel).resolve(path, base, task)
    if isinstance(res, int):
        return res
    return _chmod(kernel, res.inode, mode)


UTIME_NOW = (1 << 30) - 1
UTIME_OMIT = (1 << 30) - 2


@syscall(88, "utimensat")
def sys_utimensat(kernel, task, dirfd, pathname, times, flags, *_):
    """Set a file's modification time (pagelab keeps one time per file: atime = mtime).
    A NULL path means the file open on dirfd (futimens)."""
    flags &= 0xFFFFFFFF
    if flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH):
        return -E.EINVAL
    dirfd = signed(dirfd, 32)
    if pathname == 0:
        f = task.files.get(dirfd)
        if f is None:
            return -E.EBADF
        inode = f.inode
    else:
        path = read_path(task, pathname)
        if isinstance(path, int):
            return path
        base = _base_dir(task, dirfd, path)
        if isinstance(base, int):
            return base
        res = _fs(kernel).resolve(path, base, task, follow=not flags & AT_SYMLINK_NOFOLLOW)
        if isinstance(res, int):
            return res
        inode = res.inode
    now = _now(kernel)
    mtime = now
    if times:
        try:
            raw = copy_in(task, times, 32)
        except Fault:
            return -E.EFAULT
        a_sec, a_nsec, m_sec, m_nsec = struct.unpack("<qqqq", raw)
        for sec, nsec in ((a_sec, a_nsec), (m_sec, m_nsec)):
            if nsec not in (UTIME_NOW, UTIME_OMIT) and not 0 <= nsec < 1_000_000_000:
                return -E.EINVAL
        if m_nsec == UTIME_OMIT:
            return 0
        if m_nsec != UTIME_NOW:
            mtime = m_sec * 1_000_000_000 + m_nsec
    if isinstance(inode, HostInode):
        return inode.set_times(mtime, mtime)  # the host boundary (fs/hostfs.py)
    if inode.dev == DEV_PROC:
        return -E.EPERM
    inode.mtime_ns = mtime
    return 0


STATX_BASIC_STATS = 0x7FF
STATX_MNT_ID = 0x1000
AT_STATX_SYNC_TYPE = 0x6000


@syscall(291, "statx")
def sys_statx(kernel, task, dirfd, pathname, flags, mask, statxbuf, *_):
    """statx(2): the basic fields of struct statx (256 bytes), from the same Stat as fstat."""
    flags &= 0xFFFFFFFF
    if flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_STATX_SYNC_TYPE):
        return -E.EINVAL
    if flags & AT_STATX_SYNC_TYPE == AT_STATX_SYNC_TYPE:
        return -E.EINVAL
    if mask & 0x80000000:                     # STATX__RESERVED
        return -E.EINVAL
    inode = _stat_target(kernel, task, dirfd, pathname, flags)
    if isinstance(inode, int):
        return inode
    st = inode.stat()

    def ts(ns):
        return struct.pack("<qIi", ns // 1_000_000_000, ns % 1_000_000_000, 0)
    out = bytearray(256)
    struct.pack_into("<IIQIIIH", out, 0, STATX_BASIC_STATS, st.blksize, 0, st.nlink, st.uid,
                     st.gid, st.mode & 0xFFFF)
    struct.pack_into("<QQQQ", out, 32, st.ino, st.size, st.blocks, 0)
    out[64:80] = ts(st.atime_ns)
    out[96:112] = ts(st.ctime_ns)
    out[112:128] = ts(st.mtime_ns)
    struct.pack_into("<IIII", out, 128, st.rdev[0], st.rdev[1], st.dev[0], st.dev[1])
    try:
        copy_out(task, statxbuf, bytes(out))
    except Fault:
        return -E.EFAULT
    return 0


CLOSE_RANGE_UNSHARE, CLOSE_RANGE_CLOEXEC = 2, 4


@syscall(436, "close_range")
def sys_close_range(kernel, task, first, last, flags, *_):
    first, last, flags = first & 0xFFFFFFFF, last & 0xFFFFFFFF, flags & 0xFFFFFFFF
    if flags & ~(CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC) or first > last:
        return -E.EINVAL
    files = task.files
    for fd in [fd for fd, _ in files.items() if first <= fd <= last]:
        if flags & CLOSE_RANGE_CLOEXEC:
            files.set_cloexec(fd, True)
        else:
            files.close(fd)
    return 0


@syscall(29, "ioctl")
def sys_ioctl(kernel, task, fd, request, arg, *_):
    f = task.files.get(signed(fd, 32))
    if f is None:
        return -E.EBADF
    return f.inode.ioctl(f, request & 0xFFFFFFFF, arg)


__all__ = ["pack_stat", "open_file", "read_path", "copy_in", "copy_out", "access_ok", "Fault"]
