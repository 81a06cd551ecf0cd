# programs/bin/grep.s -- generated from grep.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o grep.s grep.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"grep.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	item_matches, @function
item_matches:
	addi	sp,sp,-96
	sd	s1,72(sp)
	sd	s4,48(sp)
	sd	s10,0(sp)
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	lbu	a5,0(a0)
	li	a4,92
	mv	s10,a0
	mv	s1,a1
	mv	s4,a2
	beq	a5,a4,.L59
	li	a4,46
	beq	a5,a4,.L60
	li	a4,91
	beq	a5,a4,.L61
.L3:
	lla	s2,opt_i
	lw	a5,0(s2)
	li	a4,1
	sw	a4,0(s4)
	lbu	s0,0(s10)
	bne	a5,zero,.L62
.L22:
	sub	s1,s1,s0
	seqz	s8,s1
.L56:
	ld	ra,88(sp)
	ld	s0,80(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s6,32(sp)
	ld	s7,24(sp)
	ld	s9,8(sp)
	ld	s10,0(sp)
	mv	a0,s8
	ld	s8,16(sp)
	addi	sp,sp,96
	jr	ra
.L59:
	lbu	a5,1(a0)
	beq	a5,zero,.L3
	lla	s0,opt_i
	lw	a5,0(s0)
	li	a4,2
	sw	a4,0(a2)
	lbu	s8,1(a0)
	bne	a5,zero,.L63
.L4:
	sub	s8,s1,s8
	seqz	s8,s8
	j	.L56
.L60:
	addi	s8,a1,-10
	li	a5,1
	sw	a5,0(a2)
	snez	s8,s8
	j	.L56
.L62:
	mv	a0,s0
	call	tolower
	lw	a5,0(s2)
	mv	s0,a0
	beq	a5,zero,.L22
	mv	a0,s1
	call	tolower
	mv	s1,a0
	j	.L22
.L61:
	lbu	s0,1(a0)
	li	a5,94
	addi	s2,a0,1
	addi	s8,s0,-94
	seqz	s8,s8
	beq	s0,a5,.L64
.L8:
	beq	s0,zero,.L23
	lbu	a5,1(s2)
	lla	s9,opt_i
	li	s6,45
	lw	a4,0(s9)
	li	s7,0
	li	s5,93
	beq	a5,s6,.L65
.L10:
	sext.w	s0,s0
	mv	s3,s1
	bne	a4,zero,.L66
.L18:
	bne	s0,s3,.L17
	li	s7,1
.L17:
	addi	s2,s2,1
	beq	a5,zero,.L67
.L20:
	beq	a5,s5,.L68
	mv	s0,a5
	lbu	a5,1(s2)
	lw	a4,0(s9)
	bne	a5,s6,.L10
.L65:
	lbu	a3,2(s2)
	beq	a3,zero,.L10
	beq	a3,s5,.L10
	bne	a4,zero,.L69
	lbu	a0,0(s2)
	mv	a5,s1
.L12:
	bge	a5,a0,.L14
.L16:
	lbu	a5,3(s2)
	addi	s2,s2,2
	addi	s2,s2,1
	bne	a5,zero,.L20
.L67:
	xor	s8,s7,s8
	j	.L9
.L66:
	mv	a0,s0
	call	tolower
	lw	a5,0(s9)
	mv	s0,a0
	beq	a5,zero,.L70
	mv	a0,s1
	call	tolower
	lbu	a5,1(s2)
	mv	s3,a0
	j	.L18
.L68:
	xor	s8,s7,s8
	li	a5,1
.L9:
	sub	a0,s2,s10
	addw	s2,a0,a5
	sw	s2,0(s4)
	j	.L56
.L64:
	lbu	s0,2(a0)
	addi	s2,a0,2
	j	.L8
.L14:
	lbu	a0,2(s2)
	mv	s0,s1
.L15:
	bgt	s0,a0,.L16
	li	s7,1
	j	.L16
.L63:
	mv	a0,s8
	call	tolower
	lw	a5,0(s0)
	mv	s8,a0
	beq	a5,zero,.L4
	mv	a0,s1
	call	tolower
	mv	s1,a0
	j	.L4
.L69:
	mv	a0,s1
	call	tolower
	lw	a4,0(s9)
	mv	s0,a0
	mv	a5,s0
	lbu	a0,0(s2)
	beq	a4,zero,.L12
	call	tolower
	bgt	a0,s0,.L16
	lw	a5,0(s9)
	beq	a5,zero,.L14
	mv	a0,s1
	call	tolower
	lw	a5,0(s9)
	mv	s0,a0
	lbu	a0,2(s2)
	beq	a5,zero,.L15
	call	tolower
	j	.L15
.L23:
	li	a5,0
	j	.L9
.L70:
	lbu	a5,1(s2)
	j	.L18
	.size	item_matches, .-item_matches
	.align	1
	.type	match_repeat, @function
match_repeat:
	addi	sp,sp,-96
	sd	s0,80(sp)
	sd	s1,72(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	ra,88(sp)
	mv	s0,a4
	lbu	a4,0(a4)
	mv	s2,a0
	mv	s6,a1
	mv	s7,a2
	mv	s3,a5
	li	s1,0
	mv	s4,a3
	li	s5,-1
	beq	a4,zero,.L73
.L72:
	mv	a1,a4
	addi	a2,sp,12
	mv	a0,s2
	call	item_matches
	beq	a0,zero,.L73
	lbu	a4,1(s0)
	addiw	s1,s1,1
	addi	s0,s0,1
	beq	a4,zero,.L90
	beq	s4,s5,.L72
.L90:
	subw	s1,s1,s7
	slli	s1,s1,32
	srli	s1,s1,32
	addi	s6,s6,1
	not	s1,s1
	add	s2,s2,s6
	add	s1,s0,s1
	j	.L78
.L91:
	beq	s0,s1,.L76
.L78:
	mv	a1,s0
	mv	a2,s3
	mv	a0,s2
	call	match_here
	addi	s0,s0,-1
	beq	a0,zero,.L91
	li	a0,1
	j	.L87
.L73:
	ble	s7,s1,.L90
.L76:
	li	a0,0
.L87:
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
	.size	match_repeat, .-match_repeat
	.align	1
	.type	match_here, @function
match_here:
	addi	sp,sp,-96
	sd	s1,72(sp)
	sd	s7,24(sp)
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s2,64(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	lbu	a4,0(a0)
	mv	s1,a1
	mv	s7,a2
	beq	a4,zero,.L100
	mv	s0,a0
	li	s2,36
	li	s3,42
	lla	s4,opt_E
	li	s5,43
	li	s6,63
	j	.L93
.L96:
	lw	a5,0(s4)
	beq	a5,zero,.L97
	beq	a4,s5,.L117
	beq	a4,s6,.L118
.L97:
	lbu	a1,0(s1)
	addi	s1,s1,1
	beq	a1,zero,.L99
	call	item_matches
	beq	a0,zero,.L99
	lw	a5,12(sp)
	add	s0,s0,a5
	lbu	a4,0(s0)
	beq	a4,zero,.L100
.L93:
	addi	a2,sp,12
	li	a1,120
	mv	a0,s0
	bne	a4,s2,.L95
	lbu	a5,1(s0)
	beq	a5,zero,.L119
.L95:
	call	item_matches
	lw	a1,12(sp)
	mv	a0,s0
	addi	a2,sp,12
	add	a5,s0,a1
	lbu	a4,0(a5)
	bne	a4,s3,.L96
	mv	a5,s7
	mv	a4,s1
	li	a3,-1
	li	a2,0
.L115:
	ld	s0,80(sp)
	ld	ra,88(sp)
	ld	s1,72(sp)
	ld	s2,64(sp)
	ld	s3,56(sp)
	ld	s4,48(sp)
	ld	s5,40(sp)
	ld	s6,32(sp)
	ld	s7,24(sp)
	addi	sp,sp,96
	tail	match_repeat
.L99:
	li	a0,0
.L94:
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
.L100:
	sd	s1,0(s7)
	li	a0,1
	j	.L94
.L119:
	sd	s1,0(s7)
	lbu	a0,0(s1)
	seqz	a0,a0
	j	.L94
.L117:
	mv	a5,s7
	mv	a4,s1
	li	a3,-1
	li	a2,1
	mv	a0,s0
	j	.L115
.L118:
	mv	a5,s7
	mv	a4,s1
	li	a3,1
	li	a2,0
	mv	a0,s0
	j	.L115
	.size	match_here, .-match_here
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"r"
	.align	3
.LC1:
	.string	"%s:"
	.align	3
.LC2:
	.string	"%ld:"
	.align	3
.LC3:
	.string	"%s\n"
	.align	3
.LC4:
	.string	"%ld\n"
	.text
	.align	1
	.type	grep_fd, @function
grep_fd:
	addi	sp,sp,-192
	mv	a5,a1
	lla	a1,.LC0
	sd	ra,184(sp)
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s2,160(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s6,128(sp)
	sd	s7,120(sp)
	sd	s8,112(sp)
	sd	s9,104(sp)
	sd	s10,96(sp)
	sd	s11,88(sp)
	sd	a0,40(sp)
	sd	a5,32(sp)
	sd	a2,24(sp)
	call	fdopen
	sd	a0,16(sp)
	sd	zero,56(sp)
	sd	zero,64(sp)
	beq	a0,zero,.L158
	sd	zero,8(sp)
	sd	zero,0(sp)
	lla	s4,opt_w
	lla	s8,opt_i
.L122:
	ld	a2,16(sp)
	addi	a1,sp,64
	addi	a0,sp,56
	call	getline
	blt	a0,zero,.L196
.L151:
	ld	a5,0(sp)
	ld	s0,56(sp)
	addi	a5,a5,1
	sd	a5,0(sp)
	beq	a0,zero,.L123
	addi	a5,a0,-1
	add	a5,s0,a5
	lbu	a3,0(a5)
	li	a4,10
	bne	a3,a4,.L123
	sb	zero,0(a5)
	ld	s0,56(sp)
.L123:
	lla	a5,nalternatives
	lw	a5,0(a5)
	ble	a5,zero,.L143
	lla	s5,.LANCHOR0
	li	s6,0
	lla	s7,pattern
	li	s2,94
.L142:
	ld	a0,0(s5)
	mv	s11,s0
	li	s9,95
	sd	a0,0(s7)
	call	strlen
	lla	a5,opt_F
	lw	a4,0(a5)
	sd	zero,72(sp)
	mv	s1,a0
	add	s3,s0,a0
	ld	a0,0(s7)
	bne	a4,zero,.L197
.L126:
	lbu	a4,0(a0)
	bne	a4,s2,.L134
	bne	s0,s11,.L135
	addi	a2,sp,72
	mv	a1,s0
	addi	a0,a0,1
	call	match_here
.L136:
	bne	a0,zero,.L133
.L129:
	lbu	a4,0(s11)
	addi	s3,s3,1
	beq	a4,zero,.L135
.L199:
	lla	a5,opt_F
	lw	a4,0(a5)
	sd	zero,72(sp)
	ld	a0,0(s7)
	addi	s11,s11,1
	beq	a4,zero,.L126
.L197:
	mv	a1,a0
	mv	a2,s1
	mv	a0,s11
	call	strncmp
	beq	a0,zero,.L127
	lw	a4,0(s8)
	bne	a4,zero,.L198
.L128:
	sd	s3,72(sp)
	lbu	a4,0(s11)
	addi	s3,s3,1
	bne	a4,zero,.L199
.L135:
	lla	a5,nalternatives
	lw	a5,0(a5)
	addiw	s6,s6,1
	addi	s5,s5,8
	bgt	a5,s6,.L142
.L143:
	li	a5,0
	j	.L125
.L198:
	ld	a1,0(s7)
	mv	a2,s1
	mv	a0,s11
	call	strncasecmp
	bne	a0,zero,.L128
.L127:
	sd	s3,72(sp)
	bne	s1,zero,.L130
.L133:
	lw	a4,0(s4)
	beq	a4,zero,.L132
	bgeu	s0,s11,.L140
	lbu	s10,-1(s11)
	mv	a0,s10
	call	isalnum
	bne	a0,zero,.L129
	li	a3,95
	beq	s10,a3,.L129
.L140:
	ld	a4,72(sp)
	lbu	s10,0(a4)
	mv	a0,s10
	call	isalnum
	bne	a0,zero,.L129
	beq	s10,s9,.L129
	ld	a4,72(sp)
	beq	s11,a4,.L129
.L132:
	li	a5,1
.L125:
	lw	a4,opt_v
	beq	a4,a5,.L122
	ld	a4,8(sp)
	lw	a5,opt_q
	addi	a4,a4,1
	sd	a4,8(sp)
	bne	a5,zero,.L200
	lla	s0,opt_l
	lw	a4,0(s0)
	lw	a5,opt_c
	bne	a4,zero,.L146
	bne	a5,zero,.L122
	ld	a5,24(sp)
	bne	a5,zero,.L201
.L148:
	lw	a5,opt_n
	bne	a5,zero,.L202
.L149:
	ld	a1,56(sp)
	lla	a0,.LC3
	call	printf
	ld	a2,16(sp)
	addi	a1,sp,64
	addi	a0,sp,56
	call	getline
	bge	a0,zero,.L151
.L196:
	lw	a5,opt_c
	lla	s0,opt_l
	bne	a5,zero,.L156
	lw	a5,0(s0)
	bne	a5,zero,.L203
.L154:
	ld	a0,56(sp)
	call	free
	ld	a5,40(sp)
	bne	a5,zero,.L204
.L155:
	ld	a5,8(sp)
	sgt	a0,a5,zero
.L194:
	ld	ra,184(sp)
	ld	s0,176(sp)
	ld	s1,168(sp)
	ld	s2,160(sp)
	ld	s3,152(sp)
	ld	s4,144(sp)
	ld	s5,136(sp)
	ld	s6,128(sp)
	ld	s7,120(sp)
	ld	s8,112(sp)
	ld	s9,104(sp)
	ld	s10,96(sp)
	ld	s11,88(sp)
	addi	sp,sp,192
	jr	ra
.L130:
	mv	a0,s11
	call	strlen
	bleu	s1,a0,.L133
	j	.L129
.L134:
	addi	a2,sp,72
	mv	a1,s11
	call	match_here
	j	.L136
.L202:
	ld	a1,0(sp)
	lla	a0,.LC2
	call	printf
	j	.L149
.L201:
	ld	a1,32(sp)
	lla	a0,.LC1
	call	printf
	j	.L148
.L146:
	beq	a5,zero,.L157
.L156:
	ld	a5,24(sp)
	bne	a5,zero,.L205
.L153:
	ld	a1,8(sp)
	lla	a0,.LC4
	call	printf
	lw	a5,0(s0)
	beq	a5,zero,.L154
.L203:
	ld	a5,8(sp)
	beq	a5,zero,.L154
.L157:
	ld	a1,32(sp)
	lla	a0,.LC3
	call	printf
	ld	a0,56(sp)
	call	free
	ld	a5,40(sp)
	beq	a5,zero,.L155
.L204:
	ld	a0,16(sp)
	call	fclose
	j	.L155
.L158:
	li	a0,-1
	j	.L194
.L205:
	ld	a1,32(sp)
	lla	a0,.LC1
	call	printf
	j	.L153
.L200:
	li	a0,0
	call	exit
	.size	grep_fd, .-grep_fd
	.section	.rodata.str1.8
	.align	3
.LC5:
	.string	"(standard input)"
	.align	3
.LC6:
	.string	"grep: invalid option -- '%c'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
	.align	3
.LC7:
	.string	"ivcnlqFEGwhHe:"
	.align	3
.LC8:
	.string	"Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"
	.align	3
.LC9:
	.string	"-"
	.align	3
.LC10:
	.string	"grep: %s: %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	ra,72(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	mv	s1,a0
	mv	s2,a1
	sw	zero,opterr,a5
	lla	s4,.LC7
	li	s3,-1
	li	s5,50
	lla	s0,.L210
.L207:
	mv	a2,s4
	mv	a1,s2
	mv	a0,s1
	call	getopt
	beq	a0,s3,.L297
	addiw	a0,a0,-69
	sext.w	a5,a0
	bgtu	a5,s5,.L208
	slli	a5,a0,32
	srli	a0,a5,30
	add	a0,a0,s0
	lw	a5,0(a0)
	add	a5,a5,s0
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L210:
	.word	.L222-.L210
	.word	.L221-.L210
	.word	.L220-.L210
	.word	.L219-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L218-.L210
	.word	.L208-.L210
	.word	.L217-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L216-.L210
	.word	.L215-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L214-.L210
	.word	.L208-.L210
	.word	.L213-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L212-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L208-.L210
	.word	.L211-.L210
	.word	.L209-.L210
	.section	.text.startup
.L208:
	lw	a2,optopt
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
.L224:
	li	a0,2
	j	.L292
.L209:
	li	a5,1
	sw	a5,opt_w,a4
	j	.L207
.L211:
	li	a5,1
	sw	a5,opt_v,a4
	j	.L207
.L212:
	li	a5,1
	sw	a5,opt_q,a4
	j	.L207
.L213:
	li	a5,1
	sw	a5,opt_n,a4
	j	.L207
.L214:
	li	a5,1
	sw	a5,opt_l,a4
	j	.L207
.L215:
	li	a5,1
	sw	a5,opt_i,a4
	j	.L207
.L216:
	li	a5,1
	sw	a5,opt_h,a4
	j	.L207
.L217:
	ld	a5,optarg
	sd	a5,pattern,a4
	j	.L207
.L218:
	li	a5,1
	sw	a5,opt_c,a4
	j	.L207
.L219:
	li	a5,1
	sw	a5,opt_H,a4
	j	.L207
.L220:
	sw	zero,opt_E,a5
	j	.L207
.L221:
	li	a5,1
	sw	a5,opt_F,a4
	j	.L207
.L222:
	li	a5,1
	sw	a5,opt_E,a4
	j	.L207
.L297:
	lla	a5,pattern
	ld	a4,0(a5)
	lla	s5,optind
	beq	a4,zero,.L298
.L226:
	ld	s0,0(a5)
	mv	a0,s0
	call	strdup
	lw	a3,opt_E
	sw	zero,nalternatives,a5
	mv	a1,a0
	li	a2,0
	li	a4,0
	li	a6,63
	li	a7,92
.L241:
	lbu	a5,0(s0)
	beq	a3,zero,.L229
	beq	a5,zero,.L230
	li	t1,124
	bne	a5,t1,.L299
	lw	a5,opt_F
	bne	a5,zero,.L240
.L230:
	sb	zero,0(a0)
	bgt	a4,a6,.L237
	slli	a2,a4,3
	lla	a5,.LANCHOR0
	add	a5,a5,a2
	sd	a1,0(a5)
	addiw	a4,a4,1
	li	a2,1
.L237:
	lbu	a5,0(s0)
	bne	a5,zero,.L300
	beq	a2,zero,.L242
	sw	a4,nalternatives,a5
.L242:
	lw	a5,0(s5)
	li	a4,1
	subw	a5,s1,a5
	ble	a5,a4,.L243
	lw	s3,opt_h
	li	s4,0
	seqz	s3,s3
.L244:
	lw	s0,0(s5)
	ble	s1,s0,.L246
	subw	s1,s1,s0
	slli	s1,s1,32
	srli	s1,s1,32
	add	s1,s1,s0
	slli	s1,s1,3
	slli	s0,s0,3
	add	s0,s2,s0
	add	s1,s2,s1
	li	s5,0
	lla	s2,.LC9
.L253:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L301
.L247:
	li	a0,0
	lla	a1,.LC5
.L251:
	mv	a2,s3
	call	grep_fd
	bge	a0,zero,.L252
	li	s5,1
.L252:
	sgt	a0,a0,zero
	or	a0,s4,a0
	sext.w	s4,a0
.L249:
	addi	s0,s0,8
	bne	s1,s0,.L253
	ld	a0,stdout
	call	fflush
	beq	s5,zero,.L255
	lw	a5,opt_q
	beq	a5,zero,.L224
	beq	s4,zero,.L224
.L255:
	xori	a0,s4,1
.L292:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	addi	sp,sp,80
	jr	ra
.L301:
	ld	a0,0(s0)
	li	a1,0
	call	open
	blt	a0,zero,.L302
	beq	a0,zero,.L247
	ld	a1,0(s0)
	j	.L251
.L229:
	beq	a5,a7,.L303
	beq	a5,zero,.L230
.L240:
	lbu	t1,0(s0)
	addi	a5,a0,1
	sb	t1,0(a0)
.L239:
	addi	s0,s0,1
	mv	a0,a5
	j	.L241
.L298:
	lw	a4,0(s5)
	bge	a4,s1,.L304
	slli	a3,a4,3
	add	a3,s2,a3
	ld	a3,0(a3)
	addiw	a4,a4,1
	sw	a4,0(s5)
	sd	a3,0(a5)
	j	.L226
.L300:
	addi	a1,a0,1
	mv	a5,a1
	bne	a3,zero,.L239
	addi	s0,s0,1
	j	.L239
.L243:
	lw	a2,opt_H
	li	s3,0
	beq	a2,zero,.L245
	lw	s3,opt_h
	seqz	s3,s3
.L245:
	bne	a5,zero,.L258
	lla	a1,.LC5
	li	a0,0
	call	grep_fd
	sgt	s4,a0,zero
	j	.L244
.L303:
	lbu	a5,1(s0)
	li	t1,124
	beq	a5,t1,.L305
	beq	a5,zero,.L240
.L234:
	li	a5,92
	sb	a5,0(a0)
	addi	s0,s0,1
	addi	a0,a0,1
	j	.L240
.L305:
	lw	a5,opt_F
	bne	a5,zero,.L234
	j	.L230
.L302:
	ld	s7,0(s0)
	lw	a0,errno
	ld	s6,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s7
	lla	a1,.LC10
	mv	a0,s6
	li	s5,1
	call	fprintf
	j	.L249
.L299:
	li	t1,92
	bne	a5,t1,.L240
	lbu	a5,1(s0)
	beq	a5,zero,.L240
	j	.L234
.L304:
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
	li	a0,2
	j	.L292
.L246:
	ld	a0,stdout
	call	fflush
	j	.L255
.L258:
	li	s4,0
	j	.L244
	.size	main, .-main
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	alternatives, @object
	.size	alternatives, 512
alternatives:
	.zero	512
	.section	.sbss,"aw",@nobits
	.align	3
	.type	nalternatives, @object
	.size	nalternatives, 4
nalternatives:
	.zero	4
	.zero	4
	.type	pattern, @object
	.size	pattern, 8
pattern:
	.zero	8
	.type	opt_H, @object
	.size	opt_H, 4
opt_H:
	.zero	4
	.type	opt_h, @object
	.size	opt_h, 4
opt_h:
	.zero	4
	.type	opt_w, @object
	.size	opt_w, 4
opt_w:
	.zero	4
	.type	opt_E, @object
	.size	opt_E, 4
opt_E:
	.zero	4
	.type	opt_F, @object
	.size	opt_F, 4
opt_F:
	.zero	4
	.type	opt_q, @object
	.size	opt_q, 4
opt_q:
	.zero	4
	.type	opt_l, @object
	.size	opt_l, 4
opt_l:
	.zero	4
	.type	opt_n, @object
	.size	opt_n, 4
opt_n:
	.zero	4
	.type	opt_c, @object
	.size	opt_c, 4
opt_c:
	.zero	4
	.type	opt_v, @object
	.size	opt_v, 4
opt_v:
	.zero	4
	.type	opt_i, @object
	.size	opt_i, 4
opt_i:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
