"""Golden tests of the /proc memory files against Linux's formats and rules."""
from types import SimpleNamespace

import pytest

from mm_helpers import (LOAD, MAP_ANON, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R,
                        PROT_W, PROT_X, STORE, MiniKernel, guest_file)
from pagelab.kernel.mm import meminfo, vmstat
from pagelab.kernel.mm.procfs import maps_line
from pagelab.kernel.mm.vma import VM_MAYREAD, VM_MAYWRITE, VM_MAYEXEC, VM_READ, VM_WRITE, VMA


@pytest.fixture
def kernel():
    return MiniKernel(mem=8 << 20)


def fake_file(path, ino, dev):
    return SimpleNamespace(path=path, ino=ino, dev=dev, size=8192)


def test_maps_lines_match_the_reference_examples_byte_for_byte(kernel):
    mm = kernel.new_mm()
    text = VMA(0x55dcd09f1000, 0x55dcd09f3000, VM_READ | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC,
               file=fake_file("/usr/bin/cat", 260131, (0xfe, 0)))
    assert maps_line(mm, text) == ("55dcd09f1000-55dcd09f3000 r--p 00000000 fe:00 260131"
                                   "                     /usr/bin/cat\n")
    mm.start_brk, mm.cur_brk = 0x55dcf762b000, 0x55dcf764c000
    heap = VMA(0x55dcf762b000, 0x55dcf764c000, VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE)
    assert maps_line(mm, heap) == ("55dcf762b000-55dcf764c000 rw-p 00000000 00:00 0"
                                   "                          [heap]\n")
    anon = VMA(0x7fdd8d9c5000, 0x7fdd8d9e7000, VM_READ | VM_WRITE | VM_MAYREAD)
    assert maps_line(mm, anon) == "7fdd8d9c5000-7fdd8d9e7000 rw-p 00000000 00:00 0 \n"
    short = VMA(0x10000, 0x11000, VM_READ, file=fake_file("/bin/prog", 5, (0, 0x1a)))
    line = maps_line(mm, short)
    assert line.startswith("00010000-00011000 r--p 00000000 00:1a 5 ")
    assert line.index("/bin/prog") == 73


def test_maps_names_heap_stack_vdso_files_and_shared_anonymous_memory(kernel):
    mm = kernel.new_mm()
    f = guest_file(b"\x13" * 3 * PAGE, "/bin/prog")
    mm.mmap(0x10000, 2 * PAGE, PROT_R | PROT_X, MAP_PRIVATE | MAP_FIXED, f, 0)
    mm.start_brk = mm.cur_brk = 0x20000
    mm.brk(0x22000)
    mm.map_vdso()
    top = mm.setup_stack(132 * 1024)
    shared = mm.mmap(0, PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)
    lines = mm.maps_text().splitlines()
    assert lines[0].endswith(" /bin/prog") and " r-xp 00000000 00:1a " in lines[0]
    assert lines[1] == "00020000-00022000 rw-p 00000000 00:00 0" + " " * 34 + "[heap]"
    assert any(l.endswith(" [vdso]") and " r-xp " in l for l in lines)
    assert lines[-1] == "%x-%x rw-p 00000000 00:00 0%s[stack]" % (top - 132 * 1024, top, " " * 26)
    sh = [l for l in lines if l.startswith("%x" % shared)][0]
    assert sh.split()[1:4] == ["rw-s", "00000000", "00:01"] and sh.endswith("/dev/zero (deleted)")
    assert [int(l.split("-")[0], 16) for l in lines] == sorted(int(l.split("-")[0], 16)
                                                               for l in lines)


SMAPS_FIELDS = ["Size", "KernelPageSize", "MMUPageSize", "Rss", "Pss", "Pss_Dirty",
                "Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty", "Referenced",
                "Anonymous", "KSM", "LazyFree", "AnonHugePages", "ShmemPmdMapped",
                "FilePmdMapped", "Shared_Hugetlb", "Private_Hugetlb", "Swap", "SwapPss",
                "Locked", "THPeligible", "VmFlags"]


