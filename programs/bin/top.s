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
.LC0:
	.string	"days"
	.align	3
.LC1:
	.string	"day"
	.align	3
.LC2:
	.string	"/proc/meminfo"
	.align	3
.LC3:
	.string	"/proc/stat"
	.align	3
.LC4:
	.string	"/proc/loadavg"
	.align	3
.LC5:
	.string	"/proc/uptime"
	.align	3
.LC6:
	.string	"top - %02ld:%02ld:%02ld up "
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
	.string	" \n"
	.align	3
.LC11:
	.string	" 0 user,  load average: %s, %s, %s"
	.align	3
.LC12:
	.string	"%.*s\n"
	.align	3
.LC13:
	.string	"Tasks: %3d total, %3d running, %3d sleeping, %3d stopped, %3d zombie"
	.align	3
.LC14:
	.string	"cpu "
	.align	3
.LC15:
	.string	"%llu.%0*llu"
	.align	3
.LC16:
	.string	"%%Cpu(s): %5s us, %5s sy, %5s ni, %5s id, %5s wa, %5s hi, %5s si, %5s st"
	.align	3
.LC17:
	.string	", "
	.align	3
.LC18:
	.string	"MemTotal"
	.align	3
.LC19:
	.string	"MemFree"
	.align	3
.LC20:
	.string	"MemAvailable"
	.align	3
.LC21:
	.string	"Buffers"
	.align	3
.LC22:
	.string	"Cached"
	.align	3
.LC23:
	.string	"SReclaimable"
	.align	3
.LC24:
	.string	"SwapTotal"
	.align	3
.LC25:
	.string	"SwapFree"
	.align	3
.LC26:
	.string	"MiB Mem : %8s total, %8s free, %8s used, %8s buff/cache"
	.align	3
.LC27:
	.string	"%-*.*s\n"
	.align	3
.LC28:
	.string	"MiB Swap: %8s total, %8s free, %8s used. %8s avail Mem "
	.align	3
.LC29:
	.string	""
	.align	3
.LC30:
	.string	"  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND"
	.align	3
.LC31:
	.string	"%ld.%ld"
	.align	3
.LC32:
	.string	"%lu:%02lu.%02lu"
	.align	3
.LC33:
	.string	"root"
	.align	3
.LC34:
	.string	"%5d %-8s %3ld %3ld %7lu %6ld %6ld %c %5s %5s %9s %s"
	.text
	.align	1
	.type	frame, @function
frame:
	addi	sp,sp,-1216
	sd	s1,1192(sp)
	mv	a5,a1
	mv	s1,a0
	li	a1,0
	lla	a0,.LC2
	sd	ra,1208(sp)
	sd	s0,1200(sp)
	sd	s2,1184(sp)
	sd	s3,1176(sp)
	sd	s4,1168(sp)
	sd	s5,1160(sp)
	sd	s6,1152(sp)
	sd	s7,1144(sp)
	sd	s8,1136(sp)
	sd	s9,1128(sp)
	sd	s10,1120(sp)
	sd	s11,1112(sp)
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
	beq	a0,zero,.L273
.L127:
	mv	s2,a0
.L8:
	add	s8,s2,s0
	sub	a2,s3,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s4
	call	read
	blt	a0,zero,.L274
	add	s0,s0,a0
	beq	a0,zero,.L11
	addi	s5,s0,1
	mv	a0,s2
	bgtu	s3,s5,.L8
	slli	s3,s3,1
	mv	a1,s3
	call	realloc
	bne	a0,zero,.L127
.L273:
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
	lla	a0,.LC3
	call	open
	mv	s3,a0
	blt	a0,zero,.L12
	li	a0,4096
	call	malloc
	mv	s6,a0
	beq	a0,zero,.L13
	li	s9,4096
	li	s0,0
	li	s5,1
	lla	s7,errno
	li	s8,4
.L14:
	mv	a0,s6
	bgtu	s9,s5,.L16
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	beq	a0,zero,.L275
.L128:
	mv	s6,a0
.L16:
	add	s4,s6,s0
	sub	a2,s9,s0
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L276
	add	s0,s0,a0
	beq	a0,zero,.L19
	addi	s5,s0,1
	mv	a0,s6
	bgtu	s9,s5,.L16
	slli	s9,s9,1
	mv	a1,s9
	call	realloc
	bne	a0,zero,.L128
.L275:
	mv	a0,s6
	call	free
.L13:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L12:
	li	s6,0
.L15:
	li	a1,0
	lla	a0,.LC4
	call	open
	mv	s0,a0
	blt	a0,zero,.L20
	li	a0,4096
	call	malloc
	mv	s5,a0
	beq	a0,zero,.L21
	li	s10,4096
	li	s9,0
	li	s4,1
	lla	s7,errno
	li	s8,4
.L22:
	mv	a0,s5
	bgtu	s10,s4,.L24
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	beq	a0,zero,.L277
.L129:
	mv	s5,a0
.L24:
	add	s3,s5,s9
	sub	a2,s10,s9
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s0
	call	read
	blt	a0,zero,.L278
	add	s9,s9,a0
	beq	a0,zero,.L27
	addi	s4,s9,1
	mv	a0,s5
	bgtu	s10,s4,.L24
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	bne	a0,zero,.L129
.L277:
	mv	a0,s5
	call	free
.L21:
	mv	a0,s0
	call	close
	li	a5,12
	sw	a5,errno,a4
