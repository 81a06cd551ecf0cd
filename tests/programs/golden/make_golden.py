"""Regenerate the golden snapshots and outputs (a developer runs this once; the results are
committed).  Needs root (unshare), procps-ng 4 and util-linux:

    .venv/bin/python tests/programs/golden/make_golden.py [--recapture]

For each scenario of snapshots.py: capture the guest's /proc into <name>/proc/ (only with
--recapture or when missing), then run every command of COMMANDS with that tree bind-mounted
over /proc in a private mount and PID namespace (the tool is pid 1 there, so its own
/proc/<pid> is the guest's init), TZ=UTC LANG=C COLUMNS=80 and the clock set to the guest's (faketime), and keep its stdout + stderr and
exit status in <name>/<command>.out.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# libfaketime (Debian package faketime), preloaded rather than through the `faketime` wrapper so
# the tool itself stays pid 1 of its namespace
FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
sys.path.insert(0, str(HERE.parent))

from procsnap import capture, proc_order, save  # noqa: E402
from snapshots import SCENARIOS  # noqa: E402
from userland import GUEST_ENV, make_kernel  # noqa: E402


def out_name(command: str) -> str:
    return command.replace(" ", "_").replace("/", "%") + ".out"


def capture_scenario(name: str) -> None:
    script, config, extra, _ = SCENARIOS[name]
    kernel, _, _ = make_kernel(wait_all=True, **config)
    kernel.spawn("/bin/sh", ["sh", "-c", script], GUEST_ENV)
    kernel.run()
    assert kernel.halt_reason == "deadlock", kernel.halt_reason
    folder = HERE / name
    shutil.rmtree(folder / "proc", ignore_errors=True)
    files = capture(kernel)
    files.update({path: text.encode() for path, text in extra.items()})
    save(files, folder)


def guest_now(folder: Path) -> int:
    """The guest's wall clock when the snapshot was taken: boot time + uptime (whole seconds;
    faketime sets the real tool's clock to it, so STIME, TIME and uptime agree)."""
    stat = (folder / "proc" / "stat").read_text()
    btime = int(next(line.split()[1] for line in stat.splitlines() if line.startswith("btime")))
    uptime = float((folder / "proc" / "uptime").read_text().split()[0])
    return btime + int(uptime)


def copy_commands(source: Path, target: str, top: bool = True) -> list:
    """Shell commands that copy `source` into `target` on a tmpfs so that readdir lists every
    directory in /proc's order: tmpfs lists the newest entry first, so entries are created in
    reverse (/proc's own order at the top: fixed files, then pids ascending; names sorted
    below, as /proc/sys lists them)."""
    names = [p.name for p in source.iterdir()]
    ordered = proc_order(names) if top else sorted(names)
    commands = []
    for name in reversed(ordered):
        path = source / name
        if path.is_symlink():
            commands.append(f"ln -s {shlex.quote(os.readlink(path))} {target}/{name}")
        elif path.is_dir():
            commands.append(f"mkdir {target}/{name}")
            commands += copy_commands(path, f"{target}/{name}", top=False)
        else:
            commands.append(f"cp {shlex.quote(str(path))} {target}/{name}")
    return commands


def run_real(folder: Path, command: str) -> bytes:
    """The real tool on the snapshot, copied into a tmpfs mounted over /proc (see
    copy_commands), as pid 1 of a new PID namespace, with the clock at the guest's."""
    now = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(guest_now(folder)))
    copies = " && ".join(copy_commands(folder / "proc", "/tmp/snapshot-proc"))
    script = (f"mkdir -p /tmp/snapshot-proc && mount -t tmpfs snap /tmp/snapshot-proc && "
              f"{copies} && mount --bind /tmp/snapshot-proc /proc && "
              f"exec env -i TZ=UTC LANG=C COLUMNS=80 PATH=/usr/bin:/bin:/usr/sbin:/sbin "
              f"LD_PRELOAD={FAKETIME_LIB} FAKETIME='@{now}' {command}")
    result = subprocess.run(["unshare", "-m", "-p", "-f", "sh", "-c", script],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return result.stdout + f"[exit status {result.returncode}]\n".encode()


def main(argv) -> int:
    for name in SCENARIOS:
        folder = HERE / name
        if "--recapture" in argv or not (folder / "proc").is_dir():
            capture_scenario(name)
        for command in SCENARIOS[name][3]:
            (folder / out_name(command)).write_bytes(run_real(folder, command))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
