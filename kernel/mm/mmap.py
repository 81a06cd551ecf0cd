"""The memory-mapping system calls of an address space (Linux mm/mmap.c, mm/mprotect.c,
mm/mremap.c, mm/madvise.c, mm/msync.c, mm/mlock.c, mm/mincore.c), as the mixin `MmapCalls` that
AddressSpace (aspace.py) inherits.  Each method returns what the system call returns: an address
or 0 on success, -errno on failure, with the checks in Linux's order.

They work on the VMA list and the page tables only through AddressSpace's primitives:
`_isolate` (split at range edges), `_link`/`_unlink`, `_merge_around`, `_zap_range` (unmap the
pages of a range and flush), `map_page`/`unmap_page`/`update_pte`, `vm_enough_memory`.
"""
from __future__ import annotations

from pagelab.kernel.errno import (EACCES, EAGAIN, EBADF, EBUSY, EEXIST, EFAULT, EINVAL, ENODEV,
                                  ENOMEM, EOPNOTSUPP, EPERM)
from pagelab.kernel.mm import fault as F
from pagelab.kernel.mm.hugetlb import (huge_unaligned, hugetlb_change_protection,
                                       hugetlb_mmap, hugetlb_mremap, hugetlb_vma_closed,
                                       index_of, is_hugetlb_file)
from pagelab.kernel.mm.pagecache import ShmemObject, file_pages
from pagelab.kernel.mm.physmem import PG_SWAPCACHE, USE_ANON
from pagelab.kernel.mm.vma import (VM_ACCOUNT, VM_DONTCOPY, VM_DONTDUMP, VM_DONTEXPAND, VM_EXEC,
                                   VM_GROWSDOWN, VM_HUGEPAGE, VM_LOCKED, VM_LOCKONFAULT,
                                   VM_HUGETLB, VM_MAYEXEC, VM_MAYREAD, VM_MAYSHARE,
                                   VM_MAYWRITE,
                                   VM_NOHUGEPAGE, VM_NORESERVE, VM_PFNMAP, VM_RAND_READ, VM_READ,
                                   VM_SEQ_READ, VM_SHARED, VM_WIPEONFORK, VM_WRITE, VMA)
from pagelab.kernel.mm.pte_ops import FLUSH_ALL_THRESHOLD, entry_pfn  # noqa: F401
from pagelab.mmu.pte import (MODE_BY_NAME, PAGE_SHIFT, PAGE_SIZE, PTE_A, PTE_D, PTE_R, PTE_V, PTE_W,
                             PTE_X, is_swap_pte, pte_flags)

# --- constants of the system-call interface (asm-generic, riscv64) ---------------------------
PROT_READ, PROT_WRITE, PROT_EXEC, PROT_NONE = 1, 2, 4, 0
PROT_GROWSDOWN, PROT_GROWSUP = 0x01000000, 0x02000000
MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE, MAP_TYPE = 0x01, 0x02, 0x03, 0x0F
MAP_FIXED, MAP_ANONYMOUS, MAP_GROWSDOWN, MAP_DENYWRITE = 0x10, 0x20, 0x100, 0x800
MAP_EXECUTABLE, MAP_LOCKED, MAP_NORESERVE, MAP_POPULATE = 0x1000, 0x2000, 0x4000, 0x8000
MAP_NONBLOCK, MAP_STACK, MAP_HUGETLB, MAP_SYNC = 0x10000, 0x20000, 0x40000, 0x80000
MAP_FIXED_NOREPLACE = 0x100000
MAP_HUGE_SHIFT, MAP_HUGE_MASK = 26, 0x3F
# What MAP_SHARED_VALIDATE accepts (Linux LEGACY_MAP_MASK + FIXED_NOREPLACE + the huge page
# size field).  MAP_SYNC needs a DAX file, which pagelab has not: EOPNOTSUPP.
MAP_KNOWN_FLAGS = (MAP_TYPE | MAP_FIXED | MAP_ANONYMOUS | MAP_GROWSDOWN | MAP_DENYWRITE |
                   MAP_EXECUTABLE | MAP_LOCKED | MAP_NORESERVE | MAP_POPULATE | MAP_NONBLOCK |
                   MAP_STACK | MAP_HUGETLB | MAP_FIXED_NOREPLACE |
                   (MAP_HUGE_MASK << MAP_HUGE_SHIFT))
MREMAP_MAYMOVE, MREMAP_FIXED, MREMAP_DONTUNMAP = 1, 2, 4
MS_ASYNC, MS_INVALIDATE, MS_SYNC = 1, 2, 4
MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED = 0, 1, 2, 3, 4
MADV_FREE, MADV_REMOVE, MADV_DONTFORK, MADV_DOFORK = 8, 9, 10, 11
MADV_MERGEABLE, MADV_UNMERGEABLE, MADV_HUGEPAGE, MADV_NOHUGEPAGE = 12, 13, 14, 15
MADV_DONTDUMP, MADV_DODUMP, MADV_WIPEONFORK, MADV_KEEPONFORK = 16, 17, 18, 19
MADV_COLD, MADV_PAGEOUT, MADV_POPULATE_READ, MADV_POPULATE_WRITE = 20, 21, 22, 23
MADV_DONTNEED_LOCKED = 24
MLOCK_ONFAULT = 1

