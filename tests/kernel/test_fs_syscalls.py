"""File system calls against an in-memory namespace, with a fake task and address space."""
from __future__ import annotations

import struct

import pytest

from pagelab.kernel import errno as E
from pagelab.kernel.syscalls import BLOCKED

from fs_fakes import FakeKernel, parse_dirents, s, unpack_stat

AT_FDCWD = -100
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_TRUNC, O_APPEND = 0o100, 0o200, 0o1000, 0o2000
O_NONBLOCK, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 0o4000, 0o200000, 0o400000, 0o2000000
BAD_PTR = 0x7


@pytest.fixture
def kt():
    kernel = FakeKernel()
    return kernel, kernel.new_task()


def open_(k, t, path, flags=O_RDONLY, mode=0o644, dirfd=AT_FDCWD):
    return k.call(t, "openat", dirfd, s(t, path), flags, mode)


def write_(k, t, fd, data):
    return k.call(t, "write", fd, t.mm.alloc(data), len(data))


def read_(k, t, fd, n):
    buf = t.mm.alloc(size=n)
    r = k.call(t, "read", fd, buf, n)
    return r if r is BLOCKED or r < 0 else t.mm.copy_in(buf, r)


def test_created_file_reads_back_what_was_written(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/a.txt", O_CREAT | O_RDWR)
    assert fd == 3
    assert write_(k, t, fd, b"hello, world\n") == 13
    assert k.call(t, "lseek", fd, 0, 0) == 0
    assert read_(k, t, fd, 100) == b"hello, world\n"
    assert read_(k, t, fd, 100) == b""                      # end of file
    assert k.call(t, "close", fd) == 0
    assert k.call(t, "close", fd) == -E.EBADF


def test_open_missing_file_is_enoent_and_through_a_file_is_enotdir(kt):
    k, t = kt
    assert open_(k, t, "/tmp/nope") == -E.ENOENT
    fd = open_(k, t, "/tmp/f", O_CREAT | O_WRONLY)
    k.call(t, "close", fd)
    assert open_(k, t, "/tmp/f/x") == -E.ENOTDIR
    assert open_(k, t, "/tmp/f/") == -E.ENOTDIR
    assert open_(k, t, "") == -E.ENOENT


def test_o_excl_o_trunc_and_o_append_follow_linux(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_EXCL | O_WRONLY)
    write_(k, t, fd, b"0123456789")
    assert open_(k, t, "/tmp/f", O_CREAT | O_EXCL | O_WRONLY) == -E.EEXIST
    fd2 = open_(k, t, "/tmp/f", O_WRONLY | O_APPEND)
    k.call(t, "lseek", fd2, 0, 0)
    write_(k, t, fd2, b"AB")                                # appends despite the seek
    fd3 = open_(k, t, "/tmp/f")
    assert read_(k, t, fd3, 100) == b"0123456789AB"
    fd4 = open_(k, t, "/tmp/f", O_WRONLY | O_TRUNC)
    st = t.mm.alloc(size=128)
    assert k.call(t, "fstat", fd4, st) == 0
    assert unpack_stat(t.mm.copy_in(st, 128))["size"] == 0


def test_directories_refuse_write_opens_and_o_directory_refuses_files(kt):
    k, t = kt
    assert open_(k, t, "/tmp", O_WRONLY) == -E.EISDIR
    assert open_(k, t, "/tmp", O_CREAT | O_WRONLY) == -E.EISDIR
    assert open_(k, t, "/tmp", O_DIRECTORY) >= 3
    fd = open_(k, t, "/tmp/f", O_CREAT | O_WRONLY)
    assert open_(k, t, "/tmp/f", O_DIRECTORY) == -E.ENOTDIR
    assert read_(k, t, open_(k, t, "/tmp"), 10) == -E.EISDIR
    assert read_(k, t, fd, 10) == -E.EBADF                  # opened write-only


def test_fstat_fills_the_128_byte_generic_struct_stat(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR, 0o640)
    write_(k, t, fd, b"x" * 5000)
    buf = t.mm.alloc(b"\xaa" * 136)
    assert k.call(t, "fstat", fd, buf) == 0
    raw = t.mm.copy_in(buf, 136)
    assert raw[128:] == b"\xaa" * 8                          # exactly 128 bytes written
    st = unpack_stat(raw[:128])
    assert st["mode"] == 0o100640 & ~0o022
    assert st["size"] == 5000 and st["blksize"] == 4096 and st["blocks"] == 16
    assert st["nlink"] == 1 and st["mtime"] == 1_767_225_601   # boot (2026-01-01) + 1.5 s
    assert st["mtime_nsec"] == 500_000_000


def test_newfstatat_follows_symlinks_unless_told_not_to(kt):
    k, t = kt
    open_(k, t, "/tmp/target", O_CREAT | O_WRONLY)
    assert k.call(t, "symlinkat", s(t, "target"), AT_FDCWD, s(t, "/tmp/link")) == 0
    buf = t.mm.alloc(size=128)
    assert k.call(t, "newfstatat", AT_FDCWD, s(t, "/tmp/link"), buf, 0) == 0
    assert unpack_stat(t.mm.copy_in(buf, 128))["mode"] & 0o170000 == 0o100000
    assert k.call(t, "newfstatat", AT_FDCWD, s(t, "/tmp/link"), buf, 0x100) == 0
    assert unpack_stat(t.mm.copy_in(buf, 128))["mode"] & 0o170000 == 0o120000
    assert k.call(t, "newfstatat", AT_FDCWD, s(t, "/tmp/nope"), buf, 0) == -E.ENOENT
    assert k.call(t, "newfstatat", AT_FDCWD, s(t, "/tmp/link"), buf, 0x4) == -E.EINVAL
    assert k.call(t, "newfstatat", AT_FDCWD, s(t, ""), buf, 0) == -E.ENOENT
    assert k.call(t, "newfstatat", 1, s(t, ""), buf, 0x1000) == 0
    assert unpack_stat(t.mm.copy_in(buf, 128))["mode"] & 0o170000 == 0o020000   # the console


def test_bad_pointers_give_efault_and_bad_descriptors_ebadf_first(kt):
    k, t = kt
    assert k.call(t, "read", 99, BAD_PTR, 1) == -E.EBADF
    assert k.call(t, "write", 1, BAD_PTR, 5) == -E.EFAULT
    assert k.call(t, "openat", AT_FDCWD, BAD_PTR, 0, 0) == -E.EFAULT
    assert k.call(t, "fstat", 1, BAD_PTR) == -E.EFAULT
    assert k.call(t, "pipe2", BAD_PTR, 0) == -E.EFAULT
    assert sorted(t.files.fds) == [0, 1, 2]                  # the failed pipe left nothing open
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR)
    write_(k, t, fd, b"abc")
    k.call(t, "lseek", fd, 0, 0)
    assert k.call(t, "read", fd, BAD_PTR, 3) == -E.EFAULT
    assert read_(k, t, fd, 3) == b"abc"                      # the offset did not move
    assert k.call(t, "getcwd", BAD_PTR, 100) == -E.EFAULT


