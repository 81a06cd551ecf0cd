"""exec's view of memory: ELF segments through the page cache, bss, brk, the vDSO, the stack;
and end to end through the real kernel: processes running one program share its text frames."""
import os
import struct

import pytest

from mm_helpers import FETCH, LOAD, PAGE, MiniKernel, guest_file
from pagelab.kernel.mm import inspect

SOURCE = """
        .text
        .globl _start
_start:
        la      t0, counter
        ld      t1, 0(t0)
        addi    t1, t1, 1
        sd      t1, 0(t0)
        li      a0, 0
        li      a7, 94
        ecall
        .data
value:  .dword  0x1122334455667788
        .bss
counter: .space 8192
"""


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    from pagelab.tools.run import assemble
    path = tmp_path_factory.mktemp("elf") / "prog.s"
    path.write_text(SOURCE)
    try:
        return assemble(str(path))
    except Exception as error:                      # no assembler at all on this machine
        pytest.skip(f"cannot assemble: {error}")


def load(kernel, data):
    from pagelab.asm.elfread import read_elf
    elf = read_elf(data, "prog")
    f = guest_file(data, "/bin/prog")
    mm = kernel.new_mm()
    assert mm.map_elf(elf, f).load_bias == 0
    return mm, elf, f


def test_elf_segments_become_private_file_mappings_with_zeroed_bss_and_brk_after_it(program):
    kernel = MiniKernel()
    mm, elf, f = load(kernel, program)
    loads = [s for s in elf.segments if s.p_type == 1]
    text = [s for s in loads if s.flags & 1][0]
    data = [s for s in loads if s.flags & 2][0]
    tv = mm.vma_at(text.vaddr)
    assert tv.file is f and tv.flags & 0x4 and not tv.flags & 0x2        # r-x, file-backed
    assert mm.copy_in(data.vaddr, 8) == struct.pack("<Q", 0x1122334455667788)
    bss_end = data.vaddr + data.memsz
    assert mm.copy_in(data.vaddr + data.filesz, bss_end - data.vaddr - data.filesz) == \
        bytes(bss_end - data.vaddr - data.filesz)
    assert mm.start_brk == mm.cur_brk == (bss_end + PAGE - 1) & ~(PAGE - 1)
    assert mm.start_code == text.vaddr and mm.end_code == text.vaddr + text.filesz
    assert bytes(f.data) == program                                        # never written
    assert "VmExe:\t       4 kB" in mm.status_vm_text()


def test_vdso_page_holds_the_signal_return_trampoline(program):
    kernel = MiniKernel()
    mm, _, _ = load(kernel, program)
    base = mm.map_vdso()
    assert base == mm.vdso_base and mm.sigreturn_address == base
    assert mm.handle_fault(base, FETCH).ok
    words = struct.unpack("<II", mm.copy_in(mm.sigreturn_address, 8))
    assert words == (0x08B00893, 0x00000073)                               # li a7,139; ecall
    other = kernel.new_mm()
    other.map_vdso()
    other.handle_fault(other.vdso_base, FETCH)
    assert inspect.pfn_of(other, other.vdso_base) == inspect.pfn_of(mm, base)


def test_text_pages_come_from_one_cached_frame_for_every_address_space(program):
    kernel = MiniKernel()
    first, elf, f = load(kernel, program)
    second = kernel.new_mm()
    from pagelab.asm.elfread import read_elf
    assert second.map_elf(read_elf(program, "prog"), f).load_bias == 0
    entry = elf.entry
    # map_elf already read the file once (clearing the bss tail of the data page faults it in,
    # and the read-around caches the whole small file): every later fault is minor
    assert kernel.physmem.events["pgmajfault"] == 1
    assert first.handle_fault(entry, FETCH).ok
    assert not second.handle_fault(entry, FETCH).major
    assert inspect.pfn_of(first, entry) == inspect.pfn_of(second, entry)
    assert kernel.physmem.events["pgmajfault"] == 1


