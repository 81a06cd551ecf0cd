"""The jitted MMU: page-table walker (Sv39/Sv48/Sv57) and the modelled TLB.

Spec: RISC-V privileged architecture, "Supervisor-Level ISA" chapter, sections "Sv39/Sv48/Sv57"
and "Virtual Address Translation Process" (version 20211203 and later), with Svadu / Svade for
the A and D bits.  All state is the int64 array `mmu` (offsets in layout.py); RAM is `ram64`, an
int64 view of the machine's uint8 RAM: the PTE at physical address pa is
ram64[(pa - DRAM_BASE) >> 3], and the RAM size in bytes is ram64.shape[0] * 8.

CONTRACT FOR THE CPU CORE (everything here is @njit(cache=True); call it from jitted code)
-------------------------------------------------------------------------------------------
  off = translate(mmu, ram64, va, access)        access: 0 LOAD, 1 STORE (also AMO/SC), 2 FETCH
      off >= 0: the RAM offset (pa - DRAM_BASE) of byte `va`.
      off == -1: page fault  -> scause 13 / 15 / 12 for LOAD / STORE / FETCH, stval = va.
      off == -2: access fault -> scause 5 / 7 / 1, stval = va.
      mmu[OUT_REASON] says why (REASON_* in layout.py).  Statistics and the TLB are updated
      exactly as the modelled hardware would.  The caller checks alignment and page crossing
      itself (translate looks at one byte); RAM size must be a multiple of 4 KiB.

  Micro-cache (optional, invisible): after translate returned off >= 0, the CPU may remember
      window [mmu[OUT_VA_LO], mmu[OUT_VA_HI]) -> RAM offset mmu[OUT_RAM_LO] + (va - OUT_VA_LO),
      for the access types whose bit is set in mmu[OUT_ALLOW] (bit 0 LOAD, 1 STORE, 2 FETCH),
      together with slot = mmu[OUT_SLOT], level = mmu[OUT_LEVEL] and gen = mmu[GEN].
      An empty window (LO == HI) must not be cached (e.g. a page size with no TLB array).
      On each later access it serves from that window it MUST call
          tlb_touch(mmu, slot, access, level)
      so that hit counters and LRU stamps are exactly those of translate.  Every cached window
      is void as soon as mmu[GEN] differs from the gen saved with it (GEN changes on evictions,
      overlap drops, flushes, satp writes and privilege changes; a fill into a free way does
      not change GEN).  A narrower key is also exact, e.g. one 4 KiB page per micro-cache line.

  off, slot, level, allow, evicted = translate_cpu(mmu, ram64, va, access)
      The same translation with its outputs in registers instead of mmu[OUT_*] (the CPU's
      miss path).  The one difference: evicting a valid 4 KiB entry does not move GEN; instead
      `evicted` is that entry's tag (VPN), and the new entry sits in the same `slot`.  A caller
      with micro-cache lines keyed by 4 KiB page must drop the line of page `evicted` if it
      uses `slot` (only that line can).  Every other GEN change is as for translate.

  set_satp(mmu, satp) -> 1 if accepted, 0 if MODE is unsupported (then the write has no effect).
      Does not flush (the spec's rule); it changes the current ASID and root, and bumps GEN.
  tlb_flush(mmu, va, asid, use_va, use_asid): sfence.vma.  use_va=0,use_asid=0: everything;
      use_asid only: that ASID's non-global entries; use_va only: entries covering va in every
      ASID, globals included; both: entries covering va in that ASID, globals kept.  A
      non-canonical va flushes nothing.  Counts one flush; bumps GEN.
  set_priv(mmu, priv, sum, mxr): privilege (PRIV_U / PRIV_S) and sstatus.SUM / MXR used by the
      permission check; recomputes cached permissions; bumps GEN.
  walk_only(mmu, ram64, va, access) -> pa >= 0, or -1 / -2: a side-effect-free walk for the
      kernel and tools (no TLB, no A/D writes, no statistics); results in mmu[WALK_*].

Only arrays whose bit is set in mmu[SIZES_PRESENT + tlb] are probed: a fill sets the bit,
a flush that scans every entry recomputes it (an empty array cannot match, so skipping it
changes nothing but the time a miss takes).

TLB model (spec section "Virtual Address Translation Process", emulator model): an ITLB (fetches)
and a DTLB (loads and stores), each with one array per page size.  Entries hold only successful
leaf translations, tagged (VPN at that level, ASID, global).  A lookup probes the arrays of every
level the mode has; at most one entry can match (a fill drops overlapping entries first).  A
match that lacks the permission, A, or (for a store) D is walked again and counted as a miss;
only if that walk also fails does the access fault, so a stale entry keeps being used until
sfence.vma, as on real hardware.  Misses are counted per page size of the leaf the walk found;
a walk that faults is counted in STAT_FAULT_WALKS instead.  A leaf whose page lies outside RAM
is a successful walk (it is cached, like any translation); the access itself then gets the
access fault, on this and every later hit (the physical-memory check follows translation).

Python-side changes (Mmu.flush / configure / set_priv / restore) move GEN too, so a CPU that
keeps micro-cache lines across run() calls re-checks GEN before using them.

XXX numba caches per source file: the CPU core inlines tlb_touch and compiles against the
offsets in layout.py, so after editing this file or layout.py, clear the CPU core's cache too.
"""
import numpy as np
from numba import njit

