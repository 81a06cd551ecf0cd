# programs/bin/sysctl.s -- generated from sysctl.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o sysctl.s sysctl.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"sysctl.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	names_cmp, @function
names_cmp:
	ld	a1,0(a1)
	ld	a0,0(a0)
	tail	strcmp
	.size	names_cmp, .-names_cmp
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%.*s\n"
	.align	3
.LC1:
	.string	"%s = %.*s\n"
	.text
	.align	1
	.type	print_value, @function
print_value:
	addi	sp,sp,-32
	sd	s1,8(sp)
	mv	s1,a0
	mv	a0,a1
	sd	s0,16(sp)
	sd	ra,24(sp)
	mv	s0,a1
	call	strlen
	li	a3,10
	j	.L5
.L11:
	lbu	a4,0(a4)
	bne	a4,a3,.L10
	mv	a0,a5
.L5:
	addi	a5,a0,-1
	add	a4,s0,a5
	bne	a0,zero,.L11
	li	a1,0
.L4:
	lw	a5,opt_n
	beq	a5,zero,.L6
	mv	a2,s0
	ld	s0,16(sp)
	ld	ra,24(sp)
	ld	s1,8(sp)
	lla	a0,.LC0
	addi	sp,sp,32
	tail	printf
.L6:
	mv	a3,s0
	ld	s0,16(sp)
	ld	ra,24(sp)
	mv	a2,a1
	mv	a1,s1
	ld	s1,8(sp)
	lla	a0,.LC1
	addi	sp,sp,32
	tail	printf
.L10:
	sext.w	a1,a0
	j	.L4
	.size	print_value, .-print_value
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"sysctl: \"%s\" must be of the form name=value\n"
	.align	3
.LC3:
	.string	"/proc/sys/%s"
	.align	3
.LC4:
	.string	"sysctl: cannot stat %s: %s\n"
	.align	3
.LC5:
	.string	"sysctl: permission denied on key \"%s\"\n"
	.align	3
.LC6:
	.string	"sysctl: setting key \"%s\": %s\n"
	.text
	.align	1
	.type	write_one, @function
write_one:
	addi	sp,sp,-48
	li	t0,-4096
	sd	s1,24(sp)
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s2,16(sp)
	li	a1,61
	add	sp,sp,t0
	mv	s1,a0
	call	strchr
	beq	a0,zero,.L13
	mv	s0,a0
	beq	s1,a0,.L13
	li	a5,-4096
	li	a4,4096
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	sb	zero,0(a0)
	mv	a3,s1
	li	a1,4096
	mv	a0,a5
	lla	a2,.LC3
	sd	a5,8(sp)
	call	snprintf
	ld	a5,8(sp)
	li	a1,46
	li	a3,47
	lbu	a4,10(a5)
	addi	a5,a5,10
	beq	a4,zero,.L20
.L16:
	bne	a4,a1,.L19
	sb	a3,0(a5)
.L19:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L16
.L20:
	li	a5,-4096
	li	a4,4096
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	li	a1,1
	mv	a0,a5
	sd	a5,8(sp)
	call	open
	mv	s2,a0
	bge	a0,zero,.L35
	lw	a4,errno
	li	a5,2
	bne	a4,a5,.L21
	lla	s0,opt_e
	lw	a0,0(s0)
	beq	a0,zero,.L36
	seqz	a0,a0
.L39:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	addi	sp,sp,48
	jr	ra
.L35:
	addi	s0,s0,1
	mv	a0,s0
	call	strlen
	mv	a2,a0
	mv	a1,s0
	mv	a0,s2
	call	write
	blt	a0,zero,.L37
	mv	a0,s2
	call	close
	lw	a5,opt_q
	beq	a5,zero,.L25
	li	a0,0
.L38:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	addi	sp,sp,48
	jr	ra
.L13:
	mv	a2,s1
	lla	a1,.LC2
	ld	a0,stderr
	call	fprintf
.L15:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	li	a0,1
	addi	sp,sp,48
	jr	ra
.L21:
	mv	a2,s1
	lla	a1,.LC5
	ld	a0,stderr
	call	fprintf
	j	.L15
.L37:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s1
	lla	a1,.LC6
	mv	a0,s0
	call	fprintf
	mv	a0,s2
	call	close
	j	.L15
.L25:
	mv	a0,s1
	mv	a1,s0
	call	print_value
	li	a0,0
	j	.L38
