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
	.string	"cpu "
	.text
	.align	1
	.type	cpu_sample, @function
cpu_sample:
	addi	sp,sp,-48
	sd	s0,32(sp)
	lla	a1,.LC1
	mv	s0,a0
	lla	a0,stat
	sd	s1,24(sp)
	sd	ra,40(sp)
	call	strstr
	mv	s1,a0
	li	a2,64
	li	a1,0
	mv	a0,s0
	call	memset
	beq	s1,zero,.L4
	addi	a0,s1,4
	sd	a0,8(sp)
	addi	s1,s0,64
	j	.L6
.L11:
	ld	a0,8(sp)
.L6:
	li	a2,10
	addi	a1,sp,8
	call	strtoull
	sd	a0,0(s0)
	addi	s0,s0,8
	bne	s0,s1,.L11
.L4:
	ld	s0,32(sp)
	ld	ra,40(sp)
	ld	s1,24(sp)
	lla	a0,stat
	addi	sp,sp,48
	tail	free
	.size	cpu_sample, .-cpu_sample
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"days"
	.align	3
.LC3:
	.string	"day"
	.align	3
.LC4:
	.string	"/proc/meminfo"
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
	.string	"%llu.%0*llu"
	.align	3
.LC17:
	.string	"%%Cpu(s): %5s us, %5s sy, %5s ni, %5s id, %5s wa, %5s hi, %5s si, %5s st"
	.align	3
.LC18:
	.string	", "
	.align	3
.LC19:
	.string	"MemTotal"
	.align	3
.LC20:
	.string	"MemFree"
	.align	3
.LC21:
	.string	"MemAvailable"
	.align	3
.LC22:
	.string	"Buffers"
	.align	3
.LC23:
	.string	"Cached"
	.align	3
.LC24:
	.string	"SReclaimable"
	.align	3
.LC25:
	.string	"SwapTotal"
	.align	3
.LC26:
	.string	"SwapFree"
	.align	3
.LC27:
	.string	"MiB Mem : %8s total, %8s free, %8s used, %8s buff/cache"
	.align	3
.LC28:
	.string	"%-*.*s\n"
	.align	3
.LC29:
	.string	"MiB Swap: %8s total, %8s free, %8s used. %8s avail Mem "
	.align	3
.LC30:
	.string	""
	.align	3
.LC31:
	.string	"  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND"
	.align	3
.LC32:
	.string	"%ld.%ld"
	.align	3
.LC33:
	.string	"%lu:%02lu.%02lu"
	.align	3
.LC34:
	.string	"root"
	.align	3
.LC35:
	.string	"%5d %-8s %3ld %3ld %7lu %6ld %6ld %c %5s %5s %9s %s"
	.text
	.align	1
	.type	frame, @function
frame:
	addi	sp,sp,-1488
	sd	s4,1440(sp)
	mv	a5,a1
	mv	s4,a0
	li	a1,0
	lla	a0,.LC4
	sd	ra,1480(sp)
	sd	s0,1472(sp)
	sd	s1,1464(sp)
	sd	s2,1456(sp)
	sd	s3,1448(sp)
	sd	s5,1432(sp)
	sd	s6,1424(sp)
	sd	s7,1416(sp)
	sd	s8,1408(sp)
	sd	s9,1400(sp)
	sd	s10,1392(sp)
	sd	s11,1384(sp)
	sd	a5,72(sp)
	call	open
	blt	a0,zero,.L13
	mv	s3,a0
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L14
	li	s2,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L15:
	mv	a0,s1
	bltu	s5,s2,.L17
	slli	s2,s2,1
	mv	a1,s2
	call	realloc
	beq	a0,zero,.L239
.L121:
	mv	s1,a0
.L17:
	add	s8,s1,s0
	sub	a2,s2,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s3
	call	read
	blt	a0,zero,.L240
	add	s0,s0,a0
	beq	a0,zero,.L20
	addi	s5,s0,1
	mv	a0,s1
	bltu	s5,s2,.L17
	slli	s2,s2,1
	mv	a1,s2
	call	realloc
	bne	a0,zero,.L121
.L239:
	mv	a0,s1
	call	free
.L14:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L13:
	li	s1,0
.L16:
	li	a1,0
	lla	a0,.LC5
	call	open
	mv	s5,a0
	blt	a0,zero,.L21
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L22
	li	s10,4096
	li	s2,0
	li	s7,1
	lla	s8,errno
	li	s9,4
.L23:
	mv	a0,s3
	bltu	s7,s10,.L24
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	beq	a0,zero,.L241
.L122:
	mv	s3,a0
.L24:
	add	s6,s3,s2
	sub	a2,s10,s2
	addi	a2,a2,-1
	mv	a1,s6
	mv	a0,s5
	call	read
	mv	s0,a0
	blt	a0,zero,.L242
	add	s2,s2,a0
	beq	a0,zero,.L27
	addi	s7,s2,1
	mv	a0,s3
	bltu	s7,s10,.L24
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	bne	a0,zero,.L122
.L241:
	mv	a0,s3
	call	free
