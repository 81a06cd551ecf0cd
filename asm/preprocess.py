"""Text-level processing before parsing: comments, .include, macros, repetition, conditionals.

GNU as handles these while it reads; we do the same in one streaming pass over lines and hand
the parser one flat text (one statement per line) plus an origin table mapping each output line
back to its file, line and column:

* comments: `#` to end of line and `/* ... */` (may span lines), never inside strings or
  character literals; `;` separates statements (each becomes its own output line);
* `.include "file"` (relative to the including file, then the current directory);
* `.macro name args` ... `.endm` with positional, `name=default`, `name:req` and `name:vararg`
  parameters, `\\name`, `\\()` and `\\@` substitutions, `.exitm`, `.purgem`;
* `.rept N` / `.irp sym, values...` / `.irpc sym, chars` ... `.endr`;
* `.if expr`, `.ifdef`, `.ifndef`/`.ifnotdef`, `.ifeq`, `.ifne`, `.ifgt/ge/lt/le`, `.ifc`,
  `.ifnc`, `.ifb`, `.ifnb`, `.elseif`, `.else`, `.endif`.

Conditions are evaluated here, so they can only use constants and symbols assigned earlier with
`.equ`/`.set`/`=` (tracked as they stream past) - as in GNU as, where a `.if` expression must be
absolute when it is read.  `.ifdef` also knows labels defined earlier.

Bounds (errors.py) stop runaway `.rept`, recursion and expansion size, as GNU as does:

* nesting: more than MAX_MACRO_DEPTH (100) macro/.rept/.irp/.irpc bodies inside each other is
  fatal - "macros nested too deeply", GNU's message and limit (max_macro_nest) - so a `.rept 2`
  around a self-`.include`, or an `.irp` whose body calls its own macro, stops at once instead
  of exploring 2**100 expansions; more than MAX_INCLUDE_DEPTH nested `.include`s is fatal too;
* size: more than MAX_EXPANDED_LINES lines out, or MAX_EXPANSION_WORK body lines read by all
  expansions together (so an empty `.rept 1000000` called a thousand times stops too), is fatal;
  a `.rept` count above MAX_REPT is an error;
* input: each file (also an included one) must be a regular file of at most
  inputfile.MAX_INPUT_BYTES; a NUL byte in an `.include` name is an error (GNU: "can't open").

A fatal error ends preprocessing of the file (it is raised as AsmError and reported with the
others), like GNU's as_fatal.
"""
from __future__ import annotations

import os
import re
import sys

from .errors import (MAX_EXPANDED_LINES, MAX_EXPANSION_WORK, MAX_INCLUDE_DEPTH, MAX_MACRO_DEPTH,
                     MAX_REPT, AsmError, Origin)
from .inputfile import InputError, read_regular_file
from .parser import parse_expression
from .expr import ExprError, decimal_value, evaluate, wrap

_WORD = re.compile(r"\s*((?:[A-Za-z_$][\w.$]*|\.[\w.$]+|[0-9]+)\s*:(?!=)\s*)*([A-Za-z_.$][\w.$]*)?")
_LABEL_RE = re.compile(r"\s*([A-Za-z_$][\w.$]*|\.[\w.$]+)\s*:")
_ASSIGN_RE = re.compile(r"\s*([A-Za-z_$][\w.$]*|\.[\w.$]+)\s*=(?!=)(.*)$")
_EQU_WORDS = (".equ", ".set", ".equiv", ".eqv")
# an assigned value that is one symbol, a decimal (not octal) or a hex number
_SIMPLE = r"\s*([A-Za-z_$][\w.$]*|\.[\w.$]+|[1-9][0-9]*|0|0[xX][0-9A-Fa-f]+)\s*"
_SIMPLE_VALUE = re.compile(_SIMPLE)
# the rest of `name = value` after the name, when the value is that simple
_SIMPLE_AFTER_NAME = re.compile(r"\s*=(?!=)" + _SIMPLE + r"\Z")
_WORDS = re.compile(r"[\w.$]+")
_SUBST = re.compile(r"\\(\(\)|@|[A-Za-z_$][\w$]*)")

