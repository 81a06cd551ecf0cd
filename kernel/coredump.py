"""Core dumps: an ELF core file of a process killed by a "core" signal (SIGSEGV, SIGBUS, ...).

The file is what Linux's `fs/binfmt_elf.c` (`elf_core_dump`) writes, so `gdb-multiarch PROGRAM
core` shows the registers and memory of the dead process:

    ELF header      ET_CORE, EM_RISCV, e_flags copied from the executable (float ABI, RVC)
    PT_NOTE         notes, each "CORE":
                      NT_PRSTATUS  struct elf_prstatus (376 B): signal, pids, and at offset 112
                                   the registers in `user_regs_struct` order: pc, x1 .. x31
                      NT_PRPSINFO  struct elf_prpsinfo (136 B): state, pids, comm, arguments
                      NT_SIGINFO   the siginfo_t of the killing signal (128 B)
                      NT_AUXV      the process's auxiliary vector
                      (NT_FILE is optional and left out: guest paths mean nothing to a host gdb)
    PT_LOAD × n     one per VMA, in address order, p_filesz = p_memsz = its size, holding the
                    process's memory.  Pages that are not present read as zeros; unreadable
                    (PROT_NONE) VMAs are written with p_filesz = 0, like Linux.  Pages never touched read as zeros
                    (anonymous) or as the file's bytes (file mappings), as Linux's dump sees
                    them — without faulting anything in.

Where the file goes: `kernel.core_pattern` (sysctl, default `core`; `%p` is replaced by the pid,
`%e` by comm, `%%` by `%`; empty or a `|pipe` disables dumps) names a file *in the guest's file
system*, relative to the dying process's cwd, as on Linux -- under `--root DIR` that is inside
DIR, otherwise in pagelab's in-memory root.  With `pagelab run --core-dir DIR`
(`KernelConfig.core_dir`) the core goes instead into that one host directory, named by the
pattern's last component (fs/hostfs.py `CoreDirectory`).  Either way a guest that writes a host
path into /proc/sys/kernel/core_pattern cannot make pagelab write any other host file
(docs/threat-model.md).  As Linux does, an old file of that name is removed first and the core
is created afresh (mode 0600, never through a symlink).  A core is written only when
RLIMIT_CORE allows (pagelab's default is unlimited; a guest can lower it with prlimit64) and
the task is dumpable (prctl PR_SET_DUMPABLE); a file larger than the limit is not written.
"""
from __future__ import annotations

import os
import struct

from pagelab.kernel.errno import EISDIR, ENOSPC

ET_CORE = 4
EM_RISCV = 243
PT_LOAD, PT_NOTE = 1, 4
PF_X, PF_W, PF_R = 1, 2, 4
NT_PRSTATUS, NT_PRPSINFO, NT_AUXV = 1, 3, 6
NT_SIGINFO = 0x53494749
NT_FILE = 0x46494C45
PAGE_SIZE = 4096

PRSTATUS_SIZE = 376
PRSTATUS_REGS_OFFSET = 112
PRPSINFO_SIZE = 136


def note(name: bytes, kind: int, desc: bytes) -> bytes:
    """One ELF note: namesz, descsz, type, name (NUL, padded to 4), desc (padded to 4)."""
    name_z = name + b"\0"
    return (struct.pack("<III", len(name_z), len(desc), kind)
            + name_z.ljust((len(name_z) + 3) & ~3, b"\0")
            + desc.ljust((len(desc) + 3) & ~3, b"\0"))


