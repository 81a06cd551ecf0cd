"""Checks of the instruction table itself (cpu/isa/table.py), riscv-opcodes style.

* every row covers all of its 32 (or 16) bits exactly once: fixed fields, operand fields and
  immediate bits, with no overlap and no fixed value overflowing its field;
* no two rows match a common word unless the pair is declared (`DECLARED_OVERLAPS`), and then the
  row listed first is the one that wins;
* encode -> decode -> disassemble -> re-parse the text's operands gives back the same fields,
  for random operands of every row;
* every compressed instruction expands to a legal 32-bit instruction of the declared row with the
  same operand values; and (oracle) GNU as compresses that 32-bit instruction back to an
  instruction with the same expansion.
"""
from __future__ import annotations

import random
import subprocess

import pytest

from oracles import GNU_AS, require_tool
from pagelab.asm.disasm import Disassembler
from pagelab.asm.elfread import read_elf
from pagelab.cpu.isa.csr import STANDARD_CSR_NAMES
from pagelab.cpu.isa.encoding import decode, encode, expand, expansion_fields, field_names
from pagelab.cpu.isa.fields import REG_FIELDS, UINT_FIELDS
from pagelab.cpu.isa.table import (
    ABI_NAMES, BY_NAME, COMPRESSED, DECLARED_OVERLAPS, INSTRUCTIONS, REGISTERS,
)

ROW_IDS = [row.name for row in INSTRUCTIONS]


def bit_range(hi: int, lo: int) -> int:
    return ((1 << (hi - lo + 1)) - 1) << lo


def operand_masks(row) -> list[tuple[str, int]]:
    """(name, instruction bits) of every variable field of the row."""
    masks = []
    for name in field_names(row):
        if name == "imm":
            masks.append(("imm", row.imm.mask()))
        elif name in REG_FIELDS:
            hi, lo, _ = REG_FIELDS[name]
            masks.append((name, bit_range(hi, lo)))
        else:
            hi, lo = UINT_FIELDS[name]
            masks.append((name, bit_range(hi, lo)))
    if row.imm is not None and "imm" not in field_names(row):
        masks.append(("imm (hint bits)", row.imm.mask()))     # c.nop's immediate
    return masks


@pytest.mark.parametrize("row", INSTRUCTIONS, ids=ROW_IDS)
def test_every_row_covers_each_bit_of_its_word_exactly_once(row):
    width = 8 * row.length
    seen = 0
    for (hi, lo), value in row.fixed.items():
        assert 0 <= lo <= hi < width, f"{row.name}: fixed field {hi}:{lo} outside the word"
        assert 0 <= value < 1 << (hi - lo + 1), f"{row.name}: {value} overflows field {hi}:{lo}"
        mask = bit_range(hi, lo)
        assert not seen & mask, f"{row.name}: fixed field {hi}:{lo} overlaps another field"
        seen |= mask
    for name, mask in operand_masks(row):
        assert not seen & mask, f"{row.name}: operand {name} overlaps another field"
        seen |= mask
    assert seen == (1 << width) - 1, f"{row.name}: bits {((1 << width) - 1) & ~seen:#x} unused"


def rows_overlap(a, b) -> bool:
    common = a.mask & b.mask
    return a.length == b.length and a.match & common == b.match & common


def test_no_two_rows_overlap_unless_declared_and_the_first_listed_wins():
    undeclared, order = [], {row.name: i for i, row in enumerate(INSTRUCTIONS)}
    for i, a in enumerate(INSTRUCTIONS):
        for b in INSTRUCTIONS[i + 1:]:
            if rows_overlap(a, b) and (a.name, b.name) not in DECLARED_OVERLAPS:
                undeclared.append((a.name, b.name))
    assert undeclared == []
    rng = random.Random(1)
    for first, second in DECLARED_OVERLAPS:
        a, b = BY_NAME[first], BY_NAME[second]
        assert rows_overlap(a, b), f"{first}/{second}: declared but they do not overlap"
        assert order[first] < order[second], f"{first} must be listed before {second}"
        # any word matching both never decodes as the second
        free = ~(a.mask | b.mask) & ((1 << (8 * a.length)) - 1)
        for _ in range(200):
            word = a.match | b.match | (rng.getrandbits(8 * a.length) & free)
            decoded = decode(word)
            assert decoded is None or decoded.row is not b, f"{word:#x} decodes as {second}"


def test_every_rows_match_word_decodes_to_that_row_or_is_reserved():
    for row in INSTRUCTIONS:
        decoded = decode(row.match)
        if decoded is None:
            assert row.nonzero, f"{row.name}: its match word is illegal but nothing is reserved"
        elif decoded.row is not row:
            assert (decoded.row.name, row.name) in DECLARED_OVERLAPS, \
                f"{row.name}: match word decodes as {decoded.row.name}"


