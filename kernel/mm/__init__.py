"""pagelab.kernel.mm: memory management (mechanism; decisions live in kernel/policy).

    physmem.py    PhysicalMemory: buddy allocator, frame table, zero page, vm counters
    slab.py       kmem_cache slab caches on real frames, /proc/slabinfo
    pagecache.py  PageCache (file pages by (file, index)) and ShmemObject (shared anon)
    vma.py        VMA and Linux's VM_* flags
    pagemap.py    PageMap: the shadow PTEs of present pages, one array per page-table page
    pte_ops.py    PteOps: the one place user PTEs are written, accounted and TLB-flushed
    swap.py       swap areas, slot counts, the swap cache, swap-in (do_swap_page's work)
    vmscan.py     reclaim: LRU lists, page_referenced, eviction, kswapd's watermarks
    aspace.py     AddressSpace: VMA list, overcommit charge, ELF
                  mapping, stack, vDSO, fork (COW), teardown, copy_in/copy_out
    mmap.py       the mmap family (mixin of AddressSpace): mmap munmap mprotect brk mremap
                  madvise mincore msync mlock munlock
    fault.py      the page-fault handler (fixed sequence of named steps) and FaultResult
    procfs.py     /proc/<pid>/{maps,smaps,smaps_rollup,statm,status} and meminfo/vmstat/slabinfo
    inspect.py    read-only queries for tests and the front panel
    oom.py        the OOM killer (victim from the oom policy, Linux's log lines)
    hugetlb.py    the hugetlb pools (2 MiB, 1 GiB), their /sys files and sysctls
    huge_memory.py  transparent huge pages: THP faults, huge zero page, split for reclaim,
                  /sys/kernel/mm/transparent_hugepage, prctl(PR_SET_THP_DISABLE)
    khugepaged.py khugepaged: collapses 2 MiB ranges of small pages, on simulated time

A kernel sets up memory management with `setup(kernel)` (or by hand: `kernel.physmem =
PhysicalMemory(kernel.machine)`, `kernel.page_cache = PageCache(kernel.physmem)`, and a
`kernel.trace` tracer, kernel/trace.py).
"""
import math

from pagelab.kernel.mm.physmem import PhysicalMemory
from pagelab.kernel.mm.pagecache import PageCache, ShmemObject
from pagelab.kernel.mm.aspace import AddressSpace, EFault
from pagelab.kernel.mm.fault import FaultResult
from pagelab.kernel.mm.procfs import buddyinfo, meminfo, slabinfo, swaps, vmstat

__all__ = ["PhysicalMemory", "PageCache", "ShmemObject", "AddressSpace", "EFault",
           "FaultResult", "meminfo", "vmstat", "slabinfo", "buddyinfo", "swaps", "setup",
           "SWAP_DEVICE"]


def setup(kernel, reserved_frames: int = 0, swap_bytes: int = 0) -> None:
    """Give `kernel` (which has `.machine`) its physical memory, page cache and policies
    (kernel.policies; the replacement policy goes to reclaim), and, with `swap_bytes`, a swap
    area enabled at boot (SWAP_DEVICE, as if listed in fstab)."""
    from pagelab.kernel.policy import build_policies
    kernel.physmem = physmem = PhysicalMemory(kernel.machine, reserved_frames)
    kernel.page_cache = PageCache(physmem)
    kernel.policies = build_policies(kernel)
    boot_sysctls(kernel)
    physmem.vmscan.kernel = kernel
    physmem.vmscan.set_policy(kernel.policies.replacement)
    physmem.vmscan.refresh_watermarks()
    if not hasattr(kernel, "trace"):             # a test's kernel: tracepoints with no listener
        from pagelab.kernel.trace import Tracer
        kernel.trace = Tracer(lambda: 0)
    from pagelab.kernel.mm.writeback import Flusher
    # simulated time for dirty-page ages (a test's kernel without a clock stays at 0)
    kernel.page_cache.clock = kernel.now_ns if hasattr(kernel, "now_ns") else (lambda: 0)
    kernel.flusher = Flusher(kernel)
    if swap_bytes:
        physmem.swap.devices[SWAP_DEVICE] = swap_bytes >> 12
        physmem.swap.swapon(SWAP_DEVICE, swap_bytes >> 12)


SWAP_DEVICE = "/dev/vdb"


def late_init(kernel) -> None:
    """The mm's boot steps that come after the file system exists (called at the end of
    Kernel.__init__): the hugetlb pools the command line asks for, and the mm's /sys files
    (registered with `kernel.fs.sys.register`)."""
    from pagelab.kernel.mm.hugetlb import hugetlb_init
    hugetlb_init(kernel)
    from pagelab.kernel.mm.huge_memory import thp_init
    thp_init(kernel)


def drop_caches(kernel, value: int, comm: str = "", pid: int = 0) -> int:
    """A write of `value` to /proc/sys/vm/drop_caches (Linux drop_caches_sysctl_handler):
    bit 1 frees clean, unmapped page-cache pages (drop_pagecache), bit 2 the slab memory the
    slab caches can give back (drop_slab: the empty slab each cache keeps); bit 4 silences the
    kernel-log line for good.  Dirty pages stay: `sync` first.  Returns the pages freed."""
    physmem = kernel.physmem
    freed = 0
    if value & 1:
        freed += kernel.page_cache.drop_clean()
        physmem.events["drop_pagecache"] = physmem.events.get("drop_pagecache", 0) + 1
    if value & 2:
        freed += physmem.slabs.shrink()
        physmem.events["drop_slab"] = physmem.events.get("drop_slab", 0) + 1
    if value & 4:
        kernel.page_cache.drop_caches_quiet = True
    elif not kernel.page_cache.drop_caches_quiet:
        kernel.log(f"{comm} ({pid}): drop_caches: {value}")
    return freed


def sysctl_changed(kernel, name: str) -> None:
    """A guest wrote /proc/sys/vm/NAME: act on the sysctls that do something when written."""
    if name == "vm.drop_caches":
        task = kernel.current
        drop_caches(kernel, int(kernel.sysctl[name]), task.comm if task else "",
                    task.pid if task else 0)
    elif name == "vm.dirty_writeback_centisecs":
        kernel.flusher.wake()                    # Linux wakes the flusher threads
    elif name in ("vm.nr_hugepages", "vm.nr_overcommit_hugepages"):
        from pagelab.kernel.mm.hugetlb import sysctl_changed as hugetlb_sysctl_changed
        hugetlb_sysctl_changed(kernel, name)

def default_min_free_kbytes(total_pages: int) -> int:
    """Linux calculate_min_free_kbytes: sqrt(lowmem in kB * 16), clamped to 128..262144."""
    return min(max(math.isqrt(total_pages * 4 * 16), 128), 262144)


def boot_sysctls(kernel) -> None:
    """The vm sysctls Linux computes from RAM at boot (min_free_kbytes; admin_reserve_kbytes
    and user_reserve_kbytes, 1/32 of free memory capped at 8 MiB / 128 MiB), stored in the
    live table (kernel.sysctl) unless the configuration set them."""
    table = kernel.sysctl
    physmem = kernel.physmem
    configured = kernel.config.sysctl
    computed = {"vm.min_free_kbytes": default_min_free_kbytes(physmem.total_pages),
                "vm.admin_reserve_kbytes": physmem.admin_reserve_kbytes,
                "vm.user_reserve_kbytes": physmem.user_reserve_kbytes}
    for name, value in computed.items():
        if name not in configured:
            table[name] = value
