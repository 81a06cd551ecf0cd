"""The host boundary: every host file-system call pagelab makes on a guest's behalf is here.

docs/threat-model.md says what a guest may reach and why; in short, a guest reaches

* the directory given with `--root DIR`, shown as its `/` (chroot-like, `HostFS` below), with
  pagelab's own /bin, /dev, /proc and /tmp mounted over it (vfs.py);
* the console: the host's stdin, stdout and stderr (`console_read`, `console_write`,
  `console_kind`, used by devices.py);
* nothing else.  Core files go into the guest's file system, or into the one host directory
  named with `pagelab run --core-dir DIR` (`CoreDirectory`).

How the --root tree is held.  The root is opened once (`O_DIRECTORY`) and every host object
below it is reached *relative to a descriptor*: a directory inode holds a descriptor of its own
directory (taken with `openat(parent, name, O_DIRECTORY | O_NOFOLLOW)`), and every operation on
a child names one path component relative to it (`fstatat`, `openat`, `mkdirat`, `unlinkat`,
`renameat`, `linkat`, `readlinkat`, all without following symlinks).  Nothing ever hands the
host a path with a `/` in it, and no stored host path string is ever re-opened.  A file inode
takes its own descriptor when the guest opens it (or the page cache reads it) and keeps it, so
renaming directories or swapping a symlink in where a directory was cannot redirect an open file:
it goes on naming the inode it opened, as an open file does on Linux.  Each descriptor taken by
name is checked against the (st_dev, st_ino) the lookup saw; a mismatch (the host changed the
tree behind pagelab's back) is ENOENT.

Symlinks are never followed by the host: the VFS reads a link's target with `readlink` and
resolves it again *inside the guest namespace* (an absolute target starts at the guest root), so
`..` and symlinks cannot lead above DIR.  Guests cannot create symlinks in DIR (EPERM).

Inodes are cached by host (st_dev, st_ino) while anything uses them (a weak cache: open files,
mappings, the directories above them), so the same host file is the same inode object, and a
host descriptor is closed when its inode is no longer used.  Host errors become the same errno
(the host is Linux).
"""
from __future__ import annotations

import errno as host_errno
import os
import stat as host_stat
import sys
import weakref

from .. import errno as E
from .inode import PAGE_SIZE, S_IFDIR, S_IFLNK, S_IFREG, Directory, Inode, Stat, Symlink

DEV_HOSTFS = (0, 0x20)
O_NOFOLLOW_CLOEXEC = os.O_NOFOLLOW | os.O_CLOEXEC
MAX_OFFSET = (1 << 63) - 1          # the host's off_t


def _errno(exc: OSError) -> int:
    return -(exc.errno or E.EIO)


def _host_call(action):
    """Run one host call: its result, or -errno (OverflowError: a size the host cannot hold)."""
    try:
        return action()
    except OSError as exc:
        return _errno(exc)
    except OverflowError:
        return -E.EFBIG


def _close_fds(fds: list) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
    fds.clear()