# --- round trip through the disassembler ---------------------------------------------------------
def random_fields(row, rng: random.Random) -> dict:
    """Random legal operand values for `row` (reserved zero values avoided)."""
    while True:
        fields = {}
        for name in field_names(row):
            if name == "imm":
                lo, hi = row.imm.value_range()
                step = 1 << row.imm.low_zero_bits
                fields["imm"] = rng.randrange(lo // step, hi // step + 1) * step
            elif name in REG_FIELDS:
                hi, lo, offset = REG_FIELDS[name]
                fields[name] = offset + rng.randrange(1 << (hi - lo + 1))
            else:
                hi, lo = UINT_FIELDS[name]
                fields[name] = rng.randrange(1 << (hi - lo + 1))
        if row.imm is not None and "imm" not in fields:
            fields["imm"] = 0
        if not all(fields.get(n if n in fields else "imm", 0) != 0 for n in row.nonzero):
            continue
        decoded = decode(encode(row, fields))
        if decoded is not None and decoded.row is row:     # not a word of an earlier row
            return fields


FENCE_BITS = {"i": 8, "o": 4, "r": 2, "w": 1}
CSR_NUMBERS = {name: number for number, name in STANDARD_CSR_NAMES.items()}


def parse_operands(row, text: str, pc: int) -> dict:
    """Read the fields back from the canonical (-M no-aliases) text of one instruction."""
    if text == "unimp":                                  # GNU's name for csrrw zero,cycle,zero
        return {"rd": 0, "csr": 0xC00, "rs1": 0}
    text = text.split(" # ")[0]                          # GNU-style address comment
    mnemonic, _, args = text.partition("\t")
    parts = args.split(",") if args else []
    fields: dict = {}
    if row.aqrl:
        suffix = mnemonic[len(row.name):]
        fields["aq"] = int(suffix in (".aq", ".aqrl"))
        fields["rl"] = int(suffix in (".rl", ".aqrl"))
    else:
        assert mnemonic == row.name or mnemonic in ("c.addi", "c.slli64", "c.srli64",
                                                     "c.srai64", "c.unimp"), text
    if mnemonic.endswith("64"):                          # c.slli64 rd: shift amount 0
        fields["imm"] = 0
    if row.name == "c.nop":                              # printed as c.addi zero,imm
        assert parts[0] == "zero"
        return {"imm": int(parts[1])}
    kinds = [k for k in row.operands if not (mnemonic.endswith("64") and k == "imm")]
    assert len(parts) == len(kinds), text
    for kind, part in zip(kinds, parts):
        if kind in ("rd", "rs1", "rs2", "c_rd", "c_rs2", "c_rdp", "c_rs1p", "c_rs2p"):
            fields[kind] = REGISTERS[part]
        elif kind == "sp":
            assert part == "sp"
        elif kind in ("mem", "c_mem"):
            offset, _, base = part.partition("(")
            fields["imm"] = int(offset)
            base_reg = REGISTERS[base.rstrip(")")]
            if kind == "mem":
                fields["rs1"] = base_reg
            elif row.base == "c_rs1p":
                fields["c_rs1p"] = base_reg
            else:
                assert base_reg == 2
        elif kind == "amo_mem":
            fields["rs1"] = REGISTERS[part.strip("()")]
        elif kind == "target":
            offset = (int(part, 16) - pc) & ((1 << 64) - 1)
            fields["imm"] = offset - (1 << 64) if offset >> 63 else offset
        elif kind == "csr":
            fields["csr"] = CSR_NUMBERS[part] if part in CSR_NUMBERS else int(part, 16)
        elif kind in ("pred", "succ"):
            fields[kind] = sum(FENCE_BITS[c] for c in part) if part != "unknown" else 0
        elif kind == "imm" and row.name in ("lui", "auipc"):
            fields["imm"] = int(part, 16)
        elif kind == "imm" and row.name == "c.lui":
            value = int(part, 16)
            fields["imm"] = value - (1 << 20) if value >> 19 else value
        else:
            fields["imm" if kind == "imm" else kind] = int(part, 0)
    return fields


@pytest.mark.parametrize("row", INSTRUCTIONS, ids=ROW_IDS)
def test_encode_decode_disassemble_and_reparse_give_back_the_same_fields(row):
    rng = random.Random(row.name)
    pc = 0x10000
    for _ in range(100):
        fields = random_fields(row, rng)
        word = encode(row, fields)
        decoded = decode(word)
        assert decoded is not None and decoded.row is row, f"{row.name}: {word:#x}"
        assert decoded.fields == fields
        _, text = Disassembler(aliases=False).disassemble(word, pc)
        assert parse_operands(row, text, pc) == fields, f"{row.name}: {word:#x} -> {text}"


# --- compressed expansions -----------------------------------------------------------------------
def test_every_legal_rvc_word_expands_to_a_legal_word_of_its_declared_row():
    count = 0
    for word in range(0x10000):
        if word & 3 == 3:
            continue
        decoded = decode(word)
        if decoded is None:
            assert expand(word) is None
            continue
        target, fields = expansion_fields(decoded)
        assert target.name == decoded.row.expand[0]
        wide = expand(word)
        again = decode(wide)
        assert again is not None and again.row is target, f"{word:#06x} -> {wide:#010x}"
        assert again.fields == fields, f"{word:#06x}: expansion fields differ"
        count += 1
    assert count > 38000


@pytest.mark.parametrize("row", COMPRESSED, ids=[r.name for r in COMPRESSED])
def test_a_compressed_row_keeps_its_operands_in_the_expansion(row):
    """Each source named in `expand` carries the compressed operand's value unchanged."""
    rng = random.Random(row.name)
    name, mapping = row.expand
    for _ in range(200):
        fields = random_fields(row, rng)
        target, wide = expansion_fields(decode(encode(row, fields)))
        for field, source in mapping.items():
            field = "imm" if field == "target" else field
            if isinstance(source, int):
                assert wide[field] == source
            elif target.name == "lui" and field == "imm":
                assert wide[field] == fields["imm"] & 0xFFFFF
            else:
                assert wide[field] == fields["imm" if source == "target" else source]


def canonical_text(row, fields: dict, pc: int) -> str:
    """GNU assembly for a 32-bit row with its fields, branch targets written relative to '.'."""
    args = []
    for kind in row.operands:
        if kind in ("rd", "rs1", "rs2"):
            args.append(ABI_NAMES[fields[kind]])
        elif kind == "mem":
            args.append(f"{fields['imm']}({ABI_NAMES[fields['rs1']]})")
        elif kind == "target":
            args.append(f".{fields['imm']:+d}")
        elif kind == "imm" and row.name == "lui":
            args.append(f"0x{fields['imm']:x}")
        else:
            args.append(str(fields["imm" if kind == "imm" else kind]))
    return f"{row.name} {', '.join(args)}"


def same_move(ours: int, gnus: int) -> bool:
    """`addi rd,rs,0` and `add rd,zero,rs`: both copy rs to rd."""
    a, b = decode(ours), decode(gnus)
    return (a.row.name == "addi" and a.fields["imm"] == 0 and b.row.name == "add"
            and b.fields["rs1"] == 0 and (a.fields["rd"], a.fields["rs1"])
            == (b.fields["rd"], b.fields["rs2"]))


def test_gnu_as_compresses_each_expansion_back_to_an_equivalent_instruction(tmp_path):
    """Oracle for the compressed rows: assemble every expansion with GNU as (rv64imac, no relax).

    Where GNU compresses, its 16-bit word must expand to the same 32-bit word as ours (it may pick
    another compressed form, e.g. c.addi16sp for c.addi sp); where it does not (HINTs and the like),
    its 32-bit word must be our expansion itself.  One equivalence is allowed: GNU writes the HINT
    ``addi rd,rd,0`` as ``c.mv rd,rd`` (``add rd,zero,rd``), which has the same effect.
    """
    as_ = require_tool(GNU_AS)
    words, lines = [], [".text", ".option rvc"]
    for word in range(0x10000):
        if word & 3 == 3 or decode(word) is None:
            continue
        target, fields = expansion_fields(decode(word))
        words.append((word, expand(word)))
        lines.append(canonical_text(target, fields, 0))
    src = tmp_path / "expansions.s"
    src.write_text("\n".join(lines) + "\n")
    obj = tmp_path / "expansions.o"
    subprocess.run([as_, "-march=rv64imac", "-mno-relax", "-o", obj, src], check=True)
    text = read_elf(obj.read_bytes(), str(obj)).section(".text").data
    offset, compressed, kept, bad = 0, 0, 0, []
    for word, wide in words:
        if text[offset] & 3 != 3:
            gnu = int.from_bytes(text[offset:offset + 2], "little")
            offset += 2
            compressed += 1
            if expand(gnu) != wide and not same_move(wide, expand(gnu)):
                bad.append((hex(word), hex(gnu)))
        else:
            gnu = int.from_bytes(text[offset:offset + 4], "little")
            offset += 4
            kept += 1
            if gnu != wide:
                bad.append((hex(word), hex(gnu)))
    print(f"\nGNU as on {len(words)} expansions: {compressed} compressed back, {kept} kept "
          f"32-bit, {len(bad)} disagreements")
    assert offset == len(text) and bad == []
