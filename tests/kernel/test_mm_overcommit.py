"""Issue 8 point 7: overcommit accounting as Linux's (mm/util.c __vm_enough_memory,
vm_commit_limit; mm/mmap.c accountable_mapping; shmem_acct_size; mprotect_fixup; dup_mmap).

Each test states one rule: what is charged to Committed_AS (physmem.committed, in pages), when
it is taken back, and what each vm.overcommit_memory mode refuses."""
from __future__ import annotations

import pytest
from fs_fakes import FakeKernel, s
from mm_helpers import MAP_ANON, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, PAGE, PROT_R, PROT_W, \
    MiniKernel, guest_file

from pagelab.kernel import errno as E
from pagelab.kernel.mm import meminfo, setup
from pagelab.kernel.policy.overcommit import commit_limit
from pagelab.kernel.sysctl import SYSCTL_DEFAULTS, set_sysctl

RW = PROT_R | PROT_W
PRIV_ANON = MAP_PRIVATE | MAP_ANON
SHARED_ANON = MAP_SHARED | MAP_ANON
MAP_NORESERVE = 0x4000
MREMAP_MAYMOVE = 1
MiB = 1 << 20


def kernel_with(mode: int = 0, mem: int = 8 * MiB, swap: int = 0, **sysctl) -> MiniKernel:
    table = {"vm.overcommit_memory": mode}
    table.update({"vm." + name: value for name, value in sysctl.items()})
    kernel = MiniKernel(mem=mem, sysctl=table)
    if swap:
        setup(kernel, swap_bytes=swap)
    return kernel


def committed(kernel) -> int:
    return kernel.physmem.committed


def meminfo_kb(kernel, label: str) -> int:
    for line in meminfo(kernel).splitlines():
        if line.startswith(label + ":"):
            return int(line.split()[1])
    raise AssertionError(f"{label} not in meminfo")


# ------------------------------------------------------------------------------------------
# What is charged, and when it is given back
# ------------------------------------------------------------------------------------------

def test_private_writable_mapping_is_charged_in_full_and_uncharged_by_munmap():
    kernel = kernel_with(1)
    mm = kernel.new_mm()
    before = committed(kernel)
    a = mm.mmap(0, 10 * PAGE, RW, PRIV_ANON)
    assert committed(kernel) == before + 10                      # untouched pages count too
    assert "ac" in mm.smaps_text().split("VmFlags:")[-1].split()
    assert mm.munmap(a + 2 * PAGE, 3 * PAGE) == 0                # a hole: those pages go back
    assert committed(kernel) == before + 7
    assert mm.munmap(a, 10 * PAGE) == 0
    assert committed(kernel) == before


@pytest.mark.parametrize("prot, flags, file", [
    (PROT_R, PRIV_ANON, False),                   # private read-only
    (0, PRIV_ANON, False),                        # PROT_NONE
    (RW, PRIV_ANON | MAP_NORESERVE, False),       # MAP_NORESERVE (mode 0/1)
    (RW, MAP_SHARED, True),                       # shared file: the file backs it
    (RW, SHARED_ANON | MAP_NORESERVE, False),     # shared anonymous, NORESERVE
])
def test_mappings_linux_does_not_charge(prot, flags, file):
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    before = committed(kernel)
    f = guest_file(b"x" * (4 * PAGE)) if file else None
    assert mm.mmap(0, 4 * PAGE, prot, flags, f, 0) > 0
    assert committed(kernel) == before


def test_private_writable_file_mapping_is_charged():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    before = committed(kernel)
    assert mm.mmap(0, 4 * PAGE, RW, MAP_PRIVATE, guest_file(b"y" * (4 * PAGE)), 0) > 0
    assert committed(kernel) == before + 4


