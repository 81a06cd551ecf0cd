"""Read-only introspection of memory management, for tests and the front panel (Pintos's
inspect.c).  Nothing here changes state; policies must not use it.
"""
from __future__ import annotations

from pagelab.kernel.mm.physmem import USE_NAMES
from pagelab.mmu.pte import PAGE_SHIFT, PTE_V


def is_resident(mm, va: int) -> bool:
    """True when the page holding `va` has a frame (a present PTE, zero page included)."""
    pte = mm.pages.get(va >> PAGE_SHIFT)
    return pte is not None and bool(pte & PTE_V)


def pte(mm, va: int) -> int:
    """The hardware leaf PTE of the page holding `va` (with the walker's A/D bits), or 0."""
    entry = mm.pt.get(va & ~((1 << PAGE_SHIFT) - 1))
    return entry[0] if entry else 0


def pfn_of(mm, va: int) -> int | None:
    """The frame backing `va`, or None."""
    entry = mm.pages.get(va >> PAGE_SHIFT)
    return entry >> 10 if entry is not None else None


def frame_owner(physmem, pfn: int) -> dict:
    """What a frame holds: use, refcount, mapcount and the (mm, va) pairs mapping it."""
    idx = pfn - physmem.base_pfn
    return {
        "use": USE_NAMES[physmem.use[idx]],
        "refcount": physmem.refcount[idx],
        "mapcount": physmem.mapcount[idx],
        "mappings": [(mm, vpn << PAGE_SHIFT) for mm, vpn in (physmem.rmap[idx] or [])],
        "zero_page": pfn == physmem.zero_pfn,
    }


def fault_counts(physmem) -> dict:
    """System-wide pgfault / pgmajfault."""
    return {"pgfault": physmem.events["pgfault"], "pgmajfault": physmem.events["pgmajfault"]}


def frame_uses(physmem) -> list[str]:
    """The use of every frame, in physical order (front panel colouring)."""
    return [USE_NAMES[u] for u in physmem.use]
