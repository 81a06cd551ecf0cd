"""`pagelab shell` on a pseudo-terminal, driven as a user would: the prompt, line editing
(Backspace, ^U), Ctrl-C to the foreground job and at the prompt, Ctrl-D to leave, background
jobs, and the host terminal's mode restored afterwards.  (kernel/fs/tty.py is the cooked
terminal.)"""
from __future__ import annotations

import os
import pty
import re
import select
import sys
import termios
import time

import pytest

TIMEOUT = 90


class Session:
    def __init__(self, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:                                   # the child: pagelab on the pty
            os.execv(sys.executable, [sys.executable, "-m", "pagelab", "shell", *args])
        self.seen = b""

    def expect(self, text: bytes, timeout: float = TIMEOUT) -> bytes:
        """Read until `text` appears; returns everything read before it (and consumes it)."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out waiting for {text!r}; got {self.seen!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"pagelab ended before {text!r}; got {self.seen!r}")
                self.seen += chunk
        before, _, self.seen = self.seen.partition(text)
        return before

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def finish(self) -> int:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    self.seen += os.read(self.fd, 4096)
                except OSError:
                    pass
        os.kill(self.pid, 9)
        raise AssertionError("pagelab shell did not exit")


@pytest.fixture
def session():
    s = Session()
    yield s
    try:
        os.kill(s.pid, 9)
        os.waitpid(s.pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def test_interactive_shell_edits_lines_runs_jobs_and_ends_with_ctrl_d(session):
    session.expect(b"$ ")
    session.send(b"echo hellx\x7fo  world\r")              # Backspace erases the x
    session.expect(b"hello world\r\n")
    session.expect(b"$ ")
    session.send(b"garbage\x15echo killed line\r")          # ^U kills the typed line
    session.expect(b"killed line\r\n")
    session.expect(b"$ ")
    session.send(b"cat\r")                                  # a foreground job reading the tty
    session.send(b"to cat\r")
    session.expect(b"to cat\r\nto cat\r\n")                 # the echo, then cat's copy
    session.send(b"\x03")                                   # Ctrl-C: SIGINT to cat
    session.expect(b"$ ")
    session.send(b"echo $?\r")
    session.expect(b"130\r\n")
    session.expect(b"$ ")
    session.send(b"half typed\x03")                         # Ctrl-C at the prompt: new line
    session.expect(b"^C")
    session.expect(b"$ ")
    session.send(b"memhog -f 4 &\r")
    session.expect(b"$ ")
    session.send(b"ps -o pid,stat,rss,comm\r")
    listing = session.expect(b"$ ")
    assert re.search(rb"\n +\d+ S +\d+ memhog\r\n", listing), listing
    session.send(b"\x04")                                   # Ctrl-D: end of input
    session.expect(b"exit\r\n")
    assert session.finish() == 0
    assert b"killed (SIGKILL) what it left running" in session.seen


def test_host_terminal_mode_is_restored_and_exit_status_passed_on(session):
    session.expect(b"$ ")
    during = termios.tcgetattr(session.fd)
    assert not during[3] & termios.ECHO and not during[3] & termios.ICANON   # raw while running
    session.send(b"exit 5\r")
    pid, raw = os.waitpid(session.pid, 0)
    assert os.waitstatus_to_exitcode(raw) == 5
    after = termios.tcgetattr(session.fd)
    assert after[3] & termios.ICANON and after[3] & termios.ECHO


def test_run_without_a_program_reads_commands_from_a_pipe_and_reports_leftovers():
    import subprocess
    result = subprocess.run([sys.executable, "-m", "pagelab", "run"], input=b"memhog -f 1 &\n"
                            b"echo from the pipe\n", capture_output=True, timeout=TIMEOUT)
    assert result.stdout.endswith(b"from the pipe\n")
    assert result.returncode == 0
    assert b"pagelab run: sh exited; killed (SIGKILL) what it left running: 5 (" in result.stderr
