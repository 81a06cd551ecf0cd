"""The kernel command line (`--cmdline`, /proc/cmdline, kernel/cmdline.py) and sysfs (/sys,
kernel/fs/sysfs.py): parsing as Linux 6.1 parses, and Linux's read/write errors."""
from __future__ import annotations

import pytest
from hugetlb_helpers import read, write

from pagelab.kernel import errno as E
from pagelab.kernel.cmdline import memparse, parse_cmdline, split_words
from pagelab.kernel.fs.file import O_RDONLY
from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.tools import run

M2, G1 = 2 << 20, 1 << 30


def boot(cmdline: str = "", mem: int = 32 << 20, **config) -> Kernel:
    return Kernel(KernelConfig(mem_size=mem, cmdline=cmdline, **config))


# --- parsing ------------------------------------------------------------------------------------
def test_memparse_and_word_splitting_follow_linux():
    assert memparse("2M") == M2 and memparse("1g") == G1 and memparse("0x200000") == M2
    assert memparse("4096") == 4096 and memparse("2MB") is None and memparse("") is None
    assert split_words('  a=1  b="x y"  c ') == ["a=1", "b=x y", "c"]


@pytest.mark.parametrize("text, pools, default", [
    ("", {}, M2),
    ("hugepages=16", {M2: 16}, M2),
    ("hugepages=16 hugepagesz=1G hugepages=1", {M2: 16, G1: 1}, M2),
    ("hugepagesz=1G hugepages=2 hugepagesz=2M hugepages=5", {G1: 2, M2: 5}, M2),
    ("default_hugepagesz=1G hugepages=3", {G1: 3}, G1),
    ("hugepages=3 default_hugepagesz=1G", {G1: 3}, G1),
    ("hugepagesz=1G", {G1: 0}, M2),
    ("hugepages=0:7", {M2: 7}, M2),
])
def test_hugetlb_parameters_give_the_pools_linux_gives(text, pools, default):
    params = parse_cmdline(text)
    assert params.hugepages == pools and params.default_hugepagesz == default
    assert params.warnings == ()


@pytest.mark.parametrize("text, warning, pools", [
    ("hugepagesz=3M hugepages=4", "HugeTLB: unsupported hugepagesz=3M", {}),
    ("hugepagesz=3M hugepages=4",
     "HugeTLB: hugepages=4 does not follow a valid hugepagesz, ignoring", {}),
    ("hugepages=16 hugepages=8", "HugeTLB: hugepages= specified twice without interleaving "
     "hugepagesz=, ignoring hugepages=8", {M2: 16}),
    ("hugepagesz=1G hugepagesz=1G hugepages=1",
     "HugeTLB: hugepagesz=1G specified twice, ignoring", {G1: 0}),
    ("hugepages=lots", "HugeTLB: Invalid hugepages parameter lots", {}),
    ("hugepages=1:4", "HugeTLB: Invalid hugepages parameter 1:4", {}),
    ("default_hugepagesz=1G default_hugepagesz=2M",
     "HugeTLB: default_hugepagesz previously specified, ignoring 2M", {G1: 0}),
    ("transparent_hugepage=sometimes", "transparent_hugepage= cannot parse, ignored", {}),
])
def test_bad_hugetlb_parameters_are_ignored_with_linux_warning(text, warning, pools):
    params = parse_cmdline(text)
    assert warning in params.warnings
    assert params.hugepages == pools


def test_unknown_words_are_kept_and_listed_in_the_boot_log():
    params = parse_cmdline("quiet foo=bar mod.param=1 transparent_hugepage=madvise")
    assert params.unknown == ("quiet", "foo=bar", "mod.param=1")
    assert params.transparent_hugepage == "madvise"
    assert params.log_lines()[-1] == ('Unknown kernel command line parameters "quiet foo=bar", '
                                      "will be passed to user space.")


def test_proc_cmdline_shows_the_text_and_the_boot_log_names_it():
    kernel = boot("hugepages=2 quiet")
    assert read(kernel, "/proc/cmdline") == "hugepages=2 quiet\n"
    log = kernel.klog.render()
    assert "Kernel command line: hugepages=2 quiet" in log
    assert "HugeTLB: registered 2.00 MiB page size, pre-allocated 2 pages" in log
    assert read(boot(), "/proc/cmdline") == "\n"


def test_pagelab_run_refuses_an_overlong_command_line(capsys):
    status = run.main(["--cmdline", "x" * 5000, "hello"])
    err = capsys.readouterr().err
    assert status == 2 and "--cmdline" in err and "Traceback" not in err


# --- sysfs ------------------------------------------------------------------------------------
def test_registered_files_appear_with_their_directories_and_modes():
    kernel = boot()
    values = {"v": 5}

    def store(kernel, text):
        if not text.strip().isdigit():
            return -E.EINVAL
        values["v"] = int(text)
        return 0

    kernel.fs.sys.register("kernel/test/value", lambda kernel: f"{values['v']}\n", store)
    kernel.fs.sys.register("kernel/test/ro", lambda kernel: "ro\n")
    names = [name for name, _ in kernel.fs.sys.children("kernel/test")]
    assert names == ["ro", "value"]
    value = kernel.fs.lookup("/sys/kernel/test/value")
    assert value.mode & 0o777 == 0o644 and value.stat().size == 4096
    assert kernel.fs.lookup("/sys/kernel/test/ro").mode & 0o777 == 0o444
    assert kernel.fs.lookup("/sys/kernel/test").is_dir
    assert read(kernel, "/sys/kernel/test/value") == "5\n"
    assert write(kernel, "/sys/kernel/test/value", "7\n") == 2
    assert read(kernel, "/sys/kernel/test/value") == "7\n"
    assert write(kernel, "/sys/kernel/test/value", "seven") == -E.EINVAL
    assert write(kernel, "/sys/kernel/test/value", "1" * 5000) == -E.E2BIG
    assert write(kernel, "/sys/kernel/test/ro", "x") == -E.EACCES
    assert values["v"] == 7


def test_a_read_from_offset_zero_sees_the_current_value():
    kernel = boot()
    values = {"v": 1}
    kernel.fs.sys.register("kernel/test/v", lambda kernel: f"{values['v']}\n")
    f = kernel.fs.open_path("/sys/kernel/test/v", flags=O_RDONLY)
    assert f.inode.read(f, 100) == b"1\n"
    values["v"] = 22
    assert f.inode.read(f, 100) == b""
    f.pos = 0
    assert f.inode.read(f, 100) == b"22\n"


def test_nothing_can_be_created_or_removed_in_sysfs():
    kernel = boot()
    top = kernel.fs.lookup("/sys/kernel")
    assert top.create("new", 0o644) == -E.EACCES
    assert top.mkdir("new", 0o755) == -E.EPERM
    assert top.unlink("mm") == -E.EPERM
    assert top.rmdir("mm") == -E.EPERM
    assert kernel.fs.lookup("/sys/kernel/nothing") == -E.ENOENT
    from pagelab.kernel.fs.procfs import render_mounts
    assert "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0" in render_mounts(kernel, None)
