"""The kernel command line (`pagelab run --cmdline "..."`): parsed once, at boot, into `BootParams`.

The text is shown unchanged in `/proc/cmdline`.  `parse_cmdline(text)` splits it into words as
Linux's `next_arg` does (spaces separate words; double quotes group a value with spaces in it,
`name="a b"`) and reads the parameters pagelab acts on into typed fields; the kernel keeps the
result as `kernel.cmdline` and each part reads its own field:

    hugepages=N            pages to put in a hugetlb pool at boot: the pool of the last
                           hugepagesz= before it, or the default size when none came before
    hugepagesz=SIZE        the pool the next hugepages= is for (2M or 1G on riscv64)
    default_hugepagesz=S   the default huge page size (vm.nr_hugepages, meminfo, MAP_HUGETLB
                           without a size); 2M unless given
    transparent_hugepage=  always | madvise | never (the THP mode at boot)

Sizes are Linux's `memparse`: a number (decimal, 0x hex, 0 octal) with an optional K, M, G, T, P
or E suffix.  Every other word is kept in `unknown` and otherwise ignored, as Linux passes
unknown words on to init; the boot log then says `Unknown kernel command line parameters "...",
will be passed to user space.` (words with a dot, module parameters, are not listed there).

A malformed value is not an error of `pagelab run`: as on Linux the parameter is ignored and the
boot log gets Linux's warning (kept in `warnings`, logged by the kernel at boot), e.g.
`HugeTLB: unsupported hugepagesz=3M` or `HugeTLB: hugepages= specified twice without
interleaving hugepagesz=, ignoring hugepages=8`.  The hugetlb rules are those of Linux 6.1's
`hugepages_setup`, `hugepagesz_setup` and `default_hugepagesz_setup`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HPAGE_PMD_SIZE = 2 << 20            # level-1 leaf (megapage), the default huge page size
HPAGE_PUD_SIZE = 1 << 30            # level-2 leaf (gigapage)
HUGE_PAGE_SIZES = (HPAGE_PMD_SIZE, HPAGE_PUD_SIZE)   # riscv64's arch_hugetlb_valid_size
THP_MODES = ("always", "madvise", "never")
COMMAND_LINE_SIZE = 2048            # riscv's COMMAND_LINE_SIZE: longer text is cut there

_SUFFIX_SHIFT = {"k": 10, "m": 20, "g": 30, "t": 40, "p": 50, "e": 60}


def memparse(text: str) -> int | None:
    """Linux memparse: '2M' -> 2097152, '0x1000' -> 4096.  None when `text` has no number or
    something follows the suffix (Linux would stop there; a parameter such as hugepagesz=2MB is
    then not a valid size)."""
    digits = text
    shift = 0
    if digits and digits[-1].lower() in _SUFFIX_SHIFT:
        shift = _SUFFIX_SHIFT[digits[-1].lower()]
        digits = digits[:-1]
    try:
        if digits.lower().startswith("0x"):
            value = int(digits[2:], 16)
        elif len(digits) > 1 and digits.startswith("0"):
            value = int(digits[1:], 8)
        else:
            value = int(digits, 10)
    except ValueError:
        return None
    if value < 0 or not digits[:1].isdigit():
        return None
    return (value << shift) & ((1 << 64) - 1)


def split_words(text: str) -> list[str]:
    """Linux next_arg: whitespace-separated words; a double quote starts or ends a quoted part
    (the quotes themselves are dropped, as Linux drops them from a value)."""
    words, current, quoted, started = [], [], False, False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            started = True
        elif ch.isspace() and not quoted:
            if started:
                words.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
            started = True
    if started:
        words.append("".join(current))
    return words


def format_size(size: int) -> str:
    """Linux string_get_size(..., STRING_UNITS_2) as hugetlb prints a page size: '2.00 MiB'."""
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return f"{value:.2f} {units[unit]}"


@dataclass
class BootParams:
    """What the command line says.  `hugepages` maps a huge page size (bytes) to the pages its
    pool gets at boot; a size named by hugepagesz= without a hugepages= gets 0 (the pool exists
    and starts empty, as on Linux)."""

    text: str = ""
    words: tuple = ()
    hugepages: dict = field(default_factory=dict)
    default_hugepagesz: int = HPAGE_PMD_SIZE
    transparent_hugepage: str | None = None
    unknown: tuple = ()
    warnings: tuple = ()

    def log_lines(self) -> list[str]:
        """The boot-log lines about the command line, in Linux's order."""
        lines = [f"Kernel command line: {self.text}"] if self.text else []
        lines += list(self.warnings)
        passed = [w for w in self.unknown if "." not in w.partition("=")[0]]
        if passed:
            lines.append(f'Unknown kernel command line parameters "{" ".join(passed)}", '
                         "will be passed to user space.")
        return lines


