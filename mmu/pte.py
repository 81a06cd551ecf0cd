"""PTE, satp and virtual-address layouts of the RISC-V privileged spec (Sv39, Sv48, Sv57).

Plain Python, no numba: the kernel, tools and tests import this.  The jitted walker in
`mmu/core/` uses the same numbers (copied as plain ints in `mmu/core/layout.py`, because numba
caches key on one source file); a test holds the two equal.

A page-table entry (64 bits, the same in all three modes)::

    63  62-61  60-54     53 ........ 10  9-8  7 6 5 4 3 2 1 0
    N   PBMT   reserved  PPN (44 bits)    RSW  D A G U X W R V

A virtual address (Sv48 shown; Sv39 has one level fewer, Sv57 one more)::

    63 .. 48   47 .. 39   38 .. 30   29 .. 21   20 .. 12   11 .. 0
    sign ext.  VPN[3]     VPN[2]     VPN[1]     VPN[0]     page offset

Bits above the top VPN field must all equal the top bit of the address ("canonical"); otherwise
every access faults.  `satp` is MODE (63:60) | ASID (59:44) | root PPN (43:0).

A *swap entry* is a leaf PTE with V = 0 that the kernel writes when it moves a page out to a
swap area (Linux's `swp_entry_t` stored in a non-present PTE).  The hardware ignores every bit
of an entry whose V is 0, so the software chooses the layout::

    63 ... 54   53 ......... 15   14 ... 10   9   8   7 ... 1   0
    0           swap offset       swap type   0   1   0         V=0
                (39 bits)         (5 bits)        SWP

Bit 8 (the first RSW bit, PTE_SWP) marks the entry: the kernel's own records also hold
non-present entries that still name a frame (a page made PROT_NONE keeps its frame), and those
never have bit 8 set.  Type 0..31 picks the swap area (Linux MAX_SWAPFILES), the offset is
the slot number inside it.
"""
from __future__ import annotations

# --- PTE bits ---------------------------------------------------------------------------
PTE_V = 1 << 0   # valid
PTE_R = 1 << 1   # readable
PTE_W = 1 << 2   # writable (W without R is a reserved encoding)
PTE_X = 1 << 3   # executable
PTE_U = 1 << 4   # user-accessible
PTE_G = 1 << 5   # global: present in every address space
PTE_A = 1 << 6   # accessed
PTE_D = 1 << 7   # dirty
PTE_RSW_SHIFT = 8            # bits 9:8, free for the supervisor (the kernel); ignored by hardware
PTE_RSW_MASK = 3 << PTE_RSW_SHIFT
PTE_FLAGS_MASK = 0x3FF       # bits 9:0
PTE_PPN_SHIFT = 10
PTE_PPN_BITS = 44
PTE_PPN_MASK = (1 << PTE_PPN_BITS) - 1
PTE_RESERVED_SHIFT = 54      # bits 63:54 = N, PBMT, reserved: all must be 0 here (no Svnapot/Svpbmt)
PTE_N = 1 << 63
PTE_PBMT_SHIFT = 61

# --- pages ------------------------------------------------------------------------------
PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT
PTE_SIZE = 8
PTES_PER_TABLE = PAGE_SIZE // PTE_SIZE   # 512
VPN_BITS = 9                             # bits of VA per level
DRAM_BASE = 0x8000_0000                  # physical RAM starts here (QEMU virt board)

#: Size in bytes of a leaf at each level: 4 KiB, 2 MiB (megapage), 1 GiB (gigapage),
#: 512 GiB (terapage), 256 TiB (petapage, Sv57 only).
LEVEL_PAGE_SIZE = tuple(1 << (PAGE_SHIFT + VPN_BITS * level) for level in range(5))
HUGE_PAGE_SIZE_2M = LEVEL_PAGE_SIZE[1]
HUGE_PAGE_SIZE_1G = LEVEL_PAGE_SIZE[2]
HUGE_PAGE_SIZE_512G = LEVEL_PAGE_SIZE[3]
HUGE_PAGE_SIZE_256T = LEVEL_PAGE_SIZE[4]
#: Short names of the page sizes, used in statistics keys and the --tlb option.
LEVEL_NAMES = ("4K", "2M", "1G", "512G", "256T")

