/* rt.h -- a tiny freestanding runtime for the differential test programs.
 *
 * Built with:  riscv64-linux-gnu-gcc -static -nostdlib -O2 -march=rv64imac -mabi=lp64 prog.c
 * Every program runs unchanged under qemu-riscv64 (real Linux system calls) and under
 * `pagelab run`; the test compares their standard output and exit status.
 *
 * Contents: _start (sets gp, passes argc/argv to main, exits with main's value), raw ecall
 * wrappers returning -errno like the kernel, unbuffered output helpers, a few string functions
 * (gcc may call memset/memcpy itself even with -nostdlib), and a fault-handler helper that
 * resumes after the faulting instruction.
 */
#ifndef RT_H
#define RT_H

typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long uintptr_t;

#define NULL ((void *)0)

/* syscall numbers (asm-generic, riscv64) */
#define SYS_getcwd 17
#define SYS_dup 23
#define SYS_dup3 24
#define SYS_fcntl 25
#define SYS_ioctl 29
#define SYS_mkdirat 34
#define SYS_unlinkat 35
#define SYS_faccessat 48
#define SYS_chdir 49
#define SYS_openat 56
#define SYS_close 57
#define SYS_pipe2 59
#define SYS_getdents64 61
#define SYS_lseek 62
#define SYS_read 63
#define SYS_write 64
#define SYS_readlinkat 78
#define SYS_newfstatat 79
#define SYS_fstat 80
#define SYS_exit 93
#define SYS_exit_group 94
#define SYS_kill 129
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_getpid 172
#define SYS_getppid 173
#define SYS_brk 214
#define SYS_munmap 215
#define SYS_clone 220
#define SYS_mmap 222
#define SYS_mprotect 226
#define SYS_wait4 260

#define AT_FDCWD (-100)
#define AT_REMOVEDIR 0x200
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_ACCMODE 3
#define O_CREAT 0100
#define O_EXCL 0200
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DIRECTORY 0200000
#define O_CLOEXEC 02000000
#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_SHARED 1
#define MAP_PRIVATE 2
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_FAILED ((void *)-1)

#define SIGKILL 9
#define SIGBUS 7
#define SIGSEGV 11
#define SIGPIPE 13
#define SIGCHLD 17
#define SIG_DFL 0
#define SIG_IGN 1
#define SA_SIGINFO 4
#define SA_NODEFER 0x40000000

#define S_IFMT 0170000
#define S_IFDIR 0040000
#define S_IFREG 0100000
#define S_IFCHR 0020000
#define S_IFIFO 0010000

#define EPERM 1
#define ENOENT 2
#define EBADF 9
#define ECHILD 10
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EEXIST 17
#define ENOTDIR 20
#define EISDIR 21
#define EINVAL 22
#define ENOTTY 25
#define ESPIPE 29
#define EPIPE 32
#define ERANGE 34
#define ENOTEMPTY 39

#define PAGE 4096UL

/* An address the compiler cannot see through: gcc turns a store to a constant NULL pointer into a
 * trap instruction, so tests of bad addresses go through this. */
static volatile unsigned long rt_launder_;
static inline __attribute__((unused)) void *bad_address(unsigned long addr)
{
    rt_launder_ = addr;
    return (void *)rt_launder_;
}

static inline long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a3 __asm__("a3") = d;
    register long a4 __asm__("a4") = e;
    register long a5 __asm__("a5") = f;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall"
                     : "+r"(a0)
                     : "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5), "r"(a7)
                     : "memory");
    return a0;
}
#define syscall0(n) syscall6(n, 0, 0, 0, 0, 0, 0)
#define syscall1(n, a) syscall6(n, (long)(a), 0, 0, 0, 0, 0)
#define syscall2(n, a, b) syscall6(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define syscall3(n, a, b, c) syscall6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define syscall4(n, a, b, c, d) syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* --- string functions (gcc may emit calls to these) ------------------------------------------ */
void *memset(void *dst, int c, size_t n)
{
    volatile unsigned char *p = dst;
    while (n--)
        *p++ = (unsigned char)c;
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    volatile unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}

static __attribute__((unused)) size_t rt_strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static __attribute__((unused)) int rt_strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

static __attribute__((unused)) int rt_strncmp(const char *a, const char *b, size_t n)
{
    for (; n; n--, a++, b++) {
        if (*a != *b)
            return (unsigned char)*a - (unsigned char)*b;
        if (!*a)
            return 0;
    }
    return 0;
}

