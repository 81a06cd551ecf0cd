"""procfs: text generated at open time, in Linux's formats (fake tasks; the mm renderers faked)."""
from __future__ import annotations

import pytest

from pagelab.kernel import errno as E
from pagelab.kernel.signals import SigAction, SignalState, SigInfo

from fs_fakes import FakeKernel, FakeMM, parse_dirents, s

AT_FDCWD = -100

VM_LINES = ("VmPeak:\t    1000 kB\nVmSize:\t    1000 kB\nVmLck:\t       0 kB\nVmPin:\t       0 kB\n"
            "VmHWM:\t      12 kB\nVmRSS:\t      12 kB\n")


class FakeAddressSpace(FakeMM):
    """What procfs reads of an AddressSpace (procfs.ProcMM), with canned renderer output."""

    def __init__(self):
        super().__init__()
        self.total_vm = 250
        self.rss = 3
        self.start_code, self.end_code = 0x10000, 0x10400
        self.start_data, self.end_data = 0x11000, 0x11010
        self.start_brk = 0x12000
        self.start_stack = 0x3fffff00
        self.arg_start = self.arg_end = self.env_start = self.env_end = 0
        self.maps_lines = ["00010000-00011000 r-xp 00000000 00:1a 5"]

    def maps_text(self):
        return "".join(line + "\n" for line in self.maps_lines)

    def smaps_text(self):
        return ""

    def smaps_rollup_text(self):
        return ""

    def statm_text(self):
        return f"{self.total_vm} {self.rss} 0 1 0 2 0\n"

    def status_vm_text(self):
        return VM_LINES

    def pagemap_bytes(self, offset, count, show_pfn=True):
        return bytes(count)


@pytest.fixture
def kt():
    kernel = FakeKernel()
    task = kernel.new_task(pid=7)
    task.ppid = 1
    task.comm = "demo"
    task.mm = FakeAddressSpace()
    return kernel, task


def read_all(k, t, path):
    fd = k.call(t, "openat", AT_FDCWD, s(t, path), 0, 0)
    if fd < 0:
        return fd
    out = b""
    buf = t.mm.alloc(size=64)
    while True:
        n = k.call(t, "read", fd, buf, 64)                   # small reads: one snapshot
        assert n >= 0
        if n == 0:
            break
        out += t.mm.copy_in(buf, n)
    k.call(t, "close", fd)
    return out.decode()


def test_status_has_linux_field_order_around_the_mm_lines(kt):
    k, t = kt
    text = read_all(k, t, "/proc/self/status")
    keys = [line.split(":")[0] for line in text.splitlines()]
    assert keys[:17] == ["Name", "Umask", "State", "Tgid", "Ngid", "Pid", "PPid", "TracerPid",
                         "Uid", "Gid", "FDSize", "Groups", "NStgid", "NSpid", "NSpgid", "NSsid",
                         "Kthread"]
    assert keys[17:23] == ["VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS"]
    after = keys[23:]
    assert after[:4] == ["CoreDumping", "THP_enabled", "Threads", "SigQ"]
    assert after[4:9] == ["SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt"]
    assert "Name:\tdemo\n" in text and "Pid:\t7\n" in text and "PPid:\t1\n" in text
    assert "State:\tR (running)\n" in text and "FDSize:\t64\n" in text
    assert text.endswith("nonvoluntary_ctxt_switches:\t0\n")


def test_status_signal_masks_are_16_hex_digits(kt):
    k, t = kt
    t.signals = SignalState()
    t.signals.blocked = 1 << 9                              # SIGUSR1 (10) blocked
    t.signals.actions[11] = SigAction(handler=0x10500)     # SIGSEGV caught
    t.signals.actions[13] = SigAction(handler=1)           # SIGPIPE ignored
    t.signals.pending.append(SigInfo(signo=10))
    text = read_all(k, t, "/proc/7/status")
    assert "SigBlk:\t0000000000000200\n" in text
    assert "SigCgt:\t0000000000000400\n" in text
    assert "SigIgn:\t0000000000001000\n" in text
    assert "ShdPnd:\t0000000000000200\n" in text
    assert "\nSigQ:\t1/" in text


def test_stat_has_52_fields_with_fault_counts_vsize_and_rss(kt):
    k, t = kt
    t.min_flt, t.cmin_flt, t.maj_flt, t.cmaj_flt = 101, 7, 3, 1
    line = read_all(k, t, "/proc/self/stat")
    assert line.endswith("\n")
    head, _, rest = line.rstrip("\n").rpartition(")")
    pid, comm = head.split(" (")
    fields = [pid, comm] + rest.split()
    assert len(fields) == 52
    assert fields[0] == "7" and comm == "demo" and fields[2] == "R" and fields[3] == "1"
    assert fields[9:13] == ["101", "7", "3", "1"]          # minflt cminflt majflt cmajflt
    assert fields[22] == str(250 * 4096)                    # vsize in bytes
    assert fields[23] == "3"                                # rss in pages
    assert fields[25] == str(0x10000) and fields[26] == str(0x10400)
    assert fields[27] == str(0x3fffff00)


