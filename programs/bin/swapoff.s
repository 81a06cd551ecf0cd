# programs/bin/swapoff.s -- generated from swapoff.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o swapoff.s swapoff.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"swapoff.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC6:
	.string	"/proc/swaps"
	.text
	.align	1
	.type	read_text.constprop.0, @function
read_text.constprop.0:
	addi	sp,sp,-80
	li	a1,0
	lla	a0,.LC6
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s5,24(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	call	open
	blt	a0,zero,.L2
	mv	s3,a0
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L3
	li	s1,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L4:
	mv	a0,s2
	bltu	s5,s1,.L6
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L16
.L10:
	mv	s2,a0
.L6:
	add	s4,s2,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L17
	add	s0,s0,a0
	beq	a0,zero,.L9
	addi	s5,s0,1
	mv	a0,s2
	bltu	s5,s1,.L6
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L10
.L16:
	mv	a0,s2
	call	free
.L3:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L2:
	li	s2,0
.L1:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	mv	a0,s2
	ld	s2,48(sp)
	addi	sp,sp,80
	jr	ra
.L17:
	lw	s4,0(s6)
	beq	s4,s7,.L4
	mv	a0,s2
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s6)
	j	.L2
.L9:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	j	.L1
	.size	read_text.constprop.0, .-read_text.constprop.0
	.section	.rodata.str1.8
	.align	3
.LC7:
	.string	""
	.align	3
.LC8:
	.string	" "
	.align	3
.LC9:
	.string	" \t\n"
	.align	3
.LC10:
	.string	" \t"
	.align	3
.LC12:
	.string	"swapon: unknown column: %s\n"
	.align	3
.LC13:
	.string	","
	.align	3
.LC14:
	.string	"%lu"
	.align	3
.LC16:
	.string	"%lu.%lu%c"
	.align	3
.LC17:
	.string	"%lu%c"
	.align	3
.LC18:
	.string	"%ld"
	.align	3
.LC19:
	.string	"%s%s"
	.align	3
.LC20:
	.string	"%*s%s"
	.align	3
.LC21:
	.string	"%s"
	.align	3
.LC22:
	.string	"%-*s "
	.text
	.align	1
	.type	show, @function
show:
	li	t0,-28672
	addi	sp,sp,-128
	addi	t0,t0,1504
	sd	s2,96(sp)
	sd	s3,88(sp)
	sd	s9,40(sp)
	sd	s11,24(sp)
	sd	ra,120(sp)
	sd	s0,112(sp)
	sd	s1,104(sp)
	sd	s4,80(sp)
	sd	s5,72(sp)
	sd	s6,64(sp)
	sd	s7,56(sp)
	sd	s8,48(sp)
	sd	s10,32(sp)
	add	sp,sp,t0
	mv	s11,a0
	mv	s3,a1
	mv	s2,a2
	sd	a3,40(sp)
	call	read_text.constprop.0
	beq	a0,zero,.L70
	li	a1,10
	mv	s10,a0
	call	strchr
	beq	a0,zero,.L103
	li	a5,28672
	li	s4,-28672
	addi	s4,s4,1792
	addi	a4,a5,-1552
	li	s0,-16384
	add	a4,a4,s4
	addi	a3,sp,64
	addi	s6,s0,-512
	add	s4,a4,a3
	addi	a4,a5,-1552
	addi	a5,a5,-1552
	addi	a2,sp,64
	li	a3,0
	add	a4,a4,s0
	add	a5,a5,s6
	sd	s10,0(sp)
	li	s7,32
	add	s0,a4,a2
	lla	s5,.LC9
	li	s9,255
	lla	s8,.LC10
	add	s6,a5,a2
	mv	s10,a3
	sd	s2,8(sp)
	j	.L25
.L104:
	beq	s10,s7,.L100
	sd	s1,-512(s0)
	call	strcspn
	mv	a5,a0
	mv	s2,a5
	mv	a0,s4
	beq	a5,zero,.L100
	bleu	a5,s9,.L23
	li	s2,255
