"""Issue 8 point 8: /proc under swap pressure, golden-style -- every memory line of status,
smaps, smaps_rollup, meminfo and vmstat in Linux's order and format (fs/proc/task_mmu.c,
fs/proc/meminfo.c, mm/vmstat.c of Linux 6.1), with values that agree with each other while
pages are out on swap; and /proc/sys/vm holds exactly the sysctls the kernel acts on."""
from __future__ import annotations

import re

import pytest
from fs_fakes import FakeKernel, s
from mm_helpers import MAP_ANON, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R, PROT_W, MiniKernel

from pagelab.kernel import errno as E
from pagelab.kernel.mm import meminfo, setup, vmstat
from pagelab.kernel.mm.procfs import (render_smaps, render_smaps_rollup, render_status_vm,
                                      swaps)
from pagelab.kernel.sysctl import SYSCTL_DEFAULTS, TABLE

RW = PROT_R | PROT_W

STATUS_LINES = ["VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS", "RssAnon", "RssFile",
                "RssShmem", "VmData", "VmStk", "VmExe", "VmLib", "VmPTE", "VmSwap",
                "HugetlbPages"]
SMAPS_KB = ["Size", "KernelPageSize", "MMUPageSize", "Rss", "Pss", "Pss_Dirty", "Shared_Clean",
            "Shared_Dirty", "Private_Clean", "Private_Dirty", "Referenced", "Anonymous", "KSM",
            "LazyFree", "AnonHugePages", "ShmemPmdMapped", "FilePmdMapped", "Shared_Hugetlb",
            "Private_Hugetlb", "Swap", "SwapPss", "Locked"]
ROLLUP_KB = ["Rss", "Pss", "Pss_Dirty", "Pss_Anon", "Pss_File", "Pss_Shmem", "Shared_Clean",
             "Shared_Dirty", "Private_Clean", "Private_Dirty", "Referenced", "Anonymous", "KSM",
             "LazyFree", "AnonHugePages", "ShmemPmdMapped", "FilePmdMapped", "Shared_Hugetlb",
             "Private_Hugetlb", "Swap", "SwapPss", "Locked"]
MEMINFO_KB = ["MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached", "SwapCached", "Active",
              "Inactive", "Active(anon)", "Inactive(anon)", "Active(file)", "Inactive(file)",
              "Unevictable", "Mlocked", "SwapTotal", "SwapFree", "Zswap", "Zswapped", "Dirty",
              "Writeback", "AnonPages", "Mapped", "Shmem", "KReclaimable", "Slab",
              "SReclaimable", "SUnreclaim", "KernelStack", "PageTables", "SecPageTables",
              "NFS_Unstable", "Bounce", "WritebackTmp", "CommitLimit", "Committed_AS",
              "VmallocTotal", "VmallocUsed", "VmallocChunk", "Percpu", "AnonHugePages",
              "ShmemHugePages", "ShmemPmdMapped", "FileHugePages", "FilePmdMapped"]
