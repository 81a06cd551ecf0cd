"""Traps and the corners of the ISA: what comes back to the kernel, with which stval and pc."""
from __future__ import annotations

import struct

import pytest

from cpu_harness import CODE_VA, DATA_VA, asm, user_machine
from pagelab.cpu.isa.encoding import encode
from pagelab.mmu.pte import PAGE_SIZE, PTE_R, PTE_W, PTE_X

ECALL = asm(("ecall", {}))


def li(rd, value):
    """lui+addi(w) pairs are overkill here: build small constants with addi, big with lui+addi."""
    if -2048 <= value < 2048:
        return asm(("addi", {"rd": rd, "rs1": 0, "imm": value}))
    hi = (value + 0x800) >> 12
    lo = value - (hi << 12)
    return asm(("lui", {"rd": rd, "imm": hi & 0xFFFFF}), ("addiw", {"rd": rd, "rs1": rd, "imm": lo}))


def run(code, data=b"", **kw):
    m, pt, frames = user_machine(code, data, **kw)
    return m, m.run(10_000)


def test_ecall_stops_with_cause_8_at_the_ecall_and_nothing_retired():
    m, stop = run(asm(("addi", {"rd": 10, "rs1": 0, "imm": 5})) + ECALL)
    assert (stop.cause, stop.pc, stop.instret, stop.tval) == (8, CODE_VA + 4, 1, 0)
    assert m.instret == 1 and m.get_reg(10) == 5
    assert m.csr_read(0x142) == 8 and m.csr_read(0x141) == CODE_VA + 4


def test_ebreak_and_c_ebreak_stop_with_cause_3():
    m, stop = run(asm(("ebreak", {})))
    assert (stop.cause, stop.pc) == (3, CODE_VA)
    m, stop = run(asm(("c.ebreak", {})))
    assert (stop.cause, stop.pc) == (3, CODE_VA)


def test_illegal_instruction_reports_the_instruction_bits_in_stval():
    m, stop = run(struct.pack("<I", 0xFFFFFFFF))
    assert (stop.cause, stop.tval, stop.pc) == (2, 0xFFFFFFFF, CODE_VA)
    m, stop = run(struct.pack("<H", 0x0000))            # the all-zero halfword is illegal
    assert (stop.cause, stop.tval) == (2, 0)
    m, stop = run(asm(("addi", {"rd": 0, "rs1": 0, "imm": 0})) + struct.pack("<H", 0x6001))
    assert (stop.cause, stop.tval, stop.pc) == (2, 0x6001, CODE_VA + 4)   # c.lui with imm 0


@pytest.mark.parametrize("name", ["sret", "mret", "wfi"])
def test_supervisor_instructions_are_illegal_in_user_mode(name):
    word = encode(name, {})
    m, stop = run(struct.pack("<I", word))
    assert (stop.cause, stop.tval) == (2, word)


def test_sfence_vma_is_illegal_in_user_mode():
    word = encode("sfence.vma", {"rs1": 5, "rs2": 6})
    m, stop = run(struct.pack("<I", word))
    assert (stop.cause, stop.tval) == (2, word)


def test_counters_read_through_csrrs_and_writes_to_them_are_illegal():
    code = (asm(("addi", {"rd": 5, "rs1": 0, "imm": 1}), ("addi", {"rd": 5, "rs1": 5, "imm": 1}))
            + asm(("csrrs", {"rd": 10, "csr": 0xC02, "rs1": 0}),
                  ("csrrs", {"rd": 11, "csr": 0xC00, "rs1": 0}),
                  ("csrrsi", {"rd": 12, "csr": 0xC01, "zimm": 0}),
                  ("csrrc", {"rd": 13, "csr": 0xC03, "rs1": 0})) + ECALL)
    m, stop = run(code)
    assert stop.cause == 8
    assert m.get_reg(10) == 2                         # instret before the csrrs
    walks = m.stats()["walk_reads"] * m.cost.walk_access    # the ITLB miss of the first fetch
    assert m.stats()["walk_reads"] == 4
    assert m.get_reg(11) == m.cost.alu * 2 + m.cost.csr + walks   # cycles before that csrrs
    assert m.get_reg(12) == m.get_reg(11) // m.cost.timebase_ratio
    assert m.get_reg(13) == 0                         # hpmcounter3 reads zero
    for name, fields in [("csrrw", {"rd": 0, "csr": 0xC00, "rs1": 0}),
                         ("csrrs", {"rd": 1, "csr": 0xC02, "rs1": 5}),
                         ("csrrwi", {"rd": 1, "csr": 0xC01, "zimm": 0}),
                         ("csrrci", {"rd": 1, "csr": 0xC00, "zimm": 1}),
                         ("csrrs", {"rd": 1, "csr": 0x100, "rs1": 0}),    # sstatus: S-mode
                         ("csrrs", {"rd": 1, "csr": 0x180, "rs1": 0}),    # satp
                         ("csrrs", {"rd": 1, "csr": 0x001, "rs1": 0})]:   # fflags: no F
        word = encode(name, fields)
        m, stop = run(struct.pack("<I", word))
        assert (stop.cause, stop.tval) == (2, word), name


