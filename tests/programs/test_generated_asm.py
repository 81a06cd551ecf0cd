"""The committed assembly of the userland's C sources is what gcc makes of them today.

Each programs/{libc,sh,bin,tests}/NAME.c has NAME.s beside it, produced by `pagelab cc
--regenerate` (tools/cc.py): a header naming the source, the exact command and the compiler,
then gcc's output.  With the cross compiler installed, this test regenerates every file and fails
if one differs (someone edited the C without regenerating, or the .s by hand).  A different gcc
release makes different code: then the test skips locally, and fails in CI (whose Debian gcc is
the one the headers name).
"""
from __future__ import annotations

import pytest

from oracles import GNU_GCC, IN_CI, require_tool
from pagelab.tools import cc


def test_every_userland_c_source_has_its_assembly_committed():
    sources = cc.userland_sources()
    assert len(sources) >= 7
    for source in sources:
        target = source.with_suffix(".s")
        assert target.is_file(), f"{target} is missing: run `pagelab cc --regenerate`"
        head = target.read_text().splitlines()[:5]
        assert head[0].startswith(f"# programs/") and source.name in head[0]
        assert any(line.startswith("# command (in programs/") for line in head)
        assert ("# link: libc" in head) == (source.parent.name != "libc")


def test_committed_assembly_matches_gcc():
    gcc = require_tool(GNU_GCC)
    version = cc.compiler_version(gcc)
    recorded = cc.userland_sources()[0].with_suffix(".s").read_text().splitlines()[3]
    if recorded != f"# compiler: {version}":
        message = f"installed {version!r} is not the compiler the headers name ({recorded!r})"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    differ = cc.regenerate(check=True)
    assert differ == [], "regenerate with `pagelab cc --regenerate`: " + ", ".join(map(str, differ))


def test_cc_without_a_cross_compiler_says_how_to_install_one(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(cc, "find_gcc", lambda: None)
    source = tmp_path / "x.c"
    source.write_text("int main(void) { return 0; }\n")
    assert cc.main([str(source), "-o", str(tmp_path / "x")]) == 1
    assert "apt-get install gcc-riscv64-linux-gnu" in capsys.readouterr().err


def test_cc_compiles_and_links_a_student_program(tmp_path):
    require_tool(GNU_GCC)
    source = tmp_path / "hi.c"
    source.write_text('#include "libc.h"\nint main(int c, char **v) '
                      '{ printf("hi %s %5.2d|\\n", v[1], 7); return 4; }\n')
    exe = tmp_path / "hi"
    assert cc.main([str(source), "-o", str(exe)]) == 0
    from userland import make_kernel
    from pagelab.kernel.fs.inode import MemFile
    kernel, out, _ = make_kernel()
    kernel.fs.bin.add("hi", MemFile(exe.read_bytes(), mode=0o100755))
    kernel.spawn("/bin/hi", ["hi", "there"], [])
    assert kernel.run() == 4
    assert out == b"hi there    07|\n"


def test_cc_reports_compile_errors_without_a_traceback(tmp_path, capsys):
    require_tool(GNU_GCC)
    source = tmp_path / "bad.c"
    source.write_text("int main(void) { return nope; }\n")
    assert cc.main([str(source), "-o", str(tmp_path / "bad")]) == 1
    assert "nope" in capsys.readouterr().err