def test_too_long_paths_and_names_are_enametoolong(kt):
    k, t = kt
    assert open_(k, t, "/tmp/" + "x" * 256, O_CREAT | O_WRONLY) == -E.ENAMETOOLONG
    assert open_(k, t, "/" + "a/" * 2100) == -E.ENAMETOOLONG


def test_write_to_stdout_reaches_the_console(kt):
    k, t = kt
    assert write_(k, t, 1, b"hi\n") == 3
    assert bytes(k.output) == b"hi\n"


def test_writev_and_readv_gather_and_scatter(kt):
    k, t = kt
    a, b = t.mm.alloc(b"abc"), t.mm.alloc(b"defg")
    iov = t.mm.alloc(struct.pack("<QQQQ", a, 3, b, 4))
    assert k.call(t, "writev", 1, iov, 2) == 7
    assert bytes(k.output) == b"abcdefg"
    fd = open_(k, t, "/tmp/v", O_CREAT | O_RDWR)
    write_(k, t, fd, b"0123456789")
    k.call(t, "lseek", fd, 0, 0)
    x, y = t.mm.alloc(size=4), t.mm.alloc(size=4)
    iov2 = t.mm.alloc(struct.pack("<QQQQ", x, 4, y, 4))
    assert k.call(t, "readv", fd, iov2, 2) == 8
    assert t.mm.copy_in(x, 4) == b"0123" and t.mm.copy_in(y, 4) == b"4567"
    assert k.call(t, "writev", 1, iov, -1) == -E.EINVAL
    assert k.call(t, "writev", 1, iov, 1025) == -E.EINVAL


