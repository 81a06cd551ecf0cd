# programs/bin/top.s -- generated from top.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o top.s top.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"top.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	by_cpu, @function
by_cpu:
	ld	a4,232(a1)
	ld	a0,232(a0)
	subw	a0,a4,a0
	ret
	.size	by_cpu, .-by_cpu
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"days"
	.align	3
.LC2:
	.string	"day"
	.align	3
.LC3:
	.string	"/proc/meminfo"
	.align	3
.LC4:
	.string	"/proc/stat"
	.align	3
.LC5:
	.string	"/proc/uptime"
	.align	3
.LC6:
	.string	"%02ld:%02ld:%02ld up "
	.align	3
.LC7:
	.string	"%ld %s, "
	.align	3
.LC8:
	.string	"%2ld:%02ld, "
	.align	3
.LC9:
	.string	"%ld min, "
	.align	3
.LC10:
	.string	"/proc/loadavg"
	.align	3
.LC11:
	.string	" \n"
	.align	3
.LC12:
	.string	" 0 user,  load average: %s, %s, %s"
	.align	3
.LC13:
	.string	"top - %s"
	.align	3
.LC14:
	.string	"%.*s\n"
	.align	3
.LC15:
	.string	"Tasks: %3d total, %3d running, %3d sleeping, %3d stopped, %3d zombie"
	.align	3
.LC16:
	.string	"cpu "
	.align	3
.LC17:
	.string	"%llu.%0*llu"
	.align	3
.LC18:
	.string	"%%Cpu(s): %5s us, %5s sy, %5s ni, %5s id, %5s wa, %5s hi, %5s si, %5s st"
	.align	3
.LC19:
	.string	", "
	.align	3
.LC20:
	.string	"MemTotal"
	.align	3
.LC21:
	.string	"MemFree"
	.align	3
.LC22:
	.string	"MemAvailable"
	.align	3
.LC23:
	.string	"Buffers"
	.align	3
.LC24:
	.string	"Cached"
	.align	3
.LC25:
	.string	"SReclaimable"
	.align	3
.LC26:
	.string	"SwapTotal"
	.align	3
.LC27:
	.string	"SwapFree"
	.align	3
.LC28:
	.string	"MiB Mem : %8s total, %8s free, %8s used, %8s buff/cache"
	.align	3
.LC29:
	.string	"%-*.*s\n"
	.align	3
.LC30:
	.string	"MiB Swap: %8s total, %8s free, %8s used. %8s avail Mem "
	.align	3
.LC31:
	.string	""
	.align	3
.LC32:
	.string	"  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND"
	.align	3
.LC33:
	.string	"%ld.%ld"
	.align	3
.LC34:
	.string	"%lu:%02lu.%02lu"
	.align	3
.LC35:
	.string	"root"
	.align	3
.LC36:
	.string	"%5d %-8s %3ld %3ld %7lu %6ld %6ld %c %5s %5s %9s %s"
	.text
	.align	1
	.type	frame, @function
frame:
	addi	sp,sp,-1424
	sd	s1,1400(sp)
	mv	a5,a1
	mv	s1,a0
	li	a1,0
	lla	a0,.LC3
	sd	ra,1416(sp)
	sd	s0,1408(sp)
	sd	s2,1392(sp)
	sd	s3,1384(sp)
	sd	s4,1376(sp)
	sd	s5,1368(sp)
	sd	s6,1360(sp)
	sd	s7,1352(sp)
	sd	s8,1344(sp)
	sd	s9,1336(sp)
	sd	s10,1328(sp)
	sd	s11,1320(sp)
	sd	a5,120(sp)
	call	open
	blt	a0,zero,.L4
	mv	s4,a0
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L5
	li	s3,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L6:
	mv	a0,s2
	bgtu	s3,s5,.L8
	slli	s3,s3,1
	mv	a1,s3
	call	realloc
	beq	a0,zero,.L268
.L125:
	mv	s2,a0
.L8:
	add	s8,s2,s0
	sub	a2,s3,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s4
	call	read
	blt	a0,zero,.L269
	add	s0,s0,a0
	beq	a0,zero,.L11
	addi	s5,s0,1
	mv	a0,s2
	bgtu	s3,s5,.L8
	slli	s3,s3,1
	mv	a1,s3
	call	realloc
	bne	a0,zero,.L125
.L268:
	mv	a0,s2
	call	free
.L5:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
.L4:
	li	s2,0
.L7:
	li	a1,0
	lla	a0,.LC4
	call	open
	mv	s3,a0
	blt	a0,zero,.L12
	li	a0,4096
	call	malloc
	mv	s5,a0
	beq	a0,zero,.L13
	li	s9,4096
	li	s0,0
	li	s6,1
	lla	s7,errno
	li	s8,4
.L14:
	mv	a0,s5
	bltu	s6,s9,.L16
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	beq	a0,zero,.L270
.L126:
	mv	s5,a0
.L16:
	add	s4,s5,s0
	sub	a2,s9,s0
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L271
	add	s0,s0,a0
	beq	a0,zero,.L19
	addi	s6,s0,1
	mv	a0,s5
	bltu	s6,s9,.L16
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	bne	a0,zero,.L126
.L270:
	mv	a0,s5
	call	free
.L13:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L12:
	li	s5,0
.L15:
	li	a1,0
	lla	a0,.LC5
	call	open
	mv	s4,a0
	blt	a0,zero,.L20
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L21
	li	s11,4096
	li	s10,0
	li	s7,1
	lla	s8,errno
	li	s9,4
.L22:
	mv	a0,s3
	bgtu	s11,s7,.L23
	slli	s11,s11,1
	mv	a1,s11
	call	realloc
	beq	a0,zero,.L272
.L127:
	mv	s3,a0
.L23:
	add	s6,s3,s10
	sub	a2,s11,s10
	addi	a2,a2,-1
	mv	a1,s6
	mv	a0,s4
	call	read
	blt	a0,zero,.L273
	add	s10,s10,a0
	beq	a0,zero,.L26
	addi	s7,s10,1
	mv	a0,s3
	bgtu	s11,s7,.L23
	slli	s11,s11,1
	mv	a1,s11
	call	realloc
	bne	a0,zero,.L127
