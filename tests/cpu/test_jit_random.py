"""The block-translation engine (`engine="jit"`, cpu/jit/) against the interpreter and Unicorn on
random RV64IMAC sequences (tests/cpu/randprog.py's generator).

With threshold 0 every block is translated before its first execution, so each sequence runs in
native code wherever the translator supports the instructions (RV64IM, branches, jumps, loads,
stores, fences) and in the interpreter elsewhere (AMOs, LR/SC, ...), switching between the two
mid-sequence.  Registers, memory, pc, instret, cycles, every TLB statistic, the TLB entries and
the order of their replacement stamps must equal the interpreter's.

Each sequence costs a compilation (LLVM, ~0.1 s), so the suite runs 60 sequences against the
interpreter (15 more with a 2-entry TLB) and 20 against Unicorn; PAGELAB_JIT_SEEDS=N runs N
(and N/4, N/3), e.g. 1000 for a longer soak.
"""
from __future__ import annotations

import os

import numpy as np
import pytest

from oracles import require_module

import randprog as R  # noqa: E402
from cpu_harness import user_machine
from jit_compare import assert_same_machine
from test_unicorn_differential import run_unicorn, sequence

def _seeds() -> int:
    value = os.environ.get("PAGELAB_JIT_SEEDS", "60")
    if not value.isdigit() or int(value) < 3:
        raise ValueError(f"PAGELAB_JIT_SEEDS must be a whole number >= 3, not {value!r}")
    return int(value)


SEQUENCES = _seeds()


def run(code, regs, data, engine, tlb=None):
    m, _, _ = user_machine(code, data, engine=engine, jit_threshold=0, tlb=tlb)
    m.regs = regs
    stop = m.run(100_000)
    return m, stop


@pytest.mark.parametrize("chunk", range(3))
def test_random_sequences_run_the_same_in_both_engines(chunk):
    per = SEQUENCES // 3
    native = 0
    for seed in range(chunk * per, (chunk + 1) * per):
        _, code, regs, data = sequence(seed)
        ref, ref_stop = run(code, regs, data, "interp")
        jit, jit_stop = run(code, regs, data, "jit")
        assert jit_stop == ref_stop, f"seed {seed}"
        assert_same_machine(ref, jit, f"seed {seed}")
        native += jit.stats()["jit.native_instructions"]
    assert native > 0                   # translated code really ran


def test_random_sequences_with_a_small_tlb():
    for seed in range(500, 500 + SEQUENCES // 4):
        _, code, regs, data = sequence(seed)
        tlb = _small_tlb()
        ref, ref_stop = run(code, regs, data, "interp", tlb)
        jit, jit_stop = run(code, regs, data, "jit", tlb)
        assert jit_stop == ref_stop, f"seed {seed}"
        assert_same_machine(ref, jit, f"seed {seed}")


def test_random_sequences_agree_with_unicorn_under_the_jit():
    unicorn = require_module("unicorn")
    for seed in range(2000, 2000 + SEQUENCES // 3):
        items, code, regs, data = sequence(seed)
        ur, ud = run_unicorn(unicorn, code, regs, data)
        m, stop = run(code, regs, data, "jit")
        assert stop.cause == 8 and stop.pc == R.CODE_VA + len(code) - 4, f"seed {seed}: {stop}"
        assert m.regs == ur, f"seed {seed}"
        assert m.read_virt(R.DATA_VA, R.DATA_SIZE) == ud, f"seed {seed}"


def _small_tlb():
    from pagelab.mmu.tlb import TLBConfig
    return TLBConfig.parse("itlb4k=2x1,dtlb4k=2x1,tlb2m=2,policy=lru")


def test_the_engine_option_is_checked():
    with pytest.raises(ValueError):
        user_machine(b"\x73\x00\x00\x00", engine="fast")
    with pytest.raises(ValueError):
        user_machine(b"\x73\x00\x00\x00", engine="jit", jit_threshold=-1)
    assert np is not None
