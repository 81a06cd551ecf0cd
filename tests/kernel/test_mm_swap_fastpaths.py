"""The swap path's shortcuts (test_and_clear_young, set_swap_entry and swap_in_page finding the
leaf page table without _pte_pa, the lru policy's lookups) keep every bit and counter: the A
bit is cleared in both the hardware entry and the shadow while D is folded in, a swap-out /
swap-in round trip flushes the page each way, and a fixed workload gives the same vmstat
counters as before the shortcuts."""
from __future__ import annotations

from pagelab.kernel.mm.inspect import check_invariants, pfn_of
from pagelab.kernel.mm.pte_ops import PAGE_SHIFT
from pagelab.mmu.pte import DRAM_BASE, PTE_A, PTE_D, PTE_V, is_swap_pte

from mm_helpers import MAP_ANON, MAP_PRIVATE, PAGE, PROT_R, PROT_W, STORE, swap_kernel


def hw_word(mm, vpn: int) -> int:
    return mm.pt.words[(mm._pte_pa(vpn, False) - DRAM_BASE) >> 3]


def test_page_referenced_clears_a_in_hardware_and_shadow_and_folds_d():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    base = mm.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    assert mm.handle_fault(base, STORE).ok             # (a load would map the zero page)
    vpn = base >> PAGE_SHIFT
    pfn = pfn_of(mm, base)
    index = (mm._pte_pa(vpn, False) - DRAM_BASE) >> 3
    mm.pt.words[index] |= PTE_A | PTE_D              # as the walker would on a store
    vmscan = kernel.physmem.vmscan
    assert vmscan.page_referenced(pfn) == 1
    assert hw_word(mm, vpn) & (PTE_V | PTE_A | PTE_D) == PTE_V | PTE_D
    assert mm.pages[vpn] & (PTE_A | PTE_D) == PTE_D
    assert vmscan.page_referenced(pfn) == 0          # looked at once: no longer young


def test_swap_round_trip_flushes_each_way_and_keeps_data():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    n = 1200                                          # 4.7 MiB in 2 MiB of RAM
    base = mm.mmap(0, n * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    for i in range(n):
        assert mm.handle_fault(base + i * PAGE, STORE).ok
        mm.copy_out(base + i * PAGE, i.to_bytes(4, "little"))
    vpn = base >> PAGE_SHIFT
    assert is_swap_pte(mm.pages[vpn]) and hw_word(mm, vpn) == mm.pages[vpn]
    assert (base, mm.asid) in kernel.flushes          # set_swap_entry flushed the page
    kernel.flushes.clear()
    for i in range(n):
        assert mm.copy_in(base + i * PAGE, 4) == i.to_bytes(4, "little")
    assert (base, mm.asid) in kernel.flushes          # swap_in_page flushed it again
    assert check_invariants(kernel.physmem) == []


class PlainLru:
    """The lru policy written plainly (every list and operation through the view, at each
    step): the reference for its decisions."""

    tracks_residency = False

    def select(self, view, count: int) -> None:
        budget = 2 * view.size() + 1
        while len(view.active()) > len(view.inactive()) and budget > 0:
            budget -= 1
            pfn = view.oldest(active=True)
            if view.referenced(pfn) and view.kind == "file" and view.mapped_exec(pfn):
                view.keep(pfn)
            else:
                view.deactivate(pfn)
        budget = 2 * view.size() + 1
        while count > 0 and budget > 0:
            budget -= 1
            pfn = view.oldest()
            if pfn is None:
                pfn = view.oldest(active=True)
                if pfn is None:
                    return
                view.deactivate(pfn)
                continue
            refs = view.referenced(pfn)
            marked = view.test_clear_mark(pfn)
            if refs == 0:
                view.isolate(pfn)
                count -= 1
            elif marked or refs > 1 or (view.kind == "file" and view.mapped_exec(pfn)):
                view.mark(pfn)
                view.activate(pfn)
            else:
                view.keep(pfn)
        while count > 0:
            pfn = view.oldest()
            if pfn is None:
                pfn = view.oldest(active=True)
            if pfn is None:
                return
            view.isolate(pfn)
            count -= 1


KEYS = ("pswpout", "pswpin", "pgmajfault", "pgactivate", "pgdeactivate", "pgrotated", "pgfree",
        "pgalloc_normal", "pgpgout", "pgpgin", "pgscan_anon", "pgsteal_anon")


def swap_workload(policy=None) -> tuple[dict, int, bytes]:
    """1500 pages written in 2 MiB of RAM, then read back, then every third written again
    (and 300 hot pages between them): the vmstat
    counters, the number of TLB flushes and a digest of the data read back."""
    kernel = swap_kernel()
    if policy is not None:
        kernel.physmem.vmscan.set_policy(policy)
    mm = kernel.new_mm()
    n = 1500
    base = mm.mmap(0, n * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    for i in range(n):
        mm.copy_out(base + i * PAGE, i.to_bytes(4, "little"))
    data = b"".join(mm.copy_in(base + i * PAGE, 4) for i in range(n))
    for i in range(0, n, 3):
        mm.copy_out(base + i * PAGE + 8, b"again")
        if i % 60 == 0:                               # a hot set, used again and again:
            for j in range(300):                      # promoted to the active list
                mm.copy_out(base + j * PAGE + 12, b"hot")
                mm.update_pte((base >> PAGE_SHIFT) + j, set_bits=PTE_A, flush=False)
    assert check_invariants(kernel.physmem) == []
    ev = kernel.physmem.events
    return {k: ev.get(k, 0) for k in KEYS}, len(kernel.flushes), data


def test_lru_shortcuts_make_the_same_decisions_as_the_plain_policy():
    fast = swap_workload()
    plain = swap_workload(PlainLru())
    assert fast == plain
    counters, _, data = fast
    assert data == b"".join(i.to_bytes(4, "little") for i in range(1500))
    assert counters["pswpout"] > 1500 and counters["pswpin"] > 1000     # it did swap
    assert counters["pgactivate"] > 0 and counters["pgdeactivate"] > 0  # both lists in use