.L23:
	ld	a1,-512(s0)
	mv	a2,s2
	addiw	s10,s10,1
	call	memcpy
	ld	a0,-512(s0)
	add	a2,s4,s2
	sb	zero,0(a2)
	mv	a1,s5
	call	strcspn
	ld	a5,-512(s0)
	mv	a1,s8
	add	a0,a5,a0
	sd	a0,-512(s0)
	call	strspn
	ld	a5,-512(s0)
	mv	a1,s5
	add	a0,a5,a0
	sd	a0,-512(s0)
	call	strcspn
	mv	s2,a0
	li	a5,31
	addi	a0,s4,256
	bleu	s2,a5,.L24
	li	s2,31
.L24:
	ld	a1,-512(s0)
	mv	a2,s2
	call	memcpy
	ld	a0,-512(s0)
	add	a2,s4,s2
	mv	a1,s5
	sb	zero,256(a2)
	call	strcspn
	ld	a5,-512(s0)
	li	a2,10
	mv	a1,s6
	add	a0,a5,a0
	sd	a0,-512(s0)
	call	strtoul
	mv	a5,a0
	ld	a0,-512(s0)
	sd	a5,288(s4)
	li	a2,10
	mv	a1,s6
	call	strtoul
	mv	a5,a0
	ld	a0,-512(s0)
	sd	a5,296(s4)
	li	a2,10
	mv	a1,s6
	call	strtol
	mv	a5,a0
	sd	a5,304(s4)
	li	a1,10
	mv	a0,s1
	call	strchr
	addi	s4,s4,312
	beq	a0,zero,.L100
.L25:
	lbu	a5,1(a0)
	addi	s1,a0,1
	mv	a1,s5
	mv	a0,s1
	bne	a5,zero,.L104
.L100:
	sd	s10,16(sp)
	ld	s2,8(sp)
	ld	s10,0(sp)
.L21:
	mv	a0,s10
	call	free
	li	s1,28672
	li	s7,-28672
	lla	a5,.LANCHOR0
	addi	s0,s7,1664
	addi	a2,s1,-1552
	ld	a3,16(a5)
	ld	a7,0(a5)
	ld	a6,8(a5)
	ld	a4,24(a5)
	add	a2,a2,s0
	ld	a5,32(a5)
	addi	a1,sp,64
	add	s0,a2,a1
	mv	a0,s0
	li	a2,128
	mv	a1,s11
	sd	a3,152(sp)
	sd	a5,168(sp)
	sd	a7,136(sp)
	sd	a6,144(sp)
	sd	a4,160(sp)
	call	strlcpy
	li	s6,-16384
	addi	a5,s1,-1552
	add	a5,a5,s6
	addi	a3,sp,64
	add	a5,a5,a3
	addi	s6,s6,-512
	sd	s0,-512(a5)
	addi	a5,s1,-1552
	add	a5,a5,s6
	li	s0,0
	add	s6,a5,a3
	lla	s8,.LC13
	addi	s7,s7,1624
	li	s9,-1
	sd	s2,0(sp)
.L27:
	li	s4,5
	li	s10,8
.L31:
	mv	a1,s8
	mv	a0,s6
	call	strsep
	mv	s11,a0
	beq	a0,zero,.L105
	li	a5,28672
	addi	a5,a5,-1552
	add	a5,a5,s7
	addi	a4,sp,64
	add	s2,a5,a4
	li	s1,0
	li	s5,-1
.L29:
	ld	a1,0(s2)
	mv	a0,s11
	addi	s2,s2,8
	call	strcasecmp
	bne	a0,zero,.L28
	mv	s5,s1
.L28:
	addiw	s1,s1,1
	bne	s1,s4,.L29
	beq	s5,s9,.L106
	beq	s0,s10,.L31
	li	a3,28672
	li	a4,-28672
	addi	a3,a3,-1552
	add	a3,a3,a4
	addi	a4,sp,64
	slli	a5,s0,2
	add	a4,a3,a4
	add	a5,a4,a5
	sd	a4,8(sp)
	sw	s5,1560(a5)
	addiw	s0,s0,1
	j	.L27
