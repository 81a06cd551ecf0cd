# segv -- a SIGSEGV handler learns why and where a memory access failed.
#
#   pagelab run programs/segv.s
#
# The program installs a handler with SA_SIGINFO, then makes two bad stores.  The handler prints
# the signal number, si_code and si_addr from the siginfo_t (offsets 0, 8 and 16) and resumes
# the program at a recovery point by rewriting the saved pc in the ucontext
# (uc_mcontext.sc_regs.pc, at offset 176 of the ucontext).
#
# Expected output:
#   store to 0x10 (nothing is mapped there)
#   caught signal 11, si_code 1 (SEGV_MAPERR), si_addr 0x10
#   store to a read-only page
#   caught signal 11, si_code 2 (SEGV_ACCERR), si_addr is the page: yes
#   done
# and exit status 0.

        .equ SIGSEGV, 11
        .equ SA_SIGINFO, 4

        .text
        .globl main
main:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        la      t0, handler             # struct sigaction: handler, flags, mask
        sd      t0, 8(sp)
        li      t0, SA_SIGINFO
        sd      t0, 16(sp)
        sd      zero, 24(sp)
        li      a0, SIGSEGV
        addi    a1, sp, 8
        li      a2, 0
        call    sys_rt_sigaction
        bnez    a0, failed

        la      a0, msg_first
        call    print_str
        la      t0, recover_at
        la      t1, after_first
        sd      t1, 0(t0)
        li      t2, 0x10
        sd      t2, 0(t2)               # SEGV_MAPERR
after_first:
        li      a0, 0                   # a read-only page
        li      a1, 4096
        li      a2, 1                   # PROT_READ
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        la      t0, ro_page
        sd      a0, 0(t0)
        la      a0, msg_second
        call    print_str
        la      t0, recover_at
        la      t1, after_second
        sd      t1, 0(t0)
        la      t0, ro_page
        ld      t2, 0(t0)
        sd      t2, 8(t2)               # SEGV_ACCERR
after_second:
        la      a0, msg_done
        call    print_str
        li      a0, 0
        j       out
failed:
        li      a0, 1
out:
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        addi    sp, sp, 48
        ret

# handler(signo, info, ucontext)
handler:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        sd      s2, 16(sp)
        mv      s0, a1                  # info
        mv      s1, a2                  # ucontext
        mv      s2, a0
        la      a0, msg_caught
        mv      a1, s2
        call    print_str
        mv      a0, s2
        call    print_dec
        la      a0, msg_code
        call    print_str
        lw      a0, 8(s0)               # si_code
        sd      a0, 0(sp)
        call    print_dec
        ld      t0, 0(sp)
        la      a0, msg_maperr
        li      t1, 1
        beq     t0, t1, handler_code_name
        la      a0, msg_accerr
handler_code_name:
        call    print_str
        ld      t0, 16(s0)              # si_addr
        la      t1, ro_page
        ld      t1, 0(t1)
        beqz    t1, handler_print_addr
        la      a0, msg_is_page
        call    print_str
        ld      t0, 16(s0)
        la      t1, ro_page
        ld      t1, 0(t1)
        addi    t1, t1, 8
        la      a0, msg_yes
        beq     t0, t1, handler_answer
        la      a0, msg_no
handler_answer:
        call    print_str
        j       handler_resume
handler_print_addr:
        la      a0, msg_addr
        call    print_str
        ld      a0, 16(s0)
        call    print_hex
        call    print_nl
handler_resume:
        la      t0, recover_at          # resume at the recovery point
        ld      t0, 0(t0)
        sd      t0, 176(s1)             # uc_mcontext.sc_regs.pc
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        addi    sp, sp, 48
        ret

        .data
msg_first:      .asciz "store to 0x10 (nothing is mapped there)\n"
msg_second:     .asciz "store to a read-only page\n"
msg_caught:     .asciz "caught signal "
msg_code:       .asciz ", si_code "
msg_maperr:     .asciz " (SEGV_MAPERR)"
msg_accerr:     .asciz " (SEGV_ACCERR)"
msg_addr:       .asciz ", si_addr "
msg_is_page:    .asciz ", si_addr is the page: "
msg_yes:        .asciz "yes\n"
msg_no:         .asciz "no\n"
msg_done:       .asciz "done\n"
        .align  3
recover_at:     .dword 0
ro_page:        .dword 0

        .include "lib/runtime.s"