.L272:
	mv	a0,s3
	call	free
.L21:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L20
.L269:
	lw	s8,0(s6)
	beq	s8,s7,.L6
	mv	a0,s2
	call	free
	mv	a0,s4
	call	close
	sw	s8,0(s6)
	j	.L4
.L271:
	lw	s4,0(s7)
	beq	s4,s8,.L14
	mv	a0,s5
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s7)
	j	.L12
.L273:
	lw	s0,0(s8)
	beq	s0,s9,.L22
	mv	a0,s3
	call	free
	mv	a0,s4
	call	close
	sw	s0,0(s8)
.L20:
	li	a0,0
	call	time
	li	a4,60
	li	a3,4096
	div	a6,a0,a4
	mv	a5,a0
	addi	a3,a3,-496
	addi	s7,sp,544
	li	a1,256
	lla	a2,.LC6
	mv	a0,s7
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	mv	s4,a0
	li	a1,256
	add	a0,s7,a0
	sub	a1,a1,s4
	li	a4,0
.L32:
	mv	a3,a4
	lla	a2,.LC9
	call	snprintf
	addw	s4,a0,s4
.L33:
	lla	a5,.LANCHOR0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	ld	a4,32(a5)
	ld	a5,40(a5)
	li	a1,0
	lla	a0,.LC10
	sd	a7,800(sp)
	sd	a6,808(sp)
	sd	a2,816(sp)
	sd	a3,824(sp)
	sd	a4,832(sp)
	sd	a5,840(sp)
	call	open
	mv	s0,a0
	blt	a0,zero,.L34
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L35
	li	s10,4096
	li	s11,0
	li	s6,1
	lla	s9,errno
.L36:
	mv	a0,s3
	bgtu	s10,s6,.L38
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	beq	a0,zero,.L274
.L129:
	mv	s3,a0
.L38:
	add	s8,s3,s11
	sub	a2,s10,s11
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s0
	call	read
	blt	a0,zero,.L275
	add	s11,s11,a0
	beq	a0,zero,.L41
	addi	s6,s11,1
	mv	a0,s3
	bgtu	s10,s6,.L38
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	bne	a0,zero,.L129
.L274:
	mv	a0,s3
	call	free
.L35:
	mv	a0,s0
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L34
.L275:
	lw	s8,0(s9)
	li	a5,4
	beq	s8,a5,.L36
	mv	a0,s3
	call	free
	mv	a0,s0
	call	close
	sw	s8,0(s9)
.L34:
	li	s3,0
	addi	s0,sp,800
.L37:
	mv	a0,s3
	call	free
	li	a1,256
	addi	a5,sp,832
	addi	a4,sp,816
	lla	a2,.LC12
	sub	a1,a1,s4
	mv	a3,s0
	add	a0,s7,s4
	call	snprintf
	mv	a3,s7
	li	a1,512
	lla	a2,.LC13
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	lla	s6,nprocs
	call	printf
	lw	a3,0(s6)
	ble	a3,zero,.L130
	slli	a0,a3,4
	sub	a0,a0,a3
	lla	a2,procs
	slli	a0,a0,4
	add	a0,a0,a2
	li	a7,0
	li	a6,0
	li	a5,0
	li	a4,0
	li	t3,82
	li	t4,84
	li	t5,90
	j	.L51
.L47:
	beq	t1,t4,.L276
	beq	a1,t5,.L277
	addiw	a5,a5,1
.L48:
	addi	a2,a2,240
	beq	a0,a2,.L46
.L51:
	lbu	a1,68(a2)
	andi	t1,a1,223
	bne	a1,t3,.L47
	addi	a2,a2,240
	addiw	a4,a4,1
	bne	a0,a2,.L51
.L46:
	li	a1,512
	lla	a2,.LC15
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	sd	zero,352(sp)
	sd	zero,360(sp)
	sd	zero,368(sp)
	sd	zero,376(sp)
	sd	zero,384(sp)
	sd	zero,392(sp)
	sd	zero,400(sp)
	sd	zero,408(sp)
	beq	s5,zero,.L267
	lla	a1,.LC16
	mv	a0,s5
	call	strstr
	beq	a0,zero,.L267
	addi	a0,a0,4
	addi	s8,sp,352
	sd	a0,416(sp)
	mv	s3,s8
	addi	s10,sp,416
	j	.L56
.L278:
	ld	a0,416(sp)
.L56:
	li	a2,10
	mv	a1,s10
	call	strtoull
	sd	a0,0(s3)
	addi	s3,s3,8
	bne	s10,s3,.L278
.L53:
	mv	a5,s8
	li	s3,0
.L57:
	ld	a4,0(a5)
	addi	a5,a5,8
	add	s3,s3,a4
	bne	s10,a5,.L57
	bne	s3,zero,.L58
	li	s3,1
.L58:
	mv	s9,s10
	li	s7,1000
	li	s11,10
	lla	s4,.LC17
	j	.L61
.L281:
	beq	s3,a5,.L279
.L60:
	remu	a5,a3,s11
	divu	a3,a3,s11
	call	snprintf
	beq	s10,s8,.L280
.L61:
	ld	a3,0(s8)
	mv	a0,s9
	li	a4,1
	mul	a3,s7,a3
	mv	a2,s4
	li	a1,16
	addi	s8,s8,8
	addi	s9,s9,16
	remu	a5,a3,s3
	slli	a5,a5,1
	divu	a3,a3,s3
	bgeu	s3,a5,.L281
	addi	a3,a3,1
.L307:
	remu	a5,a3,s11
	divu	a3,a3,s11
	call	snprintf
	bne	s10,s8,.L61
