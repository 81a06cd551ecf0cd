# programs/bin/smem.s -- generated from smem.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o smem.s smem.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"smem.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"swap"
	.align	3
.LC1:
	.string	"uss"
	.align	3
.LC2:
	.string	"rss"
	.align	3
.LC3:
	.string	"pid"
	.text
	.align	1
	.type	key, @function
key:
	addi	sp,sp,-16
	sd	s0,0(sp)
	lla	a1,.LC0
	mv	s0,a0
	lla	a0,.LANCHOR0
	sd	ra,8(sp)
	call	strcmp
	bne	a0,zero,.L2
	ld	a0,280(s0)
.L1:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L2:
	lla	a1,.LC1
	lla	a0,.LANCHOR0
	call	strcmp
	bne	a0,zero,.L4
	ld	a0,288(s0)
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L4:
	lla	a1,.LC2
	lla	a0,.LANCHOR0
	call	strcmp
	bne	a0,zero,.L5
	ld	a0,304(s0)
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
.L5:
	lla	a1,.LC3
	lla	a0,.LANCHOR0
	call	strcmp
	beq	a0,zero,.L9
	ld	a0,296(s0)
	j	.L1
.L9:
	lw	a0,0(s0)
	j	.L1
	.size	key, .-key
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"command"
	.align	3
.LC5:
	.string	"user"
	.text
	.align	1
	.type	compare, @function
compare:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	mv	s0,a0
	mv	s1,a1
	lla	a0,.LANCHOR0
	lla	a1,.LC4
	sd	ra,24(sp)
	sd	s2,0(sp)
	call	strcmp
	bne	a0,zero,.L11
	addi	a1,s1,20
	addi	a0,s0,20
	call	strcmp
.L12:
	lw	a5,reverse
	beq	a5,zero,.L14
	negw	a0,a0
.L14:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L11:
	lla	a1,.LC5
	lla	a0,.LANCHOR0
	call	strcmp
	bne	a0,zero,.L13
	addi	a1,s1,4
	addi	a0,s0,4
	call	strcmp
	j	.L12
.L13:
	mv	a0,s0
	call	key
	mv	s2,a0
	mv	a0,s1
	call	key
	mv	a5,a0
	li	a0,-1
	bltu	s2,a5,.L12
	mv	a0,s0
	call	key
	mv	s0,a0
	mv	a0,s1
	call	key
	sgtu	a0,s0,a0
	j	.L12
	.size	compare, .-compare
	.section	.rodata.str1.8
	.align	3
.LC6:
	.string	"%lu"
	.align	3
.LC7:
	.string	"0"
	.align	3
.LC8:
	.string	"%llu.%0*llu"
	.text
	.align	1
	.type	size_text.constprop.0, @function
size_text.constprop.0:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	ra,24(sp)
	sd	s1,8(sp)
	lw	a5,human
	mv	s0,a1
	beq	a5,zero,.L39
	beq	a0,zero,.L40
	slli	a5,a0,10
	li	a4,1023
	bleu	a5,a4,.L24
	li	a4,1048576
	bltu	a5,a4,.L31
	li	a4,1073741824
	bltu	a5,a4,.L32
	li	a2,-1
	li	a4,1
	srli	a2,a2,24
	slli	a4,a4,40
	li	s1,4
	bleu	a5,a2,.L41
.L26:
	slli	a5,a0,2
	add	a3,a5,a0
	slli	a3,a3,11
	remu	a5,a3,a4
	slli	a5,a5,1
	divu	a3,a3,a4
	bgeu	a4,a5,.L42
.L28:
	addi	a3,a3,1
.L29:
	li	a6,10
	li	a4,1
	lla	a2,.LC8
	li	a1,32
	mv	a0,s0
	remu	a5,a3,a6
	divu	a3,a3,a6
	call	snprintf
	mv	a0,s0
	call	strlen
	addi	a5,a0,1
	li	a4,31
	bgtu	a5,a4,.L37
	lla	a4,units.0
	add	a4,a4,s1
	lbu	a4,0(a4)
	add	a0,s0,a0
	add	a5,s0,a5
	sb	a4,0(a0)
	sb	zero,0(a5)
