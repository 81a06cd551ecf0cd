"""CSR numbers and names (RISC-V privileged spec, "CSR Listing").

Only the user-level counters exist in pagelab's U-mode hart (`cycle`, `time`, `instret` and the
`hpmcounterN` read as zero); the supervisor and machine names are here so that the assembler and
the disassembler speak the same names as GNU binutils.
"""
USER_COUNTERS = {"cycle": 0xC00, "time": 0xC01, "instret": 0xC02}

CSR_NAMES: dict[str, int] = {
    "fflags": 0x001, "frm": 0x002, "fcsr": 0x003,
    **USER_COUNTERS,
    **{f"hpmcounter{i}": 0xC00 + i for i in range(3, 32)},
    "sstatus": 0x100, "sie": 0x104, "stvec": 0x105, "scounteren": 0x106, "senvcfg": 0x10A,
    "sscratch": 0x140, "sepc": 0x141, "scause": 0x142, "stval": 0x143, "sip": 0x144,
    "satp": 0x180,
    "mstatus": 0x300, "misa": 0x301, "medeleg": 0x302, "mideleg": 0x303, "mie": 0x304,
    "mtvec": 0x305, "mcounteren": 0x306, "menvcfg": 0x30A, "mscratch": 0x340, "mepc": 0x341,
    "mcause": 0x342, "mtval": 0x343, "mip": 0x344,
    **{f"pmpcfg{i}": 0x3A0 + i for i in range(0, 16, 2)},
    **{f"pmpaddr{i}": 0x3B0 + i for i in range(16)},
    "mcycle": 0xB00, "minstret": 0xB02,
    **{f"mhpmcounter{i}": 0xB00 + i for i in range(3, 32)},
    "mvendorid": 0xF11, "marchid": 0xF12, "mimpid": 0xF13, "mhartid": 0xF14,
}
CSR_BY_NUMBER: dict[int, str] = {}
for _name, _num in CSR_NAMES.items():
    CSR_BY_NUMBER.setdefault(_num, _name)


def is_read_only(csr: int) -> bool:
    """CSR bits 11:10 == 0b11 mark a read-only CSR; writing one is an illegal instruction."""
    return (csr >> 10) & 3 == 3


def min_privilege(csr: int) -> int:
    """CSR bits 9:8: the lowest privilege level that may access it (0 U, 1 S, 3 M)."""
    return (csr >> 8) & 3
