"""Issue 7: a guest cannot reach a host file outside --root, even by renaming directories and
swapping in symlinks under an open descriptor.  Host files are reached by descriptor-relative,
no-follow resolution (kernel/fs/hostfs.py), never by re-opening a stored host path."""
from __future__ import annotations

import os
import struct

import pytest
from fs_fakes import FakeKernel, parse_dirents, s, unpack_stat

from pagelab.kernel import errno as E

AT_FDCWD = -100
O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_DIRECTORY = 0, 1, 2, 0o100, 0o200000


@pytest.fixture
def host(tmp_path):
    root = tmp_path / "root"
    (root / "d").mkdir(parents=True)
    (root / "d" / "f").write_bytes(b"inside\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f").write_bytes(b"OUTSIDE\n")
    (outside / "g").write_bytes(b"OUTSIDE G\n")
    os.symlink(str(outside), root / "evil")           # planted on the host, points outside
    kernel = FakeKernel(root=str(root))
    return kernel, kernel.new_task(), root, outside


def call(k, t, name, *args):
    return k.call(t, name, *args)


def swap_in_the_symlink(k, t):
    """rename /d away, then rename the outside-pointing symlink to /d."""
    assert call(k, t, "renameat2", AT_FDCWD, s(t, "/d"), AT_FDCWD, s(t, "/moved"), 0) == 0
    assert call(k, t, "renameat2", AT_FDCWD, s(t, "/evil"), AT_FDCWD, s(t, "/d"), 0) == 0


def test_the_issue_escape_read_write_truncate_through_an_old_fd_stay_inside(host):
    k, t, root, outside = host
    os.chmod(outside / "f", 0o644)
    os.utime(outside / "f", ns=(10**18, 10**18))
    fd = call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDWR, 0)
    assert fd >= 0
    swap_in_the_symlink(k, t)
    assert os.path.islink(root / "d")
    buf = t.mm.alloc(size=64)
    assert call(k, t, "pread64", fd, buf, 64, 0) == 7
    assert t.mm.copy_in(buf, 7) == b"inside\n"
    assert call(k, t, "pwrite64", fd, t.mm.alloc(b"WROTE"), 5, 0) == 5
    assert call(k, t, "ftruncate", fd, 3) == 0
    assert call(k, t, "fchmod", fd, 0o600) == 0
    assert call(k, t, "utimensat", fd, 0, 0, 0) == 0
    st = t.mm.alloc(size=128)
    assert call(k, t, "fstat", fd, st) == 0
    assert unpack_stat(t.mm.copy_in(st, 128))["size"] == 3
    assert (outside / "f").read_bytes() == b"OUTSIDE\n"          # the host file is untouched
    assert (root / "moved" / "f").read_bytes() == b"WRO"           # the guest's own file changed
    assert os.stat(outside / "f").st_mode & 0o777 == 0o644
    assert os.stat(outside / "f").st_mtime_ns == 10**18
    assert os.stat(root / "moved" / "f").st_mode & 0o777 == 0o600


def test_new_lookups_through_the_swapped_symlink_resolve_in_the_guest_view(host):
    k, t, root, outside = host
    swap_in_the_symlink(k, t)
    # /d is now a host symlink to an absolute host path: the guest resolves that path from its
    # own root, where it does not exist
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDONLY, 0) == -E.ENOENT
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/new"), O_WRONLY | O_CREAT, 0o644) == -E.ENOENT
    assert not (outside / "new").exists()


def test_a_directory_fd_keeps_naming_the_directory_it_opened(host):
    k, t, root, outside = host
    dfd = call(k, t, "openat", AT_FDCWD, s(t, "/d"), O_RDONLY | O_DIRECTORY, 0)
    assert dfd >= 0
    swap_in_the_symlink(k, t)
    fd = call(k, t, "openat", dfd, s(t, "f"), O_RDONLY, 0)
    buf = t.mm.alloc(size=64)
    assert call(k, t, "read", fd, buf, 64) == 7 and t.mm.copy_in(buf, 7) == b"inside\n"
    assert call(k, t, "openat", dfd, s(t, "g"), O_RDONLY, 0) == -E.ENOENT   # outside's g
    fd = call(k, t, "openat", dfd, s(t, "created"), O_WRONLY | O_CREAT, 0o644)
    assert fd >= 0
    assert (root / "moved" / "created").exists() and not (outside / "created").exists()
    assert call(k, t, "unlinkat", dfd, s(t, "f"), 0) == 0
    assert (outside / "f").exists() and not (root / "moved" / "f").exists()
    dents = t.mm.alloc(size=4096)
    call(k, t, "lseek", dfd, 0, 0)
    n = call(k, t, "getdents64", dfd, dents, 4096)
    names = {d[0] for d in parse_dirents(t.mm.copy_in(dents, n))}
    assert "created" in names and "g" not in names


