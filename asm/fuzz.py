"""A seeded, bounded-time fuzzer for the assembler: every input gives bytes or AsmErrors.

The contract checked (docs/interfaces.md §2): whatever the text, `assemble` returns an ELF or
raises `AsmErrors` whose report holds no "internal error" (the assembler's last-resort catch
of a bug), within a time bound.  Any other exception, an internal error, or a case that runs
longer than `case_timeout` seconds is a failure.

    from pagelab.asm.fuzz import run_asm_fuzz
    failures = run_asm_fuzz(seed=1, cases=3000)                  # the test suite's run
    failures = run_asm_fuzz(seed=7, seconds=600, save_dir="repro")   # a nightly run

Cases are mutations of small programs: windows of the repository's `programs/*.s` (when the
package runs from a checkout), the built-in seeds below, and any texts passed as `corpus`.
Mutations: character flips, deletions, duplicated lines, huge numbers (bignums, 5,000-digit
literals), deep nesting (parentheses, unary chains, nested .rept, recursive macros,
self-includes), NUL bytes, unicode (also lone surrogates) and hostile directives
(`.include "/dev/zero"`, `.rept 1000000000`, `.fill` of gigabytes).  Each case is written to
a scratch directory and assembled from there, so `.include` of itself works as in a file.

The case generator is deterministic: case i of seed s is always the same text, so a failure
is reproduced by `fuzz_case(seed, i)` (or from the file saved in `save_dir`).

The per-case time bound is CPU time (so a loaded machine does not make cases fail): a virtual
interval timer (SIGVTALRM) interrupts the case when run in the main thread; elsewhere a slow
case is only noticed after it ends.
"""
from __future__ import annotations

import os
import random
import signal
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from . import AsmErrors, assemble

SEEDS = [
    """        .text
        .globl _start
_start:
        li a0, 0x123456789
        la a1, msg
        addi a0, a0, -1
1:      beqz a0, 1f
        bnez a1, 1b
        call f
1:      lw a2, 8(sp)
        sd a2, 16(sp)
        csrr t0, cycle
        amoadd.w.aqrl a3, a4, (a5)
        .p2align 3
f:      ret
        .data
msg:    .asciz "hi\\n"
        .word msg, . - msg
""",
    """        .equ N, 3
        .macro twice x
        addi \\x, \\x, 1
        addi \\x, \\x, 1
        .endm
        .globl _start
_start: twice a0
        .rept N
        c.nop
        .endr
        .irp r, a1, a2
        mv \\r, zero
        .endr
        .if N > 2
        nop
        .else
        ebreak
        .endif
        li a7, 93
        ecall
""",
    """        .section .rodata
tab:    .byte 1, 2, 3, 'a', '\\n'
        .half 0x1234
        .dword tab + 8, tab - .
        .string "x\\001\\x41"
        .balign 16
        .fill 3, 2, 0x55
        .zero 5
        .bss
buf:    .skip 64
        .text
        .globl _start
_start: lui a0, %hi(buf)
        addi a0, a0, %lo(buf)
1:      auipc a1, %pcrel_hi(tab)
        addi a1, a1, %pcrel_lo(1b)
        x = buf + 4
        y = x - buf
        .word y
""",
]

# pieces a mutation inserts
_HUGE = ["1" * 5000, "18446744073709551617", "0x" + "f" * 40, "-9223372036854775809",
         "0b" + "1" * 100, "07777777777777777777777777", "9" * 30 + "b", "4294967296"]
_ODD_TEXT = ["\0", "\0\0", "é", "\u202e", "\U0001F600", "\udc80", "\ud800", "\ufeff", "\t",
             "\r", "\\", "\"", "'", "#", "/*", "*/", ";", ":", ",", "(", ")", "%", "@", "$",
             ".", "=", "\n", "\\@", "\\()"]
