# programs/bin/ps.s -- generated from ps.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/bin): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o ps.s ps.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"ps.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	n_pid, @function
n_pid:
	lw	a0,0(a0)
	ret
	.size	n_pid, .-n_pid
	.align	1
	.type	n_ppid, @function
n_ppid:
	lw	a0,72(a0)
	ret
	.size	n_ppid, .-n_ppid
	.align	1
	.type	n_pgid, @function
n_pgid:
	lw	a0,76(a0)
	ret
	.size	n_pgid, .-n_pgid
	.align	1
	.type	n_sid, @function
n_sid:
	lw	a0,80(a0)
	ret
	.size	n_sid, .-n_sid
	.align	1
	.type	n_vsz, @function
n_vsz:
	ld	a0,200(a0)
	srli	a0,a0,10
	ret
	.size	n_vsz, .-n_vsz
	.align	1
	.type	n_rss, @function
n_rss:
	ld	a0,208(a0)
	slli	a0,a0,2
	ret
	.size	n_rss, .-n_rss
	.align	1
	.type	n_sz, @function
n_sz:
	ld	a0,200(a0)
	srli	a0,a0,12
	ret
	.size	n_sz, .-n_sz
	.align	1
	.type	n_minflt, @function
n_minflt:
	ld	a0,104(a0)
	ret
	.size	n_minflt, .-n_minflt
	.align	1
	.type	n_majflt, @function
n_majflt:
	ld	a0,120(a0)
	ret
	.size	n_majflt, .-n_majflt
	.align	1
	.type	n_nlwp, @function
n_nlwp:
	ld	a0,184(a0)
	ret
	.size	n_nlwp, .-n_nlwp
	.align	1
	.type	n_ni, @function
n_ni:
	ld	a0,176(a0)
	ret
	.size	n_ni, .-n_ni
	.align	1
	.type	n_uid, @function
n_uid:
	lwu	a0,224(a0)
	ret
	.size	n_uid, .-n_uid
	.align	1
	.type	n_time, @function
n_time:
	ld	a4,136(a0)
	ld	a0,144(a0)
	add	a0,a4,a0
	ret
	.size	n_time, .-n_time
	.align	1
	.type	n_start, @function
n_start:
	ld	a0,192(a0)
	ret
	.size	n_start, .-n_start
	.align	1
	.type	n_pmem, @function
n_pmem:
	ld	a4,mem_total_kb
	ble	a4,zero,.L19
	ld	a0,208(a0)
	li	a5,4096
	addi	a5,a5,-96
	mul	a0,a0,a5
	li	a5,999
	div	a0,a0,a4
	bgt	a0,a5,.L20
	ret
.L20:
	li	a0,999
	ret
.L19:
	li	a0,0
	ret
	.size	n_pmem, .-n_pmem
	.align	1
	.type	f_stat, @function
f_stat:
	lbu	a5,68(a0)
	sb	a5,0(a1)
	ld	a4,176(a0)
	blt	a4,zero,.L28
	li	a5,1
	bne	a4,zero,.L31
.L23:
	ld	a4,232(a0)
	ble	a4,zero,.L24
	add	a4,a1,a5
	li	a3,76
	sb	a3,0(a4)
	addi	a5,a5,1
.L24:
	lw	a3,80(a0)
	lw	a4,0(a0)
	bne	a3,a4,.L25
	add	a4,a1,a5
	li	a3,115
	sb	a3,0(a4)
	addi	a5,a5,1
.L25:
	ld	a3,184(a0)
	li	a4,1
	ble	a3,a4,.L26
	add	a4,a1,a5
	li	a3,108
	sb	a3,0(a4)
	addi	a5,a5,1
.L26:
	lw	a4,88(a0)
	li	a3,-1
	beq	a4,a3,.L27
	lw	a3,76(a0)
	beq	a3,a4,.L32
.L27:
	add	a1,a1,a5
	sb	zero,0(a1)
	ret
.L31:
	li	a5,78
.L22:
	sb	a5,1(a1)
	li	a5,2
	j	.L23
.L32:
	add	a4,a1,a5
	li	a3,43
	addi	a5,a5,1
	sb	a3,0(a4)
	add	a1,a1,a5
	sb	zero,0(a1)
	ret
.L28:
	li	a5,60
	j	.L22
	.size	f_stat, .-f_stat
	.align	1
	.type	compare, @function
compare:
	addi	sp,sp,-1104
	sd	s5,1048(sp)
	lla	s5,nsort
	lw	a5,0(s5)
	sd	s4,1056(sp)
	sd	s7,1032(sp)
	sd	ra,1096(sp)
	sd	s0,1088(sp)
	sd	s1,1080(sp)
	sd	s2,1072(sp)
	sd	s3,1064(sp)
	sd	s6,1040(sp)
	ld	s4,0(a0)
	ld	s7,0(a1)
	ble	a5,zero,.L34
	lla	s6,.LANCHOR0
	mv	s3,s6
	li	s2,0
	j	.L39
.L51:
	jalr	a5
	ld	a5,40(s1)
	mv	s0,a0
	mv	a0,s7
	jalr	a5
	blt	s0,a0,.L40
	bgt	s0,a0,.L50
.L37:
	lw	a5,0(s5)
	addiw	s2,s2,1
	ble	a5,s2,.L34
.L39:
	ld	s1,0(s3)
	mv	a0,s4
	addi	s3,s3,16
	ld	a5,40(s1)
	bne	a5,zero,.L51
	ld	a5,32(s1)
	li	a2,512
	mv	a1,sp
	jalr	a5
	ld	a5,32(s1)
	addi	a1,sp,512
	mv	a0,s7
	li	a2,512
	jalr	a5
	addi	a1,sp,512
	mv	a0,sp
	call	strcmp
	beq	a0,zero,.L37
	slli	s2,s2,4
	add	s6,s6,s2
	lw	a5,8(s6)
	beq	a5,zero,.L38
.L52:
	negw	a0,a0
.L38:
	ld	ra,1096(sp)
	ld	s0,1088(sp)
	ld	s1,1080(sp)
	ld	s2,1072(sp)
	ld	s3,1064(sp)
	ld	s4,1056(sp)
	ld	s5,1048(sp)
	ld	s6,1040(sp)
	ld	s7,1032(sp)
	addi	sp,sp,1104
	jr	ra
.L34:
	li	a0,0
	j	.L38
.L40:
	slli	s2,s2,4
	add	s6,s6,s2
	lw	a5,8(s6)
	li	a0,-1
	beq	a5,zero,.L38
	j	.L52
.L50:
	slli	s2,s2,4
	add	s6,s6,s2
	lw	a5,8(s6)
	li	a0,1
	beq	a5,zero,.L38
	j	.L52
	.size	compare, .-compare
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC0:
	.string	"%02ld:%02ld"
	.align	3
.LC1:
	.string	"%s%02d"
	.align	3
.LC2:
	.string	"%ld"
	.text
	.align	1
	.type	f_stime, @function
f_stime:
	ld	t1,192(a0)
	li	a5,100
	li	a4,86016
	divu	t1,t1,a5
	ld	a5,boot_time
	addi	a4,a4,384
	mv	a0,a1
	mv	a1,a2
	add	t1,t1,a5
	div	a4,t1,a4
	li	a5,720896
	addi	a5,a5,-1428
	add	a5,a4,a5
	blt	a5,zero,.L60
	li	a7,147456
	addi	a7,a7,-1359
	div	a7,a5,a7
.L55:
	li	a3,-147456
	addi	a4,a3,1359
	li	a2,36864
	addi	a2,a2,-340
	addi	a3,a3,1360
	li	a6,365
	li	t3,1527
	mul	a4,a7,a4
	add	a4,a4,a5
	li	a5,-1460
	div	a5,a4,a5
	div	a2,a4,a2
	add	a5,a5,a4
	div	a3,a4,a3
	add	a5,a5,a2
	li	a2,-36864
	addi	a2,a2,364
	add	a5,a5,a3
	div	t4,a5,a6
	li	a3,1460
	div	a3,a5,a3
	div	a5,a5,a2
	mul	a6,t4,a6
	add	a6,a6,a3
	add	a6,a6,a5
	sub	a4,a4,a6
	slli	a5,a4,2
	add	a5,a5,a4
	li	a3,153
	addi	a2,a5,2
	div	a2,a2,a3
	sext.w	a3,a2
	bgt	a5,t3,.L56
	ld	a5,wall_now
	li	a6,86016
	sub	a5,a5,t1
	addi	a6,a6,383
	addiw	a3,a3,3
	ble	a5,a6,.L61
