# hello -- the smallest complete program: one write(2), then exit_group(0).
#
#   pagelab run programs/hello.s
#
# Expected output:
#   Hello, world!
# and exit status 0.  It uses no runtime library: the two system calls are made directly.

        .text
        .globl _start
_start:
        li      a0, 1                   # fd 1: standard output
        la      a1, message
        li      a2, 14                  # length of the message
        li      a7, 64                  # write
        ecall
        li      a0, 0
        li      a7, 94                  # exit_group
        ecall

        .data
message:
        .ascii  "Hello, world!\n"
