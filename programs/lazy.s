# lazy -- lazy allocation: mmap reserves virtual memory at once, RAM arrives page by page.
#
#   pagelab run programs/lazy.s
#
# The program reads VmSize and VmRSS from /proc/self/status before and after mapping 64 MiB of
# anonymous memory, then after writing one byte to each of 100 pages, and counts the minor faults
# (field 10 of /proc/self/stat) that the 100 writes cost.
#
# Expected output (the absolute sizes depend on the program; the differences do not):
#   before mmap:         VmSize <a> kB, VmRSS <r> kB
#   after mmap of 64 MiB: VmSize grew by 65536 kB, VmRSS grew by 0 kB
#   after touching 100 pages: VmRSS grew by 400 kB
#   minor faults for 100 first touches: 100

        .equ NPAGES, 100
        .equ MAPSIZE, 67108864

        .text
        .globl main
main:
        addi    sp, sp, -64
        sd      ra, 56(sp)
        sd      s0, 48(sp)              # VmSize before
        sd      s1, 40(sp)              # VmRSS before
        sd      s2, 32(sp)              # the mapping
        sd      s3, 24(sp)              # faults before touching
        sd      s4, 16(sp)
        sd      s5, 8(sp)
        li      a0, 10                  # warm up: fault in everything the measurements use
        call    proc_stat_field
        la      a0, key_vmsize
        call    proc_status_kb
        la      a0, key_vmsize
        call    proc_status_kb
        mv      s0, a0
        la      a0, key_vmrss
        call    proc_status_kb
        mv      s1, a0
        la      a0, msg_before
        call    print_str
        mv      a0, s0
        call    print_dec
        la      a0, msg_kb_rss
        call    print_str
        mv      a0, s1
        call    print_dec
        la      a0, msg_kb_nl
        call    print_str

        li      a0, 0                   # mmap(NULL, 64 MiB, RW, PRIVATE|ANONYMOUS, -1, 0)
        li      a1, MAPSIZE
        li      a2, 3
        li      a3, 0x22
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        mv      s2, a0
        bltz    a0, mmap_failed         # -errno, e.g. -12 (ENOMEM) when 64 MiB > RAM + swap

        la      a0, key_vmsize
        call    proc_status_kb
        sub     s4, a0, s0
        la      a0, key_vmrss
        call    proc_status_kb
        sub     s5, a0, s1
        la      a0, msg_after_mmap
        call    print_str
        mv      a0, s4
        call    print_dec
        la      a0, msg_kb_rss_grew
        call    print_str
        mv      a0, s5
        call    print_dec
        la      a0, msg_kb_nl
        call    print_str

        la      a0, key_vmrss
        call    proc_status_kb
        mv      s1, a0
        li      a0, 10
        call    proc_stat_field
        mv      s3, a0
        li      t0, 0                   # touch pages 0 .. NPAGES-1, one store each
        mv      t1, s2
        li      t2, NPAGES
        li      t3, 4096
touch_loop:
        sb      t2, 0(t1)
        add     t1, t1, t3
        addi    t0, t0, 1
        blt     t0, t2, touch_loop
        li      a0, 10
        call    proc_stat_field
        sub     s4, a0, s3
        la      a0, key_vmrss
        call    proc_status_kb
        sub     s5, a0, s1
        la      a0, msg_after_touch
        call    print_str
        mv      a0, s5
        call    print_dec
        la      a0, msg_kb_nl
        call    print_str
        la      a0, msg_faults
        mv      a1, s4
        call    print_kv

        li      a0, 0
        ld      ra, 56(sp)
        ld      s0, 48(sp)
        ld      s1, 40(sp)
        ld      s2, 32(sp)
        ld      s3, 24(sp)
        ld      s4, 16(sp)
        ld      s5, 8(sp)
        addi    sp, sp, 64
        ret


mmap_failed:                            # print the error number and exit(1)
        la      a0, msg_mmap_failed
        call    print_str
        mv      a0, s2
        call    print_dec
        la      a0, msg_nl
        call    print_str
        li      a0, 1
        call    sys_exit

        .data
key_vmsize:     .asciz "VmSize"
key_vmrss:      .asciz "VmRSS"
msg_mmap_failed: .asciz "mmap of 64 MiB failed: "
msg_nl:         .asciz "\n"
msg_before:     .asciz "before mmap:         VmSize "
msg_kb_rss:     .asciz " kB, VmRSS "
msg_kb_nl:      .asciz " kB\n"
msg_after_mmap: .asciz "after mmap of 64 MiB: VmSize grew by "
msg_kb_rss_grew: .asciz " kB, VmRSS grew by "
msg_after_touch: .asciz "after touching 100 pages: VmRSS grew by "
msg_faults:     .asciz "minor faults for 100 first touches: "

        .include "lib/runtime.s"