.L22:
	mv	a0,s5
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L21
.L240:
	lw	s8,0(s6)
	beq	s8,s7,.L15
	mv	a0,s1
	call	free
	mv	a0,s3
	call	close
	sw	s8,0(s6)
	j	.L13
.L242:
	lw	s0,0(s8)
	beq	s0,s9,.L23
	mv	a0,s3
	call	free
	mv	a0,s5
	call	close
	sw	s0,0(s8)
.L21:
	li	a0,0
	call	time
	li	a4,60
	li	a3,4096
	div	a6,a0,a4
	mv	a5,a0
	addi	a3,a3,-496
	addi	s7,sp,608
	li	a1,256
	lla	a2,.LC6
	mv	a0,s7
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	mv	s5,a0
	li	a1,256
	add	a0,s7,a0
	sub	a1,a1,s5
	li	a4,0
.L33:
	mv	a3,a4
	lla	a2,.LC9
	call	snprintf
	addw	s5,a0,s5
.L34:
	lla	a5,.LANCHOR0
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	ld	a4,32(a5)
	ld	a5,40(a5)
	li	a1,0
	lla	a0,.LC10
	sd	a7,864(sp)
	sd	a6,872(sp)
	sd	a2,880(sp)
	sd	a3,888(sp)
	sd	a4,896(sp)
	sd	a5,904(sp)
	call	open
	mv	s0,a0
	blt	a0,zero,.L35
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L36
	li	s11,4096
	li	s10,0
	li	s6,1
	lla	s8,errno
	li	s9,4
.L37:
	mv	a0,s3
	bltu	s6,s11,.L39
	slli	s11,s11,1
	mv	a1,s11
	call	realloc
	beq	a0,zero,.L243
.L124:
	mv	s3,a0
.L39:
	add	s2,s3,s10
	sub	a2,s11,s10
	addi	a2,a2,-1
	mv	a1,s2
	mv	a0,s0
	call	read
	blt	a0,zero,.L244
	add	s10,s10,a0
	beq	a0,zero,.L42
	addi	s6,s10,1
	mv	a0,s3
	bltu	s6,s11,.L39
	slli	s11,s11,1
	mv	a1,s11
	call	realloc
	bne	a0,zero,.L124
.L243:
	mv	a0,s3
	call	free
.L36:
	mv	a0,s0
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L35
.L244:
	lw	s2,0(s8)
	beq	s2,s9,.L37
	mv	a0,s3
	call	free
	mv	a0,s0
	call	close
	sw	s2,0(s8)
.L35:
	li	s3,0
	addi	s0,sp,864
.L38:
	mv	a0,s3
	call	free
	li	a1,256
	addi	a5,sp,896
	addi	a4,sp,880
	lla	a2,.LC12
	sub	a1,a1,s5
	mv	a3,s0
	add	a0,s7,s5
	call	snprintf
	mv	a3,s7
	li	a1,512
	lla	a2,.LC13
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	lla	s3,nprocs
	call	printf
	lw	a3,0(s3)
	ble	a3,zero,.L125
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
	j	.L52
.L48:
	beq	t1,t4,.L245
	beq	a1,t5,.L246
	addiw	a5,a5,1
.L49:
	addi	a2,a2,240
	beq	a0,a2,.L47
.L52:
	lbu	a1,68(a2)
	andi	t1,a1,223
	bne	a1,t3,.L48
	addi	a2,a2,240
	addiw	a4,a4,1
	bne	a0,a2,.L52
.L47:
	li	a1,512
	lla	a2,.LC15
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	addi	a0,sp,352
	call	cpu_sample
	addi	s8,sp,416
	li	s2,0
	addi	a4,sp,352
	lla	a3,.LANCHOR1
	mv	a2,s8
.L53:
	ld	a5,0(a4)
	ld	a1,0(a3)
	addi	a4,a4,8
	sd	a5,0(a3)
	sub	a5,a5,a1
	sd	a5,0(a2)
	add	s2,s2,a5
	addi	a3,a3,8
	addi	a2,a2,8
	bne	a4,s8,.L53
	beq	s2,zero,.L126
	ld	a5,440(sp)
.L54:
	sd	a5,440(sp)
	addi	s9,sp,480
	addi	s7,s8,64
	li	s6,1000
	li	s10,10
	lla	s5,.LC16
	j	.L57
.L249:
	beq	s2,a5,.L247
.L56:
	remu	a5,a3,s10
	divu	a3,a3,s10
	call	snprintf
	beq	s7,s8,.L248
.L57:
	ld	a3,0(s8)
	mv	a0,s9
	li	a4,1
	mul	a3,s6,a3
	mv	a2,s5
	li	a1,16
	addi	s8,s8,8
	addi	s9,s9,16
	remu	a5,a3,s2
	slli	a5,a5,1
	divu	a3,a3,s2
	bgeu	s2,a5,.L249
	addi	a3,a3,1
