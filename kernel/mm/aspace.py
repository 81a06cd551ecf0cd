"""AddressSpace: one process's virtual memory (Linux `struct mm_struct` + mm/mmap.c et al.).

An address space is:
  * a sorted list of non-overlapping VMAs (vma.py), with a parallel list of start addresses
    for bisection (find_vma, split, merge: O(log n) searches), and a GapTree (vma_gaps.py)
    for finding a free range in O(log n) (Linux uses a maple tree for both);
  * a hardware page table in guest RAM (mmu/pagetable.PageTable), with its own ASID;
  * `pages` (pagemap.PageMap): vpn -> the leaf PTE value the kernel installed (the "shadow" PTE).  It is the
    kernel's record of which frame backs each present page (the supplemental page table of
    Pintos).  The hardware PTE in RAM equals it except for the A and D bits the walker sets
    (Svadu); a PROT_NONE page keeps its frame here with V clear and no hardware PTE;
  * counters for /proc: total_vm, data_vm, exec_vm, stack_vm, locked_vm (pages in VMAs),
    rss_anon, rss_file, rss_shmem (present pages), page-table pages, high-water marks.

PTE editing and TLB flushes -- the rules this file follows:
  * every PTE write goes through the PageTable of mmu/pagetable (`walk` to find or build the
    path to a leaf table, `write_pte` / `read_pte` on the entry).  The physical address of each
    leaf table is remembered per 2 MiB region, so the fault path walks the tables once per
    region, not once per page.  Page-table pages are freed when munmap leaves a table's whole
    region without VMAs (free_page_tables, as Linux free_pgtables), and at exit.
  * after changing or removing a present PTE the page's TLB entry is flushed
    (`machine.flush_tlb(va, asid)`, i.e. sfence.vma va, asid).  Ranges of more than
    FLUSH_ALL_THRESHOLD pages flush the whole ASID instead (Linux riscv does the same).
  * after *installing* a PTE where there was none, the page is flushed too.  The spec allows an
    implementation to cache translations at any time (riscv §11.7), and Linux riscv's
    update_mmu_cache() does exactly this sfence.vma after every fault.  Our modelled TLB never
    caches invalid entries, so this flush drops nothing; it costs one call and keeps the kernel
    correct on hardware that may.
  * fork write-protects the parent's private pages, then flushes the parent's ASID once.
  * a dying address space does not flush: its ASID is not handed out again before the ASID
    space wraps, and the wrap flushes everything.
  * nothing else flushes: pages that were not present, or whose PTE did not change, are not
    flushed (the tests count flush_tlb calls).

The mmap family (mmap, munmap, mprotect, brk, mremap, madvise, mincore, msync, mlock) is in
mmap.py, as the mixin MmapCalls this class inherits; this file holds the mechanism they use.

Errors for guest input are returned as -errno (reference §9); nothing here raises for bad
arguments.  copy_in/copy_out raise EFault, which system calls turn into -EFAULT.
"""
from __future__ import annotations

import bisect
import struct

from pagelab.kernel.errno import ENOEXEC, ENOMEM, EFAULT, EINVAL
from pagelab.kernel.mm import fault as F
from pagelab.kernel.sysctl import sysctl_int
from pagelab.kernel.mm.mmap import (  # noqa: F401  (MLOCK_ONFAULT re-exported for sys_mm)
    MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, MASK64, MAX_MAP_COUNT, MIN_GAP,
    MLOCK_ONFAULT, MMAP_MIN_ADDR, PROT_EXEC, PROT_READ, PROT_WRITE, RLIMIT_MEMLOCK_DEFAULT,
    RLIMIT_STACK_DEFAULT, SIGRETURN_TRAMPOLINE, STACK_GUARD_GAP, VDSO_SIGRETURN_OFFSET, EFault,
    MmapCalls, _enomem, _paging_mode, page_align)
from pagelab.kernel.mm.pagemap import PageMap
from pagelab.kernel import trace
from pagelab.kernel.trace import traced_fault
from pagelab.kernel.mm.vma_gaps import GapTree
from pagelab.kernel.mm.pte_ops import PteOps, entry_pfn
from pagelab.kernel.mm.physmem import (USE_ANON, USE_PAGECACHE, USE_PAGETABLE, USE_RESERVED,
                                       USE_SHMEM)