# --- satp -------------------------------------------------------------------------------
MODE_BARE = 0
MODE_SV39 = 8
MODE_SV48 = 9
MODE_SV57 = 10
LEVELS = {MODE_SV39: 3, MODE_SV48: 4, MODE_SV57: 5}
MODE_NAMES = {MODE_BARE: "bare", MODE_SV39: "sv39", MODE_SV48: "sv48", MODE_SV57: "sv57"}
MODE_BY_NAME = {name: mode for mode, name in MODE_NAMES.items()}
SATP_MODE_SHIFT = 60
SATP_ASID_SHIFT = 44
ASID_BITS = 16                            # ASIDLEN: all 16 bits are implemented
ASID_MASK = (1 << ASID_BITS) - 1
SATP_PPN_MASK = (1 << 44) - 1


def page_size(level: int) -> int:
    """Bytes mapped by a leaf PTE at `level` (0 = 4 KiB)."""
    return LEVEL_PAGE_SIZE[level]


def make_pte(ppn: int, flags: int) -> int:
    """A PTE pointing at physical page number `ppn` with flag bits `flags` (PTE_V | ...)."""
    if not 0 <= ppn <= PTE_PPN_MASK:
        raise ValueError(f"make_pte: ppn {ppn:#x} does not fit in 44 bits")
    if not 0 <= flags <= PTE_FLAGS_MASK:
        raise ValueError(f"make_pte: flags {flags:#x} are not within bits 9:0")
    return (ppn << PTE_PPN_SHIFT) | flags