.L105:
	ld	s2,0(sp)
	beq	s0,zero,.L38
	li	a5,-28672
	li	a4,28672
	addi	s4,a5,1560
	addi	a3,a4,-1552
	addi	a2,sp,64
	add	a3,a3,s4
	add	s4,a3,a2
	addi	a3,a4,-1552
	addi	a4,a4,-1552
	addi	s5,a5,1592
	add	a4,a4,a5
	slli	s7,s0,2
	add	a3,a3,s5
	add	a5,a4,a2
	add	s5,a3,a2
	add	s7,s7,s4
	sd	a5,0(sp)
	j	.L37
.L36:
	sw	a0,0(s5)
	addi	s5,s5,4
	beq	s4,s7,.L38
.L37:
	lw	a5,0(s4)
	ld	a4,0(sp)
	mv	a0,s6
	slli	a5,a5,3
	add	a5,a4,a5
	ld	s1,1624(a5)
	li	a2,64
	addi	s4,s4,4
	mv	a1,s1
	call	strlcpy
	addi	s6,s6,64
	li	a0,0
	beq	s3,zero,.L36
	mv	a0,s1
	call	strlen
	sext.w	a0,a0
	sw	a0,0(s5)
	addi	s5,s5,4
	bne	s4,s7,.L37
.L38:
	ld	a4,16(sp)
	beq	a4,zero,.L34
	li	a5,-28672
	li	a2,28672
	addi	a3,a5,1560
	addi	a0,a2,-1552
	add	a0,a0,a3
	addi	a3,sp,64
	addi	a1,a5,1792
	add	a3,a0,a3
	li	a6,-16384
	addi	a0,a2,-1552
	addi	a2,a2,-1552
	add	a0,a0,a1
	addiw	a4,a4,1
	addi	a1,sp,64
	add	a2,a2,a6
	ld	s9,40(sp)
	slli	s7,s0,2
	add	s11,a0,a1
	add	a6,a2,a1
	slli	a4,a4,3
	li	a7,8
	addi	a5,a5,1592
	mv	s10,s11
	sd	s0,0(sp)
	sd	a3,8(sp)
	sd	a4,24(sp)
	add	s7,s7,a3
	sd	a5,32(sp)
	li	s8,60
	mv	s11,a7
	mv	s0,a6
	sd	s3,48(sp)
	sd	s2,56(sp)
.L35:
	ld	a5,0(sp)
	beq	a5,zero,.L58
	ld	a4,32(sp)
	li	a5,28672
	addi	a5,a5,-1552
	add	a5,a5,a4
	addi	a4,sp,64
	ld	s2,8(sp)
	addi	s6,s10,256
	add	s4,a5,a4
	mv	s1,s0
	li	s3,1
	li	s5,2
	j	.L55
.L108:
	bne	a5,zero,.L42
	li	a2,64
	mv	a1,s10
	mv	a0,s1
	call	strlcpy
.L44:
	mv	a0,s1
	call	strlen
	lw	a5,0(s4)
	sext.w	a0,a0
	blt	a5,a0,.L107
.L54:
	addi	s2,s2,4
	addi	s1,s1,64
	addi	s4,s4,4
	beq	s7,s2,.L58
.L55:
	lw	a5,0(s2)
	beq	a5,s3,.L39
	ble	a5,s3,.L108
	addiw	a4,a5,-2
	bgtu	a4,s3,.L42
	beq	a5,s5,.L109
	ld	a3,296(s10)
.L46:
	slli	a3,a3,10
	beq	s9,zero,.L47
	lla	a2,.LC14
	li	a1,64
	mv	a0,s1
	call	snprintf
	mv	a0,s1
	call	strlen
	lw	a5,0(s4)
	sext.w	a0,a0
	bge	a5,a0,.L54
.L107:
	mv	a0,s1
	call	strlen
	sw	a0,0(s4)
	addi	s2,s2,4
	addi	s1,s1,64
	addi	s4,s4,4
	bne	s7,s2,.L55
