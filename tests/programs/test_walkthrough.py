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
    """The ```sh-session blocks, each as (machine options, text).  Options follow the fence's
    language (```sh-session --mem 32M --swap 64M); the default is a 128 MiB machine, no swap."""
    text = README.read_text()
    return re.findall(r"```sh-session([^\n]*)\n(.*?)```", text, re.DOTALL)


def machine(options: str) -> dict:
    from pagelab.tools.run import parse_size
    words = options.split()
    config = {"mem_size": 128 << 20}
    for flag, value in zip(words[::2], words[1::2]):
        key = {"--mem": "mem_size", "--swap": "swap_size"}[flag]
        config[key] = parse_size(value, flag)
    return config


def line_pattern(expected: str) -> re.Pattern:
    parts = [re.escape(part) for part in expected.split("<n>")]
    pattern = r" *-?\d+".join(parts)
    pattern = re.sub(r"(\\ )+(?= \*-\?\\d\+)", "", pattern)      # spaces before <n> are free
    return re.compile(pattern + r"\Z")


def test_the_readme_has_a_session():
    assert len(blocks()) >= 6


@pytest.mark.parametrize("options,block", [pytest.param(options, block,
                                                      id=block.splitlines()[0][2:40])
                                         for options, block in blocks()])
def test_readme_session_block_prints_what_it_shows(options, block):
    lines = block.rstrip("\n").splitlines()
    commands = [line[2:] for line in lines if line.startswith("$ ")]
    expected = [line for line in lines if not line.startswith("$ ")]
    kernel, out, _ = make_kernel(stdin=("\n".join(commands) + "\n").encode(), **machine(options))
    kernel.fs.console_err = kernel.fs.console            # one terminal: stdout and stderr
    kernel.spawn("/bin/sh", ["sh"], GUEST_ENV)
    kernel.run()
    actual = out.decode().splitlines()
    assert len(actual) == len(expected), "\n".join(actual)
    for want, got in zip(expected, actual):
        assert line_pattern(want).match(got), f"expected {want!r}, got {got!r}"
