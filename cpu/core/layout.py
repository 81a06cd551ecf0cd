"""Layout of the arrays the jitted core takes.  Plain ints: compile-time constants for the core
(`cpu/core/interp.py`) and named offsets for the Python side (`cpu/state.py`, `cpu/machine.py`).

Every numpy array passed from Python to a jitted function costs about 0.2 us to unbox, so `run`
takes few arrays and slices them itself (slices are free views):

    hart   int64  [x registers (64: x0..x31, x32 = write sink) | st scalars | uc micro-caches]
    ram    uint8  physical memory (the core makes its int16/int32/int64 views)
    code   int64  [decoded slots | raw copies of decoded frames | pool table | frame map]
    tables int64  [32-bit decode LUT | RVC expansion table | cost table | decode candidates]
    mmu    int64  pagelab.mmu's state array
"""
# --- hart -------------------------------------------------------------------------------
X_BASE = 0
X_SIZE = 64
ST_BASE = 64
ST_SIZE = 32
UC_BASE = ST_BASE + ST_SIZE

# --- st: the hart's scalar state ---------------------------------------------------------
PC = 0
PRIV = 1            # always 0 (U): guest code runs in U-mode only
RES_ADDR = 2        # LR/SC reservation: virtual address of the reserved word
RES_VALID = 3       # 1 while a reservation is held
INSTRET = 4         # instructions retired (the instret CSR)
CYCLES = 5          # simulated cycles (the cycle CSR)
CAUSE = 6           # last stop: scause number, or STOP_BUDGET
TVAL = 7            # last stop: stval
GEN_SEEN = 8        # mmu[GEN] the micro-caches were filled under
POOL_NEXT = 9       # round-robin pointer of the decoded-page pool
RAN = 10            # instructions retired by the last run() call
FAST = 11           # 1: fast paths on (decoded cache, fetch-page cache, micro-caches); 0: reference
WALK_SEEN = 12      # sum of the MMU's walk-read counters when last charged to CYCLES
DECODES = 13        # statistics: instructions decoded (slots filled or decoded uncached)
CODE_DROPS = 14     # statistics: decoded slots dropped by stores/invalidation
EPOCH = 15          # +1 at every run() entry: decoded frames are re-verified once per epoch
FRAME_CHECKS = 16   # statistics: decoded frames compared with RAM at a new epoch
FRAME_STALE = 17    # statistics: ... and found changed by someone else (slots dropped)
# scratch of one run() call (set at entry; kept in memory, not in locals, so that the run loop's
# hot values keep the host registers): the fetch page's ITLB entry, level, the n at its translated
# fetch, its RAM offset, and the walk reads at entry
F_SLOT = 18
F_LEVEL = 19
F_N0 = 20
F_BASE = 21
WALK0 = 22
F_VPN = 23          # the fetch page (NOPAGE: none) and its slot offset kbase (interp.run)
F_KBASE = 24

STOP_BUDGET = -1    # CAUSE value when run() stopped because the budget ran out

# --- uc: per-access micro-caches, direct-mapped by 4 KiB virtual page ---------------------
UC_N = 64                      # lines per cache (power of two)
UC_EMPTY = 1 << 62             # tag of an empty line: no va >> 12 can equal it (not -1: the
                               # canonical page 0xffff_ffff_ffff_f000 has va >> 12 == -1)
UC_LTAG = 0                    # load cache: va >> 12 of the line, or -1
UC_LBASE = UC_LTAG + UC_N      # RAM offset of that 4 KiB page
UC_LSLOT = UC_LBASE + UC_N     # TLB slot << 8 | index in mmu of its hit counter (tlb_touch)
UC_STAG = UC_LSLOT + UC_N      # store cache, same three arrays
UC_SBASE = UC_STAG + UC_N
UC_SSLOT = UC_SBASE + UC_N
UC_SIZE = UC_SSLOT + UC_N
HART_SIZE = UC_BASE + UC_SIZE

# --- decoded-instruction pool ------------------------------------------------------------
SLOTS_PER_PAGE = 2048          # one int64 slot per halfword of a 4 KiB frame
POOL_PAGES = 256               # pages of decoded slots (16 KiB each); the last one is the
SCRATCH_PAGE = POOL_PAGES - 1  # reference mode's scratch page: never filled, always zero
RAW_PER_PAGE = 512             # int64 words of a frame's raw copy (to notice outside writes)
C_DCACHE = 0                   # code array: decoded slots, POOL_PAGES * SLOTS_PER_PAGE
C_RAW = C_DCACHE + POOL_PAGES * SLOTS_PER_PAGE     # raw copies, POOL_PAGES * RAW_PER_PAGE
C_POOL = C_RAW + POOL_PAGES * RAW_PER_PAGE         # per pool page: frame (or -1), epoch
C_FMAP = C_POOL + 2 * POOL_PAGES                   # per RAM frame: pool page + 1, or 0
                               # (0 = none, so the map of a large RAM stays untouched zeros)

# --- tables ------------------------------------------------------------------------------
T_LUT = 0                      # 32768 entries: candidate start | count << 16
T_RVC = 1 << 15                # 65536 entries: halfword -> 32-bit expansion (0 = illegal)
T_COST = T_RVC + (1 << 16)     # COST_SIZE entries
T_CANDS = T_COST + 128         # 4 words per candidate: mask, match, op id, format

# --- cost array (cpu/cost.py builds it) ----------------------------------------------------
# cost[op] = cycles of one instruction with that op id (branches: not taken)
COST_TAKEN = 120               # cycles of a taken branch
COST_WALK = 121                # cycles per page-table-walk memory access
COST_TIMEBASE = 122            # cycles per tick of the `time` CSR
COST_SIZE = 128
