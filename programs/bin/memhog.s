# programs/bin/memhog.s -- generated from memhog.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o memhog.s memhog.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"memhog.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"usage: memhog [-f] MIB   (allocate and touch MIB MiB; -f: then hold it until killed)\n"
	.align	3
.LC1:
	.string	"-f"
	.align	3
.LC2:
	.string	"memhog: cannot allocate %ld MiB: %s\n"
	.align	3
.LC3:
	.string	"memhog: %ld MiB touched\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	li	a5,1
	ble	a0,a5,.L5
	mv	s0,a0
	ld	a0,8(a1)
	mv	s1,a1
	lla	a1,.LC1
	call	strcmp
	beq	a0,zero,.L18
	ld	a0,8(s1)
	li	a2,10
	addi	a1,sp,8
	call	strtol
	mv	s2,a0
	li	s1,0
.L8:
	ld	a5,8(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L5
	addi	a5,s2,-1
	li	a4,65536
	bgeu	a5,a4,.L5
	slli	s0,s2,20
	li	a5,0
	li	a4,-1
	li	a2,3
	li	a3,34
	mv	a1,s0
	li	a0,0
	call	mmap
	li	a4,-1
	li	a5,0
	li	a2,4096
	beq	a0,a4,.L19
.L6:
	add	a4,a0,a5
	srli	a3,a5,12
	sb	a3,0(a4)
	add	a5,a5,a2
	bgtu	s0,a5,.L6
	mv	a1,s2
	lla	a0,.LC3
	call	printf
	ld	a0,stdout
	call	fflush
	beq	s1,zero,.L10
.L7:
	call	pause
	j	.L7
.L18:
	li	a5,2
	bne	s0,a5,.L20
.L5:
	lla	a1,.LC0
	ld	a0,stderr
	call	fprintf
	li	s1,2
.L10:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s2,16(sp)
	mv	a0,s1
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
.L20:
	ld	a0,16(s1)
	li	a2,10
	addi	a1,sp,8
	call	strtol
	mv	s2,a0
	li	s1,1
	j	.L8
.L19:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s2
	lla	a1,.LC2
	mv	a0,s0
	li	s1,1
	call	fprintf
	j	.L10
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
