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
	.type	group_close, @function
group_close:
	addi	sp,sp,-64
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	ra,56(sp)
	mv	s0,a0
	lbu	a5,0(s0)
	li	s1,1
	li	s3,40
	addiw	a4,a5,-91
	sw	s1,12(sp)
	li	s2,0
	li	s4,41
	li	a3,1
	andi	a4,a4,0xff
	beq	a5,s3,.L80
.L72:
	beq	a5,s4,.L81
	addi	a2,sp,12
	li	a1,0
	mv	a0,s0
	bleu	a4,s1,.L82
	add	s0,s0,a3
.L83:
	lbu	a5,0(s0)
	sw	s1,12(sp)
	li	a3,1
	addiw	a4,a5,-91
	andi	a4,a4,0xff
	bne	a5,s3,.L72
.L80:
	addiw	s2,s2,1
	add	s0,s0,a3
	j	.L83
.L82:
	call	item_matches
	lw	a3,12(sp)
	add	s0,s0,a3
	j	.L83
.L81:
	addiw	s2,s2,-1
	beq	s2,zero,.L84
	li	a3,1
	add	s0,s0,a3
	j	.L83
.L84:
	ld	ra,56(sp)
	mv	a0,s0
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	addi	sp,sp,64
	jr	ra
	.size	group_close, .-group_close
	.align	1
	.type	match_seq, @function