def test_smaps_record_has_linux_field_order_widths_and_vmflags(kernel):
    mm = kernel.new_mm()
    a = mm.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    mm.copy_out(a, b"x")
    record = mm.smaps_text().splitlines()
    assert record[0] == "%x-%x rw-p 00000000 00:00 0 " % (a, a + 4 * PAGE)
    assert [l.split(":")[0] for l in record[1:]] == SMAPS_FIELDS
    assert record[1] == "Size:                 16 kB"
    assert len("Size:                  4 kB") == 27 and all(
        len(l) == 27 for l in record[2:4])
    assert record[4] == "Rss:                   4 kB"
    assert record[10] == "Private_Dirty:         4 kB"
    assert record[12] == "Anonymous:             4 kB"
    assert record[23] == "THPeligible:           0"
    assert record[24] == "VmFlags: rd wr mr mw me ac "


def test_pss_worked_example_from_the_reference(kernel):
    f = guest_file(b"s" * PAGE)
    a, b = kernel.new_mm(), kernel.new_mm()
    fa = a.mmap(0, PAGE, PROT_R, MAP_PRIVATE, f, 0)
    fb = b.mmap(0, PAGE, PROT_R, MAP_PRIVATE, f, 0)
    a.handle_fault(fa, LOAD)
    b.handle_fault(fb, LOAD)
    anon = a.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    a.handle_fault(anon, STORE)
    rollup = dict(l.split(":", 1) for l in a.smaps_rollup_text().splitlines()[1:])
    values = {k: int(v.split()[0]) for k, v in rollup.items()}
    assert (values["Rss"], values["Pss"], values["Shared_Clean"], values["Private_Dirty"],
            values["Anonymous"]) == (8, 6, 4, 4, 4)
    assert values["Pss_Anon"] == 4 and values["Pss_File"] == 2
    assert a.smaps_rollup_text().splitlines()[0].endswith("                          [rollup]")


def test_status_memory_lines_classify_data_exec_and_stack(kernel):
    mm = kernel.new_mm()
    f = guest_file(b"\x13" * 2 * PAGE, "/bin/prog")
    mm.mmap(0x10000, 2 * PAGE, PROT_R | PROT_X, MAP_PRIVATE | MAP_FIXED, f, 0)
    mm.start_code, mm.end_code = 0x10000, 0x11800
    mm.mmap(0, 3 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)      # data
    mm.mmap(0, 5 * PAGE, PROT_R, MAP_PRIVATE | MAP_ANON)               # VmSize only
    mm.mmap(0, 7 * PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)       # VmSize only
    mm.map_vdso()                                                     # exec: VmLib
    mm.setup_stack(132 * 1024)
    mm.copy_out(mm.stack_top - 16, b"x")
    text = mm.status_vm_text()
    lines = text.splitlines()
    assert [l.split(":")[0] for l in lines] == [
        "VmPeak", "VmSize", "VmLck", "VmPin", "VmHWM", "VmRSS", "RssAnon", "RssFile",
        "RssShmem", "VmData", "VmStk", "VmExe", "VmLib", "VmPTE", "VmSwap", "HugetlbPages"]
    assert "VmSize:\t     204 kB\n" in text          # 8 + 12 + 20 + 28 + 4 + 132
    assert "VmData:\t      12 kB\n" in text
    assert "VmStk:\t     132 kB\n" in text
    assert "VmExe:\t       8 kB\n" in text
    assert "VmLib:\t       4 kB\n" in text
    assert "RssAnon:\t       4 kB\n" in text
    assert mm.statm_text() == "%d 1 0 2 0 %d 0\n" % (mm.total_vm, 3 + 33)