.L58:
	li	a6,31535104
	addi	a6,a6,895
	bgt	a5,a6,.L59
	slli	a5,a2,3
	add	a5,a5,a2
	slli	a2,a5,4
	add	a5,a5,a2
	addi	a5,a5,2
	li	a2,5
	div	a5,a5,a2
	addiw	a3,a3,-1
	lla	a2,.LANCHOR1
	slli	a3,a3,3
	add	a3,a2,a3
	ld	a3,0(a3)
	addiw	a4,a4,1
	lla	a2,.LC1
	subw	a4,a4,a5
	tail	snprintf
.L56:
	ld	a5,wall_now
	li	a6,86016
	sub	a5,a5,t1
	addi	a6,a6,383
	addiw	a3,a3,-9
	bgt	a5,a6,.L58
.L61:
	li	a4,60
	li	a5,4096
	div	a3,t1,a4
	addi	a5,a5,-496
	lla	a2,.LC0
	div	t1,t1,a5
	rem	a4,a3,a4
	li	a3,24
	rem	a3,t1,a3
	tail	snprintf
.L59:
	li	a5,400
	mul	a7,a7,a5
	slti	a3,a3,3
	lla	a2,.LC2
	add	a7,a7,t4
	add	a3,a7,a3
	tail	snprintf
.L60:
	li	a3,573440
	addi	a3,a3,-68
	add	a4,a4,a3
	li	a3,147456
	addi	a3,a3,-1359
	div	a7,a4,a3
	j	.L55
	.size	f_stime, .-f_stime
	.align	1
	.type	f_ni, @function
