# programs/tests/libc_test.s -- generated from libc_test.c: do not edit; edit the C source and run
# `pagelab cc --regenerate`.
# command (in programs/tests): riscv64-linux-gnu-gcc -S -O2 -fno-pic -mcmodel=medany -march=rv64imac -mabi=lp64 -ffreestanding -fno-builtin -nostdlib -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables -mno-relax -Wall -Wextra -Wno-unused-parameter -I../libc -o libc_test.s libc_test.c
# compiler: riscv64-linux-gnu-gcc (Debian 12.2.0-13) 12.2.0
# link: libc
	.file	"libc_test.c"
	.option nopic
	.option norelax
	.attribute arch, "rv64i2p1_m2p0_a2p1_c2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.type	by_key, @function
by_key:
	lw	a0,0(a0)
	lw	a5,0(a1)
	subw	a0,a0,a5
	ret
	.size	by_key, .-by_key
	.align	1
	.type	on_usr1, @function
on_usr1:
	sw	a0,got_signal,a5
	ret
	.size	on_usr1, .-on_usr1
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align	3
.LC13:
	.string	"ok %d %s\n"
	.align	3
.LC14:
	.string	"FAIL %d %s (libc_test.c:%d)\n"
	.text
	.align	1
	.type	check, @function
check:
	lla	a4,total
	lw	a5,0(a4)
	mv	a3,a2
	addiw	a5,a5,1
	sw	a5,0(a4)
	mv	a4,a1
	sext.w	a1,a5
	beq	a0,zero,.L5
	mv	a2,a4
	lla	a0,.LC13
	tail	printf
.L5:
	lla	a6,failed
	lw	a5,0(a6)
	mv	a2,a4
	lla	a0,.LC14
	addiw	a5,a5,1
	sw	a5,0(a6)
	tail	printf
	.size	check, .-check
	.section	.rodata.str1.8
	.align	3
.LC15:
	.string	"  got \"%s\" (%d), want \"%s\"\n"
	.text
	.align	1
	.type	formats, @function
formats:
	addi	sp,sp,-96
	addi	t1,sp,48
	sd	s0,32(sp)
	sd	a2,48(sp)
	mv	s0,a0
	sd	a3,56(sp)
	mv	a2,a1
	mv	a3,t1
	li	a1,256
	lla	a0,.LANCHOR0
	sd	s1,24(sp)
	sd	ra,40(sp)
	sd	a4,64(sp)
	sd	a5,72(sp)
	sd	a6,80(sp)
	sd	a7,88(sp)
	sd	t1,8(sp)
	call	vsnprintf
	mv	s1,a0
	mv	a1,s0
	lla	a0,.LANCHOR0
	call	strcmp
	bne	a0,zero,.L9
	mv	a0,s0
	call	strlen
	sext.w	a0,a0
	beq	a0,s1,.L11
.L9:
	mv	a3,s0
	mv	a2,s1
	lla	a1,.LANCHOR0
	lla	a0,.LC15
	call	printf
	li	a0,0
.L8:
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,96
	jr	ra
.L11:
	li	a0,1
	j	.L8
	.size	formats, .-formats
	.section	.rodata.str1.8
	.align	3
.LC16:
	.string	"sorted"
	.align	3
.LC17:
	.string	"stable"
	.align	3
.LC18:
	.string	"hit && hit->key == 5"
	.text
	.align	1
	.type	test_qsort, @function
test_qsort:
	addi	sp,sp,-832
	li	a0,-1
	sd	ra,824(sp)
	sd	s0,816(sp)
	addi	a2,sp,16
	li	a3,0
	li	a4,0
	li	a7,10
	srli	a0,a0,32
	li	a6,100
.L13:
	remw	a5,a3,a7
	slli	a1,a4,32
	addi	a2,a2,8
	addiw	a4,a4,1
	addiw	a3,a3,37
	and	a5,a0,a5
	or	a5,a5,a1
	sd	a5,-8(a2)
	bne	a4,a6,.L13
	li	a2,8
	addi	a0,sp,16
	lla	a3,by_key
	li	a1,100
	call	qsort
	lw	a4,16(sp)
	addi	a5,sp,20
	addi	a2,sp,812
	li	s0,1
	li	a0,1
	j	.L15
.L24:
	bne	a3,a4,.L14
	lw	a1,0(a5)
	lw	a3,8(a5)
	ble	a1,a3,.L14
	li	s0,0
.L14:
	addi	a5,a5,8
	beq	a5,a2,.L23
.L15:
	mv	a3,a4
	lw	a4,4(a5)
	ble	a3,a4,.L24
	addi	a5,a5,8
	li	a0,0
	bne	a5,a2,.L15
.L23:
	li	a2,161
	lla	a1,.LC16
	call	check
	li	a2,162
	lla	a1,.LC17
	mv	a0,s0
	call	check
	li	a5,5
	lla	a4,by_key
	li	a3,8
	li	a2,100
	addi	a1,sp,16
	addi	a0,sp,8
	sd	a5,8(sp)
	call	bsearch
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L16
	lw	a0,0(a5)
	addi	a0,a0,-5
	seqz	a0,a0
.L16:
	li	a2,165
	lla	a1,.LC18
	call	check
	ld	ra,824(sp)
	ld	s0,816(sp)
	addi	sp,sp,832
	jr	ra
	.size	test_qsort, .-test_qsort
	.section	.rodata.str1.8
	.align	3
.LC19:
	.string	"ok"
	.align	3
.LC20:
	.string	"again != NULL && sbrk(0) == top"
	.align	3
.LC21:
	.string	"big != NULL"
	.align	3
.LC22:
	.string	"allzero"
	.align	3
.LC23:
	.string	"keep"
	.align	3
.LC24:
	.string	"grown && strcmp(grown, \"keep\") == 0"
	.text
	.align	1
	.type	test_malloc, @function
test_malloc:
	addi	sp,sp,-560
	sd	s0,544(sp)
	sd	s1,536(sp)
	sd	s2,528(sp)
	sd	s3,520(sp)
	sd	s4,512(sp)
	sd	ra,552(sp)
	mv	s2,sp
	li	s1,1
	li	s0,0
	li	s3,1
	li	s4,64
.L27:
	mv	a0,s1
	call	malloc
	sd	a0,0(s2)
	andi	a4,a0,15
	beq	a0,zero,.L40
	beq	a4,zero,.L60
.L40:
	li	s3,0
.L26:
	addiw	s0,s0,1
	addi	s1,s1,24
	addi	s2,s2,8
	bne	s0,s4,.L27
	mv	a7,sp
	li	a6,0
	li	a1,0
	li	t1,64
	li	a0,0
	beq	s3,zero,.L29
.L28:
	ld	a5,0(a7)
	addi	a3,a6,1
	mv	a0,s3
	add	a3,a3,a5
	andi	a2,a1,0xff
.L31:
	lbu	a4,0(a5)
	addi	a5,a5,1
	beq	a4,a2,.L30
	li	a0,0
.L30:
	bne	a5,a3,.L31
	addiw	a1,a1,1
	beq	a1,t1,.L29
	addi	a7,a7,8
	addi	a6,a6,24
	bne	a0,zero,.L28
.L29:
	li	a2,183
	lla	a1,.LC19
	call	check
	addi	s1,sp,512
	mv	s0,sp
.L32:
	ld	a0,0(s0)
	addi	s0,s0,16
	call	free
	bne	s0,s1,.L32
	li	a0,24
	call	malloc
	mv	s2,a0
	li	a0,0
	call	sbrk
	mv	s1,a0
	li	s0,32
.L33:
	li	a0,40
	addiw	s0,s0,-1
	call	malloc
	call	free
	bne	s0,zero,.L33
	li	a0,0
	beq	s2,zero,.L34
	call	sbrk
	sub	a0,a0,s1
	seqz	a0,a0
.L34:
	li	a2,190
	lla	a1,.LC20
	call	check
	li	a0,1048576
	call	malloc
	mv	s0,a0
	li	a2,192
	lla	a1,.LC21
	snez	a0,a0
	call	check
	li	a5,1
	sb	a5,0(s0)
	li	a5,1048576
	add	a5,s0,a5
	li	a4,2
	mv	a0,s0
	sb	a4,-1(a5)
	call	free
	li	a1,4
	li	a0,100
	call	calloc
	mv	s0,a0
	beq	a0,zero,.L45
	mv	a5,a0
	addi	a3,a0,400
	j	.L36
.L62:
	beq	a5,a3,.L61
.L36:
	lw	a4,0(a5)
	addi	a5,a5,4
	beq	a4,zero,.L62
.L45:
	li	a0,0
