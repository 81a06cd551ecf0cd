"""Parse preprocessed assembly text into a flat list of statements, in one LALR pass.

The grammar is `asm/grammar.lark`.  The `Build` transformer is handed to the Lark constructor, so
lark calls it as each rule is reduced and no parse tree is ever built (the fast path: one call to
`parse` for a whole file).  Statements come out as tuples:

    ("label", name, line, col)
    ("llabel", number, line, col)                 numeric local label `1:`
    ("stmt", name, args, line, col)               directive or instruction; args are arg nodes
    ("assign", name, expr, line, col)             `name = expr`

Arg nodes are expressions (see expr.py) or ("mem", offset_expr, base_expr), ("str", bytes, col),
("tag", name, col) for `@progbits`/`%function`.  Lines and columns are those of the preprocessed
text; the preprocessor's origin table maps them back to files.

Syntax errors: the whole-text parse stops at the first one, so on failure every line is parsed on
its own to report each bad line once, and the good lines are still returned (so that later
checks can report their errors too).
"""
from __future__ import annotations

import functools
import os
import re
import sys

from lark import Lark, Token, Transformer
from lark.lexer import Lexer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .errors import MAX_EXPR_DEPTH
from .expr import decimal_value, fold, local_label_number, wrap

_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "e": 27, "\\": 92,
            '"': 34, "'": 39, "0": 0}


_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|[xX]([0-9a-fA-F]*)|(.)|\Z)", re.S)


def unescape(body: str, start: int = 0, end: int | None = None) -> bytes:
    """Decode the inside of a GNU string literal (C escapes, octal, \\x hex): `body`, or
    body[start:end] without copying it first (a 20 MB `.ascii` line is not sliced).  The
    result is bytes (a bytearray when it holds escapes and is over 64 KiB)."""
    end = len(body) if end is None else end
    if body.find("\\", start, end) < 0:
        if start == 0 and end == len(body):
            return body.encode("utf-8", "surrogateescape")
        return body[start:end].encode("utf-8", "surrogateescape")
    out = bytearray()
    pos = start
    for m in _ESCAPE.finditer(body, start, end):
        if m.start() > pos:
            out += body[pos:m.start()].encode("utf-8", "surrogateescape")
        octal, hexa, other = m.groups()
        if octal is not None:
            out.append(int(octal, 8) & 0xFF)
        elif hexa is not None:
            # GNU takes every hex digit and keeps the low byte
            out.append(int(hexa[-2:] or "0", 16))
        elif other is not None:
            out.append(_ESCAPES.get(other, ord(other) & 0xFF))
        else:
            out.append(92)                   # a lone backslash at the end
        pos = m.end()
    if pos < end:
        out += body[pos:end].encode("utf-8", "surrogateescape")
    # a long result stays a bytearray (bytes-like, equal to the bytes): no second copy
    return bytes(out) if len(out) < _LONG_LINE else out


def char_value(text: str) -> int:
    """Value of a character literal `'a'`, `'\\n'` or GNU's unterminated `'a`."""
    body = text[1:]
    if body.endswith("'") and len(body) > 1:
        body = body[:-1]
    data = unescape(body)
    return data[0] if data else 0


