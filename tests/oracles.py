"""Oracles for the tests: external tools (GNU binutils, gcc, qemu-riscv64, gdb-multiarch) and
Python modules (unicorn) that our output is compared with.

They may be missing on a user's machine; then the tests that need them skip.  In CI (CI=true) a
missing oracle is a failure.  Import from here (`from oracles import require_tool`): the module
name is unique, unlike `conftest`, which every test folder may have.
"""
from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

GNU_AS = "riscv64-linux-gnu-as"
GNU_LD = "riscv64-linux-gnu-ld"
GNU_OBJDUMP = "riscv64-linux-gnu-objdump"
GNU_OBJCOPY = "riscv64-linux-gnu-objcopy"
GNU_READELF = "riscv64-linux-gnu-readelf"
GNU_GCC = "riscv64-linux-gnu-gcc"
QEMU = "qemu-riscv64"
GDB = "gdb-multiarch"


def require_tool(name: str) -> str:
    """Return the path of an external tool; skip (locally) or fail (CI) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"external oracle '{name}' is not installed"
        if IN_CI:
            pytest.fail(message + " (in CI a missing oracle is a failure)")
        pytest.skip(message)
    return path


def require_module(name: str):
    """Import a Python module used as an oracle (e.g. unicorn); skip locally, fail in CI."""
    try:
        return __import__(name)
    except ImportError:
        message = f"Python oracle module '{name}' is not installed"
        if IN_CI:
            pytest.fail(message + " (in CI a missing oracle is a failure)")
        pytest.skip(message)
