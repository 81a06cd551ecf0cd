"""Layout of the block-translation engine's arrays (plain ints: compile-time constants for the
numba driver in `driver.py`, named offsets for the Python side in `engine.py`).

    jit  int64  [scalars | translation requests | jit pages | block hash table]
    ctx  int64  the context a translated function receives (one pointer: i64* ctx)

A "jit page" is a RAM frame that holds translated code: its frame number, the driver epoch at
which its bytes were last compared with the copy taken at translation, and that copy (512 words).
The hash table maps the RAM offset of a block's first instruction to its state and native code.
"""
# --- jit: scalars ----------------------------------------------------------------------------
J_EPOCH = 0            # +1 at every driver call: jit pages are re-verified once per epoch
J_NREQ = 1             # translation requests queued (see J_REQ)
J_NPAGES = 2           # jit pages in use (they are 0 .. J_NPAGES-1)
J_THRESHOLD = 3        # a block start seen this many times is translated (0: at first sight)
J_NATIVE = 4           # statistics: instructions retired in translated code
J_INTERP = 5           # statistics: instructions retired by the interpreter
J_CALLS = 6            # statistics: calls of translated code
J_INVALIDATIONS = 7    # statistics: jit pages dropped (code changed, fence.i, pool eviction)
J_NBLOCKS = 8          # blocks in the hash table (any state)
J_POOL_NEXT = 9        # interpreter pool pointer / drop counters after the last interp call
J_DROPS = 10
J_STALE = 11
J_ENABLED = 12         # 0: the driver never calls translated code (engine switched off)
J_RESETS = 13          # statistics: times the full block table was emptied
J_HEADER = 16

# --- translation requests: (RAM offset, virtual pc) pairs -------------------------------------
J_REQ = J_HEADER
REQ_MAX = 64
REQ_DELAY = 200000     # instructions the driver runs after the first request of a batch
                       #   before it stops to have the batch translated
# --- jit pages -------------------------------------------------------------------------------
JP_MAX = 128
JP_WORDS = 2 + 512 + 2048   # frame, epoch verified, raw copy of the frame (512 words),
JP_FRAME = 0                #   1 per halfword where a translated instruction starts (2048)
JP_EPOCH = 1
JP_RAW = 2
JP_MARK = 2 + 512
J_PAGES = J_REQ + 2 * REQ_MAX
# --- block hash table (open addressing on the RAM offset of the first instruction) -----------
H_BITS = 14
H_SIZE = 1 << H_BITS
H_WORDS = 8
H_KEY = 0              # RAM offset + 1 (0 = empty)
H_COUNT = 1            # times the driver found no native code here
H_STATE = 2            # B_*
H_FN = 3               # address of the native function serving this entry point
H_JP = 4               # jit page of the block (B_NATIVE)
H_LEN = 5              # instructions the interpreter runs from here (to the first control
                       #   transfer or unsupported instruction, inclusive); 0 = not known yet
J_HASH = J_PAGES + JP_MAX * JP_WORDS
# --- per jit page: native entry point of each halfword offset (0 = none), for direct chaining
#     between translated functions of the same page ------------------------------------------
JT_WORDS = 2048
J_JTAB = J_HASH + H_SIZE * H_WORDS
J_SIZE = J_JTAB + JP_MAX * JT_WORDS

B_COLD = 0             # counting
B_REQUESTED = 1        # queued for translation
B_NATIVE = 2           # translated: H_FN is callable
B_NEVER = 3            # the first instruction cannot be translated: always interpreted

# --- ctx: what a translated function gets ---------------------------------------------------
C_HART = 0             # address of hart's data (int64)
C_MMU = 1              # address of the mmu array, and its length in words
C_MMU_LEN = 2
C_RAM = 3              # address of RAM (uint8) and its size in bytes
C_RAM_LEN = 4
C_CODE = 5             # address of the interpreter's code array, and its length
C_CODE_LEN = 6
C_LOAD_SLOW = 7        # addresses of the slow-path helpers (cfuncs in driver.py)
C_STORE_SLOW = 8
C_BUDGET = 9           # in: instructions the call may retire at most
C_RET = 10             # in/out: instructions retired (the caller sets 0; each function adds)
C_OUT = 11             # slow load: the value loaded
C_JIT = 12             # address of the jit array
C_JTAB = 13            # address of the entry table (J_JTAB) of the page being run
C_SIZE = 16

# return values of a translated function
R_OK = 0               # stopped before hart pc (not in this function, or the budget)
R_TRAP = 1             # the instruction at hart pc trapped: st[CAUSE], st[TVAL] are set
R_CODE = 2             # a store wrote a frame holding decoded code: pc is the next instruction
