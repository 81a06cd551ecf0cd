"""The block-translation engine on whole programs: the C test and benchmark programs (against the
interpreter: output, exit status, registers, RAM, every counter, the TLB and its stamp order;
and against qemu-riscv64), and self-modifying code (stores into hot translated code from native
code, from the interpreter and from Python between runs; fence.i).
"""
from __future__ import annotations

import io
import os

import pytest

from cpu_harness import asm, user_machine
from jit_compare import assert_same_machine
from pagelab.cpu.minirt import MiniRuntime, load_program
from pagelab.mmu.pte import PTE_R, PTE_U, PTE_W, PTE_X
from pagelab.mmu.tlb import TLBConfig
from test_cpu_programs import BENCH_PROGRAMS, SMALL_TLB, TEST_PROGRAMS, build, run_qemu  # noqa: F401

CODE_VA = 0x10000


def run_program(elf, engine, tlb=None, threshold=2):
    out = io.BytesIO()
    rt = MiniRuntime(load_program(elf), [elf], out=out, err=io.BytesIO(), tlb=tlb,
                     engine=engine, jit_threshold=threshold)
    status = rt.run(max_instructions=2_000_000_000)
    return out.getvalue(), status, rt.m


@pytest.mark.parametrize("tlb", [SMALL_TLB, None])
@pytest.mark.parametrize("source", TEST_PROGRAMS + BENCH_PROGRAMS,
                         ids=lambda p: os.path.basename(p))
def test_programs_run_the_same_in_both_engines(build, source, tlb):
    elf = build(source, "rv64imac")
    config = TLBConfig.parse(tlb) if tlb else None
    # the short test programs: every block translated at first sight; the benchmarks: hot ones
    threshold = 0 if source in TEST_PROGRAMS else 2
    ref_out, ref_status, ref = run_program(elf, "interp", config)
    out, status, jit = run_program(elf, "jit", config, threshold)
    assert (out, status) == (ref_out, ref_status)
    assert_same_machine(ref, jit, os.path.basename(source))
    assert jit.stats()["jit.native_instructions"] > 0


@pytest.mark.parametrize("source", TEST_PROGRAMS, ids=lambda p: os.path.basename(p))
def test_programs_under_the_jit_agree_with_qemu(build, source):
    elf = build(source, "rv64im")
    assert run_program(elf, "jit", threshold=0)[:2] == run_qemu(elf)


# --- self-modifying code ------------------------------------------------------------------------

ADD2 = int.from_bytes(asm(("addi", dict(rd=5, rs1=5, imm=2))), "little")


def patch_loop(patcher):
    """100 iterations of x5 += 1; when x6 reaches 50 `patcher` (rows) rewrites the addi at
    CODE_VA + 8 into x5 += 2 (x8 holds the new word, x9 = CODE_VA + 8).  Result 150."""
    body = patcher
    skip = 4 + sum(4 for _ in body)
    return asm(("addi", dict(rd=6, rs1=0, imm=100)),
               ("addi", dict(rd=5, rs1=0, imm=0)),
               ("addi", dict(rd=5, rs1=5, imm=1)),               # +8: patched
               ("addi", dict(rd=6, rs1=6, imm=-1)),
               ("bne", dict(rs1=6, rs2=7, imm=skip)),
               *body,
               ("bne", dict(rs1=6, rs2=0, imm=-(12 + 4 * len(body)))),
               ("ecall", {}))


def run_patch(code, engine, budget=100_000):
    m, _, _ = user_machine(code, code_flags=PTE_R | PTE_W | PTE_X, engine=engine,
                           jit_threshold=0)
    m.set_reg(7, 50)
    m.set_reg(8, ADD2)
    m.set_reg(9, CODE_VA + 8)
    stop = m.run(budget)
    return m, stop