.L20:
	li	s5,0
.L23:
	li	a1,0
	lla	a0,.LC5
	call	open
	mv	s4,a0
	blt	a0,zero,.L28
	li	a0,4096
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L29
	li	s10,4096
	li	s11,0
	li	s8,1
	lla	s9,errno
.L30:
	mv	a0,s0
	bgtu	s10,s8,.L31
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	beq	a0,zero,.L279
.L130:
	mv	s0,a0
.L31:
	add	s7,s0,s11
	sub	a2,s10,s11
	addi	a2,a2,-1
	mv	a1,s7
	mv	a0,s4
	call	read
	blt	a0,zero,.L280
	add	s11,s11,a0
	beq	a0,zero,.L34
	addi	s8,s11,1
	mv	a0,s0
	bgtu	s10,s8,.L31
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	bne	a0,zero,.L130
.L279:
	mv	a0,s0
	call	free
.L29:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L28
.L274:
	lw	s8,0(s6)
	beq	s8,s7,.L6
	mv	a0,s2
	call	free
	mv	a0,s4
	call	close
	sw	s8,0(s6)
	j	.L4
.L276:
	lw	s4,0(s7)
	beq	s4,s8,.L14
	mv	a0,s6
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s7)
	j	.L12
.L278:
	lw	s3,0(s7)
	beq	s3,s8,.L22
	mv	a0,s5
	call	free
	mv	a0,s0
	call	close
	sw	s3,0(s7)
	j	.L20
.L280:
	lw	s3,0(s9)
	li	a5,4
	beq	s3,a5,.L30
	mv	a0,s0
	call	free
	mv	a0,s4
	call	close
	sw	s3,0(s9)
.L28:
	li	a0,0
	call	time
	li	a4,60
	li	a3,4096
	div	a6,a0,a4
	mv	a5,a0
	addi	a3,a3,-496
	addi	s0,sp,592
	li	a1,512
	lla	a2,.LC6
	mv	a0,s0
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	mv	s3,a0
	li	a1,512
	add	a0,s0,a0
	sub	a1,a1,s3
	li	a4,0
.L40:
	mv	a3,a4
	lla	a2,.LC9
	call	snprintf
	addw	a0,a0,s3
.L41:
	li	a5,808464384
	addi	a5,a5,-464
	sd	a5,160(sp)
	sd	a5,176(sp)
	sd	a5,192(sp)
	sd	zero,168(sp)
	sd	zero,184(sp)
	sd	zero,200(sp)
	addi	a3,sp,160
	addi	a4,sp,176
	addi	a5,sp,192
	addi	s9,sp,464
	beq	s5,zero,.L42
	sd	s1,72(sp)
	sd	s0,80(sp)
	sd	a3,464(sp)
	sd	a4,472(sp)
	sd	a5,480(sp)
	addi	s8,sp,488
	li	s10,32
	li	s4,15
	mv	s11,a0
	sd	s2,64(sp)
	mv	s1,s5
	mv	s0,s9
	sd	a3,88(sp)
	sd	a4,96(sp)
	mv	s7,a5
.L43:
	lbu	a4,0(s1)
	bne	a4,s10,.L47
.L44:
	lbu	a4,1(s1)
	addi	s1,s1,1
	beq	a4,s10,.L44
.L47:
	lla	a1,.LC10
	mv	a0,s1
	call	strcspn
	mv	s2,a0
	bleu	a0,s4,.L45
	li	s2,15
.L45:
	ld	s3,0(s0)
	mv	a1,s1
	mv	a2,s2
	mv	a0,s3
	call	memcpy
	add	a4,s3,s2
	sb	zero,0(a4)
	addi	s0,s0,8
	add	s1,s1,s2
	bne	s8,s0,.L43
	ld	s2,64(sp)
	ld	s1,72(sp)
	ld	s0,80(sp)
	ld	a3,88(sp)
	ld	a4,96(sp)
	mv	a0,s11
	mv	a5,s7
.L42:
	li	a1,512
	sub	a1,a1,a0
	lla	a2,.LC11
	add	a0,s0,a0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC12
	call	printf
	lla	a5,nprocs
	lw	a3,0(a5)
	ble	a3,zero,.L132
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
	j	.L53
.L49:
	beq	t1,t4,.L281
	beq	a1,t5,.L282
	addiw	a5,a5,1
.L50:
	addi	a2,a2,240
	beq	a0,a2,.L48
.L53:
	lbu	a1,68(a2)
	andi	t1,a1,223
	bne	a1,t3,.L49
	addi	a2,a2,240
	addiw	a4,a4,1
	bne	a0,a2,.L53
.L48:
	li	a1,512
	lla	a2,.LC13
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC12
	call	printf
	sd	zero,400(sp)
	sd	zero,408(sp)
	sd	zero,416(sp)
	sd	zero,424(sp)
	sd	zero,432(sp)
	sd	zero,440(sp)
	sd	zero,448(sp)
	sd	zero,456(sp)
	addi	s8,sp,400
	beq	s6,zero,.L55
	lla	a1,.LC14
	mv	a0,s6
	call	strstr
	addi	s8,sp,400
	beq	a0,zero,.L55
	addi	a0,a0,4
	sd	a0,464(sp)
	mv	s3,s8
	j	.L58
.L283:
	ld	a0,464(sp)
