"""The opt replacement policy (Belady's, from a recorded reference trace) and --opt-trace."""
import os
import subprocess
import sys

import pytest

from pagelab.kernel.mm.vmscan import ReferenceRecorder, ReferenceTrace, TraceError
from pagelab.kernel.policy import describe, policy_class

WORKLOAD = os.path.join(os.path.dirname(__file__), "..", "..", "programs", "pressure",
                        "workload.s")


def test_opt_is_registered_and_listed():
    assert policy_class("replacement", "opt").policy_name == "opt"
    assert "replacement=opt:" in describe()


def test_trace_next_use_and_round_trip():
    rec = ReferenceRecorder()
    for when, pid, vpn in [(10, 2, 0x100), (5, 2, 0x100), (30, 2, 0x100), (7, 3, 0x100)]:
        rec.note(when, pid, vpn)
    trace = ReferenceTrace.parse(rec.text())
    assert trace.count == 4
    assert trace.next_use((2, 0x100), 0) == 5
    assert trace.next_use((2, 0x100), 10) == 30          # strictly after now
    assert trace.next_use((2, 0x100), 30) == ReferenceTrace.NEVER
    assert trace.next_use((3, 0x100), 0) == 7
    assert trace.next_use((9, 0x1), 0) == ReferenceTrace.NEVER


def test_bad_trace_names_the_line():
    with pytest.raises(TraceError, match=r"bad:3: expected"):
        ReferenceTrace.parse("# header\n1 2 3\nnot a trace\n", "bad")


def _run(*args):
    return subprocess.run([sys.executable, "-m", "pagelab", "run", *args],
                          capture_output=True, text=True, timeout=300)


def test_cli_opt_needs_a_trace(tmp_path):
    r = _run("--policy", "replacement=opt", WORKLOAD)
    assert r.returncode == 2 and "needs --opt-trace FILE" in r.stderr
    bad = tmp_path / "bad"
    bad.write_text("x\n")
    r = _run("--policy", "replacement=opt", "--opt-trace", str(bad), WORKLOAD)
    assert r.returncode == 2 and "--opt-trace:" in r.stderr and "Traceback" not in r.stderr
    r = _run("--policy", "replacement=opt", "--opt-trace", str(tmp_path / "none"), WORKLOAD)
    assert r.returncode == 2 and "cannot read" in r.stderr and "Traceback" not in r.stderr


def test_cli_record_then_opt(tmp_path):
    trace = tmp_path / "workload.trace"
    common = ["--mem", "4M", "--swap", "16M", "--stats"]
    first = _run(*common, "--opt-trace", str(trace), WORKLOAD)
    assert first.returncode == 0, first.stderr
    assert "contents ok" in first.stdout
    assert ReferenceTrace.parse(trace.read_text()).count > 1000
    second = _run(*common, "--policy", "replacement=opt", "--opt-trace", str(trace), WORKLOAD)
    assert second.returncode == 0, second.stderr
    assert "contents ok" in second.stdout

    def majflt(stderr):
        line = [x for x in stderr.splitlines() if "maj_flt" in x][-1]
        return int(line.split("maj_flt")[1])
    assert majflt(second.stderr) < majflt(first.stderr)     # lru recorded; opt looks ahead


# --- madvise under pressure (issue 8 point 5) ---------------------------------------------------

import random  # noqa: E402

from pagelab.kernel.mm.inspect import check_invariants, is_swapped, pfn_of  # noqa: E402
from pagelab.mmu.pte import swp_offset, swp_type  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from mm_helpers import MAP_ANON, MAP_PRIVATE, PAGE, PROT_R, PROT_W  # noqa: E402
from test_mm_swap import swap_kernel as make_kernel  # noqa: E402

MADV_DONTNEED, MADV_FREE, MADV_COLD, MADV_PAGEOUT = 4, 8, 20, 21


def stamp(i: int) -> bytes:
    """Never all zeros (a discarded page reads as zeros)."""
    return (i + 1).to_bytes(4, "little") * 8


