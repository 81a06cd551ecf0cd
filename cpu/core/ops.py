"""Operation ids of the pre-decoded instruction format, and the packed-slot layout.

Plain module-level ints, so the jitted core compares against compile-time constants.  The names are
the instruction table's mnemonics in upper case with '.' -> '_' (`cpu/decode_tables.py` maps every
row of `cpu/isa/table.py` to one of these by name; a test checks that every row has one).  Ids are
grouped by kind in ranges, so the core dispatches through a shallow range tree of `if`s that LLVM
turns into jump tables:

      1- 15  ALU with an immediate, LUI, AUIPC      16- 30  ALU register-register
     31- 43  M extension                            44- 51  branches and jumps
     52- 58  loads                                  59- 62  stores
     63- 84  A extension                            85- 99  system (fences, ecall, CSRs, illegal)

A pre-decoded slot is ONE int64 (0 = not decoded yet)::

     bits 0-7    op id            bits 8-13   rd (0 is mapped to 32, a write-only sink register)
     bits 14-18  rs1 (or zimm)    bits 19-23  rs2
     bit  24     1 = compressed (2 bytes long)
     bits 25-27  instruction length in bytes (2 or 4; decode_any sets it)
     bits 32-63  imm, signed 32-bit (CSR number for CSR ops; the raw bits for ILLEGAL)
"""
NOT_DECODED = 0

# ALU with an immediate (I-type), LUI, AUIPC
ADDI = 1
SLTI = 2
SLTIU = 3
XORI = 4
ORI = 5
ANDI = 6
SLLI = 7
SRLI = 8
SRAI = 9
ADDIW = 10
SLLIW = 11
SRLIW = 12
SRAIW = 13
LUI = 14
AUIPC = 15
# ALU register-register
ADD = 16
SUB = 17
SLL = 18
SLT = 19
SLTU = 20
XOR = 21
SRL = 22
SRA = 23
OR = 24
AND = 25
ADDW = 26
SUBW = 27
SLLW = 28
SRLW = 29
SRAW = 30
# M
MUL = 31
MULH = 32
MULHSU = 33
MULHU = 34
DIV = 35
DIVU = 36
REM = 37
REMU = 38
MULW = 39
DIVW = 40
DIVUW = 41
REMW = 42
REMUW = 43
# branches and jumps
BEQ = 44
BNE = 45
BLT = 46
BGE = 47
BLTU = 48
BGEU = 49
JAL = 50
JALR = 51
# loads
LB = 52
LH = 53
LW = 54
LD = 55
LBU = 56
LHU = 57
LWU = 58
# stores
SB = 59
SH = 60
SW = 61
SD = 62
# A
LR_W = 63
SC_W = 64
AMOSWAP_W = 65
AMOADD_W = 66
AMOXOR_W = 67
AMOAND_W = 68
AMOOR_W = 69
AMOMIN_W = 70
AMOMAX_W = 71
AMOMINU_W = 72
AMOMAXU_W = 73
LR_D = 74
SC_D = 75
AMOSWAP_D = 76
AMOADD_D = 77
AMOXOR_D = 78
AMOAND_D = 79
AMOOR_D = 80
AMOMIN_D = 81
AMOMAX_D = 82
AMOMINU_D = 83
AMOMAXU_D = 84
# system
FENCE = 85
FENCE_TSO = 86
FENCE_I = 87
ECALL = 88
EBREAK = 89
CSRRW = 90
CSRRS = 91
CSRRC = 92
CSRRWI = 93
CSRRSI = 94
CSRRCI = 95
SRET = 96          # S-mode instructions: a U-mode hart raises illegal instruction
MRET = 97
WFI = 98
SFENCE_VMA = 99
ILLEGAL = 100      # not an instruction (or a reserved encoding); imm holds the raw bits

NUM_OPS = 101

# Packed slot fields
OP_MASK = 0xFF
RD_SHIFT = 8
RS1_SHIFT = 14
RS2_SHIFT = 19
C_BIT = 1 << 24
ILEN_SHIFT = 25
IMM_SHIFT = 32
RD_SINK = 32       # writes to x0 land in x[32]; x[0] is never written and reads as 0

# Field-extraction formats of the decode table (cpu/decode_tables.py assigns one per row)
FMT_NONE = 0       # no operands (fence, ecall, ...)
FMT_R = 1          # rd, rs1, rs2 (also AMO, LR/SC)
FMT_I = 2          # rd, rs1, imm[11:0]
FMT_S = 3          # rs1, rs2, S immediate
FMT_B = 4          # rs1, rs2, B immediate
FMT_U = 5          # rd, imm[31:12] << 12 (sign-extended from 32 bits)
FMT_J = 6          # rd, J immediate
FMT_SHIFT = 7      # rd, rs1, shamt = inst[25:20]
FMT_CSR = 8        # rd, rs1 (or zimm), imm = csr number
