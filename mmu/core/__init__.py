"""The jitted MMU core: page-table walker and modelled TLB (numba, @njit(cache=True) only).

Nothing here imports the kernel, the assembler, lark or pygame.  The CPU core imports:

    from pagelab.mmu.core import translate, tlb_touch, tlb_flush, set_satp, set_priv, walk_only
    from pagelab.mmu.core import layout as L      # OUT_*, GEN, CFG_*, STAT_*, REASON_* offsets

and builds the `mmu` array with `pagelab.mmu.mmu.Mmu` (which owns it: `Mmu(...).array`).
The full contract (return codes, the micro-cache rule with GEN and tlb_touch) is at the top of
tlbwalk.py; the array map is at the top of layout.py.
"""
from . import layout

# The functions come from tlbwalk.py, imported on first use (it imports numba, which a Machine
# running the native core -- cpu/core/native.py -- does not need; `layout` alone does not).
_FUNCTIONS = ("translate", "translate_cpu", "tlb_touch", "tlb_flush", "set_satp", "set_priv",
              "walk_only", "walk", "probe", "fill", "permitted", "allow_bits")


def __getattr__(name):
    if name in _FUNCTIONS:
        from . import tlbwalk
        return getattr(tlbwalk, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["layout", "translate", "translate_cpu", "tlb_touch", "tlb_flush", "set_satp", "set_priv",
           "walk_only", "walk", "probe", "fill", "permitted", "allow_bits"]
