# programs/bin/uptime.s -- generated from uptime.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o uptime.s uptime.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"uptime.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	read_text.constprop.0, @function
read_text.constprop.0:
	addi	sp,sp,-80
	li	a1,0
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	call	open
	blt	a0,zero,.L2
	mv	s3,a0
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L3
	li	s1,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L4:
	mv	a0,s2
	bltu	s5,s1,.L6
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L16
.L10:
	mv	s2,a0
.L6:
	add	s4,s2,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L17
	add	s0,s0,a0
	beq	a0,zero,.L9
	addi	s5,s0,1
	mv	a0,s2
	bltu	s5,s1,.L6
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L10
.L16:
	mv	a0,s2
	call	free
.L3:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L2:
	li	s2,0
.L1:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	mv	a0,s2
	ld	s2,48(sp)
	addi	sp,sp,80
	jr	ra
.L17:
	lw	s4,0(s6)
	beq	s4,s7,.L4
	mv	a0,s2
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s6)
	j	.L2
.L9:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	j	.L1
	.size	read_text.constprop.0, .-read_text.constprop.0
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"/proc/uptime"
	.text
	.align	1
	.type	uptime_centis, @function
uptime_centis:
	addi	sp,sp,-48
	lla	a0,.LC1
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	call	read_text.constprop.0
	li	a5,0
	beq	a0,zero,.L18
	li	a2,10
	li	a1,0
	mv	s3,a0
	call	strtol
	mv	s0,a0
	li	a1,46
	mv	a0,s3
	call	strchr
	mv	s1,a0
	beq	a0,zero,.L22
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L33
.L22:
	li	s2,0
.L21:
	mv	a0,s3
	call	free
	li	a5,100
	mul	a5,s0,a5
	add	a5,a5,s2
.L18:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	mv	a0,a5
	addi	sp,sp,48
	jr	ra
.L33:
	lbu	s2,1(s1)
	lbu	a0,2(s1)
	li	a5,10
	addiw	s2,s2,-48
	mulw	s2,s2,a5
	call	isdigit
	beq	a0,zero,.L21
	lbu	a5,2(s1)
	addiw	a5,a5,-48
	add	s2,s2,a5
	j	.L21
	.size	uptime_centis, .-uptime_centis
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"years"
	.align	3
.LC3:
	.string	"year"
	.align	3
.LC4:
	.string	""
	.align	3
.LC5:
	.string	", "
	.align	3
.LC6:
	.string	"weeks"
	.align	3
.LC7:
	.string	"week"
	.align	3
.LC8:
	.string	"days"
	.align	3
.LC9:
	.string	"day"
	.align	3
.LC10:
	.string	"hours"
	.align	3
.LC11:
	.string	"hour"
	.align	3
.LC12:
	.string	"minutes"
	.align	3
.LC13:
	.string	"minute"
	.align	3
.LC14:
	.string	"-p"
	.align	3
.LC15:
	.string	"--pretty"
	.align	3
.LC16:
	.string	"-s"
	.align	3
.LC17:
	.string	"--since"
	.align	3
.LC18:
	.ascii	"uptime: invalid "
	.string	"option -- '%s'\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n"
	.align	3
.LC19:
	.string	"%04ld-%02d-%02d %02ld:%02ld:%02ld\n"
	.align	3
.LC20:
	.string	"up "
	.align	3
.LC21:
	.string	"%ld %s"
	.align	3
.LC22:
	.string	"%s%ld %s"
	.align	3
.LC23:
	.string	"%02ld:%02ld:%02ld up "
	.align	3
.LC24:
	.string	"%ld %s, "
	.align	3
.LC25:
	.string	"%2ld:%02ld, "
	.align	3
.LC26:
	.string	"%ld min, "
	.align	3
.LC27:
	.string	"/proc/loadavg"
	.align	3
.LC28:
	.string	" \n"
	.align	3
.LC29:
	.string	" 0 user,  load average: %s, %s, %s"
	.align	3
.LC30:
	.string	" %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-400
	sd	ra,392(sp)
	sd	s0,384(sp)
	sd	s1,376(sp)
	sd	s2,368(sp)
	sd	s3,360(sp)
	sd	s4,352(sp)
	sd	s5,344(sp)
	sd	s6,336(sp)
	sd	s7,328(sp)
	sd	s8,320(sp)
	sd	s9,312(sp)
	sd	s10,304(sp)
	li	a5,1
	ble	a0,a5,.L35
	addiw	s1,a0,-2
	slli	a5,s1,32
	srli	s1,a5,29
	addi	a5,a1,16
	addi	s0,a1,8
	add	s1,s1,a5
	li	s6,0
	li	s3,0
	lla	s2,.LC14
	lla	s4,.LC15
	lla	s5,.LC16
