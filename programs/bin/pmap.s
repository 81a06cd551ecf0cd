# programs/bin/pmap.s -- generated from pmap.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o pmap.s pmap.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"pmap.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"smaps"
	.align	3
.LC1:
	.string	"maps"
	.align	3
.LC2:
	.string	"KernelPageSize"
	.align	3
.LC3:
	.string	"  [ anon ]"
	.align	3
.LC4:
	.string	"  [ stack ]"
	.align	3
.LC5:
	.string	"/proc/%ld/stat"
	.align	3
.LC6:
	.string	"/proc/%ld/%s"
	.align	3
.LC7:
	.string	"/proc/%ld/cmdline"
	.align	3
.LC8:
	.string	"%ld:   %s\n"
	.align	3
.LC9:
	.string	"%ld:   [ %s ]\n"
	.align	3
.LC10:
	.string	" "
	.align	3
.LC11:
	.string	"VmFlags"
	.align	3
.LC12:
	.string	"%08lx"
	.align	3
.LC13:
	.string	"Inode"
	.align	3
.LC14:
	.string	"Address"
	.align	3
.LC15:
	.string	"%*s Perm   Offset Device %*s"
	.align	3
.LC16:
	.string	" %*s"
	.align	3
.LC17:
	.string	" Mapping\n"
	.align	3
.LC18:
	.string	"%*s %s %08lx %6s %*lu"
	.align	3
.LC19:
	.string	" %*ld"
	.align	3
.LC20:
	.string	" %s\n"
	.align	3
.LC21:
	.string	""
	.align	3
.LC22:
	.string	"%*s"
	.align	3
.LC23:
	.string	"\n%*s"
	.align	3
.LC24:
	.string	"KB \n"
	.align	3
.LC25:
	.string	"%*ld "
	.align	3
.LC26:
	.string	"Address           Kbytes     RSS   Dirty Mode  Mapping\n"
	.align	3
.LC27:
	.string	"Rss"
	.align	3
.LC28:
	.string	"Shared_Dirty"
	.align	3
.LC29:
	.string	"Private_Dirty"
	.align	3
.LC30:
	.string	"%016lx %7lu %7lu %7lu %s %s\n"
	.align	3
.LC31:
	.string	"---------------- ------- ------- ------- \ntotal kB %15lu %7lu %7lu\n"
	.align	3
.LC32:
	.string	"%016lx %6luK %s %s\n"
	.align	3
.LC33:
	.string	" total %16luK\n"
	.text
	.align	1
	.type	pmap_pid, @function
pmap_pid:
	addi	sp,sp,-1200
	li	a2,10
	addi	a1,sp,96
	sd	s0,1184(sp)
	sd	ra,1192(sp)
	mv	s0,a0
	sd	s1,1176(sp)
	sd	s2,1168(sp)
	sd	s3,1160(sp)
	sd	s4,1152(sp)
	sd	s5,1144(sp)
	sd	s6,1136(sp)
	sd	s7,1128(sp)
	sd	s8,1120(sp)
	sd	s9,1112(sp)
	sd	s10,1104(sp)
	sd	s11,1096(sp)
	call	strtol
	lbu	a5,0(s0)
	beq	a5,zero,.L2
	ld	a5,96(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L2
	mv	s2,a0
	ble	a0,zero,.L2
	mv	a3,a0
	lla	a2,.LC5
	li	a1,64
	addi	a0,sp,136
	call	snprintf
	li	a1,0
	addi	a0,sp,136
	call	open
	mv	s4,a0
	blt	a0,zero,.L3
	li	a0,4096
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L4
	li	s3,4096
	li	s1,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L5:
	mv	a0,s0
	bltu	s5,s3,.L7
	slli	s3,s3,1
	mv	a1,s3
	call	realloc
	beq	a0,zero,.L342
.L181:
	mv	s0,a0
.L7:
	add	s8,s0,s1
	sub	a2,s3,s1
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s4
	call	read
	blt	a0,zero,.L343
	add	s1,s1,a0
	beq	a0,zero,.L10
	addi	s5,s1,1
	mv	a0,s0
	bltu	s5,s3,.L7
	slli	s3,s3,1
	mv	a1,s3
	call	realloc
	bne	a0,zero,.L181
.L342:
	mv	a0,s0
	call	free
.L4:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
.L3:
	sd	zero,24(sp)
.L6:
	lla	a4,opt_X
	lla	a5,opt_x
	lw	a3,0(a4)
	lw	a5,0(a5)
	lla	a4,.LC0
	or	a5,a5,a3
	bne	a5,zero,.L11
	lla	a4,.LC1
.L11:
	mv	a3,s2
	lla	a2,.LC6
	li	a1,64
	addi	a0,sp,136
	call	snprintf
	li	a1,0
	addi	a0,sp,136
	call	open
	mv	s1,a0
	blt	a0,zero,.L12
	li	a0,4096
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L13
	li	s8,4096
	li	s7,0
	li	s4,1
	lla	s5,errno
	li	s6,4
.L14:
	mv	a0,s0
	bltu	s4,s8,.L16
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L344
.L183:
	mv	s0,a0
.L16:
	add	s3,s0,s7
	sub	a2,s8,s7
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s1
	call	read
	blt	a0,zero,.L345
	add	s7,s7,a0
	beq	a0,zero,.L19
	addi	s4,s7,1
	mv	a0,s0
	bltu	s4,s8,.L16
	slli	s8,s8,1
	mv	a1,s8
	call	realloc
	bne	a0,zero,.L183
.L344:
	mv	a0,s0
	call	free
.L13:
	mv	a0,s1
	call	close
	li	a5,12
	sw	a5,errno,a4
.L12:
	sd	zero,40(sp)
.L15:
	mv	a3,s2
	lla	a2,.LC7
	li	a1,64
	addi	a0,sp,136
	call	snprintf
	li	a1,0
	addi	a0,sp,136
	call	open
	mv	s3,a0
	blt	a0,zero,.L24
	li	a0,4096
	call	malloc
	mv	s8,a0
	beq	a0,zero,.L22
	li	s10,4096
	li	s1,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L23:
	mv	a0,s8
	bgtu	s10,s5,.L25
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	beq	a0,zero,.L346
.L184:
	mv	s8,a0
.L25:
	add	s4,s8,s1
	sub	a2,s10,s1
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L347
	beq	a0,zero,.L28
	add	s1,s1,a0
	addi	s5,s1,1
	mv	a0,s8
	bgtu	s10,s5,.L25
	slli	s10,s10,1
	mv	a1,s10
	call	realloc
	bne	a0,zero,.L184
.L346:
	mv	a0,s8
	call	free
.L22:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L24:
	li	s8,0
.L21:
	ld	a0,24(sp)
	call	free
	ld	a0,40(sp)
	call	free
	mv	a0,s8
	call	free
.L2:
	li	a0,-1
	j	.L320
.L343:
	lw	s8,0(s6)
	beq	s8,s7,.L5
	mv	a0,s0
	call	free
	mv	a0,s4
	call	close
	sw	s8,0(s6)
	j	.L3
.L345:
	lw	s3,0(s5)
	beq	s3,s6,.L14
	mv	a0,s0
	call	free
	mv	a0,s1
	call	close
	sw	s3,0(s5)
	j	.L12
.L347:
	lw	s4,0(s6)
	beq	s4,s7,.L23
	mv	a0,s8
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s6)
	j	.L24