def test_meminfo_lists_every_field_in_order_with_consistent_values(kernel):
    mm = kernel.new_mm()
    a = mm.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    mm.copy_out(a, b"y" * 2 * PAGE)
    text = meminfo(kernel)
    names = [l.split(":")[0] for l in text.splitlines()]
    assert names[:6] == ["MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached",
                         "SwapCached"]
    for earlier, later in [("AnonPages", "Mapped"), ("Slab", "SReclaimable"),
                           ("PageTables", "CommitLimit"), ("CommitLimit", "Committed_AS"),
                           ("Committed_AS", "VmallocTotal"), ("AnonHugePages", "HugePages_Total"),
                           ("HugePages_Surp", "Hugepagesize"), ("Hugepagesize", "Hugetlb")]:
        assert names.index(earlier) < names.index(later)
    physmem = kernel.physmem
    values = {l.split(":")[0]: l for l in text.splitlines()}
    assert values["MemTotal"] == "MemTotal:       %8d kB" % (physmem.total_pages * 4)
    assert values["MemFree"] == "MemFree:        %8d kB" % (physmem.nr_free * 4)
    assert values["AnonPages"] == "AnonPages:      %8d kB" % 8
    assert values["PageTables"] == "PageTables:     %8d kB" % (mm.pt_pages * 4)
    assert values["Committed_AS"] == "Committed_AS:   %8d kB" % 16
    assert values["CommitLimit"] == "CommitLimit:    %8d kB" % (physmem.total_pages * 50 // 100 * 4)
    assert values["HugePages_Total"] == "HugePages_Total:       0"
    assert values["Hugepagesize"] == "Hugepagesize:       2048 kB"
    slab = int(values["Slab"].split()[1])
    assert slab == int(values["SReclaimable"].split()[1]) + int(values["SUnreclaim"].split()[1])
    assert slab > 0


def test_vmstat_counts_faults_and_gauges(kernel):
    mm = kernel.new_mm()
    a = mm.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    mm.handle_fault(a, LOAD)
    mm.handle_fault(a, STORE)
    mm.handle_fault(0x10, LOAD)                                        # SIGSEGV: not counted
    counters = dict(l.split() for l in vmstat(kernel).splitlines())
    assert counters["pgfault"] == "2" and counters["pgmajfault"] == "0"
    assert counters["nr_anon_pages"] == "1"
    assert counters["nr_free_pages"] == str(kernel.physmem.nr_free)
    assert int(counters["pgalloc_dma32"]) >= 1
    names = list(counters)
    assert names.index("nr_free_pages") == 0 and names.index("pgfault") < names.index("pgmajfault")


def test_buddyinfo_shows_free_blocks_per_order_in_linux_columns(kernel):
    from pagelab.kernel.mm import buddyinfo
    line = buddyinfo(kernel)
    assert line.startswith("Node 0, zone    DMA32 ") and line.endswith(" \n")
    counts = [int(x) for x in line.split()[4:]]
    assert len(counts) == 11
    assert sum(n << order for order, n in enumerate(counts)) == kernel.physmem.nr_free
    pfn = kernel.physmem.alloc_frame()
    after = [int(x) for x in buddyinfo(kernel).split()[4:]]
    assert sum(n << order for order, n in enumerate(after)) == kernel.physmem.nr_free
    kernel.physmem.put_page(pfn)
    assert buddyinfo(kernel) == line                                   # merged back


def test_pagemap_entries_show_present_pages_frames_and_kinds(kernel):
    import struct
    mm = kernel.new_mm()
    f = guest_file(b"f" * PAGE)
    a = mm.mmap(0x4000_0000, 3 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON | MAP_FIXED)
    fm = mm.mmap(0x5000_0000, PAGE, PROT_R, MAP_PRIVATE | MAP_FIXED, f, 0)
    mm.copy_out(a, b"x")
    mm.handle_fault(a + PAGE, LOAD)                                    # zero page
    mm.handle_fault(fm, LOAD)
    raw = mm.pagemap_bytes((a >> 12) * 8, 3 * 8)
    own, zero, absent = struct.unpack("<3Q", raw)
    assert own >> 63 == 1 and own & ((1 << 55) - 1) == mm.pages[a >> 12] >> 10
    assert own & (1 << 56) and not own & (1 << 61)                     # exclusive anon
    assert zero >> 63 == 1 and zero & ((1 << 55) - 1) == kernel.physmem.zero_pfn
    assert absent == 0
    (filepage,) = struct.unpack("<Q", mm.pagemap_bytes((fm >> 12) * 8, 8))
    assert filepage & (1 << 61) and filepage >> 63
    assert mm.pagemap_bytes((a >> 12) * 8 + 3, 2) == raw[3:5]           # unaligned reads
    hidden = struct.unpack("<Q", mm.pagemap_bytes((a >> 12) * 8, 8, show_pfn=False))[0]
    assert hidden == (1 << 63) | (1 << 56)