.L37:
	ld	ra,24(sp)
	mv	a0,s0
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L42:
	bne	a4,a5,.L29
	andi	a5,a3,1
	beq	a5,zero,.L29
	j	.L28
.L39:
	mv	a3,a0
	lla	a2,.LC6
	mv	a0,s0
	li	a1,32
	call	snprintf
	ld	ra,24(sp)
	mv	a0,s0
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L40:
	mv	a0,s0
	lla	a2,.LC7
	li	a1,32
	call	snprintf
	ld	ra,24(sp)
	mv	a0,s0
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L24:
	slli	a5,a0,2
	add	a5,a5,a0
	li	a6,10
	slli	a3,a5,11
	remu	a5,a3,a6
	li	a4,1
	lla	a2,.LC8
	li	a1,32
	mv	a0,s0
	divu	a3,a3,a6
	call	snprintf
	mv	a0,s0
	call	strlen
	j	.L37
.L31:
	li	s1,1
	li	a4,1024
	j	.L26
.L32:
	li	s1,2
	li	a4,1048576
	j	.L26
.L41:
	li	s1,3
	li	a4,1073741824
	j	.L26
	.size	size_text.constprop.0, .-size_text.constprop.0
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"%5s %-8s %-27.27s %8s %8s %8s %8s \n"
	.text
	.align	1
	.type	print_row, @function
