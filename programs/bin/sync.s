# programs/bin/sync.s -- generated from sync.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o sync.s sync.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"sync.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"Try 'sync --help' for more information.\n"
	.align	3
.LC1:
	.string	"df"
	.align	3
.LC2:
	.string	"sync: cannot specify both --data and --file-system\n"
	.align	3
.LC3:
	.string	"sync: --data needs at least one argument\n"
	.align	3
.LC4:
	.string	"sync: error opening '%s': %s\n"
	.align	3
.LC5:
	.string	"sync: error syncing '%s': %s\n"
	.align	3
.LC6:
	.string	"sync: failed to close '%s': %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	s8,48(sp)
	sd	ra,120(sp)
	sd	s9,40(sp)
	sd	s10,32(sp)
	sd	s11,24(sp)
	mv	s8,a0
	mv	s0,a1
	li	s2,0
	li	s3,0
	lla	s5,.LANCHOR0
	lla	s4,.LC1
	li	s1,-1
	li	s6,100
	li	s7,102
.L2:
	li	a4,0
	mv	a3,s5
	mv	a2,s4
	mv	a1,s0
	mv	a0,s8
	call	getopt_long
	beq	a0,s1,.L30
.L5:
	beq	a0,s6,.L24
	bne	a0,s7,.L31
	li	a4,0
	mv	a3,s5
	mv	a2,s4
	mv	a1,s0
	mv	a0,s8
	li	s2,1
	call	getopt_long
	bne	a0,s1,.L5
.L30:
	bne	s3,zero,.L32
	lw	s1,optind
	beq	s8,s1,.L9
.L12:
	li	s5,1
	ble	s8,s1,.L11
	subw	a5,s8,s1
	slli	a5,a5,32
	srli	a5,a5,32
	add	a5,a5,s1
	slli	a5,a5,3
	slli	s1,s1,3
	li	s11,4096
	add	s1,s0,s1
	li	s5,1
	add	s0,s0,a5
	addi	s7,s11,-2048
	lla	s9,stderr
	lla	s8,errno
.L23:
	ld	s4,0(s1)
	mv	a1,s7
	mv	a0,s4
	call	open
	mv	s10,a0
	blt	a0,zero,.L33
.L13:
	bne	s2,zero,.L34
	beq	s3,zero,.L19
	li	a6,0
	li	a5,0
	li	a4,0
	li	a3,0
	li	a2,0
	mv	a1,s10
	li	a0,83
	call	__syscall
	blt	a0,zero,.L28
.L20:
	mv	a0,s10
	li	s6,1
	call	close
	and	s5,s6,s5
	blt	a0,zero,.L35
.L22:
	addi	s1,s1,8
	bne	s1,s0,.L23
.L11:
	xori	s3,s5,1
.L8:
	ld	ra,120(sp)
	ld	s0,112(sp)
	ld	s1,104(sp)
	ld	s2,96(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s6,64(sp)
	ld	s7,56(sp)
	ld	s8,48(sp)
	ld	s9,40(sp)
	ld	s10,32(sp)
	ld	s11,24(sp)
	mv	a0,s3
	ld	s3,88(sp)
	addi	sp,sp,128
	jr	ra
.L24:
	li	s3,1
	j	.L2
.L33:
	addi	a1,s11,-2047
	mv	a0,s4
	call	open
	mv	s10,a0
	bge	a0,zero,.L13
	lla	a5,errno
	lw	a0,0(a5)
	ld	s5,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s4
	mv	a0,s5
	lla	a1,.LC4
	call	fprintf
	li	s5,0
	j	.L22
.L32:
	bne	s2,zero,.L36
	lw	s1,optind
	bne	s8,s1,.L12
	lla	a1,.LC3
	ld	a0,stderr
	call	fprintf
	li	s3,1
	j	.L8
.L19:
	mv	a0,s10
	call	fsync
	bge	a0,zero,.L20
	mv	a5,s8
.L18:
	ld	a4,0(s9)
	lw	a0,0(a5)
	li	s6,0
	sd	a4,8(sp)
	call	strerror
	mv	a3,a0
	ld	a0,8(sp)
	mv	a2,s4
	lla	a1,.LC5
	call	fprintf
	mv	a0,s10
	call	close
	and	s5,s6,s5
	bge	a0,zero,.L22
.L35:
	lw	a0,0(s8)
	ld	s5,0(s9)
	call	strerror
	mv	a3,a0
	mv	a2,s4
	mv	a0,s5
	lla	a1,.LC6
	call	fprintf
	li	s5,0
	j	.L22
.L34:
	li	a6,0
	li	a5,0
	li	a4,0
	li	a3,0
	li	a2,0
	mv	a1,s10
	li	a0,267
	call	__syscall
	bge	a0,zero,.L20
.L28:
	lla	a5,errno
	negw	a0,a0
	sw	a0,0(a5)
	j	.L18
.L31:
	lla	a1,.LC0
	ld	a0,stderr
	call	fprintf
	li	s3,1
	j	.L8
.L9:
	call	sync
	j	.L8
.L36:
	lla	a1,.LC2
	ld	a0,stderr
	call	fprintf
	li	s3,1
	j	.L8
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC7:
	.string	"data"
	.align	3
.LC8:
	.string	"file-system"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
	.type	options.0, @object
	.size	options.0, 96
options.0:
	.dword	.LC7
	.word	0
	.zero	4
	.dword	0
	.word	100
	.zero	4
	.dword	.LC8
	.word	0
	.zero	4
	.dword	0
	.word	102
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
