"""The out-of-memory kill: mechanism around the oom policy (kernel/policy/oom.py).

When a fault returns FaultResult.oom, the trap code calls `oom_kill(kernel, faulting_task)`: the
policy picks the victim, this logs Linux's lines and returns the victim; the caller sends it
SIGKILL (the victim's memory is freed when it exits).
"""
from __future__ import annotations

from pagelab.mmu.pte import PAGE_SHIFT


def kill_line(task) -> str:
    """Linux's exact "Out of memory: Killed process ..." line (mm/oom_kill.c)."""
    mm = task.mm
    kb = PAGE_SHIFT - 10
    return ("Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, "
            "shmem-rss:%dkB, UID:%d pgtables:%dkB oom_score_adj:%d"
            % (task.pid, task.comm, mm.total_vm << kb, mm.rss_anon << kb, mm.rss_file << kb,
               mm.rss_shmem << kb, getattr(task, "uid", 0), mm.pt_pages << kb,
               getattr(task, "oom_score_adj", 0)))


def oom_kill(kernel, faulting_task):
    """Choose the victim (oom policy), log the kill, count oom_kill; returns the victim."""
    from pagelab.kernel.policy import get_policy
    tasks = getattr(kernel, "tasks", None) or {}
    tasks = list(tasks.values()) if isinstance(tasks, dict) else list(tasks)
    victim = get_policy(kernel, "oom").choose_victim(kernel, tasks, faulting_task)
    if victim is None or getattr(victim, "mm", None) is None:
        victim = faulting_task
    log = getattr(kernel, "log", None)
    if callable(log):
        log("%s invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), "
            "order=0, oom_score_adj=%d" % (faulting_task.comm,
                                           getattr(faulting_task, "oom_score_adj", 0)))
        log(kill_line(victim))
    kernel.physmem.events["oom_kill"] += 1
    return victim