from pagelab.kernel.mm.hugetlb import hugetlb_vma_closed
from pagelab.kernel.mm.vma import (VM_ACCOUNT, VM_DONTCOPY, VM_DONTEXPAND, VM_EXEC, VM_GROWSDOWN,
                                   VM_HUGETLB, VM_LOCKED, VM_MAYSHARE, VM_LOCKONFAULT,
                                   VM_MAYEXEC, VM_MAYREAD, VM_NORESERVE,
                                   VM_MAYWRITE, VM_READ, VM_SHARED, VM_WIPEONFORK, VM_WRITE, VMA,
                                   is_accountable, stat_class)
from pagelab.mmu.pte import (PAGE_SHIFT, PAGE_SIZE, PTE_A, PTE_D, PTE_R, PTE_V, PTE_W, PTE_X,
                             is_swap_pte, pte_flags,
                             make_satp, va_bits)


class ElfLoad:
    """What map_elf did: `load_bias` is added to every address of the file (0 for ET_EXEC)."""
    __slots__ = ("load_bias",)

    def __init__(self, load_bias: int):
        self.load_bias = load_bias

    def __repr__(self) -> str:
        return f"ElfLoad(load_bias={self.load_bias:#x})"


class AddressSpace(PteOps, MmapCalls):
    """One process's memory (interfaces.md §6).  `AddressSpace(kernel)` needs `kernel.machine`,
    `kernel.physmem` and `kernel.page_cache`; `kernel.config.sysctl` is read if present."""

    def __init__(self, kernel):
        self.kernel = kernel
        self.machine = kernel.machine
        self.physmem = physmem = kernel.physmem
        self.page_cache = kernel.page_cache
        self.mode = _paging_mode(kernel)
        self.task_size = 1 << (va_bits(self.mode) - 1)
        self.stack_top = min(self.task_size, 1 << 47)      # DEFAULT_MAP_WINDOW
        self.mmap_base = self.stack_top - MIN_GAP
        self.rlimit_stack = RLIMIT_STACK_DEFAULT
        self.rlimit_memlock = RLIMIT_MEMLOCK_DEFAULT
        self.vmas: list[VMA] = []
        self._starts: list[int] = []
        self._gaps = GapTree()
        self._last_vma: VMA | None = None
        self.pages = PageMap()
        self._leaf_tables: dict[int, int] = {}
        self._deposited: dict[int, int] = {}   # vpn >> 9 -> table kept for splitting a THP
        self._huge_gone: dict[int, int] = {}   # vpn >> 9 -> level of a huge leaf removed
        self.thp_disabled = False   # prctl(PR_SET_THP_DISABLE) (Linux MMF_DISABLE_THP)
        self.total_vm = self.data_vm = self.exec_vm = self.stack_vm = self.locked_vm = 0
        self.pinned_vm = 0
        self.rss_anon = self.rss_file = self.rss_shmem = 0
        self.hiwater_rss = self.hiwater_vm = 0
        self.pt_pages = 0
        self.swap_ents = 0          # swap entries in this mm's page table (MM_SWAPENTS)
        self.start_code = self.end_code = self.start_data = self.end_data = 0
        self.start_brk = self.cur_brk = 0
        self.start_stack = self.arg_start = self.arg_end = self.env_start = self.env_end = 0
        self.vdso_base = 0
        self.def_flags = 0          # VM_LOCKED (| VM_LOCKONFAULT) after mlockall(MCL_FUTURE)
        self.dead = False
        self.slab = physmem.slabs.cache("mm_struct").alloc()
        if self.slab is None:
            raise MemoryError("AddressSpace: no memory for mm_struct")
        root = self._alloc_table()
        if root is None:
            physmem.slabs.cache("mm_struct").free(self.slab)
            raise MemoryError("AddressSpace: no memory for a page-table root")
        physmem.ram[root - (physmem.base_pfn << PAGE_SHIFT):][:PAGE_SIZE] = 0
        from pagelab.mmu.pagetable import PageTable
        self.pt = PageTable(self.machine.ram, root, self.mode)
        self.asid = physmem.new_asid()
        self.satp = make_satp(self.mode, self.asid, root >> PAGE_SHIFT)
        physmem.mm_serials += 1
        self.serial = physmem.mm_serials       # its key in physmem.address_spaces
        self.users = 0                         # tasks using it (Linux's mm_users; vfork shares)
        physmem.address_spaces[self.serial] = self

    # =========================================================================================
    # Faults
    # =========================================================================================

    def handle_fault(self, va: int, access: int):
        """Serve a page fault (fault.py).  `access` is Access (0 load, 1 store, 2 fetch) or the
        scause (13, 15, 12).  Returns a FaultResult; never raises for a bad address."""
        if access > 2:
            access = F.CAUSE_TO_ACCESS.get(access, F.LOAD)
        physmem = self.physmem
        if physmem.nr_free < physmem.vmscan.wmark_low:
            # Below the low watermark: wake kswapd0 (vmscan.py), which runs now, before this
            # fault maps its page (so that page cannot be taken again before the access).
            physmem.vmscan.wakeup_kswapd()
        if physmem.vmscan.recorder is not None:   # recording references for the opt policy
            physmem.vmscan.note_fault(self, va)
        if self.kernel.trace.enabled: return traced_fault(self, va, access)  # noqa: E701
        try:
            return F.handle_fault(self, va, access)
        except MemoryError:
            return F.OOM

    def expand_stack(self, vma: VMA, va: int) -> bool:
        """Grow a GROWSDOWN VMA down to the page of `va` (reference §8.3).  False if refused."""
        addr = va & ~(PAGE_SIZE - 1)
        if addr < self.mmap_min_addr():
            return False
        i = self._index(vma)
        prev = self.vmas[i - 1] if i > 0 else None
        if prev is not None and not prev.flags & VM_GROWSDOWN and \
                prev.flags & (VM_READ | VM_WRITE | VM_EXEC) and addr - prev.end < STACK_GUARD_GAP:
            return False
        if prev is not None and prev.end > addr:
            return False
        if vma.end - addr > self.rlimit_stack:
            return False
        grow = (vma.start - addr) >> PAGE_SHIFT
        if vma.flags & VM_ACCOUNT and not self.vm_enough_memory(grow):
            return False
        self._unlink(vma)
        vma.start = addr
        vma.pgoff -= grow
        self._link(vma)
        return True

    # =========================================================================================
    # VMA list
    # =========================================================================================

    def find_vma(self, va: int) -> VMA | None:
        """The first VMA with end > va (it may start above va), or None (Linux find_vma)."""
        last = self._last_vma
        if last is not None and last.start <= va < last.end:
            return last
        i = bisect.bisect_right(self._starts, va) - 1
        vmas = self.vmas
        if i >= 0 and vmas[i].end > va:
            self._last_vma = vmas[i]
            return vmas[i]
        return vmas[i + 1] if i + 1 < len(vmas) else None

    def vma_at(self, va: int) -> VMA | None:
        """The VMA containing va, or None."""
        vma = self.find_vma(va)
        return vma if vma is not None and vma.start <= va else None

    def _link(self, vma: VMA) -> None:
        """Insert a VMA (no overlap checked here) and count it in total_vm etc.  A VMA without a
        slab slot gets one first; if memory is out that raises MemoryError with nothing
        changed, so callers take any other resource (charge, shmem reference) only after."""
        if vma.slab is None:
            vma.slab = self.physmem.slabs.cache("vm_area_struct").alloc()
            if vma.slab is None:
                raise MemoryError("no memory for a vm_area_struct")
        i = bisect.bisect_left(self._starts, vma.start)
        self.vmas.insert(i, vma)
        self._starts.insert(i, vma.start)
        self._gaps.insert(vma)
        self._stat_account(vma.flags, vma.npages)
        if vma.flags & VM_LOCKED:
            self.locked_vm += vma.npages
        if self.total_vm > self.hiwater_vm:
            self.hiwater_vm = self.total_vm
        self._last_vma = None

    def _unlink(self, vma: VMA, free_slab: bool = False) -> None:
        i = self._index(vma)
        del self.vmas[i]
        del self._starts[i]
        self._gaps.remove(vma.start)
        if self.total_vm > self.hiwater_vm:
            self.hiwater_vm = self.total_vm
        self._stat_account(vma.flags, -vma.npages)
        if vma.flags & VM_LOCKED:
            self.locked_vm -= vma.npages
        if free_slab:
            self.physmem.slabs.cache("vm_area_struct").free(vma.slab)
            vma.slab = None
        self._last_vma = None

    def _index(self, vma: VMA) -> int:
        """Position of a linked VMA in the sorted list (bisection on the start addresses)."""
        i = bisect.bisect_left(self._starts, vma.start)
        if i == len(self.vmas) or self.vmas[i] is not vma:
            raise ValueError(f"{vma} is not linked")
        return i

    def _stat_account(self, flags: int, npages: int) -> None:
        """vm_stat_account(): total_vm and exec/stack/data classes (reference §2)."""
        self.total_vm += npages
        kind = stat_class(flags)
        if kind == "exec":
            self.exec_vm += npages
        elif kind == "stack":
            self.stack_vm += npages
        elif kind == "data":
            self.data_vm += npages

    def _set_flags(self, vma: VMA, flags: int) -> None:
        self._unlink(vma)
        vma.flags = flags
        self._link(vma)

    def _split(self, vma: VMA, addr: int) -> VMA:
        """Split `vma` at `addr` (page aligned, strictly inside); returns the upper part."""
        if self.pages.huge and addr & ((2 << 20) - 1):
            self.split_huge_range(addr, addr)       # a boundary inside a THP: split it first
        upper = vma.copy()
        upper.start = addr
        if vma.file is not None or vma.shmem is not None:
            upper.pgoff = vma.pgoff + ((addr - vma.start) >> PAGE_SHIFT)
        if len(self.vmas) >= self.max_map_count():      # vm.max_map_count: ENOMEM
            raise MemoryError("too many mappings")
        # The new VMA's slab slot first: if memory is out, nothing has changed yet.
        upper.slab = self.physmem.slabs.cache("vm_area_struct").alloc()
        if upper.slab is None:
            raise MemoryError("no memory for a vm_area_struct")
        if vma.special is not None:
            k = (addr - vma.start) >> PAGE_SHIFT
            upper.special = vma.special[k:]
            vma.special = vma.special[:k]
        if vma.shmem is not None:
            vma.shmem.get_ref()
        self._unlink(vma)
        vma.end = addr
        self._link(vma)
        self._link(upper)
        return upper

    def _isolate(self, start: int, end: int) -> list[VMA]:
        """Split VMAs at start and end; return the VMAs inside [start, end), in order."""
        vma = self.find_vma(start)
        if vma is not None and vma.start < start < vma.end:
            self._split(vma, start)
        vma = self.find_vma(end - 1) if end > start else None
        if vma is not None and vma.start < end < vma.end:
            self._split(vma, end)
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.vmas) and self.vmas[i].start < end:
            out.append(self.vmas[i])
            i += 1
        return out

    @staticmethod
    def _mergeable(a: VMA, b: VMA) -> bool:
        """Can b (starting at a.end) be merged into a?  Same flags and backing, contiguous."""
        if a.end != b.start or a.flags != b.flags or a.name != b.name:
            return False
        if a.special is not None or b.special is not None or a.flags & VM_HUGETLB:
            return False                   # (hugetlb VMAs are VM_DONTEXPAND: never merged)
        if a.anon_vma is not None and b.anon_vma is not None and a.anon_vma is not b.anon_vma:
            return False
        if a.file is not None or b.file is not None:
            return a.file is b.file and a.pgoff + a.npages == b.pgoff
        if a.shmem is not None or b.shmem is not None:
            return a.shmem is b.shmem and a.pgoff + a.npages == b.pgoff
        return True

    def _merge_around(self, vma: VMA, floor: int = 0) -> VMA:
        """Merge `vma` with compatible neighbours (Linux vma_merge); returns the survivor.
        A neighbour below `floor` is left alone: brk passes start_brk, so the heap stays its own
        VMA above the bss, as Linux shows it when the break is randomised away from the bss
        (pagelab does not randomise, but keeps that picture)."""
        i = self._index(vma)
        if i + 1 < len(self.vmas) and self._mergeable(vma, self.vmas[i + 1]):
            nxt = self.vmas[i + 1]
            self._unlink(nxt, free_slab=True)
            self._unlink(vma)
            vma.end = nxt.end
            vma.anon_vma = vma.anon_vma or nxt.anon_vma
            if nxt.shmem is not None:
                nxt.shmem.put_ref()
            self._link(vma)
        if i > 0 and self.vmas[i - 1].start >= floor and self._mergeable(self.vmas[i - 1], vma):
            prev = self.vmas[i - 1]
            self._unlink(vma, free_slab=True)
            self._unlink(prev)
            prev.end = vma.end
            prev.anon_vma = prev.anon_vma or vma.anon_vma
            if vma.shmem is not None:
                vma.shmem.put_ref()
            self._link(prev)
            vma = prev
        return vma

    def _range_mapped(self, start: int, end: int) -> bool:
        """True when every page of [start, end) lies in some VMA."""
        va = start
        while va < end:
            vma = self.vma_at(va)
            if vma is None:
                return False
            va = vma.end
        return True

    def _vmas_in(self, start: int, end: int) -> list[VMA]:
        vmas = self.vmas
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while i < len(vmas) and vmas[i].start < end:
            if vmas[i].end > start:
                out.append(vmas[i])
            i += 1
        return out

    def _present_vpns(self, start: int, end: int) -> list[int]:
        """Sorted vpns of present pages (shadow entries) in [start, end)."""
        return self.pages.in_range(start >> PAGE_SHIFT, end >> PAGE_SHIFT)

    # =========================================================================================
    # Overcommit accounting (reference §5)
    # =========================================================================================

    def mmap_min_addr(self) -> int:
        """vm.mmap_min_addr: no mapping (nor stack growth) below this address."""
        return sysctl_int(self.kernel, "vm.mmap_min_addr")

    def max_map_count(self) -> int:
        """vm.max_map_count: mmap and VMA splits past this many mappings fail with ENOMEM."""
        return sysctl_int(self.kernel, "vm.max_map_count")

    def vm_enough_memory(self, npages: int) -> bool:
        """__vm_enough_memory: charge `npages` to Committed_AS if the overcommit policy admits."""
        from pagelab.kernel.policy import get_policy
        physmem = self.physmem
        physmem.committed += npages
        policy = get_policy(self.kernel, "overcommit")
        if policy.admit(self.kernel, self, npages):
            return True
        physmem.committed -= npages
        task = self.kernel.current
        pid, comm = (task.pid, task.comm) if task is not None else (0, "")
        self.kernel.log(f"__vm_enough_memory: pid: {pid}, comm: {comm}, bytes: "
                        f"{npages << PAGE_SHIFT} not enough memory for the allocation")
        return False

    def vm_unacct_memory(self, npages: int) -> None:
        self.physmem.committed -= npages

    def _charge_flags(self, flags: int) -> bool:
        """Whether a VMA with these flags is charged (mode 2 ignores NORESERVE)."""
        if sysctl_int(self.kernel, "vm.overcommit_memory") == 2:
            flags &= ~VM_NORESERVE
        return is_accountable(flags)

    # =========================================================================================
    # exec: ELF segments, the stack, the vDSO
    # =========================================================================================

    @_enomem
    def map_elf(self, elf, file):
        """Map the PT_LOAD segments of `elf` (asm.elfread.ElfFile) from guest file `file` as
        private file mappings through the page cache; bss is anonymous (Linux load_elf_binary).
        An ET_EXEC file loads at its addresses; an ET_DYN one (static PIE) where mmap would put
        an image of its size (top-down below mmap_base), and `load_bias` says how far it moved.
        Sets start_code, end_code, start_data, end_data and start_brk = cur_brk (the page
        after the bss).  Returns an ElfLoad, or -errno."""
        PF_X, PF_W, PF_R = 1, 2, 4
        loads = [s for s in elf.segments if s.p_type == 1]
        if not loads:
            return -ENOEXEC
        bias = 0
        if elf.e_type == 3:                                       # ET_DYN
            low = min(s.vaddr for s in loads) & ~(PAGE_SIZE - 1)
            high = page_align(max(s.vaddr + s.memsz for s in loads))
            where = self.get_unmapped_area(0, high - low)
            if where is None:
                return -ENOMEM
            bias = where - low
        start_code, end_code, start_data, end_data, elf_brk = MASK64, 0, 0, 0, 0
        for seg in loads:
            prot = ((PROT_READ if seg.flags & PF_R else 0) |
                    (PROT_WRITE if seg.flags & PF_W else 0) |
                    (PROT_EXEC if seg.flags & PF_X else 0))
            vaddr = seg.vaddr + bias
            start = vaddr & ~(PAGE_SIZE - 1)
            delta = vaddr - start
            file_end = vaddr + seg.filesz
            mem_end = vaddr + seg.memsz
            if seg.memsz < seg.filesz or mem_end > self.task_size:
                return -EINVAL
            if seg.filesz:
                if (seg.offset & (PAGE_SIZE - 1)) == delta:
                    r = self.mmap(start, file_end - start, prot, MAP_PRIVATE | MAP_FIXED, file,
                                  seg.offset - delta)
                else:
                    # Offset and address disagree modulo the page size: copy the bytes in.
                    r = self.mmap(start, file_end - start, prot | PROT_WRITE,
                                  MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)
                    if r >= 0:
                        try:
                            self.copy_out(vaddr, bytes(seg.data[:seg.filesz]))
                        except EFault:
                            return -ENOMEM
                        if not prot & PROT_WRITE:
                            self.mprotect(start, page_align(file_end) - start, prot)
                if r < 0:
                    return r
            if seg.memsz > seg.filesz:
                if file_end & (PAGE_SIZE - 1) and seg.filesz and prot & PROT_WRITE:
                    try:                        # padzero(): clear the tail of the last page
                        self.copy_out(file_end, bytes(page_align(file_end) - file_end))
                    except EFault:
                        return -EFAULT
                bss = page_align(file_end) if seg.filesz else start
                if page_align(mem_end) > bss:
                    r = self.map_bss(bss, page_align(mem_end), prot)
                    if r < 0:
                        return r
            start_code = min(start_code, vaddr)
            start_data = max(start_data, vaddr)
            if seg.flags & PF_X:
                end_code = max(end_code, file_end)
            end_data = max(end_data, file_end)
            elf_brk = max(elf_brk, mem_end)
        self.start_code = start_code
        self.end_code = end_code
        self.start_data = start_data
        self.end_data = end_data
        self.start_brk = self.cur_brk = page_align(elf_brk)
        return ElfLoad(bias)

    def map_bss(self, start: int, end: int, prot: int) -> int:
        """The zero-filled tail of an ELF segment (Linux set_brk -> vm_brk_flags): anonymous
        memory that is always charged to Committed_AS, whatever its protection (a 1 TiB bss
        fails with ENOMEM under the heuristic overcommit).  Returns start or -errno."""
        npages = (end - start) >> PAGE_SHIFT
        if prot & PROT_WRITE:
            return self.mmap(start, end - start, prot, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)
        if not self.vm_enough_memory(npages):
            return -ENOMEM
        r = self.mmap(start, end - start, prot, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS)
        if r < 0:
            self.vm_unacct_memory(npages)
            return r
        self._change_flags(start, end, VM_ACCOUNT, 0)      # uncharged again at munmap/exit
        return r

    @_enomem
    def setup_stack(self, size: int = 132 * 1024) -> int:
        """The main stack: a GROWSDOWN VMA of `size` bytes ending at stack_top.  Returns
        stack_top (the caller writes argv/envp/auxv below it), or -ENOMEM."""
        size = page_align(max(size, PAGE_SIZE))
        top = self.stack_top
        flags = (VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_GROWSDOWN |
                 VM_ACCOUNT)
        npages = size >> PAGE_SHIFT
        self._do_munmap(top - size, top)
        if not self.vm_enough_memory(npages):
            return -ENOMEM
        vma = VMA(top - size, top, flags)
        try:
            self._link(vma)
        except MemoryError:
            self.vm_unacct_memory(npages)
            return -ENOMEM
        self.start_stack = top - 8
        return top

    @_enomem
    def map_vdso(self) -> int:
        """Map the one-page [vdso] holding the signal-return trampoline (li a7,139; ecall)
        just below mmap_base.  Returns its address (AT_SYSINFO_EHDR), or -ENOMEM."""
        physmem = self.physmem
        pfn = physmem.vdso_pfn
        if pfn is None:
            pfn = physmem.alloc_frame(USE_RESERVED, zero=True)
            if pfn is None:
                return -ENOMEM
            off = physmem.frame_offset(pfn) + VDSO_SIGRETURN_OFFSET
            physmem.ram[off:off + 8] = memoryview(struct.pack("<II", *SIGRETURN_TRAMPOLINE))
            physmem.vdso_pfn = pfn
        addr = self.get_unmapped_area(0, PAGE_SIZE)
        if addr is None:
            return -ENOMEM
        flags = VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_DONTEXPAND
        vma = VMA(addr, addr + PAGE_SIZE, flags, name="[vdso]", special=[pfn])
        try:
            self._link(vma)
        except MemoryError:
            return -ENOMEM
        self.vdso_base = addr
        return addr

    @property
    def sigreturn_address(self) -> int:
        """Where a signal handler returns to (ra at delivery): __vdso_rt_sigreturn."""
        return self.vdso_base + VDSO_SIGRETURN_OFFSET if self.vdso_base else 0

    # =========================================================================================
    # fork and exit
    # =========================================================================================

    def fork(self):
        """A copy-on-write duplicate (Linux dup_mmap).  Private pages become read-only in both
        address spaces and are copied on the first write; shared mappings are shared.  Returns
        the child AddressSpace, or None when memory (or overcommit) refuses."""
        try:
            child = AddressSpace(self.kernel)
        except MemoryError:
            return None
        for name in ("start_code", "end_code", "start_data", "end_data", "start_brk", "cur_brk",
                     "start_stack", "arg_start", "arg_end", "env_start", "env_end", "vdso_base",
                     "rlimit_stack", "rlimit_memlock", "mmap_base", "thp_disabled"):
            setattr(child, name, getattr(self, name))
        wrprotected = False
        try:
            for vma in self.vmas:
                if vma.flags & VM_DONTCOPY:
                    continue
                new = vma.copy()
                new.flags &= ~(VM_LOCKED | VM_LOCKONFAULT)      # locks are not inherited
                child._link(new)                                 # (MemoryError: nothing taken)
                if vma.flags & VM_ACCOUNT and not self.vm_enough_memory(vma.npages):
                    child._unlink(new, free_slab=True)
                    raise MemoryError
                if new.shmem is not None:
                    new.shmem.get_ref()
                new.hugetlb_resv = None           # the parent owns its reservations
                if vma.flags & VM_HUGETLB:
                    # copy_hugetlb_page_range: every leaf, shared ones too, by leaf
                    cow = not vma.flags & VM_MAYSHARE and vma.flags & VM_MAYWRITE
                    for first, _ in self._huge_leaves(vma.start >> PAGE_SHIFT,
                                                      vma.end >> PAGE_SHIFT):
                        wrprotected |= self.copy_huge(child, first, bool(cow))
                    continue
                if vma.flags & VM_WIPEONFORK:
                    new.anon_vma = None
                    continue
                if vma.anon_vma is None or vma.flags & VM_SHARED:
                    continue                                      # the child refaults
                cow = (vma.flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE
                huge = self.pages.huge
                for vpn in self._present_vpns(vma.start, vma.end):
                    if huge and (vpn >> 9) in huge:               # a huge leaf: shared whole
                        if self.huge_entry(vpn) is not None and \
                                not vpn & ((1 << (9 * huge[vpn >> 9])) - 1):
                            wrprotected |= self.copy_huge(child, vpn, cow)
                        continue
                    # (building the child's tables may reclaim: read each entry afresh)
                    pte = self.pages.get(vpn)
                    if pte is None:
                        continue
                    if is_swap_pte(pte):                          # both share the slot
                        child.install_swap_entry(vpn, pte, dup=True)
                        continue
                    if cow and pte & PTE_W:
                        self.update_pte(vpn, clear_bits=PTE_W, flush=False)
                        pte = self.pages[vpn]
                        wrprotected = True
                    if pte & PTE_V:
                        child.map_page_noflush(vpn, entry_pfn(pte), pte_flags(pte) & ~PTE_A)
                    else:                                         # PROT_NONE: frame kept
                        child._install_invalid(vpn, pte, take_ref=True)
        except MemoryError:
            if wrprotected:
                self.flush_all()
            child.destroy()
            return None
        if wrprotected:
            self.flush_all()
        child.hiwater_vm = child.total_vm
        child.hiwater_rss = child.rss
        return child

    def destroy(self) -> None:
        """Tear the address space down (exit, exec): every page, VMA and table is freed and the
        ASID flushed once.  Safe to call twice."""
        if self.dead:
            return
        self.dead = True
        for vma in list(self.vmas):
            if vma.file is not None and vma.flags & VM_SHARED and not vma.flags & VM_HUGETLB:
                self.sync_file_range(vma, vma.start, vma.end)
        with self.physmem.batched_frees():
            self._unmap_all_pages()
            for vma in list(self.vmas):
                if vma.flags & VM_ACCOUNT:
                    self.vm_unacct_memory(vma.npages)
                if vma.shmem is not None:
                    vma.shmem.put_ref()
                self._unlink(vma, free_slab=True)
                if vma.flags & VM_HUGETLB:
                    hugetlb_vma_closed(self, vma)
            # No flush: this ASID is never used again before the ASID space wraps, and the
            # wrap flushes every TLB entry (PhysicalMemory.new_asid).
            self.pt.free_tables(self._free_table)
        self._leaf_tables.clear()
        self.physmem.slabs.cache("mm_struct").free(self.slab)
        self.slab = None
        self.physmem.address_spaces.pop(self.serial, None)

    # =========================================================================================
    # User memory access for system calls (copy_from_user / copy_to_user)
    # =========================================================================================

    def _user_page(self, va: int, write: bool) -> int:
        """RAM offset of the byte at user address va, faulting the page in as needed.
        Raises EFault when the address is bad or the fault fails."""
        if not 0 <= va < self.task_size:
            raise EFault(va)
        vpn = va >> PAGE_SHIFT
        pte = self.pages.get(vpn)
        tries = 0
        while pte is None or not pte & PTE_V or (write and not pte & PTE_W) or \
                not pte & PTE_R:
            # (as Linux's get_user_pages: fault, look again -- reclaim may have taken the
            # page right back, so try a few times)
            tries += 1
            if tries > 8:
                raise EFault(va)
            result = self.handle_fault(va, F.STORE if write else F.LOAD)
            if not result.ok:
                raise EFault(va)
            self._charge_current(result)
            pte = self.pages.get(vpn)
        if write and not pte & PTE_D:
            self.update_pte(vpn, set_bits=PTE_D | PTE_A)
        pfn = entry_pfn(pte)
        if write and not pte & PTE_D and self.physmem.use[pfn - self.physmem.base_pfn] == \
                USE_PAGECACHE:
            self.page_cache.set_dirty(pfn)
        return ((pfn - self.physmem.base_pfn) << PAGE_SHIFT) | (va & (PAGE_SIZE - 1))

    def copy_in(self, va: int, n: int) -> bytes:
        """Read n bytes of user memory (raises EFault)."""
        if n < 0 or va < 0 or va + n > self.task_size:
            raise EFault(va)
        ram = self.physmem.ram
        out = bytearray()
        while n > 0:
            off = self._user_page(va, False)
            chunk = min(n, PAGE_SIZE - (va & (PAGE_SIZE - 1)))
            out += ram[off:off + chunk].tobytes()
            va += chunk
            n -= chunk
        return bytes(out)

    def copy_out(self, va: int, data: bytes) -> None:
        """Write bytes to user memory (raises EFault; bytes before the bad page are written)."""
        n = len(data)
        if va < 0 or va + n > self.task_size:
            raise EFault(va)
        view = memoryview(bytes(data))
        pos = 0
        while pos < n:
            off = self._user_page(va + pos, True)
            chunk = min(n - pos, PAGE_SIZE - ((va + pos) & (PAGE_SIZE - 1)))
            self.physmem.write_frame_bytes(off, view[pos:pos + chunk])
            pos += chunk

    def read_cstring(self, va: int, limit: int = 4096) -> bytes:
        """A NUL-terminated string (without the NUL), at most `limit` bytes (raises EFault)."""
        out = bytearray()
        ram = self.physmem.ram
        while len(out) < limit:
            off = self._user_page(va, False)
            chunk = min(limit - len(out), PAGE_SIZE - (va & (PAGE_SIZE - 1)))
            data = ram[off:off + chunk].tobytes()
            nul = data.find(b"\0")
            if nul >= 0:
                out += data[:nul]
                return bytes(out)
            out += data
            va += chunk
        return bytes(out)

    def read_u64(self, va: int) -> int:
        return struct.unpack("<Q", self.copy_in(va, 8))[0]

    def write_u64(self, va: int, value: int) -> None:
        self.copy_out(va, struct.pack("<Q", value & MASK64))

    # =========================================================================================
    # Counters and /proc renderers (procfs.py holds the formats)
    # =========================================================================================

    @property
    def pgtables_pages(self) -> int:
        """Page-table pages of this address space (VmPTE / 4, the OOM line's pgtables)."""
        return self.pt_pages

    @property
    def rss(self) -> int:
        """Resident pages (VmRSS / 4): anon + file + shmem."""
        return self.rss_anon + self.rss_file + self.rss_shmem

    def maps_text(self) -> str:
        from pagelab.kernel.mm.procfs import render_maps
        return render_maps(self)

    def smaps_text(self) -> str:
        from pagelab.kernel.mm.procfs import render_smaps
        return render_smaps(self)

    def smaps_rollup_text(self) -> str:
        from pagelab.kernel.mm.procfs import render_smaps_rollup
        return render_smaps_rollup(self)

    def statm_text(self) -> str:
        from pagelab.kernel.mm.procfs import render_statm
        return render_statm(self)

    def pagemap_bytes(self, offset: int, count: int, show_pfn: bool = True) -> bytes:
        from pagelab.kernel.mm.procfs import pagemap_bytes
        return pagemap_bytes(self, offset, count, show_pfn)

    def status_vm_text(self) -> str:
        from pagelab.kernel.mm.procfs import render_status_vm
        return render_status_vm(self)