.L19:
	mv	a0,s1
	sd	s0,40(sp)
	call	close
	sb	zero,0(s3)
	j	.L15
.L28:
	mv	a0,s3
	call	close
	ld	a5,24(sp)
	sb	zero,0(s4)
	beq	a5,zero,.L21
	ld	a5,40(sp)
	beq	a5,zero,.L21
	ld	a0,24(sp)
	li	a1,41
	call	strrchr
	li	a4,2
	li	a3,28
	li	a2,32
	beq	a0,zero,.L348
	lbu	a5,0(a0)
	beq	a5,zero,.L34
.L350:
	beq	a4,a3,.L34
	beq	a5,a2,.L349
	addi	a0,a0,1
.L353:
	lbu	a5,0(a0)
	bne	a5,zero,.L350
.L34:
	li	a2,10
	li	a1,0
	call	strtoul
	sd	a0,32(sp)
	j	.L37
.L352:
	lbu	a4,0(a4)
	bne	a4,zero,.L351
	mv	s1,a5
.L37:
	addi	a5,s1,-1
	add	a4,s8,a5
	bne	s1,zero,.L352
	li	a2,216
	li	a1,0
	sb	zero,0(s8)
	addi	a0,sp,360
	call	memset
	ld	s0,24(sp)
	mv	a0,s0
	call	atoi
	mv	a5,a0
	li	a1,40
	mv	a0,s0
	sw	a5,360(sp)
	call	strchr
	mv	s5,a0
	li	a1,41
	mv	a0,s0
	call	strrchr
	mv	s1,a0
	beq	s5,zero,.L340
	beq	s1,zero,.L340
	bgtu	s5,s1,.L340
	sub	s3,s1,s5
	addi	s3,s3,-1
	li	a5,63
	bleu	s3,a5,.L45
	li	s3,63
.L45:
	addi	s4,sp,364
	mv	a2,s3
	addi	a1,s5,1
	mv	a0,s4
	call	memcpy
	addi	a5,s3,992
	addi	a4,sp,96
	add	s3,a5,a4
	addi	a5,s1,2
	sd	a5,200(sp)
	sb	zero,-724(s3)
	lbu	a4,2(s1)
	addi	a5,s1,3
	sd	a5,200(sp)
	sb	a4,428(sp)
	lbu	a4,3(s1)
	beq	a4,zero,.L42
	addi	s7,sp,576
	li	s6,0
	li	s5,32
	li	s1,10
	li	s3,50
.L46:
	bne	a4,s5,.L51
.L47:
	addi	a5,a5,1
	sd	a5,200(sp)
	lbu	a4,0(a5)
	beq	a4,s5,.L47
	beq	a4,zero,.L49
.L51:
	beq	a4,s1,.L49
	mv	a0,a5
	li	a2,10
	addi	a1,sp,200
	call	strtoul
	ld	a5,200(sp)
	sd	a0,0(s7)
	addiw	s6,s6,1
	lbu	a4,0(a5)
	beq	a4,zero,.L49
	addi	s7,s7,8
	bne	s6,s3,.L46
	j	.L50
.L349:
	addiw	a4,a4,1
	addi	a0,a0,1
	j	.L353
.L49:
	li	a5,20
	ble	s6,a5,.L42