class Build(Transformer):
    """Builds statement tuples and expression nodes while lark parses (no tree).

    Each method receives the rule's children as one list `c` (no v_args wrapper: this runs
    for every reduction, so the extra call layer is measurable).
    """

    # ---- statements
    def start(self, c):
        return c[0]

    def prog_empty(self, c):
        return []

    def prog_keep(self, c):
        return c[0]

    def prog_add(self, c):
        program = c[0]
        program.append(c[1])
        return program

    def label(self, c):
        name = c[0]
        return ("label", str(name), name.line, name.column)

    def local_label(self, c):
        num = c[0]
        return ("llabel", local_label_number(num), num.line, num.column)

    def statement(self, c):
        name = c[0]
        return ("stmt", str(name), (), name.line, name.column)

    def statement_args(self, c):
        name = c[0]
        return ("stmt", str(name), tuple(c[1]), name.line, name.column)

    def args_first(self, c):
        return c

    def args_more(self, c):
        args = c[0]
        args.append(c[1])
        return args

    def args_empty(self, c):
        args = c[0]
        args.append(("empty", 0))
        return args

    def binexpr(self, c):
        return climb(c)

    def assign(self, c):
        name = c[0]
        return ("assign", str(name), c[1], name.line, name.column)

    # ---- arguments
    def mem(self, c):
        return ("mem", c[0], c[1])

    def string(self, c):
        tok = c[0]
        return ("str", unescape(tok[1:-1]), tok.column)

    def type_tag(self, c):
        return ("tag", str(c[0]), c[0].column)

    # ---- atoms
    def dec(self, c):
        return decimal_value(c[0])

    def hex(self, c):
        return wrap(int(c[0][2:], 16))

    def bin(self, c):
        return wrap(int(c[0][2:], 2))

    def oct(self, c):
        return wrap(int(c[0], 8))

    def char(self, c):
        return char_value(str(c[0]))

    def local_ref(self, c):
        return ("lref", str(c[0]), c[0].column)

    def name(self, c):
        return ("sym", str(c[0]), c[0].column)

    def dot(self, c):
        return ("dot", 0)

    def paren(self, c):
        inner = c[0]
        if isinstance(inner, tuple) and inner[0] == "sym":
            return ("paren", inner)
        return inner

    def reloc(self, c):
        kind = c[0]
        return ("reloc", str(kind), c[1], kind.column - 1)

    # ---- unary operators (folded at once on numbers)
    def neg(self, c):
        a = c[0]
        return fold("neg", a) if type(a) is int else ("neg", a)

    def inv(self, c):
        a = c[0]
        return fold("inv", a) if type(a) is int else ("inv", a)

    def lnot(self, c):
        a = c[0]
        return fold("lnot", a) if type(a) is int else ("lnot", a)


# GNU as operator precedence (higher binds tighter) and the node names of expr.py.
_BINARY = {
    "*": (4, "mul"), "/": (4, "div"), "%": (4, "mod"), "<<": (4, "shl"), ">>": (4, "shr"),
    "|": (3, "or_"), "&": (3, "and_"), "^": (3, "xor"), "!": (3, "ornot"),
    "+": (2, "add"), "-": (2, "sub"), "==": (2, "eq"), "!=": (2, "ne"), "<>": (2, "ne"),
    "<": (2, "lt"), ">": (2, "gt"), "<=": (2, "le"), ">=": (2, "ge"),
    "&&": (1, "land"), "||": (1, "lor"),
}


def _node(op, a, b):
    if type(a) is int and type(b) is int and op not in ("div", "mod"):
        return fold(op, a, b)
    return (op, a, b)


def climb(items):
    """operand (OP operand)+ -> a left-associative tree by GNU precedence."""
    operands = [items[0]]
    ops = []
    for i in range(1, len(items), 2):
        prec, name = _BINARY[str(items[i])]
        while ops and ops[-1][0] >= prec:
            _, top = ops.pop()
            b = operands.pop()
            operands.append(_node(top, operands.pop(), b))
        ops.append((prec, name))
        operands.append(items[i + 1])
    while ops:
        _, top = ops.pop()
        b = operands.pop()
        operands.append(_node(top, operands.pop(), b))
    return operands[0]

# A string literal.  Written as runs of plain characters between escapes, and possessive
# (Python 3.11+), so that `re` keeps no backtracking state per character: the plain
# `"(?:\\.|[^"\\\n])*"` costs ~150 bytes of memory per character of the string (a 20 MB
# `.ascii` took gigabytes).  On Python 3.10 the unrolled form still avoids the per-character
# state for strings without escapes.
_P = "+" if sys.version_info >= (3, 11) else ""
STRING_RE = rf'"[^"\\\n]*{_P}(?:\\.[^"\\\n]*{_P})*{_P}"'


