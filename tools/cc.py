"""`pagelab cc` -- compile C for the guest against pagelab's libc (programs/libc/).

    pagelab cc [-o OUT] [-S] [-I DIR] FILE.c|FILE.s ...   compile and link a guest program
    pagelab cc --regenerate [--check]                      rebuild programs/**/*.s from the C

C needs a RISC-V cross compiler (`riscv64-linux-gnu-gcc`); everything after it is pagelab's own
assembler.  A C file is compiled with `gcc -S` and the fixed flags below (`CFLAGS`), the
assembly is linked with the libc's `.s` files by `pagelab.asm.assemble`, and the result is a
static ELF executable for `pagelab run`.

The project commits, beside every C source of the guest userland (programs/libc, programs/sh,
programs/bin, programs/tests), the assembly gcc makes from it, with a header naming the source,
the exact command and the compiler (`generated_text`).  So users need no cross compiler: /bin
assembles those files.  `--regenerate` rewrites them; `--check` only reports the ones that
differ (a test runs it when the compiler is installed).  The header's `# link: libc` line tells
kernel/fs/bin.py to link the program with the libc.

The flags: no PIC (pagelab's assembler has no GOT: `la` is `lla`), the medany code model (code
and data anywhere within 2 GiB of each other), RV64IMAC with the soft-float ABI (the machine
has no floating point), freestanding (no host headers, gcc emits no hidden library calls other
than mem*), no linker relaxation (the assembler does not relax), no unwind tables.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GCC = "riscv64-linux-gnu-gcc"
CFLAGS = ["-O2", "-fno-pic", "-mcmodel=medany", "-march=rv64imac", "-mabi=lp64",
          "-ffreestanding", "-fno-builtin", "-nostdlib", "-fno-stack-protector",
          "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-mno-relax",
          "-Wall", "-Wextra", "-Wno-unused-parameter"]
PROGRAMS_DIR = Path(__file__).resolve().parents[1] / "programs"
LIBC_DIR = PROGRAMS_DIR / "libc"
USERLAND_DIRS = ("libc", "sh", "bin", "tests", "pressure")
INSTALL_HINT = ("no RISC-V C compiler found (riscv64-linux-gnu-gcc); install one with\n"
                "    sudo apt-get install gcc-riscv64-linux-gnu\n"
                "or write the program in assembly (pagelab asm / pagelab run FILE.s)")


class CcError(Exception):
    """A compile or link failure; the message is what the user should see."""


def find_gcc() -> str | None:
    return shutil.which(GCC)


def compiler_version(gcc: str) -> str:
    result = subprocess.run([gcc, "--version"], capture_output=True, text=True)
    return result.stdout.splitlines()[0].strip() if result.stdout else GCC


def userland_sources(programs_dir: Path = PROGRAMS_DIR) -> list:
    """Every C source whose assembly the project commits."""
    found = []
    for name in USERLAND_DIRS:
        found.extend(sorted((programs_dir / name).glob("*.c")))
    return found


def gcc_command(source: Path, output: str) -> list:
    """The exact command, run in the source's directory (relative paths, so it is the same on
    every machine)."""
    include = os.path.relpath(LIBC_DIR, source.parent)
    return [GCC, "-S", *CFLAGS, f"-I{include}", "-o", output, source.name]


def generated_text(source: Path, gcc: str) -> str:
    """The committed assembly of `source`: header + gcc's output."""
    source = Path(source).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, source.stem + ".s")
        command = gcc_command(source, source.stem + ".s")
        result = subprocess.run([gcc, *command[1:-3], "-o", out, source.name], cwd=source.parent,
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise CcError(result.stderr.strip() or f"{source}: gcc failed")
        body = Path(out).read_text()
    rel = source.relative_to(PROGRAMS_DIR.parent) if PROGRAMS_DIR.parent in source.parents \
        else source
    lines = [f"# {rel.with_suffix('.s')} -- generated from {source.name}: do not edit; edit the C "
             f"source and run",
             "# `pagelab cc --regenerate`.",
             f"# command (in {rel.parent}): {' '.join(command)}",
             f"# compiler: {compiler_version(gcc)}"]
    if source.parent != LIBC_DIR:
        lines.append("# link: libc")
    return "\n".join(lines) + "\n" + body


def regenerate(check: bool = False, programs_dir: Path = PROGRAMS_DIR) -> list:
    """Rewrite (or, with check, compare) every committed .s; returns the paths that differed."""
    gcc = find_gcc()
    if gcc is None:
        raise CcError(INSTALL_HINT)
    differ = []
    for source in userland_sources(programs_dir):
        text = generated_text(source, gcc)
        target = source.with_suffix(".s")
        old = target.read_text() if target.exists() else None
        if old != text:
            differ.append(target)
            if not check:
                target.write_text(text)
    return differ


def libc_sources() -> list:
    return sorted(LIBC_DIR.glob("*.s"))


def compile_program(files: list, output: str, keep_asm: bool = False,
                    includes: list = ()) -> None:
    """gcc -S each .c (beside it with -S, else in a temporary directory), then link everything
    with the libc into `output`."""
    from pagelab.asm import AsmErrors, assemble
    gcc = None
    with tempfile.TemporaryDirectory() as tmp:
        asm_files = []
        for name in files:
            path = Path(name)
            if not path.is_file():
                raise CcError(f"{name}: No such file or directory")
            if path.suffix == ".s":
                asm_files.append(str(path))
                continue
            if path.suffix != ".c":
                raise CcError(f"{name}: not a .c or .s file")
            gcc = gcc or find_gcc()
            if gcc is None:
                raise CcError(INSTALL_HINT)
            target = path.with_suffix(".s") if keep_asm else Path(tmp) / (path.stem + ".s")
            command = [gcc, "-S", *CFLAGS, f"-I{LIBC_DIR}", *(f"-I{d}" for d in includes),
                       "-o", str(target), str(path)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                raise CcError(result.stderr.rstrip())
            if result.stderr:
                sys.stderr.write(result.stderr)
            asm_files.append(str(target))
        try:
            data = assemble([*asm_files, *map(str, libc_sources())])
        except AsmErrors as error:
            raise CcError(str(error).rstrip()) from None
    with open(output, "wb") as out:
        out.write(data)
    os.chmod(output, 0o755)


def main(argv: list | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pagelab cc", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", metavar="FILE.c")
    parser.add_argument("-o", dest="output", default="a.out", metavar="OUT")
    parser.add_argument("-S", dest="keep_asm", action="store_true",
                        help="also keep each FILE.s beside its FILE.c")
    parser.add_argument("-I", dest="includes", action="append", default=[], metavar="DIR")
    parser.add_argument("--regenerate", action="store_true",
                        help="rebuild the committed programs/**/*.s from their C sources")
    parser.add_argument("--check", action="store_true",
                        help="with --regenerate: only list the files that differ (status 1)")
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return 0 if exit_.code in (0, None) else 2
    try:
        if options.regenerate:
            differ = regenerate(check=options.check)
            for path in differ:
                print(f"{'differs' if options.check else 'rewrote'}: {path}")
            return 1 if (options.check and differ) else 0
        if not options.files:
            parser.print_usage(sys.stderr)
            print("pagelab cc: no input files", file=sys.stderr)
            return 2
        compile_program(options.files, options.output, options.keep_asm, options.includes)
    except CcError as error:
        print(f"pagelab cc: {error}" if "\n" not in str(error) else str(error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
