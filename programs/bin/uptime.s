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
.LC0:
	.string	"years"
	.align	3
.LC1:
	.string	"year"
	.align	3
.LC2:
	.string	""
	.align	3
.LC3:
	.string	", "
	.align	3
.LC4:
	.string	"weeks"
	.align	3
.LC5:
	.string	"week"
	.align	3
.LC6:
	.string	"days"
	.align	3
.LC7:
	.string	"day"
	.align	3
.LC8:
	.string	"hours"
	.align	3
.LC9:
	.string	"hour"
	.align	3
.LC10:
	.string	"minutes"
	.align	3
.LC11:
	.string	"minute"
	.align	3
.LC12:
	.string	"-p"
	.align	3
.LC13:
	.string	"--pretty"
	.align	3
.LC14:
	.string	"-s"
	.align	3
.LC15:
	.string	"--since"
	.align	3
.LC16:
	.ascii	"uptime: invalid "
	.string	"option -- '%s'\n\nUsage:\n uptime [options]\n\nOptions:\n -p, --pretty   show uptime in pretty format\n -h, --help     display this help and exit\n -s, --since    system up since\n -V, --version  output version information and exit\n\nFor more details see uptime(1).\n"
	.align	3
.LC17:
	.string	"/proc/uptime"
	.align	3
.LC18:
	.string	"%04ld-%02d-%02d %02ld:%02ld:%02ld\n"
	.align	3
.LC19:
	.string	"up "
	.align	3
.LC20:
	.string	"%ld %s"
	.align	3
.LC21:
	.string	"%s%ld %s"
	.align	3
.LC22:
	.string	" %02ld:%02ld:%02ld up "
	.align	3
.LC23:
	.string	"%ld %s, "
	.align	3
.LC24:
	.string	"%2ld:%02ld, "
	.align	3
.LC25:
	.string	"%ld min, "
	.align	3
.LC26:
	.string	"/proc/loadavg"
	.align	3
.LC27:
	.string	" 0 user,  load average: %ld.%02ld, %ld.%02ld, %ld.%02ld\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-112
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	li	a5,1
	ble	a0,a5,.L19
	addiw	s1,a0,-2
	slli	a5,s1,32
	srli	s1,a5,29
	addi	a5,a1,16
	addi	s0,a1,8
	add	s1,s1,a5
	li	s5,0
	li	s3,0
	lla	s2,.LC12
	lla	s4,.LC13
	lla	s6,.LC14
.L25:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L118
.L20:
	li	s3,1
.L22:
	addi	s0,s0,8
	bne	s1,s0,.L25
	lla	a0,.LC17
	call	read_text.constprop.0
	mv	s1,a0
	li	s0,0
	beq	a0,zero,.L26
.L63:
	li	a2,10
	li	a1,0
	mv	a0,s1
	call	strtol
	mv	s0,a0
	li	a1,46
	mv	a0,s1
	call	strchr
	mv	s2,a0
	beq	a0,zero,.L29
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L119
.L29:
	li	s4,0
.L28:
	mv	a0,s1
	call	free
	li	a5,100
	mul	s0,s0,a5
	add	s0,s0,s4
.L26:
	li	a0,0
	li	s1,100
	call	time
	div	s1,s0,s1
	mv	a3,a0
	bne	s5,zero,.L120
	bne	s3,zero,.L121
	li	s1,4096
	li	s3,60
	addi	a1,s1,-496
	li	s4,24
	li	s2,360448
	addi	s1,s1,1904
	addi	s2,s2,-448
	div	a2,a0,s3
	lla	a0,.LC22
	div	a1,a3,a1
	rem	a2,a2,s3
	rem	a1,a1,s4
	rem	a3,a3,s3
	call	printf
	li	a1,8638464
	addi	a1,a1,1536
	div	s2,s0,s2
	div	s1,s0,s1
	div	a1,s0,a1
	rem	s2,s2,s4
	rem	s1,s1,s3
	beq	a1,zero,.L49
	li	a5,17281024
	addi	a5,a5,-1025
	lla	a2,.LC7
	ble	s0,a5,.L50
	lla	a2,.LC6
.L50:
	lla	a0,.LC23
	call	printf
.L49:
	beq	s2,zero,.L51
	mv	a2,s1
	mv	a1,s2
	lla	a0,.LC24
	call	printf
.L52:
	lla	a0,.LC26
	call	read_text.constprop.0
	mv	s2,a0
	sd	a0,0(sp)
	addi	s1,sp,8
	li	s4,46
	li	s3,100
.L61:
	ld	a0,0(sp)
	sd	zero,0(s1)
	beq	a0,zero,.L53
	li	a2,10
	mv	a1,sp
	call	strtol
	ld	a5,0(sp)
	mv	s0,a0
	li	s5,0
	lbu	a4,0(a5)
	beq	a4,s4,.L122
.L54:
	mul	s0,s0,s3
	add	s0,s0,s5
	sd	s0,0(s1)
.L53:
	addi	s1,s1,8
	addi	a5,sp,32
	bne	a5,s1,.L61
	mv	a0,s2
	call	free
	ld	a7,8(sp)
	ld	a3,16(sp)
	ld	a5,24(sp)
	li	a1,100
	rem	a4,a3,a1
	lla	a0,.LC27
	rem	a6,a5,a1
	div	a3,a3,a1
	div	a5,a5,a1
	rem	a2,a7,a1
	div	a1,a7,a1
	call	printf
.L35:
	li	a0,0
.L115:
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
	addi	sp,sp,112
	jr	ra
