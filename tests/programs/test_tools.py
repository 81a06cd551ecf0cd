"""The small /bin tools (cat echo head wc grep env kill sleep ls true false memhog dmesg) against
the host's GNU coreutils / grep / procps on the same input, and the /proc tools agreeing with
each other and with /proc in one live snapshot."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from userland import run_guest, sh

TEXT = (b"alpha beta\ngamma delta epsilon\n\n  spaced   words  \nfoo bar foo\nFOO upper\n"
        b"line with tab\tinside\nlast line without newline")

# command lines run by the guest tool and by the host's, on /tmp/in.txt (the same bytes)
DIFFERENTIAL = [
    "cat /tmp/in.txt", "cat /tmp/in.txt /tmp/in.txt", "cat /tmp/missing", "head /tmp/in.txt",
    "head -n 3 /tmp/in.txt", "head -2 /tmp/in.txt", "head -c 15 /tmp/in.txt",
    "head -n 1 /tmp/in.txt /tmp/in.txt", "head -n x /tmp/in.txt", "head /tmp/missing",
    "wc /tmp/in.txt", "wc -l /tmp/in.txt", "wc -w /tmp/in.txt", "wc -c /tmp/in.txt",
    "wc -lw /tmp/in.txt /tmp/in.txt", "wc /tmp/missing",
    "grep foo /tmp/in.txt", "grep -i foo /tmp/in.txt", "grep -v a /tmp/in.txt",
    "grep -c o /tmp/in.txt", "grep -n e /tmp/in.txt", "grep ^ga /tmp/in.txt",
    "grep line$ /tmp/in.txt", "grep -E fo+ /tmp/in.txt", "grep g.mma /tmp/in.txt",
    "grep [xyz] /tmp/in.txt", "grep -w foo /tmp/in.txt", "grep -F a.b /tmp/in.txt",
    "grep -l foo /tmp/in.txt /tmp/in.txt", "grep -q foo /tmp/in.txt", "grep nothing /tmp/in.txt",
    "grep foo /tmp/missing", "grep -H alpha /tmp/in.txt",
    "grep -E alpha|FOO /tmp/in.txt", "grep gamma\\|upper /tmp/in.txt",
    "grep -c -E x|y|tab /tmp/in.txt", "grep -e delta -n /tmp/in.txt",
    "echo a b  c", "echo -n x", "echo -e a\\tb\\nc", "echo -E a\\tb", "echo -", "echo -x y",
    "sleep x", "sleep", "true", "false", "ls /tmp/in.txt", "ls -d /tmp/in.txt /tmp/missing", "ls /missing",
    "env -i A=1 B=2", "env -u", "kill -l", "kill -l 9", "kill -l TERM",
    "sync", "sync /tmp/in.txt", "sync -d /tmp/in.txt", "sync -f /tmp/in.txt", "sync /tmp/missing",
    "sync -d", "sync -d -f /tmp/in.txt",
]


def _guest(command: str):
    result = run_guest(command.split(), files={"/tmp/in.txt": TEXT})
    return result.stdout, result.stderr, result.status


def _host(command: str, tmp_path):
    (tmp_path / "in.txt").write_bytes(TEXT)
    argv = command.replace("/tmp/", f"{tmp_path}/").split()
    tool = shutil.which(argv[0])
    if tool is None:
        pytest.skip(f"host has no {argv[0]}")
    result = subprocess.run([tool, *argv[1:]], capture_output=True, env={"LANG": "C", "PATH": "/usr/bin:/bin"})
    return (result.stdout.decode().replace(str(tmp_path), "/tmp"),
            result.stderr.decode().replace(str(tmp_path), "/tmp").replace(tool + ":", argv[0] + ":"),
            result.returncode)


@pytest.mark.parametrize("command", DIFFERENTIAL)
def test_tool_behaves_like_the_host_tool(command, tmp_path):
    expected = _host(command, tmp_path)
    actual = _guest(command)
    if command.startswith(("sleep", "head -n x", "env -u")):
        # GNU's usage hints quote with the locale's quotes; only the first line must agree
        assert actual[1].splitlines()[0] == expected[1].splitlines()[0]
        assert actual[2] == expected[2]
        return
    assert actual == expected


def test_ls_lists_a_directory_sorted_with_dot_files_on_request():
    result = run_guest(["ls", "-a", "/tmp"], files={"/tmp/b": b"", "/tmp/.h": b"", "/tmp/a": b""})
    assert result.stdout == ".\n..\n.h\na\nb\n"
    assert run_guest(["ls", "/tmp"], files={"/tmp/b": b"", "/tmp/.h": b""}).stdout == "b\n"


def test_kill_sends_signals_and_reports_missing_processes():
    result = sh("sleep 50 & kill $!; wait $!; echo $?; kill -9 999; echo $?; kill -s KILL $$")
    assert result.stdout == "143\n1\n"
    assert result.stderr == "kill: (999): No such process\n"
    assert result.status == 137


def test_memhog_touches_what_it_allocates_and_fails_with_enomem():
    result = sh("memhog 8; memhog 60000; echo $?", mem_size=32 << 20)
    assert result.stdout == "memhog: 8 MiB touched\n1\n"
    assert result.stderr.startswith("memhog: cannot allocate 60000 MiB: Cannot allocate memory")
    result = sh("memhog 24", mem_size=16 << 20,
                sysctl={"vm.overcommit_memory": 2})
    assert result.status == 1 and "Cannot allocate memory" in result.stderr


def test_dmesg_prints_the_kernel_log():
    result = sh("nosuchcmd 2>/dev/null; dmesg")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("[    0.000000] Linux version 6.1.0-pagelab")
    assert all(re.match(r"\[ *\d+\.\d{6}\] ", line) for line in lines)
    assert result.kernel.klog.render().startswith(result.stdout)


def _numbers(text: str, name: str) -> int:
    return int(re.search(rf"^{name}:\s+(\d+)", text, re.MULTILINE).group(1))


def test_tools_agree_with_each_other_and_with_proc_in_one_snapshot():
    """pmap -x's total RSS = VmRSS; smem's USS/PSS/RSS = smaps_rollup's sums; free's used =
    MemTotal - MemAvailable; ps's RSS = VmRSS; vmstat's free = MemFree (a stopped shell keeps
    every process still while the tools look)."""
    script = ("memhog -f 6 & sleep 1; pid=$!; "
              "cat /proc/$pid/status > /tmp/status; cat /proc/$pid/smaps_rollup > /tmp/rollup; "
              "cat /proc/meminfo > /tmp/meminfo; pmap -x $pid > /tmp/pmap; smem > /tmp/smem; "
              "free > /tmp/free; ps -o pid,rss -p $pid > /tmp/ps; vmstat > /tmp/vmstat; "
              "cat /proc/meminfo > /tmp/meminfo2; kill $pid")
    result = sh(script)
    assert result.status == 0, result.stderr
    fs = result.kernel.fs

    def read(name):
        inode = fs.lookup(f"/tmp/{name}", "/")
        return bytes(inode.data).decode()

    status, rollup, meminfo = read("status"), read("rollup"), read("meminfo")
    vm_rss = _numbers(status, "VmRSS")
    assert int(read("pmap").splitlines()[-1].split()[3]) == vm_rss
    assert int(read("ps").splitlines()[1].split()[1]) == vm_rss
    pid = read("ps").splitlines()[1].split()[0]
    smem_row = next(line for line in read("smem").splitlines() if line.split()[0] == pid)
    swap, uss, pss, rss = map(int, smem_row.split()[-4:])
    assert rss == _numbers(rollup, "Rss") == vm_rss
    assert pss == _numbers(rollup, "Pss")
    assert uss == _numbers(rollup, "Private_Clean") + _numbers(rollup, "Private_Dirty")
    mem = read("free").splitlines()[1].split()
    assert int(mem[1]) == _numbers(meminfo, "MemTotal")
    # the tools ran one after another: meminfo may move a little between them, not more
    # (each one's output file in /tmp is tmpfs: guest RAM, not available)
    used = _numbers(meminfo, "MemTotal") - _numbers(meminfo, "MemAvailable")
    assert abs(int(mem[2]) - used) <= 96
    assert abs(int(read("vmstat").splitlines()[2].split()[3]) - _numbers(read("meminfo2"), "MemFree")) <= 64


# grep's regular expressions against the host's GNU grep, on lines like /proc/vmstat's
REGEX_TEXT = (b"pswpin 0\npswpout 12\npgscan_kswapd 40\npgscan_direct 3\npgsteal_kswapd 38\n"
              b"nr_free_pages 900\nabab cd\nab\n(paren) a|b\nx+y? z*\n^caret$\nword words sword\n")

REGEX_CASES = [
    # groups and alternation, extended syntax
    ["-E", "^(pswp|pgscan|pgsteal)"], ["-E", "(pswp|pgsteal)_?(in|kswapd)"], ["-E", "(ab)+ cd"],
    ["-E", "^(ab)*$"], ["-E", "^(ab)?$"], ["-E", "^a(b|c)d?$"], ["-E", "((ps|pg)(wp|scan))_"],
    ["-E", "^((a|b)(a|b))+ "], ["-E", "free|(kswapd$)|^ab"], ["-E", "40$|^nr|cd"],
    ["-E", "(^ab$|^word)"], ["-E", "(cd$|^nr)"], ["-E", "()ab"], ["-E", "(|x)y"],
    ["-E", "(a*)*b"], ["-E", "(a|ab)(c|bcd)"], ["-E", "\\(paren\\)"], ["-E", "a\\|b"],
    ["-E", "n)"], ["-E", "x\\+y\\?"], ["-E", "^(\\^c|x)"], ["-E", "(s?w)+ords"],
    ["-E", "[(]paren[)]"], ["-Ec", "(p|n)[a-z]*_"], ["-Ei", "^(PSWP|NR)"],
    ["-Ew", "(word|sword)"], ["-Ev", "(p|a)"], ["-En", "(38|900)$"],
    # groups and alternation, basic syntax
    ["^\\(pswp\\|pgscan\\|pgsteal\\)"], ["\\(ab\\)* cd"], ["^\\(ab\\)\\+ "], ["\\(ps\\|pg\\)\\?wp"],
    ["(paren)"], ["a|b"], ["40$\\|^nr\\|\\(d\\)$"], ["x+y?"], ["z*$"], ["\\(^ab\\|^x\\)"],
    ["^\\(a\\|ps\\)\\(b\\|wp\\)$"], ["\\(*\\)"], ["^^caret"], ["caret$$"],
    ["-c", "\\(in\\|out\\) "], ["-w", "\\(word\\)"],
    # -F keeps every character literal
    ["-F", "(paren)"], ["-F", "a|b"],
    # unbalanced groups: GNU grep's message, exit status 2
    ["-E", "(a"], ["-E", "((a)"], ["-E", "a(b|c"], ["a\\)"], ["\\(a"], ["\\(\\(a\\)"],
]


@pytest.mark.parametrize("args", REGEX_CASES, ids=" ".join)
def test_grep_regex_behaves_like_gnu_grep(args, tmp_path):
    host_grep = shutil.which("grep")
    if host_grep is None:
        pytest.skip("host has no grep")
    (tmp_path / "in.txt").write_bytes(REGEX_TEXT)
    host = subprocess.run([host_grep, *args, str(tmp_path / "in.txt")], capture_output=True,
                          env={"LANG": "C", "PATH": "/usr/bin:/bin"})
    expected = (host.stdout.decode(), host.stderr.decode().replace(host_grep + ":", "grep:"),
                host.returncode)
    result = run_guest(["grep", *args, "/tmp/in.txt"], files={"/tmp/in.txt": REGEX_TEXT})
    assert (result.stdout, result.stderr, result.status) == expected