def test_maps_and_statm_come_from_the_address_space(kt):
    k, t = kt
    assert read_all(k, t, "/proc/self/maps") == "00010000-00011000 r-xp 00000000 00:1a 5\n"
    assert read_all(k, t, "/proc/7/statm") == "250 3 0 1 0 2 0\n"


def test_an_open_proc_file_is_a_snapshot(kt):
    k, t = kt
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/self/maps"), 0, 0)
    t.mm.maps_lines.append("00020000-00021000 rw-p 00000000 00:00 0")
    buf = t.mm.alloc(size=4096)
    n = k.call(t, "read", fd, buf, 4096)
    assert t.mm.copy_in(buf, n).count(b"\n") == 1           # the text as it was at open
    assert k.call(t, "lseek", fd, 0, 0) == 0
    assert k.call(t, "read", fd, buf, 4096) == n
    assert k.call(t, "lseek", fd, 0, 2) == -E.EINVAL         # SEEK_END, as seq_file
    assert read_all(k, t, "/proc/self/maps").count("\n") == 2


def test_cmdline_is_nul_separated_and_comm_has_a_newline(kt):
    k, t = kt
    t.argv = [b"demo", b"-x", b"file name"]
    assert read_all(k, t, "/proc/self/cmdline") == "demo\0-x\0file name\0"
    assert read_all(k, t, "/proc/self/comm") == "demo\n"


def test_proc_lists_pids_and_self_points_at_the_reader(kt):
    k, t = kt
    other = k.new_task(pid=12)
    buf = t.mm.alloc(size=64)
    assert k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/self"), buf, 64) == 1
    assert t.mm.copy_in(buf, 1) == b"7"
    assert k.call(other, "readlinkat", AT_FDCWD, s(other, "/proc/self"), other.mm.alloc(size=8), 8) == 2
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc"), 0o200000, 0)
    dbuf = t.mm.alloc(size=4096)
    n = k.call(t, "getdents64", fd, dbuf, 4096)
    names = [e[0] for e in parse_dirents(t.mm.copy_in(dbuf, n))]
    assert {"self", "meminfo", "7", "12"} <= set(names)
    del k.tasks[12]
    assert read_all(k, t, "/proc/12/status") == -E.ENOENT


def test_pid_directory_lists_fd_links(kt):
    k, t = kt
    k.call(t, "openat", AT_FDCWD, s(t, "/tmp/x"), 0o101, 0o644)
    buf = t.mm.alloc(size=64)
    n = k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/self/fd/3"), buf, 64)
    assert t.mm.copy_in(buf, n) == b"/tmp/x"
    n = k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/self/fd/1"), buf, 64)
    assert t.mm.copy_in(buf, n) == b"/dev/console"


def test_proc_files_refuse_writing_and_missing_renderers_are_enoent(kt):
    k, t = kt
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/self/status"), 1, 0)   # root may open ...
    assert k.call(t, "write", fd, t.mm.alloc(b"1"), 1) == -E.EINVAL     # ... but not write
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/uptime"), 1, 0)
    assert k.call(t, "write", fd, t.mm.alloc(b"1"), 1) == -E.EIO
    kthread = k.new_task(pid=3)
    kthread.mm = None                                          # no address space, as kswapd0
    assert read_all(k, t, "/proc/3/smaps_rollup") == -E.ENOENT
    assert read_all(k, t, "/proc/3/maps") == ""
    buf = t.mm.alloc(size=64)                                   # no program: readlink fails
    assert k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/3/exe"), buf, 64) == -E.ENOENT
    t.exe_path = "/bin/demo"
    assert k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/7/exe"), buf, 64) == len("/bin/demo")
    assert read_all(k, t, "/proc/self/nonexistent") == -E.ENOENT
    assert read_all(k, t, "/proc/007/status") == -E.ENOENT


def test_registered_proc_files_appear_with_their_directories(kt):
    k, t = kt
    k.fs.proc.register("sys/vm/overcommit_memory", lambda kernel, task: "0\n")
    assert read_all(k, t, "/proc/sys/vm/overcommit_memory") == "0\n"


def test_fd_links_are_magic_and_reach_pipes(kt):
    import struct
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    buf = t.mm.alloc(size=64)
    n = k.call(t, "readlinkat", AT_FDCWD, s(t, f"/proc/self/fd/{wfd}"), buf, 64)
    assert t.mm.copy_in(buf, n).startswith(b"pipe:[")
    again = k.call(t, "openat", AT_FDCWD, s(t, f"/proc/self/fd/{wfd}"), 1, 0)
    assert again >= 0
    assert k.call(t, "write", again, t.mm.alloc(b"via fd link"), 11) == 11
    assert k.call(t, "read", rfd, buf, 64) == 11
    assert t.mm.copy_in(buf, 11) == b"via fd link"


