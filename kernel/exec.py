"""execve: load a static ELF executable into a fresh address space and build its start-up stack.

The steps follow Linux's `fs/exec.c` and `fs/binfmt_elf.c`:

1. find the file (`kernel.fs.lookup`), read it, parse it (`asm.elfread.read_elf`), check it is a
   RISC-V executable we can run (ET_EXEC, or ET_DYN without PT_INTERP) that a loader can map
   (`asm.elfread.check_loadable`: no overlapping PT_LOADs, p_vaddr congruent to p_offset, all
   below the end of user space); errors return -errno and leave the caller untouched (ENOENT,
   EACCES, ENOEXEC, E2BIG, EFAULT ...); a file open for writing is ETXTBSY, and while a process
   runs a file, opening it for writing is ETXTBSY (`Inode.deny_write_access`);
2. the *point of no return*: a new `AddressSpace` replaces the old one (`mm.map_elf`,
   `mm.map_vdso`, `mm.setup_stack`), close-on-exec files are closed, caught signals reset;
3. the initial stack (`build_initial_stack`, below), then pc = entry, sp = the argc word, all
   other registers zero.

The start-up stack, from the top of the stack VMA down (riscv-abi §10.5):

    stack_top - 8 .. stack_top      8 zero bytes
    strings                         argv[0]\\0 ... argv[n-1]\\0 envp[0]\\0 ... envp[m-1]\\0 execfn\\0
    16 random bytes                 <- AT_RANDOM (no alignment before it, as on Linux riscv)
    gap                             so that sp ends 16-byte aligned
    auxv                            (type, value) pairs ... (AT_NULL, 0)
    envp[] + NULL
    argv[] + NULL
    argc                            <- sp
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from pagelab.kernel import trace
from pagelab.kernel.errno import (E2BIG, EACCES, EFAULT, ENAMETOOLONG, ENOENT, ENOEXEC,
                                  ENOMEM)

# auxv types
AT_NULL, AT_IGNORE, AT_EXECFD, AT_PHDR, AT_PHENT, AT_PHNUM, AT_PAGESZ, AT_BASE = 0, 1, 2, 3, 4, 5, 6, 7
AT_FLAGS, AT_ENTRY, AT_NOTELF, AT_UID, AT_EUID, AT_GID, AT_EGID = 8, 9, 10, 11, 12, 13, 14
AT_PLATFORM, AT_HWCAP, AT_CLKTCK, AT_SECURE, AT_BASE_PLATFORM, AT_RANDOM = 15, 16, 17, 23, 24, 25
AT_HWCAP2, AT_EXECFN, AT_SYSINFO_EHDR, AT_MINSIGSTKSZ = 26, 31, 33, 51
AT_L1I_CACHESIZE, AT_L1I_CACHEGEOMETRY, AT_L1D_CACHESIZE, AT_L1D_CACHEGEOMETRY = 40, 41, 42, 43
AT_L2_CACHESIZE, AT_L2_CACHEGEOMETRY, AT_L3_CACHESIZE, AT_L3_CACHEGEOMETRY = 44, 45, 46, 47

PAGE_SIZE = 4096
USER_VA_LIMIT = {"sv39": 1 << 38, "sv48": 1 << 47, "sv57": 1 << 56}   # end of the lower half
ELF_PHENT_SIZE = 56
PT_LOAD, PT_INTERP, PT_PHDR = 1, 3, 6
ET_EXEC, ET_DYN = 2, 3

HWCAP_RV64IMAC = sum(1 << (ord(letter) - ord("a")) for letter in "imac")   # 0x1105
CLOCKS_PER_SEC = 100
SIGFRAME_SIZE = 1088                    # AT_MINSIGSTKSZ: sizeof(struct rt_sigframe)

MAX_ARG_STRLEN = 32 * PAGE_SIZE         # one string (fs/exec.c)
MAX_ARG_STRINGS = 0x7FFFFFFF
ARG_MAX_DEFAULT = 8 << 20 >> 2          # a quarter of the default 8 MiB RLIMIT_STACK
STACK_VMA_SIZE = 132 * 1024             # what Linux shows as VmStk right after exec


@dataclass
class InitialStack:
    sp: int                 # where argc is; the new task's sp
    data: bytes             # bytes to write at [sp, stack_top)
    argv: int               # address of argv[0] pointer
    envp: int
    auxv: int               # address of the first auxv pair
    random: int             # AT_RANDOM
    execfn: int             # AT_EXECFN
    auxv_bytes: bytes       # the auxv array as written (for /proc/PID/auxv and NT_AUXV)
    arg_start: int = 0      # the argv strings (/proc/PID/cmdline reads [arg_start, arg_end))
    arg_end: int = 0
    env_start: int = 0      # the environment strings
    env_end: int = 0


def build_initial_stack(stack_top: int, argv: list[bytes], envp: list[bytes], execfn: bytes,
                        auxv: list[tuple[int, int]], random16: bytes) -> InitialStack:
    """Lay out argc/argv/envp/auxv and the strings below `stack_top` (see the module docstring).

    `auxv` is the list of (type, value) pairs *without* AT_RANDOM, AT_EXECFN and AT_NULL; those
    three are added here because their values are addresses on this stack: AT_RANDOM goes after
    AT_SECURE, AT_EXECFN after it (and after AT_HWCAP2 if present), AT_NULL last — Linux's order.
    """
    assert len(random16) == 16
    strings = b"".join(a + b"\0" for a in argv) + b"".join(e + b"\0" for e in envp) \
        + execfn + b"\0"
    strings_end = stack_top - 8
    strings_start = strings_end - len(strings)
    execfn_addr = strings_end - len(execfn) - 1
    random_addr = strings_start - 16

    pairs: list[tuple[int, int]] = []
    inserted_random = False
    for kind, value in auxv:
        pairs.append((kind, value))
        if kind == AT_SECURE:
            pairs.append((AT_RANDOM, random_addr))
            inserted_random = True
    if not inserted_random:
        pairs.append((AT_RANDOM, random_addr))
    pairs.append((AT_EXECFN, execfn_addr))
    pairs.append((AT_NULL, 0))

    items = (len(argv) + 1) + (len(envp) + 1) + 1          # argv+NULL, envp+NULL, argc
    auxv_size = 16 * len(pairs)
    sp = (random_addr - auxv_size - 8 * items) & ~0xF

    pointers = []
    cursor = strings_start
    argv_addrs = []
    for a in argv:
        argv_addrs.append(cursor)
        cursor += len(a) + 1
    envp_addrs = []
    for e in envp:
        envp_addrs.append(cursor)
        cursor += len(e) + 1
    pointers = [len(argv), *argv_addrs, 0, *envp_addrs, 0]
    auxv_bytes = b"".join(struct.pack("<QQ", k, v & (2**64 - 1)) for k, v in pairs)
    table = struct.pack(f"<{len(pointers)}Q", *pointers) + auxv_bytes
    gap = random_addr - (sp + len(table))
    data = table + b"\0" * gap + random16 + strings + b"\0" * 8
    assert sp + len(data) == stack_top
    argv_ptr = sp + 8
    envp_ptr = argv_ptr + 8 * (len(argv) + 1)
    auxv_ptr = envp_ptr + 8 * (len(envp) + 1)
    arg_end = strings_start + sum(len(a) + 1 for a in argv)
    env_end = arg_end + sum(len(e) + 1 for e in envp)
    return InitialStack(sp, data, argv_ptr, envp_ptr, auxv_ptr, random_addr, execfn_addr,
                        auxv_bytes, strings_start, arg_end, arg_end, env_end)


def program_header_address(elf) -> int:
    """Where the program headers are in memory (AT_PHDR): PT_PHDR's vaddr if present, else the
    PT_LOAD segment that contains file offset e_phoff (`load_elf_phdrs` + `phdr_addr`)."""
    for seg in elf.segments:
        if seg.p_type == PT_PHDR:
            return seg.vaddr
    for seg in elf.segments:
        if seg.p_type == PT_LOAD and seg.offset <= elf.phoff < seg.offset + seg.filesz:
            return seg.vaddr + (elf.phoff - seg.offset)
    return 0


class ExecError(Exception):
    """A failed execve before the point of no return; `.errno` is the value to return."""

    def __init__(self, errno: int, message: str = ""):
        super().__init__(message or str(errno))
        self.errno = errno


def read_user_strings(mm, array_ptr: int, limit_bytes: int) -> list[bytes]:
    """Read a NULL-terminated array of C strings (argv or envp) from user memory.

    Raises ExecError(EFAULT) on bad pointers, E2BIG past the limits."""
    from pagelab.kernel.mm.aspace import EFault
    result: list[bytes] = []
    if array_ptr == 0:
        return result
    total = 0
    try:
        for index in range(MAX_ARG_STRINGS):
            pointer = mm.read_u64(array_ptr + 8 * index)
            if pointer == 0:
                return result
            text = mm.read_cstring(pointer, MAX_ARG_STRLEN + 1)
            if len(text) > MAX_ARG_STRLEN:
                raise ExecError(E2BIG, "argument string too long")
            total += len(text) + 1 + 8
            if total > limit_bytes:
                raise ExecError(E2BIG, "argument list too long")
            result.append(text)
    except EFault:
        raise ExecError(EFAULT, "bad argv/envp pointer") from None
    raise ExecError(E2BIG)


def load_executable(kernel, path: str, cwd: str):
    """Look up `path` and return (inode, bytes, ElfFile), or raise ExecError."""
    from pagelab.asm.elfread import ElfError, check_loadable, read_elf
    if len(path) >= 4096:
        raise ExecError(ENAMETOOLONG)
    if path == "":
        raise ExecError(ENOENT)
    inode = kernel.fs.lookup(path, cwd)
    if isinstance(inode, int):
        raise ExecError(-inode if inode < 0 else ENOENT, f"{path}: lookup failed")
    if not inode.is_reg:
        raise ExecError(EACCES, f"{path}: not a regular file")
    if not inode.mode & 0o111:
        raise ExecError(EACCES, f"{path}: not executable")
    size = inode.size
    if size > kernel.config.mem_size:
        # pagelab's loader reads the whole file; one larger than RAM (a sparse file of any
        # size can be made in /tmp) cannot be held
        raise ExecError(ENOMEM, f"{path}: {size} bytes is more than the loader can read")
    data = read_whole_file(inode, kernel.page_cache)
    if data is None:
        raise ExecError(EACCES, f"{path}: not a regular file")
    if data[:4] == b"#!" or data[:2] == b"#!":
        raise ExecError(ENOEXEC, f"{path}: scripts are not supported")
    try:
        elf = read_elf(data, path)
    except ElfError as error:
        raise ExecError(ENOEXEC, str(error)) from None
    if elf.e_type not in (ET_EXEC, ET_DYN):
        raise ExecError(ENOEXEC, f"{path}: not an executable (e_type {elf.e_type})")
    if any(seg.p_type == PT_INTERP for seg in elf.segments):
        # a dynamically linked program: its interpreter (ld.so) does not exist in pagelab
        raise ExecError(ENOENT, f"{path}: dynamically linked programs are not supported")
    if not any(seg.p_type == PT_LOAD for seg in elf.segments):
        raise ExecError(ENOEXEC, f"{path}: no loadable segment")
    # overlapping segments, vaddr/offset incongruence, wrap-around, beyond the user space
    va_limit = USER_VA_LIMIT[kernel.config.paging]
    try:
        check_loadable(elf, va_limit=va_limit, allow_dyn=True)
    except ElfError as error:
        raise ExecError(ENOEXEC, str(error)) from None
    return inode, data, elf


def read_whole_file(inode, cache=None) -> bytes | None:
    """All bytes of a regular guest file through the page interface (`read_page`), or through
    the page cache when given (it may hold written pages not yet written back)."""
    if hasattr(inode, "read_all"):
        return inode.read_all()
    if not hasattr(inode, "read_page"):
        return None
    size = inode.size() if callable(inode.size) else inode.size
    chunks = []
    for index in range((size + PAGE_SIZE - 1) // PAGE_SIZE):
        chunks.append(cache.page_data(inode, index) if cache is not None else
                      inode.read_page(index))
    return b"".join(chunks)[:size]


def _is_error(value) -> bool:
    return isinstance(value, int) and value < 0


def basename_comm(path: bytes | str) -> str:
    """`comm` after exec: the file name's last component, truncated to 15 bytes."""
    if isinstance(path, bytes):
        path = path.decode("utf-8", "replace")
    return os.path.basename(path.rstrip("/"))[:15] or path[:15]