from .layout import (
    ASID_MASK, CFG_ASID, CFG_LEVELS, CFG_MODE, CFG_MXR, CFG_PRIV, CFG_ROOT_PA, CFG_SATP,
    CFG_SUM, CFG_SVADE, CFG_VA_BITS, CFG_VPN_MASK, CLOCK, DRAM_BASE, DTLB, E_ALLOW, E_ASID,
    E_FILLED, E_GLOBAL, E_PTE, E_PTE_PA, E_TAG, E_USED, ESIZE, FETCH, GEN, ITLB, LOAD,
    MODE_BARE, MODE_SV39, MODE_SV57, NACCESS, NSIZE, NSTRUCT, OUT_ALLOW, OUT_LEVEL, OUT_RAM_LO,
    OUT_REASON, OUT_SLOT, OUT_VA_HI, OUT_VA_LO, POLICY_FIFO, POLICY_LRU, PPN_MASK, PRIV_U,
    PTE_A, PTE_D, PTE_G, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, REASON_A_CLEAR, REASON_D_CLEAR,
    REASON_INVALID, REASON_MISALIGNED, REASON_NO_LEAF, REASON_NONCANONICAL,
    REASON_NONLEAF_BITS, REASON_OK, REASON_PA_ACCESS, REASON_PERMISSION, REASON_PTE_ACCESS,
    REASON_RESERVED_BITS, REASON_RESERVED_RWX, SD_BASE, SD_ENTRIES, SD_FIRST, SD_POLICY,
    SD_RNG, SD_SET_MASK, SD_SIZE, SIZES_PRESENT, SD_WAY_WORDS, SD_WAYS, STAT_ACCESS_FAULTS, STAT_AD_FAULTS,
    STAT_AD_WRITES, STAT_EVICTIONS, STAT_FAULT_WALKS, STAT_FILLS, STAT_FLUSHED, STAT_FLUSHES,
    STAT_HITS, STAT_MISSES, STAT_PAGE_FAULTS, STAT_REFILL_DROPS, STAT_REWALKS,
    STAT_WALK_READS, STORE, WALK_GLOBAL, WALK_LEVEL, WALK_PA, WALK_PTE, WALK_PTE_PA,
    WALK_READS, WALK_REASON, WC_BASE, WC_GLOBAL, WC_KEY, WC_LAST_PA, WC_LEVELS, WC_N, WC_OFF,
    WC_PTE, WC_ROOT, WC_SIZE, WC_TABLE,
)

# Access bits a DTLB / ITLB entry can ever serve.
_TLB_ACCESS_MASK_D = (1 << LOAD) | (1 << STORE)
_TLB_ACCESS_MASK_I = 1 << FETCH


# --- permissions --------------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def permitted(pte, access, priv, sum_, mxr):
    """Spec "leaf permission check": U bit against privilege, then R / W / X for the access.

    U-mode needs U = 1.  S-mode may not fetch from a U page and may load/store one only with
    SUM.  A load needs R, or X when MXR is set; a store needs W; a fetch needs X.
    """
    if priv == PRIV_U:
        if (pte & PTE_U) == 0:
            return False
    elif (pte & PTE_U) != 0:
        if access == FETCH or sum_ == 0:
            return False
    if access == LOAD:
        return (pte & PTE_R) != 0 or (mxr != 0 and (pte & PTE_X) != 0)
    if access == STORE:
        return (pte & PTE_W) != 0
    return (pte & PTE_X) != 0


@njit(cache=True, _nrt=False, forceinline=True)
def allow_bits(mmu, pte, tlb):
    """Access bits a cached leaf may serve without a walk: permitted, A set, D set for stores."""
    priv = mmu[CFG_PRIV]
    sum_ = mmu[CFG_SUM]
    mxr = mmu[CFG_MXR]
    bits = 0
    if (pte & PTE_A) == 0:
        return 0
    if tlb == DTLB:
        if permitted(pte, LOAD, priv, sum_, mxr):
            bits |= 1 << LOAD
        if (pte & PTE_D) != 0 and permitted(pte, STORE, priv, sum_, mxr):
            bits |= 1 << STORE
    else:
        if permitted(pte, FETCH, priv, sum_, mxr):
            bits |= 1 << FETCH
    return bits


