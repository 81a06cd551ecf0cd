"""A randomised stress of huge and small pages together: several address spaces (fork), THP
faults in every mode, partial munmap / mprotect / madvise(DONTNEED) splits, COW, khugepaged
collapses and reclaim to swap (more data than RAM), checking every page's contents against a
model and check_invariants (compound-page counts included) as it goes."""
from __future__ import annotations

import random

import pytest
from mm_helpers import MAP_ANON, MAP_FIXED, MAP_PRIVATE, PROT_R, PROT_W, MiniKernel

from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.mmap import MADV_DONTNEED, MADV_HUGEPAGE

PAGE = 4096
M2 = 2 << 20
REGIONS = [0x4000_0000 + i * 8 * M2 for i in range(3)]     # three 4 MiB VMAs (2 MiB aligned)
REGION_SIZE = 2 * M2


class Model:
    """What each address space should read: {va: tag} (0: zeros); `mapped`: pages mapped."""

    def __init__(self, mm):
        self.mm = mm
        self.data: dict[int, int] = {}
        self.mapped: set[int] = set()

    def copy_for(self, child):
        other = Model(child)
        other.data = dict(self.data)
        other.mapped = set(self.mapped)
        return other


def stress(seed: int, steps: int) -> dict:
    rng = random.Random(seed)
    k = MiniKernel(mem=12 << 20)
    pm = k.physmem
    pm.swap.devices["/dev/stress"] = 16384
    pm.swap.swapon("/dev/stress", 16384)
    pm.thp.enabled = "always"
    first = k.new_mm()
    models = [Model(first)]
    for start in REGIONS:
        assert first.mmap(start, REGION_SIZE, PROT_R | PROT_W,
                          MAP_PRIVATE | MAP_ANON | MAP_FIXED) == start
        models[0].mapped.update(range(start, start + REGION_SIZE, PAGE))
    counts = {}

    def pick_range(model):
        start = rng.choice(REGIONS) + rng.randrange(0, REGION_SIZE // PAGE) * PAGE
        npages = rng.choice([1, 3, 16, 512, 700])
        return start, min(start + npages * PAGE, start - start % REGION_SIZE + REGION_SIZE)

    def verify(model, sample=None):
        items = list(model.data.items())
        if sample is not None and len(items) > sample:
            items = rng.sample(items, sample)
        for va, tag in items:
            want = bytes([tag]) * 8 if tag else bytes(8)
            assert model.mm.copy_in(va, 8) == want, (seed, hex(va))

    for step in range(steps):
        model = rng.choice(models)
        mm = model.mm
        op = rng.choice(["write"] * 6 + ["fill", "read", "munmap", "mprotect", "dontneed",
                                          "fork", "exit", "khugepaged", "mode", "hugepage",
                                          "mremap"])
        counts[op] = counts.get(op, 0) + 1
        if op == "write":
            base = rng.choice(REGIONS) + rng.randrange(0, 2) * M2
            for _ in range(rng.choice([1, 8, 64])):
                va = base + rng.randrange(0, 512) * PAGE
                if va in model.mapped:
                    tag = rng.randrange(1, 256)
                    mm.copy_out(va, bytes([tag]) * 8)
                    model.data[va] = tag
        elif op == "fill":                        # a whole 2 MiB: memory pressure
            base = rng.choice(REGIONS) + rng.randrange(0, 2) * M2
            tag = rng.randrange(1, 256)
            for va in range(base, base + M2, PAGE):
                if va in model.mapped:
                    mm.copy_out(va, bytes([tag]) * 8)
                    model.data[va] = tag
        elif op == "read":
            verify(model, 32)
        elif op == "munmap":
            lo, hi = pick_range(model)
            assert mm.munmap(lo, hi - lo) == 0
            for va in range(lo, hi, PAGE):
                model.mapped.discard(va)
                model.data.pop(va, None)
            if rng.random() < 0.5:                # mapped again: reads zeros
                assert mm.mmap(lo, hi - lo, PROT_R | PROT_W,
                               MAP_PRIVATE | MAP_ANON | MAP_FIXED) == lo
                model.mapped.update(range(lo, hi, PAGE))
        elif op == "mprotect":
            lo, hi = pick_range(model)
            if all(va in model.mapped for va in range(lo, hi, PAGE)):
                assert mm.mprotect(lo, hi - lo, PROT_R) == 0
                assert mm.mprotect(lo, hi - lo, PROT_R | PROT_W) == 0
        elif op == "dontneed":
            lo, hi = pick_range(model)
            if all(va in model.mapped for va in range(lo, hi, PAGE)):
                assert mm.madvise(lo, hi - lo, MADV_DONTNEED) == 0
                for va in range(lo, hi, PAGE):
                    if va in model.data:
                        model.data[va] = 0
        elif op == "fork" and len(models) < 3:
            child = mm.fork()
            assert child is not None
            models.append(model.copy_for(child))
        elif op == "exit" and len(models) > 1:
            models.remove(model)
            mm.destroy()
        elif op == "mremap":                      # away (aligned or not) and back again
            lo, hi = pick_range(model)
            if all(va in model.mapped for va in range(lo, hi, PAGE)) and \
                    mm.vma_at(lo) is mm.vma_at(hi - 1):           # (one VMA: else EFAULT)
                away = 0x7000_0000 + rng.choice([0, PAGE, M2])
                assert mm.mremap(lo, hi - lo, hi - lo, 3, away) == away     # MAYMOVE|FIXED
                assert mm.mremap(away, hi - lo, hi - lo, 3, lo) == lo
        elif op == "khugepaged":
            pm.khugepaged.scan(k, 4096)
        elif op == "mode":
            pm.thp.enabled = rng.choice(["always", "madvise", "never"])
        elif op == "hugepage":
            lo, hi = pick_range(model)
            if all(va in model.mapped for va in range(lo, hi, PAGE)):
                assert mm.madvise(lo, hi - lo, MADV_HUGEPAGE) == 0
        if step % 40 == 39:
            assert check_invariants(pm) == [], (seed, step, op)
    for model in models:
        verify(model)
    assert check_invariants(pm) == []
    for model in models:
        model.mm.destroy()
    assert check_invariants(pm) == []
    counts.update({key: pm.events.get(key, 0) for key in (
        "thp_fault_alloc", "thp_split_pmd", "thp_collapse_alloc", "pswpout", "thp_split_page")})
    return counts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_mix_of_huge_and_small_pages_keeps_data_and_counts(seed):
    counts = stress(seed, 400)
    assert counts["thp_fault_alloc"] > 0 and counts["thp_split_pmd"] > 0
    assert counts["pswpout"] > 0