.L58:
	ld	a5,24(sp)
	addi	s11,s11,8
	addi	s10,s10,312
	addi	s0,s0,512
	bne	s11,a5,.L35
	ld	s3,48(sp)
	li	s9,-16384
	li	a4,28672
	addi	s9,s9,-512
	addi	a4,a4,-1552
	seqz	a5,s3
	add	a4,a4,s9
	addi	a3,sp,64
	add	s9,a4,a3
	slli	a5,a5,9
	ld	s0,0(sp)
	add	a5,s9,a5
	sd	a5,0(sp)
	ld	s2,56(sp)
	li	a5,-28672
	addi	a5,a5,1592
	seqz	s8,s3
	sd	a5,24(sp)
	addiw	s3,s0,-1
	lla	s4,.LC7
	lla	s6,.LC8
.L59:
	beq	s0,zero,.L68
	ld	a4,24(sp)
	li	a5,28672
	addi	a5,a5,-1552
	add	a5,a5,a4
	addi	a4,sp,64
	ld	s7,0(sp)
	ld	s10,8(sp)
	add	s9,a5,a4
	li	s11,0
	li	s5,1
	lla	s1,.LC19
	j	.L66
.L110:
	mv	a2,s4
	beq	s11,s3,.L61
	mv	a2,s6
.L61:
	mv	a1,s7
	mv	a0,s1
	call	printf
.L62:
	addiw	s11,s11,1
	addi	s10,s10,4
	addi	s7,s7,64
	addi	s9,s9,4
	beq	s0,s11,.L68
.L66:
	lw	a3,0(s10)
	bne	s2,zero,.L110
	ble	a3,s5,.L63
	lw	a1,0(s9)
	mv	a3,s4
	beq	s11,s3,.L64
	mv	a3,s6
.L64:
	mv	a2,s7
	lla	a0,.LC20
	addiw	s11,s11,1
	call	printf
	addi	s10,s10,4
	addi	s7,s7,64
	addi	s9,s9,4
	bne	s0,s11,.L66
.L68:
	li	a0,10
	call	putchar
	ld	a5,0(sp)
	addiw	s8,s8,1
	addi	a5,a5,512
	sd	a5,0(sp)
	ld	a5,16(sp)
	ble	s8,a5,.L59
.L34:
	li	a0,0
.L97:
	li	t0,28672
	addi	t0,t0,-1504
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
	addi	sp,sp,128
	jr	ra
.L42:
	ld	a3,304(s10)
	lla	a2,.LC18
	li	a1,64
	mv	a0,s1
	call	snprintf
	j	.L44
.L39:
	li	a2,64
	mv	a1,s6
	mv	a0,s1
	call	strlcpy
	j	.L44
.L47:
	li	a5,1023
	li	a2,10
	li	a4,66
	bleu	a3,a5,.L50
.L69:
	mv	a4,a2
	addiw	a2,a2,10
	sll	a5,s3,a2
	bgtu	a5,a3,.L111
	bne	a2,s8,.L69
	li	a4,69
.L48:
	li	a1,-1
	sll	a1,a1,a2
	not	a1,a1
	and	a1,a1,a3
	mv	a5,a2
	srl	a3,a3,a2
	beq	a1,zero,.L50
	lla	a0,.LC15
	ld	a0,0(a0)
	bleu	a1,a0,.L51
	li	a5,1000
	srli	a1,a1,10
	mul	a1,a1,a5
	addiw	a2,a2,-10
	li	a5,10
	srl	a2,a1,a2
	addi	a2,a2,50
	li	a1,100
	divu	a1,a2,a1
	beq	a1,a5,.L112
.L53:
	li	a5,99
	bgtu	a2,a5,.L113
.L50:
	lla	a2,.LC17
	li	a1,64
	mv	a0,s1
	call	snprintf
	j	.L44
.L63:
	beq	s11,s3,.L114
	lw	a1,0(s9)
	mv	a2,s7
	lla	a0,.LC22
	call	printf
	j	.L62
.L109:
	ld	a3,288(s10)
	j	.L46
.L111:
	li	a1,10
	divw	a1,a4,a1
	lla	a5,letters.0
	mv	a2,a4
	add	a5,a5,a1
	lbu	a4,0(a5)
	j	.L48
