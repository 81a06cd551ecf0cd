# programs/bin/vmstat.s -- generated from vmstat.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o vmstat.s vmstat.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"vmstat.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	memory_columns, @function
memory_columns:
	ld	a5,80(a0)
	ld	a4,data_unit
	lw	a3,a_option
	sd	a5,0(a1)
	ld	a5,88(a0)
	sd	a5,8(a1)
	ld	a5,216(a0)
	ld	a2,224(a0)
	sub	a5,a5,a2
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,16(a1)
	ld	a5,168(a0)
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,24(a1)
	beq	a3,zero,.L2
	ld	a5,208(a0)
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,32(a1)
	ld	a5,200(a0)
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,40(a1)
	ret
.L2:
	ld	a5,184(a0)
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,32(a1)
	ld	a5,192(a0)
	slli	a5,a5,10
	divu	a5,a5,a4
	sd	a5,40(a1)
	ret
	.size	memory_columns, .-memory_columns
	.align	1
	.type	cpu_columns, @function
cpu_columns:
	add	a6,a0,a1
	add	a6,a6,a2
	add	a6,a6,a3
	add	a6,a6,a4
	beq	a6,zero,.L7
	li	a7,100
	mul	a2,a2,a7
	srli	t1,a6,63
	add	t1,t1,a6
	srai	t1,t1,1
	mv	a7,a6
	add	a2,a2,t1
	div	a2,a2,a6
	mv	a6,t1
.L6:
	li	t1,100
	sd	a2,112(a5)
	mul	a0,a0,t1
	mul	a1,a1,t1
	add	a0,a0,a6
	mul	a3,a3,t1
	add	a1,a1,a6
	mul	a4,a4,t1
	add	a3,a3,a6
	add	a4,a4,a6
	div	a0,a0,a7
	div	a1,a1,a7
	sd	a0,96(a5)
	div	a3,a3,a7
	sd	a1,104(a5)
	div	a4,a4,a7
	sd	a3,120(a5)
	sd	a4,128(a5)
	ret
.L7:
	li	a2,100
	li	a7,1
	j	.L6
	.size	cpu_columns, .-cpu_columns
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"--procs-- -----------------------memory---------------------- ---swap-- -----io---- -system-- --------cpu--------\n"
	.align	3
.LC1:
	.string	"procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----\n"
	.align	3
.LC2:
	.string	" "
	.align	3
.LC3:
	.string	"%*s%s"
	.align	3
.LC4:
	.string	"\n"
	.align	3
.LC5:
	.string	"active"
	.align	3
.LC6:
	.string	"inact"
	.text
	.align	1
	.type	header, @function
header:
	addi	sp,sp,-112
	sd	s4,64(sp)
	lla	s4,w_option
	lw	a5,0(s4)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	beq	a5,zero,.L9
	lla	a0,.LC0
	call	printf
.L10:
	lla	s1,.LANCHOR0
	lla	s3,.LANCHOR0+136
	lla	s2,.LANCHOR0+208
	li	s0,0
	lla	s5,a_option
	li	s8,16
	lla	s7,.LC2
	lla	s6,.LC3
	li	s9,4
	lla	s11,.LC6
	li	s10,5
.L21:
	lw	a4,0(s5)
	ld	a2,0(s1)
	lw	a5,0(s4)
	beq	a4,zero,.L12
	beq	s0,s9,.L28
	beq	s0,s10,.L29
.L12:
	beq	a5,zero,.L30
	lw	a1,0(s3)
	beq	s0,s8,.L20
.L31:
	mv	a3,s7
	mv	a0,s6
	call	printf
	addiw	s0,s0,1
	addi	s1,s1,8
	addi	s3,s3,4
	addi	s2,s2,4
	j	.L21
.L29:
	li	a1,6
	beq	a5,zero,.L18
	li	a1,12
.L18:
	mv	a3,s7
	lla	a2,.LC5
	mv	a0,s6
	call	printf
	addi	s1,s1,8
	addi	s3,s3,4
	addi	s2,s2,4
	li	s0,6
	j	.L21
.L30:
	lw	a1,0(s2)
	bne	s0,s8,.L31
.L20:
	ld	s0,96(sp)
	ld	ra,104(sp)
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
	lla	a3,.LC4
	lla	a0,.LC3
	addi	sp,sp,112
	tail	printf
.L28:
	li	a1,12
	bne	a5,zero,.L15
	li	a1,6
.L15:
	mv	a3,s7
	mv	a2,s11
	mv	a0,s6
	call	printf
	addi	s1,s1,8
	addi	s3,s3,4
	addi	s2,s2,4
	li	s0,5
	j	.L21
.L9:
	lla	a0,.LC1
	call	printf
	j	.L10
	.size	header, .-header
	.align	1
	.type	stat_value, @function
stat_value:
	addi	sp,sp,-48
	sd	s0,32(sp)
	mv	s0,a0
	mv	a0,a1
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	ra,40(sp)
	mv	s2,a1
	call	strlen
	mv	s1,a0
	li	s3,32
	bne	s0,zero,.L33
	j	.L34
.L37:
	call	strncmp
	mv	a5,a0
	add	a4,s0,s1
	mv	a0,s0
	li	a1,10
	bne	a5,zero,.L35
	lbu	a5,0(a4)
	beq	a5,s3,.L44
.L35:
	call	strchr
	beq	a0,zero,.L34
	addi	s0,a0,1
.L33:
	lbu	a5,0(s0)
	mv	a2,s1
	mv	a1,s2
	mv	a0,s0
	bne	a5,zero,.L37
