"""Helpers for the process-area tests: build freestanding C test programs (guest/rt.h) with
riscv64-linux-gnu-gcc, run them on pagelab in-process (capturing the console) and on
qemu-riscv64 (the oracle)."""
from __future__ import annotations

import os
import resource
import subprocess
from dataclasses import dataclass
from pathlib import Path

from oracles import GNU_AS, GNU_GCC, GNU_LD, QEMU, require_tool

GUEST_DIR = Path(__file__).resolve().parent / "guest"
CFLAGS = ["-march=rv64imac", "-mabi=lp64", "-static", "-nostdlib", "-ffreestanding", "-O1",
          "-fno-builtin", "-fno-stack-protector", "-fno-pic", "-no-pie", "-g"]


def build_c(tmp_path: Path, source: str, name: str = "prog") -> Path:
    """Compile one C program (rt.h is included first) into a static RV64IMAC ELF."""
    gcc = require_tool(GNU_GCC)
    src = tmp_path / f"{name}.c"
    src.write_text('#include "rt.h"\n' + source)
    exe = tmp_path / name
    result = subprocess.run([gcc, *CFLAGS, "-I", str(GUEST_DIR), "-o", str(exe), str(src)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return exe


def build_asm(tmp_path: Path, source: str, name: str = "prog") -> Path:
    """Assemble and link one GNU-syntax assembly program."""
    gas, gld = require_tool(GNU_AS), require_tool(GNU_LD)
    src = tmp_path / f"{name}.s"
    src.write_text(source)
    obj, exe = tmp_path / f"{name}.o", tmp_path / name
    subprocess.run([gas, "-march=rv64imac", "-o", str(obj), str(src)], check=True,
                   capture_output=True)
    subprocess.run([gld, "-static", "-o", str(exe), str(obj)], check=True, capture_output=True)
    return exe


@dataclass
class Result:
    status: int           # as a shell reports it (code, or 128 + signal)
    output: bytes         # everything the guest wrote to its console (stdout and stderr)
    kernel: object = None

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", "replace")


def run_pagelab(exe: Path, args=(), extra_files=None, **config) -> Result:
    """Run `exe` as /bin/<name> on a fresh kernel; extra_files: {guest /bin name: host path}."""
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.fs.inode import MemFile, S_IFREG
    from pagelab.kernel.kernel import Kernel, KernelConfig
    captured = bytearray()
    console = Console(writer=captured.extend, reader=lambda n: b"")
    config.setdefault("mem_size", 32 << 20)
    sysctl = config.pop("sysctl", {})
    sysctl.setdefault("kernel.core_pattern", "")          # no core files unless asked for
    kernel = Kernel(KernelConfig(console=console, sysctl=sysctl, **config))
    for name, path in {exe.name: exe, **(extra_files or {})}.items():
        inode = MemFile(Path(path).read_bytes(), mode=S_IFREG | 0o755)
        inode.path = f"/bin/{name}"
        kernel.fs.bin.add(name, inode)
    kernel.spawn(f"/bin/{exe.name}", [exe.name, *args], ["PATH=/bin", "HOME=/"])
    status = kernel.run()
    return Result(status, bytes(captured), kernel)


def run_qemu(exe: Path, args=()) -> Result:
    qemu = require_tool(QEMU)

    def no_core():
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    proc = subprocess.run([qemu, str(exe), *args], capture_output=True, timeout=60,
                          cwd=exe.parent, preexec_fn=no_core,
                          env={"PATH": "/bin", "HOME": "/"})
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return Result(status, proc.stdout + proc.stderr)


__all__ = ["build_c", "build_asm", "run_pagelab", "run_qemu", "Result", "os"]
