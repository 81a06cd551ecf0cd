"""Issue 7: sysctls are validated from one table with Linux's ranges -- exit status 2 with a
message from `pagelab run --sysctl`, EINVAL from a guest's write to /proc/sys."""
from __future__ import annotations

import pytest
from fs_fakes import FakeKernel, s

from pagelab.kernel import errno as E
from pagelab.kernel.sysctl import BY_NAME, SYSCTL_DEFAULTS, TABLE, SysctlError, parse_sysctl
from pagelab.tools import run

AT_FDCWD = -100

REFUSED = [("kernel.pid_max", "0"), ("kernel.pid_max", "300"), ("kernel.pid_max", "4194305"),
           ("vm.overcommit_memory", "7"), ("vm.overcommit_memory", "-1"),
           ("vm.max_map_count", "-1"), ("vm.max_map_count", "2147483648"),
           ("vm.swappiness", "201"), ("vm.panic_on_oom", "3"), ("vm.drop_caches", "0"),
           ("vm.drop_caches", "5"), ("kernel.threads-max", "19"), ("vm.page-cluster", "32"),
           ("vm.watermark_scale_factor", "0"), ("vm.page-cluster", "32"),
           ("vm.overcommit_kbytes", "-1"), ("vm.mmap_min_addr", str(1 << 64)),
           ("kernel.randomize_va_space", str(1 << 31)), ("vm.overcommit_ratio", "1e3")]


@pytest.mark.parametrize("name, value", REFUSED)
def test_the_command_line_refuses_what_linux_refuses_with_status_2(capsys, name, value):
    status = run.main(["--sysctl", f"{name}={value}", "hello"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(f"pagelab run: --sysctl: {name}") and err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.mark.parametrize("name, value, expected", [
    ("kernel.pid_max", "301", 301), ("kernel.pid_max", "4194304", 4194304),
    ("vm.overcommit_memory", "2", 2), ("vm.max_map_count", "0", 0),
    ("vm.overcommit_kbytes", str((1 << 64) - 1), (1 << 64) - 1),
    ("vm.overcommit_ratio", "-5", -5), ("kernel.core_pattern", "x" * 300, "x" * 127)])
def test_values_inside_linux_ranges_are_accepted(name, value, expected):
    assert parse_sysctl(name, value) == expected


def test_read_only_and_unknown_sysctls_are_refused():
    with pytest.raises(SysctlError, match="read-only"):
        parse_sysctl("kernel.osrelease", "7.0")
    with pytest.raises(SysctlError, match="did you mean 'vm.swappiness'"):
        parse_sysctl("vm.swapiness", "1")


def test_one_table_gives_the_defaults_every_default_inside_its_range():
    assert SYSCTL_DEFAULTS == {entry.name: entry.default for entry in TABLE}
    for entry in TABLE:
        # (as on Linux, these boot at 0 -- "not set" -- but a write of 0 is refused)
        if isinstance(entry.default, int) and entry.name not in (
                "vm.drop_caches", "vm.dirty_bytes", "vm.dirty_background_bytes"):
            assert entry.minimum <= entry.default <= entry.maximum, entry.name
    from pagelab.kernel.kernel import SYSCTL_DEFAULTS as kernel_defaults
    assert kernel_defaults is SYSCTL_DEFAULTS


def test_kernel_config_values_are_checked_too():
    from pagelab.kernel.kernel import Kernel, KernelConfig
    with pytest.raises(SysctlError, match="out of range"):
        Kernel(KernelConfig(mem_size=8 << 20, sysctl={"kernel.pid_max": 0}))


@pytest.fixture
def kt():
    kernel = FakeKernel()
    task = kernel.new_task(pid=7)
    kernel.sysctl = dict(SYSCTL_DEFAULTS)
    return kernel, task


@pytest.mark.parametrize("name, value", REFUSED)
def test_a_guest_write_of_a_bad_value_is_einval_and_changes_nothing(kt, name, value):
    k, t = kt
    path = "/proc/sys/" + name.replace(".", "/")
    fd = k.call(t, "openat", AT_FDCWD, s(t, path), 1, 0)
    assert fd >= 0
    data = value.encode() + b"\n"
    before = k.sysctl[name]
    assert k.call(t, "write", fd, t.mm.alloc(data), len(data)) == -E.EINVAL
    assert k.sysctl[name] == before


def test_read_only_sysctl_files_are_0444_and_refuse_opening_for_write(kt):
    k, t = kt
    assert k.call(t, "openat", AT_FDCWD, s(t, "/proc/sys/kernel/osrelease"), 1, 0) == -E.EACCES
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/sys/kernel/ostype"), 0, 0)
    buf = t.mm.alloc(size=64)
    assert k.call(t, "read", fd, buf, 64) == 6
    assert BY_NAME["kernel.ostype"].writable is False


def test_a_good_guest_write_sets_the_value(kt):
    k, t = kt
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/sys/kernel/pid_max"), 1, 0)
    assert k.call(t, "write", fd, t.mm.alloc(b"1000\n"), 5) == 5
    assert k.sysctl["kernel.pid_max"] == 1000


def test_tlb_errors_name_the_option_once(capsys):
    assert run.main(["--tlb", "dtlb4k=3x7", "hello"]) == 2
    err = capsys.readouterr().err
    assert err.count("--tlb") == 1, err
