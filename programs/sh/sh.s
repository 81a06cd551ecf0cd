# programs/sh/sh.s -- generated from sh.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/sh): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o sh.s sh.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"sh.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	builtin_true, @function
builtin_true:
	li	a0,0
	ret
	.size	builtin_true, .-builtin_true
	.align	1
	.type	builtin_false, @function
builtin_false:
	li	a0,1
	ret
	.size	builtin_false, .-builtin_false
	.align	1
	.type	on_sigint, @function
on_sigint:
	li	a5,1
	sw	a5,got_sigint,a4
	ret
	.size	on_sigint, .-on_sigint
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"sh: exit: %s: numeric argument required\n"
	.text
	.align	1
	.type	builtin_exit, @function
builtin_exit:
	mv	a4,a0
	li	a5,1
	lw	a0,last_status
	bgt	a4,a5,.L13
	sw	a0,exit_requested,a5
	ret
.L13:
	addi	sp,sp,-48
	sd	s1,24(sp)
	ld	s1,8(a1)
	sd	s0,32(sp)
	li	a2,10
	mv	s0,a1
	mv	a0,s1
	addi	a1,sp,8
	sd	ra,40(sp)
	call	strtol
	lbu	a5,0(s1)
	beq	a5,zero,.L8
	ld	a5,8(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L8
	ld	ra,40(sp)
	ld	s0,32(sp)
	andi	a0,a0,0xff
	sw	a0,exit_requested,a5
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
.L8:
	ld	a2,8(s0)
	lla	a1,.LC0
	ld	a0,stderr
	call	fprintf
	ld	ra,40(sp)
	ld	s0,32(sp)
	li	a0,2
	sw	a0,exit_requested,a5
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
	.size	builtin_exit, .-builtin_exit
	.align	1
	.type	builtin_unset, @function
builtin_unset:
	li	a5,1
	ble	a0,a5,.L19
	addi	sp,sp,-32
	sd	s1,8(sp)
	addiw	s1,a0,-2
	slli	a5,s1,32
	srli	s1,a5,29
	addi	a5,a1,16
	sd	s0,16(sp)
	sd	ra,24(sp)
	addi	s0,a1,8
	add	s1,s1,a5
.L16:
	ld	a0,0(s0)
	addi	s0,s0,8
	call	unsetenv
	bne	s0,s1,.L16
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	li	a0,0
	addi	sp,sp,32
	jr	ra
.L19:
	li	a0,0
	ret
	.size	builtin_unset, .-builtin_unset
	.section	.rodata.str1.8
	.align	3
.LC1:
	.string	""
	.align	3
.LC2:
	.string	"sh: export: `%s': not a valid identifier\n"
	.align	3
.LC3:
	.string	"export %s\n"
	.text
	.align	1
	.type	builtin_export, @function
builtin_export:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	li	a5,1
	ble	a0,a5,.L23
	addiw	s2,a0,-2
	slli	a5,s2,32
	srli	s2,a5,29
	addi	a5,a1,16
	addi	s1,a1,8
	add	s2,s2,a5
	li	s3,0
	lla	s5,stderr
	lla	s4,.LC2
	j	.L28
.L27:
	li	a5,61
	sb	a5,0(s0)
.L26:
	addi	s1,s1,8
	beq	s1,s2,.L29
.L28:
	ld	a0,0(s1)
	li	a1,61
	call	strchr
	li	a2,1
	mv	s0,a0
	addi	a1,a0,1
	beq	a0,zero,.L38
	sb	zero,0(a0)
	ld	a0,0(s1)
	call	setenv
	bge	a0,zero,.L27
	ld	a2,0(s1)
	ld	a0,0(s5)
	mv	a1,s4
	li	s3,1
	call	fprintf
	j	.L27
.L38:
	ld	a0,0(s1)
	call	getenv
	bne	a0,zero,.L26
	ld	a0,0(s1)
	li	a2,0
	lla	a1,.LC1
	addi	s1,s1,8
	call	setenv
	bne	s1,s2,.L28
.L29:
	ld	a0,stdout
	call	fflush
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	mv	a0,s3
	ld	s3,24(sp)
	addi	sp,sp,64
	jr	ra
.L23:
	bne	a0,a5,.L30
	ld	s0,environ
	ld	a1,0(s0)
	beq	a1,zero,.L30
	lla	s1,.LC3
.L31:
	mv	a0,s1
	addi	s0,s0,8
	call	printf
	ld	a1,0(s0)
	bne	a1,zero,.L31
.L30:
	li	s3,0
	j	.L29
	.size	builtin_export, .-builtin_export
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"HOME"
	.align	3
.LC5:
	.string	"sh: cd: too many arguments\n"
	.align	3
.LC6:
	.string	"sh: cd: HOME not set\n"
	.align	3
.LC7:
	.string	"sh: cd: %s: %s\n"
	.align	3
.LC8:
	.string	"PWD"
	.text
	.align	1
	.type	builtin_cd, @function
builtin_cd:
	addi	sp,sp,-48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	li	t0,-4096
	li	a5,1
	add	sp,sp,t0
	ble	a0,a5,.L40
	li	a5,2
	ld	s0,8(a1)
	bne	a0,a5,.L50
	beq	s0,zero,.L51
.L44:
	mv	a0,s0
	call	chdir
	blt	a0,zero,.L52
	li	a5,-4096
	li	a4,4096
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	li	a1,4096
	mv	a0,a5
	sd	a5,8(sp)
	call	getcwd
	beq	a0,zero,.L48
	ld	a1,8(sp)
	li	a2,1
	lla	a0,.LC8
	call	setenv
.L48:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
.L50:
	lla	a1,.LC5
	ld	a0,stderr
	call	fprintf
	li	a0,1
.L53:
	li	t0,4096
	add	sp,sp,t0
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
.L40:
	lla	a0,.LC4
	call	getenv
	mv	s0,a0
	bne	s0,zero,.L44
.L51:
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L53
.L52:
	lw	a0,errno
	ld	s1,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s0
	lla	a1,.LC7
	mv	a0,s1
	call	fprintf
	li	a0,1
	j	.L53
	.size	builtin_cd, .-builtin_cd
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"-n"
	.align	3
.LC10:
	.string	"sh: echo: write error: %s\n"
	.text
	.align	1
	.type	builtin_echo, @function
builtin_echo:
	addi	sp,sp,-64
	sd	s1,40(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	li	a5,1
	lla	s1,stdout
	ble	a0,a5,.L55
	mv	s2,a0
	mv	s3,a1
	addi	s1,a1,8
	li	s0,1
	li	a5,1
	lla	s5,.LC9
	j	.L56
.L58:
	addiw	s0,s0,1
	addi	s1,s1,8
	beq	s2,s0,.L69
.L56:
	ld	a0,0(s1)
	mv	a1,s5
	mv	s4,a5
	call	strcmp
	mv	a5,a0
	beq	a0,zero,.L58
	lla	s1,stdout
	ble	s2,s0,.L59
	subw	a5,s2,s0
	slli	a5,a5,32
	srli	a5,a5,32
	add	a5,a5,s0
	slli	a5,a5,3
	slli	s0,s0,3
	add	s0,s3,s0
	lla	s1,stdout
	add	s3,s3,a5
.L60:
	ld	a0,0(s0)
	ld	a1,0(s1)
	addi	s0,s0,8
	call	fputs
	li	a0,32
	bne	s0,s3,.L70
.L59:
	bne	s4,zero,.L55
.L57:
	ld	a0,0(s1)
	call	fflush
	li	a5,0
	blt	a0,zero,.L71
.L61:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	mv	a0,a5
	addi	sp,sp,64
	jr	ra
.L70:
	ld	a1,0(s1)
	call	fputc
	j	.L60
.L69:
	lla	s1,stdout
	ld	a0,0(s1)
	call	fflush
	li	a5,0
	bge	a0,zero,.L61
.L71:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC10
	mv	a0,s0
	call	fprintf
	li	a5,1
	j	.L61
.L55:
	ld	a1,0(s1)
	li	a0,10
	call	fputc
	j	.L57
	.size	builtin_echo, .-builtin_echo
	.section	.rodata.str1.8
	.align	3
.LC11:
	.string	"sh: pwd: %s\n"
	.text
	.align	1
	.type	builtin_pwd, @function
builtin_pwd:
	addi	sp,sp,-32
	li	t0,-4096
	sd	ra,24(sp)
	sd	s0,16(sp)
	li	a5,-4096
	add	sp,sp,t0
	li	a4,4096
	add	a4,a4,a5
	addi	a5,sp,16
	add	a5,a4,a5
	li	a1,4096
	mv	a0,a5
	sd	a5,8(sp)
	call	getcwd
	beq	a0,zero,.L76
	ld	a0,8(sp)
	call	puts
	ld	a0,stdout
	call	fflush
	li	t0,4096
	add	sp,sp,t0
	ld	ra,24(sp)
	ld	s0,16(sp)
	li	a0,0
	addi	sp,sp,32
	jr	ra
.L76:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC11
	mv	a0,s0
	call	fprintf
	li	t0,4096
	add	sp,sp,t0
	ld	ra,24(sp)
	ld	s0,16(sp)
	li	a0,1
	addi	sp,sp,32
	jr	ra
	.size	builtin_pwd, .-builtin_pwd
	.section	.rodata.str1.8
	.align	3
.LC12:
	.string	"|"
	.align	3
.LC13:
	.string	"&&"
	.align	3
.LC14:
	.string	"||"
	.align	3
.LC15:
	.string	";"
	.align	3
.LC16:
	.string	"&"
	.align	3
.LC17:
	.string	"!"
	.align	3
.LC18:
	.string	"newline"
	.align	3
.LC19:
	.string	"<"
	.align	3
.LC20:
	.string	"<&"
	.align	3
.LC21:
	.string	">"
	.align	3
.LC22:
	.string	">>"
	.align	3
.LC23:
	.string	">&"
	.align	3
.LC24:
	.string	"?"
	.align	3
.LC25:
	.string	"syntax error near unexpected token `%s'"
	.text
	.align	1
	.type	unexpected.isra.0, @function
unexpected.isra.0:
	addi	sp,sp,-32
	sd	s0,16(sp)
	lla	s0,syntax_error
	ld	a5,0(s0)
	sd	ra,24(sp)
	sd	s1,8(sp)
	beq	a5,zero,.L96
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L96:
	li	a5,8
	bgtu	a0,a5,.L79
	lla	a4,.L81
	slli	a0,a0,2
	add	a0,a0,a4
	lw	a5,0(a0)
	add	a5,a5,a4
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L81:
	.word	.L79-.L81
	.word	.L88-.L81
	.word	.L89-.L81
	.word	.L86-.L81
	.word	.L85-.L81
	.word	.L84-.L81
	.word	.L83-.L81
	.word	.L82-.L81
	.word	.L80-.L81
	.text
.L89:
	lla	a1,.LC13
.L87:
	lla	s1,.LANCHOR0
	mv	a3,a1
	mv	a0,s1
	lla	a2,.LC25
	li	a1,96
	call	snprintf
	ld	ra,24(sp)
	sd	s1,0(s0)
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L88:
	lla	a1,.LC12
	j	.L87
.L80:
	lla	a1,.LC18
	j	.L87
.L83:
	li	a5,60
	lla	a1,.LC19
	beq	a2,a5,.L87
	li	a5,68
	lla	a1,.LC23
	beq	a2,a5,.L87
	li	a5,97
	lla	a1,.LC22
	beq	a2,a5,.L87
	li	a5,62
	lla	a1,.LC21
	beq	a2,a5,.L87
	lla	a1,.LC20
	j	.L87
.L82:
	lla	a1,.LC17
	j	.L87
.L86:
	lla	a1,.LC14
	j	.L87
.L85:
	lla	a1,.LC15
	j	.L87
.L84:
	lla	a1,.LC16
	j	.L87
.L79:
	bne	a1,zero,.L87
	lla	a1,.LC24
	j	.L87
	.size	unexpected.isra.0, .-unexpected.isra.0
	.align	1
	.type	count_assignments, @function
count_assignments:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	ble	a1,zero,.L105
	mv	s6,a1
	mv	s3,a0
	li	s5,0
	li	s2,95
	li	s4,61
	j	.L104
.L109:
	beq	s1,s2,.L101
	lbu	a5,0(s0)
	bne	a5,s4,.L98
	addiw	s5,s5,1
	addi	s3,s3,8
	beq	s6,s5,.L98
.L104:
	ld	s0,0(s3)
	lbu	a0,0(s0)
	call	isalpha
	bne	a0,zero,.L103
	lbu	a5,0(s0)
	bne	a5,s2,.L98
.L103:
	lbu	s1,0(s0)
	mv	a0,s1
	call	isalnum
	beq	a0,zero,.L109
.L101:
	addi	s0,s0,1
	j	.L103
.L105:
	li	s5,0
.L98:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s6,0(sp)
	mv	a0,s5
	ld	s5,8(sp)
	addi	sp,sp,64
	jr	ra
	.size	count_assignments, .-count_assignments
	.section	.rodata.str1.8
	.align	3
.LC26:
	.string	"sh: wait: `%s': not a pid or valid job spec\n"
	.align	3
.LC27:
	.string	"sh: wait: pid %ld is not a child of this shell\n"
	.text
	.align	1
	.type	builtin_wait, @function
builtin_wait:
	addi	sp,sp,-96
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	ra,88(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sw	zero,4(sp)
	li	a5,1
	lla	s1,errno
	li	s0,4
	beq	a0,a5,.L131
	ble	a0,a5,.L114
	addiw	s5,a0,-2
	slli	a5,s5,32
	srli	s5,a5,29
	addi	a5,a1,16
	addi	s0,a1,8
	add	s5,s5,a5
	lla	s7,stderr
	lla	s6,.LC26
	lla	s4,errno
	li	s3,4
	j	.L123
.L115:
	ld	a0,0(s7)
	mv	a1,s6
	call	fprintf
	li	a0,2
.L117:
	addi	s0,s0,8
	beq	s0,s5,.L113
.L123:
	ld	a0,0(s0)
	li	a2,10
	addi	a1,sp,8
	call	strtol
	ld	a2,0(s0)
	mv	s1,a0
	lbu	a5,0(a2)
	beq	a5,zero,.L115
	ld	a5,8(sp)
	lbu	a5,0(a5)
	bne	a5,zero,.L115
	sext.w	s2,a0
	ble	a0,zero,.L115
	li	a2,0
	addi	a1,sp,4
	mv	a0,s2
	call	waitpid
	bge	a0,zero,.L118
.L139:
	lw	a5,0(s4)
	bne	a5,s3,.L138
	li	a2,0
	addi	a1,sp,4
	mv	a0,s2
	call	waitpid
	blt	a0,zero,.L139
.L118:
	lw	a0,4(sp)
	andi	a4,a0,127
	beq	a4,zero,.L140
	addiw	a5,a4,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	sraiw	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	bgt	a5,zero,.L141
	sraiw	a0,a0,8
	andi	a0,a0,255
	addi	s0,s0,8
	addi	a0,a0,128
	bne	s0,s5,.L123
.L113:
	ld	ra,88(sp)
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s6,32(sp)
	ld	s7,24(sp)
	addi	sp,sp,96
	jr	ra
.L142:
	beq	a0,zero,.L114
	lw	a5,0(s1)
	bne	a5,s0,.L114
.L131:
	addi	a0,sp,4
	call	wait
	ble	a0,zero,.L142
	addi	a0,sp,4
	call	wait
	bgt	a0,zero,.L131
	j	.L142
.L114:
	li	a0,0
	j	.L113
.L138:
	mv	a2,s1
	lla	a1,.LC27
	ld	a0,stderr
	call	fprintf
	li	a0,127
	j	.L117
.L140:
	sraiw	a0,a0,8
	andi	a0,a0,0xff
	j	.L117
.L141:
	addi	a0,a4,128
	j	.L117
	.size	builtin_wait, .-builtin_wait
	.align	1
	.type	field_putc, @function
field_putc:
	ld	a5,24(a0)
	ld	a4,32(a0)
	addi	sp,sp,-48
	sd	s0,32(sp)
	sd	s2,16(sp)
	sd	ra,40(sp)
	sd	s1,24(sp)
	sd	s3,8(sp)
	addi	a3,a5,2
	mv	s0,a0
	mv	s2,a1
	bgtu	a3,a4,.L144
	ld	s1,16(a0)
.L145:
	addi	a4,a5,1
	sd	a4,24(s0)
	add	s1,s1,a5
	sb	s2,0(s1)
	ld	a5,16(s0)
	ld	a4,24(s0)
	add	a5,a5,a4
	sb	zero,0(a5)
	li	a5,1
	ld	ra,40(sp)
	sw	a5,40(s0)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	addi	sp,sp,48
	jr	ra
.L144:
	bne	a4,zero,.L155
	lla	a5,arena_used
	ld	s1,0(a5)
	li	a2,64
	li	a3,262144
	add	a4,s1,a2
	li	s3,64
	bgtu	a4,a3,.L156
.L147:
	lla	a3,arena
	add	s1,s1,a3
	li	a1,0
	mv	a0,s1
	sd	a4,0(a5)
	call	memset
	ld	a1,16(s0)
	beq	a1,zero,.L149
	ld	a2,24(s0)
	mv	a0,s1
	call	memcpy
.L149:
	ld	a5,24(s0)
	sd	s1,16(s0)
	sd	s3,32(s0)
	j	.L145
.L155:
	lla	a5,arena_used
	slli	s3,a4,1
	ld	s1,0(a5)
	addi	a2,s3,15
	andi	a2,a2,-16
	li	a3,262144
	add	a4,s1,a2
	bleu	a4,a3,.L147
.L156:
	ld	ra,40(sp)
	ld	s0,32(sp)
	li	a5,1
	sw	a5,out_of_memory,a4
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	addi	sp,sp,48
	jr	ra
	.size	field_putc, .-field_putc
	.align	1
	.type	field_end.part.0, @function
field_end.part.0:
	lw	a5,8(a0)
	lw	a3,12(a0)
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	addiw	a4,a5,1
	mv	s0,a0
	bge	a4,a3,.L158
	ld	a3,16(s0)
	ld	s1,0(a0)
	beq	a3,zero,.L171
.L164:
	slli	a5,a5,3
	sw	a4,8(s0)
	add	a5,s1,a5
	slli	a4,a4,3
	sd	a3,0(a5)
	add	s1,s1,a4
	sd	zero,0(s1)
	ld	ra,24(sp)
	sd	zero,16(s0)
	sd	zero,32(s0)
	sd	zero,24(s0)
	sw	zero,40(s0)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L158:
	bne	a3,zero,.L172
	lla	a5,arena_used
	ld	s1,0(a5)
	li	a2,64
	li	a3,262144
	add	a4,s1,a2
	li	s2,8
	bgtu	a4,a3,.L173
.L161:
	lla	a3,arena
	add	s1,s1,a3
	li	a1,0
	mv	a0,s1
	sd	a4,0(a5)
	call	memset
	ld	a1,0(s0)
	beq	a1,zero,.L163
	lw	a2,8(s0)
	mv	a0,s1
	slli	a2,a2,3
	call	memcpy
.L163:
	lw	a5,8(s0)
	ld	a3,16(s0)
	sd	s1,0(s0)
	sw	s2,12(s0)
	addiw	a4,a5,1
	bne	a3,zero,.L164
.L171:
	lla	a3,.LC1
	j	.L164
.L172:
	lla	a5,arena_used
	ld	s1,0(a5)
	slliw	s2,a3,1
	slli	a2,s2,3
	li	a3,262144
	add	a4,s1,a2
	bleu	a4,a3,.L161
.L173:
	ld	ra,24(sp)
	ld	s0,16(sp)
	li	a5,1
	sw	a5,out_of_memory,a4
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
	.size	field_end.part.0, .-field_end.part.0
	.align	1
	.type	field_puts, @function
field_puts:
	addi	sp,sp,-96
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	sd	s10,0(sp)
	lbu	s1,0(a1)
	beq	s1,zero,.L174
	mv	s2,a1
	mv	s0,a0
	mv	s5,a2
	li	s6,32
	li	s4,1
	lla	s7,arena_used
	li	s8,262144
	lla	s9,arena
.L175:
	beq	s5,zero,.L176
	ld	a5,24(s0)
	ld	s10,32(s0)
	addi	a4,a5,2
	bgtu	a4,s10,.L182
.L198:
	ld	s3,16(s0)
.L183:
	addi	a4,a5,1
	sd	a4,24(s0)
	add	s3,s3,a5
	sb	s1,0(s3)
	ld	a5,16(s0)
	ld	a4,24(s0)
	add	a5,a5,a4
	sb	zero,0(a5)
	sw	s4,40(s0)
.L186:
	lbu	s1,1(s2)
	addi	s2,s2,1
	bne	s1,zero,.L175
.L174:
	ld	ra,88(sp)
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s6,32(sp)
	ld	s7,24(sp)
	ld	s8,16(sp)
	ld	s9,8(sp)
	ld	s10,0(sp)
	addi	sp,sp,96
	jr	ra
.L178:
	lw	a5,40(s0)
	mv	a0,s0
	beq	a5,zero,.L197
	addi	s2,s2,1
	call	field_end.part.0
	lbu	s1,0(s2)
	beq	s1,zero,.L174
.L176:
	addiw	a5,s1,-9
	andi	a5,a5,0xff
	beq	s1,s6,.L178
	bleu	a5,s4,.L178
	ld	a5,24(s0)
	ld	s10,32(s0)
	addi	a4,a5,2
	bleu	a4,s10,.L198
.L182:
	beq	s10,zero,.L188
	ld	s3,0(s7)
	slli	s10,s10,1
	addi	a2,s10,15
	andi	a2,a2,-16
	add	a5,s3,a2
	bgtu	a5,s8,.L199
.L185:
	add	s3,s3,s9
	li	a1,0
	mv	a0,s3
	sd	a5,0(s7)
	call	memset
	ld	a1,16(s0)
	beq	a1,zero,.L187
	ld	a2,24(s0)
	mv	a0,s3
	call	memcpy
.L187:
	ld	a5,24(s0)
	sd	s3,16(s0)
	sd	s10,32(s0)
	j	.L183
.L197:
	lbu	s1,1(s2)
	addi	s2,s2,1
	bne	s1,zero,.L176
	j	.L174
.L188:
	ld	s3,0(s7)
	li	a2,64
	li	s10,64
	add	a5,s3,a2
	bleu	a5,s8,.L185
.L199:
	li	a5,1
	sw	a5,out_of_memory,a4
	j	.L186
	.size	field_puts, .-field_puts
	.section	.rodata.str1.8
	.align	3
.LC28:
	.string	"%d"
	.align	3
.LC29:
	.string	" "
	.text
	.align	1
	.type	expand_dollar, @function
expand_dollar:
	addi	sp,sp,-240
	sd	s1,216(sp)
	sd	s3,200(sp)
	sd	ra,232(sp)
	sd	s0,224(sp)
	sd	s2,208(sp)
	sd	s4,192(sp)
	sd	s5,184(sp)
	sd	s6,176(sp)
	sd	s7,168(sp)
	sd	s8,160(sp)
	lbu	a4,0(a1)
	li	a5,63
	mv	s3,a0
	mv	s1,a2
	beq	a4,a5,.L251
	addiw	a5,a4,-33
	andi	a5,a5,0xff
	li	a3,31
	mv	s2,a1
	bgtu	a5,a3,.L203
	lla	a3,.L205
	slli	a5,a5,2
	add	a5,a5,a3
	lw	a5,0(a5)
	add	a5,a5,a3
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L205:
	.word	.L208-.L205
	.word	.L203-.L205
	.word	.L207-.L205
	.word	.L206-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L204-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L203-.L205
	.word	.L204-.L205
	.text
.L251:
	addi	s0,sp,8
	lw	a3,last_status
	lla	a2,.LC28
	li	a1,24
	mv	a0,s0
	call	snprintf
.L202:
	li	s4,1
	mv	a1,s0
.L212:
	mv	a2,s1
	mv	a0,s3
	call	field_puts
.L210:
	ld	ra,232(sp)
	ld	s0,224(sp)
	ld	s1,216(sp)
	ld	s2,208(sp)
	ld	s3,200(sp)
	ld	s5,184(sp)
	ld	s6,176(sp)
	ld	s7,168(sp)
	ld	s8,160(sp)
	mv	a0,s4
	ld	s4,192(sp)
	addi	sp,sp,240
	jr	ra
.L203:
	mv	a0,a4
	call	isdigit
	mv	s4,a0
	beq	a0,zero,.L216
	lbu	a5,0(s2)
	addiw	a5,a5,-48
	beq	a5,zero,.L217
	lw	a4,npositional
	blt	a4,a5,.L231
	slli	a5,a5,3
	ld	a4,positional
	add	a5,a4,a5
	ld	a1,-8(a5)
	li	s4,1
	bne	a1,zero,.L212
	j	.L210
.L204:
	lla	s4,npositional
	lw	a5,0(s4)
	li	s0,0
	lla	s5,positional
	lla	s6,.LC29
	li	s7,64
	ble	a5,zero,.L215
.L209:
	beq	s0,zero,.L213
	beq	s1,zero,.L214
	lbu	a5,0(s2)
	beq	a5,s7,.L252
.L214:
	mv	a2,s1
	mv	a1,s6
	mv	a0,s3
	call	field_puts
.L213:
	ld	a5,0(s5)
	slli	a4,s0,3
	mv	a2,s1
	add	a5,a5,a4
	ld	a1,0(a5)
	mv	a0,s3
	addi	s0,s0,1
	call	field_puts
	lw	a4,0(s4)
	sext.w	a5,s0
	bgt	a4,a5,.L209
.L215:
	li	s4,1
	j	.L210
.L207:
	addi	s0,sp,8
	lw	a3,npositional
	lla	a2,.LC28
	li	a1,24
	mv	a0,s0
	call	snprintf
	j	.L202
.L208:
	lw	a3,last_bg_pid
	bne	a3,zero,.L253
	sb	zero,8(sp)
	addi	s0,sp,8
	j	.L202
.L206:
	addi	s0,sp,8
	lw	a3,shell_pid
	lla	a2,.LC28
	li	a1,24
	mv	a0,s0
	call	snprintf
	j	.L202
.L252:
	lw	a5,40(s3)
	beq	a5,zero,.L213
	mv	a0,s3
	call	field_end.part.0
	j	.L213
.L216:
	lbu	s0,0(s2)
	li	a5,123
	beq	s0,a5,.L254
	mv	a0,s0
	call	isalnum
	beq	a0,zero,.L255
.L225:
	lbu	a0,0(s2)
	call	isdigit
	mv	s0,a0
	bne	a0,zero,.L221
	addi	s7,sp,32
	mv	s4,s7
	li	s8,95
	li	s6,127
.L226:
	lbu	s5,0(s2)
	mv	a0,s5
	call	isalnum
	bne	a0,zero,.L227
	beq	s5,s8,.L227
.L228:
	addi	a5,s0,160
	add	a5,a5,sp
	mv	a0,s7
	sb	zero,-128(a5)
	call	getenv
	mv	a1,a0
	mv	s4,s0
	bne	a1,zero,.L212
	j	.L210
.L253:
	addi	s0,sp,8
	lla	a2,.LC28
	li	a1,24
	mv	a0,s0
	call	snprintf
	j	.L202
.L217:
	ld	a1,script_name
	li	s4,1
	bne	a1,zero,.L212
	j	.L210
.L255:
	li	a5,95
	beq	s0,a5,.L225
.L221:
	li	a1,36
	mv	a0,s3
	call	field_putc
	j	.L210
.L227:
	beq	s0,s6,.L228
	lbu	a5,0(s2)
	addiw	s0,s0,1
	addi	s2,s2,1
	sb	a5,0(s4)
	addi	s4,s4,1
	j	.L226
.L254:
	li	a1,125
	mv	a0,s2
	call	strchr
	beq	a0,zero,.L221
	sub	s0,a0,s2
	li	a5,128
	bgt	s0,a5,.L221
	addi	a1,s2,1
	beq	a1,a0,.L221
	addi	s4,s0,-1
	addi	s7,sp,32
	mv	a2,s4
	mv	a0,s7
	call	memcpy
	addi	a5,s0,159
	add	s4,a5,sp
	sb	zero,-128(s4)
	lbu	a0,32(sp)
	addiw	s4,s0,1
	call	isdigit
	beq	a0,zero,.L222
	lbu	a5,33(sp)
	bne	a5,zero,.L222
	lbu	a5,32(sp)
	addiw	a5,a5,-48
	beq	a5,zero,.L223
	lw	a4,npositional
	blt	a4,a5,.L232
	slli	a5,a5,3
	ld	a4,positional
	add	a5,a4,a5
	ld	a1,-8(a5)
	bne	a1,zero,.L212
	j	.L210
.L231:
	li	s4,1
	lla	a1,.LC1
	j	.L212
.L222:
	mv	a0,s7
	call	getenv
	mv	a1,a0
	bne	a1,zero,.L212
	j	.L210
.L223:
	ld	a1,script_name
	bne	a1,zero,.L212
	j	.L210
.L232:
	lla	a1,.LC1
	j	.L212
	.size	expand_dollar, .-expand_dollar
	.align	1
	.type	expand_word, @function
expand_word:
	addi	sp,sp,-112
	sd	s1,88(sp)
	sd	s2,80(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	mv	s2,a1
	lbu	a1,0(a1)
	mv	s1,a0
	beq	a1,zero,.L257
	li	s3,92
	li	s4,39
	li	s5,34
	li	s6,36
.L277:
	beq	a1,s3,.L295
	addi	s0,s2,1
	beq	a1,s4,.L296
	beq	a1,s5,.L297
	beq	a1,s6,.L298
	mv	a0,s1
	call	field_putc
	lbu	a1,1(s2)
	mv	s2,s0
	bne	a1,zero,.L277
.L257:
	lw	a5,40(s1)
	beq	a5,zero,.L256
.L280:
	ld	s0,96(sp)
	ld	ra,104(sp)
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
	mv	a0,s1
	ld	s1,88(sp)
	addi	sp,sp,112
	tail	field_end.part.0
.L295:
	lbu	a1,1(s2)
	beq	a1,zero,.L257
	mv	a0,s1
	call	field_putc
	lbu	a1,2(s2)
	addi	s0,s2,2
	mv	s2,s0
	bne	a1,zero,.L277
	j	.L257
.L298:
	mv	a1,s0
	li	a2,0
	mv	a0,s1
	call	expand_dollar
	add	s2,s0,a0
	lbu	a1,0(s2)
	bne	a1,zero,.L277
	j	.L257
.L296:
	li	a5,1
	sw	a5,40(s1)
	lbu	a1,1(s2)
	beq	a1,zero,.L280
	li	s2,39
	j	.L262
.L265:
	addi	s0,s0,1
	call	field_putc
	lbu	a1,0(s0)
	beq	a1,zero,.L257
.L262:
	mv	a0,s1
	bne	a1,s2,.L265
.L293:
	lbu	a1,1(s0)
	addi	s2,s0,1
	bne	a1,zero,.L277
	j	.L257
.L297:
	li	a5,1
	sw	a5,40(s1)
	lbu	a5,1(s2)
	beq	a5,zero,.L280
	li	s9,17
	slli	s9,s9,58
	li	s2,34
	li	s8,92
	li	s7,36
	li	s10,62
	addi	s9,s9,1
	j	.L268
.L269:
	addi	s11,s0,1
	li	a2,1
	beq	a5,s7,.L299
.L271:
	addi	s0,s0,1
	call	field_putc
.L272:
	lbu	a5,0(s0)
	beq	a5,zero,.L257
.L268:
	mv	a1,a5
	mv	a0,s1
	beq	a5,s2,.L293
	bne	a5,s8,.L269
	lbu	a3,1(s0)
	addiw	a5,a3,-34
	andi	a5,a5,0xff
	srl	a4,s9,a5
	andi	a4,a4,1
	beq	a3,s7,.L270
	bgtu	a5,s10,.L271
	beq	a4,zero,.L271
.L270:
	mv	a1,a3
	mv	a0,s1
	call	field_putc
	addi	s0,s0,2
	j	.L272
.L299:
	mv	a1,s11
	mv	a0,s1
	call	expand_dollar
	add	s0,s11,a0
	j	.L272
.L256:
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
	.size	expand_word, .-expand_word
	.section	.rodata.str1.8
	.align	3
.LC30:
	.string	"sh: %d: %s\n"
	.align	3
.LC31:
	.string	"sh: %s: ambiguous redirect\n"
	.align	3
.LC32:
	.string	"sh: %s: %s\n"
	.text
	.align	1
	.type	apply_redirs, @function
apply_redirs:
	beq	a0,zero,.L325
	addi	sp,sp,-144
	sd	s0,128(sp)
	sd	s1,120(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	ra,136(sp)
	sd	s2,112(sp)
	sd	s9,56(sp)
	mv	s0,a0
	mv	s3,a1
	mv	s1,a2
	li	s5,15
	li	s4,68
	li	s6,1
	li	s7,60
	li	s8,62
.L301:
	beq	s3,zero,.L303
	lw	a5,0(s1)
	ble	a5,s5,.L328
.L303:
	lw	a5,4(s0)
	andi	a5,a5,-33
	beq	a5,s4,.L329
	ld	s2,16(s0)
	mv	a0,sp
	sd	zero,0(sp)
	mv	a1,s2
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	call	expand_word
	lw	a5,8(sp)
	bne	a5,s6,.L330
	ld	a5,0(sp)
	ld	s9,0(a5)
	beq	s9,zero,.L308
	lw	a5,4(s0)
	li	a1,0
	beq	a5,s7,.L310
	li	a1,1089
	bne	a5,s8,.L310
	li	a1,577
.L310:
	li	a2,438
	mv	a0,s9
	call	open
	mv	s2,a0
	blt	a0,zero,.L331
	lw	a1,0(s0)
	beq	a1,a0,.L306
	call	dup2
	mv	a0,s2
	call	close
.L306:
	ld	s0,24(s0)
	bne	s0,zero,.L301
	li	a0,0
.L302:
	ld	ra,136(sp)
	ld	s0,128(sp)
	ld	s1,120(sp)
	ld	s2,112(sp)
	ld	s3,104(sp)
	ld	s4,96(sp)
	ld	s5,88(sp)
	ld	s6,80(sp)
	ld	s7,72(sp)
	ld	s8,64(sp)
	ld	s9,56(sp)
	addi	sp,sp,144
	jr	ra
.L329:
	lw	a0,8(s0)
	lw	a1,0(s0)
	blt	a0,zero,.L332
	call	dup2
	bge	a0,zero,.L306
	lw	s1,8(s0)
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s1
	lla	a1,.LC30
	mv	a0,s0
	call	fprintf
.L308:
	li	a0,-1
	j	.L302
.L328:
	lw	a0,0(s0)
	li	a2,10
	li	a1,1030
	call	fcntl
	lw	a5,0(s1)
	lw	a4,0(s0)
	slli	a5,a5,3
	add	a5,s3,a5
	sw	a4,0(a5)
	lw	a5,0(s1)
	slli	a5,a5,3
	add	a5,s3,a5
	sw	a0,4(a5)
	lw	a5,0(s1)
	addiw	a5,a5,1
	sw	a5,0(s1)
	j	.L303
.L332:
	mv	a0,a1
	call	close
	j	.L306
.L330:
	mv	a2,s2
	lla	a1,.LC31
	ld	a0,stderr
	call	fprintf
	li	a0,-1
	j	.L302
.L331:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s9
	lla	a1,.LC32
	mv	a0,s0
	call	fprintf
	li	a0,-1
	j	.L302
.L325:
	li	a0,0
	ret
	.size	apply_redirs, .-apply_redirs
	.align	1
	.type	apply_assignments, @function
apply_assignments:
	ble	a1,zero,.L344
	addi	sp,sp,-128
	slli	a1,a1,3
	sd	s1,104(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s2,96(sp)
	mv	s1,a0
	add	s3,a0,a1
	li	s4,1
	lla	s5,.LC1
	lla	s7,stderr
	lla	s6,.LC31
	j	.L339
.L335:
	ld	a5,0(sp)
	ld	a1,0(a5)
	beq	a1,zero,.L336
.L337:
	ld	a0,0(s1)
	li	a2,1
	addi	s1,s1,8
	call	setenv
	li	a5,61
	sb	a5,0(s0)
	beq	s1,s3,.L347
.L339:
	ld	a0,0(s1)
	li	a1,61
	call	strchr
	mv	s0,a0
	addi	s2,a0,1
	mv	a1,s2
	mv	a0,sp
	sb	zero,0(s0)
	sd	zero,0(sp)
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	call	expand_word
	lw	a5,8(sp)
	beq	a5,s4,.L335
	ld	a0,0(s7)
	mv	a2,s2
	mv	a1,s6
	call	fprintf
.L336:
	mv	a1,s2
	mv	a0,sp
	sd	zero,0(sp)
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	call	expand_word
	lw	a5,8(sp)
	mv	a1,s5
	beq	a5,zero,.L337
	ld	a5,0(sp)
	ld	a0,0(s1)
	li	a2,1
	ld	a1,0(a5)
	addi	s1,s1,8
	call	setenv
	li	a5,61
	sb	a5,0(s0)
	bne	s1,s3,.L339
.L347:
	ld	ra,120(sp)
	ld	s0,112(sp)
	ld	s1,104(sp)
	ld	s2,96(sp)
	ld	s3,88(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s6,64(sp)
	ld	s7,56(sp)
	addi	sp,sp,128
	jr	ra
.L344:
	ret
	.size	apply_assignments, .-apply_assignments
	.align	1
	.type	expand_words, @function
expand_words:
	addi	sp,sp,-80
	sd	s2,48(sp)
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	zero,0(sp)
	sd	zero,8(sp)
	sd	zero,16(sp)
	sd	zero,24(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	mv	s2,a2
	ble	a1,zero,.L354
	slli	a1,a1,3
	mv	s0,a0
	add	s1,a0,a1
.L350:
	ld	a1,0(s0)
	mv	a0,sp
	addi	s0,s0,8
	call	expand_word
	bne	s0,s1,.L350
	ld	s0,0(sp)
	lw	s1,8(sp)
	beq	s0,zero,.L349
.L351:
	ld	ra,72(sp)
	mv	a0,s0
	ld	s0,64(sp)
	sw	s1,0(s2)
	ld	s1,56(sp)
	ld	s2,48(sp)
	addi	sp,sp,80
	jr	ra
.L354:
	li	s1,0
.L349:
	lla	a5,arena_used
	ld	s0,0(a5)
	li	a3,262144
	addi	a4,s0,16
	bgtu	a4,a3,.L357
	lla	a3,arena
	add	s0,s0,a3
	mv	a0,s0
	li	a2,16
	li	a1,0
	sd	a4,0(a5)
	call	memset
	ld	ra,72(sp)
	mv	a0,s0
	ld	s0,64(sp)
	sw	s1,0(s2)
	ld	s1,56(sp)
	ld	s2,48(sp)
	addi	sp,sp,80
	jr	ra
.L357:
	li	a5,1
	sw	a5,out_of_memory,a4
	li	s0,0
	j	.L351
	.size	expand_words, .-expand_words
	.section	.rodata.str1.8
	.align	3
.LC33:
	.string	"echo"
	.align	3
.LC34:
	.string	" (core dumped)"
	.align	3
.LC35:
	.string	"sh: pipe: %s\n"
	.align	3
.LC36:
	.string	"sh: fork: %s\n"
	.align	3
.LC37:
	.string	"/dev/null"
	.align	3
.LC38:
	.string	"sh: %s: command not found\n"
	.align	3
.LC39:
	.string	"sh"
	.align	3
.LC40:
	.string	"/bin/sh"
	.align	3
.LC41:
	.string	"[%d] %d\n"
	.align	3
.LC42:
	.string	"%s%s\n"
	.text
	.align	1
	.type	run_pipeline.isra.0, @function
run_pipeline.isra.0:
	ld	a5,24(a0)
	addi	sp,sp,-256
	sd	s1,232(sp)
	sd	s2,224(sp)
	sd	ra,248(sp)
	sd	s0,240(sp)
	sd	s3,216(sp)
	sd	s4,208(sp)
	sd	s5,200(sp)
	sd	s6,192(sp)
	sd	s7,184(sp)
	sd	s8,176(sp)
	sd	s9,168(sp)
	sd	s10,160(sp)
	sd	s11,152(sp)
	mv	s1,a0
	mv	s2,a1
	beq	a5,zero,.L459
.L359:
	li	s6,1
.L374:
	ld	a5,24(a5)
	addiw	s6,s6,1
	bne	a5,zero,.L374
.L375:
	lla	s10,arena_used
	ld	s9,0(s10)
	slli	a2,s6,2
	addi	a2,a2,15
	andi	a2,a2,-16
	add	a5,a2,s9
	li	a4,262144
	bgtu	a5,a4,.L460
	lla	a4,arena
	add	s9,a4,s9
	li	a1,0
	mv	a0,s9
	sd	a5,0(s10)
	call	memset
	lla	a5,stdout
	ld	a0,0(a5)
	mv	s0,s9
	mv	s3,s9
	call	fflush
	li	s5,-1
	li	s4,0
	li	s7,0
	li	s8,-1
	j	.L404
.L380:
	beq	a0,zero,.L461
	beq	s2,zero,.L400
	bne	s7,zero,.L401
	mv	s7,a0
.L401:
	mv	a1,s7
	mv	a0,s11
	call	setpgid
.L400:
	sw	s11,0(s3)
	blt	s5,zero,.L402
	mv	a0,s5
	call	close
.L402:
	lw	a0,20(sp)
	blt	a0,zero,.L403
	call	close
.L403:
	ld	s1,24(s1)
	lw	s5,16(sp)
	addiw	s4,s4,1
	addi	s3,s3,4
	beq	s1,zero,.L405
.L404:
	ld	a5,24(s1)
	sd	s8,16(sp)
	beq	a5,zero,.L378
	li	a1,524288
	addi	a0,sp,16
	call	pipe2
	blt	a0,zero,.L462
.L378:
	call	fork
	mv	s11,a0
	bge	a0,zero,.L380
	lw	a0,errno
	ld	s1,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC36
	mv	a0,s1
	call	fprintf
	lw	a0,16(sp)
	bge	a0,zero,.L463
.L405:
	bge	s5,zero,.L464
.L406:
	bne	s2,zero,.L465
.L407:
	sw	zero,16(sp)
	beq	s4,zero,.L377
	addiw	s7,s4,-1
	li	s8,0
	addi	s3,sp,16
	lla	s5,errno
	li	s1,4
	j	.L412
.L467:
	lw	a5,0(s5)
	bne	a5,s1,.L466
.L412:
	lw	a0,0(s0)
	li	a2,0
	mv	a1,s3
	call	waitpid
	blt	a0,zero,.L467
	beq	s7,s2,.L468
.L415:
	addiw	s2,s2,1
	addi	s0,s0,4
	bne	s2,s4,.L412
	blt	s2,s6,.L377
.L427:
	ld	ra,248(sp)
	ld	s0,240(sp)
	ld	s1,232(sp)
	ld	s2,224(sp)
	ld	s3,216(sp)
	ld	s4,208(sp)
	ld	s5,200(sp)
	ld	s6,192(sp)
	ld	s7,184(sp)
	ld	s9,168(sp)
	ld	s10,160(sp)
	ld	s11,152(sp)
	mv	a0,s8
	ld	s8,176(sp)
	addi	sp,sp,256
	jr	ra
.L459:
	beq	a1,zero,.L469
	li	s6,1
	j	.L375
.L464:
	mv	a0,s5
	call	close
	beq	s2,zero,.L407
.L465:
	beq	s4,zero,.L408
	slli	s4,s4,2
	add	s9,s9,s4
	lw	a3,-4(s9)
	lw	a5,interactive
	sw	a3,last_bg_pid,a4
	beq	a5,zero,.L410
	li	a2,1
	lla	a1,.LC41
	ld	a0,stderr
	call	fprintf
.L410:
	li	s8,0
	j	.L427
.L466:
	bne	s7,s2,.L415
	li	s8,127
	j	.L415
.L468:
	lw	s9,16(sp)
	andi	a5,s9,127
	addiw	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	sraiw	a5,a5,1
	slliw	a5,a5,24
	andi	a0,s9,127
	sraiw	a5,a5,24
	beq	a0,zero,.L470
	bgt	a5,zero,.L471
	sraiw	a5,s9,8
	andi	a5,a5,255
	addi	s8,a5,128
	j	.L415
.L460:
	li	a5,1
	sw	a5,out_of_memory,a4
.L377:
	li	s8,1
	j	.L427
.L408:
	sw	zero,last_bg_pid,a5
	li	s8,0
	j	.L427
.L469:
	lw	a1,8(a0)
	ld	a0,0(a0)
	call	count_assignments
	lw	a1,8(s1)
	ld	a4,0(s1)
	mv	s0,a0
	slli	a0,a0,3
	addi	a2,sp,8
	subw	a1,a1,s0
	add	a0,a4,a0
	call	expand_words
	lw	s8,8(sp)
	mv	s4,a0
	bne	s8,zero,.L472
	ld	a0,stdout
	sw	zero,12(sp)
	call	fflush
	ld	a0,16(s1)
	addi	s3,sp,16
	addi	a2,sp,12
	mv	a1,s3
	call	apply_redirs
	bge	a0,zero,.L473
.L365:
	li	s8,1
.L367:
	lw	a5,12(sp)
	ble	a5,zero,.L427
	slli	a4,a5,3
	addiw	a5,a5,-1
	addi	s0,a4,-8
	add	s2,sp,a4
	slli	a4,a5,32
	srli	a5,a4,29
	add	s0,s3,s0
	sub	s2,s2,a5
	j	.L372
.L474:
	mv	a0,s1
	call	dup2
	mv	a0,s1
	call	close
.L371:
	addi	s0,s0,-8
	beq	s2,s0,.L427
.L372:
	lw	s1,4(s0)
	lw	a1,0(s0)
	bge	s1,zero,.L474
	mv	a0,a1
	call	close
	j	.L371
.L463:
	call	close
	lw	a0,20(sp)
	call	close
	blt	s5,zero,.L406
	j	.L464
.L471:
	li	a5,2
	addi	s8,a0,128
	beq	a0,a5,.L475
	li	a5,13
	beq	a0,a5,.L415
.L417:
	ld	s10,stderr
	andi	s9,s9,128
	call	strsignal
	mv	a2,a0
	lla	a3,.LC1
	beq	s9,zero,.L422
	lla	a3,.LC34
.L422:
	lla	a1,.LC42
	mv	a0,s10
	call	fprintf
	j	.L415
.L462:
	lw	a0,errno
	ld	s1,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC35
	mv	a0,s1
	call	fprintf
	blt	s5,zero,.L406
	j	.L464
.L470:
	sraiw	s8,s9,8
	andi	s8,s8,0xff
	bgt	a5,zero,.L417
	j	.L415
.L473:
	ld	a0,0(s1)
	mv	a1,s0
	call	apply_assignments
	j	.L367
.L475:
	lw	a5,interactive
	beq	a5,zero,.L415
	ld	a1,stderr
	li	a0,10
	call	fputc
	j	.L415
.L472:
	ld	s3,0(a0)
	lla	s0,.LANCHOR1
	lla	a0,.LC33
	j	.L363
.L477:
	ld	a0,16(s0)
	addi	s0,s0,16
	beq	a0,zero,.L476
.L363:
	mv	a1,s3
	call	strcmp
	bne	a0,zero,.L477
	lla	s2,stdout
	ld	a0,0(s2)
	sw	zero,12(sp)
	addi	s3,sp,16
	call	fflush
	ld	a0,16(s1)
	addi	a2,sp,12
	mv	a1,s3
	call	apply_redirs
	blt	a0,zero,.L365
	ld	a5,8(s0)
	mv	a0,s8
	mv	a1,s4
	jalr	a5
	mv	s8,a0
	ld	a0,0(s2)
	call	fflush
	j	.L367
.L476:
	ld	a5,24(s1)
	bne	a5,zero,.L359
	li	s6,1
	j	.L375
.L461:
	beq	s2,zero,.L383
	mv	a1,s7
	call	setpgid
	li	a1,1
	li	a0,2
	call	signal
	li	a1,1
	li	a0,3
	call	signal
	bge	s5,zero,.L386
	li	a1,0
	lla	a0,.LC37
	call	open
	mv	s0,a0
	ble	a0,zero,.L385
	li	a1,0
	call	dup2
	mv	a0,s0
	call	close
.L385:
	lw	a0,20(sp)
	blt	a0,zero,.L388
	li	a1,1
	call	dup2
.L388:
	ld	a0,16(s1)
	li	a2,0
	li	a1,0
	call	apply_redirs
	blt	a0,zero,.L478
	lw	a1,8(s1)
	ld	a0,0(s1)
	call	count_assignments
	mv	s0,a0
	ld	a0,0(s1)
	mv	a1,s0
	call	apply_assignments
	lw	a1,8(s1)
	ld	a0,0(s1)
	slli	a5,s0,3
	addi	a2,sp,12
	subw	a1,a1,s0
	add	a0,a0,a5
	call	expand_words
	lw	s2,12(sp)
	mv	s1,a0
	bne	s2,zero,.L390
	li	a0,0
	call	_exit
.L383:
	li	a1,0
	li	a0,2
	call	signal
	li	a1,0
	li	a0,3
	call	signal
	blt	s5,zero,.L385
.L386:
	li	a1,0
	mv	a0,s5
	call	dup2
	mv	a0,s5
	call	close
	j	.L385
.L390:
	ld	s3,0(a0)
	lla	s0,.LANCHOR1
	lla	a0,.LC33
	j	.L392
.L480:
	ld	a0,16(s0)
	addi	s0,s0,16
	beq	a0,zero,.L479
.L392:
	mv	a1,s3
	call	strcmp
	bne	a0,zero,.L480
	ld	a5,8(s0)
	mv	a1,s1
	mv	a0,s2
	jalr	a5
	lla	a5,stdout
	mv	s0,a0
	ld	a0,0(a5)
	call	fflush
	mv	a0,s0
	call	_exit
.L478:
	li	a0,1
	call	_exit
.L479:
	ld	a0,0(s1)
	mv	a1,s1
	call	execvp
	li	a5,2
	lw	s3,errno
	beq	s3,a5,.L481
	li	a5,8
	beq	s3,a5,.L482
.L396:
	ld	s1,0(s1)
	mv	a0,s3
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s1
	lla	a1,.LC32
	mv	a0,s0
	call	fprintf
	li	a0,126
.L425:
	call	_exit
.L482:
	addiw	a2,s2,2
	ld	a4,0(s10)
	slli	a2,a2,3
	addi	a2,a2,15
	andi	a2,a2,-16
	add	a5,a2,a4
	li	a3,262144
	bgtu	a5,a3,.L483
	lla	a3,arena
	add	s0,a3,a4
	li	a1,0
	mv	a0,s0
	sd	a5,0(s10)
	call	memset
	lla	a5,.LC39
	sd	a5,0(s0)
	addi	a4,s0,8
	li	a5,0
	j	.L398
.L399:
	slli	a3,a5,3
	add	a3,s1,a3
	ld	a3,0(a3)
	addi	a4,a4,8
	addi	a5,a5,1
	sd	a3,-8(a4)
.L398:
	sext.w	a3,a5
	blt	a3,s2,.L399
	ld	a2,environ
	mv	a1,s0
	lla	a0,.LC40
	call	execve
	j	.L396
.L481:
	ld	a0,0(s1)
	li	a1,47
	call	strchr
	beq	a0,zero,.L484
	ld	s1,0(s1)
	li	a0,2
	ld	s0,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s1
	lla	a1,.LC32
	mv	a0,s0
	call	fprintf
	li	a0,127
	j	.L425
.L483:
	li	a5,1
	sw	a5,out_of_memory,a4
	j	.L396
.L484:
	ld	a2,0(s1)
	lla	a1,.LC38
	ld	a0,stderr
	call	fprintf
	li	a0,127
	call	_exit
	.size	run_pipeline.isra.0, .-run_pipeline.isra.0
	.align	1
	.type	run_job, @function
run_job:
	lw	a5,8(a0)
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	ra,72(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	ld	s0,0(a0)
	beq	a5,zero,.L486
	ld	a5,16(s0)
	mv	s1,a0
	beq	a5,zero,.L514
.L487:
	ld	a0,stdout
	call	fflush
	call	fork
	mv	s0,a0
	beq	a0,zero,.L515
	bgt	a0,zero,.L516
.L488:
	li	a0,0
.L491:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	addi	sp,sp,80
	jr	ra
.L486:
	beq	s0,zero,.L488
	lla	s4,last_status
	lla	s3,exit_requested
	li	s1,2
	li	s2,3
.L507:
	ld	a0,0(s0)
	li	a1,0
	call	run_pipeline.isra.0
	lw	a5,8(s0)
	beq	a5,zero,.L493
	seqz	a0,a0
.L493:
	lw	a5,0(s3)
	sw	a0,0(s4)
	bge	a5,zero,.L491
	ld	a5,16(s0)
	beq	a5,zero,.L491
	mv	a4,s0
	j	.L513
.L495:
	bne	a5,s2,.L507
	bne	a0,zero,.L507
.L496:
	ld	a5,16(s0)
	mv	a4,s0
	beq	a5,zero,.L491
.L513:
	mv	s0,a5
	lw	a5,12(a4)
	bne	a5,s1,.L495
	bne	a0,zero,.L496
	j	.L507
.L514:
	lw	a5,8(s0)
	bne	a5,zero,.L487
	ld	a0,0(s0)
	li	a1,1
	call	run_pipeline.isra.0
	li	a0,0
	j	.L491
.L516:
	mv	a1,a0
	call	setpgid
	li	a0,0
	sw	s0,last_bg_pid,a5
	j	.L491
.L515:
	li	a1,0
	call	setpgid
	li	a1,1
	li	a0,2
	call	signal
	ld	a2,8(s1)
	ld	a3,0(s1)
	ld	a4,16(s1)
	ld	a5,24(s1)
	sd	a2,8(sp)
	mv	a0,sp
	sd	a3,0(sp)
	sd	a4,16(sp)
	sd	a5,24(sp)
	sw	zero,interactive,a2
	sw	zero,8(sp)
	call	run_job
	call	_exit
	.size	run_job, .-run_job
	.section	.rodata.str1.8
	.align	3
.LC43:
	.string	"unexpected EOF while looking for matching `''"
	.align	3
.LC44:
	.string	"unexpected EOF while looking for matching `\"'"
	.text
	.align	1
	.type	next_token, @function
next_token:
	addi	sp,sp,-64
	sd	s1,40(sp)
	lla	s1,lex_pos
	ld	a5,0(s1)
	sd	s3,24(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s2,32(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	lbu	a2,0(a5)
	li	a3,8388608
	addi	a3,a3,17
	slli	a3,a3,9
	mv	s3,a0
	srl	a4,a3,a2
	li	a0,32
	li	a1,0
	andi	a4,a4,1
	bgtu	a2,a0,.L518
.L617:
	bne	a4,zero,.L612
	beq	a1,zero,.L569
	sd	a5,0(s1)
.L569:
	ld	s4,0(s1)
	lbu	a0,0(s4)
	beq	a0,zero,.L571
.L619:
	li	a5,10
	beq	a0,a5,.L571
	call	isdigit
	beq	a0,zero,.L532
	mv	s2,s4
	li	s0,0
	j	.L528
.L531:
	lbu	s0,0(s2)
	addi	s2,s2,1
	addiw	s0,s0,-48
	addw	s0,s0,a5
.L528:
	lbu	a0,0(s2)
	call	isdigit
	slliw	a5,s0,2
	addw	a5,a5,s0
	slliw	a5,a5,1
	bne	a0,zero,.L531
	lbu	a5,0(s2)
	li	a4,60
	beq	a5,a4,.L529
	li	a4,62
	beq	a5,a4,.L533
.L532:
	lbu	a5,0(s4)
	li	a4,60
	beq	a5,a4,.L613
	li	a4,62
	beq	a5,a4,.L614
	li	a4,124
	beq	a5,a4,.L615
	li	a4,38
	bne	a5,a4,.L540
	lbu	a3,1(s4)
	ld	a4,0(s1)
	beq	a3,a5,.L616
	addi	a4,a4,1
	sd	a4,0(s1)
	li	a5,5
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L612:
	lbu	a2,1(a5)
	mv	a1,a4
	addi	a5,a5,1
	srl	a4,a3,a2
	andi	a4,a4,1
	bleu	a2,a0,.L617
.L518:
	beq	a1,zero,.L521
	sd	a5,0(s1)
.L521:
	li	a4,35
	addi	a5,a5,1
	li	a3,10
	bne	a2,a4,.L569
.L527:
	lbu	a4,0(a5)
	mv	s4,a5
	addi	a5,a5,1
	beq	a4,zero,.L618
	bne	a4,a3,.L527
	lbu	a0,0(s4)
	sd	s4,0(s1)
	bne	a0,zero,.L619
.L571:
	li	a5,8
	li	s2,0
	li	s0,-1
	li	a4,0
.L526:
	sw	s0,16(s3)
	ld	ra,56(sp)
	ld	s0,48(sp)
	sd	s2,8(s3)
	sw	a5,0(s3)
	sw	a4,20(s3)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	ld	s6,0(sp)
	mv	a0,s3
	ld	s3,24(sp)
	addi	sp,sp,64
	jr	ra
.L615:
	lbu	a3,1(s4)
	ld	a4,0(s1)
	beq	a3,a5,.L620
	addi	a4,a4,1
	sd	a4,0(s1)
	li	a5,1
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L613:
	mv	s2,s4
	li	s0,-1
.L529:
	lbu	a4,1(s2)
	li	a5,38
	beq	a4,a5,.L574
	addi	s2,s2,1
	li	a4,60
.L535:
	sd	s2,0(s1)
	li	a5,6
	li	s2,0
	j	.L526
.L614:
	mv	s2,s4
	li	s0,-1
.L533:
	lbu	a5,1(s2)
	li	a4,62
	beq	a5,a4,.L621
	li	a4,38
	beq	a5,a4,.L575
	addi	s2,s2,1
	li	a4,62
	j	.L535
.L540:
	li	a4,59
	beq	a5,a4,.L622
	li	a4,33
	beq	a5,a4,.L623
	mv	s5,s4
	li	a2,16
	li	s0,0
	beq	a5,zero,.L546
.L544:
	li	s0,8388608
	addi	s0,s0,17
	mv	s5,s4
	li	s2,10
	li	s6,32
	slli	s0,s0,9
.L557:
	beq	a5,s2,.L565
	bgtu	a5,s6,.L559
	srl	a4,s0,a5
	andi	a4,a4,1
	bne	a4,zero,.L565
	ld	a4,.LC45
	sra	a4,a4,a5
	andi	a4,a4,1
	beq	a4,zero,.L565
	addi	a0,s5,1
.L566:
	li	a3,34
	lbu	a4,1(s5)
	beq	a5,a3,.L624
	mv	a5,a4
	mv	s5,a0
.L548:
	bne	a5,zero,.L557
	mv	a3,s5
.L547:
	sub	s0,a3,s4
	addi	a2,s0,16
	andi	a2,a2,-16
	mv	s5,a3
	j	.L546
.L565:
	sub	s0,s5,s4
	addi	a2,s0,16
	andi	a2,a2,-16
.L546:
	lla	a5,arena_used
	ld	s2,0(a5)
	li	a3,262144
	add	a4,s2,a2
	bgtu	a4,a3,.L625
	lla	a3,arena
	add	s2,s2,a3
	li	a1,0
	mv	a0,s2
	sd	a4,0(a5)
	call	memset
	mv	a2,s0
	mv	a1,s4
	mv	a0,s2
	call	memcpy
	li	s0,-1
	sd	s5,0(s1)
	li	a5,0
	li	a4,0
	j	.L526
.L621:
	addi	s2,s2,2
	li	a4,97
	j	.L535
.L623:
	lbu	a3,1(s4)
	li	a4,32
	bgtu	a3,a4,.L544
	li	a4,8388608
	addi	a4,a4,17
	slli	a4,a4,9
	srl	a4,a4,a3
	andi	a4,a4,1
	bne	a4,zero,.L545
	beq	a3,zero,.L545
	li	a4,10
	bne	a3,a4,.L544
.L545:
	ld	a4,0(s1)
	li	a5,7
.L611:
	addi	a4,a4,1
	sd	a4,0(s1)
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L574:
	li	a4,100
	addi	s2,s2,2
	j	.L535
.L622:
	ld	a4,0(s1)
	li	a5,4
	j	.L611
.L625:
	li	a5,1
	sw	a5,out_of_memory,a4
.L556:
	li	a5,9
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L620:
	addi	a4,a4,2
	sd	a4,0(s1)
	li	a5,3
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L616:
	addi	a4,a4,2
	sd	a4,0(s1)
	li	a5,2
	li	s2,0
	li	s0,-1
	li	a4,0
	j	.L526
.L575:
	li	a4,68
	addi	s2,s2,2
	j	.L535
.L624:
	beq	a4,zero,.L551
	li	a2,92
.L550:
	lbu	a5,1(a0)
	beq	a4,a3,.L626
	beq	a4,a2,.L627
	mv	a4,a5
	addi	a0,a0,1
.L553:
	bne	a4,zero,.L550
.L551:
	lla	a5,.LC44
	sd	a5,syntax_error,a4
	j	.L556
.L627:
	beq	a5,zero,.L551
	lbu	a4,2(a0)
	addi	a0,a0,2
	j	.L553
.L626:
	addi	s5,a0,1
	j	.L548
.L618:
	sd	s4,0(s1)
	li	a5,8
	li	s2,0
	li	s0,-1
	j	.L526
.L559:
	li	a4,124
	beq	a5,a4,.L565
	li	a4,62
	bleu	a5,a4,.L562
	li	a4,92
	addi	a3,s5,1
	beq	a5,a4,.L628
	lbu	a5,1(s5)
	mv	s5,a3
	j	.L548
.L628:
	lbu	a5,1(s5)
	beq	a5,zero,.L547
	lbu	a5,2(s5)
	addi	s5,s5,2
	j	.L548
.L562:
	ld	a4,.LC45
	sra	a4,a4,a5
	andi	a4,a4,1
	beq	a4,zero,.L565
	li	a4,39
	addi	a0,s5,1
	bne	a5,a4,.L566
	li	a1,39
	call	strchr
	beq	a0,zero,.L629
	lbu	a5,1(a0)
	addi	s5,a0,1
	j	.L548
.L629:
	lla	a5,.LC43
	sd	a5,syntax_error,a4
	j	.L556
	.size	next_token, .-next_token
	.section	.rodata.str1.8
	.align	3
.LC46:
	.string	"line too long"
	.align	3
.LC47:
	.string	"-"
	.align	3
.LC48:
	.string	"%s: ambiguous redirect"
	.align	3
.LC49:
	.string	"sh: %s\n"
	.align	3
.LC50:
	.string	"sh: line too long\n"
	.text
	.align	1
	.type	run_line, @function
run_line:
	addi	sp,sp,-208
	mv	a5,a0
	addi	a0,sp,48
	sd	a5,lex_pos,a4
	sd	s1,184(sp)
	sd	s4,160(sp)
	sd	s8,128(sp)
	sd	zero,arena_used,a4
	sw	zero,out_of_memory,a4
	sd	zero,syntax_error,a5
	sd	ra,200(sp)
	sd	s0,192(sp)
	sd	s2,176(sp)
	sd	s3,168(sp)
	sd	s5,152(sp)
	sd	s6,144(sp)
	sd	s7,136(sp)
	sd	s9,120(sp)
	sd	s10,112(sp)
	sd	s11,104(sp)
	call	next_token
	ld	a5,48(sp)
	lla	s1,.LANCHOR0
	addi	a3,sp,80
	sd	a5,96(s1)
	ld	a4,56(sp)
	sd	zero,80(sp)
	sext.w	a5,a5
	sd	a4,104(s1)
	ld	a4,64(sp)
	sd	a3,32(sp)
	lla	s4,arena_used
	sd	a4,112(s1)
	li	a4,8
	lla	s8,.LC47
	beq	a5,a4,.L697
.L631:
	li	a4,9
	beq	a5,a4,.L698
	ld	a4,0(s4)
	li	s0,262144
	addi	a5,a4,32
	bgtu	a5,s0,.L639
	lla	s6,arena
	add	a4,s6,a4
	mv	a0,a4
	li	a2,32
	li	a1,0
	mv	s2,a4
	sd	a4,40(sp)
	sd	a5,0(s4)
	call	memset
	ld	a5,0(s4)
	addi	a4,a5,32
	bgtu	a4,s0,.L639
	sd	s2,24(sp)
	li	s5,262144
.L665:
	add	a5,s6,a5
	mv	a0,a5
	li	a2,32
	li	a1,0
	sd	a5,16(sp)
	sd	a4,0(s4)
	call	memset
	lw	a4,96(s1)
	li	a5,7
	beq	a4,a5,.L699
.L640:
	ld	s0,0(s4)
	addi	a5,s0,32
	bgtu	a5,s5,.L648
	ld	a4,16(sp)
	sd	a4,8(sp)
.L662:
	add	s0,s6,s0
	li	a2,32
	li	a1,0
	mv	a0,s0
	sd	a5,0(s4)
	call	memset
	ld	a5,0(s4)
	addi	a4,a5,64
	bgtu	a4,s5,.L700
	add	s3,s6,a5
	li	a2,64
	li	a1,0
	mv	a0,s3
	sd	a4,0(s4)
	addi	s9,s0,16
	call	memset
	li	s2,8
	sd	s3,0(s0)
	li	s11,68
	li	s10,1000
	li	s7,60
	j	.L644
.L701:
	lw	a5,8(s0)
	addiw	a4,a5,1
	bge	a4,s2,.L646
	ld	s3,0(s0)
.L647:
	ld	a3,104(s1)
	slli	a5,a5,3
	sw	a4,8(s0)
	add	s3,s3,a5
	sd	a3,0(s3)
	addi	a0,sp,48
	call	next_token
.L694:
	ld	a5,48(sp)
	sd	a5,96(s1)
	ld	a5,56(sp)
	sd	a5,104(s1)
	ld	a5,64(sp)
	sd	a5,112(s1)
.L644:
	lw	a5,96(s1)
	beq	a5,zero,.L701
	li	a4,6
	bne	a5,a4,.L650
	ld	s3,0(s4)
	addi	a5,s3,32
	bgtu	a5,s5,.L648
	add	s3,s6,s3
	li	a2,32
	li	a1,0
	mv	a0,s3
	sd	a5,0(s4)
	call	memset
	lw	a5,116(s1)
	lw	a4,112(s1)
	sw	a5,4(s3)
	blt	a4,zero,.L702
.L651:
	addi	a0,sp,48
	sw	a4,0(s3)
	call	next_token
	ld	a5,48(sp)
	ld	a0,56(sp)
	sd	a5,96(s1)
	sd	a0,104(s1)
	ld	a4,64(sp)
	sext.w	a5,a5
	sd	a4,112(s1)
	bne	a5,zero,.L703
	lw	a5,4(s3)
	andi	a5,a5,-33
	beq	a5,s11,.L704
	sd	a0,16(s3)
.L658:
	sd	s3,0(s9)
	addi	a0,sp,48
	call	next_token
	addi	s9,s3,24
	j	.L694
.L646:
	ld	s3,0(s4)
	slli	a2,s2,4
	add	a5,a2,s3
	bgtu	a5,s5,.L648
	add	s3,s6,s3
	li	a1,0
	mv	a0,s3
	sd	a5,0(s4)
	call	memset
	ld	a1,0(s0)
	slli	a2,s2,3
	mv	a0,s3
	call	memcpy
	lw	a5,8(s0)
	slliw	s2,s2,1
	sd	s3,0(s0)
	addiw	a4,a5,1
	j	.L647
.L650:
	lw	a4,8(s0)
	bne	a4,zero,.L659
	ld	a4,16(s0)
	beq	a4,zero,.L696
.L659:
	ld	a4,8(sp)
	addi	a3,s0,24
	sd	a3,8(sp)
	sd	s0,0(a4)
	li	a4,1
	bne	a5,a4,.L660
	addi	a0,sp,48
	call	next_token
	ld	a5,48(sp)
	ld	s0,0(s4)
	sd	a5,96(s1)
	ld	a5,56(sp)
	sd	a5,104(s1)
	ld	a5,64(sp)
	sd	a5,112(s1)
	addi	a5,s0,32
	bleu	a5,s5,.L662
.L648:
	li	a5,1
	sw	a5,out_of_memory,a4
	lla	a5,syntax_error
.L632:
	ld	a2,0(a5)
	beq	a2,zero,.L673
.L672:
	lw	a5,out_of_memory
	ld	a0,stderr
	beq	a5,zero,.L674
	lla	a2,.LC46
	j	.L674
.L704:
	li	a2,10
	addi	a1,sp,88
	call	strtol
	ld	a4,88(sp)
	mv	a5,a0
	ld	a0,104(s1)
	lbu	a3,0(a4)
	bne	a3,zero,.L655
	beq	a4,a0,.L655
	sext.w	a4,a5
	bgtu	a5,s10,.L655
	sw	a4,8(s3)
	j	.L658
.L655:
	mv	a1,s8
	call	strcmp
	bne	a0,zero,.L705
	li	a4,-1
	sw	a4,8(s3)
	j	.L658
.L702:
	li	a4,0
	beq	a5,s7,.L651
	addi	a5,a5,-100
	snez	a4,a5
	j	.L651
.L700:
	li	a5,1
	sw	a5,out_of_memory,a4
	sd	zero,0(s0)
	lla	a5,syntax_error
	j	.L632
.L703:
	lw	a2,116(s1)
	mv	a1,a0
	mv	a0,a5
	call	unexpected.isra.0
	lla	a5,syntax_error
	j	.L632
.L660:
	ld	a2,16(sp)
	ld	a3,24(sp)
	addi	a1,a2,16
	sd	a2,0(a3)
	sd	a1,24(sp)
	addiw	a3,a5,-2
	bgtu	a3,a4,.L663
	sw	a5,12(a2)
	addi	a0,sp,48
	call	next_token
	ld	a4,48(sp)
	ld	a5,0(s4)
	sd	a4,96(s1)
	ld	a4,56(sp)
	sd	a4,104(s1)
	ld	a4,64(sp)
	sd	a4,112(s1)
	addi	a4,a5,32
	bleu	a4,s5,.L665
.L639:
	li	a5,1
	sw	a5,out_of_memory,a4
	ld	a5,syntax_error
	bne	a5,zero,.L706
.L673:
	li	a0,0
.L691:
	ld	ra,200(sp)
	ld	s0,192(sp)
	ld	s1,184(sp)
	ld	s2,176(sp)
	ld	s3,168(sp)
	ld	s4,160(sp)
	ld	s5,152(sp)
	ld	s6,144(sp)
	ld	s7,136(sp)
	ld	s8,128(sp)
	ld	s9,120(sp)
	ld	s10,112(sp)
	ld	s11,104(sp)
	addi	sp,sp,208
	jr	ra
.L705:
	ld	a3,104(s1)
	lla	s0,.LANCHOR0+120
	lla	a2,.LC48
	li	a1,96
	mv	a0,s0
	call	snprintf
	lla	a5,syntax_error
	sd	s0,0(a5)
	j	.L632
.L699:
	ld	a4,16(sp)
	li	a5,1
	addi	a0,sp,48
	sw	a5,8(a4)
	call	next_token
	ld	a5,48(sp)
	sd	a5,96(s1)
	ld	a5,56(sp)
	sd	a5,104(s1)
	ld	a5,64(sp)
	sd	a5,112(s1)
	j	.L640
.L663:
	li	a3,5
	beq	a5,a3,.L707
	li	a4,4
	beq	a5,a4,.L708
	li	a4,8
	bne	a5,a4,.L696
	ld	a5,32(sp)
	ld	a4,40(sp)
	sd	a4,0(a5)
.L670:
	ld	s0,80(sp)
	lla	s1,last_status
	lla	s2,exit_requested
	lla	s3,out_of_memory
	bne	s0,zero,.L671
.L697:
	lla	a5,syntax_error
	j	.L632
.L710:
	lw	a5,0(s3)
	bne	a5,zero,.L709
	ld	s0,24(s0)
	beq	s0,zero,.L673
.L671:
	mv	a0,s0
	call	run_job
	lw	a5,8(s0)
	lw	a4,0(s2)
	seqz	a5,a5
	neg	a5,a5
	and	a5,a0,a5
	sw	a5,0(s1)
	blt	a4,zero,.L710
	li	a0,1
	j	.L691
.L696:
	lw	a2,116(s1)
	ld	a1,104(s1)
	mv	a0,a5
	call	unexpected.isra.0
	lla	a5,syntax_error
	j	.L632
.L709:
	lla	a1,.LC50
	ld	a0,stderr
	call	fprintf
	li	a5,2
	sw	a5,0(s1)
	j	.L673
.L706:
	ld	a0,stderr
	lla	a2,.LC46
.L674:
	lla	a1,.LC49
	call	fprintf
	li	a5,2
	sw	a5,last_status,a4
	j	.L673
.L708:
	addi	a0,sp,48
.L695:
	call	next_token
	ld	a5,48(sp)
	ld	a3,40(sp)
	sd	a5,96(s1)
	ld	a4,56(sp)
	sext.w	a5,a5
	sd	a4,104(s1)
	ld	a4,64(sp)
	sd	a4,112(s1)
	ld	a4,32(sp)
	sd	a3,0(a4)
	addi	a3,a3,24
	li	a4,8
	sd	a3,32(sp)
	bne	a5,a4,.L631
	j	.L670
.L707:
	ld	a5,40(sp)
	addi	a0,sp,48
	sw	a4,8(a5)
	j	.L695
.L698:
	lla	a5,syntax_error
	ld	a2,0(a5)
	bne	a2,zero,.L672
	lla	a2,.LC46
	sd	a2,0(a5)
	j	.L672
	.size	run_line, .-run_line
	.section	.rodata.str1.8
	.align	3
.LC51:
	.string	"$ "
	.align	3
.LC52:
	.string	"\n$ "
	.align	3
.LC53:
	.string	"exit\n"
	.text
	.align	1
	.type	run_stream, @function
run_stream:
	addi	sp,sp,-128
	sd	s4,80(sp)
	lla	s4,interactive
	lw	a5,0(s4)
	sd	s0,112(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s6,64(sp)
	sd	s8,48(sp)
	sd	ra,120(sp)
	sd	s1,104(sp)
	sd	s5,72(sp)
	sd	s7,56(sp)
	sd	s9,40(sp)
	mv	s3,a0
	li	s2,0
	li	s0,0
	lla	s8,errno
	lla	s6,got_sigint
	bne	a5,zero,.L752
.L712:
	li	s1,0
	li	s5,10
	li	s7,4
	bne	a5,zero,.L753
.L714:
	li	a2,1
	addi	a1,sp,24
	mv	a0,s3
	call	read
	blt	a0,zero,.L754
	beq	a0,zero,.L718
	addi	a5,s1,2
	bleu	a5,s2,.L722
	li	s9,256
	beq	s2,zero,.L723
	slli	s9,s2,1
.L723:
	mv	a0,s0
	mv	a1,s9
	call	realloc
	mv	s0,a0
	beq	a0,zero,.L726
	mv	s2,s9
.L722:
	lbu	a5,24(sp)
	add	a4,s0,s1
	beq	a5,s5,.L724
	addi	s1,s1,1
	sb	a5,0(a4)
.L725:
	lw	a5,0(s4)
.L756:
	beq	a5,zero,.L714
.L753:
	addi	a0,sp,8
	call	sigemptyset
	li	a1,2
	addi	a0,sp,8
	call	sigaddset
	addi	a2,sp,16
	addi	a1,sp,8
	li	a0,0
	call	sigprocmask
	lw	a5,0(s6)
	beq	a5,zero,.L755
.L715:
	lw	s9,0(s6)
	li	a2,0
	addi	a1,sp,16
	sext.w	s9,s9
	li	a0,2
	sw	zero,got_sigint,a5
	call	sigprocmask
	beq	s9,zero,.L714
	ld	a1,stderr
	lla	a0,.LC52
	call	fputs
	lw	a5,0(s4)
	li	s1,0
	j	.L756
.L754:
	lw	a5,0(s8)
	beq	a5,s7,.L725
.L718:
	bne	s1,zero,.L727
.L726:
	lw	a5,0(s4)
	bne	a5,zero,.L757
.L730:
	lw	a0,exit_requested
	bge	a0,zero,.L733
	lw	a0,last_status
.L733:
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
	addi	sp,sp,128
	jr	ra
.L755:
	li	a6,1
	li	a5,8
	addi	a4,sp,16
	li	a3,0
	li	a2,1
	addi	a1,sp,24
	li	a0,73
	sw	s3,24(sp)
	sw	a6,28(sp)
	call	syscall
	j	.L715
.L724:
	sb	zero,0(a4)
.L727:
	blt	s1,zero,.L726
	mv	a0,s0
	call	run_line
	bne	a0,zero,.L730
	lw	a5,0(s4)
	beq	a5,zero,.L712
.L752:
	ld	a0,stdout
	call	fflush
	ld	a1,stderr
	lla	a0,.LC51
	sw	zero,got_sigint,a5
	call	fputs
	lw	a5,0(s4)
	j	.L712
.L757:
	ld	a1,stderr
	lla	a0,.LC53
	call	fputs
	j	.L730
	.size	run_stream, .-run_stream
	.section	.rodata.str1.8
	.align	3
.LC54:
	.string	"-c"
	.align	3
.LC55:
	.string	"sh: -c: option requires an argument\n"
	.align	3
.LC56:
	.string	"-i"
	.align	3
.LC57:
	.string	"sh: %s: invalid option\nUsage: sh [-c STRING [NAME [ARG...]]] [FILE [ARG...]]\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-96
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	ra,88(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	mv	s0,a0
	mv	s1,a1
	call	getpid
	sw	a0,shell_pid,a5
	li	a5,1
	lla	s2,interactive
	bgt	s0,a5,.L790
.L759:
	li	a0,0
	call	isatty
	bne	a0,zero,.L791
.L768:
	lw	a5,0(s2)
	bne	a5,zero,.L769
.L770:
	li	a0,0
	call	run_stream
	mv	s0,a0
	ld	a0,stdout
	call	fflush
.L764:
	ld	ra,88(sp)
	mv	a0,s0
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	addi	sp,sp,96
	jr	ra
.L791:
	li	a0,2
	call	isatty
	beq	a0,zero,.L768
	li	a5,1
	sw	a5,0(s2)
.L769:
	addi	a1,sp,8
	lla	a5,on_sigint
	li	a2,0
	li	a0,2
	sd	zero,16(sp)
	sd	zero,24(sp)
	sd	a5,8(sp)
	call	sigaction
	li	a1,1
	li	a0,3
	call	signal
	j	.L770
.L790:
	ld	a0,8(s1)
	lla	a1,.LC54
	call	strcmp
	bne	a0,zero,.L760
	li	a5,2
	beq	s0,a5,.L792
	li	a5,3
	beq	s0,a5,.L763
	ld	a4,24(s1)
	addi	a5,s1,32
	addiw	s0,s0,-4
	sd	a4,script_name,a3
	sd	a5,positional,a4
	sw	s0,npositional,a5
.L763:
	ld	a0,16(s1)
	call	run_line
	ld	a0,stdout
	call	fflush
	lw	s0,exit_requested
	bge	s0,zero,.L764
	lw	s0,last_status
	j	.L764
.L760:
	ld	a0,8(s1)
	li	a5,45
	lbu	a4,0(a0)
	beq	a4,a5,.L793
.L765:
	lla	a1,.LC56
	call	strcmp
	bne	a0,zero,.L771
	li	a5,1
	lla	s2,interactive
	sw	a5,0(s2)
	li	a5,2
	li	s4,2
	beq	s0,a5,.L759
	j	.L766
.L771:
	li	s4,1
.L766:
	slli	s3,s4,3
	add	s5,s1,s3
	ld	a0,0(s5)
	li	a1,524288
	call	open
	mv	s2,a0
	blt	a0,zero,.L794
	ld	a5,0(s5)
	addi	s3,s3,8
	subw	s0,s0,s4
	add	s1,s1,s3
	addiw	s0,s0,-1
	sd	a5,script_name,a4
	sw	s0,npositional,a5
	sd	s1,positional,a5
	call	run_stream
	mv	s0,a0
	mv	a0,s2
	call	close
	ld	a0,stdout
	call	fflush
	j	.L764
.L793:
	lbu	a5,1(a0)
	beq	a5,zero,.L765
	lla	a1,.LC56
	call	strcmp
	bne	a0,zero,.L787
	ld	a0,8(s1)
	j	.L765
.L794:
	ld	s2,0(s5)
	lw	a0,errno
	ld	s1,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s2
	lla	a1,.LC32
	mv	a0,s1
	li	s0,127
	call	fprintf
	j	.L764
.L792:
	lla	a1,.LC55
	ld	a0,stderr
	call	fprintf
	li	s0,2
	j	.L764
.L787:
	ld	a2,8(s1)
	lla	a1,.LC57
	ld	a0,stderr
	call	fprintf
	li	s0,2
	j	.L764
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC58:
	.string	"cd"
	.align	3
.LC59:
	.string	"pwd"
	.align	3
.LC60:
	.string	"exit"
	.align	3
.LC61:
	.string	"wait"
	.align	3
.LC62:
	.string	"export"
	.align	3
.LC63:
	.string	"unset"
	.align	3
.LC64:
	.string	"true"
	.align	3
.LC65:
	.string	"false"
	.align	3
.LC66:
	.string	":"
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC45:
	.dword	-6341068550215565313
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	message.0, @object
	.size	message.0, 96
message.0:
	.zero	96
	.type	tok, @object
	.size	tok, 24
tok:
	.zero	24
	.type	message.1, @object
	.size	message.1, 96
message.1:
	.zero	96
	.type	arena, @object
	.size	arena, 262144
arena:
	.zero	262144
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
	.type	builtins, @object
	.size	builtins, 176
builtins:
	.dword	.LC33
	.dword	builtin_echo
	.dword	.LC58
	.dword	builtin_cd
	.dword	.LC59
	.dword	builtin_pwd
	.dword	.LC60
	.dword	builtin_exit
	.dword	.LC61
	.dword	builtin_wait
	.dword	.LC62
	.dword	builtin_export
	.dword	.LC63
	.dword	builtin_unset
	.dword	.LC64
	.dword	builtin_true
	.dword	.LC65
	.dword	builtin_false
	.dword	.LC66
	.dword	builtin_true
	.dword	0
	.dword	0
	.section	.sbss,"aw",@nobits
	.align	3
	.type	syntax_error, @object
	.size	syntax_error, 8
syntax_error:
	.zero	8
	.type	lex_pos, @object
	.size	lex_pos, 8
lex_pos:
	.zero	8
	.type	got_sigint, @object
	.size	got_sigint, 4
got_sigint:
	.zero	4
	.type	npositional, @object
	.size	npositional, 4
npositional:
	.zero	4
	.type	positional, @object
	.size	positional, 8
positional:
	.zero	8
	.type	interactive, @object
	.size	interactive, 4
interactive:
	.zero	4
	.type	shell_pid, @object
	.size	shell_pid, 4
shell_pid:
	.zero	4
	.type	last_bg_pid, @object
	.size	last_bg_pid, 4
last_bg_pid:
	.zero	4
	.type	last_status, @object
	.size	last_status, 4
last_status:
	.zero	4
	.type	out_of_memory, @object
	.size	out_of_memory, 4
out_of_memory:
	.zero	4
	.zero	4
	.type	arena_used, @object
	.size	arena_used, 8
arena_used:
	.zero	8
	.section	.sdata,"aw"
	.align	3
	.type	exit_requested, @object
	.size	exit_requested, 4
exit_requested:
	.word	-1
	.zero	4
	.type	script_name, @object
	.size	script_name, 8
script_name:
	.dword	.LC39
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
