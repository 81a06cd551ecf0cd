"""Recording a run and replaying it.

A recording is a directory:

    run.json       {"argv": [...the `pagelab run` options, program and arguments...],
                    "program_sha256": ..., "events": N, "exit_status": S, "state": ...}
    events.jsonl   every event, one JSON object a line (kernel/trace.py `to_json`)
    frame-NNNN.png screenshots (headless mode)

pagelab runs are deterministic (simulated time, seeded randomness), so the options alone
reproduce the run; the event log is the reference a replay is checked against, and the
timeline a replay seeks along.  Seeking backwards starts a fresh kernel and runs it forward to
the wanted event (a few hundred milliseconds for the demos).
"""
from __future__ import annotations

import hashlib
import json
import os

from pagelab.kernel.trace import from_json, to_json
from pagelab.tools.panel.model import Session, SessionError


def program_digest(program: str) -> str | None:
    """sha256 of the program file (None for a guest path such as /bin/cat)."""
    try:
        with open(program, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


def save(directory: str, session: Session) -> None:
    """Write run.json and events.jsonl for `session` into `directory`."""
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "events.jsonl"), "w") as handle:
        encode = json.JSONEncoder(separators=(",", ":")).encode
        for event in session.events:
            handle.write(encode(to_json(event)) + "\n")
    info = {"argv": session.argv, "program_sha256": program_digest(session.options.program),
            "events": len(session.events), "state": session.state,
            "exit_status": session.exit_status() if session.state == "exited" else None}
    with open(os.path.join(directory, "run.json"), "w") as handle:
        json.dump(info, handle, indent=1)
        handle.write("\n")


def load(directory: str) -> tuple[dict, list]:
    """(run.json contents, events) of a recording; SessionError when it is unreadable."""
    try:
        with open(os.path.join(directory, "run.json")) as handle:
            info = json.load(handle)
        events = []
        with open(os.path.join(directory, "events.jsonl")) as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        events.append(from_json(json.loads(line)))
                    except ValueError as error:
                        raise SessionError(f"{directory}/events.jsonl:{number}: {error}") \
                            from None
    except OSError as error:
        raise SessionError(f"{directory}: not a recording ({error.strerror}: "
                           f"{error.filename})") from None
    except json.JSONDecodeError as error:
        raise SessionError(f"{directory}/run.json: {error}") from None
    if not isinstance(info.get("argv"), list):
        raise SessionError(f"{directory}/run.json: no 'argv' list")
    return info, events


class Replay:
    """A recorded run, re-executed on demand: `seek(index)` leaves `session` right after the
    index-th event (at the first trap boundary at or after it)."""

    def __init__(self, directory: str):
        self.directory = directory
        self.info, self.log = load(directory)
        self.warning = ""
        digest = self.info.get("program_sha256")
        argv = self.info["argv"]
        program = Session.program_of(argv)
        if digest is not None and program is not None and program_digest(program) != digest:
            self.warning = f"{program} changed since the recording"
        self.session = Session(argv)
        self.diverged_at: int | None = None

    @property
    def position(self) -> int:
        return len(self.session.events)

    def seek(self, index: int) -> None:
        index = max(0, min(index, len(self.log)))
        if index < self.position:
            self.session = Session(self.info["argv"])
        if index > self.position:
            self.session.run_to_event_count(index)
        self.check()

    def seek_time(self, fraction: float) -> None:
        """Seek to the first event at `fraction` of the recorded run's simulated time."""
        end = self.log[-1].time_ns if self.log else 0
        target = fraction * end
        index = next((i for i, e in enumerate(self.log) if e.time_ns >= target), len(self.log))
        self.seek(index)

    def check(self) -> bool:
        """Compare the events so far with the recording; remember where they first differ."""
        events = self.session.events
        for i, (mine, recorded) in enumerate(zip(events, self.log)):
            if mine != recorded:
                self.diverged_at = i
                return False
        if len(events) > len(self.log):
            self.diverged_at = len(self.log)
            return False
        self.diverged_at = None
        return True
