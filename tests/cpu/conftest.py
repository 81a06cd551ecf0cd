"""CPU test fixtures: compile (or load from numba's disk cache) the jitted core once per session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def warm_core():
    """Run one instruction so that the first test does not pay for numba compilation alone."""
    from pagelab.cpu.machine import Machine
    m = Machine(mem_size=1 << 20)
    m.write_phys(0x8000_0000, (0x73).to_bytes(4, "little"))     # ecall
    m.pc = 0x8000_0000
    m.run(1)
    return m