.L275:
	remu	a5,a3,s10
	divu	a3,a3,s10
	call	snprintf
	bne	s7,s8,.L57
.L248:
	addi	a0,sp,592
	sd	a0,16(sp)
	addi	a0,sp,576
	sd	a0,8(sp)
	addi	a0,sp,560
	li	a1,512
	sd	a0,0(sp)
	addi	a7,sp,544
	addi	a6,sp,528
	addi	a5,sp,496
	addi	a4,sp,512
	addi	a3,sp,480
	lla	a2,.LC17
	mv	a0,s0
	call	snprintf
	lla	a1,.LC18
	mv	a0,s0
	call	strstr
	beq	a0,zero,.L59
	li	a1,44
	mv	a0,s0
	call	strrchr
	mv	s2,a0
	beq	a0,zero,.L59
	mv	a0,s0
	call	strlen
	sext.w	a5,a0
	li	a4,80
	ble	a5,a4,.L59
	li	a5,32
	sb	a5,0(s2)
	sb	zero,1(s2)
.L59:
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	beq	s1,zero,.L127
	lla	a0,.LC19
	call	strlen
	lbu	a5,0(s1)
	mv	s5,a0
	mv	s2,s1
	lla	s6,.LC19
	li	s7,58
	bne	a5,zero,.L62
	j	.L65
.L251:
	lbu	a5,1(a0)
	addi	s2,a0,1
	beq	a5,zero,.L65
.L62:
	mv	a1,s6
	mv	a2,s5
	mv	a0,s2
	call	strncmp
	mv	a5,a0
	add	a4,s2,s5
	mv	a0,s2
	li	a1,10
	bne	a5,zero,.L64
	lbu	a5,0(a4)
	beq	a5,s7,.L250
.L64:
	call	strchr
	bne	a0,zero,.L251
.L65:
	li	a5,2028
	sd	a5,144(sp)
	li	a5,-1
	srli	a5,a5,10
	sd	a5,120(sp)
	li	s2,-1
	li	s5,-1
.L63:
	lla	a0,.LC20
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s9,s1
	lla	s7,.LC20
	li	s8,58
	bne	a5,zero,.L66
	j	.L69
.L253:
	lbu	a5,1(a0)
	addi	s9,a0,1
	beq	a5,zero,.L69
.L66:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s9
	call	strncmp
	mv	a5,a0
	add	a4,s9,s6
	mv	a0,s9
	li	a1,10
	bne	a5,zero,.L68
	lbu	a5,0(a4)
	beq	a5,s8,.L252
.L68:
	call	strchr
	bne	a0,zero,.L253
.L69:
	li	a5,2028
	sd	a5,80(sp)
	li	s8,-1
	li	a5,-1
	srli	s8,s8,10
	sd	a5,96(sp)
.L67:
	lla	a0,.LC21
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s10,s1
	lla	s7,.LC21
	li	s9,58
	bne	a5,zero,.L70
	j	.L73
.L255:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L73
.L70:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s6
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L72
	lbu	a5,0(a4)
	beq	a5,s9,.L254
.L72:
	call	strchr
	bne	a0,zero,.L255
.L73:
	li	a5,-1
	sd	a5,152(sp)
.L71:
	lla	a0,.LC22
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s10,s1
	lla	s7,.LC22
	li	s9,58
	bne	a5,zero,.L74
	j	.L77
.L257:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L77
.L74:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s6
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L76
	lbu	a5,0(a4)
	beq	a5,s9,.L256
.L76:
	call	strchr
	bne	a0,zero,.L257
.L77:
	li	s10,-1
.L75:
	lla	a0,.LC23
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s11,s1
	lla	s7,.LC23
	li	s9,58
	bne	a5,zero,.L78
	j	.L81
.L259:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L81
.L78:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s6
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L80
	lbu	a5,0(a4)
	beq	a5,s9,.L258
.L80:
	call	strchr
	bne	a0,zero,.L259
.L81:
	li	a5,-1
.L79:
	lla	a0,.LC24
	add	s10,a5,s10
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s11,s1
	lla	s7,.LC24
	li	s9,58
	bne	a5,zero,.L82
	j	.L85
.L261:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L85
.L82:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s6
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L84
	lbu	a5,0(a4)
	beq	a5,s9,.L260
.L84:
	call	strchr
	bne	a0,zero,.L261
.L85:
	li	a5,-1
.L83:
	add	a5,s10,a5
	lla	a0,.LC25
	sd	a5,88(sp)
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s10,s1
	lla	s7,.LC25
	li	s9,58
	bne	a5,zero,.L86
	j	.L89
.L263:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L89
.L86:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s6
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L88
	lbu	a5,0(a4)
	beq	a5,s9,.L262
.L88:
	call	strchr
	bne	a0,zero,.L263
