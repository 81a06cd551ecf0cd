# programs/bin/env.s -- generated from env.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o env.s env.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"env.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"-i"
	.align	3
.LC1:
	.string	"-"
	.align	3
.LC2:
	.string	"-u"
	.align	3
.LC3:
	.string	"env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n"
	.align	3
.LC4:
	.string	"--"
	.align	3
.LC5:
	.string	"env: invalid option -- '%c'\nTry 'env --help' for more information.\n"
	.align	3
.LC6:
	.string	"env: '%s': %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sd	s0,80(sp)
	sd	ra,88(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	li	s0,1
	ble	a0,s0,.L15
	mv	s3,a0
	mv	s4,a1
	li	s5,45
	lla	s2,.LC0
	lla	s8,.LC1
	lla	s9,.LC2
	lla	s7,environ
	lla	s6,empty.0
.L2:
	slli	s1,s0,3
	add	s1,s4,s1
	ld	a0,0(s1)
	mv	a1,s2
	lbu	a5,0(a0)
	bne	a5,s5,.L14
	call	strcmp
	bne	a0,zero,.L4
.L6:
	sd	s6,0(s7)
.L5:
	addiw	s0,s0,1
	bgt	s3,s0,.L2
.L15:
	ld	s0,environ
	ld	a0,0(s0)
	beq	a0,zero,.L19
.L18:
	addi	s0,s0,8
	call	puts
	ld	a0,0(s0)
	bne	a0,zero,.L18
.L19:
	li	a0,0
.L24:
	ld	ra,88(sp)
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s6,32(sp)
	ld	s7,24(sp)
	ld	s8,16(sp)
	ld	s9,8(sp)
	addi	sp,sp,96
	jr	ra
.L4:
	ld	a0,0(s1)
	mv	a1,s8
	call	strcmp
	beq	a0,zero,.L6
	ld	a0,0(s1)
	mv	a1,s9
	call	strcmp
	bne	a0,zero,.L7
	addiw	s0,s0,1
	ble	s3,s0,.L32
	ld	a0,8(s1)
	call	unsetenv
	j	.L5
.L7:
	ld	a0,0(s1)
	lla	a1,.LC4
	call	strcmp
	bne	a0,zero,.L10
	addiw	s0,s0,1
.L14:
	ble	s3,s0,.L15
	slli	s2,s0,3
	add	s2,s4,s2
	j	.L11
.L16:
	ld	a0,0(s2)
	addi	s2,s2,8
	addiw	s0,s0,1
	call	strchr
	sb	zero,0(a0)
	mv	s1,a0
	ld	a0,-8(s2)
	li	a2,1
	addi	a1,s1,1
	call	setenv
	li	a5,61
	sb	a5,0(s1)
	beq	s3,s0,.L15
.L11:
	ld	a0,0(s2)
	li	a1,61
	call	strchr
	li	a1,61
	bne	a0,zero,.L16
	ble	s3,s0,.L15
	slli	s0,s0,3
	ld	a0,stdout
	call	fflush
	add	s4,s4,s0
	ld	a0,0(s4)
	mv	a1,s4
	call	execvp
	ld	s2,0(s4)
	lw	s0,errno
	mv	a0,s0
	ld	s1,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s2
	lla	a1,.LC6
	mv	a0,s1
	call	fprintf
	li	a5,2
	li	a0,126
	bne	s0,a5,.L24
	li	a0,127
	j	.L24
.L32:
	lla	a1,.LC3
	ld	a0,stderr
	call	fprintf
	li	a0,125
	j	.L24
.L10:
	ld	a5,0(s1)
	lla	a1,.LC5
	ld	a0,stderr
	lbu	a2,1(a5)
	call	fprintf
	li	a0,125
	j	.L24
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	3
	.type	empty.0, @object
	.size	empty.0, 8
empty.0:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
