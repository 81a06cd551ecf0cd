"""Multi-instruction pseudo-instructions: li, la, lla, call, tail, jump, loads/stores to symbols.

Expansions are GNU as 2.40's with -mno-relax (non-PIC):

    li    rd, imm        c.lui / c.li / addi when one instruction does, else pseudo.load_const
    la    rd, sym        auipc rd, %pcrel_hi(sym); addi rd, rd, %pcrel_lo(that auipc)
    lla   rd, sym        same as la (non-PIC)
    call  sym            auipc ra, 0; jalr ra, 0(ra)          (R_RISCV_CALL_PLT pair)
    call  rd, sym        auipc t1, 0; jalr rd, 0(t1)
    tail  sym            auipc t1, 0; jalr x0, 0(t1)
    jump  sym, rt        auipc rt, 0; jalr x0, 0(rt)
    lw    rd, sym        auipc rd, %pcrel_hi(sym); lw rd, %pcrel_lo(...)(rd)   (all loads)
    sw    rs, sym, rt    auipc rt, %pcrel_hi(sym); sw rs, %pcrel_lo(...)(rt)   (all stores)

The two halves of each pair are always 32-bit instructions (their immediates are relocations).
"""
from __future__ import annotations

from pagelab.cpu.isa import pseudo
from pagelab.cpu.isa.table import BY_NAME, REGISTERS

from .assembler import Defer, StmtError, _col
from .fastenc import encode_fast as encode

AUIPC = BY_NAME["auipc"]
JALR = BY_NAME["jalr"]
ADDI = BY_NAME["addi"]


def _count(asm, name, args, *allowed):
    if len(args) not in allowed:
        asm._count_error(name, list(allowed), len(args))


def m_li(asm, args):
    _count(asm, "li", args, 2)
    rd = asm.reg(args[0])
    value = asm.const(args[1], "li: the value")
    if asm.rvc:
        c = pseudo.li_compress(rd, value)
        if c is not None:
            asm.emit_word(encode(BY_NAME[c[0]], c[1]), 2)
            return
    if -2048 <= value <= 2047:
        asm.emit_word(encode(ADDI, {"rd": rd, "rs1": 0, "imm": value}), 4)
        return
    emit_load_const(asm, rd, value)


def emit_load_const(asm, rd, value):
    """GNU's load_const steps, each assembled (and compressed) as if written by hand."""
    for step, imm in pseudo.load_const(value, rd):
        if step == "lui":
            asm.finish_insn(BY_NAME["lui"], {"rd": rd, "imm": imm}, "lui")
        elif step == "addiw0":
            asm.finish_insn(BY_NAME["addiw"], {"rd": rd, "rs1": 0, "imm": imm}, "addiw")
        elif step == "addiw":
            asm.finish_insn(BY_NAME["addiw"], {"rd": rd, "rs1": rd, "imm": imm}, "addiw")
        elif step == "slli":
            asm.finish_insn(BY_NAME["slli"], {"rd": rd, "rs1": rd, "shamt6": imm}, "slli")
        else:
            asm.finish_insn(ADDI, {"rd": rd, "rs1": rd, "imm": imm}, "addi")


def _is_register(node) -> bool:
    return type(node) is tuple and node[0] == "sym" and node[1] in REGISTERS


def _target(asm, node):
    if type(node) is tuple and node[0] in ("mem", "str", "tag", "empty"):
        raise StmtError("expected a symbol", _col(node))
    if type(node) is tuple and node[0] == "sym" and node[1] in REGISTERS:
        raise StmtError(f"expected a symbol, not register '{node[1]}'", node[2])
    asm.note_reference(node)
    return asm.bind(node)


