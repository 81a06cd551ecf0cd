"""The ISA as data: instruction table, bit fields, CSRs and trap causes. Pure Python, no numba."""
from .table import BY_NAME, INSTRUCTIONS, REGISTERS, ABI_NAMES, Insn, decode_row  # noqa: F401