.L58:
	li	a2,10
	mv	a1,s9
	call	strtoull
	sd	a0,0(s3)
	addi	s3,s3,8
	bne	s9,s3,.L283
.L55:
	mv	a5,s8
	li	s7,0
.L59:
	ld	a4,0(a5)
	addi	a5,a5,8
	add	s7,s7,a4
	bne	s9,a5,.L59
	bne	s7,zero,.L60
	li	s7,1
.L60:
	mv	s10,s9
	li	s4,1000
	li	s11,10
	lla	s3,.LC15
	j	.L63
.L286:
	beq	s7,a5,.L284
.L62:
	remu	a5,a3,s11
	divu	a3,a3,s11
	call	snprintf
	beq	s9,s8,.L285
.L63:
	ld	a3,0(s8)
	mv	a0,s10
	li	a4,1
	mul	a3,s4,a3
	mv	a2,s3
	li	a1,16
	addi	s8,s8,8
	addi	s10,s10,16
	remu	a5,a3,s7
	slli	a5,a5,1
	divu	a3,a3,s7
	bgeu	s7,a5,.L286
	addi	a3,a3,1
.L312:
	remu	a5,a3,s11
	divu	a3,a3,s11
	call	snprintf
	bne	s9,s8,.L63
.L285:
	addi	a0,sp,576
	sd	a0,16(sp)
	addi	a0,sp,560
	sd	a0,8(sp)
	addi	a0,sp,544
	li	a1,512
	sd	a0,0(sp)
	addi	a7,sp,528
	addi	a6,sp,512
	addi	a5,sp,480
	addi	a4,sp,496
	mv	a3,s9
	lla	a2,.LC16
	mv	a0,s0
	call	snprintf
	lla	a1,.LC17
	mv	a0,s0
	call	strstr
	beq	a0,zero,.L65
	li	a1,44
	mv	a0,s0
	call	strrchr
	mv	s3,a0
	beq	a0,zero,.L65
	mv	a0,s0
	call	strlen
	sext.w	a5,a0
	li	a4,80
	ble	a5,a4,.L65
	li	a5,32
	sb	a5,0(s3)
	sb	zero,1(s3)
.L65:
	mv	a2,s0
	li	a1,80
	lla	a0,.LC12
	call	printf
	beq	s2,zero,.L133
	lla	a0,.LC18
	call	strlen
	lbu	a5,0(s2)
	mv	s8,a0
	mv	s3,s2
	lla	s4,.LC18
	li	s7,58
	bne	a5,zero,.L68
	j	.L71
.L288:
	lbu	a5,1(a0)
	addi	s3,a0,1
	beq	a5,zero,.L71
.L68:
	mv	a1,s4
	mv	a2,s8
	mv	a0,s3
	call	strncmp
	mv	a5,a0
	add	a4,s3,s8
	mv	a0,s3
	li	a1,10
	bne	a5,zero,.L70
	lbu	a5,0(a4)
	beq	a5,s7,.L287
.L70:
	call	strchr
	bne	a0,zero,.L288
.L71:
	li	a5,2028
	sd	a5,112(sp)
	li	a5,-1
	srli	a5,a5,10
	sd	a5,144(sp)
	li	a5,-1
	li	s3,-1
	sd	a5,64(sp)
.L69:
	lla	a0,.LC19
	call	strlen
	lbu	a5,0(s2)
	mv	s9,a0
	mv	s8,s2
	lla	s4,.LC19
	li	s7,58
	bne	a5,zero,.L72
	j	.L75
.L290:
	lbu	a5,1(a0)
	addi	s8,a0,1
	beq	a5,zero,.L75
.L72:
	mv	a1,s4
	mv	a2,s9
	mv	a0,s8
	call	strncmp
	mv	a5,a0
	add	a4,s8,s9
	mv	a0,s8
	li	a1,10
	bne	a5,zero,.L74
	lbu	a5,0(a4)
	beq	a5,s7,.L289
.L74:
	call	strchr
	bne	a0,zero,.L290
.L75:
	li	a5,2028
	sd	a5,72(sp)
	li	s4,-1
	li	a5,-1
	srli	s4,s4,10
	sd	a5,88(sp)
.L73:
	lla	a0,.LC20
	call	strlen
	lbu	a5,0(s2)
	mv	s10,a0
	mv	s9,s2
	lla	s7,.LC20
	li	s8,58
	bne	a5,zero,.L76
	j	.L79
.L292:
	lbu	a5,1(a0)
	addi	s9,a0,1
	beq	a5,zero,.L79
.L76:
	mv	a1,s7
	mv	a2,s10
	mv	a0,s9
	call	strncmp
	mv	a5,a0
	add	a4,s9,s10
	mv	a0,s9
	li	a1,10
	bne	a5,zero,.L78
	lbu	a5,0(a4)
	beq	a5,s8,.L291
.L78:
	call	strchr
	bne	a0,zero,.L292
.L79:
	li	a5,-1
	sd	a5,152(sp)
.L77:
	lla	a0,.LC21
	call	strlen
	lbu	a4,0(s2)
	mv	s10,a0
	mv	s9,s2
	lla	s7,.LC21
	li	s8,58
	bne	a4,zero,.L80
	j	.L83
.L294:
	lbu	a5,1(a0)
	addi	s9,a0,1
	beq	a5,zero,.L83
