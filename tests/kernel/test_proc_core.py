"""Fatal signals: the kernel log line, ELF core files that gdb-multiarch reads, RLIMIT_CORE,
and what `pagelab run` prints and returns."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from oracles import GDB, require_tool
from proc_harness import build_c, run_pagelab

CRASH = r"""
unsigned char marker[4] = { 0xde, 0xad, 0xbe, 0xef };
int main(int argc, char **argv, char **envp) {
    if (argc > 1) {                                  /* RLIMIT_CORE = 0: no core file */
        unsigned long zero[2] = { 0, 0 };
        kv("prlimit", sys4(SYS_prlimit64, 0, 4, zero, 0));
    }
    out("crashing\n");
    asm volatile("li t0, 0x1234\n li t1, 0x10\n .globl crash_here\n crash_here:\n"
                 " .option push\n .option norvc\n sw t0, 0(t1)\n .option pop" ::: "t0", "t1");
    return 0;
}
"""


def test_a_segfault_logs_the_riscv_line_and_dumps_a_core_gdb_can_read(tmp_path):
    gdb = require_tool(GDB)
    exe = build_c(tmp_path, CRASH, "crash")
    ours = run_pagelab(exe, sysctl={"kernel.core_pattern": "core.%p"}, core_dir=str(tmp_path))
    assert ours.status == 139
    assert ours.kernel.exited[0]["status"] == 0x8B              # WCOREDUMP set
    log = "\n".join(ours.kernel.klog.lines())
    match = re.search(r"crash\[4\]: unhandled signal 11 code 0x1 at 0x0000000000000010 "
                      r"in crash\[([0-9a-f]+),10000\+([0-9a-f]+)\]", log)
    assert match, log
    assert "epc : " in log and " ra : " in log and "cause: 000000000000000f" in log
    core_file = tmp_path / "core.4"
    assert core_file.is_file()
    result = subprocess.run([gdb, "-nx", "-batch", "-ex", "info registers pc",
                             "-ex", "print $pc == (long)&crash_here",
                             "-ex", "info registers t0", "-ex", "x/4xb &marker",
                             str(exe), str(core_file)],
                            capture_output=True, text=True, timeout=60)
    text = result.stdout
    assert re.search(r"pc\s+0x101", text), text + result.stderr
    assert "$1 = 1" in text, text
    assert re.search(r"t0\s+0x1234", text), text
    assert re.search(r"0xde\s+0xad\s+0xbe\s+0xef", text), text
    assert "signal SIGSEGV" in text + result.stderr


def test_rlimit_core_zero_means_no_core_file(tmp_path):
    exe = build_c(tmp_path, CRASH, "crash")
    ours = run_pagelab(exe, args=["nocore"], sysctl={"kernel.core_pattern": "core"},
                       core_dir=str(tmp_path))
    assert "prlimit=0" in ours.text
    assert ours.status == 139
    assert ours.kernel.exited[0]["status"] == 0x0B             # no WCOREDUMP bit
    assert not (tmp_path / "core").exists()


def pagelab_cli(tmp_path, *argv):
    return subprocess.run([sys.executable, "-m", "pagelab", "run", *argv], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)


def test_pagelab_run_prints_the_shell_message_and_leaves_core_in_the_core_dir(tmp_path):
    exe = build_c(tmp_path, CRASH, "crash")
    result = pagelab_cli(tmp_path, "--core-dir", ".", "./crash")
    assert result.returncode == 139
    assert result.stdout == "crashing\n"
    assert result.stderr.strip().endswith("Segmentation fault (core dumped)")
    assert "Traceback" not in result.stderr
    assert (tmp_path / "core").is_file()
    assert exe.is_file()


def test_pagelab_run_reports_missing_and_malformed_programs(tmp_path):
    (tmp_path / "bad.elf").write_bytes(b"\x7fELF" + bytes(60))
    result = pagelab_cli(tmp_path, "no-such-program")
    assert result.returncode == 1 and "No such file" in result.stderr
    result = pagelab_cli(tmp_path, "bad.elf")
    assert result.returncode == 1 and "bad.elf" in result.stderr
    assert "Traceback" not in result.stderr


def test_pagelab_run_passes_arguments_and_exit_status_and_prints_stats(tmp_path):
    build_c(tmp_path, "int main(int c, char **v, char **e) { out(v[1]); out(\"\\n\"); "
                      "return c; }", "args")
    result = pagelab_cli(tmp_path, "--stats", "--mem", "16M", "./args", "hello", "x")
    assert result.returncode == 3
    assert result.stdout == "hello\n"
    assert re.search(r"pagelab: instructions \d+", result.stderr)
    assert re.search(r"pagelab: pid 4 \(args\) min_flt \d+ maj_flt \d+", result.stderr)


def test_pagelab_run_max_instructions_gives_status_124(tmp_path):
    build_c(tmp_path, "int main(int c, char **v, char **e) { for (;;) {} }", "spin")
    result = pagelab_cli(tmp_path, "--max-instructions", "100000", "./spin")
    assert result.returncode == 124
    assert "--max-instructions" in result.stderr
    assert os.listdir(tmp_path)


def test_ctrl_c_sends_sigint_to_the_guest_and_pagelab_exits_130(tmp_path):
    import signal
    build_c(tmp_path, 'int main(int c, char **v, char **e) { out("spinning\\n"); for (;;) {} }',
            "spin")
    proc = subprocess.Popen([sys.executable, "-m", "pagelab", "run", "./spin"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "spinning\n"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 130
        assert "Traceback" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()


def test_pagelab_run_finds_guest_programs_by_absolute_path_and_by_name(tmp_path):
    result = pagelab_cli(tmp_path, "/bin/hello")
    assert (result.returncode, result.stdout) == (0, "Hello, world!\n"), result.stderr
    result = pagelab_cli(tmp_path, "hello")
    assert (result.returncode, result.stdout) == (0, "Hello, world!\n"), result.stderr


def test_pagelab_run_assembles_s_files_and_reports_assembly_errors(tmp_path):
    (tmp_path / "bad.s").write_text("_start:\n  addd a0, a0, a1\n")
    result = pagelab_cli(tmp_path, "bad.s")
    assert result.returncode == 1
    assert "bad.s:2:" in result.stderr and "error" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "ok.s").write_text(".globl _start\n_start:\n li a0, 7\n li a7, 94\n ecall\n")
    assert pagelab_cli(tmp_path, "ok.s").returncode == 7


def test_pagelab_run_strace_shows_calls_and_errno_names(tmp_path):
    build_c(tmp_path, 'int main(int c, char **v, char **e) { sys1(SYS_brk, 0); '
                      'sys3(SYS_execve, "/nope", 0, 0); return 0; }', "traced")
    result = pagelab_cli(tmp_path, "--strace", "./traced")
    assert result.returncode == 0
    assert re.search(r"^\[4\] execve\(0x[0-9a-f]+, 0, 0, .*\) = -1 ENOENT$", result.stderr,
                     re.MULTILINE), result.stderr
    assert re.search(r"^\[4\] exit_group\(0, .*\) = \?$", result.stderr, re.MULTILINE)