.L34:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
.L44:
	addi	a0,s1,1
	add	a0,s0,a0
	ld	s0,32(sp)
	ld	ra,40(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	li	a2,10
	li	a1,0
	addi	sp,sp,48
	tail	strtoul
	.size	stat_value, .-stat_value
	.section	.rodata.str1.8
	.align	3
.LC7:
	.string	"%*lu%s"
	.text
	.align	1
	.type	line, @function
line:
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	ra,72(sp)
	mv	s1,a0
	lla	s2,wide.1
	lla	s0,width.0
	lla	s7,width.0+68
	lla	s6,width.0+64
	lla	s5,w_option
	lla	s4,.LC2
	lla	s3,.LC7
.L50:
	lw	a5,0(s5)
	beq	a5,zero,.L46
	lw	a1,0(s2)
	ld	a2,0(s1)
	mv	a3,s4
	mv	a0,s3
	beq	s0,s6,.L53
.L48:
	addi	s0,s0,4
	call	printf
	addi	s1,s1,8
	addi	s2,s2,4
	bne	s0,s7,.L50
.L49:
	ld	s0,64(sp)
	ld	ra,72(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	ld	a0,stdout
	addi	sp,sp,80
	tail	fflush
.L46:
	lw	a1,0(s0)
	ld	a2,0(s1)
	mv	a3,s4
	mv	a0,s3
	bne	s0,s6,.L48
.L53:
	lla	a3,.LC4
	lla	a0,.LC7
	call	printf
	j	.L49
	.size	line, .-line
	.section	.rodata.str1.8
	.align	3
.LC8:
	.string	"vmstat: failed to parse argument: '%s'\n"
	.text
	.align	1
	.type	parse_number, @function
parse_number:
	addi	sp,sp,-32
	li	a2,10
	addi	a1,sp,8
	sd	s0,16(sp)
	sw	zero,errno,a5
	mv	s0,a0
	sd	ra,24(sp)
	call	strtol
	lbu	a5,0(s0)
	beq	a5,zero,.L55
	ld	a5,8(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L55
	lw	a5,errno
	bne	a5,zero,.L55
	ld	ra,24(sp)
	ld	s0,16(sp)
	addi	sp,sp,32
	jr	ra
.L55:
	mv	a2,s0
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
	li	a0,1
	call	exit
	.size	parse_number, .-parse_number
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"vmstat"
	.align	3
.LC10:
	.string	"system stat"
	.align	3
.LC11:
	.string	"meminfo"
	.align	3
.LC12:
	.string	"/proc/stat"
	.align	3
.LC13:
	.string	"/proc/vmstat"
	.align	3
.LC14:
	.string	"/proc/meminfo"
	.align	3
.LC15:
	.string	"vmstat: Unable to create %s structure\n"
	.align	3
.LC16:
	.string	"cpu "
	.align	3
.LC17:
	.string	"procs_running"
	.align	3
.LC18:
	.string	"procs_blocked"
	.align	3
.LC19:
	.string	"intr"
	.align	3
.LC20:
	.string	"ctxt"
	.align	3
.LC21:
	.string	"btime"
	.align	3
.LC22:
	.string	"processes"
	.align	3
.LC23:
	.string	"pgpgin"
	.align	3
.LC24:
	.string	"pgpgout"
	.align	3
.LC25:
	.string	"pswpin"
	.align	3
.LC26:
	.string	"pswpout"
	.align	3
.LC27:
	.string	"MemTotal"
	.align	3
.LC28:
	.string	"MemFree"
	.align	3
.LC29:
	.string	"MemAvailable"
	.align	3
.LC30:
	.string	"Buffers"
	.align	3
.LC31:
	.string	"Cached"
	.align	3
.LC32:
	.string	"SReclaimable"
	.align	3
.LC33:
	.string	"Active"
	.align	3
.LC34:
	.string	"Inactive"
	.align	3
.LC35:
	.string	"SwapTotal"
	.align	3
.LC36:
	.string	"SwapFree"
	.text
	.align	1
	.type	take.isra.0, @function
take.isra.0:
	addi	sp,sp,-192
	li	a1,0
	li	a2,232
	sd	s2,160(sp)
	sd	ra,184(sp)
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s6,128(sp)
	sd	s7,120(sp)
	sd	s8,112(sp)
	sd	s9,104(sp)
	sd	s10,96(sp)
	mv	s2,a0
	call	memset
	li	a1,0
	lla	a0,.LC12
	call	open
	blt	a0,zero,.L62
	mv	s4,a0
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L63
	li	s1,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L64:
	bgtu	s1,s5,.L66
	slli	s1,s1,1
	mv	a1,s1
	mv	a0,s3
	call	realloc
	beq	a0,zero,.L247
	mv	s3,a0
.L66:
	add	s8,s3,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s4
	call	read
	blt	a0,zero,.L248
	beq	a0,zero,.L69
	add	s0,s0,a0
	addi	s5,s0,1
	j	.L64
.L248:
	lw	s8,0(s6)
	beq	s8,s7,.L64
	mv	a0,s3
	call	free
	mv	a0,s4
	call	close
	sw	s8,0(s6)
.L62:
	li	s3,0
.L65:
	li	a1,0
	lla	a0,.LC13
	call	open
	mv	s5,a0
	blt	a0,zero,.L70
	li	a0,4096
	call	malloc
	mv	s4,a0
	beq	a0,zero,.L71
	li	s1,4096
	li	s0,0
	li	s6,1
	lla	s7,errno
	li	s8,4
.L72:
	bltu	s6,s1,.L74
	slli	s1,s1,1
	mv	a1,s1
	mv	a0,s4
	call	realloc
	beq	a0,zero,.L249
	mv	s4,a0
.L74:
	add	s9,s4,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s9
	mv	a0,s5
	call	read
	blt	a0,zero,.L250
	beq	a0,zero,.L77
	add	s0,s0,a0
	addi	s6,s0,1
	j	.L72
.L247:
	mv	a0,s3
	call	free
.L63:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L62
.L250:
	lw	s9,0(s7)
	beq	s9,s8,.L72
	mv	a0,s4
	call	free
	mv	a0,s5
	call	close
	sw	s9,0(s7)
.L70:
	li	s4,0
.L73:
	li	a1,0
	lla	a0,.LC14
	call	open
	mv	s5,a0
	blt	a0,zero,.L246
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L82
	li	s10,4096
	li	s0,0
	li	s7,1
	lla	s8,errno
	li	s9,4
.L83:
	bgtu	s10,s7,.L86
	slli	s10,s10,1
	mv	a1,s10
	mv	a0,s1
	call	realloc
	beq	a0,zero,.L251
	mv	s1,a0
.L86:
	add	s6,s1,s0
	sub	a2,s10,s0
	addi	a2,a2,-1
	mv	a1,s6
	mv	a0,s5
	call	read
	blt	a0,zero,.L252
	beq	a0,zero,.L89
	add	s0,s0,a0
	addi	s7,s0,1
	j	.L83
.L252:
	lw	s6,0(s8)
	beq	s6,s9,.L83
	mv	a0,s1
	call	free
	mv	a0,s5
	call	close
	sw	s6,0(s8)
.L246:
	beq	s3,zero,.L84
	beq	s4,zero,.L241
	ld	a0,stderr
.L242:
	lla	a2,.LC11
.L81:
	lla	a1,.LC15
	call	fprintf
	li	a0,1
	call	exit
.L251:
	mv	a0,s1
	call	free
.L82:
	mv	a0,s5
	call	close
	li	a5,12
	sw	a5,errno,a4
	beq	s3,zero,.L84
	lla	a5,stderr
	ld	a0,0(a5)
	bne	s4,zero,.L242
.L85:
	ld	a0,0(a5)
	lla	a2,.LC9
	j	.L81
.L249:
	mv	a0,s4
	call	free
.L71:
	mv	a0,s5
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L70
.L89:
	mv	a0,s5
	call	close
	sb	zero,0(s6)
	beq	s3,zero,.L84
	beq	s4,zero,.L241
	lla	a1,.LC16
	mv	a0,s3
	call	strstr
	beq	a0,zero,.L91
	addi	t3,s2,8
	addi	t1,s2,16
	addi	a7,s2,24
	addi	a6,s2,32
	addi	a1,s2,40
	addi	a2,s2,48
	addi	a3,s2,56
	addi	a4,s2,64
	addi	a5,s2,72
	addi	a0,a0,4
	sd	s2,16(sp)
	sd	t3,24(sp)
	sd	t1,32(sp)
	sd	a7,40(sp)
	sd	a6,48(sp)
	sd	a1,56(sp)
	sd	a2,64(sp)
	sd	a3,72(sp)
	sd	a4,80(sp)
	sd	a5,88(sp)
	sd	a0,8(sp)
	addi	s0,sp,16
	addi	s6,sp,96
	j	.L93
.L253:
	ld	a0,8(sp)
.L93:
	ld	s5,0(s0)
	li	a2,10
	addi	a1,sp,8
	call	strtoull
	sd	a0,0(s5)
	addi	s0,s0,8
	bne	s0,s6,.L253
.L91:
	lla	a1,.LC17
	mv	a0,s3
	call	stat_value
	lla	a1,.LC18
	sd	a0,80(s2)
	mv	a0,s3
	call	stat_value
	lla	a1,.LC19
	sd	a0,88(s2)
	mv	a0,s3
	call	stat_value
	lla	a1,.LC20
	sd	a0,96(s2)
	mv	a0,s3
	call	stat_value
	lla	a1,.LC21
	sd	a0,104(s2)
	mv	a0,s3
	call	stat_value
	lla	a1,.LC22
	sd	a0,112(s2)
	mv	a0,s3
	call	stat_value
	lla	a1,.LC23
	sd	a0,120(s2)
	mv	a0,s4
	call	stat_value
	lla	a1,.LC24
	sd	a0,128(s2)
	mv	a0,s4
	call	stat_value
	lla	a1,.LC25
	sd	a0,136(s2)
	mv	a0,s4
	call	stat_value
	lla	a1,.LC26
	sd	a0,144(s2)
	mv	a0,s4
	call	stat_value
	sd	a0,152(s2)
	lla	a0,.LC27
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC27
	li	s7,58
	bne	a5,zero,.L94
	j	.L98
.L255:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L98
.L94:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L96
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L254
.L96:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L255
.L98:
	li	a0,0
.L95:
	sd	a0,160(s2)
	lla	a0,.LC28
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC28
	li	s7,58
	bne	a5,zero,.L99
	j	.L103
.L257:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L103
.L99:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L101
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L256
.L101:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L257
.L103:
	li	a0,0
.L100:
	sd	a0,168(s2)
	lla	a0,.LC29
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC29
	li	s7,58
	bne	a5,zero,.L104
	j	.L107
.L259:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L107
.L104:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L106
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L258
.L106:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L259
.L107:
	ld	a0,168(s2)
.L105:
	sd	a0,176(s2)
	lla	a0,.LC30
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC30
	li	s7,58
	bne	a5,zero,.L109
	j	.L113
.L261:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L113
.L109:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L111
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L260
.L111:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L261
.L113:
	li	a0,0
.L110:
	sd	a0,184(s2)
	lla	a0,.LC31
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC31
	li	s7,58
	bne	a5,zero,.L114
	j	.L118
.L263:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L118
.L114:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L116
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L262
.L116:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L263
.L118:
	li	s8,0
.L115:
	lla	a0,.LC32
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	beq	a5,zero,.L122
	mv	s0,s1
	lla	s6,.LC32
	li	s7,58
	j	.L123
.L265:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L122
.L123:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L120
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L264
.L120:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L265
.L122:
	sd	s8,192(s2)
	lla	a0,.LC33
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC33
	li	s7,58
	bne	a5,zero,.L124
	j	.L128
.L267:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L128
.L124:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L126
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L266
.L126:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L267
.L128:
	li	a0,0
.L125:
	sd	a0,200(s2)
	lla	a0,.LC34
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC34
	li	s7,58
	bne	a5,zero,.L129
	j	.L133
.L269:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L133
.L129:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L131
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L268
.L131:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L269
.L133:
	li	a0,0
.L130:
	sd	a0,208(s2)
	lla	a0,.LC35
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC35
	li	s7,58
	bne	a5,zero,.L134
	j	.L138
.L271:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L138
.L134:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L136
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L270
.L136:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L271
.L138:
	li	a0,0
.L135:
	sd	a0,216(s2)
	lla	a0,.LC36
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s0,s1
	lla	s6,.LC36
	li	s7,58
	bne	a5,zero,.L139
	j	.L143
.L273:
	lbu	a5,1(a0)
	addi	s0,a0,1
	beq	a5,zero,.L143
.L139:
	mv	a2,s5
	mv	a1,s6
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L141
	add	a5,s0,s5
	lbu	a5,0(a5)
	beq	a5,s7,.L272
.L141:
	li	a1,10
	mv	a0,s0
	call	strchr
	bne	a0,zero,.L273
.L143:
	li	a0,0
.L140:
	sd	a0,224(s2)
	mv	a0,s3
	call	free
	mv	a0,s4
	call	free
	ld	s0,176(sp)
	ld	ra,184(sp)
	ld	s2,160(sp)
	ld	s3,152(sp)
	ld	s4,144(sp)
	ld	s5,136(sp)
	ld	s6,128(sp)
	ld	s7,120(sp)
	ld	s8,112(sp)
	ld	s9,104(sp)
	ld	s10,96(sp)
	mv	a0,s1
	ld	s1,168(sp)
	addi	sp,sp,192
	tail	free
.L258:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	blt	a0,zero,.L107
	ld	a5,160(s2)
	bltu	a5,a0,.L107
	j	.L105
.L260:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L110
.L270:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L135
.L272:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L140
.L262:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	s8,a0,a5
	j	.L115
.L264:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	add	s8,s8,a0
	j	.L122
.L266:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L125
.L268:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L130
.L254:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L95
.L256:
	addi	a0,s5,1
	li	a2,10
	li	a1,0
	add	a0,s0,a0
	call	strtol
	not	a5,a0
	srai	a5,a5,63
	and	a0,a0,a5
	j	.L100
.L77:
	mv	a0,s5
	call	close
	sb	zero,0(s9)
	j	.L73
.L69:
	mv	a0,s4
	call	close
	sb	zero,0(s8)
	j	.L65
.L84:
	ld	a0,stderr
	lla	a2,.LC10
	bne	s4,zero,.L81
	lla	a2,.LC9
	j	.L81
.L241:
	lla	a5,stderr
	j	.L85
	.size	take.isra.0, .-take.isra.0
	.section	.rodata.str1.8
	.align	3
.LC37:
	.ascii	"\nUsage:\n vmstat [options] [delay [count]]\n\nOptions:\n -a"
	.ascii	", --active           active/inactive memory\n -f, --forks   "
	.ascii	"         number of forks since boot\n -m, --slabs           "
	.ascii	" slabinfo\n -n, --one-header       do not redisplay header\n"
	.ascii	" -s, --stats            event counter statistics\n -d, --dis"
	.ascii	"k             disk statistics\n -D, --disk-sum         summa"
	.ascii	"rize disk statistics\n -p, --partition <dev>  partition spec"
	.ascii	"ific statistics\n -S, --unit <char>      define display unit"
	.string	"\n -w, --wide             wide output\n -t, --timestamp        show timestamp\n -y, --no-first         skips first line of output\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see vmstat(8).\n"
	.align	3
.LC38:
	.string	"vmstat from procps-ng 4.0.2 (pagelab)"
	.align	3
.LC39:
	.string	"vmstat: -S requires k, K, m or M (default is KiB)\n"
	.align	3
.LC40:
	.string	"vmstat: invalid option -- '%c'\n"
	.align	3
.LC41:
	.string	"vmstat: unrecognized option '%s'\n"
	.align	3
.LC42:
	.string	"afnsS:whVy"
	.align	3
.LC43:
	.string	"%13lu forks\n"
	.align	3
.LC44:
	.string	"vmstat: delay must be positive integer\n"
	.align	3
.LC45:
	.string	"%13lu %s total memory\n"
	.align	3
.LC46:
	.string	"%13lu %s used memory\n"
	.align	3
.LC47:
	.string	"%13lu %s active memory\n"
	.align	3
.LC48:
	.string	"%13lu %s inactive memory\n"
	.align	3
.LC49:
	.string	"%13lu %s free memory\n"
	.align	3
.LC50:
	.string	"%13lu %s buffer memory\n"
	.align	3
.LC51:
	.string	"%13lu %s swap cache\n"
	.align	3
.LC52:
	.string	"%13lu %s total swap\n"
	.align	3
.LC53:
	.string	"%13lu %s used swap\n"
	.align	3
.LC54:
	.string	"%13lu %s free swap\n"
	.align	3
.LC55:
	.string	"%13llu non-nice user cpu ticks\n"
	.align	3
.LC56:
	.string	"%13llu nice user cpu ticks\n"
	.align	3
.LC57:
	.string	"%13llu system cpu ticks\n"
	.align	3
.LC58:
	.string	"%13llu idle cpu ticks\n"
	.align	3
.LC59:
	.string	"%13llu IO-wait cpu ticks\n"
	.align	3
.LC60:
	.string	"%13llu IRQ cpu ticks\n"
	.align	3
.LC61:
	.string	"%13llu softirq cpu ticks\n"
	.align	3
.LC62:
	.string	"%13llu stolen cpu ticks\n"
	.align	3
.LC63:
	.string	"%13llu non-nice guest cpu ticks\n"
	.align	3
.LC64:
	.string	"%13llu nice guest cpu ticks\n"
	.align	3
.LC65:
	.string	"%13lu K paged in\n"
	.align	3
.LC66:
	.string	"%13lu K paged out\n"
	.align	3
.LC67:
	.string	"%13lu pages swapped in\n"
	.align	3
.LC68:
	.string	"%13lu pages swapped out\n"
	.align	3
.LC69:
	.string	"%13lu interrupts\n"
	.align	3
.LC70:
	.string	"%13lu CPU context switches\n"
	.align	3
.LC71:
	.string	"%13lu boot time\n"
	.align	3
.LC72:
	.string	"/proc/uptime"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-720
	sd	s0,704(sp)
	sd	s1,696(sp)
	sd	s2,688(sp)
	sd	s3,680(sp)
	sd	s4,672(sp)
	sd	s5,664(sp)
	sd	s6,656(sp)
	sd	s7,648(sp)
	sd	s8,640(sp)
	sd	ra,712(sp)
	sd	s9,632(sp)
	sd	s10,624(sp)
	sd	s11,616(sp)
	mv	s1,a0
	mv	s0,a1
	sw	zero,opterr,a5
	li	s7,0
	li	s8,0
	lla	s5,.LANCHOR0+280
	lla	s4,.LC42
	li	s3,-1
	li	s6,38
	lla	s2,.L278
.L275:
	li	a4,0
	mv	a3,s5
	mv	a2,s4
	mv	a1,s0
	mv	a0,s1
	call	getopt_long
	beq	a0,s3,.L347
	addiw	a0,a0,-83
	sext.w	a5,a0
	bgtu	a5,s6,.L276
	slli	a5,a0,32
	srli	a0,a5,30
	add	a0,a0,s2
	lw	a5,0(a0)
	add	a5,a5,s2
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L278:
	.word	.L286-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L285-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L284-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L283-.L278
	.word	.L276-.L278
	.word	.L282-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L281-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L328-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L276-.L278
	.word	.L279-.L278
	.word	.L276-.L278
	.word	.L277-.L278
	.section	.text.startup
.L276:
	lla	s1,stderr
	lw	a2,optopt
	ld	a0,0(s1)
	beq	a2,zero,.L299
	lla	a1,.LC40
	call	fprintf
.L300:
	ld	s0,0(s1)
	lla	a0,.LC37
	mv	a1,s0
	call	fputs
	ld	a0,0(s1)
	sub	a0,a0,s0
	seqz	a0,a0
	j	.L345
.L277:
	li	a5,1
	sw	a5,y_option,a4
	j	.L275
.L279:
	li	a5,1
	sw	a5,w_option,a4
	j	.L275
.L281:
	li	a5,1
	sw	a5,one_header,a4
	j	.L275
.L282:
	ld	s0,stdout
	mv	a1,s0
	lla	a0,.LC37
	call	fputs
	ld	a0,stderr
	sub	a0,a0,s0
	seqz	a0,a0
.L345:
	ld	ra,712(sp)
	ld	s0,704(sp)
	ld	s1,696(sp)
	ld	s2,688(sp)
	ld	s3,680(sp)
	ld	s4,672(sp)
	ld	s5,664(sp)
	ld	s6,656(sp)
	ld	s7,648(sp)
	ld	s8,640(sp)
	ld	s9,632(sp)
	ld	s10,624(sp)
	ld	s11,616(sp)
	addi	sp,sp,720
	jr	ra
.L284:
	li	a5,1
	sw	a5,a_option,a4
	j	.L275
.L285:
	lla	a0,.LC38
	call	puts
.L327:
	li	a0,0
	j	.L345
.L286:
	ld	a5,optarg
	lbu	a4,0(a5)
	li	a3,43
	addiw	a5,a4,-66
	andi	a5,a5,0xff
	bgtu	a5,a3,.L291
	lla	a3,.L293
	slli	a5,a5,2
	add	a5,a5,a3
	lw	a5,0(a5)
	add	a5,a5,a3
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L293:
	.word	.L295-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L329-.L293
	.word	.L291-.L293
	.word	.L296-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L295-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L291-.L293
	.word	.L294-.L293
	.word	.L291-.L293
	.word	.L292-.L293
	.section	.text.startup
.L299:
	lw	a5,optind
	slli	a5,a5,3
	add	a5,s0,a5
	ld	a2,-8(a5)
	lla	a1,.LC41
	call	fprintf
	j	.L300
.L328:
	li	s8,1
	j	.L275
.L283:
	li	s7,1
	j	.L275
.L347:
	bne	s7,zero,.L348
	lla	s3,optind
	lw	a5,0(s3)
	li	s2,1
	blt	a5,s1,.L349
	li	s6,1
.L305:
	bne	s8,zero,.L350
	addi	a0,sp,144
	call	take.isra.0
	li	a1,0
	lla	a0,.LC72
	call	open
	mv	s5,a0
	blt	a0,zero,.L318
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L308
	li	s11,4096
	li	s1,0
	li	s8,1
	lla	s9,errno
	li	s10,4
.L309:
	bltu	s8,s11,.L310
	slli	s11,s11,1
	mv	a1,s11
	mv	a0,s3
	call	realloc
	beq	a0,zero,.L351
	mv	s3,a0
.L310:
	add	s4,s3,s1
	sub	a2,s11,s1
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s5
	call	read
	mv	s0,a0
	blt	a0,zero,.L352
	beq	a0,zero,.L314
	add	s1,s1,a0
	addi	s8,s1,1
	j	.L309
.L291:
	lla	a1,.LC39
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L345
.L349:
	slli	a4,a5,3
	add	a4,s0,a4
	ld	a0,0(a4)
	addiw	a5,a5,1
	sw	a5,0(s3)
	call	parse_number
	mv	s2,a0
	ble	a0,zero,.L353
	lw	a5,0(s3)
	bge	a5,s1,.L331
	slli	a4,a5,3
	add	s0,s0,a4
	ld	a0,0(s0)
	addiw	a5,a5,1
	sw	a5,0(s3)
	call	parse_number
	lw	a5,0(s3)
	mv	s6,a0
	bge	a5,s1,.L305
	lla	s1,stderr
	ld	s0,0(s1)
	lla	a0,.LC37
	mv	a1,s0
	call	fputs
	ld	a5,0(s1)
	sub	a5,a5,s0
	seqz	a0,a5
	j	.L345
.L295:
	li	a5,1
.L297:
	sd	a5,data_unit,a3
	sb	a4,unit_name,a5
	j	.L275
.L292:
	li	a5,999424
	addi	a5,a5,576
	j	.L297
.L296:
	li	a5,1048576
	j	.L297
.L329:
	li	a5,1024
	j	.L297
.L294:
	li	a5,1000
	j	.L297
.L352:
	lw	s0,0(s9)
	beq	s0,s10,.L309
	mv	a0,s3
	call	free
	mv	a0,s5
	call	close
	sw	s0,0(s9)
.L318:
	li	s0,100
.L313:
	call	header
	lw	a5,y_option
	beq	a5,zero,.L354
	addi	s6,s6,1
.L321:
	srli	s0,s2,1
	li	s3,1
	sext.w	s8,s2
	lla	s5,one_header
	li	s9,22
	lla	s4,data_unit
	addi	s1,sp,600
.L322:
	bne	s7,zero,.L326
	ble	s6,s3,.L327
.L326:
	mv	a0,s8
	call	sleep
	lw	a5,0(s5)
	bne	a5,zero,.L323
	rem	a5,s3,s9
	beq	a5,zero,.L355
.L323:
	addi	a0,sp,376
	call	take.isra.0
	addi	a1,sp,8
	addi	a0,sp,376
	call	memory_columns
	ld	a5,288(sp)
	ld	a4,520(sp)
	ld	a3,296(sp)
	ld	t3,0(s4)
	sub	a4,a4,a5
	ld	a5,528(sp)
	slli	a4,a4,12
	divu	a4,a4,t3
	sub	a5,a5,a3
	slli	a5,a5,12
	ld	a3,272(sp)
	ld	t1,504(sp)
	ld	a7,512(sp)
	ld	a6,472(sp)
	sub	t1,t1,a3
	ld	a3,280(sp)
	ld	a1,480(sp)
	add	t1,t1,s0
	sub	a7,a7,a3
	ld	a3,240(sp)
	add	a7,a7,s0
	ld	a2,440(sp)
	sub	a6,a6,a3
	ld	a3,248(sp)
	add	a6,a6,s0
	ld	a0,384(sp)
	sub	a1,a1,a3
	add	a1,a1,s0
	ld	a3,448(sp)
	add	a2,a2,a3
	ld	a3,376(sp)
	add	a3,a3,a0
	ld	a0,208(sp)
	sub	a2,a2,a0
	ld	a0,144(sp)
	sub	a3,a3,a0
	ld	a0,216(sp)
	sub	a2,a2,a0
	ld	a0,152(sp)
	sub	a3,a3,a0
	li	a0,0
	divu	a5,a5,t3
	add	a4,a4,s0
	add	a5,a5,s0
	divu	a4,a4,s2
	divu	a5,a5,s2
	sd	a4,56(sp)
	divu	t1,t1,s2
	sd	a5,64(sp)
	divu	a7,a7,s2
	sd	t1,72(sp)
	divu	a6,a6,s2
	sd	a7,80(sp)
	divu	a1,a1,s2
	sd	a6,88(sp)
	sd	a1,96(sp)
	bgt	a2,a3,.L324
	sub	a0,a3,a2
.L324:
	ld	a5,416(sp)
	ld	a1,392(sp)
	ld	a3,432(sp)
	ld	a4,200(sp)
	add	a1,a1,a5
	ld	a5,424(sp)
	sub	a4,a3,a4
	ld	a2,408(sp)
	ld	a3,176(sp)
	add	a1,a1,a5
	ld	a5,160(sp)
	ld	a6,400(sp)
	sub	a3,a2,a3
	ld	a2,168(sp)
	sub	a1,a1,a5
	ld	a5,184(sp)
	sub	a2,a6,a2
	ld	a6,192(sp)
	sub	a1,a1,a5
	addi	a5,sp,8
	sub	a1,a1,a6
	call	cpu_columns
	addi	a0,sp,8
	call	line
	addi	a5,sp,376
	addi	a4,sp,144
.L325:
	ld	a0,0(a5)
	ld	a1,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	sd	a0,0(a4)
	sd	a1,8(a4)
	sd	a2,16(a4)
	sd	a3,24(a4)
	addi	a5,a5,32
	addi	a4,a4,32
	bne	a5,s1,.L325
	ld	a5,0(s1)
	addi	s3,s3,1
	sd	a5,0(a4)
	j	.L322
.L355:
	call	header
	j	.L323
.L314:
	mv	a0,s5
	call	close
	li	a2,10
	li	a1,0
	sb	zero,0(s4)
	mv	a0,s3
	call	strtol
	mv	s1,a0
	li	a1,46
	mv	a0,s3
	call	strchr
	mv	s4,a0
	beq	a0,zero,.L316
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L356
.L316:
	mv	a0,s3
	call	free
	li	a5,100
	mul	s1,s1,a5
	add	s0,s1,s0
	bne	s0,zero,.L313
	j	.L318
.L348:
	addi	a0,sp,376
	call	take.isra.0
	ld	a1,496(sp)
	lla	a0,.LC43
	call	printf
	li	a0,0
	j	.L345
.L350:
	addi	a0,sp,376
	call	take.isra.0
	lla	s0,data_unit
	ld	a5,536(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC45
	call	printf
	ld	a4,552(sp)
	ld	a5,536(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	sub	a5,a5,a4
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC46
	call	printf
	ld	a5,576(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC47
	call	printf
	ld	a5,584(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC48
	call	printf
	ld	a5,544(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC49
	call	printf
	ld	a5,560(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC50
	call	printf
	ld	a5,568(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC51
	call	printf
	ld	a5,592(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC52
	call	printf
	ld	a4,600(sp)
	ld	a5,592(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	sub	a5,a5,a4
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC53
	call	printf
	ld	a5,600(sp)
	ld	a1,0(s0)
	lla	a2,unit_name
	slli	a5,a5,10
	divu	a1,a5,a1
	lla	a0,.LC54
	call	printf
	ld	a1,376(sp)
	lla	a0,.LC55
	call	printf
	ld	a1,384(sp)
	lla	a0,.LC56
	call	printf
	ld	a1,392(sp)
	lla	a0,.LC57
	call	printf
	ld	a1,400(sp)
	lla	a0,.LC58
	call	printf
	ld	a1,408(sp)
	lla	a0,.LC59
	call	printf
	ld	a1,416(sp)
	lla	a0,.LC60
	call	printf
	ld	a1,424(sp)
	lla	a0,.LC61
	call	printf
	ld	a1,432(sp)
	lla	a0,.LC62
	call	printf
	ld	a1,440(sp)
	lla	a0,.LC63
	call	printf
	ld	a1,448(sp)
	lla	a0,.LC64
	call	printf
	ld	a1,504(sp)
	lla	a0,.LC65
	call	printf
	ld	a1,512(sp)
	lla	a0,.LC66
	call	printf
	ld	a1,520(sp)
	lla	a0,.LC67
	call	printf
	ld	a1,528(sp)
	lla	a0,.LC68
	call	printf
	ld	a1,472(sp)
	lla	a0,.LC69
	call	printf
	ld	a1,480(sp)
	lla	a0,.LC70
	call	printf
	ld	a1,488(sp)
	lla	a0,.LC71
	call	printf
	ld	a1,496(sp)
	lla	a0,.LC43
	call	printf
	li	a0,0
	j	.L345
.L354:
	addi	a1,sp,8
	addi	a0,sp,144
	call	memory_columns
	ld	a3,288(sp)
	ld	a4,296(sp)
	ld	a2,data_unit
	slli	a3,a3,12
	slli	a4,a4,12
	divu	a3,a3,a2
	li	a5,100
	ld	a1,216(sp)
	ld	a7,208(sp)
	ld	t1,144(sp)
	ld	a6,272(sp)
	add	a7,a7,a1
	ld	a1,152(sp)
	ld	t3,248(sp)
	li	a0,0
	add	t1,t1,a1
	ld	a1,280(sp)
	divu	a4,a4,a2
	ld	a2,240(sp)
	mul	a3,a3,a5
	mul	a4,a4,a5
	divu	a3,a3,s0
	divu	a4,a4,s0
	sd	a3,56(sp)
	mul	a6,a5,a6
	sd	a4,64(sp)
	mul	a1,a5,a1
	mul	a2,a5,a2
	mul	a5,a5,t3
	divu	a6,a6,s0
	divu	a3,a1,s0
	sd	a6,72(sp)
	divu	a4,a2,s0
	sd	a3,80(sp)
	divu	a5,a5,s0
	sd	a4,88(sp)
	sd	a5,96(sp)
	bgt	a7,t1,.L320
	sub	a0,t1,a7
.L320:
	ld	a5,184(sp)
	ld	a1,160(sp)
	ld	a6,192(sp)
	ld	a4,200(sp)
	ld	a3,176(sp)
	ld	a2,168(sp)
	add	a1,a1,a5
	add	a1,a1,a6
	addi	a5,sp,8
	call	cpu_columns
	addi	a0,sp,8
	call	line
	j	.L321
.L351:
	mv	a0,s3
	call	free
.L308:
	mv	a0,s5
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L318
.L356:
	lbu	s0,1(s4)
	lbu	a0,2(s4)
	li	a5,10
	addiw	s0,s0,-48
	mulw	s0,s0,a5
	call	isdigit
	beq	a0,zero,.L316
	lbu	a5,2(s4)
	addiw	a5,a5,-48
	add	s0,s0,a5
	j	.L316
.L353:
	lla	a1,.LC44
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L345
.L331:
	li	s7,1
	li	s6,1
	j	.L305
	.size	main, .-main
	.set	width.0,width.2
	.set	wide.1,wide.3
	.section	.rodata.str1.8
	.align	3
.LC74:
	.string	"r"
	.align	3
.LC75:
	.string	"b"
	.align	3
.LC76:
	.string	"swpd"
	.align	3
.LC77:
	.string	"free"
	.align	3
.LC78:
	.string	"buff"
	.align	3
.LC79:
	.string	"cache"
	.align	3
.LC80:
	.string	"si"
	.align	3
.LC81:
	.string	"so"
	.align	3
.LC82:
	.string	"bi"
	.align	3
.LC83:
	.string	"bo"
	.align	3
.LC84:
	.string	"in"
	.align	3
.LC85:
	.string	"cs"
	.align	3
.LC86:
	.string	"us"
	.align	3
.LC87:
	.string	"sy"
	.align	3
.LC88:
	.string	"id"
	.align	3
.LC89:
	.string	"wa"
	.align	3
.LC90:
	.string	"st"
	.align	3
.LC91:
	.string	"forks"
	.align	3
.LC92:
	.string	"one-header"
	.align	3
.LC93:
	.string	"stats"
	.align	3
.LC94:
	.string	"unit"
	.align	3
.LC95:
	.string	"wide"
	.align	3
.LC96:
	.string	"help"
	.align	3
.LC97:
	.string	"version"
	.align	3
.LC98:
	.string	"no-first"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
	.type	names.4, @object
	.size	names.4, 136
names.4:
	.dword	.LC74
	.dword	.LC75
	.dword	.LC76
	.dword	.LC77
	.dword	.LC78
	.dword	.LC79
	.dword	.LC80
	.dword	.LC81
	.dword	.LC82
	.dword	.LC83
	.dword	.LC84
	.dword	.LC85
	.dword	.LC86
	.dword	.LC87
	.dword	.LC88
	.dword	.LC89
	.dword	.LC90
	.type	wide.3, @object
	.size	wide.3, 68
wide.3:
	.word	4
	.word	4
	.word	12
	.word	12
	.word	12
	.word	12
	.word	4
	.word	4
	.word	5
	.word	5
	.word	4
	.word	4
	.word	3
	.word	3
	.word	3
	.word	3
	.word	3
	.zero	4
	.type	width.2, @object
	.size	width.2, 68
width.2:
	.word	2
	.word	2
	.word	6
	.word	6
	.word	6
	.word	6
	.word	4
	.word	4
	.word	5
	.word	5
	.word	4
	.word	4
	.word	2
	.word	2
	.word	2
	.word	2
	.word	2
	.zero	4
	.type	longopts.5, @object
	.size	longopts.5, 320
longopts.5:
	.dword	.LC5
	.word	0
	.zero	4
	.dword	0
	.word	97
	.zero	4
	.dword	.LC91
	.word	0
	.zero	4
	.dword	0
	.word	102
	.zero	4
	.dword	.LC92
	.word	0
	.zero	4
	.dword	0
	.word	110
	.zero	4
	.dword	.LC93
	.word	0
	.zero	4
	.dword	0
	.word	115
	.zero	4
	.dword	.LC94
	.word	1
	.zero	4
	.dword	0
	.word	83
	.zero	4
	.dword	.LC95
	.word	0
	.zero	4
	.dword	0
	.word	119
	.zero	4
	.dword	.LC96
	.word	0
	.zero	4
	.dword	0
	.word	104
	.zero	4
	.dword	.LC97
	.word	0
	.zero	4
	.dword	0
	.word	86
	.zero	4
	.dword	.LC98
	.word	0
	.zero	4
	.dword	0
	.word	121
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.section	.sbss,"aw",@nobits
	.align	2
	.type	one_header, @object
	.size	one_header, 4
one_header:
	.zero	4
	.type	y_option, @object
	.size	y_option, 4
y_option:
	.zero	4
	.type	w_option, @object
	.size	w_option, 4
w_option:
	.zero	4
	.type	a_option, @object
	.size	a_option, 4
a_option:
	.zero	4
	.section	.sdata,"aw"
	.align	3
	.type	unit_name, @object
	.size	unit_name, 2
unit_name:
	.string	"K"
	.zero	6
	.type	data_unit, @object
	.size	data_unit, 8
data_unit:
	.dword	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