def filled(mm, npages: int) -> int:
    """A private anonymous mapping whose page i starts with stamp(i), written in one go."""
    base = mm.mmap(0, npages * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    assert base > 0
    mm.copy_out(base, b"".join(stamp(i).ljust(PAGE, b"\0") for i in range(npages)))
    return base


def test_madv_dontneed_drops_present_and_swapped_pages():
    kernel = make_kernel("fifo")
    mm = kernel.new_mm()
    base = filled(mm, 700)                       # 2.7 MiB in 2 MiB: the first pages are in swap
    assert is_swapped(mm, base)
    slots = kernel.physmem.swap.used_pages
    assert mm.madvise(base, 700 * PAGE, MADV_DONTNEED) == 0
    assert mm.swap_ents == 0 and kernel.physmem.swap.used_pages < slots
    assert mm.copy_in(base, 32) == bytes(32) and mm.copy_in(base + 699 * PAGE, 32) == bytes(32)
    assert check_invariants(kernel.physmem) == []


def test_madv_free_clean_pages_are_discarded_at_reclaim_even_without_swap():
    kernel = make_kernel("lru", mem=4 << 20, swap=0)
    mm = kernel.new_mm()
    base = filled(mm, 300)
    ev = kernel.physmem.events
    assert mm.madvise(base, 300 * PAGE, MADV_FREE) == 0
    assert ev["pglazyfree"] == 300 and ev["pglazyfreed"] == 0
    assert mm.copy_in(base + 5 * PAGE, 32) == stamp(5)            # still there until pressure
    mm.copy_out(base + 7 * PAGE, b"again")                        # re-dirtied: must survive
    other = filled(mm, 700)                  # 2.7 MiB more in 4 MiB, no swap: needs the pages
    assert ev["pglazyfreed"] > 0 and ev["pswpout"] == 0
    assert mm.copy_in(base + 7 * PAGE, 5) == b"again"
    assert mm.copy_in(base + 7 * PAGE + 5, 27) == stamp(7)[5:]
    zeroed = [i for i in range(300) if mm.copy_in(base + i * PAGE, 32) == bytes(32)]
    assert len(zeroed) == ev["pglazyfreed"] and 7 not in zeroed
    assert all(mm.copy_in(base + i * PAGE, 32) == stamp(i) for i in range(300)
               if i not in zeroed and i != 7)
    assert all(mm.copy_in(other + i * PAGE, 32) == stamp(i) for i in range(700))
    assert check_invariants(kernel.physmem) == []


def test_madv_free_frees_swap_slots_and_skips_pages_shared_with_a_child():
    kernel = make_kernel("fifo")
    mm = kernel.new_mm()
    base = filled(mm, 600)
    assert is_swapped(mm, base)
    assert mm.madvise(base, PAGE, MADV_FREE) == 0                 # a swap entry: dropped
    assert not is_swapped(mm, base) and mm.copy_in(base, 32) == bytes(32)
    mm2 = kernel.new_mm()
    small = filled(mm2, 8)
    child = mm2.fork()
    assert mm2.madvise(small, 8 * PAGE, MADV_FREE) == 0
    assert not kernel.physmem.vmscan.lazyfree & {pfn_of(mm2, small + i * PAGE) for i in range(8)}
    child.destroy()
    assert check_invariants(kernel.physmem) == []


def test_madv_cold_and_pageout_on_a_page_shared_after_fork_leave_it_alone():
    kernel = make_kernel("lru", mem=8 << 20)
    mm = kernel.new_mm()
    base = filled(mm, 16)
    child = mm.fork()
    assert mm.madvise(base, 16 * PAGE, MADV_PAGEOUT) == 0
    assert mm.swap_ents == 0                      # Linux skips pages another process maps
    child.destroy()
    assert mm.madvise(base, 16 * PAGE, MADV_PAGEOUT) == 0
    assert mm.swap_ents == 16
    assert [mm.copy_in(base + i * PAGE, 32) for i in range(16)] == [stamp(i) for i in range(16)]
    assert check_invariants(kernel.physmem) == []


def test_pagemap_and_mincore_show_swapped_pages_with_type_and_offset():
    kernel = make_kernel("fifo", mem=8 << 20)
    mm = kernel.new_mm()
    base = filled(mm, 8)
    assert mm.madvise(base + 2 * PAGE, 2 * PAGE, MADV_PAGEOUT) == 0
    blob = mm.pagemap_bytes((base >> 12) * 8, 8 * 8)
    entries = [int.from_bytes(blob[k:k + 8], "little") for k in range(0, len(blob), 8)]
    for i, e in enumerate(entries):
        pte = mm.pages[(base >> 12) + i]
        if i in (2, 3):
            assert e >> 62 & 1 and not e >> 63 & 1
            assert e & 0x1F == swp_type(pte)
            assert (e >> 5) & ((1 << 50) - 1) == swp_offset(pte) != 0
        else:
            assert e >> 63 & 1 and not e >> 62 & 1
    assert list(mm.mincore(base, 8 * PAGE)) == [1, 1, 0, 0, 1, 1, 1, 1]


@pytest.mark.parametrize("policy", ["opt"])
def test_opt_without_a_trace_keeps_every_byte(policy):
    kernel = make_kernel(policy)
    mm = kernel.new_mm()
    base = filled(mm, 900)
    rng = random.Random(3)
    for _ in range(600):
        i = rng.randrange(900)
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
    assert kernel.physmem.events["pswpin"] > 0
    assert check_invariants(kernel.physmem) == []