# --- the walker -----------------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def _walk(mmu, ram64, va, access, modelled):
    """The walker proper; returns (reason, pte, pte_pa, level, global, reads, pa) in locals.

    pte/pte_pa/level are the last PTE read (pte_pa -1 when none was read), global is 1 when G
    was set on the way, pa is -1 unless the walk succeeded.  See `walk` for `modelled`.

    Walk cache (host-side, layout.py WC_*): the upper-level PTEs of the last complete walk
    through this 2 MiB region.  When the PTEs at those RAM words still hold the same values,
    the walk from the root would read exactly them and take the same path (each step depends
    only on the PTE value, its level and the address), so it starts at level 0 instead; the
    reads it skipped are counted as made.  The check is a few independent loads, where the
    walk is a chain of dependent ones.  Any difference: the ordinary walk from the root.
    """
    ram_size = ram64.shape[0] * 8
    levels = mmu[CFG_LEVELS]
    level = levels - 1
    root = mmu[CFG_ROOT_PA]
    table_pa = root
    vpn_all = (va >> 12) & mmu[CFG_VPN_MASK]
    global_bit = 0
    reads = 0
    pte = 0
    pte_pa = -1
    last_pa = -1
    pa = -1
    reason = REASON_OK
    key = vpn_all >> 9
    wc = WC_BASE + (key & (WC_N - 1)) * WC_SIZE
    hit = False
    if mmu[np.uint64(wc + WC_KEY)] == key and mmu[np.uint64(wc + WC_ROOT)] == root \
            and mmu[np.uint64(wc + WC_LEVELS)] == levels:
        hit = True
        for k in range(levels - 1):
            if ram64[np.uint64(mmu[np.uint64(wc + WC_OFF + k)])] != mmu[np.uint64(wc + WC_PTE + k)]:
                hit = False
                break
    if hit:
        level = 0
        table_pa = mmu[np.uint64(wc + WC_TABLE)]
        global_bit = mmu[np.uint64(wc + WC_GLOBAL)]
        reads = levels - 1
        last_pa = mmu[np.uint64(wc + WC_LAST_PA)]
        pte = mmu[np.uint64(wc + WC_PTE)]      # the level-1 PTE: the last one read so far
    else:
        mmu[np.uint64(wc + WC_KEY)] = -1       # refilled below if this walk reaches level 0
    while True:
        pte_pa = table_pa + ((vpn_all >> (9 * level)) & 511) * 8
        offset = pte_pa - DRAM_BASE
        if offset < 0 or offset + 8 > ram_size:
            reason = REASON_PTE_ACCESS          # the spec's PMA check on the implicit read
            pte_pa = last_pa                    # (the last PTE actually read)
            break
        pte = ram64[np.uint64(offset >> 3)]
        reads += 1
        last_pa = pte_pa
        if (pte & PTE_V) == 0:
            reason = REASON_INVALID
            break
        if (pte & (PTE_R | PTE_W)) == PTE_W:
            reason = REASON_RESERVED_RWX
            break
        if ((pte >> 54) & 0x3FF) != 0:         # N, PBMT, reserved 60:54 (no Svnapot/Svpbmt)
            reason = REASON_RESERVED_BITS
            break
        global_bit |= pte & PTE_G
        if (pte & (PTE_R | PTE_X)) == 0:       # pointer to the next table
            if (pte & (PTE_D | PTE_A | PTE_U)) != 0:
                reason = REASON_NONLEAF_BITS   # reserved in non-leaf PTEs; Spike faults too
                break
            if level == 0:
                reason = REASON_NO_LEAF
                break
            table_pa = ((pte >> 10) & PPN_MASK) << 12
            mmu[np.uint64(wc + WC_PTE + (level - 1))] = pte      # the path, for the walk cache
            mmu[np.uint64(wc + WC_OFF + (level - 1))] = offset >> 3
            if level == 1:
                mmu[np.uint64(wc + WC_TABLE)] = table_pa
                mmu[np.uint64(wc + WC_GLOBAL)] = global_bit
                mmu[np.uint64(wc + WC_LAST_PA)] = pte_pa
                mmu[np.uint64(wc + WC_ROOT)] = root
                mmu[np.uint64(wc + WC_LEVELS)] = levels
                mmu[np.uint64(wc + WC_KEY)] = key
            level -= 1
            continue
        # A leaf at `level`.
        if not permitted(pte, access, mmu[CFG_PRIV], mmu[CFG_SUM], mmu[CFG_MXR]):
            reason = REASON_PERMISSION
            break
        ppn = (pte >> 10) & PPN_MASK
        if (ppn & ((1 << (9 * level)) - 1)) != 0:
            reason = REASON_MISALIGNED
            break
        need = PTE_A
        if access == STORE:
            need |= PTE_D
        if (pte & need) != need:
            if mmu[CFG_SVADE] != 0:
                reason = REASON_A_CLEAR if (pte & PTE_A) == 0 else REASON_D_CLEAR
                if modelled != 0:
                    mmu[STAT_AD_FAULTS] += 1
                break
            if modelled != 0:                 # Svadu: the walker sets the bits itself
                pte |= need
                ram64[np.uint64(offset >> 3)] = pte
                mmu[STAT_AD_WRITES] += 1
        page_mask = (1 << (12 + 9 * level)) - 1
        pa = ((ppn << 12) & ~page_mask) | (va & page_mask)
        break
    return reason, pte, pte_pa, level, 1 if global_bit != 0 else 0, reads, pa


