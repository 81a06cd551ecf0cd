"""programs/README.md's session: every ```sh-session block is run in the guest's shell and must
print what the README shows.  In a block, lines starting with "$ " are typed commands, the
others the expected output (stdout and stderr as a terminal shows them); `<n>` stands for any
number, and runs of spaces next to one match any run of spaces."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from userland import GUEST_ENV, make_kernel

README = Path(__file__).resolve().parents[2] / "programs" / "README.md"


def blocks() -> list:
    text = README.read_text()
    return re.findall(r"```sh-session\n(.*?)```", text, re.DOTALL)


def line_pattern(expected: str) -> re.Pattern:
    parts = [re.escape(part) for part in expected.split("<n>")]
    pattern = r" *-?\d+".join(parts)
    pattern = re.sub(r"(\\ )+(?= \*-\?\\d\+)", "", pattern)      # spaces before <n> are free
    return re.compile(pattern + r"\Z")


def test_the_readme_has_a_session():
    assert len(blocks()) >= 6


@pytest.mark.parametrize("block", blocks(), ids=lambda b: b.splitlines()[0][2:40])
def test_readme_session_block_prints_what_it_shows(block):
    lines = block.rstrip("\n").splitlines()
    commands = [line[2:] for line in lines if line.startswith("$ ")]
    expected = [line for line in lines if not line.startswith("$ ")]
    kernel, out, _ = make_kernel(stdin=("\n".join(commands) + "\n").encode(), mem_size=128 << 20)
    kernel.fs.console_err = kernel.fs.console            # one terminal: stdout and stderr
    kernel.spawn("/bin/sh", ["sh"], GUEST_ENV)
    kernel.run()
    actual = out.decode().splitlines()
    assert len(actual) == len(expected), "\n".join(actual)
    for want, got in zip(expected, actual):
        assert line_pattern(want).match(got), f"expected {want!r}, got {got!r}"