.L89:
	li	a5,2028
	sd	a5,128(sp)
	li	s10,-1
	li	a5,-1
	srli	s10,s10,10
	sd	a5,104(sp)
.L87:
	lla	a0,.LC26
	call	strlen
	lbu	a5,0(s1)
	mv	s6,a0
	mv	s11,s1
	lla	s7,.LC26
	li	s9,58
	bne	a5,zero,.L90
	j	.L93
.L265:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L93
.L90:
	mv	a1,s7
	mv	a2,s6
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s6
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L92
	lbu	a5,0(a4)
	beq	a5,s9,.L264
.L92:
	call	strchr
	bne	a0,zero,.L265
.L93:
	li	a5,2028
	li	s9,-1
	sd	a5,136(sp)
	srli	s9,s9,10
	li	a5,-1
.L91:
	ld	a4,152(sp)
	blt	a4,zero,.L136
	ld	a3,80(sp)
	mv	s11,s8
	sd	a3,112(sp)
	ble	a4,s5,.L266
.L94:
	ld	a4,96(sp)
	ld	a3,104(sp)
	ld	a2,88(sp)
	sub	a4,s5,a4
	sub	a3,a3,a5
	slli	a5,a4,2
	slli	s7,a2,2
	add	a5,a5,a4
	slli	a5,a5,1
	slli	s6,a3,2
	add	s7,s7,a2
	add	s6,s6,a3
	slli	s7,s7,1
	andi	a1,a5,1023
	slli	s6,s6,1
	andi	a2,s7,1023
	srli	a6,a5,10
	slli	a5,a1,1
	andi	a3,s6,1023
	sd	a5,104(sp)
	slli	a5,a2,1
	sd	a5,96(sp)
	slli	a5,a3,1
	sd	a5,88(sp)
	ld	a5,144(sp)
	li	a4,1024
	srli	s7,s7,10
	srli	s6,s6,10
	bleu	a5,a4,.L267
.L95:
	ld	a5,120(sp)
	li	a4,10
	addi	a5,a5,1
	divu	a3,a5,a4
	remu	a5,a5,a4
.L61:
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,192
	sd	a6,120(sp)
	call	snprintf
	ld	a4,80(sp)
	li	a5,1024
	ld	a6,120(sp)
	bgtu	a4,a5,.L97
	beq	a4,a5,.L268
.L98:
	li	a3,10
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,224
	sd	a6,80(sp)
	remu	a5,s8,a3
	divu	a3,s8,a3
	call	snprintf
	ld	a4,104(sp)
	li	a5,1024
	ld	a6,80(sp)
	bgtu	a4,a5,.L99
	beq	a4,a5,.L269
.L100:
	li	a3,10
	remu	a5,a6,a3
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,256
	divu	a3,a6,a3
	call	snprintf
	ld	a4,96(sp)
	li	a5,1024
	bgtu	a4,a5,.L101
	beq	a4,a5,.L270
.L102:
	li	a3,10
	remu	a5,s7,a3
	lla	a2,.LC16
	li	a1,32
	li	a4,1
	addi	a0,sp,288
	divu	a3,s7,a3
	call	snprintf
	addi	a5,sp,256
	addi	a4,sp,224
	addi	a6,sp,288
	addi	a3,sp,192
	lla	a2,.LC27
	li	a1,512
	mv	a0,s0
	call	snprintf
	mv	a3,s0
	li	a2,80
	li	a1,80
	lla	a0,.LC28
	call	printf
	ld	a4,128(sp)
	li	a5,1024
	bgtu	a4,a5,.L103
	beq	a4,a5,.L271
.L104:
	li	a3,10
	remu	a5,s10,a3
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,192
	divu	a3,s10,a3
	call	snprintf
	ld	a4,136(sp)
	li	a5,1024
	bgtu	a4,a5,.L105
	beq	a4,a5,.L272
.L106:
	li	a3,10
	remu	a5,s9,a3
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,224
	divu	a3,s9,a3
	call	snprintf
	ld	a4,88(sp)
	li	a5,1024
	bgtu	a4,a5,.L107
	beq	a4,a5,.L273
.L108:
	li	a3,10
	remu	a5,s6,a3
	li	a4,1
	lla	a2,.LC16
	li	a1,32
	addi	a0,sp,256
	divu	a3,s6,a3
	call	snprintf
	ld	a4,112(sp)
	li	a5,1024
	bgtu	a4,a5,.L109
	beq	a4,a5,.L274
.L110:
	li	a3,10
	remu	a5,s11,a3
	lla	a2,.LC16
	li	a1,32
	li	a4,1
	addi	a0,sp,288
	divu	a3,s11,a3
	call	snprintf
	addi	a6,sp,288
	addi	a5,sp,256
	addi	a4,sp,224
	addi	a3,sp,192
	li	a1,512
	lla	a2,.LC29
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	lla	a2,.LC30
	li	a1,80
	lla	a0,.LC14
	call	printf
	li	a1,80
	lla	a2,.LC31
	lla	a0,.LC14
	call	printf
	lw	a1,0(s3)
	ble	a1,zero,.L116
	slli	a2,a1,4
	sub	a2,a2,a1
	lla	a5,procs
	slli	a2,a2,4
	add	a2,a2,a5
	li	a6,1000