.L50:
	lwu	a5,592(sp)
	lwu	a1,600(sp)
	li	a3,-1
	srli	a3,a3,32
	slli	a1,a1,32
	and	a5,a5,a3
	or	a5,a5,a1
	sd	a5,440(sp)
	ld	a5,608(sp)
	lwu	a4,576(sp)
	lwu	a2,584(sp)
	sw	a5,448(sp)
	ld	a5,616(sp)
	slli	a2,a2,32
	and	a4,a4,a3
	sd	a5,456(sp)
	ld	a5,624(sp)
	or	a4,a4,a2
	sd	a4,432(sp)
	sd	a5,464(sp)
	ld	a5,632(sp)
	sd	a5,472(sp)
	ld	a5,640(sp)
	sd	a5,480(sp)
	ld	a5,648(sp)
	sd	a5,488(sp)
	ld	a5,656(sp)
	sd	a5,496(sp)
	ld	a5,664(sp)
	sd	a5,504(sp)
	ld	a5,672(sp)
	sd	a5,512(sp)
	ld	a5,680(sp)
	sd	a5,520(sp)
	ld	a5,688(sp)
	sd	a5,528(sp)
	ld	a5,696(sp)
	sd	a5,536(sp)
	ld	a5,704(sp)
	sd	a5,544(sp)
	ld	a5,728(sp)
	sd	a5,560(sp)
	ld	a5,720(sp)
	sd	a5,552(sp)
	ld	a5,736(sp)
	sd	a5,568(sp)
.L42:
	mv	a2,s4
	mv	a1,s2
	lla	a0,.LC9
	call	printf
.L43:
	ld	s1,40(sp)
	sw	zero,nmaps,a4
	lbu	a5,0(s1)
	beq	a5,zero,.L52
	li	s3,0
	addi	s2,sp,576
	lla	s0,nmaps
	li	s5,511
	lla	s4,nfields
	lla	s6,.LANCHOR0
	lla	s11,maps
	sd	s8,8(sp)
.L84:
	li	a1,10
	mv	a0,s1
	call	strchr
	mv	s7,a0
	beq	a0,zero,.L53
	sub	s9,a0,s1
.L54:
	bleu	s9,s5,.L55
	li	s9,511
.L55:
	mv	a2,s9
	mv	a1,s1
	mv	a0,s2
	call	memcpy
	addi	a5,s9,992
	addi	a4,sp,96
	snez	s7,s7
	add	s7,s7,s9
	add	s9,a5,a4
	li	a1,58
	mv	a0,s2
	sb	zero,-512(s9)
	call	strchr
	add	s1,s1,s7
	li	a1,45
	mv	s7,a0
	mv	a0,s2
	call	strchr
	beq	a0,zero,.L56
	beq	s7,zero,.L57
	bgtu	s7,a0,.L57
	beq	s3,zero,.L73
	sb	zero,0(s7)
	lla	a1,.LC11
	mv	a0,s2
	call	strcmp
	beq	a0,zero,.L354
.L324:
	lw	a4,0(s4)
	mv	s10,s6
	mv	s8,s6
	li	s9,0
	bgt	a4,zero,.L83
	j	.L355
.L357:
	lw	a4,0(s4)
	addiw	s9,s9,1
	addi	s8,s8,32
	bge	s9,a4,.L356
.L83:
	mv	a0,s8
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L357
.L82:
	li	a2,10
	li	a1,0
	addi	a0,s7,1
	call	strtol
	addi	a5,s9,38
	slli	a5,a5,3
	add	a5,s3,a5
	sd	a0,8(a5)
.L67:
	lbu	a5,0(s1)
	bne	a5,zero,.L84
	lla	a5,opt_X
	lw	a5,0(a5)
	ld	s8,8(sp)
	bne	a5,zero,.L358
.L69:
	lla	a5,opt_x
	lw	s5,0(a5)
	bne	s5,zero,.L147
	lw	a5,0(s0)
	li	s1,0
	li	s10,0
	lla	s7,maps
	ble	a5,zero,.L149
	ld	s11,32(sp)
	li	s9,115
	li	s6,45
	sd	s8,16(sp)
	sd	s2,8(sp)
	j	.L148
.L171:
	ld	a3,0(s2)
	lla	a4,.LC3
	bltu	s11,a3,.L172
	ld	a5,8(s2)
	bgtu	s11,a5,.L172
	lla	a4,.LC4
.L172:
	ld	a3,8(sp)
	mv	a2,s8
	mv	a1,s3
	lla	a0,.LC32
	call	printf
	lw	a5,0(s0)
	addiw	s5,s5,1
	addi	s1,s1,696
	ble	a5,s5,.L359
.L148:
	ld	a5,0(s7)
	add	s2,a5,s1
	lhu	a4,32(s2)
	sh	a4,576(sp)
	lbu	a4,34(s2)
	sb	a4,578(sp)
	lbu	a4,35(s2)
	beq	a4,s9,.L170
	li	a4,45
.L170:
	sb	a4,579(sp)
	sh	s6,580(sp)
	ld	s3,0(s2)
	ld	a2,8(s2)
	addi	s4,s2,53
	li	a1,47
	sub	a2,a2,s3
	mv	a0,s4
	srli	s8,a2,10
	call	strchr
	add	s10,s10,s8
	beq	a0,zero,.L171
	li	a1,47
	mv	a0,s4
	call	strrchr
	beq	a0,zero,.L200
	lla	a5,opt_p
	lw	a5,0(a5)
	bne	a5,zero,.L360
	lbu	a5,1(a0)
	snez	a5,a5
	add	a4,a0,a5
	j	.L172
.L56:
	beq	s3,zero,.L73
	beq	s7,zero,.L67
	sb	zero,0(s7)
	lla	a1,.LC11
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L324
.L354:
	lbu	a4,1(s7)
	li	a5,32
	addi	s7,s7,1
	bne	a4,a5,.L77
	li	a4,32
.L78:
	lbu	a5,1(s7)
	addi	s7,s7,1
	beq	a5,a4,.L78
.L77:
	mv	a0,s7
	call	strlen
	beq	a0,zero,.L79
	addi	a5,a0,-1
	li	a4,1
	add	a5,s7,a5
	li	a3,32
	sub	a2,a4,s7
	j	.L80
.L81:
	sb	zero,0(a5)
	addi	a5,a5,-1
	add	a4,a2,a5
	beq	a4,zero,.L79
