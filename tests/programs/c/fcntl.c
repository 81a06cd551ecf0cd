/* fcntl: pipe capacity (F_GETPIPE_SZ/F_SETPIPE_SZ), record locks (F_SETLK/F_GETLK) and flock,
 * with the argument checks Linux makes.  (A single process always gets its locks.) */
#include "rt.h"
struct flock { short type, whence; long start, len; int pid; int pad; };
int main(void)
{
    int fds[2]; sys_pipe2(fds, 0);
 say("F_GETPIPE_SZ: ", sys_fcntl(fds[0], 1032, 0));
 say("F_SETPIPE_SZ 10000: ", sys_fcntl(fds[1], 1031, 10000));
 say("F_GETPIPE_SZ: ", sys_fcntl(fds[0], 1032, 0));
 say("F_SETPIPE_SZ 0: ", sys_fcntl(fds[1], 1031, 0));
 long fd = sys_open("/tmp/pagelab-lock", O_RDWR|O_CREAT|O_TRUNC, 0600);
 say("F_GETPIPE_SZ on a file: ", sys_fcntl(fd, 1032, 0));
 struct flock l = {1, 0, 0, 0, 0, 0};
 say("F_SETLK write lock: ", sys_fcntl(fd, 6, (long)&l));
 l.type = 1; say("F_GETLK: ", sys_fcntl(fd, 5, (long)&l)); say("  type now: ", l.type);
 l.type = 7; say("F_SETLK bad type: ", sys_fcntl(fd, 6, (long)&l));
 long ro = sys_open("/tmp/pagelab-lock", O_RDONLY, 0); l.type = 1;
 say("write lock on a read-only fd: ", sys_fcntl(ro, 6, (long)&l));
 say("flock LOCK_EX: ", syscall2(32, fd, 2)); say("flock bad: ", syscall2(32, fd, 3)); say("flock LOCK_UN: ", syscall2(32, fd, 8));
 sys_unlinkat("/tmp/pagelab-lock", 0); return 0; }
