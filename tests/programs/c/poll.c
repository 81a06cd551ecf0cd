/* poll: readiness of pipe ends (POLLIN, POLLOUT, POLLHUP, POLLERR, POLLNVAL), timeouts, and
 * sleeping in poll until another process writes. */
#include "rt.h"

#define SYS_ppoll 73
#define POLLIN 1
#define POLLOUT 4
#define POLLERR 8
#define POLLHUP 0x10
#define POLLNVAL 0x20

struct pollfd {
    int fd;
    short events, revents;
};

struct timespec {
    long sec, nsec;
};

static long do_poll(struct pollfd *p, int n, long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000};
    return syscall6(SYS_ppoll, (long)p, n, ms < 0 ? 0 : (long)&t, 0, 8, 0);
}

int main(void)
{
    int fds[2], status;
    sys_pipe2(fds, 0);
    struct pollfd p[3] = {{fds[0], POLLIN, 0}, {fds[1], POLLOUT, 0}, {99, POLLIN, 0}};
    say("poll, nothing to read: ", do_poll(p, 3, 0));
    say("  read end revents: ", p[0].revents);
    say("  write end revents: ", p[1].revents);
    say("  bad fd revents: ", p[2].revents);
    sys_write(fds[1], "x", 1);
    say("after a write: ", do_poll(p, 2, 0));
    say("  read end revents: ", p[0].revents);
    p[1].fd = -1;
    say("negative fd is skipped: ", do_poll(p, 2, 0));
    say("  its revents: ", p[1].revents);
    char c;
    sys_read(fds[0], &c, 1);
    say("timeout of 30 ms with nothing ready: ", do_poll(p, 1, 30));

    long pid = sys_fork();
    if (pid == 0) {
        struct timespec t = {0, 20000000};
        syscall2(101, &t, 0);                  /* nanosleep 20 ms, then write */
        sys_write(fds[1], "late", 4);
        exit_group(0);
    }
    say("poll waits for the child's write: ", do_poll(p, 1, -1));
    say("  revents: ", p[0].revents);
    sys_wait4(pid, &status, 0);
    long n = sys_read(fds[0], (char[8]){0}, 8);
    say("read: ", n);
    sys_close(fds[1]);
    say("after the last writer closed: ", do_poll(p, 1, 0));
    say("  revents (HUP): ", p[0].revents);

    sys_pipe2(fds, 0);
    sys_close(fds[0]);
    struct pollfd w = {fds[1], POLLOUT, 0};
    say("write end without a reader: ", do_poll(&w, 1, 0));
    say("  revents (OUT|ERR): ", w.revents);
    sys_close(fds[1]);

    /* select (pselect6): fd_set bitmaps rewritten to the ready descriptors */
    sys_pipe2(fds, 0);
    unsigned long rd = 1UL << fds[0], wr = 1UL << fds[1];
    struct timespec zero = {0, 0};
    say("select, nothing readable yet: ", syscall6(72, fds[1] + 1, (long)&rd, (long)&wr, 0, (long)&zero, 0));
    say_yes("  read set emptied: ", rd == 0);
    say_yes("  write end writable: ", wr == 1UL << fds[1]);
    sys_write(fds[1], "y", 1);
    rd = 1UL << fds[0];
    wr = 0;
    say("select after a write: ", syscall6(72, fds[1] + 1, (long)&rd, (long)&wr, 0, (long)&zero, 0));
    say_yes("  read end ready: ", rd == 1UL << fds[0]);
    rd = 1UL << 30;
    say("select with a closed descriptor: ", syscall6(72, 31, (long)&rd, 0, 0, (long)&zero, 0));
    rd = 1UL << fds[0];
    sys_read(fds[0], &c, 1);
    struct timespec t25 = {0, 25000000};
    say("select timeout, nothing ready: ", syscall6(72, fds[0] + 1, (long)&rd, 0, 0, (long)&t25, 0));
    say("select with negative n: ", syscall6(72, -1, 0, 0, 0, (long)&zero, 0));
    return 0;
}
