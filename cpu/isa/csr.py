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


# Every standard CSR number with a name, as GNU binutils 2.40 names them (its newest privileged
# spec): user, supervisor, hypervisor, machine, debug, vector, ... .  pagelab's hart implements only
# the counters above; this table is for *showing* CSR numbers the way `objdump` does (an unnamed
# number prints as 0x...).  It was taken from `riscv64-linux-gnu-objdump` on all 4096 numbers
# (tests/asm/test_disasm_gnu.py checks it still agrees).
STANDARD_CSR_NAMES: dict[int, str] = {
    0x001: "fflags", 0x002: "frm", 0x003: "fcsr", 0x008: "vstart", 0x009: "vxsat", 0x00A: "vxrm",
    0x00F: "vcsr", 0x015: "seed", 0x100: "sstatus", 0x104: "sie", 0x105: "stvec",
    0x106: "scounteren", 0x10A: "senvcfg", 0x10C: "sstateen0", 0x10D: "sstateen1",
    0x10E: "sstateen2", 0x10F: "sstateen3", 0x114: "sieh", 0x140: "sscratch", 0x141: "sepc",
    0x142: "scause", 0x143: "stval", 0x144: "sip", 0x14D: "stimecmp", 0x150: "siselect",
    0x151: "sireg", 0x154: "siph", 0x15C: "stopei", 0x15D: "stimecmph", 0x180: "satp",
    0x200: "vsstatus", 0x204: "vsie", 0x205: "vstvec", 0x214: "vsieh", 0x240: "vsscratch",
    0x241: "vsepc", 0x242: "vscause", 0x243: "vstval", 0x244: "vsip", 0x24D: "vstimecmp",
    0x250: "vsiselect", 0x251: "vsireg", 0x254: "vsiph", 0x25C: "vstopei", 0x25D: "vstimecmph",
    0x280: "vsatp", 0x300: "mstatus", 0x301: "misa", 0x302: "medeleg", 0x303: "mideleg",
    0x304: "mie", 0x305: "mtvec", 0x306: "mcounteren", 0x308: "mvien", 0x309: "mvip",
    0x30A: "menvcfg", 0x30C: "mstateen0", 0x30D: "mstateen1", 0x30E: "mstateen2",
    0x30F: "mstateen3", 0x310: "mstatush", 0x313: "midelegh", 0x314: "mieh", 0x318: "mvienh",
    0x319: "mviph", 0x31A: "menvcfgh", 0x31C: "mstateen0h", 0x31D: "mstateen1h",
    0x31E: "mstateen2h", 0x31F: "mstateen3h", 0x320: "mcountinhibit", 0x323: "mhpmevent3",
    0x324: "mhpmevent4", 0x325: "mhpmevent5", 0x326: "mhpmevent6", 0x327: "mhpmevent7",
    0x328: "mhpmevent8", 0x329: "mhpmevent9", 0x32A: "mhpmevent10", 0x32B: "mhpmevent11",
    0x32C: "mhpmevent12", 0x32D: "mhpmevent13", 0x32E: "mhpmevent14", 0x32F: "mhpmevent15",
    0x330: "mhpmevent16", 0x331: "mhpmevent17", 0x332: "mhpmevent18", 0x333: "mhpmevent19",
    0x334: "mhpmevent20", 0x335: "mhpmevent21", 0x336: "mhpmevent22", 0x337: "mhpmevent23",
    0x338: "mhpmevent24", 0x339: "mhpmevent25", 0x33A: "mhpmevent26", 0x33B: "mhpmevent27",
    0x33C: "mhpmevent28", 0x33D: "mhpmevent29", 0x33E: "mhpmevent30", 0x33F: "mhpmevent31",
    0x340: "mscratch", 0x341: "mepc", 0x342: "mcause", 0x343: "mtval", 0x344: "mip",
    0x34A: "mtinst", 0x34B: "mtval2", 0x350: "miselect", 0x351: "mireg", 0x354: "miph",
    0x35C: "mtopei", 0x3A0: "pmpcfg0", 0x3A1: "pmpcfg1", 0x3A2: "pmpcfg2", 0x3A3: "pmpcfg3",
    0x3A4: "pmpcfg4", 0x3A5: "pmpcfg5", 0x3A6: "pmpcfg6", 0x3A7: "pmpcfg7", 0x3A8: "pmpcfg8",
    0x3A9: "pmpcfg9", 0x3AA: "pmpcfg10", 0x3AB: "pmpcfg11", 0x3AC: "pmpcfg12", 0x3AD: "pmpcfg13",
    0x3AE: "pmpcfg14", 0x3AF: "pmpcfg15", 0x3B0: "pmpaddr0", 0x3B1: "pmpaddr1", 0x3B2: "pmpaddr2",
    0x3B3: "pmpaddr3", 0x3B4: "pmpaddr4", 0x3B5: "pmpaddr5", 0x3B6: "pmpaddr6", 0x3B7: "pmpaddr7",
    0x3B8: "pmpaddr8", 0x3B9: "pmpaddr9", 0x3BA: "pmpaddr10", 0x3BB: "pmpaddr11",
    0x3BC: "pmpaddr12", 0x3BD: "pmpaddr13", 0x3BE: "pmpaddr14", 0x3BF: "pmpaddr15",
    0x3C0: "pmpaddr16", 0x3C1: "pmpaddr17", 0x3C2: "pmpaddr18", 0x3C3: "pmpaddr19",
    0x3C4: "pmpaddr20", 0x3C5: "pmpaddr21", 0x3C6: "pmpaddr22", 0x3C7: "pmpaddr23",
    0x3C8: "pmpaddr24", 0x3C9: "pmpaddr25", 0x3CA: "pmpaddr26", 0x3CB: "pmpaddr27",
    0x3CC: "pmpaddr28", 0x3CD: "pmpaddr29", 0x3CE: "pmpaddr30", 0x3CF: "pmpaddr31",
    0x3D0: "pmpaddr32", 0x3D1: "pmpaddr33", 0x3D2: "pmpaddr34", 0x3D3: "pmpaddr35",
    0x3D4: "pmpaddr36", 0x3D5: "pmpaddr37", 0x3D6: "pmpaddr38", 0x3D7: "pmpaddr39",
    0x3D8: "pmpaddr40", 0x3D9: "pmpaddr41", 0x3DA: "pmpaddr42", 0x3DB: "pmpaddr43",
    0x3DC: "pmpaddr44", 0x3DD: "pmpaddr45", 0x3DE: "pmpaddr46", 0x3DF: "pmpaddr47",
    0x3E0: "pmpaddr48", 0x3E1: "pmpaddr49", 0x3E2: "pmpaddr50", 0x3E3: "pmpaddr51",
    0x3E4: "pmpaddr52", 0x3E5: "pmpaddr53", 0x3E6: "pmpaddr54", 0x3E7: "pmpaddr55",
    0x3E8: "pmpaddr56", 0x3E9: "pmpaddr57", 0x3EA: "pmpaddr58", 0x3EB: "pmpaddr59",
    0x3EC: "pmpaddr60", 0x3ED: "pmpaddr61", 0x3EE: "pmpaddr62", 0x3EF: "pmpaddr63",
    0x5A8: "scontext", 0x600: "hstatus", 0x602: "hedeleg", 0x603: "hideleg", 0x604: "hie",
    0x605: "htimedelta", 0x606: "hcounteren", 0x607: "hgeie", 0x608: "hvien", 0x609: "hvictl",
    0x60A: "henvcfg", 0x60C: "hstateen0", 0x60D: "hstateen1", 0x60E: "hstateen2",
    0x60F: "hstateen3", 0x613: "hidelegh", 0x615: "htimedeltah", 0x618: "hvienh",
    0x61A: "henvcfgh", 0x61C: "hstateen0h", 0x61D: "hstateen1h", 0x61E: "hstateen2h",
    0x61F: "hstateen3h", 0x643: "htval", 0x644: "hip", 0x645: "hvip", 0x646: "hviprio1",
    0x647: "hviprio2", 0x64A: "htinst", 0x655: "hviph", 0x656: "hviprio1h", 0x657: "hviprio2h",
    0x680: "hgatp", 0x6A8: "hcontext", 0x723: "mhpmevent3h", 0x724: "mhpmevent4h",
    0x725: "mhpmevent5h", 0x726: "mhpmevent6h", 0x727: "mhpmevent7h", 0x728: "mhpmevent8h",
    0x729: "mhpmevent9h", 0x72A: "mhpmevent10h", 0x72B: "mhpmevent11h", 0x72C: "mhpmevent12h",
    0x72D: "mhpmevent13h", 0x72E: "mhpmevent14h", 0x72F: "mhpmevent15h", 0x730: "mhpmevent16h",
    0x731: "mhpmevent17h", 0x732: "mhpmevent18h", 0x733: "mhpmevent19h", 0x734: "mhpmevent20h",
    0x735: "mhpmevent21h", 0x736: "mhpmevent22h", 0x737: "mhpmevent23h", 0x738: "mhpmevent24h",
    0x739: "mhpmevent25h", 0x73A: "mhpmevent26h", 0x73B: "mhpmevent27h", 0x73C: "mhpmevent28h",
    0x73D: "mhpmevent29h", 0x73E: "mhpmevent30h", 0x73F: "mhpmevent31h", 0x747: "mseccfg",
    0x757: "mseccfgh", 0x7A0: "tselect", 0x7A1: "tdata1", 0x7A2: "tdata2", 0x7A3: "tdata3",
    0x7A4: "tinfo", 0x7A5: "tcontrol", 0x7A8: "mcontext", 0x7AA: "mscontext", 0x7B0: "dcsr",
    0x7B1: "dpc", 0x7B2: "dscratch0", 0x7B3: "dscratch1", 0xB00: "mcycle", 0xB02: "minstret",
    0xB03: "mhpmcounter3", 0xB04: "mhpmcounter4", 0xB05: "mhpmcounter5", 0xB06: "mhpmcounter6",
    0xB07: "mhpmcounter7", 0xB08: "mhpmcounter8", 0xB09: "mhpmcounter9", 0xB0A: "mhpmcounter10",
    0xB0B: "mhpmcounter11", 0xB0C: "mhpmcounter12", 0xB0D: "mhpmcounter13",
    0xB0E: "mhpmcounter14", 0xB0F: "mhpmcounter15", 0xB10: "mhpmcounter16",
    0xB11: "mhpmcounter17", 0xB12: "mhpmcounter18", 0xB13: "mhpmcounter19",
    0xB14: "mhpmcounter20", 0xB15: "mhpmcounter21", 0xB16: "mhpmcounter22",
    0xB17: "mhpmcounter23", 0xB18: "mhpmcounter24", 0xB19: "mhpmcounter25",
    0xB1A: "mhpmcounter26", 0xB1B: "mhpmcounter27", 0xB1C: "mhpmcounter28",
    0xB1D: "mhpmcounter29", 0xB1E: "mhpmcounter30", 0xB1F: "mhpmcounter31", 0xB80: "mcycleh",
    0xB82: "minstreth", 0xB83: "mhpmcounter3h", 0xB84: "mhpmcounter4h", 0xB85: "mhpmcounter5h",
    0xB86: "mhpmcounter6h", 0xB87: "mhpmcounter7h", 0xB88: "mhpmcounter8h",
    0xB89: "mhpmcounter9h", 0xB8A: "mhpmcounter10h", 0xB8B: "mhpmcounter11h",
    0xB8C: "mhpmcounter12h", 0xB8D: "mhpmcounter13h", 0xB8E: "mhpmcounter14h",
    0xB8F: "mhpmcounter15h", 0xB90: "mhpmcounter16h", 0xB91: "mhpmcounter17h",
    0xB92: "mhpmcounter18h", 0xB93: "mhpmcounter19h", 0xB94: "mhpmcounter20h",
    0xB95: "mhpmcounter21h", 0xB96: "mhpmcounter22h", 0xB97: "mhpmcounter23h",
    0xB98: "mhpmcounter24h", 0xB99: "mhpmcounter25h", 0xB9A: "mhpmcounter26h",
    0xB9B: "mhpmcounter27h", 0xB9C: "mhpmcounter28h", 0xB9D: "mhpmcounter29h",
    0xB9E: "mhpmcounter30h", 0xB9F: "mhpmcounter31h", 0xC00: "cycle", 0xC01: "time",
    0xC02: "instret", 0xC03: "hpmcounter3", 0xC04: "hpmcounter4", 0xC05: "hpmcounter5",
    0xC06: "hpmcounter6", 0xC07: "hpmcounter7", 0xC08: "hpmcounter8", 0xC09: "hpmcounter9",
    0xC0A: "hpmcounter10", 0xC0B: "hpmcounter11", 0xC0C: "hpmcounter12", 0xC0D: "hpmcounter13",
    0xC0E: "hpmcounter14", 0xC0F: "hpmcounter15", 0xC10: "hpmcounter16", 0xC11: "hpmcounter17",
    0xC12: "hpmcounter18", 0xC13: "hpmcounter19", 0xC14: "hpmcounter20", 0xC15: "hpmcounter21",
    0xC16: "hpmcounter22", 0xC17: "hpmcounter23", 0xC18: "hpmcounter24", 0xC19: "hpmcounter25",
    0xC1A: "hpmcounter26", 0xC1B: "hpmcounter27", 0xC1C: "hpmcounter28", 0xC1D: "hpmcounter29",
    0xC1E: "hpmcounter30", 0xC1F: "hpmcounter31", 0xC20: "vl", 0xC21: "vtype", 0xC22: "vlenb",
    0xC80: "cycleh", 0xC81: "timeh", 0xC82: "instreth", 0xC83: "hpmcounter3h",
    0xC84: "hpmcounter4h", 0xC85: "hpmcounter5h", 0xC86: "hpmcounter6h", 0xC87: "hpmcounter7h",
    0xC88: "hpmcounter8h", 0xC89: "hpmcounter9h", 0xC8A: "hpmcounter10h", 0xC8B: "hpmcounter11h",
    0xC8C: "hpmcounter12h", 0xC8D: "hpmcounter13h", 0xC8E: "hpmcounter14h",
    0xC8F: "hpmcounter15h", 0xC90: "hpmcounter16h", 0xC91: "hpmcounter17h",
    0xC92: "hpmcounter18h", 0xC93: "hpmcounter19h", 0xC94: "hpmcounter20h",
    0xC95: "hpmcounter21h", 0xC96: "hpmcounter22h", 0xC97: "hpmcounter23h",
    0xC98: "hpmcounter24h", 0xC99: "hpmcounter25h", 0xC9A: "hpmcounter26h",
    0xC9B: "hpmcounter27h", 0xC9C: "hpmcounter28h", 0xC9D: "hpmcounter29h",
    0xC9E: "hpmcounter30h", 0xC9F: "hpmcounter31h", 0xDA0: "scountovf", 0xDB0: "stopi",
    0xE12: "hgeip", 0xEB0: "vstopi", 0xF11: "mvendorid", 0xF12: "marchid", 0xF13: "mimpid",
    0xF14: "mhartid", 0xF15: "mconfigptr", 0xFB0: "mtopi",
}
