"""The Machine API (docs/interfaces.md §3): registers, memory, MMU access, budgets, snapshots."""
from __future__ import annotations

import pytest

from cpu_harness import CODE_VA, DATA_VA, asm, user_machine
from pagelab.cpu.cost import CostModel
from pagelab.cpu.machine import DRAM_BASE, Machine, PageFault, StopReason
from pagelab.mmu.pte import PTE_R, PTE_U, PTE_W

ECALL = asm(("ecall", {}))
LOOP = asm(("addi", {"rd": 10, "rs1": 10, "imm": 1}), ("jal", {"rd": 0, "imm": -4}))


def test_registers_and_pc_read_back_unsigned_and_x0_ignores_writes():
    m = Machine(mem_size=1 << 20)
    m.set_reg(5, -1)
    m.set_reg(0, 7)
    assert m.get_reg(5) == 2**64 - 1 and m.get_reg(0) == 0
    m.regs = list(range(32))
    assert m.regs == [0] + list(range(1, 32))
    m.pc = -4
    assert m.pc == 2**64 - 4
    with pytest.raises(ValueError):
        m.get_reg(32)


def test_budget_stops_after_exactly_that_many_instructions_and_step_runs_one():
    m, _, _ = user_machine(LOOP)
    stop = m.run(1001)
    assert (stop.reason, stop.instret, m.instret) == (StopReason.BUDGET, 1001, 1001)
    assert m.get_reg(10) == 501 and stop.pc == CODE_VA + 4
    stop = m.step()
    assert stop.instret == 1 and m.pc == CODE_VA and m.instret == 1002
    assert m.run(0).instret == 0


def test_physical_memory_reads_and_writes_are_bounds_checked():
    m = Machine(mem_size=1 << 20)
    m.write_phys(DRAM_BASE + 10, b"hello")
    assert m.read_phys(DRAM_BASE + 10, 5) == b"hello"
    assert bytes(m.ram[10:15]) == b"hello"
    for bad in (DRAM_BASE - 1, DRAM_BASE + (1 << 20) - 2):
        with pytest.raises(ValueError):
            m.read_phys(bad, 4)
    with pytest.raises(ValueError):
        Machine(mem_size=12345)
    with pytest.raises(ValueError):
        Machine(mem_size=1 << 20, paging="sv32")


def test_translated_access_goes_through_the_mmu_and_faults_like_the_hart():
    m, pt, _ = user_machine(ECALL)
    pa = m.translate(DATA_VA + 5)
    assert pa == pt.translate(DATA_VA) + 5
    m.write_virt(DATA_VA + 4090, bytes(range(12)))         # crosses into the second data page
    assert m.read_virt(DATA_VA + 4090, 12) == bytes(range(12))
    with pytest.raises(PageFault) as info:
        m.read_virt(0x7000_0000, 4)
    assert (info.value.cause, info.value.va) == (13, 0x7000_0000)
    with pytest.raises(PageFault) as info:
        m.write_virt(CODE_VA, b"x")                       # code is not writable
    assert info.value.cause == 15
    assert m.stats()["dtlb.load.hits"] + m.stats()["dtlb.load.misses"] > 0


def test_a_changed_pte_is_not_seen_until_the_tlb_is_flushed():
    code = asm(("lui", {"rd": 5, "imm": DATA_VA >> 12}), ("ld", {"rd": 10, "rs1": 5, "imm": 0})) \
        + ECALL
    m, pt, frames = user_machine(code, (1).to_bytes(8, "little"))
    assert m.run(100).cause == 8 and m.get_reg(10) == 1
    other = frames()
    m.write_phys(other, (2).to_bytes(8, "little"))
    pt.unmap(DATA_VA)
    pt.map(DATA_VA, other, PTE_R | PTE_W | PTE_U)
    m.pc = CODE_VA
    assert m.run(100).cause == 8 and m.get_reg(10) == 1      # stale DTLB entry still used
    m.flush_tlb(DATA_VA, 1)
    m.pc = CODE_VA
    assert m.run(100).cause == 8 and m.get_reg(10) == 2


def test_writing_satp_does_not_flush_the_tlb():
    m, pt, _ = user_machine(ECALL)
    m.run(10)
    before = len(m.tlb_entries())
    m.satp = m.satp
    assert len(m.tlb_entries()) == before > 0
    assert m.flush_tlb() == before and m.tlb_entries() == []


def architectural(stats):
    return {k: v for k, v in stats.items() if not k.startswith("core.")}   # not cache counters


def test_snapshot_and_restore_give_the_same_future():
    m, _, _ = user_machine(LOOP)
    m.run(100)
    snap = m.snapshot()
    m.run(1000)
    after = (m.regs, m.pc, m.instret, m.cycles, architectural(m.stats()))
    m.restore(snap)
    assert m.instret == 100
    m.run(1000)
    assert (m.regs, m.pc, m.instret, m.cycles, architectural(m.stats())) == after


def test_cycles_and_time_follow_the_cost_model_and_the_kernel_can_charge_cycles():
    cost = CostModel(alu=2, jump=5, walk_access=0, timebase_ratio=10)
    m, _, _ = user_machine(LOOP, cost=cost)
    m.run(100)
    assert m.cycles == 50 * 2 + 50 * 5
    m.add_cycles(1000)
    assert m.cycles == 1350 and m.time == 135 and m.csr_read(0xC01) == 135
    assert m.csr_read(0xC00) == 1350 and m.csr_read(0xC02) == 100
    with pytest.raises(ValueError):
        CostModel(alu=-1)
    with pytest.raises(ValueError):
        CostModel.parse("alu=1,bogus=3")
    assert CostModel.parse("div=40, walk_access=7").div == 40


def test_reference_mode_gives_the_same_results():
    fast, _, _ = user_machine(LOOP)
    slow, _, _ = user_machine(LOOP, fast=False)
    fast.run(5000)
    slow.run(5000)
    assert (fast.regs, fast.pc, fast.cycles, fast.stats()["hits"]) == \
        (slow.regs, slow.pc, slow.cycles, slow.stats()["hits"])


def test_tlb_statistics_are_exact_whatever_the_budget_slices():
    """Fetch hits are handed to the MMU in batches; slicing a run at random budgets, against the
    reference mode in fixed slices, must leave identical statistics (tiny TLBs: many evictions)."""
    import random

    import randprog as R
    from pagelab.mmu.tlb import TLBConfig
    for seed in range(60):
        rng = random.Random(seed)
        code = R.assemble(R.generate(rng, 60)) + ECALL
        regs, data = R.initial_registers(rng), R.initial_data(rng)
        results = []
        for fast in (True, False):
            m, _, _ = user_machine(code, data, fast=fast,
                                   tlb=TLBConfig.parse("itlb4k=2x1,dtlb4k=2x2"))
            m.regs = regs
            while not m.run(rng.randint(1, 5) if fast else 3).is_trap:
                pass
            results.append((m.regs, architectural(m.stats())))
        assert results[0] == results[1], seed
