# programs/bin/free.s -- generated from free.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o free.s free.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"free.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"free: "
	.align	3
.LC1:
	.ascii	"\nUsage:\n free [options]\n\nOptions:\n -b, --bytes         "
	.ascii	"show output in bytes\n     --kilo          show output in ki"
	.ascii	"lobytes\n     --mega          show output in megabytes\n    "
	.ascii	" --giga          show output in gigabytes\n     --tera      "
	.ascii	"    show output in terabytes\n     --peta          show outp"
	.ascii	"ut in petabytes\n -k, --kibi          show output in kibibyt"
	.ascii	"es\n -m, --mebi          show output in mebibytes\n -g, --gi"
	.ascii	"bi          show output in gibibytes\n     --tebi          s"
	.ascii	"how output in tebibytes\n     --pebi          show output in"
	.ascii	" pebibytes\n -h, --human         show human-readable output\n"
	.ascii	"     --si            use powers of 1000 not 1024\n -l, --loh"
	.ascii	"i          show detailed low and high memory statistics\n -t"
	.ascii	", --total         show total for RAM + swap\n -v, --committe"
	.ascii	"d     show committed memory and commit limit\n -s N, --seco"
	.string	"nds N   repeat printing every N seconds\n -c N, --count N     repeat printing N times, then exit\n -w, --wide          wide output\n\n     --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see free(1).\n"
	.align	3
.LC2:
	.string	"\n%s"
	.text
	.align	1
	.type	usage_error, @function
usage_error:
	addi	sp,sp,-32
	sd	s0,16(sp)
	lla	s0,stderr
	sd	s1,8(sp)
	mv	s1,a0
	ld	a0,0(s0)
	sd	s2,0(sp)
	mv	s2,a1
	lla	a1,.LC0
	sd	ra,24(sp)
	call	fprintf
	ld	a0,0(s0)
	mv	a2,s2
	mv	a1,s1
	call	fprintf
	ld	a0,0(s0)
	lla	a2,.LC1
	lla	a1,.LC2
	call	fprintf
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	ld	s2,0(sp)
	li	a0,1
	addi	sp,sp,32
	jr	ra
	.size	usage_error, .-usage_error
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	""
	.align	3
.LC4:
	.string	"i"
	.align	3
.LC5:
	.string	"%lu"
	.align	3
.LC6:
	.string	"%luB"
	.align	3
.LC7:
	.string	"%lu.%lu%c%s"
	.align	3
.LC8:
	.string	"%lu%c%s"
	.text
	.align	1
	.type	scale, @function
scale:
	addi	sp,sp,-112
	sd	s3,72(sp)
	lla	s3,si
	lw	a5,0(s3)
	sd	s0,96(sp)
	sd	s1,88(sp)
	sd	ra,104(sp)
	sd	s2,80(sp)
	sd	s4,64(sp)
	sd	s5,56(sp)
	sd	s6,48(sp)
	sd	s7,40(sp)
	sd	s8,32(sp)
	sd	s9,24(sp)
	sd	s10,16(sp)
	sd	s11,8(sp)
	mv	s0,a0
	li	s1,1000
	bne	a5,zero,.L5
	li	s1,1024
.L5:
	lw	a5,human
	slli	s5,s0,10
	bne	a5,zero,.L6
	lw	a4,exponent
	li	a3,1
	beq	a4,a3,.L9
	addiw	a5,a4,-2
	ble	a4,a3,.L9
	li	a4,1
	li	a3,-1
.L10:
	addiw	a5,a5,-1
	mul	a4,a4,s1
	bne	a5,a3,.L10
	divu	s5,s5,a4
.L9:
	mv	a3,s5
	lla	a2,.LC5
	li	a1,64
	lla	a0,.LANCHOR0
	call	snprintf
.L8:
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
	lla	a0,.LANCHOR0
	addi	sp,sp,112
	jr	ra
.L6:
	mv	a3,s5
	lla	a2,.LC6
	li	a1,64
	lla	a0,.LANCHOR0
	call	snprintf
	li	a5,4
	ble	a0,a5,.L8
	slli	s7,s0,2
	add	s7,s7,s0
	slli	s7,s7,11
	li	s2,0
	li	t1,75
	li	s8,-1
	li	s4,10
	lla	s9,.LC3
	lla	s6,.LC4
