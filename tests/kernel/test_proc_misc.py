"""Smaller process-area behaviours: stop/continue, signal frames that cannot be written,
the alternate signal stack, uname, prlimit64, getrandom determinism, unknown system calls."""
from __future__ import annotations

from proc_harness import build_c, run_pagelab, run_qemu

STOP_CONT = r"""
int main(int argc, char **argv, char **envp) {
    long pid = fork_();
    if (pid == 0) { for (;;) sys0(SYS_sched_yield); }
    sys2(SYS_kill, pid, 19);                          /* SIGSTOP */
    int status = 0;
    kv("wuntraced", wait_(pid, &status, 2) == pid);
    kv("stopped_word", status);
    kv("nothing_more", wait_(pid, &status, 1 | 2));  /* WNOHANG: already reported */
    sys2(SYS_kill, pid, 18);                          /* SIGCONT */
    kv("wcontinued", wait_(pid, &status, 8) == pid);
    kv("continued_word", status);
    sys2(SYS_kill, pid, 15);
    wait_(pid, &status, 0);
    kv("terminated", status);
    return 0;
}
"""


def test_sigstop_is_reported_with_wuntraced_and_sigcont_resumes(tmp_path):
    exe = build_c(tmp_path, STOP_CONT)
    ours = run_pagelab(exe)
    assert ours.text.splitlines() == ["wuntraced=1", "stopped_word=4991", "nothing_more=0",
                                      "wcontinued=1", "continued_word=65535", "terminated=15"]
    assert run_qemu(exe).text == ours.text


BAD_STACK = r"""
static void handler(int sig) { out("handler ran\n"); }
static char altstack[16384];
int main(int argc, char **argv, char **envp) {
    sigaction_(10, handler, 0);
    if (argc > 1) {                                   /* handler on the alternate stack */
        struct { void *sp; int flags; long size; } ss = { altstack, 0, sizeof altstack };
        kv("sigaltstack", sys2(132, &ss, 0));
        sigaction_(10, handler, 0x08000000);          /* SA_ONSTACK */
    }
    asm volatile("li sp, 16\n li a0, 0\n li a7, 172\n ecall\n"     /* getpid -> a0 */
                 " li a1, 10\n li a7, 129\n ecall\n"               /* kill(pid, SIGUSR1) */
                 " la sp, altstack\n" ::: "a0", "a1", "a7", "memory");
    out("survived\n");
    return 0;
}
"""


def test_an_unwritable_signal_frame_kills_with_sigsegv_unless_an_altstack_is_used(tmp_path):
    exe = build_c(tmp_path, BAD_STACK)
    ours = run_pagelab(exe)
    assert ours.status == 139 and ours.text == ""
    assert run_qemu(exe).status == 139
    ours = run_pagelab(exe, args=["alt"])
    assert ours.text == "sigaltstack=0\nhandler ran\nsurvived\n"
    assert run_qemu(exe, args=["alt"]).text == ours.text


MISC = r"""
int main(int argc, char **argv, char **envp) {
    char uts[390];
    kv("uname", sys1(SYS_uname, uts));
    out(uts); out(" "); out(uts + 4 * 65); out("\n");
    unsigned long lim[2], newlim[2] = { 5, 2 };
    kv("prlimit", sys4(SYS_prlimit64, 0, 7, 0, lim));
    kv("nofile_soft", lim[0]);
    kv("soft_above_hard", sys4(SYS_prlimit64, 0, 7, newlim, 0));
    kv("bad_resource", sys4(SYS_prlimit64, 0, 99, 0, lim));
    kv("bad_pid", sys4(SYS_prlimit64, 99999, 7, 0, lim));
    unsigned char r[8];
    kv("getrandom", sys3(SYS_getrandom, r, 8, 0));
    kv("getrandom_bad_flags", sys3(SYS_getrandom, r, 8, 0x100));
    kv("getrandom_efault", sys3(SYS_getrandom, 16, 8, 0));
    kv("unknown_syscall", sys0(1234));
    return 0;
}
"""


def test_uname_prlimit_getrandom_and_unknown_calls_answer_like_linux(tmp_path):
    exe = build_c(tmp_path, MISC)
    ours = run_pagelab(exe)
    expected = ["uname=0", "Linux riscv64", "prlimit=0", "nofile_soft=1024",
                "soft_above_hard=-22", "bad_resource=-22", "bad_pid=-3", "getrandom=8",
                "getrandom_bad_flags=-22", "getrandom_efault=-14", "unknown_syscall=-38"]
    assert ours.text.splitlines() == expected
    theirs = run_qemu(exe).text.splitlines()
    same = [i for i, line in enumerate(expected) if not line.startswith("nofile_soft")]
    assert [theirs[i] for i in same] == [expected[i] for i in same]
    assert any("unknown system call 1234" in line for line in ours.kernel.klog.lines())


