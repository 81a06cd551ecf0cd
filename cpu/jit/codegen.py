"""LLVM IR for translated guest code (llvmlite.ir): one function per region.

A region is a list of blocks of ONE 4 KiB frame; each block is a list of decoded instructions
(the interpreter's packed slots, cpu/core/ops.py) at page offsets.  The function

    i64 region(i64* ctx)          (ctx layout: cpu/jit/layout.py, C_*)

enters the block at hart[PC] & 0xFFF and runs until control leaves the region, an instruction
traps, a store overwrites decoded code, or the next block would exceed ctx[C_BUDGET]
instructions.  It is position independent: instruction addresses are (hart[PC] & ~0xFFF) +
offset, so one translation serves a frame wherever it is mapped.

Guest registers live in allocas (LLVM turns them into SSA values) loaded from hart at entry and
stored back at the single exit.  Each block adds its instruction count and static cost (the cost
model's table; a taken branch costs COST_TAKEN instead of the branch's own cost) when control
leaves it; an instruction that traps is not counted or charged, as in the interpreter.

Memory accesses: an aligned access whose page is in the interpreter's data micro-cache does what
the interpreter's hit does (clock + 1, the entry's LRU stamp, its hit counter), inline; anything
else (miss, misaligned, page-crossing) calls the interpreter's slow path through the cfuncs in
driver.py, which also fill the micro-cache.  In a self-loop block each access keeps the line it
hit last in SSA values (its site cache, see uc_access), emptied by every slow-path call and
whenever control enters the loop from elsewhere.
"""
from __future__ import annotations

from llvmlite import ir

from pagelab.cpu.core import layout as S
from pagelab.cpu.core import ops as O
from pagelab.mmu.core import layout as M

from . import layout as J

I64 = ir.IntType(64)
I32 = ir.IntType(32)
I128 = ir.IntType(128)
I8 = ir.IntType(8)
I1 = ir.IntType(1)
FNTY = ir.FunctionType(I64, [I64.as_pointer()])
LOAD_SLOW_TY = ir.FunctionType(I64, [I64.as_pointer(), I64, I64])
STORE_SLOW_TY = ir.FunctionType(I64, [I64.as_pointer(), I64, I64, I64])

ALU_IMM = set(range(O.ADDI, O.AUIPC + 1))
ALU_REG = set(range(O.ADD, O.SRAW + 1))
MULDIV = set(range(O.MUL, O.REMUW + 1))
BRANCHES = set(range(O.BEQ, O.BGEU + 1))
LOADS = {O.LB: (0, True), O.LH: (1, True), O.LW: (2, True), O.LD: (3, True),
         O.LBU: (0, False), O.LHU: (1, False), O.LWU: (2, False)}
STORES = {O.SB: 0, O.SH: 1, O.SW: 2, O.SD: 3}
SUPPORTED = ALU_IMM | ALU_REG | MULDIV | BRANCHES | {O.JAL, O.JALR} | set(LOADS) | set(STORES) \
    | {O.FENCE, O.FENCE_TSO}
ENDS_BLOCK = BRANCHES | {O.JAL, O.JALR}
MAX_BLOCK = 64
VERSION = 5            # part of the function names and cache keys: bump when the IR changes


class Insn:
    """One decoded instruction at page offset `off` (fields of the packed slot)."""
    __slots__ = ("off", "op", "rd", "rs1", "rs2", "imm", "length")

    def __init__(self, off: int, slot: int):
        self.off = off
        self.op = slot & O.OP_MASK
        self.rd = (slot >> O.RD_SHIFT) & 63
        self.rs1 = (slot >> O.RS1_SHIFT) & 31
        self.rs2 = (slot >> O.RS2_SHIFT) & 31
        imm = (slot >> O.IMM_SHIFT) & 0xFFFFFFFF
        self.imm = imm - (1 << 32) if imm >> 31 else imm
        self.length = (slot >> O.ILEN_SHIFT) & 6


