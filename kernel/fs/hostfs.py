"""A host directory shown inside the guest (`pagelab run --root DIR`).

The guest sees DIR as its root directory `/` (like chroot), with pagelab's own /bin, /dev, /proc and
/tmp mounted over it (vfs.py).  Containment is the VFS's job, not the host's: the VFS walks every
path one component at a time, `..` pops its own stack of directories (so it stops at the guest root),
and a symlink's target is read with `readlink` and resolved again *inside the guest namespace* (an
absolute target starts at the guest root, i.e. at DIR).  This module therefore never lets the host
resolve a path: it `lstat`s single names inside a directory it already holds, and opens files with
O_NOFOLLOW.

Inodes are cached by the host (st_dev, st_ino) so the same host file is always the same inode object
(the page cache keys file pages by inode).  Host errors become the same errno (the host is Linux).
"""
from __future__ import annotations

import os
import stat as host_stat

from .. import errno as E
from .inode import PAGE_SIZE, S_IFDIR, S_IFLNK, S_IFREG, Directory, Inode, Stat, Symlink

DEV_HOSTFS = (0, 0x20)


def _errno(exc: OSError) -> int:
    return -(exc.errno or E.EIO)


class HostFS:
    """Owns the inode cache for one host directory tree."""

    def __init__(self, root_path: str):
        self.root_path = os.path.realpath(root_path)
        if not os.path.isdir(self.root_path):
            raise NotADirectoryError(f"--root: {root_path} is not a directory")
        self._cache: dict[tuple, Inode] = {}
        self.root = self.inode_for(self.root_path)

    def inode_for(self, host_path: str):
        """The inode of `host_path` (not following a final symlink), or None if it is gone or is
        a kind pagelab does not show (sockets, devices)."""
        try:
            st = os.lstat(host_path)
        except OSError:
            return None
        key = (st.st_dev, st.st_ino)
        inode = self._cache.get(key)
        if inode is not None and inode.host_path == host_path:
            return inode
        if host_stat.S_ISDIR(st.st_mode):
            inode = HostDirectory(self, host_path, st)
        elif host_stat.S_ISREG(st.st_mode):
            inode = HostFile(self, host_path, st)
        elif host_stat.S_ISLNK(st.st_mode):
            inode = HostSymlink(self, host_path, st)
        else:
            return None
        self._cache[key] = inode
        return inode


class _HostInode:
    """Mixin: stat comes from the host."""

    def _init_host(self, fs: HostFS, host_path: str, st):
        self.fs = fs
        self.host_path = host_path
        self.ino = st.st_ino
        self.dev = DEV_HOSTFS

    def _lstat(self):
        try:
            return os.lstat(self.host_path)
        except OSError:
            return None

    @property
    def size(self) -> int:
        st = self._lstat()
        return st.st_size if st else 0

    def stat(self) -> Stat:
        st = self._lstat()
        if st is None:
            return Stat(dev=self.dev, ino=self.ino, mode=self.mode, nlink=0)
        return Stat(dev=self.dev, ino=self.ino, mode=st.st_mode, nlink=st.st_nlink,
                    uid=0, gid=0, size=st.st_size, blksize=PAGE_SIZE, blocks=st.st_blocks,
                    atime_ns=st.st_atime_ns, mtime_ns=st.st_mtime_ns, ctime_ns=st.st_ctime_ns)


