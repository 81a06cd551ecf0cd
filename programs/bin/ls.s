# programs/bin/ls.s -- generated from ls.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o ls.s ls.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"ls.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	by_name, @function
by_name:
	ld	a1,0(a1)
	ld	a0,0(a0)
	tail	strcmp
	.size	by_name, .-by_name
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"total %ld\n"
	.align	3
.LC1:
	.string	"/"
	.align	3
.LC2:
	.string	""
	.align	3
.LC3:
	.string	"?????????? ? ? ? ? ? %s\n"
	.align	3
.LC4:
	.string	"?pc?d?b?-?l?s???"
	.align	3
.LC5:
	.string	"rwxrwxrwx"
	.align	3
.LC6:
	.string	"%s %2d %02ld:%02ld"
	.align	3
.LC7:
	.string	"%s %2d  %ld"
	.align	3
.LC8:
	.string	"%s %*u %*u %*u "
	.align	3
.LC9:
	.string	"%*lu, %lu"
	.align	3
.LC10:
	.string	"%*ld"
	.align	3
.LC11:
	.string	" %s %s"
	.align	3
.LC12:
	.string	"%s%s%s"
	.align	3
.LC13:
	.string	" -> %s"
	.text
	.align	1
	.type	print_entries.part.0, @function
print_entries.part.0:
	addi	sp,sp,-192
	sd	s6,128(sp)
	sd	s7,120(sp)
	sd	s8,112(sp)
	sd	ra,184(sp)
	sd	s0,176(sp)
	sd	s1,168(sp)
	sd	s2,160(sp)
	sd	s3,152(sp)
	sd	s4,144(sp)
	sd	s5,136(sp)
	sd	s9,104(sp)
	sd	s10,96(sp)
	sd	s11,88(sp)
	li	t0,-8192
	add	sp,sp,t0
	mv	s6,a1
	mv	s7,a0
	mv	s8,a2
	ble	a1,zero,.L4
	slli	a1,a1,3
	add	t4,a1,s6
	slli	t4,t4,4
	add	t4,a0,t4
	addi	t3,a0,24
	addi	t4,t4,24
	li	a2,0
	li	s3,1
	li	s5,1
	li	s4,1
	li	s2,1
	li	t5,9
	li	t1,61440
	li	a0,8192
	li	a4,10
	li	a5,99
	j	.L18
.L5:
	addi	t3,t3,144
	beq	t3,t4,.L85
.L18:
	lw	a3,112(t3)
	beq	a3,zero,.L5
	lwu	t6,4(t3)
	ble	t6,t5,.L6
	mv	a3,t6
	li	a6,1
.L7:
	mv	a7,a3
	addiw	a6,a6,1
	div	a3,a3,a4
	bgt	a7,a5,.L7
	bgt	a6,s2,.L86
.L6:
	lwu	t6,8(t3)
	ble	t6,t5,.L9
	mv	a3,t6
	li	a6,1
.L10:
	mv	a7,a3
	addiw	a6,a6,1
	div	a3,a3,a4
	bgt	a7,a5,.L10
	bgt	a6,s4,.L87
.L9:
	lwu	t6,12(t3)
	ble	t6,t5,.L12
	mv	a3,t6
	li	a6,1
.L13:
	mv	a7,a3
	addiw	a6,a6,1
	div	a3,a3,a4
	bgt	a7,a5,.L13
	bgt	a6,s5,.L88
.L12:
	lw	a3,0(t3)
	and	a3,a3,t1
	sext.w	a3,a3
	beq	a3,a0,.L15
	ld	t6,32(t3)
	ble	t6,t5,.L15
	mv	a3,t6
	li	a6,1
.L16:
	mv	a7,a3
	addiw	a6,a6,1
	div	a3,a3,a4
	bgt	a7,a5,.L16
	bgt	a6,s3,.L89
.L15:
	ld	a3,48(t3)
	addi	t3,t3,144
	add	a2,a2,a3
	bne	t3,t4,.L18