.L35:
	li	a2,200
	lla	a1,.LC22
	call	check
	li	a0,8
	call	malloc
	lla	a1,.LC23
	mv	s1,a0
	call	strcpy
	li	a1,4096
	mv	a0,s1
	addi	a1,a1,904
	call	realloc
	mv	s1,a0
	li	a5,0
	beq	a0,zero,.L37
	lla	a1,.LC23
	call	strcmp
	seqz	a5,a0
.L37:
	mv	a0,a5
	li	a2,204
	lla	a1,.LC24
	call	check
	mv	a0,s1
	call	free
	mv	a0,s0
	call	free
	addi	s0,sp,8
	addi	s1,sp,520
.L38:
	ld	a0,0(s0)
	addi	s0,s0,16
	call	free
	bne	s1,s0,.L38
	ld	s0,544(sp)
	ld	ra,552(sp)
	ld	s1,536(sp)
	ld	s3,520(sp)
	ld	s4,512(sp)
	mv	a0,s2
	ld	s2,528(sp)
	addi	sp,sp,560
	tail	free
.L60:
	mv	a2,s1
	mv	a1,s0
	call	memset
	j	.L26
.L61:
	li	a0,1
	j	.L35
	.size	test_malloc, .-test_malloc
	.section	.rodata.str1.8
	.align	3
.LC25:
	.string	"%d"
	.align	3
.LC26:
	.string	"42"
	.align	3
.LC27:
	.string	"formats(\"42\", \"%d\", 42)"
	.align	3
.LC28:
	.string	"%i"
	.align	3
.LC29:
	.string	"-42"
	.align	3
.LC30:
	.string	"formats(\"-42\", \"%i\", -42)"
	.align	3
.LC31:
	.string	"[%5d]"
	.align	3
.LC32:
	.string	"[   42]"
	.align	3
.LC33:
	.string	"formats(\"[   42]\", \"[%5d]\", 42)"
	.align	3
.LC34:
	.string	"[%-5d]"
	.align	3
.LC35:
	.string	"[42   ]"
	.align	3
.LC36:
	.string	"formats(\"[42   ]\", \"[%-5d]\", 42)"
	.align	3
.LC37:
	.string	"[%05d]"
	.align	3
.LC38:
	.string	"[00042]"
	.align	3
.LC39:
	.string	"formats(\"[00042]\", \"[%05d]\", 42)"
	.align	3
.LC40:
	.string	"[-0042]"
	.align	3
.LC41:
	.string	"formats(\"[-0042]\", \"[%05d]\", -42)"
	.align	3
.LC42:
	.string	"[%+d]"
	.align	3
.LC43:
	.string	"[+42]"
	.align	3
.LC44:
	.string	"formats(\"[+42]\", \"[%+d]\", 42)"
	.align	3
.LC45:
	.string	"[% d]"
	.align	3
.LC46:
	.string	"[ 42]"
	.align	3
.LC47:
	.string	"formats(\"[ 42]\", \"[% d]\", 42)"
	.align	3
.LC48:
	.string	"[%5.3d]"
	.align	3
.LC49:
	.string	"[  007]"
	.align	3
.LC50:
	.string	"formats(\"[  007]\", \"[%5.3d]\", 7)"
	.align	3
.LC51:
	.string	"[%.0d]"
	.align	3
.LC52:
	.string	"[]"
	.align	3
.LC53:
	.string	"formats(\"[]\", \"[%.0d]\", 0)"
	.align	3
.LC54:
	.string	"%ld"
	.align	3
.LC55:
	.string	"9223372036854775807"
	.align	3
.LC56:
	.string	"formats(\"9223372036854775807\", \"%ld\", LONG_MAX)"
	.align	3
.LC57:
	.string	"-9223372036854775808"
	.align	3
.LC58:
	.string	"formats(\"-9223372036854775808\", \"%ld\", LONG_MIN)"
	.align	3
.LC59:
	.string	"%lu"
	.align	3
.LC60:
	.string	"18446744073709551615"
	.align	3
.LC61:
	.string	"formats(\"18446744073709551615\", \"%lu\", ULONG_MAX)"
	.align	3
.LC62:
	.string	"%u"
	.align	3
.LC63:
	.string	"4294967295"
	.align	3
.LC64:
	.string	"formats(\"4294967295\", \"%u\", UINT_MAX)"
	.align	3
.LC65:
	.string	"%lx"
	.align	3
.LC66:
	.string	"ffffffffffffffff"
	.align	3
.LC67:
	.string	"formats(\"ffffffffffffffff\", \"%lx\", ULONG_MAX)"
	.align	3
.LC68:
	.string	"%X"
	.align	3
.LC69:
	.string	"DEADBEEF"
	.align	3
.LC70:
	.string	"formats(\"DEADBEEF\", \"%X\", 0xdeadbeefU)"
	.align	3
.LC71:
	.string	"%#x"
	.align	3
.LC72:
	.string	"0x1f"
	.align	3
.LC73:
	.string	"formats(\"0x1f\", \"%#x\", 31)"
	.align	3
.LC74:
	.string	"0"
	.align	3
.LC75:
	.string	"formats(\"0\", \"%#x\", 0)"
	.align	3
.LC76:
	.string	"%#o"
	.align	3
.LC77:
	.string	"017"
	.align	3
.LC78:
	.string	"formats(\"017\", \"%#o\", 15)"
	.align	3
.LC79:
	.string	"%o"
	.align	3
.LC80:
	.string	"17"
	.align	3
.LC81:
	.string	"formats(\"17\", \"%o\", 15)"
	.align	3
.LC82:
	.string	"%#08x"
	.align	3
.LC83:
	.string	"0x0000ff"
	.align	3
.LC84:
	.string	"formats(\"0x0000ff\", \"%#08x\", 255)"
	.align	3
.LC85:
	.string	"%hhd"
	.align	3
.LC86:
	.string	"-1"
	.align	3
.LC87:
	.string	"formats(\"-1\", \"%hhd\", 255)"
	.align	3
.LC88:
	.string	"%hu"
	.align	3
.LC89:
	.string	"65535"
	.align	3
.LC90:
	.string	"formats(\"65535\", \"%hu\", -1)"
	.align	3
.LC91:
	.string	"%zu"
	.align	3
.LC92:
	.string	"123"
	.align	3
.LC93:
	.string	"formats(\"123\", \"%zu\", (size_t)123)"
	.align	3
.LC94:
	.string	"%c"
	.align	3
.LC95:
	.string	"x"
	.align	3
.LC96:
	.string	"formats(\"x\", \"%c\", 'x')"
	.align	3
.LC97:
	.string	"[%3c]"
	.align	3
.LC98:
	.string	"[  x]"
	.align	3
.LC99:
	.string	"formats(\"[  x]\", \"[%3c]\", 'x')"
	.align	3
.LC100:
	.string	"hello"
	.align	3
.LC101:
	.string	"%s"
	.align	3
.LC102:
	.string	"formats(\"hello\", \"%s\", \"hello\")"
	.align	3
.LC103:
	.string	"hi"
	.align	3
.LC104:
	.string	"[%5s]"
	.align	3
.LC105:
	.string	"[   hi]"
	.align	3
.LC106:
	.string	"formats(\"[   hi]\", \"[%5s]\", \"hi\")"
	.align	3
.LC107:
	.string	"[%-5s]"
	.align	3
.LC108:
	.string	"[hi   ]"
	.align	3
.LC109:
	.string	"formats(\"[hi   ]\", \"[%-5s]\", \"hi\")"
	.align	3
.LC110:
	.string	"[%.3s]"
	.align	3
.LC111:
	.string	"[hel]"
	.align	3
.LC112:
	.string	"formats(\"[hel]\", \"[%.3s]\", \"hello\")"
	.align	3
.LC113:
	.string	"[%5.3s]"
	.align	3
.LC114:
	.string	"[  hel]"
	.align	3
.LC115:
	.string	"formats(\"[  hel]\", \"[%5.3s]\", \"hello\")"
	.align	3
.LC116:
	.string	"ab"
	.align	3
.LC117:
	.string	"[%*s]"
	.align	3
.LC118:
	.string	"[   ab]"
	.align	3
.LC119:
	.string	"formats(\"[   ab]\", \"[%*s]\", 5, \"ab\")"
	.align	3
.LC120:
	.string	"[ab   ]"
	.align	3
.LC121:
	.string	"formats(\"[ab   ]\", \"[%*s]\", -5, \"ab\")"
	.align	3
.LC122:
	.string	"[%.*s]"
	.align	3
.LC123:
	.string	"formats(\"[hel]\", \"[%.*s]\", 3, \"hello\")"
	.align	3