.L80:
	mv	a1,s7
	mv	a2,s10
	mv	a0,s9
	call	strncmp
	mv	a5,a0
	add	a4,s9,s10
	mv	a0,s9
	li	a1,10
	bne	a5,zero,.L82
	lbu	a5,0(a4)
	beq	a5,s8,.L293
.L82:
	call	strchr
	bne	a0,zero,.L294
.L83:
	li	s9,-1
.L81:
	lla	a0,.LC22
	call	strlen
	lbu	a3,0(s2)
	mv	s11,a0
	mv	s10,s2
	lla	s7,.LC22
	li	s8,58
	bne	a3,zero,.L84
	j	.L87
.L296:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L87
.L84:
	mv	a1,s7
	mv	a2,s11
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s11
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L86
	lbu	a5,0(a4)
	beq	a5,s8,.L295
.L86:
	call	strchr
	bne	a0,zero,.L296
.L87:
	li	a5,-1
.L85:
	lla	a0,.LC23
	add	s9,a5,s9
	call	strlen
	lbu	a3,0(s2)
	mv	s11,a0
	mv	s10,s2
	lla	s7,.LC23
	li	s8,58
	bne	a3,zero,.L88
	j	.L91
.L298:
	lbu	a5,1(a0)
	addi	s10,a0,1
	beq	a5,zero,.L91
.L88:
	mv	a1,s7
	mv	a2,s11
	mv	a0,s10
	call	strncmp
	mv	a5,a0
	add	a4,s10,s11
	mv	a0,s10
	li	a1,10
	bne	a5,zero,.L90
	lbu	a5,0(a4)
	beq	a5,s8,.L297
.L90:
	call	strchr
	bne	a0,zero,.L298
.L91:
	li	s8,-1
.L89:
	add	a5,s9,s8
	lla	a0,.LC24
	sd	a5,80(sp)
	call	strlen
	lbu	a3,0(s2)
	mv	s10,a0
	mv	s8,s2
	lla	s7,.LC24
	li	s9,58
	bne	a3,zero,.L92
	j	.L95
.L300:
	lbu	a5,1(a0)
	addi	s8,a0,1
	beq	a5,zero,.L95
.L92:
	mv	a1,s7
	mv	a2,s10
	mv	a0,s8
	call	strncmp
	mv	a5,a0
	add	a4,s8,s10
	mv	a0,s8
	li	a1,10
	bne	a5,zero,.L94
	lbu	a5,0(a4)
	beq	a5,s9,.L299
.L94:
	call	strchr
	bne	a0,zero,.L300
.L95:
	li	a5,2028
	sd	a5,128(sp)
	li	a5,-1
	srli	s10,a5,10
	sd	a5,96(sp)
.L93:
	lla	a0,.LC25
	call	strlen
	lbu	a3,0(s2)
	mv	s8,a0
	mv	s11,s2
	lla	s7,.LC25
	li	s9,58
	bne	a3,zero,.L96
	j	.L99
.L302:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L99
.L96:
	mv	a1,s7
	mv	a2,s8
	mv	a0,s11
	call	strncmp
	mv	a5,a0
	add	a4,s11,s8
	mv	a0,s11
	li	a1,10
	bne	a5,zero,.L98
	lbu	a5,0(a4)
	beq	a5,s9,.L301
.L98:
	call	strchr
	bne	a0,zero,.L302
.L99:
	li	a5,2028
	sd	a5,136(sp)
	li	a5,-1
	srli	s11,a5,10
.L97:
	ld	a4,152(sp)
	blt	a4,zero,.L142
	ld	a3,72(sp)
	mv	s7,s4
	sd	a3,104(sp)
	ld	a3,64(sp)
	ble	a4,a3,.L303
.L100:
	ld	a3,88(sp)
	ld	a4,64(sp)
	ld	a2,80(sp)
	sub	a4,a4,a3
	ld	a3,96(sp)
	slli	a6,a4,2
	slli	s9,a2,2
	sub	a3,a3,a5
	slli	a5,a3,2
	add	s8,a5,a3
	slli	s8,s8,1
	add	a6,a6,a4
	add	s9,s9,a2
	andi	a4,s8,1023
	slli	a6,a6,1
	slli	s9,s9,1
	slli	a4,a4,1
	andi	a2,a6,1023
	andi	a3,s9,1023
	sd	a4,80(sp)
	ld	a4,112(sp)
	slli	a2,a2,1
	slli	a3,a3,1
	li	a5,1024
	sd	a2,96(sp)
	sd	a3,88(sp)
	srli	a6,a6,10
	srli	s9,s9,10
	srli	s8,s8,10
	bleu	a4,a5,.L304
.L101:
	ld	a5,144(sp)
	addi	a4,a5,1
.L272:
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
.L67:
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,240
	sd	a6,112(sp)
	call	snprintf
	ld	a4,72(sp)
	li	a5,1024
	ld	a6,112(sp)
	bgtu	a4,a5,.L103
	beq	a4,a5,.L305
.L104:
	li	a3,10
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,272
	sd	a6,72(sp)
	remu	a5,s4,a3
	divu	a3,s4,a3
	call	snprintf
	ld	a4,96(sp)
	li	a5,1024
	ld	a6,72(sp)
	bgtu	a4,a5,.L105
	beq	a4,a5,.L306
.L106:
	li	a3,10
	remu	a5,a6,a3
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,304
	divu	a3,a6,a3
	call	snprintf
	ld	a4,88(sp)
	li	a5,1024
	bgtu	a4,a5,.L107
	beq	a4,a5,.L307
