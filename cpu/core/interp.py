"""The jitted RV64IMAC interpreter: one entry point, `run`, that executes up to `budget` U-mode
instructions and returns a stop code (an scause number, or STOP_BUDGET).  No Python runs per
instruction; everything with judgement (system calls, page faults) happens in Python after `run`
returns, with the hart state left exactly as the trapping instruction found it.

Design (docs/performance.md has the measurements behind it):

* State lives in a few int64 arrays (`hart`: registers, scalars, micro-caches; `code`: decoded
  instructions; `tables`: decode LUTs and costs -- layout.py), RAM in one uint8 buffer (the core
  makes its int8/16/32/64 views); the MMU state is the `mmu` array owned by pagelab.mmu, and every
  fetch, load and store goes through its `translate` (mmu/core/tlbwalk.py).
* Pre-decoded instruction cache per physical code frame: a pool of POOL_PAGES pages of 2048 slots
  (one per halfword), one packed int64 per instruction (format in ops.py), filled lazily from the
  table-driven decode LUTs (cpu/decode_tables.py).  A frame that holds decoded code never enters
  the store micro-cache, so every store to it takes the slow path, which drops the decoded slots it
  overlaps (self-modifying code works without fence.i; fence.i drops everything).  Instructions
  that straddle a page boundary are decoded each time and never cached.  Each decoded frame keeps
  a raw copy of its bytes; the first fetch from it in each `run` call compares the frame with the
  copy, so writes the kernel makes straight into RAM between runs are noticed too.
* Fetch-page cache: while pc stays in one virtual page whose ITLB entry may serve fetches, fetch
  needs no translation at all.  The modelled ITLB would count a hit for each of those fetches; we
  hand them to the MMU (hit counter, replacement clock, LRU stamp) in one batch before the next
  fetch translation and at exit.  Only fetch translations can fill or evict ITLB entries during a
  run, so the batch is exact: the same hits, the same victims.
* Data micro-caches: direct-mapped by 4 KiB virtual page (64 lines for loads, 64 for stores); a hit
  does exactly what tlb_touch does (written out inline), so hits and LRU stamps are those of
  translate.  A TLB miss that evicts a 4 KiB entry drops only the line of the evicted page
  (translate_cpu names it; no other line can use that entry); all lines are dropped whenever
  mmu[GEN] moves (superpage evictions, overlap drops, flushes, satp writes).
* The miss path (load_slow/store_slow) passes few arrays (each is a 7-word struct on a call),
  gets translate's results in registers (translate_cpu, no OUT_* round trip through memory)
  and indexes `hart` with unsigned offsets instead of slicing it.  The walk and fill are
  compiled into load_slow and store_slow (LLVM inlines the MMU's `_translate_core`, marked
  forceinline; numba does not re-type it per site); the rare sites call the MMU's
  `_translate`, so the core carries only those two extra copies of the walk.
* Python reaches `run` through numba's dispatcher, or -- when an earlier run saved the
  compiled code -- through cpu/core/native.py without importing numba (the same code).
* st[FAST] = 0 selects the reference mode: no decoded cache, no fetch-page cache, no micro-caches
  -- every access calls translate.  Tests hold the TLB statistics of both modes equal.
* Dispatch is one flat chain of `op == K` tests (LLVM makes it a jump table); the hot memory paths
  are inline helpers.  Everything here is compiled with `_nrt=False` (numba's internal flag for
  "no reference counting"): with reference counting on, numba wraps array arguments of inlined
  helpers in atomic increments/decrements, which cost more than the loads themselves.  Nothing
  here allocates, so nothing needs the runtime.
* The fetch hits of a cached page are derived from the retired-instruction count (n - n at the
  page's translated fetch), so the hot loop keeps no extra counter.
* The run loop is bound by the chain pc -> slot load -> next pc (about 10 host cycles), so the
  hot loop keeps that chain short and in registers: the slot index is (pc >> 1) + kbase, the
  length sits in the slot, the cost is charged before dispatch (so op is dead after it), and
  per-page bookkeeping (fetch page, kbase, ITLB slot, batching counters) lives in st scratch
  words instead of locals.  Check `run.inspect_asm()` for stack spills after edits.
* An odd pc (only Python can set one) traps as instruction-address-misaligned (cause 0).
* Integer discipline: registers are int64; unsigned operations cast to uint64 and straight back;
  shift amounts are masked; division by zero and INT_MIN / -1 follow the spec without a host
  exception.  boundscheck is off: every index is in range by construction (5/6-bit register
  fields, RAM offsets from translate within one 4 KiB page of a RAM that is a multiple of 4 KiB).
"""
import numpy as np
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic, overload

from pagelab.mmu.core import layout as M
from pagelab.mmu.core.tlbwalk import _translate, _translate_core, tlb_touch

from . import layout as S
from . import ops as O

assert M.STAT_HITS + M.NSIZE * M.NACCESS < 256     # micro-cache lines pack the hit counter index
NOPAGE = 1 << 62                # a fetch-page tag no pc can have
MASK32 = 0xFFFFFFFF
HPM_FIRST = 0xC03               # hpmcounter3..31 read as zero
HPM_LAST = 0xC1F


# --- small integer helpers ------------------------------------------------------------------

def unlikely(cond):
    """`cond`, with a hint to LLVM that it is rarely true (llvm.expect): the slow paths get the
    cold block placement.  Plain Python (NUMBA_DISABLE_JIT) just returns cond."""
    return cond


@intrinsic
def _expect_false(typingctx, cond):
    if not isinstance(cond, types.Boolean):
        return None

    def codegen(context, builder, signature, args):
        i1 = ir.IntType(1)
        fn = builder.module.declare_intrinsic('llvm.expect', [i1], ir.FunctionType(i1, [i1, i1]))
        return builder.call(fn, [args[0], ir.Constant(ir.IntType(1), 0)])
    return types.boolean(cond), codegen


@overload(unlikely, inline='always')
def _unlikely_jit(cond):
    if isinstance(cond, types.Boolean):
        return lambda cond: _expect_false(cond)
    return None


@njit(cache=True, inline='always', _nrt=False)
def sext32(v):
    return (v << 32) >> 32