.L80:
	lbu	a4,0(a5)
	beq	a4,a3,.L81
.L79:
	li	a2,64
	mv	a1,s7
	addi	a0,s3,632
	call	strlcpy
	j	.L67
.L57:
	lbu	a0,576(sp)
	call	isxdigit
	beq	a0,zero,.L56
	lw	a5,0(s0)
	li	a4,4096
	beq	a5,a4,.L59
	li	a4,696
	mul	a4,a5,a4
	ld	s3,0(s11)
	addiw	a5,a5,1
	li	a2,696
	li	a1,0
	sw	a5,0(s0)
	add	s3,s3,a4
	mv	a0,s3
	call	memset
	li	a2,16
	addi	a1,sp,360
	mv	a0,s2
	sd	s2,360(sp)
	call	strtoul
	ld	a5,360(sp)
	addi	a1,sp,360
	sd	a0,0(s3)
	li	a2,16
	addi	a0,a5,1
	call	strtoul
	ld	a1,360(sp)
	sd	a0,8(s3)
	li	a5,32
	lbu	a4,0(a1)
	bne	a4,a5,.L60
	addi	a5,a1,1
	li	a3,32
.L61:
	sd	a5,360(sp)
	lbu	a4,0(a5)
	mv	a1,a5
	addi	a5,a5,1
	beq	a4,a3,.L61
.L60:
	li	a2,4
	addi	a0,s3,32
	call	memcpy
	ld	a0,360(sp)
	li	a2,16
	addi	a1,sp,360
	addi	a0,a0,4
	sd	a0,360(sp)
	call	strtoul
	ld	a5,360(sp)
	sd	a0,16(s3)
	li	a4,32
	lbu	a3,0(a5)
	bne	a3,a4,.L62
	li	a3,32
.L63:
	addi	a5,a5,1
	sd	a5,360(sp)
	lbu	a4,0(a5)
	beq	a4,a3,.L63
.L62:
	mv	a0,a5
	lla	a1,.LC10
	call	strcspn
	li	a5,15
	mv	s7,a0
	bleu	a0,a5,.L64
	li	s7,15
.L64:
	ld	a1,360(sp)
	mv	a2,s7
	addi	a0,s3,37
	call	memcpy
	ld	a0,360(sp)
	addi	a1,sp,360
	li	a2,10
	add	a0,a0,s7
	sd	a0,360(sp)
	call	strtoul
	ld	a1,360(sp)
	sd	a0,24(s3)
	li	a5,32
	lbu	a4,0(a1)
	bne	a4,a5,.L65
	li	a4,32
.L66:
	addi	a1,a1,1
	sd	a1,360(sp)
	lbu	a5,0(a1)
	beq	a5,a4,.L66
.L65:
	li	a2,256
	addi	a0,s3,53
	call	strlcpy
	j	.L67
.L73:
	li	s3,0
	j	.L67
.L53:
	mv	a0,s1
	call	strlen
	mv	s9,a0
	j	.L54
.L356:
	li	a5,40
	beq	a4,a5,.L67
.L76:
	slli	a4,a4,5
	li	a2,32
	mv	a1,s2
	add	a0,s10,a4
	call	strlcpy
	lw	s9,0(s4)
	addiw	a5,s9,1
	sw	a5,0(s4)
	blt	s9,zero,.L67
	j	.L82
.L351:
	mv	a5,s8
	add	s1,s1,s8
	li	a3,32
.L40:
	lbu	a4,0(a5)
	bne	a4,zero,.L39
	sb	a3,0(a5)
.L39:
	addi	a5,a5,1
	bne	s1,a5,.L40
	sb	zero,0(s1)
	mv	a2,s8
	mv	a1,s2
	lla	a0,.LC8
	call	printf
	j	.L43
.L52:
	lla	a5,opt_X
	lw	a5,0(a5)
	lla	s0,nmaps
	bne	a5,zero,.L176
	lla	a5,opt_x
	lw	a5,0(a5)
	lla	s0,nmaps
	beq	a5,zero,.L149
.L147:
	lla	a5,opt_q
	sd	a5,80(sp)
	lw	a5,0(a5)
	beq	a5,zero,.L361
.L150:
	lw	a5,0(s0)
	ble	a5,zero,.L362
	addi	s2,sp,576
	li	a5,0
	li	a3,0
	li	a2,0
	li	a1,0
	lla	s7,maps
	sd	s2,72(sp)
	li	s11,0
	lla	s1,nfields
	lla	s5,.LC27
	lla	s4,.LC28
	lla	s3,.LC29
	sd	a1,8(sp)
	sd	s8,88(sp)
	sd	a2,48(sp)
	mv	s10,a3
	sd	s0,56(sp)
	sd	s7,64(sp)
	mv	s2,a5
.L167:
	ld	a5,64(sp)
	li	a4,115
	ld	a3,0(a5)
	add	s7,a3,s11
	lhu	a5,32(s7)
	sh	a5,576(sp)
	lbu	a5,34(s7)
	sb	a5,578(sp)
	lbu	a5,35(s7)
	beq	a5,a4,.L151
	li	a5,45
.L151:
	sb	a5,579(sp)
	li	a5,45
	sh	a5,580(sp)
	ld	s8,0(s7)
	ld	s0,8(s7)
	lw	a5,0(s1)
	sub	s0,s0,s8
	srli	s0,s0,10
	ble	a5,zero,.L194
	lla	s9,.LANCHOR0
	mv	s8,s9
	li	s6,0
	j	.L155
.L153:
	lw	a5,0(s1)
	addiw	s6,s6,1
	addi	s8,s8,32
	bge	s6,a5,.L363