.L108:
	li	a3,10
	remu	a5,s9,a3
	lla	a2,.LC15
	li	a1,32
	li	a4,1
	addi	a0,sp,336
	divu	a3,s9,a3
	call	snprintf
	addi	a5,sp,304
	addi	a4,sp,272
	addi	a6,sp,336
	addi	a3,sp,240
	lla	a2,.LC26
	li	a1,512
	mv	a0,s0
	call	snprintf
	mv	a3,s0
	li	a2,80
	li	a1,80
	lla	a0,.LC27
	call	printf
	ld	a4,128(sp)
	li	a5,1024
	bgtu	a4,a5,.L109
	beq	a4,a5,.L308
.L110:
	li	a3,10
	remu	a5,s10,a3
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,240
	divu	a3,s10,a3
	call	snprintf
	ld	a4,136(sp)
	li	a5,1024
	bgtu	a4,a5,.L111
	beq	a4,a5,.L309
.L112:
	li	a3,10
	remu	a5,s11,a3
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,272
	divu	a3,s11,a3
	call	snprintf
	ld	a4,80(sp)
	li	a5,1024
	bgtu	a4,a5,.L113
	beq	a4,a5,.L310
.L114:
	li	a3,10
	remu	a5,s8,a3
	li	a4,1
	lla	a2,.LC15
	li	a1,32
	addi	a0,sp,304
	divu	a3,s8,a3
	call	snprintf
	ld	a4,104(sp)
	li	a5,1024
	bgtu	a4,a5,.L115
	beq	a4,a5,.L311
.L116:
	li	a3,10
	remu	a5,s7,a3
	lla	a2,.LC15
	li	a1,32
	li	a4,1
	addi	a0,sp,336
	divu	a3,s7,a3
	call	snprintf
	addi	a5,sp,304
	addi	a6,sp,336
	addi	a4,sp,272
	addi	a3,sp,240
	li	a1,512
	lla	a2,.LC28
	mv	a0,s0
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC12
	call	printf
	lla	a2,.LC29
	li	a1,80
	lla	a0,.LC12
	call	printf
	li	a1,80
	lla	a2,.LC30
	lla	a0,.LC12
	call	printf
	lla	a5,nprocs
	lw	a1,0(a5)
	ble	a1,zero,.L122
	slli	a2,a1,4
	sub	a2,a2,a1
	ld	a7,120(sp)
	lla	a5,procs
	slli	a2,a2,4
	add	a2,a2,a5
	li	a6,1000
.L121:
	ld	a4,136(a5)
	ld	a0,144(a5)
	li	a3,0
	bne	s1,zero,.L120
	ld	a3,224(a5)
	add	a4,a4,a0
	sub	a4,a4,a3
	mul	a4,a4,a6
	divu	a3,a4,a7
.L120:
	addi	a5,a5,240
	sd	a3,-8(a5)
	bne	a2,a5,.L121
.L122:
	lla	a3,by_cpu
	li	a2,240
	lla	a0,procs
	call	qsort
	lla	a5,nprocs
	lw	a5,0(a5)
	ble	a5,zero,.L119
	lla	s10,procs+4
	sd	s2,72(sp)
	mv	s2,s10
	ld	s10,64(sp)
	li	s7,4096
	addi	s11,s7,-96
	li	s1,0
	li	s9,10
	li	s4,100
	li	s8,60
	addi	s7,s7,1904
	sd	s5,80(sp)
.L126:
	ld	a3,228(s2)
	ld	a6,132(s2)
	ld	a5,140(s2)
	lla	a2,.LC31
	li	a1,16
	addi	a0,sp,208
	add	s5,a6,a5
	rem	a4,a3,s9
	div	a3,a3,s9
	call	snprintf
	ld	a3,204(s2)
	mul	a3,a3,s11
	ble	s10,zero,.L124
	remu	a5,a3,s3
	slli	a5,a5,1
	divu	a3,a3,s3
	bltu	s3,a5,.L125
	bne	s3,a5,.L124
	andi	a5,a3,1
	bne	a5,zero,.L125
.L124:
	li	a4,1
	lla	a2,.LC15
	li	a1,16
	addi	a0,sp,224
	addiw	s1,s1,1
	remu	a5,a3,s9
	divu	a3,a3,s9
	call	snprintf
	divu	a4,s5,s4
	lla	a2,.LC32
	li	a1,32
	addi	a0,sp,368
	remu	a5,s5,s4
	remu	a4,a4,s8
	divu	a3,s5,s7
	call	snprintf
	ld	a2,204(s2)
	ld	a7,196(s2)
	lbu	t3,64(s2)
	ld	a0,212(s2)
	addi	t1,sp,368
	ld	a5,164(s2)
	ld	a6,172(s2)
	lw	a3,-4(s2)
	sd	t1,40(sp)
	addi	t1,sp,224
	slli	a2,a2,2
	sd	t1,32(sp)
	addi	t1,sp,208
	sd	s2,48(sp)
	srli	a7,a7,10
	lla	a4,.LC33
	li	a1,512
	sd	t1,24(sp)
	sd	t3,16(sp)
	sd	a0,8(sp)
	sd	a2,0(sp)
	mv	a0,s0
	lla	a2,.LC34
	call	snprintf
	mv	a2,s0
	li	a1,80
	lla	a0,.LC12
	call	printf
	lla	a5,nprocs
	lw	a5,0(a5)
	addi	s2,s2,240
	bgt	a5,s1,.L126
	ld	s2,72(sp)
	ld	s5,80(sp)