def prstatus(signo: int, code: int, pid: int, ppid: int, pgrp: int, sid: int,
             regs: list[int], pc: int, sigpend: int = 0, sighold: int = 0,
             utime_us: int = 0, stime_us: int = 0) -> bytes:
    """struct elf_prstatus for riscv64 (376 bytes)."""
    def timeval(us):
        return struct.pack("<qq", us // 1_000_000, us % 1_000_000)
    data = struct.pack("<iiih2xQQiiii", signo, code, 0, signo, sigpend, sighold,
                       pid, ppid, pgrp, sid)
    data += timeval(utime_us) + timeval(stime_us) + timeval(0) + timeval(0)
    assert len(data) == PRSTATUS_REGS_OFFSET
    data += struct.pack("<32Q", pc & (2**64 - 1), *[r & (2**64 - 1) for r in regs[1:32]])
    data += struct.pack("<i4x", 0)                  # pr_fpvalid: no F/D state
    assert len(data) == PRSTATUS_SIZE
    return data


def prpsinfo(state: str, pid: int, ppid: int, pgrp: int, sid: int, uid: int, gid: int,
             comm: str, args: list[bytes]) -> bytes:
    """struct elf_prpsinfo for 64-bit Linux (136 bytes)."""
    states = "RSDTZW"
    state_num = states.index(state) if state in states else 0
    psargs = b" ".join(args)[:79]
    data = struct.pack("<bcbb4xQIIiiii", state_num, state.encode()[:1] or b"R",
                       1 if state == "Z" else 0, 0, 0, uid, gid, pid, ppid, pgrp, sid)
    data += comm.encode()[:15].ljust(16, b"\0") + psargs.ljust(80, b"\0")
    assert len(data) == PRPSINFO_SIZE
    return data


def file_note(mappings: list[tuple[int, int, int, str]]) -> bytes:
    """NT_FILE: count, page size, (start, end, offset in pages) × count, then the names."""
    data = struct.pack("<QQ", len(mappings), PAGE_SIZE)
    for start, end, offset, _ in mappings:
        data += struct.pack("<QQQ", start, end, offset // PAGE_SIZE)
    for *_, name in mappings:
        data += name.encode() + b"\0"
    return data


def build_core(notes: bytes, segments: list[tuple[int, int, int, bytes | None]],
               e_flags: int = 0) -> bytes:
    """Assemble the core file.  `segments` are (vaddr, memsz, p_flags, data or None)."""
    phnum = 1 + len(segments)
    header_size = 64 + 56 * phnum
    notes_offset = header_size
    offset = (notes_offset + len(notes) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
    phdrs = [struct.pack("<IIQQQQQQ", PT_NOTE, 0, notes_offset, 0, 0, len(notes), 0, 0)]
    body = []
    for vaddr, memsz, flags, data in segments:
        filesz = len(data) if data is not None else 0
        phdrs.append(struct.pack("<IIQQQQQQ", PT_LOAD, flags, offset if filesz else offset,
                                 vaddr, 0, filesz, memsz, PAGE_SIZE))
        if filesz:
            body.append((offset, data))
            offset += filesz
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + b"\0" * 8
    ehdr = ident + struct.pack("<HHIQQQIHHHHHH", ET_CORE, EM_RISCV, 1, 0, 64, 0, e_flags,
                               64, 56, phnum, 0, 0, 0)
    out = bytearray(ehdr + b"".join(phdrs) + notes)
    for position, data in body:
        if len(out) < position:
            out += b"\0" * (position - len(out))
        out += data
    return bytes(out)


def core_path(pattern: str, pid: int, comm: str) -> str | None:
    """Expand kernel.core_pattern (%p pid, %e comm, %% percent); None when dumps are off."""
    if not pattern or pattern.startswith("|"):
        return None
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "%" and i + 1 < len(pattern):
            spec = pattern[i + 1]
            out.append({"p": str(pid), "e": comm, "%": "%"}.get(spec, ""))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


VM_DONTDUMP = 0x04000000
VM_SHARED, VM_HUGETLB = 0x00000008, 0x00400000


def _vma_fields(vma):
    """(start, end, PF_* flags, file path or None, file offset) of an mm VMA (kernel/mm/vma.py:
    flags bits 0..2 are VM_READ, VM_WRITE, VM_EXEC)."""
    start, end = vma.start, vma.end
    prot = vma.flags & 7
    flags = (PF_R if prot & 1 else 0) | (PF_W if prot & 2 else 0) | (PF_X if prot & 4 else 0)
    path = vma.file.path if vma.file is not None else None
    offset = vma.pgoff * PAGE_SIZE
    return start, end, flags, path, offset


def _unfaulted_page(vma, va: int, cache=None) -> bytes:
    """What a page the process never touched holds: the file's bytes for a file mapping
    (Linux's dump faults them in), zeros for anonymous memory."""
    file = vma.file if vma is not None else None
    if file is None:
        return bytes(PAGE_SIZE)
    index = vma.pgoff + ((va - vma.start) >> 12)
    try:
        data = cache.page_data(file, index) if cache is not None else bytes(file.read_page(index))
    except Exception:
        data = b""
    return data[:PAGE_SIZE].ljust(PAGE_SIZE, b"\0")


def read_memory_without_faults(kernel, mm, start: int, end: int, vma=None) -> bytes:
    """The bytes of [start, end) as the process sees them; pages with no valid PTE read as zero.

    Reads the frames the mm's shadow page table records, so dumping never faults pages in and
    never changes the process's fault counters."""
    chunks = []
    pages = mm.pages                      # vpn -> the PTE the kernel installed (aspace.py)
    for va in range(start, end, PAGE_SIZE):
        pte = pages.get(va >> 12)
        if pte is None:
            chunks.append(_unfaulted_page(vma, va, kernel.page_cache))
            continue
        chunks.append(mm.page_bytes(va >> 12))
    return b"".join(chunks)


def write_core(kernel, task, info) -> str | None:
    """Dump `task` (current, registers in the machine) after signal `info`.

    Returns where the core went (a guest path, or a host path under --core-dir), or None when
    no core was written (limit 0, pattern empty, or the file could not be created — the reason
    goes to the kernel log)."""
    from pagelab.kernel.proc import RLIMIT_CORE
    limit = task.rlimits[RLIMIT_CORE][0]
    if limit == 0 or not task.dumpable:
        return None
    path = core_path(str(kernel.sysctl.get("kernel.core_pattern", "core")), task.pid, task.comm)
    if path is None:
        return None
    if kernel.current is task:
        regs, pc = list(kernel.machine.regs), kernel.machine.pc
    else:
        regs, pc = list(task.regs), task.pc
    segments = []
    mappings = []
    for vma in mm_vmas(task.mm):
        start, end, flags, file_path, offset = _vma_fields(vma)
        # (coredump_filter's default 0x33 dumps private hugetlb memory, not shared)
        dump = flags & PF_R and not vma.flags & VM_DONTDUMP and \
            (vma.flags & (VM_HUGETLB | VM_SHARED)) != VM_HUGETLB | VM_SHARED
        data = read_memory_without_faults(kernel, task.mm, start, end, vma) if dump else None
        segments.append((start, end - start, flags, data))
        if file_path:
            mappings.append((start, end, offset, file_path))
    us = kernel.cycles_to_ns(task.user_cycles) // 1000
    notes = note(b"CORE", NT_PRSTATUS,
                 prstatus(info.signo, info.code, task.pid, task.ppid, task.pgid, task.sid,
                          regs, pc, task.signals.pending_mask(), task.signals.blocked, us))
    notes += note(b"CORE", NT_PRPSINFO,
                  prpsinfo("R", task.pid, task.ppid, task.pgid, task.sid, task.uid, task.gid,
                           task.comm, task.argv))
    notes += note(b"CORE", NT_SIGINFO, info.pack())
    notes += note(b"CORE", NT_AUXV, task.auxv)
    # NT_FILE is left out: its guest paths mean nothing on the host, and gdb warns about
    # every one it cannot open (file_note() builds it for callers that want it).
    image = build_core(notes, segments, task.exe_flags)
    if len(image) > limit:
        kernel.log(f"Core dump to {path} aborted: RLIMIT_CORE {limit} < {len(image)} bytes")
        return None
    core_dir = kernel.core_dir
    if core_dir is not None:
        try:
            return core_dir.write(path.rstrip("/").rpartition("/")[2], image)
        except OSError as error:
            kernel.log(f"Core dump to {path} failed: {error.strerror}")
            return None
    err = write_guest_file(kernel, task, path, image)
    if isinstance(err, int):
        kernel.log(f"Core dump to {path} failed: {_strerror(-err)}")
        return None
    return err


def write_guest_file(kernel, task, path: str, data: bytes):
    """Create `path` (relative to the task's cwd) in the guest's file system with `data`, as
    Linux creates a core file: unlink, then create anew with mode 0600.  Returns the canonical
    guest path, or -errno."""
    from pagelab.kernel.fs.file import O_WRONLY, OpenFile
    fs = kernel.fs
    found = fs.resolve_parent(path, task.cwd or "/", task)
    if isinstance(found, int):
        return found
    parent, name = found
    if name in ("", ".", ".."):
        return -EISDIR
    directory = parent.inode
    old = directory.lookup(name)
    if old is not None:
        if old.is_dir:
            return -EISDIR
        err = directory.unlink(name)
        if err < 0:
            return err
    inode = directory.create(name, 0o600)
    if isinstance(inode, int):
        return inode
    guest_path = parent.path.rstrip("/") + "/" + name
    handle = OpenFile(inode, O_WRONLY, guest_path).get()
    try:
        err = inode.open(handle)
        view = memoryview(data)
        while isinstance(err, int) and err >= 0 and view:
            err = inode.write(handle, bytes(view[:1 << 20]))
            if isinstance(err, int) and err > 0:
                view = view[err:]
            elif err == 0:
                err = -ENOSPC
    finally:
        handle.put()
    return guest_path if not (isinstance(err, int) and err < 0) else err


def _strerror(errno: int) -> str:
    try:
        return os.strerror(errno)
    except ValueError:
        return f"error {errno}"


def mm_vmas(mm) -> list:
    """The VMAs of an address space, in address order."""
    return list(mm.vmas)                  # AddressSpace keeps them sorted by start
