"""`pagelab asm [-march rv64ima|rv64imac] [-o OUT] [--listing] FILE.s...`

Assembles and links the files into a static ELF64 executable (default output `a.out`, like
GNU ld).  Errors go to stderr in GNU style; the exit status is 1 when there are any.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import MARCHES, AsmErrors, build


def _parser():
    p = argparse.ArgumentParser(prog="pagelab asm", description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="+", metavar="FILE.s")
    p.add_argument("-march", "--march", default="rv64imac", choices=MARCHES)
    p.add_argument("-o", "--output", default="a.out", metavar="OUT")
    p.add_argument("-e", "--entry", default="_start", help="entry symbol (default _start)")
    p.add_argument("--listing", action="store_true",
                   help="print address, encoding and source of each line")
    return p


def format_listing(image) -> str:
    lines = []
    for address, data, origin, nobits, size in sorted(image.listing, key=lambda t: t[0]):
        if nobits:
            enc = f"<{size} bytes>"
        else:
            enc = data.hex() if len(data) not in (2, 4) else \
                f"{int.from_bytes(data, 'little'):0{len(data) * 2}x}"
            if len(enc) > 24:
                enc = enc[:21] + "..."
        src = ""
        if origin is not None:
            src = f"{os.path.basename(origin.file)}:{origin.line}  {origin.text.strip()}"
        lines.append(f"{address:8x}:  {enc:<24} {src}")
    return "\n".join(lines)


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    from .elf import write_executable
    try:
        image = build(args.files, args.march, args.entry, listing=args.listing)
    except AsmErrors as e:
        print(e.report(), file=sys.stderr)
        return 1
    for w in image.warnings:
        print(f"pagelab asm: {w}", file=sys.stderr)
    data = write_executable(image)
    try:
        with open(args.output, "wb") as f:
            f.write(data)
        os.chmod(args.output, 0o755)
    except OSError as e:
        print(f"pagelab asm: cannot write '{args.output}': {e.strerror or e}", file=sys.stderr)
        return 1
    if args.listing:
        print(format_listing(image))
    return 0


if __name__ == "__main__":
    sys.exit(main())
