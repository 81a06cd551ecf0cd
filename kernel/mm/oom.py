"""The out-of-memory killer: the one mechanism around the oom policy (kernel/policy/oom.py).

When reclaim cannot free a frame for a fault, the trap code calls `oom_kill(kernel, task)`
(Linux out_of_memory): the victim is the faulting task when vm.oom_kill_allocating_task is
set and it may be killed, else the policy's choice among every user process (which may not be
the one that asked); Linux's log lines are written, the victim gets SIGKILL, its memory is
freed at once (the oom_reaper's job) and /proc/vmstat oom_kill counts the kill.  With
vm.panic_on_oom set the machine panics instead (every process ends; see `panic`).
"""
from __future__ import annotations

from pagelab.kernel.sysctl import sysctl_int
from pagelab.mmu.pte import PAGE_SHIFT

KB = PAGE_SHIFT - 10


def kill_line(task) -> str:
    """Linux's exact "Out of memory: Killed process ..." line (mm/oom_kill.c)."""
    mm = task.mm
    return ("Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, "
            "shmem-rss:%dkB, UID:%d pgtables:%dkB oom_score_adj:%d"
            % (task.pid, task.comm, mm.total_vm << KB, mm.rss_anon << KB, mm.rss_file << KB,
               mm.rss_shmem << KB, task.uid, mm.pt_pages << KB, task.oom_score_adj))


def task_table(tasks) -> list[str]:
    """Linux dump_tasks(): the header and one line per process with memory."""
    lines = ["Tasks state (memory values in pages):",
             "[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name"]
    for t in sorted(tasks, key=lambda t: t.pid):
        mm = t.mm
        if mm is None:
            continue
        lines.append("[%7d] %5d %5d %8d %8d %8d %8d %13d %s"
                     % (t.pid, t.uid, t.pid, mm.total_vm, mm.rss, mm.pt_pages << PAGE_SHIFT,
                        mm.swap_ents, t.oom_score_adj, t.comm))
    return lines


def choose_victim(kernel, task):
    """Whom to kill for `task`'s failed allocation (None: nobody can be killed)."""
    from pagelab.kernel.policy import get_policy
    from pagelab.kernel.policy.oom import oom_badness
    tasks = kernel.live_user_tasks()
    total = kernel.physmem.total_pages + kernel.physmem.swap.total_pages
    if sysctl_int(kernel, "vm.oom_kill_allocating_task") and \
            oom_badness(task, total) is not None:
        return task
    return get_policy(kernel, "oom").choose_victim(kernel, tasks, task)


def oom_kill(kernel, task) -> None:
    """Out of memory while serving `task`: kill a victim (see the module docstring)."""
    from pagelab.kernel import signals as sig
    kernel.log(f"{task.comm} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|"
               f"__GFP_COMP), order=0, oom_score_adj={task.oom_score_adj}")
    for line in task_table(kernel.live_user_tasks()):
        kernel.log(line)
    if sysctl_int(kernel, "vm.panic_on_oom"):
        panic(kernel, "Out of memory: system-wide panic_on_oom is enabled")
        return
    victim = choose_victim(kernel, task)
    if victim is None or victim.mm is None:
        kernel.log("Out of memory and no killable processes...")
        victim = task                       # the fault cannot be served: it must not spin
    kernel.log(f"oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,"
               f"global_oom,task_memcg=/,task={victim.comm},pid={victim.pid},uid={victim.uid}")
    kernel.log(kill_line(victim))
    kernel.physmem.events["oom_kill"] += 1
    if kernel.trace.enabled:
        from pagelab.kernel import trace
        kernel.trace.emit(trace.OomKill, victim.pid, task.pid, victim.comm,
                          victim.mm.total_vm * 4 if victim.mm else 0,
                          victim.mm.rss * 4 if victim.mm else 0)
    kernel.kill_task(victim, sig.SigInfo(sig.SIGKILL, code=sig.SI_KERNEL), core=False)
    kernel.log(f"oom_reaper: reaped process {victim.pid} ({victim.comm}), now anon-rss:0kB, "
               f"file-rss:0kB, shmem-rss:0kB")


def panic(kernel, reason: str) -> None:
    """vm.panic_on_oom: Linux stops the machine.  pagelab logs Linux's panic line, marks the
    run halted (kernel.halt_reason = "panic") and ends every process with SIGKILL, so the run
    stops there."""
    from pagelab.kernel import signals as sig
    kernel.log(f"Kernel panic - not syncing: {reason}")
    kernel.halt_reason = "panic"
    for victim in kernel.live_user_tasks():
        kernel.kill_task(victim, sig.SigInfo(sig.SIGKILL, code=sig.SI_KERNEL), core=False)


OOM_SCORE_ADJ_MIN, OOM_SCORE_ADJ_MAX = -1000, 1000


def oom_score_text(kernel, task) -> str:
    """/proc/<pid>/oom_score: Linux's 0..2000 scale (0 for unkillable tasks)."""
    from pagelab.kernel.policy.oom import oom_score
    total = kernel.physmem.total_pages + kernel.physmem.swap.total_pages
    return f"{oom_score(task, total) if task.mm is not None else 0}\n"


def oom_score_adj_text(kernel, task) -> str:
    return f"{task.oom_score_adj}\n"


def set_oom_score_adj(kernel, task, writer, text: str) -> int:
    """A write to /proc/<pid>/oom_score_adj (Linux oom_score_adj_write): an integer in
    -1000..1000 (else EINVAL); lowering it needs CAP_SYS_RESOURCE (root), else EACCES."""
    try:
        value = int(text.strip() or "x", 10)
    except ValueError:
        return -22                                            # EINVAL
    if not OOM_SCORE_ADJ_MIN <= value <= OOM_SCORE_ADJ_MAX:
        return -22
    if value < task.oom_score_adj and writer.uid != 0:
        return -13                                            # EACCES
    task.oom_score_adj = value
    return 0