.L36:
	li	a0,2
	ld	s1,stderr
	call	strerror
	ld	a2,8(sp)
	mv	a3,a0
	lla	a1,.LC4
	mv	a0,s1
	call	fprintf
	lw	a0,0(s0)
	seqz	a0,a0
	j	.L39
	.size	write_one, .-write_one
	.section	.rodata.str1.8
	.align	3
.LC7:
	.string	"sysctl: reading key \"%s\"\n"
	.text
	.align	1
	.type	read_one, @function
read_one:
	addi	sp,sp,-224
	li	t0,-4096
	li	a4,4096
	sd	s4,176(sp)
	sd	ra,216(sp)
	sd	s0,208(sp)
	sd	s1,200(sp)
	sd	s2,192(sp)
	sd	s3,184(sp)
	sd	s5,168(sp)
	sd	s6,160(sp)
	sd	s7,152(sp)
	sd	s8,144(sp)
	li	a5,-4096
	add	sp,sp,t0
	addi	a4,a4,128
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	mv	a3,a0
	li	a1,4096
	mv	s4,a0
	lla	a2,.LC3
	mv	a0,a5
	sd	a5,8(sp)
	call	snprintf
	ld	a5,8(sp)
	li	a1,46
	li	a3,47
	lbu	a4,10(a5)
	addi	a5,a5,10
	beq	a4,zero,.L45
.L41:
	bne	a4,a1,.L44
	sb	a3,0(a5)
.L44:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L41
.L45:
	li	a3,4096
	li	a5,-4096
	addi	a4,a3,128
	addi	a1,a5,-128
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	sd	a5,8(sp)
	ld	a0,8(sp)
	addi	a5,a3,128
	add	a5,a5,a1
	addi	a4,sp,16
	add	a1,a5,a4
	call	stat
	blt	a0,zero,.L67
	ld	a5,8(sp)
	li	a3,61440
	li	a4,16384
	lw	a5,-112(a5)
	and	a5,a5,a3
	beq	a5,a4,.L50
	ld	a0,8(sp)
	li	a1,0
	call	open
	mv	s3,a0
	blt	a0,zero,.L50
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L51
	li	s1,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L52:
	mv	a0,s2
	bltu	s5,s1,.L53
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L68
.L58:
	mv	s2,a0
.L53:
	add	s8,s2,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s3
	call	read
	blt	a0,zero,.L69
	add	s0,s0,a0
	beq	a0,zero,.L56
	addi	s5,s0,1
	mv	a0,s2
	bltu	s5,s1,.L53
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L58
.L68:
	mv	a0,s2
	call	free
.L51:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L50:
	mv	a2,s4
	lla	a1,.LC7
	ld	a0,stderr
	call	fprintf
	li	a0,1
.L47:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,216(sp)
	ld	s0,208(sp)
	ld	s1,200(sp)
	ld	s2,192(sp)
	ld	s3,184(sp)
	ld	s4,176(sp)
	ld	s5,168(sp)
	ld	s6,160(sp)
	ld	s7,152(sp)
	ld	s8,144(sp)
	addi	sp,sp,224
	jr	ra
.L69:
	lw	s8,0(s6)
	beq	s8,s7,.L52
	mv	a0,s2
	call	free
	mv	a0,s3
	call	close
	sw	s8,0(s6)
	j	.L50
.L56:
	mv	a0,s3
	call	close
	mv	a1,s2
	mv	a0,s4
	sb	zero,0(s8)
	call	print_value
	mv	a0,s2
	call	free
	li	a0,0
	j	.L47
.L67:
	lla	s0,opt_e
	lw	a0,0(s0)
	beq	a0,zero,.L70
	seqz	a0,a0
	j	.L47
.L70:
	lw	a0,errno
	ld	s1,stderr
	call	strerror
	ld	a2,8(sp)
	mv	a3,a0
	lla	a1,.LC4
	mv	a0,s1
	call	fprintf
	lw	a0,0(s0)
	seqz	a0,a0
	j	.L47
	.size	read_one, .-read_one
	.section	.rodata.str1.8
	.align	3
.LC8:
	.string	"%s/%s"
	.text
	.align	1
	.type	walk, @function
walk:
	addi	sp,sp,-272
	li	t0,-8192
	sd	ra,264(sp)
	sd	s0,256(sp)
	sd	s1,248(sp)
	sd	s2,240(sp)
	sd	s3,232(sp)
	sd	s4,224(sp)
	sd	s5,216(sp)
	sd	s6,208(sp)
	sd	s7,200(sp)
	sd	s8,192(sp)
	sd	s9,184(sp)
	sd	s10,176(sp)
	sd	s11,168(sp)
	add	sp,sp,t0
	sd	a0,8(sp)
	call	opendir
	beq	a0,zero,.L92
	mv	s3,a0
	li	s1,0
	li	s2,0
	li	s5,0
	li	s4,46