@njit(cache=True, _nrt=False)
def walk(mmu, ram64, va, access, modelled):
    """Walk the page table for `va` (assumed canonical); return a REASON_* code.

    Fills mmu[WALK_*]: the last PTE read and its address and level, the effective global bit,
    the physical address on success, and the number of PTE reads.  With modelled = 1 this is
    the hardware walker: under Svadu it writes A (and D for a store) back into the PTE in RAM;
    under Svade a clear A/D is a fault.  With modelled = 0 nothing is written anywhere except
    mmu[WALK_*] (a clear A/D under Svadu then still counts as success: hardware would set it).
    (translate uses the same walker with its results kept in registers, not in mmu[WALK_*].)
    """
    reason, pte, pte_pa, level, global_bit, reads, pa = _walk(mmu, ram64, va, access, modelled)
    mmu[WALK_PTE] = pte
    mmu[WALK_PTE_PA] = pte_pa
    mmu[WALK_LEVEL] = level
    mmu[WALK_PA] = pa
    mmu[WALK_GLOBAL] = global_bit
    mmu[WALK_READS] = reads
    mmu[WALK_REASON] = reason
    return reason


# --- TLB probe, touch, fill -------------------------------------------------------------------

@njit(cache=True, inline='always', _nrt=False)
def probe(mmu, tlb, level, vpn_all, asid):
    """Index in mmu of the entry of (tlb, level) matching the VPN and ASID, or -1."""
    sd = SD_BASE + (tlb * NSIZE + level) * SD_SIZE
    if mmu[np.uint64(sd + SD_ENTRIES)] == 0:
        return -1
    tag = vpn_all >> (9 * level)
    e = mmu[np.uint64(sd + SD_FIRST)] + (tag & mmu[np.uint64(sd + SD_SET_MASK)]) * mmu[np.uint64(sd + SD_WAY_WORDS)]
    end = e + mmu[np.uint64(sd + SD_WAY_WORDS)]
    while e < end:
        if mmu[np.uint64(e + E_TAG)] == tag and (mmu[np.uint64(e + E_ASID)] == asid or mmu[np.uint64(e + E_GLOBAL)] != 0):
            return e
        e += ESIZE
    return -1


@njit(cache=True, inline='always', _nrt=False)
def tlb_touch(mmu, slot, access, level):
    """Record a TLB hit on entry `slot` exactly as translate does: hit counter, LRU stamp.

    `slot` and `level` are mmu[OUT_SLOT] and mmu[OUT_LEVEL] saved after translate; a negative
    slot (Bare mode: no TLB) records nothing.
    """
    if slot >= 0:
        clock = mmu[CLOCK] + 1
        mmu[CLOCK] = clock
        mmu[np.uint64(slot + E_USED)] = clock
        mmu[np.uint64(STAT_HITS + level * NACCESS + access)] += 1


@njit(cache=True, _nrt=False, forceinline=False)
def _next_random(mmu, sd):
    """xorshift64 step on the structure's own state word; returns a non-negative number."""
    x = mmu[sd + SD_RNG]
    x ^= x << 13
    x ^= (x >> 7) & 0x01FFFFFFFFFFFFFF          # logical shift right on an int64
    x ^= x << 17
    mmu[sd + SD_RNG] = x
    return x & 0x7FFFFFFFFFFFFFFF


