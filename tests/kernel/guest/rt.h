/* A freestanding runtime for the process-area test programs (no libc: pagelab's hart is
 * RV64IMAC without floating point, and Debian's riscv64 glibc is built for rv64gc).
 * Build: riscv64-linux-gnu-gcc -march=rv64imac -mabi=lp64 -static -nostdlib -ffreestanding -O1
 * The same ELF runs under qemu-riscv64 and pagelab. */
typedef unsigned long size_t;
typedef long ssize_t;

static inline long sys6(long n, long a, long b, long c, long d, long e, long f) {
    register long a0 asm("a0") = a; register long a1 asm("a1") = b;
    register long a2 asm("a2") = c; register long a3 asm("a3") = d;
    register long a4 asm("a4") = e; register long a5 asm("a5") = f;
    register long a7 asm("a7") = n;
    asm volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a7)
                 : "memory");
    return a0;
}
#define sys0(n) sys6(n, 0, 0, 0, 0, 0, 0)
#define sys1(n, a) sys6(n, (long)(a), 0, 0, 0, 0, 0)
#define sys2(n, a, b) sys6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(n, a, b, c) sys6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys4(n, a, b, c, d) sys6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

enum { SYS_write = 64, SYS_exit = 93, SYS_exit_group = 94, SYS_nanosleep = 101,
       SYS_clock_gettime = 113, SYS_sched_yield = 124, SYS_kill = 129, SYS_tgkill = 131,
       SYS_rt_sigaction = 134, SYS_rt_sigprocmask = 135, SYS_rt_sigpending = 136,
       SYS_uname = 160, SYS_getrusage = 165, SYS_getpid = 172, SYS_getppid = 173,
       SYS_gettid = 178, SYS_brk = 214, SYS_munmap = 215, SYS_clone = 220, SYS_execve = 221,
       SYS_mmap = 222, SYS_mprotect = 226, SYS_wait4 = 260, SYS_prlimit64 = 261,
       SYS_getrandom = 278 };

void *memset(void *d, int c, size_t n) { char *p = d; while (n--) *p++ = (char)c; return d; }
void *memcpy(void *d, const void *s, size_t n) {
    char *p = d; const char *q = s; while (n--) *p++ = *q++; return d; }
static size_t slen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
static int seq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++; return *a == *b; }

static void out(const char *s) { sys3(SYS_write, 1, s, slen(s)); }
static void outn(long v) {
    char buf[24]; int i = 23; int neg = v < 0; unsigned long u = neg ? -(unsigned long)v : v;
    buf[i] = 0; do { buf[--i] = '0' + u % 10; u /= 10; } while (u);
    if (neg) buf[--i] = '-';
    out(buf + i);
}
static void outx(unsigned long v) {
    char buf[20]; int i = 19; buf[i] = 0;
    do { buf[--i] = "0123456789abcdef"[v & 15]; v >>= 4; } while (v);
    buf[--i] = 'x'; buf[--i] = '0'; out(buf + i);
}
/* out("a="), outn(1), out("\n") in one call: kv("a", 1) */
static void kv(const char *k, long v) { out(k); out("="); outn(v); out("\n"); }

static void exit_(int code) { sys1(SYS_exit_group, code); for (;;) {} }
static long fork_(void) { return sys2(SYS_clone, 17 /* SIGCHLD */, 0); }
static long wait_(long pid, int *status, int options) {
    return sys4(SYS_wait4, pid, status, options, 0); }

struct ksigaction { void *handler; unsigned long flags; unsigned long mask; };
typedef struct { int si_signo, si_errno, si_code, pad; union { void *addr;
                 struct { int pid; unsigned uid; int status; } c; } u; char rest[96]; } ksiginfo;
#define SA_SIGINFO 4
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
static long sigaction_(int sig, void *handler, unsigned long flags) {
    struct ksigaction a = { handler, flags, 0 };
    return sys4(SYS_rt_sigaction, sig, &a, 0, 8);
}
struct timespec_ { long sec, nsec; };

int main(int argc, char **argv, char **envp);
void cstart(long *sp) {
    int argc = (int)sp[0]; char **argv = (char **)(sp + 1);
    exit_(main(argc, argv, argv + argc + 1));
}
asm(".globl _start\n_start:\n.option push\n.option norelax\nla gp, __global_pointer$\n"
    ".option pop\nmv a0, sp\ncall cstart\n");