def test_mode_2_ignores_map_noreserve():
    kernel = kernel_with(2)
    mm = kernel.new_mm()
    before = committed(kernel)
    assert mm.mmap(0, 4 * PAGE, RW, PRIV_ANON | MAP_NORESERVE) > 0
    assert committed(kernel) == before + 4
    assert mm.mmap(0, 2 * PAGE, RW, SHARED_ANON | MAP_NORESERVE) > 0
    assert committed(kernel) == before + 6


def test_shared_anonymous_memory_is_charged_once_and_freed_with_its_last_mapping():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    before = committed(kernel)
    a = mm.mmap(0, 8 * PAGE, RW, SHARED_ANON)
    assert committed(kernel) == before + 8
    mm.copy_out(a, b"shared")
    child = mm.fork()                             # the child shares the object: no new charge
    assert child is not None and committed(kernel) == before + 8
    assert mm.munmap(a, 8 * PAGE) == 0
    assert committed(kernel) == before + 8        # the child still maps it
    child.destroy()
    assert committed(kernel) == before


def test_brk_growth_is_charged_and_shrinking_uncharges():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    mm.start_brk = mm.cur_brk = 0x10000
    before = committed(kernel)
    assert mm.brk(0x10000 + 5 * PAGE) == 0x10000 + 5 * PAGE
    assert committed(kernel) == before + 5
    assert mm.brk(0x10000 + 2 * PAGE) == 0x10000 + 2 * PAGE
    assert committed(kernel) == before + 2


def test_brk_refused_by_mode_2_returns_the_old_break_and_charges_nothing():
    kernel = kernel_with(2, overcommit_ratio=10)
    mm = kernel.new_mm()
    mm.start_brk = mm.cur_brk = 0x10000
    before = committed(kernel)
    assert mm.brk(0x10000 + 4 * MiB) == 0x10000
    assert committed(kernel) == before
    assert any("__vm_enough_memory" in line and "not enough memory" in line
               for line in kernel.lines)


def test_mprotect_to_writable_charges_the_range_then_and_not_again():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    a = mm.mmap(0, 6 * PAGE, PROT_R, PRIV_ANON)
    before = committed(kernel)
    assert mm.mprotect(a, 4 * PAGE, RW) == 0
    assert committed(kernel) == before + 4
    assert mm.mprotect(a, 4 * PAGE, RW) == 0               # already writable: no charge
    assert committed(kernel) == before + 4
    mm.copy_out(a, b"private page")                        # it holds private pages now:
    assert mm.mprotect(a, 4 * PAGE, PROT_R) == 0           # VM_ACCOUNT stays on read-only
    assert mm.mprotect(a, 4 * PAGE, RW) == 0               # and writable again costs nothing
    assert committed(kernel) == before + 4


def test_mprotect_back_to_read_only_uncharges_an_untouched_anonymous_range():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    before = committed(kernel)
    assert mm.mprotect(a, 4 * PAGE, PROT_R) == 0           # no anon_vma yet: VM_ACCOUNT cleared
    assert committed(kernel) == before - 4
    b = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    mm.copy_out(b, b"touched")                             # now it has private pages
    mid = committed(kernel)
    assert mm.mprotect(b, 4 * PAGE, PROT_R) == 0
    assert committed(kernel) == mid                        # stays charged


def test_mprotect_to_writable_refused_in_mode_2_changes_nothing():
    kernel = kernel_with(2)
    mm = kernel.new_mm()
    a = mm.mmap(0, 6 * MiB, PROT_R, PRIV_ANON)
    before = committed(kernel)
    assert mm.mprotect(a, 6 * MiB, RW) == -E.ENOMEM
    assert committed(kernel) == before
    assert mm.vma_at(a).flags & PROT_W == 0


def test_mremap_growth_charges_the_delta_and_shrinking_uncharges():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    a = mm.mmap(0, 4 * PAGE, RW, PRIV_ANON)
    before = committed(kernel)
    b = mm.mremap(a, 4 * PAGE, 10 * PAGE, MREMAP_MAYMOVE)
    assert b > 0 and committed(kernel) == before + 6
    assert mm.mremap(b, 10 * PAGE, 3 * PAGE, 0) == b
    assert committed(kernel) == before - 1


