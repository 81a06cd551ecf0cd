"""Shared anonymous memory (shmem) under pressure: its pages go to swap and come back on access
(Linux shmem_writepage / shmem_swapin), shared across fork, freed with the object, brought back
by swapoff; meminfo Shmem and smaps Swap count them as Linux does."""
from __future__ import annotations

from pagelab.kernel.mm import SWAP_DEVICE
from pagelab.kernel.mm.inspect import check_invariants
from pagelab.kernel.mm.procfs import meminfo, render_smaps
from pagelab.kernel.mm.swap import unuse_area

from mm_helpers import MAP_ANON, MAP_SHARED, PAGE, PROT_R, PROT_W, MiniKernel, stamp, swap_kernel


def shared_region(mm, npages: int) -> int:
    base = mm.mmap(0, npages * PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)
    assert base > 0
    for i in range(npages):
        mm.copy_out(base + i * PAGE, stamp(i))
    return base


def meminfo_kb(kernel, name):
    return next(int(line.split()[1]) for line in meminfo(kernel).splitlines()
                if line.startswith(name + ":"))


def smaps_kb(mm, name):
    return next(int(line.split()[1]) for line in render_smaps(mm).splitlines()
                if line.startswith(name + ":"))


def test_shmem_bigger_than_ram_goes_to_swap_and_comes_back():
    kernel = swap_kernel()
    mm = kernel.new_mm()
    n = 1000                                             # ~3.9 MiB in 2 MiB of RAM
    base = shared_region(mm, n)
    shmem = mm.vmas[0].shmem
    ev = kernel.physmem.events
    assert shmem.swapped and ev["pswpout"] >= len(shmem.swapped)
    assert len(shmem.pages) + len(shmem.swapped) == n
    # meminfo Shmem is what is resident; smaps Swap counts the object's swapped pages
    assert meminfo_kb(kernel, "Shmem") == len(shmem.pages) * 4
    assert smaps_kb(mm, "Swap") == len(shmem.swapped) * 4
    assert smaps_kb(mm, "SwapPss") == 0
    assert check_invariants(kernel.physmem) == []
    majors = ev["pgmajfault"]
    for i in range(n):
        assert mm.copy_in(base + i * PAGE, 32) == stamp(i)
    assert ev["pswpin"] > 0 and ev["pgmajfault"] > majors
    assert check_invariants(kernel.physmem) == []


def test_shmem_swap_is_shared_across_fork_and_freed_with_the_last_user():
    kernel = swap_kernel()
    parent = kernel.new_mm()
    n = 800
    base = shared_region(parent, n)
    child = parent.fork()
    for i in range(0, n, 3):                             # the child writes, the parent sees it
        child.copy_out(base + i * PAGE, b"C" * 8)
    for i in range(n):
        want = b"C" * 8 if i % 3 == 0 else stamp(i)[:8]
        assert parent.copy_in(base + i * PAGE, 8) == want
    assert check_invariants(kernel.physmem) == []
    swap = kernel.physmem.swap
    assert swap.used_pages > 0
    child.destroy()
    assert swap.used_pages > 0                           # the parent still holds the object
    parent.destroy()
    assert swap.used_pages == 0 and kernel.physmem.nr_shmem == 0
    assert check_invariants(kernel.physmem) == []


def test_swapoff_brings_shmem_pages_back():
    kernel = swap_kernel(mem=4 << 20)
    mm = kernel.new_mm()
    n = 1500
    base = shared_region(mm, n)
    area = kernel.physmem.swap.area_by_path(SWAP_DEVICE)
    assert area.inuse > 0
    assert not unuse_area(kernel.physmem, area)         # RAM cannot hold them all
    mm.munmap(base + 500 * PAGE, 1000 * PAGE)            # (the object keeps its pages)
    shmem_pages = mm.vmas[0].shmem
    assert shmem_pages.swapped
    other = kernel.new_mm()
    small = shared_region(other, 10)
    mm.munmap(base, 500 * PAGE)                          # last user of the big object: freed
    assert unuse_area(kernel.physmem, area)
    assert area.inuse == 0
    for i in range(10):
        assert other.copy_in(small + i * PAGE, 32) == stamp(i)
    assert check_invariants(kernel.physmem) == []


def test_without_swap_shmem_stays_resident():
    kernel = MiniKernel(mem=4 << 20)
    mm = kernel.new_mm()
    base = shared_region(mm, 200)
    kernel.physmem.vmscan.shrink(64)
    assert kernel.physmem.events["pswpout"] == 0
    assert not mm.vmas[0].shmem.swapped
    assert mm.copy_in(base + 199 * PAGE, 32) == stamp(199)
    assert meminfo_kb(kernel, "Shmem") == 800