def test_dev_stdout_is_the_console_through_proc_self_fd(kt):
    k, t = kt
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/dev/stdout"), 1, 0)
    assert k.call(t, "write", fd, t.mm.alloc(b"out\n"), 4) == 4
    assert bytes(k.output) == b"out\n"


def test_exe_cwd_and_environ(kt):
    k, t = kt
    t.exe_path = "/bin/demo"
    t.exe_inode = k.fs.bin
    t.cwd = "/tmp"
    buf = t.mm.alloc(size=64)
    n = k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/self/exe"), buf, 64)
    assert t.mm.copy_in(buf, n) == b"/bin/demo"
    n = k.call(t, "readlinkat", AT_FDCWD, s(t, "/proc/7/cwd"), buf, 64)
    assert t.mm.copy_in(buf, n) == b"/tmp"
    env = b"A=1\0HOME=/\0"
    t.mm.env_start = t.mm.alloc(env)
    t.mm.env_end = t.mm.env_start + len(env)
    assert read_all(k, t, "/proc/self/environ") == env.decode()


def test_proc_sys_reads_and_writes_the_live_sysctls(kt):
    k, t = kt
    k.sysctl = {"vm.overcommit_memory": 0, "vm.max_map_count": 65530, "kernel.core_pattern": "core"}
    changed = []
    k.sysctl_changed = changed.append
    assert read_all(k, t, "/proc/sys/vm/overcommit_memory") == "0\n"
    assert read_all(k, t, "/proc/sys/kernel/core_pattern") == "core\n"
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/sys/vm/overcommit_memory"), 1, 0)
    assert k.call(t, "write", fd, t.mm.alloc(b"2\n"), 2) == 2
    assert k.sysctl["vm.overcommit_memory"] == 2 and changed == ["vm.overcommit_memory"]
    assert k.call(t, "write", fd, t.mm.alloc(b"two\n"), 4) == -E.EINVAL
    assert read_all(k, t, "/proc/sys/vm/overcommit_memory") == "2\n"
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/proc/sys/vm"), 0o200000, 0)
    buf = t.mm.alloc(size=4096)
    n = k.call(t, "getdents64", fd, buf, 4096)
    names = [e[0] for e in parse_dirents(t.mm.copy_in(buf, n))]
    assert names == [".", "..", "max_map_count", "overcommit_memory"]
    assert read_all(k, t, "/proc/sys/vm/nope") == -E.ENOENT


def test_proc_stat_sums_cpu_time_over_tasks_and_reaped_children(kt):
    k, t = kt
    k.cycles_to_ns = lambda cycles: cycles          # 1 cycle = 1 ns
    k.idle_ns = 3_000_000_000
    t.user_cycles, t.sys_cycles = 250_000_000, 40_000_000
    t.child_cycles, t.child_sys_cycles = 100_000_000, 0
    t.nvcsw, t.nivcsw = 5, 2
    text = read_all(k, t, "/proc/stat")
    lines = text.splitlines()
    assert lines[0] == "cpu  35 0 4 300 0 0 0 0 0 0"
    assert lines[1].startswith("cpu0 35 0 4 300 ")
    assert "ctxt 7" in lines and "procs_blocked 0" in lines
    assert [line.split()[0] for line in lines] == ["cpu", "cpu0", "intr", "ctxt", "btime",
                                                   "processes", "procs_running",
                                                   "procs_blocked", "softirq"]


def test_other_areas_can_add_per_process_files(kt):
    k, t = kt
    k.fs.proc.register_pid_file("oom_score", lambda kernel, task: f"{task.pid * 10}\n")
    assert read_all(k, t, "/proc/self/oom_score") == "70\n"


def test_system_files_appear_only_with_their_renderer(kt):
    import pagelab.kernel.mm as mm
    k, t = kt
    for name in ("meminfo", "vmstat", "slabinfo", "zoneinfo"):
        exists = callable(getattr(mm, name, None))
        assert (k.fs.proc.lookup(name) is not None) == exists


def test_the_single_thread_appears_under_task(kt):
    k, t = kt
    assert read_all(k, t, "/proc/self/task/7/comm") == "demo\n"
    assert read_all(k, t, "/proc/7/task/8/comm") == -E.ENOENT


def test_proc_mounts_lists_the_mount_points(kt):
    k, t = kt
    lines = read_all(k, t, "/proc/mounts").splitlines()
    assert [line.split()[1] for line in lines] == ["/", "/bin", "/dev", "/dev/shm", "/proc", "/sys",
                                                   "/tmp"]
    assert all(len(line.split()) == 6 for line in lines)
