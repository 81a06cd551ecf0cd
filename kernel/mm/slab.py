"""Slab caches (Linux `kmem_cache`, SLUB flavour) for the kernel's own objects.

The kernel's objects are Python objects, but each one also holds a slot in a slab, and each slab
is a real block of frames taken from the buddy allocator.  So creating a VMA or a task costs
guest RAM exactly as in Linux, shows in `/proc/slabinfo` and in meminfo's `Slab`, and fails
cleanly (None -> ENOMEM) when RAM is exhausted: kernel metadata is bounded by guest memory.

A cache holds objects of one size.  A slab is 2^order frames cut into `objperslab` slots::

    slab (1 frame, objsize 512):  [obj0][obj1][obj2][obj3][obj4][obj5][obj6][obj7]

`alloc()` returns a handle `(slab, slot)`; `free(handle)` gives the slot back.  Empty slabs go
back to the buddy allocator (SLUB keeps a few; we keep none, except that the last slab of a
cache stays so tiny caches do not thrash).  With SLUB, slabinfo's tunables are always 0.

Object sizes are pagelab's choices, close to a riscv64 Linux 6.x kernel's.
"""
from __future__ import annotations

from pagelab.mmu.pte import PAGE_SIZE

# name -> (object size in bytes, slab order, reclaimable?)
STANDARD_CACHES = {
    "task_struct": (3264, 3, False),
    "mm_struct": (1088, 3, False),
    "vm_area_struct": (176, 0, False),
    "anon_vma": (104, 0, False),
    "files_cache": (704, 3, False),
    "filp": (256, 0, False),
    "inode_cache": (600, 3, True),
    "dentry": (192, 0, True),
    "sighand_cache": (2112, 3, False),
    "signal_cache": (1088, 3, False),
    "shmem_inode_cache": (784, 3, False),
    "radix_tree_node": (576, 2, True),
    "pid": (128, 0, False),
}


class Slab:
    __slots__ = ("pfn", "free_slots", "inuse")

    def __init__(self, pfn: int, nobjs: int):
        self.pfn = pfn
        self.free_slots = list(range(nobjs - 1, -1, -1))   # pop() hands out slot 0 first
        self.inuse = 0


class KmemCache:
    """One slab cache: objects of `objsize` bytes in slabs of 2^order frames."""

    def __init__(self, physmem, name: str, objsize: int, order: int = 0,
                 reclaimable: bool = False):
        self.physmem = physmem
        self.name = name
        self.objsize = objsize
        self.order = order
        self.reclaimable = reclaimable
        self.objperslab = (PAGE_SIZE << order) // objsize
        self.slabs: list[Slab] = []
        self.partial: list[Slab] = []       # slabs with at least one free slot
        self.active_objs = 0

    @property
    def num_objs(self) -> int:
        return len(self.slabs) * self.objperslab

    @property
    def pages(self) -> int:
        return len(self.slabs) << self.order

    def alloc(self):
        """A handle for one object, or None when no frame can be had (out of memory)."""
        if not self.partial:
            from pagelab.kernel.mm.physmem import USE_SLAB
            pfn = self.physmem.alloc_pages(self.order, USE_SLAB)
            if pfn is None:
                return None
            slab = Slab(pfn, self.objperslab)
            self.slabs.append(slab)
            self.partial.append(slab)
        slab = self.partial[-1]
        slot = slab.free_slots.pop()
        slab.inuse += 1
        if not slab.free_slots:
            self.partial.pop()
        self.active_objs += 1
        return (slab, slot)

    def free(self, handle) -> None:
        """Give an object's slot back (a None handle is ignored)."""
        if handle is None:
            return
        slab, slot = handle
        if not slab.free_slots:
            self.partial.append(slab)
        slab.free_slots.append(slot)
        slab.inuse -= 1
        self.active_objs -= 1
        if slab.inuse == 0 and len(self.slabs) > 1:
            self.partial.remove(slab)
            self.slabs.remove(slab)
            self.physmem.free_pages(slab.pfn, self.order)