def test_division_edge_cases_follow_the_spec():
    int_min = -(1 << 63)
    code = (li(5, 7) + asm(("addi", {"rd": 6, "rs1": 0, "imm": 0})) + asm(
        ("div", {"rd": 10, "rs1": 5, "rs2": 6}), ("divu", {"rd": 11, "rs1": 5, "rs2": 6}),
        ("rem", {"rd": 12, "rs1": 5, "rs2": 6}), ("remu", {"rd": 13, "rs1": 5, "rs2": 6}),
        ("addi", {"rd": 7, "rs1": 0, "imm": 1}), ("slli", {"rd": 7, "rs1": 7, "shamt6": 63}),
        ("addi", {"rd": 8, "rs1": 0, "imm": -1}),
        ("div", {"rd": 14, "rs1": 7, "rs2": 8}), ("rem", {"rd": 15, "rs1": 7, "rs2": 8}),
        ("divw", {"rd": 16, "rs1": 5, "rs2": 6}), ("remuw", {"rd": 17, "rs1": 8, "rs2": 6}),
        ("addi", {"rd": 9, "rs1": 0, "imm": -7}),
        ("div", {"rd": 18, "rs1": 9, "rs2": 5 - 3}), ("rem", {"rd": 19, "rs1": 9, "rs2": 5 - 3}),
    ) + ECALL)
    m, stop = run(code)
    assert stop.cause == 8
    mask = (1 << 64) - 1
    assert m.get_reg(10) == mask and m.get_reg(11) == mask
    assert m.get_reg(12) == 7 and m.get_reg(13) == 7
    assert m.get_reg(14) == int_min & mask and m.get_reg(15) == 0
    assert m.get_reg(16) == mask and m.get_reg(17) == mask
    # x2 (sp) is 0 here: -7 / 0 and -7 % 0
    assert m.get_reg(18) == mask and m.get_reg(19) == (-7) & mask


def test_misaligned_loads_and_stores_work_also_across_a_page_boundary():
    data = bytes(range(256)) * 32
    code = (li(5, DATA_VA + PAGE_SIZE - 3) + asm(
        ("ld", {"rd": 10, "rs1": 5, "imm": 0}),
        ("lw", {"rd": 11, "rs1": 5, "imm": 1}),
        ("lhu", {"rd": 12, "rs1": 5, "imm": 2}),
        ("sd", {"rs2": 10, "rs1": 5, "imm": 1}),
        ("ld", {"rd": 13, "rs1": 5, "imm": 1})) + ECALL)
    m, stop = run(code, data)
    assert stop.cause == 8
    expect = int.from_bytes(data[PAGE_SIZE - 3:PAGE_SIZE + 5], "little")
    assert m.get_reg(10) == expect
    assert m.get_reg(11) == int.from_bytes(data[PAGE_SIZE - 2:PAGE_SIZE + 2], "little")
    assert m.get_reg(12) == int.from_bytes(data[PAGE_SIZE - 1:PAGE_SIZE + 1], "little")
    assert m.get_reg(13) == expect
    assert m.read_virt(DATA_VA + PAGE_SIZE - 2, 8) == expect.to_bytes(8, "little")