.L41:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L111
.L36:
	li	s3,1
.L38:
	addi	s0,s0,8
	bne	s1,s0,.L41
	call	uptime_centis
	mv	s1,a0
	li	s0,100
	li	a0,0
	div	s0,s1,s0
	call	time
	bne	s6,zero,.L112
	bne	s3,zero,.L113
.L43:
	call	uptime_centis
	mv	s5,a0
	li	a0,0
	call	time
	li	s0,4096
	li	s2,60
	mv	a5,a0
	addi	a3,s0,-496
	li	s4,24
	lla	a2,.LC23
	li	a1,256
	li	s1,360448
	addi	s0,s0,1904
	addi	s1,s1,-448
	div	a4,a0,s2
	addi	a0,sp,48
	div	a3,a5,a3
	rem	a4,a4,s2
	rem	a3,a3,s4
	rem	a5,a5,s2
	call	snprintf
	li	a3,8638464
	addi	a3,a3,1536
	div	s1,s5,s1
	mv	s3,a0
	div	s0,s5,s0
	div	a3,s5,a3
	rem	s1,s1,s4
	rem	s0,s0,s2
	beq	a3,zero,.L62
	li	a5,17281024
	addi	a4,sp,48
	li	a1,256
	addi	a5,a5,-1025
	add	a0,a4,a0
	sub	a1,a1,s3
	lla	a4,.LC9
	ble	s5,a5,.L63
	lla	a4,.LC8
.L63:
	lla	a2,.LC24
	call	snprintf
	addw	s3,s3,a0
.L62:
	addi	a5,sp,48
	li	a1,256
	add	a0,a5,s3
	sub	a1,a1,s3
	bne	s1,zero,.L114
	mv	a3,s0
	lla	a2,.LC26
	call	snprintf
	addw	s3,s3,a0
.L65:
	lla	a5,.LANCHOR0
	ld	a6,0(a5)
	ld	a1,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	ld	a4,32(a5)
	ld	a5,40(a5)
	lla	a0,.LC27
	sd	a6,0(sp)
	sd	a1,8(sp)
	sd	a2,16(sp)
	sd	a3,24(sp)
	sd	a4,32(sp)
	sd	a5,40(sp)
	call	read_text.constprop.0
	mv	s5,a0
	mv	s9,sp
	beq	a0,zero,.L66
	mv	s4,s9
	mv	s0,a0
	li	s10,0
	li	s1,32
	lla	s8,.LC28
	li	s7,15
	li	s6,3
.L67:
	lbu	a5,0(s0)
	bne	a5,s1,.L70
.L68:
	lbu	a5,1(s0)
	addi	s0,s0,1
	beq	a5,s1,.L68
.L70:
	mv	a1,s8
	mv	a0,s0
	call	strcspn
	mv	s2,a0
	bleu	a0,s7,.L69
	li	s2,15
.L69:
	mv	a1,s0
	mv	a0,s4
	mv	a2,s2
	call	memcpy
	slli	a5,s10,4
	addi	a5,a5,304
	add	a5,a5,sp
	add	a5,a5,s2
	sb	zero,-304(a5)
	addiw	s10,s10,1
	add	s0,s0,s2
	addi	s4,s4,16
	bne	s10,s6,.L67
.L66:
	mv	a0,s5
	call	free
	li	a1,256
	addi	a0,sp,48
	sub	a1,a1,s3
	addi	a5,sp,32
	addi	a4,sp,16
	mv	a3,s9
	lla	a2,.LC29
	add	a0,a0,s3
	call	snprintf
	addi	a1,sp,48
	lla	a0,.LC30
	call	printf
.L49:
	li	a0,0
.L40:
	ld	ra,392(sp)
	ld	s0,384(sp)
	ld	s1,376(sp)
	ld	s2,368(sp)
	ld	s3,360(sp)
	ld	s4,352(sp)
	ld	s5,344(sp)
	ld	s6,336(sp)
	ld	s7,328(sp)
	ld	s8,320(sp)
	ld	s9,312(sp)
	ld	s10,304(sp)
	addi	sp,sp,400
	jr	ra
.L111:
	ld	a0,0(s0)
	mv	a1,s4
	call	strcmp
	beq	a0,zero,.L36
	ld	a0,0(s0)
	mv	a1,s5
	li	s6,1
	call	strcmp
	beq	a0,zero,.L38
	ld	a0,0(s0)
	lla	a1,.LC17
	call	strcmp
	beq	a0,zero,.L38
	ld	a2,0(s0)
	lla	a1,.LC18
	ld	a0,stderr
	addi	a2,a2,1
	call	fprintf
	li	a0,1
	j	.L40
