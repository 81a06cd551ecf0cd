"""The interactive terminal: a cooked ("canonical") tty line discipline on the host's terminal.

`pagelab shell` (and `pagelab run` with no program) gives the guest this console when the host's
stdin and stdout are terminals.  The host terminal is switched to non-canonical mode without
echo (ISIG stays on, so the host's Ctrl-C still reaches pagelab, which sends SIGINT to the
guest's foreground process group); this module does what Linux's n_tty does in canonical mode:

* typed characters are echoed and collected into a line; Backspace (DEL or ^H) erases the last
  one, ^U the whole line;
* Enter ends the line: it becomes readable (a read returns at most one line);
* ^D on an empty line is end of file (the read returns 0), else it ends the line without a
  newline;
* Ctrl-C (the host's SIGINT, see `interrupted`) discards the line being typed and echoes ^C.

A read with no complete line blocks the task (WOULD_BLOCK).  The kernel calls `poll_host()`
now and then while other tasks run, and `wait_for_input()` when every task is blocked, so
typing wakes the reader -- and tasks waiting in ppoll/pselect6 (on POLL_WAITABLE), which
count as readers too (the shell waits for its input in ppoll, see programs/sh/sh.c).
ioctl: TCGETS (a canonical termios, so isatty() is true), TCSETS* (accepted), TIOCGPGRP /
TIOCSPGRP (the foreground process group), TIOCGWINSZ (the host terminal's size).
"""
from __future__ import annotations

import struct

from .. import errno as E
from . import hostfs
from .devices import Console
from .inode import POLL_WAITABLE, WOULD_BLOCK

TCGETS, TCSETS, TCSETSW, TCSETSF = 0x5401, 0x5402, 0x5403, 0x5404
TIOCGPGRP, TIOCSPGRP, TIOCGWINSZ = 0x540F, 0x5410, 0x5413
# struct termios (asm-generic): c_iflag c_oflag c_cflag c_lflag c_line c_cc[19], speeds
ICRNL, OPOST, ONLCR, CS8, CREAD, B38400 = 0o400, 0o1, 0o4, 0o60, 0o200, 0o17
ISIG, ICANON, ECHO, ECHOE, ECHOK, ECHOCTL, ECHOKE, IEXTEN = (0o1, 0o2, 0o10, 0o20, 0o40,
                                                            0o1000, 0o4000, 0o100000)
CONTROL_CHARS = bytes([3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0])
EOF_MARK = None


