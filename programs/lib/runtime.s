# programs/lib/runtime.s -- the small runtime every pagelab guest program shares.
#
# Use:  .include "lib/runtime.s"   at the end of a program that defines `main`
#       (paths are relative to the including file; with GNU as pass `-I programs`).
#
# Process start-up (`_start`): Linux leaves argc at 0(sp), argv at 8(sp), envp after argv's NULL
# (riscv-abi-and-mmu.md §10.5).  `_start` calls  main(argc, argv, envp)  and passes its return
# value to exit_group.
#
# Calling convention: the standard RISC-V psABI (arguments a0..a7, result a0, s0..s11 preserved).
# System-call wrappers return the kernel's raw result: a negative value is -errno.
#
# Contents
#   start-up      _start, exit, environ
#   syscalls      sys_read sys_write sys_openat sys_open sys_close sys_lseek sys_fstat sys_pipe2
#                 sys_dup sys_dup3 sys_getpid sys_getppid sys_fork sys_wait4 sys_kill sys_brk
#                 sys_mmap sys_munmap sys_mprotect sys_rt_sigaction sys_execve sys_exit
#   strings       strlen memcpy memset strcmp starts_with
#   output        print_str eprint_str fprint_str print_char print_nl print_dec print_udec
#                 print_hex fprint_dec print_kv write_all
#   input         read_file parse_dec
#   /proc         proc_status_kb (a "Name:  123 kB" field of /proc/self/status)
#                 proc_stat_field (field n of /proc/self/stat)
#   memory        malloc (a bump allocator on brk; large blocks from mmap), free (does nothing)

        .equ SYS_getcwd, 17
        .equ SYS_dup, 23
        .equ SYS_dup3, 24
        .equ SYS_openat, 56
        .equ SYS_close, 57
        .equ SYS_pipe2, 59
        .equ SYS_lseek, 62
        .equ SYS_read, 63
        .equ SYS_write, 64
        .equ SYS_fstat, 80
        .equ SYS_exit, 93
        .equ SYS_exit_group, 94
        .equ SYS_kill, 129
        .equ SYS_rt_sigaction, 134
        .equ SYS_getpid, 172
        .equ SYS_getppid, 173
        .equ SYS_brk, 214
        .equ SYS_munmap, 215
        .equ SYS_clone, 220
        .equ SYS_execve, 221
        .equ SYS_mmap, 222
        .equ SYS_mprotect, 226
        .equ SYS_wait4, 260

        .equ AT_FDCWD, -100
        .equ O_RDONLY, 0
        .equ PROT_READ, 1
        .equ PROT_WRITE, 2
        .equ MAP_PRIVATE, 2
        .equ MAP_ANONYMOUS, 0x20
        .equ SIGCHLD, 17

        .text

# --- start-up -----------------------------------------------------------------------------------
        .globl _start
_start:
        ld      a0, 0(sp)               # argc
        addi    a1, sp, 8               # argv
        slli    t0, a0, 3
        add     a2, a1, t0
        addi    a2, a2, 8               # envp = argv + 8 * (argc + 1)
        la      t0, environ
        sd      a2, 0(t0)
        call    main
        # fall through: exit(main's result)

# exit(code): end the whole process (exit_group).  Never returns.
        .globl exit
exit:
        li      a7, SYS_exit_group
        ecall
        j       exit

# --- system-call wrappers (arguments as the kernel takes them) ----------------------------------
        .globl sys_read
sys_read:
        li      a7, SYS_read
        ecall
        ret

        .globl sys_write
sys_write:
        li      a7, SYS_write
        ecall
        ret

        .globl sys_openat
sys_openat:                             # (dirfd, path, flags, mode)
        li      a7, SYS_openat
        ecall
        ret

        .globl sys_open
sys_open:                               # (path, flags, mode): openat(AT_FDCWD, ...)
        mv      a3, a2
        mv      a2, a1
        mv      a1, a0
        li      a0, AT_FDCWD
        li      a7, SYS_openat
        ecall
        ret

        .globl sys_close
sys_close:
        li      a7, SYS_close
        ecall
        ret

        .globl sys_lseek
sys_lseek:
        li      a7, SYS_lseek
        ecall
        ret

        .globl sys_fstat
