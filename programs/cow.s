# cow -- fork and copy-on-write: after fork, parent and child share pages until one writes.
#
#   pagelab run programs/cow.s
#
# `value` sits alone on its own data page.  The child writes to it: that first write is a
# copy-on-write fault (one minor fault, counted from /proc/self/stat field 10 just before and just
# after the store), and gives the child its own copy.  The parent, waiting meanwhile, still reads
# the old value.
#
# Expected output:
#   parent: value = 42
#   child: value = 42, writing 99
#   child: value = 99
#   child: minor faults for the write: 1
#   parent: child exited with status 0
#   parent: value = 42

        .text
        .globl main
main:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        la      a0, msg_parent_value
        la      t0, value
        ld      a1, 0(t0)
        call    print_kv
        call    sys_fork
        bltz    a0, fork_failed
        beqz    a0, child
        mv      s0, a0                  # child's pid
        mv      a0, s0
        mv      a1, sp                  # status word at 0(sp)
        li      a2, 0
        li      a3, 0
        call    sys_wait4
        lw      t0, 0(sp)
        srli    a1, t0, 8
        andi    a1, a1, 255
        la      a0, msg_child_status
        call    print_kv
        la      a0, msg_parent_value
        la      t0, value
        ld      a1, 0(t0)
        call    print_kv
        li      a0, 0
        j       main_out
fork_failed:
        la      a0, msg_fork_failed
        call    print_str
        li      a0, 1
main_out:
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

child:
        la      a0, msg_child_value
        call    print_str
        la      t0, value
        ld      a0, 0(t0)
        call    print_dec
        la      a0, msg_writing
        call    print_str
        li      a0, 10                  # warm up twice: the stack and the buffer pages that
        call    proc_stat_field         # reading /proc needs get their own copies now
        li      a0, 10
        call    proc_stat_field
        li      a0, 10
        call    proc_stat_field
        mv      s0, a0                  # faults before the store
        la      t0, value
        li      t1, 99
        sd      t1, 0(t0)               # the copy-on-write fault
        li      a0, 10
        call    proc_stat_field
        sub     s1, a0, s0
        la      a0, msg_child_now
        la      t0, value
        ld      a1, 0(t0)
        call    print_kv
        la      a0, msg_child_faults
        mv      a1, s1
        call    print_kv
        li      a0, 0
        call    exit

        .data
msg_parent_value:   .asciz "parent: value = "
msg_child_value:    .asciz "child: value = "
msg_writing:        .asciz ", writing 99\n"
msg_child_now:      .asciz "child: value = "
msg_child_faults:   .asciz "child: minor faults for the write: "
msg_child_status:   .asciz "parent: child exited with status "
msg_fork_failed:    .asciz "fork failed\n"
        .align  12
value:
        .dword  42
        .space  4088                    # value's page holds nothing else

        .include "lib/runtime.s"
