"""The panel's demo programs (programs/panel/): what their headers promise."""
from __future__ import annotations

import re
from pathlib import Path

from pagelab.tools import run as runcli

PROGRAMS = Path(__file__).resolve().parents[2] / "programs" / "panel"


def run(capsys, *args):
    capsys.readouterr()
    status = runcli.main(["--mem", "16M", "--stats", *args])
    out, err = capsys.readouterr()
    stats = dict(re.findall(r"pagelab: (\S+) (\d+)\n", err))
    return status, out, err, stats


def test_tlb_demo_same_output_different_tlb_misses(capsys):
    status, out, _, friendly = run(capsys, str(PROGRAMS / "tlb.s"), "friendly")
    assert status == 0 and out == "friendly: 32768 loads over 512 pages, sum 0\n"
    status, out, _, thrash = run(capsys, str(PROGRAMS / "tlb.s"), "thrash")
    assert status == 0 and out == "thrash: 32768 loads over 512 pages, sum 0\n"
    assert int(friendly["dtlb.load.misses"]) < 1000          # about one per page
    assert int(thrash["dtlb.load.misses"]) > 32000           # about one per load


def test_oom_demo_is_killed_after_12_mib(capsys):
    status, out, err, _ = run(capsys, str(PROGRAMS / "oom.s"))
    assert status == 137 and "Killed" in err
    assert out == "touched 4 MiB\ntouched 8 MiB\ntouched 12 MiB\n"


def test_oom_demo_survives_with_swap(capsys):
    status, out, err, stats = run(capsys, "--swap", "64M", str(PROGRAMS / "oom.s"))
    assert status == 0 and "Killed" not in err
    assert out == "".join(f"touched {n} MiB\n" for n in range(4, 65, 4))
