# programs/bin/sleep.s -- generated from sleep.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o sleep.s sleep.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"sleep.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"sleep: missing operand\nTry 'sleep --help' for more information.\n"
	.align	3
.LC1:
	.string	"sleep: invalid time interval '%s'\nTry 'sleep --help' for more information.\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-144
	sd	ra,136(sp)
	sd	s0,128(sp)
	sd	s1,120(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	s9,56(sp)
	sd	s10,48(sp)
	sd	s11,40(sp)
	li	a5,1
	ble	a0,a5,.L27
	addiw	s4,a0,-2
	slli	a5,s4,32
	srli	s4,a5,29
	addi	a5,a1,16
	add	s4,s4,a5
	li	s6,1000001536
	li	a5,99999744
	addi	s2,a1,8
	li	s3,0
	addi	s1,a5,256
	li	s5,10
	addi	s6,s6,-1536
.L14:
	ld	s9,0(s2)
	li	s8,0
	li	s0,0
	j	.L4
.L5:
	lbu	s0,0(s9)
	addiw	s8,s8,1
	addi	s9,s9,1
	addiw	s0,s0,-48
	add	s0,s0,a5
	bgt	s0,s1,.L9
.L4:
	lbu	a0,0(s9)
	call	isdigit
	slli	a5,s0,2
	add	a5,a5,s0
	slli	a5,a5,1
	mv	s10,a0
	bne	a0,zero,.L5
	lbu	a4,0(s9)
	li	a5,46
	li	s7,0
	beq	a4,a5,.L28
.L6:
	beq	s8,zero,.L9
	lbu	a5,0(s9)
	li	a4,115
	beq	a5,a4,.L29
	li	a4,109
	beq	a5,a4,.L30
	li	a4,104
	beq	a5,a4,.L31
	li	a2,100
	li	a4,1
	beq	a5,a2,.L32
.L11:
	bne	a5,zero,.L9
	mul	s0,s0,s6
	add	s0,s0,s7
	mul	s0,s0,a4
	blt	s0,zero,.L9
	addi	s2,s2,8
	add	s3,s3,s0
	bne	s2,s4,.L14
	div	a5,s3,s6
	lla	s1,errno
	li	s0,4
	rem	s3,s3,s6
	sd	a5,16(sp)
	sd	s3,24(sp)
	j	.L16
.L33:
	lw	a5,0(s1)
	bne	a5,s0,.L15
.L16:
	addi	a1,sp,16
	mv	a0,a1
	call	nanosleep
	blt	a0,zero,.L33
	j	.L15
.L28:
	addi	s9,s9,1
	li	a5,99999744
	sd	s9,8(sp)
	addi	s11,a5,256
	j	.L7
.L8:
	lbu	a5,0(s9)
	addi	s9,s9,1
	addiw	a5,a5,-48
	mul	a5,a5,s11
	div	s11,s11,s5
	add	s7,s7,a5
.L7:
	lbu	a0,0(s9)
	call	isdigit
	bne	a0,zero,.L8
	ld	a5,8(sp)
	subw	s11,s8,a5
	addw	s8,s11,s9
	j	.L6
.L9:
	ld	a2,0(s2)
	lla	a1,.LC1
	ld	a0,stderr
	call	fprintf
.L3:
	li	s10,1
.L15:
	ld	ra,136(sp)
	ld	s0,128(sp)
	ld	s1,120(sp)
	ld	s2,112(sp)
	ld	s3,104(sp)
	ld	s4,96(sp)
	ld	s5,88(sp)
	ld	s6,80(sp)
	ld	s7,72(sp)
	ld	s8,64(sp)
	ld	s9,56(sp)
	ld	s11,40(sp)
	mv	a0,s10
	ld	s10,48(sp)
	addi	sp,sp,144
	jr	ra
.L29:
	lbu	a5,1(s9)
	li	a4,1
	j	.L11
.L30:
	lbu	a5,1(s9)
	li	a4,60
	j	.L11
.L31:
	li	a4,4096
	lbu	a5,1(s9)
	addi	a4,a4,-496
	j	.L11
.L32:
	li	a4,86016
	lbu	a5,1(s9)
	addi	a4,a4,384
	j	.L11
.L27:
	lla	a1,.LC0
	ld	a0,stderr
	call	fprintf
	j	.L3
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
