"""The libc (programs/libc/) unit-tested inside the guest: programs/tests/libc_test.c checks the
printf family, strings, numbers, qsort, malloc, files and directories, getopt, processes,
signals and time, printing "ok N ..." per check.  It must pass on pagelab, and, as a check of
the tests themselves, under qemu-riscv64 (real Linux system calls) with the same output."""
from __future__ import annotations

import re
import subprocess

from oracles import QEMU, require_tool
from userland import PROGRAMS, run_guest

LIBC_TEST = PROGRAMS / "tests" / "libc_test.s"


def _summary(stdout: str) -> tuple:
    match = re.search(r"^(\d+)/(\d+) passed$", stdout, re.MULTILINE)
    assert match, stdout[-2000:]
    return int(match.group(1)), int(match.group(2))


def test_libc_unit_tests_pass_in_the_guest():
    result = run_guest([str(LIBC_TEST)])
    failures = [line for line in result.stdout.splitlines() if line.startswith(("FAIL", "  got"))]
    assert failures == [] and result.status == 0, "\n".join(failures) + result.stderr
    passed, total = _summary(result.stdout)
    assert passed == total >= 100


def test_libc_unit_tests_print_the_same_under_qemu(tmp_path):
    qemu = require_tool(QEMU)
    from pagelab.kernel.fs.bin import build
    exe = tmp_path / "libc_test"
    exe.write_bytes(build(LIBC_TEST))
    exe.chmod(0o755)
    expected = subprocess.run([qemu, str(exe)], capture_output=True, text=True, timeout=60)
    assert expected.returncode == 0, expected.stdout[-2000:]
    assert run_guest([str(LIBC_TEST)]).stdout == expected.stdout
