"""Memory-management system calls (Linux riscv64 numbers), thin wrappers over AddressSpace.

Each handler takes the raw registers (kernel, task, a0..a5), checks what only the syscall layer
can check (file descriptors, user vectors), and returns the AddressSpace method's result:
an address or 0 on success, -errno on failure (as Linux's mm/mmap.c and mm/mprotect.c).  brk is
special: it returns the (possibly unchanged) break, never an error.
"""
from __future__ import annotations

from pagelab.kernel import errno as E
from pagelab.kernel.mm.aspace import MAP_ANONYMOUS, MLOCK_ONFAULT, EFault, page_align
from pagelab.kernel.mm.vma import VM_LOCKED, VM_LOCKONFAULT
from pagelab.kernel.syscalls import signed, syscall

MCL_CURRENT, MCL_FUTURE, MCL_ONFAULT = 1, 2, 4


def _mm(task):
    """The caller's AddressSpace (None only for a task without one: init, a kernel thread)."""
    return task.mm


@syscall(214, "brk")
def sys_brk(kernel, task, addr, *_):
    mm = _mm(task)
    return mm.brk(addr) if mm is not None else 0


@syscall(222, "mmap")
def sys_mmap(kernel, task, addr, length, prot, flags, fd, offset, *_):
    mm = _mm(task)
    if mm is None:
        return -E.ENOMEM
    prot &= 0xFFFFFFFF
    flags &= 0xFFFFFFFF
    if offset & 0xFFF:
        return -E.EINVAL          # riscv's sys_mmap checks the byte offset first, even for anon
    if flags & MAP_ANONYMOUS:
        return mm.mmap(addr, length, prot, flags)
    fd = signed(fd, 32)
    files = task.files
    open_file = files.get(fd) if files is not None and fd >= 0 else None
    if open_file is None:
        return -E.EBADF
    return mm.mmap(addr, length, prot, flags, file=open_file.inode, offset=offset,
                   file_readable=open_file.readable, file_writable=open_file.writable)


@syscall(215, "munmap")
def sys_munmap(kernel, task, addr, length, *_):
    mm = _mm(task)
    return mm.munmap(addr, length) if mm is not None else -E.EINVAL


@syscall(226, "mprotect")
def sys_mprotect(kernel, task, addr, length, prot, *_):
    mm = _mm(task)
    return mm.mprotect(addr, length, prot & 0xFFFFFFFF) if mm is not None else -E.ENOMEM


@syscall(216, "mremap")
def sys_mremap(kernel, task, old, old_size, new_size, flags, new_addr, *_):
    mm = _mm(task)
    if mm is None:
        return -E.EFAULT
    return mm.mremap(old, old_size, new_size, flags & 0xFFFFFFFF, new_addr)


@syscall(233, "madvise")
def sys_madvise(kernel, task, addr, length, advice, *_):
    mm = _mm(task)
    return mm.madvise(addr, length, signed(advice, 32)) if mm is not None else -E.ENOMEM


@syscall(232, "mincore")
def sys_mincore(kernel, task, addr, length, vec, *_):
    mm = _mm(task)
    if mm is None:
        return -E.ENOMEM
    check = mm.mincore(addr, length, check_only=True)      # argument and range checks
    if isinstance(check, int):
        return check
    # Fill the vector a chunk (1 MiB of vector) at a time, so a bad vector fails before the
    # kernel does work for the whole length (Linux works a page of vector at a time).
    npages = page_align(length) >> 12
    chunk = 1 << 20
    for first in range(0, npages, chunk):
        n = min(chunk, npages - first)
        part = mm.mincore(addr + (first << 12), n << 12)
        try:
            mm.copy_out(vec + first, part)
        except EFault:
            return -E.EFAULT
    return 0


@syscall(227, "msync")
def sys_msync(kernel, task, addr, length, flags, *_):
    mm = _mm(task)
    return mm.msync(addr, length, signed(flags, 32)) if mm is not None else -E.ENOMEM


@syscall(228, "mlock")
def sys_mlock(kernel, task, addr, length, *_):
    mm = _mm(task)
    return mm.mlock(addr, length) if mm is not None else -E.ENOMEM


@syscall(284, "mlock2")
def sys_mlock2(kernel, task, addr, length, flags, *_):
    mm = _mm(task)
    if flags & ~MLOCK_ONFAULT:
        return -E.EINVAL
    return mm.mlock(addr, length, flags) if mm is not None else -E.ENOMEM


@syscall(229, "munlock")
def sys_munlock(kernel, task, addr, length, *_):
    mm = _mm(task)
    return mm.munlock(addr, length) if mm is not None else -E.ENOMEM


@syscall(230, "mlockall")
def sys_mlockall(kernel, task, flags, *_):
    mm = _mm(task)
    if not flags or flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) or flags == MCL_ONFAULT:
        return -E.EINVAL
    if mm is None:
        return -E.ENOMEM
    if flags & MCL_FUTURE:                          # later mappings are locked as they appear
        mm.def_flags = VM_LOCKED | (VM_LOCKONFAULT if flags & MCL_ONFAULT else 0)
    else:
        mm.def_flags = 0
    if flags & MCL_CURRENT:
        for vma in list(mm.vmas):
            result = mm.mlock(vma.start, vma.end - vma.start,
                              MLOCK_ONFAULT if flags & MCL_ONFAULT else 0)
            if result < 0 and result != -E.ENOMEM:
                return result
    return 0


