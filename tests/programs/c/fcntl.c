/* fcntl: pipe capacity (F_GETPIPE_SZ/F_SETPIPE_SZ), record locks (F_SETLK/F_GETLK) and flock,
 * with the argument checks Linux makes.  (A single process always gets its locks.) */
#include "rt.h"

#define F_GETLK 5
#define F_SETLK 6
#define F_SETPIPE_SZ 1031
#define F_GETPIPE_SZ 1032
#define SYS_flock 32

struct flock {
    short type, whence;
    long start, len;
    int pid, pad;
};

int main(void)
{
    int fds[2];
    sys_pipe2(fds, 0);
    say("F_GETPIPE_SZ: ", sys_fcntl(fds[0], F_GETPIPE_SZ, 0));
    say("F_SETPIPE_SZ 10000: ", sys_fcntl(fds[1], F_SETPIPE_SZ, 10000));
    say("F_GETPIPE_SZ: ", sys_fcntl(fds[0], F_GETPIPE_SZ, 0));
    say("F_SETPIPE_SZ 0: ", sys_fcntl(fds[1], F_SETPIPE_SZ, 0));

    long fd = sys_open("/tmp/pagelab-lock", O_RDWR | O_CREAT | O_TRUNC, 0600);
    say("F_GETPIPE_SZ on a file: ", sys_fcntl(fd, F_GETPIPE_SZ, 0));
    struct flock l = {1, 0, 0, 0, 0, 0};          /* F_WRLCK over the whole file */
    say("F_SETLK write lock: ", sys_fcntl(fd, F_SETLK, (long)&l));
    say("F_GETLK: ", sys_fcntl(fd, F_GETLK, (long)&l));
    say("  type now (F_UNLCK): ", l.type);
    l.type = 7;
    say("F_SETLK bad type: ", sys_fcntl(fd, F_SETLK, (long)&l));
    long ro = sys_open("/tmp/pagelab-lock", O_RDONLY, 0);
    l.type = 1;
    say("write lock on a read-only fd: ", sys_fcntl(ro, F_SETLK, (long)&l));
    say("flock LOCK_EX: ", syscall2(SYS_flock, fd, 2));
    say("flock with a bad operation: ", syscall2(SYS_flock, fd, 3));
    say("flock LOCK_UN: ", syscall2(SYS_flock, fd, 8));
    sys_unlinkat("/tmp/pagelab-lock", 0);
    return 0;
}
