# programs/bin/cat.s -- generated from cat.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o cat.s cat.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"cat.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"cat: %s: %s\n"
	.align	3
.LC1:
	.string	"cat: write error: %s\n"
	.text
	.align	1
	.type	copy, @function
copy:
	addi	sp,sp,-96
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s9,8(sp)
	mv	s4,a0
	mv	s5,a1
	lla	s6,buf
	lla	s8,errno
	li	s7,4
.L2:
	li	a2,65536
	mv	a1,s6
	mv	a0,s4
	call	read
	mv	s1,a0
	beq	a0,zero,.L8
	bge	a0,zero,.L9
	lw	a0,0(s8)
	beq	a0,s7,.L2
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s5
	lla	a1,.LC0
	mv	a0,s0
	call	fprintf
	li	a0,1
.L3:
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
.L9:
	li	s0,0
	lla	s2,buf
	sub	a2,s1,s0
	add	a1,s2,s0
	li	a0,1
	lla	s9,errno
	li	s3,4
	call	write
	blt	a0,zero,.L14
.L6:
	add	s0,s0,a0
.L7:
	ble	s1,s0,.L2
	sub	a2,s1,s0
	add	a1,s2,s0
	li	a0,1
	call	write
	bge	a0,zero,.L6
.L14:
	lw	a0,0(s9)
	beq	a0,s3,.L7
	ld	s0,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC1
	mv	a0,s0
	call	fprintf
	li	a0,1
	call	exit
.L8:
	li	a0,0
	j	.L3
	.size	copy, .-copy
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"-"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	li	a5,1
	ble	a0,a5,.L24
	addi	sp,sp,-80
	sd	s2,48(sp)
	addiw	s2,a0,-2
	slli	a5,s2,32
	srli	s2,a5,29
	addi	a5,a1,16
	sd	s0,64(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	ra,72(sp)
	sd	s1,56(sp)
	sd	s8,0(sp)
	addi	s0,a1,8
	add	s2,s2,a5
	li	s3,0
	lla	s4,.LC2
	lla	s7,stderr
	lla	s6,errno
	lla	s5,.LC0
	j	.L20
.L17:
	ld	a0,0(s0)
	call	open
	mv	s1,a0
	blt	a0,zero,.L25
	ld	a1,0(s0)
	call	copy
	or	a5,a0,s3
	mv	a0,s1
	sext.w	s3,a5
	call	close
.L18:
	addi	s0,s0,8
	beq	s0,s2,.L26
.L20:
	ld	a0,0(s0)
	mv	a1,s4
	call	strcmp
	li	a1,0
	bne	a0,zero,.L17
	mv	a1,s4
	call	copy
	or	a0,a0,s3
	addi	s0,s0,8
	sext.w	s3,a0
	bne	s0,s2,.L20
.L26:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	ld	s8,0(sp)
	mv	a0,s3
	ld	s3,40(sp)
	addi	sp,sp,80
	jr	ra
.L25:
	lw	a0,0(s6)
	ld	s1,0(s7)
	ld	s8,0(s0)
	call	strerror
	mv	a3,a0
	mv	a2,s8
	mv	a1,s5
	mv	a0,s1
	li	s3,1
	call	fprintf
	j	.L18
.L24:
	lla	a1,.LC2
	li	a0,0
	tail	copy
	.size	main, .-main
	.bss
	.align	3
	.type	buf, @object
	.size	buf, 65536
buf:
	.zero	65536
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
