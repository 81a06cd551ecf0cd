"""Transparent-huge-page policies: at a fault, map a 2 MiB page or a 4 KiB one?  Which 2 MiB
ranges of small pages should khugepaged collapse?

The mechanism (kernel/mm/huge_memory.py, kernel/mm/khugepaged.py) finds out what is possible --
the VMA is private anonymous memory that holds a whole aligned 2 MiB range, no huge page is
there yet, the settings in /sys/kernel/mm/transparent_hugepage -- and hands the facts to the
policy in a ThpFacts; the policy answers True or False and never touches a page table.  The
mechanism then allocates (falling back to 4 KiB pages when no 2 MiB block is free) and maps.
"""
from __future__ import annotations

from dataclasses import dataclass

from pagelab.kernel.policy import register


@dataclass(frozen=True, slots=True)
class ThpFacts:
    """What the mechanism knows about one candidate 2 MiB range."""
    enabled: str              # /sys/.../transparent_hugepage/enabled: always, madvise, never
    vma_hugepage: bool        # madvise(MADV_HUGEPAGE) on the VMA (VM_HUGEPAGE)
    vma_nohugepage: bool      # madvise(MADV_NOHUGEPAGE) (VM_NOHUGEPAGE)
    thp_disabled: bool        # prctl(PR_SET_THP_DISABLE) on the process
    write: bool               # a store fault (False: a load, or khugepaged)
    present: int = 0          # khugepaged: small pages present in the range
    none: int = 0             # khugepaged: empty (or zero-page) entries in the range
    max_ptes_none: int = 511  # khugepaged/max_ptes_none


def linux_allows(facts: ThpFacts) -> bool:
    """Linux 6.1's hugepage_vma_check for anonymous memory: never under prctl or
    MADV_NOHUGEPAGE; else `always`, or `madvise` with MADV_HUGEPAGE."""
    if facts.thp_disabled or facts.vma_nohugepage or facts.enabled == "never":
        return False
    return facts.enabled == "always" or (facts.enabled == "madvise" and facts.vma_hugepage)


class ThpPolicy:
    """Interface: fault_huge(facts) -> bool; collapse(facts) -> bool."""

    def fault_huge(self, facts: ThpFacts) -> bool:
        raise NotImplementedError

    def collapse(self, facts: ThpFacts) -> bool:
        raise NotImplementedError


@register("thp", "linux")
class LinuxThp(ThpPolicy):
    """Linux's rules: the sysfs mode, MADV_(NO)HUGEPAGE and PR_SET_THP_DISABLE decide.

    khugepaged collapses a range with at most max_ptes_none empty entries."""

    def fault_huge(self, facts: ThpFacts) -> bool:
        return linux_allows(facts)

    def collapse(self, facts: ThpFacts) -> bool:
        return linux_allows(facts) and facts.present > 0 and facts.none <= facts.max_ptes_none


@register("thp", "never")
class NeverThp(ThpPolicy):
    """No transparent huge pages at all, whatever the sysfs mode says."""

    def fault_huge(self, facts: ThpFacts) -> bool:
        return False

    def collapse(self, facts: ThpFacts) -> bool:
        return False


@register("thp", "dense")
class DenseThp(ThpPolicy):
    """Huge pages only from khugepaged, for fully populated 2 MiB ranges (Linux's rules else).

    Faults map 4 KiB pages, and khugepaged collapses only ranges without an empty entry, so no
    memory is spent on the untouched parts of a sparse mapping (the bloat `always` can cause)."""

    def fault_huge(self, facts: ThpFacts) -> bool:
        return False

    def collapse(self, facts: ThpFacts) -> bool:
        return linux_allows(facts) and facts.none == 0
