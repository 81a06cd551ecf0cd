/* pipeline: the shell's `producer | filter` by hand: two children whose stdout and stdin are
 * the two ends of one pipe (dup3), the filter reading standard input until end of file. */
#include "rt.h"

static void producer(void)
{
    for (int i = 1; i <= 300; i++) {
        print("line ");
        print_dec(i);
        print(i % 7 == 0 ? " seven\n" : "\n");
    }
}

/* copy stdin to stdout, keeping lines that contain "seven", upper-cased; count all lines */
static int filter(void)
{
    char buf[100], line[64];
    int len = 0, lines = 0;
    long n;
    while ((n = sys_read(0, buf, sizeof buf)) > 0) {
        for (long i = 0; i < n; i++) {
            char c = buf[i];
            if (c != '\n') {
                if (len < 63)
                    line[len++] = c >= 'a' && c <= 'z' ? c - 32 : c;
                continue;
            }
            line[len] = 0;
            lines++;
            for (int j = 0; j + 5 <= len; j++)
                if (rt_strncmp(line + j, "SEVEN", 5) == 0) {
                    write_all(1, line, len);
                    write_all(1, "\n", 1);
                    break;
                }
            len = 0;
        }
    }
    return lines % 256;
}

int main(void)
{
    int fds[2], status;
    sys_pipe2(fds, O_CLOEXEC);
    long a = sys_fork();
    if (a == 0) {
        sys_dup3(fds[1], 1, 0);               /* stdout = write end (without O_CLOEXEC) */
        sys_close(fds[0]);
        sys_close(fds[1]);
        producer();
        exit_group(0);
    }
    long b = sys_fork();
    if (b == 0) {
        sys_dup3(fds[0], 0, 0);               /* stdin = read end */
        sys_close(fds[0]);
        sys_close(fds[1]);
        exit_group(filter());
    }
    sys_close(fds[0]);
    sys_close(fds[1]);                        /* or the filter would never see end of file */
    int status_b;
    sys_wait4(a, &status, 0);
    sys_wait4(b, &status_b, 0);               /* both done before the parent prints */
    say("producer exit: ", WEXITSTATUS(status));
    say("filter saw lines (mod 256): ", WEXITSTATUS(status_b));
    return 0;
}
