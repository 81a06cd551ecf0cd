/* pipes: pipe2 descriptors, data, EOF, EAGAIN, EPIPE/SIGPIPE, a large transfer between
 * processes, and descriptor operations (dup, dup3, fcntl) on pipe ends. */
#include "rt.h"

int main(void)
{
    int fds[2];
    char buf[256];
    int status;

    say("pipe2: ", sys_pipe2(fds, 0));
    say("read end: ", fds[0]);
    say("write end: ", fds[1]);
    say("write 5: ", sys_write(fds[1], "hello", 5));
    long n = sys_read(fds[0], buf, sizeof buf);
    say("read: ", n);
    say_yes("same bytes: ", n == 5 && memcmp(buf, "hello", 5) == 0);
    say("lseek on a pipe: ", sys_lseek(fds[0], 0, SEEK_CUR));
    say("ioctl on a pipe: ", sys_ioctl(fds[0], 0x5401, (long)buf));
    say("read from the write end: ", sys_read(fds[1], buf, 1));
    say("write to the read end: ", sys_write(fds[0], buf, 1));
    say("fcntl F_GETFL & accmode, read end: ", sys_fcntl(fds[0], F_GETFL, 0) & O_ACCMODE);
    say("fcntl F_GETFL & accmode, write end: ", sys_fcntl(fds[1], F_GETFL, 0) & O_ACCMODE);
    say("set O_NONBLOCK: ", sys_fcntl(fds[0], F_SETFL, O_NONBLOCK));
    say("O_NONBLOCK visible: ", (sys_fcntl(fds[0], F_GETFL, 0) & O_NONBLOCK) != 0);
    say("read from an empty non-blocking pipe: ", sys_read(fds[0], buf, 1));
    int d = sys_dup(fds[1]);
    say("dup gives: ", d);
    say("FD_CLOEXEC after dup: ", sys_fcntl(d, F_GETFD, 0));
    say("dup3 with O_CLOEXEC: ", sys_dup3(fds[1], 10, O_CLOEXEC));
    say("FD_CLOEXEC after dup3: ", sys_fcntl(10, F_GETFD, 0));
    sys_close(fds[1]);
    sys_write(d, "x", 1);
    say("read through the dup: ", sys_read(fds[0], buf, 10));
    sys_close(d);
    say("EOF not yet (fd 10 is a writer): ", sys_read(fds[0], buf, 10));
    sys_close(10);
    say("EOF after the last writer closed: ", sys_read(fds[0], buf, 10));
    sys_close(fds[0]);

    /* EPIPE: with SIGPIPE ignored the write fails; with the default action the writer dies */
    sys_pipe2(fds, 0);
    sys_close(fds[0]);
    sigaction3(SIGPIPE, (void *)SIG_IGN, 0);
    say("write without readers (SIGPIPE ignored): ", sys_write(fds[1], "x", 1));
    sigaction3(SIGPIPE, (void *)SIG_DFL, 0);
    long pid = sys_fork();
    if (pid == 0) {
        sys_write(fds[1], "x", 1);
        exit_group(0);
    }
    sys_wait4(pid, &status, 0);
    say("writer with default SIGPIPE died of signal ", WTERMSIG(status));
    sys_close(fds[1]);

    /* 200000 bytes from a child: more than the pipe holds, so both sides block in turn */
    sys_pipe2(fds, 0);
    pid = sys_fork();
    if (pid == 0) {
        static char block[10000];
        sys_close(fds[0]);
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 10000; j++)
                block[j] = (char)(i + j);
            write_all(fds[1], block, sizeof block);
        }
        exit_group(0);
    }
    sys_close(fds[1]);
    long total = 0, checksum = 0;
    for (;;) {
        n = sys_read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        for (long i = 0; i < n; i++)
            checksum = (checksum * 31 + (unsigned char)buf[i]) % 1000003;
        total += n;
    }
    sys_wait4(pid, &status, 0);
    say("bytes received from the child: ", total);
    say("checksum: ", checksum);
    /* one write(2) of 100000 bytes to a pipe returns only when all of it is in */
    sys_pipe2(fds, 0);
    pid = sys_fork();
    if (pid == 0) {
        static char big[100000];
        sys_close(fds[0]);
        exit_group(sys_write(fds[1], big, sizeof big) == sizeof big ? 0 : 1);
    }
    sys_close(fds[1]);
    total = 0;
    while ((n = sys_read(fds[0], buf, sizeof buf)) > 0)
        total += n;
    sys_wait4(pid, &status, 0);
    say("single write of 100000: child saw it complete (0 = yes): ", WEXITSTATUS(status));
    say("  bytes read: ", total);
    sys_close(fds[0]);
    say("bad descriptor: ", sys_read(77, buf, 1));
    say("pipe2 bad flags: ", sys_pipe2(fds, 1));
    return 0;
}