def exec_into(kernel, task, path: str, argv: list[bytes], envp: list[bytes]) -> int:
    """Replace `task`'s program with the ELF at `path` (the body of execve).

    Returns 0 on success (registers and pc set for the new program) or -errno with the task
    untouched.  `kernel.current` must be `task` or the task must not be loaded in the machine
    (spawn): the new registers are stored in task.regs/task.pc and, if the task is current,
    written to the machine."""
    from pagelab.kernel.mm.aspace import AddressSpace
    try:
        inode, data, elf = load_executable(kernel, path, task.cwd)
    except ExecError as error:
        if error.errno in (ENOEXEC, ENOMEM):
            kernel.log_once(("noexec", path), f"execve: {error}")
        return -error.errno
    strings = sum(len(s) + 1 for s in argv) + sum(len(s) + 1 for s in envp) + len(path) + 1
    if strings + 8 * (len(argv) + len(envp) + 3) > ARG_MAX_DEFAULT:
        return -E2BIG
    err = inode.deny_write_access()            # ETXTBSY: the file is open for writing
    if err < 0:
        return err
    err = _load_image(kernel, task, path, argv, envp, inode, elf)
    if err < 0:
        inode.allow_write_access()
    return err


def _load_image(kernel, task, path, argv, envp, inode, elf) -> int:
    """exec_into after the checks: build the new image; 0 or -errno (task untouched)."""
    from pagelab.kernel.mm.aspace import AddressSpace

    # --- point of no return: build the new address space --------------------------------------
    try:
        new_mm = AddressSpace(kernel)
        new_mm.thp_disabled = task.mm.thp_disabled if task.mm is not None else False
    except MemoryError:
        return -ENOMEM
    try:
        load_info = new_mm.map_elf(elf, inode)
        vdso = new_mm.map_vdso() if not _is_error(load_info) else 0
        stack_top = new_mm.setup_stack(STACK_VMA_SIZE) if not _is_error(load_info) else 0
    except MemoryError:
        new_mm.destroy()
        return -ENOMEM
    except Exception as error:                 # an ELF the mm cannot place: not executable
        kernel.bug(f"exec {path}", error)
        new_mm.destroy()
        return -ENOEXEC
    for result in (load_info, vdso, stack_top):
        if _is_error(result):
            new_mm.destroy()
            return result
    bias = load_info.load_bias
    entry = elf.entry + bias
    phdr = program_header_address(elf) + bias
    vdso_base = new_mm.vdso_base

    auxv = [(AT_SYSINFO_EHDR, vdso_base)] if vdso_base else []
    auxv += [(AT_L1I_CACHESIZE, 0), (AT_L1I_CACHEGEOMETRY, 0), (AT_L1D_CACHESIZE, 0),
             (AT_L1D_CACHEGEOMETRY, 0), (AT_L2_CACHESIZE, 0), (AT_L2_CACHEGEOMETRY, 0),
             (AT_L3_CACHESIZE, 0), (AT_L3_CACHEGEOMETRY, 0), (AT_MINSIGSTKSZ, SIGFRAME_SIZE),
             (AT_HWCAP, HWCAP_RV64IMAC), (AT_PAGESZ, PAGE_SIZE), (AT_CLKTCK, CLOCKS_PER_SEC),
             (AT_PHDR, phdr), (AT_PHENT, ELF_PHENT_SIZE), (AT_PHNUM, elf.phnum), (AT_BASE, 0),
             (AT_FLAGS, 0), (AT_ENTRY, entry), (AT_UID, task.uid), (AT_EUID, task.uid),
             (AT_GID, task.gid), (AT_EGID, task.gid), (AT_SECURE, 0)]
    execfn = path.encode("utf-8", "surrogateescape") if isinstance(path, str) else path
    stack = build_initial_stack(stack_top, argv, envp, execfn, auxv, kernel.random_bytes(16))
    try:
        new_mm.copy_out(stack.sp, stack.data)
    except Exception:
        new_mm.destroy()
        return -ENOMEM

    old_mm = task.mm
    task.mm = new_mm
    kernel.mm_get(new_mm)
    from pagelab.kernel.sys_proc import apply_rlimits_to_mm
    apply_rlimits_to_mm(task)
    task.exe_path = path
    if task.exe_inode is not None:
        task.exe_inode.allow_write_access()    # no longer runs the old program
    task.exe_inode = inode
    task.exe_flags = elf.e_flags
    task.comm = basename_comm(path)
    task.auxv = stack.auxv_bytes
    task.arg_start, task.arg_end = stack.arg_start, stack.arg_end
    new_mm.arg_start, new_mm.arg_end = stack.arg_start, stack.arg_end
    new_mm.env_start, new_mm.env_end = stack.env_start, stack.env_end
    new_mm.start_stack = stack.sp
    task.argv = list(argv)
    task.signals.reset_for_exec()
    task.clear_child_tid = 0
    if task.files is not None:
        task.files.close_on_exec()
    task.regs = [0] * 32
    task.regs[2] = stack.sp
    task.pc = entry
    if kernel.current is task:
        kernel.load_context(task)
    kernel.mm_put(old_mm)                      # a vfork parent may still use it
    kernel.vfork_release(task)
    if kernel.trace.enabled: kernel.trace.emit(trace.Exec, task.pid, path, task.comm)
    return 0