@njit(cache=True, inline='always', _nrt=False)
def ult(a, b):
    return np.uint64(a) < np.uint64(b)


@njit(cache=True, inline='always', _nrt=False)
def srl64(a, s):
    return np.int64(np.uint64(a) >> np.uint64(s & 63))


@njit(cache=True, inline='always', _nrt=False)
def mulhu(a, b):
    ua = np.uint64(a)
    ub = np.uint64(b)
    m = np.uint64(0xFFFFFFFF)
    s = np.uint64(32)
    a0 = ua & m
    a1 = ua >> s
    b0 = ub & m
    b1 = ub >> s
    p00 = a0 * b0
    p01 = a0 * b1
    p10 = a1 * b0
    p11 = a1 * b1
    mid = (p00 >> s) + (p01 & m) + (p10 & m)
    return np.int64(p11 + (p01 >> s) + (p10 >> s) + (mid >> s))


@njit(cache=True, inline='always', _nrt=False)
def mulh(a, b):
    h = mulhu(a, b)
    if a < 0:
        h -= b
    if b < 0:
        h -= a
    return h


@njit(cache=True, inline='always', _nrt=False)
def mulhsu(a, b):
    h = mulhu(a, b)
    if a < 0:
        h -= b
    return h


@njit(cache=True, inline='always', _nrt=False)
def uabs(a):
    if a < 0:
        return np.uint64(0) - np.uint64(a)
    return np.uint64(a)


@njit(cache=True, inline='always', _nrt=False)
def div_s(a, b):
    """RISC-V DIV: truncating; /0 -> -1; INT_MIN / -1 -> INT_MIN (wraps through uint64)."""
    if b == 0:
        return np.int64(-1)
    q = uabs(a) // uabs(b)
    if (a < 0) != (b < 0):
        return np.int64(np.uint64(0) - q)
    return np.int64(q)


@njit(cache=True, inline='always', _nrt=False)
def rem_s(a, b):
    """RISC-V REM: sign of the dividend; x % 0 -> x; INT_MIN % -1 -> 0."""
    if b == 0:
        return a
    r = uabs(a) % uabs(b)
    if a < 0:
        return np.int64(np.uint64(0) - r)
    return np.int64(r)