@njit(cache=True, _nrt=False, forceinline=False)
def _drop_overlaps(mmu, tlb, level, vpn_all, asid, probed):
    """Invalidate every entry of `tlb` that would also match some address of the new page.

    Levels `level` <= lvl < `probed` are known to hold no such entry (translate probed exactly
    those sets, with the same test, and found nothing), so they are not searched again; nor are
    arrays whose bit in mmu[SIZES_PRESENT + tlb] is clear (they hold no valid entry).

    Keeps the invariant "at most one entry matches any (va, ASID)", which makes the probe order
    irrelevant and micro-cache windows of whole pages exact.  Such entries exist only when
    software changed a PTE without sfence.vma (or one lacked a permission and was re-walked).
    """
    dropped = 0
    tag = vpn_all >> (9 * level)
    present = mmu[SIZES_PRESENT + tlb]
    for lvl in range(NSIZE):
        if ((present >> lvl) & 1) == 0:
            continue
        sd = SD_BASE + (tlb * NSIZE + lvl) * SD_SIZE
        n = mmu[sd + SD_ENTRIES]
        if n == 0:
            continue
        if lvl >= level:
            if lvl < probed:
                continue
            # a page of this size containing the new page: one set to look at
            e_tag = vpn_all >> (9 * lvl)
            e = mmu[sd + SD_FIRST] + (e_tag & mmu[sd + SD_SET_MASK]) * mmu[sd + SD_WAY_WORDS]
            end = e + mmu[sd + SD_WAY_WORDS]
            while e < end:
                if mmu[e + E_TAG] == e_tag and (mmu[e + E_ASID] == asid
                                                or mmu[e + E_GLOBAL] != 0):
                    mmu[e + E_TAG] = -1
                    dropped += 1
                e += ESIZE
        else:
            # smaller pages inside the new page: they may sit in any set
            shift = 9 * (level - lvl)
            e = mmu[sd + SD_FIRST]
            end = e + n * ESIZE
            while e < end:
                t = mmu[e + E_TAG]
                if t >= 0 and (t >> shift) == tag and (mmu[e + E_ASID] == asid
                                                       or mmu[e + E_GLOBAL] != 0):
                    mmu[e + E_TAG] = -1
                    dropped += 1
                e += ESIZE
    if dropped != 0:
        mmu[STAT_REFILL_DROPS + tlb] += dropped
        mmu[GEN] += 1


INVALID_KEY = -(1 << 62)            # fill's victim key of an invalid way (plus its index)


@njit(cache=True, inline='always', _nrt=False)
def _victim_key(mmu, e, stamp_word, w):
    """fill's victim-selection key of the entry at e (way w): its stamp, or INVALID_KEY + w."""
    valid = mmu[np.uint64(e + E_TAG)] >> 63      # 0 when valid, all ones when invalid (tag -1)
    return (mmu[np.uint64(e + stamp_word)] & ~valid) | ((INVALID_KEY + w) & valid)


@njit(cache=True, inline='always', _nrt=False)
def fill(mmu, tlb, level, vpn_all, asid, pte, pte_pa, global_bit, probed):
    """Put a leaf translation into the (tlb, level) array; return (slot, evicted).

    slot is the entry's index in mmu, or -1 when the array is absent.  Victim: the first
    invalid way of the set, else by the structure's policy (LRU: oldest E_USED; FIFO: oldest
    E_FILLED; random: the structure's seeded xorshift).  evicted is the tag (VPN) of the valid
    4 KiB entry the fill replaced -- it sat in the same slot -- or -1.  Replacing a valid
    superpage entry bumps GEN instead (its micro-cache lines may be anywhere).
    """
    sd = SD_BASE + (tlb * NSIZE + level) * SD_SIZE
    if mmu[np.uint64(sd + SD_ENTRIES)] == 0:
        return -1, -1
    present = mmu[np.uint64(SIZES_PRESENT + tlb)]
    # arrays that may hold an overlapping entry: present ones, except levels..probed-1
    if (present & ~(((1 << probed) - 1) & ~((1 << level) - 1))) != 0:
        _drop_overlaps(mmu, tlb, level, vpn_all, asid, probed)
    mmu[np.uint64(SIZES_PRESENT + tlb)] = present | (1 << level)
    tag = vpn_all >> (9 * level)
    ways = mmu[np.uint64(sd + SD_WAYS)]
    first = mmu[np.uint64(sd + SD_FIRST)] + (tag & mmu[np.uint64(sd + SD_SET_MASK)]) * mmu[np.uint64(sd + SD_WAY_WORDS)]
    evicted = -1
    policy = mmu[np.uint64(sd + SD_POLICY)]
    stamp_word = E_FILLED if policy == POLICY_FIFO else E_USED
    # One pass, without data-dependent branches: the first invalid way, else the first way
    # with the smallest stamp (LRU / FIFO victim).  Each way gets a key -- its stamp (a CLOCK
    # value, >= 0), or INVALID_KEY + w when invalid (below every stamp, earlier ways lower) --
    # and the first smallest key wins.  Written as arithmetic: which way is oldest is
    # unpredictable, and a compare-and-branch per way cost a branch mispredict on most fills.
    best = first
    best_key = _victim_key(mmu, first, stamp_word, 0)
    for w in range(1, ways):
        e = first + w * ESIZE
        key = _victim_key(mmu, e, stamp_word, w)
        take = (key - best_key) >> 63            # all ones when key < best_key (no overflow:
        best_key += (key - best_key) & take      # keys lie within [-2**62, 2**62))
        best += (e - best) & take
    victim = best
    if best_key >= 0:               # every way valid: an eviction
        if policy != POLICY_LRU and policy != POLICY_FIFO:
            victim = first + (_next_random(mmu, sd) % ways) * ESIZE
        mmu[np.uint64(STAT_EVICTIONS + tlb * NSIZE + level)] += 1
        if level == 0:
            evicted = mmu[np.uint64(victim + E_TAG)]
        else:
            mmu[GEN] += 1
    clock = mmu[CLOCK] + 1
    mmu[CLOCK] = clock
    mmu[np.uint64(victim + E_TAG)] = tag
    mmu[np.uint64(victim + E_ASID)] = asid
    mmu[np.uint64(victim + E_GLOBAL)] = global_bit
    mmu[np.uint64(victim + E_PTE)] = pte
    mmu[np.uint64(victim + E_PTE_PA)] = pte_pa
    mmu[np.uint64(victim + E_ALLOW)] = allow_bits(mmu, pte, tlb)
    mmu[np.uint64(victim + E_USED)] = clock
    mmu[np.uint64(victim + E_FILLED)] = clock
    mmu[np.uint64(STAT_FILLS + tlb * NSIZE + level)] += 1
    return victim, evicted