def test_lseek_semantics_by_file_kind(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR)
    write_(k, t, fd, b"abcdef")
    assert k.call(t, "lseek", fd, -2, 2) == 4                 # SEEK_END
    assert k.call(t, "lseek", fd, 10, 0) == 10                # past the end is allowed
    assert write_(k, t, fd, b"Z") == 1
    k.call(t, "lseek", fd, 0, 0)
    assert read_(k, t, fd, 20) == b"abcdef\0\0\0\0Z"          # the hole reads as zeros
    assert k.call(t, "lseek", fd, -100, 1) == -E.EINVAL
    assert k.call(t, "lseek", fd, 0, 7) == -E.EINVAL
    assert k.call(t, "lseek", 1, 0, 1) == -E.ESPIPE          # the console is a stream
    null = open_(k, t, "/dev/null", O_RDWR)
    assert k.call(t, "lseek", null, 123, 0) == 0
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, _ = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    assert k.call(t, "lseek", rfd, 0, 1) == -E.ESPIPE
    assert k.call(t, "pread64", rfd, fds, 1, 0) == -E.ESPIPE


def test_dev_null_and_dev_zero(kt):
    k, t = kt
    null = open_(k, t, "/dev/null", O_RDWR)
    assert write_(k, t, null, b"gone") == 4
    assert read_(k, t, null, 10) == b""
    zero = open_(k, t, "/dev/zero")
    buf = t.mm.alloc(b"\xff" * 8)
    assert k.call(t, "read", zero, buf, 8) == 8
    assert t.mm.copy_in(buf, 8) == bytes(8)
    full = open_(k, t, "/dev/full", O_WRONLY)
    assert write_(k, t, full, b"x") == -E.ENOSPC


def test_getdents64_lists_dot_dotdot_and_children_across_calls(kt):
    k, t = kt
    for name in ("a", "bb", "ccc"):
        k.call(t, "close", open_(k, t, f"/tmp/{name}", O_CREAT | O_WRONLY))
    k.call(t, "mkdirat", AT_FDCWD, s(t, "/tmp/sub"), 0o755)
    fd = open_(k, t, "/tmp", O_DIRECTORY)
    buf = t.mm.alloc(size=4096)
    first = k.call(t, "getdents64", fd, buf, 48)              # room for two short records
    names = [e[0] for e in parse_dirents(t.mm.copy_in(buf, first))]
    assert names == [".", ".."]
    rest = k.call(t, "getdents64", fd, buf, 4096)
    entries = parse_dirents(t.mm.copy_in(buf, rest))
    assert [e[0] for e in entries] == ["a", "bb", "ccc", "sub"]
    assert [e[2] for e in entries] == [8, 8, 8, 4]            # DT_REG, DT_DIR
    assert k.call(t, "getdents64", fd, buf, 4096) == 0        # end of directory
    assert k.call(t, "lseek", fd, 0, 0) == 0
    assert k.call(t, "getdents64", fd, buf, 10) == -E.EINVAL  # too small for one record
    assert k.call(t, "getdents64", 1, buf, 4096) == -E.ENOTDIR


def test_dup_shares_the_offset_and_dup3_replaces_the_target(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR)
    write_(k, t, fd, b"abcdef")
    k.call(t, "lseek", fd, 0, 0)
    d = k.call(t, "dup", fd)
    assert d == fd + 1
    assert read_(k, t, d, 2) == b"ab"
    assert read_(k, t, fd, 2) == b"cd"                       # one shared description
    assert k.call(t, "dup3", fd, 1, 0) == 1
    assert write_(k, t, 1, b"X") == 1
    assert bytes(k.output) == b""                            # stdout now goes to the file
    assert k.call(t, "dup3", fd, fd, 0) == -E.EINVAL
    assert k.call(t, "dup3", fd, 7, 0o4) == -E.EINVAL
    assert k.call(t, "dup3", 55, 7, 0) == -E.EBADF
    assert k.call(t, "dup3", fd, 7, O_CLOEXEC) == 7
    assert k.call(t, "fcntl", 7, 1, 0) == 1                  # F_GETFD: FD_CLOEXEC
    assert k.call(t, "dup", 77) == -E.EBADF