.LC124:
	.string	"(null)"
	.align	3
.LC125:
	.string	"formats(\"(null)\", \"%s\", (char *)NULL)"
	.align	3
.LC126:
	.string	"%d%%"
	.align	3
.LC127:
	.string	"100%"
	.align	3
.LC128:
	.string	"formats(\"100%\", \"%d%%\", 100)"
	.align	3
.LC129:
	.string	"%p"
	.align	3
.LC130:
	.string	"0x1000"
	.align	3
.LC131:
	.string	"formats(\"0x1000\", \"%p\", (void *)0x1000)"
	.align	3
.LC132:
	.string	"(nil)"
	.align	3
.LC133:
	.string	"formats(\"(nil)\", \"%p\", (void *)0)"
	.align	3
.LC134:
	.string	"a%db%dc"
	.align	3
.LC135:
	.string	"a1b2c"
	.align	3
.LC136:
	.string	"formats(\"a1b2c\", \"a%db%dc\", 1, 2)"
	.align	3
.LC137:
	.string	"abcdef"
	.align	3
.LC138:
	.string	"abc"
	.align	3
.LC139:
	.string	"snprintf(small, sizeof small, \"%s\", \"abcdef\") == 6 && strcmp(small, \"abc\") == 0"
	.align	3
.LC140:
	.string	"snprintf(NULL, 0, \"%d\", 12345) == 5"
	.align	3
.LC141:
	.string	"%s-%d"
	.align	3
.LC142:
	.string	"x-7"
	.align	3
.LC143:
	.string	"sprintf(buf, \"%s-%d\", \"x\", 7) == 3 && strcmp(buf, \"x-7\") == 0"
	.align	3
.LC144:
	.string	""
	.align	3
.LC145:
	.string	"strlen(\"\") == 0 && strlen(\"abc\") == 3"
	.align	3
.LC146:
	.string	"abd"
	.align	3
.LC147:
	.string	"a"
	.align	3
.LC148:
	.string	"b"
	.align	3
.LC149:
	.string	"strcmp(\"abc\", \"abd\") < 0 && strcmp(\"b\", \"a\") > 0 && strcmp(\"x\", \"x\") == 0"
	.align	3
.LC150:
	.string	"abcxyz"
	.align	3
.LC151:
	.string	"strncmp(\"abcdef\", \"abcxyz\", 3) == 0 && strncmp(\"abc\", \"abd\", 3) < 0"
	.align	3
.LC152:
	.string	"HeLLo"
	.align	3
.LC153:
	.string	"strcasecmp(\"HeLLo\", \"hello\") == 0"
	.align	3
.LC154:
	.string	"strchr(\"hello\", 'l') - \"hello\" == 2 || 1"
	.align	3
.LC155:
	.string	"strchr(s, 'l') == s + 2 && strrchr(s, 'l') == s + 3 && strchr(s, 'z') == NULL"
	.align	3
.LC156:
	.string	"strchr(s, 0) == s + 5"
	.align	3
.LC157:
	.string	"sat"
	.align	3
.LC158:
	.string	"the cat sat"
	.align	3
.LC159:
	.string	"strstr(\"the cat sat\", \"sat\") != NULL && strstr(\"abc\", \"abd\") == NULL"
	.align	3
.LC160:
	.string	"aaab"
	.align	3
.LC161:
	.string	","
	.align	3
.LC162:
	.string	"abc,d"
	.align	3
.LC163:
	.string	"strspn(\"aaab\", \"a\") == 3 && strcspn(\"abc,d\", \",\") == 3"
	.align	3
.LC164:
	.string	"def"
	.align	3
.LC165:
	.string	"strcmp(buf, \"abcdef\") == 0"
	.align	3
.LC166:
	.string	"xy"
	.align	3
.LC167:
	.string	"buf[0] == 'x' && buf[1] == 'y' && buf[2] == 0 && buf[4] == 0"
	.align	3
.LC168:
	.string	"c"
	.align	3
.LC169:
	.string	"strcmp(strsep(&rest, \",\"), \"a\") == 0 && strcmp(strsep(&rest, \",\"), \"b\") == 0 && strcmp(strsep(&rest, \",\"), \"\") == 0 && strcmp(strsep(&rest, \",\"), \"c\") == 0 && rest == NULL"
	.align	3
.LC171:
	.string	" "
	.align	3
.LC172:
	.string	"one"
	.align	3
.LC173:
	.string	"two"
	.align	3
.LC174:
	.string	"three"
	.align	3
.LC175:
	.string	"strcmp(w1, \"one\") == 0 && strcmp(w2, \"two\") == 0 && strcmp(w3, \"three\") == 0 && !w4"
	.align	3
.LC176:
	.string	"dup"
	.align	3
.LC177:
	.string	"d && strcmp(d, \"dup\") == 0"
	.align	3
.LC179:
	.string	"0101234789"
	.align	3
.LC180:
	.string	"memcmp(area, \"0101234789\", 10) == 0"
	.align	3
.LC181:
	.string	"0123434789"
	.align	3
.LC182:
	.string	"memcmp(area, \"0123434789\", 10) == 0"
	.align	3
.LC183:
	.string	"zzz"
	.align	3
.LC184:
	.string	"memcmp(area, \"zzz\", 3) == 0 && memchr(area, '4', 10) == area + 4"
	.align	3
.LC185:
	.string	"isdigit('7') && !isdigit('a') && isspace('\\t') && isalpha('Q') && toupper('a') == 'A'"
	.align	3
.LC186:
	.string	"  -123xyz"
	.align	3
.LC187:
	.string	"strtol(\"  -123xyz\", &end, 10) == -123 && *end == 'x'"
	.align	3
.LC188:
	.string	"0x1F"
	.align	3
.LC189:
	.string	"strtol(\"0x1F\", NULL, 0) == 31 && strtol(\"017\", NULL, 0) == 15"
	.align	3
.LC190:
	.string	"ff"
	.align	3
.LC191:
	.string	"777"
	.align	3
.LC192:
	.string	"strtol(\"ff\", NULL, 16) == 255 && strtoul(\"777\", NULL, 8) == 511"
	.align	3
.LC193:
	.string	"strtol(\"abc\", &end, 10) == 0 && *end == 'a'"
	.align	3
.LC194:
	.string	"99999999999999999999"
	.align	3
.LC195:
	.string	"strtol(\"99999999999999999999\", NULL, 10) == LONG_MAX && errno == ERANGE"
	.align	3
.LC196:
	.string	"strtoul(\"18446744073709551615\", NULL, 10) == ULONG_MAX && errno == 0"
	.align	3
.LC197:
	.string	"-7"
	.align	3
.LC198:
	.string	"atoi(\"42\") == 42 && atol(\"-7\") == -7 && abs(-3) == 3"
	.align	3
.LC199:
	.string	"/no/such/file"
	.align	3
.LC200:
	.string	"open(\"/no/such/file\", O_RDONLY) == -1 && errno == ENOENT"
	.align	3
.LC201:
	.string	"No such file or directory"
	.align	3
.LC202:
	.string	"strcmp(strerror(ENOENT), \"No such file or directory\") == 0"
	.align	3
.LC203:
	.string	"w"
	.align	3
.LC204:
	.string	"/tmp/libc_test.txt"
	.align	3
.LC205:
	.string	"f != NULL"
	.align	3
.LC207:
	.string	"long"
	.align	3
.LC208:
	.string	"flag"
	.align	3
.LC209:
	.string	"line %d\nsecond\n"
	.align	3
.LC210:
	.string	"r"
	.align	3
.LC211:
	.string	"f && fgets(line, sizeof line, f) && strcmp(line, \"line 1\\n\") == 0"
	.align	3
.LC212:
	.string	"line 1\n"
	.align	3
.LC213:
	.string	"f && fgets(line, sizeof line, f) && strcmp(line, \"second\\n\") == 0"
	.align	3
.LC214:
	.string	"f && !fgets(line, sizeof line, f) && feof(f)"
	.align	3
.LC215:
	.string	"second\n"
	.align	3
.LC216:
	.string	"stat(\"/tmp/libc_test.txt\", &st) == 0 && st.st_size == 14 && S_ISREG(st.st_mode)"
	.align	3
.LC217:
	.string	"unlink(\"/tmp/libc_test.txt\") == 0 && access(\"/tmp/libc_test.txt\", F_OK) == -1"
	.align	3
.LC218:
	.string	"/proc/self"
	.align	3
.LC219:
	.string	"dir != NULL && saw_maps && saw_status"
	.align	3
.LC220:
	.string	"maps"
	.align	3
.LC221:
	.string	"status"
	.align	3
