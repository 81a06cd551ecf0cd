"""Issue 7: simulated time saturates.  A timed wait of ~300 years or of INT64_MAX seconds never
overflows a host integer (it used to end pagelab with an internal error, exit 70, when the idle
clock advanced); a wait past the end of simulated time simply never fires."""
from __future__ import annotations

import subprocess
import sys

import pytest
from proc_harness import build_c, run_pagelab

# Each case: a child blocks in one timed wait.  With argv[3] the parent lets 10 ms pass, kills it
# and reports how it ended; without, it waits for the child, so the only deadline left is the
# child's: old code jumped the idle clock there and overflowed (exit 70).
WAITS = r"""
#define BIG_SEC (argc > 2 ? 0x7fffffffffffffffL : 300L * 366 * 24 * 3600)
int main(int argc, char **argv, char **envp) {
    struct timespec_ big = { BIG_SEC, 0 }, ten_ms = { 0, 10000000 };
    unsigned long mask = 1UL << (14 - 1);            /* SIGALRM */
    long pid = fork_();
    if (pid == 0) {
        const char *c = argv[1];
        long r = 0;
        if (seq(c, "nanosleep")) r = sys2(SYS_nanosleep, &big, 0);
        if (seq(c, "clock_nanosleep_abs")) r = sys4(115, 0, 1, &big, 0);
        if (seq(c, "clock_nanosleep_mono_abs")) r = sys4(115, 1, 1, &big, 0);
        if (seq(c, "ppoll")) r = sys4(73, 0, 0, &big, 0);
        if (seq(c, "pselect6")) r = sys6(72, 0, 0, 0, 0, (long)&big, 0);
        if (seq(c, "futex")) { static int word; r = sys4(98, &word, 128, 0, &big); }
        if (seq(c, "rt_sigtimedwait")) {
            unsigned long set = 1UL << (10 - 1);     /* SIGUSR1, never sent */
            sys4(SYS_rt_sigprocmask, 0, &set, 0, 8);
            r = sys4(137, &set, 0, &big, 8);
        }
        if (seq(c, "setitimer")) {
            long it[4] = { BIG_SEC, 0, BIG_SEC, 0 };
            long old[4];
            r = sys3(103, 0, it, 0);
            if (r == 0) { sys3(102, 0, old, 0); }   /* getitimer packs the huge values */
            unsigned long none = 0;
            if (r == 0) r = sys2(133, &none, 8);     /* rt_sigsuspend */
        }
        kv("child returned", r);
        return 3;
    }
    if (argc > 3) {
        sys2(SYS_nanosleep, &ten_ms, 0);
        sys2(SYS_kill, pid, 9);
    }
    int status = 0;
    wait_(pid, &status, 0);
    kv("status", status);
    struct timespec_ now;
    sys2(SYS_clock_gettime, 1, &now);
    kv("sane clock", now.sec >= 0 && now.sec < 1000);
    return 0;
}
"""

CASES = ["nanosleep", "clock_nanosleep_abs", "clock_nanosleep_mono_abs", "ppoll", "pselect6",
         "futex", "rt_sigtimedwait", "setitimer"]


@pytest.fixture(scope="module")
def waits(tmp_path_factory):
    return build_c(tmp_path_factory.mktemp("time"), WAITS, "waits")


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("size", ["300y", "int64max"])
def test_a_wait_past_the_end_of_time_never_fires_and_never_overflows(waits, case, size):
    result = run_pagelab(waits, args=[case] if size == "300y" else [case, "max"])
    kernel = result.kernel
    assert kernel.halt_reason == "deadlock", result.text        # nothing else could wake them
    child = [t for t in kernel.tasks.values() if t.pid > 2]
    assert child and child[0].alive and "child returned" not in result.text
    assert kernel.now_ns() < 10 ** 12                           # the clock did not jump
    assert not [line for line in kernel.klog.lines() if "BUG" in line]


@pytest.mark.parametrize("case", CASES)
def test_a_long_waiter_still_dies_to_sigkill(waits, case):
    result = run_pagelab(waits, args=[case, "max", "kill"])
    assert result.status == 0, result.text
    assert "status=9\n" in result.text, result.text             # still asleep when killed
    assert "sane clock=1" in result.text
    assert not [line for line in result.kernel.klog.lines() if "BUG" in line]


def test_a_lone_sleeper_of_int64max_seconds_is_a_deadlock_not_an_internal_error(tmp_path):
    exe = build_c(tmp_path, r"""
int main(int argc, char **argv, char **envp) {
    struct timespec_ big = { 0x7fffffffffffffffL, 999999999 };
    sys2(SYS_nanosleep, &big, 0);
    return 0;
}""", "forever")
    result = subprocess.run([sys.executable, "-m", "pagelab", "run", "./forever"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 125, result.stderr
    assert "deadlock" in result.stderr and "Traceback" not in result.stderr


def test_kernel_time_helpers_saturate():
    from pagelab.kernel.kernel import END_OF_TIME_NS, Kernel, KernelConfig
    kernel = Kernel(KernelConfig(mem_size=8 << 20))
    kernel.charge(1 << 80)                  # absurd kernel work: the clock stops at the end
    assert kernel.now_ns() <= END_OF_TIME_NS
    kernel.charge(1 << 70)
    assert kernel.now_ns() <= END_OF_TIME_NS
