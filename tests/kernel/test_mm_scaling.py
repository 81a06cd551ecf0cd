"""mmap/munmap/mprotect scale with the number of VMAs: the gap search is a tree walk, the VMA
lookups bisections (vm.max_map_count = 65530 mappings are reachable in seconds)."""
from __future__ import annotations

import random
import time

from mm_helpers import MAP_ANON, MAP_FIXED, MAP_PRIVATE, PAGE, PROT_R, PROT_W, MiniKernel

from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.mmap import STACK_GUARD_GAP
from pagelab.kernel.mm.vma import VM_GROWSDOWN


def brute_force_gap(mm, length: int) -> int | None:
    """The old linear top-down search, as the reference."""
    low, high, vmas = PAGE, mm.mmap_base, mm.vmas
    for i in range(len(vmas), -1, -1):
        upper = vmas[i].start if i < len(vmas) else mm.task_size
        if i < len(vmas) and vmas[i].flags & VM_GROWSDOWN:
            upper -= STACK_GUARD_GAP
        lower = vmas[i - 1].end if i > 0 else low
        upper = min(upper, high)
        if upper - lower >= length and upper - length >= low:
            return upper - length
    return None


def test_gap_tree_finds_what_the_linear_search_finds():
    kernel = MiniKernel(mem=16 << 20)
    mm = kernel.new_mm()
    mm.setup_stack()
    rng = random.Random(3)
    mapped = []
    for step in range(1500):
        if mapped and rng.random() < 0.4:
            addr, n = mapped.pop(rng.randrange(len(mapped)))
            cut = rng.randrange(n)                                # partial unmaps split VMAs
            assert mm.munmap(addr + cut * PAGE, PAGE) == 0
            continue
        length = rng.choice([1, 1, 2, 3, 17, 300]) * PAGE
        if rng.random() < 0.2:
            hint = mm.mmap_base - rng.randrange(1, 4000) * PAGE
            addr = mm.mmap(hint, length, PROT_R, MAP_PRIVATE | MAP_ANON | MAP_FIXED)
        else:
            assert mm.get_unmapped_area(0, length) == brute_force_gap(mm, length)
            addr = mm.mmap(0, length, PROT_R | (PROT_W * (step % 2)), MAP_PRIVATE | MAP_ANON)
        assert addr > 0
        mapped.append((addr, length // PAGE))
    assert check_invariants(kernel.physmem) == []


def test_twenty_thousand_single_page_mappings_take_seconds_not_minutes():
    kernel = MiniKernel(mem=32 << 20)
    mm = kernel.new_mm()
    start = time.process_time()
    addrs = [mm.mmap(0, PAGE, PROT_R if i % 2 else PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
             for i in range(20000)]
    assert min(addrs) > 0 and len(mm.vmas) == 20000            # none merged
    for a in addrs[1::4]:
        assert mm.mprotect(a, PAGE, PROT_R | PROT_W) == 0       # merges with its neighbours
    for a in addrs[2::4]:
        assert mm.munmap(a, PAGE) == 0                          # splits nothing, leaves holes
    assert len(mm.vmas) == 10000
    assert time.process_time() - start < 8      # was ~60 s for the mmaps alone (linear search)
