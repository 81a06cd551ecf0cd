"""Helpers shared by the CPU tests: build a Machine with a small Sv48 address space, run code.

`user_machine(code, data)` maps the code at CODE_VA (read+execute) and the data at DATA_VA
(read+write) through real page tables, sets satp and returns (machine, page_table, allocator).
"""
from __future__ import annotations

import struct

from pagelab.cpu.isa.encoding import encode
from pagelab.cpu.machine import DRAM_BASE, Machine
from pagelab.mmu.pagetable import PageTable
from pagelab.mmu.pte import MODE_SV48, PAGE_SIZE, PTE_R, PTE_U, PTE_W, PTE_X, make_satp

CODE_VA = 0x10000
DATA_VA = 0x20000


class Frames:
    """A bump allocator of zeroed frames (RAM starts zeroed)."""

    def __init__(self, machine, first=DRAM_BASE):
        self.m = machine
        self.next = first

    def __call__(self) -> int:
        pa = self.next
        self.next += PAGE_SIZE
        self.m.ram[pa - DRAM_BASE: pa - DRAM_BASE + PAGE_SIZE] = 0
        return pa


def asm(*rows) -> bytes:
    """Encode ("name", {fields}) tuples (32-bit or compressed rows) into bytes."""
    from pagelab.cpu.isa.table import BY_NAME
    out = b""
    for name, fields in rows:
        row = BY_NAME[name]
        out += encode(row, fields).to_bytes(row.length, "little")
    return out


def user_machine(code: bytes, data: bytes = b"", code_va=CODE_VA, data_va=DATA_VA,
                 data_pages=2, code_flags=PTE_R | PTE_X, data_flags=PTE_R | PTE_W,
                 mem_size=4 << 20, fast=True, tlb=None, paging="sv48", **kw):
    m = Machine(mem_size=mem_size, paging=paging, fast=fast, tlb=tlb, **kw)
    frames = Frames(m)
    root = frames()
    mode = {"sv39": 8, "sv48": 9, "sv57": 10}[paging]
    pt = PageTable(m, root, mode, alloc=frames)
    code_pages = max(1, (len(code) + PAGE_SIZE - 1) // PAGE_SIZE)
    for i in range(code_pages):
        pa = frames()
        pt.map(code_va + i * PAGE_SIZE, pa, code_flags | PTE_U)
        chunk = code[i * PAGE_SIZE:(i + 1) * PAGE_SIZE]
        m.write_phys(pa, chunk)
    for i in range(data_pages):
        pa = frames()
        pt.map(data_va + i * PAGE_SIZE, pa, data_flags | PTE_U)
        chunk = data[i * PAGE_SIZE:(i + 1) * PAGE_SIZE]
        if chunk:
            m.write_phys(pa, chunk)
    m.satp = make_satp(mode if paging else MODE_SV48, 1, root >> 12)
    m.flush_tlb()
    m.pc = code_va
    return m, pt, frames


def u64(b: bytes) -> int:
    return struct.unpack("<Q", b)[0]