.L155:
	mv	a0,s8
	mv	a1,s5
	call	strcmp
	bne	a0,zero,.L153
	addi	a5,s6,38
	slli	a5,a5,3
	add	a5,s7,a5
	ld	a4,8(a5)
	ld	a3,48(sp)
	lw	a5,0(s1)
	sd	a4,16(sp)
	add	a4,a3,a4
	sd	a4,48(sp)
.L154:
	ble	a5,zero,.L156
	lla	s8,.LANCHOR0
	li	s6,0
	j	.L159
.L157:
	lw	a2,0(s1)
	addiw	s6,s6,1
	addi	s8,s8,32
	bge	s6,a2,.L364
.L159:
	mv	a0,s8
	mv	a1,s4
	call	strcmp
	bne	a0,zero,.L157
	addi	a5,s6,38
	slli	a5,a5,3
	add	a5,s7,a5
	ld	s6,8(a5)
	lw	a2,0(s1)
.L158:
	ble	a2,zero,.L160
	li	s8,0
	j	.L163
.L161:
	lw	a5,0(s1)
	addiw	s8,s8,1
	addi	s9,s9,32
	ble	a5,s8,.L160
.L163:
	mv	a0,s9
	mv	a1,s3
	call	strcmp
	bne	a0,zero,.L161
	addi	a5,s8,38
	slli	a5,a5,3
	add	a5,s7,a5
	ld	a4,8(a5)
	ld	s8,0(s7)
	add	s6,s6,a4
	add	s10,s10,s6
.L162:
	addi	s9,s7,53
	li	a1,47
	mv	a0,s9
	call	strchr
	ld	a5,8(sp)
	add	a5,a5,s0
	sd	a5,8(sp)
	bne	a0,zero,.L365
	ld	a5,0(s7)
	ld	a4,32(sp)
	lla	a6,.LC3
	bltu	a4,a5,.L165
	ld	a5,8(s7)
	bgtu	a4,a5,.L165
	lla	a6,.LC4
.L165:
	ld	a5,72(sp)
	ld	a3,16(sp)
	mv	a4,s6
	mv	a2,s0
	mv	a1,s8
	lla	a0,.LC30
	call	printf
	ld	a5,56(sp)
	addiw	s2,s2,1
	addi	s11,s11,696
	lw	a5,0(a5)
	bgt	a5,s2,.L167
	ld	a1,8(sp)
	ld	s8,88(sp)
	ld	a2,48(sp)
	mv	a3,s10
.L168:
	ld	a5,80(sp)
	lw	a5,0(a5)
	beq	a5,zero,.L366
.L136:
	ld	a0,24(sp)
	call	free
	ld	a0,40(sp)
	call	free
	mv	a0,s8
	call	free
	li	a0,0
.L320:
	ld	ra,1192(sp)
	ld	s0,1184(sp)
	ld	s1,1176(sp)
	ld	s2,1168(sp)
	ld	s3,1160(sp)
	ld	s4,1152(sp)
	ld	s5,1144(sp)
	ld	s6,1136(sp)
	ld	s7,1128(sp)
	ld	s8,1120(sp)
	ld	s9,1112(sp)
	ld	s10,1104(sp)
	ld	s11,1096(sp)
	addi	sp,sp,1200
	jr	ra
.L160:
	ld	s8,0(s7)
	add	s10,s10,s6
	j	.L162
.L363:
	sd	zero,16(sp)
	j	.L154
.L364:
	li	s6,0
	j	.L158
.L365:
	li	a1,47
	mv	a0,s9
	call	strrchr
	beq	a0,zero,.L195
	lla	a5,opt_p
	lw	a5,0(a5)
	bne	a5,zero,.L367
	lbu	a5,1(a0)
	snez	a5,a5
	add	a6,a0,a5
	j	.L165
.L359:
	ld	s8,16(sp)
.L174:
	lw	a5,opt_q
	bne	a5,zero,.L136
	mv	a1,s10
	lla	a0,.LC33
	call	printf
	j	.L136
.L358:
	lw	a5,0(s0)
	ble	a5,zero,.L176
.L68:
	lla	s7,maps
	li	a5,7
	sd	s8,8(sp)
	li	s1,0
	mv	s8,s7
	li	s10,5
	mv	s7,s2
	li	s3,7
	mv	s2,s0
	li	s4,0
	lla	s6,.LC12
	li	s5,9
	li	s11,10
	li	s9,99
	mv	s0,a5
.L91:
	ld	a5,0(s8)
	mv	a2,s6
	li	a1,32
	add	a5,a5,s1
	ld	a3,0(a5)
	mv	a0,s7
	call	snprintf
	mv	a5,a0
	bge	a0,s3,.L86
	mv	a5,s3
.L86:
	ld	a0,0(s8)
	sext.w	s3,a5
	add	a0,a0,s1
	ld	a2,24(a0)
	bleu	a2,s5,.L87
	mv	a5,a2
	li	a4,1
.L88:
	mv	a3,a5
	addiw	a4,a4,1
	divu	a5,a5,s11
	bgtu	a3,s9,.L88
	bgt	a4,s10,.L368
.L87:
	addi	a0,a0,632
	call	strlen
	sext.w	a5,a0
	bgt	a5,s0,.L369
.L90:
	lw	a5,0(s2)
	addiw	s4,s4,1
	addi	s1,s1,696
	bgt	a5,s4,.L91
	ld	s8,8(sp)
	sd	s0,32(sp)
	sd	s3,8(sp)
	mv	s0,s2
