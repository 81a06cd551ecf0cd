# programs/bin/kill.s -- generated from kill.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o kill.s kill.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"kill.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"SIG"
	.align	3
.LC1:
	.string	"IOT"
	.align	3
.LC2:
	.string	"IO"
	.text
	.align	1
	.type	signal_number, @function
signal_number:
	addi	sp,sp,-64
	sd	s2,32(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s3,24(sp)
	mv	s2,a0
	lbu	a0,0(a0)
	call	isdigit
	bne	a0,zero,.L18
	li	a2,3
	lla	a1,.LC0
	mv	a0,s2
	call	strncasecmp
	beq	a0,zero,.L19
.L5:
	lla	s1,.LANCHOR0+8
	li	s0,1
	li	s3,32
	j	.L6
.L21:
	addiw	s0,s0,1
	beq	s0,s3,.L20
.L6:
	ld	a1,0(s1)
	mv	a0,s2
	addi	s1,s1,8
	call	strcasecmp
	bne	a0,zero,.L21
.L4:
	ld	ra,56(sp)
	mv	a0,s0
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	addi	sp,sp,64
	jr	ra
.L19:
	addi	s2,s2,3
	j	.L5
.L18:
	li	a2,10
	addi	a1,sp,8
	mv	a0,s2
	call	strtol
	ld	a5,8(sp)
	li	s0,-1
	lbu	a5,0(a5)
	bne	a5,zero,.L4
	li	a5,64
	bgtu	a0,a5,.L4
	sext.w	s0,a0
	j	.L4
.L20:
	lla	a1,.LC1
	mv	a0,s2
	call	strcasecmp
	beq	a0,zero,.L9
	lla	a1,.LC2
	mv	a0,s2
	call	strcasecmp
	li	s0,29
	beq	a0,zero,.L4
	li	s0,-1
	j	.L4
.L9:
	li	s0,6
	j	.L4
	.size	signal_number, .-signal_number
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"\n"
	.align	3
.LC4:
	.string	""
	.align	3
.LC5:
	.ascii	"\nUsage:\n %s [options] <pid> [...]\n\nOptions:\n <pid> [..."
	.ascii	"]            send signal to every <pid> listed"
	.string	"\n -<signal>, -s, --signal <signal>\n                        specify the <signal> to be sent\n -l, --list=[<signal>]  list all signal names, or convert one to a name\n -L, --table            list all signal names in a nice table\n\nFor more details see kill(1).\n"
	.align	3
.LC6:
	.string	"-l"
	.align	3
.LC7:
	.string	"--list"
	.align	3
.LC8:
	.string	"%s: unknown signal name %s\n"
	.align	3
.LC9:
	.string	"%s\n"
	.align	3
.LC10:
	.string	"%d\n"
	.align	3
.LC11:
	.string	"SYS"
	.align	3
.LC12:
	.string	"%s%c"
	.align	3
.LC13:
	.string	"-L"
	.align	3
.LC14:
	.string	"--table"
	.align	3
.LC15:
	.string	"%2d %-8s%s"
	.align	3
.LC16:
	.string	"-s"
	.align	3
.LC17:
	.string	"--signal"
	.align	3
.LC18:
	.string	"%s: Unknown signal %s\n"
	.align	3
.LC19:
	.string	"--"
	.align	3
.LC20:
	.string	"%s: failed to parse argument: '%s'\n"
	.align	3
.LC21:
	.string	"%s: (%ld): %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-128
	sd	s0,112(sp)
	sd	ra,120(sp)
	sd	s1,104(sp)
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
	li	a5,1
	mv	s0,a1
	ble	a0,a5,.L55
	mv	s1,a0
	ld	a0,8(a1)
	lla	a1,.LC6
	call	strcmp
	bne	a0,zero,.L25
.L28:
	li	a5,2
	beq	s1,a5,.L92
	ld	a0,16(s0)
	call	signal_number
	addiw	a4,a0,-1
	li	a5,30
	mv	s1,a0
	bleu	a4,a5,.L30
	ld	a3,16(s0)
	ld	a2,0(s0)
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
.L24:
	li	s2,1
.L31:
	ld	ra,120(sp)
	ld	s0,112(sp)
	ld	s1,104(sp)
	ld	s3,88(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s6,64(sp)
	ld	s7,56(sp)
	ld	s8,48(sp)
	ld	s9,40(sp)
	ld	s10,32(sp)
	ld	s11,24(sp)
	mv	a0,s2
	ld	s2,96(sp)
	addi	sp,sp,128
	jr	ra
.L25:
	ld	a0,8(s0)
	lla	a1,.LC7
	call	strcmp
	beq	a0,zero,.L28
	ld	a0,8(s0)
	lla	a1,.LC13
	call	strcmp
	bne	a0,zero,.L38
.L40:
	lla	s1,.LANCHOR0+8
	li	s0,1
	li	s3,7
	lla	s2,.LC3
	li	s6,31
	lla	s7,.LC4
	lla	s5,.LC15
	li	s4,32
	j	.L39
.L64:
	mv	a3,s7
.L42:
	mv	a1,s0
	mv	a0,s5
	addiw	s0,s0,1
	call	printf
	addi	s1,s1,8
	beq	s0,s4,.L33
.L39:
	remw	a5,s0,s3
	ld	a2,0(s1)
	mv	a3,s2
	beq	a5,zero,.L42
	bne	s0,s6,.L64
	lla	a3,.LC3
	lla	a2,.LC11
	li	a1,31
	lla	a0,.LC15
	call	printf
.L33:
	li	s2,0
	j	.L31
.L92:
	lla	s1,.LANCHOR0+8
	li	s0,1
	li	s4,16
	ld	a1,0(s1)
	lla	s2,.LC12
	li	s3,31
	beq	s0,s4,.L34
.L36:
	li	a2,32
	mv	a0,s2
	beq	s0,s3,.L93
.L35:
	call	printf
	addiw	s0,s0,1
	addi	s1,s1,8
	ld	a1,0(s1)
	bne	s0,s4,.L36
.L34:
	li	a2,10
	mv	a0,s2
	call	printf
	li	s0,17
	addi	s1,s1,8
	li	a2,32
	mv	a0,s2
	ld	a1,0(s1)
	bne	s0,s3,.L35
.L93:
	li	a2,10
	lla	a1,.LC11
	lla	a0,.LC12
	call	printf
	li	s2,0
	j	.L31
.L55:
	ld	a2,0(s0)
	lla	a1,.LC5
	ld	a0,stderr
	call	fprintf
	j	.L24
.L30:
	ld	a5,16(s0)
	lbu	a0,0(a5)
	call	isdigit
	beq	a0,zero,.L32
	slli	s1,s1,3
	lla	a5,.LANCHOR0
	add	a5,a5,s1
	ld	a1,0(a5)
	lla	a0,.LC9
	li	s2,0
	call	printf
	j	.L31
.L32:
	mv	a1,s1
	lla	a0,.LC10
	call	printf
	li	s2,0
	j	.L31
.L38:
	ld	a0,8(s0)
	lla	a1,.LC14
	call	strcmp
	beq	a0,zero,.L40
	ld	a0,8(s0)
	lla	a1,.LC16
	call	strcmp
	bne	a0,zero,.L43
.L46:
	li	a5,2
	beq	s1,a5,.L55
	ld	a0,16(s0)
	call	signal_number
	mv	s5,a0
	blt	a0,zero,.L94
	li	a5,3
	li	s4,3
	beq	s1,a5,.L55
.L54:
	slli	a5,s4,3
	add	a5,s0,a5
	ld	a0,0(a5)
	lla	a1,.LC19
	call	strcmp
	beq	a0,zero,.L50
.L56:
	bge	s4,s1,.L55
.L51:
	li	s2,0
	lla	s6,stderr
	lla	s7,.LC20
	lla	s8,errno
	lla	s9,.LC21
.L57:
	slli	s3,s4,3
	sext.w	a5,s4
	add	s3,s0,s3
	li	a2,10
	addi	a1,sp,8
	bge	a5,s1,.L31
	ld	a0,0(s3)
	call	strtol
	ld	a3,0(s3)
	mv	a1,s5
	mv	s3,a0
	lbu	a5,0(a3)
	sext.w	a0,a0
	beq	a5,zero,.L58
	ld	a5,8(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L58
	call	kill
	blt	a0,zero,.L95
	addi	s4,s4,1
	j	.L57
.L95:
	lw	a0,0(s8)
	ld	s10,0(s6)
	ld	s11,0(s0)
	call	strerror
	mv	a4,a0
	mv	a3,s3
	mv	a2,s11
	mv	a1,s9
	mv	a0,s10
	li	s2,1
	call	fprintf
	addi	s4,s4,1
	j	.L57
.L65:
	li	s4,1
	li	s5,15
.L50:
	addiw	s4,s4,1
	j	.L56
.L58:
	ld	a2,0(s0)
	ld	a0,0(s6)
	mv	a1,s7
	li	s2,1
	call	fprintf
	addi	s4,s4,1
	j	.L57
.L43:
	ld	a0,8(s0)
	lla	a1,.LC17
	call	strcmp
	beq	a0,zero,.L46
	ld	a0,8(s0)
	li	a5,45
	lbu	a4,0(a0)
	beq	a4,a5,.L49
.L52:
	lla	a1,.LC19
	call	strcmp
	beq	a0,zero,.L65
	li	s5,15
	li	s4,1
	j	.L51
.L94:
	ld	a3,16(s0)
	ld	a2,0(s0)
	lla	a1,.LC18
	ld	a0,stderr
	call	fprintf
	j	.L24
.L49:
	lbu	a5,1(a0)
	beq	a5,zero,.L52
	lla	a1,.LC19
	call	strcmp
	bne	a0,zero,.L90
	ld	a0,8(s0)
	j	.L52
.L90:
	ld	a0,8(s0)
	addi	a0,a0,1
	call	signal_number
	mv	s5,a0
	blt	a0,zero,.L96
	li	a5,2
	beq	s1,a5,.L55
	li	s4,2
	j	.L54
.L96:
	ld	a3,8(s0)
	ld	a2,0(s0)
	lla	a1,.LC18
	addi	a3,a3,1
	ld	a0,stderr
	call	fprintf
	j	.L24
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC22:
	.string	"HUP"
	.align	3
.LC23:
	.string	"INT"
	.align	3
.LC24:
	.string	"QUIT"
	.align	3
.LC25:
	.string	"ILL"
	.align	3
.LC26:
	.string	"TRAP"
	.align	3
.LC27:
	.string	"ABRT"
	.align	3
.LC28:
	.string	"BUS"
	.align	3
.LC29:
	.string	"FPE"
	.align	3
.LC30:
	.string	"KILL"
	.align	3
.LC31:
	.string	"USR1"
	.align	3
.LC32:
	.string	"SEGV"
	.align	3
.LC33:
	.string	"USR2"
	.align	3
.LC34:
	.string	"PIPE"
	.align	3
.LC35:
	.string	"ALRM"
	.align	3
.LC36:
	.string	"TERM"
	.align	3
.LC37:
	.string	"STKFLT"
	.align	3
.LC38:
	.string	"CHLD"
	.align	3
.LC39:
	.string	"CONT"
	.align	3
.LC40:
	.string	"STOP"
	.align	3
.LC41:
	.string	"TSTP"
	.align	3
.LC42:
	.string	"TTIN"
	.align	3
.LC43:
	.string	"TTOU"
	.align	3
.LC44:
	.string	"URG"
	.align	3
.LC45:
	.string	"XCPU"
	.align	3
.LC46:
	.string	"XFSZ"
	.align	3
.LC47:
	.string	"VTALRM"
	.align	3
.LC48:
	.string	"PROF"
	.align	3
.LC49:
	.string	"WINCH"
	.align	3
.LC50:
	.string	"POLL"
	.align	3
.LC51:
	.string	"PWR"
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
	.type	names, @object
	.size	names, 256
names:
	.dword	0
	.dword	.LC22
	.dword	.LC23
	.dword	.LC24
	.dword	.LC25
	.dword	.LC26
	.dword	.LC27
	.dword	.LC28
	.dword	.LC29
	.dword	.LC30
	.dword	.LC31
	.dword	.LC32
	.dword	.LC33
	.dword	.LC34
	.dword	.LC35
	.dword	.LC36
	.dword	.LC37
	.dword	.LC38
	.dword	.LC39
	.dword	.LC40
	.dword	.LC41
	.dword	.LC42
	.dword	.LC43
	.dword	.LC44
	.dword	.LC45
	.dword	.LC46
	.dword	.LC47
	.dword	.LC48
	.dword	.LC49
	.dword	.LC50
	.dword	.LC51
	.dword	.LC11
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