class FastLexer(Lexer):
    """One compiled regex over the whole text (`finditer`), yielding the terminals of
    grammar.lark.

    lark's contextual lexer picks between `-` as OP (binary) and MINUS (unary) by parser state;
    here the previous token decides the same thing: after something that ends an operand (a
    name or number that is not a statement's first word, `)`, `.`), the characters
    `- + ! %` are OP, elsewhere they are the unary/prefix terminals.  The differential tests
    parse every corpus with both lexers' grammar, so the two agree.
    """

    _RE = re.compile(r"""
        (?P<WS>[ \t\r\f]+)
      | (?P<_NL>[\n;][ \t]*)
      | (?P<_COMMA>,[ \t]*)
      | (?P<STRING>""" + STRING_RE + r""")
      | (?P<CHAR>'(?:\\(?:[0-7]{1,3}|x[0-9A-Fa-f]+|.)|[^\\\n])'?)
      | (?P<LOCAL_REF>[0-9]+[bf](?![0-9A-Za-z_.$]))
      | (?P<HEX>0[xX][0-9A-Fa-f]+)
      | (?P<BIN>0[bB][01]+)
      | (?P<OCT>0[0-7]+)
      | (?P<DEC>0|[1-9][0-9]*)
      | (?P<NAME>[A-Za-z_$][A-Za-z0-9_.$]*|\.[A-Za-z0-9_.$]+)
      | (?P<OP2><<|>>|==|!=|<>|<=|>=|&&|\|\|)
      | (?P<P>[-+*/%|&^!<>~().:=@])
    """, re.X)
    _SINGLE = {":": "COLON", "=": "EQUAL", "(": "LPAR", ")": "RPAR", "@": "AT", "%": "PERCENT",
               ".": "DOT", "-": "MINUS", "~": "TILDE", "!": "BANG", "+": "PLUS"}
    _ENDS_OPERAND = {"NAME", "HEX", "BIN", "OCT", "DEC", "LOCAL_REF", "CHAR", "RPAR", "DOT"}

    def __init__(self, lexer_conf):
        pass

    def lex(self, data, parser_state=None):
        # lark hands a custom lexer the text itself (or a LexerState in some versions)
        text = getattr(data, "text", data)
        text = getattr(text, "text", text)
        start, end = 0, len(text)
        first_word_prev = False
        line = 1
        line_start = 0
        prev = "_NL"              # type of the previous token
        first = True              # is the next NAME the first word of a statement?
        ends = self._ENDS_OPERAND
        single = self._SINGLE
        pos = start
        for m in self._RE.finditer(text, start, end):
            kind = m.lastgroup
            mstart = m.start()
            if mstart != pos:
                break                                   # an unmatched character at `pos`
            pos = m.end()
            if kind == "WS":
                continue
            value = m.group()
            if kind == "P":
                if value in "-+!%" and prev in ends and not first_word_prev:
                    kind = "OP"
                elif value in "*/|&^<>":
                    kind = "OP"
                else:
                    kind = single[value]
            elif kind == "OP2":
                kind = "OP"
            tok = Token(kind, value, mstart, line, mstart - line_start + 1)
            if kind == "_NL":
                if value[0] == "\n":
                    line += 1
                    line_start = mstart + 1
                first = True
                first_word_prev = False
            elif kind == "COLON":
                first = True
                first_word_prev = False
            else:
                first_word_prev = first and kind == "NAME"
                first = False
            prev = kind
            yield tok
        else:
            if pos >= end:
                return
        raise UnexpectedCharacters(text, pos, line, pos - line_start + 1)


_GRAMMAR = os.path.join(os.path.dirname(__file__), "grammar.lark")
_parser = None
_expr_parser = None


def get_parser() -> Lark:
    global _parser
    if _parser is None:
        _parser = Lark.open(_GRAMMAR, parser="lalr", lexer=FastLexer, transformer=Build(),
                            maybe_placeholders=False)
    return _parser


class SyntaxProblem:
    """A syntax error at (line, col) of the preprocessed text."""

    def __init__(self, line: int, col: int, message: str):
        self.line, self.col, self.message = line, col, message


def _describe(exc: UnexpectedInput, text_line: str) -> str:
    if isinstance(exc, UnexpectedCharacters):
        ch = text_line[exc.column - 1] if 0 < exc.column <= len(text_line) else "?"
        return f"unexpected character '{ch}'"
    if isinstance(exc, UnexpectedToken):
        tok = exc.token
        if tok.type == "$END" or str(tok) in ("\n", ";"):
            if "RPAR" in exc.expected:
                return "missing ')'"
            return "unexpected end of line"
        expected = exc.expected
        value = str(tok)
        if tok.type in ("NAME", "DEC", "HEX") and "COMMA" in expected:
            return f"unexpected '{value}' (missing ','?)"
        return f"unexpected '{value}'"
    if isinstance(exc, UnexpectedEOF):
        return "unexpected end of line"
    return "syntax error"


# ---------------------------------------------------------------------- the fast path
#
# Most lines of real programs are a plain `mnemonic reg, reg, imm`, `mnemonic reg, imm(reg)`, a
# label, or a directive with number/name/string arguments.  lark's LALR loop costs a few
# microseconds per token, so those lines are recognised here with precompiled regexes (built
# from the terminals of grammar.lark) and turned into exactly the tuples `Build` makes; every
# other line (operators, %reloc(...), `.`, `=`, octal/binary/char literals, empty arguments,
# anything unusual) goes to lark.  tests/asm/test_asm_parser.py parses large corpora both ways
# and asserts identical statement lists.

