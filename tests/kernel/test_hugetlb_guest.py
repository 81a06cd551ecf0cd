"""hugetlb from inside the guest: programs/hugetlb.s, the shell and Linux's tools on /sys and
/proc, SIGBUS for an empty pool, pmap -x and a core dump of a hugetlb mapping."""
from __future__ import annotations

from hugetlb_helpers import Booted, check_all

from pagelab.asm import assemble
from pagelab.kernel.fs.devices import Console
from pagelab.kernel.fs.inode import S_IFREG, MemFile
from pagelab.kernel.kernel import Kernel, KernelConfig

# mmap(0, 4 MiB, RW, FLAGS, -1, 0); store into both huge pages; nanosleep(SLEEP s); exit(0)
HOLDER = """
        .globl _start
_start: li a0, 0
        li a1, 4194304
        li a2, 3
        li a3, {flags}
        li a4, -1
        li a5, 0
        li a7, 222
        ecall
        bltz a0, fail
        li t0, 77
        sb t0, 0(a0)
        li t1, 2097152
        add t1, a0, t1
        sb t0, 8(t1)
        la a0, ts
        li a1, 0
        li a7, 101
        ecall
        li a0, 0
        li a7, 93
        ecall
fail:   li a0, 1
        li a7, 93
        ecall
        .data
ts:     .dword {sleep}, 0
"""


def run(cmdline: str, script: str, programs=None, mem: int = 64 << 20, **config):
    """Run `sh -c script` on a fresh kernel; returns (status, output, kernel)."""
    out = bytearray()
    console = Console(writer=out.extend, reader=lambda n: b"")
    sysctl = {"kernel.core_pattern": config.pop("core_pattern", "")}
    kernel = Kernel(KernelConfig(mem_size=mem, cmdline=cmdline, console=console, sysctl=sysctl,
                                 wait_all=True, **config))
    for name, source in (programs or {}).items():
        inode = MemFile(assemble([(f"{name}.s", source)]), mode=S_IFREG | 0o755)
        inode.path = f"/bin/{name}"
        kernel.fs.bin.add(name, inode)
    kernel.spawn("/bin/sh", ["sh", "-c", script], ["PATH=/bin", "HOME=/"])
    status = kernel.run()
    check_all(kernel)
    return status, out.decode("utf-8", "replace"), kernel


def test_the_demo_program_takes_one_fault_per_huge_page():
    status, out, _ = run("hugepages=4", "hugetlb; grep HugePages_ /proc/meminfo")
    assert status == 0, out
    assert out.startswith("mmap of 8 MiB with MAP_HUGETLB: ok\n"
                          "minor faults for 2048 stores: 4\n"
                          "VmRSS grew by 0 kB\n"
                          "HugetlbPages: 8192 kB\n"), out
    assert "HugePages_Total:       4\nHugePages_Free:        4\n" in out     # all back
    status, out, _ = run("", "hugetlb")
    assert status == 1 and "failed: -12" in out


def test_the_shell_reads_and_writes_the_pools():
    script = ("cat /proc/cmdline; cd /sys/kernel/mm/hugepages/hugepages-2048kB; "
              "echo 6 > nr_hugepages; cat nr_hugepages free_hugepages resv_hugepages; "
              "echo 2 > /proc/sys/vm/nr_hugepages; cat nr_hugepages; "
              "echo 3 > free_hugepages; echo status $?; ls /sys/kernel/mm/hugepages; "
              "grep Hugetlb: /proc/meminfo; grep htlb /proc/vmstat")
    status, out, kernel = run("hugepages=1 quiet", script)
    assert out.startswith("hugepages=1 quiet\n6\n6\n0\n2\n"), out
    assert "status 1\n" in out
    assert "hugepages-1048576kB\nhugepages-2048kB\n" in out
    assert "Hugetlb:            4096 kB\n" in out
    assert "htlb_buddy_alloc_success 6\nhtlb_buddy_alloc_fail 0\n" in out


def test_an_empty_pool_is_sigbus_for_a_noreserve_mapping():
    flags = 0x40000 | 0x4000 | 0x22              # MAP_HUGETLB | MAP_NORESERVE | PRIVATE | ANON
    status, out, kernel = run("", "holder; echo status $?",
                              {"holder": HOLDER.format(flags=flags, sleep=0)})
    assert "Bus error" in out and "status 135" in out, out


def test_pmap_and_smaps_of_a_shared_hugetlb_mapping():
    flags = 0x40000 | 0x21                       # MAP_HUGETLB | MAP_SHARED | MAP_ANONYMOUS
    script = ("holder & sleep 1; pmap -x $!; cat /proc/$!/smaps; "
              "grep HugetlbPages /proc/$!/status; kill $!")
    status, out, _ = run("hugepages=2", script, {"holder": HOLDER.format(flags=flags, sleep=5)})
    line = next(l for l in out.splitlines() if "anon_hugepage" in l and "rw-s-" in l)
    fields = line.split()
    assert fields[1:5] == ["4096", "0", "0", "rw-s-"], line             # RSS 0, as Linux
    assert "Shared_Hugetlb:        0 kB\nPrivate_Hugetlb:    4096 kB\n" in out
    assert "KernelPageSize:     2048 kB\n" in out
    assert "HugetlbPages:\t    4096 kB\n" in out


def test_a_core_dump_holds_private_hugetlb_memory():
    import struct
    flags = 0x40000 | 0x22                       # MAP_HUGETLB | MAP_PRIVATE | MAP_ANONYMOUS
    script = "holder & sleep 1; kill -SEGV $!; wait; cat core > /dev/null; echo done"
    status, out, kernel = run("hugepages=2", script,
                              {"holder": HOLDER.format(flags=flags, sleep=5)},
                              core_pattern="core")
    core = kernel.fs.lookup("/core")
    assert not isinstance(core, int), out
    data = core.data
    phoff, phnum = struct.unpack_from("<Q", data, 32)[0], struct.unpack_from("<H", data, 56)[0]
    found = False
    for i in range(phnum):
        p_type, _, offset, vaddr, _, filesz, memsz, _ = struct.unpack_from("<IIQQQQQQ", data,
                                                                          phoff + 56 * i)
        if p_type == 1 and memsz == 4 << 20:
            assert filesz == memsz
            assert data[offset] == 77 and data[offset + (2 << 20) + 8] == 77
            found = True
    assert found


def test_invariants_hold_in_a_booted_kernel_with_both_pools():
    booted = Booted()
    kernel = booted("hugepages=3 hugepagesz=1G hugepages=1", mem=2 << 30)
    check_all(kernel)
