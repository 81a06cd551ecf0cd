/* Freestanding runtime for pagelab's compute programs: raw Linux riscv64 system calls only.
 * Built with riscv64-linux-gnu-gcc -static -nostdlib -O2; runs on qemu-riscv64 and on pagelab.
 * The same sources also build for the host (x86-64 or AArch64 Linux, the host's gcc -O2):
 * `pagelab bench cpu` runs them natively to show what the host hardware itself takes for the
 * same work.  Only the system-call instruction, the call numbers and _start differ per target;
 * everything a program computes is the same code (LP64 on all three). */
#ifndef PAGELAB_BENCH_RT_H
#define PAGELAB_BENCH_RT_H
typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned char u8;
typedef unsigned short u16;

#if defined(__x86_64__)                  /* host build: x86-64 Linux system calls */
#define SYS_WRITE 1
#define SYS_EXIT 60
#define SYS_BRK 12
static inline long sys3(long n, long a, long b, long c) {
    long r;
    asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}
#elif defined(__aarch64__)               /* host build: AArch64 Linux (the generic numbers) */
#define SYS_WRITE 64
#define SYS_EXIT 93
#define SYS_BRK 214
static inline long sys3(long n, long a, long b, long c) {
    register long x0 asm("x0") = a, x1 asm("x1") = b, x2 asm("x2") = c, x8 asm("x8") = n;
    asm volatile("svc 0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
    return x0;
}
#else                                    /* riscv64: the guest build */
#define SYS_WRITE 64
#define SYS_EXIT 93
#define SYS_BRK 214
static inline long sys3(long n, long a, long b, long c) {
    register long a0 asm("a0") = a, a1 asm("a1") = b, a2 asm("a2") = c, a7 asm("a7") = n;
    asm volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}
#endif
static void put(const char *s, long n) { sys3(SYS_WRITE, 1, (long)s, n); }
unsigned long strlen(const char *s);
static void puts_(const char *s) { put(s, (long)strlen(s)); }
static void putu(u64 v) {
    char buf[24]; int i = 23; buf[i] = 0;
    do { buf[--i] = '0' + v % 10; v /= 10; } while (v);
    put(buf + i, 23 - i);
}
static void puti(i64 v) { if (v < 0) { put("-", 1); putu((u64)0 - (u64)v); } else putu(v); }
static void putx(u64 v) {
    char buf[17]; for (int i = 15; i >= 0; i--) { buf[i] = "0123456789abcdef"[v & 15]; v >>= 4; }
    put(buf, 16);
}
static void nl(void) { put("\n", 1); }
__attribute__((noreturn)) static void exit_(int code) { sys3(SYS_EXIT, code, 0, 0); for (;;) {} }
static void *sbrk_(long n) {
    static u64 cur;
    if (!cur) cur = sys3(SYS_BRK, 0, 0, 0);
    u64 old = cur, want = cur + n;
    if ((u64)sys3(SYS_BRK, want, 0, 0) != want) return 0;
    cur = want;
    return (void *)old;
}
static u64 rng_state = 88172645463325252ull;
static u64 rnd(void) { u64 x = rng_state; x ^= x << 13; x ^= x >> 7; x ^= x << 17; return rng_state = x; }
/* gcc may emit calls to these even with -nostdlib */
/* (the empty asm keeps gcc from turning these loops back into calls to themselves) */
void *memset(void *d, int c, unsigned long n) {
    u8 *p = d; while (n--) { *p++ = (u8)c; asm volatile("" ::: "memory"); } return d;
}
void *memcpy(void *d, const void *s, unsigned long n) {
    u8 *p = d; const u8 *q = s; while (n--) { *p++ = *q++; asm volatile("" ::: "memory"); } return d;
}
unsigned long strlen(const char *s) {
    unsigned long n = 0; while (s[n]) { n++; asm volatile("" ::: "memory"); } return n;
}
int main(int argc, char **argv);
#if defined(__x86_64__) || defined(__aarch64__)
/* Host builds: _start calls host_main(argc, argv).  With -DHOST_THP the program first asks for
 * transparent huge pages on its zero-initialised data (madvise MADV_HUGEPAGE over .bss), as
 * pagelab does for the guest RAM array, so the host's TLB reach is comparable. */
#if defined(__x86_64__)
#define SYS_MADVISE 28
#else
#define SYS_MADVISE 233
#endif
extern char __bss_start[], _end[];
__attribute__((noreturn, used)) static void host_main(long argc, char **argv) {
#ifdef HOST_THP
    u64 lo = ((u64)__bss_start + 4095) & ~4095ul, hi = ((u64)_end + 4095) & ~4095ul;
    if (hi > lo) sys3(SYS_MADVISE, (long)lo, (long)(hi - lo), 14 /* MADV_HUGEPAGE */);
#endif
    exit_(main((int)argc, argv));
}
#if defined(__x86_64__)
__attribute__((section(".text.start"), naked)) void _start(void) {
    asm volatile("xor %ebp, %ebp\n mov (%rsp), %rdi\n lea 8(%rsp), %rsi\n and $-16, %rsp\n"
                 "call host_main\n");
}
#else
__attribute__((section(".text.start"), naked)) void _start(void) {
    asm volatile("ldr x0, [sp]\n add x1, sp, 8\n bl host_main\n");
}
#endif
#else
__attribute__((section(".text.start"), naked)) void _start(void) {
    asm volatile(".option push\n .option norelax\n la gp, __global_pointer$\n .option pop\n"
                 "ld a0, 0(sp)\n addi a1, sp, 8\n call main\n li a7, 93\n ecall\n");
}
#endif
#endif
