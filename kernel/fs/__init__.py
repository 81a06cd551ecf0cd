"""pagelab.kernel.fs: the guest's file system.

    inode.py     Inode and the in-memory kinds (MemFile, MemDirectory, MemSymlink, LazyFile),
                 file-type constants, inode numbering, struct stat fields (Stat)
    file.py      OpenFile (a file description: offset, status flags) and FdTable (per process)
    vfs.py       FileSystem: the namespace (/, /bin, /dev, /proc, /tmp, --root) and path
                 resolution that never leaves it
    pipe.py      Pipe: a bounded buffer with reader/writer counts; blocking is the syscalls' job
    devices.py   /dev/null, /dev/zero, /dev/full and the Console behind fds 0-2
    hostfs.py    the host boundary: --root by descriptor-relative no-follow calls, the console's
                 host fds, the --core-dir directory (docs/threat-model.md)
    procfs.py    /proc, generated at open time (seq_file-like snapshots)
    bin.py       /bin: programs/*.s assembled on first use, cached by source hash

The file system calls that use all this are in kernel/sys_fs.py.
"""