@njit(cache=True, _nrt=False, forceinline=False)
def _fault(mmu, access, reason):
    """Count a fault and return translate's code for it (-1 page fault, -2 access fault)."""
    mmu[OUT_REASON] = reason
    mmu[OUT_VA_LO] = 0
    mmu[OUT_VA_HI] = 0
    if reason == REASON_PTE_ACCESS or reason == REASON_PA_ACCESS:
        mmu[STAT_ACCESS_FAULTS + access] += 1
        return -2
    mmu[STAT_PAGE_FAULTS + access] += 1
    return -1


@njit(cache=True, inline='always', _nrt=False)
def translate(mmu, ram64, va, access):
    """Translate `va` for `access` through the modelled TLB; see the module docstring.

    A tiny inlined wrapper: numba compiles a separate copy of a function for every literal
    argument (translate(..., LOAD) and translate(..., STORE) would be two big compilations), so
    the arguments are made plain int64 here and the work is done once, in _translate.
    """
    return _translate(mmu, ram64, np.int64(va), np.int64(access))


@njit(cache=True, inline='always', _nrt=False)
def translate_cpu(mmu, ram64, va, access):
    """translate for the CPU core: (off, slot, level, allow, evicted) in registers.

    off, and the TLB statistics and state, are exactly those of translate.  On success (off >=
    0) slot/level are the entry used (slot -1: no TLB array, nothing may be cached) and allow
    its access bits (0 when slot is -1); the entry's page, clipped to RAM, is the micro-cache
    window (off - va % page size is its RAM offset).  evicted >= 0 says the fill replaced a
    valid 4 KiB entry in `slot` whose tag (VPN) was `evicted`: the caller must drop whatever it
    cached from that entry, because unlike translate this does NOT move GEN for it.  Nothing is
    written to mmu[OUT_*] except OUT_REASON (and OUT_VA_LO/HI = 0) on a fault.
    """
    return _translate_core(mmu, ram64, np.int64(va), np.int64(access))


@njit(cache=True, _nrt=False, forceinline=False)
def _translate(mmu, ram64, va, access):
    """The body of translate (va and access already int64): translate_cpu, then the OUT_*
    outputs and the GEN rule of the module docstring."""
    off, slot, level, allow, evicted = _translate_core(mmu, ram64, va, access)
    if evicted >= 0:
        mmu[GEN] += 1
    if off < 0:
        return off
    mmu[OUT_REASON] = REASON_OK
    mmu[OUT_SLOT] = slot
    mmu[OUT_LEVEL] = level
    mmu[OUT_ALLOW] = allow
    if mmu[CFG_MODE] == MODE_BARE:
        ram_size = ram64.shape[0] * 8
        mmu[OUT_VA_LO] = DRAM_BASE
        mmu[OUT_VA_HI] = DRAM_BASE + ram_size
        mmu[OUT_RAM_LO] = 0
        return off
    if slot < 0:                 # no TLB array for this page size: every access walks
        mmu[OUT_VA_LO] = 0
        mmu[OUT_VA_HI] = 0
        return off
    ram_size = ram64.shape[0] * 8
    page_size = np.int64(1) << (12 + 9 * level)
    page_off = off - (va & (page_size - 1))
    lo = page_off if page_off > 0 else 0
    hi = page_off + page_size
    if hi > ram_size:
        hi = ram_size
    va_page = va & ~(page_size - 1)
    mmu[OUT_VA_LO] = va_page + (lo - page_off)
    mmu[OUT_VA_HI] = va_page + (hi - page_off)
    mmu[OUT_RAM_LO] = lo
    return off


