# programs/libc/unistd.s -- generated from unistd.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o unistd.s unistd.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"unistd.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	atexit
	.type	atexit, @function
atexit:
	lla	a3,exit_count
	lw	a5,0(a3)
	li	a4,32
	beq	a5,a4,.L3
	slli	a2,a5,3
	lla	a4,.LANCHOR0
	addiw	a5,a5,1
	add	a4,a4,a2
	sd	a0,0(a4)
	sw	a5,0(a3)
	li	a0,0
	ret
.L3:
	li	a0,-1
	ret
	.size	atexit, .-atexit
	.align	1
	.globl	exit
	.type	exit, @function
exit:
	addi	sp,sp,-32
	sd	s0,16(sp)
	lla	s0,exit_count
	lw	a5,0(s0)
	sd	s2,0(sp)
	sd	ra,24(sp)
	sd	s1,8(sp)
	mv	s2,a0
	ble	a5,zero,.L6
	lla	s1,.LANCHOR0
.L7:
	addiw	a4,a5,-1
	mv	a5,a4
	slli	a4,a4,3
	add	a4,s1,a4
	ld	a4,0(a4)
	sw	a5,0(s0)
	jalr	a4
	lw	a5,0(s0)
	bgt	a5,zero,.L7
.L6:
	call	__stdio_exit
	mv	a0,s2
	call	_exit
	.size	exit, .-exit
	.align	1
	.globl	getenv
	.type	getenv, @function
getenv:
	addi	sp,sp,-48
	sd	s0,32(sp)
	sd	s2,16(sp)
	sd	ra,40(sp)
	sd	s1,24(sp)
	sd	s3,8(sp)
	mv	s2,a0
	call	strlen
	ld	s0,environ
	beq	s0,zero,.L11
	mv	s1,a0
	ld	a0,0(s0)
	beq	a0,zero,.L11
	li	s3,61
.L14:
	mv	a2,s1
	mv	a1,s2
	call	strncmp
	bne	a0,zero,.L12
	ld	a0,0(s0)
	add	a5,a0,s1
	lbu	a5,0(a5)
	beq	a5,s3,.L23
.L12:
	ld	a0,8(s0)
	addi	s0,s0,8
	bne	a0,zero,.L14
.L11:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
.L23:
	ld	ra,40(sp)
	ld	s0,32(sp)
	addi	s1,s1,1
	ld	s2,16(sp)
	ld	s3,8(sp)
	add	a0,a0,s1
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
	.size	getenv, .-getenv
	.align	1
	.globl	unsetenv
	.type	unsetenv, @function
unsetenv:
	addi	sp,sp,-48
	sd	s3,8(sp)
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s4,0(sp)
	mv	s3,a0
	call	strlen
	beq	a0,zero,.L27
	mv	s2,a0
	li	a1,61
	mv	a0,s3
	call	strchr
	bne	a0,zero,.L27
	ld	s1,environ
	beq	s1,zero,.L28
	ld	a0,0(s1)
	beq	a0,zero,.L29
	mv	s0,s1
	li	s4,61
.L33:
	mv	a2,s2
	mv	a1,s3
	call	strncmp
	ld	a5,0(s0)
	bne	a0,zero,.L31
	add	a4,a5,s2
	lbu	a4,0(a4)
	beq	a4,s4,.L32
.L31:
	sd	a5,0(s1)
	addi	s1,s1,8
.L32:
	ld	a0,8(s0)
	addi	s0,s0,8
	bne	a0,zero,.L33
.L29:
	sd	zero,0(s1)
.L28:
	li	a0,0
.L26:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	ld	s4,0(sp)
	addi	sp,sp,48
	jr	ra
.L27:
	li	a5,22
	sw	a5,errno,a4
	li	a0,-1
	j	.L26
	.size	unsetenv, .-unsetenv
	.align	1
	.globl	setenv
	.type	setenv, @function
