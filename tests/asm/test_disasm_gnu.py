"""Differential tests of the disassembler against GNU objdump 2.40 (the oracle).

Word streams are assembled with ``riscv64-linux-gnu-as -march=rv64imac`` from ``.insn`` directives
(so GNU, like pagelab, knows no F/D), then both objdumps disassemble the object file and the whole
outputs are compared line by line: instruction text, raw bytes, addresses, symbols and the
``# address`` comments of lui/auipc pairs.  One test uses GNU's raw-binary mode, whose default
architecture is rv64gc: there the only differences allowed are the F/D instructions pagelab lacks.

Agreement is printed (``pytest -s``) as e.g. ``RVC, ELF mode: 49152/49152 words identical``.
"""
from __future__ import annotations

import io
import random
import re
import subprocess

import pytest

from oracles import GNU_AS, GNU_OBJDUMP, require_tool
from pagelab.asm.disasm import Disassembler
from pagelab.asm.objdump import dump_file
from pagelab.cpu.isa.csr import STANDARD_CSR_NAMES
from pagelab.cpu.isa.encoding import decode
from pagelab.cpu.isa.table import BASE

LINE = re.compile(r"^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*\t(.*)$")


def assemble_insns(tmp_path, name: str, words) -> str:
    """An object file whose .text holds `words` ((length, value) pairs) via .insn."""
    as_ = require_tool(GNU_AS)
    src = tmp_path / f"{name}.s"
    with open(src, "w") as f:
        f.write(".text\n.globl _start\n_start:\n")
        for length, word in words:
            f.write(f".insn {length}, 0x{word:x}\n")
    obj = tmp_path / f"{name}.o"
    subprocess.run([as_, "-march=rv64imac", "-o", obj, src], check=True)
    return str(obj)


def gnu_objdump(path: str, *options) -> str:
    tool = require_tool(GNU_OBJDUMP)
    return subprocess.run([tool, "-d", *options, path], capture_output=True, text=True,
                          check=True).stdout


def our_objdump(path: str, aliases: bool = True) -> str:
    out = io.StringIO()
    dump_file(path, out, aliases=aliases)
    return out.getvalue()


def compare_outputs(gnu: str, ours: str, label: str, allowed=lambda gnu_line: False):
    """Line-by-line comparison; returns the disagreements not `allowed`, prints the figures."""
    g_lines, o_lines = gnu.splitlines(), ours.splitlines()
    assert len(g_lines) == len(o_lines), f"{label}: {len(g_lines)} lines from GNU, {len(o_lines)}"
    insns = same = 0
    unexpected = []
    for g, o in zip(g_lines, o_lines):
        is_insn = LINE.match(g) is not None
        insns += is_insn
        if g == o:
            same += is_insn
        elif not allowed(g):
            unexpected.append((g, o))
    print(f"\n{label}: {same}/{insns} instruction lines identical, "
          f"{len(unexpected)} unexpected differences")
    return unexpected


def all_rvc_words():
    return [w for w in range(0x10000) if w & 3 != 3]


def random_32bit_words(seed: int, per_row: int, pure: int):
    """Words from every table row with random operand bits, plus uniformly random words."""
    rng = random.Random(seed)
    words = []
    for row in BASE:
        for _ in range(per_row):
            word = (rng.getrandbits(32) & ~row.mask) | row.match
            if rng.random() < 0.5:                  # favour zero/ra/sp/gp/tp and small values
                for lo in (7, 15, 20):
                    if not (row.mask >> lo) & 31 and rng.random() < 0.5:
                        word = word & ~(31 << lo) | rng.choice([0, 1, 2, 3, 4, 8, 10]) << lo
            if rng.random() < 0.3 and not (row.mask >> 20) & 0xFFF:
                imm = rng.choice([0, 1, -1, 255, 0xC00, 0xC01, 0xC02, 0x001, 0x002, 0x003,
                                  0x7FF, -2048]) & 0xFFF
                word = word & 0xFFFFF | imm << 20
            words.append(word & 0xFFFFFFFF)
    while len(words) < len(BASE) * per_row + pure:
        word = rng.getrandbits(32) | 3
        if word & 0x1F != 0x1F:
            words.append(word)
    words += EDGE_WORDS
    rng.shuffle(words)
    return [w for w in words if w & 0x1F != 0x1F]


