# programs/libc/string.s -- generated from string.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/libc): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I. -o string.s string.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
	.file	"string.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	insertion_sort, @function
insertion_sort:
	li	a5,1
	bleu	a1,a5,.L15
	addi	sp,sp,-96
	sd	s1,72(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	ra,88(sp)
	sd	s0,80(sp)
	sd	s2,64(sp)
	sd	s8,16(sp)
	sd	s9,8(sp)
	mv	s6,a1
	mv	s1,a2
	mv	s3,a3
	mv	s7,a0
	add	s5,a0,a2
	li	s4,1
.L3:
	mv	s0,s5
	mv	s8,s5
	mv	s2,s7
	mv	s9,s4
.L7:
	mv	a1,s8
	mv	a0,s2
	jalr	s3
	addi	s9,s9,-1
	ble	a0,zero,.L5
	mv	a4,s8
	mv	a5,s2
	beq	s1,zero,.L6
.L4:
	lbu	a2,0(a4)
	lbu	a3,0(a5)
	addi	a5,a5,1
	addi	a4,a4,1
	sb	a2,-1(a5)
	sb	a3,-1(a4)
	bne	a5,s0,.L4
.L6:
	sub	s2,s2,s1
	sub	s8,s8,s1
	sub	s0,s0,s1
	bne	s9,zero,.L7
.L5:
	addi	s4,s4,1
	add	s7,s7,s1
	add	s5,s5,s1
	bne	s6,s4,.L3
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
	addi	sp,sp,96
	jr	ra
.L15:
	ret
	.size	insertion_sort, .-insertion_sort
	.align	1
	.type	parse_number.constprop.0, @function
parse_number.constprop.0:
	li	t1,32
	li	t3,4
.L23:
	lbu	a6,0(a0)
	addiw	a7,a6,-9
	beq	a6,t1,.L20
	bleu	a7,t3,.L20
	sw	zero,0(a2)
	lbu	a6,0(a0)
	addiw	a7,a6,-43
	andi	a7,a7,253
	beq	a7,zero,.L40
	beq	a1,zero,.L24
.L43:
	li	a2,16
	beq	a1,a2,.L41
.L25:
	sw	zero,0(a4)
	sw	zero,0(a5)
	li	a7,0
	li	t3,9
	li	t4,25
	li	t1,1
.L36:
	lbu	a6,0(a0)
	addiw	a2,a6,-48
	bleu	a2,t3,.L30
	addiw	a2,a6,-65
	bgtu	a2,t4,.L42
	addiw	a6,a6,32
.L32:
	addiw	a2,a6,-87
.L30:
	ble	a1,a2,.L33
.L45:
	not	a6,a2
	divu	a6,a6,a1
	sw	t1,0(a5)
	bgeu	a6,a7,.L34
	sw	t1,0(a4)
	addi	a0,a0,1
	j	.L36
.L40:
	addi	a6,a6,-45
	seqz	a6,a6
	sw	a6,0(a2)
	addi	a0,a0,1
	bne	a1,zero,.L43
.L24:
	lbu	a2,0(a0)
	li	a6,48
	beq	a2,a6,.L44
.L39:
	li	a1,10
	j	.L25
.L34:
	mul	a7,a1,a7
	addi	a0,a0,1
	add	a7,a2,a7
	j	.L36
.L42:
	addiw	a2,a6,-97
	bleu	a2,t4,.L32
	li	a2,99
	bgt	a1,a2,.L45
.L33:
	sd	a7,0(a3)
	ret
.L20:
	addi	a0,a0,1
	j	.L23
.L44:
	lbu	a6,1(a0)
	li	a7,88
	andi	a6,a6,223
	beq	a6,a7,.L26
	li	a1,8
	j	.L25
.L41:
	lbu	a2,0(a0)
	li	a6,48
	bne	a2,a6,.L25
	lbu	a6,1(a0)
	li	a7,88
	andi	a6,a6,223
	bne	a6,a7,.L25
.L26:
	lbu	a6,2(a0)
	li	a7,9
	addiw	t1,a6,-48
	bleu	t1,a7,.L27
	andi	a6,a6,-33
	addiw	a6,a6,-65
	andi	a6,a6,0xff
	li	a7,5
	bleu	a6,a7,.L27
	bne	a1,zero,.L25
	li	a1,48
	bne	a2,a1,.L39
	li	a1,8
	j	.L25
.L27:
	addi	a0,a0,2
	li	a1,16
	j	.L25
	.size	parse_number.constprop.0, .-parse_number.constprop.0
	.align	1
	.type	merge_sort, @function
merge_sort:
	addi	sp,sp,-112
	sd	s1,88(sp)
	sd	s3,72(sp)
	sd	s10,16(sp)
	sd	ra,104(sp)
	sd	s0,96(sp)
	sd	s2,80(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s11,8(sp)
	li	a5,16
	mv	s1,a2
	mv	s10,a3
	mv	s3,a4
	bleu	a2,a5,.L97
	srli	s0,a2,1
	mv	a2,s0
	mul	s2,s0,s10
	mv	s9,a0
	mv	s7,a1
	call	merge_sort
	sub	a2,s1,s0
	mv	a4,s3
	mv	a3,s10
	mv	a1,s7
	mul	s1,s1,s10
	add	s2,s9,s2
	mv	a0,s2
	call	merge_sort
	add	s1,s9,s1
	bleu	s2,s9,.L77
	bgeu	s2,s1,.L77
	addi	s4,s10,-8
	andi	s4,s4,-8
	addi	s4,s4,8
	mv	s8,s7
	mv	s11,s2
	mv	s0,s9
	li	s5,7
	andi	s6,s10,7
.L63:
	mv	a1,s11
	mv	a0,s0
	jalr	s3
	ble	a0,zero,.L98
	or	a5,s11,s8
	andi	a5,a5,7
	bne	a5,zero,.L79
	add	a5,s11,s4
	mv	a4,s8
	mv	a2,s11
	bleu	s10,s5,.L79
.L61:
	ld	a3,0(a2)
	addi	a2,a2,8
	addi	a4,a4,8
	sd	a3,-8(a4)
	bne	a2,a5,.L61
	mv	a4,s6
	add	a2,s8,s4
.L57:
	add	a0,a5,a4
	beq	a4,zero,.L60
.L62:
	lbu	a4,0(a5)
	addi	a5,a5,1
	addi	a2,a2,1
	sb	a4,-1(a2)
	bne	a5,a0,.L62
.L60:
	add	s11,s11,s10
.L56:
	add	s8,s8,s10
	bleu	s2,s0,.L48
	bltu	s11,s1,.L63
.L48:
	or	a5,s0,s8
	andi	a5,a5,7
	sub	s2,s2,s0
	bne	a5,zero,.L80
	li	a5,7
	bleu	s2,a5,.L80
	addi	a1,s2,-8
	srli	a0,a1,3
	addi	a5,a0,1
	slli	a5,a5,3
	add	a2,s0,a5
	mv	a4,s8
.L68:
	ld	a3,0(s0)
	addi	s0,s0,8
	addi	a4,a4,8
	sd	a3,-8(a4)
	bne	s0,a2,.L68
	slli	a0,a0,3
	sub	a4,a1,a0
	add	a5,s8,a5
	j	.L64
.L98:
	or	a5,s0,s8
	andi	a5,a5,7
	bne	a5,zero,.L78
	add	a5,s0,s4
	mv	a2,s8
	mv	a4,s0
	bleu	s10,s5,.L99
.L54:
	ld	a3,0(a4)
	addi	a4,a4,8
	addi	a2,a2,8
	sd	a3,-8(a2)
	bne	a4,a5,.L54
	mv	a4,s6
	add	a2,s8,s4
.L50:
	add	a3,a5,a4
	beq	a4,zero,.L53
.L55:
	lbu	a4,0(a5)
	addi	a5,a5,1
	addi	a2,a2,1
	sb	a4,-1(a2)
	bne	a5,a3,.L55
.L53:
	add	s0,s0,s10
	j	.L56
.L79:
	mv	a5,s11
	mv	a2,s8
	mv	a4,s10
	j	.L57
.L78:
	mv	a5,s0
	mv	a2,s8
	mv	a4,s10
	j	.L50
.L80:
	mv	a5,s8
	mv	a4,s2
.L64:
	add	a3,s0,a4
	beq	a4,zero,.L67
.L69:
	lbu	a4,0(s0)
	addi	s0,s0,1
	addi	a5,a5,1
	sb	a4,-1(a5)
	bne	s0,a3,.L69
.L67:
	or	a5,s9,s7
	add	s8,s8,s2
	andi	a5,a5,7
	sub	s8,s8,s7
	bne	a5,zero,.L70
	li	a5,7
	bleu	s8,a5,.L70
	addi	s8,s8,-8
	srli	a1,s8,3
	addi	a2,a1,1
	slli	a2,a2,3
	add	a3,s7,a2
	mv	a5,s9
.L74:
	ld	a4,0(s7)
	addi	s7,s7,8
	addi	a5,a5,8
	sd	a4,-8(a5)
	bne	s7,a3,.L74
	slli	a1,a1,3
	sub	s8,s8,a1
	add	s9,s9,a2
.L70:
	add	a4,s7,s8
	beq	s8,zero,.L46
.L75:
	lbu	a5,0(s7)
	addi	s7,s7,1
	addi	s9,s9,1
	sb	a5,-1(s9)
	bne	s7,a4,.L75
.L46:
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
.L97:
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
	ld	s11,8(sp)
	mv	a2,s10
	mv	a1,s1
	ld	s10,16(sp)
	ld	s1,88(sp)
	mv	a3,a4
	addi	sp,sp,112
	tail	insertion_sort
.L99:
	mv	a5,s0
	mv	a4,s10
	j	.L50
.L77:
	mv	s8,s7
	mv	s0,s9
	j	.L48
	.size	merge_sort, .-merge_sort
	.align	1
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	or	a5,a0,a1
	andi	a5,a5,7
	bne	a5,zero,.L107
	li	a5,7
	bleu	a2,a5,.L107
	addi	a7,a2,-8
	andi	a7,a7,-8
	addi	a7,a7,8
	add	a5,a0,a7
	mv	a3,a1
	mv	a4,a0
.L105:
	ld	a6,0(a3)
	addi	a4,a4,8
	addi	a3,a3,8
	sd	a6,-8(a4)
	bne	a4,a5,.L105
	andi	a2,a2,7
	add	a1,a1,a7
	add	a3,a5,a2
	bne	a2,zero,.L106
.L111:
	ret
.L107:
	mv	a5,a0
	add	a3,a5,a2
	beq	a2,zero,.L111
.L106:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a5,a3,.L106
	ret
	.size	memcpy, .-memcpy
	.align	1
	.globl	memmove
	.type	memmove, @function
memmove:
	bleu	a0,a1,.L113
	add	a5,a1,a2
	bgeu	a0,a5,.L113
	addi	a5,a2,-1
	li	a6,-1
	beq	a2,zero,.L127
.L114:
	add	a4,a1,a5
	lbu	a3,0(a4)
	add	a4,a0,a5
	addi	a5,a5,-1
	sb	a3,0(a4)
	bne	a5,a6,.L114
	ret
.L113:
	or	a5,a0,a1
	andi	a5,a5,7
	bne	a5,zero,.L121
	li	a5,7
	bleu	a2,a5,.L121
	addi	a5,a2,-8
	andi	a5,a5,-8
	addi	a5,a5,8
	add	a6,a1,a5
	mv	a4,a0
.L119:
	ld	a3,0(a1)
	addi	a1,a1,8
	addi	a4,a4,8
	sd	a3,-8(a4)
	bne	a6,a1,.L119
	andi	a2,a2,7
	add	a5,a0,a5
.L118:
	add	a3,a1,a2
	beq	a2,zero,.L128
.L120:
	lbu	a4,0(a1)
	addi	a1,a1,1
	addi	a5,a5,1
	sb	a4,-1(a5)
	bne	a3,a1,.L120
	ret
.L121:
	mv	a5,a0
	j	.L118
.L127:
	ret
.L128:
	ret
	.size	memmove, .-memmove
	.align	1
	.globl	memset
	.type	memset, @function
memset:
	andi	a5,a0,7
	bne	a5,zero,.L136
	andi	a3,a1,0xff
	ld	a4,.LC0
	li	a5,7
	mul	a3,a3,a4
	bleu	a2,a5,.L136
	addi	a5,a2,-8
	andi	a5,a5,-8
	addi	a5,a5,8
	add	a5,a0,a5
	mv	a4,a0
.L133:
	sd	a3,0(a4)
	addi	a4,a4,8
	bne	a4,a5,.L133
	andi	a2,a2,7
	andi	a1,a1,0xff
	add	a4,a5,a2
	bne	a2,zero,.L134
.L141:
	ret
.L136:
	mv	a5,a0
	andi	a1,a1,0xff
	add	a4,a5,a2
	beq	a2,zero,.L141
.L134:
	addi	a5,a5,1
	sb	a1,-1(a5)
	bne	a4,a5,.L134
	ret
	.size	memset, .-memset
	.align	1
	.globl	memcmp
	.type	memcmp, @function
memcmp:
	beq	a2,zero,.L146
	add	a2,a1,a2
	j	.L145
.L144:
	beq	a1,a2,.L146
.L145:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L144
	subw	a0,a5,a4
	ret
.L146:
	li	a0,0
	ret
	.size	memcmp, .-memcmp
	.align	1
	.globl	memchr
	.type	memchr, @function
memchr:
	beq	a2,zero,.L151
	andi	a1,a1,0xff
	add	a2,a0,a2
	j	.L150
.L153:
	addi	a0,a0,1
	beq	a2,a0,.L151
.L150:
	lbu	a5,0(a0)
	bne	a5,a1,.L153
	ret
.L151:
	li	a0,0
	ret
	.size	memchr, .-memchr
	.align	1
	.globl	strlen
	.type	strlen, @function
strlen:
	lbu	a5,0(a0)
	beq	a5,zero,.L157
	mv	a5,a0
.L156:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L156
	sub	a0,a5,a0
	ret
.L157:
	li	a0,0
	ret
	.size	strlen, .-strlen
	.align	1
	.globl	strnlen
	.type	strnlen, @function
strnlen:
	li	a5,0
	bne	a1,zero,.L160
	j	.L161
.L162:
	addi	a5,a5,1
	beq	a1,a5,.L161
.L160:
	add	a4,a0,a5
	lbu	a4,0(a4)
	bne	a4,zero,.L162
	mv	a1,a5
.L161:
	mv	a0,a1
	ret
	.size	strnlen, .-strnlen
	.align	1
	.globl	strcpy
	.type	strcpy, @function
strcpy:
	mv	a5,a0
.L166:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a4,zero,.L166
	ret
	.size	strcpy, .-strcpy
	.align	1
	.globl	stpcpy
	.type	stpcpy, @function
stpcpy:
	lbu	a5,0(a1)
	addi	a1,a1,1
	sb	a5,0(a0)
	beq	a5,zero,.L169
.L170:
	lbu	a5,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	sb	a5,0(a0)
	bne	a5,zero,.L170
.L169:
	ret
	.size	stpcpy, .-stpcpy
	.align	1
	.globl	strncpy
	.type	strncpy, @function
strncpy:
	li	a5,0
	bne	a2,zero,.L176
	j	.L184
.L178:
	sb	a4,0(a3)
	addi	a5,a5,1
	beq	a2,a5,.L181
.L176:
	add	a4,a1,a5
	lbu	a4,0(a4)
	add	a3,a0,a5
	bne	a4,zero,.L178
	bleu	a2,a5,.L181
	mv	a5,a3
	add	a2,a0,a2
.L179:
	sb	zero,0(a5)
	addi	a5,a5,1
	bne	a2,a5,.L179
.L181:
	ret
.L184:
	ret
	.size	strncpy, .-strncpy
	.align	1
	.globl	strlcpy
	.type	strlcpy, @function
strlcpy:
	lbu	a5,0(a1)
	mv	a3,a0
	beq	a5,zero,.L196
	mv	a5,a1
.L187:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L187
	sub	a0,a5,a1
.L186:
	bne	a2,zero,.L205
	ret
.L205:
	addi	a2,a2,-1
	bgtu	a2,a0,.L206
	or	a5,a1,a3
	andi	a5,a5,7
	bne	a5,zero,.L197
.L207:
	li	a5,7
	bleu	a2,a5,.L197
	addi	a5,a2,-8
	andi	a5,a5,-8
	addi	a5,a5,8
	add	a7,a1,a5
	mv	a4,a3
.L193:
	ld	a6,0(a1)
	addi	a1,a1,8
	addi	a4,a4,8
	sd	a6,-8(a4)
	bne	a7,a1,.L193
	andi	a4,a2,7
	add	a5,a3,a5
	j	.L190
.L197:
	mv	a5,a3
	mv	a4,a2
.L190:
	add	a6,a1,a4
	beq	a4,zero,.L195
.L194:
	lbu	a4,0(a1)
	addi	a1,a1,1
	addi	a5,a5,1
	sb	a4,-1(a5)
	bne	a6,a1,.L194
.L195:
	add	a3,a3,a2
	sb	zero,0(a3)
	ret
.L206:
	or	a5,a1,a3
	andi	a5,a5,7
	mv	a2,a0
	bne	a5,zero,.L197
	j	.L207
.L196:
	li	a0,0
	j	.L186
	.size	strlcpy, .-strlcpy
	.align	1
	.globl	strcat
	.type	strcat, @function
strcat:
	lbu	a5,0(a0)
	beq	a5,zero,.L212
	mv	a5,a0
.L210:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L210
.L211:
	lbu	a4,0(a1)
	addi	a5,a5,1
	addi	a1,a1,1
	sb	a4,-1(a5)
	bne	a4,zero,.L211
.L215:
	ret
.L212:
	lbu	a4,0(a1)
	mv	a5,a0
	addi	a5,a5,1
	sb	a4,-1(a5)
	addi	a1,a1,1
	bne	a4,zero,.L211
	j	.L215
	.size	strcat, .-strcat
	.align	1
	.globl	strncat
	.type	strncat, @function
strncat:
	lbu	a5,0(a0)
	beq	a5,zero,.L222
	mv	a5,a0
.L218:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L218
.L217:
	beq	a2,zero,.L219
	add	a2,a1,a2
	j	.L220
.L221:
	sb	a4,0(a5)
	addi	a5,a5,1
	beq	a2,a1,.L219
.L220:
	lbu	a4,0(a1)
	addi	a1,a1,1
	bne	a4,zero,.L221
.L219:
	sb	zero,0(a5)
	ret
.L222:
	mv	a5,a0
	j	.L217
	.size	strncat, .-strncat
	.align	1
	.globl	strcmp
	.type	strcmp, @function
strcmp:
	lbu	a5,0(a0)
	bne	a5,zero,.L228
	j	.L233
.L230:
	lbu	a5,0(a0)
	beq	a5,zero,.L234
	mv	a1,a3
.L228:
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a3,a1,1
	beq	a4,a5,.L230
	sext.w	a0,a5
.L229:
	subw	a0,a0,a4
	ret
.L234:
	lbu	a4,1(a1)
	li	a0,0
	subw	a0,a0,a4
	ret
.L233:
	lbu	a4,0(a1)
	li	a0,0
	j	.L229
	.size	strcmp, .-strcmp
	.align	1
	.globl	strncmp
	.type	strncmp, @function
strncmp:
	beq	a2,zero,.L240
	add	a2,a1,a2
	j	.L238
.L237:
	beq	a5,zero,.L240
	beq	a1,a2,.L240
.L238:
	lbu	a5,0(a0)
	lbu	a4,0(a1)
	addi	a0,a0,1
	addi	a1,a1,1
	beq	a5,a4,.L237
	subw	a0,a5,a4
	ret
.L240:
	li	a0,0
	ret
	.size	strncmp, .-strncmp
	.align	1
	.globl	strcasecmp
	.type	strcasecmp, @function
strcasecmp:
	lbu	a5,0(a0)
	li	t1,25
	beq	a5,zero,.L253
.L243:
	sext.w	a2,a5
	addiw	a5,a5,-65
	addi	a0,a0,1
	mv	a6,a2
	bgtu	a5,t1,.L245
	addi	a6,a2,32
.L245:
	lbu	a4,0(a1)
	addi	t3,a1,1
	sext.w	a3,a4
	addiw	a4,a4,-65
	mv	a7,a3
	bgtu	a4,t1,.L246
	addi	a7,a3,32
.L246:
	bne	a7,a6,.L254
	lbu	a5,0(a0)
	beq	a5,zero,.L255
	mv	a1,t3
	j	.L243
.L254:
	li	a1,25
	bgtu	a5,a1,.L244
	addiw	a2,a2,32
.L244:
	li	a5,25
	bgtu	a4,a5,.L248
	addiw	a3,a3,32
.L248:
	subw	a0,a2,a3
	ret
.L255:
	lbu	a4,1(a1)
	li	a2,0
	sext.w	a3,a4
	addiw	a4,a4,-65
	j	.L244
.L253:
	lbu	a4,0(a1)
	li	a2,0
	sext.w	a3,a4
	addiw	a4,a4,-65
	j	.L244
	.size	strcasecmp, .-strcasecmp
	.align	1
	.globl	strncasecmp
	.type	strncasecmp, @function
strncasecmp:
	mv	a4,a0
	beq	a2,zero,.L265
	add	a2,a1,a2
	li	a6,25
.L264:
	lbu	a0,0(a4)
	lbu	a5,0(a1)
	addi	a1,a1,1
	addiw	a7,a0,-65
	sext.w	a3,a5
	sext.w	a0,a0
	addiw	a5,a5,-65
	bgtu	a7,a6,.L258
	addi	a0,a0,32
	bleu	a5,a6,.L259
	bne	a3,a0,.L260
.L261:
	addi	a4,a4,1
	bne	a1,a2,.L264
.L265:
	li	a0,0
	ret
.L259:
	addiw	a3,a3,32
	beq	a3,a0,.L261
.L260:
	subw	a0,a0,a3
	ret
.L258:
	bleu	a5,a6,.L259
	bne	a0,a3,.L260
	bne	a0,zero,.L261
	ret
	.size	strncasecmp, .-strncasecmp
	.align	1
	.globl	strchr
	.type	strchr, @function
strchr:
	lbu	a5,0(a0)
	andi	a1,a1,0xff
	bne	a5,a1,.L275
	j	.L273
.L280:
	lbu	a5,0(a0)
	beq	a5,a1,.L279
.L275:
	addi	a0,a0,1
	bne	a5,zero,.L280
	li	a0,0
.L273:
	ret
.L279:
	ret
	.size	strchr, .-strchr
	.align	1
	.globl	strrchr
	.type	strrchr, @function
strrchr:
	mv	a5,a0
	lbu	a4,0(a5)
	andi	a1,a1,0xff
	li	a0,0
	beq	a4,a1,.L286
.L282:
	beq	a4,zero,.L285
.L287:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,a1,.L282
.L286:
	mv	a0,a5
	bne	a4,zero,.L287
.L285:
	ret
	.size	strrchr, .-strrchr
	.align	1
	.globl	strstr
	.type	strstr, @function
strstr:
	lbu	a5,0(a1)
	lbu	a3,0(a0)
	beq	a5,zero,.L301
	mv	a5,a1
.L290:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L290
	sub	a5,a5,a1
	beq	a3,zero,.L291
	add	a6,a0,a5
	beq	a5,zero,.L301
.L294:
	mv	a4,a1
	mv	a5,a0
	j	.L295
.L293:
	beq	a3,zero,.L301
	beq	a5,a6,.L312
.L295:
	lbu	a3,0(a4)
	lbu	a2,0(a5)
	addi	a4,a4,1
	addi	a5,a5,1
	beq	a3,a2,.L293
	lbu	a5,1(a0)
	addi	a6,a6,1
	addi	a0,a0,1
	bne	a5,zero,.L294
.L310:
	li	a0,0
.L301:
	ret
.L312:
	ret
.L291:
	bne	a5,zero,.L310
	ret
	.size	strstr, .-strstr
	.align	1
	.globl	strspn
	.type	strspn, @function
strspn:
	lbu	a3,0(a0)
	mv	a6,a0
	beq	a3,zero,.L318
	lbu	a2,0(a1)
	li	a0,0
.L315:
	beq	a2,a3,.L316
	mv	a4,a2
	mv	a5,a1
	j	.L317
.L326:
	lbu	a4,0(a5)
	beq	a4,a3,.L316
.L317:
	addi	a5,a5,1
	bne	a4,zero,.L326
	ret
.L316:
	addi	a0,a0,1
	add	a5,a6,a0
	lbu	a3,0(a5)
	bne	a3,zero,.L315
	ret
.L318:
	li	a0,0
	ret
	.size	strspn, .-strspn
	.align	1
	.globl	strcspn
	.type	strcspn, @function
strcspn:
	lbu	a3,0(a0)
	mv	a2,a0
	beq	a3,zero,.L332
	lbu	a6,0(a1)
	li	a0,0
.L329:
	beq	a6,a3,.L327
	mv	a4,a6
	mv	a5,a1
	j	.L331
.L338:
	lbu	a4,0(a5)
	beq	a4,a3,.L337
.L331:
	addi	a5,a5,1
	bne	a4,zero,.L338
	addi	a0,a0,1
	add	a5,a2,a0
	lbu	a3,0(a5)
	bne	a3,zero,.L329
.L327:
	ret
.L337:
	ret
.L332:
	li	a0,0
	ret
	.size	strcspn, .-strcspn
	.align	1
	.globl	strpbrk
	.type	strpbrk, @function
strpbrk:
	lbu	a3,0(a0)
	beq	a3,zero,.L345
	lbu	a2,0(a1)
.L341:
	beq	a2,a3,.L339
	mv	a4,a2
	mv	a5,a1
	j	.L343
.L348:
	lbu	a4,0(a5)
	beq	a4,a3,.L347
.L343:
	addi	a5,a5,1
	bne	a4,zero,.L348
	lbu	a3,1(a0)
	addi	a0,a0,1
	bne	a3,zero,.L341
.L345:
	li	a0,0
.L339:
	ret
.L347:
	ret
	.size	strpbrk, .-strpbrk
	.align	1
	.globl	strtok_r
	.type	strtok_r, @function
strtok_r:
	beq	a0,zero,.L372
.L350:
	lbu	a3,0(a0)
	beq	a3,zero,.L351
	lbu	a6,0(a1)
.L352:
	beq	a6,a3,.L353
	mv	a4,a6
	mv	a5,a1
	j	.L355
.L373:
	lbu	a4,0(a5)
	beq	a4,a3,.L353
.L355:
	addi	a5,a5,1
	bne	a4,zero,.L373
	lbu	a3,0(a0)
	mv	a7,a0
	mv	a5,a0
	beq	a3,zero,.L358
.L356:
	beq	a6,a3,.L359
	mv	a4,a6
	mv	a5,a1
	j	.L361
.L374:
	lbu	a4,0(a5)
	beq	a4,a3,.L359
.L361:
	addi	a5,a5,1
	bne	a4,zero,.L374
	lbu	a3,1(a7)
	addi	a7,a7,1
	bne	a3,zero,.L356
	mv	a5,a7
.L358:
	sd	a5,0(a2)
	ret
.L353:
	lbu	a3,1(a0)
	addi	a0,a0,1
	bne	a3,zero,.L352
.L351:
	mv	a5,a0
	sd	a5,0(a2)
	li	a0,0
	ret
.L359:
	addi	a5,a7,1
	sb	zero,0(a7)
	sd	a5,0(a2)
	ret
.L372:
	ld	a0,0(a2)
	j	.L350
	.size	strtok_r, .-strtok_r
	.align	1
	.globl	strtok
	.type	strtok, @function
strtok:
	lla	a2,save.2
	tail	strtok_r
	.size	strtok, .-strtok
	.align	1
	.globl	strsep
	.type	strsep, @function
strsep:
	mv	a6,a0
	ld	a0,0(a0)
	beq	a0,zero,.L376
	lbu	a3,0(a0)
	beq	a3,zero,.L384
	lbu	a7,0(a1)
	mv	a2,a0
.L379:
	beq	a3,a7,.L380
	mv	a4,a7
	mv	a5,a1
	j	.L382
.L389:
	lbu	a4,0(a5)
	beq	a3,a4,.L380
.L382:
	addi	a5,a5,1
	bne	a4,zero,.L389
	lbu	a3,1(a2)
	addi	a2,a2,1
	bne	a3,zero,.L379
.L384:
	li	a2,0
	sd	a2,0(a6)
.L376:
	ret
.L380:
	sb	zero,0(a2)
	addi	a2,a2,1
	sd	a2,0(a6)
	j	.L376
	.size	strsep, .-strsep
	.align	1
	.globl	strdup
	.type	strdup, @function
strdup:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	ra,24(sp)
	sd	s1,8(sp)
	sd	s2,0(sp)
	lbu	a5,0(a0)
	mv	s0,a0
	beq	a5,zero,.L400
	mv	a5,a0
.L392:
	lbu	a4,1(a5)
	addi	a5,a5,1
	bne	a4,zero,.L392
	sub	s1,a5,s0
	addi	s2,s1,1
.L391:
	mv	a0,s2
	call	malloc
	beq	a0,zero,.L390
	or	a5,s0,a0
	andi	a5,a5,7
	mv	a4,a0
	bne	a5,zero,.L394
	li	a5,7
	bleu	s2,a5,.L394
	addi	a4,s2,-8
	andi	a4,a4,-8
	addi	a4,a4,8
	add	a2,s0,a4
	mv	a5,a0
.L398:
	ld	a3,0(s0)
	addi	s0,s0,8
	addi	a5,a5,8
	sd	a3,-8(a5)
	bne	s0,a2,.L398
	andi	s2,s2,7
	add	a4,a0,a4
	addi	s1,s2,-1
.L394:
	addi	a5,s1,1
	add	a5,s0,a5
	beq	s2,zero,.L390
.L399:
	lbu	a3,0(s0)
	addi	s0,s0,1
	addi	a4,a4,1
	sb	a3,-1(a4)
	bne	a5,s0,.L399
.L390:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	addi	sp,sp,32
	jr	ra
.L400:
	li	s2,1
	li	s1,0
	j	.L391
	.size	strdup, .-strdup
	.align	1
	.globl	strndup
	.type	strndup, @function
strndup:
	addi	sp,sp,-32
	sd	s0,16(sp)
	sd	s1,8(sp)
	sd	ra,24(sp)
	mv	s0,a0
	li	s1,0
	li	a0,1
	beq	a1,zero,.L412
	li	a0,0
	j	.L411
.L413:
	beq	a1,a0,.L433
.L411:
	add	a5,s0,a0
	lbu	a5,0(a5)
	mv	s1,a0
	addi	a0,a0,1
	bne	a5,zero,.L413
.L412:
	call	malloc
	beq	a0,zero,.L410
	or	a5,s0,a0
	andi	a5,a5,7
	bne	a5,zero,.L422
	li	a5,7
	bleu	s1,a5,.L422
	addi	a5,s1,-8
	andi	a5,a5,-8
	addi	a5,a5,8
	add	a2,s0,a5
	mv	a4,a0
.L418:
	ld	a3,0(s0)
	addi	s0,s0,8
	addi	a4,a4,8
	sd	a3,-8(a4)
	bne	s0,a2,.L418
	andi	a4,s1,7
	add	a5,a0,a5
	j	.L415
.L422:
	mv	a5,a0
	mv	a4,s1
.L415:
	add	a3,s0,a4
	beq	a4,zero,.L420
.L419:
	lbu	a4,0(s0)
	addi	s0,s0,1
	addi	a5,a5,1
	sb	a4,-1(a5)
	bne	s0,a3,.L419
.L420:
	add	s1,a0,s1
	sb	zero,0(s1)
.L410:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L433:
	addi	a5,s1,2
	mv	s1,a0
	mv	a0,a5
	j	.L412
	.size	strndup, .-strndup
	.align	1
	.globl	isdigit
	.type	isdigit, @function
isdigit:
	addiw	a0,a0,-48
	sltiu	a0,a0,10
	ret
	.size	isdigit, .-isdigit
	.align	1
	.globl	isupper
	.type	isupper, @function
isupper:
	addiw	a0,a0,-65
	sltiu	a0,a0,26
	ret
	.size	isupper, .-isupper
	.align	1
	.globl	islower
	.type	islower, @function
islower:
	addiw	a0,a0,-97
	sltiu	a0,a0,26
	ret
	.size	islower, .-islower
	.align	1
	.globl	isalpha
	.type	isalpha, @function
isalpha:
	andi	a0,a0,-33
	addiw	a0,a0,-65
	sltiu	a0,a0,26
	ret
	.size	isalpha, .-isalpha
	.align	1
	.globl	isalnum
	.type	isalnum, @function
isalnum:
	andi	a5,a0,-33
	addiw	a5,a5,-65
	li	a4,25
	bleu	a5,a4,.L440
	addiw	a0,a0,-48
	sltiu	a0,a0,10
	ret
.L440:
	li	a0,1
	ret
	.size	isalnum, .-isalnum
	.align	1
	.globl	isxdigit
	.type	isxdigit, @function
isxdigit:
	addiw	a4,a0,-48
	li	a5,9
	bleu	a4,a5,.L443
	andi	a0,a0,-33
	addiw	a0,a0,-65
	sltiu	a0,a0,6
	ret
.L443:
	li	a0,1
	ret
	.size	isxdigit, .-isxdigit
	.align	1
	.globl	isspace
	.type	isspace, @function
isspace:
	li	a5,32
	beq	a0,a5,.L446
	addiw	a0,a0,-9
	sltiu	a0,a0,5
	ret
.L446:
	li	a0,1
	ret
	.size	isspace, .-isspace
	.align	1
	.globl	isprint
	.type	isprint, @function
isprint:
	addiw	a0,a0,-32
	sltiu	a0,a0,95
	ret
	.size	isprint, .-isprint
	.align	1
	.globl	iscntrl
	.type	iscntrl, @function
iscntrl:
	li	a5,31
	bleu	a0,a5,.L450
	addi	a0,a0,-127
	seqz	a0,a0
	ret
.L450:
	li	a0,1
	ret
	.size	iscntrl, .-iscntrl
	.align	1
	.globl	ispunct
	.type	ispunct, @function
ispunct:
	addiw	a4,a0,-33
	li	a5,93
	sext.w	a3,a0
	bgtu	a4,a5,.L453
	andi	a0,a0,-33
	addiw	a5,a0,-65
	li	a4,25
	li	a0,0
	bgtu	a5,a4,.L455
	ret
.L453:
	li	a0,0
	ret
.L455:
	addiw	a3,a3,-48
	li	a0,9
	sgtu	a0,a3,a0
	ret
	.size	ispunct, .-ispunct
	.align	1
	.globl	toupper
	.type	toupper, @function
toupper:
	addiw	a4,a0,-97
	li	a5,25
	bgtu	a4,a5,.L457
	addiw	a0,a0,-32
.L457:
	ret
	.size	toupper, .-toupper
	.align	1
	.globl	tolower
	.type	tolower, @function
tolower:
	addiw	a4,a0,-65
	li	a5,25
	bgtu	a4,a5,.L459
	addiw	a0,a0,32
.L459:
	ret
	.size	tolower, .-tolower
	.align	1
	.globl	strtoul
	.type	strtoul, @function
strtoul:
	addi	sp,sp,-64
	mv	a6,a2
	sd	s0,48(sp)
	addi	a5,sp,20
	mv	s0,a1
	addi	a4,sp,16
	addi	a3,sp,24
	addi	a2,sp,12
	mv	a1,a6
	sd	s1,40(sp)
	sd	ra,56(sp)
	mv	s1,a0
	call	parse_number.constprop.0
	beq	s0,zero,.L461
	lw	a5,20(sp)
	bne	a5,zero,.L475
.L462:
	sd	s1,0(s0)
.L461:
	lw	a5,16(sp)
	bne	a5,zero,.L476
	lw	a5,12(sp)
	ld	a0,24(sp)
	beq	a5,zero,.L460
	neg	a0,a0
.L460:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
.L475:
	mv	s1,a0
	j	.L462
.L476:
	ld	ra,56(sp)
	ld	s0,48(sp)
	li	a5,34
	sw	a5,errno,a4
	ld	s1,40(sp)
	li	a0,-1
	addi	sp,sp,64
	jr	ra
	.size	strtoul, .-strtoul
	.align	1
	.globl	strtol
	.type	strtol, @function
strtol:
	addi	sp,sp,-64
	mv	a6,a2
	sd	s0,48(sp)
	addi	a5,sp,20
	mv	s0,a1
	addi	a4,sp,16
	addi	a3,sp,24
	addi	a2,sp,12
	mv	a1,a6
	sd	s1,40(sp)
	sd	ra,56(sp)
	mv	s1,a0
	call	parse_number.constprop.0
	beq	s0,zero,.L478
	lw	a5,20(sp)
	bne	a5,zero,.L492
.L479:
	sd	s1,0(s0)
.L478:
	lw	a5,12(sp)
	lw	a4,16(sp)
	beq	a5,zero,.L493
	bne	a4,zero,.L483
	ld	a4,24(sp)
	li	a5,-1
	slli	a5,a5,63
	neg	a0,a4
	bgtu	a4,a5,.L483
.L477:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
.L492:
	mv	s1,a0
	j	.L479
.L493:
	bne	a4,zero,.L481
	ld	a0,24(sp)
	bge	a0,zero,.L477
.L481:
	ld	ra,56(sp)
	ld	s0,48(sp)
	li	a5,34
	sw	a5,errno,a4
	li	a0,-1
	ld	s1,40(sp)
	srli	a0,a0,1
	addi	sp,sp,64
	jr	ra
.L483:
	li	a5,34
	li	a0,-1
	sw	a5,errno,a4
	slli	a0,a0,63
	j	.L477
	.size	strtol, .-strtol
	.align	1
	.globl	strtoll
	.type	strtoll, @function
strtoll:
	tail	strtol
	.size	strtoll, .-strtoll
	.align	1
	.globl	strtoull
	.type	strtoull, @function
strtoull:
	addi	sp,sp,-64
	mv	a6,a2
	sd	s0,48(sp)
	addi	a5,sp,20
	mv	s0,a1
	addi	a4,sp,16
	addi	a3,sp,24
	addi	a2,sp,12
	mv	a1,a6
	sd	s1,40(sp)
	sd	ra,56(sp)
	mv	s1,a0
	call	parse_number.constprop.0
	beq	s0,zero,.L496
	lw	a5,20(sp)
	bne	a5,zero,.L510
.L497:
	sd	s1,0(s0)
.L496:
	lw	a5,16(sp)
	bne	a5,zero,.L511
	lw	a5,12(sp)
	ld	a0,24(sp)
	beq	a5,zero,.L495
	neg	a0,a0
.L495:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
.L510:
	mv	s1,a0
	j	.L497
.L511:
	ld	ra,56(sp)
	ld	s0,48(sp)
	li	a5,34
	sw	a5,errno,a4
	ld	s1,40(sp)
	li	a0,-1
	addi	sp,sp,64
	jr	ra
	.size	strtoull, .-strtoull
	.align	1
	.globl	atoi
	.type	atoi, @function
atoi:
	addi	sp,sp,-48
	addi	a5,sp,20
	addi	a4,sp,16
	addi	a3,sp,24
	addi	a2,sp,12
	li	a1,10
	sd	ra,40(sp)
	call	parse_number.constprop.0
	lw	a5,12(sp)
	beq	a5,zero,.L520
	lw	a5,16(sp)
	bne	a5,zero,.L517
	ld	a4,24(sp)
	li	a5,-1
	slli	a5,a5,63
	negw	a0,a4
	bgtu	a4,a5,.L517
.L516:
	ld	ra,40(sp)
	addi	sp,sp,48
	jr	ra
.L520:
	lw	a5,16(sp)
	bne	a5,zero,.L514
	ld	a5,24(sp)
	sext.w	a0,a5
	bge	a5,zero,.L516
.L514:
	ld	ra,40(sp)
	li	a5,34
	sw	a5,errno,a4
	li	a0,-1
	addi	sp,sp,48
	jr	ra
.L517:
	li	a5,34
	sw	a5,errno,a4
	li	a0,0
	j	.L516
	.size	atoi, .-atoi
	.align	1
	.globl	atol
	.type	atol, @function
atol:
	addi	sp,sp,-48
	addi	a5,sp,20
	addi	a4,sp,16
	addi	a3,sp,24
	addi	a2,sp,12
	li	a1,10
	sd	ra,40(sp)
	call	parse_number.constprop.0
	lw	a5,12(sp)
	beq	a5,zero,.L528
	lw	a5,16(sp)
	bne	a5,zero,.L525
	ld	a4,24(sp)
	li	a5,-1
	slli	a5,a5,63
	neg	a0,a4
	bgtu	a4,a5,.L525
.L521:
	ld	ra,40(sp)
	addi	sp,sp,48
	jr	ra
.L528:
	lw	a5,16(sp)
	bne	a5,zero,.L523
	ld	a0,24(sp)
	bge	a0,zero,.L521
.L523:
	ld	ra,40(sp)
	li	a5,34
	sw	a5,errno,a4
	li	a0,-1
	srli	a0,a0,1
	addi	sp,sp,48
	jr	ra
.L525:
	li	a5,34
	li	a0,-1
	sw	a5,errno,a4
	slli	a0,a0,63
	j	.L521
	.size	atol, .-atol
	.align	1
	.globl	abs
	.type	abs, @function
abs:
	sraiw	a5,a0,31
	xor	a0,a0,a5
	subw	a0,a0,a5
	ret
	.size	abs, .-abs
	.align	1
	.globl	labs
	.type	labs, @function
labs:
	srai	a5,a0,63
	xor	a0,a5,a0
	sub	a0,a0,a5
	ret
	.size	labs, .-labs
	.align	1
	.globl	qsort
	.type	qsort, @function
qsort:
	addi	sp,sp,-48
	sd	s0,32(sp)
	sd	s1,24(sp)
	sd	s2,16(sp)
	sd	s3,8(sp)
	sd	ra,40(sp)
	sd	s4,0(sp)
	li	a5,16
	mv	s0,a1
	mv	s2,a0
	mv	s1,a2
	mv	s3,a3
	bleu	a1,a5,.L533
	mul	a0,a1,a2
	call	malloc
	mv	s4,a0
	beq	a0,zero,.L533
	mv	a4,s3
	mv	a3,s1
	mv	a2,s0
	mv	a1,a0
	mv	a0,s2
	call	merge_sort
	ld	s0,32(sp)
	ld	ra,40(sp)
	ld	s1,24(sp)
	ld	s2,16(sp)
	ld	s3,8(sp)
	mv	a0,s4
	ld	s4,0(sp)
	addi	sp,sp,48
	tail	free
.L533:
	mv	a1,s0
	ld	s0,32(sp)
	ld	ra,40(sp)
	ld	s4,0(sp)
	mv	a3,s3
	mv	a2,s1
	ld	s3,8(sp)
	ld	s1,24(sp)
	mv	a0,s2
	ld	s2,16(sp)
	addi	sp,sp,48
	tail	insertion_sort
	.size	qsort, .-qsort
	.align	1
	.globl	bsearch
	.type	bsearch, @function
bsearch:
	addi	sp,sp,-64
	sd	ra,56(sp)
	sd	s0,48(sp)
	sd	s1,40(sp)
	sd	s2,32(sp)
	sd	s3,24(sp)
	sd	s4,16(sp)
	sd	s5,8(sp)
	sd	s6,0(sp)
	beq	a2,zero,.L539
	mv	s0,a2
	mv	s6,a0
	mv	s4,a1
	mv	s3,a3
	mv	s5,a4
.L542:
	srli	s2,s0,1
	mul	s1,s2,s3
	mv	a0,s6
	addi	s0,s0,-1
	add	s1,s4,s1
	mv	a1,s1
	jalr	s5
	beq	a0,zero,.L538
	ble	a0,zero,.L543
	sub	s0,s0,s2
	add	s4,s1,s3
	bne	s0,zero,.L542
.L539:
	li	s1,0
.L538:
	ld	ra,56(sp)
	ld	s0,48(sp)
	ld	s2,32(sp)
	ld	s3,24(sp)
	ld	s4,16(sp)
	ld	s5,8(sp)
	ld	s6,0(sp)
	mv	a0,s1
	ld	s1,40(sp)
	addi	sp,sp,64
	jr	ra
.L543:
	mv	s0,s2
	bne	s0,zero,.L542
	j	.L539
	.size	bsearch, .-bsearch
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC1:
	.string	"Unknown error %d"
	.text
	.align	1
	.globl	strerror
	.type	strerror, @function
strerror:
	li	a5,40
	mv	a3,a0
	bgtu	a0,a5,.L553
	slli	a4,a0,3
	lla	a5,.LANCHOR1
	add	a5,a5,a4
	ld	a0,0(a5)
	beq	a0,zero,.L553
	ret
.L553:
	addi	sp,sp,-16
	lla	a2,.LC1
	li	a1,32
	lla	a0,.LANCHOR0
	sd	ra,8(sp)
	call	snprintf
	ld	ra,8(sp)
	lla	a0,.LANCHOR0
	addi	sp,sp,16
	jr	ra
	.size	strerror, .-strerror
	.section	.rodata.str1.8
	.align	3
.LC2:
	.string	"Real-time signal %d"
	.align	3
.LC3:
	.string	"Unknown signal %d"
	.text
	.align	1
	.globl	strsignal
	.type	strsignal, @function
strsignal:
	addiw	a2,a0,-1
	li	a4,30
	bleu	a2,a4,.L566
	addi	sp,sp,-16
	sext.w	a5,a0
	sd	ra,8(sp)
	addiw	a5,a5,-34
	bleu	a5,a4,.L567
	mv	a3,a0
	lla	a2,.LC3
	li	a1,32
	lla	a0,.LANCHOR0+32
	call	snprintf
	ld	ra,8(sp)
	lla	a0,.LANCHOR0+32
	addi	sp,sp,16
	jr	ra
.L567:
	addiw	a3,a0,-34
	lla	a2,.LC2
	li	a1,32
	lla	a0,.LANCHOR0+32
	call	snprintf
	ld	ra,8(sp)
	lla	a0,.LANCHOR0+32
	addi	sp,sp,16
	jr	ra
.L566:
	slli	a3,a0,3
	lla	a5,.LANCHOR1
	add	a5,a5,a3
	ld	a0,328(a5)
	ret
	.size	strsignal, .-strsignal
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"Hangup"
	.align	3
.LC5:
	.string	"Interrupt"
	.align	3
.LC6:
	.string	"Quit"
	.align	3
.LC7:
	.string	"Illegal instruction"
	.align	3
.LC8:
	.string	"Trace/breakpoint trap"
	.align	3
.LC9:
	.string	"Aborted"
	.align	3
.LC10:
	.string	"Bus error"
	.align	3
.LC11:
	.string	"Floating point exception"
	.align	3
.LC12:
	.string	"Killed"
	.align	3
.LC13:
	.string	"User defined signal 1"
	.align	3
.LC14:
	.string	"Segmentation fault"
	.align	3
.LC15:
	.string	"User defined signal 2"
	.align	3
.LC16:
	.string	"Broken pipe"
	.align	3
.LC17:
	.string	"Alarm clock"
	.align	3
.LC18:
	.string	"Terminated"
	.align	3
.LC19:
	.string	"Stack fault"
	.align	3
.LC20:
	.string	"Child exited"
	.align	3
.LC21:
	.string	"Continued"
	.align	3
.LC22:
	.string	"Stopped (signal)"
	.align	3
.LC23:
	.string	"Stopped"
	.align	3
.LC24:
	.string	"Stopped (tty input)"
	.align	3
.LC25:
	.string	"Stopped (tty output)"
	.align	3
.LC26:
	.string	"Urgent I/O condition"
	.align	3
.LC27:
	.string	"CPU time limit exceeded"
	.align	3
.LC28:
	.string	"File size limit exceeded"
	.align	3
.LC29:
	.string	"Virtual timer expired"
	.align	3
.LC30:
	.string	"Profiling timer expired"
	.align	3
.LC31:
	.string	"Window changed"
	.align	3
.LC32:
	.string	"I/O possible"
	.align	3
.LC33:
	.string	"Power failure"
	.align	3
.LC34:
	.string	"Bad system call"
	.align	3
.LC35:
	.string	"Success"
	.align	3
.LC36:
	.string	"Operation not permitted"
	.align	3
.LC37:
	.string	"No such file or directory"
	.align	3
.LC38:
	.string	"No such process"
	.align	3
.LC39:
	.string	"Interrupted system call"
	.align	3
.LC40:
	.string	"Input/output error"
	.align	3
.LC41:
	.string	"No such device or address"
	.align	3
.LC42:
	.string	"Argument list too long"
	.align	3
.LC43:
	.string	"Exec format error"
	.align	3
.LC44:
	.string	"Bad file descriptor"
	.align	3
.LC45:
	.string	"No child processes"
	.align	3
.LC46:
	.string	"Resource temporarily unavailable"
	.align	3
.LC47:
	.string	"Cannot allocate memory"
	.align	3
.LC48:
	.string	"Permission denied"
	.align	3
.LC49:
	.string	"Bad address"
	.align	3
.LC50:
	.string	"Block device required"
	.align	3
.LC51:
	.string	"Device or resource busy"
	.align	3
.LC52:
	.string	"File exists"
	.align	3
.LC53:
	.string	"Invalid cross-device link"
	.align	3
.LC54:
	.string	"No such device"
	.align	3
.LC55:
	.string	"Not a directory"
	.align	3
.LC56:
	.string	"Is a directory"
	.align	3
.LC57:
	.string	"Invalid argument"
	.align	3
.LC58:
	.string	"Too many open files in system"
	.align	3
.LC59:
	.string	"Too many open files"
	.align	3
.LC60:
	.string	"Inappropriate ioctl for device"
	.align	3
.LC61:
	.string	"Text file busy"
	.align	3
.LC62:
	.string	"File too large"
	.align	3
.LC63:
	.string	"No space left on device"
	.align	3
.LC64:
	.string	"Illegal seek"
	.align	3
.LC65:
	.string	"Read-only file system"
	.align	3
.LC66:
	.string	"Too many links"
	.align	3
.LC67:
	.string	"Numerical argument out of domain"
	.align	3
.LC68:
	.string	"Numerical result out of range"
	.align	3
.LC69:
	.string	"Resource deadlock avoided"
	.align	3
.LC70:
	.string	"File name too long"
	.align	3
.LC71:
	.string	"No locks available"
	.align	3
.LC72:
	.string	"Function not implemented"
	.align	3
.LC73:
	.string	"Directory not empty"
	.align	3
.LC74:
	.string	"Too many levels of symbolic links"
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.dword	72340172838076673
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
	.type	error_texts, @object
	.size	error_texts, 328
error_texts:
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
	.dword	.LC52
	.dword	.LC53
	.dword	.LC54
	.dword	.LC55
	.dword	.LC56
	.dword	.LC57
	.dword	.LC58
	.dword	.LC59
	.dword	.LC60
	.dword	.LC61
	.dword	.LC62
	.dword	.LC63
	.dword	.LC64
	.dword	.LC65
	.dword	.LC66
	.dword	.LC16
	.dword	.LC67
	.dword	.LC68
	.dword	.LC69
	.dword	.LC70
	.dword	.LC71
	.dword	.LC72
	.dword	.LC73
	.dword	.LC74
	.type	signal_texts, @object
	.size	signal_texts, 256
signal_texts:
	.zero	8
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.dword	.LC7
	.dword	.LC8
	.dword	.LC9
	.dword	.LC10
	.dword	.LC11
	.dword	.LC12
	.dword	.LC13
	.dword	.LC14
	.dword	.LC15
	.dword	.LC16
	.dword	.LC17
	.dword	.LC18
	.dword	.LC19
	.dword	.LC20
	.dword	.LC21
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
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	unknown.1, @object
	.size	unknown.1, 32
unknown.1:
	.zero	32
	.type	unknown.0, @object
	.size	unknown.0, 32
unknown.0:
	.zero	32
	.section	.sbss,"aw",@nobits
	.align	3
	.type	save.2, @object
	.size	save.2, 8
save.2:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