@njit(cache=True, inline='always', _nrt=False)
def div_u(a, b):
    if b == 0:
        return np.int64(-1)
    return np.int64(np.uint64(a) // np.uint64(b))


@njit(cache=True, inline='always', _nrt=False)
def rem_u(a, b):
    if b == 0:
        return a
    return np.int64(np.uint64(a) % np.uint64(b))


# --- decoding -----------------------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def pack(op, rd, rs1, rs2, imm):
    if rd == 0:
        rd = O.RD_SINK
    return op | (rd << O.RD_SHIFT) | (rs1 << O.RS1_SHIFT) | (rs2 << O.RS2_SHIFT) | (imm << O.IMM_SHIFT)


@njit(cache=True, _nrt=False)
def decode32(word, lut, cands):
    """Packed slot for a 32-bit instruction word (0 <= word < 2**32); ILLEGAL if none matches."""
    idx = ((word >> 2) & 0x1F) | (((word >> 12) & 7) << 5) | (((word >> 25) & 0x7F) << 8)
    e = lut[idx]
    k = e & 0xFFFF
    end = k + (e >> 16)
    op = -1
    fmt = 0
    while k < end:
        if (word & cands[4 * k]) == cands[4 * k + 1]:
            op = cands[4 * k + 2]
            fmt = cands[4 * k + 3]
            break
        k += 1
    if op < 0:
        return pack(O.ILLEGAL, 0, 0, 0, sext32(word))
    rd = (word >> 7) & 31
    rs1 = (word >> 15) & 31
    rs2 = (word >> 20) & 31
    sw = word << 32                          # bit 31 of the instruction at bit 63
    if fmt == O.FMT_I:
        imm = sw >> 52
    elif fmt == O.FMT_S:
        imm = ((sw >> 57) << 5) | ((word >> 7) & 0x1F)
    elif fmt == O.FMT_B:
        imm = (((sw >> 63) << 12) | (((word >> 25) & 0x3F) << 5) | (((word >> 8) & 0xF) << 1)
               | (((word >> 7) & 1) << 11))
    elif fmt == O.FMT_U:
        imm = (sw >> 32) & ~0xFFF
    elif fmt == O.FMT_J:
        imm = (((sw >> 63) << 20) | (((word >> 21) & 0x3FF) << 1) | (((word >> 20) & 1) << 11)
               | (((word >> 12) & 0xFF) << 12))
    elif fmt == O.FMT_SHIFT:
        imm = (word >> 20) & 0x3F
    else:                                    # CSR, NONE: keep the raw bits (CSR number, stval)
        imm = sext32(word)
    return pack(op, rd, rs1, rs2, imm)


@njit(cache=True, _nrt=False)
def decode_any(h, h2, lut, cands, rvc):
    """Packed slot for the instruction whose first halfword is h (second h2 if 32-bit)."""
    if (h & 3) != 3:
        w = rvc[h]
        if w == 0:
            return pack(O.ILLEGAL, 0, 0, 0, h) | O.C_BIT | (2 << O.ILEN_SHIFT)
        return decode32(w, lut, cands) | O.C_BIT | (2 << O.ILEN_SHIFT)
    return decode32(h | (h2 << 16), lut, cands) | (4 << O.ILEN_SHIFT)


# --- decoded-code pool ----------------------------------------------------------------------------

@njit(cache=True, _nrt=False)
def pool_alloc(frame, st, uc, dcache, raw, pool, frame_map, r64):
    """Give `frame` a page of decoded slots (round robin over the pool); returns its first slot.

    The frame's bytes are copied to `raw`, so that writes made from outside the core (the kernel
    writing RAM between runs) are noticed by `frame_check` at the next epoch."""
    p = st[S.POOL_NEXT]
    st[S.POOL_NEXT] = (p + 1) % S.SCRATCH_PAGE
    old = pool[2 * p]
    if old >= 0:
        frame_map[old] = 0
    base = p * S.SLOTS_PER_PAGE
    dcache[base:base + S.SLOTS_PER_PAGE] = 0
    rb = p * S.RAW_PER_PAGE
    fb = frame * S.RAW_PER_PAGE
    for i in range(S.RAW_PER_PAGE):
        raw[rb + i] = r64[fb + i]
    pool[2 * p] = frame
    pool[2 * p + 1] = st[S.EPOCH]
    frame_map[frame] = p + 1
    for i in range(S.UC_N):                  # the frame now holds code: no fast stores into it
        uc[S.UC_STAG + i] = S.UC_EMPTY
    return base


@njit(cache=True, _nrt=False)
def frame_check(p, frame, st, dcache, raw, pool, r64):
    """First fetch from pool page p in this epoch: if RAM no longer equals the raw copy (someone
    outside the core wrote the frame), drop all its decoded slots and take a new copy."""
    pool[2 * p + 1] = st[S.EPOCH]
    st[S.FRAME_CHECKS] += 1
    rb = p * S.RAW_PER_PAGE
    fb = frame * S.RAW_PER_PAGE
    same = True
    for i in range(S.RAW_PER_PAGE):
        if raw[rb + i] != r64[fb + i]:
            same = False
            break
    if same:
        return
    st[S.FRAME_STALE] += 1
    for i in range(S.RAW_PER_PAGE):
        raw[rb + i] = r64[fb + i]
    base = p * S.SLOTS_PER_PAGE
    dcache[base:base + S.SLOTS_PER_PAGE] = 0


@njit(cache=True, _nrt=False)
def code_drop_all(frame_map, pool):
    for p in range(S.POOL_PAGES):
        f = pool[2 * p]
        if f >= 0:
            frame_map[f] = 0
            pool[2 * p] = -1


@njit(cache=True, _nrt=False)
def code_written(off, n, st, dcache, raw, frame_map, r64):
    """A store wrote RAM bytes [off, off+n) inside one frame: drop decoded slots it overlaps."""
    p = frame_map[off >> 12] - 1
    if p < 0:
        return
    poff = off & 0xFFF
    first = (poff - 2) >> 1
    if first < 0:
        first = 0
    last = (poff + n - 1) >> 1
    if last > S.SLOTS_PER_PAGE - 1:
        last = S.SLOTS_PER_PAGE - 1
    base = p * S.SLOTS_PER_PAGE
    for i in range(first, last + 1):
        if dcache[base + i] != 0:
            dcache[base + i] = 0
            st[S.CODE_DROPS] += 1
    # keep the raw copy equal to RAM (the words the store touched)
    rb = p * S.RAW_PER_PAGE
    fb = (off >> 12) * S.RAW_PER_PAGE
    for i in range(poff >> 3, ((poff + n - 1) >> 3) + 1):
        raw[rb + i] = r64[fb + i]


@njit(cache=True, _nrt=False)
def uc_drop_all(mmu, hart):
    """Drop every micro-cache line and note the MMU generation they are now valid under."""
    hart[S.ST_BASE + S.GEN_SEEN] = mmu[M.GEN]
    for i in range(S.UC_N):
        hart[S.UC_BASE + S.UC_LTAG + i] = S.UC_EMPTY
        hart[S.UC_BASE + S.UC_STAG + i] = S.UC_EMPTY


@njit(cache=True, inline='always', _nrt=False)
def uc_sync(mmu, hart):
    """Drop every micro-cache line if the MMU's generation moved since they were filled."""
    if mmu[M.GEN] != hart[S.ST_BASE + S.GEN_SEEN]:
        uc_drop_all(mmu, hart)


# --- RAM access within one page ------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def ram_read(off, size, u8, r16, r32, r64):
    """Zero-extended value of `size` bytes at RAM offset off (all inside one 4 KiB page)."""
    if (off & (size - 1)) == 0:
        if size == 8:
            return r64[off >> 3]
        if size == 4:
            return np.int64(r32[off >> 2]) & MASK32
        if size == 2:
            return np.int64(r16[off >> 1]) & 0xFFFF
        return np.int64(u8[off])
    v = np.int64(0)
    for k in range(size):
        v |= np.int64(u8[off + k]) << (8 * k)
    return v


@njit(cache=True, inline='always', _nrt=False)
def ram_write(off, size, value, u8, r16, r32, r64):
    if (off & (size - 1)) == 0:
        if size == 8:
            r64[off >> 3] = value
        elif size == 4:
            r32[off >> 2] = ((value & MASK32) ^ 0x80000000) - 0x80000000
        elif size == 2:
            r16[off >> 1] = ((value & 0xFFFF) ^ 0x8000) - 0x8000
        else:
            u8[off] = value & 0xFF
        return
    for k in range(size):
        u8[off + k] = (value >> (8 * k)) & 0xFF


@njit(cache=True, _nrt=False)
def fault_cause(code, access):
    """scause for translate's -1 (page fault) / -2 (access fault)."""
    if code == -1:
        if access == M.LOAD:
            return 13
        if access == M.STORE:
            return 15
        return 12
    if access == M.LOAD:
        return 5
    if access == M.STORE:
        return 7
    return 1


# --- slow data paths ------------------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def uc_evicted(hart, mmu, slot, evicted):
    """Keep the micro-caches exact after translate_cpu returned (slot, evicted).

    A fill that evicted the 4 KiB entry of page `evicted` from `slot`: only the line of that
    page can use the slot, so only that line is dropped (the rest stay exact: other entries'
    stamps are untouched).  Any other change to cached translations moves GEN, and then every
    line is dropped.  Indexes `hart` with offsets (slicing st/uc out of it costs more than
    this whole check)."""
    if evicted >= 0:
        i = S.UC_BASE + (evicted & (S.UC_N - 1))
        if (hart[np.uint64(i + S.UC_LSLOT)] >> 8) == slot:
            hart[np.uint64(i + S.UC_LTAG)] = S.UC_EMPTY
        if (hart[np.uint64(i + S.UC_SSLOT)] >> 8) == slot:
            hart[np.uint64(i + S.UC_STAG)] = S.UC_EMPTY
    if mmu[M.GEN] != hart[S.ST_BASE + S.GEN_SEEN]:
        uc_drop_all(mmu, hart)


@njit(cache=True, inline='always', _nrt=False)
def uc_translate(va, access, hart, mmu, r64):
    """translate_cpu, keeping the micro-caches exact: (off, slot, level, allow).

    The hot miss sites (the first translation of load_slow and store_slow) use this one: the
    walk and fill are compiled into the caller (LLVM-level inlining of _translate_core, which
    costs no numba typing; `access` is a constant there, so the permission tests fold)."""
    off, slot, level, allow, evicted = _translate_core(mmu, r64, np.int64(va), np.int64(access))
    uc_evicted(hart, mmu, slot, evicted)
    return off, slot, level, allow


@njit(cache=True, inline='always', _nrt=False)
def uc_translate_call(va, access, hart, mmu, r64):
    """uc_translate through an ordinary call of the MMU's `translate` (the one Python uses,
    compiled once): for the rare sites (fetch misses, the second page of a crossing access,
    LR/SC/AMO), so that only the hot miss paths carry a copy of the walk.  translate moves
    GEN on every eviction (instead of naming the evicted page), so the micro-caches are
    dropped then: exact, and rare."""
    off = _translate(mmu, r64, np.int64(va), np.int64(access))
    slot = -1
    level = 0
    allow = 0
    if off >= 0:
        slot = mmu[M.OUT_SLOT]
        level = mmu[M.OUT_LEVEL]
        allow = mmu[M.OUT_ALLOW]
    if mmu[M.GEN] != hart[S.ST_BASE + S.GEN_SEEN]:
        uc_drop_all(mmu, hart)
    return off, slot, level, allow


@njit(cache=True, inline='always', _nrt=False)
def uc_fill(hart, which, va, off, slot, level, access):
    """Put page va >> 12 into line of the load (which = UC_LTAG) or store (UC_STAG) cache."""
    i = S.UC_BASE + which + ((va >> 12) & (S.UC_N - 1))
    hart[np.uint64(i)] = va >> 12
    hart[np.uint64(i + S.UC_N)] = off - (va & 0xFFF)                         # UC_xBASE
    hart[np.uint64(i + 2 * S.UC_N)] = (slot << 8) | (M.STAT_HITS + level * M.NACCESS + access)   # UC_xSLOT


@njit(cache=True, _nrt=False)
def load_slow(va, size, hart, mmu, u8, r64, code):
    """Load through translate (filling the load micro-cache).  Returns (value, ok); on a fault
    st[CAUSE]/st[TVAL] are set (stval = first byte of the faulting page part).  The TLB-miss
    path: it takes few arrays (each is a 7-word struct on the call) and indexes `hart` with
    offsets rather than slicing st/uc out of it (a slice costs more than the work here)."""
    off, slot, level, allow = uc_translate(va, M.LOAD, hart, mmu, r64)
    if off < 0:
        hart[S.ST_BASE + S.CAUSE] = fault_cause(off, M.LOAD)
        hart[S.ST_BASE + S.TVAL] = va
        return np.int64(0), False
    if (va & 0xFFF) + size <= 4096:
        if hart[S.ST_BASE + S.FAST] != 0 and ((allow >> M.LOAD) & 1) != 0 and slot >= 0:
            uc_fill(hart, S.UC_LTAG, va, off, slot, level, M.LOAD)
            # the same TLB entry serves stores too (D set): fill the store line now, so that a
            # store into the page after a load miss (read-modify-write) needs no translate; a
            # later store hit does what translate's hit would (tlb_touch).  Never for a frame
            # that holds decoded code (as in store_slow).
            if ((allow >> M.STORE) & 1) != 0 and code[np.uint64(S.C_FMAP + (off >> 12))] == 0:
                uc_fill(hart, S.UC_STAG, va, off, slot, level, M.STORE)
        if size == 8 and (off & 7) == 0:
            return r64[np.uint64(off >> 3)], True
        v = np.int64(0)
        for k in range(size):
            v |= np.int64(u8[off + k]) << (8 * k)
        return v, True
    # crosses into the next page: translate that part too
    va2 = (va | 0xFFF) + 1
    off2, _, _, _ = uc_translate_call(va2, M.LOAD, hart, mmu, r64)
    if off2 < 0:
        hart[S.ST_BASE + S.CAUSE] = fault_cause(off2, M.LOAD)
        hart[S.ST_BASE + S.TVAL] = va2
        return np.int64(0), False
    n1 = va2 - va
    v = np.int64(0)
    for k in range(size):
        if k < n1:
            b = np.int64(u8[off + k])
        else:
            b = np.int64(u8[off2 + k - n1])
        v |= b << (8 * k)
    return v, True


@njit(cache=True, _nrt=False)
def store_slow(va, size, value, hart, mmu, u8, r64, code):
    """Store through translate; drops decoded code it overwrites.  Returns ok."""
    off, slot, level, allow = uc_translate(va, M.STORE, hart, mmu, r64)
    if off < 0:
        hart[S.ST_BASE + S.CAUSE] = fault_cause(off, M.STORE)
        hart[S.ST_BASE + S.TVAL] = va
        return False
    if (va & 0xFFF) + size <= 4096:
        if code[np.uint64(S.C_FMAP + (off >> 12))] != 0:
            code_written_any(off, size, hart, code, r64)
        elif hart[S.ST_BASE + S.FAST] != 0 and ((allow >> M.STORE) & 1) != 0 and slot >= 0:
            uc_fill(hart, S.UC_STAG, va, off, slot, level, M.STORE)
        if size == 8 and (off & 7) == 0:
            r64[np.uint64(off >> 3)] = value
        else:
            for k in range(size):
                u8[off + k] = (value >> (8 * k)) & 0xFF
        return True
    va2 = (va | 0xFFF) + 1
    off2, _, _, _ = uc_translate_call(va2, M.STORE, hart, mmu, r64)
    if off2 < 0:
        hart[S.ST_BASE + S.CAUSE] = fault_cause(off2, M.STORE)
        hart[S.ST_BASE + S.TVAL] = va2
        return False
    n1 = va2 - va
    for k in range(size):
        b = (value >> (8 * k)) & 0xFF
        if k < n1:
            u8[off + k] = b
        else:
            u8[off2 + k - n1] = b
    code_written_any(off, n1, hart, code, r64)
    code_written_any(off2, size - n1, hart, code, r64)
    return True


@njit(cache=True, _nrt=False)
def code_written_any(off, n, hart, code, r64):
    """code_written with the arrays sliced here (the store slow path passes few arrays)."""
    code_written(off, n, hart[S.ST_BASE:S.ST_BASE + S.ST_SIZE], code[S.C_DCACHE:S.C_RAW],
                 code[S.C_RAW:S.C_POOL], code[S.C_FMAP:], r64)


@njit(cache=True, inline='always', _nrt=False)
def load_fast(hart, va, k, signed, mmu, u8, r8, r16, r32, r64, code):
    """Load of 1 << k bytes: the micro-cache hit path inline, else load_slow.  (v, ok).

    A line holds the page's RAM offset and (TLB slot << 8 | index of its hit counter); a hit
    does what tlb_touch does: clock, LRU stamp, hit counter."""
    size = 1 << k
    tag = va >> 12
    i = tag & (S.UC_N - 1)
    if hart[S.UC_BASE + S.UC_LTAG + i] == tag and (
            (va & (size - 1)) == 0 or (va & 0xFFF) + size <= 4096):
        s = hart[S.UC_BASE + S.UC_LSLOT + i]
        clock = mmu[M.CLOCK] + 1
        mmu[M.CLOCK] = clock
        mmu[np.uint64((s >> 8) + M.E_USED)] = clock
        mmu[s & 255] += 1
        off = hart[S.UC_BASE + S.UC_LBASE + i] + (va & 0xFFF)
        if (va & (size - 1)) == 0:
            # unsigned indices: in range by construction, and numba adds no negative-index fixup
            if k == 3:
                v = r64[np.uint64(off >> 3)]
            elif k == 2:
                v = np.int64(r32[np.uint64(off >> 2)])
            elif k == 1:
                v = np.int64(r16[np.uint64(off >> 1)])
            else:
                v = np.int64(r8[np.uint64(off)])
            if not signed:
                v &= (np.int64(1) << (8 * size)) - 1
            return v, True
        v = np.int64(0)
        for b in range(size):
            v |= np.int64(u8[off + b]) << (8 * b)
    else:
        v, ok = load_slow(va, size, hart, mmu, u8, r64, code)
        if unlikely(not ok):
            return v, False
    if signed and k < 3:
        v = (v << (64 - 8 * size)) >> (64 - 8 * size)
    return v, True


@njit(cache=True, inline='always', _nrt=False)
def store_fast(hart, va, k, value, mmu, u8, r16, r32, r64, code):
    """Store of 1 << k bytes: the micro-cache hit path inline, else store_slow.  ok."""
    size = 1 << k
    tag = va >> 12
    i = tag & (S.UC_N - 1)
    if hart[S.UC_BASE + S.UC_STAG + i] == tag and (
            (va & (size - 1)) == 0 or (va & 0xFFF) + size <= 4096):
        s = hart[S.UC_BASE + S.UC_SSLOT + i]
        clock = mmu[M.CLOCK] + 1
        mmu[M.CLOCK] = clock
        mmu[np.uint64((s >> 8) + M.E_USED)] = clock
        mmu[s & 255] += 1
        off = hart[S.UC_BASE + S.UC_SBASE + i] + (va & 0xFFF)
        if (va & (size - 1)) == 0:
            if k == 3:
                r64[np.uint64(off >> 3)] = value
            elif k == 2:
                r32[np.uint64(off >> 2)] = ((value & MASK32) ^ 0x80000000) - 0x80000000
            elif k == 1:
                r16[np.uint64(off >> 1)] = ((value & 0xFFFF) ^ 0x8000) - 0x8000
            else:
                u8[np.uint64(off)] = value & 0xFF
        else:
            for b in range(size):
                u8[off + b] = (value >> (8 * b)) & 0xFF
        return True
    return store_slow(va, size, value, hart, mmu, u8, r64, code)


@njit(cache=True, _nrt=False)
def amo(op, rd, va, src, hart, mmu, u8, code):
    """LR/SC/AMO*: returns ok (False: st[CAUSE]/st[TVAL] set).  Aligned only (cause 4/6)."""
    x = hart[S.X_BASE:S.X_BASE + S.X_SIZE]
    st = hart[S.ST_BASE:S.ST_BASE + S.ST_SIZE]
    uc = hart[S.UC_BASE:S.UC_BASE + S.UC_SIZE]
    r16 = u8.view(np.int16)
    r32 = u8.view(np.int32)
    r64 = u8.view(np.int64)
    dcache = code[S.C_DCACHE:S.C_RAW]
    raw = code[S.C_RAW:S.C_POOL]
    frame_map = code[S.C_FMAP:]
    word = op <= O.AMOMAXU_W
    size = 4 if word else 8
    is_lr = op == O.LR_W or op == O.LR_D
    if (va & (size - 1)) != 0:
        st[S.CAUSE] = 4 if is_lr else 6
        st[S.TVAL] = va
        return False
    is_sc = op == O.SC_W or op == O.SC_D
    if is_sc and (st[S.RES_VALID] == 0 or st[S.RES_ADDR] != va):
        st[S.RES_VALID] = 0                 # SC without its reservation: fails, no access
        x[rd] = 1
        return True
    access = M.LOAD if is_lr else M.STORE   # (one translation site: each inlined copy costs
    off, _, _, _ = uc_translate_call(va, access, hart, mmu, r64)    # compile time)
    if off < 0:
        st[S.CAUSE] = fault_cause(off, access)
        st[S.TVAL] = va
        return False
    if is_lr:
        v = ram_read(off, size, u8, r16, r32, r64)
        x[rd] = sext32(v) if word else v
        st[S.RES_ADDR] = va
        st[S.RES_VALID] = 1
        return True
    if is_sc:
        ram_write(off, size, src, u8, r16, r32, r64)
        code_written(off, size, st, dcache, raw, frame_map, r64)
        st[S.RES_VALID] = 0
        x[rd] = 0
        return True
    old = ram_read(off, size, u8, r16, r32, r64)
    if word:
        old = sext32(old)
        src = sext32(src)
    k = op - O.AMOSWAP_W if word else op - O.AMOSWAP_D    # swap add xor and or min max minu maxu
    if k == 0:
        new = src
    elif k == 1:
        new = old + src
    elif k == 2:
        new = old ^ src
    elif k == 3:
        new = old & src
    elif k == 4:
        new = old | src
    elif k == 5:
        new = old if old < src else src
    elif k == 6:
        new = old if old > src else src
    elif k == 7:
        new = old if ult(old, src) else src
    else:
        new = src if ult(old, src) else old
    ram_write(off, size, new, u8, r16, r32, r64)
    code_written(off, size, st, dcache, raw, frame_map, r64)
    x[rd] = old
    return True


@njit(cache=True, _nrt=False)
def csr_op(op, rd, rs1, raw, x, st, cyc, n, cost):
    """Zicsr in U-mode: only the read-only user counters exist.  Returns ok (False: illegal)."""
    csr = (raw >> 20) & 0xFFF
    writes = op == O.CSRRW or op == O.CSRRWI or rs1 != 0
    if writes:
        return False
    if csr == 0xC00:
        v = cyc
    elif csr == 0xC01:
        v = cyc // cost[S.COST_TIMEBASE]
    elif csr == 0xC02:
        v = st[S.INSTRET] + n
    elif HPM_FIRST <= csr <= HPM_LAST:
        v = 0
    else:
        return False
    x[rd] = v
    return True


@njit(cache=True, _nrt=False)
def walk_reads(mmu):
    return mmu[M.STAT_WALK_READS] + mmu[M.STAT_WALK_READS + 1] + mmu[M.STAT_WALK_READS + 2]


@njit(cache=True, _nrt=False)
def flush_fetch_hits(mmu, slot, level, count):
    """Hand `count` batched fetch hits on ITLB entry `slot` to the MMU (exactly as translate)."""
    if count > 0 and slot >= 0:
        mmu[M.CLOCK] += count - 1
        mmu[M.STAT_HITS + level * M.NACCESS + M.FETCH] += count - 1
        tlb_touch(mmu, slot, M.FETCH, level)


# --- the run loop ---------------------------------------------------------------------------------

@njit(cache=True, boundscheck=False, _nrt=False)
def run(hart, mmu, u8, code, tables, budget):
    """Execute up to `budget` instructions; return st[CAUSE] (scause, or STOP_BUDGET)."""
    x = hart[S.X_BASE:S.X_BASE + S.X_SIZE]
    st = hart[S.ST_BASE:S.ST_BASE + S.ST_SIZE]
    uc = hart[S.UC_BASE:S.UC_BASE + S.UC_SIZE]
    r8 = u8.view(np.int8)
    r16 = u8.view(np.int16)
    r32 = u8.view(np.int32)
    r64 = u8.view(np.int64)
    dcache = code[S.C_DCACHE:S.C_RAW]
    raw = code[S.C_RAW:S.C_POOL]
    pool = code[S.C_POOL:S.C_FMAP]
    frame_map = code[S.C_FMAP:]
    lut = tables[S.T_LUT:S.T_RVC]
    rvc = tables[S.T_RVC:S.T_COST]
    cost = tables[S.T_COST:S.T_CANDS]
    cands = tables[S.T_CANDS:]
    hart[S.ST_BASE + S.EPOCH] += 1
    epoch = hart[S.ST_BASE + S.EPOCH]
    fast = hart[S.ST_BASE + S.FAST] != 0
    pc = hart[S.ST_BASE + S.PC]
    n = 0
    hart[S.ST_BASE + S.WALK0] = walk_reads(mmu)
    cw = tables[S.T_COST + S.COST_WALK]
    cyc = hart[S.ST_BASE + S.CYCLES]
    taken = tables[S.T_COST + S.COST_TAKEN]
    hart[S.ST_BASE + S.F_VPN] = NOPAGE  # fetch-page cache: virtual page of pc, or NOPAGE
    hart[S.ST_BASE + S.F_BASE] = 0  # RAM offset of that page
    dbase = 0                       # first decoded slot of its frame
    hart[S.ST_BASE + S.F_KBASE] = 0  # dbase - ((pc >> 12) << 11): pc's slot is (pc >> 1) + this
    hart[S.ST_BASE + S.F_SLOT] = -1  # ITLB entry and level serving it
    hart[S.ST_BASE + S.F_LEVEL] = 0
    hart[S.ST_BASE + S.F_N0] = 0    # n at its translated fetch: the page's later fetches are
                                    # hits the ITLB would count, handed over in one batch
    cause = S.STOP_BUDGET
    tval = 0
    uc_sync(mmu, hart)
    if not fast:
        for i in range(S.UC_N):
            hart[S.UC_BASE + S.UC_LTAG + i] = S.UC_EMPTY
            hart[S.UC_BASE + S.UC_STAG + i] = S.UC_EMPTY
    if (pc & 1) != 0 and budget > 0:
        # only Python can set an odd pc (jumps clear bit 0, offsets are even)
        cause = 0                   # instruction address misaligned
        tval = pc
        budget = 0
    while n < budget:
        # ---- fetch ---------------------------------------------------------------------------
        poff = pc & 0xFFF
        if unlikely((pc >> 12) != hart[S.ST_BASE + S.F_VPN]):
            flush_fetch_hits(mmu, hart[S.ST_BASE + S.F_SLOT], hart[S.ST_BASE + S.F_LEVEL],
                             n - hart[S.ST_BASE + S.F_N0] - 1)
            hart[S.ST_BASE + S.F_N0] = n
            hart[S.ST_BASE + S.F_SLOT] = -1
            off, fslot, flevel, fallow = uc_translate_call(pc, M.FETCH, hart, mmu, r64)
            if off < 0:
                cause = fault_cause(off, M.FETCH)
                tval = pc
                break
            fbase = off - poff
            hart[S.ST_BASE + S.F_BASE] = fbase
            if fast:
                frame = fbase >> 12
                p = frame_map[frame] - 1
                if p >= 0:
                    if pool[2 * p + 1] != epoch:
                        frame_check(p, frame, st, dcache, raw, pool, r64)
                    dbase = p * S.SLOTS_PER_PAGE
                else:
                    dbase = pool_alloc(frame, st, uc, dcache, raw, pool, frame_map, r64)
                if ((fallow >> M.FETCH) & 1) != 0:      # (allow is 0 when nothing may be cached)
                    hart[S.ST_BASE + S.F_VPN] = pc >> 12
                    hart[S.ST_BASE + S.F_SLOT] = fslot
                    hart[S.ST_BASE + S.F_LEVEL] = flevel
                else:
                    hart[S.ST_BASE + S.F_VPN] = NOPAGE
            else:
                dbase = S.SCRATCH_PAGE * S.SLOTS_PER_PAGE
            # slot of pc = dbase + (poff >> 1) = (pc >> 1) + kbase: one operation less on the
            # path from one instruction's slot to the next's
            hart[S.ST_BASE + S.F_KBASE] = dbase - ((pc >> 12) << 11)
        si = np.uint64((pc >> 1) + hart[S.ST_BASE + S.F_KBASE])         # (reference mode: the scratch page, all 0)
        d = code[si]
        if unlikely(d == 0):
            fbase = hart[S.ST_BASE + S.F_BASE]
            h = np.int64(r16[np.uint64((fbase + poff) >> 1)]) & 0xFFFF
            if (h & 3) != 3:
                d = decode_any(h, h & 0, lut, cands, rvc)    # (an int64 0: a literal 0
                                                              # would compile a second copy)
                if fast:
                    code[si] = d
            elif poff != 0xFFE:
                h2 = np.int64(r16[(fbase + poff + 2) >> 1]) & 0xFFFF
                d = decode_any(h, h2, lut, cands, rvc)
                if fast:
                    code[si] = d
            else:
                # a 32-bit instruction straddling two pages: fetch the upper half separately
                flush_fetch_hits(mmu, hart[S.ST_BASE + S.F_SLOT], hart[S.ST_BASE + S.F_LEVEL],
                                 n - hart[S.ST_BASE + S.F_N0])
                hart[S.ST_BASE + S.F_VPN] = NOPAGE
                hart[S.ST_BASE + S.F_SLOT] = -1
                off2, _, _, _ = uc_translate_call(pc + 2, M.FETCH, hart, mmu, r64)
                if off2 < 0:
                    cause = fault_cause(off2, M.FETCH)
                    tval = pc + 2
                    break
                h2 = np.int64(r16[off2 >> 1]) & 0xFFFF
                d = decode_any(h, h2, lut, cands, rvc)
            hart[S.ST_BASE + S.DECODES] += 1
        op = d & O.OP_MASK
        rd = (d >> O.RD_SHIFT) & 63
        rs1 = (d >> O.RS1_SHIFT) & 31
        rs2 = (d >> O.RS2_SHIFT) & 31
        imm = d >> O.IMM_SHIFT
        npc = pc + ((d >> O.ILEN_SHIFT) & 6)
        cyc += tables[S.T_COST + op]     # charged here (op is dead after the switch); a trap
                                         # takes it back (instructions that trap are not charged)
        # ---- execute: one flat chain of op == K tests, which LLVM turns into a jump table ----
        if op == O.ADDI:
            hart[rd] = hart[rs1] + imm
        elif op == O.LD:
            v, ok = load_fast(hart, hart[rs1] + imm, 3, True, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.SD:
            if unlikely(not store_fast(hart, hart[rs1] + imm, 3, hart[rs2], mmu, u8, r16, r32, r64, code)):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
        elif op == O.BNE:
            if hart[rs1] != hart[rs2]:
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.BEQ:
            if hart[rs1] == hart[rs2]:
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.ADD:
            hart[rd] = hart[rs1] + hart[rs2]
        elif op == O.LW:
            v, ok = load_fast(hart, hart[rs1] + imm, 2, True, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.SW:
            if unlikely(not store_fast(hart, hart[rs1] + imm, 2, hart[rs2], mmu, u8, r16, r32, r64, code)):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
        elif op == O.JAL:
            hart[rd] = npc
            npc = pc + imm
        elif op == O.JALR:
            t = (hart[rs1] + imm) & ~1
            hart[rd] = npc
            npc = t
        elif op == O.LBU:
            v, ok = load_fast(hart, hart[rs1] + imm, 0, False, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.SB:
            if unlikely(not store_fast(hart, hart[rs1] + imm, 0, hart[rs2], mmu, u8, r16, r32, r64, code)):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
        elif op == O.BLT:
            if hart[rs1] < hart[rs2]:
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.BGE:
            if hart[rs1] >= hart[rs2]:
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.BLTU:
            if ult(hart[rs1], hart[rs2]):
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.BGEU:
            if not ult(hart[rs1], hart[rs2]):
                npc = pc + imm
                cyc += taken - tables[S.T_COST + op]
        elif op == O.SLLI:
            hart[rd] = hart[rs1] << imm
        elif op == O.SRLI:
            hart[rd] = srl64(hart[rs1], imm)
        elif op == O.SRAI:
            hart[rd] = hart[rs1] >> imm
        elif op == O.ADDIW:
            hart[rd] = sext32(hart[rs1] + imm)
        elif op == O.ANDI:
            hart[rd] = hart[rs1] & imm
        elif op == O.LUI:
            hart[rd] = imm
        elif op == O.AUIPC:
            hart[rd] = pc + imm
        elif op == O.SUB:
            hart[rd] = hart[rs1] - hart[rs2]
        elif op == O.ADDW:
            hart[rd] = sext32(hart[rs1] + hart[rs2])
        elif op == O.XOR:
            hart[rd] = hart[rs1] ^ hart[rs2]
        elif op == O.OR:
            hart[rd] = hart[rs1] | hart[rs2]
        elif op == O.AND:
            hart[rd] = hart[rs1] & hart[rs2]
        elif op == O.MUL:
            hart[rd] = hart[rs1] * hart[rs2]
        elif op == O.SLTI:
            hart[rd] = 1 if hart[rs1] < imm else 0
        elif op == O.SLTIU:
            hart[rd] = 1 if ult(hart[rs1], imm) else 0
        elif op == O.XORI:
            hart[rd] = hart[rs1] ^ imm
        elif op == O.ORI:
            hart[rd] = hart[rs1] | imm
        elif op == O.SLLIW:
            hart[rd] = sext32(hart[rs1] << (imm & 31))
        elif op == O.SRLIW:
            hart[rd] = sext32((hart[rs1] & MASK32) >> (imm & 31))
        elif op == O.SRAIW:
            hart[rd] = sext32(hart[rs1]) >> (imm & 31)
        elif op == O.SLL:
            hart[rd] = hart[rs1] << (hart[rs2] & 63)
        elif op == O.SLT:
            hart[rd] = 1 if hart[rs1] < hart[rs2] else 0
        elif op == O.SLTU:
            hart[rd] = 1 if ult(hart[rs1], hart[rs2]) else 0
        elif op == O.SRL:
            hart[rd] = srl64(hart[rs1], hart[rs2])
        elif op == O.SRA:
            hart[rd] = hart[rs1] >> (hart[rs2] & 63)
        elif op == O.SUBW:
            hart[rd] = sext32(hart[rs1] - hart[rs2])
        elif op == O.SLLW:
            hart[rd] = sext32(hart[rs1] << (hart[rs2] & 31))
        elif op == O.SRLW:
            hart[rd] = sext32((hart[rs1] & MASK32) >> (hart[rs2] & 31))
        elif op == O.SRAW:
            hart[rd] = sext32(hart[rs1]) >> (hart[rs2] & 31)
        elif op == O.MULH:
            hart[rd] = mulh(hart[rs1], hart[rs2])
        elif op == O.MULHSU:
            hart[rd] = mulhsu(hart[rs1], hart[rs2])
        elif op == O.MULHU:
            hart[rd] = mulhu(hart[rs1], hart[rs2])
        elif op == O.DIV:
            hart[rd] = div_s(hart[rs1], hart[rs2])
        elif op == O.DIVU:
            hart[rd] = div_u(hart[rs1], hart[rs2])
        elif op == O.REM:
            hart[rd] = rem_s(hart[rs1], hart[rs2])
        elif op == O.REMU:
            hart[rd] = rem_u(hart[rs1], hart[rs2])
        elif op == O.MULW:
            hart[rd] = sext32(hart[rs1] * hart[rs2])
        elif op == O.DIVW:
            hart[rd] = sext32(div_s(sext32(hart[rs1]), sext32(hart[rs2])))
        elif op == O.DIVUW:
            hart[rd] = sext32(div_u(hart[rs1] & MASK32, hart[rs2] & MASK32))
        elif op == O.REMW:
            hart[rd] = sext32(rem_s(sext32(hart[rs1]), sext32(hart[rs2])))
        elif op == O.REMUW:
            hart[rd] = sext32(rem_u(hart[rs1] & MASK32, hart[rs2] & MASK32))
        elif op == O.LB:
            v, ok = load_fast(hart, hart[rs1] + imm, 0, True, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.LH:
            v, ok = load_fast(hart, hart[rs1] + imm, 1, True, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.LHU:
            v, ok = load_fast(hart, hart[rs1] + imm, 1, False, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.LWU:
            v, ok = load_fast(hart, hart[rs1] + imm, 2, False, mmu, u8, r8, r16, r32, r64, code)
            if unlikely(not ok):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
            hart[rd] = v
        elif op == O.SH:
            if unlikely(not store_fast(hart, hart[rs1] + imm, 1, hart[rs2], mmu, u8, r16, r32, r64, code)):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
        elif O.LR_W <= op <= O.AMOMAXU_D:
            if not amo(op, rd, hart[rs1], hart[rs2], hart, mmu, u8, code):
                cyc -= tables[S.T_COST + op]
                cause = hart[S.ST_BASE + S.CAUSE]
                tval = hart[S.ST_BASE + S.TVAL]
                break
        elif op == O.FENCE or op == O.FENCE_TSO:
            pass
        elif op == O.FENCE_I:
            if fast:
                code_drop_all(frame_map, pool)
                flush_fetch_hits(mmu, hart[S.ST_BASE + S.F_SLOT], hart[S.ST_BASE + S.F_LEVEL],
                                 n - hart[S.ST_BASE + S.F_N0])
                hart[S.ST_BASE + S.F_SLOT] = -1
                hart[S.ST_BASE + S.F_VPN] = NOPAGE
        elif op == O.ECALL:
            cause = 8                # ecall and ebreak are charged (above) though they trap
            tval = 0
            break
        elif op == O.EBREAK:
            cause = 3
            tval = pc
            break
        elif O.CSRRW <= op <= O.CSRRCI:
            total = cyc + (walk_reads(mmu) - hart[S.ST_BASE + S.WALK0]) * cw
            if not csr_op(op, rd, rs1, imm, x, st, total - tables[S.T_COST + op], n, cost):
                cyc -= tables[S.T_COST + op]
                cause = 2
                tval = imm & MASK32
                break
        else:                        # S-mode instructions and ILLEGAL
            cyc -= tables[S.T_COST + op]
            cause = 2
            tval = imm & MASK32
            if (d & O.C_BIT) != 0:
                tval = imm & 0xFFFF
            break
        pc = npc
        n += 1
    # batched fetch hits: instruction n was fetched too if it trapped (cause set), not if the
    # budget ran out
    flush_fetch_hits(mmu, hart[S.ST_BASE + S.F_SLOT], hart[S.ST_BASE + S.F_LEVEL],
                     n - hart[S.ST_BASE + S.F_N0] - (1 if cause == S.STOP_BUDGET else 0))
    hart[S.ST_BASE + S.PC] = pc
    hart[S.ST_BASE + S.INSTRET] += n
    hart[S.ST_BASE + S.RAN] = n
    hart[S.ST_BASE + S.CYCLES] = cyc + (walk_reads(mmu) - hart[S.ST_BASE + S.WALK0]) * cw
    hart[S.ST_BASE + S.CAUSE] = cause
    hart[S.ST_BASE + S.TVAL] = tval
    return cause
