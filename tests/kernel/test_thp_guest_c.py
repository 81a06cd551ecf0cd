"""Transparent huge pages seen by guest C programs.

prctl(PR_SET_THP_DISABLE / PR_GET_THP_DISABLE): the flag, Linux 6.1's
argument checks (kernel/sys.c), inheritance by fork, and that it stops huge-page faults under
`transparent_hugepage=always`.  (qemu-riscv64 cannot be the oracle here: its prctl refuses
these two options with EINVAL.)  /proc/self/pagemap and /proc/self/smaps read by the program
itself agree on a huge mapping: 512 present, consecutive frames per 2 MiB page."""
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


PAGEMAP = r"""
static long find_kb(const char *text, long n, const char *key, long from) {
    long k = slen(key);
    for (long i = from; i + k < n; i++) {
        int same = 1;
        for (long j = 0; j < k; j++) if (text[i + j] != key[j]) { same = 0; break; }
        if (same) {
            long v = 0, p = i + k;
            while (p < n && (text[p] == ' ' || text[p] == ':')) p++;
            while (p < n && text[p] >= '0' && text[p] <= '9') v = v * 10 + (text[p++] - '0');
            return v;
        }
    }
    return -1;
}

int main(int argc, char **argv, char **envp) {
    long size = 8 << 20;
    char *raw = (char *)sys6(SYS_mmap, 0, size, 3, 0x22, -1, 0);
    char *p = (char *)(((long)raw + (2 << 20) - 1) & ~((2L << 20) - 1));     /* 2 MiB aligned */
    for (long i = 0; i < (4 << 20); i += 4096) p[i] = 1;                     /* two THPs */
    long fd = sys4(56, -100, "/proc/self/pagemap", 0, 0);                    /* openat */
    long present = 0, consecutive = 1, prev = 0;
    for (long i = 0; i < 1024; i++) {
        unsigned long e;
        sys4(67, fd, &e, 8, ((long)p >> 12) * 8 + i * 8);                    /* pread64 */
        if (e >> 63) present++;
        unsigned long pfn = e & ((1UL << 55) - 1);
        if (i && (i & 511) && pfn != prev + 1) consecutive = 0;
        prev = pfn;
    }
    kv("present", present);
    kv("consecutive", consecutive);
    static char smaps[65536];
    long sfd = sys4(56, -100, "/proc/self/smaps", 0, 0);
    long n = 0, got;
    while ((got = sys3(63, sfd, smaps + n, sizeof smaps - n)) > 0) n += got;  /* read */
    long rss = find_kb(smaps, n, "\nRss", 0), huge = 0, at = 0;
    for (;;) {            /* the mapping's record: the one whose AnonHugePages is not 0 */
        long v = find_kb(smaps, n, "AnonHugePages", at);
        if (v < 0) break;
        if (v > huge) huge = v;
        long k = at; while (k < n && !(smaps[k] == 'A' && smaps[k + 4] == 'H')) k++;
        at = k + 1;
    }
    kv("anon_huge_kb", huge);
    return rss < 0;
}
"""


def test_pagemap_and_smaps_agree_on_a_huge_mapping(tmp_path):
    exe = build_c(tmp_path, PAGEMAP)
    ours = run_pagelab(exe, cmdline="transparent_hugepage=always", mem_size=64 << 20)
    assert ours.status == 0, ours.text
    assert ours.text.splitlines() == ["present=1024", "consecutive=1", "anon_huge_kb=4096"]