@syscall(231, "munlockall")
def sys_munlockall(kernel, task, *_):
    mm = _mm(task)
    if mm is None:
        return 0
    mm.def_flags = 0
    for vma in list(mm.vmas):
        mm.munlock(vma.start, vma.end - vma.start)
    return 0


__all__ = ["sys_brk", "sys_mmap", "sys_munmap", "sys_mprotect", "sys_mremap", "sys_madvise",
           "sys_mincore", "sys_msync", "sys_mlock", "sys_mlock2", "sys_munlock", "sys_mlockall",
           "sys_munlockall", "page_align"]


SWAP_FLAG_PREFER, SWAP_FLAG_PRIO_MASK = 0x8000, 0x7FFF


def _swap_path(task, path_ptr) -> str | int:
    """The path argument of swapon/swapoff, or -EPERM (not root) / -EFAULT."""
    if task.uid != 0:
        return -E.EPERM
    try:
        return task.mm.read_cstring(path_ptr).decode("utf-8", "surrogateescape")
    except EFault:
        return -E.EFAULT


@syscall(224, "swapon")
def sys_swapon(kernel, task, path_ptr, flags, *_):
    """swapon(path, flags): enable one of the machine's swap devices (--swap)."""
    path = _swap_path(task, path_ptr)
    if isinstance(path, int):
        return path
    swap = kernel.physmem.swap
    npages = swap.devices.get(path)
    if npages is None:
        return -E.EINVAL if path else -E.ENOENT          # not a swap area
    if swap.area_by_path(path) is not None:
        return -E.EBUSY
    prio = flags & SWAP_FLAG_PRIO_MASK if flags & SWAP_FLAG_PREFER else None
    try:
        swap.swapon(path, npages, prio)
    except ValueError:
        return -E.EPERM                                   # every swap type is taken
    return 0


@syscall(225, "swapoff")
def sys_swapoff(kernel, task, path_ptr, *_):
    """swapoff(path): bring every page of the area back into RAM (ENOMEM if it cannot)."""
    from pagelab.kernel.mm.swap import unuse_area
    path = _swap_path(task, path_ptr)
    if isinstance(path, int):
        return path
    swap = kernel.physmem.swap
    area = swap.area_by_path(path)
    if area is None:
        return -E.EINVAL
    if not unuse_area(kernel.physmem, area):
        return -E.ENOMEM
    swap.remove_area(area)
    return 0


# --- memfd_create (mm/memfd.c) --------------------------------------------------------------------
MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB = 0x1, 0x2, 0x4
MFD_HUGE_SHIFT, MFD_HUGE_MASK = 26, 0x3F
MFD_NAME_MAX_LEN = 249                  # NAME_MAX - strlen("memfd:")
DEV_SHMEM_INTERNAL = (0, 1)             # the kernel's internal tmpfs mount


@syscall(279, "memfd_create")
def sys_memfd_create(kernel, task, uname, flags, *_):
    """memfd_create(name, flags): an anonymous file, `/memfd:NAME (deleted)` in maps.  Without
    MFD_HUGETLB a tmpfs file (pages charged like /tmp's); with it a hugetlbfs file of the
    default size or of the MFD_HUGE_* size in bits 26-31 (ENODEV for a size pagelab has no
    pool for, as hugetlb_file_setup).  EINVAL for unknown flags or a name over 249 bytes."""
    from pagelab.kernel.fs.file import O_LARGEFILE, O_RDWR, OpenFile
    from pagelab.kernel.fs.inode import S_IFREG
    from pagelab.kernel.mm.hugetlb import hstate_for_log
    flags &= 0xFFFFFFFF
    known = MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB
    if flags & MFD_HUGETLB:
        known |= MFD_HUGE_MASK << MFD_HUGE_SHIFT
    if flags & ~known:
        return -E.EINVAL
    mm = _mm(task)
    try:
        name = mm.read_cstring(uname, MFD_NAME_MAX_LEN + 1)
    except EFault:
        return -E.EFAULT
    if len(name) > MFD_NAME_MAX_LEN:
        return -E.EINVAL
    path = "/memfd:" + name.decode("utf-8", "surrogateescape") + " (deleted)"
    if flags & MFD_HUGETLB:
        hugetlb = kernel.physmem.hugetlb
        h = hstate_for_log(hugetlb, (flags >> MFD_HUGE_SHIFT) & MFD_HUGE_MASK)
        if h is None:
            return -E.ENODEV
        inode = hugetlb.new_file(h, 0, path)
        inode.mode = S_IFREG | 0o777
        kernel.fs.numbers.assign(inode)
    else:
        inode = kernel.fs.unnamed_tmpfs_file(0o777)
        if isinstance(inode, int):
            return inode
        inode.dev = DEV_SHMEM_INTERNAL
        inode.path = path
    f = OpenFile(inode, O_RDWR | O_LARGEFILE, path)
    inode.open(f)
    fd = task.files.install(f, cloexec=bool(flags & MFD_CLOEXEC))
    if fd < 0:
        f.get()
        f.put()                           # (the description dies with its only holder)
    return fd
