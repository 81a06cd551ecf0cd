# programs/bin/echo.s -- generated from echo.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o echo.s echo.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"echo.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"neE"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	li	a5,1
	ble	a0,a5,.L2
	mv	s8,a0
	mv	s4,a1
	addi	s11,a1,8
	li	s5,1
	li	s2,0
	li	s7,1
	li	s6,45
	lla	s9,.LC0
	li	s1,110
.L3:
	ld	s3,0(s11)
	lbu	a5,0(s3)
	bne	a5,s6,.L5
	lbu	a5,1(s3)
	beq	a5,zero,.L5
	addi	s0,s3,1
	mv	a1,s9
	mv	a0,s0
	call	strspn
	mv	s10,a0
	mv	a0,s0
	call	strlen
	bne	s10,a0,.L5
	lbu	a5,1(s3)
	beq	a5,zero,.L6
.L8:
	beq	a5,s1,.L40
	addi	a5,a5,-101
	seqz	s2,a5
.L7:
	lbu	a5,1(s0)
	addi	s0,s0,1
	bne	a5,zero,.L8
.L6:
	addiw	s5,s5,1
	addi	s11,s11,8
	bne	s8,s5,.L3
.L9:
	bne	s7,zero,.L2
.L4:
	ld	ra,104(sp)
	ld	s0,96(sp)
	ld	s1,88(sp)
	ld	s2,80(sp)
	ld	s3,72(sp)
	ld	s4,64(sp)
	ld	s5,56(sp)
	ld	s6,48(sp)
	ld	s7,40(sp)
	ld	s8,32(sp)
	ld	s9,24(sp)
	ld	s10,16(sp)
	ld	s11,8(sp)
	li	a0,0
	addi	sp,sp,112
	jr	ra
.L40:
	li	s7,0
	j	.L7
.L5:
	ble	s8,s5,.L9
	slli	a5,s5,3
	add	s4,s4,a5
	mv	s3,s5
	lla	s10,stdout
	li	s1,92
	li	s9,70
	lla	s6,.L21
.L11:
	ld	s0,0(s4)
	beq	s2,zero,.L13
.L49:
	lbu	a0,0(s0)
	beq	a0,zero,.L15
.L14:
	bne	a0,s1,.L34
	lbu	a5,1(s0)
	beq	a5,zero,.L34
	addiw	a5,a5,-48
	andi	a5,a5,0xff
	addi	s11,s0,1
	bgtu	a5,s9,.L19
	slli	a5,a5,2
	add	a5,a5,s6
	lw	a5,0(a5)
	add	a5,a5,s6
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L21:
	.word	.L31-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L30-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L29-.L21
	.word	.L28-.L21
	.word	.L4-.L21
	.word	.L19-.L21
	.word	.L26-.L21
	.word	.L25-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L24-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L19-.L21
	.word	.L23-.L21
	.word	.L19-.L21
	.word	.L22-.L21
	.word	.L19-.L21
	.word	.L20-.L21
	.section	.text.startup
.L19:
	li	a0,92
	call	putchar
	lbu	a0,1(s0)
	call	putchar
.L33:
	mv	s0,s11
.L18:
	lbu	a0,1(s0)
	addi	s0,s0,1
	bne	a0,zero,.L14
.L15:
	addiw	s3,s3,1
	addi	s4,s4,8
	beq	s8,s3,.L9
	ble	s3,s5,.L11
	li	a0,32
	call	putchar
	ld	s0,0(s4)
	bne	s2,zero,.L49
.L13:
	ld	a1,0(s10)
	mv	a0,s0
	call	fputs
	j	.L15
.L20:
	li	a0,11
	call	putchar
	j	.L33
.L22:
	li	a0,9
	call	putchar
	j	.L33
.L23:
	li	a0,13
	call	putchar
	j	.L33
.L24:
	li	a0,10
	call	putchar
	j	.L33
.L25:
	li	a0,12
	call	putchar
	j	.L33
.L26:
	li	a0,27
	call	putchar
	j	.L33
.L28:
	li	a0,8
	call	putchar
	j	.L33
.L29:
	li	a0,7
	call	putchar
	j	.L33
.L30:
	li	a0,92
	call	putchar
	j	.L33
.L31:
	addi	s0,s0,4
	li	a0,0
	li	a3,7
.L32:
	lbu	a5,1(s11)
	mv	a2,s11
	addi	s11,s11,1
	addiw	a5,a5,-48
	andi	a4,a5,0xff
	bgtu	a4,a3,.L50
	slliw	a0,a0,3
	addw	a0,a5,a0
	bne	s11,s0,.L32
.L34:
	call	putchar
	j	.L18
.L2:
	li	a0,10
	call	putchar
	j	.L4
.L50:
	mv	s0,a2
	j	.L34
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