.LC222:
	.string	"/no/such/dir"
	.align	3
.LC223:
	.string	"opendir(\"/no/such/dir\") == NULL && errno == ENOENT"
	.align	3
.LC224:
	.string	"/proc/self/status"
	.align	3
.LC225:
	.string	"found"
	.align	3
.LC226:
	.string	"VmRSS:"
	.align	3
.LC227:
	.string	"ab:c:"
	.align	3
.LC228:
	.string	"value"
	.align	3
.LC4:
	.string	"arg"
	.align	3
.LC229:
	.string	"a && b && strcmp(b, \"value\") == 0 && c_seen && strcmp(c, \"arg\") == 0"
	.align	3
.LC230:
	.string	"7"
	.align	3
.LC231:
	.string	"longval && strcmp(longval, \"7\") == 0 && flag == 1"
	.align	3
.LC7:
	.string	"rest"
	.align	3
.LC232:
	.string	"optind == 7 && strcmp(argv[optind], \"rest\") == 0"
	.align	3
.LC234:
	.string	"x == 1 && y == 1 && optind == 3"
	.align	3
.LC235:
	.string	"pipe(fds) == 0"
	.align	3
.LC236:
	.string	"child %d"
	.align	3
.LC237:
	.string	"child 5"
	.align	3
.LC238:
	.string	"n == 7 && strcmp(text, \"child 5\") == 0"
	.align	3
.LC239:
	.string	"waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 7"
	.align	3
.LC240:
	.string	"wait(&status) == -1 && errno == ECHILD"
	.align	3
.LC241:
	.string	"waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM"
	.align	3
.LC242:
	.string	"got_signal == SIGUSR1"
	.align	3
.LC243:
	.string	"sigismember(&set, SIGUSR1) == 1 && sigismember(&set, SIGUSR2) == 0"
	.align	3
.LC244:
	.string	"getpid() > 1 && getppid() >= 0"
	.align	3
.LC245:
	.string	"usleep(20000) == 0 && sleep(0) == 0"
	.align	3
.LC246:
	.string	"elapsed >= 20000000L"
	.align	3
.LC247:
	.string	"1"
	.align	3
.LC248:
	.string	"PAGELAB_X"
	.align	3
.LC249:
	.string	"setenv(\"PAGELAB_X\", \"1\", 0) == 0 && strcmp(getenv(\"PAGELAB_X\"), \"1\") == 0"
	.align	3
.LC250:
	.string	"2"
	.align	3
.LC251:
	.string	"setenv(\"PAGELAB_X\", \"2\", 0) == 0 && strcmp(getenv(\"PAGELAB_X\"), \"1\") == 0"
	.align	3
.LC252:
	.string	"3"
	.align	3
.LC253:
	.string	"setenv(\"PAGELAB_X\", \"3\", 1) == 0 && strcmp(getenv(\"PAGELAB_X\"), \"3\") == 0"
	.align	3
.LC254:
	.string	"unsetenv(\"PAGELAB_X\") == 0 && getenv(\"PAGELAB_X\") == NULL"
	.align	3
.LC255:
	.string	"p != MAP_FAILED && munmap(p, 8192) == 0"
	.align	3
.LC256:
	.string	"mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED && errno == EBADF"
	.align	3
.LC257:
	.string	"%d/%d passed\n"
	.align	3
.LC170:
	.string	"  one two  three "
	.section	.text.startup,"ax",@progbits
	.align	1
	.globl	main
	.type	main, @function
main:
	addi	sp,sp,-416
	li	a2,42
	lla	a1,.LC25
	lla	a0,.LC26
	sd	ra,408(sp)
	sd	s0,400(sp)
	sd	s1,392(sp)
	sd	s2,384(sp)
	sd	s3,376(sp)
	sd	s4,368(sp)
	sd	s5,360(sp)
	sd	s6,352(sp)
	sd	s7,344(sp)
	sd	s8,336(sp)
	sd	s9,328(sp)
	sd	s10,320(sp)
	sd	s11,312(sp)
	call	formats
	li	a2,40
	lla	a1,.LC27
	snez	a0,a0
	call	check
	li	a2,-42
	lla	a1,.LC28
	lla	a0,.LC29
	call	formats
	li	a2,41
	lla	a1,.LC30
	snez	a0,a0
	call	check
	li	a2,42
	lla	a1,.LC31
	lla	a0,.LC32
	call	formats
	li	a2,42
	lla	a1,.LC33
	snez	a0,a0
	call	check
	li	a2,42
	lla	a1,.LC34
	lla	a0,.LC35
	call	formats
	li	a2,43
	lla	a1,.LC36
	snez	a0,a0
	call	check
	li	a2,42
	lla	a1,.LC37
	lla	a0,.LC38
	call	formats
	li	a2,44
	lla	a1,.LC39
	snez	a0,a0
	call	check
	li	a2,-42
	lla	a1,.LC37
	lla	a0,.LC40
	call	formats
	li	a2,45
	lla	a1,.LC41
	snez	a0,a0
	call	check
	li	a2,42
	lla	a1,.LC42
	lla	a0,.LC43
	call	formats
	li	a2,46
	lla	a1,.LC44
	snez	a0,a0
	call	check
	li	a2,42
	lla	a1,.LC45
	lla	a0,.LC46
	call	formats
	li	a2,47
	lla	a1,.LC47
	snez	a0,a0
	call	check
	li	a2,7
	lla	a1,.LC48
	lla	a0,.LC49
	call	formats
	li	a2,48
	lla	a1,.LC50
	snez	a0,a0
	call	check
	li	a2,0
	lla	a1,.LC51
	lla	a0,.LC52
	call	formats
	li	a2,49
	lla	a1,.LC53
	snez	a0,a0
	call	check
	li	s0,-1
	srli	a2,s0,1
	lla	a1,.LC54
	lla	a0,.LC55
	call	formats
	li	a2,50
	lla	a1,.LC56
	snez	a0,a0
	call	check
	slli	a2,s0,63
	lla	a1,.LC54
	lla	a0,.LC57
	call	formats
	li	a2,51
	lla	a1,.LC58
	snez	a0,a0
	call	check
	li	a2,-1
	lla	a1,.LC59
	lla	a0,.LC60
	call	formats
	li	a2,52
	lla	a1,.LC61
	snez	a0,a0
	call	check
	li	a2,-1
	lla	a1,.LC62
	lla	a0,.LC63
	call	formats
	li	a2,53
	lla	a1,.LC64
	snez	a0,a0
	call	check
	li	a2,-1
	lla	a1,.LC65
	lla	a0,.LC66
	call	formats
	li	a2,54
	lla	a1,.LC67
	snez	a0,a0
	call	check
	li	a2,-559038464
	addi	a2,a2,-273
	lla	a1,.LC68
	lla	a0,.LC69
	call	formats
	li	a2,55
	lla	a1,.LC70
	snez	a0,a0
	call	check
	li	a2,31
	lla	a1,.LC71
	lla	a0,.LC72
	call	formats
	li	a2,56
	lla	a1,.LC73
	snez	a0,a0
	call	check
	li	a2,0
	lla	a1,.LC71
	lla	a0,.LC74
	call	formats
	li	a2,57
	lla	a1,.LC75
	snez	a0,a0
	call	check
	li	a2,15
	lla	a1,.LC76
	lla	a0,.LC77
	call	formats
	li	a2,58
	lla	a1,.LC78
	snez	a0,a0
	call	check
	li	a2,15
	lla	a1,.LC79
	lla	a0,.LC80
	call	formats
	li	a2,59
	lla	a1,.LC81
	snez	a0,a0
	call	check
	li	a2,255
	lla	a1,.LC82
	lla	a0,.LC83
	call	formats
	li	a2,60
	lla	a1,.LC84
	snez	a0,a0
	call	check
	li	a2,255
	lla	a1,.LC85
	lla	a0,.LC86
	call	formats
	li	a2,61
	lla	a1,.LC87
	snez	a0,a0
	call	check
	li	a2,-1
	lla	a1,.LC88
	lla	a0,.LC89
	call	formats
	li	a2,62
	lla	a1,.LC90
	snez	a0,a0
	call	check
	li	a2,123
	lla	a1,.LC91
	lla	a0,.LC92
	call	formats
	li	a2,63
	lla	a1,.LC93
	snez	a0,a0
	call	check
	li	a2,120
	lla	a1,.LC94
	lla	a0,.LC95
	call	formats
	li	a2,64
	lla	a1,.LC96
	snez	a0,a0
	call	check
	li	a2,120
	lla	a1,.LC97
	lla	a0,.LC98
	call	formats
	li	a2,65
	lla	a1,.LC99
	snez	a0,a0
	call	check
	lla	a2,.LC100
	lla	a1,.LC101
	mv	a0,a2
	call	formats
	li	a2,66
	lla	a1,.LC102
	snez	a0,a0
	call	check
	lla	a2,.LC103
	lla	a1,.LC104
	lla	a0,.LC105
	call	formats
	li	a2,67
	lla	a1,.LC106
	snez	a0,a0
	call	check
	lla	a2,.LC103
	lla	a1,.LC107
	lla	a0,.LC108
	call	formats
	li	a2,68
	lla	a1,.LC109
	snez	a0,a0
	call	check
	lla	a2,.LC100
	lla	a1,.LC110
	lla	a0,.LC111
	call	formats
	li	a2,69
	lla	a1,.LC112
	snez	a0,a0
	call	check
	lla	a2,.LC100
	lla	a1,.LC113
	lla	a0,.LC114
	call	formats
	li	a2,70
	lla	a1,.LC115
	snez	a0,a0
	call	check
	lla	a3,.LC116
	li	a2,5
	lla	a1,.LC117
	lla	a0,.LC118
	call	formats
	li	a2,71
	lla	a1,.LC119
	snez	a0,a0
	call	check
	lla	a3,.LC116
	li	a2,-5
	lla	a1,.LC117
	lla	a0,.LC120
	call	formats
	li	a2,72
	lla	a1,.LC121
	snez	a0,a0
	call	check
	lla	a3,.LC100
	li	a2,3
	lla	a1,.LC122
	lla	a0,.LC111
	call	formats
	li	a2,73
	lla	a1,.LC123
	snez	a0,a0
	call	check
	li	a2,0
	lla	a1,.LC101
	lla	a0,.LC124
	call	formats
	li	a2,74
	lla	a1,.LC125
	snez	a0,a0
	call	check
	li	a2,100
	lla	a1,.LC126
	lla	a0,.LC127
	call	formats
	li	a2,75
	lla	a1,.LC128
	snez	a0,a0
	call	check
	li	a2,4096
	lla	a1,.LC129
	lla	a0,.LC130
	call	formats
	li	a2,76
	lla	a1,.LC131
	snez	a0,a0
	call	check
	li	a2,0
	lla	a1,.LC129
	lla	a0,.LC132
	call	formats
	li	a2,77
	lla	a1,.LC133
	snez	a0,a0
	call	check
	li	a3,2
	li	a2,1
	lla	a1,.LC134
	lla	a0,.LC135
	call	formats
	li	a2,78
	lla	a1,.LC136
	snez	a0,a0
	call	check
	lla	a3,.LC137
	lla	a2,.LC101
	li	a1,4
	addi	a0,sp,176
	call	snprintf
	mv	a4,a0
	li	a5,6
	li	a0,0
	beq	a4,a5,.L220
