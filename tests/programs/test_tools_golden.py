"""The /bin tools print what procps-ng 4 / util-linux print for the same /proc.

For every snapshot in tests/programs/golden/ (a guest's /proc captured while programs ran, see
procsnap.py) and every command snapshots.SCENARIOS lists for it, `<command>.out` holds the real tool's
output and exit status, made once by make_golden.py.  Here the snapshot becomes the guest's
/proc and pagelab's tool of the same name must print exactly that (stdout and stderr together,
as the golden file has them) and exit the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))

from procsnap import GOLDEN, load, mount_snapshot, self_pid  # noqa: E402
from snapshots import SCENARIOS  # noqa: E402
from userland import GUEST_ENV, make_kernel  # noqa: E402
from make_golden import guest_now, out_name  # noqa: E402
from pagelab.kernel.kernel import REALTIME_EPOCH_NS  # noqa: E402  # noqa: E402

CASES = [(name, command) for name, scenario in SCENARIOS.items() for command in scenario[3]]


def run_on_snapshot(folder: Path, command: str):
    """The guest tool with the snapshot as /proc; returns (stdout + stderr, exit status)."""
    kernel, out, err = make_kernel()
    mount_snapshot(kernel, load(folder), self_pid(folder))
    # the guest's clock at the snapshot's time (boot + uptime), as the real tool's was set
    boot = kernel.now_ns()
    kernel.charge(max(0, (guest_now(folder) - REALTIME_EPOCH_NS // 10 ** 9) * 10 ** 9 - boot))
    argv = command.split()
    kernel.spawn(f"/bin/{argv[0]}", argv, GUEST_ENV)
    status = kernel.run()
    return bytes(out + err), status


@pytest.mark.parametrize("name, command", CASES, ids=[f"{n}:{c}" for n, c in CASES])
def test_tool_prints_what_the_real_tool_prints(name, command):
    folder = GOLDEN / name
    golden = (folder / out_name(command)).read_bytes()
    text, _, status_line = golden.rstrip(b"\n").rpartition(b"\n")
    expected_status = int(status_line.split()[-1].rstrip(b"]"))
    output, status = run_on_snapshot(folder, command)
    assert output.decode() == (text + b"\n" if text else b"").decode()
    assert status == expected_status
