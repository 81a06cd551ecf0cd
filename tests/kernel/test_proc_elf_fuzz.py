"""Damaged ELF files never crash the kernel: execve of a mutated executable either fails with
an errno (ENOEXEC, EINVAL, ENOMEM ...) or runs and ends normally."""
from __future__ import annotations

import random

from proc_harness import build_c

from pagelab.kernel.fs.devices import Console
from pagelab.kernel.fs.inode import MemFile, S_IFREG
from pagelab.kernel.kernel import Kernel, KernelConfig, SpawnError


def test_mutated_executables_fail_cleanly_or_run(tmp_path):
    exe = build_c(tmp_path, "int main(int c, char **v, char **e) { out(\"ok\\n\"); return 0; }")
    good = exe.read_bytes()
    rng = random.Random(99)
    outcomes = {"refused": 0, "ran": 0}
    for round_ in range(150):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            where = rng.choice([rng.randrange(0, 64), rng.randrange(64, 64 + 56 * 3),
                                rng.randrange(len(data))])
            data[where] = rng.randrange(256)
        kernel = Kernel(KernelConfig(mem_size=8 << 20, max_instructions=20_000,
                                     console=Console(writer=lambda b: None,
                                                     reader=lambda n: b""),
                                     sysctl={"kernel.core_pattern": ""}))
        inode = MemFile(bytes(data), mode=S_IFREG | 0o755)
        kernel.fs.bin.add("mutant", inode)
        try:
            kernel.spawn("/bin/mutant", ["mutant"], [])
        except SpawnError as error:
            assert error.errno > 0
            assert not [line for line in kernel.klog.lines() if "BUG" in line]
            outcomes["refused"] += 1
            continue
        kernel.run()
        outcomes["ran"] += 1
        assert not [line for line in kernel.klog.lines() if "BUG" in line]
    assert outcomes["refused"] > 0 and outcomes["ran"] > 0
