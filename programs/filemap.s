# filemap -- a file mapped into memory is read and written with plain loads and stores.
#
#   pagelab run programs/filemap.s           the /tmp demonstration below
#   pagelab run programs/filemap.s FILE      map FILE read-only and show its first bytes
#
# Without an argument: write a line to /tmp/filemap.txt, map the file MAP_SHARED, print the
# mapping's bytes, store 'H' over the first byte through the mapping, unmap (which writes the page
# back), and read the file again with read(2).  The file is removed at the end.
#
# Expected output without an argument:
#   wrote 25 bytes to /tmp/filemap.txt
#   through the mapping: hello from a mapped file
#   read() after a store through the mapping: Hello from a mapped file
#
# With FILE (e.g. /bin/cat), one line: its size and first four bytes, e.g.
#   /bin/cat: 6120 bytes, starts with 7f 45 4c 46

        .equ O_RDWR, 2
        .equ O_CREAT, 0x40
        .equ O_TRUNC, 0x200
        .equ MAP_SHARED, 1

        .text
        .globl main
main:
        addi    sp, sp, -192
        sd      ra, 184(sp)
        sd      s0, 176(sp)
        sd      s1, 168(sp)
        sd      s2, 160(sp)
        li      t0, 2
        bge     a0, t0, map_argument

        la      a0, path                # create and fill the file
        li      a1, O_RDWR | O_CREAT | O_TRUNC
        li      a2, 0644
        call    sys_open
        bltz    a0, failed
        mv      s0, a0
        la      a0, text
        call    strlen
        mv      s1, a0                  # length
        mv      a0, s0
        la      a1, text
        mv      a2, s1
        call    write_all
        la      a0, msg_wrote
        mv      a1, s1
        call    print_str
        mv      a0, s1
        call    print_dec
        la      a0, msg_to
        call    print_str

        li      a0, 0                   # mmap(NULL, len, RW, MAP_SHARED, fd, 0)
        mv      a1, s1
        li      a2, 3
        li      a3, MAP_SHARED
        mv      a4, s0
        li      a5, 0
        call    sys_mmap
        li      t0, -4096
        bgeu    a0, t0, failed
        mv      s2, a0
        la      a0, msg_mapped
        call    print_str
        li      a0, 1
        mv      a1, s2
        mv      a2, s1
        call    write_all

        li      t0, 72                  # 'H'
        sb      t0, 0(s2)
        mv      a0, s2
        mv      a1, s1
        call    sys_munmap

        mv      a0, s0                  # read it back with read(2)
        li      a1, 0
        li      a2, 0
        call    sys_lseek
        mv      a0, s0
        addi    a1, sp, 0
        li      a2, 100
        call    sys_read
        mv      s1, a0
        la      a0, msg_read
        call    print_str
        li      a0, 1
        addi    a1, sp, 0
        mv      a2, s1
        call    write_all
        mv      a0, s0
        call    sys_close
        li      a0, -100                # unlinkat(AT_FDCWD, path, 0)
        la      a1, path
        li      a2, 0
        li      a7, 35
        ecall
        li      a0, 0
        j       out

map_argument:
        ld      s1, 8(a1)               # argv[1]
        mv      a0, s1
        li      a1, 0
        li      a2, 0
        call    sys_open
        bltz    a0, failed
        mv      s0, a0
        mv      a0, s0
        addi    a1, sp, 0               # struct stat (128 bytes)
        call    sys_fstat
        ld      s2, 48(sp)              # st_size
        li      a0, 0
        mv      a1, s2
        li      a2, 1                   # PROT_READ
        li      a3, 2                   # MAP_PRIVATE
        mv      a4, s0
        li      a5, 0
        call    sys_mmap
        li      t0, -4096
        bgeu    a0, t0, failed
        sd      a0, 128(sp)
        mv      a0, s1
        call    print_str
        la      a0, msg_colon
        call    print_str
        mv      a0, s2
        call    print_dec
        la      a0, msg_starts
        call    print_str
        li      s1, 0
bytes_loop:
        ld      t0, 128(sp)
        add     t0, t0, s1
        lbu     a0, 0(t0)
        call    print_byte_hex
        addi    s1, s1, 1
        li      t0, 4
        bge     s1, t0, bytes_done
        li      a0, 32
        call    print_char
        j       bytes_loop
bytes_done:
        call    print_nl
        li      a0, 0
        j       out

failed:
        la      a0, msg_failed
        call    eprint_str
        li      a0, 1
out:
        ld      ra, 184(sp)
        ld      s0, 176(sp)
        ld      s1, 168(sp)
        ld      s2, 160(sp)
        addi    sp, sp, 192
        ret

# print_byte_hex(b): two lowercase hex digits
print_byte_hex:
        addi    sp, sp, -16
        sd      ra, 8(sp)
        la      t2, digits
        srli    t0, a0, 4
        andi    t0, t0, 15
        add     t0, t0, t2
        lbu     t0, 0(t0)
        sb      t0, 0(sp)
        andi    t1, a0, 15
        add     t1, t1, t2
        lbu     t1, 0(t1)
        sb      t1, 1(sp)
        li      a0, 1
        mv      a1, sp
        li      a2, 2
        call    write_all
        ld      ra, 8(sp)
        addi    sp, sp, 16
        ret

        .data
path:           .asciz "/tmp/filemap.txt"
text:           .asciz "hello from a mapped file\n"
msg_wrote:      .asciz "wrote "
msg_to:         .asciz " bytes to /tmp/filemap.txt\n"
msg_mapped:     .asciz "through the mapping: "
msg_read:       .asciz "read() after a store through the mapping: "
msg_colon:      .asciz ": "
msg_starts:     .asciz " bytes, starts with "
msg_failed:     .asciz "filemap: a system call failed\n"
digits:         .ascii "0123456789abcdef"

        .include "lib/runtime.s"
