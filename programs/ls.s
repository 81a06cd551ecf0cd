# ls -- list the names in directories (getdents64), one per line.
#
#   pagelab run programs/ls.s /proc/self/fd     the descriptors ls itself has open
#   pagelab run programs/ls.s /dev /tmp         several directories, each under a "DIR:" header
#
# With no argument, the current directory.  Names come in the order the directory returns them
# (pagelab: creation order; procfs: files, then processes by pid); "." and ".." are left out.
# A path that cannot be opened as a directory gives "ls: PATH: cannot open (errno N)" on standard
# error and makes the final exit code 1.
#
# Expected output for `ls /dev`:
#   null
#   zero
#   full
#   console
#   stdin
#   stdout
#   stderr
#   fd
#   hugepages

        .equ O_DIRECTORY, 0x10000
        .equ SYS_getdents64, 61

        .text
        .globl main
main:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        sd      s2, 16(sp)
        sd      s3, 8(sp)
        mv      s0, a0                  # argc
        mv      s1, a1                  # argv
        li      s3, 0                   # exit status
        li      t0, 1
        bgt     s0, t0, ls_args
        la      a0, dot
        li      a1, 0
        call    list_dir
        mv      s3, a0
        j       ls_done
ls_args:
        li      s2, 1
ls_next:
        bge     s2, s0, ls_done
        li      t0, 2                   # with several arguments, a header per directory
        ble     s0, t0, ls_one
        slli    t0, s2, 3
        add     t0, s1, t0
        ld      a0, 0(t0)
        call    print_str
        la      a0, colon_nl
        call    print_str
ls_one:
        slli    t0, s2, 3
        add     t0, s1, t0
        ld      a0, 0(t0)
        call    list_dir
        beqz    a0, ls_ok
        li      s3, 1
ls_ok:
        addi    s2, s2, 1
        j       ls_next
ls_done:
        mv      a0, s3
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        ld      s3, 8(sp)
        addi    sp, sp, 48
        ret

# list_dir(path) -> 0, or 1 after printing an error
list_dir:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        sd      s2, 16(sp)
        sd      s3, 8(sp)
        mv      s3, a0                  # path, for the message
        li      a1, O_DIRECTORY
        li      a2, 0
        call    sys_open
        bltz    a0, list_failed
        mv      s0, a0                  # fd
list_batch:
        mv      a0, s0
        la      a1, dirent_buffer
        li      a2, 4096
        li      a7, SYS_getdents64
        ecall
        blez    a0, list_end            # 0: end of directory
        la      s1, dirent_buffer       # s1 walks the records
        add     s2, s1, a0              # s2 = end of this batch
list_record:
        bgeu    s1, s2, list_batch
        addi    a0, s1, 19              # d_name
        lbu     t0, 0(a0)               # skip "." and ".."
        li      t1, 46
        bne     t0, t1, list_print
        lbu     t0, 1(a0)
        beqz    t0, list_skip
        bne     t0, t1, list_print
        lbu     t0, 2(a0)
        beqz    t0, list_skip
list_print:
        call    print_str
        call    print_nl
list_skip:
        lhu     t0, 16(s1)              # d_reclen
        add     s1, s1, t0
        j       list_record
list_end:
        mv      a0, s0
        call    sys_close
        li      a0, 0
        j       list_out
list_failed:
        neg     a0, a0
        sd      a0, 0(sp)
        la      a0, msg_prefix
        call    eprint_str
        mv      a0, s3
        call    eprint_str
        la      a0, msg_cannot_open
        call    eprint_str
        li      a0, 2
        ld      a1, 0(sp)
        call    fprint_dec
        la      a0, msg_close
        call    eprint_str
        li      a0, 1
list_out:
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        ld      s3, 8(sp)
        addi    sp, sp, 48
        ret

        .data
dot:            .asciz "."
colon_nl:       .asciz ":\n"
msg_prefix:     .asciz "ls: "
msg_cannot_open: .asciz ": cannot open (errno "
msg_close:      .asciz ")\n"

        .bss
        .align  4
dirent_buffer:
        .space  4096

        .include "lib/runtime.s"
