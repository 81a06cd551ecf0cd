"""Settle the variable-size tails of a section and produce its bytes (GNU relax_segment).

Branch sizes follow binutils' `relaxed_branch_length` (tc-riscv.c), which GNU applies even with
-mno-relax:

    target not a defined, non-weak symbol of this section:  jump 4, conditional branch 8
    else, with val = target - address of the branch:
        rvc form and val in [-R/2, R/2)   -> 2     R = 4096 for c.j, 512 for c.beqz/c.bnez
        val in [-4096, 4096)              -> 4
        conditional branch, rvc form      -> 6     (c.bnez-inverted over a jal)
        otherwise                         -> jump 4 / conditional branch 8 (inverted b over jal)

The iteration is GNU's: a first guess in address order (frags not yet reached still have
address 0), then passes that move every later frag by the growth so far, until nothing changes.
Alignment padding is recomputed from the frag's new address on each pass.
"""
from __future__ import annotations

from pagelab.cpu.isa.encoding import EncodeError
from pagelab.cpu.isa.table import BY_NAME

from .fastenc import encode_fast as encode
from .errors import AsmError
from .objfile import VarAlign, VarBranch, add_mapping_symbol, display_name

RVC_JUMP_REACH = 1 << 12
RVC_BRANCH_REACH = 1 << 9
BRANCH_REACH = 1 << 13

NOP = (0x13).to_bytes(4, "little")
C_NOP = (0x0001).to_bytes(2, "little")
INVERT = {"beq": "bne", "bne": "beq", "blt": "bge", "bge": "blt", "bltu": "bgeu", "bgeu": "bltu"}
MAX_PASSES = 200


def position(sym, memo=None):
    """(frag, offset) of a symbol that names a place in some section, or None.

    `x = y` aliases are followed to the end, iteratively (a cycle gives None); `memo`, a dict
    the caller keeps while symbols do not change, remembers every symbol of the chain so a
    table of 100,000 chained symbols is linear."""
    chain = []
    seen = set()
    s = sym
    while True:
        if memo is not None and s in memo:
            result = memo[s]
            break
        if s.kind == "label":
            result = (s.frag, s.offset)
            break
        if s.kind == "set" and s.value is None and type(s.expr) is tuple:
            expr = s.expr
            if expr[0] == "loc":
                result = (expr[1], expr[2])
                break
            if expr[0] == "sym" and s.equ_env is not None:
                other = s.equ_env.get(expr[1])
                if other is not None and other not in seen and other is not s:
                    seen.add(s)
                    chain.append(s)
                    s = other
                    continue
        result = None
        break
    if memo is not None:
        chain.append(s)
        for c in chain:
            memo[c] = result
    return result


def _in_section(var: VarBranch, section):
    sym = var.target
    if not sym.defined or sym.binding == "weak":
        return None
    pos = position(sym)
    if pos is None or pos[0].section is not section:
        return None
    return pos


def branch_length(var: VarBranch, address: int, section) -> int:
    jump = var.kind == "jump"
    length = 4 if jump else 8
    pos = _in_section(var, section)
    if pos is None:
        return length
    val = pos[0].addr + pos[1] + var.addend - address
    reach = RVC_JUMP_REACH if jump else RVC_BRANCH_REACH
    if var.rvc and 0 <= val + reach // 2 < reach:
        return 2
    if 0 <= val + BRANCH_REACH // 2 < BRANCH_REACH:
        return 4
    if not jump and var.rvc:
        return 6
    return length


def relax_section(section):
    frags = section.frags
    address = 0
    for frag in frags:
        frag.addr = address
        address += len(frag.data)
        var = frag.var
        if var is None:
            continue
        if type(var) is VarAlign:
            frag.var_size = var.size_at(address)
        else:
            frag.var_size = branch_length(var, address, section)
        address += frag.var_size
    for _ in range(MAX_PASSES):
        stretch = 0
        stretched = False             # any change, even when the growths cancel out
        for frag in frags:
            frag.addr += stretch
            var = frag.var
            if var is None:
                continue
            here = frag.addr + len(frag.data)
            if type(var) is VarAlign:
                new = var.size_at(here)
            else:
                new = branch_length(var, here, section)
            if new != frag.var_size:
                stretch += new - frag.var_size
                frag.var_size = new
                stretched = True
        if not stretched:
            break
    # a final consistent pass of addresses (the loop above leaves them consistent when stable)
    address = 0
    for frag in frags:
        frag.addr = address
        address += len(frag.data) + frag.var_size
    section.size = address