_LINES = [".include \"{self}\"", ".include \"/dev/zero\"", ".include \"a\0b\"",
          ".include \"/nonexistent/x.s\"", ".rept 1000000000", ".rept 3", ".endr", ".endm",
          ".macro m\nm\n.endm\nm", ".macro r a\n.irp x, 1, 2\nr\n.endr\n.endm\nr",
          ".rept 2\n.include \"{self}\"\n.endr", ".fill 0x100000000, 8, 1",
          ".skip 0x7fffffffffff", ".zero -5", ".balign 1 << 40", ".if", ".endif", ".else",
          ".exitm", ".purgem m", ".end", "x = y", "y = x", ".word x", ".set x, x + 1",
          ".section .x, \"ax\"", ".option push", ".option pop", ".option rvc",
          ".attribute arch, \"rv64i99999999999p0\"", ".word " + "(" * 300 + "1" + ")" * 300,
          ".word " + "-" * 3000 + "1", ".word " + "+".join(["lbl"] * 2000),
          ".ascii \"" + "a" * 100_000 + "\"", ".string \"" + "\\0" * 2000 + "\"",
          "1" * 5000 + ":", "j " + "1" * 30 + "b", ".irpc c, " + "x" * 200, ".purgem",
          ".ifc a,a", ".ifdef", ".exitm", ".type f, @function", ".size f, . - f",
          ".local q\n.comm q, 8, 8", ".lcomm z, 1 << 40"]
_NEST = ["({})", "-{}", "~{}", "!{}", "({}+1)", "%hi({})"]
# how often each kind of mutation is picked (nested blocks are slow to expand: fewer)
_WEIGHTS = [6, 4, 4, 2, 2, 1, 4, 3, 2]


def corpus_files() -> list[Path]:
    """`programs/*.s` of the checkout this package runs from (none when installed)."""
    root = Path(__file__).resolve().parent.parent / "programs"
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*.s") if p.is_file())


def default_corpus() -> list[str]:
    texts = list(SEEDS)
    for path in corpus_files():
        try:
            texts.append(path.read_text("utf-8", "surrogateescape"))
        except OSError:
            continue
    return texts


def _window(rng: random.Random, text: str) -> str:
    """A run of up to 40 lines of `text` (cases stay small, so thousands run quickly)."""
    lines = text.split("\n")
    if len(lines) <= 40:
        return text
    start = rng.randrange(len(lines) - 20)
    return "\n".join(lines[start:start + rng.randint(5, 40)])


def mutate(rng: random.Random, text: str, self_name: str = "case.s") -> str:
    """One random mutation of `text`."""
    kind = rng.choices(range(9), _WEIGHTS)[0]
    n = len(text)
    pos = rng.randint(0, n)
    if kind == 0:                                        # flip characters
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            if chars:
                chars[rng.randrange(len(chars))] = rng.choice(_ODD_TEXT + list("axz0119 ,"))
        return "".join(chars)
    if kind == 1:                                        # delete a range
        return text[:pos] + text[min(n, pos + rng.randint(1, 40)):]
    if kind == 2:                                        # duplicate lines
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        j = min(len(lines), i + rng.randint(1, 6))
        return "\n".join(lines[:j] + lines[i:j] * rng.randint(1, 3) + lines[j:])
    if kind == 3:                                        # a huge number somewhere
        return text[:pos] + rng.choice(_HUGE) + text[pos:]
    if kind == 4:                                        # deep nesting around a number
        depth = rng.choice([10, 255, 257, 1000, 20_000])
        inner = rng.choice(["1", "lbl", "x"])
        for _ in range(depth if depth < 1000 else 1):
            inner = rng.choice(_NEST).format(inner)
        if depth >= 1000:
            inner = "(" * depth + inner + ")" * rng.choice([0, depth])
        return text[:pos] + "\n.word " + inner + "\n" + text[pos:]
    if kind == 5:                                        # nested blocks
        depth = rng.choice([3, 3, 3, 101])            # 101: over GNU's limit of 100
        return ".rept 1\n" * depth + text + "\n" + ".endr\n" * rng.choice([depth, depth - 1])
    if kind == 6:                                        # a hostile line
        line = rng.choice(_LINES).replace("{self}", self_name)
        return text[:pos] + "\n" + line + "\n" + text[pos:]
    if kind == 7:                                        # odd characters
        return text[:pos] + "".join(rng.choice(_ODD_TEXT) for _ in range(rng.randint(1, 5))) \
            + text[pos:]
    lines = text.split("\n")                            # splice two parts of the text
    rng.shuffle(lines)
    return "\n".join(lines[:rng.randint(1, len(lines))])