.L113:
	li	a3,31535104
	addi	a3,a3,896
	rem	s8,s0,a3
	li	a4,606208
	addi	a4,a4,-1408
	li	a5,86016
	addi	a5,a5,384
	li	a2,60
	lla	a0,.LC20
	li	s4,4096
	addi	s4,s4,-496
	rem	s6,s8,a4
	rem	s5,s6,a5
	div	s7,s5,a2
	div	s0,s0,a3
	div	s3,s8,a4
	div	s2,s6,a5
	rem	s7,s7,a2
	call	printf
	lla	a1,.LC4
	div	s4,s5,s4
	beq	s0,zero,.L50
	li	a5,1576800256
	slli	a5,a5,2
	addi	a5,a5,-1025
	lla	a2,.LC3
	ble	s1,a5,.L51
	lla	a2,.LC2
.L51:
	mv	a1,s0
	lla	a0,.LC21
	call	printf
	lla	a1,.LC5
.L50:
	beq	s3,zero,.L52
	li	a5,1208320
	addi	a5,a5,1279
	lla	a3,.LC7
	ble	s8,a5,.L53
	lla	a3,.LC6
.L53:
	mv	a2,s3
	lla	a0,.LC22
	call	printf
	lla	a1,.LC5
.L52:
	beq	s2,zero,.L54
	li	a5,172032
	addi	a5,a5,767
	lla	a3,.LC9
	ble	s6,a5,.L55
	lla	a3,.LC8
.L55:
	mv	a2,s2
	lla	a0,.LC22
	call	printf
	lla	a1,.LC5
.L54:
	beq	s4,zero,.L56
	li	a5,8192
	addi	a5,a5,-993
	lla	a3,.LC11
	ble	s5,a5,.L57
	lla	a3,.LC10
.L57:
	mv	a2,s4
	lla	a0,.LC22
	call	printf
	beq	s7,zero,.L59
	lla	a1,.LC5
.L58:
	li	a5,1
	bne	s7,a5,.L78
	lla	a3,.LC13
	j	.L60
.L114:
	mv	a4,s0
	mv	a3,s1
	lla	a2,.LC25
	call	snprintf
	addw	s3,s3,a0
	j	.L65
.L56:
	bne	s7,zero,.L58
	lbu	a5,0(a1)
	lla	a3,.LC12
	bne	a5,zero,.L59
.L60:
	mv	a2,s7
	lla	a0,.LC22
	call	printf
.L59:
	li	a0,10
	call	putchar
	j	.L49
.L112:
	li	a5,86016
	sub	a6,a0,s0
	addi	a5,a5,384
	div	a5,a6,a5
	li	a1,720896
	addi	a1,a1,-1428
	add	a1,a5,a1
	blt	a1,zero,.L115
	li	a7,147456
	addi	a7,a7,-1359
	div	a7,a1,a7
.L46:
	li	a4,-147456
	addi	a5,a4,1359
	addi	a0,a4,1360
	li	t3,36864
	li	a4,-1460
	addi	t3,t3,-340
	li	a2,365
	li	t4,5
	li	a3,153
	li	t1,1527
	mul	a5,a7,a5
	add	a5,a5,a1
	div	a4,a5,a4
	div	t3,a5,t3
	add	a4,a4,a5
	div	a1,a5,a0
	add	a4,a4,t3
	li	a0,-36864
	addi	a0,a0,364
	add	a4,a4,a1
	div	t3,a4,a2
	li	a1,1460
	div	a1,a4,a1
	div	a4,a4,a0
	mul	a2,t3,a2
	add	a2,a2,a1
	add	a2,a2,a4
	sub	a5,a5,a2
	mul	a1,a5,t4
	addiw	a5,a5,1
	addi	a4,a1,2
	div	a4,a4,a3
	mul	a3,a4,a3
	sext.w	a2,a4
	addi	a4,a3,2
	div	a4,a4,t4
	subw	a3,a5,a4
	bgt	a1,t1,.L47
	addiw	a2,a2,3
.L48:
	li	a5,60
	li	a4,4096
	div	a1,a6,a5
	addi	a4,a4,-496
	slti	t1,a2,3
	lla	a0,.LC19
	div	a4,a6,a4
	rem	a6,a6,a5
	rem	a5,a1,a5
	li	a1,24
	rem	a4,a4,a1
	li	a1,400
	mul	a7,a7,a1
	add	a1,a7,t3
	add	a1,a1,t1
	call	printf
	j	.L49
.L47:
	addiw	a2,a2,-9
	j	.L48
.L115:
	li	a4,573440
	addi	a4,a4,-68
	add	a5,a5,a4
	li	a4,147456
	addi	a4,a4,-1359
	div	a7,a5,a4
	j	.L46
.L35:
	call	uptime_centis
	li	a0,0
	call	time
	j	.L43
.L78:
	lla	a3,.LC12
	j	.L60
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