_FW = r"[ \t\r\f]"                                            # lark's ignored blanks
_FNAME = r"(?:[A-Za-z_$][A-Za-z0-9_.$]*|\.[A-Za-z0-9_.$]+)"     # NAME
_FNUM = r"(?:0[xX][0-9A-Fa-f]+|[1-9][0-9]*|0)"                   # HEX | DEC
_FLREF = r"[0-9]+[bf]"                                           # LOCAL_REF (see the separator)

# One argument: a whole NAME, [-]DEC/HEX, LOCAL_REF, [offset](NAME) or STRING token.  What
# follows an argument (the separator or the end of the line, required by the patterns below)
# is what makes each alternative a whole lark token: `12f` is LOCAL_REF, not DEC + NAME, and
# `0b1` (BIN) is not taken at all.
_FARG = (rf"(?:(?:-?{_FNUM}|{_FNAME}|{_FLREF})?\({_FNAME}\)|{_FNAME}|-?{_FNUM}|{_FLREF}"
         rf'|{STRING_RE})')
_FSEP = rf"{_FW}*,{_FW}*"

# [label:] [name [arg [, arg [, arg [, more...]]]]]: one match for most lines; the arguments
# after the third (`more`) are taken one by one with _FAST_ARG.
_FAST_LINE = re.compile(
    rf"{_FW}*(?:(?:(?P<label>{_FNAME})|(?P<llabel>[1-9][0-9]*|0)){_FW}*:{_FW}*)?"
    rf"(?:(?P<name>{_FNAME})(?:{_FW}+(?P<a1>{_FARG})(?:{_FSEP}(?P<a2>{_FARG})"
    rf"(?:{_FSEP}(?P<a3>{_FARG})(?:{_FSEP}(?P<more>[^ \t\r\f].*))?)?)?)?)?{_FW}*\Z")

# one argument and its separator (`,` and another argument, or the end of the line)
_FAST_ARG = re.compile(rf"({_FARG}){_FW}*(?:,{_FW}*(?!\Z)|\Z)")


def _fast_arg(text: str, col: int):
    """A _FARG token as `Build` turns it into an argument node."""
    c = text[0]
    if c == '"':
        return ("str", unescape(text[1:-1]), col)
    if text[-1] == ")":
        i = text.index("(")
        base = ("sym", text[i + 1:-1], col + i + 1)
        return ("mem", _fast_arg(text[:i], col), base) if i else ("paren", base)
    if c == "-":
        return fold("neg", _fast_arg(text[1:], col + 1))
    if c in "0123456789":
        if text[1:2] in ("x", "X"):
            return wrap(int(text[2:], 16))
        if text[-1] in "bf":
            return ("lref", text, col)
        return decimal_value(text)
    return ("sym", text, col)


# `name = value` with one symbol or number (a long chain of `x = y` lines stays fast)
_FAST_ASSIGN = re.compile(
    rf"{_FW}*(?P<name>{_FNAME}){_FW}*={_FW}*(?P<value>{_FNAME}|-?{_FNUM}|{_FLREF}){_FW}*\Z")


def _fast_line(line: str, number: int, out: list) -> bool:
    """Append the statements of `line` to `out` if the fast path covers it; else False."""
    if "=" in line:
        # (no line _FAST_LINE takes has a "=" outside a string: try this first)
        m = _FAST_ASSIGN.match(line)
        if m is not None:
            out.append(("assign", m.group(1), _fast_arg(m.group(2), m.start(2) + 1),
                        number, m.start(1) + 1))
            return True
    m = _FAST_LINE.match(line)
    if m is None:
        return False
    if len(line) > _LONG_LINE:
        return _fast_long_line(line, number, out, m)
    label, llabel, name, a1, a2, a3, more = m.groups()
    if label is not None:
        out.append(("label", label, number, m.start(1) + 1))
    elif llabel is not None:
        out.append(("llabel", local_label_number(llabel), number, m.start(2) + 1))
    if name is None:
        return True
    if a1 is None:
        args = ()
    elif a2 is None:
        args = (_fast_arg(a1, m.start(4) + 1),)
    elif a3 is None:
        args = (_fast_arg(a1, m.start(4) + 1), _fast_arg(a2, m.start(5) + 1))
    else:
        args = [_fast_arg(a1, m.start(4) + 1), _fast_arg(a2, m.start(5) + 1),
                _fast_arg(a3, m.start(6) + 1)]
        if more is not None:
            pos, end = m.start(7), len(line)
            while pos < end:
                am = _FAST_ARG.match(line, pos)
                if am is None:
                    del out[len(out) - (label is not None or llabel is not None):]
                    return False
                args.append(_fast_arg(am.group(1), pos + 1))
                pos = am.end()
        args = tuple(args)
    out.append(("stmt", name, args, number, m.start(3) + 1))
    return True