def test_a_directory_swapped_under_a_held_directory_inode_is_not_followed(host):
    """The host swaps a directory for a symlink behind pagelab's back: the cached directory
    inode (and its descriptor) still name the original directory; a fresh lookup sees the
    symlink and resolves it inside the guest."""
    k, t, root, outside = host
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDONLY, 0) >= 0
    os.rename(root / "d", root / "hidden")
    os.symlink(str(outside), root / "d")
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/g"), O_RDONLY, 0) == -E.ENOENT


def test_hard_links_and_renames_use_descriptors_not_host_paths(host):
    k, t, root, outside = host
    fd = call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDWR, 0)
    swap_in_the_symlink(k, t)
    # link /moved/f to /x: the source is found through the guest's own directory
    assert call(k, t, "linkat", AT_FDCWD, s(t, "/moved/f"), AT_FDCWD, s(t, "/x"), 0) == 0
    assert (root / "x").read_bytes() == b"inside\n"
    assert os.stat(root / "x").st_ino == os.stat(root / "moved" / "f").st_ino
    assert call(k, t, "close", fd) == 0


def test_mmap_style_page_io_goes_to_the_file_opened(host):
    k, t, root, outside = host
    res = k.fs.resolve("/d/f")
    inode = res.inode
    fd = call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDWR, 0)
    swap_in_the_symlink(k, t)
    assert inode.read_page(0)[:7] == b"inside\n"
    inode.write_page(0, b"PAGED!!")
    assert (root / "moved" / "f").read_bytes() == b"PAGED!!"
    assert (outside / "f").read_bytes() == b"OUTSIDE\n"
    call(k, t, "close", fd)


def test_host_fds_are_released_with_the_inodes(host):
    import gc
    k, t, root, outside = host
    before = len(os.listdir("/proc/self/fd"))
    for i in range(300):
        (root / f"file{i}").write_bytes(b"x")
    for i in range(300):
        fd = call(k, t, "openat", AT_FDCWD, s(t, f"/file{i}"), O_RDONLY, 0)
        assert fd >= 0
        assert call(k, t, "close", fd) == 0
    gc.collect()
    assert len(os.listdir("/proc/self/fd")) < before + 20


def test_a_file_swapped_for_a_symlink_to_a_host_file_is_not_followed(host):
    k, t, root, outside = host
    os.symlink(str(outside / "f"), root / "to_outside_file")
    fd = call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDWR, 0)
    assert call(k, t, "renameat2", AT_FDCWD, s(t, "/d/f"), AT_FDCWD, s(t, "/d/old"), 0) == 0
    assert call(k, t, "renameat2", AT_FDCWD, s(t, "/to_outside_file"), AT_FDCWD,
                s(t, "/d/f"), 0) == 0
    assert call(k, t, "pwrite64", fd, t.mm.alloc(b"XX"), 2, 0) == 2
    assert call(k, t, "ftruncate", fd, 2) == 0
    assert (root / "d" / "old").read_bytes() == b"XX"
    assert (outside / "f").read_bytes() == b"OUTSIDE\n"
    # the name now holds a link to an absolute host path: resolved in the guest, it is absent
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_RDWR, 0) == -E.ENOENT
    assert call(k, t, "openat", AT_FDCWD, s(t, "/d/f"), O_WRONLY | O_CREAT | 0o1000,
                0o644) == -E.ENOENT
    assert (outside / "f").read_bytes() == b"OUTSIDE\n"


def test_exec_through_a_swapped_directory_runs_nothing_outside(host, tmp_path):
    k, t, root, outside = host
    swap_in_the_symlink(k, t)
    assert k.fs.lookup("/d/f") == -E.ENOENT
    assert k.fs.lookup("/moved/f").size == 7