def _pair(asm, hi_reg, target, second_row, second_fields, call=False):
    """auipc hi_reg, %pcrel_hi(target); second instruction with %pcrel_lo of that auipc.

    `call` marks a call/tail/jump pair (R_RISCV_CALL_PLT): the linker sends a call to an
    undefined weak symbol to address 0 (`jalr rd, 0(zero)`), as GNU ld does."""
    frag = asm.cur.frag
    anchor = ("loc", frag, len(frag.data))
    asm.add_fixup(("insn", AUIPC, {"rd": hi_reg}, "call_hi" if call else "pcrel_hi", target,
                   None), 4)
    asm.add_fixup(("insn", second_row, second_fields, "pcrel_lo", anchor, anchor), 4)


def m_la(asm, args, name="la"):
    _count(asm, name, args, 2)
    rd = asm.reg(args[0])
    try:
        value = asm.value_now(args[1]) if not _is_register(args[1]) else None
    except Defer:
        value = None
    if type(value) is int:
        # an address already known to be a constant: GNU loads it with load_const
        if not -(1 << 31) <= value < (1 << 31):
            raise StmtError(f"{name}: offset too large (a constant address must fit in 32 "
                            f"bits)", _col(args[1]))
        emit_load_const(asm, rd, value)
        return
    target = _target(asm, args[1])
    _pair(asm, rd, target, ADDI, {"rd": rd, "rs1": rd})


def m_lla(asm, args):
    m_la(asm, args, "lla")


def m_call(asm, args):
    _count(asm, "call", args, 1, 2)
    if len(args) == 1:
        rd, temp = 1, 1
        target = _target(asm, args[0])
    else:
        rd, temp = asm.reg(args[0]), pseudo.CALL_TEMP
        target = _target(asm, args[1])
    _pair(asm, temp, target, JALR, {"rd": rd, "rs1": temp}, call=True)


def m_tail(asm, args):
    _count(asm, "tail", args, 1)
    target = _target(asm, args[0])
    _pair(asm, pseudo.CALL_TEMP, target, JALR, {"rd": 0, "rs1": pseudo.CALL_TEMP}, call=True)


def m_jump(asm, args):
    _count(asm, "jump", args, 2)
    target = _target(asm, args[0])
    rt = asm.reg(args[1])
    _pair(asm, rt, target, JALR, {"rd": 0, "rs1": rt}, call=True)


def load_symbol(asm, row, args):
    """`lw rd, sym`: the address is pc-relative through rd itself."""
    rd = asm.reg(args[0])
    target = _target(asm, args[1])
    _pair(asm, rd, target, row, {"rd": rd, "rs1": rd})


def store_symbol(asm, row, args):
    """`sw rs2, sym, rt`: rt holds the upper part."""
    if len(args) != 3:
        raise StmtError(f"'{row.name}' to a symbol needs a temporary register: "
                        f"{row.name} rs2, symbol, rt", _col(args[-1]) if args else 0)
    rs2 = asm.reg(args[0])
    target = _target(asm, args[1])
    rt = asm.reg(args[2])
    _pair(asm, rt, target, row, {"rs2": rs2, "rs1": rt})


def _extend(name, keep_bits, arithmetic):
    """zext.h / zext.w / sext.b / sext.h without Zbb: a shift left then right (GNU 2.40)."""
    def handler(asm, args):
        _count(asm, name, args, 2)
        rd, rs = asm.reg(args[0]), asm.reg(args[1])
        shift = 64 - keep_bits
        asm.finish_insn(BY_NAME["slli"], {"rd": rd, "rs1": rs, "shamt6": shift}, "slli")
        right = "srai" if arithmetic else "srli"
        asm.finish_insn(BY_NAME[right], {"rd": rd, "rs1": rd, "shamt6": shift}, right)
    return handler


MACRO_HANDLERS = {
    "zext.h": _extend("zext.h", 16, False), "zext.w": _extend("zext.w", 32, False),
    "sext.b": _extend("sext.b", 8, True), "sext.h": _extend("sext.h", 16, True),
    "li": m_li, "la": m_la, "lla": m_lla, "call": m_call, "tail": m_tail, "jump": m_jump,
}
