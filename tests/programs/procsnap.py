"""Snapshots of a guest's /proc, for the golden tests of the /bin tools.

A snapshot is a folder `tests/programs/golden/<name>/proc/...` holding the text of the /proc
files the tools read, captured from a running pagelab guest (`capture`).  The same folder is:
* mounted over the host's /proc in a private mount namespace, where the real procps-ng /
  util-linux tool prints the golden text (`tests/programs/golden/make_golden.py`, run once by a
  developer; the outputs are committed beside the snapshot), and
* mounted as the guest's /proc (`mount_snapshot`), where pagelab's tool of the same name must
  print exactly that text.
So both tools read byte-identical input, and the comparison does not depend on the kernel's
/proc renderers staying the same (their own tests check those).
"""
from __future__ import annotations

from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
SYSTEM_FILES = ["meminfo", "vmstat", "stat", "uptime", "loadavg", "slabinfo", "swaps", "version",
                "buddyinfo", "zoneinfo", "cpuinfo", "sys/kernel/pid_max", "sys/kernel/osrelease",
                "sys/vm/overcommit_memory", "sys/vm/swappiness", "sys/vm/min_free_kbytes",
                "sys/vm/overcommit_ratio"]
PID_FILES = ["stat", "statm", "status", "cmdline", "comm", "maps", "smaps", "smaps_rollup",
             "environ"]


def _read(kernel, path: str):
    f = kernel.fs.open_path(path)
    if isinstance(f, int):
        return None
    data = b""
    while True:
        chunk = f.inode.read(f, 1 << 20)
        if isinstance(chunk, int) or not chunk:
            return data
        data += bytes(chunk)


def capture(kernel) -> dict:
    """{path relative to /proc: bytes} of a halted kernel's /proc."""
    files = {}
    for name in SYSTEM_FILES:
        data = _read(kernel, f"/proc/{name}")
        if data is not None:
            files[name] = data
    for pid in sorted(p for p in kernel.tasks if kernel.tasks[p].alive or p == 1):
        for name in PID_FILES:
            data = _read(kernel, f"/proc/{pid}/{name}")
            if data is not None:
                files[f"{pid}/{name}"] = data
    return files


SELF = "self"      # /proc/self: a symlink to the first program's pid (procps insists on it)


def save(files: dict, folder: Path) -> None:
    for name, data in files.items():
        path = folder / "proc" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    pids = sorted(int(name.split("/")[0]) for name in files if name.split("/")[0].isdigit())
    link = folder / "proc" / SELF
    if pids and not link.is_symlink():
        link.symlink_to(str(pids[0]))


def load(folder: Path) -> dict:
    root = folder / "proc"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and SELF not in p.relative_to(root).parts}


def self_pid(folder: Path) -> str:
    return (folder / "proc" / SELF).readlink().name


def proc_order(names) -> list:
    """Linux's readdir order of /proc: the fixed entries first, then the pids, ascending."""
    return sorted(names, key=lambda n: (n.isdigit(), int(n) if n.isdigit() else 0, n))


def mount_snapshot(kernel, files: dict, self_target: str) -> None:
    """Make `files` the guest's /proc (a plain in-memory tree), its entries in /proc's order."""
    from pagelab.kernel.fs.inode import MemDirectory, MemFile, MemSymlink, S_IFDIR, S_IFREG
    root = MemDirectory(mode=S_IFDIR | 0o555)
    tops = proc_order({name.split("/")[0] for name in files} | {SELF})
    for top in tops:
        if top == SELF:
            root.add(SELF, MemSymlink(self_target))
        for name in sorted((n for n in files if n.split("/")[0] == top),
                           key=lambda n: n.split("/")):
            directory = root
            *parents, leaf = name.split("/")
            for part in parents:
                found = directory.lookup(part)
                if found is None:
                    found = directory.add(part, MemDirectory(mode=S_IFDIR | 0o555))
                directory = found
            directory.add(leaf, MemFile(files[name], mode=S_IFREG | 0o444))
    kernel.fs.root.mounts["proc"] = root
