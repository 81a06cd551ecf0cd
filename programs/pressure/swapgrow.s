# programs/pressure/swapgrow.s -- generated from swapgrow.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/pressure): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o swapgrow.s swapgrow.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"swapgrow.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"/proc/self/status"
	.text
	.align	1
	.type	status_kb, @function
status_kb:
	addi	sp,sp,-32
	sd	s0,16(sp)
	li	a1,0
	mv	s0,a0
	lla	a0,.LC0
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	call	open
	bge	a0,zero,.L10
.L3:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	li	a0,-1
	addi	sp,sp,32
	jr	ra
.L10:
	li	a2,4096
	addi	a2,a2,-1
	lla	a1,buf.0
	mv	s2,a0
	call	read
	mv	s1,a0
	mv	a0,s2
	call	close
	ble	s1,zero,.L3
	lla	a0,buf.0
	add	a5,a0,s1
	mv	a1,s0
	sb	zero,0(a5)
	call	strstr
	mv	s1,a0
	beq	a0,zero,.L3
	mv	a0,s0
	call	strlen
	ld	s0,16(sp)
	ld	ra,24(sp)
	ld	s2,0(sp)
	add	a0,s1,a0
	ld	s1,8(sp)
	li	a2,10
	li	a1,0
	addi	sp,sp,32
	tail	strtol
	.size	status_kb, .-status_kb
	.section	.rodata.str1.8
	.align	3
.LC1:
	.string	"mmap of 32 MiB failed: %s\n"
	.align	3
.LC2:
	.string	"VmRSS:"
	.align	3
.LC3:
	.string	"VmSwap:"
	.align	3
.LC4:
	.string	"touched %ld MiB: VmRSS %ld kB, VmSwap %ld kB\n"
	.align	3
.LC5:
	.string	"page %ld holds %ld\n"
	.align	3
.LC6:
	.string	"all 32 MiB read back intact\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	li	a5,0
	li	a4,-1
	li	a3,34
	li	a2,3
	li	a1,33554432
	li	a0,0
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	call	mmap
	li	a5,-1
	beq	a0,a5,.L23
	mv	s1,a0
	li	a3,4194304
	li	s7,-4194304
	li	s8,4096
	lla	s6,.LC2
	lla	s5,.LC3
	lla	s4,.LC4
	li	s3,4194304
	li	s2,37748736
.L12:
	add	s0,a3,s7
.L14:
	srai	a5,s0,12
	add	a4,s1,s0
	addi	a5,a5,1
	sd	a5,0(a4)
	add	s0,s0,s8
	bne	s0,a3,.L14
	mv	a0,s6
	call	status_kb
	mv	s9,a0
	mv	a0,s5
	call	status_kb
	mv	a3,a0
	mv	a2,s9
	srai	a1,s0,20
	mv	a0,s4
	call	printf
	add	a3,s0,s3
	bne	a3,s2,.L12
	li	a5,0
	li	a4,4096
	li	a3,8192
	j	.L18
.L16:
	beq	a5,a3,.L25
.L18:
	ld	a2,0(s1)
	mv	a1,a5
	addi	a5,a5,1
	add	s1,s1,a4
	beq	a2,a5,.L16
	lla	a0,.LC5
	call	printf
.L13:
	li	a0,1
.L17:
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
.L25:
	lla	a0,.LC6
	call	printf
	li	a0,0
	j	.L17
.L23:
	lw	a0,errno
	call	strerror
	mv	a1,a0
	lla	a0,.LC1
	call	printf
	j	.L13
	.size	main, .-main
	.bss
	.align	3
	.type	buf.0, @object
	.size	buf.0, 4096
buf.0:
	.zero	4096
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
