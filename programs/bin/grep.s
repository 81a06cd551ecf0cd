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
	addi	sp,sp,-176
	mv	a5,a1
	lla	a1,.LC0
	sd	ra,168(sp)
	sd	s0,160(sp)
	sd	s1,152(sp)
	sd	s2,144(sp)
	sd	s3,136(sp)
	sd	s4,128(sp)
	sd	s5,120(sp)
	sd	s6,112(sp)
	sd	s7,104(sp)
	sd	s8,96(sp)
	sd	s9,88(sp)
	sd	s10,80(sp)
	sd	s11,72(sp)
	sd	a0,24(sp)
	sd	a5,16(sp)
	sd	a2,8(sp)
	call	fdopen
	sd	a0,0(sp)
	sd	zero,40(sp)
	sd	zero,48(sp)
	beq	a0,zero,.L155
	li	s9,0
	li	s7,0
	lla	s1,pattern
	lla	s2,opt_F
	lla	s5,opt_w
	lla	s6,opt_i
.L122:
	ld	a2,0(sp)
	addi	a1,sp,48
	addi	a0,sp,40
	call	getline
	blt	a0,zero,.L192
.L148:
	ld	s4,40(sp)
	addi	s7,s7,1
	beq	a0,zero,.L123
	addi	a0,a0,-1
	add	a0,s4,a0
	lbu	a4,0(a0)
	li	a5,10
	bne	a4,a5,.L123
	sb	zero,0(a0)
	ld	s4,40(sp)
.L123:
	ld	a0,0(s1)
	mv	s11,s4
	li	s3,94
	call	strlen
	lw	a4,0(s2)
	sd	zero,56(sp)
	mv	s0,a0
	li	s8,95
	ld	a0,0(s1)
	bne	a4,zero,.L193
.L124:
	lbu	a4,0(a0)
	bne	a4,s3,.L132
	bne	s11,s4,.L133
	addi	a2,sp,56
	mv	a1,s11
	addi	a0,a0,1
	call	match_here
.L134:
	bne	a0,zero,.L131
.L127:
	lbu	a4,0(s11)
	beq	a4,zero,.L133
.L195:
	lw	a4,0(s2)
	sd	zero,56(sp)
	ld	a0,0(s1)
	addi	s11,s11,1
	beq	a4,zero,.L124
.L193:
	mv	a1,a0
	mv	a2,s0
	mv	a0,s11
	call	strncmp
	add	s10,s11,s0
	beq	a0,zero,.L125
	lw	a3,0(s6)
	bne	a3,zero,.L194
.L126:
	sd	s10,56(sp)
	lbu	a4,0(s11)
	bne	a4,zero,.L195
.L133:
	li	a5,0
	j	.L136
.L194:
	ld	a1,0(s1)
	mv	a2,s0
	mv	a0,s11
	call	strncasecmp
	bne	a0,zero,.L126
.L125:
	sd	s10,56(sp)
	bne	s0,zero,.L128
.L131:
	lw	a4,0(s5)
	beq	a4,zero,.L130
	bleu	s11,s4,.L139
	lbu	s10,-1(s11)
	mv	a0,s10
	call	isalnum
	bne	a0,zero,.L127
	li	a3,95
	beq	s10,a3,.L127
.L139:
	ld	a4,56(sp)
	lbu	s10,0(a4)
	mv	a0,s10
	call	isalnum
	bne	a0,zero,.L127
	beq	s10,s8,.L127
	ld	a4,56(sp)
	beq	s11,a4,.L127
.L130:
	li	a5,1
.L136:
	lw	a4,opt_v
	beq	a4,a5,.L122
	lw	a5,opt_q
	addi	s9,s9,1
	bne	a5,zero,.L196
	lla	s0,opt_l
	lw	a5,0(s0)
	lw	a4,opt_c
	bne	a5,zero,.L143
	bne	a4,zero,.L122
	ld	a5,8(sp)
	bne	a5,zero,.L197
.L145:
	lw	a5,opt_n
	bne	a5,zero,.L198
.L146:
	ld	a1,40(sp)
	lla	a0,.LC3
	call	printf
	ld	a2,0(sp)
	addi	a1,sp,48
	addi	a0,sp,40
	call	getline
	bge	a0,zero,.L148
.L192:
	lw	a5,opt_c
	lla	s0,opt_l
	bne	a5,zero,.L153
	lw	a5,0(s0)
	bne	a5,zero,.L199
.L151:
	ld	a0,40(sp)
	call	free
	ld	a5,24(sp)
	bne	a5,zero,.L200
.L152:
	sgt	a0,s9,zero
.L190:
	ld	ra,168(sp)
	ld	s0,160(sp)
	ld	s1,152(sp)
	ld	s2,144(sp)
	ld	s3,136(sp)
	ld	s4,128(sp)
	ld	s5,120(sp)
	ld	s6,112(sp)
	ld	s7,104(sp)
	ld	s8,96(sp)
	ld	s9,88(sp)
	ld	s10,80(sp)
	ld	s11,72(sp)
	addi	sp,sp,176
	jr	ra
.L128:
	mv	a0,s11
	call	strlen
	bleu	s0,a0,.L131
	j	.L127