.L12:
	sext.w	a2,s2
	li	s0,1
.L13:
	addiw	a2,a2,-1
	mul	s0,s0,s1
	bne	a2,s8,.L13
	srli	a4,s0,1
	add	a4,a4,s7
	lw	a5,0(s3)
	sext.w	s10,t1
	divu	a4,a4,s0
	divu	a3,a4,s4
	remu	a4,a4,s4
	bne	a5,zero,.L17
	li	s11,5
	mv	a6,s6
.L14:
	mv	a5,s10
	lla	a2,.LC7
	li	a1,64
	lla	a0,.LANCHOR0
	call	snprintf
	ble	a0,s11,.L8
	lw	a4,0(s3)
	mv	a5,s6
	divu	a3,s5,s0
	beq	a4,zero,.L15
	mv	a5,s9
.L15:
	mv	a4,s10
	lla	a2,.LC8
	li	a1,64
	lla	a0,.LANCHOR0
	call	snprintf
	ble	a0,s11,.L8
	addi	s2,s2,1
	lla	a5,units.0
	add	a5,s2,a5
	lbu	t1,1(a5)
	bne	t1,zero,.L12
	j	.L8
.L17:
	li	s11,4
	mv	a6,s9
	j	.L14
	.size	scale, .-scale
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"seconds argument '%s' is not positive number"
	.align	3
.LC10:
	.string	"failed to parse count argument: '%s'"
	.align	3
.LC11:
	.string	"free from procps-ng 4.0.2 (pagelab)"
	.align	3
.LC12:
	.string	"invalid option -- '%s'"
	.align	3
.LC13:
	.string	"unrecognized option '%s'"
	.align	3
.LC14:
	.string	"bkmghltvs:c:wV"
	.align	3
.LC15:
	.string	"/proc/meminfo"
	.align	3
.LC16:
	.string	"MemTotal"
	.align	3
.LC17:
	.string	"free: Unable to create meminfo structure\n"
	.align	3
.LC18:
	.string	"MemFree"
	.align	3
.LC19:
	.string	"Buffers"
	.align	3
.LC20:
	.string	"Cached"
	.align	3
.LC21:
	.string	"SReclaimable"
	.align	3
.LC22:
	.string	"Shmem"
	.align	3
.LC23:
	.string	"MemAvailable"
	.align	3
.LC24:
	.string	"SwapTotal"
	.align	3
.LC25:
	.string	"SwapFree"
	.align	3
.LC26:
	.string	"               total        used        free      shared     buffers       cache   available\n"
	.align	3
.LC27:
	.string	"               total        used        free      shared  buff/cache   available\n"
	.align	3
.LC28:
	.string	"Mem:"
	.align	3
.LC29:
	.string	"%-9s%11s"
	.align	3
.LC30:
	.string	" %11s"
	.align	3
.LC31:
	.string	" %11s\n"
	.align	3
.LC32:
	.string	"Swap:"
	.align	3
.LC33:
	.string	"Total:"
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-176
	sd	s0,160(sp)
	sd	s1,152(sp)
	sd	s2,144(sp)
	sd	s3,136(sp)
	sd	s4,128(sp)
	sd	s5,120(sp)
	sd	s6,112(sp)
	sd	s7,104(sp)
	sd	s8,96(sp)
	sd	ra,168(sp)
	sd	s9,88(sp)
	sd	s10,80(sp)
	sd	s11,72(sp)
	mv	s1,a0
	mv	s0,a1
	sw	zero,opterr,a5
	li	s6,-1
	li	s5,-1
	lla	s7,.LANCHOR1
	lla	s4,.LC14
	li	s3,-1
	li	s8,119
	lla	s2,.L32
.L33:
	li	a4,0
	mv	a3,s7
	mv	a2,s4
	mv	a1,s0
	mv	a0,s1
	call	getopt_long
	beq	a0,s3,.L187
	bgtu	a0,s8,.L30
	slli	a0,a0,2
	add	a5,a0,s2
	lw	a5,0(a5)
	add	a5,a5,s2
	jr	a5
	.section	.rodata
	.align	2
	.align	2
