"""hugetlbfs: files whose pages are huge pages from a hugetlb pool (Linux fs/hugetlbfs).

Three kinds of file are `HugetlbFile`s:

* files created in the hugetlbfs mounted at boot on /dev/hugepages (as systemd mounts it:
  `hugetlbfs /dev/hugepages hugetlbfs rw,relatime,pagesize=2M 0 0`), of the default huge page
  size.  pagelab has no mount(2): this one mount is the hugetlbfs a guest can use;
* `memfd_create(name, MFD_HUGETLB | MFD_HUGE_2MB/1GB)`: an unnamed file (`/memfd:name
  (deleted)` in maps);
* the hidden file behind every `mmap(MAP_ANONYMOUS | MAP_HUGETLB)`, private or shared (Linux's
  `hugetlb_file_setup`; maps shows `/anon_hugepage (deleted)`); it goes away with its last
  mapping.

What a hugetlbfs file does, as on Linux: its size is set by ftruncate (a multiple of the huge
page size, else EINVAL) or by a writable mmap reaching past it; read() reads the pages (holes
read as zeros); write() is EINVAL -- data gets in through mmap only; stat's st_blksize is the
huge page size.  The pages themselves (`pages`: huge page index -> head frame, each holding one
reference for the file) and the file's reservations (`resv`) are managed by kernel/mm/hugetlb.py;
a file's pages go back to the pool when it has no name, no open descriptor and no mapping left.
"""
from __future__ import annotations

from .. import errno as E
from .inode import S_IFDIR, S_IFREG, Inode, MemDirectory

DEV_HUGETLBFS_ANON = (0, 0x0f)        # the kernel-internal mount (anon_hugepage, memfd)
DEV_HUGETLBFS = (0, 0x1c)             # /dev/hugepages


class HugetlbFile(Inode):
    """One hugetlbfs inode.  `h` is its pool (kernel/mm/hugetlb.py HState)."""

    def __init__(self, hugetlb, h, mode: int = S_IFREG | 0o600, dev: tuple = DEV_HUGETLBFS_ANON,
                 size: int = 0, path: str = ""):
        super().__init__(mode)
        self.hugetlb = hugetlb
        self.h = h
        self.dev = dev
        self.i_size = size
        self.path = path
        self.pages: dict[int, int] = {}       # huge page index -> head pfn (the file's ref)
        self.resv: set[int] = set()           # huge page indexes reserved and not faulted yet
        self.opens = 0                        # open file descriptions
        self.mtime_ns = 0
        hugetlb.files.add(self)

    @property
    def size(self) -> int:
        return self.i_size

    def open(self, f) -> int:
        self.opens += 1
        return 0

    def release(self, f) -> None:
        self.opens = max(self.opens - 1, 0)
        self.hugetlb.maybe_release(self)

    def read(self, f, count: int):
        """hugetlbfs_read_iter: the pages' bytes up to the size; holes read as zeros."""
        if f.pos >= self.i_size or count <= 0:
            return b""
        end = min(self.i_size, f.pos + count)
        data = self.hugetlb.file_bytes(self, f.pos, end - f.pos)
        f.pos += len(data)
        return data

    def read_page(self, index: int) -> bytes:
        """4 KiB page `index` of the file (core dumps read unfaulted pages so); zeros in holes."""
        start = index * 4096
        if start >= self.i_size:
            return b""
        return self.hugetlb.file_bytes(self, start, min(4096, self.i_size - start))

    def write(self, f, data):
        return -E.EINVAL                      # hugetlbfs has no write(): data comes by mmap

    def truncate(self, size: int) -> int:
        if size % self.h.size:
            return -E.EINVAL
        self.hugetlb.truncate(self, size)
        return 0

    def stat(self):
        st = super().stat()
        st.blksize = self.h.size
        st.blocks = len(self.pages) * (self.h.size // 512)
        return st


class HugetlbfsDir(MemDirectory):
    """The root of a hugetlbfs mount: files created in it are HugetlbFiles of its page size."""

    def __init__(self, hugetlb, h, dev: tuple = DEV_HUGETLBFS):
        super().__init__(S_IFDIR | 0o755, dev)
        self.hugetlb = hugetlb
        self.h = h

    def create(self, name: str, mode: int):
        if name in self.children:
            return -E.EEXIST
        inode = self._numbered(HugetlbFile(self.hugetlb, self.h, S_IFREG | (mode & 0o7777),
                                           self.dev))
        self.children[name] = inode
        return inode

    def mkdir(self, name: str, mode: int):
        if name in self.children:
            return -E.EEXIST
        inode = self._numbered(HugetlbfsDir(self.hugetlb, self.h, self.dev))
        inode.mode = S_IFDIR | (mode & 0o7777)
        self.children[name] = inode
        return inode

    def unlink(self, name: str) -> int:
        inode = self.children.get(name)
        err = super().unlink(name)
        if err == 0 and isinstance(inode, HugetlbFile):
            self.hugetlb.maybe_release(inode)
        return err


__all__ = ["HugetlbFile", "HugetlbfsDir", "DEV_HUGETLBFS", "DEV_HUGETLBFS_ANON"]
