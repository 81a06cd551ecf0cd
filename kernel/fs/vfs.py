"""The guest's file namespace and path resolution (Linux's namei, simplified).

Layout seen by every guest process:

    /                 in-memory directory (a disk of 4 x RAM), or the host directory given with
                      --root (chroot-like); the page cache writes its files back (disk-backed)
    /bin/<name>       the assembled programs/ (programs/**/<name>.s, assembled on first use; bin.py)
    /dev/null, /dev/zero, /dev/full, /dev/console, /dev/stdin|stdout|stderr|fd (-> /proc/self/fd)
    /dev/hugepages    hugetlbfs (hugetlbfs.py), mounted by the mm at boot
    /dev/shm          tmpfs, like /tmp (a file system of its own)
    /proc             procfs (procfs.py), generated at open time
    /sys              sysfs (sysfs.py): attributes registered by the kernel parts that own them
    /tmp              tmpfs (its own file system, half of RAM at most, mode 1777): its files'
                      pages live in the page cache and go to swap under pressure (tmpfs.py)

/bin, /dev, /proc, /sys and /tmp are mount points over the root (a UnionDirectory): they hide entries of
the same name in a --root host directory, as a Linux mount hides the directory it is mounted on,
and they cannot be removed or renamed (EBUSY).  /bin is read-only (EROFS).  Renaming or linking
across file systems is EXDEV.

Inode numbers come from one counter per FileSystem, assigned in a fixed order at boot, so the same
program sees the same numbers (in stat and in /proc/<pid>/maps) on every run.

Path resolution (`resolve`) walks one component at a time over a stack of (name, inode) pairs that
starts at the guest root.  `..` pops the stack and never above the root; a symlink's target is
resolved again from the directory holding the link (absolute targets from the guest root).  Nothing
is ever handed to the host's own resolver, so no path and no symlink can lead outside the guest
namespace (and so outside --root).  Limits as Linux: 40 symlinks per lookup (ELOOP), 255 bytes per
name and 4096 per path (ENAMETOOLONG).

The resolved path (no '.', '..' or symlinks) is the canonical guest path: it becomes `cwd` on chdir,
and the name shown for file mappings in /proc/<pid>/maps.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import errno as E
from .devices import Console, FullDevice, NullDevice, StderrConsole, ZeroDevice
from .file import O_RDWR, O_WRONLY, OpenFile
from .inode import (DEV_DEVTMPFS, DEV_SHMFS, DEV_TMPFS, S_IFDIR, Directory, Inode,
                    InodeNumbers, MemDirectory, MemSymlink, SpaceQuota)

PATH_MAX = 4096
NAME_MAX = 255
MAX_SYMLINKS = 40


class DirPath(str):
    """The start of a lookup relative to an open directory (openat's dirfd): its guest path at
    open time, plus the directory inode itself.  A lookup starts from that inode even when the
    directory was renamed, or something else now has its name, as Linux starts from the
    directory the descriptor holds."""

    def __new__(cls, path: str, inode):
        self = super().__new__(cls, path)
        self.inode = inode
        return self


@dataclass
class Resolved:
    inode: Inode
    path: str                      # canonical absolute guest path


class UnionDirectory(Directory):
    """A directory with file systems mounted on some of its names (the root when --root is used)."""

    def __init__(self, base: Directory, mounts: dict):
        super().__init__(base.mode)
        self.base = base
        self.mounts = mounts
        self.ino = base.ino
        self.dev = base.dev

    def lookup(self, name):
        return self.mounts.get(name) or self.base.lookup(name)

    def entries(self):
        listed = list(self.mounts.items())
        return listed + [(n, i) for n, i in self.base.entries() if n not in self.mounts]

    def create(self, name, mode):
        return -E.EEXIST if name in self.mounts else self.base.create(name, mode)

    def mkdir(self, name, mode):
        return -E.EEXIST if name in self.mounts else self.base.mkdir(name, mode)

    def symlink(self, name, target):
        return -E.EEXIST if name in self.mounts else self.base.symlink(name, target)

    def unlink(self, name):
        return -E.EBUSY if name in self.mounts else self.base.unlink(name)

    def rmdir(self, name):
        return -E.EBUSY if name in self.mounts else self.base.rmdir(name)

    def link(self, name, inode):
        return -E.EEXIST if name in self.mounts else self.base.link(name, inode)

    def move(self, name, target, target_name, exchange=False):
        if name in self.mounts or (isinstance(target, UnionDirectory) and
                                   target_name in target.mounts):
            return -E.EBUSY
        if isinstance(target, UnionDirectory):
            target = target.base
        return self.base.move(name, target, target_name, exchange)

    @property
    def readonly(self):
        return getattr(self.base, "readonly", False)

    @property
    def children(self):
        return getattr(self.base, "children", {})

    def stat(self):
        return self.base.stat()


class FileSystem:
    """The guest namespace.  `kernel` is used by procfs (task table, mm renderers) and may be None
    in unit tests.  `root` is a host directory path or None; `programs_dir` is the programs/ tree
    to show under /bin (None: the repository's own programs/)."""

    def __init__(self, kernel=None, root: str | None = None, programs_dir=None, console=None,
                 populate_bin: bool = True):
        from . import bin as binfs
        from .procfs import ProcRoot
        from .sysfs import Sysfs
        self.kernel = kernel
        self.numbers = InodeNumbers()
        # fds 0, 1, 2 of the first process.  With the host's own terminal each stands for the
        # host descriptor of the same number (its file type shows through fstat).
        self.console = console or Console(host_fd=1)
        self.console_in = console or Console(host_fd=0)
        self.console_err = console or StderrConsole(host_fd=2)
        self.bin = MemDirectory()
        if populate_bin:
            binfs.populate(self.bin, programs_dir, kernel.log)
        self.bin.readonly = True
        self.dev = MemDirectory(dev=DEV_DEVTMPFS)
        self.dev.add("null", NullDevice())
        self.dev.add("zero", ZeroDevice())
        self.dev.add("full", FullDevice())
        self.dev.add("console", self.console)
        for number, name in enumerate(("stdin", "stdout", "stderr")):
            self.dev.add(name, MemSymlink(f"/proc/self/fd/{number}"))
        self.dev.add("fd", MemSymlink("/proc/self/fd"))
        self.proc = ProcRoot(self)
        self.tmp = MemDirectory(mode=S_IFDIR | 0o1777, dev=DEV_TMPFS)
        mounts = {"bin": self.bin, "dev": self.dev, "proc": self.proc, "tmp": self.tmp}
        if root is None:
            self.host = None
            self.root = UnionDirectory(MemDirectory(), mounts)
        else:
            from .hostfs import HostFS
            self.host = HostFS(root)
            self.root = UnionDirectory(self.host.root, mounts)
        # tmpfs's default size: half of RAM (ENOSPC beyond).  The in-memory root is a disk
        # (its pages are written back to it, docs/memory.md) of 4 x RAM, 256 MiB at least.
        mem_size = kernel.config.mem_size
        self.quota = SpaceQuota(max(mem_size // 2, 1 << 20))
        self.tmp.quota = self.quota
        # /tmp's files live in the page cache, swap-backed (tmpfs.py), when there is one
        self.tmp.page_cache = kernel.page_cache
        if root is None:
            self.root.base.quota = SpaceQuota(max(mem_size * 4, 256 << 20))
        # Number the boot-time inodes in a fixed order, so every boot numbers them alike.
        in_memory = ([self.root.base] if root is None else []) + [self.bin, self.dev, self.proc,
                                                                  self.tmp]
        for directory in in_memory:
            self.numbers.assign(directory)
            if isinstance(directory, MemDirectory):
                directory.numbers = self.numbers
        self.root.ino = self.root.base.ino
        for directory in (self.bin, self.dev):
            for _, inode in directory.entries():
                self.numbers.assign(inode)
        # /dev/shm: a tmpfs of its own (POSIX shared memory), half of RAM, like /tmp
        self.shm = MemDirectory(mode=S_IFDIR | 0o1777, dev=DEV_SHMFS)
        self.shm.quota = SpaceQuota(max(mem_size // 2, 1 << 20))
        self.shm.page_cache = self.tmp.page_cache
        self.numbers.assign(self.shm)
        self.shm.numbers = self.numbers
        self.dev.add("shm", self.shm)
        self.hugetlbfs = None                  # the hugetlbfs on /dev/hugepages (mm's, at boot)
        # /sys last, so that the inodes above keep the numbers they had before there was one
        self.sys = Sysfs(self)
        mounts["sys"] = self.sys

    # --- path resolution ----------------------------------------------------------------------
    def _start(self, path: str, cwd: str, task):
        """The stack a relative path starts from (the resolved cwd), or -errno."""
        if path.startswith("/"):
            return [("", self.root)]
        base = self._walk(cwd or "/", [("", self.root)], task, True, [0])
        if isinstance(cwd, DirPath) and (isinstance(base, int) or base[-1][1] is not cwd.inode):
            # the directory moved away from its old name: start from it all the same ('..'
            # from there leads to the root, which holds every path that can be named)
            name = cwd.rstrip("/").rpartition("/")[2]
            base = [("", self.root)] + ([(name, cwd.inode)] if cwd.inode is not self.root else [])
        if isinstance(base, int):
            return base
        if not base[-1][1].is_dir:
            return -E.ENOTDIR
        return base

    def _walk(self, path: str, stack: list, task, follow_last: bool, links: list):
        """Walk `path` from `stack` (already-resolved prefix).  Returns the new stack or -errno."""
        if path.startswith("/"):
            stack = [("", self.root)]
        else:
            stack = list(stack)
        parts = [p for p in path.split("/") if p]
        must_be_dir = path.endswith("/") and parts
        for i, name in enumerate(parts):
            last = i == len(parts) - 1
            current = stack[-1][1]
            if not current.is_dir:
                return -E.ENOTDIR
            if name == ".":
                continue
            if name == "..":
                if len(stack) > 1:
                    stack.pop()
                continue
            if len(name.encode("utf-8", "surrogateescape")) > NAME_MAX:
                return -E.ENAMETOOLONG
            child = current.lookup(name)
            if child is None:
                return -E.ENOENT
            if child.is_symlink and (not last or follow_last or must_be_dir):
                links[0] += 1
                if links[0] > MAX_SYMLINKS:
                    return -E.ELOOP
                follow = child.follow
                if follow is not None:
                    # a "magic" link (/proc/<pid>/fd/N, exe): it leads to an inode, not a path,
                    # so it also reaches pipes and deleted files, as on Linux
                    target_inode = follow(task)
                    if target_inode is None:
                        return -E.ENOENT
                    stack.append((name, target_inode))
                    continue
                target = child.readlink(task)
                if not target:
                    return -E.ENOENT
                stack = self._walk(target, stack, task, True, links)
                if isinstance(stack, int):
                    return stack
                continue
            stack.append((name, child))
        if must_be_dir and not stack[-1][1].is_dir:
            return -E.ENOTDIR
        return stack

    @staticmethod
    def _path_of(stack) -> str:
        return "/" + "/".join(name for name, _ in stack[1:])

    def resolve(self, path: str, cwd: str = "/", task=None, follow: bool = True):
        """Resolve `path` (relative to the guest path `cwd`) to a `Resolved`, or -errno."""
        if isinstance(path, bytes):
            path = path.decode("utf-8", "surrogateescape")
        if path == "":
            return -E.ENOENT
        if len(path.encode("utf-8", "surrogateescape")) >= PATH_MAX:
            return -E.ENAMETOOLONG
        start = self._start(path, cwd, task)
        if isinstance(start, int):
            return start
        stack = self._walk(path, start, task, follow, [0])
        if isinstance(stack, int):
            return stack
        inode = stack[-1][1]
        path_str = self._path_of(stack)
        if not inode.path:
            inode.path = path_str
        return Resolved(inode, path_str)

    def lookup(self, path: str, cwd: str = "/", task=None):
        """Interfaces §6: the inode `path` names (following symlinks), or -errno."""
        res = self.resolve(path, cwd, task)
        return res if isinstance(res, int) else res.inode

    def resolve_parent(self, path: str, cwd: str = "/", task=None):
        """For creating or removing: (parent Resolved, final name).  The final name may be '.' or
        '..' (callers reject those as Linux does) or '' for '/'; -errno if the parent is missing."""
        if isinstance(path, bytes):
            path = path.decode("utf-8", "surrogateescape")
        if path == "":
            return -E.ENOENT
        if len(path.encode("utf-8", "surrogateescape")) >= PATH_MAX:
            return -E.ENAMETOOLONG
        stripped = path.rstrip("/")
        if stripped == "":
            return Resolved(self.root, "/"), ""
        head, _, name = stripped.rpartition("/")
        if "/" not in stripped:
            head = "."
        elif head == "":
            head = "/"
        if len(name.encode("utf-8", "surrogateescape")) > NAME_MAX:
            return -E.ENAMETOOLONG
        parent = self.resolve(head, cwd, task)
        if isinstance(parent, int):
            return parent
        if not parent.inode.is_dir:
            return -E.ENOTDIR
        return parent, name

    def unnamed_tmpfs_file(self, mode: int):
        """A file of /tmp's file system with no name (memfd_create): whatever kind of file that
        tmpfs makes, its pages charged like /tmp's; it lives while something holds it."""
        name = "\0unnamed"                       # (no guest path can name it)
        inode = self.tmp.create(name, mode)
        if isinstance(inode, int):
            return inode
        del self.tmp.children[name]
        inode.nlink = 0
        return inode

    # --- boot helpers ---------------------------------------------------------------------------
    def open_console(self) -> tuple:
        """Three OpenFiles for fds 0, 1, 2 of the first process (stdin, stdout, stderr)."""
        stdin = OpenFile(self.console_in, O_RDWR, "/dev/console")
        stdout = OpenFile(self.console, O_RDWR, "/dev/console")
        stderr = OpenFile(self.console_err, O_RDWR, "/dev/console")
        physmem = self.kernel.physmem      # (None: a file-system test without memory management)
        if physmem is not None:
            for f in (stdin, stdout, stderr):
                f.account(physmem.slabs)
        return stdin, stdout, stderr

    def stdio_table(self):
        """An FdTable with the console on fds 0, 1 and 2 (for the first task)."""
        from .file import FdTable
        table = FdTable()
        for f in self.open_console():
            table.install(f)
        return table

    def open_path(self, path: str, cwd: str = "/", task=None, flags: int = 0):
        """Kernel-side open (exec reads the program, tests read files): an OpenFile or -errno."""
        res = self.resolve(path, cwd, task)
        if isinstance(res, int):
            return res
        f = OpenFile(res.inode, flags, res.path)
        err = res.inode.open(f)
        if isinstance(err, int) and err < 0:
            return err
        return f


__all__ = ["FileSystem", "Resolved", "UnionDirectory", "O_WRONLY"]