def fuzz_case(seed: int, index: int, corpus: list[str] | None = None) -> str:
    """The text of case `index` of the run with `seed` (deterministic)."""
    corpus = default_corpus() if corpus is None else corpus
    rng = random.Random(f"{seed}:{index}")
    text = _window(rng, rng.choice(corpus))
    for _ in range(rng.randint(1, 4)):
        text = mutate(rng, text)
    return text


@dataclass
class FuzzFailure:
    """One input that broke the contract."""
    seed: int
    index: int
    kind: str               # "exception", "internal error", "timeout"
    message: str            # the exception and traceback, or the report
    text: str               # the input
    saved: str | None = None   # path of the reproducer (.s) when save_dir was given

    def __str__(self) -> str:
        where = f" (saved as {self.saved})" if self.saved else ""
        return f"asm fuzz seed {self.seed} case {self.index}: {self.kind}{where}\n{self.message}"


class _CaseTimeout(BaseException):
    """Raised by the interval timer in a case that ran too long (a BaseException, so the
    assembler's own `except Exception` cannot swallow it)."""


_HAS_TIMER = hasattr(signal, "setitimer") and hasattr(signal, "SIGVTALRM")


def check_case(text: str, directory: str, case_timeout: float = 5.0,
               from_file: bool = True) -> tuple[str, str] | None:
    """Assemble `text` as `directory`/case.s - read from that file, or (`from_file` False)
    given as a string with that name.  None if it gives bytes or clean AsmErrors, else
    (kind, message)."""
    path = os.path.join(directory, "case.s")
    with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text)
    source = path if from_file else (path, text)
    use_timer = _HAS_TIMER and threading.current_thread() is threading.main_thread()
    old = None
    if use_timer:
        def _alarm(signum, frame):
            raise _CaseTimeout()
        old = signal.signal(signal.SIGVTALRM, _alarm)
        signal.setitimer(signal.ITIMER_VIRTUAL, case_timeout)
    start = time.process_time()
    try:
        try:
            assemble([source])
        finally:
            if use_timer:
                signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    except AsmErrors as e:
        report = str(e)
        if "internal error" in report:
            return "internal error", report
    except _CaseTimeout:
        return "timeout", f"still running after {case_timeout} s of CPU time"
    except Exception:
        return "exception", traceback.format_exc()
    finally:
        if use_timer:
            signal.signal(signal.SIGVTALRM, old)
    took = time.process_time() - start
    if took > case_timeout:
        return "timeout", f"took {took:.1f} s of CPU time (limit {case_timeout} s)"
    return None


def run_asm_fuzz(seed: int = 0, cases: int | None = None, seconds: float | None = None,
                 save_dir: str | os.PathLike | None = None, case_timeout: float = 5.0,
                 corpus: list[str] | None = None) -> list[FuzzFailure]:
    """Run fuzz cases 0, 1, 2, ... of `seed` until `cases` have run or `seconds` have passed
    (whichever comes first; 1,000 cases when neither is given).  Returns the failures; with
    `save_dir`, each failure's input is saved there as `asm-<seed>-<index>.s` (bytes as
    written, so `pagelab asm` reproduces it) with the message in `asm-<seed>-<index>.txt`."""
    if cases is None and seconds is None:
        cases = 1000
    corpus = default_corpus() if corpus is None else list(corpus)
    deadline = None if seconds is None else time.monotonic() + seconds
    failures: list[FuzzFailure] = []
    with tempfile.TemporaryDirectory(prefix="pagelab-asm-fuzz-") as scratch:
        index = 0
        while (cases is None or index < cases) and (deadline is None
                                                     or time.monotonic() < deadline):
            text = fuzz_case(seed, index, corpus)
            outcome = check_case(text, scratch, case_timeout, from_file=index % 2 == 0)
            if outcome is not None:
                failure = FuzzFailure(seed, index, outcome[0], outcome[1], text)
                if save_dir is not None:
                    failure.saved = _save(Path(save_dir), failure)
                failures.append(failure)
            index += 1
    return failures


def _save(directory: Path, failure: FuzzFailure) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    stem = directory / f"asm-{failure.seed}-{failure.index}"
    stem.with_suffix(".s").write_text(failure.text, "utf-8", "surrogatepass")
    stem.with_suffix(".txt").write_text(f"{failure.kind}\n{failure.message}\n", "utf-8",
                                        "replace")
    return str(stem.with_suffix(".s"))
