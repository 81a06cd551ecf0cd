"""hugetlb pools (kernel/mm/hugetlb.py): sizes set at boot, through vm.nr_hugepages and through
/sys/kernel/mm/hugepages; meminfo's HugePages_* lines and vmstat's htlb_buddy_alloc_*.  Every
test's kernels have their pool and page invariants checked afterwards (hugetlb_helpers)."""
from __future__ import annotations

from hugetlb_helpers import (G1, HUGE_PRIV, M2, PROT_RW, boot, meminfo_hugepages,  # noqa: F401
                             pool, read, write)

from pagelab.kernel import errno as E
from pagelab.kernel.mm import AddressSpace, meminfo, vmstat

SYS2M = "/sys/kernel/mm/hugepages/hugepages-2048kB"
SYS1G = "/sys/kernel/mm/hugepages/hugepages-1048576kB"


def test_the_command_line_fills_the_pools_at_boot_and_meminfo_shows_them(boot):
    kernel = boot("hugepages=16")
    assert pool(kernel) == (16, 16, 0, 0)
    assert meminfo_hugepages(kernel) == {"HugePages_Total": 16, "HugePages_Free": 16,
                                         "HugePages_Rsvd": 0, "HugePages_Surp": 0,
                                         "Hugepagesize": 2048, "Hugetlb": 32768}
    text = meminfo(kernel)
    assert "HugePages_Total:      16\nHugePages_Free:       16\nHugePages_Rsvd:        0\n" \
           "HugePages_Surp:        0\nHugepagesize:       2048 kB\n" \
           "Hugetlb:           32768 kB\n" in text
    assert text.endswith("Hugetlb:           32768 kB\n")
    # the pool's pages left MemFree (they are out of the buddy allocator)
    free_kb = int(text.split("MemFree:")[1].split()[0])
    assert free_kb < 64 * 1024 - 32768
    assert read(kernel, "/proc/sys/vm/nr_hugepages") == "16\n"
    assert read(kernel, f"{SYS2M}/nr_hugepages") == "16\n"
    assert "htlb_buddy_alloc_success 16\n" in vmstat(kernel)


def test_one_gib_pages_need_two_gib_of_ram(boot):
    small = boot("hugepagesz=1G hugepages=1", mem=64 << 20)
    assert pool(small, G1) == (0, 0, 0, 0)
    assert "HugeTLB: allocating 1 of page size 1.00 GiB failed.  Only allocated 0 hugepages." \
        in small.klog.render()
    big = boot("hugepages=2 hugepagesz=1G hugepages=1", mem=2 << 30, paging="sv39")
    assert pool(big, G1) == (1, 1, 0, 0) and pool(big) == (2, 2, 0, 0)
    assert read(big, f"{SYS1G}/nr_hugepages") == "1\n"
    assert meminfo_hugepages(big)["Hugetlb"] == 1048576 + 4096
    assert meminfo_hugepages(big)["HugePages_Total"] == 2          # the default size's pool
    # gigantic pages are not counted in htlb_buddy_alloc_* (as Linux)
    assert "htlb_buddy_alloc_success 2\n" in vmstat(big)


def test_default_hugepagesz_changes_what_meminfo_and_the_sysctl_show(boot):
    kernel = boot("default_hugepagesz=1G hugepages=1", mem=2 << 30)
    assert meminfo_hugepages(kernel)["Hugepagesize"] == 1048576
    assert meminfo_hugepages(kernel)["HugePages_Total"] == 1
    assert read(kernel, "/proc/sys/vm/nr_hugepages") == "1\n"


def test_growing_a_pool_from_sysfs_may_get_fewer_pages_than_asked(boot):
    kernel = boot("", mem=32 << 20)
    assert write(kernel, f"{SYS2M}/nr_hugepages", "1000\n") == 5
    got = int(read(kernel, f"{SYS2M}/nr_hugepages"))
    assert 0 < got < 16                     # 32 MiB of RAM holds fewer than 16 2 MiB blocks
    assert int(read(kernel, f"{SYS2M}/free_hugepages")) == got
    stats = vmstat(kernel)
    assert f"htlb_buddy_alloc_success {got}\n" in stats
    assert "htlb_buddy_alloc_fail 1\n" in stats          # the block it could not get
    assert write(kernel, f"{SYS2M}/nr_hugepages", "1\n") == 2
    assert pool(kernel) == (1, 1, 0, 0)
    assert read(kernel, "/proc/sys/vm/nr_hugepages") == "1\n"


