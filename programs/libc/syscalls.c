/* syscalls.c -- one C function per system call.
 *
 * `__syscall` traps into the kernel (ecall with the number in a7, arguments in a0..a5) and
 * returns its raw result: a value in -4095..-1 is -errno.  The POSIX wrappers below turn that
 * into -1 with `errno` set.
 */
#include "libc.h"

int errno;
char **environ;

long __syscall(long n, long a, long b, long c, long d, long e, long f)
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

/* the kernel's result -> POSIX: -1 with errno for -4095..-1 */
static long ret(long r)
{
    if ((unsigned long)r > -4096UL) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

#define SC0(n) ret(__syscall(n, 0, 0, 0, 0, 0, 0))
#define SC1(n, a) ret(__syscall(n, (long)(a), 0, 0, 0, 0, 0))
#define SC2(n, a, b) ret(__syscall(n, (long)(a), (long)(b), 0, 0, 0, 0))
#define SC3(n, a, b, c) ret(__syscall(n, (long)(a), (long)(b), (long)(c), 0, 0, 0))
#define SC4(n, a, b, c, d) ret(__syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0))
#define SC5(n, a, b, c, d, e) \
    ret(__syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0))

long syscall(long number, ...)
{
    va_list ap;
    long a[6];
    va_start(ap, number);
    for (int i = 0; i < 6; i++)
        a[i] = va_arg(ap, long);
    va_end(ap);
    return ret(__syscall(number, a[0], a[1], a[2], a[3], a[4], a[5]));
}

/* ---- files ---- */
ssize_t read(int fd, void *buf, size_t count) { return SC3(SYS_read, fd, buf, count); }
ssize_t write(int fd, const void *buf, size_t count) { return SC3(SYS_write, fd, buf, count); }
ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
    return SC4(SYS_pread64, fd, buf, count, offset);
}
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return SC4(SYS_pwrite64, fd, buf, count, offset);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? va_arg(ap, mode_t) : 0;
    va_end(ap);
    return (int)SC4(SYS_openat, dirfd, path, flags, mode);
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? va_arg(ap, mode_t) : 0;
    va_end(ap);
    return (int)SC4(SYS_openat, AT_FDCWD, path, flags, mode);
}

int creat(const char *path, mode_t mode) { return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode); }
int close(int fd) { return (int)SC1(SYS_close, fd); }
off_t lseek(int fd, off_t offset, int whence) { return SC3(SYS_lseek, fd, offset, whence); }
int fstat(int fd, struct stat *st) { return (int)SC2(SYS_fstat, fd, st); }
int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
    return (int)SC4(SYS_newfstatat, dirfd, path, st, flags);
}
int stat(const char *path, struct stat *st) { return fstatat(AT_FDCWD, path, st, 0); }
int lstat(const char *path, struct stat *st)
{
    return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}
int pipe2(int fds[2], int flags) { return (int)SC2(SYS_pipe2, fds, flags); }
int pipe(int fds[2]) { return pipe2(fds, 0); }
int dup(int fd) { return (int)SC1(SYS_dup, fd); }
int dup3(int oldfd, int newfd, int flags) { return (int)SC3(SYS_dup3, oldfd, newfd, flags); }

int dup2(int oldfd, int newfd)
{
    if (oldfd == newfd) {            /* dup3 refuses equal fds; dup2 checks oldfd is open */
        if (SC2(SYS_fcntl, oldfd, F_GETFD) < 0)
            return -1;
        return newfd;
    }
    return dup3(oldfd, newfd, 0);
}

int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    long arg = va_arg(ap, long);
    va_end(ap);
    return (int)SC3(SYS_fcntl, fd, cmd, arg);
}

int ioctl(int fd, unsigned long request, ...)
{
    va_list ap;
    va_start(ap, request);
    long arg = va_arg(ap, long);
    va_end(ap);
    return (int)SC3(SYS_ioctl, fd, request, arg);
}

int chdir(const char *path) { return (int)SC1(SYS_chdir, path); }
int fchdir(int fd) { return (int)SC1(SYS_fchdir, fd); }

char *getcwd(char *buf, size_t size)
{
    return SC2(SYS_getcwd, buf, size) < 0 ? NULL : buf;
}