def test_processes_running_one_program_share_text_and_only_the_first_reads_it(tmp_path):
    from pagelab.kernel.kernel import Kernel, KernelConfig
    from pagelab.tools.run import load_program
    path = tmp_path / "twice.s"
    path.write_text(SOURCE)
    kernel = Kernel(KernelConfig(mem_size=16 << 20))
    guest = load_program(kernel, str(path), None)
    a = kernel.spawn(guest, ["twice"], [])
    b = kernel.spawn(guest, ["twice"], [])
    assert kernel.run() == 0
    assert b.maj_flt == 0 and a.min_flt >= 1 and b.min_flt >= 1
    assert kernel.physmem.events["pgmajfault"] == 1                    # one read for both
    assert kernel.physmem.nr_anon_pages == 0                           # both exited: all freed


def test_heap_is_its_own_vma_above_the_bss_and_named_only_once_the_break_moves(program):
    kernel = MiniKernel()
    mm, _, _ = load(kernel, program)
    assert "[heap]" not in mm.maps_text()
    start = mm.start_brk
    assert mm.brk(start + 3 * PAGE) == start + 3 * PAGE
    heap = [l for l in mm.maps_text().splitlines() if l.endswith("[heap]")]
    assert heap == ["%08x-%08x rw-p 00000000 00:00 0%s[heap]" % (start, start + 3 * PAGE,
                                                                 " " * 34)]
    assert mm.vma_at(start - 1).end == start                            # bss stays separate


def test_a_static_pie_loads_below_mmap_base_with_a_load_bias():
    from types import SimpleNamespace
    kernel = MiniKernel()
    image = b"\x13\x00\x00\x00" * (PAGE // 4) + b"DATA" + bytes(PAGE - 4)
    f = guest_file(image, "/bin/pie")
    text = SimpleNamespace(p_type=1, flags=5, vaddr=0, offset=0, filesz=PAGE, memsz=PAGE,
                           data=image[:PAGE])
    data = SimpleNamespace(p_type=1, flags=6, vaddr=PAGE, offset=PAGE, filesz=4, memsz=3 * PAGE,
                           data=image[PAGE:PAGE + 4])
    mm = kernel.new_mm()
    load = mm.map_elf(SimpleNamespace(e_type=3, segments=[text, data]), f)
    bias = load.load_bias
    assert bias > 0 and bias % PAGE == 0 and bias + 4 * PAGE <= mm.mmap_base
    assert mm.copy_in(bias + PAGE, 4) == b"DATA"
    assert mm.copy_in(bias + PAGE + 4, 8) == bytes(8)                     # padzero
    assert mm.start_code == bias and mm.start_brk == bias + 4 * PAGE
    assert mm.handle_fault(bias, FETCH).ok


def hand_elf(bss_flags: int, bss_size: int) -> bytes:
    """A static ELF: a 12-byte text segment and a segment of `bss_size` zero bytes."""
    code = bytes.fromhex("13050000" "9308d005" "73000000")   # li a0,0; li a7,93; ecall
    base, text_off = 0x10000, 0x1000
    phdrs = [(1, 5, text_off, base + text_off, base + text_off, len(code), len(code), 0x1000),
             (1, bss_flags, 0x2000, base + 0x2000, base + 0x2000, 0, bss_size, 0x1000)]
    e = bytearray(b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8))
    e += struct.pack("<HHIQQQIHHHHHH", 2, 243, 1, base + text_off, 64, 0, 0, 64, 56,
                     len(phdrs), 64, 0, 0)
    for p in phdrs:
        e += struct.pack("<IIQQQQQQ", *p)
    return bytes(e + bytes(text_off - len(e)) + code + bytes(0x1000 - len(code)))


@pytest.mark.parametrize("flags", [4, 6])              # PF_R, PF_R | PF_W
def test_a_terabyte_of_bss_is_charged_and_refused_under_heuristic_overcommit(flags):
    from pagelab.asm.elfread import read_elf
    kernel = MiniKernel(mem=16 << 20)

    def map_elf(bss_size):
        data = hand_elf(flags, bss_size)
        mm = kernel.new_mm()
        return mm, mm.map_elf(read_elf(data, "prog"), guest_file(data, "/bin/prog"))

    mm, result = map_elf(1 << 40)
    assert result == -12                                                  # ENOMEM
    mm.destroy()
    before = kernel.physmem.committed
    mm, result = map_elf(64 * PAGE)
    assert result.load_bias == 0
    assert kernel.physmem.committed - before == 64     # charged even when not writable
    mm.destroy()
    assert kernel.physmem.committed == before
