# heap -- malloc from the runtime library: small blocks come from the heap that brk grows,
# large ones from their own mmap.
#
#   pagelab run programs/heap.s
#
# The program notes the program break (brk(0)), allocates ten 1000-byte blocks, fills every byte
# with 1 and adds them up, then allocates 1 MiB.  malloc grows the break in 64 KiB steps, so the
# ten small blocks move the break once, by 65536 bytes; the 1 MiB block is above the
# 128 KiB mmap threshold and lies outside the heap.
#
# Expected output:
#   break moved by ten 1000-byte blocks: 65536
#   blocks are 16-byte aligned and 1008 bytes apart: yes
#   sum of all their bytes: 10000
#   the 1 MiB block is outside the heap: yes
#   its last byte can be written and read: yes

        .text
        .globl main
main:
        addi    sp, sp, -128
        sd      ra, 120(sp)
        sd      s0, 112(sp)
        sd      s1, 104(sp)
        sd      s2, 96(sp)
        sd      s3, 88(sp)
        li      a0, 0
        call    sys_brk
        mv      s0, a0                  # the break before
        li      s1, 0                   # block index; blocks[i] at i*8(sp)
alloc_loop:
        li      a0, 1000
        call    malloc
        slli    t0, s1, 3
        add     t0, sp, t0
        sd      a0, 0(t0)
        li      a1, 1                   # memset(block, 1, 1000)
        li      a2, 1000
        call    memset
        addi    s1, s1, 1
        li      t0, 10
        blt     s1, t0, alloc_loop

        li      a0, 0
        call    sys_brk
        sub     a1, a0, s0
        la      a0, msg_moved
        call    print_kv

        li      s2, 1                   # aligned and evenly spaced?
        li      s1, 0
check_loop:
        slli    t0, s1, 3
        add     t0, sp, t0
        ld      t1, 0(t0)
        andi    t2, t1, 15
        beqz    t2, check_aligned
        li      s2, 0
check_aligned:
        li      t2, 9
        bge     s1, t2, check_next
        ld      t3, 8(t0)
        sub     t3, t3, t1
        li      t2, 1008
        beq     t3, t2, check_next
        li      s2, 0
check_next:
        addi    s1, s1, 1
        li      t0, 10
        blt     s1, t0, check_loop
        la      a0, msg_aligned
        call    print_str
        mv      a0, s2
        call    print_yes_no

        li      s3, 0                   # sum of all bytes
        li      s1, 0
sum_blocks:
        slli    t0, s1, 3
        add     t0, sp, t0
        ld      t1, 0(t0)
        li      t2, 0
sum_bytes:
        add     t3, t1, t2
        lbu     t3, 0(t3)
        add     s3, s3, t3
        addi    t2, t2, 1
        li      t4, 1000
        blt     t2, t4, sum_bytes
        addi    s1, s1, 1
        li      t0, 10
        blt     s1, t0, sum_blocks
        la      a0, msg_sum
        mv      a1, s3
        call    print_kv

        li      a0, 1048576
        call    malloc
        mv      s1, a0
        li      a0, 0
        call    sys_brk                 # outside [start of heap, current break)?
        li      s2, 1
        bltu    s1, s0, big_outside
        bgeu    s1, a0, big_outside
        li      s2, 0
big_outside:
        la      a0, msg_outside
        call    print_str
        mv      a0, s2
        call    print_yes_no
        li      t0, 1048575
        add     t0, s1, t0
        li      t1, 77
        sb      t1, 0(t0)
        lbu     t2, 0(t0)
        li      a0, 0
        bne     t1, t2, big_answer
        li      a0, 1
big_answer:
        mv      s2, a0
        la      a0, msg_last
        call    print_str
        mv      a0, s2
        call    print_yes_no

        li      a0, 0
        ld      ra, 120(sp)
        ld      s0, 112(sp)
        ld      s1, 104(sp)
        ld      s2, 96(sp)
        ld      s3, 88(sp)
        addi    sp, sp, 128
        ret

# print_yes_no(flag): "yes\n" or "no\n"
print_yes_no:
        bnez    a0, print_yes
        la      a0, msg_no
        j       print_str
print_yes:
        la      a0, msg_yes
        j       print_str

        .data
msg_moved:      .asciz "break moved by ten 1000-byte blocks: "
msg_aligned:    .asciz "blocks are 16-byte aligned and 1008 bytes apart: "
msg_sum:        .asciz "sum of all their bytes: "
msg_outside:    .asciz "the 1 MiB block is outside the heap: "
msg_last:       .asciz "its last byte can be written and read: "
msg_yes:        .asciz "yes\n"
msg_no:         .asciz "no\n"

        .include "lib/runtime.s"
