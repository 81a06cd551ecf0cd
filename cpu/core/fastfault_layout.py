"""The layout of the fast fault path's ring (cpu/core/fastfault.py has the contract).

A module of its own, without numba, so that the kernel (kernel/mm/fastfault.py) and the Machine
can fill and read the ring without importing the jitted code (the native core runs it).
"""

# --- ff: the kernel's ring (int64 words) -------------------------------------------------
FF_NRANGES = 0           # ranges published
FF_RING_N = 1            # frames in the ring
FF_USED = 2              # out: frames used
FF_ASID = 3              # the address space's ASID (for the flush)
FF_FAULT_CYCLES = 4      # simulated cycles charged per minor fault
FF_COW_START = 5         # first virtual page of the copy-on-write window
FF_COW_N = 6             # pages in the window
FF_SERVED = 7            # out: faults served = log entries
FF_RANGES = 8            # MAX_RANGES x (start vpn, end vpn, PTE flag bits)
MAX_RANGES = 64
FF_RING = FF_RANGES + 3 * MAX_RANGES
MAX_RING = 512
FF_ZERO = FF_RING + MAX_RING         # per ring frame: 1 = clear it before use
FF_LOG = FF_ZERO + MAX_RING         # MAX_RING x (kind, range, pc, stval, instructions before)
LOG_WORDS = 5
FF_COW = FF_LOG + LOG_WORDS * MAX_RING   # MAX_RING x (PTE expected, kind, PTE bits)
COW_WORDS = 3
FF_SIZE = FF_COW + COW_WORDS * MAX_RING

# kinds of fault (log word 0; the window's kind word)
DEMAND_ZERO = 0          # no PTE: the next ring frame, cleared, mapped with the range's bits
COW_COPY = 1             # a shared anonymous page: the next ring frame, a copy, the given bits
COW_ZERO = 2             # the zero page: the next ring frame, cleared, the given bits
COW_REUSE = 3            # an anonymous page only this mapping uses: the given bits set in place

STORE_PAGE_FAULT = 15
