# programs/bin/slabtop.s -- generated from slabtop.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o slabtop.s slabtop.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"slabtop.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"-nan"
	.align	3
.LC1:
	.string	"%s"
	.align	3
.LC2:
	.string	"%llu.%0*llu"
	.text
	.align	1
	.type	fixed_point.constprop.0, @function
fixed_point.constprop.0:
	li	a5,2
	mv	a4,a3
	bne	a3,a5,.L6
	li	a3,100
.L2:
	beq	a2,zero,.L11
	mul	a6,a3,a1
	remu	a5,a6,a2
	slli	a5,a5,1
	divu	a6,a6,a2
	bgeu	a2,a5,.L12
.L4:
	addi	a6,a6,1
.L5:
	lla	a2,.LC2
	li	a1,32
	remu	a5,a6,a3
	divu	a3,a6,a3
	tail	snprintf
.L12:
	bne	a2,a5,.L5
	andi	a5,a6,1
	beq	a5,zero,.L5
	j	.L4
.L11:
	lla	a3,.LC0
	lla	a2,.LC1
	li	a1,32
	tail	snprintf
.L6:
	li	a3,10
	j	.L2
	.size	fixed_point.constprop.0, .-fixed_point.constprop.0
	.align	1
	.type	compare, @function
compare:
	lbu	a2,sort_key
	li	a5,110
	mv	a3,a0
	mv	a4,a1
	beq	a2,a5,.L34
	addiw	a5,a2,-97
	andi	a5,a5,0xff
	li	a1,21
	bgtu	a5,a1,.L15
	lla	a1,.L17
	slli	a5,a5,2
	add	a5,a5,a1
	lw	a5,0(a5)
	add	a5,a5,a1
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L17:
	.word	.L24-.L17
	.word	.L23-.L17
	.word	.L22-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L21-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L20-.L17
	.word	.L15-.L17
	.word	.L15-.L17
	.word	.L19-.L17
	.word	.L15-.L17
	.word	.L18-.L17
	.word	.L16-.L17
	.text
.L15:
	addiw	a2,a2,-108
	andi	a2,a2,0xff
	li	a5,10
	ld	a3,72(a3)
	bgtu	a2,a5,.L30
	lla	a1,.L31
	slli	a2,a2,2
	add	a2,a2,a1
	lw	a5,0(a2)
	add	a5,a5,a1
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L31:
	.word	.L26-.L31
	.word	.L30-.L31
	.word	.L30-.L31
	.word	.L30-.L31
	.word	.L28-.L31
	.word	.L30-.L31
	.word	.L30-.L31
	.word	.L30-.L31
	.word	.L30-.L31
	.word	.L29-.L31
	.word	.L27-.L31
	.text
.L24:
	ld	a3,64(a0)
	ld	a5,64(a4)
.L25:
	li	a0,1
	bgtu	a5,a3,.L32
	sltu	a5,a5,a3
	negw	a0,a5
.L32:
	ret
.L20:
	ld	a3,96(a0)
.L28:
	ld	a5,96(a4)
	j	.L25
.L19:
	ld	a3,80(a0)
	ld	a5,80(a4)
	j	.L25
.L18:
	ld	a3,128(a0)
.L29:
	ld	a5,128(a4)
	j	.L25
.L16:
	ld	a3,104(a0)
.L27:
	ld	a5,104(a4)
	j	.L25
.L22:
	ld	a3,120(a0)
	ld	a5,120(a4)
	j	.L25
.L21:
	ld	a3,112(a0)
.L26:
	ld	a5,112(a4)
	j	.L25
.L23:
	ld	a3,88(a0)
	ld	a5,88(a4)
	j	.L25
.L30:
	ld	a5,72(a4)
	j	.L25
.L34:
	tail	strcmp
	.size	compare, .-compare
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"/proc/slabinfo"
	.align	3
.LC4:
	.string	"-o"
	.align	3
.LC5:
	.string	"--once"
	.align	3
.LC6:
	.string	"-s"
	.align	3
.LC7:
	.string	"--sort="
	.align	3
.LC8:
	.ascii	"\nUsage:\n slabtop [options]\n\nOptions:\n -d, --delay <secs"
	.ascii	">  delay updates\n -o, --once          only display once, th"
	.ascii	"en exit\n -s, --sort <char>   specify sort criteria by chara"
	.ascii	"cter (see below)\n\n -h, --help     display this help and ex"
	.ascii	"it\n -V, --version  output version information and exit\n\nT"
	.ascii	"he following are valid sort criteria:\n a: sort by number of"
	.ascii	" active objects\n b: sort by objects per slab\n c: sort by c"
	.ascii	"ache size\n l: sort by"
	.string	" number of slabs\n v: sort by (non display) number of active slabs\n n: sort by name\n o: sort by number of objects (the default)\n p: sort by (non display) pages per slab\n s: sort by object size\n u: sort by cache utilization\n\nFor more details see slabtop(1).\n"
	.align	3
