"""Trap causes (scause values for synchronous exceptions), as numbered by the privileged spec."""
from enum import IntEnum


class Cause(IntEnum):
    INSTRUCTION_ADDRESS_MISALIGNED = 0
    INSTRUCTION_ACCESS_FAULT = 1
    ILLEGAL_INSTRUCTION = 2
    BREAKPOINT = 3
    LOAD_ADDRESS_MISALIGNED = 4
    LOAD_ACCESS_FAULT = 5
    STORE_ADDRESS_MISALIGNED = 6
    STORE_ACCESS_FAULT = 7
    ECALL_FROM_U = 8
    ECALL_FROM_S = 9
    ECALL_FROM_M = 11
    INSTRUCTION_PAGE_FAULT = 12
    LOAD_PAGE_FAULT = 13
    STORE_PAGE_FAULT = 15


class Access(IntEnum):
    """The three kinds of memory access the MMU translates."""
    LOAD = 0
    STORE = 1
    FETCH = 2


PAGE_FAULT_CAUSE = {Access.LOAD: Cause.LOAD_PAGE_FAULT, Access.STORE: Cause.STORE_PAGE_FAULT,
                    Access.FETCH: Cause.INSTRUCTION_PAGE_FAULT}
ACCESS_FAULT_CAUSE = {Access.LOAD: Cause.LOAD_ACCESS_FAULT, Access.STORE: Cause.STORE_ACCESS_FAULT,
                      Access.FETCH: Cause.INSTRUCTION_ACCESS_FAULT}