.L85:
	lla	s1,nfields
	lw	a4,0(s1)
	ble	a4,zero,.L116
	li	s2,0
	addi	a6,sp,576
	addi	t3,sp,200
	sd	s8,48(sp)
	sd	s10,56(sp)
	addi	s11,sp,360
	mv	s10,s2
	lla	s3,.LANCHOR0
	li	s5,0
	lla	s4,maps
	li	s9,9
	li	s7,10
	li	s6,99
	mv	s8,t3
	mv	s2,a6
	sd	s1,16(sp)
.L115:
	lla	a5,opt_X
	lw	a5,0(a5)
	li	a4,1
	li	a0,1
	ble	a5,a4,.L370
.L95:
	lw	a5,0(s0)
	sw	a0,0(s8)
	sd	zero,0(s2)
	ble	a5,zero,.L98
	li	a4,87
	ld	a2,0(s4)
	mul	a3,a5,a4
	add	a5,a2,s10
	li	a4,0
	add	a3,a3,s5
	slli	a3,a3,3
	add	a2,a2,a3
.L99:
	ld	a3,312(a5)
	addi	a5,a5,696
	add	a4,a4,a3
	bne	a5,a2,.L99
	sd	a4,0(s2)
.L98:
	mv	a0,s3
	call	strlen
	lw	a5,0(s0)
	sext.w	a0,a0
	sw	a0,0(s11)
	ble	a5,zero,.L100
	li	a4,87
	mul	a5,a5,a4
	ld	a6,0(s4)
	add	a7,a6,s10
	ld	a2,312(a7)
	add	a5,a5,s5
	slli	a5,a5,3
	add	a6,a6,a5
	bleu	a2,s9,.L101
.L107:
	mv	a5,a2
	li	a4,1
.L102:
	mv	a3,a5
	addiw	a4,a4,1
	divu	a5,a5,s7
	bgtu	a3,s6,.L102
	blt	a0,a4,.L371
.L108:
	addi	a7,a7,696
	beq	a7,a6,.L100
.L372:
	ld	a2,312(a7)
	bgtu	a2,s9,.L107
	addi	a7,a7,696
	bne	a7,a6,.L372
.L100:
	ld	a2,0(s2)
	bleu	a2,s9,.L109
	mv	a5,a2
	li	a4,1
.L110:
	mv	a3,a5
	addiw	a4,a4,1
	divu	a5,a5,s7
	bgtu	a3,s6,.L110
	blt	a0,a4,.L373
.L113:
	ld	a5,16(sp)
	addi	s5,s5,1
	addi	s11,s11,4
	lw	a4,0(a5)
	sext.w	a5,s5
	addi	s2,s2,8
	addi	s3,s3,32
	addi	s8,s8,4
	addi	s10,s10,8
	bgt	a4,a5,.L115
	ld	s8,48(sp)
	ld	s10,56(sp)
	ld	s1,16(sp)
.L116:
	lla	a5,opt_q
	lw	s2,0(a5)
	sd	a5,80(sp)
	beq	s2,zero,.L374
	lw	a4,0(s0)
	ble	a4,zero,.L136
.L178:
	li	s5,0
	li	s4,0
	lla	s7,maps
	lla	s6,.LC19
	sd	s8,16(sp)
.L134:
	ld	t1,0(s7)
	lla	a2,.LC12
	li	a1,32
	add	s11,t1,s5
	ld	a3,0(s11)
	addi	a0,sp,104
	call	snprintf
	ld	a7,24(s11)
	ld	a4,16(s11)
	ld	a1,8(sp)
	addi	a5,s11,37
	mv	a6,s10
	addi	a3,s11,32
	addi	a2,sp,104
	lla	a0,.LC18
	call	printf
	lw	a5,0(s1)
	ble	a5,zero,.L129
	addi	s3,sp,200
	addi	s9,sp,360
	addi	s8,s11,312
	li	s2,0
	j	.L128
.L127:
	lw	a5,0(s1)
	addi	s9,s9,4
	addi	s8,s8,8
	ble	a5,s2,.L129
.L128:
	lw	a5,0(s3)
	addiw	s2,s2,1
	addi	s3,s3,4
	beq	a5,zero,.L127
	ld	a2,0(s8)
	lw	a1,0(s9)
	mv	a0,s6
	addi	s9,s9,4
	call	printf
	lw	a5,0(s1)
	addi	s8,s8,8
	bgt	a5,s2,.L128
.L129:
	lla	a5,opt_X
	lw	a5,0(a5)
	li	a4,1
	ble	a5,a4,.L126
	ld	a1,32(sp)
	addi	a2,s11,632
	lla	a0,.LC16
	call	printf
.L126:
	addi	s2,s11,53
	li	a1,47
	mv	a0,s2
	call	strchr
	beq	a0,zero,.L131
	li	a1,47
	mv	a0,s2
	call	strrchr
	beq	a0,zero,.L131
	lla	a5,opt_p
	lw	a5,0(a5)
	bne	a5,zero,.L375
	lbu	t1,1(a0)
	snez	t1,t1
	add	s2,a0,t1
.L131:
	mv	a1,s2
	lla	a0,.LC20
	call	printf
	lw	a5,0(s0)
	addiw	s4,s4,1
	addi	s5,s5,696
	bgt	a5,s4,.L134
	ld	s8,16(sp)
.L123:
	ld	a5,80(sp)
	lw	s4,0(a5)
	bne	s4,zero,.L136
	ld	a5,8(sp)
	lla	a2,.LC21
	lla	a0,.LC22
	addw	a5,a5,s10
	addiw	s2,a5,23
	mv	a1,s2
	call	printf
	lw	a5,0(s1)
	addi	s5,sp,200
	addi	s7,sp,360
	li	s3,0
	bgt	a5,zero,.L143
	j	.L144
.L140:
	lw	a5,0(s1)
	addiw	s3,s3,1
	addi	s5,s5,4
	addi	s7,s7,4
	ble	a5,s3,.L144