.L32:
	.word	.L30-.L32
	.word	.L51-.L32
	.word	.L50-.L32
	.word	.L49-.L32
	.word	.L48-.L32
	.word	.L47-.L32
	.word	.L46-.L32
	.word	.L45-.L32
	.word	.L44-.L32
	.word	.L43-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L42-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L41-.L32
	.word	.L40-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L39-.L32
	.word	.L38-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L120-.L32
	.word	.L33-.L32
	.word	.L36-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L30-.L32
	.word	.L35-.L32
	.word	.L34-.L32
	.word	.L30-.L32
	.word	.L33-.L32
	.word	.L31-.L32
	.section	.text.startup
.L30:
	lw	a5,optopt
	sb	zero,57(sp)
	sb	a5,56(sp)
	bne	a5,zero,.L188
	lw	a5,optind
	slli	a5,a5,3
	add	a5,s0,a5
	ld	a1,-8(a5)
	lla	a0,.LC13
	call	usage_error
	j	.L56
.L31:
	li	a5,1
	sw	a5,wide,a4
	j	.L33
.L34:
	li	a5,1
	sw	a5,totals,a4
	j	.L33
.L35:
	lla	s9,optarg
	ld	a0,0(s9)
	li	a2,10
	li	a1,0
	call	strtol
	mv	s5,a0
	bgt	a0,zero,.L33
	ld	a1,0(s9)
	lla	a0,.LC9
.L186:
	ld	s0,160(sp)
	ld	ra,168(sp)
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
	tail	usage_error
.L36:
	li	a5,3
.L185:
	sw	a5,exponent,a4
	j	.L33
.L38:
	li	a5,1
	sw	a5,human,a4
	j	.L33
.L39:
	li	a5,4
	sw	a5,exponent,a4
	j	.L33
.L40:
	lla	s9,optarg
	ld	a0,0(s9)
	li	a2,10
	li	a1,0
	call	strtol
	mv	s6,a0
	bgt	a0,zero,.L33
	ld	a1,0(s9)
	lla	a0,.LC10
	j	.L186
.L42:
	lla	a0,.LC11
	call	puts
.L55:
	li	a0,0
.L56:
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
.L43:
	ld	a1,stdout
	lla	a0,.LC1
	call	fputs
	j	.L55
.L44:
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L45:
	li	a5,6
	sw	a5,exponent,a4
	j	.L33
.L46:
	li	a5,5
	sw	a5,exponent,a4
	j	.L33
.L47:
	li	a5,6
	sw	a5,exponent,a4
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L48:
	li	a5,5
	sw	a5,exponent,a4
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L49:
	li	a5,4
	sw	a5,exponent,a4
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L50:
	li	a5,3
	sw	a5,exponent,a4
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L51:
	li	a5,2
	sw	a5,exponent,a4
	li	a5,1
	sw	a5,si,a4
	j	.L33
.L188:
	addi	a1,sp,56
	lla	a0,.LC12
	call	usage_error
	j	.L56
.L120:
	li	a5,2
	j	.L185
.L41:
	li	a5,1
	j	.L185
.L187:
	lw	a5,optind
	blt	a5,s1,.L189
	ble	s6,zero,.L61
	beq	s5,s3,.L190
.L61:
	li	s9,0
	lla	s10,errno
	li	s0,58
.L119:
	li	a1,0
	lla	a0,.LC15
	call	open
	mv	s2,a0
	blt	a0,zero,.L62
	li	a0,4096
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L63
	li	s8,4096
	li	s7,0
	li	s4,1
.L64:
	bgtu	s8,s4,.L65
	slli	s8,s8,1
	mv	a1,s8
	mv	a0,s1
	call	realloc
	beq	a0,zero,.L191
	mv	s1,a0
.L65:
	add	s3,s1,s7
	sub	a2,s8,s7
	addi	a2,a2,-1
	mv	a1,s3
	mv	a0,s2
	call	read
	blt	a0,zero,.L192
	beq	a0,zero,.L68
	add	s7,s7,a0
	addi	s4,s7,1
	j	.L64