def form_block(start: int, slot_at) -> list[Insn]:
    """The block at page offset start: supported instructions up to and including the first
    control transfer, stopping before an unsupported one, at MAX_BLOCK, or at the page end.
    slot_at(off) -> packed slot, or 0 when there is none (e.g. a 32-bit instruction that
    straddles the page end)."""
    block = []
    off = start
    while len(block) < MAX_BLOCK and off < 4096:
        slot = slot_at(off)
        if slot == 0:
            break
        insn = Insn(off, slot)
        if insn.op not in SUPPORTED:
            break
        block.append(insn)
        if insn.op in ENDS_BLOCK:
            break
        off += insn.length
    return block


def successors(block: list[Insn]) -> list[int]:
    """Page offsets where control can go from the block by a direct transfer or falling
    through, within the page (a call's return address included: the callee returns there)."""
    last = block[-1]
    nxt = last.off + last.length
    if last.op in BRANCHES:
        out = [last.off + last.imm, nxt]
    elif last.op == O.JAL:
        out = [last.off + last.imm] + ([nxt] if last.rd != 0 else [])
    elif last.op == O.JALR:
        out = []
    else:                       # ended before an unsupported instruction, or at MAX_BLOCK
        out = [nxt]
    return [off for off in out if 0 <= off < 4096]


def _self_loop(start: int, insns: list[Insn]) -> bool:
    """True when the block's last instruction (a branch or JAL) can jump back to its start."""
    last = insns[-1]
    return last.op in (BRANCHES | {O.JAL}) and last.off + last.imm == start


