/* attrs: umask, chmod, utimensat, statx, fsync and close_range -- file attributes and the
 * smaller descriptor calls. */
#include "rt.h"

#define SYS_fchmod 52
#define SYS_fchmodat 53
#define SYS_fsync 82
#define SYS_utimensat 88
#define SYS_umask 166
#define SYS_statx 291
#define SYS_close_range 436

struct statx_ts {
    long sec;
    unsigned int nsec;
    int pad;
};

struct statx {
    unsigned int mask, blksize;
    unsigned long attributes;
    unsigned int nlink, uid, gid;
    unsigned short mode, pad1;
    unsigned long ino, size, blocks, attributes_mask;
    struct statx_ts atime, btime, ctime, mtime;
    unsigned int rdev_major, rdev_minor, dev_major, dev_minor;
    unsigned long rest[14];
};

int main(void)
{
    const char *p = "/tmp/pagelab-attrs";
    struct kstat st;
    sys_unlinkat(p, 0);
    syscall1(SYS_umask, 0);                    /* the inherited mask differs between hosts */
    long fd = sys_open(p, O_RDWR | O_CREAT | O_EXCL, 0666);
    sys_fstat(fd, &st);
    say("mode with umask 0: ", st.st_mode & 07777);
    say("umask(077): ", syscall1(SYS_umask, 077));
    sys_unlinkat(p, 0);
    sys_close(fd);
    fd = sys_open(p, O_RDWR | O_CREAT | O_EXCL, 0666);
    sys_fstat(fd, &st);
    say("mode with umask 077: ", st.st_mode & 07777);
    say("fchmod 0640: ", syscall2(SYS_fchmod, fd, 0640));
    sys_fstat(fd, &st);
    say("  mode: ", st.st_mode & 07777);
    say("fchmodat 0755: ", syscall4(SYS_fchmodat, AT_FDCWD, p, 0755, 0));
    sys_stat(p, &st);
    say("  mode: ", st.st_mode & 07777);
    say("fchmodat missing: ", syscall4(SYS_fchmodat, AT_FDCWD, "/tmp/pagelab-none", 0755, 0));

    long times[4] = {1000000000, 0, 1234567890, 500};
    say("utimensat: ", syscall4(SYS_utimensat, AT_FDCWD, p, times, 0));
    sys_stat(p, &st);
    say("  mtime: ", st.st_mtime);
    say("  mtime nsec: ", st.st_mtime_nsec);
    long bad[4] = {0, 0, 0, 2000000000};
    say("utimensat bad nsec: ", syscall4(SYS_utimensat, AT_FDCWD, p, bad, 0));

    write_all(fd, "twelve bytes", 12);
    struct statx sx;
    say("statx: ", syscall6(SYS_statx, AT_FDCWD, (long)p, 0, 0x7ff, (long)&sx, 0));
    say_yes("  basic stats in the mask: ", (sx.mask & 0x7ff) == 0x7ff);
    say("  size: ", sx.size);
    say("  mode: ", sx.mode & 07777);
    say_yes("  regular file: ", (sx.mode & S_IFMT) == S_IFREG);
    say("  nlink: ", sx.nlink);
    say_yes("  the write moved mtime: ", sx.mtime.sec != 1234567890);
    say("statx of a directory by fd (AT_EMPTY_PATH): ",
        syscall6(SYS_statx, sys_open("/tmp", O_RDONLY | O_DIRECTORY, 0), (long)"", 0x1000, 0x7ff, (long)&sx, 0));
    say_yes("  is a directory: ", (sx.mode & S_IFMT) == S_IFDIR);
    say("statx missing: ", syscall6(SYS_statx, AT_FDCWD, (long)"/tmp/pagelab-none", 0, 0x7ff, (long)&sx, 0));
    say("statx bad flags: ", syscall6(SYS_statx, AT_FDCWD, (long)p, 0x80000, 0x7ff, (long)&sx, 0));

    say("fsync a file: ", syscall1(SYS_fsync, fd));
    int fds[2];
    sys_pipe2(fds, 0);
    say("fsync a pipe: ", syscall1(SYS_fsync, fds[0]));
    say("fsync a bad fd: ", syscall1(SYS_fsync, 99));
    sys_dup3(fd, 20, 0);
    sys_dup3(fd, 21, 0);
    say("close_range 20..21 with CLOEXEC: ", syscall3(SYS_close_range, 20, 21, 4));
    say("  FD_CLOEXEC on 21: ", sys_fcntl(21, F_GETFD, 0));
    say("close_range 3..~0: ", syscall3(SYS_close_range, 3, ~0U, 0));
    say("  fd 20 now: ", sys_fcntl(20, F_GETFD, 0));
    say("  fd 3 now: ", sys_fcntl(3, F_GETFD, 0));
    say("close_range first > last: ", syscall3(SYS_close_range, 5, 4, 0));
    say("unlink: ", sys_unlinkat(p, 0));
    return 0;
}
