# programs/libc/stdio.s -- generated from stdio.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o stdio.s stdio.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"stdio.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	fflush
	.type	fflush, @function
fflush:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	beq	a0,zero,.L29
	lw	a5,4(a0)
	mv	s2,a0
	andi	a5,a5,2
	beq	a5,zero,.L6
	ld	s0,32(a0)
	bne	s0,zero,.L30
.L6:
	li	s1,0
.L24:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	mv	a0,s1
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
.L30:
	lw	s3,0(a0)
	ld	s1,16(a0)
	sd	zero,32(a0)
	lla	s5,errno
	li	s4,4
.L10:
	mv	a2,s0
	mv	a1,s1
	mv	a0,s3
	call	write
	blt	a0,zero,.L31
.L7:
	sub	s0,s0,a0
	add	s1,s1,a0
	beq	s0,zero,.L6
	mv	a2,s0
	mv	a1,s1
	mv	a0,s3
	call	write
	bge	a0,zero,.L7
.L31:
	lw	a5,0(s5)
	beq	a5,s4,.L10
	lw	a5,4(s2)
	li	s1,-1
	ori	a5,a5,8
	sw	a5,4(s2)
	j	.L24
.L29:
	ld	s0,open_files
	li	s1,0
	beq	s0,zero,.L6
.L3:
	mv	a0,s0
	call	fflush
	bge	a0,zero,.L5
	li	s1,-1
.L5:
	ld	s0,56(s0)
	bne	s0,zero,.L3
	j	.L24
	.size	fflush, .-fflush
	.align	1
	.globl	__stdio_exit
	.type	__stdio_exit, @function
__stdio_exit:
	addi	sp,sp,-16
	sd	s0,0(sp)
	sd	ra,8(sp)
	ld	s0,open_files
	beq	s0,zero,.L32
.L34:
	mv	a0,s0
	call	fflush
	ld	s0,56(s0)
	bne	s0,zero,.L34
.L32:
	ld	ra,8(sp)
	ld	s0,0(sp)
	addi	sp,sp,16
	jr	ra
	.size	__stdio_exit, .-__stdio_exit
	.align	1
	.globl	fwrite
	.type	fwrite, @function