.L280:
	addi	a0,sp,528
	sd	a0,16(sp)
	addi	a0,sp,512
	sd	a0,8(sp)
	addi	a0,sp,496
	li	a1,512
	sd	a0,0(sp)
	addi	a7,sp,480
	addi	a6,sp,464
	addi	a5,sp,432
	addi	a4,sp,448
	mv	a3,s10
	lla	a2,.LC18
	mv	a0,s0
	call	snprintf
	lla	a1,.LC19
	mv	a0,s0
	call	strstr
	beq	a0,zero,.L63
	li	a1,44
	mv	a0,s0
	call	strrchr
	mv	s3,a0
	beq	a0,zero,.L63
	mv	a0,s0
	call	strlen
	sext.w	a5,a0
	li	a4,80
	ble	a5,a4,.L63
	li	a5,32
	sb	a5,0(s3)
	sb	zero,1(s3)
.L63:
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	beq	s2,zero,.L131
	lla	a0,.LC20
	call	strlen
	lbu	a5,0(s2)
	mv	s4,a0
	mv	s3,s2
	lla	s7,.LC20
	li	s8,58
	bne	a5,zero,.L66
	j	.L69
.L283:
	lbu	a5,1(a0)
	addi	s3,a0,1
	beq	a5,zero,.L69
.L66:
	mv	a1,s7
	mv	a2,s4
	mv	a0,s3
	call	strncmp
	mv	a5,a0
	add	a4,s3,s4
	mv	a0,s3
	li	a1,10
	bne	a5,zero,.L68
	lbu	a5,0(a4)
	beq	a5,s8,.L282
.L68:
	call	strchr
	bne	a0,zero,.L283
.L69:
	li	a5,2028
	sd	a5,144(sp)
	li	a5,-1
	srli	a5,a5,10
	sd	a5,112(sp)
	li	a5,-1
	li	s3,-1
	sd	a5,64(sp)
.L67:
	lla	a0,.LC21
	call	strlen
	lbu	a5,0(s2)
	mv	s9,a0
	mv	s8,s2
	lla	s4,.LC21
	li	s7,58
	bne	a5,zero,.L70
	j	.L73
.L285:
	lbu	a5,1(a0)
	addi	s8,a0,1
	beq	a5,zero,.L73
.L70:
	mv	a1,s4
	mv	a2,s9
	mv	a0,s8
	call	strncmp
	mv	a5,a0
	add	a4,s8,s9
	mv	a0,s8
	li	a1,10
	bne	a5,zero,.L72
	lbu	a5,0(a4)
	beq	a5,s7,.L284
.L72:
	call	strchr
	bne	a0,zero,.L285
.L73:
	li	a5,2028
	sd	a5,72(sp)
	li	s8,-1
	li	a5,-1
	srli	s8,s8,10
	sd	a5,88(sp)
.L71:
	lla	a0,.LC22
	call	strlen
	lbu	a5,0(s2)
	mv	s10,a0
	mv	s9,s2
	lla	s4,.LC22
	li	s7,58
	bne	a5,zero,.L74
	j	.L77
.L287:
	lbu	a5,1(a0)
	addi	s9,a0,1
	beq	a5,zero,.L77
.L74:
	mv	a1,s4
	mv	a2,s10
	mv	a0,s9
	call	strncmp
	mv	a5,a0
	add	a4,s9,s10
	mv	a0,s9
	li	a1,10
	bne	a5,zero,.L76
	lbu	a5,0(a4)
	beq	a5,s7,.L286
.L76:
	call	strchr
	bne	a0,zero,.L287
.L77:
	li	a5,-1
	sd	a5,152(sp)
.L75:
	lla	a0,.LC23
	call	strlen
	lbu	a5,0(s2)
	mv	s10,a0
	mv	s9,s2
	lla	s4,.LC23
	li	s7,58
	bne	a5,zero,.L78
	j	.L81
.L289:
	lbu	a5,1(a0)
	addi	s9,a0,1
	beq	a5,zero,.L81
.L78:
	mv	a1,s4
	mv	a2,s10
	mv	a0,s9
	call	strncmp
	mv	a5,a0
	add	a4,s9,s10
	mv	a0,s9
	li	a1,10
	bne	a5,zero,.L80
	lbu	a5,0(a4)
	beq	a5,s7,.L288
.L80:
	call	strchr
	bne	a0,zero,.L289
.L81:
	li	s9,-1
.L79:
	lla	a0,.LC24
	call	strlen
	lbu	a5,0(s2)
	mv	s11,a0
	mv	s10,s2
	lla	s4,.LC24
	li	s7,58
	bne	a5,zero,.L82
	j	.L85
.L291:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L85
.L82:
	mv	a1,s4
	mv	a2,s11
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s11
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L84
	lbu	a5,0(a4)
	beq	a5,s7,.L290
.L84:
	call	strchr
	bne	a0,zero,.L291
.L85:
	li	a5,-1
.L83:
	lla	a0,.LC25
	add	s9,a5,s9
	call	strlen
	lbu	a5,0(s2)
	mv	s11,a0
	mv	s10,s2
	lla	s4,.LC25
	li	s7,58
	bne	a5,zero,.L86
	j	.L89
.L293:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L89
.L86:
	mv	a1,s4
	mv	a2,s11
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s11
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L88
	lbu	a5,0(a4)
	beq	a5,s7,.L292
.L88:
	call	strchr
	bne	a0,zero,.L293
.L89:
	li	s4,-1
.L87:
	add	a5,s9,s4
	lla	a0,.LC26
	sd	a5,80(sp)
	call	strlen
	lbu	a5,0(s2)
	mv	s11,a0
	mv	s10,s2
	lla	s7,.LC26
	li	s9,58
	bne	a5,zero,.L90
	j	.L93
.L295:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L93
.L90:
	mv	a1,s7
	mv	a2,s11
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s11
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L92
	lbu	a5,0(a4)
	beq	a5,s9,.L294
.L92:
	call	strchr
	bne	a0,zero,.L295
.L93:
	li	a5,2028
	sd	a5,128(sp)
	li	s9,-1
	li	a5,-1
	srli	s9,s9,10
	sd	a5,96(sp)
.L91:
	lla	a0,.LC27
	call	strlen
	lbu	a4,0(s2)
	mv	s4,a0
	mv	s11,s2
	lla	s7,.LC27
	li	s10,58
	bne	a4,zero,.L94
	j	.L97
