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

import os
import re

from lark import Lark, Token, Transformer
from lark.lexer import Lexer
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .expr import fold, wrap

_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "e": 27, "\\": 92,
            '"': 34, "'": 39, "0": 0}


def unescape(body: str) -> bytes:
    """Decode the inside of a GNU string literal (C escapes, octal, \\x hex)."""
    if "\\" not in body:
        return body.encode("utf-8", "surrogateescape")
    out = bytearray()
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8", "surrogateescape")
            i += 1
            continue
        i += 1
        if i >= n:
            out.append(92)
            break
        c = body[i]
        if c in "01234567":
            j = i
            while j < n and j < i + 3 and body[j] in "01234567":
                j += 1
            out.append(int(body[i:j], 8) & 0xFF)
            i = j
        elif c in "xX":
            j = i + 1
            while j < n and body[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 1:j] or "0", 16) & 0xFF)
            i = j
        else:
            out.append(_ESCAPES.get(c, ord(c) & 0xFF))
            i += 1
    return bytes(out)


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
        return ("llabel", int(num), num.line, num.column)

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
        return wrap(int(c[0]))

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
      | (?P<STRING>"(?:\\.|[^"\\\n])*")
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


def parse(text: str) -> tuple[list, list[SyntaxProblem]]:
    """Parse preprocessed text (lines separated by '\\n').  Returns (statements, problems)."""
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


def parse_expression(text: str):
    """Parse one expression (for .if in the preprocessor).  Raises ValueError on bad syntax."""
    try:
        result = get_parser().parse(f".x {text}\n")
    except UnexpectedInput as exc:
        raise ValueError(f"bad expression '{text.strip()}'") from exc
    if len(result) != 1 or result[0][0] != "stmt" or len(result[0][2]) != 1:
        raise ValueError(f"bad expression '{text.strip()}'")
    return result[0][2][0]
