"""sysfs: /sys, one small text file per kernel attribute, as Linux's kernfs/sysfs presents them.

The kernel part that owns an attribute registers it; sysfs only shows it:

    kernel.fs.sys.register("kernel/mm/hugepages/hugepages-2048kB/nr_hugepages",
                           show=lambda kernel: "16\\n",
                           store=lambda kernel, text: 0)       # or -errno

`show(kernel) -> str` gives the file's text (Linux's `show`, which fills one page); `store(kernel,
text) -> int` is called with the text of one write(2) and returns 0 when it took the value, or a
negative errno (-EINVAL for a value it refuses, -ENOMEM, ...), which write(2) returns.  A file
without `store` is mode 0444; one with it is 0644 (or the given `mode`).  The directories on the
path appear by themselves; `register_dir(path)` makes an empty one appear too.

Behaviour, as Linux 6.1's kernfs:
* read: the text is generated when a read starts at offset 0 (seq_file), so `cat` and a reader
  that seeks back to 0 see fresh values; reads further on continue in the same text;
* write: one write(2) is one `store` call, whatever the file offset; more than 4096 bytes is
  E2BIG; the return value is the byte count on success;
* opening a read-only attribute for writing is EACCES (kernfs_fop_open), also for root;
  creating a file in /sys is EACCES (no `create` operation); mkdir, symlink, link, unlink,
  rmdir and rename are EPERM;
* stat: attributes have size 4096 (PAGE_SIZE, what Linux reports), directories nlink 2.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import errno as E
from .inode import S_IFDIR, S_IFREG, Directory, Inode

DEV_SYSFS = (0, 0x15)
PAGE_SIZE = 4096

Show = Callable[[object], str]
Store = Callable[[object, str], int]


@dataclass
class Attribute:
    """One registered file: its show/store callbacks."""
    show: Show
    store: Store | None = None


class SysfsFile(Inode):
    """An attribute file (kernfs's sysfs_kf_seq_show / sysfs_kf_write)."""

    dev = DEV_SYSFS

    def __init__(self, sysfs, attribute: Attribute, mode: int):
        super().__init__(S_IFREG | mode)
        sysfs.number(self)
        self.sysfs = sysfs
        self.attribute = attribute

    @property
    def size(self) -> int:
        return PAGE_SIZE

    def open(self, f) -> int:
        if f.writable and (self.attribute.store is None or not self.mode & 0o222):
            return -E.EACCES
        f.snapshot = b""
        return 0

    def read(self, f, count: int):
        if f.pos == 0 or not f.snapshot:
            text = self.attribute.show(self.sysfs.kernel)
            f.snapshot = text.encode()[:PAGE_SIZE]
        data = f.snapshot[f.pos:f.pos + count]
        f.pos += len(data)
        return data

    def write(self, f, data):
        data = bytes(data)
        if len(data) > PAGE_SIZE:
            return -E.E2BIG
        if not data:
            return 0
        err = self.attribute.store(self.sysfs.kernel, data.decode("utf-8", "replace"))
        if err < 0:
            return err
        f.pos += len(data)
        return len(data)

    def truncate(self, size: int) -> int:
        """O_TRUNC (the shell's `echo 4 > /sys/...`): accepted and ignored, as on Linux."""
        return 0

    def stat(self):
        st = super().stat()
        st.blocks = 0
        return st


class SysfsDir(Directory):
    """A directory: its entries are the registered files and directories below `path`."""

    dev = DEV_SYSFS
    mode = S_IFDIR | 0o755

    def __init__(self, sysfs, path: str):
        super().__init__()
        sysfs.number(self)
        self.sysfs = sysfs
        self.dir_path = path
        self.nlink = 2

    def entries(self):
        return self.sysfs.children(self.dir_path)

    def lookup(self, name):
        for child, inode in self.entries():
            if child == name:
                return inode
        return None

    # nothing can be created in sysfs from user space
    def create(self, name, mode):
        return -E.EACCES if self.lookup(name) is None else -E.EEXIST

    def mkdir(self, name, mode):
        return -E.EPERM if self.lookup(name) is None else -E.EEXIST

    def symlink(self, name, target):
        return -E.EPERM if self.lookup(name) is None else -E.EEXIST

    def unlink(self, name):
        return -E.EPERM if self.lookup(name) is not None else -E.ENOENT

    def rmdir(self, name):
        return -E.EPERM if self.lookup(name) is not None else -E.ENOENT

    def link(self, name, inode):
        return -E.EPERM

    def move(self, name, target, target_name, exchange=False):
        return -E.EPERM


class Sysfs(SysfsDir):
    """/sys itself, and the registry (`fs.sys`)."""

    def __init__(self, fs):
        self.fs = fs
        self.files: dict[str, SysfsFile] = {}
        self.dirs: dict[str, SysfsDir] = {}
        super().__init__(self, "")
        for top in ("kernel", "fs"):
            self.register_dir(top)

    @property
    def kernel(self):
        return self.fs.kernel

    def number(self, inode) -> None:
        self.fs.numbers.assign(inode)

    def register(self, path: str, show: Show, store: Store | None = None,
                 mode: int | None = None) -> None:
        """Add the attribute /sys/<path>: `show(kernel) -> text`, `store(kernel, text) -> 0 |
        -errno` (None: read-only).  Registering a path again replaces the callbacks."""
        path = path.strip("/")
        if not path or "//" in path:
            raise ValueError(f"bad sysfs path '{path}'")
        if mode is None:
            mode = 0o644 if store is not None else 0o444
        self.register_dir(path.rpartition("/")[0])
        self.files[path] = SysfsFile(self, Attribute(show, store), mode)

    def register_dir(self, path: str) -> None:
        """Make /sys/<path> (and its parents) exist, even with nothing in it."""
        path = path.strip("/")
        parts = path.split("/") if path else []
        for depth in range(1, len(parts) + 1):
            sub = "/".join(parts[:depth])
            if sub not in self.dirs:
                self.dirs[sub] = SysfsDir(self, sub)

    def children(self, prefix: str):
        """(name, inode) of the entries of the directory `prefix` ('' = /sys), sorted."""
        names = {}
        start = prefix + "/" if prefix else ""
        for table in (self.dirs, self.files):
            for path, inode in table.items():
                if path.startswith(start) and "/" not in path[len(start):]:
                    names[path[len(start):]] = inode
        return sorted(names.items())


__all__ = ["Sysfs", "SysfsFile", "SysfsDir", "DEV_SYSFS"]