def test_a_page_crossing_access_faults_with_stval_at_the_faulting_part():
    # data page 0 mapped, page 1 not: a load crossing into page 1 faults at page 1's first byte
    code = li(5, DATA_VA + PAGE_SIZE - 2) + asm(("lw", {"rd": 10, "rs1": 5, "imm": 0})) + ECALL
    m, stop = run(code, data_pages=1)
    assert (stop.cause, stop.tval, stop.pc) == (13, DATA_VA + PAGE_SIZE, CODE_VA + 8)
    # a store crossing: nothing is written when the second page faults
    code = (li(5, DATA_VA + PAGE_SIZE - 2) + li(6, -1)
            + asm(("sw", {"rs2": 6, "rs1": 5, "imm": 0})) + ECALL)
    m, stop = run(code, data_pages=1)
    assert (stop.cause, stop.tval) == (15, DATA_VA + PAGE_SIZE)
    assert m.read_virt(DATA_VA + PAGE_SIZE - 2, 2) == b"\0\0"
    # the first page faulting: stval is the access address itself
    code = li(5, DATA_VA - 2) + asm(("lw", {"rd": 10, "rs1": 5, "imm": 0})) + ECALL
    m, stop = run(code)
    assert (stop.cause, stop.tval) == (13, DATA_VA - 2)


