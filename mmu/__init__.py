"""pagelab.mmu: the RISC-V Sv39/Sv48/Sv57 MMU of the emulated machine.

    pte.py        PTE / satp / VA layouts and helpers (spec names; plain Python, no numba)
    pagetable.py  PageTable: the only code that edits PTEs (the kernel calls it; never flushes)
    tlb.py        TLBConfig: the TLB shape and the --tlb option
    mmu.py        Mmu: owns the jitted state array; stats(), entries(), flush(), translate()
    core/         the jitted walker and TLB model the CPU core calls (numba only)

This package imports nothing heavy on its own: `import pagelab.mmu.pte` does not load numba.
"""
