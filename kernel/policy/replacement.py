"""Page-replacement policies: which resident page to evict when frames run out.

The hook: when the fault handler finds no free frame it calls `reclaim(kernel, npages)` on the
selected policy; a policy that frees frames returns how many.  The swap issue adds the
mechanisms eviction needs (swap device, swap cache, accessed-bit sampling through the rmap) and
the reference policies (FIFO, Clock, two-list LRU, Random, OPT).  Until then no anonymous page
can leave memory, so the only policy is NoReplacement.
"""
from __future__ import annotations

from pagelab.kernel.policy import register


class ReplacementPolicy:
    """Interface: reclaim(kernel, npages) -> frames freed."""

    def reclaim(self, kernel, npages: int) -> int:
        raise NotImplementedError


@register("replacement", "none")
class NoReplacement(ReplacementPolicy):
    """Frees nothing: an exhausted memory ends the fault in OOM."""

    def reclaim(self, kernel, npages: int) -> int:
        return 0
