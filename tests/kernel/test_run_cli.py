"""`pagelab run` option handling: bad options give a clear message and exit status 2, never a
traceback; programs that cannot be loaded give exit status 1."""
from __future__ import annotations

import pytest

from pagelab.tools import run


def run_main(capsys, *argv):
    status = run.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("argv, needle", [
    (["--mem", "12Q", "x"], "--mem"),
    (["--mem", "1000", "x"], "multiple of 4K"),
    (["--mem", "64K", "x"], "outside"),
    (["--swap", "4K", "x"], "8K .. 64G"),
    (["--swap", "128G", "x"], "8K .. 64G"),
    (["--sysctl", "vm.no_such_knob=1", "x"], "unknown sysctl 'vm.no_such_knob'"),
    (["--sysctl", "vm.overcommit_memory", "x"], "NAME=VALUE"),
    (["--sysctl", "vm.overcommit_memory=lots", "x"], "not an integer"),
    (["--policy", "replacement", "x"], "KIND=NAME"),
    (["--tlb", "dtlb4k=3x2", "x"], "--tlb"),
    (["--root", "/no/such/dir/at/all", "x"], "--root"),
])
def test_bad_option_values_are_reported_with_status_2(capsys, argv, needle):
    status, _, err = run_main(capsys, *argv)
    assert status == 2
    assert needle in err
    assert "Traceback" not in err


def test_unknown_options_give_usage_errors(capsys):
    status, _, err = run_main(capsys, "--frobnicate", "x")
    assert status == 2 and "unrecognized" in err
    status, _, err = run_main(capsys, "--max-instructions", "ten", "x")
    assert status == 2 and "not an integer" in err
    status, _, err = run_main(capsys, "--paging", "sv32", "x")
    assert status == 2 and "sv39" in err


def test_size_parser_accepts_the_usual_suffixes():
    assert run.parse_size("16M", "--mem") == 16 << 20
    assert run.parse_size("512k", "--mem") == 512 << 10
    assert run.parse_size("1G", "--mem") == 1 << 30
    assert run.parse_size("8192", "--mem") == 8192
    assert run.parse_size("4MiB", "--mem") == 4 << 20


def test_sysctl_values_are_converted_to_the_default_type():
    from pagelab.kernel.kernel import parse_sysctl
    assert parse_sysctl("vm.overcommit_memory", "2") == 2
    assert parse_sysctl("kernel.core_pattern", "core.%p") == "core.%p"


def test_unknown_policies_are_named_in_the_error(capsys):
    status, _, err = run_main(capsys, "--policy", "oom=nope", "x")
    assert status == 2 and "unknown oom policy 'nope'" in err
    status, _, err = run_main(capsys, "--policy", "colour=red", "x")
    assert status == 2 and "unknown policy kind 'colour'" in err


def test_policy_help_lists_every_policy_without_a_program(capsys):
    status, out, _ = run_main(capsys, "--policy", "help")
    assert status == 0
    for name in ("replacement=fifo", "replacement=clock", "replacement=lru (default)",
                 "replacement=random", "oom=badness (default)", "overcommit=never"):
        assert name in out
