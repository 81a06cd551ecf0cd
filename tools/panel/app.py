"""`pagelab panel [panel options] [run options] PROGRAM [ARGS...]` — the front panel.

Interactive (a window; needs a display):

    pagelab panel --mem 16M programs/cow.s

Headless (no display: SDL's dummy video driver), writing screenshots and the event log:

    pagelab panel --headless --record out/ --snap-on cow programs/cow.s
    pagelab panel --headless --record out/ --every 50 --gif cow.gif programs/cow.s

Replay a recording (the same run again, checked event by event against the log; in the
window, seek along the timeline with the arrow keys or a click):

    pagelab panel --replay out/
    pagelab panel --headless --replay out/        # exit status 0 when the replay matches

Panel options come before the run options (those of `pagelab run`: --mem, --tlb, --paging,
--sysctl, ...) and PROGRAM.  Screenshots: at exit always, plus every N events (--every N) and
at each event of the kinds given to --snap-on (event kinds such as oom_kill, or page-fault
kinds: minor, major, cow, zero, segv, bus, oom).  --gif OUT.gif assembles the screenshots into
an animation with Pillow (the widely packaged imaging library: it quantises each frame to a
palette and writes a looping GIF, which pygame cannot; install with the `panel` extra).

Exit status: the program's (as `pagelab run`: 124 after --max-instructions, 125 deadlock; 0 when
the window is closed before the end), 2 for bad options, 1 for a program that cannot
be loaded or a replay that does not match its recording, 3 when pygame (or Pillow for --gif) is
missing or no display can be opened.
"""
from __future__ import annotations

import argparse
import os
import sys

from pagelab.kernel.trace import FAULT_KINDS, EVENT_TYPES
from pagelab.tools.panel.model import Session, SessionError

EXIT_USAGE, EXIT_LOAD, EXIT_NO_DISPLAY = 2, 1, 3
MAX_FRAMES = 2000
SPEEDS = (100, 1_000, 5_000, 20_000, 100_000, 500_000, 2_000_000)   # instructions / refresh
BREAK_KEYS = {"1": {"fault"}, "2": {"syscall_enter"}, "3": {"fork", "exec", "exit"},
              "4": {"signal"}, "5": {"oom_kill"}}

# SDL video drivers that show a window a person can see
WINDOW_DRIVERS = ("x11", "wayland", "windows", "cocoa")

# panel option -> takes a value
PANEL_OPTIONS = {"--headless": False, "--record": True, "--every": True, "--snap-on": True,
                 "--gif": True, "--replay": True, "--size": True, "--speed": True,
                 "--max-frames": True}


def build_parser() -> argparse.ArgumentParser:
    from pagelab.tools.run import build_parser as run_parser
    parser = run_parser()
    parser.prog = "pagelab panel"
    parser.description = ("Watch a program's frames, page tables, TLB and faults live in a "
                          "pygame window, or record them headless.")
    parser.epilog = None
    group = parser.add_argument_group("panel options (before the run options)")
    group.add_argument("--headless", action="store_true",
                       help="no window: render with SDL's dummy driver (needs --record)")
    group.add_argument("--record", metavar="DIR",
                       help="write run.json, events.jsonl and PNG screenshots into DIR")
    group.add_argument("--every", metavar="N", type=int, default=0,
                       help="headless: a screenshot every N events")
    group.add_argument("--snap-on", metavar="KINDS", default="",
                       help="headless: a screenshot at each event of these kinds, or page "
                            "faults of these kinds (e.g. cow,segv,oom_kill)")
    group.add_argument("--gif", metavar="OUT.gif", help="headless: also write an animated GIF")
    group.add_argument("--replay", metavar="DIR", help="replay a recording (no PROGRAM)")
    group.add_argument("--size", metavar="WxH", default="1280x720",
                       help="window / screenshot size (default 1280x720)")
    group.add_argument("--speed", metavar="N", type=int, default=3,
                       help=f"initial speed 0-{len(SPEEDS) - 1} (instructions per refresh: "
                            f"{', '.join(map(str, SPEEDS))})")
    group.add_argument("--max-frames", metavar="N", type=int, default=500,
                       help="headless: at most N screenshots (default 500)")
    return parser


