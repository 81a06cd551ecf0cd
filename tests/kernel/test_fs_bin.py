"""/bin: programs/ assembled on first use and cached by source hash."""
from __future__ import annotations

import pytest

from pagelab.kernel.fs import bin as binfs
from pagelab.kernel.fs.inode import MemDirectory


@pytest.fixture
def programs(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGELAB_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "programs"
    (root / "lib").mkdir(parents=True)
    (root / "lib" / "exit.s").write_text(".globl do_exit\ndo_exit:\n li a7, 94\n ecall\n")
    (root / "prog.s").write_text('.globl _start\n_start:\n li a0, 3\n j do_exit\n'
                                 '.include "lib/exit.s"\n')
    (root / "demos").mkdir()
    (root / "demos" / "other.s").write_text(".globl _start\n_start:\n li a7, 94\n ecall\n")
    return root


def test_programs_outside_lib_become_bin_entries(programs):
    assert sorted(binfs.program_sources(programs)) == ["other", "prog"]
    directory = MemDirectory()
    binfs.populate(directory, programs)
    assert sorted(name for name, _ in directory.entries()) == ["other", "prog"]
    assert directory.lookup("prog").path == "/bin/prog"


def test_assembled_program_is_an_elf_and_is_cached(programs, monkeypatch):
    data = binfs.build(programs / "prog.s")
    assert data[:4] == b"\x7fELF"
    cached = list(binfs.cache_dir().glob("*.elf"))
    assert len(cached) == 1

    def fail(source):
        raise AssertionError("assembled again despite the cache")
    monkeypatch.setattr(binfs, "assemble", fail)
    assert binfs.build(programs / "prog.s") == data


def test_editing_an_included_file_changes_the_cache_key(programs):
    before = binfs.source_key(programs / "prog.s")
    (programs / "lib" / "exit.s").write_text(".globl do_exit\ndo_exit:\n li a7, 93\n ecall\n")
    assert binfs.source_key(programs / "prog.s") != before


def test_a_program_that_does_not_assemble_reads_as_empty_with_the_error_kept(programs):
    (programs / "bad.s").write_text("_start:\n notaninstruction a0\n")
    directory = MemDirectory()
    logged = []
    binfs.populate(directory, programs, logged.append)
    bad = directory.lookup("bad")
    assert bad.size == 0
    assert bad.error
    assert len(logged) == 1 and logged[0].startswith("/bin/bad: cannot assemble ")
