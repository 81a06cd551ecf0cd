# programs/libc/crt0.s -- generated from crt0.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o crt0.s crt0.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"crt0.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
#APP
	    .text
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    lla gp, __global_pointer$
    .option pop
    mv a0, sp
    andi sp, sp, -16
    call __libc_start
    .size _start, .-_start

#NO_APP
	.align	1
	.globl	__libc_start
	.type	__libc_start, @function
__libc_start:
	mv	a1,a0
	lw	a0,0(a0)
	addi	a1,a1,8
	addi	sp,sp,-16
	addi	a5,a0,1
	slli	a5,a5,3
	add	a5,a1,a5
	mv	a2,a5
	sd	ra,8(sp)
	sd	a5,environ,a4
	call	main
	call	exit
	.size	__libc_start, .-__libc_start
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