class HostFile(_HostInode, Inode):
    def __init__(self, fs, host_path, st):
        Inode.__init__(self, S_IFREG | (st.st_mode & 0o7777))
        self._init_host(fs, host_path, st)

    def _io(self, flags, action):
        try:
            fd = os.open(self.host_path, flags | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError as exc:
            return _errno(exc)
        try:
            return action(fd)
        except OSError as exc:
            return _errno(exc)
        finally:
            os.close(fd)

    def read(self, f, count: int):
        data = self._io(os.O_RDONLY, lambda fd: os.pread(fd, min(count, 1 << 20), f.pos))
        if isinstance(data, bytes):
            f.pos += len(data)
        return data

    def write(self, f, data: bytes):
        n = self._io(os.O_WRONLY, lambda fd: os.pwrite(fd, data, f.pos))
        if isinstance(n, int) and n > 0:
            f.pos += n
        return n

    def truncate(self, size: int) -> int:
        result = self._io(os.O_WRONLY, lambda fd: os.ftruncate(fd, size))
        return 0 if result is None else result

    def read_page(self, index: int) -> bytes:
        data = self._io(os.O_RDONLY, lambda fd: os.pread(fd, PAGE_SIZE, index * PAGE_SIZE))
        return data if isinstance(data, bytes) else b""

    def write_page(self, index: int, data: bytes) -> None:
        size = self.size
        start = index * PAGE_SIZE
        if start < size:
            self._io(os.O_WRONLY, lambda fd: os.pwrite(fd, data[:size - start], start))


class HostDirectory(_HostInode, Directory):
    def __init__(self, fs, host_path, st):
        Directory.__init__(self, S_IFDIR | (st.st_mode & 0o7777))
        self._init_host(fs, host_path, st)

    def _child_path(self, name: str) -> str:
        return os.path.join(self.host_path, name)

    def lookup(self, name: str):
        return self.fs.inode_for(self._child_path(name))

    def entries(self) -> list:
        try:
            names = sorted(os.listdir(self.host_path))
        except OSError:
            return []
        result = []
        for name in names:
            inode = self.fs.inode_for(self._child_path(name))
            if inode is not None:
                result.append((name, inode))
        return result

    def create(self, name: str, mode: int):
        try:
            fd = os.open(self._child_path(name),
                         os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, mode & 0o777)
            os.close(fd)
        except OSError as exc:
            return _errno(exc)
        return self.lookup(name) or -E.ENOENT

    def mkdir(self, name: str, mode: int):
        try:
            os.mkdir(self._child_path(name), mode & 0o777)
        except OSError as exc:
            return _errno(exc)
        return self.lookup(name) or -E.ENOENT

    def symlink(self, name: str, target: str):
        return -E.EPERM          # pagelab does not plant symlinks in the user's directory

    def unlink(self, name: str) -> int:
        path = self._child_path(name)
        if os.path.isdir(path) and not os.path.islink(path):
            return -E.EISDIR
        try:
            os.unlink(path)
        except OSError as exc:
            return _errno(exc)
        return 0

    def rmdir(self, name: str) -> int:
        path = self._child_path(name)
        if os.path.islink(path) or not os.path.isdir(path):
            return -E.ENOTDIR if os.path.lexists(path) else -E.ENOENT
        try:
            os.rmdir(path)
        except OSError as exc:
            return _errno(exc)
        return 0

    def link(self, name: str, inode) -> int:
        source = getattr(inode, "host_path", None)
        if source is None:
            return -E.EXDEV
        try:
            os.link(source, self._child_path(name), follow_symlinks=False)
        except OSError as exc:
            return _errno(exc)
        return 0

    def move(self, name: str, target, target_name: str, exchange: bool = False) -> int:
        if exchange or not isinstance(target, HostDirectory):
            return -E.EINVAL          # RENAME_EXCHANGE is not offered for host directories
        old_path, new_path = self._child_path(name), target._child_path(target_name)
        try:
            os.rename(old_path, new_path)      # renames the names; never follows a symlink
        except OSError as exc:
            return _errno(exc)
        inode = self.fs.inode_for(new_path)  # keep one inode object for the moved file
        return 0 if inode is not None else -E.ENOENT

    def stat(self) -> Stat:
        return _HostInode.stat(self)

    @property
    def size(self) -> int:
        return _HostInode.size.fget(self)


class HostSymlink(_HostInode, Symlink):
    def __init__(self, fs, host_path, st):
        Symlink.__init__(self)
        self._init_host(fs, host_path, st)

    def readlink(self, task) -> str:
        try:
            return os.readlink(self.host_path)
        except OSError:
            return ""

    def stat(self) -> Stat:
        st = _HostInode.stat(self)
        st.mode = S_IFLNK | 0o777
        return st
