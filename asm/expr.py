"""Expressions: the tree shapes the parser builds and GNU-as arithmetic on them.

An expression is a plain int (already folded) or a tuple:

    ("sym", name, col)          a symbol (or a register name; the operand checker decides)
    ("lref", "1b", col)         a numeric local label reference
    ("dot", col)                the location counter "."
    ("paren", node)             a parenthesised symbol: `(a0)` must stay recognisable as a base
    ("reloc", kind, node, col)  %hi(...), %lo(...), %pcrel_hi(...), %pcrel_lo(...)
    (op, a, b) / (op, a)        operators: add sub mul div mod shl shr or_ and_ xor ornot eq ne
                                lt gt le ge land lor / neg inv lnot

Arithmetic is GNU as's: 64-bit two's complement, `>>` is a logical shift of the unsigned value,
comparisons give -1 for true and 0 for false, `&&`/`||`/`!` give 1 or 0, division truncates.
`col` is the 1-based column of the node in its preprocessed line (for error carets).
"""
from __future__ import annotations

MASK64 = (1 << 64) - 1


def decimal_value(text: str) -> int:
    """The value of a decimal literal of any length, reduced like `wrap`.

    Python's int() refuses strings of more than 4,300 digits (and is quadratic on long ones);
    GNU as reads any length as a bignum and keeps its low bits ("bignum truncated"), so the
    digits are taken in chunks modulo 2**64 - the same result as wrap(int(text))."""
    if len(text) <= 1000:
        return wrap(int(text))
    v = 0
    for i in range(0, len(text), 1000):
        chunk = text[i:i + 1000]
        v = (v * 10 ** len(chunk) + int(chunk)) & MASK64
    return wrap(v)


MAX_LOCAL_LABEL = (1 << 63) - 1


def local_label_number(text: str) -> int:
    """The number of a numeric local label (`12:`, `12b`/`12f` without the letter); -1 when
    it is too large (GNU: "local label too large")."""
    digits = text.lstrip("0") or "0"
    if len(digits) > 19 or int(digits) > MAX_LOCAL_LABEL:
        return -1
    return int(digits)


def wrap(v: int) -> int:
    """Reduce to a signed 64-bit value, as GNU as's offsetT arithmetic does."""
    v &= MASK64
    return v - (1 << 64) if v >> 63 else v


class ExprError(Exception):
    """A problem evaluating an expression; `col` points at the culprit if known."""

    def __init__(self, message: str, col: int = 0):
        super().__init__(message)
        self.message = message
        self.col = col


def _div(a, b):
    if b == 0:
        raise ExprError("division by zero")
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _mod(a, b):
    if b == 0:
        raise ExprError("division by zero")
    return a - _div(a, b) * b


def _shl(a, b):
    return 0 if not 0 <= b < 64 else a << b


def _shr(a, b):
    return 0 if not 0 <= b < 64 else (a & MASK64) >> b


BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": _div,
    "mod": _mod,
    "shl": _shl,
    "shr": _shr,
    "or_": lambda a, b: a | b,
    "and_": lambda a, b: a & b,
    "xor": lambda a, b: a ^ b,
    "ornot": lambda a, b: a | ~b,
    "eq": lambda a, b: -1 if a == b else 0,
    "ne": lambda a, b: -1 if a != b else 0,
    "lt": lambda a, b: -1 if a < b else 0,
    "gt": lambda a, b: -1 if a > b else 0,
    "le": lambda a, b: -1 if a <= b else 0,
    "ge": lambda a, b: -1 if a >= b else 0,
    "land": lambda a, b: 1 if (a and b) else 0,
    "lor": lambda a, b: 1 if (a or b) else 0,
}
UNARY = {
    "neg": lambda a: -a,
    "inv": lambda a: ~a,
    "lnot": lambda a: 0 if a else 1,
}


def fold(op: str, a, b=None):
    """Apply an operator to two ints (or one for unary).  Caller guarantees int operands."""
    if b is None:
        return wrap(UNARY[op](a))
    return wrap(BINARY[op](a, b))


def first_col(node) -> int:
    """Best-effort column of an expression node (0 if unknown)."""
    if isinstance(node, tuple):
        tag = node[0]
        if tag in ("sym", "lref"):
            return node[2]
        if tag == "dot":
            return node[1]
        if tag == "reloc":
            return node[3]
        for child in node[1:]:
            c = first_col(child)
            if c:
                return c
    return 0


def symbols_in(node, out=None) -> list:
    """Names of the symbols an expression mentions (not numeric local refs)."""
    if out is None:
        out = []
    if isinstance(node, tuple):
        if node[0] == "sym":
            out.append(node[1])
        elif node[0] in ("lref", "dot"):
            pass
        else:
            for child in node[1:]:
                if isinstance(child, tuple):
                    symbols_in(child, out)
    return out


def evaluate(node, lookup, dot=None) -> int:
    """Evaluate to an int.  `lookup(name, node)` returns a symbol's value or raises ExprError;
    numeric local refs are looked up as ("lref", text) by the same function; `dot` is "."'s value.
    """
    if isinstance(node, int):
        return node
    tag = node[0]
    if tag == "sym":
        return lookup(node[1], node)
    if tag == "lref":
        return lookup(node, node)
    if tag == "dot":
        if dot is None:
            raise ExprError("'.' cannot be used here", node[1])
        return dot
    if tag == "paren":
        return evaluate(node[1], lookup, dot)
    if tag == "reloc":
        raise ExprError(f"%{node[1]} is not allowed here", node[3])
    if len(node) == 2:
        return fold(tag, evaluate(node[1], lookup, dot))
    a = evaluate(node[1], lookup, dot)
    b = evaluate(node[2], lookup, dot)
    try:
        return fold(tag, a, b)
    except ExprError as e:
        raise ExprError(e.message, first_col(node)) from None