.L132:
	addi	a2,sp,56
	mv	a1,s11
	call	match_here
	j	.L134
.L198:
	mv	a1,s7
	lla	a0,.LC2
	call	printf
	j	.L146
.L197:
	ld	a1,16(sp)
	lla	a0,.LC1
	call	printf
	j	.L145
.L200:
	ld	a0,0(sp)
	call	fclose
	j	.L152
.L143:
	beq	a4,zero,.L154
.L153:
	ld	a5,8(sp)
	bne	a5,zero,.L201
.L150:
	mv	a1,s9
	lla	a0,.LC4
	call	printf
	lw	a5,0(s0)
	beq	a5,zero,.L151
.L199:
	beq	s9,zero,.L151
.L154:
	ld	a1,16(sp)
	lla	a0,.LC3
	call	printf
	j	.L151
.L155:
	li	a0,-1
	j	.L190
.L201:
	ld	a1,16(sp)
	lla	a0,.LC1
	call	printf
	j	.L150
.L196:
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
	lla	s0,.L206
.L203:
	mv	a2,s4
	mv	a1,s2
	mv	a0,s1
	call	getopt
	beq	a0,s3,.L256
	addiw	a0,a0,-69
	sext.w	a5,a0
	bgtu	a5,s5,.L204
	slli	a5,a0,32
	srli	a0,a5,30
	add	a0,a0,s0
	lw	a5,0(a0)
	add	a5,a5,s0
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L206:
	.word	.L218-.L206
	.word	.L217-.L206
	.word	.L216-.L206
	.word	.L215-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L214-.L206
	.word	.L204-.L206
	.word	.L213-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L212-.L206
	.word	.L211-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L210-.L206
	.word	.L204-.L206
	.word	.L209-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L208-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L204-.L206
	.word	.L207-.L206
	.word	.L205-.L206
	.section	.text.startup
.L204:
	lw	a2,optopt
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
.L220:
	li	a0,2
	j	.L224
.L205:
	li	a5,1
	sw	a5,opt_w,a4
	j	.L203
.L207:
	li	a5,1
	sw	a5,opt_v,a4
	j	.L203
.L208:
	li	a5,1
	sw	a5,opt_q,a4
	j	.L203
.L209:
	li	a5,1
	sw	a5,opt_n,a4
	j	.L203
.L210:
	li	a5,1
	sw	a5,opt_l,a4
	j	.L203
.L211:
	li	a5,1
	sw	a5,opt_i,a4
	j	.L203
.L212:
	li	a5,1
	sw	a5,opt_h,a4
	j	.L203
.L213:
	ld	a5,optarg
	sd	a5,pattern,a4
	j	.L203
.L214:
	li	a5,1
	sw	a5,opt_c,a4
	j	.L203
.L215:
	li	a5,1
	sw	a5,opt_H,a4
	j	.L203
.L216:
	sw	zero,opt_E,a5
	j	.L203
.L217:
	li	a5,1
	sw	a5,opt_F,a4
	j	.L203
.L218:
	li	a5,1
	sw	a5,opt_E,a4
	j	.L203
.L256:
	lla	a4,pattern
	ld	a3,0(a4)
	lla	s0,optind
	lw	a5,0(s0)
	beq	a3,zero,.L257
.L222:
	lw	a5,0(s0)
	li	a4,1
	subw	a5,s1,a5
	ble	a5,a4,.L225
	lw	s3,opt_h
	li	s4,0
	seqz	s3,s3
.L226:
	lw	s0,0(s0)
	ble	s1,s0,.L228
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
.L235:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L258
.L229:
	li	a0,0
	lla	a1,.LC5
.L233:
	mv	a2,s3
	call	grep_fd
	bge	a0,zero,.L234
	li	s5,1
.L234:
	sgt	a0,a0,zero
	or	a0,s4,a0
	sext.w	s4,a0
.L231:
	addi	s0,s0,8
	bne	s0,s1,.L235
	ld	a0,stdout
	call	fflush
	beq	s5,zero,.L237
	lw	a5,opt_q
	beq	a5,zero,.L220
	beq	s4,zero,.L220
.L237:
	xori	a0,s4,1
.L224:
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
.L258:
	ld	a0,0(s0)
	li	a1,0
	call	open
	blt	a0,zero,.L259
	beq	a0,zero,.L229
	ld	a1,0(s0)
	j	.L233
.L225:
	lw	a2,opt_H
	li	s3,0
	beq	a2,zero,.L227
	lw	s3,opt_h
	seqz	s3,s3
.L227:
	bne	a5,zero,.L239
	lla	a1,.LC5
	li	a0,0
	call	grep_fd
	sgt	s4,a0,zero
	j	.L226
.L259:
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
	j	.L231
.L257:
	ble	s1,a5,.L260
	slli	a3,a5,3
	add	a3,s2,a3
	ld	a3,0(a3)
	addiw	a5,a5,1
	sw	a5,0(s0)
	sd	a3,0(a4)
	j	.L222
.L228:
	ld	a0,stdout
	call	fflush
	j	.L237
.L239:
	li	s4,0
	j	.L226
.L260:
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
	li	a0,2
	j	.L224
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	3
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
