"""Helpers for the userland tests: run guest programs of programs/ (the libc, sh, the tools in
/bin) on a fresh pagelab kernel in-process, with stdin given and stdout / stderr captured
separately.  Programs are assembled once and cached by kernel/fs/bin.py, so a test costs the
guest's run time only."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"
GUEST_ENV = ["PATH=/bin", "HOME=/", "TERM=dumb", "LANG=C"]


@dataclass
class Result:
    status: int                  # as a shell reports it (code, or 128 + signal)
    stdout: str
    stderr: str
    kernel: object = field(default=None, repr=False)


def make_kernel(stdin: bytes = b"", **config):
    """A fresh kernel whose console reads `stdin` and captures fds 1 and 2 separately; returns
    (kernel, stdout bytearray, stderr bytearray)."""
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.kernel import Kernel, KernelConfig
    out, err = bytearray(), bytearray()
    pending = bytearray(stdin)

    def read(count):
        chunk = bytes(pending[:count])
        del pending[:count]
        return chunk

    console = Console(writer=out.extend, reader=read)
    config.setdefault("mem_size", 32 << 20)
    sysctl = config.pop("sysctl", {})
    sysctl.setdefault("kernel.core_pattern", "")
    kernel = Kernel(KernelConfig(console=console, sysctl=sysctl, **config))
    kernel.fs.console_err = Console(writer=err.extend, reader=read)
    return kernel, out, err


def run_guest(argv: list, stdin: bytes = b"", files: dict | None = None, **config) -> Result:
    """Run argv[0] (a /bin name, or a host .s file of programs/ linked like /bin's) on a fresh
    kernel.  files: {guest path in /tmp: bytes} created before the run."""
    from pagelab.kernel.fs import bin as guest_bin
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    kernel, out, err = make_kernel(stdin, **config)
    program = argv[0]
    if program.endswith(".s"):
        source = Path(program)
        inode = MemFile(guest_bin.build(source), mode=S_IFREG | 0o755)
        inode.path = f"/bin/{source.stem}"
        kernel.fs.bin.add(source.stem, inode)
        path, argv = f"/bin/{source.stem}", [source.stem, *argv[1:]]
    else:
        path = program if program.startswith("/") else f"/bin/{program}"
    for name, data in (files or {}).items():
        write_guest_file(kernel, name, data)
    kernel.spawn(path, argv, GUEST_ENV)
    status = kernel.run()
    return Result(status, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), kernel)


def write_guest_file(kernel, path: str, data: bytes) -> None:
    """Create a file in the guest's /tmp (tmpfs) before the run."""
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    directory, _, name = path.rpartition("/")
    parent = kernel.fs.lookup(directory or "/", "/")
    assert not isinstance(parent, int), f"no directory {directory}"
    inode = MemFile(bytes(data), mode=S_IFREG | 0o644)
    inode.path = path
    parent.add(name, inode)


def sh(script: str, stdin: bytes = b"", **config) -> Result:
    """`sh -c SCRIPT` in the guest."""
    return run_guest(["sh", "-c", script], stdin=stdin, **config)
