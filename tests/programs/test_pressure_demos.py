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
