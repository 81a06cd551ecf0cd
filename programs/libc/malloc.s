# programs/libc/malloc.s -- generated from malloc.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o malloc.s malloc.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"malloc.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	insert_free, @function
insert_free:
	lla	a2,free_list
	ld	a5,0(a2)
	beq	a5,zero,.L2
	bgtu	a0,a5,.L3
	j	.L15
.L17:
	bleu	a0,a5,.L16
.L3:
	mv	a4,a5
	ld	a5,8(a5)
	bne	a5,zero,.L17
	sd	zero,8(a0)
	addi	a3,a4,8
	sd	a0,8(a4)
.L9:
	beq	a3,a2,.L1
	ld	a4,-8(a3)
	addi	a5,a4,-8
	add	a5,a3,a5
	beq	a0,a5,.L18
.L1:
	ret
.L16:
	ld	a6,0(a0)
	sd	a5,8(a0)
	sd	a0,8(a4)
	add	a1,a0,a6
	addi	a3,a4,8
	bne	a1,a5,.L9
.L4:
	ld	a5,0(a1)
	ld	a4,8(a1)
	add	a5,a5,a6
	sd	a5,0(a0)
	sd	a4,8(a0)
	j	.L9
.L18:
	ld	a5,0(a0)
	ld	a2,8(a0)
	add	a5,a5,a4
	sd	a5,-8(a3)
	sd	a2,0(a3)
	ret
.L2:
	sd	zero,8(a0)
	sd	a0,0(a2)
	ret
.L15:
	ld	a6,0(a0)
	sd	a5,8(a0)
	sd	a0,0(a2)
	add	a1,a0,a6
	bne	a5,a1,.L1
	mv	a3,a2
	j	.L4
	.size	insert_free, .-insert_free
	.align	1
	.globl	malloc
	.type	malloc, @function
malloc:
	addi	sp,sp,-48
	sd	s1,24(sp)
	li	s1,-1
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	s4,0(sp)
	srli	a5,s1,2
	bgtu	a0,a5,.L29
	addi	a0,a0,31
	andi	s0,a0,-16
	li	a5,131072
	li	s3,2
	lla	s2,free_list
	bgeu	s0,a5,.L36
.L22:
	ld	a0,0(s2)
	mv	a3,s2
	beq	a0,zero,.L26
	ld	a5,0(a0)
	ld	a4,8(a0)
	bltu	a5,s0,.L37
.L24:
	sub	a5,a5,s0
	li	a2,31
	bleu	a5,a2,.L27
	add	a2,a0,s0
	sd	a5,0(a2)
	sd	a4,8(a2)
	sd	a2,0(a3)
	sd	s0,0(a0)
	addi	a0,a0,16
.L38:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	ld	s4,0(sp)
	addi	sp,sp,48
	jr	ra
.L29:
	li	a5,12
	sw	a5,errno,a4
.L21:
	li	a0,0
	j	.L19
.L36:
	li	a1,4096
	addi	a1,a1,-1
	add	s0,s0,a1
	li	a5,-4096
	and	s0,s0,a5
	li	a4,-1
	li	a5,0
	li	a3,34
	li	a2,3
	mv	a1,s0
	li	a0,0
	call	mmap
	beq	a0,s1,.L21
	ori	s0,s0,1
	sd	s0,0(a0)
	addi	a0,a0,16
.L19:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	ld	s4,0(sp)
	addi	sp,sp,48
	jr	ra
.L27:
	sd	a4,0(a3)
	addi	a0,a0,16
	j	.L38
.L37:
	addi	a3,a0,8
	beq	a4,zero,.L26
	mv	a0,a4
	ld	a5,0(a0)
	ld	a4,8(a0)
	bgeu	a5,s0,.L24
	j	.L37
.L26:
	li	s1,65536
	addi	s1,s1,-1
	li	a5,-65536
	add	s1,s0,s1
	li	a0,0
	and	s1,s1,a5
	call	sbrk
	addi	s4,a0,15
	andi	s4,s4,-16
	sub	a0,s4,a0
	add	a0,a0,s1
	call	sbrk
	li	a5,-1
	beq	a0,a5,.L29
	sd	s1,0(s4)
	mv	a0,s4
	call	insert_free
	li	a5,1
	beq	s3,a5,.L29
	li	s3,1
	j	.L22
	.size	malloc, .-malloc
	.align	1
	.globl	free
	.type	free, @function
free:
	beq	a0,zero,.L39
	ld	a1,-16(a0)
	addi	a0,a0,-16
	andi	a5,a1,1
	bne	a5,zero,.L42
	tail	insert_free
.L42:
	andi	a1,a1,-2
	tail	munmap
.L39:
	ret
	.size	free, .-free
	.align	1
	.globl	calloc
	.type	calloc, @function
calloc:
	addi	sp,sp,-32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	beq	a1,zero,.L44
	li	a5,-1
	srli	a5,a5,2
	divu	a5,a5,a1
	bltu	a5,a0,.L54
.L44:
	mul	s0,a1,a0
	mv	a0,s0
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L46
	mv	a2,s0
	li	a1,0
	call	memset
	ld	ra,24(sp)
	ld	s0,16(sp)
	mv	a0,s1
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L54:
	li	a5,12
	sw	a5,errno,a4
.L46:
	ld	ra,24(sp)
	ld	s0,16(sp)
	li	s1,0
	mv	a0,s1
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
	.size	calloc, .-calloc
	.align	1
	.globl	realloc
	.type	realloc, @function
realloc:
	beq	a0,zero,.L67
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	ra,24(sp)
	sd	s2,0(sp)
	ld	s1,-16(a0)
	mv	s0,a0
	beq	a1,zero,.L68
	andi	s1,s1,-2
	addi	s1,s1,-16
	mv	s2,a0
	bgtu	a1,s1,.L69
.L55:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	mv	a0,s2
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L69:
	mv	a0,a1
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L59
	mv	a1,s0
	mv	a2,s1
	call	memcpy
	ld	a1,-16(s0)
	addi	a0,s0,-16
	andi	a5,a1,1
	bne	a5,zero,.L70
	call	insert_free
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	mv	a0,s2
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L67:
	mv	a0,a1
	tail	malloc
.L70:
	andi	a1,a1,-2
	call	munmap
	j	.L55
.L68:
	andi	a5,s1,1
	addi	a0,a0,-16
	bne	a5,zero,.L71
	call	insert_free
.L59:
	li	s2,0
	j	.L55
.L71:
	andi	a1,s1,-2
	call	munmap
	li	s2,0
	j	.L55
	.size	realloc, .-realloc
	.section	.sbss,"aw",@nobits
	.align	3
	.type	free_list, @object
	.size	free_list, 8
free_list:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