@pytest.mark.parametrize("patcher", [
    [("sw", dict(rs1=9, rs2=8, imm=0))],                                  # native store
    [("amoswap.w", dict(rd=0, rs1=9, rs2=8, aq=0, rl=0))],                            # interpreter (AMO)
    [("sw", dict(rs1=9, rs2=8, imm=0)), ("fence.i", {})],                 # + fence.i
], ids=["store", "amo", "fence.i"])
def test_stores_into_hot_translated_code_take_effect(patcher):
    code = patch_loop(patcher)
    ref, ref_stop = run_patch(code, "interp")
    jit, jit_stop = run_patch(code, "jit")
    assert ref_stop.cause == 8 and ref.get_reg(5) == 150
    assert jit_stop == ref_stop
    assert_same_machine(ref, jit)
    stats = jit.stats()
    assert stats["jit.invalidations"] >= 1 and stats["jit.native_instructions"] > 0


def test_python_writes_between_runs_are_noticed():
    code = patch_loop([])
    results = []
    for engine in ("interp", "jit"):
        m, _, _ = user_machine(code, engine=engine, jit_threshold=0)
        m.set_reg(7, 1000)                 # never: no patch from the guest
        m.run(150)                          # the loop is hot and translated by now
        pa = m.translate(CODE_VA + 8)
        m.write_phys(pa, ADD2.to_bytes(4, "little"))
        stop = m.run(100_000)
        results.append((m, stop))
    (ref, ref_stop), (jit, jit_stop) = results
    assert jit_stop == ref_stop and ref_stop.cause == 8
    assert ref.get_reg(5) > 100            # the patched instruction ran
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.invalidations"] >= 1


def test_a_store_of_unchanged_bytes_does_not_hide_a_later_change():
    """At x6 == 50 the loop stores the addi's own word over it (nothing changes, but the
    interpreter's decoded slot is dropped); at x6 == 30 it stores x5 += 2.  Result 70 + 60."""
    add1 = int.from_bytes(asm(("addi", dict(rd=5, rs1=5, imm=1))), "little")
    code = patch_loop([("sw", dict(rs1=9, rs2=11, imm=0)),
                       ("addi", dict(rd=11, rs1=8, imm=0)),
                       ("addi", dict(rd=7, rs1=7, imm=-20))])
    results = []
    for engine in ("interp", "jit"):
        m, _, _ = user_machine(code, code_flags=PTE_R | PTE_W | PTE_X, engine=engine,
                               jit_threshold=0)
        m.set_reg(7, 50)
        m.set_reg(8, ADD2)
        m.set_reg(9, CODE_VA + 8)
        m.set_reg(11, add1)
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert ref_stop.cause == 8 and ref.get_reg(5) == 130
    assert jit_stop == ref_stop
    assert_same_machine(ref, jit)


def test_a_translator_failure_leaves_the_interpreter_running(monkeypatch, capsys):
    from pagelab.cpu.jit import engine

    def broken(*args):
        raise RuntimeError("no code generator")
    monkeypatch.setattr(engine.JitEngine, "_emit_object", broken)
    monkeypatch.setattr(engine, "_known", {})              # nothing compiled or cached before
    monkeypatch.setattr(engine, "_cache_dir", lambda: None)
    code = patch_loop([])
    results = []
    for kind in ("interp", "jit"):
        m, _, _ = user_machine(code, engine=kind, jit_threshold=0)
        m.set_reg(7, 1000)
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert jit_stop == ref_stop and ref.get_reg(5) == 100
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.enabled"] == 0
    assert "translation failed" in capsys.readouterr().err


def test_emptying_the_block_table_midway_changes_nothing():
    from pagelab.cpu.jit import driver
    code = patch_loop([])
    results = []
    for engine in ("interp", "jit"):
        m, _, _ = user_machine(code, engine=engine, jit_threshold=0)
        m.set_reg(7, 1000)
        m.run(150)
        if engine == "jit":
            assert m.stats()["jit.native_instructions"] > 0
            driver.reset_table(m._jit.jit)
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert jit_stop == ref_stop and ref.get_reg(5) == 100
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.table_resets"] == 1