.L85:
	beq	s8,zero,.L20
	srli	a1,a2,63
	add	a1,a1,a2
	srai	a1,a1,1
.L47:
	lla	a0,.LC0
	call	printf
	ble	s6,zero,.L3
	slli	a1,s6,3
	beq	s8,zero,.L20
	lla	a5,.LC1
	sd	a5,16(sp)
	slli	a1,s6,3
	sd	s8,24(sp)
.L23:
	li	a5,8192
	li	s1,-8192
	addi	a4,a5,48
	addi	a3,sp,32
	add	a4,a4,s1
	addi	s0,s1,-48
	mv	s11,s7
	add	s6,a1,s6
	addi	s7,s1,-32
	add	s1,a4,a3
	addi	a4,a5,48
	addi	a5,a5,48
	slli	s6,s6,4
	li	s9,4096
	add	a4,a4,s0
	add	a5,a5,s7
	add	s6,s11,s6
	add	s0,a4,a3
	addi	s10,s9,-2048
	add	s7,a5,a3
.L45:
	lw	a5,136(s11)
	beq	a5,zero,.L90
	lw	a0,24(s11)
	lla	a4,.LC4
	lla	a3,.LC5
	srliw	a5,a0,12
	andi	a5,a5,15
	add	a5,a5,a4
	lbu	a5,0(a5)
	li	a4,0
	li	a7,256
	sb	a5,-48(s1)
	li	a6,9
.L27:
	sraw	a5,a7,a4
	and	a5,a0,a5
	sext.w	a5,a5
	add	a1,s0,a4
	li	a2,45
	addi	a4,a4,1
	beq	a5,zero,.L26
	lbu	a2,0(a3)
.L26:
	sb	a2,1(a1)
	addi	a3,a3,1
	bne	a4,a6,.L27
	and	a5,a0,s10
	beq	a5,zero,.L28
	lbu	a3,-45(s1)
	li	a4,120
	li	a5,83
	beq	a3,a4,.L91
.L29:
	sb	a5,-45(s1)
.L28:
	andi	a5,a0,1024
	beq	a5,zero,.L30
	lbu	a3,-42(s1)
	li	a4,120
	li	a5,83
	beq	a3,a4,.L92
.L31:
	sb	a5,-42(s1)
.L30:
	andi	a0,a0,512
	beq	a0,zero,.L32
	lbu	a3,-39(s1)
	li	a4,120
	li	a5,84
	beq	a3,a4,.L93
.L33:
	sb	a5,-39(s1)
.L32:
	ld	s8,96(s11)
	li	a0,0
	sb	zero,-38(s1)
	call	time
	blt	s8,zero,.L34
	li	a4,86016
	addi	a4,a4,384
	div	a4,s8,a4
	li	a5,720896
	addi	a5,a5,-1428
	add	a4,a4,a5
.L35:
	li	a3,147456
	addi	a3,a3,-1359
	div	a3,a4,a3
.L36:
	li	t3,-147456
	addi	a5,t3,1359
	li	a6,36864
	addi	a6,a6,-340
	addi	t3,t3,1360
	li	a2,365
	li	t4,-36864
	addi	t4,t4,364
	li	a7,1527
	mul	a5,a3,a5
	add	a5,a5,a4
	li	a4,-1460
	div	a4,a5,a4
	div	a6,a5,a6
	add	a4,a4,a5
	div	t3,a5,t3
	add	a4,a4,a6
	li	a6,1460
	add	a4,a4,t3
	div	t3,a4,a2
	div	a6,a4,a6
	div	a4,a4,t4
	mul	a2,t3,a2
	add	a2,a2,a6
	add	a2,a2,a4
	sub	a5,a5,a2
	slli	t4,a5,2
	add	t4,t4,a5
	li	a4,153
	addi	a2,t4,2
	div	a2,a2,a4
	addiw	a5,a5,1
	slli	a6,a2,3
	add	a6,a6,a2
	slli	a4,a6,4
	add	a6,a6,a4
	addi	a6,a6,2
	li	a4,5
	div	a6,a6,a4
	sext.w	a2,a2
	subw	a4,a5,a6
	bgt	t4,a7,.L37
	addiw	a2,a2,3
