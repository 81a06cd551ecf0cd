"""The temporary mini runtime: programs run, bad input gives one clear line, options work."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pagelab.cpu.minirt import main

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO_S = os.path.join(ROOT, "programs", "hello.s")


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "pagelab.cpu.minirt", *args],
                          capture_output=True, text=True, timeout=120)


def test_an_assembly_program_runs_with_its_output_and_status():
    proc = run_cli("--stats", HELLO_S)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Hello, world!\n"
    assert "instructions" in proc.stderr and "tlb hits" in proc.stderr


@pytest.mark.parametrize("paging", ["sv39", "sv48", "sv57"])
def test_every_paging_mode_runs_the_program(paging, capfd):
    assert main(["--paging", paging, "--tlb", "dtlb4k=8x2", HELLO_S]) == 0
    assert capfd.readouterr().out == "Hello, world!\n"


def test_bad_input_gives_a_message_and_no_traceback(tmp_path, capsys):
    junk = tmp_path / "junk.elf"
    junk.write_bytes(b"\x7fELF" + b"\0" * 10)
    for argv, status in [([str(tmp_path / "missing.elf")], 1), ([str(junk)], 1),
                         (["--mem", "3M+", HELLO_S], 2), (["--tlb", "bogus=1", HELLO_S], 2),
                         (["--max-instructions", "0", HELLO_S], 2)]:
        assert main(argv) == status
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.strip()


def test_max_instructions_stops_the_program_with_status_124(capfd):
    assert main(["--max-instructions", "3", HELLO_S]) == 124
    assert "max-instructions" in capfd.readouterr().err
