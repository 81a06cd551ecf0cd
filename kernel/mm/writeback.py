"""Writeback of dirty page-cache pages: the dirty limits, the writer's throttling and the
flusher (Linux mm/page-writeback.c, fs/fs-writeback.c).

A write() leaves its pages dirty in the page cache (pagecache.py); they reach the file later,
written by one of:

* the flusher (Linux's per-backing-device writeback worker, `wb_workfn`): woken every
  vm.dirty_writeback_centisecs of simulated time, it writes back (a) every file that has been
  dirty for longer than vm.dirty_expire_centisecs ("kupdate" writeback) and (b), while more
  pages are dirty than the background threshold, the files dirtied first until the count is
  below it ("background" writeback).  A writer that crosses the background threshold wakes
  it at once.  vm.dirty_writeback_centisecs = 0 turns the periodic wake-up off;
* the writer itself, throttled in `balance_dirty_pages` when more pages are dirty than the
  dirty threshold: it waits until writeback has brought the count down to the midpoint of
  the two thresholds (Linux's setpoint).  Writeback in pagelab is synchronous, so the wait
  is the time the writes take: the writer is charged WRITE_PAGE_NS of simulated time per page
  written on its behalf;
* fsync, fdatasync, sync, syncfs and msync(MS_SYNC), which write back what they cover;
* reclaim, which writes a dirty file page before it frees it (nr_vmscan_write).

The thresholds are Linux's `domain_dirty_limits`: of the *dirtyable* memory -- free pages
above the high watermark plus the file LRU pages -- vm.dirty_ratio percent (or vm.dirty_bytes)
and vm.dirty_background_ratio percent (or vm.dirty_background_bytes); a background threshold
not below the dirty threshold is halved.  /proc/vmstat shows them as nr_dirty_threshold and
nr_dirty_background_threshold.

Each batch of pages written is a `writeback` trace event (kernel/trace.py) with its reason.

Everything runs on simulated time (the kernel calls `Flusher.tick` from its main loop, and an
idle machine wakes for the flusher's deadline while pages are dirty), so the same program
writes back the same pages at the same moments every run.
"""
from __future__ import annotations

from pagelab.kernel.sysctl import sysctl_int
from pagelab.kernel.trace import Writeback, emit_current
from pagelab.mmu.pte import PAGE_SIZE

NS_PER_CENTISEC = 10_000_000
WRITE_PAGE_NS = 10_000          # simulated cost of writing one page to the disk (~400 MB/s)
NEVER = 1 << 62                 # no deadline (the kernel's END_OF_TIME_NS)


def dirtyable_pages(physmem) -> int:
    """Linux global_dirtyable_memory: free pages above the high watermark plus file LRU."""
    counts = physmem.vmscan.counts()
    _, _, high = physmem.vmscan.watermarks()
    return max(0, physmem.nr_free - high) + counts["active_file"] + counts["inactive_file"]


def dirty_limits(kernel) -> tuple[int, int]:
    """(dirty threshold, background threshold) in pages (Linux domain_dirty_limits)."""
    available = dirtyable_pages(kernel.physmem)
    dirty_bytes = sysctl_int(kernel, "vm.dirty_bytes")
    bg_bytes = sysctl_int(kernel, "vm.dirty_background_bytes")
    if dirty_bytes:
        thresh = (dirty_bytes + PAGE_SIZE - 1) // PAGE_SIZE
    else:
        thresh = sysctl_int(kernel, "vm.dirty_ratio") * available // 100
    if bg_bytes:
        bg_thresh = (bg_bytes + PAGE_SIZE - 1) // PAGE_SIZE
    else:
        bg_thresh = sysctl_int(kernel, "vm.dirty_background_ratio") * available // 100
    if bg_thresh >= thresh:
        bg_thresh = thresh // 2
    return thresh, bg_thresh


def traced(kernel, pages: int, reason: str) -> int:
    """Emit a writeback event for `pages` pages written (if any and if traced); returns
    `pages`."""
    if pages and kernel.trace.enabled:
        emit_current(kernel, Writeback, pages, reason)
    return pages