.L115:
	ld	a4,136(a5)
	ld	a0,144(a5)
	li	a3,0
	bne	s4,zero,.L114
	ld	a3,224(a5)
	add	a4,a4,a0
	sub	a4,a4,a3
	mul	a4,a4,a6
	ld	a3,72(sp)
	divu	a3,a4,a3
.L114:
	addi	a5,a5,240
	sd	a3,-8(a5)
	bne	a2,a5,.L115
.L116:
	lla	a3,by_cpu
	li	a2,240
	lla	a0,procs
	call	qsort
	lw	a5,0(s3)
	ble	a5,zero,.L113
	li	s7,4096
	lla	s10,procs+4
	li	s4,0
	li	s9,10
	li	s6,100
	li	s8,60
	addi	s7,s7,1904
.L120:
	ld	a3,228(s10)
	ld	a5,140(s10)
	ld	a6,132(s10)
	lla	a2,.LC32
	li	a1,16
	addi	a0,sp,160
	add	s11,a6,a5
	rem	a4,a3,s9
	div	a3,a3,s9
	call	snprintf
	ld	a3,204(s10)
	li	a5,4096
	addi	a5,a5,-96
	mul	a3,a3,a5
	ble	s5,zero,.L118
	remu	a5,a3,s2
	slli	a5,a5,1
	divu	a3,a3,s2
	bgtu	a5,s2,.L119
	bne	a5,s2,.L118
	andi	a5,a3,1
	bne	a5,zero,.L119
.L118:
	li	a4,1
	lla	a2,.LC16
	li	a1,16
	addi	a0,sp,176
	addiw	s4,s4,1
	remu	a5,a3,s9
	divu	a3,a3,s9
	call	snprintf
	divu	a4,s11,s6
	lla	a2,.LC33
	li	a1,32
	addi	a0,sp,320
	remu	a5,s11,s6
	remu	a4,a4,s8
	divu	a3,s11,s7
	call	snprintf
	ld	a2,204(s10)
	ld	a7,196(s10)
	lbu	t4,64(s10)
	ld	a0,212(s10)
	addi	t1,sp,320
	ld	a5,164(s10)
	ld	a6,172(s10)
	lw	a3,-4(s10)
	sd	t1,40(sp)
	addi	t1,sp,176
	slli	a2,a2,2
	sd	t1,32(sp)
	addi	t1,sp,160
	sd	s10,48(sp)
	srli	a7,a7,10
	lla	a4,.LC34
	li	a1,512
	sd	t1,24(sp)
	sd	t4,16(sp)
	sd	a0,8(sp)
	sd	a2,0(sp)
	mv	a0,s0
	lla	a2,.LC35
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC14
	call	printf
	lw	a5,0(s3)
	addi	s10,s10,240
	bgt	a5,s4,.L120
.L113:
	ld	a0,stdout
	call	fflush
	mv	a0,s1
	call	free
	ld	ra,1480(sp)
	ld	s0,1472(sp)
	ld	s1,1464(sp)
	ld	s2,1456(sp)
	ld	s3,1448(sp)
	ld	s4,1440(sp)
	ld	s5,1432(sp)
	ld	s6,1424(sp)
	ld	s7,1416(sp)
	ld	s8,1408(sp)
	ld	s9,1400(sp)
	ld	s10,1392(sp)
	ld	s11,1384(sp)
	addi	sp,sp,1488
	jr	ra
.L245:
	addiw	a6,a6,1
	j	.L49
.L247:
	andi	a5,a3,1
	beq	a5,zero,.L56
	addi	a3,a3,1
	j	.L275
.L119:
	addi	a3,a3,1
	j	.L118
.L246:
	addiw	a7,a7,1
	j	.L49
.L27:
	mv	a0,s5
	call	close
	li	a2,10
	li	a1,0
	sb	zero,0(s6)
	mv	a0,s3
	call	strtol
	mv	s2,a0
	li	a1,46
	mv	a0,s3
	call	strchr
	mv	s5,a0
	beq	a0,zero,.L29
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L276
.L29:
	mv	a0,s3
	call	free
	li	a5,100
	li	a0,0
	mul	s2,s2,a5
	call	time
	li	a4,60
	li	a3,4096
	mv	a5,a0
	addi	a3,a3,-496
	addi	s7,sp,608
	lla	a2,.LC6
	li	a1,256
	div	a6,a0,a4
	mv	a0,s7
	add	s0,s2,s0
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	li	a3,8638464
	addi	a3,a3,1536
	div	a3,s0,a3
	mv	s5,a0
	beq	a3,zero,.L31
	li	a5,17281024
	li	a1,256
	addi	a5,a5,-1025
	add	a0,s7,a0
	sub	a1,a1,s5
	lla	a4,.LC3
	ble	s0,a5,.L32
	lla	a4,.LC2
