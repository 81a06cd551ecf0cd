"""pagelab's teaching kernel: a host-side Python kernel that behaves like Linux for RV64 guests.

Where things are (xv6's defs.h as a map):

    kernel.py     Kernel, KernelConfig, boot, the main loop (run a task, handle its trap)
    trap.py       dispatch on scause: system calls, page faults, fault signals, the dmesg line
    proc.py       Task, pids, the round-robin scheduler, wait-status words, rlimits
    exec.py       execve: ELF checks, the new address space, the start-up stack (argv/envp/auxv)
    signals.py    signal numbers and actions, siginfo, generation, the riscv64 signal frame
    coredump.py   ELF core files (NT_PRSTATUS / NT_PRPSINFO / NT_SIGINFO / NT_AUXV + memory)
    sys_proc.py   process, signal, time and misc system calls
    klog.py       the kernel log (dmesg), timestamped with simulated time
    sysctl.py     the sysctl table: names, defaults, Linux's ranges (--sysctl, /proc/sys)
    syscalls.py   the system-call table (read its docstring for the handler contract)
    errno.py      errno values
    mm/           memory management: frames, page cache, address spaces, faults (sys_mm.py)
    fs/           the guest file system: VFS, pipes, /dev, /tmp, /bin, /proc (sys_fs.py)
    policy/       replaceable policies (overcommit, OOM victim, page replacement)

Processes: pid 1 is a kernel-internal init task (no memory, never runs guest code) that adopts
orphans and reaps them at once; the first program is pid 2.  Guest-visible time is the cost
model's cycle counter (1 cycle = 1 ns), never the host clock.  The guest is contained: every host
file-system call made for it is in fs/hostfs.py (docs/threat-model.md).
"""