int mkdir(const char *path, mode_t mode) { return (int)SC3(SYS_mkdirat, AT_FDCWD, path, mode); }
int rmdir(const char *path) { return (int)SC3(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR); }
int unlink(const char *path) { return (int)SC3(SYS_unlinkat, AT_FDCWD, path, 0); }
int link(const char *oldpath, const char *newpath)
{
    return (int)SC5(SYS_linkat, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}
int symlink(const char *target, const char *linkpath)
{
    return (int)SC3(SYS_symlinkat, target, AT_FDCWD, linkpath);
}
int rename(const char *oldpath, const char *newpath)
{
    return (int)SC5(SYS_renameat2, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}
ssize_t readlink(const char *path, char *buf, size_t size)
{
    return SC4(SYS_readlinkat, AT_FDCWD, path, buf, size);
}
int access(const char *path, int mode) { return (int)SC3(SYS_faccessat, AT_FDCWD, path, mode); }
int ftruncate(int fd, off_t length) { return (int)SC2(SYS_ftruncate, fd, length); }
int fsync(int fd) { return (int)SC1(SYS_fsync, fd); }
void sync(void) { __syscall(SYS_sync, 0, 0, 0, 0, 0, 0); }
int chmod(const char *path, mode_t mode) { return (int)SC3(SYS_fchmodat, AT_FDCWD, path, mode); }
int fchmod(int fd, mode_t mode) { return (int)SC2(SYS_fchmod, fd, mode); }
mode_t umask(mode_t mask) { return (mode_t)__syscall(SYS_umask, mask, 0, 0, 0, 0, 0); }
int getdents64(int fd, void *buf, size_t count) { return (int)SC3(SYS_getdents64, fd, buf, count); }

int poll(struct pollfd *fds, unsigned long nfds, int timeout_ms)
{
    struct timespec ts, *tsp = NULL;
    if (timeout_ms >= 0) {
        ts.tv_sec = timeout_ms / 1000;
        ts.tv_nsec = (timeout_ms % 1000) * 1000000L;
        tsp = &ts;
    }
    return (int)SC5(SYS_ppoll, fds, nfds, tsp, 0, 8);
}

/* ---- processes ---- */
pid_t fork(void) { return (pid_t)SC5(SYS_clone, SIGCHLD, 0, 0, 0, 0); }
int execve(const char *path, char *const argv[], char *const envp[])
{
    return (int)SC3(SYS_execve, path, argv, envp);
}
void _exit(int status)
{
    for (;;)
        __syscall(SYS_exit_group, status, 0, 0, 0, 0, 0);
}
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
    return (pid_t)SC4(SYS_wait4, pid, status, options, ru);
}
pid_t waitpid(pid_t pid, int *status, int options) { return wait4(pid, status, options, NULL); }
pid_t wait(int *status) { return wait4(-1, status, 0, NULL); }
pid_t getpid(void) { return (pid_t)SC0(SYS_getpid); }
pid_t getppid(void) { return (pid_t)SC0(SYS_getppid); }
pid_t gettid(void) { return (pid_t)SC0(SYS_gettid); }
uid_t getuid(void) { return (uid_t)SC0(SYS_getuid); }
uid_t geteuid(void) { return (uid_t)SC0(SYS_geteuid); }
gid_t getgid(void) { return (gid_t)SC0(SYS_getgid); }
gid_t getegid(void) { return (gid_t)SC0(SYS_getegid); }
int setpgid(pid_t pid, pid_t pgid) { return (int)SC2(SYS_setpgid, pid, pgid); }
pid_t getpgid(pid_t pid) { return (pid_t)SC1(SYS_getpgid, pid); }
pid_t getpgrp(void) { return getpgid(0); }
pid_t setsid(void) { return (pid_t)SC0(SYS_setsid); }
pid_t getsid(pid_t pid) { return (pid_t)SC1(SYS_getsid, pid); }
int sched_yield(void) { return (int)SC0(SYS_sched_yield); }

/* ---- memory ---- */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
    long r = __syscall(SYS_mmap, (long)addr, (long)length, prot, flags, fd, offset);
    if ((unsigned long)r > -4096UL) {
        errno = (int)-r;
        return MAP_FAILED;
    }
    return (void *)r;
}
int munmap(void *addr, size_t length) { return (int)SC2(SYS_munmap, addr, length); }
int mprotect(void *addr, size_t length, int prot)
{
    return (int)SC3(SYS_mprotect, addr, length, prot);
}
void *mremap(void *old, size_t old_size, size_t new_size, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    void *new_addr = va_arg(ap, void *);
    va_end(ap);
    long r = __syscall(SYS_mremap, (long)old, (long)old_size, (long)new_size, flags,
                       (long)new_addr, 0);
    if ((unsigned long)r > -4096UL) {
        errno = (int)-r;
        return MAP_FAILED;
    }
    return (void *)r;
}
int madvise(void *addr, size_t length, int advice)
{
    return (int)SC3(SYS_madvise, addr, length, advice);
}
int mincore(void *addr, size_t length, unsigned char *vec)
{
    return (int)SC3(SYS_mincore, addr, length, vec);
}
int msync(void *addr, size_t length, int flags) { return (int)SC3(SYS_msync, addr, length, flags); }
int mlock(const void *addr, size_t length) { return (int)SC2(SYS_mlock, addr, length); }
int munlock(const void *addr, size_t length) { return (int)SC2(SYS_munlock, addr, length); }
int mlockall(int flags) { return (int)SC1(SYS_mlockall, flags); }
int munlockall(void) { return (int)SC0(SYS_munlockall); }