.L192:
	lw	s3,0(s10)
	li	a5,4
	beq	s3,a5,.L64
	mv	a0,s1
	call	free
	mv	a0,s2
	call	close
	sw	s3,0(s10)
.L62:
	lla	a1,.LC17
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L56
.L68:
	mv	a0,s2
	call	close
	lla	a0,.LC16
	sb	zero,0(s3)
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s3,.LC16
	bne	a5,zero,.L69
	j	.L72
.L194:
	lbu	a5,1(a0)
	addi	s4,a0,1
	beq	a5,zero,.L72
.L69:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L71
	add	a5,s4,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L193
.L71:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L194
.L72:
	li	s7,-1
.L70:
	lla	a0,.LC18
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s3,.LC18
	bne	a5,zero,.L73
	j	.L76
.L196:
	lbu	a5,1(a0)
	addi	s4,a0,1
	beq	a5,zero,.L76
.L73:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L75
	add	a5,s4,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L195
.L75:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L196
.L76:
	li	s8,-1
.L74:
	lla	a0,.LC19
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s3,.LC19
	bne	a5,zero,.L77
	j	.L80
.L198:
	lbu	a5,1(a0)
	addi	s4,a0,1
	beq	a5,zero,.L80
.L77:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L79
	add	a5,s4,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L197
.L79:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L198
.L80:
	li	a5,-1
	sd	a5,40(sp)
.L78:
	lla	a0,.LC20
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s3,.LC20
	bne	a5,zero,.L81
	j	.L84
.L200:
	lbu	a5,1(a0)
	addi	s4,a0,1
	beq	a5,zero,.L84
.L81:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L83
	add	a5,s4,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L199
.L83:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L200
.L84:
	li	a5,-1
	sd	a5,32(sp)
.L82:
	lla	a0,.LC21
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s11,s1
	lla	s3,.LC21
	bne	a5,zero,.L85
	j	.L88
.L202:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L88
.L85:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s11
	call	strncmp
	bne	a0,zero,.L87
	add	a5,s11,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L201
.L87:
	li	a1,10
	mv	a0,s11
	call	strchr
	bne	a0,zero,.L202
.L88:
	li	a5,-1
	sd	a5,24(sp)
.L86:
	lla	a0,.LC22
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s11,s1
	lla	s3,.LC22
	bne	a5,zero,.L89
	j	.L92
.L204:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L92
.L89:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s11
	call	strncmp
	bne	a0,zero,.L91
	add	a5,s11,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L203
.L91:
	li	a1,10
	mv	a0,s11
	call	strchr
	bne	a0,zero,.L204
.L92:
	li	a5,-1
	sd	a5,16(sp)
.L90:
	lla	a0,.LC23
	call	strlen
	lbu	a5,0(s1)
	mv	s2,a0
	mv	s11,s1
	lla	s3,.LC23
	bne	a5,zero,.L93
	j	.L96
.L206:
	lbu	a5,1(a0)
	addi	s11,a0,1
	beq	a5,zero,.L96
.L93:
	mv	a2,s2
	mv	a1,s3
	mv	a0,s11
	call	strncmp
	bne	a0,zero,.L95
	add	a5,s11,s2
	lbu	a5,0(a5)
	beq	a5,s0,.L205
.L95:
	li	a1,10
	mv	a0,s11
	call	strchr
	bne	a0,zero,.L206
.L96:
	li	s3,-1
.L94:
	lla	a0,.LC24
	call	strlen
	lbu	a4,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s11,.LC24
	bne	a4,zero,.L97
	j	.L100
.L208:
	lbu	a4,1(a0)
	addi	s4,a0,1
	beq	a4,zero,.L100
.L97:
	mv	a2,s2
	mv	a1,s11
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L99
	add	a4,s4,s2
	lbu	a4,0(a4)
	beq	a4,s0,.L207
.L99:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L208
.L100:
	li	a5,-1
	sd	a5,8(sp)
.L98:
	lla	a0,.LC25
	call	strlen
	lbu	a4,0(s1)
	mv	s2,a0
	mv	s4,s1
	lla	s11,.LC25
	bne	a4,zero,.L101
	j	.L104
.L210:
	lbu	a4,1(a0)
	addi	s4,a0,1
	beq	a4,zero,.L104