.L297:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L97
.L94:
	mv	a1,s7
	mv	a2,s4
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s4
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L96
	lbu	a5,0(a4)
	beq	a5,s10,.L296
.L96:
	call	strchr
	bne	a0,zero,.L297
.L97:
	li	a5,2028
	sd	a5,136(sp)
	li	a5,-1
	srli	s11,a5,10
.L95:
	ld	a4,152(sp)
	blt	a4,zero,.L140
	ld	a3,72(sp)
	mv	s10,s8
	sd	a3,104(sp)
	ld	a3,64(sp)
	ble	a4,a3,.L298
.L98:
	ld	a4,64(sp)
	ld	a3,88(sp)
	ld	a1,80(sp)
	sub	a3,a4,a3
	ld	a4,96(sp)
	slli	s7,a1,2
	add	s7,s7,a1
	sub	a2,a4,a5
	slli	a4,a3,2
	slli	a5,a2,2
	add	a4,a4,a3
	add	s4,a5,a2
	slli	a5,a4,1
	slli	s7,s7,1
	andi	a1,a5,1023
	slli	s4,s4,1
	andi	a2,s7,1023
	srli	a6,a5,10
	slli	a5,a1,1
	andi	a3,s4,1023
	sd	a5,96(sp)
	slli	a5,a2,1
	sd	a5,88(sp)
	slli	a5,a3,1
	sd	a5,80(sp)
	ld	a5,144(sp)
	li	a4,1024
	srli	s7,s7,10
	srli	s4,s4,10
	bleu	a5,a4,.L299
.L99:
	ld	a5,112(sp)
	li	a4,10
	addi	a5,a5,1
	divu	a3,a5,a4
	remu	a5,a5,a4
.L65:
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,192
	sd	a6,112(sp)
	call	snprintf
	ld	a4,72(sp)
	li	a5,1024
	ld	a6,112(sp)
	bgtu	a4,a5,.L101
	beq	a4,a5,.L300
.L102:
	li	a3,10
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,224
	sd	a6,72(sp)
	remu	a5,s8,a3
	divu	a3,s8,a3
	call	snprintf
	ld	a4,96(sp)
	li	a5,1024
	ld	a6,72(sp)
	bgtu	a4,a5,.L103
	beq	a4,a5,.L301
.L104:
	li	a3,10
	remu	a5,a6,a3
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,256
	divu	a3,a6,a3
	call	snprintf
	ld	a4,88(sp)
	li	a5,1024
	bgtu	a4,a5,.L105
	beq	a4,a5,.L302
.L106:
	li	a3,10
	remu	a5,s7,a3
	lla	a2,.LC17
	li	a1,32
	li	a4,1
	addi	a0,sp,288
	divu	a3,s7,a3
	call	snprintf
	addi	a5,sp,256
	addi	a4,sp,224
	addi	a6,sp,288
	addi	a3,sp,192
	lla	a2,.LC28
	li	a1,512
	mv	a0,s0
	call	snprintf
	mv	a3,s0
	li	a2,80
	li	a1,80
	lla	a0,.LC29
	call	printf
	ld	a4,128(sp)
	li	a5,1024
	bgtu	a4,a5,.L107
	beq	a4,a5,.L303
.L108:
	li	a3,10
	remu	a5,s9,a3
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,192
	divu	a3,s9,a3
	call	snprintf
	ld	a4,136(sp)
	li	a5,1024
	bgtu	a4,a5,.L109
	beq	a4,a5,.L304
.L110:
	li	a3,10
	remu	a5,s11,a3
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,224
	divu	a3,s11,a3
	call	snprintf
	ld	a4,80(sp)
	li	a5,1024
	bgtu	a4,a5,.L111
	beq	a4,a5,.L305
.L112:
	li	a3,10
	remu	a5,s4,a3
	li	a4,1
	lla	a2,.LC17
	li	a1,32
	addi	a0,sp,256
	divu	a3,s4,a3
	call	snprintf
	ld	a4,104(sp)
	li	a5,1024
	bgtu	a4,a5,.L113
	beq	a4,a5,.L306
.L114:
	li	a3,10
	remu	a5,s10,a3
	lla	a2,.LC17
	li	a1,32
	li	a4,1
	addi	a0,sp,288
	divu	a3,s10,a3
	call	snprintf
	addi	a6,sp,288
	addi	a5,sp,256
	addi	a4,sp,224
	addi	a3,sp,192
	li	a1,512
	lla	a2,.LC30
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	lla	a2,.LC31
	li	a1,80
	lla	a0,.LC14
	call	printf
	li	a1,80
	lla	a2,.LC32
	lla	a0,.LC14
	call	printf
	lw	a1,0(s6)
	ble	a1,zero,.L120
	slli	a2,a1,4
	sub	a2,a2,a1
	ld	a7,120(sp)
	lla	a5,procs
	slli	a2,a2,4
	add	a2,a2,a5
	li	a6,1000
.L119:
	ld	a4,136(a5)
	ld	a0,144(a5)
	li	a3,0
	bne	s1,zero,.L118
	ld	a3,224(a5)
	add	a4,a4,a0
	sub	a4,a4,a3
	mul	a4,a4,a6
	divu	a3,a4,a7
.L118:
	addi	a5,a5,240
	sd	a3,-8(a5)
	bne	a2,a5,.L119
.L120:
	lla	a3,by_cpu
	li	a2,240
	lla	a0,procs
	call	qsort
	lw	a5,0(s6)
	ble	a5,zero,.L117
	lla	s10,procs+4
	sd	s2,80(sp)
	mv	s2,s10
	ld	s10,64(sp)
	li	s7,4096
	addi	s11,s7,-96
	li	s1,0
	li	s9,10
	li	s4,100
	li	s8,60
	addi	s7,s7,1904
	sd	s5,72(sp)
.L124:
	ld	a3,228(s2)
	ld	a6,132(s2)
	ld	a5,140(s2)
	lla	a2,.LC33
	li	a1,16
	addi	a0,sp,160
	add	s5,a6,a5
	rem	a4,a3,s9
	div	a3,a3,s9
	call	snprintf
	ld	a3,204(s2)
	mul	a3,a3,s11
	ble	s10,zero,.L122
	remu	a5,a3,s3
	slli	a5,a5,1
	divu	a3,a3,s3
	bgtu	a5,s3,.L123
	bne	a5,s3,.L122
	andi	a5,a3,1
	bne	a5,zero,.L123
