"""The cooked terminal's line discipline (kernel/fs/tty.py) without a real terminal: what a read
returns after given keystrokes, and the echo the user sees."""
from __future__ import annotations

import os

from pagelab.kernel.fs.inode import WOULD_BLOCK
from pagelab.kernel.fs.tty import TtyConsole


def make_tty():
    read_end, write_end = os.pipe()              # "host terminal" input we control
    echo_read, echo_write = os.pipe()
    tty = TtyConsole(kernel=None, host_in=read_end, host_out=echo_write)
    return tty, write_end, echo_read


def echo_of(fd) -> bytes:
    os.set_blocking(fd, False)
    try:
        return os.read(fd, 4096)
    except BlockingIOError:
        return b""


def test_a_read_waits_for_a_whole_line_and_returns_one_line_at_a_time():
    tty, keys, echo = make_tty()
    assert tty.read(None, 100) is WOULD_BLOCK
    os.write(keys, b"abc")
    assert tty.read(None, 100) is WOULD_BLOCK          # no Enter yet
    os.write(keys, b"\rsecond\n")
    assert tty.read(None, 100) == b"abc\n"
    assert tty.read(None, 3) == b"sec"                  # a short read leaves the rest
    assert tty.read(None, 100) == b"ond\n"
    assert echo_of(echo) == b"abc\nsecond\n"


def test_backspace_and_kill_line_edit_before_the_program_sees_the_line():
    tty, keys, echo = make_tty()
    os.write(keys, b"ecxx\x7f\x08ho hi\x15echo ok\r")
    assert tty.read(None, 100) == b"echo ok\n"
    assert echo_of(echo) == b"ecxx\b \b\b \bho hi" + b"\b \b" * 7 + b"echo ok\n"


def test_ctrl_d_is_end_of_file_on_an_empty_line_and_ends_a_partial_line():
    tty, keys, _ = make_tty()
    os.write(keys, b"part\x04\x04")
    assert tty.read(None, 100) == b"part"
    assert tty.read(None, 100) == b""                   # end of file
    assert tty.read(None, 100) is WOULD_BLOCK


def test_ctrl_c_discards_the_line_being_typed():
    tty, keys, echo = make_tty()
    os.write(keys, b"half")
    tty.poll_host(0)
    tty.interrupted()
    os.write(keys, b"new\r")
    assert tty.read(None, 100) == b"new\n"
    assert echo_of(echo) == b"half^Cnew\n"


def test_the_host_terminal_going_away_is_end_of_file():
    tty, keys, _ = make_tty()
    os.close(keys)
    assert tty.read(None, 100) == b""