.L143:
	lw	a5,0(s5)
	beq	a5,zero,.L140
	lw	s6,0(s7)
	li	s0,0
	ble	s6,zero,.L142
.L141:
	addiw	s0,s0,1
	li	a0,61
	call	putchar
	bne	s6,s0,.L141
.L142:
	li	a0,32
	call	putchar
	lw	a5,0(s1)
	addiw	s3,s3,1
	addi	s5,s5,4
	addi	s7,s7,4
	bgt	a5,s3,.L143
.L144:
	mv	a1,s2
	lla	a2,.LC21
	lla	a0,.LC23
	call	printf
	lw	a5,0(s1)
	addi	s2,sp,200
	addi	s5,sp,360
	addi	s3,sp,576
	lla	s6,.LC25
	bgt	a5,zero,.L146
	j	.L139
.L145:
	lw	a5,0(s1)
	addi	s5,s5,4
	addi	s3,s3,8
	ble	a5,s4,.L139
.L146:
	lw	a5,0(s2)
	addiw	s4,s4,1
	addi	s2,s2,4
	beq	a5,zero,.L145
	ld	a2,0(s3)
	lw	a1,0(s5)
	mv	a0,s6
	addi	s5,s5,4
	call	printf
	lw	a5,0(s1)
	addi	s3,s3,8
	bgt	a5,s4,.L146
.L139:
	lla	a0,.LC24
	call	printf
	j	.L136
.L371:
	li	a0,1
.L106:
	mv	a5,a2
	addiw	a0,a0,1
	divu	a2,a2,s7
	bgtu	a5,s6,.L106
	sw	a0,0(s11)
	j	.L108
.L369:
	ld	a0,0(s8)
	add	a0,a0,s1
	addi	a0,a0,632
	call	strlen
	sext.w	s0,a0
	j	.L90
.L370:
	lla	s1,.LANCHOR1
	lla	a0,.LC2
.L97:
	mv	a1,s3
	addi	s1,s1,8
	call	strcmp
	beq	a0,zero,.L95
	ld	a0,0(s1)
	bne	a0,zero,.L97
	li	a0,1
	j	.L95
.L373:
	li	a5,1
.L114:
	mv	a4,a2
	addiw	a5,a5,1
	divu	a2,a2,s7
	bgtu	a4,s6,.L114
	sw	a5,0(s11)
	j	.L113
.L368:
	li	s10,1
.L89:
	mv	a5,a2
	addiw	s10,s10,1
	divu	a2,a2,s11
	bgtu	a5,s9,.L89
	j	.L87
.L109:
	bgt	a0,zero,.L113
	li	a5,1
	sw	a5,0(s11)
	j	.L113
.L101:
	bgt	a0,zero,.L108
	li	a0,1
	sw	a0,0(s11)
	j	.L108
.L375:
	mv	a0,s2
	li	a1,47
	call	strchr
	mv	s2,a0
	j	.L131
.L360:
	li	a1,47
	mv	a0,s4
	call	strchr
	mv	a4,a0
	j	.L172
.L200:
	mv	a4,s4
	j	.L172
.L367:
	li	a1,47
	mv	a0,s9
	call	strchr
	mv	a6,a0
	j	.L165
.L195:
	mv	a6,s9
	j	.L165
.L194:
	sd	zero,16(sp)
	li	s6,0
	j	.L162
.L355:
	lla	s10,.LANCHOR0
	j	.L76
.L361:
	lla	a0,.LC26
	call	printf
	j	.L150
.L366:
	lla	a0,.LC31
	call	printf
	j	.L136
.L374:
	ld	a1,8(sp)
	lla	a4,.LC13
	mv	a3,s10
	lla	a2,.LC14
	lla	a0,.LC15
	call	printf
	lw	a4,0(s1)
	addi	s5,sp,200
	addi	s7,sp,360
	lla	s6,.LANCHOR0
	lla	s4,.LC16
	bgt	a4,zero,.L121
	j	.L122
.L120:
	lw	a5,0(s1)
	addi	s7,s7,4
	addi	s6,s6,32
	ble	a5,s2,.L122
.L121:
	lw	a5,0(s5)
	addiw	s2,s2,1
	addi	s5,s5,4
	beq	a5,zero,.L120
	lw	a1,0(s7)
	mv	a2,s6
	mv	a0,s4
	call	printf
	j	.L120
.L122:
	lla	a5,opt_X
	lw	a3,0(a5)
	li	a4,1
	ble	a3,a4,.L119
	ld	a1,32(sp)
	lla	a2,.LC11
	lla	a0,.LC16
	call	printf
.L119:
	lla	a0,.LC17
	call	printf
	lw	a4,0(s0)
	bgt	a4,zero,.L178
	j	.L123
.L10:
	mv	a0,s4
	sd	s0,24(sp)
	call	close
	sb	zero,0(s8)
	j	.L6
.L59:
	lla	a5,opt_X
	lw	a5,0(a5)
	ld	s8,8(sp)
	beq	a5,zero,.L69
	j	.L68
.L176:
	li	a5,7
	sd	a5,32(sp)
	li	s10,5
	sd	a5,8(sp)
	j	.L85
.L149:
	li	s10,0
	j	.L174
.L348:
	sd	zero,32(sp)
	j	.L37
.L362:
	li	a3,0
	li	a2,0
	li	a1,0
	j	.L168
.L340:
	addi	s4,sp,364
	j	.L42
.L156:
	ld	s8,0(s7)
	li	s6,0
	j	.L162
	.size	pmap_pid, .-pmap_pid
	.section	.rodata.str1.8
	.align	3
.LC34:
	.string	"-x"
	.align	3