.L64:
	li	a2,81
	lla	a1,.LC139
	call	check
	li	a3,12288
	addi	a3,a3,57
	lla	a2,.LC25
	li	a1,0
	li	a0,0
	call	snprintf
	addi	a0,a0,-5
	li	a2,82
	lla	a1,.LC140
	seqz	a0,a0
	call	check
	lla	s0,.LANCHOR0
	li	a3,7
	lla	a2,.LC95
	lla	a1,.LC141
	mv	a0,s0
	call	sprintf
	mv	a4,a0
	li	a5,3
	li	a0,0
	beq	a4,a5,.L221
.L65:
	li	a2,83
	lla	a1,.LC143
	call	check
	lla	a0,.LC144
	call	strlen
	li	a5,0
	beq	a0,zero,.L222
.L66:
	lla	a1,.LC145
	mv	a0,a5
	li	a2,88
	call	check
	lla	a1,.LC146
	lla	a0,.LC138
	call	strcmp
	blt	a0,zero,.L67
.L69:
	li	a0,0
.L68:
	li	a2,89
	lla	a1,.LC149
	call	check
	li	a2,3
	lla	a1,.LC150
	lla	a0,.LC137
	call	strncmp
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L223
.L70:
	li	a2,90
	lla	a1,.LC151
	call	check
	lla	a1,.LC100
	lla	a0,.LC152
	call	strcasecmp
	li	a2,91
	lla	a1,.LC153
	seqz	a0,a0
	call	check
	li	a1,108
	lla	a0,.LC100
	call	strchr
	li	a2,92
	lla	a1,.LC154
	li	a0,1
	call	check
	li	a1,108
	lla	a0,.LC100
	call	strchr
	lla	a5,.LC100+2
	beq	a5,a0,.L71
.L73:
	li	a0,0
.L72:
	li	a2,94
	lla	a1,.LC155
	call	check
	li	a1,0
	lla	a0,.LC100
	call	strchr
	lla	a5,.LC100+5
	sub	a0,a0,a5
	li	a2,95
	lla	a1,.LC156
	seqz	a0,a0
	call	check
	lla	a1,.LC157
	lla	a0,.LC158
	call	strstr
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L74
	lla	a1,.LC146
	lla	a0,.LC138
	call	strstr
	seqz	a0,a0
.L74:
	li	a2,96
	lla	a1,.LC159
	call	check
	lla	a1,.LC147
	lla	a0,.LC160
	call	strspn
	li	a4,3
	li	a5,0
	beq	a0,a4,.L224
.L75:
	mv	a0,a5
	li	a2,97
	lla	a1,.LC163
	call	check
	lla	a1,.LC138
	lla	a0,.LANCHOR0
	call	strcpy
	lla	a1,.LC164
	lla	a0,.LANCHOR0
	call	strcat
	lla	a1,.LC137
	lla	a0,.LANCHOR0
	call	strcmp
	li	a2,100
	lla	a1,.LC165
	seqz	a0,a0
	call	check
	li	a2,5
	lla	a1,.LC166
	lla	a0,.LANCHOR0
	call	strncpy
	lbu	a4,0(s0)
	li	a5,120
	li	a0,0
	beq	a4,a5,.L225
.L76:
	li	a2,102
	lla	a1,.LC167
	call	check
	li	a5,744632320
	addi	a5,a5,-927
	sw	a5,48(sp)
	li	a5,24576
	addi	a5,a5,812
	addi	s4,sp,56
	lla	a1,.LC161
	sh	a5,52(sp)
	mv	a0,s4
	addi	a5,sp,48
	sb	zero,54(sp)
	sd	a5,56(sp)
	call	strsep
	lla	a1,.LC147
	call	strcmp
	beq	a0,zero,.L77
.L79:
	li	a0,0
.L78:
	li	a2,105
	lla	a1,.LC169
	call	check
	lla	a5,.LC170
	ld	a3,0(a5)
	ld	a4,8(a5)
	lhu	a5,16(a5)
	addi	a2,sp,64
	lla	a1,.LC171
	addi	a0,sp,176
	sh	a5,192(sp)
	sd	a3,176(sp)
	sd	a4,184(sp)
	call	strtok_r
	mv	s0,a0
	addi	a2,sp,64
	lla	a1,.LC171
	li	a0,0
	call	strtok_r
	addi	a2,sp,64
	lla	a1,.LC171
	mv	s1,a0
	li	a0,0
	call	strtok_r
	lla	a1,.LC171
	mv	s2,a0
	addi	a2,sp,64
	li	a0,0
	call	strtok_r
	mv	a5,a0
	lla	a1,.LC172
	mv	a0,s0
	mv	s0,a5
	call	strcmp
	beq	a0,zero,.L80
.L82:
	li	a0,0
.L81:
	li	a2,112
	lla	a1,.LC175
	call	check
	lla	a0,.LC176
	call	strdup
	mv	s0,a0
	li	a5,0
	beq	a0,zero,.L83
	lla	a1,.LC176
	call	strcmp
	seqz	a5,a0
.L83:
	mv	a0,a5
	li	a2,114
	lla	a1,.LC177
	call	check
	mv	a0,s0
	call	free
	lla	s0,.LANCHOR1
	lbu	a5,10(s0)
	ld	a3,0(s0)
	lhu	a4,8(s0)
	li	a2,5
	addi	a1,sp,104
	addi	a0,sp,106
	sb	a5,114(sp)
	sd	a3,104(sp)
	sh	a4,112(sp)
	sb	zero,115(sp)
	sb	zero,116(sp)
	sb	zero,117(sp)
	sb	zero,118(sp)
	sb	zero,119(sp)
	call	memmove
	li	a2,10
	lla	a1,.LC179
	addi	a0,sp,104
	call	memcmp
	li	a2,118
	lla	a1,.LC180
	seqz	a0,a0
	call	check
	li	a2,5
	addi	a1,sp,106
	addi	a0,sp,104
	call	memmove
	li	a2,10
	lla	a1,.LC181
	addi	a0,sp,104
	call	memcmp
	li	a2,120
	lla	a1,.LC182
	seqz	a0,a0
	call	check
	li	a2,3
	li	a1,122
	addi	a0,sp,104
	call	memset
	li	a2,3
	lla	a1,.LC183
	addi	a0,sp,104
	call	memcmp
	li	a5,0
	beq	a0,zero,.L226
