"""Unit tests of the process area's pure pieces: wait status words, the exec stack layout,
siginfo / ucontext packing, and the core-file writer (checked with GNU readelf)."""
from __future__ import annotations

import struct
import subprocess

from oracles import GNU_READELF, require_tool

from pagelab.kernel import coredump, exec as kexec, signals as sig
from pagelab.kernel.proc import (shell_exit_status, wait_status_exited, wait_status_signaled,
                                 wait_status_stopped)


def test_wait_status_words_use_linux_encoding():
    assert wait_status_exited(3) == 0x300
    assert wait_status_exited(256 + 7) == 0x700
    assert wait_status_signaled(11, True) == 0x8B
    assert wait_status_signaled(9, False) == 9
    assert wait_status_stopped(19) == 0x137F
    assert shell_exit_status(0x300) == 3
    assert shell_exit_status(0x8B) == 139
    assert shell_exit_status(9) == 137


def _u64(data, offset):
    return struct.unpack_from("<Q", data, offset)[0]


def test_initial_stack_matches_the_linux_layout():
    top = 0x4000801000
    argv = [b"./stk", b"hello"]
    envp = [b"A=1"]
    auxv = [(kexec.AT_PAGESZ, 4096), (kexec.AT_SECURE, 0)]
    stack = kexec.build_initial_stack(top, argv, envp, b"./stk", auxv, bytes(range(16)))
    data, sp = stack.data, stack.sp
    assert sp % 16 == 0 and sp + len(data) == top

    def read(addr, n=8):
        return data[addr - sp: addr - sp + n]

    assert _u64(data, 0) == 2                                  # argc
    argv0, argv1, null = (_u64(data, 8 * i) for i in (1, 2, 3))
    assert null == 0
    assert read(argv0, 6) == b"./stk\0" and read(argv1, 6) == b"hello\0"
    assert argv1 == argv0 + 6                                  # strings contiguous, argv[0] lowest
    env0 = _u64(data, 32)
    assert read(env0, 4) == b"A=1\0" and _u64(data, 40) == 0
    pairs = []
    offset = 48
    while True:
        kind, value = _u64(data, offset), _u64(data, offset + 8)
        pairs.append((kind, value))
        offset += 16
        if kind == 0:
            break
    kinds = [k for k, _ in pairs]
    assert kinds == [kexec.AT_PAGESZ, kexec.AT_SECURE, kexec.AT_RANDOM, kexec.AT_EXECFN, 0]
    values = dict(pairs)
    assert read(values[kexec.AT_RANDOM], 16) == bytes(range(16))
    assert values[kexec.AT_RANDOM] + 16 == argv0                # random bytes just below strings
    assert read(values[kexec.AT_EXECFN], 6) == b"./stk\0"
    assert values[kexec.AT_EXECFN] + 6 == top - 8              # top 8 bytes stay zero
    assert data[-8:] == bytes(8)
    assert stack.auxv_bytes == data[48:offset]
    assert read(stack.arg_start, 12) == b"./stk\0hello\0" and stack.arg_end == stack.env_start
    assert read(stack.env_start, 4) == b"A=1\0" and stack.env_end == values[kexec.AT_EXECFN]


def test_initial_stack_is_16_byte_aligned_for_every_argument_count():
    for argc in range(0, 6):
        argv = [b"x" * n for n in range(1, argc + 1)]
        stack = kexec.build_initial_stack(0x7FFF_F000, argv, [b"E" * argc], b"p", [],
                                          bytes(16))
        assert stack.sp % 16 == 0
        assert _u64(stack.data, 0) == argc


def test_hwcap_of_rv64imac_sets_the_four_letters():
    assert kexec.HWCAP_RV64IMAC == 0x1105


def test_siginfo_for_a_fault_carries_the_address_at_offset_16():
    data = sig.SigInfo(sig.SIGSEGV, code=sig.SEGV_MAPERR, addr=0x10).pack()
    assert len(data) == 128
    assert struct.unpack_from("<iii", data, 0) == (11, 0, 1)
    assert _u64(data, 16) == 0x10


def test_siginfo_for_sigchld_carries_pid_uid_and_status():
    data = sig.SigInfo(sig.SIGCHLD, code=sig.CLD_EXITED, pid=7, uid=0, status=3).pack()
    assert struct.unpack_from("<iIi", data, 16) == (7, 0, 3)


def test_kill_siginfo_carries_the_sender_pid():
    data = sig.SigInfo(sig.SIGUSR1, code=sig.SI_USER, pid=42, uid=5).pack()
    assert struct.unpack_from("<iii", data, 0) == (10, 0, 0)
    assert struct.unpack_from("<iI", data, 16) == (42, 5)


def test_ucontext_places_pc_and_registers_at_the_documented_offsets():
    regs = [0] + [0x1000 + i for i in range(1, 32)]
    data = sig.pack_ucontext(regs, 0xABC, sigmask=0x400, stack=(0, sig.SS_DISABLE, 0))
    assert len(data) == 960
    assert _u64(data, 40) == 0x400                            # uc_sigmask
    assert struct.unpack_from("<i", data, 24)[0] == sig.SS_DISABLE   # uc_stack.ss_flags
    assert _u64(data, 176) == 0xABC                           # sc_regs[0] = pc
    assert _u64(data, 176 + 8 * 2) == 0x1002                  # sp
    assert _u64(data, 176 + 8 * 31) == 0x1000 + 31            # t6
    back, pc, mask, stack = sig.unpack_ucontext(data)
    assert back == regs and pc == 0xABC and mask == 0x400 and stack == (0, sig.SS_DISABLE, 0)


