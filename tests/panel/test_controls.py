"""The window's controls (tools/panel/app.py Controller) driven with synthetic pygame events,
headless: keys step and break, typing a VA picks the walk, clicks open a frame and select a
process, and in a replay the arrow keys seek."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"
pygame = pytest.importorskip("pygame")

from pagelab.tools.panel import app, record  # noqa: E402
from pagelab.tools.panel.model import Session  # noqa: E402
from pagelab.tools.panel.view import DEFAULT_SIZE, PanelView, init_pygame  # noqa: E402

PROGRAMS = Path(__file__).resolve().parents[2] / "programs"
COW = ["--mem", "16M", str(PROGRAMS / "cow.s")]


def key(control, name: str, char: str = "") -> None:
    code = pygame.key.key_code(name)
    control.key(pygame.event.Event(pygame.KEYDOWN, key=code, unicode=char))


def make(session=None, replay=None):
    init_pygame(headless=True)
    session = session or (replay.session if replay else Session(COW))
    view = PanelView(session)
    surface = pygame.Surface(DEFAULT_SIZE)
    view.draw(surface)
    return app.Controller(pygame, view, session, 3, replay), view, surface


def test_step_keys_and_breakpoints():
    control, view, surface = make()
    s = control.session
    key(control, "f", "f")
    assert s.events[-1].kind == "fault" and "stopped at" in view.message
    before = s.kernel.machine.instret
    key(control, "s", "s")
    assert s.kernel.machine.instret == before + 1
    key(control, "c", "c")                             # stops after that system call
    assert s.hit.kind == "syscall_enter" and s.events[-1].kind == "syscall_exit"
    key(control, "3", "3")                             # break on fork/exec/exit
    assert s.break_kinds == {"fork", "exec", "exit"}
    key(control, "space")
    assert control.running
    while control.running:
        control.tick()
    assert s.hit is not None and s.hit.kind == "fork" and "breakpoint" in view.message
    key(control, "3", "3")
    assert s.break_kinds == set()
    key(control, "=", "+")
    assert control.speed == 4
    view.draw(surface)


def test_typing_a_va_and_clicks():
    control, view, surface = make()
    control.session.run_until({"fork"})
    view.draw(surface)
    key(control, "g", "g")
    for ch in "13000":
        key(control, ch, ch)
    key(control, "return")
    assert view.walk_va == 0x13000
    key(control, "v", "v")
    assert control.session.break_vas == {0x13}
    view.draw(surface)
    zero = control.session.kernel.physmem.zero_pfn
    control.click(view.cell_rect(zero).center)
    assert view.frame_detail["pfn"] == zero and view.frame_detail["zero_page"]
    view.draw(surface)
    key(control, "escape")
    assert view.frame_detail is None and not control.quit
    y, pid = view._process_rows[-1]
    control.click((view.rects.processes.x + 20, y + 2))
    assert view.selected_pid == pid
    key(control, "m", "m")
    view.draw(surface)
    assert view.show_maps
    key(control, "q", "q")
    assert control.quit


def test_replay_keys_seek_along_the_recording(tmp_path, capsys):
    out = tmp_path / "rec"
    assert app.main(["--headless", "--record", str(out), *COW]) == 0
    replay = record.Replay(str(out))
    control, view, surface = make(replay=replay)
    for _ in range(5):
        key(control, "right")
    assert replay.position >= 5 and control.session.events == replay.log[:replay.position]
    assert view.message.startswith(f"event {replay.position}/")
    key(control, "end")
    assert replay.position == len(replay.log)
    key(control, "home")
    assert replay.position == len(Session(COW).events)      # exec, before the first insn
    view.draw(surface)
    control.click((view.rects.timeline.centerx, view.rects.timeline.bottom - 10))
    assert 0 < replay.position < len(replay.log)
    assert replay.diverged_at is None and "differs" not in view.message


def test_a_breakpoint_shows_the_state_at_the_event():
    """Breaking on oom_kill: the frozen screen still has the victim's memory (anon frames);
    the live state after the trap has freed it.  Any key returns to the live view."""
    import numpy as np
    from pagelab.tools.panel.view import CATEGORY_COLOURS
    control, view, surface = make(Session(["--mem", "16M", str(PROGRAMS / "panel" /
                                                                "oom.s")]))
    key(control, "5", "5")
    key(control, "space")
    for _ in range(200):
        control.tick()
        if not control.running:
            break
    assert control.session.hit.kind == "oom_kill" and control.frozen is not None

    def free_pixels(image):                            # (used cells may be flashing)
        rect = view.rects.memory
        pixels = pygame.surfarray.array3d(image)[rect.left:rect.right, rect.top:rect.bottom]
        return int(np.all(pixels == CATEGORY_COLOURS["free"], axis=2).sum())
    frozen = free_pixels(control.frozen)
    for _ in range(8):                                 # until the change stops flashing
        view.draw(surface)
    live = free_pixels(surface)
    assert live > 20 * max(frozen, 100)                # memory was full, now it is free
    key(control, "l", "l")
    assert control.frozen is None and "breakpoint" not in view.message