class HostFS:
    """One host directory tree, shown as the guest root.  Owns the root descriptor and the
    inode cache."""

    def __init__(self, root_path: str):
        try:
            root_fd = os.open(root_path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            raise NotADirectoryError(f"--root: {root_path} is not a directory") from None
        self.root_path = os.path.realpath(root_path)      # shown in messages only, never opened
        self._cache: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        st = os.fstat(root_fd)
        self.root = HostDirectory(self, None, "", st)
        self.root.adopt_fd(root_fd)
        self._cache[(st.st_dev, st.st_ino)] = self.root

    def child(self, parent: "HostDirectory", name: str):
        """The inode called `name` in `parent` (not following a symlink), or None if there is
        none or it is a kind pagelab does not show (sockets, devices, FIFOs)."""
        if "/" in name or name in ("", ".", ".."):
            return None
        dir_fd = parent.dir_fd()
        if dir_fd < 0:
            return None
        try:
            st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except (OSError, ValueError):
            return None
        kind = host_stat.S_IFMT(st.st_mode)
        key = (st.st_dev, st.st_ino)
        inode = self._cache.get(key)
        if inode is not None and inode.host_kind == kind:
            inode.parent, inode.name = parent, name        # its current name
            return inode
        cls = {host_stat.S_IFDIR: HostDirectory, host_stat.S_IFREG: HostFile,
               host_stat.S_IFLNK: HostSymlink}.get(kind)
        if cls is None:
            return None
        inode = cls(self, parent, name, st)
        self._cache[key] = inode
        return inode

    def moved(self, key: tuple, parent: "HostDirectory", name: str) -> None:
        """A guest rename moved the object `key` to `name` in `parent`."""
        inode = self._cache.get(key)
        if inode is not None:
            inode.parent, inode.name = parent, name


class HostInode:
    """Mixin: where the object is (parent directory inode + name), its host identity, and the
    host descriptors it holds (closed when the inode is no longer used)."""

    host_kind = 0

    def _init_host(self, fs: HostFS, parent, name: str, st):
        self.fs = fs
        self.parent = parent
        self.name = name
        self.key = (st.st_dev, st.st_ino)
        self.ino = st.st_ino
        self.dev = DEV_HOSTFS
        self._fds: list[int] = []
        weakref.finalize(self, _close_fds, self._fds)

    def adopt_fd(self, fd: int) -> int:
        self._fds.append(fd)
        return fd

    def open_by_name(self, flags: int) -> int:
        """A new host descriptor for this object, opened by name in the parent directory without
        following symlinks and checked to be this object; -errno if it is gone or replaced."""
        if self.parent is None:
            return -E.ENOENT
        dir_fd = self.parent.dir_fd()
        if dir_fd < 0:
            return dir_fd
        fd = _host_call(lambda: os.open(self.name, flags | O_NOFOLLOW_CLOEXEC, dir_fd=dir_fd))
        if fd < 0:
            return fd
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != self.key:
            os.close(fd)
            return -E.ENOENT
        return fd

    def _host_stat(self):
        """The host's stat of this object (through a held descriptor, or by name with the
        identity checked), or None when it is gone."""
        if self._fds:
            try:
                return os.fstat(self._fds[0])
            except OSError:
                return None
        if self.parent is None:
            return None
        dir_fd = self.parent.dir_fd()
        if dir_fd < 0:
            return None
        try:
            st = os.stat(self.name, dir_fd=dir_fd, follow_symlinks=False)
        except (OSError, ValueError):
            return None
        return st if (st.st_dev, st.st_ino) == self.key else None

    @property
    def size(self) -> int:
        st = self._host_stat()
        return st.st_size if st else 0

    def stat(self) -> Stat:
        st = self._host_stat()
        if st is None:
            return Stat(dev=self.dev, ino=self.ino, mode=self.mode, nlink=0)
        return Stat(dev=self.dev, ino=self.ino, mode=st.st_mode, nlink=st.st_nlink,
                    uid=0, gid=0, size=st.st_size, blksize=PAGE_SIZE, blocks=st.st_blocks,
                    atime_ns=st.st_atime_ns, mtime_ns=st.st_mtime_ns, ctime_ns=st.st_ctime_ns)

    def chmod(self, mode: int) -> int:
        """chmod(2) on the host object: 0 or -errno."""
        def change():
            if self._fds:
                os.chmod(self._fds[0], mode & 0o7777)
            else:
                self._check_identity()
                os.chmod(self.name, mode & 0o7777, dir_fd=self.parent.dir_fd(),
                         follow_symlinks=False)
            return 0
        try:
            return _host_call(change)
        except NotImplementedError:
            return -E.EOPNOTSUPP

    def set_times(self, atime_ns: int, mtime_ns: int) -> int:
        """utimensat(2) on the host object: 0 or -errno."""
        def change():
            if self._fds:
                os.utime(self._fds[0], ns=(atime_ns, mtime_ns))
            else:
                self._check_identity()
                os.utime(self.name, ns=(atime_ns, mtime_ns), dir_fd=self.parent.dir_fd(),
                         follow_symlinks=False)
            return 0
        try:
            return _host_call(change)
        except NotImplementedError:
            return -E.EOPNOTSUPP

    def _check_identity(self) -> None:
        if self._host_stat() is None:
            raise FileNotFoundError(host_errno.ENOENT, "gone")


class HostFile(HostInode, Inode):
    """A regular host file.  I/O goes through host descriptors this inode holds: one for
    reading and one for writing (the same one when the file could be opened read-write)."""

    host_kind = host_stat.S_IFREG
    page_cached = True              # the host file is the disk; the guest's RAM caches it

    def __init__(self, fs, parent, name, st):
        Inode.__init__(self, S_IFREG | (st.st_mode & 0o7777))
        self._init_host(fs, parent, name, st)
        self._read_fd = self._write_fd = None

    def host_fd(self, write: bool) -> int:
        """A descriptor for reading or writing, taken on first use and then kept; -errno."""
        held = self._write_fd if write else self._read_fd
        if held is not None:
            return held
        fd = self.open_by_name(os.O_RDWR | os.O_NONBLOCK)
        if fd >= 0:
            self._read_fd = self._write_fd = self.adopt_fd(fd)
            return fd
        if fd != -E.EACCES:
            return fd
        fd = self.open_by_name((os.O_WRONLY if write else os.O_RDONLY) | os.O_NONBLOCK)
        if fd < 0:
            return fd
        self.adopt_fd(fd)
        if write:
            self._write_fd = fd
        else:
            self._read_fd = fd
        return fd

    def open(self, f) -> int:
        """A guest open takes the host descriptor now, so later renames cannot redirect it."""
        if not (f.readable or f.writable):
            return 0 if self._host_stat() is not None else -E.ENOENT      # O_PATH
        if f.readable:
            fd = self.host_fd(write=False)
            if fd < 0:
                return fd
        if f.writable:
            fd = self.host_fd(write=True)
            if fd < 0:
                return fd
        return 0

    def read(self, f, count: int):
        fd = self.host_fd(write=False)
        if fd < 0:
            return fd
        data = _host_call(lambda: os.pread(fd, min(count, 1 << 20), f.pos))
        if isinstance(data, bytes):
            f.pos += len(data)
        return data

    def write(self, f, data: bytes):
        fd = self.host_fd(write=True)
        if fd < 0:
            return fd
        if f.pos + len(data) > MAX_OFFSET:
            return -E.EFBIG
        n = _host_call(lambda: os.pwrite(fd, data, f.pos))
        if n > 0:
            f.pos += n
        return n

    def truncate(self, size: int) -> int:
        fd = self.host_fd(write=True)
        if fd < 0:
            return fd
        if not 0 <= size <= MAX_OFFSET:
            return -E.EINVAL
        result = _host_call(lambda: os.ftruncate(fd, size))
        return 0 if result is None else result

    def read_page(self, index: int) -> bytes:
        fd = self.host_fd(write=False)
        if fd < 0:
            return b""
        data = _host_call(lambda: os.pread(fd, PAGE_SIZE, index * PAGE_SIZE))
        return data if isinstance(data, bytes) else b""

    def write_page(self, index: int, data: bytes) -> int:
        """Writeback of one page-cache page to the host file: 0 or -errno."""
        size = self.size
        start = index * PAGE_SIZE
        fd = self.host_fd(write=True)
        if fd < 0:
            return fd
        if start >= size:
            return 0
        n = _host_call(lambda: os.pwrite(fd, data[:size - start], start))
        return n if n < 0 else 0


class HostDirectory(HostInode, Directory):
    host_kind = host_stat.S_IFDIR

    def __init__(self, fs, parent, name, st):
        Directory.__init__(self, S_IFDIR | (st.st_mode & 0o7777))
        self._init_host(fs, parent, name, st)

    def dir_fd(self) -> int:
        """This directory's own descriptor (taken once, then kept), or -errno."""
        if self._fds:
            return self._fds[0]
        fd = self.open_by_name(os.O_RDONLY | os.O_DIRECTORY)
        return self.adopt_fd(fd) if fd >= 0 else fd

    def _at(self, action):
        """Run action(dir_fd) -> result; -errno on failure."""
        dir_fd = self.dir_fd()
        if dir_fd < 0:
            return dir_fd
        return _host_call(lambda: action(dir_fd))

    def _kind(self, name: str) -> int:
        """The host file type of entry `name` (0 when there is none)."""
        st = self._at(lambda d: os.stat(name, dir_fd=d, follow_symlinks=False))
        return 0 if isinstance(st, int) else host_stat.S_IFMT(st.st_mode)

    def lookup(self, name: str):
        return self.fs.child(self, name)

    def entries(self) -> list:
        names = self._at(os.listdir)
        if isinstance(names, int):
            return []
        result = []
        for name in sorted(names):
            inode = self.fs.child(self, name)
            if inode is not None:
                result.append((name, inode))
        return result

    def create(self, name: str, mode: int):
        fd = self._at(lambda d: os.open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR |
                                        O_NOFOLLOW_CLOEXEC, mode & 0o777, dir_fd=d))
        if fd < 0:
            return fd
        inode = self.lookup(name)
        if not isinstance(inode, HostFile) or inode.key != _key(os.fstat(fd)):
            os.close(fd)
            return inode if inode is not None else -E.ENOENT
        if inode._read_fd is None:                 # the new file keeps the descriptor
            inode._read_fd = inode._write_fd = inode.adopt_fd(fd)
        else:
            os.close(fd)
        return inode

    def mkdir(self, name: str, mode: int):
        err = self._at(lambda d: os.mkdir(name, mode & 0o777, dir_fd=d))
        if isinstance(err, int):
            return err
        return self.lookup(name) or -E.ENOENT

    def symlink(self, name: str, target: str):
        return -E.EPERM          # pagelab does not plant symlinks in the user's directory

    def unlink(self, name: str) -> int:
        if self._kind(name) == host_stat.S_IFDIR:
            return -E.EISDIR
        err = self._at(lambda d: os.unlink(name, dir_fd=d))
        return err if isinstance(err, int) else 0

    def rmdir(self, name: str) -> int:
        kind = self._kind(name)
        if kind != host_stat.S_IFDIR:
            return -E.ENOTDIR if kind else -E.ENOENT
        err = self._at(lambda d: os.rmdir(name, dir_fd=d))
        return err if isinstance(err, int) else 0

    def link(self, name: str, inode) -> int:
        if not isinstance(inode, HostInode) or inode.fs is not self.fs or inode.parent is None:
            return -E.EXDEV
        if inode._host_stat() is None:
            return -E.ENOENT
        source_dir = inode.parent.dir_fd()
        if source_dir < 0:
            return source_dir
        err = self._at(lambda d: os.link(inode.name, name, src_dir_fd=source_dir, dst_dir_fd=d,
                                         follow_symlinks=False))
        return err if isinstance(err, int) else 0

    def move(self, name: str, target, target_name: str, exchange: bool = False) -> int:
        if exchange or not isinstance(target, HostDirectory):
            return -E.EINVAL          # RENAME_EXCHANGE is not offered for host directories
        st = self._at(lambda d: os.stat(name, dir_fd=d, follow_symlinks=False))
        if isinstance(st, int):
            return st
        target_fd = target.dir_fd()
        if target_fd < 0:
            return target_fd
        err = self._at(lambda d: os.rename(name, target_name, src_dir_fd=d,
                                           dst_dir_fd=target_fd))     # names only, no follow
        if isinstance(err, int):
            return err
        self.fs.moved(_key(st), target, target_name)
        return 0

    def stat(self) -> Stat:
        return HostInode.stat(self)

    @property
    def size(self) -> int:
        return HostInode.size.fget(self)


