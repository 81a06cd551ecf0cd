# hello.s - the first pagelab program: write(1, msg, len) then exit(0).
#
# Linux riscv64 system calls: a7 = number, a0..a5 = arguments, `ecall` traps to the kernel.
#   write = 64, exit = 93
#
# Expected output:
#   Hello, world!
# and exit status 0.

        .equ    SYS_write, 64
        .equ    SYS_exit, 93

        .section .rodata
msg:    .ascii  "Hello, world!\n"
        .equ    msg_len, . - msg        # known here, so `li` below can use it

        .text
        .globl  _start
_start:
        li      a0, 1                   # fd 1 = stdout
        la      a1, msg                 # buffer
        li      a2, msg_len             # length
        li      a7, SYS_write
        ecall

        li      a0, 0                   # status 0
        li      a7, SYS_exit
        ecall