def pte_ppn(pte: int) -> int:
    """The physical page number held in a PTE."""
    return (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK


def pte_pa(pte: int) -> int:
    """The physical address a PTE points at (next table, or start of the leaf page)."""
    return pte_ppn(pte) << PAGE_SHIFT


def pte_flags(pte: int) -> int:
    """Bits 9:0 of a PTE (V R W X U G A D and the two RSW bits)."""
    return pte & PTE_FLAGS_MASK


def pte_is_leaf(pte: int) -> bool:
    """A valid PTE with R or X set is a leaf; with neither it points to the next table."""
    return bool(pte & PTE_V) and bool(pte & (PTE_R | PTE_X))


def pte_pfn(pte: int) -> int:
    """The frame number in a leaf PTE (the same field as pte_ppn; named as the kernel uses it)."""
    return (pte >> PTE_PPN_SHIFT) & PTE_PPN_MASK


def pfn_pte(pfn: int, flags: int) -> int:
    """A leaf PTE for frame `pfn` with flag bits `flags`, without make_pte's range checks
    (the kernel's fault path, where the frame number comes from the allocator)."""
    return (pfn << PTE_PPN_SHIFT) | flags


# --- swap entries (see the module docstring) ---------------------------------------------
PTE_SWP = 1 << 8                 # RSW bit 0: this non-present entry is a swap entry
SWP_TYPE_SHIFT = 10
SWP_TYPE_BITS = 5
SWP_TYPE_MASK = (1 << SWP_TYPE_BITS) - 1
SWP_OFFSET_SHIFT = SWP_TYPE_SHIFT + SWP_TYPE_BITS      # 15
SWP_OFFSET_BITS = PTE_RESERVED_SHIFT - SWP_OFFSET_SHIFT  # 39
SWP_OFFSET_MASK = (1 << SWP_OFFSET_BITS) - 1
MAX_SWAPFILES = 1 << SWP_TYPE_BITS


def swp_entry(swap_type: int, offset: int) -> int:
    """The swap-entry PTE for slot `offset` of swap area `swap_type` (V = 0, PTE_SWP set)."""
    if not 0 <= swap_type <= SWP_TYPE_MASK:
        raise ValueError(f"swp_entry: swap type {swap_type} is not 0..{SWP_TYPE_MASK}")
    if not 0 <= offset <= SWP_OFFSET_MASK:
        raise ValueError(f"swp_entry: swap offset {offset:#x} does not fit in "
                         f"{SWP_OFFSET_BITS} bits")
    return (offset << SWP_OFFSET_SHIFT) | (swap_type << SWP_TYPE_SHIFT) | PTE_SWP


def is_swap_pte(pte: int) -> bool:
    """True for a swap entry: not valid, PTE_SWP set."""
    return pte & (PTE_V | PTE_SWP) == PTE_SWP


def swp_type(pte: int) -> int:
    """The swap area number of a swap entry."""
    return (pte >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK


def swp_offset(pte: int) -> int:
    """The slot number of a swap entry."""
    return (pte >> SWP_OFFSET_SHIFT) & SWP_OFFSET_MASK


def flags_str(pte: int) -> str:
    """Flags as text in the order D A G U X W R V, '-' for clear bits (e.g. 'da-uxwrv')."""
    return "".join(ch if pte & bit else "-" for ch, bit in
                   (("d", PTE_D), ("a", PTE_A), ("g", PTE_G), ("u", PTE_U),
                    ("x", PTE_X), ("w", PTE_W), ("r", PTE_R), ("v", PTE_V)))


def make_satp(mode: int, asid: int, root_ppn: int) -> int:
    """The satp value selecting `mode`, address-space id `asid` and root table `root_ppn`."""
    if mode not in MODE_NAMES:
        raise ValueError(f"make_satp: unsupported mode {mode} (use 0, 8, 9 or 10)")
    if not 0 <= asid <= ASID_MASK:
        raise ValueError(f"make_satp: asid {asid} does not fit in {ASID_BITS} bits")
    if not 0 <= root_ppn <= SATP_PPN_MASK:
        raise ValueError(f"make_satp: root ppn {root_ppn:#x} does not fit in 44 bits")
    return (mode << SATP_MODE_SHIFT) | (asid << SATP_ASID_SHIFT) | root_ppn


def satp_fields(satp: int) -> tuple[int, int, int]:
    """Split a satp value into (mode, asid, root_ppn).  Accepts signed or unsigned 64-bit."""
    satp &= (1 << 64) - 1
    return satp >> SATP_MODE_SHIFT, (satp >> SATP_ASID_SHIFT) & ASID_MASK, satp & SATP_PPN_MASK


def va_bits(mode: int) -> int:
    """Number of significant virtual-address bits: 39, 48 or 57."""
    return PAGE_SHIFT + VPN_BITS * LEVELS[mode]


def vpn(va: int, level: int) -> int:
    """VPN[level] of a virtual address: the 9-bit index into the table at that level."""
    return (va >> (PAGE_SHIFT + VPN_BITS * level)) & (PTES_PER_TABLE - 1)


def page_offset(va: int, level: int = 0) -> int:
    """Offset of `va` inside the page of `level` that contains it."""
    return va & (LEVEL_PAGE_SIZE[level] - 1)


def is_canonical(va: int, mode: int) -> bool:
    """True when bits 63..VA_BITS-1 of `va` are all equal (all 0s or all 1s).

    `va` may be given signed (Python int from an int64 register) or unsigned (0 .. 2**64-1).
    In Bare mode every address is canonical.
    """
    if mode == MODE_BARE:
        return True
    va &= (1 << 64) - 1
    top = va >> (va_bits(mode) - 1)
    return top == 0 or top == (1 << (64 - va_bits(mode) + 1)) - 1


def to_signed64(value: int) -> int:
    """Interpret the low 64 bits of `value` as a signed int64 (how registers hold addresses)."""
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


def to_unsigned64(value: int) -> int:
    """The low 64 bits of `value` as an unsigned number (how addresses are printed)."""
    return value & ((1 << 64) - 1)
