"""Assembler diagnostics in GNU style.

Every problem found in a source file becomes an `AsmError` that knows where it happened:

    prog.s:12:9: error: unknown instruction 'addd' (did you mean 'add'?)
        addd a0, a0, a1
        ^

The assembler collects errors instead of stopping at the first one; at the end of a run a
non-empty list is raised as `AsmErrors`, whose `str()` is the whole report (one block per error,
in source order).  Nothing else escapes `pagelab.asm.assemble`: internal failures on bad input
are bugs, and the fuzz tests look for them.
"""
from __future__ import annotations

from typing import NamedTuple


class Origin(NamedTuple):
    """Where a preprocessed line came from: file name, 1-based line, the line's text.

    `via` names the macro/.rept expansion the line came out of (for the message), or "".
    Immutable and compared by value; a named tuple because one is made for every source line
    (a third of the cost of a frozen dataclass).
    """
    file: str
    line: int
    text: str
    via: str = ""


class AsmError(Exception):
    """One diagnostic.  `column` is 1-based; 0 means "the whole line" (caret at the first word)."""

    def __init__(self, message: str, origin: Origin | None = None, column: int = 0,
                 severity: str = "error"):
        super().__init__(message)
        self.message = message
        self.origin = origin
        self.column = column
        self.severity = severity

    def format(self) -> str:
        if self.origin is None:
            return f"pagelab-asm: {self.severity}: {self.message}"
        o = self.origin
        text = o.text.rstrip("\n").replace("\t", " ")
        col = self.column
        if col <= 0:
            col = len(text) - len(text.lstrip()) + 1
        col = min(col, len(text) + 1)
        where = col
        if len(text) > _SHOWN:
            # a very long line (a 20 MB string, a million parentheses): show the part
            # around the caret only
            start = max(0, col - _SHOWN // 2)
            piece = text[start:start + _SHOWN]
            text = ("..." if start else "") + piece + ("..." if start + _SHOWN < len(text) else "")
            col = col - start + (3 if start else 0)
        head = f"{o.file}:{o.line}:{where}: {self.severity}: {self.message}"
        if o.via:
            head += f" (in {o.via})"
        return f"{head}\n    {text}\n    {' ' * (col - 1)}^"

    def sort_key(self):
        if self.origin is None:
            return ("", 0, 0)
        return (self.origin.file, self.origin.line, self.column)

    def __str__(self) -> str:
        return self.format()


_SHOWN = 160          # longest source line shown under a message


class AsmErrors(Exception):
    """All the errors of one assembly run.  `errors` is the list; `str()` is the full report."""

    def __init__(self, errors: list[AsmError]):
        self.errors = list(errors)
        super().__init__(self.report())

    def report(self) -> str:
        return "\n".join(e.format() for e in self.errors)

    def __str__(self) -> str:
        return self.report()


# Bounds that keep hostile input from hanging the assembler or exhausting memory (the list,
# with GNU as's equivalents, is in asm/__init__.py's docstring and docs/interfaces.md §2).
MAX_ERRORS = 200                 # stop collecting after this many (GNU keeps going; we cap)
MAX_REPT = 1_000_000             # largest .rept count
MAX_EXPANDED_LINES = 2_000_000   # total lines after .rept/.irp/.macro expansion
MAX_EXPANSION_WORK = 2_000_000   # body lines read by all expansions (also skipped .if lines)
MAX_MACRO_DEPTH = 100            # nested .macro/.rept/.irp/.irpc bodies (GNU: max_macro_nest)
MAX_INCLUDE_DEPTH = 50           # nested .include
MAX_OUTPUT_BYTES = 64 << 20      # bytes of section contents per file (.skip/.zero/.fill)
MAX_EXPR_DEPTH = 256             # nesting of one expression: parentheses and operators
