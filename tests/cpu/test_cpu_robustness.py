"""Random bytes executed as code never raise a host exception: only guest traps come back.

A million random 32-bit words and a million random 16-bit words are executed from pages that are
readable, writable and executable (so random stores also rewrite code that has been decoded), with
random register values.  The hart is started at every word (every halfword for the 16-bit case)
and runs up to 16 instructions from there; `pagelab.cpu.core.fuzz.run_each` loops in numba, so
the whole million costs seconds, not a Python round trip per trap.
"""
from __future__ import annotations

import numpy as np

from cpu_harness import user_machine
from pagelab.cpu.core.fuzz import run_each
from pagelab.mmu.pte import PTE_R, PTE_W, PTE_X

CODE_VA = 0x100000
VALID_CAUSES = {1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 15}
BUDGET_SLOT = 16


def without_ad(table: bytes) -> bytes:
    return (np.frombuffer(table, dtype=np.uint64) & np.uint64(~0xC0 & (2**64 - 1))).tobytes()


def execute_everywhere(code: bytes, stride: int, seed: int) -> np.ndarray:
    m, pt, _ = user_machine(code, code_va=CODE_VA, code_flags=PTE_R | PTE_W | PTE_X,
                            data_pages=4, mem_size=16 << 20)
    tables = {pa: without_ad(m.read_phys(pa, 4096)) for pa in pt.table_pages()}
    rng = np.random.default_rng(seed)
    m.regs = [0] + [int(v) for v in rng.integers(-(1 << 63), (1 << 63) - 1, 31, dtype=np.int64)]
    causes = np.zeros(BUDGET_SLOT + 1, dtype=np.int64)
    count = len(code) // stride
    executed = run_each(m.state.hart, m.mmu.array, m.ram, m.state.code, m._tables,
                        CODE_VA, count, stride, 16, causes)
    assert causes.sum() == count
    assert executed > 0
    # the guest can write only the frames it maps: its page tables are untouched (except for
    # the A and D bits the hardware walker sets)
    assert all(without_ad(m.read_phys(pa, 4096)) == data for pa, data in tables.items())
    return causes


def check(causes):
    seen = {c for c in range(BUDGET_SLOT) if causes[c]}
    assert seen <= VALID_CAUSES, f"unexpected stop causes {seen - VALID_CAUSES}"
    assert causes[2] > 0                      # random words include illegal instructions


def test_a_million_random_32_bit_words_give_only_guest_traps():
    rng = np.random.default_rng(1)
    words = rng.integers(0, 1 << 32, 1 << 20, dtype=np.uint64).astype(np.uint32)
    words[: len(words) // 2] |= 3            # half of them forced to the 32-bit encodings
    check(execute_everywhere(words.tobytes(), 4, 11))


def test_a_million_random_16_bit_words_give_only_guest_traps():
    rng = np.random.default_rng(2)
    halves = rng.integers(0, 1 << 16, 1 << 20, dtype=np.uint32).astype(np.uint16)
    check(execute_everywhere(halves.tobytes(), 2, 12))