.L122:
	li	a4,1
	lla	a2,.LC17
	li	a1,16
	addi	a0,sp,176
	addiw	s1,s1,1
	remu	a5,a3,s9
	divu	a3,a3,s9
	call	snprintf
	divu	a4,s5,s4
	lla	a2,.LC34
	li	a1,32
	addi	a0,sp,320
	remu	a5,s5,s4
	remu	a4,a4,s8
	divu	a3,s5,s7
	call	snprintf
	ld	a2,204(s2)
	ld	a7,196(s2)
	lbu	t3,64(s2)
	ld	a0,212(s2)
	addi	t1,sp,320
	ld	a5,164(s2)
	ld	a6,172(s2)
	lw	a3,-4(s2)
	sd	t1,40(sp)
	addi	t1,sp,176
	slli	a2,a2,2
	sd	t1,32(sp)
	addi	t1,sp,160
	sd	s2,48(sp)
	srli	a7,a7,10
	lla	a4,.LC35
	li	a1,512
	sd	t1,24(sp)
	sd	t3,16(sp)
	sd	a0,8(sp)
	sd	a2,0(sp)
	mv	a0,s0
	lla	a2,.LC36
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	lw	a5,0(s6)
	addi	s2,s2,240
	bgt	a5,s1,.L124
	ld	s5,72(sp)
	ld	s2,80(sp)
.L117:
	ld	a0,stdout
	call	fflush
	mv	a0,s2
	call	free
	mv	a0,s5
	call	free
	ld	ra,1416(sp)
	ld	s0,1408(sp)
	ld	s1,1400(sp)
	ld	s2,1392(sp)
	ld	s3,1384(sp)
	ld	s4,1376(sp)
	ld	s5,1368(sp)
	ld	s6,1360(sp)
	ld	s7,1352(sp)
	ld	s8,1344(sp)
	ld	s9,1336(sp)
	ld	s10,1328(sp)
	ld	s11,1320(sp)
	addi	sp,sp,1424
	jr	ra
.L276:
	addiw	a6,a6,1
	j	.L48
.L279:
	andi	a5,a3,1
	beq	a5,zero,.L60
	addi	a3,a3,1
	j	.L307
.L123:
	addi	a3,a3,1
	j	.L122
.L277:
	addiw	a7,a7,1
	j	.L48
.L26:
	mv	s0,a0
	mv	a0,s4
	call	close
	li	a2,10
	li	a1,0
	sb	zero,0(s6)
	mv	a0,s3
	call	strtol
	mv	s4,a0
	li	a1,46
	mv	a0,s3
	call	strchr
	mv	s6,a0
	beq	a0,zero,.L28
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L308
.L28:
	mv	a0,s3
	call	free
	li	a5,100
	li	a0,0
	mul	s4,s4,a5
	call	time
	li	a4,60
	li	a3,4096
	mv	a5,a0
	addi	a3,a3,-496
	addi	s7,sp,544
	lla	a2,.LC6
	li	a1,256
	div	a6,a0,a4
	mv	a0,s7
	add	s0,s4,s0
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	li	a3,8638464
	addi	a3,a3,1536
	div	a3,s0,a3
	mv	s4,a0
	beq	a3,zero,.L30
	li	a5,17281024
	li	a1,256
	addi	a5,a5,-1025
	add	a0,s7,a0
	sub	a1,a1,s4
	lla	a4,.LC2
	ble	s0,a5,.L31
	lla	a4,.LC1
.L31:
	lla	a2,.LC7
	call	snprintf
	addw	s4,s4,a0
.L30:
	li	a3,360448
	addi	a3,a3,-448
	div	a3,s0,a3
	li	a5,4096
	addi	a5,a5,1904
	li	a1,256
	add	a0,s7,s4
	sub	a1,a1,s4
	div	a4,s0,a5
	li	a5,24
	rem	a3,a3,a5
	li	a5,60
	rem	a4,a4,a5
	beq	a3,zero,.L32
	lla	a2,.LC8
	call	snprintf
	addw	s4,s4,a0
	j	.L33
.L267:
	addi	s8,sp,352
	addi	s10,sp,416
	j	.L53
.L306:
	andi	a5,s10,1
	beq	a5,zero,.L114
.L113:
	addi	s10,s10,1
	j	.L114
.L305:
	andi	a5,s4,1
	beq	a5,zero,.L112
.L111:
	addi	s4,s4,1
	j	.L112
.L304:
	andi	a5,s11,1
	beq	a5,zero,.L110
.L109:
	addi	s11,s11,1
	j	.L110
.L303:
	andi	a5,s9,1
	beq	a5,zero,.L108
.L107:
	addi	s9,s9,1
	j	.L108
.L302:
	andi	a5,s7,1
	beq	a5,zero,.L106
.L105:
	addi	s7,s7,1
	j	.L106
.L301:
	andi	a5,a6,1
	beq	a5,zero,.L104
.L103:
	addi	a6,a6,1
	j	.L104
.L300:
	andi	a5,s8,1
	beq	a5,zero,.L102
.L101:
	addi	s8,s8,1
	j	.L102
.L131:
	li	a5,0
	li	a3,0
	sd	zero,72(sp)
	li	s8,0
	sd	zero,96(sp)
	li	a6,0
	sd	zero,88(sp)
	li	s7,0
	sd	zero,128(sp)
	li	s9,0
	sd	zero,136(sp)
	li	s11,0
	sd	zero,80(sp)
	li	s4,0
	sd	zero,104(sp)
	li	s10,0
	sd	zero,64(sp)
	li	s3,0
	j	.L65
.L140:
	ld	a4,72(sp)
	mv	s10,s8
	sd	a4,104(sp)
	j	.L98
.L299:
	bne	a5,a4,.L309
	ld	a4,112(sp)
	andi	a5,a4,1
	bne	a5,zero,.L99
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
	j	.L65