fwrite:
	lw	a5,4(a3)
	andi	a5,a5,2
	beq	a5,zero,.L77
	addi	sp,sp,-64
	sd	s0,48(sp)
	mul	s0,a1,a2
	sd	s3,24(sp)
	sd	ra,56(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	mv	s3,a2
	bne	s0,zero,.L85
.L42:
	li	a0,0
	j	.L40
.L85:
	lw	a4,48(a3)
	lw	a5,8(a3)
	mv	s1,a3
	mv	s2,a0
	bne	a4,zero,.L47
	li	s4,1
	sw	s4,48(a3)
	bne	a5,zero,.L47
	lw	a0,0(a3)
	call	isatty
	beq	a0,zero,.L86
	sw	s4,8(s1)
	j	.L49
.L86:
	lw	a5,8(s1)
.L47:
	li	a4,2
	beq	a5,a4,.L87
.L49:
	ld	a5,32(s1)
	ld	a4,24(s1)
	add	a3,a5,s0
	bleu	a3,a4,.L56
	mv	a0,s1
	call	fflush
	blt	a0,zero,.L42
	ld	a5,24(s1)
	bleu	a5,s0,.L57
	ld	a5,32(s1)
.L56:
	ld	a0,16(s1)
	mv	a2,s0
	mv	a1,s2
	add	a0,a0,a5
	call	memcpy
	ld	a5,32(s1)
	lw	a3,8(s1)
	li	a4,1
	add	a5,a5,s0
	sd	a5,32(s1)
	beq	a3,a4,.L88
.L53:
	mv	a0,s3
.L40:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	ld	s6,0(sp)
	addi	sp,sp,64
	jr	ra
.L87:
	lw	s4,0(s1)
	lla	s6,errno
	li	s5,4
.L54:
	mv	a2,s0
	mv	a1,s2
	mv	a0,s4
	call	write
	blt	a0,zero,.L89
.L50:
	sub	s0,s0,a0
	add	s2,s2,a0
	beq	s0,zero,.L53
	mv	a2,s0
	mv	a1,s2
	mv	a0,s4
	call	write
	bge	a0,zero,.L50
.L89:
	lw	a5,0(s6)
	beq	a5,s5,.L54
.L74:
	lw	a5,4(s1)
	li	a0,0
	ori	a5,a5,8
	sw	a5,4(s1)
	j	.L40
.L88:
	mv	a2,s0
	li	a1,10
	mv	a0,s2
	call	memchr
	beq	a0,zero,.L53
	mv	a0,s1
	call	fflush
	bge	a0,zero,.L53
	li	a0,0
	j	.L40
.L57:
	lw	s4,0(s1)
	lla	s6,errno
	li	s5,4
.L61:
	mv	a2,s0
	mv	a1,s2
	mv	a0,s4
	call	write
	blt	a0,zero,.L90
.L58:
	sub	s0,s0,a0
	add	s2,s2,a0
	beq	s0,zero,.L53
	mv	a2,s0
	mv	a1,s2
	mv	a0,s4
	call	write
	bge	a0,zero,.L58
.L90:
	lw	a5,0(s6)
	beq	a5,s5,.L61
	j	.L74
.L77:
	li	a0,0
	ret
	.size	fwrite, .-fwrite
	.align	1
	.type	emit, @function
emit:
	ld	a3,16(a0)
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	ra,72(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	mv	s0,a0
	mv	s1,a1
	mv	s2,a2
	beq	a3,zero,.L92
	li	a1,1
	mv	a0,s1
	call	fwrite
	ld	a4,296(s0)
.L93:
	add	s2,s2,a4
	sd	s2,296(s0)
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
.L92:
	lw	s5,24(a0)
	blt	s5,zero,.L94
	ld	s3,288(a0)
	li	a5,256
	add	a4,s3,a2
	bgtu	a4,a5,.L122
.L95:
	li	a5,256
	bleu	s2,a5,.L100
	lw	s4,24(s0)
	mv	s3,s2
	lla	s6,errno
	li	s5,4
.L104:
	mv	a2,s3
	mv	a1,s1
	mv	a0,s4
	call	write
	blt	a0,zero,.L123
	sub	s3,s3,a0
	add	s1,s1,a0
	bne	s3,zero,.L104
	ld	a4,296(s0)
	j	.L93
.L100:
	ld	a5,288(s0)
	addi	a0,s0,28
	mv	a2,s2
	add	a0,a0,a5
	mv	a1,s1
	call	memcpy
	ld	a5,288(s0)
	ld	a4,296(s0)
	add	a5,a5,s2
	sd	a5,288(s0)
	j	.L93
.L122:
	addi	s4,a0,28
	lla	s7,errno
	li	s6,4
	beq	s3,zero,.L99
.L96:
	mv	a2,s3
	mv	a1,s4
	mv	a0,s5
	call	write
	blt	a0,zero,.L124
	sub	s3,s3,a0
	add	s4,s4,a0
	bne	s3,zero,.L96
.L99:
	sd	zero,288(s0)
	j	.L95
.L123:
	lw	a5,0(s6)
	beq	a5,s5,.L104
	ld	a4,296(s0)
	j	.L93
.L124:
	lw	a5,0(s7)
	beq	a5,s6,.L96
	sd	zero,288(s0)
	j	.L95
.L94:
	ld	a5,0(a0)
	ld	a4,296(a0)
	beq	a5,zero,.L93
	beq	a2,zero,.L93
	li	a5,0
.L106:
	ld	a2,8(s0)
	add	a3,a5,a4
	addi	a1,a3,1
	add	a0,s1,a5
	addi	a5,a5,1
	bgeu	a1,a2,.L105
	ld	a4,0(s0)
	lbu	a2,0(a0)
	add	a4,a4,a3
	sb	a2,0(a4)
	ld	a4,296(s0)
.L105:
	bne	s2,a5,.L106
	j	.L93
	.size	emit, .-emit
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"(null)"
	.align	3
.LC1:
	.string	"0123456789ABCDEF"
	.align	3
.LC2:
	.string	"0123456789abcdef"
	.align	3
.LC3:
	.string	"-"
	.align	3
.LC4:
	.string	"+"
	.align	3
.LC5:
	.string	" "
	.align	3
.LC6:
	.string	""
	.align	3
.LC7:
	.string	"0X"
	.align	3
.LC8:
	.string	"0x"
	.align	3
.LC9:
	.string	"(nil)"
	.align	3
.LC11:
	.string	"%"
	.text
	.align	1
	.type	format, @function
format:
	lbu	a5,0(a1)
	beq	a5,zero,.L274
	addi	sp,sp,-208
	sd	s3,168(sp)
	li	s3,65536
	sd	s1,184(sp)
	sd	s2,176(sp)
	sd	s4,160(sp)
	sd	s6,144(sp)
	sd	ra,200(sp)
	sd	s0,192(sp)
	sd	s5,152(sp)
	sd	s7,136(sp)
	sd	s8,128(sp)
	sd	s9,120(sp)
	sd	s10,112(sp)
	sd	s11,104(sp)
	mv	s4,a1
	mv	s2,a0
	mv	s6,a2
	li	s1,43
	addi	s3,s3,1029
.L126:
	li	a4,37
	beq	a5,a4,.L127
	lbu	a5,0(s4)
	mv	s0,s4
	li	a2,0
	beq	a5,zero,.L129
.L128:
	beq	a5,a4,.L277
	lbu	a5,1(s0)
	addi	s0,s0,1
	bne	a5,zero,.L128
.L277:
	sub	a2,s0,s4
.L129:
	mv	a1,s4
	mv	a0,s2
	call	emit
	mv	s4,s0
.L211:
	lbu	a5,0(s4)
	bne	a5,zero,.L126
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
.L127:
	lbu	a4,1(s4)
	sd	zero,0(sp)
	sd	zero,8(sp)
	li	a3,45
	addi	s11,s4,1
	li	s7,0
	li	s5,0
	li	s9,0
	li	a0,48
	li	a1,32
	li	a2,35
	beq	a4,a3,.L218
.L288:
	beq	a4,s1,.L219
	bgtu	a4,s1,.L133
	beq	a4,a1,.L220
	bne	a4,a2,.L287
	li	s5,1
	addi	s11,s11,1
.L289:
	lbu	a4,0(s11)
	bne	a4,a3,.L288
.L218:
	li	s9,1
	addi	s11,s11,1
	j	.L289
.L133:
	bne	a4,a0,.L223
	li	s7,1
	addi	s11,s11,1
	j	.L289
.L220:
	li	a5,1
	sd	a5,0(sp)
	addi	s11,s11,1
	j	.L289
.L223:
	li	s0,0
	j	.L139
.L140:
	lbu	s0,0(s11)
	addi	s11,s11,1
	addiw	s0,s0,-48
	addw	s0,s0,a4
.L139:
	lbu	a0,0(s11)
	call	isdigit
	slliw	a4,s0,2
	addw	a4,a4,s0
	slliw	a4,a4,1
	bne	a0,zero,.L140
	lbu	a3,0(s11)
	li	a4,46
	li	s10,-1
	beq	a3,a4,.L290
.L141:
	li	a6,0
	li	a0,104
	li	a7,16
	li	t1,-1
.L151:
	lbu	a3,0(s11)
	beq	a3,a0,.L291
	addiw	a4,a3,-106
	andi	a4,a4,0xff
	srl	a2,s3,a4
	andi	a2,a2,1
	bgtu	a4,a7,.L147
.L293:
	bne	a2,zero,.L148
	addi	s11,s11,1
.L149:
	addiw	a4,a3,-88
	andi	a4,a4,0xff
	li	a2,32
	bgtu	a4,a2,.L152
	li	a5,1
	sll	a2,a5,a4
	lla	a5,.LC10
	ld	a5,0(a5)
	and	a2,a2,a5
	bne	a2,zero,.L154
	li	a3,27
	beq	a4,a3,.L155
	li	a3,11
	beq	a4,a3,.L292
.L152:
	sub	a2,s11,s4
	mv	a1,s4
	mv	a0,s2
	call	emit
	mv	s4,s11
	j	.L211
.L291:
	beq	a6,t1,.L225
.L150:
	li	a6,-1
	addi	s11,s11,1
	j	.L151
.L225:
	li	a6,-2
	addi	s11,s11,1
	j	.L151
.L148:
	lbu	a3,1(s11)
	li	a6,1
	addi	s11,s11,1
	beq	a3,a0,.L150
	addiw	a4,a3,-106
	andi	a4,a4,0xff
	srl	a2,s3,a4
	andi	a2,a2,1
	bleu	a4,a7,.L293
.L147:
	beq	a3,zero,.L152
	li	a4,37
	addi	s11,s11,1
	bne	a3,a4,.L149
	li	a2,1
	lla	a1,.LC11
	mv	a0,s2
	call	emit
	mv	s4,s11
	j	.L211
.L219:
	li	a5,1
	sd	a5,8(sp)
	addi	s11,s11,1
	j	.L289
.L287:
	li	a3,42
	bne	a4,a3,.L223
	lw	s0,0(s6)
	addi	s6,s6,8
	blt	s0,zero,.L294
	addi	s11,s11,1
.L296:
	lbu	a3,0(s11)
	li	a4,46
	li	s10,-1
	bne	a3,a4,.L141
.L290:
	lbu	a3,1(s11)
	li	a4,42
	bne	a3,a4,.L295
	lw	s10,0(s6)
	addi	s11,s11,2
	addi	s6,s6,8
	j	.L141
.L294:
	negw	s0,s0
	li	s9,1
	addi	s11,s11,1
	j	.L296
.L155:
	ld	a5,0(s6)
	addi	s6,s6,8
	sd	a5,0(sp)
	beq	a5,zero,.L297
	blt	s10,zero,.L158
.L310:
	ld	a0,0(sp)
	mv	a1,s10
	call	strnlen
.L283:
	lla	a5,.LC6
	sd	a5,16(sp)
	sext.w	a2,a0
	ld	a0,16(sp)
	mv	s8,a2
	sd	a2,24(sp)
	call	strlen
	ld	a2,24(sp)
	sext.w	a5,a0
	li	s10,-1
	sd	a5,8(sp)
	mv	s7,s9
	addi	s4,sp,64
	ble	s10,a2,.L246
.L300:
	subw	s10,s10,a2
	addw	a1,s10,a5
	addw	a5,a1,a2
	sw	a5,24(sp)
	bne	s7,zero,.L196
.L301:
	li	a2,32
	li	a1,32
	mv	a0,s4
	subw	s5,s0,a5
	li	s7,32
	call	memset
	ble	s5,zero,.L200
.L197:
	mv	a1,s4
	mv	a0,s2
	mv	a6,s5
	ble	s5,s7,.L199
	li	a6,32
.L199:
	subw	s5,s5,a6
	sext.w	a2,a6
	call	emit
	bgt	s5,zero,.L197
.L200:
	ld	a2,8(sp)
	ld	a1,16(sp)
	mv	a0,s2
	call	emit
.L198:
	li	a2,32
	li	a1,48
	mv	a0,s4
	call	memset
	beq	s10,zero,.L298
.L213:
	li	s5,32
.L206:
	mv	a1,s4
	mv	a0,s2
	mv	a3,s10
	ble	s10,s5,.L205
	li	a3,32
.L205:
	subw	s10,s10,a3
	sext.w	a2,a3
	call	emit
	bgt	s10,zero,.L206
	ld	a1,0(sp)
	mv	a2,s8
	mv	a0,s2
	call	emit
	bne	s9,zero,.L215
.L207:
	mv	s4,s11
	j	.L211
.L154:
	li	a4,112
	addi	t1,s6,8
	bne	a3,a4,.L160
	ld	s8,0(s6)
	bne	s8,zero,.L299
	lla	a5,.LC6
	sd	a5,16(sp)
	lla	a5,.LC9
	mv	s7,s9
	li	s8,5
	li	a2,5
	sd	a5,0(sp)
	li	s10,-1
	addi	s4,sp,64
	mv	s6,t1
.L309:
	ld	a0,16(sp)
	sd	a2,24(sp)
	call	strlen
	ld	a2,24(sp)
	sext.w	a5,a0
	sd	a5,8(sp)
	bgt	s10,a2,.L300
.L246:
	ld	a1,8(sp)
	li	s10,0
	j	.L156
.L292:
	lw	a4,0(s6)
	lla	a0,.LC6
	addi	s6,s6,8
	sb	a4,32(sp)
	call	strlen
	sext.w	a5,a0
	sd	a5,8(sp)
	mv	a1,a5
	lla	a5,.LC6
	sd	a5,16(sp)
	addi	a5,sp,32
	mv	s7,s9
	li	s8,1
	li	a2,1
	sd	a5,0(sp)
	li	s10,0
	addi	s4,sp,64
.L156:
	addw	a5,a1,a2
	sw	a5,24(sp)
	beq	s7,zero,.L301
.L196:
	ld	a2,8(sp)
	ld	a1,16(sp)
	mv	a0,s2
	call	emit
	li	a2,32
	li	a1,48
	mv	a0,s4
	bne	s9,zero,.L201
	lw	a5,24(sp)
	li	s5,32
	subw	s7,s0,a5
	call	memset
	ble	s7,zero,.L198
.L202:
	mv	a1,s4
	mv	a0,s2
	mv	a3,s7
	ble	s7,s5,.L203
	li	a3,32
.L203:
	subw	s7,s7,a3
	sext.w	a2,a3
	call	emit
	bgt	s7,zero,.L202
	li	a2,32
	li	a1,48
	mv	a0,s4
	call	memset
	bne	s10,zero,.L213
	j	.L298
.L201:
	call	memset
	bne	s10,zero,.L213
	ld	a1,0(sp)
	mv	a2,s8
	mv	a0,s2
	call	emit
.L215:
	lw	a5,24(sp)
	li	a2,32
	li	a1,32
	mv	a0,s4
	subw	s0,s0,a5
	li	s5,32
	call	memset
	ble	s0,zero,.L207
.L208:
	mv	a1,s4
	mv	a0,s2
	mv	a4,s0
	ble	s0,s5,.L209
	li	a4,32
.L209:
	subw	s0,s0,a4
	sext.w	a2,a4
	call	emit
	bgt	s0,zero,.L208
	mv	s4,s11
	j	.L211
.L295:
	addi	s11,s11,1
	li	s10,0
	j	.L143
.L144:
	lbu	a1,0(s11)
	addi	s11,s11,1
	addiw	a1,a1,-48
	addw	s10,a1,a4
.L143:
	lbu	a0,0(s11)
	call	isdigit
	slliw	a4,s10,2
	addw	a4,a4,s10
	slliw	a4,a4,1
	bne	a0,zero,.L144
	j	.L141
.L160:
	li	a4,100
	beq	a3,a4,.L302
	li	a4,105
	li	a5,1
	beq	a3,a4,.L303
	beq	a6,a5,.L304
	lw	a4,0(s6)
	li	a2,-1
	slli	s8,a4,48
	srli	s8,s8,48
	beq	a6,a2,.L165
	li	a2,-2
	andi	s8,a4,0xff
	bne	a6,a2,.L305
.L165:
	li	a4,111
	beq	a3,a4,.L229
	li	a4,120
	li	t4,0
	beq	a3,a4,.L230
.L171:
	li	a4,88
	bne	a3,a4,.L231
	li	t3,16
	lla	t6,.LC1
.L175:
	beq	s8,zero,.L306
.L162:
	addi	s4,sp,64
	slli	a7,t3,32
	srli	a7,a7,32
	mv	a6,s4
	li	a2,0
.L177:
	remu	a0,s8,a7
	addi	a6,a6,1
	mv	t5,s8
	mv	a4,a2
	addiw	a2,a2,1
	add	a0,t6,a0
	lbu	a0,0(a0)
	divu	s8,s8,a7
	sb	a0,-1(a6)
	bgeu	t5,a7,.L177
	li	a6,111
	beq	a3,a6,.L181
.L280:
	mv	s8,a2
.L182:
	addi	t5,sp,32
	add	a4,s4,a4
	mv	a0,t5
	add	a7,t5,a2
.L190:
	lbu	a6,0(a4)
	addi	a0,a0,1
	addi	a4,a4,-1
	sb	a6,-1(a0)
	bne	a7,a0,.L190
	lla	a5,.LC3
	sd	a5,16(sp)
	bne	t4,zero,.L191
.L184:
	li	a4,100
	beq	a3,a4,.L192
	li	a4,105
	beq	a3,a4,.L192
.L193:
	lla	a5,.LC6
	sd	a5,16(sp)
	beq	s5,zero,.L191
	li	a4,16
	beq	t3,a4,.L307
.L191:
	blt	s10,zero,.L308
	mv	s7,s9
	sd	t5,0(sp)
	mv	s6,t1
	j	.L309
.L158:
	ld	a0,0(sp)
	call	strlen
	j	.L283
.L297:
	lla	a5,.LC0
	sd	a5,0(sp)
	bge	s10,zero,.L310
	j	.L158
.L298:
	ld	a1,0(sp)
	mv	a2,s8
	mv	a0,s2
	call	emit
	mv	s4,s11
	j	.L211
.L302:
	li	a5,1
	beq	a6,a5,.L285
.L164:
	lw	a4,0(s6)
	li	a2,-1
	slliw	s8,a4,16
	sraiw	s8,s8,16
	beq	a6,a2,.L169
	slliw	s8,a4,24
	li	a2,-2
	sraiw	s8,s8,24
	bne	a6,a2,.L311
.L169:
	bge	s8,zero,.L165
.L316:
	li	a4,111
	neg	s8,s8
	bne	a3,a4,.L166
	li	t4,1
	li	t3,8
	lla	t6,.LC2
	j	.L162
.L181:
	beq	s5,zero,.L280
	li	a6,48
	beq	a0,a6,.L312
	bgt	s10,a2,.L280
	addiw	s8,a4,2
	mv	a4,a2
	mv	a2,s8
.L185:
	addi	a5,a4,64
	addi	a1,sp,32
	li	a6,48
	add	a0,a5,a1
	sb	a6,-32(a0)
	li	s5,1
	j	.L182
.L306:
	beq	s10,zero,.L313
	li	a4,48
	sb	a4,64(sp)
	li	a4,111
	beq	a3,a4,.L314
	li	s8,1
	li	a4,0
	li	a2,1
	addi	s4,sp,64
	j	.L182
.L308:
	or	s7,s9,s7
	sd	t5,0(sp)
	mv	s6,t1
	j	.L309
.L299:
	li	t4,0
	li	s5,1
	li	t3,16
	lla	t6,.LC2
	j	.L162
.L192:
	lla	a5,.LC4
	sd	a5,16(sp)
	ld	a5,8(sp)
	bne	a5,zero,.L191
	lla	a5,.LC5
	sd	a5,16(sp)
	ld	a5,0(sp)
	bne	a5,zero,.L191
	j	.L193
.L313:
	li	a4,111
	beq	a3,a4,.L183
	beq	t4,zero,.L315
	mv	s7,s9
	li	a2,0
.L282:
	lla	a5,.LC3
	sd	a5,16(sp)
	addi	a5,sp,32
	sd	a5,0(sp)
	addi	s4,sp,64
	mv	s6,t1
	j	.L309
.L274:
	ret
.L229:
	li	t4,0
	li	t3,8
	lla	t6,.LC2
	j	.L175
.L303:
	bne	a6,a5,.L164
.L285:
	ld	s8,0(s6)
	bge	s8,zero,.L165
	neg	s8,s8
.L166:
	li	a4,120
	li	t4,1
	bne	a3,a4,.L171
	li	t3,16
	lla	t6,.LC2
	j	.L162
.L315:
	li	a2,0
	addi	t5,sp,32
	addi	s4,sp,64
	j	.L184
.L311:
	mv	s8,a4
	bge	s8,zero,.L165
	j	.L316
.L307:
	li	a4,1
	ble	a2,a4,.L317
.L195:
	lla	a5,.LC8
	li	a4,88
	sd	a5,16(sp)
	bne	a3,a4,.L191
	lla	a5,.LC7
	sd	a5,16(sp)
	j	.L191
.L305:
	slli	s8,a4,32
	srli	s8,s8,32
	j	.L165
.L230:
	li	t3,16
	lla	t6,.LC2
	j	.L175
.L304:
	ld	s8,0(s6)
	j	.L165
.L183:
	bne	s5,zero,.L233
	mv	s7,s9
	li	a2,0
	bne	t4,zero,.L282
	lla	a5,.LC6
	sd	a5,16(sp)
	addi	a5,sp,32
	sd	a5,0(sp)
	addi	s4,sp,64
	mv	s6,t1
	j	.L309
.L314:
	bne	s5,zero,.L236
	li	a4,0
	li	s8,1
	li	a2,1
	addi	s4,sp,64
	j	.L182
.L233:
	mv	a2,s5
	li	a4,0
	li	s8,1
	addi	s4,sp,64
	j	.L185
.L236:
	li	s8,1
	li	a4,0
	addi	s4,sp,64
.L186:
	mv	a2,s5
	li	s5,1
	j	.L182
.L317:
	lbu	a0,32(sp)
	li	a4,48
	bne	a0,a4,.L195
	li	a4,112
	bne	a3,a4,.L191
	lla	a5,.LC8
	sd	a5,16(sp)
	j	.L191
.L231:
	li	t3,10
	lla	t6,.LC2
	j	.L175
.L312:
	mv	s8,a2
	mv	s5,a2
	j	.L186
	.size	format, .-format
	.align	1
	.globl	fputc
	.type	fputc, @function
fputc:
	addi	sp,sp,-32
	mv	a5,a0
	mv	a3,a1
	li	a2,1
	li	a1,1
	addi	a0,sp,15
	sb	a5,15(sp)
	sd	ra,24(sp)
	call	fwrite
	li	a5,1
	bne	a0,a5,.L320
	lbu	a0,15(sp)
.L319:
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
.L320:
	li	a0,-1
	j	.L319
	.size	fputc, .-fputc
	.align	1
	.globl	putc
	.type	putc, @function
putc:
	addi	sp,sp,-32
	mv	a5,a0
	mv	a3,a1
	li	a2,1
	li	a1,1
	addi	a0,sp,15
	sb	a5,15(sp)
	sd	ra,24(sp)
	call	fwrite
	li	a5,1
	bne	a0,a5,.L324
	lbu	a0,15(sp)
.L323:
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
.L324:
	li	a0,-1
	j	.L323
	.size	putc, .-putc
	.align	1
	.globl	putchar
	.type	putchar, @function
putchar:
	addi	sp,sp,-32
	mv	a5,a0
	ld	a3,stdout
	li	a2,1
	li	a1,1
	addi	a0,sp,15
	sb	a5,15(sp)
	sd	ra,24(sp)
	call	fwrite
	li	a5,1
	bne	a0,a5,.L328
	lbu	a0,15(sp)
.L327:
	ld	ra,24(sp)
	addi	sp,sp,32
	jr	ra
.L328:
	li	a0,-1
	j	.L327
	.size	putchar, .-putchar
	.align	1
	.globl	fputs
	.type	fputs, @function
fputs:
	addi	sp,sp,-32
	sd	s1,8(sp)
	sd	s2,0(sp)
	sd	ra,24(sp)
	sd	s0,16(sp)
	mv	s1,a0
	mv	s2,a1
	call	strlen
	bne	a0,zero,.L334
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	li	a0,0
	addi	sp,sp,32
	jr	ra
.L334:
	mv	s0,a0
	mv	a3,s2
	mv	a2,a0
	li	a1,1
	mv	a0,s1
	call	fwrite
	ld	ra,24(sp)
	sub	a0,a0,s0
	ld	s0,16(sp)
	snez	a0,a0
	ld	s1,8(sp)
	ld	s2,0(sp)
	neg	a0,a0
	addi	sp,sp,32
	jr	ra
	.size	fputs, .-fputs
	.align	1
	.globl	puts
	.type	puts, @function
puts:
	addi	sp,sp,-64
	sd	s2,32(sp)
	lla	s2,stdout
	sd	s1,40(sp)
	sd	s3,24(sp)
	sd	ra,56(sp)
	sd	s0,48(sp)
	ld	s3,0(s2)
	mv	s1,a0
	call	strlen
	bne	a0,zero,.L336
.L339:
	ld	a3,0(s2)
	li	a5,10
	li	a2,1
	li	a1,1
	addi	a0,sp,15
	sb	a5,15(sp)
	call	fwrite
	mv	a4,a0
	li	a5,1
	li	a0,0
	bne	a4,a5,.L340
.L341:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	addi	sp,sp,64
	jr	ra
.L336:
	mv	s0,a0
	mv	a2,a0
	mv	a3,s3
	li	a1,1
	mv	a0,s1
	call	fwrite
	beq	s0,a0,.L339
.L340:
	li	a0,-1
	j	.L341
	.size	puts, .-puts
	.align	1
	.globl	fgetc
	.type	fgetc, @function
fgetc:
	lw	a5,4(a0)
	andi	a5,a5,1
	beq	a5,zero,.L361
	addi	sp,sp,-32
	sd	s0,16(sp)
	mv	s0,a0
	lw	a0,12(a0)
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	li	a5,-1
	bne	a0,a5,.L364
	ld	a5,40(s0)
	ld	a4,32(s0)
	addi	a3,a5,1
	bgeu	a5,a4,.L365
.L348:
	ld	a4,16(s0)
	sd	a3,40(s0)
	add	a5,a4,a5
	lbu	a0,0(a5)
.L346:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L364:
	ld	ra,24(sp)
	sw	a5,12(s0)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L365:
	ld	a5,stdin
	beq	s0,a5,.L366
.L349:
	lla	s2,errno
	li	s1,4
	j	.L351
.L368:
	lw	a5,0(s2)
	bne	a5,s1,.L367
.L351:
	ld	a2,24(s0)
	ld	a1,16(s0)
	lw	a0,0(s0)
	call	read
	blt	a0,zero,.L368
	beq	a0,zero,.L369
	sd	a0,32(s0)
	li	a3,1
	li	a5,0
	j	.L348
.L366:
	ld	a0,stdout
	call	fflush
	j	.L349
.L369:
	lw	a5,4(s0)
	li	a4,4
.L354:
	or	a5,a5,a4
	sw	a5,4(s0)
	li	a0,-1
	j	.L346
.L367:
	lw	a5,4(s0)
	li	a4,8
	j	.L354
.L361:
	li	a0,-1
	ret
	.size	fgetc, .-fgetc
	.align	1
	.globl	getc
	.type	getc, @function
getc:
	tail	fgetc
	.size	getc, .-getc
	.align	1
	.globl	getchar
	.type	getchar, @function
getchar:
	ld	a0,stdin
	tail	fgetc
	.size	getchar, .-getchar
	.align	1
	.globl	ungetc
	.type	ungetc, @function
ungetc:
	li	a5,-1
	beq	a0,a5,.L375
	lw	a4,12(a1)
	bne	a4,a5,.L375
	lw	a5,4(a1)
	andi	a4,a0,255
	sw	a4,12(a1)
	andi	a5,a5,-5
	sw	a5,4(a1)
	ret
.L375:
	li	a0,-1
	ret
	.size	ungetc, .-ungetc
	.align	1
	.globl	fgets
	.type	fgets, @function
fgets:
	addi	sp,sp,-80
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	ra,72(sp)
	mv	s6,a0
	mv	s7,a1
	mv	s2,a2
	addiw	s3,a1,-1
	mv	s1,a0
	li	s0,0
	li	s4,-1
	li	s5,10
	j	.L377
.L381:
	call	fgetc
	beq	a0,s4,.L388
	sb	a0,0(s1)
	addiw	s0,s0,1
	addi	s1,s1,1
	beq	a0,s5,.L380
.L377:
	mv	a0,s2
	blt	s0,s3,.L381
	beq	s0,zero,.L379
	bgt	s7,zero,.L380
.L379:
	li	a0,0
	j	.L376
.L388:
	beq	s0,zero,.L379
.L380:
	add	s0,s6,s0
	sb	zero,0(s0)
	mv	a0,s6
.L376:
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
	.size	fgets, .-fgets
	.align	1
	.globl	getline
	.type	getline, @function
getline:
	addi	sp,sp,-80
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s8,0(sp)
	mv	s3,a0
	mv	s4,a1
	mv	s5,a2
	li	s2,2
	li	s1,0
	li	s6,-1
	li	s7,10
.L398:
	mv	a0,s5
	call	fgetc
	mv	s0,a0
	beq	a0,s6,.L390
	ld	a5,0(s4)
	ld	a0,0(s3)
	bgtu	s2,a5,.L391
	beq	a0,zero,.L391
.L392:
	add	a5,a0,s1
	sb	s0,0(a5)
	addi	s1,s1,1
	addi	s2,s2,1
	bne	s0,s7,.L398
	ld	a0,0(s3)
.L395:
	add	a5,a0,s1
	sb	zero,0(a5)
	mv	a0,s1
	j	.L389
.L390:
	beq	s1,zero,.L397
	ld	a5,0(s4)
	ld	a0,0(s3)
	bgtu	s2,a5,.L391
	bne	a0,zero,.L395
.L391:
	li	s8,128
	beq	a5,zero,.L396
	slli	s8,a5,1
.L396:
	mv	a1,s8
	call	realloc
	beq	a0,zero,.L397
	sd	a0,0(s3)
	sd	s8,0(s4)
	bne	s0,s6,.L392
	j	.L395
.L397:
	li	a0,-1
.L389:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s2,48(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	ld	s8,0(sp)
	addi	sp,sp,80
	jr	ra
	.size	getline, .-getline
	.align	1
	.globl	fread
	.type	fread, @function
fread:
	addi	sp,sp,-64
	sd	s3,24(sp)
	mul	s3,a1,a2
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	beq	s3,zero,.L409
	mv	s5,a1
	mv	s4,a0
	mv	s0,a3
	li	s2,0
	li	s6,-1
	j	.L413
.L419:
	sb	a5,0(a2)
	ld	a5,40(s0)
	ld	s1,32(s0)
	sub	s1,s1,a5
	bleu	s1,a3,.L412
	mv	s1,a3
.L412:
	ld	a1,16(s0)
	mv	a2,s1
	add	s2,s1,a4
	add	a1,a1,a5
	call	memcpy
	ld	a5,40(s0)
	add	a5,a5,s1
	sd	a5,40(s0)
	bleu	s3,s2,.L411
.L413:
	mv	a0,s0
	call	fgetc
	addi	a4,s2,1
	mv	a5,a0
	add	a2,s4,s2
	add	a0,s4,a4
	sub	a3,s3,a4
	bne	a5,s6,.L419
.L411:
	divu	s3,s2,s5
.L409:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	ld	s2,32(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	ld	s6,0(sp)
	mv	a0,s3
	ld	s3,24(sp)
	addi	sp,sp,64
	jr	ra
	.size	fread, .-fread
	.align	1
	.globl	feof
	.type	feof, @function
feof:
	lw	a0,4(a0)
	sraiw	a0,a0,2
	andi	a0,a0,1
	ret
	.size	feof, .-feof
	.align	1
	.globl	ferror
	.type	ferror, @function
ferror:
	lw	a0,4(a0)
	sraiw	a0,a0,3
	andi	a0,a0,1
	ret
	.size	ferror, .-ferror
	.align	1
	.globl	clearerr
	.type	clearerr, @function
clearerr:
	lw	a5,4(a0)
	andi	a5,a5,-13
	sw	a5,4(a0)
	ret
	.size	clearerr, .-clearerr
	.align	1
	.globl	fileno
	.type	fileno, @function
fileno:
	lw	a0,0(a0)
	ret
	.size	fileno, .-fileno
	.align	1
	.globl	setvbuf
	.type	setvbuf, @function
setvbuf:
	addi	sp,sp,-48
	sd	s0,32(sp)
	sd	s1,24(sp)
	mv	s0,a0
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	ra,40(sp)
	mv	s3,a2
	mv	s1,a1
	mv	s2,a3
	call	fflush
	li	a5,1
	sw	s3,8(s0)
	sw	a5,48(s0)
	beq	s1,zero,.L425
	beq	s2,zero,.L425
	sd	s1,16(s0)
	sd	s2,24(s0)
.L425:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	li	a0,0
	addi	sp,sp,48
	jr	ra
	.size	setvbuf, .-setvbuf
	.align	1
	.globl	fdopen
	.type	fdopen, @function
fdopen:
	addi	sp,sp,-32
	sd	s1,8(sp)
	mv	s1,a0
	li	a0,4096
	addi	a0,a0,64
	sd	s0,16(sp)
	sd	s2,0(sp)
	sd	ra,24(sp)
	mv	s2,a1
	call	malloc
	mv	s0,a0
	beq	a0,zero,.L433
	li	a2,64
	li	a1,0
	call	memset
	sw	s1,0(s0)
	lbu	s1,0(s2)
	li	a1,43
	mv	a0,s2
	addi	s1,s1,-114
	snez	s1,s1
	call	strchr
	addi	s1,s1,1
	beq	a0,zero,.L436
	li	s1,3
.L436:
	lla	a4,open_files
	ld	a3,0(a4)
	li	a5,-1
	slli	a5,a5,32
	sw	s1,4(s0)
	addi	a2,s0,64
	sd	a5,8(s0)
	li	a5,4096
	sd	a2,16(s0)
	sd	a5,24(s0)
	sd	a3,56(s0)
	sd	s0,0(a4)
.L433:
	ld	ra,24(sp)
	mv	a0,s0
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
	.size	fdopen, .-fdopen
	.align	1
	.globl	fopen
	.type	fopen, @function
fopen:
	addi	sp,sp,-32
	sd	s1,8(sp)
	mv	s1,a1
	sd	s2,0(sp)
	li	a1,43
	mv	s2,a0
	mv	a0,s1
	sd	ra,24(sp)
	sd	s0,16(sp)
	call	strchr
	lbu	a5,0(s1)
	li	a4,114
	beq	a5,a4,.L446
	li	a4,119
	beq	a5,a4,.L447
	li	a4,97
	beq	a5,a4,.L462
	li	a5,22
	sw	a5,errno,a4
.L452:
	li	a0,0
.L464:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L462:
	snez	s0,a0
	addi	s0,s0,1089
.L450:
	li	a1,101
	mv	a0,s1
	call	strchr
	beq	a0,zero,.L453
	li	a5,524288
	or	s0,s0,a5
.L453:
	mv	a1,s0
	li	a2,438
	mv	a0,s2
	call	open
	mv	s0,a0
	blt	a0,zero,.L452
	mv	a1,s1
	call	fdopen
	beq	a0,zero,.L463
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L447:
	snez	s0,a0
	addi	s0,s0,577
	j	.L450
.L446:
	snez	s0,a0
	slliw	s0,s0,1
	j	.L450
.L463:
	mv	a0,s0
	call	close
	li	a0,0
	j	.L464
	.size	fopen, .-fopen
	.align	1
	.globl	fclose
	.type	fclose, @function
fclose:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	ra,24(sp)
	mv	s0,a0
	call	fflush
	mv	s1,a0
	lw	a0,0(s0)
	call	close
	blt	a0,zero,.L480
.L466:
	lla	a4,open_files
	ld	a5,0(a4)
	beq	a5,zero,.L467
	bne	s0,a5,.L469
	j	.L468
.L470:
	beq	s0,a5,.L481
.L469:
	mv	a4,a5
	ld	a5,56(a5)
	bne	a5,zero,.L470
.L467:
	lla	a5,.LANCHOR0
	bltu	s0,a5,.L471
	lla	a5,.LANCHOR0+128
	bleu	s0,a5,.L472
.L471:
	mv	a0,s0
	call	free
.L472:
	ld	ra,24(sp)
	ld	s0,16(sp)
	mv	a0,s1
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L481:
	addi	a4,a4,56
.L468:
	ld	a5,56(s0)
	sd	a5,0(a4)
	j	.L467
.L480:
	li	s1,-1
	j	.L466
	.size	fclose, .-fclose
	.align	1
	.globl	vsnprintf
	.type	vsnprintf, @function
vsnprintf:
	addi	sp,sp,-352
	sd	s0,336(sp)
	sd	s1,328(sp)
	sd	s2,320(sp)
	mv	s1,a0
	mv	s0,a1
	mv	s2,a2
	li	a1,0
	li	a2,304
	mv	a0,sp
	sd	ra,344(sp)
	sd	s3,312(sp)
	mv	s3,a3
	call	memset
	mv	a0,sp
	li	a5,-1
	mv	a2,s3
	mv	a1,s2
	sd	s1,0(sp)
	sd	s0,8(sp)
	sw	a5,24(sp)
	call	format
	ld	a0,296(sp)
	beq	s0,zero,.L484
	mv	a5,a0
	bgeu	a0,s0,.L488
.L485:
	add	s1,s1,a5
	sb	zero,0(s1)
.L484:
	ld	ra,344(sp)
	ld	s0,336(sp)
	ld	s1,328(sp)
	ld	s2,320(sp)
	ld	s3,312(sp)
	sext.w	a0,a0
	addi	sp,sp,352
	jr	ra
.L488:
	addi	a5,s0,-1
	j	.L485
	.size	vsnprintf, .-vsnprintf
	.align	1
	.globl	vsprintf
	.type	vsprintf, @function
vsprintf:
	mv	a3,a2
	mv	a2,a1
	li	a1,-1
	srli	a1,a1,1
	tail	vsnprintf
	.size	vsprintf, .-vsprintf
	.align	1
	.globl	vfprintf
	.type	vfprintf, @function
vfprintf:
	addi	sp,sp,-336
	sd	s0,320(sp)
	sd	s1,312(sp)
	mv	s0,a0
	sd	s2,304(sp)
	mv	s1,a1
	mv	s2,a2
	li	a1,0
	li	a2,304
	mv	a0,sp
	sd	ra,328(sp)
	call	memset
	li	a5,-1
	mv	a2,s2
	mv	a1,s1
	mv	a0,sp
	sw	a5,24(sp)
	sd	s0,16(sp)
	call	format
	lw	a5,4(s0)
	andi	a5,a5,8
	bne	a5,zero,.L492
	lw	a0,296(sp)
.L491:
	ld	ra,328(sp)
	ld	s0,320(sp)
	ld	s1,312(sp)
	ld	s2,304(sp)
	addi	sp,sp,336
	jr	ra
.L492:
	li	a0,-1
	j	.L491
	.size	vfprintf, .-vfprintf
	.align	1
	.globl	vprintf
	.type	vprintf, @function
vprintf:
	mv	a2,a1
	mv	a1,a0
	ld	a0,stdout
	tail	vfprintf
	.size	vprintf, .-vprintf
	.align	1
	.globl	vdprintf
	.type	vdprintf, @function
vdprintf:
	addi	sp,sp,-352
	sd	s0,336(sp)
	sd	s1,328(sp)
	mv	s0,a1
	sd	s2,320(sp)
	mv	s1,a2
	mv	s2,a0
	li	a1,0
	li	a2,304
	mv	a0,sp
	sd	ra,344(sp)
	sd	s3,312(sp)
	sd	s4,304(sp)
	call	memset
	mv	a1,s0
	mv	a2,s1
	mv	a0,sp
	sw	s2,24(sp)
	call	format
	ld	s0,288(sp)
	bne	s0,zero,.L508
.L496:
	ld	ra,344(sp)
	ld	s0,336(sp)
	lw	a0,296(sp)
	ld	s1,328(sp)
	ld	s2,320(sp)
	ld	s3,312(sp)
	ld	s4,304(sp)
	addi	sp,sp,352
	jr	ra
.L508:
	addi	s1,sp,28
	lla	s4,errno
	li	s3,4
.L499:
	mv	a2,s0
	mv	a1,s1
	mv	a0,s2
	call	write
	blt	a0,zero,.L509
.L497:
	sub	s0,s0,a0
	add	s1,s1,a0
	beq	s0,zero,.L496
	mv	a2,s0
	mv	a1,s1
	mv	a0,s2
	call	write
	bge	a0,zero,.L497
.L509:
	lw	a5,0(s4)
	beq	a5,s3,.L499
	j	.L496
	.size	vdprintf, .-vdprintf
	.align	1
	.globl	printf
	.type	printf, @function
printf:
	addi	sp,sp,-96
	addi	t1,sp,40
	sd	a1,40(sp)
	sd	a2,48(sp)
	mv	a1,a0
	mv	a2,t1
	ld	a0,stdout
	sd	ra,24(sp)
	sd	a3,56(sp)
	sd	a4,64(sp)
	sd	a5,72(sp)
	sd	a6,80(sp)
	sd	a7,88(sp)
	sd	t1,8(sp)
	call	vfprintf
	ld	ra,24(sp)
	addi	sp,sp,96
	jr	ra
	.size	printf, .-printf
	.align	1
	.globl	fprintf
	.type	fprintf, @function
fprintf:
	addi	sp,sp,-80
	addi	t1,sp,32
	sd	a2,32(sp)
	mv	a2,t1
	sd	ra,24(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	sd	t1,8(sp)
	call	vfprintf
	ld	ra,24(sp)
	addi	sp,sp,80
	jr	ra
	.size	fprintf, .-fprintf
	.align	1
	.globl	dprintf
	.type	dprintf, @function
dprintf:
	addi	sp,sp,-80
	addi	t1,sp,32
	sd	a2,32(sp)
	mv	a2,t1
	sd	ra,24(sp)
	sd	a3,40(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	sd	t1,8(sp)
	call	vdprintf
	ld	ra,24(sp)
	addi	sp,sp,80
	jr	ra
	.size	dprintf, .-dprintf
	.align	1
	.globl	sprintf
	.type	sprintf, @function
sprintf:
	addi	sp,sp,-80
	addi	t1,sp,32
	sd	a2,32(sp)
	mv	a2,a1
	li	a1,-1
	sd	a3,40(sp)
	srli	a1,a1,1
	mv	a3,t1
	sd	ra,24(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	sd	t1,8(sp)
	call	vsnprintf
	ld	ra,24(sp)
	addi	sp,sp,80
	jr	ra
	.size	sprintf, .-sprintf
	.align	1
	.globl	snprintf
	.type	snprintf, @function
snprintf:
	addi	sp,sp,-80
	addi	t1,sp,40
	sd	a3,40(sp)
	mv	a3,t1
	sd	ra,24(sp)
	sd	a4,48(sp)
	sd	a5,56(sp)
	sd	a6,64(sp)
	sd	a7,72(sp)
	sd	t1,8(sp)
	call	vsnprintf
	ld	ra,24(sp)
	addi	sp,sp,80
	jr	ra
	.size	snprintf, .-snprintf
	.section	.rodata.str1.8
	.align	3
.LC12:
	.string	"%s: %s\n"
	.align	3
.LC13:
	.string	"%s\n"
	.text
	.align	1
	.globl	perror
	.type	perror, @function
perror:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	mv	s0,a0
	sd	ra,24(sp)
	lw	a0,errno
	ld	s1,stderr
	beq	s0,zero,.L521
	lbu	a5,0(s0)
	bne	a5,zero,.L529
.L521:
	call	strerror
	ld	s0,16(sp)
	ld	ra,24(sp)
	mv	a2,a0
	mv	a0,s1
	ld	s1,8(sp)
	lla	a1,.LC13
	addi	sp,sp,32
	tail	fprintf
.L529:
	call	strerror
	mv	a2,s0
	ld	s0,16(sp)
	ld	ra,24(sp)
	mv	a3,a0
	mv	a0,s1
	ld	s1,8(sp)
	lla	a1,.LC12
	addi	sp,sp,32
	tail	fprintf
	.size	perror, .-perror
	.globl	stderr
	.globl	stdout
	.globl	stdin
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC10:
	.dword	4857139201
	.data
	.align	3
	.set	.LANCHOR0,. + 0
	.type	std_files, @object
	.size	std_files, 192
std_files:
	.word	0
	.word	1
	.word	1
	.word	-1
	.dword	stdin_buf
	.dword	4096
	.zero	24
	.dword	std_files+64
	.word	1
	.word	2
	.word	0
	.word	-1
	.dword	stdout_buf
	.dword	4096
	.zero	24
	.dword	std_files+128
	.word	2
	.word	2
	.word	2
	.word	-1
	.dword	stderr_buf
	.dword	4096
	.zero	16
	.word	1
	.zero	12
	.bss
	.align	3
	.type	stderr_buf, @object
	.size	stderr_buf, 4096
stderr_buf:
	.zero	4096
	.type	stdout_buf, @object
	.size	stdout_buf, 4096
stdout_buf:
	.zero	4096
	.type	stdin_buf, @object
	.size	stdin_buf, 4096
stdin_buf:
	.zero	4096
	.section	.sdata,"aw"
	.align	3
	.type	stderr, @object
	.size	stderr, 8
stderr:
	.dword	std_files+128
	.type	stdout, @object
	.size	stdout, 8
stdout:
	.dword	std_files+64
	.type	stdin, @object
	.size	stdin, 8
stdin:
	.dword	std_files
	.type	open_files, @object
	.size	open_files, 8
open_files:
	.dword	std_files
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