.L119:
	ld	a0,stdout
	call	fflush
	mv	a0,s2
	call	free
	mv	a0,s6
	call	free
	mv	a0,s5
	call	free
	ld	ra,1208(sp)
	ld	s0,1200(sp)
	ld	s1,1192(sp)
	ld	s2,1184(sp)
	ld	s3,1176(sp)
	ld	s4,1168(sp)
	ld	s5,1160(sp)
	ld	s6,1152(sp)
	ld	s7,1144(sp)
	ld	s8,1136(sp)
	ld	s9,1128(sp)
	ld	s10,1120(sp)
	ld	s11,1112(sp)
	addi	sp,sp,1216
	jr	ra
.L281:
	addiw	a6,a6,1
	j	.L50
.L284:
	andi	a5,a3,1
	beq	a5,zero,.L62
	addi	a3,a3,1
	j	.L312
.L125:
	addi	a3,a3,1
	j	.L124
.L282:
	addiw	a7,a7,1
	j	.L50
.L34:
	mv	s3,a0
	mv	a0,s4
	call	close
	li	a2,10
	li	a1,0
	sb	zero,0(s7)
	mv	a0,s0
	call	strtol
	mv	s4,a0
	li	a1,46
	mv	a0,s0
	call	strchr
	mv	s7,a0
	beq	a0,zero,.L36
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L313
.L36:
	mv	a0,s0
	call	free
	li	a5,100
	li	a0,0
	mul	s4,s4,a5
	call	time
	li	a4,60
	li	a3,4096
	mv	a5,a0
	addi	a3,a3,-496
	addi	s0,sp,592
	lla	a2,.LC6
	li	a1,512
	div	a6,a0,a4
	mv	a0,s0
	add	s4,s4,s3
	div	a3,a5,a3
	rem	a5,a5,a4
	rem	a4,a6,a4
	li	a6,24
	rem	a3,a3,a6
	call	snprintf
	li	a3,8638464
	addi	a3,a3,1536
	div	a3,s4,a3
	mv	s3,a0
	beq	a3,zero,.L38
	li	a5,17281024
	li	a1,512
	addi	a5,a5,-1025
	add	a0,s0,a0
	sub	a1,a1,s3
	lla	a4,.LC1
	ble	s4,a5,.L39
	lla	a4,.LC0
.L39:
	lla	a2,.LC7
	call	snprintf
	addw	s3,s3,a0
.L38:
	li	a3,360448
	addi	a3,a3,-448
	div	a3,s4,a3
	li	a5,4096
	addi	a5,a5,1904
	li	a1,512
	add	a0,s0,s3
	sub	a1,a1,s3
	div	a4,s4,a5
	li	a5,24
	rem	a3,a3,a5
	li	a5,60
	rem	a4,a4,a5
	beq	a3,zero,.L40
	lla	a2,.LC8
	call	snprintf
	addw	a0,s3,a0
	j	.L41
.L311:
	andi	a5,s7,1
	beq	a5,zero,.L116
.L115:
	addi	s7,s7,1
	j	.L116
.L310:
	andi	a5,s8,1
	beq	a5,zero,.L114
.L113:
	addi	s8,s8,1
	j	.L114
.L309:
	andi	a5,s11,1
	beq	a5,zero,.L112
.L111:
	addi	s11,s11,1
	j	.L112
.L308:
	andi	a5,s10,1
	beq	a5,zero,.L110
.L109:
	addi	s10,s10,1
	j	.L110
.L307:
	andi	a5,s9,1
	beq	a5,zero,.L108
.L107:
	addi	s9,s9,1
	j	.L108
.L306:
	andi	a5,a6,1
	beq	a5,zero,.L106
.L105:
	addi	a6,a6,1
	j	.L106
.L305:
	andi	a5,s4,1
	beq	a5,zero,.L104
.L103:
	addi	s4,s4,1
	j	.L104
.L133:
	li	a5,0
	li	a3,0
	sd	zero,72(sp)
	li	s4,0
	sd	zero,96(sp)
	li	a6,0
	sd	zero,88(sp)
	li	s9,0
	sd	zero,128(sp)
	li	s10,0
	sd	zero,136(sp)
	li	s11,0
	sd	zero,80(sp)
	li	s8,0
	sd	zero,104(sp)
	li	s7,0
	sd	zero,64(sp)
	li	s3,0
	j	.L67
.L142:
	ld	a4,72(sp)
	mv	s7,s4
	sd	a4,104(sp)
	j	.L100
.L304:
	bne	a4,a5,.L314
	ld	a4,144(sp)
	andi	a5,a4,1
	bne	a5,zero,.L101
	j	.L272
.L313:
	lbu	a5,1(s7)
	lbu	a0,2(s7)
	addiw	a5,a5,-48
	slliw	s3,a5,2
	addw	s3,s3,a5
	slliw	s3,s3,1
	call	isdigit
	beq	a0,zero,.L36
	lbu	a5,2(s7)
	addiw	a5,a5,-48
	add	s3,s3,a5
	j	.L36
.L132:
	li	a7,0
	li	a6,0
	li	a5,0
	li	a4,0
	j	.L48