.LC9:
	.string	"slabtop: invalid option -- '%s'\n%s"
	.align	3
.LC10:
	.string	"slabtop: Unable to create slabinfo structure: %s\n"
	.align	3
.LC11:
	.string	" "
	.align	3
.LC12:
	.string	"slabdata"
	.align	3
.LC13:
	.string	"Active / Total Objects (% used)"
	.align	3
.LC14:
	.string	" %-35s: %lu / %lu (%s%%)\n"
	.align	3
.LC15:
	.string	"Active / Total Slabs (% used)"
	.align	3
.LC16:
	.string	"Active / Total Caches (% used)"
	.align	3
.LC17:
	.string	" %-35s: %lu / %d (%s%%)\n"
	.align	3
.LC18:
	.string	"Active / Total Size (% used)"
	.align	3
.LC19:
	.string	" %-35s: %sK / %sK (%s%%)\n"
	.align	3
.LC20:
	.string	"Minimum / Average / Maximum Object"
	.align	3
.LC21:
	.string	" %-35s: %sK / %sK / %sK\n\n"
	.align	3
.LC22:
	.string	"  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME"
	.align	3
.LC23:
	.string	"%-78s\n"
	.align	3
.LC24:
	.string	"%6lu %6lu %3lu%% %7sK %6lu %8lu %9luK %-23s\n"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-288
	sd	s1,264(sp)
	sd	ra,280(sp)
	sd	s0,272(sp)
	sd	s2,256(sp)
	sd	s3,248(sp)
	sd	s4,240(sp)
	sd	s5,232(sp)
	sd	s6,224(sp)
	sd	s7,216(sp)
	sd	s8,208(sp)
	sd	s9,200(sp)
	sd	s10,192(sp)
	sd	s11,184(sp)
	li	s1,1
	ble	a0,s1,.L45
	mv	s2,a0
	mv	s3,a1
	lla	s4,.LC4
	lla	s5,.LC5
	lla	s6,.LC6
	lla	s7,.LC7
	lla	s8,sort_key
	j	.L36
.L41:
	addiw	s1,s1,1
	ble	s2,s1,.L45
.L36:
	slli	s0,s1,3
	add	s0,s3,s0
	ld	a0,0(s0)
	mv	a1,s4
	call	strcmp
	beq	a0,zero,.L41
	ld	a0,0(s0)
	mv	a1,s5
	call	strcmp
	beq	a0,zero,.L41
	ld	a0,0(s0)
	mv	a1,s6
	call	strcmp
	bne	a0,zero,.L40
	addiw	a5,s1,1
	blt	a5,s2,.L113
.L40:
	ld	a0,0(s0)
	li	a2,2
	mv	a1,s6
	call	strncmp
	bne	a0,zero,.L114
	ld	a0,0(s0)
	lbu	a5,2(a0)
	bne	a5,zero,.L115
.L42:
	li	a2,7
	mv	a1,s7
	call	strncmp
	bne	a0,zero,.L43
	ld	a5,0(s0)
	addiw	s1,s1,1
	lbu	a0,7(a5)
	call	tolower
	sb	a0,0(s8)
	bgt	s2,s1,.L36
.L45:
	li	a1,0
	lla	a0,.LC3
	call	open
	mv	s2,a0
	lla	s8,errno
	blt	a0,zero,.L37
	li	a0,4096
	call	malloc
	mv	s4,a0
	beq	a0,zero,.L46
	li	s1,4096
	li	s0,0
	li	s5,1
	lla	s6,errno
	li	s7,4
.L47:
	mv	a0,s4
	bltu	s5,s1,.L48
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L116
.L77:
	mv	s4,a0
.L48:
	add	s3,s4,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s2
	call	read
	blt	a0,zero,.L117
	add	s0,s0,a0
	beq	a0,zero,.L51
	addi	s5,s0,1
	mv	a0,s4
	bltu	s5,s1,.L48
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L77
.L116:
	mv	a0,s4
	call	free
.L46:
	mv	a0,s2
	call	close
	lla	s8,errno
	li	a5,12
	sw	a5,0(s8)
	j	.L37
.L117:
	lw	s3,0(s6)
	mv	s8,s6
	beq	s3,s7,.L47
	mv	a0,s4
	call	free
	mv	a0,s2
	call	close
	sw	s3,0(s6)
.L37:
	lw	a0,0(s8)
	ld	s0,stderr
	call	strerror
	mv	a2,a0
	lla	a1,.LC10
	mv	a0,s0
	call	fprintf
	li	a0,1
	j	.L71