.L38:
	li	a5,400
	mul	a5,a3,a5
	addiw	a6,a2,-1
	slli	a6,a6,3
	lla	a3,.LANCHOR0
	add	a3,a3,a6
	li	a6,-15777792
	addi	a6,a6,-683
	slti	a2,a2,3
	add	a6,a0,a6
	ld	a3,0(a3)
	add	a5,a5,t3
	add	a5,a5,a2
	blt	s8,a6,.L39
	addi	a0,a0,60
	ble	s8,a0,.L94
.L39:
	lla	a2,.LC7
	li	a1,32
	mv	a0,s7
	call	snprintf
.L40:
	lw	a5,32(s11)
	lw	a3,28(s11)
	lw	a7,36(s11)
	mv	a4,s4
	mv	a6,s5
	mv	a2,s2
	mv	a1,s0
	lla	a0,.LC8
	call	printf
	lw	a5,24(s11)
	li	a3,61440
	li	a4,8192
	and	a5,a5,a3
	beq	a5,a4,.L95
	ld	a2,56(s11)
	mv	a1,s3
	lla	a0,.LC10
	call	printf
.L42:
	ld	a2,0(s11)
	mv	a1,s7
	lla	a0,.LC11
	call	printf
	lw	a5,24(s11)
	li	a3,61440
	li	a4,40960
	and	a5,a5,a3
	beq	a5,a4,.L96
.L43:
	li	a0,10
	call	putchar
.L25:
	addi	s11,s11,144
	bne	s11,s6,.L45
.L3:
	li	t0,8192
	add	sp,sp,t0
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
.L89:
	li	s3,1
.L17:
	mv	a3,t6
	addiw	s3,s3,1
	div	t6,t6,a4
	bgt	a3,a5,.L17
	j	.L15
.L86:
	li	s2,1
.L8:
	mv	a3,t6
	addiw	s2,s2,1
	div	t6,t6,a4
	bgt	a3,a5,.L8
	j	.L6
.L87:
	li	s4,1
	li	a7,10
	li	a6,99
.L11:
	mv	a3,t6
	addiw	s4,s4,1
	div	t6,t6,a7
	bgt	a3,a6,.L11
	j	.L9
.L88:
	li	s5,1
	li	a7,10
	li	a6,99
.L14:
	mv	a3,t6
	addiw	s5,s5,1
	div	t6,t6,a7
	bgt	a3,a6,.L14
	j	.L12
.L93:
	li	a5,116
	j	.L33
.L91:
	li	a5,115
	j	.L29
.L92:
	li	a5,115
	j	.L31
.L20:
	lla	a5,.LC2
	sd	a5,16(sp)
	sd	a5,24(sp)
	j	.L23
.L37:
	addiw	a2,a2,-9
	j	.L38
.L90:
	ld	a1,0(s11)
	lla	a0,.LC3
	call	printf
	j	.L25
.L34:
	li	a3,-86016
	addi	a3,a3,-383
	li	a5,86016
	add	a3,s8,a3
	addi	a5,a5,384
	div	a3,a3,a5
	li	a4,720896
	addi	a4,a4,-1428
	add	a4,a3,a4
	bge	a4,zero,.L35
	li	a5,573440
	addi	a5,a5,-68
	add	a3,a3,a5
	li	a5,147456
	addi	a5,a5,-1359
	div	a3,a3,a5
	j	.L36
