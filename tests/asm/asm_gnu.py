"""Differential-testing helpers: assemble with pagelab and with GNU binutils, compare bytes.

`compare(sources, march)` assembles `sources` ([(name, text)]) with `pagelab.asm` and then with
`riscv64-linux-gnu-as -mno-relax` + `riscv64-linux-gnu-ld --no-relax`, placing every section of
GNU's link at the address pagelab chose (ld's default script with the addresses pinned), and
returns the list of
differences (empty when every allocated section is byte-identical).  GNU's output is read with a
tiny ELF section reader here, so the oracle does not depend on our own ELF reader.
"""
from __future__ import annotations

import os
import struct
import subprocess
import tempfile

from oracles import GNU_AS, GNU_LD
from pagelab.asm import assemble_objects, build, link_objects

AS = GNU_AS
LD = GNU_LD


def elf_sections(data: bytes) -> dict:
    """name -> (addr, flags, type, bytes) of an ELF64 little-endian file."""
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
               for i in range(shnum)]
    stroff = headers[shstrndx][4]
    out = {}
    for h in headers[1:]:
        name_off, sh_type, flags, addr, off, size = h[:6]
        end = data.index(b"\0", stroff + name_off)
        name = data[stroff + name_off:end].decode()
        body = b"" if sh_type == 8 else data[off:off + size]
        out[name] = (addr, flags, sh_type, body, size)
    return out


_STANDARD = {
    ".text": "*(.text.unlikely .text.*_unlikely .text.unlikely.*) *(.text.exit .text.exit.*) "
             "*(.text.startup .text.startup.*) *(.text.hot .text.hot.*) *(SORT(.text.sorted.*)) "
             "*(.text .stub .text.* .gnu.linkonce.t.*)",
    ".rodata": "*(.rodata .rodata.* .gnu.linkonce.r.*)",
    ".data": "__DATA_BEGIN__ = .; *(.data .data.* .gnu.linkonce.d.*)",
    ".sdata": "__SDATA_BEGIN__ = .; *(.srodata.cst16) *(.srodata.cst8) *(.srodata.cst4) "
              "*(.srodata.cst2) *(.srodata .srodata.*) *(.sdata .sdata.* .gnu.linkonce.s.*)",
    ".sbss": "*(.dynsbss) *(.sbss .sbss.* .gnu.linkonce.sb.*) *(.scommon)",
    ".bss": "*(.dynbss) *(.bss .bss.* .gnu.linkonce.b.*) *(COMMON) "
            ". = ALIGN(. != 0 ? 64 / 8 : 1);",
}


def linker_script(image, entry):
    """GNU ld's default script (riscv64 elf, static), with every output section pinned at the
    address pagelab chose.  The script symbols (__global_pointer$, _edata, _end, ...) are
    computed by ld itself from its own formulas, so they check ours."""
    secs = [s for s in image.sections if s.alloc]
    by_name = {s.name: s for s in secs}

    def place(name, body):
        s = by_name.get(name)
        addr = f" {s.addr:#x}" if s else ""
        return f"  {name}{addr} : {{ {body} }}"

    def orphans(kind):
        out = []
        for s in secs:
            if s.name in _STANDARD:
                continue
            k = "x" if "x" in s.flags else ("nobits" if s.nobits else
                                             ("w" if "w" in s.flags else "r"))
            if k == kind:
                out.append(f"  {s.name} {s.addr:#x} : {{ *({s.name}) }}")
        return out

    text_end = by_name[".text"].addr + by_name[".text"].size if ".text" in by_name else 0
    lines = [f"ENTRY({entry})", "SECTIONS", "{",
             f"  . = {min([s.addr for s in secs] or [0x10000]):#x};",
             place(".text", _STANDARD[".text"]),
             "  PROVIDE (__etext = .); PROVIDE (_etext = .); PROVIDE (etext = .);"]
    lines += orphans("x")
    lines.append(place(".rodata", _STANDARD[".rodata"]))
    lines += orphans("r")
    data_start = image.script_symbols.get("__DATA_BEGIN__") if ".data" not in by_name else None
    if data_start is not None:
        lines.append(f"  . = {data_start:#x};")
    lines.append(place(".data", _STANDARD[".data"]))
    lines += orphans("w")
    lines += [place(".sdata", _STANDARD[".sdata"]),
              "  _edata = .; PROVIDE (edata = .);", "  . = .;", "  __bss_start = .;",
              place(".sbss", _STANDARD[".sbss"]), place(".bss", _STANDARD[".bss"])]
    lines += orphans("nobits")
    lines += ["  . = ALIGN(64 / 8);", "  __BSS_END__ = .;",
              "  __global_pointer$ = MIN(__SDATA_BEGIN__ + 0x800, MAX(__DATA_BEGIN__ + 0x800, "
              "__BSS_END__ - 0x800));",
              "  _end = .; PROVIDE (end = .);", "}"]
    del text_end
    return "\n".join(lines) + "\n"


