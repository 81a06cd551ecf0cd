"""Tracepoints (kernel/trace.py) and `pagelab run --trace`: the JSON lines, the filter, the
fault kinds, and fault events adding up to the --stats fault counters."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pagelab.kernel import trace as tr
from pagelab.tools import run as runcli

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"


def run_traced(tmp_path, *args, capsys=None):
    out = tmp_path / "trace.jsonl"
    status = runcli.main(["--mem", "16M", "--sysctl", "kernel.core_pattern=", "--trace",
                          str(out), *args])
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    return status, lines


def test_every_line_has_time_event_pid_and_faults_have_va_access_kind(tmp_path, capsys):
    status, lines = run_traced(tmp_path, str(PROGRAMS / "cow.s"))
    assert status == 0
    assert lines
    for record in lines:
        assert isinstance(record["time_ns"], int) and record["time_ns"] >= 0
        assert record["event"] in tr.EVENT_TYPES
        assert isinstance(record["pid"], int)
    times = [r["time_ns"] for r in lines]
    assert times == sorted(times)                      # simulated time never goes back
    faults = [r for r in lines if r["event"] == "fault"]
    assert all(r["access"] in ("load", "store", "fetch") and r["kind"] in tr.FAULT_KINDS
               and isinstance(r["va"], int) for r in faults)
    # cow.s: the child's store after fork is a copy-on-write fault, on the child
    forks = [r for r in lines if r["event"] == "fork"]
    assert len(forks) == 1 and forks[0]["pid"] == 4
    child = forks[0]["child"]
    assert any(r["kind"] == "cow" and r["pid"] == child and r["access"] == "store"
               for r in faults)
    assert {r["event"] for r in lines} >= {"exec", "fork", "exit", "syscall_enter",
                                           "syscall_exit", "fault"}


def test_trace_events_filter_and_aliases(tmp_path, capsys):
    status, lines = run_traced(tmp_path, "--trace-events", "fault,process",
                               str(PROGRAMS / "cow.s"))
    assert status == 0
    assert {r["event"] for r in lines} == {"fault", "fork", "exec", "exit"}


def test_segv_fault_and_signal_delivery(tmp_path, capsys):
    status, lines = run_traced(tmp_path, "--trace-events", "fault,signal",
                               str(PROGRAMS / "segv.s"))
    assert status == 0
    segv = [r for r in lines if r["event"] == "fault" and r["kind"] == "segv"]
    assert [r["va"] for r in segv][:1] == [0x10]       # the store to address 0x10
    signals = [r for r in lines if r["event"] == "signal"]
    assert len(signals) == 2 and all(r["signo"] == 11 and r["handler"] > 1 for r in signals)


def test_oom_kill_event(tmp_path, capsys):
    status, lines = run_traced(tmp_path, "--trace-events", "oom,exit",
                               str(PROGRAMS / "panel" / "oom.s"))
    assert status == 137
    assert [r["event"] for r in lines] == ["oom_kill", "exit"]
    assert lines[0]["pid"] == lines[0]["trigger"] == 4 and lines[0]["rss_kb"] > 8000


def test_trace_to_stderr(capsys):
    assert runcli.main(["--mem", "16M", "--trace", "-", "--trace-events", "exit",
                        str(PROGRAMS / "hello.s")]) == 0
    err = capsys.readouterr().err
    assert json.loads(err.splitlines()[0])["event"] == "exit"


@pytest.mark.parametrize("args, message", [
    (["--trace-events", "fault"], "needs --trace"),
    (["--trace", "x", "--trace-events", "faults"], "unknown event 'faults'"),
    (["--trace", "/nonexistent/dir/t.jsonl"], "cannot open"),
])
def test_bad_trace_options_are_usage_errors(args, message, capsys):
    assert runcli.main([*args, str(PROGRAMS / "hello.s")]) == 2
    assert message in capsys.readouterr().err


def test_fault_events_add_up_to_stats(tmp_path, capsys):
    """Per process: minor-kind fault events = min_flt, major ones = maj_flt (--stats)."""
    for program in ("cow.s", "lazy.s", "filemap.s"):
        capsys.readouterr()
        status, lines = run_traced(tmp_path, "--stats", "--trace-events", "fault",
                                   str(PROGRAMS / program))
        err = capsys.readouterr().err
        stats = {int(m[0]): (int(m[1]), int(m[2])) for m in
                 re.findall(r"pid (\d+) \(\S+\) min_flt (\d+) maj_flt (\d+)", err)}
        assert stats, err
        counted: dict = {}
        for r in lines:
            minor, major = counted.get(r["pid"], (0, 0))
            if r["kind"] == "major":
                major += 1
            elif r["kind"] in ("minor", "cow", "zero"):
                minor += 1
            counted[r["pid"]] = (minor, major)
        assert counted == stats, program


def test_tracer_costs_one_flag_when_nobody_listens():
    tracer = tr.Tracer(lambda: 5)
    assert tracer.enabled is False
    seen = []
    handle = tracer.listen(seen.append, {"fork"})
    assert tracer.enabled is True
    tracer.emit(tr.Exit, 2, 0, "x")                    # not a kind it listens to
    tracer.emit(tr.Fork, 2, 3)
    assert seen == [tr.Fork(5, 2, 3)]
    tracer.unlisten(handle)
    assert tracer.enabled is False
    with pytest.raises(ValueError):
        tracer.listen(seen.append, {"nonsense"})


def test_json_round_trip_of_every_event_type():
    samples = {
        tr.Fault: (0x1000, "store", "cow", 0x10078), tr.SyscallEnter: (64, "write", (1, 2, 3)),
        tr.SyscallExit: (64, "write", (1, 2, 3), 3), tr.Fork: (3,), tr.Exec: ("/bin/x", "x"),
        tr.Exit: (256, "x"), tr.Signal: (11, 1, 0), tr.OomKill: (2, "x", 100, 50),
        tr.Map: (0x1000, 0x80001, 0xd7), tr.Unmap: (0x1000, 0x80001),
        tr.Cow: (0x1000, 0x80001, 0x80002), tr.TlbFlush: (None, 3),
        tr.SwapOut: (0x1000, 0x80001, 7), tr.SwapIn: (0x1000, 0x80001, 7),
        tr.ReclaimScan: (32,), tr.ReclaimSteal: (8,), tr.HugeAlloc: (0x200000, 0x80200),
        tr.HugeSplit: (0x200000,), tr.HugeCollapse: (0x200000, 0x80200),
        tr.Writeback: (16, "background")}
    assert set(samples) == set(tr.EVENT_TYPES.values())
    for cls, values in samples.items():
        event = cls(1234, 2, *values)
        record = json.loads(json.dumps(tr.to_json(event)))
        assert record["event"] == cls.kind and record["time_ns"] == 1234 and record["pid"] == 2
        assert tr.from_json(record) == event
    assert tr.to_json(tr.Fault(1, 2, 0x1000, "load", "zero", 0))["kind"] == "zero"
    with pytest.raises(ValueError):
        tr.from_json({"event": "fault", "time_ns": 1})


def test_parse_kinds():
    assert tr.parse_kinds("fault,oom") == {"fault", "oom_kill"}
    assert tr.parse_kinds("syscall") == {"syscall_enter", "syscall_exit"}
    with pytest.raises(ValueError, match="unknown event"):
        tr.parse_kinds("fault,bogus")


ZERO_THEN_WRITE = """\
        .text
        .globl _start
