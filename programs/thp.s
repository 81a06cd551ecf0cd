# thp -- TLB reach: the same loads over 64 MiB with 4 KiB pages, transparent huge pages or
# hugetlb pages (run it under `--stats`, or `pagelab bench huge`)
#
#   pagelab run --stats --cmdline transparent_hugepage=never  programs/thp.s   # ~65500 load misses
#   pagelab run --stats --cmdline transparent_hugepage=always programs/thp.s   # 2 load misses
#   pagelab run --stats --cmdline "hugepagesz=2M hugepages=32" programs/thp.s 2m
#   pagelab run --stats --mem 2G --cmdline "hugepagesz=1G hugepages=1" programs/thp.s 1g
#
# 64 MiB of anonymous memory is mapped at a 2 MiB boundary and one byte of each 4 KiB page
# written (the faults come first).  Then 4 passes load one word from each page, page after
# page.  With 4 KiB pages each load needs a TLB entry of its own and 16384 pages do not fit the
# data TLB: nearly every load misses and walks the page table.  With transparent huge pages
# (THP `always`: the faults map 2 MiB pages) the 64 MiB are 32 TLB entries, and the misses
# nearly vanish.  With the argument `2m` or `1g` the memory comes from the hugetlb pool of
# that size (mmap MAP_HUGETLB), which the command line must fill.
# The output is the same in every case; the TLB statistics (dtlb.load.misses) are not.
#
# Expected output:
#   thp: 4 passes over 16384 pages, sum 0

        .equ NPAGES, 16384
        .equ NPASS, 4
        .equ SIZE, 67108864             # 64 MiB
        .equ HUGE, 2097152              # 2 MiB

        .text
        .globl main
main:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)              # the 64 MiB
        sd      s1, 8(sp)               # mmap flags
        li      s1, 0x22                # MAP_PRIVATE | MAP_ANONYMOUS
        li      a2, SIZE + HUGE         # length: room to align to 2 MiB
        li      t0, 2
        blt     a0, t0, 1f              # no argument: ordinary anonymous memory
        ld      s0, 8(a1)               # argv[1]
        mv      a0, s0
        la      a1, word_2m
        call    strcmp
        li      t0, 0x54040022          # MAP_HUGETLB | MAP_HUGE_2MB | PRIVATE | ANONYMOUS
        beqz    a0, 2f
        mv      a0, s0
        la      a1, word_1g
        call    strcmp
        li      t0, 0x78040022          # MAP_HUGETLB | MAP_HUGE_1GB | PRIVATE | ANONYMOUS
        beqz    a0, 2f
        la      a0, msg_usage
        call    print_str
        li      a0, 2
        j       out
2:      mv      s1, t0
        li      a2, SIZE                # (hugetlb mappings are aligned by the kernel)
1:
        mv      a1, a2                  # mmap(NULL, len, RW, flags, -1, 0)
        li      a0, 0
        li      a2, 3
        mv      a3, s1
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        bltz    a0, failed
        li      t0, HUGE - 1            # round up to 2 MiB
        add     a0, a0, t0
        not     t0, t0
        and     s0, a0, t0

        mv      t0, s0                  # write one byte of each page: the faults first
        li      t1, NPAGES
        li      t2, 4096
3:      sb      zero, 0(t0)
        add     t0, t0, t2
        addi    t1, t1, -1
        bnez    t1, 3b

        li      a2, 0                   # sum of the loaded words (all zero)
        li      t3, NPASS
4:      mv      t0, s0                  # one pass: a load from every page, in order
        li      t1, NPAGES
5:      ld      t5, 0(t0)
        add     a2, a2, t5
        add     t0, t0, t2
        addi    t1, t1, -1
        bnez    t1, 5b
        addi    t3, t3, -1
        bnez    t3, 4b

        mv      s0, a2
        la      a0, msg_done
        call    print_str
        mv      a0, s0
        call    print_dec
        la      a0, msg_nl
        call    print_str
        li      a0, 0
        j       out
failed:
        la      a0, msg_failed
        call    print_str
        li      a0, 1
out:
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

        .section .rodata
word_2m:        .asciz "2m"
word_1g:        .asciz "1g"
msg_done:       .asciz "thp: 4 passes over 16384 pages, sum "
msg_nl:         .asciz "\n"
msg_failed:     .asciz "mmap failed\n"
msg_usage:      .asciz "usage: thp [2m|1g]\n"

        .include "lib/runtime.s"