.L32:
	lla	a2,.LC7
	call	snprintf
	addw	s5,s5,a0
.L31:
	li	a3,360448
	addi	a3,a3,-448
	div	a3,s0,a3
	li	a5,4096
	addi	a5,a5,1904
	li	a1,256
	add	a0,s7,s5
	sub	a1,a1,s5
	div	a4,s0,a5
	li	a5,24
	rem	a3,a3,a5
	li	a5,60
	rem	a4,a4,a5
	beq	a3,zero,.L33
	lla	a2,.LC8
	call	snprintf
	addw	s5,s5,a0
	j	.L34
.L273:
	andi	a5,s6,1
	beq	a5,zero,.L108
.L107:
	addi	s6,s6,1
	j	.L108
.L272:
	andi	a5,s9,1
	beq	a5,zero,.L106
.L105:
	addi	s9,s9,1
	j	.L106
.L274:
	andi	a5,s11,1
	beq	a5,zero,.L110
.L109:
	addi	s11,s11,1
	j	.L110
.L271:
	andi	a5,s10,1
	beq	a5,zero,.L104
.L103:
	addi	s10,s10,1
	j	.L104
.L270:
	andi	a5,s7,1
	beq	a5,zero,.L102
.L101:
	addi	s7,s7,1
	j	.L102
.L269:
	andi	a5,a6,1
	beq	a5,zero,.L100
.L99:
	addi	a6,a6,1
	j	.L100
.L268:
	andi	a5,s8,1
	beq	a5,zero,.L98
.L97:
	addi	s8,s8,1
	j	.L98
.L126:
	li	a5,1
	li	s2,1
	j	.L54
.L127:
	li	a5,0
	li	a3,0
	sd	zero,80(sp)
	li	s8,0
	sd	zero,104(sp)
	li	a6,0
	sd	zero,96(sp)
	li	s7,0
	sd	zero,128(sp)
	li	s10,0
	sd	zero,136(sp)
	li	s9,0
	sd	zero,88(sp)
	li	s6,0
	sd	zero,112(sp)
	li	s11,0
	li	s5,0
	li	s2,0
	j	.L61
.L136:
	ld	a4,80(sp)
	mv	s11,s8
	sd	a4,112(sp)
	j	.L94
.L267:
	bne	a5,a4,.L277
	ld	a4,120(sp)
	andi	a5,a4,1
	bne	a5,zero,.L95
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
	j	.L61
.L276:
	lbu	a5,1(s5)
	lbu	a0,2(s5)
	addiw	a5,a5,-48
	slliw	s0,a5,2
	addw	s0,s0,a5
	slliw	s0,s0,1
	call	isdigit
	beq	a0,zero,.L29
	lbu	a5,2(s5)
	addiw	a5,a5,-48
	add	s0,s0,a5
	j	.L29
.L125:
	li	a7,0
	li	a6,0
	li	a5,0
	li	a4,0
	j	.L47
.L250:
	addi	a0,s5,1
	add	a0,s2,a0
	li	a2,10
	li	a1,0
	call	strtol
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	andi	a4,a5,1023
	srli	a5,a5,10
	sd	a5,120(sp)
	slli	a5,a4,1
	mv	s5,a0
	mv	s2,a0
	sd	a5,144(sp)
	j	.L63
.L42:
	mv	a0,s0
	addi	s0,sp,864
	call	close
	mv	s6,s0
	sb	zero,0(s2)
	li	s10,0
	mv	s2,s3
	li	s11,32
	li	s9,15
.L43:
	lbu	a5,0(s2)
	bne	a5,s11,.L46
.L44:
	lbu	a5,1(s2)
	addi	s2,s2,1
	beq	a5,s11,.L44
.L46:
	lla	a1,.LC11
	mv	a0,s2
	call	strcspn
	mv	s8,a0
	bleu	a0,s9,.L45
	li	s8,15
.L45:
	mv	a1,s2
	mv	a0,s6
	mv	a2,s8
	call	memcpy
	slli	a5,s10,4
	addi	a5,a5,1280
	addi	a4,sp,96
	add	a5,a5,a4
	add	a5,a5,s8
	sb	zero,-512(a5)
	addiw	s10,s10,1
	li	a5,3
	add	s2,s2,s8
	addi	s6,s6,16
	bne	s10,a5,.L43
	j	.L38
.L20:
	mv	a0,s3
	call	close
	sb	zero,0(s8)
	j	.L16
.L252:
	addi	a0,s6,1
	li	a2,10
	li	a1,0
	add	a0,s9,a0
	call	strtol
	slli	s8,a0,2
	add	s8,s8,a0
	slli	s8,s8,1
	andi	a5,s8,1023
	slli	a5,a5,1
	sd	a0,96(sp)
	srli	s8,s8,10
	sd	a5,80(sp)
	j	.L67