.L51:
	li	a2,1000
	mul	a2,a1,a2
	li	a1,100
	srl	a2,a2,a5
	addi	a2,a2,50
	divu	a1,a2,a1
	li	a5,10
	bne	a1,a5,.L53
.L112:
	addi	a3,a3,1
	j	.L50
.L114:
	mv	a1,s7
	lla	a0,.LC21
	call	printf
	j	.L62
.L113:
	mv	a5,a4
	lla	a2,.LC16
	mv	a4,a1
	mv	a0,s1
	li	a1,64
	call	snprintf
	j	.L44
.L106:
	mv	a2,s11
	lla	a1,.LC12
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L97
.L103:
	sd	zero,16(sp)
	j	.L21
.L70:
	li	a0,255
	j	.L97
	.size	show, .-show
	.section	.rodata.str1.8
	.align	3
.LC23:
	.string	"NAME,TYPE,SIZE,USED,PRIO"
	.align	3
.LC24:
	.string	"swapoff"
	.align	3
.LC25:
	.string	"-s"
	.align	3
.LC26:
	.string	"--summary"
	.align	3
.LC27:
	.string	"--show"
	.align	3
.LC28:
	.string	"--show="
	.align	3
.LC29:
	.string	"--noheadings"
	.align	3
.LC30:
	.string	"--raw"
	.align	3
.LC31:
	.string	"--bytes"
	.align	3
.LC32:
	.string	"-a"
	.align	3
.LC33:
	.string	"--all"
	.align	3
.LC34:
	.string	"%s: invalid option -- '%s'\nTry '%s --help' for more information.\n"
	.align	3
.LC35:
	.string	"Usage:\n swapoff [options] [<spec>]\n"
	.align	3
.LC36:
	.string	"%s: %s: %s failed: %s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-144
	sd	s1,120(sp)
	mv	s1,a0
	ld	a0,0(a1)
	sd	s11,40(sp)
	mv	s11,a1
	li	a1,47
	sd	ra,136(sp)
	sd	s0,128(sp)
	sd	s2,112(sp)
	sd	s3,104(sp)
	sd	s4,96(sp)
	sd	s5,88(sp)
	sd	s6,80(sp)
	sd	s7,72(sp)
	sd	s8,64(sp)
	sd	s9,56(sp)
	sd	s10,48(sp)
	call	strrchr
	beq	a0,zero,.L116
	ld	a0,0(s11)
	li	a1,47
	call	strrchr
	addi	s6,a0,1
.L117:
	lla	a1,.LC24
	mv	a0,s6
	call	strcmp
	li	a5,1
	mv	s5,a0
	ble	s1,a5,.L118
	addiw	s1,s1,-2
	slli	a5,s1,32
	srli	s1,a5,29
	addi	a4,s11,16
	li	a5,1
	addi	s11,s11,8
	add	s1,s1,a4
	li	s7,0
	lla	s10,.LC23
	li	s9,0
	sd	zero,24(sp)
	sd	zero,16(sp)
	sd	a5,8(sp)
	li	s3,0
	lla	s2,.LC25
	lla	s4,.LC26
	lla	s8,.LC27
.L123:
	ld	s0,0(s11)
	mv	a1,s2
	mv	a0,s0
	call	strcmp
	bne	a0,zero,.L164
.L119:
	li	s3,1
.L120:
	addi	s11,s11,8
	bne	s1,s11,.L123
	beq	s9,zero,.L124
	beq	s7,zero,.L165
.L125:
	bne	s5,zero,.L166
	li	a6,0
	li	a5,0
	li	a4,0
	li	a3,0
	li	a2,0
	mv	a1,s7
	li	a0,225
	call	__syscall
	blt	a0,zero,.L167
.L134:
	li	a0,0
	j	.L161
.L164:
	mv	a1,s4
	mv	a0,s0
	call	strcmp
	beq	a0,zero,.L119
	mv	a1,s8
	mv	a0,s0
	call	strcmp
	beq	a0,zero,.L120
	li	a2,7
	lla	a1,.LC28
	mv	a0,s0
	call	strncmp
	bne	a0,zero,.L121
	addi	s10,s0,7
	j	.L120
