# programs/pressure/overcommit.s -- generated from overcommit.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/pressure): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o overcommit.s overcommit.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"overcommit.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"/proc/sys/vm/overcommit_memory"
	.text
	.align	1
	.type	set_mode, @function
set_mode:
	addi	sp,sp,-32
	addiw	a5,a0,48
	sb	a5,8(sp)
	li	a1,1
	li	a5,10
	lla	a0,.LC0
	sd	s0,16(sp)
	sd	ra,24(sp)
	sb	a5,9(sp)
	call	open
	li	s0,0
	blt	a0,zero,.L2
	li	a2,2
	addi	a1,sp,8
	mv	s0,a0
	call	write
	addi	a5,a0,-2
	mv	a0,s0
	seqz	s0,a5
	call	close
.L2:
	ld	ra,24(sp)
	mv	a0,s0
	ld	s0,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	set_mode, .-set_mode
	.section	.rodata.str1.8
	.align	3
.LC1:
	.string	"ok"
	.align	3
.LC2:
	.string	"ENOMEM"
	.text
	.align	1
	.type	try_map, @function
try_map:
	addi	sp,sp,-16
	sd	s0,0(sp)
	li	a5,0
	ori	a3,a1,34
	mv	s0,a0
	mv	a1,a0
	li	a4,-1
	li	a2,3
	li	a0,0
	sd	ra,8(sp)
	call	mmap
	li	a5,-1
	beq	a0,a5,.L11
	mv	a1,s0
	call	munmap
	lla	a0,.LC1
.L6:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L11:
	lw	a5,errno
	li	a4,12
	lla	a0,.LC2
	beq	a5,a4,.L6
	ld	s0,0(sp)
	ld	ra,8(sp)
	mv	a0,a5
	addi	sp,sp,16
	tail	strerror
	.size	try_map, .-try_map
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"1 GiB noreserve"
	.align	3
.LC4:
	.string	"1 GiB"
	.align	3
.LC5:
	.string	"12 MiB"
	.align	3
.LC6:
	.string	"4 MiB"
	.align	3
.LC7:
	.string	"mode"
	.align	3
.LC8:
	.string	"%-12s %8s %8s %8s  %s\n"
	.align	3
.LC9:
	.string	"cannot set vm.overcommit_memory=%d: %s\n"
	.align	3
.LC10:
	.string	"%d %-10s %8s"
	.align	3
.LC11:
	.string	" %8s"
	.align	3
.LC12:
	.string	" %8s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-64
	lla	a5,.LC3
	lla	a4,.LC4
	lla	a3,.LC5
	lla	a2,.LC6
	lla	a1,.LC7
	lla	a0,.LC8
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	sd	ra,56(sp)
	sd	s3,24(sp)
	lla	s1,.LANCHOR0
	call	printf
	li	s0,0
	lla	s6,.LC10
	lla	s2,.LC11
	lla	s5,.LC12
	li	s4,3
.L15:
	mv	a0,s0
	call	set_mode
	mv	a5,a0
	li	a1,0
	li	a0,4194304
	beq	a5,zero,.L18
	ld	s3,0(s1)
	call	try_map
	mv	a3,a0
	mv	a2,s3
	mv	a1,s0
	mv	a0,s6
	call	printf
	li	a1,0
	li	a0,12582912
	call	try_map
	mv	a1,a0
	mv	a0,s2
	call	printf
	li	a1,0
	li	a0,1073741824
	call	try_map
	mv	a1,a0
	mv	a0,s2
	call	printf
	li	a1,16384
	li	a0,1073741824
	call	try_map
	mv	a1,a0
	addiw	s0,s0,1
	mv	a0,s5
	addi	s1,s1,8
	call	printf
	bne	s0,s4,.L15
	li	a0,0
	call	set_mode
	li	a0,0
.L14:
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
.L18:
	lw	a0,errno
	call	strerror
	mv	a2,a0
	mv	a1,s0
	lla	a0,.LC9
	call	printf
	li	a0,1
	j	.L14
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC13:
	.string	"heuristic"
	.align	3
.LC14:
	.string	"always"
	.align	3
.LC15:
	.string	"never"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
	.type	names.0, @object
	.size	names.0, 24
names.0:
	.dword	.LC13
	.dword	.LC14
	.dword	.LC15
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