class TtyConsole(Console):
    """Console with a canonical line discipline over host file descriptors."""

    def __init__(self, kernel=None, host_in: int = 0, host_out: int = 1):
        super().__init__(writer=self._write_host, reader=None, host_fd=None)
        self.kernel = kernel
        self.host_in = host_in
        self.host_out = host_out
        self.lines: list = []          # complete lines (bytes) or EOF_MARK, oldest first
        self.edit = bytearray()        # the line being typed
        self.pending = b""             # the rest of a line a short read did not take
        self.foreground = 0            # TIOCSPGRP's process group (0: the first program's)
        self.saved_mode = None

    # --- the host terminal -----------------------------------------------------------------
    def raw_mode(self) -> None:
        """Non-canonical, no echo (this module echoes); ISIG and output processing stay on.
        (The host terminal is reached through kernel/fs/hostfs.py, the host boundary.)"""
        self.saved_mode = hostfs.terminal_raw(self.host_in)

    def restore_mode(self) -> None:
        if self.saved_mode is not None:
            hostfs.terminal_restore(self.host_in, self.saved_mode)
            self.saved_mode = None

    def _write_host(self, data: bytes) -> None:
        hostfs.terminal_write(self.host_out, data)

    # --- the line discipline ---------------------------------------------------------------
    def feed(self, data: bytes) -> None:
        """Characters typed on the host terminal."""
        echo = bytearray()
        for byte in data:
            if byte in (0x7F, 0x08):                   # erase
                if self.edit:
                    self.edit.pop()
                    echo += b"\b \b"
            elif byte == 0x15:                         # ^U: kill the line
                echo += b"\b \b" * len(self.edit)
                self.edit.clear()
            elif byte == 0x04:                         # ^D
                self.lines.append(bytes(self.edit) if self.edit else EOF_MARK)
                self.edit.clear()
            elif byte in (0x0A, 0x0D):                 # end of line (ICRNL)
                self.lines.append(bytes(self.edit) + b"\n")
                self.edit.clear()
                echo += b"\n"
            elif byte == 0x03:                         # ^C as a byte (ISIG off somewhere)
                self.interrupted()
                if self.kernel is not None:
                    self.kernel.host_signal = 2
            elif byte >= 0x20 or byte == 0x09:
                self.edit.append(byte)
                echo.append(byte)
        if echo:
            self._write_host(bytes(echo))
        if self.lines and self.kernel is not None:
            self._wake_readers()

    def _wake_readers(self) -> None:
        self.kernel.wake(self)
        self.kernel.wake(POLL_WAITABLE)

    def interrupted(self) -> None:
        """The terminal's Ctrl-C: the line being typed is discarded (n_tty flushes input)."""
        self.edit.clear()
        self._write_host(b"^C")

    def poll_host(self, timeout: float | None = 0) -> bool:
        """Read what the host terminal has (waiting up to `timeout` seconds; None: until
        something arrives); True if anything was read."""
        data = hostfs.terminal_read(self.host_in, timeout)
        if data is None:
            return False
        if not data:                                   # the host terminal went away: EOF
            self.lines.append(EOF_MARK)
            if self.kernel is not None:
                self._wake_readers()
            return True
        self.feed(data)
        return True

    def has_readers(self) -> bool:
        """Is a task blocked reading this terminal, or in ppoll/pselect6 (which may be
        waiting for it)?"""
        if self.kernel is None:
            return False
        return any(t.waiting_on is self or t.waiting_on == POLL_WAITABLE
                   for t in self.kernel.tasks.values() if t.alive)

    def wait_for_input(self) -> bool:
        """Every task is blocked: if one waits for this terminal, wait for the host's typing
        (True: go on running), else False (a real deadlock)."""
        if not self.has_readers():
            return False
        while not self.kernel.host_signal:              # Ctrl-C ends the wait too
            if self.poll_host(0.05):
                break
        return True

    # --- the device ------------------------------------------------------------------------
    def read(self, f, count):
        if count == 0:
            return b""
        if not self.pending and not self.lines:
            self.poll_host(0)
        if not self.pending and self.lines:
            line = self.lines.pop(0)
            if line is EOF_MARK:
                return b""
            self.pending = line
        if self.pending:
            data, self.pending = self.pending[:count], self.pending[count:]
            return data
        return WOULD_BLOCK

    def waitable(self):
        return self

    def poll(self, f) -> int:
        from .inode import POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM
        self.poll_host(0)
        mask = POLLOUT | POLLWRNORM
        if self.pending or self.lines:
            mask |= POLLIN | POLLRDNORM
        return mask

    def ioctl(self, f, request: int, arg: int) -> int:
        task = self.kernel.current if self.kernel is not None else None
        if task is None or task.mm is None:
            return -E.ENOTTY
        try:
            if request == TCGETS:
                termios_bytes = struct.pack(
                    "<4I B 19s 2I", ICRNL, OPOST | ONLCR, B38400 | CS8 | CREAD,
                    ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN, 0,
                    CONTROL_CHARS, B38400, B38400)
                task.mm.copy_out(arg, termios_bytes)
                return 0
            if request in (TCSETS, TCSETSW, TCSETSF):
                task.mm.copy_in(arg, 36)               # checked, then accepted as it is
                return 0
            if request == TIOCGPGRP:
                task.mm.copy_out(arg, struct.pack("<i", self.foreground_group()))
                return 0
            if request == TIOCSPGRP:
                self.foreground = struct.unpack("<i", task.mm.copy_in(arg, 4))[0]
                return 0
            if request == TIOCGWINSZ:
                columns, rows = hostfs.terminal_size(self.host_out)
                task.mm.copy_out(arg, struct.pack("<4H", rows, columns, 0, 0))
                return 0
        except Exception as error:                     # a bad pointer (the mm's EFault)
            if type(error).__name__ == "EFault":
                return -E.EFAULT
            raise
        return -E.ENOTTY

    def foreground_group(self) -> int:
        if self.foreground:
            return self.foreground
        first = self.kernel.first_task if self.kernel is not None else None
        return first.pgid if first is not None else 0
