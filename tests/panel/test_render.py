"""The panel drawn headless (SDL's dummy video driver): known states probed pixel by pixel,
window resizing, and `pagelab panel --headless` on programs that exit, crash or run out of
memory, with its event log, replay and GIF."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
pygame = pytest.importorskip("pygame")

from pagelab.tools.panel import app, record  # noqa: E402
from pagelab.tools.panel.model import Session  # noqa: E402
from pagelab.tools.panel.view import (CATEGORY_COLOURS, DEFAULT_SIZE, TLB_COLOURS,  # noqa: E402
                                      PanelView, init_pygame)

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"
COW = ["--mem", "16M", str(PROGRAMS / "cow.s")]


@pytest.fixture(autouse=True)
def headless_pygame():
    init_pygame(headless=True)
    yield


def draw(view, size=DEFAULT_SIZE):
    surface = pygame.Surface(size)
    view.draw(surface)
    return surface


def colour_at(surface, rect) -> tuple:
    """The colour in the middle of a small cell's lower right quarter (clear of any text)."""
    x = rect.x + max(0, rect.width * 3 // 4 - 1)
    y = rect.y + max(0, rect.height * 3 // 4 - 1)
    return tuple(surface.get_at((x, y)))[:3]


def used_pfns(session, use):
    physmem = session.kernel.physmem
    return [physmem.base_pfn + i for i, u in enumerate(session.frames().category)
            if u == use]


def test_a_frame_of_each_use_has_its_colour():
    from pagelab.tools.panel.model import CAT
    s = Session(COW)
    s.run_until({"fork"})
    view = PanelView(s)
    surface = draw(view)
    checked = 0
    for name in ("anon", "pagetable", "file", "zero", "slab", "free"):
        pfns = used_pfns(s, CAT[name])
        assert pfns, name
        rect = view.cell_rect(pfns[0])
        assert rect is not None and view.rects.memory.contains(rect)
        assert colour_at(surface, rect) == CATEGORY_COLOURS[name], name
        assert view.frame_at(rect.center) == pfns[0]
        checked += 1
    assert checked == 6


def test_changed_frames_flash_then_settle():
    from pagelab.tools.panel.model import CAT
    s = Session(COW)
    s.run_until({"fork"})
    view = PanelView(s)
    draw(view)
    event = s.run_until({"fault"})
    while event.fault_kind != "cow":                   # a copy-on-write fault: a new frame
        event = s.run_until({"fault"})
    surface = draw(view)
    anon = used_pfns(s, CAT["anon"]) + used_pfns(s, CAT["pagetable"])
    flashing = [p for p in anon if colour_at(surface, view.cell_rect(p)) not in
                (CATEGORY_COLOURS["anon"], CATEGORY_COLOURS["pagetable"])]
    assert flashing                                    # a frame that changed is brighter
    for _ in range(8):
        surface = draw(view)
    assert all(colour_at(surface, view.cell_rect(p)) in
               (CATEGORY_COLOURS["anon"], CATEGORY_COLOURS["pagetable"]) for p in anon)


def test_a_filled_tlb_entry_appears_in_its_set_and_way():
    s = Session(COW)
    s.run_slice(2000)
    view = PanelView(s)
    surface = draw(view)
    entries = [e for e in s.kernel.machine.tlb_entries() if e["structure"] in
               ("dtlb4k", "itlb4k")]
    assert entries
    for e in entries:
        rect = view.tlb_cell(e["structure"], e["set"], e["way"])
        assert rect is not None and view.rects.tlb.contains(rect)
        # right edge, mid height: the entry's colour or the outline of a new fill
        pixel = tuple(surface.get_at((rect.right - 5, rect.centery)))[:3]
        assert pixel in (TLB_COLOURS[e["tlb"]], (255, 210, 80)), (e["structure"], pixel)
    empty = {(st, se, w) for st, sets in (("dtlb4k", 16), ("itlb4k", 8))
             for se in range(sets) for w in range(4)} - \
        {(e["structure"], e["set"], e["way"]) for e in entries}
    st, se, w = sorted(empty)[0]
    rect = view.tlb_cell(st, se, w)
    assert tuple(surface.get_at((rect.right - 5, rect.centery)))[:3] not in TLB_COLOURS.values()


def test_window_resizing_keeps_every_pane_inside():
    s = Session(COW)
    s.run_until({"fault"})
    view = PanelView(s)
    heights = {}
    for size in ((800, 500), (1366, 768), (1920, 1080), (1280, 720)):
        view.resize(size)
        heights[size] = view.font.get_height()
        surface = draw(view, size)
        screen = surface.get_rect()
        r = view.rects
        for pane in (r.memory, r.walk, r.tlb, r.counters, r.processes, r.events,
                     r.timeline, r.console, r.help):
            assert screen.contains(pane), (size, pane)
        x0, y0, cell, cols, k, ncells, base, n = view._grid
        last = view.cell_rect(base + n - 1)
        assert r.memory.contains(last), size
        assert colour_at(surface, view.cell_rect(s.kernel.physmem.zero_pfn)) == \
            CATEGORY_COLOURS["zero"]
    assert heights[(1920, 1080)] > heights[(1280, 720)] == heights[(800, 500)]


def test_large_memory_is_drawn_in_aggregate_cells():
    s = Session(["--mem", "1G", str(PROGRAMS / "hello.s")])
    s.run_slice(10)
    view = PanelView(s)
    draw(view)
    x0, y0, cell, cols, k, ncells, base, n = view._grid
    assert n == 1 << 18 and k > 1 and cell >= 3 and ncells * k >= n


def headless(tmp_path, *args):
    out = tmp_path / "rec"
    status = app.main(["--headless", "--record", str(out), *args])
    return status, out


def pngs(directory):
    return sorted(directory.glob("frame-*.png"))


@pytest.mark.parametrize("program, status", [("cow.s", 0), ("crash.s", 139),
                                             ("panel/oom.s", 137)])
def test_headless_survives_exit_crash_and_oom(tmp_path, program, status, capsys,
                                              monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = headless(tmp_path, "--mem", "16M", "--snap-on", "segv,oom",
                         str(PROGRAMS / program))
    assert code == status
    shots = pngs(out)
    assert shots                                       # at least the one at exit
    image = pygame.image.load(str(shots[-1]))
    assert image.get_width() >= 1280 and image.get_height() >= 720
    info = json.loads((out / "run.json").read_text())
    assert info["state"] == "exited" and info["exit_status"] == status
    assert not list(tmp_path.glob("core*"))            # no core file on the host


def test_event_log_counts_equal_stats(tmp_path, capsys):
    code, out = headless(tmp_path, "--mem", "16M", str(PROGRAMS / "cow.s"))
    assert code == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    capsys.readouterr()
    from pagelab.tools import run as runcli
    assert runcli.main(["--mem", "16M", "--stats", str(PROGRAMS / "cow.s")]) == 0
    err = capsys.readouterr().err
    stats = {int(p): (int(a), int(b)) for p, a, b in
             re.findall(r"pid (\d+) \(\S+\) min_flt (\d+) maj_flt (\d+)", err)}
    counted = {}
    for e in events:
        if e["event"] == "fault":
            minor, major = counted.get(e["pid"], (0, 0))
            counted[e["pid"]] = (minor + (e["kind"] != "major"), major + (e["kind"] == "major"))
    assert counted == stats
    syscalls = sum(e["event"] == "syscall_enter" for e in events)
    assert syscalls == sum(e["event"] == "syscall_exit" for e in events) > 10


def test_snapshots_every_n_events_and_gif(tmp_path, capsys):
    gif = tmp_path / "cow.gif"
    code, out = headless(tmp_path, "--every", "30", "--gif", str(gif), "--mem", "16M",
                         str(PROGRAMS / "cow.s"))
    assert code == 0
    n_events = len((out / "events.jsonl").read_text().splitlines())
    shots = pngs(out)
    assert len(shots) == n_events // 30 + 1
    from PIL import Image
    with Image.open(gif) as image:
        assert image.n_frames == len(shots) and image.size == (1280, 720)


def test_replay_reproduces_the_recording_and_notices_a_difference(tmp_path, capsys):
    code, out = headless(tmp_path, "--mem", "16M", str(PROGRAMS / "segv.s"))
    assert code == 0
    assert app.main(["--headless", "--replay", str(out)]) == 0
    assert "replay matches" in capsys.readouterr().err
    replay = record.Replay(str(out))
    log = replay.log
    for index in (40, 10, 0, len(log), 25):              # seek back and forth
        replay.seek(index)
        assert replay.session.events[:index] == log[:index]
        assert replay.diverged_at is None
    lines = (out / "events.jsonl").read_text().splitlines()
    first = json.loads(lines[5])
    first["time_ns"] += 1
    lines[5] = json.dumps(first)
    (out / "events.jsonl").write_text("\n".join(lines) + "\n")
    assert app.main(["--headless", "--replay", str(out)]) == 1
    assert "differs from the recording at event 5" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--headless", str(PROGRAMS / "cow.s")], "needs --record"),
    (["--size", "10x10", str(PROGRAMS / "cow.s")], "--size"),
    (["--headless", "--record", "x", "--snap-on", "nope", str(PROGRAMS / "cow.s")],
     "unknown event"),
    (["--mem", "16M"], "PROGRAM"),
    (["--replay", "somewhere", "--mem", "16M", str(PROGRAMS / "cow.s")], "--replay"),
])
def test_bad_panel_options(args, message, capsys):
    assert app.main(args) == 2
    assert message in capsys.readouterr().err


def test_split_argv_keeps_program_arguments():
    panel, run = app.split_argv(["--headless", "--record", "d", "--mem", "16M", "--strace",
                                 "prog.s", "--every", "3"])
    assert panel == ["--headless", "--record", "d"]
    assert run == ["--mem", "16M", "--strace", "prog.s", "--every", "3"]


def test_without_a_display_the_window_refuses_instead_of_hanging(tmp_path):
    import subprocess
    import sys
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["SDL_VIDEODRIVER"] = "offscreen"
    result = subprocess.run([sys.executable, "-m", "pagelab", "panel", "--mem", "16M",
                             str(PROGRAMS / "hello.s")], capture_output=True, text=True,
                            timeout=60, env=env, cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert result.returncode == 3
    assert "no display" in result.stderr and "--headless" in result.stderr


def test_panel_accepts_run_tracing_options(tmp_path, capsys):
    trace = tmp_path / "t.jsonl"
    code, out = headless(tmp_path, "--trace", str(trace), "--trace-events", "fork", "--mem",
                         "16M", str(PROGRAMS / "cow.s"))
    assert code == 0
    assert [json.loads(line)["event"] for line in trace.read_text().splitlines()] == ["fork"]


def test_max_instructions_halts_the_recording_with_124(tmp_path, capsys):
    code, out = headless(tmp_path, "--max-instructions", "500", "--mem", "16M",
                         str(PROGRAMS / "cow.s"))
    assert code == 124
    assert json.loads((out / "run.json").read_text())["state"] == "halted"
    assert pngs(out)
