# programs/bin/wc.s -- generated from wc.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o wc.s wc.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"wc.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	""
	.align	3
.LC1:
	.string	" "
	.align	3
.LC2:
	.string	"%*ld"
	.align	3
.LC3:
	.string	"%s%*ld"
	.align	3
.LC4:
	.string	" %s"
	.text
	.align	1
	.type	print, @function
print:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	ra,24(sp)
	lw	a5,show_lines
	mv	s0,a1
	mv	s1,a0
	lla	a1,.LC0
	bne	a5,zero,.L20
.L2:
	lw	a5,show_words
	bne	a5,zero,.L21
.L3:
	lw	a5,show_bytes
	bne	a5,zero,.L22
.L4:
	beq	s0,zero,.L5
	mv	a1,s0
	lla	a0,.LC4
	call	printf
.L5:
	ld	s0,16(sp)
	ld	ra,24(sp)
	ld	s1,8(sp)
	li	a0,10
	addi	sp,sp,32
	tail	putchar
.L22:
	ld	a3,16(s1)
	lw	a2,width
	lla	a0,.LC3
	call	printf
	j	.L4
.L21:
	ld	a3,8(s1)
	lw	a2,width
	lla	a0,.LC3
	call	printf
	lla	a1,.LC1
	j	.L3
.L20:
	ld	a2,0(a0)
	lw	a1,width
	lla	a0,.LC2
	call	printf
	lla	a1,.LC1
	j	.L2
	.size	print, .-print
	.align	1
	.type	count.constprop.0, @function
count.constprop.0:
	addi	sp,sp,-112
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s11,8(sp)
	mv	s7,a0
	mv	s4,a1
	li	s5,0
	lla	s8,buf
	li	s6,10
	lla	s10,errno
	li	s9,4
.L24:
	li	a2,16384
	mv	a1,s8
	mv	a0,s7
	call	read
	mv	s3,a0
	bge	a0,zero,.L25
	lw	a5,0(s10)
	beq	a5,s9,.L24
	li	a0,-1
.L27:
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
	addi	sp,sp,112
	jr	ra
.L25:
	beq	a0,zero,.L33
	ld	a5,16(s4)
	lla	s2,buf
	li	s1,0
	add	a5,a5,a0
	sd	a5,16(s4)
	j	.L32
.L34:
	li	s5,0
.L29:
	addi	s1,s1,1
	addi	s2,s2,1
	ble	s3,s1,.L24
.L32:
	lbu	s0,0(s2)
	sext.w	s11,s0
	mv	a0,s11
	bne	s0,s6,.L28
	ld	a5,0(s4)
	addi	a5,a5,1
	sd	a5,0(s4)
.L28:
	call	isspace
	bne	a0,zero,.L34
	mv	a0,s11
	slliw	s0,s0,24
	call	isprint
	sraiw	s0,s0,24
	bne	a0,zero,.L30
	bge	s0,zero,.L29
.L30:
	bne	s5,zero,.L31
	ld	a5,8(s4)
	addi	a5,a5,1
	sd	a5,8(s4)
.L31:
	li	s5,1
	j	.L29
.L33:
	li	a0,0
	j	.L27
	.size	count.constprop.0, .-count.constprop.0
	.section	.rodata.str1.8
	.align	3
.LC5:
	.string	"--"
	.align	3
.LC6:
	.string	"wc: invalid option -- '%c'\nTry 'wc --help' for more information.\n"
	.align	3
.LC7:
	.string	"-"
	.align	3
.LC8:
	.string	"wc: %s: %s\n"
	.align	3
.LC9:
	.string	"total"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-272
	sd	s2,240(sp)
	sd	s3,232(sp)
	sd	ra,264(sp)
	sd	s0,256(sp)
	sd	s1,248(sp)
	sd	s4,224(sp)
	sd	s5,216(sp)
	sd	s6,208(sp)
	sd	s7,200(sp)
	sd	s8,192(sp)
	sd	s9,184(sp)
	sd	s10,176(sp)
	sd	s11,168(sp)
	li	a5,1
	mv	s2,a0
	mv	s3,a1
	ble	a0,a5,.L38
	addi	s8,a1,8
	li	s1,1
	li	s4,45
	li	s6,1
	li	s0,119
	li	s7,99
	lla	s5,show_bytes