sys_fstat:
        li      a7, SYS_fstat
        ecall
        ret

        .globl sys_pipe2
sys_pipe2:
        li      a7, SYS_pipe2
        ecall
        ret

        .globl sys_dup
sys_dup:
        li      a7, SYS_dup
        ecall
        ret

        .globl sys_dup3
sys_dup3:
        li      a7, SYS_dup3
        ecall
        ret

        .globl sys_getpid
sys_getpid:
        li      a7, SYS_getpid
        ecall
        ret

        .globl sys_getppid
sys_getppid:
        li      a7, SYS_getppid
        ecall
        ret

# sys_fork(): clone(SIGCHLD, 0, 0, 0, 0) -- the child gets 0, the parent the child's pid.
        .globl sys_fork
sys_fork:
        li      a0, SIGCHLD
        li      a1, 0
        li      a2, 0
        li      a3, 0
        li      a4, 0
        li      a7, SYS_clone
        ecall
        ret

        .globl sys_wait4
sys_wait4:                              # (pid, &status, options, &rusage)
        li      a7, SYS_wait4
        ecall
        ret

        .globl sys_kill
sys_kill:
        li      a7, SYS_kill
        ecall
        ret

        .globl sys_brk
sys_brk:
        li      a7, SYS_brk
        ecall
        ret

        .globl sys_mmap
sys_mmap:                               # (addr, len, prot, flags, fd, offset)
        li      a7, SYS_mmap
        ecall
        ret

        .globl sys_munmap
sys_munmap:
        li      a7, SYS_munmap
        ecall
        ret

        .globl sys_mprotect
sys_mprotect:
        li      a7, SYS_mprotect
        ecall
        ret

        .globl sys_rt_sigaction
sys_rt_sigaction:                       # (sig, &act, &oldact, 8)
        li      a3, 8
        li      a7, SYS_rt_sigaction
        ecall
        ret

        .globl sys_execve
sys_execve:
        li      a7, SYS_execve
        ecall
        ret

# sys_exit(code): end only the calling thread (the process, for pagelab's single threads).
        .globl sys_exit
sys_exit:
        li      a7, SYS_exit
        ecall
        ret

# --- strings ------------------------------------------------------------------------------------
# strlen(s) -> number of bytes before the NUL
        .globl strlen
strlen:
        mv      t0, a0
strlen_loop:
        lbu     t1, 0(t0)
        beqz    t1, strlen_done
        addi    t0, t0, 1
        j       strlen_loop
strlen_done:
        sub     a0, t0, a0
        ret

# memcpy(dst, src, n) -> dst
        .globl memcpy
memcpy:
        mv      t0, a0
memcpy_loop:
        beqz    a2, memcpy_done
        lbu     t1, 0(a1)
        sb      t1, 0(t0)
        addi    a1, a1, 1
        addi    t0, t0, 1
        addi    a2, a2, -1
        j       memcpy_loop
memcpy_done:
        ret

# memset(dst, byte, n) -> dst
        .globl memset
memset:
        mv      t0, a0
memset_loop:
        beqz    a2, memset_done
        sb      a1, 0(t0)
        addi    t0, t0, 1
        addi    a2, a2, -1
        j       memset_loop
memset_done:
        ret

# strcmp(a, b) -> <0, 0, >0
        .globl strcmp
strcmp:
        lbu     t0, 0(a0)
        lbu     t1, 0(a1)
        bne     t0, t1, strcmp_diff
        beqz    t0, strcmp_diff
        addi    a0, a0, 1
        addi    a1, a1, 1
        j       strcmp
strcmp_diff:
        sub     a0, t0, t1
        ret

# starts_with(s, prefix) -> 1 if s begins with prefix, else 0
        .globl starts_with
starts_with:
        lbu     t1, 0(a1)
        beqz    t1, starts_with_yes
        lbu     t0, 0(a0)
        bne     t0, t1, starts_with_no
        addi    a0, a0, 1
        addi    a1, a1, 1
        j       starts_with
starts_with_yes:
        li      a0, 1
        ret
starts_with_no:
        li      a0, 0
        ret

# --- output -------------------------------------------------------------------------------------
# write_all(fd, buf, n) -> n, or -errno: writes until everything is out (pipes may take less).
        .globl write_all