.L308:
	lbu	a5,1(s6)
	lbu	a0,2(s6)
	addiw	a5,a5,-48
	slliw	s0,a5,2
	addw	s0,s0,a5
	slliw	s0,s0,1
	call	isdigit
	beq	a0,zero,.L28
	lbu	a5,2(s6)
	addiw	a5,a5,-48
	add	s0,s0,a5
	j	.L28
.L130:
	li	a7,0
	li	a6,0
	li	a5,0
	li	a4,0
	j	.L46
.L11:
	mv	a0,s4
	call	close
	sb	zero,0(s8)
	j	.L7
.L41:
	mv	a0,s0
	call	close
	addi	s0,sp,800
	sb	zero,0(s8)
	li	s8,0
	mv	s6,s0
	sd	s0,64(sp)
	mv	s11,s3
	li	s10,32
	li	s9,15
	mv	s0,s8
.L42:
	lbu	a5,0(s11)
	bne	a5,s10,.L45
.L43:
	lbu	a5,1(s11)
	addi	s11,s11,1
	beq	a5,s10,.L43
.L45:
	lla	a1,.LC11
	mv	a0,s11
	call	strcspn
	mv	s8,a0
	bleu	a0,s9,.L44
	li	s8,15
.L44:
	mv	a1,s11
	mv	a0,s6
	mv	a2,s8
	call	memcpy
	slli	a5,s0,4
	addi	a5,a5,1216
	addi	a4,sp,96
	add	a5,a5,a4
	add	a5,a5,s8
	sb	zero,-512(a5)
	addiw	s0,s0,1
	li	a5,3
	add	s11,s11,s8
	addi	s6,s6,16
	bne	s0,a5,.L42
	ld	s0,64(sp)
	j	.L37
.L19:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	j	.L15
.L282:
	addi	a0,s4,1
	add	a0,s3,a0
	li	a2,10
	li	a1,0
	call	strtol
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	andi	a4,a5,1023
	srli	a5,a5,10
	sd	a5,112(sp)
	slli	a5,a4,1
	mv	s3,a0
	sd	a0,64(sp)
	sd	a5,144(sp)
	j	.L67
.L296:
	addi	a5,s4,1
	add	a0,s11,a5
	li	a2,10
	li	a1,0
	call	strtol
	slli	a4,a0,2
	add	a4,a4,a0
	slli	a4,a4,1
	andi	a3,a4,1023
	srli	s11,a4,10
	slli	a4,a3,1
	mv	a5,a0
	sd	a4,136(sp)
	j	.L95
.L292:
	addi	a0,s11,1
	li	a2,10
	li	a1,0
	add	a0,s10,a0
	call	strtol
	mv	s4,a0
	j	.L87
.L294:
	addi	a0,s11,1
	li	a2,10
	li	a1,0
	add	a0,s10,a0
	call	strtol
	slli	s9,a0,2
	add	s9,s9,a0
	slli	s9,s9,1
	andi	a5,s9,1023
	slli	a5,a5,1
	sd	a0,96(sp)
	srli	s9,s9,10
	sd	a5,128(sp)
	j	.L91
.L284:
	addi	a0,s9,1
	add	a0,s8,a0
	li	a2,10
	li	a1,0
	call	strtol
	slli	s8,a0,2
	add	s8,s8,a0
	slli	s8,s8,1
	andi	a5,s8,1023
	slli	a5,a5,1
	sd	a0,88(sp)
	srli	s8,s8,10
	sd	a5,72(sp)
	j	.L71
.L286:
	addi	a0,s10,1
	li	a2,10
	li	a1,0
	add	a0,s9,a0
	call	strtol
	sd	a0,152(sp)
	j	.L75
.L288:
	addi	a0,s10,1
	add	a0,s9,a0
	li	a2,10
	li	a1,0
	call	strtol
	mv	s9,a0
	j	.L79
.L290:
	addi	a0,s11,1
	li	a2,10
	li	a1,0
	add	a0,s10,a0
	call	strtol
	mv	a5,a0
	j	.L83
.L298:
	slli	s10,a4,2
	add	s10,s10,a4
	slli	s10,s10,1
	mv	a3,a4
	andi	a4,s10,1023
	slli	a4,a4,1
	srli	s10,s10,10
	sd	a4,104(sp)
	sd	a3,88(sp)
	j	.L98
.L309:
	ld	a4,112(sp)
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
	j	.L65
	.size	frame, .-frame
	.section	.rodata.str1.8
	.align	3
.LC37:
	.string	"-b"
	.align	3
.LC38:
	.string	"-n"
	.align	3
.LC39:
	.string	"-d"
	.align	3
.LC40:
	.string	"-bn1"
	.align	3
.LC41:
	.string	"top: unknown option '%s'\nUsage:\n  top -b [-n N] [-d SECONDS]\n"
	.align	3
.LC42:
	.string	"/proc"
	.align	3
.LC43:
	.string	"/proc/%s/statm"
	.align	3
.LC44:
	.string	"/proc/%s/stat"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-640
	sd	ra,632(sp)
	sd	s0,624(sp)
	sd	s1,616(sp)
	sd	s2,608(sp)
	sd	s3,600(sp)
	sd	s4,592(sp)
	sd	s5,584(sp)
	sd	s6,576(sp)
	sd	s7,568(sp)
	sd	s8,560(sp)
	sd	s9,552(sp)
	sd	s10,544(sp)
	sd	s11,536(sp)
	li	a5,1
	ble	a0,a5,.L361
	li	a5,-1
	mv	s3,a0
	mv	s5,a1
	li	s0,1
	li	s4,3
	sd	a5,24(sp)
	lla	s6,.LC37
	lla	s8,.LC38
	lla	s7,.LC39
	lla	s9,.LC40
	j	.L318
.L312:
	addiw	s0,s0,1
	ble	s3,s0,.L414
.L318:
	slli	s2,s0,3
	add	s2,s5,s2
	ld	s1,0(s2)
	mv	a1,s6
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L312
	mv	a1,s8
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L313
	addiw	a5,s0,1
	blt	a5,s3,.L415