.L96:
	li	a3,8192
	li	a4,-4096
	addi	a3,a3,48
	add	a3,a3,a4
	addi	a4,sp,32
	add	a4,a3,a4
	sd	a4,8(sp)
	ld	a5,0(s11)
	ld	a4,16(sp)
	ld	a3,24(sp)
	ld	a0,8(sp)
	lla	a2,.LC12
	li	a1,4096
	call	snprintf
	ld	a0,8(sp)
	addi	a2,s9,-1
	mv	a1,s1
	call	readlink
	blt	a0,zero,.L43
	add	a5,s1,a0
	mv	a1,s1
	lla	a0,.LC13
	sb	zero,0(a5)
	call	printf
	j	.L43
.L95:
	ld	a3,40(s11)
	addi	a5,s9,-1
	mv	a1,s3
	srli	a2,a3,8
	and	a2,a2,a5
	andi	a3,a3,0xff
	lla	a0,.LC9
	call	printf
	j	.L42
.L94:
	li	t3,86016
	addi	t3,t3,384
	rem	a7,s8,t3
	li	a6,60
	addi	t4,s9,-496
	lla	a2,.LC6
	li	a1,32
	mv	a0,s7
	add	a7,a7,t3
	rem	a5,a7,t3
	div	a7,a5,a6
	div	a5,a5,t4
	rem	a6,a7,a6
	call	snprintf
	j	.L40
.L4:
	beq	a2,zero,.L3
	li	a1,0
	li	s3,1
	li	s2,1
	li	s5,1
	li	s4,1
	j	.L47
	.size	print_entries.part.0, .-print_entries.part.0
	.section	.rodata.str1.8
	.align	3
.LC14:
	.string	"\n"
	.align	3
.LC15:
	.string	"Try 'ls --help' for more information.\n"
	.align	3
.LC16:
	.string	"al1d"
	.align	3
.LC17:
	.string	"ls: cannot access '%s': %s\n"
	.align	3
.LC18:
	.string	"%s%s:\n"
	.align	3
.LC19:
	.string	"ls: cannot open directory '%s': %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-432
	sd	s0,416(sp)
	sd	s1,408(sp)
	sd	s3,392(sp)
	sd	s4,384(sp)
	sd	s5,376(sp)
	sd	s6,368(sp)
	sd	s7,360(sp)
	sd	s8,352(sp)
	sd	s9,344(sp)
	sd	s11,328(sp)
	sd	ra,424(sp)
	sd	s2,400(sp)
	sd	s10,336(sp)
	mv	s0,a0
	mv	s11,a1
	lla	s3,.LC16
	li	s1,-1
	li	s4,97
	li	s5,108
	li	s6,100
	lla	s9,opt_d
	lla	s8,opt_l
	lla	s7,opt_a
.L98:
	mv	a2,s3
	mv	a1,s11
	mv	a0,s0
	call	getopt
	beq	a0,s1,.L206
.L104:
	beq	a0,s4,.L207
	li	a5,63
	beq	a0,s5,.L208
	beq	a0,s6,.L209
	bne	a0,a5,.L98
	lla	a1,.LC15
	ld	a0,stderr
	call	fprintf
.L103:
	li	a0,2
	j	.L197
.L207:
	li	a5,1
	mv	a2,s3
	mv	a1,s11
	mv	a0,s0
	sw	a5,0(s7)
	call	getopt
	bne	a0,s1,.L104
.L206:
	lla	s3,optind
	lw	a5,0(s3)
	subw	s0,s0,a5
	beq	s0,zero,.L210
.L105:
	slli	s4,s0,3
	add	s4,s4,s0
	slli	s4,s4,4
	mv	a0,s4
	call	malloc
	mv	s1,a0
	mv	a0,s4
	call	malloc
	sd	a0,8(sp)
	beq	s1,zero,.L103
	beq	a0,zero,.L103
	lw	s8,0(s3)
	ble	s0,zero,.L106
	slli	a5,s8,3
	add	s11,s11,a5
	lla	a5,status
	sd	zero,16(sp)
	li	s7,0
	lla	s6,opt_l
	sd	a5,24(sp)
	addi	s10,sp,176
	li	s9,1
	li	s5,61440
	li	s4,16384
	addi	s2,sp,320