def test_a_fetch_straddling_into_an_unmapped_page_faults_at_the_second_page():
    nops = asm(*[("addi", {"rd": 0, "rs1": 0, "imm": 0})] * (PAGE_SIZE // 4 - 1))
    code = nops + asm(("c.nop", {"imm": 0})) + asm(("addi", {"rd": 10, "rs1": 0, "imm": 1}))[:2]
    m, stop = run(code[:PAGE_SIZE])
    assert (stop.cause, stop.pc, stop.tval) == (12, CODE_VA + PAGE_SIZE - 2, CODE_VA + PAGE_SIZE)
    assert stop.instret == PAGE_SIZE // 4


def test_a_straddling_instruction_runs_when_both_pages_are_mapped():
    nops = asm(*[("addi", {"rd": 0, "rs1": 0, "imm": 0})] * (PAGE_SIZE // 4 - 1))
    code = nops + asm(("c.nop", {"imm": 0}), ("addi", {"rd": 10, "rs1": 0, "imm": 7})) + ECALL
    m, stop = run(code)
    assert stop.cause == 8 and m.get_reg(10) == 7


def test_fetch_from_a_page_without_execute_permission_is_an_instruction_page_fault():
    code = li(5, DATA_VA) + asm(("jalr", {"rd": 0, "rs1": 5, "imm": 0}))
    m, stop = run(code, ECALL)
    assert (stop.cause, stop.pc, stop.tval) == (12, DATA_VA, DATA_VA)


def test_misaligned_amo_and_lr_sc_raise_address_misaligned():
    for name, cause in [("amoadd.w", 6), ("amoswap.d", 6), ("sc.w", 6), ("sc.d", 6),
                        ("lr.w", 4), ("lr.d", 4)]:
        fields = {"rd": 10, "rs1": 5, "aq": 0, "rl": 0}
        if not name.startswith("lr"):
            fields["rs2"] = 6
        code = li(5, DATA_VA + 2) + asm((name, fields)) + ECALL
        m, stop = run(code)
        assert (stop.cause, stop.tval) == (cause, DATA_VA + 2), name


def test_lr_sc_reservations_behave_as_the_spec_says():
    amo = {"aq": 0, "rl": 0}
    code = li(5, DATA_VA + 8) + li(6, 99) + asm(
        ("sc.d", {"rd": 10, "rs1": 5, "rs2": 6, **amo}),           # no reservation: fails
        ("lr.d", {"rd": 11, "rs1": 5, **amo}),
        ("sc.d", {"rd": 12, "rs1": 5, "rs2": 6, **amo}),           # succeeds
        ("sc.d", {"rd": 13, "rs1": 5, "rs2": 6, **amo}),           # reservation gone: fails
        ("lr.w", {"rd": 14, "rs1": 5, **amo}),
        ("addi", {"rd": 7, "rs1": 5, "imm": 8}),
        ("sc.w", {"rd": 15, "rs1": 7, "rs2": 6, **amo}),           # other address: fails
        ("sc.w", {"rd": 16, "rs1": 5, "rs2": 6, **amo})) + ECALL   # cleared by that SC: fails
    m, stop = run(code)
    assert stop.cause == 8
    assert [m.get_reg(r) for r in (10, 12, 13, 15, 16)] == [1, 0, 1, 1, 1]
    assert m.read_virt(DATA_VA + 8, 8) == (99).to_bytes(8, "little")
    assert m.reservation is None


def test_the_kernel_can_clear_a_reservation_between_runs():
    amo = {"aq": 0, "rl": 0}
    code = li(5, DATA_VA) + asm(("lr.d", {"rd": 11, "rs1": 5, **amo})) + ECALL + asm(
        ("sc.d", {"rd": 12, "rs1": 5, "rs2": 5, **amo})) + ECALL
    m, stop = run(code)
    assert m.reservation == DATA_VA
    m.clear_reservation()
    m.pc = stop.pc + 4
    assert m.run(100).cause == 8 and m.get_reg(12) == 1


def test_amos_return_the_old_value_and_store_the_result():
    amo = {"aq": 1, "rl": 1}
    data = (-5 & (2**64 - 1)).to_bytes(8, "little") + (7).to_bytes(4, "little")
    code = li(5, DATA_VA) + li(6, 3) + li(7, DATA_VA + 8) + asm(
        ("amoadd.d", {"rd": 10, "rs1": 5, "rs2": 6, **amo}),       # -5 -> -2
        ("amominu.d", {"rd": 11, "rs1": 5, "rs2": 6, **amo}),      # min(-2 unsigned, 3) = 3
        ("amomax.w", {"rd": 12, "rs1": 7, "rs2": 6, **amo}),       # max(7, 3) = 7
        ("amoswap.w", {"rd": 13, "rs1": 7, "rs2": 5, **amo})) + ECALL
    m, stop = run(code, data)
    mask = 2**64 - 1
    assert [m.get_reg(r) for r in (10, 11, 12, 13)] == [-5 & mask, -2 & mask, 7, 7]
    assert m.read_virt(DATA_VA, 12) == (3).to_bytes(8, "little") + (DATA_VA).to_bytes(4, "little")


def test_stores_to_page_without_write_permission_fault_as_stores():
    code = li(5, CODE_VA) + asm(("sw", {"rs2": 0, "rs1": 5, "imm": 0}),
                                ("amoor.w", {"rd": 1, "rs1": 5, "rs2": 0, "aq": 0, "rl": 0}))
    m, stop = run(code + ECALL)
    assert (stop.cause, stop.tval) == (15, CODE_VA)


def test_self_modifying_code_sees_its_own_stores():
    # the loop body patches the addi that follows it: second pass executes the new instruction
    target = CODE_VA + 16
    new = encode("addi", {"rd": 10, "rs1": 10, "imm": 100})
    code = (li(5, target) + li(6, new - (1 << 32) if new >> 31 else new)
            + asm(("addi", {"rd": 10, "rs1": 10, "imm": 1}),           # at CODE_VA + 16
                  ("sw", {"rs2": 6, "rs1": 5, "imm": 0}),
                  ("addi", {"rd": 7, "rs1": 7, "imm": 1}),
                  ("addi", {"rd": 28, "rs1": 0, "imm": 2}),
                  ("blt", {"rs1": 7, "rs2": 28, "imm": -16})) + ECALL)
    assert len(li(5, target) + li(6, 0x12345)) == 16
    m, stop = run(code, code_flags=PTE_R | PTE_W | PTE_X)
    assert stop.cause == 8
    assert m.get_reg(10) == 101


def test_fence_i_and_kernel_writes_drop_stale_decoded_instructions():
    code = asm(("addi", {"rd": 10, "rs1": 10, "imm": 1})) + ECALL
    m, pt, frames = user_machine(code)
    assert m.run(10).cause == 8 and m.get_reg(10) == 1
    # the kernel rewrites the code page directly in RAM (as when it reuses a frame)
    pa = pt.translate(CODE_VA)
    m.ram[pa - 0x8000_0000: pa - 0x8000_0000 + 4] = list(
        encode("addi", {"rd": 10, "rs1": 10, "imm": 50}).to_bytes(4, "little"))
    m.pc = CODE_VA
    assert m.run(10).cause == 8 and m.get_reg(10) == 51
    # through write_phys
    m.write_phys(pa, encode("addi", {"rd": 10, "rs1": 10, "imm": 500}).to_bytes(4, "little"))
    m.pc = CODE_VA
    assert m.run(10).cause == 8 and m.get_reg(10) == 551


def test_x0_stays_zero_whatever_writes_it():
    code = asm(("addi", {"rd": 0, "rs1": 0, "imm": 5}), ("lui", {"rd": 0, "imm": 1}),
               ("jal", {"rd": 0, "imm": 4}), ("c.li", {"c_rd": 0, "imm": 3}),
               ("add", {"rd": 10, "rs1": 0, "rs2": 0})) + ECALL
    m, stop = run(code)
    assert stop.cause == 8 and m.get_reg(0) == 0 and m.get_reg(10) == 0


def test_a_jump_to_an_unmapped_address_is_a_fetch_page_fault_and_jalr_clears_bit_0():
    code = li(5, 0x5000_0001) + asm(("jalr", {"rd": 1, "rs1": 5, "imm": 0}))
    m, stop = run(code)
    assert (stop.cause, stop.pc, stop.tval) == (12, 0x5000_0000, 0x5000_0000)
    assert m.get_reg(1) == CODE_VA + 12


def test_non_canonical_addresses_fault():
    code = li(5, -1) + asm(("srli", {"rd": 5, "rs1": 5, "shamt6": 1}),
                           ("ld", {"rd": 10, "rs1": 5, "imm": 0})) + ECALL
    m, stop = run(code)
    assert (stop.cause, stop.tval) == (13, (1 << 63) - 1)


def test_loads_sign_and_zero_extend():
    data = bytes([0x80, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFF])
    code = li(5, DATA_VA) + asm(
        ("lb", {"rd": 10, "rs1": 5, "imm": 0}), ("lbu", {"rd": 11, "rs1": 5, "imm": 0}),
        ("lh", {"rd": 12, "rs1": 5, "imm": 0}), ("lhu", {"rd": 13, "rs1": 5, "imm": 0}),
        ("lw", {"rd": 14, "rs1": 5, "imm": 0}), ("lwu", {"rd": 15, "rs1": 5, "imm": 0}),
        ("lw", {"rd": 16, "rs1": 5, "imm": 1}), ("lhu", {"rd": 17, "rs1": 5, "imm": 3})) + ECALL
    m, stop = run(code, data)
    assert [m.get_reg(r) for r in range(10, 18)] == [
        0xFFFFFFFFFFFFFF80, 0x80, 0xFFFFFFFFFFFFFF80, 0xFF80, 0xFFFFFFFFFFFFFF80, 0xFFFFFF80,
        0xFFFFFFFFFEFFFFFF, 0xFEFF]


def test_the_top_page_of_the_address_space_is_not_mistaken_for_a_cached_one():
    # va >> 12 == -1 there: a micro-cache whose empty tag were -1 would "hit" and write RAM 0
    code = li(5, -8) + asm(("sd", {"rs2": 5, "rs1": 5, "imm": 0}),
                           ("ld", {"rd": 6, "rs1": 5, "imm": 0})) + ECALL
    m, pt, frames = user_machine(code)
    root = bytes(m.ram[:4096])
    stop = m.run(100)
    assert (stop.cause, stop.tval) == (15, (1 << 64) - 8)
    m.pc = CODE_VA + 8
    stop = m.run(100)
    assert (stop.cause, stop.tval) == (13, (1 << 64) - 8)
    assert bytes(m.ram[:4096]) == root


def test_an_odd_pc_set_from_python_is_an_instruction_address_misaligned_trap():
    m, pt, frames = user_machine(ECALL)
    m.pc = CODE_VA + 1
    stop = m.run(10)
    assert (stop.cause, stop.tval, stop.pc, stop.instret) == (0, CODE_VA + 1, CODE_VA + 1, 0)
