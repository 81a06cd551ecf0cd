"""The layout of the demand-zero fast path's ring (cpu/core/fastfault.py has the contract).

A module of its own, without numba, so that the kernel (kernel/mm/fastfault.py) and the Machine
can fill and read the ring without importing the jitted code (the native core runs it).
"""

# --- ff: the kernel's ring (int64 words) -------------------------------------------------
FF_NRANGES = 0           # ranges published
FF_RING_N = 1            # frames in the ring
FF_USED = 2              # out: frames used = faults served
FF_ASID = 3              # the address space's ASID (for the flush)
FF_FAULT_CYCLES = 4      # simulated cycles charged per minor fault
FF_RANGES = 8            # MAX_RANGES x (start vpn, end vpn, PTE flag bits)
MAX_RANGES = 64
FF_RING = FF_RANGES + 3 * MAX_RANGES
MAX_RING = 512
FF_ZERO = FF_RING + MAX_RING         # per ring frame: 1 = clear it before use
FF_LOG = FF_ZERO + MAX_RING         # MAX_RING x (range, pc, stval, instructions before it)
LOG_WORDS = 4
FF_SIZE = FF_LOG + LOG_WORDS * MAX_RING

STORE_PAGE_FAULT = 15