def split_argv(argv: list[str]) -> tuple[list[str], list[str]]:
    """(panel options, run argv): the panel's own options are taken out, wherever they are
    before PROGRAM; everything from PROGRAM on belongs to the run."""
    run_actions = build_parser()._option_string_actions
    panel, run = [], []
    i = 0
    while i < len(argv):
        token = argv[i]
        name = token.split("=", 1)[0]
        if name in PANEL_OPTIONS:
            takes = PANEL_OPTIONS[name] and "=" not in token
            panel += argv[i:i + 1 + takes]
            i += 1 + takes
        elif token.startswith("-") and name in run_actions:
            takes = run_actions[name].nargs != 0 and "=" not in token
            run += argv[i:i + 1 + takes]
            i += 1 + takes
        else:
            run += argv[i:]
            break
    return panel, run


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValueError(f"--size: '{text}' is not WIDTHxHEIGHT") from None
    if not (640 <= w <= 7680 and 400 <= h <= 4320):
        raise ValueError(f"--size: {w}x{h} is outside 640x400 .. 7680x4320")
    return w, h


def parse_snap_on(text: str) -> tuple[set, set]:
    """'segv,oom_kill' -> ({'oom_kill'} event kinds, {'segv'} fault kinds).  A name that is
    both (cow: the fault and the copy event) selects both."""
    from pagelab.kernel.trace import ALIASES, parse_kinds
    kinds, faults = set(), set()
    for item in filter(None, (t.strip() for t in text.split(","))):
        if item in FAULT_KINDS:
            faults.add(item)
        if item in EVENT_TYPES or item in ALIASES or item not in FAULT_KINDS:
            kinds |= parse_kinds(item)
    return kinds, faults


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    panel_argv, run_argv = split_argv(argv)
    parser = build_parser()
    try:
        options = parser.parse_args(panel_argv + run_argv)
    except SystemExit as exit_:
        return 0 if exit_.code in (0, None) else EXIT_USAGE
    try:
        size = parse_size(options.size)
        snap_kinds, snap_faults = parse_snap_on(options.snap_on)
        if options.replay is None and options.program is None:
            raise ValueError("PROGRAM is missing (the panel runs no interactive shell)")
        if options.replay is not None and run_argv:
            raise ValueError("--replay: the recording has the program and its options; "
                             f"remove '{' '.join(run_argv)}'")
        if options.headless and not options.record and not options.replay:
            raise ValueError("--headless: needs --record DIR (or --replay DIR)")
        if options.gif and not options.headless:
            raise ValueError("--gif: only with --headless")
        if not 0 <= options.speed < len(SPEEDS):
            raise ValueError(f"--speed: choose 0 .. {len(SPEEDS) - 1}")
        if options.every < 0 or options.max_frames < 1:
            raise ValueError("--every / --max-frames: must be positive")
    except ValueError as error:
        print(f"pagelab panel: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        from pagelab.tools.panel.view import init_pygame
        pygame = init_pygame(options.headless)
    except ImportError:
        print("pagelab panel: pygame is not installed (pip install 'pagelab[panel]')",
              file=sys.stderr)
        return EXIT_NO_DISPLAY
    if not options.headless and pygame.display.get_driver() not in WINDOW_DRIVERS:
        print(f"pagelab panel: no display to open a window on (SDL video driver "
              f"'{pygame.display.get_driver()}'); use --headless --record DIR",
              file=sys.stderr)
        pygame.quit()
        return EXIT_NO_DISPLAY
    try:
        if options.headless:
            return run_headless(options, run_argv, size, snap_kinds, snap_faults)
        return run_window(pygame, options, run_argv, size)
    except SessionError as error:
        print(f"pagelab panel: {error}", file=sys.stderr)
        return EXIT_LOAD
    except pygame.error as error:
        print(f"pagelab panel: cannot open a window ({error}); try --headless --record DIR",
              file=sys.stderr)
        return EXIT_NO_DISPLAY
    except KeyboardInterrupt:
        return 130
    except Exception as error:               # a pagelab bug: one line, no traceback
        if os.environ.get("PAGELAB_DEBUG"):
            raise
        print(f"pagelab panel: internal error: {type(error).__name__}: {error} "
              f"(set PAGELAB_DEBUG=1 for a traceback)", file=sys.stderr)
        return 70
    finally:
        pygame.quit()


# --- headless ----------------------------------------------------------------------------------
class Screenshots:
    """Renders the view into PNG files frame-0001.png, frame-0002.png, ... in a directory."""

    def __init__(self, directory: str, view, size, limit: int):
        import pygame
        os.makedirs(directory, exist_ok=True)
        for name in os.listdir(directory):            # a new recording replaces the old one
            if name.startswith("frame-") and name.endswith(".png"):
                os.remove(os.path.join(directory, name))
        self.directory, self.view, self.limit = directory, view, limit
        self.surface = pygame.Surface(size)
        self.paths: list[str] = []

    def take(self, note: str = "") -> None:
        import pygame
        if len(self.paths) >= self.limit:
            return
        self.view.message = note
        self.view.draw(self.surface)
        path = os.path.join(self.directory, f"frame-{len(self.paths) + 1:04d}.png")
        pygame.image.save(self.surface, path)
        self.paths.append(path)


def run_headless(options, run_argv, size, snap_kinds, snap_faults) -> int:
    from pagelab.tools.panel import record
    from pagelab.tools.panel.view import PanelView, describe
    replay = record.Replay(options.replay) if options.replay else None
    session = replay.session if replay else Session(run_argv)
    if replay and replay.warning:
        print(f"pagelab panel: warning: {replay.warning}", file=sys.stderr)
    view = PanelView(session, size)
    if replay:
        view.timeline_events = replay.log
    shots = Screenshots(options.record, view, size, options.max_frames) if options.record \
        else None

    def wants(event) -> bool:
        return event.kind in snap_kinds or (event.kind == "fault" and
                                            event.fault_kind in snap_faults)

    def on_event(event) -> None:
        # drawn right here, inside the tracepoint: the screen shows the state at the event
        # (an OOM kill's full memory, before the victim's frames are freed)
        if shots is not None and (wants(event) or (
                options.every and len(session.events) % options.every == 0)):
            shots.take("at " + describe(event).strip())
    if shots is not None:
        session.kernel.trace.listen(on_event)
    while not session.finished:
        session.run_slice(2_000_000)
    if shots is not None:
        shots.take(f"at exit: {session.state}, status {session.exit_status()}")
        if replay is None:
            record.save(options.record, session)
        if options.gif:
            write_gif(shots.paths, options.gif)
        print(f"pagelab panel: {len(shots.paths)} screenshots and {len(session.events)} events "
              f"in {options.record}", file=sys.stderr)
    sys.stdout.write(bytes(session.console).decode("utf-8", "replace"))
    if replay is not None:
        if not replay.check() or len(session.events) != len(replay.log):
            at = replay.diverged_at if replay.diverged_at is not None else len(session.events)
            print(f"pagelab panel: the replay differs from the recording at event {at}",
                  file=sys.stderr)
            return EXIT_LOAD
        print(f"pagelab panel: replay matches the recording ({len(replay.log)} events)",
              file=sys.stderr)
    return exit_code(session)


def exit_code(session) -> int:
    """As `pagelab run`: the program's status, 124 after --max-instructions, 125 deadlock."""
    from pagelab.tools.run import EXIT_DEADLOCK, EXIT_MAX_INSTRUCTIONS
    if session.state == "halted":
        return EXIT_DEADLOCK if session.kernel.halt_reason == "deadlock" else \
            EXIT_MAX_INSTRUCTIONS
    return session.exit_status() if session.state == "exited" else 0


def write_gif(paths: list[str], out: str, frame_ms: int = 700) -> None:
    """An animated GIF of the screenshots (Pillow: adaptive palette per frame, loops)."""
    try:
        from PIL import Image
    except ImportError:
        raise SessionError("--gif needs Pillow (pip install 'pagelab[panel]')") from None
    frames = [Image.open(p).convert("RGB").quantize(colors=128) for p in paths]
    if not frames:
        return
    durations = [frame_ms] * (len(frames) - 1) + [frame_ms * 4]    # linger on the last one
    frames[0].save(out, save_all=True, append_images=frames[1:], duration=durations, loop=0,
                   optimize=True)


# --- interactive -------------------------------------------------------------------------------
class Controller:
    """Keys and clicks -> session stepping and view state (the window's event loop)."""

    def __init__(self, pygame, view, session, speed: int, replay=None):
        self.pygame, self.view, self.session = pygame, view, session
        self.replay = replay
        self.running = False
        self.speed = speed
        self.typing: str | None = None           # the VA being typed after 'g'
        self.quit = False
        # the screen drawn inside the tracepoint of a breakpoint (the state at the event, e.g.
        # memory before an OOM kill frees it), shown until the next key or click
        self.frozen = None
        session.on_hit = self._freeze
        self._update_speed()

    def _update_speed(self) -> None:
        state = "running" if self.running else "paused"
        self.view.speed_text = f"{state}, speed {self.speed} ({SPEEDS[self.speed]:,} insn/refresh)"

    def set_session(self, session) -> None:
        self.session = self.view.session = session
        session.on_hit = self._freeze

    def _freeze(self, event) -> None:
        from pagelab.tools.panel.view import describe
        if not self.session.is_breakpoint(event):
            return                                  # a step's stop, not a breakpoint
        surface = self.pygame.Surface(self.view.size)
        self.view.message = "breakpoint: " + describe(event).strip()
        self.view.draw(surface)
        self.frozen = surface

    def seek(self, index: int) -> None:
        """Replay: go to event `index` and say where we are (and whether it still matches)."""
        self.replay.seek(index)
        self._seeked()

    def _seeked(self) -> None:
        self.set_session(self.replay.session)
        n = len(self.replay.log)
        self.view.message = f"event {self.replay.position}/{n}"
        if self.replay.diverged_at is not None:
            self.view.message += (f" -- differs from the recording at event "
                                  f"{self.replay.diverged_at}")

    def tick(self) -> None:
        """One refresh: run a slice when running."""
        if self.running and not self.session.finished:
            if self.replay is not None:
                self.seek(self.replay.position + max(1, self.speed))
                if self.replay.position >= len(self.replay.log):
                    self.running = False
            else:
                self.session.run_slice(SPEEDS[self.speed])
            if self.session.hit is not None:
                self.running = False
                if self.frozen is None:
                    from pagelab.tools.panel.view import describe
                    self.view.message = "breakpoint: " + describe(self.session.hit).strip()
        if self.session.finished:
            self.running = False
        self._update_speed()

    def step(self, kinds=None) -> None:
        from pagelab.tools.panel.view import describe
        self.running = False
        if self.replay is not None:                 # replay: one recorded event forward
            self.seek(self.replay.position + 1)
            return
        if kinds is None:
            self.session.step_instruction()
            self.view.message = f"pc {self.session.kernel.machine.pc:#x}"
            return
        event = self.session.run_until(kinds)
        self.view.message = ("stopped at " + describe(event).strip()) if event else \
            f"no more events ({self.session.state})"

    def key(self, event) -> None:
        pg = self.pygame
        if self.frozen is not None:                 # back to the live state first
            self.frozen, self.view.message = None, ""
        if self.typing is not None:
            self._type_va(event)
            return
        ch = event.unicode
        view = self.view
        if event.key in (pg.K_q,) or (event.key == pg.K_ESCAPE and view.frame_detail is None
                                      and not view.show_maps):
            self.quit = True
        elif event.key == pg.K_ESCAPE:
            view.frame_detail, view.show_maps = None, False
        elif event.key == pg.K_SPACE:
            self.running = not self.running and not self.session.finished
            self.view.message = ""
        elif ch == "s":
            self.step()
        elif ch == "f":
            self.step({"fault"})
        elif ch == "c":
            self.step({"syscall_enter"})
        elif ch == "e":
            self.step(set(EVENT_TYPES))
        elif ch in ("+", "="):
            self.speed = min(len(SPEEDS) - 1, self.speed + 1)
        elif ch == "-":
            self.speed = max(0, self.speed - 1)
        elif ch in BREAK_KEYS:
            kinds = BREAK_KEYS[ch]
            if kinds <= self.session.break_kinds:
                self.session.break_kinds -= kinds
            else:
                self.session.break_kinds |= kinds
        elif ch == "v":
            va = view.walk_va if view.walk_va is not None else (
                self.session.last_fault.va if self.session.last_fault else None)
            if va is not None:
                self.session.break_vas ^= {va >> 12}
        elif ch == "g":
            self.typing = ""
            view.message = "VA (hex), Enter: "
        elif ch == "l":
            view.walk_va = None
        elif ch == "m":
            view.show_maps = not view.show_maps
        elif self.replay is not None and event.key in (pg.K_LEFT, pg.K_RIGHT, pg.K_PAGEUP,
                                                       pg.K_PAGEDOWN, pg.K_HOME, pg.K_END):
            n = len(self.replay.log)
            delta = {pg.K_LEFT: -1, pg.K_RIGHT: 1, pg.K_PAGEUP: -max(1, n // 20),
                     pg.K_PAGEDOWN: max(1, n // 20), pg.K_HOME: -n, pg.K_END: n}[event.key]
            self.seek(self.replay.position + delta)
        self._update_speed()

    def _type_va(self, event) -> None:
        pg = self.pygame
        if event.key == pg.K_RETURN:
            text, self.typing = self.typing, None
            try:
                self.view.walk_va = int(text, 16)
                self.view.message = ""
            except ValueError:
                self.view.message = f"not a hex address: '{text}'"
        elif event.key == pg.K_ESCAPE:
            self.typing, self.view.message = None, ""
        elif event.key == pg.K_BACKSPACE:
            self.typing = self.typing[:-1]
        elif event.unicode and event.unicode.lower() in "0123456789abcdefx":
            self.typing += event.unicode.lower()
        if self.typing is not None:
            self.view.message = "VA (hex), Enter: " + self.typing

    def click(self, pos) -> None:
        view = self.view
        if self.frozen is not None:
            self.frozen, view.message = None, ""
            return
        if view.frame_detail is not None:
            view.frame_detail = None
            return
        pfn = view.frame_at(pos)
        if pfn is not None:
            view.frame_detail = self.session.frame_info(pfn)
            return
        pid = view.process_at(pos)
        if pid is not None:
            view.selected_pid = None if view.selected_pid == pid else pid
            return
        fraction = view.timeline_fraction(pos)
        if fraction is not None and self.replay is not None:
            self.replay.seek_time(fraction)
            self._seeked()


def run_window(pygame, options, run_argv, size) -> int:
    from pagelab.tools.panel import record
    from pagelab.tools.panel.view import PanelView
    replay = record.Replay(options.replay) if options.replay else None
    session = replay.session if replay else Session(run_argv)
    screen = pygame.display.set_mode(size, pygame.RESIZABLE)
    pygame.display.set_caption("pagelab panel")
    view = PanelView(session, size)
    if replay:
        view.timeline_events = replay.log
        view.message = replay.warning or f"replay of {options.replay}: {len(replay.log)} events"
    control = Controller(pygame, view, session, options.speed, replay)
    clock = pygame.time.Clock()
    while not control.quit:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                control.quit = True
            elif event.type == pygame.VIDEORESIZE:
                size = (max(event.w, 800), max(event.h, 500))
                screen = pygame.display.set_mode(size, pygame.RESIZABLE)
                view.resize(size)
            elif event.type == pygame.KEYDOWN:
                control.key(event)
            elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
                control.click(event.pos)
            elif event.type == pygame.MOUSEMOTION:
                view.hover_pos = event.pos
        control.tick()
        if control.frozen is not None:
            screen.blit(control.frozen, (0, 0))
        else:
            view.draw(screen)
        pygame.display.flip()
        clock.tick(30)
    if options.record and replay is None:
        record.save(options.record, control.session)
    return exit_code(control.session)
