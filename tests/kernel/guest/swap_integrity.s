# write 3000 pages (12 MiB) with their index, read them back twice; exit 0 if all match
        .equ NPAGES, 3000
        .text
        .globl _start
_start:
        li      a0, 0
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        li      a7, 222
        ecall
        mv      s0, a0
        li      t0, 0
        li      t1, NPAGES
        li      t2, 4096
        mv      t3, s0
1:      sd      t0, 0(t3)
        add     t3, t3, t2
        addi    t0, t0, 1
        blt     t0, t1, 1b
        li      s1, 2
2:      li      t0, 0
        mv      t3, s0
3:      ld      t4, 0(t3)
        bne     t4, t0, bad
        add     t3, t3, t2
        addi    t0, t0, 1
        blt     t0, t1, 3b
        addi    s1, s1, -1
        bnez    s1, 2b
        li      a0, 0
        li      a7, 94
        ecall
bad:    li      a0, 1
        li      a7, 94
        ecall