setenv:
	addi	sp,sp,-64
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	mv	s1,a0
	mv	s2,a1
	mv	s3,a2
	call	strlen
	beq	a0,zero,.L45
	mv	s0,a0
	li	a1,61
	mv	a0,s1
	call	strchr
	bne	a0,zero,.L45
	mv	a0,s1
	call	getenv
	beq	a0,zero,.L46
	beq	s3,zero,.L47
.L46:
	mv	a0,s2
	call	strlen
	addi	a5,s0,2
	add	a0,a5,a0
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L44
	mv	a1,s1
	call	strcpy
	add	a5,s3,s0
	li	a4,61
	addi	s0,s0,1
	mv	a1,s2
	sb	a4,0(a5)
	add	a0,s3,s0
	call	strcpy
	mv	a0,s1
	lla	s2,environ
	call	unsetenv
	ld	a5,0(s2)
	beq	a5,zero,.L81
	ld	a4,0(a5)
	li	s0,0
	addi	a5,a5,8
	beq	a4,zero,.L81
.L55:
	ld	a3,0(a5)
	mv	a4,s0
	addi	a5,a5,8
	addi	s0,s0,1
	bne	a3,zero,.L55
	addi	a4,a4,3
	slli	s1,a4,3
	mv	a0,s1
	call	malloc
	mv	s4,a0
	beq	a0,zero,.L53
	ld	a5,0(s2)
	addi	a2,s1,-16
	slli	s0,s0,3
	add	s0,a0,s0
	addi	s1,s1,-8
	mv	a4,a0
	add	a2,a2,a5
.L56:
	ld	a3,0(a5)
	addi	a5,a5,8
	addi	a4,a4,8
	sd	a3,-8(a4)
	bne	a5,a2,.L56
.L54:
	lla	s5,own_environ
	ld	a0,0(s5)
	sd	s3,0(s0)
	add	s1,s4,s1
	sd	zero,0(s1)
	beq	a0,zero,.L57
	call	free
.L57:
	sd	s4,0(s5)
	sd	s4,0(s2)
.L47:
	li	a0,0
.L80:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	addi	sp,sp,64
	jr	ra
.L81:
	li	a0,16
	call	malloc
	mv	s4,a0
	beq	a0,zero,.L53
	mv	s0,a0
	li	s1,8
	j	.L54
.L45:
	li	a5,22
	sw	a5,errno,a4
.L44:
	li	a0,-1
	j	.L80
.L53:
	mv	a0,s3
	call	free
	li	a0,-1
	j	.L80
	.size	setenv, .-setenv
	.align	1
	.globl	execv
	.type	execv, @function
execv:
	ld	a2,environ
	tail	execve
	.size	execv, .-execv
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"/bin:/usr/bin"
	.align	3
.LC1:
	.string	"PATH"
	.text
	.align	1
	.globl	execvp
	.type	execvp, @function
