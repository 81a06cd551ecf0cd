"""programs/pressure/: the policy-comparison workload and `pagelab bench policies`."""
import os

from pagelab.tools import bench_policies

WORKLOAD = bench_policies.DEFAULT_PROGRAM
MEM, SWAP = 4 << 20, 16 << 20


def test_expected_output_in_header():
    counters, _, status, output = bench_policies.run_policy(WORKLOAD, MEM, SWAP, "lru")
    assert status == 0
    header = open(WORKLOAD).read()
    assert output.decode().strip() in header           # the header's "Expected output"
    assert counters["pswpout"] > 0 and counters["majflt"] > 0   # it really needs swap


def test_every_policy_deterministic_and_opt_best():
    first = bench_policies.compare(WORKLOAD, MEM, SWAP)
    second = bench_policies.compare(WORKLOAD, MEM, SWAP)
    assert set(first) == {"fifo", "clock", "lru", "random", "opt"}
    assert first == second                              # same program + options: same counts
    for policy, counters in first.items():
        assert first["opt"]["majflt"] <= counters["majflt"], policy
    assert first["opt"]["majflt"] < first["lru"]["majflt"]


def test_bench_policies_prints_a_table(capsys):
    assert bench_policies.main([WORKLOAD, "--mem", "4M", "--swap", "16M"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split() == ["policy", "majflt", "pswpin", "pswpout", "pgscan", "pgsteal"]
    assert [line.split()[0] for line in out[2:]] == ["fifo", "clock", "lru", "random", "opt"]


def test_bench_policies_bad_options(capsys):
    assert bench_policies.main(["--mem", "banana"]) == 2
    assert bench_policies.main([os.path.join("no", "such.s")]) == 2
    assert "no such file" in capsys.readouterr().err


# --- the demos of memory pressure (issue 8 point 9): each prints what its header promises ------

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from test_demos import line_pattern  # noqa: E402

PRESSURE = Path(bench_policies.DEFAULT_PROGRAM).parent
OPTIONS = {"swapgrow": ["--mem", "16M", "--swap", "64M"], "oomkill": ["--mem", "16M"],
           "overcommit": ["--mem", "16M"]}


def run_demo(name, *options):
    return subprocess.run([sys.executable, "-m", "pagelab", "run", "--sysctl",
                           "kernel.core_pattern=", *options, str(PRESSURE / f"{name}.s")],
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
                          cwd=tempfile.gettempdir())


def expected_lines(source: Path) -> list:
    """The 'Expected output' block of a C demo's header comment (lines ' *   TEXT')."""
    lines = source.read_text().splitlines()
    start = lines.index(" * Expected output:")
    block = []
    for line in lines[start + 1:]:
        if not line.startswith(" *   "):
            break
        block.append(line[5:])
    return block


@pytest.mark.parametrize("name", sorted(OPTIONS))
def test_pressure_demo_prints_its_expected_output(name):
    block, status = expected_lines(PRESSURE / f"{name}.c"), 0
    assert block
    result = run_demo(name, *OPTIONS[name])
    assert result.returncode == status, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(block), result.stdout
    for expected, got in zip(block, lines):
        assert line_pattern(expected).match(got), (expected, got)
    if name == "swapgrow":                     # VmSwap rises once RAM is full; RSS stays below it
        swap = [int(m) for m in re.findall(r"VmSwap (\d+) kB", result.stdout)]
        rss = [int(m) for m in re.findall(r"VmRSS (\d+) kB", result.stdout)]
        assert swap == sorted(swap) and swap[0] == 0 and swap[-1] > 16 << 10
        assert max(rss) < 16 << 10


def test_swapgrow_without_swap_is_refused_by_overcommit():
    result = run_demo("swapgrow", "--mem", "16M")
    assert result.returncode == 1
    assert result.stdout == "mmap of 32 MiB failed: Cannot allocate memory\n"


def test_oomkill_log_names_the_big_child_and_the_exempt_parent():
    result = run_demo("oomkill", "--mem", "16M", "--dmesg")
    assert result.returncode == 0
    log = result.stderr
    assert "invoked oom-killer" in log and "oom_score_adj=-1000" in log
    killed = re.search(r"Out of memory: Killed process (\d+) \(oomkill\) total-vm:(\d+)kB", log)
    assert killed and int(killed.group(1)) != 4             # not the parent (pid 4), who asked
    assert "oom_reaper: reaped process " + killed.group(1) in log