.L74:
	mv	a0,s3
	call	readdir
	mv	s0,a0
	sext.w	a4,s1
	beq	a0,zero,.L104
.L77:
	lbu	a5,19(s0)
	beq	a5,s4,.L74
	beq	s2,a4,.L105
.L75:
	slli	a5,s1,3
	addi	a0,s0,19
	add	s0,s5,a5
	call	strdup
	sd	a0,0(s0)
	mv	a0,s3
	call	readdir
	addi	s1,s1,1
	mv	s0,a0
	sext.w	a4,s1
	bne	a0,zero,.L77
.L104:
	mv	a0,s3
	call	closedir
	sext.w	s1,s1
	lla	a3,names_cmp
	li	a2,8
	mv	a1,s1
	mv	a0,s5
	call	qsort
	beq	s1,zero,.L91
	slli	s1,s1,3
	add	a5,s1,s5
	li	a4,8192
	li	s8,-8192
	addi	s8,s8,-128
	sd	a5,16(sp)
	addi	a5,a4,128
	add	a5,a5,s8
	addi	a3,sp,32
	add	s8,a5,a3
	addi	a5,sp,170
	li	s7,-4096
	sd	a5,24(sp)
	addi	a5,a4,128
	add	a5,a5,s7
	mv	s6,s5
	lla	s9,errno
	add	s7,a5,a3
.L90:
	ld	a4,0(s6)
	ld	a3,8(sp)
	li	a1,4096
	lla	a2,.LC8
	addi	a0,sp,160
	call	snprintf
	mv	a1,s8
	addi	a0,sp,160
	call	stat
	bne	a0,zero,.L79
	lw	a5,48(sp)
	li	a3,61440
	li	a4,16384
	and	a5,a5,a3
	beq	a5,a4,.L106
.L79:
	li	a1,0
	addi	a0,sp,160
	call	open
	mv	s2,a0
	blt	a0,zero,.L80
	li	a0,4096
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L81
	li	s1,4096
	li	s11,0
	li	s4,1
	li	s10,4
.L82:
	mv	a0,s0
	bltu	s4,s1,.L83
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L107
.L94:
	mv	s0,a0
.L83:
	add	s3,s0,s11
	sub	a2,s1,s11
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s2
	call	read
	blt	a0,zero,.L108
	add	s11,s11,a0
	beq	a0,zero,.L86
	addi	s4,s11,1
	mv	a0,s0
	bltu	s4,s1,.L83
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L94
.L107:
	mv	a0,s0
	call	free
.L81:
	mv	a0,s2
	call	close
	ld	a0,0(s6)
	li	a5,12
	sw	a5,errno,a4
	call	free
	ld	a5,16(sp)
	addi	s6,s6,8
	bne	s6,a5,.L90
.L91:
	mv	a0,s5
	call	free
	li	a0,0
.L72:
	li	t0,8192
	add	sp,sp,t0
	ld	ra,264(sp)
	ld	s0,256(sp)
	ld	s1,248(sp)
	ld	s2,240(sp)
	ld	s3,232(sp)
	ld	s4,224(sp)
	ld	s5,216(sp)
	ld	s6,208(sp)
	ld	s7,200(sp)
	ld	s8,192(sp)
	ld	s9,184(sp)
	ld	s10,176(sp)
	ld	s11,168(sp)
	addi	sp,sp,272
	jr	ra
.L108:
	lw	s3,0(s9)
	beq	s3,s10,.L82
	mv	a0,s0
	call	free
	mv	a0,s2
	call	close
	sw	s3,0(s9)
.L80:
	ld	a0,0(s6)
	addi	s6,s6,8
	call	free
	ld	a5,16(sp)
	bne	s6,a5,.L90
	j	.L91
.L105:
	slliw	a5,s2,1
	beq	s2,zero,.L93
	sext.w	s2,a5
	slli	a1,s2,3
.L76:
	mv	a0,s5
	call	realloc
	mv	s5,a0
	j	.L75
.L86:
	mv	a0,s2
	call	close
	ld	a1,24(sp)
	li	a2,4096
	sb	zero,0(s3)
	mv	a0,s7
	call	strlcpy
	lbu	a4,0(s7)
	mv	a5,s7
	li	a3,47
	li	a2,46
	beq	a4,zero,.L89
