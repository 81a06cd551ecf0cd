"""--root DIR: the host directory is the guest root, and no path or symlink leads out of it."""
from __future__ import annotations

import os

import pytest

from pagelab.kernel import errno as E

from fs_fakes import FakeKernel, s

AT_FDCWD = -100


@pytest.fixture
def host(tmp_path):
    root = tmp_path / "root"
    (root / "data").mkdir(parents=True)
    (root / "data" / "hello.txt").write_bytes(b"hello from the host\n")
    (root / "etc").mkdir()
    (root / "etc" / "passwd").write_bytes(b"guest passwd\n")
    (tmp_path / "secret.txt").write_bytes(b"SECRET\n")
    os.symlink("/etc/passwd", root / "abs_link")                 # absolute: guest root
    os.symlink("../../secret.txt", root / "data" / "up_link")    # climbs past the root
    os.symlink(str(tmp_path / "secret.txt"), root / "host_abs")  # a host path outside
    os.symlink(str(tmp_path), root / "outside_dir")
    os.symlink("hello.txt", root / "data" / "rel_link")
    kernel = FakeKernel(root=str(root))
    return kernel, kernel.new_task(), root


def read_file(k, t, path):
    fd = k.call(t, "openat", AT_FDCWD, s(t, path), 0, 0)
    if fd < 0:
        return fd
    buf = t.mm.alloc(size=256)
    n = k.call(t, "read", fd, buf, 256)
    k.call(t, "close", fd)
    return t.mm.copy_in(buf, n)


def test_host_files_are_visible_at_the_guest_root(host):
    k, t, _ = host
    assert read_file(k, t, "/data/hello.txt") == b"hello from the host\n"
    assert read_file(k, t, "/data/rel_link") == b"hello from the host\n"


def test_dotdot_cannot_climb_above_the_guest_root(host):
    k, t, _ = host
    assert read_file(k, t, "/../../etc/passwd") == b"guest passwd\n"
    assert read_file(k, t, "../../../../secret.txt") == -E.ENOENT
    t.cwd = "/data"
    assert read_file(k, t, "../../etc/passwd") == b"guest passwd\n"


def test_symlinks_resolve_inside_the_guest_namespace(host):
    k, t, root = host
    assert read_file(k, t, "/abs_link") == b"guest passwd\n"           # not the host's /etc
    assert read_file(k, t, "/data/up_link") == -E.ENOENT              # ../../ stops at the root
    host_abs = read_file(k, t, "/host_abs")
    assert host_abs != b"SECRET\n" and host_abs == -E.ENOENT
    assert read_file(k, t, "/outside_dir/secret.txt") == -E.ENOENT


def test_guest_writes_land_in_the_host_directory(host):
    k, t, root = host
    fd = k.call(t, "openat", AT_FDCWD, s(t, "/data/out.txt"), 0o101, 0o644)
    assert fd >= 3
    buf = t.mm.alloc(b"written by the guest")
    assert k.call(t, "write", fd, buf, 20) == 20
    assert (root / "data" / "out.txt").read_bytes() == b"written by the guest"
    assert k.call(t, "unlinkat", AT_FDCWD, s(t, "/data/out.txt"), 0) == 0
    assert not (root / "data" / "out.txt").exists()


def test_pagelab_mounts_cover_the_host_directory(host):
    k, t, root = host
    (root / "tmp").mkdir()
    (root / "tmp" / "hidden").write_bytes(b"x")
    assert read_file(k, t, "/tmp/hidden") == -E.ENOENT
    assert read_file(k, t, "/dev/null") == b""
    assert k.call(t, "unlinkat", AT_FDCWD, s(t, "/proc"), 0x200) == -E.EBUSY


def test_a_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(NotADirectoryError):
        FakeKernel(root=str(tmp_path / "missing"))