.L313:
	li	a2,2
	mv	a1,s8
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L314
	lbu	a5,2(s1)
	bne	a5,zero,.L416
.L314:
	mv	a1,s7
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L315
	addiw	a5,s0,1
	blt	a5,s3,.L417
.L315:
	li	a2,2
	mv	a1,s7
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L316
	lbu	a5,2(s1)
	bne	a5,zero,.L418
.L316:
	mv	a1,s9
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L419
	li	a5,1
	sd	a5,24(sp)
	addiw	s0,s0,1
	bgt	s3,s0,.L318
.L414:
	sd	s4,32(sp)
	ble	s4,zero,.L420
.L319:
	ld	a4,32(sp)
	li	a5,100
	mul	a5,a4,a5
	sd	a5,40(sp)
	ld	a5,24(sp)
	beq	a5,zero,.L320
.L311:
	li	a5,-1
	srli	a5,a5,32
	sd	zero,8(sp)
	lla	s7,nprocs
	sd	a5,16(sp)
.L357:
	lla	a0,.LC42
	sw	zero,nprocs,a5
	call	opendir
	sd	a0,0(sp)
	lla	s2,procs
	beq	a0,zero,.L322
.L321:
	ld	a0,0(sp)
	call	readdir
	mv	s4,a0
	beq	a0,zero,.L354
.L423:
	lw	a4,0(s7)
	li	a5,1023
	bgt	a4,a5,.L354
	lbu	a0,19(s4)
	beq	a0,zero,.L321
	addi	s4,s4,19
	mv	s0,s4
.L324:
	addi	s0,s0,1
	call	isdigit
	beq	a0,zero,.L321
	lbu	a0,0(s0)
	bne	a0,zero,.L324
	mv	a3,s4
	lla	a2,.LC44
	li	a1,64
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s3,a0
	blt	a0,zero,.L321
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L326
	li	s8,4096
	li	s11,0
	li	s6,1
	li	s10,4
.L327:
	mv	a0,s1
	bltu	s6,s8,.L329
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L421
.L363:
	mv	s1,a0
.L329:
	add	s5,s1,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s5
	mv	a0,s3
	call	read
	mv	s0,a0
	blt	a0,zero,.L422
	add	s11,s11,a0
	beq	a0,zero,.L332
	addi	s6,s11,1
	mv	a0,s1
	bltu	s6,s8,.L329
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L363
.L421:
	mv	a0,s1
	call	free
.L326:
	mv	a0,s3
	call	close
	ld	a0,0(sp)
	li	a5,12
	sw	a5,errno,a4
	call	readdir
	mv	s4,a0
	bne	a0,zero,.L423
.L354:
	ld	a0,0(sp)
	call	closedir
.L322:
	ld	a5,8(sp)
	ld	a1,40(sp)
	seqz	a0,a5
	call	frame
	lw	a5,0(s7)
	ble	a5,zero,.L359
	slli	a0,a5,4
	sub	a0,a0,a5
	lla	a4,procs
	slli	a0,a0,4
	li	a7,4096
	add	a0,a0,a4
	lla	a6,prev_ticks
	addi	a7,a7,-1
.L358:
	lw	a5,0(a4)
	ld	a2,136(a4)
	ld	a1,144(a4)
	sraiw	a3,a5,31
	srliw	a3,a3,20
	addw	a5,a3,a5
	and	a5,a5,a7
	subw	a5,a5,a3
	slli	a5,a5,3
	add	a5,a6,a5
	add	a3,a2,a1
	sd	a3,0(a5)
	addi	a4,a4,240
	bne	a4,a0,.L358
.L359:
	ld	a5,8(sp)
	ld	a4,24(sp)
	addi	a5,a5,1
	sd	a5,8(sp)
	beq	a5,a4,.L320
	lw	a0,32(sp)
	call	sleep
	li	a0,10
	call	putchar
	j	.L357
.L422:
	lla	a5,errno
	lw	s0,0(a5)
	beq	s0,s10,.L327
	mv	a0,s1
	call	free
	mv	a0,s3
	call	close
	lla	a5,errno
	sw	s0,0(a5)
	j	.L321
.L332:
	mv	a0,s3
	call	close
	lw	s6,0(s7)
	li	a2,216
	li	a1,0
	slli	s3,s6,4
	sub	s11,s3,s6
	slli	s11,s11,4
	add	s10,s2,s11
	sb	zero,0(s5)
	mv	a0,s10
	call	memset
	mv	a0,s1
	call	atoi
	mv	a5,a0
	li	a1,40
	mv	a0,s1
	sw	a5,0(s10)
	call	strchr
	mv	s8,a0
	li	a1,41
	mv	a0,s1
	call	strrchr
	mv	s5,a0
	beq	s8,zero,.L334
	beq	a0,zero,.L334
	bgtu	s8,a0,.L334
	sub	s10,a0,s8
	addi	s10,s10,-1
	li	a4,63
	bleu	s10,a4,.L336
	li	s10,63
.L336:
	addi	s11,s11,4
	mv	a2,s10
	addi	a1,s8,1
	add	a0,s2,s11
	call	memcpy
	sub	a4,s3,s6
	slli	a4,a4,4
	add	a4,s2,a4
	add	s10,a4,s10
	addi	a5,s5,2
	sd	a5,56(sp)
	sb	zero,4(s10)
	lbu	a3,2(s5)
	addi	a5,s5,3
	sd	a5,56(sp)
	sb	a3,68(a4)
	lbu	a4,3(s5)
	beq	a4,zero,.L334
	addi	s9,sp,128
	li	s8,0
	li	s11,32
	li	s5,10
	li	s10,50
.L338:
	addi	a3,a5,1
	bne	a4,s11,.L344
.L339:
	sd	a3,56(sp)
	lbu	a4,0(a3)
	mv	a5,a3
	addi	a3,a3,1
	beq	a4,s11,.L339
	beq	a4,zero,.L341