def test_fcntl_getfl_setfl_dupfd_and_cloexec_on_exec(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR | O_CLOEXEC)
    assert k.call(t, "fcntl", fd, 3, 0) == O_RDWR | 0o100000    # O_LARGEFILE, as on 64-bit Linux
    assert k.call(t, "fcntl", fd, 4, O_APPEND | O_NONBLOCK) == 0
    assert k.call(t, "fcntl", fd, 3, 0) & (O_APPEND | O_NONBLOCK) == O_APPEND | O_NONBLOCK
    assert k.call(t, "fcntl", fd, 1, 0) == 1
    assert k.call(t, "fcntl", fd, 0, 10) == 10                 # F_DUPFD: lowest >= 10
    assert k.call(t, "fcntl", fd, 1030, 10) == 11              # F_DUPFD_CLOEXEC
    assert k.call(t, "fcntl", fd, 2, 0) == 0
    assert k.call(t, "fcntl", fd, 1, 0) == 0
    assert k.call(t, "fcntl", fd, 999, 0) == -E.EINVAL
    assert k.call(t, "fcntl", 50, 1, 0) == -E.EBADF
    t.files.close_on_exec()
    assert sorted(t.files.fds) == [0, 1, 2, fd, 10]


def test_ioctl_is_enotty_for_every_file(kt):
    k, t = kt
    assert k.call(t, "ioctl", 1, 0x5401, 0) == -E.ENOTTY       # TCGETS
    assert k.call(t, "ioctl", 42, 0x5401, 0) == -E.EBADF