RANDOM = r"""
int main(int argc, char **argv, char **envp) {
    unsigned char r[4];
    sys3(SYS_getrandom, r, 4, 0);
    unsigned long *aux = (unsigned long *)envp;
    while (*aux) aux++;
    for (aux++; aux[0] != 25; aux += 2) {}
    outx(r[0] | r[1] << 8 | r[2] << 16 | (unsigned long)r[3] << 24); out(" ");
    outx(*(unsigned long *)aux[1]); out("\n");
    return 0;
}
"""


def test_random_bytes_are_deterministic_for_a_seed(tmp_path):
    exe = build_c(tmp_path, RANDOM)
    first, second = run_pagelab(exe), run_pagelab(exe)
    other = run_pagelab(exe, seed=7)
    assert first.text == second.text
    assert first.text != other.text


DEADLOCK = r"""
int main(int argc, char **argv, char **envp) {
    int fds[2]; char c;
    kv("pipe", sys2(59, fds, 0));
    sys3(63, fds[0], &c, 1);          /* nobody will ever write: blocks forever */
    return 0;
}
"""


def test_a_run_where_every_process_blocks_forever_ends_as_a_deadlock(tmp_path):
    exe = build_c(tmp_path, DEADLOCK)
    ours = run_pagelab(exe)
    assert ours.text == "pipe=0\n"
    assert ours.kernel.halt_reason == "deadlock"


WAITID_ALARM = r"""
static volatile long alarms;
static void on_alarm(int sig) { alarms++; }
int main(int argc, char **argv, char **envp) {
    long pid = fork_();
    if (pid == 0) exit_(6);
    ksiginfo info;
    memset(&info, 0, sizeof info);
    kv("waitid", sys6(95, 1, pid, (long)&info, 4, 0, 0));          /* P_PID, WEXITED */
    kv("si_signo", info.si_signo); kv("si_code", info.si_code);
    kv("si_pid_ok", info.u.c.pid == pid); kv("si_status", info.u.c.status);
    kv("waitid_no_options", sys6(95, 0, 0, (long)&info, 0, 0, 0));
    kv("waitid_no_children", sys6(95, 0, 0, (long)&info, 4, 0, 0));
    sigaction_(14, on_alarm, 0);
    long it[4] = { 0, 0, 0, 2000 };                                  /* 2 ms, one shot */
    kv("setitimer", sys3(103, 0, it, 0));
    struct timespec_ req = { 1, 0 }, rem;
    kv("sleep_interrupted", sys2(SYS_nanosleep, &req, &rem));
    kv("alarms", alarms);
    long periodic[4] = { 0, 1000, 0, 1000 };                          /* every 1 ms */
    sys3(103, 0, periodic, 0);
    while (alarms < 4) sys0(SYS_sched_yield);
    long off[4] = { 0, 0, 0, 0 }, old[4];
    sys3(103, 0, off, old);
    kv("was_periodic", old[1] == 1000);
    kv("bad_which", sys3(103, 7, it, 0));
    return 0;
}
"""


def test_waitid_and_setitimer_alarms_behave_like_linux(tmp_path):
    exe = build_c(tmp_path, WAITID_ALARM)
    ours = run_pagelab(exe)
    assert ours.text.splitlines() == [
        "waitid=0", "si_signo=17", "si_code=1", "si_pid_ok=1", "si_status=6",
        "waitid_no_options=-22", "waitid_no_children=-10", "setitimer=0",
        "sleep_interrupted=-4", "alarms=1", "was_periodic=1", "bad_which=-22"]
    assert run_qemu(exe).text == ours.text


PRCTL = r"""
int main(int argc, char **argv, char **envp) {
    char name[16];
    kv("set_name", sys2(167, 15, "renamed"));          /* PR_SET_NAME */
    sys2(167, 16, name);                                /* PR_GET_NAME */
    out("name="); out(name); out("\n");
    kv("dumpable", sys2(167, 3, 0));                    /* PR_GET_DUMPABLE */
    long middle = fork_();
    if (middle == 0) {
        long child = fork_();
        if (child == 0) {
            sys2(167, 1, 10);                           /* PR_SET_PDEATHSIG SIGUSR1 */
            for (;;) sys0(SYS_sched_yield);             /* dies when its parent dies */
        }
        struct timespec_ r = { 0, 1000000 };
        sys2(SYS_nanosleep, &r, 0);
        exit_(0);
    }
    int status;
    wait_(middle, &status, 0);
    struct timespec_ r = { 0, 5000000 };
    sys2(SYS_nanosleep, &r, 0);
    sys2(167, 4, 0);                                    /* PR_SET_DUMPABLE 0: no core */
    *(volatile int *)0 = 1;
    return 0;
}
"""