.L344:
	beq	a4,s5,.L341
	mv	a0,a5
	li	a2,10
	addi	a1,sp,56
	call	strtoul
	ld	a5,56(sp)
	sd	a0,0(s9)
	addiw	s8,s8,1
	lbu	a4,0(a5)
	beq	a4,zero,.L341
	addi	s9,s9,8
	bne	s8,s10,.L338
	j	.L342
.L341:
	li	a5,20
	ble	s8,a5,.L334
.L342:
	lwu	a4,144(sp)
	lwu	a0,152(sp)
	lwu	a3,128(sp)
	lwu	a1,136(sp)
	ld	a6,16(sp)
	sub	a5,s3,s6
	slli	a5,a5,4
	slli	a0,a0,32
	and	a4,a4,a6
	addi	a2,a5,64
	slli	a1,a1,32
	and	a3,a3,a6
	add	a2,s2,a2
	or	a4,a4,a0
	or	a3,a3,a1
	sd	a4,16(a2)
	sd	a3,8(a2)
	ld	a3,160(sp)
	ld	a2,168(sp)
	add	a6,s2,a5
	addi	a4,a5,96
	sw	a3,88(a6)
	add	a4,s2,a4
	sd	a2,0(a4)
	ld	a2,176(sp)
	addi	a3,a5,144
	addi	a5,a5,192
	sd	a2,8(a4)
	ld	a2,184(sp)
	add	a5,s2,a5
	li	a1,64
	sd	a2,16(a4)
	ld	a2,192(sp)
	addi	a0,sp,64
	sd	a2,24(a4)
	ld	a2,200(sp)
	sd	a2,32(a4)
	ld	a2,208(sp)
	sd	a2,40(a4)
	ld	a2,216(sp)
	sd	a2,48(a4)
	add	a4,s2,a3
	ld	a3,224(sp)
	lla	a2,.LC43
	sd	a3,8(a4)
	ld	a3,232(sp)
	sd	a3,16(a4)
	ld	a3,240(sp)
	sd	a3,24(a4)
	ld	a3,248(sp)
	sd	a3,32(a4)
	ld	a3,256(sp)
	sd	a3,40(a4)
	ld	a4,272(sp)
	mv	a3,s4
	sd	a4,0(a5)
	ld	a4,280(sp)
	sd	a4,8(a5)
	ld	a5,288(sp)
	sd	a5,208(a6)
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s4,a0
	blt	a0,zero,.L348
	li	a0,4096
	call	malloc
	mv	s5,a0
	beq	a0,zero,.L346
	li	s8,4096
	li	s11,0
	li	s9,1
.L347:
	mv	a0,s5
	bltu	s9,s8,.L349
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L424
.L364:
	mv	s5,a0
.L349:
	add	s10,s5,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s10
	mv	a0,s4
	call	read
	blt	a0,zero,.L425
	add	s11,s11,a0
	beq	a0,zero,.L352
	addi	s9,s11,1
	mv	a0,s5
	bltu	s9,s8,.L349
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L364
.L424:
	mv	a0,s5
	call	free
.L346:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L348
.L425:
	lla	a5,errno
	lw	s10,0(a5)
	li	a5,4
	beq	s10,a5,.L347
	mv	a0,s5
	call	free
	mv	a0,s4
	call	close
	lla	a5,errno
	sw	s10,0(a5)
.L348:
	sub	a5,s3,s6
	slli	a5,a5,4
	add	a5,s2,a5
	lw	a4,0(a5)
	lla	a6,prev_ticks
	lw	a2,0(s7)
	sraiw	a3,a4,31
	srliw	a3,a3,20
	addw	a4,a3,a4
	slli	a4,a4,52
	srli	a4,a4,52
	subw	a4,a4,a3
	slli	a4,a4,3
	add	a4,a6,a4
	ld	a3,0(a4)
	addiw	a4,a2,1
	sd	s0,216(a5)
	sd	a3,224(a5)
	sw	a4,0(s7)
.L334:
	mv	a0,s1
	call	free
	j	.L321
.L352:
	mv	a0,s4
	call	close
	li	a2,10
	sb	zero,0(s10)
	addi	a1,sp,128
	mv	a0,s5
	sd	s5,128(sp)
	call	strtol
	ld	a0,128(sp)
	li	a2,10
	addi	a1,sp,128
	call	strtol
	ld	a0,128(sp)
	li	a2,10
	li	a1,0
	call	strtol
	mv	s0,a0
	mv	a0,s5
	call	free
	slli	s0,s0,2
	j	.L348
.L320:
	li	a0,0
.L410:
	ld	ra,632(sp)
	ld	s0,624(sp)
	ld	s1,616(sp)
	ld	s2,608(sp)
	ld	s3,600(sp)
	ld	s4,592(sp)
	ld	s5,584(sp)
	ld	s6,576(sp)
	ld	s7,568(sp)
	ld	s8,560(sp)
	ld	s9,552(sp)
	ld	s10,544(sp)
	ld	s11,536(sp)
	addi	sp,sp,640
	jr	ra
.L415:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	sd	a0,24(sp)
	j	.L312
.L416:
	addi	a0,s1,2
	call	atol
	sd	a0,24(sp)
	j	.L312
.L418:
	addi	a0,s1,2
	call	atol
	mv	s4,a0
	j	.L312
.L417:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	mv	s4,a0
	j	.L312
.L420:
	li	a5,1
	sd	a5,32(sp)
	j	.L319
.L419:
	addi	a2,s1,1
	lla	a1,.LC41
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L410
.L361:
	li	a5,-1
	sd	a5,24(sp)
	li	a5,3
	sd	a5,32(sp)
	li	a5,300
	sd	a5,40(sp)
	j	.L311
	.size	main, .-main
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC0:
	.string	"0.00"
	.zero	11
	.string	"0.00"
	.zero	11
	.string	"0.00"
	.zero	11
	.bss
	.align	3
	.type	prev_ticks, @object
	.size	prev_ticks, 32768
prev_ticks:
	.zero	32768
	.type	procs, @object
	.size	procs, 245760
procs:
	.zero	245760
	.section	.sbss,"aw",@nobits
	.align	2
	.type	nprocs, @object
	.size	nprocs, 4
nprocs:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
