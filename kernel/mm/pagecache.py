"""The page cache: file pages in RAM frames, shared by every process that maps or reads them.

Linux names: `mm/filemap.c` (`filemap_fault`, `find_get_page`, readahead in `mm/readahead.c`),
`mm/shmem.c` for shared anonymous memory.

A cached page is one frame (use USE_PAGECACHE) found by (file, index).  The cache holds one
reference on the frame; each PTE that maps it holds another.  A page is read from the file system
(`file.read_page(index)`, the "disk" I/O) only on a miss: that is what makes a fault *major*.
So every process running one program shares a single set of text frames.

Files are the fs area's inodes: they offer `ino`, `dev` ((major, minor)), `size`, `path`,
`read_page(index) -> bytes` and `write_page(index, data)` (interfaces.md §6).

MAP_SHARED|MAP_ANONYMOUS memory is a `ShmemObject`: an unnamed in-memory file ("/dev/zero
(deleted)", device 00:01) whose pages are zero-filled frames created on first touch.
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import PG_DIRTY, USE_PAGECACHE, USE_SHMEM
from pagelab.mmu.pte import PAGE_SHIFT, PAGE_SIZE

RA_PAGES = 32            # readahead window (Linux default 128 KiB)


def file_key(file) -> tuple:
    dev = getattr(file, "dev", (0, 0))
    return (tuple(dev) if isinstance(dev, (tuple, list)) else dev, file.ino)


def file_pages(file) -> int:
    """Pages the file covers: ceil(size / 4096).  A fault at or beyond this index is SIGBUS."""
    return (file.size + PAGE_SIZE - 1) >> PAGE_SHIFT


class PageCache:
    """File pages by (file, index).  `get` returns (pfn, major) or (None, False) when RAM is out."""

    def __init__(self, physmem):
        self.physmem = physmem
        self.files: dict[tuple, dict[int, int]] = {}     # file key -> {index: pfn}
        physmem.shrinkers.append(self.drop_unmapped)      # unmapped pages go when RAM is full
        physmem.vmscan.page_cache = self                  # reclaim drops mapped ones too

    def find(self, file, index: int) -> int | None:
        """The frame caching page `index` of `file`, or None (no I/O)."""
        pages = self.files.get(file_key(file))
        return pages.get(index) if pages else None

    def get(self, file, index: int, ra_start: int = 0, ra_count: int = 0) -> tuple[int | None, bool]:
        """The frame for page `index`, reading it from the file on a miss (`major` True).

        The frame comes with a reference for the caller (Linux: filemap_fault returns the page
        locked and referenced), so that allocations made meanwhile cannot drop it; the caller
        hands the reference to a mapping (map_page take_ref=False) or drops it (put_page).
        On a miss, the uncached pages of the readahead window [ra_start, ra_start + ra_count)
        are read too (clipped to the file): Linux's mmap read-around.  Returns (None, False)
        when no frame is free."""
        key = file_key(file)
        pages = self.files.get(key)
        if pages is None:
            pages = self.files[key] = {}
        pfn = pages.get(index)
        if pfn is not None:
            self.physmem.get_page(pfn)
            return pfn, False
        pfn = self._read(file, key, pages, index)
        if pfn is None:
            return None, False
        self.physmem.get_page(pfn)
        for i in range(max(0, ra_start), min(file_pages(file), ra_start + ra_count)):
            if i not in pages and self._read(file, key, pages, i) is None:
                break
        return pfn, True

    def _read(self, file, key, pages, index: int) -> int | None:
        physmem = self.physmem
        pfn = physmem.alloc_frame(USE_PAGECACHE)
        if pfn is None:
            return None
        try:
            data = bytes(file.read_page(index) or b"")[:PAGE_SIZE]
        except Exception:           # a broken file reads as zeros rather than crash the kernel
            data = b""
        off = physmem.frame_offset(pfn)
        ram = physmem.ram
        if data:
            ram[off:off + len(data)] = memoryview(data)
        if len(data) < PAGE_SIZE:
            ram[off + len(data):off + PAGE_SIZE] = 0
        physmem.owner[pfn - physmem.base_pfn] = (file, index)
        pages[index] = pfn
        physmem.nr_file_pages += 1
        physmem.events["pgpgin"] += PAGE_SIZE // 1024
        physmem.vmscan.lru_add(pfn, False)
        physmem.vmscan.note_file_read(key, index)
        return pfn

    def remove(self, file, index: int) -> None:
        """Drop one (clean, unmapped) page from the cache and release the cache's reference
        (reclaim; truncation)."""
        key = file_key(file)
        pages = self.files.get(key)
        pfn = pages.pop(index, None) if pages else None
        if pfn is None:
            return
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if physmem.flags[idx] & PG_DIRTY:
            physmem.flags[idx] &= ~PG_DIRTY
            physmem.nr_dirty -= 1
        physmem.nr_file_pages -= 1
        physmem.put_page(pfn)

    def is_cached(self, file, index: int) -> bool:
        return self.find(file, index) is not None

    def cached_pages(self, file) -> dict[int, int]:
        return self.files.get(file_key(file), {})

    def set_dirty(self, pfn: int) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if not physmem.flags[idx] & PG_DIRTY:
            physmem.flags[idx] |= PG_DIRTY
            physmem.nr_dirty += 1

    def writeback(self, file, index: int) -> bool:
        """Write one dirty cached page back to the file (only the part below EOF)."""
        pfn = self.find(file, index)
        physmem = self.physmem
        if pfn is None:
            return False
        idx = pfn - physmem.base_pfn
        if not physmem.flags[idx] & PG_DIRTY:
            return False
        nbytes = min(PAGE_SIZE, file.size - index * PAGE_SIZE)
        if nbytes > 0 and hasattr(file, "write_page"):
            file.write_page(index, physmem.read_frame(pfn)[:nbytes])
            physmem.events["pgpgout"] += PAGE_SIZE // 1024
        physmem.flags[idx] &= ~PG_DIRTY
        physmem.nr_dirty -= 1
        return True

    def write_through(self, file, offset: int, data: bytes) -> None:
        """Keep cached pages coherent with a write() the fs area made to `file`.

        The fs area calls this after writing `data` at `offset`; cached frames are updated in
        place, so mappings of the file see the new bytes (Linux writes go through the cache)."""
        pages = self.files.get(file_key(file))
        if not pages:
            return
        physmem = self.physmem
        pos = 0
        while pos < len(data):
            index, in_page = divmod(offset + pos, PAGE_SIZE)
            n = min(PAGE_SIZE - in_page, len(data) - pos)
            pfn = pages.get(index)
            if pfn is not None:
                off = physmem.frame_offset(pfn) + in_page
                physmem.write_frame_bytes(off, memoryview(data[pos:pos + n]))
            pos += n

    def drop_unmapped(self, file=None) -> int:
        """Evict cached pages that no PTE maps (all files, or one).  Returns pages freed.
        Dirty pages are written back first.  (echo 1 > /proc/sys/vm/drop_caches.)"""
        physmem = self.physmem
        freed = 0
        keys = [file_key(file)] if file is not None else list(self.files)
        for key in keys:
            pages = self.files.get(key, {})
            for index, pfn in list(pages.items()):
                idx = pfn - physmem.base_pfn
                if physmem.mapcount[idx] == 0 and physmem.refcount[idx] == 1:
                    owner = physmem.owner[idx]
                    if owner is not None:
                        self.writeback(owner[0], index)
                    del pages[index]
                    physmem.nr_file_pages -= 1
                    physmem.put_page(pfn)
                    freed += 1
        return freed

    @property
    def nr_pages(self) -> int:
        return sum(len(p) for p in self.files.values())


def truncate_pagecache(physmem, cache: "PageCache", file, size: int) -> int:
    """A file shrank to `size` bytes (Linux truncate_pagecache): every page wholly beyond the
    new end is unmapped from every address space -- shared mappings and the private copies
    made of them alike (a later access is SIGBUS) -- and dropped from the page cache without
    being written back.  Returns the PTEs removed."""
    first = (size + PAGE_SIZE - 1) >> PAGE_SHIFT
    key = file_key(file)
    zapped = 0
    for mm in list(physmem.address_spaces.values()):
        for vma in list(mm.vmas):
            if vma.file is None or file_key(vma.file) != key:
                continue
            lo = vma.start + max(0, first - vma.pgoff) * PAGE_SIZE
            if lo < vma.end:
                zapped += mm._zap_range(lo, vma.end)
    pages = cache.files.get(key)
    if pages:
        for index in [i for i in pages if i >= first]:
            cache.remove(file, index)
    return zapped


_shmem_inodes = iter(range(1, 1 << 62))


class ShmemObject:
    """Shared anonymous memory: pages created zero-filled on first touch, shared by every
    mapping (across fork).  Freed when the last VMA using it goes away.  `charged` is what its
    creation added to Committed_AS (Linux shmem_acct_size: the object's size in pages, 0 with
    MAP_NORESERVE); it is taken back off when the object is freed (shmem_unacct_size)."""

    dev = (0, 1)
    path = "/dev/zero (deleted)"

    def __init__(self, physmem, size: int, charged: int = 0):
        self.physmem = physmem
        self.size = size
        self.charged = charged
        self.ino = next(_shmem_inodes)
        self.pages: dict[int, int] = {}
        self.users = 0

    def get(self, index: int) -> int | None:
        """The frame of page `index` (allocated and zeroed on first use), or None when RAM is out."""
        pfn = self.pages.get(index)
        if pfn is None:
            physmem = self.physmem
            pfn = physmem.alloc_frame(USE_SHMEM, zero=True)
            if pfn is None:
                return None
            physmem.owner[pfn - physmem.base_pfn] = (self, index)
            self.pages[index] = pfn
            physmem.nr_file_pages += 1
            physmem.nr_shmem += 1
        return pfn

    def get_ref(self) -> None:
        self.users += 1

    def put_ref(self) -> None:
        self.users -= 1
        if self.users <= 0:
            physmem = self.physmem
            for pfn in self.pages.values():
                physmem.nr_file_pages -= 1
                physmem.nr_shmem -= 1
                physmem.put_page(pfn)
            self.pages.clear()
            physmem.committed -= self.charged
            self.charged = 0
