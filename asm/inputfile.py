"""Reading input files for the assembler and objdump: regular files of bounded size only.

`pagelab asm /dev/zero` or `.include "/dev/zero"` would otherwise read forever, a FIFO with no
writer would block in open(), and a huge file would exhaust memory.  `read_regular_file`
opens without blocking (O_NONBLOCK, so a FIFO opens at once), refuses anything that is not a
regular file (device, FIFO, socket, directory), refuses files larger than the limit, and
turns every failure - including a NUL byte in the name - into `InputError` with a message
naming the file and the problem.  GNU as and objdump have no size limit; they simply read
(and `as /dev/zero` never finishes either).
"""
from __future__ import annotations

import errno
import os
import stat

MAX_INPUT_BYTES = 64 << 20       # one source file (also each .include) or one ELF file


class InputError(Exception):
    """A file that cannot be used as input; str() is the whole message.  `missing` is True
    when the file does not exist (an .include then tries the next directory)."""

    def __init__(self, message: str, missing: bool = False):
        super().__init__(message)
        self.missing = missing


def read_regular_file(path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The contents of the regular file `path`, at most `limit` bytes, or InputError."""
    name = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    if "\0" in name:
        raise InputError(f"{name!r}: file name contains a NUL byte")
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        if e.errno == errno.ENOENT:
            raise InputError(f"{name}: no such file", missing=True) from None
        if e.errno == errno.EISDIR:
            raise InputError(f"{name}: is a directory") from None
        raise InputError(f"{name}: cannot open: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file ({_kind(st.st_mode)})")
        if st.st_size > limit:
            raise InputError(f"{name}: file too large ({st.st_size} bytes; the limit is "
                             f"{limit})")
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:        # the file grew while we read it
                raise InputError(f"{name}: file too large (more than {limit} bytes)")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
