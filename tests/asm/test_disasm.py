"""Unit tests of the disassembler (asm/disasm.py) that need no external tool.

The expected spellings below were observed from GNU objdump 2.40; test_disasm_gnu.py keeps checking
them against the real thing on hundreds of thousands of words.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pagelab.asm.disasm import (
    Disassembler, SymbolMap, disassemble_one, instruction_length, parse_arch,
)

PC = 0x10000


@pytest.mark.parametrize("word, text", [
    # 32-bit aliases GNU prefers
    (0x00000013, "nop"), (0x00100513, "li\ta0,1"), (0x00058513, "mv\ta0,a1"),
    (0xFF010113, "add\tsp,sp,-16"), (0xFFF5C513, "not\ta0,a1"), (0x0015B513, "seqz\ta0,a1"),
    (0x40B00533, "neg\ta0,a1"), (0x40B0053B, "negw\ta0,a1"), (0x0005851B, "sext.w\ta0,a1"),
    (0x00B03533, "snez\ta0,a1"), (0x0005A533, "sltz\ta0,a1"), (0x00B02533, "sgtz\ta0,a1"),
    (0x0FF5F513, "zext.b\ta0,a1"), (0x00F5F513, "and\ta0,a1,15"), (0x00F5E513, "or\ta0,a1,15"),
    (0x00359513, "sll\ta0,a1,0x3"), (0x4035D513, "sra\ta0,a1,0x3"), (0x0035951B, "sllw\ta0,a1,0x3"),
    (0x00008067, "ret"), (0x00050067, "jr\ta0"), (0x00850067, "jr\t8(a0)"),
    (0x000500E7, "jalr\ta0"), (0x008500E7, "jalr\t8(a0)"), (0x000502E7, "jalr\tt0,a0"),
    (0x12345537, "lui\ta0,0x12345"), (0x00001597, "auipc\ta1,0x1"),
    (0xC0002573, "rdcycle\ta0"), (0xC0102573, "rdtime\ta0"), (0xC0202573, "rdinstret\ta0"),
    (0x10002573, "csrr\ta0,sstatus"), (0x10059073, "csrw\tsstatus,a1"),
    (0x1005A073, "csrs\tsstatus,a1"), (0x1005B073, "csrc\tsstatus,a1"),
    (0x10025073, "csrw\tsstatus,4"), (0x100255F3, "csrrw\ta1,sstatus,4"),
    (0x7C0025F3, "csrr\ta1,0x7c0"), (0xC0001073, "unimp"),
    (0x0FF0000F, "fence"), (0x0310000F, "fence\trw,w"), (0x0000100F, "fence.i"),
    (0x8330000F, "fence.tso"), (0x00000073, "ecall"), (0x00100073, "ebreak"),
    (0x12000073, "sfence.vma"), (0x12050073, "sfence.vma\ta0"), (0x10500073, "wfi"),
    (0x1605352F, "lr.d.aqrl\ta0,(a0)"), (0x1AB5352F, "sc.d.rl\ta0,a1,(a0)"),
    (0x04B5252F, "amoadd.w.aq\ta0,a1,(a0)"), (0x02B50033, "mul\tzero,a0,a1"),
    (0xFFFFFFFB, ".4byte\t0xfffffffb"), (0xFFFF, ".2byte\t0xffff"), (0x0000007B, ".4byte\t0x7b"),
    # compressed instructions as GNU prints them: expanded, except HINTs
    (0x0000, "unimp"), (0x0001, "nop"), (0x0005, "c.nop\t1"), (0x0505, "add\ta0,a0,1"),
    (0x0501, "add\ta0,a0,0"), (0x4505, "li\ta0,1"), (0x4001, "c.li\tzero,0"),
    (0x6505, "lui\ta0,0x1"), (0x757D, "lui\ta0,0xfffff"), (0x6005, "c.lui\tzero,0x1"),
    (0x1141, "add\tsp,sp,-16"), (0x0040, "add\ts0,sp,4"), (0x8082, "ret"), (0x8502, "jr\ta0"),
    (0x9502, "jalr\ta0"), (0x9002, "ebreak"), (0x852E, "mv\ta0,a1"), (0x802E, "c.mv\tzero,a1"),
    (0x952E, "add\ta0,a0,a1"), (0x902E, "c.add\tzero,a1"), (0x2501, "sext.w\ta0,a0"),
    (0x2505, "addw\ta0,a0,1"), (0x050A, "sll\ta0,a0,0x2"), (0x0502, "c.slli64\ta0"),
    (0x8105, "srl\ta0,a0,0x1"), (0x8101, "c.srli64\ta0"), (0x8505, "sra\ta0,a0,0x1"),
    (0x8905, "and\ta0,a0,1"), (0x8D09, "sub\ta0,a0,a0"), (0x9D09, "subw\ta0,a0,a0"),
    (0x6082, "ld\tra,0(sp)"), (0xE406, "sd\tra,8(sp)"), (0xC0CA, "sw\ts2,64(sp)"),
    (0x4108, "lw\ta0,0(a0)"), (0x2000, ".2byte\t0x2000"), (0x6101, ".2byte\t0x6101"),
    (0x0004, ".2byte\t0x4"),
])
def test_words_print_with_gnu_objdumps_spelling(word, text):
    assert disassemble_one(word, PC)[1] == text


@pytest.mark.parametrize("word, text", [
    (0x00000013, "addi\tzero,zero,0"), (0x00100513, "addi\ta0,zero,1"),
    (0x00008067, "jalr\tzero,0(ra)"), (0x008000EF, "jal\tra,0x10008"),
    (0x0FF0000F, "fence\tiorw,iorw"), (0xC0001073, "unimp"),
    (0x10025073, "csrrwi\tzero,sstatus,4"), (0x0505, "c.addi\ta0,1"), (0x0001, "c.addi\tzero,0"),
    (0x1141, "c.addi\tsp,-16"), (0x7179, "c.addi16sp\tsp,-48"), (0x0040, "c.addi4spn\ts0,sp,4"),
    (0x8082, "c.jr\tra"),
    (0x757D, "c.lui\ta0,0xfffff"), (0x0502, "c.slli64\ta0"), (0x0000, "c.unimp"),
    (0xE406, "c.sdsp\tra,8(sp)"), (0xA001, "c.j\t0x10000"),
])
def test_no_aliases_mode_prints_the_canonical_instruction(word, text):
    assert disassemble_one(word, PC, aliases=False)[1] == text


def test_lengths_follow_the_risc_v_encoding_rule():
    assert [instruction_length(x) for x in (0x0001, 0x0013, 0x001F, 0x003F, 0x007F, 0x107F,
                                            0x7FFF)] == [2, 4, 6, 8, 10, 12, 2]
    assert disassemble_one(0x5678_1234_001F, PC) == (
        6, ".byte\t0x1f, 0x00, 0x34, 0x12, 0x78, 0x56")
    assert disassemble_one(0x0003_0002_0001_003F, PC) == (8, ".8byte\t0x300020001003f")


def test_branch_targets_are_absolute_and_labelled_by_the_nearest_symbol_below():
    symbols = SymbolMap([(0x10000, "_start"), (0x10040, "loop"), (0x10040, "other")])
    assert disassemble_one(0xFE0002E3, 0x1001C)[1] == "beqz\tzero,0x10000"
    assert disassemble_one(0xFE0002E3, 0x1001C, symbols)[1] == "beqz\tzero,10000 <_start>"
    assert disassemble_one(0x0240006F, 0x10020, symbols)[1] == "j\t10044 <loop+0x4>"
    assert disassemble_one(0xFF9FF06F, 0x10004, symbols)[1] == "j\tfffc <_start-0x4>"
    assert disassemble_one(0xFF9FF06F, 0x10004)[1] == "j\t0xfffc"


def test_lui_or_auipc_followed_by_a_use_gets_gnus_address_comment():
    symbols = SymbolMap([(0x10000, "_start"), (0x11000, "msg")])
    dis = Disassembler(symbols)
    assert dis.disassemble(0x00001597, 0x10000)[1] == "auipc\ta1,0x1"
    assert dis.disassemble(0x00858593, 0x10004)[1] == "add\ta1,a1,8 # 11008 <msg+0x8>"
    # the pairing is used once: a second use of a1 has no comment
    assert dis.disassemble(0x00858593, 0x10008)[1] == "add\ta1,a1,8"
    assert dis.disassemble(0x0005B503, 0x1000C)[1] == "ld\ta0,0(a1)"
    # mv never shows one, even right after the auipc
    dis.disassemble(0x00001597, 0x10010)
    assert dis.disassemble(0x00058513, 0x10014)[1] == "mv\ta0,a1"


def test_offsets_from_zero_tp_and_the_global_pointer_are_shown_as_addresses():
    dis = Disassembler(gp=0x12800)
    assert dis.disassemble(0x0101B503, 0)[1] == "ld\ta0,16(gp) # 0x12810"
    assert dis.disassemble(0x01023503, 0)[1] == "ld\ta0,16(tp) # 0x10"
    assert dis.disassemble(0xFF003503, 0)[1] == "ld\ta0,-16(zero) # 0xfffffffffffffff0"
    assert Disassembler().disassemble(0x0101B503, 0)[1] == "ld\ta0,16(gp)"


def test_disassembling_bytes_handles_a_truncated_tail():
    dis = Disassembler()
    assert dis.disassemble_bytes(bytes.fromhex("13050000"), 0, 0) == (4, "li\ta0,0")
    assert dis.disassemble_bytes(bytes.fromhex("1305"), 0, 0) == (2, ".2byte\t0x513")
    assert dis.disassemble_bytes(bytes.fromhex("13"), 0, 0) == (1, ".byte\t0x13")


@settings(max_examples=1000, deadline=None)
@given(st.integers(0, (1 << 64) - 1), st.integers(0, (1 << 64) - 1), st.booleans())
def test_any_word_at_any_address_gives_text_never_an_exception(word, pc, aliases):
    length, text = disassemble_one(word, pc, aliases=aliases)
    assert length in (2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24) and text
    assert "\n" not in text


@pytest.mark.parametrize("arch, word, text", [
    ("rv64gc", 0x00102573, "frflags\ta0"), ("rv64imac", 0x00102573, "csrr\ta0,fflags"),
    ("rv64gc", 0x00159073, "fsflags\ta1"), ("rv64gc", 0x0025D573, "fsrmi\ta0,11"),
    ("rv64i2p1", 0x10002573, ".4byte\t0x10002573"),
    ("rv64i2p1_zicsr", 0x10002573, "csrr\ta0,sstatus"),
    ("rv64i2p1", 0xC0002573, "rdcycle\ta0"),
    ("rv64i2p1", 0x0000100F, ".4byte\t0x100f"), ("rv64i2p0", 0x0000100F, "fence.i"),
    ("rv64i2p0_zmmul1p0", 0x02B50533, "mul\ta0,a0,a1"),
    ("rv64i2p0_zmmul1p0", 0x02B54533, ".4byte\t0x2b54533"),
    ("rv64ima", 0x4505, ".2byte\t0x4505"), ("rv64ima", 0x0000, ".2byte\t0x0"),
    ("rv64i2p1", 0xC0001073, "unimp"), ("rv64i2p1", 0x10500073, "wfi"),
])
def test_the_isa_subset_decides_what_decodes_as_in_gnu(arch, word, text):
    assert Disassembler(arch=arch).disassemble(word, PC)[1] == text


def test_isa_strings_parse_with_their_implied_extensions():
    assert parse_arch("rv64gc") >= {"i", "m", "a", "f", "d", "c", "zicsr", "zifencei"}
    assert parse_arch("rv64i2p0_m2p0_a2p0_c2p0_zmmul1p0") == {
        "i", "m", "a", "c", "zmmul", "zicsr", "zifencei"}
    assert parse_arch("rv64i2p1_zicsr2p0") == {"i", "zicsr"}
    assert parse_arch("rv64i2p1_d2p2") == {"i", "d", "f", "zicsr"}
    assert parse_arch("x86_64") is None


def test_an_unreadable_isa_string_keeps_gnus_default():
    dis = Disassembler(arch="not-an-isa")
    assert dis.disassemble(0x4505, PC)[1] == "li\ta0,1"
    dis.set_arch("rv64i2p0")
    assert dis.disassemble(0x4505, PC)[1] == ".2byte\t0x4505"
    dis.set_arch("garbage")
    assert dis.disassemble(0x4505, PC)[1] == ".2byte\t0x4505"
