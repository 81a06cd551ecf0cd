"""The panel's model (tools/panel/model.py): driving the kernel in slices, single steps, stops
at events and breakpoints, and the read-only snapshots."""
from __future__ import annotations

from pathlib import Path

import pytest

from pagelab.kernel.mm import inspect
from pagelab.tools.panel.model import CAT, Session, SessionError, aggregate

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"
COW = ["--mem", "16M", str(PROGRAMS / "cow.s")]


def test_a_run_cut_into_slices_makes_the_same_events_as_one_run():
    whole = Session(COW)
    whole.run_to_end()
    sliced = Session(COW)
    while not sliced.finished:
        sliced.run_slice(337)
    assert whole.state == sliced.state == "exited"
    assert sliced.events == whole.events
    assert bytes(sliced.console) == bytes(whole.console)
    assert sliced.kernel.machine.instret == whole.kernel.machine.instret


def test_step_instruction_retires_exactly_one():
    s = Session(COW)
    s.run_slice(100)
    before = s.kernel.machine.instret
    for n in range(1, 6):
        assert s.step_instruction() == "paused"
        assert s.kernel.machine.instret == before + n


def test_run_until_stops_right_after_the_event_and_the_walk_shows_the_new_leaf():
    s = Session(COW)
    event = s.run_until({"fault"})
    assert event is not None and event.kind == "fault" and s.events[-1] == event
    assert s.state == "paused"
    walk = s.walk(event.pid, event.va)
    assert walk.pa is not None and walk.steps[-1].kind == "leaf"
    assert walk.pa >> 12 == inspect.pfn_of(s.task(event.pid).mm, event.va)
    assert len(walk.steps) == 4 and walk.mode == "sv48"         # four levels in Sv48
    cow = s.run_until({"fork"})
    assert cow.kind == "fork"


def test_breakpoint_on_a_kind_and_on_a_va():
    s = Session(COW)
    s.break_kinds = {"fork"}
    while s.hit is None and not s.finished:
        s.run_slice(1_000_000)
    assert s.hit.kind == "fork"
    s.break_kinds = set()
    first = next(e for e in s.events if e.kind == "fault" and e.access == "load")
    s.break_vas = {first.va >> 12}
    while not s.finished:
        s.run_slice(1_000_000)
        if s.hit is not None:
            break
    assert s.hit is not None and s.hit.va >> 12 == first.va >> 12
    assert s.hit.pid != first.pid or s.hit.time_ns > first.time_ns


def test_snapshots_frames_tlb_processes():
    s = Session(COW)
    s.run_until({"fork"})
    frames = s.frames()
    assert len(frames.category) == 4096 and sum(frames.counts.values()) == 4096
    physmem = s.kernel.physmem
    assert frames.category[physmem.zero_pfn - physmem.base_pfn] == CAT["zero"]
    mm = s.task(4).mm
    anon = next(inspect.pfn_of(mm, (vpn << 12)) for vpn in mm.pages
                if inspect.frame_owner(physmem, inspect.pfn_of(mm, vpn << 12))["use"] == "anon")
    assert frames.category[anon - physmem.base_pfn] == CAT["anon"]
    info = s.frame_info(anon)
    assert info["use"] == "anon" and any(pid == 4 for pid, _ in info["mappings"])
    assert len(info["bytes"]) == 128
    s.run_slice(300)                                  # fork flushed the parent's ASID: refill
    tlb = s.tlb()
    assert tlb["dtlb4k"]["sets"] * tlb["dtlb4k"]["ways"] == 64
    entries = s.kernel.machine.tlb_entries()
    assert entries
    for e in entries:
        assert tlb[e["structure"]]["entries"][(e["set"], e["way"])]["vpn"] == e["vpn"]
    assert s.tlb()["dtlb4k"]["new"] == set()          # nothing filled since the last call
    s.run_until({"fault"})
    s.run_slice(500)
    after = s.tlb()
    new = {(name, slot) for name, a in after.items() for slot in a["new"]}
    assert new and all(slot in after[name]["entries"] for name, slot in new)
    rows = {r.pid: r for r in s.processes()}
    assert set(rows) == {2, 3, 4, 5} and rows[5].comm == "cow" and rows[4].vsz_kb > 0
    assert (rows[3].comm, rows[3].state, rows[3].vsz_kb) == ("kswapd0", "S", 0)  # a kthread
    assert "[stack]" in s.maps(4)
    with pytest.raises(ValueError):
        s.frame_info(1)


def test_aggregate_keeps_used_frames_visible():
    import numpy as np
    cats = np.zeros(1 << 18, dtype=np.uint8)            # 1 GiB of frames
    cats[5] = CAT["anon"]
    cats[100:400] = CAT["file"]
    cells, k = aggregate(cats, 16384)
    assert k == 16 and len(cells) == 16384
    assert cells[0] == CAT["free"]                      # 1 of 16 used: shown free
    assert list(cells[7:24]) == [CAT["file"]] * 17      # mostly file
    assert cells[-1] == CAT["free"]


def test_bad_options_and_missing_programs_are_session_errors():
    with pytest.raises(SessionError, match="--mem"):
        Session(["--mem", "12Q", str(PROGRAMS / "hello.s")])
    with pytest.raises(SessionError, match="No such file"):
        Session(["nonexistent-program"])
    with pytest.raises(SessionError, match="PROGRAM is missing"):
        Session(["--mem", "16M"])