.L262:
	addi	a0,s6,1
	add	a0,s10,a0
	li	a2,10
	li	a1,0
	call	strtol
	slli	s10,a0,2
	add	s10,s10,a0
	slli	s10,s10,1
	andi	a5,s10,1023
	slli	a5,a5,1
	sd	a0,104(sp)
	srli	s10,s10,10
	sd	a5,128(sp)
	j	.L87
.L264:
	addi	a0,s6,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	slli	s9,a0,2
	add	s9,s9,a0
	slli	s9,s9,1
	andi	a4,s9,1023
	slli	a4,a4,1
	mv	a5,a0
	srli	s9,s9,10
	sd	a4,136(sp)
	j	.L91
.L254:
	addi	a0,s6,1
	li	a2,10
	li	a1,0
	add	a0,s10,a0
	call	strtol
	sd	a0,152(sp)
	j	.L71
.L256:
	addi	a0,s6,1
	add	a0,s10,a0
	li	a2,10
	li	a1,0
	call	strtol
	mv	s10,a0
	j	.L75
.L258:
	addi	a0,s6,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	mv	a5,a0
	j	.L79
.L260:
	addi	a0,s6,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	mv	a5,a0
	j	.L83
.L266:
	slli	s11,a4,2
	add	s11,s11,a4
	slli	s11,s11,1
	mv	a3,a4
	andi	a4,s11,1023
	slli	a4,a4,1
	srli	s11,s11,10
	sd	a4,112(sp)
	sd	a3,96(sp)
	j	.L94
.L277:
	ld	a4,120(sp)
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
	j	.L61
	.size	frame, .-frame
	.section	.rodata.str1.8
	.align	3
.LC36:
	.string	"-b"
	.align	3
.LC37:
	.string	"-n"
	.align	3
.LC38:
	.string	"-d"
	.align	3
.LC39:
	.string	"-bn1"
	.align	3
.LC40:
	.string	"top: unknown option '%s'\nUsage:\n  top -b [-n N] [-d SECONDS]\n"
	.align	3
.LC41:
	.string	"/proc"
	.align	3
.LC42:
	.string	"/proc/%s/statm"
	.align	3
.LC43:
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
	ble	a0,a5,.L279
	li	a5,-1
	mv	s3,a0
	mv	s5,a1
	li	s0,1
	li	s4,3
	sd	a5,24(sp)
	lla	s6,.LC36
	lla	s8,.LC37
	lla	s7,.LC38
	lla	s9,.LC39
	j	.L286
.L280:
	addiw	s0,s0,1
	ble	s3,s0,.L384
.L286:
	slli	s2,s0,3
	add	s2,s5,s2
	ld	s1,0(s2)
	mv	a1,s6
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L280
	mv	a1,s8
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L281
	addiw	a5,s0,1
	blt	a5,s3,.L385
.L281:
	li	a2,2
	mv	a1,s8
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L282
	lbu	a5,2(s1)
	bne	a5,zero,.L386
.L282:
	mv	a1,s7
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L283
	addiw	a5,s0,1
	blt	a5,s3,.L387
.L283:
	li	a2,2
	mv	a1,s7
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L284
	lbu	a5,2(s1)
	bne	a5,zero,.L388
.L284:
	mv	a1,s9
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L389
	li	a5,1
	sd	a5,24(sp)
	addiw	s0,s0,1
	bgt	s3,s0,.L286
.L384:
	sd	s4,32(sp)
	ble	s4,zero,.L390
.L289:
	lla	a0,.LANCHOR1
	call	cpu_sample
	ld	a4,32(sp)
	li	a5,100
	mul	a5,a4,a5
	sd	a5,40(sp)
	ld	a5,24(sp)
	beq	a5,zero,.L290
.L288:
	li	a5,-1
	srli	a5,a5,32
	sd	zero,8(sp)
	lla	s7,nprocs
	sd	a5,16(sp)
.L327:
	lla	a0,.LC41
	sw	zero,nprocs,a5
	call	opendir
	sd	a0,0(sp)
	lla	s2,procs
	beq	a0,zero,.L292
.L291:
	ld	a0,0(sp)
	call	readdir
	mv	s4,a0
	beq	a0,zero,.L324
.L393:
	lw	a4,0(s7)
	li	a5,1023
	bgt	a4,a5,.L324
	lbu	a0,19(s4)
	beq	a0,zero,.L291
	addi	s4,s4,19
	mv	s0,s4
.L294:
	addi	s0,s0,1
	call	isdigit
	beq	a0,zero,.L291
	lbu	a0,0(s0)
	bne	a0,zero,.L294
	mv	a3,s4
	lla	a2,.LC43
	li	a1,64
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s3,a0
	blt	a0,zero,.L291
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L296
	li	s8,4096
	li	s11,0
	li	s6,1
	li	s10,4
.L297:
	mv	a0,s1
	bltu	s6,s8,.L299
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L391
.L332:
	mv	s1,a0