.L84:
	mv	a0,a5
	li	a2,122
	lla	a1,.LC184
	call	check
	li	a0,55
	call	isdigit
	bne	a0,zero,.L85
.L87:
	li	a0,0
.L86:
	li	a2,123
	lla	a1,.LC185
	call	check
	li	a2,10
	addi	a1,sp,176
	lla	a0,.LC186
	call	strtol
	li	a4,-123
	li	a5,0
	bne	a0,a4,.L88
	ld	a5,176(sp)
	lbu	a5,0(a5)
	addi	a5,a5,-120
	seqz	a5,a5
.L88:
	mv	a0,a5
	li	a2,129
	lla	a1,.LC187
	call	check
	li	a2,0
	li	a1,0
	lla	a0,.LC188
	call	strtol
	li	a4,31
	li	a5,0
	beq	a0,a4,.L227
.L89:
	mv	a0,a5
	li	a2,130
	lla	a1,.LC189
	call	check
	li	a2,16
	li	a1,0
	lla	a0,.LC190
	call	strtol
	li	a4,255
	li	a5,0
	beq	a0,a4,.L228
.L90:
	mv	a0,a5
	li	a2,131
	lla	a1,.LC192
	call	check
	li	a2,10
	addi	a1,sp,176
	lla	a0,.LC138
	call	strtol
	li	a5,0
	bne	a0,zero,.L91
	ld	a5,176(sp)
	lbu	a5,0(a5)
	addi	a5,a5,-97
	seqz	a5,a5
.L91:
	mv	a0,a5
	li	a2,132
	lla	a1,.LC193
	call	check
	li	a2,10
	li	a1,0
	lla	a0,.LC194
	sw	zero,errno,a5
	call	strtol
	li	a5,-1
	srli	a5,a5,1
	li	a4,0
	bne	a0,a5,.L92
	lla	a5,errno
	lw	a4,0(a5)
	addi	a4,a4,-34
	seqz	a4,a4
.L92:
	mv	a0,a4
	li	a2,134
	lla	a1,.LC195
	call	check
	li	a2,10
	li	a1,0
	lla	a0,.LC60
	sw	zero,errno,a5
	call	strtoul
	li	a4,-1
	li	a5,0
	bne	a0,a4,.L93
	lla	a5,errno
	lw	a5,0(a5)
	seqz	a5,a5
.L93:
	mv	a0,a5
	li	a2,136
	lla	a1,.LC196
	call	check
	lla	a0,.LC26
	call	atoi
	li	a5,42
	beq	a0,a5,.L94
.L96:
	li	a0,0
.L95:
	li	a2,137
	lla	a1,.LC198
	call	check
	call	test_qsort
	call	test_malloc
	li	a1,0
	lla	a0,.LC199
	sw	zero,errno,a5
	call	open
	li	a4,-1
	li	a5,0
	bne	a0,a4,.L97
	lla	a5,errno
	lw	a5,0(a5)
	addi	a5,a5,-2
	seqz	a5,a5
.L97:
	mv	a0,a5
	li	a2,215
	lla	a1,.LC200
	call	check
	li	a0,2
	call	strerror
	lla	a1,.LC201
	call	strcmp
	li	a2,216
	lla	a1,.LC202
	seqz	a0,a0
	call	check
	lla	a1,.LC203
	lla	a0,.LC204
	call	fopen
	mv	s1,a0
	li	a2,218
	lla	a1,.LC205
	snez	a0,a0
	call	check
	beq	s1,zero,.L121
	li	a2,1
	lla	a1,.LC209
	mv	a0,s1
	call	fprintf
	mv	a0,s1
	call	fclose
	lla	a1,.LC210
	lla	a0,.LC204
	call	fopen
	mv	s1,a0
	beq	a0,zero,.L100
	mv	a2,a0
	li	a1,64
	addi	a0,sp,104
	call	fgets
	beq	a0,zero,.L104
	lla	a1,.LC212
	addi	a0,sp,104
	call	strcmp
	bne	a0,zero,.L104
	li	a2,225
	lla	a1,.LC211
	li	a0,1
	call	check
	j	.L102
.L169:
	li	a0,0
.L112:
	li	a2,231
	lla	a1,.LC216
	call	check
	lla	a0,.LC204
	call	unlink
	li	a5,0
	beq	a0,zero,.L229
.L113:
	mv	a0,a5
	li	a2,232
	lla	a1,.LC217
	call	check
	lla	a0,.LC218
	call	opendir
	mv	s3,a0
	li	s7,0
	li	s2,0
	lla	s6,.LC220
	lla	s5,.LC221
	bne	a0,zero,.L114
	j	.L230
.L116:
	addi	s1,a0,19
	mv	a1,s6
	mv	a0,s1
	call	strcmp
	seqz	a5,a0
	or	a5,s2,a5
	mv	a1,s5
	mv	a0,s1
	sext.w	s2,a5
	call	strcmp
	seqz	a5,a0
	or	a5,s7,a5
	sext.w	s7,a5
.L114:
	mv	a0,s3
	call	readdir
	bne	a0,zero,.L116
	li	a2,241
	lla	a1,.LC219
	beq	s2,zero,.L117
	bne	s7,zero,.L231
.L117:
	li	a0,0
	call	check
.L118:
	mv	a0,s3
	call	closedir
.L115:
	lla	a0,.LC222
	call	opendir
	li	a5,0
	beq	a0,zero,.L232
.L119:
	mv	a0,a5
	li	a2,244
	lla	a1,.LC223
	call	check
	lla	a1,.LC210
	lla	a0,.LC224
	call	fopen
	mv	s2,a0
	li	s1,0
	lla	s3,.LC226
	bne	a0,zero,.L120
	j	.L233
.L122:
	li	a2,6
	mv	a1,s3
	addi	a0,sp,104
	call	strncmp
	seqz	a0,a0
	or	s1,s1,a0
	sext.w	s1,s1
.L120:
	mv	a2,s2
	li	a1,64
	addi	a0,sp,104
	call	fgets
	bne	a0,zero,.L122
	mv	a0,s1
	li	a2,249
	lla	a1,.LC225
	call	check
	mv	a0,s2
	call	fclose
.L121:
	ld	a4,80(s0)
	ld	t3,16(s0)
	ld	t1,24(s0)
	ld	a7,32(s0)
	ld	a6,40(s0)
	ld	a0,48(s0)
	ld	a1,56(s0)
	ld	a2,64(s0)
	ld	a3,72(s0)
	sd	a4,168(sp)
	lla	a4,.LC207
	sd	a4,176(sp)
	li	a4,76
	li	a5,1
	sw	a4,200(sp)
	lla	s8,optind
	lla	a4,.LC208
	sd	t3,104(sp)
	sd	t1,112(sp)
	sd	a7,120(sp)
	sd	a6,128(sp)
	sd	a0,136(sp)
	sd	a1,144(sp)
	sd	a2,152(sp)
	sd	a3,160(sp)
	sw	zero,56(sp)
	sw	a5,184(sp)
	sd	zero,192(sp)
	sd	a4,208(sp)
	sw	zero,216(sp)
	sd	s4,224(sp)
	sw	a5,232(sp)
	sd	zero,240(sp)
	sw	zero,248(sp)
	sd	zero,256(sp)
	sw	zero,264(sp)
	sw	a5,0(s8)
	sd	zero,8(sp)
	li	s10,0
	sd	zero,24(sp)
	sd	zero,16(sp)
	li	s6,0
	lla	s2,.LC227
	li	s1,-1
	li	s3,97
	li	s5,98
	li	s7,99
	li	s11,76
	lla	s9,optarg
.L99:
	li	a4,0
	addi	a3,sp,176
	mv	a2,s2
	addi	a1,sp,104
	li	a0,8
	call	getopt_long
	beq	a0,s1,.L234
.L126:
	beq	a0,s3,.L174
	beq	a0,s5,.L235
	beq	a0,s7,.L236
	bne	a0,s11,.L99
	ld	a5,optarg
	li	a4,0
	addi	a3,sp,176
	mv	a2,s2
	addi	a1,sp,104
	li	a0,8
	sd	a5,8(sp)
	call	getopt_long
	bne	a0,s1,.L126