# Words with a spelling of their own that random operands rarely hit.
EDGE_WORDS = [
    0xC0001073, 0xC0101073, 0xC0002073, 0xC0102573, 0xC0202573, 0xC0002573, 0xC8002573,
    0x00000013, 0x00000513, 0x00050513, 0xFFF54513, 0x0FF57513, 0x00153513, 0x00A03533,
    0x00008067, 0x000080E7, 0x00050067, 0x000500E7, 0x00000067, 0x0000006F, 0x000000EF,
    0x0FF0000F, 0x0000000F, 0x8330000F, 0x0000100F, 0x12000073, 0x12050073, 0x12B00073,
    0x00000063, 0x00005063, 0x00004063, 0x00001063, 0x00A05063, 0x00A04063, 0x00055063,
    0x00054063, 0x40A00533, 0x40A0053B, 0x00002533, 0x00052533, 0x0005051B, 0x0000051B,
]


def test_every_rvc_word_disassembles_as_gnu_objdump_does_for_rv64imac(tmp_path):
    obj = assemble_insns(tmp_path, "rvc", [(2, w) for w in all_rvc_words()])
    # c.addi16sp with a zero immediate is reserved: pagelab shows .2byte, GNU 'add sp,sp,0'.
    reserved = lambda g: g.endswith("\tadd\tsp,sp,0") or g.endswith("\tc.addi16sp\tsp,0")
    for aliases, options in ((True, ()), (False, ("-M", "no-aliases"))):
        gnu, ours = gnu_objdump(obj, *options), our_objdump(obj, aliases)
        label = f"RVC words, ELF rv64imac, {'aliases' if aliases else 'no-aliases'}"
        assert compare_outputs(gnu, ours, label, reserved) == []


def test_every_rvc_word_matches_gnu_raw_binary_mode_except_floating_point(tmp_path):
    """GNU's raw mode assumes rv64gc: c.fld/c.fsd/c.fldsp/c.fsdsp are the expected differences."""
    path = tmp_path / "rvc.bin"
    words = all_rvc_words()
    path.write_bytes(b"".join(w.to_bytes(2, "little") for w in words))
    out = subprocess.run([require_tool(GNU_OBJDUMP), "-D", "-b", "binary", "-m", "riscv:rv64",
                          path], capture_output=True, text=True, check=True).stdout
    dis = Disassembler()
    gnu = [m.group(3) for m in map(LINE.match, out.splitlines()) if m]
    assert len(gnu) == len(words)
    floating = reserved = same = 0
    unexpected = []
    for i, (word, text) in enumerate(zip(words, gnu)):
        _, ours = dis.disassemble(word, 2 * i)
        if ours == text:
            same += 1
        elif re.match(r"(c\.)?f(ld|sd)(sp)?\t", text):
            floating += 1
        elif word == 0x6101:
            reserved += 1
        else:
            unexpected.append((hex(word), text, ours))
    print(f"\nRVC words, GNU raw binary (rv64gc): {same}/{len(words)} identical; "
          f"{floating} F/D (c.fld/c.fsd/c.fldsp/c.fsdsp), {reserved} reserved c.addi16sp 0")
    assert unexpected == []
    assert floating == 4 * 2048 and reserved == 1


@pytest.mark.parametrize("aliases", [True, False], ids=["aliases", "no-aliases"])
def test_random_32bit_words_disassemble_as_gnu_objdump_does(tmp_path, aliases):
    words = random_32bit_words(seed=2026, per_row=1000, pure=105000)
    obj = assemble_insns(tmp_path, "w32", [(4, w) for w in words])
    options = () if aliases else ("-M", "no-aliases")
    gnu, ours = gnu_objdump(obj, *options), our_objdump(obj, aliases)
    label = f"{len(words)} random 32-bit words, {'aliases' if aliases else 'no-aliases'}"
    assert compare_outputs(gnu, ours, label) == []


def test_mixed_16_and_32_bit_streams_keep_address_comments_in_step_with_gnu(tmp_path):
    rng = random.Random(7)
    base = random_32bit_words(seed=11, per_row=40, pure=2000)
    stream = []
    for word in base:
        stream.append((4, word))
        if rng.random() < 0.5:
            half = rng.getrandbits(16)
            stream.append((2, half if half & 3 != 3 else half & ~1))
        if rng.random() < 0.2:                 # lui/auipc/c.lui then a use of the same register
            rd = rng.choice([1, 3, 4, 8, 10])
            stream.append((4, rng.getrandbits(20) << 12 | rd << 7 | rng.choice([0x37, 0x17])))
            stream.append((4, rng.getrandbits(12) << 20 | rd << 15 | rd << 7 | 0x13))
    obj = assemble_insns(tmp_path, "mixed", stream)
    assert compare_outputs(gnu_objdump(obj), our_objdump(obj), "mixed 16/32-bit stream") == []