write_all:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        sd      s2, 16(sp)
        sd      s3, 8(sp)
        mv      s0, a0
        mv      s1, a1
        mv      s2, a2
        mv      s3, a2                  # total, for the result
write_all_loop:
        beqz    s2, write_all_done
        mv      a0, s0
        mv      a1, s1
        mv      a2, s2
        li      a7, SYS_write
        ecall
        bltz    a0, write_all_out
        add     s1, s1, a0
        sub     s2, s2, a0
        j       write_all_loop
write_all_done:
        mv      a0, s3
write_all_out:
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        ld      s3, 8(sp)
        addi    sp, sp, 48
        ret

# fprint_str(fd, s): write the NUL-terminated string s to fd
        .globl fprint_str
fprint_str:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        mv      s0, a0
        mv      s1, a1
        mv      a0, a1
        call    strlen
        mv      a2, a0
        mv      a1, s1
        mv      a0, s0
        call    write_all
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

# print_str(s): to standard output
        .globl print_str
print_str:
        mv      a1, a0
        li      a0, 1
        j       fprint_str

# eprint_str(s): to standard error
        .globl eprint_str
eprint_str:
        mv      a1, a0
        li      a0, 2
        j       fprint_str

# print_char(c)
        .globl print_char
print_char:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        sb      a0, 0(sp)
        li      a0, 1
        mv      a1, sp
        li      a2, 1
        call    write_all
        ld      ra, 8(sp)
        addi    sp, sp, 16
        ret

# print_nl()
        .globl print_nl
print_nl:
        li      a0, 10
        j       print_char

# fprint_udec(fd, value): unsigned decimal
        .globl fprint_udec
fprint_udec:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        addi    t0, sp, 32              # digits are built backwards from sp+32
        li      t2, 10
fprint_udec_loop:
        remu    t1, a1, t2
        divu    a1, a1, t2
        addi    t1, t1, 48
        addi    t0, t0, -1
        sb      t1, 0(t0)
        bnez    a1, fprint_udec_loop
        mv      a1, t0
        addi    a2, sp, 32
        sub     a2, a2, t0
        call    write_all
        ld      ra, 40(sp)
        addi    sp, sp, 48
        ret

# fprint_dec(fd, value): signed decimal
        .globl fprint_dec
fprint_dec:
        bgez    a1, fprint_udec
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        mv      s0, a0
        mv      s1, a1
        li      t0, 45                  # '-'
        sb      t0, 0(sp)
        mv      a1, sp
        li      a2, 1
        call    write_all
        mv      a0, s0
        neg     a1, s1
        call    fprint_udec
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

# print_dec(value) / print_udec(value): to standard output
        .globl print_dec
print_dec:
        mv      a1, a0
        li      a0, 1
        j       fprint_dec

        .globl print_udec
print_udec:
        mv      a1, a0
        li      a0, 1
        j       fprint_udec

# print_hex(value): "0x" and lowercase hex digits, no leading zeros (0 prints "0x0")
        .globl print_hex
print_hex:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        addi    t0, sp, 32
        la      t3, hex_digits
print_hex_loop:
        andi    t1, a0, 15
        add     t1, t1, t3
        lbu     t1, 0(t1)
        addi    t0, t0, -1
        sb      t1, 0(t0)
        srli    a0, a0, 4
        bnez    a0, print_hex_loop
        li      t1, 120                 # 'x'
        addi    t0, t0, -1
        sb      t1, 0(t0)
        li      t1, 48                  # '0'
        addi    t0, t0, -1
        sb      t1, 0(t0)
        li      a0, 1
        mv      a1, t0
        addi    a2, sp, 32
        sub     a2, a2, t0
        call    write_all
        ld      ra, 40(sp)
        addi    sp, sp, 48
        ret

# print_kv(label, value): "label" then the signed decimal value and a newline
        .globl print_kv
print_kv:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        sd      a1, 0(sp)
        call    print_str
        ld      a0, 0(sp)
        call    print_dec
        call    print_nl
        ld      ra, 8(sp)
        addi    sp, sp, 16
        ret

# --- input --------------------------------------------------------------------------------------
# read_file(path, buf, size) -> bytes read (the buffer is NUL-terminated, so at most size-1),
#                               or -errno from open/read
        .globl read_file
