# programs/bin/head.s -- generated from head.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o head.s head.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"head.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	head, @function
head:
	beq	a1,zero,.L22
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	ra,72(sp)
	mv	s0,a1
	mv	s3,a0
	mv	s5,a2
	lla	s1,buf
	lla	s4,stdout
	li	s2,10
	lla	s7,errno
	li	s6,4
.L2:
	li	a2,8192
	mv	a1,s1
	mv	a0,s3
	call	read
	blt	a0,zero,.L26
	beq	a0,zero,.L15
	li	a2,0
	beq	s5,zero,.L9
	mv	a2,a0
	ble	a0,s0,.L10
	mv	a2,s0
.L10:
	sub	s0,s0,a2
.L11:
	ld	a3,0(s4)
	li	a1,1
	mv	a0,s1
	call	fwrite
	bgt	s0,zero,.L2
.L15:
	li	a0,0
	j	.L3
.L12:
	addi	s0,s0,-1
	ble	a0,a2,.L11
	beq	s0,zero,.L11
.L9:
	addi	a2,a2,1
	add	a5,s1,a2
	lbu	a5,-1(a5)
	beq	a5,s2,.L12
	bgt	a0,a2,.L9
	j	.L11
.L26:
	lw	a5,0(s7)
	beq	a5,s6,.L2
	sext.w	a0,a0
.L3:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	addi	sp,sp,80
	jr	ra
.L22:
	li	a0,0
	ret
	.size	head, .-head
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"bytes"
	.align	3
.LC1:
	.string	"lines"
	.align	3
.LC2:
	.string	"\n"
	.align	3
.LC3:
	.string	""
	.align	3
.LC4:
	.string	"standard input"
	.align	3
.LC5:
	.string	"--"
	.align	3
.LC6:
	.string	"head: option requires an argument -- '%c'\nTry 'head --help' for more information.\n"
	.align	3
.LC7:
	.string	"head: invalid option -- '%c'\nTry 'head --help' for more information.\n"
	.align	3
.LC8:
	.string	"head: invalid number of %s: '%s'\n"
	.align	3
.LC9:
	.string	"-"
	.align	3
.LC10:
	.string	"head: cannot open '%s' for reading: %s\n"
	.align	3
.LC11:
	.string	"%s==> %s <==\n"
	.align	3
.LC12:
	.string	"head: error reading '%s': %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-144
	sd	s5,88(sp)
	sd	ra,136(sp)
	sd	s0,128(sp)
	sd	s1,120(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	s9,56(sp)
	sd	s10,48(sp)
	sd	s11,40(sp)
	li	a5,1
	mv	s5,a0
	ble	a0,a5,.L86
	mv	s3,a1
	li	s0,1
	li	s4,0
	li	s1,10
	li	s7,45
	lla	s8,.LC5
	li	s9,110
	li	s10,99
	j	.L28
.L89:
	addi	s2,s2,1
	li	s4,0
.L34:
	li	a2,10
	addi	a1,sp,24
	mv	a0,s2
	call	strtol
	ld	a5,24(sp)
	mv	s1,a0
	lbu	a5,0(a5)
	bne	a5,zero,.L44
	lbu	a5,0(s2)
	beq	a5,zero,.L44
	blt	a0,zero,.L44
	addiw	s0,s0,1
	ble	s5,s0,.L87
.L28:
	slli	s6,s0,3
	add	s6,s3,s6
	ld	s2,0(s6)
	lbu	a5,0(s2)
	bne	a5,s7,.L32
	lbu	a5,1(s2)
	beq	a5,zero,.L32
	mv	a1,s8
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L88
	lbu	a0,1(s2)
	call	isdigit
	bne	a0,zero,.L89
	lbu	a2,1(s2)
	beq	a2,s9,.L35
	bne	a2,s10,.L36
.L35:
	lbu	a5,2(s2)
	addi	s4,a2,-99
	seqz	s4,s4
	sext.w	a2,a2
	addi	s2,s2,2
	bne	a5,zero,.L34
	addiw	s0,s0,1
	bge	s0,s5,.L40
	ld	s2,8(s6)
	bne	s2,zero,.L34
.L40:
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
	li	s10,1
.L83:
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
.L88:
	addiw	s0,s0,1
.L32:
	subw	s7,s5,s0
	beq	s7,zero,.L29
	bge	s0,s5,.L30
	slli	a5,s0,3
	add	s3,s3,a5
	mv	s6,s0
	li	s10,0
	lla	s8,.LC9
	lla	s9,stdout
	lla	s11,.LC2
	j	.L59
.L50:
	li	a5,1
	ble	s7,a5,.L53
	mv	a1,s11
	lla	a2,.LC4
	blt	s0,s6,.L54
	lla	a1,.LC3
.L54:
	lla	a0,.LC11
	call	printf
.L55:
	mv	a2,s4
	mv	a1,s1
	mv	a0,s2
	call	head
	blt	a0,zero,.L60
.L57:
	ld	a0,0(s9)
	call	fflush
	beq	s2,zero,.L52
	mv	a0,s2
	call	close
.L52:
	addiw	s6,s6,1
	addi	s3,s3,8
	beq	s5,s6,.L83
.L59:
	ld	a0,0(s3)
	mv	a1,s8
	call	strcmp
	mv	s2,a0
	beq	a0,zero,.L50
	ld	a0,0(s3)
	li	a1,0
	call	open
	mv	s2,a0
	blt	a0,zero,.L90
	li	a5,1
	ble	s7,a5,.L55
	mv	a1,s11
	bge	s0,s6,.L91
.L56:
	beq	s2,zero,.L66
	ld	a2,0(s3)
	j	.L54
.L91:
	lla	a1,.LC3
	j	.L56
.L53:
	mv	a2,s4
	mv	a1,s1
	call	head
	blt	a0,zero,.L60
	ld	a0,0(s9)
	call	fflush
	j	.L52
.L60:
	lla	a4,errno
	lla	a5,stderr
	ld	a2,0(s3)
	ld	a5,0(a5)
	lw	a0,0(a4)
	sd	a2,8(sp)
	sd	a5,0(sp)
	call	strerror
	mv	a3,a0
	ld	a2,8(sp)
	ld	a0,0(sp)
	lla	a1,.LC12
	li	s10,1
	call	fprintf
	j	.L57
.L44:
	ld	a0,stderr
	lla	a2,.LC0
	beq	s4,zero,.L92
.L43:
	mv	a3,s2
	lla	a1,.LC8
	call	fprintf
	li	s10,1
	j	.L83
.L92:
	lla	a2,.LC1
	j	.L43
.L90:
	ld	a2,0(s3)
	lw	a0,errno
	ld	s2,stderr
	sd	a2,0(sp)
	call	strerror
	ld	a2,0(sp)
	mv	a3,a0
	lla	a1,.LC10
	mv	a0,s2
	li	s10,1
	call	fprintf
	j	.L52
.L87:
	bne	s5,s0,.L30
.L29:
	mv	a2,s4
	mv	a1,s1
	li	a0,0
	call	head
	srliw	s10,a0,31
	j	.L83
.L30:
	li	s10,0
	j	.L83
.L36:
	lla	a1,.LC7
	ld	a0,stderr
	call	fprintf
	li	s10,1
	j	.L83
.L66:
	lla	a2,.LC4
	j	.L54
.L86:
	bne	a0,a5,.L30
	li	s1,10
	li	s4,0
	j	.L29
	.size	main, .-main
	.bss
	.align	3
	.type	buf, @object
	.size	buf, 8192
buf:
	.zero	8192
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
