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

Dirty pages and writeback (Linux mm/filemap.c generic_perform_write, mm/page-writeback.c).
write() goes through the cache (`write_begin` gives the frame of a page, read first when only
part of it is overwritten; the caller copies the bytes in and calls `set_dirty`).  A dirty
page has PG_DIRTY and is listed in `dirty[file key]`; its file is in `dirty_inodes` with the
time it first became dirty (Linux inode->dirtied_when), oldest first -- the flusher
(writeback.py) writes back the inodes dirty for longer than vm.dirty_expire_centisecs.
`writeback` writes one page: every PTE mapping it is cleaned and write-protected first
(page_mkclean, so that a later store through a shared mapping faults and dirties it again),
then the bytes below EOF go to the file (`write_page`).  The gauges are physmem.nr_dirty and
nr_writeback, the events nr_dirtied, nr_written (and nr_vmscan_write when reclaim writes).
Invariant: nr_dirty == frames with PG_DIRTY == sum of len(dirty[key]).
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import PG_DIRTY, USE_PAGECACHE, USE_SHMEM
from pagelab.mmu.pte import PAGE_SHIFT, PAGE_SIZE, PTE_D, PTE_V, PTE_W

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
        self.dirty: dict[tuple, dict[int, None]] = {}     # file key -> dirty indexes
        self.dirty_inodes: dict[tuple, list] = {}         # key -> [file, dirtied_when_ns]
        self.clock = lambda: 0                            # simulated ns (set by setup())
        self.drop_caches_quiet = False                    # echo 4 > drop_caches was written
        self.swap_backed_files: dict[tuple, object] = {}  # tmpfs files with pages in swap
        physmem.nr_writeback = 0
        for key in ("nr_dirtied", "nr_written", "nr_vmscan_write"):
            physmem.events.setdefault(key, 0)
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
        """Read page `index` from the file into a new cached frame (the "disk" I/O; for a
        tmpfs file, swap or a hole)."""
        pfn = self._add(file, key, pages, index, b"")
        if pfn is None:
            return None
        try:
            data = bytes(file.read_page(index) or b"")[:PAGE_SIZE]
        except Exception:           # a broken file reads as zeros rather than crash the kernel
            data = b""
        if data:
            self.physmem.write_frame_bytes(self.physmem.frame_offset(pfn), memoryview(data))
        if file.swap_backed:
            file.swapped_in(index)
        else:
            self.physmem.events["pgpgin"] += PAGE_SIZE // 1024
            self.physmem.vmscan.note_file_read(key, index)
        return pfn

    def _add(self, file, key, pages, index: int, data: bytes) -> int | None:
        """A new cached frame for page `index` holding `data` (zero-filled after it)."""
        physmem = self.physmem
        swap_backed = file.swap_backed
        pfn = physmem.alloc_frame(USE_SHMEM if swap_backed else USE_PAGECACHE)
        if pfn is None:
            return None
        pages = self.files.setdefault(key, pages)
        if index in pages:          # cached meanwhile (the allocation may have reclaimed)
            physmem.put_page(pfn)
            return pages[index]
        off = physmem.frame_offset(pfn)
        ram = physmem.ram
        if data:
            ram[off:off + len(data)] = memoryview(data)
        if len(data) < PAGE_SIZE:
            ram[off + len(data):off + PAGE_SIZE] = 0
        physmem.owner[pfn - physmem.base_pfn] = (file, index)
        pages[index] = pfn
        physmem.nr_file_pages += 1
        physmem.nr_shmem += swap_backed
        physmem.vmscan.lru_add(pfn, swap_backed)     # tmpfs pages: the anon lists
        return pfn

    def remove(self, file, index: int) -> None:
        """Drop one (clean, unmapped) page from the cache and release the cache's reference
        (reclaim; truncation)."""
        key = file_key(file)
        pages = self.files.get(key)
        pfn = pages.pop(index, None) if pages else None
        if pfn is None:
            return
        self._clear_dirty(pfn, key, index)
        physmem = self.physmem
        physmem.nr_file_pages -= 1
        if physmem.use[pfn - physmem.base_pfn] == USE_SHMEM:
            physmem.nr_shmem -= 1
        physmem.put_page(pfn)

    def remove_swapped(self, file, index: int) -> None:
        """Reclaim wrote a tmpfs page to swap (fs/tmpfs.py swapped_out): drop its frame."""
        self.remove(file, index)

    def forget(self, file) -> int:
        """A deleted tmpfs file nobody has open: free its cached pages that no PTE maps
        (Linux shmem_evict_inode).  Returns pages freed."""
        physmem = self.physmem
        freed = 0
        for index, pfn in list(self.files.get(file_key(file), {}).items()):
            idx = pfn - physmem.base_pfn
            if physmem.mapcount[idx] == 0 and physmem.refcount[idx] == 1:
                self.remove(file, index)
                freed += 1
        return freed

    def page_data(self, file, index: int) -> bytes:
        """The bytes of page `index` as a reader sees them: the cached frame (which may be
        newer than the file: dirty), else the file's own, without caching them (exec's
        header read, core dumps of pages never faulted in)."""
        pfn = self.find(file, index)
        if pfn is not None:
            return self.physmem.read_frame(pfn)[:max(0, file.size - index * PAGE_SIZE)]
        return bytes(file.read_page(index) or b"")

    def is_cached(self, file, index: int) -> bool:
        return self.find(file, index) is not None

    def cached_pages(self, file) -> dict[int, int]:
        return self.files.get(file_key(file), {})

    def set_dirty(self, pfn: int) -> None:
        """Mark a cached page dirty (a write() into it, a store through a shared mapping)."""
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if physmem.flags[idx] & PG_DIRTY or physmem.use[idx] != USE_PAGECACHE:
            return                  # (tmpfs pages are never dirty: nothing to write back)
        owner = physmem.owner[idx]
        if owner is None:
            return
        file, index = owner
        key = file_key(file)
        physmem.flags[idx] |= PG_DIRTY
        physmem.nr_dirty += 1
        physmem.events["nr_dirtied"] += 1
        self.dirty.setdefault(key, {})[index] = None
        if key not in self.dirty_inodes:
            self.dirty_inodes[key] = [file, self.clock()]

    def _clear_dirty(self, pfn: int, key, index: int) -> None:
        physmem = self.physmem
        idx = pfn - physmem.base_pfn
        if not physmem.flags[idx] & PG_DIRTY:
            return
        physmem.flags[idx] &= ~PG_DIRTY
        physmem.nr_dirty -= 1
        pages = self.dirty.get(key)
        if pages is not None:
            pages.pop(index, None)
            if not pages:
                del self.dirty[key]
                self.dirty_inodes.pop(key, None)

    def is_dirty(self, pfn: int) -> bool:
        return bool(self.physmem.flags[pfn - self.physmem.base_pfn] & PG_DIRTY)

    def page_mkclean(self, pfn: int) -> None:
        """Clean and write-protect every PTE that maps the page (Linux page_mkclean): the next
        store through a shared mapping takes a write-notify fault that dirties it again."""
        physmem = self.physmem
        for mm, vpn in list(physmem.rmap[pfn - physmem.base_pfn] or ()):
            pte = mm.pages.get(vpn)
            if pte is None or not pte & PTE_V:
                continue
            if (pte | mm._hw_pte(vpn)) & (PTE_W | PTE_D):
                mm.update_pte(vpn, clear_bits=PTE_W | PTE_D)

    def writeback(self, file, index: int, reclaim: bool = False) -> bool:
        """Write one dirty cached page back to the file (only the part below EOF); False when
        it is not cached or clean.  `reclaim`: reclaim's pageout (counts nr_vmscan_write)."""
        pfn = self.find(file, index)
        physmem = self.physmem
        if pfn is None or not physmem.flags[pfn - physmem.base_pfn] & PG_DIRTY:
            return False
        self.page_mkclean(pfn)
        key = file_key(file)
        self._clear_dirty(pfn, key, index)
        physmem.nr_writeback += 1              # PG_writeback while the write is in flight
        try:
            nbytes = min(PAGE_SIZE, file.size - index * PAGE_SIZE)
            if nbytes > 0:
                err = file.write_page(index, physmem.read_frame(pfn)[:nbytes])
                if isinstance(err, int) and err < 0:
                    file.wb_err = err          # reported once by the next fsync (errseq)
        finally:
            physmem.nr_writeback -= 1
        physmem.events["pgpgout"] += PAGE_SIZE // 1024
        physmem.events["nr_written"] += 1
        if reclaim:
            physmem.events["nr_vmscan_write"] += 1
            kernel = physmem.vmscan.kernel
            if kernel is not None and kernel.trace.enabled:
                from pagelab.kernel.mm.writeback import traced
                traced(kernel, 1, "reclaim")
        return True

    def write_file(self, file, first: int = 0, last: int | None = None) -> int:
        """Write back the dirty pages of `file` with index in [first, last] (fsync, msync,
        the flusher).  Returns the pages written."""
        pages = self.dirty.get(file_key(file))
        if not pages:
            return 0
        todo = sorted(i for i in pages if i >= first and (last is None or i <= last))
        return sum(1 for index in todo if self.writeback(file, index))

    def write_begin(self, file, index: int, whole: bool) -> int | None:
        """The frame for a write() into page `index`, with a reference for the caller (who
        copies the bytes in, calls set_dirty and put_page).  A page not cached is read from
        the file first unless `whole` (the write covers it) or it lies past EOF (zeros):
        Linux's write_begin read-modify-write.  None when no frame can be had."""
        key = file_key(file)
        pages = self.files.get(key)
        if pages is None:
            pages = self.files[key] = {}
        pfn = pages.get(index)
        if pfn is None:
            if whole or index * PAGE_SIZE >= file.size:
                pfn = self._add(file, key, pages, index, b"")
            else:
                pfn = self._read(file, key, pages, index)
            if pfn is None:
                return None
        self.physmem.get_page(pfn)
        return pfn

    def write_through(self, file, offset: int, data: bytes) -> None:
        """Keep cached pages coherent with a write the fs area made to `file` itself (files
        whose writes do not go through the cache, and the zeroed tail of a truncation).

        Cached frames are updated in place, so mappings of the file see the new bytes."""
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

    def drop_clean(self) -> int:
        """echo 1 > /proc/sys/vm/drop_caches (Linux drop_pagecache_sb ->
        invalidate_mapping_pages): free every cached page that is clean, mapped by no PTE and
        used by nobody else.  Dirty pages stay (sync first to drop them).  Returns pages freed."""
        physmem = self.physmem
        freed = 0
        for key, pages in list(self.files.items()):
            for index, pfn in list(pages.items()):
                idx = pfn - physmem.base_pfn
                if physmem.mapcount[idx] == 0 and physmem.refcount[idx] == 1 and \
                        not physmem.flags[idx] & PG_DIRTY and physmem.use[idx] == USE_PAGECACHE:
                    del pages[index]
                    physmem.nr_file_pages -= 1
                    physmem.put_page(pfn)
                    freed += 1
            if not pages:
                del self.files[key]
        return freed

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
                if physmem.mapcount[idx] == 0 and physmem.refcount[idx] == 1 and \
                        physmem.use[idx] == USE_PAGECACHE:      # (tmpfs pages: swap only)
                    owner = physmem.owner[idx]
                    if owner is not None:
                        self.writeback(owner[0], index, reclaim=True)
                    if physmem.refcount[idx] != 1 or physmem.flags[idx] & PG_DIRTY:
                        continue                 # (the write needed a frame: taken meanwhile)
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
    MAP_NORESERVE); it is taken back off when the object is freed (shmem_unacct_size).

    Under pressure its pages go to swap (Linux shmem_writepage): reclaim (vmscan.py) finds
    them on the anon LRU lists, unmaps them everywhere and calls `swapped_out`; the object
    then keeps the swap entry in `swapped[index]` (Linux keeps it in the mapping's xarray,
    not in the PTEs), and the next access reads the page back (`get_page`: a major fault).
    smaps counts the swapped pages of a mapping in its `Swap`."""

    dev = (0, 1)
    path = "/dev/zero (deleted)"

    def __init__(self, physmem, size: int, charged: int = 0):
        self.physmem = physmem
        self.size = size
        self.charged = charged
        self.ino = next(_shmem_inodes)
        self.pages: dict[int, int] = {}
        self.swapped: dict[int, int] = {}         # index -> swap entry of a page out in swap
        self.users = 0

    def get(self, index: int) -> int | None:
        """The frame of page `index` (allocated and zeroed on first use, read back from swap
        if it is there), or None when RAM is out."""
        return self.get_page(index)[0]

    def get_page(self, index: int) -> tuple[int | None, bool]:
        """(frame, major): `major` when the page had to be read from swap."""
        pfn = self.pages.get(index)
        if pfn is not None:
            return pfn, False
        physmem = self.physmem
        entry = self.swapped.get(index)
        pfn = physmem.alloc_frame(USE_SHMEM, zero=entry is None)
        if pfn is None:
            return None, False
        major = False
        if entry is not None:                   # shmem_swapin: from the swap cache or the slot
            swap = physmem.swap
            major = entry not in swap.cache
            data = swap.read(entry) if major else swap.peek(entry)
            physmem.write_frame_bytes(physmem.frame_offset(pfn), memoryview(data))
            del self.swapped[index]
            swap.free(entry)
        physmem.owner[pfn - physmem.base_pfn] = (self, index)
        self.pages[index] = pfn
        physmem.nr_file_pages += 1
        physmem.nr_shmem += 1
        physmem.vmscan.lru_add(pfn, True)       # swap-backed: the anon lists, as Linux
        return pfn, major

    def swapped_out(self, index: int, entry: int) -> None:
        """Reclaim wrote page `index` to `entry` (one map count, held by this object) and
        unmapped it everywhere: drop the frame."""
        pfn = self.pages.pop(index)
        self.swapped[index] = entry
        physmem = self.physmem
        physmem.nr_file_pages -= 1
        physmem.nr_shmem -= 1
        physmem.put_page(pfn)

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
            for entry in self.swapped.values():
                physmem.swap.free(entry)
            self.swapped.clear()
            physmem.committed -= self.charged
            self.charged = 0
