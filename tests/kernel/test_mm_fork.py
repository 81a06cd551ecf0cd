"""fork: copy-on-write sharing of private pages, shared memory stays shared, teardown."""
import pytest

from mm_helpers import (LOAD, MAP_ANON, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R, PROT_W, STORE,
                        MiniKernel, guest_file)
from pagelab.kernel.mm import inspect
from pagelab.mmu.mmu import PageFault
from pagelab.mmu.pte import PTE_W


@pytest.fixture
def kernel():
    return MiniKernel(mem=8 << 20)


def test_fork_shares_private_pages_read_only_and_flushes_the_parent_asid_once(kernel):
    parent = kernel.new_mm()
    addr = parent.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.copy_out(addr, b"p" * 4 * PAGE)
    assert inspect.pte(parent, addr) & PTE_W
    kernel.flushes.clear()
    child = parent.fork()
    assert kernel.flushes == [(None, parent.asid)]
    for mm in (parent, child):
        assert not inspect.pte(mm, addr) & PTE_W
        with pytest.raises(PageFault):
            kernel.translate(mm, addr, STORE)
    pfn = inspect.pfn_of(parent, addr)
    assert inspect.pfn_of(child, addr) == pfn
    owner = inspect.frame_owner(kernel.physmem, pfn)
    assert owner["mapcount"] == 2 and owner["refcount"] == 2
    assert {m for m, _ in owner["mappings"]} == {parent, child}
    assert child.copy_in(addr, 4) == b"pppp"
    assert child.rss_anon == 4 and child.total_vm == parent.total_vm


def test_first_write_after_fork_copies_and_the_last_sharer_keeps_the_frame(kernel):
    parent = kernel.new_mm()
    addr = parent.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.copy_out(addr, b"original")
    child = parent.fork()
    shared = inspect.pfn_of(parent, addr)
    kernel.flushes.clear()
    assert child.handle_fault(addr, STORE).ok                   # copy
    assert kernel.flushes == [(addr, child.asid)]
    copied = inspect.pfn_of(child, addr)
    assert copied != shared
    assert kernel.physmem.read_frame(copied)[:8] == b"original"
    child.copy_out(addr, b"CHILD")
    assert parent.copy_in(addr, 8) == b"original"
    assert kernel.physmem.events["cow_copies"] == 1
    # the parent is now the only user of the old frame: reused in place, no copy
    assert parent.handle_fault(addr, STORE).ok
    assert inspect.pfn_of(parent, addr) == shared
    assert kernel.physmem.events["cow_copies"] == 1 and kernel.physmem.events["pgreuse"] == 1
    assert inspect.pte(parent, addr) & PTE_W


def test_zero_page_mappings_survive_fork_and_each_side_gets_its_own_frame_on_write(kernel):
    parent = kernel.new_mm()
    addr = parent.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.handle_fault(addr, STORE)
    parent.handle_fault(addr + 0, LOAD)
    child = parent.fork()
    child.copy_out(addr, b"c")
    parent.copy_out(addr, b"p")
    assert child.copy_in(addr, 1) == b"c" and parent.copy_in(addr, 1) == b"p"


def test_shared_anonymous_memory_stays_shared_across_fork(kernel):
    parent = kernel.new_mm()
    addr = parent.mmap(0, 2 * PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)
    parent.copy_out(addr, b"before")
    child = parent.fork()
    child.copy_out(addr, b"CHILD!")
    assert parent.copy_in(addr, 6) == b"CHILD!"
    assert inspect.pfn_of(child, addr) == inspect.pfn_of(parent, addr)
    assert parent.rss_shmem == 1 and child.rss_shmem == 1
    assert kernel.physmem.nr_shmem == 1


def test_private_file_pages_are_refaulted_by_the_child_when_no_anon_page_exists(kernel):
    f = guest_file(b"T" * PAGE, "/bin/t")
    parent = kernel.new_mm()
    addr = parent.mmap(0, PAGE, PROT_R, MAP_PRIVATE, f, 0)
    parent.handle_fault(addr, LOAD)
    child = parent.fork()
    assert child.rss == 0                                        # Linux skips such VMAs
    result = child.handle_fault(addr, LOAD)
    assert result.ok and not result.major
    assert inspect.pfn_of(child, addr) == inspect.pfn_of(parent, addr)


def test_dontfork_and_wipeonfork_are_honoured(kernel):
    parent = kernel.new_mm()
    a = parent.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    b = parent.mmap(0, PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.copy_out(a, b"a")
    parent.copy_out(b, b"b")
    assert parent.madvise(a, PAGE, 10) == 0                      # MADV_DONTFORK
    assert parent.madvise(b, PAGE, 18) == 0                      # MADV_WIPEONFORK
    child = parent.fork()
    assert child.vma_at(a) is None
    assert child.copy_in(b, 1) == b"\0"
    assert parent.copy_in(b, 1) == b"b"


def test_destroying_every_address_space_returns_every_frame(kernel):
    physmem = kernel.physmem
    free = physmem.nr_free
    committed = physmem.committed
    parent = kernel.new_mm()
    f = guest_file(b"x" * 3 * PAGE)
    addr = parent.mmap(0, 8 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    parent.copy_out(addr, b"y" * 8 * PAGE)
    sh = parent.mmap(0, 2 * PAGE, PROT_R | PROT_W, MAP_SHARED | MAP_ANON)
    parent.copy_out(sh, b"s")
    fm = parent.mmap(0, 3 * PAGE, PROT_R, MAP_PRIVATE, f, 0)
    parent.copy_in(fm, 3 * PAGE)
    child = parent.fork()
    child.copy_out(addr, b"z")
    parent.destroy()
    child.destroy()
    kernel.page_cache.drop_unmapped()
    assert physmem.nr_anon_pages == 0 and physmem.nr_mapped == 0 and physmem.nr_shmem == 0
    assert physmem.nr_page_table_pages == 0
    assert physmem.committed == committed
    # slab frames of the caches' last slabs stay (as SLUB keeps partial slabs)
    slab_frames = sum(c.pages for c in physmem.slabs.caches.values())
    assert physmem.nr_free + slab_frames >= free
    assert physmem.nr_free == physmem.total_pages - slab_frames - (
        1 if getattr(physmem, "vdso_pfn", None) else 0)


def test_tearing_down_an_address_space_needs_no_tlb_flush(kernel):
    mm = kernel.new_mm()
    addr = mm.mmap(0, 4 * PAGE, PROT_R | PROT_W, MAP_PRIVATE | MAP_ANON)
    mm.copy_out(addr, b"x" * 4 * PAGE)
    kernel.flushes.clear()
    mm.destroy()
    assert kernel.flushes == []                  # its ASID is not reused before a full flush
    assert kernel.new_mm().asid != mm.asid
