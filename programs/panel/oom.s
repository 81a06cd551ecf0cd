# oom -- touch more anonymous memory than the machine has: the OOM killer ends the process
#
#   pagelab run --mem 16M programs/panel/oom.s            # "Killed", exit status 137
#   pagelab run --mem 16M --dmesg programs/panel/oom.s    # Linux's "Out of memory" lines
#   pagelab panel --mem 16M programs/panel/oom.s
#   pagelab run --mem 16M --swap 64M programs/panel/oom.s   # with swap it survives: 64 MiB touched
#
# 64 MiB are mapped with MAP_NORESERVE (so overcommit accounting lets the mmap succeed, as on
# Linux), then written page by page; a line is printed every 1024 pages (4 MiB).  With 16 MiB of
# RAM and no swap, a page fault finds no free frame: the kernel's OOM killer picks this process
# (the only one) and kills it with SIGKILL.
#
# Expected output for `oom`:
#   touched 4 MiB
#   touched 8 MiB
#   touched 12 MiB
# and then "Killed" from pagelab run, exit status 137 (with --mem 16M).
# With --swap 64M the same run goes on to "touched 64 MiB" and exits with status 0: reclaim
# writes the older anonymous pages to swap (VmSwap grows) instead of killing.

        .equ NPAGES, 16384              # 64 MiB
        .equ REPORT, 1024               # pages between two lines

        .text
        .globl main
main:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        li      a0, 0                   # mmap(NULL, 64 MiB, RW, PRIVATE|ANONYMOUS|NORESERVE)
        li      a1, NPAGES * 4096
        li      a2, 3
        li      a3, 0x4022
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        bltz    a0, failed
        mv      s0, a0                  # next page
        li      s1, 0                   # pages touched
1:      sb      s1, 0(s0)
        li      t0, 4096
        add     s0, s0, t0
        addi    s1, s1, 1
        li      t0, REPORT - 1
        and     t0, s1, t0
        bnez    t0, 2f
        la      a0, msg_touched
        call    print_str
        srli    a0, s1, 8               # pages / 256 = MiB
        call    print_dec
        la      a0, msg_mib
        call    print_str
2:      li      t0, NPAGES
        blt     s1, t0, 1b
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
msg_touched:    .asciz "touched "
msg_mib:        .asciz " MiB\n"
msg_failed:     .asciz "mmap failed\n"

        .include "../lib/runtime.s"