class Flusher:
    """The writeback worker of the one backing device (kernel.flusher)."""

    def __init__(self, kernel):
        self.kernel = kernel
        self.cache = kernel.page_cache
        self.next_wake_ns = self._interval() or NEVER
        ev = kernel.physmem.events
        for key in ("wb_periodic", "wb_background", "wb_throttled"):
            ev.setdefault(key, 0)

    def _interval(self) -> int:
        """vm.dirty_writeback_centisecs in ns (0: no periodic writeback).  Linux keeps it in
        an unsigned int, so a negative value is a very long interval."""
        centisecs = sysctl_int(self.kernel, "vm.dirty_writeback_centisecs") & 0xFFFFFFFF
        return centisecs * NS_PER_CENTISEC

    def _now(self) -> int:
        return self.kernel.now_ns()

    def deadline(self) -> int:
        """When the flusher next runs (ns since boot); NEVER with nothing dirty."""
        return self.next_wake_ns if self.kernel.physmem.nr_dirty else NEVER

    def tick(self) -> int:
        """Run the flusher if its time has come (the kernel's main loop calls this).
        Returns pages written."""
        now = self._now()
        if now < self.next_wake_ns:
            return 0
        written = self.run(now)
        interval = self._interval()
        self.next_wake_ns = now + interval if interval else NEVER
        return written

    def wake(self) -> None:
        """Run at the next opportunity (a writer crossed the background threshold, a
        dirty_writeback_centisecs write)."""
        self.next_wake_ns = min(self.next_wake_ns, self._now())

    def run(self, now: int) -> int:
        """One pass of wb_do_writeback: background writeback while over the background
        threshold, then every file dirty for longer than dirty_expire_centisecs."""
        physmem = self.kernel.physmem
        if not physmem.nr_dirty:
            return 0
        written = 0
        _, bg_thresh = dirty_limits(self.kernel)
        if physmem.nr_dirty > bg_thresh:
            physmem.events["wb_background"] += 1
            written += traced(self.kernel, self.write_oldest(bg_thresh), "background")
        expire = sysctl_int(self.kernel, "vm.dirty_expire_centisecs") * NS_PER_CENTISEC
        old = [entry[0] for entry in self.cache.dirty_inodes.values() if entry[1] + expire <= now]
        if old:
            physmem.events["wb_periodic"] += 1
        periodic = sum(self.cache.write_file(file) for file in old)
        return written + traced(self.kernel, periodic, "periodic")

    def write_oldest(self, target: int) -> int:
        """Write back the files dirtied first, page by page, until at most `target` pages
        are dirty.  Returns pages written."""
        physmem = self.kernel.physmem
        written = 0
        while physmem.nr_dirty > target and self.cache.dirty_inodes:
            key = next(iter(self.cache.dirty_inodes))
            file = self.cache.dirty_inodes[key][0]
            before = written
            for index in sorted(self.cache.dirty.get(key, ())):
                if physmem.nr_dirty <= target:
                    break
                written += self.cache.writeback(file, index)
            if written == before:
                break                                     # (nothing writable: never spin)
        return written

    def balance_dirty_pages(self, task) -> int:
        """After a write() dirtied pages: wake the flusher above the background threshold;
        above the dirty threshold the writer waits for writeback down to the setpoint (the
        midpoint of the two thresholds), charged as simulated time.  Returns pages written
        while the writer waited."""
        physmem = self.kernel.physmem
        thresh, bg_thresh = dirty_limits(self.kernel)
        if physmem.nr_dirty <= bg_thresh:
            return 0
        self.wake()
        if physmem.nr_dirty <= thresh:
            return 0
        physmem.events["wb_throttled"] += 1
        written = traced(self.kernel, self.write_oldest((thresh + bg_thresh) // 2), "throttle")
        if written:
            self.kernel.charge(written * WRITE_PAGE_NS, task)
        return written

    def sync_all(self) -> int:
        """sync(2): write back every dirty page (Linux writes back and waits for all)."""
        written = 0
        for key in list(self.cache.dirty_inodes):
            entry = self.cache.dirty_inodes.get(key)
            if entry is not None:
                written += self.cache.write_file(entry[0])
        return traced(self.kernel, written, "sync")
