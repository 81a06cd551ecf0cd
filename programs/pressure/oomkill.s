# programs/pressure/oomkill.s -- generated from oomkill.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/pressure): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o oomkill.s oomkill.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"oomkill.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%s: alive until the parent ended it (signal 15)\n"
	.align	3
.LC1:
	.string	"%s: killed by signal %d\n"
	.align	3
.LC2:
	.string	"%s: exited with status %d\n"
	.text
	.align	1
	.type	report, @function
report:
	addi	sp,sp,-48
	sd	s0,32(sp)
	mv	s0,a1
	sd	s1,24(sp)
	li	a2,0
	mv	s1,a0
	addi	a1,sp,12
	mv	a0,s0
	sd	ra,40(sp)
	call	waitpid
	bne	a0,s0,.L1
	lw	a2,12(sp)
	andi	a4,a2,127
	addiw	a5,a4,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	sraiw	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	ble	a5,zero,.L3
	li	a5,15
	sext.w	a2,a4
	mv	a1,s1
	beq	a4,a5,.L8
	lla	a0,.LC1
	call	printf
.L1:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
.L3:
	sraiw	a2,a2,8
	andi	a2,a2,0xff
	mv	a1,s1
	lla	a0,.LC2
	call	printf
	j	.L1
.L8:
	lla	a0,.LC0
	call	printf
	j	.L1
	.size	report, .-report
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"mmap of %ld MiB failed: %s\n"
	.text
	.align	1
	.type	touch, @function
touch:
	addi	sp,sp,-16
	li	a3,16384
	sd	s0,0(sp)
	li	a5,0
	mv	a1,a0
	mv	s0,a0
	li	a4,-1
	addi	a3,a3,34
	li	a2,3
	li	a0,0
	sd	ra,8(sp)
	call	mmap
	li	a5,-1
	beq	a0,a5,.L14
	li	a4,-4096
	addi	a5,s0,-1
	and	a5,a5,a4
	li	a4,4096
	add	a5,a5,a4
	add	a5,a0,a5
	li	a3,1
.L11:
	sb	a3,0(a0)
	add	a0,a0,a4
	bne	a0,a5,.L11
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L14:
	lw	a0,errno
	call	strerror
	mv	a2,a0
	srai	a1,s0,20
	lla	a0,.LC3
	call	printf
	li	a0,1
	call	exit
	.size	touch, .-touch
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"r"
	.align	3
.LC5:
	.string	"child of %ld MiB died before it was ready\n"
	.text
	.align	1
	.type	child, @function
child:
	addi	sp,sp,-48
	sd	s1,24(sp)
	mv	s1,a0
	addi	a0,sp,8
	sd	ra,40(sp)
	sd	s0,32(sp)
	call	pipe
	blt	a0,zero,.L21
	call	fork
	mv	s0,a0
	bne	a0,zero,.L17
	mv	a0,s1
	call	touch
	lw	a0,12(sp)
	li	a2,1
	lla	a1,.LC4
	call	write
.L18:
	call	pause
	j	.L18
.L17:
	lw	a0,12(sp)
	call	close
	lw	a0,8(sp)
	li	a2,1
	addi	a1,sp,7
	call	read
	li	a5,1
	bne	a0,a5,.L22
	lw	a0,8(sp)
	call	close
	ld	ra,40(sp)
	mv	a0,s0
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
.L22:
	srai	a1,s1,20
	lla	a0,.LC5
	call	printf
.L21:
	li	a0,1
	call	exit
	.size	child, .-child
	.section	.rodata.str1.8
	.align	3
.LC6:
	.string	"/proc/self/oom_score_adj"
	.align	3
.LC7:
	.string	"cannot write /proc/self/oom_score_adj: %s\n"
	.align	3
.LC8:
	.string	"-1000"
	.align	3
.LC9:
	.string	"parent: oom_score_adj -1000, touched 10 MiB\n"
	.align	3
.LC10:
	.string	"big child (6 MiB)"
	.align	3
.LC11:
	.string	"small child (1 MiB)"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-32
	li	a0,1048576
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	sd	s0,16(sp)
	call	child
	mv	s1,a0
	li	a0,6291456
	call	child
	mv	s2,a0
	li	a1,1
	lla	a0,.LC6
	call	open
	blt	a0,zero,.L26
	li	a2,5
	lla	a1,.LC8
	mv	s0,a0
	call	write
	li	a5,5
	beq	a0,a5,.L28
.L26:
	lw	a0,errno
	call	strerror
	mv	a1,a0
	lla	a0,.LC7
	call	printf
	li	a0,1
.L25:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L28:
	mv	a0,s0
	call	close
	li	a0,10485760
	call	touch
	lla	a0,.LC9
	call	printf
	li	a1,15
	mv	a0,s1
	call	kill
	mv	a1,s2
	lla	a0,.LC10
	call	report
	lla	a0,.LC11
	mv	a1,s1
	call	report
	li	a0,0
	j	.L25
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
