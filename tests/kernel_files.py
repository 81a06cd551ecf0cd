"""Reading and writing a booted kernel's files (/proc, /sys, ...) from a test, through its VFS:
what a guest's open + read/write would see, without running a guest."""
from __future__ import annotations

from pagelab.kernel.fs.file import O_RDONLY, O_WRONLY


def read(kernel, path: str) -> str:
    """The text of `path` (the test fails if it cannot be opened)."""
    f = kernel.fs.open_path(path, flags=O_RDONLY)
    assert not isinstance(f, int), (path, f)
    return bytes(f.inode.read(f, 1 << 16)).decode()


def write(kernel, path: str, text: str) -> int:
    """Write `text` to `path` in one write: its result (bytes written or -errno), or the open's
    -errno."""
    f = kernel.fs.open_path(path, flags=O_WRONLY)
    if isinstance(f, int):
        return f
    return f.inode.write(f, text.encode())