def test_asking_for_more_huge_pages_than_ram_leaves_room_for_the_programs():
    # Huge-page allocations leave the high watermark free.  Before, a pool asked for more than
    # RAM took every block, then reclaimed the page cache into the pool, and the shell thrashed
    # on its own text for ever (a subprocess, so that a hang is a failure).
    import subprocess
    import sys
    script = ("echo 100000 > /proc/sys/vm/nr_hugepages; grep -E 'HugePages_Total|MemFree' "
              "/proc/meminfo; echo done")
    run = subprocess.run([sys.executable, "-m", "pagelab", "run", "--mem", "128M", "sh", "-c",
                          script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.endswith("done\n")
    fields = dict(line.split(":") for line in run.stdout.splitlines() if ":" in line)
    assert 0 < int(fields["HugePages_Total"]) < 64        # 128 MiB hold 64 at most
    assert int(fields["MemFree"].split()[0]) >= 1024       # high watermark ~2 MiB here


def test_sysfs_and_sysctl_writes_check_their_values(boot):
    kernel = boot("hugepages=2")
    for bad in ("", "x", "-1", "1.5", "0x10", "2 3"):
        assert write(kernel, f"{SYS2M}/nr_hugepages", bad) == (-E.EINVAL if bad else 0), bad
    assert write(kernel, f"{SYS2M}/nr_hugepages", "9" * 30) == -E.ERANGE
    assert write(kernel, f"{SYS2M}/free_hugepages", "3") == -E.EACCES
    assert write(kernel, f"{SYS2M}/resv_hugepages", "3") == -E.EACCES
    assert write(kernel, f"{SYS1G}/nr_overcommit_hugepages", "1") == -E.EINVAL
    assert write(kernel, "/proc/sys/vm/nr_hugepages", "x\n") == -E.EINVAL
    assert pool(kernel) == (2, 2, 0, 0)
    assert write(kernel, "/proc/sys/vm/nr_hugepages", "4\n") == 2
    assert pool(kernel) == (4, 4, 0, 0)
    assert write(kernel, "/proc/sys/vm/nr_overcommit_hugepages", "3") == 1
    assert read(kernel, f"{SYS2M}/nr_overcommit_hugepages") == "3\n"


def test_shrinking_below_the_pages_in_use_leaves_surplus_freed_later(boot):
    kernel = boot("hugepages=4")
    mm = AddressSpace(kernel)
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_PRIV)
    for i in range(3):
        assert mm.handle_fault(addr + i * M2, 1).ok
    assert pool(kernel) == (4, 1, 0, 0)
    kernel.pool_shrunk = True                    # (surplus beyond the overcommit limit next)
    write(kernel, f"{SYS2M}/nr_hugepages", "1")
    # the free page went back; two of the three in use are surplus now
    assert pool(kernel) == (3, 0, 0, 2)
    assert read(kernel, "/proc/sys/vm/nr_hugepages") == "1\n"
    assert read(kernel, f"{SYS2M}/nr_hugepages") == "3\n"     # (sysfs counts the surplus)
    assert mm.munmap(addr, M2) == 0
    assert pool(kernel) == (2, 0, 0, 1)                      # a surplus page left the pool
    mm.destroy()
    assert pool(kernel) == (1, 1, 0, 0)


def test_overcommit_lets_mmap_reserve_surplus_pages_from_the_buddy_allocator(boot):
    kernel = boot("hugepages=1")
    mm = AddressSpace(kernel)
    assert mm.mmap(0, 3 * M2, PROT_RW, HUGE_PRIV) == -E.ENOMEM
    write(kernel, f"{SYS2M}/nr_overcommit_hugepages", "2")
    addr = mm.mmap(0, 3 * M2, PROT_RW, HUGE_PRIV)
    assert addr > 0
    assert pool(kernel) == (3, 3, 3, 2)
    assert meminfo_hugepages(kernel)["HugePages_Surp"] == 2
    for i in range(3):
        assert mm.handle_fault(addr + i * M2, 1).ok
    assert pool(kernel) == (3, 0, 0, 2)
    mm.destroy()
    assert pool(kernel) == (1, 1, 0, 0)                      # the surplus went back at once


def test_commit_limit_leaves_the_pools_out(boot):
    from pagelab.kernel.policy.overcommit import commit_limit
    without = commit_limit(boot("", mem=64 << 20))
    with_pool = commit_limit(boot("hugepages=8", mem=64 << 20))
    assert without - with_pool == 8 * 512 // 2              # (RAM - hugetlb) * 50%