class HostSymlink(HostInode, Symlink):
    host_kind = host_stat.S_IFLNK

    def __init__(self, fs, parent, name, st):
        Symlink.__init__(self)
        self._init_host(fs, parent, name, st)

    def readlink(self, task) -> str:
        """The link's target text (resolved by the VFS inside the guest namespace)."""
        if self._host_stat() is None:
            return ""
        target = _host_call(lambda: os.readlink(self.name, dir_fd=self.parent.dir_fd()))
        return target if isinstance(target, str) else ""

    def stat(self) -> Stat:
        st = HostInode.stat(self)
        st.mode = S_IFLNK | 0o777
        return st


def _key(st) -> tuple:
    return (st.st_dev, st.st_ino)


# --- core files: the one host directory named on the command line -------------------------------
class CoreDirectory:
    """`pagelab run --core-dir DIR`: the host directory core files go to.  Opened once; a core
    is written as one plain name inside it (the last component of the expanded core_pattern),
    the way Linux writes cores: unlink the old file, then create with O_EXCL | O_NOFOLLOW,
    mode 0600 -- never through a symlink, never anywhere else."""

    def __init__(self, path: str):
        try:
            self.fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:
            raise NotADirectoryError(f"--core-dir: {path}: {exc.strerror}") from None
        self.path = os.path.abspath(path)
        weakref.finalize(self, _close_fds, [self.fd])

    def write(self, name: str, data: bytes) -> str:
        """Write core file `name` (a single path component); returns its host path.  Raises
        OSError when it cannot be written."""
        if "/" in name or name in ("", ".", ".."):
            raise OSError(host_errno.EINVAL, f"bad core file name '{name}'")
        try:
            os.unlink(name, dir_fd=self.fd)
        except FileNotFoundError:
            pass
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW_CLOEXEC, 0o600,
                     dir_fd=self.fd)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        return os.path.join(self.path, name)


