"""The sysctl table: every tunable pagelab knows, with Linux's default, range and parser.

One table serves both ways in:

* `pagelab run --sysctl NAME=VALUE` (tools/run.py) calls `parse_sysctl(name, text)`; a
  `SysctlError` becomes exit status 2 with its message (`kernel.pid_max: 0 is out of range
  301..4194304`);
* a guest's write to `/proc/sys/a/b` (fs/procfs.py `SysctlFile`) calls the same function and
  returns -EINVAL on `SysctlError`, as Linux's `proc_dointvec_minmax` does.

Each `Sysctl` row says what Linux's `ctl_table` entry says:

    name       dotted, as sysctl(8) spells it (vm.overcommit_memory: /proc/sys/vm/overcommit_memory)
    default    the boot value (its Python type, int or str, is the value's type)
    minimum    smallest accepted integer (Linux's extra1; INT_MIN for plain proc_dointvec)
    maximum    largest accepted integer (extra2; INT_MAX for proc_dointvec, ULONG_MAX for
               proc_doulongvec_minmax)
    writable   False for the read-only files (mode 0444; a write is EACCES / a command-line error)
    max_len    for strings: longer values are cut to this length, as proc_dostring does

`kernel.sysctl` (a dict name -> value, the live values) is what other code reads; the names
here are its keys.  Memory-management tunables (`vm.*`) belong to the mm area: add rows to
`TABLE` (docs/interfaces.md §6).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from pagelab.kernel.proc import DEFAULT_NPROC

INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1
ULONG_MAX = (1 << 64) - 1
PID_MAX_LIMIT = 4 * 1024 * 1024         # include/linux/threads.h, 64-bit
RESERVED_PIDS = 300                      # kernel/pid.c: pid_max_min = RESERVED_PIDS + 1
MAX_THREADS = 0x3FFFFFFF                 # FUTEX_TID_MASK (kernel/fork.c)
MIN_THREADS = 20
CORENAME_MAX_SIZE = 128                  # fs/coredump.c


class SysctlError(ValueError):
    """An unknown sysctl, a read-only one, or a value Linux would refuse (the message says
    which)."""


@dataclass(frozen=True)
class Sysctl:
    name: str
    default: int | str
    minimum: int = INT_MIN
    maximum: int = INT_MAX
    writable: bool = True
    max_len: int = 4095

    def parse(self, text: str) -> int | str:
        """`text` as this sysctl's value, or SysctlError naming the problem."""
        if not self.writable:
            raise SysctlError(f"{self.name} is read-only")
        if isinstance(self.default, str):
            return text[:self.max_len]
        words = text.split()
        if len(words) != 1:
            raise SysctlError(f"{self.name}: '{text}' is not an integer")
        try:
            value = int(words[0], 0)
        except ValueError:
            raise SysctlError(f"{self.name}: '{text}' is not an integer") from None
        if not self.minimum <= value <= self.maximum:
            raise SysctlError(f"{self.name}: {value} is out of range "
                              f"{self.minimum}..{self.maximum}")
        return value


