"""Layout of the `mmu` state array: named offsets into ONE int64 numpy array.

Everything the jitted MMU knows lives in this array, so the CPU's run loop passes one array and
numba's disk cache keys on nothing global.  These are plain module-level ints so jitted code can
use them as compile-time constants.

XXX numba's cache (cache=True) keys only on the source file of each jitted function.  After
editing this file, touch mmu/core/tlbwalk.py (and the CPU core that inlines `tlb_touch`) or
delete their __pycache__/*.nbi/*.nbc files, or stale machine code keeps the old offsets.

Array map (W = word = one int64)::

    0        config + registers      CFG_*  (satp fields, mode parameters, svade, privilege)
             generation, clock       GEN, CLOCK
             scratch outputs         OUT_*  (written by translate for the CPU's micro-cache)
             walk scratch            WALK_* (written by every walk; read by walk_only callers)
    64       structure descriptors   NSTRUCT x SD_SIZE words (geometry of each TLB array)
    144      statistics              STAT_* (counters; see mmu/mmu.py Mmu.stats for names)
    256      walk cache              WC_N x WC_SIZE words (host-side shortcut of the walk's upper
                                     levels, checked against RAM on every use; not modelled)
    HEADER_WORDS
             entries                 one ESIZE-word record per TLB entry, all structures back
                                     to back; structure s starts at mmu[sd(s) + SD_FIRST]

TLB structures.  Two TLBs (ITLB for fetches, DTLB for loads and stores) each have one array per
page size (level 0..4 = 4K, 2M, 1G, 512G, 256T).  Structure number s = tlb * NSIZE + level.
"""

# --- TLBs, page sizes, structures -------------------------------------------------------
ITLB = 0
DTLB = 1
NTLB = 2
NSIZE = 5                 # levels 0..4: 4K, 2M, 1G, 512G, 256T (256T only exists in Sv57)
NSTRUCT = NTLB * NSIZE
NACCESS = 3               # Access.LOAD=0, STORE=1, FETCH=2 (cpu/isa/causes.py)
LOAD = 0
STORE = 1
FETCH = 2

# Replacement policies (SD_POLICY values)
POLICY_LRU = 0
POLICY_FIFO = 1
POLICY_RANDOM = 2

# --- constants of the architecture (equal to mmu/pte.py; a test checks) --------------------
DRAM_BASE = 0x80000000
PTE_V = 1
PTE_R = 2
PTE_W = 4
PTE_X = 8
PTE_U = 16
PTE_G = 32
PTE_A = 64
PTE_D = 128
PPN_MASK = (1 << 44) - 1
MODE_BARE = 0
MODE_SV39 = 8
MODE_SV48 = 9
MODE_SV57 = 10
ASID_MASK = 0xFFFF
PRIV_U = 0
PRIV_S = 1

# --- config and registers -----------------------------------------------------------------
CFG_SATP = 0          # satp as last accepted by set_satp (ASID masked to 16 bits)
CFG_MODE = 1          # 0 Bare, 8 Sv39, 9 Sv48, 10 Sv57
CFG_LEVELS = 2        # 3, 4 or 5 (0 in Bare)
CFG_VA_BITS = 3       # 39, 48 or 57
CFG_VPN_MASK = 4      # (1 << (VA_BITS - 12)) - 1: the full VPN of a canonical address
CFG_ROOT_PA = 5       # physical address of the root table
CFG_ASID = 6          # current ASID
CFG_SVADE = 7         # 1: a clear A (or D on a store) faults; 0: the walker sets them (Svadu)
CFG_PRIV = 8          # PRIV_U (guest code) or PRIV_S (kept so the walker is parameterised)
CFG_SUM = 9           # sstatus.SUM: S-mode may load/store U pages
CFG_MXR = 10          # sstatus.MXR: loads may read X-only pages
GEN = 11              # generation: changes whenever a cached translation may have changed
CLOCK = 12            # replacement clock: +1 on every hit (translate or tlb_touch) and fill
SIZES_PRESENT = 13    # [tlb]: bit `level` set when that array may hold a valid entry (set by a
                      #   fill, cleared by flushes that empty it): a lookup skips the others

# --- scratch outputs of translate (valid right after a translate that returned >= 0) -------
OUT_SLOT = 16         # index in mmu of the entry used (for tlb_touch); -1 in Bare mode
OUT_LEVEL = 17        # page level of that entry (0 = 4K)
OUT_VA_LO = 18        # micro-cache window: [OUT_VA_LO, OUT_VA_HI) maps linearly to RAM
OUT_VA_HI = 19        #   (the entry's page, clipped to RAM), starting at RAM offset OUT_RAM_LO
OUT_RAM_LO = 20
OUT_ALLOW = 21        # access bits the entry grants without a walk: bit LOAD/STORE/FETCH
OUT_REASON = 22       # why translate failed (REASON_*), REASON_OK on success

# --- walk scratch (written by every walk, also by walk_only) --------------------------------
WALK_PTE = 24         # the last PTE read (the leaf on success, the bad one on a fault)
WALK_PTE_PA = 25      # its physical address (-1 when no PTE was read)
WALK_LEVEL = 26       # its level
WALK_GLOBAL = 27      # 1 when G was set in the leaf or any table on the way
WALK_PA = 28          # translated physical address on success
WALK_REASON = 29      # REASON_*
WALK_READS = 30       # PTE reads made by this walk