.L299:
	add	s5,s1,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s5
	mv	a0,s3
	call	read
	mv	s0,a0
	blt	a0,zero,.L392
	add	s11,s11,a0
	beq	a0,zero,.L302
	addi	s6,s11,1
	mv	a0,s1
	bltu	s6,s8,.L299
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L332
.L391:
	mv	a0,s1
	call	free
.L296:
	mv	a0,s3
	call	close
	ld	a0,0(sp)
	li	a5,12
	sw	a5,errno,a4
	call	readdir
	mv	s4,a0
	bne	a0,zero,.L393
.L324:
	ld	a0,0(sp)
	call	closedir
.L292:
	ld	a5,8(sp)
	ld	a1,40(sp)
	seqz	a0,a5
	call	frame
	lw	a5,0(s7)
	ble	a5,zero,.L329
	slli	a0,a5,4
	sub	a0,a0,a5
	lla	a4,procs
	slli	a0,a0,4
	li	a7,4096
	add	a0,a0,a4
	lla	a6,prev_ticks
	addi	a7,a7,-1
.L328:
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
	bne	a4,a0,.L328
.L329:
	ld	a5,8(sp)
	ld	a4,24(sp)
	addi	a5,a5,1
	sd	a5,8(sp)
	beq	a5,a4,.L290
	lw	a0,32(sp)
	call	sleep
	li	a0,10
	call	putchar
	j	.L327
.L392:
	lla	a5,errno
	lw	s0,0(a5)
	beq	s0,s10,.L297
	mv	a0,s1
	call	free
	mv	a0,s3
	call	close
	lla	a5,errno
	sw	s0,0(a5)
	j	.L291
.L302:
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
	beq	s8,zero,.L304
	beq	a0,zero,.L304
	bgtu	s8,a0,.L304
	sub	s10,a0,s8
	addi	s10,s10,-1
	li	a4,63
	bleu	s10,a4,.L306
	li	s10,63
.L306:
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
	beq	a4,zero,.L304
	addi	s9,sp,128
	li	s8,0
	li	s11,32
	li	s5,10
	li	s10,50
.L308:
	addi	a3,a5,1
	bne	a4,s11,.L314
.L309:
	sd	a3,56(sp)
	lbu	a4,0(a3)
	mv	a5,a3
	addi	a3,a3,1
	beq	a4,s11,.L309
	beq	a4,zero,.L311
.L314:
	beq	a4,s5,.L311
	mv	a0,a5
	li	a2,10
	addi	a1,sp,56
	call	strtoul
	ld	a5,56(sp)
	sd	a0,0(s9)
	addiw	s8,s8,1
	lbu	a4,0(a5)
	beq	a4,zero,.L311
	addi	s9,s9,8
	bne	s8,s10,.L308
	j	.L312
.L311:
	li	a5,20
	ble	s8,a5,.L304
.L312:
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
	lla	a2,.LC42
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
	blt	a0,zero,.L318
	li	a0,4096
	call	malloc
	mv	s5,a0
	beq	a0,zero,.L316
	li	s8,4096
	li	s11,0
	li	s9,1
.L317:
	mv	a0,s5
	bltu	s9,s8,.L319
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L394
.L333:
	mv	s5,a0
.L319:
	add	s10,s5,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s10
	mv	a0,s4
	call	read
	blt	a0,zero,.L395
	add	s11,s11,a0
	beq	a0,zero,.L322
	addi	s9,s11,1
	mv	a0,s5
	bltu	s9,s8,.L319
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L333
.L394:
	mv	a0,s5
	call	free
.L316:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L318
.L395:
	lla	a5,errno
	lw	s10,0(a5)
	li	a5,4
	beq	s10,a5,.L317
	mv	a0,s5
	call	free
	mv	a0,s4
	call	close
	lla	a5,errno
	sw	s10,0(a5)
.L318:
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
.L304:
	mv	a0,s1
	call	free
	j	.L291
.L322:
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
	j	.L318
.L290:
	li	a0,0
.L379:
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
.L385:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	sd	a0,24(sp)
	j	.L280
.L386:
	addi	a0,s1,2
	call	atol
	sd	a0,24(sp)
	j	.L280
.L388:
	addi	a0,s1,2
	call	atol
	mv	s4,a0
	j	.L280
.L387:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	mv	s4,a0
	j	.L280
.L390:
	li	a5,1
	sd	a5,32(sp)
	j	.L289
.L389:
	addi	a2,s1,1
	lla	a1,.LC40
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L379
.L279:
	lla	a0,.LANCHOR1
	call	cpu_sample
	li	a5,-1
	sd	a5,24(sp)
	li	a5,3
	sd	a5,32(sp)
	li	a5,300
	sd	a5,40(sp)
	j	.L288
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
	.set	.LANCHOR1,. + 0
	.type	prev_cpu, @object
	.size	prev_cpu, 64
prev_cpu:
	.zero	64
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
