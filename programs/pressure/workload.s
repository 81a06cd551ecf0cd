# workload -- a working set bigger than RAM, for comparing page-replacement policies.
#
#   pagelab run --mem 4M --swap 16M programs/pressure/workload.s
#   pagelab bench policies programs/pressure/workload.s --mem 4M --swap 16M
#
# Maps 6 MiB of anonymous memory (1536 pages), writes every page, then loops over all of
# them three more times (the cyclic pattern that defeats FIFO, CLOCK and LRU: the page they
# evict is always the next one needed), then makes 6000 accesses at pseudo-random pages (a
# fixed linear congruential generator, so every run is the same), and finally checks that every
# page still holds what was written into it.  With 4 MiB of RAM most of the set lives in swap.
#
# Expected output:
#   workload: 1536 pages, 4 passes and 3000 random accesses, contents ok

        .equ NPAGES, 1536
        .equ MAPSIZE, 6291456
        .equ PASSES, 3
        .equ RANDOM, 3000

        .text
        .globl _start
_start:
        li      a0, 0                   # mmap(NULL, MAPSIZE, RW, PRIVATE|ANONYMOUS, -1, 0)
        li      a1, MAPSIZE
        li      a2, 3
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        li      a7, 222
        ecall
        blt     a0, zero, fail
        mv      s0, a0                  # base
        li      s1, NPAGES
        li      s4, 4096
        # pass 0: write the page number into each page
        li      t0, 0
1:      mul     t1, t0, s4
        add     t1, t1, s0
        sd      t0, 0(t1)
        addi    t0, t0, 1
        blt     t0, s1, 1b
        # passes 1..PASSES: read each page, add NPAGES, write it back
        li      s2, PASSES
2:      li      t0, 0
3:      mul     t1, t0, s4
        add     t1, t1, s0
        ld      t2, 0(t1)
        add     t2, t2, s1
        sd      t2, 0(t1)
        addi    t0, t0, 1
        blt     t0, s1, 3b
        addi    s2, s2, -1
        bnez    s2, 2b
        # random phase: x = x * 1103515245 + 12345 (mod 2^31); page = (x >> 8) mod NPAGES; read it
        li      s2, RANDOM
        li      s3, 42
        li      t4, 1103515245
        li      t5, 0x7fffffff
        li      t6, 12345
4:      mul     s3, s3, t4
        add     s3, s3, t6
        and     s3, s3, t5
        srli    t0, s3, 8
        remu    t0, t0, s1
        mul     t1, t0, s4
        add     t1, t1, s0
        ld      t2, 0(t1)
        addi    s2, s2, -1
        bnez    s2, 4b
        # check: page i holds i + PASSES * NPAGES
        li      t0, 0
        li      t3, PASSES
        mul     t3, t3, s1
5:      mul     t1, t0, s4
        add     t1, t1, s0
        ld      t2, 0(t1)
        add     t5, t0, t3
        bne     t2, t5, fail
        addi    t0, t0, 1
        blt     t0, s1, 5b
        li      a0, 1
        la      a1, msg_ok
        li      a2, 69
        li      a7, 64
        ecall
        li      a0, 0
        li      a7, 93
        ecall
fail:
        li      a0, 1
        la      a1, msg_bad
        li      a2, 25
        li      a7, 64
        ecall
        li      a0, 1
        li      a7, 93
        ecall

        .section .rodata
msg_ok: .ascii "workload: 1536 pages, 4 passes and 3000 random accesses, contents ok\n"
msg_bad: .ascii "workload: WRONG CONTENTS\n"
