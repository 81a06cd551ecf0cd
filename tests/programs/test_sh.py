"""/bin/sh (programs/sh/sh.c): parsing and running against a table of command lines and what
they print; errors as bash words them; the scripted sessions of the field guide; fuzzed command
lines never crash it."""
from __future__ import annotations

import random

import pytest

from userland import run_guest, sh

# (script, expected stdout, expected status)
TABLE = [
    ("echo hello world", "hello world\n", 0),
    ("echo 'single  quoted' \"double  quoted\" plain", "single  quoted double  quoted plain\n", 0),
    ("echo a\\ b \\$HOME '$HOME' \"$HOME\"", "a b $HOME $HOME /\n", 0),
    ("echo \"a\\\"b\" 'it''s'", "a\"b its\n", 0),
    ("echo -n no newline; echo", "no newline\n", 0),
    ("false; echo $?; true; echo $?", "1\n0\n", 0),
    ("exit 3", "", 3),
    ("exit", "", 0),
    ("false; exit", "", 1),
    ("echo one; echo two ; echo three", "one\ntwo\nthree\n", 0),
    ("echo piped | cat | cat", "piped\n", 0),
    ("echo x > /tmp/f; cat /tmp/f; echo y >> /tmp/f; cat < /tmp/f", "x\nx\ny\n", 0),
    ("echo abc | wc -c", "4\n", 0),
    ("cd /proc; pwd; cd; pwd", "/proc\n/\n", 0),
    ("cd /nonexistent; echo $?", "1\n", 0),
    ("true && echo and; false && echo no; false || echo or; true || echo no", "and\nor\n", 0),
    ("! false; echo $?", "0\n", 0),
    ("X=5; echo $X ${X}x \"$X\"", "5 5x 5\n", 0),
    ("X='a   b'; echo $X; echo \"$X\"", "a b\na   b\n", 0),
    ("echo $UNSET_VAR. \"$UNSET_VAR\".", ". .\n", 0),
    ("nosuchcommand; echo $?", "127\n", 0),
    ("sleep 1 & echo started; wait $!; echo $?", "started\n0\n", 0),
    ("sh -c 'exit 7' & wait $!; echo $?", "7\n", 0),
    ("echo $#", "0\n", 0),
    ("# only a comment", "", 0),
    ("echo visible # a comment", "visible\n", 0),
    ("echo err 1>&2", "", 0),
    ("cat /nonexistent 2>/dev/null; echo $?", "1\n", 0),
    ("export GREETING=hi; env | grep GREETING", "GREETING=hi\n", 0),
    ("A=1 env | grep '^A='", "A=1\n", 0),
    ("echo a | grep -c a; echo b | grep a; echo $?", "1\n1\n", 0),
    ("kill -9 $$", "", 137),
    ("echo $0", "sh\n", 0),
    ("echo 2 > /proc/sys/vm/overcommit_memory; cat /proc/sys/vm/overcommit_memory", "2\n", 0),
]

ERRORS = [
    ("echo |", "sh: syntax error near unexpected token `newline'\n", 2),
    ("| echo", "sh: syntax error near unexpected token `|'\n", 2),
    ("echo a ;; echo b", "sh: syntax error near unexpected token `;'\n", 2),
    ("echo >", "sh: syntax error near unexpected token `newline'\n", 2),
    ("echo 'unterminated", "sh: unexpected EOF while looking for matching `''\n", 2),
    ("nosuchcommand", "sh: nosuchcommand: command not found\n", 127),
    ("cat < /nonexistent", "sh: /nonexistent: No such file or directory\n", 1),
    ("cd /nonexistent", "sh: cd: /nonexistent: No such file or directory\n", 1),
    ("exit abc", "sh: exit: abc: numeric argument required\n", 2),
    ("/proc", "sh: /proc: Permission denied\n", 126),
    ("sh -c 'kill -SEGV $$'", "Segmentation fault\n", 139),     # no core: core_pattern=""
]


