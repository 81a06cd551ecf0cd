"""The thrash guard of kernel/trap.py: a task whose page faults keep coming, each one fixed but
no instruction retired in between, is ended by the OOM killer after REPEATED_FAULT_LIMIT of
them (as Linux's OOM killer ends a task when reclaim makes no progress) -- never a hang of the
host.  Driven directly at the kernel level: do_page_fault on a spawned task, with the task's
retired-instruction count held still (or moving) between the faults."""
from __future__ import annotations

from pagelab.kernel import signals as sig
from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.kernel.trap import REPEATED_FAULT_LIMIT, do_page_fault
from pagelab.tools.run import load_program

LOAD = 0
PROGRAM = """\
        .text
        .globl _start
_start:
        li      a0, 0
        li      a7, 94
        ecall
"""


def spawned(tmp_path):
    """A kernel, a task that has not run yet, and two pages of anonymous memory it maps."""
    src = tmp_path / "idle.s"
    src.write_text(PROGRAM)
    kernel = Kernel(KernelConfig(mem_size=16 << 20))
    task = kernel.spawn(load_program(kernel, str(src), None), ["idle"], [])
    base = task.mm.mmap(0, 2 * 4096, 3, 0x22)          # PROT_READ|WRITE, MAP_PRIVATE|ANON
    return kernel, task, base


def test_faults_without_progress_end_in_the_oom_killer(tmp_path):
    kernel, task, base = spawned(tmp_path)
    pc = 0x10000
    # fault after fault at alternating pages, every one fixed (minor), nothing retired: the
    # first starts the run, each later one is a fault without progress
    for i in range(REPEATED_FAULT_LIMIT + 1):
        do_page_fault(kernel, task, base + (i & 1) * 4096, LOAD, pc)
    assert kernel.physmem.events["oom_kill"] == 0 and task.alive
    do_page_fault(kernel, task, base + 4096, LOAD, pc)   # one more: the OOM killer
    assert kernel.physmem.events["oom_kill"] == 1
    log = kernel.klog.lines()
    assert f"pagelab: pid {task.pid} (idle) thrashing: {REPEATED_FAULT_LIMIT} page faults " \
        "without progress" in log
    assert any(line.startswith(f"Out of memory: Killed process {task.pid} (idle)")
               for line in log)
    assert not task.alive and task.fatal_signal == sig.SIGKILL


def test_faults_with_progress_in_between_are_left_alone(tmp_path):
    kernel, task, base = spawned(tmp_path)
    pc = 0x10000
    before = task.min_flt
    for i in range(3 * REPEATED_FAULT_LIMIT):
        do_page_fault(kernel, task, base + (i & 1) * 4096, LOAD, pc)
        if i % 1000 == 999:
            task.instret += 1                            # an instruction retired
    assert kernel.physmem.events["oom_kill"] == 0 and task.alive
    assert task.min_flt - before == 3 * REPEATED_FAULT_LIMIT      # every one served
