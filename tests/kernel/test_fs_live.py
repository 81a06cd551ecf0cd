"""The file system inside a running kernel: /bin/cat (assembled from programs/cat.s) reads /proc
and files, and the numbers in different /proc files agree with each other."""
from __future__ import annotations

import shutil


def assembler_available() -> bool:
    try:
        from pagelab.asm import assemble  # noqa: F401
        return True
    except ImportError:
        return bool(shutil.which("riscv64-linux-gnu-as") and shutil.which("riscv64-linux-gnu-ld"))


def run_cat(*paths, root=None, stdin=b""):
    if not assembler_available():
        from oracles import GNU_AS, require_tool
        require_tool(GNU_AS)
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    out = bytearray()
    data = bytearray(stdin)

    def reader(n):
        chunk = bytes(data[:n])
        del data[:n]
        return chunk
    kernel = Kernel(KernelConfig(mem_size=16 << 20, root=root,
                                 console=Console(writer=out.extend, reader=reader)))
    kernel.spawn("/bin/cat", ["cat", *paths], ["PATH=/bin"])
    status = kernel.run()
    return status, out.decode("utf-8", "replace")


def test_stat_status_and_statm_agree_about_sizes():
    status, text = run_cat("/proc/self/status", "/proc/self/stat", "/proc/self/statm")
    assert status == 0
    lines = text.splitlines()
    fields = {line.split(":")[0]: line.split(":", 1)[1].strip() for line in lines if ":\t" in line}
    vmsize_kb = int(fields["VmSize"].split()[0])
    vmrss_kb = int(fields["VmRSS"].split()[0])
    stat_line = next(line for line in lines if line.startswith(fields["Pid"] + " (cat) "))
    stat = stat_line.rpartition(")")[2].split()
    assert len(stat) == 50                                   # fields 3..52
    assert int(stat[23 - 3]) == vmsize_kb * 1024             # vsize in bytes
    assert int(stat[24 - 3]) == vmrss_kb // 4                # rss in pages
    assert int(stat[10 - 3]) > 0                             # cat has taken minor faults
    statm = lines[-1].split()
    assert len(statm) == 7 and int(statm[0]) == vmsize_kb // 4


def test_proc_system_files_have_linux_headers():
    status, text = run_cat("/proc/meminfo", "/proc/vmstat", "/proc/slabinfo", "/proc/self/smaps")
    assert status == 0
    assert text.startswith("MemTotal:")
    assert "\npgfault " in text
    assert "slabinfo - version: 2.1\n" in text
    assert "\nKernelPageSize:        4 kB\n" in text


def test_same_program_same_proc_text():
    first = run_cat("/proc/self/stat", "/proc/self/maps")
    second = run_cat("/proc/self/stat", "/proc/self/maps")
    assert first == second


def test_cat_reads_a_file_from_the_host_root(tmp_path):
    (tmp_path / "notes.txt").write_text("from the host\n")
    status, text = run_cat("/notes.txt", "../../notes.txt", root=str(tmp_path))
    assert (status, text) == (0, "from the host\nfrom the host\n")


def test_cat_copies_stdin_through_the_console():
    assert run_cat(stdin=b"typed input\n") == (0, "typed input\n")


def test_proc_lists_the_running_process_and_init():
    status, text = run_cat("/proc/1/status", "/proc/4/cmdline")
    assert status == 0
    assert "Name:\tinit\n" in text
    assert text.endswith("cat\0/proc/1/status\0/proc/4/cmdline\0")


def test_cat_dev_stdin_reads_the_console():
    assert run_cat("/dev/stdin", stdin=b"through /proc/self/fd/0\n") == \
        (0, "through /proc/self/fd/0\n")


def run_c(tmp_path, source: str, name: str = "prog"):
    """Build a C program against tests/programs/c/rt.h and run it from /tmp in a fresh kernel:
    (exit status, console output)."""
    import subprocess
    from pathlib import Path
    from oracles import GNU_GCC, require_tool
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.fs.inode import S_IFREG, MemFile
    from pagelab.kernel.kernel import Kernel, KernelConfig
    gcc = require_tool(GNU_GCC)
    rt_dir = Path(__file__).resolve().parents[1] / "programs" / "c"
    src = tmp_path / f"{name}.c"
    src.write_text('#include "rt.h"\n' + source)
    exe = tmp_path / name
    subprocess.run([gcc, "-static", "-nostdlib", "-O2", "-march=rv64imac", "-mabi=lp64",
                    "-ffreestanding", "-fno-stack-protector", "-I", str(rt_dir), "-o", str(exe),
                    str(src)], check=True)
    out = bytearray()
    kernel = Kernel(KernelConfig(mem_size=16 << 20, console=Console(writer=out.extend,
                                                                    reader=lambda n: b"")))
    kernel.fs.tmp.add(name, MemFile(exe.read_bytes(), mode=S_IFREG | 0o755))
    kernel.spawn(f"/tmp/{name}", [name], [])
    return kernel.run(), out.decode()


def test_execve_of_proc_self_exe_runs_the_program_again(tmp_path):
    status, text = run_c(tmp_path, r'''
int main(int argc, char **argv)
{
    if (argc > 1) {
        print("again: ");
        print(argv[1]);
        print("\n");
        return 3;
    }
    char *args[] = {"x", "second", 0};
    char *env[] = {0};
    long r = syscall3(221, "/proc/self/exe", args, env);
    print("execve failed\n");
    return (int)-r;
}
''')
    assert (status, text) == (3, "again: second\n")


def test_pagemap_shows_which_pages_are_present(tmp_path):
    status, text = run_c(tmp_path, r'''
int main(void)
{
    char *p = sys_mmap(0, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    p[PAGE] = 1;
    p[3 * PAGE] = 1;
    long fd = sys_open("/proc/self/pagemap", O_RDONLY, 0);
    unsigned long e[4];
    sys_lseek(fd, ((unsigned long)p / PAGE) * 8, SEEK_SET);
    say("read: ", sys_read(fd, e, 32));
    for (int i = 0; i < 4; i++)
        say("present: ", (long)(e[i] >> 63));
    say("unaligned: ", sys_read(fd, e, 7));
    return 0;
}
''')
    assert status == 0
    assert text == ("read: 32\npresent: 0\npresent: 1\npresent: 0\npresent: 1\n"
                    "unaligned: -22\n")