def nops(count: int) -> bytes:
    """GNU's riscv_make_nops: a zero byte if odd, at most one c.nop, then 4-byte nops."""
    out = bytearray()
    if count % 2:
        out.append(0)
        count -= 1
    if count % 4 == 2:
        out += C_NOP
        count -= 2
    out += NOP * (count // 4)
    return bytes(out)


def finish_mapping_symbols(section):
    """GNU's mapping symbols after relaxation: the `$d` of odd code-alignment padding
    (riscv_handle_align), then riscv_check_mapping_symbols - a frag's last symbol that sits
    at the frag's end is dropped when the next non-empty frag starts with one (or the section
    ends there).  Leaves [(section offset, name)] in section.mapsyms."""
    frags = section.frags
    for frag in frags:
        var = frag.var
        if type(var) is VarAlign and var.code and var.fill is None and frag.var_size > 0:
            if frag.var_size % 4 % 2 == 1:
                add_mapping_symbol(frag, len(frag.data), "$d", odd_data_padding=True)
    count = len(frags)
    for i, frag in enumerate(frags):
        if not frag.maps:
            continue
        last = frag.maps[-1]
        end = frag.addr + len(frag.data) + frag.var_size
        if frag.addr + last[0] < end:
            continue
        j = i + 1
        while True:
            if j >= count:
                frag.maps.pop()                   # at the end of the section
                break
            nxt = frags[j]
            first = nxt.maps[0] if nxt.maps and nxt.maps[0][0] == 0 else None
            if first is not None:
                if last[1].startswith("$xrv") and first[1] == "$x":
                    nxt.maps.pop(0)
                else:
                    frag.maps.pop()
                break
            if len(nxt.data) + nxt.var_size:
                break
            j += 1
    section.mapsyms = [(frag.addr + off, name) for frag in frags if frag.maps
                       for off, name in frag.maps]


def finish_section(section, errors: list):
    """Concatenate frags into section.data; move fixups to section offsets; emit tails."""
    if section.code:
        finish_mapping_symbols(section)
    if section.nobits:
        section.data = b""
        for frag in section.frags:
            if frag.lines:
                for off, size, origin in frag.lines:
                    section.listing.append((frag.addr + off, max(size, 0), origin))
        return
    out = []                 # the frags' bytes (no copy) and tails, joined once at the end
    fixups = section.fixups
    for frag in section.frags:
        base = frag.addr
        for off, fix, origin, col in frag.fixups:
            fixups.append((base + off, fix, origin, col))
        if frag.lines:
            for off, size, origin in frag.lines:
                if size >= 0:
                    section.listing.append((base + off, size, origin))
        out.append(frag.data)
        var = frag.var
        if var is None:
            continue
        here = base + len(frag.data)
        if type(var) is VarAlign:
            size = frag.var_size
            if size:
                if var.fill is None and var.code:
                    out.append(nops(size))
                else:
                    out.append(bytes([var.fill or 0]) * size)
                if frag.lines is not None:
                    section.listing.append((here, size, None))
        else:
            out.append(_emit_branch(var, frag.var_size, here, section, fixups, errors))
            section.listing.append((here, frag.var_size, var.origin))
    section.data = b"".join(out)
    del out
    for frag in section.frags:
        frag.data = _RELEASED      # its bytes are in section.data now (only addr is used later)


_RELEASED = b""


def _emit_branch(var: VarBranch, size: int, address: int, section, fixups, errors) -> bytes:
    pos = _in_section(var, section)
    offset = None
    if pos is not None:
        offset = pos[0].addr + pos[1] + var.addend - address
    fields = var.fields
    try:
        if size == 2:
            if var.kind == "jump":
                return encode(BY_NAME["c.j"], {"imm": offset}).to_bytes(2, "little")
            name = "c.beqz" if var.row.name == "beq" else "c.bnez"
            return encode(BY_NAME[name], {"c_rs1p": fields["rs1"], "imm": offset}).to_bytes(
                2, "little")
        if size == 4:
            if offset is None:
                fixups.append((address, ("insn", var.row, dict(fields), "pcrel",
                                         ("symref", var.target, var.addend), None),
                               var.origin, var.col))
                return bytes(4)
            f = dict(fields)
            f["imm"] = offset
            return encode(var.row, f).to_bytes(4, "little")
        # 6 or 8: inverted branch over an unconditional jal
        if size == 6:
            name = "c.bnez" if var.row.name == "beq" else "c.beqz"
            head = encode(BY_NAME[name], {"c_rs1p": fields["rs1"], "imm": 6}).to_bytes(2, "little")
        else:
            f = dict(fields)
            f["imm"] = 8
            head = encode(BY_NAME[INVERT[var.row.name]], f).to_bytes(4, "little")
        jal = BY_NAME["jal"]
        if offset is None:
            fixups.append((address + len(head), ("insn", jal, {"rd": 0}, "pcrel",
                                                 ("symref", var.target, var.addend), None),
                           var.origin, var.col))
            return head + bytes(4)
        return head + encode(jal, {"rd": 0, "imm": offset - len(head)}).to_bytes(4, "little")
    except EncodeError as e:
        message = str(e)
        if offset is not None and offset % 2:
            message = (f"branch target '{display_name(var.target.name)}' is misaligned: "
                       f"offset {offset} is not a multiple of 2")
        elif "out of range" in message:
            message = (f"branch target '{display_name(var.target.name)}' out of range: "
                       f"offset {offset}; "
                       f"{message.split('out of range, ')[-1]}")
        errors.append(AsmError(message, var.origin, var.col))
        return bytes(size)