def test_sigaction_struct_is_24_bytes_without_restorer():
    action = sig.SigAction(0x10100, sig.SA_SIGINFO | sig.SA_RESTART, 1 << 9)
    data = action.pack()
    assert len(data) == 24
    assert sig.SigAction.unpack(data) == action


def test_default_actions_follow_signal_7():
    assert sig.default_action(sig.SIGSEGV) == sig.CORE
    assert sig.default_action(sig.SIGKILL) == sig.TERM
    assert sig.default_action(sig.SIGCHLD) == sig.IGNORE
    assert sig.default_action(sig.SIGSTOP) == sig.STOP
    assert sig.default_action(sig.SIGRTMIN + 3) == sig.TERM


def test_shell_messages_match_bash():
    assert sig.shell_message(11, True) == "Segmentation fault (core dumped)"
    assert sig.shell_message(9, False) == "Killed"
    assert sig.shell_message(7, False) == "Bus error"
    assert sig.shell_message(4, True) == "Illegal instruction (core dumped)"
    assert sig.shell_message(5, False) == "Trace/breakpoint trap"
    assert sig.shell_message(15, False) == "Terminated"
    assert sig.shell_message(13, False) is None


def test_core_pattern_expands_pid_and_comm():
    assert coredump.core_path("core", 5, "a") == "core"
    assert coredump.core_path("core.%p", 5, "a") == "core.5"
    assert coredump.core_path("/tmp/%e-%p-%%", 5, "prog") == "/tmp/prog-5-%"
    assert coredump.core_path("", 5, "a") is None


def test_prstatus_has_registers_at_offset_112():
    regs = [0] + list(range(1, 32))
    data = coredump.prstatus(11, 1, 2, 1, 2, 2, regs, 0x10078)
    assert len(data) == 376
    assert struct.unpack_from("<iiih", data, 0) == (11, 1, 0, 11)
    assert struct.unpack_from("<ii", data, 32) == (2, 1)
    assert _u64(data, 112) == 0x10078 and _u64(data, 112 + 8 * 31) == 31


def test_core_file_is_an_elf_core_that_readelf_understands(tmp_path):
    readelf = require_tool(GNU_READELF)
    notes = coredump.note(b"CORE", coredump.NT_PRSTATUS,
                          coredump.prstatus(11, 1, 2, 1, 2, 2, [0] * 32, 0x10000))
    notes += coredump.note(b"CORE", coredump.NT_PRPSINFO,
                           coredump.prpsinfo("R", 2, 1, 2, 2, 0, 0, "prog", [b"prog"]))
    notes += coredump.note(b"CORE", coredump.NT_AUXV, struct.pack("<QQQQ", 6, 4096, 0, 0))
    image = coredump.build_core(notes, [(0x10000, 0x1000, coredump.PF_R | coredump.PF_X,
                                         b"\x13" * 0x1000),
                                        (0x20000, 0x2000, coredump.PF_R | coredump.PF_W,
                                         bytes(0x2000)),
                                        (0x30000, 0x1000, 0, None)])
    path = tmp_path / "core"
    path.write_bytes(image)
    out = subprocess.run([readelf, "-h", "-l", "-n", str(path)], capture_output=True,
                         text=True, check=True).stdout
    assert "CORE (Core file)" in out
    assert "RISC-V" in out
    assert out.count("LOAD") == 3
    assert "NT_PRSTATUS" in out and "NT_PRPSINFO" in out and "NT_AUXV" in out


def test_pids_increase_wrap_at_pid_max_and_skip_live_ones():
    from pagelab.kernel.proc import PidAllocator
    pids = PidAllocator(first=2)
    live = {1: "init"}
    got = []
    for _ in range(4):
        pid = pids.allocate(live, 6)
        live[pid] = "task"
        got.append(pid)
    assert got == [2, 3, 4, 5]
    assert pids.allocate(live, 6) is None           # pid space full
    del live[3]
    assert pids.allocate(live, 6) == 3              # wrapped around, skipping live pids
    assert pids.allocated == 5


def test_pids_past_reserved_wrap_to_300_as_linux_does():
    from pagelab.kernel.proc import PidAllocator
    pids = PidAllocator(first=2)
    pids.next = 399
    live = {1: "init", 300: "daemon"}
    assert [pids.allocate(live, 401) for _ in range(3)] == [399, 400, 301]
    pids.next = 350
    assert pids.allocate(live, 320) == 301          # pid_max lowered under the counter


def test_scheduler_is_round_robin_over_runnable_tasks():
    from pagelab.kernel.proc import Scheduler, Task, TaskState
    a, b, c = Task(pid=2, ppid=1), Task(pid=3, ppid=1), Task(pid=4, ppid=1)
    queue = Scheduler()
    for task in (a, b, c, a):
        queue.add(task)                             # adding twice keeps one entry
    b.state = TaskState.BLOCKED
    assert queue.pick() is a and queue.pick() is c  # b is skipped while blocked
    queue.add(a)
    assert queue.pick() is a and queue.pick() is None


def test_kernel_log_renders_dmesg_timestamps_and_logs_once():
    from pagelab.kernel.klog import KernelLog
    now = [0]
    log = KernelLog(clock=lambda: now[0])
    log.log("boot")
    now[0] = 1_234_567_890
    log.log_once("k", "first")
    log.log_once("k", "second")
    assert log.render() == "[    0.000000] boot\n[    1.234567] first\n"