.L234:
	beq	s6,zero,.L129
	beq	s10,zero,.L129
	lla	a1,.LC228
	mv	a0,s10
	call	strcmp
	beq	a0,zero,.L237
.L129:
	li	a0,0
.L128:
	li	a2,269
	lla	a1,.LC229
	call	check
	ld	a5,8(sp)
	beq	a5,zero,.L132
	ld	a0,8(sp)
	lla	a1,.LC230
	call	strcmp
	beq	a0,zero,.L238
.L132:
	li	a0,0
.L131:
	li	a2,270
	lla	a1,.LC231
	call	check
	lw	a4,0(s8)
	li	a5,7
	li	a0,0
	beq	a4,a5,.L239
.L133:
	li	a2,271
	lla	a1,.LC232
	call	check
	ld	a5,120(s0)
	ld	a1,88(s0)
	ld	a2,96(s0)
	ld	a3,104(s0)
	ld	a4,112(s0)
	sd	a5,96(sp)
	li	a5,1
	sd	a1,64(sp)
	sd	a2,72(sp)
	sd	a3,80(sp)
	sd	a4,88(sp)
	sw	a5,0(s8)
	li	s0,0
	li	s3,0
	lla	s2,.LC166
	li	s1,-1
	j	.L134
.L135:
	addi	a5,a0,-120
	addi	a0,a0,-121
	seqz	a5,a5
	seqz	a0,a0
	addw	s3,a5,s3
	addw	s0,a0,s0
.L134:
	mv	a2,s2
	addi	a1,sp,64
	li	a0,4
	call	getopt
	bne	a0,s1,.L135
	li	a5,1
	li	a0,0
	beq	s3,a5,.L240
.L136:
	li	a2,277
	lla	a1,.LC234
	call	check
	addi	a0,sp,48
	call	pipe
	li	a2,286
	lla	a1,.LC235
	seqz	a0,a0
	call	check
	call	fork
	mv	s0,a0
	beq	a0,zero,.L241
	lw	a0,52(sp)
	call	close
	lw	a0,48(sp)
	li	a2,31
	addi	a1,sp,176
	sd	zero,176(sp)
	sd	zero,184(sp)
	sd	zero,192(sp)
	sd	zero,200(sp)
	call	read
	mv	s1,a0
	lw	a0,48(sp)
	call	close
	li	a5,7
	sw	zero,44(sp)
	li	a0,0
	beq	s1,a5,.L242
.L138:
	li	a2,298
	lla	a1,.LC238
	call	check
	li	a2,0
	addi	a1,sp,44
	mv	a0,s0
	call	waitpid
	li	a5,0
	beq	s0,a0,.L243
.L139:
	mv	a0,a5
	li	a2,299
	lla	a1,.LC239
	call	check
	addi	a0,sp,44
	call	wait
	li	a4,-1
	li	a5,0
	bne	a0,a4,.L140
	lla	a5,errno
	lw	a5,0(a5)
	addi	a5,a5,-10
	seqz	a5,a5
.L140:
	li	a2,300
	lla	a1,.LC240
	mv	a0,a5
	call	check
	call	fork
	mv	s0,a0
	beq	a0,zero,.L244
	li	a1,15
	call	kill
	li	a2,0
	addi	a1,sp,44
	mv	a0,s0
	call	waitpid
	li	a4,0
	beq	s0,a0,.L245
.L142:
	mv	a0,a4
	li	a2,307
	lla	a1,.LC241
	call	check
	lla	a1,on_usr1
	li	a0,10
	call	signal
	li	a0,10
	call	raise
	lw	a0,got_signal
	addi	a0,a0,-10
	li	a2,310
	lla	a1,.LC242
	seqz	a0,a0
	call	check
	mv	a0,s4
	call	sigemptyset
	li	a1,10
	mv	a0,s4
	call	sigaddset
	li	a1,10
	mv	a0,s4
	call	sigismember
	mv	a4,a0
	li	a5,1
	li	a0,0
	beq	a4,a5,.L246
.L143:
	li	a2,314
	lla	a1,.LC243
	call	check
	call	getpid
	li	a4,1
	li	a5,0
	ble	a0,a4,.L144
	call	getppid
	not	a5,a0
	srliw	a5,a5,31
.L144:
	mv	a0,a5
	li	a2,315
	lla	a1,.LC244
	call	check
	addi	a1,sp,64
	li	a0,1
	call	clock_gettime
	li	a0,20480
	addi	a0,a0,-480
	call	usleep
	li	a5,0
	beq	a0,zero,.L247
.L145:
	mv	a0,a5
	li	a2,318
	lla	a1,.LC245
	call	check
	addi	a1,sp,104
	li	a0,1
	call	clock_gettime
	ld	a5,64(sp)
	ld	a0,104(sp)
	li	a2,321
	lla	a1,.LC246
	sub	a0,a0,a5
	li	a5,1000001536
	addi	a5,a5,-1536
	mul	a0,a0,a5
	ld	a5,112(sp)
	add	a0,a0,a5
	ld	a5,72(sp)
	sub	a0,a0,a5
	li	a5,20000768
	addi	a5,a5,-768
	slt	a0,a0,a5
	xori	a0,a0,1
	sext.w	a0,a0
	call	check
	li	a2,0
	lla	a1,.LC247
	lla	a0,.LC248
	call	setenv
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L248
.L146:
	li	a2,322
	lla	a1,.LC249
	call	check
	li	a2,0
	lla	a1,.LC250
	lla	a0,.LC248
	call	setenv
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L249
.L147:
	li	a2,323
	lla	a1,.LC251
	call	check
	li	a2,1
	lla	a1,.LC252
	lla	a0,.LC248
	call	setenv
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L250
.L148:
	li	a2,324
	lla	a1,.LC253
	call	check
	lla	a0,.LC248
	call	unsetenv
	mv	a5,a0
	li	a0,0
	beq	a5,zero,.L251
.L149:
	li	a2,325
	lla	a1,.LC254
	call	check
	li	a5,0
	li	a4,-1
	li	a3,34
	li	a2,3
	li	a1,8192
	li	a0,0
	call	mmap
	li	a4,-1
	li	a5,0
	beq	a0,a4,.L150
	li	a1,8192
	call	munmap
	seqz	a5,a0
.L150:
	mv	a0,a5
	li	a2,327
	lla	a1,.LC255
	call	check
	li	a5,0
	li	a4,99
	li	a3,2
	li	a2,1
	li	a1,4096
	li	a0,0
	call	mmap
	li	a4,-1
	li	a5,0
	beq	a0,a4,.L252
.L151:
	mv	a0,a5
	li	a2,328
	lla	a1,.LC256
	call	check
	lla	s0,failed
	lw	a1,0(s0)
	lw	a2,total
	lla	a0,.LC257
	subw	a1,a2,a1
	call	printf
	lw	a0,0(s0)
	ld	ra,408(sp)
	ld	s0,400(sp)
	ld	s1,392(sp)
	ld	s2,384(sp)
	ld	s3,376(sp)
	ld	s4,368(sp)
	ld	s5,360(sp)
	ld	s6,352(sp)
	ld	s7,344(sp)
	ld	s8,336(sp)
	ld	s9,328(sp)
	ld	s10,320(sp)
	ld	s11,312(sp)
	addi	sp,sp,416
	jr	ra
.L174:
	li	s6,1
	j	.L99
.L235:
	ld	s10,0(s9)
	j	.L99
.L236:
	ld	a5,0(s9)
	sd	a5,24(sp)
	li	a5,1
	sd	a5,16(sp)
	j	.L99
.L85:
	li	a0,97
	call	isdigit
	bne	a0,zero,.L87
	li	a0,9
	call	isspace
	beq	a0,zero,.L87
	li	a0,81
	call	isalpha
	beq	a0,zero,.L87
	li	a0,97
	call	toupper
	addi	a0,a0,-65
	seqz	a0,a0
	j	.L86
.L80:
	lla	a1,.LC173
	mv	a0,s1
	call	strcmp
	bne	a0,zero,.L82
	lla	a1,.LC174
	mv	a0,s2
	call	strcmp
	bne	a0,zero,.L82
	seqz	a0,s0
	j	.L81
.L77:
	lla	a1,.LC161
	mv	a0,s4
	call	strsep
	lla	a1,.LC148
	call	strcmp
	bne	a0,zero,.L79
	lla	a1,.LC161
	mv	a0,s4
	call	strsep
	lla	a1,.LC144
	call	strcmp
	bne	a0,zero,.L79
	lla	a1,.LC161
	mv	a0,s4
	call	strsep
	lla	a1,.LC168
	call	strcmp
	bne	a0,zero,.L79
	ld	a0,56(sp)
	seqz	a0,a0
	j	.L78