class SlabAllocator:
    """The set of caches, in creation order (slabinfo lists the newest first, as Linux)."""

    def __init__(self, physmem):
        self.physmem = physmem
        self.caches: dict[str, KmemCache] = {}
        self.kernel_stacks = 0          # TaskMemory stacks held (meminfo KernelStack)
        for name, (size, order, reclaimable) in STANDARD_CACHES.items():
            self.create(name, size, order, reclaimable)

    def create(self, name: str, objsize: int, order: int = 0,
               reclaimable: bool = False) -> KmemCache:
        cache = self.caches.get(name)
        if cache is None:
            cache = KmemCache(self.physmem, name, objsize, order, reclaimable)
            self.caches[name] = cache
        return cache

    def shrink(self) -> int:
        """Give every empty slab back to the buddy allocator (Linux drop_slab ->
        kmem_cache_shrink; the slab a cache keeps when its last object goes is freed too).
        Returns the frames freed."""
        freed = 0
        for cache in self.caches.values():
            for slab in [s for s in cache.slabs if s.inuse == 0]:
                cache.partial.remove(slab)
                cache.slabs.remove(slab)
                self.physmem.free_pages(slab.pfn, cache.order)
                freed += 1 << cache.order
        return freed

    def cache(self, name: str) -> KmemCache:
        return self.caches[name]

    def pages(self, reclaimable: bool) -> int:
        """Frames held by reclaimable (SReclaimable) or unreclaimable (SUnreclaim) caches."""
        return sum(c.pages for c in self.caches.values() if c.reclaimable == reclaimable)


def render_slabinfo(physmem) -> str:
    """/proc/slabinfo, format version 2.1 (Linux mm/slab_common.c)."""
    out = ["slabinfo - version: 2.1\n",
           "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>"
           " : tunables <limit> <batchcount> <sharedfactor>"
           " : slabdata <active_slabs> <num_slabs> <sharedavail>\n"]
    for cache in reversed(list(physmem.slabs.caches.values())):
        nslabs = len(cache.slabs)
        out.append("%-17s %6d %6d %6d %4d %4d : tunables %4d %4d %4d : slabdata %6d %6d %6d\n"
                   % (cache.name, cache.active_objs, cache.num_objs, cache.objsize,
                      cache.objperslab, 1 << cache.order, 0, 0, 0, nslabs, nslabs, 0))
    return "".join(out)


# --- the kernel memory of a task (Linux kernel/fork.c dup_task_struct, free_task) ------------

THREAD_SIZE_ORDER = 2                # riscv64: a 16 KiB kernel stack per task (THREAD_SIZE)


class TaskMemory:
    """What a task costs the kernel: its `task_struct` slab object (freed when the task is
    reaped) and its kernel stack, 2^THREAD_SIZE_ORDER frames from the buddy allocator (freed
    when it exits: riscv64 keeps thread_info in the task, so a zombie has no stack).  meminfo's
    KernelStack is the stacks held."""

    __slots__ = ("task_slab", "stack_pfn")

    def __init__(self, physmem):
        from pagelab.kernel.mm.physmem import USE_KERNEL
        self.task_slab = physmem.slabs.cache("task_struct").alloc()
        self.stack_pfn = physmem.alloc_pages(THREAD_SIZE_ORDER, USE_KERNEL)
        if self.stack_pfn is not None:
            physmem.slabs.kernel_stacks += 1

    @property
    def ok(self) -> bool:
        """Both were had (else the task cannot be created: ENOMEM)."""
        return self.task_slab is not None and self.stack_pfn is not None

    def free_stack(self, physmem) -> None:
        if self.stack_pfn is not None:
            physmem.free_pages(self.stack_pfn, THREAD_SIZE_ORDER)
            physmem.slabs.kernel_stacks -= 1
            self.stack_pfn = None

    def free(self, physmem) -> None:
        self.free_stack(physmem)
        if self.task_slab is not None:
            physmem.slabs.cache("task_struct").free(self.task_slab)
            self.task_slab = None
