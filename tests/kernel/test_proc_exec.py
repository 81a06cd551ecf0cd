"""execve: the start-up stack (argv, envp, auxv as Linux lays them out), exec errors, and the
process after exec (same pid, fault counters kept, caught signals reset)."""
from __future__ import annotations

from proc_harness import build_c, run_pagelab, run_qemu

SHOW = r"""
extern char _start[];
static unsigned long aux(unsigned long *auxv, unsigned long type) {
    for (; auxv[0]; auxv += 2) if (auxv[0] == type) return auxv[1];
    return 0xdead;
}
int main(int argc, char **argv, char **envp) {
    kv("argc", argc);
    for (int i = 0; i < argc; i++) { out("argv: '"); out(argv[i]); out("'\n"); }
    kv("argv_null", argv[argc] == 0);
    int n = 0;
    for (; envp[n]; n++) { out("envp: '"); out(envp[n]); out("'\n"); }
    unsigned long *auxv = (unsigned long *)(envp + n + 1);
    kv("sp_aligned", ((unsigned long)(argv - 1) & 15) == 0);
    kv("pagesz", aux(auxv, 6));
    kv("phent", aux(auxv, 4));
    kv("phnum_matches", aux(auxv, 5) == *(unsigned short *)(0x10000 + 56));
    unsigned int *phdr = (unsigned int *)aux(auxv, 3);
    kv("phdr_is_the_program_headers", phdr == (unsigned int *)(0x10000 + 64) && phdr[0] != 0);
    kv("entry_is_start", aux(auxv, 9) == (unsigned long)_start);
    kv("clktck", aux(auxv, 17));
    kv("secure", aux(auxv, 23));
    kv("uid", aux(auxv, 11));
    unsigned char *random = (unsigned char *)aux(auxv, 25);
    kv("random_readable", random[0] + random[15] >= 0);
    out("execfn: '"); out((char *)aux(auxv, 31)); out("'\n");
    if (argc > 1 && seq(argv[1], "auxv"))
        kv("hwcap", aux(auxv, 16)), kv("has_vdso", aux(auxv, 33) != 0xdead),
        kv("minsigstksz", aux(auxv, 51));
    return 3;
}
"""

RUNNER = r"""
static void on_usr1(int sig) { }
int main(int argc, char **argv, char **envp) {
    sigaction_(10, on_usr1, 0);
    char *args[] = { "show", "two words", "", 0 };
    char *env[] = { "K=V", "EMPTY=", 0 };
    kv("enoent", sys3(SYS_execve, "/bin/nothing-here", args, env));
    kv("efault_path", sys3(SYS_execve, 16, args, env));
    kv("efault_argv", sys3(SYS_execve, "/bin/show", 16, env));
    kv("eacces_dir", sys3(SYS_execve, "/bin", args, env));
    kv("enoexec", sys3(SYS_execve, "/bin/junk", args, env));
    long pid = sys0(SYS_getpid);
    long child = fork_();
    if (child == 0) {
        sys3(SYS_execve, "/bin/show", args, env);
        exit_(99);
    }
    int status;
    wait_(child, &status, 0);
    kv("show_status", status >> 8);
    return 0;
}
"""


def test_execve_builds_argv_envp_and_auxv_as_linux_does(tmp_path):
    show = build_c(tmp_path, SHOW, "show")
    runner = build_c(tmp_path, RUNNER, "runner")
    junk = tmp_path / "junk"
    junk.write_bytes(b"this is not an ELF file\n")
    ours = run_pagelab(runner, extra_files={"show": show, "junk": junk})
    assert ours.status == 0, ours.text
    assert ours.text.splitlines() == [
        "enoent=-2", "efault_path=-14", "efault_argv=-14", "eacces_dir=-13", "enoexec=-8",
        "argc=3", "argv: 'show'", "argv: 'two words'", "argv: ''", "argv_null=1",
        "envp: 'K=V'", "envp: 'EMPTY='", "sp_aligned=1", "pagesz=4096", "phent=56",
        "phnum_matches=1", "phdr_is_the_program_headers=1", "entry_is_start=1", "clktck=100",
        "secure=0", "uid=0", "random_readable=1", "execfn: '/bin/show'", "show_status=3"]


def test_the_first_program_sees_the_same_argv_and_envp_as_under_qemu(tmp_path):
    show = build_c(tmp_path, SHOW, "show")
    ours = run_pagelab(show, args=["one", "two"])
    theirs = run_qemu(show, args=["one", "two"])
    assert ours.status == theirs.status == 3

    def argv_envp(text):
        return [line for line in text.splitlines() if line.startswith(("argc", "argv", "envp"))
                and not line.startswith("argv: '/") and "show'" not in line]
    # qemu-riscv64 passes the host environment in its own order
    assert sorted(argv_envp(ours.text)) == sorted(argv_envp(theirs.text))
    assert [line for line in argv_envp(ours.text) if line.startswith("envp")] == [
        "envp: 'PATH=/bin'", "envp: 'HOME=/'"]


def test_auxv_has_hwcap_vdso_and_signal_stack_size(tmp_path):
    show = build_c(tmp_path, SHOW, "show")
    ours = run_pagelab(show, args=["auxv"])
    lines = ours.text.splitlines()
    assert "hwcap=4357" in lines            # 0x1105: i, m, a, c
    assert "has_vdso=1" in lines
    assert "minsigstksz=1088" in lines


def test_exec_sets_comm_and_keeps_the_forked_pid(tmp_path):
    show = build_c(tmp_path, SHOW, "show")
    runner = build_c(tmp_path, RUNNER, "runner")
    junk = tmp_path / "junk"
    junk.write_bytes(b"#!/bin/sh\n")
    ours = run_pagelab(runner, extra_files={"show": show, "junk": junk})
    records = {r["comm"]: r for r in ours.kernel.exited}
    assert "show" in records and records["show"]["status"] == 3 << 8
    assert records["show"]["min_flt"] > 0
    # comm follows the executed file; the pid stays the forked child's
    pids = {r["comm"]: r["pid"] for r in ours.kernel.exited}
    assert pids["show"] == pids["runner"] + 1