# Linux 6.1 mm/vmstat.c vmstat_text, riscv64 (zones DMA32/Normal/Movable), no NUMA/CMA/KSM.
VMSTAT_KEYS = """nr_free_pages nr_zone_inactive_anon nr_zone_active_anon nr_zone_inactive_file
nr_zone_active_file nr_zone_unevictable nr_zone_write_pending nr_mlock nr_bounce nr_zspages
nr_free_cma nr_inactive_anon nr_active_anon nr_inactive_file nr_active_file nr_unevictable
nr_slab_reclaimable nr_slab_unreclaimable nr_isolated_anon nr_isolated_file workingset_nodes
workingset_refault_anon workingset_refault_file workingset_activate_anon workingset_activate_file
workingset_restore_anon workingset_restore_file workingset_nodereclaim nr_anon_pages nr_mapped
nr_file_pages nr_dirty nr_writeback nr_writeback_temp nr_shmem nr_shmem_hugepages
nr_shmem_pmdmapped nr_file_hugepages nr_file_pmdmapped nr_anon_transparent_hugepages
nr_vmscan_write nr_vmscan_immediate_reclaim nr_dirtied nr_written nr_throttled_written
nr_kernel_misc_reclaimable nr_foll_pin_acquired nr_foll_pin_released nr_kernel_stack
nr_page_table_pages nr_sec_page_table_pages nr_swapcached nr_dirty_threshold
nr_dirty_background_threshold pgpgin pgpgout pswpin pswpout pgalloc_dma32 pgalloc_normal
pgalloc_movable allocstall_dma32 allocstall_normal allocstall_movable pgskip_dma32 pgskip_normal
pgskip_movable pgfree pgactivate pgdeactivate pglazyfree pgfault pgmajfault pglazyfreed pgrefill
pgreuse pgsteal_kswapd pgsteal_direct pgsteal_khugepaged pgdemote_kswapd pgdemote_direct
pgscan_kswapd pgscan_direct pgscan_khugepaged pgscan_direct_throttle pgscan_anon pgscan_file
pgsteal_anon pgsteal_file pginodesteal slabs_scanned kswapd_inodesteal
kswapd_low_wmark_hit_quickly kswapd_high_wmark_hit_quickly pageoutrun pgrotated drop_pagecache
drop_slab oom_kill pgmigrate_success pgmigrate_fail thp_migration_success thp_migration_fail
thp_migration_split compact_migrate_scanned compact_free_scanned compact_isolated compact_stall
compact_fail compact_success compact_daemon_wake compact_daemon_migrate_scanned
compact_daemon_free_scanned htlb_buddy_alloc_success htlb_buddy_alloc_fail
unevictable_pgs_culled unevictable_pgs_scanned unevictable_pgs_rescued unevictable_pgs_mlocked
unevictable_pgs_munlocked unevictable_pgs_cleared unevictable_pgs_stranded thp_fault_alloc
thp_fault_fallback thp_fault_fallback_charge thp_collapse_alloc thp_collapse_alloc_failed
thp_file_alloc thp_file_fallback thp_file_fallback_charge thp_file_mapped thp_split_page
thp_split_page_failed thp_deferred_split_page thp_split_pmd thp_scan_exceed_none_pte
thp_scan_exceed_swap_pte thp_scan_exceed_share_pte thp_zero_page_alloc
thp_zero_page_alloc_failed thp_swpout thp_swpout_fallback swap_ra swap_ra_hit zswpin
zswpout""".split()

KB_LINE = re.compile(r"^([A-Za-z_()]+):( *)(\d+) kB$")


def kb_fields(text: str) -> list[tuple[str, int]]:
    """[(label, kB)] of every `Label:<pad>value kB` line, checking Linux's seq_put_decimal
    layout: label + colon padded to 16 columns, the value right-aligned in 8."""
    out = []
    for line in text.splitlines():
        m = KB_LINE.match(line)
        if m:
            width = max(8, len(m.group(3)))                  # %8lu: a longer value overflows
            assert len(line) == max(16, len(m.group(1)) + 1) + width + 3, repr(line)
            out.append((m.group(1), int(m.group(3))))
    return out


@pytest.fixture(scope="module")
def pressured():
    """2 MiB of RAM, 8 MiB of swap; a parent with 800 private pages (most pushed to swap),
    a shared anonymous page, and a forked child that shares the swap entries."""
    kernel = MiniKernel(mem=2 << 20, policies={"replacement": "lru"})
    setup(kernel, swap_bytes=8 << 20)
    mm = kernel.new_mm()
    base = mm.mmap(0, 800 * PAGE, RW, MAP_PRIVATE | MAP_ANON)
    for i in range(800):
        mm.copy_out(base + i * PAGE, i.to_bytes(4, "little"))
    shared = mm.mmap(0, PAGE, RW, MAP_SHARED | MAP_ANON)
    mm.copy_out(shared, b"shm")
    child = mm.fork()
    assert mm.swap_ents > 0 and child is not None
    return kernel, mm, child, base


def test_status_memory_lines_in_order_with_swap(pressured):
    kernel, mm, _, _ = pressured
    text = render_status_vm(mm)
    for line in text.splitlines():
        assert re.fullmatch(r"[A-Za-z]+:\t {0,7}\d{1,8} kB", line) and \
            len(line.split("\t")[1]) == 11, repr(line)
    fields = dict((line.split(":")[0], int(line.split()[1])) for line in text.splitlines())
    assert list(fields) == STATUS_LINES
    assert fields["VmSwap"] == mm.swap_ents * 4 > 0
    assert fields["VmRSS"] == fields["RssAnon"] + fields["RssFile"] + fields["RssShmem"]
    assert fields["RssShmem"] == 4 and fields["RssAnon"] > 0
    assert fields["VmRSS"] + fields["VmSwap"] <= fields["VmSize"]


