"""tmpfs files: their pages live only in the page cache, in guest RAM, and go to swap under
pressure (Linux mm/shmem.c).

A `TmpfsFile` (the regular files of /tmp) has no store of its own.  Its pages are page-cache
frames of kind USE_SHMEM: counted in meminfo's `Shmem` (and `Cached`), never `Dirty` and never
written back, on the anon LRU lists; drop_caches leaves them alone.  Reclaim writes one to a
swap slot (shmem_writepage, vmscan.py) and calls `swapped_out`, which drops the frame and keeps
the swap entry in `swapped[index]`; the next read, write or fault reads it back from swap
(`read_page` gives the bytes, `swapped_in` releases the slot once the page is in the cache).
Without swap they stay in RAM.  A hole reads as zeros and costs nothing.

The file system's size limit (SpaceQuota, half of RAM) is charged per page when a write()
first touches it (`write_begin`), so a full tmpfs is ENOSPC at write() time.  The pages go
with the last name once no open description uses the file (`drop`, `release`); pages a
mapping still holds stay until reclaim or truncation.
"""
from __future__ import annotations

from pagelab.kernel.mm.pagecache import file_key

from .. import errno as E
from .file import O_PATH
from .inode import MAX_FILE_SIZE, PAGE_SIZE, S_IFREG, MemFile


class TmpfsFile(MemFile):
    swap_backed = True

    def __init__(self, cache, mode: int = S_IFREG | 0o644):
        super().__init__(b"", mode)
        self.cache = cache                     # the kernel's PageCache (mm/pagecache.py)
        self.blocks: set[int] = set()          # pages charged to the quota
        self.swapped: dict[int, int] = {}      # index -> swap entry of a page out in swap
        self.opens = 0                         # open descriptions

    # --- the bytes: cached frames, swap slots, holes ------------------------------------------
    def read_page(self, index: int) -> bytes:
        """Page `index` as stored: in swap (read without freeing the slot: `swapped_in` does
        that once the page is cached) or a hole (zeros)."""
        entry = self.swapped.get(index)
        if entry is None:
            return b""
        return self.cache.physmem.swap.peek(entry)

    def swapped_in(self, index: int) -> None:
        """The page cache holds page `index` again: its slot is read (pswpin) and freed."""
        entry = self.swapped.pop(index, None)
        if entry is None:
            return
        swap = self.cache.physmem.swap
        if entry not in swap.cache:
            events = self.cache.physmem.events
            events["pswpin"] += 1
            events["pgpgin"] += PAGE_SIZE >> 10
        swap.free(entry)
        if not self.swapped:
            self.cache.swap_backed_files.pop(file_key(self), None)

    def swapped_out(self, index: int, entry: int) -> None:
        """Reclaim wrote page `index` to `entry` and unmapped it: drop the frame."""
        self.cache.remove_swapped(self, index)
        self.swapped[index] = entry
        self.cache.swap_backed_files[file_key(self)] = self

    def _read(self, pos: int, count: int) -> bytes:
        end = min(pos + count, self._size)
        out = bytearray()
        while pos < end:
            index, offset = divmod(pos, PAGE_SIZE)
            chunk = min(end - pos, PAGE_SIZE - offset)
            page = self.cache.page_data(self, index)
            out += page[offset:offset + chunk].ljust(chunk, b"\0")
            pos += chunk
        return bytes(out)

    @property
    def data(self) -> bytes:
        return self._read(0, self._size)

    @data.setter
    def data(self, value) -> None:
        if value:
            raise ValueError("a tmpfs file is written through the page cache")
        self._size = 0

    def write(self, f, data: bytes):
        """A kernel-side write (a core dump): into the page cache, as sys_fs's write() does."""
        pos = f.pos
        if pos >= MAX_FILE_SIZE:
            return -E.EFBIG
        data = bytes(data[:MAX_FILE_SIZE - pos])
        physmem = self.cache.physmem
        done = 0
        while done < len(data):
            index, in_page = divmod(pos + done, PAGE_SIZE)
            n = min(PAGE_SIZE - in_page, len(data) - done)
            if self.write_begin(index) < 0:
                break
            pfn = self.cache.write_begin(self, index, in_page == 0 and n == PAGE_SIZE)
            if pfn is None:
                break
            physmem.write_frame_bytes(physmem.frame_offset(pfn) + in_page,
                                      memoryview(data)[done:done + n])
            physmem.put_page(pfn)
            done += n
        if data and not done:
            return -E.ENOSPC
        self._size = max(self._size, pos + done)
        f.pos = pos + done
        return done

    def write_page(self, index: int, data: bytes) -> int:
        return 0                               # never dirty: nothing to write back

    def write_begin(self, index: int) -> int:
        if index not in self.blocks:
            if self.quota is not None and self.quota.charge(PAGE_SIZE) < 0:
                return -E.ENOSPC
            self.blocks.add(index)
        return 0

    # --- size and lifetime ------------------------------------------------------------------------
    def truncate(self, size: int) -> int:
        """Shrink or extend (sparse).  Pages wholly past the new end give their quota and swap
        slots back; the cached ones are dropped by the caller (sys_fs's truncate_pagecache),
        a swapped partial last page is read back so that its tail can be zeroed."""
        if not 0 <= size <= MAX_FILE_SIZE:
            return -E.EFBIG if size > 0 else -E.EINVAL
        if size < self._size:
            first_gone = (size + PAGE_SIZE - 1) // PAGE_SIZE
            for index in [i for i in self.blocks if i >= first_gone]:
                self.blocks.discard(index)
                if self.quota is not None:
                    self.quota.release(PAGE_SIZE)
            swap = self.cache.physmem.swap
            for index in [i for i in self.swapped if i >= first_gone]:
                swap.free(self.swapped.pop(index))
            tail = size // PAGE_SIZE
            if size % PAGE_SIZE and tail in self.swapped:
                pfn, _ = self.cache.get(self, tail)
                if pfn is not None:
                    self.cache.physmem.put_page(pfn)
            if not self.swapped:
                self.cache.swap_backed_files.pop(file_key(self), None)
        self._size = size
        return 0

    def open(self, f) -> int:
        self.opens += 1
        return 0

    def release(self, f) -> None:
        if f.flags & O_PATH:
            return                              # (an O_PATH description never opened it)
        self.opens = max(self.opens - 1, 0)
        if self.opens == 0 and self.nlink == 0:
            self.evict()

    def drop(self) -> None:
        """The last name is gone: the quota goes back now, the pages when nobody has the
        file open."""
        if self.quota is not None:
            self.quota.release(len(self.blocks) * PAGE_SIZE)
            self.quota = None
        self.blocks.clear()
        if self.opens == 0:
            self.evict()

    def evict(self) -> None:
        """Free the pages nothing maps and every swap slot (Linux shmem_evict_inode)."""
        self.cache.forget(self)
        swap = self.cache.physmem.swap
        for entry in self.swapped.values():
            swap.free(entry)
        self.swapped.clear()
        self.cache.swap_backed_files.pop(file_key(self), None)