RDEV_ZERO = (1, 5)                    # /dev/zero
MMAP_MIN_ADDR = 4096                  # vm.mmap_min_addr's default
STACK_GUARD_GAP = 256 << PAGE_SHIFT   # 1 MiB (stack_guard_gap)
RLIMIT_STACK_DEFAULT = 8 << 20
RLIMIT_MEMLOCK_DEFAULT = 8 << 20
MIN_GAP = 128 << 20                   # mmap_base sits at least this far below the stack top
MAX_MAP_COUNT = 65530
VDSO_SIGRETURN_OFFSET = 0             # __vdso_rt_sigreturn inside the [vdso] page
SIGRETURN_TRAMPOLINE = (0x08B00893, 0x00000073)   # li a7, 139 ; ecall
MASK64 = (1 << 64) - 1


class EFault(Exception):
    """A user pointer that cannot be read or written (the syscall returns -EFAULT)."""


def page_align(n: int) -> int:
    return (n + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)


def _paging_mode(kernel) -> int:
    """The satp MODE of the machine's paging scheme (KernelConfig.paging: sv39, sv48, sv57)."""
    return MODE_BY_NAME[kernel.config.paging.lower()]


def _enomem(call):
    """A system call that runs out of kernel memory half-way (a slab slot, a page table) returns
    -ENOMEM; every step before the failure left the address space consistent."""
    def wrapper(self, *args, **kwargs):
        try:
            return call(self, *args, **kwargs)
        except MemoryError:
            return -ENOMEM
    wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ = call.__name__, call.__doc__, call
    return wrapper