@njit(cache=True, inline='always', _nrt=False)
def _offset(mmu, level, pte, va, access, ram_size):
    """RAM offset of `va` in the leaf `pte` at `level`, or translate's fault code."""
    page_mask = (np.int64(1) << (12 + 9 * level)) - 1
    offset = ((((pte >> 10) & PPN_MASK) << 12) & ~page_mask) - DRAM_BASE + (va & page_mask)
    if offset < 0 or offset >= ram_size:
        return _fault(mmu, access, np.int64(REASON_PA_ACCESS))
    return offset


@njit(cache=True, _nrt=False, forceinline=True)
def _translate_core(mmu, ram64, va, access):
    """The work of translate and translate_cpu (va and access int64).

    `forceinline` (numba's flag for LLVM's alwaysinline, unlike inline='always' it costs no
    numba re-typing per call site): every caller gets the body compiled in, with its constant
    `access` folded -- _translate once, and the CPU core's hot miss paths (load_slow,
    store_slow).  Its helpers say forceinline=False explicitly: numba lets callees inherit the
    flag otherwise."""
    ram_size = ram64.shape[0] * 8
    if mmu[CFG_MODE] == MODE_BARE:
        offset = va - DRAM_BASE
        if offset < 0 or offset >= ram_size:
            return _fault(mmu, access, np.int64(REASON_PA_ACCESS)), -1, 0, 0, -1
        return offset, -1, 0, 7, -1
    top = va >> (mmu[CFG_VA_BITS] - 1)
    if top != 0 and top != -1:
        return _fault(mmu, access, np.int64(REASON_NONCANONICAL)), -1, 0, 0, -1
    tlb = ITLB if access == FETCH else DTLB
    vpn_all = (va >> 12) & mmu[CFG_VPN_MASK]
    asid = mmu[CFG_ASID]
    levels = mmu[CFG_LEVELS]
    present = mmu[np.uint64(SIZES_PRESENT + tlb)]
    probed = levels                  # levels whose probe found no entry (fill skips them)
    for level in range(levels):
        if ((present >> level) & 1) == 0:
            continue                 # no valid entry of this size: nothing to probe
        e = probe(mmu, tlb, level, vpn_all, asid)
        if e >= 0:
            allow = mmu[np.uint64(e + E_ALLOW)]
            if (allow >> access) & 1:
                tlb_touch(mmu, e, access, level)
                return _offset(mmu, level, mmu[np.uint64(e + E_PTE)], va, access, ram_size), e, level, \
                    allow, -1
            mmu[np.uint64(STAT_REWALKS + access)] += 1   # matched, but not enough: walk again
            probed = 0
            break
    reason, pte, pte_pa, level, global_bit, reads, pa = _walk(mmu, ram64, va, access,
                                                              np.int64(1))
    mmu[np.uint64(STAT_WALK_READS + access)] += reads
    if reason != REASON_OK:
        mmu[np.uint64(STAT_FAULT_WALKS + access)] += 1
        return _fault(mmu, access, reason), -1, 0, 0, -1
    mmu[np.uint64(STAT_MISSES + level * NACCESS + access)] += 1
    slot, evicted = fill(mmu, tlb, level, vpn_all, asid, pte, pte_pa, global_bit, probed)
    offset = _offset(mmu, level, pte, va, access, ram_size)
    if slot < 0:
        return offset, -1, level, 0, evicted
    return offset, slot, level, mmu[np.uint64(slot + E_ALLOW)], evicted


@njit(cache=True, _nrt=False)
def walk_only(mmu, ram64, va, access):
    """Side-effect-free translation for the kernel and tools: physical address, -1 or -2.

    Looks at no TLB entry, writes no A/D bit, counts nothing.  mmu[WALK_*] holds the details
    (WALK_REASON, the PTE, its address and level).  In Bare mode pa = va.
    """
    ram_size = ram64.shape[0] * 8
    mmu[WALK_READS] = 0
    mmu[WALK_PTE_PA] = -1
    mmu[WALK_PTE] = 0
    mmu[WALK_LEVEL] = 0
    mmu[WALK_GLOBAL] = 0
    if mmu[CFG_MODE] == MODE_BARE:
        pa = va
        reason = REASON_OK
    else:
        top = va >> (mmu[CFG_VA_BITS] - 1)
        if top != 0 and top != -1:
            mmu[WALK_REASON] = REASON_NONCANONICAL
            mmu[WALK_PA] = -1
            return -1
        reason = walk(mmu, ram64, va, access, np.int64(0))
        pa = mmu[WALK_PA]
    if reason == REASON_OK:
        mmu[WALK_PA] = pa
        if pa - DRAM_BASE < 0 or pa - DRAM_BASE >= ram_size:
            reason = REASON_PA_ACCESS
    mmu[WALK_REASON] = reason
    if reason == REASON_OK:
        return pa
    if reason == REASON_PTE_ACCESS or reason == REASON_PA_ACCESS:
        return -2
    return -1


