"""The fill's victim choice, way by way: the first invalid way of the set, else the first way
with the oldest stamp (LRU: last use, FIFO: fill).  tlbwalk.fill picks it without
data-dependent branches; this drives one 4-way set with random loads and per-page flushes
(which leave invalid ways at any position) and checks every way against a plain model."""
import numpy as np
import pytest

from mmu_board import DATA, make_board  # noqa: F401  (pytest fixture)
from pagelab.mmu.pte import PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W

URW = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D
PAGE = 0x1000
WAYS = 4


def _ways(board):
    """[va or None] per way of the only set of the 4 KiB DTLB."""
    ways = [None] * WAYS
    for e in board.mmu.entries():
        if e["structure"] == "dtlb4k":
            assert e["set"] == 0
            ways[e["way"]] = e["va"]
    return ways


@pytest.mark.parametrize("policy", ["lru", "fifo"])
def test_victim_is_the_first_invalid_way_else_the_first_oldest(make_board, policy):
    b = make_board(tlb=f"dtlb4k={WAYS}x{WAYS}:{policy}")
    vas = [0x40_0000 + i * PAGE for i in range(10)]
    for i, va in enumerate(vas):
        b.pt.map(va, DATA + i * PAGE, URW)
    model = [None] * WAYS          # per way: [va, last use, fill] or None
    clock = 0
    evictions = 0
    rng = np.random.default_rng(5)
    for step in range(600):
        va = vas[int(rng.integers(len(vas)))]
        if rng.random() < 0.15:
            b.mmu.flush(va, 1)
            model = [None if w is not None and w[0] == va else w for w in model]
        else:
            b.load(va)
            clock += 1
            way = next((i for i, w in enumerate(model) if w is not None and w[0] == va), None)
            if way is not None:
                model[way][1] = clock
            else:
                if None in model:
                    way = model.index(None)
                else:
                    stamp = 1 if policy == "lru" else 2
                    way = min(range(WAYS), key=lambda i: (model[i][stamp], i))
                    evictions += 1
                model[way] = [va, clock, clock]
        assert _ways(b) == [w[0] if w is not None else None for w in model], step
    assert b.stat("dtlb.4K.evictions") == evictions > 50
