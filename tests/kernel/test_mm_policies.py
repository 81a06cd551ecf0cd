"""The opt replacement policy (Belady's, from a recorded reference trace) and --opt-trace."""
import os
import subprocess
import sys

import pytest

from pagelab.kernel.mm.vmscan import ReferenceRecorder, ReferenceTrace, TraceError
from pagelab.kernel.policy import describe, policy_class

WORKLOAD = os.path.join(os.path.dirname(__file__), "..", "..", "programs", "pressure",
                        "workload.s")


def test_opt_is_registered_and_listed():
    assert policy_class("replacement", "opt").policy_name == "opt"
    assert "replacement=opt:" in describe()


def test_trace_next_use_and_round_trip(tmp_path):
    rec = ReferenceRecorder()
    for when, pid, vpn in [(10, 2, 0x100), (5, 2, 0x100), (30, 2, 0x100), (7, 3, 0x100)]:
        rec.note(when, pid, vpn)
    path = tmp_path / "t.trace"
    rec.save(str(path))
    trace = ReferenceTrace.load(str(path))
    assert trace.count == 4
    assert trace.next_use((2, 0x100), 0) == 5
    assert trace.next_use((2, 0x100), 10) == 30          # strictly after now
    assert trace.next_use((2, 0x100), 30) == ReferenceTrace.NEVER
    assert trace.next_use((3, 0x100), 0) == 7
    assert trace.next_use((9, 0x1), 0) == ReferenceTrace.NEVER


def test_bad_trace_file_names_the_line(tmp_path):
    path = tmp_path / "bad"
    path.write_text("# header\n1 2 3\nnot a trace\n")
    with pytest.raises(TraceError, match=r"bad:3: expected"):
        ReferenceTrace.load(str(path))
    with pytest.raises(TraceError, match="cannot read"):
        ReferenceTrace.load(str(tmp_path / "missing"))


def _run(*args):
    return subprocess.run([sys.executable, "-m", "pagelab", "run", *args],
                          capture_output=True, text=True, timeout=300)


def test_cli_opt_needs_a_trace(tmp_path):
    r = _run("--policy", "replacement=opt", WORKLOAD)
    assert r.returncode == 2 and "needs --opt-trace FILE" in r.stderr
    bad = tmp_path / "bad"
    bad.write_text("x\n")
    r = _run("--policy", "replacement=opt", "--opt-trace", str(bad), WORKLOAD)
    assert r.returncode == 2 and "--opt-trace:" in r.stderr and "Traceback" not in r.stderr


def test_cli_record_then_opt(tmp_path):
    trace = tmp_path / "workload.trace"
    common = ["--mem", "4M", "--swap", "16M", "--stats"]
    first = _run(*common, "--opt-trace", str(trace), WORKLOAD)
    assert first.returncode == 0, first.stderr
    assert "contents ok" in first.stdout
    assert ReferenceTrace.load(str(trace)).count > 1000
    second = _run(*common, "--policy", "replacement=opt", "--opt-trace", str(trace), WORKLOAD)
    assert second.returncode == 0, second.stderr
    assert "contents ok" in second.stdout

    def majflt(stderr):
        line = [x for x in stderr.splitlines() if "maj_flt" in x][-1]
        return int(line.split("maj_flt")[1])
    assert majflt(second.stderr) < majflt(first.stderr)     # lru recorded; opt looks ahead
