"""Swap, reclaim and the replacement policies, driven at the kernel level (no CPU): data
integrity with RAM far smaller than the working set, across fork, munmap, exit and swapoff,
with the frame/slot/rmap/LRU invariants checked after each step."""
from __future__ import annotations

import random

import pytest

from pagelab.kernel.mm import SWAP_DEVICE
from pagelab.kernel.mm.inspect import check_invariants, is_resident, is_swapped, pfn_of
from pagelab.kernel.mm.swap import unuse_area
from pagelab.mmu.pte import (PTE_SWP, PTE_V, is_swap_pte, swp_entry, swp_offset, swp_type)

from mm_helpers import (LOAD, MAP_ANON, MAP_PRIVATE, PAGE, PROT_R, PROT_W, STORE, MiniKernel,
                        filled, stamp, swap_kernel)


def test_swap_entry_layout_round_trips_and_is_never_present():
    entry = swp_entry(3, 0x12345)
    assert is_swap_pte(entry) and not entry & PTE_V and entry & PTE_SWP
    assert (swp_type(entry), swp_offset(entry)) == (3, 0x12345)
    assert not is_swap_pte(0) and not is_swap_pte((5 << 10) | 0x1F)   # none; a leaf
    with pytest.raises(ValueError):
        swp_entry(32, 1)


@pytest.mark.parametrize("policy", ["fifo", "clock", "lru", "random"])
def test_random_access_bigger_than_ram_keeps_every_byte(policy):
    kernel = swap_kernel(policy)
    mm = kernel.new_mm()
    npages = 1200                                    # ~4.7 MiB in 2 MiB of RAM
    base = filled(mm, npages)
    ev = kernel.physmem.events
    assert ev["pswpout"] > 0 and mm.swap_ents > 0
    rng = random.Random(1)
    for _ in range(1500):
        i = rng.randrange(npages)
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
        if rng.random() < 0.3:
            mm.copy_out(base + i * PAGE + 64, b"x")
    assert ev["pswpin"] > 0 and ev["pgmajfault"] > 0
    assert check_invariants(kernel.physmem) == []
    for i in range(npages):
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
    mm.destroy()
    assert kernel.physmem.swap.used_pages == 0 and not kernel.physmem.swap.cache
    assert check_invariants(kernel.physmem) == []


def test_fork_shares_swapped_pages_written_once_read_once_and_cow_stays_private():
    kernel = swap_kernel("fifo")
    parent = kernel.new_mm()
    n = 700
    base = filled(parent, n)
    child = parent.fork()
    assert child is not None
    swapped = [i for i in range(n) if is_swapped(parent, base + i * PAGE)]
    assert swapped and all(is_swapped(child, base + i * PAGE) for i in swapped)
    assert check_invariants(kernel.physmem) == []
    i = swapped[0]
    child.copy_out(base + i * PAGE, b"child!")
    assert parent.copy_in(base + i * PAGE, 32) == stamp(i)
    assert child.copy_in(base + i * PAGE, 6) == b"child!"
    for j in range(n):
        want = stamp(j) if j != i else b"child!" + stamp(j)[6:]
        assert child.copy_in(base + j * PAGE, 32) == want
        assert parent.copy_in(base + j * PAGE, 32) == stamp(j)
    assert check_invariants(kernel.physmem) == []
    child.destroy()
    parent.munmap(base, n * PAGE)
    assert kernel.physmem.swap.used_pages == 0
    assert check_invariants(kernel.physmem) == []
    parent.destroy()