class _Gen:
    """Emits one region function."""

    def __init__(self, module: ir.Module, name: str, blocks: dict[int, list[Insn]], cost):
        self.cost = cost
        self.blocks = blocks
        fn = ir.Function(module, FNTY, name)
        fn.linkage = "external"
        self.fn = fn
        self.b = ir.IRBuilder(fn.append_basic_block("entry"))
        b = self.b
        ctx = fn.args[0]
        ctx.add_attribute("noalias")
        self.ctx = ctx
        self.hart = b.inttoptr(self.ctx_load(J.C_HART), I64.as_pointer(), name="hart")
        self.mmu = b.inttoptr(self.ctx_load(J.C_MMU), I64.as_pointer(), name="mmu")
        self.ram = b.inttoptr(self.ctx_load(J.C_RAM), I8.as_pointer(), name="ram")
        self.load_slow = b.inttoptr(self.ctx_load(J.C_LOAD_SLOW), LOAD_SLOW_TY.as_pointer())
        self.store_slow = b.inttoptr(self.ctx_load(J.C_STORE_SLOW), STORE_SLOW_TY.as_pointer())
        # what this call may still retire (functions chained before it added to C_RET)
        self.budget = b.sub(self.ctx_load(J.C_BUDGET), self.ctx_load(J.C_RET))
        pc0 = self.hart_load(S.ST_BASE + S.PC)
        self.page = b.and_(pc0, ir.Constant(I64, ~0xFFF), name="page")
        used = set()
        for insns in blocks.values():
            for i in insns:
                used.update((i.rd, i.rs1, i.rs2))
        self.regs = {}
        for r in sorted(used):
            if 1 <= r <= 31:
                a = b.alloca(I64, name=f"x{r}")
                self.regs[r] = a
        self.n = b.alloca(I64, name="n")
        self.cyc = b.alloca(I64, name="cyc")
        for r, a in self.regs.items():
            b.store(self.hart_load(S.X_BASE + r), a)
        b.store(ir.Constant(I64, 0), self.n)
        b.store(ir.Constant(I64, 0), self.cyc)
        # the replacement clock in a register (written back before every slow-path call, which
        # stamps entries with it, and at the exit); the 4 KiB load/store hit counters too
        # (only added to, so they are added to mmu at the exit)
        self.clock = b.alloca(I64, name="clock")
        b.store(b.load(self.mmu_ptr(M.CLOCK)), self.clock)
        self.hits = {}
        for access in (M.LOAD, M.STORE):
            a = b.alloca(I64, name=f"hits{access}")
            b.store(ir.Constant(I64, 0), a)
            self.hits[M.STAT_HITS + access] = a
        self.written = set()
        # the page cache of each memory access site (see uc_access): the micro-cache line it hit
        # last (tag, page base, slot word), valid until the next slow-path call
        self.sites = {}
        self.loops = {start for start, insns in blocks.items() if _self_loop(start, insns)}
        for start in sorted(self.loops):
            for i in blocks[start]:
                if i.op in LOADS or i.op in STORES:
                    names = f"{start:03x}_{i.off:03x}"
                    site = (b.alloca(I64, name=f"pt{names}"), b.alloca(I64, name=f"pb{names}"),
                            b.alloca(I64, name=f"ps{names}"))
                    b.store(self.c(S.UC_EMPTY), site[0])
                    self.sites[(start, i.off)] = site
        self.block_start = None
        # the common exit: phis for pc, instructions, cycles, status
        self.exit = fn.append_basic_block("exit")
        eb = ir.IRBuilder(self.exit)
        self.x_pc = eb.phi(I64, "x_pc")
        self.x_n = eb.phi(I64, "x_n")
        self.x_cyc = eb.phi(I64, "x_cyc")
        self.x_st = eb.phi(I64, "x_status")
        # where control enters a block; a self-loop block also has its loop head (the target
        # of its own back edge), entered from outside through a preheader that empties the
        # page caches of its access sites
        self.heads = {off: fn.append_basic_block(f"b{off:03x}") for off in blocks}
        self.loop_heads = {off: fn.append_basic_block(f"b{off:03x}_loop") for off in self.loops}
        entry_off = b.and_(pc0, ir.Constant(I64, 0xFFF))
        bad = fn.append_basic_block("noentry")
        sw = b.switch(entry_off, bad)
        for off, head in self.heads.items():
            sw.add_case(ir.Constant(I64, off), head)
        self.b = ir.IRBuilder(bad)
        self.goto_exit(self.pcv(0), 0, 0, J.R_OK, offset_dynamic=entry_off)

    # --- small helpers ---------------------------------------------------------------------
    def c(self, v):
        return ir.Constant(I64, v)

    def ctx_load(self, i):
        return self.b.load(self.b.gep(self.ctx, [ir.Constant(I64, i)]))

    def hart_ptr(self, idx):
        return self.b.gep(self.hart, [idx if isinstance(idx, ir.Value) else self.c(idx)])

    def hart_load(self, idx):
        return self.b.load(self.hart_ptr(idx))

    def mmu_ptr(self, idx):
        return self.b.gep(self.mmu, [idx if isinstance(idx, ir.Value) else self.c(idx)])

    def pcv(self, off):
        return self.b.add(self.page, self.c(off))

    def reg(self, r):
        if r == 0:
            return self.c(0)
        return self.b.load(self.regs[r])

    def set_reg(self, r, v):
        if 1 <= r <= 31:
            self.b.store(v, self.regs[r])
            self.written.add(r)

    def goto_exit(self, pc, n_add, cyc_add, status, offset_dynamic=None):
        """Leave the function: pc (SSA), n_add / cyc_add (ints or SSA) added to the counters."""
        b = self.b
        if offset_dynamic is not None:
            pc = b.add(self.page, offset_dynamic)
        n = b.load(self.n)
        cyc = b.load(self.cyc)
        n = b.add(n, n_add if isinstance(n_add, ir.Value) else self.c(n_add))
        cyc = b.add(cyc, cyc_add if isinstance(cyc_add, ir.Value) else self.c(cyc_add))
        self.x_pc.add_incoming(pc, b.block)
        self.x_n.add_incoming(n, b.block)
        self.x_cyc.add_incoming(cyc, b.block)
        self.x_st.add_incoming(self.c(status), b.block)
        b.branch(self.exit)

    def goto_block(self, off, n_add, cyc_add):
        """Continue with the block at page offset off (in this region) or leave for it."""
        if off in self.heads:
            b = self.b
            b.store(b.add(b.load(self.n), self.c(n_add)), self.n)
            b.store(b.add(b.load(self.cyc), self.c(cyc_add)), self.cyc)
            if off == self.block_start and off in self.loop_heads:
                b.branch(self.loop_heads[off])          # the back edge of a self-loop
            else:
                b.branch(self.heads[off])
        else:
            self.goto_exit(self.pcv(off), n_add, cyc_add, J.R_OK)

    def finish(self):
        b = ir.IRBuilder(self.exit)
        for r in sorted(self.written):
            b.store(b.load(self.regs[r]), b.gep(self.hart, [self.c(S.X_BASE + r)]))
        b.store(self.x_pc, b.gep(self.hart, [self.c(S.ST_BASE + S.PC)]))
        p = b.gep(self.hart, [self.c(S.ST_BASE + S.INSTRET)])
        b.store(b.add(b.load(p), self.x_n), p)
        p = b.gep(self.hart, [self.c(S.ST_BASE + S.CYCLES)])
        b.store(b.add(b.load(p), self.x_cyc), p)
        p = b.gep(self.ctx, [self.c(J.C_RET)])
        b.store(b.add(b.load(p), self.x_n), p)
        b.store(b.load(self.clock), b.gep(self.mmu, [self.c(M.CLOCK)]))
        for idx, a in self.hits.items():
            p = b.gep(self.mmu, [self.c(idx)])
            b.store(b.add(b.load(p), b.load(a)), p)
        # chaining: a plain exit to a pc in this page with a translated entry point continues
        # there directly (same page: no fetch translation; the driver verified the page)
        fn = self.fn
        chain = fn.append_basic_block("chain")
        look = fn.append_basic_block("chain_look")
        done = fn.append_basic_block("done")
        same = b.icmp_signed("==", b.and_(self.x_pc, self.c(~0xFFF)), self.page)
        ok = b.and_(same, b.icmp_signed("==", self.x_st, self.c(J.R_OK)))
        ok = b.and_(ok, b.icmp_signed("!=", self.x_n, self.c(0)))
        b.cbranch(ok, look, done)
        b = ir.IRBuilder(look)
        tab = b.inttoptr(b.load(b.gep(self.ctx, [self.c(J.C_JTAB)])), I64.as_pointer())
        slot = b.lshr(b.and_(self.x_pc, self.c(0xFFF)), self.c(1))
        target = b.load(b.gep(tab, [slot]))
        b.cbranch(b.icmp_signed("!=", target, self.c(0)), chain, done)
        b = ir.IRBuilder(chain)
        r = b.call(b.inttoptr(target, FNTY.as_pointer()), [self.ctx], tail="musttail")
        b.ret(r)
        b = ir.IRBuilder(done)
        b.ret(self.x_st)

    # --- blocks --------------------------------------------------------------------------------
    def emit_block(self, start, insns):
        fn = self.fn
        self.block_start = start
        self.b = b = ir.IRBuilder(self.heads[start])
        if start in self.loop_heads:
            self.invalidate_sites()
            b.branch(self.loop_heads[start])
            self.b = b = ir.IRBuilder(self.loop_heads[start])
        # budget: the whole block must fit
        need = b.add(b.load(self.n), self.c(len(insns)))
        over = b.icmp_signed(">", need, self.budget)
        body = fn.append_basic_block(f"b{start:03x}_body")
        stop = fn.append_basic_block(f"b{start:03x}_budget")
        b.cbranch(over, stop, body)
        b.cbranch = b.cbranch
        self.b = ir.IRBuilder(stop)
        self.goto_exit(self.pcv(start), 0, 0, J.R_OK)
        self.b = ir.IRBuilder(body)
        spent = 0
        for k, insn in enumerate(insns):
            done = self.emit_insn(insn, k, spent)
            spent += self.cost[insn.op]
            if done:
                return
        last = insns[-1]
        self.goto_block(last.off + last.length, len(insns), spent)

    def emit_insn(self, i: Insn, k: int, spent: int) -> bool:
        """Emit instruction i (the k-th of its block; `spent` = cost of those before it).
        Returns True when it ended the block (a control transfer)."""
        b = self.b
        op = i.op
        imm = self.c(i.imm)
        if op in ALU_IMM:
            a = self.reg(i.rs1)
            sh = i.imm & 63
            if op == O.ADDI:
                v = b.add(a, imm)
            elif op == O.SLTI:
                v = b.zext(b.icmp_signed("<", a, imm), I64)
            elif op == O.SLTIU:
                v = b.zext(b.icmp_unsigned("<", a, imm), I64)
            elif op == O.XORI:
                v = b.xor(a, imm)
            elif op == O.ORI:
                v = b.or_(a, imm)
            elif op == O.ANDI:
                v = b.and_(a, imm)
            elif op == O.SLLI:
                v = b.shl(a, self.c(sh))
            elif op == O.SRLI:
                v = b.lshr(a, self.c(sh))
            elif op == O.SRAI:
                v = b.ashr(a, self.c(sh))
            elif op == O.ADDIW:
                v = b.sext(b.trunc(b.add(a, imm), I32), I64)
            elif op == O.SLLIW:
                v = b.sext(b.shl(b.trunc(a, I32), ir.Constant(I32, sh & 31)), I64)
            elif op == O.SRLIW:
                v = b.sext(b.lshr(b.trunc(a, I32), ir.Constant(I32, sh & 31)), I64)
            elif op == O.SRAIW:
                v = b.sext(b.ashr(b.trunc(a, I32), ir.Constant(I32, sh & 31)), I64)
            elif op == O.LUI:
                v = imm
            else:                                   # AUIPC
                v = b.add(self.pcv(i.off), imm)
            self.set_reg(i.rd, v)
            return False
        if op in ALU_REG or op in MULDIV:
            self.set_reg(i.rd, self.alu_reg(op, self.reg(i.rs1), self.reg(i.rs2)))
            return False
        if op in LOADS:
            return self.emit_load(i, k, spent)
        if op in STORES:
            return self.emit_store(i, k, spent)
        if op in BRANCHES:
            a = self.reg(i.rs1)
            c = self.reg(i.rs2)
            cond = {O.BEQ: lambda: b.icmp_signed("==", a, c),
                    O.BNE: lambda: b.icmp_signed("!=", a, c),
                    O.BLT: lambda: b.icmp_signed("<", a, c),
                    O.BGE: lambda: b.icmp_signed(">=", a, c),
                    O.BLTU: lambda: b.icmp_unsigned("<", a, c),
                    O.BGEU: lambda: b.icmp_unsigned(">=", a, c)}[op]()
            taken = self.fn.append_basic_block(f"t{i.off:03x}")
            fall = self.fn.append_basic_block(f"f{i.off:03x}")
            b.cbranch(cond, taken, fall)
            target = i.off + i.imm
            self.b = ir.IRBuilder(taken)
            if 0 <= target < 4096:
                self.goto_block(target, k + 1, spent + self.cost[S.COST_TAKEN])
            else:
                self.goto_exit(b.add(self.pcv(i.off), imm), k + 1,
                               spent + self.cost[S.COST_TAKEN], J.R_OK)
            self.b = ir.IRBuilder(fall)
            self.goto_block(i.off + i.length, k + 1, spent + self.cost[op])
            return True
        if op == O.JAL:
            self.set_reg(i.rd, self.pcv(i.off + i.length))
            target = i.off + i.imm
            if 0 <= target < 4096:
                self.goto_block(target, k + 1, spent + self.cost[op])
            else:
                self.goto_exit(b.add(self.pcv(i.off), imm), k + 1, spent + self.cost[op],
                               J.R_OK)
            return True
        if op == O.JALR:
            t = b.and_(b.add(self.reg(i.rs1), imm), self.c(~1))
            self.set_reg(i.rd, self.pcv(i.off + i.length))
            # a target in this page at a block of this function (a return, a jump table):
            # continue there directly; anything else leaves
            inside = self.fn.append_basic_block(f"j{i.off:03x}_in")
            out = self.fn.append_basic_block(f"j{i.off:03x}_out")
            miss = self.fn.append_basic_block(f"j{i.off:03x}_none")
            same = b.icmp_signed("==", b.and_(t, self.c(~0xFFF)), self.page)
            b.cbranch(same, inside, out)
            b = self.b = ir.IRBuilder(inside)
            b.store(b.add(b.load(self.n), self.c(k + 1)), self.n)
            b.store(b.add(b.load(self.cyc), self.c(spent + self.cost[op])), self.cyc)
            sw = b.switch(b.and_(t, self.c(0xFFF)), miss)
            for off, head in self.heads.items():
                sw.add_case(self.c(off), head)
            self.b = ir.IRBuilder(miss)
            self.goto_exit(t, 0, 0, J.R_OK)
            self.b = ir.IRBuilder(out)
            self.goto_exit(t, k + 1, spent + self.cost[op], J.R_OK)
            return True
        if op in (O.FENCE, O.FENCE_TSO):
            return False
        raise ValueError(f"op {op} is not translated")

    def alu_reg(self, op, a, c):
        b = self.b
        if op == O.ADD:
            return b.add(a, c)
        if op == O.SUB:
            return b.sub(a, c)
        if op == O.SLL:
            return b.shl(a, b.and_(c, self.c(63)))
        if op == O.SLT:
            return b.zext(b.icmp_signed("<", a, c), I64)
        if op == O.SLTU:
            return b.zext(b.icmp_unsigned("<", a, c), I64)
        if op == O.XOR:
            return b.xor(a, c)
        if op == O.SRL:
            return b.lshr(a, b.and_(c, self.c(63)))
        if op == O.SRA:
            return b.ashr(a, b.and_(c, self.c(63)))
        if op == O.OR:
            return b.or_(a, c)
        if op == O.AND:
            return b.and_(a, c)
        if op in (O.ADDW, O.SUBW, O.SLLW, O.SRLW, O.SRAW, O.MULW):
            a32 = b.trunc(a, I32)
            c32 = b.trunc(c, I32)
            sh = b.and_(c32, ir.Constant(I32, 31))
            v = {O.ADDW: lambda: b.add(a32, c32), O.SUBW: lambda: b.sub(a32, c32),
                 O.SLLW: lambda: b.shl(a32, sh), O.SRLW: lambda: b.lshr(a32, sh),
                 O.SRAW: lambda: b.ashr(a32, sh), O.MULW: lambda: b.mul(a32, c32)}[op]()
            return b.sext(v, I64)
        if op == O.MUL:
            return b.mul(a, c)
        if op in (O.MULH, O.MULHSU, O.MULHU):
            wa = b.zext(a, I128) if op == O.MULHU else b.sext(a, I128)
            wc = b.sext(c, I128) if op == O.MULH else b.zext(c, I128)
            return b.trunc(b.lshr(b.mul(wa, wc), ir.Constant(I128, 64)), I64)
        if op in (O.DIV, O.DIVU, O.REM, O.REMU):
            return self.divrem(op, a, c, I64)
        # DIVW, DIVUW, REMW, REMUW on the low 32 bits
        base = {O.DIVW: O.DIV, O.DIVUW: O.DIVU, O.REMW: O.REM, O.REMUW: O.REMU}[op]
        return b.sext(self.divrem(base, b.trunc(a, I32), b.trunc(c, I32), I32), I64)

    def divrem(self, op, a, c, ty):
        """RISC-V division: x / 0 = -1, x % 0 = x, MIN / -1 = MIN, MIN % -1 = 0 (no host trap)."""
        b = self.b
        zero = ir.Constant(ty, 0)
        one = ir.Constant(ty, 1)
        minus1 = ir.Constant(ty, -1)
        is0 = b.icmp_signed("==", c, zero)
        if op in (O.DIV, O.REM):
            minv = ir.Constant(ty, -(1 << (ty.width - 1)))
            ovf = b.and_(b.icmp_signed("==", a, minv), b.icmp_signed("==", c, minus1))
            bad = b.or_(is0, ovf)
            safe = b.select(bad, one, c)
            if op == O.DIV:
                q = b.sdiv(a, safe)
                return b.select(is0, minus1, b.select(ovf, minv, q))
            r = b.srem(a, safe)
            return b.select(is0, a, b.select(ovf, zero, r))
        safe = b.select(is0, one, c)
        if op == O.DIVU:
            return b.select(is0, minus1, b.udiv(a, safe))
        return b.select(is0, a, b.urem(a, safe))

    # --- memory ------------------------------------------------------------------------------
    def uc_access(self, i, va, size, tag_base, base_base, slot_base, access, slow):
        """The inline TLB hit of an access at va: returns the RAM offset (SSA) in the block
        where the hit path continues; branches to `slow` (a basic block) when it misses.

        A hit does what the interpreter's micro-cache hit does (tlb_touch): clock + 1, the
        entry's LRU stamp, its hit counter.  In a self-loop block two levels find the line: the
        site's own page cache (the tag, page base and slot word of the line this instruction
        hit last, in SSA values: no load on the data path) and the micro-cache line itself;
        elsewhere only the line.  The site caches are copies of micro-cache lines; only a
        slow-path call can change a line while translated code runs, so every slow-path call
        empties those of its block (invalidate_sites), and the loop's preheader empties them
        whenever control enters the loop from elsewhere."""
        b = self.b
        fn = self.fn
        tag = b.ashr(va, self.c(12))
        site = self.sites.get((self.block_start, i.off))
        aligned = None
        if size > 1:
            aligned = b.icmp_signed("==", b.and_(va, self.c(size - 1)), self.c(0))
        site_hit = fn.append_basic_block(f"a{i.off:03x}_site")
        line_chk = fn.append_basic_block(f"a{i.off:03x}_line")
        line_hit = fn.append_basic_block(f"a{i.off:03x}_lhit")
        touch = fn.append_basic_block(f"a{i.off:03x}_touch")
        if site is not None:
            hit = b.icmp_signed("==", b.load(site[0]), tag)
            if aligned is not None:
                hit = b.and_(hit, aligned)
            b.cbranch(hit, site_hit, line_chk)
            b = self.b = ir.IRBuilder(site_hit)
            s1 = b.load(site[2])
            base1 = b.load(site[1])
        else:
            b.branch(line_chk)
            b = self.b = ir.IRBuilder(site_hit)          # unreachable: keeps the phis simple
            s1 = base1 = self.c(0)
        b.branch(touch)
        base2 = None
        b = self.b = ir.IRBuilder(line_chk)
        line = b.and_(tag, self.c(S.UC_N - 1))
        ltag = self.hart_load(b.add(line, self.c(S.UC_BASE + tag_base)))
        lhit = b.icmp_signed("==", ltag, tag)
        if aligned is not None:
            lhit = b.and_(lhit, aligned)
        b.cbranch(lhit, line_hit, slow)
        b = self.b = ir.IRBuilder(line_hit)
        s2 = self.hart_load(b.add(line, self.c(S.UC_BASE + slot_base)))
        if site is not None:
            base2 = self.hart_load(b.add(line, self.c(S.UC_BASE + base_base)))
            b.store(tag, site[0])
            b.store(base2, site[1])
            b.store(s2, site[2])
        b.branch(touch)
        b = self.b = ir.IRBuilder(touch)
        sv = b.phi(I64)
        sv.add_incoming(s1, site_hit)
        sv.add_incoming(s2, line_hit)
        if base2 is not None:
            base = b.phi(I64)
            base.add_incoming(base1, site_hit)
            base.add_incoming(base2, line_hit)
        clock = b.add(b.load(self.clock), self.c(1))
        b.store(clock, self.clock)
        b.store(clock, self.mmu_ptr(b.add(b.ashr(sv, self.c(8)), self.c(M.E_USED))))
        idx = b.and_(sv, self.c(255))
        k = M.STAT_HITS + access                     # the 4 KiB counter, kept in a register
        local = fn.append_basic_block()
        mem = fn.append_basic_block()
        cont = fn.append_basic_block()
        b.cbranch(b.icmp_signed("==", idx, self.c(k)), local, mem)
        b = self.b = ir.IRBuilder(local)
        b.store(b.add(b.load(self.hits[k]), self.c(1)), self.hits[k])
        b.branch(cont)
        b = self.b = ir.IRBuilder(mem)
        hp = self.mmu_ptr(idx)
        b.store(b.add(b.load(hp), self.c(1)), hp)
        b.branch(cont)
        b = self.b = ir.IRBuilder(cont)
        if base2 is None:                            # (loaded here: measurably faster)
            base = self.hart_load(b.add(line, self.c(S.UC_BASE + base_base)))
        return b.add(base, b.and_(va, self.c(0xFFF)))

    def invalidate_sites(self):
        """Empty the page caches of the current block's access sites (the only ones that can
        be live: a loop block's preheader empties them whenever control enters it)."""
        if self.block_start not in self.loops:
            return
        for (start, _), site in self.sites.items():
            if start == self.block_start:
                self.b.store(self.c(S.UC_EMPTY), site[0])

    def slow_call(self, fn, args):
        """Call a slow path with the clock written back before and read again after."""
        b = self.b
        cp = self.mmu_ptr(M.CLOCK)
        b.store(b.load(self.clock), cp)
        r = b.call(fn, args)
        b.store(b.load(cp), self.clock)
        self.invalidate_sites()
        return r

    def ram_ptr(self, off, ty):
        return self.b.bitcast(self.b.gep(self.ram, [off]), ty.as_pointer())

    def emit_load(self, i, k, spent):
        lg, signed = LOADS[i.op]
        size = 1 << lg
        ty = ir.IntType(8 * size)
        b = self.b
        va = b.add(self.reg(i.rs1), self.c(i.imm))
        slow = self.fn.append_basic_block(f"l{i.off:03x}_miss")
        trap = self.fn.append_basic_block(f"l{i.off:03x}_trap")
        slow_ok = self.fn.append_basic_block(f"l{i.off:03x}_ok")
        join = self.fn.append_basic_block(f"l{i.off:03x}_join")
        # hit
        off = self.uc_access(i, va, size, S.UC_LTAG, S.UC_LBASE, S.UC_LSLOT, M.LOAD, slow)
        b = self.b
        raw = b.load(self.ram_ptr(off, ty), align=size)
        v_fast = (b.sext(raw, I64) if signed else b.zext(raw, I64)) if size < 8 else raw
        fast_end = b.block
        b.branch(join)
        # miss: the interpreter's load_slow (fills the micro-cache, may trap)
        self.b = b = ir.IRBuilder(slow)
        r = self.slow_call(self.load_slow, [self.ctx, va, self.c(size)])
        b.cbranch(b.icmp_signed("==", r, self.c(0)), trap, slow_ok)
        self.b = ir.IRBuilder(trap)
        self.goto_exit(self.pcv(i.off), k, spent, J.R_TRAP)
        self.b = b = ir.IRBuilder(slow_ok)
        v = self.ctx_load(J.C_OUT)
        if signed and size < 8:
            sh = self.c(64 - 8 * size)
            v = b.ashr(b.shl(v, sh), sh)
        slow_end = b.block
        b.branch(join)
        self.b = b = ir.IRBuilder(join)
        phi = b.phi(I64)
        phi.add_incoming(v_fast, fast_end)
        phi.add_incoming(v, slow_end)
        self.set_reg(i.rd, phi)
        return False

    def emit_store(self, i, k, spent):
        lg = STORES[i.op]
        size = 1 << lg
        ty = ir.IntType(8 * size)
        b = self.b
        va = b.add(self.reg(i.rs1), self.c(i.imm))
        value = self.reg(i.rs2)
        slow = self.fn.append_basic_block(f"s{i.off:03x}_miss")
        trap = self.fn.append_basic_block(f"s{i.off:03x}_trap")
        chk = self.fn.append_basic_block(f"s{i.off:03x}_chk")
        code = self.fn.append_basic_block(f"s{i.off:03x}_code")
        join = self.fn.append_basic_block(f"s{i.off:03x}_join")
        off = self.uc_access(i, va, size, S.UC_STAG, S.UC_SBASE, S.UC_SSLOT, M.STORE, slow)
        b = self.b
        v = b.trunc(value, ty) if size < 8 else value
        b.store(v, self.ram_ptr(off, ty), align=size)
        b.branch(join)
        self.b = b = ir.IRBuilder(slow)
        r = self.slow_call(self.store_slow, [self.ctx, va, self.c(size), value])
        b.cbranch(b.icmp_signed("==", r, self.c(0)), trap, chk)
        self.b = ir.IRBuilder(trap)
        self.goto_exit(self.pcv(i.off), k, spent, J.R_TRAP)
        self.b = b = ir.IRBuilder(chk)
        b.cbranch(b.icmp_signed("==", r, self.c(2)), code, join)
        # the store overwrote decoded code: leave after it, the driver re-verifies
        self.b = ir.IRBuilder(code)
        self.goto_exit(self.pcv(i.off + i.length), k + 1, spent + self.cost[i.op], J.R_CODE)
        self.b = ir.IRBuilder(join)
        return False


def emit_region(module: ir.Module, name: str, blocks: dict[int, list[Insn]], cost) -> None:
    """Add function `name` for the blocks (page offset -> instructions) to module.
    cost: the machine's cost table (cpu/cost.py: cost[op], cost[COST_TAKEN])."""
    g = _Gen(module, name, blocks, cost)
    for start, insns in blocks.items():
        g.emit_block(start, insns)
    g.finish()