.L27:
	mv	a0,s0
	call	close
	sb	zero,0(s3)
	j	.L23
.L19:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	j	.L15
.L11:
	mv	a0,s4
	call	close
	sb	zero,0(s8)
	j	.L7
.L287:
	addi	a0,s8,1
	add	a0,s3,a0
	li	a2,10
	li	a1,0
	call	strtol
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	andi	a4,a5,1023
	srli	a5,a5,10
	sd	a5,144(sp)
	slli	a5,a4,1
	mv	s3,a0
	sd	a0,64(sp)
	sd	a5,112(sp)
	j	.L69
.L301:
	addi	a4,s8,1
	add	a0,s11,a4
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
	j	.L97
.L297:
	addi	a4,s11,1
	li	a2,10
	li	a1,0
	add	a0,s10,a4
	call	strtol
	mv	s8,a0
	j	.L89
.L299:
	addi	a4,s10,1
	add	a0,s8,a4
	li	a2,10
	li	a1,0
	call	strtol
	slli	a5,a0,2
	add	a5,a5,a0
	slli	a5,a5,1
	andi	a4,a5,1023
	srli	s10,a5,10
	slli	a5,a4,1
	sd	a0,96(sp)
	sd	a5,128(sp)
	j	.L93
.L289:
	addi	a0,s9,1
	li	a2,10
	li	a1,0
	add	a0,s8,a0
	call	strtol
	slli	s4,a0,2
	add	s4,s4,a0
	slli	s4,s4,1
	andi	a5,s4,1023
	slli	a5,a5,1
	sd	a0,88(sp)
	srli	s4,s4,10
	sd	a5,72(sp)
	j	.L73
.L291:
	addi	a0,s10,1
	li	a2,10
	li	a1,0
	add	a0,s9,a0
	call	strtol
	sd	a0,152(sp)
	j	.L77
.L293:
	addi	a5,s10,1
	add	a0,s9,a5
	li	a2,10
	li	a1,0
	call	strtol
	mv	s9,a0
	j	.L81
.L295:
	addi	a4,s11,1
	li	a2,10
	li	a1,0
	add	a0,s10,a4
	call	strtol
	mv	a5,a0
	j	.L85
.L303:
	slli	s7,a4,2
	add	s7,s7,a4
	slli	s7,s7,1
	mv	a3,a4
	andi	a4,s7,1023
	slli	a4,a4,1
	srli	s7,s7,10
	sd	a4,104(sp)
	sd	a3,88(sp)
	j	.L100
.L314:
	ld	a4,144(sp)
	li	a5,10
	divu	a3,a4,a5
	remu	a5,a4,a5
	j	.L67
	.size	frame, .-frame
	.section	.rodata.str1.8
	.align	3
.LC35:
	.string	"-b"
	.align	3
.LC36:
	.string	"-n"
	.align	3
.LC37:
	.string	"-d"
	.align	3
.LC38:
	.string	"-bn1"
	.align	3
.LC39:
	.string	"top: unknown option '%s'\nUsage:\n  top -b [-n N] [-d SECONDS]\n"
	.align	3
.LC40:
	.string	"/proc"
	.align	3
.LC41:
	.string	"/proc/%s/statm"
	.align	3
.LC42:
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
	ble	a0,a5,.L366
	li	a5,-1
	mv	s3,a0
	mv	s5,a1
	li	s0,1
	li	s4,3
	sd	a5,24(sp)
	lla	s6,.LC35
	lla	s8,.LC36
	lla	s7,.LC37
	lla	s9,.LC38
	j	.L323
.L317:
	addiw	s0,s0,1
	ble	s3,s0,.L419
.L323:
	slli	s2,s0,3
	add	s2,s5,s2
	ld	s1,0(s2)
	mv	a1,s6
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L317
	mv	a1,s8
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L318
	addiw	a5,s0,1
	blt	a5,s3,.L420
.L318:
	li	a2,2
	mv	a1,s8
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L319
	lbu	a5,2(s1)
	bne	a5,zero,.L421
.L319:
	mv	a1,s7
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L320
	addiw	a5,s0,1
	blt	a5,s3,.L422
.L320:
	li	a2,2
	mv	a1,s7
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L321
	lbu	a5,2(s1)
	bne	a5,zero,.L423
.L321:
	mv	a1,s9
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L424
	li	a5,1
	sd	a5,24(sp)
	addiw	s0,s0,1
	bgt	s3,s0,.L323
.L419:
	sd	s4,32(sp)
	ble	s4,zero,.L425
.L324:
	ld	a4,32(sp)
	li	a5,100
	mul	a5,a4,a5
	sd	a5,40(sp)
	ld	a5,24(sp)
	beq	a5,zero,.L325
.L316:
	li	a5,-1
	srli	a5,a5,32
	sd	zero,8(sp)
	lla	s7,nprocs
	sd	a5,16(sp)
.L362:
	lla	a0,.LC40
	sw	zero,nprocs,a5
	call	opendir
	sd	a0,0(sp)
	lla	s2,procs
	beq	a0,zero,.L327
.L326:
	ld	a0,0(sp)
	call	readdir
	mv	s4,a0
	beq	a0,zero,.L359
.L428:
	lw	a4,0(s7)
	li	a5,1023
	bgt	a4,a5,.L359
	lbu	a0,19(s4)
	beq	a0,zero,.L326
	addi	s4,s4,19
	mv	s0,s4