_LONG_LINE = 1 << 16
_BYTE_ITEM = re.compile(rf"(-?{_FNUM}){_FW}*(?:,{_FW}*(?!\Z)|\Z)")


def _byte_list(line: str, pos: int):
    """The bytes of `.byte n, n, ...` from `pos` when every argument is a plain number, else
    None.  Item by item (one regex over the whole list would keep state per item)."""
    data = bytearray()
    end = len(line)
    match = _BYTE_ITEM.match
    while pos < end:
        m = match(line, pos)
        if m is None:
            return None
        data.append(_fast_arg(m.group(1), 0) & 0xFF)
        pos = m.end()
    return data


def _fast_long_line(line: str, number: int, out: list, m) -> bool:
    """_fast_line for a long line: the same statements, but arguments are taken from the line
    by position (m.groups() would copy a 20 MB string argument, and its slice [1:-1] again)."""
    def arg(group):
        s, e = m.span(group)
        if line[s] == '"':
            return ("str", unescape(line, s + 1, e - 1), s + 1)
        return _fast_arg(line[s:e], s + 1)
    if m.start("label") >= 0:
        out.append(("label", m.group("label"), number, m.start("label") + 1))
    elif m.start("llabel") >= 0:
        out.append(("llabel", local_label_number(m.group("llabel")), number, m.start(2) + 1))
    if m.start("name") < 0:
        return True
    if m.group("name").lower() == ".byte":
        # a long list of numbers: one bytes argument (as `.byte "..."`), not a million ints
        data = _byte_list(line, m.start("a1"))
        if data is not None:
            out.append(("stmt", m.group("name"), (("str", data, m.start("a1") + 1),), number,
                        m.start("name") + 1))
            return True
    args = [arg(g) for g in ("a1", "a2", "a3") if m.start(g) >= 0]
    if m.start("more") >= 0:
        pos, end = m.start("more"), len(line)
        while pos < end:
            am = _FAST_ARG.match(line, pos)
            if am is None:
                del out[len(out) - (m.start("label") >= 0 or m.start("llabel") >= 0):]
                return False
            s, e = am.span(1)
            args.append(("str", unescape(line, s + 1, e - 1), s + 1) if line[s] == '"'
                        else _fast_arg(line[s:e], s + 1))
            pos = am.end()
    out.append(("stmt", m.group("name"), tuple(args), number, m.start("name") + 1))
    return True


def parse(text: str | list[str], fast: bool = True) -> tuple[list, list[SyntaxProblem]]:
    """Parse preprocessed text (lines separated by '\\n', or the list of lines).  Returns
    (statements, problems).

    With `fast` (the default) the common line shapes skip lark (see _fast_line); the others
    are parsed by lark together, in one call, and merged back in line order.  `fast=False`
    parses everything with lark (the reference the tests compare with)."""
    if not fast:
        return _parse_lark(text if isinstance(text, str) else "\n".join(text))
    lines = text.split("\n") if isinstance(text, str) else text
    statements: list = []
    slow: list[str] = []
    slow_numbers: list[int] = []
    long_lines: list[int] = []
    deep: list[SyntaxProblem] = []
    fast_line = _fast_line
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_EXPR_DEPTH:
            # only a line this long can hold an expression nested this deeply
            col = _too_many_parens(line)
            if col:
                deep.append(SyntaxProblem(number, col, _TOO_DEEP))
                continue
            long_lines.append(number)
        if not fast_line(line, number, statements):
            slow.append(line)
            slow_numbers.append(number)
    if slow:
        slow_statements, problems = _parse_lark("\n".join(slow))
        for p in problems:
            p.line = slow_numbers[p.line - 1]
        statements = _merge(statements, [_relocate(s, slow_numbers[s[-2] - 1])
                                         for s in slow_statements])
    else:
        problems = []
    if long_lines:
        statements = _drop_deep(statements, set(long_lines), deep)
    if deep:
        problems = sorted(problems + deep, key=lambda p: p.line)
    return statements, problems