.L101:
	mv	a2,s2
	mv	a1,s11
	mv	a0,s4
	call	strncmp
	bne	a0,zero,.L103
	add	a4,s4,s2
	lbu	a4,0(a4)
	beq	a4,s0,.L209
.L103:
	li	a1,10
	mv	a0,s4
	call	strchr
	bne	a0,zero,.L210
.L104:
	li	s2,-1
.L102:
	mv	a0,s1
	call	free
	ld	a0,32(sp)
	ld	a6,24(sp)
	ld	a7,40(sp)
	ld	t1,16(sp)
	ld	t3,8(sp)
	not	a4,a0
	not	a5,a6
	not	a1,a7
	srai	a4,a4,63
	srai	a5,a5,63
	not	a2,t1
	srai	a1,a1,63
	and	a4,a0,a4
	and	a5,a6,a5
	not	a3,s2
	srai	s4,a2,63
	not	s1,t3
	and	a2,a7,a1
	add	a5,a4,a5
	srai	s1,s1,63
	srai	a3,a3,63
	sd	a2,8(sp)
	sd	a5,16(sp)
	and	s4,t1,s4
	and	s1,t3,s1
	and	s2,s2,a3
	blt	s3,zero,.L131
	bgt	s3,s7,.L131
.L111:
	sub	s11,s7,s3
	bge	s11,zero,.L112
	sub	s11,s7,s8
.L112:
	lla	a5,wide
	lw	a5,0(a5)
	beq	a5,zero,.L113
	lla	a0,.LC26
	call	printf
.L114:
	mv	a0,s7
	call	scale
	mv	a2,a0
	lla	a1,.LC28
	lla	a0,.LC29
	call	printf
	mv	a0,s11
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	mv	a0,s8
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	mv	a0,s4
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	lla	a5,wide
	lw	a5,0(a5)
	beq	a5,zero,.L115
	ld	a0,8(sp)
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	ld	a0,16(sp)
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
.L116:
	mv	a0,s3
	call	scale
	mv	a1,a0
	lla	a0,.LC31
	call	printf
	mv	a0,s1
	call	scale
	mv	a2,a0
	lla	a1,.LC32
	lla	a0,.LC29
	call	printf
	sub	a0,s1,s2
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	mv	a0,s2
	call	scale
	mv	a1,a0
	lla	a0,.LC31
	call	printf
	lla	a5,totals
	lw	a5,0(a5)
	bne	a5,zero,.L211
.L117:
	lla	s1,stdout
	ld	a0,0(s1)
	call	fflush
	li	a5,-1
	beq	s5,a5,.L55
	addi	s9,s9,1
	ble	s6,zero,.L118
	ble	s6,s9,.L55
.L118:
	li	a0,10
	call	putchar
	ld	a0,0(s1)
	call	fflush
	sext.w	a0,s5
	call	sleep
	j	.L119
.L131:
	mv	s3,s8
	j	.L111
.L115:
	ld	a5,8(sp)
	ld	a4,16(sp)
	add	a0,a5,a4
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	j	.L116
.L113:
	lla	a0,.LC27
	call	printf
	j	.L114
.L211:
	add	a0,s1,s7
	call	scale
	mv	a2,a0
	lla	a1,.LC33
	lla	a0,.LC29
	call	printf
	add	a0,s1,s11
	sub	a0,a0,s2
	call	scale
	mv	a1,a0
	lla	a0,.LC30
	call	printf
	add	a0,s2,s8
	call	scale
	mv	a1,a0
	lla	a0,.LC31
	call	printf
	j	.L117
.L191:
	mv	a0,s1
	call	free
.L63:
	mv	a0,s2
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L62
.L209:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	mv	s2,a0
	j	.L102
.L205:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	mv	s3,a0
	j	.L94
.L207:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	sd	a0,8(sp)
	j	.L98
.L193:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	mv	s7,a0
	j	.L70
.L195:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	mv	s8,a0
	j	.L74
.L197:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	sd	a0,40(sp)
	j	.L78
.L199:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s4,a0
	call	strtol
	sd	a0,32(sp)
	j	.L82
