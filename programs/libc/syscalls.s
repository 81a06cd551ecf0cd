# programs/libc/syscalls.s -- generated from syscalls.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o syscalls.s syscalls.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"syscalls.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	__syscall
	.type	__syscall, @function
__syscall:
	mv	a7,a0
	mv	a0,a1
	mv	a1,a2
	mv	a2,a3
	mv	a3,a4
	mv	a4,a5
	mv	a5,a6
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	ret
	.size	__syscall, .-__syscall
	.align	1
	.globl	syscall
	.type	syscall, @function
syscall:
	addi	sp,sp,-80
	mv	t1,a0
	sd	a1,24(sp)
	mv	a0,a1
	addi	a1,sp,24
	sd	a2,32(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a7,72(sp)
	sd	a1,8(sp)
	sd	a6,64(sp)
	mv	a1,a2
	mv	a7,t1
	mv	a2,a3
	mv	a3,a4
	mv	a4,a5
	mv	a5,a6
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L6
.L3:
	addi	sp,sp,80
	jr	ra
.L6:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L3
	.size	syscall, .-syscall
	.align	1
	.globl	read
	.type	read, @function
read:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,63
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L9
	ret
.L9:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	read, .-read
	.align	1
	.globl	write
	.type	write, @function
write:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,64
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L12
	ret
.L12:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	write, .-write
	.align	1
	.globl	pread
	.type	pread, @function
pread:
	li	a4,0
	li	a5,0
	li	a7,67
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L15
	ret
.L15:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	pread, .-pread
	.align	1
	.globl	pwrite
	.type	pwrite, @function
pwrite:
	li	a4,0
	li	a5,0
	li	a7,68
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L18
	ret
.L18:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	pwrite, .-pwrite
	.align	1
	.globl	openat
	.type	openat, @function
openat:
	addi	sp,sp,-64
	sd	a5,40(sp)
	addi	a5,sp,24
	sd	a3,24(sp)
	sd	a5,8(sp)
	sd	a4,32(sp)
	sd	a6,48(sp)
	sd	a7,56(sp)
	andi	a5,a2,64
	li	a3,0
	beq	a5,zero,.L20
	lwu	a3,24(sp)
.L20:
	li	a4,0
	li	a5,0
	li	a7,56
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L21
	sext.w	a0,a0
.L22:
	addi	sp,sp,64
	jr	ra
.L21:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L22
	.size	openat, .-openat
	.align	1
	.globl	open
	.type	open, @function
open:
	addi	sp,sp,-64
	sd	a5,40(sp)
	addi	a5,sp,16
	sd	a3,24(sp)
	sd	a5,8(sp)
	sd	a2,16(sp)
	andi	a5,a1,64
	sd	a4,32(sp)
	sd	a6,48(sp)
	sd	a7,56(sp)
	mv	t1,a1
	li	a3,0
	mv	a1,a0
	beq	a5,zero,.L28
	lwu	a3,16(sp)
.L28:
	li	a0,-100
	mv	a2,t1
	li	a4,0
	li	a5,0
	li	a7,56
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L29
	sext.w	a0,a0
.L30:
	addi	sp,sp,64
	jr	ra
.L29:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L30
	.size	open, .-open
	.align	1
	.globl	creat
	.type	creat, @function
creat:
	mv	a2,a1
	li	a1,577
	tail	open
	.size	creat, .-creat
	.align	1
	.globl	close
	.type	close, @function
close:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,57
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L37
	sext.w	a0,a0
	ret
.L37:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	close, .-close
	.align	1
	.globl	lseek
	.type	lseek, @function
lseek:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,62
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L41
	ret
.L41:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	lseek, .-lseek
	.align	1
	.globl	fstat
	.type	fstat, @function
fstat:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,80
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L43
	sext.w	a0,a0
	ret
.L43:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fstat, .-fstat
	.align	1
	.globl	fstatat
	.type	fstatat, @function
fstatat:
	li	a4,0
	li	a5,0
	li	a7,79
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L46
	sext.w	a0,a0
	ret
.L46:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fstatat, .-fstatat
	.align	1
	.globl	stat
	.type	stat, @function
stat:
	mv	a5,a0
	mv	a2,a1
	li	a0,-100
	mv	a1,a5
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,79
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L49
	sext.w	a0,a0
	ret
.L49:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	stat, .-stat
	.align	1
	.globl	lstat
	.type	lstat, @function
lstat:
	mv	a5,a0
	mv	a2,a1
	li	a0,-100
	mv	a1,a5
	li	a3,256
	li	a4,0
	li	a5,0
	li	a7,79
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L52
	sext.w	a0,a0
	ret
.L52:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	lstat, .-lstat
	.align	1
	.globl	pipe2
	.type	pipe2, @function
pipe2:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,59
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L55
	sext.w	a0,a0
	ret
.L55:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	pipe2, .-pipe2
	.align	1
	.globl	pipe
	.type	pipe, @function
pipe:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,59
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L58
	sext.w	a0,a0
	ret
.L58:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	pipe, .-pipe
	.align	1
	.globl	dup
	.type	dup, @function
dup:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,23
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L61
	sext.w	a0,a0
	ret
.L61:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	dup, .-dup
	.align	1
	.globl	dup3
	.type	dup3, @function
dup3:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,24
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L64
	sext.w	a0,a0
	ret
.L64:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	dup3, .-dup3
	.align	1
	.globl	dup2
	.type	dup2, @function
dup2:
	mv	a6,a0
	bne	a0,a1,.L67
	li	a1,1
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,25
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L73
	blt	a0,zero,.L70
	mv	a0,a6
	ret
.L67:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,24
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L73
	sext.w	a0,a0
	ret
.L73:
	negw	a0,a0
	sw	a0,errno,a5
.L70:
	li	a0,-1
	ret
	.size	dup2, .-dup2
	.align	1
	.globl	fcntl
	.type	fcntl, @function
fcntl:
	addi	sp,sp,-64
	sd	a5,40(sp)
	addi	a5,sp,16
	sd	a3,24(sp)
	sd	a4,32(sp)
	sd	a7,56(sp)
	sd	a5,8(sp)
	sd	a2,16(sp)
	sd	a6,48(sp)
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,25
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L75
	sext.w	a0,a0
.L76:
	addi	sp,sp,64
	jr	ra
.L75:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L76
	.size	fcntl, .-fcntl
	.align	1
	.globl	ioctl
	.type	ioctl, @function
ioctl:
	addi	sp,sp,-64
	sd	a5,40(sp)
	addi	a5,sp,16
	sd	a3,24(sp)
	sd	a4,32(sp)
	sd	a7,56(sp)
	sd	a5,8(sp)
	sd	a2,16(sp)
	sd	a6,48(sp)
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,29
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L79
	sext.w	a0,a0
.L80:
	addi	sp,sp,64
	jr	ra
.L79:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L80
	.size	ioctl, .-ioctl
	.align	1
	.globl	chdir
	.type	chdir, @function
chdir:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,49
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L83
	sext.w	a0,a0
	ret
.L83:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	chdir, .-chdir
	.align	1
	.globl	fchdir
	.type	fchdir, @function
fchdir:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,50
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L86
	sext.w	a0,a0
	ret
.L86:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fchdir, .-fchdir
	.align	1
	.globl	getcwd
	.type	getcwd, @function
getcwd:
	mv	a6,a0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,17
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L92
	blt	a0,zero,.L90
	mv	a0,a6
	ret
.L92:
	negw	a0,a0
	sw	a0,errno,a5
.L90:
	li	a6,0
	mv	a0,a6
	ret
	.size	getcwd, .-getcwd
	.align	1
	.globl	mkdir
	.type	mkdir, @function
mkdir:
	mv	a2,a1
	mv	a5,a0
	slli	a2,a2,32
	mv	a1,a5
	li	a0,-100
	srli	a2,a2,32
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,34
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L94
	sext.w	a0,a0
	ret
.L94:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mkdir, .-mkdir
	.align	1
	.globl	rmdir
	.type	rmdir, @function
rmdir:
	mv	a1,a0
	li	a2,512
	li	a0,-100
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,35
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L97
	sext.w	a0,a0
	ret
.L97:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	rmdir, .-rmdir
	.align	1
	.globl	unlink
	.type	unlink, @function
unlink:
	mv	a1,a0
	li	a2,0
	li	a0,-100
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,35
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L100
	sext.w	a0,a0
	ret
.L100:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	unlink, .-unlink
	.align	1
	.globl	link
	.type	link, @function
link:
	mv	a5,a0
	mv	a3,a1
	li	a0,-100
	mv	a1,a5
	li	a2,-100
	li	a4,0
	li	a5,0
	li	a7,37
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L103
	sext.w	a0,a0
	ret
.L103:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	link, .-link
	.align	1
	.globl	symlink
	.type	symlink, @function
symlink:
	mv	a2,a1
	li	a3,0
	li	a1,-100
	li	a4,0
	li	a5,0
	li	a7,36
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L106
	sext.w	a0,a0
	ret
.L106:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	symlink, .-symlink
	.align	1
	.globl	rename
	.type	rename, @function
rename:
	mv	a5,a0
	mv	a3,a1
	li	a0,-100
	mv	a1,a5
	li	a2,-100
	li	a4,0
	li	a5,0
	li	a7,276
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L109
	sext.w	a0,a0
	ret
.L109:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	rename, .-rename
	.align	1
	.globl	readlink
	.type	readlink, @function
readlink:
	mv	a4,a0
	mv	a5,a1
	mv	a3,a2
	mv	a1,a4
	mv	a2,a5
	li	a0,-100
	li	a4,0
	li	a5,0
	li	a7,78
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L113
	ret
.L113:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	readlink, .-readlink
	.align	1
	.globl	access
	.type	access, @function
access:
	mv	a5,a0
	mv	a2,a1
	li	a0,-100
	mv	a1,a5
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,48
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L115
	sext.w	a0,a0
	ret
.L115:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	access, .-access
	.align	1
	.globl	ftruncate
	.type	ftruncate, @function
ftruncate:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,46
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L118
	sext.w	a0,a0
	ret
.L118:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	ftruncate, .-ftruncate
	.align	1
	.globl	fsync
	.type	fsync, @function
fsync:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,82
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L121
	sext.w	a0,a0
	ret
.L121:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fsync, .-fsync
	.align	1
	.globl	sync
	.type	sync, @function
sync:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,81
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	ret
	.size	sync, .-sync
	.align	1
	.globl	chmod
	.type	chmod, @function
chmod:
	mv	a2,a1
	mv	a5,a0
	slli	a2,a2,32
	mv	a1,a5
	li	a0,-100
	srli	a2,a2,32
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,53
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L125
	sext.w	a0,a0
	ret
.L125:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	chmod, .-chmod
	.align	1
	.globl	fchmod
	.type	fchmod, @function
fchmod:
	slli	a1,a1,32
	srli	a1,a1,32
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,52
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L128
	sext.w	a0,a0
	ret
.L128:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fchmod, .-fchmod
	.align	1
	.globl	umask
	.type	umask, @function
umask:
	slli	a0,a0,32
	srli	a0,a0,32
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,166
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	sext.w	a0,a0
	ret
	.size	umask, .-umask
	.align	1
	.globl	getdents64
	.type	getdents64, @function
getdents64:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,61
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L132
	sext.w	a0,a0
	ret
.L132:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getdents64, .-getdents64
	.align	1
	.globl	poll
	.type	poll, @function
poll:
	mv	a5,a2
	blt	a2,zero,.L147
	li	a3,1000
	remw	a4,a2,a3
	addi	sp,sp,-16
	mv	a2,sp
	li	a7,73
	divw	a5,a5,a3
	li	a3,999424
	addi	a3,a3,576
	mul	a4,a4,a3
	sd	a5,0(sp)
	li	a3,0
	li	a5,0
	sd	a4,8(sp)
	li	a4,8
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L136
	sext.w	a0,a0
.L137:
	addi	sp,sp,16
	jr	ra
.L147:
	li	a2,0
	li	a3,0
	li	a4,8
	li	a5,0
	li	a7,73
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L142
	sext.w	a0,a0
	ret
.L136:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	j	.L137
.L142:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	poll, .-poll
	.align	1
	.globl	fork
	.type	fork, @function
fork:
	li	a0,17
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,220
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L149
	sext.w	a0,a0
	ret
.L149:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	fork, .-fork
	.align	1
	.globl	execve
	.type	execve, @function
execve:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,221
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L152
	sext.w	a0,a0
	ret
.L152:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	execve, .-execve
	.align	1
	.globl	_exit
	.type	_exit, @function
_exit:
	mv	a6,a0
.L155:
	mv	a0,a6
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,94
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	j	.L155
	.size	_exit, .-_exit
	.align	1
	.globl	wait4
	.type	wait4, @function
wait4:
	li	a4,0
	li	a5,0
	li	a7,260
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L157
	sext.w	a0,a0
	ret
.L157:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	wait4, .-wait4
	.align	1
	.globl	waitpid
	.type	waitpid, @function
waitpid:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,260
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L160
	sext.w	a0,a0
	ret
.L160:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	waitpid, .-waitpid
	.align	1
	.globl	wait
	.type	wait, @function
wait:
	mv	a1,a0
	li	a2,0
	li	a0,-1
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,260
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L163
	sext.w	a0,a0
	ret
.L163:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	wait, .-wait
	.align	1
	.globl	getpid
	.type	getpid, @function
getpid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,172
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L166
	sext.w	a0,a0
	ret
.L166:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getpid, .-getpid
	.align	1
	.globl	getppid
	.type	getppid, @function
getppid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,173
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L169
	sext.w	a0,a0
	ret
.L169:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getppid, .-getppid
	.align	1
	.globl	gettid
	.type	gettid, @function
gettid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,178
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L172
	sext.w	a0,a0
	ret
.L172:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	gettid, .-gettid
	.align	1
	.globl	getuid
	.type	getuid, @function
getuid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,174
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L175
	sext.w	a0,a0
	ret
.L175:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getuid, .-getuid
	.align	1
	.globl	geteuid
	.type	geteuid, @function
geteuid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,175
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L178
	sext.w	a0,a0
	ret
.L178:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	geteuid, .-geteuid
	.align	1
	.globl	getgid
	.type	getgid, @function
getgid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,176
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L181
	sext.w	a0,a0
	ret
.L181:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getgid, .-getgid
	.align	1
	.globl	getegid
	.type	getegid, @function
getegid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,177
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L184
	sext.w	a0,a0
	ret
.L184:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getegid, .-getegid
	.align	1
	.globl	setpgid
	.type	setpgid, @function
setpgid:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,154
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L187
	sext.w	a0,a0
	ret
.L187:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	setpgid, .-setpgid
	.align	1
	.globl	getpgid
	.type	getpgid, @function
getpgid:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,155
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L190
	sext.w	a0,a0
	ret
.L190:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getpgid, .-getpgid
	.align	1
	.globl	getpgrp
	.type	getpgrp, @function
getpgrp:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,155
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L193
	sext.w	a0,a0
	ret
.L193:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getpgrp, .-getpgrp
	.align	1
	.globl	setsid
	.type	setsid, @function
setsid:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,157
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L196
	sext.w	a0,a0
	ret
.L196:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	setsid, .-setsid
	.align	1
	.globl	getsid
	.type	getsid, @function
getsid:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,156
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L199
	sext.w	a0,a0
	ret
.L199:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getsid, .-getsid
	.align	1
	.globl	sched_yield
	.type	sched_yield, @function
sched_yield:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,124
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L202
	sext.w	a0,a0
	ret
.L202:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sched_yield, .-sched_yield
	.align	1
	.globl	mmap
	.type	mmap, @function
mmap:
	li	a7,222
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L207
	ret
.L207:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mmap, .-mmap
	.align	1
	.globl	munmap
	.type	munmap, @function
munmap:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,215
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L209
	sext.w	a0,a0
	ret
.L209:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	munmap, .-munmap
	.align	1
	.globl	mprotect
	.type	mprotect, @function
mprotect:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,226
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L212
	sext.w	a0,a0
	ret
.L212:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mprotect, .-mprotect
	.align	1
	.globl	mremap
	.type	mremap, @function
mremap:
	addi	sp,sp,-48
	sd	a5,24(sp)
	addi	a5,sp,16
	sd	a7,40(sp)
	sd	a5,8(sp)
	sd	a4,16(sp)
	sd	a6,32(sp)
	li	a5,0
	li	a7,216
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bleu	a0,a5,.L214
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
.L214:
	addi	sp,sp,48
	jr	ra
	.size	mremap, .-mremap
	.align	1
	.globl	madvise
	.type	madvise, @function
madvise:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,233
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L219
	sext.w	a0,a0
	ret
.L219:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	madvise, .-madvise
	.align	1
	.globl	mincore
	.type	mincore, @function
mincore:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,232
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L222
	sext.w	a0,a0
	ret
.L222:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mincore, .-mincore
	.align	1
	.globl	msync
	.type	msync, @function
msync:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,227
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L225
	sext.w	a0,a0
	ret
.L225:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	msync, .-msync
	.align	1
	.globl	mlock
	.type	mlock, @function
mlock:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,228
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L228
	sext.w	a0,a0
	ret
.L228:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mlock, .-mlock
	.align	1
	.globl	munlock
	.type	munlock, @function
munlock:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,229
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L231
	sext.w	a0,a0
	ret
.L231:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	munlock, .-munlock
	.align	1
	.globl	mlockall
	.type	mlockall, @function
mlockall:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,230
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L234
	sext.w	a0,a0
	ret
.L234:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	mlockall, .-mlockall
	.align	1
	.globl	munlockall
	.type	munlockall, @function
munlockall:
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,231
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L237
	sext.w	a0,a0
	ret
.L237:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	munlockall, .-munlockall
	.align	1
	.globl	brk
	.type	brk, @function
brk:
	mv	a6,a0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,214
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	sd	a0,current_break,a5
	bgtu	a6,a0,.L242
	li	a0,0
	ret
.L242:
	li	a5,12
	sw	a5,errno,a4
	li	a0,-1
	ret
	.size	brk, .-brk
	.align	1
	.globl	sbrk
	.type	sbrk, @function
sbrk:
	lla	t3,current_break
	ld	a6,0(t3)
	mv	t1,a0
	bne	a6,zero,.L244
	li	a0,0
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,214
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	mv	a6,a0
	sd	a0,0(t3)
.L244:
	bne	t1,zero,.L250
.L245:
	mv	a0,a6
	ret
.L250:
	add	t1,t1,a6
	mv	a0,t1
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,214
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	sd	a0,0(t3)
	bleu	t1,a0,.L245
	li	a5,12
	sw	a5,errno,a4
	li	a0,-1
	ret
	.size	sbrk, .-sbrk
	.align	1
	.globl	sigaction
	.type	sigaction, @function
sigaction:
	li	a3,8
	li	a4,0
	li	a5,0
	li	a7,134
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L252
	sext.w	a0,a0
	ret
.L252:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sigaction, .-sigaction
	.align	1
	.globl	sigprocmask
	.type	sigprocmask, @function
sigprocmask:
	li	a3,8
	li	a4,0
	li	a5,0
	li	a7,135
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L255
	sext.w	a0,a0
	ret
.L255:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sigprocmask, .-sigprocmask
	.align	1
	.globl	sigsuspend
	.type	sigsuspend, @function
sigsuspend:
	li	a1,8
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,133
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L258
	sext.w	a0,a0
	ret
.L258:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sigsuspend, .-sigsuspend
	.align	1
	.globl	sigpending
	.type	sigpending, @function
sigpending:
	li	a1,8
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,136
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L261
	sext.w	a0,a0
	ret
.L261:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sigpending, .-sigpending
	.align	1
	.globl	kill
	.type	kill, @function
kill:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,129
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L264
	sext.w	a0,a0
	ret
.L264:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	kill, .-kill
	.align	1
	.globl	nanosleep
	.type	nanosleep, @function
nanosleep:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,101
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L267
	sext.w	a0,a0
	ret
.L267:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	nanosleep, .-nanosleep
	.align	1
	.globl	clock_gettime
	.type	clock_gettime, @function
clock_gettime:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,113
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L270
	sext.w	a0,a0
	ret
.L270:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	clock_gettime, .-clock_gettime
	.align	1
	.globl	gettimeofday
	.type	gettimeofday, @function
gettimeofday:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,169
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L273
	sext.w	a0,a0
	ret
.L273:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	gettimeofday, .-gettimeofday
	.align	1
	.globl	setitimer
	.type	setitimer, @function
setitimer:
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,103
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L276
	sext.w	a0,a0
	ret
.L276:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	setitimer, .-setitimer
	.align	1
	.globl	times
	.type	times, @function
times:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,153
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L280
	ret
.L280:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	times, .-times
	.align	1
	.globl	uname
	.type	uname, @function
uname:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,160
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L282
	sext.w	a0,a0
	ret
.L282:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	uname, .-uname
	.align	1
	.globl	sysinfo
	.type	sysinfo, @function
sysinfo:
	li	a1,0
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,179
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L285
	sext.w	a0,a0
	ret
.L285:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	sysinfo, .-sysinfo
	.align	1
	.globl	getrlimit
	.type	getrlimit, @function
getrlimit:
	mv	a5,a0
	mv	a3,a1
	li	a0,0
	mv	a1,a5
	li	a2,0
	li	a4,0
	li	a5,0
	li	a7,261
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L288
	sext.w	a0,a0
	ret
.L288:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getrlimit, .-getrlimit
	.align	1
	.globl	setrlimit
	.type	setrlimit, @function
setrlimit:
	mv	a5,a0
	mv	a2,a1
	li	a0,0
	mv	a1,a5
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,261
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L291
	sext.w	a0,a0
	ret
.L291:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	setrlimit, .-setrlimit
	.align	1
	.globl	getrusage
	.type	getrusage, @function
getrusage:
	li	a2,0
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,165
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L294
	sext.w	a0,a0
	ret
.L294:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getrusage, .-getrusage
	.align	1
	.globl	getrandom
	.type	getrandom, @function
getrandom:
	slli	a2,a2,32
	srli	a2,a2,32
	li	a3,0
	li	a4,0
	li	a5,0
	li	a7,278
#APP
# 21 "syscalls.c" 1
	ecall
# 0 "" 2
#NO_APP
	li	a5,-4096
	bgtu	a0,a5,.L298
	ret
.L298:
	negw	a0,a0
	sw	a0,errno,a5
	li	a0,-1
	ret
	.size	getrandom, .-getrandom
	.globl	environ
	.globl	errno
	.section	.sbss,"aw",@nobits
	.align	3
	.type	current_break, @object
	.size	current_break, 8
current_break:
	.zero	8
	.type	environ, @object
	.size	environ, 8
environ:
	.zero	8
	.type	errno, @object
	.size	errno, 4
errno:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