static unsigned long current_break;

int brk(void *addr)
{
    unsigned long got = (unsigned long)__syscall(SYS_brk, (long)addr, 0, 0, 0, 0, 0);
    current_break = got;
    if (got < (unsigned long)addr) {
        errno = ENOMEM;
        return -1;
    }
    return 0;
}

void *sbrk(long increment)
{
    if (current_break == 0)
        current_break = (unsigned long)__syscall(SYS_brk, 0, 0, 0, 0, 0, 0);
    unsigned long old = current_break;
    if (increment != 0 && brk((void *)(old + increment)) < 0)
        return (void *)-1;
    return (void *)old;
}

/* ---- signals ---- */
int sigaction(int signo, const struct sigaction *act, struct sigaction *old)
{
    return (int)SC4(SYS_rt_sigaction, signo, act, old, sizeof(sigset_t));
}
int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
    return (int)SC4(SYS_rt_sigprocmask, how, set, old, sizeof(sigset_t));
}
int sigsuspend(const sigset_t *mask) { return (int)SC2(SYS_rt_sigsuspend, mask, sizeof(sigset_t)); }
int sigpending(sigset_t *set) { return (int)SC2(SYS_rt_sigpending, set, sizeof(sigset_t)); }
int kill(pid_t pid, int signo) { return (int)SC2(SYS_kill, pid, signo); }

/* ---- time ---- */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
    return (int)SC2(SYS_nanosleep, req, rem);
}
int clock_gettime(int clock, struct timespec *tp) { return (int)SC2(SYS_clock_gettime, clock, tp); }
int gettimeofday(struct timeval *tv, void *tz) { return (int)SC2(SYS_gettimeofday, tv, tz); }
int setitimer(int which, const struct itimerval *value, struct itimerval *old)
{
    return (int)SC3(SYS_setitimer, which, value, old);
}
long times(struct tms *buf) { return SC1(SYS_times, buf); }

/* ---- system information ---- */
int uname(struct utsname *buf) { return (int)SC1(SYS_uname, buf); }
int sysinfo(struct sysinfo *info) { return (int)SC1(SYS_sysinfo, info); }
int getrlimit(int resource, struct rlimit *rlim)
{
    return (int)SC4(SYS_prlimit64, 0, resource, 0, rlim);
}
int setrlimit(int resource, const struct rlimit *rlim)
{
    return (int)SC4(SYS_prlimit64, 0, resource, rlim, 0);
}
int getrusage(int who, struct rusage *usage) { return (int)SC2(SYS_getrusage, who, usage); }
ssize_t getrandom(void *buf, size_t count, unsigned int flags)
{
    return SC3(SYS_getrandom, buf, count, flags);
}
