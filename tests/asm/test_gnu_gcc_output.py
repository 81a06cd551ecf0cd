"""Assembly written by a compiler - the project's C programs through `gcc -S` - assembles to the
same bytes as with GNU as + ld.  This is a corpus nobody wrote for the assembler: .cfi
directives, .section .note.GNU-stack, .attribute arch, .size/.type, jump tables, -O0 and -O2
code."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from asm_gnu import compare
from oracles import GNU_AS, GNU_GCC, GNU_LD, require_tool

C_DIR = Path(__file__).parent.parent / "programs" / "c"
CFLAGS = ["-S", "-fno-pic", "-fno-pie", "-ffreestanding", "-fno-stack-protector", "-mabi=lp64",
          "-mno-relax"]


@pytest.mark.parametrize("march, opt", [("rv64imac", "-O2"), ("rv64imac", "-O0"),
                                        ("rv64ima", "-O2"), ("rv64imac", "-Os")])
def test_gcc_output_for_the_c_programs_matches_gnu(tmp_path, march, opt):
    gcc = require_tool(GNU_GCC)
    require_tool(GNU_AS)
    require_tool(GNU_LD)
    sources = sorted(C_DIR.glob("*.c"))
    if not sources:
        pytest.skip("no C programs in tests/programs/c")
    r = subprocess.run([gcc, *CFLAGS, opt, f"-march={march}", f"-I{C_DIR}",
                        *map(str, sources)], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    failures = []
    for source in sources:
        text = (tmp_path / (source.stem + ".s")).read_text()
        diffs = compare([(source.stem + ".s", text)], march, entry="main")
        if diffs:
            failures.append(f"{source.name}: {diffs}")
    assert failures == [], "\n".join(failures)
