# hugetlb -- MAP_HUGETLB: one page fault maps 2 MiB, from a pool set aside at boot.
#
#   pagelab run --cmdline hugepages=4 --stats programs/hugetlb.s
#
# The program maps 8 MiB with mmap(MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_HUGE_2MB),
# stores one byte into every 4 KiB page of it (2048 stores) and counts the minor faults that
# cost (field 10 of /proc/self/stat): 4, one per 2 MiB huge page -- ordinary pages would take
# 2048.  The pages come from the hugetlb pool (HugePages_Free in /proc/meminfo goes down by 4)
# and are not in VmRSS: /proc/self/status shows them as HugetlbPages.  With --stats the data
# TLB's 2M hits show the loads and stores going through four megapage entries.
#
# Without a pool (no hugepages= on the command line, vm.nr_hugepages 0) mmap cannot reserve the
# pages and fails with ENOMEM (-12), as on Linux.
#
# Expected output with --cmdline hugepages=4:
#   mmap of 8 MiB with MAP_HUGETLB: ok
#   minor faults for 2048 stores: 4
#   VmRSS grew by 0 kB
#   HugetlbPages: 8192 kB

        .equ MAPSIZE, 8388608
        .equ NPAGES, 2048
        .equ MAP_FLAGS, 0x54040022      # MAP_HUGE_2MB | MAP_HUGETLB | MAP_ANONYMOUS | MAP_PRIVATE

        .text
        .globl main
main:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)              # the mapping
        sd      s1, 24(sp)              # faults before touching
        sd      s2, 16(sp)              # VmRSS before
        li      a0, 10                  # warm up: fault in what the measurements use
        call    proc_stat_field
        la      a0, key_vmrss
        call    proc_status_kb
        la      a0, key_vmrss
        call    proc_status_kb
        mv      s2, a0

        li      a0, 0                   # mmap(NULL, 8 MiB, RW, MAP_FLAGS, -1, 0)
        li      a1, MAPSIZE
        li      a2, 3
        li      a3, MAP_FLAGS
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        mv      s0, a0
        bltz    a0, mmap_failed
        la      a0, msg_mapped
        call    print_str

        li      a0, 10
        call    proc_stat_field
        mv      s1, a0
        mv      t1, s0                  # one store into every 4 KiB page
        li      t0, 0
        li      t2, NPAGES
        li      t3, 4096
touch_loop:
        sb      t2, 0(t1)
        add     t1, t1, t3
        addi    t0, t0, 1
        blt     t0, t2, touch_loop
        li      a0, 10
        call    proc_stat_field
        sub     a1, a0, s1
        la      a0, msg_faults
        call    print_kv

        la      a0, key_vmrss
        call    proc_status_kb
        sub     a0, a0, s2
        mv      s1, a0
        la      a0, msg_rss
        call    print_str
        mv      a0, s1
        call    print_dec
        la      a0, msg_kb_nl
        call    print_str
        la      a0, key_hugetlb
        call    proc_status_kb
        mv      s1, a0
        la      a0, msg_hugetlb
        call    print_str
        mv      a0, s1
        call    print_dec
        la      a0, msg_kb_nl
        call    print_str

        li      a0, 0
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        addi    sp, sp, 48
        ret

mmap_failed:                            # print the error number and exit(1)
        la      a0, msg_mmap_failed
        call    print_str
        mv      a0, s0
        call    print_dec
        la      a0, msg_nl
        call    print_str
        li      a0, 1
        call    sys_exit

        .data
key_vmrss:      .asciz "VmRSS"
key_hugetlb:    .asciz "HugetlbPages"
msg_mapped:     .asciz "mmap of 8 MiB with MAP_HUGETLB: ok\n"
msg_mmap_failed: .asciz "mmap of 8 MiB with MAP_HUGETLB failed: "
msg_faults:     .asciz "minor faults for 2048 stores: "
msg_rss:        .asciz "VmRSS grew by "
msg_hugetlb:    .asciz "HugetlbPages: "
msg_kb_nl:      .asciz " kB\n"
msg_nl:         .asciz "\n"

        .include "lib/runtime.s"