.L201:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	sd	a0,24(sp)
	j	.L86
.L203:
	addi	a0,s2,1
	li	a2,10
	li	a1,0
	add	a0,s11,a0
	call	strtol
	sd	a0,16(sp)
	j	.L90
.L190:
	li	s5,1
	j	.L61
.L189:
	slli	a5,a5,3
	add	s0,s0,a5
	ld	a1,0(s0)
	lla	a0,.LC13
	j	.L186
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC34:
	.string	"bytes"
	.align	3
.LC35:
	.string	"kilo"
	.align	3
.LC36:
	.string	"mega"
	.align	3
.LC37:
	.string	"giga"
	.align	3
.LC38:
	.string	"tera"
	.align	3
.LC39:
	.string	"peta"
	.align	3
.LC40:
	.string	"kibi"
	.align	3
.LC41:
	.string	"mebi"
	.align	3
.LC42:
	.string	"gibi"
	.align	3
.LC43:
	.string	"tebi"
	.align	3
.LC44:
	.string	"pebi"
	.align	3
.LC45:
	.string	"human"
	.align	3
.LC46:
	.string	"si"
	.align	3
.LC47:
	.string	"total"
	.align	3
.LC48:
	.string	"seconds"
	.align	3
.LC49:
	.string	"count"
	.align	3
.LC50:
	.string	"wide"
	.align	3
.LC51:
	.string	"help"
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	buf.1, @object
	.size	buf.1, 64
buf.1:
	.zero	64
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
	.type	longopts.2, @object
	.size	longopts.2, 608
longopts.2:
	.dword	.LC34
	.word	0
	.zero	4
	.dword	0
	.word	98
	.zero	4
	.dword	.LC35
	.word	0
	.zero	4
	.dword	0
	.word	1
	.zero	4
	.dword	.LC36
	.word	0
	.zero	4
	.dword	0
	.word	2
	.zero	4
	.dword	.LC37
	.word	0
	.zero	4
	.dword	0
	.word	3
	.zero	4
	.dword	.LC38
	.word	0
	.zero	4
	.dword	0
	.word	4
	.zero	4
	.dword	.LC39
	.word	0
	.zero	4
	.dword	0
	.word	5
	.zero	4
	.dword	.LC40
	.word	0
	.zero	4
	.dword	0
	.word	107
	.zero	4
	.dword	.LC41
	.word	0
	.zero	4
	.dword	0
	.word	109
	.zero	4
	.dword	.LC42
	.word	0
	.zero	4
	.dword	0
	.word	103
	.zero	4
	.dword	.LC43
	.word	0
	.zero	4
	.dword	0
	.word	6
	.zero	4
	.dword	.LC44
	.word	0
	.zero	4
	.dword	0
	.word	7
	.zero	4
	.dword	.LC45
	.word	0
	.zero	4
	.dword	0
	.word	104
	.zero	4
	.dword	.LC46
	.word	0
	.zero	4
	.dword	0
	.word	8
	.zero	4
	.dword	.LC47
	.word	0
	.zero	4
	.dword	0
	.word	116
	.zero	4
	.dword	.LC48
	.word	1
	.zero	4
	.dword	0
	.word	115
	.zero	4
	.dword	.LC49
	.word	1
	.zero	4
	.dword	0
	.word	99
	.zero	4
	.dword	.LC50
	.word	0
	.zero	4
	.dword	0
	.word	119
	.zero	4
	.dword	.LC51
	.word	0
	.zero	4
	.dword	0
	.word	9
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.dword	0
	.word	0
	.zero	4
	.section	.sbss,"aw",@nobits
	.align	2
	.type	totals, @object
	.size	totals, 4
totals:
	.zero	4
	.type	wide, @object
	.size	wide, 4
wide:
	.zero	4
	.type	si, @object
	.size	si, 4
si:
	.zero	4
	.type	human, @object
	.size	human, 4
human:
	.zero	4
	.section	.sdata,"aw"
	.align	2
	.type	exponent, @object
	.size	exponent, 4
exponent:
	.word	2
	.section	.srodata,"a"
	.align	3
	.type	units.0, @object
	.size	units.0, 7
units.0:
	.string	"BKMGTP"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