print_row:
	addi	sp,sp,-192
	sd	s0,176(sp)
	sd	s1,168(sp)
	mv	s0,a0
	mv	s1,a1
	mv	a0,a3
	mv	a1,sp
	sd	ra,184(sp)
	sd	s2,160(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s6,128(sp)
	mv	s2,a2
	mv	s4,a4
	mv	s5,a5
	mv	s6,a6
	call	size_text.constprop.0
	mv	s3,a0
	addi	a1,sp,32
	mv	a0,s4
	call	size_text.constprop.0
	mv	s4,a0
	addi	a1,sp,64
	mv	a0,s5
	call	size_text.constprop.0
	mv	s5,a0
	addi	a1,sp,96
	mv	a0,s6
	call	size_text.constprop.0
	mv	a7,a0
	mv	a6,s5
	mv	a5,s4
	mv	a4,s3
	mv	a3,s2
	mv	a2,s1
	mv	a1,s0
	lla	a0,.LC9
	call	printf
	ld	ra,184(sp)
	ld	s0,176(sp)
	ld	s1,168(sp)
	ld	s2,160(sp)
	ld	s3,152(sp)
	ld	s4,144(sp)
	ld	s5,136(sp)
	ld	s6,128(sp)
	addi	sp,sp,192
	jr	ra
	.size	print_row, .-print_row
	.section	.rodata.str1.8
	.align	3
.LC10:
	.string	"-k"
	.align	3
.LC11:
	.string	"--abbreviate"
	.align	3
.LC12:
	.string	"-t"
	.align	3
.LC13:
	.string	"--totals"
	.align	3
.LC14:
	.string	"-r"
	.align	3
.LC15:
	.string	"--reverse"
	.align	3
.LC16:
	.string	"-s"
	.align	3
.LC17:
	.string	"--sort"
	.align	3
.LC18:
	.string	"--sort="
	.align	3
.LC19:
	.string	"Usage: smem [options]\n\nsmem: error: no such option: %s\n"
	.align	3
.LC20:
	.string	"/proc"
	.align	3
.LC21:
	.string	"RSS"
	.align	3
.LC22:
	.string	"PSS"
	.align	3
.LC23:
	.string	"USS"
	.align	3
.LC24:
	.string	"Swap"
	.align	3
.LC25:
	.string	"Command"
	.align	3
.LC26:
	.string	"User"
	.align	3
.LC27:
	.string	"PID"
	.align	3
.LC28:
	.string	"%5s %-8s %-27s %8s %8s %8s %8s \n"
	.align	3
.LC29:
	.string	"/proc/%s/smaps"
	.align	3
.LC30:
	.string	"/proc/%s/status"
	.align	3
.LC31:
	.string	"Rss:"
	.align	3
.LC32:
	.string	"Pss:"
	.align	3
.LC33:
	.string	"Private_Clean:"
	.align	3
.LC34:
	.string	"Private_Dirty:"
	.align	3
.LC35:
	.string	"Swap:"
	.align	3
.LC36:
	.string	"Uid"
	.align	3
.LC37:
	.string	"root"
	.align	3
.LC38:
	.string	"%ld"
	.align	3
.LC39:
	.string	"%d"
	.align	3
.LC40:
	.string	"-------------------------------------------------------------------------------\n"
	.align	3
.LC41:
	.string	""
	.align	3
.LC42:
	.string	"/proc/%s/cmdline"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-224
	sd	ra,216(sp)
	sd	s0,208(sp)
	sd	s1,200(sp)
	sd	s2,192(sp)
	sd	s3,184(sp)
	sd	s4,176(sp)
	sd	s5,168(sp)
	sd	s6,160(sp)
	sd	s7,152(sp)
	sd	s8,144(sp)
	sd	s9,136(sp)
	sd	s10,128(sp)
	sd	s11,120(sp)
	li	a5,1
	ble	a0,a5,.L126
	mv	s3,a0
	mv	s4,a1
	li	s0,1
	sd	zero,24(sp)
	lla	s5,.LC10
	lla	s8,.LC11
	lla	s9,.LC12
	li	s7,1
	lla	s6,human
.L61:
	slli	s1,s0,3
	add	s1,s4,s1
	ld	s2,0(s1)
	mv	a1,s5
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L47
.L49:
	sw	s7,0(s6)
.L52:
	addiw	s0,s0,1
	bgt	s3,s0,.L61
.L46:
	li	a0,20480
	addi	a0,a0,-512
	call	malloc
	mv	a5,a0
	lla	a0,.LC20
	mv	s0,a5
	sd	a5,8(sp)
	call	opendir
	sd	a0,0(sp)
	beq	s0,zero,.L62
	li	a4,64
	sd	a4,16(sp)
	li	s10,0
	beq	a0,zero,.L189
	lla	s5,errno
	lla	s6,.LC31
.L63:
	ld	a0,0(sp)
	call	readdir
	mv	s1,a0
	beq	a0,zero,.L115
.L116:
	lbu	a0,19(s1)
	beq	a0,zero,.L63
	addi	s1,s1,19
	mv	s0,s1
.L66:
	addi	s0,s0,1
	call	isdigit
	beq	a0,zero,.L63
	lbu	a0,0(s0)
	bne	a0,zero,.L66
	mv	a3,s1
	lla	a2,.LC42
	li	a1,64
	addi	a0,sp,48
	call	snprintf
	li	a1,0
	addi	a0,sp,48
	call	open
	mv	s2,a0
	blt	a0,zero,.L71
	li	a0,4096
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L69
	li	s8,4096
	li	s7,0
	li	s4,1
	li	s11,4
.L70:
	mv	a0,s0
	bltu	s4,s8,.L72
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L197
.L128:
	mv	s0,a0
.L72:
	add	s3,s0,s7
	sub	a2,s8,s7
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s2
	call	read
	blt	a0,zero,.L198
	beq	a0,zero,.L75
	add	s7,s7,a0
	addi	s4,s7,1
	mv	a0,s0
	bltu	s4,s8,.L72
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L128
.L197:
	mv	a0,s0
	call	free
.L69:
	mv	a0,s2
	call	close
	li	a5,12
	sw	a5,0(s5)
.L71:
	li	s0,0
.L78:
	mv	a0,s0
	call	free
	ld	a0,0(sp)
	call	readdir
	mv	s1,a0
	bne	a0,zero,.L116
.L115:
	ld	a0,0(sp)
	call	closedir
	ld	s0,8(sp)
	lla	a3,compare
	li	a2,312
	mv	a1,s10
	mv	a0,s0
	call	qsort
	lla	a7,.LC21
	lla	a6,.LC22
	lla	a5,.LC23
	lla	a4,.LC24
	lla	a3,.LC25
	lla	a2,.LC26
	lla	a1,.LC27
	lla	a0,.LC28
	call	printf
	beq	s10,zero,.L64
	addi	s8,s0,4
	mv	s11,s8
	li	s1,0
	li	s6,0
	li	s5,0
	li	s4,0
	li	s3,0
	li	s2,0
	lla	s7,.LC39
.L119:
	lw	a3,-4(s11)
	mv	a2,s7
	li	a1,16
	addi	a0,sp,48
	call	snprintf
	ld	a5,292(s11)
	ld	a4,284(s11)
	ld	a3,276(s11)
	ld	a6,300(s11)
	addi	a2,s11,16
	mv	a1,s11
	addi	a0,sp,48
	call	print_row
	ld	a2,276(s11)
	ld	a3,284(s11)
	ld	a4,292(s11)
	ld	a5,300(s11)
	add	s2,s2,a2
	add	s3,s3,a3
	add	s4,s4,a4
	add	s5,s5,a5
	beq	s1,zero,.L133
	mv	s9,s8
	li	s0,0
.L118:
	mv	a0,s9
	mv	a1,s11
	call	strcmp
	seqz	a0,a0
	or	s0,s0,a0
	addi	s9,s9,312
	sext.w	s0,s0
	bne	s9,s11,.L118
	xori	s0,s0,1
.L117:
	addiw	s1,s1,1
	addw	s6,s0,s6
	addi	s11,s11,312
	bne	s1,s10,.L119
.L120:
	ld	a5,24(sp)
	bne	a5,zero,.L121
.L122:
	li	a0,0
.L188:
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
	ld	s9,136(sp)
	ld	s10,128(sp)
	ld	s11,120(sp)
	addi	sp,sp,224
	jr	ra
.L47:
	mv	a1,s8
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L49
	mv	a1,s9
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L199
.L50:
	li	a5,1
	sd	a5,24(sp)
	j	.L52
.L198:
	lw	s3,0(s5)
	beq	s3,s11,.L70
	mv	a0,s0
	call	free
	mv	a0,s2
	call	close
	sw	s3,0(s5)
	j	.L71
.L133:
	li	s0,1
	j	.L117
.L199:
	lla	a1,.LC13
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L50
	lla	a1,.LC14
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L51
.L53:
	li	a5,1
	sw	a5,reverse,a4
	j	.L52
.L75:
	mv	a0,s2
	call	close
	sb	zero,0(s3)
	beq	s7,zero,.L78
	mv	a3,s1
	lla	a2,.LC29
	li	a1,64
	addi	a0,sp,48
	call	snprintf
	li	a1,0
	addi	a0,sp,48
	call	open
	mv	s2,a0
	blt	a0,zero,.L78
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L79
	li	s9,4096
	li	s8,0
	li	s11,1
.L80:
	mv	a0,s3
	bltu	s11,s9,.L81
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	beq	a0,zero,.L200
.L129:
	mv	s3,a0
.L81:
	add	s4,s3,s8
	sub	a2,s9,s8
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s2
	call	read
	blt	a0,zero,.L201
	add	s8,s8,a0
	beq	a0,zero,.L84
	addi	s11,s8,1
	mv	a0,s3
	bltu	s11,s9,.L81
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	bne	a0,zero,.L129
.L200:
	mv	a0,s3
	call	free
.L79:
	mv	a0,s2
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L78
.L201:
	lw	s4,0(s5)
	li	a5,4
	beq	s4,a5,.L80
	mv	a0,s3
	call	free
	mv	a0,s2
	call	close
	sw	s4,0(s5)
	j	.L78
.L84:
	mv	a0,s2
	call	close
	ld	a5,16(sp)
	sb	zero,0(s4)
	beq	a5,s10,.L202
.L86:
	li	s2,312
	mul	s2,s10,s2
	addiw	a5,s10,1
	mv	s9,a5
	ld	a5,8(sp)
	li	a2,312
	li	a1,0
	add	s2,a5,s2
	mv	a0,s2
	call	memset
	mv	a0,s1
	call	atoi
	sw	a0,0(s2)
.L88:
	mv	a4,s7
	addi	s7,s7,-1
	add	a3,s0,s7
	lbu	a3,0(a3)
	bne	a3,zero,.L203
	bne	s7,zero,.L88
	mv	a4,s0
.L89:
	sb	zero,0(a4)
	li	a2,256
	mv	a1,s0
	addi	a0,s2,20
	call	strlcpy
	lbu	a5,0(s3)
	mv	s4,s3
	bne	a5,zero,.L93
	j	.L101
.L204:
	li	a2,10
	li	a1,0
	addi	a0,s4,4
	call	strtol
	blt	a0,zero,.L96
	ld	a5,304(s2)
	add	a5,a5,a0
	sd	a5,304(s2)
.L97:
	li	a1,10
	mv	a0,s4
	call	strchr
	beq	a0,zero,.L101
.L205:
	lbu	a5,1(a0)
	addi	s4,a0,1
	beq	a5,zero,.L101
.L93:
	li	a2,4
	mv	a1,s6
	mv	a0,s4
	call	strncmp
	beq	a0,zero,.L204
.L96:
	li	a2,4
	lla	a1,.LC32
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L98
	li	a1,0
	li	a2,10
	addi	a0,s4,4
	call	strtol
	ld	a5,296(s2)
	li	a1,10
	add	a5,a5,a0
	sd	a5,296(s2)
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L205
.L101:
	mv	a3,s1
	lla	a2,.LC30
	li	a1,64
	addi	a0,sp,48
	call	snprintf
	li	a1,0
	addi	a0,sp,48
	call	open
	mv	s4,a0
	blt	a0,zero,.L94
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L102
	li	s7,4096
	li	s8,0
	li	s11,1
.L103:
	mv	a0,s1
	bltu	s11,s7,.L105
	slli	s7,s7,1
	mv	a1,s7
	call	realloc
	beq	a0,zero,.L206
.L132:
	mv	s1,a0
.L105:
	add	s10,s1,s8
	sub	a2,s7,s8
	addi	a2,a2,-1
	mv	a1,s10
	mv	a0,s4
	call	read
	blt	a0,zero,.L207
	add	s8,s8,a0
	beq	a0,zero,.L108
	addi	s11,s8,1
	mv	a0,s1
	bltu	s11,s7,.L105
	slli	s7,s7,1
	mv	a1,s7
	call	realloc
	bne	a0,zero,.L132
.L206:
	mv	a0,s1
	call	free
.L102:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
.L94:
	li	s1,0
.L104:
	li	a2,16
	lla	a1,.LC37
	addi	a0,s2,4
	call	strlcpy
.L113:
	mv	a0,s1
	call	free
	mv	a0,s3
	call	free
	mv	a0,s0
	call	free
	mv	s10,s9
	j	.L63
.L98:
	li	a2,14
	lla	a1,.LC33
	mv	a0,s4
	call	strncmp
	beq	a0,zero,.L195
	li	a2,14
	lla	a1,.LC34
	mv	a0,s4
	call	strncmp
	beq	a0,zero,.L195
	li	a2,5
	lla	a1,.LC35
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L97
	li	a2,10
	li	a1,0
	addi	a0,s4,5
	call	strtol
	ld	a5,280(s2)
	add	a5,a5,a0
	sd	a5,280(s2)
	j	.L97
.L195:
	li	a2,10
	li	a1,0
	addi	a0,s4,14
	call	strtol
	ld	a5,288(s2)
	add	a5,a5,a0
	sd	a5,288(s2)
	j	.L97
.L207:
	lw	s10,0(s5)
	li	a5,4
	beq	s10,a5,.L103
	mv	a0,s1
	call	free
	mv	a0,s4
	call	close
	li	s1,0
	sw	s10,0(s5)
	j	.L104
.L203:
	add	a4,s0,a4
	mv	a5,s0
	li	a2,32
.L92:
	lbu	a3,0(a5)
	bne	a3,zero,.L91
	sb	a2,0(a5)
.L91:
	addi	a5,a5,1
	bne	a4,a5,.L92
	j	.L89
.L108:
	mv	a0,s4
	call	close
	lla	a0,.LC36
	sb	zero,0(s10)
	call	strlen
	lbu	a5,0(s1)
	mv	s4,a0
	beq	a5,zero,.L104
	mv	s11,s1
	lla	s10,.LC36
	j	.L112
.L209:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L104
.L112:
	mv	a1,s10
	mv	a2,s4
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s4
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L110
	lbu	a5,0(a4)
	li	a4,58
	beq	a5,a4,.L208
.L110:
	call	strchr
	bne	a0,zero,.L209
	j	.L104
.L202:
	ld	a5,16(sp)
	li	a1,312
	ld	a0,8(sp)
	slliw	a5,a5,1
	mul	a1,a5,a1
	sd	a5,16(sp)
	call	realloc
	sd	a0,8(sp)
	bne	a0,zero,.L86
	j	.L115
.L208:
	addi	a0,s4,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	mv	a3,a0
	ble	a0,zero,.L104
	lla	a2,.LC38
	li	a1,16
	addi	a0,s2,4
	call	snprintf
	j	.L113
.L121:
	lla	a0,.LC40
	call	printf
	mv	a3,s10
	lla	a2,.LC39
	li	a1,16
	addi	a0,sp,32
	call	snprintf
	mv	a3,s6
	lla	a2,.LC39
	li	a1,16
	addi	a0,sp,48
	call	snprintf
	mv	a6,s5
	mv	a5,s4
	mv	a4,s3
	mv	a3,s2
	lla	a2,.LC41
	addi	a1,sp,48
	addi	a0,sp,32
	call	print_row
	j	.L122
.L51:
	lla	a1,.LC15
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L53
	lla	a1,.LC16
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L54
.L57:
	addiw	s10,s0,1
	blt	s10,s3,.L210
.L56:
	li	a2,7
	lla	a1,.LC18
	mv	a0,s2
	call	strncmp
	bne	a0,zero,.L58
	li	a2,16
	addi	a1,s2,7
	lla	a0,.LANCHOR0
	call	strlcpy
	j	.L52
.L189:
	ld	a0,8(sp)
.L124:
	lla	a3,compare
	li	a2,312
	li	a1,0
.L196:
	call	qsort
	lla	a7,.LC21
	lla	a6,.LC22
	lla	a5,.LC23
	lla	a4,.LC24
	lla	a3,.LC25
	lla	a2,.LC26
	lla	a1,.LC27
	lla	a0,.LC28
	call	printf
.L64:
	li	s10,0
	li	s6,0
	li	s5,0
	li	s4,0
	li	s3,0
	li	s2,0
	j	.L120
.L126:
	sd	zero,24(sp)
	j	.L46
.L62:
	ld	a5,0(sp)
	beq	a5,zero,.L124
	call	closedir
	lla	a3,compare
	li	a2,312
	li	a1,0
	li	a0,0
	j	.L196
.L210:
	ld	a1,8(s1)
	li	a2,16
	lla	a0,.LANCHOR0
	call	strlcpy
	mv	s0,s10
	j	.L52
.L54:
	lla	a1,.LC17
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L57
	j	.L56
.L58:
	mv	a2,s2
	lla	a1,.LC19
	ld	a0,stderr
	call	fprintf
	li	a0,2
	j	.L188
	.size	main, .-main
	.data
	.align	3
	.set	.LANCHOR0,. + 0
	.type	sort_key, @object
	.size	sort_key, 16
sort_key:
	.string	"pss"
	.zero	12
	.section	.sbss,"aw",@nobits
	.align	2
	.type	human, @object
	.size	human, 4
human:
	.zero	4
	.type	reverse, @object
	.size	reverse, 4
reverse:
	.zero	4
	.section	.srodata,"a"
	.align	3
	.type	units.0, @object
	.size	units.0, 6
units.0:
	.string	" KMGT"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