.L39:
	ld	a0,0(s8)
	lbu	a5,0(a0)
	bne	a5,s4,.L44
	lbu	a5,1(a0)
	beq	a5,zero,.L44
	lla	a1,.LC5
	call	strcmp
	beq	a0,zero,.L137
	ld	a5,0(s8)
	li	a3,0
	li	a0,0
	lbu	a2,1(a5)
	li	a1,0
	addi	a5,a5,1
	li	a4,108
	beq	a2,zero,.L46
.L45:
	beq	a2,a4,.L89
	beq	a2,s0,.L90
	bne	a2,s7,.L138
	li	a3,1
.L47:
	lbu	a2,1(a5)
	addi	a5,a5,1
	bne	a2,zero,.L45
	beq	a3,zero,.L52
	sw	s6,0(s5)
.L52:
	beq	a0,zero,.L53
	li	a5,1
	sw	a5,show_words,a4
.L53:
	beq	a1,zero,.L46
	li	a5,1
	sw	a5,show_lines,a4
.L46:
	addiw	s1,s1,1
	addi	s8,s8,8
	bne	s2,s1,.L39
	lla	s7,show_lines
	lla	s8,show_words
	lw	a5,0(s7)
	lw	a4,0(s8)
	or	a5,a5,a4
	beq	a5,zero,.L86
	li	s5,1
	li	s6,0
	lla	s9,show_bytes
.L66:
	lla	a4,width
	li	a5,1
	sw	a5,0(a4)
	beq	s5,zero,.L42
.L41:
	li	a5,7
	sw	a5,0(a4)
	j	.L42
.L89:
	li	a1,1
	j	.L47
.L90:
	li	a0,1
	j	.L47
.L138:
	beq	a3,zero,.L48
	li	a5,1
	sw	a5,show_bytes,a4
.L48:
	beq	a0,zero,.L49
	li	a5,1
	sw	a5,show_words,a4
.L49:
	beq	a1,zero,.L50
	li	a5,1
	sw	a5,show_lines,a4
.L50:
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
	li	s3,1
.L97:
	ld	ra,264(sp)
	ld	s0,256(sp)
	ld	s1,248(sp)
	ld	s2,240(sp)
	ld	s4,224(sp)
	ld	s5,216(sp)
	ld	s6,208(sp)
	ld	s7,200(sp)
	ld	s8,192(sp)
	ld	s9,184(sp)
	ld	s10,176(sp)
	ld	s11,168(sp)
	mv	a0,s3
	ld	s3,232(sp)
	addi	sp,sp,272
	jr	ra
.L137:
	addiw	s1,s1,1
.L44:
	lla	s7,show_lines
	lla	s8,show_words
	lw	a5,0(s7)
	lw	a4,0(s8)
	lla	s9,show_bytes
	or	a5,a5,a4
	beq	a5,zero,.L86
.L57:
	subw	a5,s2,s1
	sext.w	s6,a5
	seqz	s5,s6
	ble	s2,s1,.L66
	slli	s0,a5,32
	srli	s0,s0,32
	add	s0,s0,s1
	slli	a5,s1,3
	slli	s0,s0,3
	add	s11,s3,a5
	add	s0,s3,s0
	li	s10,0
	lla	s4,.LC7
.L63:
	ld	a0,0(s11)
	mv	a1,s4
	call	strcmp
	bne	a0,zero,.L139
.L93:
	li	s5,1
.L61:
	addi	s11,s11,8
	bne	s0,s11,.L63
	li	a5,9
	ble	s10,a5,.L66
	li	a5,2
	li	a0,10
	li	a1,99
.L67:
	mv	a3,s10
	sext.w	a2,a5
	div	s10,s10,a0
	addiw	a5,a5,1
	bgt	a3,a1,.L67
	sext.w	a2,a2
	lla	a4,width
	sw	a2,0(a4)
	beq	s5,zero,.L42
	li	a5,6
	ble	a2,a5,.L41
.L42:
	lw	a1,0(s7)
	lw	a5,0(s8)
	lw	a3,0(s9)
	li	a2,1
	addw	a5,a5,a1
	addw	a3,a5,a3
	beq	a3,a2,.L140
.L68:
	beq	s6,zero,.L141
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	ble	s2,s1,.L142
.L73:
	slli	s0,s1,3
	add	s0,s3,s0
	lla	s4,.LC7
	li	s3,0
	lla	s8,stderr
	lla	s7,errno
	lla	s5,.LC8
	j	.L72
.L144:
	addi	a1,sp,32
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	call	count.constprop.0
	addi	s10,sp,32
	blt	a0,zero,.L143