match_seq:
	addi	sp,sp,-112
	sd	s1,88(sp)
	sd	s8,32(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s2,80(sp)
	sd	s3,72(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	lbu	a5,0(a0)
	mv	s1,a1
	mv	s8,a2
	beq	a5,zero,.L86
	mv	s0,a0
	li	s2,124
	li	s3,41
	li	s4,94
	li	s5,36
	li	s6,40
	li	s7,42
	li	s9,43
.L114:
	beq	a5,s2,.L86
	beq	a5,s3,.L86
	beq	a5,s4,.L145
	beq	a5,s5,.L146
	beq	a5,s6,.L147
	addi	a2,sp,8
	li	a1,120
	mv	a0,s0
	call	item_matches
	lw	s10,8(sp)
	add	a5,s0,s10
	lbu	a5,0(a5)
	beq	a5,s7,.L119
	lbu	a1,0(s1)
	beq	a5,s9,.L105
	li	a4,63
	bne	a5,a4,.L148
	li	s2,1
.L104:
	lbu	a1,0(s1)
	li	s4,0
	beq	a1,zero,.L149
.L117:
	li	s3,0
	li	s5,-1
.L107:
	addi	a2,sp,12
	mv	a0,s0
	call	item_matches
	beq	a0,zero,.L150
	lbu	a1,1(s1)
	addiw	s3,s3,1
	addi	s1,s1,1
	beq	a1,zero,.L110
	beq	s2,s5,.L107
.L110:
	addi	s10,s10,1
	add	s10,s0,s10
.L116:
	subw	s0,s3,s4
	slli	s0,s0,32
	srli	s0,s0,32
	not	s0,s0
	add	s0,s1,s0
	j	.L112
.L151:
	beq	s1,s0,.L113
.L112:
	mv	a1,s1
	mv	a2,s8
	mv	a0,s10
	call	match_seq
	addi	s1,s1,-1
	beq	a0,zero,.L151
.L89:
	li	a0,1
	j	.L140
.L148:
	beq	a1,zero,.L113
	addi	a2,sp,8
	mv	a0,s0
	call	item_matches
	beq	a0,zero,.L113
	lw	a5,8(sp)
	addi	s1,s1,1
	add	s0,s0,a5
	lbu	a5,0(s0)
	bne	a5,zero,.L114
.L86:
	beq	s8,zero,.L152
	ld	a0,0(s8)
	call	group_close
	lbu	a5,1(a0)
	li	a4,42
	beq	a5,a4,.L93
	li	a4,43
	lw	a2,8(s8)
	beq	a5,a4,.L94
	li	a4,63
	bne	a5,a4,.L95
	addi	s0,a0,2
	li	s2,0
	ble	a2,zero,.L97
.L98:
	ld	a2,24(s8)
	mv	a1,s1
	mv	a0,s0
	call	match_seq
	snez	a0,a0
	j	.L140
.L119:
	li	s2,-1
	j	.L104
.L145:
	ld	a5,line_start
	beq	a5,s1,.L144
.L113:
	li	a0,0
.L140:
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
	addi	sp,sp,112
	jr	ra
.L152:
	lw	a5,opt_w
	beq	a5,zero,.L89
	ld	a5,match_start
	beq	a5,s1,.L113
	lbu	s0,0(s1)
	mv	a0,s0
	call	isalnum
	bne	a0,zero,.L113
	addi	a0,s0,-95
	snez	a0,a0
	j	.L140
.L146:
	lbu	a5,0(s1)
	bne	a5,zero,.L113
.L144:
	mv	a2,s8
	mv	a1,s1
	addi	a0,s0,1
	call	match_seq
	snez	a0,a0
	j	.L140
.L147:
	mv	a0,s0
	call	group_close
	lbu	a5,1(a0)
	li	a4,42
	mv	s2,a0
	mv	a3,s8
	li	a2,0
	mv	a1,s1
	mv	a0,s0
	beq	a5,a4,.L103
	li	a4,63
	bne	a5,a4,.L153
.L103:
	call	match_group
	bne	a0,zero,.L89
	mv	a2,s8
	mv	a1,s1
	addi	a0,s2,2
	call	match_seq
	snez	a0,a0
	j	.L140
.L93:
	lw	a2,8(s8)
	addi	s0,a0,2
	li	s2,0
.L97:
	ld	a5,16(s8)
	beq	a5,s1,.L99
	ld	a3,24(s8)
	ld	a0,0(s8)
	mv	a1,s1
	call	match_group
	bne	a0,zero,.L89
	lw	a2,8(s8)
.L99:
	blt	a2,s2,.L113
	j	.L98
.L95:
	addi	s0,a0,1
	li	s2,1
	bgt	a2,zero,.L98
	j	.L97
.L153:
	call	match_group
	snez	a0,a0
	j	.L140
.L94:
	addi	s0,a0,2
	li	s2,1
	j	.L97
.L150:
	bgt	s4,s3,.L113
	j	.L110
.L105:
	li	s2,-1
	li	s4,1
	bne	a1,zero,.L117
	j	.L113
.L149:
	addi	s10,s10,1
	add	s10,s0,s10
	li	s3,0
	j	.L116
	.size	match_seq, .-match_seq
	.align	1
	.type	match_group, @function
match_group:
	addi	sp,sp,-128
	sd	s0,112(sp)
	addi	s0,a0,1
	mv	a5,a0
	addiw	a4,a2,1
	mv	a0,s0
	addi	a2,sp,16
	sd	s7,56(sp)
	sd	ra,120(sp)
	sd	s1,104(sp)
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s8,48(sp)
	mv	s7,a1
	sd	a5,16(sp)
	sw	a4,24(sp)
	sd	a1,32(sp)
	sd	a3,40(sp)
	call	match_seq
	bne	a0,zero,.L162
	mv	s6,a0
	li	s1,0
	li	s2,1
	li	s3,40
	li	s4,41
	li	s5,124
	li	s8,-1
.L155:
	lbu	a5,0(s0)
	sw	s2,12(sp)
	beq	a5,s3,.L167
.L157:
	beq	a5,s4,.L168
	beq	a5,s5,.L169
.L160:
	addiw	a5,a5,-91
	andi	a5,a5,0xff
	bleu	a5,s2,.L163
.L161:
	lbu	a5,1(s0)
	sw	s2,12(sp)
	addi	s0,s0,1
	bne	a5,s3,.L157
.L167:
	addiw	s1,s1,1
	addi	s0,s0,1
	j	.L155
.L163:
	mv	a0,s0
	addi	a2,sp,12
	li	a1,0
	call	item_matches
	lw	a5,12(sp)
	add	s0,s0,a5
	j	.L155
.L168:
	addiw	s1,s1,-1
	bne	s1,s8,.L161
.L156:
	ld	ra,120(sp)
	ld	s0,112(sp)
	ld	s1,104(sp)
	ld	s2,96(sp)
	ld	s3,88(sp)
	ld	s4,80(sp)
	ld	s5,72(sp)
	ld	s7,56(sp)
	ld	s8,48(sp)
	mv	a0,s6
	ld	s6,64(sp)
	addi	sp,sp,128
	jr	ra
.L169:
	bne	s1,zero,.L161
	addi	a2,sp,16
	mv	a1,s7
	addi	a0,s0,1
	call	match_seq
	bne	a0,zero,.L162
	lbu	a5,0(s0)
	j	.L160
.L162:
	li	s6,1
	j	.L156
	.size	match_group, .-match_group
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
	addi	sp,sp,-160
	mv	a5,a1
	lla	a1,.LC0
	sd	ra,152(sp)
	sd	s0,144(sp)
	sd	s1,136(sp)
	sd	s2,128(sp)
	sd	s3,120(sp)
	sd	s4,112(sp)
	sd	s5,104(sp)
	sd	s6,96(sp)
	sd	s7,88(sp)
	sd	s8,80(sp)
	sd	s9,72(sp)
	sd	s10,64(sp)
	sd	s11,56(sp)
	sd	a0,24(sp)
	sd	a5,16(sp)
	sd	a2,8(sp)
	call	fdopen
	sd	a0,0(sp)
	sd	zero,32(sp)
	sd	zero,40(sp)
	beq	a0,zero,.L199
	li	s9,0
	li	s8,0
	lla	s1,pattern
	lla	s3,match_start
	lla	s2,opt_F
	lla	s5,opt_w
	lla	s4,opt_i
.L172:
	ld	a2,0(sp)
	addi	a1,sp,40
	addi	a0,sp,32
	call	getline
	blt	a0,zero,.L242
.L192:
	ld	s6,32(sp)
	addi	s8,s8,1
	beq	a0,zero,.L173
	addi	a0,a0,-1
	add	a0,s6,a0
	lbu	a4,0(a0)
	li	a5,10
	bne	a4,a5,.L173
	sb	zero,0(a0)
	ld	s6,32(sp)
.L173:
	ld	a0,0(s1)
	mv	s10,s6
	li	s7,95
	call	strlen
	lw	a4,0(s2)
	lla	a5,line_start
	sd	s6,0(a5)
	sd	s10,0(s3)
	mv	s0,a0
	ld	a0,0(s1)
	beq	a4,zero,.L174
.L250:
	lw	a4,0(s4)
	mv	a1,a0
	mv	a2,s0
	mv	a0,s10
	beq	a4,zero,.L175
	call	strncasecmp
	bne	a0,zero,.L180
.L176:
	mv	a0,s10
	call	strlen
	bgtu	s0,a0,.L180
	lw	a4,0(s5)
	bne	a4,zero,.L243
.L181:
	li	a5,1
.L177:
	lw	a4,opt_v
	beq	a4,a5,.L172
	lw	a5,opt_q
	addi	s9,s9,1
	bne	a5,zero,.L244
	lla	s0,opt_l
	lw	a5,0(s0)
	lw	a4,opt_c
	bne	a5,zero,.L187
	bne	a4,zero,.L172
	ld	a5,8(sp)
	bne	a5,zero,.L245
.L189:
	lw	a5,opt_n
	bne	a5,zero,.L246
.L190:
	ld	a1,32(sp)
	lla	a0,.LC3
	call	printf
	ld	a2,0(sp)
	addi	a1,sp,40
	addi	a0,sp,32
	call	getline
	bge	a0,zero,.L192
.L242:
	lw	a5,opt_c
	lla	s0,opt_l
	bne	a5,zero,.L197
	lw	a5,0(s0)
	bne	a5,zero,.L247
.L195:
	ld	a0,32(sp)
	call	free
	ld	a5,24(sp)
	bne	a5,zero,.L248
.L196:
	sgt	a0,s9,zero
.L239:
	ld	ra,152(sp)
	ld	s0,144(sp)
	ld	s1,136(sp)
	ld	s2,128(sp)
	ld	s3,120(sp)
	ld	s4,112(sp)
	ld	s5,104(sp)
	ld	s6,96(sp)
	ld	s7,88(sp)
	ld	s8,80(sp)
	ld	s9,72(sp)
	ld	s10,64(sp)
	ld	s11,56(sp)
	addi	sp,sp,160
	jr	ra
.L243:
	add	a4,s10,s0
	lbu	s11,0(a4)
	mv	a0,s11
	call	isalnum
	bne	a0,zero,.L180
	li	a3,95
	beq	s11,a3,.L180
	beq	s0,zero,.L180
.L183:
	lw	a4,0(s5)
	beq	a4,zero,.L181
	bleu	s10,s6,.L181
	lbu	s11,-1(s10)
	mv	a0,s11
	call	isalnum
	bne	a0,zero,.L180
	bne	s11,s7,.L181
.L180:
	lbu	a4,0(s10)
	beq	a4,zero,.L249
.L238:
	lw	a4,0(s2)
	addi	s10,s10,1
	sd	s10,0(s3)
	ld	a0,0(s1)
	bne	a4,zero,.L250
.L174:
	li	a2,0
	mv	a1,s10
	call	match_seq
	bne	a0,zero,.L183
	lbu	a4,0(s10)
	bne	a4,zero,.L238
.L249:
	li	a5,0
	j	.L177
.L175:
	call	strncmp
	beq	a0,zero,.L176
	j	.L180
.L246:
	mv	a1,s8
	lla	a0,.LC2
	call	printf
	j	.L190
.L245:
	ld	a1,16(sp)
	lla	a0,.LC1
	call	printf
	j	.L189
.L248:
	ld	a0,0(sp)
	call	fclose
	j	.L196
.L187:
	beq	a4,zero,.L198
.L197:
	ld	a5,8(sp)
	bne	a5,zero,.L251
.L194:
	mv	a1,s9
	lla	a0,.LC4
	call	printf
	lw	a5,0(s0)
	beq	a5,zero,.L195
.L247:
	beq	s9,zero,.L195
.L198:
	ld	a1,16(sp)
	lla	a0,.LC3
	call	printf
	j	.L195
.L199:
	li	a0,-1
	j	.L239
.L251:
	ld	a1,16(sp)
	lla	a0,.LC1
	call	printf
	j	.L194
.L244:
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
	.string	"()|+?*^$"
	.align	3
.LC10:
	.string	"()|+?"
	.align	3
.LC11:
	.string	"*^$"
	.align	3
.LC12:
	.string	"*+?"
	.align	3
.LC13:
	.string	")|"
	.align	3
.LC14:
	.string	"grep: Unmatched ) or \\)\n"
	.align	3
.LC15:
	.string	"(|"
	.align	3
.LC16:
	.string	"grep: Unmatched ( or \\(\n"
	.align	3
.LC17:
	.string	"-"
	.align	3
.LC18:
	.string	"grep: %s: %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-144
	sd	s0,128(sp)
	sd	s1,120(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	ra,136(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	s9,56(sp)
	sd	s10,48(sp)
	sd	s11,40(sp)
	mv	s1,a0
	mv	s2,a1
	sw	zero,opterr,a5
	lla	s4,.LC7
	li	s3,-1
	li	s5,50
	lla	s0,.L256
.L253:
	mv	a2,s4
	mv	a1,s2
	mv	a0,s1
	call	getopt
	beq	a0,s3,.L382
	addiw	a0,a0,-69
	sext.w	a5,a0
	bgtu	a5,s5,.L254
	slli	a5,a0,32
	srli	a0,a5,30
	add	a0,a0,s0
	lw	a5,0(a0)
	add	a5,a5,s0
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L256:
	.word	.L268-.L256
	.word	.L267-.L256
	.word	.L266-.L256
	.word	.L265-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L264-.L256
	.word	.L254-.L256
	.word	.L263-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L262-.L256
	.word	.L261-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L260-.L256
	.word	.L254-.L256
	.word	.L259-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L258-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L254-.L256
	.word	.L257-.L256
	.word	.L255-.L256
	.section	.text.startup
.L254:
	lw	a2,optopt
	lla	a1,.LC6
	ld	a0,stderr
	call	fprintf
.L270:
	li	a0,2
	j	.L373
.L255:
	li	a5,1
	sw	a5,opt_w,a4
	j	.L253
.L257:
	li	a5,1
	sw	a5,opt_v,a4
	j	.L253
.L258:
	li	a5,1
	sw	a5,opt_q,a4
	j	.L253
.L259:
	li	a5,1
	sw	a5,opt_n,a4
	j	.L253
.L260:
	li	a5,1
	sw	a5,opt_l,a4
	j	.L253
.L261:
	li	a5,1
	sw	a5,opt_i,a4
	j	.L253
.L262:
	li	a5,1
	sw	a5,opt_h,a4
	j	.L253
.L263:
	ld	a5,optarg
	sd	a5,pattern,a4
	j	.L253
.L264:
	li	a5,1
	sw	a5,opt_c,a4
	j	.L253
.L265:
	li	a5,1
	sw	a5,opt_H,a4
	j	.L253
.L266:
	sw	zero,opt_E,a5
	j	.L253
.L267:
	li	a5,1
	sw	a5,opt_F,a4
	j	.L253
.L268:
	li	a5,1
	sw	a5,opt_E,a4
	j	.L253
.L382:
	lla	s6,pattern
	ld	a5,0(s6)
	beq	a5,zero,.L383
.L272:
	lw	a5,opt_F
	beq	a5,zero,.L384
.L275:
	lla	s0,optind
	lw	a5,0(s0)
	li	a4,1
	subw	a5,s1,a5
	ble	a5,a4,.L312
	lw	s3,opt_h
	li	s4,0
	seqz	s3,s3
.L313:
	lw	s0,0(s0)
	ble	s1,s0,.L315
	subw	s1,s1,s0
	slli	s1,s1,32
	srli	s1,s1,32
	add	s1,s1,s0
	slli	s1,s1,3
	slli	s0,s0,3
	add	s0,s2,s0
	add	s1,s2,s1
	li	s5,0
	lla	s2,.LC17
.L322:
	ld	a0,0(s0)
	mv	a1,s2
	call	strcmp
	bne	a0,zero,.L385
.L316:
	li	a0,0
	lla	a1,.LC5
.L320:
	mv	a2,s3
	call	grep_fd
	bge	a0,zero,.L321
	li	s5,1
.L321:
	sgt	a0,a0,zero
	or	a0,s4,a0
	sext.w	s4,a0
.L318:
	addi	s0,s0,8
	bne	s1,s0,.L322
	ld	a0,stdout
	call	fflush
	beq	s5,zero,.L324
	lw	a5,opt_q
	beq	a5,zero,.L270
	beq	s4,zero,.L270
.L324:
	xori	a0,s4,1
.L373:
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
	ld	s10,48(sp)
	ld	s11,40(sp)
	addi	sp,sp,144
	jr	ra
.L385:
	ld	a0,0(s0)
	li	a1,0
	call	open
	blt	a0,zero,.L386
	beq	a0,zero,.L316
	ld	a1,0(s0)
	j	.L320
.L312:
	lw	a2,opt_H
	li	s3,0
	beq	a2,zero,.L314
	lw	s3,opt_h
	seqz	s3,s3
.L314:
	bne	a5,zero,.L336
	lla	a1,.LC5
	li	a0,0
	call	grep_fd
	sgt	s4,a0,zero
	j	.L313
.L386:
	ld	s7,0(s0)
	lw	a0,errno
	ld	s6,stderr
	call	strerror
	mv	a3,a0
	mv	a2,s7
	lla	a1,.LC18
	mv	a0,s6
	li	s5,1
	call	fprintf
	j	.L318
.L384:
	ld	s10,0(s6)
	mv	a0,s10
	call	strlen
	slli	a0,a0,1
	addi	a0,a0,3
	call	malloc
	li	a5,40
	sb	a5,0(a0)
	lbu	s8,0(s10)
	sd	a0,8(sp)
	addi	s11,a0,1
	beq	s8,zero,.L276
	li	s5,0
	li	s3,1
	lla	s4,opt_E
	li	s0,92
	li	s9,40
.L311:
	lw	a2,0(s4)
	bne	a2,zero,.L277
.L282:
	beq	s8,s0,.L387
	sext.w	s7,s8
	mv	a1,s7
	lla	a0,.LC11
	call	strchr
	beq	a0,zero,.L289
	li	a4,94
	addi	a5,s10,1
	bne	s8,a4,.L290
	li	a4,1
	sd	a5,0(sp)
	li	a1,94
	lla	a0,.LC12
	beq	s3,a4,.L388
	call	strchr
	ld	a5,0(sp)
	mv	s10,a5
	j	.L292
.L277:
	mv	a1,s8
	lla	a0,.LC9
	call	strchr
	beq	a0,zero,.L280
	addi	s10,s10,1
.L281:
	beq	s8,s9,.L389
	li	a2,41
	bne	s8,a2,.L298
	bne	s5,zero,.L307
	lw	a2,0(s4)
	beq	a2,zero,.L308
	li	a1,41
	lla	a0,.LC12
	call	strchr
.L292:
	sb	s0,0(s11)
	sb	s8,1(s11)
	li	s3,0
	addi	s11,s11,2
.L293:
	lbu	s8,0(s10)
	bne	s8,zero,.L311
	bne	s5,zero,.L390
.L276:
	li	a5,41
	sb	a5,0(s11)
	ld	a5,8(sp)
	sb	zero,1(s11)
	sd	a5,0(s6)
	j	.L275
.L280:
	lw	a2,0(s4)
	beq	a2,zero,.L282
	li	a2,91
	beq	s8,a2,.L299
.L301:
	sext.w	s7,s8
	bne	s8,s0,.L300
.L302:
	lbu	a2,1(s10)
	beq	a2,zero,.L391
	addi	a2,s11,1
	sb	s0,0(s11)
.L303:
	lbu	a5,1(s10)
	snez	a5,a5
	add	a5,s10,a5
.L304:
	lbu	a1,0(a5)
	addi	s10,a5,1
	addi	s11,a2,1
	sb	a1,0(a2)
	li	s3,0
	j	.L293
.L289:
	li	a1,91
	beq	s8,a1,.L299
.L300:
	mv	a1,s7
	lla	a0,.LC10
	call	strchr
	beq	a0,zero,.L392
	addi	a2,s11,1
	sb	s0,0(s11)
	mv	a5,s10
	j	.L304
.L389:
	addiw	s5,s5,1
	sext.w	s7,s8
.L297:
	mv	a1,s7
	lla	a0,.LC12
	call	strchr
	beq	a0,zero,.L379
	bne	s3,zero,.L292
.L379:
	addi	a2,s11,1
	sb	s8,0(s11)
.L310:
	mv	a1,s7
	lla	a0,.LC15
	sd	a2,0(sp)
	call	strchr
	ld	a2,0(sp)
	snez	s3,a0
	mv	s11,a2
	j	.L293
.L387:
	lbu	a1,1(s10)
	bne	a1,zero,.L393
	li	a1,92
	lla	a0,.LC11
	call	strchr
	beq	a0,zero,.L301
.L330:
	addi	s10,s10,1
.L298:
	sext.w	s7,s8
	mv	a1,s7
	lla	a0,.LC12
	call	strchr
	beq	a0,zero,.L309
	bne	s3,zero,.L292
.L309:
	addi	a2,s11,1
	sb	s8,0(s11)
	li	a5,94
	li	s3,2
	mv	s11,a2
	beq	s8,a5,.L293
	j	.L310
.L391:
	mv	a1,s8
	lla	a0,.LC10
	call	strchr
	beq	a0,zero,.L332
	sb	s0,0(s11)
	addi	a2,s11,1
	beq	s8,s0,.L303
	mv	a5,s10
	j	.L304
.L299:
	addi	a2,sp,28
	li	a1,0
	mv	a0,s10
	call	item_matches
	lw	s3,28(sp)
	mv	a1,s10
	mv	a0,s11
	mv	a2,s3
	add	s11,s11,s3
	add	s10,s10,s3
	call	memcpy
	li	s3,0
	j	.L293
.L307:
	addiw	s5,s5,-1
	j	.L298
.L392:
	mv	a2,s11
	mv	a5,s10
	j	.L304
.L383:
	lla	a3,optind
	lw	a5,0(a3)
	bge	a5,s1,.L394
	slli	a4,a5,3
	add	a4,s2,a4
	ld	a4,0(a4)
	addiw	a5,a5,1
	sw	a5,0(a3)
	sd	a4,0(s6)
	j	.L272
.L290:
	li	a1,36
	bne	s8,a1,.L294
	lbu	a1,1(s10)
	bne	a1,zero,.L395
	mv	s10,a5
	j	.L297
.L395:
	beq	a1,s0,.L396
.L296:
	li	a1,36
	lla	a0,.LC12
	sd	a5,0(sp)
	call	strchr
	ld	a5,0(sp)
	mv	s10,a5
	j	.L292
.L393:
	lla	a0,.LC10
	call	strchr
	beq	a0,zero,.L285
	lbu	s8,1(s10)
	addi	s10,s10,2
	j	.L281
.L332:
	mv	a2,s11
	j	.L303
.L396:
	lbu	a1,2(s10)
	beq	a1,zero,.L296
	lla	a0,.LC13
	sd	a5,0(sp)
	call	strchr
	ld	a5,0(sp)
	beq	a0,zero,.L296
	mv	s10,a5
	j	.L297
.L315:
	ld	a0,stdout
	call	fflush
	j	.L324
.L285:
	lw	a2,0(s4)
	bne	a2,zero,.L302
	li	a1,92
	lla	a0,.LC11
	call	strchr
	bne	a0,zero,.L330
	j	.L302
.L336:
	li	s4,0
	j	.L313
.L388:
	call	strchr
	ld	a5,0(sp)
	mv	s10,a5
	bne	a0,zero,.L292
	li	a5,94
	sb	a5,0(s11)
	li	s3,2
	addi	s11,s11,1
	j	.L293
.L394:
	lla	a1,.LC8
	ld	a0,stderr
	call	fprintf
	li	a0,2
	j	.L373
.L294:
	mv	s10,a5
	j	.L281
.L390:
	lla	a1,.LC16
	ld	a0,stderr
	call	fprintf
	li	a0,2
	call	exit
.L308:
	lla	a1,.LC14
	ld	a0,stderr
	call	fprintf
	li	a0,2
	call	exit
	.size	main, .-main
	.section	.sbss,"aw",@nobits
	.align	3
	.type	match_start, @object
	.size	match_start, 8
match_start:
	.zero	8
	.type	line_start, @object
	.size	line_start, 8
line_start:
	.zero	8
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