read_file:
        addi    sp, sp, -48
        sd      ra, 40(sp)
        sd      s0, 32(sp)
        sd      s1, 24(sp)
        sd      s2, 16(sp)
        sd      s3, 8(sp)
        mv      s1, a1                  # buf
        addi    s2, a2, -1              # room left (keep one byte for the NUL)
        li      s3, 0                   # bytes read
        li      a1, O_RDONLY
        li      a2, 0
        call    sys_open
        bltz    a0, read_file_out
        mv      s0, a0                  # fd
read_file_loop:
        beqz    s2, read_file_eof
        mv      a0, s0
        add     a1, s1, s3
        mv      a2, s2
        call    sys_read
        bltz    a0, read_file_error
        beqz    a0, read_file_eof
        add     s3, s3, a0
        sub     s2, s2, a0
        j       read_file_loop
read_file_error:
        mv      s3, a0
read_file_eof:
        mv      a0, s0
        call    sys_close
        bltz    s3, read_file_result
        add     t0, s1, s3
        sb      zero, 0(t0)
read_file_result:
        mv      a0, s3
read_file_out:
        ld      ra, 40(sp)
        ld      s0, 32(sp)
        ld      s1, 24(sp)
        ld      s2, 16(sp)
        ld      s3, 8(sp)
        addi    sp, sp, 48
        ret

# parse_dec(s) -> value of the decimal digits at s (leading spaces/tabs skipped; a '-' allowed)
#                 a1 = address of the first byte after the number
        .globl parse_dec
parse_dec:
        li      t2, 0                   # negative?
parse_dec_skip:
        lbu     t0, 0(a0)
        li      t1, 32
        beq     t0, t1, parse_dec_next
        li      t1, 9
        beq     t0, t1, parse_dec_next
        j       parse_dec_sign
parse_dec_next:
        addi    a0, a0, 1
        j       parse_dec_skip
parse_dec_sign:
        li      t1, 45
        bne     t0, t1, parse_dec_digits_start
        li      t2, 1
        addi    a0, a0, 1
parse_dec_digits_start:
        li      t3, 0
parse_dec_digits:
        lbu     t0, 0(a0)
        addi    t0, t0, -48
        li      t1, 10
        bgeu    t0, t1, parse_dec_end
        li      t1, 10
        mul     t3, t3, t1
        add     t3, t3, t0
        addi    a0, a0, 1
        j       parse_dec_digits
parse_dec_end:
        mv      a1, a0
        mv      a0, t3
        beqz    t2, parse_dec_ret
        neg     a0, a0
parse_dec_ret:
        ret

# --- /proc helpers ------------------------------------------------------------------------------
# proc_status_kb(name) -> the number on the line "name:<spaces>N kB" of /proc/self/status,
#                         or -1 if there is no such line
        .globl proc_status_kb
proc_status_kb:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        mv      s0, a0
        la      a0, path_status
        la      a1, proc_buffer
        li      a2, 4096
        call    read_file
        li      t0, -1
        bltz    a0, proc_status_missing
        la      s1, proc_buffer         # s1 = start of the current line
proc_status_line:
        lbu     t0, 0(s1)
        beqz    t0, proc_status_missing
        mv      a0, s1
        mv      a1, s0
        call    starts_with
        beqz    a0, proc_status_skip
        mv      a0, s0
        call    strlen
        add     t0, s1, a0
        lbu     t1, 0(t0)
        li      t2, 58                  # ':'
        bne     t1, t2, proc_status_skip
        addi    a0, t0, 1
        call    parse_dec
        j       proc_status_out
proc_status_skip:                       # advance s1 past the next newline
        lbu     t0, 0(s1)
        beqz    t0, proc_status_missing
        addi    s1, s1, 1
        li      t1, 10
        bne     t0, t1, proc_status_skip
        j       proc_status_line
proc_status_missing:
        li      a0, -1
proc_status_out:
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

# proc_stat_field(n) -> field n (1-based, n >= 3) of /proc/self/stat as a number, or -1
#                       (fields 10 and 12 are minflt and majflt; 23 vsize; 24 rss)
        .globl proc_stat_field
