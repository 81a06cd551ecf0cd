"""The kernel log (what `dmesg` shows).

Linux keeps its messages in a ring buffer (`printk`); `dmesg` prints each one behind a timestamp
in seconds since boot, `[    1.234567] text`.  pagelab does the same with *simulated* time, so
two runs of the same program give the same log, byte for byte.

    log = KernelLog(clock=kernel.now_ns)
    log.log("a.out[2]: unhandled signal 11 code 0x1 at 0x0000000000000010 in a.out[10,10000+1000]")
    print(log.render())        # [    0.000123] a.out[2]: unhandled signal 11 ...

`log_once(key, line)` logs a line only the first time `key` is seen (used for "unknown system
call" notes, which Linux also rate-limits).  The buffer keeps the newest `capacity` lines.
"""
from __future__ import annotations

from collections import deque
from typing import Callable


class KernelLog:
    def __init__(self, clock: Callable[[], int] | None = None, capacity: int = 4096):
        self._clock = clock or (lambda: 0)
        self._lines: deque[tuple[int, str]] = deque(maxlen=capacity)
        self._once: set = set()
        self.listeners: list[Callable[[int, str], None]] = []   # e.g. a live console view

    def log(self, line: str) -> None:
        """Append one message (several lines may be passed separated by newlines)."""
        when = self._clock()
        for part in str(line).split("\n"):
            self._lines.append((when, part))
            for listener in self.listeners:
                listener(when, part)

    def log_once(self, key, line: str) -> None:
        if key in self._once:
            return
        self._once.add(key)
        self.log(line)

    def entries(self) -> list[tuple[int, str]]:
        """(time in ns, text) for every message still in the buffer, oldest first."""
        return list(self._lines)

    def lines(self) -> list[str]:
        return [text for _, text in self._lines]

    def render(self) -> str:
        """The buffer as `dmesg` prints it: `[seconds.micros] text` per line."""
        out = []
        for when, text in self._lines:
            seconds, rest = divmod(when, 1_000_000_000)
            out.append(f"[{seconds:5d}.{rest // 1000:06d}] {text}\n")
        return "".join(out)
