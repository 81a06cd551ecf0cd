# pipe -- a parent sends a message to its child through a pipe.
#
#   pagelab run programs/pipe.s
#
# The parent makes a pipe, forks, closes its read end and writes two lines, then closes the write
# end and waits.  The child closes its write end and reads until end of file (read returns 0 only
# once every write end is closed), then reports what it got.  The child's first read usually finds
# the pipe empty and blocks until the parent writes.
#
# Expected output:
#   child: received 33 bytes:
#   hello through a pipe
#   second line
#   parent: child exited with status 0

        .text
        .globl main
main:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        addi    a0, sp, 0               # int fds[2] at 0(sp)
        li      a1, 0
        call    sys_pipe2
        bnez    a0, failed
        call    sys_fork
        bltz    a0, failed
        beqz    a0, child
        lw      a0, 0(sp)               # parent: close the read end
        call    sys_close
        lw      a0, 4(sp)
        la      a1, line1
        li      a2, 21
        call    write_all
        lw      a0, 4(sp)
        la      a1, line2
        li      a2, 12
        call    write_all
        lw      a0, 4(sp)
        call    sys_close
        li      a0, -1
        addi    a1, sp, 8
        li      a2, 0
        li      a3, 0
        call    sys_wait4
        lw      t0, 8(sp)
        srli    a1, t0, 8
        andi    a1, a1, 255
        la      a0, msg_status
        call    print_kv
        li      a0, 0
        j       out
failed:
        li      a0, 1
out:
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        addi    sp, sp, 48
        ret

child:
        lw      a0, 4(sp)               # close the write end, or read would never see EOF
        call    sys_close
        li      s1, 0                   # bytes received
child_read:
        lw      a0, 0(sp)
        la      a1, received
        add     a1, a1, s1
        li      a2, 256
        sub     a2, a2, s1
        call    sys_read
        blez    a0, child_eof
        add     s1, s1, a0
        j       child_read
child_eof:
        la      a0, msg_received
        call    print_str
        mv      a0, s1
        call    print_dec
        la      a0, msg_bytes
        call    print_str
        li      a0, 1
        la      a1, received
        mv      a2, s1
        call    write_all
        li      a0, 0
        call    exit

        .data
line1:          .ascii "hello through a pipe\n"
line2:          .ascii "second line\n"
msg_received:   .asciz "child: received "
msg_bytes:      .asciz " bytes:\n"
msg_status:     .asciz "parent: child exited with status "

        .bss
received:       .space 256

        .include "lib/runtime.s"