.LC35:
	.string	"--extended"
	.align	3
.LC36:
	.string	"-X"
	.align	3
.LC37:
	.string	"-XX"
	.align	3
.LC38:
	.string	"-q"
	.align	3
.LC39:
	.string	"--quiet"
	.align	3
.LC40:
	.string	"-p"
	.align	3
.LC41:
	.string	"--show-path"
	.align	3
.LC42:
	.string	"-h"
	.align	3
.LC43:
	.ascii	"\nUsage:\n pmap [options] PID [PID ...]\n\nOptions:\n -x, --"
	.ascii	"extended              show details\n -X                     "
	.ascii	"     show even more details\n            WARNING: format cha"
	.ascii	"nges according to /proc/PID/smaps\n -XX                     "
	.ascii	"    show everything the kernel provides\n -c, --read-rc     "
	.ascii	"          read the default rc\n -C, --read-rc-from=<file>   "
	.ascii	"read the rc from file\n -n, --create-rc             create n"
	.ascii	"ew default rc\n -N, --create-rc-to=<file>   create new rc to"
	.ascii	" file\n            NOTE: pid arguments are not allowed with "
	.ascii	"-n, -N\n -d, --device                show the device format\n"
	.ascii	" -q, --quiet                 do not display heade"
	.string	"r and footer\n -p, --show-path             show path in the mapping\n -A, --range=<low>[,<high>]  limit results to the given range\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see pmap(1).\n"
	.align	3
.LC44:
	.string	"--help"
	.align	3
.LC45:
	.string	"pmap: invalid option -- '%s'\n%s"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	sd	s2,80(sp)
	mv	s2,a0
	li	a0,2850816
	sd	s7,40(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	mv	s7,a1
	call	malloc
	sd	a0,maps,a5
	beq	a0,zero,.L377
	li	a5,1
	ble	s2,a5,.L378
	addi	s11,s7,8
	li	s0,1
	li	s3,0
	lla	s4,.LC34
	lla	s8,.LC35
	lla	s9,.LC36
	lla	s10,opt_X
	li	s5,1
	lla	s6,opt_x
.L394:
	ld	s1,0(s11)
	mv	a1,s4
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L379
.L381:
	sw	s5,0(s6)
.L383:
	addiw	s0,s0,1
	addi	s11,s11,8
	bne	s2,s0,.L394
	beq	s3,zero,.L378
	bge	s3,s2,.L390
	subw	a5,s2,s3
	slli	a5,a5,32
	srli	a5,a5,32
	add	a5,a5,s3
	slli	a5,a5,3
	slli	s3,s3,3
	add	s3,s7,s3
	li	s2,0
	add	s7,s7,a5
	li	s0,45
	lla	s1,stdout
.L399:
	ld	a5,0(s3)
	lbu	a5,0(a5)
	beq	a5,s0,.L398
	ld	a0,0(s1)
	call	fflush
	ld	a0,0(s3)
	call	pmap_pid
	bge	a0,zero,.L398
	li	s2,1
.L398:
	addi	s3,s3,8
	bne	s3,s7,.L399
	bne	s2,zero,.L428
.L390:
	li	a0,0
.L393:
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
.L379:
	mv	a1,s8
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L381
	mv	a1,s9
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L382
	sw	s5,0(s10)
	j	.L383
.L382:
	lla	a1,.LC37
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L384
	li	a4,2
	sw	a4,opt_X,a3
	j	.L383
.L428:
	li	a0,42
	j	.L393
.L384:
	lla	a1,.LC38
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L385
.L386:
	li	a4,1
	sw	a4,opt_q,a3
	j	.L383
.L378:
	ld	a1,stderr
	lla	a0,.LC43
	call	fputs
.L377:
	li	a0,1
	j	.L393
.L385:
	lla	a1,.LC39
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L386
	lla	a1,.LC40
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L387
.L388:
	li	a4,1
	sw	a4,opt_p,a3
	j	.L383
.L387:
	lla	a1,.LC41
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L388
	lla	a1,.LC42
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L391
	lla	a1,.LC44
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L391
	lbu	a3,0(s1)
	li	a4,45
	beq	a3,a4,.L429
	bne	s3,zero,.L383
	mv	s3,s0
	j	.L383
.L391:
	ld	a1,stdout
	lla	a0,.LC43
	call	fputs
	j	.L390
.L429:
	lla	a3,.LC43
	addi	a2,s1,1
	lla	a1,.LC45
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L393
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC46:
	.string	"MMUPageSize"
	.align	3
.LC47:
	.string	"Shared_Clean"
	.align	3
.LC48:
	.string	"Private_Clean"
	.align	3
.LC49:
	.string	"AnonHugePages"
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
	.type	hidden.0, @object
	.size	hidden.0, 64
hidden.0:
	.dword	.LC2
	.dword	.LC46
	.dword	.LC47
	.dword	.LC28
	.dword	.LC48
	.dword	.LC29
	.dword	.LC49
	.dword	0
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	field_names, @object
	.size	field_names, 1280
field_names:
	.zero	1280
	.section	.sbss,"aw",@nobits
	.align	3
	.type	nmaps, @object
	.size	nmaps, 4
nmaps:
	.zero	4
	.zero	4
	.type	maps, @object
	.size	maps, 8
maps:
	.zero	8
	.type	nfields, @object
	.size	nfields, 4
nfields:
	.zero	4
	.type	opt_p, @object
	.size	opt_p, 4
opt_p:
	.zero	4
	.type	opt_q, @object
	.size	opt_q, 4
opt_q:
	.zero	4
	.type	opt_X, @object
	.size	opt_X, 4
opt_X:
	.zero	4
	.type	opt_x, @object
	.size	opt_x, 4
opt_x:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
