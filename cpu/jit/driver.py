"""The jitted driver of the block-translation engine (`--engine jit`): it runs guest code by
calling translated native code where there is some and the interpreter (`cpu/core/interp.run`)
for everything else, keeping every architectural result and every MMU statistic exactly as the
interpreter alone would (docs/jit.md explains why each rule below is needed).

* Block lookup is by the RAM offset of pc (translated code is position independent: it takes its
  virtual pc from hart[PC]), so the same frame mapped at two addresses shares its translations
  and a different process's code at the same address never runs someone else's translation.
* Fetch accounting.  Before native code runs in a page, the driver looks the page up in the ITLB
  *without side effects* (`fetch_peek`).  Only an entry that translate would hit on is used; the
  page's fetches are then handed to the MMU in one batch (`flush_fetch_hits`, as the interpreter
  does with its fetch-page cache) when pc leaves the page, before the interpreter runs, and at
  exit.  No hit: the interpreter runs the block and does the fetch translation (miss, walk,
  fill) itself.
* Data accesses in translated code use the interpreter's data micro-caches with the same inline
  hit (clock, LRU stamp, hit counter) and the interpreter's own miss paths (`load_slow`,
  `store_slow`, through the cfuncs below), so TLB fills, evictions and A/D writes are the same.
* Translated frames are kept in the interpreter's decoded-code pool; a frame in the pool never
  enters the store micro-cache, so every store to it takes `store_slow`, which drops the decoded
  slots it overlaps and counts st[CODE_DROPS].  A moved counter (after a slow store in native
  code, or after an interpreter call), a pool eviction of a translated frame, or fence.i makes
  the driver compare translated frames with the copy taken at translation and drop the changed
  ones.  Writes made from Python between runs are caught by the once-per-call comparison.
"""
import numpy as np
from llvmlite import ir
from numba import carray, cfunc, njit, types
from numba.extending import intrinsic

from pagelab.cpu.core import interp as I
from pagelab.cpu.core import layout as S
from pagelab.cpu.core import ops as O
from pagelab.mmu.core import layout as M
from pagelab.mmu.core.tlbwalk import probe

from . import layout as J

NOPAGE = 1 << 62


# --- raw pointers ------------------------------------------------------------------------------