def _hugepages_count(value: str) -> int | None:
    """hugepages=N as Linux's sscanf("%lu") reads it (leading digits; what follows them is
    ignored), or the per-node form `0:N` -- pagelab has one node, 0; another node is invalid."""
    match = re.match(r"(\d+)(:(\d+))?", value)
    if match is None:
        return None
    if match.group(2) is None:
        return int(match.group(1))
    if int(match.group(1)) != 0 or value[match.end():] not in ("",):
        return None
    return int(match.group(3))


class _HugetlbParser:
    """Linux 6.1's three hugetlb __setup handlers and their shared state."""

    def __init__(self):
        self.sizes: list[int] = []              # hstates added by the command line, in order
        self.counts: dict[int, int] = {}        # size -> max_huge_pages
        self.default_count = 0                  # default_hstate_max_huge_pages
        self.current: int | None = None         # parsed_hstate
        self.valid = True                       # parsed_valid_hugepagesz
        self.default_given = False              # parsed_default_hugepagesz
        self.default_size = HPAGE_PMD_SIZE
        self.last_target = None                 # last_mhp
        self.warnings: list[str] = []

    def hugepages(self, value: str) -> None:
        if not self.valid:
            self.warnings.append(f"HugeTLB: hugepages={value} does not follow a valid "
                                 "hugepagesz, ignoring")
            self.valid = True
            return
        target = "default" if not self.sizes else self.current
        if target == self.last_target:
            self.warnings.append("HugeTLB: hugepages= specified twice without interleaving "
                                 f"hugepagesz=, ignoring hugepages={value}")
            return
        count = _hugepages_count(value)
        if count is None:
            self.warnings.append(f"HugeTLB: Invalid hugepages parameter {value}")
            return
        if target == "default":
            self.default_count = count
        else:
            self.counts[target] = count
        self.last_target = target

    def hugepagesz(self, value: str) -> None:
        self.valid = False
        size = memparse(value)
        if size not in HUGE_PAGE_SIZES:
            self.warnings.append(f"HugeTLB: unsupported hugepagesz={value}")
            return
        if size in self.sizes:
            if not self.default_given or size != self.default_size or self.counts.get(size):
                self.warnings.append(f"HugeTLB: hugepagesz={value} specified twice, ignoring")
                return
        else:
            self.sizes.append(size)
            self.counts[size] = 0
        self.current = size
        self.valid = True

    def default_hugepagesz(self, value: str) -> None:
        self.valid = False
        if self.default_given:
            self.warnings.append(f"HugeTLB: default_hugepagesz previously specified, "
                                 f"ignoring {value}")
            return
        size = memparse(value)
        if size not in HUGE_PAGE_SIZES:
            self.warnings.append(f"HugeTLB: unsupported default_hugepagesz={value}")
            return
        if size not in self.sizes:            # hugetlb_add_hstate: it becomes parsed_hstate
            self.sizes.append(size)
            self.counts[size] = 0
            self.current = size
        self.valid = True
        self.default_given = True
        self.default_size = size
        if self.default_count:
            self.counts[size] = self.default_count
            self.default_count = 0

    def pools(self) -> dict[int, int]:
        counts = dict(self.counts)
        if self.default_count and not self.default_given:
            counts[HPAGE_PMD_SIZE] = self.default_count
        return counts


def parse_cmdline(text: str) -> BootParams:
    """`text` (the whole command line) as BootParams; never raises for any text."""
    text = text[:COMMAND_LINE_SIZE - 1]
    words = split_words(text)
    hugetlb = _HugetlbParser()
    thp = None
    unknown = []
    warnings = hugetlb.warnings
    handlers = {"hugepages": hugetlb.hugepages, "hugepagesz": hugetlb.hugepagesz,
                "default_hugepagesz": hugetlb.default_hugepagesz}
    for word in words:
        name, sep, value = word.partition("=")
        if name in handlers and sep:
            handlers[name](value)
        elif name == "transparent_hugepage" and sep:
            if value in THP_MODES:
                thp = value
            else:
                warnings.append("transparent_hugepage= cannot parse, ignored")
        else:
            unknown.append(word)
    return BootParams(text=text, words=tuple(words), hugepages=hugetlb.pools(),
                      default_hugepagesz=hugetlb.default_size, transparent_hugepage=thp,
                      unknown=tuple(unknown), warnings=tuple(warnings))


__all__ = ["BootParams", "parse_cmdline", "memparse", "split_words", "format_size",
           "HUGE_PAGE_SIZES", "HPAGE_PMD_SIZE", "HPAGE_PUD_SIZE", "THP_MODES"]