.L51:
	mv	a0,s2
	call	close
	li	a1,10
	sb	zero,0(s3)
	mv	a0,s4
	call	strchr
	lla	s2,ncaches
	beq	a0,zero,.L53
	li	a1,10
	addi	a0,a0,1
	call	strchr
	lla	s2,ncaches
	beq	a0,zero,.L53
	lbu	a5,1(a0)
	addi	s1,a0,1
	lw	s11,0(s2)
	li	s5,255
	lla	s8,.LC11
	li	s7,63
	lla	s3,caches
	lla	s6,.LC12
	beq	a5,zero,.L53
.L61:
	bgt	s11,s5,.L53
	mv	a1,s8
	mv	a0,s1
	call	strcspn
	mv	s10,a0
	bleu	a0,s7,.L56
	li	s10,63
.L56:
	slli	s9,s11,4
	add	s0,s9,s11
	slli	s0,s0,3
	add	s0,s3,s0
	mv	a2,s10
	mv	a1,s1
	mv	a0,s0
	call	memcpy
	add	a0,s1,s10
	li	a2,10
	addi	a1,sp,144
	add	s10,s0,s10
	sb	zero,0(s10)
	sd	a0,144(sp)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	li	a2,10
	addi	a1,sp,144
	sd	a4,64(s0)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	li	a2,10
	addi	a1,sp,144
	sd	a4,72(s0)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	li	a2,10
	addi	a1,sp,144
	sd	a4,80(s0)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	addi	a1,sp,144
	li	a2,10
	sd	a4,88(s0)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	mv	a1,s6
	sd	a4,96(s0)
	call	strstr
	beq	a0,zero,.L118
	addi	a0,a0,8
	li	a2,10
	addi	a1,sp,144
	sd	a0,144(sp)
	call	strtoul
	mv	a4,a0
	ld	a0,144(sp)
	li	a2,10
	addi	a1,sp,144
	sd	a4,104(s0)
	call	strtoul
	sd	a0,112(s0)
.L58:
	add	a4,s9,s11
	slli	a4,a4,3
	add	a4,s3,a4
	ld	a2,96(a4)
	ld	a3,72(a4)
	mul	a0,a0,a2
	slli	a0,a0,12
	sd	a0,120(a4)
	beq	a3,zero,.L59
	ld	a4,64(a4)
	li	a5,100
	mul	a4,a5,a4
	divu	a3,a4,a3
.L59:
	lw	a4,0(s2)
	add	a5,s9,s11
	slli	a5,a5,3
	add	a5,s3,a5
	addiw	a4,a4,1
	li	a1,10
	mv	a0,s1
	sd	a3,128(a5)
	sw	a4,0(s2)
	call	strchr
	beq	a0,zero,.L53
	lbu	a5,1(a0)
	addi	s1,a0,1
	lw	s11,0(s2)
	bne	a5,zero,.L61
.L53:
	lw	a5,0(s2)
	ble	a5,zero,.L119
	slli	t1,a5,4
	add	t1,t1,a5
	slli	t1,t1,3
	lla	a5,caches
	add	t1,t1,a5
	li	s10,0
	li	s3,-1
	li	s1,0
	li	s5,0
	li	s6,0
	li	s8,0
	li	s7,0
	li	s0,0
	li	s9,0
.L67:
	ld	a2,64(a5)
	ld	a4,80(a5)
	ld	a3,72(a5)
	ld	a7,104(a5)
	mul	a1,a2,a4
	add	s0,s0,a3
	ld	a6,112(a5)
	snez	a0,a2
	addi	a5,a5,136
	add	s9,s9,a2
	add	s7,s7,a7
	add	s8,s8,a6
	add	s6,s6,a0
	mul	a3,a3,a4
	add	s5,s5,a1
	add	s1,s1,a3
	bleu	s3,a4,.L65
	mv	s3,a4
.L65:
	bgeu	s10,a4,.L66
	mv	s10,a4
.L66:
	bne	t1,a5,.L67