# --- satp, privilege, sfence.vma ------------------------------------------------------------

@njit(cache=True, _nrt=False)
def set_satp(mmu, satp):
    """Write satp: returns 1, or 0 (no effect) when MODE is not Bare/Sv39/Sv48/Sv57.

    Does not flush the TLB.  All 16 ASID bits are implemented, so satp reads back as written.
    """
    mode = (satp >> 60) & 0xF
    if mode != MODE_BARE and (mode < MODE_SV39 or mode > MODE_SV57):
        return 0
    mmu[CFG_SATP] = satp
    mmu[CFG_MODE] = mode
    levels = 0 if mode == MODE_BARE else mode - MODE_SV39 + 3
    mmu[CFG_LEVELS] = levels
    mmu[CFG_VA_BITS] = 12 + 9 * levels if levels != 0 else 64
    mmu[CFG_VPN_MASK] = (1 << (9 * levels)) - 1 if levels != 0 else (1 << 52) - 1
    mmu[CFG_ASID] = (satp >> 44) & ASID_MASK
    mmu[CFG_ROOT_PA] = (satp & PPN_MASK) << 12
    mmu[GEN] += 1
    return 1


@njit(cache=True, _nrt=False)
def set_priv(mmu, priv, sum_, mxr):
    """Set the privilege and sstatus.SUM/MXR the permission check uses; refresh cached bits."""
    mmu[CFG_PRIV] = priv
    mmu[CFG_SUM] = 1 if sum_ != 0 else 0
    mmu[CFG_MXR] = 1 if mxr != 0 else 0
    for s in range(NSTRUCT):
        sd = SD_BASE + s * SD_SIZE
        tlb = s // NSIZE
        e = mmu[sd + SD_FIRST]
        end = e + mmu[sd + SD_ENTRIES] * ESIZE
        while e < end:
            if mmu[e + E_TAG] >= 0:
                mmu[e + E_ALLOW] = allow_bits(mmu, mmu[e + E_PTE], tlb)
            e += ESIZE
    mmu[GEN] += 1


@njit(cache=True, _nrt=False)
def tlb_flush(mmu, va, asid, use_va, use_asid):
    """sfence.vma semantics (see the module docstring); returns the number of entries dropped."""
    mmu[STAT_FLUSHES] += 1
    mmu[GEN] += 1
    asid &= ASID_MASK
    dropped = 0
    if use_va != 0:
        if mmu[CFG_MODE] != MODE_BARE:
            top = va >> (mmu[CFG_VA_BITS] - 1)
            if top != 0 and top != -1:
                return 0                  # invalid address: the fence does nothing
        vpn_all = (va >> 12) & mmu[CFG_VPN_MASK]
        for s in range(NSTRUCT):
            sd = SD_BASE + s * SD_SIZE
            if mmu[sd + SD_ENTRIES] == 0:
                continue
            tag = vpn_all >> (9 * (s % NSIZE))
            e = mmu[sd + SD_FIRST] + (tag & mmu[sd + SD_SET_MASK]) * mmu[sd + SD_WAY_WORDS]
            end = e + mmu[sd + SD_WAY_WORDS]
            while e < end:
                if mmu[e + E_TAG] == tag and (use_asid == 0 or (
                        mmu[e + E_ASID] == asid and mmu[e + E_GLOBAL] == 0)):
                    mmu[e + E_TAG] = -1
                    dropped += 1
                e += ESIZE
    else:
        # every entry is looked at, so the arrays left holding valid entries are known exactly
        mmu[SIZES_PRESENT + ITLB] = 0
        mmu[SIZES_PRESENT + DTLB] = 0
        for s in range(NSTRUCT):
            sd = SD_BASE + s * SD_SIZE
            e = mmu[sd + SD_FIRST]
            end = e + mmu[sd + SD_ENTRIES] * ESIZE
            while e < end:
                if mmu[e + E_TAG] >= 0:
                    if use_asid == 0 or (mmu[e + E_ASID] == asid and mmu[e + E_GLOBAL] == 0):
                        mmu[e + E_TAG] = -1
                        dropped += 1
                    else:
                        mmu[SIZES_PRESENT + s // NSIZE] |= 1 << (s % NSIZE)
                e += ESIZE
    mmu[STAT_FLUSHED] += dropped
    return dropped
