"""The seams of the memory code: one module writes user PTEs and flushes their TLB entries;
nothing else takes a PTE apart with shifts (mmu/pte.py's helpers do that)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from mm_helpers import MAP_ANON, MAP_PRIVATE, PAGE, PROT_R, PROT_W, STORE, MiniKernel

from pagelab.kernel.mm.pte_ops import PteError

KERNEL = Path(__file__).resolve().parents[2] / "kernel"
ALLOWED = {KERNEL / "mm" / "pte_ops.py"}
RAW_PTE = re.compile(r"(pte|pfn|entry|old|hw)\w*\)?\s*(>>|<<)\s*10\b|write_pte\(|flush_tlb\(")


def offending_lines() -> list[str]:
    out = []
    for path in sorted(KERNEL.rglob("*.py")):
        if path in ALLOWED:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if RAW_PTE.search(code) and "`" not in code:
                out.append(f"{path.relative_to(KERNEL.parent)}:{number}: {line.strip()}")
    return out


def test_only_pte_ops_writes_ptes_shifts_them_or_flushes_the_tlb():
    assert offending_lines() == []


def test_the_grep_sees_a_raw_write(tmp_path, monkeypatch):
    bad = tmp_path / "kernel" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("pfn = pte >> 10\nmm.pt.write_pte(pa, 0)\n")
    monkeypatch.setattr(__import__(__name__), "KERNEL", tmp_path / "kernel")
    assert len(offending_lines()) == 2


def test_mapping_over_a_present_entry_is_a_kernel_bug():
    kernel = MiniKernel()
    mm = kernel.new_mm()
    base = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    assert mm.handle_fault(base, STORE).ok
    frame = kernel.physmem.alloc_frame()
    with pytest.raises(PteError):
        mm.map_page(base >> 12, frame, 0xD7, take_ref=False)
