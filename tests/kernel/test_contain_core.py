"""Issue 7: a guest that writes a host path into /proc/sys/kernel/core_pattern cannot make
pagelab write any host file.  Cores go into the guest's own file system (relative to the dying
process's cwd; inside --root when one is given) or into the one host directory named with
--core-dir, created there as Linux creates them (unlink, then O_EXCL | O_NOFOLLOW)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from proc_harness import build_c, run_pagelab

# argv[1]: the core_pattern to set; argv[2]: a guest path to look at after the crash
CRASHER = r"""
int main(int argc, char **argv, char **envp) {
    long fd = sys4(56, -100, "/proc/sys/kernel/core_pattern", 1, 0);
    if (fd < 0) { kv("open core_pattern", fd); return 1; }
    kv("set", sys3(SYS_write, fd, argv[1], slen(argv[1])));
    long pid = fork_();
    if (pid == 0) { *(volatile int *)16 = 1; return 0; }
    int status = 0;
    wait_(pid, &status, 0);
    kv("dumped", (status & 0x80) != 0);
    fd = sys4(56, -100, argv[2], 0, 0);
    char magic[4] = {0};
    if (fd >= 0) sys3(63, fd, magic, 4);
    kv("guest sees core", fd >= 0 && magic[0] == 0x7f && magic[1] == 'E');
    return 0;
}
"""


@pytest.fixture(scope="module")
def crasher(tmp_path_factory):
    return build_c(tmp_path_factory.mktemp("core"), CRASHER, "crasher")


def test_a_host_path_in_core_pattern_writes_no_host_file(crasher, tmp_path):
    victim = tmp_path / "victim"
    result = run_pagelab(crasher, args=[str(victim), str(victim)])
    assert "set=" in result.text and not victim.exists(), result.text
    # the guest's namespace has no such directory: no core at all
    assert "dumped=0" in result.text and "guest sees core=0" in result.text
    assert any("Core dump to" in line for line in result.kernel.klog.lines())


def test_an_existing_host_file_named_in_core_pattern_is_not_overwritten(crasher, tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious\n")
    run_pagelab(crasher, args=[str(victim), str(victim)])
    assert victim.read_bytes() == b"precious\n"


def test_cores_go_into_the_guest_file_system(crasher, tmp_path):
    before = set(os.listdir(tmp_path))
    result = run_pagelab(crasher, args=["/tmp/core.%p", "/tmp/core.5"])
    assert "dumped=1" in result.text and "guest sees core=1" in result.text, result.text
    assert set(os.listdir(tmp_path)) == before


def test_under_root_cores_stay_inside_the_root(crasher, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious\n")
    os.symlink(str(victim), root / "core")               # a planted link to a host file
    result = run_pagelab(crasher, args=["../../victim", "/victim"], root=str(root))
    assert victim.read_bytes() == b"precious\n"
    assert (root / "victim").read_bytes()[:4] == b"\x7fELF"      # '..' stops at the root
    assert "guest sees core=1" in result.text
    result = run_pagelab(crasher, args=["core", "/core"], root=str(root))
    assert victim.read_bytes() == b"precious\n"
    assert not (root / "core").is_symlink()               # replaced, as Linux unlinks first
    assert (root / "core").read_bytes()[:4] == b"\x7fELF"
    assert os.stat(root / "core").st_mode & 0o777 == 0o600


def test_core_dir_takes_the_last_component_only_and_never_follows_a_link(crasher, tmp_path):
    cores = tmp_path / "cores"
    cores.mkdir()
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious\n")
    os.symlink(str(victim), cores / "core.5")
    result = run_pagelab(crasher, args=[str(tmp_path / "elsewhere" / "core.%p"), "/nope"],
                         core_dir=str(cores))
    assert "dumped=1" in result.text
    assert victim.read_bytes() == b"precious\n"
    assert not (cores / "core.5").is_symlink()
    assert (cores / "core.5").read_bytes()[:4] == b"\x7fELF"
    assert not (tmp_path / "elsewhere").exists()


def test_pagelab_run_writes_no_core_into_the_host_cwd_without_core_dir(crasher, tmp_path):
    result = subprocess.run([sys.executable, "-m", "pagelab", "run", str(crasher),
                             "core.%p", "/core.5"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "guest sees core=1" in result.stdout
    assert not [name for name in os.listdir(tmp_path) if name.startswith("core")]
    bad = subprocess.run([sys.executable, "-m", "pagelab", "run", "--core-dir",
                          str(tmp_path / "missing"), "hello"], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and "--core-dir" in bad.stderr