def test_mremap_growth_refused_by_mode_2_is_enomem():
    kernel = kernel_with(2)
    mm = kernel.new_mm()
    a = mm.mmap(0, PAGE, RW, PRIV_ANON)
    before = committed(kernel)
    assert mm.mremap(a, PAGE, 6 * MiB, MREMAP_MAYMOVE) == -E.ENOMEM
    assert committed(kernel) == before


def test_fork_charges_the_childs_accountable_vmas_and_exit_uncharges_them():
    kernel = kernel_with(0)
    mm = kernel.new_mm()
    before = committed(kernel)
    mm.mmap(0, 5 * PAGE, RW, PRIV_ANON)                    # charged
    mm.mmap(0, 3 * PAGE, PROT_R, PRIV_ANON)                # not charged
    parent = committed(kernel) - before
    assert parent == 5
    child = mm.fork()
    assert committed(kernel) == before + 2 * parent
    child.destroy()
    assert committed(kernel) == before + parent
    mm.destroy()
    assert committed(kernel) == before


def test_fork_refused_by_mode_2_fails_and_leaves_committed_as_it_was():
    kernel = kernel_with(2)
    mm = kernel.new_mm()
    limit = commit_limit(kernel)
    assert mm.mmap(0, (limit * 2 // 3) * PAGE, RW, PRIV_ANON) > 0
    before = committed(kernel)
    assert mm.fork() is None
    assert committed(kernel) == before


# ------------------------------------------------------------------------------------------
# The modes
# ------------------------------------------------------------------------------------------

def test_mode_0_refuses_only_one_request_larger_than_ram_plus_swap():
    kernel = kernel_with(0, mem=8 * MiB, swap=16 * MiB)
    mm = kernel.new_mm()
    total = kernel.physmem.total_pages + kernel.physmem.swap.total_pages
    assert mm.mmap(0, (total + 1) * PAGE, RW, PRIV_ANON) == -E.ENOMEM
    for _ in range(4):                                      # a running total is not checked
        assert mm.mmap(0, total * PAGE, RW, PRIV_ANON) > 0
    assert committed(kernel) >= 4 * total


def test_mode_1_never_refuses():
    kernel = kernel_with(1)
    mm = kernel.new_mm()
    assert mm.mmap(0, 1 << 40, RW, PRIV_ANON) > 0
    assert committed(kernel) >= (1 << 40) // PAGE


def test_mode_2_commit_limit_is_ratio_of_ram_plus_swap():
    kernel = kernel_with(2, mem=8 * MiB, swap=4 * MiB, overcommit_ratio=25)
    ram, swap = kernel.physmem.total_pages, kernel.physmem.swap.total_pages
    assert swap > 0
    assert commit_limit(kernel) == ram * 25 // 100 + swap
    assert meminfo_kb(kernel, "CommitLimit") == (ram * 25 // 100 + swap) * 4


def test_mode_2_commit_limit_from_overcommit_kbytes():
    kernel = kernel_with(2, mem=8 * MiB, swap=4 * MiB, overcommit_kbytes=3000)
    assert kernel.sysctl["vm.overcommit_ratio"] == 0       # setting kbytes cleared the ratio
    assert commit_limit(kernel) == 3000 // 4 + kernel.physmem.swap.total_pages


def test_mode_2_admits_while_committed_stays_below_the_limit_less_reserves():
    kernel = kernel_with(2, mem=8 * MiB, admin_reserve_kbytes=0, user_reserve_kbytes=0)
    mm = kernel.new_mm()
    room = commit_limit(kernel) - committed(kernel)
    assert mm.mmap(0, room * PAGE, RW, PRIV_ANON) == -E.ENOMEM     # must stay strictly below
    assert mm.mmap(0, (room - 1) * PAGE, RW, PRIV_ANON) > 0
    assert mm.mmap(0, PAGE, RW, PRIV_ANON) == -E.ENOMEM
    assert mm.mmap(0, PAGE, PROT_R, PRIV_ANON) > 0                  # uncharged: still fine


def test_mode_2_keeps_the_admin_reserve_from_unprivileged_tasks():
    kernel = kernel_with(2, mem=8 * MiB, admin_reserve_kbytes=400, user_reserve_kbytes=0)
    mm = kernel.new_mm()
    room = commit_limit(kernel) - committed(kernel)
    kernel.current.uid = 1000
    assert mm.mmap(0, (room - 50) * PAGE, RW, PRIV_ANON) == -E.ENOMEM  # 400 kB = 100 pages
    kernel.current.uid = 0
    assert mm.mmap(0, (room - 50) * PAGE, RW, PRIV_ANON) > 0


def test_mode_2_ignores_the_committed_total_until_the_mode_is_set():
    kernel = kernel_with(0, mem=8 * MiB)
    mm = kernel.new_mm()
    assert mm.mmap(0, 6 * MiB, RW, PRIV_ANON) > 0          # mode 0: fits RAM alone
    kernel.sysctl["vm.overcommit_memory"] = 2
    assert mm.mmap(0, PAGE, RW, PRIV_ANON) == -E.ENOMEM    # now over CommitLimit
    kernel.sysctl["vm.overcommit_memory"] = 1
    assert mm.mmap(0, PAGE, RW, PRIV_ANON) > 0


# ------------------------------------------------------------------------------------------
# The sysctls
# ------------------------------------------------------------------------------------------

def test_writing_overcommit_ratio_clears_kbytes_and_the_other_way_round():
    table = dict(SYSCTL_DEFAULTS)
    set_sysctl(table, "vm.overcommit_kbytes", 4096)
    assert table["vm.overcommit_ratio"] == 0 and table["vm.overcommit_kbytes"] == 4096
    set_sysctl(table, "vm.overcommit_ratio", 70)
    assert table["vm.overcommit_kbytes"] == 0 and table["vm.overcommit_ratio"] == 70


def write_sysctl(kernel, task, name: str, text: bytes) -> int:
    fd = kernel.call(task, "openat", -100, s(task, "/proc/sys/" + name.replace(".", "/")), 1, 0)
    assert fd >= 0
    return kernel.call(task, "write", fd, task.mm.alloc(text), len(text))


def test_guest_writes_to_proc_sys_clear_the_paired_sysctl_and_refuse_mode_3():
    kernel = FakeKernel()
    task = kernel.new_task(pid=7)
    kernel.sysctl = dict(SYSCTL_DEFAULTS)
    assert write_sysctl(kernel, task, "vm.overcommit_kbytes", b"12345\n") == 6
    assert kernel.sysctl["vm.overcommit_ratio"] == 0
    assert write_sysctl(kernel, task, "vm.overcommit_ratio", b"80\n") == 3
    assert kernel.sysctl["vm.overcommit_kbytes"] == 0
    assert write_sysctl(kernel, task, "vm.overcommit_memory", b"3\n") == -E.EINVAL
    assert kernel.sysctl["vm.overcommit_memory"] == 0


def test_command_line_sysctls_apply_linux_clearing_in_order():
    from pagelab.kernel.kernel import Kernel, KernelConfig
    kernel = Kernel(KernelConfig(mem_size=8 * MiB,
                                 sysctl={"vm.overcommit_ratio": 30, "vm.overcommit_kbytes": 2048}))
    assert kernel.sysctl["vm.overcommit_ratio"] == 0
    assert kernel.sysctl["vm.overcommit_kbytes"] == 2048
    assert commit_limit(kernel) == 2048 // 4


def test_min_free_and_reserve_kbytes_are_computed_from_ram_at_boot():
    from pagelab.kernel.kernel import Kernel, KernelConfig
    kernel = Kernel(KernelConfig(mem_size=64 * MiB))
    pages = kernel.physmem.total_pages
    import math
    assert kernel.sysctl["vm.min_free_kbytes"] == min(max(math.isqrt(pages * 64), 128), 262144)
    assert kernel.sysctl["vm.min_free_kbytes"] > 0
    free_kb = kernel.physmem.admin_reserve_kbytes
    assert kernel.sysctl["vm.admin_reserve_kbytes"] == free_kb < 8192       # 1/32 of 64 MiB
    assert kernel.sysctl["vm.user_reserve_kbytes"] == kernel.physmem.user_reserve_kbytes
    wmin, _, _ = kernel.physmem.vmscan.watermarks()
    assert wmin == kernel.sysctl["vm.min_free_kbytes"] // 4
    configured = Kernel(KernelConfig(mem_size=64 * MiB, sysctl={"vm.min_free_kbytes": 4096}))
    assert configured.sysctl["vm.min_free_kbytes"] == 4096


def test_a_fixed_mapping_below_mmap_min_addr_follows_the_sysctl():
    kernel = kernel_with(0, mmap_min_addr=65536)
    mm = kernel.new_mm()
    assert mm.mmap(0x8000, PAGE, RW, PRIV_ANON | MAP_FIXED) == -E.EPERM
    assert mm.mmap(0x10000, PAGE, RW, PRIV_ANON | MAP_FIXED) == 0x10000
    kernel.sysctl["vm.mmap_min_addr"] = 4096
    assert mm.mmap(0x8000, PAGE, RW, PRIV_ANON | MAP_FIXED) == 0x8000


def test_max_map_count_limits_the_number_of_mappings():
    kernel = kernel_with(0, max_map_count=8)
    mm = kernel.new_mm()
    results = [mm.mmap(0, PAGE, PROT_R if i % 2 else RW, PRIV_ANON) for i in range(12)]
    assert len(mm.vmas) <= 8 and results[-1] == -E.ENOMEM


def test_stack_growth_is_charged_at_fault_time_and_refused_past_the_limit():
    from mm_helpers import STORE
    kernel = kernel_with(2, admin_reserve_kbytes=0, user_reserve_kbytes=0)
    mm = kernel.new_mm()
    top = mm.setup_stack(8 * PAGE)
    before = committed(kernel)
    low = top - 8 * PAGE
    mm.handle_fault(low - 3 * PAGE, STORE)                 # three pages below the stack
    assert mm.vma_at(low - 3 * PAGE) is not None
    assert committed(kernel) == before + 3
    room = commit_limit(kernel) - committed(kernel)
    assert mm.mmap(0, (room - 1) * PAGE, RW, PRIV_ANON) > 0  # now only 0 pages may be added
    grown = committed(kernel)
    mm.handle_fault(low - 5 * PAGE, STORE)                 # growth refused: no VMA there
    assert mm.vma_at(low - 5 * PAGE) is None
    assert committed(kernel) == grown


def test_fork_checks_the_user_reserve_of_the_parent():
    """dup_mmap charges through security_vm_enough_memory_mm(oldmm, ...): in mode 2 the user
    reserve is min(parent's total_vm / 32, user_reserve_kbytes), not the half-built child's."""
    kernel = kernel_with(2, admin_reserve_kbytes=0, user_reserve_kbytes=400)   # 100 pages
    mm = kernel.new_mm()
    assert mm.mmap(0, 3200 * PAGE, 0, PRIV_ANON) > 0        # PROT_NONE: total_vm, no charge
    c0, limit = committed(kernel), commit_limit(kernel)
    size = (limit - c0 - 50) // 2                           # the child's copy ends 50 short
    assert mm.mmap(0, size * PAGE, RW, PRIV_ANON) > 0
    assert mm.fork() is None                                # the parent's reserve is 100 pages
    assert committed(kernel) == c0 + size