@pytest.mark.parametrize("tlb", [None, "itlb4k=4x2,dtlb4k=8x2,tlb2m=2,policy=lru",
                                 "itlb4k=4x2,dtlb4k=8x2,tlb2m=0"])
def test_code_and_data_in_a_2m_superpage(tlb):
    """The patched loop in one 2 MiB RWX page (ITLB/DTLB 2M entries; with tlb2m=0 no entry can
    hold it and every access walks): both engines the same."""
    from pagelab.cpu.machine import DRAM_BASE, Machine
    from pagelab.mmu.pagetable import PageTable
    from pagelab.mmu.pte import MODE_SV48, PTE_U, make_satp
    code = patch_loop([("sw", dict(rs1=9, rs2=8, imm=0)), ("sd", dict(rs1=9, rs2=6, imm=2000))])
    va, pa = 0x200000, DRAM_BASE + 0x200000
    results = []
    for engine in ("interp", "jit"):
        m = Machine(mem_size=8 << 20, engine=engine, jit_threshold=0,
                    tlb=TLBConfig.parse(tlb) if tlb else None)
        nxt = [DRAM_BASE]

        def frames():
            nxt[0] += 4096
            return nxt[0] - 4096
        root = frames()
        pt = PageTable(m, root, MODE_SV48, alloc=frames)
        pt.map(va, pa, PTE_R | PTE_W | PTE_X | PTE_U, level=1)
        m.write_phys(pa, code)
        m.satp = make_satp(MODE_SV48, 1, root >> 12)
        m.flush_tlb()
        m.pc = va
        m.set_reg(7, 50)
        m.set_reg(8, ADD2)
        m.set_reg(9, va + 8)
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert ref_stop.cause == 8 and ref.get_reg(5) == 150
    assert jit_stop == ref_stop
    assert_same_machine(ref, jit)
    if tlb is None or "tlb2m=2" in tlb:
        assert jit.stats()["jit.native_instructions"] > 0


# --- the per-site page caches of loop blocks, remapped code, blocks found ahead of time --------

def three_page_loop(misaligned, blocks):
    """A loop of one block (or two), 100 iterations (x6 counts down): a load from page P (x10),
    one from P and Q in turn (x11 ^= x17), one from page R (x12), a store to P / Q; with
    `misaligned` the load from R is misaligned (the slow path every time)."""
    split = [("beq", dict(rs1=0, rs2=0, imm=4))] if blocks == 2 else []
    return asm(("addi", dict(rd=6, rs1=0, imm=100)),
               ("ld", dict(rd=13, rs1=10, imm=0)),                    # +4: the loop
               ("ld", dict(rd=14, rs1=11, imm=8)),
               ("lw", dict(rd=15, rs1=12, imm=2 if misaligned else 16)),
               *split,
               ("add", dict(rd=5, rs1=5, rs2=13)),
               ("add", dict(rd=5, rs1=5, rs2=14)),
               ("add", dict(rd=5, rs1=5, rs2=15)),
               ("sd", dict(rs1=11, rs2=5, imm=8)),
               ("xor", dict(rd=11, rs1=11, rs2=17)),
               ("addi", dict(rd=6, rs1=6, imm=-1)),
               ("bne", dict(rs1=6, rs2=0, imm=-36 - 4 * len(split))),
               ("ecall", {}))


@pytest.mark.parametrize("blocks", [1, 2], ids=["1-block", "2-blocks"])
@pytest.mark.parametrize("misaligned", [False, True], ids=["aligned", "misaligned"])
@pytest.mark.parametrize("tlb", [None, "itlb4k=2x1,dtlb4k=1x1,tlb2m=2,policy=lru",
                                 "itlb4k=2x1,dtlb4k=2x1,tlb2m=2,policy=lru",
                                 "itlb4k=2x1,dtlb4k=2x2,tlb2m=2,policy=fifo",
                                 "itlb4k=2x1,dtlb4k=4x1,tlb2m=2,policy=lru"])