BLOCK_DIRECTIVES = {
    ".macro", ".endm", ".rept", ".irp", ".irpc", ".endr", ".if", ".ifdef", ".ifndef", ".ifnotdef",
    ".ifeq", ".ifne", ".ifgt", ".ifge", ".iflt", ".ifle", ".ifc", ".ifnc", ".ifb", ".ifnb",
    ".ifeqs", ".ifnes", ".elseif", ".else", ".endif", ".include", ".exitm", ".purgem", ".end",
}
_IF_OPEN = {".if", ".ifdef", ".ifndef", ".ifnotdef", ".ifeq", ".ifne", ".ifgt", ".ifge", ".iflt",
            ".ifle", ".ifc", ".ifnc", ".ifb", ".ifnb", ".ifeqs", ".ifnes"}


class Macro:
    def __init__(self, name, params, body, origin):
        self.name = name
        self.params = params        # list of (name, default or None, kind: ""/"req"/"vararg")
        self.body = body            # list of (text, origin)
        self.origin = origin


class _Exit(Exception):
    """.exitm: stop the innermost macro expansion."""


# A string literal to its closing quote or the end of the line (escapes skip the next
# character), possessive where Python has it: scanning a 20 MB string costs no per-character
# Python work or regex state.
_P = "+" if sys.version_info >= (3, 11) else ""
_OPEN_STRING = rf'"[^"\\]*{_P}(?:\\[\s\S][^"\\]*{_P})*{_P}"?'
# what strip_comments looks for: strings and character literals ('x, 'x', '\n') are kept,
# `#` and `/*` start comments
_COMMENT_SCAN = re.compile(_OPEN_STRING + r"""|'\\?[\s\S]?'?|#|/\*""")
# what split_statements looks for: `;` outside strings and character literals ('x, '\x)
_SPLIT_SCAN = re.compile(_OPEN_STRING + r"""|'\\?[\s\S]?|;""")


def strip_comments(line: str, state: list) -> str:
    """Remove comments from one line.  state[0] is True inside a /* */ comment (carried over)."""
    if not state[0] and "#" not in line and "/*" not in line:
        return line
    out = []
    i = 0
    if state[0]:
        j = line.find("*/")
        if j < 0:
            return ""
        state[0] = False
        out.append(" ")
        i = j + 2
    while True:
        m = _COMMENT_SCAN.search(line, i)
        if m is None:
            out.append(line[i:])
            break
        token = m.group() if m.end() - m.start() <= 2 else None
        if token == "#":
            out.append(line[i:m.start()])
            break
        if token == "/*":
            out.append(line[i:m.start()])
            j = line.find("*/", m.end())
            if j < 0:
                state[0] = True
                break
            out.append(" ")
            i = j + 2
            continue
        out.append(line[i:m.end()])       # a string or character literal, kept as it is
        i = m.end()
    return "".join(out)


def split_statements(line: str) -> list[tuple[str, int]]:
    """Split a comment-free line at `;` outside strings.  Returns (text, start column) pairs."""
    if ";" not in line:
        return [(line, 0)]
    parts = []
    start = 0
    for m in _SPLIT_SCAN.finditer(line):
        if m.end() - m.start() == 1 and line[m.start()] == ";":
            parts.append((line[start:m.start()], start))
            start = m.end()
    parts.append((line[start:], start))
    return parts


def split_args(text: str) -> list[str]:
    """Split directive/macro arguments at top-level commas (outside quotes and parentheses)."""
    args, depth, start, i, n = [], 0, 0, 0, len(text)
    if not text.strip():
        return []
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth <= 0:
            args.append(text[start:i].strip())
            start = i + 1
        i += 1
    args.append(text[start:].strip())
    return args