.L100:
	li	a2,225
	lla	a1,.LC211
	call	check
	li	a2,226
	lla	a1,.LC213
	li	a0,0
	call	check
	li	a2,227
	lla	a1,.LC214
	li	a0,0
	call	check
.L105:
	addi	a1,sp,176
	lla	a0,.LC204
	call	stat
	bne	a0,zero,.L169
	ld	a4,224(sp)
	li	a5,14
	bne	a4,a5,.L112
	lw	a0,192(sp)
	li	a5,61440
	and	a0,a0,a5
	li	a5,32768
	sub	a0,a0,a5
	seqz	a0,a0
	j	.L112
.L238:
	lw	a0,56(sp)
	addi	a0,a0,-1
	seqz	a0,a0
	j	.L131
.L67:
	lla	a1,.LC147
	lla	a0,.LC148
	call	strcmp
	ble	a0,zero,.L69
	lla	a1,.LC95
	mv	a0,a1
	call	strcmp
	seqz	a0,a0
	j	.L68
.L94:
	lla	a0,.LC197
	call	atol
	li	a5,-7
	bne	a0,a5,.L96
	li	a0,-3
	call	abs
	addi	a0,a0,-3
	seqz	a0,a0
	j	.L95
.L104:
	li	a2,225
	lla	a1,.LC211
	li	a0,0
	call	check
.L102:
	mv	a2,s1
	li	a1,64
	addi	a0,sp,104
	call	fgets
	beq	a0,zero,.L106
	lla	a1,.LC215
	addi	a0,sp,104
	call	strcmp
	bne	a0,zero,.L106
	li	a2,226
	lla	a1,.LC213
	li	a0,1
	call	check
	j	.L108
.L106:
	li	a2,226
	lla	a1,.LC213
	li	a0,0
	call	check
.L108:
	mv	a2,s1
	li	a1,64
	addi	a0,sp,104
	call	fgets
	beq	a0,zero,.L253
.L109:
	li	a2,227
	lla	a1,.LC214
	li	a0,0
	call	check
.L111:
	mv	a0,s1
	call	fclose
	j	.L105
.L245:
	lw	a3,44(sp)
	andi	a3,a3,127
	addiw	a5,a3,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	sraiw	a5,a5,1
	slliw	a5,a5,24
	sraiw	a5,a5,24
	ble	a5,zero,.L142
	addi	a3,a3,-15
	seqz	a4,a3
	j	.L142
.L243:
	lw	a4,44(sp)
	andi	a3,a4,127
	bne	a3,zero,.L139
	sraiw	a5,a4,8
	andi	a5,a5,0xff
	addi	a5,a5,-7
	seqz	a5,a5
	j	.L139
.L240:
	bne	s0,s3,.L136
	lw	a0,0(s8)
	addi	a0,a0,-3
	seqz	a0,a0
	j	.L136
.L225:
	lbu	a4,1(s0)
	li	a5,121
	bne	a4,a5,.L76
	lbu	a0,2(s0)
	lbu	a5,4(s0)
	or	a0,a0,a5
	seqz	a0,a0
	j	.L76
.L226:
	li	a2,10
	li	a1,52
	addi	a0,sp,104
	call	memchr
	addi	a5,sp,108
	sub	a5,a0,a5
	seqz	a5,a5
	j	.L84
.L223:
	li	a2,3
	lla	a1,.LC146
	lla	a0,.LC138
	call	strncmp
	srliw	a0,a0,31
	j	.L70
.L222:
	lla	a0,.LC138
	call	strlen
	addi	a5,a0,-3
	seqz	a5,a5
	j	.L66
.L251:
	lla	a0,.LC248
	call	getenv
	seqz	a0,a0
	j	.L149
.L250:
	lla	a0,.LC248
	call	getenv
	lla	a1,.LC252
	call	strcmp
	seqz	a0,a0
	j	.L148
.L249:
	lla	a0,.LC248
	call	getenv
	lla	a1,.LC247
	call	strcmp
	seqz	a0,a0
	j	.L147
.L248:
	lla	a0,.LC248
	call	getenv
	lla	a1,.LC247
	call	strcmp
	seqz	a0,a0
	j	.L146
.L247:
	call	sleep
	sext.w	a5,a0
	seqz	a5,a5
	j	.L145
.L252:
	lla	a5,errno
	lw	a5,0(a5)
	addi	a5,a5,-9
	seqz	a5,a5
	j	.L151
.L229:
	li	a1,0
	lla	a0,.LC204
	call	access
	addi	a5,a0,1
	seqz	a5,a5
	j	.L113
.L230:
	li	a2,241
	lla	a1,.LC219
	call	check
	j	.L115
.L232:
	lla	a5,errno
	lw	a5,0(a5)
	addi	a5,a5,-2
	seqz	a5,a5
	j	.L119
.L242:
	lla	a1,.LC237
	addi	a0,sp,176
	call	strcmp
	seqz	a0,a0
	j	.L138
.L239:
	ld	a0,160(sp)
	lla	a1,.LC7
	call	strcmp
	seqz	a0,a0
	j	.L133
.L224:
	lla	a1,.LC161
	lla	a0,.LC162
	call	strcspn
	addi	a5,a0,-3
	seqz	a5,a5
	j	.L75
.L221:
	lla	a1,.LC142
	mv	a0,s0
	call	strcmp
	seqz	a0,a0
	j	.L65
.L220:
	lla	a1,.LC138
	addi	a0,sp,176
	call	strcmp
	seqz	a0,a0
	j	.L64
.L228:
	li	a2,8
	li	a1,0
	lla	a0,.LC191
	call	strtoul
	addi	a5,a0,-511
	seqz	a5,a5
	j	.L90
.L227:
	li	a2,0
	li	a1,0
	lla	a0,.LC77
	call	strtol
	addi	a5,a0,-15
	seqz	a5,a5
	j	.L89
.L246:
	li	a1,12
	mv	a0,s4
	call	sigismember
	seqz	a0,a0
	j	.L143
.L71:
	li	a1,108
	lla	a0,.LC100
	call	strrchr
	lla	a5,.LC100+3
	bne	a5,a0,.L73
	li	a1,122
	lla	a0,.LC100
	call	strchr
	seqz	a0,a0
	j	.L72
.L237:
	ld	a5,16(sp)
	beq	a5,zero,.L129
	ld	a0,24(sp)
	lla	a1,.LC4
	call	strcmp
	seqz	a0,a0
	j	.L128
.L231:
	li	a0,1
	call	check
	j	.L118
.L253:
	mv	a0,s1
	call	feof
	beq	a0,zero,.L109
	li	a2,227
	lla	a1,.LC214
	li	a0,1
	call	check
	j	.L111
.L233:
	li	a2,249
	lla	a1,.LC225
	call	check
	j	.L121
.L241:
	lw	a0,48(sp)
	call	close
	lw	a0,52(sp)
	li	a2,5
	lla	a1,.LC236
	call	dprintf
	li	a0,7
	call	_exit
.L244:
	call	pause
	li	a0,0
	call	_exit
	.size	main, .-main
	.section	.rodata.str1.8
	.align	3
.LC0:
	.string	"prog"
	.align	3
.LC9:
	.string	"-xy"
	.align	3
.LC10:
	.string	"--"
	.align	3
.LC11:
	.string	"-z"
	.align	3
.LC1:
	.string	"-a"
	.align	3
.LC2:
	.string	"-bvalue"
	.align	3
.LC3:
	.string	"-c"
	.align	3
.LC5:
	.string	"--long=7"
	.align	3
.LC6:
	.string	"--flag"
	.section	.rodata
	.align	3
	.set	.LANCHOR1,. + 0
.LC178:
	.string	"0123456789"
	.zero	5
.LC206:
	.dword	.LC0
	.dword	.LC1
	.dword	.LC2
	.dword	.LC3
	.dword	.LC4
	.dword	.LC5
	.dword	.LC6
	.dword	.LC7
	.dword	0
.LC233:
	.dword	.LC0
	.dword	.LC9
	.dword	.LC10
	.dword	.LC11
	.dword	0
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	buf, @object
	.size	buf, 256
buf:
	.zero	256
	.section	.sbss,"aw",@nobits
	.align	2
	.type	got_signal, @object
	.size	got_signal, 4
got_signal:
	.zero	4
	.type	failed, @object
	.size	failed, 4
failed:
	.zero	4
	.type	total, @object
	.size	total, 4
total:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