def test_a_loop_over_pages_that_evict_each_other(tlb, misaligned, blocks):
    """A translated loop keeps the line each access site hit last in registers; a TLB miss in
    the loop (which may evict any entry) must empty them, or the next access would count a
    hit on an entry that is gone.  P = 0x20000, Q = 0x22000, R = 0x21000: with the 2-set
    direct-mapped data TLB, the load from P hits in one iteration and must miss in the next
    (the load from Q evicted it); with 4 sets every access hits after the first round."""
    code = three_page_loop(misaligned, blocks)
    data = bytes(range(256)) * 48
    results = []
    for engine in ("interp", "jit"):
        m, _, _ = user_machine(code, data, data_pages=3, engine=engine, jit_threshold=0,
                               tlb=TLBConfig.parse(tlb) if tlb else None)
        m.set_reg(10, 0x20000)
        m.set_reg(11, 0x20000)
        m.set_reg(17, 0x20000 ^ 0x22000)
        m.set_reg(12, 0x21000)
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert ref_stop.cause == 8 and ref.get_reg(6) == 0
    assert jit_stop == ref_stop
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.native_instructions"] > 800


def test_code_remapped_between_runs_runs_the_new_code():
    """sfence.vma (here the kernel's flush_tlb) after the code page is mapped to another frame:
    the next run executes the other frame's code, though the old frame's loop was translated
    (translations belong to frames, and every page visit checks the ITLB)."""
    add2 = patch_loop([])
    add2 = add2[:8] + ADD2.to_bytes(4, "little") + add2[12:]
    results = []
    for engine in ("interp", "jit"):
        m, pt, frames = user_machine(patch_loop([]), engine=engine, jit_threshold=0)
        m.set_reg(7, 1000)
        first = m.run(100_000)
        other = frames()
        m.write_phys(other, add2)
        pt.unmap(CODE_VA)
        pt.map(CODE_VA, other, PTE_R | PTE_X | PTE_U)
        m.flush_tlb()
        m.pc = CODE_VA
        second = m.run(100_000)
        results.append((m, first, second))
    (ref, ref1, ref2), (jit, jit1, jit2) = results
    assert ref1.cause == 8 and ref2.cause == 8 and ref.get_reg(5) == 200
    assert (jit1, jit2) == (ref1, ref2)
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.native_instructions"] > 300


def test_a_store_into_a_block_translated_before_it_ran():
    """A batch translates the blocks its block leads to, before they run: at x6 == 3 the loop
    stores a new instruction into the block after it (translated with the loop, never run
    yet); that block must run the stored instruction."""
    tail = asm(("addi", dict(rd=5, rs1=5, imm=1)),           # patched into x5 += 2
               ("ecall", {}))
    head = asm(("addi", dict(rd=6, rs1=0, imm=20)),
               ("addi", dict(rd=6, rs1=6, imm=-1)),         # +4: the loop
               ("bne", dict(rs1=6, rs2=7, imm=8)),
               ("sw", dict(rs1=9, rs2=8, imm=0)),
               ("bne", dict(rs1=6, rs2=0, imm=-12)))
    code = head + tail
    results = []
    for engine in ("interp", "jit"):
        m, _, _ = user_machine(code, code_flags=PTE_R | PTE_W | PTE_X, engine=engine,
                               jit_threshold=0)
        m.set_reg(7, 3)
        m.set_reg(8, ADD2)
        m.set_reg(9, CODE_VA + len(head))
        results.append((m, m.run(100_000)))
    (ref, ref_stop), (jit, jit_stop) = results
    assert ref_stop.cause == 8 and ref.get_reg(5) == 2
    assert jit_stop == ref_stop
    assert_same_machine(ref, jit)
    assert jit.stats()["jit.invalidations"] >= 1