def test_a_shared_page_goes_out_once_and_comes_in_once():
    kernel = swap_kernel("fifo", sysctl={"vm.page-cluster": 0})
    parent = kernel.new_mm()
    a = parent.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.copy_out(a, b"shared")
    child = parent.fork()
    ev = kernel.physmem.events
    out0 = ev["pswpout"]
    hog = kernel.new_mm()
    h = hog.mmap(0, 600 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    for i in range(600):
        hog.copy_out(h + i * PAGE, stamp(i))
        if is_swapped(parent, a):
            break
    assert is_swapped(parent, a) and is_swapped(child, a)
    assert kernel.physmem.swap.count(parent.pages[a >> 12]) == 2
    in0 = ev["pswpin"]
    assert parent.copy_in(a, 6) == b"shared"
    assert ev["pswpin"] == in0 + 1
    assert child.copy_in(a, 6) == b"shared"                # found in the swap cache
    assert ev["pswpin"] == in0 + 1
    assert ev["pswpout"] > out0
    assert check_invariants(kernel.physmem) == []


def test_swapoff_brings_every_page_back_or_fails_with_the_area_kept():
    kernel = swap_kernel("clock")
    mm = kernel.new_mm()
    n = 600
    base = filled(mm, n)
    area = kernel.physmem.swap.area_by_path(SWAP_DEVICE)
    assert area.inuse > 0
    assert not unuse_area(kernel.physmem, area)           # RAM cannot hold them all
    assert area.writeok and area.inuse > 0
    mm.munmap(base + 300 * PAGE, 300 * PAGE)
    assert unuse_area(kernel.physmem, area)
    assert area.inuse == 0 and mm.swap_ents == 0
    kernel.physmem.swap.remove_area(area)
    for i in range(300):
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
    assert check_invariants(kernel.physmem) == []


def test_without_swap_anonymous_memory_ends_in_oom_but_file_pages_are_reclaimed():
    kernel = MiniKernel(mem=2 << 20)
    mm = kernel.new_mm()
    base = mm.mmap(0, 1000 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | 0x4000)
    results = [mm.handle_fault(base + i * PAGE, STORE) for i in range(1000)]
    assert results[-1].oom and kernel.physmem.events["pswpout"] == 0
    assert check_invariants(kernel.physmem) == []


def test_replacement_is_deterministic_run_to_run():
    def run():
        kernel = swap_kernel("random")
        mm = kernel.new_mm()
        base = mm.mmap(0, 900 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
        rng = random.Random(7)
        for _ in range(2000):
            i = rng.randrange(900)
            mm.handle_fault(base + i * PAGE, STORE if rng.random() < 0.5 else LOAD)
        ev = kernel.physmem.events
        return ev["pswpin"], ev["pswpout"], ev["pgmajfault"]
    assert run() == run()


def test_proc_shows_swap():
    from pagelab.kernel.mm.procfs import (meminfo, render_smaps, render_smaps_rollup,
                                          render_status_vm, vmstat)
    kernel = swap_kernel("lru")
    mm = kernel.new_mm()
    base = filled(mm, 800)
    info = dict(line.split(":", 1) for line in meminfo(kernel).splitlines())
    assert int(info["SwapTotal"].split()[0]) == (8 << 10) - 4
    assert int(info["SwapFree"].split()[0]) < (8 << 10) - 4
    swap_kb = mm.swap_ents * 4
    assert f"VmSwap:\t{swap_kb:8d} kB" in render_status_vm(mm)
    assert f"Swap:           {swap_kb:8d} kB" in render_smaps(mm)
    assert f"Swap:           {swap_kb:8d} kB" in render_smaps_rollup(mm)
    assert f"SwapPss:        {swap_kb:8d} kB" in render_smaps_rollup(mm)
    stats = dict(line.split() for line in vmstat(kernel).splitlines())
    assert int(stats["pswpout"]) >= mm.swap_ents and int(stats["pgsteal_kswapd"]) > 0
    assert int(stats["pageoutrun"]) > 0    # kswapd keeps free memory above the low mark
    blob = mm.pagemap_bytes((base >> 12) * 8, 800 * 8)
    entries = [int.from_bytes(blob[k:k + 8], "little") for k in range(0, len(blob), 8)]
    assert sum(1 for e in entries if e >> 62 & 1) == mm.swap_ents


def test_guest_bigger_than_ram_runs_with_swap_and_proc_swaps_lists_the_device(capsys):
    from pathlib import Path
    from pagelab.tools import run
    program = Path(__file__).parent / "guest" / "swap_integrity.s"
    assert run.main(["--mem", "8M", "--swap", "32M", str(program)]) == 0
    kernel = swap_kernel("lru", swap=32 << 20)
    from pagelab.kernel.mm.procfs import swaps
    lines = swaps(kernel).splitlines()
    assert lines[0] == "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority"
    assert lines[1].split() == ["/dev/vdb", "partition", "32764", "0", "-2"]
    assert lines[1].startswith("/dev/vdb" + " " * 32 + "partition\t32764\t\t0\t\t-2")


@pytest.mark.parametrize("seed", [1, 2])
def test_random_mm_calls_under_pressure_keep_memory_and_invariants(seed):
    """mmap/munmap/fork/exit/mprotect/madvise/mremap at random with RAM smaller than the
    data; a model of every page's expected contents is checked at the end of each round."""
    kernel = swap_kernel(["fifo", "clock", "lru", "random"][seed % 4], mem=2 << 20,
                         swap=16 << 20)
    rng = random.Random(seed)
    procs = [(kernel.new_mm(), {})]           # (mm, {page address: expected 4 bytes})
    for step in range(260):
        mm, model = procs[rng.randrange(len(procs))]
        op = rng.random()
        if op < 0.35:
            n = rng.randrange(1, 40)
            base = mm.mmap(0, n * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
            if base < 0:
                continue
            for i in range(n):
                tag = rng.randrange(1 << 30).to_bytes(4, "little")
                mm.copy_out(base + i * PAGE, tag)
                model[base + i * PAGE] = tag
        elif op < 0.5 and model:
            addr = rng.choice(sorted(model))
            mm.munmap(addr, PAGE)
            del model[addr]
        elif op < 0.6 and len(procs) < 4:
            child = mm.fork()
            if child is not None:
                procs.append((child, dict(model)))
        elif op < 0.67 and len(procs) > 1:
            victim = procs.pop(rng.randrange(len(procs)))
            victim[0].destroy()
        elif op < 0.77 and model:
            addr = rng.choice(sorted(model))
            mm.mprotect(addr, PAGE, PROT_R)
            assert mm.copy_in(addr, 4) == model[addr]
            mm.mprotect(addr, PAGE, PROT_R | PROT_W)
        elif op < 0.85 and model:
            addr = rng.choice(sorted(model))
            assert mm.madvise(addr, PAGE, 4) == 0                  # MADV_DONTNEED
            model[addr] = bytes(4)
        elif model:
            addr = rng.choice(sorted(model))
            tag = rng.randrange(1 << 30).to_bytes(4, "little")
            mm.copy_out(addr, tag)
            model[addr] = tag
        if step % 40 == 39:
            assert check_invariants(kernel.physmem) == []
            for mm_, model_ in procs:
                for addr, tag in model_.items():
                    assert mm_.copy_in(addr, 4) == tag, (step, hex(addr))
    ev = kernel.physmem.events
    assert ev["pswpout"] > 200 and ev["pswpin"] > 50                  # under real pressure
    for mm, model in procs:
        for addr, tag in model.items():
            assert mm.copy_in(addr, 4) == tag
        mm.destroy()
    assert kernel.physmem.swap.used_pages == 0
    assert check_invariants(kernel.physmem) == []


def test_mincore_reports_swapped_pages_as_not_resident():
    kernel = swap_kernel("fifo", sysctl={"vm.page-cluster": 0})
    mm = kernel.new_mm()
    base = filled(mm, 700)
    vec = mm.mincore(base, 700 * PAGE)
    swapped = [is_swapped(mm, base + i * PAGE) for i in range(700)]
    assert any(swapped)
    assert [b == 0 for b in vec] == swapped


def test_madv_pageout_swaps_the_range_out_now_and_madv_cold_makes_it_first_to_go():
    kernel = swap_kernel("lru", mem=8 << 20)
    mm = kernel.new_mm()
    base = filled(mm, 64)
    assert mm.swap_ents == 0
    assert mm.madvise(base, 16 * PAGE, 21) == 0                          # MADV_PAGEOUT
    assert [is_swapped(mm, base + i * PAGE) for i in range(20)] == [True] * 16 + [False] * 4
    assert mm.copy_in(base + 3 * PAGE, 32) == stamp(3)                     # back on demand
    assert mm.madvise(base + 32 * PAGE, 8 * PAGE, 20) == 0                 # MADV_COLD
    cold = [pfn_of(mm, base + (32 + i) * PAGE) for i in range(8)]
    oldest = list(kernel.physmem.vmscan.inactive["anon"])[:8]
    assert sorted(oldest) == sorted(cold)
    assert check_invariants(kernel.physmem) == []


def test_mlocked_pages_stay_in_ram_under_pressure():
    kernel = swap_kernel("fifo")
    mm = kernel.new_mm()
    locked = filled(mm, 40)
    assert mm.mlock(locked, 40 * PAGE) == 0
    filled(mm, 700)
    assert kernel.physmem.events["pswpout"] > 0
    assert not any(is_swapped(mm, locked + i * PAGE) for i in range(40))
    assert check_invariants(kernel.physmem) == []


def test_reclaim_writes_dirty_file_pages_back_and_drops_clean_ones_without_swap():
    from mm_helpers import MAP_SHARED, guest_file
    kernel = MiniKernel(mem=2 << 20)                               # no swap at all
    f = guest_file(bytes(300 * PAGE))
    mm = kernel.new_mm()
    shared = mm.mmap(0, 300 * PAGE, PROT_R | PROT_W, MAP_SHARED, f, 0)
    for i in range(300):
        mm.copy_out(shared + i * PAGE, stamp(i))                  # dirty file pages
    anon = filled(mm, 250)                                         # pressure
    ev = kernel.physmem.events
    assert ev["pgsteal_kswapd"] + ev["pgsteal_direct"] > 0 and ev["pswpout"] == 0
    dropped = [i for i in range(300) if not is_resident(mm, shared + i * PAGE)]
    assert dropped                                                 # file pages were reclaimed
    for i in dropped:                                              # written back first
        assert f.read_page(i)[:32] == stamp(i)
    majors = ev["pgmajfault"]
    for i in range(300):
        assert mm.copy_in(shared + i * PAGE, 32) == stamp(i)      # re-read: major faults
    assert ev["pgmajfault"] > majors and ev["workingset_refault_file"] > 0
    for i in range(250):
        assert mm.copy_in(anon + i * PAGE, 32) == stamp(i)
    assert check_invariants(kernel.physmem) == []
