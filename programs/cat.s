# cat -- print files, or standard input when no file is named.
#
#   pagelab run programs/cat.s /proc/self/maps      shows cat's own memory map
#   pagelab run programs/cat.s FILE...              prints each FILE in turn
#   echo hi | pagelab run programs/cat.s            copies standard input
#
# Expected output: the bytes of each file, unchanged.  A file that cannot be opened gives
# "cat: FILE: cannot open (errno N)" on standard error, the others are still printed, and the
# exit status is 1 (0 when everything was printed).  Like GNU cat, a read is a plain read(2) of
# up to 4096 bytes, so a /proc file is one snapshot per open.

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
        bgt     s0, t0, cat_files
        li      a0, 0                   # no arguments: standard input
        call    copy_fd
        bltz    a0, cat_fail_stdin
        j       cat_done
cat_fail_stdin:
        li      s3, 1
        j       cat_done
cat_files:
        li      s2, 1                   # argument index
cat_next:
        bge     s2, s0, cat_done
        slli    t0, s2, 3
        add     t0, s1, t0
        ld      a0, 0(t0)               # argv[i]
        li      a1, 0                   # O_RDONLY
        li      a2, 0
        call    sys_open
        bltz    a0, cat_open_failed
        sd      a0, 0(sp)               # fd
        call    copy_fd
        bgez    a0, cat_close
        li      s3, 1
cat_close:
        ld      a0, 0(sp)
        call    sys_close
        addi    s2, s2, 1
        j       cat_next
cat_open_failed:
        neg     a0, a0
        sd      a0, 0(sp)               # errno
        la      a0, msg_prefix
        call    eprint_str
        slli    t0, s2, 3
        add     t0, s1, t0
        ld      a0, 0(t0)
        call    eprint_str
        la      a0, msg_cannot_open
        call    eprint_str
        li      a0, 2
        ld      a1, 0(sp)
        call    fprint_dec
        la      a0, msg_close
        call    eprint_str
        li      s3, 1
        addi    s2, s2, 1
        j       cat_next
cat_done:
        mv      a0, s3
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        ld      s3, 8(sp)
        addi    sp, sp, 48
        ret

# copy_fd(fd) -> 0 at end of file, or -errno
copy_fd:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        sd      s0, 0(sp)
        mv      s0, a0
copy_fd_loop:
        mv      a0, s0
        la      a1, cat_buffer
        li      a2, 4096
        call    sys_read
        blez    a0, copy_fd_out
        mv      a2, a0
        la      a1, cat_buffer
        li      a0, 1
        call    write_all
        bltz    a0, copy_fd_out
        j       copy_fd_loop
copy_fd_out:
        ld      ra, 8(sp)
        ld      s0, 0(sp)
        addi    sp, sp, 16
        ret

        .data
msg_prefix:
        .asciz  "cat: "
msg_cannot_open:
        .asciz  ": cannot open (errno "
msg_close:
        .asciz  ")\n"

        .bss
        .align  4
cat_buffer:
        .space  4096

        .include "lib/runtime.s"