def test_smaps_fields_in_linux_order_and_swap_split_by_swapcount(pressured):
    kernel, mm, child, base = pressured
    records = render_smaps(mm).split("VmFlags: ")
    for record, flags_tail in zip(records[:-1], records[1:]):
        labels = [label for label, _ in kb_fields(record)]
        assert labels == SMAPS_KB, labels
        assert re.search(r"\nTHPeligible: {4}\s*\d\n$", record)
        assert flags_tail.split("\n")[0].endswith(" ")
    vma = mm.vma_at(base)
    one = dict(kb_fields(render_smaps(mm).split(f"{base:08x}-")[1].split("VmFlags")[0]))
    assert one["Swap"] > 0 and one["Rss"] + one["Swap"] <= one["Size"] == (vma.end - vma.start) >> 10
    assert one["Anonymous"] == one["Rss"]                  # private anonymous: every page
    assert one["Referenced"] <= one["Rss"]
    # every swapped page is shared with the child: SwapPss is half of Swap
    assert one["SwapPss"] == one["Swap"] // 2
    assert one["Pss"] <= one["Rss"]


def test_smaps_rollup_sums_the_vmas(pressured):
    kernel, mm, _, _ = pressured
    text = render_smaps_rollup(mm)
    header, _, rest = text.partition("\n")
    assert re.fullmatch(r"[0-9a-f]{8,}-[0-9a-f]{8,} ---p 00000000 00:00 0 +\[rollup\]", header)
    rollup = kb_fields(rest)
    assert [label for label, _ in rollup] == ROLLUP_KB
    rollup = dict(rollup)
    per_vma: dict[str, int] = {}
    for label, value in kb_fields(render_smaps(mm)):
        per_vma[label] = per_vma.get(label, 0) + value
    for label in ("Rss", "Swap", "Anonymous", "Referenced", "Private_Dirty", "Shared_Clean",
                  "Shared_Dirty", "Private_Clean"):
        assert rollup[label] == per_vma[label], label
    assert rollup["Swap"] == mm.swap_ents * 4
    assert rollup["Pss_Anon"] + rollup["Pss_File"] + rollup["Pss_Shmem"] in \
        range(rollup["Pss"] - 2, rollup["Pss"] + 1)           # each truncated separately
    assert rollup["SwapPss"] == rollup["Swap"] // 2


def test_meminfo_order_and_swap_lines_agree_with_proc_swaps(pressured):
    kernel, mm, child, _ = pressured
    text = meminfo(kernel)
    fields = kb_fields(text)
    assert [label for label, _ in fields] == MEMINFO_KB + ["Hugepagesize", "Hugetlb"]
    info = dict(fields)
    used_kb = int(swaps(kernel).splitlines()[1].split()[3])
    assert info["SwapTotal"] - info["SwapFree"] == used_kb > 0
    assert info["Active"] == info["Active(anon)"] + info["Active(file)"]
    assert info["Inactive"] == info["Inactive(anon)"] + info["Inactive(file)"]
    assert info["SwapCached"] == kernel.physmem.swap.nr_cached * 4
    assert info["CommitLimit"] == (kernel.physmem.total_pages // 2 +
                                   kernel.physmem.swap.total_pages) * 4
    assert info["Committed_AS"] >= 2 * 800 * 4                  # parent + child + shmem
    assert "HugePages_Total:       0\n" in text


def test_vmstat_has_linux_61_keys_in_order_with_swap_counted(pressured):
    kernel, mm, _, _ = pressured
    rows = [line.split(" ") for line in vmstat(kernel).splitlines()]
    assert all(len(row) == 2 and row[1].isdigit() for row in rows)
    assert [name for name, _ in rows] == VMSTAT_KEYS
    stats = {name: int(value) for name, value in rows}
    assert stats["pswpout"] > 0 and stats["pgpgout"] == stats["pswpout"] * 4
    assert stats["pgscan_anon"] + stats["pgscan_file"] == \
        stats["pgscan_kswapd"] + stats["pgscan_direct"]
    assert stats["pgsteal_anon"] + stats["pgsteal_file"] == \
        stats["pgsteal_kswapd"] + stats["pgsteal_direct"]
    assert stats["pgalloc_dma32"] > 0 and stats["pgalloc_normal"] == 0   # RAM below 4 GiB
    assert stats["nr_dirty_threshold"] >= stats["nr_dirty_background_threshold"]