_TOO_DEEP = f"expression nested too deeply (more than {MAX_EXPR_DEPTH} levels)"
_PAREN_SCAN = re.compile(STRING_RE + r"|'(?:\\.|.)|[()]")


def _too_many_parens(line: str) -> int:
    """Column of the first `(` nested more than MAX_EXPR_DEPTH deep (strings and character
    literals skipped), or 0.  Checked before parsing: a line of a million `(` is refused at
    once (GNU as overflows its stack on it)."""
    if line.count("(") <= MAX_EXPR_DEPTH:
        return 0
    depth = 0
    for m in _PAREN_SCAN.finditer(line):
        t = m.group()
        if t == "(":
            depth += 1
            if depth > MAX_EXPR_DEPTH:
                return m.start() + 1
        elif t == ")":
            depth -= 1
    return 0


def too_deep(node) -> bool:
    """Is an expression tree nested more than MAX_EXPR_DEPTH levels (operators, unary
    chains, parentheses)?  Iterative: the tree may be arbitrarily deep."""
    if type(node) is not tuple:
        return False
    stack = [(node, 1)]
    while stack:
        n, d = stack.pop()
        if d > MAX_EXPR_DEPTH:
            return True
        for child in n[1:]:
            if type(child) is tuple:
                stack.append((child, d + 1))
    return False


def _drop_deep(statements: list, numbers: set, problems: list) -> list:
    """Statements of the long lines `numbers` whose expressions are too deep become
    problems (so no later recursive walk of a tree meets a 100,000-level chain)."""
    out = []
    for stmt in statements:
        if stmt[-2] in numbers:
            parts = stmt[2] if stmt[0] == "stmt" else (stmt[2],) if stmt[0] == "assign" else ()
            if any(too_deep(p) for p in parts):
                problems.append(SyntaxProblem(stmt[-2], stmt[-1], _TOO_DEEP))
                continue
        out.append(stmt)
    return out


def _merge(a: list, b: list) -> list:
    """Merge two statement lists, each in line order (a line's statements are all in one)."""
    if not b:
        return a
    if not a:
        return b
    out = []
    i = j = 0
    na, nb = len(a), len(b)
    while i < na and j < nb:
        if a[i][-2] <= b[j][-2]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def _parse_lark(text: str) -> tuple[list, list[SyntaxProblem]]:
    """Parse with lark only: the whole text at once, or line by line to report errors."""
    parser = get_parser()
    try:
        return parser.parse(text + "\n"), []
    except UnexpectedInput:
        pass
    statements: list = []
    problems: list[SyntaxProblem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            result = parser.parse(line + "\n")
        except UnexpectedInput as exc:
            col = getattr(exc, "column", 0) or 0
            if isinstance(exc, UnexpectedToken) and exc.token.type == "$END":
                col = len(line) + 1
            problems.append(SyntaxProblem(number, col, _describe(exc, line)))
            continue
        for stmt in result:
            statements.append(_relocate(stmt, number))
    return statements, problems


def _relocate(stmt: tuple, line: int) -> tuple:
    """A statement parsed from a single line carries line 1: give it its real line."""
    return stmt[:-2] + (line, stmt[-1])


@functools.lru_cache(maxsize=4096)
def parse_expression(text: str):
    """Parse one expression (for .if in the preprocessor).  Raises ValueError on bad syntax.

    Cached: a `.rept`/macro body evaluates the same `.if` text again and again, and a lark
    parse costs tens of microseconds (the result is immutable tuples, safe to share)."""
    if len(text) > MAX_EXPR_DEPTH and _too_many_parens(text):
        raise ValueError(_TOO_DEEP)
    try:
        result = get_parser().parse(f".x {text}\n")
    except UnexpectedInput as exc:
        raise ValueError(f"bad expression '{text.strip()[:80]}'") from exc
    if len(result) != 1 or result[0][0] != "stmt" or len(result[0][2]) != 1:
        raise ValueError(f"bad expression '{text.strip()[:80]}'")
    if len(text) > MAX_EXPR_DEPTH and too_deep(result[0][2][0]):
        raise ValueError(_TOO_DEEP)
    return result[0][2][0]
