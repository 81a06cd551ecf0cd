# programs/bin/dmesg.s -- generated from dmesg.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o dmesg.s dmesg.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"dmesg.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"-r"
	.align	3
.LC1:
	.string	"--raw"
	.align	3
.LC2:
	.string	"dmesg: invalid option -- '%s'\nTry 'dmesg --help' for more information.\n"
	.align	3
.LC3:
	.string	"dmesg: read kernel buffer failed: %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	li	a5,1
	ble	a0,a5,.L22
	addiw	s1,a0,-2
	slli	a5,s1,32
	srli	s1,a5,29
	addi	a5,a1,16
	addi	s0,a1,8
	add	s1,s1,a5
	lla	s2,.LC0
	lla	s3,.LC1
	j	.L4
.L5:
	addi	s0,s0,8
	beq	s0,s1,.L46
.L4:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	beq	a0,zero,.L5
	ld	a0,0(s0)
	mv	a1,s3
	call	strcmp
	beq	a0,zero,.L5
	ld	a2,0(s0)
	lla	a1,.LC2
	ld	a0,stderr
	addi	a2,a2,1
	call	fprintf
.L6:
	li	a0,1
	j	.L42
.L46:
	li	s4,1
.L2:
	li	a6,0
	li	a5,0
	li	a4,0
	li	a3,0
	li	a2,0
	li	a1,10
	li	a0,116
	call	__syscall
	mv	s0,a0
	ble	a0,zero,.L47
.L7:
	addi	a0,s0,1
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L6
	mv	a2,a0
	li	a6,0
	li	a5,0
	li	a4,0
	mv	a3,s0
	li	a1,3
	li	a0,116
	call	__syscall
	blt	a0,zero,.L48
	add	a0,s3,a0
	sb	zero,0(a0)
	lbu	a5,0(s3)
	mv	s0,s3
	lla	s5,stdout
	li	s6,60
	beq	a5,zero,.L20
.L9:
	li	a1,10
	mv	a0,s0
	call	strchr
	mv	s2,a0
	beq	a0,zero,.L11
	sub	s1,a0,s0
	beq	s4,zero,.L12
	ld	a3,0(s5)
	mv	a2,s1
	li	a1,1
	mv	a0,s0
	call	fwrite
	li	a0,10
	call	putchar
.L21:
	addi	s1,s1,1
.L19:
	add	s0,s0,s1
	lbu	a5,0(s0)
	bne	a5,zero,.L9
.L20:
	mv	a0,s3
	call	free
	li	a0,0
.L42:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	ld	s6,0(sp)
	addi	sp,sp,64
	jr	ra
.L47:
	li	s0,131072
	j	.L7
.L12:
	lbu	a5,0(s0)
	beq	a5,s6,.L15
.L17:
	mv	a0,s0
.L16:
	ld	a3,0(s5)
	mv	a2,s1
	li	a1,1
	call	fwrite
	li	a0,10
	call	putchar
	beq	s2,zero,.L18
	sub	s1,s2,s0
	j	.L21
.L15:
	mv	a2,s1
	li	a1,62
	mv	a0,s0
	call	memchr
	beq	a0,zero,.L17
	addi	a0,a0,1
	sub	a5,a0,s0
	sub	s1,s1,a5
	j	.L16
.L11:
	mv	a0,s0
	call	strlen
	mv	s1,a0
	beq	s4,zero,.L12
	ld	a3,0(s5)
	mv	a2,a0
	li	a1,1
	mv	a0,s0
	call	fwrite
	li	a0,10
	call	putchar
.L18:
	mv	a0,s0
	call	strlen
	mv	s1,a0
	j	.L19
.L48:
	negw	a0,a0
	ld	s0,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC3
	mv	a0,s0
	call	fprintf
	li	a0,1
	j	.L42
.L22:
	li	s4,0
	j	.L2
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