@intrinsic
def _ptr_i64(typingctx, addr):
    if not isinstance(addr, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        return builder.inttoptr(args[0], ir.IntType(64).as_pointer())
    return types.CPointer(types.int64)(addr), codegen


@intrinsic
def _ptr_u8(typingctx, addr):
    if not isinstance(addr, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        return builder.inttoptr(args[0], ir.IntType(8).as_pointer())
    return types.CPointer(types.uint8)(addr), codegen


@intrinsic
def _call_native(typingctx, fn, ctx):
    """fn(ctx.data): call translated code at address fn with the ctx array's data pointer."""
    if not isinstance(fn, types.Integer) or not isinstance(ctx, types.Array):
        return None

    def codegen(context, builder, signature, args):
        arr = context.make_array(signature.args[1])(context, builder, args[1])
        i64 = ir.IntType(64)
        fnty = ir.FunctionType(i64, [i64.as_pointer()])
        f = builder.inttoptr(args[0], fnty.as_pointer())
        return builder.call(f, [builder.bitcast(arr.data, i64.as_pointer())])
    return types.int64(fn, ctx), codegen


# --- slow paths called from translated code --------------------------------------------------

@cfunc(types.int64(types.CPointer(types.int64), types.int64, types.int64), cache=True)

def load_slow_c(ctxp, va, size):
    """The interpreter's load miss path for native code: 1 = ok (value in ctx[C_OUT]), 0 = trap
    (st[CAUSE], st[TVAL] set)."""
    ctx = carray(ctxp, J.C_SIZE)
    hart = carray(_ptr_i64(ctx[J.C_HART]), S.HART_SIZE)
    mmu = carray(_ptr_i64(ctx[J.C_MMU]), ctx[J.C_MMU_LEN])
    u8 = carray(_ptr_u8(ctx[J.C_RAM]), ctx[J.C_RAM_LEN])
    code = carray(_ptr_i64(ctx[J.C_CODE]), ctx[J.C_CODE_LEN])
    r64 = carray(_ptr_i64(ctx[J.C_RAM]), ctx[J.C_RAM_LEN] >> 3)
    v, ok = I.load_slow(va, size, hart, mmu, u8, r64, code)
    if not ok:
        return 0
    ctx[J.C_OUT] = v
    return 1


@cfunc(types.int64(types.CPointer(types.int64), types.int64, types.int64, types.int64),
       cache=True)
def store_slow_c(ctxp, va, size, value):
    """The interpreter's store miss path for native code: 1 = ok, 0 = trap, 2 = ok, but the
    store overwrote decoded code (the caller must leave native code)."""
    ctx = carray(ctxp, J.C_SIZE)
    hart = carray(_ptr_i64(ctx[J.C_HART]), S.HART_SIZE)
    mmu = carray(_ptr_i64(ctx[J.C_MMU]), ctx[J.C_MMU_LEN])
    u8 = carray(_ptr_u8(ctx[J.C_RAM]), ctx[J.C_RAM_LEN])
    code = carray(_ptr_i64(ctx[J.C_CODE]), ctx[J.C_CODE_LEN])
    r64 = carray(_ptr_i64(ctx[J.C_RAM]), ctx[J.C_RAM_LEN] >> 3)
    drops = hart[S.ST_BASE + S.CODE_DROPS]
    if not I.store_slow(va, size, value, hart, mmu, u8, r64, code):
        return 0
    if hart[S.ST_BASE + S.CODE_DROPS] != drops:
        return 2
    return 1


# --- fetch side ---------------------------------------------------------------------------------

@njit(cache=True, _nrt=False)
def fetch_peek(mmu, va, ram_size):
    """Where translate(va, FETCH) would go if it is a TLB hit, without touching anything:
    (ok, RAM offset of the page, slot, level).  ok is False when translate would do anything
    but a plain hit (a miss, a rewalk, a fault, no TLB array for the page size)."""
    if mmu[M.CFG_MODE] == M.MODE_BARE:
        off = va - M.DRAM_BASE
        if off < 0 or off >= ram_size:
            return False, 0, -1, 0
        return True, off - (va & 0xFFF), -1, 0
    top = va >> (mmu[M.CFG_VA_BITS] - 1)
    if top != 0 and top != -1:
        return False, 0, -1, 0
    vpn_all = (va >> 12) & mmu[M.CFG_VPN_MASK]
    asid = mmu[M.CFG_ASID]
    present = mmu[M.SIZES_PRESENT + M.ITLB]
    for level in range(mmu[M.CFG_LEVELS]):
        if ((present >> level) & 1) == 0:
            continue
        e = probe(mmu, M.ITLB, level, vpn_all, asid)
        if e >= 0:
            if ((mmu[e + M.E_ALLOW] >> M.FETCH) & 1) == 0:
                return False, 0, -1, 0
            pte = mmu[e + M.E_PTE]
            page_mask = (np.int64(1) << (12 + 9 * level)) - 1
            off = ((((pte >> 10) & M.PPN_MASK) << 12) & ~page_mask) - M.DRAM_BASE \
                + (va & page_mask)
            if off < 0 or off >= ram_size:
                return False, 0, -1, 0
            return True, off - (va & 0xFFF), e, level
    return False, 0, -1, 0


@njit(cache=True, _nrt=False)
def is_stop_op(op):
    """Ops the translator does not handle, and control transfers: a block ends at them."""
    if O.BEQ <= op <= O.JALR:
        return True
    if op >= O.LR_W and op != O.FENCE and op != O.FENCE_TSO:
        return True
    return op == 0


@njit(cache=True, _nrt=False)
def block_len(off, u8, tables):
    """Instructions from RAM offset off to the first control transfer or unsupported
    instruction (inclusive) within the page, at most 64: what the interpreter runs per call."""
    lut = tables[S.T_LUT:S.T_RVC]
    rvc = tables[S.T_RVC:S.T_COST]
    cands = tables[S.T_CANDS:]
    n = 0
    poff = off & 0xFFF
    while n < 64 and poff < 4096:
        h = np.int64(u8[off]) | (np.int64(u8[off + 1]) << 8)
        if (h & 3) == 3:
            if poff > 4092:
                return n + 1
            h2 = np.int64(u8[off + 2]) | (np.int64(u8[off + 3]) << 8)
            d = I.decode_any(h, h2, lut, cands, rvc)
        else:
            d = I.decode_any(h, 0, lut, cands, rvc)
        n += 1
        if is_stop_op(d & O.OP_MASK):
            return n
        ln = (d >> O.ILEN_SHIFT) & 6
        off += ln
        poff += ln
    return n


# --- block table and jit pages ---------------------------------------------------------------

@njit(cache=True, _nrt=False)
def h_find(jit, key):
    """Index in jit of the hash entry for RAM offset key (inserted cold if absent); -1 if full."""
    k = key + 1
    i = (key * 0x9E3779B1 >> 4) & (J.H_SIZE - 1)
    for _ in range(J.H_SIZE):
        e = J.J_HASH + i * J.H_WORDS
        if jit[e + J.H_KEY] == k:
            return e
        if jit[e + J.H_KEY] == 0:
            if jit[J.J_NBLOCKS] >= J.H_SIZE * 3 // 4:
                return -1
            jit[e + J.H_KEY] = k
            jit[e + J.H_COUNT] = 0
            jit[e + J.H_STATE] = J.B_COLD
            jit[e + J.H_FN] = 0
            jit[e + J.H_JP] = -1
            jit[e + J.H_LEN] = 0
            jit[J.J_NBLOCKS] += 1
            return e
        i = (i + 1) & (J.H_SIZE - 1)
    return -1


@njit(cache=True, _nrt=False)
def drop_page(jit, jp):
    """Forget the translations of jit page jp (its blocks start counting again)."""
    for i in range(J.H_SIZE):
        e = J.J_HASH + i * J.H_WORDS
        if jit[e + J.H_KEY] != 0 and jit[e + J.H_JP] == jp:
            jit[e + J.H_STATE] = J.B_COLD
            jit[e + J.H_COUNT] = 0
            jit[e + J.H_FN] = 0
            jit[e + J.H_JP] = -1
            jit[e + J.H_LEN] = 0
    b = J.J_PAGES + jp * J.JP_WORDS
    jit[b + J.JP_FRAME] = -1
    jit[b + J.JP_MARK:b + J.JP_MARK + S.SLOTS_PER_PAGE] = 0
    t = J.J_JTAB + jp * J.JT_WORDS
    jit[t:t + J.JT_WORDS] = 0
    jit[J.J_INVALIDATIONS] += 1


@njit(cache=True, _nrt=False)
def reset_table(jit):
    """The block table is full: forget every block and translation (they are found again)."""
    jit[J.J_HASH:J.J_HASH + J.H_SIZE * J.H_WORDS] = 0
    jit[J.J_JTAB:J.J_JTAB + J.JP_MAX * J.JT_WORDS] = 0
    for jp in range(jit[J.J_NPAGES]):
        b = J.J_PAGES + jp * J.JP_WORDS
        jit[b + J.JP_FRAME] = -1
        jit[b + J.JP_MARK:b + J.JP_MARK + S.SLOTS_PER_PAGE] = 0
    jit[J.J_NPAGES] = 0
    jit[J.J_NBLOCKS] = 0
    jit[J.J_NREQ] = 0
    jit[J.J_RESETS] += 1


@njit(cache=True, _nrt=False)
def drop_all(jit):
    for jp in range(jit[J.J_NPAGES]):
        if jit[J.J_PAGES + jp * J.JP_WORDS + J.JP_FRAME] >= 0:
            drop_page(jit, jp)


@njit(cache=True, _nrt=False)
def page_same(jit, jp, r64):
    """True when jit page jp's frame still holds the bytes it was translated from."""
    b = J.J_PAGES + jp * J.JP_WORDS
    f = jit[b + J.JP_FRAME] * 512
    for i in range(512):
        if jit[b + J.JP_RAW + i] != r64[f + i]:
            return False
    return True


@njit(cache=True, _nrt=False)
def decode_at(off, u8, tables):
    """The packed slot of the instruction at RAM offset off (0 if it straddles the page end)."""
    h = np.int64(u8[off]) | (np.int64(u8[off + 1]) << 8)
    if (h & 3) == 3:
        if (off & 0xFFF) > 4092:
            return np.int64(0)
        h2 = np.int64(u8[off + 2]) | (np.int64(u8[off + 3]) << 8)
        return I.decode_any(h, h2, tables[S.T_LUT:S.T_RVC], tables[S.T_CANDS:],
                            tables[S.T_RVC:S.T_COST])
    return I.decode_any(h, 0, tables[S.T_LUT:S.T_RVC], tables[S.T_CANDS:],
                        tables[S.T_RVC:S.T_COST])


@njit(cache=True, _nrt=False)
def restore_slots(jit, jp, code, u8, tables):
    """Give every translated instruction of jit page jp its decoded slot in the interpreter's
    pool again (a store of unchanged bytes, or one next to it, may have dropped it), so that
    the next store to it moves st[CODE_DROPS] -- the invariant invalidation relies on."""
    b = J.J_PAGES + jp * J.JP_WORDS
    f = jit[b + J.JP_FRAME]
    p = code[S.C_FMAP + f] - 1
    if p < 0:
        return
    base = S.C_DCACHE + p * S.SLOTS_PER_PAGE
    for i in range(S.SLOTS_PER_PAGE):
        if jit[b + J.JP_MARK + i] != 0 and code[base + i] == 0:
            code[base + i] = decode_at(f * 4096 + 2 * i, u8, tables)


@njit(cache=True, _nrt=False)
def verify_pages(jit, code, u8, tables, pool_too, bytes_too):
    """Drop jit pages whose frame left the interpreter's pool (pool_too) or whose bytes changed
    (bytes_too; the unchanged ones get their decoded slots back)."""
    r64 = u8.view(np.int64)
    for jp in range(jit[J.J_NPAGES]):
        b = J.J_PAGES + jp * J.JP_WORDS
        f = jit[b + J.JP_FRAME]
        if f < 0:
            continue
        if pool_too and code[S.C_FMAP + f] == 0:
            drop_page(jit, jp)
        elif bytes_too:
            if page_same(jit, jp, r64):
                restore_slots(jit, jp, code, u8, tables)
            else:
                drop_page(jit, jp)


@njit(cache=True, _nrt=False)
def note_interp_counters(jit, hart):
    jit[J.J_POOL_NEXT] = hart[S.ST_BASE + S.POOL_NEXT]
    jit[J.J_DROPS] = hart[S.ST_BASE + S.CODE_DROPS]
    jit[J.J_STALE] = hart[S.ST_BASE + S.FRAME_STALE]


@njit(cache=True, _nrt=False)
def after_interp(jit, hart, code, u8, tables):
    """After the interpreter ran: react to fence.i / pool evictions / code writes it made."""
    st = S.ST_BASE
    if jit[J.J_NPAGES] > 0:
        written = (hart[st + S.CODE_DROPS] != jit[J.J_DROPS]
                   or hart[st + S.FRAME_STALE] != jit[J.J_STALE])
        # fence.i empties the pool without moving POOL_NEXT: the membership test is cheap
        verify_pages(jit, code, u8, tables, True, written)
    note_interp_counters(jit, hart)


# --- the driver ------------------------------------------------------------------------------

@njit(cache=True, boundscheck=False, _nrt=False)
def drive(hart, mmu, u8, code, tables, budget, jit, ctx):
    """Run up to `budget` instructions (interp.run's contract: st[PC], st[RAN], st[CAUSE],
    st[TVAL], instret and cycles as it leaves them).  Returns the stop cause, STOP_BUDGET, or
    STOP_TRANSLATE (-2): translation requests are queued in jit[J_REQ..] and the caller
    should translate them and call again with the budget left (st[RAN] holds what ran)."""
    r64 = u8.view(np.int64)
    ram_size = u8.shape[0]
    st = S.ST_BASE
    epoch = jit[J.J_EPOCH] + 1
    jit[J.J_EPOCH] = epoch
    threshold = jit[J.J_THRESHOLD]
    enabled = jit[J.J_ENABLED] != 0 and hart[st + S.FAST] != 0
    cw = tables[S.T_COST + S.COST_WALK]
    I.uc_sync(mmu, hart)
    if jit[J.J_NPAGES] > 0:
        verify_pages(jit, code, u8, tables, True, False)
    note_interp_counters(jit, hart)
    total = 0
    cause = S.STOP_BUDGET
    tval = 0
    cur_vpn = NOPAGE
    cur_base = 0
    cur_slot = -1
    cur_level = 0
    pend = 0
    req_at = 0
    while total < budget:
        pc = hart[st + S.PC]
        left = budget - total
        fn = 0
        # no block known at pc: the interpreter runs a few instructions (the driver then sees
        # pc again); engine off: everything
        run_len = 16 if enabled else left
        if enabled and (pc & 1) == 0:
            if (pc >> 12) != cur_vpn:
                I.flush_fetch_hits(mmu, cur_slot, cur_level, pend)
                pend = 0
                cur_vpn = NOPAGE
                cur_slot = -1
                ok, fbase, fslot, flevel = fetch_peek(mmu, pc, ram_size)
                if ok:
                    cur_vpn = pc >> 12
                    cur_base = fbase
                    cur_slot = fslot
                    cur_level = flevel
            if (pc >> 12) == cur_vpn:
                off = cur_base + (pc & 0xFFF)
                e = h_find(jit, off)
                if e < 0:
                    reset_table(jit)
                    e = h_find(jit, off)
                if e >= 0:
                    state = jit[e + J.H_STATE]
                    if state == J.B_NATIVE:
                        jp = jit[e + J.H_JP]
                        pb = J.J_PAGES + jp * J.JP_WORDS
                        if jit[pb + J.JP_EPOCH] != epoch:
                            jit[pb + J.JP_EPOCH] = epoch
                            if not page_same(jit, jp, r64):
                                drop_page(jit, jp)
                        if jit[e + J.H_STATE] == J.B_NATIVE:
                            fn = jit[e + J.H_FN]
                            ctx[J.C_JTAB] = ctx[J.C_JIT] + 8 * (J.J_JTAB + jp * J.JT_WORDS)
                    elif state == J.B_COLD:
                        c = jit[e + J.H_COUNT] + 1
                        jit[e + J.H_COUNT] = c
                        if c > threshold and jit[J.J_NREQ] < J.REQ_MAX:
                            jit[e + J.H_STATE] = J.B_REQUESTED
                            n = jit[J.J_NREQ]
                            jit[J.J_REQ + 2 * n] = off
                            jit[J.J_REQ + 2 * n + 1] = pc
                            jit[J.J_NREQ] = n + 1
                            if n == 0:
                                req_at = total
                    if fn == 0:
                        if jit[e + J.H_LEN] == 0:
                            jit[e + J.H_LEN] = block_len(off, u8, tables)
                        run_len = jit[e + J.H_LEN]
                if jit[J.J_NREQ] > 0 and (jit[J.J_NREQ] >= J.REQ_MAX or threshold == 0
                                          or total - req_at >= J.REQ_DELAY):
                    cause = -2          # translate the batch (the caller calls again)
                    break
        if fn != 0:
            ctx[J.C_BUDGET] = left
            ctx[J.C_RET] = 0
            w0 = I.walk_reads(mmu)
            r = _call_native(fn, ctx)
            k = ctx[J.C_RET]
            hart[st + S.CYCLES] += (I.walk_reads(mmu) - w0) * cw
            total += k
            pend += k
            jit[J.J_NATIVE] += k
            jit[J.J_CALLS] += 1
            if r == J.R_TRAP:
                pend += 1               # the trapping instruction was fetched too
                cause = hart[st + S.CAUSE]
                tval = hart[st + S.TVAL]
                break
            if r == J.R_CODE:
                verify_pages(jit, code, u8, tables, True, True)
                note_interp_counters(jit, hart)
            if k > 0 or r == J.R_CODE:
                continue
        # the interpreter runs the block at pc (or what is left of the budget)
        I.flush_fetch_hits(mmu, cur_slot, cur_level, pend)
        pend = 0
        cur_vpn = NOPAGE
        cur_slot = -1
        c = I.run(hart, mmu, u8, code, tables, min(run_len, left))
        ran = hart[st + S.RAN]
        total += ran
        jit[J.J_INTERP] += ran
        after_interp(jit, hart, code, u8, tables)
        if c != S.STOP_BUDGET:
            cause = c
            tval = hart[st + S.TVAL]
            break
    I.flush_fetch_hits(mmu, cur_slot, cur_level, pend)
    hart[st + S.RAN] = total
    hart[st + S.CAUSE] = cause
    hart[st + S.TVAL] = tval
    return cause