proc_stat_field:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        mv      s0, a0
        la      a0, path_stat
        la      a1, proc_buffer
        li      a2, 4096
        call    read_file
        bltz    a0, proc_stat_missing
        la      t0, proc_buffer         # find the last ')' (the comm may contain anything)
        li      t2, 0
proc_stat_scan:
        lbu     t1, 0(t0)
        beqz    t1, proc_stat_found
        li      t3, 41                  # ')'
        bne     t1, t3, proc_stat_scan_next
        mv      t2, t0
proc_stat_scan_next:
        addi    t0, t0, 1
        j       proc_stat_scan
proc_stat_found:
        beqz    t2, proc_stat_missing
        addi    t0, t2, 2               # field 3 starts after ") "
        li      t3, 3
proc_stat_field_loop:
        beq     t3, s0, proc_stat_parse
proc_stat_skip_field:
        lbu     t1, 0(t0)
        beqz    t1, proc_stat_missing
        addi    t0, t0, 1
        li      t4, 32
        bne     t1, t4, proc_stat_skip_field
        addi    t3, t3, 1
        j       proc_stat_field_loop
proc_stat_parse:
        mv      a0, t0
        call    parse_dec
        j       proc_stat_out
proc_stat_missing:
        li      a0, -1
proc_stat_out:
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        addi    sp, sp, 32
        ret

# --- memory -------------------------------------------------------------------------------------
# malloc(n) -> a 16-byte aligned block of n bytes, or 0.  Blocks of 128 KiB and more are their
# own anonymous mmap (as glibc's M_MMAP_THRESHOLD); smaller ones are carved from the heap, which
# grows with brk by multiples of 64 KiB.  free() does nothing: a teaching allocator, not a real one.
        .equ MMAP_THRESHOLD, 131072
        .globl malloc
malloc:
        addi    sp, sp, -32
        sd      ra, 24(sp)
        sd      s0, 16(sp)
        sd      s1, 8(sp)
        addi    a0, a0, 15
        andi    s0, a0, -16             # s0 = size rounded to 16
        li      t0, MMAP_THRESHOLD
        bltu    s0, t0, malloc_heap
        li      a0, 0
        mv      a1, s0
        li      a2, PROT_READ | PROT_WRITE
        li      a3, MAP_PRIVATE | MAP_ANONYMOUS
        li      a4, -1
        li      a5, 0
        call    sys_mmap
        li      t0, -4096
        bgeu    a0, t0, malloc_fail
        j       malloc_out
malloc_heap:
        la      s1, heap_state          # heap_state: current, end
        ld      t0, 0(s1)
        bnez    t0, malloc_have_heap
        li      a0, 0
        call    sys_brk
        sd      a0, 0(s1)
        sd      a0, 8(s1)
malloc_have_heap:
        ld      t0, 0(s1)
        ld      t1, 8(s1)
        add     t2, t0, s0              # new current
        bleu    t2, t1, malloc_take
        sub     a0, t2, t1              # grow the break by the missing bytes, rounded up
        li      t3, 65535               # to a multiple of 64 KiB
        add     a0, a0, t3
        li      t3, -65536
        and     a0, a0, t3
        add     a0, a0, t1
        sd      a0, 16(s1)              # wanted end
        call    sys_brk
        ld      t3, 16(s1)
        bltu    a0, t3, malloc_fail     # brk returns the old break when it fails
        sd      a0, 8(s1)
        ld      t0, 0(s1)
        add     t2, t0, s0
malloc_take:
        sd      t2, 0(s1)
        mv      a0, t0
        j       malloc_out
malloc_fail:
        li      a0, 0
malloc_out:
        ld      ra, 24(sp)
        ld      s0, 16(sp)
        ld      s1, 8(sp)
        addi    sp, sp, 32
        ret

        .globl free
free:
        ret

# --- data ---------------------------------------------------------------------------------------
        .data
hex_digits:
        .ascii  "0123456789abcdef"
path_status:
        .asciz  "/proc/self/status"
path_stat:
        .asciz  "/proc/self/stat"
        .align  3
        .globl environ
environ:
        .dword  0
heap_state:
        .dword  0, 0, 0

        .bss
        .align  4
proc_buffer:
        .space  4096