/* --- system calls ---------------------------------------------------------------------------- */
static inline __attribute__((noreturn)) void exit_group(int code)
{
    for (;;)
        syscall1(SYS_exit_group, code);
}
static inline long sys_write(int fd, const void *buf, size_t n) { return syscall3(SYS_write, fd, buf, n); }
static inline long sys_read(int fd, void *buf, size_t n) { return syscall3(SYS_read, fd, buf, n); }
static inline long sys_open(const char *path, int flags, int mode) { return syscall4(SYS_openat, AT_FDCWD, path, flags, mode); }
static inline long sys_close(int fd) { return syscall1(SYS_close, fd); }
static inline long sys_lseek(int fd, long off, int whence) { return syscall3(SYS_lseek, fd, off, whence); }
static inline long sys_getpid(void) { return syscall0(SYS_getpid); }
static inline long sys_getppid(void) { return syscall0(SYS_getppid); }
static inline long sys_fork(void) { return syscall6(SYS_clone, SIGCHLD, 0, 0, 0, 0, 0); }
static inline long sys_wait4(long pid, int *status, int options) { return syscall4(SYS_wait4, pid, status, options, 0); }
static inline long sys_kill(long pid, int sig) { return syscall2(SYS_kill, pid, sig); }
static inline long sys_brk(void *addr) { return syscall1(SYS_brk, addr); }
static inline void *sys_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
    return (void *)syscall6(SYS_mmap, (long)addr, len, prot, flags, fd, off);
}
static inline long sys_munmap(void *addr, size_t len) { return syscall2(SYS_munmap, addr, len); }
static inline long sys_mprotect(void *addr, size_t len, int prot) { return syscall3(SYS_mprotect, addr, len, prot); }
static inline long sys_pipe2(int fds[2], int flags) { return syscall2(SYS_pipe2, fds, flags); }
static inline long sys_dup(int fd) { return syscall1(SYS_dup, fd); }
static inline long sys_dup3(int a, int b, int flags) { return syscall3(SYS_dup3, a, b, flags); }
static inline long sys_fcntl(int fd, int cmd, long arg) { return syscall3(SYS_fcntl, fd, cmd, arg); }
static inline long sys_ioctl(int fd, unsigned long req, long arg) { return syscall3(SYS_ioctl, fd, req, arg); }
static inline long sys_mkdir(const char *p, int mode) { return syscall3(SYS_mkdirat, AT_FDCWD, p, mode); }
static inline long sys_unlinkat(const char *p, int flags) { return syscall3(SYS_unlinkat, AT_FDCWD, p, flags); }
static inline long sys_access(const char *p, int mode) { return syscall3(SYS_faccessat, AT_FDCWD, p, mode); }
static inline long sys_chdir(const char *p) { return syscall1(SYS_chdir, p); }
static inline long sys_getcwd(char *buf, size_t n) { return syscall2(SYS_getcwd, buf, n); }
static inline long sys_getdents64(int fd, void *buf, size_t n) { return syscall3(SYS_getdents64, fd, buf, n); }
static inline long sys_fstat(int fd, void *st) { return syscall2(SYS_fstat, fd, st); }
static inline long sys_stat(const char *p, void *st) { return syscall4(SYS_newfstatat, AT_FDCWD, p, st, 0); }
static inline long sys_readlink(const char *p, char *buf, size_t n) { return syscall4(SYS_readlinkat, AT_FDCWD, p, buf, n); }

/* struct stat (asm-generic, 128 bytes) */
struct kstat {
    unsigned long st_dev, st_ino;
    unsigned int st_mode, st_nlink, st_uid, st_gid;
    unsigned long st_rdev, __pad1;
    long st_size;
    int st_blksize, __pad2;
    long st_blocks;
    long st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
    unsigned int __unused4, __unused5;
};

/* signals: the kernel's struct sigaction on riscv64 (no sa_restorer) */
struct ksigaction {
    void *handler;
    unsigned long flags;
    unsigned long mask;
};

typedef struct {
    int si_signo, si_errno, si_code, __pad;
    void *si_addr;
    char rest[104];
} ksiginfo_t;

/* offsets into the ucontext the kernel passes to an SA_SIGINFO handler */
#define UC_PC(uc) (((unsigned long *)((char *)(uc) + 176))[0])
#define UC_REG(uc, i) (((unsigned long *)((char *)(uc) + 176))[i])

static inline long sigaction3(int sig, void *handler, unsigned long flags)
{
    struct ksigaction act = {handler, flags, 0};
    return syscall4(SYS_rt_sigaction, sig, &act, 0, 8);
}

/* Step the saved pc over the faulting instruction (2 or 4 bytes by its low bits). */
static inline void skip_faulting_instruction(void *uc)
{
    unsigned short low = *(unsigned short *)UC_PC(uc);
    UC_PC(uc) += (low & 3) == 3 ? 4 : 2;
}

#define WIFEXITED(s) (((s) & 0x7f) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define WIFSIGNALED(s) (((s) & 0x7f) != 0 && ((s) & 0x7f) != 0x7f)
#define WTERMSIG(s) ((s) & 0x7f)

/* --- output (unbuffered: every call is one or more write(2)s to fd 1) ---------------------- */
static __attribute__((unused)) void write_all(int fd, const char *s, size_t n)
{
    while (n) {
        long r = sys_write(fd, s, n);
        if (r <= 0)
            return;
        s += r;
        n -= r;
    }
}

static __attribute__((unused)) void print(const char *s) { write_all(1, s, rt_strlen(s)); }

static __attribute__((unused)) void print_dec(long v)
{
    char buf[24];
    int i = 24;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do {
        buf[--i] = '0' + u % 10;
        u /= 10;
    } while (u);
    if (v < 0)
        buf[--i] = '-';
    write_all(1, buf + i, 24 - i);
}

static __attribute__((unused)) void print_hex(unsigned long v)
{
    char buf[18];
    int i = 18;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    write_all(1, buf + i, 18 - i);
}

/* "label value\n" */
static __attribute__((unused)) void say(const char *label, long value)
{
    print(label);
    print_dec(value);
    print("\n");
}

static __attribute__((unused)) void say_yes(const char *label, int cond)
{
    print(label);
    print(cond ? "yes\n" : "no\n");
}

/* --- start-up -------------------------------------------------------------------------------- */
int main();   /* no prototype: programs define main(void) or main(argc, argv) */

__attribute__((used, noreturn)) void __rt_start_c(long *sp)
{
    exit_group(((int (*)(int, char **))main)((int)sp[0], (char **)(sp + 1)));
}

__asm__(".text\n"
        ".globl _start\n"
        "_start:\n"
        ".option push\n"
        ".option norelax\n"
        "  la gp, __global_pointer$\n"
        ".option pop\n"
        "  mv a0, sp\n"
        "  andi sp, sp, -16\n"
        "  call __rt_start_c\n");

#endif