def test_pipe_read_blocks_until_data_then_sees_eof_after_writers_close(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    assert k.call(t, "pipe2", fds, 0) == 0
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    assert (rfd, wfd) == (3, 4)
    assert read_(k, t, rfd, 10) is BLOCKED
    pipe = t.files.get(rfd).inode
    assert t.blocked_on is pipe
    assert write_(k, t, wfd, b"ping") == 4
    assert pipe in k.woken
    assert read_(k, t, rfd, 10) == b"ping"
    child_files = t.files.fork()                             # a forked child holds both ends
    k.call(t, "close", wfd)
    assert read_(k, t, rfd, 10) is BLOCKED                   # the child still has a writer
    child_files.close_all()
    assert read_(k, t, rfd, 10) == b""                       # EOF


def test_pipe_write_without_reader_is_epipe_and_sigpipe(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, O_CLOEXEC | O_NONBLOCK)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    assert read_(k, t, rfd, 4) == -E.EAGAIN                 # O_NONBLOCK
    assert k.call(t, "fcntl", rfd, 1, 0) == 1
    k.call(t, "close", rfd)
    assert write_(k, t, wfd, b"x") == -E.EPIPE
    assert k.signals == [(1, 13)]
    assert k.call(t, "pipe2", fds, 0x1) == -E.EINVAL


def test_blocking_pipe_write_completes_across_wakeups(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    big = t.mm.alloc(bytes(range(256)) * 274)                   # 70144 bytes
    assert k.call(t, "write", wfd, big, 70000) is BLOCKED       # 65536 in, then the pipe is full
    assert len(read_(k, t, rfd, 10000)) == 10000
    assert k.call(t, "write", wfd, big, 70000) == 70000         # re-run: the rest goes in
    got = read_(k, t, rfd, 70000)
    assert len(got) == 60000 and got == t.mm.copy_in(big + 10000, 60000)
    assert k.call(t, "write", wfd, big, 200) == 200


def test_small_pipe_writes_are_atomic_and_nonblocking_writes_short(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, O_NONBLOCK)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    big = t.mm.alloc(size=70000)
    assert k.call(t, "write", wfd, big, 70000) == 65536
    assert k.call(t, "write", wfd, big, 10) == -E.EAGAIN
    assert len(read_(k, t, rfd, 100)) == 100
    assert k.call(t, "write", wfd, big, 200) == -E.EAGAIN       # <= PIPE_BUF: all or nothing
    assert k.call(t, "write", wfd, big, 100) == 100


def test_signal_during_a_partial_pipe_write_returns_the_partial_count(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    big = t.mm.alloc(size=70000)
    assert k.call(t, "write", wfd, big, 70000) is BLOCKED
    assert t.on_interrupt(False) is True                        # restart once ...
    assert k.call(t, "write", wfd, big, 70000) == 65536         # ... to return what was written
    assert t.fs_write_progress is None


def test_getcwd_and_chdir_keep_a_canonical_path(kt):
    k, t = kt
    buf = t.mm.alloc(size=64)
    assert k.call(t, "getcwd", buf, 64) == 2
    assert t.mm.copy_in(buf, 2) == b"/\0"
    k.call(t, "mkdirat", AT_FDCWD, s(t, "/tmp/d"), 0o755)
    assert k.call(t, "chdir", s(t, "/tmp/./d/../d")) == 0
    assert t.cwd == "/tmp/d"
    assert k.call(t, "getcwd", buf, 7) == 7
    assert k.call(t, "getcwd", buf, 6) == -E.ERANGE
    fd = open_(k, t, "rel", O_CREAT | O_WRONLY)              # relative to the cwd
    assert fd >= 3
    assert open_(k, t, "/tmp/d/rel") >= 3
    assert k.call(t, "chdir", s(t, "rel")) == -E.ENOTDIR
    assert k.call(t, "chdir", s(t, "/nope")) == -E.ENOENT
    tmp = open_(k, t, "/tmp", O_DIRECTORY)
    assert open_(k, t, "d/rel", dirfd=tmp) >= 3              # relative to a directory fd
    assert open_(k, t, "d/rel", dirfd=fd) == -E.ENOTDIR
    assert open_(k, t, "d/rel", dirfd=99) == -E.EBADF
    assert k.call(t, "fchdir", tmp) == 0 and t.cwd == "/tmp"


def test_mkdirat_and_unlinkat_errors_match_linux(kt):
    k, t = kt
    mk = lambda p: k.call(t, "mkdirat", AT_FDCWD, s(t, p), 0o755)
    rm = lambda p, flags=0: k.call(t, "unlinkat", AT_FDCWD, s(t, p), flags)
    assert mk("/tmp/d") == 0
    assert mk("/tmp/d") == -E.EEXIST
    assert mk("/tmp/x/y") == -E.ENOENT
    k.call(t, "close", open_(k, t, "/tmp/d/f", O_CREAT | O_WRONLY))
    assert rm("/tmp/d") == -E.EISDIR
    assert rm("/tmp/d", 0x200) == -E.ENOTEMPTY
    assert rm("/tmp/d/f/") == -E.ENOTDIR
    assert rm("/tmp/d/f", 0x200) == -E.ENOTDIR
    assert rm("/tmp/d/f") == 0
    assert rm("/tmp/d/f") == -E.ENOENT
    assert rm("/tmp/d/.", 0x200) == -E.EINVAL
    assert rm("/tmp/d", 0x200) == 0
    assert rm("/tmp", 0x1) == -E.EINVAL
    assert mk("/bin/x") == -E.EROFS


def test_unlinked_open_file_stays_readable(kt):
    k, t = kt
    fd = open_(k, t, "/tmp/f", O_CREAT | O_RDWR)
    write_(k, t, fd, b"data")
    assert k.call(t, "unlinkat", AT_FDCWD, s(t, "/tmp/f"), 0) == 0
    assert open_(k, t, "/tmp/f") == -E.ENOENT
    k.call(t, "lseek", fd, 0, 0)
    assert read_(k, t, fd, 10) == b"data"
    buf = t.mm.alloc(size=128)
    k.call(t, "fstat", fd, buf)
    assert unpack_stat(t.mm.copy_in(buf, 128))["nlink"] == 0


def test_faccessat_checks_existence_and_execute_bits(kt):
    k, t = kt
    acc = lambda p, mode: k.call(t, "faccessat", AT_FDCWD, s(t, p), mode)
    k.call(t, "close", open_(k, t, "/tmp/f", O_CREAT | O_WRONLY, 0o644))
    assert acc("/tmp/f", 0) == 0
    assert acc("/tmp/f", 4 | 2) == 0
    assert acc("/tmp/f", 1) == -E.EACCES
    assert acc("/tmp", 1) == 0
    assert acc("/tmp/g", 0) == -E.ENOENT
    assert acc("/tmp/f", 8) == -E.EINVAL


def test_symlink_loops_are_eloop_and_o_nofollow_refuses_links(kt):
    k, t = kt
    k.call(t, "symlinkat", s(t, "/tmp/b"), AT_FDCWD, s(t, "/tmp/a"))
    k.call(t, "symlinkat", s(t, "/tmp/a"), AT_FDCWD, s(t, "/tmp/b"))
    assert open_(k, t, "/tmp/a") == -E.ELOOP
    k.call(t, "close", open_(k, t, "/tmp/real", O_CREAT | O_WRONLY))
    k.call(t, "symlinkat", s(t, "real"), AT_FDCWD, s(t, "/tmp/ok"))
    assert open_(k, t, "/tmp/ok") >= 3
    assert open_(k, t, "/tmp/ok", O_NOFOLLOW) == -E.ELOOP
    buf = t.mm.alloc(size=64)
    assert k.call(t, "readlinkat", AT_FDCWD, s(t, "/tmp/ok"), buf, 64) == 4
    assert t.mm.copy_in(buf, 4) == b"real"
    assert k.call(t, "readlinkat", AT_FDCWD, s(t, "/tmp/real"), buf, 64) == -E.EINVAL


def test_descriptor_limit_gives_emfile(kt):
    k, t = kt
    t.rlimits[7][0] = 8                          # RLIMIT_NOFILE's soft limit
    results = [open_(k, t, "/dev/null") for _ in range(6)]
    assert results[:5] == [3, 4, 5, 6, 7] and results[5] == -E.EMFILE


def test_random_arguments_never_raise(kt):
    import random
    from pagelab.kernel.syscalls import SYSCALLS
    import pagelab.kernel.sys_fs as sys_fs
    k, t = kt
    rng = random.Random(1234)
    paths = [s(t, p) for p in ("/tmp/a", "/proc/self/status", "/tmp", "..", "/dev/null", "/proc",
                               "/bin/x", "", "/tmp/d/", "/proc/self/fd/1", "/dev/stdout")]
    values = [0, 1, 2, 3, 4, -1, -100, 0x10000, 0x10008, 0x7fffffff, 1 << 63, (1 << 64) - 1,
              4096, 0o100, 0o1102, 0x200, 0x1000] + paths
    mine = [e for e in SYSCALLS.values() if e.handler.__module__ == sys_fs.__name__]
    for _ in range(6000):
        entry = rng.choice(mine)
        args = [rng.choice(values) & ((1 << 64) - 1) for _ in range(6)]
        result = entry.handler(k, t, *args)
        assert result is BLOCKED or isinstance(result, int)
        if result is BLOCKED:                     # forget the blocked call, as a kill would
            t.fs_write_progress, t.poll_active, t.sleep_deadline = None, False, None
        elif result < 0:
            assert -result in E.NAMES, (entry.name, args, result)


def test_descriptor_limit_follows_rlimit_nofile(kt):
    k, t = kt
    t.rlimits = [[0, 0]] * 7 + [[5, 5]] + [[0, 0]] * 8
    assert [open_(k, t, "/dev/null") for _ in range(3)] == [3, 4, -E.EMFILE]
    assert k.call(t, "fcntl", 3, 0, 5) == -E.EINVAL
    assert k.call(t, "dup3", 3, 5, 0) == -E.EBADF


def test_tmp_is_limited_to_half_of_ram_and_unlink_gives_space_back(kt):
    k, t = kt
    k.fs.quota.limit = 10000
    fd = open_(k, t, "/tmp/big", O_CREAT | O_RDWR)
    assert write_(k, t, fd, b"x" * 6000) == 6000                 # pages 0 and 1 (8192 bytes)
    assert write_(k, t, fd, b"y" * 6000) == 2192                 # the rest of page 1 fits
    assert write_(k, t, fd, b"z") == -E.ENOSPC
    assert k.call(t, "ftruncate", fd, 20000) == 0                # sparse: no pages needed
    assert k.call(t, "ftruncate", fd, 100) == 0                  # frees page 1
    k.call(t, "lseek", fd, 100, 0)
    assert write_(k, t, fd, b"w" * 5000) == 5000
    k.call(t, "unlinkat", AT_FDCWD, s(t, "/tmp/big"), 0)
    fd2 = open_(k, t, "/tmp/other", O_CREAT | O_RDWR)
    assert write_(k, t, fd2, b"v" * 8192) == 8192


def test_rename_moves_names_and_protects_mount_points(kt):
    k, t = kt
    ren = lambda a, b, flags=0: k.call(t, "renameat2", AT_FDCWD, s(t, a), AT_FDCWD, s(t, b), flags)
    fd = open_(k, t, "/tmp/a", O_CREAT | O_RDWR)
    write_(k, t, fd, b"data")
    assert ren("/tmp/a", "/tmp/b") == 0
    assert open_(k, t, "/tmp/a") == -E.ENOENT
    assert read_(k, t, open_(k, t, "/tmp/b"), 10) == b"data"
    assert ren("/tmp", "/tmp2") == -E.EBUSY                  # a mount point
    assert k.call(t, "unlinkat", AT_FDCWD, s(t, "/tmp"), 0x200) == -E.EBUSY
    assert ren("/tmp/b", "/b") == -E.EXDEV                   # /tmp is its own file system
    k.call(t, "mkdirat", AT_FDCWD, s(t, "/home"), 0o755)
    assert ren("/home", "/house") == 0
    assert open_(k, t, "/house", O_DIRECTORY) >= 0
    assert ren("/bin/x", "/bin/y") == -E.ENOENT


def test_rename_inside_a_host_root(tmp_path):
    from fs_fakes import FakeKernel
    (tmp_path / "old.txt").write_text("x")
    k = FakeKernel(root=str(tmp_path))
    t = k.new_task()
    assert k.call(t, "renameat2", AT_FDCWD, s(t, "/old.txt"), AT_FDCWD, s(t, "/new.txt"), 0) == 0
    assert (tmp_path / "new.txt").read_text() == "x" and not (tmp_path / "old.txt").exists()
    assert k.call(t, "renameat2", AT_FDCWD, s(t, "/new.txt"), AT_FDCWD, s(t, "/tmp/n"), 0) == \
        -E.EXDEV


def test_ppoll_reports_pipe_readiness_and_blocks_until_a_change(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, wfd = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    pfd = t.mm.alloc(struct.pack("<ihh", rfd, 1, 0))
    assert k.call(t, "ppoll", pfd, 1, 0, 0, 8) is BLOCKED       # no timeout: sleep
    assert t.blocked_on == ("poll",)
    write_(k, t, wfd, b"x")
    assert ("poll",) in k.woken
    assert k.call(t, "ppoll", pfd, 1, 0, 0, 8) == 1
    assert struct.unpack("<ihh", t.mm.copy_in(pfd, 8))[2] == 1  # POLLIN
    assert k.call(t, "ppoll", pfd, 2000, 0, 0, 8) == -E.EINVAL
    assert k.call(t, "ppoll", pfd, 1, 0, t.mm.alloc(size=8), 16) == -E.EINVAL
    zero = t.mm.alloc(struct.pack("<qq", 0, -1))
    assert k.call(t, "ppoll", pfd, 1, zero, 0, 8) == -E.EINVAL


def test_poll_and_select_timeouts_are_on_the_monotonic_clock(kt):
    k, t = kt
    fds = t.mm.alloc(size=8)
    k.call(t, "pipe2", fds, 0)
    rfd, _ = struct.unpack("<ii", t.mm.copy_in(fds, 8))
    pfd = t.mm.alloc(struct.pack("<ihh", rfd, 1, 0))
    ten_ms = t.mm.alloc(struct.pack("<qq", 0, 10_000_000))
    assert k.call(t, "ppoll", pfd, 1, ten_ms, 0, 8) is BLOCKED
    assert t.sleep_deadline == k.now_ns() + 10_000_000
    k.now_ns = lambda: 1_600_000_000                         # the timer has fired
    assert k.call(t, "ppoll", pfd, 1, ten_ms, 0, 8) == 0
    assert t.sleep_deadline is None
    readset = t.mm.alloc((1 << rfd).to_bytes(8, "little"))
    assert k.call(t, "pselect6", rfd + 1, readset, 0, 0, ten_ms, 0) is BLOCKED
    assert t.sleep_deadline == 1_610_000_000
