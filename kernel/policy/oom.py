"""OOM victim policies: when a page fault cannot get a frame, whom to kill?

The mechanism (the fault handler) only reports `FaultResult.oom`; the trap code asks this policy
for the victim and kills it with SIGKILL, logging Linux's line (kernel/mm/oom.py renders it).
"""
from __future__ import annotations

from pagelab.kernel.policy import register


class OomPolicy:
    """Interface: choose_victim(kernel, tasks, faulting_task) -> task or None."""

    def choose_victim(self, kernel, tasks, faulting_task):
        raise NotImplementedError


@register("oom", "faulting")
class KillFaulting(OomPolicy):
    """Deliberately naive: kill the task whose fault could not be served (what a kernel
    without an OOM killer does).  The default until the OOM-killer issue."""

    def choose_victim(self, kernel, tasks, faulting_task):
        return faulting_task


def oom_badness(task, totalpages: int) -> int | None:
    """Linux oom_badness(): RSS + swap entries + page-table pages, adjusted by oom_score_adj.
    None for tasks that must not be killed (init, no mm, adj -1000)."""
    mm, adj = task.mm, task.oom_score_adj
    if mm is None or task.pid == 1 or adj == -1000:
        return None
    points = mm.rss + mm.swap_ents + mm.pt_pages
    return points + adj * (totalpages // 1000)


@register("oom", "badness")
class Badness(OomPolicy):
    """Linux's choice: the task with the highest oom_badness()."""

    def choose_victim(self, kernel, tasks, faulting_task):
        totalpages = kernel.physmem.total_pages
        best, best_points = None, None
        for task in tasks:
            points = oom_badness(task, totalpages)
            if points is not None and (best_points is None or points > best_points):
                best, best_points = task, points
        return best


def oom_score(task, totalpages: int) -> int:
    """/proc/<pid>/oom_score: (1000 + points * 1000 / totalpages) * 2 / 3, 0 when unkillable
    (fs/proc/base.c proc_oom_score).  A tiny task with oom_score_adj 0 reads 666."""
    points = oom_badness(task, totalpages)
    if points is None or totalpages <= 0:
        return 0
    return (1000 + points * 1000 // totalpages) * 2 // 3
