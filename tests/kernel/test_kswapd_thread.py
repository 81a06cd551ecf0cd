"""kswapd0 is a kernel thread (issue 8 point 2): created at boot after init and kthreadd, shown by
ps and /proc, woken below the low watermark, reclaiming to high on its own CPU time, deaf to
signals, and never keeping a run alive."""
import os
import subprocess
import sys

from pagelab.kernel.fs.devices import Console
from pagelab.kernel.kernel import Kernel, KernelConfig
from pagelab.kernel.proc import PF_KSWAPD, PF_KTHREAD, TaskState
from pagelab.kernel.signals import SIGKILL, SigInfo, send
from pagelab.tools import bench_policies
from pagelab.tools.run import load_program

WORKLOAD = bench_policies.DEFAULT_PROGRAM           # needs ~3x the RAM it gets: swap
MEM, SWAP = 4 << 20, 16 << 20


def boot(mem=MEM, swap=SWAP):
    output = bytearray()
    kernel = Kernel(KernelConfig(mem_size=mem, swap_size=swap,
                                 console=Console(writer=output.extend, reader=lambda n: b"")))
    return kernel, output


def run_workload(watch=None):
    kernel, output = boot()
    if watch is not None:
        watch(kernel)
    guest = load_program(kernel, WORKLOAD, None)
    task = kernel.spawn(guest, [os.path.basename(WORKLOAD)], [])
    status = kernel.run()
    return kernel, task, status, output


def test_boot_creates_kthreadd_and_kswapd0_after_init():
    kernel, _ = boot()
    kthreadd, kswapd = kernel.tasks[2], kernel.tasks[3]
    assert (kthreadd.comm, kthreadd.ppid) == ("kthreadd", 0)
    assert (kswapd.comm, kswapd.ppid) == ("kswapd0", 2) and kswapd is kernel.kswapd_task
    assert kswapd.pf_flags & PF_KTHREAD and kswapd.pf_flags & PF_KSWAPD
    assert not kthreadd.pf_flags & PF_KSWAPD
    assert kswapd.mm is None and kswapd.state is TaskState.BLOCKED
    assert kernel.live_user_tasks() == []


def test_ps_and_proc_show_kswapd0_as_a_kernel_thread():
    script = ("ps -ef; ps -o pid,ppid,stat,comm -p 3; cat /proc/3/stat; cat /proc/3/status; "
              "echo maps:; cat /proc/3/maps; echo cmdline:; cat /proc/3/cmdline; echo end")
    result = subprocess.run([sys.executable, "-m", "pagelab", "run", "sh", "-c", script],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    lines = out.splitlines()
    assert any(line.split()[:3] == ["root", "2", "0"] and line.endswith("[kthreadd]")
               for line in lines)
    assert any(line.split()[:3] == ["root", "3", "2"] and line.endswith("[kswapd0]")
               for line in lines)
    assert any(line.split() == ["3", "2", "S", "kswapd0"] for line in lines)
    stat = next(line for line in lines if line.startswith("3 (kswapd0) "))
    fields = stat.split()
    assert fields[2] == "S" and fields[3] == "2"
    flags = int(fields[8])
    assert flags & 0x00200000 and flags & 0x00020000
    assert "Kthread:\t1" in out and "PPid:\t2" in out.split("Name:\tkswapd0")[1]
    status = out.split("Name:\tkswapd0")[1].split("maps:")[0]
    assert "VmRSS" not in status and "State:\tS (sleeping)" in status
    assert "maps:\ncmdline:\nend\n" in out              # no mm, no argv: both empty
    # the first program gets the pid after the kernel threads
    assert any(line.split()[:3] == ["root", "4", "1"] and " sh -c " in line for line in lines)


def test_kswapd_wakes_below_low_and_reclaims_to_high_on_its_own_cpu_time():
    runs = []

    def watch(kernel):
        task = kernel.kswapd_task
        body = task.kthread_fn
        vmscan, physmem = kernel.physmem.vmscan, kernel.physmem

        def traced(k, t):
            wmin, low, high = vmscan.watermarks()
            before, state, sys_before = physmem.nr_free, t.state, t.sys_cycles
            body(k, t)
            runs.append((before, physmem.nr_free, low, high, state, t.state,
                         t.sys_cycles - sys_before, k.current is t))
        task.kthread_fn = traced

    kernel, task, status, output = run_workload(watch)
    assert status == 0
    kswapd = kernel.kswapd_task
    ev = kernel.physmem.events
    assert runs and ev["pgscan_kswapd"] > 0 and ev["pgsteal_kswapd"] > 0
    for before, after, low, high, state, state_after, cycles, is_current in runs:
        assert before < low                            # woken below the low watermark
        assert state is TaskState.RUNNABLE             # R while reclaiming ...
        assert state_after is TaskState.BLOCKED        # ... S again when done
        assert after >= high                           # balance_pgdat: up to high
        assert cycles > 0 and is_current           # on its own system time, as `current`
    assert kswapd.sys_cycles > 0 and kswapd.user_cycles == 0
    assert kswapd.nvcsw == len(runs)
    assert task.maj_flt > 0 and kswapd.min_flt == kswapd.maj_flt == 0


def test_kswapd_runs_are_deterministic():
    def counts():
        kernel, task, status, _ = run_workload()
        ev = kernel.physmem.events
        return (status, task.min_flt, task.maj_flt, ev["pgscan_kswapd"], ev["pgsteal_kswapd"],
                ev["pgscan_direct"], ev["kswapd_wake"], kernel.kswapd_task.sys_cycles,
                kernel.kswapd_task.nvcsw, kernel.now_ns())
    assert counts() == counts()


def test_kill_of_a_kernel_thread_does_nothing():
    kernel, _ = boot()
    kswapd = kernel.kswapd_task
    send(kernel, kswapd, SigInfo(SIGKILL))
    assert kswapd.alive and kswapd.state is TaskState.BLOCKED and not kswapd.signals.pending
    script = "kill -9 3; echo kill=$?; kill -STOP 2; echo stop=$?; ps -o pid,stat,comm -p 2,3"
    result = subprocess.run([sys.executable, "-m", "pagelab", "run", "sh", "-c", script],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "kill=0" in lines and "stop=0" in lines
    assert ["2", "S", "kthreadd"] in [line.split() for line in lines]
    assert ["3", "S", "kswapd0"] in [line.split() for line in lines]


def test_a_sleeping_kswapd_keeps_no_run_alive_and_is_no_deadlock():
    kernel, output = boot()
    guest = load_program(kernel, WORKLOAD, None)
    kernel.spawn(guest, [os.path.basename(WORKLOAD)], [])
    assert kernel.run() == 0 and kernel.halt_reason is None
    assert kernel.kswapd_task.alive and kernel.tasks[2].alive