def test_longer_encodings_print_as_gnu_prints_them(tmp_path):
    """48-, 64- and 80-bit encodings (none exist in pagelab) and reserved >=192-bit ones."""
    chunks = [(6, 0x5678_1234_001F), (8, 0x0003_0002_0001_003F), (2, 0x7FFF),
              (10, 0x007F), (4, 0x00000013)]
    path = tmp_path / "long.bin"
    path.write_bytes(b"".join(w.to_bytes(n, "little") for n, w in chunks))
    out = subprocess.run([require_tool(GNU_OBJDUMP), "-D", "-b", "binary", "-m", "riscv:rv64",
                          path], capture_output=True, text=True, check=True).stdout
    gnu = [m.group(3) for m in map(LINE.match, out.splitlines()) if m and m.group(3)]
    dis = Disassembler()
    data = path.read_bytes()
    ours, offset = [], 0
    while offset < len(data):
        length, text = dis.disassemble_bytes(data, offset, offset)
        ours.append(text)
        offset += length
    assert ours == gnu


def test_csr_names_agree_with_gnu_for_all_4096_numbers(tmp_path):
    words = [(4, n << 20 | 11 << 15 | 2 << 12 | 10 << 7 | 0x73) for n in range(4096)]
    obj = assemble_insns(tmp_path, "csr", words)
    names = [m.group(3).split("\t")[1].split(",")[1]
             for m in map(LINE.match, gnu_objdump(obj).splitlines()) if m]
    gnu = {n: name for n, name in enumerate(names) if not name.startswith("0x")}
    assert gnu == STANDARD_CSR_NAMES


def test_our_decoder_and_gnu_agree_on_which_rvc_words_are_instructions(tmp_path):
    """The table's decode (used by the CPU too) versus GNU's notion of a legal RVC word."""
    obj = assemble_insns(tmp_path, "rvcdec", [(2, w) for w in all_rvc_words()])
    texts = [m.group(3) for m in map(LINE.match, gnu_objdump(obj).splitlines()) if m]
    words = all_rvc_words()
    disagree = []
    for word, text in zip(words, texts):
        gnu_legal = not text.startswith(".2byte") and text != "unimp"
        ours_legal = decode(word) is not None
        if gnu_legal != ours_legal:
            disagree.append((hex(word), text))
    print(f"\nRVC legality: {len(words) - len(disagree)}/{len(words)} agree; {disagree}")
    assert disagree == [("0x6101", "add\tsp,sp,0")]


@pytest.mark.parametrize("march", ["rv64i2p1", "rv64i2p1_zicsr_zifencei", "rv64i_zmmul",
                                   "rv64ima", "rv64gc", "rv64imafd"])
def test_the_files_isa_decides_what_decodes_as_in_gnu(tmp_path, march):
    """Attributes name the ISA; GNU decodes only those extensions (and F's CSR aliases)."""
    rng = random.Random(march)
    words = [(4, w) for w in random_32bit_words(seed=5, per_row=15, pure=1500)]
    words += [(2, w) for w in rng.sample(all_rvc_words(), 1500)]
    words += [(4, n << 20 | rs << 15 | f3 << 12 | rd << 7 | 0x73) for n in (1, 2, 3)
              for f3 in (1, 2, 3, 5, 6, 7) for rd in (0, 10) for rs in (0, 11)]
    rng.shuffle(words)
    src = tmp_path / "isa.s"
    src.write_text(".text\n.globl _start\n_start:\n"
                   + "".join(f".insn {n}, 0x{w:x}\n" for n, w in words))
    obj = tmp_path / "isa.o"
    subprocess.run([require_tool(GNU_AS), f"-march={march}", "-o", obj, src], check=True)
    for aliases, options in ((True, ()), (False, ("-M", "no-aliases"))):
        assert compare_outputs(gnu_objdump(str(obj), *options), our_objdump(str(obj), aliases),
                               f"-march={march}", floating_point) == []


def floating_point(gnu_line: str) -> bool:
    """A line GNU decodes as an F/D instruction (pagelab has none): an expected difference."""
    text = gnu_line.split("\t")[2] if gnu_line.count("\t") >= 2 else ""
    return text.startswith(("f", "c.f")) and not text.startswith("fence")