def test_prctl_name_dumpable_and_parent_death_signal(tmp_path):
    exe = build_c(tmp_path, PRCTL)
    ours = run_pagelab(exe, sysctl={"kernel.core_pattern": "core"}, core_dir=str(tmp_path))
    assert ours.text.splitlines() == ["set_name=0", "name=renamed", "dumpable=1"]
    assert ours.status == 139
    assert not (tmp_path / "core").exists()
    by_pid = {r["pid"]: r for r in ours.kernel.exited}
    assert by_pid[6]["status"] == 10                    # the grandchild died of SIGUSR1
    assert by_pid[4]["comm"] == "renamed" and by_pid[4]["status"] == 11


FUTEX = r"""
int main(int argc, char **argv, char **envp) {
    volatile int *word = (int *)sys6(SYS_mmap, 0, 4096, 3, 0x21, -1, 0);   /* shared anon */
    int local = 5;
    kv("eagain", sys6(98, (long)&local, 128, 4, 0, 0, 0));            /* WAIT, value differs */
    struct timespec_ t = { 0, 2000000 };
    kv("timeout", sys6(98, (long)&local, 128, 5, (long)&t, 0, 0));
    kv("no_waiters", sys6(98, (long)&local, 129, 1, 0, 0, 0));         /* WAKE */
    kv("requeue_no_second", sys6(98, (long)&local, 3, 1, 0, 0, 0));    /* REQUEUE, NULL */
    kv("cmp_requeue_differs", sys6(98, (long)&local, 4, 1, 0, (long)&local, 6));
    kv("unknown_op", sys6(98, (long)&local, 20, 1, 0, 0, 0));
    kv("unaligned", sys6(98, (long)&local + 1, 128, 5, 0, 0, 0));
    long pid = fork_();
    if (pid == 0) {
        *word = 1;                                                      /* ready */
        long r = sys6(98, (long)word, 0, 1, 0, 0, 0);                  /* shared WAIT on 1 */
        kv("child_woken", r);
        kv("child_sees", *word);
        exit_(0);
    }
    while (*word != 1) sys0(SYS_sched_yield);
    struct timespec_ r = { 0, 20000000 };                  /* let the child go to sleep */
    sys2(SYS_nanosleep, &r, 0);
    *word = 2;
    long woke = sys6(98, (long)word, 1, 1, 0, 0, 0);
    int status;
    wait_(pid, &status, 0);
    kv("woke", woke);
    return 0;
}
"""


def test_futex_wait_and_wake_between_processes_sharing_a_page(tmp_path):
    exe = build_c(tmp_path, FUTEX)
    ours = run_pagelab(exe)
    assert ours.text.splitlines() == ["eagain=-11", "timeout=-110", "no_waiters=0",
                                      "requeue_no_second=-14", "cmp_requeue_differs=-11",
                                      "unknown_op=-38", "unaligned=-22",
                                      "child_woken=0", "child_sees=2", "woke=1"]
    assert run_qemu(exe).text == ours.text


SYSINFO = r"""
int main(int argc, char **argv, char **envp) {
    long info[14];
    kv("sysinfo", sys1(179, info));
    kv("totalram_mb", info[4] >> 20);
    kv("free_less_than_total", info[5] < info[4] && info[5] > 0);
    kv("procs", *(unsigned short *)&info[10]);
    kv("mem_unit", *(unsigned int *)&info[13]);
    unsigned long mask = 0;
    kv("affinity", sys3(123, 0, 8, &mask)); kv("mask", mask);
    kv("flush_icache", sys3(259, 0, 0, 0));
    return 0;
}
"""


def test_sysinfo_affinity_and_icache_flush(tmp_path):
    exe = build_c(tmp_path, SYSINFO)
    ours = run_pagelab(exe, mem_size=16 << 20)
    assert ours.text.splitlines() == ["sysinfo=0", "totalram_mb=15", "free_less_than_total=1",
                                      "procs=4", "mem_unit=1", "affinity=8", "mask=1",
                                      "flush_icache=0"]