# --- the console: the host's stdin, stdout and stderr -------------------------------------------
def console_write(stream: int, data: bytes) -> None:
    """Write guest output to the host's stdout (1) or stderr (2)."""
    if stream == 2:
        sys.stdout.flush()
    host = sys.stderr if stream == 2 else sys.stdout
    raw = getattr(host, "buffer", None)
    if raw is None:
        host.write(data.decode("utf-8", "replace"))
    else:
        raw.write(data)
    host.flush()


def console_read(count: int) -> bytes:
    """Read guest input from the host's stdin."""
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        return b""
    return os.read(fd, min(count, 1 << 16))


def console_kind(host_fd: int) -> int:
    """The file type (S_IFMT bits) of host descriptor 0, 1 or 2; 0 if it is closed."""
    try:
        return os.fstat(host_fd).st_mode & 0o170000
    except OSError:
        return 0


# --- the interactive terminal (kernel/fs/tty.py): the host's tty in non-canonical mode ----------
def terminal_raw(fd: int):
    """Switch the host terminal to non-canonical input without echo (signals and output
    processing stay on); returns the old mode for terminal_restore."""
    import termios
    saved = termios.tcgetattr(fd)
    mode = termios.tcgetattr(fd)
    mode[3] &= ~(termios.ICANON | termios.ECHO)
    mode[6][termios.VMIN], mode[6][termios.VTIME] = 1, 0
    termios.tcsetattr(fd, termios.TCSANOW, mode)
    return saved


def terminal_restore(fd: int, saved) -> None:
    import termios
    termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def terminal_read(fd: int, timeout: float | None) -> bytes | None:
    """What the host terminal has, waiting up to `timeout` seconds (None: until something
    arrives); None if nothing came, b"" at end of file (the terminal went away)."""
    import select
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
    except (InterruptedError, OSError, ValueError):
        return None
    if not ready:
        return None
    try:
        return os.read(fd, 4096)
    except OSError:
        return None


def terminal_write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def terminal_size(fd: int) -> tuple:
    """(columns, rows) of the host terminal; (80, 24) when it has none."""
    try:
        size = os.get_terminal_size(fd)
        return size.columns, size.lines
    except OSError:
        return 80, 24