f_ni:
	ld	a3,176(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_ni, .-f_ni
	.align	1
	.type	f_nlwp, @function
f_nlwp:
	ld	a3,184(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_nlwp, .-f_nlwp
	.align	1
	.type	f_uid, @function
f_uid:
	lwu	a3,224(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_uid, .-f_uid
	.align	1
	.type	f_majflt, @function
f_majflt:
	ld	a3,120(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_majflt, .-f_majflt
	.align	1
	.type	f_minflt, @function
f_minflt:
	ld	a3,104(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_minflt, .-f_minflt
	.align	1
	.type	f_sz, @function
f_sz:
	ld	a3,200(a0)
	mv	a0,a1
	mv	a1,a2
	srli	a3,a3,12
	lla	a2,.LC2
	tail	snprintf
	.size	f_sz, .-f_sz
	.align	1
	.type	f_rss, @function
f_rss:
	ld	a3,208(a0)
	mv	a0,a1
	mv	a1,a2
	slli	a3,a3,2
	lla	a2,.LC2
	tail	snprintf
	.size	f_rss, .-f_rss
	.align	1
	.type	f_vsz, @function
f_vsz:
	ld	a3,200(a0)
	mv	a0,a1
	mv	a1,a2
	srli	a3,a3,10
	lla	a2,.LC2
	tail	snprintf
	.size	f_vsz, .-f_vsz
	.align	1
	.type	f_sid, @function
f_sid:
	lw	a3,80(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_sid, .-f_sid
	.align	1
	.type	f_pgid, @function
f_pgid:
	lw	a3,76(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_pgid, .-f_pgid
	.align	1
	.type	f_ppid, @function
f_ppid:
	lw	a3,72(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_ppid, .-f_ppid
	.align	1
	.type	f_pid, @function
f_pid:
	lw	a3,0(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC2
	tail	snprintf
	.size	f_pid, .-f_pid
	.section	.rodata.str1.8
	.align	3
.LC3:
	.string	"%ld.%ld"
	.text
	.align	1
	.type	f_pmem, @function
f_pmem:
	ld	a3,mem_total_kb
	mv	a5,a0
	mv	a0,a1
	mv	a1,a2
	ble	a3,zero,.L77
	ld	a4,208(a5)
	li	a5,4096
	addi	a5,a5,-96
	mul	a4,a4,a5
	li	a5,999
	div	a4,a4,a3
	bgt	a4,a5,.L78
.L76:
	li	a5,10
	div	a3,a4,a5
	lla	a2,.LC3
	rem	a4,a4,a5
	tail	snprintf
.L78:
	li	a4,999
	j	.L76
.L77:
	li	a4,0
	li	a3,0
	lla	a2,.LC3
	tail	snprintf
	.size	f_pmem, .-f_pmem
	.section	.rodata.str1.8
	.align	3
.LC4:
	.string	"%c"
	.text
	.align	1
	.type	f_state, @function
f_state:
	lbu	a3,68(a0)
	mv	a0,a1
	mv	a1,a2
	lla	a2,.LC4
	tail	snprintf
	.size	f_state, .-f_state
	.section	.rodata.str1.8
	.align	3
.LC5:
	.string	"%s"
	.text
	.align	1
	.type	f_comm, @function
f_comm:
	mv	a5,a1
	addi	a3,a0,4
	mv	a1,a2
	mv	a0,a5
	lla	a2,.LC5
	tail	snprintf
	.size	f_comm, .-f_comm
	.section	.rodata.str1.8
	.align	3
.LC6:
	.string	"%ld-%02ld:%02ld:%02ld"
	.align	3
.LC7:
	.string	"%02ld:%02ld:%02ld"
	.text
	.align	1
	.type	f_etime, @function
f_etime:
	ld	a5,192(a0)
	li	a4,100
	ld	a7,now_centis
	div	a7,a7,a4
	mv	a0,a1
	mv	a1,a2
	divu	a5,a5,a4
	sub	a7,a7,a5
	blt	a7,zero,.L84
	li	a2,86016
	li	a4,60
	addi	a6,a2,383
	div	a3,a7,a4
	rem	a5,a7,a4
	bgt	a7,a6,.L85
	li	a2,4096
	addi	a6,a2,-497
	ble	a7,a6,.L82
	addi	a6,a2,-496
	lla	a2,.LC7
	rem	a4,a3,a4
	div	a3,a7,a6
	tail	snprintf
.L84:
	li	a5,0
	li	a3,0
.L82:
	mv	a4,a5
	lla	a2,.LC0
	tail	snprintf
.L85:
	li	t3,4096
	addi	t3,t3,-496
	div	t3,a7,t3
	addi	t1,a2,384
	mv	a6,a5
	lla	a2,.LC6
	rem	a5,a3,a4
	li	a4,24
	rem	a4,t3,a4
	div	a3,a7,t1
	tail	snprintf
	.size	f_etime, .-f_etime
	.section	.rodata.str1.8
	.align	3
.LC8:
	.string	"%ld:%02ld"
	.text
	.align	1
	.type	f_bsdtime, @function
f_bsdtime:
	ld	a4,144(a0)
	ld	a5,136(a0)
	li	a3,60
	mv	a0,a1
	add	a5,a5,a4
	li	a4,100
	div	a5,a5,a4
	mv	a1,a2
	lla	a2,.LC8
	rem	a4,a5,a3
	div	a3,a5,a3
	tail	snprintf
	.size	f_bsdtime, .-f_bsdtime
	.align	1
	.type	f_time, @function
f_time:
	ld	a4,144(a0)
	ld	a7,136(a0)
	li	a6,100
	li	a5,60
	add	a7,a7,a4
	div	a6,a7,a6
	li	t1,8638464
	li	a3,360448
	addi	a3,a3,-448
	addi	t3,t1,1535
	mv	a0,a1
	mv	a1,a2
	div	a4,a6,a5
	div	a3,a7,a3
	rem	a4,a4,a5
	rem	a6,a6,a5
	ble	a7,t3,.L88
	addi	t1,t1,1536
	mv	a5,a4
	li	a4,24
	lla	a2,.LC6
	rem	a4,a3,a4
	div	a3,a7,t1
	tail	snprintf
.L88:
	mv	a5,a6
	lla	a2,.LC7
	tail	snprintf
	.size	f_time, .-f_time
	.section	.rodata.str1.8
	.align	3
.LC9:
	.string	"?"
	.align	3
.LC10:
	.string	"pts/%d"
	.align	3
.LC11:
	.string	"tty%d"
	.align	3
.LC12:
	.string	"console"
	.align	3
.LC13:
	.string	"%d,%d"
	.text
	.align	1
	.type	f_tty, @function
f_tty:
	lw	a5,84(a0)
	mv	a0,a1
	mv	a1,a2
	beq	a5,zero,.L94
	li	a2,1048576
	sraiw	a4,a5,12
	addi	a2,a2,-256
	slli	a3,a5,44
	and	a4,a4,a2
	andi	a5,a5,255
	or	a4,a4,a5
	srli	a3,a3,52
	li	a5,136
	sext.w	a4,a4
	beq	a3,a5,.L95
	li	a5,4
	beq	a3,a5,.L96
	li	a5,5
	bne	a3,a5,.L93
	li	a5,1
	beq	a4,a5,.L97
.L93:
	lla	a2,.LC13
	tail	snprintf
.L94:
	lla	a2,.LC9
	tail	snprintf
.L96:
	mv	a3,a4
	lla	a2,.LC11
	tail	snprintf
.L95:
	mv	a3,a4
	lla	a2,.LC10
	tail	snprintf
.L97:
	lla	a2,.LC12
	tail	snprintf
	.size	f_tty, .-f_tty
	.section	.rodata.str1.8
	.align	3
.LC14:
	.string	"error: %s\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n"
	.text
	.align	1
	.type	usage_error, @function
usage_error:
	addi	sp,sp,-16
	mv	a2,a0
	lla	a1,.LC14
	ld	a0,stderr
	sd	ra,8(sp)
	call	fprintf
	li	a0,1
	call	exit
	.size	usage_error, .-usage_error
	.section	.rodata.str1.8
	.align	3
.LC15:
	.string	""
	.align	3
.LC16:
	.string	"pid"
	.align	3
.LC17:
	.string	"unknown user-defined format specifier \"%s\""
	.align	3
.LC18:
	.string	"too many output columns"
	.align	3
.LC19:
	.string	","
	.text
	.align	1
	.type	add_columns, @function
add_columns:
	addi	sp,sp,-288
	sd	s3,248(sp)
	sd	s4,240(sp)
	sd	s5,232(sp)
	sd	s6,224(sp)
	sd	s7,216(sp)
	sd	s8,208(sp)
	sd	s9,200(sp)
	sd	s10,192(sp)
	sd	s11,184(sp)
	sd	ra,280(sp)
	sd	s0,272(sp)
	sd	s1,264(sp)
	sd	s2,256(sp)
	mv	s9,a0
	call	strdup
	mv	s8,a0
	sd	a0,8(sp)
	lla	s4,.LC19
	lla	s10,.LC15
	li	s11,44
	lla	s5,.LC16
	lla	s3,ncolumns
	li	s7,64
	lla	s6,.LANCHOR0
.L102:
	mv	a1,s4
	addi	a0,sp,8
	call	strsep
	mv	s1,a0
	beq	a0,zero,.L121
.L110:
	lbu	a5,0(s1)
	beq	a5,zero,.L102
	li	a1,61
	call	strchr
	mv	s2,a0
	beq	a0,zero,.L103
	lbu	a5,1(a0)
	sb	zero,0(a0)
	bne	a5,zero,.L104
	ld	a5,8(sp)
	beq	a5,zero,.L113
.L104:
	sub	s2,s2,s8
	addi	s2,s2,1
	add	s2,s9,s2
	lbu	a5,0(s2)
	beq	a5,zero,.L113
	beq	a5,s11,.L113
	sd	zero,8(sp)
.L103:
	lla	s0,keys
	mv	a0,s5
	j	.L106
.L123:
	ld	a0,48(s0)
	addi	s0,s0,48
	beq	a0,zero,.L122
.L106:
	mv	a1,s1
	call	strcmp
	bne	a0,zero,.L123
	lw	a5,0(s3)
	beq	a5,s7,.L124
	beq	s2,zero,.L125
.L108:
	lw	s1,16(s0)
	mv	a0,s2
	call	strlen
	sext.w	a0,a0
	bgt	a0,s1,.L126
.L109:
	lw	a4,0(s3)
	mv	a1,s4
	addi	a0,sp,8
	slli	a5,a4,1
	add	a5,a5,a4
	slli	a5,a5,3
	add	a5,s6,a5
	addiw	a4,a4,1
	sw	s1,272(a5)
	sw	a4,0(s3)
	sd	s0,256(a5)
	sd	s2,264(a5)
	call	strsep
	mv	s1,a0
	bne	a0,zero,.L110
.L121:
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
.L113:
	mv	s2,s10
	j	.L103
.L122:
	mv	a3,s1
	lla	a2,.LC17
	li	a1,160
	addi	a0,sp,16
	call	snprintf
	addi	a0,sp,16
	call	usage_error
.L126:
	mv	a0,s2
	call	strlen
	sext.w	s1,a0
	j	.L109
.L125:
	ld	s2,8(s0)
	j	.L108
.L124:
	lla	a0,.LC18
	call	usage_error
	.size	add_columns, .-add_columns
	.align	1
	.type	read_text, @function
read_text:
	addi	sp,sp,-80
	sd	s5,24(sp)
	mv	s5,a1
	li	a1,0
	sd	ra,72(sp)
	sd	s0,64(sp)
	sd	s1,56(sp)
	sd	s2,48(sp)
	sd	s3,40(sp)
	sd	s4,32(sp)
	sd	s6,16(sp)
	sd	s7,8(sp)
	sd	s8,0(sp)
	call	open
	blt	a0,zero,.L128
	mv	s3,a0
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L129
	li	s0,0
	li	s1,4096
	li	s4,1
	lla	s6,errno
	li	s7,4
.L130:
	mv	a0,s2
	bltu	s4,s1,.L132
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	beq	a0,zero,.L143
.L138:
	mv	s2,a0
.L132:
	add	s8,s2,s0
	sub	a2,s1,s0
	addi	a2,a2,-1
	mv	a1,s8
	mv	a0,s3
	call	read
	blt	a0,zero,.L144
	beq	a0,zero,.L135
	add	s0,s0,a0
	addi	s4,s0,1
	mv	a0,s2
	bltu	s4,s1,.L132
	slli	s1,s1,1
	mv	a1,s1
	call	realloc
	bne	a0,zero,.L138
.L143:
	mv	a0,s2
	call	free
.L129:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
.L128:
	li	s2,0
.L127:
	ld	ra,72(sp)
	ld	s0,64(sp)
	ld	s1,56(sp)
	ld	s3,40(sp)
	ld	s4,32(sp)
	ld	s5,24(sp)
	ld	s6,16(sp)
	ld	s7,8(sp)
	ld	s8,0(sp)
	mv	a0,s2
	ld	s2,48(sp)
	addi	sp,sp,80
	jr	ra
.L144:
	lw	s8,0(s6)
	beq	s8,s7,.L130
	mv	a0,s2
	call	free
	mv	a0,s3
	call	close
	sw	s8,0(s6)
	j	.L128
.L135:
	mv	a0,s3
	call	close
	sb	zero,0(s8)
	beq	s5,zero,.L127
	sd	s0,0(s5)
	j	.L127
	.size	read_text, .-read_text
	.section	.rodata.str1.8
	.align	3
.LC20:
	.string	"%*s"
	.align	3
.LC21:
	.string	"%-*s"
	.text
	.align	1
	.type	put, @function
put:
	addi	sp,sp,-1088
	sd	s0,1072(sp)
	sd	s1,1064(sp)
	sd	s2,1056(sp)
	sd	s3,1048(sp)
	sd	s4,1040(sp)
	sd	s5,1032(sp)
	sd	ra,1080(sp)
	lla	s3,carry
	mv	s4,a0
	mv	s0,a1
	mv	s2,a2
	mv	s1,a3
	call	strlen
	lw	a5,0(s3)
	sext.w	s5,a0
	ble	a5,zero,.L146
	bge	s5,s0,.L146
	subw	a1,a5,s0
	sext.w	a3,a5
	sext.w	s0,s0
	addw	a1,a1,a0
	j	.L148
.L147:
	beq	a5,a1,.L149
.L148:
	addiw	a6,a5,-1
	mv	a4,a5
	sext.w	a5,a6
	bne	a5,zero,.L147
.L149:
	subw	s0,s0,a3
	addiw	s0,s0,-1
	addw	s0,s0,a4
	sw	a6,0(s3)
.L146:
	beq	s1,zero,.L150
	beq	s2,zero,.L159
.L151:
	mv	s2,sp
	mv	a4,s4
	mv	a3,s0
	lla	a2,.LC20
	li	a1,1024
	mv	a0,s2
	call	snprintf
.L152:
	ble	s5,s0,.L154
	lw	a5,0(s3)
	subw	s5,s5,s0
	addw	s5,s5,a5
	sw	s5,0(s3)
.L154:
	mv	a0,s2
	call	strlen
	lla	s3,line_len
	ld	a4,0(s3)
	li	a3,4096
	mv	s0,a0
	addi	a5,a4,2
	add	a5,a5,a0
	bltu	a5,a3,.L160
.L155:
	bne	s1,zero,.L145
	ld	a4,0(s3)
	lla	a5,line
	addi	a3,a4,1
	add	a5,a5,a4
	li	a4,32
	sd	a3,0(s3)
	sb	a4,0(a5)
.L145:
	ld	ra,1080(sp)
	ld	s0,1072(sp)
	ld	s1,1064(sp)
	ld	s2,1056(sp)
	ld	s3,1048(sp)
	ld	s4,1040(sp)
	ld	s5,1032(sp)
	addi	sp,sp,1088
	jr	ra
.L150:
	bne	s2,zero,.L151
	mv	s2,sp
	mv	a4,s4
	mv	a3,s0
	lla	a2,.LC21
	li	a1,1024
	mv	a0,s2
	call	snprintf
	j	.L152
.L160:
	mv	a2,a0
	lla	a0,line
	mv	a1,s2
	add	a0,a0,a4
	call	memcpy
	ld	a5,0(s3)
	add	a5,a5,s0
	sd	a5,0(s3)
	j	.L155
.L159:
	mv	s2,sp
	mv	a3,s4
	lla	a2,.LC5
	li	a1,1024
	mv	a0,s2
	call	snprintf
	j	.L152
	.size	put, .-put
	.section	.rodata.str1.8
	.align	3
.LC22:
	.string	"root"
	.align	3
.LC23:
	.string	"%u"
	.text
	.align	1
	.type	f_user, @function
f_user:
	lw	a3,224(a0)
	mv	a0,a1
	mv	a1,a2
	bne	a3,zero,.L162
	lla	a2,.LC22
	tail	snprintf
.L162:
	lla	a2,.LC23
	tail	snprintf
	.size	f_user, .-f_user
	.section	.rodata.str1.8
	.align	3
.LC24:
	.string	"[%s]"
	.text
	.align	1
	.type	f_args, @function
f_args:
	ld	a3,216(a0)
	mv	a5,a0
	mv	a0,a1
	lbu	a4,0(a3)
	mv	a1,a2
	beq	a4,zero,.L164
	lla	a2,.LC5
	tail	snprintf
.L164:
	addi	a3,a5,4
	lla	a2,.LC24
	tail	snprintf
	.size	f_args, .-f_args
	.section	.rodata.str1.8
	.align	3
.LC25:
	.string	"unknown sort specifier"
	.text
	.align	1
	.type	add_sort, @function
add_sort:
	addi	sp,sp,-96
	sd	ra,88(sp)
	sd	s1,72(sp)
	sd	s3,56(sp)
	sd	s4,48(sp)
	sd	s5,40(sp)
	sd	s6,32(sp)
	sd	s7,24(sp)
	sd	s0,80(sp)
	sd	s2,64(sp)
	lla	s4,.LC19
	call	strdup
	sd	a0,8(sp)
	mv	a1,s4
	addi	a0,sp,8
	call	strsep
	lla	s5,.LC16
	lla	s3,nsort
	li	s7,16
	lla	s6,.LANCHOR0
	mv	s1,a0
	beq	a0,zero,.L176
.L172:
	lbu	a4,0(s1)
	li	s2,0
	addiw	a5,a4,-43
	andi	a5,a5,253
	bne	a5,zero,.L167
	addi	a4,a4,-45
	seqz	s2,a4
	addi	s1,s1,1
.L167:
	lla	s0,keys
	mv	a0,s5
	j	.L169
.L177:
	ld	a0,48(s0)
	addi	s0,s0,48
	beq	a0,zero,.L170
.L169:
	mv	a1,s1
	call	strcmp
	bne	a0,zero,.L177
	lw	a5,0(s3)
	beq	a5,s7,.L170
	slli	a4,a5,4
	add	a4,s6,a4
	addiw	a5,a5,1
	mv	a1,s4
	addi	a0,sp,8
	sw	a5,0(s3)
	sd	s0,0(a4)
	sw	s2,8(a4)
	call	strsep
	mv	s1,a0
	bne	a0,zero,.L172
.L176:
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
.L170:
	lla	a0,.LC25
	call	usage_error
	.size	add_sort, .-add_sort
	.align	1
	.type	f_pcpu, @function
f_pcpu:
	ld	a5,192(a0)
	li	a4,100
	mv	a3,a0
	mul	a5,a4,a5
	mv	a0,a1
	mv	a1,a2
	divu	a5,a5,a4
	ld	a4,now_centis
	sub	a5,a4,a5
	ble	a5,zero,.L181
	ld	a2,144(a3)
	ld	a4,136(a3)
	li	a3,999
	add	a4,a4,a2
	li	a2,1000
	mul	a4,a4,a2
	div	a4,a4,a5
	bgt	a4,a3,.L182
.L180:
	li	a5,10
	div	a3,a4,a5
	lla	a2,.LC3
	rem	a4,a4,a5
	tail	snprintf
.L182:
	li	a4,999
	j	.L180
.L181:
	li	a4,0
	li	a3,0
	lla	a2,.LC3
	tail	snprintf
	.size	f_pcpu, .-f_pcpu
	.align	1
	.type	n_pcpu, @function
n_pcpu:
	ld	a5,192(a0)
	li	a4,100
	mul	a5,a4,a5
	divu	a5,a5,a4
	ld	a4,now_centis
	sub	a4,a4,a5
	ble	a4,zero,.L186
	ld	a5,136(a0)
	ld	a2,144(a0)
	li	a3,999
	add	a0,a5,a2
	li	a5,1000
	mul	a0,a0,a5
	div	a0,a0,a4
	bgt	a0,a3,.L187
	ret
.L187:
	li	a0,999
	ret
.L186:
	li	a0,0
	ret
	.size	n_pcpu, .-n_pcpu
	.align	1
	.type	n_c, @function
n_c:
	ld	a5,192(a0)
	li	a4,100
	mul	a5,a4,a5
	divu	a5,a5,a4
	ld	a4,now_centis
	sub	a4,a4,a5
	ble	a4,zero,.L191
	ld	a5,136(a0)
	ld	a2,144(a0)
	li	a3,999
	add	a0,a5,a2
	li	a5,1000
	mul	a0,a0,a5
	div	a0,a0,a4
	bgt	a0,a3,.L192
	li	a5,10
	div	a0,a0,a5
	ret
.L192:
	li	a5,10
	li	a0,999
	div	a0,a0,a5
	ret
.L191:
	li	a0,0
	ret
	.size	n_c, .-n_c
	.align	1
	.type	f_c, @function
f_c:
	ld	a5,192(a0)
	li	a6,100
	mv	a4,a0
	mul	a5,a6,a5
	mv	a0,a1
	li	a3,0
	mv	a1,a2
	divu	a5,a5,a6
	ld	a6,now_centis
	sub	a5,a6,a5
	ble	a5,zero,.L194
	ld	a2,144(a4)
	ld	a3,136(a4)
	li	a4,999
	add	a3,a3,a2
	li	a2,1000
	mul	a3,a3,a2
	div	a3,a3,a5
	bgt	a3,a4,.L197
.L195:
	li	a5,10
	div	a3,a3,a5
.L194:
	lla	a2,.LC2
	tail	snprintf
.L197:
	li	a3,999
	j	.L195
	.size	f_c, .-f_c
	.section	.rodata.str1.8
	.align	3
.LC26:
	.string	"improper format list"
	.align	3
.LC27:
	.string	"list of process IDs must follow -p"
	.align	3
.LC28:
	.string	"--sort"
	.align	3
.LC29:
	.string	"--sort="
	.align	3
.LC30:
	.string	"--no-headers"
	.align	3
.LC31:
	.string	"--no-heading"
	.align	3
.LC32:
	.string	"--pid="
	.align	3
.LC33:
	.string	"unsupported option (BSD syntax)"
	.align	3
.LC34:
	.string	"unsupported SysV option"
	.align	3
.LC35:
	.string	"aux"
	.align	3
.LC36:
	.string	"user,pid,%cpu,%mem,vsz,rss,tname,stat,start_time,bsdtime,args"
	.align	3
.LC37:
	.string	"uid_hack,pid,ppid,c,stime,tname,time,cmd"
	.align	3
.LC38:
	.string	"pid,tname,time,ucmd"
	.align	3
.LC39:
	.string	"START"
	.align	3
.LC40:
	.string	"/proc/meminfo"
	.align	3
.LC41:
	.string	"MemTotal"
	.align	3
.LC42:
	.string	"/proc/uptime"
	.align	3
.LC43:
	.string	"/proc/stat"
	.align	3
.LC44:
	.string	"btime "
	.align	3
.LC45:
	.string	"/proc"
	.align	3
.LC46:
	.string	"Error, do this: mount -t proc proc /proc\n"
	.align	3
.LC47:
	.string	"/proc/%s/stat"
	.align	3
.LC48:
	.string	"/proc/%s/cmdline"
	.align	3
.LC49:
	.string	"/proc/%s/status"
	.align	3
.LC50:
	.string	"Uid"
	.align	3
.LC51:
	.string	"VmLck"
	.align	3
.LC52:
	.string	", "
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-1264
	sd	ra,1256(sp)
	sd	s0,1248(sp)
	sd	s1,1240(sp)
	sd	s2,1232(sp)
	sd	s3,1224(sp)
	sd	s4,1216(sp)
	sd	s5,1208(sp)
	sd	s6,1200(sp)
	sd	s7,1192(sp)
	sd	s8,1184(sp)
	sd	s9,1176(sp)
	sd	s10,1168(sp)
	sd	s11,1160(sp)
	li	a5,1
	ble	a0,a5,.L199
	mv	s2,a0
	mv	s3,a1
	li	s11,1
	sd	zero,16(sp)
	li	s9,0
	li	s7,0
	li	s8,0
	lla	s4,.LC28
	lla	s5,.LC29
	lla	s6,.LC30
	lla	s10,.LC31
	j	.L216
.L430:
	addiw	s11,s11,1
	ble	s2,s11,.L428
	ld	a0,8(s0)
	call	add_sort
.L202:
	addiw	s11,s11,1
	ble	s2,s11,.L429
.L216:
	slli	s0,s11,3
	add	s0,s3,s0
	ld	s1,0(s0)
	mv	a1,s4
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L430
	li	a2,7
	mv	a1,s5
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L203
	addi	a0,s1,7
	addiw	s11,s11,1
	call	add_sort
	bgt	s2,s11,.L216
.L429:
	lla	s0,ncolumns
	lw	a5,0(s0)
	beq	a5,zero,.L431
	beq	s7,zero,.L219
.L222:
	lw	a5,0(s0)
	ble	a5,zero,.L219
	li	a4,24
	mul	a3,a5,a4
	lla	a5,.LANCHOR0+256
	lla	a2,f_stime
	lla	a1,.LC39
	add	a3,a3,a5
	j	.L226
.L225:
	addi	a5,a5,24
	beq	a5,a3,.L219
.L226:
	ld	a4,0(a5)
	ld	a4,32(a4)
	bne	a4,a2,.L225
	sd	a1,8(a5)
	addi	a5,a5,24
	bne	a5,a3,.L226
.L219:
	li	a1,0
	lla	a0,.LC40
	call	read_text
	mv	s3,a0
	li	a5,0
	beq	a0,zero,.L228
	lla	a0,.LC41
	call	strlen
	lbu	a5,0(s3)
	mv	s2,a0
	mv	s1,s3
	lla	s4,.LC41
	li	s5,58
	bne	a5,zero,.L229
	j	.L231
.L433:
	lbu	a5,1(a0)
	addi	s1,a0,1
	beq	a5,zero,.L231
.L229:
	mv	a2,s2
	mv	a1,s4
	mv	a0,s1
	call	strncmp
	bne	a0,zero,.L230
	add	a5,s1,s2
	lbu	a5,0(a5)
	beq	a5,s5,.L432
.L230:
	li	a1,10
	mv	a0,s1
	call	strchr
	bne	a0,zero,.L433
.L231:
	li	a5,-1
.L228:
	mv	a0,s3
	sd	a5,mem_total_kb,a4
	call	free
	li	a1,0
	lla	a0,.LC42
	call	read_text
	mv	s4,a0
	li	a5,0
	beq	a0,zero,.L232
	li	a2,10
	li	a1,0
	call	strtol
	mv	s1,a0
	li	a1,46
	mv	a0,s4
	call	strchr
	mv	s2,a0
	beq	a0,zero,.L235
	lbu	a0,1(a0)
	call	isdigit
	bne	a0,zero,.L434
.L235:
	li	s3,0
.L234:
	mv	a0,s4
	call	free
	li	a5,100
	mul	a5,s1,a5
	add	a5,a5,s3
.L232:
	li	a1,0
	lla	a0,.LC43
	sd	a5,now_centis,a4
	call	read_text
	mv	s1,a0
	beq	a0,zero,.L238
	lla	a1,.LC44
	call	strstr
	beq	a0,zero,.L238
	addi	a0,a0,6
	call	atol
	mv	a5,a0
.L237:
	mv	a0,s1
	sd	a5,boot_time,a4
	call	free
	li	a0,0
	call	time
	mv	a5,a0
	lla	a0,.LC45
	sd	a5,wall_now,a4
	call	opendir
	sd	a0,0(sp)
	beq	a0,zero,.L435
	li	a0,512
	call	malloc
	li	a5,64
	sd	a5,40(sp)
	li	a5,-1
	srli	a5,a5,32
	sd	a0,24(sp)
	sd	zero,8(sp)
	lla	s8,errno
	sd	a5,32(sp)
	lla	s6,.LC52
.L245:
	ld	a0,0(sp)
	call	readdir
	mv	s2,a0
	beq	a0,zero,.L436
.L309:
	lbu	a0,19(s2)
	beq	a0,zero,.L245
	addi	s2,s2,19
	mv	s1,s2
.L243:
	call	isdigit
	beq	a0,zero,.L245
	lbu	a0,1(s1)
	addi	s1,s1,1
	bne	a0,zero,.L243
	li	a0,248
	call	malloc
	mv	s1,a0
	beq	a0,zero,.L246
	mv	a3,s2
	lla	a2,.LC47
	li	a1,64
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s4,a0
	blt	a0,zero,.L246
	li	a0,4096
	call	malloc
	mv	s3,a0
	beq	a0,zero,.L248
	li	s10,4096
	li	s11,0
	li	s7,1
.L249:
	bltu	s7,s10,.L250
	slli	s10,s10,1
	mv	a1,s10
	mv	a0,s3
	call	realloc
	beq	a0,zero,.L437
	mv	s3,a0
.L250:
	add	s5,s3,s11
	sub	a2,s10,s11
	addi	a2,a2,-1
	mv	a1,s5
	mv	a0,s4
	call	read
	blt	a0,zero,.L438
	beq	a0,zero,.L253
	add	s11,s11,a0
	addi	s7,s11,1
	j	.L249
.L203:
	mv	a1,s6
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L439
.L322:
	li	s9,1
	j	.L202
.L439:
	mv	a1,s10
	mv	a0,s1
	call	strcmp
	beq	a0,zero,.L322
	li	a2,6
	lla	a1,.LC32
	mv	a0,s1
	call	strncmp
	beq	a0,zero,.L440
	lbu	a5,0(s1)
	li	a4,45
	beq	a5,a4,.L441
	lla	a1,.LC35
	mv	a0,s1
	call	strspn
	mv	s0,a0
	mv	a0,s1
	call	strlen
	bne	s0,a0,.L215
	li	s7,1
	j	.L202
.L431:
	bne	s7,zero,.L442
	beq	s8,zero,.L218
	lla	a0,.LC37
	call	add_columns
	j	.L219
.L440:
	addi	a5,s1,6
	sd	a5,16(sp)
	j	.L202
.L438:
	lw	s5,0(s8)
	li	a5,4
	beq	s5,a5,.L249
	mv	a0,s3
	call	free
	mv	a0,s4
	call	close
	sw	s5,0(s8)
.L246:
	mv	a0,s1
	call	free
	ld	a0,0(sp)
	call	readdir
	mv	s2,a0
	bne	a0,zero,.L309
.L436:
	ld	a0,0(sp)
	call	closedir
	lw	a5,nsort
	bne	a5,zero,.L443
.L310:
	lw	a2,0(s0)
	ble	a2,zero,.L311
	slli	a1,a2,1
	add	a1,a1,a2
	lla	s1,.LANCHOR0+256
	slli	a1,a1,3
	add	a1,a1,s1
	mv	a4,s1
	li	a5,0
.L312:
	ld	a3,8(a4)
	addi	a4,a4,24
	lbu	a3,0(a3)
	snez	a3,a3
	or	a5,a5,a3
	sext.w	a5,a5
	bne	a1,a4,.L312
	beq	a5,zero,.L311
	beq	s9,zero,.L313
.L311:
	ld	a5,8(sp)
	beq	a5,zero,.L318
	ld	s1,24(sp)
	slli	s4,a5,3
	lla	s5,line
	add	s4,s1,s4
	lla	s2,line_len
	li	s3,80
	mv	s6,s5
.L317:
	lw	a5,0(s0)
	lla	s7,.LANCHOR0+256
	li	s8,0
	ble	a5,zero,.L320
.L315:
	ld	a5,0(s7)
	ld	a0,0(s1)
	li	a2,1024
	ld	a5,32(a5)
	addi	a1,sp,128
	addi	s7,s7,24
	jalr	a5
	ld	a5,-24(s7)
	lw	a3,0(s0)
	lw	a1,-8(s7)
	lw	a2,20(a5)
	addiw	a3,a3,-1
	sub	a3,a3,s8
	seqz	a3,a3
	addi	a0,sp,128
	call	put
	lw	a5,0(s0)
	addiw	s8,s8,1
	bgt	a5,s8,.L315
.L320:
	ld	a5,0(s2)
	bleu	a5,s3,.L316
	sd	s3,0(s2)
	li	a5,80
.L316:
	add	a5,s5,a5
	mv	a0,s6
	sb	zero,0(a5)
	addi	s1,s1,8
	call	puts
	sd	zero,line_len,a5
	sw	zero,carry,a5
	bne	s4,s1,.L317
.L318:
	ld	a5,16(sp)
	li	a0,0
	beq	a5,zero,.L240
	ld	a5,8(sp)
	seqz	a0,a5
.L240:
	ld	ra,1256(sp)
	ld	s0,1248(sp)
	ld	s1,1240(sp)
	ld	s2,1232(sp)
	ld	s3,1224(sp)
	ld	s4,1216(sp)
	ld	s5,1208(sp)
	ld	s6,1200(sp)
	ld	s7,1192(sp)
	ld	s8,1184(sp)
	ld	s9,1176(sp)
	ld	s10,1168(sp)
	ld	s11,1160(sp)
	addi	sp,sp,1264
	jr	ra
.L253:
	mv	a0,s4
	call	close
	li	a2,216
	li	a1,0
	sb	zero,0(s5)
	mv	a0,s1
	call	memset
	mv	a0,s3
	call	atoi
	li	a1,40
	sw	a0,0(s1)
	mv	a0,s3
	call	strchr
	mv	s7,a0
	li	a1,41
	mv	a0,s3
	call	strrchr
	mv	s4,a0
	beq	s7,zero,.L256
	beq	a0,zero,.L256
	bgtu	s7,a0,.L256
	sub	s5,a0,s7
	addi	s5,s5,-1
	li	a5,63
	bleu	s5,a5,.L258
	li	s5,63
.L258:
	mv	a2,s5
	addi	a1,s7,1
	addi	a0,s1,4
	call	memcpy
	add	s5,s1,s5
	sb	zero,4(s5)
	addi	a5,s4,2
	sd	a5,56(sp)
	lbu	a4,2(s4)
	addi	a5,s4,3
	sd	a5,56(sp)
	sb	a4,68(s1)
	lbu	a4,3(s4)
	beq	a4,zero,.L256
	addi	s11,sp,128
	li	s10,0
	li	s7,32
	li	s4,10
	li	s5,50
.L260:
	addi	a3,a5,1
	bne	a4,s7,.L266
.L261:
	sd	a3,56(sp)
	lbu	a4,0(a3)
	mv	a5,a3
	addi	a3,a3,1
	beq	a4,s7,.L261
	beq	a4,zero,.L263
.L266:
	beq	a4,s4,.L263
	mv	a0,a5
	li	a2,10
	addi	a1,sp,56
	call	strtoul
	ld	a5,56(sp)
	sd	a0,0(s11)
	addiw	s10,s10,1
	lbu	a4,0(a5)
	beq	a4,zero,.L263
	addi	s11,s11,8
	bne	s10,s5,.L260
	j	.L264
.L263:
	li	a5,20
	ble	s10,a5,.L256
.L264:
	ld	t3,184(sp)
	ld	t4,176(sp)
	ld	t5,168(sp)
	ld	a1,160(sp)
	ld	t1,192(sp)
	ld	a7,200(sp)
	ld	a6,208(sp)
	ld	a0,216(sp)
	lwu	a5,144(sp)
	lwu	a2,152(sp)
	lwu	a4,128(sp)
	lwu	a3,136(sp)
	sd	t3,112(s1)
	ld	t3,32(sp)
	sd	t5,96(s1)
	sd	t4,104(s1)
	sd	t1,120(s1)
	sd	a7,128(s1)
	sd	a6,136(s1)
	sd	a0,144(s1)
	and	a4,a4,t3
	slli	a3,a3,32
	ld	t1,232(sp)
	ld	a7,240(sp)
	ld	a6,248(sp)
	ld	a0,256(sp)
	or	a4,a4,a3
	ld	a3,224(sp)
	and	a5,a5,t3
	slli	a2,a2,32
	or	a5,a5,a2
	sd	t1,160(s1)
	sd	a7,168(s1)
	sd	a6,176(s1)
	sd	a3,152(s1)
	sd	a0,184(s1)
	sd	a4,72(s1)
	sd	a5,80(s1)
	sw	a1,88(s1)
	ld	a4,280(sp)
	ld	a5,272(sp)
	mv	a0,s3
	sd	a4,200(s1)
	sd	a5,192(s1)
	ld	a5,288(sp)
	sd	a5,208(s1)
	call	free
	mv	a3,s2
	lla	a2,.LC48
	li	a1,64
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s3,a0
	blt	a0,zero,.L267
	li	a0,4096
	call	malloc
	mv	s10,a0
	beq	a0,zero,.L269
	li	s11,4096
	li	s7,0
	li	s5,1
.L270:
	bltu	s5,s11,.L271
	slli	s11,s11,1
	mv	a1,s11
	mv	a0,s10
	call	realloc
	beq	a0,zero,.L444
	mv	s10,a0
.L271:
	add	s4,s10,s7
	sub	a2,s11,s7
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L445
	beq	a0,zero,.L274
	add	s7,s7,a0
	addi	s5,s7,1
	j	.L270
.L445:
	lw	s4,0(s8)
	li	a5,4
	beq	s4,a5,.L270
	mv	a0,s10
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s8)
.L267:
	lla	a0,.LC15
	call	strdup
	mv	s10,a0
	li	s7,0
.L277:
	beq	s7,zero,.L332
.L447:
	addi	a4,s7,-1
	add	a3,s10,a4
	lbu	a3,0(a3)
	bne	a3,zero,.L446
	mv	s7,a4
	bne	s7,zero,.L447
.L332:
	mv	a5,s10
.L276:
	sb	zero,0(a5)
	mv	a3,s2
	lla	a2,.LC49
	li	a1,64
	sd	s10,216(s1)
	addi	a0,sp,64
	call	snprintf
	li	a1,0
	addi	a0,sp,64
	call	open
	mv	s3,a0
	blt	a0,zero,.L281
	li	a0,4096
	call	malloc
	mv	s2,a0
	beq	a0,zero,.L282
	li	s10,4096
	li	s7,0
	li	s5,1
	li	s11,4
.L283:
	bltu	s5,s10,.L284
	slli	s10,s10,1
	mv	a1,s10
	mv	a0,s2
	call	realloc
	beq	a0,zero,.L448
	mv	s2,a0
.L284:
	add	s4,s2,s7
	sub	a2,s10,s7
	addi	a2,a2,-1
	mv	a1,s4
	mv	a0,s3
	call	read
	blt	a0,zero,.L449
	beq	a0,zero,.L287
	add	s7,s7,a0
	addi	s5,s7,1
	j	.L283
.L446:
	add	a5,s10,s7
	mv	a4,s10
	li	a2,32
	li	a1,1
	j	.L280
.L450:
	addiw	a3,a3,-9
	andi	a3,a3,0xff
	bleu	a3,a1,.L278
.L279:
	addi	a4,a4,1
	beq	a5,a4,.L276
.L280:
	lbu	a3,0(a4)
	bne	a3,zero,.L450
.L278:
	sb	a2,0(a4)
	j	.L279
.L449:
	lw	s4,0(s8)
	beq	s4,s11,.L283
	mv	a0,s2
	call	free
	mv	a0,s3
	call	close
	sw	s4,0(s8)
.L281:
	sw	zero,224(s1)
	sd	zero,232(s1)
.L290:
	ld	a5,16(sp)
	beq	a5,zero,.L307
	ld	a0,16(sp)
	lw	s4,0(s1)
	li	s3,0
	call	strdup
	mv	s2,a0
	sd	a0,128(sp)
	j	.L304
.L306:
	lbu	a5,0(a5)
	bne	a5,zero,.L451
.L304:
	mv	a1,s6
	addi	a0,sp,128
	call	strsep
	mv	a5,a0
	bne	a0,zero,.L306
	mv	a0,s2
	call	free
	beq	s3,zero,.L245
.L307:
	ld	a5,8(sp)
	ld	a4,40(sp)
	beq	a5,a4,.L452
.L302:
	ld	a4,8(sp)
	ld	a3,24(sp)
	slli	a5,a4,3
	add	a5,a3,a5
	sd	a4,240(s1)
	sd	s1,0(a5)
	addiw	a5,a4,1
	sd	a5,8(sp)
	j	.L245
.L287:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	sw	zero,224(s1)
	sd	zero,232(s1)
	lla	a0,.LC50
	call	strlen
	lbu	a5,0(s2)
	mv	s3,a0
	mv	s7,s2
	lla	s4,.LC50
	li	s5,58
	bne	a5,zero,.L288
	j	.L380
.L454:
	lbu	a5,1(a0)
	addi	s7,a0,1
	beq	a5,zero,.L380
.L288:
	mv	a2,s3
	mv	a1,s4
	mv	a0,s7
	call	strncmp
	bne	a0,zero,.L291
	add	a5,s7,s3
	lbu	a5,0(a5)
	beq	a5,s5,.L453
.L291:
	li	a1,10
	mv	a0,s7
	call	strchr
	bne	a0,zero,.L454
.L380:
	li	a5,0
.L293:
	sw	a5,224(s1)
	lla	a0,.LC51
	call	strlen
	lbu	a5,0(s2)
	mv	s3,a0
	mv	s7,s2
	lla	s4,.LC51
	li	s5,58
	bne	a5,zero,.L294
	j	.L381
.L456:
	lbu	a5,1(a0)
	addi	s7,a0,1
	beq	a5,zero,.L381
.L294:
	mv	a2,s3
	mv	a1,s4
	mv	a0,s7
	call	strncmp
	bne	a0,zero,.L296
	add	a5,s7,s3
	lbu	a5,0(a5)
	beq	a5,s5,.L455
.L296:
	li	a1,10
	mv	a0,s7
	call	strchr
	bne	a0,zero,.L456
.L381:
	li	a5,0
.L298:
	sd	a5,232(s1)
	mv	a0,s2
	call	free
	j	.L290
.L451:
	call	atoi
	bne	s4,a0,.L304
	li	s3,1
	j	.L304
.L313:
	ld	a5,0(s1)
	lw	a1,16(s1)
	ld	a0,8(s1)
	addiw	a3,a2,-1
	lw	a2,20(a5)
	sub	a3,a3,s9
	seqz	a3,a3
	call	put
	lw	a2,0(s0)
	addiw	s9,s9,1
	addi	s1,s1,24
	bgt	a2,s9,.L313
	lla	s2,line_len
	ld	a4,0(s2)
	li	a5,80
	bleu	a4,a5,.L314
	sd	a5,0(s2)
.L314:
	ld	a5,0(s2)
	lla	s5,line
	mv	a0,s5
	add	a5,s5,a5
	sb	zero,0(a5)
	call	puts
	sd	zero,line_len,a5
	sw	zero,carry,a5
	j	.L311
.L238:
	li	a5,0
	j	.L237
.L437:
	mv	a0,s3
	call	free
.L248:
	mv	a0,s4
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L246
.L448:
	mv	a0,s2
	call	free
.L282:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L281
.L444:
	mv	a0,s10
	call	free
.L269:
	mv	a0,s3
	call	close
	li	a5,12
	sw	a5,errno,a4
	j	.L267
.L452:
	ld	a5,8(sp)
	ld	a0,24(sp)
	slliw	a5,a5,1
	slli	a1,a5,3
	sd	a5,40(sp)
	call	realloc
	sd	a0,24(sp)
	j	.L302
.L443:
	ld	a1,8(sp)
	ld	a0,24(sp)
	lla	a3,compare
	li	a2,8
	call	qsort
	j	.L310
.L274:
	mv	a0,s3
	call	close
	sb	zero,0(s4)
	j	.L277
.L453:
	addi	a0,s3,1
	li	a2,10
	li	a1,0
	add	a0,s7,a0
	call	strtol
	mv	a5,a0
	bge	a0,zero,.L293
	j	.L380
.L455:
	addi	a0,s3,1
	li	a2,10
	li	a1,0
	add	a0,s7,a0
	call	strtol
	mv	a5,a0
	bge	a0,zero,.L298
	j	.L381
.L218:
	lla	a0,.LC38
	call	add_columns
	j	.L219
.L434:
	lbu	s3,1(s2)
	lbu	a0,2(s2)
	li	a5,10
	addiw	s3,s3,-48
	mulw	s3,s3,a5
	call	isdigit
	beq	a0,zero,.L234
	lbu	a5,2(s2)
	addiw	a5,a5,-48
	add	s3,s3,a5
	j	.L234
.L435:
	lla	a1,.LC46
	ld	a0,stderr
	call	fprintf
	li	a0,1
	j	.L240
.L256:
	mv	a0,s3
	call	free
	j	.L246
.L442:
	lla	a0,.LC36
	call	add_columns
	j	.L222
.L441:
	lbu	a4,1(s1)
	bne	a4,a5,.L206
.L215:
	lla	a0,.LC33
	call	usage_error
.L432:
	addi	s2,s2,1
	li	a2,10
	li	a1,0
	add	a0,s1,s2
	call	strtol
	mv	a5,a0
	j	.L228
.L206:
	addi	s1,s1,1
	li	a2,101
	li	a3,102
	li	a4,65
.L207:
	lbu	a5,0(s1)
	beq	a5,zero,.L202
	beq	a5,a2,.L208
	beq	a5,a3,.L323
	beq	a5,a4,.L208
	addiw	a4,a5,-111
	andi	a4,a4,0xff
	li	a3,1
	bgtu	a4,a3,.L209
	lbu	a4,1(s1)
	addi	a0,s1,1
	bne	a4,zero,.L211
	addiw	s11,s11,1
	ble	s2,s11,.L212
	ld	a0,8(s0)
	bne	a0,zero,.L211
.L212:
	li	a4,111
	lla	a0,.LC27
	bne	a5,a4,.L427
	lla	a0,.LC26
.L427:
	call	usage_error
.L211:
	li	a4,111
	beq	a5,a4,.L457
	sd	a0,16(sp)
	j	.L202
.L323:
	li	s8,1
.L208:
	addi	s1,s1,1
	j	.L207
.L199:
	lla	s0,ncolumns
	lw	s9,0(s0)
	sd	zero,16(sp)
	beq	s9,zero,.L218
	li	s9,0
	j	.L219
.L428:
	lla	a0,.LC25
	call	usage_error
.L457:
	call	add_columns
	j	.L202
.L209:
	lla	a0,.LC34
	j	.L427
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC53:
	.string	"PID"
	.align	3
.LC54:
	.string	"ppid"
	.align	3
.LC55:
	.string	"PPID"
	.align	3
.LC56:
	.string	"pgid"
	.align	3
.LC57:
	.string	"PGID"
	.align	3
.LC58:
	.string	"pgrp"
	.align	3
.LC59:
	.string	"PGRP"
	.align	3
.LC60:
	.string	"sid"
	.align	3
.LC61:
	.string	"SID"
	.align	3
.LC62:
	.string	"sess"
	.align	3
.LC63:
	.string	"SESS"
	.align	3
.LC64:
	.string	"tty"
	.align	3
.LC65:
	.string	"TT"
	.align	3
.LC66:
	.string	"tt"
	.align	3
.LC67:
	.string	"tname"
	.align	3
.LC68:
	.string	"TTY"
	.align	3
.LC69:
	.string	"time"
	.align	3
.LC70:
	.string	"TIME"
	.align	3
.LC71:
	.string	"cputime"
	.align	3
.LC72:
	.string	"bsdtime"
	.align	3
.LC73:
	.string	"etime"
	.align	3
.LC74:
	.string	"ELAPSED"
	.align	3
.LC75:
	.string	"cmd"
	.align	3
.LC76:
	.string	"CMD"
	.align	3
.LC77:
	.string	"args"
	.align	3
.LC78:
	.string	"COMMAND"
	.align	3
.LC79:
	.string	"command"
	.align	3
.LC80:
	.string	"comm"
	.align	3
.LC81:
	.string	"ucmd"
	.align	3
.LC82:
	.string	"ucomm"
	.align	3
.LC83:
	.string	"vsz"
	.align	3
.LC84:
	.string	"VSZ"
	.align	3
.LC85:
	.string	"vsize"
	.align	3
.LC86:
	.string	"rss"
	.align	3
.LC87:
	.string	"RSS"
	.align	3
.LC88:
	.string	"rssize"
	.align	3
.LC89:
	.string	"rsz"
	.align	3
.LC90:
	.string	"RSZ"
	.align	3
.LC91:
	.string	"sz"
	.align	3
.LC92:
	.string	"SZ"
	.align	3
.LC93:
	.string	"min_flt"
	.align	3
.LC94:
	.string	"MINFL"
	.align	3
.LC95:
	.string	"minflt"
	.align	3
.LC96:
	.string	"maj_flt"
	.align	3
.LC97:
	.string	"MAJFL"
	.align	3
.LC98:
	.string	"majflt"
	.align	3
.LC99:
	.string	"stat"
	.align	3
.LC100:
	.string	"STAT"
	.align	3
.LC101:
	.string	"s"
	.align	3
.LC102:
	.string	"S"
	.align	3
.LC103:
	.string	"state"
	.align	3
.LC104:
	.string	"user"
	.align	3
.LC105:
	.string	"USER"
	.align	3
.LC106:
	.string	"euser"
	.align	3
.LC107:
	.string	"EUSER"
	.align	3
.LC108:
	.string	"uname"
	.align	3
.LC109:
	.string	"uid"
	.align	3
.LC110:
	.string	"UID"
	.align	3
.LC111:
	.string	"euid"
	.align	3
.LC112:
	.string	"EUID"
	.align	3
.LC113:
	.string	"c"
	.align	3
.LC114:
	.string	"C"
	.align	3
.LC115:
	.string	"stime"
	.align	3
.LC116:
	.string	"STIME"
	.align	3
.LC117:
	.string	"start_time"
	.align	3
.LC118:
	.string	"pcpu"
	.align	3
.LC119:
	.string	"%CPU"
	.align	3
.LC120:
	.string	"%cpu"
	.align	3
.LC121:
	.string	"pmem"
	.align	3
.LC122:
	.string	"%MEM"
	.align	3
.LC123:
	.string	"%mem"
	.align	3
.LC124:
	.string	"nlwp"
	.align	3
.LC125:
	.string	"NLWP"
	.align	3
.LC126:
	.string	"ni"
	.align	3
.LC127:
	.string	"NI"
	.align	3
.LC128:
	.string	"nice"
	.align	3
.LC129:
	.string	"uid_hack"
	.align	3
.LC130:
	.string	"Jan"
	.align	3
.LC131:
	.string	"Feb"
	.align	3
.LC132:
	.string	"Mar"
	.align	3
.LC133:
	.string	"Apr"
	.align	3
.LC134:
	.string	"May"
	.align	3
.LC135:
	.string	"Jun"
	.align	3
.LC136:
	.string	"Jul"
	.align	3
.LC137:
	.string	"Aug"
	.align	3
.LC138:
	.string	"Sep"
	.align	3
.LC139:
	.string	"Oct"
	.align	3
.LC140:
	.string	"Nov"
	.align	3
.LC141:
	.string	"Dec"
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
	.type	months, @object
	.size	months, 96
months:
	.dword	.LC130
	.dword	.LC131
	.dword	.LC132
	.dword	.LC133
	.dword	.LC134
	.dword	.LC135
	.dword	.LC136
	.dword	.LC137
	.dword	.LC138
	.dword	.LC139
	.dword	.LC140
	.dword	.LC141
	.type	keys, @object
	.size	keys, 2352
keys:
	.dword	.LC16
	.dword	.LC53
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_pid
	.dword	n_pid
	.dword	.LC54
	.dword	.LC55
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_ppid
	.dword	n_ppid
	.dword	.LC56
	.dword	.LC57
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_pgid
	.dword	n_pgid
	.dword	.LC58
	.dword	.LC59
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_pgid
	.dword	n_pgid
	.dword	.LC60
	.dword	.LC61
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_sid
	.dword	n_sid
	.dword	.LC62
	.dword	.LC63
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_sid
	.dword	n_sid
	.dword	.LC64
	.dword	.LC65
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_tty
	.dword	0
	.dword	.LC66
	.dword	.LC65
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_tty
	.dword	0
	.dword	.LC67
	.dword	.LC68
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_tty
	.dword	0
	.dword	.LC69
	.dword	.LC70
	.word	8
	.word	1
	.word	0
	.zero	4
	.dword	f_time
	.dword	n_time
	.dword	.LC71
	.dword	.LC70
	.word	8
	.word	1
	.word	0
	.zero	4
	.dword	f_time
	.dword	n_time
	.dword	.LC72
	.dword	.LC70
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_bsdtime
	.dword	n_time
	.dword	.LC73
	.dword	.LC74
	.word	11
	.word	1
	.word	0
	.zero	4
	.dword	f_etime
	.dword	n_start
	.dword	.LC75
	.dword	.LC76
	.word	0
	.word	0
	.word	1
	.zero	4
	.dword	f_args
	.dword	0
	.dword	.LC77
	.dword	.LC78
	.word	0
	.word	0
	.word	1
	.zero	4
	.dword	f_args
	.dword	0
	.dword	.LC79
	.dword	.LC78
	.word	0
	.word	0
	.word	1
	.zero	4
	.dword	f_args
	.dword	0
	.dword	.LC80
	.dword	.LC78
	.word	15
	.word	0
	.word	1
	.zero	4
	.dword	f_comm
	.dword	0
	.dword	.LC81
	.dword	.LC76
	.word	15
	.word	0
	.word	1
	.zero	4
	.dword	f_comm
	.dword	0
	.dword	.LC82
	.dword	.LC78
	.word	15
	.word	0
	.word	1
	.zero	4
	.dword	f_comm
	.dword	0
	.dword	.LC83
	.dword	.LC84
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_vsz
	.dword	n_vsz
	.dword	.LC85
	.dword	.LC84
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_vsz
	.dword	n_vsz
	.dword	.LC86
	.dword	.LC87
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_rss
	.dword	n_rss
	.dword	.LC88
	.dword	.LC87
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_rss
	.dword	n_rss
	.dword	.LC89
	.dword	.LC90
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_rss
	.dword	n_rss
	.dword	.LC91
	.dword	.LC92
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_sz
	.dword	n_sz
	.dword	.LC93
	.dword	.LC94
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_minflt
	.dword	n_minflt
	.dword	.LC95
	.dword	.LC94
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_minflt
	.dword	n_minflt
	.dword	.LC96
	.dword	.LC97
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_majflt
	.dword	n_majflt
	.dword	.LC98
	.dword	.LC97
	.word	6
	.word	1
	.word	0
	.zero	4
	.dword	f_majflt
	.dword	n_majflt
	.dword	.LC99
	.dword	.LC100
	.word	4
	.word	0
	.word	1
	.zero	4
	.dword	f_stat
	.dword	0
	.dword	.LC101
	.dword	.LC102
	.word	1
	.word	0
	.word	1
	.zero	4
	.dword	f_state
	.dword	0
	.dword	.LC103
	.dword	.LC102
	.word	1
	.word	0
	.word	1
	.zero	4
	.dword	f_state
	.dword	0
	.dword	.LC104
	.dword	.LC105
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_user
	.dword	0
	.dword	.LC106
	.dword	.LC107
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_user
	.dword	0
	.dword	.LC108
	.dword	.LC105
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_user
	.dword	0
	.dword	.LC109
	.dword	.LC110
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_uid
	.dword	n_uid
	.dword	.LC111
	.dword	.LC112
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_uid
	.dword	n_uid
	.dword	.LC113
	.dword	.LC114
	.word	2
	.word	1
	.word	0
	.zero	4
	.dword	f_c
	.dword	n_c
	.dword	.LC115
	.dword	.LC116
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_stime
	.dword	n_start
	.dword	.LC117
	.dword	.LC39
	.word	5
	.word	1
	.word	0
	.zero	4
	.dword	f_stime
	.dword	n_start
	.dword	.LC118
	.dword	.LC119
	.word	4
	.word	1
	.word	0
	.zero	4
	.dword	f_pcpu
	.dword	n_pcpu
	.dword	.LC120
	.dword	.LC119
	.word	4
	.word	1
	.word	0
	.zero	4
	.dword	f_pcpu
	.dword	n_pcpu
	.dword	.LC121
	.dword	.LC122
	.word	4
	.word	1
	.word	0
	.zero	4
	.dword	f_pmem
	.dword	n_pmem
	.dword	.LC123
	.dword	.LC122
	.word	4
	.word	1
	.word	0
	.zero	4
	.dword	f_pmem
	.dword	n_pmem
	.dword	.LC124
	.dword	.LC125
	.word	4
	.word	1
	.word	0
	.zero	4
	.dword	f_nlwp
	.dword	n_nlwp
	.dword	.LC126
	.dword	.LC127
	.word	3
	.word	1
	.word	0
	.zero	4
	.dword	f_ni
	.dword	n_ni
	.dword	.LC128
	.dword	.LC127
	.word	3
	.word	1
	.word	0
	.zero	4
	.dword	f_ni
	.dword	n_ni
	.dword	.LC129
	.dword	.LC110
	.word	8
	.word	0
	.word	1
	.zero	4
	.dword	f_user
	.dword	0
	.dword	0
	.dword	0
	.word	0
	.word	0
	.word	0
	.zero	4
	.dword	0
	.dword	0
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	sort_keys, @object
	.size	sort_keys, 256
sort_keys:
	.zero	256
	.type	columns, @object
	.size	columns, 1536
columns:
	.zero	1536
	.type	line, @object
	.size	line, 4096
line:
	.zero	4096
	.section	.sbss,"aw",@nobits
	.align	3
	.type	carry, @object
	.size	carry, 4
carry:
	.zero	4
	.zero	4
	.type	line_len, @object
	.size	line_len, 8
line_len:
	.zero	8
	.type	nsort, @object
	.size	nsort, 4
nsort:
	.zero	4
	.type	ncolumns, @object
	.size	ncolumns, 4
ncolumns:
	.zero	4
	.type	wall_now, @object
	.size	wall_now, 8
wall_now:
	.zero	8
	.type	boot_time, @object
	.size	boot_time, 8
boot_time:
	.zero	8
	.type	now_centis, @object
	.size	now_centis, 8
now_centis:
	.zero	8
	.type	mem_total_kb, @object
	.size	mem_total_kb, 8
mem_total_kb:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