.L166:
	li	a6,0
	li	a5,0
	li	a4,0
	li	a3,0
	li	a2,0
	mv	a1,s7
	li	a0,224
	call	__syscall
	bge	a0,zero,.L134
	negw	a0,a0
	ld	s0,stderr
	call	strerror
	mv	a5,a0
	mv	a4,s6
	mv	a3,s7
	mv	a2,s6
	lla	a1,.LC36
	mv	a0,s0
	call	fprintf
.L132:
	li	a0,255
.L161:
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
.L121:
	lla	a1,.LC29
	mv	a0,s0
	call	strcmp
	bne	a0,zero,.L168
	sd	zero,8(sp)
	j	.L120
.L116:
	ld	s6,0(s11)
	j	.L117
.L124:
	bne	s7,zero,.L125
	beq	s5,zero,.L129
	beq	s3,zero,.L130
	call	read_text.constprop.0
	mv	s0,a0
	beq	a0,zero,.L132
	ld	a1,stdout
	call	fputs
	mv	a0,s0
	call	free
	li	a0,0
	j	.L161
.L167:
	negw	a0,a0
	ld	s0,stderr
	call	strerror
	mv	a5,a0
	mv	a4,s6
	mv	a3,s7
	mv	a2,s6
	lla	a1,.LC36
	mv	a0,s0
	call	fprintf
	li	a0,4
	j	.L161
.L165:
	seqz	a0,s5
	slliw	a0,a0,5
	j	.L161
.L168:
	lla	a1,.LC30
	mv	a0,s0
	call	strcmp
	bne	a0,zero,.L169
	li	a5,1
	sd	a5,16(sp)
	j	.L120
.L118:
	beq	a0,zero,.L129
	li	a5,1
	sd	zero,24(sp)
	lla	s10,.LC23
	sd	zero,16(sp)
	sd	a5,8(sp)
.L130:
	ld	s0,128(sp)
	ld	a3,24(sp)
	ld	a2,16(sp)
	ld	a1,8(sp)
	ld	ra,136(sp)
	ld	s1,120(sp)
	ld	s2,112(sp)
	ld	s3,104(sp)
	ld	s4,96(sp)
	ld	s5,88(sp)
	ld	s6,80(sp)
	ld	s7,72(sp)
	ld	s8,64(sp)
	ld	s9,56(sp)
	ld	s11,40(sp)
	mv	a0,s10
	ld	s10,48(sp)
	addi	sp,sp,144
	tail	show
.L169:
	lla	a1,.LC31
	mv	a0,s0
	call	strcmp
	bne	a0,zero,.L170
	li	a5,1
	sd	a5,24(sp)
	j	.L120
.L129:
	lla	a1,.LC35
	ld	a0,stderr
	call	fprintf
	li	a0,2
	j	.L161
.L170:
	lla	a1,.LC32
	mv	a0,s0
	call	strcmp
	bne	a0,zero,.L171
.L140:
	li	s9,1
	j	.L120
.L171:
	lla	a1,.LC33
	mv	a0,s0
	call	strcmp
	beq	a0,zero,.L140
	lbu	a3,0(s0)
	li	a4,45
	beq	a3,a4,.L172
	mv	s7,s0
	j	.L120
.L172:
	mv	a4,s6
	addi	a3,s0,1
	mv	a2,s6
	lla	a1,.LC34
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L161
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC0:
	.string	"NAME"
	.align	3
.LC1:
	.string	"TYPE"
	.align	3
.LC2:
	.string	"SIZE"
	.align	3
.LC3:
	.string	"USED"
	.align	3
.LC4:
	.string	"PRIO"
	.section	.srodata.cst8,"aM",@progbits,8
	.align	3
.LC15:
	.dword	18446744073709550
	.section	.rodata
	.align	3
	.set	.LANCHOR0,. + 0
.LC11:
	.dword	.LC0
	.dword	.LC1
	.dword	.LC2
	.dword	.LC3
	.dword	.LC4
	.section	.srodata,"a"
	.align	3
	.type	letters.0, @object
	.size	letters.0, 8
letters.0:
	.string	"BKMGTPE"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
