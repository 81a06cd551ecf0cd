"""/bin: the guest programs of `programs/`, assembled on first use.

Every `programs/**/NAME.s` outside the library folders (`programs/lib/`, `programs/libc/`) and
`programs/tests/` becomes `/bin/NAME` (the first one found, in sorted path order, wins a name).
A hand-written program pulls in the runtime library with `.include "lib/<file>.s"`, resolved
relative to the including file's directory (for GNU `as`, pass `-I programs`).  A program
compiled from C (its header has the line `# link: libc`, see tools/cc.py) is linked with every
`programs/libc/*.s`.

Assembling is lazy (a `LazyFile` assembles when first read or stat'ed) and cached: the ELF bytes are
stored under `~/.cache/pagelab/bin/<sha256>.elf` (or `$PAGELAB_CACHE/bin/`), keyed by the program's
source, every file it includes and the assembler's own source, so a boot costs a directory listing
and an edit to any of those rebuilds.

Assembler: pagelab's own (`pagelab.asm.assemble`); while it is unavailable, GNU `as` + `ld` if
installed.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .inode import LazyFile, MemDirectory, S_IFREG

PROGRAMS_DIR = Path(__file__).resolve().parents[2] / "programs"
_INCLUDE = re.compile(r'^\s*\.include\s+"([^"]+)"', re.MULTILINE)
_LINK = re.compile(r"^# link: (\w+)\s*$", re.MULTILINE)
LIBRARY_DIRS = ("lib", "libc")          # library code, not programs
HIDDEN_DIRS = ("tests",)                # programs run by the test suite, not shown in /bin


def cache_dir() -> Path:
    base = os.environ.get("PAGELAB_CACHE") or os.path.join(os.path.expanduser("~"), ".cache",
                                                           "pagelab")
    return Path(base) / "bin"


def program_sources(programs_dir=None) -> dict:
    """{name: source path} for the programs shown in /bin."""
    root = Path(programs_dir) if programs_dir is not None else PROGRAMS_DIR
    found: dict[str, Path] = {}
    if not root.is_dir():
        return found
    for path in sorted(root.rglob("*.s")):
        folders = path.relative_to(root).parts[:-1]
        if any(part in LIBRARY_DIRS or part in HIDDEN_DIRS for part in folders):
            continue
        found.setdefault(path.stem, path)
    return found


def included_files(source: Path, seen=None) -> list:
    """`source` and every file it includes, transitively (missing includes are skipped; the
    assembler reports them)."""
    seen = [] if seen is None else seen
    source = Path(source)
    if source in seen or not source.is_file():
        return seen
    seen.append(source)
    for name in _INCLUDE.findall(source.read_text(errors="replace")):
        included_files(source.parent / name, seen)
    return seen


def link_sources(source: Path) -> list:
    """The files linked into the program `source`: itself, then the libraries its header names
    (`# link: libc` -> every .s of programs/libc/ beside the programs folder it lives in)."""
    source = Path(source)
    files = [source]
    try:
        with open(source, errors="replace") as handle:
            head = handle.read(2048)
    except OSError:
        return files
    for library in _LINK.findall(head):
        for folder in source.resolve().parents:
            if (folder / library).is_dir() and folder.name != library:
                files.extend(sorted((folder / library).glob("*.s")))
                break
    return files


def _assembler_fingerprint() -> bytes:
    h = hashlib.sha256()
    try:
        import pagelab.asm as asm_pkg
        asm_dir = Path(asm_pkg.__file__).parent
        for path in sorted(asm_dir.rglob("*")):
            if path.suffix in (".py", ".lark"):
                h.update(path.name.encode() + path.read_bytes())
    except Exception:
        pass
    return h.digest()


def source_key(source: Path) -> str:
    h = hashlib.sha256(_assembler_fingerprint())
    for linked in link_sources(source):
        for path in included_files(linked):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def build(source: Path) -> bytes:
    """The ELF executable for `source`, from the cache or freshly assembled."""
    source = Path(source)
    key = source_key(source)
    cached = cache_dir() / f"{key}.elf"
    if cached.is_file():
        return cached.read_bytes()
    data = assemble(source)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, cached)
    except OSError:
        pass                       # an unwritable cache only costs speed
    return data


def assemble(source: Path) -> bytes:
    data = _assemble_pagelab(source)
    if data is None:
        data = _assemble_gnu(source)
    if data is None:
        raise RuntimeError(f"no assembler available for {source}")
    return data


def _assemble_pagelab(source: Path):
    """pagelab's assembler (`pagelab.asm.assemble`), or None while it is not available.
    Its AsmErrors (a GNU-style report) propagate: a program that does not assemble is an error
    to see, not something to paper over with another assembler."""
    try:
        from pagelab.asm import assemble as asm_assemble
    except ImportError:
        return None
    try:
        return asm_assemble([str(path) for path in link_sources(source)])
    except (ImportError, NotImplementedError):
        return None


def _assemble_gnu(source: Path):
    gas = shutil.which("riscv64-linux-gnu-as")
    gld = shutil.which("riscv64-linux-gnu-ld")
    if not gas or not gld:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        objects = []
        for index, path in enumerate(link_sources(source)):
            obj = os.path.join(tmp, f"prog{index}.o")
            subprocess.run([gas, "-march=rv64imac", "-mno-relax", "-I", str(path.parent),
                            "-o", obj, str(path)], check=True, capture_output=True)
            objects.append(obj)
        exe = os.path.join(tmp, "prog")
        subprocess.run([gld, "-static", "--no-relax", "-o", exe, *objects], check=True,
                       capture_output=True)
        return Path(exe).read_bytes()


def populate(bin_dir: MemDirectory, programs_dir=None, log=None) -> None:
    """Add a LazyFile per program.  A program that fails to assemble reads as an empty file
    (exec then fails with ENOEXEC) and `log` (the kernel log) gets the assembler's message."""
    for name, source in program_sources(programs_dir).items():
        def produce(source=source, name=name):
            try:
                return build(source)
            except Exception as exc:
                if log is not None:
                    first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                    log(f"/bin/{name}: cannot assemble {source}: {first}")
                raise
        inode = LazyFile(produce, mode=S_IFREG | 0o755)
        inode.path = f"/bin/{name}"
        inode.source = source
        bin_dir.add(name, inode)