.L115:
	ld	a0,0(s11)
	addi	a1,sp,48
	call	stat
	blt	a0,zero,.L211
.L107:
	ld	a0,0(s11)
	addi	a5,sp,48
	addi	a4,sp,184
	sd	a0,176(sp)
.L109:
	ld	t3,0(a5)
	ld	a1,8(a5)
	ld	a2,16(a5)
	ld	a3,24(a5)
	sd	t3,0(a4)
	sd	a1,8(a4)
	sd	a2,16(a4)
	sd	a3,24(a4)
	addi	a5,a5,32
	addi	a4,a4,32
	bne	a5,s10,.L109
	lw	a5,64(sp)
	sw	s9,312(sp)
	and	a5,a5,s5
	sext.w	a5,a5
	beq	a5,s4,.L212
.L110:
	lw	a5,0(s6)
	bne	a5,zero,.L213
.L113:
	slli	a5,s7,3
	add	a5,a5,s7
	slli	a5,a5,4
	addiw	s7,s7,1
	mv	a4,s10
	add	a5,s1,a5
.L114:
	ld	t4,0(a4)
	ld	t3,8(a4)
	ld	a0,16(a4)
	ld	a1,24(a4)
	ld	a2,32(a4)
	ld	a3,40(a4)
	sd	t4,0(a5)
	sd	t3,8(a5)
	sd	a0,16(a5)
	sd	a1,24(a5)
	sd	a2,32(a5)
	sd	a3,40(a5)
	addi	a4,a4,48
	addi	a5,a5,48
	bne	a4,s2,.L114
.L108:
	lw	a5,0(s3)
	addiw	s8,s8,1
	addi	s11,s11,8
	addw	a5,a5,s0
	bgt	a5,s8,.L115
.L224:
	lla	a3,by_name
	li	a2,144
	mv	a1,s7
	mv	a0,s1
	call	qsort
	ld	a1,16(sp)
	ld	a0,8(sp)
	lla	a3,by_name
	li	a2,144
	call	qsort
	lw	s10,0(s6)
	beq	s10,zero,.L214
	li	a2,0
	mv	a1,s7
	mv	a0,s1
	call	print_entries.part.0
	ld	a5,16(sp)
	beq	a5,zero,.L118
	ld	s8,8(sp)
	bne	s7,zero,.L215
.L119:
	ld	a4,16(sp)
	li	a5,1
	beq	a4,a5,.L216
.L151:
	li	s10,0
	lla	a1,.LC2
.L124:
	ld	a2,0(s8)
	lla	a0,.LC18
	call	printf
.L127:
	ld	a5,0(s8)
	mv	a0,a5
	sd	a5,8(sp)
	call	opendir
	mv	s4,a0
	beq	a0,zero,.L217
	li	a0,8192
	addi	a0,a0,1024
	call	malloc
	mv	s2,a0
	li	s1,64
	li	s0,0
	li	s5,46
	lla	s9,opt_a
	beq	a0,zero,.L218
.L131:
	mv	a0,s4
	call	readdir
	addi	s3,a0,19
	beq	a0,zero,.L136
.L138:
	lbu	a5,19(a0)
	beq	a5,s5,.L219
	beq	s0,s1,.L220
.L135:
	slli	a5,s0,3
	add	a5,a5,s0
	slli	a5,a5,4
	mv	a0,s3
	add	s11,s2,a5
	call	strdup
	lw	a4,0(s6)
	sd	a0,0(s11)
	sw	zero,136(s11)
	bne	a4,zero,.L221
	addiw	s0,s0,1
.L225:
	mv	a0,s4
	call	readdir
	addi	s3,a0,19
	bne	a0,zero,.L138
.L136:
	mv	a0,s4
	call	closedir
	lla	a3,by_name
	li	a2,144
	mv	a1,s0
	mv	a0,s2
	call	qsort
	lw	a5,0(s6)
	beq	a5,zero,.L222
	ld	a2,8(sp)
	mv	a1,s0
	mv	a0,s2
	call	print_entries.part.0
	beq	s0,zero,.L141
	slli	s1,s0,3