.L87:
	bne	a4,a3,.L88
	sb	a2,0(a5)
.L88:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L87
.L89:
	mv	a0,s7
	mv	a1,s0
	call	print_value
	mv	a0,s0
	call	free
	j	.L80
.L93:
	li	a1,256
	li	s2,32
	j	.L76
.L106:
	addi	a0,sp,160
	call	walk
	j	.L80
.L92:
	li	a0,1
	j	.L72
	.size	walk, .-walk
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"sysctl: no variables specified\nTry `sysctl --help' for more information.\n"
	.align	3
.LC10:
	.string	"sysctl: invalid option -- '%c'\n"
	.align	3
.LC11:
	.string	"\nUsage:\n sysctl [options] [variable[=value] ...]\n\nFor more details see sysctl(8).\n"
	.align	3
.LC12:
	.string	"/proc/sys"
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
	sd	s3,8(sp)
	sd	s4,0(sp)
	li	a5,1
	ble	a0,a5,.L110
	mv	s1,a0
	addi	a7,a1,8
	li	s2,1
	li	s3,0
	li	t1,45
	li	a6,55
	lla	a3,.L116
.L111:
	ld	a4,0(a7)
	lbu	a5,0(a4)
	bne	a5,t1,.L142
.L125:
	lbu	a2,1(a4)
	addi	a4,a4,1
	beq	a2,zero,.L113
.L143:
	addiw	a5,a2,-65
	andi	a5,a5,0xff
	bgtu	a5,a6,.L114
	slli	a5,a5,2
	add	a5,a5,a3
	lw	a5,0(a5)
	add	a5,a5,a3
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L116:
	.word	.L132-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L125-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L132-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L132-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L120-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L119-.L116
	.word	.L125-.L116
	.word	.L114-.L116
	.word	.L118-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L114-.L116
	.word	.L117-.L116
	.word	.L125-.L116
	.section	.text.startup
.L114:
	lla	s0,stderr
	ld	a0,0(s0)
	lla	a1,.LC10
	call	fprintf
	ld	a0,0(s0)
	lla	a1,.LC11
	call	fprintf
.L122:
	li	s3,1
.L139:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s4,0(sp)
	mv	a0,s3
	ld	s3,8(sp)
	addi	sp,sp,48
	jr	ra
.L132:
	li	s3,1
	j	.L125
.L117:
	li	a5,1
	sw	a5,opt_w,a2
	lbu	a2,1(a4)
	addi	a4,a4,1
	bne	a2,zero,.L143
.L113:
	addiw	s2,s2,1
	addi	a7,a7,8
	bne	s1,s2,.L111
	beq	s3,zero,.L110
.L131:
	ld	s0,32(sp)
	ld	ra,40(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	ld	s4,0(sp)
	lla	a0,.LC12
	addi	sp,sp,48
	tail	walk
.L120:
	li	a5,1
	sw	a5,opt_e,a2
	j	.L125
.L118:
	li	a5,1
	sw	a5,opt_q,a2
	j	.L125
.L119:
	li	a5,1
	sw	a5,opt_n,a2
	j	.L125
.L142:
	bne	s3,zero,.L131
	ble	s1,s2,.L110
	slli	a5,s2,3
	add	s0,a1,a5
	lla	s4,opt_w
	j	.L130
.L144:
	ld	a0,0(s0)
.L129:
	call	write_one
	or	a0,a0,s3
	sext.w	s3,a0
.L128:
	addiw	s2,s2,1
	addi	s0,s0,8
	beq	s1,s2,.L139
.L130:
	lw	a5,0(s4)
	ld	a0,0(s0)
	bne	a5,zero,.L129
	li	a1,61
	call	strchr
	bne	a0,zero,.L144
	ld	a0,0(s0)
	call	read_one
	or	a5,a0,s3
	sext.w	s3,a5
	j	.L128
.L110:
	lla	a1,.LC9
	ld	a0,stderr
	call	fprintf
	j	.L122
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	2
	.type	opt_q, @object
	.size	opt_q, 4
opt_q:
	.zero	4
	.type	opt_w, @object
	.size	opt_w, 4
opt_w:
	.zero	4
	.type	opt_e, @object
	.size	opt_e, 4
opt_e:
	.zero	4
	.type	opt_n, @object
	.size	opt_n, 4
opt_n:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
