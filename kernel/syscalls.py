"""The system-call table: Linux riscv64 numbers -> handler functions.

A handler is registered with the decorator and called by the trap dispatcher on `ecall`:

    @syscall(64, "write")
    def sys_write(kernel, task, fd, buf, count, *_):
        ...
        return count            # >= 0 on success, or -errno (see kernel/errno.py)

Contract:
* arguments are the raw a0..a5 register values as Python ints (unsigned 64-bit; use `signed()`
  to read an int argument);
* the return value goes to a0 (negative values are stored two's-complement);
* a handler never raises for bad guest input: it returns -EFAULT, -EINVAL, ... instead.  User
  memory is read and written only through the task's address space (`task.mm.copy_in`, ...),
  which checks every pointer through the MMU;
* a handler that must wait (e.g. read from an empty pipe) calls `task.block_on(waitable)` and
  returns `BLOCKED`: the dispatcher leaves pc on the ecall so the call re-executes when the task is
  woken (`kernel.wake(waitable)`);
* a handler that does not return to the caller (exit, execve success, rt_sigreturn) returns
  `NO_RETURN`: the dispatcher then leaves registers and pc as the handler set them.

Unknown numbers return -ENOSYS and are logged once (dmesg).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


class _Marker:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


BLOCKED = _Marker("BLOCKED")
NO_RETURN = _Marker("NO_RETURN")


@dataclass
class SyscallEntry:
    number: int
    name: str
    handler: Callable


SYSCALLS: dict[int, SyscallEntry] = {}


def register_all() -> None:
    """Import the four modules whose handlers fill SYSCALLS (each registers its calls once, when
    it is first imported).  The kernel calls this at boot; so does anything that lists the
    table before a kernel exists (the fuzzer)."""
    import pagelab.kernel.sys_fs  # noqa: F401
    import pagelab.kernel.sys_log  # noqa: F401
    import pagelab.kernel.sys_mm  # noqa: F401
    import pagelab.kernel.sys_proc  # noqa: F401


def syscall(number: int, name: str):
    """Register `handler` as Linux riscv64 system call `number`."""
    def register(handler):
        if number in SYSCALLS:
            raise RuntimeError(f"syscall {number} registered twice "
                               f"({SYSCALLS[number].name} and {name})")
        SYSCALLS[number] = SyscallEntry(number, name, handler)
        return handler
    return register


MASK64 = (1 << 64) - 1


def signed(value: int, bits: int = 64) -> int:
    """Interpret the low `bits` of a register value as a signed integer."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value