execvp:
	lbu	a5,0(a0)
	beq	a5,zero,.L110
	li	t0,-4096
	addi	sp,sp,-128
	addi	t0,t0,16
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	ra,120(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	s8,48(sp)
	sd	s9,40(sp)
	sd	s10,32(sp)
	sd	s11,24(sp)
	mv	s1,a1
	add	sp,sp,t0
	li	a1,47
	mv	s0,a0
	call	strchr
	beq	a0,zero,.L89
	li	t0,4096
	addi	t0,t0,-16
	ld	a2,environ
	add	sp,sp,t0
	ld	ra,120(sp)
	ld	s2,96(sp)
	ld	s3,88(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s6,64(sp)
	ld	s7,56(sp)
	ld	s8,48(sp)
	ld	s9,40(sp)
	ld	s10,32(sp)
	ld	s11,24(sp)
	mv	a1,s1
	mv	a0,s0
	ld	s1,104(sp)
	ld	s0,112(sp)
	addi	sp,sp,128
	tail	execve
.L110:
	li	a5,2
	sw	a5,errno,a4
	li	a0,-1
	ret
.L89:
	lla	a0,.LC1
	call	getenv
	mv	s3,a0
	beq	a0,zero,.L111
.L90:
	li	s4,-4096
	li	a5,4096
	add	a5,a5,s4
	li	s10,0
	lla	s5,errno
	add	s4,a5,sp
	li	s8,47
	lla	s7,environ
	li	s6,13
	li	s9,2
.L99:
	li	a1,58
	mv	a0,s3
	call	strchr
	mv	s2,a0
	beq	a0,zero,.L91
	sub	s11,a0,s3
	mv	a0,s0
	call	strlen
	addi	a5,s11,2
	add	a5,a5,a0
	li	a4,4096
	bleu	a5,a4,.L92
.L93:
	addi	s3,s2,1
	j	.L99
.L91:
	mv	a0,s3
	call	strlen
	mv	s11,a0
	mv	a0,s0
	call	strlen
	add	a5,s11,a0
	addi	a5,a5,2
	li	a4,4096
	bgtu	a5,a4,.L94
.L92:
	mv	a2,s11
	mv	a1,s3
	mv	a0,s4
	call	memcpy
	addi	a0,s11,1
	bne	s11,zero,.L96
	li	a5,46
	sb	a5,0(s4)
	li	a0,2
	li	s11,1
.L96:
	add	a2,s4,s11
	mv	a1,s0
	add	a0,s4,a0
	sb	s8,0(a2)
	call	strcpy
	ld	a2,0(s7)
	mv	a1,s1
	mv	a0,s4
	call	execve
	lw	a5,0(s5)
	beq	a5,s6,.L101
	beq	a5,s9,.L97
	li	a4,20
	bne	a5,a4,.L98
.L97:
	bne	s2,zero,.L93
.L94:
	li	a5,2
	beq	s10,zero,.L100
	li	a5,13
.L100:
	sw	a5,0(s5)
.L98:
	li	t0,4096
	addi	t0,t0,-16
	add	sp,sp,t0
	ld	ra,120(sp)
	ld	s0,112(sp)
	ld	s1,104(sp)
	ld	s2,96(sp)
	ld	s3,88(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s6,64(sp)
	ld	s7,56(sp)
	ld	s8,48(sp)
	ld	s9,40(sp)
	ld	s10,32(sp)
	ld	s11,24(sp)
	li	a0,-1
	addi	sp,sp,128
	jr	ra
.L101:
	li	s10,1
	j	.L97
.L111:
	lla	s3,.LC0
	j	.L90
	.size	execvp, .-execvp
	.align	1
	.globl	sleep
	.type	sleep, @function
sleep:
	addi	sp,sp,-48
	slli	a5,a0,32
	srli	a5,a5,32
	addi	a1,sp,16
	mv	a0,sp
	sd	ra,40(sp)
	sd	a5,0(sp)
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	call	nanosleep
	blt	a0,zero,.L116
	ld	ra,40(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
.L116:
	ld	a0,24(sp)
	ld	a5,16(sp)
	ld	ra,40(sp)
	sgt	a0,a0,zero
	addw	a0,a0,a5
	addi	sp,sp,48
	jr	ra
	.size	sleep, .-sleep
	.align	1
	.globl	usleep
	.type	usleep, @function
usleep:
	li	a4,999424
	addi	a4,a4,576
	remu	a3,a0,a4
	mv	a5,a0
	addi	sp,sp,-32
	mv	a0,sp
	li	a1,0
	sd	ra,24(sp)
	divu	a5,a5,a4
	li	a4,1000
	mul	a4,a3,a4
	sd	a5,0(sp)
	sd	a4,8(sp)
	call	nanosleep
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	usleep, .-usleep
	.align	1
	.globl	time
	.type	time, @function
time:
	addi	sp,sp,-32
	sd	s0,16(sp)
	mv	a1,sp
	mv	s0,a0
	li	a0,0
	sd	ra,24(sp)
	call	clock_gettime
	ld	a0,0(sp)
	beq	s0,zero,.L119
	sd	a0,0(s0)
.L119:
	ld	ra,24(sp)
	ld	s0,16(sp)
	addi	sp,sp,32
	jr	ra
	.size	time, .-time
	.align	1
	.globl	alarm
	.type	alarm, @function
alarm:
	addi	sp,sp,-80
	slli	a5,a0,32
	srli	a5,a5,32
	addi	a2,sp,32
	mv	a1,sp
	li	a0,0
	sd	ra,72(sp)
	sd	a5,16(sp)
	sd	zero,0(sp)
	sd	zero,8(sp)
	sd	zero,24(sp)
	call	setitimer
	ld	a5,56(sp)
	ld	a0,48(sp)
	ld	ra,72(sp)
	sgt	a5,a5,zero
	addw	a0,a5,a0
	addi	sp,sp,80
	jr	ra
	.size	alarm, .-alarm
	.align	1
	.globl	sysconf
	.type	sysconf, @function
sysconf:
	li	a4,2
	mv	a5,a0
	beq	a0,a4,.L127
	li	a4,30
	li	a0,4096
	bne	a5,a4,.L129
	ret
.L129:
	li	a5,22
	sw	a5,errno,a4
	li	a0,-1
	ret
.L127:
	li	a0,100
	ret
	.size	sysconf, .-sysconf
	.align	1
	.globl	getpagesize
	.type	getpagesize, @function
getpagesize:
	li	a0,4096
	ret
	.size	getpagesize, .-getpagesize
	.align	1
	.globl	signal
	.type	signal, @function
signal:
	addi	sp,sp,-64
	mv	a5,a1
	sd	a5,0(sp)
	addi	a2,sp,24
	li	a5,268435456
	mv	a1,sp
	sd	ra,56(sp)
	sd	zero,16(sp)
	sd	a5,8(sp)
	call	sigaction
	blt	a0,zero,.L133
	ld	ra,56(sp)
	ld	a0,24(sp)
	addi	sp,sp,64
	jr	ra
.L133:
	ld	ra,56(sp)
	li	a0,-1
	addi	sp,sp,64
	jr	ra
	.size	signal, .-signal
	.align	1
	.globl	raise
	.type	raise, @function
raise:
	addi	sp,sp,-16
	sd	s0,0(sp)
	sd	ra,8(sp)
	mv	s0,a0
	call	getpid
	mv	a1,s0
	ld	s0,0(sp)
	ld	ra,8(sp)
	addi	sp,sp,16
	tail	kill
	.size	raise, .-raise
	.align	1
	.globl	abort
	.type	abort, @function
abort:
	addi	sp,sp,-48
	li	a5,32
	li	a2,0
	mv	a1,sp
	li	a0,1
	sd	ra,40(sp)
	sd	a5,0(sp)
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	call	sigprocmask
	li	a0,6
	call	raise
	li	a2,0
	addi	a1,sp,8
	li	a0,6
	call	sigaction
	li	a0,6
	call	raise
	li	a0,127
	call	_exit
	.size	abort, .-abort
	.align	1
	.globl	pause
	.type	pause, @function
pause:
	addi	sp,sp,-32
	addi	a2,sp,8
	li	a1,0
	li	a0,0
	sd	ra,24(sp)
	call	sigprocmask
	addi	a0,sp,8
	call	sigsuspend
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	pause, .-pause
	.align	1
	.globl	sigemptyset
	.type	sigemptyset, @function
sigemptyset:
	sd	zero,0(a0)
	li	a0,0
	ret
	.size	sigemptyset, .-sigemptyset
	.align	1
	.globl	sigfillset
	.type	sigfillset, @function
sigfillset:
	li	a5,-1
	sd	a5,0(a0)
	li	a0,0
	ret
	.size	sigfillset, .-sigfillset
	.align	1
	.globl	sigaddset
	.type	sigaddset, @function
sigaddset:
	addiw	a4,a1,-1
	li	a5,63
	mv	a1,a4
	bgtu	a4,a5,.L144
	ld	a5,0(a0)
	li	a4,1
	sll	a4,a4,a1
	or	a5,a5,a4
	sd	a5,0(a0)
	li	a0,0
	ret
.L144:
	li	a5,22
	sw	a5,errno,a4
	li	a0,-1
	ret
	.size	sigaddset, .-sigaddset
	.align	1
	.globl	sigdelset
	.type	sigdelset, @function
sigdelset:
	addiw	a4,a1,-1
	li	a5,63
	mv	a1,a4
	bgtu	a4,a5,.L147
	ld	a4,0(a0)
	li	a5,1
	sll	a5,a5,a1
	not	a5,a5
	and	a5,a4,a5
	sd	a5,0(a0)
	li	a0,0
	ret
.L147:
	li	a5,22
	sw	a5,errno,a4
	li	a0,-1
	ret
	.size	sigdelset, .-sigdelset
	.align	1
	.globl	sigismember
	.type	sigismember, @function
sigismember:
	addiw	a4,a1,-1
	li	a5,63
	bgtu	a4,a5,.L150
	ld	a0,0(a0)
	srl	a0,a0,a4
	andi	a0,a0,1
	ret
.L150:
	li	a5,22
	sw	a5,errno,a4
	li	a0,-1
	ret
	.size	sigismember, .-sigismember
	.align	1
	.globl	tcgetattr
	.type	tcgetattr, @function
tcgetattr:
	mv	a2,a1
	li	a1,20480
	addi	a1,a1,1025
	tail	ioctl
	.size	tcgetattr, .-tcgetattr
	.align	1
	.globl	tcsetattr
	.type	tcsetattr, @function
tcsetattr:
	li	a5,20480
	addiw	a5,a5,1026
	addw	a1,a5,a1
	tail	ioctl
	.size	tcsetattr, .-tcsetattr
	.align	1
	.globl	isatty
	.type	isatty, @function
isatty:
	addi	sp,sp,-64
	li	a1,20480
	mv	a2,sp
	addi	a1,a1,1025
	sd	ra,56(sp)
	call	ioctl
	ld	ra,56(sp)
	seqz	a0,a0
	addi	sp,sp,64
	jr	ra
	.size	isatty, .-isatty
	.align	1
	.globl	tcgetpgrp
	.type	tcgetpgrp, @function
tcgetpgrp:
	addi	sp,sp,-32
	li	a1,20480
	addi	a2,sp,12
	addi	a1,a1,1039
	sd	ra,24(sp)
	call	ioctl
	blt	a0,zero,.L158
	lw	a0,12(sp)
.L157:
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
.L158:
	li	a0,-1
	j	.L157
	.size	tcgetpgrp, .-tcgetpgrp
	.align	1
	.globl	tcsetpgrp
	.type	tcsetpgrp, @function
tcsetpgrp:
	addi	sp,sp,-32
	mv	a5,a1
	li	a1,20480
	addi	a2,sp,12
	addi	a1,a1,1040
	sd	ra,24(sp)
	sw	a5,12(sp)
	call	ioctl
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
	.size	tcsetpgrp, .-tcsetpgrp
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"--"
	.align	3
.LC3:
	.string	"%s: option '--%.*s' is ambiguous\n"
	.align	3
.LC4:
	.string	"%s: unrecognized option '--%.*s'\n"
	.align	3
.LC5:
	.string	"%s: option '--%s' doesn't allow an argument\n"
	.align	3
.LC6:
	.string	"%s: option '--%s' requires an argument\n"
	.align	3
.LC7:
	.string	"%s: invalid option -- '%c'\n"
	.align	3
.LC8:
	.string	"%s: option requires an argument -- '%c'\n"
	.text
	.align	1
	.globl	getopt_long
	.type	getopt_long, @function
getopt_long:
	addi	sp,sp,-96
	sd	s4,48(sp)
	lla	s4,optind
	lw	a5,0(s4)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	ra,88(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	sd	s10,0(sp)
	sd	zero,optarg,a6
	mv	s5,a0
	mv	s0,a1
	mv	s1,a2
	mv	s6,a3
	mv	s7,a4
	bne	a5,zero,.L163
	li	a5,1
	sw	a5,0(s4)
	sw	zero,optpos,a5
	li	a5,1
.L164:
	ble	s5,a5,.L167
	slli	a5,a5,3
	add	a5,s0,a5
	ld	a0,0(a5)
	beq	a0,zero,.L167
	lbu	s2,0(a0)
	li	a5,45
	bne	s2,a5,.L167
	lbu	a5,1(a0)
	beq	a5,zero,.L167
	lla	a1,.LC2
	call	strcmp
	lw	a5,0(s4)
	beq	a0,zero,.L248
	slli	a4,a5,3
	add	a4,s0,a4
	ld	s3,0(a4)
	lbu	a4,1(s3)
	beq	a4,s2,.L249
	lla	s2,optpos
	lw	a2,0(s2)
	li	a4,1
	li	a3,2
	bne	a2,zero,.L250
	add	a4,s3,a4
	lbu	s6,0(a4)
	sw	a3,0(s2)
	li	a4,58
	mv	s7,s6
	bne	s6,a4,.L193
.L252:
	add	a3,s3,a3
	lbu	a4,0(a3)
	lbu	a3,0(s1)
	bne	a4,zero,.L195
	addiw	a5,a5,1
	sw	a5,0(s4)
	sw	zero,optpos,a5
.L195:
	sw	s7,optopt,a5
	lw	a5,opterr
	beq	a5,zero,.L184
	li	a5,58
	bne	a3,a5,.L251
.L184:
	li	s6,63
	j	.L209
.L163:
	lla	s2,optpos
	lw	a4,0(s2)
	beq	a4,zero,.L164
	slli	a3,a5,3
	add	a3,a1,a3
	ld	s3,0(a3)
	addiw	a3,a4,1
	sw	a3,0(s2)
	add	a4,s3,a4
	lbu	s6,0(a4)
	li	a4,58
	mv	s7,s6
	beq	s6,a4,.L252
.L193:
	mv	a1,s6
	mv	a0,s1
	call	strchr
	lw	a5,0(s2)
	lbu	a3,0(s1)
	add	a5,s3,a5
	lbu	a5,0(a5)
	bne	a5,zero,.L197
	lw	a5,0(s4)
	sw	zero,optpos,a4
	addiw	a5,a5,1
	sw	a5,0(s4)
.L197:
	beq	a0,zero,.L195
	lbu	a5,1(a0)
	li	a4,58
	beq	a5,a4,.L253
.L209:
	ld	ra,88(sp)
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s7,24(sp)
	ld	s8,16(sp)
	ld	s9,8(sp)
	ld	s10,0(sp)
	mv	a0,s6
	ld	s6,32(sp)
	addi	sp,sp,96
	jr	ra
.L249:
	bne	s6,zero,.L254
.L167:
	li	s6,-1
	j	.L209
.L253:
	lw	a4,0(s2)
	bne	a4,zero,.L255
	lbu	a4,2(a0)
	beq	a4,a5,.L256
	lw	a4,0(s4)
	bgt	s5,a4,.L257
	sw	s7,optopt,a4
	beq	a3,a5,.L208
	lw	a5,opterr
	beq	a5,zero,.L184
	ld	a2,0(s0)
	mv	a3,s6
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
	li	s6,63
	j	.L209
.L255:
	lw	a5,0(s4)
	add	a4,s3,a4
	sd	a4,optarg,a3
	addiw	a5,a5,1
	sw	a5,0(s4)
	sw	zero,optpos,a5
	j	.L209
.L250:
	mv	a4,a2
	add	a4,s3,a4
	lbu	s6,0(a4)
	addiw	a3,a2,1
	sw	a3,0(s2)
	li	a4,58
	mv	s7,s6
	beq	s6,a4,.L252
	j	.L193
.L254:
	addi	s3,s3,2
	li	a1,61
	mv	a0,s3
	call	strchr
	mv	s10,a0
	beq	a0,zero,.L172
	sub	s2,a0,s3
.L173:
	ld	a0,0(s6)
	beq	a0,zero,.L174
	mv	s1,s6
	li	s8,0
	li	s9,0
	j	.L178
.L175:
	ld	a0,32(s1)
	addi	s1,s1,32
	beq	a0,zero,.L258
.L178:
	mv	a2,s2
	mv	a1,s3
	call	strncmp
	bne	a0,zero,.L175
	ld	a0,0(s1)
	addiw	s8,s8,1
	call	strlen
	beq	s2,a0,.L176
	bne	s9,zero,.L175
	mv	s9,s1
	j	.L175
.L257:
	slli	a5,a4,3
	add	a5,s0,a5
	ld	a5,0(a5)
	addiw	a4,a4,1
	sw	a4,0(s4)
	sd	a5,optarg,a4
	j	.L209
.L251:
	ld	a2,0(s0)
	mv	a3,s6
	lla	a1,.LC7
	ld	a0,stderr
	call	fprintf
	li	s6,63
	j	.L209
.L258:
	lw	a4,0(s4)
	addiw	a5,a4,1
	sw	a5,0(s4)
	beq	s9,zero,.L205
	li	a3,1
	bgt	s8,a3,.L259
.L182:
	lw	a3,8(s9)
	sd	zero,optarg,a2
	lla	a2,optarg
	bne	a3,zero,.L185
	bne	s10,zero,.L260
.L186:
	beq	s7,zero,.L191
	sub	s6,s9,s6
	srai	s6,s6,5
	sw	s6,0(s7)
.L191:
	ld	a5,16(s9)
	lw	s6,24(s9)
	beq	a5,zero,.L209
	sw	s6,0(a5)
	li	s6,0
	j	.L209
.L260:
	lw	a5,opterr
	bne	a5,zero,.L261
.L190:
	lw	a5,24(s9)
	li	s6,63
	sw	a5,optopt,a4
	j	.L209
.L256:
	sd	zero,optarg,a5
	j	.L209
.L185:
	beq	s10,zero,.L188
	addi	s10,s10,1
	sd	s10,0(a2)
	j	.L186
.L176:
	lw	a4,0(s4)
	mv	s9,s1
	addiw	a5,a4,1
	sw	a5,0(s4)
	j	.L182
.L208:
	li	s6,58
	j	.L209
.L172:
	mv	a0,s3
	call	strlen
	mv	s2,a0
	j	.L173
.L259:
	lw	a5,opterr
	beq	a5,zero,.L181
	ld	a2,0(s0)
	mv	a4,s3
	sext.w	a3,s2
	lla	a1,.LC3
	ld	a0,stderr
	call	fprintf
.L181:
	sw	zero,optopt,a5
	li	s6,63
	j	.L209
.L188:
	li	a1,1
	bne	a3,a1,.L186
	ble	s5,a5,.L262
	slli	a5,a5,3
	add	a5,s0,a5
	ld	a5,0(a5)
	addiw	a4,a4,2
	sw	a4,0(s4)
	sd	a5,0(a2)
	j	.L186
.L174:
	lw	a5,0(s4)
	addiw	a5,a5,1
	sw	a5,0(s4)
.L205:
	lw	a5,opterr
	beq	a5,zero,.L181
	ld	a2,0(s0)
	mv	a4,s3
	sext.w	a3,s2
	lla	a1,.LC4
	ld	a0,stderr
	call	fprintf
	j	.L181
.L248:
	addiw	a5,a5,1
	sw	a5,0(s4)
	li	s6,-1
	j	.L209
.L261:
	ld	a3,0(s9)
	ld	a2,0(s0)
	lla	a1,.LC5
	ld	a0,stderr
	call	fprintf
	j	.L190
.L262:
	lw	a5,opterr
	beq	a5,zero,.L190
	ld	a3,0(s9)
	ld	a2,0(s0)
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
	j	.L190
	.size	getopt_long, .-getopt_long
	.align	1
	.globl	getopt
	.type	getopt, @function
getopt:
	li	a4,0
	li	a3,0
	tail	getopt_long
	.size	getopt, .-getopt
	.align	1
	.globl	fdopendir
	.type	fdopendir, @function
fdopendir:
	addi	sp,sp,-16
	sd	s0,0(sp)
	mv	s0,a0
	li	a0,4096
	addi	a0,a0,296
	sd	ra,8(sp)
	call	malloc
	beq	a0,zero,.L264
	sw	s0,0(a0)
	sw	zero,8(a0)
	sw	zero,4(a0)
.L264:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	fdopendir, .-fdopendir
	.align	1
	.globl	opendir
	.type	opendir, @function
opendir:
	addi	sp,sp,-16
	li	a1,589824
	sd	ra,8(sp)
	sd	s0,0(sp)
	call	open
	blt	a0,zero,.L274
	mv	s0,a0
	li	a0,4096
	addi	a0,a0,296
	call	malloc
	beq	a0,zero,.L276
	ld	ra,8(sp)
	sw	s0,0(a0)
	ld	s0,0(sp)
	sw	zero,8(a0)
	sw	zero,4(a0)
	addi	sp,sp,16
	jr	ra
.L276:
	mv	a0,s0
	call	close
.L274:
	ld	ra,8(sp)
	ld	s0,0(sp)
	li	a0,0
	addi	sp,sp,16
	jr	ra
	.size	opendir, .-opendir
	.align	1
	.globl	readdir
	.type	readdir, @function
readdir:
	lw	a5,4(a0)
	lw	a4,8(a0)
	addi	sp,sp,-48
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	ra,40(sp)
	sd	s2,16(sp)
	mv	s0,a0
	addi	s1,a0,296
	ble	a4,a5,.L278
	add	s1,s1,a5
.L279:
	addi	s2,s0,16
	li	a2,8
	mv	a1,s1
	mv	a0,s2
	call	memcpy
	li	a2,8
	addi	a1,s1,8
	addi	a0,s0,24
	call	memcpy
	li	a2,2
	addi	a1,s1,16
	addi	a0,sp,14
	call	memcpy
	lhu	a5,14(sp)
	li	a2,256
	addi	a1,s1,19
	sh	a5,32(s0)
	lbu	a5,18(s1)
	addi	a0,s0,35
	sb	a5,34(s0)
	call	strlcpy
	lw	a4,4(s0)
	lhu	a5,14(sp)
	addw	a5,a5,a4
	sw	a5,4(s0)
.L277:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	mv	a0,s2
	ld	s2,16(sp)
	addi	sp,sp,48
	jr	ra
.L278:
	lw	a0,0(a0)
	li	a2,4096
	mv	a1,s1
	call	getdents64
	ble	a0,zero,.L281
	sw	a0,8(s0)
	sw	zero,4(s0)
	j	.L279
.L281:
	li	s2,0
	j	.L277
	.size	readdir, .-readdir
	.align	1
	.globl	closedir
	.type	closedir, @function
closedir:
	addi	sp,sp,-32
	sd	s0,16(sp)
	mv	s0,a0
	lw	a0,0(a0)
	sd	ra,24(sp)
	sd	s1,8(sp)
	call	close
	mv	s1,a0
	mv	a0,s0
	call	free
	ld	ra,24(sp)
	ld	s0,16(sp)
	mv	a0,s1
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
	.size	closedir, .-closedir
	.align	1
	.globl	dirfd
	.type	dirfd, @function
dirfd:
	lw	a0,0(a0)
	ret
	.size	dirfd, .-dirfd
	.globl	optopt
	.globl	opterr
	.globl	optind
	.globl	optarg
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	exit_handlers, @object
	.size	exit_handlers, 256
exit_handlers:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align	3
	.type	optpos, @object
	.size	optpos, 4
optpos:
	.zero	4
	.type	optopt, @object
	.size	optopt, 4
optopt:
	.zero	4
	.type	optarg, @object
	.size	optarg, 8
optarg:
	.zero	8
	.type	own_environ, @object
	.size	own_environ, 8
own_environ:
	.zero	8
	.type	exit_count, @object
	.size	exit_count, 4
exit_count:
	.zero	4
	.section	.sdata,"aw"
	.align	2
	.type	opterr, @object
	.size	opterr, 4
opterr:
	.word	1
	.type	optind, @object
	.size	optind, 4
optind:
	.word	1
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