.L118:
	ld	a0,0(s0)
	mv	a1,s4
	call	strcmp
	beq	a0,zero,.L20
	ld	a0,0(s0)
	mv	a1,s6
	li	s5,1
	call	strcmp
	beq	a0,zero,.L22
	ld	a0,0(s0)
	lla	a1,.LC15
	call	strcmp
	beq	a0,zero,.L22
	ld	a2,0(s0)
	lla	a1,.LC16
	ld	a0,stderr
	addi	a2,a2,1
	call	fprintf
	li	a0,1
	j	.L115
.L121:
	li	a3,31535104
	addi	a3,a3,896
	rem	s8,s1,a3
	li	a4,606208
	addi	a4,a4,-1408
	li	a5,86016
	addi	a5,a5,384
	li	a2,60
	lla	a0,.LC19
	li	s2,4096
	addi	s2,s2,-496
	rem	s7,s8,a4
	rem	s6,s7,a5
	div	s3,s6,a2
	div	s1,s1,a3
	div	s5,s8,a4
	div	s4,s7,a5
	rem	s3,s3,a2
	call	printf
	lla	a1,.LC2
	div	s2,s6,s2
	beq	s1,zero,.L37
	li	a5,1576800256
	slli	a5,a5,2
	addi	a5,a5,-1025
	lla	a2,.LC1
	ble	s0,a5,.L38
	lla	a2,.LC0
.L38:
	mv	a1,s1
	lla	a0,.LC20
	call	printf
	lla	a1,.LC3
.L37:
	beq	s5,zero,.L39
	li	a5,1208320
	addi	a5,a5,1279
	lla	a3,.LC5
	ble	s8,a5,.L40
	lla	a3,.LC4
.L40:
	mv	a2,s5
	lla	a0,.LC21
	call	printf
	lla	a1,.LC3
.L39:
	beq	s4,zero,.L41
	li	a5,172032
	addi	a5,a5,767
	lla	a3,.LC7
	ble	s7,a5,.L42
	lla	a3,.LC6
.L42:
	mv	a2,s4
	lla	a0,.LC21
	call	printf
	lla	a1,.LC3
.L41:
	beq	s2,zero,.L43
	li	a5,8192
	addi	a5,a5,-993
	lla	a3,.LC9
	ble	s6,a5,.L44
	lla	a3,.LC8
.L44:
	mv	a2,s2
	lla	a0,.LC21
	call	printf
	beq	s3,zero,.L46
	lla	a1,.LC3
.L45:
	li	a5,1
	bne	s3,a5,.L72
	lla	a3,.LC11
	j	.L47
.L19:
	lla	a0,.LC17
	call	read_text.constprop.0
	mv	s1,a0
	bne	a0,zero,.L123
	call	time
	li	a5,4096
	mv	a3,a0
	li	a4,60
	addi	a5,a5,-496
	div	a2,a0,a4
	li	a1,24
	lla	a0,.LC22
	li	s1,0
	div	a5,a3,a5
	rem	a2,a2,a4
	rem	a3,a3,a4
	rem	a1,a5,a1
	call	printf
.L51:
	mv	a1,s1
	lla	a0,.LC25
	call	printf
	j	.L52
.L43:
	bne	s3,zero,.L45
	lbu	a5,0(a1)
	lla	a3,.LC10
	bne	a5,zero,.L46
.L47:
	mv	a2,s3
	lla	a0,.LC21
	call	printf
.L46:
	li	a0,10
	call	putchar
	j	.L35
.L119:
	lbu	s4,1(s2)
	lbu	a0,2(s2)
	li	a5,10
	addiw	s4,s4,-48
	mulw	s4,s4,a5
	call	isdigit
	beq	a0,zero,.L28
	lbu	a5,2(s2)
	addiw	a5,a5,-48
	add	s4,s4,a5
	j	.L28
.L120:
	li	a5,86016
	sub	a6,a0,s1
	addi	a5,a5,384
	div	a5,a6,a5
	li	a1,720896
	addi	a1,a1,-1428
	add	a1,a5,a1
	blt	a1,zero,.L124
	li	a7,147456
	addi	a7,a7,-1359
	div	a7,a1,a7
.L32:
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
	bgt	a1,t1,.L33
	addiw	a2,a2,3
.L34:
	li	a5,60
	li	a4,4096
	div	a1,a6,a5
	addi	a4,a4,-496
	slti	t1,a2,3
	lla	a0,.LC18
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
	j	.L35
.L33:
	addiw	a2,a2,-9
	j	.L34
.L122:
	addi	a4,a5,1
	sd	a4,0(sp)
	lbu	a0,1(a5)
	call	isdigit
	ld	a5,0(sp)
	mv	s5,a0
	bne	a0,zero,.L116
.L55:
	lbu	a0,0(a5)
	call	isdigit
	bne	a0,zero,.L56
.L58:
	ld	a5,0(sp)
	li	a4,0
.L57:
	addw	s5,s5,a4
	j	.L59
.L60:
	ld	a5,0(sp)
	addi	a5,a5,1
	sd	a5,0(sp)
.L59:
	lbu	a0,0(a5)
	call	isdigit
	bne	a0,zero,.L60
	j	.L54
.L124:
	li	a4,573440
	addi	a4,a4,-68
	add	a5,a5,a4
	li	a4,147456
	addi	a4,a4,-1359
	div	a7,a5,a4
	j	.L32
.L116:
	lbu	s5,0(a5)
	li	a4,10
	addiw	s5,s5,-48
	mulw	s5,s5,a4
	j	.L55
.L123:
	li	s5,0
	li	s3,0
	j	.L63
.L72:
	lla	a3,.LC10
	j	.L47
.L56:
	ld	a5,0(sp)
	lbu	a0,1(a5)
	call	isdigit
	beq	a0,zero,.L58
	ld	a5,0(sp)
	lbu	a4,1(a5)
	addiw	a4,a4,-48
	j	.L57
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
