# tlb -- the same 32768 loads, TLB-friendly or TLB-thrashing (run it under `--stats` or the panel)
#
#   pagelab run --stats programs/panel/tlb.s friendly    # ~512 DTLB misses
#   pagelab run --stats programs/panel/tlb.s thrash      # ~32768 DTLB misses
#   pagelab panel --mem 16M programs/panel/tlb.s thrash
#
# A 2 MiB buffer (512 pages) is mapped and every page touched once (512 minor faults).  Then
# 32768 loads read one word every 64 bytes of the buffer:
#   friendly  page by page: the 64 loads of a page hit the TLB entry the first one filled;
#   thrash    word offset by word offset: each load is on a different page than the previous,
#             and 512 pages do not fit the data TLB (64 entries), so nearly every load misses.
# The output is the same; the TLB statistics (`--stats`: dtlb.load.misses) are not.
#
# Expected output for `tlb thrash`:
#   thrash: 32768 loads over 512 pages, sum 0

        .equ NPAGES, 512
        .equ WORDS, 64                  # loads per page (one every 64 bytes)

        .text
        .globl main
main:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)              # buffer
        sd      s1, 8(sp)               # 1 = thrash
        li      s1, 0
        li      t0, 2
        blt     a0, t0, 1f              # no argument: friendly
        ld      a0, 8(a1)               # argv[1]
        la      a1, word_thrash
        call    strcmp
        seqz    s1, a0
1:
        li      a0, 0                   # mmap(NULL, 2 MiB, RW, PRIVATE|ANONYMOUS, -1, 0)
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        bltz    a0, failed
        mv      s0, a0
        mv      t0, s0                  # touch every page once: the faults come first
        li      t1, NPAGES
        li      t2, 4096
2:      sb      zero, 0(t0)
        add     t0, t0, t2
        addi    t1, t1, -1
        bnez    t1, 2b

        li      a2, 0                   # sum of the loaded words (all zero)
        bnez    s1, thrash
friendly:                               # for page: for word: load
        mv      t0, s0
        li      t1, NPAGES
3:      li      t3, WORDS
        mv      t4, t0
4:      ld      t5, 0(t4)
        add     a2, a2, t5
        addi    t4, t4, 64
        addi    t3, t3, -1
        bnez    t3, 4b
        add     t0, t0, t2
        addi    t1, t1, -1
        bnez    t1, 3b
        la      a0, msg_friendly
        j       report
thrash:                                 # for word: for page: load
        li      t3, WORDS
        mv      t4, s0
5:      mv      t0, t4
        li      t1, NPAGES
6:      ld      t5, 0(t0)
        add     a2, a2, t5
        add     t0, t0, t2
        addi    t1, t1, -1
        bnez    t1, 6b
        addi    t4, t4, 64
        addi    t3, t3, -1
        bnez    t3, 5b
        la      a0, msg_thrash
report:
        mv      s0, a2
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
word_thrash:    .asciz "thrash"
msg_friendly:   .asciz "friendly: 32768 loads over 512 pages, sum "
msg_thrash:     .asciz "thrash: 32768 loads over 512 pages, sum "
msg_nl:         .asciz "\n"
msg_failed:     .asciz "mmap failed\n"

        .include "../lib/runtime.s"
