"""Physical memory: the buddy allocator, the frame table, slab caches, the zero page."""
import numpy as np
import pytest

from mm_helpers import MiniKernel
from pagelab.kernel.mm.physmem import MAX_ORDER, USE_ANON, USE_FREE
from pagelab.kernel.mm.slab import render_slabinfo


@pytest.fixture
def kernel():
    return MiniKernel(mem=4 << 20)


def test_buddy_hands_out_every_frame_once_then_merges_back_into_one_block(kernel):
    physmem = kernel.physmem
    before = physmem.buddyinfo()
    free = physmem.nr_free
    pfns = [physmem.alloc_frame() for _ in range(free)]
    assert None not in pfns and len(set(pfns)) == free
    assert physmem.alloc_frame() is None
    assert physmem.nr_free == 0
    for pfn in reversed(pfns):
        physmem.put_page(pfn)
    assert physmem.nr_free == free
    assert physmem.buddyinfo() == before


def test_alloc_pages_returns_naturally_aligned_blocks_and_splits_the_rest(kernel):
    physmem = kernel.physmem
    for order in (0, 3, 5, 1, 4):
        pfn = physmem.alloc_pages(order)
        assert pfn % (1 << order) == 0
        assert all(physmem.use[pfn - physmem.base_pfn + i] != USE_FREE for i in range(1 << order))
    assert physmem.alloc_pages(MAX_ORDER) is None          # 1 GiB does not fit in 4 MiB


def test_freeing_a_frame_twice_is_a_kernel_bug_that_is_caught(kernel):
    physmem = kernel.physmem
    pfn = physmem.alloc_frame(USE_ANON)
    physmem.free_pages(pfn)
    with pytest.raises(RuntimeError):
        physmem.free_pages(pfn)


def test_zero_page_is_reserved_zero_filled_and_never_freed(kernel):
    physmem = kernel.physmem
    assert not physmem.read_frame(physmem.zero_pfn).strip(b"\0")
    assert physmem.put_page(physmem.zero_pfn) is False
    assert physmem.total_pages == physmem.nframes - 1


def test_frames_come_only_from_the_guest_ram_array(kernel):
    physmem = kernel.physmem
    pfn = physmem.alloc_frame(USE_ANON, zero=True)
    off = physmem.frame_offset(pfn)
    assert physmem.ram is kernel.machine.ram
    kernel.machine.ram[off:off + 4] = np.frombuffer(b"abcd", dtype=np.uint8)
    assert physmem.read_frame(pfn)[:4] == b"abcd"
    assert kernel.machine.read_phys(pfn << 12, 4) == b"abcd"


def test_slab_cache_takes_whole_frames_from_the_buddy_allocator_and_gives_empty_slabs_back(kernel):
    physmem = kernel.physmem
    cache = physmem.slabs.create("test_obj", 1024, 0)
    free0 = physmem.nr_free
    handles = [cache.alloc() for _ in range(9)]            # 4 objects per 4 KiB slab -> 3 slabs
    assert cache.objperslab == 4 and len(cache.slabs) == 3
    assert physmem.nr_free == free0 - 3
    assert cache.active_objs == 9 and cache.num_objs == 12
    for h in handles:
        cache.free(h)
    assert cache.active_objs == 0 and len(cache.slabs) == 1   # the last slab stays
    assert physmem.nr_free == free0 - 1


def test_slab_allocation_fails_cleanly_when_memory_is_exhausted(kernel):
    physmem = kernel.physmem
    while physmem.alloc_frame() is not None:
        pass
    cache = physmem.slabs.create("big_obj", 2048, 0)
    assert cache.alloc() is None


def test_slabinfo_uses_linux_version_2_1_columns(kernel):
    cache = kernel.physmem.slabs.create("bio-312", 320, 0)
    for _ in range(12):
        cache.alloc()
    text = render_slabinfo(kernel.physmem)
    lines = text.splitlines()
    assert lines[0] == "slabinfo - version: 2.1"
    assert lines[1] == ("# name            <active_objs> <num_objs> <objsize> <objperslab> "
                        "<pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : "
                        "slabdata <active_slabs> <num_slabs> <sharedavail>")
    # the reference's example line, byte for byte
    assert lines[2] == ("bio-312               12     12    320   12    1 : tunables    0    0"
                        "    0 : slabdata      1      1      0")
    assert any(line.startswith("vm_area_struct ") for line in lines)


def test_asids_wrap_with_a_full_flush_and_skip_ids_still_in_use(kernel):
    physmem = kernel.physmem
    keep = kernel.new_mm()
    assert keep.asid == 1
    physmem._next_asid = 0xFFFE
    kernel.flushes.clear()
    assert physmem.new_asid() == 0xFFFE and kernel.flushes == []
    assert physmem.new_asid() == 0xFFFF and kernel.flushes == [(None, None)]   # wrapped
    assert physmem.new_asid() == 2                                              # 1 is live