.L329:
	addi	s0,s0,1
	call	isdigit
	beq	a0,zero,.L326
	lbu	a0,0(s0)
	bne	a0,zero,.L329
	mv	a3,s4
	lla	a2,.LC42
	li	a1,64
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s3,a0
	blt	a0,zero,.L326
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L331
	li	s8,4096
	li	s11,0
	li	s6,1
	li	s10,4
.L332:
	mv	a0,s1
	bltu	s6,s8,.L334
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L426
.L368:
	mv	s1,a0
.L334:
	add	s5,s1,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s5
	mv	a0,s3
	call	read
	mv	s0,a0
	blt	a0,zero,.L427
	add	s11,s11,a0
	beq	a0,zero,.L337
	addi	s6,s11,1
	mv	a0,s1
	bltu	s6,s8,.L334
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L368
.L426:
	mv	a0,s1
	call	free
.L331:
	mv	a0,s3
	call	close
	ld	a0,0(sp)
	li	a5,12
	sw	a5,errno,a4
	call	readdir
	mv	s4,a0
	bne	a0,zero,.L428
.L359:
	ld	a0,0(sp)
	call	closedir
.L327:
	ld	a5,8(sp)
	ld	a1,40(sp)
	seqz	a0,a5
	call	frame
	lw	a5,0(s7)
	ble	a5,zero,.L364
	slli	a0,a5,4
	sub	a0,a0,a5
	lla	a4,procs
	slli	a0,a0,4
	li	a7,4096
	add	a0,a0,a4
	lla	a6,prev_ticks
	addi	a7,a7,-1
.L363:
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
	bne	a4,a0,.L363
.L364:
	ld	a5,8(sp)
	ld	a4,24(sp)
	addi	a5,a5,1
	sd	a5,8(sp)
	beq	a5,a4,.L325
	lw	a0,32(sp)
	call	sleep
	li	a0,10
	call	putchar
	j	.L362
.L427:
	lla	a5,errno
	lw	s0,0(a5)
	beq	s0,s10,.L332
	mv	a0,s1
	call	free
	mv	a0,s3
	call	close
	lla	a5,errno
	sw	s0,0(a5)
	j	.L326
.L337:
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
	beq	s8,zero,.L339
	beq	a0,zero,.L339
	bgtu	s8,a0,.L339
	sub	s10,a0,s8
	addi	s10,s10,-1
	li	a4,63
	bleu	s10,a4,.L341
	li	s10,63
.L341:
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
	beq	a4,zero,.L339
	addi	s9,sp,128
	li	s8,0
	li	s11,32
	li	s5,10
	li	s10,50
.L343:
	addi	a3,a5,1
	bne	a4,s11,.L349
.L344:
	sd	a3,56(sp)
	lbu	a4,0(a3)
	mv	a5,a3
	addi	a3,a3,1
	beq	a4,s11,.L344
	beq	a4,zero,.L346
.L349:
	beq	a4,s5,.L346
	mv	a0,a5
	li	a2,10
	addi	a1,sp,56
	call	strtoul
	ld	a5,56(sp)
	sd	a0,0(s9)
	addiw	s8,s8,1
	lbu	a4,0(a5)
	beq	a4,zero,.L346
	addi	s9,s9,8
	bne	s8,s10,.L343
	j	.L347
.L346:
	li	a5,20
	ble	s8,a5,.L339
.L347:
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
	lla	a2,.LC41
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
	blt	a0,zero,.L353
	li	a0,4096
	call	malloc
	mv	s5,a0
	beq	a0,zero,.L351
	li	s8,4096
	li	s11,0
	li	s9,1
.L352:
	mv	a0,s5
	bltu	s9,s8,.L354
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L429
.L369:
	mv	s5,a0
.L354:
	add	s10,s5,s11
	sub	a2,s8,s11
	addi	a2,a2,-1
	mv	a1,s10
	mv	a0,s4
	call	read
	blt	a0,zero,.L430
	add	s11,s11,a0
	beq	a0,zero,.L357
	addi	s9,s11,1
	mv	a0,s5
	bltu	s9,s8,.L354
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L369
.L429:
	mv	a0,s5
	call	free
.L351:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L353
.L430:
	lla	a5,errno
	lw	s10,0(a5)
	li	a5,4
	beq	s10,a5,.L352
	mv	a0,s5
	call	free
	mv	a0,s4
	call	close
	lla	a5,errno
	sw	s10,0(a5)
.L353:
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
.L339:
	mv	a0,s1
	call	free
	j	.L326
.L357:
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
	j	.L353
.L325:
	li	a0,0
.L415:
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
.L420:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	sd	a0,24(sp)
	j	.L317
.L421:
	addi	a0,s1,2
	call	atol
	sd	a0,24(sp)
	j	.L317
.L423:
	addi	a0,s1,2
	call	atol
	mv	s4,a0
	j	.L317
.L422:
	ld	a0,8(s2)
	mv	s0,a5
	call	atol
	mv	s4,a0
	j	.L317
.L425:
	li	a5,1
	sd	a5,32(sp)
	j	.L324
.L424:
	addi	a2,s1,1
	lla	a1,.LC39
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L415
.L366:
	li	a5,-1
	sd	a5,24(sp)
	li	a5,3
	sd	a5,32(sp)
	li	a5,300
	sd	a5,40(sp)
	j	.L316
	.size	main, .-main
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
