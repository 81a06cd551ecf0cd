"""The block-translation engine under the kernel: demand paging (page faults raised inside
translated code), fork with copy-on-write (write faults on pages the translated code reads),
system calls and several processes -- against the interpreter (output, status, every counter)
and qemu-riscv64.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "kernel"))

from jit_compare import comparable_stats  # noqa: E402
from proc_harness import build_c, run_pagelab, run_qemu  # noqa: E402

PROGRAM = r"""
static long data[40000];                   /* 320 KB of .bss: demand-zero faults */

static long work(long seed) {
    long sum = 0;
    for (int round = 0; round < 30; round++)
        for (int i = 0; i < 40000; i += 7) {
            data[i] += seed * i + round;
            sum += data[(i * 13) % 40000] ^ (sum >> 3);
        }
    return sum;
}

int main(int argc, char **argv, char **envp) {
    long a = work(3);
    long pid = fork_();
    if (pid == 0) {                         /* the child writes pages shared copy-on-write */
        kv("child", work(5) & 0xffff);
        exit_(7);
    }
    int status;
    wait_(pid, &status, 0);
    kv("parent", a & 0xffff);
    kv("child status", (status >> 8) & 0xff);
    return 0;
}
"""


def test_a_faulting_forking_program_runs_the_same_in_both_engines(tmp_path):
    exe = build_c(tmp_path, PROGRAM)
    ref = run_pagelab(exe, engine="interp")
    jit = run_pagelab(exe, engine="jit")
    assert (jit.status, jit.output) == (ref.status, ref.output)
    assert ref.status == 0 and b"child status=7" in ref.output
    assert comparable_stats(jit.kernel.machine) == comparable_stats(ref.kernel.machine)
    stats = jit.kernel.machine.stats()
    assert stats["jit.native_instructions"] > stats["jit.interp_instructions"]
    qemu = run_qemu(exe)
    assert (jit.status, jit.output) == (qemu.status, qemu.output)


DEMOS = ["hello", "lazy", "cow", "segv", "crash", "filemap", "pipe", "heap", "ls"]
PROGRAMS = Path(__file__).resolve().parents[2] / "programs"


def run_demo(elf: Path, engine: str):
    """The demo as /bin/<name> on a fresh kernel; with the jit, every block is translated at
    first sight (threshold 0), so the demo's own code runs translated."""
    from pagelab.cpu.jit import layout as J
    from pagelab.kernel.fs.devices import Console
    from pagelab.kernel.fs.inode import S_IFREG, MemFile
    from pagelab.kernel.kernel import Kernel, KernelConfig
    captured = bytearray()
    kernel = Kernel(KernelConfig(console=Console(writer=captured.extend, reader=lambda n: b""),
                                 mem_size=32 << 20, engine=engine,
                                 sysctl={"kernel.core_pattern": ""}))
    if engine == "jit":
        kernel.machine._jit.jit[J.J_THRESHOLD] = 0
    inode = MemFile(elf.read_bytes(), mode=S_IFREG | 0o755)
    inode.path = f"/bin/{elf.name}"
    kernel.fs.bin.add(elf.name, inode)
    kernel.spawn(f"/bin/{elf.name}", [elf.name], ["PATH=/bin", "HOME=/"])
    status = kernel.run()
    return status, bytes(captured), kernel.machine


def test_the_demos_run_the_same_in_both_engines(tmp_path):
    """Demand paging, copy-on-write, SIGSEGV and a crash, file mappings, pipes, brk, ls."""
    from pagelab.asm import cli as asm_cli
    native = 0
    for name in DEMOS:
        elf = tmp_path / name
        assert asm_cli.main(["-o", str(elf), str(PROGRAMS / f"{name}.s")]) == 0
        ref_status, ref_out, ref = run_demo(elf, "interp")
        status, out, jit = run_demo(elf, "jit")
        assert (status, out) == (ref_status, ref_out), name
        assert comparable_stats(jit) == comparable_stats(ref), name
        assert jit.regs == ref.regs and jit.pc == ref.pc, name
        native += jit.stats()["jit.native_instructions"]
    assert native > 0
