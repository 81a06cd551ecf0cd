"""Transparent huge pages seen from a booted kernel and its guests: the /sys files (Linux's
formats and write checks), `transparent_hugepage=` on the command line, `--policy thp=`, the
TLB-reach demo programs/thp.s, and pmap -x / smaps / pagemap agreeing on a huge mapping."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kernel_files import read, write
from userland import run_guest, sh

from pagelab.kernel import errno as E
from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.kernel.policy import describe

THP = "/sys/kernel/mm/transparent_hugepage"
PROGRAM = str(Path(__file__).resolve().parents[2] / "programs" / "thp.s")


def boot(cmdline: str = "", **config) -> Kernel:
    return Kernel(KernelConfig(mem_size=32 << 20, cmdline=cmdline, **config))


def test_sysfs_files_have_linux_defaults_and_formats():
    k = boot()
    assert read(k, f"{THP}/enabled") == "always [madvise] never\n"
    assert read(k, f"{THP}/defrag") == "always defer defer+madvise [madvise] never\n"
    assert read(k, f"{THP}/use_zero_page") == "1\n"
    assert read(k, f"{THP}/hpage_pmd_size") == "2097152\n"
    for name, value in (("pages_to_scan", 4096), ("scan_sleep_millisecs", 10000),
                        ("alloc_sleep_millisecs", 60000), ("max_ptes_none", 511),
                        ("max_ptes_swap", 64), ("max_ptes_shared", 256), ("defrag", 1),
                        ("full_scans", 0), ("pages_collapsed", 0)):
        assert read(k, f"{THP}/khugepaged/{name}") == f"{value}\n", name


def test_sysfs_writes_are_checked_as_linux_checks_them():
    k = boot()
    assert write(k, f"{THP}/enabled", "always\n") == 7
    assert read(k, f"{THP}/enabled") == "[always] madvise never\n"
    assert write(k, f"{THP}/enabled", "sometimes") == -E.EINVAL
    assert write(k, f"{THP}/defrag", "defer+madvise") == 13
    assert read(k, f"{THP}/defrag") == "always defer [defer+madvise] madvise never\n"
    assert write(k, f"{THP}/use_zero_page", "2") == -E.EINVAL
    assert write(k, f"{THP}/use_zero_page", "0\n") == 2 and k.physmem.thp.use_zero_page == 0
    assert write(k, f"{THP}/khugepaged/pages_to_scan", "0") == -E.EINVAL
    assert write(k, f"{THP}/khugepaged/max_ptes_none", "512") == -E.EINVAL
    assert write(k, f"{THP}/khugepaged/max_ptes_none", "abc") == -E.EINVAL
    assert write(k, f"{THP}/khugepaged/max_ptes_none", "64\n") == 3
    assert write(k, f"{THP}/khugepaged/scan_sleep_millisecs", "100") == 3
    assert k.physmem.khugepaged.due_ns == k.now_ns() + 100_000_000
    assert write(k, f"{THP}/khugepaged/full_scans", "1") == -E.EACCES
    assert write(k, f"{THP}/hpage_pmd_size", "1") == -E.EACCES


@pytest.mark.parametrize("mode", ["always", "madvise", "never"])
def test_the_command_line_sets_the_mode_at_boot(mode):
    k = boot(f"transparent_hugepage={mode}")
    assert read(k, f"{THP}/enabled") == " ".join(
        f"[{m}]" if m == mode else m for m in ("always", "madvise", "never")) + "\n"


def test_policy_help_lists_the_thp_policies():
    text = describe()
    assert "thp=linux (default)" in text and "thp=never" in text and "thp=dense" in text


def _stats(cmdline: str, policies=None) -> tuple[int, int, str]:
    from pagelab.kernel.fs.devices import Console
    from pagelab.tools.run import load_program
    out = bytearray()
    k = Kernel(KernelConfig(mem_size=128 << 20, cmdline=cmdline, policies=policies or {},
                            console=Console(writer=out.extend, reader=lambda n: b"")))
    k.spawn(load_program(k, PROGRAM, None), ["thp"], [])
    assert k.run() == 0
    return k.machine.stats()["dtlb.load.misses"], k.machine.cycles, bytes(out).decode()


def test_the_tlb_reach_demo_misses_8x_less_with_thp_always():
    never_misses, never_cycles, out1 = _stats("transparent_hugepage=never")
    always_misses, always_cycles, out2 = _stats("transparent_hugepage=always")
    assert out1 == out2 == "thp: 4 passes over 16384 pages, sum 0\n"
    assert never_misses > 8 * always_misses and never_misses > 60000
    assert always_cycles < never_cycles / 3     # (the 32 huge faults are charged 2 MiB of zeroing)
    policy_misses, _, _ = _stats("transparent_hugepage=always", {"thp": "never"})
    assert policy_misses > 60000                 # the policy overrules the mode


def _numbers(text: str, key: str) -> int:
    return int(re.search(rf"^{key}:\s+(\d+)", text, re.M).group(1))


def test_pmap_smaps_and_pagemap_agree_on_a_huge_mapping():
    script = ("memhog -f 8 & sleep 1; pid=$!; "
              "cat /proc/$pid/status > /tmp/status; cat /proc/$pid/smaps > /tmp/smaps; "
              "pmap -x $pid > /tmp/pmap; cat /proc/meminfo > /tmp/meminfo; "
              "cat /proc/vmstat > /tmp/vmstat; kill $pid")
    result = sh(script, cmdline="transparent_hugepage=always")
    assert result.status == 0, result.stderr
    fs = result.kernel.fs

    def text(name):
        return bytes(fs.lookup(f"/tmp/{name}", "/").data).decode()
    smaps, status = text("smaps"), text("status")
    huge_kb = sum(int(n) for n in re.findall(r"^AnonHugePages:\s+(\d+)", smaps, re.M))
    assert huge_kb >= 2048 and huge_kb % 2048 == 0
    assert _numbers(text("meminfo"), "AnonHugePages") == huge_kb
    assert f"nr_anon_transparent_hugepages {huge_kb // 2048}\n" in text("vmstat")
    assert int(text("pmap").splitlines()[-1].split()[3]) == _numbers(status, "VmRSS")
    # the 8 MiB mapping is all resident in pmap -x (RSS column), as smaps says
    row = next(line for line in text("pmap").splitlines() if line.split()[1] == "8192")
    assert int(row.split()[2]) == 8192


def test_khugepaged_collapses_a_running_programs_memory_on_simulated_time():
    """Policy `dense`: the faults map 4 KiB pages; khugepaged, woken every millisecond of
    simulated time, collapses the fully written 2 MiB ranges while the program loops over them,
    and the later passes hit the 2 MiB TLB array."""
    from pagelab.kernel.fs.devices import Console
    from pagelab.tools.run import load_program

    def run(sleep_ms: str):
        out = bytearray()
        k = Kernel(KernelConfig(mem_size=128 << 20, cmdline="transparent_hugepage=always",
                                policies={"thp": "dense"},
                                console=Console(writer=out.extend, reader=lambda n: b"")))
        assert write(k, f"{THP}/khugepaged/scan_sleep_millisecs", sleep_ms) == len(sleep_ms)
        assert write(k, f"{THP}/khugepaged/pages_to_scan", "65536") == 5
        k.spawn(load_program(k, PROGRAM, None), ["thp"], [])
        assert k.run() == 0 and out == b"thp: 4 passes over 16384 pages, sum 0\n"
        return k
    asleep = run("100000")                       # khugepaged never wakes during the run
    awake = run("1")
    assert read(asleep, f"{THP}/khugepaged/pages_collapsed") == "0\n"
    collapsed = int(read(awake, f"{THP}/khugepaged/pages_collapsed"))
    assert collapsed >= 16 and int(read(awake, f"{THP}/khugepaged/full_scans")) >= 1
    assert awake.physmem.events["thp_collapse_alloc"] == collapsed
    assert awake.machine.stats()["dtlb.load.misses"] < \
        asleep.machine.stats()["dtlb.load.misses"] / 2


def test_the_guest_writes_the_mode_through_sysfs():
    result = sh(f"cat {THP}/enabled; echo always > {THP}/enabled; cat {THP}/enabled; "
                f"echo never > {THP}/defrag; cat {THP}/defrag")
    assert result.status == 0, result.stderr
    assert result.stdout == ("always [madvise] never\n[always] madvise never\n"
                             "always defer defer+madvise madvise [never]\n")
    bad = sh(f"echo sometimes > {THP}/enabled")
    assert bad.status != 0 and "Invalid argument" in bad.stderr


def test_bench_huge_prints_the_four_rows(capsys):
    from pagelab.tools import bench_huge
    assert bench_huge.main([]) == 0
    rows = {line[:12].strip(): line[12:].split() for line in capsys.readouterr().out.splitlines()
            if line[:12].strip() in ("4K", "THP", "hugetlb 2M", "hugetlb 1G")}
    assert set(rows) == {"4K", "THP", "hugetlb 2M", "hugetlb 1G"}
    misses = {name: int(cols[0]) for name, cols in rows.items()}
    assert all(misses["4K"] > 8 * misses[name] for name in ("THP", "hugetlb 2M", "hugetlb 1G"))
    cycles = {name: int(cols[2]) for name, cols in rows.items()}
    assert all(cycles[name] < cycles["4K"] for name in ("THP", "hugetlb 2M"))
    # a 1 GiB page is cleared whole at its first fault, as Linux does: more than 64 MiB of
    # 4 KiB faults cost
    assert cycles["hugetlb 1G"] > cycles["4K"]
    assert bench_huge.main(["--mem", "lots"]) == 2