def _quote_section_name(text: str, start: int) -> str:
    """`.section .note.GNU-stack,...`: a section name may hold characters (like '-') that are
    operators in expressions, so it reaches the parser as a string."""
    rest = text[start:]
    stripped = rest.lstrip()
    if not stripped or stripped[0] == '"':
        return text
    end = stripped.find(",")
    name = (stripped if end < 0 else stripped[:end]).strip()
    tail = "" if end < 0 else stripped[end:]
    pad = len(rest) - len(stripped)
    return f'{text[:start]}{rest[:pad]}"{name}"{tail}'


def _unquote(s: str) -> str:
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        return s[1:-1]
    return s


class Preprocessor:
    """Streams source files into (lines, origins) for the parser; collects errors."""

    def __init__(self, read_file=None, include_dirs=()):
        self.read_file = read_file or _read_file
        self.include_dirs = list(include_dirs)
        self.lines: list[str] = []
        self.origins: list[tuple[Origin, int]] = []     # (origin, column offset)
        self.errors: list[AsmError] = []
        self.macros: dict[str, Macro] = {}
        self.consts: dict[str, int] = {}
        self.defined: set[str] = set()
        # `x = y` / `x = 12` lines not yet applied to consts/defined: kept as (x, y) and applied
        # when a condition or expression first needs them (a 100,000-line chain with no .if
        # after it costs one list append per line)
        self.pending: list[tuple[str, str]] = []
        self.cond: list[list] = []       # [active, taken, origin] per open .if
        self.macro_counter = 0
        self.depth = 0               # macro invocations (for .exitm)
        self.nest = 0                # macro/.rept/.irp/.irpc bodies being expanded
        self.work = 0                # body lines read by expansions so far
        self.include_depth = 0

    # ---- entry points
    def run_file(self, path: str, text: str | None = None):
        if text is None:
            try:
                text = self.read_file(path)
            except InputError as e:
                self.errors.append(AsmError(f"cannot read {e}"))
                return
            except OSError as e:
                self.errors.append(AsmError(f"cannot read '{path}': {e.strerror or e}"))
                return
        self._run_text(path, text)
        for entry in self.cond:
            self.errors.append(AsmError("missing .endif for this conditional", entry[2]))
        self.cond = []

    def _run_text(self, path, text):
        state = [False]
        items = []
        append = items.append
        for number, raw in enumerate(text.split("\n"), start=1):
            # (strip_comments' own quick test, without the call for the common line)
            line = strip_comments(raw, state) if state[0] or "#" in raw or "/*" in raw else raw
            append((line, Origin(path, number, raw)))
        self._process(iter(items), os.path.dirname(path))

    def error(self, message, origin, col=0):
        self.errors.append(AsmError(message, origin, col))

    # ---- the main loop
    def _emit(self, text, origin, col):
        if len(self.lines) >= MAX_EXPANDED_LINES:
            raise AsmError(f"program too large after expansion (more than {MAX_EXPANDED_LINES} "
                           f"lines)", origin)
        self.lines.append(text)
        self.origins.append((origin, col))

    def _process(self, items, base_dir):
        """Consume (line, origin) items; `items` is an iterator so blocks can pull their bodies."""
        active = True
        lines, origins = self.lines, self.origins
        word_match = _WORD.match
        for line, origin in items:
            for text, col in split_statements(line) if ";" in line else ((line, 0),):
                if not text or text.isspace():
                    continue
                m = word_match(text)                # always matches (every part is optional)
                word = m.group(2)
                # only directives can be block directives or .section
                lword = word.lower() if word and word[0] == "." else None
                if lword in BLOCK_DIRECTIVES:
                    if m.group(1) and active:
                        # labels in front of a block directive: emit them separately
                        self._emit(text[:m.start(2)], origin, col)
                    rest = text[m.end(2):]
                    self._directive(lword, rest, origin, items, base_dir, col + m.start(2) + 1)
                    active = self._active()
                    continue
                if not active:
                    continue
                if word and word in self.macros:
                    if m.group(1):
                        self._emit(text[:m.start(2)], origin, col)
                    self._invoke(self.macros[word], text[m.end(2):], origin, base_dir)
                    active = self._active()
                    continue
                if lword in (".section", ".pushsection"):
                    text = _quote_section_name(text, m.end(2))
                if m.group(1) or (word and (word in _EQU_WORDS or "=" in text)):
                    self._track(text, word, m)
                if len(lines) >= MAX_EXPANDED_LINES:
                    self._emit(text, origin, col)           # raises "program too large"
                lines.append(text)
                origins.append((origin, col))

    def _active(self) -> bool:
        for entry in self.cond:
            if not entry[0]:
                return False
        return True

    def _track(self, text, word, m):
        """Remember labels and constant assignments, for .if/.ifdef."""
        labels = m.group(1)
        if labels:
            for lm in _LABEL_RE.finditer(text, 0, m.start(2) if word else len(text)):
                self.defined.add(lm.group(1))
        if word in _EQU_WORDS:
            args = split_args(text[m.end(2):])
            if len(args) == 2:
                self._assign(args[0], args[1])
        elif word and "=" in text:
            if not labels and word != ".":
                # `x = y` / `x = 12` (the line starts with the name): one match from the
                # name on, as in a 100,000-line chain of them
                simple = _SIMPLE_AFTER_NAME.match(text, m.end(2))
                if simple:
                    self.pending.append((word, simple.group(1)))
                    return
            am = _ASSIGN_RE.match(text)
            if am:
                self._assign(am.group(1), am.group(2))

    def _assign(self, name, expr_text):
        self._apply_pending()
        name = name.strip()
        simple = _SIMPLE_VALUE.fullmatch(expr_text)
        if simple:
            self._assign_simple(name, simple.group(1))
            return
        self.defined.add(name)
        if "'" not in expr_text and '"' not in expr_text and any(
                w not in self.consts for w in _WORDS.findall(expr_text) if not w[0].isdigit()):
            # it names something that is not a constant: evaluating would fail (no parse)
            self.consts.pop(name, None)
            return
        try:
            self.consts[name] = self._eval(expr_text)
        except (ValueError, ExprError):
            self.consts.pop(name, None)

    def _apply_pending(self):
        """Apply the simple assignments _track put aside, in order (see self.pending)."""
        if self.pending:
            for name, word in self.pending:
                self._assign_simple(name, word)
            self.pending.clear()

    def _assign_simple(self, name, word):
        """`name = word`, where word is one symbol, a decimal (not octal) or a hex number: no
        lark parse (a 100,000-line chain of `x = y` stays fast)."""
        self.defined.add(name)
        if word[0].isdigit():
            self.consts[name] = decimal_value(word) if word.isdigit() else \
                wrap(int(word[2:], 16))
        elif word in self.consts:
            self.consts[name] = self.consts[word]
        else:
            self.consts.pop(name, None)

    def _eval(self, text) -> int:
        self._apply_pending()
        node = parse_expression(text)
        if isinstance(node, tuple) and node[0] in ("mem", "str", "tag"):
            raise ValueError("not an expression")

        def lookup(name, node):
            if isinstance(name, str) and name in self.consts:
                return self.consts[name]
            raise ExprError(f"symbol '{name if isinstance(name, str) else name[1]}' is not "
                            f"a constant here")
        return evaluate(node, lookup)

    # ---- block directives
    def _directive(self, word, rest, origin, items, base_dir, col):
        active = self._active()
        if word in _IF_OPEN:
            if not active:
                self.cond.append([False, True, origin])
                return
            try:
                value = self._condition(word, rest)
            except (ValueError, ExprError) as e:
                self.error(f"{word}: {getattr(e, 'message', None) or e}", origin, col)
                value = False
            self.cond.append([value, value, origin])
            return
        if word in (".else", ".elseif"):
            if not self.cond:
                self.error(f"{word} without .if", origin, col)
                return
            entry = self.cond[-1]
            self.cond.pop()
            outer = self._active()
            self.cond.append(entry)
            if entry[1] or not outer:
                entry[0] = False
            elif word == ".else":
                entry[0] = entry[1] = True
            else:
                try:
                    value = bool(self._eval(rest))
                except (ValueError, ExprError) as e:
                    self.error(f".elseif: {getattr(e, 'message', None) or e}", origin, col)
                    value = False
                entry[0] = entry[1] = value
            return
        if word == ".endif":
            if not self.cond:
                self.error(".endif without .if", origin, col)
            else:
                self.cond.pop()
            return
        if not active:
            if word in (".macro", ".rept", ".irp", ".irpc"):
                # skip the whole block so its .endif/.else lines are not seen as ours
                self._collect(word, items, origin)
            return
        if word == ".include":
            self._include(rest, origin, base_dir, col)
        elif word == ".macro":
            self._define_macro(rest, items, origin, col)
        elif word in (".endm", ".endr"):
            self.error(f"{word} without a matching block", origin, col)
        elif word == ".exitm":
            if self.depth == 0:
                self.error(".exitm outside a macro", origin, col)
            else:
                raise _Exit()
        elif word == ".purgem":
            name = rest.strip()
            if self.macros.pop(name, None) is None:
                self.error(f"macro '{name}' is not defined", origin, col)
        elif word == ".end":
            # stop reading this file
            for _ in items:
                pass
        elif word == ".rept":
            body = self._collect(word, items, origin)
            if body is None:
                return
            try:
                count = self._eval(rest)
            except (ValueError, ExprError) as e:
                self.error(f".rept: {getattr(e, 'message', None) or e}", origin, col)
                return
            if not 0 <= count <= MAX_REPT:
                if count < 0:
                    count = 0        # GNU: a negative count repeats zero times
                else:
                    self.error(f".rept count {count} too large (at most {MAX_REPT})", origin, col)
                    return
            size = count * self._estimate(body)
            if len(self.lines) + size > MAX_EXPANDED_LINES:
                self.error(f".rept expands to about {size} lines, more than the "
                           f"{MAX_EXPANDED_LINES} allowed", origin, col)
                return
            if not body:
                self._count_work(count, origin)      # nothing to expand, but it is work
                return
            for _ in range(count):
                self._expand(body, {}, origin, "", base_dir)
        elif word in (".irp", ".irpc"):
            body = self._collect(word, items, origin)
            if body is None:
                return
            args = split_args(rest)
            if not args or not args[0]:
                self.error(f"{word} needs a symbol", origin, col)
                return
            first = args[0].split(None, 1)
            name = first[0]
            values = args[1:]
            if len(first) > 1:
                values = [first[1]] + values
            if word == ".irpc":
                chars = "".join(values)
                values = list(chars)
            elif not values:
                values = [""]
            for value in values:
                self._expand(body, {name: value}, origin, "", base_dir)

    def _estimate(self, body) -> int:
        """Lines a block body expands to, counting nested .rept blocks with constant counts
        (so a runaway nest is refused before any work is done)."""
        total = 0
        stack = [[1, 0]]            # [multiplier, lines] per open .rept
        for line, _ in body:
            m = _WORD.match(line)
            w = m.group(2).lower() if m and m.group(2) else None
            if w == ".rept":
                try:
                    n = max(0, self._eval(line[m.end(2):]))
                except (ValueError, ExprError):
                    n = 1
                stack.append([n, 0])
            elif w == ".endr" and len(stack) > 1:
                n, lines = stack.pop()
                stack[-1][1] += n * max(lines, 1)
            else:
                stack[-1][1] += 1
        while len(stack) > 1:
            n, lines = stack.pop()
            stack[-1][1] += n * max(lines, 1)
        total = stack[0][1]
        return max(total, 1)

    def _condition(self, word, rest) -> bool:
        self._apply_pending()
        if word in (".ifdef", ".ifndef", ".ifnotdef"):
            name = rest.strip()
            known = name in self.defined or name in self.consts
            return known if word == ".ifdef" else not known
        if word in (".ifb", ".ifnb"):
            blank = not rest.strip()
            return blank if word == ".ifb" else not blank
        if word in (".ifc", ".ifnc", ".ifeqs", ".ifnes"):
            parts = split_args(rest)
            if len(parts) != 2:
                raise ValueError("needs two strings separated by ','")
            a, b = (_unquote(p) for p in parts)
            same = a == b
            return same if word in (".ifc", ".ifeqs") else not same
        value = self._eval(rest)
        return {".if": value != 0, ".ifne": value != 0, ".ifeq": value == 0, ".ifgt": value > 0,
                ".ifge": value >= 0, ".iflt": value < 0, ".ifle": value <= 0}[word]

    def _collect(self, word, items, origin) -> list | None:
        """Pull the body of a .rept/.irp/.irpc (up to .endr) or .macro (up to .endm).
        None when the closing directive is missing (an error; GNU expands nothing then)."""
        closing = ".endm" if word == ".macro" else ".endr"
        openers = {".macro"} if word == ".macro" else {".rept", ".irp", ".irpc"}
        depth = 1
        body = []
        for line, org in items:
            m = _WORD.match(line)
            w = m.group(2).lower() if m and m.group(2) else None
            if w in openers:
                depth += 1
            elif w == closing:
                depth -= 1
                if depth == 0:
                    return body
            body.append((line, org))
        self.error(f"{word} without {closing}", origin)
        return None

    def _include(self, rest, origin, base_dir, col):
        name = _unquote(rest)
        if not name:
            self.error(".include needs a file name", origin, col)
            return
        if "\0" in name:
            self.error(".include: the file name contains a NUL byte", origin, col)
            return
        if self.include_depth >= MAX_INCLUDE_DEPTH:
            raise AsmError(f".include nested too deeply (more than {MAX_INCLUDE_DEPTH} levels)",
                           origin, col)
        candidates = [os.path.join(base_dir, name)] + [os.path.join(d, name)
                                                        for d in self.include_dirs] + [name]
        for path in candidates:
            try:
                text = self.read_file(path)
            except InputError as e:
                if e.missing:
                    continue
                self.error(f".include: {e}", origin, col)
                return
            except OSError:
                continue
            self.include_depth += 1
            try:
                self._run_text(path, text)
            finally:
                self.include_depth -= 1
            return
        self.error(f"cannot find include file '{name}'", origin, col)

    # ---- macros
    def _define_macro(self, rest, items, origin, col):
        body = self._collect(".macro", items, origin)
        if body is None:
            return
        rest = rest.strip()
        if not rest:
            self.error(".macro needs a name", origin, col)
            return
        parts = rest.replace(",", " ").split()
        name = parts[0].rstrip(",")
        params = []
        spec_text = rest[len(name):]
        # parameters: separated by commas and/or spaces; `p=default` may hold no spaces
        for spec in re.findall(r"[^\s,]+(?:\s*=\s*(?:\"[^\"]*\"|[^\s,]+))?", spec_text):
            kind = ""
            default = None
            if "=" in spec:
                spec, default = (s.strip() for s in spec.split("=", 1))
                default = _unquote(default)
            if ":" in spec:
                spec, kind = spec.split(":", 1)
                if kind not in ("req", "vararg"):
                    self.error(f"unknown macro parameter qualifier ':{kind}'", origin, col)
                    kind = ""
            if not re.fullmatch(r"[A-Za-z_$][\w$]*", spec):
                self.error(f"bad macro parameter name '{spec}'", origin, col)
                return
            params.append((spec, default, kind))
        if name in self.macros:
            self.error(f"macro '{name}' is already defined", origin, col)
            return
        self.macros[name] = Macro(name, params, body, origin)
        self.defined.add(name)

    def _invoke(self, macro: Macro, rest, origin, base_dir):
        values: dict[str, str] = {}
        params = macro.params
        raw = rest.strip()
        args = split_args(raw) if raw else []
        if len(args) == 1 and len(params) > 1 and "=" not in args[0]:
            args = raw.split()
        # GNU strips the quotes of a quoted argument: `m "a, b"` passes a, b
        args = [_unquote(a) if len(a) >= 2 and a[0] == a[-1] == '"' else a for a in args]
        positional = 0
        for i, arg in enumerate(args):
            km = re.match(r"([A-Za-z_$][\w$]*)\s*=(?!=)(.*)$", arg)
            if km and any(p[0] == km.group(1) for p in params):
                values[km.group(1)] = km.group(2).strip()
                continue
            if positional >= len(params):
                self.error(f"too many arguments to macro '{macro.name}'", origin)
                return
            pname, _, kind = params[positional]
            if kind == "vararg":
                values[pname] = ", ".join(args[i:])
                break
            values[pname] = arg
            positional += 1
        for pname, default, kind in params:
            if pname not in values or values[pname] == "":
                if kind == "req":
                    self.error(f"missing value for required parameter '{pname}' of macro "
                               f"'{macro.name}'", origin)
                    return
                values[pname] = default if (pname not in values and default is not None) \
                    else values.get(pname) or (default or "")
        self.macro_counter += 1
        self.depth += 1
        open_conditionals = len(self.cond)
        try:
            self._expand(macro.body, values, origin, macro.name, base_dir)
        except _Exit:
            del self.cond[open_conditionals:]     # .exitm leaves the macro's open .ifs too
        finally:
            self.depth -= 1

    def _count_work(self, lines, origin):
        self.work += lines
        if self.work > MAX_EXPANSION_WORK:
            raise AsmError(f"expansion too large (.macro/.rept/.irp bodies read more than "
                           f"{MAX_EXPANSION_WORK} lines)", origin)

    def _expand(self, body, values, call_origin, via, base_dir):
        if self.nest >= MAX_MACRO_DEPTH:
            what = f"recursive macro '{via}'?" if via else "recursive .rept/.irp/.include?"
            raise AsmError(f"macros nested too deeply (more than {MAX_MACRO_DEPTH} levels of "
                           f".macro/.rept/.irp/.irpc; {what})", call_origin)
        self._count_work(len(body) or 1, call_origin)
        counter = str(self.macro_counter - 1)

        def subst(m):
            key = m.group(1)
            if key == "()":
                return ""
            if key == "@":
                return counter
            if key in values:
                return values[key]
            return m.group(0)

        lines = []
        for line, org in body:
            if "\\" in line and (values or via):
                line = _SUBST.sub(subst, line)
            if via and not org.via:
                org = Origin(org.file, org.line, org.text, f"macro '{via}' called from "
                             f"{call_origin.file}:{call_origin.line}")
            lines.append((line, org))
        self.nest += 1
        try:
            self._process(iter(lines), base_dir)
        finally:
            self.nest -= 1


def _read_file(path: str) -> str:
    """A source file's text (a regular file of bounded size, else InputError)."""
    return read_regular_file(path).decode("utf-8", "surrogateescape")


def preprocess(sources: list[tuple[str, str | None]], read_file=None, include_dirs=()):
    """Preprocess one file: `sources` is [(name, text or None to read it)].

    Returns (text, origins, errors): the flat text for the parser, the origin of each of its
    lines as (Origin, column offset), and the errors found.
    """
    lines, origins, errors = preprocess_lines(sources, read_file, include_dirs)
    return "\n".join(lines), origins, errors


def preprocess_lines(sources, read_file=None, include_dirs=()):
    """As `preprocess`, but the flat text as a list of lines (no copy of the whole text:
    `parse` takes the list as it is)."""
    pp = Preprocessor(read_file, include_dirs)
    for name, text in sources:
        try:
            pp.run_file(name, text)
        except AsmError as e:
            pp.errors.append(e)
        except RecursionError:
            pp.errors.append(AsmError(f"{name}: nesting too deep"))
    return pp.lines, pp.origins, pp.errors