class MmapCalls:
    """mmap, munmap, mprotect, brk, mremap, madvise, mincore, msync, mlock, munlock
    (mixed into AddressSpace)."""


    def get_unmapped_area(self, hint: int, length: int) -> int | None:
        """A free range of `length` bytes: the hint if free, else top-down below mmap_base."""
        if length > self.task_size:
            return None
        if hint:
            addr = page_align(hint)
            if self.mmap_min_addr() <= addr and addr + length <= self.task_size and \
                    self._free_for(addr, length):
                return addr
        low = max(PAGE_SIZE, self.mmap_min_addr())
        found = self._gaps.highest_gap(length, low, self.mmap_base, self.task_size)
        if found is not None:
            return found
        # bottom-up fallback from TASK_UNMAPPED_BASE
        addr = page_align(self.task_size // 3)
        while addr + length <= self.task_size:
            if self._free_for(addr, length):
                return addr
            nxt = self.find_vma(addr)
            if nxt is None:
                break
            addr = nxt.end
        return None

    def _free_for(self, addr: int, length: int) -> bool:
        nxt = self.find_vma(addr)
        if nxt is None:
            return True
        gap_start = nxt.start - (STACK_GUARD_GAP if nxt.flags & VM_GROWSDOWN else 0)
        return addr + length <= gap_start

    @_enomem
    def mmap(self, addr: int, length: int, prot: int, flags: int, file=None, offset: int = 0,
             file_readable: bool = True, file_writable: bool = True) -> int:
        """do_mmap.  `file` is the guest inode for file mappings (the syscall layer resolves the
        fd and passes whether it was opened for reading/writing).  Returns address or -errno."""
        addr &= MASK64
        if length == 0:
            return -EINVAL
        if flags & MAP_FIXED_NOREPLACE:
            flags |= MAP_FIXED
        map_type = flags & MAP_TYPE
        if map_type not in (MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE):
            return -EINVAL
        if map_type == MAP_SHARED_VALIDATE and flags & ~MAP_KNOWN_FLAGS:
            return -EOPNOTSUPP
        if prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC):
            return -EINVAL
        if offset & (PAGE_SIZE - 1) or offset < 0:
            return -EINVAL
        length = page_align(length)
        if length == 0 or length > self.task_size:
            return -ENOMEM
        if flags & MAP_HUGETLB or is_hugetlb_file(file):
            return hugetlb_mmap(self, addr, length, prot, flags, file, offset, file_readable,
                                file_writable)
        if (offset >> PAGE_SHIFT) + (length >> PAGE_SHIFT) > (1 << 52):
            return -75                         # EOVERFLOW
        anonymous = bool(flags & MAP_ANONYMOUS)
        shared = map_type != MAP_PRIVATE
        if not anonymous:
            if file is None:
                return -EBADF
            if not file_readable:
                return -EACCES
            if shared and prot & PROT_WRITE and not file_writable:
                return -EACCES
            if getattr(file, "rdev", None) == RDEV_ZERO and not getattr(file, "is_reg", False):
                # mmap of /dev/zero: private -> anonymous memory, shared -> shmem (Linux)
                anonymous, file, flags = True, None, flags | MAP_ANONYMOUS
            elif not hasattr(file, "read_page") or not getattr(file, "is_reg", True):
                return -ENODEV
        if flags & MAP_FIXED:
            if addr & (PAGE_SIZE - 1):
                return -EINVAL
            if addr < self.mmap_min_addr():
                return -EPERM
            if addr + length > self.task_size:
                return -ENOMEM
            if flags & MAP_FIXED_NOREPLACE and self._vmas_in(addr, addr + length):
                return -EEXIST
        else:
            addr = self.get_unmapped_area(addr, length)
            if addr is None:
                return -ENOMEM
        if len(self.vmas) >= self.max_map_count():
            return -ENOMEM

        vm_flags = (self._prot_to_vm(prot) | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC |
                    self.def_flags)
        if flags & MAP_GROWSDOWN:
            vm_flags |= VM_GROWSDOWN
        if flags & MAP_LOCKED:
            vm_flags |= VM_LOCKED
        if shared:
            if anonymous and vm_flags & VM_GROWSDOWN:
                return -EINVAL                        # shared anonymous memory cannot grow
            vm_flags |= VM_SHARED | VM_MAYSHARE
            if not anonymous and not file_writable:
                vm_flags &= ~(VM_MAYWRITE | VM_SHARED)
        if flags & MAP_NORESERVE:
            vm_flags |= VM_NORESERVE
        if flags & MAP_LOCKED and not self._memlock_ok(length >> PAGE_SHIFT):
            return -EAGAIN
        charge = 0
        if self._charge_flags(vm_flags):
            charge = length >> PAGE_SHIFT
            vm_flags |= VM_ACCOUNT
        if flags & MAP_FIXED:
            self._do_munmap(addr, addr + length)
        if anonymous and shared and self._charge_flags(vm_flags & ~VM_SHARED | VM_WRITE):
            charge = length >> PAGE_SHIFT    # shmem_acct_size: the object, unless NORESERVE
        if charge and not self.vm_enough_memory(charge):
            return -ENOMEM
        shmem = None
        if anonymous and shared:
            shmem = ShmemObject(self.physmem, length, charged=charge)
            offset = 0
        vma = VMA(addr, addr + length, vm_flags, None if anonymous else file,
                  offset >> PAGE_SHIFT, shmem)
        try:
            self._link(vma)
        except MemoryError:
            if charge:
                self.vm_unacct_memory(charge)
            return -ENOMEM
        if shmem is not None:
            shmem.get_ref()
        self._merge_around(vma)
        if flags & MAP_POPULATE or (vm_flags & (VM_LOCKED | VM_LOCKONFAULT)) == VM_LOCKED:
            self._populate(addr, addr + length)
        return addr

    @staticmethod
    def _prot_to_vm(prot: int) -> int:
        return ((VM_READ if prot & PROT_READ else 0) | (VM_WRITE if prot & PROT_WRITE else 0) |
                (VM_EXEC if prot & PROT_EXEC else 0))

    def _memlock_ok(self, npages: int) -> bool:
        task = self.kernel.current
        if task is None or task.uid == 0:           # CAP_IPC_LOCK (a kernel-side call: yes)
            return True
        return (self.locked_vm + npages) << PAGE_SHIFT <= self.rlimit_memlock

    def _populate(self, start: int, end: int, write: bool | None = None) -> int:
        """Fault in every page of [start, end) (MAP_POPULATE, mlock).  Private writable VMAs
        take write faults, others read faults (Linux populate_vma_page_range).  Returns the
        faults taken; stops quietly at the first failure (errors are ignored, as Linux).

        XXX One deliberate difference: a read-populate of private anonymous memory would only
        map the shared zero page, page by page, costing host time in proportion to the
        virtual size (a 1 TiB PROT_READ mapping) while changing nothing but later fault
        counts; pagelab leaves those pages to be filled on first touch."""
        faults = 0
        va = start
        while va < end:
            vma = self.vma_at(va)
            if vma is None:
                break
            stop = min(end, vma.end)
            w = write if write is not None else \
                (vma.flags & (VM_WRITE | VM_SHARED)) == VM_WRITE
            if not vma.flags & (VM_READ | VM_WRITE | VM_EXEC) or (not w and vma.is_anonymous()):
                va = stop
                continue
            access = F.STORE if w else (F.LOAD if vma.flags & (VM_READ | VM_WRITE) else F.FETCH)
            for page in range(va, stop, PAGE_SIZE):
                pte = self.pages.get(page >> PAGE_SHIFT)
                if pte is not None and pte & PTE_V and (not w or pte & PTE_W):
                    continue
                result = self.handle_fault(page, access)
                if not result.ok:
                    return faults
                self._charge_current(result)
                faults += 1
            va = stop
        return faults

    def _charge_current(self, result) -> None:
        """Faults the kernel takes on a task's behalf count for the current task (Linux GUP)."""
        task = self.kernel.current
        if task is not None:
            if result.major:
                task.maj_flt += 1
            else:
                task.min_flt += 1

    def _do_munmap(self, start: int, end: int) -> int:
        """Remove every mapping in [start, end): split edge VMAs, drop pages, uncharge, and
        free the page-table pages no VMA needs any more."""
        removed = False
        for vma in self._isolate(start, end):
            self._zap_range(vma.start, vma.end)
            if vma.flags & VM_ACCOUNT:
                self.vm_unacct_memory(vma.npages)
            self._unlink(vma, free_slab=True)
            if vma.shmem is not None:
                vma.shmem.put_ref()
            if vma.flags & VM_HUGETLB:
                hugetlb_vma_closed(self, vma)
            removed = True
        if removed:
            self.free_page_tables(start, end)
        return 0

    @_enomem
    def munmap(self, addr: int, length: int) -> int:
        """munmap(2): remove the mappings in [addr, addr+length) (length rounded up); edge VMAs
        are split, pages freed at once.  EINVAL for an unaligned addr, 0 length or a range outside
        the user address space; unmapping nothing succeeds."""
        if addr & (PAGE_SIZE - 1) or length == 0:
            return -EINVAL
        length = page_align(length)
        if addr >= self.task_size or length > self.task_size - addr:
            return -EINVAL
        if huge_unaligned(self, addr, addr + length):
            return -EINVAL                     # hugetlb: huge page boundaries only
        try:
            return self._do_munmap(addr, addr + length)
        except MemoryError:
            return -ENOMEM

    @_enomem
    def mprotect(self, addr: int, length: int, prot: int) -> int:
        """do_mprotect_pkey, with its order of checks (a zero length succeeds before the
        protection bits are looked at)."""
        grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP)
        if grows == PROT_GROWSDOWN | PROT_GROWSUP:
            return -EINVAL
        prot &= ~grows
        if addr & (PAGE_SIZE - 1):
            return -EINVAL
        if length == 0:
            return 0
        length = page_align(length)
        end = addr + length
        if end > MASK64:
            return -ENOMEM
        if prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC):
            return -EINVAL
        if end > self.task_size:
            return -ENOMEM
        vma = self.vma_at(addr)
        if vma is None:
            return -ENOMEM
        if grows & PROT_GROWSDOWN:
            if not vma.flags & VM_GROWSDOWN:
                return -EINVAL
            addr = vma.start
        if huge_unaligned(self, addr, end):
            return -EINVAL                     # hugetlb: huge page boundaries only
        try:
            return self._mprotect_range(addr, end, self._prot_to_vm(prot))
        except MemoryError:
            return -ENOMEM

    def _mprotect_range(self, start: int, end: int, newprot: int) -> int:
        va = start
        while va < end:
            vma = self.vma_at(va)
            if vma is None:
                return -ENOMEM
            piece_end = min(end, vma.end)
            newflags = (vma.flags & ~(VM_READ | VM_WRITE | VM_EXEC)) | newprot
            # VM_MAY* bits sit 4 above the permission bits they allow.
            if (newflags & ~(newflags >> 4)) & (VM_READ | VM_WRITE | VM_EXEC):
                return -EACCES
            if newflags & VM_WRITE and not vma.flags & (VM_ACCOUNT | VM_WRITE | VM_SHARED |
                                                        VM_NORESERVE | VM_HUGETLB):
                newflags |= VM_ACCOUNT
            elif not newflags & VM_WRITE and vma.flags & VM_ACCOUNT and \
                    vma.is_anonymous() and vma.anon_vma is None:
                newflags &= ~VM_ACCOUNT
            if newflags != vma.flags:
                piece = self._isolate(va, piece_end)[0]     # may raise MemoryError: no change
                npages = piece.npages
                if newflags & VM_ACCOUNT and not piece.flags & VM_ACCOUNT:
                    if not self.vm_enough_memory(npages):
                        self._merge_around(piece)
                        return -ENOMEM
                elif piece.flags & VM_ACCOUNT and not newflags & VM_ACCOUNT:
                    self.vm_unacct_memory(npages)
                self._set_flags(piece, newflags)
                self._change_ptes(piece)
                self._merge_around(piece)
            va = piece_end
        return 0

    def _change_ptes(self, vma: VMA) -> None:
        """Re-derive the PTE of every present page of `vma` from its (new) flags.  Only pages
        whose permissions really changed are rewritten and flushed."""
        if vma.flags & VM_HUGETLB:
            return hugetlb_change_protection(self, vma)
        physmem = self.physmem
        accessible = vma.flags & (VM_READ | VM_WRITE | VM_EXEC)
        shared = vma.flags & VM_SHARED
        perm = PTE_V | PTE_R | PTE_W | PTE_X
        changed = []
        if self.pages.huge and not accessible:       # PROT_NONE: 4 KiB entries (a THP splits)
            self.split_huge_range(vma.start, vma.end, whole=True)
        for vpn in self._present_vpns(vma.start, vma.end):
            old = self.pages[vpn]
            if is_swap_pte(old):
                continue                    # the swap-in fault derives the new permissions
            pfn = entry_pfn(old)
            if not accessible:
                if old & PTE_V:
                    self.update_pte(vpn, clear_bits=perm, flush=False)
                    changed.append(vpn)
                continue
            writable = False
            if vma.flags & VM_WRITE and pfn != physmem.zero_pfn:
                idx = pfn - physmem.base_pfn
                # shmem pages may be written; shared file pages only if already dirty
                # (write-notify); a private page only if it is ours alone
                if shared:
                    writable = vma.shmem is not None or bool((old | self._hw_pte(vpn)) & PTE_D)
                else:
                    writable = physmem.use[idx] == USE_ANON and physmem.refcount[idx] == 1
            flags = F.vma_pte_flags(vma.flags, writable)
            if writable and not shared:
                flags |= PTE_D
            if old & perm == flags & perm:
                continue
            self.update_pte(vpn, set_bits=flags, clear_bits=perm & ~flags, flush=False)
            changed.append(vpn)             # also invalid -> valid: see the rules at the top
        self._flush_pages(changed)

    def brk(self, addr: int) -> int:
        """sys_brk: returns the new break, or the old one when the request is refused."""
        try:
            return self._brk(addr)
        except MemoryError:
            return self.cur_brk

    def _brk(self, addr: int) -> int:
        """sys_brk: returns the new break, or the old one when the request is refused."""
        addr &= MASK64
        if addr < self.start_brk or self.start_brk == 0:
            return self.cur_brk
        newbrk, oldbrk = page_align(addr), page_align(self.cur_brk)
        if newbrk == oldbrk:
            self.cur_brk = addr
            return self.cur_brk
        if addr <= self.cur_brk:
            self._do_munmap(newbrk, oldbrk)
            self.cur_brk = addr
            return self.cur_brk
        nxt = self.find_vma(oldbrk)
        if nxt is not None:
            gap_start = nxt.start - (STACK_GUARD_GAP if nxt.flags & VM_GROWSDOWN else 0)
            if newbrk + PAGE_SIZE > gap_start:
                return self.cur_brk
        if newbrk > self.task_size:
            return self.cur_brk
        npages = (newbrk - oldbrk) >> PAGE_SHIFT
        if not self.vm_enough_memory(npages):
            return self.cur_brk
        flags = (VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT |
                 self.def_flags)
        vma = VMA(oldbrk, newbrk, flags)
        try:
            self._link(vma)
        except MemoryError:
            self.vm_unacct_memory(npages)
            return self.cur_brk
        self._merge_around(vma, floor=self.start_brk)
        self.cur_brk = addr
        if (flags & (VM_LOCKED | VM_LOCKONFAULT)) == VM_LOCKED:
            self._populate(oldbrk, newbrk)           # mlockall(MCL_FUTURE): fault it in now
        return self.cur_brk

    @_enomem
    def mremap(self, old: int, old_size: int, new_size: int, flags: int,
               new_addr: int = 0) -> int:
        """mremap(2): shrink in place, grow in place when the pages after it are free, or (with
        MREMAP_MAYMOVE) move the VMA and its pages -- the frames move, nothing is copied."""
        if flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP):
            return -EINVAL
        if old & (PAGE_SIZE - 1):
            return -EINVAL
        if flags & (MREMAP_FIXED | MREMAP_DONTUNMAP) and not flags & MREMAP_MAYMOVE:
            return -EINVAL
        old_len, new_len = page_align(old_size), page_align(new_size)
        if new_len == 0:
            return -EINVAL
        if flags & MREMAP_DONTUNMAP and old_len != new_len:
            return -EINVAL
        if flags & MREMAP_FIXED:
            if new_addr & (PAGE_SIZE - 1) or new_addr + new_len > self.task_size:
                return -EINVAL
            if new_addr < old + old_len and old < new_addr + new_len:
                return -EINVAL
        vma = self.vma_at(old)
        if vma is None:
            return -EFAULT
        if vma.flags & VM_HUGETLB:
            try:
                return hugetlb_mremap(self, vma, old, old_size, new_size, flags, new_addr)
            except MemoryError:
                return -ENOMEM
        if old_len == 0:
            return -EINVAL                 # duplicating a shared mapping is not supported
        if old + old_len > vma.end:
            return -EFAULT
        if flags & MREMAP_DONTUNMAP and not vma.is_anonymous():
            return -EINVAL
        if new_len > old_len and vma.flags & (VM_DONTEXPAND | VM_PFNMAP):
            return -EFAULT
        try:
            if flags & MREMAP_FIXED:
                self._do_munmap(new_addr, new_addr + new_len)
                if old_len > new_len:
                    self._do_munmap(old + new_len, old + old_len)
                    old_len = new_len
                return self._move(old, old_len, new_addr, new_len, flags)
            if new_len <= old_len:
                if new_len < old_len:
                    self._do_munmap(old + new_len, old + old_len)
                return old
            # grow in place?
            if old + old_len == vma.end and old + new_len <= self.task_size and \
                    self._free_for(vma.end, new_len - old_len):
                delta = (new_len - old_len) >> PAGE_SHIFT
                if vma.flags & VM_ACCOUNT and not self.vm_enough_memory(delta):
                    return -ENOMEM
                if vma.flags & VM_LOCKED and not self._memlock_ok(delta):
                    return -EAGAIN
                self._unlink(vma)
                vma.end = old + new_len
                self._link(vma)
                self._merge_around(vma)
                if vma.flags & VM_LOCKED:
                    self._populate(old + old_len, old + new_len)
                return old
            if not flags & MREMAP_MAYMOVE:
                return -ENOMEM
            target = self.get_unmapped_area(0, new_len)
            if target is None:
                return -ENOMEM
            return self._move(old, old_len, target, new_len, flags)
        except MemoryError:
            return -ENOMEM

    def _move(self, old: int, old_len: int, new_addr: int, new_len: int, flags: int) -> int:
        """move_vma: a new VMA at new_addr takes over the pages of [old, old+old_len)."""
        vma = self._isolate(old, old + old_len)[0]
        shift = (new_addr - old) >> PAGE_SHIFT
        whole_huge = []                         # 2 MiB leaves that move as they are
        if self.pages.huge:                     # the others are split: their pages move alone
            for first, level in self._huge_leaves(old >> PAGE_SHIFT, (old + old_len) >> PAGE_SHIFT):
                if level == 1 and not shift & 511 and old <= first << PAGE_SHIFT and \
                        (first + 512) << PAGE_SHIFT <= old + old_len and \
                        (first + shift + 512) << PAGE_SHIFT <= new_addr + new_len:
                    whole_huge.append(first)
                else:
                    self.split_huge(first)
        delta = (new_len - old_len) >> PAGE_SHIFT
        charge = 0
        if vma.flags & VM_ACCOUNT:
            charge = delta if not flags & MREMAP_DONTUNMAP else new_len >> PAGE_SHIFT
            if charge > 0 and not self.vm_enough_memory(charge):
                return -ENOMEM
        new = vma.copy()
        new.start, new.end = new_addr, new_addr + new_len
        moving = self._present_vpns(old, old + old_len)
        if whole_huge:
            moving = [vpn for vpn in moving if not self.pages.huge_level(vpn)]
        # Take everything that can fail first (slab slot, page tables of the destination),
        # so that a failure leaves the mapping where it was (Linux move_page_tables).
        try:
            self._link(new)
            for vpn in moving:
                if self._pte_pa(vpn + shift, True) is None:
                    raise MemoryError("no memory for a page table")
            for first in whole_huge:            # (the path to each new PMD, built now)
                if self.pt.walk((first + shift) << PAGE_SHIFT, self._alloc_table, 1) is None:
                    raise MemoryError("no memory for a page table")
        except MemoryError:
            if new.slab is not None:
                self._unlink(new, free_slab=True)
            if vma.flags & VM_ACCOUNT and charge > 0:
                self.vm_unacct_memory(charge)
            return -ENOMEM
        if new.shmem is not None:
            new.shmem.get_ref()
        for first in whole_huge:
            self.move_huge(first, first + shift)
        for vpn in moving:
            if vpn not in self.pages:
                continue
            pte = self.unmap_page_keep(vpn)
            if is_swap_pte(pte):
                self.install_swap_entry(vpn + shift, pte, dup=False)
            elif pte & PTE_V:
                self.map_page(vpn + shift, entry_pfn(pte), pte_flags(pte), take_ref=False)
            else:
                self._install_invalid(vpn + shift, pte)
        self._flush_range(old, old + old_len)
        if flags & MREMAP_DONTUNMAP:
            vma.anon_vma = None             # the old range stays, empty (and charged)
        else:
            if vma.flags & VM_ACCOUNT and delta < 0:
                self.vm_unacct_memory(-delta)
            self._unlink(vma, free_slab=True)
            if vma.shmem is not None:
                vma.shmem.put_ref()
            self.free_page_tables(old, old + old_len)
        self._merge_around(new)
        return new_addr

    @_enomem
    def madvise(self, addr: int, length: int, advice: int) -> int:
        """madvise(2): advice on [addr, addr+length).  Flag advice (RANDOM, SEQUENTIAL, NORMAL,
        DONTFORK, WIPEONFORK, HUGEPAGE, DONTDUMP ...) splits VMAs and sets VmFlags; DONTNEED drops
        the pages now; FREE makes them lazily freeable (_madv_free); WILLNEED reads file pages into the page cache; POPULATE_* faults them in;
        PAGEOUT reclaims the pages only this process maps (anon to swap), COLD makes them the
        first reclaim takes.
        Unmapped parts give ENOMEM after the mapped parts were advised (Linux)."""
        if addr & (PAGE_SIZE - 1):
            return -EINVAL
        known = {MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED,
                 MADV_FREE, MADV_REMOVE, MADV_DONTFORK, MADV_DOFORK, MADV_HUGEPAGE,
                 MADV_NOHUGEPAGE, MADV_DONTDUMP, MADV_DODUMP, MADV_WIPEONFORK, MADV_KEEPONFORK,
                 MADV_COLD, MADV_PAGEOUT, MADV_POPULATE_READ, MADV_POPULATE_WRITE,
                 MADV_DONTNEED_LOCKED}
        if advice not in known:
            return -EINVAL                   # MERGEABLE/UNMERGEABLE: no KSM in pagelab
        length = page_align(length)
        if length == 0:
            return 0
        end = addr + length
        if end > self.task_size:
            return -EINVAL if end > MASK64 else -ENOMEM
        vmas = self._vmas_in(addr, end)
        unmapped = not self._range_mapped(addr, end)
        for vma in vmas:
            if vma.flags & VM_HUGETLB:
                if advice in (MADV_COLD, MADV_PAGEOUT, MADV_FREE):
                    return -EINVAL             # not on an LRU list (can_madv_lru_vma)
                if advice in (MADV_DONTNEED, MADV_DONTNEED_LOCKED, MADV_REMOVE):
                    if max(addr, vma.start) & (vma.file.h.size - 1):
                        return -EINVAL
                    size = vma.file.h.size     # the end is rounded up to a huge page
                    if vma.start < end < vma.end:
                        end = min((end + size - 1) & ~(size - 1), vma.end)
                elif huge_unaligned(self, addr, end):
                    return -EINVAL
        flag_change = {
            MADV_NORMAL: (0, VM_RAND_READ | VM_SEQ_READ),
            MADV_RANDOM: (VM_RAND_READ, VM_SEQ_READ),
            MADV_SEQUENTIAL: (VM_SEQ_READ, VM_RAND_READ),
            MADV_DONTFORK: (VM_DONTCOPY, 0), MADV_DOFORK: (0, VM_DONTCOPY),
            MADV_HUGEPAGE: (VM_HUGEPAGE, VM_NOHUGEPAGE), MADV_NOHUGEPAGE: (VM_NOHUGEPAGE,
                                                                          VM_HUGEPAGE),
            MADV_DONTDUMP: (VM_DONTDUMP, 0), MADV_DODUMP: (0, VM_DONTDUMP),
            MADV_WIPEONFORK: (VM_WIPEONFORK, 0), MADV_KEEPONFORK: (0, VM_WIPEONFORK),
        }
        try:
            if advice in flag_change:
                setb, clearb = flag_change[advice]
                for vma in vmas:
                    if advice in (MADV_WIPEONFORK, MADV_KEEPONFORK) and \
                            (vma.flags & VM_SHARED or not vma.is_anonymous()):
                        return -EINVAL
                    if advice == MADV_DODUMP and vma.flags & VM_PFNMAP:
                        return -EINVAL
                for vma in vmas:
                    lo, hi = max(addr, vma.start), min(end, vma.end)
                    newflags = (vma.flags | setb) & ~clearb
                    if newflags != vma.flags:
                        piece = self._isolate(lo, hi)[0]
                        self._set_flags(piece, newflags)
                        self._merge_around(piece)
            elif advice in (MADV_DONTNEED, MADV_DONTNEED_LOCKED, MADV_FREE, MADV_REMOVE):
                for vma in vmas:
                    if vma.flags & VM_PFNMAP or (advice == MADV_DONTNEED and
                                                 vma.flags & VM_LOCKED):
                        return -EINVAL
                    if advice == MADV_FREE and not vma.is_anonymous():
                        return -EINVAL
                    if advice == MADV_REMOVE and not vma.flags & VM_SHARED:
                        return -EINVAL
                if advice == MADV_FREE:
                    self._madv_free(vmas, addr, end)
                else:
                    for vma in vmas:
                        lo, hi = max(addr, vma.start), min(end, vma.end)
                        self._zap_range(lo, hi)
                        if advice == MADV_REMOVE and vma.shmem is not None:
                            self._shmem_punch(vma, lo, hi)
                        elif advice == MADV_REMOVE and vma.flags & VM_HUGETLB:
                            self.physmem.hugetlb.punch_hole(vma.file, index_of(vma, lo),
                                                            index_of(vma, hi - 1) + 1)
            elif advice == MADV_WILLNEED:
                for vma in vmas:
                    if vma.file is not None and not vma.flags & VM_HUGETLB:
                        lo, hi = max(addr, vma.start), min(end, vma.end)
                        first = vma.file_index(lo)
                        last = min(vma.file_index(hi - 1) + 1, file_pages(vma.file))
                        for index in range(first, last):
                            pfn = self.page_cache.get(vma.file, index)[0]
                            if pfn is None:
                                break
                            self.physmem.put_page(pfn)          # cached, not kept
            elif advice in (MADV_POPULATE_READ, MADV_POPULATE_WRITE):
                if unmapped:
                    return -ENOMEM
                write = advice == MADV_POPULATE_WRITE
                for vma in vmas:
                    lo, hi = max(addr, vma.start), min(end, vma.end)
                    if not write and vma.is_anonymous():
                        continue                     # zero page only: see _populate
                    if not vma.flags & (VM_READ | VM_WRITE | VM_EXEC):
                        return -EFAULT               # PROT_NONE: the fault would fail
                    step = vma.file.h.size if vma.flags & VM_HUGETLB else PAGE_SIZE
                    for va in range(lo, hi, step):
                        result = self.handle_fault(va, F.STORE if write else F.LOAD)
                        if not result.ok:
                            return -ENOMEM if result.oom else -EFAULT
                        self._charge_current(result)
            elif advice in (MADV_COLD, MADV_PAGEOUT):
                for vma in vmas:
                    if vma.flags & VM_LOCKED:
                        return -EINVAL
                # the pages only this process maps (Linux skips shared ones)
                physmem = self.physmem
                pfns = []
                if self.pages.huge:             # THPs are reclaimed as 4 KiB pages: split
                    self.split_huge_range(addr, end, whole=True)
                for vpn in self._present_vpns(addr, end):
                    pte = self.pages[vpn]
                    if is_swap_pte(pte) or not pte & PTE_V:
                        continue
                    pfn = entry_pfn(pte)
                    if pfn != physmem.zero_pfn and physmem.mapcount[pfn - physmem.base_pfn] == 1:
                        pfns.append(pfn)
                if advice == MADV_PAGEOUT:
                    physmem.vmscan.reclaim_pages(pfns)
                else:
                    physmem.vmscan.deactivate_pages(pfns)
        except MemoryError:
            return -ENOMEM
        return -ENOMEM if unmapped else 0

    def _madv_free(self, vmas: list, addr: int, end: int) -> None:
        """MADV_FREE (Linux madvise_free_pte_range): swap entries in the range are dropped
        (their slots freed: the next access reads zeros); a present private anonymous page only
        this process maps gets its dirty and accessed bits cleared and becomes lazily freeable
        -- reclaim discards it unless it is written again first (vmscan.mark_lazyfree).  Pages
        shared with another process, the zero page and pages still in the swap cache are left
        as they are."""
        physmem = self.physmem
        pfns = []
        if self.pages.huge:                     # (Linux keeps a THP covered whole; we split)
            self.split_huge_range(addr, end, whole=True)
        for vma in vmas:
            lo, hi = max(addr, vma.start), min(end, vma.end)
            for vpn in self._present_vpns(lo, hi):
                pte = self.pages[vpn]
                if is_swap_pte(pte):
                    self._zap_range(vpn << PAGE_SHIFT, (vpn + 1) << PAGE_SHIFT)
                    continue
                if not pte & PTE_V:
                    continue
                pfn = entry_pfn(pte)
                idx = pfn - physmem.base_pfn
                if pfn == physmem.zero_pfn or physmem.mapcount[idx] != 1 or \
                        physmem.use[idx] != USE_ANON or physmem.flags[idx] & PG_SWAPCACHE:
                    continue
                self.update_pte(vpn, clear_bits=PTE_D | PTE_A)
                pfns.append(pfn)
        physmem.vmscan.mark_lazyfree(pfns)

    def _shmem_punch(self, vma: VMA, lo: int, hi: int) -> None:
        shmem = vma.shmem
        physmem = self.physmem
        first, last = vma.file_index(lo), vma.file_index(hi - 1)
        for index in [i for i in shmem.pages if first <= i <= last]:
            pfn = shmem.pages[index]
            if physmem.mapcount[pfn - physmem.base_pfn] == 0:
                del shmem.pages[index]
                physmem.nr_file_pages -= 1
                physmem.nr_shmem -= 1
                physmem.put_page(pfn)

    @_enomem
    def mincore(self, addr: int, length: int, check_only: bool = False) -> bytes | int:
        """One byte per page (bit 0 = resident), or -errno.  The caller writes the vector.
        With check_only, only validate (b"" when the call would succeed)."""
        if addr & (PAGE_SIZE - 1):
            return -EINVAL
        npages = page_align(length) >> PAGE_SHIFT
        if addr >= self.task_size or length > self.task_size - addr:
            return -ENOMEM
        end = addr + (npages << PAGE_SHIFT)
        if npages and not self._range_mapped(addr, end):
            return -ENOMEM
        if check_only:
            return b""
        # Work in proportion to the resident pages, not to the length: start from zeros,
        # mark present PTEs, then file/shmem pages that are cached though not mapped here.
        out = bytearray(npages)
        first_vpn = addr >> PAGE_SHIFT
        swap_cache = self.physmem.swap.cache
        for vpn in self.pages.in_range(first_vpn, first_vpn + npages):
            pte = self.pages[vpn]
            # a swapped-out page is not resident, unless the swap cache still holds it
            out[vpn - first_vpn] = 1 if not is_swap_pte(pte) or pte in swap_cache else 0
        for vma in self._vmas_in(addr, end):
            backing = self.page_cache.cached_pages(vma.file) if vma.file is not None else \
                vma.shmem.pages if vma.shmem is not None else None
            if not backing:
                continue
            lo, hi = max(addr, vma.start), min(end, vma.end)
            first, last = vma.file_index(lo), vma.file_index(hi - 1)
            for index in backing:
                if first <= index <= last:
                    out[((lo - addr) >> PAGE_SHIFT) + index - first] = 1
        return bytes(out)

    @_enomem
    def msync(self, addr: int, length: int, flags: int) -> int:
        """msync(2): MS_SYNC writes the dirty pages of shared file mappings back to the file;
        MS_ASYNC has nothing to do (dirty state is tracked anyway); MS_INVALIDATE refuses locked
        ranges (EBUSY)."""
        if addr & (PAGE_SIZE - 1) or flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC):
            return -EINVAL
        if flags & MS_ASYNC and flags & MS_SYNC:
            return -EINVAL
        length = page_align(length)
        end = addr + length
        if end < addr:
            return -ENOMEM
        if length == 0:
            return 0
        unmapped = not self._range_mapped(addr, end)
        for vma in self._vmas_in(addr, end):
            if flags & MS_INVALIDATE and vma.flags & VM_LOCKED:
                return -EBUSY
            if flags & MS_SYNC and vma.file is not None and vma.flags & VM_SHARED and \
                    not vma.flags & VM_HUGETLB:
                self.sync_file_range(vma, max(addr, vma.start), min(end, vma.end))
        return -ENOMEM if unmapped else 0

    def sync_file_range(self, vma: VMA, lo: int, hi: int) -> None:
        """Write back the dirty pages of a shared file mapping: collect the hardware D bits
        (clearing them, as page_mkclean does), then write dirty cache pages to the file."""
        cleaned = []
        for vpn in self._present_vpns(lo, hi):
            pte = self.pages[vpn]
            if not pte & PTE_V:
                continue
            hw = self._hw_pte(vpn)
            if (hw | pte) & PTE_D:
                self.page_cache.set_dirty(entry_pfn(pte))
                # page_mkclean: clean and write-protect, so the next write faults again
                self.update_pte(vpn, clear_bits=PTE_D | PTE_W, flush=False)
                cleaned.append(vpn)
        if cleaned:
            self._flush_range(cleaned[0] << PAGE_SHIFT, (cleaned[-1] + 1) << PAGE_SHIFT)
        first, last = vma.file_index(lo), vma.file_index(hi - 1)
        from pagelab.kernel.mm.writeback import traced
        traced(self.kernel, self.page_cache.write_file(vma.file, first, last), "msync")

    @_enomem
    def mlock(self, addr: int, length: int, flags: int = 0) -> int:
        """mlock(2)/mlock2(2): set VM_LOCKED (VmLck, smaps Locked) and fault the pages in, unless
        MLOCK_ONFAULT.  addr is rounded down, length up; ENOMEM if part is unmapped or
        RLIMIT_MEMLOCK would be exceeded (root is exempt: CAP_IPC_LOCK)."""
        if flags & ~MLOCK_ONFAULT:
            return -EINVAL
        start = addr & ~(PAGE_SIZE - 1)
        end = page_align(addr + length)
        if end <= start:
            return 0
        if not self._range_mapped(start, end):
            return -ENOMEM
        new_pages = sum((min(end, v.end) - max(start, v.start)) >> PAGE_SHIFT
                        for v in self._vmas_in(start, end) if not v.flags & VM_LOCKED)
        if not self._memlock_ok(new_pages):
            return -ENOMEM
        lock = VM_LOCKED | (VM_LOCKONFAULT if flags & MLOCK_ONFAULT else 0)
        try:
            self._change_flags(start, end, lock, 0)
            if not flags & MLOCK_ONFAULT:
                self._populate(start, end)
        except MemoryError:
            return -EAGAIN
        return 0

    @_enomem
    def munlock(self, addr: int, length: int) -> int:
        """munlock(2): clear VM_LOCKED; the pages stay resident."""
        start = addr & ~(PAGE_SIZE - 1)
        end = page_align(addr + length)
        if end <= start:
            return 0
        if not self._range_mapped(start, end):
            return -ENOMEM
        try:
            self._change_flags(start, end, 0, VM_LOCKED | VM_LOCKONFAULT)
        except MemoryError:
            return -ENOMEM
        return 0

    def _change_flags(self, start: int, end: int, setb: int, clearb: int) -> None:
        for vma in self._vmas_in(start, end):
            newflags = (vma.flags | setb) & ~clearb
            if vma.flags & VM_HUGETLB:
                newflags &= ~(VM_LOCKED | VM_LOCKONFAULT)     # never locked (mlock_fixup)
            if newflags != vma.flags:
                piece = self._isolate(max(start, vma.start), min(end, vma.end))[0]
                self._set_flags(piece, newflags)
                self._merge_around(piece)