# Fault reasons (OUT_REASON / WALK_REASON).  Page faults unless noted.
REASON_OK = 0
REASON_NONCANONICAL = 1       # upper VA bits are not a sign extension
REASON_PTE_ACCESS = 2         # access fault: a PTE address lies outside physical RAM
REASON_INVALID = 3            # V = 0
REASON_RESERVED_RWX = 4       # W without R (encodings 010 and 110)
REASON_RESERVED_BITS = 5      # bits 63:54 set (N, PBMT, reserved)
REASON_NONLEAF_BITS = 6       # a table pointer with D, A or U set (as Spike)
REASON_NO_LEAF = 7            # level 0 entry is a table pointer
REASON_PERMISSION = 8         # U / R / W / X check failed
REASON_MISALIGNED = 9         # superpage whose low PPN fields are not zero
REASON_A_CLEAR = 10           # Svade: A = 0
REASON_D_CLEAR = 11           # Svade: store and D = 0
REASON_PA_ACCESS = 12         # access fault: translated address outside physical RAM

# --- structure descriptors ------------------------------------------------------------------
SD_BASE = 64
SD_SIZE = 8
SD_ENTRIES = 0        # entries in this structure (0 = structure absent: never caches)
SD_WAYS = 1           # associativity (= ENTRIES for fully associative)
SD_SETS = 2           # ENTRIES // WAYS, a power of two
SD_SET_MASK = 3       # SETS - 1
SD_POLICY = 4         # POLICY_*
SD_FIRST = 5          # index in mmu of the first word of entry 0
SD_RNG = 6            # xorshift64 state for POLICY_RANDOM (never 0)
SD_WAY_WORDS = 7      # WAYS * ESIZE: words per set

# --- statistics ---------------------------------------------------------------------------
STAT_BASE = SD_BASE + NSTRUCT * SD_SIZE                  # 144
STAT_HITS = STAT_BASE                  # [level][access]: NSIZE*NACCESS; tlb implied by access
STAT_MISSES = STAT_HITS + NSIZE * NACCESS     # [level][access]: walks that found a leaf at level
STAT_FAULT_WALKS = STAT_MISSES + NSIZE * NACCESS   # [access]: misses whose walk faulted
STAT_REWALKS = STAT_FAULT_WALKS + NACCESS    # [access]: entry matched but lacked a permission
                                             #   or A/D, so it was walked again (also a miss)
STAT_WALK_READS = STAT_REWALKS + NACCESS     # [access]: PTE reads made by walks
STAT_FILLS = STAT_WALK_READS + NACCESS       # [struct]: entries written
STAT_EVICTIONS = STAT_FILLS + NSTRUCT        # [struct]: valid entries replaced by a fill
STAT_REFILL_DROPS = STAT_EVICTIONS + NSTRUCT  # [tlb]: entries dropped because a new fill
                                              #   overlaps them (stale after a PTE change)
STAT_PAGE_FAULTS = STAT_REFILL_DROPS + NTLB  # [access]
STAT_ACCESS_FAULTS = STAT_PAGE_FAULTS + NACCESS   # [access]
STAT_FLUSHES = STAT_ACCESS_FAULTS + NACCESS  # sfence.vma executions (tlb_flush calls)
STAT_FLUSHED = STAT_FLUSHES + 1              # entries invalidated by flushes
STAT_AD_WRITES = STAT_FLUSHED + 1            # PTE writes by the walker setting A/D (Svadu)
STAT_AD_FAULTS = STAT_AD_WRITES + 1          # Svade faults for a clear A or D
STAT_END = STAT_AD_FAULTS + 1

# --- walk cache (not part of the modelled hardware: an emulator shortcut, see tlbwalk._walk) ---
# Per 2 MiB region of virtual space (direct-mapped by va >> 21): the upper-level PTEs the last
# complete walk through it read (values and RAM word indices) and the level-0 table they lead to.
# A walk whose upper PTEs in RAM still equal the cached values takes the same path, so it starts
# at level 0 after checking them (independent loads instead of a chain); reads, statistics,
# faults and A/D updates are exactly those of the full walk.
WC_BASE = 256
WC_N = 64                 # entries (power of two): 128 MiB of virtual space in 2 MiB regions
WC_SIZE = 16
WC_KEY = 0                # vpn_all >> 9 of the region, or -1 (empty / being refilled)
WC_ROOT = 1               # CFG_ROOT_PA it was walked from
WC_LEVELS = 2             # CFG_LEVELS it was walked with
WC_TABLE = 3              # physical address of the level-0 table
WC_GLOBAL = 4             # G accumulated over the upper levels
WC_LAST_PA = 5            # physical address of the level-1 PTE (the last one read before level 0)
WC_PTE = 6                # [level - 1] for levels 1..4: the PTE value read at that level
WC_OFF = 10               # [level - 1]: its index in RAM as int64 words

HEADER_WORDS = WC_BASE + WC_N * WC_SIZE      # entries start here

# --- one TLB entry (ESIZE words) ------------------------------------------------------------
ESIZE = 8
E_TAG = 0             # VPN of the page at this structure's level (va >> (12 + 9*level), masked);
                      #   -1 when the entry is invalid
E_ASID = 1            # ASID that filled it
E_GLOBAL = 2          # 1: matches every ASID
E_PTE = 3             # the leaf PTE as the walk left it (after setting A/D)
E_PTE_PA = 4          # physical address of that PTE
E_ALLOW = 5           # bit LOAD/STORE/FETCH set when a hit may serve that access
E_USED = 6            # CLOCK at the last hit or fill (LRU)
E_FILLED = 7          # CLOCK at fill (FIFO)

assert STAT_END <= WC_BASE