.L143:
	add	s1,s1,s0
	slli	s1,s1,4
	mv	s0,s2
	add	s1,s1,s2
.L145:
	ld	a0,0(s0)
	addi	s0,s0,144
	call	free
	bne	s1,s0,.L145
.L141:
	mv	a0,s2
	call	free
	ld	a4,16(sp)
	addiw	s10,s10,1
	addi	s8,s8,144
	beq	a4,s10,.L118
.L226:
	bne	s7,zero,.L126
	li	a5,1
	beq	a4,a5,.L223
.L126:
	lla	a1,.LC14
	j	.L124
.L208:
	li	a5,1
	sw	a5,0(s8)
	j	.L98
.L209:
	li	a5,1
	sw	a5,0(s9)
	j	.L98
.L212:
	lla	a5,opt_d
	lw	a5,0(a5)
	bne	a5,zero,.L110
	ld	a4,16(sp)
	ld	a3,8(sp)
	slli	a5,a4,3
	add	a5,a5,a4
	slli	a5,a5,4
	addiw	t5,a4,1
	add	a5,a3,a5
	mv	a4,s10
.L111:
	ld	t4,0(a4)
	ld	t3,8(a4)
	ld	a0,16(a4)
	ld	a1,24(a4)
	ld	a2,32(a4)
	ld	a3,40(a4)
	sd	t4,0(a5)
	sd	t3,8(a5)
	sd	a0,16(a5)
	sd	a1,24(a5)
	sd	a2,32(a5)
	sd	a3,40(a5)
	addi	a4,a4,48
	addi	a5,a5,48
	bne	a4,s2,.L111
	lw	a5,0(s3)
	sd	t5,16(sp)
	addiw	s8,s8,1
	addw	a5,a5,s0
	addi	s11,s11,8
	bgt	a5,s8,.L115
	j	.L224
.L213:
	addi	a1,sp,184
	call	lstat
	j	.L113
.L211:
	ld	a0,0(s11)
	addi	a1,sp,48
	call	lstat
	bge	a0,zero,.L107
	ld	a2,0(s11)
	ld	a5,stderr
	lw	a0,errno
	sd	a5,32(sp)
	sd	a2,40(sp)
	call	strerror
	mv	a3,a0
	ld	a2,40(sp)
	ld	a0,32(sp)
	lla	a1,.LC17
	call	fprintf
	ld	a4,24(sp)
	li	a5,2
	sw	a5,0(a4)
	j	.L108
.L210:
	sw	zero,optind,a5
	li	s0,1
	lla	s11,.LANCHOR1
	j	.L105
.L219:
	lw	a5,0(s9)
	beq	a5,zero,.L131
	bne	s0,s1,.L135
.L220:
	slliw	s1,s0,1
	slli	a1,s1,3
	add	a1,a1,s1
	slli	a1,a1,4
	mv	a0,s2
	call	realloc
	beq	a0,zero,.L136
	mv	s2,a0
	j	.L135
.L221:
	mv	a0,s4
	call	dirfd
	li	a3,256
	addi	a2,s11,8
	mv	a1,s3
	call	fstatat
	seqz	a0,a0
	sw	a0,136(s11)
	addiw	s0,s0,1
	j	.L225
.L223:
	ld	a5,24(sp)
	lw	a5,0(a5)
	beq	a5,zero,.L127
	lla	a1,.LC14
	j	.L124
.L222:
	beq	s0,zero,.L141
	slli	s1,s0,3
	add	s4,s1,s0
	slli	s4,s4,4
	mv	s3,s2
	add	s4,s4,s2
.L142:
	ld	a0,0(s3)
	addi	s3,s3,144
	call	puts
	bne	s4,s3,.L142
	j	.L143