def gnu_link(sources, march, image, workdir, entry="_start"):
    """Assemble with GNU as and link with ld at pagelab's section addresses; returns ELF bytes."""
    objs = []
    for i, (name, text) in enumerate(sources):
        src = os.path.join(workdir, f"in{i}.s")
        with open(src, "w") as f:
            f.write(text)
        obj = os.path.join(workdir, f"in{i}.o")
        r = subprocess.run([AS, f"-march={march}", "-mabi=lp64", "-mno-relax", "-o", obj, src],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"GNU as failed:\n{r.stderr}")
        objs.append(obj)
    script = os.path.join(workdir, "link.ld")
    with open(script, "w") as f:
        f.write(linker_script(image, entry))
    out = os.path.join(workdir, "gnu.elf")
    r = subprocess.run([LD, "--no-relax", "-T", script, "-o", out] + objs, capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise RuntimeError(f"GNU ld failed:\n{r.stderr}")
    with open(out, "rb") as f:
        return f.read()


def compare(sources, march="rv64imac", entry="_start"):
    """Differences between pagelab's and GNU's bytes for every allocated section."""
    objects = assemble_objects(sources, march)
    image = link_objects(objects, entry)
    ours = {s.name: s for s in image.sections if s.alloc}
    with tempfile.TemporaryDirectory() as work:
        gnu = elf_sections(gnu_link(sources, march, image, work, entry))
    diffs = []
    for name, s in ours.items():
        if name not in gnu:
            if s.size:
                diffs.append(f"{name}: missing in GNU output")
            continue
        g_addr, g_flags, g_type, g_data, g_size = gnu[name]
        if g_addr != s.addr:
            diffs.append(f"{name}: address {s.addr:#x} vs GNU {g_addr:#x}")
        if s.nobits:
            if g_size != s.size:
                diffs.append(f"{name}: size {s.size} vs GNU {g_size}")
            continue
        ours_data = bytes(s.data)
        if ours_data != g_data:
            diffs.append(_first_difference(name, s.addr, ours_data, g_data))
    for name, (addr, flags, sh_type, data, size) in gnu.items():
        if flags & 2 and name not in ours and size:
            diffs.append(f"{name}: only in GNU output ({size} bytes)")
    return diffs


def _first_difference(name, base, ours, theirs):
    n = min(len(ours), len(theirs))
    i = next((k for k in range(n) if ours[k] != theirs[k]), n)
    i &= ~1
    return (f"{name}: first difference at {base + i:#x} (offset {i}): ours "
            f"{ours[i:i + 8].hex()} GNU {theirs[i:i + 8].hex()} (sizes {len(ours)}/{len(theirs)})")


def gnu_section_bytes(text, march, section=".text"):
    """Bytes of one section of GNU's *object* for `text` (no link): for quick encodings."""
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "t.s")
        obj = os.path.join(work, "t.o")
        with open(src, "w") as f:
            f.write(text)
        r = subprocess.run([AS, f"-march={march}", "-mabi=lp64", "-mno-relax", "-o", obj, src],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        with open(obj, "rb") as f:
            return elf_sections(f.read())[section][3]


def compare_file(path, march="rv64imac", entry="_start"):
    """Like `compare` for a file on disk, assembled by GNU in its own directory (so its
    `.include`s resolve the same way)."""
    image = build([path], march, entry)
    with tempfile.TemporaryDirectory() as work:
        obj = os.path.join(work, "f.o")
        r = subprocess.run([AS, f"-march={march}", "-mabi=lp64", "-mno-relax", "-o", obj,
                            os.path.abspath(path)], capture_output=True, text=True,
                           cwd=os.path.dirname(os.path.abspath(path)))
        if r.returncode != 0:
            raise RuntimeError(f"GNU as failed:\n{r.stderr}")
        script = os.path.join(work, "link.ld")
        with open(script, "w") as f:
            f.write(linker_script(image, entry))
        out = os.path.join(work, "gnu.elf")
        r = subprocess.run([LD, "--no-relax", "-T", script, "-o", out, obj],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"GNU ld failed:\n{r.stderr}")
        with open(out, "rb") as f:
            gnu = elf_sections(f.read())
    diffs = []
    for s in image.sections:
        if not s.alloc or s.nobits:
            continue
        if s.name not in gnu or gnu[s.name][3] != bytes(s.data) or gnu[s.name][0] != s.addr:
            diffs.append(s.name if s.name not in gnu else
                         _first_difference(s.name, s.addr, bytes(s.data), gnu[s.name][3]))
    return diffs