def test_proc_sys_vm_lists_exactly_the_sysctls_the_kernel_acts_on():
    kernel = FakeKernel()
    task = kernel.new_task(pid=7)
    kernel.sysctl = dict(SYSCTL_DEFAULTS)
    fd = kernel.call(task, "openat", -100, s(task, "/proc/sys/vm"), 0o200000, 0)
    assert fd >= 0
    buf = task.mm.alloc(size=8192)
    names = []
    while (n := kernel.call(task, "getdents64", fd, buf, 8192)) > 0:
        data, off = task.mm.copy_in(buf, n), 0
        while off < n:
            reclen = int.from_bytes(data[off + 16:off + 18], "little")
            names.append(data[off + 19:off + reclen].split(b"\0")[0].decode())
            off += reclen
    expected = {row.name[3:] for row in TABLE if row.name.startswith("vm.")}
    assert set(names) - {".", ".."} == expected
    for absent in ("dirty_ratio", "dirty_background_ratio", "stat_interval"):
        assert kernel.call(task, "openat", -100, s(task, "/proc/sys/vm/" + absent), 0, 0) == \
            -E.ENOENT


def test_proc_sys_vm_ranges_are_linuxs():
    kernel = FakeKernel()
    task = kernel.new_task(pid=7)
    kernel.sysctl = dict(SYSCTL_DEFAULTS)

    def write(name, text):
        fd = kernel.call(task, "openat", -100, s(task, "/proc/sys/vm/" + name), 1, 0)
        return kernel.call(task, "write", fd, task.mm.alloc(text), len(text))

    assert write("overcommit_memory", b"3\n") == -E.EINVAL
    assert write("overcommit_memory", b"2\n") == 2 and kernel.sysctl["vm.overcommit_memory"] == 2
    assert write("swappiness", b"201\n") == -E.EINVAL
    assert write("swappiness", b"200\n") == 4
    assert write("page-cluster", b"-1\n") == -E.EINVAL
    assert write("panic_on_oom", b"3\n") == -E.EINVAL
    assert write("min_free_kbytes", b"-5\n") == -E.EINVAL
    assert write("watermark_scale_factor", b"0\n") == -E.EINVAL


def test_guest_reads_its_swap_from_proc_under_pressure():
    """A guest shell on a 32 MiB machine with 64 MiB of swap: memhog touches 48 MiB, and
    /proc/<pid>/status, smaps_rollup and /proc/meminfo, read with cat, show the swap in Linux's
    layout and agree with each other."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "programs"))
    from userland import GUEST_ENV, make_kernel
    script = ("memhog -f 48 &\nsleep 1\ncat /proc/$!/status\necho ==\n"
              "cat /proc/$!/smaps_rollup\necho ==\ncat /proc/meminfo\nkill $!\n")
    kernel, out, _ = make_kernel(stdin=script.encode(), mem_size=32 << 20, swap_size=64 << 20)
    kernel.spawn("/bin/sh", ["sh"], GUEST_ENV)
    kernel.run()
    text = out.decode()
    status, rollup, info = text.split("==\n")
    status_kb = dict((line.split(":")[0], int(line.split()[1]))
                     for line in status.splitlines() if line.startswith(tuple(STATUS_LINES)))
    assert list(status_kb) == STATUS_LINES
    assert status_kb["VmSwap"] > 0 and status_kb["VmRSS"] < 32 << 10
    assert status_kb["RssAnon"] + status_kb["VmSwap"] >= 48 << 10
    rollup_fields = kb_fields(rollup)
    assert [label for label, _ in rollup_fields] == ROLLUP_KB
    assert dict(rollup_fields)["Swap"] == status_kb["VmSwap"]
    assert dict(rollup_fields)["Rss"] == status_kb["VmRSS"]
    info_fields = kb_fields(info)
    assert [label for label, _ in info_fields] == MEMINFO_KB + ["Hugepagesize", "Hugetlb"]
    meminfo_kb = dict(info_fields)
    assert meminfo_kb["SwapTotal"] == (64 << 10) - 4
    assert meminfo_kb["SwapTotal"] - meminfo_kb["SwapFree"] >= status_kb["VmSwap"]