.L217:
	lw	a0,errno
	ld	s0,stderr
	call	strerror
	ld	a2,8(sp)
	mv	a3,a0
	lla	a1,.LC19
	mv	a0,s0
	call	fprintf
	ld	a4,24(sp)
	li	a5,2
	addiw	s10,s10,1
	sw	a5,0(a4)
	ld	a4,16(sp)
	addi	s8,s8,144
	bne	a4,s10,.L226
.L118:
	ld	a5,24(sp)
	lw	a0,0(a5)
.L197:
	ld	ra,424(sp)
	ld	s0,416(sp)
	ld	s1,408(sp)
	ld	s2,400(sp)
	ld	s3,392(sp)
	ld	s4,384(sp)
	ld	s5,376(sp)
	ld	s6,368(sp)
	ld	s7,360(sp)
	ld	s8,352(sp)
	ld	s9,344(sp)
	ld	s10,336(sp)
	ld	s11,328(sp)
	addi	sp,sp,432
	jr	ra
.L214:
	beq	s7,zero,.L227
	li	s0,144
	mul	s0,s7,s0
	add	s0,s1,s0
.L120:
	ld	a0,0(s1)
	addi	s1,s1,144
	call	puts
	bne	s1,s0,.L120
	ld	a5,16(sp)
	ld	s8,8(sp)
	beq	a5,zero,.L118
	lla	a1,.LC14
	j	.L124
.L216:
	ld	a5,24(sp)
	lw	s10,0(a5)
	beq	s10,zero,.L127
	j	.L151
.L218:
	mv	a0,s4
	call	closedir
	lla	a3,by_name
	li	a2,144
	li	a1,0
	li	a0,0
	call	qsort
	lw	a5,0(s6)
	beq	a5,zero,.L141
	ld	a2,8(sp)
	li	a1,0
	li	a0,0
	call	print_entries.part.0
	j	.L141
.L215:
	li	s10,0
	lla	a1,.LC14
	j	.L124
.L106:
	lla	a3,by_name
	li	a2,144
	li	a1,0
	mv	a0,s1
	call	qsort
	ld	a0,8(sp)
	lla	a3,by_name
	li	a2,144
	li	a1,0
	call	qsort
	lw	a5,opt_l
	beq	a5,zero,.L228
	li	a2,0
	li	a1,0
	mv	a0,s1
	call	print_entries.part.0
	lla	a5,status
	sd	a5,24(sp)
	j	.L118
.L228:
	lla	a5,status
	sd	a5,24(sp)
	j	.L118
.L227:
	ld	a5,16(sp)
	beq	a5,zero,.L118
	ld	s8,8(sp)
	j	.L119
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC20:
	.string	"Jan"
	.align	3
.LC21:
	.string	"Feb"
	.align	3
.LC22:
	.string	"Mar"
	.align	3
.LC23:
	.string	"Apr"
	.align	3
.LC24:
	.string	"May"
	.align	3
.LC25:
	.string	"Jun"
	.align	3
.LC26:
	.string	"Jul"
	.align	3
.LC27:
	.string	"Aug"
	.align	3
.LC28:
	.string	"Sep"
	.align	3
.LC29:
	.string	"Oct"
	.align	3
.LC30:
	.string	"Nov"
	.align	3
.LC31:
	.string	"Dec"
	.align	3
.LC32:
	.string	"."
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
	.type	months.0, @object
	.size	months.0, 96
months.0:
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
	.data
	.align	3
	.set	.LANCHOR1,. + 0
	.type	dot.1, @object
	.size	dot.1, 16
dot.1:
	.dword	.LC32
	.dword	0
	.section	.sbss,"aw",@nobits
	.align	2
	.type	status, @object
	.size	status, 4
status:
	.zero	4
	.type	opt_d, @object
	.size	opt_d, 4
opt_d:
	.zero	4
	.type	opt_l, @object
	.size	opt_l, 4
opt_l:
	.zero	4
	.type	opt_a, @object
	.size	opt_a, 4
opt_a:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
