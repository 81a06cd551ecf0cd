"""prctl(PR_SET_THP_DISABLE / PR_GET_THP_DISABLE) from a guest program: the flag, Linux 6.1's
argument checks (kernel/sys.c), inheritance by fork, and that it stops huge-page faults under
`transparent_hugepage=always`.  (qemu-riscv64 cannot be the oracle here: its prctl refuses
these two options with EINVAL.)"""
from __future__ import annotations

from proc_harness import build_c, run_pagelab

PRCTL_THP = r"""
int main(int argc, char **argv, char **envp) {
    kv("get0", sys6(167, 42, 0, 0, 0, 0, 0));
    kv("get_arg2", sys6(167, 42, 1, 0, 0, 0, 0));
    kv("set_arg3", sys6(167, 41, 1, 1, 0, 0, 0));
    kv("set", sys6(167, 41, 1, 0, 0, 0, 0));
    kv("get1", sys6(167, 42, 0, 0, 0, 0, 0));
    long pid = fork_();
    if (pid == 0) {
        kv("child_get", sys6(167, 42, 0, 0, 0, 0, 0));
        exit_(0);
    }
    int status;
    wait_(pid, &status, 0);
    kv("set_again", sys6(167, 41, 7, 0, 0, 0, 0));
    kv("get_again", sys6(167, 42, 0, 0, 0, 0, 0));
    kv("clear", sys6(167, 41, 0, 0, 0, 0, 0));
    kv("get_cleared", sys6(167, 42, 0, 0, 0, 0, 0));
    if (argc > 1) {                                 /* "huge": THP disabled, then a fault */
        sys6(167, 41, 1, 0, 0, 0, 0);
        char *p = (char *)sys6(SYS_mmap, 0, 8 << 20, 3, 0x22, -1, 0);
        for (long i = 0; i < (8 << 20); i += 4096) p[i] = 1;
        kv("touched", 1);
        sys6(167, 41, 0, 0, 0, 0, 0);
        char *q = (char *)sys6(SYS_mmap, 0, 8 << 20, 3, 0x22, -1, 0);
        for (long i = 0; i < (8 << 20); i += 4096) q[i] = 1;
        kv("touched_again", 1);
    }
    return 0;
}
"""


def test_prctl_thp_disable_get_set_and_fork(tmp_path):
    exe = build_c(tmp_path, PRCTL_THP)
    ours = run_pagelab(exe)
    assert ours.status == 0
    assert ours.text.splitlines() == ["get0=0", "get_arg2=-22", "set_arg3=-22", "set=0",
                                      "get1=1", "child_get=1", "set_again=0", "get_again=1",
                                      "clear=0", "get_cleared=0"]


def test_prctl_thp_disable_stops_huge_faults(tmp_path):
    exe = build_c(tmp_path, PRCTL_THP)
    ours = run_pagelab(exe, ["huge"], cmdline="transparent_hugepage=always", mem_size=64 << 20)
    assert ours.status == 0 and "touched_again=1" in ours.text
    events = ours.kernel.physmem.events
    # the first 8 MiB (THP disabled): no huge page; the second: 3 or 4 of them
    assert 3 <= events["thp_fault_alloc"] <= 4 and "touched=1" in ours.text
