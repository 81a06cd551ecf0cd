# crash -- a store to an unmapped address with no handler installed: the default action of
# SIGSEGV kills the process.
#
#   pagelab run programs/crash.s
#
# Expected output:
#   storing to address 0x0 ...
# then nothing more from the program: the process dies of SIGSEGV.  `pagelab run` reports
# "Segmentation fault (core dumped)" and exits with status 139 (128 + 11), as a shell would.

        .text
        .globl main
main:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        la      a0, msg
        call    print_str
        li      t0, 0
        li      t1, 1
        sd      t1, 0(t0)               # SIGSEGV, si_code SEGV_MAPERR, si_addr 0
        la      a0, msg_survived
        call    print_str
        li      a0, 0
        ld      ra, 8(sp)
        addi    sp, sp, 16
        ret

        .data
msg:            .asciz "storing to address 0x0 ...\n"
msg_survived:   .asciz "still alive?\n"

        .include "lib/runtime.s"