@pytest.mark.parametrize("script, stdout, status", TABLE, ids=[t[0] for t in TABLE])
def test_sh_runs_the_table(script, stdout, status):
    result = sh(script)
    assert (result.stdout, result.status) == (stdout, status), result.stderr


@pytest.mark.parametrize("script, stderr, status", ERRORS, ids=[t[0] for t in ERRORS])
def test_sh_errors_are_worded_like_bash(script, stderr, status):
    result = sh(script)
    assert (result.stderr, result.status) == (stderr, status)


def test_sh_reads_a_script_file_with_arguments():
    script = b"echo script $0 $1 $2 $#\ncd /tmp\necho in && pwd\nexit 4\necho not reached\n"
    result = run_guest(["sh", "/tmp/s.sh", "one", "two"], files={"/tmp/s.sh": script})
    assert result.stdout == "script /tmp/s.sh one two 2\nin\n/tmp\n"
    assert result.status == 4


def test_sh_reads_commands_from_stdin_without_a_prompt():
    result = run_guest(["sh"], stdin=b"echo first\nread_nothing=1\necho $read_nothing\n")
    assert (result.stdout, result.stderr, result.status) == ("first\n1\n", "", 0)


def test_sh_c_takes_name_and_positional_arguments():
    result = run_guest(["sh", "-c", 'echo $0 $1 "$@"', "myname", "a", "b c"])
    assert result.stdout == "myname a a b c\n"


def test_background_jobs_get_their_own_process_group_and_pid_in_dollar_bang():
    result = sh("sleep 1 & echo $!; ps -o pid,pgid,comm | grep sleep")
    lines = result.stdout.split()
    assert lines[0] == lines[1] == lines[2] and lines[3] == "sleep", result.stdout


def test_a_run_ends_when_its_program_exits_and_kills_what_it_left(tmp_path):
    result = sh("sleep 100 & echo left", wait_all=False)
    assert result.stdout == "left\n" and result.status == 0
    assert [comm for _, comm in result.kernel.leftovers] in (["sleep"], ["sh"])
    assert result.kernel.now_ns() < 10 ** 9          # it did not wait for the sleep


def test_with_wait_all_the_run_waits_for_orphans():
    result = sh("sh -c 'sleep 1; echo late' & echo early", wait_all=True)
    assert result.stdout == "early\nlate\n" and result.kernel.leftovers == []


ALPHABET = ["echo", "cat", "x", "'", '"', "|", "||", "&", "&&", ";", "<", ">", ">>", "2>&1",
            "$", "$?", "${", "}", "\\", " ", "  ", "#", "!", "/tmp/o", "=", "A=b", "-n", "1>&",
            "exit", "cd", "wait", "\t"]


def test_fuzzed_command_lines_never_crash_the_shell():
    rng = random.Random(10)
    lines = ["".join(rng.choice(ALPHABET) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
             for _ in range(60)]
    script = "".join(f"sh -c {_quote(line)} </dev/null >/dev/null 2>&1; echo \"$?\"\n"
                     for line in lines)
    result = run_guest(["sh", "/tmp/fuzz.sh"], files={"/tmp/fuzz.sh": script.encode()},
                       wait_all=True, max_instructions=400_000_000)
    statuses = result.stdout.split()
    assert len(statuses) == len(lines), result.stderr[-500:]
    # a crash of sh would be 128 + SIGSEGV/SIGBUS/SIGILL/SIGABRT
    assert not set(statuses) & {"139", "135", "132", "134"}, list(zip(lines, statuses))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def test_dollar_dollar_is_the_shells_pid_also_in_a_child_command():
    result = sh("echo $$; sh -c 'echo $PPID_UNUSED'; cat /proc/$$/comm")
    assert result.stdout.splitlines()[::2] == ["4", "sh"]


def test_scripted_sessions_are_deterministic():
    script = "memhog -f 4 & sleep 1; ps -ef; free; vmstat 1 2; pmap -x $!; uptime; kill $!"
    first, second = sh(script), sh(script)
    assert first.stdout == second.stdout and first.stdout.count("\n") > 15
