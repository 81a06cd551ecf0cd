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


def test_no_generated_path_resolves_outside_the_root(tmp_path):
    from hypothesis import given, settings, strategies as st
    root = tmp_path / "root"
    (root / "d" / "e").mkdir(parents=True)
    (root / "d" / "f.txt").write_text("f")
    (tmp_path / "outside.txt").write_text("secret")
    os.symlink("../..", root / "d" / "e" / "up2")
    os.symlink("/", root / "d" / "slash")
    os.symlink(str(tmp_path), root / "d" / "hostdir")
    os.symlink("loop", root / "loop")
    os.symlink("../outside.txt", root / "d" / "rel_out")
    kernel = FakeKernel(root=str(root))
    real_root = os.path.realpath(root)
    names = ["..", ".", "d", "e", "up2", "slash", "hostdir", "loop", "rel_out", "f.txt",
             "outside.txt", "root", "", "proc", "self", "tmp"]

    @settings(max_examples=400, deadline=None)
    @given(st.booleans(), st.lists(st.sampled_from(names), max_size=8),
           st.sampled_from(["/", "/d", "/d/e", "/tmp"]))
    def check(absolute, parts, cwd):
        path = ("/" if absolute else "") + "/".join(parts)
        res = kernel.fs.resolve(path, cwd, None)
        if isinstance(res, int):
            assert -res in E.NAMES
            return
        host_path = getattr(res.inode, "host_path", None)
        if host_path is not None:
            assert os.path.realpath(host_path) == real_root or \
                os.path.realpath(host_path).startswith(real_root + os.sep), (path, host_path)
        assert res.path.startswith("/") and "/.." not in res.path
    check()
