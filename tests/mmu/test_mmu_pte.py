"""PTE / satp / VA helpers of mmu/pte.py, and their copies in the jitted layout."""
import subprocess
import sys

import pytest

from pagelab.mmu import pte as P
from pagelab.mmu.core import layout as L


def test_jitted_layout_uses_the_same_architectural_constants_as_pte_module():
    for name in ("PTE_V", "PTE_R", "PTE_W", "PTE_X", "PTE_U", "PTE_G", "PTE_A", "PTE_D",
                 "DRAM_BASE", "MODE_BARE", "MODE_SV39", "MODE_SV48", "MODE_SV57"):
        assert getattr(L, name) == getattr(P, name), name
    assert L.PPN_MASK == P.PTE_PPN_MASK
    assert L.ASID_MASK == P.ASID_MASK
    assert L.STAT_END <= L.HEADER_WORDS


def test_pte_bits_are_numbered_as_in_the_privileged_spec():
    assert [P.PTE_V, P.PTE_R, P.PTE_W, P.PTE_X, P.PTE_U, P.PTE_G, P.PTE_A, P.PTE_D] == \
        [1 << i for i in range(8)]


def test_make_pte_and_pte_ppn_round_trip_the_worked_example():
    pte = P.make_pte(0x80100, 0xDF)
    assert pte == 0x2004_00DF
    assert P.pte_ppn(pte) == 0x80100
    assert P.pte_pa(pte) == 0x8010_0000
    assert P.pte_flags(pte) == 0xDF
    assert P.flags_str(pte) == "da-uxwrv"


def test_make_pte_rejects_values_that_do_not_fit():
    with pytest.raises(ValueError, match="ppn"):
        P.make_pte(1 << 44, P.PTE_V)
    with pytest.raises(ValueError, match="flags"):
        P.make_pte(1, 0x400)


def test_make_satp_and_satp_fields_round_trip():
    satp = P.make_satp(P.MODE_SV48, 0x1234, 0x80200)
    assert satp == (9 << 60) | (0x1234 << 44) | 0x80200
    assert P.satp_fields(satp) == (9, 0x1234, 0x80200)
    assert P.satp_fields(satp - (1 << 64)) == (9, 0x1234, 0x80200)     # signed form
    with pytest.raises(ValueError, match="mode"):
        P.make_satp(11, 0, 0)
    with pytest.raises(ValueError, match="asid"):
        P.make_satp(8, 1 << 16, 0)


def test_vpn_fields_of_the_worked_sv39_example():
    va = 0x1234_5678
    assert (P.vpn(va, 2), P.vpn(va, 1), P.vpn(va, 0)) == (0, 0x91, 0x145)
    assert P.page_offset(va) == 0x678
    assert P.page_offset(va, 1) == va & 0x1F_FFFF


@pytest.mark.parametrize("mode,bits", [(8, 39), (9, 48), (10, 57)])
def test_canonical_addresses_are_sign_extensions_of_the_top_va_bit(mode, bits):
    assert P.va_bits(mode) == bits
    assert P.is_canonical((1 << (bits - 1)) - 1, mode)
    assert not P.is_canonical(1 << (bits - 1), mode)
    assert P.is_canonical(-(1 << (bits - 1)), mode)
    assert P.is_canonical((1 << 64) - (1 << (bits - 1)), mode)          # unsigned spelling
    assert not P.is_canonical((1 << 64) - (1 << (bits - 1)) - 1, mode)
    assert P.is_canonical(0x1234, P.MODE_BARE)


def test_page_sizes_per_level_are_4k_2m_1g_512g_256t():
    assert P.LEVEL_PAGE_SIZE == (4 << 10, 2 << 20, 1 << 30, 512 << 30, 256 << 40)
    assert P.page_size(1) == P.HUGE_PAGE_SIZE_2M


def test_importing_the_mmu_core_loads_no_kernel_assembler_lark_or_pygame():
    code = ("import sys, pagelab.mmu.core, pagelab.mmu.mmu, pagelab.mmu.pagetable, "
            "pagelab.mmu.tlb\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('lark', 'pygame') "
            "or m.startswith(('pagelab.kernel', 'pagelab.asm'))]\n"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_importing_pte_does_not_load_numba():
    code = "import sys, pagelab.mmu.pte, pagelab.mmu; print('numba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "False", out.stderr