.L68:
	li	s11,100
	mul	a1,s9,s11
	addi	a0,sp,80
	li	a3,1
	mv	a2,s0
	call	fixed_point.constprop.0
	addi	a4,sp,80
	mv	a3,s0
	mv	a2,s9
	lla	a1,.LC13
	lla	a0,.LC14
	call	printf
	mul	a1,s7,s11
	addi	a0,sp,80
	li	a3,1
	mv	a2,s8
	call	fixed_point.constprop.0
	addi	a4,sp,80
	mv	a3,s8
	mv	a2,s7
	lla	a1,.LC15
	lla	a0,.LC14
	call	printf
	mul	a1,s6,s11
	lw	a2,0(s2)
	li	a3,1
	addi	a0,sp,80
	call	fixed_point.constprop.0
	lw	a3,0(s2)
	addi	a4,sp,80
	mv	a2,s6
	lla	a1,.LC16
	lla	a0,.LC17
	call	printf
	li	a3,2
	li	a2,1024
	mv	a1,s5
	addi	a0,sp,16
	call	fixed_point.constprop.0
	li	a3,2
	li	a2,1024
	mv	a1,s1
	addi	a0,sp,48
	call	fixed_point.constprop.0
	mul	a1,s5,s11
	addi	a0,sp,80
	li	a3,1
	mv	a2,s1
	call	fixed_point.constprop.0
	addi	a3,sp,48
	addi	a2,sp,16
	lla	a1,.LC18
	addi	a4,sp,80
	lla	a0,.LC19
	call	printf
	li	a3,2
	li	a2,1024
	mv	a1,s3
	addi	a0,sp,16
	call	fixed_point.constprop.0
	bne	s0,zero,.L120
.L69:
	mv	a1,s0
	li	a3,2
	li	a2,1024
	addi	a0,sp,48
	call	fixed_point.constprop.0
	mv	a1,s10
	addi	a0,sp,112
	li	a3,2
	li	a2,1024
	call	fixed_point.constprop.0
	addi	a4,sp,112
	addi	a3,sp,48
	addi	a2,sp,16
	lla	a1,.LC20
	lla	a0,.LC21
	call	printf
	lw	a1,0(s2)
	lla	a3,compare
	li	a2,136
	lla	a0,caches
	call	qsort
	lla	a1,.LC22
	lla	a0,.LC23
	call	printf
	lw	a5,0(s2)
	lla	s0,caches
	li	s1,0
	ble	a5,zero,.L75
	li	s7,100
	li	s3,1024
	lla	s6,.LC2
	lla	s5,.LC24
	j	.L74
.L122:
	beq	a5,s3,.L121
.L73:
	remu	a5,a3,s7
	divu	a3,a3,s7
	call	snprintf
	ld	a7,120(s0)
	ld	a5,112(s0)
	ld	a6,88(s0)
	ld	a3,128(s0)
	ld	a2,64(s0)
	ld	a1,72(s0)
	srli	a7,a7,10
	sd	s0,0(sp)
	addi	a4,sp,144
	mv	a0,s5
	call	printf
	lw	a5,0(s2)
	addi	s0,s0,136
	ble	a5,s1,.L75
.L74:
	ld	a3,80(s0)
	li	a4,2
	mv	a2,s6
	mul	a3,s7,a3
	li	a1,32
	addi	a0,sp,144
	addiw	s1,s1,1
	andi	a5,a3,1023
	slli	a5,a5,1
	srli	a3,a3,10
	bleu	a5,s3,.L122
	addi	a3,a3,1
	j	.L73
.L118:
	ld	a0,112(s0)
	j	.L58
.L121:
	andi	a5,a3,1
	beq	a5,zero,.L73
	addi	a3,a3,1
	j	.L73
.L75:
	mv	a0,s4
	call	free
	li	a0,0
.L71:
	ld	ra,280(sp)
	ld	s0,272(sp)
	ld	s1,264(sp)
	ld	s2,256(sp)
	ld	s3,248(sp)
	ld	s4,240(sp)
	ld	s5,232(sp)
	ld	s6,224(sp)
	ld	s7,216(sp)
	ld	s8,208(sp)
	ld	s9,200(sp)
	ld	s10,192(sp)
	ld	s11,184(sp)
	addi	sp,sp,288
	jr	ra
.L120:
	divu	s0,s1,s0
	j	.L69
.L114:
	ld	a0,0(s0)
	j	.L42
.L119:
	snez	a5,a5
	neg	s3,a5
	li	s6,0
	li	s5,0
	li	s0,0
	li	s1,0
	li	s9,0
	li	s8,0
	li	s7,0
	li	s10,0
	j	.L68
.L113:
	ld	a4,8(s0)
	mv	s1,a5
	lbu	a0,0(a4)
	call	tolower
	sb	a0,sort_key,a5
	j	.L41
.L115:
	mv	a0,a5
	call	tolower
	sb	a0,sort_key,a5
	j	.L41
.L43:
	ld	a2,0(s0)
	lla	a3,.LC8
	lla	a1,.LC9
	addi	a2,a2,1
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L71
	.size	main, .-main
	.bss
	.align	3
	.type	caches, @object
	.size	caches, 34816
caches:
	.zero	34816
	.section	.sbss,"aw",@nobits
	.align	2
	.type	ncaches, @object
	.size	ncaches, 4
ncaches:
	.zero	4
	.section	.sdata,"aw"
	.type	sort_key, @object
	.size	sort_key, 1
sort_key:
	.byte	111
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