_start:
        li      a0, 0
        li      a1, 8192
        li      a2, 3                   # PROT_READ | PROT_WRITE
        li      a3, 0x22                # MAP_PRIVATE | MAP_ANONYMOUS
        li      a4, -1
        li      a5, 0
        li      a7, 222                 # mmap
        ecall
        mv      s0, a0
        ld      t0, 0(s0)               # load from untouched memory: the zero page
        sd      t0, 0(s0)               # then a store: a fresh frame replaces it
        li      t1, 4096
        add     t1, s0, t1
        ld      t0, 0(t1)               # another zero-page load
        li      a0, 0
        li      a7, 94
        ecall
"""


def test_zero_page_kinds(tmp_path, capsys):
    source = tmp_path / "zero.s"
    source.write_text(ZERO_THEN_WRITE)
    status, lines = run_traced(tmp_path, "--trace-events", "fault,map,cow", str(source))
    assert status == 0
    faults = [r for r in lines if r["event"] == "fault"]
    base = next(r["va"] for r in faults if r["kind"] == "zero")     # the mapping's start
    data = [r for r in faults if base <= r["va"] < base + 8192]
    # a store to the zero page is a write-protect fault of a private page (Linux do_wp_page)
    assert [(r["access"], r["kind"]) for r in data] == [("load", "zero"), ("store", "cow"),
                                                       ("load", "zero")]
    maps = [r for r in lines if r["event"] == "map" and r["va"] == base]
    cows = [r for r in lines if r["event"] == "cow" and r["va"] == base]
    assert len(maps) == len(cows) == 1 and cows[0]["old_pfn"] == maps[0]["pfn"] != \
        cows[0]["new_pfn"]                                  # the zero page, then its own


def test_swap_and_reclaim_events_add_up_to_vmstat(tmp_path, capsys):
    """Under pressure (24 MiB touched in 16 MiB of RAM with swap): one swap_out per pswpout,
    one swap_in per page read back, and the reclaim events' counts sum to pgscan/pgsteal."""
    status, lines = run_traced(tmp_path, "--swap", "64M", "--trace-events", "swap,reclaim",
                               "sh", "-c", "memhog 24; cat /proc/vmstat")
    assert status == 0
    vmstat = dict(line.split() for line in capsys.readouterr().out.splitlines()
                  if re.match(r"^[a-z_]+ \d+$", line))
    events = [r["event"] for r in lines]
    assert events.count("swap_out") == int(vmstat["pswpout"]) > 0
    # swap-in faults map one page each; pswpin also counts the readahead cluster's pages
    assert 0 < events.count("swap_in") <= int(vmstat["pswpin"])
    scanned = sum(r["scanned"] for r in lines if r["event"] == "reclaim_scan")
    stolen = sum(r["stolen"] for r in lines if r["event"] == "reclaim_steal")
    assert scanned == int(vmstat["pgscan_kswapd"]) + int(vmstat["pgscan_direct"]) > 0
    assert stolen == int(vmstat["pgsteal_kswapd"]) + int(vmstat["pgsteal_direct"]) > 0
    for record in lines:
        if record["event"] in ("swap_out", "swap_in"):
            assert record["va"] > 0 and record["slot"] > 0
