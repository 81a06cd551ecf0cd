"""Random instruction sequences over all of RV64IMAC agree with Unicorn (registers and memory).

Sequences come from tests/cpu/randprog.py (generated from the instruction table, weighted to edge
values: overflow, division by zero, INT_MIN / -1, shift amounts 0/31/32/63, sign extension of W
forms, AMOs and LR/SC, misaligned and page-crossing accesses, compressed forms).  pagelab runs them
in U-mode under Sv48 page tables; Unicorn runs them on flat memory at the same addresses.
"""
from __future__ import annotations

import random

import pytest

from oracles import require_module

import randprog as R  # noqa: E402
from cpu_harness import user_machine

ECALL = (0x73).to_bytes(4, "little")
SEQUENCES = 400
LENGTH = 50


def run_unicorn(unicorn, code, regs, data):
    from unicorn import riscv_const as rc
    uc = unicorn.Uc(unicorn.UC_ARCH_RISCV, unicorn.UC_MODE_RISCV64)
    uc.mem_map(R.CODE_VA, 0x4000)
    uc.mem_map(R.DATA_VA, R.DATA_SIZE)
    uc.mem_write(R.CODE_VA, code)
    uc.mem_write(R.DATA_VA, data)
    xregs = [getattr(rc, f"UC_RISCV_REG_X{i}") for i in range(32)]
    for i in range(1, 32):
        uc.reg_write(xregs[i], regs[i] & (2**64 - 1))
    uc.emu_start(R.CODE_VA, R.CODE_VA + len(code) - 4, count=100_000)
    return [uc.reg_read(xregs[i]) for i in range(32)], bytes(uc.mem_read(R.DATA_VA, R.DATA_SIZE))


def run_pagelab(code, regs, data, fast=True):
    m, _, _ = user_machine(code, data, fast=fast)
    m.regs = regs
    stop = m.run(100_000)
    return m.regs, m.read_virt(R.DATA_VA, R.DATA_SIZE), stop


def sequence(seed):
    rng = random.Random(seed)
    items = R.generate(rng, LENGTH)
    code = R.assemble(items) + ECALL
    return items, code, R.initial_registers(rng), R.initial_data(rng)


def compare(unicorn, seed, fast=True):
    items, code, regs, data = sequence(seed)
    ur, ud = run_unicorn(unicorn, code, regs, data)
    pr, pd, stop = run_pagelab(code, regs, data, fast)
    problems = []
    if stop.cause != 8 or stop.pc != R.CODE_VA + len(code) - 4:
        problems.append(f"pagelab stopped with {stop}")
    problems += [f"x{i}: unicorn {ur[i]:#x} pagelab {pr[i]:#x}" for i in range(32) if ur[i] != pr[i]]
    if ud != pd:
        first = next(i for i in range(len(ud)) if ud[i] != pd[i])
        problems.append(f"memory differs first at {R.DATA_VA + first:#x}")
    if problems:
        listing = "\n".join(f"  {it.row.name} {it.fields}" for it in items)
        pytest.fail(f"seed {seed}:\n" + "\n".join(problems) + "\nsequence:\n" + listing)


@pytest.mark.parametrize("chunk", range(4))
def test_random_sequences_agree_with_unicorn(chunk):
    unicorn = require_module("unicorn")
    per = SEQUENCES // 4
    for seed in range(chunk * per, (chunk + 1) * per):
        compare(unicorn, seed)


def test_random_sequences_agree_with_unicorn_in_reference_mode():
    unicorn = require_module("unicorn")
    for seed in range(1000, 1060):
        compare(unicorn, seed, fast=False)


def test_the_generator_covers_every_row_it_may_generate():
    seen = set()
    for seed in range(SEQUENCES):
        items, *_ = sequence(seed)
        seen.update(it.row.name for it in items)
    missing = {row.name for row in R.ROWS} - seen
    assert not missing, f"rows never generated: {sorted(missing)}"
