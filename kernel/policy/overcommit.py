"""Overcommit policies: may an address space commit `npages` more pages of virtual memory?

Linux `__vm_enough_memory` (mm/util.c; reference §5.1).  The mechanism (AddressSpace.
vm_enough_memory) has already added the pages to Committed_AS when `admit` is called, and takes
them back off if it returns False.
"""
from __future__ import annotations

from pagelab.kernel.policy import register
from pagelab.kernel.sysctl import sysctl_int

PAGE_SHIFT = 12


def swap_pages(kernel) -> int:
    """total_swap_pages: the slots of every enabled swap area."""
    return kernel.physmem.swap.total_pages


def commit_limit(kernel) -> int:
    """vm_commit_limit() in pages: (RAM - hugetlb) * overcommit_ratio% + swap, or
    overcommit_kbytes / 4 + swap when that sysctl is set."""
    physmem = kernel.physmem
    kbytes = sysctl_int(kernel, "vm.overcommit_kbytes")
    if kbytes:
        limit = kbytes >> (PAGE_SHIFT - 10)
    else:
        ram = physmem.total_pages - physmem.hugetlb.total_pages()
        limit = ram * sysctl_int(kernel, "vm.overcommit_ratio") // 100
    return limit + swap_pages(kernel)


class OvercommitPolicy:
    """Interface: admit(kernel, mm, npages) -> bool."""

    def admit(self, kernel, mm, npages: int) -> bool:
        raise NotImplementedError


@register("overcommit", "heuristic")
class Heuristic(OvercommitPolicy):
    """Mode 0 (OVERCOMMIT_GUESS): refuse only a single request larger than RAM + swap."""

    def admit(self, kernel, mm, npages: int) -> bool:
        return npages <= kernel.physmem.total_pages + swap_pages(kernel)


@register("overcommit", "always")
class Always(OvercommitPolicy):
    """Mode 1 (OVERCOMMIT_ALWAYS): never refuse."""

    def admit(self, kernel, mm, npages: int) -> bool:
        return True


@register("overcommit", "never")
class Never(OvercommitPolicy):
    """Mode 2 (OVERCOMMIT_NEVER): Committed_AS must stay below CommitLimit minus reserves."""

    def admit(self, kernel, mm, npages: int) -> bool:
        physmem = kernel.physmem
        allowed = commit_limit(kernel)
        task = kernel.current
        if task is not None and task.uid != 0:                 # no CAP_SYS_ADMIN
            allowed -= sysctl_int(kernel, "vm.admin_reserve_kbytes") >> (PAGE_SHIFT - 10)
        if mm is not None:
            user_reserve = sysctl_int(kernel, "vm.user_reserve_kbytes") >> (PAGE_SHIFT - 10)
            allowed -= min(mm.total_vm // 32, user_reserve)
        return physmem.committed < allowed
