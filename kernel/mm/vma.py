"""Virtual memory areas (Linux `struct vm_area_struct`) and their flags.

A VMA is a page-aligned range [start, end) of one address space with one set of permissions and
one backing: anonymous memory, a file (through the page cache), or a shared-memory object
(MAP_SHARED|MAP_ANONYMOUS).  The flag values and the two-letter VmFlags names are Linux's
(`include/linux/mm.h`, `show_smap_vma_flags`), so /proc/<pid>/smaps prints what Linux prints.

The address space keeps its VMAs sorted and non-overlapping (see aspace.py); the helpers here
only describe one VMA.
"""
from __future__ import annotations

from pagelab.mmu.pte import PAGE_SHIFT

VM_READ = 0x00000001
VM_WRITE = 0x00000002
VM_EXEC = 0x00000004
VM_SHARED = 0x00000008
VM_MAYREAD = 0x00000010
VM_MAYWRITE = 0x00000020
VM_MAYEXEC = 0x00000040
VM_MAYSHARE = 0x00000080
VM_GROWSDOWN = 0x00000100
VM_PFNMAP = 0x00000400
VM_LOCKED = 0x00002000
VM_IO = 0x00004000
VM_SEQ_READ = 0x00008000
VM_RAND_READ = 0x00010000
VM_DONTCOPY = 0x00020000
VM_DONTEXPAND = 0x00040000
VM_LOCKONFAULT = 0x00080000
VM_ACCOUNT = 0x00100000
VM_NORESERVE = 0x00200000
VM_HUGETLB = 0x00400000
VM_SYNC = 0x00800000
VM_WIPEONFORK = 0x02000000
VM_DONTDUMP = 0x04000000
VM_MIXEDMAP = 0x10000000
VM_HUGEPAGE = 0x20000000
VM_NOHUGEPAGE = 0x40000000
VM_MERGEABLE = 0x80000000
VM_STACK = VM_GROWSDOWN
VM_PROT_MASK = VM_READ | VM_WRITE | VM_EXEC

# Bit number -> VmFlags mnemonic, printed in bit order (fs/proc/task_mmu.c).
VMFLAG_NAMES = {
    0: "rd", 1: "wr", 2: "ex", 3: "sh", 4: "mr", 5: "mw", 6: "me", 7: "ms", 8: "gd",
    10: "pf", 13: "lo", 14: "io", 15: "sr", 16: "rr", 17: "dc", 18: "de", 19: "lf",
    20: "ac", 21: "nr", 22: "ht", 23: "sf", 25: "wf", 26: "dd", 28: "mm", 29: "hg",
    30: "nh", 31: "mg",
}

_anon_vma_ids = iter(range(1, 1 << 62))


class AnonVma:
    """Identity of a family of anonymous pages (Linux anon_vma).  VMAs that came from one
    VMA by splitting share it; two VMAs merge only if at most one has one, or both the same."""
    __slots__ = ("id",)

    def __init__(self):
        self.id = next(_anon_vma_ids)


class VMA:
    """One mapping.  `pgoff` is the file offset of `start` in pages (file mappings only)."""
    __slots__ = ("start", "end", "flags", "file", "pgoff", "shmem", "anon_vma", "name",
                 "special", "slab", "hugetlb_resv")

    def __init__(self, start: int, end: int, flags: int, file=None, pgoff: int = 0,
                 shmem=None, name: str | None = None, special=None):
        self.start = start
        self.end = end
        self.flags = flags
        self.file = file            # a guest inode (fs area) or None
        self.pgoff = pgoff
        self.shmem = shmem          # a ShmemObject for MAP_SHARED|MAP_ANONYMOUS, else None
        self.anon_vma = None        # AnonVma once an anonymous page was faulted in
        self.name = name            # a fixed name such as "[vdso]", else None
        self.special = special      # pfn list of a special mapping (vdso), else None
        self.slab = None            # its vm_area_struct slab slot
        self.hugetlb_resv = None    # a private hugetlb mapping's reservations (hugetlb.py)

    @property
    def npages(self) -> int:
        return (self.end - self.start) >> PAGE_SHIFT

    def is_anonymous(self) -> bool:
        return self.file is None and self.shmem is None and self.special is None

    def is_shared(self) -> bool:
        return bool(self.flags & VM_MAYSHARE)

    def file_index(self, va: int) -> int:
        """Page index in the backing object of the page holding `va`."""
        return self.pgoff + ((va - self.start) >> PAGE_SHIFT)

    def copy(self) -> "VMA":
        v = VMA(self.start, self.end, self.flags, self.file, self.pgoff, self.shmem,
                self.name, self.special)
        v.anon_vma = self.anon_vma
        v.hugetlb_resv = self.hugetlb_resv      # split pieces share it; fork clears it
        return v

    def __repr__(self) -> str:
        return (f"VMA({self.start:#x}-{self.end:#x} {perms_string(self.flags)} "
                f"{'file' if self.file else 'shmem' if self.shmem else 'anon'})")


def perms_string(flags: int) -> str:
    """The 4-character perms column of /proc/<pid>/maps (e.g. 'r-xp', 'rw-s')."""
    return ("r" if flags & VM_READ else "-") + ("w" if flags & VM_WRITE else "-") + \
        ("x" if flags & VM_EXEC else "-") + ("s" if flags & VM_MAYSHARE else "p")


def vmflags_string(flags: int) -> str:
    """The VmFlags line's value: each mnemonic followed by one space."""
    return "".join(name + " " for bit, name in sorted(VMFLAG_NAMES.items())
                   if flags & (1 << bit))


def is_accountable(flags: int) -> bool:
    """Linux accountable_mapping(): private writable without NORESERVE is charged."""
    return (flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE


def stat_class(flags: int) -> str:
    """Which of exec_vm / stack_vm / data_vm (or none) a VMA counts in (vm_stat_account)."""
    if (flags & (VM_EXEC | VM_WRITE | VM_STACK)) == VM_EXEC:
        return "exec"
    if flags & VM_STACK:
        return "stack"
    if (flags & (VM_WRITE | VM_SHARED | VM_STACK)) == VM_WRITE:
        return "data"
    return ""
