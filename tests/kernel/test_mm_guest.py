"""Memory under pressure seen from guest programs on a real kernel: the OOM killer as Linux's
(the biggest process dies, not necessarily the one that asked; oom_score_adj=-1000 exempts;
/proc/<pid>/oom_score{,_adj}; the log lines; panic_on_oom) and swapon/swapoff with
/proc/swaps."""
from __future__ import annotations

from proc_harness import build_c, run_pagelab

OOM_PROGRAM = r"""
enum { SYS_openat = 56, SYS_close = 57, SYS_pipe2 = 59, SYS_read = 63 };
static char *touch(long mib) {
    char *p = (char *)sys6(SYS_mmap, 0, mib << 20, 3, 0x22, -1, 0);
    for (long i = 0; i < (mib << 20); i += 4096) p[i] = 1;
    return p;
}
static long put(const char *path, const char *text) {
    long fd = sys4(SYS_openat, -100, path, 1, 0);
    if (fd < 0) return fd;
    long r = sys3(SYS_write, fd, text, slen(text));
    sys1(SYS_close, fd);
    return r;
}
static long get(const char *path) {
    char buf[32]; long fd = sys4(SYS_openat, -100, path, 0, 0), n, v = 0, neg = 0;
    if (fd < 0) return -99999;
    n = sys3(SYS_read, fd, buf, 31); sys1(SYS_close, fd);
    for (long i = 0; i < n && buf[i] != '\n'; i++)
        if (buf[i] == '-') neg = 1; else v = v * 10 + buf[i] - '0';
    return neg ? -v : v;
}
int main(int argc, char **argv, char **envp) {
    int fds[2], status;
    kv("bad", put("/proc/self/oom_score_adj", "1001"));
    kv("set", put("/proc/self/oom_score_adj", "-1000"));
    kv("adj", get("/proc/self/oom_score_adj"));
    kv("score", get("/proc/self/oom_score"));
    sys2(SYS_pipe2, fds, 0);
    long big = fork_();
    if (big == 0) {                       /* the hog: most of RAM, then waits */
        kv("big_adj", get("/proc/self/oom_score_adj"));   /* inherited: -1000 */
        put("/proc/self/oom_score_adj", "0");
        touch(20);
        sys3(SYS_write, fds[1], "r", 1);
        long ts[2] = {1, 0};
        for (int k = 0; k < 30; k++) sys2(SYS_nanosleep, ts, 0);
        exit_(3);
    }
    char c; sys3(SYS_read, fds[0], &c, 1);
    long small = fork_();
    if (small == 0) { touch(16); exit_(0); }   /* asks for memory: the hog is killed */
    wait_(small, &status, 0);
    kv("small_status", status);
    wait_(big, &status, 0);
    kv("big_signal", status & 127);
    return 0;
}
"""


def test_the_biggest_process_is_killed_and_minus_1000_is_spared(tmp_path):
    exe = build_c(tmp_path, OOM_PROGRAM, "oomtest")
    result = run_pagelab(exe, mem_size=32 << 20, max_instructions=200_000_000)
    out = result.text
    assert "bad=-22\n" in out and "adj=-1000\n" in out and "score=0\n" in out
    assert "big_adj=-1000\n" in out
    assert "small_status=0\n" in out and "big_signal=9\n" in out
    from pagelab.kernel.mm import vmstat
    stats = dict(line.split() for line in vmstat(result.kernel).splitlines())
    assert int(stats["oom_kill"]) == 1
    log = "\n".join(result.kernel.klog.lines())
    assert "oomtest invoked oom-killer" in log and "Out of memory: Killed process" in log
    assert "oom_score_adj:0" in log and "oom_reaper: reaped process" in log


def test_panic_on_oom_stops_the_machine(tmp_path):
    exe = build_c(tmp_path, OOM_PROGRAM, "oomtest")
    result = run_pagelab(exe, mem_size=32 << 20, max_instructions=200_000_000,
                         sysctl={"vm.panic_on_oom": 1})
    log = "\n".join(result.kernel.klog.lines())
    assert "Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled" in log
    assert "Out of memory: Killed process" not in log
    assert result.kernel.halt_reason == "panic" and not result.kernel.live_user_tasks()
    assert result.status == 128 + 9


SWAP_PROGRAM = r"""
enum { SYS_openat = 56, SYS_close = 57, SYS_read = 63, SYS_swapon = 224, SYS_swapoff = 225 };
static void show(const char *path) {
    char buf[512]; long fd = sys4(SYS_openat, -100, path, 0, 0), n;
    while ((n = sys3(SYS_read, fd, buf, sizeof buf)) > 0) sys3(SYS_write, 1, buf, n);
    sys1(SYS_close, fd);
}
int main(int argc, char **argv, char **envp) {
    long n = 3000;                                  /* 12 MiB in 8 MiB of RAM */
    char *p = (char *)sys6(SYS_mmap, 0, n << 12, 3, 0x22, -1, 0);
    for (long i = 0; i < n; i++) p[i << 12] = (char)i;
    kv("swapoff_busy", sys1(SYS_swapoff, "/dev/vdb"));      /* cannot bring 12 MiB back */
    kv("swapoff_bad", sys1(SYS_swapoff, "/dev/vda"));
    kv("swapon_busy", sys2(SYS_swapon, "/dev/vdb", 0));
    kv("unmap", sys2(SYS_munmap, p + (1000 << 12), 2000 << 12));
    kv("swapoff", sys1(SYS_swapoff, "/dev/vdb"));
    for (long i = 0; i < 1000; i++) if (p[i << 12] != (char)i) { kv("bad", i); return 1; }
    show("/proc/swaps");
    kv("swapon", sys2(SYS_swapon, "/dev/vdb", 0x8000 | 5));
    show("/proc/swaps");
    return 0;
}
"""


def test_swapoff_and_swapon_from_the_guest(tmp_path):
    exe = build_c(tmp_path, SWAP_PROGRAM, "swaptest")
    result = run_pagelab(exe, mem_size=8 << 20, swap_size=32 << 20,
                         max_instructions=100_000_000)
    lines = result.text.splitlines()
    assert lines[:5] == ["swapoff_busy=-12", "swapoff_bad=-22", "swapon_busy=-16", "unmap=0",
                         "swapoff=0"]
    header = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority"
    assert lines[5:] == [header, "swapon=0", header,
                         "/dev/vdb" + " " * 32 + "partition\t32764\t\t0\t\t5"]
    assert result.status == 0