.L77:
	ld	a1,0(s0)
	mv	a0,s10
	addiw	s1,s1,1
	call	print
	ld	a3,8(sp)
	ld	a5,32(sp)
	ld	a4,16(sp)
	ld	a2,48(sp)
	add	a3,a3,a5
	ld	a5,40(sp)
	sd	a3,8(sp)
	addi	s0,s0,8
	add	a4,a4,a5
	ld	a5,24(sp)
	sd	a4,16(sp)
	add	a5,a5,a2
	sd	a5,24(sp)
	ble	s2,s1,.L74
.L72:
	ld	a0,0(s0)
	mv	a1,s4
	call	strcmp
	beq	a0,zero,.L144
	ld	a0,0(s0)
	li	a1,0
	call	open
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	mv	s9,a0
	bge	a0,zero,.L78
.L81:
	lw	a0,0(s7)
	ld	s3,0(s8)
	ld	s10,0(s0)
	call	strerror
	mv	a3,a0
	mv	a2,s10
	mv	a1,s5
	mv	a0,s3
	call	fprintf
	ble	s9,zero,.L80
	mv	a0,s9
	call	close
.L80:
	li	s3,1
.L146:
	addiw	s1,s1,1
	addi	s0,s0,8
	bgt	s2,s1,.L72
.L74:
	li	a5,1
	ble	s6,a5,.L97
.L71:
	lla	a1,.LC9
	addi	a0,sp,8
	call	print
	j	.L97
.L139:
	ld	a0,0(s11)
	addi	a1,sp,32
	call	stat
	addi	a1,sp,32
	bne	a0,zero,.L62
	lw	a3,48(sp)
	li	a5,61440
	and	a3,a3,a5
	sext.w	a3,a3
	li	a5,32768
	bne	a3,a5,.L93
.L62:
	ld	a0,0(s11)
	call	stat
	bne	a0,zero,.L61
	ld	a3,80(sp)
	add	s10,s10,a3
	j	.L61
.L140:
	ble	s6,a3,.L145
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	bgt	s2,s1,.L73
	li	s3,0
	j	.L71
.L143:
	lw	a0,0(s7)
	ld	s3,0(s8)
	ld	s9,0(s0)
	call	strerror
	mv	a3,a0
	mv	a2,s9
	mv	a0,s3
	mv	a1,s5
	call	fprintf
	li	s3,1
	j	.L146
.L78:
	addi	s10,sp,32
	mv	a1,s10
	call	count.constprop.0
	blt	a0,zero,.L81
	beq	s9,zero,.L77
	mv	a0,s9
	call	close
	j	.L77
.L86:
	lla	s9,show_bytes
	lw	a5,0(s9)
	bne	a5,zero,.L57
.L58:
	li	a5,1
	sw	a5,0(s9)
	sw	a5,0(s8)
	sw	a5,0(s7)
	j	.L57
.L145:
	sw	a3,0(a4)
	j	.L68
.L141:
	addi	a1,sp,32
	li	a0,0
	sd	zero,32(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	call	count.constprop.0
	li	a1,0
	addi	a0,sp,32
	call	print
	li	s3,0
	j	.L97
.L38:
	lla	s7,show_lines
	lw	a3,0(s7)
	lla	s8,show_words
	lw	a4,0(s8)
	beq	a3,zero,.L40
	lla	a4,width
	addiw	s6,a0,-1
	sw	a5,0(a4)
	li	s1,1
	lla	s9,show_bytes
	beq	s6,zero,.L41
	j	.L42
.L142:
	li	s3,0
	j	.L74
.L40:
	bne	a4,zero,.L85
	lla	s9,show_bytes
	lw	a5,0(s9)
	beq	a5,zero,.L95
	addiw	s6,a0,-1
	seqz	s5,s6
	li	s1,1
	j	.L66
.L85:
	addiw	s6,s2,-1
	seqz	s5,s6
	li	s1,1
	lla	s9,show_bytes
	j	.L66
.L95:
	li	s1,1
	j	.L58
	.size	main, .-main
	.bss
	.align	3
	.type	buf, @object
	.size	buf, 16384
buf:
	.zero	16384
	.section	.sbss,"aw",@nobits
	.align	2
	.type	width, @object
	.size	width, 4
width:
	.zero	4
	.type	show_bytes, @object
	.size	show_bytes, 4
show_bytes:
	.zero	4
	.type	show_words, @object
	.size	show_words, 4
show_words:
	.zero	4
	.type	show_lines, @object
	.size	show_lines, 4
show_lines:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