# Linux 6.1's ranges (kernel/sysctl.c, mm/*.c, kernel/pid.c).
TABLE: list[Sysctl] = [
    Sysctl("kernel.core_pattern", "core", max_len=CORENAME_MAX_SIZE - 1),
    Sysctl("kernel.pid_max", 32768, RESERVED_PIDS + 1, PID_MAX_LIMIT),
    Sysctl("kernel.threads-max", DEFAULT_NPROC, MIN_THREADS, MAX_THREADS),
    Sysctl("kernel.randomize_va_space", 0),
    Sysctl("kernel.print_fatal_signals", 0),
    Sysctl("kernel.ostype", "Linux", writable=False),
    Sysctl("kernel.osrelease", "6.1.0-pagelab", writable=False),
    Sysctl("debug.exception-trace", 1),
    Sysctl("vm.overcommit_memory", 0, 0, 2),
    Sysctl("vm.overcommit_ratio", 50),
    Sysctl("vm.overcommit_kbytes", 0, 0, ULONG_MAX),
    Sysctl("vm.max_map_count", 65530, 0, INT_MAX),
    Sysctl("vm.mmap_min_addr", 4096, 0, ULONG_MAX),
    Sysctl("vm.swappiness", 60, 0, 200),
    # The next three are computed from RAM when the mm boots (kernel/mm/__init__.py
    # boot_sysctls); the defaults here are Linux's caps.
    Sysctl("vm.min_free_kbytes", 1024, 0, INT_MAX),
    Sysctl("vm.admin_reserve_kbytes", 8192, 0, ULONG_MAX),
    Sysctl("vm.user_reserve_kbytes", 131072, 0, ULONG_MAX),
    Sysctl("vm.panic_on_oom", 0, 0, 2),
    Sysctl("vm.oom_kill_allocating_task", 0),
    Sysctl("vm.drop_caches", 0, 1, 4),
    Sysctl("vm.page-cluster", 3, 0, 31),
    Sysctl("vm.watermark_scale_factor", 10, 1, 3000),
    # the default hugetlb pool (kernel/mm/hugetlb.py): proc_doulongvec_minmax, no limits; the
    # value read back is what the pool got
    Sysctl("vm.nr_hugepages", 0, 0, ULONG_MAX),
    Sysctl("vm.nr_overcommit_hugepages", 0, 0, ULONG_MAX),
    # Writeback (kernel/mm/writeback.py; Linux mm/page-writeback.c): the dirty limits as a
    # percentage of dirtyable memory or in bytes (2 pages at least), and the flusher's timers.
    Sysctl("vm.dirty_background_ratio", 10, 0, 100),
    Sysctl("vm.dirty_background_bytes", 0, 1, ULONG_MAX),
    Sysctl("vm.dirty_ratio", 20, 0, 100),
    Sysctl("vm.dirty_bytes", 0, 2 * 4096, ULONG_MAX),
    Sysctl("vm.dirty_writeback_centisecs", 500),
    Sysctl("vm.dirty_expire_centisecs", 3000, 0, INT_MAX),
]
# Only sysctls the kernel acts on are listed: Linux's others are absent (no /proc/sys file,
# `--sysctl` refuses them) until pagelab implements what they tune.

# Writing one of these sets the other to 0 (Linux overcommit_ratio_handler and
# overcommit_kbytes_handler): CommitLimit follows whichever was written last.
# The same for the dirty limits (dirty_ratio_handler, dirty_bytes_handler, ...): a limit is
# either a ratio or a byte count, whichever was written last.  dirty_ratio and dirty_bytes
# clear the other only when their value changed (CLEARS_IF_CHANGED), as Linux's handlers do.
CLEARS = {"vm.overcommit_ratio": "vm.overcommit_kbytes",
          "vm.overcommit_kbytes": "vm.overcommit_ratio",
          "vm.dirty_background_ratio": "vm.dirty_background_bytes",
          "vm.dirty_background_bytes": "vm.dirty_background_ratio",
          "vm.dirty_ratio": "vm.dirty_bytes",
          "vm.dirty_bytes": "vm.dirty_ratio"}
CLEARS_IF_CHANGED = {"vm.dirty_ratio", "vm.dirty_bytes"}

BY_NAME: dict[str, Sysctl] = {entry.name: entry for entry in TABLE}

# name -> default, for code that wants only the values (kernel.sysctl starts as a copy)
SYSCTL_DEFAULTS: dict[str, object] = {entry.name: entry.default for entry in TABLE}


def lookup(name: str) -> Sysctl:
    """The table row for `name`, or SysctlError (with a close match as a hint)."""
    entry = BY_NAME.get(name)
    if entry is None:
        close = difflib.get_close_matches(name, BY_NAME, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise SysctlError(f"unknown sysctl '{name}'{hint}")
    return entry


def parse_sysctl(name: str, value: str):
    """Check and convert one NAME=VALUE setting (command line or /proc/sys write)."""
    return lookup(name).parse(value)


def set_sysctl(table: dict, name: str, value) -> None:
    """Store an already-checked value in a live table (kernel.sysctl), with the side effects
    Linux's handler has on other entries (CLEARS)."""
    changed = table.get(name) != value
    table[name] = value
    other = CLEARS.get(name)
    if other is not None and (changed or name not in CLEARS_IF_CHANGED):
        table[other] = 0


def check_value(name: str, value) -> object:
    """A value given as a Python object (KernelConfig.sysctl from a test or a tool): checked
    against the same ranges."""
    if isinstance(value, str):
        return parse_sysctl(name, value)
    entry = lookup(name)
    if isinstance(entry.default, str):
        raise SysctlError(f"{name}: {value!r} is not a string")
    if isinstance(value, bool) or not isinstance(value, int):
        raise SysctlError(f"{name}: {value!r} is not an integer")
    return entry.parse(str(value))


def sysctl_int(kernel, name: str) -> int:
    """The live value of the integer sysctl `name`.  `kernel.sysctl` holds every entry of TABLE:
    its default, a `--sysctl` setting, or what a guest last wrote to /proc/sys."""
    return int(kernel.sysctl[name])