SIGWAIT = r"""
static volatile long handled;
static void on_usr2(int sig) { handled++; }
int main(int argc, char **argv, char **envp) {
    unsigned long set = 1UL << 9;                                     /* SIGUSR1 */
    sys4(SYS_rt_sigprocmask, 0, &set, 0, 8);
    ksiginfo info;
    struct timespec_ zero = { 0, 0 }, short_ = { 0, 2000000 };
    kv("nothing_pending", sys4(137, &set, &info, &zero, 8));
    kv("timed_out", sys4(137, &set, &info, &short_, 8));
    long parent = sys0(SYS_getpid);
    long pid = fork_();
    if (pid == 0) {
        struct timespec_ r = { 0, 1000000 };
        sys2(SYS_nanosleep, &r, 0);
        ksiginfo q; memset(&q, 0, sizeof q);
        q.si_signo = 10; q.si_code = -1;                              /* SI_QUEUE */
        *(long *)((char *)&q + 24) = 4242;
        q.u.c.pid = 777;
        kv("queued", sys3(138, parent, 10, &q));
        exit_(0);
    }
    long got = sys4(137, &set, &info, 0, 8);
    int status;
    wait_(pid, &status, 0);
    kv("got", got); kv("code", info.si_code);
    kv("value", *(long *)((char *)&info + 24));
    kv("sender_field", info.u.c.pid);
    ksiginfo bad; memset(&bad, 0, sizeof bad);                       /* si_code 0 */
    long sleeper = fork_();
    if (sleeper == 0) { struct timespec_ r = { 0, 5000000 }; sys2(SYS_nanosleep, &r, 0);
                        exit_(0); }
    kv("eperm_for_others", sys3(138, sleeper, 10, &bad));
    wait_(sleeper, &status, 0);
    sigaction_(12, on_usr2, 0);
    kv("to_self", sys3(138, parent, 12, &bad));
    kv("handled", handled);
    return 0;
}
"""


def test_rt_sigtimedwait_and_rt_sigqueueinfo(tmp_path):
    exe = build_c(tmp_path, SIGWAIT)
    ours = run_pagelab(exe)
    expected = ["nothing_pending=-11", "timed_out=-11", "queued=0", "got=10", "code=-1",
                "value=4242", "sender_field=777", "eperm_for_others=-1", "to_self=0",
                "handled=1"]
    assert ours.text.splitlines() == expected
    assert run_qemu(exe).text.splitlines() == expected


STACK_LIMIT = r"""
static long deep(int n) { volatile char pad[1024]; pad[0] = n; return n ? deep(n - 1) + pad[0] : 0; }
int main(int argc, char **argv, char **envp) {
    if (argc > 1) {
        unsigned long lim[2] = { 128 * 1024, ~0UL };
        kv("setrlimit", sys4(SYS_prlimit64, 0, 3, lim, 0));       /* RLIMIT_STACK */
    }
    kv("depth", deep(400) > 0);                                    /* ~400 KiB of stack */
    return 0;
}
"""


def test_rlimit_stack_bounds_stack_growth(tmp_path):
    exe = build_c(tmp_path, STACK_LIMIT)
    assert run_pagelab(exe).text == "depth=1\n"
    limited = run_pagelab(exe, args=["limit"])
    assert limited.text == "setrlimit=0\n"
    assert limited.status == 139


NOFILE = r"""
int main(int argc, char **argv, char **envp) {
    unsigned long lim[2] = { 5, 4096 };
    kv("setrlimit", sys4(SYS_prlimit64, 0, 7, lim, 0));            /* RLIMIT_NOFILE */
    kv("dup_3", sys1(23, 0)); kv("dup_4", sys1(23, 0)); kv("dup_5", sys1(23, 0));
    return 0;
}
"""


def test_rlimit_nofile_limits_descriptors_like_qemu(tmp_path):
    exe = build_c(tmp_path, NOFILE)
    ours = run_pagelab(exe)
    assert ours.text.splitlines() == ["setrlimit=0", "dup_3=3", "dup_4=4", "dup_5=-24"]
    assert run_qemu(exe).text == ours.text



CPU_LIMIT = r"""
int main(int argc, char **argv, char **envp) {
    unsigned long lim[2] = { 0, ~0UL }, got[2];
    sys4(SYS_prlimit64, 0, 0, lim, 0);                               /* RLIMIT_CPU soft 0 */
    sys4(SYS_prlimit64, 0, 0, 0, got);
    kv("soft_became", got[0]);
    for (;;) {}
}
"""


def test_rlimit_cpu_sends_sigxcpu_at_the_soft_limit(tmp_path):
    exe = build_c(tmp_path, CPU_LIMIT)
    ours = run_pagelab(exe, max_instructions=300_000)   # far from a real second of CPU ...
    assert ours.text == "soft_became=1\n"
    assert ours.kernel.halt_reason == "max-instructions"
    # ... so pretend the task already used 1.5 s of CPU time
    kernel = ours.kernel
    task = kernel.first_task
    task.user_cycles += 1_500_000_000
    kernel.config.max_instructions = None
    kernel.halt_reason = None
    assert kernel.run() == 128 + 24                      # SIGXCPU (default: core)
