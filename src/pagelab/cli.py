"""The `pagelab` command line: one entry point, one sub-command per tool.

Each sub-command lives in the package that owns it and is imported only when used, so that
`pagelab asm` never pays for numba and `pagelab run` never pays for lark.
"""
from __future__ import annotations

import importlib
import sys

# name -> (module, function, one-line help)
COMMANDS = {
    "asm": ("pagelab.asm.cli", "main", "assemble and link RISC-V assembly into an ELF executable"),
    "objdump": ("pagelab.asm.objdump", "main", "disassemble an ELF file in GNU objdump's style"),
    "run": ("pagelab.tools.run", "main", "run a program (.s or .elf) on the emulated machine"),
    "bench": ("pagelab.tools.bench", "main", "print performance figures (MIPS, faults/s, ...)"),
    "fuzz": ("pagelab.tools.fuzz", "main", "fuzz the assembler, ELF loader and system calls"),
}


def usage() -> str:
    lines = ["usage: pagelab COMMAND [options] ...", "", "commands:"]
    for name, (_, _, text) in COMMANDS.items():
        lines.append(f"  {name:<10} {text}")
    lines.append("")
    lines.append("Run 'pagelab COMMAND --help' for the options of one command.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0 if argv else 2
    if argv[0] == "--version":
        from pagelab import __version__
        print(f"pagelab {__version__}")
        return 0
    name = argv[0]
    if name not in COMMANDS:
        import difflib
        hint = difflib.get_close_matches(name, COMMANDS, n=1)
        extra = f" (did you mean '{hint[0]}'?)" if hint else ""
        print(f"pagelab: unknown command '{name}'{extra}", file=sys.stderr)
        print(usage(), file=sys.stderr)
        return 2
    module_name, func_name, _ = COMMANDS[name]
    module = importlib.import_module(module_name)
    try:
        return int(getattr(module, func_name)(argv[1:]) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 141


if __name__ == "__main__":
    sys.exit(main())
