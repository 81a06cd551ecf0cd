"""The OOM killer as Linux's, on a real kernel: the biggest process dies (not necessarily the
one that asked), oom_score_adj=-1000 exempts, /proc/<pid>/oom_score{,_adj}, the log lines."""
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
